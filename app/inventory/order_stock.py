"""Stock held for an order by hand: reserving it from the Inventory tab, releasing or
shipping what an order holds."""

from __future__ import annotations

from sqlalchemy import select

from app import stock
from app.errors import ConflictError, InsufficientStock
from app.inventory.checks import check_lines, check_products, load_order, load_warehouse
from app.inventory.ledger import post_audited
from app.inventory.model import CLOSED_ORDER_STATES, Balance, ReservationResult
from app.stock import Portion, Reference, StockLine, merge_lines
from app.uow import UnitOfWork
from models import Product


def reserve_for_order_in(
    uow: UnitOfWork,
    order_no: str,
    lines: list[StockLine],
    warehouse_id: int | None = None,
) -> ReservationResult:
    """Reserve stock for an open order, in the given warehouse or the one `allocate`
    chooses. All or nothing: "Only 0 of SKU available in SH; 1 needed" when short."""
    wanted = check_lines(lines)

    order = load_order(uow, order_no)
    if order.status in CLOSED_ORDER_STATES:
        raise ConflictError(
            "Order {order_no} is {status}; it cannot hold stock",
            order_no=order.order_no,
            status=order.status.value,
        )
    check_products(uow, wanted)
    if warehouse_id is not None:
        portions: tuple[Portion, ...] = (
            Portion(load_warehouse(uow, warehouse_id).id, tuple(wanted)),
        )
    else:
        portions = _allocated_portions(uow, wanted)
    reference = Reference("order", order.id)

    def post() -> None:
        for portion in portions:
            stock.reserve(uow, portion.warehouse_id, portion.lines, reference)

    keys = [(ln.product_id, p.warehouse_id) for p in portions for ln in p.lines]
    balances = post_audited(
        uow, "stock.reserve", "order", order.order_no, keys, post,
        warehouses=[p.warehouse_id for p in portions],
    )  # fmt: skip
    return ReservationResult(portions, balances)


def settle_for_order_in(
    uow: UnitOfWork,
    order_no: str,
    warehouse_id: int,
    lines: list[StockLine] | None,
    *,
    ship: bool,
) -> tuple[Balance, ...]:
    wanted = None if lines is None else check_lines(lines)

    order = load_order(uow, order_no)
    warehouse = load_warehouse(uow, warehouse_id, active=False)
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
    return post_audited(uow, action, "order", order.order_no, keys, post, warehouse=warehouse.code)


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
