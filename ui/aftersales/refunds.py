"""Refund dialogs and actions shared by the case editor and the approval queue: the request
dialog (per line, shipping, or a free amount), approve and reject with the reason why a
button is disabled."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.aftersales import CaseDetail, CaseKind, RefundAsk, RefundRow
from app.errors import AppError, ConfirmationRequired
from app.permissions import Actor
from app.services import Services
from ui.aftersales.labels import disposition_label, money_text
from ui.errors import error_text
from ui.kit.dialog import ERROR_STYLE, ok_cancel
from ui.service.labels import confirm


def approve_block_reason(refund: RefundRow | None, actor: Actor) -> str:
    """Why `actor` cannot approve `refund`, in words (empty: they can)."""
    if refund is None:
        return QCoreApplication.translate("Aftersales", "Select a refund that waits for approval")
    reasons = {
        "decided": QCoreApplication.translate("Aftersales", "This refund is already decided"),
        "permission": QCoreApplication.translate("Aftersales", "Your role may not approve refunds"),
        "own": QCoreApplication.translate(
            "Aftersales", "You requested this refund; someone else must approve it"
        ),
        "supervisor": QCoreApplication.translate(
            "Aftersales", "Above the supervisor threshold: a supervisor must approve it"
        ),
    }
    block = refund.approval_block(actor)
    return reasons.get(block, block)


def _spin(parent: QWidget, maximum: Decimal, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setObjectName(name)
    spin.setDecimals(2)
    spin.setRange(0, float(maximum))
    spin.setSingleStep(1.0)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(140)
    return spin


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}")


class RefundDialog(QDialog):
    """Request a refund on a case. Saves on OK; asks once when other waiting requests would
    exceed what is left; stays open with the reason when the service refuses."""

    def __init__(
        self, services: Services, actor: Actor, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.detail = services, actor, detail
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Request a refund — %1").replace("%1", detail.case.case_no))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.line_spins: dict[int, QDoubleSpinBox] = {}
        for line in detail.lines:
            spin = _spin(self, line.max_refund, f"refundLine_{line.id}")
            spin.valueChanged.connect(lambda _v: self.update_total())
            self.line_spins[line.id] = spin
            # A line split at receipt shows twice: its disposition tells them apart.
            where = " · ".join(x for x in (line.order_no, disposition_label(line.disposition)) if x)
            label = self.tr("%1 × %2 (%3) — at most %4:")
            form.addRow(
                label.replace("%1", line.sku).replace("%2", str(line.qty))
                .replace("%3", where).replace("%4", money_text(line.max_refund)),
                spin,
            )  # fmt: skip
        self.shipping_spins: dict[int, QDoubleSpinBox] = {}
        self.free_spins: dict[int, QDoubleSpinBox] = {}
        for order in detail.orders:
            if order.shipping_fee > 0:
                spin = _spin(self, order.shipping_fee, f"refundShipping_{order.order_id}")
                spin.valueChanged.connect(lambda _v: self.update_total())
                self.shipping_spins[order.order_id] = spin
                form.addRow(
                    self.tr("Shipping of %1 — at most %2:")
                    .replace("%1", order.order_no)
                    .replace("%2", money_text(order.shipping_fee)),
                    spin,
                )
            if detail.case.kind == CaseKind.REFUND_ONLY:
                spin = _spin(self, max(order.remaining, Decimal(0)), f"refundFree_{order.order_id}")
                spin.valueChanged.connect(lambda _v: self.update_total())
                self.free_spins[order.order_id] = spin
                form.addRow(
                    self.tr("Other amount on %1 (compensation, price difference):").replace(
                        "%1", order.order_no
                    ),
                    spin,
                )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("refundReason")
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        left = ", ".join(
            self.tr("%1: paid %2, refunded %3, waiting %4")
            .replace("%1", o.order_no).replace("%2", money_text(o.paid, o.currency))
            .replace("%3", money_text(o.refunded)).replace("%4", money_text(o.pending))
            for o in detail.orders
        )  # fmt: skip
        summary = QLabel(left, self)
        summary.setWordWrap(True)
        summary.setStyleSheet("color: #555;")
        layout.addWidget(summary)
        row = QHBoxLayout()
        self.full_button = QPushButton(self.tr("&Full refund of the lines"), self)
        self.full_button.clicked.connect(self.fill_full)
        self.total = QLabel(self)
        self.total.setObjectName("refundTotal")
        self.total.setStyleSheet("font-weight: bold;")
        row.addWidget(self.full_button)
        row.addStretch(1)
        row.addWidget(self.total)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("refundMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = ok_cancel(self, self.tr("&Request refund"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_total()

    def fill_full(self) -> None:
        for line in self.detail.lines:
            self.line_spins[line.id].setValue(float(line.max_refund))

    def ask(self) -> RefundAsk:
        return RefundAsk(
            {k: _decimal(s) for k, s in self.line_spins.items() if s.value()},
            {k: _decimal(s) for k, s in self.shipping_spins.items() if s.value()},
            {k: _decimal(s) for k, s in self.free_spins.items() if s.value()},
            self.reason.text(),
        )

    def update_total(self) -> None:
        ask = self.ask()
        total = sum(
            (*ask.line_amounts.values(), *ask.shipping.values(), *ask.free_amounts.values()),
            Decimal(0),
        )
        self.total.setText(self.tr("Total %1").replace("%1", money_text(total)))

    def save(self) -> None:
        service = self.services.aftersales
        case_id = self.detail.case.id
        try:
            try:
                self.result_detail = service.request_refund(self.actor, case_id, self.ask())
            except ConfirmationRequired as ask:
                if not confirm(self, self.tr("Request a refund"), error_text(ask)):
                    return
                self.result_detail = service.request_refund(
                    self.actor, case_id, self.ask(), confirm=True
                )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def ask_text(parent: QWidget, title: str, label: str, ok_text: str) -> str | None:
    """A one-line reason; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edit = QLineEdit(dialog)
    edit.setObjectName("reasonEdit")
    edit.setMinimumWidth(320)
    form.addRow(label, edit)
    buttons = ok_cancel(dialog, ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.text()
