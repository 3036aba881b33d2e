"""The figures the supervisor manages by: sales, conversion, returns, speed, stock, service
and carriers, each a read-only service call returning plain data for a period and filters.

Everything is aggregated in SQL (grouped counts and sums, and histograms of durations in whole
minutes from which p50/p90 are read), so a year of a million orders stays a few queries.
Days are the workstation's local days: the UTC offset at the start of the period is applied
in SQL (China has no daylight saving; elsewhere a day-saving switch inside the period moves
one hour of orders into the neighbouring day).

Percentiles are nearest-rank: p50 of durations [10, 20, 30, 40] minutes is 20, p90 is 40.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    delete,
    distinct,
    exists,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.exc import IntegrityError

from app.db import Database
from app.errors import ValidationError
from app.inventory.table import stock_alert_counts
from app.permissions import Actor, Permission, requires
from app.review_rules import clean_ids
from app.settings import read_setting
from app.uow import UnitOfWork, read, transaction
from models import (
    Carrier,
    CaseKind,
    CaseStatus,
    LabelStatus,
    MovementKind,
    Order,
    OrderEvent,
    OrderLine,
    OrderSpeedFact,
    OrderStatus,
    Payment,
    Product,
    Refund,
    RefundStatus,
    ReportMark,
    ReturnCase,
    ReturnLine,
    Shipment,
    ShipmentStatus,
    StockLevel,
    StockMovement,
    Ticket,
    TicketKind,
    TicketMessage,
    TrackingEvent,
    Warehouse,
    from_minor,
)

MAX_DAYS = 366
T = TypeVar("T")
# Orders that count as sales: paid and not cancelled.
NOT_SALES = (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED)
OVERSTOCK_DAYS = 90  # more days of cover than this is overstock
AGE_BUCKETS = (30, 60, 90, 180)  # days since receipt: ≤30, 31–60, 61–90, 91–180, >180
SHIP_PROMISE_SETTING = "reports.ship_within_hours"
DEFAULT_SHIP_PROMISE_HOURS = 48
# The states an order waits in, and the stage they measure (review, confirm, pick, pack, ship).
STAGES = (
    ("review", OrderStatus.PENDING_REVIEW),
    ("confirm", OrderStatus.APPROVED),
    ("pick", OrderStatus.CONFIRMED),
    ("pack", OrderStatus.PICKING),
    ("ship", OrderStatus.PACKED),
)
RETURN_KINDS = (CaseKind.RETURN, CaseKind.EXCHANGE)
ZERO = Decimal(0)
PERCENT = Decimal("0.0001")


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Drill(StrEnum):
    """What a click on a figure lists: the orders behind it."""

    SALES_DAY = "sales_day"  # key: ISO date of the bucket start (grain from the filter)
    SALES_CHANNEL = "sales_channel"  # key: channel
    CANCELLED = "cancelled"  # key: reason ("" = all cancelled)
    RETURNS_SKU = "returns_sku"  # key: SKU
    RETURNS_CHANNEL = "returns_channel"  # key: channel
    RETURNS_REASON = "returns_reason"  # key: reason code
    LATE_SHIPMENTS = "late_shipments"  # key unused
    CARRIER_PARCELS = "carrier_parcels"  # key: carrier id
    COMPLAINTS = "complaints"  # key unused: orders of complaint tickets


@dataclass(frozen=True)
class ReportFilter:
    date_from: date
    date_to: date  # inclusive
    channel: str | None = None
    warehouse_id: int | None = None
    carrier_id: int | None = None
    sku: str | None = None
    zone: tzinfo | None = None
    grain: Grain = Grain.DAY

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1

    def previous(self) -> ReportFilter:
        """The period of the same length just before this one."""
        return ReportFilter(
            self.date_from - timedelta(days=self.days),
            self.date_from - timedelta(days=1),
            self.channel,
            self.warehouse_id,
            self.carrier_id,
            self.sku,
            self.zone,
            self.grain,
        )


@dataclass(frozen=True)
class Percentiles:
    count: int
    p50_minutes: int | None
    p90_minutes: int | None


# ---- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SalesBucket:
    start: date
    orders: int
    revenue: Decimal
    average: Decimal


@dataclass(frozen=True)
class SalesTotals:
    orders: int
    revenue: Decimal
    average: Decimal


@dataclass(frozen=True)
class SalesReport:
    totals: SalesTotals
    previous: SalesTotals
    orders_change: Decimal | None  # fraction: 0.25 = +25 %; None when the previous is 0
    revenue_change: Decimal | None
    buckets: tuple[SalesBucket, ...]
    by_channel: tuple[tuple[str, int, Decimal], ...]  # (channel, orders, revenue), top first


@dataclass(frozen=True)
class ConversionReport:
    created: int
    paid: int
    paid_rate: Decimal | None  # paid ÷ created
    cancelled: int
    cancelled_unpaid: int  # cancelled while waiting for payment (unpaid timeouts)
    cancelled_paid: int
    cancel_reasons: tuple[tuple[str, int], ...]  # most first; "" = no reason given
    completed: int = 0


@dataclass(frozen=True)
class ReturnRow:
    key: str  # SKU, channel or reason code
    name: str
    sold: int  # units sold (SKU, channel) or orders (reason)
    returned: int  # units returned
    rate: Decimal | None


@dataclass(frozen=True)
class ReturnsReport:
    sold_units: int
    returned_units: int
    return_rate: Decimal | None
    returned_orders: int
    by_sku: tuple[ReturnRow, ...]  # worst rate first
    by_channel: tuple[ReturnRow, ...]
    by_reason: tuple[tuple[str, int], ...]  # (reason code, cases)
    refund_amount: Decimal  # approved refunds decided in the period (of any order's day)
    refunds: int
    refund_rate: Decimal | None  # refunded ÷ revenue of the period
    exchanges: int
    resends: int


@dataclass(frozen=True)
class SpeedReport:
    stages: tuple[tuple[str, Percentiles], ...]  # (stage, minutes in it)
    pay_to_ship: Percentiles
    promise_hours: int
    shipped: int
    shipped_on_time: int
    on_time_rate: Decimal | None
    paid: int
    completed: int
    completion_rate: Decimal | None


@dataclass(frozen=True)
class StockRow:
    product_id: int
    sku: str
    name: str
    on_hand: int
    available: int
    cost: Decimal
    value: Decimal
    shipped: int  # units out in the period
    turnover: Decimal | None  # shipped ÷ on hand
    days_of_cover: Decimal | None  # available ÷ units shipped a day; None when none shipped
    age_days: int | None  # age of the oldest unit on hand (first in, first out)
    state: str  # "stock_out", "overstock", "low", ""


@dataclass(frozen=True)
class StockReport:
    value: Decimal
    units: int
    skus: int
    stock_outs: int
    overstock: int
    low: int
    # As the status bar counts them (app.inventory.table.stock_alert_counts): stock rows,
    # a SKU in a warehouse, that are out (nothing available) or low (below safety stock).
    rows_out: int
    rows_low: int
    ageing: tuple[tuple[str, int, Decimal], ...]  # (bucket label, units, value)
    rows: tuple[StockRow, ...]  # by value, highest first
    overstock_days: int = OVERSTOCK_DAYS


@dataclass(frozen=True)
class ServiceReport:
    tickets: int
    by_kind: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    first_response: Percentiles
    resolution: Percentiles
    sla_tracked: int  # tickets whose SLA is decided (resolved, or due time passed)
    sla_met: int
    sla_rate: Decimal | None
    complaints: int
    sales_orders: int
    complaint_rate: Decimal | None  # complaints ÷ sales orders
    ratings: int
    rating_average: Decimal | None
    rating_distribution: tuple[tuple[int, int], ...]  # (1..5, count)
    rating_trend: tuple[tuple[date, int, Decimal], ...]  # (week start, count, average)


@dataclass(frozen=True)
class CarrierRow:
    carrier_id: int
    code: str
    name: str
    parcels: int
    delivered: int
    delivery: Percentiles
    cost: Decimal
    cost_per_parcel: Decimal | None
    exceptions: int
    exception_rate: Decimal | None
    lost: int
    damaged: int
    returned: int
    cod_outstanding: Decimal | None = None  # once payments exist


@dataclass(frozen=True)
class LogisticsReport:
    carriers: tuple[CarrierRow, ...]  # fastest median delivery first, then cheapest


@dataclass(frozen=True)
class OrderBrief:
    order_id: int
    order_no: str
    channel: str
    status: str
    total: Decimal
    ordered_at: datetime


@dataclass(frozen=True)
class FilterOptions:
    channels: tuple[str, ...]
    warehouses: tuple[tuple[int, str], ...]  # (id, "code name")
    carriers: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Figures:
    """Everything of one period, for export."""

    filter: ReportFilter
    sales: SalesReport
    conversion: ConversionReport
    returns: ReturnsReport
    speed: SpeedReport
    stock: StockReport
    service: ServiceReport
    logistics: LogisticsReport
    extra: dict[str, Any] = field(default_factory=dict)


# ---- SQL helpers ------------------------------------------------------------------------


def rate(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(PERCENT, ROUND_HALF_UP)


def percentiles(histogram: Iterable[tuple[int, int]]) -> Percentiles:
    """Nearest-rank p50 and p90 of (value, count) pairs."""
    pairs = sorted((int(v), int(n)) for v, n in histogram if v is not None)
    total = sum(n for _, n in pairs)
    if not total:
        return Percentiles(0, None, None)

    def nearest(p: float) -> int:
        rank = max(1, math.ceil(p * total))
        seen = 0
        for value, n in pairs:
            seen += n
            if seen >= rank:
                return value
        return pairs[-1][0]

    return Percentiles(total, nearest(0.5), nearest(0.9))


def _offset_minutes(flt: ReportFilter) -> int:
    zone = flt.zone or datetime.now().astimezone().tzinfo or UTC
    start = datetime.combine(flt.date_from, datetime.min.time(), zone)
    offset = start.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def _bounds(flt: ReportFilter) -> tuple[datetime, datetime]:
    zone = flt.zone or datetime.now().astimezone().tzinfo or UTC
    start = datetime.combine(flt.date_from, datetime.min.time(), zone)
    end = datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time(), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


class _Sql:
    """The few expressions that differ between SQLite, PostgreSQL and MySQL/MariaDB."""

    def __init__(self, dialect: str, offset_minutes: int) -> None:
        self.dialect = dialect
        self.offset = offset_minutes

    def day(self, column: Any) -> ColumnElement[Any]:
        """The local day of a UTC timestamp as 'YYYY-MM-DD' text."""
        m = self.offset
        if self.dialect == "sqlite":
            return func.strftime("%Y-%m-%d", column, f"{m:+d} minutes")
        if self.dialect == "postgresql":
            shifted = type_coerce(column, BigInteger()).op("+")(
                literal_column(f"interval '{m} minutes'")
            )
            return func.to_char(shifted, "YYYY-MM-DD")
        return func.date_format(
            func.date_add(column, literal_column(f"INTERVAL {m} MINUTE")), "%Y-%m-%d"
        )

    def minutes(self, start: Any, end: Any) -> ColumnElement[Any]:
        """Whole minutes from `start` to `end` (rounded down)."""
        if self.dialect == "sqlite":
            seconds = cast(
                func.round((func.julianday(end) - func.julianday(start)) * 86400), Integer
            )
            return seconds.op("/")(literal(60))
        if self.dialect == "postgresql":
            delta = type_coerce(end, BigInteger()).op("-")(type_coerce(start, BigInteger()))
            return cast(func.floor(func.extract("epoch", delta) / 60), Integer)
        return func.timestampdiff(literal_column("MINUTE"), start, end)


def _sql(uow: UnitOfWork, flt: ReportFilter) -> _Sql:
    return _Sql(uow.session.get_bind().dialect.name, _offset_minutes(flt))


def _raw(column: Any) -> ColumnElement[Any]:
    """Money as its integer minor units (SQL sums bypass the column type)."""
    return type_coerce(column, BigInteger())


def _order_filters(flt: ReportFilter, *, dates: bool = True) -> list[ColumnElement[bool]]:
    start, end = _bounds(flt)
    where: list[ColumnElement[bool]] = []
    if dates:
        where += [Order.ordered_at >= start, Order.ordered_at < end]
    if flt.channel:
        where.append(Order.channel == flt.channel)
    if flt.warehouse_id is not None:
        where.append(Order.warehouse_id == flt.warehouse_id)
    if flt.carrier_id is not None:
        where.append(Order.carrier_id == flt.carrier_id)
    if flt.sku:
        where.append(exists().where(OrderLine.order_id == Order.id, OrderLine.sku == flt.sku))
    return where


def _is_sale() -> ColumnElement[bool]:
    return Order.status.not_in(NOT_SALES)


def _bucket_start(day: date, grain: Grain) -> date:
    if grain is Grain.WEEK:
        return day - timedelta(days=day.weekday())
    if grain is Grain.MONTH:
        return day.replace(day=1)
    return day


def _average(revenue: Decimal, orders: int) -> Decimal:
    return (revenue / orders).quantize(Decimal("0.01"), ROUND_HALF_UP) if orders else ZERO


def _change(now: int | Decimal, before: int | Decimal) -> Decimal | None:
    if not before:
        return None
    return ((Decimal(now) - Decimal(before)) / Decimal(before)).quantize(PERCENT, ROUND_HALF_UP)


# ---- the figures --------------------------------------------------------------------------


def _sales_totals(uow: UnitOfWork, flt: ReportFilter) -> SalesTotals:
    orders, revenue = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(_raw(Order.total)), 0)).where(
            *_order_filters(flt), _is_sale()
        )
    ).one()
    money = from_minor(int(revenue))
    return SalesTotals(int(orders), money, _average(money, int(orders)))


def _local_days(
    uow: UnitOfWork, flt: ReportFilter, column: Any, *group: Any, where: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """Rows of (local day, *group values, count, sum of total) of `column`'s local day.
    SQLite groups by the UTC hour's text (a prefix: 2× cheaper than strftime per row) when
    the offset is whole hours, and the hours are shifted into local days here."""
    sql = _sql(uow, flt)
    measures = (func.count(), func.sum(_raw(Order.total)))
    if sql.dialect == "sqlite" and sql.offset % 60 == 0:
        hour = func.substr(type_coerce(column, BigInteger()), 1, 13).label("hour")
        rows = uow.session.execute(
            select(hour, *group, *measures).where(*where).group_by(hour, *group)
        ).all()
        shift = timedelta(minutes=sql.offset)
        return [((datetime.fromisoformat(f"{r[0]}:00") + shift).date(), *r[1:]) for r in rows]
    day = sql.day(column).label("day")
    rows = uow.session.execute(
        select(day, *group, *measures).where(*where).group_by(day, *group)
    ).all()
    return [(date.fromisoformat(str(r[0])[:10]), *r[1:]) for r in rows]


def sales_in(uow: UnitOfWork, flt: ReportFilter) -> SalesReport:
    rows = _local_days(
        uow, flt, Order.ordered_at, Order.channel, where=[*_order_filters(flt), _is_sale()]
    )
    buckets: dict[date, list[int]] = {}
    d = flt.date_from
    while d <= flt.date_to:
        buckets.setdefault(_bucket_start(d, flt.grain), [0, 0])
        d += timedelta(days=1)
    channels: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day, channel, n, total in rows:
        start = _bucket_start(day, flt.grain)
        bucket = buckets.setdefault(start, [0, 0])
        bucket[0] += int(n)
        bucket[1] += int(total or 0)
        channels[channel][0] += int(n)
        channels[channel][1] += int(total or 0)
    orders = sum(v[0] for v in buckets.values())
    revenue = from_minor(sum(v[1] for v in buckets.values()))
    totals = SalesTotals(orders, revenue, _average(revenue, orders))
    previous = _sales_totals(uow, flt.previous())
    return SalesReport(
        totals=totals,
        previous=previous,
        orders_change=_change(totals.orders, previous.orders),
        revenue_change=_change(totals.revenue, previous.revenue),
        buckets=tuple(
            SalesBucket(s, n, from_minor(r), _average(from_minor(r), n))
            for s, (n, r) in sorted(buckets.items())
        ),
        by_channel=tuple(
            (c, n, from_minor(r))
            for c, (n, r) in sorted(channels.items(), key=lambda kv: (-kv[1][1], kv[0]))
        ),
    )


def _cancel_events(flt: ReportFilter) -> Any:
    """The first cancel event of each cancelled order of the period."""
    start, _ = _bounds(flt)
    return (
        select(OrderEvent.order_id, OrderEvent.from_status, OrderEvent.note)
        .join(Order, Order.id == OrderEvent.order_id)
        .where(
            OrderEvent.to_status == OrderStatus.CANCELLED.value,
            OrderEvent.ts >= start,
            Order.status == OrderStatus.CANCELLED,
            *_order_filters(flt),
        )
    )


def conversion_in(uow: UnitOfWork, flt: ReportFilter) -> ConversionReport:
    s = uow.session
    by_status = {
        str(st): int(n)
        for st, n in s.execute(
            select(Order.status, func.count()).where(*_order_filters(flt)).group_by(Order.status)
        ).all()
    }
    created = sum(by_status.values())
    cancelled = by_status.get(OrderStatus.CANCELLED.value, 0)
    reasons: dict[str, int] = defaultdict(int)
    unpaid = seen = 0
    events = _cancel_events(flt).subquery()
    for from_status, note, n in s.execute(
        select(
            events.c.from_status, events.c.note, func.count(distinct(events.c.order_id))
        ).group_by(events.c.from_status, events.c.note)
    ).all():
        reasons[(note or "").strip()] += int(n)
        seen += int(n)
        if from_status == OrderStatus.PENDING_PAYMENT.value:
            unpaid += int(n)
    # Cancelled with no event (imported as cancelled): counted, without a reason.
    reasons[""] += max(0, cancelled - seen)
    if not reasons[""]:
        del reasons[""]
    pending = by_status.get(OrderStatus.PENDING_PAYMENT.value, 0)
    paid = created - pending - unpaid
    return ConversionReport(
        created=created,
        paid=paid,
        paid_rate=rate(paid, created),
        cancelled=cancelled,
        cancelled_unpaid=unpaid,
        cancelled_paid=cancelled - unpaid,
        cancel_reasons=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        completed=by_status.get(OrderStatus.COMPLETED.value, 0),
    )


def _returned_lines(flt: ReportFilter) -> Any:
    """Returned units (returns and exchanges not rejected) of the period's orders."""
    return (
        select(
            OrderLine.sku,
            Order.channel,
            ReturnCase.reason_code,
            ReturnLine.qty,
            ReturnLine.case_id,
            Order.id.label("order_id"),
            OrderLine.name,
        )
        .select_from(ReturnLine)
        .join(ReturnCase, ReturnCase.id == ReturnLine.case_id)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(
            ReturnCase.kind.in_(RETURN_KINDS),
            ReturnCase.status != CaseStatus.REJECTED,
            *_order_filters(flt),
        )
    )


