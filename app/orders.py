"""The order service: manual entry, edits, the review → confirm pipeline and the later steps,
hold/release, cancel, merge, split, and batch actions that report per order.

Every move goes through the transition table (app/states.py). A move locks the order row
(SELECT ... FOR UPDATE; SQLite's BEGIN IMMEDIATE serialises writers anyway) and then changes
it with a conditional UPDATE on (id, status, version): of two workstations pressing Confirm on
the same order exactly one succeeds, and as the claim comes before the stock reservation the
loser reserves nothing. The loser is told who moved the order and when (its latest event).

Every action: the permission check (`requires`), one unit of work, an audit entry and an
OrderEvent in the order's history.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from app import stock
from app.db import Database
from app.errors import (
    AppError,
    ConcurrencyError,
    ConflictError,
    InsufficientStock,
    NotFound,
    ValidationError,
)
from app.numbering import daily_number
from app.permissions import Actor, Permission, check, requires
from app.review_rules import apply_rules, clean_ids, missing_address_fields
from app.settings import read_setting
from app.states import (
    EDITABLE,
    HOLDABLE,
    MERGEABLE,
    RESERVING_STATES,
    SPLITTABLE,
    OrderAction,
    OrderStatus,
    transition_for,
)
from app.uow import UnitOfWork, transaction
from app.validation import normalise_phone, phone_is_valid
from models import (
    Carrier,
    Customer,
    Order,
    OrderEvent,
    OrderLine,
    Payment,
    Product,
    Refund,
    RefundStatus,
    StockLevel,
    User,
    Warehouse,
    utcnow,
)

log = logging.getLogger(__name__)
CENT = Decimal("0.01")
MAX_QTY = 100_000
BATCH_CHUNK = 500  # orders per transaction in batch actions


# -- plain data in and out -----------------------------------------------------------------


@dataclass(frozen=True)
class DraftLine:
    sku: str
    qty: int
    unit_price: Decimal | None = None  # None: the catalogue price
    discount: Decimal = Decimal(0)


@dataclass(frozen=True)
class OrderDraft:
    """A manual (phone) order, or the new content of an order being edited."""

    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    address: str
    lines: tuple[DraftLine, ...]
    district: str = ""
    postcode: str = ""
    buyer_note: str = ""
    seller_note: str = ""
    shipping_fee: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)
    paid_amount: Decimal = Decimal(0)
    payment_method: str = "bank_transfer"
    currency: str = "CNY"


@dataclass(frozen=True)
class OrderRef:
    id: int
    order_no: str
    status: OrderStatus
    is_on_hold: bool
    version: int


@dataclass(frozen=True)
class BatchFailure:
    order_id: int
    order_no: str
    error: AppError


@dataclass(frozen=True)
class BatchResult:
    action: str
    requested: int
    succeeded: tuple[int, ...]
    failed: tuple[BatchFailure, ...]
    cancelled: bool = False

    @property
    def failed_ids(self) -> list[int]:
        return [f.order_id for f in self.failed]


@dataclass(frozen=True)
class SplitResult:
    original: OrderRef
    new: OrderRef


@dataclass
class _Amounts:
    goods: Decimal = Decimal(0)
    lines: list[dict[str, Any]] = field(default_factory=list)


# -- validation ------------------------------------------------------------------------------


def _money(value: Any, field_name: str) -> Decimal:
    try:
        amount = Decimal(str(value).strip() or "0") if not isinstance(value, Decimal) else value
    except InvalidOperation as exc:
        raise ValidationError("{field}: not an amount of money", field=field_name) from exc
    if not amount.is_finite() or amount < 0:
        raise ValidationError("{field}: must be zero or more", field=field_name)
    if amount != amount.quantize(CENT):
        raise ValidationError("{field}: at most two decimal places", field=field_name)
    return amount.quantize(CENT)


def _text(value: str, field_name: str, limit: int, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("{field} is required", field=field_name)
    if len(text) > limit:
        raise ValidationError("{field}: at most {limit} characters", field=field_name, limit=limit)
    return text


def _validate_draft(uow: UnitOfWork, draft: OrderDraft) -> tuple[dict[str, Any], _Amounts]:
    """The order's columns and its lines, or a ValidationError naming the field."""
    if not isinstance(draft, OrderDraft):
        raise ValidationError("Expected an order", field="order")
    values = {
        "recipient_name": _text(draft.recipient_name, "recipient_name", 128, required=True),
        "province": _text(draft.province, "province", 64, required=True),
        "city": _text(draft.city, "city", 64, required=True),
        "district": _text(draft.district, "district", 64),
        "address": _text(draft.address, "address", 255, required=True),
        "postcode": _text(draft.postcode, "postcode", 16),
        "buyer_note": _text(draft.buyer_note, "buyer_note", 2000),
        "seller_note": _text(draft.seller_note, "seller_note", 2000),
        "currency": _text(draft.currency, "currency", 3, required=True).upper(),
    }
    phone = _text(draft.recipient_phone, "recipient_phone", 32, required=True)
    if not phone_is_valid(phone):
        raise ValidationError(
            "{phone} is not a valid phone number", field="recipient_phone", phone=phone
        )
    phone = normalise_phone(phone)
    values["recipient_phone"] = phone
    values["phone_last4"] = phone[-4:]
    if "address" in missing_address_fields(
        values["recipient_name"], values["province"], values["city"], values["address"]
    ):
        raise ValidationError(
            "The address is too short: street and number are needed", field="address"
        )
    if not draft.lines:
        raise ValidationError("An order needs at least one line", field="lines")
    skus = {_text(line.sku, "sku", 64, required=True) for line in draft.lines}
    products = {
        p.sku: p
        for p in uow.session.execute(
            select(Product.id, Product.sku, Product.name, Product.spec, Product.unit_price,
                   Product.is_active).where(Product.sku.in_(skus))
        )
    }  # fmt: skip
    amounts = _Amounts()
    for number, line in enumerate(draft.lines, start=1):
        sku = line.sku.strip()
        product = products.get(sku)
        if product is None or not product.is_active:
            raise ValidationError(
                "Line {line}: no active product with SKU {sku}", field="sku", line=number, sku=sku
            )
        if isinstance(line.qty, bool) or not isinstance(line.qty, int) or line.qty <= 0:
            raise ValidationError(
                "Line {line}: the quantity must be a whole number above 0", field="qty",
                line=number,
            )  # fmt: skip
        if line.qty > MAX_QTY:
            raise ValidationError(
                "Line {line}: at most {limit} pieces", field="qty", line=number, limit=MAX_QTY
            )
        price = product.unit_price if line.unit_price is None else _money(line.unit_price, "price")
        discount = _money(line.discount, "discount")
        if discount > price * line.qty:
            raise ValidationError(
                "Line {line}: the discount is larger than the line's value", field="discount",
                line=number,
            )  # fmt: skip
        amounts.goods += price * line.qty - discount
        amounts.lines.append(
            {"line_no": number, "product_id": product.id, "sku": sku,
             "name": f"{product.name} {product.spec}".strip(), "qty": line.qty,
             "unit_price": price, "discount": discount}
        )  # fmt: skip
    shipping = _money(draft.shipping_fee, "shipping_fee")
    discount = _money(draft.discount, "order_discount")
    if discount > amounts.goods + shipping:
        raise ValidationError(
            "The order discount is larger than goods and shipping together", field="discount"
        )
    total = amounts.goods + shipping - discount
    paid = _money(draft.paid_amount, "paid_amount")
    if paid > total:
        raise ValidationError(
            "Paid {paid} is more than the total {total}", field="paid_amount", paid=str(paid),
            total=str(total),
        )  # fmt: skip
    values.update(
        goods_amount=amounts.goods, shipping_fee=shipping, discount=discount, total=total,
        paid_amount=paid,
    )  # fmt: skip
    return values, amounts


