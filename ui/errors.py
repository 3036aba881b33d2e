"""One presenter for every error the UI shows: translated, naming the field, details kept.

An `AppError` carries its English template and typed parameters (app/errors.py): a state is
its enum (an `OrderStatus`, a `ShipmentStatus`, a `CaseAction` ...), a moment a `datetime`.
`error_text` names each parameter in the reader's language by its type, so no screen needs
its own error-text helper and nothing is guessed from the message's words."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import AccountChanged, AppError
from ui.kit.format import local_time

log = logging.getLogger(__name__)


@cache
def _by_type() -> dict[type, Callable[[Any], str]]:
    """A typed parameter's words, by its type. Imported on the first error shown: the login
    window uses this module and must come up before the services (and SQLAlchemy) load."""
    from app.aftersales import CaseAction, CaseStatus, RefundStatus
    from app.service_desk import TicketStatus
    from app.shipments import LabelStatus, ShipmentStatus
    from app.states import OrderAction, OrderStatus
    from ui.aftersales.labels import action_name, case_status_label, refund_status_label
    from ui.i18n import label_status_label, shipment_status_label, status_label
    from ui.orders.labels import action_label
    from ui.service.labels import ticket_status_label

    return {
        OrderStatus: status_label,
        OrderAction: action_label,
        ShipmentStatus: shipment_status_label,
        LabelStatus: label_status_label,
        TicketStatus: ticket_status_label,
        CaseStatus: case_status_label,
        CaseAction: action_name,
        RefundStatus: refund_status_label,
    }


@cache
def _by_name() -> dict[str, Callable[[str], str]]:
    """Plain-text parameters whose words depend on their role: field names the services put
    in messages ({field} a key such as "amount", {label} an English label such as "Subject"),
    and a hold's reason (the review rules' own reason is a fixed key)."""
    from ui.aftersales.labels import field_name
    from ui.orders.labels import hold_reason_label
    from ui.service.labels import field_label

    return {"field": field_name, "label": field_label, "reason": hold_reason_label}


def format_local_time(moment: datetime) -> str:
    """Date and time in the workstation's time zone (the database keeps UTC)."""
    return local_time(moment)


def param_text(name: str, value: object) -> object:
    """One parameter of an error as the reader should see it."""
    if isinstance(value, datetime):
        return local_time(value)
    if value is None and name in ("time", "locked_until"):
        return "—"
    for kind, label in _by_type().items():
        if isinstance(value, kind):
            return label(value)
    by_name = _by_name().get(name)
    if by_name is not None and isinstance(value, str):
        return by_name(value)
    return value


def error_text(error: AppError, **overrides: object) -> str:
    """The error's message in the user's language, with its parameters filled in.

    `overrides` replace parameters the UI can say better (e.g. a field's label in the form)."""
    params = {name: param_text(name, value) for name, value in error.params.items()}
    params.update(overrides)
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
    caption = title or QCoreApplication.translate("errors", "Kuaidan")
    if isinstance(error, AppError):
        QMessageBox.warning(parent, caption, error_text(error))
    else:
        log.error("unexpected error", exc_info=error)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(caption)
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
