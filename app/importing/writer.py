"""The writing half of the import: parsed orders into the database, one chunk per transaction.

`ChunkWriter.write` takes the `ParsedOrder`s of one chunk (about 1,000 orders) inside the
caller's unit of work: one IN query for the platform order numbers that exist already (skipped
as duplicates), SKU resolution per chunk, then the orders go in through the one intake of every
new order, `app.orders.enter_orders`, with the whole chunk at once (set-wise: customer linking
by the one matching rule, one block of order numbers, the review rules, Core bulk inserts of
orders, lines, history events and payments; no audit entry per order: the caller writes one
per chunk). If the database
refuses the chunk (a constraint), it is written again order by order, each in a savepoint, and
the order it refuses is reported as a row error: an order is written whole or not at all.

How platform data becomes our orders:

- Statuses: pending payment, pending review and cancelled arrive as they are. Shipped,
  delivered and completed orders (old exports) are history: imported in that state without
  touching stock (they left some other warehouse long ago) and not reviewed. States that
  mean "handled by another system but not shipped" (approved, confirmed, picking, packed,
  needs correction, from our own template) arrive as pending review: stock is reserved only
  by our own confirmation.
- Money: our invariant is total = goods + shipping - discount, goods = the sum of the lines.
  The platform's total (what the buyer pays) is kept; the order discount absorbs differences
  (platform discounts spread over lines); charges on top (taxes: we have no tax column) are
  added to the shipping fee. The history event names every such adjustment. An order without
  lines (the Tmall report) keeps the platform's goods amount.
- A SKU that is not in the catalogue is no error: the line keeps the platform SKU with no
  product and the review rule "SKU not in catalogue" holds the order.
- Phones are stored as manual orders store them when they are valid, masked ones as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from app.customers import Buyer
from app.db import one_of, one_of_parts
from app.importing.parse import ParsedOrder, RowError
from app.orders import Intake, enter_orders, phone_columns
from app.settings import read_setting
from app.sku_mapping import line_key, resolve_skus
from app.states import HOLDABLE, NO_ITEMS_HOLD_REASON
from app.uow import UnitOfWork, is_check_violation, is_retryable
from models import (
    ImportBatch,
    ImportRowError,
    Order,
    OrderStatus,
    utcnow,
)

ZERO = Decimal("0.00")
S = OrderStatus

# Platform status -> the status an imported order starts in (see the module docstring).
INTAKE_STATUS: dict[str, OrderStatus] = {
    S.PENDING_PAYMENT: S.PENDING_PAYMENT,
    S.PENDING_REVIEW: S.PENDING_REVIEW,
    S.NEEDS_CORRECTION: S.PENDING_REVIEW,
    S.APPROVED: S.PENDING_REVIEW,
    S.CONFIRMED: S.PENDING_REVIEW,
    S.PICKING: S.PENDING_REVIEW,
    S.PACKED: S.PENDING_REVIEW,
    S.SHIPPED: S.SHIPPED,
    S.DELIVERED: S.DELIVERED,
    S.COMPLETED: S.COMPLETED,
    S.CANCELLED: S.CANCELLED,
}
HISTORY_STATES = frozenset({S.SHIPPED, S.DELIVERED, S.COMPLETED})
DOMESTIC = frozenset({"", "CN", "CHN", "CHINA", "中国", "中国大陆", "中华人民共和国"})


@dataclass
class ChunkOutcome:
    created: list[int] = field(default_factory=list)  # order ids
    lines: int = 0
    duplicates: int = 0
    failed: list[RowError] = field(default_factory=list)
    held: int = 0
    history: int = 0
    no_items: int = 0  # orders without a single line (held when open)
    unknown_skus: set[str] = field(default_factory=set)
    customers_created: int = 0
    customers_identified: int = 0
    # Orders left for auto-approval after the chunk's commit (ChunkWriter.defer_intake).
    to_approve: list[int] = field(default_factory=list)

    def add(self, other: ChunkOutcome) -> None:
        self.created += other.created
        self.lines += other.lines
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.held += other.held
        self.history += other.history
        self.no_items += other.no_items
        self.unknown_skus |= other.unknown_skus
        self.customers_created += other.customers_created
        self.customers_identified += other.customers_identified
        self.to_approve += other.to_approve


class _Prepared(NamedTuple):
    source: ParsedOrder
    status: OrderStatus
    values: dict[str, Any]  # order columns without ids and numbers
    lines: list[dict[str, Any]]  # line columns without order_id
    note: str


class _Refused(Exception):
    def __init__(self, error: RowError) -> None:
        super().__init__(error.message)
        self.error = error


def existing_numbers(session: Any, channel: str, numbers: Sequence[str]) -> set[str]:
    """The platform order numbers of the channel that are in the database already."""
    found: set[str] = set()
    wanted = set(numbers)
    folded = {n.casefold(): n for n in wanted}
    for part in one_of_parts(sorted(wanted)):
        for (number,) in session.execute(
            select(Order.external_no).where(
                Order.channel == channel, one_of(Order.external_no, part)
            )
        ).all():
            # A case-insensitive collation (MySQL) may hand back another spelling.
            found.add(number if number in wanted else folded.get(number.casefold(), number))
    return found


def _text(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _amounts(order: ParsedOrder) -> tuple[Decimal, Decimal, Decimal, str]:
    """(goods, shipping, discount, note) that keep the platform's total and our invariant."""
    total, shipping = order.total, order.shipping_fee
    if order.lines:
        goods = sum((ln.unit_price * ln.qty - ln.discount for ln in order.lines), ZERO)
    else:
        goods = max(total - shipping + order.discount, ZERO)
    discount = goods + shipping - total
    notes = []
    if discount < 0:
        notes.append(f"charges {-discount} (tax) added to the shipping fee")
        shipping, discount = shipping - discount, ZERO
    if (goods, discount) != (order.goods_amount, order.discount):
        notes.append(
            f"file: goods {order.goods_amount}, shipping {order.shipping_fee}, "
            f"discount {order.discount}, total {order.total}"
        )
    return goods, shipping, discount, "; ".join(notes)


