"""Tickets: SLA computation, the status table, messages, ratings, templates, the queue."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ConflictError, NotFound, ValidationError
from app.permissions import Actor, Role
from app.service_desk import (
    TRANSITIONS,
    SlaState,
    TicketFilter,
    TicketKind,
    TicketPriority,
    TicketStatus,
    can_move,
    next_statuses,
    render_placeholders,
    sla_state,
)
from app.services import Services
from app.uow import read
from models import AuditLog
from tests.conftest import add_user
from tests.test_customers import _customer, _order

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
H = timedelta(hours=1)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(services: Services) -> Clock:
    pinned = Clock(NOW)
    services.service_desk.clock = pinned
    return pinned


@pytest.fixture
def agent(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.CUSTOMER_SERVICE]


def _audit_actions(services: Services, entity_id: int) -> list[str]:
    return read(
        services.db,
        lambda uow: list(
            uow.session.scalars(
                select(AuditLog.action)
                .where(AuditLog.entity_type == "ticket", AuditLog.entity_id == str(entity_id))
                .order_by(AuditLog.seq)
            )
        ),
    )


@pytest.mark.sqlite_only
def test_sla_state_with_fixed_clocks() -> None:
    created, due = NOW, NOW + 24 * H  # due soon in the last 6 hours (25 %)
    open_ = TicketStatus.OPEN
    assert sla_state(created, due, open_, NOW) == SlaState.OK
    assert sla_state(created, due, open_, NOW + 18 * H - timedelta(seconds=1)) == SlaState.OK
    assert sla_state(created, due, open_, NOW + 18 * H + timedelta(seconds=1)) == SlaState.DUE_SOON
    assert sla_state(created, due, open_, due - timedelta(seconds=1)) == SlaState.DUE_SOON
    assert sla_state(created, due, open_, due) == SlaState.OVERDUE
    assert sla_state(created, due, TicketStatus.WAITING_CUSTOMER, due + H) == SlaState.OVERDUE
    assert sla_state(created, due, TicketStatus.RESOLVED, due + H) == SlaState.NONE
    assert sla_state(created, due, TicketStatus.CLOSED, due + H) == SlaState.NONE
    assert sla_state(created, None, open_, due + H) == SlaState.NONE
    # Two-hour urgent window: due soon in the last 30 minutes.
    assert sla_state(NOW, NOW + 2 * H, open_, NOW + 89 * timedelta(minutes=1)) == SlaState.OK
    assert sla_state(NOW, NOW + 2 * H, open_, NOW + 91 * timedelta(minutes=1)) == SlaState.DUE_SOON


@pytest.mark.sqlite_only
def test_the_status_table() -> None:
    s = TicketStatus
    legal = {
        (s.NEW, s.OPEN),
        (s.OPEN, s.WAITING_CUSTOMER),
        (s.OPEN, s.RESOLVED),
        (s.WAITING_CUSTOMER, s.OPEN),
        (s.WAITING_CUSTOMER, s.RESOLVED),
        (s.RESOLVED, s.CLOSED),
        (s.RESOLVED, s.OPEN),
    }
    assert set(TRANSITIONS) == set(TicketStatus)
    for a in TicketStatus:
        for b in TicketStatus:
            assert can_move(a, b) == ((a, b) in legal), (a, b)
    assert next_statuses(s.CLOSED) == ()
    assert next_statuses(s.RESOLVED) == (s.OPEN, s.CLOSED)


@pytest.mark.sqlite_only
def test_placeholders_never_fail() -> None:
    values = {"customer_name": "王伟", "order_no": "KD1"}
    body = "{customer_name}您好，订单{order_no}，运单{tracking_no}，{unknown}，{ 和 }"
    assert render_placeholders(body, values) == "王伟您好，订单KD1，运单，{unknown}，{ 和 }"
    assert render_placeholders("{", {}) == "{"


def test_sla_due_follows_the_priority_settings(
    services: Services, agent: Actor, actors: dict[Role, Actor], clock: Clock
) -> None:
    desk = services.service_desk
    hours = {"urgent": 2, "high": 8, "normal": 24, "low": 72}
    for priority, h in hours.items():
        detail = desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority(priority), "问")
        assert detail.ticket.sla_due_at == NOW + h * H
        assert detail.ticket.created_at == NOW
    services.settings.update(actors[Role.ADMIN], "service.sla_hours.urgent", 1)
    urgent = desk.create_ticket(agent, TicketKind.COMPLAINT, TicketPriority.URGENT, "急")
    assert urgent.ticket.sla_due_at == NOW + H
    assert urgent.ticket.ticket_no == "TK2026112200005"
    assert urgent.ticket.status == TicketStatus.NEW and urgent.ticket.assignee_id == agent.user_id
    # A new priority moves the due time, counted from creation.
    clock.now = NOW + 3 * H
    lowered = desk.set_priority(agent, urgent.ticket.id, TicketPriority.LOW)
    assert lowered.ticket.sla_due_at == NOW + 72 * H
    assert lowered.ticket.sla_state(clock.now) == SlaState.OK
    assert urgent.ticket.sla_state(clock.now) == SlaState.OVERDUE
    assert _audit_actions(services, urgent.ticket.id) == ["ticket.create", "ticket.priority"]


def test_status_moves_legal_and_illegal(services: Services, agent: Actor, clock: Clock) -> None:
    desk = services.service_desk
    t = desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "发票").ticket
    with pytest.raises(ConflictError):
        desk.change_status(agent, t.id, TicketStatus.RESOLVED)  # new → resolved is not a move
    assert desk.change_status(agent, t.id, TicketStatus.OPEN).next_statuses == (
        TicketStatus.WAITING_CUSTOMER,
        TicketStatus.RESOLVED,
    )
    desk.change_status(agent, t.id, TicketStatus.WAITING_CUSTOMER)
    desk.change_status(agent, t.id, TicketStatus.OPEN)
    clock.now = NOW + 2 * H
    resolved = desk.change_status(agent, t.id, TicketStatus.RESOLVED).ticket
    assert resolved.resolved_at == NOW + 2 * H
    assert resolved.sla_state(NOW + 100 * H) == SlaState.NONE
    reopened = desk.change_status(agent, t.id, TicketStatus.OPEN).ticket
    assert reopened.resolved_at is None
    desk.change_status(agent, t.id, TicketStatus.RESOLVED)
    closed = desk.change_status(agent, t.id, "closed")  # type: ignore[arg-type]
    assert closed.next_statuses == ()
    for target in TicketStatus:
        with pytest.raises(ConflictError):
            desk.change_status(agent, t.id, target)
    with pytest.raises(ConflictError):
        desk.add_message(agent, t.id, "还在吗")
    with pytest.raises(ValueError):
        desk.change_status(agent, t.id, "gone")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        desk.change_status(agent, 987654, TicketStatus.OPEN)
    assert _audit_actions(services, t.id).count("ticket.status") == 7


def test_messages_replies_and_notes(services: Services, agent: Actor, clock: Clock) -> None:
    desk = services.service_desk
    detail = desk.create_ticket(
        agent, TicketKind.COMPLAINT, TicketPriority.HIGH, "破损", "客户来电：杯子碎了"
    )
    assert [m.body for m in detail.messages] == ["客户来电：杯子碎了"]
    tid = detail.ticket.id
    noted = desk.add_message(agent, tid, "先查仓库监控", internal=True)
    assert noted.ticket.status == TicketStatus.NEW  # a note does not open the ticket
    clock.now = NOW + H
    replied = desk.add_message(agent, tid, "您好，马上为您补发")
    assert replied.ticket.status == TicketStatus.OPEN  # the first reply does
    assert [(m.is_internal, m.author_name) for m in replied.messages] == [
        (False, agent.display_name),
        (True, agent.display_name),
        (False, agent.display_name),
    ]
    assert replied.messages[-1].created_at == NOW + H
    with pytest.raises(ValidationError):
        desk.add_message(agent, tid, "   ")
    assert _audit_actions(services, tid) == [
        "ticket.create", "ticket.message", "ticket.message", "ticket.message", "ticket.status",
    ]  # fmt: skip


def test_rating_only_on_feedback(services: Services, agent: Actor, clock: Clock) -> None:
    desk = services.service_desk
    feedback = desk.create_ticket(
        agent, TicketKind.FEEDBACK, TicketPriority.LOW, "好评", rating=5
    ).ticket
    assert feedback.rating == 5
    assert desk.set_rating(agent, feedback.id, 3).ticket.rating == 3
    for bad in (0, 6, True):
        with pytest.raises(ValidationError):
            desk.set_rating(agent, feedback.id, bad)
    inquiry = desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority.LOW, "问").ticket
    with pytest.raises(ValidationError) as refused:
        desk.set_rating(agent, inquiry.id, 4)
    assert refused.value.field == "rating"
    with pytest.raises(ValidationError):
        desk.create_ticket(agent, TicketKind.COMPLAINT, TicketPriority.LOW, "差评", rating=1)


def test_links_and_assignment(
    services: Services, agent: Actor, actors: dict[Role, Actor], clock: Clock
) -> None:
    db, desk = services.db, services.service_desk
    wang = _customer(db, "王伟", "13812345678", buyer_id="w")
    li = _customer(db, "李娜", "13912345678", buyer_id="l")
    order = _order(db, "KD2026112100001", wang)
    other = _order(db, "KD2026112100002", li)
    t = desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "物流", order_id=order)
    assert (t.ticket.customer_id, t.ticket.customer_name) == (wang, "王伟")  # from the order
    assert t.ticket.order_no == "KD2026112100001"
    with pytest.raises(ValidationError):
        desk.link_order(agent, t.ticket.id, other)
    with pytest.raises(ValidationError):
        desk.create_ticket(
            agent, TicketKind.INQUIRY, TicketPriority.LOW, "x", customer_id=li, order_id=order
        )
    assert desk.link_order(agent, t.ticket.id, None).ticket.order_id is None
    supervisor = actors[Role.SUPERVISOR]
    assigned = desk.assign(agent, t.ticket.id, supervisor.user_id)
    assert assigned.ticket.assignee_name == supervisor.display_name
    with pytest.raises(ValidationError):
        desk.assign(agent, t.ticket.id, actors[Role.WAREHOUSE].user_id)  # no ticket work
    assert desk.assign(agent, t.ticket.id, None).ticket.assignee_id is None
    names = {a.user_id for a in desk.assignable_users(agent)}
    assert agent.user_id in names and actors[Role.WAREHOUSE].user_id not in names
    with pytest.raises(NotFound):
        desk.link_case(agent, t.ticket.id, 987654)


def test_templates_crud_and_rendering(services: Services, agent: Actor, clock: Clock) -> None:
    db, desk = services.db, services.service_desk
    wang = _customer(db, "王伟", "13812345678", buyer_id="w")
    shipped = _order(db, "KD2026112000001", wang, tracking_no="SF9001")
    body = "{customer_name}您好，订单{order_no}运单{tracking_no}。客服{agent_name}"
    template = desk.create_template(agent, "发货查询", body, "物流")
    with pytest.raises(ValidationError) as unknown:
        desk.create_template(agent, "坏模板", "您好{buyer}", "")
    assert unknown.value.params["placeholder"] == "{buyer}"
    with pytest.raises(ValidationError):
        desk.create_template(agent, "发货查询", "重复", "")
    bare = desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "无订单").ticket
    assert desk.render_template(agent, template.id, bare.id) == (
        f"您好，订单运单。客服{agent.display_name}"
    )
    with_customer = desk.create_ticket(
        agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "无运单", customer_id=wang
    ).ticket
    assert desk.render_template(agent, template.id, with_customer.id).startswith(
        "王伟您好，订单运单"
    )
    full = desk.create_ticket(
        agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "查件", order_id=shipped
    ).ticket
    assert desk.render_template(agent, template.id, full.id) == (
        f"王伟您好，订单KD2026112000001运单SF9001。客服{agent.display_name}"
    )
    updated = desk.update_template(agent, template.id, "发货查询", "{order_no}已发出", "物流")
    assert desk.render_template(agent, updated.id, full.id) == "KD2026112000001已发出"
    assert [t.name for t in desk.list_templates(agent)] == ["发货查询"]
    assert "物流" in desk.categories(agent)
    desk.delete_template(agent, template.id)
    assert desk.list_templates(agent) == []
    with pytest.raises(NotFound):
        desk.render_template(agent, template.id, full.id)


def test_queue_filters_sort_and_counts(
    services: Services, agent: Actor, actors: dict[Role, Actor], clock: Clock
) -> None:
    desk = services.service_desk
    other = actors[Role.SUPERVISOR]
    made = {}
    for key, kind, priority, category, assignee, created in (
        ("urgent_old", TicketKind.COMPLAINT, TicketPriority.URGENT, "质量", None, NOW - 5 * H),
        ("high_soon", TicketKind.INQUIRY, TicketPriority.HIGH, "物流", other.user_id, NOW - 7 * H),
        ("normal", TicketKind.INQUIRY, TicketPriority.NORMAL, "物流", None, NOW - H),
        ("low", TicketKind.FEEDBACK, TicketPriority.LOW, "", None, NOW - H),
        ("done", TicketKind.INQUIRY, TicketPriority.URGENT, "发票", None, NOW - 50 * H),
    ):
        clock.now = created
        made[key] = desk.create_ticket(
            agent, kind, priority, key, category=category, assignee_id=assignee
        ).ticket.id
    desk.change_status(agent, made["done"], TicketStatus.OPEN)
    desk.change_status(agent, made["done"], TicketStatus.RESOLVED)
    clock.now = NOW

    def ids(**filters: object) -> list[str]:
        page = desk.queue(agent, TicketFilter(**filters))  # type: ignore[arg-type]
        by_id = {v: k for k, v in made.items()}
        return [by_id[r.id] for r in page.rows]

    assert ids() == ["urgent_old", "high_soon", "normal", "low"]  # by SLA due
    assert ids(overdue=True) == ["urgent_old"]
    assert ids(mine=True) == ["urgent_old", "normal", "low"]
    assert ids(priority=TicketPriority.HIGH) == ["high_soon"]
    assert ids(category="物流") == ["high_soon", "normal"]
    assert ids(kind=TicketKind.FEEDBACK) == ["low"]
    assert ids(status=TicketStatus.RESOLVED) == ["done"]
    assert ids(open_only=False)[-1] == "low" and len(ids(open_only=False)) == 5
    page = desk.queue(agent, page=1, page_size=3)
    assert (page.total, [r.subject for r in page.rows]) == (4, ["low"])
    states = {r.subject: r.sla_state(NOW) for r in desk.queue(agent).rows}
    assert states == {
        "urgent_old": SlaState.OVERDUE,
        "high_soon": SlaState.DUE_SOON,
        "normal": SlaState.OK,
        "low": SlaState.OK,
    }
    counts = desk.counts(agent)
    assert (counts.open, counts.overdue, counts.due_soon, counts.mine) == (4, 1, 1, 3)
    assert desk.counts(other).mine == 1


def test_every_change_is_audited(services: Services, agent: Actor, clock: Clock) -> None:
    desk = services.service_desk
    t = desk.create_ticket(
        agent, TicketKind.FEEDBACK, TicketPriority.NORMAL, "建议", category="其他"
    ).ticket
    desk.update_ticket(agent, t.id, subject="产品建议", category="产品")
    desk.set_rating(agent, t.id, 4)
    desk.assign(agent, t.id, None)
    actions = _audit_actions(services, t.id)
    assert actions == ["ticket.create", "ticket.update", "ticket.rating", "ticket.assign"]

    def changes(uow):  # type: ignore[no-untyped-def]
        row = uow.session.scalars(select(AuditLog).where(AuditLog.action == "ticket.update")).one()
        return json.loads(row.changes)

    assert read(services.db, changes) == {
        "category": ["其他", "产品"],
        "subject": ["建议", "产品建议"],
    }


def test_assigning_to_an_inactive_user_is_refused(
    services: Services, agent: Actor, clock: Clock
) -> None:
    gone = add_user(services.db, "gone", Role.CUSTOMER_SERVICE)
    services.users.update_user(
        add_user(services.db, "boss", Role.ADMIN), gone.user_id, is_active=False
    )
    t = services.service_desk.create_ticket(agent, TicketKind.INQUIRY, TicketPriority.LOW, "x")
    with pytest.raises(ValidationError):
        services.service_desk.assign(agent, t.ticket.id, gone.user_id)
