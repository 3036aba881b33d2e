"""Orders tab: queues with live counts, one search box, filters and saved views, the big lazy
table, the detail pane, and every review action from the keyboard, one order at a time or
on a selection of any size (in the background, with a per-order result).

Keys on the table: A approve · R return for correction · H hold · U release · C confirm ·
Del cancel · M merge · S split · K carrier · E edit. Ctrl+N new phone order, Ctrl+F search,
F5 refresh, Ctrl+S save view, Ctrl+Shift+R review rules.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.logistics import CarrierOffer
from app.order_queries import FilterChoices, OrderFilter, QueueCounts, SavedViewInfo
from app.orders import BatchResult
from app.permissions import Actor, Permission
from app.review_rules import RuleCode
from app.services import Services
from app.states import HOLDABLE, OrderAction, OrderStatus, allowed_actions, can_edit
from app.uow import Changes
from ui.action_runner import runner
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.i18n import channel_label, status_label
from ui.importing.entry import ImportEntry
from ui.orders.detail import OrderDetailPane
from ui.orders.dialogs import (
    BatchResultDialog,
    CarrierChoiceDialog,
    HoldDialog,
    OrderDialog,
    ReturnReasonDialog,
    ReviewRulesDialog,
    SplitDialog,
    confirm_question,
)
from ui.orders.labels import return_reason_presets, rule_name
from ui.orders.payments import RecordPaymentDialog
from ui.orders.table_model import Column, OrdersTableModel
from ui.ui_state import header_width, remember_header
from ui.widgets.search_box import SearchBox
from ui.workers import Worker, start

ALL, HELD, FLAGGED = "all", "hold", "flagged"
# The table's columns left to right: what a reviewer decides by first, least used last.
DISPLAY_ORDER = (
    Column.ORDER_NO, Column.STATUS, Column.CHANNEL, Column.RECIPIENT, Column.PHONE,
    Column.TOTAL, Column.ADDRESS, Column.ITEMS, Column.ORDERED_AT, Column.CARRIER,
    Column.WAREHOUSE, Column.RULES,
)  # fmt: skip
BatchJob = Callable[[list[int], Callable[[int, int], None], Callable[[], bool]], BatchResult]


def tidy_separators(toolbar: QToolBar) -> None:
    """Hide the separators that separate nothing: a role without the review or edit actions
    (the analyst) saw a row of bars before its first button."""
    pending: QAction | None = None
    seen = False  # a shown button since the start
    for action in toolbar.actions():
        if action.isSeparator():
            action.setVisible(False)
            if seen and pending is None:
                pending = action
        elif action.isVisible():
            if pending is not None:
                pending.setVisible(True)
                pending = None
            seen = True


class OrdersTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.model = OrdersTableModel(services, actor, self)
        self.model.ids_changed.connect(self._show_row_count)
        self._view: SavedViewInfo | None = None
        self._counts: QueueCounts | None = None
        self._marker = -1
        self._painted = False
        self._jobs: list[Worker] = []
        self._build()
        self._marker = self._change_marker()
        self.select_queue(OrderStatus.PENDING_REVIEW.value)
        self.refresh_counts()
        # Our own actions; the main window's change watcher feeds other workstations' too.
        runner().changes_applied.connect(self.apply_changes)

    # -- building -------------------------------------------------------------------------

    seen_versions: dict[int, int] = {}  # noqa: RUF012 - replaced, never mutated

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("ordersToolbar")
        self.status = QLabel("", self)
        self.status.setObjectName("ordersStatus")
        # Its own row above the table, never in the toolbar: a toolbar narrower than its
        # actions hides the rest in an overflow menu, and the search box went with them.
        self.search = SearchBox(
            self, self.tr("Order no, platform no, phone or last 4 digits, name, tracking no, SKU")
        )
        self.search.setObjectName("orderSearch")
        self.search.search_requested.connect(lambda _text: self._search_typed())
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)  # the window focuses the tab when it is shown
        self.search_scope = QLabel("", self)
        self.search_scope.setObjectName("searchScope")
        self.search_scope.setStyleSheet("color: #1f6fb2;")
        self._narrowed = False  # a queue clicked while searching: search only that queue
        self._shown: tuple[int, int | None] | None = None  # selection the detail pane shows

        self.queues = QListWidget(self)
        self.queues.setObjectName("queues")
        self.queues.currentItemChanged.connect(self._queue_changed)
        self.queues.itemClicked.connect(self._queue_clicked)
        self.views = QListWidget(self)
        self.views.setObjectName("savedViews")
        self.views.itemActivated.connect(self._view_chosen)
        self.views.itemClicked.connect(self._view_chosen)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Queues")))
        left_layout.addWidget(self.queues, 3)
        left_layout.addWidget(QLabel(self.tr("Saved views")))
        left_layout.addWidget(self.views, 1)
        self._fill_queues()

        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(self.tr("All channels"), "")
        self.warehouse = QComboBox(self)
        self.warehouse.setObjectName("warehouseFilter")
        self.warehouse.addItem(self.tr("All warehouses"), None)
        self.rule = QComboBox(self)
        self.rule.setObjectName("ruleFilter")
        self.rule.addItem(self.tr("Any rule"), "")
        for code in RuleCode:
            self.rule.addItem(rule_name(code.value), code.value)
        self.hold = QComboBox(self)
        self.hold.setObjectName("holdFilter")
        self.hold.addItem(self.tr("Held or not"), None)
        self.hold.addItem(self.tr("On hold"), True)
        self.hold.addItem(self.tr("Not on hold"), False)
        self.use_dates = QCheckBox(self.tr("Ordered from"), self)
        self.date_from = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.apply_filter())
        for combo in (self.channel, self.warehouse, self.rule, self.hold):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            # As wide as a short choice, the list as wide as the longest: the row of filters
            # must leave the table its room at 1280 px in English too.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 34)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.use_dates.toggled.connect(lambda _on: self.apply_filter())
        filters = QHBoxLayout()
        for widget in (self.channel, self.warehouse, self.rule, self.hold, self.use_dates,
                       self.date_from, QLabel(self.tr("to")), self.date_to):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows: fixed
        vertical.setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Sized so the columns a reviewer decides by (number, state, who, phone, total,
        # address) fit the table's width at 1366 px; the rest follow, least used last.
        widths = {
            Column.ORDER_NO: 130, Column.STATUS: 96, Column.CHANNEL: 62, Column.RECIPIENT: 64,
            Column.PHONE: 98, Column.ADDRESS: 200, Column.ITEMS: 44, Column.TOTAL: 76,
            Column.WAREHOUSE: 60, Column.CARRIER: 80, Column.RULES: 140, Column.ORDERED_AT: 130,
        }  # fmt: skip
        # A state's name whole, in this language ("Needs correction" is wider than 待修正).
        widths[Column.STATUS] = max(
            widths[Column.STATUS],
            12 + max(self.fontMetrics().horizontalAdvance(status_label(s)) for s in OrderStatus),
        )
        for column, width in widths.items():
            self.table.setColumnWidth(column, max(width, header_width(header, column)))
        for position, column in enumerate(DISPLAY_ORDER):
            header.moveSection(header.visualIndex(column), position)
        remember_header(header, "orders/table")
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_signal())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_signal())

        self.detail = OrderDetailPane(self)
        # Money on the selected order, under its detail (issue 18).
        self.detail_box = QWidget(self)
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        money_buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Record &payment…"), self.detail_box)
        self.pay_button.setObjectName("recordPayment")
        self.complete_button = QPushButton(self.tr("Complete order"), self.detail_box)
        self.complete_button.setObjectName("completeOrder")
        money_buttons.addWidget(self.pay_button)
        money_buttons.addWidget(self.complete_button)
        money_buttons.addStretch(1)
        detail_layout.addLayout(money_buttons)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(filters)
        centre_layout.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(1, 1)
        # The queue list as wide as its longest name with a count, in this language.
        metrics = self.queues.fontMetrics()
        widest = 36 + max(
            metrics.horizontalAdvance(self.queues.item(row).text() + " (8,888)")
            for row in range(self.queues.count())
        )
        self.queues.setMinimumWidth(widest)  # never squeezed into cut names
        splitter.setSizes([widest, 840, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Search:"), self))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_scope)
        search_row.addWidget(self.status)
        layout.addWidget(self.toolbar)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        self._build_actions()

    def _action(
        self,
        text: str,
        shortcut: str,
        slot: Callable[[], None],
        permission: Permission | None = None,
        *,
        on_table: bool = False,
        toolbar: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        # Single keys act on the table only, so typing in the search box stays typing.
        if on_table:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.setVisible(permission is None or self.actor.can(permission))
        if toolbar and action.isVisible():
            self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("&New order"), "Ctrl+N", self.new_order, Permission.EDIT_ORDERS
        )
        self.act_edit = self._action(
            self.tr("&Edit"), "E", self.edit_order, Permission.EDIT_ORDERS, on_table=True
        )
        self.toolbar.addSeparator()
        self.act_approve = self._action(
            self.tr("&Approve"), "A", self.approve, Permission.REVIEW_ORDERS, on_table=True
        )
        self.act_return = self._action(
            self.tr("&Return for correction"),
            "R",
            self.return_for_correction,
            Permission.REVIEW_ORDERS,
            on_table=True,
        )
        self.act_confirm = self._action(
            self.tr("&Confirm"), "C", self.confirm, Permission.CONFIRM_ORDERS, on_table=True
        )
        self.act_hold = self._action(
            self.tr("&Hold"), "H", self.hold_orders, Permission.HOLD_ORDERS, on_table=True
        )
        self.act_release = self._action(
            self.tr("Release hold"),
            "U",
            self.release_orders,
            Permission.HOLD_ORDERS,
            on_table=True,
        )
        self.act_cancel = self._action(
            self.tr("Cancel order"),
            "Delete",
            self.cancel_orders,
            Permission.CANCEL_ORDERS,
            on_table=True,
        )
        self.toolbar.addSeparator()
        self.act_merge = self._action(
            self.tr("&Merge"), "M", self.merge_orders, Permission.EDIT_ORDERS, on_table=True
        )
        self.act_split = self._action(
            self.tr("&Split"), "S", self.split_order, Permission.EDIT_ORDERS, on_table=True
        )
        self.act_carrier = self._action(
            self.tr("Assign carrier"),
            "K",
            self.assign_carrier,
            Permission.CONFIRM_ORDERS,
            on_table=True,
        )
        self.act_rules = self._action(
            self.tr("Run review rules"), "Ctrl+R", self.run_rules, Permission.REVIEW_ORDERS
        )
        self.toolbar.addSeparator()
        self.act_refresh = self._action(self.tr("Refresh"), "F5", self.refresh)
        self.act_find = self._action(self.tr("Find"), "Ctrl+F", self.focus_search, toolbar=False)
        self.search.setToolTip(self.act_find.toolTip())
        self.act_save_view = self._action(self.tr("Save view…"), "Ctrl+S", self.save_view)
        self.act_edit_rules = self._action(
            self.tr("Review rules…"), "Ctrl+Shift+R", self.edit_rules, Permission.MANAGE_RULES
        )
        self.act_pay = self._action(
            self.tr("Record &payment…"), "P", self.record_payment, Permission.RECORD_PAYMENTS,
            on_table=True, toolbar=False,
        )  # fmt: skip
        self.act_complete = self._action(
            self.tr("Complete order"), "", self.complete_order, Permission.COMPLETE_ORDERS,
            toolbar=False,
        )  # fmt: skip
        self.pay_button.setVisible(self.act_pay.isVisible())
        self.complete_button.setVisible(self.act_complete.isVisible())
        self.pay_button.clicked.connect(lambda _checked=False: self.record_payment())
        self.complete_button.clicked.connect(lambda _checked=False: self.complete_order())
        self.import_entry = ImportEntry(self)  # Import…, Export…, dropped order files
        self.selection_actions = [
            self.act_edit, self.act_approve, self.act_return, self.act_confirm, self.act_hold,
            self.act_release, self.act_cancel, self.act_merge, self.act_split, self.act_carrier,
            self.act_rules,
        ]  # fmt: skip
        self.views.installEventFilter(self)
        tidy_separators(self.toolbar)

    # -- queues, filters, views --------------------------------------------------------------

    def _fill_queues(self) -> None:
        self.queues.blockSignals(True)
        for key in (ALL, *(s.value for s in OrderStatus), HELD, FLAGGED):
            item = QListWidgetItem(self._queue_label(key, None))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.blockSignals(False)

    def _queue_label(self, key: str, count: int | None) -> str:
        names = {ALL: self.tr("All orders"), HELD: self.tr("On hold"),
                 FLAGGED: self.tr("Rules fired")}  # fmt: skip
        name = names.get(key) or status_label(key)
        return name if count is None else f"{name} ({count:,})"

    def select_queue(self, key: str) -> None:
        for row in range(self.queues.count()):
            if self.queues.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.queues.setCurrentRow(row)
                return

    def _queue_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        self._view = None
        self.views.clearSelection()
        self._narrowed = bool(self.search.text().strip())
        self.apply_filter()

    def _queue_clicked(self, _item: QListWidgetItem) -> None:
        """The queue already chosen, clicked while searching: narrow the search to it."""
        if self.search.text().strip() and not self._narrowed and self._view is None:
            self._narrowed = True
            self.apply_filter()

    def _view_chosen(self, item: QListWidgetItem) -> None:
        view = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(view, SavedViewInfo):
            return
        self._view = view
        self.queues.blockSignals(True)
        self.queues.setCurrentRow(-1)
        self.queues.blockSignals(False)
        self.search.setText(view.filter.text)
        self.apply_filter()

    def current_filter(self) -> OrderFilter:
        text = self.search.text().strip()
        if self._view is not None:
            return OrderFilter(**{**self._view.filter.__dict__, "text": text})
        item = self.queues.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else ALL
        if text and not self._narrowed:
            key = ALL  # a phone or a name is looked for in every queue, not just this one
        statuses: tuple[OrderStatus, ...] = ()
        on_hold = self.hold.currentData()
        if key in {s.value for s in OrderStatus}:
            statuses = (OrderStatus(key),)
        elif key == HELD:
            on_hold = True
        date_from = date_to = None
        if self.use_dates.isChecked():
            start, end = self.date_from.date(), self.date_to.date()
            date_from = datetime(start.year(), start.month(), start.day()).astimezone()
            date_to = datetime(end.year(), end.month(), end.day()).astimezone() + timedelta(1)
        return OrderFilter(
            statuses=statuses, on_hold=on_hold, flagged=key == FLAGGED,
            rule_code=self.rule.currentData() or "", channel=self.channel.currentData() or "",
            warehouse_id=self.warehouse.currentData(), date_from=date_from, date_to=date_to,
            text=text,
        )  # fmt: skip

    def apply_filter(self) -> None:
        """Query the ids of the current filter and show the first page."""
        self.search.cancel_pending()
        self._show_scope()
        try:
            self.model.query(self.current_filter())
        except AppError as exc:
            show_error(self, exc)
            return
        self._shown = None
        if self.model.rowCount():
            self.table.selectRow(0)  # shows the first order's detail, once
        if self._shown is None:
            self._selection_changed()
        self.table.scrollToTop()

    def _show_row_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("%n order(s)", "", count)
        if not self.model.complete:
            text = self.tr("%1+ orders, loading…").replace("%1", f"{count:,}")
        self.status.setText(text)

    def _search_typed(self) -> None:
        self._narrowed = False  # new text: look everywhere again
        self.apply_filter()

    def _show_scope(self) -> None:
        """Say plainly where the search looks: all queues, or only the one clicked."""
        item = self.queues.currentItem()
        if not self.search.text().strip() or self._view is not None:
            text = ""
        elif self._narrowed and item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            text = self.tr("Searching only in “%1”").replace("%1", self._queue_label(key, None))
        else:
            text = self.tr("Searching all queues")
        self.search_scope.setText(text)
        self.search_scope.setVisible(bool(text))

    def search_for(self, text: str) -> None:
        """Find as if typed and Enter pressed (a scanner does exactly that)."""
        self.search.setText(text)
        self._search_typed()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fill_choices(self, choices: FilterChoices) -> None:
        for combo, items in (
            (self.channel, [(channel_label(c), c) for c in choices.channels]),
            (self.warehouse, [(f"{w.code} {w.name}", w.id) for w in choices.warehouses]),
        ):
            if combo.count() > 1:
                continue
            combo.blockSignals(True)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self._carriers = choices.carriers

    def _fill_views(self) -> None:
        self.views.clear()
        for view in self.services.order_queries.saved_views(self.actor):
            item = QListWidgetItem(view.name)
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.views.addItem(item)

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
        if not ok or not name.strip():
            return
        try:
            self.services.order_queries.save_view(self.actor, name, self.current_filter())
        except AppError as exc:
            show_error(self, exc)
            return
        self._fill_views()

    def _delete_view(self) -> None:
        item = self.views.currentItem()
        view = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(view, SavedViewInfo):
            return
        question = self.tr("Delete the saved view “%1”? Orders are not affected.")
        if not confirm_question(self, self.tr("Delete view"), question.replace("%1", view.name)):
            return
        self.services.order_queries.delete_view(self.actor, view.id)
        self._fill_views()

    # -- counts and refresh ------------------------------------------------------------------

    def _change_marker(self) -> int:
        try:
            return self.services.order_queries.change_marker(self.actor)
        except AppError:
            return -1

    def refresh_counts(self) -> None:
        """Queue counts (and the filter choices) in the background: a million orders take a
        few hundred ms to count."""
        services, actor = self.services, self.actor

        def job(_progress: Any, _cancelled: Any) -> tuple[QueueCounts, FilterChoices]:
            return services.order_queries.queue_counts(
                actor
            ), services.order_queries.filter_choices(actor)

        worker = Worker(job)
        worker.signals.finished.connect(self._counts_ready)
        worker.signals.finished.connect(lambda _r, w=worker: self._job_done(w))
        worker.signals.failed.connect(lambda _e, w=worker: self._job_done(w))
        self._jobs.append(worker)
        start(worker)

    def _job_done(self, worker: Worker) -> None:
        if worker in self._jobs:
            self._jobs.remove(worker)

    def _counts_ready(self, result: tuple[QueueCounts, FilterChoices]) -> None:
        counts, choices = result
        self._counts = counts
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == ALL:
                n = counts.total
            elif key == HELD:
                n = counts.on_hold
            elif key == FLAGGED:
                n = counts.flagged
            else:
                n = counts.by_status.get(OrderStatus(key), 0)
            item.setText(self._queue_label(key, n))
        self._fill_choices(choices)
        window = self.window()
        if hasattr(window, "set_alerts"):
            window.set_alerts(
                self.tr("Waiting for review %1 · on hold %2")
                .replace("%1", f"{counts.by_status.get(OrderStatus.PENDING_REVIEW, 0):,}")
                .replace("%2", f"{counts.on_hold:,}"),
                "orders",
            )

    @property
    def counts(self) -> QueueCounts | None:
        return self._counts

    def poll_changes(self) -> None:
        """Check the change marker and reload everything if it moved (a manual refresh's
        cheap first step; other workstations' changes arrive through `apply_changes`)."""
        marker = self._change_marker()
        if marker != self._marker:
            self.refresh()

    def refresh(self) -> None:
        self._marker = self._change_marker()
        if len(self.selected_ids()) > 1:
            self.model.forget_rows()  # keep the user's selection; rows show their new state
        else:
            self.reload(keep_row=False)
        self.refresh_counts()

    def reload(self, keep_row: bool = True) -> None:
        """Query again after a change, staying on the same order or, when it left the
        queue, on the row that took its place (the next one in the queue)."""
        current = self.table.currentIndex().row()
        current_id = self.model.id_at(current)
        try:
            self.model.query()
        except AppError as exc:
            show_error(self, exc)
            return
        if not self.model.rowCount():
            self._selection_changed()
            return
        row = self.model.row_of(current_id) if current_id is not None else None
        if row is None:
            row = min(max(current, 0), self.model.rowCount() - 1) if keep_row else 0
        self._shown = None  # the order may have changed: its detail is loaded again, once
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        if self._shown is None:
            self._selection_changed()

    def after_change(self) -> None:
        self._marker = self._change_marker()
        self.reload(keep_row=True)
        self.refresh_counts()

    # -- selection and detail ----------------------------------------------------------------

    def _ranges(self) -> list[tuple[int, int]]:
        return [(r.top(), r.bottom()) for r in self.table.selectionModel().selection()]

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, from row ranges: instant for thousands of rows."""
        return self.model.ids_in_ranges(self._ranges())

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self._ranges())

    def _selection_signal(self) -> None:
        """One click changes the selection and the current row: load the detail once."""
        key = (self.selected_count(), self.model.id_at(self.table.currentIndex().row()))
        if key != self._shown:
            self._selection_changed()

    def _selection_changed(self) -> None:
        count = self.selected_count()
        self._shown = (count, self.model.id_at(self.table.currentIndex().row()))
        single = self.model.row_data(self.table.currentIndex().row()) if count == 1 else None
        allowed = set(allowed_actions(single.status, single.is_on_hold, self.actor)) if (
            single is not None
        ) else set()  # fmt: skip
        enable = {
            self.act_approve: OrderAction.APPROVE in allowed,
            self.act_return: OrderAction.RETURN_FOR_CORRECTION in allowed,
            self.act_confirm: OrderAction.CONFIRM in allowed,
            self.act_cancel: OrderAction.CANCEL in allowed,
            self.act_hold: single is not None and not single.is_on_hold
            and single.status in HOLDABLE and self.actor.can(Permission.HOLD_ORDERS),
            self.act_release: single is not None and single.is_on_hold,
            self.act_edit: single is not None and can_edit(single.status),
            self.act_split: single is not None,
            self.act_carrier: single is not None,
            self.act_rules: single is not None,
            self.act_merge: False,
        }  # fmt: skip
        for action in self.selection_actions:
            # Several orders: every action is offered; each order that cannot is reported.
            action.setEnabled(count > 1 or enable.get(action, False))
        self.act_edit.setEnabled(enable[self.act_edit])
        self.act_split.setEnabled(enable[self.act_split])
        self.act_merge.setEnabled(count > 1)
        payable = single is not None and str(single.status) not in ("cancelled", "completed")
        completable = OrderAction.COMPLETE in allowed
        self.act_pay.setEnabled(payable)
        self.pay_button.setEnabled(payable)
        self.act_complete.setEnabled(completable)
        self.complete_button.setEnabled(completable)
        if count == 0:
            self.detail.show_nothing()
        elif count > 1:
            self.detail.show_many(count)
        elif single is not None:
            try:
                detail = self.services.order_queries.detail(self.actor, single.id)
                # Approve and confirm carry the version the reviewer is looking at.
                self.seen_versions = {single.id: detail.row.version}
                money = self.services.payments.order_money(self.actor, single.id)
                audit = self.services.audit.for_order(self.actor, single.id)
                self.detail.show_order(detail, money, audit)
                # Nothing due: nothing to record (a failed attempt has no money to record).
                self.act_pay.setEnabled(payable and money.due > 0)
                self.pay_button.setEnabled(payable and money.due > 0)
            except AppError as exc:
                self.detail.show_nothing(error_text(exc))

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for action in (
            self.act_approve, self.act_return, self.act_confirm, None, self.act_hold,
            self.act_release, self.act_cancel, None, self.act_edit, self.act_merge,
            self.act_split, self.act_carrier, self.act_rules, None, self.act_pay,
            self.act_complete,
        ):  # fmt: skip
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- actions -------------------------------------------------------------------------------

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc, self.tr("Orders"))

    def _action_failed(self, exc: BaseException) -> None:
        self._show_error(exc)
        self.after_change()

    def apply_changes(self, changes: Changes) -> None:
        """After an action anywhere in the application: reload only the orders it changed
        (the rest of the table, the filter and the selection stay), then the counts."""
        ids = changes.int_ids("order")
        if not ids:
            return
        current = self.table.currentIndex().row()
        rows = self.model.refresh_rows(ids)
        flt = self.model.filter
        leaving = []
        for row in rows:
            data = self.model.row_data(row)
            if data is not None and (
                (flt.statuses and data.status not in flt.statuses)
                or (flt.on_hold is not None and data.is_on_hold != flt.on_hold)
            ):
                leaving.append(data.id)
        if leaving:  # they left the queue: the next order takes the row, as after a reload
            self.model.remove_ids(leaving)
            if self.model.rowCount():
                self.table.selectRow(min(max(current, 0), self.model.rowCount() - 1))
        if current in rows or leaving:
            self._selection_changed()  # the detail and the actions of the current order
        self.model.add_entered(ids)  # orders not shown that may now belong to the filter
        self.refresh_counts()

    def _act(
        self, title: str, single: Callable[[int], Any], batch: BatchJob, done: str = ""
    ) -> None:
        """One order: do it now and move on to the next row. Several: in the background.
        `done` says what happened to one order ("Approved %1"); a batch says its counts."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            try:
                ref = single(ids[0])
            except AppError as exc:
                self._show_error(exc)
                self.after_change()
                return
            order_no = getattr(ref, "order_no", "")
            if done and order_no:
                self._say(done.replace("%1", order_no))
            self.after_change()
            return
        self.run_batch(title, batch, ids)

    def _say(self, text: str) -> None:
        """What an action did: in the tab's status line and as a message that stays."""
        self.status.setText(text)
        notify(self, text)

    def run_batch(self, title: str, batch: BatchJob, ids: list[int]) -> None:
        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return batch(ids, progress, cancelled)

        def done(result: BatchResult) -> None:
            self.after_change()
            self.show_batch_result(title, batch, result)

        runner().run_job(self, title.replace("%n", f"{len(ids):,}"), job, done)

    def show_batch_result(self, title: str, batch: BatchJob, result: BatchResult) -> None:
        self.last_batch = result
        if not result.failed and not result.cancelled:
            self._say(
                self.tr("%1 of %2 orders done").replace("%1", f"{len(result.succeeded):,}")
                .replace("%2", f"{result.requested:,}")
            )  # fmt: skip
            return
        dialog = BatchResultDialog(result, lambda failed: self.run_batch(title, batch, failed),
                                   self)  # fmt: skip
        self.batch_dialog = dialog
        dialog.open()

    def approve(self) -> None:
        orders = self.services.orders
        ids = self.selected_ids()
        if len(ids) == 1:  # off the GUI thread; then only the changed rows refresh
            order_id, actor, queries = ids[0], self.actor, self.services.order_queries
            seen = self.seen_versions.get(order_id)  # refused if it changed since it was shown

            def op() -> tuple[int, str]:
                ref = orders.approve(actor, order_id, seen)
                # Our own change: the poll need not reload for it.
                return queries.change_marker(actor), getattr(ref, "order_no", "")

            def done(result: tuple[int, str], _changes: Changes) -> None:
                self._marker, order_no = result
                if order_no:
                    self._say(self.tr("Approved %1").replace("%1", order_no))

            runner().run(self, op, success=done, failure=self._action_failed,
                         busy=[self.act_approve])  # fmt: skip
            return
        self._act(
            self.tr("Approving %n orders"),
            lambda i: orders.approve(self.actor, i, self.seen_versions.get(i)),
            lambda ids, p, c: orders.batch_approve(self.actor, ids, progress=p, cancelled=c),
            self.tr("Approved %1"),
        )

    def confirm(self) -> None:
        """One order: offer the carriers with price and ETA, the suggested one chosen.
        Several: confirm in the background with each order's own or the default carrier."""
        orders = self.services.orders
        ids = self.selected_ids()
        if len(ids) == 1:
            offer = self._carrier_offer(ids[0])
            if offer is not None and offer.choices:
                dialog = CarrierChoiceDialog(
                    offer, self.tr("Confirm order %1").replace("%1", offer.order_no),
                    self.tr("Reserve the stock and ship with the carrier chosen below."), self,
                )  # fmt: skip
                self.carrier_dialog = dialog  # window-modal, not exec(): a click test can fill it
                dialog.accepted.connect(
                    lambda: self._act(
                        self.tr("Confirming %n orders"),
                        lambda i: orders.confirm(
                            self.actor, i, self.seen_versions.get(i), carrier_id=dialog.carrier_id()
                        ),
                        lambda ids, p, c: orders.batch_confirm(
                            self.actor, ids, progress=p, cancelled=c
                        ),
                        self.tr("Confirmed %1: stock reserved, carrier set"),
                    )
                )
                dialog.open()
                return
        self._act(
            self.tr("Confirming %n orders"),
            lambda i: orders.confirm(self.actor, i, self.seen_versions.get(i)),
            lambda ids, p, c: orders.batch_confirm(self.actor, ids, progress=p, cancelled=c),
            self.tr("Confirmed %1: stock reserved"),
        )

    def _carrier_offer(self, order_id: int) -> CarrierOffer | None:
        try:
            return self.services.orders.carrier_offer(self.actor, order_id)
        except AppError as exc:
            self._show_error(exc)
            return None

    def _reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def return_for_correction(self) -> None:
        count = len(self.selected_ids())
        if not count:
            return
        try:
            stored = self.services.orders.return_reasons(self.actor)
        except AppError as exc:
            self._show_error(exc)
            return
        dialog = ReturnReasonDialog(return_reason_presets(stored), count, self)
        self.return_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.accepted.connect(lambda: self._return_with(dialog.reason()))
        dialog.open()

    def _return_with(self, reason: str) -> None:
        if not reason:
            return
        orders = self.services.orders
        self._act(
            self.tr("Returning %n orders"),
            lambda i: orders.return_for_correction(self.actor, i, reason),
            lambda ids, p, c: orders.batch_return_for_correction(
                self.actor, ids, reason, progress=p, cancelled=c
            ),
            self.tr("Returned %1 for correction"),
        )

    def hold_orders(self) -> None:
        count = len(self.selected_ids())
        if not count:
            return
        dialog = HoldDialog(count, self)
        self.hold_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.accepted.connect(lambda: self._hold_with(dialog.text()))
        dialog.open()

    def _hold_with(self, reason: str) -> None:
        if not reason:
            return
        orders = self.services.orders
        self._act(
            self.tr("Holding %n orders"),
            lambda i: orders.hold(self.actor, i, reason),
            lambda ids, p, c: orders.batch_hold(self.actor, ids, reason, progress=p, cancelled=c),
            self.tr("Put %1 on hold"),
        )

    def release_orders(self) -> None:
        orders = self.services.orders
        self._act(
            self.tr("Releasing %n orders"),
            lambda i: orders.release(self.actor, i),
            lambda ids, p, c: orders.batch_release(self.actor, ids, progress=p, cancelled=c),
            self.tr("Released the hold on %1"),
        )

    def cancel_orders(self) -> None:
        count = len(self.selected_ids())
        if not count:
            return
        reason = self._reason(
            self.tr("Cancel orders"),
            self.tr(
                "Cancel %n order(s)? Reserved stock is released and paid orders get a refund "
                "request. Reason:", "", count,
            ),
        )  # fmt: skip
        if reason is None:
            return
        orders = self.services.orders
        self._act(
            self.tr("Cancelling %n orders"),
            lambda i: orders.cancel(self.actor, i, reason),
            lambda ids, p, c: orders.batch_cancel(self.actor, ids, reason, progress=p, cancelled=c),
            self.tr("Cancelled %1"),
        )

    def assign_carrier(self) -> None:
        """The carriers with price and ETA (for the current order's destination)."""
        ids = self.selected_ids()
        if not ids:
            return
        row = self.table.currentIndex().row()
        current = self.model.id_at(row) if row >= 0 else None
        offer = self._carrier_offer(current if current in ids else ids[0])
        if offer is None or not offer.choices:
            return
        text = (
            self.tr(
                "Carrier for %n orders; prices and delivery times of order %1.", "", len(ids)
            ).replace("%1", offer.order_no)
            if len(ids) > 1
            else self.tr("Carrier for order %1.").replace("%1", offer.order_no)
        )
        dialog = CarrierChoiceDialog(offer, self.tr("Assign carrier"), text, self)
        self.carrier_dialog = dialog
        dialog.accepted.connect(lambda: self._assign(dialog.carrier_id()))
        dialog.open()

    def _assign(self, carrier_id: int | None) -> None:
        if carrier_id is None:
            return
        orders = self.services.orders
        self._act(
            self.tr("Assigning a carrier to %n orders"),
            lambda i: orders.assign_carrier(self.actor, i, carrier_id),
            lambda ids, p, c: orders.batch_assign_carrier(
                self.actor, ids, carrier_id, progress=p, cancelled=c
            ),
            self.tr("Carrier of %1 set"),
        )

    def run_rules(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rules = self.services.review_rules

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return rules.evaluate(self.actor, ids, progress=progress, cancelled=cancelled)

        def done(results: Any) -> None:
            held = sum(r.holds for r in results)
            self.status.setText(
                self.tr("Rules checked %1 orders, %2 held").replace("%1", f"{len(results):,}")
                .replace("%2", f"{held:,}")
            )  # fmt: skip
            self.after_change()

        runner().run_job(self, self.tr("Running the review rules"), job, done)

    def merge_orders(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        if not confirm_question(
            self, self.tr("Merge orders"),
            self.tr("Merge %n orders into one new order? The originals are cancelled and point "
                    "to it; their payments move to it.", "", len(ids)),
        ):  # fmt: skip
            return
        try:
            merged = self.services.orders.merge(self.actor, ids)
        except AppError as exc:
            self._show_error(exc)
            return
        self._say(self.tr("Merged into %1").replace("%1", merged.order_no))
        self.after_change()

    def split_order(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            detail = self.services.order_queries.detail(self.actor, ids[0])
        except AppError as exc:
            self._show_error(exc)
            return
        dialog = SplitDialog(detail, self)
        if dialog.exec() != SplitDialog.DialogCode.Accepted or not dialog.quantities():
            return
        try:
            result = self.services.orders.split(self.actor, ids[0], dialog.quantities())
        except AppError as exc:
            self._show_error(exc)
            return
        self._say(self.tr("Split off %1").replace("%1", result.new.order_no))
        self.after_change()

    def record_payment(self) -> None:
        """Record a payment on the selected order (its detail shows the money)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            money = self.services.payments.order_money(self.actor, ids[0])
        except AppError as exc:
            self._show_error(exc)
            return
        dialog = RecordPaymentDialog(self.services, self.actor, money, self)
        self.payment_dialog = dialog
        accepted = dialog.exec() == RecordPaymentDialog.DialogCode.Accepted
        self.after_change()
        if accepted and dialog.outcome is not None:
            out = dialog.outcome
            text = (self.tr("Payment recorded on %1: paid in full, waiting for review")
                    if out.moved else self.tr("Payment recorded on %1"))  # fmt: skip
            self.status.setText(text.replace("%1", out.order_no))

    def complete_order(self) -> None:
        """A supervisor completes a delivered order before the automatic completion."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        answer = QMessageBox.question(
            self, self.tr("Complete order"),
            self.tr("Complete this order now? After-sales stays open for the configured days."),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.payments.complete(self.actor, ids[0])
        except AppError as exc:
            self._show_error(exc)
        self.after_change()

    def new_order(self) -> None:
        dialog = OrderDialog(self.services, self.actor, self)
        if dialog.exec() == OrderDialog.DialogCode.Accepted and dialog.result_ref is not None:
            self._say(self.tr("Created %1").replace("%1", dialog.result_ref.order_no))
            self.after_change()

    def edit_order(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            detail = self.services.order_queries.detail(self.actor, ids[0])
        except AppError as exc:
            self._show_error(exc)
            return
        dialog = OrderDialog(self.services, self.actor, self, existing=detail)
        if dialog.exec() == OrderDialog.DialogCode.Accepted and dialog.result_ref is not None:
            self._say(self.tr("Saved %1").replace("%1", dialog.result_ref.order_no))
        self.after_change()

    def edit_rules(self) -> None:
        dialog = ReviewRulesDialog(self.services, self.actor, self)
        dialog.exec()

    # -- events, and hooks for tests and the benchmark ------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Paint:
            self._painted = True
        elif watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                self.table.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()  # an emptied box searches at once
                self.table.setFocus()
                return True
        elif (
            watched is self.views
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete  # type: ignore[attr-defined]
        ):
            self._delete_view()
            return True
        return super().eventFilter(watched, event)

    def wait_until_painted(self, app: QApplication, timeout: float = 10.0) -> float:
        """Process events until the table has painted again; returns when (perf_counter)."""
        self._painted = False
        self.table.viewport().update()
        deadline = time.perf_counter() + timeout
        while not self._painted and time.perf_counter() < deadline:
            app.processEvents()
        return time.perf_counter()

    def wait_until_complete(self, app: QApplication, timeout: float = 30.0) -> float:
        """Process events until the whole id list of the queue is known."""
        deadline = time.perf_counter() + timeout
        while not self.model.complete and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter()

    def scroll_to_fraction(self, fraction: float) -> None:
        if self.model.rowCount():
            row = int((self.model.rowCount() - 1) * fraction)
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def select_rows(self, first: int, last: int) -> None:
        """Select a block of rows as Shift+click would (tests)."""
        selection = self.table.selectionModel()
        top, bottom = self.model.index(first, 0), self.model.index(last, len(Column) - 1)
        selection.select(
            QItemSelection(top, bottom),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._selection_changed()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.views.count():
            with contextlib.suppress(AppError):
                self._fill_views()
