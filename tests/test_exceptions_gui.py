"""The exception center with real widgets at 1366×768 in Chinese: the supervisor opens it from
the status bar, sees the overdue orders by kind, assigns one to the reviewer; the reviewer
marks it handled with Ctrl+Enter; Enter opens the order in the Orders tab."""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.orders import DraftLine
from app.permissions import Actor, Role
from app.services import Services
from models import utcnow
from tests.orders_helpers import catalogue
from tests.test_exceptions import _order
from ui.exception_center import ExceptionCenter
from ui.i18n import install_translators
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


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
    return window


def _center(qtbot: QtBot, window: MainWindow) -> ExceptionCenter:
    window.show_exception_count()
    qtbot.mouseClick(window.exceptions_button, Qt.MouseButton.LeftButton)
    center = window.exception_center
    assert isinstance(center, ExceptionCenter)
    qtbot.waitExposed(center)
    return center


def test_supervisor_assigns_reviewer_handles(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None, tmp_path
) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    first = _order(services, reviewer)
    second = _order(services, reviewer)
    services.orders.approve(reviewer, second.id)
    services.exceptions.scan(boss, now=utcnow() + timedelta(hours=5))

    window = _window(qtbot, services, boss)
    qtbot.waitUntil(lambda: window.exceptions_button.text() == "异常 (2)", timeout=5000)
    center = _center(qtbot, window)
    kinds = [center.kind.itemText(i) for i in range(center.kind.count())]
    assert kinds[0] == "全部类型 (2)"
    assert "待审核超时 (1)" in kinds and "已审核未确认 (1)" in kinds
    assert center.model.rowCount() == 2
    assert center.model.index(0, 1).data() in ("待审核超时", "已审核未确认")
    shot = os.environ.get("KUAIDAN_SHOTS", str(tmp_path))
    center.grab().save(os.path.join(shot, "exception_center_zh.png"))
    window.grab().save(os.path.join(shot, "main_window_exceptions_zh.png"))

    # Filter to "pending review too long" with the keyboard-reachable combo.
    center.kind.setCurrentIndex(center.kind.findData("pending_review"))
    assert center.model.rowCount() == 1
    assert first.order_no in center.model.index(0, 2).data()
    # Assign to the reviewer: choose in the owner box, press Assign.
    center.assignee.setCurrentIndex(center.assignee.findText("user_reviewer"))
    qtbot.mouseClick(center.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: center.model.index(0, 4).data() == "user_reviewer", timeout=5000)
    center.close()

    # The reviewer's badge says one notification; the list tells who assigned what.
    window2 = _window(qtbot, services, reviewer)
    badge = window2.exceptions_button
    qtbot.waitUntil(lambda: badge.text() == "异常 (2) · 通知 (1)", timeout=5000)
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # unread: the notifications first
    notes = window2.notifications_dialog
    qtbot.waitExposed(notes)
    assert (
        notes.items.item(0)
        .text()
        .endswith(f"user_supervisor 指派给你：待审核超时 {first.order_no}")
    )
    notes.grab().save(os.path.join(shot, "notifications_zh.png"))
    assert badge.text() == "异常 (2)"
    notes.close()

    # The reviewer sees it under "assigned to me", writes a note, Ctrl+Enter handles it.
    center2 = _center(qtbot, window2)
    qtbot.mouseClick(center2.mine, Qt.MouseButton.LeftButton)
    assert center2.model.rowCount() == 1
    qtbot.mouseClick(center2.note, Qt.MouseButton.LeftButton)
    center2.note.insert("已联系客户")  # an input method's commit (keyClicks is ASCII only)
    qtbot.keyClick(center2.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: center2.model.rowCount() == 0, timeout=5000)  # open only
    assert services.exceptions.counts(reviewer) == {"unconfirmed": 1}
    center2.state.setCurrentIndex(center2.state.findData("handled"))
    assert center2.model.rowCount() == 1
    assert "已联系客户" in center2.model.index(0, 6).data()

    # Enter on the list opens the order in the Orders tab.
    center2.state.setCurrentIndex(center2.state.findData("open"))
    qtbot.mouseClick(center2.mine, Qt.MouseButton.LeftButton)  # everything again
    assert center2.model.rowCount() == 1
    center2.table.setFocus()
    qtbot.keyClick(center2.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not center2.isVisible(), timeout=5000)
    assert window2.tab_keys[window2.tabs.currentIndex()] == "orders"
    assert window2.tab("orders").search.text() == second.order_no  # type: ignore[attr-defined]
    QApplication.processEvents()


def test_warehouse_creates_the_plans_transfer(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None, tmp_path
) -> None:
    catalogue(services)
    reviewer, keeper = actors[Role.REVIEWER], actors[Role.WAREHOUSE]
    order = _order(services, reviewer, lines=(DraftLine("SKU-T", 12),), paid_amount=Decimal("608"))
    services.orders.approve(reviewer, order.id)
    services.exceptions.scan(keeper)
    window = _window(qtbot, services, keeper)
    center = _center(qtbot, window)
    assert center.model.rowCount() == 1
    assert center.model.index(0, 1).data() == "缺货"
    qtbot.mouseClick(center.plan_button, Qt.MouseButton.LeftButton)
    plan = center.plan_dialog
    qtbot.waitExposed(plan)
    assert "调拨到 SH" in plan.text.text() and "SKU-T × 2 从 GZ" in plan.text.text()
    shot = os.environ.get("KUAIDAN_SHOTS", str(tmp_path))
    plan.grab().save(os.path.join(shot, "stock_plan_zh.png"))
    qtbot.mouseClick(plan.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(plan.created), timeout=5000)
    assert plan.text.text().startswith("已创建调拨单：TR")
