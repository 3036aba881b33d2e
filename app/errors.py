"""Typed errors. Each carries a stable code and parameters; the UI translates and shows them.

The `message` is English for logs and the command line; the GUI builds its own text from
`code` and `params` so that it can be translated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


class AppError(Exception):
    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(AppError):
    """Bad input. `field` names what is wrong so the form (or report) can point at it."""

    code = "validation"

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        super().__init__(message, field=field, **params)
        self.field = field


class NotFound(AppError):
    code = "not_found"


class PermissionDenied(AppError):
    code = "permission_denied"


class InvalidCredentials(AppError):
    """Unknown user and wrong password deliberately share this error and its message."""

    code = "invalid_credentials"


class AccountLocked(AppError):
    code = "account_locked"

    def __init__(self, message: str, locked_until: datetime) -> None:
        super().__init__(message, locked_until=locked_until)
        self.locked_until = locked_until


class ConcurrencyError(AppError):
    """Someone else changed the record first (optimistic lock) or a retry budget ran out."""

    code = "concurrency"


class ConflictError(AppError):
    """The action is not possible in the current state (e.g. the order is already shipped)."""

    code = "conflict"


class InsufficientStock(ConflictError):
    code = "insufficient_stock"


class ConfirmationRequired(AppError):
    """The action is destructive; the caller must repeat it with confirm=True."""

    code = "confirmation_required"


class DatabaseUnavailable(AppError):
    code = "database_unavailable"


class ConfigurationError(AppError):
    code = "configuration"
