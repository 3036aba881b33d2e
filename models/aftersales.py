"""Payments, refunds, tickets and after-sales cases."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin, enum_column
from models.enums import (
    CaseKind,
    CaseStatus,
    Disposition,
    RefundStatus,
    TicketKind,
    TicketPriority,
    TicketStatus,
)
from models.types import Money, UTCDateTime, utcnow


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        # Never refund more than was paid, whatever the number of workstations.
        CheckConstraint(
            "refunded_amount >= 0 AND refunded_amount <= amount", name="refund_within_amount"
        ),
        Index("ix_payments_order", "order_id"),
        Index("ix_payments_status_carrier", "status", "carrier_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    method: Mapped[str] = mapped_column(String(32))  # alipay, wechat, card, cod, ...
    amount: Mapped[Decimal] = mapped_column(Money)
    refunded_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    external_ref: Mapped[str] = mapped_column(String(128), default="")
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A PaymentStatus value; only "paid" counts towards the order's paid amount.
    status: Mapped[str] = mapped_column(String(16), default="paid")
    reason: Mapped[str] = mapped_column(String(255), default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Cash on delivery: the carrier that collected it, the parcel, and what it remitted.
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"))
    tracking_no: Mapped[str] = mapped_column(String(64), default="")
    remitted_amount: Mapped[Decimal | None] = mapped_column(Money)
    remitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    remittance_file: Mapped[str] = mapped_column(String(255), default="")


class Refund(Base):
    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("approved_by IS NULL OR approved_by <> requested_by", name="four_eyes"),
        Index("ix_refunds_payment", "payment_id"),
        Index("ix_refunds_case", "case_id"),
        Index("ix_refunds_status", "status"),
        # Reports: the refunds approved in a period (migration 0011_report_speed).
        Index("ix_refunds_status_decided_at", "status", "decided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("return_cases.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[RefundStatus] = mapped_column(enum_column(RefundStatus, "refund_status"))
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Ticket(TimestampMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
        Index("ix_tickets_status_due", "status", "sla_due_at"),
        Index("ix_tickets_customer", "customer_id"),
        Index("ix_tickets_created_at", "created_at"),  # reports: a period's tickets
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_no: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[TicketKind] = mapped_column(enum_column(TicketKind, "ticket_kind"))
    priority: Mapped[TicketPriority] = mapped_column(enum_column(TicketPriority, "ticket_priority"))
    status: Mapped[TicketStatus] = mapped_column(enum_column(TicketStatus, "ticket_status"))
    category: Mapped[str] = mapped_column(String(64), default="")
    subject: Mapped[str] = mapped_column(String(255))
    rating: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("return_cases.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sla_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TicketMessage(Base):
    __tablename__ = "ticket_messages"
    __table_args__ = (Index("ix_ticket_messages_ticket", "ticket_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    is_internal: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReturnCase(TimestampMixin, Base):
    """An after-sales case (售后单): return, exchange, resend or refund only."""

    __tablename__ = "return_cases"
    __table_args__ = (Index("ix_return_cases_customer", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind, "case_kind"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus, "case_status"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    reason_code: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    replacement_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ReturnLine(Base):
    __tablename__ = "return_lines"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("received_qty >= 0 AND received_qty <= qty", name="received_within_qty"),
        Index("ix_return_lines_order_line", "order_line_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("return_cases.id", ondelete="CASCADE"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    qty: Mapped[int] = mapped_column(Integer)
    received_qty: Mapped[int] = mapped_column(Integer, default=0)
    disposition: Mapped[Disposition | None] = mapped_column(enum_column(Disposition, "disposition"))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))


class ReplyTemplate(TimestampMixin, Base):
    """A saved answer with placeholders such as {customer_name}, {order_no}, {tracking_no}."""

    __tablename__ = "reply_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    category: Mapped[str] = mapped_column(String(64), default="")
    body: Mapped[str] = mapped_column(Text)
