"""Orders: manual entry, edits, the review → confirm pipeline and the later steps,
hold/release, cancel, merge, split, and batch actions that report per order.

Every move goes through the transition table (app/states.py) in `transitions`, whose
functions run inside the caller's unit of work (fulfilment, tracking and after-sales call them
too); `intake` is the one way an order enters (manual entry, the import, resends: `enter_orders`,
with the one customer-matching rule), `reshape` changes an order's content, `batch` runs
actions over many orders, `drafts` holds the checks, `model` the plain data. `service` is the
thin OrderService: the permission check (`requires`) and one unit of work per action. Every
action writes an audit entry and an OrderEvent in the order's history.
"""

from app.orders.batch import auto_approve_intake
from app.orders.drafts import phone_columns
from app.orders.intake import Entered, Intake, create_in, enter_orders, link_buyers
from app.orders.model import (
    BATCH_CHUNK,
    MAX_QTY,
    BatchFailure,
    BatchResult,
    DraftLine,
    OrderDraft,
    OrderRef,
    SplitResult,
)
from app.orders.service import OrderService
from app.orders.transitions import move_in, record_event, release_stock_in, ship_in

__all__ = [
    "BATCH_CHUNK",
    "MAX_QTY",
    "BatchFailure",
    "BatchResult",
    "DraftLine",
    "Entered",
    "Intake",
    "OrderDraft",
    "OrderRef",
    "OrderService",
    "SplitResult",
    "auto_approve_intake",
    "create_in",
    "enter_orders",
    "link_buyers",
    "move_in",
    "phone_columns",
    "record_event",
    "release_stock_in",
    "ship_in",
]
