"""Idle auto-lock: after N minutes without keyboard or mouse input the window covers its
data until the user's password is entered again."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
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
    """Shown instead of the tabs while locked: laid out as the login window is (logo, name,
    who is locked, the password field, then the buttons), centred in the window."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from ui.login import Header  # the login's own header, so both screens look alike

        super().__init__(parent)
        self.setObjectName("lockPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(420)
        box = QVBoxLayout(card)
        self.header = Header(card, "")
        box.addWidget(self.header)
        self.title = self.header.subtitle  # "Locked — name"
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Enter your password to continue."), card)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.hint)
        form = QFormLayout()
        self.password = QLineEdit(card)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        form.addRow(self.tr("&Password:"), self.password)
        box.addLayout(form)
        self.message = QLabel(card)
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(lambda: self._unlock())
        self.logout_button = QPushButton(self.tr("Log &out"), card)
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.clicked.connect(lambda: self.logout_requested.emit())
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.logout_button)
        box.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, display_name: str) -> None:
        self.title.setText(self.tr("Locked — %1").replace("%1", display_name))
        self.message.clear()
        self.password.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())
        self.password.clear()