class ChunkWriter:
    """Writes the orders of one import; one instance per import run."""

    def __init__(
        self,
        *,
        batch_id: int,
        channel: str,
        user_id: int | None,
        file_name: str,
        defer_intake: bool = False,
    ) -> None:
        self.batch_id = batch_id
        # On a server the auto-approval (and auto-confirmation, which reserves stock rows the
        # workstations' confirms take) is left to short transactions after the chunk's commit:
        # inside it those rows stayed locked for the whole chunk.
        self.defer_intake = defer_intake
        self.channel = channel
        self.user_id = user_id
        self.file_name = file_name
        # Platform SKU -> (product id, our SKU), None when unknown: each SKU is looked up
        # once per import (a product created meanwhile is linked later by the rules).
        self._skus: dict[str, tuple[int, str] | None] = {}

    # -- preparing ----------------------------------------------------------------------------

    def _prepare(
        self, order: ParsedOrder, skus: dict[str, tuple[int, str]], now: datetime
    ) -> _Prepared:
        status = INTAKE_STATUS[order.status]
        goods, shipping, discount, adjusted = _amounts(order)
        if goods < 0:
            raise _Refused(
                RowError(
                    order.rows[0], "", "amount_negative",
                    f"Order '{order.external_no}': its line discounts exceed the value of its "
                    f"lines ({goods})",
                )
            )  # fmt: skip
        phone, last4 = phone_columns(order.phone, masked=order.phone_masked)
        address = order.address
        country = order.country.strip()
        if country.upper() not in DOMESTIC and country not in address:
            address = f"{address}, {country}" if address else country
        ordered_at = order.ordered_at or now
        paid_at = order.paid_at or (ordered_at if order.paid_amount > 0 else None)
        values = {
            "channel": self.channel, "external_no": order.external_no, "status": status,
            "is_on_hold": False, "hold_reason": "", "recipient_name": order.recipient_name,
            "recipient_phone": phone, "phone_last4": last4,
            "province": order.province, "city": order.city, "district": order.district,
            "address": _text(address, 255), "postcode": order.postcode,
            "buyer_note": order.buyer_note, "seller_note": order.seller_note,
            "currency": order.currency, "goods_amount": goods, "shipping_fee": shipping,
            "discount": discount, "total": order.total, "paid_amount": order.paid_amount,
            "ordered_at": ordered_at, "paid_at": paid_at, "created_by": self.user_id,
            "origin": "", "version": 1, "created_at": now, "updated_at": now,
        }  # fmt: skip
        lines = []
        for number, ln in enumerate(order.lines, start=1):
            product_id, sku = skus.get(line_key(ln.platform_sku, ln.name), (None, ln.platform_sku))
            lines.append(
                {"line_no": number, "product_id": product_id, "sku": sku, "name": ln.name,
                 "qty": ln.qty, "unit_price": ln.unit_price, "discount": ln.discount}
            )  # fmt: skip
        if not lines and status in HOLDABLE:
            values["is_on_hold"], values["hold_reason"] = True, NO_ITEMS_HOLD_REASON
        note = f"batch {self.batch_id}: {self.file_name} row {order.rows[0]}"
        if status.value != order.status:
            note += f"; platform status {order.status}"
        if adjusted:
            note += f"; {adjusted}"
        return _Prepared(order, status, values, lines, note)

    # -- writing ------------------------------------------------------------------------------

    def write(self, uow: UnitOfWork, orders: Sequence[ParsedOrder]) -> ChunkOutcome:
        """Write the chunk set-wise; if the database refuses it, order by order."""
        try:
            with uow.savepoint():
                return self._write(uow, orders)
        except DBAPIError as exc:
            if is_retryable(exc):
                raise  # the whole unit is retried by `transaction`
            if not isinstance(exc, IntegrityError | DataError) and not is_check_violation(exc):
                raise
        outcome = ChunkOutcome()
        for order in orders:
            try:
                with uow.savepoint():
                    outcome.add(self._write(uow, [order]))
            except DBAPIError as exc:
                if is_retryable(exc):
                    raise
                reason = str(exc.orig).strip().splitlines()[0][:300] if exc.orig else str(exc)
                outcome.failed.append(
                    RowError(
                        order.rows[0], "", "db_rejected",
                        f"Order '{order.external_no}' was not saved; the database refused it: "
                        f"{reason}",
                    )
                )  # fmt: skip
        return outcome

    def plan(
        self, session: Any, orders: Sequence[ParsedOrder]
    ) -> tuple[list[_Prepared], ChunkOutcome]:
        """What writing the chunk would do, without writing: the orders to create (with
        their SKUs resolved) and the duplicates and refusals (also the dry run's answer)."""
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            # psycopg prepares a statement run 5 times, and PostgreSQL then keeps a generic
            # plan made while the tables were nearly empty: the lookups by IN list of a big
            # import scanned linearly (~0.2 s each at 40,000 orders). Plan each one afresh.
            connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
        out = ChunkOutcome()
        existing = existing_numbers(session, self.channel, [o.external_no for o in orders])
        fresh = [o for o in orders if o.external_no not in existing]
        out.duplicates = len(orders) - len(fresh)
        codes = {line_key(ln.platform_sku, ln.name) for o in fresh for ln in o.lines}
        codes -= self._skus.keys()
        found = resolve_skus(session, self.channel, codes)
        self._skus.update({code: found.get(code) for code in codes})
        skus = {code: hit for code, hit in self._skus.items() if hit is not None}
        prepared: list[_Prepared] = []
        now = utcnow()
        for order in fresh:
            try:
                prepared.append(self._prepare(order, skus, now))
            except _Refused as refused:
                out.failed.append(refused.error)
                continue
            for line in prepared[-1].lines:
                if line["product_id"] is None:
                    out.unknown_skus.add(line_key(line["sku"], line["name"]))
        out.lines = sum(len(p.lines) for p in prepared)
        out.no_items = sum(1 for p in prepared if not p.lines)
        return prepared, out

    def _write(self, uow: UnitOfWork, orders: Sequence[ParsedOrder]) -> ChunkOutcome:
        prepared, out = self.plan(uow.session, orders)
        if not prepared:
            return out
        intakes = [
            Intake(
                p.status, p.values, p.lines,
                Buyer(
                    channel=self.channel, buyer_id=p.source.buyer_id,
                    name=p.source.recipient_name, phone=p.source.phone,
                    phone_masked=p.source.phone_masked, email=p.source.email,
                    province=p.source.province, city=p.source.city,
                    district=p.source.district, address=p.source.address,
                ),
                p.note, payment_method=self.channel, payment_ref=p.source.external_no,
            )
            for p in prepared
        ]  # fmt: skip
        entered = enter_orders(
            uow, intakes, action="import", user_id=self.user_id, approve_now=not self.defer_intake
        )
        out.customers_created = len(entered.linked.created)
        out.customers_identified = len(entered.linked.given_buyer_id)
        out.held = len(entered.held)
        out.history = sum(1 for p in prepared if p.status in HISTORY_STATES)
        out.created = entered.ids
        if self.defer_intake and read_setting(uow.session, "orders.auto_approve"):
            out.to_approve = entered.waiting
        return out


