"""Pick waves: confirmed orders of one warehouse move to 拣货中 through the order transition
(`app.orders.move_in`), each in its own savepoint, so an order that cannot join is reported and
the others join; the pick list groups the wave's units by SKU in bin order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import rows_changed
from app.documents import PickListData, PickRow
from app.documents.pick_list import sorted_rows
from app.errors import AppError, ConflictError, NotFound, ValidationError
from app.fulfilment.model import (
    MAX_WAVE_ORDERS,
    WaveCandidate,
    WaveInfo,
    WaveOrderRow,
    WaveResult,
    WaveStatus,
)
from app.numbering import daily_number
from app.orders import BatchFailure, move_in
from app.review_rules import clean_ids
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork
from models import (
    BinLocation,
    Carrier,
    LabelStatus,
    Order,
    OrderLine,
    Product,
    Shipment,
    StockLevel,
    User,
    Warehouse,
    Wave,
    WaveOrder,
    utcnow,
)


def wave_candidates(
    uow: UnitOfWork,
    warehouse_id: int,
    *,
    carrier_id: int | None = None,
    single_item_only: bool = False,
    limit: int = 5000,
) -> list[WaveCandidate]:
    """Confirmed orders of a warehouse, not held and in no wave, oldest first."""

    session = uow.session
    load_warehouse(session, warehouse_id)
    units = _units().label("units")
    query = (
        select(Order.id, Order.order_no, Order.ordered_at, Order.carrier_id,
               Carrier.code, Order.recipient_name, Order.province, Order.city, units)
        .outerjoin(Carrier, Carrier.id == Order.carrier_id)
        .where(*_candidate_filter(warehouse_id, carrier_id))
        .order_by(Order.ordered_at, Order.id)
        .limit(max(1, min(int(limit), 20_000)))
    )  # fmt: skip
    if single_item_only:
        query = query.where(_units() == 1)
    rows = session.execute(query).all()
    summary = _item_summary(session, [r.id for r in rows])
    return [
        WaveCandidate(
            order_id=r.id,
            order_no=r.order_no,
            ordered_at=r.ordered_at,
            carrier_id=r.carrier_id,
            carrier_code=r.code or "",
            recipient_name=r.recipient_name,
            province=r.province,
            city=r.city,
            lines=summary.get(r.id, (0, ""))[0],
            units=int(r.units or 0),
            items=summary.get(r.id, (0, ""))[1],
        )
        for r in rows
    ]


def _candidate_filter(warehouse_id: int, carrier_id: int | None) -> list[Any]:
    conditions = [
        Order.status == OrderStatus.CONFIRMED,
        Order.is_on_hold.is_(False),
        Order.warehouse_id == warehouse_id,
        ~exists().where(WaveOrder.order_id == Order.id),
    ]
    if carrier_id is not None:
        conditions.append(Order.carrier_id == carrier_id)
    return conditions


def create_wave_in(uow: UnitOfWork, order_ids: Sequence[int]) -> WaveResult:
    """A wave of the chosen confirmed orders (all of one warehouse). Each order joins on
    its own: the ones that cannot are reported with the reason, the others are picked."""
    ids = clean_ids(order_ids)
    _check_size(ids)

    warehouses = set(
        uow.session.scalars(
            select(Order.warehouse_id)
            .where(
                Order.id.in_(ids),
                Order.status == OrderStatus.CONFIRMED,
                Order.warehouse_id.is_not(None),
            )
            .distinct()
        )
    )
    if len(warehouses) > 1:
        codes = uow.session.scalars(
            select(Warehouse.code).where(Warehouse.id.in_(warehouses)).order_by(Warehouse.code)
        ).all()
        raise ValidationError(
            "The orders ship from {count} warehouses ({warehouses}); a wave is picked in "
            "one warehouse: make one wave per warehouse",
            field="order_ids",
            count=len(codes),
            warehouses=", ".join(codes),
        )
    return _wave_in(uow, ids, next(iter(warehouses), None))


def create_wave_by_rule_in(
    uow: UnitOfWork,
    warehouse_id: int,
    carrier_id: int | None = None,
    single_item_first: bool = True,
    limit: int = 100,
) -> WaveResult:
    """A wave of up to `limit` confirmed orders of the warehouse (one carrier's, if given):
    single-item orders (one unit) first, then the oldest."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ValidationError("Enter how many orders the wave takes", field="limit")
    _check_size(range(limit))

    load_warehouse(uow.session, warehouse_id)
    order: list[Any] = [Order.ordered_at, Order.id]
    if single_item_first:
        order.insert(0, case((_units() == 1, 0), else_=1))
    ids = list(
        uow.session.scalars(
            select(Order.id)
            .where(*_candidate_filter(warehouse_id, carrier_id))
            .order_by(*order)
            .limit(limit)
        )
    )
    if not ids:
        raise ValidationError(
            "No confirmed order waits for picking in this warehouse", field="warehouse_id"
        )
    return _wave_in(uow, ids, warehouse_id)


def _check_size(ids: Sequence[int]) -> None:
    if not ids:
        raise ValidationError("Choose the orders for the wave", field="order_ids")
    if len(ids) > MAX_WAVE_ORDERS:
        raise ValidationError(
            "A wave takes at most {limit} orders", field="order_ids", limit=MAX_WAVE_ORDERS
        )


def _wave_in(uow: UnitOfWork, ids: list[int], warehouse_id: int | None) -> WaveResult:
    session = uow.session
    rows = {
        r.id: r
        for r in session.execute(
            select(Order.id, Order.order_no, Order.status, Order.warehouse_id).where(
                Order.id.in_(ids)
            )
        )
    }
    now = utcnow()
    wave = Wave(
        wave_no=daily_number(session, "WV", now),
        warehouse_id=warehouse_id,
        status=WaveStatus.OPEN.value,
        created_by=uow.actor.user_id if uow.actor else None,
    )
    session.add(wave)
    session.flush()
    outcome: dict[int, AppError | None] = {}
    for order_id in sorted(ids):  # one lock order for every workstation
        row = rows.get(order_id)
        try:
            if row is None:
                raise NotFound("No order with id {order_id}", order_id=order_id)
            with uow.savepoint():
                if (
                    row.status == OrderStatus.CONFIRMED
                    and warehouse_id is not None
                    and row.warehouse_id != warehouse_id
                ):
                    raise ConflictError(
                        "Order {order_no} ships from another warehouse than the wave",
                        order_no=row.order_no,
                    )
                move_in(uow, order_id, OrderAction.PICK, note=wave.wave_no)
                session.execute(insert(WaveOrder).values(wave_id=wave.id, order_id=order_id))
            outcome[order_id] = None
        except AppError as exc:
            outcome[order_id] = exc
        except IntegrityError:
            outcome[order_id] = ConflictError(
                "Order {order_no} is in another wave already",
                order_no=row.order_no if row is not None else order_id,
            )
    succeeded = tuple(i for i in ids if outcome[i] is None)
    failed = tuple(
        BatchFailure(i, rows[i].order_no if i in rows else str(i), error)
        for i in ids
        if (error := outcome[i]) is not None
    )
    if not succeeded:
        session.delete(wave)
        session.flush()
        return WaveResult(None, len(ids), succeeded, failed)
    uow.audit(
        "wave.create",
        "wave",
        wave.id,
        {
            "wave_no": [None, wave.wave_no],
            "warehouse_id": [None, warehouse_id],
            "orders": [None, len(succeeded)],
        },
    )
    return WaveResult(wave_infos(session, [wave.id])[0], len(ids), succeeded, failed)


def list_waves(
    uow: UnitOfWork, *, include_closed: bool = False, limit: int = 200
) -> list[WaveInfo]:
    """The newest waves first."""

    query = select(Wave.id).order_by(Wave.id.desc()).limit(max(1, min(int(limit), 2000)))
    if not include_closed:
        query = query.where(Wave.status != WaveStatus.CLOSED.value)
    return wave_infos(uow.session, list(uow.session.scalars(query)))


def wave_orders(uow: UnitOfWork, wave_id: int) -> list[WaveOrderRow]:
    session = uow.session
    get_wave(session, wave_id)
    rows = session.execute(
        select(Order.id, Order.order_no, Order.status, Order.is_on_hold,
               Order.recipient_name, _units())
        .join(WaveOrder, WaveOrder.order_id == Order.id)
        .where(WaveOrder.wave_id == wave_id)
        .order_by(Order.order_no)
    ).all()  # fmt: skip
    tracking: dict[int, list[str]] = defaultdict(list)
    for order_id, number in session.execute(
        select(Shipment.order_id, Shipment.tracking_no)
        .join(WaveOrder, WaveOrder.order_id == Shipment.order_id)
        .where(WaveOrder.wave_id == wave_id, Shipment.label_status != LabelStatus.VOIDED)
        .order_by(Shipment.id)
    ):
        tracking[order_id].append(number)
    return [
        WaveOrderRow(oid, no, OrderStatus(status), held, name, int(units or 0),
                     tuple(tracking[oid]))
        for oid, no, status, held, name, units in rows
    ]  # fmt: skip


def close_wave_in(uow: UnitOfWork, wave_id: int) -> WaveInfo:
    """The lead closes a wave; orders still 拣货中 stay so and can still be packed."""

    session = uow.session
    wave = get_wave(session, wave_id)
    before = WaveStatus(wave.status)
    if before is WaveStatus.CLOSED:
        raise ConflictError("Wave {wave_no} is closed already", wave_no=wave.wave_no)
    changed = session.execute(
        update(Wave)
        .where(Wave.id == wave_id, Wave.status == before.value)
        .values(status=WaveStatus.CLOSED.value, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) != 1:
        raise ConflictError("Wave {wave_no} is closed already", wave_no=wave.wave_no)
    session.expire(wave)
    uow.audit("wave.close", "wave", wave_id, {"status": [before.value, "closed"]})
    return wave_infos(session, [wave_id])[0]


def pick_list(session: Session, wave_id: int) -> PickListData:
    wave = get_wave(session, wave_id)
    warehouse_name = ""
    if wave.warehouse_id is not None:
        warehouse_name = (
            session.scalar(select(Warehouse.name).where(Warehouse.id == wave.warehouse_id)) or ""
        )
    rows = session.execute(
        select(Order.order_no, OrderLine.product_id, OrderLine.sku, OrderLine.name,
               OrderLine.qty, Product.name, Product.spec, Product.barcode, BinLocation.code)
        .join(WaveOrder, WaveOrder.order_id == Order.id)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .outerjoin(Product, Product.id == OrderLine.product_id)
        .outerjoin(StockLevel, and_(StockLevel.product_id == OrderLine.product_id,
                                    StockLevel.warehouse_id == Order.warehouse_id))
        .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
        .where(WaveOrder.wave_id == wave_id, Order.status == OrderStatus.PICKING)
        .order_by(Order.order_no, OrderLine.line_no)
    ).all()  # fmt: skip
    # product (or SKU) → [bin, sku, name, barcode, {order_no: qty}]
    grouped: dict[Any, list[Any]] = {}
    for order_no, product_id, sku, line_name, qty, name, spec, barcode, bin_code in rows:
        key = product_id if product_id is not None else f"sku:{sku}"
        title = f"{name} {spec}".strip() if name else (line_name or sku)
        entry = grouped.setdefault(
            key, [bin_code or "", sku, title, barcode or "", defaultdict(int)]
        )
        entry[4][order_no] += qty
    if not grouped:
        raise ValidationError(
            "Nothing left to pick in wave {wave_no}", field="wave_id", wave_no=wave.wave_no
        )
    return PickListData(
        wave_no=wave.wave_no,
        warehouse_name=warehouse_name,
        created_at=utcnow(),
        rows=sorted_rows(
            PickRow(bin_code=b, sku=s, name=n, barcode=c, total_qty=sum(per.values()),
                    orders=list(per.items()))
            for b, s, n, c, per in grouped.values()
        ),
    )  # fmt: skip


def wave_picked_in(uow: UnitOfWork, order_id: int) -> None:
    """The order's wave becomes picked once none of its orders is still 拣货中."""
    session = uow.session
    wave_id = session.scalar(select(WaveOrder.wave_id).where(WaveOrder.order_id == order_id))
    if wave_id is None:
        return
    left = session.scalar(
        select(func.count(WaveOrder.id))
        .join(Order, Order.id == WaveOrder.order_id)
        .where(WaveOrder.wave_id == wave_id, Order.status == OrderStatus.PICKING)
    )
    if left:
        return
    changed = session.execute(
        update(Wave)
        .where(Wave.id == wave_id, Wave.status == WaveStatus.OPEN.value)
        .values(status=WaveStatus.PICKED.value, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) == 1:
        uow.audit("wave.picked", "wave", wave_id, {"status": ["open", "picked"]})


def load_warehouse(session: Session, warehouse_id: int) -> Warehouse:
    if isinstance(warehouse_id, bool) or not isinstance(warehouse_id, int):
        raise ValidationError("Choose a warehouse", field="warehouse_id")
    found = session.get(Warehouse, warehouse_id)
    if found is None:
        raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
    return found


def wave_infos(session: Session, wave_ids: Sequence[int]) -> list[WaveInfo]:
    if not wave_ids:
        return []
    rows = session.execute(
        select(Wave, Warehouse.code, Warehouse.name, User.display_name, User.username)
        .outerjoin(Warehouse, Warehouse.id == Wave.warehouse_id)
        .outerjoin(User, User.id == Wave.created_by)
        .where(Wave.id.in_(wave_ids))
    ).all()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for wave_id, status, number in session.execute(
        select(WaveOrder.wave_id, Order.status, func.count(Order.id))
        .join(Order, Order.id == WaveOrder.order_id)
        .where(WaveOrder.wave_id.in_(wave_ids))
        .group_by(WaveOrder.wave_id, Order.status)
    ):
        counts[wave_id][OrderStatus(status).value] += number
    done = {s.value for s in (OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                               OrderStatus.COMPLETED)}  # fmt: skip
    found = {}
    for wave, code, name, display, username in rows:
        per = counts[wave.id]
        found[wave.id] = WaveInfo(
            id=wave.id,
            wave_no=wave.wave_no,
            warehouse_id=wave.warehouse_id,
            warehouse_code=code or "",
            warehouse_name=name or "",
            status=WaveStatus(wave.status),
            created_at=wave.created_at,
            created_by=display or username or "",
            orders=sum(per.values()),
            picking=per[OrderStatus.PICKING.value],
            packed=sum(n for s, n in per.items() if s in done),
            cancelled=per[OrderStatus.CANCELLED.value],
        )
    return [found[i] for i in wave_ids if i in found]


def get_wave(session: Session, wave_id: int) -> Wave:
    if isinstance(wave_id, bool) or not isinstance(wave_id, int):
        raise NotFound("No wave with id {wave_id}", wave_id=wave_id)
    wave = session.get(Wave, wave_id)
    if wave is None:
        raise NotFound("No wave with id {wave_id}", wave_id=wave_id)
    return wave


def _units() -> Any:
    return (
        select(func.coalesce(func.sum(OrderLine.qty), 0))
        .where(OrderLine.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )


def _item_summary(session: Session, order_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """(line count, "name ×qty; ...") per order."""
    lines: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(order_ids), 500):
        for order_id, sku, name, qty in session.execute(
            select(OrderLine.order_id, OrderLine.sku, OrderLine.name, OrderLine.qty)
            .where(OrderLine.order_id.in_(order_ids[start : start + 500]))
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ):
            lines[order_id].append(f"{name or sku} ×{qty}")
    return {oid: (len(parts), "; ".join(parts)) for oid, parts in lines.items()}
