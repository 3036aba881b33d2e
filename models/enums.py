"""Enumerations shared by the data model and the domain (stored by value)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    REVIEWER = "reviewer"
    WAREHOUSE = "warehouse"
    CUSTOMER_SERVICE = "customer_service"
    ANALYST = "analyst"


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"  # 待付款
    PENDING_REVIEW = "pending_review"  # 待审核
    NEEDS_CORRECTION = "needs_correction"  # 待修正
    APPROVED = "approved"  # 已审核
    CONFIRMED = "confirmed"  # 已确认
    PICKING = "picking"  # 拣货中
    PACKED = "packed"  # 已打包
    SHIPPED = "shipped"  # 已发货
    DELIVERED = "delivered"  # 已签收
    COMPLETED = "completed"  # 已完成
    CANCELLED = "cancelled"  # 已取消


class MovementKind(StrEnum):
    RECEIVE = "receive"
    RESERVE = "reserve"
    RELEASE = "release"
    SHIP = "ship"
    RETURN_RESTOCK = "return_restock"
    RETURN_QUARANTINE = "return_quarantine"
    ADJUST = "adjust"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    STOCKTAKE = "stocktake"


class ShipmentStatus(StrEnum):
    CREATED = "created"
    SHIPPED = "shipped"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    EXCEPTION = "exception"
    RETURNED = "returned"
    LOST = "lost"


class LabelStatus(StrEnum):
    CREATED = "created"
    PRINTED = "printed"
    VOIDED = "voided"


class RefundStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"


class PaymentStatus(StrEnum):
    PAID = "paid"  # the money is ours: counts towards the order's paid amount
    PENDING = "pending"  # announced (e.g. a transfer not yet seen on the account)
    FAILED = "failed"  # declined or bounced; kept with its reason
    COLLECTED = "collected"  # cash on delivery taken by the carrier, not yet remitted


class TicketKind(StrEnum):
    INQUIRY = "inquiry"
    COMPLAINT = "complaint"
    FEEDBACK = "feedback"
    AFTERSALES = "aftersales"


class TicketPriority(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


class CaseKind(StrEnum):
    RETURN = "return"
    EXCHANGE = "exchange"
    RESEND = "resend"
    REFUND_ONLY = "refund_only"


class CaseStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    AWAITING_RETURN = "awaiting_return"
    RECEIVED = "received"
    INSPECTED = "inspected"
    REFUNDED = "refunded"
    RESENT = "resent"
    CLOSED = "closed"
    REJECTED = "rejected"


class Disposition(StrEnum):
    RESELLABLE = "resellable"
    DAMAGED = "damaged"


class ImportStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
