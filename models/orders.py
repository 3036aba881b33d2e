"""Customers, orders, order lines and the order history."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, TimestampMixin, enum_column
from models.enums import OrderStatus
from models.types import Money, UTCDateTime, utcnow


class Customer(TimestampMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("channel", "channel_buyer_id"),
        Index("ix_customers_phone_last4", "phone_last4"),
        # Exact and prefix search of names, including two-character Chinese names.
        Index("ix_customers_name", "name"),
        # The blacklist rule: the few blacklisted customers (migration 0004).
        Index("ix_customers_blacklisted", "is_blacklisted"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    phone: Mapped[str] = mapped_column(String(32), default="")
    phone_last4: Mapped[str] = mapped_column(String(4), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    channel: Mapped[str | None] = mapped_column(String(32))
    channel_buyer_id: Mapped[str | None] = mapped_column(String(128))
    province: Mapped[str] = mapped_column(String(64), default="")
    city: Mapped[str] = mapped_column(String(64), default="")
    district: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    tags: Mapped[str] = mapped_column(String(255), default="")  # comma-separated
    note: Mapped[str] = mapped_column(Text, default="")
    is_blacklisted: Mapped[bool] = mapped_column(default=False)
    blacklist_reason: Mapped[str] = mapped_column(String(255), default="")


class Order(TimestampMixin, Base):
    __tablename__ = "orders"
    __table_args__ = (
        # A re-import of the same platform order is a no-op, not a duplicate.
        UniqueConstraint("channel", "external_no"),
        CheckConstraint("goods_amount >= 0", name="goods_amount_nonneg"),
        CheckConstraint("shipping_fee >= 0", name="shipping_fee_nonneg"),
        CheckConstraint("discount >= 0", name="discount_nonneg"),
        CheckConstraint("total >= 0", name="total_nonneg"),
        CheckConstraint("paid_amount >= 0", name="paid_amount_nonneg"),
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_orders_status_created", "status", "created_at"),
        Index("ix_orders_phone_last4", "phone_last4"),
        Index("ix_orders_customer", "customer_id"),
        # The Orders tab's search and queues (migration 0002_order_search adds the substring
        # indexes that models do not describe: FTS5 on SQLite, pg_trgm on PostgreSQL).
        Index("ix_orders_recipient_name", "recipient_name"),  # 2-character names: exact match
        Index("ix_orders_external_no", "external_no"),
        Index("ix_orders_ordered_at", "ordered_at"),
        Index("ix_orders_hold_status", "is_on_hold", "status"),
        # The duplicate rule: orders to a phone within hours (migration 0004).
        Index("ix_orders_phone_ordered_at", "recipient_phone", "ordered_at"),
        # Reports: a period's sales by day answered from the index (migration 0005_analytics).
        Index("ix_orders_report", "ordered_at", "status", "channel", "total"),
        # A period's orders per state, read in state order (migration 0011_report_speed).
        Index("ix_orders_status_ordered_at", "status", "ordered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(32), default="manual")
    external_no: Mapped[str | None] = mapped_column(String(64))
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus, "order_status"))
    is_on_hold: Mapped[bool] = mapped_column(default=False)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    # Recipient and address are a snapshot: later edits of the customer do not rewrite history.
    recipient_name: Mapped[str] = mapped_column(String(128))
    recipient_phone: Mapped[str] = mapped_column(String(32), default="")
    phone_last4: Mapped[str] = mapped_column(String(4), default="")
    province: Mapped[str] = mapped_column(String(64), default="")
    city: Mapped[str] = mapped_column(String(64), default="")
    district: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    buyer_note: Mapped[str] = mapped_column(Text, default="")
    seller_note: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    goods_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    shipping_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carriers.id"))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Cash on delivery (货到付款): reviewed and shipped unpaid; the carrier collects the rest.
    is_cod: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Where the order came from when it was not taken from a shop: split, merge, exchange...
    origin: Mapped[str] = mapped_column(String(16), default="")
    parent_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )

    # Optimistic locking: every ORM UPDATE checks and bumps the version.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    def can_ship(self) -> bool:
        return self.status == OrderStatus.PACKED and not self.is_on_hold


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_nonneg"),
        CheckConstraint("discount >= 0", name="discount_nonneg"),
        Index("ix_order_lines_product", "product_id"),
        # Units sold per SKU of a period's orders, from the index alone (0011_report_speed).
        Index("ix_order_lines_report", "order_id", "sku", "qty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(64))  # snapshot, also for SKUs not in the catalogue
    name: Mapped[str] = mapped_column(String(255), default="")
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderEvent(Base):
    """The order's history: who moved it, when, from which state to which, and why."""

    __tablename__ = "order_events"
    __table_args__ = (
        Index("ix_order_events_order", "order_id", "ts"),
        Index("ix_order_events_status_ts", "to_status", "ts"),  # reports: entries per state
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    ts: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")


class ReviewRule(TimestampMixin, Base):
    """A review rule (审单规则): what it checks, its parameters, and hold or flag."""

    __tablename__ = "review_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. amount_above
    name: Mapped[str] = mapped_column(String(128))
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    action: Mapped[str] = mapped_column(String(8), default="hold")  # hold | flag
    is_enabled: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=100)


class OrderFlag(Base):
    """A rule that fired on an order, with its explanation (shown in the detail pane)."""

    __tablename__ = "order_flags"
    __table_args__ = (
        UniqueConstraint("order_id", "rule_code"),
        Index("ix_order_flags_rule", "rule_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    rule_code: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(8))  # hold | flag
    message: Mapped[str] = mapped_column(Text)  # English; params let the UI translate
    params: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SavedView(Base):
    """A user's named filter of a table (Orders tab and others)."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("user_id", "screen", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    screen: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)  # JSON filter
