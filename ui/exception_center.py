"""The exception center (异常中心): the open findings of the user's role, by kind, with filters;
open the object, assign it to a person, mark it handled with a note. Keyboard-first: Enter
opens the object, Ctrl+Enter marks handled, Ctrl+F searches, F5 scans again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.exceptions import Assignee, FindingFilter, FindingRow, Kind, kinds_for
from app.permissions import Actor, Permission
from app.services import Services
from app.stock_plan import StockPlan
from app.uow import Changes
from ui.action_runner import runner
from ui.errors import show_error
from ui.kit.list_model import ListColumn, ListModel, list_view


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        Kind.PENDING_REVIEW: QCoreApplication.translate(
            "ExceptionCenter", "Pending review too long"
        ),
        Kind.UNCONFIRMED: QCoreApplication.translate("ExceptionCenter", "Approved, not confirmed"),
        Kind.NOT_SHIPPED: QCoreApplication.translate(
            "ExceptionCenter", "Not shipped by the promise"
        ),
        Kind.UNPAID: QCoreApplication.translate("ExceptionCenter", "Unpaid too long"),
        Kind.OUT_OF_STOCK: QCoreApplication.translate("ExceptionCenter", "Out of stock"),
        Kind.PAYMENT_MISMATCH: QCoreApplication.translate("ExceptionCenter", "Payment mismatch"),
        Kind.TICKET_OVERDUE: QCoreApplication.translate("ExceptionCenter", "Ticket past its SLA"),
        Kind.CASE_OVERDUE: QCoreApplication.translate(
            "ExceptionCenter", "After-sales case overdue"
        ),
        Kind.NO_MOVEMENT: QCoreApplication.translate("ExceptionCenter", "No tracking movement"),
        Kind.PARCEL_LOST: QCoreApplication.translate("ExceptionCenter", "Parcel lost"),
        Kind.PARCEL_DAMAGED: QCoreApplication.translate("ExceptionCenter", "Parcel damaged"),
        Kind.PARCEL_RETURNED: QCoreApplication.translate("ExceptionCenter", "Parcel returned"),
        Kind.ADDRESS_PROBLEM: QCoreApplication.translate("ExceptionCenter", "Address problem"),
        Kind.PARCEL_DELAYED: QCoreApplication.translate("ExceptionCenter", "Parcel delayed"),
    }
    return labels.get(kind, kind)


def _object_label(object_type: str) -> str:
    return {
        "order": QCoreApplication.translate("ExceptionCenter", "Order"),
        "parcel": QCoreApplication.translate("ExceptionCenter", "Parcel"),
        "ticket": QCoreApplication.translate("ExceptionCenter", "Ticket"),
        "case": QCoreApplication.translate("ExceptionCenter", "After-sales case"),
    }.get(object_type, object_type)


def _state_label(state: str) -> str:
    return {
        "open": QCoreApplication.translate("ExceptionCenter", "Open"),
        "handled": QCoreApplication.translate("ExceptionCenter", "Handled"),
        "closed": QCoreApplication.translate("ExceptionCenter", "Closed"),
    }.get(state, state)


def _severity_label(severity: str) -> str:
    return {
        "critical": QCoreApplication.translate("ExceptionCenter", "Critical"),
        "warning": QCoreApplication.translate("ExceptionCenter", "Warning"),
    }.get(severity, severity)


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class ExceptionCenter(QDialog):
    """`open_object(object_type, object_ref)` is asked to show the object (the main window
    switches to its tab)."""

    changed = Signal()  # a finding was assigned or handled: the status bar recounts

    def __init__(
        self,
        services: Services,
        actor: Actor,
        open_object: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exceptionCenter")
        self.services = services
        self.actor = actor
        self.open_object = open_object
        self.rows: list[FindingRow] = []
        self.setWindowTitle(self.tr("Exception center"))
        self.resize(1200, 640)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        for value, label in (
            ("open", self.tr("Open")),
            ("handled", self.tr("Handled")),
            ("", self.tr("Open and handled")),
            ("closed", self.tr("Closed")),
        ):
            self.state.addItem(label, value)
        self.mine = QCheckBox(self.tr("Assigned to me"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("exceptionSearch")
        self.search.setPlaceholderText(self.tr("Order, tracking, ticket or case number"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind:"), self))
        filters.addWidget(self.kind, 2)
        filters.addWidget(QLabel(self.tr("State:"), self))
        filters.addWidget(self.state)
        filters.addWidget(self.mine)
        filters.addWidget(self.search, 2)

        self.model: ListModel[FindingRow] = ListModel(self._columns(), (), self)
        self.table = list_view(self, "findings", self.model)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        self.assignee.setMinimumWidth(160)
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(lambda: self.assign())
        self.take_button = QPushButton(self.tr("&Take it"), self)
        self.take_button.setObjectName("takeButton")
        self.take_button.setToolTip(self.tr("Assign to me (Ctrl+T)"))
        self.take_button.clicked.connect(lambda: self.assign(self.actor.user_id))
        self.note = QLineEdit(self)
        self.note.setObjectName("handledNote")
        self.note.setPlaceholderText(self.tr("What was done (Ctrl+Enter: mark handled)"))
        self.handle_button = QPushButton(self.tr("Mark &handled"), self)
        self.handle_button.setObjectName("handleButton")
        self.handle_button.setToolTip(self.tr("Mark handled with the note (Ctrl+Enter)"))
        self.handle_button.clicked.connect(lambda: self.mark_handled())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(self.tr("Show the order, parcel or ticket (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.plan_button = QPushButton(self.tr("Stock &plan…"), self)
        self.plan_button.setObjectName("planButton")
        self.plan_button.setToolTip(
            self.tr("Where the missing stock could come from (out of stock only; Ctrl+P)")
        )
        self.plan_button.clicked.connect(lambda: self.show_plan())
        self.scan_button = QPushButton(self.tr("Check again"), self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setToolTip(self.tr("Look for new exceptions now (F5)"))
        self.scan_button.clicked.connect(lambda: self.scan())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(lambda: self.reject())
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(QLabel(self.tr("Owner:"), self))
        actions.addWidget(self.assignee)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.take_button)
        actions.addWidget(self.note, 2)
        actions.addWidget(self.handle_button)
        actions.addStretch(0)
        actions.addWidget(self.plan_button)
        actions.addWidget(self.scan_button)
        actions.addWidget(close)

        self.summary = QLabel(self)
        self.summary.setObjectName("exceptionSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.summary)

        for keys, slot in (
            ("Ctrl+T", lambda: self.assign(self.actor.user_id)),
            ("Ctrl+F", self._focus_search),
            ("F5", self.scan),
            ("Ctrl+P", self.show_plan),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        may_act = self.actor.role.value != "analyst"
        for widget in (self.assignee, self.assign_button, self.take_button, self.note,
                       self.handle_button):  # fmt: skip
            widget.setVisible(may_act)

        self.refresh_counts()
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine.toggled.connect(lambda _on: self.reload())
        self.search.returnPressed.connect(lambda: self.reload())
        self.reload()
        self.table.setFocus()

    # -- loading ----------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Refill the kind filter with this role's open counts (keeps the chosen kind)."""
        try:
            counts = self.services.exceptions.counts(self.actor)
        except AppError as exc:
            show_error(self, exc)
            counts = {}
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        total = sum(counts.values())
        self.kind.addItem(self.tr("All kinds (%1)").replace("%1", str(total)), "")
        for kind in Kind:
            if kind in kinds_for(self.actor.role):
                self.kind.addItem(f"{kind_label(kind)} ({counts.get(kind.value, 0)})", kind.value)
        index = self.kind.findData(chosen) if chosen is not None else 0
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.counts = counts

    def current_filter(self) -> FindingFilter:
        return FindingFilter(
            kind=self.kind.currentData() or None,
            state=self.state.currentData() or "",
            mine=self.mine.isChecked(),
            search=self.search.text(),
        )

    def reload(self) -> None:
        keep = self.selected()
        try:
            self.rows = self.services.exceptions.findings(self.actor, self.current_filter())
        except AppError as exc:
            show_error(self, exc)
            self.rows = []
        self.model.set_rows(self.rows)
        self.summary.setText(self.tr("%1 shown").replace("%1", str(len(self.rows))))
        ids = [row.id for row in self.rows]
        if self.rows:
            self.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self._selection_changed()

    def _columns(self) -> list[ListColumn[FindingRow]]:
        def note(row: FindingRow) -> str:
            if row.state != "handled":
                return row.note
            return (
                self.tr("%1 at %2: %3")
                .replace("%1", row.handled_by_name)
                .replace("%2", _when(row.handled_at))
                .replace("%3", row.note)
            )

        def critical(row: FindingRow) -> QColor | None:
            return QColor(Qt.GlobalColor.red) if row.severity == "critical" else None

        return [
            ListColumn(self.tr("Severity"), lambda r: _severity_label(r.severity), colour=critical),
            ListColumn(self.tr("Kind"), lambda r: kind_label(r.kind)),
            ListColumn(self.tr("Object"), lambda r: f"{_object_label(r.object_type)} "
                                                    f"{r.object_ref}"),
            ListColumn(self.tr("Since"), lambda r: _when(r.since)),
            ListColumn(self.tr("Owner"), lambda r: r.owner_name),
            ListColumn(self.tr("State"), lambda r: _state_label(r.state)),
            ListColumn(self.tr("Note"), note),
        ]  # fmt: skip

    def selected(self) -> FindingRow | None:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.table.currentIndex().row())

    def _selection_changed(self) -> None:
        row = self.selected()
        self.assignee.clear()
        actionable = row is not None and row.state != "closed"
        for widget in (self.assign_button, self.take_button, self.assignee):
            widget.setEnabled(actionable)
        self.handle_button.setEnabled(row is not None and row.state == "open")
        self.open_button.setEnabled(row is not None)
        self.plan_button.setEnabled(
            row is not None
            and row.kind == Kind.OUT_OF_STOCK
            and self.actor.can(Permission.VIEW_INVENTORY)
        )
        if row is None or not actionable or self.actor.role.value == "analyst":
            return
        try:
            people: list[Assignee] = self.services.exceptions.assignees(self.actor, row.id)
        except AppError:
            people = []
        self.assignee.addItem(self.tr("(nobody)"), None)
        for person in people:
            self.assignee.addItem(person.name, person.user_id)
        self.assignee.setCurrentIndex(max(self.assignee.findData(row.owner_id), 0))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions ----------------------------------------------------------------------

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        """Enter on the list opens the object (not the dialog's default button); Ctrl+Enter
        anywhere marks the selected finding handled (the note field passes it up)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.mark_handled()
            return
        if enter and not event.modifiers():
            if self.table.hasFocus():
                self.open_selected()
                return
            if self.search.hasFocus() or self.note.hasFocus():
                return  # the line edits act on their own Enter
        super().keyPressEvent(event)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None and self.open_object is not None:
            self.open_object(row.object_type, row.object_ref)
            self.accept()

    def _done(self, _result: object, _changes: Changes) -> None:
        self.note.clear()
        self.refresh_counts()
        self.reload()
        self.changed.emit()

    def assign(self, user_id: int | None = -1) -> None:
        row = self.selected()
        if row is None or row.state == "closed":
            return
        target = self.assignee.currentData() if user_id == -1 else user_id
        runner().run(
            self,
            lambda: self.services.exceptions.assign(self.actor, row.id, target),
            success=self._done,
            busy=(self.assign_button, self.take_button),
        )

    def mark_handled(self) -> None:
        row = self.selected()
        if row is None or row.state != "open":
            return
        note = self.note.text()
        runner().run(
            self,
            lambda: self.services.exceptions.mark_handled(self.actor, row.id, note),
            success=self._done,
            busy=(self.handle_button,),
        )

    def show_plan(self) -> QDialog | None:
        row = self.selected()
        if row is None or row.kind != Kind.OUT_OF_STOCK:
            return None
        try:
            plan = self.services.exceptions.stock_plan(self.actor, row.object_id)
        except AppError as exc:
            show_error(self, exc)
            return None
        dialog = StockPlanDialog(self.services, self.actor, plan, self)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def scan(self) -> None:
        runner().run(
            self,
            lambda: self.services.exceptions.scan(self.actor),
            success=self._done,
            busy=(self.scan_button,),
        )


class NotificationsDialog(QDialog):
    """My notifications, the newest first; opening the list marks them read. Enter (or a
    double click) shows the object."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        open_object: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notifications")
        self.services = services
        self.actor = actor
        self.open_object = open_object
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(640, 420)
        self.items = QListWidget(self)
        self.items.setObjectName("notificationList")
        self.items.itemActivated.connect(lambda _item: self.open_selected())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(lambda: self.reject())
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        try:
            self.rows = services.exceptions.notifications(actor)
            services.exceptions.mark_read(actor)
        except AppError as exc:
            show_error(self, exc)
            self.rows = []
        for row in self.rows:
            if row.event == "assigned":
                text = self.tr("%1 assigned to you: %2 %3")
            else:
                text = self.tr("Closed by itself: %2 %3")
            text = (
                text.replace("%1", row.actor_name)
                .replace("%2", kind_label(row.kind))
                .replace("%3", row.object_ref)
            )
            item = QListWidgetItem(f"{_when(row.created_at)}  {text}")
            if not row.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.items.addItem(item)
        if not self.rows:
            self.items.addItem(QListWidgetItem(self.tr("No notifications")))
        self.items.setCurrentRow(0)
        self.items.setFocus()

    def open_selected(self) -> None:
        index = self.items.currentRow()
        if 0 <= index < len(self.rows) and self.open_object is not None:
            row = self.rows[index]
            self.open_object(row.object_type, row.object_ref)
            self.accept()


