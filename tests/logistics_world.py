"""A small, fully known logistics world for the logistics tests (and the process-pool worker
of the tracking-number concurrency test, which must be importable by spawned processes)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

from app.db import Database, open_database
from app.errors import ConflictError
from app.logistics import next_tracking_no
from app.permissions import Actor
from app.services import Services
from app.uow import UnitOfWork, transaction
from models import (
    BinLocation,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    StockLevel,
    Warehouse,
)

D = Decimal


@dataclass(frozen=True)
class World:
    warehouse_id: int
    other_warehouse_id: int
    shirt_id: int  # 300 g, bin A-10
    kettle_id: int  # 1,200 g, bin A-2
    sf: int
    sf_std: int
    zto: int
    zto_std: int


def build_world(services: Services, admin: Actor) -> World:
    def work(uow: UnitOfWork) -> tuple[int, ...]:
        s = uow.session
        sh = Warehouse(code="SH", name="上海仓", priority=10, address="上海市浦东新区川沙路 1 号")
        gz = Warehouse(code="GZ", name="广州仓", priority=20)
        shirt = Product(sku="SKU-SHIRT", barcode="6901234000017", name="纯棉T恤", weight_g=300)
        kettle = Product(sku="SKU-KETTLE", barcode="6901234000024", name="电水壶", weight_g=1200)
        s.add_all([sh, gz, shirt, kettle])
        s.flush()
        a10 = BinLocation(warehouse_id=sh.id, code="A-10")
        a2 = BinLocation(warehouse_id=sh.id, code="A-2")
        s.add_all([a10, a2])
        s.flush()
        s.add_all(
            [
                StockLevel(product_id=shirt.id, warehouse_id=sh.id, bin_id=a10.id),
                StockLevel(product_id=kettle.id, warehouse_id=sh.id, bin_id=a2.id),
            ]
        )
        return sh.id, gz.id, shirt.id, kettle.id

    sh, gz, shirt, kettle = transaction(services.db, None, work)
    logistics = services.logistics
    sf = logistics.create_carrier(admin, "sf", "顺丰速运", "https://sf.example/{tracking_no}")
    sf_std = logistics.save_service(admin, sf.id, "STD", "标准快递", 1)
    logistics.save_rate_rule(
        admin, sf.id, "*", service_id=sf_std.id, first_price=D("18.00"), step_price=D("5.00"),
        eta_days=1,
    )  # fmt: skip
    logistics.save_rate_rule(
        admin, sf.id, "广东省", service_id=sf_std.id, first_price=D("12.00"),
        step_price=D("2.00"), eta_days=1,
    )  # fmt: skip
    zto = logistics.create_carrier(admin, "ZTO", "中通快递")
    zto_std = logistics.save_service(admin, zto.id, "STD", "标准快递", 3)
    logistics.save_rate_rule(
        admin, zto.id, "*", service_id=zto_std.id, first_price=D("8.00"), step_price=D("3.00"),
        eta_days=3,
    )  # fmt: skip
    return World(sh, gz, shirt, kettle, sf.id, sf_std.id, zto.id, zto_std.id)


def make_order(
    db: Database,
    order_no: str,
    *,
    lines: list[tuple[int | None, str, int, Decimal]],
    status: OrderStatus = OrderStatus.CONFIRMED,
    warehouse_id: int | None = None,
    province: str = "广东省",
    recipient: str = "张三丰",
    phone: str = "13812345678",
    carrier_id: int | None = None,
    on_hold: bool = False,
) -> int:
    """An order with lines (product id or None, SKU, qty, unit price); returns its id."""

    def work(uow: UnitOfWork) -> int:
        goods = sum((qty * price for _, _, qty, price in lines), D(0))
        order = Order(
            order_no=order_no,
            status=status,
            recipient_name=recipient,
            recipient_phone=phone,
            phone_last4=phone[-4:],
            province=province,
            city="深圳市",
            district="南山区",
            address="科技园路 8 号 2 栋 301 室",
            goods_amount=goods,
            shipping_fee=D(0),
            total=goods,
            paid_amount=goods,
            warehouse_id=warehouse_id,
            carrier_id=carrier_id,
            is_on_hold=on_hold,
            hold_reason="地址待核实" if on_hold else "",
        )
        uow.session.add(order)
        uow.session.flush()
        for line_no, (product_id, sku, qty, price) in enumerate(lines, start=1):
            uow.session.add(
                OrderLine(
                    order_id=order.id,
                    line_no=line_no,
                    product_id=product_id,
                    sku=sku,
                    name=sku,
                    qty=qty,
                    unit_price=price,
                )
            )
        return order.id

    return transaction(db, None, work)


def draw_numbers(
    url: str, carrier_id: int, attempts: int, start_at: float
) -> tuple[list[str], int]:
    """Run in a separate process: draw up to `attempts` numbers, one transaction each, as a
    workstation printing labels would. Returns (numbers, how many draws found the pool empty).
    Every process starts drawing at `start_at` (time.time()), once all have started up."""
    db = open_database(url)
    transaction(db, None, lambda uow: None)  # connect before the start signal
    time.sleep(max(0.0, start_at - time.time()))
    numbers: list[str] = []
    exhausted = 0
    try:
        for _ in range(attempts):
            try:
                number = transaction(db, None, lambda uow: next_tracking_no(uow, carrier_id))
            except ConflictError:
                exhausted += 1
                continue
            assert number is not None
            numbers.append(number)
    finally:
        db.dispose()
    return numbers, exhausted
