"""A user's own password: changed from the Session menu (every role), or set anew at login
when the old one has expired."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.auth import MIN_PASSWORD_LENGTH
from app.errors import AppError, InvalidCredentials, ValidationError
from app.permissions import Actor
from ui.errors import error_text, show_error

if TYPE_CHECKING:
    from app.services import Services


class ChangePasswordDialog(QDialog):
    """Current password, new password twice. `expired_password`: at login, the current
    password was just typed (and is kept), and `reason` says why a new one is due (default:
    it expired); on success `actor` is the logged-in user."""

    def __init__(
        self,
        services: Services,
        username: str,
        parent: QWidget | None = None,
        *,
        actor: Actor | None = None,
        expired_password: str | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.username = username
        self.actor = actor
        self._expired_password = expired_password
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if reason is not None:
            self.intro.setText(reason)
        elif expired_password is not None:
            self.intro.setText(
                self.tr("The password of %1 has expired. Choose a new one to continue.").replace(
                    "%1", username
                )
            )
        else:
            self.intro.setText(self.tr("Change the password of %1.").replace("%1", username))
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.current = self._password_field("currentPassword")
        self.new = self._password_field("newPassword")
        self.repeat = self._password_field("repeatPassword")
        if expired_password is None:
            form.addRow(self.tr("&Current password:"), self.current)
        else:
            self.current.setText(expired_password)
            self.current.hide()
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat new password:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.ok_button.setObjectName("changePasswordOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self.submit())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(lambda _text: self.validate())
        self.validate()
        (self.new if expired_password is not None else self.current).setFocus()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def validate(self) -> bool:
        """Say what is missing as the user types; OK only when it may work."""
        problem = ""
        if not self.current.text():
            problem = self.tr("Enter your current password.")
        elif len(self.new.text()) < MIN_PASSWORD_LENGTH:
            problem = self.tr("The password needs at least %n characters.", "", MIN_PASSWORD_LENGTH)
        elif self.new.text() == self.current.text():
            problem = self.tr("The new password must differ from the current one.")
        elif self.new.text() != self.repeat.text():
            problem = self.tr("The two passwords differ.")
        self.message.setText(problem)
        self.ok_button.setEnabled(not problem)
        return not problem

    def submit(self) -> None:
        if not self.validate():
            return
        auth = self.services.auth
        try:
            if self._expired_password is not None:
                self.actor = auth.change_expired_password(
                    self.username, self.current.text(), self.new.text()
                )
            else:
                assert self.actor is not None
                auth.change_own_password(self.actor, self.current.text(), self.new.text())
        except (InvalidCredentials, ValidationError) as exc:
            self.message.setText(error_text(exc))
            (self.current if isinstance(exc, InvalidCredentials) else self.new).setFocus()
            return
        except AppError as exc:
            show_error(self, exc)
            self.reject()
            return
        self.accept()
