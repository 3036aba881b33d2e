"""Payments' plain data: what the money functions take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.errors import AppError
from models.enums import PaymentStatus

# What a clerk may pick in the payment dialogs; "cod" is cash on delivery (货到付款).
COD = "cod"
METHODS: tuple[str, ...] = ("bank_transfer", "alipay", "wechat", "card", "cash", COD)
MAX_REFERENCE = 128
MAX_REASON = 255


@dataclass(frozen=True)
class PaymentEntry:
    """One payment as the clerk records it. `reason`: why it failed or is pending."""

    method: str
    amount: Decimal
    reference: str = ""
    paid_at: datetime | None = None  # None: now
    status: PaymentStatus = PaymentStatus.PAID
    reason: str = ""


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    method: str
    amount: Decimal
    status: PaymentStatus
    reference: str
    reason: str
    paid_at: datetime
    recorded_by: str
    refunded_amount: Decimal
    tracking_no: str
    remitted_amount: Decimal | None
    remitted_at: datetime | None


@dataclass(frozen=True)
class OrderMoney:
    """The order's money as the detail shows it."""

    order_id: int
    order_no: str
    status: str
    currency: str
    total: Decimal
    paid: Decimal
    due: Decimal  # total - paid (never below 0)
    is_cod: bool
    version: int
    payments: tuple[PaymentInfo, ...]


@dataclass(frozen=True)
class PaymentOutcome:
    payment_id: int
    order_id: int
    order_no: str
    order_status: str
    paid: Decimal
    due: Decimal
    moved: bool  # the order moved on (待付款 → 待审核)


@dataclass(frozen=True)
class SweepResult:
    cancelled: tuple[str, ...]  # order numbers cancelled unpaid
    completed: tuple[str, ...]  # order numbers completed
    skipped: tuple[str, ...]  # due but not moved (open case, moved elsewhere)


@dataclass(frozen=True)
class RemittanceProblem:
    row_no: int  # as the spreadsheet shows it
    tracking_no: str
    error: AppError

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class RemittanceDifference:
    tracking_no: str
    order_no: str
    carrier: str
    collected: Decimal
    remitted: Decimal


@dataclass(frozen=True)
class RemittanceResult:
    file_name: str
    total_rows: int
    settled: int
    duplicates: int  # already settled with this amount: skipped
    problems: tuple[RemittanceProblem, ...]
    differences: tuple[RemittanceDifference, ...]


@dataclass(frozen=True)
class CodCarrierRow:
    carrier: str
    outstanding_count: int  # shipped or delivered, not yet remitted
    outstanding: Decimal
    collected: Decimal  # what the carrier should have remitted (settled parcels)
    remitted: Decimal  # what it did remit
    difference: Decimal  # remitted - collected


@dataclass(frozen=True)
class CodReport:
    rows: tuple[CodCarrierRow, ...]
    differences: tuple[RemittanceDifference, ...]
