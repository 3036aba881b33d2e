"""Sales and operations figures for the analyst and the supervisor (read-only)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce

from app.db import Database
from app.errors import ValidationError
from app.inventory.table import stock_alert_counts
from app.permissions import Actor, Permission, requires
from app.uow import UnitOfWork, read
from models import Order, OrderLine, OrderStatus, from_minor

# Orders that count as sales: paid and not cancelled.
NOT_SALES = (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED)
MAX_DAYS = 366


@dataclass(frozen=True)
class DayFigures:
    day: date
    orders: int
    revenue: Decimal


@dataclass(frozen=True)
class ChannelFigures:
    channel: str
    orders: int
    revenue: Decimal


@dataclass(frozen=True)
class SkuFigures:
    sku: str
    name: str
    qty: int
    revenue: Decimal


@dataclass(frozen=True)
class ReportSummary:
    date_from: date
    date_to: date  # inclusive
    orders: int
    revenue: Decimal
    average_order: Decimal
    cancelled: int
    by_day: tuple[DayFigures, ...]
    by_channel: tuple[ChannelFigures, ...]
    by_status: dict[str, int]
    top_skus: tuple[SkuFigures, ...]
    # Stock rows (SKU x warehouse), as the status bar counts them (stock_alert_counts).
    low_stock_skus: int
    out_of_stock: int = 0


def _utc_bounds(date_from: date, date_to: date, zone: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(date_from, datetime.min.time(), zone)
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time(), zone)
    return start, end


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_REPORTS)
    def summary(
        self, actor: Actor, date_from: date, date_to: date, zone: tzinfo | None = None
    ) -> ReportSummary:
        """Figures for the days [date_from, date_to] in the workstation's time zone."""
        if date_to < date_from:
            raise ValidationError("The end date is before the start date", field="date_to")
        if (date_to - date_from).days >= MAX_DAYS:
            raise ValidationError(
                "A report covers at most {days} days", field="date_from", days=MAX_DAYS
            )
        zone = zone or datetime.now().astimezone().tzinfo
        assert zone is not None
        start, end = _utc_bounds(date_from, date_to, zone)

        def work(uow: UnitOfWork) -> ReportSummary:
            s = uow.session
            in_range = (Order.ordered_at >= start) & (Order.ordered_at < end)
            by_status = {
                str(st): n
                for st, n in s.execute(
                    select(Order.status, func.count()).where(in_range).group_by(Order.status)
                ).all()
            }
            # Days are local days: bucket in Python (portable across the three databases).
            days: dict[date, list[Decimal | int]] = {
                date_from + timedelta(days=i): [0, Decimal(0)]
                for i in range((date_to - date_from).days + 1)
            }
            channels: dict[str, list[Decimal | int]] = defaultdict(lambda: [0, Decimal(0)])
            sales = s.execute(
                select(Order.ordered_at, Order.channel, Order.total).where(
                    in_range, Order.status.not_in(NOT_SALES)
                )
            )
            for ordered_at, channel, total in sales:
                bucket = days[ordered_at.astimezone(zone).date()]
                bucket[0] += 1
                bucket[1] += total
                channels[channel][0] += 1
                channels[channel][1] += total
            top = s.execute(
                select(
                    OrderLine.sku,
                    func.max(OrderLine.name),
                    func.sum(OrderLine.qty),
                    # Raw minor units: SQL arithmetic on Money columns bypasses the column type.
                    func.sum(
                        type_coerce(OrderLine.qty, BigInteger)
                        * type_coerce(OrderLine.unit_price, BigInteger)
                        - type_coerce(OrderLine.discount, BigInteger)
                    ),
                )
                .join(Order, Order.id == OrderLine.order_id)
                .where(in_range, Order.status.not_in(NOT_SALES))
                .group_by(OrderLine.sku)
                .order_by(func.sum(OrderLine.qty).desc(), OrderLine.sku)
                .limit(10)
            ).all()
            stock = stock_alert_counts(s)  # the status bar's own figures
            orders = sum(int(v[0]) for v in days.values())
            revenue = sum((Decimal(v[1]) for v in days.values()), Decimal(0))
            average = (revenue / orders).quantize(Decimal("0.01")) if orders else Decimal(0)
            return ReportSummary(
                date_from=date_from,
                date_to=date_to,
                orders=orders,
                revenue=revenue,
                average_order=average,
                cancelled=by_status.get(OrderStatus.CANCELLED.value, 0),
                by_day=tuple(DayFigures(d, int(v[0]), Decimal(v[1])) for d, v in days.items()),
                by_channel=tuple(
                    ChannelFigures(c, int(v[0]), Decimal(v[1]))
                    for c, v in sorted(channels.items(), key=lambda kv: -kv[1][1])
                ),
                by_status=by_status,
                top_skus=tuple(
                    SkuFigures(sku, name or "", int(qty), from_minor(int(rev)))
                    for sku, name, qty, rev in top
                ),
                low_stock_skus=stock.low,
                out_of_stock=stock.out,
            )

        return read(self.db, work)

    @requires(Permission.EXPORT_DATA)
    def export_xlsx(self, actor: Actor, summary: ReportSummary, path: str) -> None:
        export_summary(summary, path)


def _safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def export_summary(summary: ReportSummary, path: str) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheets = {
        "Summary": (
            ["From", "To", "Orders", "Revenue", "Average order", "Cancelled", "Low stock",
             "Out of stock"],
            [[summary.date_from, summary.date_to, summary.orders, summary.revenue,
              summary.average_order, summary.cancelled, summary.low_stock_skus,
              summary.out_of_stock]],
        ),
        "By day": (["Day", "Orders", "Revenue"],
                   [[d.day, d.orders, d.revenue] for d in summary.by_day]),
        "By channel": (["Channel", "Orders", "Revenue"],
                       [[c.channel, c.orders, c.revenue] for c in summary.by_channel]),
        "Top SKUs": (["SKU", "Name", "Quantity", "Revenue"],
                     [[k.sku, k.name, k.qty, k.revenue] for k in summary.top_skus]),
        "By status": (["Status", "Orders"], [[s, n] for s, n in summary.by_status.items()]),
    }  # fmt: skip
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook starts with
    for title, (headers, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            ws.append([_safe(v) for v in row])
    wb.save(path)
