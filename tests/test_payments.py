"""Money on the order (issue 18): payments, cash on delivery end to end, the remittance
import, automatic completion and cancelling unpaid orders, on every backend."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.orders import DraftLine, OrderDraft
from app.payments import PaymentEntry, PaymentStatus
from app.permissions import Actor
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import (
    AuditLog,
    CaseKind,
    Order,
    OrderEvent,
    OrderStatus,
    Payment,
    Refund,
    Role,
    Shipment,
    utcnow,
)  # fmt: skip
from tests.conftest import add_user
from tests.fulfilment_helpers import KETTLE_BARCODE, SHIRT_BARCODE, order_status, shop
from tests.logistics_world import World
from tests.orders_helpers import DRAFT, catalogue

D = Decimal


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return shop(services, admin)


def _order(services: Services, order_id: int) -> Order:
    return read(services.db, lambda uow: uow.session.get(Order, order_id))


def _payments(services: Services, order_id: int) -> list[Payment]:
    return read(
        services.db,
        lambda uow: list(
            uow.session.scalars(
                select(Payment).where(Payment.order_id == order_id).order_by(Payment.id)
            )
        ),
    )


# -- payments ---------------------------------------------------------------------------------


def test_partial_failed_and_pending_payments_then_review(
    services: Services, actors: dict[Role, Actor]
) -> None:
    admin, clerk = actors[Role.ADMIN], actors[Role.REVIEWER]
    catalogue(services)
    ref = services.orders.create(admin, replace(DRAFT, paid_amount=D(0)))  # total 138.00
    assert ref.status == OrderStatus.PENDING_PAYMENT
    pay = services.payments
    failed = pay.record(clerk, ref.id, PaymentEntry(
        "card", D("138.00"), status=PaymentStatus.FAILED, reason="余额不足"))  # fmt: skip
    assert failed.order_status == "pending_payment" and failed.paid == 0
    with pytest.raises(ValidationError) as no_reason:
        pay.record(clerk, ref.id, PaymentEntry("card", D(1), status=PaymentStatus.PENDING))
    assert no_reason.value.field == "reason"
    part = pay.record(clerk, ref.id, PaymentEntry("bank_transfer", D("100.00"), "流水 8812"))
    assert (part.paid, part.due, part.moved) == (D("100.00"), D("38.00"), False)
    with pytest.raises(ValidationError) as too_much:
        pay.record(clerk, ref.id, PaymentEntry("alipay", D("38.01")))
    assert too_much.value.field == "amount"
    pending = pay.record(clerk, ref.id, PaymentEntry(
        "alipay", D("38.00"), status=PaymentStatus.PENDING, reason="等待到账"))  # fmt: skip
    assert order_status(services, ref.id) == OrderStatus.PENDING_PAYMENT
    done = pay.resolve(clerk, pending.payment_id, True)
    assert done.moved and done.order_status == "pending_review" and done.due == 0
    money = pay.order_money(clerk, ref.id)
    assert [(p.method, p.status.value) for p in money.payments] == [
        ("card", "failed"), ("bank_transfer", "paid"), ("alipay", "paid")]  # fmt: skip
    assert money.paid == D("138.00") and money.payments[1].reference == "流水 8812"
    with pytest.raises(ConflictError):
        pay.resolve(clerk, pending.payment_id, True)  # settled once only
    actions = read(services.db, lambda uow: list(uow.session.scalars(
        select(AuditLog.action).where(AuditLog.action.like("payment.%")))))  # fmt: skip
    assert actions.count("payment.record") == 3 and "payment.resolve" in actions


def test_only_money_roles_record_payments(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    ref = services.orders.create(actors[Role.ADMIN], replace(DRAFT, paid_amount=D(0)))
    for role in (Role.WAREHOUSE, Role.ANALYST, Role.CUSTOMER_SERVICE):
        with pytest.raises(PermissionDenied):
            services.payments.record(actors[role], ref.id, PaymentEntry("cash", D("138.00")))
    out = services.payments.record(actors[Role.SUPERVISOR], ref.id,
                                   PaymentEntry("cash", D("138.00")))  # fmt: skip
    assert out.moved


def test_unpaid_orders_are_cancelled_after_the_limit(
    services: Services, actors: dict[Role, Actor]
) -> None:
    admin = actors[Role.ADMIN]
    catalogue(services)
    services.settings.update(admin, "orders.unpaid_cancel_hours", 24)
    old = services.orders.create(admin, replace(DRAFT, paid_amount=D(0)))
    part = services.orders.create(admin, replace(DRAFT, paid_amount=D(0),
                                                 recipient_phone="13912345678"))  # fmt: skip
    services.payments.record(admin, part.id, PaymentEntry("cash", D("10.00")))
    new = services.orders.create(admin, replace(DRAFT, paid_amount=D(0),
                                                recipient_phone="13712345678"))  # fmt: skip
    cod = services.orders.create(admin, replace(DRAFT, paid_amount=D(0), payment_method="cod",
                                                recipient_phone="13612345678"))  # fmt: skip
    assert cod.status == OrderStatus.PENDING_REVIEW

    def age(uow: UnitOfWork) -> None:
        uow.session.execute(update(Order).where(Order.id.in_([old.id, part.id, cod.id]))
                            .values(ordered_at=utcnow() - timedelta(hours=25)))  # fmt: skip
        uow.commit()

    transaction(services.db, None, age)
    result = services.payments.sweep(actors[Role.WAREHOUSE])
    assert sorted(result.cancelled) == sorted([old.order_no, part.order_no])
    assert order_status(services, new.id) == OrderStatus.PENDING_PAYMENT
    assert order_status(services, cod.id) == OrderStatus.PENDING_REVIEW
    # What was paid in part is asked back (the after-sales desk approves it).
    asked = read(services.db, lambda uow: uow.session.scalar(
        select(Refund.amount).join(Payment).where(Payment.order_id == part.id)))  # fmt: skip
    assert asked == D("10.00")
    assert services.payments.sweep(admin).cancelled == ()


# -- cash on delivery, end to end ------------------------------------------------------------


def _cod_draft(phone: str, shirts: int = 2) -> OrderDraft:
    # 2 × 59.00 + 10.00 = 128.00, collected at the door.
    return replace(
        DRAFT, recipient_name="欧阳娜娜", recipient_phone=phone, paid_amount=D(0),
        lines=(DraftLine("SKU-SHIRT", shirts, D("59.00")), DraftLine("SKU-KETTLE", 1, D("10.00"))),
        shipping_fee=D(0), payment_method="cod",
    )  # fmt: skip


def _cod_to_packed(services: Services, admin: Actor, phone: str) -> int:
    ref = services.orders.create(admin, _cod_draft(phone))
    assert ref.status == OrderStatus.PENDING_REVIEW  # no payment needed
    services.orders.approve(admin, ref.id)
    services.orders.confirm(admin, ref.id)
    assert services.fulfilment.create_wave(admin, [ref.id]).succeeded == (ref.id,)
    services.fulfilment.complete_packing(admin, ref.id, [SHIRT_BARCODE] * 2 + [KETTLE_BARCODE])
    return ref.id


def _parcel(services: Services, order_id: int) -> Shipment:
    return read(services.db, lambda uow: uow.session.scalars(
        select(Shipment).where(Shipment.order_id == order_id)).first())  # fmt: skip


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_cash_on_delivery_end_to_end(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    services.settings.update(admin, "orders.default_carrier", "SF")
    order_id = _cod_to_packed(services, admin, "13900000001")
    other_id = _cod_to_packed(services, admin, "13900000002")
    number = _order(services, order_id).order_no
    # The label tells the courier what to collect, in figures and in capitals.
    out = tmp_path / "labels.pdf"
    # (The pack station printed it already: this is the reprint a clerk asks for.)
    printed = services.documents.labels(admin, [number], str(out), reprint_reason="看一下")
    assert printed.ok_count == 1, printed.failed
    text = " ".join(_pdf_text(out).split())
    assert "代收货款 ¥128.00" in text
    assert "人民币壹佰贰拾捌元整" in text
    assert services.fulfilment.ship(admin, [order_id, other_id]).succeeded == (order_id, other_id)
    shipped = _order(services, order_id)
    assert (shipped.status, shipped.paid_amount) == (OrderStatus.SHIPPED, D(0))
    # Delivered: the carrier holds the cash.
    parcel, other_parcel = _parcel(services, order_id), _parcel(services, other_id)
    now = utcnow().replace(microsecond=0)
    services.tracking.add_event(admin, parcel.id, now - timedelta(hours=1), "已签收")
    services.tracking.add_event(admin, other_parcel.id, now - timedelta(hours=1), "已签收")
    assert order_status(services, order_id) == OrderStatus.DELIVERED
    (collected,) = _payments(services, order_id)
    assert (collected.method, collected.status, collected.amount) == ("cod", "collected",
                                                                       D("128.00"))  # fmt: skip
    assert collected.tracking_no == parcel.tracking_no
    report = services.payments.cod_report(admin)
    (row,) = report.rows
    assert (row.carrier, row.outstanding_count, row.outstanding) == ("SF", 2, D("256.00"))
    # The carrier's remittance: one right, one short, one absurd, one unknown.
    csv = tmp_path / "回款.csv"
    csv.write_text(
        "运单号,代收货款,回款日期\n"
        f"{parcel.tracking_no},128.00,2026-12-01\n"
        f"{other_parcel.tracking_no},120.00,2026-12-01\n"
        "SF999,99999999999999999.99,2026-12-01\n"
        "SF998,nan,2026-12-01\n"
        "NOPE1,10.00,2026-12-01\n",
        encoding="utf-8",
    )
    result = services.payments.import_remittance(admin, str(csv))
    assert (result.total_rows, result.settled, result.duplicates) == (5, 2, 0)
    assert [p.row_no for p in result.problems] == [4, 5, 6]
    (diff,) = result.differences
    assert (diff.collected, diff.remitted) == (D("128.00"), D("120.00"))
    paid = _order(services, order_id)
    assert paid.paid_amount == D("128.00")
    assert _payments(services, order_id)[0].status == PaymentStatus.PAID
    again = services.payments.import_remittance(admin, str(csv))
    assert (again.settled, again.duplicates) == (0, 2)
    report = services.payments.cod_report(admin)
    (row,) = report.rows
    assert (row.outstanding_count, row.collected, row.remitted, row.difference) == (
        0, D("256.00"), D("248.00"), D("-8.00"))  # fmt: skip
    assert [d.order_no for d in report.differences] == [_order(services, other_id).order_no]
    # N days after delivery it is complete.
    _age_delivery(services, order_id, days=8)
    swept = services.payments.sweep(admin)
    assert swept.completed == (number,)
    assert order_status(services, order_id) == OrderStatus.COMPLETED
    assert order_status(services, other_id) == OrderStatus.DELIVERED  # not yet due


def _age_delivery(services: Services, order_id: int, days: int) -> None:
    def work(uow: UnitOfWork) -> None:
        uow.session.execute(
            update(OrderEvent)
            .where(OrderEvent.order_id == order_id, OrderEvent.action == "deliver")
            .values(ts=utcnow() - timedelta(days=days))
        )
        uow.commit()

    transaction(services.db, None, work)


# -- completion -------------------------------------------------------------------------------


def _delivered(services: Services, admin: Actor) -> int:
    catalogue(services)
    ref = services.orders.create(admin, DRAFT)
    for step in ("approve", "confirm", "pick", "pack", "ship", "deliver"):
        getattr(services.orders, step)(admin, ref.id)
    return ref.id


def test_completion_waits_for_an_open_case_and_the_window_closes(
    services: Services, actors: dict[Role, Actor]
) -> None:
    admin = actors[Role.ADMIN]
    order_id = _delivered(services, admin)
    order = _order(services, order_id)
    agent = actors[Role.CUSTOMER_SERVICE]
    lines = read(services.db, lambda uow: [ln.id for ln in uow.session.get(Order, order_id).lines])
    case = services.aftersales.create_case(agent, order.customer_id, CaseKind.RETURN, "damaged",
                                           [(lines[0], 1)])  # fmt: skip
    _age_delivery(services, order_id, days=30)
    assert services.payments.sweep(admin).completed == ()
    assert order_status(services, order_id) == OrderStatus.DELIVERED
    with pytest.raises(ValidationError):  # not by hand either while the case is open
        services.payments.complete(actors[Role.SUPERVISOR], order_id)
    services.aftersales.reject_case(actors[Role.SUPERVISOR], case.case.id, "不符合退货条件")
    assert services.payments.sweep(admin).completed == (order.order_no,)
    # After completion after-sales still opens within the window, then no more.
    services.aftersales.create_case(agent, order.customer_id, CaseKind.RETURN, "damaged",
                                    [(lines[1], 1)])  # fmt: skip

    def age(uow: UnitOfWork) -> None:
        uow.session.execute(update(OrderEvent).where(
            OrderEvent.order_id == order_id, OrderEvent.action == "complete",
        ).values(ts=utcnow() - timedelta(days=16)))  # fmt: skip
        uow.commit()

    transaction(services.db, None, age)
    with pytest.raises(ValidationError) as late:
        services.aftersales.create_case(agent, order.customer_id, CaseKind.RETURN, "other",
                                        [(lines[1], 1)])  # fmt: skip
    assert "after-sales closes 15 days" in late.value.message


def test_a_supervisor_completes_by_hand(services: Services, actors: dict[Role, Actor]) -> None:
    order_id = _delivered(services, actors[Role.ADMIN])
    for role in (Role.WAREHOUSE, Role.REVIEWER, Role.CUSTOMER_SERVICE):
        with pytest.raises(PermissionDenied):
            services.payments.complete(actors[role], order_id)
    assert services.payments.complete(actors[Role.SUPERVISOR], order_id, "客户确认") == "completed"
    with pytest.raises(ConflictError):
        services.payments.complete(actors[Role.SUPERVISOR], order_id)
    assert add_user  # the fixtures' helper stays importable for the race tests


# -- review sees what the reviewer saw ---------------------------------------------------------


def test_a_stale_approve_is_refused_with_a_clear_message(
    services: Services, actors: dict[Role, Actor]
) -> None:
    from app.errors import ConcurrencyError

    catalogue(services)
    a, b = actors[Role.REVIEWER], add_user(services.db, "reviewer_b", Role.REVIEWER)
    ref = services.orders.create(a, DRAFT)
    seen = ref.version  # reviewer A opens the order
    detail = services.order_queries.detail(b, ref.id)
    changed = services.orders.edit(
        b, ref.id, detail.row.version, replace(DRAFT, address="川沙路 1699 号 3 栋 502 室")
    )  # reviewer B corrects the address a moment earlier
    with pytest.raises(ConcurrencyError) as stale:
        services.orders.approve(a, ref.id, seen)
    assert "reviewer_b" in stale.value.message and "look at it again" in stale.value.message
    assert order_status(services, ref.id) == OrderStatus.PENDING_REVIEW
    assert services.orders.approve(a, ref.id, changed.version).status == OrderStatus.APPROVED
    with pytest.raises(ConcurrencyError):  # confirm too
        services.orders.confirm(a, ref.id, changed.version)


def test_a_refused_cod_parcel_comes_back_as_a_return_without_refund(
    services: Services, admin: Actor, world: World
) -> None:
    from models import Refund, ReturnCase

    order_id = _cod_to_packed(services, admin, "13900000009")
    assert services.fulfilment.ship(admin, [order_id]).succeeded == (order_id,)
    parcel = _parcel(services, order_id)
    services.tracking.add_event(admin, parcel.id, utcnow() - timedelta(hours=1), "拒收退回")
    assert _payments(services, order_id) == []  # nothing collected
    cases = read(services.db, lambda uow: uow.session.execute(
        select(ReturnCase.kind, ReturnCase.note)).all())  # fmt: skip
    assert [(str(k), n) for k, n in cases] == [("return", "COD parcel refused by the buyer: "
                                                "it comes back, no refund")]  # fmt: skip
    assert read(services.db, lambda uow: uow.session.scalars(select(Refund.id)).all()) == []
    # A second return event opens no second case.
    services.tracking.add_event(admin, parcel.id, utcnow() - timedelta(minutes=5), "退回签收")
    assert read(services.db, lambda uow: len(uow.session.scalars(select(ReturnCase.id)).all())) == 1


def test_only_money_received_is_refunded(services: Services, actors: dict[Role, Actor]) -> None:
    admin = actors[Role.ADMIN]
    catalogue(services)
    ref = services.orders.create(admin, replace(DRAFT, paid_amount=D(0)))
    services.payments.record(admin, ref.id, PaymentEntry(
        "card", D("138.00"), status=PaymentStatus.FAILED, reason="卡被拒"))  # fmt: skip
    services.payments.record(admin, ref.id, PaymentEntry("cash", D("20.00")))
    services.orders.cancel(admin, ref.id, "客户取消")
    asked = read(services.db, lambda uow: uow.session.execute(
        select(Payment.method, Refund.amount).join(Payment)).all())  # fmt: skip
    assert [(m, a) for m, a in asked] == [("cash", D("20.00"))]


def test_two_workstations_sweeping_at_once_complete_each_order_once(
    services: Services, actors: dict[Role, Actor]
) -> None:
    import threading

    admin = actors[Role.ADMIN]
    first = _delivered(services, admin)
    second = services.orders.create(admin, replace(DRAFT, recipient_phone="13912340000"))
    for step in ("approve", "confirm", "pick", "pack", "ship", "deliver"):
        getattr(services.orders, step)(admin, second.id)
    for order_id in (first, second.id):
        _age_delivery(services, order_id, days=8)
    barrier = threading.Barrier(2)
    results: list[object] = []

    def sweep(actor: Actor) -> None:
        barrier.wait()
        try:
            results.append(services.payments.sweep(actor))
        except Exception as exc:  # pragma: no cover - shows what went wrong
            results.append(exc)

    threads = [threading.Thread(target=sweep, args=(a,))
               for a in (admin, actors[Role.WAREHOUSE])]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    completed = [n for r in results for n in r.completed]  # type: ignore[attr-defined]
    assert sorted(completed) == sorted([_order(services, first).order_no, second.order_no]), results
    events = read(services.db, lambda uow: uow.session.scalars(
        select(OrderEvent.order_id).where(OrderEvent.action == "complete")).all())  # fmt: skip
    assert sorted(events) == sorted([first, second.id])  # once each


def test_a_cod_order_delivered_by_hand_is_collected_by_the_carrier(
    services: Services, admin: Actor, world: World
) -> None:
    order_id = _cod_to_packed(services, admin, "13900000007")
    services.orders.ship(admin, order_id)
    services.orders.deliver(admin, order_id)
    (payment,) = _payments(services, order_id)
    assert (payment.status, payment.amount) == ("collected", D("128.00"))
    money = services.payments.order_money(admin, order_id)
    assert money.is_cod and money.due == D("128.00") and money.paid == 0
