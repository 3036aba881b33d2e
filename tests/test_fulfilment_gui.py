"""The fulfilment screens of the Logistics tab with real widgets (offscreen), and the issue's
acceptance run on demo data as a new user would do it: a wave of 50 → pick list PDF → three
orders packed at the pack station with scanned barcodes (one wrong item refused) → three labels
→ shipped, stock deducted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.demo import DEMO_PASSWORD, generate_demo
from app.documents import LabelSheet
from app.errors import ValidationError
from app.integrity import check_database
from app.permissions import Actor, Role
from app.printing import DocumentKind
from app.services import Services
from app.states import OrderStatus
from app.uow import UnitOfWork, read
from models import Order, OrderLine, StockLevel
from tests.fulfilment_helpers import (
    KETTLE_BARCODE,
    SHIRT_BARCODE,
    confirmed_order,
    order_no,
    order_status,
    shop,
)
from tests.logistics_world import World
from tests.test_documents import decode, pdf_pages, pdf_text, render_png, squash
from tests.test_pack_station import scan
from ui.action_runner import runner
from ui.i18n import install_translators
from ui.pack_station import PackStation, StationState
from ui.tabs.fulfilment_dialogs import NewWaveDialog, ShipDialog, WavesDialog
from ui.tabs.logistics_dialogs import PrintQueueDialog
from ui.tabs.logistics_tab import LogisticsTab

pytestmark = pytest.mark.sqlite_only


def _jobs_done(qtbot: QtBot) -> None:
    """The tab's jobs run on a worker (printing, shipping): wait for them to report."""
    qtbot.waitUntil(lambda: not runner().jobs, timeout=30_000)


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return shop(services, admin)


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: asked.append("beep")))
    return asked


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> LogisticsTab:
    tab = LogisticsTab(services, actor)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_waves_new_wave_pick_list_labels_and_close(
    qtbot: QtBot,
    services: Services,
    admin: Actor,
    world: World,
    tmp_path: Path,
    no_questions: list[str],
) -> None:
    ids = [confirmed_order(services, admin) for _ in range(3)]
    single = confirmed_order(services, admin, (("SKU-KETTLE", 1),))
    held = confirmed_order(services, admin)
    tab = _tab(qtbot, services, admin)
    tab.action_buttons["waves"].click()
    waves = tab.open_dialogs[-1]
    assert isinstance(waves, WavesDialog) and waves.table.model().rowCount() == 0
    waves.new_wave()
    dialog = waves.open_dialogs[-1]
    assert isinstance(dialog, NewWaveDialog)
    assert dialog.table.rowCount() == 5 and dialog.count.text() == "0 of 5 ticked"
    dialog.single_only.setChecked(True)
    assert dialog.table.ids(checked_only=False) == [single]
    dialog.single_only.setChecked(False)
    dialog.create_from_ticked()
    assert "Tick the orders" in dialog.status.text()
    dialog.table.set_all(True)
    assert dialog.count.text() == "5 of 5 ticked"
    services.orders.hold(admin, held, "地址待核实")  # held meanwhile at another desk
    dialog.create_button.click()
    made = dialog.result_value
    assert made is not None and made.wave is not None and len(made.succeeded) == 4
    assert "4 order(s) to pick" in dialog.status.text()
    assert "1 order(s) could not join" in dialog.status.text()
    assert (
        dialog.failures.model().rowCount() == 1
        and "on hold" in dialog.failures.model().index(0, 1).data()
    )
    assert dialog.table.rowCount() == 0  # the held order is held: no longer a candidate
    dialog.accept()
    assert (
        waves.table.model().rowCount() == 1
        and waves.table.model().index(0, 0).data() == made.wave.wave_no
    )
    assert (
        waves.orders.model().rowCount() == 4
        and waves.orders.model().index(0, 1).data() == "Picking"
    )
    out = tmp_path / "pick.pdf"
    waves.save_pick_list(str(out))
    assert "Pick list saved" in waves.message.text() and made.wave.wave_no in pdf_text(out)
    # Labels for the whole wave, four to an A4 page.
    waves.print_labels()
    queue = waves.open_dialogs[-1]
    assert isinstance(queue, PrintQueueDialog)
    assert sorted(queue.order_numbers()) == sorted(order_no(services, i) for i in made.succeeded)
    queue.sheet.setCurrentIndex(queue.sheet.findData("a4-4"))
    labels = tmp_path / "labels.pdf"
    queue.start(False, targets={DocumentKind.LABEL: str(labels)})
    _jobs_done(qtbot)
    assert "4 ok, 0 failed." in queue.status.text()
    assert pdf_pages(labels) == 1
    found = {data for kind, data in decode(render_png(labels, 1, tmp_path, dpi=300))
             if kind == "CODE-128"}  # fmt: skip
    assert len(found) == 4
    queue.reject()
    waves.close_wave()
    assert "4 order(s) are still being picked" in no_questions[-1]
    assert waves.table.model().rowCount() == 0
    waves.show_closed.setChecked(True)
    assert waves.table.model().index(0, 2).data() == "Closed"
    assert {order_status(services, i) for i in ids} == {OrderStatus.PICKING}