def returns_in(uow: UnitOfWork, flt: ReportFilter) -> ReturnsReport:
    s = uow.session
    # Units sold per SKU and channel: read from the lines' covering index (order_id, sku,
    # qty); the names come with the returned lines below (only returned SKUs are listed).
    sold_rows = s.execute(
        select(OrderLine.sku, Order.channel, func.sum(OrderLine.qty))
        .join(Order, Order.id == OrderLine.order_id)
        .where(*_order_filters(flt), _is_sale())
        .group_by(OrderLine.sku, Order.channel)
    ).all()
    sold_sku: dict[str, int] = defaultdict(int)
    sold_channel: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for sku, channel, qty in sold_rows:
        sold_sku[sku] += int(qty)
        sold_channel[channel] += int(qty)
    ret_sku: dict[str, int] = defaultdict(int)
    ret_channel: dict[str, int] = defaultdict(int)
    reason_cases: dict[str, set[int]] = defaultdict(set)
    orders: set[int] = set()
    for sku, channel, reason, qty, case_id, order_id, name in s.execute(_returned_lines(flt)).all():
        names[sku] = max(names.get(sku, ""), name or "")
        ret_sku[sku] += int(qty)
        ret_channel[channel] += int(qty)
        reason_cases[reason or ""].add(case_id)
        orders.add(order_id)
    by_sku = sorted(
        (
            ReturnRow(k, names.get(k, ""), sold_sku.get(k, 0), n, rate(n, sold_sku.get(k, 0)))
            for k, n in ret_sku.items()
        ),
        key=lambda r: (-(r.rate or 0), -r.returned, r.key),
    )
    by_channel = sorted(
        (
            ReturnRow(k, k, sold_channel.get(k, 0), n, rate(n, sold_channel.get(k, 0)))
            for k, n in ret_channel.items()
        ),
        key=lambda r: (-(r.rate or 0), r.key),
    )
    # Refunds count by the day the money went back (approval), not by the order's day: a
    # refund in this period of last month's order is this period's refund, as the
    # platforms' refund rate counts it (refunds ÷ sales of the same days).
    start, end = _bounds(flt)
    refunded, refunds = s.execute(
        select(func.coalesce(func.sum(_raw(Refund.amount)), 0), func.count())
        .join(Payment, Payment.id == Refund.payment_id)
        .join(Order, Order.id == Payment.order_id)
        .where(
            Refund.status == RefundStatus.APPROVED,
            Refund.decided_at >= start,
            Refund.decided_at < end,
            *_order_filters(flt, dates=False),
        )
    ).one()
    kinds = dict(
        s.execute(
            select(ReturnCase.kind, func.count(distinct(ReturnCase.id)))
            .join(ReturnLine, ReturnLine.case_id == ReturnCase.id)
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .join(Order, Order.id == OrderLine.order_id)
            .where(
                ReturnCase.kind.in_((CaseKind.EXCHANGE, CaseKind.RESEND)),
                ReturnCase.status != CaseStatus.REJECTED,
                *_order_filters(flt),
            )
            .group_by(ReturnCase.kind)
        ).all()
    )
    revenue = _sales_totals(uow, flt).revenue
    sold = sum(sold_sku.values())
    returned = sum(ret_sku.values())
    refund_amount = from_minor(int(refunded))
    return ReturnsReport(
        sold_units=sold,
        returned_units=returned,
        return_rate=rate(returned, sold),
        returned_orders=len(orders),
        by_sku=tuple(by_sku),
        by_channel=tuple(by_channel),
        by_reason=tuple(
            sorted(((k, len(v)) for k, v in reason_cases.items()), key=lambda kv: (-kv[1], kv[0]))
        ),
        refund_amount=refund_amount,
        refunds=int(refunds),
        refund_rate=rate(refund_amount, revenue),
        exchanges=int(kinds.get(CaseKind.EXCHANGE, 0)),
        resends=int(kinds.get(CaseKind.RESEND, 0)),
    )


