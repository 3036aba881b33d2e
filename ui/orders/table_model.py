"""The Orders table: a model over the ordered ids of the current filter that loads rows
lazily, one page at a time, into a small LRU cache (ARCHITECTURE.md "Big tables").

Sorting and filtering happen in SQL (a sort key per column); selecting thousands of rows
works on row ranges and ids, never on row objects. `data()` never raises: a row that cannot
be loaded shows empty and is retried on the next paint.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.addresses import format_address
from app.errors import AppError
from app.order_queries import OrderFilter, OrderRow, SortKey
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from ui.i18n import channel_label, status_label
from ui.orders.labels import hold_reason_label, rule_name
from ui.workers import Worker, start

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    ORDER_NO = 0
    STATUS = 1
    CHANNEL = 2
    RECIPIENT = 3
    PHONE = 4
    ADDRESS = 5
    ITEMS = 6
    TOTAL = 7
    WAREHOUSE = 8
    CARRIER = 9
    RULES = 10
    ORDERED_AT = 11


SORT_KEYS = {
    Column.ORDER_NO: SortKey.ORDER_NO,
    Column.STATUS: SortKey.STATUS,
    Column.CHANNEL: SortKey.CHANNEL,
    Column.RECIPIENT: SortKey.RECIPIENT,
    Column.TOTAL: SortKey.TOTAL,
    Column.ORDERED_AT: SortKey.ORDERED_AT,
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _header(column: Column) -> str:
    return {
        Column.ORDER_NO: QCoreApplication.translate("Orders", "Order no"),
        Column.STATUS: QCoreApplication.translate("Orders", "Status"),
        Column.CHANNEL: QCoreApplication.translate("Orders", "Channel"),
        Column.RECIPIENT: QCoreApplication.translate("Orders", "Recipient"),
        Column.PHONE: QCoreApplication.translate("Orders", "Phone"),
        Column.ADDRESS: QCoreApplication.translate("Orders", "Address"),
        Column.ITEMS: QCoreApplication.translate("Orders", "Items"),
        Column.TOTAL: QCoreApplication.translate("Orders", "Total"),
        Column.WAREHOUSE: QCoreApplication.translate("Orders", "Warehouse"),
        Column.CARRIER: QCoreApplication.translate("Orders", "Carrier"),
        Column.RULES: QCoreApplication.translate("Orders", "Rules fired"),
        Column.ORDERED_AT: QCoreApplication.translate("Orders", "Ordered at"),
    }[column]


class OrdersTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    CACHE_PAGES = 40  # 4,000 rows: a few screens either way, a few MB at most
    FIRST_IDS = 2000  # ids fetched before the first paint; the rest follow in the background

    ids_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.filter = OrderFilter()
        self.sort_key = SortKey.NEWEST
        self.descending = True
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, OrderRow]] = OrderedDict()
        self._generation = 0
        self._queried = False
        self._workers: list[Worker] = []
        self.complete = True  # False while the rest of a big queue's ids is loading

    # -- the id list ------------------------------------------------------------------------

    def query(
        self,
        flt: OrderFilter | None = None,
        sort_key: SortKey | None = None,
        descending: bool | None = None,
    ) -> None:
        """Run the filter in SQL and show its ids (rows load when painted)."""
        self.filter = flt if flt is not None else self.filter
        self.sort_key = sort_key if sort_key is not None else self.sort_key
        self.descending = descending if descending is not None else self.descending
        self._generation += 1
        self._queried = True
        queries, args = self.services.order_queries, (self.filter, self.sort_key, self.descending)
        ids = queries.order_ids(self.actor, *args, limit=self.FIRST_IDS)
        self.complete = len(ids) < self.FIRST_IDS
        self.set_ids(ids)
        if self.complete:
            return
        # A big queue: the first screens now, the rest of the ids from the background,
        # started once the first page is painted.
        QTimer.singleShot(150, lambda g=self._generation: self._fetch_rest(g))

    def _fetch_rest(self, generation: int) -> None:
        if generation != self._generation:
            return
        queries, args = self.services.order_queries, (self.filter, self.sort_key, self.descending)
        actor = self.actor
        worker = Worker(lambda _progress, _cancelled: queries.order_ids(actor, *args))
        worker.signals.finished.connect(lambda rest: self._rest_arrived(generation, rest))
        worker.signals.finished.connect(lambda _r: self._workers.remove(worker))
        worker.signals.failed.connect(lambda _e: self._workers.remove(worker))
        self._workers.append(worker)
        start(worker)

    def _rest_arrived(self, generation: int, ids: list[int]) -> None:
        # The window may have closed while the ids were loading (the lambda keeps no
        # receiver that Qt would disconnect): a deleted model takes no rows.
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or another filter was chosen meanwhile
        known = len(self._ids)
        self.complete = True
        if list(ids[:known]) != list(self._ids):
            self.set_ids(ids)  # the orders changed in between: show the fresh list
        elif len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids.extend(ids[known:])
            self.endInsertRows()
        self.complete = True
        self.ids_changed.emit()

    def set_ids(self, ids: Iterable[int]) -> None:
        self.beginResetModel()
        self._ids = array("q", ids)
        self._pages.clear()
        self.endResetModel()
        self.ids_changed.emit()

    def forget_rows(self) -> None:
        """Drop the cached rows (they changed): visible ones reload on the next paint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def refresh_rows(self, order_ids: Iterable[int]) -> list[int]:
        """Reload only these orders (they changed): their cached pages are dropped and their
        rows repaint. Returns the rows they are on."""
        rows = sorted(r for r in (self.row_of(i) for i in set(order_ids)) if r is not None)
        for row in rows:
            self._pages.pop(row // self.PAGE_SIZE, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return rows

    def add_entered(self, order_ids: Iterable[int]) -> None:
        """Orders changed here or elsewhere that the list does not show may have entered the
        filter (approved into 已审核, imported into 待审核): the filter's ids come again in
        the background and those orders are inserted where the sort puts them; the rows
        shown and the selection stay. Only for lists under FIRST_IDS (a bigger queue shows
        them on the next refresh; its count follows at once)."""
        if not self._queried or not self.complete or len(self._ids) >= self.FIRST_IDS:
            return
        wanted = set(order_ids) - set(self._ids)
        if not wanted:
            return
        generation, actor = self._generation, self.actor
        queries, args = self.services.order_queries, (self.filter, self.sort_key, self.descending)
        worker = Worker(
            lambda _progress, _cancelled: queries.order_ids(actor, *args, limit=self.FIRST_IDS)
        )
        worker.signals.finished.connect(lambda ids: self._entered(generation, wanted, ids))
        worker.signals.finished.connect(lambda _r: self._workers.remove(worker))
        worker.signals.failed.connect(lambda _e: self._workers.remove(worker))
        self._workers.append(worker)
        start(worker)

    def _entered(self, generation: int, wanted: set[int], ids: list[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or another filter was chosen meanwhile
        row_of = {order_id: row for row, order_id in enumerate(self._ids)}
        anchor = inserted = 0
        for order_id in ids:
            row = row_of.get(order_id)
            if row is not None:
                anchor = row + inserted + 1
            elif order_id in wanted:
                self.beginInsertRows(QModelIndex(), anchor, anchor)
                self._ids.insert(anchor, order_id)
                self.endInsertRows()
                anchor += 1
                inserted += 1
        if inserted:
            self._pages.clear()  # the pages after the first new row shifted
            self.ids_changed.emit()

    def remove_ids(self, order_ids: Iterable[int]) -> None:
        """Take these orders out of the list (they left the filter), row by row."""
        rows = sorted((r for r in (self.row_of(i) for i in set(order_ids)) if r is not None),
                      reverse=True)  # fmt: skip
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        if rows:
            self._pages.clear()  # the pages after the first removed row shifted
            self.ids_changed.emit()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids_in_ranges(self, ranges: Iterable[tuple[int, int]]) -> list[int]:
        """Ids of the rows in (top, bottom) ranges, in table order, without loading rows."""
        out: list[int] = []
        for top, bottom in sorted(ranges):
            out.extend(self._ids[top : bottom + 1])
        return list(dict.fromkeys(out))

    def row_of(self, order_id: int) -> int | None:
        try:
            return self._ids.index(order_id)  # a C scan: ms for a million, no index to keep
        except ValueError:
            return None

    def row_data(self, row: int) -> OrderRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.PAGE_SIZE
            ids = list(self._ids[start : start + self.PAGE_SIZE])
            try:
                loaded = self.services.order_queries.rows(self.actor, ids)
            except AppError:
                log.warning("could not load orders page %s", page_no, exc_info=True)
                return None
            page = {r.id: r for r in loaded}
            self._pages[page_no] = page
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # Answer every role ourselves: never call the base class (PySide6 6.12 crash).
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) in SORT_KEYS:
            return QCoreApplication.translate("Orders", "Click to sort")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = 0) -> Any:
        try:
            return self._data(index, role)
        except Exception:  # a paint must never crash the window
            log.exception("orders table data(%s, %s)", index.row(), role)
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.column() >= len(Column):
            return None
        if role == ORDER_ID_ROLE:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (Column.ITEMS, Column.TOTAL) else _LEFT
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_on_hold:
                return QBrush(QColor("#b3261e"))
            if row.status == OrderStatus.CANCELLED:
                return QBrush(QColor("#888888"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.RULES and row.rules:
                return "\n".join(rule_name(code) for code in row.rules)
            if column == Column.STATUS and row.is_on_hold:
                return hold_reason_label(row.hold_reason)
            return None
        return self._display(row, column)

    @staticmethod
    def _display(row: OrderRow, column: Column) -> str:
        if column == Column.ORDER_NO:
            return row.order_no
        if column == Column.STATUS:
            label = status_label(row.status)
            if row.is_on_hold:
                return label + " · " + QCoreApplication.translate("Orders", "on hold")
            return label

        if column == Column.CHANNEL:
            return channel_label(row.channel)
        if column == Column.RECIPIENT:
            return row.recipient_name
        if column == Column.PHONE:
            return row.recipient_phone
        if column == Column.ADDRESS:
            return format_address(row.province, row.city, "", row.address)
        if column == Column.ITEMS:
            return str(row.items)
        if column == Column.TOTAL:
            return f"{row.total:,.2f}"
        if column == Column.WAREHOUSE:
            return row.warehouse
        if column == Column.CARRIER:
            return row.carrier
        if column == Column.RULES:
            return "、".join(rule_name(code) for code in row.rules)
        return row.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns without a sort key keep the arrival order."""
        key = SORT_KEYS.get(Column(column), SortKey.NEWEST) if 0 <= column < len(Column) else (
            SortKey.NEWEST
        )  # fmt: skip
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._queried:  # the view sorts once when sorting is switched on: just note it
            self.sort_key, self.descending = key, descending
            return
        self.query(sort_key=key, descending=descending)
