"""Fulfilment dialogs of the Logistics tab: the pick waves (new wave from a warehouse's confirmed
orders or by rule, pick list PDF, labels of a wave, close), and the hand-over of packed orders
to the carrier with a result per order and "retry failed".

Orders are ticked in tables with check boxes (Space ticks the current row); a scanned order or
tracking number ticks its row. Every action reports per order.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.fulfilment import ShipCandidate, WaveCandidate, WaveInfo, WaveResult, WaveStatus
from app.orders import BatchFailure, BatchResult
from app.permissions import Actor, Permission
from app.services import Services
from ui.errors import error_text, show_error
from ui.i18n import status_label
from ui.kit.format import local_time
from ui.kit.list_model import Cell
from ui.tabs.logistics_dialogs import (
    ERROR_STYLE,
    PrintQueueDialog,
    fill_table,
    make_table,
    print_pdf,
)

RunJob = Callable[..., Any]
FAILED = QColor("#c0392b")


def wave_status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Fulfilment", "Picking"),
        "picked": QCoreApplication.translate("Fulfilment", "Picked"),
        "closed": QCoreApplication.translate("Fulfilment", "Closed"),
    }
    return labels.get(str(status), str(status))


def place(province: str, city: str) -> str:
    """省 + 市, a municipality (上海市上海市) once."""
    return city if city.startswith(province) else f"{province}{city}"


def cell(
    text: str, data: Any = None, *, checkable: bool = False, right: bool = False,
    colour: QColor | None = None,
) -> Cell:  # fmt: skip
    return Cell(text, data, right, colour, checkable=checkable)


class CheckTable(QTableWidget):
    """Rows with a check box in the first column; the first column's data is the row's id."""

    ticks_changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(0, len(headers), parent)
        self.itemChanged.connect(
            lambda item: self.ticks_changed.emit() if item.column() == 0 else None
        )
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)

    def ids(self, *, checked_only: bool = True) -> list[int]:
        return [
            self.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.rowCount())
            if not checked_only or self.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.blockSignals(True)  # one count at the end, not one per row
        for r in range(self.rowCount()):
            self.item(r, 0).setCheckState(state)
        self.blockSignals(False)
        self.ticks_changed.emit()

    def check_ids(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def toggle_selected(self) -> None:
        for index in self.selectionModel().selectedRows():
            item = self.item(index.row(), 0)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


def no_default_button(dialog: QDialog) -> None:
    """Enter belongs to the scan field (a scanner ends every code with it), never to a button
    that a dialog would otherwise press for it (Close, Select all...)."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def failures_rows(failed: Sequence[BatchFailure]) -> list[list[Cell]]:
    rows = []
    for failure in failed:
        rows.append([
            cell(failure.order_no, failure.order_id, colour=FAILED),
            cell(error_text(failure.error), colour=FAILED),
        ])  # fmt: skip
    return rows


