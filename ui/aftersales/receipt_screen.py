"""The warehouse's return receipt: large type, scanner first.

Scan the case number on the parcel (or pick it from the expected returns), then scan each
item. Every item is booked at once with the current disposition: resellable (F1, the
default) goes back on hand, damaged (F2, for the next item only) goes to quarantine. F12 ends
the receipt (inspection done). Green and one beep for right, red and two beeps for wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.aftersales import CaseAction, CaseDetail, Disposition, looks_like_case_no
from app.errors import AppError
from app.permissions import Actor
from app.services import Services
from ui.aftersales.labels import case_status_label, kind_label
from ui.aftersales.models import CaseLinesModel
from ui.errors import error_text
from ui.service.models import make_table

NEUTRAL = "#e8eef4"
RIGHT = "#bfe8c4"
WRONG = "#f6c4c4"
DAMAGED = "#fde2c4"
HIDDEN_COLUMNS = (7, 8)  # paid per piece, order status: not the warehouse's business


class ReceiptScreen(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.detail: CaseDetail | None = None
        self.damaged_next = False
        self.setObjectName("receiptScreen")
        self.setWindowTitle(self.tr("Return receipt"))
        self.resize(1200, 800)
        self.setStyleSheet("QWidget { font-size: 17px; } QTableView { font-size: 19px; }")
        layout = QVBoxLayout(self)

        self.banner = QLabel(self)
        self.banner.setObjectName("receiptBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(90)
        layout.addWidget(self.banner)

        self.scan = QLineEdit(self)
        self.scan.setObjectName("receiptScan")
        self.scan.setStyleSheet("font-size: 28px; padding: 6px;")
        self.scan.setPlaceholderText(self.tr("Scan the case number, then every item"))
        self.scan.returnPressed.connect(self.scanned)
        layout.addWidget(self.scan)

        row = QHBoxLayout()
        self.case_label = QLabel(self)
        self.case_label.setObjectName("receiptCase")
        self.case_label.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.progress = QLabel(self)
        self.progress.setObjectName("receiptProgress")
        self.progress.setStyleSheet("font-size: 22px;")
        self.warehouse = QComboBox(self)
        self.warehouse.setObjectName("receiptWarehouse")
        self.warehouse.setToolTip(self.tr("Where the returned items are booked"))
        row.addWidget(self.case_label)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Warehouse:"), self))
        row.addWidget(self.warehouse)
        layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Expected returns"), left))
        self.expected = QListWidget(left)
        self.expected.setObjectName("receiptExpected")
        self.expected.itemActivated.connect(self._expected_chosen)
        left_layout.addWidget(self.expected, 1)
        self.lines = CaseLinesModel(self)
        self.table = make_table(splitter, "receiptLines")
        self.table.setModel(self.lines)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner types into the box
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setSizes([260, 940])
        layout.addWidget(splitter, 1)

        keys = QHBoxLayout()
        self.resellable_button = QPushButton(self.tr("F1  Resellable"), self)
        self.resellable_button.setObjectName("receiptResellable")
        self.resellable_button.clicked.connect(lambda: self.set_damaged(False))
        self.damaged_button = QPushButton(self.tr("F2  Damaged (next item)"), self)
        self.damaged_button.setObjectName("receiptDamaged")
        self.damaged_button.clicked.connect(lambda: self.set_damaged(True))
        self.finish_button = QPushButton(self.tr("F12  Inspection done"), self)
        self.finish_button.setObjectName("receiptFinish")
        self.finish_button.clicked.connect(self.finish)
        close = QPushButton(self.tr("Esc  Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.resellable_button, self.damaged_button, self.finish_button, close):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            keys.addWidget(button)
        layout.addLayout(keys)
        for key, slot in (
            ("F1", lambda: self.set_damaged(False)),
            ("F2", lambda: self.set_damaged(True)),
            ("F12", self.finish),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self._fill_warehouses()
        self.refresh_expected()
        self.show_case(None)
        self.say(self.tr("Scan the after-sales case number on the parcel"), NEUTRAL)
        self.scan.setFocus()

    # -- showing -------------------------------------------------------------------------

    def say(self, text: str, colour: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {colour}; color: #202020; font-size: 30px; font-weight: bold; "
            "padding: 10px; border-radius: 6px;"
        )

    def _fill_warehouses(self) -> None:
        try:
            warehouses = self.services.inventory.list_warehouses(self.actor)
        except AppError:
            warehouses = []
        for w in warehouses:
            self.warehouse.addItem(f"{w.code} {w.name}", w.id)

    def refresh_expected(self) -> None:
        self.expected.clear()
        try:
            cases = self.services.aftersales.awaiting_receipt(self.actor)
        except AppError:
            return
        for c in cases:
            item = QListWidgetItem(
                f"{c.case_no}\n{kind_label(c.kind)} · {case_status_label(c.status)} · "
                f"{c.received_units}/{c.units}"
            )
            item.setData(Qt.ItemDataRole.UserRole, c.case_no)
            self.expected.addItem(item)

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.case_label.setText(self.tr("No case"))
            self.progress.clear()
            self.lines.set_rows([])
            self.finish_button.setEnabled(False)
            self._show_mode()
            return
        c = detail.case
        self.case_label.setText(
            f"{c.case_no} · {kind_label(c.kind)} · {case_status_label(c.status)} · "
            f"{c.customer_name}"
        )
        self.progress.setText(
            self.tr("Received %1 of %2")
            .replace("%1", str(c.received_units))
            .replace("%2", str(c.units))
        )
        self.lines.set_rows(detail.lines)
        self.table.resizeColumnsToContents()
        self.finish_button.setEnabled(CaseAction.INSPECT in detail.actions)
        self._show_mode()

    def _show_mode(self) -> None:
        on = "background: #2e7d32; color: white; font-weight: bold;"
        warn = "background: #e67e22; color: white; font-weight: bold;"
        self.resellable_button.setStyleSheet("" if self.damaged_next else on)
        self.damaged_button.setStyleSheet(warn if self.damaged_next else "")

    def set_damaged(self, damaged: bool) -> None:
        self.damaged_next = damaged
        self._show_mode()
        if damaged:
            self.say(self.tr("Next item: DAMAGED → quarantine"), DAMAGED)
        self.scan.setFocus()

    # -- scanning ------------------------------------------------------------------------

    def _beep(self, times: int) -> None:
        QApplication.beep()
        for n in range(1, times):
            QTimer.singleShot(180 * n, QApplication.beep)

    def _expected_chosen(self, item: QListWidgetItem) -> None:
        self.load_case(str(item.data(Qt.ItemDataRole.UserRole)))
        self.scan.setFocus()

    def load_case(self, case_no: str) -> bool:
        try:
            detail = self.services.aftersales.receipt_case(self.actor, case_no)
        except AppError as exc:
            self.say(error_text(exc), WRONG)
            self._beep(2)
            return False
        self.damaged_next = False
        self.show_case(detail)
        if detail.default_warehouse_id is not None:
            index = self.warehouse.findData(detail.default_warehouse_id)
            if index >= 0:
                self.warehouse.setCurrentIndex(index)
        if CaseAction.RECEIVE in detail.actions:
            self.say(self.tr("Case %1: scan every item").replace("%1", detail.case.case_no), RIGHT)
        else:
            self.say(
                self.tr("Case %1 is %2: nothing to receive")
                .replace("%1", detail.case.case_no)
                .replace("%2", case_status_label(detail.case.status)),
                WRONG,
            )
            self._beep(2)
        return True

    def scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            return
        if self.detail is None or looks_like_case_no(text):
            self.load_case(text)
            return
        self.receive_item(text)

    def receive_item(self, barcode: str) -> bool:
        assert self.detail is not None
        disposition = Disposition.DAMAGED if self.damaged_next else Disposition.RESELLABLE
        warehouse = self.warehouse.currentData()
        try:
            result = self.services.aftersales.receive_scan(
                self.actor, self.detail.case.id, barcode, disposition, warehouse
            )
        except AppError as exc:
            self.say(error_text(exc), WRONG)
            self._beep(2)
            return False
        self.damaged_next = False  # damaged is for one item; the next is resellable again
        self.show_case(result.detail)
        self.refresh_expected()
        for row, line in enumerate(result.detail.lines):
            if line.id == result.line_id:
                self.table.selectRow(row)  # the line the item went to
        where = (
            self.tr("back to stock")
            if disposition == Disposition.RESELLABLE
            else self.tr("to quarantine")
        )
        resellable = disposition == Disposition.RESELLABLE
        self.say(f"✓ {result.sku} {result.name} — {where}", RIGHT if resellable else DAMAGED)
        self._beep(1)
        return True

    def finish(self) -> None:
        if self.detail is None or not self.finish_button.isEnabled():
            return
        try:
            detail = self.services.aftersales.inspect(self.actor, self.detail.case.id)
        except AppError as exc:
            self.say(error_text(exc), WRONG)
            self._beep(2)
            return
        self.say(
            self.tr("Case %1 inspected. Scan the next case.").replace("%1", detail.case.case_no),
            RIGHT,
        )
        self.show_case(detail)
        self.detail = None  # the next scan is the next parcel's case number
        self.refresh_expected()
        self.scan.setFocus()
