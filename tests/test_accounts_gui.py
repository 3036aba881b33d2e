"""Accounts on screen: a user's own password from the Session menu, an expired password at
login, the admin's role / reset / deactivate buttons, and a demoted supervisor's window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.db import open_database
from app.errors import InvalidCredentials, PasswordReset
from app.permissions import Actor, Role
from app.services import Services
from app.uow import transaction
from models import User, utcnow
from tests.conftest import TEST_PASSWORD, add_user
from ui.accounts import ChangePasswordDialog
from ui.feedback import Toast
from ui.i18n import install_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _press_ok(qtbot: QtBot, dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _answer_next_message_box(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` of the message box about to open modally; its text is returned."""
    said: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        said.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return said


def test_a_reviewer_changes_their_own_password_from_the_session_menu(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    reviewer = add_user(services.db, "rev", Role.REVIEWER)
    window = MainWindow(services, reviewer, idle_minutes=0)
    qtbot.addWidget(window)
    session_menu = window.menuBar().actions()[0].menu()
    assert window.password_action in session_menu.actions()
    assert window.password_action.text() == "修改密码(&P)…"
    assert window.password_action.shortcut().toString() == "Ctrl+Shift+P"
    window.password_action.trigger()
    dialog = window.password_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.current, TEST_PASSWORD)
    qtbot.keyClicks(dialog.new, "my-new-secret")
    qtbot.keyClicks(dialog.repeat, "my-new-secreT")
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "两次输入的密码不一致。"
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat, "t")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    with pytest.raises(InvalidCredentials):
        services.auth.login("rev", TEST_PASSWORD)
    assert services.auth.login("rev", "my-new-secret").user_id == reviewer.user_id


def test_a_wrong_current_password_is_said_in_the_dialog(qtbot: QtBot, services: Services) -> None:
    reviewer = add_user(services.db, "rev", Role.REVIEWER)
    dialog = ChangePasswordDialog(services, "rev", actor=reviewer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "not-my-password")
    qtbot.keyClicks(dialog.new, "my-new-secret")
    qtbot.keyClicks(dialog.repeat, "my-new-secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Wrong user name or password"
    assert services.auth.login("rev", TEST_PASSWORD).user_id == reviewer.user_id


def test_an_expired_password_is_replaced_before_the_session_starts(
    qtbot: QtBot, services: Services, admin: Actor, chinese: None
) -> None:
    add_user(services.db, "rev", Role.REVIEWER)
    services.settings.update(admin, "security.password_expiry_days", 90)
    old = utcnow() - timedelta(days=91)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            update(User).where(User.username == "rev").values(password_changed_at=old)
        ),
    )
    login = _log_in_and_renew(qtbot, services, "rev", TEST_PASSWORD, "fresh-secret-1", "已过期")
    assert login.actor is not None and login.actor.username == "rev"
    assert services.auth.login("rev", "fresh-secret-1").username == "rev"


def _log_in_and_renew(
    qtbot: QtBot, services: Services, name: str, typed: str, new: str, reason: str
) -> LoginDialog:
    """Log in through the real window with a password that must be replaced: the change
    dialog says `reason`, does not ask again for what was just typed, and `new` logs in."""
    login = LoginDialog(services, "test")
    qtbot.addWidget(login)
    login.show()
    login.username.setText(name)
    qtbot.keyClicks(login.password, typed)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor is None and login.isVisible()
    renew = login.renew_dialog
    assert renew.isVisible() and reason in renew.intro.text()
    assert not renew.current.isVisible()  # just typed: not asked again
    qtbot.keyClicks(renew.new, new)
    qtbot.keyClicks(renew.repeat, new)
    qtbot.mouseClick(renew.ok_button, Qt.MouseButton.LeftButton)
    assert login.result() == LoginDialog.DialogCode.Accepted
    return login


def _users_page(window: MainWindow) -> tuple[object, QTableView]:
    page = window.tab_widgets["settings"].pages.widget(0)
    return page, page.findChild(QTableView, "usersTable")


