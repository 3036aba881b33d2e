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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.db import one_of, rows_changed
from app.errors import InsufficientStock, NotFound
from app.settings import read_setting
from app.uow import UnitOfWork
from models import MovementKind, Product, StockLevel, StockMovement, Warehouse, utcnow


@dataclass(frozen=True)
class StockLine:
    product_id: int
    qty: int
    unit_cost: Decimal | None = None  # receipts: what a unit cost (kept as a moving average)


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
class Portion:
    """The part of an order one warehouse fills when an order is split."""

    warehouse_id: int
    lines: tuple[StockLine, ...]


@dataclass(frozen=True)
class Allocation:
    warehouse_id: int | None  # None: no single warehouse can fill the order
    shortages: tuple[Shortage, ...]  # SKUs that no warehouse holds enough of
    # Only when the `inventory.allow_split` setting is on and no single warehouse can fill
    # the order: the warehouses that fill it together, by priority.
    portions: tuple[Portion, ...] = ()

    @property
    def needs_split(self) -> bool:
        """The stock exists, but not all of it in one warehouse."""
        return self.warehouse_id is None and not self.shortages


def merge_lines(lines: Iterable[StockLine]) -> list[StockLine]:
    """One line per product, in product order (the lock order)."""
    totals: dict[int, int] = defaultdict(int)
    for line in lines:
        totals[line.product_id] += line.qty
    return [StockLine(p, q) for p, q in sorted(totals.items()) if q]


def _ensure_level(uow: UnitOfWork, product_id: int, warehouse_id: int) -> bool:
    """Create the balance row if it is missing; True if it was missing."""
    exists = uow.session.scalar(
        select(StockLevel.id).where(
            StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
        )
    )
    if exists is not None:
        return False
    try:
        with uow.session.begin_nested():  # another workstation may create it at the same time
            uow.session.add(StockLevel(product_id=product_id, warehouse_id=warehouse_id))
    except IntegrityError:
        pass
    return True


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


_LEVELS = StockLevel.__table__
_MOVEMENTS = StockMovement.__table__
_ON_HAND = _LEVELS.c.on_hand + bindparam("d_on_hand", type_=Integer)
_RESERVED = _LEVELS.c.reserved + bindparam("d_reserved", type_=Integer)
_QUARANTINED = _LEVELS.c.quarantined + bindparam("d_quarantined", type_=Integer)
# One balance change, built once: the invariants in the WHERE clause (see the module text).
_POST = (
    update(_LEVELS)
    .where(
        _LEVELS.c.product_id == bindparam("p"),
        _LEVELS.c.warehouse_id == bindparam("w"),
        _ON_HAND >= 0,
        _RESERVED >= 0,
        _RESERVED <= _ON_HAND,
        _QUARANTINED >= 0,
    )
    .values(on_hand=_ON_HAND, reserved=_RESERVED, quarantined=_QUARANTINED)
)
_INSERT_MOVEMENT = insert(_MOVEMENTS)


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
    unit_cost: Decimal | None = None,
) -> None:
    """Apply deltas to one balance and record the movement; refuse what would oversell."""
    if on_hand == reserved == quarantined == 0:
        return
    # Core statements on the session's connection: first what the caller left pending, as
    # an ORM query here would have (autoflush).
    if uow.session.autoflush:
        uow.session.flush()
    connection = uow.session.connection()
    deltas = {
        "p": product_id, "w": warehouse_id, "d_on_hand": on_hand, "d_reserved": reserved,
        "d_quarantined": quarantined,
    }  # fmt: skip
    changed = connection.execute(_POST, deltas).rowcount
    if changed != 1 and _ensure_level(uow, product_id, warehouse_id):
        changed = connection.execute(_POST, deltas).rowcount  # the balance row is new
    if changed != 1:
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
    connection.execute(
        _INSERT_MOVEMENT,
        {
            "product_id": product_id, "warehouse_id": warehouse_id, "kind": kind,
            "on_hand_delta": on_hand, "reserved_delta": reserved,
            "quarantined_delta": quarantined,
            "reference_type": reference.type if reference else None,
            "reference_id": reference.id if reference else None, "note": note,
            "user_id": uow.actor.user_id if uow.actor else None, "unit_cost": unit_cost,
            "created_at": utcnow(),
        },
    )  # fmt: skip


