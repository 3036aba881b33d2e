"""Dialogs of the Logistics tab: new parcel, reasons, manual tracking event, rate comparison,
carriers and rates editor, tracking-import results, and the print queue.

Every dialog calls the services and shows their errors (translated, naming the field) in the
dialog itself, so the user can correct the input without retyping everything.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.logistics import CarrierInfo, Quote
from app.permissions import Actor, Permission
from app.printing import LABEL_SHEETS, LABEL_SIZES, BatchResult, DocumentKind
from app.services import Services
from app.shipments import LabelStatus, ShipmentException, ShipmentRow, ShipmentStatus
from app.tracking import TrackingImportResult, TrackingStatus
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.kit.dialog import ERROR_STYLE, FieldProblem, FormDialog
from ui.kit.format import money
from ui.kit.list_model import Cell, CellsModel, list_view, selected_row

# -- translated labels of domain values ----------------------------------------------------------


def exception_label(kind: str) -> str:
    labels = {
        "stale": QCoreApplication.translate("Logistics", "No movement"),
        "returned": QCoreApplication.translate("Logistics", "Returned"),
        "lost": QCoreApplication.translate("Logistics", "Lost"),
        "address_problem": QCoreApplication.translate("Logistics", "Address problem"),
        "damaged": QCoreApplication.translate("Logistics", "Damaged"),
        "problem": QCoreApplication.translate("Logistics", "Other exception"),
    }
    return labels.get(str(kind), str(kind))


def tracking_status_label(status: str) -> str:
    labels = {
        "picked_up": QCoreApplication.translate("Logistics", "Picked up"),
        "in_transit": QCoreApplication.translate("Logistics", "In transit"),
        "out_for_delivery": QCoreApplication.translate("Logistics", "Out for delivery"),
        "delivered": QCoreApplication.translate("Logistics", "Delivered"),
        "returned": QCoreApplication.translate("Logistics", "Returned"),
        "lost": QCoreApplication.translate("Logistics", "Lost"),
        "address_problem": QCoreApplication.translate("Logistics", "Address problem"),
        "exception": QCoreApplication.translate("Logistics", "Exception"),
        "damaged": QCoreApplication.translate("Logistics", "Damaged"),
    }
    return labels.get(str(status), str(status))


def document_label(kind: DocumentKind) -> str:
    labels = {
        DocumentKind.LABEL: QCoreApplication.translate("Logistics", "Shipping labels"),
        DocumentKind.INVOICE: QCoreApplication.translate("Logistics", "Invoices"),
        DocumentKind.PACKING_SLIP: QCoreApplication.translate("Logistics", "Packing slips"),
        DocumentKind.PICK_LIST: QCoreApplication.translate("Logistics", "Pick list"),
    }
    return labels[kind]


def money_text(amount: Decimal | None) -> str:
    return money(amount)


def parse_money(text: str) -> Decimal | None:
    """The typed amount, or None when it is not a number (the service names the field)."""
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None


def _item(text: str, data: Any = None, align_right: bool = False, **style: Any) -> Cell:
    return Cell(text, data, align_right, **style)


def make_table(headers: list[str], parent: QWidget) -> QTableView:
    """A read-only short list of prepared cells (the kit's `CellsModel`)."""
    return list_view(parent, "", CellsModel(headers, parent))


def fill_table(table: QTableView, rows: Sequence[Sequence[Cell]]) -> None:
    """Show these rows: in a `make_table` list, or in a check-box grid (a QTableWidget)."""
    if not isinstance(table, QTableWidget):
        model = table.model()
        assert isinstance(model, CellsModel)
        model.set_rows(rows)
        return
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.setItem(r, c, _widget_item(cell))


def _widget_item(cell: Cell) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if cell.checkable:
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setCheckState(Qt.CheckState.Unchecked)
    item.setFlags(flags)
    if cell.data is not None:
        item.setData(Qt.ItemDataRole.UserRole, cell.data)
    if cell.right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if cell.colour is not None:
        item.setForeground(QBrush(cell.colour))
    return item


def selected_data(table: QTableView) -> Any:
    """The selected row's key (its first cell's data)."""
    rows = table.selectionModel().selectedRows()
    model = table.model()
    if not rows or not isinstance(model, CellsModel):
        return None
    return model.key_at(rows[0].row())


# -- parcels, reasons, events --------------------------------------------------------------------


def carrier_combo(carriers: list[CarrierInfo], parent: QWidget, *, blank: str = "") -> QComboBox:
    combo = QComboBox(parent)
    if blank:
        combo.addItem(blank, None)
    for carrier in carriers:
        combo.addItem(f"{carrier.code} {carrier.name}", carrier.id)
    return combo


class NewShipmentDialog(FormDialog):
    def __init__(
        self, services: Services, actor: Actor, order_no: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Logistics", "New parcel"), parent)
        self.services = services
        self.actor = actor
        self.carriers = services.logistics.list_carriers(actor, active_only=True)
        pools = {p.carrier_id for p in services.logistics.list_pools(actor) if p.is_active}
        self.pooled = pools
        self.order_no = QLineEdit(order_no, self)
        self.order_no.setObjectName("orderNo")
        self.carrier = carrier_combo(self.carriers, self)
        self.carrier.setObjectName("carrier")
        self.service = QComboBox(self)
        self.tracking_no = QLineEdit(self)
        self.tracking_no.setObjectName("trackingNo")
        self.weight = QSpinBox(self)
        self.weight.setRange(0, 1_000_000)
        self.weight.setSuffix(" g")
        self.weight.setSpecialValueText(self.tr("from the catalogue"))
        self.dims = [QSpinBox(self) for _ in range(3)]
        dims_row = QHBoxLayout()
        for box in self.dims:
            box.setRange(0, 10_000)
            box.setSuffix(" mm")
            dims_row.addWidget(box)
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText(self.tr("empty: the carrier's rate"))
        self.field_labels = {
            "order_no": self.tr("Order no"),
            "tracking_no": self.tr("Tracking no"),
            "weight_g": self.tr("Weight"),
            "cost": self.tr("Cost"),
            "carrier_id": self.tr("Carrier"),
            "service_id": self.tr("Service"),
        }
        self.form.addRow(self.tr("&Order no:"), self.order_no)
        self.form.addRow(self.tr("&Carrier:"), self.carrier)
        self.form.addRow(self.tr("&Service:"), self.service)
        self.form.addRow(self.tr("&Tracking no:"), self.tracking_no)
        self.form.addRow(self.tr("&Weight:"), self.weight)
        self.form.addRow(self.tr("Length × width × height:"), dims_row)
        self.form.addRow(self.tr("C&ost:"), self.cost)
        self.finish_layout()
        self.carrier.currentIndexChanged.connect(self._carrier_changed)
        self._carrier_changed()

    def _carrier_changed(self) -> None:
        carrier_id = self.carrier.currentData()
        self.service.clear()
        self.service.addItem(self.tr("(cheapest)"), None)
        for carrier in self.carriers:
            if carrier.id == carrier_id:
                for service in carrier.services:
                    self.service.addItem(f"{service.code} {service.name}", service.id)
        self.tracking_no.setPlaceholderText(
            self.tr("empty: the next number from the carrier's pool")
            if carrier_id in self.pooled
            else self.tr("required: this carrier has no number pool")
        )

    def prepare(self) -> Callable[[], Any]:
        """The form read here; the parcel is created on a worker."""
        cost_text = self.cost.text().strip()
        cost = parse_money(cost_text) if cost_text else None
        if cost_text and cost is None:
            raise FieldProblem(self.tr("Cost: enter an amount like 12.50"), self.cost)
        if self.carrier.currentData() is None:
            raise FieldProblem(self.tr("Choose a carrier"), self.carrier)
        create, actor = self.services.shipments.create_shipment, self.actor
        order_no, carrier_id = self.order_no.text().strip(), self.carrier.currentData()
        values = {
            "service_id": self.service.currentData(),
            "tracking_no": self.tracking_no.text(),
            "weight_g": self.weight.value() or None,
            "length_mm": self.dims[0].value(),
            "width_mm": self.dims[1].value(),
            "height_mm": self.dims[2].value(),
            "cost": cost,
        }
        return lambda: create(actor, order_no, carrier_id, **values)


class ReasonDialog(FormDialog):
    """Asks for a reason; OK stays disabled until one is typed."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        info = QLabel(text, self)
        info.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.form.addRow(info)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.finish_layout()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))


class TrackingEventDialog(FormDialog):
    """Add a tracking event to one parcel, named at the top so nobody adds it to the wrong one."""

    def __init__(
        self, services: Services, actor: Actor, parcel: ShipmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Logistics", "Add tracking event to %1").replace(
                "%1", parcel.tracking_no
            ),
            parent,
        )
        shipment_id = parcel.id
        self.parcel = QLabel(
            self.tr("Parcel %1 (%2) of order %3, to %4")
            .replace("%1", parcel.tracking_no)
            .replace("%2", parcel.carrier_name)
            .replace("%3", parcel.order_no)
            .replace("%4", parcel.recipient_name),
            self,
        )
        self.parcel.setObjectName("eventParcel")
        self.setMinimumWidth(440)
        self.parcel.setWordWrap(True)
        self.parcel.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.parcel)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.status = QComboBox(self)
        self.status.setObjectName("eventStatus")
        for status in TrackingStatus:
            self.status.addItem(tracking_status_label(status), status.value)
        self.location = QLineEdit(self)
        self.description = QLineEdit(self)
        self.form.addRow(self.tr("&Time:"), self.when)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Location:"), self.location)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.finish_layout()

        def prepare() -> Callable[[], Any]:  # the form read here, the event added on a worker
            moment = self.when.dateTime().toPython()
            assert isinstance(moment, datetime)
            values = (moment.astimezone(), self.status.currentData(), self.location.text(),
                      self.description.text())  # fmt: skip
            return lambda: services.tracking.add_event(actor, shipment_id, *values)

        self.prepare = prepare  # type: ignore[method-assign]


# -- rate comparison ---------------------------------------------------------------------------


class RateComparisonDialog(QDialog):
    def __init__(
        self, services: Services, actor: Actor, order_no: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Compare carriers"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.order_no = QLineEdit(order_no, self)
        self.order_no.setObjectName("rateOrderNo")
        self.order_no.setPlaceholderText(self.tr("Order number"))
        self.province = QLineEdit(self)
        self.province.setPlaceholderText(self.tr("or province, e.g. 广东省"))
        self.weight = QSpinBox(self)
        self.weight.setRange(0, 1_000_000)
        self.weight.setSuffix(" g")
        self.weight.setSpecialValueText(self.tr("order weight"))
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setDefault(True)
        for widget in (self.order_no, self.province, self.weight, self.compare_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = make_table(
            [self.tr("Carrier"), self.tr("Service"), self.tr("Rate region"), self.tr("Price"),
             self.tr("Days"), self.tr("Note")],
            self,
        )  # fmt: skip
        self.table.setObjectName("rateTable")
        layout.addWidget(self.table)
        self.use_button = QPushButton(self.tr("&Use this carrier"), self)
        self.use_button.setObjectName("useCarrier")
        self.use_button.setToolTip(self.tr("Set the selected carrier on the order"))
        self.use_button.setVisible(actor.can(Permission.CONFIRM_ORDERS))
        self.use_button.setEnabled(False)
        self.result = QLabel(self)
        self.result.setObjectName("useCarrierResult")
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.use_button)
        layout.addLayout(bottom)
        self._compared_order = ""
        self.use_button.clicked.connect(lambda: self.use_carrier())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_use())
        self.compare_button.clicked.connect(self.compare)
        self.order_no.returnPressed.connect(self.compare)
        if order_no:
            self.compare()

    def compare(self) -> None:
        order_no = self.order_no.text().strip() or None
        province = self.province.text().strip() or None
        weight = self.weight.value() or None
        try:
            quote: Quote = self.services.logistics.quote(
                self.actor, order_no=order_no, province=province, weight_g=weight
            )
            try:
                suggestion = self.services.logistics.suggest_carrier(
                    self.actor, order_no=order_no, province=province, weight_g=weight
                )
            except AppError:
                suggestion = None
        except AppError as exc:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(error_text(exc))
            fill_table(self.table, [])
            self._compared_order = ""
            self._update_use()
            return
        self._compared_order = order_no or ""
        self.summary.setStyleSheet("")
        facts = quote.facts
        text = (
            self.tr("To %1, %2 g, order amount %3.")
            .replace("%1", facts.province or "*")
            .replace("%2", str(facts.weight_g))
            .replace("%3", money_text(facts.amount))
        )
        if suggestion is not None:
            why = self.tr("by carrier rule") if suggestion.reason == "rule" else self.tr("cheapest")
            text += " " + self.tr("Suggested: %1 (%2).").replace(
                "%1", suggestion.carrier_code
            ).replace("%2", why)
        if not quote.options:
            text += " " + self.tr("No carrier has a rate for this destination.")
        self.summary.setText(text)
        rows = []
        for option in quote.options:
            marks = []
            if option.cheapest:
                marks.append(self.tr("cheapest"))
            if option.fastest:
                marks.append(self.tr("fastest"))
            bold = bool(marks)
            rows.append([
                _item(f"{option.carrier_code} {option.carrier_name}", option.carrier_id,
                      bold=bold),
                _item(option.service_name, bold=bold),
                _item(option.region, bold=bold),
                _item(money_text(option.price), align_right=True, bold=bold),
                _item(str(option.eta_days), align_right=True, bold=bold),
                _item(" · ".join(marks), bold=bold),
            ])  # fmt: skip
        fill_table(self.table, rows)
        self._update_use()

    def _update_use(self) -> None:
        self.use_button.setEnabled(
            bool(self._compared_order) and selected_data(self.table) is not None
        )

    def use_carrier(self) -> None:
        """Set the selected row's carrier on the compared order."""
        carrier_id = selected_data(self.table)
        if not self._compared_order or carrier_id is None:
            return
        orders = self.services.orders
        try:
            order_id = orders.order_id(self.actor, self._compared_order)
            orders.assign_carrier(self.actor, order_id, int(carrier_id))
        except AppError as exc:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(error_text(exc))
            return
        chosen = selected_row(self.table)
        name = chosen[0].text if chosen else ""
        text = (
            self.tr("Order %1 ships with %2.")
            .replace("%1", self._compared_order)
            .replace("%2", name)
        )
        self.result.setStyleSheet("")
        self.result.setText(text)
        parent = self.parentWidget()
        if parent is not None:  # stays on the window after this dialog closes
            notify(parent, text)


# -- carriers and rates ------------------------------------------------------------------------


class CarrierEditorDialog(QDialog):
    """Carriers with their services, rate table and tracking-number pools, and the automatic
    carrier rules. Read-only without the permission to manage carriers."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.can_edit = actor.can(Permission.MANAGE_CARRIERS)
        self.setWindowTitle(self.tr("Carriers and rates"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget(self)
        layout.addWidget(self.pages)

        carriers_page = QWidget(self)
        row = QHBoxLayout(carriers_page)
        left = QVBoxLayout()
        self.carrier_list = QListWidget(carriers_page)
        self.carrier_list.setObjectName("carrierList")
        self.carrier_list.setMaximumWidth(240)
        left.addWidget(self.carrier_list)
        self.new_carrier = QPushButton(self.tr("&New carrier…"), carriers_page)
        self.edit_carrier = QPushButton(self.tr("&Edit carrier…"), carriers_page)
        self.toggle_carrier = QPushButton(self.tr("In use on/off"), carriers_page)
        for button in (self.new_carrier, self.edit_carrier, self.toggle_carrier):
            left.addWidget(button)
        row.addLayout(left)
        self.detail = QTabWidget(carriers_page)
        row.addWidget(self.detail, 1)

        self.services_table = make_table([self.tr("Code"), self.tr("Name"), self.tr("Days")], self)
        self.rates_table = make_table(
            [self.tr("Service"), self.tr("Region"), self.tr("First weight (g)"),
             self.tr("First price"), self.tr("Step (g)"), self.tr("Step price"),
             self.tr("Days")],
            self,
        )  # fmt: skip
        self.rates_table.setObjectName("ratesTable")
        self.pools_table = make_table(
            [self.tr("Prefix"), self.tr("From"), self.tr("To"), self.tr("Next"),
             self.tr("Left"), self.tr("In use")],
            self,
        )  # fmt: skip
        self.pools_table.setObjectName("poolsTable")
        self.rules_table = make_table(
            [self.tr("Position"), self.tr("Warehouse"), self.tr("Province"),
             self.tr("Max weight (g)"), self.tr("Min amount"), self.tr("Carrier"),
             self.tr("Service"), self.tr("Enabled")],
            self,
        )  # fmt: skip
        self.rules_table.setObjectName("rulesTable")

        def page(table: QTableView, actions: list[tuple[str, Callable[[], None]]]) -> QWidget:
            widget = QWidget(self)
            box = QVBoxLayout(widget)
            box.addWidget(table)
            buttons = QHBoxLayout()
            for text, slot in actions:
                button = QPushButton(text, widget)
                button.setEnabled(self.can_edit)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            buttons.addStretch(1)
            box.addLayout(buttons)
            return widget

        self.detail.addTab(
            page(self.services_table, [(self.tr("Add service…"), self.add_service),
                                       (self.tr("Edit…"), self.edit_service),
                                       (self.tr("Delete"), self.delete_service)]),
            self.tr("Services"),
        )  # fmt: skip
        self.detail.addTab(
            page(self.rates_table, [(self.tr("Add rate…"), self.add_rate),
                                    (self.tr("Edit…"), self.edit_rate),
                                    (self.tr("Delete"), self.delete_rate)]),
            self.tr("Rate table"),
        )  # fmt: skip
        self.detail.addTab(
            page(self.pools_table, [(self.tr("Add number range…"), self.add_pool),
                                    (self.tr("In use on/off"), self.toggle_pool)]),
            self.tr("Tracking numbers"),
        )  # fmt: skip
        self.pages.addTab(carriers_page, self.tr("Carriers"))
        self.pages.addTab(
            page(self.rules_table, [(self.tr("Add rule…"), self.add_rule),
                                    (self.tr("Edit…"), self.edit_rule),
                                    (self.tr("Delete"), self.delete_rule)]),
            self.tr("Automatic carrier choice"),
        )  # fmt: skip
        for button in (self.new_carrier, self.edit_carrier, self.toggle_carrier):
            button.setEnabled(self.can_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.carrier_list.currentRowChanged.connect(lambda _row: self.show_carrier())
        self.new_carrier.clicked.connect(self.create_carrier)
        self.edit_carrier.clicked.connect(self.change_carrier)
        self.toggle_carrier.clicked.connect(self.toggle_carrier_active)
        self.carriers: list[CarrierInfo] = []
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        current = keep if keep is not None else self.current_carrier_id()
        self.carriers = self.services.logistics.list_carriers(self.actor)
        self.carrier_list.blockSignals(True)
        self.carrier_list.clear()
        for carrier in self.carriers:
            item = QListWidgetItem(f"{carrier.code}  {carrier.name}")
            item.setData(Qt.ItemDataRole.UserRole, carrier.id)
            if not carrier.is_active:
                item.setForeground(QBrush(QColor("gray")))
                item.setText(item.text() + "  " + self.tr("(not in use)"))
            self.carrier_list.addItem(item)
        self.carrier_list.blockSignals(False)
        index = next((i for i, c in enumerate(self.carriers) if c.id == current), 0)
        if self.carriers:
            self.carrier_list.setCurrentRow(index)
        self.show_carrier()
        self.show_rules()

    def current_carrier_id(self) -> int | None:
        item = self.carrier_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_carrier(self) -> CarrierInfo | None:
        carrier_id = self.current_carrier_id()
        return next((c for c in self.carriers if c.id == carrier_id), None)

    def show_carrier(self) -> None:
        carrier = self.current_carrier()
        if carrier is None:
            for table in (self.services_table, self.rates_table, self.pools_table):
                fill_table(table, [])
            return
        names = {s.id: s.name for s in carrier.services}
        fill_table(
            self.services_table,
            [[_item(s.code, s.id), _item(s.name), _item(str(s.eta_days), align_right=True)]
             for s in carrier.services],
        )  # fmt: skip
        rates = self.services.logistics.list_rate_rules(self.actor, carrier.id)
        fill_table(
            self.rates_table,
            [[_item(names.get(r.service_id, "*") if r.service_id else "*", r.id),
              _item(r.region), _item(str(r.first_weight_g), align_right=True),
              _item(money_text(r.first_price), align_right=True),
              _item(str(r.step_weight_g), align_right=True),
              _item(money_text(r.step_price), align_right=True),
              _item(str(r.eta_days), align_right=True)] for r in rates],
        )  # fmt: skip
        self._rates = {r.id: r for r in rates}
        pools = self.services.logistics.list_pools(self.actor, carrier.id)
        fill_table(
            self.pools_table,
            [[_item(p.prefix, p.id), _item(str(p.start_value), align_right=True),
              _item(str(p.end_value), align_right=True),
              _item(str(p.next_value), align_right=True),
              _item(str(p.remaining), align_right=True),
              _item(self.tr("yes") if p.is_active else self.tr("no"))] for p in pools],
        )  # fmt: skip
        self._pools = {p.id: p for p in pools}

    def show_rules(self) -> None:
        rules = self.services.logistics.list_carrier_rules(self.actor)
        codes = {c.id: c.code for c in self.carriers}
        services = {s.id: s.name for c in self.carriers for s in c.services}
        warehouses = {
            w: code for w, code, _ in self.services.logistics.warehouse_choices(self.actor)
        }
        fill_table(
            self.rules_table,
            [[_item(str(r.position), r.id, align_right=True),
              _item(warehouses.get(r.warehouse_id, "") if r.warehouse_id else self.tr("any")),
              _item(r.province or self.tr("any")),
              _item(str(r.max_weight_g) if r.max_weight_g is not None else ""),
              _item(money_text(r.min_amount)), _item(codes.get(r.carrier_id, "?")),
              _item(services.get(r.service_id, "") if r.service_id else ""),
              _item(self.tr("yes") if r.is_enabled else self.tr("no"))] for r in rules],
        )  # fmt: skip
        self._rules = {r.id: r for r in rules}

    def _act(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    # -- carriers -----------------------------------------------------------------------------

    def _carrier_form(self, carrier: CarrierInfo | None) -> None:
        dialog = FormDialog(self.tr("Carrier"), self)
        code = QLineEdit(carrier.code if carrier else "", dialog)
        code.setEnabled(carrier is None)
        name = QLineEdit(carrier.name if carrier else "", dialog)
        url = QLineEdit(carrier.tracking_url if carrier else "", dialog)
        url.setPlaceholderText("https://…{tracking_no}")
        dialog.field_labels = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "tracking_url": self.tr("Tracking page"),
        }
        dialog.form.addRow(self.tr("&Code:"), code)
        dialog.form.addRow(self.tr("&Name:"), name)
        dialog.form.addRow(self.tr("&Tracking page:"), url)
        dialog.finish_layout()
        if carrier is None:
            dialog.action = lambda: self.services.logistics.create_carrier(
                self.actor, code.text(), name.text(), url.text()
            )
        else:
            dialog.action = lambda: self.services.logistics.update_carrier(
                self.actor, carrier.id, name=name.text(), tracking_url=url.text()
            )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(keep=dialog.result_value.id)

    def create_carrier(self) -> None:
        self._carrier_form(None)

    def change_carrier(self) -> None:
        carrier = self.current_carrier()
        if carrier is not None:
            self._carrier_form(carrier)

    def toggle_carrier_active(self) -> None:
        carrier = self.current_carrier()
        if carrier is not None:
            self._act(
                lambda: self.services.logistics.update_carrier(
                    self.actor, carrier.id, is_active=not carrier.is_active
                )
            )

    # -- services -----------------------------------------------------------------------------

    def _service_form(self, service_id: int | None) -> None:
        carrier = self.current_carrier()
        if carrier is None:
            return
        service = next((s for s in carrier.services if s.id == service_id), None)
        dialog = FormDialog(self.tr("Service"), self)
        code = QLineEdit(service.code if service else "", dialog)
        name = QLineEdit(service.name if service else "", dialog)
        days = QSpinBox(dialog)
        days.setRange(0, 90)
        days.setValue(service.eta_days if service else 3)
        dialog.field_labels = {"code": self.tr("Code"), "name": self.tr("Name")}
        dialog.form.addRow(self.tr("&Code:"), code)
        dialog.form.addRow(self.tr("&Name:"), name)
        dialog.form.addRow(self.tr("&Delivery days:"), days)
        dialog.finish_layout()
        dialog.action = lambda: self.services.logistics.save_service(
            self.actor, carrier.id, code.text(), name.text(), days.value(), service_id=service_id
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def add_service(self) -> None:
        self._service_form(None)

    def edit_service(self) -> None:
        service_id = selected_data(self.services_table)
        if service_id is not None:
            self._service_form(service_id)

    def delete_service(self) -> None:
        service_id = selected_data(self.services_table)
        if service_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete service"),
            self.tr("Delete the service and its rates? Services used by parcels are kept."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.services.logistics.delete_service(self.actor, service_id))

    # -- rates --------------------------------------------------------------------------------

    def _rate_form(self, rate_id: int | None) -> None:
        carrier = self.current_carrier()
        if carrier is None:
            return
        rate = self._rates.get(rate_id) if rate_id is not None else None
        dialog = FormDialog(self.tr("Rate"), self)
        service = QComboBox(dialog)
        service.addItem(self.tr("every service"), None)
        for s in carrier.services:
            service.addItem(f"{s.code} {s.name}", s.id)
        if rate is not None:
            service.setCurrentIndex(max(0, service.findData(rate.service_id)))
        region = QLineEdit(rate.region if rate else "*", dialog)
        region.setToolTip(self.tr("A province exactly as orders write it (广东省), or * for all"))
        first_weight = QSpinBox(dialog)
        step_weight = QSpinBox(dialog)
        for box, value in ((first_weight, rate.first_weight_g if rate else 1000),
                           (step_weight, rate.step_weight_g if rate else 1000)):  # fmt: skip
            box.setRange(1, 1_000_000)
            box.setSuffix(" g")
            box.setValue(value)
        first_price = QLineEdit(money_text(rate.first_price) if rate else "", dialog)
        step_price = QLineEdit(money_text(rate.step_price) if rate else "", dialog)
        for widget, name in ((region, "region"), (first_price, "firstPrice"),
                             (step_price, "stepPrice")):  # fmt: skip
            widget.setObjectName(name)
        days = QSpinBox(dialog)
        days.setRange(0, 90)
        days.setValue(rate.eta_days if rate else 3)
        dialog.field_labels = {
            "region": self.tr("Region"),
            "first_price": self.tr("First price"),
            "step_price": self.tr("Step price"),
            "first_weight_g": self.tr("First weight (g)"),
            "step_weight_g": self.tr("Step (g)"),
        }
        dialog.form.addRow(self.tr("&Service:"), service)
        dialog.form.addRow(self.tr("&Region:"), region)
        dialog.form.addRow(self.tr("&First weight:"), first_weight)
        dialog.form.addRow(self.tr("First &price:"), first_price)
        dialog.form.addRow(self.tr("&Each further:"), step_weight)
        dialog.form.addRow(self.tr("Further p&rice:"), step_price)
        dialog.form.addRow(self.tr("&Delivery days:"), days)
        dialog.finish_layout()
        dialog.action = lambda: self.services.logistics.save_rate_rule(
            self.actor, carrier.id, region.text(),
            first_price=first_price.text(), step_price=step_price.text(),
            first_weight_g=first_weight.value(), step_weight_g=step_weight.value(),
            eta_days=days.value(), service_id=service.currentData(), rule_id=rate_id,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def add_rate(self) -> None:
        self._rate_form(None)

    def edit_rate(self) -> None:
        rate_id = selected_data(self.rates_table)
        if rate_id is not None:
            self._rate_form(rate_id)

    def delete_rate(self) -> None:
        rate_id = selected_data(self.rates_table)
        if rate_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete rate"), self.tr("Delete this rate?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.services.logistics.delete_rate_rule(self.actor, rate_id))

    # -- pools --------------------------------------------------------------------------------

    def add_pool(self) -> None:
        carrier = self.current_carrier()
        if carrier is None:
            return
        dialog = FormDialog(self.tr("Tracking-number range"), self)
        prefix = QLineEdit(carrier.code, dialog)
        start = QLineEdit(dialog)
        end = QLineEdit(dialog)
        width = QSpinBox(dialog)
        width.setRange(1, 30)
        width.setValue(12)
        preview = QLabel(dialog)

        def numbers() -> tuple[int, int]:
            try:
                return int(start.text().strip()), int(end.text().strip())
            except ValueError as exc:
                raise FieldProblem(self.tr("Enter the first and last number of the range")) from exc

        def update_preview() -> None:
            try:
                first, last = numbers()
                preview.setText(
                    self.tr("%1 … %2 (%3 numbers)")
                    .replace("%1", f"{prefix.text().strip().upper()}{first:0{width.value()}d}")
                    .replace("%2", f"{prefix.text().strip().upper()}{last:0{width.value()}d}")
                    .replace("%3", str(max(0, last - first + 1)))
                )
            except FieldProblem:
                preview.setText("")

        for widget in (prefix, start, end):
            widget.textChanged.connect(update_preview)
        width.valueChanged.connect(update_preview)
        dialog.field_labels = {
            "prefix": self.tr("Prefix"),
            "start": self.tr("From"),
            "end": self.tr("To"),
            "width": self.tr("Digits"),
        }
        dialog.form.addRow(self.tr("&Prefix:"), prefix)
        dialog.form.addRow(self.tr("&First number:"), start)
        dialog.form.addRow(self.tr("&Last number:"), end)
        dialog.form.addRow(self.tr("&Digits:"), width)
        dialog.form.addRow(self.tr("Numbers:"), preview)
        dialog.finish_layout()
        dialog.action = lambda: self.services.logistics.create_pool(
            self.actor, carrier.id, prefix.text(), *numbers(), width=width.value()
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def toggle_pool(self) -> None:
        pool_id = selected_data(self.pools_table)
        if pool_id is not None:
            pool = self._pools[pool_id]
            self._act(
                lambda: self.services.logistics.set_pool_active(
                    self.actor, pool_id, not pool.is_active
                )
            )

    # -- rules --------------------------------------------------------------------------------

    def _rule_form(self, rule_id: int | None) -> None:
        rule = self._rules.get(rule_id) if rule_id is not None else None
        dialog = FormDialog(self.tr("Carrier rule"), self)
        position = QSpinBox(dialog)
        position.setRange(0, 1_000_000)
        position.setValue(rule.position if rule else 100)
        warehouse = QComboBox(dialog)
        warehouse.addItem(self.tr("any"), None)
        for wid, code, name in self.services.logistics.warehouse_choices(self.actor):
            warehouse.addItem(f"{code} {name}", wid)
        province = QLineEdit(rule.province if rule else "", dialog)
        province.setPlaceholderText(self.tr("any"))
        max_weight = QSpinBox(dialog)
        max_weight.setRange(0, 1_000_000)
        max_weight.setSuffix(" g")
        max_weight.setSpecialValueText(self.tr("any"))
        max_weight.setValue((rule.max_weight_g or 0) if rule else 0)
        min_amount = QLineEdit(money_text(rule.min_amount) if rule else "", dialog)
        min_amount.setPlaceholderText(self.tr("any"))
        carrier = carrier_combo([c for c in self.carriers if c.is_active], dialog)
        service = QComboBox(dialog)
        enabled = QCheckBox(self.tr("Enabled"), dialog)
        enabled.setChecked(rule.is_enabled if rule else True)

        def carrier_changed() -> None:
            service.clear()
            service.addItem(self.tr("(cheapest)"), None)
            for c in self.carriers:
                if c.id == carrier.currentData():
                    for s in c.services:
                        service.addItem(f"{s.code} {s.name}", s.id)

        carrier.currentIndexChanged.connect(carrier_changed)
        if rule is not None:
            warehouse.setCurrentIndex(max(0, warehouse.findData(rule.warehouse_id)))
            carrier.setCurrentIndex(max(0, carrier.findData(rule.carrier_id)))
        carrier_changed()
        if rule is not None:
            service.setCurrentIndex(max(0, service.findData(rule.service_id)))
        dialog.field_labels = {
            "min_amount": self.tr("Min amount"),
            "province": self.tr("Province"),
            "max_weight_g": self.tr("Max weight (g)"),
        }
        dialog.form.addRow(self.tr("&Position (lower first):"), position)
        dialog.form.addRow(self.tr("&Warehouse:"), warehouse)
        dialog.form.addRow(self.tr("&Province:"), province)
        dialog.form.addRow(self.tr("&Up to weight:"), max_weight)
        dialog.form.addRow(self.tr("&From order amount:"), min_amount)
        dialog.form.addRow(self.tr("&Carrier:"), carrier)
        dialog.form.addRow(self.tr("&Service:"), service)
        dialog.form.addRow(enabled)
        dialog.finish_layout()

        def save() -> Any:
            amount_text = min_amount.text().strip()
            return self.services.logistics.save_carrier_rule(
                self.actor, carrier.currentData(), position=position.value(),
                warehouse_id=warehouse.currentData(), province=province.text(),
                max_weight_g=max_weight.value() or None,
                min_amount=amount_text or None,
                service_id=service.currentData(), is_enabled=enabled.isChecked(),
                rule_id=rule_id,
            )  # fmt: skip

        dialog.action = save
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_rules()

    def add_rule(self) -> None:
        self._rule_form(None)

    def edit_rule(self) -> None:
        rule_id = selected_data(self.rules_table)
        if rule_id is not None:
            self._rule_form(rule_id)

    def delete_rule(self) -> None:
        rule_id = selected_data(self.rules_table)
        if rule_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete rule"), self.tr("Delete this rule?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.services.logistics.delete_carrier_rule(self.actor, rule_id))


# -- results of background work -----------------------------------------------------------------


class ImportResultDialog(QDialog):
    def __init__(self, result: TrackingImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tracking import: %1").replace("%1", result.file_name))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "%1 rows: %2 events added, %3 already recorded, %4 rows not imported. "
            "%5 parcels changed status, %6 delivered."
        )
        for n, value in enumerate(
            (result.total_rows, result.added, result.duplicates, result.failed,
             result.shipments_updated, result.delivered), start=1
        ):  # fmt: skip
            summary = summary.replace(f"%{n}", str(value))
        if result.cancelled:
            summary += " " + self.tr("Cancelled: import the file again to finish it.")
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = make_table([self.tr("Row"), self.tr("Tracking no"), self.tr("Reason")], self)
        self.table.setObjectName("importProblems")
        fill_table(
            self.table,
            [[_item(str(p.row_no), p.row_no, align_right=True), _item(p.tracking_no),
              _item(error_text(p.error))] for p in result.problems],
        )  # fmt: skip
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout.addWidget(box)


def qt_pdf_available() -> bool:
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401 - PySide6-Addons only
    except ImportError:
        return False
    return True


def print_pdf(path: str, parent: QWidget) -> bool:
    """Print a PDF through the system print dialog; False if Qt PDF is not installed."""
    if not qt_pdf_available():
        return False
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    document.load(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return True
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            image = document.render(page, target.size())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True


class PrintQueueDialog(QDialog):
    """Orders (one a line; scanning adds lines) → the chosen documents, saved as PDF or
    printed, in the background, with a result per order and "retry failed"."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        order_nos: list[str],
        run_job: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.run_job = run_job
        self.setWindowTitle(self.tr("Print queue"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        orders_label = QLabel(self.tr("&Orders (one number a line):"), self)
        self.orders = QPlainTextEdit("\n".join(order_nos), self)
        self.orders.setObjectName("printOrders")
        orders_label.setBuddy(self.orders)
        left.addWidget(orders_label)
        left.addWidget(self.orders)
        top.addLayout(left, 1)
        options = QFormLayout()
        self.kinds: dict[DocumentKind, QCheckBox] = {}
        for kind in DocumentKind:
            box = QCheckBox(document_label(kind), self)
            box.setObjectName(f"kind_{kind.value}")
            box.setChecked(kind is DocumentKind.LABEL)
            self.kinds[kind] = box
            options.addRow(box)
        self.size = QComboBox(self)
        for name in LABEL_SIZES:
            self.size.addItem(f"{name.replace('x', ' × ')} mm", name)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("labelSheet")
        for key, text in (
            ("roll", self.tr("Label roll (thermal printer)")),
            ("a4-1", self.tr("A4, one label a page")),
            ("a4-4", self.tr("A4, four labels a page")),
        ):
            self.sheet.addItem(text, key)
        self.reprint = QLineEdit(self)
        self.reprint.setObjectName("reprintReason")
        self.reprint.setPlaceholderText(self.tr("only to print labels again"))
        options.addRow(self.tr("Label &size:"), self.size)
        options.addRow(self.tr("Label p&aper:"), self.sheet)
        options.addRow(self.tr("&Reprint reason:"), self.reprint)
        top.addLayout(options)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.retry_button = QPushButton(self.tr("&Retry failed"), self)
        self.retry_button.setEnabled(False)
        for button in (self.save_button, self.print_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results = make_table(
            [self.tr("Document"), self.tr("Order"), self.tr("Result"), self.tr("Details")], self
        )
        self.results.setObjectName("printResults")
        layout.addWidget(self.results)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.save_button.clicked.connect(lambda: self.start(print_after=False))
        self.print_button.clicked.connect(lambda: self.start(print_after=True))
        self.retry_button.clicked.connect(self.retry_failed)
        self.last: list[BatchResult] = []

    def order_numbers(self) -> list[str]:
        return [line.strip() for line in self.orders.toPlainText().splitlines() if line.strip()]

    def chosen(self) -> list[DocumentKind]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def _targets(self, kinds: list[DocumentKind], print_after: bool) -> dict[DocumentKind, str]:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # local time in a file name
        names = {kind: f"{kind.value}s-{stamp}.pdf" for kind in kinds}
        if print_after:
            folder = Path(tempfile.mkdtemp(prefix="kuaidan-print-"))
            return {kind: str(folder / name) for kind, name in names.items()}
        if len(kinds) == 1:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), names[kinds[0]], self.tr("PDF files (*.pdf)")
            )
            return {kinds[0]: path} if path else {}
        folder_name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"))
        if not folder_name:
            return {}
        return {kind: str(Path(folder_name) / name) for kind, name in names.items()}

    def start(
        self,
        print_after: bool,
        orders: dict[DocumentKind, list[str]] | None = None,
        targets: dict[DocumentKind, str] | None = None,
    ) -> None:
        numbers = self.order_numbers()
        kinds = list(orders) if orders is not None else self.chosen()
        if not kinds or (orders is None and not numbers):
            self.status.setText(self.tr("Enter order numbers and choose at least one document."))
            return
        targets = targets or self._targets(kinds, print_after)
        if not targets:
            return
        work = orders or {kind: numbers for kind in kinds}
        size = LABEL_SIZES[self.size.currentData()]
        sheet = LABEL_SHEETS[self.sheet.currentData()]
        reason = self.reprint.text().strip() or None
        docs = self.services.documents
        actor = self.actor

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            results = []
            for kind, path in targets.items():
                if cancelled():
                    break
                numbers_for = work[kind]
                if kind is DocumentKind.LABEL:
                    result = docs.labels(
                        actor, numbers_for, path, size=size, sheet=sheet, reprint_reason=reason,
                        progress=progress, cancel=cancelled,
                    )  # fmt: skip
                elif kind is DocumentKind.INVOICE:
                    result = docs.invoices(
                        actor, numbers_for, path, progress=progress, cancel=cancelled
                    )
                elif kind is DocumentKind.PACKING_SLIP:
                    result = docs.packing_slips(
                        actor, numbers_for, path, progress=progress, cancel=cancelled
                    )
                else:
                    result = docs.pick_list(
                        actor, numbers_for, path, progress=progress, cancel=cancelled
                    )
                results.append(result)
            return results

        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Working…"))
        self.run_job(
            self.tr("Printing documents"),
            job,
            lambda results: self.finished(results, print_after),
            self.failed,
        )

    def failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)

    def finished(self, results: list[BatchResult], print_after: bool) -> None:
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.last = results
        rows = []
        for result in results:
            for item in result.items:
                colour = None if item.ok else QColor("#c0392b")
                rows.append(
                    [
                        _item(document_label(result.kind), result.kind.value, colour=colour),
                        _item(item.key, colour=colour),
                        _item(self.tr("ok") if item.ok else self.tr("failed"), colour=colour),
                        _item(
                            ", ".join(item.tracking_nos)
                            if item.ok
                            else error_text(item.error)
                            if item.error
                            else "",
                            colour=colour,
                        ),
                    ]
                )
        fill_table(self.results, rows)
        failed = sum(len(r.failed) for r in results)
        written = [r.path for r in results if r.path]
        text = (
            self.tr("%1 ok, %2 failed.")
            .replace("%1", str(sum(r.ok_count for r in results)))
            .replace("%2", str(failed))
        )
        if written and not print_after:
            text += " " + self.tr("Saved: %1").replace("%1", ", ".join(written))
        self.status.setText(text)
        self.retry_button.setEnabled(failed > 0)
        if print_after and written:
            for path in written:
                if not print_pdf(path, self):
                    QMessageBox.information(
                        self,
                        self.tr("Print"),
                        self.tr(
                            "Printing directly needs the Qt PDF module (PySide6-Addons), which "
                            "is not installed. The documents were saved as PDF and open in your "
                            "PDF viewer, where you can print them: %1"
                        ).replace("%1", ", ".join(written)),
                    )
                    for pdf in written:
                        QDesktopServices.openUrl(QUrl.fromLocalFile(pdf))
                    break

    def retry_failed(self) -> None:
        again = {r.kind: [i.key for i in r.failed] for r in self.last if r.failed}
        if again:
            self.start(print_after=False, orders=again)


__all__ = [
    "CarrierEditorDialog",
    "ImportResultDialog",
    "LabelStatus",
    "NewShipmentDialog",
    "PrintQueueDialog",
    "RateComparisonDialog",
    "ReasonDialog",
    "ShipmentException",
    "ShipmentStatus",
    "TrackingEventDialog",
]
