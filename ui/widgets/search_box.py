"""The one search box every tab uses: search-as-you-type after a short pause, at once on
Enter (a scanner types the code fast and ends with Enter), Ctrl+F from anywhere in the tab,
Esc clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """`search_requested(text)` fires DEBOUNCE_MS after the last key typed, or at once on
    Enter or when the box is emptied; never twice for the same keystroke."""

    # Short enough that the table answers within 150 ms of the last key with the query's
    # own 40-90 ms (20,000 orders: benchmarks/bench_search_latency.py); a scanner's keys, or
    # a typist's within a word, still make one query.
    DEBOUNCE_MS = 60
    search_requested = Signal(str)
    typing_paused = Signal(str)  # only the pause after typing (a look-up that lists, not opens)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._paused)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)
        self.returnPressed.connect(self.search_now)

    def _edited(self, text: str) -> None:
        if text:
            self._timer.start()

    def _changed(self, text: str) -> None:
        if not text:
            self.search_now()  # emptied (clear button, last key deleted, clear()): no wait

    def _paused(self) -> None:
        self.typing_paused.emit(self.text().strip())
        self.search_now()

    @property
    def pending(self) -> bool:
        """A search is waiting for the pause to end."""
        return self._timer.isActive()

    def search_now(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text().strip())

    def cancel_pending(self) -> None:
        """The caller searched by itself (a view chosen, a queue clicked): no second query."""
        self._timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()  # an emptied box searches at once: back to the whole list
            return
        super().keyPressEvent(event)

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def install_find_shortcut(self, host: QWidget, keys: str = "Ctrl+F") -> QAction:
        """Ctrl+F anywhere inside `host` (the tab) puts the cursor in this box."""
        action = QAction(host)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self.focus_and_select())
        host.addAction(action)
        return action
