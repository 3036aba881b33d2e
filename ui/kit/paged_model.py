"""The one paged table model (ARCHITECTURE.md "Big tables"): the ordered ids of the current
filter, fetched in SQL, and the rows loaded lazily a page at a time into a small LRU cache.

A screen describes its columns (`PagedColumn`: title, cell text, sort key, alignment, colour,
tooltip) and says how to fetch ids and rows (`ids_fetcher`, `fetch_rows`); everything else is
here, the same for orders, stock and parcels:

- one page size and cache (`PAGE_SIZE` × `CACHE_PAGES`);
- one way to load ids: `query()` runs `ids_fetcher` on the GUI thread (the first `FIRST_IDS`
  when the screen's query can stop early; the rest follow from a worker);
- one error path: a failed `query()` raises to the screen, which shows it; a page or a
  background load that fails is logged and announced on `load_failed`, its rows show empty
  and load again on the next paint. `data()` never raises;
- refreshing only what changed: `refresh_rows(ids)`, `forget_rows()`, `remove_ids`,
  `add_entered` (for the change feed and `ActionRunner.changes_applied`);
- `data()` and `headerData()` answer every role themselves (never the base class: PySide6).
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ui.workers import Worker, start

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole  # a row's id, without loading its page
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class PagedColumn(Generic[R]):
    """One column: its (translated) title and how a row shows in it."""

    title: str
    text: Callable[[R], str]
    sort: Any = None  # the screen's SQL sort key; None: a click on the header does nothing
    numeric: bool = False  # right-aligned, header too
    colour: Callable[[R], QColor | None] | None = None  # text colour
    tooltip: Callable[[R], str | None] | None = None
    header_tip: str | None = None


class PagedTableModel(QAbstractTableModel, Generic[R]):
    PAGE_SIZE = 100
    CACHE_PAGES = 40  # 4,000 rows: a few screens either way, a few MB at most
    # Ids fetched before the first paint; the rest follow in the background. None: the
    # screen's query always fetches all its ids at once (it cannot stop early).
    FIRST_IDS: int | None = None
    # The sort of a click on a column without a sort key; None: such a click does nothing.
    UNSORTED: Any = None

    ids_changed = Signal()
    load_failed = Signal(object)  # the exception of a page or background load

    def __init__(
        self, columns: Sequence[PagedColumn[R]], sort_key: Any, descending: bool,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.columns = list(columns)
        self.sort_key = sort_key
        self.descending = descending
        # Who queries again after a header click: the model itself, or the screen (which
        # keeps its selection across the new query) when it sets this.
        self.requery: Callable[[], None] | None = None
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self._generation = 0
        self._queried = False
        self._workers: list[Worker] = []
        self.complete = True  # False while the rest of a big list's ids is loading

    # -- what a screen says ------------------------------------------------------------------

    def ids_fetcher(self, limit: int | None) -> Callable[[], Sequence[int]]:
        """A call that returns the ids of the current filter in the current sort (at most
        `limit`), with the filter and sort as they are now: a worker may run it later."""
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> Sequence[R]:
        """The rows of these ids (missing ones left out), any order."""
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    # -- the id list -------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        """A copy of the ids in table order (use id_at / row_of on big lists)."""
        return self._ids.tolist()

    def query(self) -> None:
        """Fetch the ids of the current filter and show them (rows load when painted).
        Raises what the fetch raises: the screen shows it."""
        self._generation += 1
        self._queried = True
        limit = self.FIRST_IDS
        ids = self.ids_fetcher(limit)()
        complete = limit is None or len(ids) < limit
        self.set_ids(ids, complete=complete)
        if not complete:
            # A big list: the first screens now, the rest of the ids from the background,
            # started once the first page is painted.
            QTimer.singleShot(150, lambda g=self._generation: self._fetch_rest(g))

    def set_ids(self, ids: Iterable[int], complete: bool = True) -> None:
        self._queried = True
        self.complete = complete
        self.beginResetModel()
        self._ids = array("q", ids)
        self._pages.clear()
        self.endResetModel()
        self.ids_changed.emit()

    def _in_background(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        worker = Worker(lambda _progress, _cancelled: job())
        worker.signals.finished.connect(done)
        worker.signals.finished.connect(lambda _r: self._forget_worker(worker))
        worker.signals.failed.connect(lambda exc: self._background_failed(worker, exc))
        self._workers.append(worker)
        start(worker)

    def _forget_worker(self, worker: Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)

    def _background_failed(self, worker: Worker, exc: BaseException) -> None:
        self._forget_worker(worker)
        if shiboken6.isValid(self):
            self._failed(exc, "background ids")

    def _failed(self, exc: BaseException, what: str) -> None:
        log.warning("%s: loading %s failed", type(self).__name__, what, exc_info=exc)
        self.load_failed.emit(exc)

    def _fetch_rest(self, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        fetch = self.ids_fetcher(None)
        self._in_background(fetch, lambda rest: self._rest_arrived(generation, rest))

    def _rest_arrived(self, generation: int, ids: Sequence[int]) -> None:
        # The window may have closed while the ids were loading (the lambda keeps no
        # receiver that Qt would disconnect): a deleted model takes no rows.
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or another filter was chosen meanwhile
        known = len(self._ids)
        self.complete = True
        if list(ids[:known]) != self._ids.tolist():
            self.set_ids(ids)  # the list changed in between: show the fresh one
            return
        if len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids.extend(ids[known:])
            self.endInsertRows()
        self.ids_changed.emit()

    def forget_rows(self) -> None:
        """Drop the cached rows (they changed): visible ones reload on the next paint; the
        list of rows and the selection stay."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        """The rows these ids are on, in table order."""
        wanted = set(ids)
        if len(wanted) <= 16:  # a C scan per id: ms for a million
            return sorted(r for r in (self.row_of(i) for i in wanted) if r is not None)
        return [row for row, i in enumerate(self._ids) if i in wanted]

    def refresh_rows(self, ids: Iterable[int]) -> list[int]:
        """Reload only these rows (they changed): their cached pages go, they repaint.
        Returns the rows they are on."""
        rows = self.rows_of(ids)
        for row in rows:
            self._pages.pop(row // self.PAGE_SIZE, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return rows

    def add_entered(self, ids: Iterable[int]) -> None:
        """Rows changed here or elsewhere that the list does not show may have entered the
        filter: its ids come again in the background and those are inserted where the sort
        puts them; the rows shown and the selection stay. Only for lists under FIRST_IDS (a
        bigger one shows them on the next query)."""
        limit = self.FIRST_IDS
        if not self._queried or not self.complete or limit is None or len(self._ids) >= limit:
            return
        wanted = set(ids) - set(self._ids)
        if not wanted:
            return
        generation = self._generation
        self._in_background(
            self.ids_fetcher(limit), lambda found: self._entered(generation, wanted, found)
        )

    def _entered(self, generation: int, wanted: set[int], ids: Sequence[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or another filter was chosen meanwhile
        row_of = {row_id: row for row, row_id in enumerate(self._ids)}
        anchor = inserted = 0
        for row_id in ids:
            row = row_of.get(row_id)
            if row is not None:
                anchor = row + inserted + 1
            elif row_id in wanted:
                self.beginInsertRows(QModelIndex(), anchor, anchor)
                self._ids.insert(anchor, row_id)
                self.endInsertRows()
                anchor += 1
                inserted += 1
        if inserted:
            self._pages.clear()  # the pages after the first new row shifted
            self.ids_changed.emit()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take these rows out of the list (they left the filter), row by row."""
        rows = sorted(self.rows_of(ids), reverse=True)
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

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)  # a C scan: ms for a million, no index to keep
        except ValueError:
            return None

    def row_at(self, row: int) -> R | None:
        """The row, loading its page if needed; None if it vanished or the load failed."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.PAGE_SIZE
            try:
                loaded = self.fetch_rows(list(self._ids[start : start + self.PAGE_SIZE]))
            except Exception as exc:  # data() never raises; the next paint tries again
                self._failed(exc, f"page {page_no}")
                return None
            page = {self.row_id(r): r for r in loaded}
            self._pages[page_no] = page
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # Answer every role ourselves: never call the base class (PySide6 crash).
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = 0) -> Any:
        try:
            return self._data(index, role)
        except Exception:  # a paint must never crash the window
            log.exception("%s data(%s, %s)", type(self).__name__, index.row(), role)
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return None if row is None else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            row = self.row_at(index.row())
            colour = None if row is None else column.colour(row)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            row = self.row_at(index.row())
            return None if row is None else column.tooltip(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key. Before the first query (the view sorts once when
        sorting is switched on) the sort is only noted."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        key = key if key is not None else self.UNSORTED
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if not self._queried:
            return
        (self.requery or self.query)()
