"""After-sales reads: cases, their lines and refunds as plain rows, what a case may claim
and refund, and the input checks the package shares."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session

from app.aftersales.model import (
    CANDIDATE_ORDERS,
    CENT,
    FINISHED,
    GOODS_BACK,
    MAX_QTY,
    REACHED_CUSTOMER,
    THRESHOLD_SETTING,
    CaseAction,
    CaseDetail,
    CaseLineRow,
    CaseRow,
    EligibleLine,
    OrderRefundable,
    RefundRow,
    allowed_actions,
)
from app.errors import (
    NotFound,
    ValidationError,
)
from app.permissions import Actor, Permission
from app.pii import mask_name
from app.service_desk import case_tickets
from app.settings import read_setting
from app.uow import UnitOfWork
from app.validation import text
from models import (
    CaseKind,
    CaseStatus,
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    Product,
    Refund,
    RefundStatus,
    ReturnCase,
    ReturnLine,
    User,
    Warehouse,
)


def check_qty(value: object, field_name: str = "qty") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_QTY:
        raise ValidationError(
            "{field}: a whole number from 1 to {limit}", field=field_name, limit=MAX_QTY
        )
    return value


def check_id(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFound("No {what} with id {id}", what=what, id=value)
    return value


def unit_value(unit_price: Decimal, ordered_qty: int, discount: Decimal) -> Decimal:
    return ((unit_price * ordered_qty - discount) / ordered_qty).quantize(CENT, ROUND_DOWN)


def line_value(unit_price: Decimal, ordered_qty: int, discount: Decimal, qty: int) -> Decimal:
    return ((unit_price * ordered_qty - discount) * qty / ordered_qty).quantize(CENT, ROUND_DOWN)


def reachable(kind: CaseKind, status: OrderStatus, paid: Decimal, ordered_qty: int) -> int:
    """How many pieces of an order line a case of `kind` may cover at most (module doc)."""
    if status in REACHED_CUSTOMER:
        return ordered_qty
    if kind == CaseKind.REFUND_ONLY and paid > 0 and status not in (
        OrderStatus.CANCELLED, OrderStatus.PENDING_PAYMENT,
    ):  # fmt: skip
        return ordered_qty
    return 0


def claimed_pieces(
    session: Session, order_line_ids: Iterable[int], *, lock: bool
) -> dict[int, int]:
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


def case_order_ids(session: Session, case_id: int) -> list[int]:
    return sorted(
        session.scalars(
            select(OrderLine.order_id)
            .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
            .where(ReturnLine.case_id == case_id)
            .distinct()
        )
    )


def orders_refundable(
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
        # Only money received: a failed, pending or carrier-held payment is not refunded.
        .where(Payment.order_id.in_(wanted), Payment.status == "paid")
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


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        uid: display or username
        for uid, display, username in session.execute(
            select(User.id, User.display_name, User.username).where(User.id.in_(wanted))
        )
    }


def refund_threshold(session: Session) -> Decimal:
    return Decimal(int(read_setting(session, THRESHOLD_SETTING)))


def case_rows(
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
    money: dict[tuple[int | None, RefundStatus], Decimal] = defaultdict(Decimal)
    for refund_case_id, status, amount in session.execute(
        select(Refund.case_id, Refund.status, func.sum(Refund.amount))
        .where(Refund.case_id.in_(ids))
        .group_by(Refund.case_id, Refund.status)
    ):
        money[(refund_case_id, RefundStatus(status))] += Decimal(amount)
    names = user_names(session, (c.created_by for c, _n, _o in cases))
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


def line_rows(session: Session, case_id: int) -> list[CaseLineRow]:
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
            rl.warehouse_id, code or "", unit_value(ol.unit_price, ol.qty, ol.discount),
            line_value(ol.unit_price, ol.qty, ol.discount, rl.qty),
        )
        for rl, ol, order_no, status, barcode, code in rows
    ]  # fmt: skip


def refund_rows(
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
    threshold = refund_threshold(session)
    refunds = [r for r, *_rest in rows]
    by_case, by_payment = approved_totals(session, refunds)
    names = user_names(session, [u for r in refunds for u in (r.requested_by, r.approved_by)])
    result = []
    by_order = approved_by_order(session, [order_id for _r, order_id, *_rest in rows])
    for r, order_id, currency, order_no, customer_id, customer_name, case_no in rows:
        before = by_case[r.case_id] if r.case_id is not None else by_payment[r.payment_id]
        before = max(before, by_order[order_id])
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


def approved_totals(
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


def approved_by_order(session: Session, order_ids: Iterable[int]) -> dict[int, Decimal]:
    """What has been refunded on each order so far, over all its payments and cases: the
    supervisor threshold applies to this total, not to one case (issue 18)."""
    ids = sorted(set(order_ids))
    totals: dict[int, Decimal] = defaultdict(Decimal)
    if not ids:
        return totals
    for order_id, refunded in session.execute(
        select(Payment.order_id, Payment.refunded_amount).where(Payment.order_id.in_(ids))
    ):
        totals[order_id] += refunded
    return totals


def case_detail(
    session: Session, case_id: int, actor: Actor, *, full_names: bool = True
) -> CaseDetail:
    session.flush()
    rows = case_rows(session, ReturnCase.id == case_id, full_names=full_names, limit=1)
    if not rows:
        raise NotFound("No after-sales case with id {case_id}", case_id=case_id)
    case = rows[0]
    lines = line_rows(session, case_id)
    refunds = refund_rows(session, Refund.case_id == case_id)
    order_ids = sorted({line.order_id for line in lines})
    figures, _payments = orders_refundable(session, order_ids)
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
    return case_rows(session, ReturnCase.customer_id == customer_id, limit=limit)


def customer_refunds(session: Session, customer_id: int, limit: int = 100) -> list[RefundRow]:
    """Refunds on the customer's orders, newest first (with or without a case)."""
    return refund_rows(session, Order.customer_id == customer_id, limit=limit)


