"""Service desk: tickets (inquiry, complaint, feedback, after-sales) with priority, SLA due
time, assignee, status, messages, and reply templates with placeholders.

The SLA due time is fixed when the ticket is created (and when its priority changes):
created + the hours configured for the priority (`service.sla_hours.<priority>`). It applies
while the ticket is unresolved (new, open, waiting on customer).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.db import Database
from app.errors import ConflictError, NotFound, StateConflict, ValidationError
from app.numbering import daily_number
from app.permissions import MATRIX, Actor, Permission, requires
from app.settings import read_setting
from app.uow import UnitOfWork, read, transaction
from app.validation import labelled_text
from models import (
    Customer,
    LabelStatus,
    Order,
    ReplyTemplate,
    ReturnCase,
    Shipment,
    Ticket,
    TicketKind,
    TicketMessage,
    TicketPriority,
    TicketStatus,
    User,
    utcnow,
)

__all__ = [
    "DUE_SOON_FRACTION",
    "OPEN_STATUSES",
    "PLACEHOLDERS",
    "TRANSITIONS",
    "AssigneeOption",
    "ReplyTemplateInfo",
    "ServiceDeskService",
    "SlaState",
    "TicketCounts",
    "TicketDetail",
    "TicketFilter",
    "TicketKind",
    "TicketMessageRow",
    "TicketPage",
    "TicketPriority",
    "TicketRow",
    "TicketStatus",
    "can_move",
    "case_tickets",
    "customer_tickets",
    "next_statuses",
    "render_placeholders",
    "sla_due",
    "sla_state",
    "ticket_rows",
]

# The one table of legal ticket moves; the UI asks it which buttons to enable.
TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.NEW: frozenset({TicketStatus.OPEN}),
    TicketStatus.OPEN: frozenset({TicketStatus.WAITING_CUSTOMER, TicketStatus.RESOLVED}),
    # A customer who never answers: the agent may resolve without reopening first.
    TicketStatus.WAITING_CUSTOMER: frozenset({TicketStatus.OPEN, TicketStatus.RESOLVED}),
    TicketStatus.RESOLVED: frozenset({TicketStatus.CLOSED, TicketStatus.OPEN}),
    TicketStatus.CLOSED: frozenset(),
}
OPEN_STATUSES = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_CUSTOMER)
DUE_SOON_FRACTION = 0.25  # "due soon" when less than this share of the SLA window is left
SLA_SETTING = "service.sla_hours.{priority}"
PLACEHOLDERS = ("customer_name", "order_no", "tracking_no", "ticket_no", "agent_name")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
MAX_MESSAGE_LENGTH = 20_000


def can_move(current: TicketStatus, target: TicketStatus) -> bool:
    return target in TRANSITIONS[current]


def next_statuses(current: TicketStatus) -> tuple[TicketStatus, ...]:
    """Legal next statuses in the enum's order (stable button order in the UI)."""
    return tuple(s for s in TicketStatus if s in TRANSITIONS[current])


