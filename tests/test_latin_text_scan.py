"""Nothing raw or English in the Chinese UI (issue 24 item 4).

Logs in as the admin in zh_CN on the demo database at 1366×768, walks every tab (every page
of the tab widgets and stacks inside them, a few rows of each queue), opens every dialog the
tab's toolbar and buttons reach that opening cannot change data, and collects the text a user
sees: labels, buttons, group titles, placeholders, combo items, list rows, table headers and
cells, detail panes, the tab bar, menus and the status bar. Any Latin-letter word is a finding
unless it is data (codes and numbers, names from the database) or in the small ALLOWED set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.services import Services
from ui.i18n import install_translators
from ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only

# Latin words that are right in Chinese text too, each because Chinese users say it this way.
ALLOWED = {
    "SKU",  # the trade's word for a stock-keeping unit; there is no everyday Chinese one
    "ID",
    "PDF", "Excel", "CSV", "ZPL",  # file formats, named as the programs name them
    "COD",  # cash on delivery, as Chinese couriers print it
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Delete", "Tab",  # key caps
    "Kuaidan",  # the product's name, next to 快单
    "URL",  # the database address field: what a server's admin gives
    "PostgreSQL", "MySQL", "MariaDB", "SQLite",  # database products
    "Shopify", "eBay", "WooCommerce", "Etsy",  # platforms with no Chinese name in use
    "English",  # the language chooser names each language in itself
    "mm", "cm", "kg", "g",  # units, written so in Chinese too
    "default", "labels",  # a value typed into a setting, and a folder's name on disk
    "SMTP", "SSL/TLS", "STARTTLS",  # mail-server terms, as Chinese mail programs show them
}  # fmt: skip
# A word with a digit is a code (order, SKU, tracking, bin, barcode); an address is data.
CODE = re.compile(r"\d|@|://|^[A-Z]{1,4}-")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.\-@/:]*")
# Stripped before looking for words: mnemonics "(&N)", key combinations "Ctrl+F" (F is a
# key cap), file names the user must find by name "orders_export.csv", and template
# placeholders "{order_no}", which the user types as they are.
NOT_WORDS = re.compile(
    r"\(&?[A-Za-z0-9]\)|&(?=\w)|\b(?:Ctrl|Shift|Alt)(?:\+\w+)+|[\w\-]*\.(?:xlsx|xls|csv|txt|pdf|zpl|db)\b"
    r"|\{\w+\}"
)
ROWS = 40  # rows of each table read: the first screens are what a user sees


@pytest.fixture
def demo(small_demo: Services) -> Services:
    return small_demo  # conftest: 600 orders, built once per session


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def data_words(services: Services) -> set[str]:
    """Words that come from the shop's own data: product, customer, user, warehouse and
    carrier names and codes. Shown as entered, in any script."""
    tables = ("products", "warehouses", "bin_locations", "carriers", "carrier_services",
              "users", "customers", "settings", "reply_templates")  # fmt: skip
    queries = [f"SELECT * FROM {table}" for table in tables]
    words: set[str] = set()
    with services.db.read_engine.connect() as conn:
        for sql in queries:
            try:
                rows = conn.execute(text(sql)).all()
            except Exception:  # a table this version does not have
                conn.rollback()
                continue
            for row in rows:
                for value in row:
                    words.update(WORD.findall(str(value or "")))
    return words


def findings_in(texts: dict[str, str], data: set[str]) -> list[str]:
    found = []
    for where, value in texts.items():
        plain = NOT_WORDS.sub(" ", value)
        for word in WORD.findall(plain):
            word = word.rstrip(".:-/")
            if not word or CODE.search(word) or word in ALLOWED or word in data:
                continue
            found.append(f"{word!r} in {value[:90]!r} ({where})")
    return found


def distinct(findings: list[str]) -> list[str]:
    """One finding per word and text, wherever it showed (a table shows a text many times)."""
    return sorted({f.rsplit(" (", 1)[0] for f in findings})


def _model_texts(model: QAbstractItemModel | None, where: str, out: dict[str, str]) -> None:
    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole
    if isinstance(model, QAbstractListModel):  # one column; columnCount is private there
        for row in range(min(model.rowCount(), ROWS)):
            value = model.data(model.index(row, 0), display)
            if value not in (None, ""):
                out[f"{where} [{row}]"] = str(value)
        return
    for column in range(model.columnCount(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, display)
        if value:
            out[f"{where} header {column}"] = str(value)

    def walk(parent, depth: int) -> None:  # type: ignore[no-untyped-def]
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(max(model.columnCount(parent), 1)):
                index = model.index(row, column, parent)
                value = model.data(index, display)
                if value not in (None, ""):
                    out[f"{where} [{row},{column}]"] = str(value)
            if depth < 2:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)


def visible_texts(root: QWidget, where: str) -> dict[str, str]:
    """The text a user sees in `root` and its visible children."""
    out: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() or isinstance(w, QFileDialog):
            continue
        name = f"{where}/{type(w).__name__}:{w.objectName() or '-'}"
        if isinstance(w, QLabel) and w.text():
            out[name + f"#{id(w)}"] = QTextDocumentFragment.fromHtml(w.text()).toPlainText()
        elif isinstance(w, QAbstractButton) and w.text():
            out[name + f"#{id(w)}"] = w.text()
        elif isinstance(w, QGroupBox) and w.title():
            out[name + f"#{id(w)}"] = w.title()
        elif isinstance(w, QLineEdit) and w.placeholderText():
            out[name + f"#{id(w)} placeholder"] = w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                out[f"{name}#{id(w)} item {i}"] = w.itemText(i)
        elif isinstance(w, QSpinBox):
            out[name + f"#{id(w)}"] = f"{w.prefix()} {w.suffix()} {w.specialValueText()}"
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out[f"{name}#{id(w)} tab {i}"] = w.tabText(i)
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out[name + f"#{id(w)}"] = w.toPlainText()
        elif isinstance(w, QAbstractItemView):
            _model_texts(w.model(), f"{name}#{id(w)}", out)
        if isinstance(w, QToolBar):
            for action in w.actions():
                if action.isVisible() and action.text():
                    out[f"{name} action"] = action.text()
        if w.isWindow() and w.windowTitle():
            out[name + " title"] = w.windowTitle()
    return out


def pages_walked(root: QWidget, where: str) -> dict[str, str]:
    """Visible text of `root` with each page of its tab widgets and stacks shown in turn."""
    out = visible_texts(root, where)
    for stack in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
        if not stack.isVisible() or isinstance(stack.window(), QFileDialog):
            continue
        current = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            out.update(visible_texts(stack, f"{where}/{type(stack).__name__}[{index}]"))
        stack.setCurrentIndex(current)
    return out


class DialogScanner:
    """Reads and closes every window the trigger opens: modal ones from inside their own
    event loop, modeless ones after the trigger returns."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.texts: dict[str, str] = {}
        self.opened: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close_modal)
        self.label = ""

    def _read_and_close(self, widget: QWidget) -> None:
        self.opened.append(f"{self.label}: {type(widget).__name__} {widget.windowTitle()!r}")
        if not isinstance(widget, QFileDialog):
            self.texts.update(pages_walked(widget, f"{self.label}/{type(widget).__name__}"))
        if isinstance(widget, QMessageBox) and widget.escapeButton() is None:
            widget.done(QMessageBox.StandardButton.No)
        elif isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            self._read_and_close(modal)

    def run(self, label: str, trigger: Callable[[], object]) -> None:
        self.label = label
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer.start()
        try:
            trigger()
            for _ in range(5):
                QApplication.processEvents()
        finally:
            self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in before and not isinstance(widget, QMenu):
                self._read_and_close(widget)
        QApplication.processEvents()


