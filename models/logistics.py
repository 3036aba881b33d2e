"""Carriers, their services, shipments and tracking events."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
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
from models.enums import LabelStatus, ShipmentStatus
from models.types import Money, UTCDateTime, utcnow


class Carrier(TimestampMixin, Base):
    __tablename__ = "carriers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. SF, ZTO, YTO
    name: Mapped[str] = mapped_column(String(128))
    tracking_url: Mapped[str] = mapped_column(String(255), default="")  # {tracking_no} template
    is_active: Mapped[bool] = mapped_column(default=True)


class CarrierService(Base):
    __tablename__ = "carrier_services"
    __table_args__ = (
        UniqueConstraint("carrier_id", "code"),
        CheckConstraint("eta_days >= 0", name="eta_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    eta_days: Mapped[int] = mapped_column(Integer, default=3)


class Shipment(TimestampMixin, Base):
    __tablename__ = "shipments"
    __table_args__ = (
        UniqueConstraint("carrier_id", "tracking_no"),
        CheckConstraint("weight_g >= 0", name="weight_nonneg"),
        CheckConstraint("cost >= 0", name="cost_nonneg"),
        CheckConstraint("print_count >= 0", name="print_count_nonneg"),
        Index("ix_shipments_order", "order_id"),
        Index("ix_shipments_tracking_no", "tracking_no"),
        # Reports: a period's parcels per carrier from the index alone (0005_analytics).
        Index(
            "ix_shipments_report",
            "shipped_at",
            "carrier_id",
            "label_status",
            "status",
            "delivered_at",
            "cost",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("carrier_services.id"))
    tracking_no: Mapped[str] = mapped_column(String(64))
    status: Mapped[ShipmentStatus] = mapped_column(enum_column(ShipmentStatus, "shipment_status"))
    label_status: Mapped[LabelStatus] = mapped_column(enum_column(LabelStatus, "label_status"))
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    length_mm: Mapped[int] = mapped_column(Integer, default=0)
    width_mm: Mapped[int] = mapped_column(Integer, default=0)
    height_mm: Mapped[int] = mapped_column(Integer, default=0)
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who dealt with the parcel's logistics exception, and when: it leaves the exception
    # queues until the parcel moves again (a newer tracking event).
    exception_handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    exception_handled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    exception_note: Mapped[str] = mapped_column(String(500), default="", server_default="")


class TrackingEvent(Base):
    __tablename__ = "tracking_events"
    __table_args__ = (
        # The same carrier file imported twice adds nothing.
        UniqueConstraint("shipment_id", "ts", "status"),
        Index("ix_tracking_events_status", "status", "shipment_id"),  # reports: exceptions
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    ts: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(32))
    location: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RateRule(Base):
    """Carrier price for a destination: first weight plus each additional step."""

    __tablename__ = "rate_rules"
    __table_args__ = (
        UniqueConstraint("carrier_id", "service_id", "region"),
        CheckConstraint("first_weight_g > 0", name="first_weight_positive"),
        CheckConstraint("step_weight_g > 0", name="step_weight_positive"),
        CheckConstraint("first_price >= 0 AND step_price >= 0", name="prices_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("carrier_services.id"))
    region: Mapped[str] = mapped_column(String(64))  # a province, or "*" for everywhere else
    first_weight_g: Mapped[int] = mapped_column(Integer, default=1000)
    first_price: Mapped[Decimal] = mapped_column(Money)
    step_weight_g: Mapped[int] = mapped_column(Integer, default=1000)
    step_price: Mapped[Decimal] = mapped_column(Money)
    eta_days: Mapped[int] = mapped_column(Integer, default=3)


class CarrierRule(Base):
    """Automatic carrier choice: the first matching rule by position wins."""

    __tablename__ = "carrier_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=100)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))
    province: Mapped[str] = mapped_column(String(64), default="")
    max_weight_g: Mapped[int | None] = mapped_column(Integer)
    min_amount: Mapped[Decimal | None] = mapped_column(Money)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("carrier_services.id"))
    is_enabled: Mapped[bool] = mapped_column(default=True)


class TrackingPool(Base):
    """A range of electronic waybill numbers handed out by a carrier, used atomically."""

    __tablename__ = "tracking_pools"
    __table_args__ = (
        CheckConstraint("next_value <= end_value + 1", name="within_range"),
        CheckConstraint("start_value <= end_value", name="ordered_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"))
    prefix: Mapped[str] = mapped_column(String(16), default="")
    start_value: Mapped[int] = mapped_column(BigInteger)
    end_value: Mapped[int] = mapped_column(BigInteger)
    next_value: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int] = mapped_column(Integer, default=12)  # zero-padded digits
    is_active: Mapped[bool] = mapped_column(default=True)


class Wave(TimestampMixin, Base):
    """A pick wave: confirmed orders picked together from one pick list sorted by bin."""

    __tablename__ = "waves"

    id: Mapped[int] = mapped_column(primary_key=True)
    wave_no: Mapped[str] = mapped_column(String(32), unique=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))
    status: Mapped[str] = mapped_column(String(16))  # open, picked, closed
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WaveOrder(Base):
    __tablename__ = "wave_orders"
    __table_args__ = (UniqueConstraint("order_id"),)  # an order is in at most one wave

    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("waves.id", ondelete="CASCADE"))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))


class PackRecord(Base):
    """Who packed an order, when, and how long it took (the packer's throughput)."""

    __tablename__ = "pack_records"
    __table_args__ = (Index("ix_pack_records_packer", "packer_id", "finished_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    packer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scans: Mapped[int] = mapped_column(Integer, default=0)
    weight_g: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
