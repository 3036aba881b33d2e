"""The workstation shell with real Qt widgets (offscreen): login, lockout, role views, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableView, QTabWidget
from pytestqt.qtbot import QtBot

from app.permissions import Actor, Role
from app.services import Services
from tests.conftest import TEST_PASSWORD, add_user
from ui.i18n import install_translators
from ui.login import FirstRunDialog, LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _login(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.username.setText(user)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_succeeds_with_enter_key(qtbot: QtBot, services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    dialog = LoginDialog(services, "test")
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "clerk"


def test_five_wrong_passwords_lock_and_say_until_when(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    dialog = LoginDialog(services, "test")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(4):
        _login(qtbot, dialog, "clerk", "wrong-password")
        assert dialog.message.text() == "用户名或密码错误"
        assert dialog.isVisible() and dialog.password.text() == ""
    _login(qtbot, dialog, "clerk", "wrong-password")
    assert "账号已锁定" in dialog.message.text()
    assert ":" in dialog.message.text()  # the local time to try again
    _login(qtbot, dialog, "clerk", TEST_PASSWORD)  # right password, still locked
    assert "锁定" in dialog.message.text() and dialog.actor is None
    # An unknown user gets exactly the same words as a wrong password.
    _login(qtbot, dialog, "ghost", "wrong-password")
    assert dialog.message.text() == "用户名或密码错误"


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        (Role.WAREHOUSE, ["库存", "物流"]),
        (Role.REVIEWER, ["订单", "库存"]),
        (Role.CUSTOMER_SERVICE, ["订单", "物流", "客服"]),
        (Role.ANALYST, ["订单", "库存", "物流", "报表"]),
        (Role.SUPERVISOR, ["订单", "库存", "物流", "客服", "报表", "设置"]),
        (Role.ADMIN, ["订单", "库存", "物流", "客服", "报表", "设置"]),
    ],
)
def test_each_role_sees_its_tabs(
    qtbot: QtBot, services: Services, chinese: None, role: Role, tabs: list[str]
) -> None:
    actor = add_user(services.db, f"u_{role.value}", role)
    window = MainWindow(services, actor, idle_minutes=15)
    qtbot.addWidget(window)
    window.show()
    tab_widget = window.findChild(QTabWidget, "mainTabs")
    assert [tab_widget.tabText(i) for i in range(tab_widget.count())] == tabs
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert f"u_{role.value}" in status and "kuaidan.db" in status  # the file, not its path
    assert window.db_label.toolTip().startswith("sqlite")


def test_supervisor_settings_have_no_user_admin(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.SUPERVISOR], idle_minutes=15)
    qtbot.addWidget(window)
    pages = window.tab_widgets["settings"].findChild(QTabWidget, "settingsPages")
    names = [pages.tabText(i) for i in range(pages.count())]
    assert "Users" not in names and "Maintenance" in names


def test_analyst_orders_table_masks_phones(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    from app.demo import generate_demo

    generate_demo(services.db, orders=200, customers=30)
    window = MainWindow(services, actors[Role.ANALYST], idle_minutes=15)
    qtbot.addWidget(window)
    table = window.tab_widgets["orders"].findChild(QTableView, "ordersTable")
    model = table.model()
    assert model.rowCount() > 0
    phone_col = 4
    for row in range(model.rowCount()):
        assert "****" in model.index(row, phone_col).data()
    queues = window.tab_widgets["orders"].findChild(QListWidget, "queues")
    # All orders, one queue per state, on hold, rules fired; counts arrive from the background.
    assert queues.count() == 14
    qtbot.waitUntil(lambda: "(" in queues.item(1).text())


def test_idle_lock_covers_data_until_password(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.REVIEWER], idle_minutes=15)
    qtbot.addWidget(window)
    window.show()
    window.idle.last_input -= 16 * 60  # sixteen minutes without input
    window.idle.check()
    assert window.is_locked and not window.tabs.isVisible()
    assert not window.menuBar().isEnabled()
    field = window.findChild(QLineEdit, "unlockPassword")
    qtbot.keyClicks(field, "not-my-password")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.is_locked and window.lock_page.message.text()
    qtbot.keyClicks(field, TEST_PASSWORD)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not window.is_locked and window.tabs.isVisible()


def test_ctrl_l_locks_immediately(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.ANALYST], idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.lock_action.trigger()
    assert window.is_locked


def test_first_run_creates_the_admin(qtbot: QtBot, services: Services) -> None:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.validate() and "8" in dialog.message.text()
    dialog.password.setText("long-enough-pw")
    dialog.repeat.setText("long-enough-pw")
    dialog.create()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN
    assert not services.auth.needs_first_admin()


def test_admin_unlocks_a_locked_user_from_settings(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    from app.errors import AccountLocked, InvalidCredentials

    add_user(services.db, "clerk", Role.REVIEWER)
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            services.auth.login("clerk", "bad")
    window = MainWindow(services, admin, idle_minutes=15)
    qtbot.addWidget(window)
    users = window.tab_widgets["settings"].findChild(QTableView, "usersTable")
    model = users.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "clerk")
    assert model.index(row, 5).data()  # locked until ...
    users.selectRow(row)
    window.tab_widgets["settings"].pages.widget(0).unlock()
    assert model.index(row, 5).data() == "" and model.index(row, 4).data() == "0"
    assert services.auth.login("clerk", TEST_PASSWORD).username == "clerk"


def test_standard_buttons_are_chinese_too(qtbot: QtBot, chinese: None) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_phone_masks() -> None:
    from app.pii import mask_phone

    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_phone("021-6000123") == "******0123"


def test_every_tab_keeps_its_own_alert(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.ANALYST], idle_minutes=0)
    qtbot.addWidget(window)
    window.set_alerts("Low stock 5", "inventory")
    window.set_alerts("Overdue 3", "service")
    assert "Low stock 5" in window.alerts_label.text() and "Overdue 3" in window.alerts_label.text()
    window.set_alerts("", "inventory")
    assert window.alerts_label.text() == "Overdue 3"


def test_settle_heap_exempts_start_up_objects_from_full_collections() -> None:
    import gc

    from ui.app import settle_heap

    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 1000  # the modules, Qt wrappers and mappers loaded
        frozen = gc.get_freeze_count()
        gc.collect()
        assert gc.get_freeze_count() == frozen  # a full pass no longer walks them
    finally:
        gc.unfreeze()
