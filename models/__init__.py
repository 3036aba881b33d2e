"""The data model: SQLAlchemy mapped classes and column types. No sessions, no Qt, no I/O.

The package loads its mapped classes on first use (`from models import Order`): a process
that needs only `models.enums` (the import's parser process) then starts without SQLAlchemy's
mapping, 0.8 s. Any name of the package loads every module, so `Base.metadata` always holds
every table."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.aftersales import (
        Payment,
        Refund,
        ReplyTemplate,
        ReturnCase,
        ReturnLine,
        Ticket,
        TicketMessage,
    )
    from models.base import NAMING_CONVENTION, Base
    from models.catalog import (
        BinLocation,
        Product,
        SkuMapping,
        StockCount,
        StockCountLine,
        StockLevel,
        StockMovement,
        Transfer,
        TransferLine,
        Warehouse,
    )
    from models.enums import (
        CaseKind,
        CaseStatus,
        Disposition,
        ImportStatus,
        LabelStatus,
        MovementKind,
        OrderStatus,
        PaymentStatus,
        RefundStatus,
        Role,
        ShipmentStatus,
        TicketKind,
        TicketPriority,
        TicketStatus,
    )
    from models.exceptions import ExceptionFinding, Notification
    from models.importing import ImportBatch, ImportProfile, ImportRowError
    from models.logistics import (
        Carrier,
        CarrierRule,
        CarrierService,
        PackRecord,
        RateRule,
        Shipment,
        TrackingEvent,
        TrackingPool,
        Wave,
        WaveOrder,
    )
    from models.mail import MailAlerted, MailOutbox
    from models.orders import (
        Customer,
        Order,
        OrderEvent,
        OrderFlag,
        OrderLine,
        ReviewRule,
        SavedView,
    )
    from models.reports import OrderSpeedFact, ReportMark
    from models.security import AuditHead, AuditLog, Counter, LoginFailure, Setting, User
    from models.types import Money, UTCDateTime, from_minor, to_minor, utcnow

_MODULES = (
    "models.aftersales", "models.base", "models.catalog", "models.enums", "models.exceptions",
    "models.importing", "models.mail",
    "models.logistics", "models.orders", "models.reports", "models.security", "models.types",
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name.startswith("__") or name not in __all__:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    namespace = globals()
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        namespace.update((n, getattr(module, n)) for n in __all__ if hasattr(module, n))
    return namespace[name]


__all__ = [
    "NAMING_CONVENTION",
    "AuditHead",
    "AuditLog",
    "Base",
    "BinLocation",
    "Carrier",
    "CarrierRule",
    "CarrierService",
    "CaseKind",
    "CaseStatus",
    "Counter",
    "Customer",
    "Disposition",
    "ExceptionFinding",
    "ImportBatch",
    "ImportProfile",
    "ImportRowError",
    "ImportStatus",
    "LabelStatus",
    "LoginFailure",
    "MailAlerted",
    "MailOutbox",
    "Money",
    "MovementKind",
    "Notification",
    "Order",
    "OrderEvent",
    "OrderFlag",
    "OrderLine",
    "OrderSpeedFact",
    "OrderStatus",
    "PackRecord",
    "Payment",
    "PaymentStatus",
    "Product",
    "RateRule",
    "Refund",
    "RefundStatus",
    "ReplyTemplate",
    "ReportMark",
    "ReturnCase",
    "ReturnLine",
    "ReviewRule",
    "Role",
    "SavedView",
    "Setting",
    "Shipment",
    "ShipmentStatus",
    "SkuMapping",
    "StockCount",
    "StockCountLine",
    "StockLevel",
    "StockMovement",
    "Ticket",
    "TicketKind",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TrackingEvent",
    "TrackingPool",
    "Transfer",
    "TransferLine",
    "UTCDateTime",
    "User",
    "Warehouse",
    "Wave",
    "WaveOrder",
    "from_minor",
    "to_minor",
    "utcnow",
]
