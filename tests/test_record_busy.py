"""A lock held by another workstation (issue 21's acceptance): the action waits at most the
lock timeout (app/db.py), then the user is told which order is busy, and nothing changed. On
the Orders tab the window keeps painting while Approve waits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, create_engine, text

from app.db import LOCK_TIMEOUT_MS, open_database
from app.errors import RecordBusy
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from tests.conftest import _empty_mysql, add_user
from tests.orders_helpers import catalogue, make_order
from ui.action_runner import runner
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.slow


@pytest.fixture(params=["postgresql", "mysql"])
def server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A freshly migrated database on the PostgreSQL or the MariaDB server."""
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = server.create(template=request.getfixturevalue("pg_template"))
        yield server.url(name)
        server.drop(name)
    else:
        server = request.getfixturevalue("mysql_server")
        url = server.url(request.getfixturevalue("mysql_shared"))
        _empty_mysql(url)
        yield url


@pytest.fixture
def server(server_url: str) -> Iterator[Services]:
    services = Services.for_database(open_database(server_url))
    yield services
    services.db.dispose()


class RowLock:
    """Another workstation: its own connection holds SELECT ... FOR UPDATE on an order."""

    def __init__(self, url: str, order_id: int) -> None:
        self.engine = create_engine(url)
        self.conn: Connection = self.engine.connect()
        self.conn.begin()
        self.conn.execute(text("SELECT id FROM orders WHERE id = :i FOR UPDATE"), {"i": order_id})

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()
        self.engine.dispose()


def _status(services: Services, actor: Actor, order_id: int) -> OrderStatus:
    return services.order_queries.detail(actor, order_id).row.status


def test_a_locked_order_is_refused_as_busy_after_the_lock_timeout(
    server: Services, server_url: str
) -> None:
    catalogue(server)
    reviewer = add_user(server.db, "reviewer", Role.REVIEWER)
    order = make_order(server, reviewer)
    lock = RowLock(server_url, order.id)
    try:
        started = time.monotonic()
        with pytest.raises(RecordBusy) as caught:
            server.orders.approve(reviewer, order.id)
        waited = time.monotonic() - started
    finally:
        lock.release()
    assert LOCK_TIMEOUT_MS / 1000 * 0.9 <= waited < LOCK_TIMEOUT_MS / 1000 + 5
    assert caught.value.params["order_no"] == order.order_no
    assert str(caught.value) == (
        f"Order {order.order_no} is being changed on another workstation; try again"
    )
    assert _status(server, reviewer, order.id) == OrderStatus.PENDING_REVIEW
    # Once the other workstation lets go, the same action goes through.
    assert server.orders.approve(reviewer, order.id).status == OrderStatus.APPROVED


@pytest.fixture
def chinese() -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


@pytest.mark.parametrize("server_url", ["postgresql"], indirect=True)
def test_approve_on_a_locked_order_keeps_the_window_responsive_then_says_busy(
    qtbot: QtBot, server: Services, server_url: str, chinese: None
) -> None:
    catalogue(server)
    reviewer = add_user(server.db, "reviewer", Role.REVIEWER)
    order = make_order(server, reviewer)
    window = MainWindow(server, reviewer, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    button = tab.findChild(QToolBar, "ordersToolbar").widgetForAction(tab.act_approve)
    assert button is not None and button.isEnabled()

    # The message box is modal: read it and press its OK from inside its own event loop.
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.append(box.text())
            ok = box.button(QMessageBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    watcher = QTimer()
    watcher.timeout.connect(answer)
    watcher.start(50)
    ticks: list[float] = []  # the GUI thread's timer, while Approve waits for the lock
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if runner().busy else None)
    timer.start(20)

    lock = RowLock(server_url, order.id)
    try:
        started = time.monotonic()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert time.monotonic() - started < 0.5, "the click returned at once"
        assert runner().busy and not tab.act_approve.isEnabled()
        qtbot.waitUntil(lambda: bool(shown), timeout=LOCK_TIMEOUT_MS + 15_000)
    finally:
        lock.release()
        timer.stop()
        watcher.stop()

    # The event loop ran through the whole wait: no gap longer than a few frames.
    assert len(ticks) >= 20, ticks
    gaps = [b - a for a, b in pairwise(ticks)]
    assert max(gaps) < 0.5, f"the window froze for {max(gaps):.2f} s"
    assert ticks[-1] - ticks[0] >= LOCK_TIMEOUT_MS / 1000 * 0.8
    assert shown == [f"订单 {order.order_no} 正在另一台工作站上修改，请稍后再试"]
    assert _status(server, reviewer, order.id) == OrderStatus.PENDING_REVIEW
    assert tab.act_approve.isEnabled()
