"""Recording payments on an order: paid, partial, pending or failed, each audited.

A paid payment raises the order's paid amount; when nothing is due any more, an order
waiting for its payment (待付款) moves on to review through the order's own transition
(MARK_PAID). Pending and failed payments are kept with their reason and change no amount;
a pending one is later settled (paid) or marked failed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from app.db import rows_changed
from app.errors import ConcurrencyError, ConflictError, NotFound, StateConflict, ValidationError
from app.orders.transitions import (
    apply_move,
    latest_event,
    lock_order,
    record_event,
    update_checked,
)
from app.payments.model import (
    COD,
    MAX_REASON,
    MAX_REFERENCE,
    METHODS,
    OrderMoney,
    PaymentEntry,
    PaymentInfo,
    PaymentOutcome,
)
from app.review_rules import apply_rules
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork
from app.validation import money, text
from models import Order, Payment, PaymentStatus, User, utcnow

# A payment's time may be a little ahead of this PC's clock (another PC's), not days.
CLOCK_SLACK = timedelta(minutes=10)
CLOSED = frozenset({OrderStatus.CANCELLED, OrderStatus.COMPLETED})


def check_entry(entry: PaymentEntry) -> tuple[str, Decimal, str, datetime, PaymentStatus, str]:
    """The entry's fields, checked; each error names its field."""
    method = text(entry.method, "method", 32, required=True)
    if method not in METHODS:
        raise ValidationError("Unknown payment method {method}", field="method", method=method)
    amount = money(entry.amount, "amount")
    if amount <= 0:
        raise ValidationError("amount: must be more than zero", field="amount")
    reference = text(entry.reference or "", "reference", MAX_REFERENCE)
    try:
        status = PaymentStatus(entry.status)
    except ValueError as exc:
        raise ValidationError("Unknown payment status", field="status") from exc
    if status is PaymentStatus.COLLECTED:
        raise ValidationError("Cash on delivery is recorded by the delivery", field="status")
    reason = text(entry.reason or "", "reason", MAX_REASON)
    if status is not PaymentStatus.PAID and not reason:
        raise ValidationError(
            "Give the reason why the payment failed or is pending", field="reason"
        )
    now = utcnow()
    paid_at = entry.paid_at or now
    if not isinstance(paid_at, datetime) or paid_at.tzinfo is None:
        raise ValidationError("paid_at: give a time with its zone", field="paid_at")
    if paid_at > now + CLOCK_SLACK:
        raise ValidationError("The payment time is in the future", field="paid_at")
    return method, amount, reference, paid_at, status, reason


def record_in(
    uow: UnitOfWork, order_id: int, entry: PaymentEntry, expected_version: int | None = None
) -> PaymentOutcome:
    method, amount, reference, paid_at, status, reason = check_entry(entry)
    row = lock_order(uow, order_id)
    order_status = OrderStatus(row.status)
    if expected_version is not None and row.version != expected_version:
        user, when = latest_event(uow, row.id)
        raise ConcurrencyError(
            "Order {order_no} was changed by {user} at {time}; reload it and try again",
            order_no=row.order_no, user=user, time=when,
        )  # fmt: skip
    if order_status in CLOSED:
        raise StateConflict(
            "Order {order_no} is {status}; no payment can be recorded on it",
            order_no=row.order_no, status=order_status,
        )  # fmt: skip
    due = max(row.total - row.paid_amount, Decimal(0))
    if status is PaymentStatus.PAID and amount > due:
        raise ValidationError(
            "Paid {amount} is more than the {due} still due on order {order_no}",
            field="amount", amount=str(amount), due=str(due), order_no=row.order_no,
        )  # fmt: skip
    assert uow.actor is not None
    payment = Payment(
        order_id=row.id, method=method, amount=amount, currency=row.currency,
        external_ref=reference, paid_at=paid_at, status=status.value, reason=reason,
        recorded_by=uow.actor.user_id,
    )  # fmt: skip
    uow.session.add(payment)
    uow.session.flush()
    note = f"{method} {amount} {status.value}" + (f": {reason}" if reason else "")
    moved = False
    paid = row.paid_amount
    new_status = order_status
    if status is PaymentStatus.PAID:
        paid = row.paid_amount + amount
        values: dict[str, Any] = {"paid_amount": paid, "paid_at": paid_at}
        if order_status is OrderStatus.PENDING_PAYMENT and paid >= row.total:
            ref = apply_move(uow, row, OrderAction.MARK_PAID, note=note, values=values)
            apply_rules(uow, [row.id], user_id=uow.actor.user_id)
            new_status, moved = ref.status, True
        else:
            update_checked(uow, row, **values)
            record_event(uow, row.id, "payment", order_status, order_status, note)
    else:
        record_event(uow, row.id, "payment", order_status, order_status, note)
    uow.audit("payment.record", "payment", payment.id, {
        "order_id": [None, row.id], "method": [None, method], "amount": [None, amount],
        "status": [None, status.value], "reference": [None, reference],
        "reason": [None, reason], "paid_at": [None, paid_at],
    })  # fmt: skip
    return PaymentOutcome(payment.id, row.id, row.order_no, new_status.value, paid,
                          max(row.total - paid, Decimal(0)), moved)  # fmt: skip