def _review_problem(row: Any) -> ValidationError | None:
    """Why an order cannot be approved as it is (checked on every approval)."""
    missing = missing_address_fields(row.recipient_name, row.province, row.city, row.address)
    if missing:
        return ValidationError(
            "Order {order_no}: the address is incomplete ({fields})", field="address",
            order_no=row.order_no, fields=", ".join(missing),
        )  # fmt: skip
    if not phone_is_valid(row.recipient_phone):
        return ValidationError(
            "Order {order_no}: the phone number is not valid", field="recipient_phone",
            order_no=row.order_no,
        )  # fmt: skip
    return None


# -- locking, refusing, recording -------------------------------------------------------------

# Core statements on the tables (not the ORM classes): a batch runs them thousands of times.
_ORDERS = Order.__table__
_EVENTS = OrderEvent.__table__
_INSERT_EVENT = insert(_EVENTS)
_APPROVE_MANY = (
    update(_ORDERS)
    .where(
        _ORDERS.c.id == bindparam("oid"),
        _ORDERS.c.version == bindparam("ver"),
        _ORDERS.c.status == OrderStatus.PENDING_REVIEW,
        _ORDERS.c.is_on_hold.is_(False),
    )
    .values(status=OrderStatus.APPROVED, version=_ORDERS.c.version + 1, updated_at=bindparam("now"))
)
_CONFIRM_MANY = (
    update(_ORDERS)
    .where(
        _ORDERS.c.id == bindparam("oid"),
        _ORDERS.c.version == bindparam("ver"),
        _ORDERS.c.status == OrderStatus.APPROVED,
        _ORDERS.c.is_on_hold.is_(False),
    )
    .values(
        status=OrderStatus.CONFIRMED, version=_ORDERS.c.version + 1, updated_at=bindparam("now"),
        warehouse_id=bindparam("wh"), carrier_id=bindparam("carrier"),
    )
)  # fmt: skip

_STATE_COLUMNS = (
    Order.id, Order.order_no, Order.status, Order.is_on_hold, Order.hold_reason, Order.version,
    Order.warehouse_id, Order.carrier_id, Order.paid_amount, Order.total, Order.recipient_name,
    Order.recipient_phone, Order.province, Order.city, Order.district, Order.address,
    Order.parent_order_id, Order.currency,
)  # fmt: skip


def _lock(uow: UnitOfWork, order_id: int) -> Any:
    """The order's current state, locked until the unit ends (a no-op lock on SQLite, whose
    write units are serialised)."""
    if isinstance(order_id, bool) or not isinstance(order_id, int):
        raise NotFound("No order with id {order_id}", order_id=order_id)
    row = uow.session.execute(
        select(*_STATE_COLUMNS).where(Order.id == order_id).with_for_update()
    ).first()
    if row is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    return row


def _latest_event(uow: UnitOfWork, order_id: int) -> tuple[str, datetime | None]:
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


def _refusal(uow: UnitOfWork, order_id: int, action: OrderAction) -> ConflictError:
    """Why `action` is not possible on the order as it is now, naming who changed it last."""
    row = _lock(uow, order_id)
    status = OrderStatus(row.status)
    target = _target(action)
    user, when = _latest_event(uow, order_id)
    if status == target:
        return ConflictError(
            "Order {order_no} was already {status} by {user} at {time}",
            order_no=row.order_no, status=status.value, user=user, time=when,
        )  # fmt: skip
    if row.is_on_hold and transition_for(action, status, False) is not None:
        return ConflictError(
            "Order {order_no} is on hold ({reason}); release the hold first",
            order_no=row.order_no, reason=row.hold_reason,
        )  # fmt: skip
    return ConflictError(
        "Order {order_no} is {status} (since {user} at {time}); it cannot be {action}",
        order_no=row.order_no, status=status.value, action=action.value, user=user, time=when,
    )  # fmt: skip


def _target(action: OrderAction) -> OrderStatus:
    from app.states import TRANSITIONS

    return TRANSITIONS[action].target


