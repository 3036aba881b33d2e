"""Customer service tab: the one-box lookup and the customer screen, the ticket queue, and the
ticket editor beside both.

Keyboard: Ctrl+F lookup box, Enter finds (a scanned barcode is typed text plus Enter),
Enter/double-click opens a result, Ctrl+N new ticket, Ctrl+Enter sends the reply, F5 refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.customers import CustomerCandidate
from app.errors import AppError
from app.permissions import Actor, Permission
from app.service_desk import TicketCounts, TicketFilter, TicketKind, TicketPriority, TicketStatus
from app.services import Services
from ui.aftersales.queues import AftersalesQueues
from ui.errors import show_error
from ui.feedback import notify
from ui.service.customer_view import CustomerView, make_table
from ui.service.labels import (
    kind_label,
    match_label,
    priority_label,
    ticket_status_label,
)
from ui.service.models import TicketsModel, when
from ui.service.ticket_editor import NewTicketDialog, TicketEditor
from ui.widgets.search_box import SearchBox

QUEUE_PAGE = 100
REFRESH_MS = 60_000


class ServiceTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.matched_order: int | None = None  # the order the lookup matched, for new tickets
        self.queue_page = 0
        self._alert_shown = False
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.lookup = SearchBox(
            self, self.tr("Phone, last 4 digits + name, order no, tracking no or name (Ctrl+F)")
        )
        self.lookup.setObjectName("customerLookup")
        self.lookup.setMinimumWidth(360)
        # Typing lists the callers found so far; Enter (or Find) opens a single match.
        self.lookup.typing_paused.connect(lambda _text: self._fill_results())
        self.lookup.returnPressed.connect(self.search)
        find = QPushButton(self.tr("&Find"), self)
        find.clicked.connect(lambda: self.search())
        self.new_ticket_button = QPushButton(self.tr("&New ticket…"), self)
        self.new_ticket_button.setObjectName("newTicket")
        self.new_ticket_button.setToolTip(self.tr("New ticket (Ctrl+N)"))
        self.new_ticket_button.setEnabled(actor.can(Permission.MANAGE_TICKETS))
        self.new_ticket_button.clicked.connect(self.new_ticket)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("ticketCounts")
        bar.addWidget(self.lookup, 2)
        bar.addWidget(find)
        bar.addWidget(self.new_ticket_button)
        bar.addStretch(1)
        bar.addWidget(self.counts_label)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.pages = QTabWidget(self.splitter)
        self.pages.setObjectName("servicePages")
        self.pages.addTab(self._customer_page(), self.tr("Customer"))
        self.pages.addTab(self._queue_page(), self.tr("Ticket queue"))
        self.aftersales = AftersalesQueues(services, actor, self.pages)
        self.aftersales.setObjectName("aftersalesQueues")
        self.aftersales.counts_changed.connect(self._aftersales_counts)
        self.aftersales.changed.connect(
            lambda: self.customer.reload() if self.customer.screen is not None else None
        )
        self.pages.addTab(self.aftersales, self.tr("After-sales"))
        self._aftersales_counts(
            self.aftersales.cases.rowCount(), self.aftersales.refunds.rowCount()
        )
        self.editor = TicketEditor(services, actor, self.splitter)
        self.editor.setObjectName("ticketEditor")
        self.editor.changed.connect(self._ticket_changed)
        self.editor.open_customer.connect(self.open_customer)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (
            ("Ctrl+F", self.focus_lookup),
            ("Ctrl+N", self.new_ticket),
            ("F5", self.refresh),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh_queue()
        self.refresh_counts(alert=False)
        self.views.setMaximumHeight(
            self.views.sizeHintForRow(0) * self.views.count() + 2 * self.views.frameWidth() + 4
        )
        # Once the main window is built, its status bar takes the overdue alert.
        QTimer.singleShot(0, self.refresh_counts)
        # The window focuses the tab when it is shown; focusing the box here, while the tab
        # was built in the background behind another, put the user's typing into it.
        self.setFocusProxy(self.lookup)

    # -- layout ----------------------------------------------------------------------------

    def _customer_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        self.results = QListWidget(page)
        self.results.setObjectName("lookupResults")
        self.results.setMinimumWidth(200)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self.open_candidate)
        self.customer = CustomerView(self.services, self.actor, page)
        self.customer.setObjectName("customerView")
        self.customer.open_ticket.connect(self.open_ticket)
        self.customer.new_ticket.connect(self.new_ticket)
        self.customer.customer_changed.connect(lambda _cid: self._fill_results())
        self.customer.case_changed.connect(lambda _cid: self.aftersales.refresh())
        self.customer.call_ticket = self._call_ticket
        page.addWidget(self.results)
        page.addWidget(self.customer)
        page.setStretchFactor(0, 1)
        page.setStretchFactor(1, 4)
        page.setSizes([230, 800])
        return page

    def _queue_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.views = QListWidget(page)
        self.views.setObjectName("queueViews")
        self.views.setMaximumWidth(190)
        for key in ("open", "mine", "overdue", "all"):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.views.addItem(item)
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(lambda _row: self.refresh_queue(page=0))
        left.addWidget(self.views)
        filters = QFormLayout()
        self.priority_filter = QComboBox(page)
        self.priority_filter.setObjectName("priorityFilter")
        self.priority_filter.addItem(self.tr("Any"), None)
        for priority in TicketPriority:
            self.priority_filter.addItem(priority_label(priority), priority.value)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("Any"), None)
        for kind in TicketKind:
            self.kind_filter.addItem(kind_label(kind), kind.value)
        self.category_filter = QComboBox(page)
        self.category_filter.setObjectName("categoryFilter")
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any"), None)
        for status in TicketStatus:
            self.status_filter.addItem(ticket_status_label(status), status.value)
        filters.addRow(self.tr("&Priority:"), self.priority_filter)
        filters.addRow(self.tr("&Kind:"), self.kind_filter)
        filters.addRow(self.tr("C&ategory:"), self.category_filter)
        filters.addRow(self.tr("&Status:"), self.status_filter)
        left.addLayout(filters)
        left.addStretch(1)
        self._fill_categories()
        for combo in (
            self.priority_filter, self.kind_filter, self.category_filter, self.status_filter,
        ):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self.refresh_queue(page=0))
        layout.addLayout(left)

        centre = QVBoxLayout()
        self.queue = TicketsModel(self.services.service_desk.clock, self)
        self.queue_table = make_table(page, "ticketQueue")
        self.queue_table.setModel(self.queue)
        self.queue_table.selectionModel().currentRowChanged.connect(self._queue_row_changed)
        self.queue_table.activated.connect(self._queue_row_changed)
        centre.addWidget(self.queue_table, 1)
        pager = QHBoxLayout()
        self.queue_info = QLabel(page)
        self.queue_prev = QPushButton(self.tr("◀ Previous"), page)
        self.queue_next = QPushButton(self.tr("Next ▶"), page)
        self.queue_prev.clicked.connect(lambda: self.refresh_queue(page=self.queue_page - 1))
        self.queue_next.clicked.connect(lambda: self.refresh_queue(page=self.queue_page + 1))
        pager.addWidget(self.queue_info)
        pager.addStretch(1)
        pager.addWidget(self.queue_prev)
        pager.addWidget(self.queue_next)
        centre.addLayout(pager)
        layout.addLayout(centre, 1)
        return page

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("Any"), None)
        for category in self.services.service_desk.categories(self.actor):
            self.category_filter.addItem(category, category)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)

    # -- lookup ----------------------------------------------------------------------------

    def focus_lookup(self) -> None:
        self.pages.setCurrentIndex(0)
        self.lookup.setFocus()
        self.lookup.selectAll()

    def _fill_results(self) -> list[CustomerCandidate] | None:
        """Run the lookup for the box's text and list the candidates (None: nothing asked)."""
        text = self.lookup.text().strip()
        self.results.clear()
        if not text:
            return None
        try:
            found = self.services.customers.lookup(self.actor, text)
        except AppError as exc:
            show_error(self, exc)
            return None
        for candidate in found:
            self.results.addItem(self._result_item(candidate))
        return found

    def search(self, open_single: bool = True) -> None:
        found = self._fill_results()
        if found is None:
            return
        self.pages.setCurrentIndex(0)
        if not found:
            text = self.lookup.text().strip()
            self.customer.show_message(
                self.tr("No customer or order found for “%1”.").replace("%1", text)
            )
            self.lookup.selectAll()
            return
        self.results.setCurrentRow(0)
        if len(found) == 1 and open_single:
            self.open_candidate(self.results.item(0))
            self.lookup.selectAll()  # ready for the next scan
        elif open_single:
            self.results.setFocus()

    def _result_item(self, c: CustomerCandidate) -> QListWidgetItem:
        name = (
            c.name
            if c.customer_id is not None
            else self.tr("%1 (no customer)").replace("%1", c.name)
        )
        first = "  ".join(x for x in (name, c.phone, c.city) if x)
        detail = self.tr("%n order(s)", "", c.order_count)
        if c.last_order_at:
            detail += " · " + self.tr("last %1").replace("%1", when(c.last_order_at)[:10])
        detail += " · " + self.tr("%1: %2").replace("%1", match_label(c.match)).replace(
            "%2", c.matched
        )
        lines = [first, detail]
        if c.is_blacklisted:
            lines.append(self.tr("⚠ blacklisted"))
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, (c.customer_id, c.order_id, c.name, c.matched))
        if c.is_blacklisted:
            item.setForeground(Qt.GlobalColor.darkRed)
        return item

    def open_candidate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        customer_id, order_id, name, matched = item.data(Qt.ItemDataRole.UserRole)
        self.matched_order = order_id
        if customer_id is None:
            self.customer.show_message(
                self.tr("%1 (%2) has orders that are not linked to a customer yet.")
                .replace("%1", name)
                .replace("%2", matched)
            )
            return
        self.open_customer(customer_id, keep_order=True)

    def open_customer(self, customer_id: int, keep_order: bool = False) -> None:
        if not keep_order:
            self.matched_order = None
        self.pages.setCurrentIndex(0)
        self.customer.show_customer(customer_id)

    # -- tickets ---------------------------------------------------------------------------

    def new_ticket(self) -> NewTicketDialog | None:
        """Open the new-ticket dialog (for the customer on screen, if any); returns it."""
        if not self.actor.can(Permission.MANAGE_TICKETS):
            return None
        screen = self.customer.screen if self.pages.currentIndex() == 0 else None
        customer, orders, order_id = None, [], None
        if screen is not None:
            customer = (screen.profile.id, screen.profile.name)
            orders = [(o.id, o.order_no) for o in screen.orders.rows]
            selected = self.customer.selected_order()
            if selected is not None:
                order_id = selected[0]
                if selected not in orders:
                    orders.insert(0, selected)
            elif self.matched_order in {oid for oid, _no in orders}:
                order_id = self.matched_order
        try:
            categories = self.services.service_desk.categories(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return None
        dialog = NewTicketDialog(
            self.services, self.actor, self, customer=customer, orders=orders,
            order_id=order_id, categories=categories,
        )  # fmt: skip
        dialog.setObjectName("newTicketDialog")
        dialog.accepted.connect(lambda: self._ticket_created(dialog))
        dialog.open()
        return dialog

    def _ticket_created(self, dialog: NewTicketDialog) -> None:
        if dialog.created is None:
            return
        self.editor.show_detail(dialog.created)
        notify(self, self.tr("Ticket %1 opened").replace("%1", dialog.created.ticket.ticket_no))
        self._ticket_changed(dialog.created.ticket.id)
        self.editor.reply.setFocus()

    def _call_ticket(self, customer_id: int) -> int | None:
        """The ticket open in the editor, if it is this customer's."""
        detail = self.editor.detail
        return detail.ticket.id if detail and detail.ticket.customer_id == customer_id else None

    def open_ticket(self, ticket_id: int) -> None:
        self.editor.load(ticket_id)

    def _queue_row_changed(self, index: QModelIndex, _previous: object = None) -> None:
        row = self.queue.row(index)
        if row is not None and row.id != self.editor.ticket_id:
            self.editor.load(row.id)

    def _ticket_changed(self, _ticket_id: int) -> None:
        self.refresh_queue(page=self.queue_page)
        self.refresh_counts()
        if self.customer.screen is not None:
            self.customer.reload()

    def current_filter(self) -> TicketFilter:
        item = self.views.currentItem()
        view = item.data(Qt.ItemDataRole.UserRole) if item else "open"
        priority, kind = self.priority_filter.currentData(), self.kind_filter.currentData()
        status = self.status_filter.currentData()
        return TicketFilter(
            mine=view == "mine",
            overdue=view == "overdue",
            open_only=view != "all",
            priority=TicketPriority(priority) if priority else None,
            kind=TicketKind(kind) if kind else None,
            category=self.category_filter.currentData(),
            status=TicketStatus(status) if status else None,
        )

    def refresh_queue(self, page: int | None = None) -> None:
        if page is not None:
            self.queue_page = max(0, page)
        try:
            result = self.services.service_desk.queue(
                self.actor, self.current_filter(), self.queue_page, QUEUE_PAGE
            )
        except AppError as exc:
            show_error(self, exc)
            return
        selected = self.editor.ticket_id
        self.queue.set_rows(result.rows)
        for row_no, row in enumerate(result.rows):
            if row.id == selected:
                self.queue_table.selectionModel().blockSignals(True)
                self.queue_table.selectRow(row_no)
                self.queue_table.selectionModel().blockSignals(False)
        first = result.page * result.page_size
        self.queue_info.setText(
            self.tr("%1–%2 of %3")
            .replace("%1", str(first + 1 if result.rows else 0))
            .replace("%2", str(first + len(result.rows)))
            .replace("%3", str(result.total))
        )
        self.queue_prev.setEnabled(result.page > 0)
        self.queue_next.setEnabled(first + len(result.rows) < result.total)
        self.queue_table.resizeColumnsToContents()

    def refresh_counts(self, alert: bool = True) -> None:
        try:
            counts = self.services.service_desk.counts(self.actor)
        except AppError:
            return  # the next refresh tries again; a count is not worth a dialog
        self.show_counts(counts, alert)

    def show_counts(self, counts: TicketCounts, alert: bool = True) -> None:
        texts = {
            "open": self.tr("All open (%1)").replace("%1", str(counts.open)),
            "mine": self.tr("Mine (%1)").replace("%1", str(counts.mine)),
            "overdue": self.tr("Overdue (%1)").replace("%1", str(counts.overdue)),
            "all": self.tr("All tickets"),
        }
        for row in range(self.views.count()):
            item = self.views.item(row)
            item.setText(texts[item.data(Qt.ItemDataRole.UserRole)])
        self.counts_label.setText(
            self.tr("Open %1 · overdue %2 · due soon %3 · mine %4")
            .replace("%1", str(counts.open))
            .replace("%2", str(counts.overdue))
            .replace("%3", str(counts.due_soon))
            .replace("%4", str(counts.mine))
        )
        self.counts_label.setStyleSheet(
            "color: #c0392b; font-weight: bold;" if counts.overdue else ""
        )
        window = self.window()
        if alert and hasattr(window, "set_alerts") and (counts.overdue or self._alert_shown):
            text = self.tr("Overdue tickets: %1").replace("%1", str(counts.overdue))
            window.set_alerts(text if counts.overdue else "", "service")
            self._alert_shown = bool(counts.overdue)

    def _tick(self) -> None:
        """Every minute: counts, and SLA colours that time has changed (rows stay put)."""
        self.refresh_counts()
        self.queue.tick()
        self.customer.tickets.tick()

    def _aftersales_counts(self, cases: int, refunds: int) -> None:
        index = self.pages.indexOf(self.aftersales)
        text = self.tr("After-sales (%1)").replace("%1", str(cases))
        if refunds:
            text += " · " + self.tr("%n refund(s) to approve", "", refunds)
        self.pages.setTabText(index, text)

    def refresh(self) -> None:
        self.aftersales.refresh()
        self.editor.load_choices()
        self._fill_categories()
        self.refresh_queue()
        self.refresh_counts()
        if self.editor.ticket_id is not None:
            self.editor.load(self.editor.ticket_id)
        if self.customer.screen is not None:
            self.customer.reload()