# -- the batch row ----------------------------------------------------------------------------

_BATCH = ImportBatch.__table__


def store_chunk(
    uow: UnitOfWork,
    batch_id: int,
    outcome: ChunkOutcome,
    errors: Iterable[RowError],
    checkpoint_row: int,
) -> None:
    """Row errors, counters and the checkpoint of a committed chunk, and its audit entry
    (the batch and the id range of the orders it created)."""
    rows = [
        {"batch_id": batch_id, "row_no": e.row, "column": encode_column(e)[:128],
         "code": e.code[:32], "message": e.message}
        for e in errors
    ]  # fmt: skip
    if rows:
        uow.session.execute(insert(ImportRowError), rows)
    c = _BATCH.c
    uow.session.execute(
        update(_BATCH)
        .where(c.id == batch_id)
        .values(
            orders_created=c.orders_created + len(outcome.created),
            lines_created=c.lines_created + outcome.lines,
            duplicates_skipped=c.duplicates_skipped + outcome.duplicates,
            rows_failed=c.rows_failed + len(rows),
            checkpoint_row=checkpoint_row,
        )
    )
    ids = outcome.created
    uow.audit(
        "import.chunk", "import_batch", batch_id,
        {"orders": [None, len(ids)], "order_ids": [None, [min(ids), max(ids)] if ids else None],
         "lines": [None, outcome.lines], "duplicates": [None, outcome.duplicates],
         "rows_failed": [None, len(rows)], "held": [None, outcome.held],
         "customers_created": [None, outcome.customers_created],
         "checkpoint_row": [None, checkpoint_row]},
    )  # fmt: skip


def encode_column(error: RowError) -> str:
    """The column as stored: "items-file.csv::商品编码" for a row of the second file."""
    return f"{error.file}::{error.column}" if error.file else error.column


def decode_error(row_no: int, column: str, code: str, message: str) -> RowError:
    file, sep, header = column.partition("::")
    return (
        RowError(row_no, header, code, message, file)
        if sep
        else RowError(row_no, column, code, message)
    )
