"""Other workstations' changes appear by themselves (issue 21, item 5): the change feed reads
the audit log since its last look, and the main window's watcher hands the `Changes` record to
the tabs, which refresh only those rows. Two workstations here are two `Database` objects
(their own engines and connections) on one database."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.audit import seal_pending
from app.change_feed import ChangeFeed
from app.db import open_database
from app.orders import move_in
from app.permissions import Actor
from app.services import Services
from app.shipments import LabelStatus
from app.states import OrderAction, OrderStatus
from app.uow import Changes, transaction
from tests.logistics_world import D, build_world
from tests.logistics_world import make_order as make_parcel_order
from tests.orders_helpers import catalogue, make_order
from ui.main_window import MainWindow
from ui.orders.table_model import Column
from ui.tabs.inventory_tab import InventoryTab
from ui.tabs.logistics_tab import LogisticsTab, ShipmentsModel
from ui.tabs.orders_tab import ALL, OrdersTab

RESERVED_COLUMN = 6  # the stock table's 已预留 column


@pytest.fixture
def other(db_url: str) -> Iterator[Services]:
    """A second workstation on the same database."""
    services = Services.for_database(open_database(db_url))
    yield services
    services.db.dispose()


def _next_changes(feed: ChangeFeed) -> Changes:
    """The next non-empty poll (a NOTIFY reaches the listener a few ms after the commit)."""
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        changes = feed.poll()
        if changes:
            return changes
        time.sleep(0.02)
    return Changes()


def test_the_feed_reports_what_others_committed(
    services: Services, other: Services, admin: Actor
) -> None:
    catalogue(services)
    feed = ChangeFeed(services.db)
    try:
        assert not feed.poll()  # the first look marks the present
        order = make_order(other, admin)
        other.orders.approve(admin, order.id)
        changes = _next_changes(feed)
        assert order.id in changes.int_ids("order")
        assert not feed.poll(), "nothing new: nothing reported twice"
        transaction(other.db, admin, lambda uow: move_in(
            uow, order.id, OrderAction.RETURN_FOR_CORRECTION, note="地址写错"))  # fmt: skip
        assert _next_changes(feed).int_ids("order") == {order.id}
        if services.db.dialect == "postgresql":
            assert feed.listening, "PostgreSQL: the feed waits for NOTIFY, not a query"
    finally:
        feed.close()


def test_an_entry_waiting_for_its_seal_is_reported_once(
    services: Services, other: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a server an entry is committed first and sealed just after (or by the next commit
    anywhere): the feed reports it unsealed, and not again once it is sealed."""
    if services.db.dialect == "sqlite":
        pytest.skip("SQLite seals entries as it writes them")
    catalogue(services)
    first = make_order(other, admin)
    second = make_order(other, admin, recipient_phone="13900001111", address="人民路 9 号 1 室")
    feed = ChangeFeed(services.db)
    try:
        feed.start()
        monkeypatch.setattr("app.uow.seal_after_commit", lambda _session: None)  # sealer missed
        other.orders.approve(admin, first.id)
        assert _next_changes(feed).int_ids("order") == {first.id}
        monkeypatch.undo()
        with other.db.session(write=True) as session, session.begin():
            assert seal_pending(session, wait=True)
        other.orders.approve(admin, second.id)
        # The first approval's entry now comes with a seq, after the one the feed last saw.
        assert _next_changes(feed).int_ids("order") == {second.id}
    finally:
        feed.close()


def _wait(qtbot: QtBot, condition: Callable[[], bool], since: float) -> float:
    """Wait (at most 2 s, the issue's bound) and return how long after `since` it held."""
    qtbot.waitUntil(condition, timeout=2000)
    return time.monotonic() - since


