"""The order service on every backend: manual entry, the pipeline, cancel, hold, merge, split,
batch actions, and races between workstations."""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import (
    AppError,
    ConcurrencyError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from app.integrity import check_database
from app.orders import DraftLine
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from app.uow import read
from models import AuditLog, OrderEvent, Refund, RefundStatus
from tests.orders_helpers import DRAFT, catalogue, count, level, make_order, set_order


def _history(services: Services, order_id: int) -> list[tuple[str, str | None, str | None]]:
    return read(
        services.db,
        lambda uow: [
            (e.action, e.from_status, e.to_status)
            for e in uow.session.scalars(
                select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id)
            )
        ],
    )


def test_create_validates_every_field(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    clerk = actors[Role.REVIEWER]
    bad = {
        "recipient_name": replace(DRAFT, recipient_name="  "),
        "recipient_phone": replace(DRAFT, recipient_phone="12345"),
        "address": replace(DRAFT, address="1号"),
        "province": replace(DRAFT, province=""),
        "sku": replace(DRAFT, lines=(DraftLine("NO-SUCH", 1),)),
        "qty": replace(DRAFT, lines=(DraftLine("SKU-T", 0),)),
        "price": replace(DRAFT, lines=(DraftLine("SKU-T", 1, Decimal("-1")),)),
        "lines": replace(DRAFT, lines=()),
        "paid_amount": replace(DRAFT, paid_amount=Decimal("999.00")),
        "shipping_fee": replace(DRAFT, shipping_fee=Decimal("1.005")),
    }
    for field_name, draft in bad.items():
        with pytest.raises(ValidationError) as info:
            services.orders.create(clerk, draft)
        assert info.value.field == field_name, (field_name, str(info.value))
    assert count(services, "SELECT COUNT(*) FROM orders") == 0


def test_create_computes_money_and_is_idempotent(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    clerk = actors[Role.REVIEWER]
    draft = replace(
        DRAFT,
        lines=(DraftLine("SKU-T", 2, discount=Decimal("5.00")), DraftLine("SKU-M", 1)),
        discount=Decimal("3.00"),
        paid_amount=Decimal("130.00"),  # 100 - 5 + 30 + 8 - 3
    )
    first = services.orders.create(clerk, draft, idempotency_key="phone-call-17")
    again = services.orders.create(clerk, draft, idempotency_key="phone-call-17")
    assert again.id == first.id and again.order_no == first.order_no
    assert count(services, "SELECT COUNT(*) FROM orders") == 1
    assert first.status == OrderStatus.PENDING_REVIEW  # paid in full
    assert first.order_no.startswith("KD") and len(first.order_no) == 15
    detail = services.order_queries.detail(clerk, first.id)
    assert detail.goods_amount == Decimal("125.00") and detail.row.total == Decimal("130.00")
    assert [p.amount for p in detail.payments] == [Decimal("130.00")]
    unpaid = services.orders.create(clerk, replace(draft, paid_amount=Decimal(0)))
    assert unpaid.status == OrderStatus.PENDING_PAYMENT
    assert unpaid.order_no != first.order_no
    assert check_database(services.db).ok


def test_the_pipeline_to_completed_keeps_stock_and_history(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    reviewer, warehouse = actors[Role.REVIEWER], actors[Role.WAREHOUSE]
    order = make_order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    confirmed = services.orders.confirm(reviewer, order.id)
    assert confirmed.status == OrderStatus.CONFIRMED
    assert level(services, cat.shirt, cat.near) == (10, 2)
    assert check_database(services.db).ok
    with pytest.raises(PermissionDenied):
        services.orders.pick(reviewer, order.id)
    for step in ("pick", "pack", "ship", "deliver"):
        getattr(services.orders, step)(warehouse, order.id)
    # Completing by hand is a supervisor's call (the sweep completes N days after delivery).
    services.orders.complete(actors[Role.SUPERVISOR], order.id)
    assert level(services, cat.shirt, cat.near) == (8, 0)
    assert [a for a, _f, _t in _history(services, order.id)] == [
        "create", "approve", "confirm", "pick", "pack", "ship", "deliver", "complete",
    ]  # fmt: skip
    actions = read(
        services.db,
        lambda uow: uow.session.scalars(
            select(AuditLog.action).where(AuditLog.entity_id == str(order.id))
        ).all(),
    )
    assert "order.confirm" in actions and "order.ship" in actions
    assert check_database(services.db).ok


def test_illegal_moves_say_why(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(services, reviewer)
    with pytest.raises(ConflictError) as info:
        services.orders.confirm(reviewer, order.id)
    assert info.value.params["status"] == "pending_review"
    assert info.value.params["action"] == "confirm"
    services.orders.approve(reviewer, order.id)
    with pytest.raises(ConflictError) as info:
        services.orders.approve(reviewer, order.id)
    assert "already approved by user_reviewer" in str(info.value)


def test_return_for_correction_then_edit_goes_back_to_review(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(services, reviewer)
    with pytest.raises(ValidationError):
        services.orders.return_for_correction(reviewer, order.id, "  ")
    returned = services.orders.return_for_correction(reviewer, order.id, "门牌号不全")
    assert returned.status == OrderStatus.NEEDS_CORRECTION
    edited = services.orders.edit(
        reviewer, order.id, returned.version, replace(DRAFT, address="川沙路 1688 号 2 栋 302 室")
    )
    assert edited.status == OrderStatus.PENDING_REVIEW
    assert _history(services, order.id)[-1] == ("edit", "needs_correction", "pending_review")
    detail = services.order_queries.detail(reviewer, order.id)
    assert "302" in detail.row.address
    assert any(e.note == "门牌号不全" for e in detail.events)


def test_a_stale_edit_is_refused_with_who_and_when(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer, supervisor = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    order = make_order(services, reviewer)
    services.orders.edit(supervisor, order.id, order.version, replace(DRAFT, buyer_note="加急"))
    with pytest.raises(ConcurrencyError) as info:
        services.orders.edit(reviewer, order.id, order.version, replace(DRAFT, buyer_note="x"))
    assert info.value.params["user"] == "user_supervisor"
    assert info.value.params["time"] is not None
    assert services.order_queries.detail(reviewer, order.id).buyer_note == "加急"


def test_confirm_of_a_confirmed_order_is_not_editable(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    ref = services.orders.confirm(reviewer, order.id)
    with pytest.raises(ConflictError):
        services.orders.edit(reviewer, order.id, ref.version, DRAFT)


def test_cancel_releases_stock_and_requests_the_refund(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    services.orders.confirm(reviewer, order.id)
    assert level(services, cat.mug, cat.near) == (10, 1)
    cancelled = services.orders.cancel(reviewer, order.id, "买家取消")
    assert cancelled.status == OrderStatus.CANCELLED
    assert level(services, cat.mug, cat.near) == (10, 0)
    refunds = read(
        services.db,
        lambda uow: [
            (r.amount, r.status, r.requested_by) for r in uow.session.scalars(select(Refund))
        ],
    )
    assert refunds == [(Decimal("138.00"), RefundStatus.REQUESTED, reviewer.user_id)]
    with pytest.raises(ConflictError):
        services.orders.cancel(reviewer, order.id, "again")
    assert check_database(services.db).ok


def test_hold_blocks_progress_until_released(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(services, reviewer)
    services.orders.hold(reviewer, order.id, "买家要求延迟发货")
    with pytest.raises(ConflictError) as info:
        services.orders.approve(reviewer, order.id)
    assert info.value.params["reason"] == "买家要求延迟发货"
    with pytest.raises(ConflictError):
        services.orders.hold(reviewer, order.id, "twice")
    services.orders.release(reviewer, order.id)
    assert services.orders.approve(reviewer, order.id).status == OrderStatus.APPROVED
    assert [a for a, _f, _t in _history(services, order.id)] == [
        "create", "hold", "release", "approve",
    ]  # fmt: skip


def test_confirm_without_stock_reserves_nothing(
    services: Services, actors: dict[Role, Actor]
) -> None:
    cat = catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(
        services, reviewer, lines=(DraftLine("SKU-T", 1), DraftLine("SKU-X", 1)),
        paid_amount=Decimal("1057.00"),
    )  # fmt: skip
    services.orders.approve(reviewer, order.id)
    with pytest.raises(ConflictError) as info:
        services.orders.confirm(reviewer, order.id)
    assert "SKU-X (0/1)" in str(info.value)
    assert level(services, cat.shirt, cat.near) == (10, 0)
    assert services.order_queries.detail(reviewer, order.id).row.status == OrderStatus.APPROVED


def test_merge_keeps_money_history_and_stock(services: Services, actors: dict[Role, Actor]) -> None:
    cat = catalogue(services)
    reviewer = actors[Role.REVIEWER]
    services.review_rules.save_rule(actors[Role.SUPERVISOR], "duplicate_suspect", is_enabled=False)
    a = make_order(services, reviewer)  # 138.00 paid
    b = make_order(
        services, reviewer, lines=(DraftLine("SKU-M", 3, discount=Decimal("1.50")),),
        shipping_fee=Decimal(0), paid_amount=Decimal("88.50"),
    )  # fmt: skip
    services.orders.approve(reviewer, a.id)
    services.orders.confirm(reviewer, a.id)
    services.orders.approve(reviewer, b.id)
    other = make_order(services, reviewer, address="另一个地址 8 号 1 室")
    with pytest.raises(ValidationError):
        services.orders.merge(reviewer, [a.id, other.id])
    merged = services.orders.merge(reviewer, [a.id, b.id])
    assert merged.status == OrderStatus.APPROVED  # to be confirmed again, as one parcel
    detail = services.order_queries.detail(reviewer, merged.id)
    assert detail.row.total == Decimal("226.50") == detail.paid_amount
    assert detail.goods_amount == Decimal("218.50") and detail.shipping_fee == Decimal("8.00")
    assert sum(p.amount for p in detail.payments) == Decimal("226.50")
    assert [(ln.sku, ln.qty) for ln in detail.lines] == [("SKU-T", 2), ("SKU-M", 1), ("SKU-M", 3)]
    assert level(services, cat.shirt, cat.near) == (10, 0)  # a's reservation given back
    for source in (a, b):
        src = services.order_queries.detail(reviewer, source.id)
        assert src.row.status == OrderStatus.CANCELLED and src.paid_amount == 0
        assert src.events[-1].note == f"merged into {merged.order_no}"
    assert a.order_no in detail.events[-1].note
    services.orders.confirm(reviewer, merged.id)
    assert level(services, cat.mug, cat.near) == (10, 4)
    assert count(services, "SELECT COUNT(*) FROM refunds") == 0
    assert check_database(services.db).ok


def test_split_ships_what_is_in_stock_and_keeps_money(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    order = make_order(
        services, reviewer,
        lines=(DraftLine("SKU-T", 3, discount=Decimal("10.00")), DraftLine("SKU-X", 1)),
        discount=Decimal("5.00"), paid_amount=Decimal("1142.00"),  # 150-10+999+8-5
    )  # fmt: skip
    detail = services.order_queries.detail(reviewer, order.id)
    t_line, x_line = detail.lines
    with pytest.raises(ValidationError):
        services.orders.split(reviewer, order.id, {t_line.id: 3, x_line.id: 1})
    with pytest.raises(ValidationError):
        services.orders.split(reviewer, order.id, {t_line.id: 4})
    result = services.orders.split(reviewer, order.id, {x_line.id: 1, t_line.id: 1})
    left = services.order_queries.detail(reviewer, order.id)
    new = services.order_queries.detail(reviewer, result.new.id)
    assert [(ln.sku, ln.qty, ln.discount) for ln in left.lines] == [("SKU-T", 2, Decimal("6.67"))]
    assert [(ln.sku, ln.qty, ln.discount) for ln in new.lines] == [
        ("SKU-T", 1, Decimal("3.33")), ("SKU-X", 1, Decimal("0.00")),
    ]  # fmt: skip
    assert left.row.total + new.row.total == Decimal("1142.00")
    assert left.paid_amount + new.paid_amount == Decimal("1142.00")
    assert left.row.total == Decimal("96.33")  # 100 - 6.67 + 8 shipping - 5 discount
    assert new.parent_order_no == order.order_no and new.row.status == OrderStatus.PENDING_REVIEW
    assert check_database(services.db).ok
    # The in-stock part now goes through alone; cancelling the rest refunds its share.
    services.orders.approve(reviewer, order.id)
    services.orders.confirm(reviewer, order.id)
    services.orders.cancel(reviewer, result.new.id, "缺货")
    refunds = read(services.db, lambda uow: uow.session.scalars(select(Refund.amount)).all())
    assert refunds == [new.row.total]
    assert check_database(services.db).ok


def _many(services: Services, actor: Actor, n: int) -> list[int]:
    return [
        make_order(services, actor, address=f"川沙路 {i + 1} 号 {i % 9 + 1} 栋").id
        for i in range(n)
    ]


def test_batch_approve_reports_each_failure_and_keeps_the_rest(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services, shirt_near=500, mug_near=500)
    reviewer = actors[Role.REVIEWER]
    ids = _many(services, reviewer, 30)
    broken = [ids[3], ids[17], ids[29]]
    for order_id in broken:  # as a bad platform feed would leave them
        set_order(services, order_id, recipient_phone="12", phone_last4="12")
    seen: list[tuple[int, int]] = []
    result = services.orders.batch_approve(
        reviewer, ids, progress=lambda done, total: seen.append((done, total))
    )
    assert len(result.succeeded) == 27 and sorted(result.failed_ids) == sorted(broken)
    assert all(isinstance(f.error, ValidationError) for f in result.failed)
    assert all("phone" in str(f.error) and f.order_no.startswith("KD") for f in result.failed)
    assert seen[-1] == (30, 30)
    confirmed = services.orders.batch_confirm(reviewer, list(result.succeeded))
    assert len(confirmed.succeeded) == 27 and not confirmed.failed
    # Retry of the failed ones after fixing one of them: only that one goes through.
    set_order(services, broken[0], recipient_phone="13900001111", phone_last4="1111")
    retry = services.orders.batch_approve(reviewer, result.failed_ids)
    assert retry.succeeded == (broken[0],) and len(retry.failed) == 2
    assert count(services, "SELECT COUNT(*) FROM orders WHERE status = 'confirmed'") == 27
    assert check_database(services.db).ok


def test_batch_cancel_stops_when_cancelled(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    ids = _many(services, reviewer, 3)
    result = services.orders.batch_cancel(reviewer, ids, "清仓", cancelled=lambda: True)
    assert result.cancelled and result.succeeded == ()
    with pytest.raises(PermissionDenied):
        services.orders.batch_cancel(actors[Role.ANALYST], ids, "x")


def _race(calls: list) -> list[object]:  # type: ignore[type-arg]
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except AppError as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_workstations_confirm_the_same_order(
    services: Services, actors: dict[Role, Actor], db_url: str
) -> None:
    """Each workstation has its own connection pool; exactly one confirm wins and the stock
    is reserved once."""
    from app.db import open_database
    from app.services import Services as Facade

    cat = catalogue(services)
    reviewer, supervisor = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    order = make_order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    other = Facade.for_database(open_database(db_url))
    try:
        results = _race(
            [
                lambda: services.orders.confirm(reviewer, order.id),
                lambda: other.orders.confirm(supervisor, order.id),
            ]
        )
    finally:
        other.close()
    wins = [r for r in results if not isinstance(r, AppError)]
    losses = [r for r in results if isinstance(r, ConflictError)]
    assert len(wins) == 1 and len(losses) == 1, results
    assert "already confirmed by" in str(losses[0])
    assert level(services, cat.shirt, cat.near) == (10, 2)
    assert count(services, "SELECT COUNT(*) FROM stock_movements WHERE kind = 'reserve'") == 2
    assert check_database(services.db).ok


def test_two_workstations_approve_and_edit_at_once(
    services: Services, actors: dict[Role, Actor], db_url: str
) -> None:
    from app.db import open_database
    from app.services import Services as Facade

    catalogue(services)
    reviewer, supervisor = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    order = make_order(services, reviewer)
    other = Facade.for_database(open_database(db_url))
    try:
        results = _race(
            [
                lambda: services.orders.approve(reviewer, order.id),
                lambda: other.orders.approve(supervisor, order.id),
            ]
        )
        assert sum(not isinstance(r, AppError) for r in results) == 1, results
        approved = services.order_queries.detail(reviewer, order.id).row
        # Two edits from the same loaded version: one is saved, the other must reload.
        draft_a = replace(DRAFT, buyer_note="A")
        draft_b = replace(DRAFT, buyer_note="B")
        results = _race(
            [
                lambda: services.orders.edit(reviewer, order.id, approved.version, draft_a),
                lambda: other.orders.edit(supervisor, order.id, approved.version, draft_b),
            ]
        )
    finally:
        other.close()
    assert sum(isinstance(r, ConcurrencyError) for r in results) == 1, results
    assert count(services, "SELECT COUNT(*) FROM order_events WHERE action = 'approve'") == 1


def test_order_numbers_stay_unique_under_concurrency(
    services: Services, actors: dict[Role, Actor], db_url: str
) -> None:
    from app.db import open_database
    from app.services import Services as Facade

    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    other = Facade.for_database(open_database(db_url))
    try:
        drafts = [replace(DRAFT, address=f"人民路 {i} 号 1 室") for i in range(6)]
        calls = [
            (lambda d=d, s=(services if i % 2 else other): s.orders.create(reviewer, d))
            for i, d in enumerate(drafts)
        ]
        results = _race(calls)
    finally:
        other.close()
    assert not [r for r in results if isinstance(r, AppError)], [str(r) for r in results]
    numbers = [r.order_no for r in results]  # type: ignore[attr-defined]
    assert len(set(numbers)) == 6