class NewWaveDialog(QDialog):
    """Confirmed orders of a warehouse → one pick wave (ticked orders, or by rule)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.result_value: WaveResult | None = None
        self.setWindowTitle(self.tr("New pick wave"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.warehouse = QComboBox(self)
        self.warehouse.setObjectName("waveWarehouse")
        for wid, code, name in services.logistics.warehouse_choices(actor):
            self.warehouse.addItem(f"{code} {name}", wid)
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("waveCarrier")
        self.carrier.addItem(self.tr("All carriers"), None)
        for carrier in services.logistics.list_carriers(actor, active_only=True):
            self.carrier.addItem(f"{carrier.code} {carrier.name}", carrier.id)
        self.single_only = QCheckBox(self.tr("Single-item orders only"), self)
        warehouse_label = QLabel(self.tr("&Warehouse:"), self)
        warehouse_label.setBuddy(self.warehouse)
        carrier_label = QLabel(self.tr("&Carrier:"), self)
        carrier_label.setBuddy(self.carrier)
        for widget in (warehouse_label, self.warehouse, carrier_label, self.carrier,
                       self.single_only):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = CheckTable(
            [self.tr("Order no"), self.tr("Ordered"), self.tr("Carrier"), self.tr("Recipient"),
             self.tr("Destination"), self.tr("Units"), self.tr("Items")],
            self,
        )  # fmt: skip
        self.table.setObjectName("waveCandidates")
        layout.addWidget(self.table, 1)
        picks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Select &all"), self)
        self.all_button.setShortcut(QKeySequence("Ctrl+A"))
        self.none_button = QPushButton(self.tr("Select &none"), self)
        self.none_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.count = QLabel(self)
        self.count.setObjectName("waveCount")
        for widget in (self.all_button, self.none_button, self.count):
            picks.addWidget(widget)
        picks.addStretch(1)
        self.create_button = QPushButton(self.tr("&Create wave from ticked orders"), self)
        self.create_button.setObjectName("createWave")
        self.create_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.create_button.setToolTip("Ctrl+Enter")
        picks.addWidget(self.create_button)
        layout.addLayout(picks)
        rule = QHBoxLayout()
        self.limit = QSpinBox(self)
        self.limit.setObjectName("waveLimit")
        self.limit.setRange(1, 1000)
        self.limit.setValue(50)
        self.single_first = QCheckBox(self.tr("single-item orders first"), self)
        self.single_first.setChecked(True)
        self.rule_button = QPushButton(self.tr("Wave by &rule"), self)
        self.rule_button.setObjectName("waveByRule")
        limit_label = QLabel(self.tr("By rule: up to"), self)
        limit_label.setBuddy(self.limit)
        for widget in (limit_label, self.limit, QLabel(self.tr("orders of this warehouse and "
                       "carrier,"), self), self.single_first, self.rule_button):  # fmt: skip
            rule.addWidget(widget)
        rule.addStretch(1)
        layout.addLayout(rule)
        self.status = QLabel(self)
        self.status.setObjectName("waveStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.failures = make_table([self.tr("Order"), self.tr("Why it did not join")], self)
        self.failures.setObjectName("waveFailures")
        self.failures.setMaximumHeight(150)
        self.failures.hide()
        layout.addWidget(self.failures)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        can = actor.can(Permission.FULFIL)
        self.create_button.setEnabled(can)
        self.rule_button.setEnabled(can)
        self.warehouse.currentIndexChanged.connect(lambda _i: self.reload())
        self.carrier.currentIndexChanged.connect(lambda _i: self.reload())
        self.single_only.toggled.connect(lambda _c: self.reload())
        self.all_button.clicked.connect(lambda: self.table.set_all(True))
        self.none_button.clicked.connect(lambda: self.table.set_all(False))
        self.table.ticks_changed.connect(self._count)
        self.create_button.clicked.connect(self.create_from_ticked)
        self.rule_button.clicked.connect(self.create_by_rule)
        no_default_button(self)
        self.reload()

    def reload(self) -> None:
        warehouse_id = self.warehouse.currentData()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.candidates: list[WaveCandidate] = []
        if warehouse_id is not None:
            try:
                self.candidates = self.services.fulfilment.wave_candidates(
                    self.actor, warehouse_id, carrier_id=self.carrier.currentData(),
                    single_item_only=self.single_only.isChecked(),
                )  # fmt: skip
            except AppError as exc:
                show_error(self, exc)
        fill_table(
            self.table,
            [
                [cell(c.order_no, c.order_id, checkable=True), cell(local_time(c.ordered_at)),
                 cell(c.carrier_code), cell(c.recipient_name), cell(place(c.province, c.city)),
                 cell(str(c.units), right=True), cell(c.items)]
                for c in self.candidates
            ],
        )  # fmt: skip
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.blockSignals(False)
        self._count()

    def _count(self) -> None:
        ticked = len(self.table.ids())
        self.count.setText(
            self.tr("%1 of %2 ticked")
            .replace("%1", str(ticked))
            .replace("%2", str(self.table.rowCount()))
        )

    def create_from_ticked(self) -> None:
        ids = self.table.ids()
        if not ids:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Tick the orders for the wave first (Space ticks a row)."))
            return
        self._create(lambda: self.services.fulfilment.create_wave(self.actor, ids))

    def create_by_rule(self) -> None:
        warehouse_id = self.warehouse.currentData()
        if warehouse_id is None:
            return
        self._create(
            lambda: self.services.fulfilment.create_wave_by_rule(
                self.actor,
                warehouse_id,
                self.carrier.currentData(),
                self.single_first.isChecked(),
                self.limit.value(),
            )
        )

    def _create(self, make: Callable[[], WaveResult]) -> None:
        try:
            result = make()
        except AppError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(exc))
            return
        self.result_value = result
        if result.wave is None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("No wave was made: none of the orders could join."))
        else:
            self.status.setStyleSheet("")
            text = self.tr("Wave %1: %n order(s) to pick.", "", len(result.succeeded)).replace(
                "%1", result.wave.wave_no
            )
            if result.failed:
                text += " " + self.tr("%n order(s) could not join:", "", len(result.failed))
            self.status.setText(text)
        fill_table(self.failures, failures_rows(result.failed))
        self.failures.setVisible(bool(result.failed))
        self.reload()


class WavesDialog(QDialog):
    """The pick waves: make one, print its pick list and labels, see its orders, close it."""

    def __init__(
        self, services: Services, actor: Actor, run_job: RunJob, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.run_job = run_job
        self.setWindowTitle(self.tr("Pick waves"))
        self.resize(980, 640)
        self.open_dialogs: list[QDialog] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.show_closed = QCheckBox(self.tr("Show &closed waves"), self)
        top.addWidget(self.show_closed)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = make_table(
            [self.tr("Wave"), self.tr("Warehouse"), self.tr("Status"), self.tr("Orders"),
             self.tr("Picking"), self.tr("Packed"), self.tr("Created"), self.tr("By")],
            self,
        )  # fmt: skip
        self.table.setObjectName("wavesTable")
        layout.addWidget(self.table, 2)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, permission, slot in (
            ("new", self.tr("&New wave…"), "Ctrl+N", Permission.FULFIL, self.new_wave),
            ("save", self.tr("&Save pick list…"), "Ctrl+S", Permission.PRINT_DOCUMENTS,
             lambda: self.save_pick_list()),  # clicked's flag is not a path
            ("print", self.tr("&Print pick list…"), "Ctrl+P", Permission.PRINT_DOCUMENTS,
             self.print_pick_list),
            ("labels", self.tr("Print &labels…"), "Ctrl+L", Permission.PRINT_DOCUMENTS,
             self.print_labels),
            ("close", self.tr("Close &wave…"), "", Permission.FULFIL, self.close_wave),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName(f"wave_{key}")
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                button.setToolTip(shortcut)
            button.setEnabled(actor.can(permission))
            button.clicked.connect(slot)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("wavesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Orders of the wave"), self))
        self.orders = make_table(
            [self.tr("Order no"), self.tr("Status"), self.tr("Recipient"), self.tr("Units"),
             self.tr("Tracking no")],
            self,
        )  # fmt: skip
        self.orders.setObjectName("waveOrders")
        layout.addWidget(self.orders, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.show_closed.toggled.connect(lambda _c: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_orders())
        self.waves: list[WaveInfo] = []
        no_default_button(self)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_wave_id()
        try:
            self.waves = self.services.fulfilment.list_waves(
                self.actor, include_closed=self.show_closed.isChecked()
            )
        except AppError as exc:
            show_error(self, exc)
            return
        fill_table(
            self.table,
            [
                [cell(w.wave_no, w.id), cell(w.warehouse_code), cell(wave_status_label(w.status)),
                 cell(str(w.orders), right=True), cell(str(w.picking), right=True),
                 cell(str(w.packed), right=True), cell(local_time(w.created_at)),
                 cell(w.created_by)]
                for w in self.waves
            ],
        )  # fmt: skip
        row = next((i for i, w in enumerate(self.waves) if w.id == keep), 0)
        if self.waves:
            self.table.selectRow(row)
        self.show_orders()

    def current_wave(self) -> WaveInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.waves):
            return None
        return self.waves[rows[0].row()]

    def current_wave_id(self) -> int | None:
        wave = self.current_wave()
        return wave.id if wave else None

    def show_orders(self) -> None:
        wave = self.current_wave()
        if wave is None:
            fill_table(self.orders, [])
            return
        try:
            rows = self.services.fulfilment.wave_orders(self.actor, wave.id)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        fill_table(
            self.orders,
            [
                [cell(r.order_no, r.order_id), cell(status_label(r.status)),
                 cell(r.recipient_name), cell(str(r.units), right=True),
                 cell(", ".join(r.tracking_nos))]
                for r in rows
            ],
        )  # fmt: skip

    def new_wave(self) -> None:
        dialog = NewWaveDialog(self.services, self.actor, self)
        self.open_dialogs.append(dialog)

        def done(_code: int) -> None:
            self.open_dialogs.remove(dialog)
            made = dialog.result_value
            self.reload(made.wave.id if made is not None and made.wave is not None else None)

        dialog.finished.connect(done)
        dialog.open()

    def _pick_list_to(self, path: str) -> str | None:
        wave = self.current_wave()
        if wave is None:
            return None
        try:
            return self.services.fulfilment.pick_list_pdf(self.actor, wave.id, path)
        except AppError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc))
            return None

    def save_pick_list(self, path: str = "") -> None:
        wave = self.current_wave()
        if wave is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save pick list"), f"pick-list-{wave.wave_no}.pdf",
                self.tr("PDF files (*.pdf)"),
            )  # fmt: skip
        if path and self._pick_list_to(path):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Pick list saved: %1").replace("%1", path))

    def print_pick_list(self) -> None:
        wave = self.current_wave()
        if wave is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="kuaidan-print-"))
        path = self._pick_list_to(str(folder / f"pick-list-{wave.wave_no}.pdf"))
        if path and not print_pdf(path, self):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))  # print from the PDF viewer

    def print_labels(self) -> None:
        wave = self.current_wave()
        if wave is None:
            return
        numbers = [
            r.order_no
            for r in self.services.fulfilment.wave_orders(self.actor, wave.id)
            if r.status in ("picking", "packed")
        ]
        dialog = PrintQueueDialog(self.services, self.actor, numbers, self.run_job, self)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: (self.open_dialogs.remove(dialog), self.reload()))
        dialog.open()

    def close_wave(self) -> None:
        wave = self.current_wave()
        if wave is None or wave.status is WaveStatus.CLOSED:
            return
        text = self.tr("Close wave %1?").replace("%1", wave.wave_no)
        if wave.picking:
            text += " " + self.tr(
                "%n order(s) are still being picked; they stay so and can still be packed.",
                "",
                wave.picking,
            )
        answer = QMessageBox.question(self, self.tr("Close wave"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.fulfilment.close_wave(self.actor, wave.id)
        except AppError as exc:
            show_error(self, exc)
        self.reload()


class ShipDialog(QDialog):
    """Packed orders → handed to the carrier (已发货), with a result per order."""

    def __init__(
        self, services: Services, actor: Actor, run_job: RunJob, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.run_job = run_job
        self.confirm = True  # tests switch the question off
        self.last: BatchResult | None = None
        self.setWindowTitle(self.tr("Ship packed orders"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        scan_row = QHBoxLayout()
        self.scan = QLineEdit(self)
        self.scan.setObjectName("shipScan")
        self.scan.setPlaceholderText(self.tr("Scan an order or tracking number to tick it"))
        scan_label = QLabel(self.tr("&Scan:"), self)
        scan_label.setBuddy(self.scan)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        layout.addLayout(scan_row)
        self.table = CheckTable(
            [self.tr("Order no"), self.tr("Recipient"), self.tr("Destination"),
             self.tr("Carrier"), self.tr("Tracking no"), self.tr("Label"), self.tr("Packed")],
            self,
        )  # fmt: skip
        self.table.setObjectName("shipCandidates")
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Select &all"), self)
        self.all_button.setShortcut(QKeySequence("Ctrl+A"))
        self.none_button = QPushButton(self.tr("Select &none"), self)
        self.none_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.count = QLabel(self)
        self.count.setObjectName("shipCount")
        self.ship_button = QPushButton(self.tr("S&hip ticked orders"), self)
        self.ship_button.setObjectName("shipButton")
        self.ship_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.ship_button.setToolTip("Ctrl+Enter")
        self.ship_button.setEnabled(actor.can(Permission.FULFIL))
        self.retry_button = QPushButton(self.tr("&Retry failed"), self)
        self.retry_button.setEnabled(False)
        for widget in (self.all_button, self.none_button, self.count):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.ship_button)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("shipStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results = make_table([self.tr("Order"), self.tr("Why it was not shipped")], self)
        self.results.setObjectName("shipFailures")
        self.results.setMaximumHeight(160)
        layout.addWidget(self.results)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.scan.returnPressed.connect(self.tick_scanned)
        self.all_button.clicked.connect(lambda: self.table.set_all(True))
        self.none_button.clicked.connect(lambda: self.table.set_all(False))
        self.table.ticks_changed.connect(self._count)
        self.ship_button.clicked.connect(lambda: self.ship(self.table.ids()))
        self.retry_button.clicked.connect(self.retry_failed)
        self.candidates: list[ShipCandidate] = []
        no_default_button(self)
        self.reload()

    def reload(self, ticked: Sequence[int] = ()) -> None:
        try:
            found = self.services.fulfilment.ship_candidates(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        # Ready to go (label printed) first, each group the longest-packed first.
        self.candidates = sorted(found, key=lambda c: not c.labels_printed)
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                [cell(c.order_no, c.order_id, checkable=True), cell(c.recipient_name),
                 cell(place(c.province, c.city)), cell(c.carrier_code),
                 cell(", ".join(c.tracking_nos)),
                 cell(self.tr("printed") if c.labels_printed else self.tr("not printed")),
                 cell(local_time(c.packed_at))]
                for c in self.candidates
            ],
        )  # fmt: skip
        for r, candidate in enumerate(self.candidates):
            if not candidate.labels_printed:
                self.table.item(r, 5).setForeground(QBrush(FAILED))
        self.table.check_ids(ticked)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.blockSignals(False)
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 ticked")
            .replace("%1", str(len(self.table.ids())))
            .replace("%2", str(self.table.rowCount()))
        )

    def tick_scanned(self) -> None:
        code = self.scan.text().strip().upper()
        self.scan.clear()
        for r, candidate in enumerate(self.candidates):
            if code in (candidate.order_no.upper(), *candidate.tracking_nos):
                self.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
                self.table.scrollToItem(self.table.item(r, 0))
                self.status.setStyleSheet("")
                self.status.setText(self.tr("Ticked %1").replace("%1", candidate.order_no))
                return
        QMessageBox.warning(
            self,
            self.tr("Ship packed orders"),
            self.tr("%1 is not a packed order waiting to ship.").replace("%1", code),
        )

    def ship(self, ids: list[int]) -> None:
        if not ids:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Tick the orders to ship first (Space ticks a row)."))
            return
        if self.confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Ship packed orders"),
                self.tr(
                    "Hand %n order(s) to the carrier? Their goods are taken out of stock.",
                    "",
                    len(ids),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        fulfilment = self.services.fulfilment
        actor = self.actor
        self.ship_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Working…"))

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return fulfilment.ship(actor, ids, progress=progress, cancelled=cancelled)

        self.run_job(self.tr("Shipping orders"), job, self.finished_shipping, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.ship_button.setEnabled(self.actor.can(Permission.FULFIL))
        self.status.setText("")
        show_error(self, exc)

    def finished_shipping(self, result: BatchResult) -> None:
        self.ship_button.setEnabled(self.actor.can(Permission.FULFIL))
        self.last = result
        text = self.tr("%n order(s) shipped.", "", len(result.succeeded))
        if result.failed:
            text += " " + self.tr("%n failed:", "", len(result.failed))
        if result.cancelled:
            text += " " + self.tr("Stopped before the end.")
        self.status.setStyleSheet(ERROR_STYLE if result.failed else "")
        self.status.setText(text)
        fill_table(self.results, failures_rows(result.failed))
        self.retry_button.setEnabled(bool(result.failed))
        self.reload(ticked=result.failed_ids)

    def retry_failed(self) -> None:
        if self.last is not None and self.last.failed:
            self.ship(self.last.failed_ids)


__all__ = [
    "CheckTable",
    "NewWaveDialog",
    "ShipDialog",
    "WavesDialog",
    "place",
    "wave_status_label",
]
