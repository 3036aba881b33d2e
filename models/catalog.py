"""Products, warehouses, bins, stock balances and the stock ledger."""

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
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin, enum_column
from models.enums import MovementKind
from models.types import Money, UTCDateTime, utcnow


class Warehouse(TimestampMixin, Base):
    __tablename__ = "warehouses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    priority: Mapped[int] = mapped_column(Integer, default=100)  # lower is preferred
    address: Mapped[str] = mapped_column(String(255), default="")
    is_active: Mapped[bool] = mapped_column(default=True)


class BinLocation(Base):
    __tablename__ = "bin_locations"
    __table_args__ = (UniqueConstraint("warehouse_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    code: Mapped[str] = mapped_column(String(32))  # e.g. A-03-2


class Product(TimestampMixin, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("unit_price >= 0", name="unit_price_nonneg"),
        CheckConstraint("weight_g >= 0", name="weight_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    spec: Mapped[str] = mapped_column(String(255), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Unit cost for stock valuation: edited, imported, or the moving average of receipts.
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")


class StockLevel(Base):
    """Balance per (product, warehouse); always equal to the sum of its movements."""

    __tablename__ = "stock_levels"
    __table_args__ = (
        UniqueConstraint("product_id", "warehouse_id"),
        CheckConstraint("on_hand >= 0", name="on_hand_nonneg"),
        # No oversell, ever: the database itself refuses reserved > on_hand.
        CheckConstraint("reserved >= 0 AND reserved <= on_hand", name="reserved_within_on_hand"),
        CheckConstraint("quarantined >= 0", name="quarantined_nonneg"),
        CheckConstraint("safety_stock >= 0", name="safety_stock_nonneg"),
        Index("ix_stock_levels_warehouse_product", "warehouse_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    bin_id: Mapped[int | None] = mapped_column(ForeignKey("bin_locations.id"))
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)  # damaged returns, not sellable
    safety_stock: Mapped[int] = mapped_column(Integer, default=0)


class StockMovement(Base):
    """The stock ledger: one row per change, never updated or deleted."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint(
            "on_hand_delta <> 0 OR reserved_delta <> 0 OR quarantined_delta <> 0",
            name="moves_something",
        ),
        Index("ix_stock_movements_product_warehouse", "product_id", "warehouse_id"),
        Index("ix_stock_movements_reference", "reference_type", "reference_id"),
        # Reports: units shipped / received per SKU in a period (migration 0005_analytics).
        Index(
            "ix_stock_movements_kind_created",
            "kind",
            "created_at",
            "product_id",
            "warehouse_id",
            "on_hand_delta",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    kind: Mapped[MovementKind] = mapped_column(enum_column(MovementKind, "movement_kind"))
    on_hand_delta: Mapped[int] = mapped_column(Integer, default=0)
    reserved_delta: Mapped[int] = mapped_column(Integer, default=0)
    quarantined_delta: Mapped[int] = mapped_column(Integer, default=0)
    reference_type: Mapped[str | None] = mapped_column(String(32))  # order, transfer, count, case
    reference_id: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What a received unit cost (receipts only): the product's moving average is kept from it.
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)


class Transfer(TimestampMixin, Base):
    """Stock moving between warehouses: out of the source on dispatch, in on receipt."""

    __tablename__ = "transfers"
    __table_args__ = (
        CheckConstraint("from_warehouse_id <> to_warehouse_id", name="distinct_ends"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_no: Mapped[str] = mapped_column(String(32), unique=True)
    from_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    to_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    status: Mapped[str] = mapped_column(String(16))  # draft, in_transit, received, cancelled
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TransferLine(Base):
    __tablename__ = "transfer_lines"
    __table_args__ = (
        UniqueConstraint("transfer_id", "product_id"),
        CheckConstraint("qty > 0", name="qty_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    qty: Mapped[int] = mapped_column(Integer)


class StockCount(TimestampMixin, Base):
    """A stock-take sheet for a warehouse or a bin range; posting turns variances into
    adjustments."""

    __tablename__ = "stock_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    count_no: Mapped[str] = mapped_column(String(32), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouses.id"))
    bin_from: Mapped[str] = mapped_column(String(32), default="")
    bin_to: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16))  # open, posted, cancelled
    counter_name: Mapped[str] = mapped_column(String(128), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StockCountLine(Base):
    __tablename__ = "stock_count_lines"
    __table_args__ = (
        UniqueConstraint("count_id", "product_id"),
        CheckConstraint("expected_qty >= 0", name="expected_nonneg"),
        CheckConstraint("counted_qty IS NULL OR counted_qty >= 0", name="counted_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    expected_qty: Mapped[int] = mapped_column(Integer)
    counted_qty: Mapped[int | None] = mapped_column(Integer)


class SkuMapping(Base):
    """A platform's SKU code mapped to ours, remembered for later imports."""

    __tablename__ = "sku_mappings"
    __table_args__ = (UniqueConstraint("channel", "platform_sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    platform_sku: Mapped[str] = mapped_column(String(128))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
