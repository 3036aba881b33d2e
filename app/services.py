"""The services facade the UI and the command line talk to: one object per database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app import migrate
from app.aftersales import AftersalesService
from app.auth import AuthService, UserAdminService
from app.customers import CustomerService
from app.db import Database, PasswordPrompt, open_database
from app.fulfilment import FulfilmentService
from app.importing.exports import ExportService
from app.importing.service import ImportService
from app.inventory import InventoryService
from app.logistics import LogisticsService
from app.maintenance import MaintenanceService
from app.order_queries import OrderQueryService
from app.orders import OrderService
from app.printing import DocumentService
from app.reports import ReportService
from app.review_rules import ReviewRuleService
from app.service_desk import ServiceDeskService
from app.settings import SettingsService
from app.shipments import ShipmentService
from app.tracking import TrackingService

log = logging.getLogger(__name__)


@dataclass
class Services:
    db: Database
    auth: AuthService
    users: UserAdminService
    settings: SettingsService
    maintenance: MaintenanceService
    order_queries: OrderQueryService
    reports: ReportService
    inventory: InventoryService
    customers: CustomerService
    service_desk: ServiceDeskService
    logistics: LogisticsService
    shipments: ShipmentService
    tracking: TrackingService
    documents: DocumentService
    orders: OrderService
    review_rules: ReviewRuleService
    fulfilment: FulfilmentService
    aftersales: AftersalesService
    importing: ImportService
    exports: ExportService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            auth=AuthService(db),
            users=UserAdminService(db),
            settings=SettingsService(db),
            maintenance=MaintenanceService(db),
            order_queries=OrderQueryService(db),
            reports=ReportService(db),
            inventory=InventoryService(db),
            customers=CustomerService(db),
            service_desk=ServiceDeskService(db),
            logistics=LogisticsService(db),
            shipments=ShipmentService(db),
            tracking=TrackingService(db),
            documents=DocumentService(db),
            orders=OrderService(db),
            review_rules=ReviewRuleService(db),
            fulfilment=FulfilmentService(db),
            aftersales=AftersalesService(db),
            importing=ImportService(db),
            exports=ExportService(db),
        )

    def close(self) -> None:
        self.db.dispose()


def connect(
    url: str,
    *,
    password_prompt: PasswordPrompt | None = None,
    upgrade_schema: bool = True,
    backup_dir: Path | None = None,
) -> Services:
    """Open the database, bring its schema up to date (backing up SQLite first), and wire the
    services."""
    db = open_database(url, password_prompt=password_prompt)
    try:
        if upgrade_schema:
            result = migrate.upgrade(db, backup_dir=backup_dir)
            if result.backup_path:
                log.info("pre-upgrade backup: %s", result.backup_path)
    except Exception:
        db.dispose()
        raise
    return Services.for_database(db)
