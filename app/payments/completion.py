"""The order's end, and the unpaid order's: the sweep every workstation runs now and then.

- 已签收 → 已完成 `orders.complete_after_days` after delivery, unless an after-sales case on
  the order is still open (it completes when the case is closed and the days have passed);
- 待付款 → 已取消 `orders.unpaid_cancel_hours` after the order was placed (cash-on-delivery
  orders never wait for a payment), releasing any reservation and asking a refund of what
  was paid in part;
- after completion, after-sales may still open for `aftersales.window_after_completion_days`.

Each move is the order's own transition made by the system (no user in the history); two
workstations sweeping at once both try, and the conditional UPDATE lets one of them win.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app import stock
from app.errors import AppError, ValidationError
from app.orders.model import OrderRef
from app.orders.transitions import apply_move, lock_order, request_refund, stock_lines
from app.payments.model import SweepResult
from app.settings import read_setting
from app.states import RESERVING_STATES, OrderAction, OrderStatus
from app.uow import UnitOfWork
from models import CaseStatus, Order, OrderEvent, OrderLine, ReturnCase, ReturnLine, utcnow

SWEEP_LIMIT = 500  # orders per kind per sweep: the next sweep takes the rest
CASE_FINISHED = (CaseStatus.CLOSED, CaseStatus.REJECTED)


def status_reached_at(status: OrderStatus) -> Any:
    """When the order last entered `status` (its history), correlated to Order. A move into
    it, not the notes other desks write with from = to (after-sales, payments)."""
    return (
        select(func.max(OrderEvent.ts))
        .where(
            OrderEvent.order_id == Order.id,
            OrderEvent.to_status == status.value,
            or_(OrderEvent.from_status.is_(None), OrderEvent.from_status != status.value),
        )
        .correlate(Order)
        .scalar_subquery()
    )


def open_case_exists() -> Any:
    """An after-sales case on one of the order's lines that is not closed or rejected."""
    return exists(
        select(ReturnLine.id)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(ReturnCase, ReturnCase.id == ReturnLine.case_id)
        .where(OrderLine.order_id == Order.id, ReturnCase.status.not_in(CASE_FINISHED))
        .correlate(Order)
    )


def due_for_completion(session: Session, now: datetime, limit: int = SWEEP_LIMIT) -> list[int]:
    days = int(read_setting(session, "orders.complete_after_days"))
    delivered_at = status_reached_at(OrderStatus.DELIVERED)
    return list(session.scalars(
        select(Order.id)
        .where(Order.status == OrderStatus.DELIVERED, delivered_at <= now - timedelta(days=days),
               ~open_case_exists())
        .order_by(Order.id)
        .limit(limit)
    ))  # fmt: skip


def due_for_cancel(session: Session, now: datetime, limit: int = SWEEP_LIMIT) -> list[int]:
    hours = int(read_setting(session, "orders.unpaid_cancel_hours"))
    if hours <= 0:
        return []
    return list(session.scalars(
        select(Order.id)
        .where(Order.status == OrderStatus.PENDING_PAYMENT, Order.is_cod.is_(False),
               Order.ordered_at <= now - timedelta(hours=hours))
        .order_by(Order.id)
        .limit(limit)
    ))  # fmt: skip


def complete_in(uow: UnitOfWork, order_id: int, *, automatic: bool, note: str = "") -> OrderRef:
    """Complete a delivered order. By hand (a supervisor) it may close an order early, but
    not while an after-sales case on it is open."""
    row = lock_order(uow, order_id)
    if uow.session.scalar(select(open_case_exists()).select_from(Order).where(
            Order.id == order_id)):  # fmt: skip
        raise ValidationError(
            "Order {order_no} has an open after-sales case; close it first",
            field="status", order_no=row.order_no,
        )  # fmt: skip
    return apply_move(uow, row, OrderAction.COMPLETE, note=note, automatic=automatic)


def cancel_unpaid_in(uow: UnitOfWork, order_id: int, hours: int) -> OrderRef:
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    ref = apply_move(uow, row, OrderAction.CANCEL, automatic=True,
                     note=f"unpaid after {hours} h")  # fmt: skip
    if status in RESERVING_STATES and row.warehouse_id is not None:
        stock.release(uow, row.warehouse_id, stock_lines(uow, row),
                      stock.Reference("order", row.id))  # fmt: skip
    if row.paid_amount > 0 and uow.actor is not None:
        request_refund(uow, row, row.paid_amount, f"unpaid after {hours} h, cancelled")
    return ref


def sweep_in(uow: UnitOfWork, now: datetime | None = None) -> SweepResult:
    """One pass: cancel what waited too long for its payment, complete what is due."""
    now = now or utcnow()
    session = uow.session
    hours = int(read_setting(session, "orders.unpaid_cancel_hours"))
    cancelled = _each(uow, due_for_cancel(session, now), lambda i: cancel_unpaid_in(uow, i, hours))
    days = int(read_setting(session, "orders.complete_after_days"))
    completed = _each(
        uow,
        due_for_completion(session, now),
        lambda i: complete_in(uow, i, automatic=True, note=f"{days} days"),
    )
    return SweepResult(tuple(cancelled[0]), tuple(completed[0]),
                       tuple(cancelled[1] + completed[1]))  # fmt: skip


def _each(uow: UnitOfWork, ids: Iterable[int], move: Any) -> tuple[list[str], list[str]]:
    done: list[str] = []
    skipped: list[str] = []
    for order_id in ids:
        try:
            with uow.savepoint():
                done.append(move(order_id).order_no)
        except AppError:  # moved by another workstation meanwhile: its move stands
            skipped.append(str(order_id))
    return done, skipped


def check_aftersales_window(session: Session, order_ids: Iterable[int]) -> None:
    """Refuse a new after-sales case on an order completed longer ago than the window."""
    ids = sorted(set(order_ids))
    if not ids:
        return
    days = int(read_setting(session, "aftersales.window_after_completion_days"))
    completed_at = status_reached_at(OrderStatus.COMPLETED)
    limit = utcnow() - timedelta(days=days)
    late = session.execute(
        select(Order.order_no, completed_at.label("at"))
        .where(Order.id.in_(ids), Order.status == OrderStatus.COMPLETED,
               and_(completed_at.is_not(None), completed_at < limit))
        .limit(1)
    ).first()  # fmt: skip
    if late is not None:
        raise ValidationError(
            "Order {order_no} was completed on {date}; after-sales closes {days} days after "
            "completion", field="lines", order_no=late.order_no, date=late.at.date().isoformat(),
            days=days,
        )  # fmt: skip
