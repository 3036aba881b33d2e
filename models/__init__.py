"""The data model: SQLAlchemy mapped classes and column types. No sessions, no Qt, no I/O."""

from models.aftersales import Payment, Refund, ReturnCase, ReturnLine, Ticket, TicketMessage
from models.base import NAMING_CONVENTION, Base
from models.catalog import BinLocation, Product, StockLevel, StockMovement, Warehouse
from models.enums import (
    CaseKind,
    CaseStatus,
    Disposition,
    ImportStatus,
    LabelStatus,
    MovementKind,
    OrderStatus,
    RefundStatus,
    Role,
    ShipmentStatus,
    TicketKind,
    TicketPriority,
    TicketStatus,
)
from models.importing import ImportBatch, ImportRowError
from models.logistics import Carrier, CarrierService, Shipment, TrackingEvent
from models.orders import Customer, Order, OrderEvent, OrderLine
from models.security import AuditHead, AuditLog, Counter, Setting, User
from models.types import Money, UTCDateTime, from_minor, to_minor, utcnow

__all__ = [
    "NAMING_CONVENTION",
    "AuditHead",
    "AuditLog",
    "Base",
    "BinLocation",
    "Carrier",
    "CarrierService",
    "CaseKind",
    "CaseStatus",
    "Counter",
    "Customer",
    "Disposition",
    "ImportBatch",
    "ImportRowError",
    "ImportStatus",
    "LabelStatus",
    "Money",
    "MovementKind",
    "Order",
    "OrderEvent",
    "OrderLine",
    "OrderStatus",
    "Payment",
    "Product",
    "Refund",
    "RefundStatus",
    "ReturnCase",
    "ReturnLine",
    "Role",
    "Setting",
    "Shipment",
    "ShipmentStatus",
    "StockLevel",
    "StockMovement",
    "Ticket",
    "TicketKind",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TrackingEvent",
    "UTCDateTime",
    "User",
    "Warehouse",
    "from_minor",
    "to_minor",
    "utcnow",
]
