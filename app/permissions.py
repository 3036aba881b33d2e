"""Who may do what: one permission matrix, checked inside every service call.

The UI asks the same matrix which tabs and actions to show, but hiding a button is never
the check; `requires` on the service method is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Concatenate, ParamSpec, TypeVar

from app.errors import PermissionDenied
from models.enums import Role

__all__ = [
    "MATRIX",
    "OPERATOR_ID",
    "TABS",
    "Actor",
    "Permission",
    "Role",
    "acting_actor",
    "check",
    "least_privileged_role",
    "public",
    "requires",
    "requires_login",
    "visible_tabs",
]


class Permission(StrEnum):
    VIEW_ORDERS = "orders.view"
    EDIT_ORDERS = "orders.edit"
    REVIEW_ORDERS = "orders.review"
    CONFIRM_ORDERS = "orders.confirm"
    # Put an order on hold (and release it): also customer service, when a caller changes
    # the address or asks to wait.
    HOLD_ORDERS = "orders.hold"
    CANCEL_ORDERS = "orders.cancel"
    IMPORT_ORDERS = "orders.import"
    MANAGE_RULES = "orders.rules"
    # Money: record a payment, import a carrier's COD remittance (order clerks who check the
    # account, supervisors). Warehouse staff and analysts never record money.
    RECORD_PAYMENTS = "orders.payments"
    # Close an order by hand before its after-sales time runs out (supervisor).
    COMPLETE_ORDERS = "orders.complete"
    VIEW_INVENTORY = "inventory.view"
    MANAGE_STOCK = "inventory.manage"
    MANAGE_CATALOG = "inventory.catalog"
    REPAIR_STOCK = "inventory.repair"
    VIEW_LOGISTICS = "logistics.view"
    FULFIL = "logistics.fulfil"
    PRINT_DOCUMENTS = "logistics.print"
    MANAGE_CARRIERS = "logistics.carriers"
    UPDATE_TRACKING = "logistics.tracking"
    VIEW_CUSTOMERS = "service.view"
    EDIT_CUSTOMERS = "service.customers"  # profile, tags, blacklist, merge of duplicates
    MANAGE_TICKETS = "service.tickets"
    MANAGE_CASES = "service.cases"
    RECEIVE_RETURNS = "service.receive"
    REQUEST_REFUND = "service.refund_request"
    APPROVE_REFUND = "service.refund_approve"
    APPROVE_LARGE_REFUND = "service.refund_approve_large"
    VIEW_PII = "pii.view"  # full phone numbers and addresses on screen
    REVEAL_PII = "pii.reveal"  # reveal one record on demand, audited
    VIEW_REPORTS = "reports.view"
    EXPORT_DATA = "reports.export"
    VIEW_SETTINGS = "settings.view"
    MANAGE_SETTINGS = "settings.manage"
    MANAGE_USERS = "settings.users"
    VIEW_AUDIT = "settings.audit"
    CHECK_DATABASE = "settings.check_db"
    BACKUP_RESTORE = "settings.backup"


P = Permission
_ALL = frozenset(Permission)

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.SUPERVISOR: _ALL - {P.MANAGE_USERS, P.BACKUP_RESTORE},
    Role.REVIEWER: frozenset(
        {
            P.VIEW_ORDERS, P.EDIT_ORDERS, P.REVIEW_ORDERS, P.CONFIRM_ORDERS, P.CANCEL_ORDERS,
            P.IMPORT_ORDERS, P.VIEW_INVENTORY, P.VIEW_PII, P.HOLD_ORDERS, P.RECORD_PAYMENTS,
        }
    ),
    # Pickers, packers and shippers: stock and parcels. Labels carry the full address, but
    # the screens do not need it.
    Role.WAREHOUSE: frozenset(
        {
            P.VIEW_INVENTORY, P.MANAGE_STOCK, P.VIEW_LOGISTICS, P.FULFIL, P.PRINT_DOCUMENTS,
            P.UPDATE_TRACKING, P.RECEIVE_RETURNS,
        }
    ),
    Role.CUSTOMER_SERVICE: frozenset(
        {
            P.VIEW_ORDERS, P.VIEW_LOGISTICS, P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS,
            P.MANAGE_TICKETS, P.MANAGE_CASES, P.REQUEST_REFUND, P.APPROVE_REFUND, P.REVEAL_PII,
            P.HOLD_ORDERS,
        }
    ),
    Role.ANALYST: frozenset(
        {P.VIEW_ORDERS, P.VIEW_INVENTORY, P.VIEW_LOGISTICS, P.VIEW_REPORTS, P.EXPORT_DATA}
    ),
}  # fmt: skip

# Tab key → the permission that shows it, in the order the main window lays them out.
TABS: dict[str, Permission] = {
    "orders": P.VIEW_ORDERS,
    "inventory": P.VIEW_INVENTORY,
    "logistics": P.VIEW_LOGISTICS,
    "service": P.VIEW_CUSTOMERS,
    "reports": P.VIEW_REPORTS,
    "settings": P.VIEW_SETTINGS,
}


# The command line's operator (and benchmarks): no user row. Whoever runs a command already
# holds the database's credentials; user ids in the database start at 1.
OPERATOR_ID = 0


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service call runs. A session keeps it from its
    login; every unit of work checks it against the user's row (app/uow.py), so a role
    changed or an account deactivated since then is refused at the next action."""

    user_id: int
    username: str
    role: Role
    display_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in MATRIX[self.role]