# Buttons and actions that act at once instead of opening something (or only reload):
# pressing them in a scan would change the data the rest of the scan reads.
ACTS_AT_ONCE = {
    "orders": {"act_approve", "act_confirm", "act_release", "act_rules", "act_refresh",
               "act_find"},
    "inventory": {"refresh_action"},
    "logistics": {"refresh_button"},
}  # fmt: skip


def _triggers(tab: QWidget, key: str) -> list[tuple[str, Callable[[], object]]]:
    """Every enabled toolbar action and push button of the tab (not inside its tables)."""
    skip = {getattr(tab, name, None) for name in ACTS_AT_ONCE.get(key, set())}
    skip |= {b for b in getattr(tab, "action_buttons", {}).values() if b in skip}
    found: list[tuple[str, Callable[[], object]]] = []
    seen: set[int] = set()
    for bar in tab.findChildren(QToolBar):
        for action in bar.actions():
            if action in skip or not action.isVisible() or not action.isEnabled():
                continue
            if action.isSeparator() or not action.text() or id(action) in seen:
                continue
            seen.add(id(action))
            if action.menu() is not None:
                for sub in action.menu().actions():
                    if sub.isEnabled() and sub.text() and not sub.isSeparator():
                        found.append((f"{key}:{sub.text()}", sub.trigger))
            else:
                found.append((f"{key}:{action.text()}", action.trigger))
    for button in tab.findChildren(QPushButton):
        if button in skip or not button.isVisible() or not button.isEnabled():
            continue
        if button.window() is not tab.window() or not button.text():
            continue
        if "refresh" in button.objectName().lower():
            continue
        found.append((f"{key}:{button.text()}", button.click))
    return found


def _select_first_rows(tab: QWidget) -> None:
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount():
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()


