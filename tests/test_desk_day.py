"""A working day at the desk, clicked through (issue 24): one scenario per role, on the
20,000-order demo database, at 1366×768 in zh_CN. Only clicks and keys on visible widgets
between the steps; each step asserts what the user sees and saves a screenshot into
build/desk-day/<test name>/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import DEMO_PASSWORD
from app.services import Services, connect
from tests.desk_helpers import (
    SHOTS,
    Desk,
    answer_carrier,
    answer_reason,
    answer_yes,
    cached_demo_database,
    column_of,
    copy_demo,
    dialog_button,
    find,
    log_in,
    row_of,
    save_file_as,
    table_texts,
    top_dialog_titled,
    top_level,
    visible_text,
)
from tests.test_import_writer import SAMPLES, needs_samples
from ui.i18n import install_translators

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]


@pytest.fixture(scope="session")
def demo_file() -> Path:
    return cached_demo_database()


@pytest.fixture
def desk(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Desk]:
    assert install_translators("zh_CN")
    yield Desk(qtbot, SHOTS / request.node.name)
    install_translators("en")


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    services = connect(copy_demo(demo_file, tmp_path))
    yield services
    services.close()


def _pending_pair(services: Services) -> tuple[str, list[str]]:
    """Setup: a customer phone with two orders waiting for review, not on hold."""
    from sqlalchemy import func, select

    from app.uow import read
    from models import Order

    def work(uow):  # type: ignore[no-untyped-def]
        waiting = (Order.status == "pending_review") & Order.is_on_hold.is_(False)
        phone = uow.session.scalar(
            select(Order.recipient_phone).where(waiting).group_by(Order.recipient_phone)
            .having(func.count() == 2).order_by(Order.recipient_phone).limit(1)
        )  # fmt: skip
        numbers = uow.session.scalars(
            select(Order.order_no).where(waiting, Order.recipient_phone == phone)
            .order_by(Order.order_no)
        ).all()  # fmt: skip
        return phone, list(numbers)

    return read(services.db, work)


def _search(desk: Desk, tab, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the Orders search box and press Enter, as a scanner would."""
    box = tab.findChild(QLineEdit, "orderSearch")
    desk.reveal(tab.toolbar, box)
    desk.type(box, text, enter=True)