def _promise_hours(uow: UnitOfWork) -> int:
    value = read_setting(uow.session, SHIP_PROMISE_SETTING)
    return int(value) if isinstance(value, int) else DEFAULT_SHIP_PROMISE_HOURS


SPEED_MARK = "speed_facts"
# Events committed out of id order (PostgreSQL sequences) are caught by re-reading this many
# events before the watermark on every refresh.
REREAD_EVENTS = 1000
FACT_CHUNK = 500
FACT_EVENTS = 20_000  # events folded per transaction when catching up (a short write lock)


def _minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None or end < start:
        return None
    return round((end - start).total_seconds()) // 60


def speed_facts(
    events: Iterable[tuple[datetime, str | None, str | None]], paid_at: datetime | None
) -> dict[str, int | None]:
    """An order's minutes in each stage (first entry to first exit of the stage's state)
    and from payment to its first shipment, from its history."""
    entered: dict[str, datetime] = {}
    left: dict[str, datetime] = {}
    for ts, from_status, to_status in events:
        if to_status and (to_status not in entered or ts < entered[to_status]):
            entered[to_status] = ts
        if from_status and (from_status not in left or ts < left[from_status]):
            left[from_status] = ts
    facts: dict[str, int | None] = {
        f"{name}_min": _minutes_between(entered.get(state.value), left.get(state.value))
        for name, state in STAGES
    }
    facts["pay_to_ship_min"] = _minutes_between(paid_at, entered.get(OrderStatus.SHIPPED.value))
    return facts


