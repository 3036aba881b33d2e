"""Daily friction at the desk (issue 24, item 5), pressed as users press it: real clicks and
keys on visible widgets at 1366x768 in zh_CN, with a screenshot per step.

Screenshots go to $KUAIDAN_SHOT_DIR/<test name>/ when that is set, else to the test's tmp dir.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import generate_demo
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from ui.feedback import last_message
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.orders.dialogs import CarrierChoiceDialog, ReturnReasonDialog
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only

SIZE = (1366, 768)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services.db, orders=300, customers=60)
    return services


@pytest.fixture
def shots(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    base = os.environ.get("KUAIDAN_SHOT_DIR")
    folder = Path(base) / request.node.name if base else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shot(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def open_window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click_tab(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    bar = window.tabs.tabBar()
    index = window.tab_keys.index(key)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index
    tab = window.tab_widgets[key]
    qtbot.waitUntil(tab.isVisible)  # a tab built on opening shows on the next event round
    return tab


def orders_tab(window: MainWindow) -> OrdersTab:
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    return tab


def click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_queue(qtbot: QtBot, tab: OrdersTab, key: str) -> None:
    for row in range(tab.queues.count()):
        item = tab.queues.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            rect = tab.queues.visualItemRect(item)
            qtbot.mouseClick(tab.queues.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no queue {key}")


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a user does: ASCII by key presses, Chinese as an input method commits it
    (QTest cannot press non-ASCII keys)."""
    widget.setFocus()
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def ok_button(dialog: QWidget) -> QPushButton:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    return buttons.button(buttons.StandardButton.Ok)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry as the keyboard does: focus the combo and step with Down/Up."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def test_return_reason_presets_from_settings_and_banner(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    # The supervisor edits the shared preset list in Settings.
    supervisor = demo.auth.login("supervisor", "demo1234")
    window = open_window(qtbot, demo, supervisor)
    settings = click_tab(qtbot, window, "settings")
    editor = settings.findChild(QWidget, "setting_orders.return_reasons")
    assert editor is not None
    assert "电话" in editor.text()  # the built-in list, in Chinese
    editor.setFocus()
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.selectAll()
    type_text(qtbot, editor, "缺门牌号；电话打不通；赠品未备注")
    save = next(b for b in settings.findChildren(QPushButton) if b.text().startswith("保存设置"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert demo.orders.return_reasons(supervisor) == ("缺门牌号", "电话打不通", "赠品未备注")
    assert "已保存" in last_message(save)
    shot(window, shots, "01-settings-saved")
    window.close()

    reviewer = demo.auth.login("reviewer", "demo1234")
    window = open_window(qtbot, demo, reviewer)
    tab = orders_tab(window)
    click_queue(qtbot, tab, OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    click_row(qtbot, tab.table, 0)
    order_no = tab.model.row_data(0).order_no
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    dialog = tab.return_dialog
    assert isinstance(dialog, ReturnReasonDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert [dialog.preset.itemText(i) for i in range(dialog.preset.count())][:3] == [
        "缺门牌号", "电话打不通", "赠品未备注",
    ]  # fmt: skip
    choose(qtbot, dialog.preset, "电话打不通")
    qtbot.mouseClick(dialog.details, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.details, "请与买家核对手机号")
    shot(dialog, shots, "02-return-dialog")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The returned order, found in 待修正, says why in a banner above everything else.
    click_queue(qtbot, tab, OrderStatus.NEEDS_CORRECTION.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_data(r).order_no == order_no)
    click_row(qtbot, tab.table, row)
    qtbot.waitUntil(lambda: "电话打不通：请与买家核对手机号" in tab.detail.toPlainText())
    text = tab.detail.toPlainText()
    assert "退回修正" in text.split("电话打不通")[0]  # the banner's title comes first
    shot(window, shots, "03-returned-banner")


def test_return_dialog_other_needs_text(qtbot: QtBot, chinese: None) -> None:
    dialog = ReturnReasonDialog(("地址不全",), 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ok_button(dialog).isEnabled()  # a preset alone is a reason
    choose(qtbot, dialog.preset, dialog.preset.itemText(1))  # "other"
    assert not ok_button(dialog).isEnabled()
    type_text(qtbot, dialog.details, "收件人要求改期")
    assert ok_button(dialog).isEnabled()
    assert dialog.reason() == "收件人要求改期"


def _approved_row(tab: OrdersTab, qtbot: QtBot) -> int:
    click_queue(qtbot, tab, OrderStatus.APPROVED.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    for row in range(tab.model.rowCount()):
        data = tab.model.row_data(row)
        if data is not None and not data.is_on_hold:
            return row
    raise AssertionError("no approved order that is not held")


def test_confirm_offers_the_suggested_carrier_with_price_and_eta(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    supervisor = demo.auth.login("supervisor", "demo1234")
    window = open_window(qtbot, demo, supervisor)
    tab = orders_tab(window)
    # Confirm needs stock: take an approved order the stock can fill.
    row = _approved_row(tab, qtbot)
    click_row(qtbot, tab.table, row)
    order = tab.model.row_data(row)
    assert order is not None
    qtbot.keyClick(tab.table, Qt.Key.Key_C)
    dialog = tab.carrier_dialog
    assert isinstance(dialog, CarrierChoiceDialog)
    qtbot.waitUntil(dialog.isVisible)
    suggested = dialog.offer.suggested
    assert suggested is not None and suggested.price is not None
    assert "建议" in dialog.suggestion.text() and "¥" in dialog.suggestion.text()
    assert dialog.carrier_id() == suggested.carrier_id  # chosen already
    table, model = dialog.table, dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["快递公司", "运费", "时效"]
    assert model.index(0, 1).data().startswith("¥") and "天" in model.index(0, 2).data()
    shot(dialog, shots, "01-confirm-carriers")
    # Choose another carrier than the suggested one, by clicking its row.
    other = next(r for r in range(model.rowCount()) if model.index(r, 1).data().startswith("¥")
                 and r != 0)  # fmt: skip
    other_id = model.row_at(other).carrier_id
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(other, 0)).center(),
    )
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    detail = demo.order_queries.detail(supervisor, order.id)
    if detail.row.status != OrderStatus.CONFIRMED:  # not enough stock: the presenter said so
        pytest.skip("the first approved order cannot be filled from the demo stock")
    chosen = next(c for c in dialog.offer.choices if c.carrier_id == other_id)
    assert detail.row.carrier == chosen.name or chosen.code in detail.row.carrier
    shot(window, shots, "02-confirmed")


def test_assign_carrier_lists_price_and_eta(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    supervisor = demo.auth.login("supervisor", "demo1234")
    window = open_window(qtbot, demo, supervisor)
    tab = orders_tab(window)
    row = _approved_row(tab, qtbot)
    click_row(qtbot, tab.table, row)
    order = tab.model.row_data(row)
    assert order is not None
    qtbot.keyClick(tab.table, Qt.Key.Key_K)
    dialog = tab.carrier_dialog
    qtbot.waitUntil(dialog.isVisible)
    table, model = dialog.table, dialog.model
    priced = [r for r in range(model.rowCount()) if model.index(r, 1).data().startswith("¥")]
    assert priced and all("天" in model.index(r, 2).data() for r in priced)
    last = priced[-1]
    target = model.row_at(last).carrier_id
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(last, 0)).center(),
    )  # fmt: skip
    shot(dialog, shots, "01-assign-carrier")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    offer = demo.orders.carrier_offer(supervisor, order.id)
    assert offer.current_carrier_id == target


def test_rate_comparison_uses_this_carrier(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    from ui.tabs.logistics_dialogs import RateComparisonDialog

    supervisor = demo.auth.login("supervisor", "demo1234")
    window = open_window(qtbot, demo, supervisor)
    tab = orders_tab(window)
    row = _approved_row(tab, qtbot)
    order = tab.model.row_data(row)
    assert order is not None
    dialog = RateComparisonDialog(demo, supervisor, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.use_button.isEnabled()
    qtbot.keyClicks(dialog.order_no, order.order_no)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    table, model = dialog.table, dialog.table.model()
    assert model.rowCount() > 1
    pick = model.rowCount() - 1
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(pick, 0)).center(),
    )  # fmt: skip
    assert dialog.use_button.isEnabled() and dialog.use_button.isVisible()
    target = model.index(pick, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert order.order_no in dialog.result.text()
    assert demo.orders.carrier_offer(supervisor, order.id).current_carrier_id == target
    shot(dialog, shots, "01-use-this-carrier")


def test_toast_stays_long_enough_to_read(qtbot: QtBot) -> None:
    from ui.feedback import MIN_MS, notify, toast_for

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    notify(window, "已审核 KD0001")
    toast = toast_for(window)
    assert toast.isVisible() and last_message(window) == "已审核 KD0001"
    assert toast.timer.interval() >= MIN_MS >= 4000
    assert toast.timer.remainingTime() > 3000
    qtbot.wait(50)
    assert toast.isVisible()  # non-modal: nothing waits for a click


def test_every_action_says_what_it_did(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    reviewer = demo.auth.login("reviewer", "demo1234")
    window = open_window(qtbot, demo, reviewer)
    tab = orders_tab(window)
    click_queue(qtbot, tab, OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    row = next(r for r in range(tab.model.rowCount()) if not tab.model.row_data(r).is_on_hold)
    order_no = tab.model.row_data(row).order_no
    click_row(qtbot, tab.table, row)
    qtbot.keyClick(tab.table, Qt.Key.Key_A)  # runs off the GUI thread, then says so
    qtbot.waitUntil(lambda: order_no in last_message(tab))
    message = last_message(tab)
    assert order_no in message and message.startswith("已审核通过")
    shot(window, shots, "01-approved-toast")
    qtbot.wait(1500)
    assert last_message(tab) == message  # still there to read


def test_new_user_starts_least_privileged_and_unlock_says_so(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    from app.errors import AppError
    from app.permissions import Role
    from ui.i18n import role_label

    for _ in range(6):  # the warehouse clerk mistypes until locked
        with pytest.raises(AppError):
            demo.auth.login("warehouse", "wrong password")
    admin = demo.auth.login("admin", "demo1234")
    window = open_window(qtbot, demo, admin)
    settings = click_tab(qtbot, window, "settings")
    page = settings.pages.currentWidget()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.role.currentText() == role_label(Role.ANALYST) != role_label(Role.ADMIN)
    shot(dialog, shots, "01-new-user-dialog")
    type_text(qtbot, dialog.username, "xiaoli")
    type_text(qtbot, dialog.display_name, "小李")
    type_text(qtbot, dialog.password, "secret-12345")
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "xiaoli" in last_message(page))
    assert role_label(Role.ANALYST) in last_message(page)
    users = page.model.users
    assert next(u for u in users if u.username == "xiaoli").role == Role.ANALYST
    locked = next(i for i, u in enumerate(users) if u.username == "warehouse")
    index = page.model.index(locked, 0)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert "warehouse" in last_message(page) and "解锁" in last_message(page)
    shot(window, shots, "02-unlocked-toast")
    assert demo.auth.login("warehouse", "demo1234").username == "warehouse"


def test_logistics_exception_is_handled_and_leaves_the_queue(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    from app.shipments import ShipmentFilter, ShipmentSort, ShipmentStatus
    from ui.tabs.logistics_tab import LogisticsTab

    clerk = demo.auth.login("warehouse", "demo1234")
    moving = ShipmentFilter(status=ShipmentStatus.IN_TRANSIT)
    ids = demo.shipments.shipment_ids(clerk, moving, ShipmentSort.NEWEST)
    parcel = demo.shipments.shipment_rows(clerk, ids[:1])[0]
    window = open_window(qtbot, demo, clerk)
    tab = click_tab(qtbot, window, "logistics")
    assert isinstance(tab, LogisticsTab)

    # The add-event dialog names the parcel it changes; the clerk records the breakage.
    type_text(qtbot, tab.search, parcel.tracking_no)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.current_row() is not None)
    qtbot.mouseClick(tab.action_buttons["event"], Qt.MouseButton.LeftButton)
    dialog = tab.open_dialogs[-1]
    qtbot.waitUntil(dialog.isVisible)
    assert parcel.tracking_no in dialog.windowTitle()
    assert parcel.order_no in dialog.parcel.text() and parcel.tracking_no in dialog.parcel.text()
    choose(qtbot, dialog.status, "破损")
    type_text(qtbot, dialog.description, "外箱压坏")
    shot(dialog, shots, "01-add-event-names-parcel")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert parcel.tracking_no in last_message(tab)

    # The 破损 queue holds it; marking it handled empties the queue.
    qtbot.mouseClick(tab.search, Qt.MouseButton.LeftButton)
    tab.search.selectAll()
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)
    damaged_row = next(
        i for i in range(tab.queues.count())
        if tab.queues.item(i).data(Qt.ItemDataRole.UserRole) == "damaged"
    )  # fmt: skip
    assert tab.queues.item(damaged_row).text() == "破损 (1)"
    item = tab.queues.item(damaged_row)
    qtbot.mouseClick(
        tab.queues.viewport(), Qt.MouseButton.LeftButton,
        pos=tab.queues.visualItemRect(item).center(),
    )  # fmt: skip
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.table, 0)
    shot(window, shots, "02-damaged-queue")
    qtbot.mouseClick(tab.action_buttons["handled"], Qt.MouseButton.LeftButton)
    handled = tab.open_dialogs[-1]
    qtbot.waitUntil(handled.isVisible)
    type_text(qtbot, handled.reason, "已联系快递理赔，补发新件")
    qtbot.mouseClick(ok_button(handled), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not handled.isVisible())
    assert "已处理" in last_message(tab)
    damaged_row = next(
        i for i in range(tab.queues.count())
        if tab.queues.item(i).data(Qt.ItemDataRole.UserRole) == "damaged"
    )  # fmt: skip
    assert tab.queues.item(damaged_row).text() == "破损 (0)"
    assert tab.model.rowCount() == 0  # the queue emptied as the work was done

    # Handled: who and when.
    handled_row = next(
        i for i in range(tab.queues.count())
        if tab.queues.item(i).data(Qt.ItemDataRole.UserRole) == "handled"
    )  # fmt: skip
    item = tab.queues.item(handled_row)
    qtbot.mouseClick(
        tab.queues.viewport(), Qt.MouseButton.LeftButton,
        pos=tab.queues.visualItemRect(item).center(),
    )  # fmt: skip
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.table, 0)
    detail = tab.detail.text()
    assert "仓库 刘洋" in detail and "已联系快递理赔" in detail
    shot(window, shots, "03-handled-queue")


def test_service_agent_holds_an_order_when_the_customer_calls(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    agent = demo.auth.login("service", "demo1234")
    window = open_window(qtbot, demo, agent)
    tab = click_tab(qtbot, window, "orders")
    assert isinstance(tab, OrdersTab)
    assert tab.act_hold.isVisible() and not tab.act_approve.isVisible()
    row = _approved_row(tab, qtbot)
    order_no = tab.model.row_data(row).order_no
    click_row(qtbot, tab.table, row)
    assert tab.act_hold.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_H)
    dialog = tab.hold_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.text() == "客户要改地址"
    shot(dialog, shots, "01-hold-dialog")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert last_message(tab) == f"已挂起 {order_no}"
    click_queue(qtbot, tab, "hold")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_data(r).order_no == order_no)
    click_row(qtbot, tab.table, row)
    qtbot.waitUntil(lambda: "客户要改地址" in tab.detail.toPlainText())
    shot(window, shots, "02-held-by-service")


def test_addresses_show_with_separators(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    from decimal import Decimal

    from app.orders import DraftLine, OrderDraft

    reviewer = demo.auth.login("reviewer", "demo1234")
    ref = demo.orders.create(
        reviewer,
        OrderDraft(
            recipient_name="Ann Lee", recipient_phone="13700001234", province="Ontario",
            city="Toronto", address="105 Victoria St", lines=(DraftLine("SKU-00001", 1),),
            paid_amount=Decimal("59.00"), shipping_fee=Decimal(0),
        ),
    )  # fmt: skip
    window = open_window(qtbot, demo, reviewer)
    tab = orders_tab(window)
    click_queue(qtbot, tab, "all")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    row = next(r for r in range(50) if tab.model.row_data(r).order_no == ref.order_no)
    click_row(qtbot, tab.table, row)
    qtbot.waitUntil(lambda: ref.order_no in tab.detail.toPlainText())
    assert "105 Victoria St, Toronto, Ontario" in tab.detail.toPlainText()
    address_column = next(
        c for c in range(tab.model.columnCount())
        if tab.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "地址"
    )  # fmt: skip
    assert tab.model.index(row, address_column).data() == "105 Victoria St, Toronto, Ontario"
    shot(window, shots, "01-western-address")


def test_reports_and_status_bar_agree_on_stock(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    supervisor = demo.auth.login("supervisor", "demo1234")
    alerts = demo.inventory.alerts(supervisor)
    assert alerts.low and alerts.out
    window = open_window(qtbot, demo, supervisor)
    reports = click_tab(qtbot, window, "reports")
    expected = f"低库存 {alerts.low} · 缺货 {alerts.out}"
    qtbot.waitUntil(lambda: expected in window.alerts_label.text(), timeout=15000)
    bar = reports.pages.tabBar()  # the stock page, clicked as a user does
    index = reports.PAGES.index("stock")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    stock = reports.page["stock"]
    qtbot.waitUntil(lambda: stock.findChild(QLabel, "kpi_low_stock") is not None, timeout=15000)
    assert stock.findChild(QLabel, "kpi_low_stock").text() == f"{alerts.low:,}"
    assert stock.findChild(QLabel, "kpi_out_of_stock").text() == f"{alerts.out:,}"
    captions = [box.title() for box in stock.findChildren(QGroupBox)]
    assert "低库存" in captions and "缺货" in captions
    shot(window, shots, "01-reports-and-status-bar")


TMALL = Path("/work/shared/samples/orders/tmall_tmall_order_report_first1000.csv")


@pytest.mark.skipif(not TMALL.exists(), reason="the Tmall sample is not on this machine")
def test_tmall_report_without_items_says_so_before_and_after(
    qtbot: QtBot, services: Services, chinese: None, shots: Path
) -> None:
    from app.permissions import Role
    from tests.conftest import add_user

    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    window = open_window(qtbot, services, clerk)
    tab = orders_tab(window)
    dialog = tab.import_entry.open_import(str(TMALL))  # as a dropped file opens it
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_COLUMNS, timeout=20_000)
    qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_CHECK, timeout=60_000)
    before = dialog.check_summary.text()
    assert "没有商品明细" in before and "导入商品明细文件" in before
    shot(dialog, shots, "01-dry-run-says-no-items")
    qtbot.mouseClick(dialog.check_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_REPORT, timeout=90_000)
    after = dialog.report_summary.text()
    assert "没有商品明细" in after
    shot(dialog, shots, "02-report-says-no-items")
    dialog.close()

    click_queue(qtbot, tab, "hold")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    click_row(qtbot, tab.table, 0)
    qtbot.waitUntil(lambda: "请导入该订单的商品明细文件" in tab.detail.toPlainText())
    shot(window, shots, "03-held-for-items")


def test_login_language_switch_retranslates_live_and_is_remembered(
    qtbot: QtBot, services: Services, chinese: None, shots: Path
) -> None:
    from app import config as app_config
    from ui.login import LoginDialog

    dialog = LoginDialog(services, "test")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "登录 — 快单"
    assert dialog.language.currentText() == "简体中文"
    shot(dialog, shots, "01-login-zh_CN")
    choose(qtbot, dialog.language, "English")
    assert dialog.windowTitle() == "Log in — Kuaidan"
    assert dialog.username_label.text() == "&User name:"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Log in"
    assert app_config.load_config().language == "en"
    qtbot.wait(50)  # Qt's own LanguageChange round: our words must stay
    assert ok.text() == "Log in" and dialog.windowTitle() == "Log in — Kuaidan"
    shot(dialog, shots, "02-login-en")
    choose(qtbot, dialog.language, "繁體中文")
    assert dialog.windowTitle() != "Log in — Kuaidan" and "快單" in dialog.header.title.text()
    assert app_config.load_config().language == "zh_TW"
    qtbot.wait(50)
    shot(dialog, shots, "03-login-zh_TW")
    choose(qtbot, dialog.language, "简体中文")
    assert dialog.windowTitle() == "登录 — 快单"
    assert app_config.load_config().language == "zh_CN"


def test_lock_screen_is_laid_out_like_the_login(
    qtbot: QtBot, services: Services, actors: dict, chinese: None, shots: Path
) -> None:
    from app.permissions import Role
    from tests.conftest import TEST_PASSWORD
    from ui.login import Header

    window = MainWindow(services, actors[Role.REVIEWER], idle_minutes=15)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.idle.last_input -= 16 * 60
    window.idle.check()
    page = window.lock_page
    assert window.is_locked and page.isVisible()
    assert page.findChild(Header) is not None  # the login's logo and name
    assert page.title.text().startswith("已锁定")
    card = page.findChild(QWidget, "lockCard")
    centre = card.mapTo(window, card.rect().center())
    assert abs(centre.x() - window.width() // 2) < 30  # centred, as the login window is
    shot(window, shots, "01-lock-screen")
    type_text(qtbot, page.password, "wrong password")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked and page.message.text()
    type_text(qtbot, page.password, TEST_PASSWORD)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked


def test_service_agent_holds_the_callers_order_from_the_customer_screen(
    qtbot: QtBot, demo: Services, chinese: None, shots: Path
) -> None:
    from app.order_queries import OrderFilter
    from ui.tabs.service_tab import ServiceTab

    admin = demo.auth.login("admin", "demo1234")
    ids = demo.order_queries.order_ids(admin, OrderFilter(statuses=(OrderStatus.APPROVED,)))
    rows = [demo.order_queries.detail(admin, i).row for i in ids[:20]]
    order = next(r for r in rows if not r.is_on_hold)
    agent = demo.auth.login("service", "demo1234")
    window = open_window(qtbot, demo, agent)
    tab = click_tab(qtbot, window, "service")
    assert isinstance(tab, ServiceTab)
    type_text(qtbot, tab.lookup, f"{order.recipient_phone[-4:]} {order.recipient_name[0]}")
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Return)
    view = tab.customer
    for n in range(tab.results.count()):  # the right caller among namesakes
        if any(o.order_no == order.order_no for o in view.orders.rows):
            break
        item = tab.results.item(n)
        rect = tab.results.visualItemRect(item)
        qtbot.mouseDClick(tab.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = next(i for i, o in enumerate(view.orders.rows) if o.order_no == order.order_no)
    table = view.orders_table
    rect = table.visualRect(view.orders.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.hold_button.isVisible()
    qtbot.mouseClick(view.hold_button, Qt.MouseButton.LeftButton)
    dialog = view.hold_dialog
    qtbot.waitUntil(dialog.isVisible)
    shot(window, shots, "01-hold-from-customer-screen")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: order.order_no in last_message(view))
    held = demo.order_queries.detail(admin, order.id).row
    assert held.is_on_hold and held.hold_reason == "客户要改地址"
    shot(window, shots, "02-held-toast")
