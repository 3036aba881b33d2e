"""One presenter for every error the UI shows: translated, naming the field, details kept."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import AccountChanged, AccountLocked, AppError
from ui.kit.format import local_time

log = logging.getLogger(__name__)


def format_local_time(moment: datetime) -> str:
    """Date and time in the workstation's time zone (the database keeps UTC)."""
    return local_time(moment)


def error_text(error: AppError, **overrides: object) -> str:
    """The error's message in the user's language, with its parameters filled in.

    `overrides` replace parameters the UI can say better (e.g. a field's translated label)."""
    params = {**error.params, **overrides}
    if isinstance(error, AccountLocked):
        params["locked_until"] = format_local_time(error.locked_until)
    template = QCoreApplication.translate("errors", error.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a typed error plainly, an unexpected one with its details (and log it)."""
    session = _session_window(parent) if isinstance(error, AccountChanged) else None
    if session is not None:
        if getattr(session, "session_ending", False):
            return  # said once; the other tabs' refusals meanwhile add nothing
        session.session_ending = True  # type: ignore[attr-defined]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Kuaidan"))
    if isinstance(error, AppError):
        box.setText(error_text(error))
    else:
        log.error("unexpected error", exc_info=error)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "errors",
                "Something went wrong that Kuaidan did not expect. Your data is safe; the "
                "action was not completed. Details are in the log.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
    if session is not None:
        # An administrator deactivated this user or changed their role: every further
        # action would be refused, so the window logs out (a new login gets the new role).
        session.log_out()  # type: ignore[attr-defined]


def _session_window(widget: QWidget | None) -> QWidget | None:
    """The main window `widget` belongs to (the one that can log out), if any."""
    while widget is not None:
        if callable(getattr(widget, "log_out", None)):
            return widget
        widget = widget.parentWidget()
    return None
