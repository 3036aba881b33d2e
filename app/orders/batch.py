"""Batch actions: many orders per transaction, each order on its own. A failing order is
rolled back alone (its savepoint) and reported with its reason; the others stay done.

Approve and confirm go set-wise over a chunk (one UPDATE for the chunk's claims, one
reservation per SKU), falling back to one order at a time when the chunk meets a race."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from app import stock
from app.db import Database
from app.errors import AppError, ConcurrencyError, ConflictError, NotFound
from app.orders.drafts import review_problem
from app.orders.model import BATCH_CHUNK, BatchFailure, BatchResult
from app.orders.transitions import (
    INSERT_EVENT,
    ORDERS,
    STATE_COLUMNS,
    approve_in,
    confirm_locked,
    default_carrier_id,
    lock_order,
    refusal,
)
from app.permissions import Actor
from app.review_rules import clean_ids
from app.settings import read_setting
from app.states import OrderAction, OrderStatus, transition_for
from app.uow import UnitOfWork, transaction
from models import Order, OrderLine, StockLevel, Warehouse, utcnow

log = logging.getLogger(__name__)
ChunkFn = Callable[[UnitOfWork, Sequence[int]], tuple[list[int], list[Any]]]

_APPROVE_MANY = (
    update(ORDERS)
    .where(
        ORDERS.c.id == bindparam("oid"),
        ORDERS.c.version == bindparam("ver"),
        ORDERS.c.status == OrderStatus.PENDING_REVIEW,
        ORDERS.c.is_on_hold.is_(False),
    )
    .values(status=OrderStatus.APPROVED, version=ORDERS.c.version + 1, updated_at=bindparam("now"))
)
_CONFIRM_MANY = (
    update(ORDERS)
    .where(
        ORDERS.c.id == bindparam("oid"),
        ORDERS.c.version == bindparam("ver"),
        ORDERS.c.status == OrderStatus.APPROVED,
        ORDERS.c.is_on_hold.is_(False),
    )
    .values(
        status=OrderStatus.CONFIRMED, version=ORDERS.c.version + 1, updated_at=bindparam("now"),
        warehouse_id=bindparam("wh"), carrier_id=bindparam("carrier"),
    )
)  # fmt: skip


def run_batch(
    db: Database,
    actor: Actor,
    action: str,
    order_ids: Sequence[int],
    chunk: Callable[[UnitOfWork, Sequence[int]], tuple[list[int], list[Any]]],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> BatchResult:
    """Many orders per transaction, each order on its own: a failing order is rolled
    back alone and reported with its reason, the others stay done. Progress after each
    transaction; `cancelled` is asked before each."""
    ids = clean_ids(order_ids)
    succeeded: list[int] = []
    failures: list[tuple[int, AppError]] = []
    stopped = False
    for start in range(0, len(ids), BATCH_CHUNK):
        if cancelled is not None and cancelled():
            stopped = True
            break
        part = ids[start : start + BATCH_CHUNK]
        ok, bad = transaction(db, actor, partial(run_chunk, chunk, part))
        succeeded += ok
        failures += bad
        if progress is not None:
            progress(min(start + BATCH_CHUNK, len(ids)), len(ids))
    numbers = order_numbers(db, [order_id for order_id, _e in failures])
    return BatchResult(
        action, len(ids), tuple(succeeded),
        tuple(BatchFailure(i, numbers.get(i, str(i)), e) for i, e in failures), stopped,
    )  # fmt: skip


def run_chunk(
    chunk: Callable[[UnitOfWork, Sequence[int]], tuple[list[int], list[Any]]],
    part: Sequence[int],
    uow: UnitOfWork,
) -> tuple[list[int], list[Any]]:
    """`chunk` on one part of the orders (bound with functools.partial per transaction)."""
    return chunk(uow, part)


def each_order(
    one: Callable[[UnitOfWork, int], Any],
) -> Callable[[UnitOfWork, Sequence[int]], tuple[list[int], list[Any]]]:
    """A chunk runner that does `one` per order inside its own savepoint."""

    def chunk(uow: UnitOfWork, part: Sequence[int]) -> tuple[list[int], list[Any]]:
        ok, bad = [], []
        for order_id in part:
            try:
                with uow.savepoint():
                    one(uow, order_id)
                ok.append(order_id)
            except AppError as exc:
                bad.append((order_id, exc))
            except IntegrityError:
                bad.append((order_id, ConflictError(
                    "Order {order_id} could not be saved: it breaks a rule of the database",
                    order_id=order_id)))  # fmt: skip
        return ok, bad

    return chunk


def approve_chunk(uow: UnitOfWork, part: Sequence[int]) -> tuple[list[int], list[Any]]:
    """Approve set-wise: check every order in Python, then one UPDATE per chunk (the
    rows are locked, so it matches them all; if not, fall back to one by one)."""
    rows = {
        r.id: r
        for r in uow.session.execute(
            select(*STATE_COLUMNS).where(Order.id.in_(part)).with_for_update()
        )
    }
    bad: list[tuple[int, AppError]] = []
    good = []
    for order_id in part:
        row = rows.get(order_id)
        if row is None:
            bad.append((order_id, NotFound("No order with id {order_id}", order_id=order_id)))
        elif transition_for(OrderAction.APPROVE, OrderStatus(row.status), row.is_on_hold) is None:
            bad.append((order_id, refusal(uow, order_id, OrderAction.APPROVE)))
        elif (problem := review_problem(row)) is not None:
            bad.append((order_id, problem))
        else:
            good.append(row)
    if not good:
        return [], bad
    now = utcnow()
    user_id = uow.actor.user_id if uow.actor else None
    try:
        with uow.savepoint():
            result = uow.session.connection().execute(
                _APPROVE_MANY, [{"oid": r.id, "ver": r.version, "now": now} for r in good]
            )
            if result.rowcount != len(good):
                raise ConcurrencyError("Orders changed while they were approved")
    except ConcurrencyError:
        ok, more = each_order(approve_in)(uow, [r.id for r in good])
        return ok, bad + more
    uow.session.connection().execute(
        INSERT_EVENT,
        [
            {"order_id": r.id, "ts": now, "user_id": user_id, "action": "approve",
             "from_status": "pending_review", "to_status": "approved", "note": ""}
            for r in good
        ],
    )  # fmt: skip
    for r in good:
        uow.audit("order.approve", "order", r.id, {"status": ["pending_review", "approved"]})
    return [r.id for r in good], bad


def confirm_chunk(uow: UnitOfWork, part: Sequence[int]) -> tuple[list[int], list[Any]]:
    """Confirm a chunk. Fast path: allocate over one snapshot of the stock (the rule of
    stock.allocate: the first warehouse by priority that fills the whole order), claim
    the orders with one UPDATE and reserve their stock with stock.reserve_many, all in
    one savepoint. Orders the snapshot cannot place, and every order of a chunk whose
    fast path fails (a race on a server database), go one by one with their own
    savepoint and get their precise error."""
    session = uow.session
    rows = {
        r.id: r
        for r in session.execute(select(*STATE_COLUMNS).where(Order.id.in_(part)).with_for_update())
    }
    lines: dict[int, list[Any]] = defaultdict(list)
    for line in session.execute(
        select(OrderLine.order_id, OrderLine.product_id, OrderLine.sku, OrderLine.qty).where(
            OrderLine.order_id.in_(part)
        )
    ):
        lines[line.order_id].append(line[1:])
    carrier = default_carrier_id(uow)
    products = {pid for found in lines.values() for pid, _sku, _qty in found if pid}
    warehouses = session.scalars(
        select(Warehouse.id)
        .where(Warehouse.is_active.is_(True))
        .order_by(Warehouse.priority, Warehouse.id)
    ).all()
    available = {
        (w, p): on_hand - reserved
        for w, p, on_hand, reserved in session.execute(
            select(StockLevel.warehouse_id, StockLevel.product_id, StockLevel.on_hand,
                   StockLevel.reserved).where(StockLevel.product_id.in_(products))
        )
    }  # fmt: skip
    plan: list[tuple[Any, int, list[stock.StockLine]]] = []
    slow: list[int] = []
    for order_id in part:
        row = rows.get(order_id)
        found = lines.get(order_id, [])
        if (
            row is None
            or transition_for(OrderAction.CONFIRM, OrderStatus(row.status), row.is_on_hold) is None
            or not found
            or any(pid is None for pid, _sku, _qty in found)
        ):
            slow.append(order_id)
            continue
        wanted = stock.merge_lines(stock.StockLine(pid, qty) for pid, _sku, qty in found)
        warehouse = next(
            (w for w in warehouses
             if all(available.get((w, ln.product_id), 0) >= ln.qty for ln in wanted)),
            None,
        )  # fmt: skip
        if warehouse is None:
            slow.append(order_id)
            continue
        for ln in wanted:
            available[(warehouse, ln.product_id)] -= ln.qty
        plan.append((row, warehouse, wanted))
    ok: list[int] = []
    if plan:
        now = utcnow()
        try:
            with uow.savepoint(), session.no_autoflush:
                claimed = session.connection().execute(
                    _CONFIRM_MANY,
                    [
                        {"oid": row.id, "ver": row.version, "wh": warehouse,
                         "carrier": row.carrier_id or carrier, "now": now}
                        for row, warehouse, _wanted in plan
                    ],
                )  # fmt: skip
                if claimed.rowcount != len(plan):
                    raise ConcurrencyError("Orders changed while they were confirmed")
                stock.reserve_many(
                    uow,
                    [
                        stock.Reservation(
                            warehouse, tuple(wanted), stock.Reference("order", row.id)
                        )
                        for row, warehouse, wanted in plan
                    ],
                )
        except AppError as exc:
            log.info("batch confirm goes one by one: %s", exc)
            slow = [row.id for row, _w, _l in plan] + slow
            plan = []
        user_id = uow.actor.user_id if uow.actor else None
        if plan:
            session.connection().execute(
                INSERT_EVENT,
                [
                    {"order_id": row.id, "ts": now, "user_id": user_id, "action": "confirm",
                     "from_status": "approved", "to_status": "confirmed", "note": ""}
                    for row, _w, _l in plan
                ],
            )  # fmt: skip
        for row, warehouse, _wanted in plan:
            changes: dict[str, Any] = {
                "status": ["approved", "confirmed"], "warehouse_id": [None, warehouse],
            }  # fmt: skip
            if row.carrier_id is None and carrier is not None:
                changes["carrier_id"] = [None, carrier]
            uow.audit("order.confirm", "order", row.id, changes)
            ok.append(row.id)
    if not slow:
        return ok, []
    more_ok, bad = each_order(
        lambda u, i: confirm_locked(u, lock_order(u, i), default_carrier=carrier)
    )(uow, slow)
    return ok + more_ok, bad


def order_numbers(db: Database, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}

    def work(uow: UnitOfWork) -> dict[int, str]:
        return dict(
            uow.session.execute(select(Order.id, Order.order_no).where(Order.id.in_(ids))).all()
        )

    return transaction(db, None, work, write=False)


def auto_approve_intake(uow: UnitOfWork, order_ids: Sequence[int]) -> list[int]:
    """The last step of `intake.enter_orders`, for every new order (one or a chunk): when
    the settings ask for it, approve the orders that wait for review and that no rule held,
    and confirm those in stock. Returns the ids approved."""
    session = uow.session
    if not order_ids or not read_setting(session, "orders.auto_approve"):
        return []
    approved, _refused = approve_chunk(uow, order_ids)
    if approved and read_setting(session, "orders.auto_confirm"):
        confirm_chunk(uow, approved)  # orders out of stock stay approved
    return approved
