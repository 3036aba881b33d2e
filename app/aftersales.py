"""After-sales cases (售后单) and refunds.

A case is a return, an exchange, a resend or a refund only, for lines of one or several orders
of one customer. One transition table (`CASE_TRANSITIONS`) says which move is legal for which
kind; the services refuse anything else and the UI asks `allowed_actions` which buttons to show:

    return       requested → approved → awaiting_return → received → inspected → refunded → closed
    exchange     requested → approved → awaiting_return → received → inspected → resent → closed
    resend       requested → approved → resent → closed
    refund_only  requested → approved → refunded → closed
    every kind   requested | approved → rejected

A parcel that arrives before the agent marked the case "awaiting return" may be received
straight from approved; a second parcel may be received while the case is received.

Quantities. A line may claim at most what reached the customer minus what other cases that
are not rejected already claim for that order line ("reached": the line's quantity once its
order is shipped, delivered or completed, else 0). A refund-only case may also cover a paid
line that has not shipped (an agreed partial refund before shipping, e.g. a missing colour):
for it "reached" is the line's quantity on any paid order that is not cancelled (a cancelled
order's refund comes from the cancellation). All kinds count against the same limit.

Receipt. The warehouse scans each returned item and decides: resellable goes back on hand
(RETURN_RESTOCK), damaged goes to quarantine (RETURN_QUARANTINE), both through app/stock.py in
the same unit of work as the case. `receive_scan` records one scanned unit at once, so nothing
scanned is lost if the workstation dies. A line whose units end in two dispositions or two
warehouses is split in two lines (a line has one disposition).

Replacement orders. A resend sends the case's own items again; an exchange sends the SKUs the
agent chooses (at most as many units as were received back). The new order is made through
the order service's own creation (review rules included), to the newest order's recipient and
address, at no charge: zero prices, nothing paid, total 0, so it waits in 待审核 like any paid
order. It carries origin "resend"/"exchange", parent_order_id = that order, and the case
points at it (replacement_order_id).

Refunds. Requested against the payments of the case's orders (or, for an order without
payments of its own — a split or replacement order — the payments of the order it came from):
per case line up to the line's paid value, per order up to its shipping fee, or a free amount
for a refund-only case (with a reason). A request above what remains refundable is refused
naming the amounts; one that together with other waiting requests would exceed it must be
confirmed. Approval: never by the requester (checked here and by the database's four_eyes
CHECK); when the case (or, without a case, the payment) would then have more refunded than
`aftersales.refund_supervisor_threshold` yuan, only APPROVE_LARGE_REFUND may approve — so
splitting a refund into small requests does not avoid the supervisor. The approval adds to
payments.refunded_amount with a conditional UPDATE that matches no row when it would exceed
the payment: two approvals at the same moment on two workstations can never refund more than
was paid. Refund requests made by OrderService.cancel() are approved the same way.

Every step: its permission, one unit of work, an audit entry, and an event in the history of
every order the case touches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, true, update
from sqlalchemy.orm import Session

from app import stock
from app.db import Database
from app.errors import (
    ConfirmationRequired,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.inventory import _posting
from app.numbering import daily_number
from app.orders import DraftLine, OrderDraft, OrderService, _event
from app.permissions import Actor, Permission, check, requires
from app.pii import mask_name
from app.service_desk import TicketRow, case_tickets
from app.settings import read_setting
from app.uow import UnitOfWork, read, transaction
from models import (
    CaseKind,
    CaseStatus,
    Customer,
    Disposition,
    MovementKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    Product,
    Refund,
    RefundStatus,
    ReturnCase,
    ReturnLine,
    Ticket,
    User,
    Warehouse,
    utcnow,
)

__all__ = [
    "CASE_TRANSITIONS",
    "REASON_CODES",
    "AftersalesService",
    "CaseAction",
    "CaseDetail",
    "CaseKind",
    "CaseLineRow",
    "CaseRow",
    "CaseStatus",
    "CaseTransition",
    "Disposition",
    "EligibleLine",
    "OrderRefundable",
    "ReceiptLine",
    "RefundAsk",
    "RefundRow",
    "RefundStatus",
    "ScanResult",
    "allowed_actions",
    "case_transition",
    "customer_cases",
    "customer_refunds",
    "looks_like_case_no",
]

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
_ALL_KINDS = frozenset(CaseKind)
_GOODS_BACK = frozenset({K.RETURN, K.EXCHANGE})

CASE_TRANSITIONS: tuple[CaseTransition, ...] = (
    CaseTransition(A.APPROVE, _ALL_KINDS, frozenset({S.REQUESTED}), S.APPROVED, P.MANAGE_CASES),
    CaseTransition(A.REJECT, _ALL_KINDS, frozenset({S.REQUESTED, S.APPROVED}), S.REJECTED,
                   P.MANAGE_CASES),
    CaseTransition(A.AWAIT_RETURN, _GOODS_BACK, frozenset({S.APPROVED}), S.AWAITING_RETURN,
                   P.MANAGE_CASES),
    CaseTransition(A.RECEIVE, _GOODS_BACK,
                   frozenset({S.APPROVED, S.AWAITING_RETURN, S.RECEIVED}), S.RECEIVED,
                   P.RECEIVE_RETURNS),
    CaseTransition(A.INSPECT, _GOODS_BACK, frozenset({S.RECEIVED}), S.INSPECTED,
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


# -- helpers -----------------------------------------------------------------------------------


def _text(value: object, field_name: str, limit: int, *, required: bool = False) -> str:
    if not isinstance(value, str):
        if required or value is not None:
            raise ValidationError("{field} is required", field=field_name)
        value = ""
    text = value.strip()
    if required and not text:
        raise ValidationError("{field} is required", field=field_name)
    if len(text) > limit:
        raise ValidationError("{field}: at most {limit} characters", field=field_name, limit=limit)
    return text


def _amount(value: object, field_name: str) -> Decimal:
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip() or "0")
    except InvalidOperation as exc:
        raise ValidationError("{field}: not an amount of money", field=field_name) from exc
    if isinstance(value, bool) or not amount.is_finite() or amount < 0:
        raise ValidationError("{field}: must be zero or more", field=field_name)
    if amount != amount.quantize(CENT):
        raise ValidationError("{field}: at most two decimal places", field=field_name)
    return amount.quantize(CENT)


def _qty(value: object, field_name: str = "qty") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_QTY:
        raise ValidationError(
            "{field}: a whole number from 1 to {limit}", field=field_name, limit=MAX_QTY
        )
    return value


def _id(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFound("No {what} with id {id}", what=what, id=value)
    return value


def _unit_value(unit_price: Decimal, ordered_qty: int, discount: Decimal) -> Decimal:
    return ((unit_price * ordered_qty - discount) / ordered_qty).quantize(CENT, ROUND_DOWN)


def _line_value(unit_price: Decimal, ordered_qty: int, discount: Decimal, qty: int) -> Decimal:
    return ((unit_price * ordered_qty - discount) * qty / ordered_qty).quantize(CENT, ROUND_DOWN)


def _reachable(kind: CaseKind, status: OrderStatus, paid: Decimal, ordered_qty: int) -> int:
    """How many pieces of an order line a case of `kind` may cover at most (module doc)."""
    if status in REACHED_CUSTOMER:
        return ordered_qty
    if kind == CaseKind.REFUND_ONLY and paid > 0 and status not in (
        OrderStatus.CANCELLED, OrderStatus.PENDING_PAYMENT,
    ):  # fmt: skip
        return ordered_qty
    return 0


def _claimed(session: Session, order_line_ids: Iterable[int], *, lock: bool) -> dict[int, int]:
    """Pieces per order line claimed by cases that are not rejected. With `lock`, a locking
    read: it sees (and waits for) what other workstations committed just now."""
    ids = sorted(set(order_line_ids))
    if not ids:
        return {}
    query = (
        select(ReturnLine.order_line_id, ReturnLine.qty, ReturnCase.status)
        .join(ReturnCase, ReturnCase.id == ReturnLine.case_id)
        .where(ReturnLine.order_line_id.in_(ids))
    )
    if lock:
        query = query.with_for_update()
    claimed: dict[int, int] = defaultdict(int)
    for order_line_id, qty, status in session.execute(query):
        if CaseStatus(status) != CaseStatus.REJECTED:
            claimed[order_line_id] += qty
    return claimed


def _lock_case(uow: UnitOfWork, case_id: object) -> ReturnCase:
    case = uow.session.get(ReturnCase, _id(case_id, "after-sales case"), with_for_update=True)
    if case is None:
        raise NotFound("No after-sales case with id {case_id}", case_id=case_id)
    return case


def _case_order_ids(session: Session, case_id: int) -> list[int]:
    return sorted(
        session.scalars(
            select(OrderLine.order_id)
            .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
            .where(ReturnLine.case_id == case_id)
            .distinct()
        )
    )


def _order_events(uow: UnitOfWork, case: ReturnCase, action: str, note: str = "") -> None:
    """The step in the history of every order the case touches (their state is unchanged)."""
    session = uow.session
    text = f"{case.case_no}: {note}" if note else case.case_no
    for order_id, status in session.execute(
        select(Order.id, Order.status).where(Order.id.in_(_case_order_ids(session, case.id)))
    ):
        _event(uow, order_id, action, OrderStatus(status), OrderStatus(status), text[:2000])


def _refusal(case: ReturnCase, action: CaseAction) -> ConflictError:
    return ConflictError(
        "Case {case_no} is {status}; it cannot be {action}",
        case_no=case.case_no, status=case.status.value, action=action.value,
    )  # fmt: skip


def _move_case(
    uow: UnitOfWork,
    case: ReturnCase,
    action: CaseAction,
    *,
    note: str = "",
    automatic: bool = False,
    changes: dict[str, Any] | None = None,
) -> None:
    """Apply one move of the table to a locked case (or refuse it), with audit and history."""
    move = case_transition(action, case.kind, case.status)
    if move is None:
        raise _refusal(case, action)
    if not automatic:
        assert uow.actor is not None
        check(uow.actor, move.permission)
    before = case.status
    case.status = move.target
    case.updated_at = utcnow()
    recorded: dict[str, Any] = {"status": [before.value, move.target.value], **(changes or {})}
    if note:
        recorded["note"] = [None, note]
    uow.audit(f"case.{action.value}", "return_case", case.id, recorded)
    if before != move.target:
        _order_events(uow, case, f"case_{action.value}", note)


def _orders_refundable(
    session: Session, order_ids: Sequence[int]
) -> tuple[dict[int, OrderRefundable], dict[int, list[Any]]]:
    """Per order: paid, refunded and pending over the payments its refunds go to (its own,
    or those of the order it came from when it has none), and those payments newest first."""
    if not order_ids:
        return {}, {}
    orders = {
        o.id: o
        for o in session.execute(
            select(Order.id, Order.order_no, Order.currency, Order.shipping_fee,
                   Order.parent_order_id).where(Order.id.in_(order_ids))
        )
    }  # fmt: skip
    wanted = set(orders) | {o.parent_order_id for o in orders.values() if o.parent_order_id}
    by_order: dict[int, list[Any]] = defaultdict(list)
    for p in session.execute(
        select(Payment.id, Payment.order_id, Payment.amount, Payment.refunded_amount,
               Payment.currency)
        .where(Payment.order_id.in_(wanted))
        .order_by(Payment.paid_at.desc(), Payment.id.desc())
    ):  # fmt: skip
        by_order[p.order_id].append(p)
    pending: dict[int, Decimal] = defaultdict(Decimal)
    all_payments = [p.id for found in by_order.values() for p in found]
    if all_payments:
        for payment_id, amount in session.execute(
            select(Refund.payment_id, Refund.amount).where(
                Refund.payment_id.in_(all_payments), Refund.status == RefundStatus.REQUESTED
            )
        ):
            pending[payment_id] += amount
    figures: dict[int, OrderRefundable] = {}
    payments: dict[int, list[Any]] = {}
    for order_id, o in orders.items():
        mine = by_order.get(order_id) or by_order.get(o.parent_order_id or 0, [])
        payments[order_id] = mine
        figures[order_id] = OrderRefundable(
            order_id, o.order_no, mine[0].currency if mine else o.currency,
            sum((p.amount for p in mine), Decimal(0)),
            sum((p.refunded_amount for p in mine), Decimal(0)),
            sum((pending[p.id] for p in mine), Decimal(0)), o.shipping_fee,
        )  # fmt: skip
    return figures, payments


def _user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        uid: display or username
        for uid, display, username in session.execute(
            select(User.id, User.display_name, User.username).where(User.id.in_(wanted))
        )
    }


def _threshold(session: Session) -> Decimal:
    return Decimal(int(read_setting(session, THRESHOLD_SETTING)))


def _case_rows(
    session: Session, condition: ColumnElement[bool], *, full_names: bool = True, limit: int = 500
) -> list[CaseRow]:
    cases = session.execute(
        select(ReturnCase, Customer.name, Order.order_no)
        .outerjoin(Customer, Customer.id == ReturnCase.customer_id)
        .outerjoin(Order, Order.id == ReturnCase.replacement_order_id)
        .where(condition)
        .order_by(ReturnCase.created_at.desc(), ReturnCase.id.desc())
        .limit(limit)
    ).all()
    if not cases:
        return []
    ids = [c.id for c, _n, _o in cases]
    orders: dict[int, list[str]] = defaultdict(list)
    currency: dict[int, str] = {}
    units: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for case_id, order_no, order_currency, qty, received in session.execute(
        select(ReturnLine.case_id, Order.order_no, Order.currency, ReturnLine.qty,
               ReturnLine.received_qty)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(ReturnLine.case_id.in_(ids))
        .order_by(ReturnLine.id)
    ):  # fmt: skip
        if order_no not in orders[case_id]:
            orders[case_id].append(order_no)
        currency.setdefault(case_id, order_currency)
        units[case_id][0] += qty
        units[case_id][1] += received
    money: dict[tuple[int, RefundStatus], Decimal] = defaultdict(Decimal)
    for case_id, status, amount in session.execute(
        select(Refund.case_id, Refund.status, func.sum(Refund.amount))
        .where(Refund.case_id.in_(ids))
        .group_by(Refund.case_id, Refund.status)
    ):
        money[(case_id, RefundStatus(status))] += Decimal(amount)
    names = _user_names(session, (c.created_by for c, _n, _o in cases))
    return [
        CaseRow(
            c.id, c.case_no, c.kind, c.status, c.customer_id,
            (name or "") if full_names else mask_name(name or ""), c.reason_code, c.note,
            tuple(orders[c.id]), units[c.id][0], units[c.id][1],
            money[(c.id, RefundStatus.APPROVED)], money[(c.id, RefundStatus.REQUESTED)],
            currency.get(c.id, "CNY"), c.replacement_order_id, replacement or "",
            names.get(c.created_by or 0, ""), c.created_at, c.updated_at,
        )
        for c, name, replacement in cases
    ]  # fmt: skip


def _line_rows(session: Session, case_id: int) -> list[CaseLineRow]:
    rows = session.execute(
        select(ReturnLine, OrderLine, Order.order_no, Order.status, Product.barcode,
               Warehouse.code)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .outerjoin(Product, Product.id == OrderLine.product_id)
        .outerjoin(Warehouse, Warehouse.id == ReturnLine.warehouse_id)
        .where(ReturnLine.case_id == case_id)
        .order_by(Order.order_no, OrderLine.line_no, ReturnLine.id)
    ).all()  # fmt: skip
    return [
        CaseLineRow(
            rl.id, ol.order_id, order_no, OrderStatus(status), ol.id, ol.line_no, ol.product_id,
            ol.sku, ol.name, barcode or "", ol.qty, rl.qty, rl.received_qty, rl.disposition,
            rl.warehouse_id, code or "", _unit_value(ol.unit_price, ol.qty, ol.discount),
            _line_value(ol.unit_price, ol.qty, ol.discount, rl.qty),
        )
        for rl, ol, order_no, status, barcode, code in rows
    ]  # fmt: skip


def _refund_rows(
    session: Session, condition: ColumnElement[bool], *, limit: int = 1000
) -> list[RefundRow]:
    rows = session.execute(
        select(Refund, Payment.order_id, Payment.currency, Order.order_no, Order.customer_id,
               Customer.name, ReturnCase.case_no)
        .join(Payment, Payment.id == Refund.payment_id)
        .join(Order, Order.id == Payment.order_id)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .outerjoin(ReturnCase, ReturnCase.id == Refund.case_id)
        .where(condition)
        .order_by(Refund.requested_at.desc(), Refund.id.desc())
        .limit(limit)
    ).all()  # fmt: skip
    if not rows:
        return []
    threshold = _threshold(session)
    refunds = [r for r, *_rest in rows]
    by_case, by_payment = _approved_totals(session, refunds)
    names = _user_names(session, [u for r in refunds for u in (r.requested_by, r.approved_by)])
    result = []
    for r, order_id, currency, order_no, customer_id, customer_name, case_no in rows:
        before = by_case[r.case_id] if r.case_id is not None else by_payment[r.payment_id]
        result.append(
            RefundRow(
                r.id, r.payment_id, order_id, order_no, r.case_id, case_no or "", customer_id,
                customer_name or "", r.amount, currency, r.status, r.reason, r.requested_by,
                names.get(r.requested_by, ""), r.approved_by, names.get(r.approved_by or 0, ""),
                r.requested_at, r.decided_at,
                r.status == RefundStatus.REQUESTED and before + r.amount > threshold,
            )
        )  # fmt: skip
    return result


def _approved_totals(
    session: Session, refunds: Sequence[Refund]
) -> tuple[dict[int | None, Decimal], dict[int, Decimal]]:
    """Approved refunds so far per case, and per payment for refunds without a case."""
    cases = {r.case_id for r in refunds if r.case_id is not None}
    payments = {r.payment_id for r in refunds if r.case_id is None}
    by_case: dict[int | None, Decimal] = defaultdict(Decimal)
    by_payment: dict[int, Decimal] = defaultdict(Decimal)
    approved = Refund.status == RefundStatus.APPROVED
    if cases:
        for case_id, total in session.execute(
            select(Refund.case_id, func.sum(Refund.amount))
            .where(approved, Refund.case_id.in_(cases))
            .group_by(Refund.case_id)
        ):
            by_case[case_id] = Decimal(total)
    if payments:
        for payment_id, total in session.execute(
            select(Refund.payment_id, func.sum(Refund.amount))
            .where(approved, Refund.case_id.is_(None), Refund.payment_id.in_(payments))
            .group_by(Refund.payment_id)
        ):
            by_payment[payment_id] = Decimal(total)
    return by_case, by_payment


def _detail(session: Session, case_id: int, actor: Actor, *, full_names: bool = True) -> CaseDetail:
    session.flush()
    rows = _case_rows(session, ReturnCase.id == case_id, full_names=full_names, limit=1)
    if not rows:
        raise NotFound("No after-sales case with id {case_id}", case_id=case_id)
    case = rows[0]
    lines = _line_rows(session, case_id)
    refunds = _refund_rows(session, Refund.case_id == case_id)
    order_ids = sorted({line.order_id for line in lines})
    figures, _payments = _orders_refundable(session, order_ids)
    actions = [
        a for a in allowed_actions(case.kind, case.status, actor)
        if a != CaseAction.REFUND or any(r.status == RefundStatus.APPROVED for r in refunds)
    ]  # fmt: skip
    warehouse = session.scalar(
        select(Order.warehouse_id)
        .where(Order.id.in_(order_ids or [0]), Order.warehouse_id.is_not(None))
        .order_by(Order.ordered_at.desc())
        .limit(1)
    )
    tickets = tuple(case_tickets(session, case_id)) if actor.can(Permission.VIEW_CUSTOMERS) else ()
    return CaseDetail(
        case, tuple(lines), tuple(refunds), tickets,
        tuple(figures[o] for o in order_ids), tuple(actions), warehouse,
        case.status not in FINISHED and actor.can(Permission.REQUEST_REFUND),
    )  # fmt: skip


def customer_cases(session: Session, customer_id: int, limit: int = 100) -> list[CaseRow]:
    """The customer's cases, newest first (the customer screen)."""
    return _case_rows(session, ReturnCase.customer_id == customer_id, limit=limit)


