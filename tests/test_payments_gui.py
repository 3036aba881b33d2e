"""Payments on the Orders tab with real widgets, in Chinese at 1366×768 (issue 18): a phone
order keyed in as cash on delivery goes to review unpaid; a bank-transfer order keyed in
unpaid moves on when the clerk records the payment (in two parts) from the order's detail."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from app.uow import read
from models import Order, Payment
from tests.conftest import add_user
from tests.orders_helpers import catalogue
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.orders.dialogs import OrderDialog
from ui.orders.payments import RecordPaymentDialog
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only
SHOTS = Path(os.environ.get("KUAIDAN_SHOTS", "")) if os.environ.get("KUAIDAN_SHOTS") else None


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _shot(widget: object, name: str) -> None:
    if SHOTS is not None:
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def _key_in(qtbot: QtBot, dialog: OrderDialog, method_key: Qt.Key, paid: str) -> None:
    for key, text in (
        ("recipient_name", "王芳"), ("recipient_phone", "13812345678"), ("province", "浙江省"),
        ("city", "杭州市"), ("address", "西湖区文三路 90 号"), ("shipping_fee", "8.00"),
    ):  # fmt: skip
        dialog.fields[key].clear()
        if text.isascii():
            qtbot.keyClicks(dialog.fields[key], text)
        else:  # QTest types ASCII only; an input method delivers Chinese as one commit
            dialog.fields[key].insert(text)
    dialog.fields["paid_amount"].clear()
    qtbot.keyClicks(dialog.fields["paid_amount"], paid)
    dialog.lines.item(0, 0).setText("SKU-T")
    dialog.lines.item(0, 1).setText("3")  # 3 × 50.00 + 8.00 = 158.00
    dialog.payment_method.setFocus()
    qtbot.keyClick(dialog.payment_method, method_key)  # Home: bank transfer, End: COD


def test_cod_and_bank_transfer_orders_from_keying_in_to_review(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    catalogue(services)
    clerk: Actor = add_user(services.db, "clerk", Role.REVIEWER)
    # A phone order keyed in as cash on delivery waits for review, unpaid.
    dialog = OrderDialog(services, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    _key_in(qtbot, dialog, Qt.Key.Key_End, "0.00")
    assert dialog.payment_method.currentText() == "货到付款"
    _shot(dialog, "new_order_cod.png")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.result_ref is not None and dialog.result_ref.status == OrderStatus.PENDING_REVIEW
    cod = read(services.db, lambda uow: uow.session.get(Order, dialog.result_ref.id))
    assert cod.is_cod and cod.paid_amount == 0
    # A bank-transfer order keyed in unpaid waits for its payment.
    second = OrderDialog(services, clerk)
    qtbot.addWidget(second)
    second.show()
    _key_in(qtbot, second, Qt.Key.Key_Home, "0.00")
    assert second.payment_method.currentText() == "银行转账"
    qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    unpaid = second.result_ref
    assert unpaid is not None and unpaid.status == OrderStatus.PENDING_PAYMENT

    window = MainWindow(services, clerk, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.PENDING_PAYMENT.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "待付：158.00 CNY" in tab.detail.toPlainText())
    assert tab.pay_button.isVisible() and tab.pay_button.isEnabled()
    assert not tab.complete_button.isVisible()  # a clerk does not complete orders

    errors: list[str] = []

    def pay(amount: str, reference: str, shot: str = "") -> None:
        def fill() -> None:
            d = tab.payment_dialog
            try:
                enter(d)
            finally:
                if d.isVisible():  # a failed check must not leave the modal dialog open
                    errors.append(d.message.text())
                    d.reject()

        def enter(d: RecordPaymentDialog) -> None:
            assert isinstance(d, RecordPaymentDialog)
            assert d.amount.text() == d.money.due.to_eng_string()
            d.amount.clear()
            qtbot.keyClicks(d.amount, amount)
            qtbot.keyClicks(d.reference, reference)
            if shot:
                _shot(d, shot)
            qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save),
                             Qt.MouseButton.LeftButton)  # fmt: skip

        QTimer.singleShot(50, fill)
        qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
        assert errors == []

    pay("100.00", "BANK-8812", "record_payment.png")  # the first part of the transfer
    assert read(services.db, lambda uow: uow.session.get(Order, unpaid.id).status) == (
        OrderStatus.PENDING_PAYMENT)  # fmt: skip
    tab.select_queue(OrderStatus.PENDING_PAYMENT.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "待付：58.00 CNY" in tab.detail.toPlainText())
    text = tab.detail.toPlainText()
    assert "待付：58.00 CNY" in text and "银行转账 · 100.00 · 已到账 · BANK-8812" in text
    _shot(window, "orders_partial_payment.png")
    pay("58.00", "BANK-8813")
    assert "已付清，等待审核" in tab.status.text()  # and still held as a suspected duplicate
    order = read(services.db, lambda uow: uow.session.get(Order, unpaid.id))
    assert (order.status, order.paid_amount) == (OrderStatus.PENDING_REVIEW, 158)
    refs = read(services.db, lambda uow: uow.session.scalars(
        select(Payment.external_ref).where(Payment.order_id == unpaid.id)).all())  # fmt: skip
    assert sorted(refs) == ["BANK-8812", "BANK-8813"]
    window.close()


def test_the_window_sweeps_in_the_background(qtbot: QtBot, services: Services) -> None:
    catalogue(services)
    clerk: Actor = add_user(services.db, "clerk", Role.REVIEWER)
    window = MainWindow(services, clerk, idle_minutes=0)
    qtbot.addWidget(window)
    assert window.sweep_timer.isActive() and window.first_sweep.isActive()
    worker = window.sweep_orders()
    assert worker is not None
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000) as done:
        pass
    assert done.args[0].cancelled == () and done.args[0].completed == ()
    window.close()


def test_cod_remittance_import_and_report_on_the_logistics_tab(
    qtbot: QtBot, services: Services, chinese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    from tests.fulfilment_helpers import shop
    from tests.test_payments import _cod_to_packed, _parcel
    from ui.tabs.cod_dialogs import CodReportDialog, RemittanceResultDialog

    admin = add_user(services.db, "boss", Role.ADMIN)
    shop(services, admin)
    ids = [_cod_to_packed(services, admin, f"1390000000{n}") for n in (1, 2)]
    services.fulfilment.ship(admin, ids)
    parcels = [_parcel(services, i) for i in ids]
    from datetime import timedelta

    from models import utcnow

    for p in parcels:
        services.tracking.add_event(admin, p.id, utcnow() - timedelta(hours=1), "已签收")
    csv = tmp_path / "回款.csv"
    csv.write_text(
        "运单号,代收货款,回款日期\n"
        f"{parcels[0].tracking_no},128.00,2026-12-01\n"
        f"{parcels[1].tracking_no},120.00,2026-12-01\n"
        "SF999,99999999999999999.99,2026-12-01\n",
        encoding="utf-8",
    )
    supervisor = add_user(services.db, "lead", Role.SUPERVISOR)
    window = MainWindow(services, supervisor, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab("logistics")
    window.tabs.setCurrentIndex(window.tab_keys.index("logistics"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    button = tab.action_buttons["remittance"]
    assert button.isVisible() and button.isEnabled() and button.text() == "导入代收货款回款(&M)…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(d, RemittanceResultDialog) for d in tab.open_dialogs),
                    timeout=20_000)  # fmt: skip
    dialog = next(d for d in tab.open_dialogs if isinstance(d, RemittanceResultDialog))
    assert (
        dialog.summary.text()
        == "共 3 行：结算 2 个包裹，0 个此前已结算，1 行未能使用，1 个金额不符。"
    )
    assert (
        dialog.problems.model().rowCount() == 1
        and dialog.problems.model().index(0, 0).data() == "4"
    )
    assert (
        dialog.differences.model().rowCount() == 1
        and dialog.differences.model().index(0, 5).data() == "-8.00"
    )
    assert dialog.differences.model().headerData(3, Qt.Orientation.Horizontal) == "代收"
    _shot(dialog, "remittance_result.png")
    dialog.reject()
    qtbot.mouseClick(tab.action_buttons["cod_report"], Qt.MouseButton.LeftButton)
    report = next(d for d in tab.open_dialogs if isinstance(d, CodReportDialog))
    assert (
        report.table.model().rowCount() == 1 and report.table.model().index(0, 5).data() == "-8.00"
    )
    _shot(report, "cod_report.png")
    _shot(window, "logistics_tab.png")
    report.reject()
    window.close()


def test_a_reviewer_is_warned_when_the_order_changed_under_their_eyes(
    qtbot: QtBot, services: Services, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from tests.orders_helpers import DRAFT

    catalogue(services)
    a = add_user(services.db, "li", Role.REVIEWER)
    b = add_user(services.db, "wang", Role.REVIEWER)
    ref = services.orders.create(a, DRAFT)
    tab = OrdersTab(services, a)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.activateWindow()  # the single-key shortcuts go to the active window's table
    qtbot.waitUntil(tab.isActiveWindow)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: ref.order_no in tab.detail.toPlainText())
    # Reviewer B corrects the address while A is looking at the old one.
    services.orders.edit(b, ref.id, ref.version, replace(DRAFT, address="川沙路 1699 号 3 栋"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A)  # approve what A saw (off the GUI thread)
    qtbot.waitUntil(lambda: bool(warnings))
    assert len(warnings) == 1 and "在您打开后已被 wang" in warnings[0]
    assert read(services.db, lambda uow: uow.session.get(Order, ref.id).status) == (
        OrderStatus.PENDING_REVIEW)  # fmt: skip
    qtbot.waitUntil(lambda: "1699" in tab.detail.toPlainText())  # the detail reloaded
    qtbot.keyClick(tab.table, Qt.Key.Key_A)  # now A has seen the new address
    qtbot.waitUntil(lambda: read(services.db, lambda uow: uow.session.get(Order, ref.id).status)
                    == OrderStatus.APPROVED)  # fmt: skip


def test_a_supervisor_completes_a_delivered_order_from_its_detail(
    qtbot: QtBot, services: Services, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.orders_helpers import DRAFT

    catalogue(services)
    boss = add_user(services.db, "boss", Role.ADMIN)
    lead = add_user(services.db, "lead", Role.SUPERVISOR)
    ref = services.orders.create(boss, DRAFT)
    for step in ("approve", "confirm", "pick", "pack", "ship", "deliver"):
        getattr(services.orders, step)(boss, ref.id)
    window = MainWindow(services, lead, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    tab.select_queue(OrderStatus.DELIVERED.value)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(tab.complete_button.isEnabled)
    assert tab.complete_button.text() == "完成订单" and tab.complete_button.isVisible()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    _shot(window, "orders_delivered_complete.png")
    qtbot.mouseClick(tab.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "仍可申请售后" in asked[0]
    assert read(services.db, lambda uow: uow.session.get(Order, ref.id).status) == (
        OrderStatus.COMPLETED)  # fmt: skip
    window.close()
