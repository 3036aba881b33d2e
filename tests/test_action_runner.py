"""Actions off the GUI thread (issue 21): the unit of work's `Changes` record, the UI's
action runner, and Approve in the Orders tab pressed on its real toolbar button while another
connection holds the database: the window keeps painting, then only the changed rows
refresh."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.orders import move_in
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderAction, OrderStatus
from app.uow import Changes, record_changes, transaction_with_changes
from tests.orders_helpers import catalogue, make_order
from ui.action_runner import runner
from ui.main_window import MainWindow
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only


def test_the_unit_of_work_records_what_it_changed(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    with record_changes() as recorder:
        order = make_order(services, reviewer)
        services.orders.approve(reviewer, order.id)
    changes = recorder.changes
    assert order.id in changes.int_ids("order") and changes.touches("order", "customer")
    ref, only = transaction_with_changes(
        services.db, reviewer,
        lambda uow: move_in(uow, order.id, OrderAction.RETURN_FOR_CORRECTION, note="地址写错"),
    )  # fmt: skip
    assert ref.status == OrderStatus.NEEDS_CORRECTION
    assert only.int_ids("order") == {order.id} and not only.touches("customer")
    assert not Changes()


def test_approve_runs_off_the_gui_thread_and_refreshes_the_row(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], db_url: str
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    first = make_order(services, reviewer)
    second = make_order(services, reviewer, recipient_phone="13900001111",
                        address="人民路 9 号 1 室")  # fmt: skip
    window = MainWindow(services, reviewer, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectRow(tab.model.row_of(first.id))
    changed: list[Changes] = []
    runner().changes_applied.connect(changed.append)

    # Another workstation holds the database's write lock for a moment.
    lock = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=5, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")
    threading.Timer(1.5, lock.rollback).start()
    ticks: list[bool] = []  # per tick of the GUI thread's event loop: was the action running?
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(runner().busy))
    timer.start(20)
    button = tab.findChild(QToolBar, "ordersToolbar").widgetForAction(tab.act_approve)
    assert button is not None and button.isEnabled()
    started = time.monotonic()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5, "the click returned before the lock was gone"
    assert runner().busy and not tab.act_approve.isEnabled()  # busy while it waits
    qtbot.waitUntil(lambda: not runner().busy, timeout=20_000)
    timer.stop()
    lock.close()
    assert sum(ticks) >= 3, "the window kept its event loop running during the lock wait"

    assert changed and first.id in changed[-1].int_ids("order")
    row = services.order_queries.detail(reviewer, first.id).row
    assert row.status == OrderStatus.APPROVED
    # It left the 待审核 queue; the other order took its row, without a reload of the list.
    assert tab.model.rowCount() == 1 and tab.model.id_at(0) == second.id
    assert tab.model.id_at(tab.table.currentIndex().row()) == second.id
