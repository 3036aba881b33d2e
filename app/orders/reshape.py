"""Changing an order's content: edits before confirmation, merging orders of one recipient
into one parcel, splitting an order in two."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select, update

from app import stock
from app.errors import ConcurrencyError, ConflictError, StateConflict, ValidationError
from app.numbering import daily_number
from app.orders.drafts import validate_draft
from app.orders.model import OrderDraft, OrderRef, SplitResult
from app.orders.transitions import (
    latest_event,
    lock_order,
    order_ref,
    record_event,
    stock_lines,
    update_checked,
)
from app.review_rules import apply_rules, clean_ids
from app.settings import read_setting
from app.states import EDITABLE, MERGEABLE, RESERVING_STATES, SPLITTABLE, OrderStatus
from app.uow import UnitOfWork
from app.validation import CENT
from models import Order, OrderLine, Payment, utcnow


def edit_in(uow: UnitOfWork, order_id: int, expected_version: int, draft: OrderDraft) -> OrderRef:
    """Change an order that is not yet confirmed. `expected_version` is the version the
    user saw: if someone changed the order since, the edit is refused (reload first). An
    approved or returned order goes back to review; the rules run again."""

    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    if row.version != expected_version:
        user, when = latest_event(uow, order_id)
        raise ConcurrencyError(
            "Order {order_no} was changed by {user} at {time}; reload it and try again",
            order_no=row.order_no, user=user, time=when,
        )  # fmt: skip
    if status not in EDITABLE:
        raise StateConflict(
            "Order {order_no} is {status}; only orders not yet confirmed can be edited",
            order_no=row.order_no, status=status,
        )  # fmt: skip
    values, amounts = validate_draft(uow, draft)
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
    record_event(uow, order_id, "edit", status, new_status, ", ".join(sorted(changes)))
    uow.audit("order.edit", "order", order_id, changes)
    apply_rules(uow, [order_id], user_id=uow.actor.user_id if uow.actor else None)
    return order_ref(uow, order_id)


def merge_in(uow: UnitOfWork, order_ids: Sequence[int]) -> OrderRef:
    """Merge open orders of one recipient at one address into one new order (one
    parcel). The sources are cancelled with a note pointing at it, their payments move
    to it, confirmed sources give back their reservation: the merged order is approved
    (or waits for review if any source did) and is confirmed again."""
    ids = clean_ids(order_ids)
    if len(ids) < 2:
        raise ValidationError("Select at least two orders to merge", field="order_ids")
    session = uow.session
    rows = [lock_order(uow, i) for i in sorted(ids)]
    first = rows[0]
    for row in rows:
        status = OrderStatus(row.status)
        if status not in MERGEABLE:
            raise StateConflict(
                "Order {order_no} is {status}; only orders not yet picked can be merged",
                order_no=row.order_no, status=status,
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
        paid_at=max((paid for i in ids if (paid := full[i].paid_at)), default=None),
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
            stock.release(uow, row.warehouse_id, stock_lines(uow, row),
                          stock.Reference("order", row.id))  # fmt: skip
        session.execute(
            update(Payment).where(Payment.order_id == row.id).values(order_id=merged.id)
        )
        update_checked(uow, row, status=OrderStatus.CANCELLED, paid_amount=Decimal(0),
                        parent_order_id=merged.id)  # fmt: skip
        record_event(uow, row.id, "merge", src_status, OrderStatus.CANCELLED,
               f"merged into {merged.order_no}")  # fmt: skip
        uow.audit("order.merge_source", "order", row.id,
                  {"status": [src_status.value, "cancelled"],
                   "merged_into": [None, merged.order_no],
                   "paid_amount": [row.paid_amount, Decimal(0)]})  # fmt: skip
    record_event(uow, merged.id, "merge", None, status, f"merged from {numbers}")
    uow.audit("order.merge", "order", merged.id,
              {"order_no": [None, merged.order_no], "sources": [None, numbers],
               "total": [None, sums["total"]]})  # fmt: skip
    apply_rules(uow, [merged.id], user_id=uow.actor.user_id if uow.actor else None)
    return order_ref(uow, merged.id)


def split_in(uow: UnitOfWork, order_id: int, quantities: dict[int, int]) -> SplitResult:
    """Move `quantities` ({order line id: pieces}) into a new order (e.g. what is in
    stock ships now, the rest later). Both keep the state and warehouse; line discounts
    split in proportion, shipping and order discount stay on the original (unless it is
    left with nothing to pay them from); what was paid covers the original first."""
    if not isinstance(quantities, dict) or not quantities:
        raise ValidationError("Choose the lines and pieces to split off", field="lines")
    session = uow.session
    row = lock_order(uow, order_id)
    status = OrderStatus(row.status)
    if status not in SPLITTABLE:
        raise StateConflict(
            "Order {order_no} is {status}; only orders not yet picked can be split",
            order_no=row.order_no, status=status,
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
    record_event(uow, order.id, "split", status, status, f"{moved_text} → {part.order_no}")
    record_event(uow, part.id, "split", None, status, f"split from {order.order_no}: {moved_text}")
    uow.audit("order.split", "order", order.id,
              {**{k: [old[k], getattr(order, k)] for k in old if old[k] != getattr(order, k)},
               "split_into": [None, part.order_no]})  # fmt: skip
    uow.audit("order.create", "order", part.id,
              {"order_no": [None, part.order_no], "total": [None, total_new],
               "origin": [None, "split"]})  # fmt: skip
    return SplitResult(order_ref(uow, order.id), order_ref(uow, part.id))
