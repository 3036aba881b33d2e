"""The stock table: filtered and sorted in SQL, read lazily by id, and its xlsx export."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.inventory.model import (
    MAX_TABLE_ROWS,
    AlertCounts,
    AlertState,
    StockQuery,
    StockRow,
    StockSort,
    TransferStatus,
    WarehouseSummary,
)
from app.uow import UnitOfWork
from models import BinLocation, Product, StockLevel, Transfer, TransferLine, Warehouse

_LIKE_ESCAPE = "!"  # not a backslash: MySQL treats that specially inside string literals


def _like(text: str) -> str:
    escaped = (
        text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


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


def search_condition(search: str) -> ColumnElement[bool]:
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
        .where(search_condition(query.search))
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


def check_query(query: object) -> StockQuery:
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


def stock_rows(uow: UnitOfWork, level_ids: Sequence[int]) -> list[StockRow]:
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


def stock_ids(uow: UnitOfWork, query: StockQuery) -> list[int]:
    """The ids of the stock rows matching the query, in its order (for a lazy table)."""
    query = check_query(query)
    column = _SORT_COLUMNS[query.sort]
    order = column.desc() if query.descending else column.asc()
    stmt = (
        _stock_base(query)
        .order_by(order, Product.sku, Warehouse.priority, StockLevel.id)
        .limit(MAX_TABLE_ROWS)
    )
    return list(uow.session.scalars(stmt))


def stock_row(uow: UnitOfWork, product_id: int, warehouse_id: int) -> StockRow:
    level_id = uow.session.scalar(
        select(StockLevel.id).where(
            StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
        )
    )
    rows = stock_rows(uow, [level_id]) if level_id is not None else []
    if not rows:
        raise NotFound(
            "No stock of product {product_id} in warehouse {warehouse_id}",
            product_id=product_id,
            warehouse_id=warehouse_id,
        )
    return rows[0]


def stock_alert_counts(session: Session) -> AlertCounts:
    """Stock rows (a SKU in a warehouse; active products, active warehouses) that are low
    (some available, less than the safety stock) or out (nothing available). The one
    definition behind the status bar, the Inventory queues and the Reports figures."""
    low, out = session.execute(
        select(
            func.sum(case((_alert_condition(AlertState.LOW), 1), else_=0)),
            func.sum(case((_alert_condition(AlertState.OUT), 1), else_=0)),
        )
        .join(Product, Product.id == StockLevel.product_id)
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .where(Product.is_active.is_(True), Warehouse.is_active.is_(True))
    ).one()
    return AlertCounts(int(low or 0), int(out or 0))


def summary(uow: UnitOfWork, search: str = "") -> list[WarehouseSummary]:
    """Per active warehouse: how many stock rows match the search, how many are low or
    out of stock (the live counts of the filter list)."""
    if not isinstance(search, str):
        raise ValidationError("Expected text", field="search")
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
            .where(Product.is_active.is_(True), search_condition(search))
            .group_by(StockLevel.warehouse_id)
        ).all()
    }
    warehouses = uow.session.execute(
        select(Warehouse.id, Warehouse.code, Warehouse.name)
        .where(Warehouse.is_active.is_(True))
        .order_by(Warehouse.priority, Warehouse.id)
    ).all()
    return [
        WarehouseSummary(w, code, name, *counts.get(w, (0, 0, 0))) for w, code, name in warehouses
    ]