def test_ship_dialog_ticks_by_scan_and_reports_per_order(
    qtbot: QtBot,
    services: Services,
    admin: Actor,
    world: World,
    no_questions: list[str],
) -> None:
    orders = [confirmed_order(services, admin, (("SKU-SHIRT", 1),)) for _ in range(3)]
    services.fulfilment.create_wave(admin, orders)
    for order_id in orders:
        services.fulfilment.complete_packing(admin, order_id, [SHIRT_BARCODE])
    tab = _tab(qtbot, services, admin)
    tab.action_buttons["ship"].click()
    dialog = tab.open_dialogs[-1]
    assert isinstance(dialog, ShipDialog) and dialog.table.rowCount() == 3
    assert dialog.table.item(0, 5).text() == "printed"
    tracking = dialog.candidates[1].tracking_nos[0]
    dialog.scan.setText(tracking.lower())
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    dialog.scan.setText(order_no(services, orders[0]))
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.table.ids() == orders[:2] and dialog.count.text() == "2 of 3 ticked"
    # Another workstation ships the first one a moment earlier.
    services.fulfilment.ship(admin, [orders[0]])
    dialog.ship_button.click()
    _jobs_done(qtbot)
    assert "Hand 2 order(s) to the carrier?" in no_questions[0]
    assert "1 order(s) shipped." in dialog.status.text() and "1 failed" in dialog.status.text()
    assert dialog.results.model().rowCount() == 1
    assert "was already Shipped by admin" in dialog.results.model().index(0, 1).data()
    assert dialog.retry_button.isEnabled() and dialog.table.rowCount() == 1
    assert order_status(services, orders[1]) == OrderStatus.SHIPPED


