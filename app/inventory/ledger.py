"""The inventory's own stock postings (receiving, adjusting, returns) and the ledger read
back: every posting is audited with each touched balance before and after."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select

from app import costing, stock
from app.inventory.checks import (
    case_reference,
    check_lines,
    check_products,
    check_qty,
    load_product,
    load_warehouse,
)
from app.inventory.model import Balance, Key, MovementRow
from app.uow import UnitOfWork
from app.validation import form_text
from models import (
    MovementKind,
    Order,
    Product,
    ReturnCase,
    StockCount,
    StockLevel,
    StockMovement,
    Transfer,
    User,
    Warehouse,
)


def balances(uow: UnitOfWork, keys: Iterable[Key]) -> dict[Key, Balance]:
    wanted = set(keys)
    if not wanted:
        return {}
    product_ids = {p for p, _ in wanted}
    rows = uow.session.execute(
        select(
            StockLevel.product_id, Product.sku, StockLevel.warehouse_id, Warehouse.code,
            StockLevel.on_hand, StockLevel.reserved, StockLevel.quarantined,
        )
        .join(Product, Product.id == StockLevel.product_id)
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .where(StockLevel.product_id.in_(product_ids))
    ).all()  # fmt: skip
    return {(r[0], r[2]): Balance(*r) for r in rows if (r[0], r[2]) in wanted}


def _audit_stock(
    uow: UnitOfWork,
    action: str,
    entity_type: str,
    entity_id: object,
    before: dict[Key, Balance],
    after: dict[Key, Balance],
    **extra: Any,
) -> tuple[Balance, ...]:
    """One audit entry for the action: every touched balance as [on hand, reserved,
    quarantined] before and after, plus the action's own fields."""
    changes: dict[str, Any] = {key: [value, value] for key, value in extra.items()}
    for key in sorted(after):
        new = after[key]
        old = before.get(key)
        changes[f"{new.sku}@{new.warehouse_code}"] = [
            [old.on_hand, old.reserved, old.quarantined] if old else [0, 0, 0],
            [new.on_hand, new.reserved, new.quarantined],
        ]
    uow.audit(action, entity_type, entity_id, changes)
    return tuple(after[key] for key in sorted(after))


def post_audited(
    uow: UnitOfWork,
    action: str,
    entity_type: str,
    entity_id: object,
    keys: Iterable[Key],
    post: Callable[[], None],
    **extra: Any,
) -> tuple[Balance, ...]:
    """Snapshot, post (a callable doing the stock.* calls), snapshot again, audit."""
    keys = sorted(set(keys))
    before = balances(uow, keys)
    post()
    return _audit_stock(uow, action, entity_type, entity_id, before, balances(uow, keys), **extra)


def receive_in(
    uow: UnitOfWork, warehouse_id: int, lines: list[stock.StockLine], note: str = ""
) -> tuple[Balance, ...]:
    """Goods arrive (purchase delivery, opening stock): on hand goes up."""
    wanted = check_lines(lines)
    note = form_text(note, "note", required=False, max_len=500)
    warehouse = load_warehouse(uow, warehouse_id)
    check_products(uow, wanted)

    costs = costing.receipt_costs(lines)

    def post() -> None:
        for line in wanted:
            cost = costs.get(line.product_id)
            if cost is not None:  # before the receipt's units count in the old average
                costing.average_in(uow, line.product_id, line.qty, cost)
            stock.post(
                uow, product_id=line.product_id, warehouse_id=warehouse.id,
                kind=MovementKind.RECEIVE, on_hand=line.qty, note=note, unit_cost=cost,
            )  # fmt: skip

    keys = [(line.product_id, warehouse.id) for line in wanted]
    return post_audited(uow, "stock.receive", "warehouse", warehouse.code, keys, post, note=note)


