"""The customer service tab with real widgets on demo data: lookup → customer screen → new
ticket → reply from a template; scanner input; masking and reveal; queue colours."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.demo import generate_demo
from app.permissions import Actor
from app.service_desk import SlaState, TicketFilter, TicketStatus
from app.services import Services
from app.uow import read
from models import AuditLog, Customer, LabelStatus, Order, Shipment, User
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.service.labels import sla_colour
from ui.service.models import OrdersModel, ShipmentsModel, TicketsModel
from ui.service.ticket_editor import NewTicketDialog
from ui.tabs.service_tab import ServiceTab

pytestmark = pytest.mark.sqlite_only


@dataclass(frozen=True)
class Caller:
    customer_id: int
    name: str
    phone: str
    order_id: int
    order_no: str
    tracking_no: str


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
    """A demo customer with a shipped order whose last 4 digits + surname are unique."""

    def work(uow):  # type: ignore[no-untyped-def]
        s = uow.session
        rows = s.execute(
            select(Customer, Order.id, Order.order_no, Shipment.tracking_no)
            .join(Order, Order.customer_id == Customer.id)
            .join(Shipment, Shipment.order_id == Order.id)
            .where(Shipment.label_status != LabelStatus.VOIDED)
            .order_by(Customer.id, Order.id)
        ).all()
        for customer, order_id, order_no, tracking_no in rows:
            same = s.scalar(
                select(func.count(Customer.id)).where(
                    Customer.phone_last4 == customer.phone_last4,
                    Customer.name.startswith(customer.name[0]),
                )
            )
            if same == 1:
                return Caller(
                    customer.id, customer.name, customer.phone, order_id, order_no, tracking_no
                )
        raise AssertionError("no suitable demo customer")

    return read(services.db, work)


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> ServiceTab:
    tab = ServiceTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1400, 850)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _open_by_enter(qtbot: QtBot, tab: ServiceTab, customer_id: int) -> None:
    """Enter on the matching result opens it, as the agent does with the keyboard."""
    for row in range(tab.results.count()):
        if tab.results.item(row).data(Qt.ItemDataRole.UserRole)[0] == customer_id:
            tab.results.setCurrentRow(row)
            tab.results.setFocus()
            qtbot.keyClick(tab.results, Qt.Key.Key_Return)
            return
    raise AssertionError(f"customer {customer_id} not in the results")


def test_lookup_customer_new_ticket_and_reply_from_template(qtbot: QtBot, demo: Services) -> None:
    services = demo
    agent = _actor(services, "service")
    caller = _caller(services)
    tab = _tab(qtbot, services, agent)

    # The caller gives the last 4 digits of the phone and the surname.
    tab.lookup.insert(f"{caller.phone[-4:]} {caller.name[0]}")  # QTest types ASCII only
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Return)
    assert tab.results.count() >= 1
    if tab.customer.customer_id != caller.customer_id:
        _open_by_enter(qtbot, tab, caller.customer_id)
    view = tab.customer
    assert view.customer_id == caller.customer_id
    assert view.name_label.text() == caller.name
    # Customer service sees the phone masked, and may reveal it (audited).
    assert view.phone_label.text() == f"{caller.phone[:3]}****{caller.phone[-4:]}"
    assert view.reveal_button.isVisible()
    assert view.orders.rowCount() >= 1 and view.shipments.rowCount() >= 1
    assert "****" in view.orders.data(view.orders.index(0, 8), Qt.ItemDataRole.DisplayRole)
    assert view.new_case_button.isEnabled()  # cases & refunds: the agent may open a case
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert view.phone_label.text() == caller.phone and not view.reveal_button.isVisible()

    def reveals(uow):  # type: ignore[no-untyped-def]
        return uow.session.scalar(
            select(func.count(AuditLog.id)).where(
                AuditLog.action == "customer.reveal_pii",
                AuditLog.entity_id == str(caller.customer_id),
                AuditLog.user_id == agent.user_id,
            )
        )

    assert read(services.db, reveals) == 1

    # New ticket for this customer about the shipped order.
    rows = [o.order_no for o in view.orders.rows]
    view.orders_table.selectRow(rows.index(caller.order_no))
    dialog = tab.new_ticket()
    assert isinstance(dialog, NewTicketDialog) and dialog.isVisible()
    assert dialog.order.currentData() == caller.order_id
    dialog.subject.insert("包裹到哪了")
    dialog.body.insertPlainText("客户来电询问物流")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == NewTicketDialog.DialogCode.Accepted
    editor = tab.editor
    ticket = editor.detail.ticket if editor.detail else None
    assert ticket is not None and ticket.subject == "包裹到哪了"
    assert ticket.order_no == caller.order_no and ticket.status == TicketStatus.NEW
    assert any(t.id == ticket.id for t in view.tickets.rows)  # the customer screen updated
    assert any(r.id == ticket.id for r in tab.queue.rows)  # and the queue

    # Reply from the saved template; the placeholders are filled.
    index = next(
        i for i in range(editor.templates.count()) if "发货查询" in editor.templates.itemText(i)
    )
    editor.templates.activated.emit(index)
    expected = f"{caller.name}您好，您的订单{caller.order_no}已发出，运单号{caller.tracking_no}。"
    assert editor.reply.toPlainText() == expected
    editor.reply.setFocus()
    qtbot.keyClick(editor.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.reply.toPlainText() == ""
    detail = services.service_desk.get_ticket(agent, ticket.id)
    assert [m.body for m in detail.messages] == ["客户来电询问物流", expected]
    assert detail.ticket.status == TicketStatus.OPEN  # the first reply opened it
    assert expected in editor.thread.toPlainText()
    assert editor.status_label.text() == "Open"


def test_a_scanned_tracking_number_opens_the_customer(qtbot: QtBot, demo: Services) -> None:
    agent = _actor(demo, "service")
    caller = _caller(demo)
    tab = _tab(qtbot, demo, agent)
    qtbot.keyClicks(tab.lookup, caller.tracking_no)
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Enter)  # scanners often send keypad Enter
    assert tab.customer.customer_id == caller.customer_id
    assert tab.lookup.selectedText() == caller.tracking_no  # the next scan replaces it
    dialog = tab.new_ticket()
    assert dialog is not None and dialog.order.currentData() == caller.order_id
    dialog.reject()
    tab.lookup.setText("no-such-thing")
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Return)
    assert tab.customer.screen is None and "no-such-thing" in tab.customer.empty.text()


def test_admin_sees_contacts_unmasked_without_reveal(qtbot: QtBot, demo: Services) -> None:
    admin = _actor(demo, "admin")
    caller = _caller(demo)
    tab = _tab(qtbot, demo, admin)
    tab.lookup.setText(caller.phone)
    qtbot.keyClick(tab.lookup, Qt.Key.Key_Return)
    assert tab.customer.customer_id == caller.customer_id
    assert tab.customer.phone_label.text() == caller.phone
    assert not tab.customer.reveal_button.isVisible()


def test_queue_filters_and_sla_colours(qtbot: QtBot, demo: Services) -> None:
    agent = _actor(demo, "service")
    tab = _tab(qtbot, demo, agent)
    tab.pages.setCurrentIndex(1)
    counts = demo.service_desk.counts(agent)
    assert f"({counts.overdue})" in tab.views.item(2).text()
    tab.views.setCurrentRow(2)  # overdue
    assert tab.queue.rowCount() == counts.overdue > 0
    overdue = sla_colour(SlaState.OVERDUE)
    for row in range(tab.queue.rowCount()):
        colour = tab.queue.data(tab.queue.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        assert colour == overdue
    tab.views.setCurrentRow(0)
    states = {r.sla_state(demo.service_desk.clock()) for r in tab.queue.rows}
    assert SlaState.DUE_SOON in states
    for row, ticket in enumerate(tab.queue.rows):
        expected = sla_colour(ticket.sla_state(tab.queue.moment))
        assert tab.queue.data(tab.queue.index(row, 0), Qt.ItemDataRole.BackgroundRole) == expected
    tab.priority_filter.setCurrentIndex(tab.priority_filter.findData("urgent"))
    assert {r.priority.value for r in tab.queue.rows} == {"urgent"}
    expected_total = demo.service_desk.queue(agent, TicketFilter(priority="urgent")).total  # type: ignore[arg-type]
    assert tab.queue.rowCount() == expected_total
    # Selecting a row opens it in the editor.
    tab.queue_table.selectRow(0)
    assert tab.editor.ticket_id == tab.queue.rows[0].id


def test_overdue_count_reaches_the_status_bar(qtbot: QtBot, demo: Services) -> None:
    agent = _actor(demo, "service")
    window = MainWindow(demo, agent, idle_minutes=15)
    qtbot.addWidget(window)
    window.show()
    overdue = demo.service_desk.counts(agent).overdue
    # The Orders tab comes first; the service tab, built once the window is up, reports.
    qtbot.waitUntil(
        lambda: f"Overdue tickets: {overdue}" in window.alerts_label.text().split("  ·  ")
    )


def test_ctrl_f_and_ctrl_n(qtbot: QtBot, demo: Services) -> None:
    agent = _actor(demo, "service")
    tab = _tab(qtbot, demo, agent)
    with qtbot.waitActive(tab):  # shortcuts only reach the active window
        tab.activateWindow()
    tab.pages.setCurrentIndex(1)
    tab.queue_table.setFocus()
    qtbot.keyClick(tab.queue_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.pages.currentIndex() == 0 and QApplication.focusWidget() is tab.lookup
    qtbot.keyClick(tab.lookup, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.findChild(NewTicketDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_table_models_pass_the_model_tester(qtmodeltester, demo: Services) -> None:  # type: ignore[no-untyped-def]
    agent = _actor(demo, "service")
    caller = _caller(demo)
    screen = demo.customers.customer_screen(agent, caller.customer_id)
    orders, shipments = OrdersModel(), ShipmentsModel()
    orders.set_rows(screen.orders.rows)
    shipments.set_rows(screen.shipments)
    tickets = TicketsModel(demo.service_desk.clock)
    tickets.set_rows(demo.service_desk.queue(agent).rows)
    for model in (orders, shipments, tickets):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_chinese_tab_translates(qtbot: QtBot, demo: Services, qapp) -> None:  # type: ignore[no-untyped-def]
    assert install_translators("zh_CN")
    try:
        tab = _tab(qtbot, demo, _actor(demo, "service"))
        assert tab.pages.tabText(0) == "客户"
        assert tab.new_ticket_button.text().startswith("新建工单")
        assert "工单" in tab.pages.tabText(1)
        assert "(" in tab.views.item(0).text() and "未结" in tab.views.item(0).text()
    finally:
        install_translators("en")
