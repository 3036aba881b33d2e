"""Abnormal-order monitoring (异常监控) and the exception center's services.

A *rule* says, in one SQL query, which objects are abnormal right now (orders waiting too long,
approved orders the stock cannot fill, parcels that stopped moving...). A *scan* runs every
switched-on rule set-wise: one INSERT ... SELECT opens a finding for each new abnormal object,
one UPDATE closes the findings whose object is no longer abnormal (self-closing). Nothing is
loaded row by row, so a scan stays cheap on a million orders.

A finding is `open` until someone marks it `handled` (with a note) or its cause goes away
(`closed`). The center's counts read only the findings table through its (state, kind) index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    cast,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.db import Database
from app.errors import NotFound, PermissionDenied, ValidationError
from app.permissions import Actor, Permission, Role, requires, requires_login
from app.settings import read_setting
from app.shipments import ShipmentException, exception_condition, stale_rule
from app.stock_plan import StockPlan, create_plan_transfers, plan_for_order
from app.uow import UnitOfWork, read, transaction
from models import (
    CaseStatus,
    ExceptionFinding,
    Notification,
    Order,
    OrderEvent,
    OrderLine,
    OrderStatus,
    ReturnCase,
    Shipment,
    StockLevel,
    Ticket,
    TicketStatus,
    User,
)
from models.types import UTCDateTime, utcnow

log = logging.getLogger(__name__)

MAX_NOTE = 500
PAGE_LIMIT = 500


class Kind(StrEnum):
    PENDING_REVIEW = "pending_review"  # 待审核超时
    UNCONFIRMED = "unconfirmed"  # approved, not confirmed in time
    NOT_SHIPPED = "not_shipped"  # past the ship-by promise
    UNPAID = "unpaid"
    OUT_OF_STOCK = "out_of_stock"  # approved; the stock cannot fill a line
    PAYMENT_MISMATCH = "payment_mismatch"
    TICKET_OVERDUE = "ticket_overdue"
    CASE_OVERDUE = "case_overdue"
    NO_MOVEMENT = "no_movement"  # shipped, no tracking movement (per carrier)
    PARCEL_LOST = "parcel_lost"
    PARCEL_DAMAGED = "parcel_damaged"
    PARCEL_RETURNED = "parcel_returned"
    ADDRESS_PROBLEM = "address_problem"
    PARCEL_DELAYED = "parcel_delayed"  # any other carrier exception (滞留, 问题件)


class Severity(StrEnum):
    WARNING = "warning"
    CRITICAL = "critical"


class State(StrEnum):
    OPEN = "open"
    HANDLED = "handled"
    CLOSED = "closed"


# Which object each kind points at, and how bad it is.
OBJECT_TYPE: dict[Kind, str] = {
    **{k: "order" for k in (Kind.PENDING_REVIEW, Kind.UNCONFIRMED, Kind.NOT_SHIPPED,
                            Kind.UNPAID, Kind.OUT_OF_STOCK, Kind.PAYMENT_MISMATCH)},
    Kind.TICKET_OVERDUE: "ticket",
    Kind.CASE_OVERDUE: "case",
    **{k: "parcel" for k in (Kind.NO_MOVEMENT, Kind.PARCEL_LOST, Kind.PARCEL_DAMAGED,
                             Kind.PARCEL_RETURNED, Kind.ADDRESS_PROBLEM, Kind.PARCEL_DELAYED)},
}  # fmt: skip
SEVERITY: dict[Kind, Severity] = {
    kind: Severity.CRITICAL
    if kind
    in (Kind.NOT_SHIPPED, Kind.PAYMENT_MISMATCH, Kind.PARCEL_LOST, Kind.PARCEL_DAMAGED,
        Kind.ADDRESS_PROBLEM, Kind.TICKET_OVERDUE)
    else Severity.WARNING
    for kind in Kind
}  # fmt: skip
PARCEL_KINDS: dict[Kind, ShipmentException] = {
    Kind.NO_MOVEMENT: ShipmentException.STALE,
    Kind.PARCEL_LOST: ShipmentException.LOST,
    Kind.PARCEL_DAMAGED: ShipmentException.DAMAGED,
    Kind.PARCEL_RETURNED: ShipmentException.RETURNED,
    Kind.ADDRESS_PROBLEM: ShipmentException.ADDRESS_PROBLEM,
    Kind.PARCEL_DELAYED: ShipmentException.PROBLEM,
}
_ORDER_DESK = (Kind.PENDING_REVIEW, Kind.UNCONFIRMED, Kind.UNPAID, Kind.OUT_OF_STOCK,
               Kind.PAYMENT_MISMATCH)  # fmt: skip
_LOGISTICS = tuple(PARCEL_KINDS)
# The kinds each role sees and acts on (the supervisor and the admin: all of them).
ROLE_KINDS: dict[Role, frozenset[Kind]] = {
    Role.ADMIN: frozenset(Kind),
    Role.SUPERVISOR: frozenset(Kind),
    Role.REVIEWER: frozenset(_ORDER_DESK),
    Role.WAREHOUSE: frozenset((Kind.NOT_SHIPPED, Kind.OUT_OF_STOCK, *_LOGISTICS)),
    Role.CUSTOMER_SERVICE: frozenset((Kind.TICKET_OVERDUE, Kind.CASE_OVERDUE, *_LOGISTICS)),
    Role.ANALYST: frozenset(Kind),  # sees everything, acts on nothing
}
ACTING_ROLES = frozenset(Role) - {Role.ANALYST}
ASSIGNING_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})

# Orders that have not been paid for yet, and those that should be by now.
_PAID_STATES = (OrderStatus.PENDING_REVIEW, OrderStatus.NEEDS_CORRECTION, OrderStatus.APPROVED,
                OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED)  # fmt: skip
_TO_SHIP = (OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED)
_TICKET_OPEN = (TicketStatus.NEW, TicketStatus.OPEN)  # waiting for the customer: not ours
_CASE_DONE = (CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.REFUNDED, CaseStatus.RESENT)


# -- rules: what is abnormal now ----------------------------------------------------------------


def _at(moment: datetime) -> Any:
    return literal(moment, type_=UTCDateTime())


def _entered(status: OrderStatus) -> Any:
    """When the order last entered `status` (its history), else when it was created."""
    last = (
        select(func.max(OrderEvent.ts))
        .where(OrderEvent.order_id == Order.id, OrderEvent.to_status == status.value)
        .correlate(Order)
        .scalar_subquery()
    )
    return func.coalesce(last, Order.created_at)


def _order_cause(since: Any, *conditions: Any) -> Select[*tuple[Any, ...]]:
    return select(
        Order.id.label("object_id"),
        Order.order_no.label("object_ref"),
        since.label("since"),
        null().label("owner_id"),
    ).where(*conditions)


def _waiting(status: OrderStatus, hours: int, now: datetime) -> Select[*tuple[Any, ...]]:
    entered = _entered(status)
    return _order_cause(
        entered, Order.status == status, entered < _at(now - timedelta(hours=hours))
    )


def _available() -> Any:
    """The most units of the line's product one warehouse can give: confirmation reserves a
    whole order in one warehouse, so stock spread over several does not confirm it."""
    return (
        select(func.coalesce(func.max(StockLevel.on_hand - StockLevel.reserved), 0))
        .where(StockLevel.product_id == OrderLine.product_id)
        .correlate(OrderLine)
        .scalar_subquery()
    )


def cause_query(session: Session, kind: Kind, now: datetime) -> Select[*tuple[Any, ...]] | None:
    """The objects abnormal in `kind` now (object_id, object_ref, since, owner_id); None when
    the rule is switched off."""
    setting = partial_setting(session)
    if kind is Kind.PENDING_REVIEW:
        hours = setting("exceptions.pending_review_hours")
        return _waiting(OrderStatus.PENDING_REVIEW, hours, now) if hours else None
    if kind is Kind.UNCONFIRMED:
        hours = setting("exceptions.unconfirmed_hours")
        return _waiting(OrderStatus.APPROVED, hours, now) if hours else None
    if kind is Kind.UNPAID:
        hours = setting("exceptions.unpaid_hours")
        if not hours:
            return None
        return _order_cause(
            Order.ordered_at,
            Order.status == OrderStatus.PENDING_PAYMENT,
            Order.ordered_at < _at(now - timedelta(hours=hours)),
        )
    if kind is Kind.NOT_SHIPPED:
        if not setting("exceptions.not_shipped"):
            return None
        start = func.coalesce(Order.paid_at, Order.ordered_at)
        hours = setting("reports.ship_within_hours")
        return _order_cause(
            start, Order.status.in_(_TO_SHIP), start < _at(now - timedelta(hours=hours))
        )
    if kind is Kind.OUT_OF_STOCK:
        if not setting("exceptions.out_of_stock"):
            return None
        short = exists().where(
            OrderLine.order_id == Order.id,
            or_(OrderLine.product_id.is_(None), OrderLine.qty > _available()),
        )
        return _order_cause(
            _entered(OrderStatus.APPROVED), Order.status == OrderStatus.APPROVED, short
        )
    if kind is Kind.PAYMENT_MISMATCH:
        if not setting("exceptions.payment_mismatch"):
            return None
        return _order_cause(
            func.coalesce(Order.paid_at, Order.ordered_at),
            Order.is_cod.is_(False),
            or_(
                and_(Order.status.in_(_PAID_STATES), Order.paid_amount != Order.total),
                # Paid more than the total: intake leaves it waiting for a payment forever.
                and_(Order.status == OrderStatus.PENDING_PAYMENT, Order.paid_amount > Order.total),
            ),
        )
    if kind is Kind.TICKET_OVERDUE:
        if not setting("exceptions.ticket_overdue"):
            return None
        return select(
            Ticket.id.label("object_id"),
            Ticket.ticket_no.label("object_ref"),
            Ticket.sla_due_at.label("since"),
            Ticket.assignee_id.label("owner_id"),
        ).where(Ticket.status.in_(_TICKET_OPEN), Ticket.sla_due_at <= _at(now))
    if kind is Kind.CASE_OVERDUE:
        days = setting("exceptions.case_overdue_days")
        if not days:
            return None
        return select(
            ReturnCase.id.label("object_id"),
            ReturnCase.case_no.label("object_ref"),
            ReturnCase.created_at.label("since"),
            null().label("owner_id"),
        ).where(
            ReturnCase.status.not_in(_CASE_DONE),
            ReturnCase.created_at < _at(now - timedelta(days=days)),
        )
    switch = "exceptions.no_movement" if kind is Kind.NO_MOVEMENT else "exceptions.logistics"
    if not setting(switch):
        return None
    return select(
        Shipment.id.label("object_id"),
        Shipment.tracking_no.label("object_ref"),
        func.coalesce(Shipment.shipped_at, Shipment.created_at).label("since"),
        null().label("owner_id"),
    ).where(exception_condition(PARCEL_KINDS[kind], stale_rule(session), now))


def partial_setting(session: Session) -> Callable[[str], Any]:
    return lambda key: read_setting(session, key)


# -- the scan -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanResult:
    opened: dict[str, int]
    closed: dict[str, int]

    @property
    def total_opened(self) -> int:
        return sum(self.opened.values())

    @property
    def total_closed(self) -> int:
        return sum(self.closed.values())


def _open_key(kind: Kind, object_id: Any) -> Any:
    return literal(f"{kind.value}:") + cast(object_id, String(32))


INSERT_COLUMNS = ["kind", "severity", "object_type", "object_id", "object_ref", "since",
                  "opened_at", "state", "open_key", "owner_id", "note"]  # fmt: skip


def scan_kind(session: Session, kind: Kind, now: datetime) -> tuple[int, int]:
    """Open findings for new abnormal objects of `kind` and close those whose cause went away.
    Two statements, whatever the number of rows."""
    f = ExceptionFinding.__table__
    # Active = open or handled (`open_key` set): the (state, kind) index answers the counts.
    active = and_(f.c.state.in_([State.OPEN.value, State.HANDLED.value]), f.c.kind == kind.value)

    def count() -> int:
        return int(session.scalar(select(func.count()).select_from(f).where(active)) or 0)

    close = {"state": State.CLOSED.value, "open_key": None, "closed_at": now}
    cause = cause_query(session, kind, now)
    before = count()
    if cause is None:  # switched off: nothing of this kind stays open
        if before:
            _notify_closed(session, active, now)
            session.execute(update(f).where(active).values(**close))
        return 0, before
    c = cause.subquery("cause")
    key = _open_key(kind, c.c.object_id)
    rows = select(
        literal(kind.value), literal(SEVERITY[kind].value), literal(OBJECT_TYPE[kind]),
        c.c.object_id, func.coalesce(c.c.object_ref, ""), c.c.since, _at(now),
        literal(State.OPEN.value), key, cast(c.c.owner_id, Integer), literal(""),
    ).where(~exists().where(f.c.open_key == key))  # fmt: skip
    session.execute(
        insert(f).from_select(
            INSERT_COLUMNS,
            rows,
        )
    )
    # (rowcount of INSERT ... SELECT is not reported by every driver: count instead.)
    middle = count()
    gone = and_(active, f.c.object_id.not_in(select(c.c.object_id)))
    _notify_closed(session, gone, now)
    session.execute(
        update(f).where(gone).values(**close).execution_options(synchronize_session=False)
    )
    return middle - before, middle - count()


def _notify_closed(session: Session, condition: Any, now: datetime) -> None:
    """Tell each owner that their finding closed by itself (one INSERT ... SELECT)."""
    f = ExceptionFinding.__table__
    n = Notification.__table__
    session.execute(
        insert(n).from_select(
            ["user_id", "event", "finding_id", "actor_name", "created_at"],
            select(f.c.owner_id, literal("closed"), f.c.id, literal(""), _at(now)).where(
                condition, f.c.owner_id.is_not(None)
            ),
        )
    )


def scan_in(session: Session, now: datetime, kinds: Sequence[Kind] = tuple(Kind)) -> ScanResult:
    opened: dict[str, int] = {}
    closed: dict[str, int] = {}
    for kind in kinds:
        o, c = scan_kind(session, kind, now)
        if o:
            opened[kind.value] = o
        if c:
            closed[kind.value] = c
    return ScanResult(opened, closed)


# -- the exception center -----------------------------------------------------------------------


@dataclass(frozen=True)
class FindingFilter:
    kind: str | None = None
    state: str = State.OPEN.value  # "" = open and handled (every active finding)
    mine: bool = False  # only those assigned to me
    search: str = ""  # the object's number (order no, tracking no...), its beginning


@dataclass(frozen=True)
class FindingRow:
    id: int
    kind: str
    severity: str
    object_type: str
    object_id: int
    object_ref: str
    since: datetime
    opened_at: datetime
    state: str
    owner_id: int | None
    owner_name: str
    handled_by_name: str
    handled_at: datetime | None
    note: str


@dataclass(frozen=True)
class NotificationRow:
    id: int
    event: str  # assigned | closed
    finding_id: int
    kind: str
    object_type: str
    object_ref: str
    state: str  # the finding's state now
    actor_name: str
    created_at: datetime
    read: bool


@dataclass(frozen=True)
class Assignee:
    user_id: int
    name: str
    role: Role


def kinds_for(role: Role) -> frozenset[Kind]:
    return ROLE_KINDS[role]


def _check_note(note: object) -> str:
    if not isinstance(note, str):
        raise ValidationError("Enter a note", field="note")
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise ValidationError("At most {max} characters", field="note", max=MAX_NOTE)
    return text


def _finding_for_action(uow: UnitOfWork, actor: Actor, finding_id: int) -> ExceptionFinding:
    if actor.role not in ACTING_ROLES:
        raise PermissionDenied(
            "{username} ({role}) may not act on exceptions",
            username=actor.username,
            role=actor.role.value,
        )
    finding = uow.session.get(ExceptionFinding, finding_id, with_for_update=True)
    if finding is None or Kind(finding.kind) not in kinds_for(actor.role):
        raise NotFound("Exception {id} not found", id=finding_id)
    return finding


def _rows(session: Session, conditions: list[Any], limit: int) -> list[FindingRow]:
    f = ExceptionFinding.__table__
    owner = User.__table__.alias("owner")
    handler = User.__table__.alias("handler")
    stmt = (
        select(
            f,
            func.coalesce(owner.c.display_name, owner.c.username).label("owner_name"),
            func.coalesce(handler.c.display_name, handler.c.username).label("handler_name"),
        )
        .outerjoin(owner, owner.c.id == f.c.owner_id)
        .outerjoin(handler, handler.c.id == f.c.handled_by)
        .where(*conditions)
        # "critical" < "warning": the most severe first, read in the queue index's order.
        .order_by(f.c.severity, f.c.since, f.c.id)
        .limit(max(1, min(limit, PAGE_LIMIT)))
    )
    return [
        FindingRow(
            id=r.id,
            kind=r.kind,
            severity=r.severity,
            object_type=r.object_type,
            object_id=r.object_id,
            object_ref=r.object_ref,
            since=r.since,
            opened_at=r.opened_at,
            state=r.state,
            owner_id=r.owner_id,
            owner_name=r.owner_name or "",
            handled_by_name=r.handler_name or "",
            handled_at=r.handled_at,
            note=r.note,
        )
        for r in session.execute(stmt)
    ]


class ExceptionService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock

    @requires_login
    def scan(self, actor: Actor, *, now: datetime | None = None) -> ScanResult:
        """Bring the findings up to date (any workstation may run it; one wins a race).
        One short transaction per kind: on SQLite a scan of a million orders would otherwise
        hold the write lock for seconds."""
        moment = now or self.clock()
        opened: dict[str, int] = {}
        closed: dict[str, int] = {}

        def one(kind: Kind) -> Callable[[UnitOfWork], ScanResult]:
            return lambda uow: scan_in(uow.session, moment, (kind,))

        for kind in Kind:
            try:
                result = transaction(self.db, actor, one(kind))
            except IntegrityError:
                # Another workstation opened the same findings at the same moment: theirs stand.
                log.info("exception scan of %s collided with another workstation's", kind)
                continue
            opened.update(result.opened)
            closed.update(result.closed)
        return ScanResult(opened, closed)

    @requires_login
    def counts(self, actor: Actor) -> dict[str, int]:
        """Open findings per kind, for the kinds of the actor's role (indexed count)."""
        kinds = sorted(k.value for k in kinds_for(actor.role))
        f = ExceptionFinding.__table__

        def work(uow: UnitOfWork) -> dict[str, int]:
            rows = uow.session.execute(
                select(f.c.kind, func.count())
                .where(f.c.state == State.OPEN.value, f.c.kind.in_(kinds))
                .group_by(f.c.kind)
            )
            return {kind: int(n) for kind, n in rows}

        return read(self.db, work)

    @requires_login
    def findings(
        self, actor: Actor, flt: FindingFilter | None = None, limit: int = PAGE_LIMIT
    ) -> list[FindingRow]:
        """The actor's role's findings, the most severe and oldest first."""
        flt = flt or FindingFilter()
        f = ExceptionFinding.__table__
        kinds = [k.value for k in kinds_for(actor.role)]
        if flt.kind:
            kinds = [k for k in kinds if k == flt.kind]
        conditions: list[Any] = [f.c.kind.in_(kinds)]
        if flt.state:
            conditions.append(f.c.state == State(flt.state).value)
        else:
            conditions.append(f.c.open_key.is_not(None))
        if flt.mine:
            conditions.append(f.c.owner_id == actor.user_id)
        if flt.search.strip():
            conditions.append(f.c.object_ref.startswith(flt.search.strip(), autoescape=True))
        return read(self.db, lambda uow: _rows(uow.session, conditions, limit))

    @requires_login
    def finding(self, actor: Actor, finding_id: int) -> FindingRow:
        f = ExceptionFinding.__table__
        kinds = [k.value for k in kinds_for(actor.role)]
        rows = read(
            self.db,
            lambda uow: _rows(uow.session, [f.c.id == finding_id, f.c.kind.in_(kinds)], 1),
        )
        if not rows:
            raise NotFound("Exception {id} not found", id=finding_id)
        return rows[0]

    @requires_login
    def assignees(self, actor: Actor, finding_id: int) -> list[Assignee]:
        """Active users whose role sees the finding's kind (whom it can be assigned to)."""

        def work(uow: UnitOfWork) -> list[Assignee]:
            finding = uow.session.get(ExceptionFinding, finding_id)
            if finding is None or Kind(finding.kind) not in kinds_for(actor.role):
                raise NotFound("Exception {id} not found", id=finding_id)
            kind = Kind(finding.kind)
            roles = [r for r in ACTING_ROLES if kind in ROLE_KINDS[r]]
            users = uow.session.execute(
                select(User.id, User.display_name, User.username, User.role)
                .where(User.is_active.is_(True), User.role.in_(roles))
                .order_by(User.username)
            )
            return [Assignee(u.id, u.display_name or u.username, Role(u.role)) for u in users]

        return read(self.db, work)

    @requires_login
    def assign(self, actor: Actor, finding_id: int, user_id: int | None) -> FindingRow:
        """Give the finding to a person (supervisors and admins; anyone may take it)."""

        def work(uow: UnitOfWork) -> None:
            finding = _finding_for_action(uow, actor, finding_id)
            if actor.role not in ASSIGNING_ROLES and user_id != actor.user_id:
                raise PermissionDenied(
                    "{username} ({role}) may only take an exception, not assign it",
                    username=actor.username,
                    role=actor.role.value,
                )
            if user_id is not None:
                user = uow.session.get(User, user_id)
                if user is None or not user.is_active:
                    raise NotFound("User {id} not found", id=user_id)
                if Kind(finding.kind) not in ROLE_KINDS[user.role] or user.role not in ACTING_ROLES:
                    raise ValidationError(
                        "{name} cannot act on this kind of exception",
                        field="owner",
                        name=user.display_name or user.username,
                    )
            if finding.owner_id != user_id:
                uow.audit(
                    "exception.assign", "exception", finding.id,
                    {"owner_id": [finding.owner_id, user_id]},
                )  # fmt: skip
                finding.owner_id = user_id
                if user_id is not None and user_id != actor.user_id:
                    uow.session.add(
                        Notification(
                            user_id=user_id, event="assigned", finding_id=finding.id,
                            actor_name=actor.display_name or actor.username,
                            created_at=self.clock(),
                        )
                    )  # fmt: skip

        transaction(self.db, actor, work)
        return self._row(actor, finding_id)

    @requires_login
    def mark_handled(self, actor: Actor, finding_id: int, note: str) -> FindingRow:
        """Someone dealt with it: it leaves the open counts with who, when and the note. It
        still closes by itself when the cause goes away."""
        text = _check_note(note)

        def work(uow: UnitOfWork) -> None:
            finding = _finding_for_action(uow, actor, finding_id)
            if finding.state != State.OPEN.value:
                raise ValidationError("This exception is no longer open", field="state")
            finding.state = State.HANDLED.value
            finding.handled_by = actor.user_id
            finding.handled_at = self.clock()
            finding.note = text
            uow.audit(
                "exception.handled", "exception", finding.id,
                {"state": [State.OPEN.value, State.HANDLED.value], "note": [None, text]},
            )  # fmt: skip

        transaction(self.db, actor, work)
        return self._row(actor, finding_id)

    @requires_login
    def unread_count(self, actor: Actor) -> int:
        """The badge: my unread notifications (an indexed count)."""
        n = Notification.__table__

        def work(uow: UnitOfWork) -> int:
            return int(
                uow.session.scalar(
                    select(func.count())
                    .select_from(n)
                    .where(n.c.user_id == actor.user_id, n.c.read_at.is_(None))
                )
                or 0
            )

        return read(self.db, work)

    @requires_login
    def notifications(self, actor: Actor, limit: int = 100) -> list[NotificationRow]:
        """My notifications, the newest first, with what they are about."""
        n = Notification.__table__
        f = ExceptionFinding.__table__

        def work(uow: UnitOfWork) -> list[NotificationRow]:
            rows = uow.session.execute(
                select(n, f.c.kind, f.c.object_type, f.c.object_ref, f.c.state)
                .join(f, f.c.id == n.c.finding_id)
                .where(n.c.user_id == actor.user_id)
                .order_by(n.c.id.desc())
                .limit(max(1, min(limit, PAGE_LIMIT)))
            )
            return [
                NotificationRow(
                    id=r.id,
                    event=r.event,
                    finding_id=r.finding_id,
                    kind=r.kind,
                    object_type=r.object_type,
                    object_ref=r.object_ref,
                    state=r.state,
                    actor_name=r.actor_name,
                    created_at=r.created_at,
                    read=r.read_at is not None,
                )
                for r in rows
            ]

        return read(self.db, work)

    @requires_login
    def mark_read(self, actor: Actor) -> int:
        """Every notification of mine is read (the list was opened)."""
        n = Notification.__table__
        moment = self.clock()

        def work(uow: UnitOfWork) -> int:
            unread = and_(n.c.user_id == actor.user_id, n.c.read_at.is_(None))
            count = int(uow.session.scalar(select(func.count()).select_from(n).where(unread)) or 0)
            if count:
                uow.session.execute(update(n).where(unread).values(read_at=moment))
            return count

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_INVENTORY)
    def stock_plan(self, actor: Actor, order_id: int) -> StockPlan:
        """Out of stock with a plan: transfers to the warehouse holding most of the order,
        purchases for what no warehouse has, whether a split would ship it."""
        return read(self.db, lambda uow: plan_for_order(uow, order_id))

    @requires(Permission.MANAGE_STOCK)
    def create_plan_transfers(self, actor: Actor, order_id: int) -> list[str]:
        """One click: the plan's transfers, created and dispatched (their numbers)."""
        return transaction(self.db, actor, lambda uow: create_plan_transfers(uow, order_id))

    def _row(self, actor: Actor, finding_id: int) -> FindingRow:
        return self.finding(actor, finding_id)
