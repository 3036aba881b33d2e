"""The order's moves: each one locks the order, is judged by the transition table
(app/states.py), claims the order with a conditional UPDATE on (id, status, version), and
writes the order's history (OrderEvent) and an audit entry, inside the caller's unit of work.

A move locks the order row (SELECT ... FOR UPDATE; SQLite's BEGIN IMMEDIATE serialises
writers anyway) and then changes it with a conditional UPDATE: of two workstations pressing
Confirm on the same order exactly one succeeds, and as the claim comes before the stock
reservation the loser reserves nothing. The loser is told who moved the order and when (its
latest event). Stock moves only here, with the move that owns it: confirm reserves, ship
takes the goods out, cancel gives the reservation back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Update, bindparam, insert, select, update
from sqlalchemy.exc import DBAPIError

from app import stock
from app.db import is_lock_timeout, rows_changed
from app.errors import (
    ConcurrencyError,
    ConflictError,
    InsufficientStock,
    NotFound,
    RecordBusy,
    StateConflict,
    ValidationError,
)
from app.orders.drafts import review_problem
from app.orders.model import OrderRef
from app.permissions import check
from app.review_rules import apply_rules
from app.settings import read_setting
from app.states import (
    HOLDABLE,
    RESERVING_STATES,
    TRANSITIONS,
    OrderAction,
    OrderStatus,
    transition_for,
)
from app.uow import UnitOfWork
from app.validation import money, text
from models import (
    Carrier,
    Order,
    OrderEvent,
    OrderLine,
    Payment,
    Refund,
    RefundStatus,
    User,
    utcnow,
)

# -- locking, refusing, recording -------------------------------------------------------------

# Core statements on the tables (not the ORM classes): a batch runs them thousands of times.
ORDERS = Order.__table__
EVENTS = OrderEvent.__table__
INSERT_EVENT = insert(EVENTS)

STATE_COLUMNS = (
    Order.id, Order.order_no, Order.status, Order.is_on_hold, Order.hold_reason, Order.version,
    Order.warehouse_id, Order.carrier_id, Order.paid_amount, Order.total, Order.recipient_name,
    Order.recipient_phone, Order.province, Order.city, Order.district, Order.address,
    Order.parent_order_id, Order.currency,
)  # fmt: skip


# Built once: every move locks its order, claims it and reads its lines with these (building
# and keying a statement per call cost more than SQLite running it).
_LOCK_ORDER = (
    select(*(ORDERS.c[column.key] for column in STATE_COLUMNS))
    .where(ORDERS.c.id == bindparam("order_id", type_=Integer))
    .with_for_update()
)
_ORDER_LINES = select(OrderLine.product_id, OrderLine.sku, OrderLine.qty).where(
    OrderLine.order_id == bindparam("order_id", type_=Integer)
)
_CLAIMS: dict[tuple[str, ...], Update] = {}


def _claim(columns: tuple[str, ...]) -> Update:
    """The conditional UPDATE of a move that also sets `columns` (besides status and time)."""
    statement = _CLAIMS.get(columns)
    if statement is None:
        c = ORDERS.c
        statement = _CLAIMS[columns] = (
            update(ORDERS)
            .where(
                c.id == bindparam("claim_id", type_=Integer),
                c.status == bindparam("claim_status", type_=c.status.type),
                c.version == bindparam("claim_version", type_=Integer),
            )
            .values(
                {c.status: bindparam("claim_target", type_=c.status.type),
                 c.version: c.version + 1,
                 c.updated_at: bindparam("claim_at", type_=c.updated_at.type),
                 **{c[name]: bindparam(f"set_{name}", type_=c[name].type) for name in columns}}
            )
        )  # fmt: skip
    return statement


def lock_order(uow: UnitOfWork, order_id: int) -> Any:
    """The order's current state, locked until the unit ends (a no-op lock on SQLite, whose
    write units are serialised)."""
    if isinstance(order_id, bool) or not isinstance(order_id, int):
        raise NotFound("No order with id {order_id}", order_id=order_id)
    if uow.session.autoflush:  # what the caller changed through the ORM, as a query would
        uow.session.flush()
    try:
        row = uow.session.connection().execute(_LOCK_ORDER, {"order_id": order_id}).first()
    except DBAPIError as exc:
        if is_lock_timeout(exc):
            raise order_busy(uow, order_id) from exc
        raise
    if row is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    return row


def order_busy(uow: UnitOfWork, order_id: int) -> RecordBusy:
    """Another workstation holds the order's lock past the lock timeout. Its number is read
    on a connection of its own: this transaction may be aborted (PostgreSQL), and a plain
    read never waits for a row lock."""
    with uow.db.read_engine.connect() as conn:
        order_no = conn.execute(select(Order.order_no).where(Order.id == order_id)).scalar()
    return RecordBusy(
        "Order {order_no} is being changed on another workstation; try again",
        kind="order", order_id=order_id, order_no=order_no or str(order_id),
    )  # fmt: skip


def latest_event(uow: UnitOfWork, order_id: int) -> tuple[str, datetime | None]:
    row = uow.session.execute(
        select(User.display_name, User.username, OrderEvent.ts)
        .select_from(OrderEvent)
        .outerjoin(User, User.id == OrderEvent.user_id)
        .where(OrderEvent.order_id == order_id)
        .order_by(OrderEvent.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return "system", None
    return (row.display_name or row.username or "system"), row.ts


def refusal(uow: UnitOfWork, order_id: int, action: OrderAction) -> ConflictError:
    """Why `action` is not possible on the order as it is now, naming who changed it last."""
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    target = _target(action)
    user, when = latest_event(uow, order_id)
    if status == target:
        return StateConflict(
            "Order {order_no} was already {status} by {user} at {time}",
            order_no=row.order_no, status=status, user=user, time=when,
        )  # fmt: skip
    if row.is_on_hold and transition_for(action, status, False) is not None:
        return ConflictError(
            "Order {order_no} is on hold ({reason}); release the hold first",
            order_no=row.order_no, reason=row.hold_reason,
        )  # fmt: skip
    return StateConflict(
        "Order {order_no} is {status} (since {user} at {time}); it cannot be {action}",
        order_no=row.order_no, status=status, action=action, user=user, time=when,
    )  # fmt: skip


def _target(action: OrderAction) -> OrderStatus:
    return TRANSITIONS[action].target


def event_row(
    uow: UnitOfWork,
    order_id: int,
    action: str,
    from_status: OrderStatus | None,
    to_status: OrderStatus | None,
    note: str = "",
    *,
    user_id: int | bool | None = True,
) -> dict[str, Any]:
    if user_id is True:
        user_id = uow.actor.user_id if uow.actor else None
    return {
        "order_id": order_id, "ts": utcnow(), "user_id": user_id, "action": action,
        "from_status": from_status.value if from_status else None,
        "to_status": to_status.value if to_status else None, "note": note,
    }  # fmt: skip


def record_event(
    uow: UnitOfWork,
    order_id: int,
    action: str,
    from_status: OrderStatus | None,
    to_status: OrderStatus | None,
    note: str = "",
    *,
    user_id: int | bool | None = True,
) -> None:
    row = event_row(uow, order_id, action, from_status, to_status, note, user_id=user_id)
    uow.session.connection().execute(INSERT_EVENT, row)


def apply_move(
    uow: UnitOfWork,
    row: Any,
    action: OrderAction,
    *,
    note: str = "",
    values: dict[str, Any] | None = None,
    automatic: bool = False,
    events: list[dict[str, Any]] | None = None,
) -> OrderRef:
    """Apply one transition of the table to a locked order, or refuse it. `events`: collect
    the history row there instead of writing it now (a batch writes them together)."""
    status = OrderStatus(row.status)
    move = transition_for(action, status, row.is_on_hold)
    if move is None:
        raise refusal(uow, row.id, action)
    if not automatic:
        assert uow.actor is not None
        check(uow.actor, move.permission)
    values = values or {}
    result = uow.session.connection().execute(
        _claim(tuple(sorted(values))),
        {"claim_id": row.id, "claim_status": status, "claim_version": row.version,
         "claim_target": move.target, "claim_at": utcnow(),
         **{f"set_{name}": value for name, value in values.items()}},
    )  # fmt: skip
    if result.rowcount != 1:  # someone else moved it between our read and our write
        raise refusal(uow, row.id, action)
    event = event_row(uow, row.id, action.value, status, move.target, note,
                       user_id=None if automatic else True)  # fmt: skip
    if events is None:
        uow.session.connection().execute(INSERT_EVENT, event)
    else:
        events.append(event)
    changes: dict[str, Any] = {"status": [status.value, move.target.value]}
    if note:
        changes["note"] = [None, note]
    for key, value in values.items():
        changes[key] = [getattr(row, key, None), value]
    uow.audit(f"order.{action.value}", "order", row.id, changes)
    return OrderRef(row.id, row.order_no, move.target, row.is_on_hold, row.version + 1)


def stock_lines(
    uow: UnitOfWork, row: Any, lines: Sequence[Any] | None = None
) -> list[stock.StockLine]:
    """The order's lines as stock lines (`lines`: its (product_id, sku, qty) rows if loaded)."""
    if lines is None:
        lines = uow.session.execute(_ORDER_LINES, {"order_id": row.id}).all()
    unknown = [sku for product_id, sku, _qty in lines if product_id is None]
    if unknown:
        raise ValidationError(
            "Order {order_no}: SKU {sku} is not in the catalogue", field="sku",
            order_no=row.order_no, sku=unknown[0],
        )  # fmt: skip
    if not lines:
        raise ValidationError("Order {order_no} has no lines", field="lines", order_no=row.order_no)
    return [stock.StockLine(pid, qty) for pid, _sku, qty in lines if pid is not None]


