"""Export: orders to an .xlsx workbook with the columns the user ticks (the current view's
orders or all), or the shipping back-fill file a platform takes for its bulk tracking upload.
Both run in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.importing.export import SHIPPING_FORMATS
from app.importing.exports import DEFAULT_ORDER_COLUMNS, ORDER_COLUMNS, ExportResult
from app.order_queries import OrderFilter
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from ui.action_runner import runner
from ui.errors import show_error
from ui.i18n import status_label
from ui.importing.labels import channel_name, export_column_label, shipping_format_label
from ui.workers import Worker


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        current: OrderFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.services = services
        self.actor = actor
        self.current = current
        self.worker: Worker | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._orders_tab(), self.tr("&Orders to Excel"))
        self.tabs.addTab(self._shipping_tab(), self.tr("&Shipping back-fill"))
        self.message = QLabel("", self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(620, 520)

    # -- orders -------------------------------------------------------------------------------

    def _orders_tab(self) -> QWidget:
        page = QWidget(self)
        self.scope = QComboBox(page)
        self.scope.setObjectName("exportScope")
        if self.current is not None:
            self.scope.addItem(self.tr("The orders of the current view"), "view")
        self.scope.addItem(self.tr("All orders"), "all")
        self.columns = QListWidget(page)
        self.columns.setObjectName("exportColumns")
        for key in ORDER_COLUMNS:
            item = QListWidgetItem(export_column_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if key in DEFAULT_ORDER_COLUMNS else Qt.CheckState.Unchecked
            )
            self.columns.addItem(item)
        every = QPushButton(self.tr("Tick &all"), page)
        every.clicked.connect(lambda: self._tick(lambda _key: True))
        usual = QPushButton(self.tr("&Usual columns"), page)
        usual.clicked.connect(lambda: self._tick(lambda key: key in DEFAULT_ORDER_COLUMNS))
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(usual)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("W&hich orders:"), self.scope)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns:"), page))
        layout.addWidget(self.columns, 1)
        layout.addLayout(row)
        return page

    def _tick(self, wanted: Callable[[str], bool]) -> None:
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if wanted(key) else Qt.CheckState.Unchecked)

    def chosen_columns(self) -> list[str]:
        return [
            self.columns.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.columns.count())
            if self.columns.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- shipping -----------------------------------------------------------------------------

    def _shipping_tab(self) -> QWidget:
        page = QWidget(self)
        self.platform = QComboBox(page)
        self.platform.setObjectName("shippingPlatform")
        for name in SHIPPING_FORMATS:
            self.platform.addItem(shipping_format_label(name), name)
        self.ship_channel = QComboBox(page)
        self.ship_channel.setObjectName("shippingChannel")
        self.ship_channel.addItem(self.tr("The platform's own orders"), None)
        for name in ("taobao", "tmall", "jd", "pdd", "douyin", "shopify", "amazon", "ebay",
                     "woocommerce", "etsy", "kuaidan"):  # fmt: skip
            self.ship_channel.addItem(channel_name(name), name)
        self.use_dates = QCheckBox(self.tr("Only parcels shipped from"), page)
        self.ship_from = QDateEdit(QDate.currentDate().addDays(-7), page)
        self.ship_to = QDateEdit(QDate.currentDate(), page)
        for edit in (self.ship_from, self.ship_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.ship_from)
        dates.addWidget(QLabel(self.tr("to"), page))
        dates.addWidget(self.ship_to)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("Or&ders of:"), self.ship_channel)
        hint = QLabel(
            self.tr(
                "One row per parcel of a shipped order: the platform's order number, the "
                "carrier and the tracking number, in the layout the platform's bulk-shipping "
                "upload takes."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(dates)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    # -- running ------------------------------------------------------------------------------

    def export(self, path: str = "") -> None:
        """Ask where (unless `path` is given) and export in the background."""
        if self.worker is not None:
            return
        shipping = self.tabs.currentIndex() == 1
        platform = self.platform.currentData()
        if not path:
            if shipping:
                suffix = "txt" if platform == "amazon" else "csv"
                kind = (
                    self.tr("Text file (*.txt)") if suffix == "txt" else self.tr("CSV file (*.csv)")
                )
                path, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Shipping back-fill"), f"shipping-{platform}.{suffix}", kind
                )
            else:
                path, _ = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Export orders"),
                    "orders.xlsx",
                    self.tr("Excel workbook (*.xlsx)"),
                )
        if not path:
            return
        services, actor = self.services, self.actor
        if shipping:
            channel = self.ship_channel.currentData()
            since = until = None
            if self.use_dates.isChecked():
                start_day, end_day = self.ship_from.date(), self.ship_to.date()
                since = datetime(start_day.year(), start_day.month(), start_day.day()).astimezone()
                until = datetime(end_day.year(), end_day.month(), end_day.day()).astimezone()
                until += timedelta(days=1)

            def job(_progress: Any, _cancelled: Any) -> ExportResult:
                return services.exports.export_shipping(
                    actor, path, platform, channel=channel, shipped_from=since, shipped_to=until
                )

        else:
            columns = self.chosen_columns()
            flt = self.current if self.scope.currentData() == "view" else None
            headers = {key: export_column_label(key) for key in columns}
            statuses = {s.value: status_label(s.value) for s in OrderStatus}

            def job(progress: Any, cancelled: Any) -> ExportResult:
                return services.exports.export_orders(
                    actor, path, columns=columns, flt=flt, headers=headers,
                    status_labels=statuses, progress=progress, cancel=cancelled,
                )  # fmt: skip

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.worker = runner().run_job(self, self.tr("Export"), job, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.worker = None
        self.export_button.setEnabled(True)
        text = self.tr("%1 rows written to %2.").replace("%1", f"{result.rows:,}")
        self.message.setText(text.replace("%2", result.path))
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.export_button.setEnabled(True)
        self.message.setText("")
        show_error(self, exc)
