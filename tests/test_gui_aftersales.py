"""The after-sales acceptance, as a new user would try it on the demo data: the agent finds the
caller by the last 4 digits and the surname, opens a return for 1 of 2 pieces, the warehouse
receives it as resellable (stock +1), the agent cannot approve the refund they requested, a
supervisor approves it, and the customer screen shows it all. Also: the exchange makes a new
order waiting for review, and the table models pass Qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.aftersales import CaseAction, CaseKind, CaseStatus, Disposition, RefundStatus
from app.demo import generate_demo
from app.errors import PermissionDenied
from app.permissions import Actor, Role, visible_tabs
from app.services import Services
from app.states import OrderStatus
from app.uow import read
from models import Customer, Order, OrderLine, Product, StockLevel, User
from ui.aftersales.case_editor import CaseEditor, ExchangeDialog
from ui.aftersales.models import CaseLinesModel, CasesModel, RefundsModel
from ui.aftersales.receipt_screen import ReceiptScreen
from ui.tabs.inventory_tab import InventoryTab
from ui.tabs.service_tab import ServiceTab

pytestmark = pytest.mark.sqlite_only


@dataclass(frozen=True)
class Caller:
    customer_id: int
    name: str
    phone: str
    order_id: int
    order_no: str
    line_id: int
    product_id: int
    barcode: str
    warehouse_id: int


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services.db, orders=500, customers=120)
    return services


def _actor(services: Services, username: str) -> Actor:
    def work(uow):  # type: ignore[no-untyped-def]
        user = uow.session.scalars(select(User).where(User.username == username)).one()
        return Actor(user.id, user.username, user.role, user.display_name)

    return read(services.db, work)


def _caller(services: Services) -> Caller:
    """A demo customer with a delivered order holding a line of 2 pieces, whose last 4 digits
    and surname find only them."""

    def work(uow):  # type: ignore[no-untyped-def]
        s = uow.session
        rows = s.execute(
            select(Customer, Order, OrderLine, Product.barcode)
            .join(Order, Order.customer_id == Customer.id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(
                Order.status.in_((OrderStatus.DELIVERED, OrderStatus.COMPLETED)),
                OrderLine.qty == 2,
            )
            .order_by(Customer.id, Order.id)
        ).all()
        for customer, order, line, barcode in rows:
            same = s.scalar(
                select(func.count(Customer.id)).where(
                    Customer.phone_last4 == customer.phone_last4,
                    Customer.name.startswith(customer.name[0]),
                )
            )
            if same == 1:
                return Caller(
                    customer.id, customer.name, customer.phone, order.id, order.order_no,
                    line.id, line.product_id, barcode, order.warehouse_id,
                )  # fmt: skip
        raise AssertionError("no suitable demo customer")

    return read(services.db, work)


def _on_hand(services: Services, product_id: int, warehouse_id: int) -> int:
    return read(
        services.db,
        lambda uow: uow.session.scalar(
            select(StockLevel.on_hand).where(
                StockLevel.product_id == product_id, StockLevel.warehouse_id == warehouse_id
            )
        ),
    )


def _service_tab(qtbot: QtBot, services: Services, actor: Actor) -> ServiceTab:
    tab = ServiceTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1400, 850)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _click_ok(qtbot: QtBot, dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _scan(qtbot: QtBot, screen: ReceiptScreen, text: str) -> None:
    screen.scan.insert(text)  # a scanner types the code, then Enter
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def test_acceptance_return_received_refunded_by_a_supervisor(qtbot: QtBot, demo: Services) -> None:
    services = demo
    agent, supervisor = _actor(services, "service"), _actor(services, "supervisor")
    warehouse = _actor(services, "warehouse")
    caller = _caller(services)
    stock_before = _on_hand(services, caller.product_id, caller.warehouse_id)

    # 1. The agent finds the caller by the last 4 digits of the phone and the surname.
    tab = _service_tab(qtbot, services, agent)
    tab.lookup.insert(f"{caller.phone[-4:]} {caller.name[0]}")
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Return)
    view = tab.customer
    assert view.customer_id == caller.customer_id and view.name_label.text() == caller.name

    # 2. A return for 1 of the 2 pieces, from the customer screen.
    view.sections.setCurrentIndex(3)
    qtbot.mouseClick(view.new_case_button, Qt.MouseButton.LeftButton)
    dialog = view.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_kind() == CaseKind.RETURN
    spin = dialog.spin(caller.line_id)
    assert spin is not None and spin.maximum() == 2  # the most a case may claim is shown
    spin.setValue(1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_size"))
    _click_ok(qtbot, dialog)
    editor = view.case_editor
    assert editor is not None and editor.isVisible() and editor.detail is not None
    case = editor.detail.case
    assert (case.kind, case.status, case.units) == (CaseKind.RETURN, CaseStatus.REQUESTED, 1)
    assert view.cases.rowCount() == 1
    qtbot.mouseClick(editor.move_buttons[CaseAction.APPROVE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.move_buttons[CaseAction.AWAIT_RETURN], Qt.MouseButton.LeftButton)
    assert editor.detail.case.status == CaseStatus.AWAITING_RETURN
    assert not editor.move_buttons[CaseAction.RECEIVE].isVisible()  # the warehouse receives
    editor.accept()

    # 3. The warehouse has no Customer service tab: the receipt opens from the Inventory tab.
    assert "service" not in visible_tabs(Role.WAREHOUSE)
    inventory = InventoryTab(services, warehouse)
    qtbot.addWidget(inventory)
    assert inventory.return_receipt_action.isVisible()
    opened: list[str] = []

    def close_receipt() -> None:
        widget = QApplication.activeModalWidget()
        opened.append(type(widget).__name__)
        widget.reject()

    QTimer.singleShot(0, close_receipt)
    inventory.return_receipt_action.trigger()
    assert opened == ["ReceiptScreen"]

    screen = ReceiptScreen(services, warehouse)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()  # F1, F2, F12 go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    assert any(
        screen.expected.item(i).data(Qt.ItemDataRole.UserRole) == case.case_no
        for i in range(screen.expected.count())
    )
    _scan(qtbot, screen, case.case_no)
    assert screen.detail is not None and screen.detail.case.id == case.id
    assert screen.warehouse.currentData() == caller.warehouse_id
    assert "*" in screen.case_label.text()  # the customer's name is masked for the warehouse
    _scan(qtbot, screen, "0000000000000")  # not an item of this case: red, nothing booked
    assert "0000000000000" in screen.banner.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)  # damaged, for the next item only…
    assert screen.damaged_next
    qtbot.keyClick(screen.scan, Qt.Key.Key_F1)  # …no: this one is fine
    assert not screen.damaged_next
    _scan(qtbot, screen, caller.barcode)
    assert screen.detail.case.received_units == 1
    assert _on_hand(services, caller.product_id, caller.warehouse_id) == stock_before + 1
    _scan(qtbot, screen, caller.barcode)  # the second piece was not claimed
    assert screen.detail.case.received_units == 1
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)  # inspection done
    assert services.aftersales.get_case(agent, case.id).case.status == CaseStatus.INSPECTED
    assert services.inventory.ledger_differences(supervisor) == []

    # 4. The agent requests the refund and cannot approve it.
    editor = view.open_case(case.id)
    assert editor is not None
    dialog = editor.request_refund()
    assert dialog is not None
    line = editor.detail.lines[0]
    dialog.fill_full()
    assert dialog.ask().line_amounts == {line.id: line.max_refund}
    dialog.reason.setText("尺码不合适，退货退款")
    _click_ok(qtbot, dialog)
    (refund,) = editor.detail.refunds
    assert refund.status == RefundStatus.REQUESTED and refund.amount == line.max_refund
    editor.select_refund(refund.id)
    assert not editor.approve_button.isEnabled()
    assert "someone else" in editor.approve_button.toolTip()
    with pytest.raises(PermissionDenied):
        services.aftersales.approve_refund(agent, refund.id)
    editor.accept()

    # 5. The supervisor approves it from the queue of refunds waiting for approval.
    boss = _service_tab(qtbot, services, supervisor)
    queue = boss.aftersales
    rows = [r.id for r in queue.refunds.rows]
    assert refund.id in rows
    queue.refunds_table.selectRow(rows.index(refund.id))
    assert queue.approve_button.isEnabled()
    qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    assert refund.id not in [r.id for r in queue.refunds.rows]

    # 6. The customer screen shows it all.
    view.reload()
    (shown_case,) = view.cases.rows
    assert shown_case.status == CaseStatus.REFUNDED and shown_case.refunded == refund.amount
    shown_refund = next(r for r in view.refunds.rows if r.id == refund.id)
    assert shown_refund.status == RefundStatus.APPROVED
    assert shown_refund.decided_by == supervisor.user_id
    assert "(1)" in view.sections.tabText(3)
    assert f"{refund.amount:,.2f}" in view.figures_label.text()  # lifetime: refunded


def test_exchange_from_the_editor_makes_an_order_waiting_for_review(
    qtbot: QtBot, demo: Services
) -> None:
    services = demo
    agent, warehouse = _actor(services, "service"), _actor(services, "warehouse")
    caller = _caller(services)
    af = services.aftersales
    detail = af.create_case(agent, caller.customer_id, CaseKind.EXCHANGE, "wrong_size",
                            [(caller.line_id, 1)])  # fmt: skip
    af.approve_case(agent, detail.case.id)
    af.receive_scan(warehouse, detail.case.id, caller.barcode, Disposition.RESELLABLE,
                    caller.warehouse_id)  # fmt: skip
    af.inspect(warehouse, detail.case.id)
    editor = CaseEditor(services, agent)
    qtbot.addWidget(editor)
    assert editor.load(detail.case.id)
    editor.show()
    button = editor.move_buttons[CaseAction.RESEND]
    assert button.isVisible()

    def accept_exchange() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExchangeDialog)
        assert dialog.replacements() == [(editor.detail.lines[0].sku, 1)]
        dialog.accept()

    QTimer.singleShot(0, accept_exchange)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    case = editor.detail.case
    assert case.status == CaseStatus.RESENT and case.replacement_order_no
    assert case.replacement_order_no in editor.replacement.text()
    order = services.order_queries.detail(agent, case.replacement_order_id)
    assert order.row.status == OrderStatus.PENDING_REVIEW and order.origin == "exchange"
    assert order.row.total == Decimal("0.00")


def test_aftersales_models_pass_the_model_tester(qtmodeltester, demo: Services) -> None:  # type: ignore[no-untyped-def]
    services = demo
    agent = _actor(services, "service")
    caller = _caller(services)
    detail = services.aftersales.create_case(
        agent, caller.customer_id, CaseKind.RETURN, "other", [(caller.line_id, 2)]
    )
    for model, rows in (
        (CasesModel(with_customer=True), [detail.case]),
        (CaseLinesModel(), list(detail.lines)),
        (RefundsModel(), services.aftersales.refund_queue(agent)),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)
