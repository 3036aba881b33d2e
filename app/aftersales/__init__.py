"""After-sales cases (售后单) and refunds.

A case is a return, an exchange, a resend or a refund only, for lines of one or several orders
of one customer. One transition table (`CASE_TRANSITIONS`) says which move is legal for which
kind; the services refuse anything else and the UI asks `allowed_actions` which buttons to show:

    return       requested → approved → awaiting_return → received → inspected → refunded → closed
    exchange     requested → approved → awaiting_return → received → inspected → resent → closed
    resend       requested → approved → resent → closed
    refund_only  requested → approved → refunded → closed
    every kind   requested | approved → rejected

A parcel that arrives before the agent marked the case "awaiting return" may be received
straight from approved; a second parcel may be received while the case is received.

Quantities. A line may claim at most what reached the customer minus what other cases that
are not rejected already claim for that order line ("reached": the line's quantity once its
order is shipped, delivered or completed, else 0). A refund-only case may also cover a paid
line that has not shipped (an agreed partial refund before shipping, e.g. a missing colour):
for it "reached" is the line's quantity on any paid order that is not cancelled (a cancelled
order's refund comes from the cancellation). All kinds count against the same limit.

Receipt. The warehouse scans each returned item and decides: resellable goes back on hand
(RETURN_RESTOCK), damaged goes to quarantine (RETURN_QUARANTINE), both through app/stock.py in
the same unit of work as the case. `receive_scan` records one scanned unit at once, so nothing
scanned is lost if the workstation dies. A line whose units end in two dispositions or two
warehouses is split in two lines (a line has one disposition).

Replacement orders. A resend sends the case's own items again; an exchange sends the SKUs the
agent chooses (at most as many units as were received back). The new order is made through
the order intake (review rules included), to the newest order's recipient and
address, at no charge: zero prices, nothing paid, total 0, so it waits in 待审核 like any paid
order. It carries origin "resend"/"exchange", parent_order_id = that order, and the case
points at it (replacement_order_id).

Refunds. Requested against the payments of the case's orders (or, for an order without
payments of its own — a split or replacement order — the payments of the order it came from):
per case line up to the line's paid value, per order up to its shipping fee, or a free amount
for a refund-only case (with a reason). A request above what remains refundable is refused
naming the amounts; one that together with other waiting requests would exceed it must be
confirmed. Approval: never by the requester (checked here and by the database's four_eyes
CHECK); when the case (or, without a case, the payment) would then have more refunded than
`aftersales.refund_supervisor_threshold` yuan, only APPROVE_LARGE_REFUND may approve — so
splitting a refund into small requests does not avoid the supervisor. The approval adds to
payments.refunded_amount with a conditional UPDATE that matches no row when it would exceed
the payment: two approvals at the same moment on two workstations can never refund more than
was paid. Refund requests made by OrderService.cancel() are approved the same way.

Every step: its permission, one unit of work, an audit entry, and an event in the history of
every order the case touches.

Modules: `model` (the data and the case transition table), `queries` (reads and the shared
input checks), `moves` (a case's moves), `cases` (opening, receiving, resending), `refunds`;
their functions run inside the caller's unit of work. `AftersalesService` checks permissions
and runs them in units of their own.
"""

from app.aftersales.model import (
    CASE_TRANSITIONS,
    REASON_CODES,
    CaseAction,
    CaseDetail,
    CaseLineRow,
    CaseRow,
    CaseTransition,
    EligibleLine,
    OrderRefundable,
    ReceiptLine,
    RefundAsk,
    RefundRow,
    ScanResult,
    allowed_actions,
    case_transition,
    looks_like_case_no,
)
from app.aftersales.queries import customer_cases, customer_refunds
from app.aftersales.service import AftersalesService
from models import CaseKind, CaseStatus, Disposition, RefundStatus

__all__ = [
    "CASE_TRANSITIONS",
    "REASON_CODES",
    "AftersalesService",
    "CaseAction",
    "CaseDetail",
    "CaseKind",
    "CaseLineRow",
    "CaseRow",
    "CaseStatus",
    "CaseTransition",
    "Disposition",
    "EligibleLine",
    "OrderRefundable",
    "ReceiptLine",
    "RefundAsk",
    "RefundRow",
    "RefundStatus",
    "ScanResult",
    "allowed_actions",
    "case_transition",
    "customer_cases",
    "customer_refunds",
    "looks_like_case_no",
]
