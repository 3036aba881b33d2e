"""The shared search box on its own (offscreen): one search after typing pauses, at once on
Enter, at once when emptied, Esc clears, Ctrl+F from anywhere in its tab."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.search_box import SearchBox


def _box(qtbot: QtBot) -> tuple[QWidget, SearchBox, QLineEdit, list[str], list[str]]:
    host = QWidget()
    qtbot.addWidget(host)
    box = SearchBox(host, "find")
    other = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addWidget(other)
    box.install_find_shortcut(host)
    searched: list[str] = []
    paused: list[str] = []
    box.search_requested.connect(searched.append)
    box.typing_paused.connect(paused.append)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    return host, box, other, searched, paused


def test_typing_searches_once_after_the_pause(qtbot: QtBot) -> None:
    _host, box, _other, searched, paused = _box(qtbot)
    box.setFocus()
    qtbot.keyClicks(box, "13800138000")
    last_key = time.perf_counter()
    assert searched == []  # not one search per key
    qtbot.waitUntil(lambda: bool(searched), timeout=1000)
    assert time.perf_counter() - last_key < 0.3  # 60 ms pause; wide: a busy machine's timers
    qtbot.wait(SearchBox.DEBOUNCE_MS * 2)
    assert searched == ["13800138000"] and paused == ["13800138000"]


def test_enter_searches_at_once_and_esc_clears(qtbot: QtBot) -> None:
    _host, box, _other, searched, paused = _box(qtbot)
    box.setFocus()
    qtbot.keyClicks(box, "SF1234567890")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert searched == ["SF1234567890"] and not box.pending and paused == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and searched[-1] == ""


def test_ctrl_f_anywhere_in_the_tab_selects_the_box(qtbot: QtBot) -> None:
    _host, box, other, _searched, _paused = _box(qtbot)
    box.setText("old")
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus() and box.selectedText() == "old"
