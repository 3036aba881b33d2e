"""Typed errors. Each carries a stable code, an English message template with {named}
placeholders, and the parameters that fill it.

`str(error)` is the English text for logs and the command line. The GUI translates the
template (it is listed in ui/error_catalog.py, generated from app/ by installer/i18n.py) and
fills in the same parameters. So: write templates as plain string literals, never f-strings.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any


class AppError(Exception):
    code = "error"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template  # a template bug must never hide the error itself

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Whole across processes (the import's parser): template, parameters and the
        # subclass's own attributes, so the message is still translated on this side.
        return _restore_error, (type(self), dict(self.__dict__))


def _restore_error(cls: type[AppError], state: dict[str, Any]) -> AppError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error.message)
    return error


class ValidationError(AppError):
    """Bad input. `field` names what is wrong so the form (or report) can point at it."""

    code = "validation"

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        super().__init__(template, field=field, **params)
        self.field = field


class NotFound(AppError):
    code = "not_found"


class PermissionDenied(AppError):
    code = "permission_denied"


class AccountChanged(PermissionDenied):
    """The session's user was deactivated or given another role since logging in: the
    session must end (the UI logs out); the next login gets the new role."""

    code = "account_changed"


class PasswordExpired(AppError):
    """The password was right but is older than the expiry setting: set a new one first."""

    code = "password_expired"


class PasswordReset(PasswordExpired):
    """The password was right but an administrator set it: the user chooses their own."""

    code = "password_reset"


class InvalidCredentials(AppError):
    """Unknown user and wrong password deliberately share this error and its message."""

    code = "invalid_credentials"


class AccountLocked(AppError):
    code = "account_locked"

    def __init__(self, template: str, locked_until: datetime) -> None:
        super().__init__(template, locked_until=locked_until)
        self.locked_until = locked_until


class ConcurrencyError(AppError):
    """Someone else changed the record first (optimistic lock) or a retry budget ran out."""

    code = "concurrency"


class RecordBusy(ConcurrencyError):
    """Another workstation holds a lock on the record for longer than the lock timeout
    (`LOCK_TIMEOUT_MS` in app/db.py): nothing was changed, the user may try again.
    `kind` names what was busy ("order", or "record" when the lock is not known)."""

    code = "record_busy"


class ConflictError(AppError):
    """The action is not possible in the current state (e.g. the order is already shipped)."""

    code = "conflict"


class StateConflict(ConflictError):
    """Refused because of what state something is in. `status` is the typed state
    (OrderStatus, ShipmentStatus, CaseStatus, RefundStatus, TicketStatus, ...), and so are the
    other state-like parameters (`action`, `target`, `label_status`): the UI names each in
    the reader's language by its type, never by guessing from the message text."""

    def __init__(self, template: str, *, status: StrEnum, **params: Any) -> None:
        super().__init__(template, status=status, **params)
        self.status = status


class InsufficientStock(ConflictError):
    code = "insufficient_stock"


class ConfirmationRequired(AppError):
    """The action is destructive; the caller must repeat it with confirm=True."""

    code = "confirmation_required"


class DatabaseUnavailable(AppError):
    code = "database_unavailable"


class MaintenanceActive(AppError):
    """The shared database is being restored, or is a migration's unfinished copy: no
    workstation may write to it."""

    code = "maintenance"


class ConfigurationError(AppError):
    code = "configuration"
