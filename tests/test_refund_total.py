"""The supervisor threshold applies to what an order has had refunded in total, not to one
case (issue 18): two cases of 40 on one order with a threshold of 50 cannot both be approved
by a service agent, also when two workstations approve them at the same moment."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from app.aftersales.model import RefundAsk
from app.errors import AppError, PermissionDenied
from app.permissions import Actor, Role
from app.services import Services
from models import CaseKind, RefundStatus
from tests.aftersales_helpers import World, line_of, world
from tests.conftest import add_user


@pytest.fixture
def w(services: Services, actors: dict[Role, Actor]) -> World:
    return world(services, actors, add_user(services.db, "agent2", Role.CUSTOMER_SERVICE))


def _two_cases(services: Services, w: World) -> tuple[int, int]:
    """Two cases on the one order, each asking 40.00 (a shirt each)."""
    af = services.aftersales
    ids = []
    for _ in range(2):
        case = af.create_case(w.agent, w.customer_id, CaseKind.RETURN, "defective",
                              [(w.shirt_line, 1)])  # fmt: skip
        asked = af.request_refund(
            w.agent, case.case.id, RefundAsk({line_of(case, "SKU-T").id: Decimal("40.00")})
        )
        ids.append(asked.refunds[0].id)
    return ids[0], ids[1]


def test_the_threshold_counts_every_case_of_the_order(
    services: Services, actors: dict[Role, Actor], w: World
) -> None:
    services.settings.update(actors[Role.ADMIN], "aftersales.refund_supervisor_threshold", 50)
    first, second = _two_cases(services, w)
    af = services.aftersales
    assert af.approve_refund(w.other_agent, first).status == RefundStatus.APPROVED
    with pytest.raises(PermissionDenied) as info:
        af.approve_refund(w.other_agent, second)  # 40 + 40 on the order: above 50
    assert info.value.params["total"] == "80.00"
    assert af.approve_refund(w.supervisor, second).status == RefundStatus.APPROVED


def test_two_workstations_approving_two_cases_at_once(
    services: Services, actors: dict[Role, Actor], w: World
) -> None:
    services.settings.update(actors[Role.ADMIN], "aftersales.refund_supervisor_threshold", 50)
    refunds = _two_cases(services, w)
    third = add_user(services.db, "agent3", Role.CUSTOMER_SERVICE)
    approvers = (w.other_agent, third)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(actor: Actor, refund_id: int) -> None:
        barrier.wait()
        try:
            services.aftersales.approve_refund(actor, refund_id)
            outcomes.append("approved")
        except PermissionDenied:
            outcomes.append("refused")
        except AppError as exc:  # pragma: no cover - shows what went wrong
            outcomes.append(repr(exc))

    threads = [threading.Thread(target=approve, args=pair)
               for pair in zip(approvers, refunds, strict=True)]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["approved", "refused"]