class StockPlanDialog(QDialog):
    """The plan for an order the stock cannot fill: transfers, purchases, split; one click
    creates the transfers (warehouse staff, supervisors)."""

    def __init__(
        self, services: Services, actor: Actor, plan: StockPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stockPlan")
        self.services = services
        self.actor = actor
        self.plan = plan
        self.created: list[str] = []
        self.setWindowTitle(self.tr("Stock plan for %1").replace("%1", plan.order_no))
        self.setMinimumWidth(460)
        parts: list[str] = []
        if plan.transfers:
            parts.append(
                self.tr("Transfer to %1:").replace("%1", plan.target_code)
                + "<ul>"
                + "".join(
                    "<li>"
                    + self.tr("%1 × %2 from %3")
                    .replace("%1", m.sku)
                    .replace("%2", str(m.qty))
                    .replace("%3", m.from_code)
                    + "</li>"
                    for m in plan.transfers
                )
                + "</ul>"
            )
        if plan.purchases:
            parts.append(
                self.tr("To buy (no warehouse has them):")
                + "<ul>"
                + "".join(f"<li>{p.sku} × {p.qty}</li>" for p in plan.purchases)
                + "</ul>"
            )
        if plan.can_split:
            parts.append(self.tr("Or split the order: every unit is in stock somewhere."))
        if not parts:
            parts.append(self.tr("The stock can fill this order now: confirm it."))
        self.text = QLabel("".join(f"<p>{p}</p>" for p in parts), self)
        self.text.setObjectName("planText")
        self.text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create the transfer"), self)
        self.create_button.setObjectName("createTransfer")
        self.create_button.setEnabled(bool(plan.transfers))
        self.create_button.setVisible(actor.can(Permission.MANAGE_STOCK))
        self.create_button.clicked.connect(lambda: self.create())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(lambda: self.reject())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def create(self) -> None:
        def done(numbers: list[str], _changes: Changes) -> None:
            self.created = numbers
            self.text.setText(self.tr("Transfer created: %1").replace("%1", ", ".join(numbers)))
            self.create_button.setEnabled(False)

        runner().run(
            self,
            lambda: self.services.exceptions.create_plan_transfers(self.actor, self.plan.order_id),
            success=done,
            busy=(self.create_button,),
        )