def _fact_rows(uow: UnitOfWork, order_ids: Sequence[int]) -> list[dict[str, Any]]:
    s = uow.session
    history: dict[int, list[tuple[datetime, str | None, str | None]]] = defaultdict(list)
    for oid, ts, from_status, to_status in s.execute(
        select(
            OrderEvent.order_id, OrderEvent.ts, OrderEvent.from_status, OrderEvent.to_status
        ).where(OrderEvent.order_id.in_(order_ids))
    ).all():
        history[oid].append((ts, from_status, to_status))
    rows = []
    for o in s.execute(
        select(Order.id, Order.ordered_at, Order.channel, Order.warehouse_id, Order.carrier_id,
               Order.paid_at).where(Order.id.in_(order_ids))
    ).all():  # fmt: skip
        rows.append(
            {"order_id": o.id, "ordered_at": o.ordered_at, "channel": o.channel,
             "warehouse_id": o.warehouse_id, "carrier_id": o.carrier_id,
             **speed_facts(history.get(o.id, ()), o.paid_at)}
        )  # fmt: skip
    return rows


def refresh_speed_facts(uow: UnitOfWork, full: bool = False, max_events: int | None = None) -> int:
    """Fold the order events added since the last refresh into the speed facts; returns the
    number of orders recomputed. `full` recounts every order. `max_events` folds at most that
    many events past the watermark (a step of a long catch-up: short transactions)."""
    s = uow.session
    mark = s.get(ReportMark, SPEED_MARK, with_for_update=True)
    if mark is None:
        mark = ReportMark(name=SPEED_MARK, value=0)
        s.add(mark)
        s.flush()
    # SQLite commits one writer at a time, so its ids never arrive out of order.
    margin = 0 if s.get_bind().dialect.name == "sqlite" else REREAD_EVENTS
    since = 0 if full else max(0, mark.value - margin)
    top = s.scalar(select(func.max(OrderEvent.id))) or 0
    if full:
        s.execute(delete(OrderSpeedFact))
    elif max_events is not None:
        top = min(top, mark.value + max_events)
    if top <= since:
        return 0
    orders = sorted(
        s.scalars(
            select(OrderEvent.order_id)
            .distinct()
            .where(OrderEvent.id > since, OrderEvent.id <= top)
        )
    )
    for start in range(0, len(orders), FACT_CHUNK):
        part = orders[start : start + FACT_CHUNK]
        rows = _fact_rows(uow, part)
        s.execute(delete(OrderSpeedFact).where(OrderSpeedFact.order_id.in_(part)))
        if rows:
            s.execute(insert(OrderSpeedFact), rows)
    mark.value = top
    s.flush()
    return len(orders)


