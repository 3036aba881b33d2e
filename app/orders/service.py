"""The order service: each method checks the caller's permission and runs one of the
package's functions in a unit of work of its own (batch actions: one per chunk)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy.exc import IntegrityError

from app.db import Database
from app.errors import ConcurrencyError
from app.logistics import CarrierOffer, carrier_offer, order_id_by_no
from app.orders import batch, reshape, transitions
from app.orders.drafts import check_reason
from app.orders.intake import create_in
from app.orders.model import BatchResult, OrderDraft, OrderRef, SplitResult
from app.orders.transitions import by_idempotency_key, move_in
from app.payments.cod import collect_on_delivery_in
from app.permissions import Actor, Permission, requires
from app.settings import parse_reason_list, read_setting
from app.states import OrderAction, OrderStatus, transition_for
from app.uow import UnitOfWork, read, transaction
from app.validation import text

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def check_seen(
    uow: UnitOfWork, order_id: int, expected_version: int | None, action: OrderAction
) -> None:
    """Refuse a decision taken on an older look at the order (review sees what the reviewer
    saw): the order is locked, so nobody changes it between this check and the move. An
    order already moved on is left to the move's own refusal ("already confirmed by X")."""
    if expected_version is None:
        return
    row = transitions.lock_order(uow, order_id)
    still_open = transition_for(action, OrderStatus(row.status), row.is_on_hold) is not None
    if row.version != expected_version and still_open:
        user, when = transitions.latest_event(uow, order_id)
        raise ConcurrencyError(
            "Order {order_no} was changed by {user} at {time} after you opened it; look at "
            "it again before deciding", order_no=row.order_no, user=user, time=when,
        )  # fmt: skip


class OrderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # create and edit ------------------------------------------------------------------------

    @requires(Permission.EDIT_ORDERS)
    def create(
        self, actor: Actor, draft: OrderDraft, idempotency_key: str | None = None
    ) -> OrderRef:
        """Enter an order by hand. A retry with the same idempotency key returns the order
        the first call made instead of making a second one."""
        key = text(idempotency_key or "", "idempotency_key", 64) or None
        try:
            return transaction(self.db, actor, lambda uow: create_in(uow, draft, key))
        except IntegrityError:
            # The same key committed by a parallel retry: hand back that order.
            found = transaction(
                self.db, actor, lambda uow: by_idempotency_key(uow, key), write=False
            )
            if found is None:
                raise
            return found

    @requires(Permission.EDIT_ORDERS)
    def edit(
        self, actor: Actor, order_id: int, expected_version: int, draft: OrderDraft
    ) -> OrderRef:
        """Change an order that is not yet confirmed. `expected_version` is the version the
        user saw: if someone changed the order since, the edit is refused (reload first). An
        approved or returned order goes back to review; the rules run again."""
        return transaction(
            self.db, actor, lambda uow: reshape.edit_in(uow, order_id, expected_version, draft)
        )

    # the pipeline -----------------------------------------------------------------------

    def _move(self, actor: Actor, order_id: int, action: OrderAction, note: str = "") -> OrderRef:
        return transaction(self.db, actor, lambda uow: move_in(uow, order_id, action, note=note))

    @requires(Permission.RECORD_PAYMENTS)  # money: the roles that handle it (app/payments)
    def mark_paid(
        self, actor: Actor, order_id: int, amount: Decimal, method: str = "bank_transfer"
    ) -> OrderRef:
        """Record the payment of an order waiting for it; it then waits for review."""
        return transaction(
            self.db, actor, lambda uow: transitions.mark_paid_in(uow, order_id, amount, method)
        )

    @requires(Permission.REVIEW_ORDERS)
    def approve(self, actor: Actor, order_id: int, expected_version: int | None = None) -> OrderRef:
        """Approve. `expected_version`: the version the reviewer looked at; if someone
        changed the order since (say, its address), the approval is refused."""

        def work(uow: UnitOfWork) -> OrderRef:
            check_seen(uow, order_id, expected_version, OrderAction.APPROVE)
            return transitions.approve_in(uow, order_id)

        return transaction(self.db, actor, work)

    @requires(Permission.REVIEW_ORDERS)
    def return_for_correction(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        """Send the order back (待修正) with the reason the clerk must fix."""
        note = check_reason(reason)
        return self._move(actor, order_id, OrderAction.RETURN_FOR_CORRECTION, note)

    @requires(Permission.VIEW_ORDERS)
    def return_reasons(self, actor: Actor) -> tuple[str, ...]:
        """The preset reasons for returning an order; empty: the UI offers its built-in list
        (translated), so an untouched setting follows the user's language."""
        return read(
            self.db,
            lambda uow: parse_reason_list(read_setting(uow.session, "orders.return_reasons")),
        )

    @requires(Permission.EDIT_ORDERS)
    def resubmit(self, actor: Actor, order_id: int, note: str = "") -> OrderRef:
        return self._move(actor, order_id, OrderAction.RESUBMIT, check_reason(note, required=False))

    @requires(Permission.CONFIRM_ORDERS)
    def confirm(
        self,
        actor: Actor,
        order_id: int,
        expected_version: int | None = None,
        *,
        carrier_id: int | None = None,
    ) -> OrderRef:
        """Reserve the stock in the first warehouse (by priority) that can fill the whole
        order, set the carrier (the one chosen, else the configured default) and mark the
        order confirmed. `expected_version` as for `approve`."""

        def work(uow: UnitOfWork) -> OrderRef:
            check_seen(uow, order_id, expected_version, OrderAction.CONFIRM)
            return transitions.confirm_in(uow, order_id, carrier_id=carrier_id)

        return transaction(self.db, actor, work)

    @requires(Permission.CONFIRM_ORDERS)
    def carrier_offer(self, actor: Actor, order_id: int) -> CarrierOffer:
        """The carriers for an order with price and ETA, the suggested one marked."""
        return read(self.db, lambda uow: carrier_offer(uow.session, order_id))

    @requires(Permission.CONFIRM_ORDERS)
    def order_id(self, actor: Actor, order_no: str) -> int:
        return read(self.db, lambda uow: order_id_by_no(uow.session, order_no))

    @requires(Permission.FULFIL)
    def pick(self, actor: Actor, order_id: int) -> OrderRef:
        return self._move(actor, order_id, OrderAction.PICK)

    @requires(Permission.FULFIL)
    def pack(self, actor: Actor, order_id: int) -> OrderRef:
        return self._move(actor, order_id, OrderAction.PACK)

    @requires(Permission.FULFIL)
    def ship(self, actor: Actor, order_id: int) -> OrderRef:
        """The goods leave the warehouse: on hand and the reservation go down together."""
        return transaction(self.db, actor, lambda uow: transitions.ship_in(uow, order_id))

    @requires(Permission.MANAGE_STOCK)
    def release_stock(self, actor: Actor, order_id: int, note: str = "") -> OrderRef:
        """Give back a confirmed order's reservation: it returns to 已审核 (confirm again)."""
        reason_text = check_reason(note, "note", required=False)
        return transaction(
            self.db, actor,
            lambda uow: transitions.release_stock_in(uow, order_id, note=reason_text),
        )  # fmt: skip

    @requires(Permission.FULFIL)
    def deliver(self, actor: Actor, order_id: int) -> OrderRef:
        """Delivered (已签收); a cash-on-delivery order's money is now with the carrier."""

        def work(uow: UnitOfWork) -> OrderRef:
            ref = move_in(uow, order_id, OrderAction.DELIVER)
            collect_on_delivery_in(uow, order_id)
            return ref

        return transaction(self.db, actor, work)

    @requires(Permission.COMPLETE_ORDERS)
    def complete(self, actor: Actor, order_id: int) -> OrderRef:
        return self._move(actor, order_id, OrderAction.COMPLETE)

    @requires(Permission.CANCEL_ORDERS)
    def cancel(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        """Cancel before shipping: the reservation is released, and a paid order gets a
        refund request for what was paid (the after-sales desk approves it)."""
        note = check_reason(reason)
        return transaction(self.db, actor, lambda uow: transitions.cancel_in(uow, order_id, note))

    # hold and release -------------------------------------------------------------------

    @requires(Permission.HOLD_ORDERS)
    def hold(self, actor: Actor, order_id: int, reason: str) -> OrderRef:
        note = check_reason(reason)
        return transaction(self.db, actor, lambda uow: transitions.hold_in(uow, order_id, note))

    @requires(Permission.HOLD_ORDERS)
    def release(self, actor: Actor, order_id: int, note: str = "") -> OrderRef:
        reason_text = check_reason(note, "note", required=False)
        return transaction(
            self.db, actor, lambda uow: transitions.release_hold_in(uow, order_id, reason_text)
        )

    @requires(Permission.CONFIRM_ORDERS)
    def assign_carrier(self, actor: Actor, order_id: int, carrier_id: int) -> OrderRef:
        return transaction(
            self.db, actor, lambda uow: transitions.assign_carrier_in(uow, order_id, carrier_id)
        )

    # merge and split ----------------------------------------------------------------------

    @requires(Permission.EDIT_ORDERS)
    def merge(self, actor: Actor, order_ids: Sequence[int]) -> OrderRef:
        """Merge open orders of one recipient at one address into one new order (see
        `reshape.merge_in`)."""
        return transaction(self.db, actor, lambda uow: reshape.merge_in(uow, order_ids))

    @requires(Permission.EDIT_ORDERS)
    def split(self, actor: Actor, order_id: int, quantities: dict[int, int]) -> SplitResult:
        """Move `quantities` ({order line id: pieces}) into a new order (see
        `reshape.split_in`)."""
        return transaction(self.db, actor, lambda uow: reshape.split_in(uow, order_id, quantities))

    # batch actions ------------------------------------------------------------------------

    def _batch(
        self,
        actor: Actor,
        action: str,
        order_ids: Sequence[int],
        chunk: batch.ChunkFn,
        progress: ProgressFn | None,
        cancelled: CancelFn | None,
    ) -> BatchResult:
        return batch.run_batch(self.db, actor, action, order_ids, chunk, progress, cancelled)

    @requires(Permission.REVIEW_ORDERS)
    def batch_approve(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(actor, "approve", order_ids, batch.approve_chunk, progress, cancelled)

    @requires(Permission.CONFIRM_ORDERS)
    def batch_confirm(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        return self._batch(actor, "confirm", order_ids, batch.confirm_chunk, progress, cancelled)

    @requires(Permission.HOLD_ORDERS)
    def batch_hold(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        note = check_reason(reason)
        one = batch.each_order(lambda uow, i: transitions.hold_in(uow, i, note))
        return self._batch(actor, "hold", order_ids, one, progress, cancelled)

    @requires(Permission.HOLD_ORDERS)
    def batch_release(
        self, actor: Actor, order_ids: Sequence[int], *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        one = batch.each_order(lambda uow, i: transitions.release_hold_in(uow, i, ""))
        return self._batch(actor, "release", order_ids, one, progress, cancelled)

    @requires(Permission.CANCEL_ORDERS)
    def batch_cancel(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        note = check_reason(reason)
        one = batch.each_order(lambda uow, i: transitions.cancel_in(uow, i, note))
        return self._batch(actor, "cancel", order_ids, one, progress, cancelled)

    @requires(Permission.CONFIRM_ORDERS)
    def batch_assign_carrier(
        self, actor: Actor, order_ids: Sequence[int], carrier_id: int, *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        one = batch.each_order(lambda uow, i: transitions.assign_carrier_in(uow, i, carrier_id))
        return self._batch(actor, "assign_carrier", order_ids, one, progress, cancelled)

    @requires(Permission.REVIEW_ORDERS)
    def batch_return_for_correction(
        self, actor: Actor, order_ids: Sequence[int], reason: str, *,
        progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
    ) -> BatchResult:  # fmt: skip
        note = check_reason(reason)

        def one(uow: UnitOfWork, order_id: int) -> OrderRef:
            return move_in(uow, order_id, OrderAction.RETURN_FOR_CORRECTION, note=note)

        return self._batch(
            actor, "return_for_correction", order_ids, batch.each_order(one), progress, cancelled
        )
