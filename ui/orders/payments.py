"""Money on the order's screen: the payment methods' names, and the dialog that records a
payment (paid in full or in part, pending or failed with its reason) for the selected order.

The dialog checks as the user types and names the field that is wrong; the service checks
everything again (and the permission) and its error is shown under the fields."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.payments import COD, METHODS, OrderMoney, PaymentEntry, PaymentOutcome, PaymentStatus
from app.permissions import Actor
from app.services import Services
from ui.errors import error_text

_INVALID = "border: 1px solid #d93025;"


def method_label(method: str) -> str:
    names = {
        "bank_transfer": QCoreApplication.translate("Payments", "Bank transfer"),
        "alipay": QCoreApplication.translate("Payments", "Alipay"),
        "wechat": QCoreApplication.translate("Payments", "WeChat Pay"),
        "card": QCoreApplication.translate("Payments", "Card"),
        "cash": QCoreApplication.translate("Payments", "Cash"),
        COD: QCoreApplication.translate("Payments", "Cash on delivery"),
        "manual": QCoreApplication.translate("Payments", "Manual"),
    }
    return names.get(method, method)


def payment_status_label(status: str) -> str:
    names = {
        PaymentStatus.PAID: QCoreApplication.translate("Payments", "paid"),
        PaymentStatus.PENDING: QCoreApplication.translate("Payments", "pending"),
        PaymentStatus.FAILED: QCoreApplication.translate("Payments", "failed"),
        PaymentStatus.COLLECTED: QCoreApplication.translate("Payments", "collected by carrier"),
    }
    return names.get(status, status)  # type: ignore[call-overload]


def fill_methods(combo: QComboBox, *, with_cod: bool) -> None:
    for method in METHODS:
        if method != COD or with_cod:
            combo.addItem(method_label(method), method)


def _amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")):
        return None
    return value


class RecordPaymentDialog(QDialog):
    """Record one payment on an order: method, amount (the amount due to start with),
    reference, time, and whether it is paid, pending or failed (then with the reason)."""

    def __init__(
        self, services: Services, actor: Actor, money: OrderMoney, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.money = money
        self.outcome: PaymentOutcome | None = None
        self.setObjectName("recordPaymentDialog")
        self.setWindowTitle(self.tr("Record payment for %1").replace("%1", money.order_no))
        summary = QLabel(
            self.tr("Total %1 · paid %2 · due %3")
            .replace("%1", f"{money.total:,.2f}")
            .replace("%2", f"{money.paid:,.2f}")
            .replace("%3", f"{money.due:,.2f}"),
            self,
        )
        summary.setObjectName("paymentSummary")
        self.method = QComboBox(self)
        self.method.setObjectName("paymentMethod")
        fill_methods(self.method, with_cod=False)
        self.status = QComboBox(self)
        self.status.setObjectName("paymentStatus")
        for status in (PaymentStatus.PAID, PaymentStatus.PENDING, PaymentStatus.FAILED):
            self.status.addItem(payment_status_label(status), status.value)
        self.amount = QLineEdit(f"{money.due:.2f}" if money.due > 0 else "", self)
        self.amount.setObjectName("paymentAmount")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("paymentReference")
        self.reference.setPlaceholderText(self.tr("Transaction or slip number"))
        self.paid_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.paid_at.setObjectName("paymentTime")
        self.paid_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.paid_at.setCalendarPopup(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("paymentReason")
        self.reason.setPlaceholderText(self.tr("Why it failed or is pending"))
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Time:"), self.paid_at)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("R&eason:"), self.reason)
        self.message = QLabel("", self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(lambda: self.reject())
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(440, 320)
        for edit in (self.amount, self.reason):
            edit.textChanged.connect(lambda _text: self.validate())
        self.status.currentIndexChanged.connect(lambda _index: self.validate())
        self.validate()

    def entry(self) -> PaymentEntry:
        return PaymentEntry(
            method=str(self.method.currentData()),
            amount=_amount(self.amount.text()) or Decimal(0),
            reference=self.reference.text().strip(),
            paid_at=self.paid_at.dateTime().toPython().astimezone(),
            status=PaymentStatus(self.status.currentData()),
            reason=self.reason.text().strip(),
        )

    def validate(self) -> bool:
        problems: list[tuple[QWidget, str]] = []
        amount = _amount(self.amount.text())
        paid = self.status.currentData() == PaymentStatus.PAID.value
        self.reason.setEnabled(not paid)
        if amount is None:
            problems.append((self.amount, self.tr("Enter an amount above 0, such as 68.00")))
        elif paid and amount > self.money.due:
            problems.append((self.amount, self.tr("More than the %1 still due").replace(
                "%1", f"{self.money.due:,.2f}")))  # fmt: skip
        if not paid and not self.reason.text().strip():
            problems.append((self.reason, self.tr("Say why the payment failed or is pending")))
        bad = {id(widget) for widget, _text in problems}
        for widget in (self.amount, self.reason):
            widget.setStyleSheet(_INVALID if id(widget) in bad else "")
        self.message.setText(problems[0][1] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.outcome = self.services.payments.record(
                self.actor, self.money.order_id, self.entry(), self.money.version
            )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
