"""Product cost for stock valuation: edited, imported, or kept on every receipt as the
moving average of what the units on hand cost."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, select, update

from app.db import Database
from app.errors import NotFound, ValidationError
from app.permissions import Actor, Permission, requires
from app.stock import StockLine
from app.uow import UnitOfWork, transaction
from models import Product, StockLevel

CENT = Decimal("0.01")
MAX_COST = Decimal(10**9)


@dataclass(frozen=True)
class CostImportResult:
    updated: int
    errors: tuple[tuple[int, str], ...]  # (row number, English message)


def check_cost(value: object, field: str = "cost") -> Decimal:
    try:
        cost = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(
            "The cost must be 0 or more, with at most 2 decimals", field=field
        ) from exc
    if not cost.is_finite() or cost < 0 or cost > MAX_COST or cost != cost.quantize(CENT):
        raise ValidationError("The cost must be 0 or more, with at most 2 decimals", field=field)
    return cost


def receipt_costs(lines: Iterable[StockLine]) -> dict[int, Decimal]:
    """Unit cost per product of a receipt; two lines of one SKU average by quantity."""
    totals: dict[int, tuple[int, Decimal]] = {}
    for line in lines:
        if line.unit_cost is None:
            continue
        cost = check_cost(line.unit_cost, "unit_cost")
        qty, value = totals.get(line.product_id, (0, Decimal(0)))
        totals[line.product_id] = (qty + line.qty, value + cost * line.qty)
    return {
        pid: (value / qty).quantize(CENT, ROUND_HALF_UP)
        for pid, (qty, value) in totals.items()
        if qty > 0
    }


def moving_average(old_qty: int, old_cost: Decimal, qty: int, unit_cost: Decimal) -> Decimal:
    """(old units × old cost + new units × new cost) ÷ all units, to the cent."""
    if old_qty <= 0:
        return unit_cost
    total = old_cost * old_qty + unit_cost * qty
    return (total / (old_qty + qty)).quantize(CENT, ROUND_HALF_UP)


def average_in(uow: UnitOfWork, product_id: int, qty: int, unit_cost: Decimal) -> Decimal:
    """Fold a receipt of `qty` units at `unit_cost` into the product's cost (called before
    the receipt's units are posted)."""
    s = uow.session
    old_cost = s.scalar(select(Product.cost).where(Product.id == product_id))
    if old_cost is None:
        raise NotFound("No product with id {product_id}", product_id=product_id)
    on_hand = s.scalar(
        select(func.coalesce(func.sum(StockLevel.on_hand), 0)).where(
            StockLevel.product_id == product_id
        )
    )
    new_cost = moving_average(int(on_hand or 0), old_cost, qty, unit_cost)
    if new_cost != old_cost:
        s.execute(
            update(Product)
            .where(Product.id == product_id)
            .values(cost=new_cost)
            .execution_options(synchronize_session=False)
        )
    return new_cost


def _set_cost_in(uow: UnitOfWork, product_id: int, cost: Decimal) -> Decimal:
    product = uow.session.get(Product, product_id) if isinstance(product_id, int) else None
    if product is None:
        raise NotFound("No product with id {product_id}", product_id=product_id)
    old = product.cost
    if old != cost:
        product.cost = cost
        uow.session.flush()
        uow.audit("product.cost", "product", product.sku, {"cost": [str(old), str(cost)]})
    return cost


def _read_rows(path: Path) -> list[list[object]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(r) for r in wb.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
        finally:
            wb.close()
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return [list(r) for r in csv.reader(f)]
    raise ValidationError("The file name must end in .xlsx or .csv", field="path")


class CostService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.MANAGE_STOCK)
    def set_cost(self, actor: Actor, product_id: int, cost: Decimal | str) -> Decimal:
        checked = check_cost(cost)
        return transaction(self.db, actor, lambda uow: _set_cost_in(uow, product_id, checked))

    @requires(Permission.MANAGE_STOCK)
    def import_costs(self, actor: Actor, path: str) -> CostImportResult:
        """A sheet with the columns SKU and cost (a header row first): every good row is
        applied, every bad one named by its row number."""
        try:
            rows = _read_rows(Path(path))
        except OSError as exc:
            raise ValidationError(
                "Cannot read {path}: {reason}", field="path", path=path, reason=exc.strerror
            ) from exc
        if not rows:
            raise ValidationError("The file is empty", field="path")

        def work(uow: UnitOfWork) -> CostImportResult:
            ids = dict(uow.session.execute(select(Product.sku, Product.id)).all())
            errors: list[tuple[int, str]] = []
            updated = 0
            for number, row in enumerate(rows[1:], start=2):
                if not row or all(v in (None, "") for v in row):
                    continue
                sku = str(row[0] or "").strip()
                if sku not in ids:
                    errors.append((number, f"Unknown SKU {sku}"))
                    continue
                try:
                    cost = check_cost(row[1] if len(row) > 1 else None)
                except ValidationError:
                    errors.append((number, "The cost must be 0 or more, with at most 2 decimals"))
                    continue
                _set_cost_in(uow, ids[sku], cost)
                updated += 1
            return CostImportResult(updated, tuple(errors))

        return transaction(self.db, actor, work)
