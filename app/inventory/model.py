"""The inventory's plain data: what its functions take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from app.integrity import StockDifference
from app.stock import Portion
from models import MovementKind, OrderStatus

# Orders in these states can no longer hold a reservation.
# Orders in these states can no longer hold a reservation.
CLOSED_ORDER_STATES = frozenset(
    {OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.CANCELLED}
)
MAX_QTY = 1_000_000  # per line: a scanner that fires twice must not book a million units
MAX_TABLE_ROWS = 200_000


class AlertState(StrEnum):
    ALL = "all"
    LOW = "low"  # something available, but less than the safety stock
    OUT = "out"  # nothing available
    OK = "ok"


class StockSort(StrEnum):
    SKU = "sku"
    NAME = "name"
    WAREHOUSE = "warehouse"
    BIN = "bin"
    ON_HAND = "on_hand"
    RESERVED = "reserved"
    AVAILABLE = "available"
    QUARANTINED = "quarantined"
    SAFETY = "safety"


class TransferStatus(StrEnum):
    DRAFT = "draft"
    IN_TRANSIT = "in_transit"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class CountStatus(StrEnum):
    OPEN = "open"
    POSTED = "posted"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class StockQuery:
    warehouse_id: int | None = None
    alert: AlertState = AlertState.ALL
    search: str = ""  # SKU, name, spec or barcode fragment; a scanned barcode works too
    sort: StockSort = StockSort.SKU
    descending: bool = False


@dataclass(frozen=True)
class StockRow:
    level_id: int
    product_id: int
    sku: str
    name: str
    spec: str
    barcode: str
    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    bin_code: str
    on_hand: int
    reserved: int
    available: int
    quarantined: int
    safety_stock: int
    incoming: int  # in transit towards this warehouse
    alert: AlertState


@dataclass(frozen=True)
class Balance:
    product_id: int
    sku: str
    warehouse_id: int
    warehouse_code: str
    on_hand: int
    reserved: int
    quarantined: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class ReservationResult:
    portions: tuple[Portion, ...]  # one per warehouse that reserved
    balances: tuple[Balance, ...]


@dataclass(frozen=True)
class MovementRow:
    id: int
    created_at: datetime
    kind: MovementKind
    warehouse_code: str
    on_hand_delta: int
    reserved_delta: int
    quarantined_delta: int
    reference: str  # "order KD…", "transfer TR…", "count PD…", "case SH…" or ""
    note: str
    username: str


@dataclass(frozen=True)
class AlertCounts:
    low: int
    out: int


@dataclass(frozen=True)
class WarehouseSummary:
    warehouse_id: int
    code: str
    name: str
    rows: int
    low: int
    out: int


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str
    barcode: str
    name: str
    spec: str
    unit_price: Decimal
    weight_g: int
    is_active: bool
    cost: Decimal = Decimal(0)  # per unit, for stock valuation (moving average of receipts)


@dataclass(frozen=True)
class WarehouseInfo:
    id: int
    code: str
    name: str
    priority: int
    address: str
    is_active: bool


@dataclass(frozen=True)
class TransferLineInfo:
    product_id: int
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class TransferInfo:
    id: int
    transfer_no: str
    from_warehouse_id: int
    from_code: str
    to_warehouse_id: int
    to_code: str
    status: TransferStatus
    note: str
    created_at: datetime
    dispatched_at: datetime | None
    received_at: datetime | None
    lines: tuple[TransferLineInfo, ...]

    @property
    def units(self) -> int:
        return sum(line.qty for line in self.lines)


@dataclass(frozen=True)
class CountLineInfo:
    product_id: int
    sku: str
    name: str
    bin_code: str
    expected: int  # on hand when the sheet was made
    counted: int | None
    current: int  # on hand now


@dataclass(frozen=True)
class CountSheet:
    id: int
    count_no: str
    warehouse_id: int
    warehouse_code: str
    bin_from: str
    bin_to: str
    status: CountStatus
    counter_name: str
    created_at: datetime
    posted_at: datetime | None
    lines: tuple[CountLineInfo, ...]


@dataclass(frozen=True)
class Variance:
    product_id: int
    sku: str
    before: int
    counted: int

    @property
    def delta(self) -> int:
        return self.counted - self.before


@dataclass(frozen=True)
class CountPosting:
    count_no: str
    variances: tuple[Variance, ...]  # only the lines whose count differed
    uncounted: int  # lines left empty: not changed


@dataclass(frozen=True)
class RepairResult:
    corrected: tuple[StockDifference, ...]
    failed: tuple[tuple[StockDifference, str], ...]  # with the reason the database gave


Key = tuple[int, int]  # (product_id, warehouse_id)
