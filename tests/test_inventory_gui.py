"""The Inventory tab with real widgets (offscreen): table model, filters, scanner search,
history, dialogs, alerts in the status bar, the ledger check and the export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from app.inventory import StockQuery
from app.permissions import Actor, Role
from app.services import Services
from app.stock import StockLine
from tests.conftest import add_user
from tests.test_inventory import Shop, balance, make_order, make_shop
from ui.action_runner import runner
from ui.kit.dialog import FormDialog
from ui.main_window import MainWindow
from ui.tabs.inventory_dialogs import (
    AdjustDialog,
    LedgerCheckDialog,
    ReceiveDialog,
    ReserveDialog,
    StockTakeDialog,
)
from ui.tabs.inventory_tab import InventoryTab, StockTableModel

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def shop(services: Services, admin: Actor) -> Shop:
    made = make_shop(services, admin)
    services.inventory.set_level(admin, made.mug, made.sh, safety_stock=3, bin_code="A-01-1")
    return made


def _submit(qtbot: QtBot, dialog: FormDialog) -> None:
    """OK, and wait for the action it runs on a worker."""
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> InventoryTab:
    tab = InventoryTab(services, actor)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _column(model: StockTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_stock_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester, services: Services, admin: Actor, shop: Shop
) -> None:  # type: ignore[no-untyped-def]
    model = StockTableModel(services, admin)
    model.set_ids(services.inventory.stock_ids(admin, StockQuery()))
    qtmodeltester.check(model)
    assert _column(model, 0) == ["SKU-M", "SKU-M", "SKU-T", "SKU-T"]
    assert model.index(0, 7).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 11).data() == "Low stock"  # 1 available, safety stock 3
    model.set_ids([*model.ids, 999_999])  # a row deleted meanwhile: no crash, no data
    assert model.index(4, 0).data() is None


def test_filters_search_and_scanner(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.model.rowCount() == 4
    assert tab.warehouse_list.item(0).text() == "All warehouses (4)"
    assert tab.alert_list.item(1).text() == "Low stock (1)"
    tab.alert_list.setCurrentRow(1)  # low stock only
    assert _column(tab.model, 0) == ["SKU-M"]
    tab.alert_list.setCurrentRow(0)
    tab.warehouse_list.setCurrentRow(2)  # GZ
    assert _column(tab.model, 3) == ["GZ", "GZ"]
    tab.warehouse_list.setCurrentRow(0)
    # A scanner types the barcode and presses Enter: the first match is selected.
    qtbot.keyClicks(tab.search, "6901234000017")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert _column(tab.model, 0) == ["SKU-T", "SKU-T"]
    assert tab.current is not None and tab.current.sku == "SKU-T"
    assert tab.search.selectedText() == "6901234000017"  # the next scan replaces it
    assert tab.detail_labels["on_hand"].text() == "3"
    assert tab.movements.rowCount() == 1 and tab.movements.index(0, 1).data() == "Receive"


def test_sorting_goes_through_the_service(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    tab = _tab(qtbot, services, admin)
    tab.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # available
    assert _column(tab.model, 7) == ["10", "5", "3", "1"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(tab.model, 0)[0] == "SKU-M"


def test_alerts_reach_the_status_bar(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: "Low stock 1 · Out of stock 0" in window.alerts_label.text().split("  ·  ")
    )


def test_receive_dialog_adds_scanned_lines(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    tab = _tab(qtbot, services, admin)
    dialog = ReceiveDialog(services, admin, tab.warehouses, shop.sh, tab)
    qtbot.addWidget(dialog)
    dialog.show()  # shown: Enter could reach the default button
    for _ in range(2):  # the same barcode scanned twice: 2 units
        qtbot.keyClicks(dialog.lines.code, "6901234000024")
        qtbot.keyClick(dialog.lines.code, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.lines.code, "no-such-sku")
    qtbot.keyClick(dialog.lines.code, Qt.Key.Key_Return)
    assert "no-such-sku" in dialog.lines.message.text()
    assert dialog.lines.stock_lines() == [StockLine(shop.mug, 2)]
    assert dialog.isVisible() and balance(services, admin, shop.mug, shop.sh) == (1, 0, 0)
    _submit(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert balance(services, admin, shop.mug, shop.sh) == (3, 0, 0)


def test_adjust_dialog_shows_the_refusal_and_stays_open(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    row = services.inventory.stock_row(admin, shop.mug, shop.sh)
    dialog = AdjustDialog(services, admin, services.inventory.list_warehouses(admin), row)
    qtbot.addWidget(dialog)
    dialog.delta.setValue(-5)
    dialog.reason.setCurrentText("Lost")
    _submit(qtbot, dialog)
    assert dialog.message.text() == "Only 1 of SKU-M available in SH; 5 needed"
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.delta.setValue(-1)
    _submit(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert balance(services, admin, shop.mug, shop.sh) == (0, 0, 0)


def test_reserving_the_last_unit_twice_says_only_0_available(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    warehouses = services.inventory.list_warehouses(admin)
    row = services.inventory.stock_row(admin, shop.mug, shop.sh)
    for order_no, expected in (("KD-1", ""), ("KD-2", "Only 0 of SKU-M available in SH")):
        make_order(services, order_no)
        dialog = ReserveDialog(services, admin, warehouses, row, release=False)
        qtbot.addWidget(dialog)
        dialog.order_no.setText(order_no)
        _submit(qtbot, dialog)
        assert dialog.message.text().startswith(expected)
    assert balance(services, admin, shop.mug, shop.sh) == (1, 1, 0)


def test_stock_take_dialog_posts_with_the_counter(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = StockTakeDialog(services, admin, services.inventory.list_warehouses(admin), shop.sh)
    qtbot.addWidget(dialog)
    dialog.counter.setText("李四")
    dialog.make_sheet()
    assert dialog.table.rowCount() == 2
    skus = [dialog.table.item(r, 1).text() for r in range(2)]
    dialog.table.item(skus.index("SKU-T"), 5).setText("abc")
    dialog.post()
    assert "whole number" in dialog.message.text() and not dialog.posted
    dialog.table.item(skus.index("SKU-T"), 5).setText("4")
    dialog.post()
    assert dialog.posted
    assert balance(services, admin, shop.shirt, shop.sh) == (4, 0, 0)
    note = services.inventory.movements(admin, shop.shirt, shop.sh)[0].note
    assert "李四" in note


def test_ledger_check_dialog_finds_and_repairs(
    qtbot: QtBot,
    services: Services,
    admin: Actor,
    shop: Shop,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE stock_levels SET on_hand = 99 WHERE product_id = :p"), {"p": shop.mug}
        )
    engine.dispose()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = LedgerCheckDialog(services, admin)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.repair_button.isEnabled()
    assert {dialog.model.index(r, 1).data() for r in range(2)} == {"SH", "GZ"}
    dialog.repair()
    assert dialog.model.rowCount() == 0 and dialog.repaired
    assert "0 differences" in dialog.summary.text()


def test_roles_see_only_their_actions(qtbot: QtBot, services: Services, shop: Shop) -> None:
    analyst = add_user(services.db, "ana", Role.ANALYST)
    tab = _tab(qtbot, services, analyst)
    assert not tab.receive_action.isVisible() and not tab.check_action.isVisible()
    assert tab.export_action.isVisible() and tab.model.rowCount() == 4
    clerk = add_user(services.db, "clerk", Role.WAREHOUSE)
    tab = _tab(qtbot, services, clerk)
    assert tab.receive_action.isVisible() and not tab.new_product_action.isVisible()
    supervisor = add_user(services.db, "boss", Role.SUPERVISOR)
    tab = _tab(qtbot, services, supervisor)
    assert tab.check_action.isVisible() and tab.warehouses_action.isVisible()


def test_export_from_the_tab(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop, tmp_path: Path, chinese: None
) -> None:
    tab = _tab(qtbot, services, admin)
    path = tmp_path / "库存.xlsx"
    tab.export_to(str(path))  # on a worker, with or without a main window
    qtbot.waitUntil(lambda: not runner().jobs and path.exists(), timeout=20_000)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "SKU" and sheet["G1"].value == "在库"
    assert sheet.max_row == 5


@pytest.fixture
def chinese(qapp, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def test_chinese_labels(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop, chinese: None
) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "在库"
    assert tab.alert_list.item(2).text() == "缺货（0）"
    dialog = ReserveDialog(services, admin, tab.warehouses, None, release=False)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "预占"
    dialog.order_no.setText("KD-404")
    dialog.product.code.setText("SKU-M")
    _submit(qtbot, dialog)
    assert dialog.message.text() == "找不到订单 KD-404"


def test_product_dialog_edits_the_cost_through_the_service(
    qtbot: QtBot, services: Services, admin: Actor, shop: Shop
) -> None:
    """The cost field: typed, saved by pressing Save, audited; a negative cost is refused
    with the field named, and the service refuses bad costs by itself too."""
    import json

    from PySide6.QtWidgets import QDoubleSpinBox

    from app.errors import ValidationError
    from app.uow import transaction
    from models import AuditLog
    from ui.tabs.inventory_dialogs import ProductDialog

    product = services.inventory.find_product(admin, "SKU-M")
    assert product.cost == 0
    dialog = ProductDialog(services, admin, product)
    qtbot.addWidget(dialog)
    dialog.show()
    cost = dialog.findChild(QDoubleSpinBox, "cost")
    assert cost is not None and cost.isVisible()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    cost.selectAll()
    qtbot.keyClicks(cost, "-5")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # refused, the dialog stays open
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert "cost must be 0 or more" in dialog.message.text()
    assert services.inventory.find_product(admin, "SKU-M").cost == 0
    cost.selectAll()
    qtbot.keyClicks(cost, "12.345")  # a third decimal cannot be typed
    assert cost.value() == 12.34
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert str(services.inventory.find_product(admin, "SKU-M").cost) == "12.34"

    def audited(uow):  # type: ignore[no-untyped-def]
        entry = uow.session.query(AuditLog).filter_by(action="product.update").one()
        return entry.entity_id, json.loads(entry.changes)

    sku, changes = transaction(services.db, None, audited)
    assert sku == "SKU-M" and changes == {"cost": ["0.00", "12.34"]}
    for bad in ("-1", "1.005", "abc"):
        with pytest.raises(ValidationError) as info:
            services.inventory.update_product(admin, product.id, cost=bad)  # type: ignore[arg-type]
        assert info.value.field == "cost"
    assert str(services.inventory.find_product(admin, "SKU-M").cost) == "12.34"
