"""The ledger core shared by inventory, orders and fulfilment."""

from __future__ import annotations

import pytest

from app import stock
from app.db import Database
from app.errors import InsufficientStock
from app.integrity import stock_differences
from app.stock import Reference, StockLine
from app.uow import UnitOfWork, read, transaction
from models import MovementKind, Product, StockLevel, Warehouse


def _setup(db: Database) -> tuple[int, int, int, int]:
    def work(uow: UnitOfWork) -> tuple[int, int, int, int]:
        near = Warehouse(code="SH", name="上海仓", priority=10)
        far = Warehouse(code="GZ", name="广州仓", priority=20)
        shirt = Product(sku="SKU-T", name="T恤")
        mug = Product(sku="SKU-M", name="杯子")
        uow.session.add_all([near, far, shirt, mug])
        uow.session.flush()
        for wh, product, qty in ((near, shirt, 3), (near, mug, 1), (far, shirt, 10), (far, mug, 5)):
            stock.post(
                uow,
                product_id=product.id,
                warehouse_id=wh.id,
                kind=MovementKind.RECEIVE,
                on_hand=qty,
            )
        return near.id, far.id, shirt.id, mug.id

    return transaction(db, None, work)


def _level(db: Database, product_id: int, warehouse_id: int) -> tuple[int, int]:
    return read(
        db,
        lambda uow: (
            uow.session.query(StockLevel.on_hand, StockLevel.reserved)
            .filter_by(product_id=product_id, warehouse_id=warehouse_id)
            .one()
        ),
    )


def test_reserve_ship_release_keep_ledger_equal(database: Database) -> None:
    near, far, shirt, mug = _setup(database)
    ref = Reference("order", 1)
    transaction(database, None, lambda uow: stock.reserve(uow, near, [StockLine(shirt, 2)], ref))
    assert _level(database, shirt, near) == (3, 2)
    transaction(database, None, lambda uow: stock.ship(uow, near, [StockLine(shirt, 2)], ref))
    assert _level(database, shirt, near) == (1, 0)
    transaction(database, None, lambda uow: stock.reserve(uow, near, [StockLine(shirt, 1)], ref))
    transaction(database, None, lambda uow: stock.release(uow, near, [StockLine(shirt, 1)], ref))
    assert _level(database, shirt, near) == (1, 0)
    assert read(database, lambda uow: stock_differences(uow.session)) == []


def test_oversell_is_refused_with_a_clear_message(database: Database) -> None:
    near, far, shirt, mug = _setup(database)
    ref = Reference("order", 1)
    with pytest.raises(InsufficientStock) as info:
        transaction(
            database,
            None,
            lambda uow: stock.reserve(uow, near, [StockLine(shirt, 2), StockLine(mug, 2)], ref),
        )
    assert str(info.value) == "Only 1 of SKU-M available in SH; 2 needed"
    assert info.value.params["available"] == 1
    # All or nothing: the shirt line reserved first was rolled back with the failure.
    assert _level(database, shirt, near) == (3, 0)
    assert read(database, lambda uow: stock_differences(uow.session)) == []


def test_allocation_prefers_one_warehouse_by_priority(database: Database) -> None:
    near, far, shirt, mug = _setup(database)

    def alloc(lines: list[StockLine]) -> stock.Allocation:
        return read(database, lambda uow: stock.allocate(uow, lines))

    assert alloc([StockLine(shirt, 2), StockLine(mug, 1)]).warehouse_id == near
    assert alloc([StockLine(shirt, 4), StockLine(mug, 1)]).warehouse_id == far  # near is short
    short = alloc([StockLine(shirt, 11)])
    assert short.warehouse_id is None and not short.needs_split
    assert [(s.sku, s.requested, s.available) for s in short.shortages] == [("SKU-T", 11, 10)]


def test_reserve_many_names_each_order_and_is_all_or_nothing(database: Database) -> None:
    from sqlalchemy import select

    from models import StockMovement

    near, far, shirt, mug = _setup(database)
    batch = [
        stock.Reservation(near, (StockLine(shirt, 1), StockLine(mug, 1)), Reference("order", 7)),
        stock.Reservation(near, (StockLine(shirt, 2),), Reference("order", 8)),
        stock.Reservation(far, (StockLine(mug, 4),), Reference("order", 9)),
    ]
    transaction(database, None, lambda uow: stock.reserve_many(uow, batch))
    assert _level(database, shirt, near) == (3, 3)
    assert _level(database, mug, near) == (1, 1)
    assert _level(database, mug, far) == (5, 4)
    refs = read(
        database,
        lambda uow: sorted(
            uow.session.execute(
                select(StockMovement.reference_id, StockMovement.reserved_delta).where(
                    StockMovement.kind == MovementKind.RESERVE
                )
            ).all()
        ),
    )
    assert refs == [(7, 1), (7, 1), (8, 2), (9, 4)]  # every movement names its order

    too_much = [
        stock.Reservation(far, (StockLine(shirt, 5),), Reference("order", 10)),
        stock.Reservation(far, (StockLine(mug, 2),), Reference("order", 11)),  # only 1 left
    ]
    with pytest.raises(InsufficientStock) as info:
        transaction(database, None, lambda uow: stock.reserve_many(uow, too_much))
    assert info.value.params["sku"] == "SKU-M" and info.value.params["available"] == 1
    assert _level(database, shirt, far) == (10, 0)  # the shirt part was rolled back too
    assert read(database, lambda uow: stock_differences(uow.session)) == []
