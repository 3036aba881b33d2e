"""GUI start-up: application, translators, login window, database, first run, login loop,
main window.

The login window shows first and the database opens behind it once it has painted: loading
SQLAlchemy and the models, opening the database and checking its schema was most of the time
before the window could show (measured by benchmarks/bench_startup.py). The user types
meanwhile; a login asked for before the database is open runs as soon as it is."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import config as app_config
from app.errors import AppError
from app.permissions import Actor
from ui.errors import error_text
from ui.i18n import install_translators, resources_dir
from ui.login import FirstRunDialog, LoginDialog, ask_database_password

if TYPE_CHECKING:
    from app.services import Services
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Unexpected exceptions on the GUI thread: logged and shown with details, never lost."""
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Kuaidan")
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Something went wrong that Kuaidan did not expect. Your data is safe; the action "
            "was not completed. Details are in the log.",
        )
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def create_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Kuaidan")
    app.setOrganizationName("Kuaidan")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kuaidan.png")))
    if not install_translators(language):
        log.warning("no translation catalogue for %s; showing English", language)
    return app


def settle_heap() -> None:
    """Exempt what start-up built (Qt wrappers, SQLAlchemy's mappers, the open tabs) from the
    garbage collector's full passes: each walked every one of those objects, about 60 ms
    with the GUI thread held, at moments like a queue click or while a million order ids
    loaded (measured: 65 ms a pass before, 3 ms after)."""
    gc.collect()
    gc.freeze()


class DatabaseOpener(QObject):
    """Opens the database behind a shown login window, once the window has painted (or after
    a second at the latest); a database without users closes the window for the first-run
    dialog, an error closes it to be shown."""

    def __init__(self, dialog: LoginDialog, url: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.url = url
        self.services: Services | None = None
        self.error: AppError | None = None  # shown to the user
        self.failure: Exception | None = None  # unexpected: raised again after the window
        self.first_run = False
        self._started = False
        dialog.installEventFilter(self)
        QTimer.singleShot(1000, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start)  # after this paint has reached the screen
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self.dialog.removeEventFilter(self)
        from app.services import connect

        try:
            self.services = connect(self.url, password_prompt=ask_database_password)
            self.first_run = self.services.auth.needs_first_admin()
        except AppError as exc:
            self.error = exc
            self.dialog.reject()
            return
        except Exception as exc:
            self.failure = exc
            self.dialog.reject()
            return
        if self.first_run:
            self.dialog.reject()
        else:
            self.dialog.set_services(self.services)


def log_in(services: Services) -> Actor | None:
    """First run (create the admin) or the login dialog; None if the user gives up."""
    if services.auth.needs_first_admin():
        first = FirstRunDialog(services)
        accepted = first.exec() == QDialog.DialogCode.Accepted
        return first.actor if accepted else None
    dialog = LoginDialog(services, services.db.display_url)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def main_window(services: Services, actor: Actor) -> MainWindow:
    # The main window and its tabs (and the services they use) are imported only now: the
    # login window shows without them.
    from ui.main_window import MainWindow

    policy = services.settings.security_policy()
    return MainWindow(services, actor, policy.idle_lock_minutes)


def run_gui(url: str, language: str | None = None) -> int:
    config = app_config.load_config()
    app = create_application(language or config.effective_language())
    sys.excepthook = _excepthook
    dialog = LoginDialog(None, "")
    opener = DatabaseOpener(dialog, url)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if opener.failure is not None:
        raise opener.failure
    if opener.error is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("errors", "Cannot open the database"),
            error_text(opener.error),
        )
        return 2
    services = opener.services
    if services is None:
        return 0  # closed before the database was open
    actor = dialog.actor if accepted else None
    try:
        if actor is None and not opener.first_run:
            return 0
        while True:
            actor = actor or log_in(services)  # the first run, and after logging out
            if actor is None:
                return 0
            window = main_window(services, actor)
            actor = None
            window.tabs_built.connect(settle_heap)  # once every tab and its first pages exist
            window.show()
            app.exec()
            if not window.logged_out:
                return 0
            gc.unfreeze()  # the next user's window replaces this one: let it be collected
            window.deleteLater()
    finally:
        services.close()
