"""Transfers between warehouses: goods leave the source (in transit) and arrive at the
destination; a draft can be dropped, goods in transit go back when cancelled."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from app import stock
from app.db import rows_changed
from app.errors import ConflictError, NotFound, ValidationError
from app.inventory.checks import check_lines, check_products, load_warehouse
from app.inventory.ledger import post_audited
from app.inventory.model import TransferInfo, TransferLineInfo, TransferStatus
from app.numbering import daily_number
from app.stock import Reference, StockLine, merge_lines
from app.uow import UnitOfWork
from app.validation import form_text
from models import MovementKind, Product, Transfer, TransferLine, Warehouse, utcnow


def create_transfer_in(
    uow: UnitOfWork,
    from_warehouse_id: int,
    to_warehouse_id: int,
    lines: list[StockLine],
    note: str = "",
    dispatch: bool = True,
) -> TransferInfo:
    """A transfer between two warehouses; dispatched at once unless `dispatch=False`
    (then it stays a draft until `dispatch_transfer_in`)."""
    wanted = check_lines(lines)
    note = form_text(note, "note", required=False, max_len=500)
    source = load_warehouse(uow, from_warehouse_id)
    target = load_warehouse(uow, to_warehouse_id)
    if source.id == target.id:
        raise ValidationError(
            "Source and destination must be different warehouses", field="to_warehouse_id"
        )
    check_products(uow, wanted)
    now = utcnow()
    transfer = Transfer(
        transfer_no=daily_number(uow.session, "TR", now),
        from_warehouse_id=source.id,
        to_warehouse_id=target.id,
        status=TransferStatus.DRAFT.value,
        note=note,
        created_by=uow.actor.user_id if uow.actor else None,
    )
    uow.session.add(transfer)
    uow.session.flush()
    uow.session.add_all(
        TransferLine(transfer_id=transfer.id, product_id=line.product_id, qty=line.qty)
        for line in wanted
    )
    uow.session.flush()
    uow.audit(
        "transfer.create", "transfer", transfer.transfer_no,
        {"from": [None, source.code], "to": [None, target.code],
         "lines": [None, [[ln.product_id, ln.qty] for ln in wanted]]},
    )  # fmt: skip
    if dispatch:
        dispatch_transfer_in(uow, transfer.id)
    return transfer_info(uow, transfer.id)


def dispatch_transfer_in(uow: UnitOfWork, transfer_id: int) -> TransferInfo:
    """Goods leave the source warehouse: on hand there goes down; now in transit."""
    transfer = _transfer_for_change(
        uow, transfer_id, TransferStatus.DRAFT, TransferStatus.IN_TRANSIT, dispatched_at=utcnow()
    )
    _move_transfer(
        uow, transfer, transfer.from_warehouse_id, MovementKind.TRANSFER_OUT,
        "transfer.dispatch", sign=-1,
    )  # fmt: skip
    return transfer_info(uow, transfer_id)


def receive_transfer_in(uow: UnitOfWork, transfer_id: int) -> TransferInfo:
    """Goods in transit arrive at the destination: on hand there goes up."""
    transfer = _transfer_for_change(
        uow, transfer_id, TransferStatus.IN_TRANSIT, TransferStatus.RECEIVED,
        received_at=utcnow(),
    )  # fmt: skip
    _move_transfer(
        uow, transfer, transfer.to_warehouse_id, MovementKind.TRANSFER_IN,
        "transfer.receive", sign=+1,
    )  # fmt: skip
    return transfer_info(uow, transfer_id)


def cancel_transfer_in(uow: UnitOfWork, transfer_id: int) -> TransferInfo:
    """A draft is dropped; goods in transit go back into the source warehouse."""
    transfer = _load_transfer(uow, transfer_id)
    if transfer.status == TransferStatus.DRAFT.value:
        _transfer_for_change(uow, transfer_id, TransferStatus.DRAFT, TransferStatus.CANCELLED)
        uow.audit(
            "transfer.cancel", "transfer", transfer.transfer_no,
            {"status": [TransferStatus.DRAFT.value, TransferStatus.CANCELLED.value]},
        )  # fmt: skip
    else:
        transfer = _transfer_for_change(
            uow, transfer_id, TransferStatus.IN_TRANSIT, TransferStatus.CANCELLED
        )
        _move_transfer(
            uow, transfer, transfer.from_warehouse_id, MovementKind.TRANSFER_IN,
            "transfer.cancel", sign=+1, note="cancelled",
        )  # fmt: skip
    return transfer_info(uow, transfer_id)


def list_transfers(
    uow: UnitOfWork, status: str | None = None, limit: int = 200
) -> list[TransferInfo]:
    stmt = select(Transfer.id).order_by(Transfer.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(Transfer.status == TransferStatus(status).value)
    return [transfer_info(uow, i) for i in uow.session.scalars(stmt).all()]


def _load_transfer(uow: UnitOfWork, transfer_id: object) -> Transfer:
    found = uow.session.get(Transfer, transfer_id) if isinstance(transfer_id, int) else None
    if found is None:
        raise NotFound("No transfer with id {transfer_id}", transfer_id=transfer_id)
    return found


def _transfer_for_change(
    uow: UnitOfWork,
    transfer_id: int,
    expected: TransferStatus,
    new: TransferStatus,
    **values: Any,
) -> Transfer:
    """Move the transfer to `new` only if it is still in `expected` (another workstation
    may have received or cancelled it a moment ago)."""
    transfer = _load_transfer(uow, transfer_id)
    changed = uow.session.execute(
        update(Transfer)
        .where(Transfer.id == transfer.id, Transfer.status == expected.value)
        .values(status=new.value, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) != 1:
        uow.session.refresh(transfer)
        raise ConflictError(
            "Transfer {transfer_no} is {status}, not {expected}",
            transfer_no=transfer.transfer_no,
            status=transfer.status,
            expected=expected.value,
        )
    uow.session.refresh(transfer)
    return transfer


def _move_transfer(
    uow: UnitOfWork,
    transfer: Transfer,
    warehouse_id: int,
    kind: MovementKind,
    action: str,
    *,
    sign: int,
    note: str = "",
) -> None:
    lines = merge_lines(
        StockLine(p, q)
        for p, q in uow.session.execute(
            select(TransferLine.product_id, TransferLine.qty).where(
                TransferLine.transfer_id == transfer.id
            )
        ).all()
    )
    reference = Reference("transfer", transfer.id)

    def post() -> None:
        for line in lines:
            stock.post(
                uow, product_id=line.product_id, warehouse_id=warehouse_id, kind=kind,
                on_hand=sign * line.qty, reference=reference, note=note or transfer.note,
            )  # fmt: skip

    post_audited(
        uow, action, "transfer", transfer.transfer_no,
        [(line.product_id, warehouse_id) for line in lines], post, status=transfer.status,
    )  # fmt: skip


def transfer_info(uow: UnitOfWork, transfer_id: int) -> TransferInfo:
    t = _load_transfer(uow, transfer_id)
    codes = dict(uow.session.execute(select(Warehouse.id, Warehouse.code)).all())
    lines = tuple(
        TransferLineInfo(p, sku, name, qty)
        for p, sku, name, qty in uow.session.execute(
            select(TransferLine.product_id, Product.sku, Product.name, TransferLine.qty)
            .join(Product, Product.id == TransferLine.product_id)
            .where(TransferLine.transfer_id == t.id)
            .order_by(Product.sku)
        ).all()
    )
    return TransferInfo(
        t.id, t.transfer_no, t.from_warehouse_id, codes.get(t.from_warehouse_id, "?"),
        t.to_warehouse_id, codes.get(t.to_warehouse_id, "?"), TransferStatus(t.status),
        t.note or "", t.created_at, t.dispatched_at, t.received_at, lines,
    )  # fmt: skip
