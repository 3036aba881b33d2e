"""Refunds: requested against the payments of a case's orders, approved by someone else
(above the threshold only by a supervisor), never beyond what was paid."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from app.aftersales.model import (
    FINISHED,
    CaseAction,
    CaseDetail,
    OrderRefundable,
    RefundAsk,
    RefundRow,
    case_transition,
)
from app.aftersales.moves import acting, lock_case, move_case, order_events
from app.aftersales.queries import (
    approved_totals,
    case_detail,
    check_id,
    line_rows,
    orders_refundable,
    refund_rows,
    refund_threshold,
    user_names,
)
from app.db import rows_changed
from app.errors import (
    ConfirmationRequired,
    ConflictError,
    NotFound,
    PermissionDenied,
    StateConflict,
    ValidationError,
)
from app.orders import record_event
from app.permissions import Permission
from app.uow import UnitOfWork
from app.validation import money, text
from models import (
    CaseKind,
    Order,
    OrderStatus,
    Payment,
    Refund,
    RefundStatus,
    ReturnCase,
    utcnow,
)


def request_refund_in(
    uow: UnitOfWork, case_id: int, ask: RefundAsk, confirm: bool = False
) -> CaseDetail:
    """Ask for a refund on the case: per line (up to its paid value), per order's shipping
    (up to the fee), or a free amount (refund-only, with a reason). One refund request per
    payment it is paid from. Refused above what remains refundable; needs `confirm` when
    it and the requests already waiting would together exceed it."""
    actor = acting(uow)
    if not isinstance(ask, RefundAsk):
        raise ValidationError("Enter an amount to refund", field="amount")
    reason = text(ask.reason, "reason", 500)
    line_amounts = {k: money(v, "amount") for k, v in dict(ask.line_amounts).items()}
    shipping = {k: money(v, "shipping") for k, v in dict(ask.shipping).items()}
    free = {k: money(v, "amount") for k, v in dict(ask.free_amounts).items()}
    if any(free.values()) and not reason:
        raise ValidationError("Give the reason for the amount refunded", field="reason")

    session = uow.session
    case = lock_case(uow, case_id)
    if case.status in FINISHED:
        raise StateConflict(
            "Case {case_no} is {status}; it takes no more refunds",
            case_no=case.case_no, status=case.status,
        )  # fmt: skip
    lines = {ln.id: ln for ln in line_rows(session, case.id)}
    order_ids = sorted({ln.order_id for ln in lines.values()})
    figures, payments = orders_refundable(session, order_ids)
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
            made += _split_refund(
                uow, case, figures[order_id], payments[order_id], amount, reason, confirm
            )
    session.flush()
    total = sum((r.amount for r in made), Decimal(0))
    uow.audit(
        "refund.request", "return_case", case.id,
        {"refund_ids": [None, [r.id for r in made]], "amount": [None, str(total)],
         "reason": [None, reason]},
    )  # fmt: skip
    order_events(uow, case, "refund_request", str(total))
    return case_detail(session, case.id, actor)


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


def approve_refund_in(uow: UnitOfWork, refund_id: int) -> RefundRow:
    """Approve a waiting refund: never your own request; above the threshold only a
    supervisor; never beyond what was paid (conditional UPDATE of the payment)."""
    actor = acting(uow)

    session = uow.session
    case_id = session.scalar(
        select(Refund.case_id).where(Refund.id == check_id(refund_id, "refund"))
    )
    # Lock order: case, refund, payment (as everywhere here): no deadlock cycles.
    case = lock_case(uow, case_id) if case_id is not None else None
    refund = lock_refund(uow, refund_id)
    if refund.requested_by == actor.user_id:
        raise PermissionDenied(
            "You requested refund {refund_id} yourself; someone else must approve it",
            refund_id=refund.id,
        )
    threshold = refund_threshold(session)
    # The threshold is on what the order has had refunded in total, whatever the case: lock
    # the order's payments first, so two workstations approving two cases of one order
    # count each other's approval (the second waits for the first and reads its total).
    order_id = session.scalar(select(Payment.order_id).where(Payment.id == refund.payment_id))
    order_total = sum(
        session.scalars(
            select(Payment.refunded_amount)
            .where(Payment.order_id == order_id)
            .order_by(Payment.id)
            .with_for_update()
        ),
        Decimal(0),
    )
    by_case, by_payment = approved_totals(session, [refund])
    before = by_case[case_id] if case_id is not None else by_payment[refund.payment_id]
    before = max(before, order_total)
    if before + refund.amount > threshold and not actor.can(Permission.APPROVE_LARGE_REFUND):
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
    if rows_changed(done) != 1:
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
    decide_in(uow, refund, RefundStatus.APPROVED)
    if case is not None and case_transition(CaseAction.REFUND, case.kind, case.status):
        move_case(uow, case, CaseAction.REFUND, automatic=True)
    return refund_rows(session, Refund.id == refund.id)[0]


def reject_refund_in(uow: UnitOfWork, refund_id: int, reason: str) -> RefundRow:
    """Refuse a waiting refund (a reason is required); the requester may withdraw their
    own."""
    note = text(reason, "reason", 500, required=True)

    session = uow.session
    case_id = session.scalar(
        select(Refund.case_id).where(Refund.id == check_id(refund_id, "refund"))
    )
    if case_id is not None:
        lock_case(uow, case_id)
    refund = lock_refund(uow, refund_id)
    decide_in(uow, refund, RefundStatus.REJECTED, note)
    return refund_rows(session, Refund.id == refund.id)[0]


def lock_refund(uow: UnitOfWork, refund_id: int) -> Refund:
    refund = uow.session.get(Refund, refund_id, with_for_update=True)
    if refund is None:
        raise NotFound("No refund with id {refund_id}", refund_id=refund_id)
    if refund.status != RefundStatus.REQUESTED:
        who = user_names(uow.session, [refund.approved_by or refund.requested_by])
        raise StateConflict(
            "Refund {refund_id} was already {status} by {user} at {time}",
            refund_id=refund.id, status=refund.status,
            user=next(iter(who.values()), "?"), time=refund.decided_at,
        )  # fmt: skip
    return refund


def decide_in(uow: UnitOfWork, refund: Refund, status: RefundStatus, note: str = "") -> None:
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
    record_event(uow, order_id, f"refund_{verb}", OrderStatus(order_status),
           OrderStatus(order_status), str(refund.amount))  # fmt: skip
