"""The kit's paged table model (ui/kit/paged_model.py) with real Qt views: paging and its
cache, ids in two steps, sorting by a header click, every role, the error path, refreshing
changed rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.kit.paged_model import ID_ROLE, PagedColumn, PagedTableModel


@dataclass(frozen=True)
class Parcel:
    id: int
    name: str
    weight: int
    lost: bool = False


class Store:
    """The rows a screen would read from its service: a dict, with a log of every read."""

    def __init__(self, count: int) -> None:
        self.rows = {i: Parcel(i, f"parcel {i:04d}", (i * 37) % 101) for i in range(1, count + 1)}
        self.page_reads: list[list[int]] = []
        self.id_reads: list[int | None] = []
        self.broken = False

    def ids(self, sort: str, descending: bool, limit: int | None) -> list[int]:
        self.id_reads.append(limit)
        key: Callable[[Parcel], object] = (
            (lambda p: p.weight) if sort == "weight" else (lambda p: p.id)
        )  # fmt: skip
        ordered = [p.id for p in sorted(self.rows.values(), key=key, reverse=descending)]
        return ordered[:limit] if limit is not None else ordered

    def fetch(self, ids: list[int]) -> list[Parcel]:
        if self.broken:
            raise RuntimeError("database gone")
        self.page_reads.append(ids)
        return [self.rows[i] for i in reversed(ids) if i in self.rows]  # any order


class ParcelsModel(PagedTableModel[Parcel]):
    def __init__(self, store: Store) -> None:
        columns = [
            PagedColumn[Parcel]("Id", lambda p: str(p.id), sort="id", numeric=True),
            PagedColumn[Parcel](
                "Name",
                lambda p: p.name,
                tooltip=lambda p: "lost!" if p.lost else None,
                colour=lambda p: QColor("#c0392b") if p.lost else None,
                header_tip="A name",
            ),
            PagedColumn[Parcel]("Weight", lambda p: f"{p.weight} g", sort="weight", numeric=True),
        ]
        super().__init__(columns, "id", False)
        self.store = store

    def ids_fetcher(self, limit: int | None) -> Callable[[], Sequence[int]]:
        sort, descending = self.sort_key, self.descending
        return lambda: self.store.ids(sort, descending, limit)

    def fetch_rows(self, ids: list[int]) -> Sequence[Parcel]:
        return self.store.fetch(ids)


def _column(model: PagedTableModel[Parcel], column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _view(qtbot: QtBot, model: PagedTableModel[Parcel]) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _click_header(qtbot: QtBot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_paged_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ParcelsModel(Store(250))
    model.query()
    qtmodeltester.check(model)
    assert model.rowCount() == 250 and model.columnCount() == 3


def test_rows_load_a_page_at_a_time_and_the_cache_is_bounded() -> None:
    store = Store(1000)
    model = ParcelsModel(store)
    model.CACHE_PAGES = 3
    model.query()
    size = model.PAGE_SIZE
    assert model.index(size + 3, 0).data() == str(size + 4)
    assert model.index(size + 4, 1).data() == f"parcel {size + 5:04d}"
    assert store.page_reads == [list(range(size + 1, 2 * size + 1))]  # one page, once
    for page in range(5):
        model.index(page * size, 0).data()
    assert len(model._pages) == 3  # the least recently used pages went
    reads = len(store.page_reads)
    model.index(4 * size, 0).data()  # still cached
    assert len(store.page_reads) == reads
    model.index(0, 0).data()  # evicted: read again
    assert len(store.page_reads) == reads + 1
    assert model.index(0, 0).data(ID_ROLE) == 1
    model.index(999, 0).data(ID_ROLE)
    assert len(store.page_reads) == reads + 1  # the id role never loads a page


def test_a_big_list_shows_its_first_ids_and_the_rest_follow(qtbot: QtBot) -> None:
    store = Store(130)
    model = ParcelsModel(store)
    model.FIRST_IDS = 50
    changed: list[int] = []
    model.ids_changed.connect(lambda: changed.append(model.rowCount()))
    model.query()
    assert model.rowCount() == 50 and not model.complete
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.rowCount() == 130
    assert store.id_reads == [50, None]
    assert changed == [50, 130]
    assert model.ids == list(range(1, 131))


def test_a_header_click_sorts_in_the_query(qtbot: QtBot) -> None:
    store = Store(40)
    model = ParcelsModel(store)
    view = _view(qtbot, model)
    view.setSortingEnabled(True)  # the view sorts once: noted, nothing read yet
    assert store.id_reads == []
    model.query()
    _click_header(qtbot, view, 2)  # weight
    weights = [model.row_at(r).weight for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert weights == sorted(weights, reverse=model.descending) and model.sort_key == "weight"
    _click_header(qtbot, view, 2)  # again: the other way
    again = [model.row_at(r).weight for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert again == sorted(weights, reverse=model.descending) and again != weights
    reads = len(store.id_reads)
    _click_header(qtbot, view, 1)  # a column without a sort key: nothing happens
    assert len(store.id_reads) == reads and model.sort_key == "weight"

    requeried: list[str] = []
    model.requery = lambda: requeried.append(model.sort_key)  # a screen keeping its selection
    _click_header(qtbot, view, 0)
    assert requeried == ["id"] and len(store.id_reads) == reads


def test_every_role_is_answered_by_the_model() -> None:
    store = Store(3)
    store.rows[2] = Parcel(2, "parcel 0002", 7, lost=True)
    model = ParcelsModel(store)
    model.query()
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert model.headerData(1, horizontal, display) == "Name"
    assert model.headerData(1, horizontal, tip) == "A name"
    assert model.headerData(2, horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(0, vertical, display) is None
    assert model.headerData(9, horizontal, display) is None
    assert model.headerData(1, horizontal, Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, 2).data() == "7 g"
    assert model.index(1, 2).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) == left
    brush = model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == QColor("#c0392b")
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 1).data(tip) == "lost!"
    assert model.index(0, 1).data(tip) is None
    assert model.index(1, 0).data(ID_ROLE) == 2
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(7, 0)) is None  # no such row
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_a_failed_page_shows_empty_says_so_and_loads_on_the_next_paint() -> None:
    store = Store(5)
    model = ParcelsModel(store)
    model.query()
    failures: list[BaseException] = []
    model.load_failed.connect(failures.append)
    store.broken = True
    assert model.index(0, 1).data() is None  # data() never raises
    assert len(failures) == 1 and str(failures[0]) == "database gone"
    store.broken = False
    assert model.index(0, 1).data() == "parcel 0001"
    store.rows.pop(3)  # deleted meanwhile: its row shows empty
    model.forget_rows()
    assert model.index(2, 1).data() is None and model.index(3, 1).data() == "parcel 0004"

    store.broken = True
    failing = ParcelsModel(store)
    failing.ids_fetcher = lambda limit: lambda: store.fetch([1])  # type: ignore[method-assign,return-value]
    with pytest.raises(RuntimeError):
        failing.query()  # a failed query reaches the screen, which shows it


def test_refresh_rows_reloads_only_the_changed_rows(qtbot: QtBot) -> None:
    store = Store(250)
    model = ParcelsModel(store)
    model.query()
    for row in (0, 120, 240):
        model.index(row, 1).data()
    store.page_reads.clear()
    store.rows[121] = Parcel(121, "renamed", 1)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.refresh_rows([121, 9999]) == [120]
    assert changed.args[0].row() == 120 and changed.args[1].row() == 120
    assert model.index(120, 1).data() == "renamed"
    assert model.index(0, 1).data() == "parcel 0001" and model.index(240, 1).data()
    assert store.page_reads == [list(range(101, 201))]  # only the changed row's page

    model.remove_ids([2, 3])
    assert model.rowCount() == 248 and model.id_at(1) == 4
    assert model.ids_in_ranges([(3, 4), (0, 1), (4, 5)]) == [1, 4, 6, 7, 8]
    assert model.rows_of(range(100, 140)) == list(range(97, 137))


def test_add_entered_inserts_new_rows_where_the_sort_puts_them(qtbot: QtBot) -> None:
    store = Store(10)
    model = ParcelsModel(store)
    model.FIRST_IDS = 100
    model.query()
    store.rows.update({11: Parcel(11, "new", 3), 0: Parcel(0, "first", 2)})
    model.add_entered([0, 11, 5])
    qtbot.waitUntil(lambda: model.rowCount() == 12, timeout=5000)
    assert model.ids == list(range(0, 12))
    assert model.index(0, 1).data() == "first" and model.index(11, 1).data() == "new"