def _queue(desk: Desk, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    desk.click_list_item(find(tab, QListWidget, "queues"), name)


def _import(desk: Desk, tab, path: Path, label: str) -> str:  # type: ignore[no-untyped-def]
    """File field → Next → the mapping page → dry run → import → the report; the report's
    text."""
    desk.click_tool(tab.toolbar, "导入")
    dialog = desk.wait_for_dialog(name="importDialog")
    desk.type(find(dialog, QLineEdit, "importPath"), str(path))
    desk.shot(f"{label}-file")
    desk.click(find(dialog, QPushButton, "nextButton"))
    mapping = dialog.findChild(QTableWidget, "mappingTable")
    desk.wait(mapping.isVisible, what=f"the mapping page; {visible_text(dialog)}")
    used = [mapping.cellWidget(row, 1) for row in range(mapping.rowCount())]
    used = [c.currentText() for c in used if isinstance(c, QComboBox) and c.currentIndex() > 0]
    assert len(used) >= 5, used  # the file's columns are matched to ours
    desk.shot(f"{label}-mapping")
    desk.click(find(dialog, QPushButton, "dryRunButton"))
    summary = dialog.findChild(QLabel, "checkSummary")
    desk.wait(summary.isVisible, timeout=60_000, what="the dry run")
    assert "将创建" in summary.text() or "will be created" in summary.text(), summary.text()
    desk.shot(f"{label}-dry-run")
    desk.click(find(dialog, QPushButton, "checkImportButton"))
    report = dialog.findChild(QLabel, "reportSummary")
    desk.wait(report.isVisible, timeout=60_000, what="the import report")
    desk.shot(f"{label}-report")
    text = report.text()
    desk.click(find(dialog, QPushButton, "closeButton"))
    desk.wait(lambda: not dialog.isVisible(), what="the import dialog to close")
    return text


@needs_samples
def test_reviewer(desk: Desk, demo: Services) -> None:
    phone, (first, second) = _pending_pair(demo)
    window = log_in(desk, demo, "reviewer", DEMO_PASSWORD)
    tab = desk.open_tab("订单")
    table = find(tab, QTableView, "ordersTable")
    desk.shot("orders")

    for name, label in (("shopify_orders_export.csv", "shopify"),
                        ("tmall_tmall_order_report_first1000.csv", "tmall")):  # fmt: skip
        report = _import(desk, tab, SAMPLES / name, label)
        assert "已创建" in report or "created" in report, report

    _queue(desk, tab, "待审核")
    _search(desk, tab, phone)
    number, status, phones = (column_of(table, h) for h in ("订单号", "状态", "电话"))
    desk.wait(lambda: {first, second} <= set(table_texts(table, number)),
              what=f"both waiting orders of {phone}")  # fmt: skip
    assert set(table_texts(table, phones)) == {phone}
    desk.shot("found-by-phone")

    def state(order: str) -> str | None:
        """The order's status in the table; None once it has left the list."""
        orders = table_texts(table, number)
        return table_texts(table, status)[orders.index(order)] if order in orders else None

    desk.click_cell(table, row_of(table, number, first))
    desk.click_tool(tab.toolbar, "审核通过")
    desk.wait(lambda: state(first) in (None, "已审核"), what=f"{first} approved")
    desk.shot("approved")

    desk.click_cell(table, row_of(table, number, second))
    desk.with_modal(lambda: desk.click_tool(tab.toolbar, "退回修正"),
                    answer_reason(desk, "地址", "缺少门牌号，请联系买家补全"))  # fmt: skip
    desk.wait(lambda: state(second) in (None, "待修正"), what=f"{second} returned")
    desk.shot("returned")

    for queue, order, label in (("已审核", first, "已审核"), ("待修正", second, "待修正")):
        _queue(desk, tab, queue)
        _search(desk, tab, order)
        desk.wait(lambda o=order: table_texts(table, number) == [o], what=f"{order} in {queue}")
        assert table_texts(table, status)[0].startswith(label)
        if order == second:  # the reason is in the order's history for whoever fixes it
            assert "缺少门牌号" in visible_text(tab.detail)
        desk.shot(f"in-{queue}")
    assert window.isVisible()


def _refund_waiting(services: Services) -> str:
    """Setup: the service desk asked for a 20.00 refund on a delivered order (a refund-only
    case); the case number."""
    from decimal import Decimal

    from sqlalchemy import select

    from app.aftersales import CaseKind, RefundAsk
    from app.uow import read
    from models import Order, OrderLine

    agent = services.auth.login("service", DEMO_PASSWORD)

    def work(uow):  # type: ignore[no-untyped-def]
        return uow.session.execute(
            select(Order.customer_id, OrderLine.id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(Order.status == "delivered", Order.customer_id.is_not(None),
                   Order.paid_amount > Decimal("50"))
            .order_by(Order.id).limit(1)
        ).one()  # fmt: skip

    customer_id, line_id = read(services.db, work)
    case = services.aftersales.create_case(
        agent, customer_id, CaseKind.REFUND_ONLY, "damaged", [(line_id, 1)], "外包装破损"
    )
    services.aftersales.request_refund(
        agent, case.case.id,
        RefundAsk(line_amounts={case.lines[0].id: Decimal("20.00")}, reason="破损补偿"),
    )  # fmt: skip
    return case.case.case_no


def test_supervisor(desk: Desk, demo: Services) -> None:
    case_no = _refund_waiting(demo)
    log_in(desk, demo, "supervisor", DEMO_PASSWORD)

    # Confirm an approved order with a carrier: confirming offers the carriers with their
    # price and delivery time.
    tab = desk.open_tab("订单")
    table = find(tab, QTableView, "ordersTable")
    number, carrier, status = (column_of(table, h) for h in ("订单号", "快递", "状态"))
    _queue(desk, tab, "已审核")
    desk.wait(lambda: table.model().rowCount() > 0, what="approved orders")
    desk.click_cell(table, 0)
    order = table_texts(table, number)[0]
    desk.shot("approved-queue")
    desk.with_modal(lambda: desk.click_tool(tab.toolbar, "确认"), answer_carrier(desk, "顺丰速运"))
    desk.wait(lambda: order not in table_texts(table, number), what=f"{order} to leave 已审核")
    _queue(desk, tab, "已确认")
    _search(desk, tab, order)
    desk.wait(lambda: table_texts(table, number) == [order], what=f"{order} in 已确认")
    assert table_texts(table, status)[0].startswith("已确认")
    assert table_texts(table, carrier)[0] == "顺丰速运"
    desk.shot("confirmed")

    # Approve the refund the service desk asked for.
    service = desk.open_tab("客服")
    desk.open_page(find(service, QTabWidget, "servicePages"), "售后")
    refunds = find(service, QTableView, "refundQueue")
    case_column = column_of(refunds, "售后单号")
    desk.wait(lambda: case_no in table_texts(refunds, case_column), what="the waiting refund")
    desk.click_cell(refunds, row_of(refunds, case_column, case_no))
    desk.shot("refund-waiting")
    desk.click(find(service, QPushButton, "queueApprove"))
    desk.wait(lambda: case_no not in table_texts(refunds, case_column), what="the refund approved")
    cases = find(service, QTableView, "openCases")
    row = row_of(cases, column_of(cases, "售后单号"), case_no)
    assert "20.00" in table_texts(cases, column_of(cases, "已退款"))[row]
    desk.shot("refund-approved")

    # The reports: the last week's sales, then the returns page.
    reports = desk.open_tab("报表")
    desk.choose(find(reports, QComboBox, "range"), "最近 7 天")
    desk.click(find(reports, QPushButton, "refresh"))
    sales = find(reports, QWidget, "page_sales")

    def figure(page: QWidget, key: str) -> int | None:
        labels = [w for w in page.findChildren(QLabel, f"kpi_{key}") if w.isVisible()]
        digits = re.sub(r"<[^>]*>|[^0-9<>]", "", labels[0].text()) if labels else ""
        return int(digits) if digits else None

    desk.wait(lambda: (figure(sales, "orders") or 0) > 0, what="the week's order count")
    desk.shot("reports-sales")
    desk.open_page(find(reports, QTabWidget, "report_pages"), "退货退款")
    returns = find(reports, QWidget, "page_returns")
    desk.wait(lambda: any(w.isVisible() and w.text() for w in returns.findChildren(QLabel)),
              what="the returns figures")  # fmt: skip
    desk.shot("reports-returns")


def _dialog_titled(desk: Desk, title: str) -> QDialog:
    desk.wait(lambda: top_dialog_titled(title), what=f"the dialog {title}")
    dialog = top_dialog_titled(title)
    assert dialog is not None
    desk.qtbot.waitExposed(dialog)
    return dialog


def test_warehouse(desk: Desk, demo: Services, tmp_path: Path) -> None:
    log_in(desk, demo, "warehouse", DEMO_PASSWORD)
    tab = desk.open_tab("物流")
    desk.shot("logistics")

    # A pick wave of two orders, by rule.
    desk.press(tab, "拣货波次")
    waves = _dialog_titled(desk, "拣货波次")
    desk.click(find(waves, QPushButton, "wave_new"))
    new = _dialog_titled(desk, "新建拣货波次")
    desk.type(find(new, QSpinBox, "waveLimit"), "2")
    desk.shot("new-wave")
    desk.click(find(new, QPushButton, "waveByRule"))
    status = find(new, QLabel, "waveStatus")
    desk.wait(lambda: "2" in status.text(), what="the wave made")
    desk.shot("wave-made")
    desk.click(dialog_button(new, QDialogButtonBox.StandardButton.Close))
    desk.wait(lambda: not new.isVisible(), what="the new-wave dialog to close")
    orders = find(waves, QTableView, "waveOrders")
    number = column_of(orders, "订单号")
    desk.wait(lambda: orders.model().rowCount() == 2, what="the wave's two orders")
    picked = table_texts(orders, number)
    assert set(table_texts(orders, column_of(orders, "状态"))) == {"拣货中"}
    desk.shot("wave-orders")

    # Its labels, saved as one PDF.
    desk.click(find(waves, QPushButton, "wave_labels"))
    queue = _dialog_titled(desk, "打印队列")
    labels = tmp_path / "labels.pdf"
    desk.with_modal(lambda: desk.press(queue, "保存为 PDF"), save_file_as(desk, labels))
    printed = find(queue, QLabel, "printStatus")
    desk.wait(lambda: "成功 2，失败 0" in printed.text(), what="the labels")
    assert labels.read_bytes().startswith(b"%PDF")
    desk.shot("labels-printed")
    desk.click(dialog_button(queue, QDialogButtonBox.StandardButton.Close))
    desk.click(dialog_button(waves, QDialogButtonBox.StandardButton.Close))
    desk.wait(lambda: not waves.isVisible(), what="the waves dialog to close")

    # Packed at the pack station: the order, then each item, scanned.
    desk.press(tab, "打包台")
    desk.wait(lambda: top_level("packStation"), what="the pack station")
    station = top_level("packStation")
    assert station is not None and station.isFullScreen()  # scanner-first, large type
    field = find(station, QLineEdit, "scanField")
    desk.wait(field.hasFocus, what="the focus in the scan field")
    lines = find(station, QTableView, "packLines")
    banner = find(station, QLabel, "banner")
    for order in picked:
        desk.type(field, order, clear=False, enter=True)
        desk.wait(lambda: lines.model().rowCount() > 0, what=f"the lines of {order}")
        desk.shot(f"pack-{order}", station)
        barcode, count = column_of(lines, "条码"), column_of(lines, "已扫 / 应扫")
        for row in range(lines.model().rowCount()):
            wanted = int(table_texts(lines, count)[row].split("/")[1])
            for _ in range(wanted):
                desk.type(field, table_texts(lines, barcode)[row], clear=False, enter=True)
        desk.wait(lambda o=order: f"{o} 已打包" in banner.text(), what=f"{order} packed")
        desk.shot(f"packed-{order}", station)
    desk.with_modal(lambda: desk.key(field, Qt.Key.Key_Escape), answer_yes(desk))
    desk.wait(lambda: top_level("packStation") is None, what="the pack station to close")

    # Shipped: both scanned in the ship dialog, handed to the carrier.
    desk.press(tab, "已打包订单发货")
    ship = _dialog_titled(desk, "已打包订单发货")
    scan = find(ship, QLineEdit, "shipScan")
    for order in picked:
        desk.type(scan, order, enter=True)
    assert "2" in find(ship, QLabel, "shipCount").text()
    desk.shot("ticked")
    desk.with_modal(lambda: desk.click(find(ship, QPushButton, "shipButton")), answer_yes(desk))
    status = find(ship, QLabel, "shipStatus")
    desk.wait(lambda: "已发货" in status.text(), what="the orders shipped")
    assert "2" in status.text() and "失败" not in status.text(), status.text()
    desk.shot("shipped")
    desk.click(dialog_button(ship, QDialogButtonBox.StandardButton.Close))
    desk.wait(lambda: not ship.isVisible(), what="the ship dialog to close")

    # The parcel is in the logistics list, found by scanning the order number.
    parcels = find(tab, QTableView, "shipmentsTable")
    desk.type(find(tab, QLineEdit, "shipmentSearch"), picked[0], enter=True)
    desk.wait(lambda: table_texts(parcels, column_of(parcels, "订单号")) == [picked[0]],
              what=f"the parcel of {picked[0]}")  # fmt: skip
    assert table_texts(parcels, column_of(parcels, "面单"))[0] == "已打印"
    assert table_texts(parcels, column_of(parcels, "状态"))[0] == "已交接"  # to the carrier
    desk.shot("parcel")


def _caller(services: Services) -> tuple[str, str, str]:
    """Setup: a customer whose order was delivered, told apart by the last 4 digits of the
    phone and the surname: (last 4, surname, full name)."""
    from sqlalchemy import func, select

    from app.uow import read
    from models import Customer, Order

    def work(uow):  # type: ignore[no-untyped-def]
        unique = (
            select(Customer.phone_last4).group_by(Customer.phone_last4).having(func.count() == 1)
        )  # fmt: skip
        return uow.session.execute(
            select(Customer.phone_last4, Customer.name)
            .join(Order, Order.customer_id == Customer.id)
            .where(Order.status == "delivered", Customer.phone_last4.in_(unique))
            .order_by(Customer.id).limit(1)
        ).one()  # fmt: skip

    last4, name = read(services.db, work)
    return last4, name[0], name


def test_service_agent(desk: Desk, demo: Services) -> None:
    last4, surname, name = _caller(demo)
    log_in(desk, demo, "service", DEMO_PASSWORD)
    tab = desk.open_tab("客服")

    # The caller: last 4 digits and surname, Enter.
    lookup = find(tab, QLineEdit, "customerLookup")
    desk.type(lookup, f"{last4} {surname}", enter=True)
    shown_name = find(tab, QLabel, "customerName")
    desk.wait(lambda: name in shown_name.text(), what=f"the customer {name}")
    assert last4 in find(tab, QLabel, "customerPhone").text()
    desk.shot("caller-found")

    # A ticket for the call, answered with a template.
    desk.click(find(tab, QPushButton, "customerNewTicket"))
    new = desk.wait_for_dialog(name="newTicketDialog")
    desk.type(find(new, QLineEdit, "newTicketSubject"), "包裹外箱破损")
    desk.type(
        find(new, QPlainTextEdit, "newTicketBody"), "客户来电：收到的包裹外箱破损，商品有划痕。"
    )
    desk.shot("new-ticket")
    desk.click(dialog_button(new, QDialogButtonBox.StandardButton.Ok))
    desk.wait(lambda: not new.isVisible(), what="the ticket created")
    editor = find(tab, QWidget, "ticketEditor")
    desk.wait(lambda: "包裹外箱破损" in visible_text(editor), what="the new ticket in the editor")
    desk.choose(find(editor, QComboBox, "templatePicker"), "破损致歉", stays=False)
    reply = find(editor, QPlainTextEdit, "replyBox")
    desk.wait(lambda: "非常抱歉" in reply.toPlainText(), what="the template in the reply")
    assert name in reply.toPlainText()  # the placeholder filled in
    desk.shot("template-reply")
    desk.click(find(editor, QPushButton, "sendReply"))
    desk.wait(lambda: not reply.toPlainText(), what="the reply sent")
    assert "非常抱歉" in visible_text(find(editor, QWidget, "ticketThread"))
    desk.settle()  # laid out
    moves = sorted(
        (b.mapTo(editor, b.rect().topLeft()).x(), b.width(), b.sizeHint().width(), b.text())
        for b in editor.findChildren(QPushButton)
        if b.objectName().startswith("move_") and b.isVisible()
    )
    assert moves and all(width >= hint for _, width, hint, _ in moves), moves  # not cut off
    assert all(a[0] + a[1] <= b[0] for a, b in pairwise(moves)), moves  # nor overlapping
    desk.shot("reply-sent")

    # A return case for the damaged goods.
    customer = find(tab, QWidget, "customerView")
    desk.open_page(find(customer, QTabWidget, "customerSections"), "售后与退款")
    desk.click(find(customer, QPushButton, "newCase"))
    case = desk.wait_for_dialog(name="newCaseDialog")
    desk.choose(find(case, QComboBox, "caseKind"), "退货退款")
    spins = [s for s in case.findChildren(QSpinBox) if s.isEnabled() and s.maximum() > 0]
    assert spins, visible_text(case)
    desk.type(spins[0], "1")
    desk.choose(find(case, QComboBox, "caseReason"), "到货破损")
    desk.shot("new-case")
    desk.click(dialog_button(case, QDialogButtonBox.StandardButton.Ok))
    desk.wait(lambda: not case.isVisible(), what="the case opened")
    opened = desk.wait_for_dialog(QDialog)
    assert opened.windowTitle().startswith("售后单 AS"), opened.windowTitle()
    linked = find(opened, QListWidget, "caseTickets")
    assert linked.count() == 1 and "包裹外箱破损" in linked.item(0).text()  # the call's ticket
    desk.shot("case-opened")


def test_analyst(desk: Desk, demo: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    log_in(desk, demo, "analyst", DEMO_PASSWORD)
    tab = desk.open_tab("订单")
    table = find(tab, QTableView, "ordersTable")
    _queue(desk, tab, "已发货")
    count = find(tab, QLabel, "ordersStatus")
    desk.wait(lambda: count.text().endswith("个订单") and "，" not in count.text(),
              what="the whole queue counted")  # fmt: skip
    rows = int(count.text().split()[0].replace(",", ""))
    phones = table_texts(table, column_of(table, "电话"))
    assert phones and all("****" in p for p in phones), phones[:5]  # masked on screen
    desk.shot("shipped-queue")

    shown = [a for a in tab.toolbar.actions() if a.isVisible()]
    assert not shown[0].isSeparator(), "the toolbar starts with a bar"
    assert not any(a.isSeparator() and b.isSeparator() for a, b in pairwise(shown))
    desk.click_tool(tab.toolbar, "导出")
    dialog = desk.wait_for_dialog(name="exportDialog")
    assert find(dialog, QComboBox, "exportScope").currentData() == "view"
    desk.shot("export")
    target = tmp_path / "已发货订单.xlsx"
    desk.with_modal(
        lambda: desk.click(find(dialog, QPushButton, "exportButton")), save_file_as(desk, target)
    )
    message = find(dialog, QLabel, "exportMessage")
    desk.wait(lambda: "写入" in message.text(),
              timeout=60_000, what="the export")  # fmt: skip
    desk.shot("exported")
    assert target.exists()

    sheet = load_workbook(target, read_only=True).worksheets[0]
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(body) == rows, (len(body), rows)
    phone = next(i for i, h in enumerate(header) if h and "电话" in str(h))
    assert all("****" in str(r[phone]) for r in body), [r[phone] for r in body[:5]]