# -- moves inside another service's unit of work (fulfilment, tracking) ---------------------


def move_in(
    uow: UnitOfWork, order_id: int, action: OrderAction, *, note: str = "",
    automatic: bool = False,
) -> OrderRef:  # fmt: skip
    """Lock the order and make one move of the table inside the caller's unit of work: the
    same claim, refusal ("already packed by X at T"), history and audit as the service's own
    actions. `automatic`: a move the system makes (no permission check, no user in history)."""
    return apply_move(uow, lock_order(uow, order_id), action, note=note, automatic=automatic)


def ship_in(uow: UnitOfWork, order_id: int) -> OrderRef:
    """Ship the order (已发货) and take its goods out of stock: on hand and the reservation
    go down together. The claim comes first, so a lost race deducts nothing."""
    row = lock_order(uow, order_id)
    ref = apply_move(uow, row, OrderAction.SHIP)
    stock.ship(uow, row.warehouse_id, stock_lines(uow, row), stock.Reference("order", row.id))
    return ref


def release_stock_in(uow: UnitOfWork, order_id: int, *, note: str = "") -> OrderRef:
    """Give back the stock a confirmed order holds: the order goes back to 已审核 and
    must be confirmed again (which allocates afresh). The claim comes first, so a lost race
    releases nothing, and an order that is no longer confirmed is refused."""
    row = lock_order(uow, order_id)
    ref = apply_move(uow, row, OrderAction.RELEASE_STOCK, note=note, values={"warehouse_id": None})
    if row.warehouse_id is not None:
        stock.release(uow, row.warehouse_id, stock_lines(uow, row),
                      stock.Reference("order", row.id))  # fmt: skip
    return ref