def test_an_approval_on_one_workstation_shows_on_the_other(
    qtbot: QtBot, services: Services, other: Services, admin: Actor, record_property: Callable
) -> None:
    ids = catalogue(services)
    order = make_order(other, admin)
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    orders = window.tab_widgets["orders"]
    stock = window.tab_widgets["inventory"]
    assert isinstance(orders, OrdersTab) and isinstance(stock, InventoryTab)
    orders.select_queue(ALL)
    qtbot.waitUntil(lambda: orders.model.row_of(order.id) is not None)
    row = orders.model.row_of(order.id)
    assert row is not None
    status_cell = orders.model.index(row, Column.STATUS)

    def status_shown() -> str:
        return str(orders.model.data(status_cell, Qt.ItemDataRole.DisplayRole))

    pending = status_shown()
    assert pending  # loaded (and cached) as 待审核
    stock_row = next(
        r for r in range(stock.model.rowCount())
        if (found := stock.model.row_at(r)) is not None
        and found.product_id == ids.shirt and found.warehouse_id == ids.near
    )  # fmt: skip
    reserved_cell = stock.model.index(stock_row, RESERVED_COLUMN)

    def reserved_shown() -> str:
        return str(stock.model.data(reserved_cell, Qt.ItemDataRole.DisplayRole))

    assert reserved_shown() == "0"
    qtbot.wait(300)  # the watcher has marked the present

    # Workstation A approves: B's orders table shows it, without a reload of the list.
    started = time.monotonic()
    other.orders.approve(admin, order.id)
    approved = _wait(qtbot, lambda: status_shown() != pending, started)
    detail = services.order_queries.detail(admin, order.id).row
    assert detail.status == OrderStatus.APPROVED
    assert orders.model.row_of(order.id) == row

    # Workstation A confirms (reserving 2 shirts in the near warehouse): B's stock tab shows it.
    window.tabs.setCurrentIndex(window.tab_keys.index("inventory"))
    qtbot.wait(300)  # the approval's refresh is over; the stock row is cached again as 0
    assert reserved_shown() == "0"
    started = time.monotonic()
    other.orders.confirm(admin, order.id)
    reserved = _wait(qtbot, lambda: reserved_shown() == "2", started)
    record_property("approved_shown_s", round(approved, 3))
    record_property("reserved_shown_s", round(reserved, 3))
    print(f"\n{services.db.dialect}: approval shown after {approved:.3f} s, "
          f"reservation after {reserved:.3f} s")  # fmt: skip
    window.close()


def test_a_parcel_changed_on_one_workstation_changes_on_the_other(
    qtbot: QtBot, services: Services, other: Services, admin: Actor
) -> None:
    world = build_world(services, admin)
    make_parcel_order(
        services.db, "KD-1", warehouse_id=world.warehouse_id, recipient="欧阳娜娜",
        phone="13912345678", lines=[(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
    )  # fmt: skip
    parcel = services.shipments.create_shipment(admin, "KD-1", world.zto, tracking_no="ZT0001")
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("logistics"))
    tab = window.tab_widgets["logistics"]
    assert isinstance(tab, LogisticsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    label_cell = tab.model.index(0, ShipmentsModel.COLUMNS.index("label"))
    printed = label_cell.data()
    qtbot.wait(300)  # the watcher has marked the present

    started = time.monotonic()
    other.shipments.void_label(admin, parcel.id, "贴错了")
    voided = _wait(qtbot, lambda: label_cell.data() != printed, started)
    assert tab.model.row_at(0) is not None
    assert tab.model.row_at(0).label_status is LabelStatus.VOIDED  # type: ignore[union-attr]
    print(f"\n{services.db.dialect}: parcel shown voided after {voided:.3f} s")
    window.close()


def test_an_order_approved_elsewhere_enters_the_approved_queue(
    qtbot: QtBot, services: Services, other: Services, admin: Actor
) -> None:
    catalogue(services)
    shown = make_order(other, admin)
    other.orders.approve(admin, shown.id)
    order = make_order(other, admin, recipient_phone="13900001111", address="人民路 9 号 1 室")
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.APPROVED.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    qtbot.wait(300)  # the watcher has marked the present

    started = time.monotonic()
    other.orders.approve(admin, order.id)
    entered = _wait(qtbot, lambda: tab.model.row_of(order.id) is not None, started)
    assert tab.model.rowCount() == 2, "inserted, not reloaded twice"
    assert tab.model.id_at(tab.table.currentIndex().row()) == shown.id  # the selection stayed
    print(f"\n{services.db.dialect}: approved order entered the queue after {entered:.3f} s")
    window.close()