def reserve(
    uow: UnitOfWork, warehouse_id: int, lines: Iterable[StockLine], reference: Reference
) -> None:
    """Reserve every line in one warehouse, or none (the caller's transaction rolls back)."""
    for line in merge_lines(lines):
        post(
            uow, product_id=line.product_id, warehouse_id=warehouse_id,
            kind=MovementKind.RESERVE, reserved=line.qty, reference=reference,
        )  # fmt: skip


@dataclass(frozen=True)
class Reservation:
    """One order's (or other reference's) lines to reserve in one warehouse."""

    warehouse_id: int
    lines: tuple[StockLine, ...]
    reference: Reference


_RESERVE_TOTAL = (
    update(StockLevel)
    .where(
        StockLevel.warehouse_id == bindparam("w"),
        StockLevel.product_id == bindparam("p"),
        StockLevel.on_hand - StockLevel.reserved >= bindparam("q"),
    )
    .values(reserved=StockLevel.reserved + bindparam("q"))
)


def reserve_many(uow: UnitOfWork, reservations: Sequence[Reservation]) -> None:
    """Reserve for many orders at once, or for none of them (InsufficientStock).

    Batch confirmation of hundreds of orders: one conditional UPDATE per (warehouse, SKU)
    for the whole set, in lock order, plus one bulk insert of the movements — each movement
    still names its own order. The caller runs this in a savepoint and falls back to
    `reserve` per order to learn which one is short."""
    totals: dict[tuple[int, int], int] = defaultdict(int)
    movements: list[dict[str, object]] = []
    user_id = uow.actor.user_id if uow.actor else None
    now = utcnow()
    for item in reservations:
        for line in merge_lines(item.lines):
            totals[(item.warehouse_id, line.product_id)] += line.qty
            movements.append(
                {"product_id": line.product_id, "warehouse_id": item.warehouse_id,
                 "kind": MovementKind.RESERVE, "on_hand_delta": 0, "reserved_delta": line.qty,
                 "quarantined_delta": 0, "reference_type": item.reference.type,
                 "reference_id": item.reference.id, "note": "", "user_id": user_id,
                 "created_at": now}
            )  # fmt: skip
    if not totals:
        return
    connection = uow.session.connection()
    for (warehouse_id, product_id), qty in sorted(totals.items()):
        # One statement at a time: not every driver reports executemany row counts.
        result = connection.execute(_RESERVE_TOTAL, {"w": warehouse_id, "p": product_id, "q": qty})
        if result.rowcount != 1:
            sku, code, available = _describe(uow, product_id, warehouse_id)
            raise InsufficientStock(
                "Only {available} of {sku} available in {warehouse}; {requested} needed",
                sku=sku, warehouse=code, available=available, requested=qty,
                product_id=product_id, warehouse_id=warehouse_id,
            )  # fmt: skip
    connection.execute(insert(StockMovement), movements)


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


_BY_PRIORITY = (  # built once
    select(Warehouse.id)
    .where(Warehouse.is_active.is_(True))
    .order_by(Warehouse.priority, Warehouse.id)
)


def availability(
    uow: UnitOfWork, product_ids: list[int]
) -> tuple[list[int], dict[tuple[int, int], int]]:
    """Active warehouses by priority, and available units per (warehouse, product)."""
    # Core rows (an import reads 16,000 at a time), after the flush that the session's own
    # query would have made.
    uow.session.flush()
    connection = uow.session.connection()
    warehouses = list(connection.scalars(_BY_PRIORITY).all())
    available: dict[tuple[int, int], int] = {
        (w, p): on_hand - reserved
        for w, p, on_hand, reserved in connection.execute(
            select(
                StockLevel.warehouse_id, StockLevel.product_id, StockLevel.on_hand,
                StockLevel.reserved,
            ).where(one_of(StockLevel.product_id, product_ids))
        ).all()
    }  # fmt: skip
    return warehouses, available


def _skus(uow: UnitOfWork, product_ids: list[int]) -> dict[int, str]:
    return dict(
        uow.session.execute(
            select(Product.id, Product.sku).where(Product.id.in_(product_ids))
        ).all()
    )


