"""The after-sales case editor: lines, the moves the case allows now (from the service's
transition table), linked tickets, the replacement order, and its refunds with request,
approve and reject.

Keyboard: the moves have mnemonics (Alt+A approve, Alt+J reject…), Ctrl+R request a refund,
Ctrl+Shift+A approve the selected refund, F5 reload, Esc close.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.aftersales import CaseAction, CaseDetail, CaseKind, RefundRow
from app.errors import AppError
from app.permissions import Actor, Permission
from app.service_desk import TicketFilter
from app.services import Services
from ui.aftersales.labels import (
    action_label,
    case_status_colour,
    case_status_label,
    kind_label,
    money_text,
    reason_label,
)
from ui.aftersales.models import CaseLinesModel, RefundsModel
from ui.aftersales.refunds import RefundDialog, approve_block_reason, ask_text
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.kit.dialog import ERROR_STYLE, ok_cancel
from ui.service.labels import confirm, ticket_status_label
from ui.service.models import make_table, when


class ExchangeDialog(QDialog):
    """The SKUs the customer gets in exchange (prefilled with the returned ones)."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the exchange — %1").replace("%1", detail.case.case_no))
        back = sum(line.received_qty for line in detail.lines)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%n piece(s) came back. Type the SKU to send for each (e.g. the other "
                    "size); the new order costs the customer nothing and waits for review.",
                    "",
                    back,
                ),
                self,
            )
        )
        form = QFormLayout()
        self.rows: list[tuple[QLineEdit, QSpinBox]] = []
        for line in detail.lines:
            if not line.received_qty:
                continue
            sku = QLineEdit(line.sku, self)
            sku.setObjectName(f"exchangeSku_{line.id}")
            qty = QSpinBox(self)
            qty.setObjectName(f"exchangeQty_{line.id}")
            qty.setRange(0, line.received_qty)
            qty.setValue(line.received_qty)
            row = QHBoxLayout()
            row.addWidget(sku, 1)
            row.addWidget(qty)
            form.addRow(
                self.tr("Instead of %1 (%2):").replace("%1", line.sku).replace("%2", line.name),
                row,
            )
            self.rows.append((sku, qty))
        layout.addLayout(form)
        buttons = ok_cancel(self, self.tr("&Create the exchange order"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def replacements(self) -> list[tuple[str, int]]:
        return [(sku.text().strip(), qty.value()) for sku, qty in self.rows if qty.value()]


class CaseEditor(QDialog):
    changed = Signal(int)  # the case id, after any change

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.detail: CaseDetail | None = None
        self.setObjectName("caseEditor")
        self.setWindowTitle(self.tr("After-sales case"))
        self.resize(1080, 720)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.header = QLabel(self)
        self.header.setObjectName("caseHeader")
        self.header.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        head.addWidget(self.header)
        head.addWidget(self.status)
        head.addStretch(1)
        layout.addLayout(head)
        self.info = QLabel(self)
        self.info.setObjectName("caseInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)

        moves = QHBoxLayout()
        self.move_buttons: dict[CaseAction, QPushButton] = {}
        for action in CaseAction:
            button = QPushButton(self)
            button.setObjectName(f"case_{action.value}")
            button.clicked.connect(lambda _c=False, a=action: self.run(a))
            button.hide()
            moves.addWidget(button)
            self.move_buttons[action] = button
        self.moves_hint = QLabel(self)
        self.moves_hint.setObjectName("caseWaiting")
        self.moves_hint.setStyleSheet("color: #555; font-style: italic;")
        moves.addWidget(self.moves_hint)
        moves.addStretch(1)
        layout.addLayout(moves)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Lines"), top))
        self.lines = CaseLinesModel(self)
        self.lines_table = make_table(top, "caseLinesTable")
        self.lines_table.setModel(self.lines)
        top_layout.addWidget(self.lines_table, 1)
        side = QHBoxLayout()
        self.replacement = QLabel(top)
        self.replacement.setObjectName("caseReplacement")
        self.money = QLabel(top)
        self.money.setObjectName("caseMoney")
        self.money.setWordWrap(True)
        side.addWidget(self.money, 1)
        side.addWidget(self.replacement)
        top_layout.addLayout(side)
        tickets_row = QHBoxLayout()
        self.tickets = QListWidget(top)
        self.tickets.setObjectName("caseTickets")
        self.tickets.setMaximumHeight(70)
        self.ticket_choice = QComboBox(top)
        self.ticket_choice.setObjectName("caseTicketChoice")
        self.link_button = QPushButton(self.tr("&Link ticket"), top)
        self.link_button.setObjectName("caseLinkTicket")
        self.link_button.clicked.connect(self.link_ticket)
        tickets_row.addWidget(QLabel(self.tr("Tickets:"), top))
        tickets_row.addWidget(self.tickets, 1)
        tickets_row.addWidget(self.ticket_choice)
        tickets_row.addWidget(self.link_button)
        top_layout.addLayout(tickets_row)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        refund_bar = QHBoxLayout()
        refund_bar.addWidget(QLabel(self.tr("Refunds"), bottom))
        refund_bar.addStretch(1)
        self.request_button = QPushButton(self.tr("&Request refund…"), bottom)
        self.request_button.setObjectName("requestRefund")
        self.request_button.setToolTip(self.tr("Request a refund on this case (Ctrl+R)"))
        self.request_button.clicked.connect(self.request_refund)
        self.approve_button = QPushButton(self.tr("Appro&ve refund"), bottom)
        self.approve_button.setObjectName("approveRefund")
        self.approve_button.clicked.connect(self.approve_refund)
        self.reject_button = QPushButton(self.tr("Reject re&fund…"), bottom)
        self.reject_button.setObjectName("rejectRefund")
        self.reject_button.clicked.connect(self.reject_refund)
        for button in (self.request_button, self.approve_button, self.reject_button):
            refund_bar.addWidget(button)
        bottom_layout.addLayout(refund_bar)
        self.refunds = RefundsModel(self)
        self.refunds_table = make_table(bottom, "caseRefunds")
        self.refunds_table.setModel(self.refunds)
        for column in (RefundsModel.CASE_NO, RefundsModel.CUSTOMER):  # this case's own
            self.refunds_table.setColumnHidden(column, True)
        self.refunds_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.update_refund_buttons()
        )
        bottom_layout.addWidget(self.refunds_table, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([430, 220])
        layout.addWidget(splitter, 1)
        self.message = QLabel(self)
        self.message.setObjectName("caseEditorMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(close)
        layout.addLayout(footer)
        for keys, slot in (
            ("Ctrl+R", self.request_refund),
            ("Ctrl+Shift+A", self.approve_refund),
            ("F5", self.reload),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.approve_button.setToolTip(self.tr("Approve the selected refund (Ctrl+Shift+A)"))

    # -- showing -------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self.detail.case.id if self.detail else None

    def load(self, case_id: int) -> bool:
        try:
            detail = self.services.aftersales.get_case(self.actor, case_id)
        except AppError as exc:
            show_error(self, exc, QCoreApplication.translate("Aftersales", "After-sales"))
            return False
        self.show_detail(detail)
        return True

    def reload(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)

    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        c = detail.case
        self.setWindowTitle(self.tr("After-sales case %1").replace("%1", c.case_no))
        self.header.setText(f"{c.case_no} · {kind_label(c.kind)}")
        self.status.setText(case_status_label(c.status))
        colour = case_status_colour(c.status)
        self.status.setStyleSheet(
            "padding: 2px 8px; border-radius: 3px; font-weight: bold; color: #202020; "
            + (f"background: {colour.name()};" if colour else "background: #e0e0e0;")
        )
        parts = [
            self.tr("Customer: %1").replace("%1", c.customer_name or "—"),
            self.tr("Reason: %1").replace("%1", reason_label(c.reason_code)),
            self.tr("Opened %1 by %2")
            .replace("%1", when(c.created_at))
            .replace("%2", c.created_by_name or "—"),
        ]
        text = " · ".join(escape(p) for p in parts)
        if c.note:
            text += "<br>" + escape(c.note).replace("\n", "<br>")
        self.info.setText(text)
        for action, button in self.move_buttons.items():
            button.setText(action_label(action, c.kind))
            button.setVisible(action in detail.actions)
        self.moves_hint.setText("" if detail.actions else self._waiting_text())
        self.lines.set_rows(detail.lines)
        self.lines_table.resizeColumnsToContents()
        self.money.setText(
            "  ".join(
                self.tr("%1: paid %2 · refunded %3 · waiting %4")
                .replace("%1", o.order_no)
                .replace("%2", money_text(o.paid, o.currency))
                .replace("%3", money_text(o.refunded))
                .replace("%4", money_text(o.pending))
                for o in detail.orders
            )
        )
        self.replacement.setText(
            self.tr("Replacement order: %1").replace("%1", c.replacement_order_no)
            if c.replacement_order_no
            else ""
        )
        self.tickets.clear()
        for t in detail.tickets:
            self.tickets.addItem(f"{t.ticket_no} · {ticket_status_label(t.status)} · {t.subject}")
        self._fill_ticket_choice()
        self.refunds.set_rows(detail.refunds)
        self.refunds_table.resizeColumnsToContents()
        self.request_button.setEnabled(detail.can_request_refund)
        self.update_refund_buttons()
        self.message.clear()

    def _waiting_text(self) -> str:
        """What the case waits for when this actor has no move to make."""
        assert self.detail is not None
        d = self.detail
        status = d.case.status.value
        if status in ("approved", "awaiting_return", "received") and not self.actor.can(
            Permission.RECEIVE_RETURNS
        ):
            return self.tr("Waiting for the warehouse to receive the goods")
        if status == "inspected" and d.case.kind == CaseKind.RETURN:
            if d.case.refund_pending:
                return self.tr("Waiting for the refund to be approved")
            return self.tr("Request the refund to finish the case")
        if status == "requested":
            return self.tr("Waiting for a decision on the case")
        return ""

    def _fill_ticket_choice(self) -> None:
        assert self.detail is not None
        self.ticket_choice.clear()
        linked = {t.id for t in self.detail.tickets}
        customer_id = self.detail.case.customer_id
        can_link = self.actor.can(Permission.MANAGE_CASES) and customer_id is not None
        if can_link:
            try:
                page = self.services.service_desk.queue(
                    self.actor, TicketFilter(customer_id=customer_id, open_only=False)
                )
            except AppError:
                page = None
            for t in page.rows if page else ():
                if t.id not in linked:
                    self.ticket_choice.addItem(f"{t.ticket_no} · {t.subject}", t.id)
        has_choice = self.ticket_choice.count() > 0
        self.ticket_choice.setVisible(can_link and has_choice)
        self.link_button.setVisible(can_link and has_choice)

    def selected_refund(self) -> RefundRow | None:
        return self.refunds.row(self.refunds_table.currentIndex())

    def update_refund_buttons(self) -> None:
        refund = self.selected_refund()
        block = approve_block_reason(refund, self.actor)
        self.approve_button.setEnabled(not block)
        self.approve_button.setToolTip(
            block or self.tr("Approve the selected refund (Ctrl+Shift+A)")
        )
        can_reject = (
            refund is not None
            and refund.status.value == "requested"
            and self.actor.can(Permission.APPROVE_REFUND)
        )
        self.reject_button.setEnabled(can_reject)

    # -- actions -------------------------------------------------------------------------

    def _done(self, detail: CaseDetail | None, said: str = "") -> None:
        if detail is not None:
            self.show_detail(detail)
        elif self.case_id is not None:
            self.load(self.case_id)
        if said and self.detail is not None:
            notify(
                self,
                said.replace("%1", self.detail.case.case_no).replace(
                    "%2", case_status_label(self.detail.case.status)
                ),
            )
        if self.case_id is not None:
            self.changed.emit(self.case_id)

    def run(self, action: CaseAction) -> None:
        if self.detail is None:
            return
        c = self.detail.case
        service = self.services.aftersales
        try:
            if action == CaseAction.APPROVE:
                detail = service.approve_case(self.actor, c.id)
            elif action == CaseAction.REJECT:
                reason = ask_text(self, self.tr("Reject %1").replace("%1", c.case_no),
                                  self.tr("&Reason:"), self.tr("Re&ject"))  # fmt: skip
                if reason is None:
                    return
                detail = service.reject_case(self.actor, c.id, reason)
            elif action == CaseAction.AWAIT_RETURN:
                detail = service.mark_awaiting_return(self.actor, c.id)
            elif action == CaseAction.RECEIVE:
                self.open_receipt()
                return
            elif action == CaseAction.INSPECT:
                detail = service.inspect(self.actor, c.id)
            elif action == CaseAction.REFUND:
                detail = service.mark_refunded(self.actor, c.id)
            elif action == CaseAction.RESEND:
                detail = self._resend()
                if detail is None:
                    return
            else:
                detail = service.close_case(self.actor, c.id)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(detail, self.tr("Case %1: %2"))

    def _resend(self) -> CaseDetail | None:
        assert self.detail is not None
        c = self.detail.case
        if c.kind == CaseKind.EXCHANGE:
            dialog = ExchangeDialog(self.detail, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.services.aftersales.resend(self.actor, c.id, dialog.replacements())
        question = self.tr(
            "Send the case's items again? A new order at no charge is created for the "
            "customer's address and waits for review."
        )
        if not confirm(self, self.tr("Resend"), question):
            return None
        return self.services.aftersales.resend(self.actor, c.id)

    def open_receipt(self) -> None:
        from ui.aftersales.receipt_screen import ReceiptScreen

        assert self.detail is not None
        screen = ReceiptScreen(self.services, self.actor, self)
        screen.load_case(self.detail.case.case_no)
        screen.exec()
        self._done(None)

    def link_ticket(self) -> None:
        if self.detail is None or self.ticket_choice.currentData() is None:
            return
        try:
            detail = self.services.aftersales.link_ticket(
                self.actor, self.detail.case.id, int(self.ticket_choice.currentData())
            )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(detail)

    def request_refund(self) -> RefundDialog | None:
        """Open the refund dialog (returned, so tests can fill it in)."""
        if self.detail is None or not self.detail.can_request_refund:
            return None
        dialog = RefundDialog(self.services, self.actor, self.detail, self)
        dialog.setObjectName("refundDialog")
        dialog.accepted.connect(
            lambda: self._done(dialog.result_detail, self.tr("Refund requested on case %1"))
        )
        dialog.open()
        return dialog

    def approve_refund(self) -> None:
        refund = self.selected_refund()
        if refund is None or approve_block_reason(refund, self.actor):
            return
        try:
            self.services.aftersales.approve_refund(self.actor, refund.id)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(None, self.tr("Refund approved on case %1"))

    def reject_refund(self) -> None:
        refund = self.selected_refund()
        if refund is None:
            return
        reason = ask_text(
            self, self.tr("Reject the refund"), self.tr("&Reason:"), self.tr("Re&ject")
        )
        if reason is None:
            return
        try:
            self.services.aftersales.reject_refund(self.actor, refund.id, reason)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self._done(None, self.tr("Refund rejected on case %1"))

    def select_refund(self, refund_id: int) -> bool:
        for row, refund in enumerate(self.refunds.rows):
            if refund.id == refund_id:
                self.refunds_table.selectRow(row)
                self.update_refund_buttons()
                return True
        return False
