"""Orders tab: queues with counts and the newest orders of the selected queue.

Phones and addresses arrive masked from the service for roles without personal-data access.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from app.order_queries import OrderRow
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from ui.i18n import status_label

Index = QModelIndex | QPersistentModelIndex


class RecentOrdersModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OrderRow] = []
        self.headers = [
            self.tr("Order no"), self.tr("Channel"), self.tr("Status"), self.tr("Recipient"),
            self.tr("Phone"), self.tr("Address"), self.tr("Total"), self.tr("Ordered at"),
        ]  # fmt: skip

    def set_rows(self, rows: list[OrderRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # Answer every role ourselves: never call the base class (PySide6 6.12 crash).
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        values = (
            row.order_no, row.channel, status_label(row.status), row.recipient_name,
            row.recipient_phone, f"{row.province}{row.city}{row.address}",
            f"{row.total:,.2f} {row.currency}",
            row.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )  # fmt: skip
        return values[index.column()]


class OrdersTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        layout = QHBoxLayout(self)
        self.queues = QListWidget(self)
        self.queues.setObjectName("queues")
        self.queues.setMaximumWidth(200)
        self.table = QTableView(self)
        self.table.setObjectName("ordersTable")
        self.model = RecentOrdersModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.queues)
        layout.addWidget(self.table, 1)
        self.queues.currentItemChanged.connect(self._queue_changed)
        self.refresh()

    def refresh(self) -> None:
        counts = self.services.order_queries.status_counts(self.actor)
        self.queues.blockSignals(True)
        self.queues.clear()
        for status in OrderStatus:
            item = QListWidgetItem(f"{status_label(status)} ({counts.get(status, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, status.value)
            self.queues.addItem(item)
        self.queues.blockSignals(False)
        self.queues.setCurrentRow(list(OrderStatus).index(OrderStatus.PENDING_REVIEW))

    def _queue_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        status = OrderStatus(item.data(Qt.ItemDataRole.UserRole))
        self.model.set_rows(self.services.order_queries.recent(self.actor, status))
        self.table.resizeColumnsToContents()