def customer_refunds(session: Session, customer_id: int, limit: int = 100) -> list[RefundRow]:
    """Refunds on the customer's orders, newest first (with or without a case)."""
    return _refund_rows(session, Order.customer_id == customer_id, limit=limit)


# -- receiving --------------------------------------------------------------------------------


def _post_return(
    uow: UnitOfWork,
    case: ReturnCase,
    product_id: int,
    warehouse: Warehouse,
    qty: int,
    resellable: bool,
) -> None:
    """Resellable: back on hand; damaged: into quarantine. With the inventory's own audit
    entry (the balance before and after), as for the returns it books itself."""
    kind = MovementKind.RETURN_RESTOCK if resellable else MovementKind.RETURN_QUARANTINE

    def post() -> None:
        stock.post(
            uow, product_id=product_id, warehouse_id=warehouse.id, kind=kind,
            on_hand=qty if resellable else 0, quarantined=0 if resellable else qty,
            reference=stock.Reference("case", case.id), note=case.case_no,
        )  # fmt: skip

    _posting(
        uow, f"stock.{kind.value}", "warehouse", warehouse.code, [(product_id, warehouse.id)],
        post, case_no=case.case_no,
    )  # fmt: skip


def _receive(uow: UnitOfWork, case: ReturnCase, receipts: Sequence[ReceiptLine]) -> None:
    """Record received pieces, move the stock (restock or quarantine) and the case."""
    session = uow.session
    if not receipts:
        raise ValidationError("Scan or enter at least one received item", field="lines")
    lines = {
        line.id: line
        for line in session.scalars(
            select(ReturnLine).where(ReturnLine.case_id == case.id).with_for_update()
        )
    }
    wanted: list[tuple[ReturnLine, int, Disposition, Warehouse]] = []
    for receipt in receipts:
        if not isinstance(receipt, ReceiptLine):
            raise ValidationError("Expected received lines", field="lines")
        line = lines.get(receipt.line_id) if isinstance(receipt.line_id, int) else None
        if line is None:
            raise ValidationError(
                "Line {line_id} is not part of case {case_no}", field="lines",
                line_id=receipt.line_id, case_no=case.case_no,
            )  # fmt: skip
        warehouse = session.get(Warehouse, _id(receipt.warehouse_id, "warehouse"))
        if warehouse is None or not warehouse.is_active:
            raise ValidationError(
                "No active warehouse with id {warehouse_id}", field="warehouse",
                warehouse_id=receipt.warehouse_id,
            )  # fmt: skip
        try:
            disposition = Disposition(receipt.disposition)
        except ValueError as exc:
            raise ValidationError(
                "Choose resellable or damaged for every item", field="disposition"
            ) from exc
        wanted.append((line, _qty(receipt.qty), disposition, warehouse))
    _move_case(uow, case, CaseAction.RECEIVE)
    order_lines = {
        ol.id: ol
        for ol in session.execute(
            select(OrderLine.id, OrderLine.product_id, OrderLine.sku).where(
                OrderLine.id.in_({line.order_line_id for line, *_r in wanted})
            )
        )
    }
    for line, qty, disposition, warehouse in wanted:
        ol = order_lines[line.order_line_id]
        if line.received_qty + qty > line.qty:
            raise ValidationError(
                "{sku}: {received} of {qty} already received; {more} more is too many",
                field="qty", sku=ol.sku, received=line.received_qty, qty=line.qty, more=qty,
            )  # fmt: skip
        if ol.product_id is None:
            raise ValidationError(
                "{sku} is not in the catalogue; it cannot go back to stock", field="sku",
                sku=ol.sku,
            )  # fmt: skip
        same = line.disposition in (None, disposition) and line.warehouse_id in (
            None, warehouse.id,
        )  # fmt: skip
        if line.received_qty == 0 or same:
            line.received_qty += qty
            line.disposition, line.warehouse_id = disposition, warehouse.id
        else:  # another disposition or warehouse: those pieces become a line of their own
            line.qty -= qty
            session.add(
                ReturnLine(case_id=case.id, order_line_id=line.order_line_id, qty=qty,
                           received_qty=qty, disposition=disposition, warehouse_id=warehouse.id)
            )  # fmt: skip
        resellable = disposition == Disposition.RESELLABLE
        _post_return(uow, case, ol.product_id, warehouse, qty, resellable)
        uow.audit(
            "case.receive_item", "return_case", case.id,
            {"sku": [None, ol.sku], "qty": [None, qty], "disposition": [None, disposition.value],
             "warehouse": [None, warehouse.code]},
        )  # fmt: skip
        action = "case_restock" if resellable else "case_quarantine"
        _order_events(uow, case, action, f"{ol.sku}×{qty} {warehouse.code}")
    session.flush()


