"""Helpers for the desk-day acceptance tests (tests/test_desk_day.py): they drive the real
widgets as a user does, with mouse clicks and typed keys on visible widgets only.

Widgets are found by objectName or by the text the user reads (mnemonics and "…" ignored).
Each dialog the scenarios go through is handled by one function here (`answer_reason`,
`save_file_as`, ...), so a dialog that changes means one function to change.

The demo database is built once per machine and day into build/desk-day/cache (under a file
lock, so parallel sessions wait for one build) and copied for each scenario."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "desk-day"
CACHE = SHOTS / "cache"
SCREEN = (1366, 768)
W = TypeVar("W", bound=QWidget)


# -- the demo database ------------------------------------------------------------------------


def _demo_key() -> str:
    """Changes when the demo generator or the schema changes, and every day (the demo's
    dates are relative to today)."""
    digest = hashlib.sha256(date.today().isoformat().encode())
    for path in sorted([ROOT / "app" / "demo.py", *(ROOT / "migrations").rglob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_demo_database() -> Path:
    """The 20,000-order demo (`python main.py demo`), built once and reused."""
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"demo-{_demo_key()}.db"
    with open(CACHE / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another session building it: wait for it
        if not target.exists():
            for old in CACHE.glob("demo-*.db*"):
                old.unlink()
            partial = target.with_suffix(".building")
            partial.unlink(missing_ok=True)
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{partial}", "demo"],
                check=True, cwd=ROOT, capture_output=True,
                env={**os.environ, "KUAIDAN_DATA_DIR": str(CACHE / "data")},  # not the user's
            )  # fmt: skip
            os.replace(partial, target)
    return target


def copy_demo(source: Path, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kuaidan.db"
    shutil.copyfile(source, path)
    return f"sqlite:///{path}"


# -- finding widgets -------------------------------------------------------------------------


def plain(text: str) -> str:
    """What the user reads: no mnemonic ("&A" or "(&A)"), no trailing "…" or "›"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return text.strip().rstrip("…›").strip()


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def find(parent: QWidget, kind: type[W], name: str) -> W:
    """The visible child of `kind` called `name` (objectName; empty: any)."""
    children = parent.findChildren(kind, name) if name else parent.findChildren(kind)
    found = [w for w in children if w.isVisible()]
    assert found, f"no visible {kind.__name__} {name!r} in {parent.objectName() or parent}"
    return found[0]


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (or objectName) is `text`."""
    candidates = [
        b for b in parent.findChildren(QAbstractButton)
        if b.isVisible() and (plain(b.text()) == plain(text) or b.objectName() == text)
    ]  # fmt: skip
    seen = sorted({plain(b.text()) for b in parent.findChildren(QAbstractButton) if b.isVisible()})
    assert candidates, f"no visible button {text!r}; visible: {seen}"
    return candidates[0]


def top_dialog(kind: type[W] = QDialog, name: str = "") -> W | None:  # type: ignore[assignment]
    """The visible top-level dialog of `kind` (and objectName), the newest first."""
    for widget in reversed(QApplication.topLevelWidgets()):
        if isinstance(widget, kind) and widget.isVisible() and name in ("", widget.objectName()):
            return widget
    return None


def visible_text(parent: QWidget) -> str:
    """Every text the user can read in `parent`: labels, buttons, text panes, line edits."""
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

    parts: list[str] = []
    for widget in [parent, *parent.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def top_dialog_titled(title: str) -> QDialog | None:
    for widget in reversed(QApplication.topLevelWidgets()):
        if isinstance(widget, QDialog) and widget.isVisible() and widget.windowTitle() == title:
            return widget
    return None


def top_level(name: str) -> QWidget | None:
    """The visible top-level window called `name` (objectName)."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def table_texts(view: QAbstractItemView, column: int, rows: int = 200) -> list[str]:
    """What a table shows in `column` (the first `rows` rows)."""
    model = view.model()
    return [
        str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), rows))
    ]


def column_of(view: QAbstractItemView, header: str) -> int:
    model = view.model()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]
    assert header in headers, f"no column {header!r}: {headers}"
    return headers.index(header)


def row_of(view: QAbstractItemView, column: int, text: str) -> int:
    texts = table_texts(view, column, 5000)
    assert text in texts, f"{text!r} not shown in column {column}: {texts[:10]}"
    return texts.index(text)


# -- the desk ---------------------------------------------------------------------------------


def _depth(widget: QWidget) -> int:
    """How many windows own this one: owners are painted first, under what they opened."""
    depth = 0
    while widget.parentWidget() is not None:
        widget = widget.parentWidget()
        depth += 1
    return depth


