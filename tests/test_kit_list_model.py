"""The kit's short-list model (ui/kit/list_model.py) with a real Qt view: every role, the
in-memory sort by a header click, the selected rows' objects, prepared cells."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.kit.list_model import (
    Cell,
    CellsModel,
    ListColumn,
    ListModel,
    list_view,
    selected_row,
    selected_rows,
)


@dataclass(frozen=True)
class Parcel:
    id: int
    name: str
    weight: int
    lost: bool = False


def _click_header(qtbot: QtBot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _list_model() -> ListModel[Parcel]:
    columns = [
        ListColumn[Parcel]("Name", lambda p: p.name, tooltip=lambda p: f"#{p.id}"),
        ListColumn[Parcel](
            "Weight",
            lambda p: f"{p.weight} g",
            numeric=True,
            sort_value=lambda p: p.weight,
            colour=lambda p: QColor("red") if p.lost else None,
            background=lambda p: QColor("#fff3cd") if p.lost else None,
        ),
    ]
    rows = [Parcel(1, "b", 30), Parcel(2, "c", 5, lost=True), Parcel(3, "a", 100)]
    return ListModel(columns, rows)


def test_list_model_roles(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = _list_model()
    qtmodeltester.check(model)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(1, horizontal, Qt.ItemDataRole.DisplayRole) == "Weight"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    assert model.texts(1) == ["30 g", "5 g", "100 g"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "#1"
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == Parcel(2, "c", 5, lost=True)
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("red")
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#fff3cd")
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(5, 0).data() is None
    broken = ListModel([ListColumn[Parcel]("x", lambda p: str(1 // 0))], [Parcel(1, "", 0)])
    assert broken.index(0, 0).data() is None  # a paint never raises


def test_list_view_sorts_in_memory_and_gives_the_selected_rows(qtbot: QtBot) -> None:
    model = _list_model()
    view = list_view(None, "parcels", model, multi=True)  # type: ignore[arg-type]
    assert view.objectName() == "parcels"
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert selected_row(view) is None
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.texts(0) == ["a", "b", "c"]
    _click_header(qtbot, view, 1)  # by weight as a number, not as text
    weights = model.texts(1)
    assert weights in (["5 g", "30 g", "100 g"], ["100 g", "30 g", "5 g"])
    rect = view.visualRect(model.index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected_row(view) == model.rows[2]
    rect = view.visualRect(model.index(0, 0))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )  # fmt: skip
    assert [p.id for p in selected_rows(view)] == [model.rows[0].id, model.rows[2].id]
    model.set_rows([Parcel(9, "z", 1)])
    assert model.rowCount() == 1 and selected_rows(view) == []


def test_cells_model_shows_prepared_cells(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CellsModel(["Order", "Amount"])
    red = QColor("#c0392b")
    model.set_rows([
        [Cell("KD-1", 11), Cell("8.00", 800, right=True)],
        [Cell("KD-2", 12, colour=red, bold=True), Cell("-1.00", -100, right=True)],
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.texts(0) == ["KD-1", "KD-2"]
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Amount"
    assert model.index(0, 1).data(Qt.ItemDataRole.UserRole) == 800  # the cell's own data
    assert model.key_at(1) == 12 and model.key_at(5) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == red
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    font = model.index(1, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_cells_model_takes_other_columns_and_row_labels(qtbot: QtBot) -> None:
    model = CellsModel(["A"])
    view = list_view(None, "preview", model)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.columnCount()))
    model.set_table(["Order", "Buyer", "Phone"], [[Cell("#1"), Cell("王"), Cell("139")]], ["2"])
    assert resets == [3] and view.horizontalHeader().count() == 3
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Phone"
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "2"
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    assert model.index(0, 1).data() == "王"
