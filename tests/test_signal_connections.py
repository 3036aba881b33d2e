"""Every signal connection in ui/ gives its slot only the arguments the slot is written for
(the import dialog's Next button once handed clicked's `checked` flag to `load_file` as the
column mapping). The check itself is in tests/signal_connections.py; the cases below prove
that it catches that bug and the other shapes a connection takes, and that PySide6 fills
slots the way the check assumes."""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QPushButton

from tests.signal_connections import Checker, Finding

ROOT = Path(__file__).resolve().parent.parent


def findings(source: str) -> list[Finding]:
    return Checker({"ui/snippet.py": textwrap.dedent(source)}).findings()


def test_no_connection_in_ui_fills_a_parameter_by_accident() -> None:
    checker = Checker.for_folder(ROOT)
    assert sum(1 for _ in checker.connections()) > 250  # the walk sees ui/'s connections
    problems = checker.findings()
    assert problems == [], "\n".join(map(str, problems))


# The import dialog as it was before the fix: Next handed `checked` (False) to `mapping`.
IMPORT_NEXT_BUG = """
    from typing import Any
    from PySide6.QtWidgets import QDialog, QPushButton, QWidget

    class ImportDialog(QDialog):
        def _file_page(self) -> QWidget:
            page = QWidget(self)
            self.next_button = QPushButton(self.tr("&Next ›"), page)
            self.next_button.setDefault(True)
            self.next_button.clicked.connect(self.load_file)
            return page

        def load_file(self, mapping: dict[str, Any] | None = None) -> None:
            ...
"""


def test_catches_the_import_dialogs_next_button() -> None:
    [problem] = findings(IMPORT_NEXT_BUG)
    assert problem.line == 10
    assert problem.connection == "self.next_button.clicked.connect(self.load_file)"
    assert "'mapping: dict[str, Any] | None'" in problem.problem
    assert "(bool)" in problem.problem
    # ... and the fix passes.
    fixed = IMPORT_NEXT_BUG.replace("connect(self.load_file)", "connect(lambda: self.load_file())")
    assert findings(fixed) == []


def _connect(line: str, *, extra: str = "") -> str:
    """A dialog with a button, a combo box, a table, an action and a shortcut; `line` is the
    connection, `extra` more methods."""
    return f"""
from functools import partial
import functools
from typing import Any
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QTableView


def module_slot(order_id: int | None = None) -> None: ...


class Panel(QDialog):
    picked = Signal(int)
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("x", self)
        self.combo = QComboBox(self)
        self.table = QTableView(self)
        self.action = QAction("x", self)
        self.shortcut = QShortcut(QKeySequence("F5"), self)
        {line}

    def reload(self) -> None: ...
    def load(self, path: str = "") -> None: ...
    def toggle(self, checked: bool) -> None: ...
    def show_row(self, index: int) -> None: ...
    def open_index(self, index: QModelIndex) -> None: ...
    def open_order(self, order_id: int, note: str = "") -> None: ...
    def refresh(self, *_args: Any) -> None: ...
    def quiet(self, _checked: bool = False, path: str = "") -> None: ...
{textwrap.indent(textwrap.dedent(extra), "    ")}
"""


@pytest.mark.parametrize(
    "line",
    [
        "self.button.clicked.connect(self.reload)",  # no parameter
        "self.button.clicked.connect(lambda: self.load())",
        "self.button.clicked.connect(self.toggle)",  # checked: bool is meant
        "self.action.triggered.connect(self.toggle)",
        "self.action.toggled.connect(self.toggle)",
        "self.button.clicked.connect(self.quiet)",  # _checked absorbs it
        "self.button.clicked.connect(self.refresh)",  # *args get nothing
        "self.button.clicked.connect(lambda checked: self.toggle(checked))",
        "self.button.clicked.connect(lambda _=False, p='x': self.load(p))",
        "self.combo.currentIndexChanged.connect(self.show_row)",
        "self.combo.activated.connect(self.show_row)",  # QComboBox.activated(int)
        "self.table.activated.connect(self.open_index)",  # QAbstractItemView.activated(index)
        "self.shortcut.activated.connect(self.load)",  # QShortcut.activated() sends nothing
        "self.button.clicked.connect(self.close)",  # a Qt slot
        "self.button.clicked.connect(self.closed.emit)",  # a signal without arguments
        "self.button.clicked.connect(self.closed)",
        "self.picked.connect(self.show_row)",
        "self.button.clicked.connect(partial(self.open_order, 7))",  # partial gets nothing
        "self.combo.currentIndexChanged.connect(functools.partial(self.toggle_index, 'a'))",
    ],
)
def test_connections_that_are_right(line: str) -> None:
    extra = "def toggle_index(self, name: str, index: int = 0) -> None: ..."
    assert findings(_connect(line, extra=extra)) == []


