"""Cases: opening them, their moves, receiving the goods back (restock or quarantine) and
the replacement order of a resend or exchange (see the package docstring)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select

from app import stock
from app.aftersales.model import (
    CASE_PREFIX,
    MAX_NOTE,
    REASON_CODES,
    CaseAction,
    CaseDetail,
    CaseLineRow,
    ReceiptLine,
    ScanResult,
    case_transition,
)
from app.aftersales.moves import acting, lock_case, move_case, order_events, refusal
from app.aftersales.queries import (
    case_detail,
    check_id,
    check_qty,
    claimed_pieces,
    line_rows,
    reachable,
)
from app.aftersales.refunds import decide_in
from app.errors import (
    ConflictError,
    NotFound,
    ValidationError,
)
from app.inventory.ledger import post_audited
from app.numbering import daily_number
from app.orders import DraftLine, OrderDraft, record_event
from app.orders.intake import create_in
from app.payments.completion import check_aftersales_window
from app.uow import UnitOfWork
from app.validation import text
from models import (
    CaseKind,
    CaseStatus,
    Customer,
    Disposition,
    MovementKind,
    Order,
    OrderLine,
    OrderStatus,
    Refund,
    RefundStatus,
    ReturnCase,
    ReturnLine,
    Ticket,
    Warehouse,
    utcnow,
)


def _post_return(
    uow: UnitOfWork,
    case: ReturnCase,
    product_id: int,
    warehouse: Warehouse,
    qty: int,
    resellable: bool,
) -> None:
    """Resellable: back on hand; damaged: into quarantine. With the inventory's own audit
    entry (the balance before and after), as for the returns it books itself."""
    kind = MovementKind.RETURN_RESTOCK if resellable else MovementKind.RETURN_QUARANTINE

    def post() -> None:
        stock.post(
            uow, product_id=product_id, warehouse_id=warehouse.id, kind=kind,
            on_hand=qty if resellable else 0, quarantined=0 if resellable else qty,
            reference=stock.Reference("case", case.id), note=case.case_no,
        )  # fmt: skip

    post_audited(
        uow, f"stock.{kind.value}", "warehouse", warehouse.code, [(product_id, warehouse.id)],
        post, case_no=case.case_no,
    )  # fmt: skip


def receive_items_in(uow: UnitOfWork, case: ReturnCase, receipts: Sequence[ReceiptLine]) -> None:
    """Record received pieces, move the stock (restock or quarantine) and the case."""
    session = uow.session
    if not receipts:
        raise ValidationError("Scan or enter at least one received item", field="lines")
    lines = {
        line.id: line
        for line in session.scalars(
            select(ReturnLine).where(ReturnLine.case_id == case.id).with_for_update()
        )
    }
    wanted: list[tuple[ReturnLine, int, Disposition, Warehouse]] = []
    for receipt in receipts:
        if not isinstance(receipt, ReceiptLine):
            raise ValidationError("Expected received lines", field="lines")
        line = lines.get(receipt.line_id) if isinstance(receipt.line_id, int) else None
        if line is None:
            raise ValidationError(
                "Line {line_id} is not part of case {case_no}", field="lines",
                line_id=receipt.line_id, case_no=case.case_no,
            )  # fmt: skip
        warehouse = session.get(Warehouse, check_id(receipt.warehouse_id, "warehouse"))
        if warehouse is None or not warehouse.is_active:
            raise ValidationError(
                "No active warehouse with id {warehouse_id}", field="warehouse",
                warehouse_id=receipt.warehouse_id,
            )  # fmt: skip
        try:
            disposition = Disposition(receipt.disposition)
        except ValueError as exc:
            raise ValidationError(
                "Choose resellable or damaged for every item", field="disposition"
            ) from exc
        wanted.append((line, check_qty(receipt.qty), disposition, warehouse))
    move_case(uow, case, CaseAction.RECEIVE)
    order_lines = {
        ol.id: ol
        for ol in session.execute(
            select(OrderLine.id, OrderLine.product_id, OrderLine.sku).where(
                OrderLine.id.in_({line.order_line_id for line, *_r in wanted})
            )
        )
    }
    for line, qty, disposition, warehouse in wanted:
        ol = order_lines[line.order_line_id]
        if line.received_qty + qty > line.qty:
            raise ValidationError(
                "{sku}: {received} of {qty} already received; {more} more is too many",
                field="qty", sku=ol.sku, received=line.received_qty, qty=line.qty, more=qty,
            )  # fmt: skip
        if ol.product_id is None:
            raise ValidationError(
                "{sku} is not in the catalogue; it cannot go back to stock", field="sku",
                sku=ol.sku,
            )  # fmt: skip
        same = line.disposition in (None, disposition) and line.warehouse_id in (
            None, warehouse.id,
        )  # fmt: skip
        if line.received_qty == 0 or same:
            line.received_qty += qty
            line.disposition, line.warehouse_id = disposition, warehouse.id
        else:  # another disposition or warehouse: those pieces become a line of their own
            line.qty -= qty
            session.add(
                ReturnLine(case_id=case.id, order_line_id=line.order_line_id, qty=qty,
                           received_qty=qty, disposition=disposition, warehouse_id=warehouse.id)
            )  # fmt: skip
        resellable = disposition == Disposition.RESELLABLE
        _post_return(uow, case, ol.product_id, warehouse, qty, resellable)
        uow.audit(
            "case.receive_item", "return_case", case.id,
            {"sku": [None, ol.sku], "qty": [None, qty], "disposition": [None, disposition.value],
             "warehouse": [None, warehouse.code]},
        )  # fmt: skip
        action = "case_restock" if resellable else "case_quarantine"
        order_events(uow, case, action, f"{ol.sku}×{qty} {warehouse.code}")
    session.flush()


def create_case_in(
    uow: UnitOfWork,
    customer_id: int,
    kind: CaseKind,
    reason_code: str,
    lines: Sequence[tuple[int, int]],
    note: str = "",
    *,
    ticket_id: int | None = None,
) -> CaseDetail:
    """Open a case for `lines` ((order line id, pieces)) of one or several orders of the
    customer; each within what reached the customer minus other cases (module doc)."""
    actor = acting(uow)
    kind = CaseKind(kind)
    if reason_code not in REASON_CODES:
        raise ValidationError(
            "Choose a reason from the list ({reason})", field="reason", reason=reason_code
        )
    note = text(note, "note", MAX_NOTE)
    if isinstance(lines, (str, bytes)) or not isinstance(lines, Sequence) or not lines:
        raise ValidationError("Choose at least one order line", field="lines")
    wanted: dict[int, int] = {}
    for item in lines:
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise ValidationError("Choose at least one order line", field="lines")
        line_id, qty = item
        line_id = check_id(line_id, "order line")
        if line_id in wanted:
            raise ValidationError(
                "Order line {line_id} is listed twice", field="lines", line_id=line_id
            )
        wanted[line_id] = check_qty(qty)

    session = uow.session
    customer = session.get(Customer, check_id(customer_id, "customer"))
    if customer is None:
        raise NotFound("No customer with id {customer_id}", customer_id=customer_id)
    # Lock the order lines (in id order): two agents claiming the same pieces at once
    # queue here, and the second counts the first's case.
    found = {
        ln.id: ln
        for ln in session.execute(
            select(OrderLine.id, OrderLine.order_id, OrderLine.sku, OrderLine.qty)
            .where(OrderLine.id.in_(sorted(wanted)))
            .order_by(OrderLine.id)
            .with_for_update()
        )
    }  # fmt: skip
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound("No order line with id {line_id}", line_id=missing[0])
    orders = {
        o.id: o
        for o in session.execute(
            select(Order.id, Order.order_no, Order.status, Order.customer_id,
                   Order.paid_amount).where(
                Order.id.in_({ln.order_id for ln in found.values()}))
        )
    }  # fmt: skip
    check_aftersales_window(session, orders)
    claimed = claimed_pieces(session, wanted, lock=True)
    for line_id, qty in wanted.items():
        ln = found[line_id]
        order = orders[ln.order_id]
        if order.customer_id != customer.id:
            raise ValidationError(
                "Order {order_no} belongs to another customer", field="lines",
                order_no=order.order_no,
            )  # fmt: skip
        base = reachable(kind, OrderStatus(order.status), order.paid_amount, ln.qty)
        limit = max(0, base - claimed.get(line_id, 0))
        if qty > limit:
            raise ValidationError(
                "{sku} on order {order_no}: at most {limit} piece(s) can go on this "
                "case ({reached} reached the customer, {claimed} on other cases)",
                field="qty", sku=ln.sku, order_no=order.order_no, limit=limit,
                reached=base, claimed=claimed.get(line_id, 0),
            )  # fmt: skip
    now = utcnow()
    case = ReturnCase(
        case_no=daily_number(session, CASE_PREFIX, now), kind=kind,
        status=CaseStatus.REQUESTED, customer_id=customer.id, reason_code=reason_code,
        note=note, created_by=actor.user_id, created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(case)
    session.flush()
    session.add_all(
        ReturnLine(case_id=case.id, order_line_id=line_id, qty=qty)
        for line_id, qty in wanted.items()
    )
    session.flush()
    uow.audit(
        "case.create", "return_case", case.id,
        {"case_no": [None, case.case_no], "kind": [None, kind.value],
         "customer_id": [None, customer.id], "reason_code": [None, reason_code],
         "lines": [None, [[found[i].sku, q] for i, q in wanted.items()]],
         "status": [None, CaseStatus.REQUESTED.value]},
    )  # fmt: skip
    order_events(uow, case, "case_open")
    if ticket_id is not None:
        link_ticket_in(uow, case, ticket_id)
    return case_detail(session, case.id, actor)


def link_ticket_in(uow: UnitOfWork, case: ReturnCase, ticket_id: object) -> None:
    ticket = uow.session.get(Ticket, check_id(ticket_id, "ticket"), with_for_update=True)
    if ticket is None:
        raise NotFound("No ticket with id {ticket_id}", ticket_id=ticket_id)
    if ticket.customer_id not in (None, case.customer_id):
        raise ValidationError(
            "Ticket {ticket_no} belongs to another customer", field="ticket",
            ticket_no=ticket.ticket_no,
        )  # fmt: skip
    uow.audit("ticket.link_case", "ticket", ticket.id, {"case_id": [ticket.case_id, case.id]})
    ticket.case_id = case.id


def link_ticket_case_in(uow: UnitOfWork, case_id: int, ticket_id: int) -> CaseDetail:
    """Link one of the customer's tickets to the case."""
    actor = acting(uow)

    case = lock_case(uow, case_id)
    link_ticket_in(uow, case, ticket_id)
    return case_detail(uow.session, case.id, actor)


