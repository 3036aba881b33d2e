"""The services facade the UI and the command line talk to: one object per database.

Each service is built, and its module imported, the first time it is used: the login window
needs only `auth`, and importing every service up front (reportlab, openpyxl, the exports)
cost about a second before it could show."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.db import Database, PasswordPrompt, open_database

if TYPE_CHECKING:
    from app.aftersales import AftersalesService
    from app.alert_mail import MailService
    from app.analytics import AnalyticsService
    from app.audit_queries import AuditQueryService
    from app.auth import AuthService, UserAdminService
    from app.backup_service import BackupService
    from app.costing import CostService
    from app.customers import CustomerService
    from app.exceptions import ExceptionService
    from app.fulfilment import FulfilmentService
    from app.importing.exports import ExportService
    from app.importing.service import ImportService
    from app.inventory import InventoryService
    from app.logistics import LogisticsService
    from app.maintenance import MaintenanceService
    from app.order_queries import OrderQueryService
    from app.orders import OrderService
    from app.payments import PaymentService
    from app.printing import DocumentService
    from app.reports import ReportService
    from app.review_rules import ReviewRuleService
    from app.service_desk import ServiceDeskService
    from app.settings import SettingsService
    from app.shipments import ShipmentService
    from app.tracking import TrackingService

log = logging.getLogger(__name__)


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db)

    @classmethod
    def service_names(cls) -> list[str]:
        """Every service's attribute name (`auth`, `orders`, ...)."""
        return [name for name, value in vars(cls).items() if isinstance(value, cached_property)]

    @cached_property
    def auth(self) -> AuthService:
        from app.auth import AuthService

        return AuthService(self.db)

    @cached_property
    def users(self) -> UserAdminService:
        from app.auth import UserAdminService

        return UserAdminService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from app.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from app.maintenance import MaintenanceService

        return MaintenanceService(self.db)

    @cached_property
    def audit(self) -> AuditQueryService:
        from app.audit_queries import AuditQueryService

        return AuditQueryService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        from app.backup_service import BackupService

        return BackupService(self.db)

    @cached_property
    def order_queries(self) -> OrderQueryService:
        from app.order_queries import OrderQueryService

        return OrderQueryService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from app.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def analytics(self) -> AnalyticsService:
        from app.analytics import AnalyticsService

        return AnalyticsService(self.db)

    @cached_property
    def costs(self) -> CostService:
        from app.costing import CostService

        return CostService(self.db)

    @cached_property
    def inventory(self) -> InventoryService:
        from app.inventory import InventoryService

        return InventoryService(self.db)

    @cached_property
    def customers(self) -> CustomerService:
        from app.customers import CustomerService

        return CustomerService(self.db)

    @cached_property
    def service_desk(self) -> ServiceDeskService:
        from app.service_desk import ServiceDeskService

        return ServiceDeskService(self.db)

    @cached_property
    def logistics(self) -> LogisticsService:
        from app.logistics import LogisticsService

        return LogisticsService(self.db)

    @cached_property
    def shipments(self) -> ShipmentService:
        from app.shipments import ShipmentService

        return ShipmentService(self.db)

    @cached_property
    def tracking(self) -> TrackingService:
        from app.tracking import TrackingService

        return TrackingService(self.db)

    @cached_property
    def documents(self) -> DocumentService:
        from app.printing import DocumentService

        return DocumentService(self.db)

    @cached_property
    def orders(self) -> OrderService:
        from app.orders import OrderService

        return OrderService(self.db)

    @cached_property
    def payments(self) -> PaymentService:
        from app.payments import PaymentService

        return PaymentService(self.db)

    @cached_property
    def review_rules(self) -> ReviewRuleService:
        from app.review_rules import ReviewRuleService

        return ReviewRuleService(self.db)

    @cached_property
    def fulfilment(self) -> FulfilmentService:
        from app.fulfilment import FulfilmentService

        return FulfilmentService(self.db)

    @cached_property
    def aftersales(self) -> AftersalesService:
        from app.aftersales import AftersalesService

        return AftersalesService(self.db)

    @cached_property
    def exceptions(self) -> ExceptionService:
        from app.exceptions import ExceptionService

        return ExceptionService(self.db)

    @cached_property
    def mail(self) -> MailService:
        from app.alert_mail import MailService

        return MailService(self.db)

    @cached_property
    def importing(self) -> ImportService:
        from app.importing.service import ImportService

        return ImportService(self.db)

    @cached_property
    def exports(self) -> ExportService:
        from app.importing.exports import ExportService

        return ExportService(self.db)

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
    from app import migrate

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
