"""Set-up for the fulfilment tests: the small logistics world with stock in its bins, and orders
taken through the real pipeline (create → approve → confirm), so reservations are right."""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from app import stock
from app.orders import DraftLine
from app.permissions import Actor
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import MovementKind, Order, StockLevel
from tests.logistics_world import World, build_world
from tests.orders_helpers import DRAFT

SHIRT_BARCODE = "6901234000017"  # SKU-SHIRT, bin A-10, 300 g
KETTLE_BARCODE = "6901234000024"  # SKU-KETTLE, bin A-2, 1,200 g
_PHONES = itertools.count(1)  # one buyer per order: the duplicate rule would hold repeats


def shop(services: Services, admin: Actor, shirts: int = 100, kettles: int = 50) -> World:
    """The logistics world with tracking pools for both carriers and stock in Shanghai."""
    world = build_world(services, admin)
    services.logistics.create_pool(admin, world.sf, "SF", 1, 10_000, width=12)
    services.logistics.create_pool(admin, world.zto, "ZT", 1, 10_000, width=10)

    def work(uow: UnitOfWork) -> None:
        for product_id, qty in ((world.shirt_id, shirts), (world.kettle_id, kettles)):
            stock.post(uow, product_id=product_id, warehouse_id=world.warehouse_id,
                       kind=MovementKind.RECEIVE, on_hand=qty)  # fmt: skip

    transaction(services.db, None, work)
    return world


def confirmed_order(
    services: Services,
    admin: Actor,
    lines: tuple[tuple[str, int], ...] = (("SKU-SHIRT", 2), ("SKU-KETTLE", 1)),
    *,
    recipient: str = "欧阳娜娜",
) -> int:
    """An order created, approved and confirmed by the services (stock reserved)."""
    draft = replace(
        DRAFT,
        recipient_name=recipient,
        recipient_phone=f"1391234{next(_PHONES):04d}",
        lines=tuple(DraftLine(sku, qty) for sku, qty in lines),
        shipping_fee=Decimal(0),
        paid_amount=Decimal(0),  # the world's products cost nothing
    )
    ref = services.orders.create(admin, draft)
    services.orders.approve(admin, ref.id)
    services.orders.confirm(admin, ref.id)
    return ref.id


def order_status(services: Services, order_id: int) -> str:
    return read(
        services.db,
        lambda uow: uow.session.scalar(select(Order.status).where(Order.id == order_id)),
    )


def order_no(services: Services, order_id: int) -> str:
    return read(
        services.db,
        lambda uow: uow.session.scalar(select(Order.order_no).where(Order.id == order_id)),
    )


def stock_level(services: Services, product_id: int, warehouse_id: int) -> tuple[int, int]:
    """(on hand, reserved)."""

    def work(uow: UnitOfWork) -> tuple[int, int]:
        row = uow.session.execute(
            select(StockLevel.on_hand, StockLevel.reserved).where(
                StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
            )
        ).one()
        return row[0], row[1]

    return read(services.db, work)
