"""Reports: figures that add up, in local days, for the roles that may see them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.demo import generate_demo
from app.errors import ValidationError
from app.permissions import Actor, Role
from app.services import Services
from app.uow import transaction
from models import Order, OrderLine, OrderStatus

SHANGHAI = timezone(timedelta(hours=8))


def _order(no: str, when: datetime, status: OrderStatus, total: str, channel: str = "jd") -> Order:
    order = Order(
        order_no=no,
        channel=channel,
        status=status,
        recipient_name="李雷",
        goods_amount=Decimal(total),
        total=Decimal(total),
        ordered_at=when,
    )
    order.lines.append(
        OrderLine(line_no=1, sku="SKU-A", name="杯子", qty=2, unit_price=Decimal(total) / 2)
    )
    return order


def test_summary_counts_local_days_and_skips_unpaid(
    services: Services, actors: dict[Role, Actor]
) -> None:
    day = date(2026, 11, 20)
    # 23:30 Beijing time on the 20th is 15:30 UTC: it belongs to the 20th, not the 21st.
    late = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    early_next = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)  # 00:30 on the 21st in Beijing

    def work(uow):  # type: ignore[no-untyped-def]
        uow.session.add_all(
            [
                _order("A1", late, OrderStatus.SHIPPED, "100.00"),
                _order("A2", late, OrderStatus.CANCELLED, "50.00"),
                _order("A3", late, OrderStatus.PENDING_PAYMENT, "70.00"),
                _order("A4", early_next, OrderStatus.COMPLETED, "30.50", channel="tmall"),
            ]
        )

    transaction(services.db, None, work)
    s = services.reports.summary(actors[Role.ANALYST], day, day + timedelta(days=1), SHANGHAI)
    assert s.orders == 2 and s.revenue == Decimal("130.50")
    assert [(d.day, d.orders, d.revenue) for d in s.by_day] == [
        (day, 1, Decimal("100.00")),
        (day + timedelta(days=1), 1, Decimal("30.50")),
    ]
    assert s.average_order == Decimal("65.25") and s.cancelled == 1
    assert {c.channel: c.revenue for c in s.by_channel} == {
        "jd": Decimal("100.00"),
        "tmall": Decimal("30.50"),
    }
    assert s.by_status[OrderStatus.PENDING_PAYMENT.value] == 1
    assert [(k.sku, k.qty, k.revenue) for k in s.top_skus] == [("SKU-A", 4, Decimal("130.50"))]


@pytest.mark.sqlite_only
def test_bad_periods_name_the_field(services: Services, actors: dict[Role, Actor]) -> None:
    with pytest.raises(ValidationError) as info:
        services.reports.summary(actors[Role.ANALYST], date(2026, 2, 1), date(2026, 1, 1))
    assert info.value.field == "date_to"
    with pytest.raises(ValidationError):
        services.reports.summary(actors[Role.ANALYST], date(2024, 1, 1), date(2026, 1, 1))


@pytest.mark.sqlite_only
def test_reports_tab_shows_demo_figures(qtbot, services: Services, actors) -> None:  # type: ignore[no-untyped-def]
    from ui.tabs.reports_tab import ReportsTab

    generate_demo(services.db, orders=1500, customers=100)
    tab = ReportsTab(services, actors[Role.ANALYST])
    qtbot.addWidget(tab)
    sales = services.analytics.sales(actors[Role.ANALYST], tab.current_filter())
    assert sales.totals.orders > 0
    page = tab.page["sales"]
    # The figures load on a worker: wait for them.
    qtbot.waitUntil(lambda: page.findChild(object, "kpi_orders") is not None, timeout=10000)
    assert page.findChild(object, "kpi_orders").text() == f"{sales.totals.orders:,}"
    assert page.tables["sales_channels"].model().rowCount() == len(sales.by_channel) >= 3
    assert sum(b.orders for b in sales.buckets) == sales.totals.orders
    tab.range_combo.setCurrentIndex(tab.range_combo.findData("7"))
    qtbot.waitUntil(lambda: page.tables["sales_buckets"].model().rowCount() == 7, timeout=10000)


@pytest.mark.sqlite_only
def test_export_reads_back_with_numbers_and_escaped_text(
    tmp_path, services: Services, actors: dict[Role, Actor]
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    when = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.add(_order("X1", when, OrderStatus.SHIPPED, "88.00", "=cmd|x")),
    )
    s = services.reports.summary(actors[Role.ANALYST], date(2026, 11, 20), date(2026, 11, 20))
    path = tmp_path / "report.xlsx"
    services.reports.export_xlsx(actors[Role.ANALYST], s, str(path))
    wb = load_workbook(path)
    assert wb["Summary"]["C2"].value == 1 and float(wb["Summary"]["D2"].value) == 88.0
    assert wb["By channel"]["A2"].value == "'=cmd|x"  # never a live formula
    assert wb["By channel"]["A2"].data_type == "s"
