"""Order states and the one transition table that says which move is legal.

The services refuse what the table does not allow; the UI asks the same table which actions
to enable. On-hold (挂起) is a flag, not a state: it blocks every move except the ones marked
`while_on_hold` (cancel, return for correction).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.permissions import Actor, Permission
from models.enums import OrderStatus, Role

__all__ = [
    "CANCELLABLE",
    "EDITABLE",
    "HOLDABLE",
    "MERGEABLE",
    "NO_ITEMS_HOLD_REASON",
    "OPEN_STATES",
    "RESERVING_STATES",
    "SPLITTABLE",
    "TRANSITIONS",
    "OrderAction",
    "OrderStatus",
    "Role",
    "Transition",
    "allowed_actions",
    "can_edit",
    "transition_for",
]

S = OrderStatus


class OrderAction(StrEnum):
    MARK_PAID = "mark_paid"
    APPROVE = "approve"
    RETURN_FOR_CORRECTION = "return_for_correction"
    RESUBMIT = "resubmit"
    CONFIRM = "confirm"
    PICK = "pick"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    COMPLETE = "complete"
    CANCEL = "cancel"
    RELEASE_STOCK = "release_stock"


@dataclass(frozen=True)
class Transition:
    action: OrderAction
    sources: frozenset[OrderStatus]
    target: OrderStatus
    permission: Permission
    while_on_hold: bool = False


# States in which an order still waits for something to happen to it (it may be held).
OPEN_STATES = frozenset(
    {S.PENDING_PAYMENT, S.PENDING_REVIEW, S.NEEDS_CORRECTION, S.APPROVED, S.CONFIRMED,
     S.PICKING, S.PACKED}
)  # fmt: skip
# States in which an order holds a reservation for every line in its warehouse: confirm
# reserves, shipping takes the goods out, cancel and release_stock give the reservation back.
# Stock held for an order moves only with these transitions (app/orders/transitions.py).
RESERVING_STATES = frozenset({S.CONFIRMED, S.PICKING, S.PACKED})
CANCELLABLE = OPEN_STATES  # before shipped: the goods have not left
HOLDABLE = OPEN_STATES
# The hold reason of an open order imported without items (an order-level report such as the
# Tmall 订单报表): nothing can be picked until the items file is imported. The UI translates it.
NO_ITEMS_HOLD_REASON = "No items: import the items file"
EDITABLE = frozenset({S.PENDING_PAYMENT, S.PENDING_REVIEW, S.NEEDS_CORRECTION, S.APPROVED})
MERGEABLE = frozenset({S.PENDING_REVIEW, S.APPROVED, S.CONFIRMED})  # not yet picked
SPLITTABLE = MERGEABLE

TRANSITIONS: dict[OrderAction, Transition] = {
    t.action: t
    for t in (
        # The money arriving is a fact, not a decision: a held order moves on, still held.
        Transition(OrderAction.MARK_PAID, frozenset({S.PENDING_PAYMENT}), S.PENDING_REVIEW,
                   Permission.EDIT_ORDERS, while_on_hold=True),
        Transition(OrderAction.APPROVE, frozenset({S.PENDING_REVIEW}), S.APPROVED,
                   Permission.REVIEW_ORDERS),
        Transition(OrderAction.RETURN_FOR_CORRECTION, frozenset({S.PENDING_REVIEW, S.APPROVED}),
                   S.NEEDS_CORRECTION, Permission.REVIEW_ORDERS, while_on_hold=True),
        Transition(OrderAction.RESUBMIT, frozenset({S.NEEDS_CORRECTION}), S.PENDING_REVIEW,
                   Permission.EDIT_ORDERS),
        Transition(OrderAction.CONFIRM, frozenset({S.APPROVED}), S.CONFIRMED,
                   Permission.CONFIRM_ORDERS),
        Transition(OrderAction.PICK, frozenset({S.CONFIRMED}), S.PICKING, Permission.FULFIL),
        Transition(OrderAction.PACK, frozenset({S.PICKING}), S.PACKED, Permission.FULFIL),
        Transition(OrderAction.SHIP, frozenset({S.PACKED}), S.SHIPPED, Permission.FULFIL),
        Transition(OrderAction.DELIVER, frozenset({S.SHIPPED}), S.DELIVERED, Permission.FULFIL),
        # Done by the system N days after delivery (app/payments/completion.py); by hand, a
        # supervisor's call.
        Transition(OrderAction.COMPLETE, frozenset({S.DELIVERED}), S.COMPLETED,
                   Permission.COMPLETE_ORDERS),
        Transition(OrderAction.CANCEL, CANCELLABLE, S.CANCELLED, Permission.CANCEL_ORDERS,
                   while_on_hold=True),
        # Undo a confirmation: the reservation goes back to the shelf and the order waits to
        # be confirmed again (the Inventory tab's release; warehouse staff may do it).
        Transition(OrderAction.RELEASE_STOCK, frozenset({S.CONFIRMED}), S.APPROVED,
                   Permission.MANAGE_STOCK, while_on_hold=True),
    )
}  # fmt: skip


def transition_for(action: OrderAction, status: OrderStatus, on_hold: bool) -> Transition | None:
    """The move `action` makes from `status`, or None when the table does not allow it."""
    move = TRANSITIONS[action]
    if status not in move.sources or (on_hold and not move.while_on_hold):
        return None
    return move


def allowed_actions(
    status: OrderStatus, on_hold: bool, actor: Actor | None = None
) -> list[OrderAction]:
    """The moves open from here (for `actor`, when given): what the UI enables."""
    return [
        action
        for action, move in TRANSITIONS.items()
        if transition_for(action, status, on_hold) is not None
        and (actor is None or actor.can(move.permission))
    ]


def can_edit(status: OrderStatus) -> bool:
    """Whether an order's content may still change (the edit form; not yet confirmed)."""
    return status in EDITABLE