def act_in(uow: UnitOfWork, case_id: int, action: CaseAction, note: str = "") -> CaseDetail:
    """One move of the table on the case (approve, await return, close...)."""
    case = lock_case(uow, case_id)
    move_case(uow, case, action, note=note)
    return case_detail(uow.session, case.id, acting(uow))


def reject_case_in(uow: UnitOfWork, case_id: int, reason: str) -> CaseDetail:
    """Refuse the case (a reason is required). Its waiting refund requests are rejected
    with it; a case with an approved refund cannot be rejected."""
    actor = acting(uow)
    note = text(reason, "reason", 500, required=True)

    session = uow.session
    case = lock_case(uow, case_id)
    refunds = session.scalars(
        select(Refund).where(Refund.case_id == case.id).with_for_update()
    ).all()
    paid_out = sum((r.amount for r in refunds if r.status == RefundStatus.APPROVED), Decimal(0))
    if paid_out:
        raise ConflictError(
            "Case {case_no} has approved refunds of {amount}; it cannot be rejected",
            case_no=case.case_no, amount=str(paid_out),
        )  # fmt: skip
    move_case(uow, case, CaseAction.REJECT, note=note)
    for refund in refunds:
        if refund.status == RefundStatus.REQUESTED:
            decide_in(uow, refund, RefundStatus.REJECTED, f"case rejected: {note}")
    return case_detail(session, case.id, actor)


