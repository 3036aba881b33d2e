"""The Orders tab with real widgets (offscreen), as a reviewer uses it: the lazy table model
under qtmodeltester, the keyboard-only review of the queue, batch approval with failures,
a lost confirm race, manual entry, search and saved views, in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.demo import generate_demo
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from app.uow import read, transaction
from models import Order, OrderFlag
from tests.conftest import add_user
from ui.action_runner import runner
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.orders.dialogs import BatchResultDialog, OrderDialog
from ui.orders.table_model import Column, OrdersTableModel
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services.db, orders=600, customers=80)
    return services


def _window(qtbot: QtBot, services: Services, actor: Actor) -> tuple[MainWindow, OrdersTab]:
    window = MainWindow(services, actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts go to the active window's focus widget
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    return window, tab


def test_table_model_passes_the_model_tester(qtmodeltester, demo: Services) -> None:  # type: ignore[no-untyped-def]
    model = OrdersTableModel(demo, demo.auth.login("admin", "demo1234"))
    model.PAGE_SIZE = 7  # many pages, so paging and the LRU cache are exercised
    model.CACHE_PAGES = 3
    model.query()
    assert model.rowCount() == 600
    qtmodeltester.check(model)
    ids = [model.id_at(r) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first
    assert model.index(599, Column.ORDER_NO).data().startswith("KD")
    assert len(model._pages) <= 3
    model.sort(Column.TOTAL, Qt.SortOrder.AscendingOrder)
    totals = [
        Decimal(model.index(r, Column.TOTAL).data().replace(",", "")) for r in range(0, 600, 50)
    ]
    assert totals == sorted(totals)
    assert model.index(0, 99).data() is None  # out of range: nothing, never an exception
    assert model.ids_in_ranges([(10, 12), (0, 1), (11, 13)]) == [
        model.id_at(r) for r in (0, 1, 10, 11, 12, 13)
    ]


def test_reviewer_clears_the_review_queue_with_the_keyboard(
    qtbot: QtBot, demo: Services, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    reviewer = demo.auth.login("reviewer", "demo1234")
    _window_, tab = _window(qtbot, demo, reviewer)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    waiting = tab.model.rowCount()
    assert waiting > 20
    table = tab.table
    table.setFocus()
    keys = 0
    while tab.model.rowCount() and keys < 4 * waiting:
        row = tab.model.row_data(table.currentIndex().row())
        assert row is not None
        # A held order: the detail pane says why; release it (U), then approve (A).
        qtbot.keyClick(table, Qt.Key.Key_U if row.is_on_hold else Qt.Key.Key_A)
        qtbot.waitUntil(lambda: not runner().busy)  # approve runs off the GUI thread
        keys += 1
    assert warnings == []
    assert tab.model.rowCount() == 0, "the 待审核 queue is empty"
    counts = demo.order_queries.queue_counts(reviewer)
    assert counts.by_status.get(OrderStatus.PENDING_REVIEW, 0) == 0
    assert keys <= 2 * waiting


def test_held_order_says_which_rule_held_it_in_chinese(
    qtbot: QtBot, demo: Services, chinese: None
) -> None:
    from app.orders import DraftLine, OrderDraft

    reviewer = demo.auth.login("reviewer", "demo1234")
    big = demo.orders.create(
        reviewer,
        OrderDraft(
            recipient_name="周杰", recipient_phone="13700001234", province="广东省",
            city="深圳市", address="南山区科技园 8 号", lines=(DraftLine("SKU-00001", 12),),
            paid_amount=Decimal("708.00"), shipping_fee=Decimal(0),
        ),
    )  # fmt: skip
    _window_, tab = _window(qtbot, demo, reviewer)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    tab.rule.setCurrentIndex(tab.rule.findData("quantity_above"))
    assert tab.model.id_at(0) == big.id
    demo.review_rules.save_rule(
        demo.auth.login("supervisor", "demo1234"), "amount_above", params={"threshold": "500"}
    )
    demo.review_rules.evaluate(reviewer, [big.id])
    tab.rule.setCurrentIndex(tab.rule.findData("amount_above"))
    assert big.id in {tab.model.id_at(r) for r in range(tab.model.rowCount())}
    tab.table.selectRow(tab.model.row_of(big.id))
    text = tab.detail.toPlainText()
    assert "金额超过阈值" in text and "订单金额 708.00 超过审核阈值 500.00" in text
    assert "被审单规则挂起" in text
    assert "已挂起" in tab.model.index(tab.model.row_of(big.id), Column.STATUS).data()


def _thousand_waiting(services: Services) -> list[int]:
    """1,000 orders waiting for review (the demo's unreserved orders, reset)."""

    def work(uow):  # type: ignore[no-untyped-def]
        ids = uow.session.scalars(
            select(Order.id)
            .where(Order.status.not_in(["confirmed", "picking", "packed"]))
            .order_by(Order.id)
            .limit(1000)
        ).all()
        uow.session.execute(
            update(Order)
            .where(Order.id.in_(ids))
            .values(status="pending_review", is_on_hold=False, hold_reason="",
                    paid_amount=Order.total)
        )  # fmt: skip
        uow.session.execute(
            update(Order)
            .where(Order.id.not_in(ids), Order.status == "pending_review")
            .values(status="approved")
        )
        uow.session.execute(OrderFlag.__table__.delete())
        return list(ids)

    return transaction(services.db, None, work)


def test_a_thousand_approved_in_one_action_three_listed_with_reasons(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    generate_demo(services.db, orders=1500, customers=120)
    ids = _thousand_waiting(services)
    broken = ids[10], ids[500], ids[999]
    transaction(
        services.db, None,
        lambda uow: uow.session.execute(
            update(Order)
            .where(Order.id.in_(broken))
            .values(recipient_phone="000", phone_last4="000")
        ),
    )  # fmt: skip
    reviewer = services.auth.login("reviewer", "demo1234")
    window, tab = _window(qtbot, services, reviewer)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    assert tab.model.rowCount() == 1000
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert tab.selected_count() == 1000 and len(tab.selected_ids()) == 1000
    assert "1000" in tab.detail.toPlainText() or "1,000" in tab.detail.toPlainText()
    qtbot.keyClick(tab.table, Qt.Key.Key_A)  # approve the selection, in the background
    qtbot.waitUntil(lambda: getattr(tab, "batch_dialog", None) is not None, timeout=60_000)
    dialog = tab.batch_dialog
    assert isinstance(dialog, BatchResultDialog)
    assert len(dialog.result.succeeded) == 997
    assert "已完成 997 个" in dialog.summary.text() and "失败 3 个" in dialog.summary.text()
    assert dialog.model.rowCount() == 3
    numbers = {dialog.model.index(r, 0).data() for r in range(3)}
    expected = set(
        read(services.db, lambda uow: uow.session.scalars(
            select(Order.order_no).where(Order.id.in_(broken))).all())
    )  # fmt: skip
    assert numbers == expected
    assert all("电话号码无效" in dialog.model.index(r, 1).data() for r in range(3))
    assert tab.model.rowCount() == 3  # only the failed ones still wait
    # Fix one and retry just the failed ones.
    transaction(
        services.db, None,
        lambda uow: uow.session.execute(
            update(Order).where(Order.id == broken[0])
            .values(recipient_phone="13900001111", phone_last4="1111")
        ),
    )  # fmt: skip
    tab.batch_dialog = None
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: tab.batch_dialog is not None, timeout=30_000)
    assert len(tab.batch_dialog.result.succeeded) == 1
    assert tab.model.rowCount() == 2
    window.close()


def test_the_second_workstation_is_told_the_order_was_already_confirmed(
    qtbot: QtBot, services: Services, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.db import open_database
    from tests.orders_helpers import catalogue, make_order

    catalogue(services)
    first = add_user(services.db, "li", Role.REVIEWER)
    second = add_user(services.db, "wang", Role.REVIEWER)
    order = make_order(services, first)
    services.orders.approve(first, order.id)
    other = Services.for_database(open_database(str(services.db.url)))
    tab_a, tab_b = OrdersTab(services, first), OrdersTab(other, second)
    qtbot.addWidget(tab_a)
    qtbot.addWidget(tab_b)
    for tab in (tab_a, tab_b):
        tab.select_queue(OrderStatus.APPROVED.value)
        assert tab.model.rowCount() == 1
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    def confirm(tab: OrdersTab) -> None:
        tab.confirm()  # one order: the carrier choice opens, the suggested one chosen
        box = tab.carrier_dialog.buttons
        qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)

    confirm(tab_a)
    assert warnings == [] and tab_a.model.rowCount() == 0
    confirm(tab_b)  # its screen still shows the order as approved
    assert len(warnings) == 1
    assert warnings[0].startswith(f"订单 {order.order_no} 已由 li 于 ")
    assert warnings[0].endswith("处理为「已确认」")
    assert tab_b.model.rowCount() == 0  # and the queue refreshed
    other.close()


def test_manual_order_dialog_validates_as_you_type_and_saves_once(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    from tests.orders_helpers import catalogue

    catalogue(services)
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    dialog = OrderDialog(services, clerk)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and dialog.message.text() == "请输入收件人姓名"
    for key, text in (
        ("recipient_name", "王芳"), ("recipient_phone", "1381234"), ("province", "浙江省"),
        ("city", "杭州市"), ("address", "西湖区文三路 90 号"), ("paid_amount", "158.00"),
    ):  # fmt: skip
        dialog.fields[key].clear()
        if text.isascii():
            qtbot.keyClicks(dialog.fields[key], text)
        else:  # QTest types ASCII only; an input method delivers Chinese as one commit
            dialog.fields[key].insert(text)
    assert dialog.message.text() == "请输入有效的手机或固定电话号码"
    assert "d93025" in dialog.fields["recipient_phone"].styleSheet()
    qtbot.keyClicks(dialog.fields["recipient_phone"], "5678")
    dialog.lines.item(0, 0).setText("SKU-T")
    dialog.lines.item(0, 1).setText("3")
    assert dialog.message.text() == "" and save.isEnabled()
    dialog.fields["paid_amount"].setText("999.00")
    dialog.save()  # the service names what is wrong
    assert "999.00" in dialog.message.text() and dialog.result_ref is None
    dialog.fields["paid_amount"].setText("158.00")  # 3 × 50.00 + 8.00 shipping
    dialog.fields["shipping_fee"].setText("8.00")
    dialog.save()
    assert dialog.result_ref is not None
    assert dialog.result_ref.status == OrderStatus.PENDING_REVIEW
    dialog.save()  # a second press (say, after a lost answer) makes no second order
    assert read(services.db, lambda uow: len(uow.session.scalars(select(Order.id)).all())) == 1


def test_search_box_finds_and_views_are_saved(qtbot: QtBot, demo: Services, chinese: None) -> None:
    reviewer = demo.auth.login("reviewer", "demo1234")
    _window_, tab = _window(qtbot, demo, reviewer)
    tab.select_queue("all")
    some = tab.model.row_data(37)
    assert some is not None
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, some.recipient_phone[-4:])
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    found = [tab.model.row_data(r) for r in range(tab.model.rowCount())]
    assert some.id in {r.id for r in found if r}
    assert all(r.recipient_phone.endswith(some.recipient_phone[-4:]) for r in found if r)
    tab.search_for(some.order_no)
    assert tab.model.rowCount() == 1 and tab.model.id_at(0) == some.id
    assert some.order_no in tab.detail.toPlainText()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # back to the whole queue, in the table
    assert tab.model.rowCount() == 600 and tab.search.text() == ""
    tab.select_queue(OrderStatus.APPROVED.value)
    tab.hold.setCurrentIndex(tab.hold.findData(True))
    held_approved = tab.model.rowCount()
    demo.order_queries.save_view(reviewer, "已审核挂起", tab.current_filter())
    tab._fill_views()
    tab.select_queue("all")
    tab.hold.setCurrentIndex(0)
    tab._view_chosen(tab.views.item(0))
    assert tab.model.rowCount() == held_approved


def test_analyst_sees_no_actions_and_masked_phones(
    qtbot: QtBot, demo: Services, chinese: None
) -> None:
    analyst = demo.auth.login("analyst", "demo1234")
    _window_, tab = _window(qtbot, demo, analyst)
    assert not tab.act_approve.isVisible() and not tab.act_new.isVisible()
    assert tab.act_refresh.isVisible()
    assert all("****" in tab.model.index(r, Column.PHONE).data() for r in range(10))
    tab.table.selectRow(0)
    assert "个人信息已打码" in tab.detail.toPlainText()


def test_a_big_queue_shows_its_first_rows_at_once_and_the_rest_follows(
    qtbot: QtBot, demo: Services
) -> None:
    model = OrdersTableModel(demo, demo.auth.login("admin", "demo1234"))
    model.FIRST_IDS = 50
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.query()
    assert model.rowCount() == 50 and not model.complete
    first_rows = [model.id_at(r) for r in range(50)]
    qtbot.waitUntil(lambda: model.complete, timeout=10_000)
    assert model.rowCount() == 600 and inserted == [(50, 599)]  # appended, not reset
    assert [model.id_at(r) for r in range(50)] == first_rows
    assert model.row_of(model.id_at(599)) == 599 and model.row_of(-1) is None


def test_changes_from_another_workstation_appear_without_a_restart(
    qtbot: QtBot, demo: Services
) -> None:
    from app.db import open_database

    reviewer = demo.auth.login("reviewer", "demo1234")
    tab = OrdersTab(demo, reviewer)
    qtbot.addWidget(tab)
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    waiting = tab.model.rowCount()
    first = tab.model.row_data(0)
    assert first is not None
    other = Services.for_database(open_database(str(demo.db.url)))
    supervisor = other.auth.login("supervisor", "demo1234")
    other.orders.release(supervisor, first.id) if first.is_on_hold else None
    other.orders.approve(supervisor, first.id)
    other.close()
    tab.poll_changes()  # what the 10-second timer does
    assert tab.model.rowCount() == waiting - 1 and tab.model.row_of(first.id) is None
    qtbot.waitUntil(
        lambda: (
            tab.counts is not None
            and tab.counts.by_status[OrderStatus.PENDING_REVIEW] == waiting - 1
        )
    )
    marker = tab._marker
    tab.poll_changes()  # nothing new: nothing reloaded
    assert tab._marker == marker
