"""The list of bad rows of a dry run or an import: row, file, column, the reason in the user's
language and the service's detail (which names the value), filterable by text and by kind."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.importing.parse import RowError
from ui.importing.labels import error_reason

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ErrorColumn(IntEnum):
    ROW = 0
    FILE = 1
    COLUMN = 2
    REASON = 3
    DETAIL = 4


def _header(column: ErrorColumn) -> str:
    return {
        ErrorColumn.ROW: QCoreApplication.translate("Import", "Row"),
        ErrorColumn.FILE: QCoreApplication.translate("Import", "File"),
        ErrorColumn.COLUMN: QCoreApplication.translate("Import", "Column"),
        ErrorColumn.REASON: QCoreApplication.translate("Import", "Problem"),
        ErrorColumn.DETAIL: QCoreApplication.translate("Import", "Detail"),
    }[column]


class RowErrorModel(QAbstractTableModel):
    """Row errors, filtered in Python (a dry run of a bad file may report 100,000 rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[RowError] = []
        self._shown: list[RowError] = []
        self._text = ""
        self._code = ""

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self._all = list(errors)
        self._apply()

    def set_filter(self, text: str = "", code: str = "") -> None:
        self._text, self._code = text.strip().casefold(), code
        self._apply()

    def codes(self) -> list[str]:
        """The kinds of problem present, most frequent first."""
        counts: dict[str, int] = {}
        for error in self._all:
            counts[error.code] = counts.get(error.code, 0) + 1
        return sorted(counts, key=lambda c: (-counts[c], c))

    def error_at(self, row: int) -> RowError | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _matches(self, error: RowError) -> bool:
        if self._code and error.code != self._code:
            return False
        if not self._text:
            return True
        haystack = f"{error.row} {error.file} {error.column} {error.message} "
        haystack += error_reason(error.code)
        return self._text in haystack.casefold()

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [e for e in self._all if self._matches(e)]
        self.endResetModel()

    # -- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ErrorColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        error = self._shown[index.row()]
        column = ErrorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ErrorColumn.ROW: f"{error.row:,}",
                ErrorColumn.FILE: error.file,
                ErrorColumn.COLUMN: error.column,
                ErrorColumn.REASON: error_reason(error.code),
                ErrorColumn.DETAIL: error.message,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return error.message
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column == ErrorColumn.ROW else _LEFT)
        if role == Qt.ItemDataRole.UserRole:
            return error.row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ErrorColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(ErrorColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
