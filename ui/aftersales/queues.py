"""The after-sales queues of the customer service tab: open cases, and refunds waiting for
approval (approve: Ctrl+Shift+A; open the case: Enter or double-click)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.aftersales import RefundRow
from app.errors import AppError
from app.permissions import Actor, Permission
from app.services import Services
from ui.aftersales.case_editor import CaseEditor
from ui.aftersales.models import CasesModel, RefundsModel
from ui.aftersales.refunds import approve_block_reason, ask_text
from ui.errors import show_error
from ui.service.models import make_table


class AftersalesQueues(QWidget):
    counts_changed = Signal(int, int)  # open cases, refunds waiting
    changed = Signal()  # a case or refund was changed from here

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.case_editor: CaseEditor | None = None
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)

        cases_page = QWidget(split)
        cases_layout = QVBoxLayout(cases_page)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        self.cases_title = QLabel(cases_page)
        self.cases_title.setStyleSheet("font-weight: bold;")
        cases_layout.addWidget(self.cases_title)
        self.cases = CasesModel(self, with_customer=True)
        self.cases_table = make_table(cases_page, "openCases")
        self.cases_table.setModel(self.cases)
        self.cases_table.activated.connect(lambda index: self._open_row(self.cases.row(index)))
        self.cases_table.doubleClicked.connect(lambda index: self._open_row(self.cases.row(index)))
        cases_layout.addWidget(self.cases_table, 1)

        refunds_page = QWidget(split)
        refunds_layout = QVBoxLayout(refunds_page)
        refunds_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.refunds_title = QLabel(refunds_page)
        self.refunds_title.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.refunds_title)
        bar.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open case"), refunds_page)
        self.open_button.clicked.connect(self.open_refund_case)
        self.approve_button = QPushButton(self.tr("Appro&ve refund"), refunds_page)
        self.approve_button.setObjectName("queueApprove")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Reject re&fund…"), refunds_page)
        self.reject_button.setObjectName("queueReject")
        self.reject_button.clicked.connect(self.reject)
        for button in (self.open_button, self.approve_button, self.reject_button):
            bar.addWidget(button)
        refunds_layout.addLayout(bar)
        self.refunds = RefundsModel(self)
        self.refunds_table = make_table(refunds_page, "refundQueue")
        self.refunds_table.setModel(self.refunds)
        self.refunds_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.update_buttons()
        )
        self.refunds_table.activated.connect(lambda _i: self.open_refund_case())
        refunds_layout.addWidget(self.refunds_table, 1)
        split.addWidget(cases_page)
        split.addWidget(refunds_page)
        layout.addWidget(split, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.approve)
        self.refresh()

    def refresh(self) -> None:
        try:
            cases = self.services.aftersales.case_queue(self.actor)
            refunds = self.services.aftersales.refund_queue(self.actor)
        except AppError as exc:
            show_error(self, exc, QCoreApplication.translate("Aftersales", "After-sales"))
            return
        self.cases.set_rows(cases)
        self.refunds.set_rows(refunds)
        self.cases_title.setText(
            self.tr("Open after-sales cases (%1)").replace("%1", str(len(cases)))
        )
        self.refunds_title.setText(
            self.tr("Refunds waiting for approval (%1)").replace("%1", str(len(refunds)))
        )
        for table in (self.cases_table, self.refunds_table):
            table.resizeColumnsToContents()
        self.update_buttons()
        self.counts_changed.emit(len(cases), len(refunds))

    def selected_refund(self) -> RefundRow | None:
        return self.refunds.row(self.refunds_table.currentIndex())

    def update_buttons(self) -> None:
        refund = self.selected_refund()
        block = approve_block_reason(refund, self.actor)
        self.approve_button.setEnabled(not block)
        self.approve_button.setToolTip(
            block or self.tr("Approve the selected refund (Ctrl+Shift+A)")
        )
        self.reject_button.setEnabled(
            refund is not None and self.actor.can(Permission.APPROVE_REFUND)
        )
        self.open_button.setEnabled(refund is not None and refund.case_id is not None)

    def _open_row(self, row: object) -> None:
        case_id = getattr(row, "id", None)
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int, refund_id: int | None = None) -> CaseEditor | None:
        editor = CaseEditor(self.services, self.actor, self)
        if not editor.load(case_id):
            return None
        if refund_id is not None:
            editor.select_refund(refund_id)
        editor.changed.connect(lambda _id: self.refresh())
        editor.changed.connect(lambda _id: self.changed.emit())
        editor.finished.connect(editor.deleteLater)
        self.case_editor = editor
        editor.open()
        return editor

    def open_refund_case(self) -> None:
        refund = self.selected_refund()
        if refund is not None and refund.case_id is not None:
            self.open_case(refund.case_id, refund.id)

    def approve(self) -> None:
        refund = self.selected_refund()
        if refund is None or approve_block_reason(refund, self.actor):
            return
        try:
            self.services.aftersales.approve_refund(self.actor, refund.id)
        except AppError as exc:
            show_error(self, exc, QCoreApplication.translate("Aftersales", "After-sales"))
        self.refresh()
        self.changed.emit()

    def reject(self) -> None:
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
            show_error(self, exc, QCoreApplication.translate("Aftersales", "After-sales"))
        self.refresh()
        self.changed.emit()