def by_idempotency_key(uow: UnitOfWork, key: str | None) -> OrderRef | None:
    """The order an earlier call with this idempotency key made, if any."""
    if key is None:
        return None
    row = uow.session.execute(
        select(Order.id, Order.order_no, Order.status, Order.is_on_hold, Order.version)
        .where(Order.idempotency_key == key)
    ).first()  # fmt: skip
    return OrderRef(row[0], row[1], OrderStatus(row[2]), row[3], row[4]) if row else None


def order_ref(uow: UnitOfWork, order_id: int) -> OrderRef:
    """The order's reference as it is now (locked)."""
    row = lock_order(uow, order_id)
    return OrderRef(row.id, row.order_no, OrderStatus(row.status), row.is_on_hold, row.version)


def mark_paid_in(
    uow: UnitOfWork, order_id: int, amount: Decimal, method: str = "bank_transfer"
) -> OrderRef:
    """Record the payment of an order waiting for it; it then waits for review."""
    paid = money(amount, "paid_amount")
    row = lock_order(uow, order_id)
    if paid != row.total:
        raise ValidationError(
            "Paid {paid} does not match the order total {total}", field="paid_amount",
            paid=str(paid), total=str(row.total),
        )  # fmt: skip
    now = utcnow()
    ref = apply_move(uow, row, OrderAction.MARK_PAID, values={"paid_amount": paid, "paid_at": now})
    if paid > 0:
        method_name = text(method, "method", 32) or "manual"
        uow.session.add(
            Payment(order_id=row.id, method=method_name, amount=paid,
                    currency=row.currency, paid_at=now)
        )  # fmt: skip
    apply_rules(uow, [row.id], user_id=uow.actor.user_id if uow.actor else None)
    return ref


