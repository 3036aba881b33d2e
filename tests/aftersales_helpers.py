"""Shared set-up for the after-sales tests: orders taken through the whole pipeline to shipped,
the lines of a case, and stock balances with quarantine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from app.aftersales import CaseDetail, CaseLineRow
from app.orders import OrderRef
from app.permissions import Actor, Role
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import Order, OrderLine, Product, StockLevel
from tests.orders_helpers import Catalogue, catalogue, make_order

SHIRT_BARCODE = "6901234500012"


@dataclass(frozen=True)
class World:
    cat: Catalogue
    order: OrderRef  # shipped from the near warehouse: SKU-T ×2 (50.00), SKU-M ×1 (30.00), 8.00
    shirt_line: int  # order line ids
    mug_line: int
    customer_id: int
    agent: Actor  # customer service
    other_agent: Actor
    supervisor: Actor
    warehouse: Actor
    reviewer: Actor


def shipped(services: Services, actors: dict[Role, Actor], **changes: Any) -> OrderRef:
    """An order entered by the reviewer and taken to shipped by the warehouse."""
    reviewer, warehouse = actors[Role.REVIEWER], actors[Role.WAREHOUSE]
    order = make_order(services, reviewer, **changes)
    services.orders.approve(reviewer, order.id)
    services.orders.confirm(reviewer, order.id)
    for step in (services.orders.pick, services.orders.pack, services.orders.ship):
        order = step(warehouse, order.id)
    return order


def world(services: Services, actors: dict[Role, Actor], other_agent: Actor) -> World:
    cat = catalogue(services)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            update(Product).where(Product.id == cat.shirt).values(barcode=SHIRT_BARCODE)
        ),
    )
    order = shipped(services, actors)

    def work(uow: UnitOfWork) -> tuple[int, int, int]:
        lines = dict(
            uow.session.execute(
                select(OrderLine.sku, OrderLine.id).where(OrderLine.order_id == order.id)
            ).all()
        )
        customer_id = uow.session.scalar(select(Order.customer_id).where(Order.id == order.id))
        return lines["SKU-T"], lines["SKU-M"], customer_id

    shirt_line, mug_line, customer_id = read(services.db, work)
    return World(
        cat, order, shirt_line, mug_line, customer_id, actors[Role.CUSTOMER_SERVICE],
        other_agent, actors[Role.SUPERVISOR], actors[Role.WAREHOUSE], actors[Role.REVIEWER],
    )  # fmt: skip


def balance(services: Services, product_id: int, warehouse_id: int) -> tuple[int, int, int]:
    """(on hand, reserved, quarantined)."""

    def work(uow: UnitOfWork) -> tuple[int, int, int]:
        row = uow.session.execute(
            select(StockLevel.on_hand, StockLevel.reserved, StockLevel.quarantined).where(
                StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
            )
        ).first()
        return (row[0], row[1], row[2]) if row else (0, 0, 0)

    return read(services.db, work)


def line_of(detail: CaseDetail, sku: str) -> CaseLineRow:
    return next(line for line in detail.lines if line.sku == sku)
