"""The Inventory tab's dialogs: receive, adjust, transfer (and the transfer list), stock-take,
reserve / release for an order, product, warehouses, SKU settings and the ledger check.

Each dialog calls one service method when the user confirms and stays open, showing the
translated error next to the buttons, when the service refuses (nothing half-written).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.inventory import (
    CountSheet,
    ProductInfo,
    StockRow,
    TransferInfo,
    WarehouseInfo,
)
from app.permissions import Actor, Permission
from app.services import Services
from app.stock import StockLine
from ui.errors import error_text, format_local_time
from ui.kit.dialog import ERROR_STYLE, FieldProblem, FormDialog, error_label
from ui.kit.list_model import ListColumn, ListModel, list_view


class ScanField(QLineEdit):
    """A field a barcode scanner types into: its Enter ends the scan and never presses the
    dialog's default button (which would post a half-scanned receipt)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def _warehouse_combo(
    parent: QWidget, warehouses: list[WarehouseInfo], selected: int | None
) -> QComboBox:
    combo = QComboBox(parent)
    for w in warehouses:
        combo.addItem(f"{w.code} {w.name}", w.id)
    if selected is not None and combo.findData(selected) >= 0:
        combo.setCurrentIndex(combo.findData(selected))
    return combo


class ProductField(QWidget):
    """A SKU or barcode field (scanner-ready: Enter resolves it) with the product's name."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.product: ProductInfo | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.code = ScanField(self)
        self.code.setObjectName("productCode")
        self.code.setPlaceholderText(self.tr("Scan a barcode or type a SKU, then Enter"))
        self.name = QLabel(self)
        self.name.setMinimumWidth(160)
        layout.addWidget(self.code, 2)
        layout.addWidget(self.name, 3)
        self.code.editingFinished.connect(self.resolve)
        self.code.textEdited.connect(lambda _text: self._set(None))

    def _set(self, product: ProductInfo | None) -> None:
        self.product = product
        self.name.setStyleSheet("")
        self.name.setText(f"{product.name} {product.spec}".strip() if product else "")

    def set_product(self, product_id: int, sku: str, name: str) -> None:
        self.code.setText(sku)
        self.product = ProductInfo(product_id, sku, "", name, "", Decimal(0), 0, True)
        self.name.setText(name)

    def resolve(self) -> ProductInfo | None:
        text = self.code.text().strip()
        if not text:
            self._set(None)
            return None
        if self.product is not None and text in (self.product.sku, self.product.barcode):
            return self.product
        try:
            self._set(self.services.inventory.find_product(self.actor, text))
        except AppError as exc:
            self._set(None)
            self.name.setStyleSheet(ERROR_STYLE)
            self.name.setText(error_text(exc))
        return self.product


class LinesEditor(QWidget):
    """SKU lines for receiving and transfers: scan or type a SKU, Enter adds it (a second
    scan of the same SKU adds one more)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.lines: dict[int, tuple[ProductInfo, int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.code = ScanField(self)
        self.code.setObjectName("lineCode")
        self.code.setPlaceholderText(self.tr("Scan a barcode or type a SKU, then Enter"))
        self.qty = QSpinBox(self)
        self.qty.setObjectName("lineQty")
        self.qty.setRange(1, 1_000_000)
        self.add_button = QPushButton(self.tr("&Add"), self)
        row.addWidget(self.code, 3)
        row.addWidget(QLabel(self.tr("Qty:"), self))
        row.addWidget(self.qty)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.model: ListModel[tuple[ProductInfo, int]] = ListModel(
            [
                ListColumn(self.tr("SKU"), lambda line: line[0].sku),
                ListColumn(self.tr("Name"), lambda line: line[0].name),
                ListColumn(self.tr("Qty"), lambda line: str(line[1]), numeric=True),
            ],
            (),
            self,
        )
        self.table = list_view(self, "linesTable", self.model, fit=False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.code.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def add(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        try:
            product = self.services.inventory.find_product(self.actor, text)
        except AppError as exc:
            self.message.setText(error_text(exc))
            self.code.selectAll()
            return
        self.message.clear()
        _, qty = self.lines.get(product.id, (product, 0))
        self.lines[product.id] = (product, qty + self.qty.value())
        self.qty.setValue(1)
        self.code.clear()
        self._show()

    def add_product(self, product_id: int, sku: str, name: str, qty: int) -> None:
        info = ProductInfo(product_id, sku, "", name, "", Decimal(0), 0, True)
        self.lines[product_id] = (info, qty)
        self._show()

    def remove(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.lines):
            del self.lines[list(self.lines)[row]]
            self._show()

    def _show(self) -> None:
        self.model.set_rows(list(self.lines.values()))

    def stock_lines(self) -> list[StockLine]:
        return [StockLine(pid, qty) for pid, (_, qty) in self.lines.items()]


class ReceiveDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouses: list[WarehouseInfo],
        warehouse_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Receive goods"))
        self.resize(640, 480)
        form = self.form
        self.warehouse = _warehouse_combo(self, warehouses, warehouse_id)
        self.lines = LinesEditor(services, actor, self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Delivery note or supplier, e.g. PO-2024-118"))
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.lines)
        form.addRow(self.tr("&Note:"), self.note)
        self.ok_button.setText(self.tr("Receive"))
        self.finish_layout()
        self.lines.code.setFocus()

    def prepare(self) -> Callable[[], Any]:
        receive, actor = self.services.inventory.receive, self.actor
        values = (self.warehouse.currentData(), self.lines.stock_lines(), self.note.text())
        return lambda: receive(actor, *values)


class AdjustDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouses: list[WarehouseInfo],
        row: StockRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Adjust stock"))
        form = self.form
        self.product = ProductField(services, actor, self)
        self.warehouse = _warehouse_combo(self, warehouses, row.warehouse_id if row else None)
        self.delta = QSpinBox(self)
        self.delta.setObjectName("delta")
        self.delta.setRange(-1_000_000, 1_000_000)
        self.delta.setValue(0)
        self.delta.setToolTip(self.tr("Negative takes stock off the shelf, positive adds"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(
            ["", self.tr("Damaged"), self.tr("Lost"), self.tr("Found"), self.tr("Sample"),
             self.tr("Expired")]
        )  # fmt: skip
        form.addRow(self.tr("&SKU:"), self.product)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("&Change (±):"), self.delta)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.ok_button.setText(self.tr("Adjust"))
        self.finish_layout()
        if row is not None:
            self.product.set_product(row.product_id, row.sku, row.name)
            self.delta.setFocus()

    def prepare(self) -> Callable[[], Any]:
        product = self.product.resolve()
        if product is None:
            raise FieldProblem(self.tr("Choose a SKU first."), self.product)
        adjust, actor = self.services.inventory.adjust, self.actor
        values = (product.id, self.warehouse.currentData(), self.delta.value(),
                  self.reason.currentText())  # fmt: skip
        return lambda: adjust(actor, *values)


class TransferDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouses: list[WarehouseInfo],
        row: StockRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Transfer between warehouses"))
        self.resize(640, 480)
        form = self.form
        self.source = _warehouse_combo(self, warehouses, row.warehouse_id if row else None)
        self.target = _warehouse_combo(self, warehouses, None)
        if self.target.count() > 1 and self.target.currentData() == self.source.currentData():
            self.target.setCurrentIndex(1)
        self.lines = LinesEditor(services, actor, self)
        if row is not None:
            self.lines.add_product(row.product_id, row.sku, row.name, max(row.available, 1))
        self.note = QLineEdit(self)
        form.addRow(self.tr("&From:"), self.source)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow(self.lines)
        form.addRow(self.tr("&Note:"), self.note)
        hint = QLabel(
            self.tr("The goods leave the source now and are in transit until received."), self
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.ok_button.setText(self.tr("Dispatch"))
        self.finish_layout()

    def prepare(self) -> Callable[[], Any]:
        create, actor = self.services.inventory.create_transfer, self.actor
        values = (self.source.currentData(), self.target.currentData(),
                  self.lines.stock_lines(), self.note.text())  # fmt: skip
        return lambda: create(actor, *values)


class TransfersDialog(FormDialog):
    """Transfers in transit and recent ones: receive or cancel."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Transfers"))
        self.resize(760, 420)
        self.changed = False
        layout = QVBoxLayout(self)
        self.model: ListModel[TransferInfo] = ListModel(
            [
                ListColumn(self.tr("Transfer no"), lambda t: t.transfer_no),
                ListColumn(self.tr("From"), lambda t: t.from_code),
                ListColumn(self.tr("To"), lambda t: t.to_code),
                ListColumn(self.tr("Status"), lambda t: self.status_text(t.status)),
                ListColumn(self.tr("Units"), lambda t: str(t.units), numeric=True),
                ListColumn(self.tr("Dispatched"), lambda t: format_local_time(t.dispatched_at)
                           if t.dispatched_at else ""),
            ],
            (),
            self,
        )  # fmt: skip
        self.table = list_view(self, "transfersTable", self.model)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.receive_button = QPushButton(self.tr("&Receive at destination"), self)
        self.cancel_button = QPushButton(self.tr("Cancel &transfer"), self)
        close = QPushButton(self.tr("Close"), self)
        can = actor.can(Permission.MANAGE_STOCK)
        self.receive_button.setEnabled(can)
        self.cancel_button.setEnabled(can)
        row.addWidget(self.receive_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.receive_button.clicked.connect(self.receive)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.accept)
        self.transfers: list[TransferInfo] = []
        self.refresh()

    def status_text(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "in_transit": self.tr("In transit"),
            "received": self.tr("Received"),
            "cancelled": self.tr("Cancelled"),
        }.get(status, status)

    def refresh(self) -> None:
        self.transfers = self.services.inventory.list_transfers(self.actor)
        self.model.set_rows(self.transfers)

    def selected(self) -> TransferInfo | None:
        return self.model.row_at(self.table.currentIndex().row())

    def receive(self) -> None:
        transfer = self.selected()
        if transfer and self.run(
            lambda: self.services.inventory.receive_transfer(self.actor, transfer.id)
        ):
            self.changed = True
        self.refresh()

    def cancel(self) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel transfer"),
            self.tr("Cancel %1? Goods in transit go back into %2 (%n units).", "", transfer.units)
            .replace("%1", transfer.transfer_no)
            .replace("%2", transfer.from_code),
        )
        if answer == QMessageBox.StandardButton.Yes and self.run(
            lambda: self.services.inventory.cancel_transfer(self.actor, transfer.id)
        ):
            self.changed = True
        self.refresh()


class StockTakeDialog(FormDialog):
    """Make a count sheet (warehouse or bin range), enter what was counted, post it."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouses: list[WarehouseInfo],
        warehouse_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Stock-take"))
        self.resize(820, 560)
        self.sheet: CountSheet | None = None
        self.posted = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.open_sheets = QComboBox(self)
        self.open_sheets.setObjectName("openSheets")
        self.open_sheets.addItem(self.tr("New count sheet"), None)
        for sheet in services.inventory.list_counts(actor):
            if sheet.status == "open":
                self.open_sheets.addItem(f"{sheet.count_no} · {sheet.warehouse_code}", sheet.id)
        self.warehouse = _warehouse_combo(self, warehouses, warehouse_id)
        bins = QHBoxLayout()
        self.bin_from = QLineEdit(self)
        self.bin_from.setPlaceholderText(self.tr("first bin, e.g. A-01"))
        self.bin_to = QLineEdit(self)
        self.bin_to.setPlaceholderText(self.tr("last bin, e.g. B-10"))
        bins.addWidget(self.bin_from)
        bins.addWidget(QLabel("—", self))
        bins.addWidget(self.bin_to)
        self.counter = QLineEdit(actor.display_name or actor.username, self)
        self.counter.setObjectName("counterName")
        self.make_button = QPushButton(self.tr("&Make count sheet"), self)
        form.addRow(self.tr("&Sheet:"), self.open_sheets)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("&Bins (empty: all):"), bins)
        form.addRow(self.tr("&Counted by:"), self.counter)
        form.addRow(self.make_button)
        layout.addLayout(form)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("countTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("SKU"), self.tr("Name"), self.tr("Expected"),
             self.tr("On hand now"), self.tr("Counted")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save counts"), self)
        self.post_button = QPushButton(self.tr("&Post variances"), self)
        self.post_button.setObjectName("postCount")
        self.cancel_sheet_button = QPushButton(self.tr("Cancel s&heet"), self)
        close = QPushButton(self.tr("Close"), self)
        for button in (self.save_button, self.post_button, self.cancel_sheet_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.make_button.clicked.connect(self.make_sheet)
        self.open_sheets.currentIndexChanged.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_counts)
        self.post_button.clicked.connect(self.post)
        self.cancel_sheet_button.clicked.connect(self.cancel_sheet)
        close.clicked.connect(self.accept)

    def open_selected(self) -> None:
        count_id = self.open_sheets.currentData()
        if count_id is not None and self.run(
            lambda: self.services.inventory.count_sheet(self.actor, count_id)
        ):
            self.show_sheet(self.result_value)

    def make_sheet(self) -> None:
        if self.run(
            lambda: self.services.inventory.create_count(
                self.actor, self.warehouse.currentData(), self.bin_from.text(),
                self.bin_to.text(), self.counter.text(),
            )
        ):  # fmt: skip
            self.show_sheet(self.result_value)

    def show_sheet(self, sheet: CountSheet) -> None:
        self.sheet = sheet
        if sheet.counter_name:
            self.counter.setText(sheet.counter_name)
        self.title.setText(
            self.tr("Count sheet %1 · %2 · %n line(s)", "", len(sheet.lines))
            .replace("%1", sheet.count_no)
            .replace("%2", sheet.warehouse_code)
        )
        self.table.setRowCount(len(sheet.lines))
        for r, line in enumerate(sheet.lines):
            values = (line.bin_code, line.sku, line.name, str(line.expected), str(line.current),
                      "" if line.counted is None else str(line.counted))  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c < 5:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        is_open = sheet.status == "open"
        for button in (self.save_button, self.post_button, self.cancel_sheet_button):
            button.setEnabled(is_open)
        if sheet.lines:
            self.table.setCurrentCell(0, 5)

    def counted(self) -> dict[int, int | None] | None:
        assert self.sheet is not None
        values: dict[int, int | None] = {}
        for r, line in enumerate(self.sheet.lines):
            item = self.table.item(r, 5)
            text = item.text().strip() if item else ""
            if not text:
                values[line.product_id] = None
                continue
            if not text.isdigit():
                self.message.setText(
                    self.tr("Row %1 (%2): the count must be a whole number of 0 or more.")
                    .replace("%1", str(r + 1))
                    .replace("%2", line.sku)
                )
                self.table.setCurrentCell(r, 5)
                return None
            values[line.product_id] = int(text)
        return values

    def save_counts(self) -> bool:
        values = self.counted()
        if values is None or self.sheet is None:
            return False
        sheet_id = self.sheet.id
        if self.run(lambda: self.services.inventory.record_counts(self.actor, sheet_id, values)):
            self.show_sheet(self.result_value)
            return True
        return False

    def post(self) -> None:
        if self.sheet is None or not self.save_counts():
            return
        counted = sum(1 for line in self.sheet.lines if line.counted is not None)
        answer = QMessageBox.question(
            self,
            self.tr("Post stock-take"),
            self.tr(
                "Post %1? On hand of the %n counted line(s) is set to the count; "
                "empty lines stay as they are.",
                "",
                counted,
            ).replace("%1", self.sheet.count_no),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sheet_id = self.sheet.id
        if self.run(
            lambda: self.services.inventory.post_count(self.actor, sheet_id, self.counter.text())
        ):
            posting = self.result_value
            self.posted = True
            QMessageBox.information(
                self,
                self.tr("Stock-take posted"),
                self.tr("%1 posted: %n variance(s) booked.", "", len(posting.variances)).replace(
                    "%1", posting.count_no
                ),
            )
            self.accept()

    def cancel_sheet(self) -> None:
        if self.sheet is None:
            return
        sheet_id = self.sheet.id
        if self.run(lambda: self.services.inventory.cancel_count(self.actor, sheet_id)):
            self.show_sheet(self.result_value)


class ReserveDialog(FormDialog):
    """Reserve stock for an order by hand, or release what an order holds."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouses: list[WarehouseInfo],
        row: StockRow | None,
        release: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.release = release
        self.setWindowTitle(
            self.tr("Release a reservation") if release else self.tr("Reserve for an order")
        )
        form = self.form
        self.order_no = QLineEdit(self)
        self.order_no.setObjectName("orderNo")
        self.product = ProductField(services, actor, self)
        self.warehouse = _warehouse_combo(self, warehouses, row.warehouse_id if row else None)
        self.qty = QSpinBox(self)
        self.qty.setObjectName("qty")
        self.qty.setRange(0 if release else 1, 1_000_000)
        self.qty.setValue(0 if release else 1)
        if release:
            self.qty.setSpecialValueText(self.tr("all it holds"))
        form.addRow(self.tr("&Order no:"), self.order_no)
        form.addRow(self.tr("&SKU:"), self.product)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("&Quantity:"), self.qty)
        self.ok_button.setText(self.tr("Release") if release else self.tr("Reserve"))
        self.finish_layout()
        if row is not None:
            self.product.set_product(row.product_id, row.sku, row.name)

    def prepare(self) -> Callable[[], Any]:
        product = self.product.resolve()
        inv, actor = self.services.inventory, self.actor
        order_no, warehouse_id = self.order_no.text().strip(), self.warehouse.currentData()
        if self.release:
            lines = None
            if product is not None and self.qty.value():
                lines = [StockLine(product.id, self.qty.value())]
            return lambda: inv.release_for_order(actor, order_no, warehouse_id, lines)
        if product is None:
            raise FieldProblem(self.tr("Choose a SKU first."), self.product)
        wanted = [StockLine(product.id, self.qty.value())]
        return lambda: inv.reserve_for_order(actor, order_no, wanted, warehouse_id)


class ProductDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        product: ProductInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.product = product
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        form = self.form
        self.sku = QLineEdit(product.sku if product else "", self)
        self.sku.setObjectName("sku")
        self.name = QLineEdit(product.name if product else "", self)
        self.name.setObjectName("name")
        self.barcode = QLineEdit(product.barcode if product else "", self)
        self.spec = QLineEdit(product.spec if product else "", self)
        self.price = QDoubleSpinBox(self)
        self.price.setRange(0, 1_000_000)
        self.price.setDecimals(2)
        self.price.setValue(float(product.unit_price) if product else 0.0)
        # What one unit cost: stock is valued at it; receipts with a unit cost keep it as a
        # moving average, and an edit here is audited like the other fields.
        self.cost = QDoubleSpinBox(self)
        self.cost.setObjectName("cost")
        self.cost.setRange(0, 1_000_000)
        self.cost.setDecimals(2)
        self.cost.setValue(float(product.cost) if product else 0.0)
        self.cost.setToolTip(
            self.tr("Unit cost for stock valuation; receipts with a cost update it as a moving "
                    "average.")
        )  # fmt: skip
        self.weight = QSpinBox(self)
        self.weight.setRange(0, 10_000_000)
        self.weight.setSuffix(" g")
        self.weight.setValue(product.weight_g if product else 0)
        self.active = QCheckBox(
            self.tr("Active (inactive SKUs are hidden from the stock table)"), self
        )
        self.active.setChecked(product.is_active if product else True)
        form.addRow(self.tr("&SKU:"), self.sku)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Barcode:"), self.barcode)
        form.addRow(self.tr("S&pec:"), self.spec)
        form.addRow(self.tr("&Unit price:"), self.price)
        form.addRow(self.tr("C&ost per unit:"), self.cost)
        form.addRow(self.tr("&Weight:"), self.weight)
        if product is not None:
            form.addRow(self.active)
        self.ok_button.setText(self.tr("Save"))
        self.finish_layout()

    def prepare(self) -> Callable[[], Any]:
        inv, actor = self.services.inventory, self.actor
        price = Decimal(str(round(self.price.value(), 2))).quantize(Decimal("0.01"))
        cost: Decimal | str = Decimal(str(round(self.cost.value(), 2))).quantize(Decimal("0.01"))
        if not self.cost.hasAcceptableInput():  # e.g. "-5": the service names what is wrong
            cost = self.cost.cleanText()
        fields: dict[str, Any] = {
            "sku": self.sku.text(), "name": self.name.text(), "barcode": self.barcode.text(),
            "spec": self.spec.text(), "unit_price": price, "weight_g": self.weight.value(),
            "cost": cost,
        }  # fmt: skip
        if self.product is None:
            return lambda: inv.create_product(actor, **fields)
        product_id, active = self.product.id, self.active.isChecked()
        return lambda: inv.update_product(actor, product_id, is_active=active, **fields)


class WarehouseDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        warehouse: WarehouseInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.warehouse = warehouse
        self.setWindowTitle(self.tr("Edit warehouse") if warehouse else self.tr("New warehouse"))
        form = self.form
        self.code = QLineEdit(warehouse.code if warehouse else "", self)
        self.code.setObjectName("code")
        self.name = QLineEdit(warehouse.name if warehouse else "", self)
        self.name.setObjectName("name")
        self.priority = QSpinBox(self)
        self.priority.setRange(0, 9999)
        self.priority.setValue(warehouse.priority if warehouse else 100)
        self.priority.setToolTip(self.tr("Lower numbers are chosen first for orders"))
        self.address = QLineEdit(warehouse.address if warehouse else "", self)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(warehouse.is_active if warehouse else True)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("&Address:"), self.address)
        if warehouse is not None:
            form.addRow(self.active)
        else:  # a new warehouse is active; the box would float over the form
            self.active.hide()
        self.ok_button.setText(self.tr("Save"))
        self.finish_layout()
        self.field_labels = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "priority": self.tr("Priority"),
            "address": self.tr("Address"),
        }
        self.field_widgets = {
            "code": self.code,
            "name": self.name,
            "priority": self.priority,
            "address": self.address,
        }

    def prepare(self) -> Callable[[], Any]:
        """Saved on a worker: the form is read here, the service runs there."""
        inv, actor = self.services.inventory, self.actor
        fields = {"code": self.code.text(), "name": self.name.text(),
                  "priority": self.priority.value(), "address": self.address.text()}  # fmt: skip
        if self.warehouse is None:
            return lambda: inv.create_warehouse(actor, **fields)
        warehouse_id, active = self.warehouse.id, self.active.isChecked()
        return lambda: inv.update_warehouse(actor, warehouse_id, is_active=active, **fields)


class WarehousesDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Warehouses"))
        self.resize(640, 360)
        self.changed = False
        layout = QVBoxLayout(self)
        self.model: ListModel[WarehouseInfo] = ListModel(
            [
                ListColumn(self.tr("Code"), lambda w: w.code),
                ListColumn(self.tr("Name"), lambda w: w.name),
                ListColumn(self.tr("Priority"), lambda w: str(w.priority), numeric=True),
                ListColumn(self.tr("Address"), lambda w: w.address),
                ListColumn(self.tr("Active"),
                           lambda w: self.tr("yes") if w.is_active else self.tr("no")),
            ],
            (),
            self,
        )  # fmt: skip
        self.table = list_view(self, "warehousesTable", self.model)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        new = QPushButton(self.tr("&New warehouse…"), self)
        edit = QPushButton(self.tr("&Edit…"), self)
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(new)
        row.addWidget(edit)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        new.clicked.connect(lambda: self.edit(None))
        edit.clicked.connect(lambda: self.edit(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        close.clicked.connect(self.accept)
        self.warehouses: list[WarehouseInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.warehouses = self.services.inventory.list_warehouses(self.actor, include_inactive=True)
        self.model.set_rows(self.warehouses)

    def selected(self) -> WarehouseInfo | None:
        return self.model.row_at(self.table.currentIndex().row())

    def edit(self, warehouse: WarehouseInfo | None) -> None:
        dialog = WarehouseDialog(self.services, self.actor, warehouse, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.refresh()


class LevelDialog(FormDialog):
    """Safety stock and bin of one SKU in one warehouse."""

    def __init__(
        self, services: Services, actor: Actor, row: StockRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.row = row
        self.setWindowTitle(
            self.tr("%1 in %2").replace("%1", row.sku).replace("%2", row.warehouse_code)
        )
        form = self.form
        self.safety = QSpinBox(self)
        self.safety.setObjectName("safetyStock")
        self.safety.setRange(0, 1_000_000)
        self.safety.setValue(row.safety_stock)
        self.bin = QComboBox(self)
        self.bin.setObjectName("binCode")
        self.bin.setEditable(True)
        self.bin.addItems(["", *services.inventory.list_bins(actor, row.warehouse_id)])
        self.bin.setCurrentText(row.bin_code)
        form.addRow(self.tr("&Safety stock:"), self.safety)
        form.addRow(self.tr("&Bin:"), self.bin)
        self.ok_button.setText(self.tr("Save"))
        self.finish_layout()

    def prepare(self) -> Callable[[], Any]:
        set_level, actor = self.services.inventory.set_level, self.actor
        product_id, warehouse_id = self.row.product_id, self.row.warehouse_id
        safety, bin_code = self.safety.value(), self.bin.currentText()
        return lambda: set_level(
            actor, product_id, warehouse_id, safety_stock=safety, bin_code=bin_code
        )


class LedgerCheckDialog(FormDialog):
    """The supervisor's proof that balances equal the ledger, and the repair."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Stock balances against the ledger"))
        self.resize(700, 400)
        self.repaired = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("ledgerSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: ListModel[Any] = ListModel(
            [
                ListColumn(self.tr("SKU"), lambda d: d.sku),
                ListColumn(self.tr("Warehouse"), lambda d: d.warehouse_code),
                ListColumn(self.tr("Field"), lambda d: self.field_text(d.field)),
                ListColumn(self.tr("Balance"), lambda d: str(d.balance), numeric=True),
                ListColumn(self.tr("Ledger"), lambda d: str(d.ledger), numeric=True),
            ],
            (),
            self,
        )
        self.table = list_view(self, "differencesTable", self.model, fit=False)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.recheck_button = QPushButton(self.tr("Check &again"), self)
        self.repair_button = QPushButton(self.tr("&Repair balances…"), self)
        self.repair_button.setObjectName("repairBalances")
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(self.recheck_button)
        row.addWidget(self.repair_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.recheck_button.clicked.connect(self.check)
        self.repair_button.clicked.connect(self.repair)
        close.clicked.connect(self.accept)
        self.differences: list[Any] = []
        self.check()

    def field_text(self, field: str) -> str:
        return {
            "on_hand": self.tr("On hand"),
            "reserved": self.tr("Reserved"),
            "quarantined": self.tr("Quarantined"),
        }.get(field, field)

    def check(self) -> None:
        if not self.run(lambda: self.services.inventory.ledger_differences(self.actor)):
            return
        self.differences = self.result_value
        self.model.set_rows(self.differences)
        if self.differences:
            self.summary.setText(
                self.tr("%n balance(s) differ from the ledger.", "", len(self.differences))
            )
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            self.summary.setText(
                self.tr("Every balance equals the sum of its ledger: 0 differences.")
            )
            self.summary.setStyleSheet("color: #1e8449;")
        self.repair_button.setEnabled(
            bool(self.differences) and self.actor.can(Permission.REPAIR_STOCK)
        )

    def repair(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Repair balances"),
            self.tr(
                "Set %n balance(s) back to what the ledger says? The ledger is the record of "
                "every movement; each correction is written to the audit log.",
                "",
                len(self.differences),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run(lambda: self.services.inventory.repair_balances(self.actor)):
            self.repaired = True
            failed = self.result_value.failed
            self.check()
            if failed:
                text = self.tr(
                    "%n difference(s) could not be repaired: the ledger itself breaks a rule.",
                    "",
                    len(failed),
                )
                self.message.setText(text)
