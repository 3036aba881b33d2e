"""The Logistics tab with real widgets (offscreen): table model, filters, queues, timeline and
the dialogs, driven the way a user would."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from app.permissions import Actor, Role
from app.printing import DocumentKind
from app.services import Services
from app.shipments import LabelStatus, ShipmentStatus
from tests.conftest import add_user
from tests.logistics_world import D, World, build_world, make_order
from ui.action_runner import runner
from ui.i18n import install_translators
from ui.kit.dialog import FormDialog
from ui.main_window import MainWindow
from ui.tabs.logistics_dialogs import (
    CarrierEditorDialog,
    ImportResultDialog,
    NewShipmentDialog,
    PrintQueueDialog,
    RateComparisonDialog,
    ReasonDialog,
)
from ui.tabs.logistics_tab import LogisticsTab, ShipmentsModel

PAGE_SIZE = ShipmentsModel.PAGE_SIZE

pytestmark = pytest.mark.sqlite_only

T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=10)


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    w = build_world(services, admin)
    services.logistics.create_pool(admin, w.sf, "SF", 1, 150, width=12)
    for n in range(3):
        make_order(
            services.db, f"KD-{n}", warehouse_id=w.warehouse_id, recipient="欧阳娜娜",
            phone="13912345678", lines=[(w.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
        )  # fmt: skip
    services.shipments.create_shipment(admin, "KD-0", w.sf)
    services.shipments.create_shipment(admin, "KD-1", w.zto, tracking_no="ZT0001")
    return w


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> LogisticsTab:
    tab = LogisticsTab(services, actor)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _texts(tab: LogisticsTab, column: str) -> list[str]:
    col = ShipmentsModel.COLUMNS.index(column)
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def _jobs_done(qtbot: QtBot) -> None:
    """The tab's jobs (printing, the tracking import) run on a worker: wait for them."""
    qtbot.waitUntil(lambda: not runner().jobs, timeout=30_000)