def resolve_in(uow: UnitOfWork, payment_id: int, paid: bool, reason: str = "") -> PaymentOutcome:
    """A pending payment turned out paid (the transfer arrived) or failed (with a reason)."""
    found = uow.session.execute(
        select(Payment.order_id, Payment.status, Payment.amount, Payment.method,
               Payment.reason).where(Payment.id == payment_id)
    ).first()  # fmt: skip
    if found is None:
        raise NotFound("No payment with id {payment_id}", payment_id=payment_id)
    row = lock_order(uow, found.order_id)
    current = uow.session.scalar(select(Payment.status).where(Payment.id == payment_id))
    if current != PaymentStatus.PENDING:
        raise StateConflict(
            "This payment is {status}, not pending", status=PaymentStatus(str(current))
        )
    why = text(reason or "", "reason", MAX_REASON)
    if not paid and not why:
        raise ValidationError("Give the reason why the payment failed", field="reason")
    order_status = OrderStatus(row.status)
    target = PaymentStatus.PAID if paid else PaymentStatus.FAILED
    if paid:
        if order_status in CLOSED:
            raise StateConflict(
                "Order {order_no} is {status}; no payment can be recorded on it",
                order_no=row.order_no, status=order_status,
            )  # fmt: skip
        due = max(row.total - row.paid_amount, Decimal(0))
        if found.amount > due:
            raise ValidationError(
                "Paid {amount} is more than the {due} still due on order {order_no}",
                field="amount", amount=str(found.amount), due=str(due), order_no=row.order_no,
            )  # fmt: skip
    result = uow.session.execute(
        update(Payment)
        .where(Payment.id == payment_id, Payment.status == PaymentStatus.PENDING.value)
        .values(status=target.value, reason=why or found.reason)
        .execution_options(synchronize_session=False)
    )
    if rows_changed(result) != 1:
        raise ConflictError("This payment was settled by another workstation just now")
    note = f"{found.method} {found.amount} {target.value}" + (f": {why}" if why else "")
    total_paid, moved, new_status = row.paid_amount, False, order_status
    if paid:
        total_paid = row.paid_amount + found.amount
        values = {"paid_amount": total_paid, "paid_at": utcnow()}
        if order_status is OrderStatus.PENDING_PAYMENT and total_paid >= row.total:
            ref = apply_move(uow, row, OrderAction.MARK_PAID, note=note, values=values)
            assert uow.actor is not None
            apply_rules(uow, [row.id], user_id=uow.actor.user_id)
            new_status, moved = ref.status, True
        else:
            update_checked(uow, row, **values)
            record_event(uow, row.id, "payment", order_status, order_status, note)
    else:
        record_event(uow, row.id, "payment", order_status, order_status, note)
    uow.audit(
        "payment.resolve",
        "payment",
        payment_id,
        {"status": [PaymentStatus.PENDING.value, target.value], "reason": [None, why]},
    )
    return PaymentOutcome(payment_id, row.id, row.order_no, new_status.value, total_paid,
                          max(row.total - total_paid, Decimal(0)), moved)  # fmt: skip


def order_money(uow: UnitOfWork, order_id: int) -> OrderMoney:
    order = uow.session.execute(
        select(Order.id, Order.order_no, Order.status, Order.currency, Order.total,
               Order.paid_amount, Order.is_cod, Order.version).where(Order.id == order_id)
    ).first()  # fmt: skip
    if order is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    payments = tuple(
        PaymentInfo(
            p.id, p.method, p.amount, PaymentStatus(p.status), p.external_ref, p.reason,
            p.paid_at, name or "", p.refunded_amount, p.tracking_no, p.remitted_amount,
            p.remitted_at,
        )
        for p, name in uow.session.execute(
            select(Payment, User.display_name)
            .outerjoin(User, User.id == Payment.recorded_by)
            .where(Payment.order_id == order_id)
            .order_by(Payment.paid_at, Payment.id)
        )
    )  # fmt: skip
    return OrderMoney(
        order.id, order.order_no, str(order.status), order.currency, order.total,
        order.paid_amount, max(order.total - order.paid_amount, Decimal(0)), order.is_cod,
        order.version, payments,
    )  # fmt: skip


def is_cod_method(method: str) -> bool:
    return method == COD
