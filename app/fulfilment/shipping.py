"""Shipping: packed orders handed to the carrier (the order transition to 已发货 takes the
goods out of stock, app.stock.ship) and, when every parcel is delivered, 已签收.

The order row is locked first, so of two workstations shipping the same order one ships it
and the other is told who shipped it and when; stock is deducted once."""

from __future__ import annotations

import logging
from collections import defaultdict

from sqlalchemy import and_, exists, func, select, update

from app.errors import AppError, ValidationError
from app.fulfilment.model import ShipCandidate
from app.orders import move_in, ship_in
from app.payments.cod import collect_on_delivery_in
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork
from models import (
    Carrier,
    LabelStatus,
    Order,
    PackRecord,
    Shipment,
    ShipmentStatus,
    WaveOrder,
    utcnow,
)

log = logging.getLogger(__name__)


def deliver_when_all_delivered(uow: UnitOfWork, order_id: int) -> bool:
    """Move a shipped order to 已签收 when every parcel of it that is not voided is delivered
    (a system move: no permission, no user in the order's history). True if it moved."""
    session = uow.session
    status = session.scalar(select(Order.status).where(Order.id == order_id))
    if status != OrderStatus.SHIPPED:
        return False
    parcels = session.execute(
        select(Shipment.status, Shipment.tracking_no).where(
            Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED
        )
    ).all()
    if not parcels or any(s != ShipmentStatus.DELIVERED for s, _ in parcels):
        return False
    try:
        with uow.savepoint():
            move_in(
                uow,
                order_id,
                OrderAction.DELIVER,
                note=", ".join(sorted(n for _, n in parcels)),
                automatic=True,
            )
    except AppError as exc:  # moved by another workstation just now
        log.info("order %s not moved to delivered: %s", order_id, exc)
        return False
    collect_on_delivery_in(uow, order_id)  # cash on delivery: the carrier now holds it
    return True


def orders_awaiting_labels(uow: UnitOfWork, limit: int = 500) -> list[str]:
    """Order numbers of orders being picked or packed with no printed label yet, by wave
    (for the batch label print; at most `limit`)."""

    printed = exists().where(
        Shipment.order_id == Order.id, Shipment.label_status == LabelStatus.PRINTED
    )
    return list(
        uow.session.scalars(
            select(Order.order_no)
            .outerjoin(WaveOrder, WaveOrder.order_id == Order.id)
            .where(
                Order.status.in_((OrderStatus.PICKING, OrderStatus.PACKED)),
                Order.is_on_hold.is_(False),
                ~printed,
            )
            .order_by(WaveOrder.wave_id, Order.order_no)
            .limit(max(1, min(int(limit), 5000)))
        )
    )


def ship_candidates(
    uow: UnitOfWork, *, warehouse_id: int | None = None, limit: int = 5000
) -> list[ShipCandidate]:
    """Packed orders (not held), the oldest packed first, with their parcels."""

    session = uow.session
    packed_at = (
        select(func.max(PackRecord.finished_at))
        .where(PackRecord.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )
    query = (
        select(Order.id, Order.order_no, Order.recipient_name, Order.province,
               Order.city, Carrier.code, packed_at.label("packed_at"))
        .outerjoin(Carrier, Carrier.id == Order.carrier_id)
        .where(Order.status == OrderStatus.PACKED, Order.is_on_hold.is_(False))
        .order_by(Order.updated_at, Order.id)
        .limit(max(1, min(int(limit), 20_000)))
    )  # fmt: skip
    if warehouse_id is not None:
        query = query.where(Order.warehouse_id == warehouse_id)
    rows = session.execute(query).all()
    parcels: dict[int, list[tuple[str, str]]] = defaultdict(list)
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        for order_id, number, label in session.execute(
            select(Shipment.order_id, Shipment.tracking_no, Shipment.label_status)
            .where(
                Shipment.order_id.in_(ids[start : start + 500]),
                Shipment.label_status != LabelStatus.VOIDED,
            )
            .order_by(Shipment.id)
        ):
            parcels[order_id].append((number, label))
    return [
        ShipCandidate(
            order_id=r.id,
            order_no=r.order_no,
            recipient_name=r.recipient_name,
            province=r.province,
            city=r.city,
            carrier_code=r.code or "",
            tracking_nos=tuple(n for n, _ in parcels[r.id]),
            labels_printed=bool(parcels[r.id])
            and all(lb == LabelStatus.PRINTED for _, lb in parcels[r.id]),
            packed_at=r.packed_at,
        )
        for r in rows
    ]


def ship_one_in(uow: UnitOfWork, order_id: int) -> None:
    session = uow.session
    ref = ship_in(uow, order_id)  # the claim first: a lost race stops here
    parcels = session.execute(
        select(Shipment.id, Shipment.tracking_no, Shipment.label_status)
        .where(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
        .order_by(Shipment.id)
    ).all()
    if not parcels:
        raise ValidationError(
            "Order {order_no} has no parcel: pack it or print its label first",
            field="order_ids",
            order_no=ref.order_no,
        )
    unprinted = [p.tracking_no for p in parcels if p.label_status != LabelStatus.PRINTED]
    if unprinted:
        raise ValidationError(
            "The label of {tracking_no} (order {order_no}) is not printed yet",
            field="order_ids",
            tracking_no=unprinted[0],
            order_no=ref.order_no,
        )
    now = utcnow()
    mine = and_(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
    # Tracking may have arrived before the hand-over: such a parcel keeps its status.
    session.execute(
        update(Shipment)
        .where(mine, Shipment.status == ShipmentStatus.CREATED)
        .values(status=ShipmentStatus.SHIPPED, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Shipment)
        .where(mine, Shipment.shipped_at.is_(None))
        .values(shipped_at=now)
        .execution_options(synchronize_session=False)
    )
    uow.audit(
        "shipment.hand_over",
        "order",
        order_id,
        {"tracking_nos": [None, ", ".join(p.tracking_no for p in parcels)],
         "shipped_at": [None, now]},
    )  # fmt: skip
    deliver_when_all_delivered(uow, order_id)
