"""Facts kept for the reports: per-order processing times, derived from the order history.

They are derived data: the reports bring them up to date from the order events added since
the last run (a watermark), and the integrity check proves they equal a recount.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.types import UTCDateTime


class OrderSpeedFact(Base):
    """Minutes an order spent in each stage, and from payment to its first shipment."""

    __tablename__ = "order_speed_facts"
    __table_args__ = (
        # A period's histograms are read from this index alone.
        Index(
            "ix_order_speed_facts_report",
            "ordered_at", "review_min", "confirm_min", "pick_min", "pack_min", "ship_min",
            "pay_to_ship_min",
        ),
        # Each stage's histogram read in minute order (migration 0011_report_speed).
        *(
            Index(f"ix_order_speed_facts_{stage}", f"{stage}_min", "ordered_at")
            for stage in ("review", "confirm", "pick", "pack", "ship", "pay_to_ship")
        ),
    )  # fmt: skip

    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(32))
    warehouse_id: Mapped[int | None] = mapped_column(Integer)
    carrier_id: Mapped[int | None] = mapped_column(Integer)
    review_min: Mapped[int | None] = mapped_column(Integer)
    confirm_min: Mapped[int | None] = mapped_column(Integer)
    pick_min: Mapped[int | None] = mapped_column(Integer)
    pack_min: Mapped[int | None] = mapped_column(Integer)
    ship_min: Mapped[int | None] = mapped_column(Integer)
    pay_to_ship_min: Mapped[int | None] = mapped_column(Integer)


class ReportMark(Base):
    """How far a derived table has read its source (the last order event id folded in)."""

    __tablename__ = "report_marks"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
