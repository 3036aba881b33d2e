"""After-sales' plain data and the case transition table (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from app.permissions import Actor, Permission
from app.service_desk import TicketRow
from models import (
    CaseKind,
    CaseStatus,
    Disposition,
    OrderStatus,
    RefundStatus,
)

CENT = Decimal("0.01")
MAX_NOTE = 2000
MAX_QTY = 100_000
CASE_PREFIX = "AS"
THRESHOLD_SETTING = "aftersales.refund_supervisor_threshold"
CANDIDATE_ORDERS = 100  # the new-case dialog offers the lines of the latest orders
REACHED_CUSTOMER = frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED})
FINISHED = frozenset({CaseStatus.CLOSED, CaseStatus.REJECTED})

# The reasons a customer gives (stored by code; the UI shows its own translated label).
REASON_CODES: dict[str, str] = {
    "damaged": "Arrived damaged",
    "defective": "Defective or poor quality",
    "wrong_item": "Wrong item sent",
    "missing_item": "Item missing from the parcel",
    "wrong_size": "Wrong size or does not fit",
    "not_as_described": "Not as described",
    "no_reason": "Changed mind (7-day no-reason return)",
    "lost_in_transit": "Lost in transit",
    "late_delivery": "Delivered late",
    "other": "Other",
}


class CaseAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    AWAIT_RETURN = "await_return"
    RECEIVE = "receive"
    INSPECT = "inspect"
    REFUND = "refund"
    RESEND = "resend"
    CLOSE = "close"


@dataclass(frozen=True)
class CaseTransition:
    action: CaseAction
    kinds: frozenset[CaseKind]
    sources: frozenset[CaseStatus]
    target: CaseStatus
    permission: Permission


K, S, A, P = CaseKind, CaseStatus, CaseAction, Permission
ALL_KINDS = frozenset(CaseKind)
GOODS_BACK = frozenset({K.RETURN, K.EXCHANGE})

CASE_TRANSITIONS: tuple[CaseTransition, ...] = (
    CaseTransition(A.APPROVE, ALL_KINDS, frozenset({S.REQUESTED}), S.APPROVED, P.MANAGE_CASES),
    CaseTransition(A.REJECT, ALL_KINDS, frozenset({S.REQUESTED, S.APPROVED}), S.REJECTED,
                   P.MANAGE_CASES),
    CaseTransition(A.AWAIT_RETURN, GOODS_BACK, frozenset({S.APPROVED}), S.AWAITING_RETURN,
                   P.MANAGE_CASES),
    CaseTransition(A.RECEIVE, GOODS_BACK,
                   frozenset({S.APPROVED, S.AWAITING_RETURN, S.RECEIVED}), S.RECEIVED,
                   P.RECEIVE_RETURNS),
    CaseTransition(A.INSPECT, GOODS_BACK, frozenset({S.RECEIVED}), S.INSPECTED,
                   P.RECEIVE_RETURNS),
    CaseTransition(A.REFUND, frozenset({K.RETURN}), frozenset({S.INSPECTED}), S.REFUNDED,
                   P.MANAGE_CASES),
    CaseTransition(A.REFUND, frozenset({K.REFUND_ONLY}), frozenset({S.APPROVED}), S.REFUNDED,
                   P.MANAGE_CASES),
    CaseTransition(A.RESEND, frozenset({K.EXCHANGE}), frozenset({S.INSPECTED}), S.RESENT,
                   P.MANAGE_CASES),
    CaseTransition(A.RESEND, frozenset({K.RESEND}), frozenset({S.APPROVED}), S.RESENT,
                   P.MANAGE_CASES),
    CaseTransition(A.CLOSE, frozenset({K.RETURN, K.REFUND_ONLY}), frozenset({S.REFUNDED}),
                   S.CLOSED, P.MANAGE_CASES),
    CaseTransition(A.CLOSE, frozenset({K.EXCHANGE, K.RESEND}), frozenset({S.RESENT}), S.CLOSED,
                   P.MANAGE_CASES),
)  # fmt: skip


def looks_like_case_no(text: str) -> bool:
    """AS + YYYYMMDD + 5 digits (app/numbering.py): a scan that names a case, not an item."""
    return re.fullmatch(rf"{CASE_PREFIX}\d{{13}}", (text or "").strip().upper()) is not None


def case_transition(
    action: CaseAction, kind: CaseKind, status: CaseStatus
) -> CaseTransition | None:
    """The move `action` makes for a case of `kind` in `status`, or None if the table has none."""
    for move in CASE_TRANSITIONS:
        if move.action == action and kind in move.kinds and status in move.sources:
            return move
    return None


def allowed_actions(
    kind: CaseKind, status: CaseStatus, actor: Actor | None = None
) -> list[CaseAction]:
    """The moves open from here (for `actor`, when given), in the table's order."""
    found: list[CaseAction] = []
    for action in CaseAction:
        move = case_transition(action, CaseKind(kind), CaseStatus(status))
        if move is not None and (actor is None or actor.can(move.permission)):
            found.append(action)
    return found


