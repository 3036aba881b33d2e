"""The audit log on screen with real widgets at 1366×768 in Chinese: every role logs in,
presses F6 (Session ▸ My actions) and sees today's work in its own words; the supervisor
filters everyone's by user and exports; an order's detail lists its entries."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.audit_queries import ACTIONS, AuditFilter
from app.permissions import Actor, Role
from app.services import Services
from tests.conftest import TEST_PASSWORD
from tests.orders_helpers import catalogue
from tests.test_exceptions import _order
from ui.audit_labels import audit_action_label
from ui.audit_view import AuditLogDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _press_f6(qtbot: QtBot, window: MainWindow) -> AuditLogDialog:
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "audit_dialog", None), AuditLogDialog))
    dialog = window.audit_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: AuditLogDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_every_action_has_a_chinese_name(chinese: None) -> None:
    for action in ACTIONS:
        label = audit_action_label(action)
        assert CJK.search(label) and "." not in label, action
    assert len({audit_action_label(a) for a in ACTIONS}) == len(ACTIONS)  # none alike
    assert audit_action_label("order.reopen").startswith("订单")  # a later action: its area


def test_every_role_opens_my_actions_and_sees_todays_work(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None, tmp_path: Path
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = _order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    shot = os.environ.get("KUAIDAN_SHOTS", str(tmp_path))
    for role in Role:
        # A real login: today's first entry for every role, whatever its tabs.
        actor = services.auth.login(actors[role].username, TEST_PASSWORD)
        window = _window(qtbot, services, actor)
        dialog = _press_f6(qtbot, window)
        everyone = role in (Role.ADMIN, Role.SUPERVISOR)
        assert dialog.windowTitle() == ("操作记录" if everyone else "我的操作记录")
        dialog.period.setCurrentIndex(dialog.period.findText("今天"))
        users = set(_column(dialog, 1))
        actions = _column(dialog, 2)
        assert "登录" in actions, role
        if not everyone:
            assert users == {actor.username}, role
            assert not dialog.user.isEnabled()
        if role is Role.REVIEWER:
            assert actions[:1] == ["登录"]
            assert {"审核通过", "创建订单"} <= set(actions)
            objects = _column(dialog, 3)
            assert f"订单 {order.order_no}" in objects
            # The entry's details: the status before and after.
            dialog.table.selectRow(actions.index("审核通过"))
            details = dialog.details.toPlainText()
            assert "审核通过" in details and "状态\n待审核\n已审核" in details
            dialog.grab().save(os.path.join(shot, "audit_my_actions_zh.png"))
        dialog.close()
        window.close()


def test_supervisor_filters_pages_and_exports(
    qtbot: QtBot,
    services: Services,
    actors: dict[Role, Actor],
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    orders = [_order(services, reviewer) for _ in range(60)]
    services.orders.batch_approve(reviewer, [o.id for o in orders])  # 120 of the reviewer's
    services.orders.hold(boss, orders[0].id, "=cmd|' /C calc'!A0")
    window = _window(qtbot, services, boss)
    dialog = _press_f6(qtbot, window)
    total = len(services.audit.page(boss, AuditFilter(), limit=1000).rows)
    assert total > 150
    assert dialog.table.rowCount() == 100 and dialog.more_button.isEnabled()
    while dialog.more_button.isEnabled():
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == total
    ids = [dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(total)]
    assert len(set(ids)) == total
    # Filter by user, then by action, with the combos.
    dialog.user.setCurrentIndex(dialog.user.findData(boss.user_id))
    assert _column(dialog, 2) == ["挂起订单"]
    dialog.user.setCurrentIndex(dialog.user.findData(reviewer.user_id))
    dialog.action.setCurrentIndex(dialog.action.findData("order.approve"))
    assert dialog.table.rowCount() == 60 and set(_column(dialog, 2)) == {"审核通过"}
    # An order by its number, typed in the object box.
    dialog.action.setCurrentIndex(0)
    dialog.object_type.setCurrentIndex(dialog.object_type.findData("order"))
    qtbot.mouseClick(dialog.object_ref, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.object_ref, orders[5].order_no)
    qtbot.keyClick(dialog.object_ref, Qt.Key.Key_Return)
    assert _column(dialog, 2) == ["审核通过", "创建订单"]
    shot = os.environ.get("KUAIDAN_SHOTS", str(tmp_path))
    dialog.grab().save(os.path.join(shot, "audit_supervisor_zh.png"))
    # Dates: yesterday alone holds nothing; up to today (included) both entries.
    dialog.period.setCurrentIndex(dialog.period.findText("指定日期…"))
    assert dialog.date_from.isVisible() and dialog.date_to.isVisible()
    yesterday = QDate.currentDate().addDays(-1)
    dialog.date_from.setDate(yesterday)
    dialog.date_to.setDate(yesterday)
    assert dialog.table.rowCount() == 0
    dialog.date_to.setDate(QDate.currentDate())
    assert _column(dialog, 2) == ["审核通过", "创建订单"]
    dialog.grab().save(os.path.join(shot, "audit_dates_zh.png"))
    dialog.period.setCurrentIndex(dialog.period.findText("全部时间"))
    assert not dialog.date_from.isVisible()

    # Export everyone's: the hold reason that looks like a formula is text in the file.
    dialog.object_type.setCurrentIndex(0)
    dialog.object_ref.clear()
    dialog.user.setCurrentIndex(0)
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)  # written on a worker
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    assert rows[0][:3] == ["时间", "用户", "操作"]
    held = [r for r in rows if r[2] == "挂起订单" and r[5] == "hold_reason"]
    assert held and held[0][7] == "'=cmd|' /C calc'!A0"
    assert told and told[0].startswith(f"已写入 {len(rows) - 1} 行")


def test_order_detail_shows_its_audit_entries(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None, tmp_path: Path
) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    order = _order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    services.orders.hold(boss, order.id, "客户要求等待")
    window = _window(qtbot, services, boss)
    tab = window.tab("orders")
    tab.select_queue("all")  # type: ignore[attr-defined]
    tab.search.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(tab.search, order.order_no)  # type: ignore[attr-defined]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert tab.model.rowCount() == 1  # type: ignore[attr-defined]
    text = tab.detail.toPlainText()  # type: ignore[attr-defined]
    assert order.order_no in text
    assert "操作记录" in text
    audit = text[text.index("操作记录") :]
    assert audit.index("挂起订单") < audit.index("审核通过") < audit.index("创建订单")
    assert "user_supervisor" in audit and "user_reviewer" in audit
    assert "客户要求等待" in audit
    shot = os.environ.get("KUAIDAN_SHOTS", str(tmp_path))
    window.grab().save(os.path.join(shot, "audit_order_detail_zh.png"))
