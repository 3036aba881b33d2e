"""Open an after-sales case from the customer screen: kind, reason, note, and the pieces per
order line, each with the most the service says a case of that kind may claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.aftersales import REASON_CODES, CaseDetail, CaseKind, EligibleLine
from app.errors import AppError
from app.permissions import Actor
from app.services import Services
from ui.aftersales.labels import kind_label, money_text, reason_label
from ui.errors import error_text
from ui.i18n import status_label
from ui.kit.dialog import ERROR_STYLE, ok_cancel

QTY_COLUMN = 7


class NewCaseDialog(QDialog):
    """Saves on OK; stays open with the service's reason when it refuses."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        order_id: int | None = None,
        ticket_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.customer_id, self.order_id, self.ticket_id = customer_id, order_id, ticket_id
        self.created: CaseDetail | None = None
        self.lines: list[EligibleLine] = []
        self.setWindowTitle(self.tr("New after-sales case for %1").replace("%1", customer_name))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("caseKind")
        for kind in CaseKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.reason = QComboBox(self)
        self.reason.setObjectName("caseReason")
        for code in REASON_CODES:
            self.reason.addItem(reason_label(code), code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("caseNote")
        self.note.setMaximumHeight(60)
        self.note.setPlaceholderText(self.tr("What the customer said, photos received, …"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("caseLines")
        self.table.setHorizontalHeaderLabels([
            self.tr("Order no"), self.tr("Order status"), self.tr("SKU"), self.tr("Item"),
            self.tr("Ordered"), self.tr("On other cases"), self.tr("At most"),
            self.tr("Pieces for this case"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("caseMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.tr("&Open case"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_lines())
        self.load_lines()

    def selected_kind(self) -> CaseKind:
        return CaseKind(self.kind.currentData())

    def load_lines(self) -> None:
        kind = self.selected_kind()
        hints = {
            CaseKind.RETURN: self.tr(
                "The customer sends the goods back and gets the money back. Only shipped "
                "pieces can be returned."
            ),
            CaseKind.EXCHANGE: self.tr(
                "The customer sends the goods back and gets other SKUs (a new order at no charge)."
            ),
            CaseKind.RESEND: self.tr(
                "The same items are sent again (lost or missing), in a new order at no charge."
            ),
            CaseKind.REFUND_ONLY: self.tr(
                "Money back without a return; also possible for paid orders not yet shipped."
            ),
        }
        self.hint.setText(hints[kind])
        self.message.clear()
        try:
            self.lines = self.services.aftersales.case_candidates(
                self.actor, self.customer_id, kind
            )
        except AppError as exc:
            self.lines = []
            self.message.setText(error_text(exc))
        # The selected order's lines first: the agent usually calls about that one.
        self.lines.sort(key=lambda e: e.order_id != self.order_id)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (
                line.order_no, status_label(line.order_status), line.sku, line.name,
                str(line.ordered_qty), str(line.claimed), str(line.max_qty),
            )  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (4, 5, 6):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(
                    self.tr("Paid per piece: %1").replace(
                        "%1", money_text(line.unit_value, line.currency)
                    )
                )
                self.table.setItem(row, column, item)
            spin = QSpinBox(self.table)
            spin.setObjectName(f"qty_{line.order_line_id}")
            spin.setRange(0, line.max_qty)
            spin.setEnabled(line.max_qty > 0)
            if line.max_qty == 0:
                spin.setToolTip(self.tr("Nothing left: other cases already cover these pieces"))
            self.table.setCellWidget(row, QTY_COLUMN, spin)
        self.table.resizeColumnsToContents()
        # Cell widgets do not count in the content size: give the pieces column room.
        self.table.setColumnWidth(QTY_COLUMN, max(self.table.columnWidth(QTY_COLUMN), 130))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        if not self.lines:
            self.message.setText(self.tr("This customer has no order lines a case of this kind "
                                         "can cover."))  # fmt: skip

    def spin(self, order_line_id: int) -> QSpinBox | None:
        for row, line in enumerate(self.lines):
            if line.order_line_id == order_line_id:
                widget = self.table.cellWidget(row, QTY_COLUMN)
                return widget if isinstance(widget, QSpinBox) else None
        return None

    def chosen(self) -> list[tuple[int, int]]:
        result = []
        for row, line in enumerate(self.lines):
            widget = self.table.cellWidget(row, QTY_COLUMN)
            if isinstance(widget, QSpinBox) and widget.value() > 0:
                result.append((line.order_line_id, widget.value()))
        return result

    def save(self) -> None:
        lines = self.chosen()
        if not lines:
            self.message.setText(self.tr("Enter the pieces for at least one line."))
            return
        try:
            self.created = self.services.aftersales.create_case(
                self.actor, self.customer_id, self.selected_kind(), self.reason.currentData(),
                lines, self.note.toPlainText(), ticket_id=self.ticket_id,
            )  # fmt: skip
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
