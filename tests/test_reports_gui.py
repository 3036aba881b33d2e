"""The Reports tab pressed as a supervisor would: pages, drill-down, xlsx and PDF export,
at 1366×768 (the figures come from test_analytics' hand-computed world)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.analytics import Drill, ReportFilter
from app.permissions import Actor, Role
from app.services import Services
from tests.test_analytics import build_world

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def tab(qtbot: QtBot, services: Services, actors: dict[Role, Actor]):  # type: ignore[no-untyped-def]
    from ui.tabs.reports_tab import ReportsTab

    build_world(services, actors)
    widget = ReportsTab(services, actors[Role.SUPERVISOR])
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.date_from.setDate(QDate(2026, 11, 10))
    widget.date_to.setDate(QDate(2026, 11, 16))
    assert widget.range_combo.currentData() == "custom"
    qtbot.mouseClick(widget.refresh_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, widget, "sales")
    return widget


def _wait_loaded(qtbot: QtBot, tab, key: str) -> None:  # type: ignore[no-untyped-def]
    """The figures load on a worker: wait until the page shows those of the filter."""
    qtbot.waitUntil(
        lambda: tab.loaded.get(key) == tab.current_filter() and key not in tab.loading,
        timeout=10000,
    )


def _open_page(qtbot: QtBot, tab, key: str):  # type: ignore[no-untyped-def]
    bar = tab.pages.tabBar()
    index = tab.PAGES.index(key)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.pages.currentIndex() == index
    _wait_loaded(qtbot, tab, key)
    return tab.page[key]


def _click_cell(qtbot: QtBot, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pages_show_the_figures(qtbot: QtBot, tab) -> None:  # type: ignore[no-untyped-def]
    sales = tab.page["sales"]
    assert sales.findChild(object, "kpi_orders").text() == "3"
    assert sales.findChild(object, "kpi_revenue").text() == "¥200.00"
    assert sales.tables["sales_channels"].model().rowCount() == 2
    assert tab.pages.currentWidget().chart.chart().series()  # a QtCharts chart is drawn
    returns = _open_page(qtbot, tab, "returns")
    skus = returns.tables["returns_sku"].model()
    assert [skus.index(r, 0).data() for r in range(skus.rowCount())] == ["SKU-B", "SKU-A"]
    assert skus.index(0, 4).data() == "66.7%"
    speed = _open_page(qtbot, tab, "speed")
    assert speed.findChild(object, "kpi_pay_to_ship_p50").text() == "3.0"
    stock = _open_page(qtbot, tab, "stock")
    assert stock.findChild(object, "kpi_stock_value").text() == "¥570.00"
    assert "90" in stock.note.text() and stock.note.isVisible()
    assert "approved" in tab.page["returns"].note.text()
    carriers = _open_page(qtbot, tab, "logistics")
    table = carriers.tables["carriers"].model()
    assert [table.index(r, 0).data() for r in range(table.rowCount())] == ["中通快递", "顺丰速运"]
    service = _open_page(qtbot, tab, "service")
    assert service.findChild(object, "kpi_complaints").text().endswith(">2</a>")


def test_click_on_a_sku_return_rate_lists_exactly_those_orders(
    qtbot: QtBot, tab, services: Services, actors: dict[Role, Actor]
) -> None:  # type: ignore[no-untyped-def]
    returns = _open_page(qtbot, tab, "returns")
    before = tab.pages.count()
    _click_cell(qtbot, returns.tables["returns_sku"], 0, 4)
    qtbot.waitUntil(lambda: tab.pages.count() == before + 1, timeout=10000)
    drill = tab.pages.currentWidget()
    assert drill.objectName() == "drill_page"
    flt = tab.current_filter()
    expected = services.analytics.drill(actors[Role.SUPERVISOR], flt, Drill.RETURNS_SKU, "SKU-B")
    assert drill.order_ids == expected and len(expected) == 1
    assert drill.model.index(0, 0).data() == "O2"
    # A drill-down tab closes; the area pages cannot.
    bar = tab.pages.tabBar()
    close = bar.tabButton(tab.pages.currentIndex(), bar.ButtonPosition.RightSide)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert tab.pages.count() == before
    assert bar.tabButton(0, bar.ButtonPosition.RightSide) is None


def test_export_reads_back_with_numbers(tab, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = tmp_path / "report.xlsx"
    with qtbot.waitSignal(tab.exported, timeout=20000) as written:
        assert tab.export(str(path))
    assert written.args == [str(path)]
    wb = load_workbook(path)
    kpis = {row[0]: row[1] for row in wb["Sales"].iter_rows(min_row=2, values_only=True)}
    assert kpis["Orders"] == 3 and float(kpis["Revenue"]) == 200.0
    returns = list(wb["Returns Return rate by SKU, wor"].iter_rows(values_only=True))
    assert returns[1][:4] == ("SKU-B", "碗", 3, 2) and float(returns[1][4]) == pytest.approx(0.6667)
    stock = list(wb["Stock SKUs by stock value"].iter_rows(values_only=True))
    assert stock[1][0] == "SKU-A" and float(stock[1][5]) == 300.0
    assert len(wb.sheetnames) >= 14


def test_page_prints_to_pdf(tab, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    _open_page(qtbot, tab, "returns")
    path = tmp_path / "returns.pdf"
    assert tab.print_pdf(str(path))
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 5000
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")],
                       check=True)  # fmt: skip
        assert list(tmp_path.glob("page*.png"))


def test_filters_reach_the_figures(qtbot: QtBot, tab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.channel.findData("jd") > 0)  # the options load on a worker
    tab.channel.setCurrentIndex(tab.channel.findData("jd"))
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, tab, "sales")
    assert tab.page["sales"].findChild(object, "kpi_orders").text() == "2"
    qtbot.keyClicks(tab.sku, "SKU-B")
    qtbot.keyClick(tab.sku, Qt.Key.Key_Return)
    _wait_loaded(qtbot, tab, "sales")
    assert tab.page["sales"].findChild(object, "kpi_orders").text() == "0"
    assert tab.current_filter() == ReportFilter(
        date(2026, 11, 10), date(2026, 11, 16), channel="jd", sku="SKU-B",
        zone=tab.current_filter().zone,
    )  # fmt: skip


def test_chinese_pages_at_1366x768(qtbot: QtBot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators
    from ui.tabs.reports_tab import ReportsTab

    assert install_translators("zh_CN")
    try:
        zh = ReportsTab(tab.services, tab.actor)
        qtbot.addWidget(zh)
        zh.resize(1366, 768)
        zh.show()
        qtbot.waitExposed(zh)
        zh.date_from.setDate(QDate(2026, 11, 10))
        zh.date_to.setDate(QDate(2026, 11, 16))
        qtbot.mouseClick(zh.refresh_button, Qt.MouseButton.LeftButton)
        _wait_loaded(qtbot, zh, "sales")
        assert zh.pages.tabText(2) == "退货退款"
        assert zh.page["sales"].findChild(object, "kpi_revenue").parent().title() == "销售额"
        for key in zh.PAGES:
            _open_page(qtbot, zh, key)
            zh.grab().save(str(tmp_path / f"reports-{key}.png"))
        stock = zh.page["stock"]
        assert "积压" in stock.note.text()
        skus = stock.tables["stock_skus"].model()
        assert skus.headerData(4, Qt.Orientation.Horizontal) == "成本"
    finally:
        install_translators("en")


def test_pages_load_off_the_gui_thread_with_a_busy_bar(qtbot: QtBot, tab) -> None:  # type: ignore[no-untyped-def]
    """Refresh returns at once: the busy bar shows and the old figures stay until the new
    ones arrive from the worker; the tab answers meanwhile."""
    sales = tab.page["sales"]
    assert sales.findChild(object, "kpi_orders").text() == "3"
    assert not tab.busy.isVisible()
    tab.date_from.setDate(QDate(2026, 11, 11))  # O1 (the 10th) leaves the period
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    assert tab.busy.isVisible() and "sales" in tab.loading
    assert sales.findChild(object, "kpi_orders").text() == "3"  # not drawn synchronously
    qtbot.keyClicks(tab.sku, "X")  # the GUI thread takes input while the worker runs
    assert tab.sku.text() == "X"
    qtbot.keyClick(tab.sku, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: sales.findChild(object, "kpi_orders").text() == "2", timeout=10000)
    qtbot.waitUntil(lambda: not tab.busy.isVisible(), timeout=10000)


def test_opening_reports_folds_the_history_in_the_background_with_progress(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A history not yet in the processing-time facts is folded on a worker when the tab
    opens, its progress in the busy bar; the sales page does not wait for it."""
    import app.analytics as analytics
    from app.uow import read
    from ui.tabs.reports_tab import ReportsTab

    build_world(services, actors)
    assert not read(services.db, analytics.speed_facts_current)
    monkeypatch.setattr(analytics, "FACT_EVENTS", 2)  # many small steps
    steps: list[tuple[int, int, str]] = []
    widget = ReportsTab(services, actors[Role.SUPERVISOR])
    # The worker's progress reaches the bar through the event loop, so nothing is missed.
    widget.busy.valueChanged.connect(
        lambda value: steps.append((value, widget.busy.maximum(), widget.busy.format()))
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy.isVisible(), timeout=20000)
    assert read(services.db, analytics.speed_facts_current)
    assert "sales" in widget.loaded and "speed" not in widget.loaded
    preparing = [s for s in steps if s[2].startswith("Preparing processing times")]
    assert preparing, steps
    assert [v for v, _m, _f in preparing] == sorted(v for v, _m, _f in preparing)
    assert all(m > 0 for _v, m, _f in preparing)
