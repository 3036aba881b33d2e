"""Two workstations approve two different refunds of one payment at the same moment, whose sum
exceeds what was paid: exactly one goes through and the payment is never over-refunded."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.aftersales import CaseKind, RefundAsk
from app.orders import DraftLine
from app.permissions import Actor, Role
from app.services import Services
from app.uow import read
from models import OrderLine, Payment
from tests.aftersales_helpers import shipped, world
from tests.aftersales_race_worker import BARRIER_TIMEOUT, approve_in_rounds
from tests.conftest import add_user

ROUNDS = 6


@pytest.mark.slow
def test_two_approvals_at_once_never_refund_more_than_was_paid(
    services: Services, db_url: str, actors: dict[Role, Actor]
) -> None:
    first = world(services, actors, add_user(services.db, "agent2", Role.CUSTOMER_SERVICE))
    approvers = [add_user(services.db, f"supervisor{n}", Role.SUPERVISOR) for n in range(2)]
    af = services.aftersales
    rounds: list[tuple[int, int, int, Decimal, Decimal]] = []  # order, refund a, b, amounts
    for round_no in range(ROUNDS):
        # Two shirts, 108.00 paid; another address each time, or the rules hold a duplicate.
        order = shipped(
            services, actors, address=f"川沙路 {round_no} 号 2 栋 301 室",
            lines=(DraftLine("SKU-T", 2),), paid_amount=Decimal("108.00"),
        )  # fmt: skip
        line_id = read(
            services.db,
            lambda uow, order_id=order.id: uow.session.scalar(
                select(OrderLine.id).where(OrderLine.order_id == order_id)
            ),
        )
        # One shirt per case: the two approvals lock different cases and meet only at the
        # payment's conditional UPDATE. 58 + 58 = 116 > 108 paid; each alone fits.
        refunds = []
        for n in range(2):
            case = af.create_case(
                first.agent, first.customer_id, CaseKind.RETURN, "defective", [(line_id, 1)]
            )
            asked = af.request_refund(
                first.agent, case.case.id,
                RefundAsk({case.lines[0].id: Decimal("50.00")}, {order.id: Decimal("8.00")}),
                confirm=n == 1,
            )  # fmt: skip
            refunds.append(asked.refunds[0])
        rounds.append(
            (order.id, refunds[0].id, refunds[1].id, refunds[0].amount, refunds[1].amount)
        )

    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=approve_in_rounds,
            args=(db_url, approvers[n], [r[1 + n] for r in rounds], start, results, n),
            daemon=True,
        )
        for n in range(2)
    ]
    for process in workers:
        process.start()
    try:
        outcomes: dict[int, dict[int, tuple[str, str, dict]]] = {}
        for _ in range(2 * ROUNDS):
            status, worker, round_no, detail, params = results.get(timeout=BARRIER_TIMEOUT)
            assert status != "error", detail
            outcomes.setdefault(round_no, {})[worker] = (status, detail, params)
    finally:
        for process in workers:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
    assert all(process.exitcode == 0 for process in workers)
    for round_no, (order_id, _a, _b, amount_a, amount_b) in enumerate(rounds):
        got = outcomes[round_no]
        approved = [w for w, (status, _d, _p) in got.items() if status == "approved"]
        refused = [w for w, (status, _d, _p) in got.items() if status == "refused"]
        assert len(approved) == 1 and len(refused) == 1, got
        _status, error, params = got[refused[0]]
        assert error == "ConflictError" and params["paid"] == "108.00", got
        paid, refunded = read(
            services.db,
            lambda uow, order_id=order_id: uow.session.execute(
                select(Payment.amount, Payment.refunded_amount).where(Payment.order_id == order_id)
            ).one(),
        )
        assert refunded <= paid
        assert refunded == (amount_a, amount_b)[approved[0]]
