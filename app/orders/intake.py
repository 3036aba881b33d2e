"""How an order enters: manual entry and after-sales replacement orders."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.errors import AppError
from app.numbering import daily_number
from app.orders.drafts import review_problem, validate_draft
from app.orders.model import OrderDraft, OrderRef
from app.orders.transitions import (
    apply_move,
    by_idempotency_key,
    confirm_locked,
    lock_order,
    order_ref,
    record_event,
)
from app.review_rules import apply_rules
from app.settings import read_setting
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork
from app.validation import text
from models import Customer, Order, OrderLine, Payment, utcnow


def create_in(
    uow: UnitOfWork,
    draft: OrderDraft,
    key: str | None,
    *,
    origin: str = "",
    parent_order_id: int | None = None,
    customer_id: int | None = None,
) -> OrderRef:
    """Create the order inside the caller's unit of work; it enters the pipeline (review
    rules, auto-approval). After-sales replacement orders pass their origin, the order
    they replace and the case's customer."""
    found = by_idempotency_key(uow, key)
    if found is not None:
        return found
    values, amounts = validate_draft(uow, draft)
    session = uow.session
    now = utcnow()
    prefix = read_setting(session, "orders.number_prefix") or "KD"
    order_no = daily_number(session, prefix, now)
    paid = values["paid_amount"]
    # Paid in full, or cash on delivery (the courier collects): it waits for review;
    # otherwise for its payment.
    is_cod = draft.payment_method == "cod"
    status = (OrderStatus.PENDING_REVIEW if paid == values["total"] or is_cod
              else OrderStatus.PENDING_PAYMENT)  # fmt: skip
    if customer_id is None:
        customer_id = _customer_for(uow, values)
    order = Order(
        order_no=order_no, channel="manual", idempotency_key=key,
        customer_id=customer_id, status=status, ordered_at=now,
        paid_at=now if status == OrderStatus.PENDING_REVIEW and paid > 0 else None,
        created_by=uow.actor.user_id if uow.actor else None, origin=origin,
        parent_order_id=parent_order_id, is_cod=is_cod, **values,
    )  # fmt: skip
    order.lines = [OrderLine(**line) for line in amounts.lines]
    session.add(order)
    session.flush()
    if paid > 0:
        session.add(
            Payment(order_id=order.id, method=text(draft.payment_method, "payment_method",
                    32) or "manual", amount=paid, currency=values["currency"], paid_at=now)
        )  # fmt: skip
    record_event(uow, order.id, "create", None, status)
    changes = {"order_no": [None, order_no], "total": [None, values["total"]],
               "status": [None, status.value]}  # fmt: skip
    if origin:
        changes["origin"] = [None, origin]
    uow.audit("order.create", "order", order.id, changes)
    session.flush()
    _after_intake(uow, order.id)
    return order_ref(uow, order.id)


def _customer_for(uow: UnitOfWork, values: dict[str, Any]) -> int:
    """The customer with this phone, or a new one (a phone order's buyer)."""
    found = uow.session.scalar(
        select(Customer.id)
        .where(Customer.phone_last4 == values["phone_last4"],
               Customer.phone == values["recipient_phone"])
        .order_by(Customer.id)
        .limit(1)
    )  # fmt: skip
    if found is not None:
        return found
    customer = Customer(
        name=values["recipient_name"], phone=values["recipient_phone"],
        phone_last4=values["phone_last4"], channel="manual", province=values["province"],
        city=values["city"], district=values["district"], address=values["address"],
    )  # fmt: skip
    uow.session.add(customer)
    uow.session.flush()
    return customer.id


def _after_intake(uow: UnitOfWork, order_id: int) -> None:
    """Review rules, then auto-approval and auto-confirmation when the settings ask."""
    session = uow.session
    results = apply_rules(uow, [order_id], user_id=uow.actor.user_id if uow.actor else None)
    held = any(r.holds for r in results)
    if held or not read_setting(session, "orders.auto_approve"):
        return
    row = lock_order(uow, order_id)
    if OrderStatus(row.status) != OrderStatus.PENDING_REVIEW or review_problem(row):
        return
    apply_move(uow, row, OrderAction.APPROVE, note="auto", automatic=True)
    if not read_setting(session, "orders.auto_confirm"):
        return
    try:
        with uow.savepoint():
            confirm_locked(uow, lock_order(uow, order_id), automatic=True)
    except AppError:
        pass  # stays approved: a reviewer confirms it when stock arrives
