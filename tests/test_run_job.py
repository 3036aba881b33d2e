"""Long jobs go through the one runner (issue 21): a batch started from a tab runs on a worker,
the main window that owns the tab shows it in its status bar (and no other window does), and
a tab on its own runs it the same way, with no synchronous fallback."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from tests.orders_helpers import catalogue, make_order
from ui.action_runner import runner
from ui.main_window import MainWindow
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only


def _statuses(services: Services, actor: Actor, ids: list[int]) -> set[OrderStatus]:
    return {services.order_queries.detail(actor, i).row.status for i in ids}


def test_a_batch_runs_on_a_worker_and_shows_in_its_own_window_only(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], db_url: str
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    ids = [
        make_order(services, reviewer).id,
        make_order(services, reviewer, recipient_phone="13900001111", address="人民路 9 号").id,
    ]
    window = MainWindow(services, reviewer, idle_minutes=0)
    other = MainWindow(services, reviewer, idle_minutes=0)
    for w in (window, other):
        qtbot.addWidget(w)
        w.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectAll()
    assert sorted(tab.selected_ids()) == sorted(ids)

    lock = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=5, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")  # another workstation writes for a moment
    threading.Timer(1.5, lock.rollback).start()
    button = tab.findChild(QToolBar, "ordersToolbar").widgetForAction(tab.act_approve)
    started = time.monotonic()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5, "the click returned while the batch waits"
    assert runner().jobs and window._jobs and not other._jobs
    assert window.job_label.isVisible() and "2" in window.job_label.text()
    assert not other.job_label.isVisible()
    qtbot.waitUntil(lambda: not runner().jobs, timeout=20_000)
    lock.close()
    assert not window._jobs and not window.job_label.isVisible()
    assert _statuses(services, reviewer, ids) == {OrderStatus.APPROVED}


def test_a_tab_on_its_own_runs_its_batch_on_a_worker_too(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    ids = [
        make_order(services, reviewer).id,
        make_order(services, reviewer, recipient_phone="13900001111", address="人民路 9 号").id,
    ]
    tab = OrdersTab(services, reviewer)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectAll()
    button = tab.findChild(QToolBar, "ordersToolbar").widgetForAction(tab.act_approve)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "last_batch", None) is not None, timeout=20_000)
    assert sorted(tab.last_batch.succeeded) == sorted(ids)
    assert _statuses(services, reviewer, ids) == {OrderStatus.APPROVED}
