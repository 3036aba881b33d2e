"""After-sales cases and refunds on every backend: the case state machine, quantity limits
across cases, receipt into stock or quarantine, replacement orders, refund limits, four eyes
and the supervisor threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.aftersales import (
    CASE_TRANSITIONS,
    REASON_CODES,
    CaseAction,
    CaseKind,
    CaseStatus,
    Disposition,
    ReceiptLine,
    RefundAsk,
    RefundStatus,
    allowed_actions,
    case_transition,
)
from app.errors import (
    ConfirmationRequired,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.integrity import check_database
from app.permissions import Actor, Permission, Role
from app.services import Services
from app.states import OrderStatus
from app.uow import read, transaction
from models import AuditLog, Order, OrderEvent, OrderLine, Payment, Refund
from tests.aftersales_helpers import SHIRT_BARCODE, World, balance, line_of, shipped, world
from tests.conftest import add_user
from tests.orders_helpers import DRAFT, make_order

K, S, A = CaseKind, CaseStatus, CaseAction


@pytest.fixture
def w(services: Services, actors: dict[Role, Actor]) -> World:
    return world(services, actors, add_user(services.db, "agent2", Role.CUSTOMER_SERVICE))


def _payment(services: Services, order_id: int) -> tuple[Decimal, Decimal]:
    return read(
        services.db,
        lambda uow: uow.session.execute(
            select(Payment.amount, Payment.refunded_amount).where(Payment.order_id == order_id)
        ).one(),
    )


def _events(services: Services, order_id: int) -> list[tuple[str, str]]:
    return read(
        services.db,
        lambda uow: [
            (e.action, e.note)
            for e in uow.session.scalars(
                select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id)
            )
        ],
    )


def _first_line(services: Services, order_id: int) -> int:
    return read(
        services.db,
        lambda uow: uow.session.scalars(
            select(OrderLine.id).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)
        ).first(),
    )


# -- the state machine ---------------------------------------------------------------------


HAPPY_PATHS = {
    K.RETURN: [A.APPROVE, A.AWAIT_RETURN, A.RECEIVE, A.INSPECT, A.REFUND, A.CLOSE],
    K.EXCHANGE: [A.APPROVE, A.AWAIT_RETURN, A.RECEIVE, A.INSPECT, A.RESEND, A.CLOSE],
    K.RESEND: [A.APPROVE, A.RESEND, A.CLOSE],
    K.REFUND_ONLY: [A.APPROVE, A.REFUND, A.CLOSE],
}
GOODS_BACK = {
    S.REQUESTED: {A.APPROVE, A.REJECT},
    # A parcel may arrive before anyone marked the case awaited.
    S.APPROVED: {A.REJECT, A.AWAIT_RETURN, A.RECEIVE},
    S.AWAITING_RETURN: {A.RECEIVE},
    S.RECEIVED: {A.RECEIVE, A.INSPECT},  # a second parcel
}
LEGAL: dict[CaseKind, dict[CaseStatus, set[CaseAction]]] = {
    K.RETURN: {**GOODS_BACK, S.INSPECTED: {A.REFUND}, S.REFUNDED: {A.CLOSE}},
    K.EXCHANGE: {**GOODS_BACK, S.INSPECTED: {A.RESEND}, S.RESENT: {A.CLOSE}},
    K.RESEND: {S.REQUESTED: {A.APPROVE, A.REJECT}, S.APPROVED: {A.REJECT, A.RESEND},
               S.RESENT: {A.CLOSE}},
    K.REFUND_ONLY: {S.REQUESTED: {A.APPROVE, A.REJECT}, S.APPROVED: {A.REJECT, A.REFUND},
                    S.REFUNDED: {A.CLOSE}},
}  # fmt: skip


@pytest.mark.sqlite_only
@pytest.mark.parametrize("kind", list(CaseKind))
def test_each_kind_follows_its_path_and_nothing_else(kind: CaseKind) -> None:
    for status in CaseStatus:  # legal and illegal moves from every state
        assert set(allowed_actions(kind, status)) == LEGAL[kind].get(status, set()), status
    status = S.REQUESTED
    visited = [status]
    for action in HAPPY_PATHS[kind]:
        move = case_transition(action, kind, status)
        assert move is not None, (kind, status, action)
        status = move.target
        visited.append(status)
    assert visited[-1] == S.CLOSED
    assert allowed_actions(kind, S.CLOSED) == [] and allowed_actions(kind, S.REJECTED) == []
    if kind == K.REFUND_ONLY:
        assert S.AWAITING_RETURN not in visited and S.RECEIVED not in visited
    if kind in (K.RESEND, K.EXCHANGE):
        assert S.RESENT in visited and S.REFUNDED not in visited
    rejectable = {s for s in CaseStatus if case_transition(A.REJECT, kind, s)}
    assert rejectable == {S.REQUESTED, S.APPROVED}


@pytest.mark.sqlite_only
def test_the_table_names_a_permission_per_move() -> None:
    warehouse = Actor(1, "w", Role.WAREHOUSE)
    agent = Actor(2, "a", Role.CUSTOMER_SERVICE)
    assert allowed_actions(K.RETURN, S.AWAITING_RETURN, warehouse) == [A.RECEIVE]
    assert allowed_actions(K.RETURN, S.AWAITING_RETURN, agent) == []
    assert allowed_actions(K.RETURN, S.APPROVED, agent) == [A.REJECT, A.AWAIT_RETURN]
    # Goods are the warehouse's; decisions are customer service's.
    assert {m.permission for m in CASE_TRANSITIONS if m.action in (A.RECEIVE, A.INSPECT)} == {
        Permission.RECEIVE_RETURNS
    }
    assert "other" in REASON_CODES and "damaged" in REASON_CODES


def test_illegal_moves_are_refused_by_the_service(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.REFUND_ONLY, "late_delivery",
                          [(w.mug_line, 1)])  # fmt: skip
    with pytest.raises(ConflictError):
        af.mark_awaiting_return(w.agent, case.case.id)  # refund-only: no goods come back
    with pytest.raises(ConflictError):
        af.close_case(w.agent, case.case.id)
    with pytest.raises(PermissionDenied):
        af.approve_case(w.warehouse, case.case.id)
    approved = af.approve_case(w.agent, case.case.id)
    assert approved.case.status == S.APPROVED
    assert A.REFUND not in approved.actions  # nothing refunded yet
    with pytest.raises(ConflictError):
        af.mark_refunded(w.agent, case.case.id)
    with pytest.raises(ConflictError):
        af.resend(w.agent, case.case.id)
    rejected = af.reject_case(w.agent, case.case.id, "客户撤回")
    assert rejected.case.status == S.REJECTED and rejected.actions == ()
    with pytest.raises(ConflictError):
        af.approve_case(w.agent, case.case.id)


# -- quantities -----------------------------------------------------------------------------


def test_quantities_across_cases(services: Services, actors: dict[Role, Actor], w: World) -> None:
    af = services.aftersales
    first = af.create_case(w.agent, w.customer_id, K.RETURN, "wrong_size", [(w.shirt_line, 1)])
    # 2 shirts shipped, 1 claimed: 1 left for the next case, whatever its kind.
    with pytest.raises(ValidationError) as info:
        af.create_case(w.agent, w.customer_id, K.EXCHANGE, "wrong_size", [(w.shirt_line, 2)])
    assert info.value.params["limit"] == 1 and info.value.params["claimed"] == 1
    second = af.create_case(w.agent, w.customer_id, K.REFUND_ONLY, "defective",
                            [(w.shirt_line, 1), (w.mug_line, 1)])  # fmt: skip
    assert [ln.qty for ln in second.lines] == [1, 1]
    with pytest.raises(ValidationError):
        af.create_case(w.agent, w.customer_id, K.RETURN, "other", [(w.shirt_line, 1)])
    eligible = {e.order_line_id: e for e in af.case_candidates(w.agent, w.customer_id, K.RETURN)}
    assert eligible[w.shirt_line].max_qty == 0 and eligible[w.shirt_line].claimed == 2
    assert eligible[w.mug_line].max_qty == 0
    # A rejected case gives its pieces back.
    af.reject_case(w.agent, first.case.id, "客户撤回")
    again = af.create_case(w.agent, w.customer_id, K.RETURN, "other", [(w.shirt_line, 1)])
    assert again.case.units == 1
    assert af.case_candidates(w.agent, w.customer_id, K.RETURN)[0].max_qty == 0

    # Not shipped: nothing to return; a paid unshipped line may still get a refund only.
    waiting = make_order(services, w.reviewer)
    line_id = _first_line(services, waiting.id)
    with pytest.raises(ValidationError) as info:
        af.create_case(w.agent, w.customer_id, K.RETURN, "no_reason", [(line_id, 1)])
    assert info.value.params["reached"] == 0
    refund_only = af.create_case(w.agent, w.customer_id, K.REFUND_ONLY, "other", [(line_id, 1)])
    assert refund_only.case.status == S.REQUESTED

    # Another customer's order, a line twice, an unknown reason, nothing chosen.
    stranger = shipped(services, actors, recipient_name="李娜", recipient_phone="13900001111")
    stranger_line = _first_line(services, stranger.id)
    for bad in (
        lambda: af.create_case(w.agent, w.customer_id, K.RETURN, "other", [(stranger_line, 1)]),
        lambda: af.create_case(
            w.agent, w.customer_id, K.RETURN, "other", [(w.mug_line, 1), (w.mug_line, 1)]
        ),
        lambda: af.create_case(w.agent, w.customer_id, K.RETURN, "bored", [(w.mug_line, 1)]),
        lambda: af.create_case(w.agent, w.customer_id, K.RETURN, "other", []),
        lambda: af.create_case(w.agent, w.customer_id, K.RETURN, "other", [(w.mug_line, 0)]),
    ):
        with pytest.raises(ValidationError):
            bad()


# -- receipt --------------------------------------------------------------------------------


def test_return_restocks_and_quarantines(services: Services, w: World) -> None:
    af = services.aftersales
    near = w.cat.near
    shirts_before = balance(services, w.cat.shirt, near)
    case = af.create_case(w.agent, w.customer_id, K.RETURN, "damaged",
                          [(w.shirt_line, 2), (w.mug_line, 1)], "外箱压坏")  # fmt: skip
    case_id = case.case.id
    af.approve_case(w.agent, case_id)
    with pytest.raises(PermissionDenied):  # customer service does not handle goods
        af.receive_scan(w.agent, case_id, SHIRT_BARCODE, Disposition.RESELLABLE, near)
    found = af.receipt_case(w.warehouse, case.case.case_no.lower())
    assert found.case.id == case_id and found.default_warehouse_id == near
    assert "*" in found.case.customer_name  # the warehouse sees the name masked
    # The parcel arrives before anyone marked it awaited: one good shirt, one torn shirt.
    scan = af.receive_scan(w.warehouse, case_id, SHIRT_BARCODE, Disposition.RESELLABLE, near)
    assert scan.sku == "SKU-T" and scan.detail.case.status == S.RECEIVED
    scan = af.receive_scan(w.warehouse, case_id, "sku-t", Disposition.DAMAGED, near)
    shirts = [ln for ln in scan.detail.lines if ln.sku == "SKU-T"]
    assert sorted((ln.qty, ln.received_qty, ln.disposition) for ln in shirts) == [
        (1, 1, Disposition.DAMAGED), (1, 1, Disposition.RESELLABLE),
    ]  # fmt: skip
    with pytest.raises(ConflictError):  # both shirts are in
        af.receive_scan(w.warehouse, case_id, SHIRT_BARCODE, Disposition.RESELLABLE, near)
    with pytest.raises(NotFound):
        af.receive_scan(w.warehouse, case_id, "6900000000000", Disposition.RESELLABLE, near)
    mug = line_of(scan.detail, "SKU-M")
    with pytest.raises(ValidationError):
        af.receive(w.warehouse, case_id, [ReceiptLine(mug.id, 2, Disposition.DAMAGED, near)])
    done = af.receive(w.warehouse, case_id, [ReceiptLine(mug.id, 1, Disposition.DAMAGED, near)])
    assert line_of(done, "SKU-M").received_qty == 1
    on_hand, reserved, quarantined = shirts_before
    assert balance(services, w.cat.shirt, near) == (on_hand + 1, reserved, quarantined + 1)
    assert balance(services, w.cat.mug, near)[2] == 1
    assert services.inventory.ledger_differences(w.supervisor) == []
    assert check_database(services.db).ok
    inspected = af.inspect(w.warehouse, case_id)
    assert inspected.case.status == S.INSPECTED and inspected.case.received_units == 3
    history = [action for action, _note in _events(services, w.order.id)]
    assert history[-5:] == ["case_receive", "case_restock", "case_quarantine",
                            "case_quarantine", "case_inspect"]  # fmt: skip
    movements = services.inventory.movements(w.supervisor, w.cat.shirt, near)
    assert any(m.reference == f"case {case.case.case_no}" for m in movements)


# -- refunds ----------------------------------------------------------------------------------


def test_refund_limits_and_four_eyes(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.RETURN, "wrong_size",
                          [(w.shirt_line, 2), (w.mug_line, 1)])  # fmt: skip
    shirt = line_of(case, "SKU-T")
    assert shirt.max_refund == Decimal("100.00")
    with pytest.raises(ValidationError):  # more than the line was paid
        af.request_refund(w.agent, case.case.id, RefundAsk({shirt.id: Decimal("100.01")}))
    with pytest.raises(ValidationError):  # more shipping than the order's fee
        af.request_refund(w.agent, case.case.id, RefundAsk(shipping={w.order.id: Decimal("9")}))
    with pytest.raises(ValidationError):  # free amounts only for refund-only cases
        af.request_refund(
            w.agent, case.case.id, RefundAsk(free_amounts={w.order.id: Decimal("5")}, reason="x")
        )
    # Partial + partial within what was paid (138.00).
    first = af.request_refund(w.agent, case.case.id, RefundAsk({shirt.id: Decimal("50.00")}))
    (refund,) = first.refunds
    assert refund.status == RefundStatus.REQUESTED and refund.amount == Decimal("50.00")
    with pytest.raises(PermissionDenied):  # never your own request
        af.approve_refund(w.agent, refund.id)
    assert not refund.may_approve(w.agent) and refund.may_approve(w.other_agent)
    af.approve_refund(w.other_agent, refund.id)
    assert _payment(services, w.order.id) == (Decimal("138.00"), Decimal("50.00"))
    with pytest.raises(ConflictError):
        af.approve_refund(w.supervisor, refund.id)  # already decided
    mug = line_of(case, "SKU-M")
    second = af.request_refund(
        w.agent, case.case.id,
        RefundAsk({shirt.id: Decimal("50.00"), mug.id: Decimal("30.00")},
                  {w.order.id: Decimal("8.00")}, reason="全部退款"),
    )  # fmt: skip
    pending = [r for r in second.refunds if r.status == RefundStatus.REQUESTED]
    assert [r.amount for r in pending] == [Decimal("88.00")]
    assert second.orders[0].remaining == Decimal("88.00")
    assert second.orders[0].pending == Decimal("88.00")
    # The order's detail pane says what still waits (the approved 50 is already refunded).
    (payment,) = services.order_queries.detail(w.reviewer, w.order.id).payments
    assert (payment.refunded, payment.refunds_requested) == (Decimal("50.00"), Decimal("88.00"))
    # Anything more than what remains (88.00) is refused, naming the amounts.
    with pytest.raises(ValidationError) as info:
        af.request_refund(
            w.agent, case.case.id,
            RefundAsk({shirt.id: Decimal("100.00")}),
        )  # fmt: skip
    assert info.value.params["remaining"] == "88.00" and info.value.params["paid"] == "138.00"
    # Within what remains but on top of the waiting request: only when confirmed.
    with pytest.raises(ConfirmationRequired):
        af.request_refund(w.agent, case.case.id, RefundAsk({mug.id: Decimal("30.00")}))
    third = af.request_refund(
        w.agent, case.case.id, RefundAsk({mug.id: Decimal("30.00")}), confirm=True
    )
    extra = next(r for r in third.refunds if r.amount == Decimal("30.00"))
    af.approve_refund(w.other_agent, pending[0].id)  # 50 + 88 = 138: all that was paid
    with pytest.raises(ConflictError) as refused:
        af.approve_refund(w.other_agent, extra.id)
    assert refused.value.params["remaining"] == "0.00"
    assert _payment(services, w.order.id) == (Decimal("138.00"), Decimal("138.00"))
    af.reject_refund(w.agent, extra.id, "重复申请")  # the requester withdraws it
    # The database itself refuses an approver who is the requester.
    with pytest.raises(IntegrityError):
        transaction(
            services.db,
            None,
            lambda uow: uow.session.execute(
                update(Refund).where(Refund.id == extra.id).values(approved_by=Refund.requested_by)
            ),
        )
    actions = read(
        services.db,
        lambda uow: list(
            uow.session.scalars(
                select(AuditLog.action)
                .where(AuditLog.action.like("refund.%"))
                .order_by(AuditLog.id)
            )
        ),
    )
    assert actions == ["refund.request", "refund.approve", "refund.request", "refund.request",
                       "refund.approve", "refund.reject"]  # fmt: skip
    assert check_database(services.db).ok


def test_above_the_threshold_only_a_supervisor_approves(
    services: Services, actors: dict[Role, Actor], w: World
) -> None:
    services.settings.update(actors[Role.ADMIN], "aftersales.refund_supervisor_threshold", 100)
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.RETURN, "defective",
                          [(w.shirt_line, 2), (w.mug_line, 1)])  # fmt: skip
    shirt, mug = line_of(case, "SKU-T"), line_of(case, "SKU-M")
    small = af.request_refund(w.agent, case.case.id, RefundAsk({mug.id: Decimal("30.00")}))
    assert not small.refunds[0].needs_supervisor
    af.approve_refund(w.other_agent, small.refunds[0].id)
    # 30 already refunded on the case: another 80 takes it past 100.
    big = af.request_refund(w.agent, case.case.id, RefundAsk({shirt.id: Decimal("80.00")}))
    waiting = next(r for r in big.refunds if r.status == RefundStatus.REQUESTED)
    assert waiting.needs_supervisor and not waiting.may_approve(w.other_agent)
    with pytest.raises(PermissionDenied) as info:
        af.approve_refund(w.other_agent, waiting.id)
    assert info.value.params["threshold"] == "100"
    approved = af.approve_refund(w.supervisor, waiting.id)
    assert approved.status == RefundStatus.APPROVED and approved.decided_by == w.supervisor.user_id


def test_refund_only_case_moves_when_the_refund_is_approved(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.REFUND_ONLY, "late_delivery",
                          [(w.mug_line, 1)], "补偿运费")  # fmt: skip
    with pytest.raises(ValidationError):  # a free amount needs its reason
        af.request_refund(w.agent, case.case.id, RefundAsk(free_amounts={w.order.id: Decimal(8)}))
    asked = af.request_refund(
        w.agent, case.case.id,
        RefundAsk(free_amounts={w.order.id: Decimal("8.00")}, reason="延迟发货补偿"),
    )  # fmt: skip
    af.approve_case(w.agent, case.case.id)
    af.approve_refund(w.other_agent, asked.refunds[0].id)
    detail = af.get_case(w.agent, case.case.id)
    assert detail.case.status == S.REFUNDED and detail.case.refunded == Decimal("8.00")
    assert af.close_case(w.agent, case.case.id).case.status == S.CLOSED
    with pytest.raises(ConflictError):
        af.request_refund(w.agent, case.case.id, RefundAsk({detail.lines[0].id: Decimal(1)}))
    history = [action for action, _note in _events(services, w.order.id)]
    for step in ("case_open", "refund_request", "case_approve", "refund_approve",
                 "case_refund", "case_close"):  # fmt: skip
        assert step in history, step


def test_rejecting_a_case_rejects_its_waiting_refunds(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.RETURN, "other", [(w.mug_line, 1)])
    asked = af.request_refund(w.agent, case.case.id, RefundAsk({case.lines[0].id: Decimal(30)}))
    rejected = af.reject_case(w.other_agent, case.case.id, "超过退货期")
    assert [r.status for r in rejected.refunds] == [RefundStatus.REJECTED]
    assert rejected.refunds[0].decided_by == w.other_agent.user_id
    assert asked.refunds[0].id == rejected.refunds[0].id


def test_cancelled_orders_refund_waits_in_the_queue(services: Services, w: World) -> None:
    af = services.aftersales
    order = make_order(services, w.reviewer)
    services.orders.cancel(w.reviewer, order.id, "买家取消")
    (waiting,) = [r for r in af.refund_queue(w.agent) if r.order_id == order.id]
    assert waiting.case_id is None and waiting.amount == Decimal("138.00")
    with pytest.raises(PermissionDenied):  # 138 is below 500, but the reviewer asked for it
        af.approve_refund(w.reviewer, waiting.id)
    af.approve_refund(w.agent, waiting.id)
    assert _payment(services, order.id) == (Decimal("138.00"), Decimal("138.00"))
    assert [r for r in af.refund_queue(w.agent) if r.order_id == order.id] == []
    screen = services.customers.customer_screen(w.agent, w.customer_id)
    assert any(r.id == waiting.id and r.status == RefundStatus.APPROVED for r in screen.refunds)


# -- replacement orders -------------------------------------------------------------------------


def test_exchange_creates_an_order_waiting_for_review(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.EXCHANGE, "wrong_size", [(w.shirt_line, 1)])
    case_id = case.case.id
    af.approve_case(w.agent, case_id)
    af.mark_awaiting_return(w.agent, case_id)
    af.receive_scan(w.warehouse, case_id, SHIRT_BARCODE, Disposition.RESELLABLE, w.cat.near)
    af.inspect(w.warehouse, case_id)
    with pytest.raises(ValidationError):  # one came back: one goes out
        af.resend(w.agent, case_id, [("SKU-M", 2)])
    with pytest.raises(ValidationError):
        af.resend(w.agent, case_id, [("NO-SUCH", 1)])
    done = af.resend(w.agent, case_id, [("SKU-M", 1)])
    assert done.case.status == S.RESENT and done.case.replacement_order_no
    new = services.order_queries.detail(w.reviewer, done.case.replacement_order_id)
    assert new.row.status == OrderStatus.PENDING_REVIEW
    assert new.origin == "exchange" and new.row.total == Decimal("0.00")
    assert [(ln.sku, ln.qty, ln.unit_price) for ln in new.lines] == [("SKU-M", 1, Decimal("0.00"))]
    parent = read(
        services.db,
        lambda uow: uow.session.execute(
            select(Order.parent_order_id, Order.customer_id, Order.recipient_name).where(
                Order.id == done.case.replacement_order_id
            )
        ).one(),
    )
    assert tuple(parent) == (w.order.id, w.customer_id, "张伟")
    assert ("case_replacement", done.case.case_no) in _events(
        services, done.case.replacement_order_id
    )
    # The new order is a normal order: it goes through review.
    services.orders.approve(w.reviewer, done.case.replacement_order_id)
    with pytest.raises(ConflictError):
        af.resend(w.agent, case_id, [("SKU-M", 1)])  # only once
    assert af.close_case(w.agent, case_id).case.status == S.CLOSED


def test_resend_sends_the_cases_own_items(services: Services, w: World) -> None:
    af = services.aftersales
    case = af.create_case(w.agent, w.customer_id, K.RESEND, "missing_item", [(w.mug_line, 1)])
    af.approve_case(w.agent, case.case.id)
    with pytest.raises(ValidationError):
        af.resend(w.agent, case.case.id, [("SKU-T", 1)])
    done = af.resend(w.agent, case.case.id)
    new = services.order_queries.detail(w.reviewer, done.case.replacement_order_id)
    assert new.origin == "resend" and [(ln.sku, ln.qty) for ln in new.lines] == [("SKU-M", 1)]
    assert new.row.status == OrderStatus.PENDING_REVIEW


def test_tickets_link_to_cases(services: Services, w: World) -> None:
    from app.service_desk import TicketKind, TicketPriority

    ticket = services.service_desk.create_ticket(
        w.agent, TicketKind.AFTERSALES, TicketPriority.NORMAL, "尺码不合适",
        customer_id=w.customer_id, order_id=w.order.id,
    )  # fmt: skip
    case = services.aftersales.create_case(
        w.agent, w.customer_id, K.RETURN, "wrong_size", [(w.shirt_line, 1)],
        ticket_id=ticket.ticket.id,
    )  # fmt: skip
    assert [t.id for t in case.tickets] == [ticket.ticket.id]
    again = services.service_desk.get_ticket(w.agent, ticket.ticket.id)
    assert again.ticket.case_no == case.case.case_no


def test_manual_entry_is_unchanged_by_the_shared_creation(services: Services, w: World) -> None:
    """OrderService.create and the replacement orders share `_create`: a retry with the same
    idempotency key still returns the first order."""
    first = services.orders.create(w.reviewer, DRAFT, "phone-call-1")
    assert services.orders.create(w.reviewer, DRAFT, "phone-call-1") == first
    assert first.status == OrderStatus.PENDING_REVIEW
