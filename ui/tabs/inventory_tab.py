"""Inventory tab: every SKU per warehouse with on hand, reserved, available, safety stock and
bin; receiving, adjusting, transfers, stock-takes and manual reservations; the movement
history of the selected SKU; low-stock alerts; the supervisor's ledger check.

Shape (ARCHITECTURE.md): toolbar with the primary actions and one scanner-ready search box;
left, warehouse and alert filters with live counts; centre, the stock table (a lazy model
over the ids the service filtered and sorted in SQL); right, the selected row and its history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.inventory import (
    EXPORT_HEADERS,
    AlertState,
    MovementKind,
    MovementRow,
    StockQuery,
    StockRow,
    StockSort,
    WarehouseInfo,
)
from app.permissions import Actor, Permission
from app.services import Services
from app.uow import Changes
from ui.action_runner import runner
from ui.errors import format_local_time, show_error
from ui.feedback import notify
from ui.kit.format import quantity
from ui.kit.paged_model import PagedColumn, PagedTableModel
from ui.tabs.inventory_dialogs import (
    AdjustDialog,
    LedgerCheckDialog,
    LevelDialog,
    ProductDialog,
    ReceiveDialog,
    ReserveDialog,
    StockTakeDialog,
    TransferDialog,
    TransfersDialog,
    WarehousesDialog,
)
from ui.ui_state import header_width, remember_header
from ui.widgets.search_box import SearchBox
from ui.workers import Worker, start

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOW_COLOUR = QColor("#b9770e")
OUT_COLOUR = QColor("#c0392b")


def _text(value: object) -> str:
    return "" if value is None else str(value)


class StockTableModel(PagedTableModel[StockRow]):
    """The stock rows of the current query (`stock_query`, sorted in SQL), a page at a time."""

    NUMERIC = frozenset({5, 6, 7, 8, 9, 10})

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        self.services = services
        self.actor = actor
        self.stock_query = StockQuery()
        super().__init__(self._columns(), self.stock_query.sort, self.stock_query.descending,
                         parent)  # fmt: skip
        self.headers = [c.title for c in self.columns]

    def _columns(self) -> list[PagedColumn[StockRow]]:
        def alert(row: StockRow) -> QColor | None:
            return {AlertState.OUT: OUT_COLOUR, AlertState.LOW: LOW_COLOUR}.get(row.alert)

        s = StockSort
        spec: tuple[tuple[str, Callable[[StockRow], object], Any], ...] = (
            (self.tr("SKU"), lambda r: r.sku, s.SKU),
            (self.tr("Name"), lambda r: r.name, s.NAME),
            (self.tr("Spec"), lambda r: r.spec, None),
            (self.tr("Warehouse"), lambda r: r.warehouse_code, s.WAREHOUSE),
            (self.tr("Bin"), lambda r: r.bin_code, s.BIN),
            (self.tr("On hand"), lambda r: r.on_hand, s.ON_HAND),
            (self.tr("Reserved"), lambda r: r.reserved, s.RESERVED),
            (self.tr("Available"), lambda r: r.available, s.AVAILABLE),
            (self.tr("Safety stock"), lambda r: r.safety_stock, s.SAFETY),
            (self.tr("Quarantined"), lambda r: r.quarantined, s.QUARANTINED),
            (self.tr("Incoming"), lambda r: r.incoming or "", None),
            (self.tr("State"), lambda r: self.alert_text(r.alert), s.AVAILABLE),
        )
        return [
            PagedColumn(
                title,
                lambda r, v=value: _text(v(r)),
                sort=key,
                numeric=n in self.NUMERIC,
                colour=alert if n in (7, 11) else None,
                tooltip=(lambda r: r.warehouse_name) if n == 3 else None,
            )
            for n, (title, value, key) in enumerate(spec)
        ]

    def ids_fetcher(self, limit: int | None) -> Callable[[], Sequence[int]]:
        inventory, actor = self.services.inventory, self.actor
        query = replace(self.stock_query, sort=self.sort_key, descending=self.descending)
        return lambda: inventory.stock_ids(actor, query)  # all at once (FIRST_IDS None)

    def fetch_rows(self, ids: list[int]) -> Sequence[StockRow]:
        return self.services.inventory.stock_rows(self.actor, ids)

    def row_id(self, row: StockRow) -> int:
        return row.level_id

    def alert_text(self, alert: AlertState) -> str:
        return {
            AlertState.LOW: self.tr("Low stock"),
            AlertState.OUT: self.tr("Out of stock"),
            AlertState.OK: self.tr("OK"),
        }.get(alert, "")


class MovementModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MovementRow] = []
        self.headers = [
            self.tr("Time"), self.tr("Type"), self.tr("Warehouse"), self.tr("On hand ±"),
            self.tr("Reserved ±"), self.tr("Quarantined ±"), self.tr("Reference"),
            self.tr("Note"), self.tr("User"),
        ]  # fmt: skip

    def kind_text(self, kind: MovementKind) -> str:
        return {
            MovementKind.RECEIVE: self.tr("Receive"),
            MovementKind.RESERVE: self.tr("Reserve"),
            MovementKind.RELEASE: self.tr("Release"),
            MovementKind.SHIP: self.tr("Ship"),
            MovementKind.RETURN_RESTOCK: self.tr("Return to stock"),
            MovementKind.RETURN_QUARANTINE: self.tr("Return to quarantine"),
            MovementKind.ADJUST: self.tr("Adjust"),
            MovementKind.TRANSFER_OUT: self.tr("Transfer out"),
            MovementKind.TRANSFER_IN: self.tr("Transfer in"),
            MovementKind.STOCKTAKE: self.tr("Stock-take"),
        }.get(kind, str(kind))

    def set_rows(self, rows: list[MovementRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:

            def signed(n: int) -> str:
                return quantity(n, signed=True)

            values = (
                format_local_time(m.created_at), self.kind_text(m.kind), m.warehouse_code,
                signed(m.on_hand_delta), signed(m.reserved_delta), signed(m.quarantined_delta),
                m.reference, m.note, m.username,
            )  # fmt: skip
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4, 5):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return m.note or None
        return None


# What no stock figure depends on: a change of only these leaves the tab as it is.
NOT_STOCK_KINDS = frozenset({
    "user", "saved_view", "setting", "review_rule", "backup", "database", "ticket", "customer",
    "carrier", "carrier_rule", "rate_rule", "import_profile", "sku_mapping", "payment",
})  # fmt: skip


class InventoryTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.query = StockQuery()
        self.warehouses: list[WarehouseInfo] = []
        self.current: StockRow | None = None
        self.alerts_text = ""
        self._jobs: list[Worker] = []
        self._stale = False  # changed while hidden
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self._build_toolbar(layout)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Warehouses"), left))
        self.warehouse_list = QListWidget(left)
        self.warehouse_list.setObjectName("warehouseFilter")
        left_layout.addWidget(self.warehouse_list, 3)
        left_layout.addWidget(QLabel(self.tr("Alerts"), left))
        self.alert_list = QListWidget(left)
        self.alert_list.setObjectName("alertFilter")
        left_layout.addWidget(self.alert_list, 2)
        for state, text in (
            (AlertState.ALL, self.tr("All stock")),
            (AlertState.LOW, self.tr("Low stock")),
            (AlertState.OUT, self.tr("Out of stock")),
        ):
            item = QListWidgetItem(text, self.alert_list)
            item.setData(Qt.ItemDataRole.UserRole, state.value)
        self.alert_list.setCurrentRow(0)

        self.model = StockTableModel(services, actor, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("stockTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fixed starting widths: sizing to contents would load every page of the lazy model.
        # All twelve fit the table's share of a 1366 px window.
        for column, width in enumerate((92, 132, 64, 46, 58, 52, 52, 52, 72, 48, 46, 56)):
            header.resizeSection(column, max(width, header_width(header, column)))
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        remember_header(header, "inventory/stock")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.adjust_action, self.transfer_action, self.level_action,
                       self.edit_product_action):  # fmt: skip
            self.table.addAction(action)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select a row to see its details"), right)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.detail_title.setWordWrap(True)
        right_layout.addWidget(self.detail_title)
        details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("barcode", self.tr("Barcode:")), ("warehouse", self.tr("Warehouse:")),
            ("bin", self.tr("Bin:")), ("on_hand", self.tr("On hand:")),
            ("reserved", self.tr("Reserved:")), ("available", self.tr("Available:")),
            ("safety", self.tr("Safety stock:")), ("quarantined", self.tr("Quarantined:")),
            ("incoming", self.tr("Incoming:")),
        ):  # fmt: skip
            value = QLabel(right)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            self.detail_labels[key] = value
            details.addRow(label, value)
        right_layout.addLayout(details)
        right_layout.addWidget(QLabel(self.tr("Movement history"), right))
        self.movements = MovementModel(self)
        self.history = QTableView(right)
        self.history.setObjectName("movementTable")
        self.history.setModel(self.movements)
        self.history.verticalHeader().setVisible(False)
        self.history.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        for column in range(self.movements.columnCount()):  # titles whole; the pane scrolls
            self.history.setColumnWidth(
                column, max(72, header_width(self.history.horizontalHeader(), column))
            )
        right_layout.addWidget(self.history, 1)

        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([180, 880, 340])
        layout.addWidget(splitter, 1)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("stockCounts")
        layout.addWidget(self.counts_label)

        self.search.search_requested.connect(lambda _text: self.apply_search())
        self.search.returnPressed.connect(self._scan_done)  # after the search it started
        self.warehouse_list.currentRowChanged.connect(lambda _r: self.reload())
        self.alert_list.currentRowChanged.connect(lambda _r: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_row())
        self.table.doubleClicked.connect(lambda _i: self.edit_level())
        self.model.requery = self.resort  # the header sorts at once, keeping the selection
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: str, slot: Any, permission: Permission, name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(self.actor.can(permission))
        action.setVisible(self.actor.can(permission))
        self.addAction(action)
        return action

    def _build_toolbar(self, layout: QVBoxLayout) -> None:
        bar = QToolBar(self)
        bar.setObjectName("inventoryToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        p = Permission
        self.receive_action = self._action(
            self.tr("&Receive…"), "Ctrl+R", self.receive, p.MANAGE_STOCK, "receive"
        )
        self.adjust_action = self._action(
            self.tr("&Adjust…"), "Ctrl+J", self.adjust, p.MANAGE_STOCK, "adjust"
        )
        self.transfer_action = self._action(
            self.tr("&Transfer…"), "Ctrl+T", self.transfer, p.MANAGE_STOCK, "transfer"
        )
        self.transfers_action = self._action(
            self.tr("Transfers"), "Ctrl+Shift+T", self.show_transfers, p.VIEW_INVENTORY,
            "transfers",
        )  # fmt: skip
        self.count_action = self._action(
            self.tr("&Stock-take…"), "Ctrl+K", self.stock_take, p.MANAGE_STOCK, "stockTake"
        )
        self.reserve_action = self._action(
            self.tr("Reser&ve…"), "Ctrl+Shift+R", self.reserve, p.MANAGE_STOCK, "reserve"
        )
        self.release_action = self._action(
            self.tr("Re&lease…"), "", self.release, p.MANAGE_STOCK, "release"
        )
        self.export_action = self._action(
            self.tr("&Export xlsx…"), "Ctrl+E", self.export, p.VIEW_INVENTORY, "export"
        )
        self.refresh_action = self._action(
            self.tr("Refresh"), "F5", self.refresh, p.VIEW_INVENTORY, "refresh"
        )
        self.check_action = self._action(
            self.tr("Check &ledger…"), "Ctrl+Shift+K", self.check_ledger, p.CHECK_DATABASE,
            "checkLedger",
        )  # fmt: skip
        self.new_product_action = self._action(
            self.tr("&New product…"), "Ctrl+N", self.new_product, p.MANAGE_CATALOG, "newProduct"
        )
        self.edit_product_action = self._action(
            self.tr("Edit &product…"), "", self.edit_product, p.MANAGE_CATALOG, "editProduct"
        )
        self.warehouses_action = self._action(
            self.tr("&Warehouses…"), "", self.edit_warehouses, p.MANAGE_CATALOG, "warehouses"
        )
        self.level_action = self._action(
            self.tr("Safety stock and &bin…"), "", self.edit_level, p.MANAGE_STOCK, "level"
        )
        # The after-sales return receipt lives here: the warehouse has no Customer service tab.
        self.return_receipt_action = self._action(
            self.tr("Return recei&pt…"), "Ctrl+U", self.return_receipt, p.RECEIVE_RETURNS,
            "returnReceipt",
        )  # fmt: skip
        groups = (
            (
                self.receive_action,
                self.adjust_action,
                self.transfer_action,
                self.count_action,
                self.return_receipt_action,
            ),
            (self.reserve_action, self.release_action, self.transfers_action),
            (self.new_product_action, self.warehouses_action, self.check_action),
            (self.export_action, self.refresh_action),
        )
        first = True
        for group in groups:
            if not any(a.isVisible() for a in group):
                continue
            if not first:
                bar.addSeparator()
            first = False
            for action in group:
                bar.addAction(action)
        layout.addWidget(bar)
        # Its own row, never in the toolbar: an overflowing toolbar would hide it.
        self.search = SearchBox(self, self.tr("Search SKU, name or barcode (Ctrl+F)"))
        self.search.setObjectName("stockSearch")
        self.search.install_find_shortcut(self)
        self.setFocusProxy(self.search)  # the window focuses the tab when it is shown
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Search:"), self))
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.setFocusProxy(self.search)  # the window focuses the tab when it is shown

    # -- loading -------------------------------------------------------------------------

    def selected_warehouse(self) -> int | None:
        item = self.warehouse_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_alert(self) -> AlertState:
        item = self.alert_list.currentItem()
        return AlertState(item.data(Qt.ItemDataRole.UserRole)) if item else AlertState.ALL

    def refresh(self) -> None:
        """Reload everything: warehouses, counts, the table and the selected row."""
        try:
            self.warehouses = self.services.inventory.list_warehouses(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload()

    def reload(self) -> None:
        self.query = StockQuery(
            warehouse_id=self.selected_warehouse(),
            alert=self.selected_alert(),
            search=self.search.text(),
            sort=self.query.sort,
            descending=self.query.descending,
        )
        keep = self.current.level_id if self.current else None
        self.model.stock_query = self.query
        self.model.sort_key, self.model.descending = self.query.sort, self.query.descending
        try:
            self.model.query()
            summary = self.services.inventory.summary(self.actor, self.search.text())
        except AppError as exc:
            show_error(self, exc)
            return
        self._update_counts(summary)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.show_row()

    def apply_changes(self, changes: Changes) -> None:
        """After a change here or on another workstation (ui/change_watcher.py): stock
        levels carry no id in the audit, so the rows on screen load again (page by page, as
        they paint), with the selected row's detail and the counts; no re-query of the list."""
        if all(kind in NOT_STOCK_KINDS for kind, ids in changes.ids_by_kind.items() if ids):
            return
        if not self.isVisible():  # behind another tab: once, when it shows again
            self._stale = True
            return
        self._stale = False
        self.model.forget_rows()
        if self.current is not None:
            self.show_row()
        services, actor, search = self.services, self.actor, self.search.text()
        worker = Worker(lambda _p, _c: services.inventory.summary(actor, search))
        worker.signals.finished.connect(self._summary_ready)
        self._jobs.append(worker)
        worker.signals.finished.connect(lambda _r, w=worker: self._jobs.remove(w))
        worker.signals.failed.connect(lambda _e, w=worker: self._jobs.remove(w))
        start(worker)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.apply_changes(Changes({"stock": frozenset({"*"})}))

    def _summary_ready(self, summary: list[Any]) -> None:
        self._update_counts(summary)

    def _update_counts(self, summary: list[Any]) -> None:
        selected = self.selected_warehouse()
        self.warehouse_list.blockSignals(True)
        self.warehouse_list.clear()
        total = QListWidgetItem(
            self.tr("All warehouses (%1)").replace("%1", str(sum(s.rows for s in summary))),
            self.warehouse_list,
        )
        total.setData(Qt.ItemDataRole.UserRole, None)
        for s in summary:
            item = QListWidgetItem(f"{s.code} {s.name} ({s.rows})", self.warehouse_list)
            item.setData(Qt.ItemDataRole.UserRole, s.warehouse_id)
            if s.out or s.low:
                item.setToolTip(
                    self.tr("Low stock %1 · Out of stock %2")
                    .replace("%1", str(s.low))
                    .replace("%2", str(s.out))
                )
        row = next(
            (i for i in range(self.warehouse_list.count())
             if self.warehouse_list.item(i).data(Qt.ItemDataRole.UserRole) == selected),
            0,
        )  # fmt: skip
        self.warehouse_list.setCurrentRow(row)
        self.warehouse_list.blockSignals(False)

        shown = [s for s in summary if selected is None or s.warehouse_id == selected]
        rows = sum(s.rows for s in shown)
        low = sum(s.low for s in shown)
        out = sum(s.out for s in shown)
        texts = (
            self.tr("All stock (%1)").replace("%1", str(rows)),
            self.tr("Low stock (%1)").replace("%1", str(low)),
            self.tr("Out of stock (%1)").replace("%1", str(out)),
        )
        for index, text in enumerate(texts):
            self.alert_list.item(index).setText(text)
        for index, colour in ((1, LOW_COLOUR), (2, OUT_COLOUR)):
            count = (low, out)[index - 1]
            self.alert_list.item(index).setForeground(QBrush(colour) if count else QBrush())
        self.counts_label.setText(self.tr("%n row(s) shown", "", self.model.rowCount()))
        # Alerts are for the whole shop, whatever filter is on screen.
        all_low = sum(s.low for s in summary) if not self.search.text() else None
        all_out = sum(s.out for s in summary) if not self.search.text() else None
        if all_low is None or all_out is None:
            try:
                alerts = self.services.inventory.alerts(self.actor)
            except AppError:
                return
            all_low, all_out = alerts.low, alerts.out
        self.alerts_text = (
            self.tr("Low stock %1 · Out of stock %2")
            .replace("%1", str(all_low))
            .replace("%2", str(all_out))
        )
        # Later, not now: while the main window builds its tabs it has no status bar yet.
        QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self.report_alerts())

    def report_alerts(self) -> None:
        window = self.window()
        if hasattr(window, "set_alerts"):
            window.set_alerts(self.alerts_text, "inventory")

    def resort(self) -> None:
        """A header click (the model noted the sort): query again, keeping the selection."""
        self.query = replace(self.query, sort=self.model.sort_key, descending=self.model.descending)
        self.reload()

    def apply_search(self) -> None:
        self.search.cancel_pending()
        self.reload()

    def scan_entered(self) -> None:
        """Enter in the search box (a scanner sends it after the barcode): search now,
        select the first match and keep the text selected so the next scan replaces it."""
        self.apply_search()
        self._scan_done()

    def _scan_done(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        self.search.selectAll()

    def show_row(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.current = row
        if row is None:
            self.detail_title.setText(self.tr("Select a row to see its details"))
            for label in self.detail_labels.values():
                label.clear()
            self.movements.set_rows([])
            return
        self.detail_title.setText(f"{row.sku} · {row.name} {row.spec}".strip())
        values = {
            "barcode": row.barcode, "warehouse": f"{row.warehouse_code} {row.warehouse_name}",
            "bin": row.bin_code or "—", "on_hand": str(row.on_hand),
            "reserved": str(row.reserved), "available": str(row.available),
            "safety": str(row.safety_stock), "quarantined": str(row.quarantined),
            "incoming": str(row.incoming),
        }  # fmt: skip
        for key, value in values.items():
            self.detail_labels[key].setText(value)
        colour = {AlertState.OUT: OUT_COLOUR, AlertState.LOW: LOW_COLOUR}.get(row.alert)
        self.detail_labels["available"].setStyleSheet(
            f"color: {colour.name()}; font-weight: bold;" if colour else "font-weight: bold;"
        )
        try:
            history = self.services.inventory.movements(
                self.actor, row.product_id, row.warehouse_id
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.movements.set_rows(history)
        self.history.resizeColumnsToContents()

    # -- actions -------------------------------------------------------------------------

    def _after(self, dialog: QDialog, changed: bool | None = None, said: str = "") -> None:
        """Run the action's dialog; on success refresh and say what was done (`said`)."""
        done = dialog.exec() == QDialog.DialogCode.Accepted
        if changed if changed is not None else done:
            self.refresh()
        if done and said:
            notify(self, said)

    def receive(self) -> None:
        dialog = ReceiveDialog(
            self.services, self.actor, self.warehouses, self.selected_warehouse(), self
        )
        self._after(dialog, said=self.tr("Goods received; the stock is updated."))

    def adjust(self) -> None:
        self._after(
            AdjustDialog(self.services, self.actor, self.warehouses, self.current, self),
            said=self.tr("Stock adjusted."),
        )

    def transfer(self) -> None:
        self._after(
            TransferDialog(self.services, self.actor, self.warehouses, self.current, self),
            said=self.tr("Transfer created."),
        )

    def show_transfers(self) -> None:
        dialog = TransfersDialog(self.services, self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def stock_take(self) -> None:
        dialog = StockTakeDialog(
            self.services, self.actor, self.warehouses, self.selected_warehouse(), self
        )
        dialog.exec()
        if dialog.posted:
            self.refresh()

    def reserve(self) -> None:
        self._after(
            ReserveDialog(self.services, self.actor, self.warehouses, self.current, False, self),
            said=self.tr("Stock reserved."),
        )

    def release(self) -> None:
        self._after(
            ReserveDialog(self.services, self.actor, self.warehouses, self.current, True, self),
            said=self.tr("Reservation released."),
        )

    def new_product(self) -> None:
        self._after(
            ProductDialog(self.services, self.actor, None, self), said=self.tr("Product created.")
        )

    def edit_product(self) -> None:
        if self.current is None:
            return
        try:
            product = self.services.inventory.find_product(self.actor, self.current.sku)
        except AppError as exc:
            show_error(self, exc)
            return
        self._after(
            ProductDialog(self.services, self.actor, product, self), said=self.tr("Product saved.")
        )

    def edit_warehouses(self) -> None:
        dialog = WarehousesDialog(self.services, self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def edit_level(self) -> None:
        if self.current is None or not self.actor.can(Permission.MANAGE_STOCK):
            return
        self._after(
            LevelDialog(self.services, self.actor, self.current, self),
            said=self.tr("Stock level settings saved."),
        )

    def return_receipt(self) -> None:
        from ui.aftersales.receipt_screen import ReceiptScreen

        screen = ReceiptScreen(self.services, self.actor, self)
        screen.setWindowState(screen.windowState() | Qt.WindowState.WindowMaximized)
        screen.exec()
        self.refresh()  # returned items changed the stock on screen

    def check_ledger(self) -> None:
        dialog = LedgerCheckDialog(self.services, self.actor, self)
        dialog.exec()
        if dialog.repaired:
            self.refresh()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export stock"), "stock.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.export_to(path)

    def export_to(self, path: str) -> None:
        headers = (
            *self.model.headers[:2],
            self.tr("Spec"), self.tr("Barcode"), self.tr("Warehouse"), self.tr("Bin"),
            self.tr("On hand"), self.tr("Reserved"), self.tr("Available"),
            self.tr("Quarantined"), self.tr("Safety stock"), self.tr("Incoming"),
            self.tr("State"),
        )  # fmt: skip
        assert len(headers) == len(EXPORT_HEADERS)
        query = self.query

        def done(count: Any) -> None:
            notify(self, self.tr("%n row(s) written to %1.", "", int(count)).replace("%1", path))

        job = lambda progress, cancelled: self.services.inventory.export_stock(  # noqa: E731
            self.actor, query, path, headers
        )
        runner().run_job(self, self.tr("Exporting stock"), job, done)