def allocate(uow: UnitOfWork, lines: Iterable[StockLine]) -> Allocation:
    """The first warehouse by priority that can fill every line; else what is short.

    When no single warehouse can and the `inventory.allow_split` setting is on, the
    allocation carries the per-warehouse portions instead (see `split_allocation`).
    A read without locks: the reservation that follows is what guards against a race."""
    wanted = merge_lines(lines)
    if not wanted:
        return Allocation(None, ())
    product_ids = [line.product_id for line in wanted]
    warehouses, available = availability(uow, product_ids)
    for warehouse_id in warehouses:
        if all(available.get((warehouse_id, ln.product_id), 0) >= ln.qty for ln in wanted):
            return Allocation(warehouse_id, ())
    if read_setting(uow.session, "inventory.allow_split"):
        portions, shortages = _split(uow, wanted, warehouses, available)
        return Allocation(None, shortages, () if shortages else portions)
    skus = _skus(uow, product_ids)
    short: list[Shortage] = []
    for line in wanted:
        best = max((available.get((w, line.product_id), 0) for w in warehouses), default=0)
        if best < line.qty:
            short.append(Shortage(line.product_id, skus.get(line.product_id, "?"), line.qty, best))
    return Allocation(None, tuple(short))


def split_allocation(
    uow: UnitOfWork, lines: Iterable[StockLine]
) -> tuple[tuple[Portion, ...], tuple[Shortage, ...]]:
    """Fill the order from several warehouses, taking what each holds in priority order.

    Returns the portions and, if even all warehouses together hold too little, the
    shortages (then `available` is the total over all warehouses). Ignores the setting:
    `allocate` is the entry point that honours it."""
    wanted = merge_lines(lines)
    if not wanted:
        return (), ()
    warehouses, available = availability(uow, [line.product_id for line in wanted])
    return _split(uow, wanted, warehouses, available)


def _split(
    uow: UnitOfWork,
    wanted: list[StockLine],
    warehouses: list[int],
    available: dict[tuple[int, int], int],
) -> tuple[tuple[Portion, ...], tuple[Shortage, ...]]:
    remaining = {line.product_id: line.qty for line in wanted}
    portions = []
    for warehouse_id in warehouses:
        taken = []
        for line in wanted:
            qty = min(remaining[line.product_id], available.get((warehouse_id, line.product_id), 0))
            if qty > 0:
                taken.append(StockLine(line.product_id, qty))
                remaining[line.product_id] -= qty
        if taken:
            portions.append(Portion(warehouse_id, tuple(taken)))
    short = [line for line in wanted if remaining[line.product_id] > 0]
    if not short:
        return tuple(portions), ()
    skus = _skus(uow, [line.product_id for line in short])
    shortages = tuple(
        Shortage(
            line.product_id, skus.get(line.product_id, "?"), line.qty,
            line.qty - remaining[line.product_id],
        )
        for line in short
    )  # fmt: skip
    return tuple(portions), shortages


def held_by(uow: UnitOfWork, reference: Reference, warehouse_id: int) -> dict[int, int]:
    """Units still reserved for `reference` in a warehouse, per product (from the ledger)."""
    rows = uow.session.execute(
        select(StockMovement.product_id, func.sum(StockMovement.reserved_delta))
        .where(
            StockMovement.reference_type == reference.type,
            StockMovement.reference_id == reference.id,
            StockMovement.warehouse_id == warehouse_id,
        )
        .group_by(StockMovement.product_id)
    ).all()
    return {product_id: int(total) for product_id, total in rows if total}


def correct_balance(
    uow: UnitOfWork,
    *,
    product_id: int,
    warehouse_id: int,
    on_hand: int = 0,
    reserved: int = 0,
    quarantined: int = 0,
) -> None:
    """Shift a balance WITHOUT a ledger row: only for repairing a balance that no longer
    equals its ledger (changed behind the application's back).

    The ledger is append-only and is the truth; a movement would move the balance and the
    ledger together and leave the difference where it was. The deltas are relative on
    purpose: every concurrent posting moves balance and ledger by the same amount, so a
    difference measured in one consistent read stays exact while others keep posting."""
    if on_hand == reserved == quarantined == 0:
        return
    _ensure_level(uow, product_id, warehouse_id)
    result = uow.session.execute(
        update(StockLevel)
        .where(StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id)
        .values(
            on_hand=StockLevel.on_hand + on_hand,
            reserved=StockLevel.reserved + reserved,
            quarantined=StockLevel.quarantined + quarantined,
        )
        .execution_options(synchronize_session=False)
    )
    if rows_changed(result) != 1:
        raise NotFound(
            "No stock balance for product {product_id} in warehouse {warehouse_id}",
            product_id=product_id,
            warehouse_id=warehouse_id,
        )
