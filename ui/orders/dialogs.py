"""Dialogs of the Orders tab: manual (phone) order entry and edit, split, the result of a
batch action, and the review rules editor."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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

from app.errors import AppError, ValidationError
from app.logistics import CarrierOffer
from app.order_queries import OrderDetail
from app.orders import BatchResult, DraftLine, OrderDraft, OrderRef
from app.permissions import Actor
from app.review_rules import RuleInfo, phone_is_valid
from app.services import Services
from ui.errors import error_text, show_error
from ui.kit.list_model import ListColumn, ListModel, list_view, selected_row
from ui.orders.labels import action_label, rule_name
from ui.orders.payments import fill_methods

_INVALID = "border: 1px solid #d93025;"


def _name_buttons(box: QDialogButtonBox) -> None:
    """Our own words on the standard buttons (Qt's catalogue is not shipped)."""
    button_kind = QDialogButtonBox.StandardButton
    names = {
        button_kind.Save: QCoreApplication.translate("OrderDialogs", "&Save"),
        button_kind.Cancel: QCoreApplication.translate("OrderDialogs", "Cancel"),
        button_kind.Close: QCoreApplication.translate("OrderDialogs", "Close"),
        button_kind.Ok: QCoreApplication.translate("OrderDialogs", "OK"),
    }
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip() or "0")
    except InvalidOperation:
        return None


