"""Stock-takes: count sheets, counted quantities, and posting the variances."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, literal, select, update

from app import stock
from app.db import rows_changed
from app.errors import ConflictError, NotFound, ValidationError
from app.inventory.checks import load_warehouse
from app.inventory.model import (
    MAX_QTY,
    CountLineInfo,
    CountPosting,
    CountSheet,
    CountStatus,
    Variance,
)
from app.numbering import daily_number
from app.stock import Reference
from app.uow import UnitOfWork
from app.validation import form_text
from models import (
    BinLocation,
    MovementKind,
    Product,
    StockCount,
    StockCountLine,
    StockLevel,
    Warehouse,
    utcnow,
)


def create_count_in(
    uow: UnitOfWork,
    warehouse_id: int,
    bin_from: str = "",
    bin_to: str = "",
    counter_name: str = "",
) -> CountSheet:
    """A count sheet for a warehouse, or the bins from `bin_from` to `bin_to`
    (inclusive, in bin-code order), with what the system expects on each line."""
    bin_from = form_text(bin_from, "bin_from", required=False, max_len=32)
    bin_to = form_text(bin_to, "bin_to", required=False, max_len=32)
    counter_name = form_text(counter_name, "counter_name", required=False, max_len=128)
    if bin_from and bin_to and bin_from > bin_to:
        raise ValidationError(
            "The first bin {bin_from} comes after the last bin {bin_to}",
            field="bin_to",
            bin_from=bin_from,
            bin_to=bin_to,
        )

    warehouse = load_warehouse(uow, warehouse_id)
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
        created_by=uow.actor.user_id if uow.actor else None,
    )
    uow.session.add(count)
    uow.session.flush()
    uow.session.add_all(
        StockCountLine(count_id=count.id, product_id=p, expected_qty=max(q, 0)) for p, q in lines
    )
    uow.session.flush()
    uow.audit(
        "count.create", "count", count.count_no,
        {"warehouse": [None, warehouse.code], "bins": [None, [bin_from, bin_to]],
         "lines": [None, len(lines)]},
    )  # fmt: skip
    return count_sheet(uow, count.id)


def list_counts(uow: UnitOfWork, limit: int = 100) -> list[CountSheet]:
    """The latest count sheets (without their lines)."""
    ids = uow.session.scalars(
        select(StockCount.id).order_by(StockCount.id.desc()).limit(limit)
    ).all()
    return [count_sheet(uow, i, with_lines=False) for i in ids]


def record_counts_in(uow: UnitOfWork, count_id: int, counted: dict[int, int | None]) -> CountSheet:
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
    return count_sheet(uow, count.id)


def post_count_in(uow: UnitOfWork, count_id: int, counter_name: str = "") -> CountPosting:
    """Turn the counted quantities into adjustments: each variance is a stock-take
    movement (counted minus on hand now) noted with the count number and the counter's
    name. Lines left uncounted do not change."""
    counter_name = form_text(counter_name, "counter_name", required=False, max_len=128)

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
    if rows_changed(changed) != 1:  # posted from another workstation a moment ago
        raise ConflictError("Count sheet {count_no} is not open any more", count_no=count.count_no)
    lines = uow.session.execute(
        select(StockCountLine.product_id, StockCountLine.counted_qty, Product.sku)
        .join(Product, Product.id == StockCountLine.product_id)
        .where(StockCountLine.count_id == count.id)
        .order_by(StockCountLine.product_id)
    ).all()
    code = uow.session.scalar(select(Warehouse.code).where(Warehouse.id == count.warehouse_id))
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


def cancel_count_in(uow: UnitOfWork, count_id: int) -> CountSheet:
    count = _open_count(uow, count_id)
    changed = uow.session.execute(
        update(StockCount)
        .where(StockCount.id == count.id, StockCount.status == CountStatus.OPEN.value)
        .values(status=CountStatus.CANCELLED.value, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) != 1:
        raise ConflictError("Count sheet {count_no} is not open any more", count_no=count.count_no)
    uow.audit(
        "count.cancel", "count", count.count_no,
        {"status": [CountStatus.OPEN.value, CountStatus.CANCELLED.value]},
    )  # fmt: skip
    return count_sheet(uow, count.id)


def _open_count(uow: UnitOfWork, count_id: object) -> StockCount:
    count = uow.session.get(StockCount, count_id) if isinstance(count_id, int) else None
    if count is None:
        raise NotFound("No count sheet with id {count_id}", count_id=count_id)
    if count.status != CountStatus.OPEN.value:
        raise ConflictError("Count sheet {count_no} is not open any more", count_no=count.count_no)
    return count


def count_sheet(uow: UnitOfWork, count_id: object, *, with_lines: bool = True) -> CountSheet:
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
