"""The orders' plain data: what their functions take and return."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.errors import AppError
from app.states import OrderStatus

MAX_QTY = 100_000
BATCH_CHUNK = 500  # orders per transaction in batch actions


@dataclass(frozen=True)
class DraftLine:
    sku: str
    qty: int
    unit_price: Decimal | None = None  # None: the catalogue price
    discount: Decimal = Decimal(0)


@dataclass(frozen=True)
class OrderDraft:
    """A manual (phone) order, or the new content of an order being edited."""

    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    address: str
    lines: tuple[DraftLine, ...]
    district: str = ""
    postcode: str = ""
    buyer_note: str = ""
    seller_note: str = ""
    shipping_fee: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)
    paid_amount: Decimal = Decimal(0)
    payment_method: str = "bank_transfer"
    currency: str = "CNY"


@dataclass(frozen=True)
class OrderRef:
    id: int
    order_no: str
    status: OrderStatus
    is_on_hold: bool
    version: int


@dataclass(frozen=True)
class BatchFailure:
    order_id: int
    order_no: str
    error: AppError


@dataclass(frozen=True)
class BatchResult:
    action: str
    requested: int
    succeeded: tuple[int, ...]
    failed: tuple[BatchFailure, ...]
    cancelled: bool = False

    @property
    def failed_ids(self) -> list[int]:
        return [f.order_id for f in self.failed]


@dataclass(frozen=True)
class SplitResult:
    original: OrderRef
    new: OrderRef
