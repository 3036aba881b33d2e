"""Say what an action did: one non-modal message ("toast") per window that stays long enough
to read, then goes away by itself. Tabs call `notify(self, text)` after a successful action
instead of a modal box the user must click away, or a status label that is overwritten at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

# Long enough to read a sentence; longer texts stay longer (about 15 characters a second).
MIN_MS = 4500
MAX_MS = 12000

_STYLE = {
    False: "background:#323232;color:white;border-radius:6px;padding:8px 14px;",
    True: "background:#b3261e;color:white;border-radius:6px;padding:8px 14px;",
}


def visible_ms(text: str) -> int:
    return max(MIN_MS, min(MAX_MS, 2000 + 70 * len(text)))


class Toast(QLabel):
    """A label floating over the bottom of its window, above the status bar."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("feedbackToast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()
        window.installEventFilter(self)  # follow the window when it is resized

    def say(self, text: str, *, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(_STYLE[error])
        self._place()
        self.show()
        self.raise_()
        self.timer.start(visible_ms(text))

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(max(window.width() // 2, 320), max(window.width() - 40, 200))
        self.setFixedWidth(width)
        self.adjustSize()
        bottom = window.height() - 16
        if isinstance(window, QMainWindow) and window.statusBar().isVisible():
            bottom -= window.statusBar().height()
        self.move((window.width() - self.width()) // 2, bottom - self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)


def toast_for(widget: QWidget) -> Toast:
    window = widget.window()
    toast = window.findChild(Toast, "feedbackToast")
    if toast is None or toast.parentWidget() is not window:
        toast = Toast(window)
    return toast


def notify(widget: QWidget, text: str, *, error: bool = False) -> None:
    """Show `text` over `widget`'s window for a few seconds, without blocking anyone. Not
    QStatusBar.showMessage: that hides the user, database and alert labels meanwhile."""
    toast_for(widget).say(text, error=error)


def last_message(widget: QWidget) -> str:
    """The text of the window's message while it shows (tests, and screen readers)."""
    toast = widget.window().findChild(Toast, "feedbackToast")
    return toast.text() if toast is not None and toast.isVisible() else ""