def check(actor: Actor, permission: Permission) -> None:
    if not isinstance(actor, Actor) or not actor.can(permission):
        raise PermissionDenied(
            "{username} ({role}) may not do {permission}",
            username=getattr(actor, "username", "?"),
            role=str(getattr(actor, "role", "?")),
            permission=permission.value,
        )


# The actor of the service call running in this thread (or task), with the service's
# database, set by `requires` and `requires_login`: each unit of work opened inside the call
# on that database checks this actor's row.
_acting: ContextVar[tuple[Actor, object] | None] = ContextVar("kuaidan_acting_actor", default=None)


def acting_actor(database: object) -> Actor | None:
    """The actor of the guarded service call in progress on `database`, if any. A call that
    also works on another database (a backup's target, a migration's copy) acts there as
    nobody: the actor's account lives in the service's own database."""
    entry = _acting.get()
    if entry is None:
        return None
    actor, own = entry
    return actor if own is None or own is database else None


def least_privileged_role() -> Role:
    """The role a new account starts with: the one that may do the least (write nothing)."""
    return min(Role, key=lambda role: (len(MATRIX[role]), role.value))


def visible_tabs(role: Role) -> list[str]:
    return [tab for tab, permission in TABS.items() if permission in MATRIX[role]]


S = TypeVar("S")
Params = ParamSpec("Params")
R = TypeVar("R")


def requires(
    permission: Permission,
) -> Callable[
    [Callable[Concatenate[S, Actor, Params], R]], Callable[Concatenate[S, Actor, Params], R]
]:
    """Check `permission` for the actor (the first argument after self) before anything else."""

    def decorate(
        method: Callable[Concatenate[S, Actor, Params], R],
    ) -> Callable[Concatenate[S, Actor, Params], R]:
        @functools.wraps(method)
        def guarded(self: S, actor: Actor, /, *args: Params.args, **kwargs: Params.kwargs) -> R:
            check(actor, permission)
            token = _acting.set((actor, getattr(self, "db", None)))
            try:
                return method(self, actor, *args, **kwargs)
            finally:
                _acting.reset(token)

        guarded.required_permission = permission  # type: ignore[attr-defined]
        return guarded

    return decorate


def public(method: Callable[Params, R]) -> Callable[Params, R]:
    """Mark a service method that runs before anyone has logged in (login, first run)."""
    method.required_permission = None  # type: ignore[attr-defined]
    return method


def requires_login(
    method: Callable[Concatenate[S, Actor, Params], R],
) -> Callable[Concatenate[S, Actor, Params], R]:
    """Any logged-in user may call this (e.g. change their own password)."""

    @functools.wraps(method)
    def guarded(self: S, actor: Actor, /, *args: Params.args, **kwargs: Params.kwargs) -> R:
        if not isinstance(actor, Actor):
            raise PermissionDenied("Not logged in")
        token = _acting.set((actor, getattr(self, "db", None)))
        try:
            return method(self, actor, *args, **kwargs)
        finally:
            _acting.reset(token)

    guarded.required_permission = "login"  # type: ignore[attr-defined]
    return guarded