class OrderDialog(QDialog):
    """Enter a phone order by hand, or edit one that is not confirmed yet. Fields are checked
    as they are typed; the service checks everything again and names the field."""

    LINE_COLUMNS = 4  # SKU, qty, unit price (empty: catalogue price), discount

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        existing: OrderDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.existing = existing
        self.result_ref: OrderRef | None = None
        # One key per dialog: pressing Save again after a lost answer makes no second order.
        self.idempotency_key = uuid.uuid4().hex
        self.setWindowTitle(
            self.tr("Edit order %1").replace("%1", existing.row.order_no)
            if existing
            else self.tr("New phone order")
        )
        self.setObjectName("orderDialog")
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("recipient_name", self.tr("&Recipient:")), ("recipient_phone", self.tr("&Phone:")),
            ("province", self.tr("Pro&vince:")), ("city", self.tr("C&ity:")),
            ("district", self.tr("&District:")), ("address", self.tr("&Street address:")),
            ("postcode", self.tr("Post&code:")), ("buyer_note", self.tr("&Buyer note:")),
            ("seller_note", self.tr("S&eller note:")), ("shipping_fee", self.tr("Shipping &fee:")),
            ("discount", self.tr("Order disc&ount:")), ("paid_amount", self.tr("P&aid:")),
        ):  # fmt: skip
            edit = QLineEdit(self)
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label, edit)
        for key in ("shipping_fee", "discount", "paid_amount"):
            self.fields[key].setText("0.00")
        # How the buyer pays: cash on delivery is reviewed and shipped unpaid.
        self.payment_method = QComboBox(self)
        self.payment_method.setObjectName("payment_method")
        fill_methods(self.payment_method, with_cod=True)
        form.addRow(self.tr("Payment &method:"), self.payment_method)
        self.lines = QTableWidget(0, self.LINE_COLUMNS, self)
        self.lines.setObjectName("orderLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Qty"), self.tr("Unit price"), self.tr("Discount")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add &line"), self)
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("Remove li&ne"), self)
        remove.clicked.connect(self.remove_line)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch(1)
        self.message = QLabel("", self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Lines (leave the price empty for the catalogue price)")))
        layout.addWidget(self.lines)
        layout.addLayout(line_buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 680)
        if existing is not None:
            self._fill(existing)
        else:
            self.add_line()
        for edit in self.fields.values():  # connected last: everything exists by now
            edit.textChanged.connect(self.validate)
        self.lines.itemChanged.connect(self.validate)
        self.validate()

    def _fill(self, d: OrderDetail) -> None:
        r = d.row
        values = {
            "recipient_name": r.recipient_name, "recipient_phone": r.recipient_phone,
            "province": r.province, "city": r.city, "district": d.district,
            "address": r.address[len(d.district):] if r.address.startswith(d.district)
            else r.address,
            "postcode": d.postcode, "buyer_note": d.buyer_note, "seller_note": d.seller_note,
            "shipping_fee": str(d.shipping_fee), "discount": str(d.discount),
            "paid_amount": str(d.paid_amount),
        }  # fmt: skip
        for key, value in values.items():
            self.fields[key].setText(value)
        self.fields["paid_amount"].setReadOnly(True)  # payments are recorded, not typed over
        self.payment_method.setEnabled(False)
        for ln in d.lines:
            self.add_line(ln.sku, ln.qty, str(ln.unit_price), str(ln.discount))

    def add_line(self, sku: str = "", qty: int = 1, price: str = "", discount: str = "0") -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, value in enumerate((sku, str(qty), price, discount)):
            self.lines.setItem(row, column, QTableWidgetItem(value))
        self.lines.setCurrentCell(row, 0)

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
        self.validate()

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def draft(self) -> OrderDraft:
        f = {k: e.text().strip() for k, e in self.fields.items()}
        lines = []
        for row in range(self.lines.rowCount()):
            sku = self._cell(row, 0)
            if not sku:
                continue
            qty_text = self._cell(row, 1)
            price = self._cell(row, 2)
            lines.append(
                DraftLine(
                    sku=sku,
                    qty=int(qty_text) if qty_text.isdigit() else 0,
                    unit_price=_decimal(price) if price else None,
                    discount=_decimal(self._cell(row, 3)) or Decimal(0),
                )
            )
        return OrderDraft(
            recipient_name=f["recipient_name"], recipient_phone=f["recipient_phone"],
            province=f["province"], city=f["city"], district=f["district"],
            address=f["address"], postcode=f["postcode"], buyer_note=f["buyer_note"],
            seller_note=f["seller_note"],
            shipping_fee=_decimal(f["shipping_fee"]) or Decimal(0),
            discount=_decimal(f["discount"]) or Decimal(0),
            paid_amount=_decimal(f["paid_amount"]) or Decimal(0),
            payment_method=str(self.payment_method.currentData()),
            lines=tuple(lines),
        )  # fmt: skip

    def validate(self) -> bool:
        """Mark what is wrong while typing; the first problem is said below the lines."""
        problems: list[tuple[str, str]] = []
        f = {k: e.text().strip() for k, e in self.fields.items()}
        for key, text in (
            ("recipient_name", self.tr("Enter the recipient's name")),
            ("province", self.tr("Enter the province")),
            ("city", self.tr("Enter the city")),
            ("address", self.tr("Enter the street address")),
        ):
            if not f[key]:
                problems.append((key, text))
        if not phone_is_valid(f["recipient_phone"]):
            problems.append(("recipient_phone", self.tr("Enter a valid mobile or landline number")))
        for key in ("shipping_fee", "discount", "paid_amount"):
            value = _decimal(f[key])
            if value is None or value < 0:
                problems.append((key, self.tr("Enter an amount such as 12.50")))
        if not any(self._cell(r, 0) for r in range(self.lines.rowCount())):
            problems.append(("lines", self.tr("Add at least one line with a SKU")))
        for row in range(self.lines.rowCount()):
            if self._cell(row, 0) and not (
                self._cell(row, 1).isdigit() and int(self._cell(row, 1)) > 0
            ):
                problems.append(("lines", self.tr("Line %1: enter a quantity above 0").replace(
                    "%1", str(row + 1))))  # fmt: skip
        bad = {key for key, _text in problems}
        for key, edit in self.fields.items():
            edit.setStyleSheet(_INVALID if key in bad else "")
        self.message.setText(problems[0][1] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        try:
            if self.existing is None:
                self.result_ref = self.services.orders.create(
                    self.actor, self.draft(), idempotency_key=self.idempotency_key
                )
            else:
                self.result_ref = self.services.orders.edit(
                    self.actor, self.existing.row.id, self.existing.row.version, self.draft()
                )
        except AppError as exc:
            self.message.setText(error_text(exc))
            if isinstance(exc, ValidationError) and exc.field in self.fields:
                self.fields[exc.field].setStyleSheet(_INVALID)
                self.fields[exc.field].setFocus()
            return
        self.accept()


class SplitDialog(QDialog):
    """How many pieces of each line move to the new order."""

    def __init__(self, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split order %1").replace("%1", detail.row.order_no))
        self.detail = detail
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Line")), 0, 0)
        grid.addWidget(QLabel(self.tr("Ordered")), 0, 1)
        grid.addWidget(QLabel(self.tr("To the new order")), 0, 2)
        self.spins: dict[int, QSpinBox] = {}
        for row, ln in enumerate(detail.lines, start=1):
            grid.addWidget(QLabel(f"{ln.sku} {ln.name}"), row, 0)
            grid.addWidget(QLabel(str(ln.qty)), row, 1)
            spin = QSpinBox(self)
            spin.setRange(0, ln.qty)
            self.spins[ln.id] = spin
            grid.addWidget(spin, row, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def quantities(self) -> dict[int, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value()}


class BatchResultDialog(QDialog):
    """What a batch action did: how many went through, and each order that failed and why,
    with "Retry failed"."""

    def __init__(
        self,
        result: BatchResult,
        retry: Callable[[list[int]], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchResult")
        self.result = result
        self.retry = retry
        self.setWindowTitle(self.tr("%1: result").replace("%1", action_label(result.action)))
        summary = self.tr("%1 of %2 orders done, %3 failed.")
        summary = (
            summary.replace("%1", str(len(result.succeeded)))
            .replace("%2", str(result.requested))
            .replace("%3", str(len(result.failed)))
        )
        if result.cancelled:
            summary += " " + self.tr("Stopped before the end: the rest was not touched.")
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("summary")
        self.model: ListModel[Any] = ListModel(
            [
                ListColumn(self.tr("Order no"), lambda f: f.order_no),
                ListColumn(self.tr("Why it failed"), lambda f: error_text(f.error)),
            ],
            result.failed,
            self,
        )
        self.table = list_view(self, "failures", self.model, fit=False)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        _name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        self.retry_button = buttons.addButton(
            self.tr("&Retry failed"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.setEnabled(bool(result.failed) and retry is not None)
        self.retry_button.clicked.connect(self._retry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setVisible(bool(result.failed))
        self.resize(720, 420 if result.failed else 120)

    def _retry(self) -> None:
        ids = self.result.failed_ids
        self.accept()
        if self.retry is not None:
            self.retry(ids)


class ReviewRulesDialog(QDialog):
    """The supervisor's rule editor: enable, hold or only flag, parameters, and "try it on
    the last 1,000 orders" before saving."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewRules")
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Review rules"))
        self.rules: list[RuleInfo] = services.review_rules.list_rules(actor)
        self.table = QTableWidget(len(self.rules), 4, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Enabled"), self.tr("Action"), self.tr("Parameter")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enabled: list[QCheckBox] = []
        self.actions: list[QComboBox] = []
        self.params: list[QLineEdit | None] = []
        for row, rule in enumerate(self.rules):
            item = QTableWidgetItem(rule_name(rule.code))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            box = QCheckBox(self)
            box.setChecked(rule.is_enabled)
            self.table.setCellWidget(row, 1, box)
            self.enabled.append(box)
            combo = QComboBox(self)
            combo.addItem(self.tr("Hold the order"), "hold")
            combo.addItem(self.tr("Only flag it"), "flag")
            combo.setCurrentIndex(0 if rule.action == "hold" else 1)
            self.table.setCellWidget(row, 2, combo)
            self.actions.append(combo)
            key = _param_key(rule)
            if key is None:
                self.params.append(None)
            else:
                edit = QLineEdit(str(rule.params.get(key, "")), self)
                edit.setToolTip(self.tr("Threshold") if key == "threshold" else self.tr("Hours"))
                self.table.setCellWidget(row, 3, edit)
                self.params.append(edit)
        self.table.resizeColumnsToContents()
        self.trial = QLabel("", self)
        self.trial.setObjectName("trial")
        self.trial.setWordWrap(True)
        try_button = QPushButton(self.tr("&Try on the last 1,000 orders"), self)
        try_button.clicked.connect(self.try_selected)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row_layout = QHBoxLayout()
        row_layout.addWidget(try_button)
        row_layout.addWidget(self.trial, 1)
        layout.addLayout(row_layout)
        layout.addWidget(buttons)
        self.table.selectRow(0)
        self.resize(760, 460)

    def _values(self, row: int) -> tuple[dict[str, Any] | None, str, bool]:
        rule = self.rules[row]
        key = _param_key(rule)
        edit = self.params[row]
        params = {key: edit.text().strip()} if key is not None and edit is not None else None
        return params, self.actions[row].currentData(), self.enabled[row].isChecked()

    def try_selected(self) -> None:
        row = max(self.table.currentRow(), 0)
        params, action, _enabled = self._values(row)
        try:
            trial = self.services.review_rules.try_rule(
                self.actor, self.rules[row].code.value, params=params, action=action
            )
        except AppError as exc:
            self.trial.setText(error_text(exc))
            return
        verb = self.tr("would hold") if action == "hold" else self.tr("would flag")
        text = self.tr("%1: %2 %3 of the last %4 orders").replace("%1", rule_name(trial.code))
        text = text.replace("%2", verb).replace("%3", str(trial.matched))
        text = text.replace("%4", f"{trial.examined:,}")
        if trial.examples:
            text += " (" + ", ".join(trial.examples[:5]) + ("…" if trial.matched > 5 else "") + ")"
        self.trial.setText(text)

    def save(self) -> None:
        for row, rule in enumerate(self.rules):
            params, action, enabled = self._values(row)
            same_params = params is None or params == {k: str(v) for k, v in rule.params.items()}
            if same_params and action == rule.action and enabled == rule.is_enabled:
                continue
            try:
                self.services.review_rules.save_rule(
                    self.actor, rule.code.value, params=params, action=action, is_enabled=enabled
                )
            except AppError as exc:
                self.table.selectRow(row)
                show_error(self, exc)
                return
        self.accept()


class ReturnReasonDialog(QDialog):
    """Return orders for correction: a preset reason (the shared list) and/or free text."""

    def __init__(self, presets: tuple[str, ...], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnReasonDialog")
        self.setWindowTitle(self.tr("Return for correction"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        info = QLabel(
            self.tr("Return %n order(s) for correction. What must be fixed?", "", count), self
        )
        info.setWordWrap(True)
        form.addRow(info)
        self.preset = QComboBox(self)
        self.preset.setObjectName("returnPreset")
        for text in presets:
            self.preset.addItem(text, text)
        self.preset.addItem(self.tr("Other (type below)"), "")
        self.details = QLineEdit(self)
        self.details.setObjectName("returnDetails")
        self.details.setMaxLength(400)
        self.details.setPlaceholderText(self.tr("Details for the clerk (optional with a preset)"))
        form.addRow(self.tr("&Reason:"), self.preset)
        form.addRow(self.tr("&Details:"), self.details)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.preset.currentIndexChanged.connect(lambda _i: self._check())
        self.details.textChanged.connect(lambda _t: self._check())
        self._check()

    def reason(self) -> str:
        preset = str(self.preset.currentData() or "")
        details = self.details.text().strip()
        if preset and details:
            return f"{preset}：{details}"
        return preset or details

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))


class HoldDialog(QDialog):
    """Put orders on hold with a reason: a common one from the list, or typed."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.setWindowTitle(self.tr("Hold"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Hold %n order(s). Reason:", "", count), self))
        self.reason = QComboBox(self)
        self.reason.setObjectName("holdReason")
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("Customer is changing the address"),
                self.tr("Customer asked us to wait"),
                self.tr("Check the payment first"),
            ]
        )
        self.reason.setCurrentIndex(0)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.editTextChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )

    def text(self) -> str:
        return self.reason.currentText().strip()


class CarrierChoiceDialog(QDialog):
    """Choose the carrier of an order, each with its price and delivery time to the order's
    destination; the suggested one (carrier rules, else the cheapest) is marked and chosen."""

    def __init__(
        self, offer: CarrierOffer, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carrierChoiceDialog")
        self.offer = offer
        self.setWindowTitle(title)
        self.resize(620, 340)
        layout = QVBoxLayout(self)
        info = QLabel(text, self)
        info.setWordWrap(True)
        layout.addWidget(info)
        suggested = offer.suggested
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("carrierSuggestion")
        self.suggestion.setWordWrap(True)
        if suggested is not None:
            self.suggestion.setText(
                self.tr("Suggested: %1, %2, %3").replace("%1", suggested.name)
                .replace("%2", price_text(suggested.price))
                .replace("%3", eta_text(suggested.eta_days))
            )  # fmt: skip
        else:
            self.suggestion.setText(self.tr("No carrier has a rate for this destination."))
        layout.addWidget(self.suggestion)

        def marks(choice: Any) -> str:
            found = []
            if choice.suggested:
                found.append(self.tr("suggested"))
            if choice.cheapest:
                found.append(self.tr("cheapest"))
            if choice.fastest:
                found.append(self.tr("fastest"))
            if choice.carrier_id == offer.current_carrier_id:
                found.append(self.tr("current"))
            return "、".join(found)

        def suggested(choice: Any) -> bool:
            return bool(choice.suggested)

        self.model: ListModel[Any] = ListModel(
            [
                ListColumn(self.tr("Carrier"), lambda c: f"{c.name} ({c.code})", bold=suggested),
                ListColumn(self.tr("Price"), lambda c: price_text(c.price), numeric=True,
                           bold=suggested),
                ListColumn(self.tr("Delivery"), lambda c: eta_text(c.eta_days), numeric=True,
                           bold=suggested),
                ListColumn(self.tr("Note"), marks, bold=suggested),
            ],
            offer.choices,
            self,
        )  # fmt: skip
        self.table = list_view(self, "carrierChoices", self.model, fit=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        preselect = next(
            (row for row, c in enumerate(offer.choices)
             if c.carrier_id == offer.current_carrier_id),
            0,
        )  # fmt: skip
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if offer.choices:
            self.table.selectRow(preselect)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.buttons)

    def carrier_id(self) -> int | None:
        choice = selected_row(self.table)
        return int(choice.carrier_id) if choice is not None else None


def price_text(price: Decimal | None) -> str:
    if price is None:
        return QCoreApplication.translate("OrderDialogs", "no rate")
    return f"¥{price:,.2f}"


def eta_text(days: int | None) -> str:
    if days is None:
        return "—"
    return QCoreApplication.translate("OrderDialogs", "%n day(s)", "", days)


def _param_key(rule: RuleInfo) -> str | None:
    return {"amount_above": "threshold", "quantity_above": "threshold",
            "duplicate_suspect": "hours"}.get(rule.code.value)  # fmt: skip


def confirm_question(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