def _select(table: QTableView, username: str) -> int:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == username)
    table.selectRow(row)
    return row


def test_the_admin_changes_a_role_resets_a_password_and_deactivates(
    qtbot: QtBot, services: Services, admin: Actor, chinese: None
) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    page, table = _users_page(window)
    model = table.model()
    row = _select(table, "clerk")
    # Role
    qtbot.mouseClick(page.findChild(QPushButton, "changeRole"), Qt.MouseButton.LeftButton)
    choice = page.role_dialog.findChild(QComboBox, "role")
    assert choice.currentText() == "审单员"
    choice.setCurrentIndex(choice.findData(Role.WAREHOUSE.value))
    _press_ok(qtbot, page.role_dialog)
    assert model.index(row, 2).data() == "仓库"
    assert services.auth.login("clerk", TEST_PASSWORD).role == Role.WAREHOUSE
    # Reset
    row = _select(table, "clerk")
    qtbot.mouseClick(page.findChild(QPushButton, "resetPassword"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.reset_dialog.findChild(QLineEdit, "newPassword"), "reset-by-admin")
    _press_ok(qtbot, page.reset_dialog)
    toast = window.findChild(Toast, "feedbackToast")  # the window is not shown in this test
    assert toast.text() == "已重置 clerk 的密码：其下次登录时须设置自己的密码"
    with pytest.raises(PasswordReset):  # the clerk chooses their own at the next login
        services.auth.login("clerk", "reset-by-admin")
    # Deactivate (asked once), then reactivate
    row = _select(table, "clerk")
    said = _answer_next_message_box(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.findChild(QPushButton, "toggleActive"), Qt.MouseButton.LeftButton)
    assert said and "clerk" in said[0]
    assert model.index(row, 3).data() == "否"
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", "reset-by-admin")
    row = _select(table, "clerk")
    qtbot.mouseClick(page.findChild(QPushButton, "toggleActive"), Qt.MouseButton.LeftButton)
    assert model.index(row, 3).data() == "是"
    with pytest.raises(PasswordReset):
        services.auth.login("clerk", "reset-by-admin")


def test_a_password_an_admin_reset_is_replaced_at_the_next_login(
    qtbot: QtBot, services: Services, admin: Actor, chinese: None
) -> None:
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    services.users.reset_password(admin, clerk.user_id, "reset-by-admin")
    login = _log_in_and_renew(
        qtbot, services, "clerk", "reset-by-admin", "clerks-own-secret", "管理员已重置您的密码"
    )
    assert login.actor is not None and login.actor.username == "clerk"
    # Their own now: no further change asked, and the admin's password is gone.
    assert services.auth.login("clerk", "clerks-own-secret").user_id == clerk.user_id
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", "reset-by-admin")


@pytest.fixture
def other_pc(services: Services) -> Iterator[Services]:
    db = open_database(services.db.url.render_as_string(hide_password=False))
    yield Services.for_database(db)
    db.dispose()


def test_a_demoted_supervisor_is_refused_and_logged_out_at_the_next_save(
    qtbot: QtBot, services: Services, other_pc: Services, admin: Actor, chinese: None
) -> None:
    add_user(services.db, "super", Role.SUPERVISOR)
    supervisor = other_pc.auth.login("super", TEST_PASSWORD)
    window = MainWindow(other_pc, supervisor, idle_minutes=0)  # the supervisor's PC
    qtbot.addWidget(window)
    window.show()
    shared = window.tab_widgets["settings"].shared
    # The admin, at another desk, demotes the supervisor.
    services.users.update_user(admin, supervisor.user_id, role=Role.REVIEWER)
    spin = shared.findChild(QSpinBox, "setting_security.lockout_threshold")
    spin.setValue(7)
    said = _answer_next_message_box(qtbot, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(shared.save_button, Qt.MouseButton.LeftButton)
    assert said and "super" in said[0] and "重新登录" in said[0]
    assert window.logged_out
    policy = services.settings.security_policy()
    assert policy.lockout_threshold == 5  # refused: nothing written
