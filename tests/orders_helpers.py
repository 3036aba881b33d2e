"""Shared set-up for the order tests: a small catalogue with stock, and orders made through
the service as a clerk would enter them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text, update

from app import stock
from app.orders import DraftLine, OrderDraft, OrderRef
from app.permissions import Actor
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import Carrier, MovementKind, Order, Product, StockLevel, Warehouse


@dataclass(frozen=True)
class Catalogue:
    near: int  # warehouse ids
    far: int
    shirt: int  # product ids (SKU-T 50.00, SKU-M 30.00, SKU-X has no stock)
    mug: int
    rare: int
    carrier: int


def catalogue(services: Services, shirt_near: int = 10, mug_near: int = 10) -> Catalogue:
    def work(uow: UnitOfWork) -> Catalogue:
        near = Warehouse(code="SH", name="上海仓", priority=10)
        far = Warehouse(code="GZ", name="广州仓", priority=20)
        shirt = Product(sku="SKU-T", name="T恤", unit_price=Decimal("50.00"))
        mug = Product(sku="SKU-M", name="杯子", unit_price=Decimal("30.00"))
        rare = Product(sku="SKU-X", name="限量款", unit_price=Decimal("999.00"))
        carrier = Carrier(code="SF", name="顺丰速运")
        uow.session.add_all([near, far, shirt, mug, rare, carrier])
        uow.session.flush()
        for wh, product, qty in (
            (near, shirt, shirt_near), (near, mug, mug_near), (far, shirt, 5), (far, mug, 5),
        ):  # fmt: skip
            if qty:
                stock.post(uow, product_id=product.id, warehouse_id=wh.id,
                           kind=MovementKind.RECEIVE, on_hand=qty)  # fmt: skip
        return Catalogue(near.id, far.id, shirt.id, mug.id, rare.id, carrier.id)

    return transaction(services.db, None, work)


DRAFT = OrderDraft(
    recipient_name="张伟",
    recipient_phone="13812345678",
    province="上海市",
    city="上海市",
    district="浦东新区",
    address="川沙路 1688 号 2 栋 301 室",
    lines=(DraftLine("SKU-T", 2), DraftLine("SKU-M", 1)),
    shipping_fee=Decimal("8.00"),
    paid_amount=Decimal("138.00"),  # 2×50 + 30 + 8
)


def make_order(services: Services, actor: Actor, **changes: Any) -> OrderRef:
    return services.orders.create(actor, replace(DRAFT, **changes))


def level(services: Services, product_id: int, warehouse_id: int) -> tuple[int, int]:
    """(on hand, reserved)."""

    def work(uow: UnitOfWork) -> tuple[int, int]:
        row = uow.session.execute(
            select(StockLevel.on_hand, StockLevel.reserved).where(
                StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
            )
        ).first()
        return (row[0], row[1]) if row else (0, 0)

    return read(services.db, work)


def set_order(services: Services, order_id: int, **values: Any) -> None:
    """Change an order behind the services' back (as a bad import would leave it)."""
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(update(Order).where(Order.id == order_id).values(**values)),
    )


def count(services: Services, sql: str, **params: Any) -> int:
    return int(read(services.db, lambda uow: uow.session.scalar(text(sql), params)) or 0)
