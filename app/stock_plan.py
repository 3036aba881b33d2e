"""Out of stock with a plan (自动调配方案): when an approved order cannot be confirmed, say
which warehouse could send how many units to the one that holds most of the order, what is
still missing after that (a purchase), and whether a split would ship it as it is; one call
then creates the transfers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import stock
from app.errors import NotFound, ValidationError
from app.inventory.transfers import create_transfer_in
from app.stock import StockLine
from app.uow import UnitOfWork
from models import Order, OrderLine, OrderStatus, Product, Warehouse


@dataclass(frozen=True)
class PlanMove:
    product_id: int
    sku: str
    from_warehouse_id: int
    from_code: str
    qty: int


@dataclass(frozen=True)
class PlanPurchase:
    sku: str
    qty: int  # units no warehouse can give


@dataclass(frozen=True)
class StockPlan:
    order_id: int
    order_no: str
    target_warehouse_id: int | None  # where the order would ship from after the transfers
    target_code: str
    transfers: tuple[PlanMove, ...]
    purchases: tuple[PlanPurchase, ...]
    # Every unit exists across the warehouses: splitting the order would also ship it.
    can_split: bool

    @property
    def fills_order(self) -> bool:
        return bool(self.transfers) and not self.purchases


def plan_for_order(uow: UnitOfWork, order_id: int) -> StockPlan:
    order = uow.session.get(Order, order_id)
    if order is None:
        raise NotFound("Order {id} not found", id=order_id)
    lines = uow.session.execute(
        select(OrderLine.product_id, OrderLine.sku, OrderLine.qty).where(
            OrderLine.order_id == order_id
        )
    ).all()
    purchases = [PlanPurchase(ln.sku, ln.qty) for ln in lines if ln.product_id is None]
    wanted = stock.merge_lines(
        StockLine(ln.product_id, ln.qty) for ln in lines if ln.product_id is not None
    )
    warehouses, available = stock.availability(uow, [ln.product_id for ln in wanted])
    skus = dict(
        uow.session.execute(
            select(Product.id, Product.sku).where(Product.id.in_([ln.product_id for ln in wanted]))
        ).all()
    )
    codes = dict(uow.session.execute(select(Warehouse.id, Warehouse.code)).all())

    def filled(warehouse_id: int) -> int:
        return sum(
            min(max(available.get((warehouse_id, ln.product_id), 0), 0), ln.qty) for ln in wanted
        )

    # Ship from the warehouse that already holds most of the order (priority breaks ties):
    # the fewest units travel.
    target = max(warehouses, key=lambda w: (filled(w), -warehouses.index(w)), default=None)
    moves: list[PlanMove] = []
    total_short = 0
    for line in wanted:
        sku = skus.get(line.product_id, "?")
        have = max(available.get((target, line.product_id), 0), 0) if target else 0
        need = line.qty - have
        short_everywhere = line.qty - sum(
            max(available.get((w, line.product_id), 0), 0) for w in warehouses
        )
        total_short += max(short_everywhere, 0)
        for source in warehouses:
            if need <= 0:
                break
            if source == target:
                continue
            take = min(need, max(available.get((source, line.product_id), 0), 0))
            if take > 0:
                moves.append(PlanMove(line.product_id, sku, source, codes.get(source, ""), take))
                need -= take
        if need > 0:
            purchases.append(PlanPurchase(sku, need))
    return StockPlan(
        order_id=order.id,
        order_no=order.order_no,
        target_warehouse_id=target,
        target_code=codes.get(target, "") if target else "",
        transfers=tuple(moves),
        purchases=tuple(purchases),
        can_split=total_short == 0 and not any(ln.product_id is None for ln in lines),
    )


def create_plan_transfers(uow: UnitOfWork, order_id: int) -> list[str]:
    """Create (and dispatch) one transfer per source warehouse of the order's plan, computed
    again inside this transaction. Returns the transfer numbers."""
    plan = plan_for_order(uow, order_id)
    order = uow.session.get(Order, order_id)
    if order is None or order.status != OrderStatus.APPROVED:
        raise ValidationError(
            "Order {order_no} is not waiting for confirmation", field="order_id",
            order_no=plan.order_no,
        )  # fmt: skip
    if not plan.transfers or plan.target_warehouse_id is None:
        raise ValidationError(
            "No warehouse can send stock for order {order_no}", field="order_id",
            order_no=plan.order_no,
        )  # fmt: skip
    by_source: dict[int, list[StockLine]] = {}
    for move in plan.transfers:
        by_source.setdefault(move.from_warehouse_id, []).append(
            StockLine(move.product_id, move.qty)
        )
    numbers = []
    for source, lines in by_source.items():
        info = create_transfer_in(
            uow, source, plan.target_warehouse_id, lines, note=f"{plan.order_no}"
        )
        numbers.append(info.transfer_no)
    return numbers
