"""Idle auto-lock: after N minutes without keyboard or mouse input the window covers its
data until the user's password is entered again."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Application-wide event filter that emits `idle` once the limit passes."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_s = minutes * 60
        self.last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)
        if minutes > 0:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if self.limit_s > 0 and time.monotonic() - self.last_input >= self.limit_s:
            self.last_input = time.monotonic()
            self.idle.emit()


class LockPage(QWidget):
    """Shown instead of the tabs while locked."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        self.title.setFont(font)
        outer.addWidget(self.title)
        outer.addWidget(QLabel(self.tr("Enter your password to continue."), self))
        row = QHBoxLayout()
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        unlock = QPushButton(self.tr("&Unlock"), self)
        unlock.clicked.connect(self._unlock)
        logout = QPushButton(self.tr("Log &out"), self)
        logout.clicked.connect(self.logout_requested.emit)
        row.addWidget(self.password)
        row.addWidget(unlock)
        row.addWidget(logout)
        outer.addLayout(row)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        outer.addWidget(self.message)
        outer.addStretch(2)
        for child in (self.title, self.message):
            child.setWordWrap(True)

    def prepare(self, display_name: str) -> None:
        self.title.setText(self.tr("Locked — %1").replace("%1", display_name))
        self.message.clear()
        self.password.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())
        self.password.clear()
