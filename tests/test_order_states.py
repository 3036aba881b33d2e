"""The transition table: every legal move, and every illegal one refused."""

from __future__ import annotations

import itertools

import pytest

from app.permissions import MATRIX, Permission, Role
from app.states import (
    TRANSITIONS,
    OrderAction,
    OrderStatus,
    allowed_actions,
    transition_for,
)

pytestmark = pytest.mark.sqlite_only
S, A = OrderStatus, OrderAction

# The operating procedure of ARCHITECTURE.md, written out move by move.
LEGAL = {
    (A.MARK_PAID, S.PENDING_PAYMENT): S.PENDING_REVIEW,
    (A.APPROVE, S.PENDING_REVIEW): S.APPROVED,
    (A.RETURN_FOR_CORRECTION, S.PENDING_REVIEW): S.NEEDS_CORRECTION,
    (A.RETURN_FOR_CORRECTION, S.APPROVED): S.NEEDS_CORRECTION,
    (A.RESUBMIT, S.NEEDS_CORRECTION): S.PENDING_REVIEW,
    (A.CONFIRM, S.APPROVED): S.CONFIRMED,
    (A.PICK, S.CONFIRMED): S.PICKING,
    (A.PACK, S.PICKING): S.PACKED,
    (A.SHIP, S.PACKED): S.SHIPPED,
    (A.DELIVER, S.SHIPPED): S.DELIVERED,
    (A.COMPLETE, S.DELIVERED): S.COMPLETED,
    (A.RELEASE_STOCK, S.CONFIRMED): S.APPROVED,  # the reservation goes back: confirm again
    **{
        (A.CANCEL, s): S.CANCELLED
        for s in (
            S.PENDING_PAYMENT,
            S.PENDING_REVIEW,
            S.NEEDS_CORRECTION,
            S.APPROVED,
            S.CONFIRMED,
            S.PICKING,
            S.PACKED,
        )
    },
}
# The money arriving moves a held order on too (it stays held); its stock can be released.
ALLOWED_ON_HOLD = {A.CANCEL, A.RETURN_FOR_CORRECTION, A.MARK_PAID, A.RELEASE_STOCK}


@pytest.mark.parametrize(("action", "status"), list(itertools.product(OrderAction, OrderStatus)))
def test_every_pair_of_action_and_state(action: OrderAction, status: OrderStatus) -> None:
    move = transition_for(action, status, on_hold=False)
    expected = LEGAL.get((action, status))
    assert (move.target if move else None) == expected
    held = transition_for(action, status, on_hold=True)
    if expected is not None and action in ALLOWED_ON_HOLD:
        assert held is not None and held.target == expected
    else:
        assert held is None, (
            "a hold blocks every move but cancel, return, payment and releasing stock"
        )


def test_nothing_leaves_the_final_states() -> None:
    for status in (S.SHIPPED, S.DELIVERED, S.COMPLETED, S.CANCELLED):
        assert all(a not in (A.CANCEL,) for a in allowed_actions(status, False))
    assert allowed_actions(S.COMPLETED, False) == []
    assert allowed_actions(S.CANCELLED, False) == []


def test_fulfilment_steps_need_the_fulfil_permission() -> None:
    for action in (A.PICK, A.PACK, A.SHIP, A.DELIVER):
        assert TRANSITIONS[action].permission == Permission.FULFIL
    assert TRANSITIONS[A.COMPLETE].permission == Permission.COMPLETE_ORDERS
    assert TRANSITIONS[A.APPROVE].permission == Permission.REVIEW_ORDERS
    assert TRANSITIONS[A.CONFIRM].permission == Permission.CONFIRM_ORDERS


def test_the_ui_is_offered_only_what_the_role_may_do() -> None:
    from app.permissions import Actor

    reviewer = Actor(1, "r", Role.REVIEWER)
    warehouse = Actor(2, "w", Role.WAREHOUSE)
    assert allowed_actions(S.PENDING_REVIEW, False, reviewer) == [
        A.APPROVE, A.RETURN_FOR_CORRECTION, A.CANCEL,
    ]  # fmt: skip
    assert allowed_actions(S.PENDING_REVIEW, True, reviewer) == [A.RETURN_FOR_CORRECTION, A.CANCEL]
    assert allowed_actions(S.CONFIRMED, False, reviewer) == [A.CANCEL]
    assert allowed_actions(S.CONFIRMED, False, warehouse) == [A.PICK, A.RELEASE_STOCK]
    assert Permission.FULFIL in MATRIX[Role.WAREHOUSE]