class Desk:
    """One user's screen: the main window, the screenshots of each step, and the clicks."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.window: QWidget | None = None
        self.step = 0
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    # screenshots

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        """The screen as the user sees it: the main window with the open windows on top."""
        QApplication.processEvents()
        self.step += 1
        path = self.folder / f"{self.step:02d}-{name}.png"
        base = widget or self.window
        if base is None:
            base = QApplication.activeModalWidget() or top_dialog()
        assert base is not None
        picture = base.grab()
        if widget is None and self.window is not None:
            size = self.window.size()  # nothing may grow the window beyond the screen
            assert (size.width(), size.height()) == SCREEN, f"the window grew to {size}"
            picture = QPixmap(self.window.grab())
            painter = QPainter(picture)
            origin = self.window.geometry().topLeft()
            for top in sorted(QApplication.topLevelWidgets(), key=_depth):
                if top is self.window or not top.isVisible() or top.isFullScreen():
                    continue
                if not isinstance(top, QDialog) and top.parent() is None:
                    continue
                at = top.geometry().topLeft() - origin
                painter.drawPixmap(max(at.x(), 0), max(at.y(), 0), top.grab())
            painter.end()
        picture.save(str(path))
        return path

    # waiting

    def wait(self, condition: Callable[[], Any], timeout: int = 15_000, what: str = "") -> None:
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
        except AssertionError as exc:
            self.shot("timeout")
            raise AssertionError(f"waited {timeout} ms for {what or condition}") from exc

    def wait_for_dialog(self, kind: type[W] = QDialog, name: str = "") -> W:  # type: ignore[assignment]
        self.wait(lambda: top_dialog(kind, name), what=f"a {kind.__name__} {name}")
        dialog = top_dialog(kind, name)
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        return dialog

    def settle(self, ms: int = 50) -> None:
        self.qtbot.wait(ms)

    # mouse and keys

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
        assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def press(self, parent: QWidget, text: str) -> None:
        """Click the visible button labelled `text`."""
        self.click(button(parent, text))

    def type(self, field: QWidget, text: str, *, clear: bool = True, enter: bool = False) -> None:
        """Click into the field, select what is there, and type (a scanner adds Enter)."""
        self.click(field)
        if clear:
            self.qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(field, Qt.Key.Key_Delete)
        self.keys(field, text)
        if enter:
            self.qtbot.keyClick(field, Qt.Key.Key_Return)

    def keys(self, field: QWidget, text: str) -> None:
        """Typed text: ASCII as key presses; Chinese as an input method commits it (QTest's
        key clicks know Latin-1 only)."""
        for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if chunk.isascii():
                self.qtbot.keyClicks(field, chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QApplication.sendEvent(field, event)

    def key(
        self, widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(widget, key, modifier)

    def window_manager(self) -> None:
        """What a window manager does when a dialog closes and the offscreen platform does
        not: give the main window back the activation (else no widget has the focus)."""
        if QApplication.activeWindow() is None and self.window is not None:
            self.window.activateWindow()
            self.wait(lambda: QApplication.activeWindow() is not None, what="the window active")

    def open_tab(self, label: str) -> QWidget:
        """Click the main window's tab labelled `label`; returns the tab's page."""
        assert self.window is not None
        self.window_manager()
        tabs = self.window.findChild(QTabWidget, "mainTabs")
        labels = [tabs.tabText(i) for i in range(tabs.count())]
        assert label in labels, f"no tab {label!r}: {labels}"
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(labels.index(label)).center())
        self.wait(lambda: tabs.currentIndex() == labels.index(label))
        page = tabs.currentWidget()
        self.wait(lambda: page.layout().count() > 0, what="the tab to be built")
        tab = page.layout().itemAt(0).widget()
        proxy = tab.focusProxy()
        if proxy is not None:  # ready to type in the tab's search box
            self.wait(
                proxy.hasFocus,
                what=f"the focus in {proxy.objectName()}, not in {QApplication.focusWidget()} "
                f"of {QApplication.activeWindow()}",
            )
        return tab

    def click_tool(self, toolbar: QToolBar, text: str) -> None:
        """Click a toolbar button by its text; through the overflow menu (») if it is
        hidden there."""
        actions = [a for a in toolbar.actions() if a.isVisible() and plain(a.text()) == plain(text)]
        names = [plain(a.text()) for a in toolbar.actions() if a.isVisible() and a.text()]
        assert actions, f"no toolbar action {text!r}: {names}"
        action = actions[0]
        widget = toolbar.widgetForAction(action)
        assert widget is not None
        if not widget.isVisible():
            extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert extension is not None, f"{text!r} is hidden and there is no overflow"

            def choose(menu: QWidget) -> None:
                assert isinstance(menu, QMenu)
                self.shot("toolbar-overflow")
                self.click(menu, menu.actionGeometry(action).center())

            self.with_popup(lambda: self.click(extension), choose)
            return
        if isinstance(widget, QToolButton) and widget.popupMode() == (
            QToolButton.ToolButtonPopupMode.MenuButtonPopup
        ):  # the button part, not the menu arrow
            self.click(widget, QPoint(widget.width() // 3, widget.height() // 2))
        else:
            self.click(widget)

    def reveal(self, toolbar: QToolBar, widget: QWidget) -> None:
        """Open the toolbar's overflow (») when `widget` is hidden in it."""
        if widget.isVisible():
            return
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is not None and extension.isVisible(), f"{widget.objectName()} hidden"
        self.click(extension)
        self.wait(widget.isVisible, what=f"{widget.objectName()} in the toolbar overflow")

    def click_list_item(self, view: QListWidget, startswith: str) -> None:
        texts = [view.item(i).text() for i in range(view.count())]
        rows = [i for i, t in enumerate(texts) if t.startswith(startswith)]
        assert rows, f"no item {startswith!r}: {texts}"
        rect = view.visualItemRect(view.item(rows[0]))
        self.click(view.viewport(), rect.center())

    def open_page(self, tabs: QTabWidget, startswith: str) -> QWidget:
        """Click the tab of an inner tab widget whose label starts with `startswith`."""
        labels = [tabs.tabText(i) for i in range(tabs.count())]
        found = [i for i, t in enumerate(labels) if plain(t).startswith(startswith)]
        assert found, f"no tab {startswith!r}: {labels}"
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(found[0]).center())
        self.wait(lambda: tabs.currentIndex() == found[0])
        return tabs.currentWidget()

    def choose(self, combo: QComboBox, startswith: str, *, stays: bool = True) -> None:
        """Open the drop-down and pick the entry whose text starts with `startswith` (or,
        failing that, contains it). `stays`: the combo keeps showing it (a picker that acts
        and resets does not)."""
        texts = [combo.itemText(i) for i in range(combo.count())]
        found = [i for i, t in enumerate(texts) if t.startswith(startswith)] or [
            i for i, t in enumerate(texts) if startswith in t
        ]
        assert found, f"no entry {startswith!r}: {texts}"
        self.click(combo)
        view = combo.view()
        self.wait(view.isVisible, what="the drop-down list")
        # Arrow keys and Enter in the open list: Qt ignores a click released this soon
        # after the list opened (it takes it for the end of the click that opened it).
        self.settle(20)
        step = Qt.Key.Key_Down if found[0] > combo.currentIndex() else Qt.Key.Key_Up
        for _ in range(abs(found[0] - combo.currentIndex())):
            self.qtbot.keyClick(view, step)
        self.qtbot.keyClick(view, Qt.Key.Key_Return)
        self.wait(lambda: not view.isVisible(), what="the drop-down to close")
        if stays:
            assert combo.currentIndex() == found[0], (combo.currentText(), startswith)

    def click_cell(self, view: QAbstractItemView, row: int, column: int = 0, *,
                   double: bool = False) -> None:  # fmt: skip
        index = view.model().index(row, column)
        view.scrollTo(index)
        rect = view.visualRect(index)
        assert rect.isValid() and not rect.isEmpty(), f"row {row} is not on screen"
        self.click(view.viewport(), rect.center())
        if double:
            self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # modal dialogs and popup menus

    def with_popup(
        self, trigger: Callable[[], None], answer: Callable[[QWidget], None], timeout: int = 15_000
    ) -> None:
        """As `with_modal`, for a popup menu that runs its own event loop."""
        self.with_modal(trigger, answer, timeout, QApplication.activePopupWidget)

    def with_modal(
        self,
        trigger: Callable[[], None],
        answer: Callable[[QWidget], None],
        timeout: int = 15_000,
        active: Callable[[], QWidget | None] = QApplication.activeModalWidget,
    ) -> None:
        """Run `trigger` (a click that opens a modal dialog and waits in it) and answer the
        dialog with `answer(dialog)` from inside its event loop. A failed answer closes the
        dialog so the test reports it instead of hanging."""
        before = active()
        errors: list[BaseException] = []
        started = time.monotonic()
        answered = [False]

        def poll() -> None:
            dialog = active()
            if dialog is not None and dialog is not before and dialog.isVisible():
                answered[0] = True
                try:
                    self.qtbot.waitExposed(dialog)
                    answer(dialog)
                except BaseException as exc:  # reported after the dialog is gone
                    errors.append(exc)
                    with contextlib.suppress(Exception):
                        self.shot("failed-dialog")
                    if dialog.isVisible() and isinstance(dialog, QDialog):
                        dialog.reject()
                    elif dialog.isVisible():
                        dialog.close()
                return
            if time.monotonic() - started < timeout / 1000:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        trigger()
        self.wait(lambda: answered[0], timeout=timeout, what="a modal dialog")
        if errors:
            raise errors[0]
        self.window_manager()