def receive_in(uow: UnitOfWork, case_id: int, receipts: Sequence[ReceiptLine]) -> CaseDetail:
    """Record received pieces per line with their disposition and warehouse: resellable
    back on hand, damaged into quarantine; case, stock, audit and history in one unit."""
    actor = acting(uow)
    receipts = list(receipts) if isinstance(receipts, Sequence) else []

    case = lock_case(uow, case_id)
    receive_items_in(uow, case, receipts)
    return case_detail(uow.session, case.id, actor, full_names=False)


def receive_scan_in(
    uow: UnitOfWork,
    case_id: int,
    barcode: str,
    disposition: Disposition,
    warehouse_id: int,
) -> ScanResult:
    """One scanned piece (product barcode or SKU): the first line of that product with
    pieces still to come is received by one, at once."""
    actor = acting(uow)
    code = text(barcode, "barcode", 64, required=True)
    disposition = Disposition(disposition)

    session = uow.session
    case = lock_case(uow, case_id)
    lines = line_rows(session, case.id)
    matching = [ln for ln in lines if code == ln.barcode or code.upper() == ln.sku.upper()]
    if not matching:
        raise NotFound(
            "{barcode} is not an item of case {case_no}", barcode=code,
            case_no=case.case_no,
        )  # fmt: skip
    open_lines = [ln for ln in matching if ln.remaining > 0]
    if not open_lines:
        first = matching[0]
        raise ConflictError(
            "All {qty} of {sku} on case {case_no} are already received",
            qty=sum(ln.qty for ln in matching), sku=first.sku, case_no=case.case_no,
        )  # fmt: skip
    # Prefer a line already holding this disposition and warehouse: no split needed.
    line = next(
        (ln for ln in open_lines
         if ln.disposition == disposition and ln.warehouse_id == warehouse_id),
        next((ln for ln in open_lines if ln.received_qty == 0), open_lines[0]),
    )  # fmt: skip
    receive_items_in(uow, case, [ReceiptLine(line.id, 1, disposition, warehouse_id)])
    detail = case_detail(session, case.id, actor, full_names=False)
    return ScanResult(line.id, line.sku, line.name, disposition, detail)


