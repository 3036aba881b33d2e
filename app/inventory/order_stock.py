"""Stock held for an order from the Inventory tab: setting stock aside by hand for an order
not yet confirmed, and releasing or shipping what an order holds.

A confirmed order's reservation belongs to the order's pipeline: releasing it is the order's
`release_stock` move (back to 已审核) and shipping is its `ship` move, so the stock and the
order's state never part ways (no oversell after a release, no second stock-out on ship).
"""

from __future__ import annotations

from sqlalchemy import select

from app import stock
from app.errors import ConflictError, InsufficientStock, StateConflict
from app.inventory.checks import check_lines, check_products, load_order, load_warehouse
from app.inventory.ledger import post_audited
from app.inventory.model import CLOSED_ORDER_STATES, Balance, ReservationResult
from app.orders import release_stock_in, ship_in
from app.orders.transitions import refusal
from app.states import RESERVING_STATES, OrderAction, OrderStatus, transition_for
from app.stock import Portion, Reference, StockLine, merge_lines
from app.uow import UnitOfWork
from models import Order, OrderLine, Product, Warehouse


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
        raise StateConflict(
            "Order {order_no} is {status}; it cannot hold stock",
            order_no=order.order_no,
            status=OrderStatus(order.status),
        )
    if order.status in RESERVING_STATES:
        raise StateConflict(
            "Order {order_no} is {status}; it already holds its stock",
            order_no=order.order_no,
            status=OrderStatus(order.status),
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
    """Release (or ship) what the order holds in the warehouse: `lines`, or all of it.
    Shipping is only ever the order's ship move; a confirmed order's whole reservation is
    released by its release_stock move; stock set aside by hand is released here."""
    wanted = None if lines is None else check_lines(lines)

    order = load_order(uow, order_no)
    warehouse = load_warehouse(uow, warehouse_id, active=False)
    if ship or order.status in RESERVING_STATES:
        return _settle_by_move(uow, order, warehouse, wanted, ship=ship)
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
    audit_action = "stock.ship" if ship else "stock.release"
    return post_audited(
        uow, audit_action, "order", order.order_no, keys, post, warehouse=warehouse.code
    )


def _settle_by_move(
    uow: UnitOfWork,
    order: Order,
    warehouse: Warehouse,
    wanted: list[StockLine] | None,
    *,
    ship: bool,
) -> tuple[Balance, ...]:
    """The order's own move takes or gives back its whole reservation. A part of it, or
    another warehouse than the order's, is refused: the order would no longer match its
    stock. A state the move does not start from is refused first, as the Orders tab would."""
    action = OrderAction.SHIP if ship else OrderAction.RELEASE_STOCK
    if transition_for(action, order.status, order.is_on_hold) is None:
        raise refusal(uow, order.id, action)
    lines = merge_lines(
        StockLine(product_id, qty)
        for product_id, qty in uow.session.execute(
            select(OrderLine.product_id, OrderLine.qty).where(OrderLine.order_id == order.id)
        )
        if product_id is not None  # an unknown SKU holds no stock
    )
    if order.warehouse_id not in (None, warehouse.id) or wanted not in (None, lines):
        raise ConflictError(
            "Order {order_no} holds stock for all its lines in one warehouse; "
            "release or ship the whole order",
            order_no=order.order_no,
        )

    def post() -> None:
        if ship:
            ship_in(uow, order.id)
        else:
            release_stock_in(uow, order.id)

    keys = [(line.product_id, warehouse.id) for line in lines]
    audit_action = "stock.ship" if ship else "stock.release"
    return post_audited(
        uow, audit_action, "order", order.order_no, keys, post, warehouse=warehouse.code
    )


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