def scan(qtbot: QtBot, services: Services) -> tuple[list[str], list[str]]:
    window = MainWindow(services, services.auth.login("admin", "demo1234"), idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.isVisible())
    texts: dict[str, str] = {}
    scanner = DialogScanner(window)
    shipped_orders: list[str] = []  # their customers' pages are read in the service tab
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(key)
        QApplication.processEvents()
        _select_first_rows(tab)
        if key == "orders":
            for queue in ("pending_review", "shipped", "cancelled", "completed", "hold"):
                tab.select_queue(queue)
                tab.table.selectRow(0)
                QApplication.processEvents()
                texts.update(visible_texts(tab, f"orders[{queue}]"))
                if queue in ("shipped", "cancelled"):
                    shipped_orders.append(tab.model.row_data(0).order_no)
        if key == "service":  # a customer's page: orders, payments, parcels, tickets
            for order_no in shipped_orders:
                tab.lookup.setText(order_no)
                tab.search()
                QApplication.processEvents()
                page = pages_walked(tab, f"service[{order_no}]")
                assert any(order_no in t for t in page.values())  # the customer's page opened
                texts.update(page)
        if key == "settings":
            maintenance = tab.findChild(QPushButton, "checkDatabase")
            if maintenance is not None and maintenance.isEnabled():
                maintenance.click()
                qtbot.waitUntil(lambda: not window._jobs, timeout=20_000)
        texts.update(pages_walked(tab, key))
        triggers = _triggers(tab, key)
        entry = getattr(tab, "import_entry", None)  # the Import button's own menu
        if entry is not None and entry.act_skus.isEnabled():
            triggers.append((f"{key}:{entry.act_skus.text()}", entry.act_skus.trigger))
        for label, trigger in triggers:
            scanner.run(label, trigger)
    texts.update(visible_texts(window.statusBar(), "status bar"))
    for menu in window.menuBar().findChildren(QMenu):
        texts[f"menu {menu.title()}"] = menu.title()
        for action in menu.actions():
            texts[f"menu {menu.title()}/{action.text()}"] = action.text()
    texts.update(scanner.texts)
    return findings_in(texts, data_words(services)), scanner.opened


def test_the_chinese_ui_shows_no_raw_or_english_text(
    qtbot: QtBot, demo: Services, chinese: None
) -> None:
    findings, opened = scan(qtbot, demo)
    assert len(opened) >= 30, opened  # the dialogs were really reached
    for dialog in ("OrderDialog", "ImportDialog", "SkuDialog", "ReceiveDialog", "PackStation",
                   "CarrierEditorDialog", "NewTicketDialog", "NewUserDialog"):  # fmt: skip
        assert any(f": {dialog} " in line for line in opened), (dialog, opened)
    unique = distinct(findings)
    assert not unique, f"{len(unique)} Latin words in the Chinese UI:\n" + "\n".join(unique)


def test_texts_the_app_writes_in_english_are_said_in_chinese(chinese: None) -> None:
    """app/ has no Qt: what it records in English (history notes, refund reasons, integrity
    problems) or as codes (payment methods, currencies) is translated where it is shown."""
    from decimal import Decimal

    from app.integrity import CheckResult
    from ui.i18n import money_label, payment_method_label, refund_reason_label, user_name_label
    from ui.orders.labels import history_note

    check = CheckResult("Stock balances equal the ledger")
    check.report_problem(
        "SKU {sku} in {warehouse}: reserved {reserved} of on hand {on_hand}",
        sku="SKU-1", warehouse="SH", reserved=5, on_hand=3,
    )  # fmt: skip
    template, params = check.details[0]
    from PySide6.QtCore import QCoreApplication

    shown = {
        "edit": history_note("edit", "address, recipient_phone") or "",
        "merge": history_note("merge", "merged from KD1, KD2") or "",
        "split": history_note("split", "split from KD1: SKU-1×2") or "",
        "auto": history_note("approve", "auto") or "",
        "refund": refund_reason_label("order cancelled: 客户不要了"),
        "money": money_label(Decimal("1234.5"), "CNY"),
        "method": payment_method_label("bank_transfer"),
        "user": user_name_label("system"),
        "check": QCoreApplication.translate("errors", check.name),
        "problem": QCoreApplication.translate("errors", template).format(**params),
    }
    assert shown["money"] == "¥1,234.50"
    assert shown["edit"] == "地址、电话" and shown["method"] == "银行转账"
    assert not distinct(findings_in(shown, {"SH"})), shown  # SH: the warehouse code (data)


def test_check_db_problems_are_said_in_chinese(qtbot: QtBot, demo: Services, chinese: None) -> None:
    with demo.db.write_engine.begin() as conn:  # a balance the ledger does not explain
        conn.execute(text("UPDATE stock_levels SET on_hand = on_hand + 7 WHERE id = 1"))
    window = MainWindow(demo, demo.auth.login("admin", "demo1234"), idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("settings"))
    tab = window.tab("settings")
    pages = tab.findChild(QTabWidget, "settingsPages")
    button = tab.findChild(QPushButton, "checkDatabase")
    pages.setCurrentWidget(button.parentWidget())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    output = tab.findChild(QPlainTextEdit, "maintenanceOutput")
    qtbot.waitUntil(lambda: "✘" in output.toPlainText(), timeout=20_000)
    assert "在库" in output.toPlainText()
    assert not distinct(findings_in({"check-db": output.toPlainText()}, data_words(demo)))
