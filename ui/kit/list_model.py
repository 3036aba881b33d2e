"""The one model for short lists (a dialog's results, a backup list, a report's table): rows of
plain data held in memory, columns described declaratively, shown in a `QTableView`.

It replaces hand-filled `QTableWidget`s: the rows stay data (a dialog asks `selected_row()`
for the object, not for an item's text), every role is answered here (never the base class:
PySide6), and a click on a header sorts in memory when the view allows sorting.
Big lists use `ui/kit/paged_model.py` instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's data object
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ListColumn(Generic[R]):
    """One column: its (translated) title and how a row shows in it."""

    title: str
    text: Callable[[R], str]
    numeric: bool = False  # right-aligned, header too
    colour: Callable[[R], QColor | None] | None = None  # text colour
    background: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    sort_value: Callable[[R], Any] | None = None  # what a header click sorts by (else text)
    bold: Callable[[R], bool] | None = None
    centred: bool = False  # a short figure in a wide column (the pack station's counts)


class ListModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self, columns: Sequence[ListColumn[R]], rows: Sequence[R] = (),
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = list(rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row(self, index: Index) -> R | None:
        return self.row_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        """The rows' objects changed in place (a clock moved on): repaint, keep selection."""
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def refresh_row(self, row: int) -> None:
        """One row's figures changed in place: repaint it."""
        if 0 <= row < len(self.rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def texts(self, column: int) -> list[str]:
        """The cell texts of one column, top to bottom (what the user reads)."""
        return [self.columns[column].text(r) for r in self.rows]

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # Answer every role ourselves: never call the base class (PySide6 crash).
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
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
        row = self.row(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.centred:
                return int(Qt.AlignmentFlag.AlignCenter)
            return RIGHT if column.numeric else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None:
            if not column.bold(row):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """In memory (a short list): by the column's sort value, else its text."""
        if not 0 <= column < len(self.columns) or not self.rows:
            return
        spec = self.columns[column]
        key = spec.sort_value or spec.text
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def list_view(
    parent: QWidget, name: str, model: ListModel[Any], *, multi: bool = False,
    fit: bool = True,
) -> QTableView:  # fmt: skip
    """A table for a short list: whole rows selected, no row numbers, the last column
    stretched; `fit`: columns sized to their contents."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def selected_rows(table: QTableView) -> list[Any]:
    """The data objects of the selected rows, top to bottom."""
    model = table.model()
    if not isinstance(model, ListModel):
        return []
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    return [model.rows[r] for r in rows if r < len(model.rows)]


def selected_row(table: QTableView) -> Any:
    """The data object of the first selected row, or None."""
    rows = selected_rows(table)
    return rows[0] if rows else None


@dataclass(frozen=True)
class Cell:
    """One prepared cell of a `CellsModel` row: for result lists whose rows are put together
    where they are shown (a dialog's failures, a carrier's rates)."""

    text: str
    data: Any = None  # the first cell's data is the row's key (`selected_data`)
    right: bool = False
    colour: QColor | None = None
    bold: bool = False
    tip: str | None = None
    checkable: bool = False  # only for check-box grids (QTableWidget)


def _cell_text(column: int, row: Sequence[Cell]) -> str:
    return row[column].text if column < len(row) else ""


def _cell_colour(column: int, row: Sequence[Cell]) -> QColor | None:
    return row[column].colour if column < len(row) else None


def _cell_bold(column: int, row: Sequence[Cell]) -> bool:
    return column < len(row) and row[column].bold


def _cell_tip(column: int, row: Sequence[Cell]) -> str | None:
    return row[column].tip if column < len(row) else None


class CellsModel(ListModel[Sequence[Cell]]):
    """Rows of prepared cells under fixed headers; UserRole gives a cell's data."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(self._columns(headers), (), parent)
        self.row_labels: list[str] = []  # the vertical header; empty: none

    def set_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
        row_labels: Sequence[str] = (),
    ) -> None:  # fmt: skip
        """Other columns and rows at once (a file's preview)."""
        self.beginResetModel()
        self.columns = self._columns(headers)
        self.rows = list(rows)
        self.row_labels = list(row_labels)
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.row_labels):
                return self.row_labels[section]
            return None
        return super().headerData(section, orientation, role)  # ListModel's own answer

    @staticmethod
    def _columns(headers: Sequence[str]) -> list[ListColumn[Sequence[Cell]]]:
        return [
            ListColumn[Sequence[Cell]](
                title,
                partial(_cell_text, c),
                colour=partial(_cell_colour, c),
                bold=partial(_cell_bold, c),
                tooltip=partial(_cell_tip, c),
            )
            for c, title in enumerate(headers)
        ]

    def _data(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            row = self.row(index)
            if row is None or not 0 <= index.column() < len(self.columns):
                return None
            cell = row[index.column()] if index.column() < len(row) else None
            return RIGHT if cell is not None and cell.right else LEFT
        if role == Qt.ItemDataRole.UserRole:  # here: the cell's own data, not the row
            row = self.row(index)
            column = index.column()
            return row[column].data if row is not None and 0 <= column < len(row) else None
        return super()._data(index, role)

    def key_at(self, row: int) -> Any:
        """The row's key: its first cell's data."""
        cells = self.row_at(row)
        return cells[0].data if cells else None