def inspect_in(uow: UnitOfWork, case_id: int, note: str = "") -> CaseDetail:
    """The receipt is complete and every piece has its disposition."""
    actor = acting(uow)
    note = text(note, "note", 500)

    case = lock_case(uow, case_id)
    received, expected = uow.session.execute(
        select(func.sum(ReturnLine.received_qty), func.sum(ReturnLine.qty)).where(
            ReturnLine.case_id == case.id
        )
    ).one()
    move_case(
        uow, case, CaseAction.INSPECT, note=note,
        changes={"received": [None, f"{received or 0}/{expected or 0}"]},
    )  # fmt: skip
    return case_detail(uow.session, case.id, actor, full_names=False)


def mark_refunded_in(uow: UnitOfWork, case_id: int) -> CaseDetail:
    """For a refund approved before the case could move (e.g. before inspection)."""
    actor = acting(uow)

    case = lock_case(uow, case_id)
    approved = uow.session.scalar(
        select(func.count(Refund.id)).where(
            Refund.case_id == case.id, Refund.status == RefundStatus.APPROVED
        )
    )
    if not approved:
        raise ConflictError("Case {case_no} has no approved refund yet", case_no=case.case_no)
    move_case(uow, case, CaseAction.REFUND)
    return case_detail(uow.session, case.id, actor)


def resend_in(
    uow: UnitOfWork, case_id: int, replacements: Sequence[tuple[str, int]] = ()
) -> CaseDetail:
    """Make the replacement order (module doc): a resend sends the case's own items; an
    exchange sends `replacements` ((SKU, pieces)), at most as many as came back."""
    actor = acting(uow)

    session = uow.session
    case = lock_case(uow, case_id)
    if case_transition(CaseAction.RESEND, case.kind, case.status) is None:
        raise refusal(case, CaseAction.RESEND)
    lines = line_rows(session, case.id)
    if case.kind == CaseKind.RESEND:
        if replacements:
            raise ValidationError(
                "A resend sends the case's own items; use an exchange for others",
                field="replacements",
            )
        units: dict[str, int] = defaultdict(int)
        for ln in lines:
            units[ln.sku] += ln.qty
        draft_lines = [DraftLine(sku, qty, Decimal(0)) for sku, qty in units.items()]
    else:
        draft_lines = _exchange_lines(case, lines, replacements)
    source = session.execute(
        select(Order)
        .where(Order.id.in_({ln.order_id for ln in lines}))
        .order_by(Order.ordered_at.desc(), Order.id.desc())
        .limit(1)
    ).scalar_one()
    draft = OrderDraft(
        recipient_name=source.recipient_name, recipient_phone=source.recipient_phone,
        province=source.province, city=source.city, district=source.district,
        address=source.address, postcode=source.postcode, lines=tuple(draft_lines),
        seller_note=case.case_no,  # the history and origin say the rest
        paid_amount=Decimal(0), payment_method="none", currency=source.currency,
    )  # fmt: skip
    ref = create_in(
        uow, draft, f"{case.case_no}:{case.kind.value}", origin=case.kind.value,
        parent_order_id=source.id, customer_id=case.customer_id,
    )  # fmt: skip
    record_event(uow, ref.id, "case_replacement", None, ref.status, case.case_no)
    case.replacement_order_id = ref.id
    move_case(
        uow, case, CaseAction.RESEND, note=ref.order_no,
        changes={"replacement_order_id": [None, ref.id]},
    )  # fmt: skip
    return case_detail(session, case.id, actor)


def _exchange_lines(
    case: ReturnCase, lines: Sequence[CaseLineRow], replacements: Sequence[tuple[str, int]]
) -> list[DraftLine]:
    if isinstance(replacements, (str, bytes)) or not replacements:
        raise ValidationError("Choose the SKUs the customer gets in exchange", field="replacements")
    units: dict[str, int] = defaultdict(int)
    for item in replacements:
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise ValidationError(
                "Choose the SKUs the customer gets in exchange", field="replacements"
            )
        sku = text(item[0], "sku", 64, required=True)
        units[sku] += check_qty(item[1])
    back = sum(ln.received_qty for ln in lines)
    if sum(units.values()) > back:
        raise ValidationError(
            "Case {case_no}: {back} piece(s) came back; the exchange can send at most that "
            "many, not {wanted}",
            field="replacements", case_no=case.case_no, back=back,
            wanted=sum(units.values()),
        )  # fmt: skip
    return [DraftLine(sku, qty, Decimal(0)) for sku, qty in units.items()]
