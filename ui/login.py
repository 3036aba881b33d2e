"""Login, first-run administrator and database-password dialogs."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import config as app_config
from app.errors import (
    AccountLocked,
    AppError,
    InvalidCredentials,
    PasswordExpired,
    PasswordReset,
)
from app.permissions import Actor
from ui.errors import error_text, show_error
from ui.i18n import LANGUAGE_NAMES, current_language, install_translators, resources_dir

if TYPE_CHECKING:
    from app.services import Services

# Nothing here imports the database layer: the login window shows before it is loaded (see
# ui/app.py), and gets its services once the database is open.


class Header(QWidget):
    """Logo, product name and a subtitle: the top of the login, first-run and lock screens."""

    def __init__(self, parent: QWidget, subtitle: str) -> None:
        super().__init__(parent)
        _fill_header(self, subtitle)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("LoginDialog", "Kuaidan 快单"))


def _header(parent: QWidget, subtitle: str) -> Header:
    return Header(parent, subtitle)


def _fill_header(box: Header, subtitle: str) -> None:
    layout = QVBoxLayout(box)
    logo = QLabel(box)
    pixmap = QPixmap(str(resources_dir() / "icons" / "kuaidan.png"))
    if not pixmap.isNull():
        logo.setPixmap(
            pixmap.scaled(
                64,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
    title = QLabel(QCoreApplication.translate("LoginDialog", "Kuaidan 快单"), box)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = title.font()
    font.setPointSize(font.pointSize() + 6)
    font.setBold(True)
    title.setFont(font)
    sub = QLabel(subtitle, box)
    sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
    sub.setWordWrap(True)
    layout.addWidget(logo)
    layout.addWidget(title)
    layout.addWidget(sub)
    box.title, box.subtitle = title, sub


class LoginDialog(QDialog):
    """Asks for user name and password; `actor` is set when the login succeeds.

    It may be shown before the database is open (`services` None): the user types meanwhile,
    and a login asked for before `set_services` runs when they arrive. The language switch
    retranslates the window at once and is remembered for this PC."""

    def __init__(
        self, services: Services | None, database_label: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self._login_waiting = False
        self._database_label = database_label
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.language = QComboBox(self)
        self.language.setObjectName("loginLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(lambda _i: self.change_language())
        top.addWidget(self.language)
        layout.addLayout(top)
        self.header = _header(self, "")
        layout.addWidget(self.header)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message)
        self.database = QLabel(self)
        self.database.setObjectName("database")
        self.database.setStyleSheet("color: gray;")
        self.database.setWordWrap(True)
        layout.addWidget(self.database)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — Kuaidan"))
        self.header.retranslate()
        self.header.set_subtitle(self.tr("Order-processing workstation"))
        self.language.setToolTip(self.tr("Language"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_database(self._database_label)

    def change_language(self) -> None:
        """Switch now (this window, and everything opened after it) and remember it."""
        code = str(self.language.currentData())
        if code == current_language():
            return
        install_translators(code)
        self.retranslate()  # now; Qt's LanguageChange event comes later, for other windows
        config = app_config.load_config()
        with contextlib.suppress(OSError):  # a read-only profile: still switch for now
            app_config.save_config(replace(config, language=code))
        self.message.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # After the button box has reset its standard buttons to Qt's own words.
            QTimer.singleShot(0, self, self.retranslate)  # not after the window is gone

    def _show_database(self, label: str) -> None:
        self._database_label = label
        self.database.setText(self.tr("Database: %1").replace("%1", label) if label else "")

    def set_services(self, services: Services) -> None:
        """The database is open: show which, and log in if the user already asked to."""
        self.services = services
        self._show_database(services.db.display_url)
        if self._login_waiting:
            self._login_waiting = False
            self.try_login()

    def try_login(self) -> None:
        if self.services is None:
            self._login_waiting = True
            return
        if not self.username.text().strip():
            self.message.setText(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        try:
            self.actor = self.services.auth.login(self.username.text(), self.password.text())
        except (InvalidCredentials, AccountLocked) as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except PasswordExpired as exc:
            # An expired password keeps the dialog's own words; an admin's reset says so.
            self._renew_password(error_text(exc) if isinstance(exc, PasswordReset) else None)
            return
        except AppError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _renew_password(self, reason: str | None) -> None:
        """The password was right but has expired or was reset by an administrator: a new
        one first, then the session."""
        from ui.accounts import ChangePasswordDialog

        assert self.services is not None
        dialog = ChangePasswordDialog(
            self.services, self.username.text().strip(), self,
            expired_password=self.password.text(), reason=reason,
        )  # fmt: skip
        self.password.clear()
        self.renew_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.accepted.connect(lambda: self._renewed(dialog))
        dialog.open()

    def _renewed(self, dialog: QDialog) -> None:
        self.actor = getattr(dialog, "actor", None)
        if self.actor is not None:
            self.accept()


class FirstRunDialog(QDialog):
    """The very first start: create the administrator account."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Kuaidan"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _header(
                self,
                self.tr(
                    "This database has no users yet. Create the administrator account; the "
                    "administrator then creates everyone else's."
                ),
            )
        )
        form = QFormLayout()
        self.username = QLineEdit("admin", self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.password, self.repeat):
            field.textChanged.connect(self.validate)

    def validate(self) -> bool:
        from app.auth import MIN_PASSWORD_LENGTH

        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self.message.setText(
                self.tr("The password needs at least %n characters.", "", MIN_PASSWORD_LENGTH)
            )
            return False
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return False
        self.message.clear()
        return True

    def create(self) -> None:
        if not self.validate():
            return
        try:
            self.actor = self.services.auth.create_first_admin(
                self.username.text(), self.password.text(), self.display_name.text()
            )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def ask_database_password(url: str, parent: QWidget | None = None) -> str | None:
    """Asked when the keyring has no password for a server database."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Database", "Database password"),
        QCoreApplication.translate("Database", "Password for %1:").replace("%1", url),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