@pytest.mark.parametrize(
    ("line", "parameter"),
    [
        ("self.button.clicked.connect(self.load)", "path: str"),
        ("self.action.triggered.connect(self.load)", "path: str"),
        ("self.action.toggled.connect(self.show_row)", "index: int"),  # bool is not an index
        ("self.combo.currentIndexChanged.connect(self.load)", "path: str"),
        ("self.combo.activated.connect(self.open_index)", "index: QModelIndex"),
        ("self.table.activated.connect(self.show_row)", "index: int"),
        ("self.table.doubleClicked.connect(self.load)", "path: str"),
        ("self.button.clicked.connect(module_slot)", "order_id: int | None"),  # a function
        ("self.button.clicked.connect(lambda order_id=5: self.open_order(order_id))", "order_id"),
        ("self.combo.currentIndexChanged.connect(partial(self.open_order, 7))", "note: str"),
        ("self.picked.connect(self.load)", "path: str"),  # a project signal: Signal(int)
        ("self.button.clicked.connect(self.untyped)", "order_id"),
        ("self.button.clicked.connect(self.nested())", None),  # cannot see through a call
        ("self.button.clicked.connect(self.picked.emit)", None),  # emit(int) gets nothing
        ("self.button.clicked.connect(partial(self.open_order))", "order_id"),  # never filled
    ],
)
def test_connections_that_fill_a_parameter_by_accident(line: str, parameter: str | None) -> None:
    extra = """
        def untyped(self, order_id=None) -> None: ...
        def nested(self) -> Any:
            return self.load
    """
    [problem] = findings(_connect(line, extra=extra))
    assert problem.connection == line
    if parameter:
        assert f"'{parameter}" in problem.problem


def test_slots_chosen_in_a_loop_or_passed_in_are_followed() -> None:
    source = _connect(
        """for key, text, slot in (
            ("a", "A", self.reload),
            ("b", "B", self.load),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
        self.page([("c", self.toggle), ("d", self.load)])""",
        extra="""
        def page(self, actions: list[Any]) -> None:
            for text, slot in actions:
                QPushButton(text, self).clicked.connect(slot)
        """,
    )
    problems = findings(source)
    assert [(p.connection, "'path: str'" in p.problem) for p in problems] == [
        ("button.clicked.connect(slot)", True),
        ("QPushButton(text, self).clicked.connect(slot)", True),
    ]


def test_a_nested_function_and_a_local_widget() -> None:
    source = _connect(
        """combo = QComboBox(self)

        def chosen(order_no: str) -> None: ...

        combo.currentIndexChanged.connect(chosen)"""
    )
    [problem] = findings(source)
    assert "(int)" in problem.problem and "'order_no: str'" in problem.problem


# --- PySide6 fills slots the way the check assumes -----------------------------------------


def test_pyside_fills_slots_as_the_check_assumes(qtbot: Any) -> None:
    button, combo, action = QPushButton("x"), QComboBox(), QAction("x")
    qtbot.addWidget(button)
    qtbot.addWidget(combo)
    combo.addItems(["a", "b"])
    got: dict[str, Any] = {}

    def load(path: Any = "") -> None:
        got["default parameter"] = path

    def varargs(*args: Any) -> None:
        got["*args"] = args

    def partial_target(bound: str, rest: Any = "unfilled") -> None:
        got[f"partial {bound}"] = rest

    button.clicked.connect(load)
    button.clicked.connect(varargs)
    button.clicked.connect(lambda k="kind": got.__setitem__("lambda default", k))
    button.clicked.connect(functools.partial(partial_target, "clicked"))
    combo.currentIndexChanged.connect(functools.partial(partial_target, "combo"))
    action.triggered.connect(functools.partial(partial_target, "triggered"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    combo.setCurrentIndex(1)
    action.trigger()
    assert got == {
        "default parameter": False,  # the accident the check looks for
        "*args": (),
        "lambda default": False,  # `lambda k=kind:` is overwritten too
        "partial clicked": "unfilled",  # clicked has a no-argument form: a partial gets none
        "partial triggered": "unfilled",
        "partial combo": 1,  # currentIndexChanged has none: a partial gets the index
    }