def test_print_labels_of_everything_picked_not_yet_labelled(
    qtbot: QtBot, services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    ids = [confirmed_order(services, admin) for _ in range(2)]
    services.fulfilment.create_wave(admin, ids)
    tab = _tab(qtbot, services, admin)
    tab.action_buttons["labels"].click()
    queue = tab.open_dialogs[-1]
    assert isinstance(queue, PrintQueueDialog)
    assert queue.order_numbers() == sorted(order_no(services, i) for i in ids)
    queue.sheet.setCurrentIndex(queue.sheet.findData("a4-1"))
    labels = tmp_path / "a4.pdf"
    queue.start(False, targets={DocumentKind.LABEL: str(labels)})
    _jobs_done(qtbot)
    assert pdf_pages(labels) == 2
    assert services.fulfilment.orders_awaiting_labels(admin) == []
    # Packing an order whose label is printed already prints nothing new.
    result = services.fulfilment.complete_packing(
        admin, ids[0], [SHIRT_BARCODE, SHIRT_BARCODE, KETTLE_BARCODE]
    )
    assert result.label_printed_before and result.label_path is None
    with pytest.raises(ValidationError, match="ZPL labels print on a label roll"):
        services.documents.labels(
            admin, [order_no(services, ids[1])], str(tmp_path / "x.zpl"), zpl=True,
            sheet=LabelSheet.A4_4,
        )  # fmt: skip


def test_the_screens_in_chinese(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    assert install_translators("zh_CN")
    try:
        tab = _tab(qtbot, services, admin)
        assert tab.action_buttons["pack"].text() == "打包台(&K)"
        waves = WavesDialog(services, admin, tab.run_job)
        qtbot.addWidget(waves)
        assert waves.windowTitle() == "拣货波次"
        station = PackStation(services, admin, services.fulfilment.station_setup(admin))
        qtbot.addWidget(station)
        assert station.banner.text() == "扫描订单开始打包"
        assert station.throughput.text() == "今日 0 单 · 近一小时 0 单"
    finally:
        install_translators("en")


# -- the acceptance run ---------------------------------------------------------------------------


def _on_hand(services: Services) -> dict[tuple[int, int], tuple[int, int]]:
    return read(
        services.db,
        lambda uow: {
            (p, w): (h, r)
            for p, w, h, r in uow.session.execute(
                select(StockLevel.product_id, StockLevel.warehouse_id, StockLevel.on_hand,
                       StockLevel.reserved)
            )
        },
    )  # fmt: skip


def _facts(services: Services, order_id: int) -> tuple[str, int, str, list[tuple[int, int]]]:
    """(status, warehouse id, recipient name, [(product id, qty)]) of an order."""

    def work(uow: UnitOfWork) -> tuple[str, int, str, list[tuple[int, int]]]:
        status, warehouse_id, name = uow.session.execute(
            select(Order.status, Order.warehouse_id, Order.recipient_name).where(
                Order.id == order_id
            )
        ).one()
        lines = uow.session.execute(
            select(OrderLine.product_id, OrderLine.qty).where(OrderLine.order_id == order_id)
        ).all()
        return status, warehouse_id, name, [(p, q) for p, q in lines]

    return read(services.db, work)


@pytest.mark.slow
def test_acceptance_on_demo_data(
    qtbot: QtBot, services: Services, tmp_path: Path, no_questions: list[str]
) -> None:
    generate_demo(services.db, orders=5000, customers=300)
    lead = services.auth.login("warehouse", DEMO_PASSWORD)
    assert lead.role is Role.WAREHOUSE
    tab = _tab(qtbot, services, lead)

    # 1. A wave of 50 confirmed orders of one warehouse, by rule (single-item orders first).
    tab.action_buttons["waves"].click()
    waves = tab.open_dialogs[-1]
    assert isinstance(waves, WavesDialog)
    waves.new_wave()
    dialog = waves.open_dialogs[-1]
    assert isinstance(dialog, NewWaveDialog)
    assert dialog.table.rowCount() >= 50
    dialog.limit.setValue(50)
    dialog.rule_button.click()
    made = dialog.result_value
    assert made is not None and made.wave is not None, dialog.status.text()
    assert len(made.succeeded) == 50 and made.failed == ()
    wave = made.wave
    dialog.accept()

    # 2. Its pick list: one row per SKU, in bin order, with the orders.
    pick_pdf = tmp_path / "pick-list.pdf"
    waves.save_pick_list(str(pick_pdf))
    pick = services.fulfilment.pick_list(lead, wave.id)
    assert sum(r.total_qty for r in pick.rows) == sum(
        read(
            services.db,
            lambda uow: [
                q for q in uow.session.scalars(
                    select(OrderLine.qty).where(OrderLine.order_id.in_(made.succeeded))
                )
            ],
        )
    )  # fmt: skip
    text = squash(pdf_text(pick_pdf))
    assert wave.wave_no in text and text.index(pick.rows[0].bin_code) < text.index(
        pick.rows[-1].bin_code
    )

    # 3. Three orders packed at the pack station with scanned barcodes; one wrong item refused.
    station = PackStation(services, lead, services.fulfilment.station_setup(lead))
    qtbot.addWidget(station)
    station.show()
    qtbot.waitUntil(station.field.hasFocus)
    packed = []
    stranger = ""
    for order_id in made.succeeded[:3]:
        number = order_no(services, order_id)
        scan(qtbot, station, number)
        assert station.state is StationState.VERIFYING, station.banner.text()
        job = station.job
        assert job is not None
        if not stranger:
            others = [r.barcode for r in pick.rows if r.barcode not in
                      {ln.barcode for ln in job.lines}]  # fmt: skip
            stranger = others[0]
            beeps = no_questions.count("beep")
            scan(qtbot, station, stranger)  # an item of another order of the wave
            assert "Not in this order" in station.banner.text()
            assert no_questions.count("beep") == beeps + 1
        for line in job.lines:
            for _ in range(line.qty):
                scan(qtbot, station, line.barcode)
        assert station.state is StationState.COMPLETE, station.banner.text()
        assert station.last_result is not None
        packed.append(station.last_result)

    # 4. Three labels: the Chinese recipient name and the tracking number, barcode decodes.
    assert len({r.label_path for r in packed}) == 3
    for result in packed:
        assert result.label_path is not None
        _status, _warehouse, name, _lines = _facts(services, result.order_id)
        label_text = squash(pdf_text(Path(result.label_path)))
        assert name in label_text and any("\u4e00" <= ch <= "\u9fff" for ch in name)
        assert result.tracking_nos[0] in label_text
        png = render_png(Path(result.label_path), 1, tmp_path, dpi=300)
        assert ("CODE-128", result.tracking_nos[0]) in decode(png)

    # 5. Shipped from the Ship dialog: 已发货, stock deducted by exactly the lines' quantities.
    before = _on_hand(services)
    tab.action_buttons["ship"].click()
    ship = tab.open_dialogs[-1]
    assert isinstance(ship, ShipDialog)
    for result in packed:
        ship.scan.setText(result.tracking_nos[0])
        qtbot.keyClick(ship.scan, Qt.Key.Key_Return)
    assert sorted(ship.table.ids()) == sorted(r.order_id for r in packed)
    ship.ship_button.click()
    _jobs_done(qtbot)
    assert "3 order(s) shipped." in ship.status.text(), ship.status.text()
    after = _on_hand(services)
    expected: dict[tuple[int, int], int] = {}
    for result in packed:
        status, warehouse_id, _name, lines = _facts(services, result.order_id)
        assert status == OrderStatus.SHIPPED
        for product_id, qty in lines:
            key = (product_id, warehouse_id)
            expected[key] = expected.get(key, 0) + qty
    changed = {
        key: (before[key][0] - after[key][0], before[key][1] - after[key][1])
        for key in before
        if before[key] != after[key]
    }
    assert changed == {key: (qty, qty) for key, qty in expected.items()}
    assert check_database(services.db).ok


def test_pack_station_opens_from_the_tab_and_closes_when_the_workstation_locks(
    qtbot: QtBot, services: Services, admin: Actor, world: World
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(services, admin, 15)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["logistics"]
    assert isinstance(tab, LogisticsTab)
    tab.action_buttons["pack"].click()
    station = tab.pack_station
    assert isinstance(station, PackStation) and station.isFullScreen()
    tab.action_buttons["pack"].click()  # F9 again brings the same station back
    assert tab.pack_station is station
    window.idle.idle.emit()  # nobody touched the workstation for the idle time
    assert window.is_locked and tab.pack_station is None
