"""Fulfilment's plain data: waves, the pack station's jobs and results, ship candidates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.fulfilment.scans import normalise_code
from app.orders import BatchFailure
from app.states import OrderStatus

MAX_WAVE_ORDERS = 1000
MAX_SCANS = 10_000
SHIP_CHUNK = 100  # orders per transaction when shipping
PRINT_TIMEOUT_S = 30


class WaveStatus(StrEnum):
    OPEN = "open"  # being picked
    PICKED = "picked"  # no order of it is still 拣货中
    CLOSED = "closed"  # closed by the lead


# -- plain data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaveInfo:
    id: int
    wave_no: str
    warehouse_id: int | None
    warehouse_code: str
    warehouse_name: str
    status: WaveStatus
    created_at: datetime
    created_by: str
    orders: int
    picking: int  # still 拣货中
    packed: int  # packed or further (shipped, delivered...)
    cancelled: int


@dataclass(frozen=True)
class WaveResult:
    """The wave made (None when no order could join) and the outcome per order."""

    wave: WaveInfo | None
    requested: int
    succeeded: tuple[int, ...]
    failed: tuple[BatchFailure, ...]

    @property
    def failed_ids(self) -> list[int]:
        return [f.order_id for f in self.failed]


@dataclass(frozen=True)
class WaveCandidate:
    """A confirmed order that may join a wave (the wave dialog's rows)."""

    order_id: int
    order_no: str
    ordered_at: datetime
    carrier_id: int | None
    carrier_code: str
    recipient_name: str
    province: str
    city: str
    lines: int
    units: int
    items: str  # "纯棉T恤 ×2; 电水壶 ×1"


@dataclass(frozen=True)
class WaveOrderRow:
    order_id: int
    order_no: str
    status: OrderStatus
    is_on_hold: bool
    recipient_name: str
    units: int
    tracking_nos: tuple[str, ...]


@dataclass(frozen=True)
class ShipCandidate:
    """A packed order waiting to be handed to the carrier."""

    order_id: int
    order_no: str
    recipient_name: str
    province: str
    city: str
    carrier_code: str
    tracking_nos: tuple[str, ...]
    labels_printed: bool
    packed_at: datetime | None


@dataclass(frozen=True)
class PackingLine:
    sku: str
    name: str
    barcode: str
    qty: int
    bin_code: str
    weight_g: int  # per unit, from the catalogue (0 when unknown)

    @property
    def codes(self) -> tuple[str, ...]:
        """What a scan of this item may read: its barcode, or the SKU printed on it."""
        return tuple(normalise_code(c) for c in (self.barcode, self.sku) if c and c.strip())


@dataclass(frozen=True)
class PackingJob:
    """An order at the pack station: everything the station checks scans against."""

    order_id: int
    order_no: str
    version: int
    recipient_name: str
    province: str
    city: str
    carrier_code: str
    carrier_name: str
    buyer_note: str
    seller_note: str
    lines: tuple[PackingLine, ...]

    @property
    def units(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def expected_weight_g(self) -> int:
        return sum(line.qty * line.weight_g for line in self.lines)


@dataclass(frozen=True)
class PackerStats:
    packed_today: int
    packed_last_hour: int  # the packer's current pace, orders per hour


@dataclass(frozen=True)
class StationSetup:
    weight_check: bool
    weight_tolerance_percent: int
    label_folder: str
    label_printer: str
    stats: PackerStats


@dataclass(frozen=True)
class PackResult:
    order_id: int
    order_no: str
    tracking_nos: tuple[str, ...]
    label_path: str | None  # None: no new label (printed before) or it could not be written
    label_printed_before: bool  # the parcel's label had been printed already (batch print)
    printed_to: str  # the printer the label went to, "" if none
    print_error: str  # why the label file or the printer failed, "" if it did not
    stats: PackerStats