def get_case(uow: UnitOfWork, actor: Actor, case_id: int) -> CaseDetail:
    return case_detail(uow.session, check_id(case_id, "after-sales case"), actor)


def case_queue(
    uow: UnitOfWork, open_only: bool = True, kind: CaseKind | None = None, limit: int = 200
) -> list[CaseRow]:
    """Cases newest first: the open ones (not closed or rejected), or all."""
    conditions: list[ColumnElement[bool]] = []
    if open_only:
        conditions.append(ReturnCase.status.not_in(FINISHED))
    if kind is not None:
        conditions.append(ReturnCase.kind == CaseKind(kind))
    limit = max(1, min(int(limit), 2000))
    return case_rows(uow.session, and_(true(), *conditions), limit=limit)


def refund_queue(uow: UnitOfWork, limit: int = 500) -> list[RefundRow]:
    """Refunds waiting for a decision, newest first (with or without a case)."""
    limit = max(1, min(int(limit), 5000))
    return refund_rows(uow.session, Refund.status == RefundStatus.REQUESTED, limit=limit)


def case_candidates(uow: UnitOfWork, customer_id: int, kind: CaseKind) -> list[EligibleLine]:
    """The lines of the customer's latest orders with the most a new case of `kind` may
    claim on each (0: nothing left; lines that never qualify are left out)."""
    kind = CaseKind(kind)

    session = uow.session
    if session.get(Customer, check_id(customer_id, "customer")) is None:
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
    claimed = claimed_pieces(session, [ln.id for ln in lines], lock=False)
    result = []
    for o in orders:
        for ln in (x for x in lines if x.order_id == o.id):
            base = reachable(kind, OrderStatus(o.status), o.paid_amount, ln.qty)
            if base == 0:
                continue
            taken = claimed.get(ln.id, 0)
            result.append(
                EligibleLine(
                    o.id, o.order_no, OrderStatus(o.status), o.ordered_at, ln.id,
                    ln.line_no, ln.sku, ln.name, ln.qty, taken, max(0, base - taken),
                    unit_value(ln.unit_price, ln.qty, ln.discount), o.currency,
                )
            )  # fmt: skip
    return result


def receipt_case(uow: UnitOfWork, actor: Actor, case_no: str) -> CaseDetail:
    """The case a returned parcel belongs to, by its scanned or typed number (for the
    warehouse: names masked, no tickets)."""
    number = text(case_no, "case_no", 32, required=True).upper()
    found = uow.session.scalar(select(ReturnCase.id).where(ReturnCase.case_no == number))
    if found is None:
        raise NotFound("No after-sales case {case_no}", case_no=number)
    return case_detail(uow.session, found, actor, full_names=False)


def awaiting_receipt(uow: UnitOfWork, limit: int = 200) -> list[CaseRow]:
    """Returns and exchanges whose goods may arrive (approved, awaiting, partly received)."""
    condition = ReturnCase.kind.in_(GOODS_BACK) & ReturnCase.status.in_(
        (CaseStatus.APPROVED, CaseStatus.AWAITING_RETURN, CaseStatus.RECEIVED)
    )
    limit = max(1, min(int(limit), 2000))
    return case_rows(uow.session, condition, full_names=False, limit=limit)
