"""Logistics tab: every parcel in one lazy table (filters and sorting in SQL), the exception
queues with counts, the tracking timeline of the selected parcel, and the actions around
them: new parcel, void / reprint a label, tracking events and carrier files, rate comparison,
carriers and rates, and the print queue; and the warehouse's fulfilment: pick waves, the
pack station, labels in batches and the hand-over of packed orders to the carrier.

Recipient phones and addresses arrive masked from the service for roles without personal-data
access.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.addresses import format_address
from app.errors import AppError
from app.permissions import Actor, Permission
from app.services import Services
from app.shipments import (
    LabelStatus,
    ShipmentException,
    ShipmentFilter,
    ShipmentRow,
    ShipmentSort,
    ShipmentStatus,
)
from app.uow import Changes
from ui.action_runner import runner
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.i18n import label_status_label, shipment_status_label
from ui.kit.format import local_time
from ui.kit.paged_model import PagedColumn, PagedTableModel
from ui.tabs.logistics_dialogs import (
    CarrierEditorDialog,
    ImportResultDialog,
    NewShipmentDialog,
    PrintQueueDialog,
    RateComparisonDialog,
    ReasonDialog,
    TrackingEventDialog,
    exception_label,
    money_text,
    tracking_status_label,
)
from ui.ui_state import header_width, remember_header
from ui.widgets.search_box import SearchBox

log = logging.getLogger(__name__)

EXCEPTION_COLOUR = QColor("#c0392b")
HANDLED = "handled"  # the queue of exceptions someone dealt with


class ShipmentsModel(PagedTableModel[ShipmentRow]):
    """The parcels of the current filter (`shipment_filter`, sorted in SQL), a page at a time.
    `fetch_ids(filter, sort)` and `fetch(ids)` are the service calls."""

    COLUMNS = (
        "tracking_no", "order_no", "carrier", "service", "status", "label", "prints",
        "recipient", "phone", "destination", "weight", "cost", "last_event_at", "last_event",
        "exception", "created_at",
    )  # fmt: skip

    def __init__(
        self,
        fetch: Callable[[list[int]], Sequence[ShipmentRow]],
        parent: QWidget | None = None,
        fetch_ids: Callable[[ShipmentFilter, ShipmentSort], Sequence[int]] | None = None,
    ) -> None:
        self.fetch = fetch
        self.fetch_ids = fetch_ids
        self.shipment_filter = ShipmentFilter()
        super().__init__(self._columns(), ShipmentSort.NEWEST, True, parent)
        self.headers = [c.title for c in self.columns]

    def _columns(self) -> list[PagedColumn[ShipmentRow]]:
        titles = {
            "tracking_no": self.tr("Tracking no"), "order_no": self.tr("Order no"),
            "carrier": self.tr("Carrier"), "service": self.tr("Service"),
            "status": self.tr("Status"), "label": self.tr("Label"), "prints": self.tr("Prints"),
            "recipient": self.tr("Recipient"), "phone": self.tr("Phone"),
            "destination": self.tr("Destination"), "weight": self.tr("Weight (g)"),
            "cost": self.tr("Cost"), "last_event_at": self.tr("Last event at"),
            "last_event": self.tr("Last event"), "exception": self.tr("Exception"),
            "created_at": self.tr("Created"),
        }  # fmt: skip
        # created_at: NEWEST descending, OLDEST ascending (see ids_fetcher)
        sorts = {"tracking_no": ShipmentSort.TRACKING_NO, "order_no": ShipmentSort.ORDER_NO,
                 "last_event_at": ShipmentSort.LAST_MOVEMENT,
                 "created_at": ShipmentSort.NEWEST}  # fmt: skip
        return [
            PagedColumn(
                titles[key],
                lambda r, k=key: self._text(r, k),
                sort=sorts.get(key),
                numeric=key in ("prints", "weight", "cost"),
                colour=_parcel_colour,
                tooltip=(lambda r: r.void_reason or None) if key == "label" else None,
            )
            for key in self.COLUMNS
        ]

    def ids_fetcher(self, limit: int | None) -> Callable[[], Sequence[int]]:
        fetch_ids, flt, sort = self.fetch_ids, self.shipment_filter, self.sort_key
        if sort is ShipmentSort.NEWEST and not self.descending:
            sort = ShipmentSort.OLDEST
        if fetch_ids is None:
            return list
        return lambda: fetch_ids(flt, sort)  # all at once (FIRST_IDS None)

    def fetch_rows(self, ids: list[int]) -> Sequence[ShipmentRow]:
        return self.fetch(ids)

    def _text(self, row: ShipmentRow, key: str) -> str:
        values: dict[str, Callable[[], str]] = {
            "tracking_no": lambda: row.tracking_no,
            "order_no": lambda: row.order_no,
            "carrier": lambda: row.carrier_name or row.carrier_code,
            "service": lambda: row.service_name,
            "status": lambda: shipment_status_label(row.status),
            "label": lambda: label_status_label(row.label_status),
            "prints": lambda: str(row.print_count),
            "recipient": lambda: row.recipient_name,
            "phone": lambda: row.recipient_phone,
            "destination": lambda: format_address(row.province, row.city),
            "weight": lambda: str(row.weight_g),
            "cost": lambda: money_text(row.cost),
            "last_event_at": lambda: local_time(row.last_event_at),
            "last_event": lambda: " ".join(
                p for p in (tracking_status_label(row.last_event_status), row.last_event_text) if p
            ),
            "exception": lambda: (
                ""
                if row.exception is None
                else exception_label(row.exception)
                + (self.tr(" (handled)") if row.handled_at is not None else "")
            ),
            "created_at": lambda: local_time(row.created_at),
        }
        return values[key]()


def _parcel_colour(row: ShipmentRow) -> QColor | None:
    if row.exception is not None and row.handled_at is None:
        return EXCEPTION_COLOUR
    if row.label_status is LabelStatus.VOIDED:
        return QColor("gray")
    return None


SHIPMENT_DISPLAY_ORDER = (
    "tracking_no", "order_no", "carrier", "status", "label", "recipient", "phone",
    "destination", "last_event", "last_event_at", "exception", "service", "prints", "weight",
    "cost", "created_at",
)  # fmt: skip


# What no parcel row shows: a change of only these leaves the tab as it is.
NOT_PARCEL_KINDS = frozenset({
    "user", "saved_view", "setting", "review_rule", "backup", "database", "ticket", "customer",
    "import_profile", "sku_mapping", "payment", "product", "warehouse", "stock", "count",
})  # fmt: skip


class LogisticsTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._stale = False  # changed while hidden
        self.alerts_text = ""
        self.open_dialogs: list[QWidget] = []  # kept alive while open (and found by tests)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = SearchBox(self, self.tr("Tracking or order number (scan or type, Enter)"))
        self.search.setObjectName("shipmentSearch")
        self.search.install_find_shortcut(self)
        self.setFocusProxy(self.search)  # the window focuses the tab when it is shown
        self.carrier_filter = QComboBox(self)
        self.carrier_filter.setObjectName("carrierFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All states"), None)
        for status in ShipmentStatus:
            self.status_filter.addItem(shipment_status_label(status), status.value)
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("labelFilter")
        self.label_filter.addItem(self.tr("All labels"), None)
        for label in LabelStatus:
            self.label_filter.addItem(label_status_label(label), label.value)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.setToolTip(self.tr("Reload (F5)"))
        filters.addWidget(self.search, 2)
        for widget in (self.carrier_filter, self.status_filter, self.label_filter):
            filters.addWidget(widget)
        filters.addWidget(self.refresh_button)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, permission, slot in (
            ("new", self.tr("&New parcel…"), "Ctrl+N", Permission.FULFIL, self.new_parcel),
            ("print", self.tr("&Print queue…"), "Ctrl+P", Permission.PRINT_DOCUMENTS,
             self.print_queue),
            ("reprint", self.tr("Re&print label…"), "", Permission.PRINT_DOCUMENTS,
             self.reprint_label),
            ("void", self.tr("&Void label…"), "", Permission.FULFIL, self.void_label),
            ("event", self.tr("Add &event…"), "Ctrl+E", Permission.UPDATE_TRACKING,
             self.add_event),
            ("handled", self.tr("Mark &handled…"), "Ctrl+D", Permission.UPDATE_TRACKING,
             self.mark_handled),
            ("import", self.tr("&Import tracking file…"), "Ctrl+I", Permission.UPDATE_TRACKING,
             self.import_tracking),
            ("rates", self.tr("Compare &rates…"), "Ctrl+R", Permission.VIEW_LOGISTICS,
             self.compare_rates),
            ("carriers", self.tr("&Carriers and rates…"), "", Permission.VIEW_LOGISTICS,
             self.edit_carriers),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName(f"action_{key}")
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                button.setToolTip(shortcut)
            button.setEnabled(actor.can(permission))
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.action_buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        # Picking, packing and the hand-over to the carrier (the warehouse's day).
        fulfilment = QHBoxLayout()
        fulfilment.addWidget(QLabel(self.tr("Fulfilment:"), self))
        for key, text, shortcut, permission, slot in (
            ("waves", self.tr("Pick &waves…"), "Ctrl+W", Permission.VIEW_LOGISTICS,
             self.open_waves),
            ("pack", self.tr("Pac&k station"), "F9", Permission.FULFIL, self.open_pack_station),
            ("labels", self.tr("Print &labels…"), "Ctrl+B", Permission.PRINT_DOCUMENTS,
             self.print_labels),
            ("ship", self.tr("S&hip packed orders…"), "Ctrl+H", Permission.FULFIL,
             self.ship_orders),
            ("remittance", self.tr("Import COD re&mittance…"), "", Permission.RECORD_PAYMENTS,
             self.import_remittance),
            ("cod_report", self.tr("C&OD report…"), "", Permission.RECORD_PAYMENTS,
             self.cod_report),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName(f"action_{key}")
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                button.setToolTip(shortcut)
            button.setEnabled(actor.can(permission))
            button.clicked.connect(slot)
            self.action_buttons[key] = button
            fulfilment.addWidget(button)
        fulfilment.addStretch(1)
        layout.addLayout(fulfilment)
        self.pack_station: QWidget | None = None

        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Queues"), left))
        self.queues = QListWidget(left)
        self.queues.setObjectName("exceptionQueues")
        left_box.addWidget(self.queues)
        self.pool_label = QLabel(left)
        self.pool_label.setObjectName("poolWarning")
        self.pool_label.setWordWrap(True)
        self.pool_label.setStyleSheet("color: #c0392b;")
        left_box.addWidget(self.pool_label)
        self.model = ShipmentsModel(
            lambda ids: services.shipments.shipment_rows(actor, ids), self,
            lambda flt, sort: services.shipments.shipment_ids(actor, flt, sort),
        )  # fmt: skip
        self.table = QTableView(splitter)
        self.table.setObjectName("shipmentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(
            ShipmentsModel.COLUMNS.index("created_at"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        # Fixed widths: fitting to contents would load every page of a big table.
        # The columns a parcel is found and judged by fit the table at 1366 px; the rest
        # follow, least used last.
        widths = {"tracking_no": 136, "order_no": 126, "carrier": 88, "service": 80,
                  "status": 64, "label": 60, "prints": 76, "recipient": 64, "phone": 100,
                  "destination": 110, "weight": 70, "cost": 60, "last_event_at": 120,
                  "last_event": 220, "exception": 90, "created_at": 120}  # fmt: skip
        header = self.table.horizontalHeader()
        for column, key in enumerate(ShipmentsModel.COLUMNS):
            self.table.setColumnWidth(column, max(widths[key], header_width(header, column)))
        for position, key in enumerate(SHIPMENT_DISPLAY_ORDER):
            header.moveSection(header.visualIndex(ShipmentsModel.COLUMNS.index(key)), position)
        remember_header(self.table.horizontalHeader(), "logistics/shipments")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("Copy tracking number"), self.copy_tracking_no),
            (self.tr("Compare rates for this order"), self.compare_rates),
            (self.tr("New parcel for this order"), self.new_parcel),
        ):
            action = QAction(text, self.table)
            action.triggered.connect(slot)
            self.table.addAction(action)
        detail = QWidget(splitter)
        detail_box = QVBoxLayout(detail)
        detail_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(detail)
        self.detail.setObjectName("shipmentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setOpenExternalLinks(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_box.addWidget(self.detail)
        self.timeline = QTreeWidget(detail)
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Time"), self.tr("Status"), self.tr("Location"), self.tr("Description")]
        )
        detail_box.addWidget(self.timeline, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([170, 760, 330])
        layout.addWidget(splitter, 1)

        self.search.search_requested.connect(lambda _text: self.reload())
        for combo in (self.carrier_filter, self.status_filter, self.label_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.queues.currentItemChanged.connect(lambda *_: self.reload())
        self.refresh_button.clicked.connect(self.refresh)
        self.model.requery = self.reload  # a header click: query again, keeping the selection
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.refresh()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Carriers, queue counts, alerts and the table."""
        try:
            carriers = self.services.logistics.list_carriers(self.actor)
            alerts = self.services.shipments.alerts(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        current = self.carrier_filter.currentData()
        self.carrier_filter.blockSignals(True)
        self.carrier_filter.clear()
        self.carrier_filter.addItem(self.tr("All carriers"), None)
        for carrier in carriers:
            self.carrier_filter.addItem(f"{carrier.code} {carrier.name}", carrier.id)
        self.carrier_filter.setCurrentIndex(max(0, self.carrier_filter.findData(current)))
        self.carrier_filter.blockSignals(False)

        chosen = self.current_exception()
        self.queues.blockSignals(True)
        self.queues.clear()
        everything = QListWidgetItem(self.tr("All parcels"))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.queues.addItem(everything)
        for kind in ShipmentException:
            count = alerts.exceptions.get(kind, 0)
            item = QListWidgetItem(f"{exception_label(kind)} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            if count:
                item.setForeground(QBrush(EXCEPTION_COLOUR))
            self.queues.addItem(item)
        # Exceptions someone dealt with (who and when); a parcel that moves again comes back.
        handled = QListWidgetItem(self.tr("Handled exceptions"))
        handled.setData(Qt.ItemDataRole.UserRole, HANDLED)
        self.queues.addItem(handled)
        index = next(
            (i for i in range(self.queues.count())
             if self.queues.item(i).data(Qt.ItemDataRole.UserRole) == chosen),
            0,
        )  # fmt: skip
        self.queues.setCurrentRow(index)
        self.queues.blockSignals(False)
        pools = ", ".join(f"{code} ({left})" for code, left in alerts.low_pools)
        self.pool_label.setText(
            self.tr("Tracking numbers running out: %1").replace("%1", pools) if pools else ""
        )
        self._publish_alerts(alerts.exception_total, pools)
        self.reload()

    def _publish_alerts(self, exceptions: int, pools: str) -> None:
        parts = []
        if exceptions:
            parts.append(self.tr("Logistics exceptions: %1").replace("%1", str(exceptions)))
        if pools:
            parts.append(self.tr("Tracking numbers low: %1").replace("%1", pools))
        self.alerts_text = " · ".join(parts)
        # Later, not now: while the main window builds its tabs it has no status bar yet.
        QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self._push_alerts())

    def _push_alerts(self) -> None:
        window = self.window()
        if window is not self and hasattr(window, "set_alerts"):
            window.set_alerts(self.alerts_text, "logistics")

    def current_exception(self) -> str | None:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_filter(self) -> ShipmentFilter:
        exception = self.current_exception()
        status = self.status_filter.currentData()
        label = self.label_filter.currentData()
        handled = exception == HANDLED
        return ShipmentFilter(
            carrier_id=self.carrier_filter.currentData(),
            status=ShipmentStatus(status) if status else None,
            label_status=LabelStatus(label) if label else None,
            exception=ShipmentException(exception) if exception and not handled else None,
            search=self.search.text().strip(),
            handled=handled,
        )

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.model.shipment_filter = self.current_filter()
        try:
            self.model.query()
        except AppError as exc:
            show_error(self, exc)
            return
        if selected:
            rows = self.model.rows_of(selected)
            if rows:
                self.table.selectRow(rows[0])
        elif self.model.rowCount() == 1 and self.search.text().strip():
            self.table.selectRow(0)  # a scanned number finds its parcel
        self.show_detail()

    def apply_changes(self, changes: Changes) -> None:
        """After a change here or on another workstation (ui/change_watcher.py): parcels
        named by the change reload their rows; anything else a parcel row shows (an order,
        a carrier, a wave) reloads the rows on screen. The list itself is not queried again."""
        kinds = {kind for kind, ids in changes.ids_by_kind.items() if ids} - NOT_PARCEL_KINDS
        if not kinds:
            return
        if not self.isVisible():  # behind another tab: the rows on screen, once it shows
            self._stale = True
            return
        shown = self.current_row()
        if kinds == {"shipment"}:
            changed = changes.int_ids("shipment")
            self.model.refresh_rows(changed)
            if shown is None or shown.id not in changed:
                return
        else:
            self.model.forget_rows()
        self.show_detail()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.forget_rows()
            self.show_detail()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.id_at(r) for r in rows)
        return [i for i in found if i is not None]

    def selected_rows(self) -> list[ShipmentRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.row_at(r) for r in rows]
        return [r for r in found if r is not None]

    def current_row(self) -> ShipmentRow | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def show_detail(self) -> None:
        row = self.current_row()
        self.timeline.clear()
        if row is None:
            self.detail.setText(self.tr("Select a parcel to see its tracking."))
            return
        try:
            timeline = self.services.tracking.timeline(self.actor, row.id)
        except AppError as exc:
            self.detail.setText(str(exc))
            return
        number = timeline.tracking_no
        if timeline.tracking_url:
            number = f'<a href="{timeline.tracking_url}">{number}</a>'
        lines = [
            f"<b>{number}</b> · {timeline.carrier_name} {timeline.service_name}",
            self.tr("Order %1 · %2")
            .replace("%1", timeline.order_no)
            .replace("%2", shipment_status_label(timeline.status)),
            self.tr("Label: %1, printed %n time(s)", "", timeline.print_count).replace(
                "%1", label_status_label(timeline.label_status)
            ),
            escape(f"{row.recipient_name} {row.recipient_phone}")
            + "<br>"
            + escape(format_address(row.province, row.city, "", row.address)),
        ]
        if timeline.void_reason:
            lines.append(self.tr("Voided: %1").replace("%1", timeline.void_reason))
        if row.exception is not None and row.handled_at is not None:
            handled = (
                self.tr("%1, handled by %2 at %3")
                .replace("%1", exception_label(row.exception))
                .replace("%2", row.handled_by)
                .replace("%3", local_time(row.handled_at))
            )
            if row.exception_note:
                handled += f": {row.exception_note}"
            lines.append(f'<span style="color:#2e7d32">{escape(handled)}</span>')
        elif row.exception is not None:
            lines.append(f'<span style="color:#c0392b">{exception_label(row.exception)}</span>')
        self.detail.setText("<br>".join(lines))
        for event in reversed(timeline.events):  # newest first
            self.timeline.addTopLevelItem(
                QTreeWidgetItem(
                    [local_time(event.ts), tracking_status_label(event.status), event.location,
                     event.description]
                )
            )  # fmt: skip
        for column in range(3):
            self.timeline.resizeColumnToContents(column)

    # -- actions ----------------------------------------------------------------------------

    def _open(
        self, dialog: QWidget, on_accept: Callable[[], None] | None = None, said: str = ""
    ) -> None:
        """Open window-modal; on OK run `on_accept` and say what was done (`said`)."""
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.open_dialogs.remove(dialog))  # type: ignore[attr-defined]
        if on_accept is not None:
            dialog.accepted.connect(on_accept)  # type: ignore[attr-defined]
        if said:
            dialog.accepted.connect(lambda: notify(self, said))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def run_job(
        self,
        title: str,
        job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """In the background (the main window shows it in its status bar)."""
        runner().run_job(self, title, job, done, failed)

    def new_parcel(self) -> None:
        row = self.current_row()
        dialog = NewShipmentDialog(self.services, self.actor, row.order_no if row else "", self)
        self._open(dialog, self.refresh, self.tr("Parcel created."))

    def void_label(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = ReasonDialog(
            self.tr("Void label"),
            self.tr(
                "Void the label of %1 (order %2)? Its tracking number is no longer used; "
                "a new label needs a new parcel."
            )
            .replace("%1", row.tracking_no)
            .replace("%2", row.order_no),
            self,
        )
        void, actor = self.services.shipments.void_label, self.actor
        dialog.prepare = lambda: partial(void, actor, row.id, dialog.reason.text())  # type: ignore[method-assign]
        self._open(dialog, self.refresh, self.tr("Label %1 voided.").replace("%1", row.tracking_no))

    def reprint_label(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = ReasonDialog(
            self.tr("Reprint labels"),
            self.tr("Print the labels of %n parcel(s) again?", "", len(rows)),
            self,
        )

        def save() -> Any:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save labels as PDF"), "labels-reprint.pdf",
                self.tr("PDF files (*.pdf)"),
            )  # fmt: skip
            if not path:
                return None
            result = self.services.documents.labels_for_shipments(
                self.actor, [r.id for r in rows], path, reprint_reason=dialog.reason.text()
            )
            failed = [f"{i.key}: {error_text(i.error)}" for i in result.failed if i.error]
            if failed:
                QMessageBox.warning(
                    self, self.tr("Reprint labels"),
                    self.tr("Not printed:") + "\n" + "\n".join(failed),
                )  # fmt: skip
            return result

        dialog.action = save
        self._open(dialog, self.refresh, self.tr("Labels saved again."))

    def add_event(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._open(
            TrackingEventDialog(self.services, self.actor, row, self),
            self.refresh,
            self.tr("Tracking event added to parcel %1.").replace("%1", row.tracking_no),
        )

    def mark_handled(self) -> None:
        """The selected parcel's exception was dealt with: who and when, and a short note."""
        row = self.current_row()
        if row is None:
            return
        dialog = ReasonDialog(
            self.tr("Mark exception handled"),
            self.tr("Parcel %1 (%2) of order %3: %4. What was done?")
            .replace("%1", row.tracking_no)
            .replace("%2", row.carrier_name)
            .replace("%3", row.order_no)
            .replace("%4", exception_label(row.exception) if row.exception else "—"),
            self,
        )
        dialog.setObjectName("handledDialog")
        handle, actor = self.services.shipments.mark_exception_handled, self.actor
        dialog.prepare = lambda: partial(handle, actor, row.id, dialog.reason.text())  # type: ignore[method-assign]
        self._open(
            dialog,
            self.refresh,
            self.tr("Exception of parcel %1 marked handled.").replace("%1", row.tracking_no),
        )

    def import_tracking(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a carrier's tracking file"),
            "",
            self.tr("Tracking files (*.xlsx *.xls *.csv *.txt);;All files (*)"),
        )
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        tracking = self.services.tracking
        actor = self.actor

        def done(result: Any) -> None:
            self.refresh()
            self._open(ImportResultDialog(result, self))

        self.run_job(
            self.tr("Importing tracking"),
            lambda progress, cancelled: tracking.import_tracking(actor, path, progress, cancelled),
            done,
        )

    def import_remittance(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a carrier's COD remittance"),
            "",
            self.tr("Remittance files (*.xlsx *.xls *.csv *.txt);;All files (*)"),
        )
        if path:
            self.start_remittance(path)

    def start_remittance(self, path: str) -> None:
        """Settle COD payments from the carrier's file (tracking no, amount, date)."""
        from ui.tabs.cod_dialogs import RemittanceResultDialog

        payments = self.services.payments
        actor = self.actor

        def done(result: Any) -> None:
            self.refresh()
            self._open(RemittanceResultDialog(result, self))

        self.run_job(
            self.tr("Importing COD remittance"),
            lambda progress, _cancelled: payments.import_remittance(actor, path, progress),
            done,
        )

    def cod_report(self) -> None:
        from ui.tabs.cod_dialogs import CodReportDialog

        try:
            report = self.services.payments.cod_report(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        self._open(CodReportDialog(report, self))

    def compare_rates(self) -> None:
        row = self.current_row()
        self._open(
            RateComparisonDialog(self.services, self.actor, row.order_no if row else "", self)
        )

    def edit_carriers(self) -> None:
        self._open(CarrierEditorDialog(self.services, self.actor, self), None)
        self.open_dialogs[-1].finished.connect(lambda _r: self.refresh())  # type: ignore[attr-defined]

    def print_queue(self) -> None:
        orders = list(dict.fromkeys(r.order_no for r in self.selected_rows()))
        dialog = PrintQueueDialog(self.services, self.actor, orders, self.run_job, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self._open(dialog)

    # The pack station and the wave and ship dialogs (with the fulfilment and document code
    # under them: reportlab) are imported when first opened, not with the tab.

    def open_waves(self) -> None:
        from ui.tabs.fulfilment_dialogs import WavesDialog

        dialog = WavesDialog(self.services, self.actor, self.run_job, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self._open(dialog)

    def open_pack_station(self) -> None:
        """Full screen, for the scanner; one per workstation."""
        if self.pack_station is not None:
            self.pack_station.showFullScreen()
            self.pack_station.activateWindow()
            return
        from ui.pack_station import open_pack_station

        station = open_pack_station(self.services, self.actor, self)
        if station is not None:
            self.pack_station = station
            station.left.connect(self._pack_station_left)
            # The screen lock covers the main window only: an idle station closes with it.
            idle = getattr(self.window(), "idle", None)
            if idle is not None and hasattr(idle, "idle"):
                idle.idle.connect(station.lock_out)

    def _pack_station_left(self) -> None:
        self.pack_station = None
        self.refresh()

    def print_labels(self) -> None:
        """The print queue with the orders being picked or packed whose labels are not
        printed yet (up to 500 at a time)."""
        try:
            numbers = self.services.fulfilment.orders_awaiting_labels(self.actor, 500)
        except AppError as exc:
            show_error(self, exc)
            return
        dialog = PrintQueueDialog(self.services, self.actor, numbers, self.run_job, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self._open(dialog)

    def ship_orders(self) -> None:
        from ui.tabs.fulfilment_dialogs import ShipDialog

        dialog = ShipDialog(self.services, self.actor, self.run_job, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self._open(dialog)

    def copy_tracking_no(self) -> None:
        numbers = [r.tracking_no for r in self.selected_rows()]
        if numbers:
            QGuiApplication.clipboard().setText("\n".join(numbers))
