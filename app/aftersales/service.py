"""The after-sales service: each method checks the caller's permission and runs one of the
package's functions in a unit of work of its own."""

from __future__ import annotations

from collections.abc import Sequence

from app.aftersales import cases, queries, refunds
from app.aftersales.model import (
    CaseAction,
    CaseDetail,
    CaseRow,
    EligibleLine,
    ReceiptLine,
    RefundAsk,
    RefundRow,
    ScanResult,
)
from app.db import Database
from app.permissions import Actor, Permission, requires
from app.uow import read, transaction
from app.validation import text
from models import CaseKind, Disposition


class AftersalesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # reading ---------------------------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def get_case(self, actor: Actor, case_id: int) -> CaseDetail:
        return read(self.db, lambda uow: queries.get_case(uow, actor, case_id))

    @requires(Permission.VIEW_CUSTOMERS)
    def case_queue(
        self, actor: Actor, open_only: bool = True, kind: CaseKind | None = None, limit: int = 200
    ) -> list[CaseRow]:
        """Cases newest first: the open ones (not closed or rejected), or all."""
        return read(self.db, lambda uow: queries.case_queue(uow, open_only, kind, limit))

    @requires(Permission.VIEW_CUSTOMERS)
    def refund_queue(self, actor: Actor, limit: int = 500) -> list[RefundRow]:
        """Refunds waiting for a decision, newest first (with or without a case)."""
        return read(self.db, lambda uow: queries.refund_queue(uow, limit))

    @requires(Permission.VIEW_CUSTOMERS)
    def case_candidates(self, actor: Actor, customer_id: int, kind: CaseKind) -> list[EligibleLine]:
        """The lines of the customer's latest orders with the most a new case of `kind` may
        claim on each (0: nothing left; lines that never qualify are left out)."""
        kind = CaseKind(kind)
        return read(self.db, lambda uow: queries.case_candidates(uow, customer_id, kind))

    @requires(Permission.RECEIVE_RETURNS)
    def receipt_case(self, actor: Actor, case_no: str) -> CaseDetail:
        """The case a returned parcel belongs to, by its scanned or typed number (for the
        warehouse: names masked, no tickets)."""
        return read(self.db, lambda uow: queries.receipt_case(uow, actor, case_no))

    @requires(Permission.RECEIVE_RETURNS)
    def awaiting_receipt(self, actor: Actor, limit: int = 200) -> list[CaseRow]:
        """Returns and exchanges whose goods may arrive (approved, awaiting, partly received)."""
        return read(self.db, lambda uow: queries.awaiting_receipt(uow, limit))

    # creating ----------------------------------------------------------------------------------

    @requires(Permission.MANAGE_CASES)
    def create_case(
        self,
        actor: Actor,
        customer_id: int,
        kind: CaseKind,
        reason_code: str,
        lines: Sequence[tuple[int, int]],
        note: str = "",
        *,
        ticket_id: int | None = None,
    ) -> CaseDetail:
        """Open a case for `lines` ((order line id, pieces)) of one or several orders of the
        customer; each within what reached the customer minus other cases (package doc)."""
        return transaction(
            self.db,
            actor,
            lambda uow: cases.create_case_in(
                uow, customer_id, kind, reason_code, lines, note, ticket_id=ticket_id
            ),
        )

    # moving ------------------------------------------------------------------------------------

    def _act(self, actor: Actor, case_id: int, action: CaseAction, note: str = "") -> CaseDetail:
        return transaction(self.db, actor, lambda uow: cases.act_in(uow, case_id, action, note))

    @requires(Permission.MANAGE_CASES)
    def approve_case(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        return self._act(actor, case_id, CaseAction.APPROVE, text(note, "note", 500))

    @requires(Permission.MANAGE_CASES)
    def reject_case(self, actor: Actor, case_id: int, reason: str) -> CaseDetail:
        """Refuse the case (a reason is required). Its waiting refund requests are rejected
        with it; a case with an approved refund cannot be rejected."""
        return transaction(self.db, actor, lambda uow: cases.reject_case_in(uow, case_id, reason))

    @requires(Permission.MANAGE_CASES)
    def mark_awaiting_return(self, actor: Actor, case_id: int) -> CaseDetail:
        return self._act(actor, case_id, CaseAction.AWAIT_RETURN)

    @requires(Permission.RECEIVE_RETURNS)
    def receive(self, actor: Actor, case_id: int, receipts: Sequence[ReceiptLine]) -> CaseDetail:
        """Record received pieces per line with their disposition and warehouse: resellable
        back on hand, damaged into quarantine; case, stock, audit and history in one unit."""
        return transaction(self.db, actor, lambda uow: cases.receive_in(uow, case_id, receipts))

    @requires(Permission.RECEIVE_RETURNS)
    def receive_scan(
        self,
        actor: Actor,
        case_id: int,
        barcode: str,
        disposition: Disposition,
        warehouse_id: int,
    ) -> ScanResult:
        """One scanned piece (product barcode or SKU): the first line of that product with
        pieces still to come is received by one, at once."""
        return transaction(
            self.db,
            actor,
            lambda uow: cases.receive_scan_in(uow, case_id, barcode, disposition, warehouse_id),
        )

    @requires(Permission.RECEIVE_RETURNS)
    def inspect(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        """The receipt is complete and every piece has its disposition."""
        return transaction(self.db, actor, lambda uow: cases.inspect_in(uow, case_id, note))

    @requires(Permission.MANAGE_CASES)
    def mark_refunded(self, actor: Actor, case_id: int) -> CaseDetail:
        """For a refund approved before the case could move (e.g. before inspection)."""
        return transaction(self.db, actor, lambda uow: cases.mark_refunded_in(uow, case_id))

    @requires(Permission.MANAGE_CASES)
    def resend(
        self, actor: Actor, case_id: int, replacements: Sequence[tuple[str, int]] = ()
    ) -> CaseDetail:
        """Make the replacement order (package doc): a resend sends the case's own items; an
        exchange sends `replacements` ((SKU, pieces)), at most as many as came back."""
        return transaction(self.db, actor, lambda uow: cases.resend_in(uow, case_id, replacements))

    @requires(Permission.MANAGE_CASES)
    def close_case(self, actor: Actor, case_id: int, note: str = "") -> CaseDetail:
        return self._act(actor, case_id, CaseAction.CLOSE, text(note, "note", 500))

    @requires(Permission.MANAGE_CASES)
    def link_ticket(self, actor: Actor, case_id: int, ticket_id: int) -> CaseDetail:
        """Link one of the customer's tickets to the case."""
        return transaction(
            self.db, actor, lambda uow: cases.link_ticket_case_in(uow, case_id, ticket_id)
        )

    # refunds -----------------------------------------------------------------------------------

    @requires(Permission.REQUEST_REFUND)
    def request_refund(
        self, actor: Actor, case_id: int, ask: RefundAsk, confirm: bool = False
    ) -> CaseDetail:
        """Ask for a refund on the case: per line (up to its paid value), per order's shipping
        (up to the fee), or a free amount (refund-only, with a reason). One refund request per
        payment it is paid from. Refused above what remains refundable; needs `confirm` when
        it and the requests already waiting would together exceed it."""
        return transaction(
            self.db, actor, lambda uow: refunds.request_refund_in(uow, case_id, ask, confirm)
        )

    @requires(Permission.APPROVE_REFUND)
    def approve_refund(self, actor: Actor, refund_id: int) -> RefundRow:
        """Approve a waiting refund: never your own request; above the threshold only a
        supervisor; never beyond what was paid (conditional UPDATE of the payment)."""
        return transaction(self.db, actor, lambda uow: refunds.approve_refund_in(uow, refund_id))

    @requires(Permission.APPROVE_REFUND)
    def reject_refund(self, actor: Actor, refund_id: int, reason: str) -> RefundRow:
        """Refuse a waiting refund (a reason is required); the requester may withdraw their
        own."""
        return transaction(
            self.db, actor, lambda uow: refunds.reject_refund_in(uow, refund_id, reason)
        )
