"""One presenter for every error the UI shows: translated, naming the field, details kept."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import AccountLocked, AppError
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
