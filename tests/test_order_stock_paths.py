"""Stock held for an order moves only with the order's own transitions (issue 21): the
Inventory tab's release of a confirmed order is the order's release_stock move (back to
已审核), and shipping takes the goods out once, whichever way it is asked. On every backend
the two sequences that oversold or double-shipped end with check-db clean."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.errors import ConflictError, InsufficientStock, PermissionDenied
from app.integrity import check_database
from app.orders import DraftLine
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus, allowed_actions
from app.stock import StockLine
from app.uow import read
from models import AuditLog, Order
from tests.orders_helpers import DRAFT, catalogue, level
from ui.tabs.inventory_dialogs import ReserveDialog
from ui.tabs.inventory_tab import InventoryTab


def _status(services: Services, order_id: int) -> tuple[OrderStatus, int | None]:
    return read(
        services.db,
        lambda uow: tuple(
            uow.session.execute(
                select(Order.status, Order.warehouse_id).where(Order.id == order_id)
            ).one()
        ),
    )  # type: ignore[return-value]


def _order(services: Services, actor: Actor, qty: int) -> tuple[int, str]:
    draft = replace(
        DRAFT, lines=(DraftLine("SKU-T", qty),), paid_amount=50 * qty + DRAFT.shipping_fee
    )
    order = services.orders.create(actor, draft)
    if order.is_on_hold:  # a second order to the same buyer looks like a duplicate
        services.orders.release(actor, order.id)
    services.orders.approve(actor, order.id)
    return order.id, order.order_no


def test_release_then_confirm_elsewhere_never_oversells(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services, shirt_near=6)  # 6 on hand in SH, 5 in GZ
    supervisor = actors[Role.SUPERVISOR]
    first, first_no = _order(services, supervisor, 6)
    second, _ = _order(services, supervisor, 6)
    services.orders.confirm(supervisor, first)
    assert level(services, cat.shirt, cat.near) == (6, 6)

    # The Inventory tab's release dialog: the order gives its stock back and is 已审核 again.
    services.inventory.release_for_order(supervisor, first_no, cat.near)
    assert _status(services, first) == (OrderStatus.APPROVED, None)
    assert level(services, cat.shirt, cat.near) == (6, 0)
    actions = read(
        services.db,
        lambda uow: uow.session.scalars(
            select(AuditLog.action).where(AuditLog.entity_id.in_([str(first), first_no]))
        ).all(),
    )
    assert "order.release_stock" in actions and "stock.release" in actions

    services.orders.confirm(supervisor, second)  # the freed units go to the other order
    with pytest.raises(InsufficientStock):  # ...and the first cannot claim them again
        services.orders.confirm(supervisor, first)
    assert level(services, cat.shirt, cat.near) == (6, 6)  # 6 confirmed against 6, not 12
    assert check_database(services.db).ok


def test_release_refuses_a_part_another_warehouse_or_a_picked_order(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    supervisor, warehouse = actors[Role.SUPERVISOR], actors[Role.WAREHOUSE]
    order_id, order_no = _order(services, supervisor, 2)
    services.orders.confirm(supervisor, order_id)
    inv = services.inventory
    with pytest.raises(ConflictError):  # a part would leave it confirmed without its stock
        inv.release_for_order(supervisor, order_no, cat.near, [StockLine(cat.shirt, 1)])
    with pytest.raises(ConflictError):
        inv.release_for_order(supervisor, order_no, cat.far)
    with pytest.raises(ConflictError):  # its stock is held; no second reservation by hand
        inv.reserve_for_order(supervisor, order_no, [StockLine(cat.shirt, 1)], cat.near)
    assert "release_stock" in allowed_actions(OrderStatus.CONFIRMED, False, warehouse)
    with pytest.raises(PermissionDenied):  # a reviewer confirms but does not manage stock
        services.orders.release_stock(actors[Role.REVIEWER], order_id)
    services.orders.pick(warehouse, order_id)
    with pytest.raises(ConflictError):  # being picked: the pipeline goes on or cancels
        inv.release_for_order(warehouse, order_no, cat.near)
    assert level(services, cat.shirt, cat.near) == (10, 2)
    assert check_database(services.db).ok


def test_shipping_takes_the_stock_out_once(services: Services, actors: dict[Role, Actor]) -> None:
    cat = catalogue(services)
    supervisor, warehouse = actors[Role.SUPERVISOR], actors[Role.WAREHOUSE]
    order_id, order_no = _order(services, supervisor, 2)
    services.orders.confirm(supervisor, order_id)
    inv = services.inventory
    with pytest.raises(ConflictError):  # not packed: the goods cannot leave yet
        inv.ship_for_order(warehouse, order_no, cat.near)
    services.orders.pick(warehouse, order_id)
    services.orders.pack(warehouse, order_id)
    inv.ship_for_order(warehouse, order_no, cat.near)  # the order's own ship move
    assert _status(services, order_id)[0] == OrderStatus.SHIPPED
    with pytest.raises(ConflictError):  # the sequence that took the stock out twice
        services.orders.ship(warehouse, order_id)
    with pytest.raises(ConflictError):
        inv.ship_for_order(warehouse, order_no, cat.near)
    assert level(services, cat.shirt, cat.near) == (8, 0)
    assert check_database(services.db).ok


def test_stock_set_aside_by_hand_is_released_never_shipped(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    supervisor = actors[Role.SUPERVISOR]
    order_id, order_no = _order(services, supervisor, 1)
    inv = services.inventory
    inv.reserve_for_order(supervisor, order_no, [StockLine(cat.mug, 2)], cat.near)
    with pytest.raises(ConflictError):  # an approved order's goods do not leave by hand
        inv.ship_for_order(supervisor, order_no, cat.near)
    inv.release_for_order(supervisor, order_no, cat.near, [StockLine(cat.mug, 2)])
    assert level(services, cat.mug, cat.near) == (10, 0)
    assert _status(services, order_id)[0] == OrderStatus.APPROVED
    assert check_database(services.db).ok


@pytest.mark.sqlite_only
def test_release_button_of_the_inventory_tab_moves_the_order_back(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    supervisor = actors[Role.SUPERVISOR]
    order_id, order_no = _order(services, supervisor, 2)
    services.orders.confirm(supervisor, order_id)
    tab = InventoryTab(services, supervisor)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    seen: list[str] = []

    def fill_and_release() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ReserveDialog) and dialog.release
            qtbot.keyClicks(dialog.order_no, order_no)
            dialog.warehouse.setCurrentIndex(dialog.warehouse.findData(cat.near))
            box = dialog.findChild(QDialogButtonBox)
            button = box.button(QDialogButtonBox.StandardButton.Ok)
            seen.append(button.text())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved on a worker
            seen.append(dialog.message.text())
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave a modal dialog open: the test would hang

    QTimer.singleShot(0, fill_and_release)
    toolbar_button = tab.findChild(QToolBar).widgetForAction(tab.release_action)
    assert toolbar_button is not None and toolbar_button.isVisible()
    qtbot.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
    assert seen == ["Release", ""]  # no error shown: the dialog accepted
    assert _status(services, order_id) == (OrderStatus.APPROVED, None)
    assert level(services, cat.shirt, cat.near) == (10, 0)
    assert check_database(services.db).ok