def speed_facts_backlog(uow: UnitOfWork) -> tuple[int, int]:
    """(watermark, newest event id): the events after the watermark are not folded in yet
    (a read, without the write lock)."""
    s = uow.session
    mark = s.scalar(select(ReportMark.value).where(ReportMark.name == SPEED_MARK))
    top = s.scalar(select(func.max(OrderEvent.id))) or 0
    if mark is None:  # never refreshed: everything is to do, even an empty history
        return -1, top
    return int(mark), int(top)


def speed_facts_current(uow: UnitOfWork) -> bool:
    """Nothing to fold in: no event after the watermark."""
    mark, top = speed_facts_backlog(uow)
    return mark >= top


def speed_fact_differences(uow: UnitOfWork, limit: int = 200) -> tuple[int, list[str]]:
    """Orders whose kept speed facts differ from a recount of their history (for check-db)."""
    s = uow.session
    mark = s.get(ReportMark, SPEED_MARK)
    if mark is None:
        return 0, []
    f = OrderSpeedFact
    columns = ["ordered_at", "channel", *(f"{name}_min" for name, _ in STAGES), "pay_to_ship_min"]
    ids = sorted(
        s.scalars(select(OrderEvent.order_id).distinct().where(OrderEvent.id <= mark.value))
    )
    count = matched = 0
    problems: list[str] = []
    for start in range(0, len(ids), FACT_CHUNK):
        part = ids[start : start + FACT_CHUNK]
        kept = {
            r[0]: r[1:]
            for r in s.execute(
                select(f.order_id, *(getattr(f, c) for c in columns)).where(f.order_id.in_(part))
            ).all()
        }
        matched += len(kept)
        for row in _fact_rows(uow, part):
            if kept.get(row["order_id"]) != tuple(row[c] for c in columns):
                count += 1
                if len(problems) < limit:
                    problems.append(f"Order id {row['order_id']}: processing times differ")
    orphans = (s.scalar(select(func.count()).select_from(f)) or 0) - matched
    if orphans > 0:  # facts of orders with no history folded in
        count += orphans
        problems.append(f"{orphans} processing-time rows without an order history")
    return count, problems


def _fact_filters(flt: ReportFilter) -> list[ColumnElement[bool]]:
    start, end = _bounds(flt)
    f = OrderSpeedFact
    where: list[ColumnElement[bool]] = [f.ordered_at >= start, f.ordered_at < end]
    if flt.channel:
        where.append(f.channel == flt.channel)
    if flt.warehouse_id is not None:
        where.append(f.warehouse_id == flt.warehouse_id)
    if flt.carrier_id is not None:
        where.append(f.carrier_id == flt.carrier_id)
    if flt.sku:
        where.append(exists().where(OrderLine.order_id == f.order_id, OrderLine.sku == flt.sku))
    return where


def speed_in(uow: UnitOfWork, flt: ReportFilter) -> SpeedReport:
    """Read after `refresh_speed_facts` (the service runs it in its own short write unit)."""
    s = uow.session
    where = _fact_filters(flt)
    parts = []
    for name in [*(n for n, _ in STAGES), "pay_to_ship"]:
        column = getattr(OrderSpeedFact, f"{name}_min")
        parts.append(
            select(literal(name).label("stage"), column.label("minutes"), func.count().label("n"))
            .where(*where, column.is_not(None))
            .group_by(column)
        )
    histograms: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for stage, minutes, n in s.execute(union_all(*parts)).all():
        histograms[stage].append((int(minutes), int(n)))
    promise = _promise_hours(uow)
    ship = histograms["pay_to_ship"]
    shipped = sum(n for _, n in ship)
    on_time = sum(n for m, n in ship if m <= promise * 60)
    conv = conversion_in(uow, flt)
    completed = conv.completed
    return SpeedReport(
        stages=tuple((name, percentiles(histograms[name])) for name, _ in STAGES),
        pay_to_ship=percentiles(ship),
        promise_hours=promise,
        shipped=shipped,
        shipped_on_time=on_time,
        on_time_rate=rate(on_time, shipped),
        paid=conv.paid,
        completed=completed,
        completion_rate=rate(completed, conv.paid),
    )


def _fifo_age(
    receipts: Sequence[tuple[datetime, int]], on_hand: int, now: datetime
) -> list[tuple[int, int]]:
    """(age in days, units) of the units on hand, taking the newest receipts first (the
    oldest units left the shelf first)."""
    left = on_hand
    ages: list[tuple[int, int]] = []
    for when, qty in sorted(receipts, key=lambda r: r[0], reverse=True):
        if left <= 0:
            break
        take = min(qty, left)
        ages.append((max(0, (now - when).days), take))
        left -= take
    if left > 0 and ages:  # more on hand than received (adjustments): as old as the oldest
        ages[-1] = (ages[-1][0], ages[-1][1] + left)
    return ages


def _age_label(days: int) -> str:
    low = 0
    for high in AGE_BUCKETS:
        if days <= high:
            return f"{low}-{high}"
        low = high + 1
    return f">{AGE_BUCKETS[-1]}"


