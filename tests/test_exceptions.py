"""Abnormal-order monitoring on every backend: rules open findings, the scan closes them when
their cause goes away, counts per role, assign and mark handled with permissions."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from app.errors import NotFound, PermissionDenied, ValidationError
from app.exceptions import FindingFilter, Kind, ScanResult
from app.orders import DraftLine, OrderRef
from app.permissions import Actor, Role
from app.services import Services
from app.uow import UnitOfWork, transaction
from models import (
    CaseKind,
    CaseStatus,
    LabelStatus,
    ReturnCase,
    Shipment,
    ShipmentStatus,
    Ticket,
    TicketKind,
    TicketPriority,
    TicketStatus,
    utcnow,
)
from tests.orders_helpers import catalogue, level, make_order, set_order

H = timedelta(hours=1)


_PHONES = iter(range(10_000))


def _order(services: Services, actor: Actor, **changes: object) -> OrderRef:
    """An order no review rule holds as a duplicate (each to its own phone and address)."""
    n = next(_PHONES)
    return make_order(
        services, actor, recipient_phone=f"1390000{n:04d}", address=f"川沙路 {n} 号", **changes
    )


def _open(services: Services, actor: Actor) -> list[tuple[str, str]]:
    return sorted((r.kind, r.object_ref) for r in services.exceptions.findings(actor))


def test_rules_open_and_the_scan_closes_them(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    now = utcnow()
    waiting = _order(services, reviewer)  # paid, pending review
    approved = _order(services, reviewer)
    services.orders.approve(reviewer, approved.id)
    short = _order(
        services, reviewer, lines=(DraftLine("SKU-X", 1),), paid_amount=Decimal("1007.00")
    )  # no stock anywhere
    services.orders.approve(reviewer, short.id)
    unpaid = _order(services, reviewer, paid_amount=Decimal("100.00"))  # waits for payment
    # A paid order whose payment no longer matches (a platform adjustment, a bad import).
    overpaid = _order(services, reviewer)
    set_order(services, overpaid.id, paid_amount=Decimal("150.00"))

    # Within every threshold: only the lasting conditions (stock, money) are abnormal.
    first = services.exceptions.scan(boss, now=now + 0.5 * H)
    assert first == ScanResult({"out_of_stock": 1, "payment_mismatch": 1}, {})
    assert _open(services, boss) == sorted(
        [("out_of_stock", short.order_no), ("payment_mismatch", overpaid.order_no)]
    )

    # Three hours later: pending review > 2 h (`waiting` and the mismatched one).
    later = services.exceptions.scan(boss, now=now + 3 * H)
    assert later == ScanResult({"pending_review": 2}, {})
    assert services.exceptions.counts(reviewer) == {
        "out_of_stock": 1, "payment_mismatch": 1, "pending_review": 2,
    }  # fmt: skip
    assert services.exceptions.counts(actors[Role.WAREHOUSE]) == {"out_of_stock": 1}
    assert services.exceptions.counts(actors[Role.CUSTOMER_SERVICE]) == {}

    # Five hours: approved and not confirmed > 4 h (both approved orders).
    assert services.exceptions.scan(boss, now=now + 5 * H) == ScanResult({"unconfirmed": 2}, {})
    # A rescan changes nothing: one active finding per cause.
    assert services.exceptions.scan(boss, now=now + 5 * H) == ScanResult({}, {})

    # The causes go away: approved (no longer pending), confirmed, cancelled.
    services.orders.approve(reviewer, waiting.id)
    services.orders.confirm(reviewer, approved.id)
    services.orders.cancel(reviewer, short.id, "no stock")
    result = services.exceptions.scan(boss, now=now + 5 * H)
    # `waiting` has now been approved for "5 hours" too: it is unconfirmed.
    assert result == ScanResult(
        {"unconfirmed": 1}, {"pending_review": 1, "unconfirmed": 2, "out_of_stock": 1}
    )
    assert _open(services, boss) == sorted(
        [("payment_mismatch", overpaid.order_no), ("pending_review", overpaid.order_no),
         ("unconfirmed", waiting.order_no)]
    )  # fmt: skip
    # Unpaid for a day.
    assert services.exceptions.scan(boss, now=now + 25 * H) == ScanResult({"unpaid": 1}, {})
    unpaid_rows = services.exceptions.findings(boss, FindingFilter(kind="unpaid"))
    assert [r.object_ref for r in unpaid_rows] == [unpaid.order_no]
    closed = services.exceptions.findings(boss, FindingFilter(state="closed"))
    assert sorted(r.object_ref for r in closed) == sorted(
        [waiting.order_no, approved.order_no, short.order_no, short.order_no]
    )
    assert all(r.state == "closed" for r in closed)
    # The money is put right: the mismatch closes.
    set_order(services, overpaid.id, paid_amount=Decimal("138.00"))
    assert services.exceptions.scan(boss, now=now + 25 * H).closed == {"payment_mismatch": 1}


def test_a_switched_off_rule_closes_its_findings(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer, admin = actors[Role.REVIEWER], actors[Role.ADMIN]
    now = utcnow()
    _order(services, reviewer)
    assert services.exceptions.scan(admin, now=now + 3 * H).opened == {"pending_review": 1}
    services.settings.update(admin, "exceptions.pending_review_hours", 0)
    assert services.exceptions.scan(admin, now=now + 3 * H) == ScanResult({}, {"pending_review": 1})
    services.settings.update(admin, "exceptions.pending_review_hours", 2)
    # Switched on again: a new finding (the old one stays closed in the history).
    assert services.exceptions.scan(admin, now=now + 3 * H).opened == {"pending_review": 1}


def test_assign_and_handle_with_permissions(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    now = utcnow()
    order = _order(services, reviewer)
    services.exceptions.scan(boss, now=now + 3 * H)
    (row,) = services.exceptions.findings(boss)
    assert (row.kind, row.severity, row.object_type, row.object_id, row.state) == (
        Kind.PENDING_REVIEW,
        "warning",
        "order",
        order.id,
        "open",
    )

    # Whom it can go to: users whose role acts on pending reviews.
    names = [a.name for a in services.exceptions.assignees(boss, row.id)]
    assert names == ["user_admin", "user_reviewer", "user_supervisor"]
    assigned = services.exceptions.assign(boss, row.id, reviewer.user_id)
    assert (assigned.owner_id, assigned.owner_name) == (reviewer.user_id, "user_reviewer")
    assert [r.id for r in services.exceptions.findings(reviewer, FindingFilter(mine=True))] == [
        row.id
    ]

    # A reviewer may take a finding, not give it away; warehouse staff do not see it;
    # analysts look but do not act.
    with pytest.raises(PermissionDenied):
        services.exceptions.assign(reviewer, row.id, boss.user_id)
    with pytest.raises(NotFound):
        services.exceptions.mark_handled(actors[Role.WAREHOUSE], row.id, "x")
    with pytest.raises(PermissionDenied):
        services.exceptions.mark_handled(actors[Role.ANALYST], row.id, "x")
    with pytest.raises(ValidationError):
        services.exceptions.assign(boss, row.id, actors[Role.WAREHOUSE].user_id)
    with pytest.raises(ValidationError):
        services.exceptions.mark_handled(reviewer, row.id, "x" * 501)

    handled = services.exceptions.mark_handled(reviewer, row.id, "  客户确认地址  ")
    assert (handled.state, handled.handled_by_name, handled.note) == (
        "handled",
        "user_reviewer",
        "客户确认地址",
    )
    assert handled.handled_at is not None
    assert services.exceptions.counts(boss) == {}
    with pytest.raises(ValidationError):
        services.exceptions.mark_handled(reviewer, row.id, "again")
    # Handled, and the cause still there: no new finding; the cause goes: closed.
    assert services.exceptions.scan(boss, now=now + 4 * H) == ScanResult({}, {})
    services.orders.approve(reviewer, order.id)
    assert services.exceptions.scan(boss, now=now + 4 * H) == ScanResult({}, {"pending_review": 1})
    assert services.exceptions.finding(boss, row.id).state == "closed"


def test_parcels_tickets_cases_and_the_ship_by_promise(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    agent = actors[Role.CUSTOMER_SERVICE]
    now = utcnow()
    order = _order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    services.orders.confirm(reviewer, order.id)
    sent = _order(services, reviewer)

    def world(uow: UnitOfWork) -> tuple[int, int, int]:
        parcel = Shipment(
            order_id=sent.id, carrier_id=cat.carrier, tracking_no="SF1000000001",
            status=ShipmentStatus.SHIPPED, label_status=LabelStatus.PRINTED, shipped_at=now,
        )  # fmt: skip
        ticket = Ticket(
            ticket_no="T0001", kind=TicketKind.COMPLAINT, priority=TicketPriority.URGENT,
            status=TicketStatus.OPEN, subject="没收到货", assignee_id=agent.user_id,
            sla_due_at=now + 1 * H,
        )  # fmt: skip
        case = ReturnCase(case_no="AS0001", kind=CaseKind.RETURN, status=CaseStatus.REQUESTED)
        uow.session.add_all([parcel, ticket, case])
        uow.session.flush()
        return parcel.id, ticket.id, case.id

    parcel_id, ticket_id, case_id = transaction(services.db, None, world)
    skip = {"pending_review", "unconfirmed"}  # `sent` waits for review: not this test's point
    for key in ("exceptions.pending_review_hours", "exceptions.unconfirmed_hours"):
        services.settings.update(boss, key, 0)

    assert services.exceptions.scan(boss, now=now + 2 * H).opened == {"ticket_overdue": 1}
    (ticket_row,) = services.exceptions.findings(agent)
    assert (ticket_row.object_ref, ticket_row.owner_name, ticket_row.severity) == (
        "T0001", "user_customer_service", "critical",
    )  # fmt: skip
    # Three days: past the 48 h ship-by promise; four: the parcel stopped moving
    # (logistics.stale_days 3); eight: the case is late.
    assert services.exceptions.scan(boss, now=now + 3 * 24 * H).opened == {"not_shipped": 1}
    assert services.exceptions.scan(boss, now=now + 4 * 24 * H).opened == {"no_movement": 1}
    result = services.exceptions.scan(boss, now=now + 8 * 24 * H)
    assert result.opened == {"case_overdue": 1}
    assert skip.isdisjoint(result.opened)
    assert services.exceptions.counts(actors[Role.WAREHOUSE]) == {
        "not_shipped": 1, "no_movement": 1,
    }  # fmt: skip
    assert services.exceptions.counts(agent) == {
        "ticket_overdue": 1, "case_overdue": 1, "no_movement": 1,
    }  # fmt: skip

    # The carrier reports the parcel lost: no longer "no movement", now "lost".
    def lose(uow: UnitOfWork) -> None:
        parcel = uow.session.get(Shipment, parcel_id)
        assert parcel is not None
        parcel.status = ShipmentStatus.LOST
        ticket = uow.session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.status = TicketStatus.RESOLVED
        case = uow.session.get(ReturnCase, case_id)
        assert case is not None
        case.status = CaseStatus.CLOSED

    transaction(services.db, None, lose)
    result = services.exceptions.scan(boss, now=now + 8 * 24 * H)
    assert result == ScanResult(
        {"parcel_lost": 1}, {"no_movement": 1, "ticket_overdue": 1, "case_overdue": 1}
    )
    assert _open(services, agent) == [("parcel_lost", "SF1000000001")]


def test_notifications_reach_the_assignee_and_report_self_closing(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    now = utcnow()
    order = _order(services, reviewer)
    services.exceptions.scan(boss, now=now + 3 * H)
    (row,) = services.exceptions.findings(boss)
    services.exceptions.assign(boss, row.id, reviewer.user_id)
    assert services.exceptions.unread_count(reviewer) == 1
    assert services.exceptions.unread_count(boss) == 0
    (note,) = services.exceptions.notifications(reviewer)
    assert (note.event, note.kind, note.object_ref, note.actor_name, note.read) == (
        "assigned", "pending_review", order.order_no, "user_supervisor", False,
    )  # fmt: skip
    assert services.exceptions.mark_read(reviewer) == 1
    assert services.exceptions.unread_count(reviewer) == 0

    # The reviewer fixes the order: the finding closes itself and they are told.
    services.orders.approve(reviewer, order.id)
    services.exceptions.scan(boss, now=now + 3 * H)
    assert services.exceptions.unread_count(reviewer) == 1
    latest = services.exceptions.notifications(reviewer)[0]
    assert (latest.event, latest.state, latest.read) == ("closed", "closed", False)
    # Taking it oneself sends nobody a notification.
    other = _order(services, reviewer)
    services.exceptions.scan(boss, now=now + 3 * H)
    (mine,) = [r for r in services.exceptions.findings(reviewer) if r.object_ref == other.order_no]
    services.exceptions.assign(reviewer, mine.id, reviewer.user_id)
    assert services.exceptions.unread_count(reviewer) == 1


def test_out_of_stock_with_a_plan_and_one_click_transfer(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)  # SH: 10 shirts, 10 mugs; GZ: 5 shirts, 5 mugs; no SKU-X
    reviewer, keeper = actors[Role.REVIEWER], actors[Role.WAREHOUSE]
    mixed = _order(
        services, reviewer, lines=(DraftLine("SKU-T", 12), DraftLine("SKU-X", 1)),
        paid_amount=Decimal("1607.00"),
    )  # fmt: skip
    plan = services.exceptions.stock_plan(reviewer, mixed.id)
    assert (plan.target_code, plan.can_split, plan.fills_order) == ("SH", False, False)
    assert [(m.sku, m.from_code, m.qty) for m in plan.transfers] == [("SKU-T", "GZ", 2)]
    assert [(p.sku, p.qty) for p in plan.purchases] == [("SKU-X", 1)]

    shirts = _order(
        services, reviewer, lines=(DraftLine("SKU-T", 12),), paid_amount=Decimal("608.00")
    )
    services.orders.approve(reviewer, shirts.id)
    plan = services.exceptions.stock_plan(reviewer, shirts.id)
    assert (plan.can_split, plan.fills_order) == (True, True)
    with pytest.raises(PermissionDenied):
        services.exceptions.create_plan_transfers(reviewer, shirts.id)
    (number,) = services.exceptions.create_plan_transfers(keeper, shirts.id)
    assert number.startswith("TR")
    assert level(services, cat.shirt, cat.far) == (3, 0)  # dispatched: on its way to SH