def approve_in(uow: UnitOfWork, order_id: int) -> OrderRef:
    """Approve after the review's checks (address, phone)."""
    row = lock_order(uow, order_id)
    if transition_for(OrderAction.APPROVE, OrderStatus(row.status), row.is_on_hold):
        problem = review_problem(row)
        if problem is not None:
            raise problem
    return apply_move(uow, row, OrderAction.APPROVE)


def confirm_in(
    uow: UnitOfWork, order_id: int, *, automatic: bool = False, carrier_id: int | None = None
) -> OrderRef:
    """Reserve the stock in the first warehouse (by priority) that can fill the whole
    order, set the carrier (the one the user chose, else the configured default) and mark
    the order confirmed."""
    if carrier_id is not None:
        found = uow.session.scalar(
            select(Carrier.id).where(Carrier.id == carrier_id, Carrier.is_active.is_(True))
        )
        if found is None:
            raise NotFound("No active carrier with id {carrier_id}", carrier_id=carrier_id)
    return confirm_locked(
        uow, lock_order(uow, order_id), automatic=automatic, chosen_carrier=carrier_id
    )


def confirm_locked(
    uow: UnitOfWork,
    row: Any,
    *,
    automatic: bool = False,
    lines: Sequence[Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    default_carrier: int | bool | None = True,
    chosen_carrier: int | None = None,
) -> OrderRef:
    status = OrderStatus(row.status)
    if transition_for(OrderAction.CONFIRM, status, row.is_on_hold) is None:
        raise refusal(uow, row.id, OrderAction.CONFIRM)
    wanted = stock_lines(uow, row, lines)
    allocation = stock.allocate(uow, wanted)
    if allocation.warehouse_id is None:
        if allocation.needs_split:
            raise ConflictError(
                "No single warehouse holds every item of order {order_no}; split the order",
                order_no=row.order_no,
            )
        raise InsufficientStock(
            "Order {order_no} cannot be confirmed, not enough stock: {shortages}",
            order_no=row.order_no,
            shortages=", ".join(
                f"{s.sku} ({s.available}/{s.requested})" for s in allocation.shortages
            ),
        )
    values: dict[str, Any] = {"warehouse_id": allocation.warehouse_id}
    if chosen_carrier is not None:
        values["carrier_id"] = chosen_carrier
    elif row.carrier_id is None:
        carrier_id = default_carrier_id(uow) if default_carrier is True else default_carrier
        if carrier_id is not None:
            values["carrier_id"] = carrier_id
    ref = apply_move(
        uow, row, OrderAction.CONFIRM, values=values, automatic=automatic, events=events
    )
    # After the claim: a lost race never gets here, so it reserves nothing.
    reference = stock.Reference("order", row.id)
    stock.reserve(uow, allocation.warehouse_id, wanted, reference)
    return ref


def default_carrier_id(uow: UnitOfWork) -> int | None:
    code = read_setting(uow.session, "orders.default_carrier")
    if not code:
        return None
    return uow.session.scalar(
        select(Carrier.id).where(Carrier.code == code, Carrier.is_active.is_(True))
    )


def cancel_in(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    ref = apply_move(uow, row, OrderAction.CANCEL, note=note)
    if status in RESERVING_STATES and row.warehouse_id is not None:
        stock.release(uow, row.warehouse_id, stock_lines(uow, row),
                      stock.Reference("order", row.id))  # fmt: skip
    if row.paid_amount > 0:
        request_refund(uow, row, row.paid_amount, f"order cancelled: {note}")
    return ref


def hold_in(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    if row.is_on_hold:
        raise ConflictError(
            "Order {order_no} is already on hold ({reason})", order_no=row.order_no,
            reason=row.hold_reason,
        )  # fmt: skip
    if status not in HOLDABLE:
        raise StateConflict(
            "Order {order_no} is {status}; only open orders can be held",
            order_no=row.order_no, status=status,
        )  # fmt: skip
    return set_hold(uow, row, True, note)


def release_hold_in(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
    row = lock_order(uow, order_id)
    if not row.is_on_hold:
        raise ConflictError("Order {order_no} is not on hold", order_no=row.order_no)
    return set_hold(uow, row, False, note)


def assign_carrier_in(uow: UnitOfWork, order_id: int, carrier_id: int) -> OrderRef:
    carrier = uow.session.execute(
        select(Carrier.id, Carrier.code).where(Carrier.id == carrier_id, Carrier.is_active)
    ).first()
    if carrier is None:
        raise NotFound("No active carrier with id {carrier_id}", carrier_id=carrier_id)
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    if status not in HOLDABLE or status == OrderStatus.PACKED:
        raise StateConflict(
            "Order {order_no} is {status}; its carrier can no longer change",
            order_no=row.order_no, status=status,
        )  # fmt: skip
    if row.carrier_id == carrier.id:
        return OrderRef(row.id, row.order_no, status, row.is_on_hold, row.version)
    update_checked(uow, row, carrier_id=carrier.id)
    record_event(uow, row.id, "carrier", status, status, carrier.code)
    uow.audit("order.assign_carrier", "order", row.id, {"carrier_id": [row.carrier_id, carrier.id]})
    return OrderRef(row.id, row.order_no, status, row.is_on_hold, row.version + 1)


def update_checked(uow: UnitOfWork, row: Any, **values: Any) -> None:
    """A conditional UPDATE of a locked order that bumps its version."""
    result = uow.session.execute(
        update(Order)
        .where(Order.id == row.id, Order.version == row.version)
        .values(version=Order.version + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if rows_changed(result) != 1:
        user, when = latest_event(uow, row.id)
        raise ConcurrencyError(
            "Order {order_no} was changed by {user} at {time}; reload it and try again",
            order_no=row.order_no, user=user, time=when,
        )  # fmt: skip


def set_hold(uow: UnitOfWork, row: Any, on_hold: bool, note: str) -> OrderRef:
    status = OrderStatus(row.status)
    reason = note if on_hold else ""
    update_checked(uow, row, is_on_hold=on_hold, hold_reason=reason)
    action = "hold" if on_hold else "release"
    record_event(uow, row.id, action, status, status, note)
    changes = {"is_on_hold": [row.is_on_hold, on_hold], "hold_reason": [row.hold_reason, reason]}
    uow.audit(f"order.{action}", "order", row.id, changes)
    return OrderRef(row.id, row.order_no, status, on_hold, row.version + 1)


def request_refund(uow: UnitOfWork, row: Any, amount: Decimal, reason: str) -> None:
    """Refund requests for `amount` against the order's payments (or those of the order it
    was split from), newest payment first."""
    session = uow.session
    order_ids = [row.id]
    if row.parent_order_id is not None:
        order_ids.append(row.parent_order_id)
    payments = session.execute(
        select(Payment.id, Payment.amount, Payment.refunded_amount)
        # Only money received: a failed, pending or carrier-held payment is not refunded.
        .where(Payment.order_id.in_(order_ids), Payment.status == "paid")
        .order_by(Payment.paid_at.desc(), Payment.id.desc())
    ).all()
    requested: dict[int, Decimal] = defaultdict(Decimal)
    if payments:
        for payment_id, refund_amount in session.execute(
            select(Refund.payment_id, Refund.amount).where(
                Refund.payment_id.in_([p.id for p in payments]),
                Refund.status != RefundStatus.REJECTED,
            )
        ):
            requested[payment_id] += refund_amount
    left = amount
    assert uow.actor is not None
    for payment in payments:
        room = payment.amount - max(payment.refunded_amount, requested[payment.id])
        part = min(room, left)
        if part <= 0:
            continue
        session.add(
            Refund(payment_id=payment.id, amount=part, status=RefundStatus.REQUESTED,
                   reason=reason[:500], requested_by=uow.actor.user_id)
        )  # fmt: skip
        left -= part
        if left <= 0:
            break
    uow.audit("refund.request", "order", row.id,
              {"refund": [None, str(amount - left)], "uncovered": [None, str(left)]})  # fmt: skip
