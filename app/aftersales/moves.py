"""A case's moves: locked, judged by the transition table, audited, and noted in the
history of every order the case touches (inside the caller's unit of work)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.aftersales.model import CaseAction, case_transition
from app.aftersales.queries import case_order_ids, check_id
from app.errors import ConflictError, NotFound, StateConflict
from app.orders import record_event
from app.permissions import Actor, check
from app.uow import UnitOfWork
from models import (
    Order,
    OrderStatus,
    ReturnCase,
    utcnow,
)


def lock_case(uow: UnitOfWork, case_id: object) -> ReturnCase:
    case = uow.session.get(ReturnCase, check_id(case_id, "after-sales case"), with_for_update=True)
    if case is None:
        raise NotFound("No after-sales case with id {case_id}", case_id=case_id)
    return case


def order_events(uow: UnitOfWork, case: ReturnCase, action: str, note: str = "") -> None:
    """The step in the history of every order the case touches (their state is unchanged)."""
    session = uow.session
    text = f"{case.case_no}: {note}" if note else case.case_no
    for order_id, status in session.execute(
        select(Order.id, Order.status).where(Order.id.in_(case_order_ids(session, case.id)))
    ):
        record_event(uow, order_id, action, OrderStatus(status), OrderStatus(status), text[:2000])


def refusal(case: ReturnCase, action: CaseAction) -> ConflictError:
    return StateConflict(
        "Case {case_no} is {status}; it cannot be {action}",
        case_no=case.case_no, status=case.status, action=action,
    )  # fmt: skip


def move_case(
    uow: UnitOfWork,
    case: ReturnCase,
    action: CaseAction,
    *,
    note: str = "",
    automatic: bool = False,
    changes: dict[str, Any] | None = None,
) -> None:
    """Apply one move of the table to a locked case (or refuse it), with audit and history."""
    move = case_transition(action, case.kind, case.status)
    if move is None:
        raise refusal(case, action)
    if not automatic:
        assert uow.actor is not None
        check(uow.actor, move.permission)
    before = case.status
    case.status = move.target
    case.updated_at = utcnow()
    recorded: dict[str, Any] = {"status": [before.value, move.target.value], **(changes or {})}
    if note:
        recorded["note"] = [None, note]
    uow.audit(f"case.{action.value}", "return_case", case.id, recorded)
    if before != move.target:
        order_events(uow, case, f"case_{action.value}", note)


def acting(uow: UnitOfWork) -> Actor:
    """The user a unit runs for: every after-sales step is someone's."""
    assert uow.actor is not None
    return uow.actor
