"""The ticket editor (messages, reply with templates, status, priority, assignee, rating), the
new-ticket dialog and the reply-template manager."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.permissions import Actor, Permission
from app.service_desk import (
    PLACEHOLDERS,
    ReplyTemplateInfo,
    SlaState,
    TicketDetail,
    TicketKind,
    TicketPriority,
    TicketStatus,
)
from app.services import Services
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.kit.dialog import ERROR_STYLE, ok_cancel
from ui.service.labels import (
    confirm,
    kind_label,
    move_label,
    priority_label,
    sla_colour,
    sla_label,
    ticket_status_label,
)
from ui.service.models import when


def _fill_priorities(combo: QComboBox) -> None:
    for priority in TicketPriority:
        combo.addItem(priority_label(priority), priority.value)


def _fill_ratings(combo: QComboBox) -> None:
    combo.addItem("—", None)
    for stars in range(1, 6):
        combo.addItem("★" * stars + "☆" * (5 - stars), stars)


class NewTicketDialog(QDialog):
    """Log an inquiry, complaint, feedback or after-sales ticket; saves on OK and stays open
    with the reason when the service refuses."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        customer: tuple[int, str] | None = None,
        orders: list[tuple[int, str]] | None = None,
        order_id: int | None = None,
        categories: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.customer_id = customer[0] if customer else None
        self.created: TicketDetail | None = None
        self.setWindowTitle(self.tr("New ticket"))
        self.resize(520, 440)
        form = QFormLayout(self)
        who = QLabel(customer[1] if customer else self.tr("(no customer)"), self)
        who.setObjectName("newTicketCustomer")
        form.addRow(self.tr("Customer:"), who)
        self.kind = QComboBox(self)
        self.kind.setObjectName("newTicketKind")
        for kind in TicketKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.priority = QComboBox(self)
        self.priority.setObjectName("newTicketPriority")
        _fill_priorities(self.priority)
        self.priority.setCurrentIndex(self.priority.findData(TicketPriority.NORMAL.value))
        self.category = QComboBox(self)
        self.category.setObjectName("newTicketCategory")
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(categories or [])
        self.subject = QLineEdit(self)
        self.subject.setObjectName("newTicketSubject")
        self.subject.setPlaceholderText(self.tr("What is it about, in a few words"))
        self.order = QComboBox(self)
        self.order.setObjectName("newTicketOrder")
        self.order.addItem(self.tr("— no order —"), None)
        for oid, order_no in orders or []:
            self.order.addItem(order_no, oid)
        if order_id is not None:
            self.order.setCurrentIndex(max(0, self.order.findData(order_id)))
        self.rating = QComboBox(self)
        self.rating.setObjectName("newTicketRating")
        _fill_ratings(self.rating)
        self.rating_label = QLabel(self.tr("&Rating:"), self)
        self.rating_label.setBuddy(self.rating)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("newTicketBody")
        self.body.setPlaceholderText(self.tr("What the customer said (optional)"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Order:"), self.order)
        form.addRow(self.rating_label, self.rating)
        form.addRow(self.tr("&Message:"), self.body)
        self.message = QLabel(self)
        self.message.setObjectName("newTicketError")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons = ok_cancel(self, self.tr("&Create"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.subject.setFocus()

    def _kind_changed(self) -> None:
        feedback = self.kind.currentData() == TicketKind.FEEDBACK.value
        self.rating.setVisible(feedback)
        self.rating_label.setVisible(feedback)

    def submit(self) -> None:
        kind = TicketKind(self.kind.currentData())
        try:
            self.created = self.services.service_desk.create_ticket(
                self.actor,
                kind,
                TicketPriority(self.priority.currentData()),
                self.subject.text(),
                self.body.toPlainText(),
                category=self.category.currentText(),
                customer_id=self.customer_id,
                order_id=self.order.currentData(),
                rating=self.rating.currentData() if kind == TicketKind.FEEDBACK else None,
            )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class TemplatesDialog(QDialog):
    """Reply templates: name, category and text with placeholders."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(720, 420)
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setMaximumWidth(220)
        layout.addWidget(self.list)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.category = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("&Text:"), self.body)
        right.addLayout(form)
        hint = QLabel(
            self.tr("Placeholders: %1").replace(
                "%1", "  ".join("{" + p + "}" for p in PLACEHOLDERS)
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(hint)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        close = QPushButton(self.tr("Close"), self)
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout.addLayout(right, 1)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        close.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(self._selected)
        self.templates: list[ReplyTemplateInfo] = []
        self.current_id: int | None = None
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.templates = self.services.service_desk.list_templates(self.actor)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.templates:
            item = QListWidgetItem(f"{t.category} · {t.name}" if t.category else t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [t.id for t in self.templates]
        if select_id in ids:
            self.list.setCurrentRow(ids.index(select_id))
        elif ids:
            self.list.setCurrentRow(0)
        else:
            self.new()

    def _selected(self, item: QListWidgetItem | None) -> None:
        template = next(
            (t for t in self.templates if item and t.id == item.data(Qt.ItemDataRole.UserRole)),
            None,
        )
        self.current_id = template.id if template else None
        self.name.setText(template.name if template else "")
        self.category.setText(template.category if template else "")
        self.body.setPlainText(template.body if template else "")
        self.message.clear()

    def new(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        for edit in (self.name, self.category):
            edit.clear()
        self.body.clear()
        self.name.setFocus()

    def save(self) -> None:
        desk = self.services.service_desk
        args = (self.name.text(), self.body.toPlainText(), self.category.text())
        try:
            if self.current_id is None:
                saved = desk.create_template(self.actor, *args)
            else:
                saved = desk.update_template(self.actor, self.current_id, *args)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh(saved.id)

    def delete(self) -> None:
        if self.current_id is None:
            return
        confirmed = confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template %1? Tickets keep the replies already sent.").replace(
                "%1", self.name.text()
            ),
        )
        if not confirmed:
            return
        try:
            self.services.service_desk.delete_template(self.actor, self.current_id)
        except AppError as exc:
            show_error(self, exc)
        self.refresh()


class TicketEditor(QWidget):
    """One ticket: its thread, a reply box with templates, and its controls."""

    changed = Signal(int)  # ticket id: the queue and the customer screen refresh
    open_customer = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.detail: TicketDetail | None = None
        self.can_edit = actor.can(Permission.MANAGE_TICKETS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setObjectName("ticketHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        info = QHBoxLayout()
        self.info = QLabel(self)
        self.info.setObjectName("ticketInfo")
        self.info.setWordWrap(True)
        self.customer_button = QPushButton(self)
        self.customer_button.setObjectName("ticketCustomer")
        self.customer_button.setFlat(True)
        self.customer_button.setStyleSheet("color: #2c6e9b; text-decoration: underline;")
        self.customer_button.clicked.connect(self._open_customer)
        info.addWidget(self.info, 1)
        info.addWidget(self.customer_button)
        layout.addLayout(info)
        self.sla = QLabel(self)
        self.sla.setObjectName("slaLabel")
        layout.addWidget(self.sla)

        controls = QFormLayout()
        self.moves_row = QHBoxLayout()
        self.moves: list[QPushButton] = []
        moves_box = QWidget(self)
        moves_box.setLayout(self.moves_row)
        self.moves_row.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("ticketStatus")
        self.moves_row.addStretch(1)
        controls.addRow(self.tr("Status:"), self.status_label)
        # The moves on a row of their own: beside the status they were cut off in the
        # narrow editor pane at 1366 px ("等待客户(W").
        controls.addRow(moves_box)
        self.priority = QComboBox(self)
        self.priority.setObjectName("ticketPriority")
        _fill_priorities(self.priority)
        self.priority.activated.connect(self._priority_chosen)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("ticketAssignee")
        self.assignee.activated.connect(self._assignee_chosen)
        self.rating = QComboBox(self)
        self.rating.setObjectName("ticketRating")
        _fill_ratings(self.rating)
        self.rating.activated.connect(self._rating_chosen)
        self.rating_label = QLabel(self.tr("Rating:"), self)
        row = QHBoxLayout()
        row.addWidget(self.priority)
        row.addWidget(QLabel(self.tr("Assignee:"), self))
        row.addWidget(self.assignee, 1)
        row.addWidget(self.rating_label)
        row.addWidget(self.rating)
        controls.addRow(self.tr("Priority:"), row)
        layout.addLayout(controls)

        self.thread = QTextBrowser(self)
        self.thread.setObjectName("ticketThread")
        self.thread.setOpenLinks(False)
        layout.addWidget(self.thread, 3)

        picker_row = QHBoxLayout()
        self.templates = QComboBox(self)
        self.templates.setObjectName("templatePicker")
        self.templates.setToolTip(
            self.tr("Insert a saved reply with the ticket's details filled in")
        )
        self.templates.activated.connect(self._template_chosen)
        self.manage_templates = QPushButton(self.tr("&Templates…"), self)
        self.manage_templates.clicked.connect(self.edit_templates)
        picker_row.addWidget(self.templates, 1)
        picker_row.addWidget(self.manage_templates)
        layout.addLayout(picker_row)
        self.reply = QPlainTextEdit(self)
        self.reply.setObjectName("replyBox")
        self.reply.setPlaceholderText(self.tr("Reply to the customer, or an internal note"))
        layout.addWidget(self.reply, 1)
        send_row = QHBoxLayout()
        self.internal = QCheckBox(self.tr("&Internal note (not for the customer)"), self)
        self.internal.setObjectName("internalNote")
        self.send_button = QPushButton(self.tr("Sen&d"), self)
        self.send_button.setObjectName("sendReply")
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.internal)
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        layout.addLayout(send_row)
        self.reply.installEventFilter(self)  # Ctrl+Enter sends (the box keeps plain Enter)
        self.load_choices()
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reply
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send()
            return True
        return super().eventFilter(watched, event)

    # -- data ------------------------------------------------------------------------------

    def load_choices(self) -> None:
        """Assignees and templates (refreshed with F5)."""
        desk = self.services.service_desk
        self.assignee.clear()
        self.assignee.addItem(self.tr("— unassigned —"), None)
        for option in desk.assignable_users(self.actor):
            self.assignee.addItem(option.name, option.user_id)
        self.templates.clear()
        self.templates.addItem(self.tr("Insert reply template…"), None)
        for t in desk.list_templates(self.actor):
            self.templates.addItem(f"{t.category} · {t.name}" if t.category else t.name, t.id)
        self.manage_templates.setEnabled(self.can_edit)

    @property
    def ticket_id(self) -> int | None:
        return self.detail.ticket.id if self.detail else None

    def clear(self) -> None:
        self.detail = None
        self.header.setText(self.tr("No ticket selected"))
        self.info.setText(self.tr("Pick a ticket in the queue or on the customer screen."))
        self.customer_button.hide()
        self.sla.clear()
        self.thread.clear()
        self.status_label.clear()
        self._set_moves(())
        for widget in (
            self.priority, self.assignee, self.rating, self.templates, self.reply,
            self.internal, self.send_button,
        ):  # fmt: skip
            widget.setEnabled(False)
        self.rating.hide()
        self.rating_label.hide()

    def load(self, ticket_id: int) -> bool:
        try:
            detail = self.services.service_desk.get_ticket(self.actor, ticket_id)
        except AppError as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def show_detail(self, detail: TicketDetail) -> None:
        if self.detail is None or self.detail.ticket.id != detail.ticket.id:
            self.reply.clear()
            self.internal.setChecked(False)
        self.detail = detail
        t = detail.ticket
        self.header.setText(f"{t.ticket_no} · {t.subject}")
        parts = [kind_label(t.kind)]
        if t.category:
            parts.append(t.category)
        if t.order_no:
            parts.append(self.tr("order %1").replace("%1", t.order_no))
        if t.case_no:
            parts.append(self.tr("case %1").replace("%1", t.case_no))
        parts.append(self.tr("created %1").replace("%1", when(t.created_at)))
        self.info.setText(" · ".join(parts))
        self.customer_button.setVisible(t.customer_id is not None)
        self.customer_button.setText(t.customer_name)
        self.customer_button.setToolTip(self.tr("Open the customer screen"))
        self._show_sla()
        self.status_label.setText(ticket_status_label(t.status))
        open_ticket = t.status != TicketStatus.CLOSED
        self._set_moves(detail.next_statuses if self.can_edit else ())
        self.priority.setCurrentIndex(self.priority.findData(t.priority.value))
        index = self.assignee.findData(t.assignee_id)
        if index < 0:  # e.g. a disabled user: show the name, without offering it
            self.assignee.addItem(t.assignee_name, t.assignee_id)
            index = self.assignee.count() - 1
        self.assignee.setCurrentIndex(index)
        feedback = t.kind == TicketKind.FEEDBACK
        self.rating.setVisible(feedback)
        self.rating_label.setVisible(feedback)
        self.rating.setCurrentIndex(max(0, self.rating.findData(t.rating)))
        for widget in (self.priority, self.assignee, self.rating):
            widget.setEnabled(self.can_edit and open_ticket)
        for widget in (self.templates, self.reply, self.internal, self.send_button):
            widget.setEnabled(self.can_edit and open_ticket)
        self._show_thread()

    def _show_sla(self) -> None:
        assert self.detail is not None
        t = self.detail.ticket
        state = t.sla_state(self.services.service_desk.clock())
        if t.sla_due_at is None:
            self.sla.clear()
            return
        text = self.tr("SLA due %1").replace("%1", when(t.sla_due_at))
        if state in (SlaState.DUE_SOON, SlaState.OVERDUE):
            text += f" — {sla_label(state)}"
        elif state == SlaState.NONE and t.resolved_at:
            text = self.tr("Resolved %1").replace("%1", when(t.resolved_at))
        colour = sla_colour(state)
        self.sla.setStyleSheet(
            f"background: {colour.name()}; color: #202020; padding: 2px 6px;" if colour else ""
        )
        self.sla.setText(text)

    def _show_thread(self) -> None:
        assert self.detail is not None
        blocks = []
        for m in self.detail.messages:
            colour = "#fff4c2" if m.is_internal else "#eef3f8"
            tag = f" · <i>{html.escape(self.tr('internal note'))}</i>" if m.is_internal else ""
            body = html.escape(m.body).replace("\n", "<br>")
            blocks.append(
                f'<table width="100%" cellpadding="6" bgcolor="{colour}"><tr><td>'
                f"<b>{html.escape(m.author_name or '—')}</b> "
                f'<span style="color:#666">{when(m.created_at)}</span>{tag}<br>{body}'
                "</td></tr></table>"
            )
        if not blocks:
            blocks.append(f'<p style="color:gray">{html.escape(self.tr("No messages yet."))}</p>')
        self.thread.setHtml("<br>".join(blocks))
        bar = self.thread.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _set_moves(self, targets: tuple[TicketStatus, ...]) -> None:
        for button in self.moves:
            self.moves_row.removeWidget(button)  # now: the new ones go where these were
            button.deleteLater()
        self.moves = []
        current = self.detail.ticket.status if self.detail else TicketStatus.NEW
        for target in targets:
            button = QPushButton(move_label(current, target), self)
            button.setObjectName(f"move_{target.value}")
            button.clicked.connect(lambda _=False, s=target: self.move(s))
            self.moves_row.insertWidget(len(self.moves), button)  # before the stretch
            self.moves.append(button)

    # -- actions -------------------------------------------------------------------------

    def _apply(self, action: object, said: str = "") -> None:
        try:
            detail = action()  # type: ignore[operator]
        except AppError as exc:
            show_error(self, exc)
            if self.ticket_id is not None:
                self.load(self.ticket_id)  # show what is true now
            return
        self.show_detail(detail)
        if said:
            notify(self, said.replace("%1", detail.ticket.ticket_no))
        self.changed.emit(detail.ticket.id)

    def move(self, target: TicketStatus) -> None:
        if self.ticket_id is None:
            return
        tid = self.ticket_id
        self._apply(
            lambda: self.services.service_desk.change_status(self.actor, tid, target),
            self.tr("Ticket %1: %2").replace("%2", ticket_status_label(target)),
        )

    def _priority_chosen(self, _index: int) -> None:
        if self.detail is None or self.priority.currentData() == self.detail.ticket.priority:
            return
        tid, priority = self.detail.ticket.id, TicketPriority(self.priority.currentData())
        self._apply(lambda: self.services.service_desk.set_priority(self.actor, tid, priority))

    def _assignee_chosen(self, _index: int) -> None:
        if self.detail is None or self.assignee.currentData() == self.detail.ticket.assignee_id:
            return
        tid, user = self.detail.ticket.id, self.assignee.currentData()
        self._apply(
            lambda: self.services.service_desk.assign(self.actor, tid, user),
            self.tr("Ticket %1 assigned to %2").replace("%2", self.assignee.currentText()),
        )

    def _rating_chosen(self, _index: int) -> None:
        if self.detail is None or self.rating.currentData() == self.detail.ticket.rating:
            return
        tid, rating = self.detail.ticket.id, self.rating.currentData()
        self._apply(lambda: self.services.service_desk.set_rating(self.actor, tid, rating))

    def _template_chosen(self, index: int) -> None:
        template_id = self.templates.itemData(index)
        self.templates.setCurrentIndex(0)
        if template_id is None or self.ticket_id is None:
            return
        try:
            text = self.services.service_desk.render_template(
                self.actor, template_id, self.ticket_id
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.reply.insertPlainText(text)
        self.reply.setFocus()

    def send(self) -> None:
        if self.ticket_id is None or not self.send_button.isEnabled():
            return
        body = self.reply.toPlainText()
        if not body.strip():
            self.reply.setFocus()
            return
        tid, internal = self.ticket_id, self.internal.isChecked()
        try:
            detail = self.services.service_desk.add_message(self.actor, tid, body, internal)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reply.clear()
        self.internal.setChecked(False)
        self.show_detail(detail)
        notify(
            self,
            (self.tr("Internal note added to %1") if internal else self.tr("Reply sent on %1"))
            .replace("%1", detail.ticket.ticket_no),
        )  # fmt: skip
        self.changed.emit(tid)

    def edit_templates(self) -> None:
        TemplatesDialog(self.services, self.actor, self).exec()
        self.load_choices()
        if self.detail is not None:
            self.show_detail(self.detail)

    def _open_customer(self) -> None:
        if self.detail and self.detail.ticket.customer_id is not None:
            self.open_customer.emit(self.detail.ticket.customer_id)