# -- plain data in and out ---------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_no: str
    kind: CaseKind
    status: CaseStatus
    customer_id: int | None
    customer_name: str  # masked for roles that may not see personal data
    reason_code: str
    note: str
    order_nos: tuple[str, ...]
    units: int
    received_units: int
    refunded: Decimal  # approved refunds
    refund_pending: Decimal  # requested, not yet decided
    currency: str
    replacement_order_id: int | None
    replacement_order_no: str
    created_by_name: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CaseLineRow:
    id: int
    order_id: int
    order_no: str
    order_status: OrderStatus
    order_line_id: int
    line_no: int
    product_id: int | None
    sku: str
    name: str
    barcode: str
    ordered_qty: int
    qty: int
    received_qty: int
    disposition: Disposition | None
    warehouse_id: int | None
    warehouse_code: str
    unit_value: Decimal  # what one piece of the line was paid (its discount spread)
    max_refund: Decimal  # unit value × the case's quantity

    @property
    def remaining(self) -> int:
        return self.qty - self.received_qty


@dataclass(frozen=True)
class RefundRow:
    id: int
    payment_id: int
    order_id: int
    order_no: str
    case_id: int | None
    case_no: str
    customer_id: int | None
    customer_name: str
    amount: Decimal
    currency: str
    status: RefundStatus
    reason: str
    requested_by: int
    requested_by_name: str
    decided_by: int | None  # None while requested, or when the requester withdrew it
    decided_by_name: str
    requested_at: datetime
    decided_at: datetime | None
    needs_supervisor: bool  # approving it would pass the threshold

    def approval_block(self, actor: Actor) -> str:
        """Why `actor` may not approve it ("" when they may): "decided", "permission", "own"
        (the requester) or "supervisor" (above the threshold). approve_refund enforces it."""
        if self.status != RefundStatus.REQUESTED:
            return "decided"
        if not actor.can(Permission.APPROVE_REFUND):
            return "permission"
        if actor.user_id == self.requested_by:
            return "own"
        if self.needs_supervisor and not actor.can(Permission.APPROVE_LARGE_REFUND):
            return "supervisor"
        return ""

    def may_approve(self, actor: Actor) -> bool:
        return not self.approval_block(actor)


@dataclass(frozen=True)
class OrderRefundable:
    """One order of a case: what was paid for it and what is left to refund."""

    order_id: int
    order_no: str
    currency: str
    paid: Decimal
    refunded: Decimal
    pending: Decimal
    shipping_fee: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.paid - self.refunded


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    lines: tuple[CaseLineRow, ...]
    refunds: tuple[RefundRow, ...]
    tickets: tuple[TicketRow, ...]
    orders: tuple[OrderRefundable, ...]
    actions: tuple[CaseAction, ...]  # what this actor may do now
    default_warehouse_id: int | None  # where the goods left from: the receipt's default
    can_request_refund: bool


@dataclass(frozen=True)
class EligibleLine:
    """An order line of the customer, and how many pieces a new case of a kind may claim."""

    order_id: int
    order_no: str
    order_status: OrderStatus
    ordered_at: datetime
    order_line_id: int
    line_no: int
    sku: str
    name: str
    ordered_qty: int
    claimed: int  # by other cases that are not rejected
    max_qty: int
    unit_value: Decimal
    currency: str


@dataclass(frozen=True)
class ReceiptLine:
    line_id: int  # a line of the case
    qty: int
    disposition: Disposition
    warehouse_id: int


@dataclass(frozen=True)
class ScanResult:
    line_id: int
    sku: str
    name: str
    disposition: Disposition
    detail: CaseDetail


@dataclass(frozen=True)
class RefundAsk:
    """A refund request: per case line, per order's shipping, or (refund-only cases) a free
    amount per order, which needs a reason."""

    line_amounts: Mapping[int, Decimal] = field(default_factory=dict)  # case line id → amount
    shipping: Mapping[int, Decimal] = field(default_factory=dict)  # order id → amount
    free_amounts: Mapping[int, Decimal] = field(default_factory=dict)  # order id → amount
    reason: str = ""