def stock_in(uow: UnitOfWork, flt: ReportFilter, now: datetime | None = None) -> StockReport:
    """Stock as it is now, with the period's outflow for turnover and cover. The channel and
    carrier filters do not apply to stock."""
    s = uow.session
    now = now or datetime.now(UTC)
    level_where: list[ColumnElement[bool]] = [Product.is_active.is_(True)]
    if flt.warehouse_id is not None:
        level_where.append(StockLevel.warehouse_id == flt.warehouse_id)
    if flt.sku:
        level_where.append(Product.sku == flt.sku)
    levels = s.execute(
        select(
            Product.id,
            Product.sku,
            Product.name,
            _raw(Product.cost),
            func.sum(StockLevel.on_hand),
            func.sum(StockLevel.reserved),
            func.sum(
                case(
                    (StockLevel.on_hand - StockLevel.reserved < StockLevel.safety_stock, 1), else_=0
                )
            ),
        )
        .join(StockLevel, StockLevel.product_id == Product.id)
        .where(*level_where)
        .group_by(Product.id, Product.sku, Product.name, _raw(Product.cost))
    ).all()
    start, end = _bounds(flt)
    move_where = [
        StockMovement.kind == MovementKind.SHIP,
        StockMovement.created_at >= start,
        StockMovement.created_at < end,
    ]
    if flt.warehouse_id is not None:
        move_where.append(StockMovement.warehouse_id == flt.warehouse_id)
    shipped = dict(
        s.execute(
            select(StockMovement.product_id, -func.sum(StockMovement.on_hand_delta))
            .where(*move_where)
            .group_by(StockMovement.product_id)
        ).all()
    )
    receipt_where = [
        StockMovement.kind.in_(
            (MovementKind.RECEIVE, MovementKind.TRANSFER_IN, MovementKind.RETURN_RESTOCK)
        ),
        StockMovement.on_hand_delta > 0,
    ]
    if flt.warehouse_id is not None:
        receipt_where.append(StockMovement.warehouse_id == flt.warehouse_id)
    receipts: dict[int, list[tuple[datetime, int]]] = defaultdict(list)
    for pid, when, qty in s.execute(
        select(
            StockMovement.product_id, StockMovement.created_at, StockMovement.on_hand_delta
        ).where(*receipt_where)
    ).all():
        receipts[pid].append((when, int(qty)))
    days = Decimal(flt.days)
    rows: list[StockRow] = []
    ageing: dict[str, list[int]] = {}
    for high in (*AGE_BUCKETS, None):
        ageing[_age_label(high if high is not None else AGE_BUCKETS[-1] + 1)] = [0, 0]
    for pid, sku, name, cost_minor, on_hand, reserved, low_levels in levels:
        on_hand, reserved = int(on_hand or 0), int(reserved or 0)
        available = on_hand - reserved
        out = int(shipped.get(pid, 0) or 0)
        value_minor = on_hand * int(cost_minor or 0)
        ages = _fifo_age(receipts.get(pid, ()), on_hand, now)
        for age, units in ages:
            bucket = ageing[_age_label(age)]
            bucket[0] += units
            bucket[1] += units * int(cost_minor or 0)
        cover = (
            (Decimal(available) / (Decimal(out) / days)).quantize(Decimal("0.1")) if out else None
        )
        if available <= 0:
            state = "stock_out"
        elif (cover is None and on_hand > 0) or (cover is not None and cover > OVERSTOCK_DAYS):
            state = "overstock"
        elif int(low_levels or 0):
            state = "low"
        else:
            state = ""
        rows.append(
            StockRow(
                product_id=pid,
                sku=sku,
                name=name,
                on_hand=on_hand,
                available=available,
                cost=from_minor(int(cost_minor or 0)),
                value=from_minor(value_minor),
                shipped=out,
                turnover=rate(out, on_hand) if on_hand else None,
                days_of_cover=cover,
                age_days=max((a for a, _ in ages), default=None),
                state=state,
            )
        )
    rows.sort(key=lambda r: (-r.value, r.sku))
    alerts = stock_alert_counts(uow.session, warehouse_id=flt.warehouse_id, sku=flt.sku)
    return StockReport(
        value=sum((r.value for r in rows), ZERO),
        units=sum(r.on_hand for r in rows),
        skus=len(rows),
        stock_outs=sum(1 for r in rows if r.state == "stock_out"),
        overstock=sum(1 for r in rows if r.state == "overstock"),
        low=sum(1 for r in rows if r.state == "low"),
        rows_out=alerts.out,
        rows_low=alerts.low,
        ageing=tuple((label, u, from_minor(v)) for label, (u, v) in ageing.items()),
        rows=tuple(rows),
    )


def _ticket_filters(flt: ReportFilter) -> list[ColumnElement[bool]]:
    start, end = _bounds(flt)
    where: list[ColumnElement[bool]] = [Ticket.created_at >= start, Ticket.created_at < end]
    order_where = _order_filters(flt, dates=False)
    if order_where:  # a filter on orders keeps the tickets of matching orders
        where.append(exists().where(Order.id == Ticket.order_id, *order_where))
    return where


def service_in(uow: UnitOfWork, flt: ReportFilter, now: datetime | None = None) -> ServiceReport:
    s = uow.session
    sql = _sql(uow, flt)
    now = now or datetime.now(UTC)
    where = _ticket_filters(flt)
    kinds = s.execute(select(Ticket.kind, func.count()).where(*where).group_by(Ticket.kind)).all()
    categories = s.execute(
        select(Ticket.category, func.count()).where(*where).group_by(Ticket.category)
    ).all()
    # The first message is the customer's question as logged; the first public message after
    # it is the first response.
    first_msg = (
        select(func.min(TicketMessage.id))
        .where(TicketMessage.ticket_id == Ticket.id)
        .correlate(Ticket)
        .scalar_subquery()
    )
    responded = (
        select(func.min(TicketMessage.created_at))
        .where(
            TicketMessage.ticket_id == Ticket.id,
            TicketMessage.is_internal.is_(False),
            TicketMessage.author_id.is_not(None),
            TicketMessage.id != first_msg,
        )
        .correlate(Ticket)
        .scalar_subquery()
    )
    inner = (
        select(Ticket.created_at.label("created"), responded.label("responded"))
        .where(*where)
        .subquery()
    )
    minutes = sql.minutes(inner.c.created, inner.c.responded).label("m")
    first = percentiles(
        s.execute(
            select(minutes, func.count()).where(inner.c.responded.is_not(None)).group_by(minutes)
        ).all()
    )
    rmin = sql.minutes(Ticket.created_at, Ticket.resolved_at).label("m")
    resolution = percentiles(
        s.execute(
            select(rmin, func.count()).where(*where, Ticket.resolved_at.is_not(None)).group_by(rmin)
        ).all()
    )
    naive_now = now.astimezone(UTC)
    decided = or_(Ticket.resolved_at.is_not(None), Ticket.sla_due_at < naive_now)
    met = and_(Ticket.resolved_at.is_not(None), Ticket.resolved_at <= Ticket.sla_due_at)
    tracked, met_n = s.execute(
        select(func.count(), func.coalesce(func.sum(case((met, 1), else_=0)), 0)).where(
            *where, Ticket.sla_due_at.is_not(None), decided
        )
    ).one()
    complaints = sum(int(n) for k, n in kinds if k == TicketKind.COMPLAINT)
    sales_orders = _sales_totals(uow, flt).orders
    distribution: dict[int, int] = {
        int(r): int(n)
        for r, n in s.execute(
            select(Ticket.rating, func.count())
            .where(*where, Ticket.rating.is_not(None))
            .group_by(Ticket.rating)
        ).all()
        if r is not None
    }
    ratings = sum(int(n) for n in distribution.values())
    rating_sum = sum(int(r or 0) * int(n) for r, n in distribution.items())
    day = sql.day(Ticket.created_at).label("day")
    trend: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for text, r, n in s.execute(
        select(day, Ticket.rating, func.count())
        .where(*where, Ticket.rating.is_not(None))
        .group_by(day, Ticket.rating)
    ).all():
        week = _bucket_start(date.fromisoformat(str(text)[:10]), Grain.WEEK)
        trend[week][0] += int(n)
        trend[week][1] += int(r) * int(n)
    two = Decimal("0.01")
    return ServiceReport(
        tickets=sum(int(n) for _, n in kinds),
        by_kind=tuple(sorted(((str(k), int(n)) for k, n in kinds), key=lambda kv: -kv[1])),
        by_category=tuple(
            sorted(((c or "", int(n)) for c, n in categories), key=lambda kv: (-kv[1], kv[0]))
        ),
        first_response=first,
        resolution=resolution,
        sla_tracked=int(tracked),
        sla_met=int(met_n),
        sla_rate=rate(int(met_n), int(tracked)),
        complaints=complaints,
        sales_orders=sales_orders,
        complaint_rate=rate(complaints, sales_orders),
        ratings=ratings,
        rating_average=(Decimal(rating_sum) / ratings).quantize(two) if ratings else None,
        rating_distribution=tuple((r, int(distribution.get(r, 0))) for r in range(1, 6)),
        rating_trend=tuple(
            (w, n, (Decimal(total) / n).quantize(two)) for w, (n, total) in sorted(trend.items())
        ),
    )


