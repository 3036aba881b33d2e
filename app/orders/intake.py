"""How an order enters: the one way in for manual entry, the import and after-sales resends.

`enter_orders` writes new orders set-wise inside the caller's unit of work: the customer of
each by the one matching rule (`link_buyers`: channel buyer id, else phone + name, else a new
customer; audited), one block of order numbers, the review rules judged before the insert (a
held order is written held), then orders, lines, history, payments, the rules' flags, and
auto-approval/confirmation when the settings ask. The import hands it a chunk of about 1,000
orders; `create_in` (manual entry, resends) hands it one, after `validate_draft`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from app.db import insert_returning_ids, insert_rows
from app.numbering import next_value
from app.orders.batch import auto_approve_intake
from app.orders.drafts import validate_draft
from app.orders.model import OrderDraft, OrderRef
from app.orders.transitions import by_idempotency_key, order_ref
from app.review_rules import (
    EVALUATED_STATES,
    RULE_HOLD_REASON,
    NewOrder,
    evaluate_new,
    load_rules,
    record_new,
)
from app.settings import read_setting
from app.sku_mapping import line_key
from app.states import OrderStatus
from app.uow import UnitOfWork
from app.validation import text
from models import Order, OrderEvent, OrderLine, Payment, utcnow

if TYPE_CHECKING:
    from app.customers import Buyer, LinkedCustomers

ZERO = Decimal("0.00")
_ORDERS = Order.__table__
# Every new order row carries the same columns (one multi-row insert): these unless given.
_ROW_DEFAULTS: dict[str, Any] = {
    "channel": "manual", "external_no": None, "idempotency_key": None, "is_on_hold": False,
    "hold_reason": "", "postcode": "", "buyer_note": "", "seller_note": "", "origin": "",
    "parent_order_id": None, "version": 1, "is_cod": False,
}  # fmt: skip


class Intake(NamedTuple):
    """One new order as each way in hands it over (a named tuple: the import makes 1,000s)."""

    status: OrderStatus
    values: dict[str, Any]  # order columns without id, number and customer
    lines: list[dict[str, Any]]  # line columns without order_id
    buyer: Buyer  # whom `link_buyers` looks for
    note: str = ""  # the history entry's note
    payment_method: str = ""  # a payment row of paid_amount when > 0
    payment_ref: str = ""
    customer_id: int | None = None  # already known (a resend: the case's customer)


class Entered(NamedTuple):
    ids: list[int]  # per intake, in order
    held: set[int]  # indexes of the intakes written on hold (by the rules or the caller)
    linked: LinkedCustomers
    waiting: list[int]  # the order ids left in review for auto-approval


def link_buyers(uow: UnitOfWork, buyers: Sequence[Buyer]) -> LinkedCustomers:
    """The one customer-matching rule of every intake (`customers.link_customer`'s rule,
    set-wise): channel + buyer id, else phone + name, else a new customer. One audit entry
    per call names the customers it created or gave a platform identity."""
    from app.customers import link_customers  # at call time: customers imports after-sales,
    # which imports this package (customers -> aftersales -> orders)

    linked = link_customers(uow, buyers)
    if linked.created or linked.given_buyer_id:
        first = (linked.created or linked.given_buyer_id)[0]
        uow.audit(
            "customer.link", "customer", first,
            {"created": [None, list(linked.created)],
             "given_buyer_id": [None, list(linked.given_buyer_id)]},
        )  # fmt: skip
    return linked


def enter_orders(
    uow: UnitOfWork,
    intakes: Sequence[Intake],
    *,
    action: str,
    user_id: int | None,
    approve_now: bool = True,
) -> Entered:
    """Write the new orders set-wise (see the module docstring); `action` names their
    history entry ("create", "import"). No audit entry per order: the caller writes its own
    (one per manual order, one per import chunk). Without `approve_now` the orders that
    auto-approval would take are only returned (`Entered.waiting`): an import on a server
    approves them after its commit, in short transactions."""
    session = uow.session
    conn = session.connection()
    unknown = [n for n, i in enumerate(intakes) if i.customer_id is None]
    linked = link_buyers(uow, [intakes[n].buyer for n in unknown])
    customer_ids = [i.customer_id for i in intakes]
    for n, customer_id in zip(unknown, linked.ids, strict=True):
        customer_ids[n] = customer_id
    now = utcnow()
    prefix = read_setting(session, "orders.number_prefix") or "KD"
    day = now.strftime("%Y%m%d")
    first = next_value(session, f"{prefix}:{day}", len(intakes))
    rows = [
        {**_ROW_DEFAULTS, **i.values, "status": i.status,
         "order_no": f"{prefix}{day}{first + n:05d}", "customer_id": customer_ids[n],
         "created_at": now, "updated_at": now}
        for n, i in enumerate(intakes)
    ]  # fmt: skip
    # Review on intake decided before the insert: a held order is written held (an UPDATE
    # afterwards rewrote every index entry of the order). Placeholder ids -1, -2, ... stand
    # for the orders until they have theirs.
    reviewed = [
        NewOrder(
            -1 - n, row["order_no"], i.status, row["recipient_name"], row["recipient_phone"],
            row["province"], row["city"], row["address"], row["buyer_note"], row["total"],
            row["paid_amount"], row["ordered_at"], row["customer_id"], row["phone_last4"],
            tuple((ln["product_id"], line_key(ln["sku"], ln["name"]), ln["qty"])
                  for ln in i.lines),
            bool(row["is_cod"]),
        )
        for n, (i, row) in enumerate(zip(intakes, rows, strict=True))
        if i.status in EVALUATED_STATES
    ]  # fmt: skip
    results = evaluate_new(uow, reviewed, load_rules(session))
    held = {-1 - r.order_id for r in results if r.holds}  # indexes into rows
    for n in held:
        if not rows[n].get("is_on_hold"):  # a caller's reason ("import the items file") says more
            rows[n]["is_on_hold"] = True
            rows[n]["hold_reason"] = RULE_HOLD_REASON
    held |= {n for n, row in enumerate(rows) if row.get("is_on_hold")}
    ids = insert_returning_ids(conn, _ORDERS, rows, ("order_no",), multi_row=True)
    line_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    payment_rows: list[dict[str, Any]] = []
    for order_id, i in zip(ids, intakes, strict=True):
        line_rows.extend({**line, "order_id": order_id} for line in i.lines)
        event_rows.append(
            {"order_id": order_id, "ts": now, "user_id": user_id, "action": action,
             "from_status": None, "to_status": i.status.value, "note": i.note}
        )  # fmt: skip
        paid = i.values["paid_amount"]
        if paid > 0:
            payment_rows.append(
                {"order_id": order_id, "method": i.payment_method[:32] or "manual",
                 "amount": paid, "refunded_amount": ZERO, "currency": i.values["currency"],
                 "external_ref": i.payment_ref[:128], "paid_at": i.values["paid_at"] or now}
            )  # fmt: skip
    insert_rows(conn, OrderLine.__table__, line_rows)
    insert_rows(conn, OrderEvent.__table__, event_rows)
    insert_rows(conn, Payment.__table__, payment_rows)
    record_new(
        uow, results, {-1 - n: order_id for n, order_id in enumerate(ids)},
        {n.id: n.status for n in reviewed}, user_id,
    )  # fmt: skip
    waiting = [
        order_id
        for n, (order_id, i) in enumerate(zip(ids, intakes, strict=True))
        if i.status == OrderStatus.PENDING_REVIEW and n not in held
    ]
    if approve_now:
        auto_approve_intake(uow, waiting)
    return Entered(ids, held, linked, waiting)


def create_in(
    uow: UnitOfWork,
    draft: OrderDraft,
    key: str | None,
    *,
    origin: str = "",
    parent_order_id: int | None = None,
    customer_id: int | None = None,
) -> OrderRef:
    """Create one order inside the caller's unit of work through `enter_orders` (review
    rules, auto-approval). After-sales replacement orders pass their origin, the order they
    replace and the case's customer."""
    found = by_idempotency_key(uow, key)
    if found is not None:
        return found
    values, amounts = validate_draft(uow, draft)
    now = utcnow()
    paid = values["paid_amount"]
    # Paid in full, or cash on delivery (the courier collects): it waits for review;
    # otherwise for its payment.
    is_cod = draft.payment_method == "cod"
    status = (OrderStatus.PENDING_REVIEW if paid == values["total"] or is_cod
              else OrderStatus.PENDING_PAYMENT)  # fmt: skip
    user_id = uow.actor.user_id if uow.actor else None
    values.update(
        channel="manual", idempotency_key=key, ordered_at=now, created_by=user_id,
        paid_at=now if status == OrderStatus.PENDING_REVIEW and paid > 0 else None,
        origin=origin, parent_order_id=parent_order_id, is_cod=is_cod,
    )  # fmt: skip
    from app.customers import Buyer  # at call time, as in link_buyers

    buyer = Buyer(
        channel="manual", buyer_id="", name=values["recipient_name"],
        phone=values["recipient_phone"], province=values["province"], city=values["city"],
        district=values["district"], address=values["address"],
    )  # fmt: skip
    method = (text(draft.payment_method, "payment_method", 32) or "manual") if paid > 0 else ""
    intake = Intake(status, values, amounts.lines, buyer, payment_method=method,
                    customer_id=customer_id)  # fmt: skip
    entered = enter_orders(uow, [intake], action="create", user_id=user_id)
    ref = order_ref(uow, entered.ids[0])  # as it is now: perhaps approved, confirmed
    changes: dict[str, Any] = {
        "order_no": [None, ref.order_no], "total": [None, values["total"]],
        "status": [None, status.value],
    }  # fmt: skip
    if origin:
        changes["origin"] = [None, origin]
    if entered.held:
        changes["is_on_hold"] = [None, True]
    uow.audit("order.create", "order", ref.id, changes)
    return ref
