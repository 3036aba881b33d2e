"""Inventory: what the warehouse clerk and the supervisor do with stock, and what they see.

Every action is one unit of work (`app.uow.transaction`) that checks the caller's permission,
changes balances only through `app.stock` (a conditional UPDATE plus a ledger row, so it can
never oversell) and writes one audit entry with each touched balance before and after.
Reads return plain frozen dataclasses; the stock table is filtered and sorted in SQL.

The orders and fulfilment services call `app.stock` inside their own units of work; the
methods here are the user-facing ones (receiving, adjusting, transfers, stock-takes,
returns, manual reservations, the ledger check and its repair, alerts and the stock table).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, true, update
from sqlalchemy.exc import IntegrityError

from app import stock
from app.db import Database
from app.errors import ConflictError, InsufficientStock, NotFound, ValidationError
from app.integrity import StockDifference, stock_differences
from app.numbering import daily_number
from app.permissions import Actor, Permission, requires
from app.stock import Allocation, Portion, Reference, StockLine, merge_lines
from app.uow import UnitOfWork, read, transaction
from models import (
    BinLocation,
    MovementKind,
    Order,
    OrderStatus,
    Product,
    ReturnCase,
    StockCount,
    StockCountLine,
    StockLevel,
    StockMovement,
    Transfer,
    TransferLine,
    User,
    Warehouse,
    utcnow,
)

__all__ = [
    "AlertCounts",
    "AlertState",
    "Balance",
    "CountLineInfo",
    "CountPosting",
    "CountSheet",
    "InventoryService",
    "MovementKind",
    "MovementRow",
    "ProductInfo",
    "RepairResult",
    "ReservationResult",
    "StockQuery",
    "StockRow",
    "StockSort",
    "TransferInfo",
    "WarehouseInfo",
    "WarehouseSummary",
    "repair_balances",
    "write_stock_xlsx",
]

# Orders in these states can no longer hold a reservation.
CLOSED_ORDER_STATES = frozenset(
    {OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.CANCELLED}
)
MAX_QTY = 1_000_000  # per line: a scanner that fires twice must not book a million units
MAX_TABLE_ROWS = 200_000
_LIKE_ESCAPE = "!"  # not a backslash: MySQL treats that specially inside string literals


class AlertState(StrEnum):
    ALL = "all"
    LOW = "low"  # something available, but less than the safety stock
    OUT = "out"  # nothing available
    OK = "ok"


class StockSort(StrEnum):
    SKU = "sku"
    NAME = "name"
    WAREHOUSE = "warehouse"
    BIN = "bin"
    ON_HAND = "on_hand"
    RESERVED = "reserved"
    AVAILABLE = "available"
    QUARANTINED = "quarantined"
    SAFETY = "safety"


class TransferStatus(StrEnum):
    DRAFT = "draft"
    IN_TRANSIT = "in_transit"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class CountStatus(StrEnum):
    OPEN = "open"
    POSTED = "posted"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class StockQuery:
    warehouse_id: int | None = None
    alert: AlertState = AlertState.ALL
    search: str = ""  # SKU, name, spec or barcode fragment; a scanned barcode works too
    sort: StockSort = StockSort.SKU
    descending: bool = False


@dataclass(frozen=True)
class StockRow:
    level_id: int
    product_id: int
    sku: str
    name: str
    spec: str
    barcode: str
    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    bin_code: str
    on_hand: int
    reserved: int
    available: int
    quarantined: int
    safety_stock: int
    incoming: int  # in transit towards this warehouse
    alert: AlertState


@dataclass(frozen=True)
class Balance:
    product_id: int
    sku: str
    warehouse_id: int
    warehouse_code: str
    on_hand: int
    reserved: int
    quarantined: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class ReservationResult:
    portions: tuple[Portion, ...]  # one per warehouse that reserved
    balances: tuple[Balance, ...]


@dataclass(frozen=True)
class MovementRow:
    id: int
    created_at: datetime
    kind: MovementKind
    warehouse_code: str
    on_hand_delta: int
    reserved_delta: int
    quarantined_delta: int
    reference: str  # "order KD…", "transfer TR…", "count PD…", "case SH…" or ""
    note: str
    username: str


@dataclass(frozen=True)
class AlertCounts:
    low: int
    out: int


@dataclass(frozen=True)
class WarehouseSummary:
    warehouse_id: int
    code: str
    name: str
    rows: int
    low: int
    out: int


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str
    barcode: str
    name: str
    spec: str
    unit_price: Decimal
    weight_g: int
    is_active: bool


@dataclass(frozen=True)
class WarehouseInfo:
    id: int
    code: str
    name: str
    priority: int
    address: str
    is_active: bool


@dataclass(frozen=True)
class TransferLineInfo:
    product_id: int
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class TransferInfo:
    id: int
    transfer_no: str
    from_warehouse_id: int
    from_code: str
    to_warehouse_id: int
    to_code: str
    status: TransferStatus
    note: str
    created_at: datetime
    dispatched_at: datetime | None
    received_at: datetime | None
    lines: tuple[TransferLineInfo, ...]

    @property
    def units(self) -> int:
        return sum(line.qty for line in self.lines)


@dataclass(frozen=True)
class CountLineInfo:
    product_id: int
    sku: str
    name: str
    bin_code: str
    expected: int  # on hand when the sheet was made
    counted: int | None
    current: int  # on hand now


@dataclass(frozen=True)
class CountSheet:
    id: int
    count_no: str
    warehouse_id: int
    warehouse_code: str
    bin_from: str
    bin_to: str
    status: CountStatus
    counter_name: str
    created_at: datetime
    posted_at: datetime | None
    lines: tuple[CountLineInfo, ...]


@dataclass(frozen=True)
class Variance:
    product_id: int
    sku: str
    before: int
    counted: int

    @property
    def delta(self) -> int:
        return self.counted - self.before


@dataclass(frozen=True)
class CountPosting:
    count_no: str
    variances: tuple[Variance, ...]  # only the lines whose count differed
    uncounted: int  # lines left empty: not changed


@dataclass(frozen=True)
class RepairResult:
    corrected: tuple[StockDifference, ...]
    failed: tuple[tuple[StockDifference, str], ...]  # with the reason the database gave


# -- validation helpers -------------------------------------------------------------------


def _qty(value: object, field: str = "qty", *, allow_negative: bool = False) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("Quantity must be a whole number", field=field)
    if value == 0 or (value < 0 and not allow_negative):
        raise ValidationError("Quantity must be more than 0", field=field)
    if abs(value) > MAX_QTY:
        raise ValidationError("Quantity {qty} is too large", field=field, qty=value)
    return value


def _lines(lines: object) -> list[StockLine]:
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("Add at least one SKU with a quantity", field="lines")
    for line in lines:
        if not isinstance(line, StockLine):
            raise ValidationError("Add at least one SKU with a quantity", field="lines")
        _qty(line.qty)
    return merge_lines(lines)


def _text(value: object, field: str, *, required: bool, max_len: int) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("Expected text", field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError("This field is required", field=field)
    if len(value) > max_len:
        raise ValidationError("At most {max_len} characters", field=field, max_len=max_len)
    return value


def _like(text: str) -> str:
    escaped = (
        text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


# -- loading helpers ----------------------------------------------------------------------


def _warehouse(uow: UnitOfWork, warehouse_id: object, *, active: bool = True) -> Warehouse:
    found = uow.session.get(Warehouse, warehouse_id) if isinstance(warehouse_id, int) else None
    if found is None:
        raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
    if active and not found.is_active:
        raise ConflictError("Warehouse {warehouse} is not active", warehouse=found.code)
    return found


def _product(uow: UnitOfWork, product_id: object) -> Product:
    found = uow.session.get(Product, product_id) if isinstance(product_id, int) else None
    if found is None:
        raise NotFound("No product with id {product_id}", product_id=product_id)
    return found


def _check_products(uow: UnitOfWork, lines: Iterable[StockLine]) -> None:
    wanted = {line.product_id for line in lines}
    found = set(uow.session.scalars(select(Product.id).where(Product.id.in_(wanted))))
    for missing in sorted(wanted - found, key=str):
        raise NotFound("No product with id {product_id}", product_id=missing)


def _order(uow: UnitOfWork, order_no: object) -> Order:
    order = None
    if isinstance(order_no, str) and order_no.strip():
        order = uow.session.scalar(select(Order).where(Order.order_no == order_no.strip()))
    if order is None:
        raise NotFound("No order {order_no}", order_no=order_no)
    return order


def _case_reference(uow: UnitOfWork, case_no: object) -> Reference | None:
    if not case_no:
        return None
    found = None
    if isinstance(case_no, str):
        found = uow.session.scalar(
            select(ReturnCase.id).where(ReturnCase.case_no == case_no.strip())
        )
    if found is None:
        raise NotFound("No after-sales case {case_no}", case_no=case_no)
    return Reference("case", found)


Key = tuple[int, int]  # (product_id, warehouse_id)


def _balances(uow: UnitOfWork, keys: Iterable[Key]) -> dict[Key, Balance]:
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


def _posting(
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
    before = _balances(uow, keys)
    post()
    return _audit_stock(uow, action, entity_type, entity_id, before, _balances(uow, keys), **extra)


# -- the stock table ----------------------------------------------------------------------

_available_units = StockLevel.on_hand - StockLevel.reserved


def _alert_condition(alert: AlertState) -> ColumnElement[bool]:
    if alert is AlertState.OUT:
        return _available_units <= 0
    if alert is AlertState.LOW:
        return and_(_available_units > 0, _available_units < StockLevel.safety_stock)
    if alert is AlertState.OK:
        return and_(_available_units > 0, _available_units >= StockLevel.safety_stock)
    return true()


def _alert_of(available: int, safety: int) -> AlertState:
    if available <= 0:
        return AlertState.OUT
    return AlertState.LOW if available < safety else AlertState.OK


def _search_condition(search: str) -> ColumnElement[bool]:
    text = search.strip()
    if not text:
        return true()
    pattern = _like(text)
    return or_(
        Product.sku.ilike(pattern, escape=_LIKE_ESCAPE),
        Product.name.ilike(pattern, escape=_LIKE_ESCAPE),
        Product.spec.ilike(pattern, escape=_LIKE_ESCAPE),
        Product.barcode.ilike(pattern, escape=_LIKE_ESCAPE),
    )


def _stock_base(query: StockQuery) -> Any:
    """The filtered (not yet sorted) stock rows: active SKUs in active warehouses."""
    stmt = (
        select(StockLevel.id)
        .join(Product, Product.id == StockLevel.product_id)
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
        .where(Product.is_active.is_(True), Warehouse.is_active.is_(True))
        .where(_search_condition(query.search))
        .where(_alert_condition(query.alert))
    )
    if query.warehouse_id is not None:
        stmt = stmt.where(StockLevel.warehouse_id == query.warehouse_id)
    return stmt


_SORT_COLUMNS: dict[StockSort, Any] = {
    StockSort.SKU: Product.sku,
    StockSort.NAME: Product.name,
    StockSort.WAREHOUSE: Warehouse.priority,
    StockSort.BIN: func.coalesce(BinLocation.code, ""),
    StockSort.ON_HAND: StockLevel.on_hand,
    StockSort.RESERVED: StockLevel.reserved,
    StockSort.AVAILABLE: _available_units,
    StockSort.QUARANTINED: StockLevel.quarantined,
    StockSort.SAFETY: StockLevel.safety_stock,
}


def _check_query(query: object) -> StockQuery:
    if not isinstance(query, StockQuery):
        raise ValidationError("Not a stock query", field="query")
    return query


def _incoming() -> Any:
    return (
        select(
            TransferLine.product_id.label("product_id"),
            Transfer.to_warehouse_id.label("warehouse_id"),
            func.sum(TransferLine.qty).label("qty"),
        )
        .join(Transfer, Transfer.id == TransferLine.transfer_id)
        .where(Transfer.status == TransferStatus.IN_TRANSIT.value)
        .group_by(TransferLine.product_id, Transfer.to_warehouse_id)
        .subquery()
    )


def _stock_rows(uow: UnitOfWork, level_ids: Sequence[int]) -> list[StockRow]:
    incoming = _incoming()
    found: dict[int, StockRow] = {}
    for start in range(0, len(level_ids), 500):
        chunk = list(level_ids[start : start + 500])
        rows = uow.session.execute(
            select(
                StockLevel.id, Product.id, Product.sku, Product.name, Product.spec,
                Product.barcode, Warehouse.id, Warehouse.code, Warehouse.name,
                BinLocation.code, StockLevel.on_hand, StockLevel.reserved,
                StockLevel.quarantined, StockLevel.safety_stock,
                func.coalesce(incoming.c.qty, 0),
            )
            .join(Product, Product.id == StockLevel.product_id)
            .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
            .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
            .outerjoin(
                incoming,
                and_(
                    incoming.c.product_id == StockLevel.product_id,
                    incoming.c.warehouse_id == StockLevel.warehouse_id,
                ),
            )
            .where(StockLevel.id.in_(chunk))
        ).all()  # fmt: skip
        for r in rows:
            available = r[10] - r[11]
            found[r[0]] = StockRow(
                level_id=r[0], product_id=r[1], sku=r[2], name=r[3], spec=r[4] or "",
                barcode=r[5] or "", warehouse_id=r[6], warehouse_code=r[7],
                warehouse_name=r[8], bin_code=r[9] or "", on_hand=r[10], reserved=r[11],
                available=available, quarantined=r[12], safety_stock=r[13],
                incoming=int(r[14]), alert=_alert_of(available, r[13]),
            )  # fmt: skip
    return [found[i] for i in level_ids if i in found]


# -- the xlsx export ----------------------------------------------------------------------

EXPORT_HEADERS = (
    "SKU", "Name", "Spec", "Barcode", "Warehouse", "Bin", "On hand", "Reserved",
    "Available", "Quarantined", "Safety stock", "Incoming", "Alert",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_stock_xlsx(
    path: Path, rows: Iterable[StockRow], headers: Sequence[str] = EXPORT_HEADERS
) -> int:
    """Write the stock rows to an xlsx file; returns how many rows were written.

    Text cells are always stored as text: a SKU or name starting with = + - @ must never
    become a formula when the file is opened (quotePrefix is how Excel marks such text)."""
    from openpyxl import Workbook  # imported here: only the export needs it

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Stock"
    sheet.append(list(headers))
    count = 0
    for row in rows:
        values: list[Any] = [
            row.sku, row.name, row.spec, row.barcode, row.warehouse_code, row.bin_code,
            row.on_hand, row.reserved, row.available, row.quarantined, row.safety_stock,
            row.incoming, row.alert.value,
        ]  # fmt: skip
        count += 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=count + 1, column=column)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
                if value.startswith(_FORMULA_START):
                    cell.quotePrefix = True
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJKLM", (14, 28, 18, 16, 10, 10), strict=False):
        sheet.column_dimensions[letter].width = width
    workbook.save(path)
    return count


# -- repair -------------------------------------------------------------------------------


def repair_balances(db: Database, actor: Actor | None) -> RepairResult:
    """Set every balance that differs from its ledger back to the ledger's sum, audited.

    The ledger (stock_movements) is append-only and every legitimate change writes to it in
    the same transaction as the balance, so when they disagree the balance is what was
    damaged (an SQL edit, a restored half-backup). Posting an ADJUST movement would not help:
    it moves the balance and the ledger by the same amount and leaves the difference. So
    the repair corrects the balance itself (`stock.correct_balance`), without a movement,
    and records every correction in the audit log (who, which SKU and warehouse, balance
    before, ledger value). `actor=None` is the command line: audited as "system".
    """

    def work(uow: UnitOfWork) -> RepairResult:
        grouped: dict[Key, list[StockDifference]] = defaultdict(list)
        for difference in stock_differences(uow.session):
            grouped[(difference.product_id, difference.warehouse_id)].append(difference)
        corrected: list[StockDifference] = []
        failed: list[tuple[StockDifference, str]] = []
        for (product_id, warehouse_id), differences in sorted(grouped.items()):
            deltas = {d.field: d.ledger - d.balance for d in differences}
            try:
                with uow.session.begin_nested():
                    stock.correct_balance(
                        uow, product_id=product_id, warehouse_id=warehouse_id, **deltas
                    )
            except IntegrityError as exc:
                # The ledger itself breaks a rule (e.g. more reserved than on hand):
                # nothing to copy back; a person must look at the movements.
                failed.extend((d, str(exc.orig).strip().splitlines()[0]) for d in differences)
                continue
            first = differences[0]
            uow.audit(
                "stock.repair",
                "stock",
                f"{first.sku}@{first.warehouse_code}",
                {d.field: [d.balance, d.ledger] for d in differences},
            )
            corrected.extend(differences)
        return RepairResult(tuple(corrected), tuple(failed))

    return transaction(db, actor, work)


# -- the service --------------------------------------------------------------------------


class InventoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- queries ----------------------------------------------------------------------

    @requires(Permission.VIEW_INVENTORY)
    def stock_ids(self, actor: Actor, query: StockQuery) -> list[int]:
        """The ids of the stock rows matching the query, in its order (for a lazy table)."""
        query = _check_query(query)
        column = _SORT_COLUMNS[query.sort]
        order = column.desc() if query.descending else column.asc()
        stmt = (
            _stock_base(query)
            .order_by(order, Product.sku, Warehouse.priority, StockLevel.id)
            .limit(MAX_TABLE_ROWS)
        )
        return read(self.db, lambda uow: list(uow.session.scalars(stmt)))

    @requires(Permission.VIEW_INVENTORY)
    def stock_rows(self, actor: Actor, level_ids: list[int]) -> list[StockRow]:
        """The rows with these ids, in the given order (missing ids are left out)."""
        if not isinstance(level_ids, list | tuple) or not all(
            isinstance(i, int) for i in level_ids
        ):
            raise ValidationError("Expected a list of row ids", field="level_ids")
        return read(self.db, lambda uow: _stock_rows(uow, level_ids))

    @requires(Permission.VIEW_INVENTORY)
    def stock_row(self, actor: Actor, product_id: int, warehouse_id: int) -> StockRow:
        def work(uow: UnitOfWork) -> StockRow:
            level_id = uow.session.scalar(
                select(StockLevel.id).where(
                    StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
                )
            )
            rows = _stock_rows(uow, [level_id]) if level_id is not None else []
            if not rows:
                raise NotFound(
                    "No stock of product {product_id} in warehouse {warehouse_id}",
                    product_id=product_id,
                    warehouse_id=warehouse_id,
                )
            return rows[0]

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def summary(self, actor: Actor, search: str = "") -> list[WarehouseSummary]:
        """Per active warehouse: how many stock rows match the search, how many are low or
        out of stock (the live counts of the filter list)."""
        if not isinstance(search, str):
            raise ValidationError("Expected text", field="search")

        def work(uow: UnitOfWork) -> list[WarehouseSummary]:
            low = _alert_condition(AlertState.LOW)
            out = _alert_condition(AlertState.OUT)
            counts = {
                warehouse_id: (int(rows), int(n_low or 0), int(n_out or 0))
                for warehouse_id, rows, n_low, n_out in uow.session.execute(
                    select(
                        StockLevel.warehouse_id,
                        func.count(StockLevel.id),
                        func.sum(case((low, 1), else_=0)),
                        func.sum(case((out, 1), else_=0)),
                    )
                    .join(Product, Product.id == StockLevel.product_id)
                    .where(Product.is_active.is_(True), _search_condition(search))
                    .group_by(StockLevel.warehouse_id)
                ).all()
            }
            warehouses = uow.session.execute(
                select(Warehouse.id, Warehouse.code, Warehouse.name)
                .where(Warehouse.is_active.is_(True))
                .order_by(Warehouse.priority, Warehouse.id)
            ).all()
            return [
                WarehouseSummary(w, code, name, *counts.get(w, (0, 0, 0)))
                for w, code, name in warehouses
            ]

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def alerts(self, actor: Actor) -> AlertCounts:
        """Low-stock and out-of-stock rows over all active warehouses (the status bar)."""
        rows = self.summary(actor)
        return AlertCounts(sum(r.low for r in rows), sum(r.out for r in rows))

    @requires(Permission.VIEW_INVENTORY)
    def movements(
        self, actor: Actor, product_id: int, warehouse_id: int | None = None, limit: int = 500
    ) -> list[MovementRow]:
        """The ledger of one SKU, newest first, with who and what it belongs to."""

        def work(uow: UnitOfWork) -> list[MovementRow]:
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

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def find_product(self, actor: Actor, code: str) -> ProductInfo:
        """The product whose SKU or barcode is exactly `code` (what a scanner sends)."""
        text = _text(code, "code", required=True, max_len=64)

        def work(uow: UnitOfWork) -> ProductInfo:
            product = uow.session.scalar(
                select(Product).where(
                    or_(func.lower(Product.sku) == text.lower(), Product.barcode == text)
                )
            )
            if product is None:
                raise NotFound("No product with SKU or barcode {code}", code=text)
            return _product_info(product)

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def list_products(
        self, actor: Actor, search: str = "", limit: int = 200, include_inactive: bool = False
    ) -> list[ProductInfo]:
        if not isinstance(search, str):
            raise ValidationError("Expected text", field="search")

        def work(uow: UnitOfWork) -> list[ProductInfo]:
            stmt = select(Product).where(_search_condition(search)).order_by(Product.sku)
            if not include_inactive:
                stmt = stmt.where(Product.is_active.is_(True))
            return [_product_info(p) for p in uow.session.scalars(stmt.limit(limit))]

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def list_warehouses(self, actor: Actor, include_inactive: bool = False) -> list[WarehouseInfo]:
        def work(uow: UnitOfWork) -> list[WarehouseInfo]:
            stmt = select(Warehouse).order_by(Warehouse.priority, Warehouse.id)
            if not include_inactive:
                stmt = stmt.where(Warehouse.is_active.is_(True))
            return [_warehouse_info(w) for w in uow.session.scalars(stmt)]

        return read(self.db, work)

    @requires(Permission.VIEW_INVENTORY)
    def list_bins(self, actor: Actor, warehouse_id: int) -> list[str]:
        return read(
            self.db,
            lambda uow: list(
                uow.session.scalars(
                    select(BinLocation.code)
                    .where(BinLocation.warehouse_id == warehouse_id)
                    .order_by(BinLocation.code)
                )
            ),
        )

    @requires(Permission.VIEW_INVENTORY)
    def plan_allocation(self, actor: Actor, lines: list[StockLine]) -> Allocation:
        """Which warehouse would fill these lines (honours `inventory.allow_split`)."""
        wanted = _lines(lines)
        return read(self.db, lambda uow: stock.allocate(uow, wanted))

    @requires(Permission.VIEW_INVENTORY)
    def export_stock(
        self,
        actor: Actor,
        query: StockQuery,
        path: str,
        headers: tuple[str, ...] = EXPORT_HEADERS,
    ) -> int:
        """Write the stock table as filtered and sorted on screen to an xlsx file."""
        query = _check_query(query)
        if not isinstance(path, str) or not path.lower().endswith(".xlsx"):
            raise ValidationError("The file name must end in .xlsx", field="path")
        if len(headers) != len(EXPORT_HEADERS):
            raise ValidationError("Expected {count} column headers", count=len(EXPORT_HEADERS))
        ids = self.stock_ids(actor, query)
        rows = read(self.db, lambda uow: _stock_rows(uow, ids))
        try:
            return write_stock_xlsx(Path(path), rows, headers)
        except OSError as exc:
            raise ValidationError(
                "Cannot write {path}: {reason}", field="path", path=path, reason=exc.strerror
            ) from exc

    # ---- receiving, adjusting, returns ------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def receive(
        self, actor: Actor, warehouse_id: int, lines: list[StockLine], note: str = ""
    ) -> tuple[Balance, ...]:
        """Goods arrive (purchase delivery, opening stock): on hand goes up."""
        wanted = _lines(lines)
        note = _text(note, "note", required=False, max_len=500)

        def work(uow: UnitOfWork) -> tuple[Balance, ...]:
            warehouse = _warehouse(uow, warehouse_id)
            _check_products(uow, wanted)

            def post() -> None:
                for line in wanted:
                    stock.post(
                        uow, product_id=line.product_id, warehouse_id=warehouse.id,
                        kind=MovementKind.RECEIVE, on_hand=line.qty, note=note,
                    )  # fmt: skip

            keys = [(line.product_id, warehouse.id) for line in wanted]
            return _posting(
                uow, "stock.receive", "warehouse", warehouse.code, keys, post, note=note
            )

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def adjust(
        self, actor: Actor, product_id: int, warehouse_id: int, delta: int, reason: str
    ) -> Balance:
        """Correct on hand by `delta` (found, broken, lost...), with the reason recorded."""
        _qty(delta, "delta", allow_negative=True)
        reason = _text(reason, "reason", required=True, max_len=500)

        def work(uow: UnitOfWork) -> Balance:
            warehouse = _warehouse(uow, warehouse_id)
            _product(uow, product_id)

            def post() -> None:
                stock.post(
                    uow, product_id=product_id, warehouse_id=warehouse.id,
                    kind=MovementKind.ADJUST, on_hand=delta, note=reason,
                )  # fmt: skip

            (balance,) = _posting(
                uow, "stock.adjust", "warehouse", warehouse.code,
                [(product_id, warehouse.id)], post, reason=reason, delta=delta,
            )  # fmt: skip
            return balance

        return transaction(self.db, actor, work)

    @requires(Permission.RECEIVE_RETURNS)
    def restock_return(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        qty: int,
        case_no: str = "",
        note: str = "",
    ) -> Balance:
        """A returned item in resellable condition goes back on the shelf."""
        return self._return(
            actor, product_id, warehouse_id, qty, case_no, note, MovementKind.RETURN_RESTOCK
        )

    @requires(Permission.RECEIVE_RETURNS)
    def quarantine_return(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        qty: int,
        case_no: str = "",
        note: str = "",
    ) -> Balance:
        """A damaged return is kept apart: counted as quarantined, never sellable."""
        return self._return(
            actor, product_id, warehouse_id, qty, case_no, note, MovementKind.RETURN_QUARANTINE
        )

    def _return(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        qty: int,
        case_no: str,
        note: str,
        kind: MovementKind,
    ) -> Balance:
        _qty(qty)
        note = _text(note, "note", required=False, max_len=500)
        resellable = kind is MovementKind.RETURN_RESTOCK

        def work(uow: UnitOfWork) -> Balance:
            warehouse = _warehouse(uow, warehouse_id)
            _product(uow, product_id)
            reference = _case_reference(uow, case_no)

            def post() -> None:
                stock.post(
                    uow, product_id=product_id, warehouse_id=warehouse.id, kind=kind,
                    on_hand=qty if resellable else 0, quarantined=0 if resellable else qty,
                    reference=reference, note=note,
                )  # fmt: skip

            (balance,) = _posting(
                uow, f"stock.{kind.value}", "warehouse", warehouse.code,
                [(product_id, warehouse.id)], post, case_no=case_no or "", note=note,
            )  # fmt: skip
            return balance

        return transaction(self.db, actor, work)

    # ---- reservations for an order (manual) ------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def reserve_for_order(
        self,
        actor: Actor,
        order_no: str,
        lines: list[StockLine],
        warehouse_id: int | None = None,
    ) -> ReservationResult:
        """Reserve stock for an open order, in the given warehouse or the one `allocate`
        chooses. All or nothing: "Only 0 of SKU available in SH; 1 needed" when short."""
        wanted = _lines(lines)

        def work(uow: UnitOfWork) -> ReservationResult:
            order = _order(uow, order_no)
            if order.status in CLOSED_ORDER_STATES:
                raise ConflictError(
                    "Order {order_no} is {status}; it cannot hold stock",
                    order_no=order.order_no,
                    status=order.status.value,
                )
            _check_products(uow, wanted)
            if warehouse_id is not None:
                portions: tuple[Portion, ...] = (
                    Portion(_warehouse(uow, warehouse_id).id, tuple(wanted)),
                )
            else:
                portions = _allocated_portions(uow, wanted)
            reference = Reference("order", order.id)

            def post() -> None:
                for portion in portions:
                    stock.reserve(uow, portion.warehouse_id, portion.lines, reference)

            keys = [(ln.product_id, p.warehouse_id) for p in portions for ln in p.lines]
            balances = _posting(
                uow, "stock.reserve", "order", order.order_no, keys, post,
                warehouses=[p.warehouse_id for p in portions],
            )  # fmt: skip
            return ReservationResult(portions, balances)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def release_for_order(
        self,
        actor: Actor,
        order_no: str,
        warehouse_id: int,
        lines: list[StockLine] | None = None,
    ) -> tuple[Balance, ...]:
        """Give back what an order holds in a warehouse (all of it without `lines`)."""
        return self._settle(actor, order_no, warehouse_id, lines, ship=False)

    @requires(Permission.MANAGE_STOCK)
    def ship_for_order(
        self,
        actor: Actor,
        order_no: str,
        warehouse_id: int,
        lines: list[StockLine] | None = None,
    ) -> tuple[Balance, ...]:
        """Goods of an order leave: on hand and its reservation go down together."""
        return self._settle(actor, order_no, warehouse_id, lines, ship=True)

    def _settle(
        self,
        actor: Actor,
        order_no: str,
        warehouse_id: int,
        lines: list[StockLine] | None,
        *,
        ship: bool,
    ) -> tuple[Balance, ...]:
        wanted = None if lines is None else _lines(lines)

        def work(uow: UnitOfWork) -> tuple[Balance, ...]:
            order = _order(uow, order_no)
            warehouse = _warehouse(uow, warehouse_id, active=False)
            reference = Reference("order", order.id)
            held = stock.held_by(uow, reference, warehouse.id)
            todo = wanted if wanted is not None else merge_lines(
                StockLine(p, q) for p, q in held.items()
            )  # fmt: skip
            if not todo:
                raise ConflictError(
                    "Order {order_no} holds no stock in {warehouse}",
                    order_no=order.order_no,
                    warehouse=warehouse.code,
                )
            skus = dict(uow.session.execute(select(Product.id, Product.sku)).all())
            for line in todo:
                if line.qty > held.get(line.product_id, 0):
                    raise ConflictError(
                        "Order {order_no} holds {held} of {sku} in {warehouse}, not {qty}",
                        order_no=order.order_no,
                        held=held.get(line.product_id, 0),
                        sku=skus.get(line.product_id, line.product_id),
                        warehouse=warehouse.code,
                        qty=line.qty,
                    )

            def post() -> None:
                if ship:
                    stock.ship(uow, warehouse.id, todo, reference)
                else:
                    stock.release(uow, warehouse.id, todo, reference)

            keys = [(line.product_id, warehouse.id) for line in todo]
            action = "stock.ship" if ship else "stock.release"
            return _posting(
                uow, action, "order", order.order_no, keys, post, warehouse=warehouse.code
            )

        return transaction(self.db, actor, work)

    # ---- transfers --------------------------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def create_transfer(
        self,
        actor: Actor,
        from_warehouse_id: int,
        to_warehouse_id: int,
        lines: list[StockLine],
        note: str = "",
        dispatch: bool = True,
    ) -> TransferInfo:
        """A transfer between two warehouses; dispatched at once unless `dispatch=False`
        (then it stays a draft until `dispatch_transfer`)."""
        wanted = _lines(lines)
        note = _text(note, "note", required=False, max_len=500)

        def work(uow: UnitOfWork) -> TransferInfo:
            source = _warehouse(uow, from_warehouse_id)
            target = _warehouse(uow, to_warehouse_id)
            if source.id == target.id:
                raise ValidationError(
                    "Source and destination must be different warehouses",
                    field="to_warehouse_id",
                )
            _check_products(uow, wanted)
            now = utcnow()
            transfer = Transfer(
                transfer_no=daily_number(uow.session, "TR", now),
                from_warehouse_id=source.id,
                to_warehouse_id=target.id,
                status=TransferStatus.DRAFT.value,
                note=note,
                created_by=actor.user_id,
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
                _dispatch(uow, transfer.id)
            return _transfer_info(uow, transfer.id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def dispatch_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """Goods leave the source warehouse: on hand there goes down; now in transit."""

        def work(uow: UnitOfWork) -> TransferInfo:
            _dispatch(uow, transfer_id)
            return _transfer_info(uow, transfer_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def receive_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """Goods in transit arrive at the destination: on hand there goes up."""

        def work(uow: UnitOfWork) -> TransferInfo:
            transfer = _transfer_for_change(
                uow, transfer_id, TransferStatus.IN_TRANSIT, TransferStatus.RECEIVED,
                received_at=utcnow(),
            )  # fmt: skip
            _move_transfer(
                uow, transfer, transfer.to_warehouse_id, MovementKind.TRANSFER_IN,
                "transfer.receive", sign=+1,
            )  # fmt: skip
            return _transfer_info(uow, transfer_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def cancel_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """A draft is dropped; goods in transit go back into the source warehouse."""

        def work(uow: UnitOfWork) -> TransferInfo:
            transfer = _load_transfer(uow, transfer_id)
            if transfer.status == TransferStatus.DRAFT.value:
                _transfer_for_change(
                    uow, transfer_id, TransferStatus.DRAFT, TransferStatus.CANCELLED
                )
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
            return _transfer_info(uow, transfer_id)

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_INVENTORY)
    def list_transfers(
        self, actor: Actor, status: str | None = None, limit: int = 200
    ) -> list[TransferInfo]:
        def work(uow: UnitOfWork) -> list[TransferInfo]:
            stmt = select(Transfer.id).order_by(Transfer.id.desc()).limit(limit)
            if status:
                stmt = stmt.where(Transfer.status == TransferStatus(status).value)
            return [_transfer_info(uow, i) for i in uow.session.scalars(stmt).all()]

        return read(self.db, work)

    # ---- stock-takes ------------------------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def create_count(
        self,
        actor: Actor,
        warehouse_id: int,
        bin_from: str = "",
        bin_to: str = "",
        counter_name: str = "",
    ) -> CountSheet:
        """A count sheet for a warehouse, or the bins from `bin_from` to `bin_to`
        (inclusive, in bin-code order), with what the system expects on each line."""
        bin_from = _text(bin_from, "bin_from", required=False, max_len=32)
        bin_to = _text(bin_to, "bin_to", required=False, max_len=32)
        counter_name = _text(counter_name, "counter_name", required=False, max_len=128)
        if bin_from and bin_to and bin_from > bin_to:
            raise ValidationError(
                "The first bin {bin_from} comes after the last bin {bin_to}",
                field="bin_to",
                bin_from=bin_from,
                bin_to=bin_to,
            )

        def work(uow: UnitOfWork) -> CountSheet:
            warehouse = _warehouse(uow, warehouse_id)
            stmt = (
                select(StockLevel.product_id, StockLevel.on_hand)
                .join(Product, Product.id == StockLevel.product_id)
                .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
                .where(StockLevel.warehouse_id == warehouse.id, Product.is_active.is_(True))
            )
            if bin_from:
                stmt = stmt.where(BinLocation.code >= bin_from)
            if bin_to:
                stmt = stmt.where(BinLocation.code <= bin_to)
            lines = uow.session.execute(stmt).all()
            if not lines:
                raise ValidationError(
                    "Nothing to count in {warehouse} for these bins",
                    field="bin_from",
                    warehouse=warehouse.code,
                )
            count = StockCount(
                count_no=daily_number(uow.session, "PD", utcnow()),
                warehouse_id=warehouse.id,
                bin_from=bin_from,
                bin_to=bin_to,
                status=CountStatus.OPEN.value,
                counter_name=counter_name,
                created_by=actor.user_id,
            )
            uow.session.add(count)
            uow.session.flush()
            uow.session.add_all(
                StockCountLine(count_id=count.id, product_id=p, expected_qty=max(q, 0))
                for p, q in lines
            )
            uow.session.flush()
            uow.audit(
                "count.create", "count", count.count_no,
                {"warehouse": [None, warehouse.code], "bins": [None, [bin_from, bin_to]],
                 "lines": [None, len(lines)]},
            )  # fmt: skip
            return _count_sheet(uow, count.id)

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_INVENTORY)
    def count_sheet(self, actor: Actor, count_id: int) -> CountSheet:
        return read(self.db, lambda uow: _count_sheet(uow, count_id))

    @requires(Permission.VIEW_INVENTORY)
    def list_counts(self, actor: Actor, limit: int = 100) -> list[CountSheet]:
        """The latest count sheets (without their lines)."""

        def work(uow: UnitOfWork) -> list[CountSheet]:
            ids = uow.session.scalars(
                select(StockCount.id).order_by(StockCount.id.desc()).limit(limit)
            ).all()
            return [_count_sheet(uow, i, with_lines=False) for i in ids]

        return read(self.db, work)

    @requires(Permission.MANAGE_STOCK)
    def record_counts(
        self, actor: Actor, count_id: int, counted: dict[int, int | None]
    ) -> CountSheet:
        """Enter counted quantities by product id (None clears a line)."""
        if not isinstance(counted, dict):
            raise ValidationError("Expected counted quantities by product", field="counted")
        for value in counted.values():
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise ValidationError("A counted quantity must be 0 or more", field="counted")
            if value is not None and value > MAX_QTY:
                raise ValidationError("Quantity {qty} is too large", field="counted", qty=value)

        def work(uow: UnitOfWork) -> CountSheet:
            count = _open_count(uow, count_id)
            lines = {
                line.product_id: line
                for line in uow.session.scalars(
                    select(StockCountLine).where(StockCountLine.count_id == count.id)
                )
            }
            changes: dict[str, Any] = {}
            skus = dict(
                uow.session.execute(
                    select(Product.id, Product.sku).where(Product.id.in_(list(lines)))
                ).all()
            )
            for product_id, value in counted.items():
                line = lines.get(product_id)
                if line is None:
                    raise NotFound(
                        "Product {product_id} is not on count sheet {count_no}",
                        product_id=product_id,
                        count_no=count.count_no,
                    )
                if line.counted_qty != value:
                    changes[skus[product_id]] = [line.counted_qty, value]
                    line.counted_qty = value
            uow.session.flush()
            if changes:
                uow.audit("count.record", "count", count.count_no, changes)
            return _count_sheet(uow, count.id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def post_count(self, actor: Actor, count_id: int, counter_name: str = "") -> CountPosting:
        """Turn the counted quantities into adjustments: each variance is a stock-take
        movement (counted minus on hand now) noted with the count number and the counter's
        name. Lines left uncounted do not change."""
        counter_name = _text(counter_name, "counter_name", required=False, max_len=128)

        def work(uow: UnitOfWork) -> CountPosting:
            count = _open_count(uow, count_id)
            counter = counter_name or count.counter_name
            if not counter:
                raise ValidationError("Who counted? Enter the counter's name", field="counter_name")
            changed = uow.session.execute(
                update(StockCount)
                .where(StockCount.id == count.id, StockCount.status == CountStatus.OPEN.value)
                .values(
                    status=CountStatus.POSTED.value,
                    counter_name=counter,
                    posted_at=utcnow(),
                    updated_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
            if changed.rowcount != 1:  # posted from another workstation a moment ago
                raise ConflictError(
                    "Count sheet {count_no} is not open any more", count_no=count.count_no
                )
            lines = uow.session.execute(
                select(StockCountLine.product_id, StockCountLine.counted_qty, Product.sku)
                .join(Product, Product.id == StockCountLine.product_id)
                .where(StockCountLine.count_id == count.id)
                .order_by(StockCountLine.product_id)
            ).all()
            code = uow.session.scalar(
                select(Warehouse.code).where(Warehouse.id == count.warehouse_id)
            )
            reference = Reference("count", count.id)
            note = f"{count.count_no} · {counter}"
            variances: list[Variance] = []
            uncounted = 0
            for product_id, counted, sku in lines:
                if counted is None:
                    uncounted += 1
                    continue
                # Lock the balance so nothing moves between reading it and posting the delta.
                level = uow.session.execute(
                    select(StockLevel.on_hand, StockLevel.reserved)
                    .where(
                        StockLevel.product_id == product_id,
                        StockLevel.warehouse_id == count.warehouse_id,
                    )
                    .with_for_update()
                ).first()
                on_hand, reserved = (level[0], level[1]) if level else (0, 0)
                if counted == on_hand:
                    continue
                if counted < reserved:
                    raise ConflictError(
                        "Counted {counted} of {sku} in {warehouse}, but {reserved} are reserved "
                        "for orders; release reservations first",
                        counted=counted,
                        sku=sku,
                        warehouse=code,
                        reserved=reserved,
                    )
                stock.post(
                    uow, product_id=product_id, warehouse_id=count.warehouse_id,
                    kind=MovementKind.STOCKTAKE, on_hand=counted - on_hand,
                    reference=reference, note=note,
                )  # fmt: skip
                variances.append(Variance(product_id, sku, on_hand, counted))
            uow.audit(
                "count.post", "count", count.count_no,
                {"status": [CountStatus.OPEN.value, CountStatus.POSTED.value],
                 "counter": [count.counter_name, counter],
                 **{f"{v.sku}@{code}": [v.before, v.counted] for v in variances}},
            )  # fmt: skip
            return CountPosting(count.count_no, tuple(variances), uncounted)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_STOCK)
    def cancel_count(self, actor: Actor, count_id: int) -> CountSheet:
        def work(uow: UnitOfWork) -> CountSheet:
            count = _open_count(uow, count_id)
            changed = uow.session.execute(
                update(StockCount)
                .where(StockCount.id == count.id, StockCount.status == CountStatus.OPEN.value)
                .values(status=CountStatus.CANCELLED.value, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if changed.rowcount != 1:
                raise ConflictError(
                    "Count sheet {count_no} is not open any more", count_no=count.count_no
                )
            uow.audit(
                "count.cancel", "count", count.count_no,
                {"status": [CountStatus.OPEN.value, CountStatus.CANCELLED.value]},
            )  # fmt: skip
            return _count_sheet(uow, count.id)

        return transaction(self.db, actor, work)

    # ---- catalogue: products, warehouses, bins, safety stock ------------------------

    @requires(Permission.MANAGE_CATALOG)
    def create_product(
        self,
        actor: Actor,
        sku: str,
        name: str,
        barcode: str = "",
        spec: str = "",
        unit_price: Decimal = Decimal(0),
        weight_g: int = 0,
        warehouse_ids: list[int] | None = None,
    ) -> ProductInfo:
        """A new SKU, carried (with an empty balance) in the given warehouses, or in every
        active warehouse when none are given."""
        fields = _product_fields(
            sku=sku, name=name, barcode=barcode, spec=spec, unit_price=unit_price,
            weight_g=weight_g,
        )  # fmt: skip

        def work(uow: UnitOfWork) -> ProductInfo:
            _unique_product(uow, fields, None)
            product = Product(**fields, is_active=True)
            uow.session.add(product)
            uow.session.flush()
            if warehouse_ids is None:
                targets = list(
                    uow.session.scalars(select(Warehouse.id).where(Warehouse.is_active.is_(True)))
                )
            else:
                targets = [_warehouse(uow, w).id for w in warehouse_ids]
            uow.session.add_all(
                StockLevel(product_id=product.id, warehouse_id=w) for w in sorted(set(targets))
            )
            uow.session.flush()
            uow.audit(
                "product.create", "product", product.sku,
                {k: [None, v] for k, v in fields.items()},
            )  # fmt: skip
            return _product_info(product)

        return transaction(self.db, actor, _guard_unique(work))

    @requires(Permission.MANAGE_CATALOG)
    def update_product(
        self,
        actor: Actor,
        product_id: int,
        *,
        sku: str | None = None,
        name: str | None = None,
        barcode: str | None = None,
        spec: str | None = None,
        unit_price: Decimal | None = None,
        weight_g: int | None = None,
        is_active: bool | None = None,
    ) -> ProductInfo:
        given = {
            k: v
            for k, v in dict(
                sku=sku, name=name, barcode=barcode, spec=spec, unit_price=unit_price,
                weight_g=weight_g,
            ).items()
            if v is not None
        }  # fmt: skip
        fields = _product_fields(partial=True, **given)

        def work(uow: UnitOfWork) -> ProductInfo:
            product = _product(uow, product_id)
            _unique_product(uow, fields, product.id)
            if is_active is not None:
                fields["is_active"] = bool(is_active)
            changes = {
                k: [getattr(product, k), v] for k, v in fields.items() if getattr(product, k) != v
            }
            for key, value in fields.items():
                setattr(product, key, value)
            uow.session.flush()
            if changes:
                uow.audit("product.update", "product", product.sku, changes)
            return _product_info(product)

        return transaction(self.db, actor, _guard_unique(work))

    @requires(Permission.MANAGE_CATALOG)
    def create_warehouse(
        self, actor: Actor, code: str, name: str, priority: int = 100, address: str = ""
    ) -> WarehouseInfo:
        fields = _warehouse_fields(code=code, name=name, priority=priority, address=address)

        def work(uow: UnitOfWork) -> WarehouseInfo:
            _unique_warehouse(uow, fields["code"], None)
            warehouse = Warehouse(**fields, is_active=True)
            uow.session.add(warehouse)
            uow.session.flush()
            uow.audit(
                "warehouse.create", "warehouse", warehouse.code,
                {k: [None, v] for k, v in fields.items()},
            )  # fmt: skip
            return _warehouse_info(warehouse)

        return transaction(self.db, actor, _guard_unique(work))

    @requires(Permission.MANAGE_CATALOG)
    def update_warehouse(
        self,
        actor: Actor,
        warehouse_id: int,
        *,
        code: str | None = None,
        name: str | None = None,
        priority: int | None = None,
        address: str | None = None,
        is_active: bool | None = None,
    ) -> WarehouseInfo:
        given = {
            k: v
            for k, v in dict(code=code, name=name, priority=priority, address=address).items()
            if v is not None
        }
        fields = _warehouse_fields(partial=True, **given)

        def work(uow: UnitOfWork) -> WarehouseInfo:
            warehouse = _warehouse(uow, warehouse_id, active=False)
            if "code" in fields:
                _unique_warehouse(uow, fields["code"], warehouse.id)
            if is_active is not None:
                fields["is_active"] = bool(is_active)
            changes = {
                k: [getattr(warehouse, k), v]
                for k, v in fields.items()
                if getattr(warehouse, k) != v
            }
            for key, value in fields.items():
                setattr(warehouse, key, value)
            uow.session.flush()
            if changes:
                uow.audit("warehouse.update", "warehouse", warehouse.code, changes)
            return _warehouse_info(warehouse)

        return transaction(self.db, actor, _guard_unique(work))

    @requires(Permission.MANAGE_STOCK)
    def set_level(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        *,
        safety_stock: int | None = None,
        bin_code: str | None = None,
    ) -> StockRow:
        """Carry a SKU in a warehouse, and set its safety stock and bin (a new bin code is
        created in that warehouse; an empty one clears the bin)."""
        if safety_stock is not None and (
            not isinstance(safety_stock, int) or isinstance(safety_stock, bool)
            or not 0 <= safety_stock <= MAX_QTY
        ):  # fmt: skip
            raise ValidationError("Safety stock must be 0 or more", field="safety_stock")
        code = None if bin_code is None else _text(bin_code, "bin_code", required=False, max_len=32)

        def work(uow: UnitOfWork) -> StockRow:
            product = _product(uow, product_id)
            warehouse = _warehouse(uow, warehouse_id)
            level = uow.session.scalar(
                select(StockLevel).where(
                    StockLevel.product_id == product.id, StockLevel.warehouse_id == warehouse.id
                )
            )
            if level is None:
                level = StockLevel(product_id=product.id, warehouse_id=warehouse.id)
                uow.session.add(level)
                uow.session.flush()
            changes: dict[str, Any] = {}
            if safety_stock is not None and level.safety_stock != safety_stock:
                changes["safety_stock"] = [level.safety_stock, safety_stock]
                level.safety_stock = safety_stock
            if code is not None:
                old_bin = (
                    uow.session.scalar(
                        select(BinLocation.code).where(BinLocation.id == level.bin_id)
                    )
                    if level.bin_id
                    else ""
                )
                bin_id = _bin_id(uow, warehouse.id, code) if code else None
                if bin_id != level.bin_id:
                    changes["bin"] = [old_bin, code]
                    level.bin_id = bin_id
            uow.session.flush()
            if changes:
                uow.audit("stock.settings", "stock", f"{product.sku}@{warehouse.code}", changes)
            return _stock_rows(uow, [level.id])[0]

        return transaction(self.db, actor, work)

    # ---- the ledger check and its repair ---------------------------------------------

    @requires(Permission.CHECK_DATABASE)
    def ledger_differences(self, actor: Actor) -> list[StockDifference]:
        """Every balance that differs from the sum of its ledger (empty when all is well)."""
        return read(self.db, lambda uow: stock_differences(uow.session))

    @requires(Permission.REPAIR_STOCK)
    def repair_balances(self, actor: Actor) -> RepairResult:
        """Set each differing balance back to its ledger, audited (see `repair_balances`)."""
        return repair_balances(self.db, actor)


# -- helpers for the service --------------------------------------------------------------


def _allocated_portions(uow: UnitOfWork, wanted: list[StockLine]) -> tuple[Portion, ...]:
    allocation = stock.allocate(uow, wanted)
    if allocation.warehouse_id is not None:
        return (Portion(allocation.warehouse_id, tuple(wanted)),)
    if allocation.portions:
        return allocation.portions
    if allocation.shortages:
        short = allocation.shortages[0]
        raise InsufficientStock(
            "Only {available} of {sku} available in any one warehouse; {requested} needed",
            sku=short.sku,
            available=short.available,
            requested=short.requested,
            product_id=short.product_id,
        )
    raise InsufficientStock(
        "No single warehouse holds the whole order, and splitting orders is off"
    )


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


def _product_info(p: Product) -> ProductInfo:
    return ProductInfo(
        p.id, p.sku, p.barcode or "", p.name, p.spec or "", p.unit_price, p.weight_g, p.is_active
    )


def _warehouse_info(w: Warehouse) -> WarehouseInfo:
    return WarehouseInfo(w.id, w.code, w.name, w.priority, w.address or "", w.is_active)


def _product_fields(partial: bool = False, **given: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if "sku" in given or not partial:
        fields["sku"] = _text(given.get("sku"), "sku", required=True, max_len=64)
    if "name" in given or not partial:
        fields["name"] = _text(given.get("name"), "name", required=True, max_len=255)
    if "barcode" in given or not partial:
        fields["barcode"] = (
            _text(given.get("barcode"), "barcode", required=False, max_len=64) or None
        )
    if "spec" in given or not partial:
        fields["spec"] = _text(given.get("spec"), "spec", required=False, max_len=255)
    if "unit_price" in given or not partial:
        try:
            price = Decimal(given.get("unit_price", 0))
        except (InvalidOperation, TypeError, ValueError) as exc:
            raise ValidationError("Not a price", field="unit_price") from exc
        if price < 0 or price != price.quantize(Decimal("0.01")) or price > Decimal(10**9):
            raise ValidationError(
                "The price must be 0 or more, with at most 2 decimals", field="unit_price"
            )
        fields["unit_price"] = price
    if "weight_g" in given or not partial:
        weight = given.get("weight_g", 0)
        if not isinstance(weight, int) or isinstance(weight, bool) or not 0 <= weight <= 10**7:
            raise ValidationError("The weight must be 0 or more grams", field="weight_g")
        fields["weight_g"] = weight
    return fields


def _warehouse_fields(partial: bool = False, **given: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if "code" in given or not partial:
        fields["code"] = _text(given.get("code"), "code", required=True, max_len=32).upper()
    if "name" in given or not partial:
        fields["name"] = _text(given.get("name"), "name", required=True, max_len=128)
    if "priority" in given or not partial:
        priority = given.get("priority", 100)
        if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 9999:
            raise ValidationError("Priority must be between 0 and 9999", field="priority")
        fields["priority"] = priority
    if "address" in given or not partial:
        fields["address"] = _text(given.get("address"), "address", required=False, max_len=255)
    return fields


def _unique_product(uow: UnitOfWork, fields: dict[str, Any], own_id: int | None) -> None:
    if "sku" in fields:
        other = uow.session.scalar(select(Product.id).where(Product.sku == fields["sku"]))
        if other is not None and other != own_id:
            raise ConflictError("SKU {sku} exists already", sku=fields["sku"])
    if fields.get("barcode"):
        other = uow.session.scalar(select(Product.id).where(Product.barcode == fields["barcode"]))
        if other is not None and other != own_id:
            raise ConflictError(
                "Barcode {barcode} belongs to another SKU", barcode=fields["barcode"]
            )


def _unique_warehouse(uow: UnitOfWork, code: str, own_id: int | None) -> None:
    other = uow.session.scalar(select(Warehouse.id).where(Warehouse.code == code))
    if other is not None and other != own_id:
        raise ConflictError("Warehouse code {code} exists already", code=code)


def _guard_unique(work: Any) -> Any:
    """Two workstations creating the same SKU at once: the loser gets a plain conflict."""

    def guarded(uow: UnitOfWork) -> Any:
        try:
            return work(uow)
        except IntegrityError as exc:
            raise ConflictError("That code exists already (someone saved it a moment ago)") from exc

    return guarded


def _bin_id(uow: UnitOfWork, warehouse_id: int, code: str) -> int:
    found = uow.session.scalar(
        select(BinLocation.id).where(
            BinLocation.warehouse_id == warehouse_id, BinLocation.code == code
        )
    )
    if found is not None:
        return found
    try:
        with uow.session.begin_nested():
            location = BinLocation(warehouse_id=warehouse_id, code=code)
            uow.session.add(location)
        return location.id
    except IntegrityError:  # created by another workstation a moment ago
        found = uow.session.scalar(
            select(BinLocation.id).where(
                BinLocation.warehouse_id == warehouse_id, BinLocation.code == code
            )
        )
        assert found is not None
        return found


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
    if changed.rowcount != 1:
        uow.session.refresh(transfer)
        raise ConflictError(
            "Transfer {transfer_no} is {status}, not {expected}",
            transfer_no=transfer.transfer_no,
            status=transfer.status,
            expected=expected.value,
        )
    uow.session.refresh(transfer)
    return transfer


def _dispatch(uow: UnitOfWork, transfer_id: int) -> None:
    transfer = _transfer_for_change(
        uow, transfer_id, TransferStatus.DRAFT, TransferStatus.IN_TRANSIT, dispatched_at=utcnow()
    )
    _move_transfer(
        uow, transfer, transfer.from_warehouse_id, MovementKind.TRANSFER_OUT,
        "transfer.dispatch", sign=-1,
    )  # fmt: skip


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

    _posting(
        uow, action, "transfer", transfer.transfer_no,
        [(line.product_id, warehouse_id) for line in lines], post, status=transfer.status,
    )  # fmt: skip


def _transfer_info(uow: UnitOfWork, transfer_id: int) -> TransferInfo:
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


def _open_count(uow: UnitOfWork, count_id: object) -> StockCount:
    count = uow.session.get(StockCount, count_id) if isinstance(count_id, int) else None
    if count is None:
        raise NotFound("No count sheet with id {count_id}", count_id=count_id)
    if count.status != CountStatus.OPEN.value:
        raise ConflictError("Count sheet {count_no} is not open any more", count_no=count.count_no)
    return count


def _count_sheet(uow: UnitOfWork, count_id: object, *, with_lines: bool = True) -> CountSheet:
    count = uow.session.get(StockCount, count_id) if isinstance(count_id, int) else None
    if count is None:
        raise NotFound("No count sheet with id {count_id}", count_id=count_id)
    uow.session.refresh(count)
    code = uow.session.scalar(select(Warehouse.code).where(Warehouse.id == count.warehouse_id))
    lines: tuple[CountLineInfo, ...] = ()
    if with_lines:
        rows = uow.session.execute(
            select(
                StockCountLine.product_id, Product.sku, Product.name,
                func.coalesce(BinLocation.code, literal("")), StockCountLine.expected_qty,
                StockCountLine.counted_qty, func.coalesce(StockLevel.on_hand, 0),
            )
            .join(Product, Product.id == StockCountLine.product_id)
            .outerjoin(
                StockLevel,
                and_(
                    StockLevel.product_id == StockCountLine.product_id,
                    StockLevel.warehouse_id == count.warehouse_id,
                ),
            )
            .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
            .where(StockCountLine.count_id == count.id)
            .order_by(func.coalesce(BinLocation.code, literal("")), Product.sku)
        ).all()  # fmt: skip
        lines = tuple(CountLineInfo(*r) for r in rows)
    return CountSheet(
        count.id, count.count_no, count.warehouse_id, code or "?", count.bin_from or "",
        count.bin_to or "", CountStatus(count.status), count.counter_name or "",
        count.created_at, count.posted_at, lines,
    )  # fmt: skip
