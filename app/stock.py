"""The stock ledger's core, used inside other services' units of work.

Every change of a balance is one conditional UPDATE of its `stock_levels` row plus one
`stock_movements` row, in the same transaction. The UPDATE carries the invariants in its
WHERE clause (on hand ≥ 0, 0 ≤ reserved ≤ on hand, quarantined ≥ 0), so a change that would
oversell matches no row and is refused, however many workstations try at once; the CHECK
constraints are the second line. Rows are always touched in (warehouse, product) order so
two transactions never wait for each other in a cycle.

No permission checks here: callers (inventory, orders, fulfilment, after-sales services)
check their own permission and write their own audit entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError

from app.errors import InsufficientStock, NotFound
from app.uow import UnitOfWork
from models import MovementKind, Product, StockLevel, StockMovement, Warehouse


@dataclass(frozen=True)
class StockLine:
    product_id: int
    qty: int


@dataclass(frozen=True)
class Reference:
    """What a movement belongs to: ("order", 42), ("transfer", 7), ("count", 3), ("case", 9)."""

    type: str
    id: int


@dataclass(frozen=True)
class Shortage:
    product_id: int
    sku: str
    requested: int
    available: int  # in the best warehouse for this SKU


@dataclass(frozen=True)
class Allocation:
    warehouse_id: int | None  # None: no single warehouse can fill the order
    shortages: tuple[Shortage, ...]  # SKUs that no warehouse holds enough of

    @property
    def needs_split(self) -> bool:
        """Each SKU is in stock somewhere, but not all of them in one warehouse."""
        return self.warehouse_id is None and not self.shortages


def merge_lines(lines: Iterable[StockLine]) -> list[StockLine]:
    """One line per product, in product order (the lock order)."""
    totals: dict[int, int] = defaultdict(int)
    for line in lines:
        totals[line.product_id] += line.qty
    return [StockLine(p, q) for p, q in sorted(totals.items()) if q]


def _ensure_level(uow: UnitOfWork, product_id: int, warehouse_id: int) -> None:
    exists = uow.session.scalar(
        select(StockLevel.id).where(
            StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
        )
    )
    if exists is not None:
        return
    try:
        with uow.session.begin_nested():  # another workstation may create it at the same time
            uow.session.add(StockLevel(product_id=product_id, warehouse_id=warehouse_id))
    except IntegrityError:
        pass


def _describe(uow: UnitOfWork, product_id: int, warehouse_id: int) -> tuple[str, str, int]:
    sku = uow.session.scalar(select(Product.sku).where(Product.id == product_id))
    code = uow.session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
    if sku is None:
        raise NotFound("No product with id {product_id}", product_id=product_id)
    if code is None:
        raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
    row = uow.session.execute(
        select(StockLevel.on_hand, StockLevel.reserved).where(
            StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
        )
    ).first()
    available = (row[0] - row[1]) if row else 0
    return sku, code, available


def post(
    uow: UnitOfWork,
    *,
    product_id: int,
    warehouse_id: int,
    kind: MovementKind,
    on_hand: int = 0,
    reserved: int = 0,
    quarantined: int = 0,
    reference: Reference | None = None,
    note: str = "",
) -> None:
    """Apply deltas to one balance and record the movement; refuse what would oversell."""
    if on_hand == reserved == quarantined == 0:
        return
    _ensure_level(uow, product_id, warehouse_id)
    new_on_hand = StockLevel.on_hand + on_hand
    new_reserved = StockLevel.reserved + reserved
    result = uow.session.execute(
        update(StockLevel)
        .where(
            StockLevel.product_id == product_id,
            StockLevel.warehouse_id == warehouse_id,
            new_on_hand >= 0,
            new_reserved >= 0,
            new_reserved <= new_on_hand,
            StockLevel.quarantined + quarantined >= 0,
        )
        .values(
            on_hand=new_on_hand,
            reserved=new_reserved,
            quarantined=StockLevel.quarantined + quarantined,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        sku, code, available = _describe(uow, product_id, warehouse_id)
        needed = max(reserved, -on_hand, 0)
        raise InsufficientStock(
            "Only {available} of {sku} available in {warehouse}; {requested} needed",
            sku=sku,
            warehouse=code,
            available=available,
            requested=needed,
            product_id=product_id,
            warehouse_id=warehouse_id,
        )
    uow.session.add(
        StockMovement(
            product_id=product_id,
            warehouse_id=warehouse_id,
            kind=kind,
            on_hand_delta=on_hand,
            reserved_delta=reserved,
            quarantined_delta=quarantined,
            reference_type=reference.type if reference else None,
            reference_id=reference.id if reference else None,
            note=note,
            user_id=uow.actor.user_id if uow.actor else None,
        )
    )


def reserve(
    uow: UnitOfWork, warehouse_id: int, lines: Iterable[StockLine], reference: Reference
) -> None:
    """Reserve every line in one warehouse, or none (the caller's transaction rolls back)."""
    for line in merge_lines(lines):
        post(
            uow, product_id=line.product_id, warehouse_id=warehouse_id,
            kind=MovementKind.RESERVE, reserved=line.qty, reference=reference,
        )  # fmt: skip


def release(
    uow: UnitOfWork, warehouse_id: int, lines: Iterable[StockLine], reference: Reference
) -> None:
    for line in merge_lines(lines):
        post(
            uow, product_id=line.product_id, warehouse_id=warehouse_id,
            kind=MovementKind.RELEASE, reserved=-line.qty, reference=reference,
        )  # fmt: skip


def ship(
    uow: UnitOfWork, warehouse_id: int, lines: Iterable[StockLine], reference: Reference
) -> None:
    """Goods leave: on hand and the reservation go down together."""
    for line in merge_lines(lines):
        post(
            uow, product_id=line.product_id, warehouse_id=warehouse_id, kind=MovementKind.SHIP,
            on_hand=-line.qty, reserved=-line.qty, reference=reference,
        )  # fmt: skip


def allocate(uow: UnitOfWork, lines: Iterable[StockLine]) -> Allocation:
    """The first warehouse by priority that can fill every line; else what is short.

    A read without locks: the reservation that follows is what guards against a race."""
    wanted = merge_lines(lines)
    if not wanted:
        return Allocation(None, ())
    product_ids = [line.product_id for line in wanted]
    by_priority = (
        select(Warehouse.id)
        .where(Warehouse.is_active.is_(True))
        .order_by(Warehouse.priority, Warehouse.id)
    )
    warehouses = uow.session.scalars(by_priority).all()
    available: dict[tuple[int, int], int] = {
        (w, p): on_hand - reserved
        for w, p, on_hand, reserved in uow.session.execute(
            select(
                StockLevel.warehouse_id, StockLevel.product_id, StockLevel.on_hand,
                StockLevel.reserved,
            ).where(and_(StockLevel.product_id.in_(product_ids)))
        ).all()
    }  # fmt: skip
    for warehouse_id in warehouses:
        if all(available.get((warehouse_id, ln.product_id), 0) >= ln.qty for ln in wanted):
            return Allocation(warehouse_id, ())
    skus = dict(
        uow.session.execute(
            select(Product.id, Product.sku).where(Product.id.in_(product_ids))
        ).all()
    )
    shortages = []
    for line in wanted:
        best = max((available.get((w, line.product_id), 0) for w in warehouses), default=0)
        if best < line.qty:
            shortages.append(
                Shortage(line.product_id, skus.get(line.product_id, "?"), line.qty, best)
            )
    return Allocation(None, tuple(shortages))