def _parcel_filters(flt: ReportFilter) -> list[ColumnElement[bool]]:
    start, end = _bounds(flt)
    where: list[ColumnElement[bool]] = [
        Shipment.shipped_at >= start,
        Shipment.shipped_at < end,
        Shipment.label_status != LabelStatus.VOIDED,
    ]
    if flt.carrier_id is not None:
        where.append(Shipment.carrier_id == flt.carrier_id)
    order_where = _order_filters(
        ReportFilter(flt.date_from, flt.date_to, flt.channel, flt.warehouse_id, None, flt.sku),
        dates=False,
    )
    if order_where:
        where.append(exists().where(Order.id == Shipment.order_id, *order_where))
    return where


DAMAGE_WORDS = ("破损", "damaged")


def logistics_in(uow: UnitOfWork, flt: ReportFilter) -> LogisticsReport:
    s = uow.session
    sql = _sql(uow, flt)
    where = _parcel_filters(flt)
    status_is = Shipment.status.__eq__
    totals = s.execute(
        select(
            Shipment.carrier_id,
            func.count(),
            func.sum(_raw(Shipment.cost)),
            func.sum(case((Shipment.delivered_at.is_not(None), 1), else_=0)),
            func.sum(case((status_is(ShipmentStatus.EXCEPTION), 1), else_=0)),
            func.sum(case((status_is(ShipmentStatus.LOST), 1), else_=0)),
            func.sum(case((status_is(ShipmentStatus.RETURNED), 1), else_=0)),
        )
        .where(*where)
        .group_by(Shipment.carrier_id)
    ).all()
    minutes = sql.minutes(Shipment.shipped_at, Shipment.delivered_at).label("m")
    histograms: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for cid, m, n in s.execute(
        select(Shipment.carrier_id, minutes, func.count())
        .where(*where, Shipment.delivered_at.is_not(None))
        .group_by(Shipment.carrier_id, minutes)
    ).all():
        histograms[cid].append((int(m), int(n)))
    # Damage is reported as an exception (app/tracking.py maps 破损 / damaged to it).
    damage = and_(
        TrackingEvent.status == "exception",
        or_(*(TrackingEvent.description.contains(w) for w in DAMAGE_WORDS)),
    )
    damaged = dict(
        s.execute(
            select(Shipment.carrier_id, func.count(distinct(Shipment.id)))
            .join(TrackingEvent, TrackingEvent.shipment_id == Shipment.id)
            .where(*where, damage)
            .group_by(Shipment.carrier_id)
        ).all()
    )
    carriers = {c.id: c for c in s.scalars(select(Carrier))}
    rows = []
    for cid, parcels, cost, delivered, exc, lost, returned in totals:
        parcels = int(parcels)
        cost_money = from_minor(int(cost or 0))
        problems = int(exc or 0) + int(lost or 0) + int(returned or 0)
        carrier = carriers.get(cid)
        rows.append(
            CarrierRow(
                carrier_id=cid,
                code=carrier.code if carrier else "",
                name=carrier.name if carrier else "",
                parcels=parcels,
                delivered=int(delivered or 0),
                delivery=percentiles(histograms[cid]),
                cost=cost_money,
                cost_per_parcel=_average(cost_money, parcels),
                exceptions=problems,
                exception_rate=rate(problems, parcels),
                lost=int(lost or 0),
                damaged=int(damaged.get(cid, 0)),
                returned=int(returned or 0),
            )
        )
    rows.sort(
        key=lambda r: (
            r.delivery.p50_minutes if r.delivery.p50_minutes is not None else 10**9,
            r.cost_per_parcel or 0,
            r.code,
        )
    )
    return LogisticsReport(tuple(rows))


# ---- drill-down -------------------------------------------------------------------------


def drill_in(uow: UnitOfWork, flt: ReportFilter, what: Drill, key: str = "") -> list[int]:
    """The ids of the orders behind a figure, oldest first."""
    s = uow.session
    query: Select[Any]
    if what is Drill.SALES_DAY:
        first = date.fromisoformat(key)
        if flt.grain is Grain.MONTH:
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            nxt = first + timedelta(days=7 if flt.grain is Grain.WEEK else 1)
        last = min(nxt - timedelta(days=1), flt.date_to)
        sub = ReportFilter(
            max(first, flt.date_from),
            last,
            flt.channel,
            flt.warehouse_id,
            flt.carrier_id,
            flt.sku,
            flt.zone,
            flt.grain,
        )
        query = select(Order.id).where(*_order_filters(sub), _is_sale())
    elif what is Drill.SALES_CHANNEL:
        query = select(Order.id).where(*_order_filters(flt), _is_sale(), Order.channel == key)
    elif what is Drill.CANCELLED:
        if key:
            events = _cancel_events(flt).subquery()
            reason = func.coalesce(events.c.note, "")
            query = select(events.c.order_id).distinct().where(reason == key)
        else:
            query = select(Order.id).where(
                *_order_filters(flt), Order.status == OrderStatus.CANCELLED
            )
    elif what in (Drill.RETURNS_SKU, Drill.RETURNS_CHANNEL, Drill.RETURNS_REASON):
        lines = _returned_lines(flt).subquery()
        column = {
            Drill.RETURNS_SKU: lines.c.sku,
            Drill.RETURNS_CHANNEL: lines.c.channel,
            Drill.RETURNS_REASON: lines.c.reason_code,
        }[what]
        query = select(lines.c.order_id).distinct().where(column == key)
    elif what is Drill.LATE_SHIPMENTS:
        promise = _promise_hours(uow) * 60
        query = select(OrderSpeedFact.order_id).where(
            *_fact_filters(flt), OrderSpeedFact.pay_to_ship_min > promise
        )
    elif what is Drill.CARRIER_PARCELS:
        query = (
            select(Shipment.order_id)
            .distinct()
            .where(*_parcel_filters(flt), Shipment.carrier_id == int(key))
        )
    elif what is Drill.COMPLAINTS:
        query = (
            select(Ticket.order_id)
            .distinct()
            .where(
                *_ticket_filters(flt),
                Ticket.kind == TicketKind.COMPLAINT,
                Ticket.order_id.is_not(None),
            )
        )
    else:  # pragma: no cover - the enum is closed
        raise ValidationError("Unknown figure {what}", what=str(what))
    return sorted(int(i) for i in s.scalars(query) if i is not None)


