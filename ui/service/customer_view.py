"""The customer screen: profile (masked contacts, reveal on demand), lifetime figures, orders,
shipments with their latest tracking, tickets, and after-sales cases and refunds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.aftersales import RefundStatus
from app.customers import CustomerProfile, CustomerScreen, OrdersPage, RevealedContact
from app.errors import AppError, ConfirmationRequired
from app.permissions import Actor, Permission
from app.services import Services
from ui.aftersales.case_editor import CaseEditor
from ui.aftersales.models import CasesModel, RefundsModel
from ui.aftersales.new_case import NewCaseDialog
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.i18n import channel_label
from ui.kit.dialog import ok_cancel
from ui.service.labels import confirm
from ui.service.models import (
    OrdersModel,
    ShipmentsModel,
    TicketsModel,
    make_table,
    money,
    when,
)

ORDERS_PAGE = 50


class ProfileDialog(QDialog):
    """Edit name, phone, address, tags and note. Masked fields are sent only when changed,
    so a masked value is never saved over the real one."""

    def __init__(
        self, profile: CustomerProfile, revealed: RevealedContact | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit customer %1").replace("%1", profile.name))
        form = QFormLayout(self)
        phone = revealed.phone if revealed else profile.phone
        address = revealed.address if revealed else profile.address
        self.fields: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("name", self.tr("Customer &name:"), profile.name),
            ("phone", self.tr("&Phone:"), phone),
            ("email", self.tr("&E-mail:"), revealed.email if revealed else profile.email),
            ("province", self.tr("P&rovince:"), profile.province),
            ("city", self.tr("&City:"), profile.city),
            ("district", self.tr("&District:"), profile.district),
            ("address", self.tr("&Address:"), address),
            ("tags", self.tr("&Tags (comma-separated):"), ", ".join(profile.tags)),
        ):
            edit = QLineEdit(value, self)
            edit.setObjectName(f"profile_{key}")
            self.fields[key] = edit
            form.addRow(label, edit)
        if not profile.pii_visible and revealed is None:
            hint = QLabel(self.tr("Phone and address are masked; reveal them to edit."), self)
            hint.setWordWrap(True)
            form.addRow(hint)
            for key in ("phone", "address"):
                self.fields[key].setReadOnly(True)
        self.note = QPlainTextEdit(profile.note, self)
        self.note.setObjectName("profile_note")
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("N&ote:"), self.note)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = ok_cancel(self, self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.initial = {k: e.text() for k, e in self.fields.items()}
        self.initial_note = profile.note

    def changes(self) -> dict[str, object]:
        changed: dict[str, object] = {
            k: e.text() for k, e in self.fields.items() if e.text() != self.initial[k]
        }
        if "tags" in changed:
            changed["tags"] = [str(changed["tags"])]
        if self.note.toPlainText() != self.initial_note:
            changed["note"] = self.note.toPlainText()
        return changed


class PickCustomerDialog(QDialog):
    """Find the duplicate to merge into the customer on screen."""

    def __init__(self, services: Services, actor: Actor, keep_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.services, self.actor, self.keep_id = services, actor, keep_id
        self.setWindowTitle(self.tr("Merge a duplicate into this customer"))
        self.resize(460, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Find the duplicate (phone, last 4 + name, order no, name):"), self)
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.returnPressed.connect(self.find)
        layout.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setObjectName("mergeResults")
        layout.addWidget(self.results, 1)
        buttons = ok_cancel(self, self.tr("&Merge…"))
        buttons.accepted.connect(self.accept_selected)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _item: self.accept_selected())
        layout.addWidget(buttons)
        self.chosen: int | None = None

    def find(self) -> None:
        self.results.clear()
        try:
            found = self.services.customers.lookup(self.actor, self.search.text())
        except AppError as exc:
            show_error(self, exc)
            return
        for c in found:
            if c.customer_id is None or c.customer_id == self.keep_id:
                continue
            item = QListWidgetItem(f"{c.name}  {c.phone}  {c.city}  #{c.customer_id}")
            item.setData(Qt.ItemDataRole.UserRole, c.customer_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def accept_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


class CustomerView(QWidget):
    """Shows one customer; asks the tab (by signal) to open tickets and create new ones."""

    open_ticket = Signal(int)
    new_ticket = Signal()
    customer_changed = Signal(int)  # edited, merged or blacklisted: the lookup may be stale
    case_changed = Signal(int)  # an after-sales case or its refunds changed

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.screen: CustomerScreen | None = None
        self.case_editor: CaseEditor | None = None  # the last one opened
        self.new_case_dialog: NewCaseDialog | None = None
        # The ticket of the call in progress (set by the tab): a case opened during the call
        # is linked to it, rather than left for the agent to link by hand.
        self.call_ticket: Callable[[int], int | None] = lambda _customer_id: None
        self.revealed: RevealedContact | None = None
        self.orders_page = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.empty = QLabel(self)
        self.empty.setObjectName("customerEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray; font-size: 15px;")
        self.stack.addWidget(self.empty)
        self.page = QWidget(self)
        self.stack.addWidget(self.page)
        self._build_page()
        self.show_message(
            self.tr(
                "Type or scan a phone number, its last 4 digits and the name, an order no, a "
                "tracking no or a customer name, then press Enter."
            )
        )

    # -- layout --------------------------------------------------------------------------

    def _build_page(self) -> None:
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(4, 0, 4, 0)
        head = QHBoxLayout()
        self.name_label = QLabel(self.page)
        self.name_label.setObjectName("customerName")
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel(self.page)
        self.badge.setObjectName("blacklistBadge")
        self.badge.setStyleSheet(
            "background: #c0392b; color: white; padding: 2px 8px; border-radius: 3px;"
        )
        self.tags_label = QLabel(self.page)
        self.tags_label.setStyleSheet("color: #2c6e9b;")
        head.addWidget(self.name_label)
        head.addWidget(self.badge)
        head.addWidget(self.tags_label)
        head.addStretch(1)
        layout.addLayout(head)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        phone_row = QHBoxLayout()
        self.phone_label = QLabel(self.page)
        self.phone_label.setObjectName("customerPhone")
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Re&veal"), self.page)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(
            self.tr("Show the full phone numbers and addresses. Every reveal is audited.")
        )
        self.reveal_button.clicked.connect(self.reveal)
        phone_row.addWidget(self.phone_label)
        phone_row.addWidget(self.reveal_button)
        phone_row.addStretch(1)
        self.address_label = QLabel(self.page)
        self.address_label.setObjectName("customerAddress")
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel(self.page)
        self.note_label = QLabel(self.page)
        self.note_label.setWordWrap(True)
        self.figures_label = QLabel(self.page)
        self.figures_label.setObjectName("customerFigures")
        self.figures_label.setWordWrap(True)
        form.addRow(self.tr("Phone:"), phone_row)
        form.addRow(self.tr("Address:"), self.address_label)
        form.addRow(self.tr("Shop / buyer:"), self.source_label)
        form.addRow(self.tr("Note:"), self.note_label)
        form.addRow(self.tr("Lifetime:"), self.figures_label)
        layout.addLayout(form)

        actions = QHBoxLayout()
        self.new_ticket_button = QPushButton(self.tr("&New ticket…"), self.page)
        self.new_ticket_button.setObjectName("customerNewTicket")
        self.new_ticket_button.setToolTip(self.tr("New ticket for this customer (Ctrl+N)"))
        self.new_ticket_button.clicked.connect(self.new_ticket.emit)
        self.edit_button = QPushButton(self.tr("&Edit…"), self.page)
        self.edit_button.clicked.connect(self.edit_profile)
        self.blacklist_button = QPushButton(self.page)
        self.blacklist_button.setObjectName("blacklistButton")
        self.blacklist_button.clicked.connect(self.toggle_blacklist)
        self.merge_button = QPushButton(self.tr("&Merge duplicate…"), self.page)
        self.merge_button.clicked.connect(self.merge_duplicate)
        can_edit = self.actor.can(Permission.EDIT_CUSTOMERS)
        self.new_ticket_button.setEnabled(self.actor.can(Permission.MANAGE_TICKETS))
        for button in (self.edit_button, self.blacklist_button, self.merge_button):
            button.setEnabled(can_edit)
        for button in (
            self.new_ticket_button, self.edit_button, self.blacklist_button, self.merge_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.sections = QTabWidget(self.page)
        self.sections.setObjectName("customerSections")
        orders_page = QWidget(self.sections)
        orders_layout = QVBoxLayout(orders_page)
        orders_layout.setContentsMargins(0, 0, 0, 0)
        self.orders = OrdersModel(self)
        self.orders_table = make_table(orders_page, "customerOrders")
        self.orders_table.setModel(self.orders)
        orders_layout.addWidget(self.orders_table)
        pager = QHBoxLayout()
        self.orders_info = QLabel(orders_page)
        self.prev_button = QPushButton(self.tr("◀ Newer"), orders_page)
        self.next_button = QPushButton(self.tr("Older ▶"), orders_page)
        self.prev_button.clicked.connect(lambda: self.show_orders_page(self.orders_page - 1))
        self.next_button.clicked.connect(lambda: self.show_orders_page(self.orders_page + 1))
        # A caller changing the address: stop the order now, from where the agent already is.
        self.hold_button = QPushButton(self.tr("&Hold order…"), orders_page)
        self.hold_button.setObjectName("customerHoldOrder")
        self.hold_button.setToolTip(self.tr("Put the selected order on hold (e.g. address change)"))
        self.hold_button.setVisible(self.actor.can(Permission.HOLD_ORDERS))
        self.hold_button.clicked.connect(lambda: self.hold_order())
        pager.addWidget(self.hold_button)
        pager.addWidget(self.orders_info)
        pager.addStretch(1)
        pager.addWidget(self.prev_button)
        pager.addWidget(self.next_button)
        orders_layout.addLayout(pager)
        self.sections.addTab(orders_page, self.tr("Orders"))

        self.shipments = ShipmentsModel(self)
        self.shipments_table = make_table(self.sections, "customerShipments")
        self.shipments_table.setModel(self.shipments)
        self.sections.addTab(self.shipments_table, self.tr("Shipments"))

        self.tickets = TicketsModel(self.services.service_desk.clock, self)
        self.tickets_table = make_table(self.sections, "customerTickets")
        self.tickets_table.setModel(self.tickets)
        self.tickets_table.activated.connect(self._ticket_activated)
        self.tickets_table.doubleClicked.connect(self._ticket_activated)
        self.sections.addTab(self.tickets_table, self.tr("Tickets"))

        self.sections.addTab(self._cases_page(), self.tr("Cases && refunds"))

        self.contacts = QListWidget(self.sections)
        self.contacts.setObjectName("contactsUsed")
        self.sections.addTab(self.contacts, self.tr("Phones && addresses used"))
        layout.addWidget(self.sections, 1)

    def _cases_page(self) -> QWidget:
        """The customer's after-sales cases (open one: Enter or double-click) and refunds."""
        page = QWidget(self.sections)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.new_case_button = QPushButton(self.tr("New after-sales &case…"), page)
        self.new_case_button.setObjectName("newCase")
        self.new_case_button.setToolTip(
            self.tr("Return, exchange, resend or refund for this customer's orders (Ctrl+Shift+N)")
        )
        self.new_case_button.setEnabled(self.actor.can(Permission.MANAGE_CASES))
        self.new_case_button.clicked.connect(lambda: self.new_case())
        self.cases_info = QLabel(page)
        bar.addWidget(self.new_case_button)
        bar.addStretch(1)
        bar.addWidget(self.cases_info)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, page)
        self.cases = CasesModel(self)
        self.cases_table = make_table(split, "customerCases")
        self.cases_table.setModel(self.cases)
        self.cases_table.activated.connect(self._case_activated)
        self.cases_table.doubleClicked.connect(self._case_activated)
        self.refunds = RefundsModel(self)
        self.refunds_table = make_table(split, "customerRefunds")
        self.refunds_table.setModel(self.refunds)
        self.refunds_table.setColumnHidden(RefundsModel.CUSTOMER, True)  # it is this customer
        self.refunds_table.activated.connect(self._refund_activated)
        self.refunds_table.doubleClicked.connect(self._refund_activated)
        for title, table in (
            (self.tr("After-sales cases (Enter opens one)"), self.cases_table),
            (self.tr("Refunds on this customer's orders"), self.refunds_table),
        ):
            box = QWidget(split)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            heading = QLabel(title, box)
            heading.setStyleSheet("font-weight: bold;")
            box_layout.addWidget(heading)
            box_layout.addWidget(table, 1)
            split.addWidget(box)
        layout.addWidget(split, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.new_case())
        return page

    # -- showing -------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self.screen.profile.id if self.screen else None

    def show_message(self, text: str) -> None:
        self.screen = None
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def show_customer(self, customer_id: int) -> bool:
        try:
            screen = self.services.customers.customer_screen(
                self.actor, customer_id, page_size=ORDERS_PAGE
            )
        except AppError as exc:
            self.show_message(error_text(exc))
            return False
        if self.screen is None or self.screen.profile.id != customer_id:
            self.revealed = None
            self.sections.setCurrentIndex(0)
        self.screen = screen
        self.orders_page = 0
        self._fill()
        self.stack.setCurrentWidget(self.page)
        return True

    def reload(self) -> None:
        if self.customer_id is not None:
            page = self.orders_page
            self.show_customer(self.customer_id)
            if page:
                self.show_orders_page(page)

    def _fill(self) -> None:
        assert self.screen is not None
        s = self.screen
        p = s.profile
        self.name_label.setText(p.name)
        self.badge.setVisible(p.is_blacklisted)
        self.badge.setText(self.tr("Blacklisted: %1").replace("%1", p.blacklist_reason or "—"))
        self.tags_label.setText("  ".join(f"#{t}" for t in p.tags))
        self.blacklist_button.setText(
            self.tr("Remove from &blacklist…") if p.is_blacklisted else self.tr("&Blacklist…")
        )
        self._show_contacts()
        source = " / ".join(
            x for x in (channel_label(p.channel) if p.channel else "", p.channel_buyer_id) if x
        )
        self.source_label.setText(source or "—")
        self.note_label.setText(p.note or "—")
        f = s.figures
        spend = ", ".join(money(a, c) for c, a in f.spend) or "0.00"
        parts = [
            self.tr("%n order(s)", "", f.order_count),
            self.tr("%n cancelled", "", f.cancelled_count),
            self.tr("spend %1").replace("%1", spend),
        ]
        if f.refunded:
            refunded = ", ".join(money(a, c) for c, a in f.refunded)
            parts.append(self.tr("refunded %1").replace("%1", refunded))
        parts.append(self.tr("%n return(s)", "", f.returns_count))
        if f.first_order_at:
            parts.append(self.tr("customer since %1").replace("%1", when(f.first_order_at)[:10]))
        self.figures_label.setText(" · ".join(parts))
        self._show_orders(s.orders)
        self.shipments.set_rows(s.shipments)
        self.tickets.set_rows(s.tickets)
        self.cases.set_rows(s.cases)
        self.refunds.set_rows(s.refunds)
        waiting = sum(1 for r in s.refunds if r.status == RefundStatus.REQUESTED)
        self.cases_info.setText(
            self.tr("%n case(s)", "", len(s.cases))
            + " · "
            + self.tr("%n refund(s)", "", len(s.refunds))
            + (" · " + self.tr("%n waiting for approval", "", waiting) if waiting else "")
        )
        self.sections.setTabText(2, self.tr("Tickets (%1)").replace("%1", str(len(s.tickets))))
        self.sections.setTabText(1, self.tr("Shipments (%1)").replace("%1", str(len(s.shipments))))
        self.sections.setTabText(
            3, self.tr("Cases && refunds (%1)").replace("%1", str(len(s.cases)))
        )
        for table in (
            self.orders_table, self.shipments_table, self.tickets_table, self.cases_table,
            self.refunds_table,
        ):  # fmt: skip
            table.resizeColumnsToContents()

    def _show_contacts(self) -> None:
        assert self.screen is not None
        p, r = self.screen.profile, self.revealed
        region = "".join(x for x in (p.province, p.city if p.city != p.province else "",
                                     p.district) if x)  # fmt: skip
        self.phone_label.setText((r.phone if r else p.phone) or "—")
        self.address_label.setText(region + (r.address if r else p.address) or "—")
        can_reveal = self.actor.can(Permission.REVEAL_PII)
        self.reveal_button.setVisible(can_reveal and not p.pii_visible and r is None)
        self.contacts.clear()
        phones = r.phones_used if r else self.screen.phones_used
        addresses = r.addresses_used if r else self.screen.addresses_used
        for phone in phones:
            self.contacts.addItem(self.tr("Phone: %1").replace("%1", phone))
        for address in addresses:
            self.contacts.addItem(self.tr("Address: %1").replace("%1", address))

    def _show_orders(self, page: OrdersPage) -> None:
        self.orders.set_rows(page.rows)
        first = page.page * page.page_size
        if page.total:
            self.orders_info.setText(
                self.tr("%1–%2 of %3")
                .replace("%1", str(first + 1))
                .replace("%2", str(first + len(page.rows)))
                .replace("%3", str(page.total))
            )
        else:
            self.orders_info.setText(self.tr("No orders yet"))
        self.prev_button.setEnabled(page.page > 0)
        self.next_button.setEnabled(first + len(page.rows) < page.total)
        self.sections.setTabText(0, self.tr("Orders (%1)").replace("%1", str(page.total)))

    def show_orders_page(self, page: int) -> None:
        if self.customer_id is None or page < 0:
            return
        try:
            result = self.services.customers.customer_orders(
                self.actor, self.customer_id, page, ORDERS_PAGE
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.orders_page = page
        self._show_orders(result)
        self.orders_table.resizeColumnsToContents()

    def hold_order(self) -> None:
        """Hold the selected order with a reason (the Orders tab's own hold dialog)."""
        from ui.orders.dialogs import HoldDialog

        selected = self.selected_order()
        if selected is None:
            notify(self, self.tr("Select the order to hold first."), error=True)
            return
        order_id, order_no = selected
        dialog = HoldDialog(1, self)
        self.hold_dialog = dialog  # window-modal, not exec(): a click test can fill it

        def hold() -> None:
            try:
                self.services.orders.hold(self.actor, order_id, dialog.text())
            except AppError as exc:
                show_error(self, exc)
                return
            notify(self, self.tr("Put %1 on hold").replace("%1", order_no))
            self.reload()

        dialog.accepted.connect(hold)
        dialog.open()

    def selected_order(self) -> tuple[int, str] | None:
        rows = self.orders_table.selectionModel().selectedRows()
        if not rows:
            return None
        order = self.orders.rows[rows[0].row()]
        return order.id, order.order_no

    def _case_activated(self, index: object) -> None:
        row = self.cases.row(index)  # type: ignore[arg-type]
        if row is not None:
            self.open_case(row.id)

    def _refund_activated(self, index: object) -> None:
        row = self.refunds.row(index)  # type: ignore[arg-type]
        if row is not None and row.case_id is not None:
            self.open_case(row.case_id, refund_id=row.id)

    def open_case(self, case_id: int, refund_id: int | None = None) -> CaseEditor | None:
        """Open the case editor (returned, so tests can drive it); reload when it changes."""
        editor = CaseEditor(self.services, self.actor, self)
        if not editor.load(case_id):
            return None
        if refund_id is not None:
            editor.select_refund(refund_id)
        editor.changed.connect(lambda _id: self.reload())
        editor.changed.connect(self.case_changed.emit)
        editor.finished.connect(editor.deleteLater)
        self.case_editor = editor
        editor.open()
        return editor

    def new_case(self) -> NewCaseDialog | None:
        """Open the new-case dialog for the customer on screen (the selected order's lines
        first); the new case opens in the editor."""
        if self.screen is None or not self.actor.can(Permission.MANAGE_CASES):
            return None
        selected = self.selected_order()
        dialog = NewCaseDialog(
            self.services, self.actor, self.screen.profile.id, self.screen.profile.name, self,
            order_id=selected[0] if selected else None,
            ticket_id=self.call_ticket(self.screen.profile.id),
        )  # fmt: skip
        dialog.setObjectName("newCaseDialog")
        dialog.accepted.connect(lambda: self._case_created(dialog))
        self.new_case_dialog = dialog
        dialog.open()
        return dialog

    def _case_created(self, dialog: NewCaseDialog) -> None:
        if dialog.created is None:
            return
        self.reload()
        self.sections.setCurrentIndex(3)
        self.open_case(dialog.created.case.id)

    def _ticket_activated(self, index: object) -> None:
        row = self.tickets.row(index)  # type: ignore[arg-type]
        if row is not None:
            self.open_ticket.emit(row.id)

    # -- actions -------------------------------------------------------------------------

    def reveal(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.revealed = self.services.customers.reveal(self.actor, self.customer_id)
        except AppError as exc:
            show_error(self, exc)
            return
        self._show_contacts()

    def edit_profile(self) -> None:
        if self.screen is None:
            return
        dialog = ProfileDialog(self.screen.profile, self.revealed, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            changes = dialog.changes()
            if not changes:
                return
            try:
                self.services.customers.update_profile(
                    self.actor, self.screen.profile.id, **changes
                )  # type: ignore[arg-type]
            except AppError as exc:
                dialog.message.setText(error_text(exc))
                continue
            if self.revealed is not None:
                self.revealed = self.services.customers.reveal(self.actor, self.screen.profile.id)
            self.reload()
            self.customer_changed.emit(self.screen.profile.id)
            return

    def toggle_blacklist(self) -> None:
        if self.screen is None:
            return
        p = self.screen.profile
        if p.is_blacklisted:
            confirmed = confirm(
                self,
                self.tr("Blacklist"),
                self.tr("Take %1 off the blacklist? Their orders are no longer flagged.").replace(
                    "%1", p.name
                ),
            )
            if not confirmed:
                return
            reason = ""
        else:
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Blacklist %1").replace("%1", p.name))
            form = QFormLayout(dialog)
            reason_edit = QLineEdit(dialog)
            reason_edit.setObjectName("blacklistReason")
            form.addRow(self.tr("&Reason:"), reason_edit)
            box = ok_cancel(dialog, self.tr("&Blacklist"))
            box.accepted.connect(dialog.accept)
            box.rejected.connect(dialog.reject)
            form.addRow(box)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = reason_edit.text()
        try:
            self.services.customers.set_blacklist(self.actor, p.id, not p.is_blacklisted, reason)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.customer_changed.emit(p.id)

    def merge_duplicate(self) -> None:
        if self.screen is None:
            return
        keep = self.screen.profile.id
        picker = PickCustomerDialog(self.services, self.actor, keep, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        try:
            try:
                self.services.customers.merge(self.actor, keep, picker.chosen)
            except ConfirmationRequired as ask:  # always: the service says what will happen
                confirmed = confirm(self, self.tr("Merge customers"), error_text(ask))
                if not confirmed:
                    return
                self.services.customers.merge(self.actor, keep, picker.chosen, confirm=True)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.customer_changed.emit(keep)