def _event_row(
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


def _event(
    uow: UnitOfWork,
    order_id: int,
    action: str,
    from_status: OrderStatus | None,
    to_status: OrderStatus | None,
    note: str = "",
    *,
    user_id: int | bool | None = True,
) -> None:
    row = _event_row(uow, order_id, action, from_status, to_status, note, user_id=user_id)
    uow.session.connection().execute(_INSERT_EVENT, row)


def _move(
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
        raise _refusal(uow, row.id, action)
    if not automatic:
        assert uow.actor is not None
        check(uow.actor, move.permission)
    c = _ORDERS.c
    result = uow.session.connection().execute(
        update(_ORDERS)
        .where(c.id == row.id, c.status == status, c.version == row.version)
        .values(status=move.target, version=c.version + 1, updated_at=utcnow(), **(values or {}))
    )
    if result.rowcount != 1:  # someone else moved it between our read and our write
        raise _refusal(uow, row.id, action)
    event = _event_row(uow, row.id, action.value, status, move.target, note,
                       user_id=None if automatic else True)  # fmt: skip
    if events is None:
        uow.session.connection().execute(_INSERT_EVENT, event)
    else:
        events.append(event)
    changes: dict[str, Any] = {"status": [status.value, move.target.value]}
    if note:
        changes["note"] = [None, note]
    for key, value in (values or {}).items():
        changes[key] = [getattr(row, key, None), value]
    uow.audit(f"order.{action.value}", "order", row.id, changes)
    return OrderRef(row.id, row.order_no, move.target, row.is_on_hold, row.version + 1)


def _stock_lines(
    uow: UnitOfWork, row: Any, lines: Sequence[Any] | None = None
) -> list[stock.StockLine]:
    """The order's lines as stock lines (`lines`: its (product_id, sku, qty) rows if loaded)."""
    if lines is None:
        lines = uow.session.execute(
            select(OrderLine.product_id, OrderLine.sku, OrderLine.qty).where(
                OrderLine.order_id == row.id
            )
        ).all()
    unknown = [sku for product_id, sku, _qty in lines if product_id is None]
    if unknown:
        raise ValidationError(
            "Order {order_no}: SKU {sku} is not in the catalogue", field="sku",
            order_no=row.order_no, sku=unknown[0],
        )  # fmt: skip
    if not lines:
        raise ValidationError("Order {order_no} has no lines", field="lines", order_no=row.order_no)
    return [stock.StockLine(product_id, qty) for product_id, _sku, qty in lines]


# -- moves inside another service's unit of work (fulfilment, tracking) ---------------------


def move_in(
    uow: UnitOfWork, order_id: int, action: OrderAction, *, note: str = "",
    automatic: bool = False,
) -> OrderRef:  # fmt: skip
    """Lock the order and make one move of the table inside the caller's unit of work: the
    same claim, refusal ("already packed by X at T"), history and audit as the service's own
    actions. `automatic`: a move the system makes (no permission check, no user in history)."""
    return _move(uow, _lock(uow, order_id), action, note=note, automatic=automatic)


def ship_in(uow: UnitOfWork, order_id: int) -> OrderRef:
    """Ship the order (已发货) and take its goods out of stock: on hand and the reservation
    go down together. The claim comes first, so a lost race deducts nothing."""
    row = _lock(uow, order_id)
    ref = _move(uow, row, OrderAction.SHIP)
    stock.ship(uow, row.warehouse_id, _stock_lines(uow, row), stock.Reference("order", row.id))
    return ref


def _reason(reason: str, field_name: str = "reason", *, required: bool = True) -> str:
    if not isinstance(reason, str):
        raise ValidationError("{field} is required", field=field_name)
    return _text(reason, field_name, 500, required=required)


def _by_key(uow: UnitOfWork, key: str | None) -> OrderRef | None:
    """The order an earlier call with this idempotency key made, if any."""
    if key is None:
        return None
    row = uow.session.execute(
        select(Order.id, Order.order_no, Order.status, Order.is_on_hold, Order.version)
        .where(Order.idempotency_key == key)
    ).first()  # fmt: skip
    return OrderRef(row[0], row[1], OrderStatus(row[2]), row[3], row[4]) if row else None


# -- the service ------------------------------------------------------------------------------


class OrderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # create and edit ------------------------------------------------------------------------

    @requires(Permission.EDIT_ORDERS)
    def create(
        self, actor: Actor, draft: OrderDraft, idempotency_key: str | None = None
    ) -> OrderRef:
        """Enter an order by hand. A retry with the same idempotency key returns the order
        the first call made instead of making a second one."""
        key = _text(idempotency_key or "", "idempotency_key", 64) or None
        try:
            return transaction(self.db, actor, lambda uow: self._create(uow, draft, key))
        except IntegrityError:
            # The same key committed by a parallel retry: hand back that order.
            found = transaction(self.db, actor, lambda uow: _by_key(uow, key), write=False)
            if found is None:
                raise
            return found

    def _create(
        self,
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
        found = _by_key(uow, key)
        if found is not None:
            return found
        values, amounts = _validate_draft(uow, draft)
        session = uow.session
        now = utcnow()
        prefix = read_setting(session, "orders.number_prefix") or "KD"
        order_no = daily_number(session, prefix, now)
        paid = values["paid_amount"]
        # Paid in full: it waits for review; otherwise for its payment.
        status = (
            OrderStatus.PENDING_REVIEW if paid == values["total"] else OrderStatus.PENDING_PAYMENT
        )
        if customer_id is None:
            customer_id = self._customer_for(uow, values)
        order = Order(
            order_no=order_no, channel="manual", idempotency_key=key,
            customer_id=customer_id, status=status, ordered_at=now,
            paid_at=now if status == OrderStatus.PENDING_REVIEW and paid > 0 else None,
            created_by=uow.actor.user_id if uow.actor else None, origin=origin,
            parent_order_id=parent_order_id, **values,
        )  # fmt: skip
        order.lines = [OrderLine(**line) for line in amounts.lines]
        session.add(order)
        session.flush()
        if paid > 0:
            session.add(
                Payment(order_id=order.id, method=_text(draft.payment_method, "payment_method",
                        32) or "manual", amount=paid, currency=values["currency"], paid_at=now)
            )  # fmt: skip
        _event(uow, order.id, "create", None, status)
        changes = {"order_no": [None, order_no], "total": [None, values["total"]],
                   "status": [None, status.value]}  # fmt: skip
        if origin:
            changes["origin"] = [None, origin]
        uow.audit("order.create", "order", order.id, changes)
        session.flush()
        self._after_intake(uow, order.id)
        return self._ref(uow, order.id)

    @staticmethod
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

    def _after_intake(self, uow: UnitOfWork, order_id: int) -> None:
        """Review rules, then auto-approval and auto-confirmation when the settings ask."""
        session = uow.session
        results = apply_rules(uow, [order_id], user_id=uow.actor.user_id if uow.actor else None)
        held = any(r.holds for r in results)
        if held or not read_setting(session, "orders.auto_approve"):
            return
        row = _lock(uow, order_id)
        if OrderStatus(row.status) != OrderStatus.PENDING_REVIEW or _review_problem(row):
            return
        _move(uow, row, OrderAction.APPROVE, note="auto", automatic=True)
        if not read_setting(session, "orders.auto_confirm"):
            return
        try:
            with uow.savepoint():
                self._confirm(uow, _lock(uow, order_id), automatic=True)
        except AppError:
            pass  # stays approved: a reviewer confirms it when stock arrives

    @staticmethod
    def _ref(uow: UnitOfWork, order_id: int) -> OrderRef:
        row = _lock(uow, order_id)
        return OrderRef(row.id, row.order_no, OrderStatus(row.status), row.is_on_hold, row.version)

    @requires(Permission.EDIT_ORDERS)
    def edit(
        self, actor: Actor, order_id: int, expected_version: int, draft: OrderDraft
    ) -> OrderRef:
        """Change an order that is not yet confirmed. `expected_version` is the version the
        user saw: if someone changed the order since, the edit is refused (reload first). An
        approved or returned order goes back to review; the rules run again."""

        def work(uow: UnitOfWork) -> OrderRef:
            row = _lock(uow, order_id)
            status = OrderStatus(row.status)
            if row.version != expected_version:
                user, when = _latest_event(uow, order_id)
                raise ConcurrencyError(
                    "Order {order_no} was changed by {user} at {time}; reload it and try again",
                    order_no=row.order_no, user=user, time=when,
                )  # fmt: skip
            if status not in EDITABLE:
                raise ConflictError(
                    "Order {order_no} is {status}; only orders not yet confirmed can be edited",
                    order_no=row.order_no, status=status.value,
                )  # fmt: skip
            values, amounts = _validate_draft(uow, draft)
            values.pop("paid_amount")  # payments are recorded (mark_paid), not typed over
            order = uow.session.get(Order, order_id)
            assert order is not None
            before = {k: getattr(order, k) for k in values}
            for key, value in values.items():
                setattr(order, key, value)
            old_lines = [(ln.sku, ln.qty, ln.unit_price, ln.discount) for ln in order.lines]
            order.lines.clear()
            uow.session.flush()
            order.lines.extend(OrderLine(**line) for line in amounts.lines)
            new_status = (
                OrderStatus.PENDING_REVIEW
                if status in (OrderStatus.APPROVED, OrderStatus.NEEDS_CORRECTION)
                else status
            )
            order.status = new_status
            uow.session.flush()  # bumps the version (optimistic lock) and checks it
            changes = {k: [before[k], values[k]] for k in values if before[k] != values[k]}
            new_lines = [(ln["sku"], ln["qty"], ln["unit_price"], ln["discount"])
                         for ln in amounts.lines]  # fmt: skip
            if old_lines != new_lines:
                changes["lines"] = [[list(map(str, x)) for x in old_lines],
                                    [list(map(str, x)) for x in new_lines]]  # fmt: skip
            if new_status != status:
                changes["status"] = [status.value, new_status.value]
            _event(uow, order_id, "edit", status, new_status, ", ".join(sorted(changes)))
            uow.audit("order.edit", "order", order_id, changes)
            apply_rules(uow, [order_id], user_id=actor.user_id)
            return self._ref(uow, order_id)

        return transaction(self.db, actor, work)

    # the pipeline -----------------------------------------------------------------------

    def _simple(self, actor: Actor, order_id: int, action: OrderAction, note: str = "") -> OrderRef:
        return transaction(
            self.db, actor, lambda uow: _move(uow, _lock(uow, order_id), action, note=note)
        )

    @requires(Permission.EDIT_ORDERS)
    def mark_paid(
        self, actor: Actor, order_id: int, amount: Decimal, method: str = "bank_transfer"
    ) -> OrderRef:
        """Record the payment of an order waiting for it; it then waits for review."""
        paid = _money(amount, "paid_amount")

        def work(uow: UnitOfWork) -> OrderRef:
            row = _lock(uow, order_id)
            if paid != row.total:
                raise ValidationError(
                    "Paid {paid} does not match the order total {total}", field="paid_amount",
                    paid=str(paid), total=str(row.total),
                )  # fmt: skip
            now = utcnow()
            ref = _move(
                uow, row, OrderAction.MARK_PAID, values={"paid_amount": paid, "paid_at": now}
            )
            if paid > 0:
                method_name = _text(method, "method", 32) or "manual"
                uow.session.add(
                    Payment(order_id=row.id, method=method_name, amount=paid,
                            currency=row.currency, paid_at=now)
                )  # fmt: skip
            apply_rules(uow, [row.id], user_id=actor.user_id)
            return ref

        return transaction(self.db, actor, work)

    @requires(Permission.REVIEW_ORDERS)
    def approve(self, actor: Actor, order_id: int) -> OrderRef:
        return transaction(self.db, actor, lambda uow: self._approve(uow, order_id))

    @staticmethod
    def _approve(uow: UnitOfWork, order_id: int) -> OrderRef:
        row = _lock(uow, order_id)
        if transition_for(OrderAction.APPROVE, OrderStatus(row.status), row.is_on_hold):
            problem = _review_problem(row)
            if problem is not None:
                raise problem
        return _move(uow, row, OrderAction.APPROVE)

    @requires(Permission.REVIEW_ORDERS)
    def return_for_correction(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        """Send the order back (待修正) with the reason the clerk must fix."""
        note = _reason(reason)
        return self._simple(actor, order_id, OrderAction.RETURN_FOR_CORRECTION, note)

    @requires(Permission.EDIT_ORDERS)
    def resubmit(self, actor: Actor, order_id: int, note: str = "") -> OrderRef:
        return self._simple(actor, order_id, OrderAction.RESUBMIT, _reason(note, required=False))

    @requires(Permission.CONFIRM_ORDERS)
    def confirm(self, actor: Actor, order_id: int) -> OrderRef:
        """Reserve the stock in the first warehouse (by priority) that can fill the whole
        order, set the carrier if one is configured, and mark the order confirmed."""
        return transaction(self.db, actor, lambda uow: self._confirm(uow, _lock(uow, order_id)))

    def _confirm(
        self,
        uow: UnitOfWork,
        row: Any,
        *,
        automatic: bool = False,
        lines: Sequence[Any] | None = None,
        events: list[dict[str, Any]] | None = None,
        default_carrier: int | bool | None = True,
    ) -> OrderRef:
        status = OrderStatus(row.status)
        if transition_for(OrderAction.CONFIRM, status, row.is_on_hold) is None:
            raise _refusal(uow, row.id, OrderAction.CONFIRM)
        stock_lines = _stock_lines(uow, row, lines)
        allocation = stock.allocate(uow, stock_lines)
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
        if row.carrier_id is None:
            carrier_id = self._default_carrier(uow) if default_carrier is True else default_carrier
            if carrier_id is not None:
                values["carrier_id"] = carrier_id
        ref = _move(
            uow, row, OrderAction.CONFIRM, values=values, automatic=automatic, events=events
        )
        # After the claim: a lost race never gets here, so it reserves nothing.
        reference = stock.Reference("order", row.id)
        stock.reserve(uow, allocation.warehouse_id, stock_lines, reference)
        return ref

    def _default_carrier(self, uow: UnitOfWork) -> int | None:
        code = read_setting(uow.session, "orders.default_carrier")
        if not code:
            return None
        return uow.session.scalar(
            select(Carrier.id).where(Carrier.code == code, Carrier.is_active.is_(True))
        )

    @requires(Permission.FULFIL)
    def pick(self, actor: Actor, order_id: int) -> OrderRef:
        return self._simple(actor, order_id, OrderAction.PICK)

    @requires(Permission.FULFIL)
    def pack(self, actor: Actor, order_id: int) -> OrderRef:
        return self._simple(actor, order_id, OrderAction.PACK)

    @requires(Permission.FULFIL)
    def ship(self, actor: Actor, order_id: int) -> OrderRef:
        """The goods leave the warehouse: on hand and the reservation go down together."""
        return transaction(self.db, actor, lambda uow: ship_in(uow, order_id))

    @requires(Permission.FULFIL)
    def deliver(self, actor: Actor, order_id: int) -> OrderRef:
        return self._simple(actor, order_id, OrderAction.DELIVER)

    @requires(Permission.FULFIL)
    def complete(self, actor: Actor, order_id: int) -> OrderRef:
        return self._simple(actor, order_id, OrderAction.COMPLETE)

    @requires(Permission.CANCEL_ORDERS)
    def cancel(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        """Cancel before shipping: the reservation is released, and a paid order gets a
        refund request for what was paid (the after-sales desk approves it)."""
        note = _reason(reason)
        return transaction(self.db, actor, lambda uow: self._cancel(uow, order_id, note))

    @staticmethod
    def _cancel(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
        row = _lock(uow, order_id)
        status = OrderStatus(row.status)
        ref = _move(uow, row, OrderAction.CANCEL, note=note)
        if status in RESERVING_STATES and row.warehouse_id is not None:
            stock.release(uow, row.warehouse_id, _stock_lines(uow, row),
                          stock.Reference("order", row.id))  # fmt: skip
        if row.paid_amount > 0:
            _request_refund(uow, row, row.paid_amount, f"order cancelled: {note}")
        return ref

    # hold and release -------------------------------------------------------------------

    @requires(Permission.REVIEW_ORDERS)
    def hold(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        note = _reason(reason)
        return transaction(self.db, actor, lambda uow: self._hold(uow, order_id, note))

    @staticmethod
    def _hold(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
        row = _lock(uow, order_id)
        status = OrderStatus(row.status)
        if row.is_on_hold:
            raise ConflictError(
                "Order {order_no} is already on hold ({reason})", order_no=row.order_no,
                reason=row.hold_reason,
            )  # fmt: skip
        if status not in HOLDABLE:
            raise ConflictError(
                "Order {order_no} is {status}; only open orders can be held",
                order_no=row.order_no, status=status.value,
            )  # fmt: skip
        return _set_hold(uow, row, True, note)

    @requires(Permission.REVIEW_ORDERS)
    def release(self, actor: Actor, order_id: int, note: str = "") -> OrderRef:
        text = _reason(note, "note", required=False)
        return transaction(self.db, actor, lambda uow: self._release(uow, order_id, text))

    @staticmethod
    def _release(uow: UnitOfWork, order_id: int, note: str) -> OrderRef:
        row = _lock(uow, order_id)
        if not row.is_on_hold:
            raise ConflictError("Order {order_no} is not on hold", order_no=row.order_no)
        return _set_hold(uow, row, False, note)

    @requires(Permission.CONFIRM_ORDERS)
    def assign_carrier(self, actor: Actor, order_id: int, carrier_id: int) -> OrderRef:
        return transaction(
            self.db, actor, lambda uow: self._assign_carrier(uow, order_id, carrier_id)
        )

    @staticmethod
    def _assign_carrier(uow: UnitOfWork, order_id: int, carrier_id: int) -> OrderRef:
        carrier = uow.session.execute(
            select(Carrier.id, Carrier.code).where(Carrier.id == carrier_id, Carrier.is_active)
        ).first()
        if carrier is None:
            raise NotFound("No active carrier with id {carrier_id}", carrier_id=carrier_id)
        row = _lock(uow, order_id)
        status = OrderStatus(row.status)
        if status not in HOLDABLE or status == OrderStatus.PACKED:
            raise ConflictError(
                "Order {order_no} is {status}; its carrier can no longer change",
                order_no=row.order_no, status=status.value,
            )  # fmt: skip
        if row.carrier_id == carrier.id:
            return OrderRef(row.id, row.order_no, status, row.is_on_hold, row.version)
        _update_checked(uow, row, carrier_id=carrier.id)
        _event(uow, row.id, "carrier", status, status, carrier.code)
        uow.audit(
            "order.assign_carrier", "order", row.id, {"carrier_id": [row.carrier_id, carrier.id]}
        )
        return OrderRef(row.id, row.order_no, status, row.is_on_hold, row.version + 1)

    # merge and split ----------------------------------------------------------------------

    @requires(Permission.EDIT_ORDERS)
    def merge(self, actor: Actor, order_ids: Sequence[int]) -> OrderRef:
        """Merge open orders of one recipient at one address into one new order (one
        parcel). The sources are cancelled with a note pointing at it, their payments move
        to it, confirmed sources give back their reservation: the merged order is approved
        (or waits for review if any source did) and is confirmed again."""
        ids = clean_ids(order_ids)
        if len(ids) < 2:
            raise ValidationError("Select at least two orders to merge", field="order_ids")

        def work(uow: UnitOfWork) -> OrderRef:
            return self._merge(uow, ids)

        return transaction(self.db, actor, work)

    def _merge(self, uow: UnitOfWork, ids: list[int]) -> OrderRef:
        session = uow.session
        rows = [_lock(uow, i) for i in sorted(ids)]
        first = rows[0]
        for row in rows:
            status = OrderStatus(row.status)
            if status not in MERGEABLE:
                raise ConflictError(
                    "Order {order_no} is {status}; only orders not yet picked can be merged",
                    order_no=row.order_no, status=status.value,
                )  # fmt: skip
            if row.is_on_hold:
                raise ConflictError(
                    "Order {order_no} is on hold ({reason}); release the hold first",
                    order_no=row.order_no, reason=row.hold_reason,
                )  # fmt: skip
            same = all(
                getattr(row, k).strip() == getattr(first, k).strip()
                for k in ("recipient_name", "recipient_phone", "province", "city", "district",
                          "address", "currency")
            )  # fmt: skip
            if not same:
                raise ValidationError(
                    "Order {order_no} goes to another recipient or address than {other}",
                    field="order_ids", order_no=row.order_no, other=first.order_no,
                )  # fmt: skip
        full = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(ids)))}
        source_lines = session.execute(
            select(OrderLine).where(OrderLine.order_id.in_(ids))
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ).scalars().all()  # fmt: skip
        base = full[first.id]
        now = utcnow()
        statuses = {OrderStatus(r.status) for r in rows}
        status = (
            OrderStatus.PENDING_REVIEW if OrderStatus.PENDING_REVIEW in statuses
            else OrderStatus.APPROVED
        )  # fmt: skip
        money = ("goods_amount", "shipping_fee", "discount", "total", "paid_amount")
        sums = {k: sum((getattr(full[i], k) for i in ids), Decimal(0)) for k in money}

        def notes(name: str) -> str:
            return "\n".join(dict.fromkeys(v for i in ids if (v := getattr(full[i], name))))

        prefix = read_setting(session, "orders.number_prefix") or "KD"
        merged = Order(
            order_no=daily_number(session, prefix, now), channel=base.channel,
            customer_id=base.customer_id, status=status, recipient_name=base.recipient_name,
            recipient_phone=base.recipient_phone, phone_last4=base.phone_last4,
            province=base.province, city=base.city, district=base.district, address=base.address,
            postcode=base.postcode,
            buyer_note=notes("buyer_note"), seller_note=notes("seller_note"),
            currency=base.currency, ordered_at=min(full[i].ordered_at for i in ids),
            paid_at=max((full[i].paid_at for i in ids if full[i].paid_at), default=None),
            carrier_id=base.carrier_id, created_by=uow.actor.user_id if uow.actor else None,
            origin="merge", **sums,
        )  # fmt: skip
        merged.lines = [
            OrderLine(line_no=n, product_id=ln.product_id, sku=ln.sku, name=ln.name, qty=ln.qty,
                      unit_price=ln.unit_price, discount=ln.discount)
            for n, ln in enumerate(source_lines, start=1)
        ]  # fmt: skip
        session.add(merged)
        session.flush()
        numbers = ", ".join(r.order_no for r in rows)
        for row in rows:
            src_status = OrderStatus(row.status)
            if src_status in RESERVING_STATES and row.warehouse_id is not None:
                stock.release(uow, row.warehouse_id, _stock_lines(uow, row),
                              stock.Reference("order", row.id))  # fmt: skip
            session.execute(
                update(Payment).where(Payment.order_id == row.id).values(order_id=merged.id)
            )
            _update_checked(uow, row, status=OrderStatus.CANCELLED, paid_amount=Decimal(0),
                            parent_order_id=merged.id)  # fmt: skip
            _event(uow, row.id, "merge", src_status, OrderStatus.CANCELLED,
                   f"merged into {merged.order_no}")  # fmt: skip
            uow.audit("order.merge_source", "order", row.id,
                      {"status": [src_status.value, "cancelled"],
                       "merged_into": [None, merged.order_no],
                       "paid_amount": [row.paid_amount, Decimal(0)]})  # fmt: skip
        _event(uow, merged.id, "merge", None, status, f"merged from {numbers}")
        uow.audit("order.merge", "order", merged.id,
                  {"order_no": [None, merged.order_no], "sources": [None, numbers],
                   "total": [None, sums["total"]]})  # fmt: skip
        apply_rules(uow, [merged.id], user_id=uow.actor.user_id if uow.actor else None)
        return self._ref(uow, merged.id)

    @requires(Permission.EDIT_ORDERS)
    def split(self, actor: Actor, order_id: int, quantities: dict[int, int]) -> SplitResult:
        """Move `quantities` ({order line id: pieces}) into a new order (e.g. what is in
        stock ships now, the rest later). Both keep the state and warehouse; line discounts
        split in proportion, shipping and order discount stay on the original (unless it is
        left with nothing to pay them from); what was paid covers the original first."""
        if not isinstance(quantities, dict) or not quantities:
            raise ValidationError("Choose the lines and pieces to split off", field="lines")

        def work(uow: UnitOfWork) -> SplitResult:
            return self._split(uow, order_id, quantities)

        return transaction(self.db, actor, work)

    def _split(self, uow: UnitOfWork, order_id: int, quantities: dict[int, int]) -> SplitResult:
        session = uow.session
        row = _lock(uow, order_id)
        status = OrderStatus(row.status)
        if status not in SPLITTABLE:
            raise ConflictError(
                "Order {order_no} is {status}; only orders not yet picked can be split",
                order_no=row.order_no, status=status.value,
            )  # fmt: skip
        order = session.get(Order, order_id)
        assert order is not None
        by_id = {ln.id: ln for ln in order.lines}
        moving: list[tuple[OrderLine, int]] = []
        for line_id, qty in quantities.items():
            line = by_id.get(line_id)
            if line is None:
                raise ValidationError(
                    "Line {line_id} is not part of order {order_no}", field="lines",
                    line_id=line_id, order_no=row.order_no,
                )  # fmt: skip
            if isinstance(qty, bool) or not isinstance(qty, int) or not 0 < qty <= line.qty:
                raise ValidationError(
                    "Line {line}: split between 1 and {qty} pieces", field="qty",
                    line=line.line_no, qty=line.qty,
                )  # fmt: skip
            moving.append((line, qty))
        if sum(q for _ln, q in moving) == sum(ln.qty for ln in order.lines):
            raise ValidationError(
                "Leave at least one piece on order {order_no}", field="lines",
                order_no=row.order_no,
            )  # fmt: skip
        new_lines = []
        for number, (line, qty) in enumerate(sorted(moving, key=lambda m: m[0].line_no), 1):
            moved_discount = (line.discount * qty / line.qty).quantize(CENT)
            new_lines.append(
                OrderLine(line_no=number, product_id=line.product_id, sku=line.sku,
                          name=line.name, qty=qty, unit_price=line.unit_price,
                          discount=moved_discount)
            )  # fmt: skip
            if qty == line.qty:
                order.lines.remove(line)
            else:
                line.qty -= qty
                line.discount -= moved_discount
        session.flush()
        for number, line in enumerate(order.lines, start=1):
            line.line_no = -number  # renumber without tripping (order_id, line_no) uniqueness
        session.flush()
        for line in order.lines:
            line.line_no = -line.line_no
        old = {k: getattr(order, k) for k in ("goods_amount", "shipping_fee", "discount",
                                               "total", "paid_amount")}  # fmt: skip
        goods_left = sum((ln.qty * ln.unit_price - ln.discount for ln in order.lines), Decimal(0))
        goods_new = sum((ln.qty * ln.unit_price - ln.discount for ln in new_lines), Decimal(0))
        shipping, discount = order.shipping_fee, order.discount
        if discount > goods_left + shipping:  # the discount no longer fits: split it too
            moved = discount - (goods_left + shipping)
            order_discount_left, order_discount_new = discount - moved, moved
        else:
            order_discount_left, order_discount_new = discount, Decimal(0)
        total_left = goods_left + shipping - order_discount_left
        total_new = goods_new - order_discount_new
        paid_left = min(order.paid_amount, total_left)
        paid_new = order.paid_amount - paid_left
        order.goods_amount, order.discount, order.total = (
            goods_left,
            order_discount_left,
            total_left,
        )
        order.paid_amount = paid_left
        prefix = read_setting(session, "orders.number_prefix") or "KD"
        now = utcnow()
        part = Order(
            order_no=daily_number(session, prefix, now), channel=order.channel,
            customer_id=order.customer_id, status=order.status, is_on_hold=order.is_on_hold,
            hold_reason=order.hold_reason, recipient_name=order.recipient_name,
            recipient_phone=order.recipient_phone, phone_last4=order.phone_last4,
            province=order.province, city=order.city, district=order.district,
            address=order.address, postcode=order.postcode, buyer_note=order.buyer_note,
            seller_note=order.seller_note, currency=order.currency, goods_amount=goods_new,
            shipping_fee=Decimal(0), discount=order_discount_new, total=total_new,
            paid_amount=paid_new, warehouse_id=order.warehouse_id, carrier_id=order.carrier_id,
            ordered_at=order.ordered_at, paid_at=order.paid_at,
            created_by=uow.actor.user_id if uow.actor else None, origin="split",
            parent_order_id=order.id, lines=new_lines,
        )  # fmt: skip
        session.add(part)
        session.flush()  # bumps the original's version (optimistic lock)
        # Reservations stay right: both orders are in the same state and warehouse.
        moved_text = ", ".join(f"{ln.sku}×{ln.qty}" for ln in new_lines)
        _event(uow, order.id, "split", status, status, f"{moved_text} → {part.order_no}")
        _event(uow, part.id, "split", None, status, f"split from {order.order_no}: {moved_text}")
        uow.audit("order.split", "order", order.id,
                  {**{k: [old[k], getattr(order, k)] for k in old if old[k] != getattr(order, k)},
                   "split_into": [None, part.order_no]})  # fmt: skip
        uow.audit("order.create", "order", part.id,
                  {"order_no": [None, part.order_no], "total": [None, total_new],
                   "origin": [None, "split"]})  # fmt: skip
        return SplitResult(self._ref(uow, order.id), self._ref(uow, part.id))

    # batch actions ------------------------------------------------------------------------

    def _batch(
        self,
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
            ok, bad = transaction(self.db, actor, lambda uow, part=part: chunk(uow, part))
            succeeded += ok
            failures += bad
            if progress is not None:
                progress(min(start + BATCH_CHUNK, len(ids)), len(ids))
        numbers = self._order_numbers([order_id for order_id, _e in failures])
        return BatchResult(
            action, len(ids), tuple(succeeded),
            tuple(BatchFailure(i, numbers.get(i, str(i)), e) for i, e in failures), stopped,
        )  # fmt: skip

    @staticmethod
    def _each(
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

    def _approve_chunk(self, uow: UnitOfWork, part: Sequence[int]) -> tuple[list[int], list[Any]]:
        """Approve set-wise: check every order in Python, then one UPDATE per chunk (the
        rows are locked, so it matches them all; if not, fall back to one by one)."""
        rows = {
            r.id: r
            for r in uow.session.execute(
                select(*_STATE_COLUMNS).where(Order.id.in_(part)).with_for_update()
            )
        }
        bad: list[tuple[int, AppError]] = []
        good = []
        for order_id in part:
            row = rows.get(order_id)
            if row is None:
                bad.append((order_id, NotFound("No order with id {order_id}", order_id=order_id)))
            elif (
                transition_for(OrderAction.APPROVE, OrderStatus(row.status), row.is_on_hold) is None
            ):
                bad.append((order_id, _refusal(uow, order_id, OrderAction.APPROVE)))
            elif (problem := _review_problem(row)) is not None:
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
            ok, more = self._each(self._approve)(uow, [r.id for r in good])
            return ok, bad + more
        uow.session.connection().execute(
            _INSERT_EVENT,
            [
                {"order_id": r.id, "ts": now, "user_id": user_id, "action": "approve",
                 "from_status": "pending_review", "to_status": "approved", "note": ""}
                for r in good
            ],
        )  # fmt: skip
        for r in good:
            uow.audit("order.approve", "order", r.id, {"status": ["pending_review", "approved"]})
        return [r.id for r in good], bad

    def _confirm_chunk(self, uow: UnitOfWork, part: Sequence[int]) -> tuple[list[int], list[Any]]:
        """Confirm a chunk. Fast path: allocate over one snapshot of the stock (the rule of
        stock.allocate: the first warehouse by priority that fills the whole order), claim
        the orders with one UPDATE and reserve their stock with stock.reserve_many, all in
        one savepoint. Orders the snapshot cannot place, and every order of a chunk whose
        fast path fails (a race on a server database), go one by one with their own
        savepoint and get their precise error."""
        session = uow.session
        rows = {
            r.id: r
            for r in session.execute(
                select(*_STATE_COLUMNS).where(Order.id.in_(part)).with_for_update()
            )
        }
        lines: dict[int, list[Any]] = defaultdict(list)
        for line in session.execute(
            select(OrderLine.order_id, OrderLine.product_id, OrderLine.sku, OrderLine.qty).where(
                OrderLine.order_id.in_(part)
            )
        ):
            lines[line.order_id].append(line[1:])
        carrier = self._default_carrier(uow)
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
                or transition_for(OrderAction.CONFIRM, OrderStatus(row.status), row.is_on_hold)
                is None
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
                    _INSERT_EVENT,
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
        more_ok, bad = self._each(
            lambda u, i: self._confirm(u, _lock(u, i), default_carrier=carrier)
        )(uow, slow)
        return ok + more_ok, bad

    def _order_numbers(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}

        def work(uow: UnitOfWork) -> dict[int, str]:
            return dict(
                uow.session.execute(select(Order.id, Order.order_no).where(Order.id.in_(ids))).all()
            )

        return transaction(self.db, None, work, write=False)

    @requires(Permission.REVIEW_ORDERS)
    def batch_approve(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(actor, "approve", order_ids, self._approve_chunk, progress, cancelled)

    @requires(Permission.CONFIRM_ORDERS)
    def batch_confirm(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(actor, "confirm", order_ids, self._confirm_chunk, progress, cancelled)

    @requires(Permission.REVIEW_ORDERS)
    def batch_hold(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        note = _reason(reason)
        return self._batch(
            actor,
            "hold",
            order_ids,
            self._each(lambda uow, i: self._hold(uow, i, note)),
            progress,
            cancelled,
        )

    @requires(Permission.REVIEW_ORDERS)
    def batch_release(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(
            actor, "release", order_ids, self._each(lambda uow, i: self._release(uow, i, "")),
            progress, cancelled,
        )  # fmt: skip

    @requires(Permission.CANCEL_ORDERS)
    def batch_cancel(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        note = _reason(reason)
        return self._batch(
            actor, "cancel", order_ids, self._each(lambda uow, i: self._cancel(uow, i, note)),
            progress, cancelled,
        )  # fmt: skip

    @requires(Permission.CONFIRM_ORDERS)
    def batch_assign_carrier(
        self, actor: Actor, order_ids: Sequence[int], carrier_id: int, *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(
            actor, "assign_carrier", order_ids,
            self._each(lambda uow, i: self._assign_carrier(uow, i, carrier_id)), progress,
            cancelled,
        )  # fmt: skip

    @requires(Permission.REVIEW_ORDERS)
    def batch_return_for_correction(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:  # fmt: skip
        note = _reason(reason)

        def one(uow: UnitOfWork, order_id: int) -> OrderRef:
            return _move(uow, _lock(uow, order_id), OrderAction.RETURN_FOR_CORRECTION, note=note)

        return self._batch(
            actor, "return_for_correction", order_ids, self._each(one), progress, cancelled
        )


def auto_approve_intake(uow: UnitOfWork, order_ids: Sequence[int]) -> list[int]:
    """`_after_intake` after the rules, for many new orders at once (the bulk import): when
    the settings ask for it, approve the orders that wait for review and that no rule held,
    and confirm those in stock. Returns the ids approved."""
    session = uow.session
    if not order_ids or not read_setting(session, "orders.auto_approve"):
        return []
    service = OrderService(uow.db)
    approved, _refused = service._approve_chunk(uow, order_ids)
    if approved and read_setting(session, "orders.auto_confirm"):
        service._confirm_chunk(uow, approved)  # orders out of stock stay approved
    return approved


def _update_checked(uow: UnitOfWork, row: Any, **values: Any) -> None:
    """A conditional UPDATE of a locked order that bumps its version."""
    result = uow.session.execute(
        update(Order)
        .where(Order.id == row.id, Order.version == row.version)
        .values(version=Order.version + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        user, when = _latest_event(uow, row.id)
        raise ConcurrencyError(
            "Order {order_no} was changed by {user} at {time}; reload it and try again",
            order_no=row.order_no, user=user, time=when,
        )  # fmt: skip


def _set_hold(uow: UnitOfWork, row: Any, on_hold: bool, note: str) -> OrderRef:
    status = OrderStatus(row.status)
    reason = note if on_hold else ""
    _update_checked(uow, row, is_on_hold=on_hold, hold_reason=reason)
    action = "hold" if on_hold else "release"
    _event(uow, row.id, action, status, status, note)
    changes = {"is_on_hold": [row.is_on_hold, on_hold], "hold_reason": [row.hold_reason, reason]}
    uow.audit(f"order.{action}", "order", row.id, changes)
    return OrderRef(row.id, row.order_no, status, on_hold, row.version + 1)


def _request_refund(uow: UnitOfWork, row: Any, amount: Decimal, reason: str) -> None:
    """Refund requests for `amount` against the order's payments (or those of the order it
    was split from), newest payment first."""
    session = uow.session
    order_ids = [row.id]
    if row.parent_order_id is not None:
        order_ids.append(row.parent_order_id)
    payments = session.execute(
        select(Payment.id, Payment.amount, Payment.refunded_amount)
        .where(Payment.order_id.in_(order_ids))
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