def order_briefs(uow: UnitOfWork, ids: Sequence[int], limit: int = 5000) -> list[OrderBrief]:
    rows: list[Any] = []
    wanted = list(ids)[:limit]
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        rows += uow.session.execute(
            select(
                Order.id, Order.order_no, Order.channel, Order.status, Order.total, Order.ordered_at
            ).where(Order.id.in_(part))
        ).all()
    rows.sort(key=lambda r: (r.ordered_at, r.id))
    return [
        OrderBrief(r.id, r.order_no, r.channel, str(r.status), r.total, r.ordered_at) for r in rows
    ]


# ---- the service --------------------------------------------------------------------------


def _check(flt: ReportFilter) -> None:
    if flt.date_to < flt.date_from:
        raise ValidationError("The end date is before the start date", field="date_to")
    if flt.days > MAX_DAYS:
        raise ValidationError(
            "A report covers at most {days} days", field="date_from", days=MAX_DAYS
        )


class AnalyticsService:
    """One call per report page; every call is read-only."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _read(self, flt: ReportFilter, work: Callable[[UnitOfWork, ReportFilter], T]) -> T:
        _check(flt)
        return read(self.db, lambda uow: work(uow, flt))

    @requires(Permission.VIEW_REPORTS)
    def sales(self, actor: Actor, flt: ReportFilter) -> SalesReport:
        return self._read(flt, sales_in)

    @requires(Permission.VIEW_REPORTS)
    def conversion(self, actor: Actor, flt: ReportFilter) -> ConversionReport:
        return self._read(flt, conversion_in)

    @requires(Permission.VIEW_REPORTS)
    def returns(self, actor: Actor, flt: ReportFilter) -> ReturnsReport:
        return self._read(flt, returns_in)

    def _refresh(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Bring the kept facts up to date (derived data: no permission, no audit), in short
        transactions of FACT_EVENTS events each, so a large backlog (a big database opened
        for the first time) neither holds the write lock long nor hides its progress.
        `progress(done, total)` counts events. Returns the orders recomputed."""
        first, top = read(self.db, speed_facts_backlog)
        total = max(0, top - max(first, 0))
        folded = clashes = 0
        while True:
            mark, top = read(self.db, speed_facts_backlog)
            if progress is not None:
                progress(min(total, max(0, mark - max(first, 0))), total)
            if mark >= top or (cancelled is not None and cancelled()):
                return folded
            try:
                folded += transaction(
                    self.db, None, lambda uow: refresh_speed_facts(uow, max_events=FACT_EVENTS)
                )
            except IntegrityError:  # another workstation refreshed the same orders just now
                clashes += 1
                if clashes > 3:
                    return folded

    @requires(Permission.VIEW_REPORTS)
    def prepare(
        self,
        actor: Actor,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Fold the order history not yet in the processing-time facts (a background job:
        the Reports tab runs it on a worker with a progress bar). Returns orders recomputed."""
        return self._refresh(progress, cancelled)

    @requires(Permission.VIEW_REPORTS)
    def speed(self, actor: Actor, flt: ReportFilter) -> SpeedReport:
        _check(flt)
        self._refresh()
        return self._read(flt, speed_in)

    @requires(Permission.VIEW_REPORTS)
    def stock(self, actor: Actor, flt: ReportFilter, now: datetime | None = None) -> StockReport:
        return self._read(flt, lambda uow, f: stock_in(uow, f, now))

    @requires(Permission.VIEW_REPORTS)
    def service(
        self, actor: Actor, flt: ReportFilter, now: datetime | None = None
    ) -> ServiceReport:
        return self._read(flt, lambda uow, f: service_in(uow, f, now))

    @requires(Permission.VIEW_REPORTS)
    def logistics(self, actor: Actor, flt: ReportFilter) -> LogisticsReport:
        return self._read(flt, logistics_in)

    @requires(Permission.VIEW_REPORTS)
    def drill(self, actor: Actor, flt: ReportFilter, what: Drill, key: str = "") -> list[int]:
        if what is Drill.LATE_SHIPMENTS:
            _check(flt)
            self._refresh()
        return self._read(flt, lambda uow, f: drill_in(uow, f, what, key))

    @requires(Permission.VIEW_REPORTS)
    def options(self, actor: Actor) -> FilterOptions:
        """What the filters offer: the channels orders came from, warehouses, carriers."""

        def work(uow: UnitOfWork) -> FilterOptions:
            s = uow.session
            return FilterOptions(
                channels=tuple(s.scalars(select(Order.channel).distinct().order_by(Order.channel))),
                warehouses=tuple(
                    (i, f"{c} {n}")
                    for i, c, n in s.execute(
                        select(Warehouse.id, Warehouse.code, Warehouse.name).order_by(
                            Warehouse.code
                        )
                    ).all()
                ),
                carriers=tuple(
                    (i, n)
                    for i, n in s.execute(
                        select(Carrier.id, Carrier.name).order_by(Carrier.code)
                    ).all()
                ),
            )

        return read(self.db, work)

    @requires(Permission.VIEW_REPORTS)
    def orders(self, actor: Actor, ids: Sequence[int]) -> list[OrderBrief]:
        wanted = clean_ids(ids)  # anything but a list of ids is refused, never sent as SQL
        return read(self.db, lambda uow: order_briefs(uow, wanted))

    @requires(Permission.EXPORT_DATA)
    def export_xlsx(self, actor: Actor, sheets: Sequence[Sheet], path: str) -> int:
        """The pages' tables as sheets of (title, headers, rows): numbers stay numbers, text a
        spreadsheet would run as a formula is escaped. Returns the data row count."""
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ValidationError("The file name must end in .xlsx", field="path")
        used: set[str] = set()
        named = []
        for title, headers, rows in sheets:
            name = _sheet_title(title, used)
            named.append((name, headers, rows))
        from app.importing.export import write_sheets  # openpyxl: loaded on export only

        try:
            return write_sheets(target, named)
        except OSError as exc:
            raise ValidationError(
                "Cannot write {path}: {reason}", field="path", path=path, reason=exc.strerror
            ) from exc


Sheet = tuple[str, Sequence[str], Sequence[Sequence[Any]]]


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")[:31] or "Sheet"
    name, n = clean, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name
