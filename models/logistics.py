"""Carriers, their services, shipments and tracking events."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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


class TrackingEvent(Base):
    __tablename__ = "tracking_events"
    __table_args__ = (
        # The same carrier file imported twice adds nothing.
        UniqueConstraint("shipment_id", "ts", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    ts: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(32))
    location: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