# -- the service -------------------------------------------------------------------------------


class AftersalesService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.orders = OrderService(db)  # replacement orders go through its own creation

    # reading ---------------------------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def get_case(self, actor: Actor, case_id: int) -> CaseDetail:
        def work(uow: UnitOfWork) -> CaseDetail:
            return _detail(uow.session, _id(case_id, "after-sales case"), actor)

        return read(self.db, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def case_queue(
        self, actor: Actor, open_only: bool = True, kind: CaseKind | None = None, limit: int = 200
    ) -> list[CaseRow]:
        """Cases newest first: the open ones (not closed or rejected), or all."""
        conditions: list[ColumnElement[bool]] = []
        if open_only:
            conditions.append(ReturnCase.status.not_in(FINISHED))
        if kind is not None:
            conditions.append(ReturnCase.kind == CaseKind(kind))
        limit = max(1, min(int(limit), 2000))
        condition = and_(true(), *conditions)
        return read(self.db, lambda uow: _case_rows(uow.session, condition, limit=limit))

    @requires(Permission.VIEW_CUSTOMERS)
    def refund_queue(self, actor: Actor, limit: int = 500) -> list[RefundRow]:
        """Refunds waiting for a decision, newest first (with or without a case)."""
        limit = max(1, min(int(limit), 5000))
        return read(
            self.db,
            lambda uow: _refund_rows(
                uow.session, Refund.status == RefundStatus.REQUESTED, limit=limit
            ),
        )

    @requires(Permission.VIEW_CUSTOMERS)
    def case_candidates(self, actor: Actor, customer_id: int, kind: CaseKind) -> list[EligibleLine]:
        """The lines of the customer's latest orders with the most a new case of `kind` may
        claim on each (0: nothing left; lines that never qualify are left out)."""
        kind = CaseKind(kind)

        def work(uow: UnitOfWork) -> list[EligibleLine]:
            session = uow.session
            if session.get(Customer, _id(customer_id, "customer")) is None:
                raise NotFound("No customer with id {customer_id}", customer_id=customer_id)
            orders = session.execute(
                select(Order.id, Order.order_no, Order.status, Order.ordered_at,
                       Order.paid_amount, Order.currency)
                .where(Order.customer_id == customer_id)
                .order_by(Order.ordered_at.desc(), Order.id.desc())
                .limit(CANDIDATE_ORDERS)
            ).all()  # fmt: skip
            by_id = {o.id: o for o in orders}
            lines = session.execute(
                select(OrderLine)
                .where(OrderLine.order_id.in_(list(by_id) or [0]))
                .order_by(OrderLine.order_id, OrderLine.line_no)
            ).scalars().all()  # fmt: skip
            claimed = _claimed(session, [ln.id for ln in lines], lock=False)
            result = []
            for o in orders:
                for ln in (x for x in lines if x.order_id == o.id):
                    base = _reachable(kind, OrderStatus(o.status), o.paid_amount, ln.qty)
                    if base == 0:
                        continue
                    taken = claimed.get(ln.id, 0)
                    result.append(
                        EligibleLine(
                            o.id, o.order_no, OrderStatus(o.status), o.ordered_at, ln.id,
                            ln.line_no, ln.sku, ln.name, ln.qty, taken, max(0, base - taken),
                            _unit_value(ln.unit_price, ln.qty, ln.discount), o.currency,
                        )
                    )  # fmt: skip
            return result

        return read(self.db, work)

    @requires(Permission.RECEIVE_RETURNS)
    def receipt_case(self, actor: Actor, case_no: str) -> CaseDetail:
        """The case a returned parcel belongs to, by its scanned or typed number (for the
        warehouse: names masked, no tickets)."""
        number = _text(case_no, "case_no", 32, required=True).upper()

        def work(uow: UnitOfWork) -> CaseDetail:
            found = uow.session.scalar(select(ReturnCase.id).where(ReturnCase.case_no == number))
            if found is None:
                raise NotFound("No after-sales case {case_no}", case_no=number)
            return _detail(uow.session, found, actor, full_names=False)

        return read(self.db, work)

    @requires(Permission.RECEIVE_RETURNS)
    def awaiting_receipt(self, actor: Actor, limit: int = 200) -> list[CaseRow]:
        """Returns and exchanges whose goods may arrive (approved, awaiting, partly received)."""
        condition = ReturnCase.kind.in_(_GOODS_BACK) & ReturnCase.status.in_(
            (S.APPROVED, S.AWAITING_RETURN, S.RECEIVED)
        )
        limit = max(1, min(int(limit), 2000))
        return read(
            self.db, lambda uow: _case_rows(uow.session, condition, full_names=False, limit=limit)
        )

    # creating ----------------------------------------------------------------------------------

    @requires(Permission.MANAGE_CASES)
    def create_case(
        self,
        actor: Actor,
        customer_id: int,
        kind: CaseKind,
        reason_code: str,
        lines: Sequence[tuple[int, int]],
        note: str = "",
        *,
        ticket_id: int | None = None,
    ) -> CaseDetail:
        """Open a case for `lines` ((order line id, pieces)) of one or several orders of the
        customer; each within what reached the customer minus other cases (module doc)."""
        kind = CaseKind(kind)
        if reason_code not in REASON_CODES:
            raise ValidationError(
                "Choose a reason from the list ({reason})", field="reason", reason=reason_code
            )
        note = _text(note, "note", MAX_NOTE)
        if isinstance(lines, (str, bytes)) or not isinstance(lines, Sequence) or not lines:
            raise ValidationError("Choose at least one order line", field="lines")
        wanted: dict[int, int] = {}
        for item in lines:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise ValidationError("Choose at least one order line", field="lines")
            line_id, qty = item
            line_id = _id(line_id, "order line")
            if line_id in wanted:
                raise ValidationError(
                    "Order line {line_id} is listed twice", field="lines", line_id=line_id
                )
            wanted[line_id] = _qty(qty)

        def work(uow: UnitOfWork) -> CaseDetail:
            session = uow.session
            customer = session.get(Customer, _id(customer_id, "customer"))
            if customer is None:
                raise NotFound("No customer with id {customer_id}", customer_id=customer_id)
            # Lock the order lines (in id order): two agents claiming the same pieces at once
            # queue here, and the second counts the first's case.
            found = {
                ln.id: ln
                for ln in session.execute(
                    select(OrderLine.id, OrderLine.order_id, OrderLine.sku, OrderLine.qty)
                    .where(OrderLine.id.in_(sorted(wanted)))
                    .order_by(OrderLine.id)
                    .with_for_update()
                )
            }  # fmt: skip
            missing = [i for i in wanted if i not in found]
            if missing:
                raise NotFound("No order line with id {line_id}", line_id=missing[0])
            orders = {
                o.id: o
                for o in session.execute(
                    select(Order.id, Order.order_no, Order.status, Order.customer_id,
                           Order.paid_amount).where(
                        Order.id.in_({ln.order_id for ln in found.values()}))
                )
            }  # fmt: skip
            claimed = _claimed(session, wanted, lock=True)
            for line_id, qty in wanted.items():
                ln = found[line_id]
                order = orders[ln.order_id]
                if order.customer_id != customer.id:
                    raise ValidationError(
                        "Order {order_no} belongs to another customer", field="lines",
                        order_no=order.order_no,
                    )  # fmt: skip
                base = _reachable(kind, OrderStatus(order.status), order.paid_amount, ln.qty)
                limit = max(0, base - claimed.get(line_id, 0))
                if qty > limit:
                    raise ValidationError(
                        "{sku} on order {order_no}: at most {limit} piece(s) can go on this "
                        "case ({reached} reached the customer, {claimed} on other cases)",
                        field="qty", sku=ln.sku, order_no=order.order_no, limit=limit,
                        reached=base, claimed=claimed.get(line_id, 0),
                    )  # fmt: skip
            now = utcnow()
            case = ReturnCase(
                case_no=daily_number(session, CASE_PREFIX, now), kind=kind,
                status=CaseStatus.REQUESTED, customer_id=customer.id, reason_code=reason_code,
                note=note, created_by=actor.user_id, created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add_all(
                ReturnLine(case_id=case.id, order_line_id=line_id, qty=qty)
                for line_id, qty in wanted.items()
            )
            session.flush()
            uow.audit(
                "case.create", "return_case", case.id,
                {"case_no": [None, case.case_no], "kind": [None, kind.value],
                 "customer_id": [None, customer.id], "reason_code": [None, reason_code],
                 "lines": [None, [[found[i].sku, q] for i, q in wanted.items()]],
                 "status": [None, CaseStatus.REQUESTED.value]},
            )  # fmt: skip
            _order_events(uow, case, "case_open")
            if ticket_id is not None:
                self._link_ticket(uow, case, ticket_id)
            return _detail(session, case.id, actor)

        return transaction(self.db, actor, work)

    @staticmethod
    def _link_ticket(uow: UnitOfWork, case: ReturnCase, ticket_id: object) -> None:
        ticket = uow.session.get(Ticket, _id(ticket_id, "ticket"), with_for_update=True)
        if ticket is None:
            raise NotFound("No ticket with id {ticket_id}", ticket_id=ticket_id)
        if ticket.customer_id not in (None, case.customer_id):
            raise ValidationError(
                "Ticket {ticket_no} belongs to another customer", field="ticket",
                ticket_no=ticket.ticket_no,
            )  # fmt: skip
        uow.audit("ticket.link_case", "ticket", ticket.id, {"case_id": [ticket.case_id, case.id]})
        ticket.case_id = case.id

    # moving ------------------------------------------------------------------------------------

    def _act(self, actor: Actor, case_id: int, action: CaseAction, note: str = "") -> CaseDetail:
        def work(uow: UnitOfWork) -> CaseDetail:
            case = _lock_case(uow, case_id)
            _move_case(uow, case, action, note=note)
            return _detail(uow.session, case.id, actor)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CASES)
    def approve_case(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        return self._act(actor, case_id, CaseAction.APPROVE, _text(note, "note", 500))

    @requires(Permission.MANAGE_CASES)
    def reject_case(self, actor: Actor, case_id: int, reason: str) -> CaseDetail:
        """Refuse the case (a reason is required). Its waiting refund requests are rejected
        with it; a case with an approved refund cannot be rejected."""
        note = _text(reason, "reason", 500, required=True)

        def work(uow: UnitOfWork) -> CaseDetail:
            session = uow.session
            case = _lock_case(uow, case_id)
            refunds = session.scalars(
                select(Refund).where(Refund.case_id == case.id).with_for_update()
            ).all()
            paid_out = sum(
                (r.amount for r in refunds if r.status == RefundStatus.APPROVED), Decimal(0)
            )
            if paid_out:
                raise ConflictError(
                    "Case {case_no} has approved refunds of {amount}; it cannot be rejected",
                    case_no=case.case_no, amount=str(paid_out),
                )  # fmt: skip
            _move_case(uow, case, CaseAction.REJECT, note=note)
            for refund in refunds:
                if refund.status == RefundStatus.REQUESTED:
                    self._decide(uow, refund, RefundStatus.REJECTED, f"case rejected: {note}")
            return _detail(session, case.id, actor)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CASES)
    def mark_awaiting_return(self, actor: Actor, case_id: int) -> CaseDetail:
        return self._act(actor, case_id, CaseAction.AWAIT_RETURN)

    @requires(Permission.RECEIVE_RETURNS)
    def receive(self, actor: Actor, case_id: int, receipts: Sequence[ReceiptLine]) -> CaseDetail:
        """Record received pieces per line with their disposition and warehouse: resellable
        back on hand, damaged into quarantine; case, stock, audit and history in one unit."""
        receipts = list(receipts) if isinstance(receipts, Sequence) else []

        def work(uow: UnitOfWork) -> CaseDetail:
            case = _lock_case(uow, case_id)
            _receive(uow, case, receipts)
            return _detail(uow.session, case.id, actor, full_names=False)

        return transaction(self.db, actor, work)

    @requires(Permission.RECEIVE_RETURNS)
    def receive_scan(
        self,
        actor: Actor,
        case_id: int,
        barcode: str,
        disposition: Disposition,
        warehouse_id: int,
    ) -> ScanResult:
        """One scanned piece (product barcode or SKU): the first line of that product with
        pieces still to come is received by one, at once."""
        code = _text(barcode, "barcode", 64, required=True)
        disposition = Disposition(disposition)

        def work(uow: UnitOfWork) -> ScanResult:
            session = uow.session
            case = _lock_case(uow, case_id)
            lines = _line_rows(session, case.id)
            matching = [ln for ln in lines if code == ln.barcode or code.upper() == ln.sku.upper()]
            if not matching:
                raise NotFound(
                    "{barcode} is not an item of case {case_no}", barcode=code,
                    case_no=case.case_no,
                )  # fmt: skip
            open_lines = [ln for ln in matching if ln.remaining > 0]
            if not open_lines:
                first = matching[0]
                raise ConflictError(
                    "All {qty} of {sku} on case {case_no} are already received",
                    qty=sum(ln.qty for ln in matching), sku=first.sku, case_no=case.case_no,
                )  # fmt: skip
            # Prefer a line already holding this disposition and warehouse: no split needed.
            line = next(
                (ln for ln in open_lines
                 if ln.disposition == disposition and ln.warehouse_id == warehouse_id),
                next((ln for ln in open_lines if ln.received_qty == 0), open_lines[0]),
            )  # fmt: skip
            _receive(uow, case, [ReceiptLine(line.id, 1, disposition, warehouse_id)])
            detail = _detail(session, case.id, actor, full_names=False)
            return ScanResult(line.id, line.sku, line.name, disposition, detail)

        return transaction(self.db, actor, work)

    @requires(Permission.RECEIVE_RETURNS)
    def inspect(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        """The receipt is complete and every piece has its disposition."""
        note = _text(note, "note", 500)

        def work(uow: UnitOfWork) -> CaseDetail:
            case = _lock_case(uow, case_id)
            received, expected = uow.session.execute(
                select(func.sum(ReturnLine.received_qty), func.sum(ReturnLine.qty)).where(
                    ReturnLine.case_id == case.id
                )
            ).one()
            _move_case(
                uow, case, CaseAction.INSPECT, note=note,
                changes={"received": [None, f"{received or 0}/{expected or 0}"]},
            )  # fmt: skip
            return _detail(uow.session, case.id, actor, full_names=False)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CASES)
    def mark_refunded(self, actor: Actor, case_id: int) -> CaseDetail:
        """For a refund approved before the case could move (e.g. before inspection)."""

        def work(uow: UnitOfWork) -> CaseDetail:
            case = _lock_case(uow, case_id)
            approved = uow.session.scalar(
                select(func.count(Refund.id)).where(
                    Refund.case_id == case.id, Refund.status == RefundStatus.APPROVED
                )
            )
            if not approved:
                raise ConflictError(
                    "Case {case_no} has no approved refund yet", case_no=case.case_no
                )
            _move_case(uow, case, CaseAction.REFUND)
            return _detail(uow.session, case.id, actor)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CASES)
    def resend(
        self, actor: Actor, case_id: int, replacements: Sequence[tuple[str, int]] = ()
    ) -> CaseDetail:
        """Make the replacement order (module doc): a resend sends the case's own items; an
        exchange sends `replacements` ((SKU, pieces)), at most as many as came back."""

        def work(uow: UnitOfWork) -> CaseDetail:
            session = uow.session
            case = _lock_case(uow, case_id)
            if case_transition(CaseAction.RESEND, case.kind, case.status) is None:
                raise _refusal(case, CaseAction.RESEND)
            lines = _line_rows(session, case.id)
            if case.kind == CaseKind.RESEND:
                if replacements:
                    raise ValidationError(
                        "A resend sends the case's own items; use an exchange for others",
                        field="replacements",
                    )
                units: dict[str, int] = defaultdict(int)
                for ln in lines:
                    units[ln.sku] += ln.qty
                draft_lines = [DraftLine(sku, qty, Decimal(0)) for sku, qty in units.items()]
            else:
                draft_lines = self._exchange_lines(case, lines, replacements)
            source = session.execute(
                select(Order)
                .where(Order.id.in_({ln.order_id for ln in lines}))
                .order_by(Order.ordered_at.desc(), Order.id.desc())
                .limit(1)
            ).scalar_one()
            draft = OrderDraft(
                recipient_name=source.recipient_name, recipient_phone=source.recipient_phone,
                province=source.province, city=source.city, district=source.district,
                address=source.address, postcode=source.postcode, lines=tuple(draft_lines),
                seller_note=case.case_no,  # the history and origin say the rest
                paid_amount=Decimal(0), payment_method="none", currency=source.currency,
            )  # fmt: skip
            ref = self.orders._create(
                uow, draft, f"{case.case_no}:{case.kind.value}", origin=case.kind.value,
                parent_order_id=source.id, customer_id=case.customer_id,
            )  # fmt: skip
            _event(uow, ref.id, "case_replacement", None, ref.status, case.case_no)
            case.replacement_order_id = ref.id
            _move_case(
                uow, case, CaseAction.RESEND, note=ref.order_no,
                changes={"replacement_order_id": [None, ref.id]},
            )  # fmt: skip
            return _detail(session, case.id, actor)

        return transaction(self.db, actor, work)

    @staticmethod
    def _exchange_lines(
        case: ReturnCase, lines: Sequence[CaseLineRow], replacements: Sequence[tuple[str, int]]
    ) -> list[DraftLine]:
        if isinstance(replacements, (str, bytes)) or not replacements:
            raise ValidationError(
                "Choose the SKUs the customer gets in exchange", field="replacements"
            )
        units: dict[str, int] = defaultdict(int)
        for item in replacements:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise ValidationError(
                    "Choose the SKUs the customer gets in exchange", field="replacements"
                )
            sku = _text(item[0], "sku", 64, required=True)
            units[sku] += _qty(item[1])
        back = sum(ln.received_qty for ln in lines)
        if sum(units.values()) > back:
            raise ValidationError(
                "Case {case_no}: {back} piece(s) came back; the exchange can send at most that "
                "many, not {wanted}",
                field="replacements", case_no=case.case_no, back=back,
                wanted=sum(units.values()),
            )  # fmt: skip
        return [DraftLine(sku, qty, Decimal(0)) for sku, qty in units.items()]

    @requires(Permission.MANAGE_CASES)
    def close_case(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        return self._act(actor, case_id, CaseAction.CLOSE, _text(note, "note", 500))

    @requires(Permission.MANAGE_CASES)
    def link_ticket(self, actor: Actor, case_id: int, ticket_id: int) -> CaseDetail:
        """Link one of the customer's tickets to the case."""

        def work(uow: UnitOfWork) -> CaseDetail:
            case = _lock_case(uow, case_id)
            self._link_ticket(uow, case, ticket_id)
            return _detail(uow.session, case.id, actor)

        return transaction(self.db, actor, work)

    # refunds -----------------------------------------------------------------------------------

    @requires(Permission.REQUEST_REFUND)
    def request_refund(
        self, actor: Actor, case_id: int, ask: RefundAsk, confirm: bool = False
    ) -> CaseDetail:
        """Ask for a refund on the case: per line (up to its paid value), per order's shipping
        (up to the fee), or a free amount (refund-only, with a reason). One refund request per
        payment it is paid from. Refused above what remains refundable; needs `confirm` when
        it and the requests already waiting would together exceed it."""
        if not isinstance(ask, RefundAsk):
            raise ValidationError("Enter an amount to refund", field="amount")
        reason = _text(ask.reason, "reason", 500)
        line_amounts = {k: _amount(v, "amount") for k, v in dict(ask.line_amounts).items()}
        shipping = {k: _amount(v, "shipping") for k, v in dict(ask.shipping).items()}
        free = {k: _amount(v, "amount") for k, v in dict(ask.free_amounts).items()}
        if any(free.values()) and not reason:
            raise ValidationError("Give the reason for the amount refunded", field="reason")

        def work(uow: UnitOfWork) -> CaseDetail:
            session = uow.session
            case = _lock_case(uow, case_id)
            if case.status in FINISHED:
                raise ConflictError(
                    "Case {case_no} is {status}; it takes no more refunds",
                    case_no=case.case_no, status=case.status.value,
                )  # fmt: skip
            lines = {ln.id: ln for ln in _line_rows(session, case.id)}
            order_ids = sorted({ln.order_id for ln in lines.values()})
            figures, payments = _orders_refundable(session, order_ids)
            per_order: dict[int, Decimal] = defaultdict(Decimal)
            for line_id, amount in line_amounts.items():
                line = lines.get(line_id)
                if line is None:
                    raise ValidationError(
                        "Line {line_id} is not part of case {case_no}", field="lines",
                        line_id=line_id, case_no=case.case_no,
                    )  # fmt: skip
                if amount > line.max_refund:
                    raise ValidationError(
                        "{sku}: at most {max} can be refunded for {qty} piece(s)",
                        field="amount", sku=line.sku, max=str(line.max_refund), qty=line.qty,
                    )  # fmt: skip
                per_order[line.order_id] += amount
            for order_id, amount in shipping.items():
                figure = figures.get(order_id)
                if figure is None:
                    raise ValidationError(
                        "Order {order_id} is not part of case {case_no}", field="shipping",
                        order_id=order_id, case_no=case.case_no,
                    )  # fmt: skip
                if amount > figure.shipping_fee:
                    raise ValidationError(
                        "Shipping of order {order_no}: at most {max}", field="shipping",
                        order_no=figure.order_no, max=str(figure.shipping_fee),
                    )  # fmt: skip
                per_order[order_id] += amount
            for order_id, amount in free.items():
                if not amount:
                    continue
                if case.kind != CaseKind.REFUND_ONLY:
                    raise ValidationError(
                        "A free amount is for refund-only cases; refund the lines instead",
                        field="amount",
                    )
                if order_id not in figures:
                    raise ValidationError(
                        "Order {order_id} is not part of case {case_no}", field="amount",
                        order_id=order_id, case_no=case.case_no,
                    )  # fmt: skip
                per_order[order_id] += amount
            if not any(per_order.values()):
                raise ValidationError("Enter an amount to refund", field="amount")
            made: list[Refund] = []
            for order_id, amount in sorted(per_order.items()):
                if amount:
                    made += self._split_refund(
                        uow, case, figures[order_id], payments[order_id], amount, reason, confirm
                    )
            session.flush()
            total = sum((r.amount for r in made), Decimal(0))
            uow.audit(
                "refund.request", "return_case", case.id,
                {"refund_ids": [None, [r.id for r in made]], "amount": [None, str(total)],
                 "reason": [None, reason]},
            )  # fmt: skip
            _order_events(uow, case, "refund_request", str(total))
            return _detail(session, case.id, actor)

        return transaction(self.db, actor, work)

    @staticmethod
    def _split_refund(
        uow: UnitOfWork,
        case: ReturnCase,
        figure: OrderRefundable,
        payments: Sequence[Any],
        amount: Decimal,
        reason: str,
        confirm: bool,
    ) -> list[Refund]:
        """Refund requests for `amount` over the order's payments, newest first: first what
        no waiting request claims, then (confirmed) the rest of what is not refunded."""
        if amount > figure.remaining:
            raise ValidationError(
                "A refund of {amount} is more than what remains refundable on order "
                "{order_no}: paid {paid}, already refunded {refunded}, remaining {remaining}",
                field="amount", amount=str(amount), order_no=figure.order_no,
                paid=str(figure.paid), refunded=str(figure.refunded),
                remaining=str(figure.remaining),
            )  # fmt: skip
        if amount > figure.remaining - figure.pending and not confirm:
            raise ConfirmationRequired(
                "Refund requests of {pending} already wait on order {order_no}; with this "
                "{amount} they exceed the {remaining} left to refund, so not all of them can "
                "be approved. Request it anyway?",
                pending=str(figure.pending), order_no=figure.order_no, amount=str(amount),
                remaining=str(figure.remaining),
            )  # fmt: skip
        pending: dict[int, Decimal] = defaultdict(Decimal)
        for payment_id, waiting in uow.session.execute(
            select(Refund.payment_id, Refund.amount).where(
                Refund.payment_id.in_([p.id for p in payments] or [0]),
                Refund.status == RefundStatus.REQUESTED,
            )
        ):
            pending[payment_id] += waiting
        parts: dict[int, Decimal] = defaultdict(Decimal)
        left = amount
        for free_only in (True, False):
            for p in payments:
                room = p.amount - p.refunded_amount - parts[p.id]
                if free_only:
                    room -= pending[p.id]
                take = min(room, left)
                if take > 0:
                    parts[p.id] += take
                    left -= take
        if left > 0:  # two orders of the case share a payment and this one is used up
            raise ValidationError(
                "A refund of {amount} is more than what remains refundable on order "
                "{order_no}: paid {paid}, already refunded {refunded}, remaining {remaining}",
                field="amount", amount=str(amount), order_no=figure.order_no,
                paid=str(figure.paid), refunded=str(figure.refunded),
                remaining=str(amount - left),
            )  # fmt: skip
        assert uow.actor is not None
        made = [
            Refund(payment_id=payment_id, case_id=case.id, amount=part,
                   status=RefundStatus.REQUESTED, reason=reason,
                   requested_by=uow.actor.user_id, requested_at=utcnow())
            for payment_id, part in parts.items() if part > 0
        ]  # fmt: skip
        uow.session.add_all(made)
        return made

    @requires(Permission.APPROVE_REFUND)
    def approve_refund(self, actor: Actor, refund_id: int) -> RefundRow:
        """Approve a waiting refund: never your own request; above the threshold only a
        supervisor; never beyond what was paid (conditional UPDATE of the payment)."""

        def work(uow: UnitOfWork) -> RefundRow:
            session = uow.session
            case_id = session.scalar(
                select(Refund.case_id).where(Refund.id == _id(refund_id, "refund"))
            )
            # Lock order: case, refund, payment (as everywhere here): no deadlock cycles.
            case = _lock_case(uow, case_id) if case_id is not None else None
            refund = self._lock_refund(uow, refund_id)
            if refund.requested_by == actor.user_id:
                raise PermissionDenied(
                    "You requested refund {refund_id} yourself; someone else must approve it",
                    refund_id=refund.id,
                )
            threshold = _threshold(session)
            by_case, by_payment = _approved_totals(session, [refund])
            before = by_case[case_id] if case_id is not None else by_payment[refund.payment_id]
            if before + refund.amount > threshold and not actor.can(
                Permission.APPROVE_LARGE_REFUND
            ):
                raise PermissionDenied(
                    "Refunds above {threshold} need a supervisor's approval (this one brings "
                    "the total refunded to {total})",
                    threshold=str(threshold), total=str(before + refund.amount),
                )  # fmt: skip
            done = session.execute(
                update(Payment)
                .where(
                    Payment.id == refund.payment_id,
                    Payment.refunded_amount + refund.amount <= Payment.amount,
                )
                .values(refunded_amount=Payment.refunded_amount + refund.amount)
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:
                paid, refunded, order_no = session.execute(
                    select(Payment.amount, Payment.refunded_amount, Order.order_no)
                    .join(Order, Order.id == Payment.order_id)
                    .where(Payment.id == refund.payment_id)
                ).one()  # fmt: skip
                raise ConflictError(
                    "A refund of {amount} is more than what remains refundable on order "
                    "{order_no}: paid {paid}, already refunded {refunded}, remaining {remaining}",
                    amount=str(refund.amount), order_no=order_no, paid=str(paid),
                    refunded=str(refunded), remaining=str(paid - refunded),
                )  # fmt: skip
            self._decide(uow, refund, RefundStatus.APPROVED)
            if case is not None and case_transition(CaseAction.REFUND, case.kind, case.status):
                _move_case(uow, case, CaseAction.REFUND, automatic=True)
            return _refund_rows(session, Refund.id == refund.id)[0]

        return transaction(self.db, actor, work)

    @requires(Permission.APPROVE_REFUND)
    def reject_refund(self, actor: Actor, refund_id: int, reason: str) -> RefundRow:
        """Refuse a waiting refund (a reason is required); the requester may withdraw their
        own."""
        note = _text(reason, "reason", 500, required=True)

        def work(uow: UnitOfWork) -> RefundRow:
            session = uow.session
            case_id = session.scalar(
                select(Refund.case_id).where(Refund.id == _id(refund_id, "refund"))
            )
            if case_id is not None:
                _lock_case(uow, case_id)
            refund = self._lock_refund(uow, refund_id)
            self._decide(uow, refund, RefundStatus.REJECTED, note)
            return _refund_rows(session, Refund.id == refund.id)[0]

        return transaction(self.db, actor, work)

    @staticmethod
    def _lock_refund(uow: UnitOfWork, refund_id: int) -> Refund:
        refund = uow.session.get(Refund, refund_id, with_for_update=True)
        if refund is None:
            raise NotFound("No refund with id {refund_id}", refund_id=refund_id)
        if refund.status != RefundStatus.REQUESTED:
            who = _user_names(uow.session, [refund.approved_by or refund.requested_by])
            raise ConflictError(
                "Refund {refund_id} was already {status} by {user} at {time}",
                refund_id=refund.id, status=refund.status.value,
                user=next(iter(who.values()), "?"), time=refund.decided_at,
            )  # fmt: skip
        return refund

    @staticmethod
    def _decide(uow: UnitOfWork, refund: Refund, status: RefundStatus, note: str = "") -> None:
        """Record the decision (the database's four_eyes CHECK backs the approver rule)."""
        assert uow.actor is not None
        decider = uow.actor.user_id
        refund.status = status
        # An approval always names its approver, so four_eyes refuses the requester; the
        # requester withdrawing their own request is recorded without one.
        withdrawn = status == RefundStatus.REJECTED and decider == refund.requested_by
        refund.approved_by = None if withdrawn else decider
        refund.decided_at = utcnow()
        if note:
            refund.reason = (f"{refund.reason} | {note}" if refund.reason else note)[:2000]
        uow.session.flush()
        order_id, order_status = uow.session.execute(
            select(Order.id, Order.status)
            .join(Payment, Payment.order_id == Order.id)
            .where(Payment.id == refund.payment_id)
        ).one()  # fmt: skip
        verb = "approve" if status == RefundStatus.APPROVED else "reject"
        uow.audit(
            f"refund.{verb}", "refund", refund.id,
            {"status": ["requested", status.value], "amount": [str(refund.amount)] * 2,
             "payment_id": [refund.payment_id] * 2, **({"note": [None, note]} if note else {})},
        )  # fmt: skip
        _event(uow, order_id, f"refund_{verb}", OrderStatus(order_status),
               OrderStatus(order_status), str(refund.amount))  # fmt: skip