class SlaState(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NONE = "none"  # resolved, closed, or no due time


def sla_due(created_at: datetime, hours: int) -> datetime:
    return created_at + timedelta(hours=hours)


def sla_state(
    created_at: datetime, due_at: datetime | None, status: TicketStatus, now: datetime
) -> SlaState:
    if due_at is None or status not in OPEN_STATUSES:
        return SlaState.NONE
    if now >= due_at:
        return SlaState.OVERDUE
    window = (due_at - created_at).total_seconds()
    left = (due_at - now).total_seconds()
    if window <= 0 or left < window * DUE_SOON_FRACTION:
        return SlaState.DUE_SOON
    return SlaState.OK


def render_placeholders(body: str, values: dict[str, str]) -> str:
    """Fill {name} placeholders; a known one without a value becomes empty, an unknown one
    stays as typed so the agent sees it. Never raises on stray braces."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in PLACEHOLDERS:
            return values.get(name) or ""
        return match.group(0)

    return _PLACEHOLDER.sub(fill, body)


@dataclass(frozen=True)
class TicketRow:
    id: int
    ticket_no: str
    kind: TicketKind
    priority: TicketPriority
    status: TicketStatus
    category: str
    subject: str
    rating: int | None
    customer_id: int | None
    customer_name: str
    order_id: int | None
    order_no: str
    case_id: int | None
    case_no: str
    assignee_id: int | None
    assignee_name: str
    created_at: datetime
    sla_due_at: datetime | None
    resolved_at: datetime | None

    def sla_state(self, now: datetime) -> SlaState:
        return sla_state(self.created_at, self.sla_due_at, self.status, now)


@dataclass(frozen=True)
class TicketMessageRow:
    id: int
    author_id: int | None
    author_name: str
    body: str
    is_internal: bool
    created_at: datetime


@dataclass(frozen=True)
class TicketDetail:
    ticket: TicketRow
    messages: tuple[TicketMessageRow, ...]
    next_statuses: tuple[TicketStatus, ...]


@dataclass(frozen=True)
class TicketFilter:
    mine: bool = False
    overdue: bool = False
    priority: TicketPriority | None = None
    category: str | None = None
    status: TicketStatus | None = None  # overrides open_only
    kind: TicketKind | None = None
    customer_id: int | None = None
    open_only: bool = True


@dataclass(frozen=True)
class TicketPage:
    rows: tuple[TicketRow, ...]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True)
class TicketCounts:
    open: int
    overdue: int
    due_soon: int
    mine: int


@dataclass(frozen=True)
class ReplyTemplateInfo:
    id: int
    name: str
    category: str
    body: str


@dataclass(frozen=True)
class AssigneeOption:
    user_id: int
    name: str


def _user_label(display_name: str | None, username: str | None) -> str:
    return display_name or username or ""


def _ticket_query() -> Select[*tuple[Any, ...]]:
    assignee = aliased(User)
    return (
        select(
            Ticket,
            Customer.name,
            Order.order_no,
            ReturnCase.case_no,
            assignee.display_name,
            assignee.username,
        )
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
        .outerjoin(ReturnCase, ReturnCase.id == Ticket.case_id)
        .outerjoin(assignee, assignee.id == Ticket.assignee_id)
    )


def ticket_rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[TicketRow]:
    """Rows of a query built on `_ticket_query()` (also used by the customer screen)."""
    return [
        TicketRow(
            t.id, t.ticket_no, t.kind, t.priority, t.status, t.category, t.subject, t.rating,
            t.customer_id, customer_name or "", t.order_id, order_no or "", t.case_id,
            case_no or "", t.assignee_id, _user_label(display, username), t.created_at,
            t.sla_due_at, t.resolved_at,
        )
        for t, customer_name, order_no, case_no, display, username in session.execute(query)
    ]  # fmt: skip


def customer_tickets(session: Session, customer_id: int, limit: int = 100) -> list[TicketRow]:
    query = (
        _ticket_query()
        .where(Ticket.customer_id == customer_id)
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return ticket_rows(session, query)


def case_tickets(session: Session, case_id: int, limit: int = 100) -> list[TicketRow]:
    query = (
        _ticket_query()
        .where(Ticket.case_id == case_id)
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return ticket_rows(session, query)


def _check_template_body(body: str) -> None:
    unknown = sorted({m for m in _PLACEHOLDER.findall(body) if m not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            "Unknown placeholder {placeholder}; use {known}",
            field="body",
            placeholder="{" + unknown[0] + "}",
            known=", ".join("{" + p + "}" for p in PLACEHOLDERS),
        )


class ServiceDeskService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock  # tests pin the time to check SLA computations

    # -- helpers ------------------------------------------------------------------------

    def _ticket(self, uow: UnitOfWork, ticket_id: int, *, lock: bool = False) -> Ticket:
        ticket = uow.session.get(Ticket, ticket_id, with_for_update=lock)
        if ticket is None:
            raise NotFound("No ticket with id {ticket_id}", ticket_id=ticket_id)
        return ticket

    def _row(self, session: Session, ticket_id: int) -> TicketRow:
        return ticket_rows(session, _ticket_query().where(Ticket.id == ticket_id))[0]

    def _detail(self, session: Session, ticket_id: int) -> TicketDetail:
        session.flush()
        row = self._row(session, ticket_id)
        messages = session.execute(
            select(TicketMessage, User.display_name, User.username)
            .outerjoin(User, User.id == TicketMessage.author_id)
            .where(TicketMessage.ticket_id == ticket_id)
            .order_by(TicketMessage.created_at, TicketMessage.id)
        ).all()
        return TicketDetail(
            row,
            tuple(
                TicketMessageRow(
                    m.id, m.author_id, _user_label(d, u), m.body, m.is_internal, m.created_at
                )
                for m, d, u in messages
            ),
            next_statuses(row.status),
        )

    @staticmethod
    def _sla_hours(session: Session, priority: TicketPriority) -> int:
        return int(read_setting(session, SLA_SETTING.format(priority=priority.value)))

    @staticmethod
    def _check_assignee(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None or not user.is_active:
            raise ValidationError(
                "No active user with id {user_id}", field="assignee", user_id=user_id
            )
        if Permission.MANAGE_TICKETS not in MATRIX[user.role]:
            raise ValidationError(
                "{username} cannot work on tickets", field="assignee", username=user.username
            )
        return user

    @staticmethod
    def _check_rating(kind: TicketKind, rating: int | None) -> None:
        if rating is None:
            return
        if kind != TicketKind.FEEDBACK:
            raise ValidationError("Only feedback tickets carry a rating", field="rating")
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise ValidationError("The rating is 1 to 5", field="rating")

    def _add_message(
        self, uow: UnitOfWork, ticket: Ticket, body: str, internal: bool, now: datetime
    ) -> TicketMessage:
        text = labelled_text(body, "body", "Message", MAX_MESSAGE_LENGTH, required=True)
        message = TicketMessage(
            ticket_id=ticket.id,
            author_id=uow.actor.user_id if uow.actor else None,
            body=text,
            is_internal=internal,
            created_at=now,
        )
        uow.session.add(message)
        uow.session.flush()
        uow.audit(
            "ticket.message",
            "ticket",
            ticket.id,
            {"message_id": [None, message.id], "internal": [None, internal]},
        )
        return message

    @staticmethod
    def _move(uow: UnitOfWork, ticket: Ticket, target: TicketStatus, now: datetime) -> None:
        current = ticket.status
        if not can_move(current, target):
            raise StateConflict(
                "Ticket {ticket_no} is {status}; it cannot move to {target}",
                ticket_no=ticket.ticket_no,
                status=current,
                target=target,
            )
        ticket.status = target
        changes: dict[str, Any] = {"status": [current.value, target.value]}
        if target == TicketStatus.RESOLVED:
            changes["resolved_at"] = [ticket.resolved_at, now]
            ticket.resolved_at = now
        elif current == TicketStatus.RESOLVED and target == TicketStatus.OPEN:
            changes["resolved_at"] = [ticket.resolved_at, None]
            ticket.resolved_at = None
        uow.audit("ticket.status", "ticket", ticket.id, changes)

    # -- tickets ------------------------------------------------------------------------

    @requires(Permission.MANAGE_TICKETS)
    def create_ticket(
        self,
        actor: Actor,
        kind: TicketKind,
        priority: TicketPriority,
        subject: str,
        body: str = "",
        *,
        category: str = "",
        customer_id: int | None = None,
        order_id: int | None = None,
        rating: int | None = None,
        assignee_id: int | None = None,
    ) -> TicketDetail:
        """Log a ticket; the first message (what the customer said) is optional. The ticket is
        assigned to its creator unless `assignee_id` says otherwise."""
        kind, priority = TicketKind(kind), TicketPriority(priority)
        subject = labelled_text(subject, "subject", "Subject", 255, required=True)
        category = labelled_text(category, "category", "Category", 64, required=False)
        self._check_rating(kind, rating)
        now = self.clock()

        def work(uow: UnitOfWork) -> TicketDetail:
            session = uow.session
            linked_customer = customer_id
            if order_id is not None:
                order = session.get(Order, order_id)
                if order is None:
                    raise NotFound("No order with id {order_id}", order_id=order_id)
                if linked_customer is None:
                    linked_customer = order.customer_id
                elif order.customer_id not in (None, linked_customer):
                    raise ValidationError(
                        "Order {order_no} belongs to another customer",
                        field="order",
                        order_no=order.order_no,
                    )
            if linked_customer is not None and session.get(Customer, linked_customer) is None:
                raise NotFound("No customer with id {customer_id}", customer_id=linked_customer)
            assignee = actor.user_id if assignee_id is None else assignee_id
            self._check_assignee(session, assignee)
            due = sla_due(now, self._sla_hours(session, priority))
            ticket = Ticket(
                ticket_no=daily_number(session, "TK", now),
                kind=kind,
                priority=priority,
                status=TicketStatus.NEW,
                category=category,
                subject=subject,
                rating=rating,
                customer_id=linked_customer,
                order_id=order_id,
                assignee_id=assignee,
                created_by=actor.user_id,
                sla_due_at=due,
                created_at=now,
                updated_at=now,
            )
            session.add(ticket)
            try:
                session.flush()
            except IntegrityError as exc:  # e.g. a user deleted on another workstation
                raise ConflictError(
                    "The ticket could not be saved: {reason}", reason=str(exc.orig)
                ) from exc
            uow.audit(
                "ticket.create",
                "ticket",
                ticket.id,
                {
                    "ticket_no": [None, ticket.ticket_no],
                    "kind": [None, kind.value],
                    "priority": [None, priority.value],
                    "status": [None, TicketStatus.NEW.value],
                    "customer_id": [None, linked_customer],
                    "order_id": [None, order_id],
                    "assignee_id": [None, assignee],
                    "sla_due_at": [None, due],
                },
            )
            if body.strip():
                self._add_message(uow, ticket, body, False, now)
            return self._detail(session, ticket.id)

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def get_ticket(self, actor: Actor, ticket_id: int) -> TicketDetail:
        def work(uow: UnitOfWork) -> TicketDetail:
            self._ticket(uow, ticket_id)
            return self._detail(uow.session, ticket_id)

        return read(self.db, work)

    @requires(Permission.MANAGE_TICKETS)
    def change_status(self, actor: Actor, ticket_id: int, status: TicketStatus) -> TicketDetail:
        target = TicketStatus(status)

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            self._move(uow, ticket, target, self.clock())
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def set_priority(self, actor: Actor, ticket_id: int, priority: TicketPriority) -> TicketDetail:
        """A new priority moves the SLA due time: created + that priority's hours."""
        priority = TicketPriority(priority)

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            if ticket.priority != priority:
                due = sla_due(ticket.created_at, self._sla_hours(uow.session, priority))
                uow.audit(
                    "ticket.priority",
                    "ticket",
                    ticket.id,
                    {
                        "priority": [ticket.priority.value, priority.value],
                        "sla_due_at": [ticket.sla_due_at, due],
                    },
                )
                ticket.priority, ticket.sla_due_at = priority, due
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def assign(self, actor: Actor, ticket_id: int, user_id: int | None) -> TicketDetail:
        """Give the ticket to an agent (None: back to the shared queue)."""

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            if user_id is not None:
                self._check_assignee(uow.session, user_id)
            if ticket.assignee_id != user_id:
                uow.audit(
                    "ticket.assign",
                    "ticket",
                    ticket.id,
                    {"assignee_id": [ticket.assignee_id, user_id]},
                )
                ticket.assignee_id = user_id
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def add_message(
        self, actor: Actor, ticket_id: int, body: str, internal: bool = False
    ) -> TicketDetail:
        """A reply to the customer or an internal note. Replying to a new ticket opens it;
        a closed ticket takes no more messages."""

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            if ticket.status == TicketStatus.CLOSED:
                raise ConflictError(
                    "Ticket {ticket_no} is closed; open a new ticket", ticket_no=ticket.ticket_no
                )
            now = self.clock()
            self._add_message(uow, ticket, body, internal, now)
            if not internal and ticket.status == TicketStatus.NEW:
                self._move(uow, ticket, TicketStatus.OPEN, now)
            ticket.updated_at = now
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def set_rating(self, actor: Actor, ticket_id: int, rating: int | None) -> TicketDetail:
        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            self._check_rating(ticket.kind, rating)
            if ticket.rating != rating:
                uow.audit("ticket.rating", "ticket", ticket.id, {"rating": [ticket.rating, rating]})
                ticket.rating = rating
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def update_ticket(
        self,
        actor: Actor,
        ticket_id: int,
        *,
        subject: str | None = None,
        category: str | None = None,
    ) -> TicketDetail:
        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            changes: dict[str, list[Any]] = {}
            if subject is not None:
                new = labelled_text(subject, "subject", "Subject", 255, required=True)
                if new != ticket.subject:
                    changes["subject"] = [ticket.subject, new]
                    ticket.subject = new
            if category is not None:
                new = labelled_text(category, "category", "Category", 64, required=False)
                if new != ticket.category:
                    changes["category"] = [ticket.category, new]
                    ticket.category = new
            if changes:
                uow.audit("ticket.update", "ticket", ticket.id, changes)
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def link_order(self, actor: Actor, ticket_id: int, order_id: int | None) -> TicketDetail:
        """Link the ticket to an order (of its customer; an unlinked ticket takes the order's
        customer)."""

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            changes: dict[str, list[Any]] = {}
            if order_id is not None:
                order = uow.session.get(Order, order_id)
                if order is None:
                    raise NotFound("No order with id {order_id}", order_id=order_id)
                if ticket.customer_id is None and order.customer_id is not None:
                    changes["customer_id"] = [None, order.customer_id]
                    ticket.customer_id = order.customer_id
                elif order.customer_id not in (None, ticket.customer_id):
                    raise ValidationError(
                        "Order {order_no} belongs to another customer",
                        field="order",
                        order_no=order.order_no,
                    )
            if ticket.order_id != order_id:
                changes["order_id"] = [ticket.order_id, order_id]
                ticket.order_id = order_id
            if changes:
                uow.audit("ticket.link_order", "ticket", ticket.id, changes)
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CASES)
    def link_case(self, actor: Actor, ticket_id: int, case_id: int | None) -> TicketDetail:
        """Link the ticket to an after-sales case (售后单)."""

        def work(uow: UnitOfWork) -> TicketDetail:
            ticket = self._ticket(uow, ticket_id, lock=True)
            if case_id is not None:
                case = uow.session.get(ReturnCase, case_id)
                if case is None:
                    raise NotFound("No after-sales case with id {case_id}", case_id=case_id)
                if case.customer_id not in (None, ticket.customer_id) and ticket.customer_id:
                    raise ValidationError(
                        "Case {case_no} belongs to another customer",
                        field="case",
                        case_no=case.case_no,
                    )
            if ticket.case_id != case_id:
                uow.audit(
                    "ticket.link_case", "ticket", ticket.id, {"case_id": [ticket.case_id, case_id]}
                )
                ticket.case_id = case_id
            return self._detail(uow.session, ticket_id)

        return transaction(self.db, actor, work)

    # -- queue ---------------------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def queue(
        self,
        actor: Actor,
        filters: TicketFilter | None = None,
        page: int = 0,
        page_size: int = 100,
    ) -> TicketPage:
        """Tickets matching `filters`, the most urgent SLA first, one page at a time."""
        f = filters or TicketFilter()
        page, page_size = max(0, page), max(1, min(page_size, 500))
        now = self.clock()
        conditions: list[Any] = []
        if f.status is not None:
            conditions.append(Ticket.status == TicketStatus(f.status))
        elif f.open_only or f.overdue:
            conditions.append(Ticket.status.in_(OPEN_STATUSES))
        if f.overdue:
            conditions += [Ticket.status.in_(OPEN_STATUSES), Ticket.sla_due_at <= now]
        if f.mine:
            conditions.append(Ticket.assignee_id == actor.user_id)
        if f.priority is not None:
            conditions.append(Ticket.priority == TicketPriority(f.priority))
        if f.kind is not None:
            conditions.append(Ticket.kind == TicketKind(f.kind))
        if f.category:
            conditions.append(Ticket.category == f.category)
        if f.customer_id is not None:
            conditions.append(Ticket.customer_id == f.customer_id)

        def work(uow: UnitOfWork) -> TicketPage:
            total = uow.session.scalar(select(func.count(Ticket.id)).where(*conditions)) or 0
            query = (
                _ticket_query()
                .where(*conditions)
                .order_by(Ticket.sla_due_at.is_(None), Ticket.sla_due_at, Ticket.id)
                .offset(page * page_size)
                .limit(page_size)
            )
            return TicketPage(tuple(ticket_rows(uow.session, query)), total, page, page_size)

        return read(self.db, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def counts(self, actor: Actor) -> TicketCounts:
        """Open, overdue, due-soon and my open tickets (for the tab and the status bar)."""
        now = self.clock()

        def work(uow: UnitOfWork) -> TicketCounts:
            rows = uow.session.execute(
                select(Ticket.created_at, Ticket.sla_due_at, Ticket.status, Ticket.assignee_id)
                .where(Ticket.status.in_(OPEN_STATUSES))
            ).all()  # fmt: skip
            states = [sla_state(c, d, s, now) for c, d, s, _a in rows]
            return TicketCounts(
                open=len(rows),
                overdue=states.count(SlaState.OVERDUE),
                due_soon=states.count(SlaState.DUE_SOON),
                mine=sum(1 for *_x, a in rows if a == actor.user_id),
            )

        return read(self.db, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def categories(self, actor: Actor) -> list[str]:
        """Categories in use by reply templates and open tickets (for the filter and editor)."""

        def work(uow: UnitOfWork) -> list[str]:
            used = set(uow.session.scalars(select(ReplyTemplate.category).distinct()))
            used |= set(
                uow.session.scalars(
                    select(Ticket.category).where(Ticket.status.in_(OPEN_STATUSES)).distinct()
                )
            )
            return sorted(c for c in used if c)

        return read(self.db, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def assignable_users(self, actor: Actor) -> list[AssigneeOption]:
        roles = [role for role, perms in MATRIX.items() if Permission.MANAGE_TICKETS in perms]

        def work(uow: UnitOfWork) -> list[AssigneeOption]:
            users = uow.session.scalars(
                select(User)
                .where(User.is_active.is_(True), User.role.in_(roles))
                .order_by(User.username)
            )
            return [AssigneeOption(u.id, _user_label(u.display_name, u.username)) for u in users]

        return read(self.db, work)

    # -- reply templates -----------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def list_templates(self, actor: Actor) -> list[ReplyTemplateInfo]:
        def work(uow: UnitOfWork) -> list[ReplyTemplateInfo]:
            rows = uow.session.scalars(
                select(ReplyTemplate).order_by(ReplyTemplate.category, ReplyTemplate.name)
            )
            return [ReplyTemplateInfo(t.id, t.name, t.category, t.body) for t in rows]

        return read(self.db, work)

    def _save_template(
        self, actor: Actor, template_id: int | None, name: str, body: str, category: str
    ) -> ReplyTemplateInfo:
        name = labelled_text(name, "name", "Template name", 128, required=True)
        body = labelled_text(body, "body", "Template text", MAX_MESSAGE_LENGTH, required=True)
        category = labelled_text(category, "category", "Category", 64, required=False)
        _check_template_body(body)

        def work(uow: UnitOfWork) -> ReplyTemplateInfo:
            session = uow.session
            taken = select(ReplyTemplate.id).where(ReplyTemplate.name == name)
            if template_id is not None:
                taken = taken.where(ReplyTemplate.id != template_id)
            if session.scalar(taken) is not None:
                raise ValidationError("A template named {name} exists", field="name", name=name)
            if template_id is None:
                template = ReplyTemplate(name=name, body=body, category=category)
                session.add(template)
                before: dict[str, Any] = {}
                action = "template.create"
            else:
                found = session.get(ReplyTemplate, template_id, with_for_update=True)
                if found is None:
                    raise NotFound(
                        "No reply template with id {template_id}", template_id=template_id
                    )
                template = found
                before = {
                    "name": template.name,
                    "category": template.category,
                    "body": template.body,
                }
                template.name, template.body, template.category = name, body, category
                action = "template.update"
            try:
                session.flush()
            except IntegrityError as exc:  # saved under that name on another workstation
                raise ValidationError(
                    "A template named {name} exists", field="name", name=name
                ) from exc
            after = {"name": name, "category": category, "body": body}
            uow.audit(
                action,
                "reply_template",
                template.id,
                {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v},
            )
            return ReplyTemplateInfo(template.id, name, category, body)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_TICKETS)
    def create_template(
        self, actor: Actor, name: str, body: str, category: str = ""
    ) -> ReplyTemplateInfo:
        return self._save_template(actor, None, name, body, category)

    @requires(Permission.MANAGE_TICKETS)
    def update_template(
        self, actor: Actor, template_id: int, name: str, body: str, category: str = ""
    ) -> ReplyTemplateInfo:
        return self._save_template(actor, template_id, name, body, category)

    @requires(Permission.MANAGE_TICKETS)
    def delete_template(self, actor: Actor, template_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            template = uow.session.get(ReplyTemplate, template_id, with_for_update=True)
            if template is None:
                raise NotFound("No reply template with id {template_id}", template_id=template_id)
            uow.audit(
                "template.delete",
                "reply_template",
                template.id,
                {"name": [template.name, None], "body": [template.body, None]},
            )
            uow.session.delete(template)

        transaction(self.db, actor, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def render_template(self, actor: Actor, template_id: int, ticket_id: int) -> str:
        """The template's text for this ticket: {customer_name}, {order_no}, {tracking_no},
        {ticket_no}, {agent_name} filled in; what the ticket does not know stays empty."""

        def work(uow: UnitOfWork) -> str:
            session = uow.session
            template = session.get(ReplyTemplate, template_id)
            if template is None:
                raise NotFound("No reply template with id {template_id}", template_id=template_id)
            ticket = self._ticket(uow, ticket_id)
            values = {
                "ticket_no": ticket.ticket_no,
                "agent_name": actor.display_name or actor.username,
            }
            order = session.get(Order, ticket.order_id) if ticket.order_id else None
            customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
            if customer is not None:
                values["customer_name"] = customer.name
            elif order is not None:
                values["customer_name"] = order.recipient_name
            if order is not None:
                values["order_no"] = order.order_no
                values["tracking_no"] = (
                    session.scalar(
                        select(Shipment.tracking_no)
                        .where(
                            Shipment.order_id == order.id,
                            Shipment.label_status != LabelStatus.VOIDED,
                        )
                        .order_by(Shipment.created_at.desc(), Shipment.id.desc())
                        .limit(1)
                    )
                    or ""
                )
            return render_placeholders(template.body, values)

        return read(self.db, work)