def adjust_in(
    uow: UnitOfWork, product_id: int, warehouse_id: int, delta: int, reason: str
) -> Balance:
    """Correct on hand by `delta` (found, broken, lost...), with the reason recorded."""
    check_qty(delta, "delta", allow_negative=True)
    reason = form_text(reason, "reason", required=True, max_len=500)
    warehouse = load_warehouse(uow, warehouse_id)
    load_product(uow, product_id)

    def post() -> None:
        stock.post(
            uow, product_id=product_id, warehouse_id=warehouse.id,
            kind=MovementKind.ADJUST, on_hand=delta, note=reason,
        )  # fmt: skip

    (balance,) = post_audited(
        uow, "stock.adjust", "warehouse", warehouse.code,
        [(product_id, warehouse.id)], post, reason=reason, delta=delta,
    )  # fmt: skip
    return balance


def return_in(
    uow: UnitOfWork,
    product_id: int,
    warehouse_id: int,
    qty: int,
    kind: MovementKind,
    case_no: str = "",
    note: str = "",
) -> Balance:
    """A returned item: resellable (RETURN_RESTOCK) back on the shelf, damaged
    (RETURN_QUARANTINE) counted as quarantined, never sellable."""
    check_qty(qty)
    note = form_text(note, "note", required=False, max_len=500)
    resellable = kind is MovementKind.RETURN_RESTOCK
    warehouse = load_warehouse(uow, warehouse_id)
    load_product(uow, product_id)
    reference = case_reference(uow, case_no)

    def post() -> None:
        stock.post(
            uow, product_id=product_id, warehouse_id=warehouse.id, kind=kind,
            on_hand=qty if resellable else 0, quarantined=0 if resellable else qty,
            reference=reference, note=note,
        )  # fmt: skip

    (balance,) = post_audited(
        uow, f"stock.{kind.value}", "warehouse", warehouse.code,
        [(product_id, warehouse.id)], post, case_no=case_no or "", note=note,
    )  # fmt: skip
    return balance


def movements(
    uow: UnitOfWork, product_id: int, warehouse_id: int | None = None, limit: int = 500
) -> list[MovementRow]:
    """The ledger of one SKU, newest first, with who and what it belongs to."""
    stmt = (
        select(StockMovement, Warehouse.code, User.username)
        .join(Warehouse, Warehouse.id == StockMovement.warehouse_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .where(StockMovement.product_id == product_id)
        .order_by(StockMovement.id.desc())
        .limit(max(1, min(int(limit), 5000)))
    )
    if warehouse_id is not None:
        stmt = stmt.where(StockMovement.warehouse_id == warehouse_id)
    rows = uow.session.execute(stmt).all()
    names = _reference_names(uow, [m for m, _, _ in rows])
    return [
        MovementRow(
            m.id, m.created_at, MovementKind(m.kind), code, m.on_hand_delta,
            m.reserved_delta, m.quarantined_delta,
            names.get((m.reference_type, m.reference_id), ""), m.note or "",
            username or "system",
        )
        for m, code, username in rows
    ]  # fmt: skip


def _reference_names(uow: UnitOfWork, movements: list[StockMovement]) -> dict[Any, str]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for m in movements:
        if m.reference_type and m.reference_id is not None:
            wanted[m.reference_type].add(m.reference_id)
    sources: dict[str, tuple[Any, Any]] = {
        "order": (Order.id, Order.order_no),
        "transfer": (Transfer.id, Transfer.transfer_no),
        "count": (StockCount.id, StockCount.count_no),
        "case": (ReturnCase.id, ReturnCase.case_no),
    }
    names: dict[Any, str] = {}
    for kind, ids in wanted.items():
        if kind not in sources:
            names.update({(kind, i): f"{kind} {i}" for i in ids})
            continue
        id_column, name_column = sources[kind]
        for ref_id, name in uow.session.execute(
            select(id_column, name_column).where(id_column.in_(ids))
        ).all():
            names[(kind, ref_id)] = f"{kind} {name}"
    return names