def _ok(dialog: FormDialog) -> None:
    """Press OK and wait for its action (some dialogs run it on a worker)."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    deadline = time.monotonic() + 20
    while dialog.busy and time.monotonic() < deadline:
        QTest.qWait(10)
    assert not dialog.busy


def test_model_passes_the_model_tester(
    qtmodeltester, services: Services, admin: Actor, world: World
) -> None:
    model = ShipmentsModel(lambda ids: services.shipments.shipment_rows(admin, ids))
    model.set_ids(services.shipments.shipment_ids(admin))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) in model.ids


def test_rows_load_a_page_at_a_time() -> None:
    loaded: list[list[int]] = []

    def fetch(ids: list[int]) -> list:  # type: ignore[type-arg]
        loaded.append(ids)
        return []

    model = ShipmentsModel(fetch)
    model.set_ids(list(range(1, 2 * PAGE_SIZE + 10)))
    model.data(model.index(PAGE_SIZE + 3, 0))
    model.data(model.index(PAGE_SIZE + 4, 0))
    assert loaded == [list(range(PAGE_SIZE + 1, 2 * PAGE_SIZE + 1))]  # one page, once

    def broken(ids: list[int]) -> list:  # type: ignore[type-arg]
        raise RuntimeError("database gone")

    failing = ShipmentsModel(broken)
    failing.set_ids([1])
    assert failing.data(failing.index(0, 0)) is None  # data() never raises


def test_filters_search_and_timeline(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], world: World
) -> None:
    clerk = actors[Role.WAREHOUSE]
    services.tracking.add_event(clerk, 2, T0, "揽收", "杭州", "中通已揽收")
    tab = _tab(qtbot, services, clerk)
    assert sorted(_texts(tab, "tracking_no")) == ["SF000000000001", "ZT0001"]
    assert set(_texts(tab, "phone")) == {"139****5678"}  # the warehouse sees no full phone
    tab.carrier_filter.setCurrentIndex(tab.carrier_filter.findData(world.zto))
    assert _texts(tab, "tracking_no") == ["ZT0001"]
    tab.carrier_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ShipmentStatus.IN_TRANSIT.value))
    assert _texts(tab, "tracking_no") == ["ZT0001"]
    tab.status_filter.setCurrentIndex(0)
    # A scanned number finds and opens its parcel.
    qtbot.keyClicks(tab.search, "zt0001")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert _texts(tab, "tracking_no") == ["ZT0001"]
    assert "ZT0001" in tab.detail.text() and "KD-1" in tab.detail.text()
    assert tab.timeline.topLevelItemCount() == 1
    assert tab.timeline.topLevelItem(0).text(3) == "中通已揽收"
    tab.search.clear()
    assert len(_texts(tab, "tracking_no")) == 2
    # The analyst may look but not act.
    analyst_tab = _tab(qtbot, services, actors[Role.ANALYST])
    assert not analyst_tab.action_buttons["new"].isEnabled()
    assert not analyst_tab.action_buttons["import"].isEnabled()
    assert analyst_tab.action_buttons["rates"].isEnabled()


def test_exception_queues_count_and_filter(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    services.tracking.add_event(admin, 1, T0, "揽收")
    services.tracking.add_event(admin, 2, T0 + timedelta(days=8), "退回")
    tab = _tab(qtbot, services, admin)
    queues = [tab.queues.item(i).text() for i in range(tab.queues.count())]
    assert queues[0] == "All parcels"
    assert "No movement (1)" in queues and "Returned (1)" in queues and "Lost (0)" in queues
    tab.queues.setCurrentRow(queues.index("No movement (1)"))
    assert _texts(tab, "tracking_no") == ["SF000000000001"]
    assert _texts(tab, "exception") == ["No movement"]
    tab.queues.setCurrentRow(queues.index("Returned (1)"))
    assert _texts(tab, "tracking_no") == ["ZT0001"]
    assert tab.pool_label.text() == "Tracking numbers running out: SF (149)"


def test_alerts_reach_the_status_bar(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    services.tracking.add_event(admin, 1, T0, "揽收")
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()  # the Orders tab comes first; Logistics is built once the window is up
    qtbot.waitUntil(lambda: "Logistics exceptions: 1" in window.alerts_label.text())
    assert "Tracking numbers low: SF (149)" in window.alerts_label.text()


def test_new_parcel_and_void_with_a_reason(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    tab = _tab(qtbot, services, admin)
    tab.new_parcel()
    dialog = tab.open_dialogs[-1]
    assert isinstance(dialog, NewShipmentDialog)
    dialog.order_no.setText("KD-2")
    dialog.carrier.setCurrentIndex(dialog.carrier.findData(world.zto))
    _ok(dialog)  # ZTO has no pool and no number was typed
    assert dialog.isVisible()
    assert "Tracking no" in dialog.message.text() or "ZTO" in dialog.message.text()
    dialog.tracking_no.setText("ZT0002")
    dialog.cost.setText("abc")
    _ok(dialog)
    assert dialog.message.text() == "Cost: enter an amount like 12.50"
    dialog.cost.setText("9.50")
    _ok(dialog)
    assert not dialog.isVisible()
    assert "ZT0002" in _texts(tab, "tracking_no")
    assert services.shipments.shipments_of_order(admin, "KD-2")[0].cost == D("9.50")

    row = _texts(tab, "tracking_no").index("ZT0002")
    tab.table.selectRow(row)
    tab.void_label()
    void = tab.open_dialogs[-1]
    assert isinstance(void, ReasonDialog)
    ok = void.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    void.reason.setText("地址写错")  # keyClicks types ASCII only
    assert ok.isEnabled()
    _ok(void)
    parcel = services.shipments.shipments_of_order(admin, "KD-2")[0]
    assert parcel.label_status is LabelStatus.VOIDED


def _csv(tmp_path: Path) -> Path:
    local = (T0 + timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    path = tmp_path / "zto.csv"
    path.write_text(
        f"运单号,时间,地点,状态\nZT0001,{local},杭州,已签收\nZT9999,{local},杭州,运输中\n",
        encoding="utf-8",
    )
    return path


def test_tracking_import_shows_rows_not_imported(
    qtbot: QtBot, services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    tab = _tab(qtbot, services, admin)
    tab.start_import(str(_csv(tmp_path)))  # on a worker, as in the main window
    qtbot.waitUntil(lambda: any(isinstance(d, ImportResultDialog) for d in tab.open_dialogs))
    result = tab.open_dialogs[-1]
    assert isinstance(result, ImportResultDialog)
    assert "1 events added" in result.summary.text() and "1 delivered" in result.summary.text()
    assert result.table.model().rowCount() == 1
    assert result.table.model().index(0, 0).data() == "3"
    assert result.table.model().index(0, 2).data() == "Unknown tracking number ZT9999"
    zto = _texts(tab, "tracking_no").index("ZT0001")
    assert _texts(tab, "status")[zto] == "Delivered"


def test_tracking_import_in_the_background_from_the_main_window(
    qtbot: QtBot, services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    tab = window.tab_widgets["logistics"]
    assert isinstance(tab, LogisticsTab)
    tab.start_import(str(_csv(tmp_path)))
    qtbot.waitUntil(lambda: any(isinstance(d, ImportResultDialog) for d in tab.open_dialogs))
    assert not window._jobs


def test_rate_comparison_marks_cheapest_and_fastest(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    dialog = RateComparisonDialog(services, admin, "KD-0")
    qtbot.addWidget(dialog)
    table = dialog.table.model()
    rows = {table.index(r, 0).data(): table.index(r, 5).data() for r in range(table.rowCount())}
    assert rows == {"ZTO 中通快递": "cheapest", "SF 顺丰速运": "fastest"}
    assert "Suggested: ZTO (cheapest)" in dialog.summary.text()
    dialog.order_no.setText("KD-NONE")
    dialog.compare()
    assert dialog.summary.text() == "No order KD-NONE" and table.rowCount() == 0


def test_print_queue_reports_per_order_and_retries(
    qtbot: QtBot, services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    tab = _tab(qtbot, services, admin)
    tab.table.selectAll()
    tab.print_queue()
    dialog = tab.open_dialogs[-1]
    assert isinstance(dialog, PrintQueueDialog)
    assert sorted(dialog.order_numbers()) == ["KD-0", "KD-1"]
    dialog.orders.setPlainText("KD-0\nKD-1\nKD-404")
    dialog.kinds[DocumentKind.INVOICE].setChecked(True)
    labels, invoices = tmp_path / "l.pdf", tmp_path / "i.pdf"
    dialog.start(
        False, targets={DocumentKind.LABEL: str(labels), DocumentKind.INVOICE: str(invoices)}
    )
    _jobs_done(qtbot)
    results = dialog.results.model()
    assert results.rowCount() == 6
    outcome = {(results.index(r, 0).data(), results.index(r, 1).data()): results.index(r, 2).data()
               for r in range(6)}  # fmt: skip
    assert outcome[("Shipping labels", "KD-0")] == "ok"
    assert outcome[("Invoices", "KD-404")] == "failed"
    assert "2 ok" not in dialog.status.text() and "4 ok, 2 failed." in dialog.status.text()
    assert labels.exists() and invoices.exists()
    assert dialog.retry_button.isEnabled()
    # Retry only the failed ones (into new files: the dialog asks where).
    dialog._targets = lambda kinds, _p: {k: str(tmp_path / f"retry-{k.value}.pdf") for k in kinds}  # type: ignore[method-assign]
    dialog.retry_failed()
    _jobs_done(qtbot)
    assert dialog.results.model().rowCount() == 2  # KD-404 twice, still unknown
    assert services.shipments.shipments_of_order(admin, "KD-0")[0].print_count == 1


def test_carrier_editor_adds_a_rate_and_names_the_bad_field(
    qtbot: QtBot, services: Services, admin: Actor, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = CarrierEditorDialog(services, admin)
    qtbot.addWidget(editor)
    assert editor.carrier_list.count() == 2
    editor.carrier_list.setCurrentRow(0)  # SF
    assert editor.rates_table.model().rowCount() == 2 and editor.pools_table.model().rowCount() == 1
    assert editor.pools_table.model().index(0, 4).data() == "149"  # one went to KD-0's parcel
    forms: list[FormDialog] = []

    def fake_exec(dialog: FormDialog) -> int:
        forms.append(dialog)
        region, first_price, step_price = (
            dialog.findChild(QLineEdit, name) for name in ("region", "firstPrice", "stepPrice")
        )
        region.setText("浙江省")
        first_price.setText("-3")
        step_price.setText("2")
        _ok(dialog)
        assert "First price" in dialog.message.text()
        first_price.setText("10")
        _ok(dialog)
        assert dialog.message.text() == "", dialog.message.text()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    editor.add_rate()
    assert forms and editor.rates_table.model().rowCount() == 3
    regions = {editor.rates_table.model().index(r, 1).data() for r in range(3)}
    assert regions == {"*", "广东省", "浙江省"}
    # Without the permission everything is read-only.
    viewer = CarrierEditorDialog(services, add_user(services.db, "viewer", Role.ANALYST))
    qtbot.addWidget(viewer)
    assert not viewer.new_carrier.isEnabled()


def test_the_tab_in_chinese(qtbot: QtBot, services: Services, admin: Actor, world: World) -> None:
    assert install_translators("zh_CN")
    try:
        tab = _tab(qtbot, services, admin)
        model = tab.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(3)]
        assert headers == ["运单号", "订单号", "快递公司"]
        assert tab.action_buttons["print"].text() == "打印队列(&P)…"
        assert tab.queues.item(0).text() == "全部包裹"
        assert "已建面单" in _texts(tab, "status")
        labels = [w.text() for w in tab.findChildren(QLabel)]
        assert "队列" in labels
        dialog = RateComparisonDialog(services, admin, "KD-0")
        qtbot.addWidget(dialog)
        assert "最便宜" in {dialog.table.model().index(r, 5).data() for r in range(2)}
        assert isinstance(dialog.table, QTableView)
    finally:
        install_translators("en")
