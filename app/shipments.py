"""Parcels (shipments) of orders: creation with a tracking number, the label's life
(created → printed → voided → reprinted, each with who and when in the audit log), the
searchable shipments table and the logistics exceptions.

Order statuses are not touched here: shipping an order (stock out, 已发货) belongs to the
order state machine, which calls `create_shipment_in` and `mark_label_printed_in` inside its
own unit of work.

Module functions take the caller's unit of work; `ShipmentService` wraps them as user actions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    literal,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database, rows_changed
from app.errors import ConcurrencyError, ConflictError, NotFound, StateConflict, ValidationError
from app.logistics import (
    get_carrier,
    money,
    next_tracking_no,
    order_id_by_no,
    order_weight_g,
    pool_warnings,
    quote_options,
    whole,
)
from app.permissions import Actor, Permission, requires
from app.pii import mask_address, mask_phone, sees_pii
from app.settings import parse_days_by_carrier, read_setting
from app.uow import UnitOfWork, read, transaction
from app.validation import text as checked_text
from models import (
    Carrier,
    CarrierService,
    LabelStatus,
    Order,
    OrderStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    User,
    UTCDateTime,
    utcnow,
)

__all__ = [
    "LabelStatus",
    "ShipmentException",
    "ShipmentFilter",
    "ShipmentInfo",
    "ShipmentRow",
    "ShipmentService",
    "ShipmentSort",
    "ShipmentStatus",
    "create_shipment_in",
    "mark_label_printed_in",
    "void_label_in",
]

# Orders that may get a parcel: stock is reserved and the warehouse is known.
PARCEL_STATES = (OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED)
# Parcels on their way, which can stall.
MOVING_STATES = (ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT)
# Tracking numbers go into Code128 barcodes and scanners return them verbatim.
TRACKING_NO_RE = re.compile(r"[0-9A-Z][0-9A-Z-]{3,39}")
MAX_REASON = 500
ADDRESS_PROBLEM = "address_problem"  # the tracking status behind that exception
DAMAGED = "damaged"  # likewise


class ShipmentException(StrEnum):
    STALE = "stale"  # no movement for N days
    RETURNED = "returned"
    LOST = "lost"
    ADDRESS_PROBLEM = "address_problem"
    DAMAGED = "damaged"  # the goods arrived or were found broken (破损)
    PROBLEM = "problem"  # any other carrier exception (滞留, 问题件)


class ShipmentSort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TRACKING_NO = "tracking_no"
    ORDER_NO = "order_no"
    LAST_MOVEMENT = "last_movement"  # the longest-quiet first


@dataclass(frozen=True)
class ShipmentFilter:
    carrier_id: int | None = None
    status: ShipmentStatus | None = None
    label_status: LabelStatus | None = None
    exception: ShipmentException | None = None
    created_from: datetime | None = None  # inclusive, aware
    created_to: datetime | None = None  # exclusive, aware
    search: str = ""  # a tracking number or order number (exact or its beginning)
    order_id: int | None = None
    # True: the parcels whose exception someone marked handled (and that did not move since).
    handled: bool = False


@dataclass(frozen=True)
class ShipmentInfo:
    id: int
    order_id: int
    order_no: str
    carrier_id: int
    carrier_code: str
    service_id: int | None
    tracking_no: str
    status: ShipmentStatus
    label_status: LabelStatus
    print_count: int
    weight_g: int
    cost: Decimal


@dataclass(frozen=True)
class ShipmentRow:
    """One line of the shipments table; personal data masked for roles without VIEW_PII."""

    id: int
    order_id: int
    order_no: str
    carrier_id: int
    carrier_code: str
    carrier_name: str
    service_name: str
    tracking_no: str
    status: ShipmentStatus
    label_status: LabelStatus
    print_count: int
    void_reason: str
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    cost: Decimal
    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    address: str
    created_at: datetime
    shipped_at: datetime | None
    delivered_at: datetime | None
    last_event_at: datetime | None
    last_event_status: str
    last_event_text: str
    exception: ShipmentException | None  # the kind, open or handled
    handled_at: datetime | None = None  # set while the exception counts as handled
    handled_by: str = ""
    exception_note: str = ""


# -- stale rules and exception conditions -------------------------------------------------------


@dataclass(frozen=True)
class StaleRule:
    default_days: int
    by_carrier: dict[int, int]  # carrier id → days

    def days_for(self, carrier_id: int) -> int:
        return self.by_carrier.get(carrier_id, self.default_days)


def stale_rule(session: Session) -> StaleRule:
    per_code = parse_days_by_carrier(read_setting(session, "logistics.stale_days_by_carrier"))
    ids: dict[int, int] = {}
    if per_code:
        for code, cid in session.execute(
            select(Carrier.code, Carrier.id).where(Carrier.code.in_(list(per_code)))
        ):
            ids[cid] = per_code[code]
    return StaleRule(read_setting(session, "logistics.stale_days"), ids)


def _last_event_ts() -> Any:
    return (
        select(func.max(TrackingEvent.ts))
        .where(TrackingEvent.shipment_id == Shipment.id)
        .correlate(Shipment)
        .scalar_subquery()
    )


def _last_event_status() -> Any:
    return (
        select(TrackingEvent.status)
        .where(TrackingEvent.shipment_id == Shipment.id)
        .order_by(TrackingEvent.ts.desc(), TrackingEvent.id.desc())
        .limit(1)
        .correlate(Shipment)
        .scalar_subquery()
    )


def last_movement() -> Any:
    """When the parcel last moved: its newest event, else when it shipped, else created."""
    return func.coalesce(_last_event_ts(), Shipment.shipped_at, Shipment.created_at)


def _at(moment: datetime) -> Any:
    return literal(moment, type_=UTCDateTime())


def last_recorded() -> Any:
    """When we last learnt something about the parcel (an event's recording time, not the
    carrier's time on it: a file imported today may carry yesterday's events)."""
    return (
        select(func.max(TrackingEvent.recorded_at))
        .where(TrackingEvent.shipment_id == Shipment.id)
        .correlate(Shipment)
        .scalar_subquery()
    )


def handled_condition() -> ColumnElement[bool]:
    """Someone marked the exception handled, and no tracking event came in since."""
    return and_(
        Shipment.exception_handled_at.is_not(None),
        func.coalesce(last_recorded(), Shipment.exception_handled_at)
        <= Shipment.exception_handled_at,
    )


def exception_condition(
    kind: ShipmentException, rule: StaleRule, now: datetime, *, open_only: bool = True
) -> ColumnElement[bool]:
    """Parcels with the exception `kind`; open ones only unless `open_only` is False."""
    condition = _kind_condition(kind, rule, now)
    return and_(condition, not_(handled_condition())) if open_only else condition


def _kind_condition(kind: ShipmentException, rule: StaleRule, now: datetime) -> ColumnElement[bool]:
    if kind is ShipmentException.RETURNED:
        return Shipment.status == ShipmentStatus.RETURNED
    if kind is ShipmentException.LOST:
        return Shipment.status == ShipmentStatus.LOST
    if kind is ShipmentException.ADDRESS_PROBLEM:
        return and_(
            Shipment.status == ShipmentStatus.EXCEPTION, _last_event_status() == ADDRESS_PROBLEM
        )
    if kind is ShipmentException.DAMAGED:
        return and_(Shipment.status == ShipmentStatus.EXCEPTION, _last_event_status() == DAMAGED)
    if kind is ShipmentException.PROBLEM:
        return and_(
            Shipment.status == ShipmentStatus.EXCEPTION,
            func.coalesce(_last_event_status(), "").not_in([ADDRESS_PROBLEM, DAMAGED]),
        )
    moved = last_movement()
    overrides = list(rule.by_carrier.items())
    quiet = [
        and_(Shipment.carrier_id == cid, moved < _at(now - timedelta(days=days)))
        for cid, days in overrides
    ]
    default = moved < _at(now - timedelta(days=rule.default_days))
    if overrides:
        default = and_(Shipment.carrier_id.not_in([cid for cid, _ in overrides]), default)
    return and_(Shipment.status.in_(MOVING_STATES), or_(default, *quiet))


def classify(
    status: ShipmentStatus,
    last_event_status: str,
    moved_at: datetime,
    carrier_id: int,
    rule: StaleRule,
    now: datetime,
) -> ShipmentException | None:
    """The same rules as `exception_condition`, for one row already loaded."""
    if status is ShipmentStatus.RETURNED:
        return ShipmentException.RETURNED
    if status is ShipmentStatus.LOST:
        return ShipmentException.LOST
    if status is ShipmentStatus.EXCEPTION:
        if last_event_status == ADDRESS_PROBLEM:
            return ShipmentException.ADDRESS_PROBLEM
        if last_event_status == DAMAGED:
            return ShipmentException.DAMAGED
        return ShipmentException.PROBLEM
    if status in MOVING_STATES and moved_at < now - timedelta(days=rule.days_for(carrier_id)):
        return ShipmentException.STALE
    return None


def exception_counts_in(session: Session, now: datetime) -> dict[ShipmentException, int]:
    rule = stale_rule(session)
    return {
        kind: session.scalar(
            select(func.count(Shipment.id)).where(exception_condition(kind, rule, now))
        )
        or 0
        for kind in ShipmentException
    }


# -- creating parcels and changing labels (inside a caller's unit of work) ----------------------


def normalise_tracking_no(value: str) -> str:
    number = value.strip().upper() if isinstance(value, str) else ""
    if not TRACKING_NO_RE.fullmatch(number):
        raise ValidationError(
            "Tracking number: 4-40 letters, digits or -, no spaces ({value})",
            field="tracking_no",
            value=value,
        )
    return number


def _tracking_no_taken(session: Session, carrier_id: int, tracking_no: str) -> bool:
    return (
        session.scalar(
            select(Shipment.id).where(
                Shipment.carrier_id == carrier_id, Shipment.tracking_no == tracking_no
            )
        )
        is not None
    )


def _info(session: Session, shipment: Shipment) -> ShipmentInfo:
    order_no = session.scalar(select(Order.order_no).where(Order.id == shipment.order_id))
    carrier_code = session.scalar(select(Carrier.code).where(Carrier.id == shipment.carrier_id))
    return ShipmentInfo(
        id=shipment.id,
        order_id=shipment.order_id,
        order_no=order_no or "",
        carrier_id=shipment.carrier_id,
        carrier_code=carrier_code or "",
        service_id=shipment.service_id,
        tracking_no=shipment.tracking_no,
        status=ShipmentStatus(shipment.status),
        label_status=LabelStatus(shipment.label_status),
        print_count=shipment.print_count,
        weight_g=shipment.weight_g,
        cost=shipment.cost,
    )


def create_shipment_in(
    uow: UnitOfWork,
    order_id: int,
    carrier_id: int,
    *,
    service_id: int | None = None,
    tracking_no: str = "",
    weight_g: int | None = None,
    length_mm: int = 0,
    width_mm: int = 0,
    height_mm: int = 0,
    cost: Decimal | None = None,
    allowed_states: Sequence[OrderStatus] = PARCEL_STATES,
) -> Shipment:
    """A new parcel for the order. Without a typed tracking number the carrier's pool hands
    one out (a carrier without a pool needs it typed); either way it is new for the carrier.
    Weight defaults to the goods' catalogue weight, cost to the carrier's rate for it."""
    session = uow.session
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    if order.status not in allowed_states:
        raise StateConflict(
            "Order {order_no} is {status}: a parcel can be created once it is confirmed "
            "and before it ships",
            order_no=order.order_no,
            status=OrderStatus(order.status),
        )
    if order.is_on_hold:
        raise ConflictError(
            "Order {order_no} is on hold ({reason})",
            order_no=order.order_no,
            reason=order.hold_reason,
        )
    carrier = get_carrier(session, carrier_id)
    if not carrier.is_active:
        raise ValidationError(
            "Carrier {carrier} is not in use", field="carrier_id", carrier=carrier.code
        )
    if service_id is not None:
        service = session.get(CarrierService, service_id)
        if service is None or service.carrier_id != carrier_id:
            raise ValidationError("The service does not belong to the carrier", field="service_id")
    weight = order_weight_g(session, order_id) if weight_g is None else weight_g
    dims = {
        "weight_g": whole(weight, "weight_g", 0, 1_000_000),
        "length_mm": whole(length_mm, "length_mm", 0, 10_000),
        "width_mm": whole(width_mm, "width_mm", 0, 10_000),
        "height_mm": whole(height_mm, "height_mm", 0, 10_000),
    }
    if cost is None:
        rates = quote_options(
            session, order.province, dims["weight_g"], carrier_id=carrier_id, service_id=service_id
        )
        if not rates and service_id is not None:  # a carrier-wide rate covers every service
            rates = quote_options(session, order.province, dims["weight_g"], carrier_id=carrier_id)
            rates = [r for r in rates if r.service_id is None]
        price = rates[0].price if rates else Decimal(0)
        if service_id is None and rates:
            service_id = rates[0].service_id
    else:
        price = money(cost, "cost")

    typed = tracking_no.strip() if isinstance(tracking_no, str) else ""
    number = typed and normalise_tracking_no(typed)
    if not number:
        # Skip pool numbers someone typed in by hand earlier (rare, but unique per carrier).
        for _ in range(100):
            drawn = next_tracking_no(uow, carrier_id)
            if drawn is None:
                raise ValidationError(
                    "{carrier} has no tracking-number pool: enter the tracking number",
                    field="tracking_no",
                    carrier=carrier.code,
                )
            if not _tracking_no_taken(session, carrier_id, drawn):
                number = drawn
                break
        else:
            raise ConflictError(
                "The tracking-number pool of {carrier} hands out numbers already in use",
                carrier=carrier.code,
            )
    elif _tracking_no_taken(session, carrier_id, number):
        raise ValidationError(
            "Tracking number {tracking_no} is already used for {carrier}",
            field="tracking_no",
            tracking_no=number,
            carrier=carrier.code,
        )
    shipment = Shipment(
        order_id=order_id,
        carrier_id=carrier_id,
        service_id=service_id,
        tracking_no=number,
        status=ShipmentStatus.CREATED,
        label_status=LabelStatus.CREATED,
        print_count=0,
        void_reason="",
        cost=price,
        **dims,
    )
    try:
        with session.begin_nested():  # another workstation may type the same number now
            session.add(shipment)
    except IntegrityError as exc:
        raise ValidationError(
            "Tracking number {tracking_no} is already used for {carrier}",
            field="tracking_no",
            tracking_no=number,
            carrier=carrier.code,
        ) from exc
    uow.audit(
        "shipment.create",
        "shipment",
        shipment.id,
        {
            "order_no": [None, order.order_no],
            "carrier": [None, carrier.code],
            "tracking_no": [None, number],
            "weight_g": [None, dims["weight_g"]],
            "cost": [None, price],
        },
    )
    return shipment


def _reason(reason: Any, field: str = "reason") -> str:
    text = reason.strip() if isinstance(reason, str) else ""
    if not text:
        raise ValidationError("Give a reason", field=field)
    if len(text) > MAX_REASON:
        raise ValidationError(
            "The reason is longer than {max_len} characters", field=field, max_len=MAX_REASON
        )
    return text


def _get_shipment(session: Session, shipment_id: int) -> Shipment:
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFound("No parcel with id {shipment_id}", shipment_id=shipment_id)
    return shipment


def mark_label_printed_in(
    uow: UnitOfWork, shipment_id: int, reprint_reason: str | None = None
) -> int:
    """Record that the label was printed; returns the new print count.

    First print: created → printed. Printing again (a printed or a voided label) is a reprint
    and needs a reason; a voided label becomes valid again. Who and when: the audit entry.
    """
    session = uow.session
    shipment = _get_shipment(session, shipment_id)
    before = LabelStatus(shipment.label_status)
    count = shipment.print_count
    reason = None
    if before is not LabelStatus.CREATED:
        if reprint_reason is None or not str(reprint_reason).strip():
            raise StateConflict(
                "The label of {tracking_no} is {label_status} already; reprint it with a reason",
                tracking_no=shipment.tracking_no,
                status=before,
                label_status=before,
            )
        reason = _reason(reprint_reason, "reprint_reason")
    changed = session.execute(
        update(Shipment)
        .where(
            Shipment.id == shipment_id,
            Shipment.label_status == before,
            Shipment.print_count == count,
        )
        .values(
            label_status=LabelStatus.PRINTED, print_count=Shipment.print_count + 1, void_reason=""
        )
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) != 1:
        raise ConcurrencyError(
            "The label of {tracking_no} was changed at another workstation; reload and retry",
            tracking_no=shipment.tracking_no,
        )
    session.expire(shipment)
    changes: dict[str, Any] = {
        "label_status": [before.value, LabelStatus.PRINTED.value],
        "print_count": [count, count + 1],
    }
    if reason is not None:
        changes["reason"] = [None, reason]
    uow.audit(
        "shipment.label_reprint" if reason is not None else "shipment.label_print",
        "shipment",
        shipment_id,
        changes,
    )
    return count + 1


def void_label_in(uow: UnitOfWork, shipment_id: int, reason: str) -> None:
    """Void the label (and its waybill number) of a parcel not yet with the carrier."""
    text = _reason(reason)
    session = uow.session
    shipment = _get_shipment(session, shipment_id)
    before = LabelStatus(shipment.label_status)
    if before is LabelStatus.VOIDED:
        raise ConflictError(
            "The label of {tracking_no} is voided already", tracking_no=shipment.tracking_no
        )
    if shipment.status != ShipmentStatus.CREATED:
        raise StateConflict(
            "Parcel {tracking_no} is with the carrier already ({status}); it cannot be voided",
            tracking_no=shipment.tracking_no,
            status=ShipmentStatus(shipment.status),
        )
    changed = session.execute(
        update(Shipment)
        .where(
            Shipment.id == shipment_id,
            Shipment.label_status == before,
            Shipment.status == ShipmentStatus.CREATED,
        )
        .values(label_status=LabelStatus.VOIDED, void_reason=text)
        .execution_options(synchronize_session=False)
    )
    if rows_changed(changed) != 1:
        raise ConcurrencyError(
            "The label of {tracking_no} was changed at another workstation; reload and retry",
            tracking_no=shipment.tracking_no,
        )
    session.expire(shipment)
    uow.audit(
        "shipment.label_void",
        "shipment",
        shipment_id,
        {"label_status": [before.value, LabelStatus.VOIDED.value], "reason": [None, text]},
    )


# -- the table ----------------------------------------------------------------------------------


def _filtered(
    query: Select[*tuple[Any, ...]], flt: ShipmentFilter, rule: StaleRule, now: datetime
) -> Any:
    if flt.carrier_id is not None:
        query = query.where(Shipment.carrier_id == flt.carrier_id)
    if flt.status is not None:
        query = query.where(Shipment.status == ShipmentStatus(flt.status))
    if flt.label_status is not None:
        query = query.where(Shipment.label_status == LabelStatus(flt.label_status))
    if flt.exception is not None:
        query = query.where(
            exception_condition(
                ShipmentException(flt.exception), rule, now, open_only=not flt.handled
            )
        )
    if flt.handled:
        query = query.where(handled_condition())
    if flt.created_from is not None:
        query = query.where(Shipment.created_at >= _at(flt.created_from))
    if flt.created_to is not None:
        query = query.where(Shipment.created_at < _at(flt.created_to))
    if flt.order_id is not None:
        query = query.where(Shipment.order_id == flt.order_id)
    text = flt.search.strip()
    if text:
        upper = text.upper()
        escaped = upper.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # Exact or leading matches use the indexes on tracking_no and order_no.
        query = query.where(
            or_(
                Shipment.tracking_no == upper,
                Shipment.tracking_no.like(f"{escaped}%", escape="\\"),
                Order.order_no == text,
                Order.order_no.like(f"{escaped}%", escape="\\"),
            )
        )
    return query


_SORTS: dict[ShipmentSort, tuple[Any, ...]] = {
    ShipmentSort.NEWEST: (Shipment.created_at.desc(), Shipment.id.desc()),
    ShipmentSort.OLDEST: (Shipment.created_at, Shipment.id),
    ShipmentSort.TRACKING_NO: (Shipment.tracking_no, Shipment.id),
    ShipmentSort.ORDER_NO: (Order.order_no, Shipment.id),
}


def _ids(ids: Sequence[int]) -> list[int]:
    if isinstance(ids, str | bytes):
        raise TypeError("ids must be a sequence of integers")
    return [int(i) for i in ids]


class ShipmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.FULFIL)
    def create_shipment(
        self,
        actor: Actor,
        order_no: str,
        carrier_id: int,
        *,
        service_id: int | None = None,
        tracking_no: str = "",
        weight_g: int | None = None,
        length_mm: int = 0,
        width_mm: int = 0,
        height_mm: int = 0,
        cost: Decimal | None = None,
    ) -> ShipmentInfo:
        """A new parcel for a confirmed order (see `create_shipment_in`)."""
        if not isinstance(order_no, str):
            raise ValidationError("Enter an order number", field="order_no")

        def work(uow: UnitOfWork) -> ShipmentInfo:
            shipment = create_shipment_in(
                uow,
                order_id_by_no(uow.session, order_no),
                carrier_id,
                service_id=service_id,
                tracking_no=tracking_no,
                weight_g=weight_g,
                length_mm=length_mm,
                width_mm=width_mm,
                height_mm=height_mm,
                cost=cost,
            )
            return _info(uow.session, shipment)

        return transaction(self.db, actor, work)

    @requires(Permission.PRINT_DOCUMENTS)
    def mark_label_printed(
        self, actor: Actor, shipment_id: int, reprint_reason: str | None = None
    ) -> ShipmentInfo:
        """Record a label printed outside Kuaidan's own print queue (e.g. raw ZPL)."""

        def work(uow: UnitOfWork) -> ShipmentInfo:
            mark_label_printed_in(uow, shipment_id, reprint_reason)
            return _info(uow.session, _get_shipment(uow.session, shipment_id))

        return transaction(self.db, actor, work)

    @requires(Permission.FULFIL)
    def void_label(self, actor: Actor, shipment_id: int, reason: str) -> ShipmentInfo:
        def work(uow: UnitOfWork) -> ShipmentInfo:
            void_label_in(uow, shipment_id, reason)
            return _info(uow.session, _get_shipment(uow.session, shipment_id))

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_LOGISTICS)
    def shipment_ids(
        self,
        actor: Actor,
        flt: ShipmentFilter | None = None,
        sort: ShipmentSort = ShipmentSort.NEWEST,
        *,
        now: datetime | None = None,
    ) -> list[int]:
        """The ids of the shipments matching the filter, in table order (filtered and sorted in
        SQL); the table loads the rows of the visible part with `shipment_rows`."""
        flt = flt or ShipmentFilter()
        if not isinstance(flt, ShipmentFilter):
            raise TypeError("flt must be a ShipmentFilter")
        moment = now or utcnow()

        def work(uow: UnitOfWork) -> list[int]:
            rule = stale_rule(uow.session)
            query = select(Shipment.id).join(Order, Order.id == Shipment.order_id)
            query = _filtered(query, flt, rule, moment)
            sort_key = ShipmentSort(sort)
            if sort_key is ShipmentSort.LAST_MOVEMENT:
                query = query.order_by(last_movement(), Shipment.id)
            else:
                query = query.order_by(*_SORTS[sort_key])
            return list(uow.session.scalars(query))

        return read(self.db, work)

    @requires(Permission.VIEW_LOGISTICS)
    def shipment_rows(
        self, actor: Actor, ids: Sequence[int], *, now: datetime | None = None
    ) -> list[ShipmentRow]:
        """The rows for `ids`, in the same order (ids no longer there are left out)."""
        wanted = _ids(ids)
        full = sees_pii(actor)
        moment = now or utcnow()

        def work(uow: UnitOfWork) -> list[ShipmentRow]:
            if not wanted:
                return []
            session = uow.session
            rule = stale_rule(session)
            ranked = (
                select(
                    TrackingEvent.shipment_id,
                    TrackingEvent.ts,
                    TrackingEvent.status,
                    TrackingEvent.location,
                    TrackingEvent.description,
                    func.row_number()
                    .over(
                        partition_by=TrackingEvent.shipment_id,
                        order_by=(TrackingEvent.ts.desc(), TrackingEvent.id.desc()),
                    )
                    .label("rank"),
                )
                .where(TrackingEvent.shipment_id.in_(wanted))
                .subquery()
            )
            last = {
                row.shipment_id: row
                for row in session.execute(select(ranked).where(ranked.c.rank == 1))
            }
            query = (
                select(
                    Shipment,
                    Order,
                    Carrier.code,
                    Carrier.name,
                    CarrierService.name,
                    func.coalesce(User.display_name, User.username),
                    last_recorded(),
                )
                .join(Order, Order.id == Shipment.order_id)
                .join(Carrier, Carrier.id == Shipment.carrier_id)
                .outerjoin(CarrierService, CarrierService.id == Shipment.service_id)
                .outerjoin(User, User.id == Shipment.exception_handled_by)
                .where(Shipment.id.in_(wanted))
            )
            found: dict[int, ShipmentRow] = {}
            for s, o, code, name, service_name, handler, recorded in session.execute(query):
                event = last.get(s.id)
                event_ts = event.ts if event is not None else None
                moved = event_ts or s.shipped_at or s.created_at
                handled = s.exception_handled_at is not None and (
                    recorded is None or recorded <= s.exception_handled_at
                )
                event_text = (
                    " ".join(p for p in (event.location, event.description) if p) if event else ""
                )
                found[s.id] = ShipmentRow(
                    id=s.id,
                    order_id=o.id,
                    order_no=o.order_no,
                    carrier_id=s.carrier_id,
                    carrier_code=code,
                    carrier_name=name,
                    service_name=service_name or "",
                    tracking_no=s.tracking_no,
                    status=ShipmentStatus(s.status),
                    label_status=LabelStatus(s.label_status),
                    print_count=s.print_count,
                    void_reason=s.void_reason,
                    weight_g=s.weight_g,
                    length_mm=s.length_mm,
                    width_mm=s.width_mm,
                    height_mm=s.height_mm,
                    cost=s.cost,
                    recipient_name=o.recipient_name,
                    recipient_phone=o.recipient_phone if full else mask_phone(o.recipient_phone),
                    province=o.province,
                    city=o.city,
                    address=o.address if full else mask_address(o.address),
                    created_at=s.created_at,
                    shipped_at=s.shipped_at,
                    delivered_at=s.delivered_at,
                    last_event_at=event_ts,
                    last_event_status=event.status if event else "",
                    last_event_text=event_text,
                    exception=classify(
                        ShipmentStatus(s.status),
                        event.status if event else "",
                        moved,
                        s.carrier_id,
                        rule,
                        moment,
                    ),
                    handled_at=s.exception_handled_at if handled else None,
                    handled_by=(handler or "") if handled else "",
                    exception_note=s.exception_note if handled else "",
                )
            return [found[i] for i in wanted if i in found]

        return read(self.db, work)

    @requires(Permission.UPDATE_TRACKING)
    def mark_exception_handled(
        self, actor: Actor, shipment_id: int, note: str = "", *, now: datetime | None = None
    ) -> None:
        """The parcel's exception was dealt with (carrier called, customer told, resent...):
        it leaves the exception queues with who and when, until the parcel moves again."""
        note = checked_text(note or "", "note", 500, required=False)
        moment = now or utcnow()

        def work(uow: UnitOfWork) -> None:
            session = uow.session
            shipment = session.get(Shipment, shipment_id, with_for_update=True)
            if shipment is None:
                raise NotFound("No parcel with id {shipment_id}", shipment_id=shipment_id)
            event = session.execute(
                select(TrackingEvent.status, TrackingEvent.ts)
                .where(TrackingEvent.shipment_id == shipment_id)
                .order_by(TrackingEvent.ts.desc(), TrackingEvent.id.desc())
                .limit(1)
            ).first()
            moved = (event.ts if event else None) or shipment.shipped_at or shipment.created_at
            kind = classify(
                ShipmentStatus(shipment.status), event.status if event else "", moved,
                shipment.carrier_id, stale_rule(session), moment,
            )  # fmt: skip
            if kind is None:
                raise ConflictError(
                    "Parcel {tracking_no} has no logistics exception to handle",
                    tracking_no=shipment.tracking_no,
                )
            shipment.exception_handled_at = moment
            shipment.exception_handled_by = actor.user_id
            shipment.exception_note = note
            uow.audit(
                "shipment.exception_handled", "shipment", shipment_id,
                {"exception": [None, kind.value], "note": [None, note]},
            )  # fmt: skip

        transaction(self.db, actor, work)

    @requires(Permission.VIEW_LOGISTICS)
    def exception_counts(
        self, actor: Actor, *, now: datetime | None = None
    ) -> dict[ShipmentException, int]:
        """How many parcels have each logistics exception (for the queues and the status bar)."""
        moment = now or utcnow()
        return read(self.db, lambda uow: exception_counts_in(uow.session, moment))

    @requires(Permission.VIEW_LOGISTICS)
    def alerts(self, actor: Actor, *, now: datetime | None = None) -> LogisticsAlerts:
        """Exception counts and carriers running out of tracking numbers, in one read."""
        moment = now or utcnow()

        def work(uow: UnitOfWork) -> LogisticsAlerts:
            counts = exception_counts_in(uow.session, moment)
            low = tuple((w.carrier_code, w.remaining) for w in pool_warnings(uow.session))
            return LogisticsAlerts(counts, low)

        return read(self.db, work)

    @requires(Permission.VIEW_LOGISTICS)
    def shipments_of_order(self, actor: Actor, order_no: str) -> list[ShipmentInfo]:
        def work(uow: UnitOfWork) -> list[ShipmentInfo]:
            order_id = order_id_by_no(uow.session, order_no)
            shipments = uow.session.scalars(
                select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id)
            )
            return [_info(uow.session, s) for s in shipments]

        if not isinstance(order_no, str):
            raise ValidationError("Enter an order number", field="order_no")
        return read(self.db, work)


@dataclass(frozen=True)
class LogisticsAlerts:
    exceptions: dict[ShipmentException, int]
    low_pools: tuple[tuple[str, int], ...]  # (carrier code, numbers left)

    @property
    def exception_total(self) -> int:
        return sum(self.exceptions.values())