# -- the dialogs the scenarios answer (one function each) ---------------------------------------


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    if isinstance(dialog, QMessageBox):
        found = dialog.button(QMessageBox.StandardButton(which.value))
        assert found is not None, f"no {which} in {dialog.text()}"
        return found
    for box in dialog.findChildren(QDialogButtonBox):
        found = box.button(which)
        if found is not None and found.isVisible():
            return found
    raise AssertionError(f"no {which} button in {dialog.windowTitle()}")


def answer_carrier(desk: Desk, carrier: str) -> Callable[[QWidget], None]:
    """The carrier question (assign carrier, or confirm): the carrier's row in the list of
    carriers with price and delivery time, or its entry in a plain drop-down; then OK."""

    def answer(dialog: QWidget) -> None:
        desk.shot("asked")
        choices = [t for t in dialog.findChildren(QAbstractItemView) if t.isVisible()]
        if isinstance(dialog, QInputDialog):
            desk.choose(find(dialog, QComboBox, ""), carrier)
        else:
            table = choices[0]
            names = table_texts(table, 0)
            rows = [i for i, name in enumerate(names) if carrier in name]
            assert rows, f"no carrier {carrier!r}: {names}"
            desk.click_cell(table, rows[0])
        desk.shot("chosen")
        desk.click(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    return answer


def answer_reason(desk: Desk, preset: str, details: str) -> Callable[[QWidget], None]:
    """The return-for-correction question: a preset reason and the details (or, asked for a
    line of text, both in it), then OK."""

    def answer(dialog: QWidget) -> None:
        desk.shot("asked")
        presets = [c for c in dialog.findChildren(QComboBox) if c.isVisible()]
        if isinstance(dialog, QInputDialog) or not presets:
            desk.type(find(dialog, QLineEdit, ""), f"{preset}：{details}")
        else:
            desk.choose(presets[0], preset)
            desk.type(find(dialog, QLineEdit, ""), details)
        desk.shot("answered")
        desk.click(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    return answer


def answer_yes(desk: Desk, expect: str = "") -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        assert expect in dialog.text(), dialog.text()
        desk.shot("question")
        desk.click(dialog_button(dialog, QDialogButtonBox.StandardButton.Yes))

    return answer


def answer_ok(desk: Desk, expect: str = "") -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        assert expect in dialog.text(), dialog.text()
        desk.shot("message")
        desk.click(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    return answer


def save_file_as(desk: Desk, path: Path) -> Callable[[QWidget], None]:
    """Qt's own save dialog: type the full path into the file name and press Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog)
        desk.shot("save-as")
        field = find(dialog, QLineEdit, "fileNameEdit")
        desk.type(field, str(path), enter=True)

    return answer


@contextlib.contextmanager
def timed(record: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    record[name] = time.perf_counter() - started


# -- logging in -------------------------------------------------------------------------------


def log_in(desk: Desk, services: Any, username: str, password: str) -> QWidget:
    """The login window as the user meets it (focus in the user name), then the main window at
    the desk's screen size, with every tab built."""
    from ui.app import main_window
    from ui.login import LoginDialog

    dialog = LoginDialog(services, services.db.display_url)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    desk.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    user_field = find(dialog, QLineEdit, "username")
    desk.wait(user_field.hasFocus, what="the focus in the user name")
    desk.qtbot.keyClicks(user_field, username)
    desk.qtbot.keyClick(user_field, Qt.Key.Key_Tab)
    password_field = find(dialog, QLineEdit, "password")
    assert password_field.hasFocus()
    desk.qtbot.keyClicks(password_field, password)
    desk.shot("login", dialog)
    desk.qtbot.keyClick(password_field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, find(dialog, QWidget, "message")
    actor = dialog.actor
    assert actor is not None and actor.username == username
    window = main_window(services, actor)
    desk.qtbot.addWidget(window)
    built: list[bool] = []
    window.tabs_built.connect(lambda: built.append(True))
    window.resize(*SCREEN)
    window.show()
    desk.qtbot.waitExposed(window)
    window.activateWindow()
    desk.window = window
    desk.wait(lambda: built, what="every tab built")
    # The keys go to the first tab's search box at once: the user types after logging in.
    first = window.findChild(QTabWidget, "mainTabs").currentWidget()
    proxy = first.layout().itemAt(0).widget().focusProxy()
    if proxy is not None:
        desk.wait(proxy.hasFocus, what=f"the focus in {proxy.objectName()} after login")
    return window
