"""Read side of the Orders tab: the ids of a filter, rows by page, queue counts, the search
box, the detail pane and saved views. Phones and addresses come masked for roles without
personal-data access.

Built for a million orders (ARCHITECTURE.md "Big tables"): `order_ids` returns only ids,
sorted and filtered in SQL; `rows` loads one page of them. The search box finds by order no,
external no, phone (full, last 4 digits or a fragment), recipient name (exact, so 2-character
names work), tracking no, SKU, or a name/address fragment of 3+ characters through the
trigram index of migration 0002 (FTS5 on SQLite, pg_trgm on PostgreSQL; a LIKE scan on MySQL).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, delete, func, literal_column, or_, select, text, union
from sqlalchemy.exc import IntegrityError

from app.db import Database, rows_changed
from app.errors import NotFound, ValidationError
from app.permissions import Actor, Permission, requires
from app.pii import mask_address, mask_phone, sees_pii
from app.review_rules import EVALUATED_STATES
from app.states import HOLDABLE, OrderStatus
from app.uow import UnitOfWork, read, transaction
from models import (
    Carrier,
    Order,
    OrderEvent,
    OrderFlag,
    OrderLine,
    Payment,
    Product,
    Refund,
    RefundStatus,
    SavedView,
    Shipment,
    User,
    Warehouse,
)

SCREEN = "orders"
MAX_PAGE = 1000


class SortKey(StrEnum):
    NEWEST = "newest"  # by id: the order in which orders arrived
    ORDER_NO = "order_no"
    ORDERED_AT = "ordered_at"
    STATUS = "status"
    RECIPIENT = "recipient"
    TOTAL = "total"
    CHANNEL = "channel"


_SORT_COLUMNS = {
    SortKey.NEWEST: Order.id,
    SortKey.ORDER_NO: Order.order_no,
    SortKey.ORDERED_AT: Order.ordered_at,
    SortKey.STATUS: Order.status,
    SortKey.RECIPIENT: Order.recipient_name,
    SortKey.TOTAL: Order.total,
    SortKey.CHANNEL: Order.channel,
}


@dataclass(frozen=True)
class OrderFilter:
    statuses: tuple[OrderStatus, ...] = ()
    on_hold: bool | None = None
    flagged: bool = False  # a review rule fired (orders not yet confirmed)
    rule_code: str = ""
    channel: str = ""
    warehouse_id: int | None = None
    date_from: datetime | None = None  # ordered at, inclusive
    date_to: datetime | None = None  # exclusive
    text: str = ""

    def to_json(self) -> str:
        data = asdict(self)
        data["statuses"] = [s.value for s in self.statuses]
        for key in ("date_from", "date_to"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> OrderFilter:
        try:
            data = json.loads(raw)
            return cls(
                statuses=tuple(OrderStatus(s) for s in data.get("statuses", ())),
                on_hold=data.get("on_hold"),
                flagged=bool(data.get("flagged", False)),
                rule_code=str(data.get("rule_code", "")),
                channel=str(data.get("channel", "")),
                warehouse_id=data.get("warehouse_id"),
                date_from=_when(data.get("date_from")),
                date_to=_when(data.get("date_to")),
                text=str(data.get("text", "")),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValidationError("The saved view is damaged", field="definition") from exc


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class OrderRow:
    id: int
    order_no: str
    channel: str
    external_no: str
    status: OrderStatus
    is_on_hold: bool
    hold_reason: str
    recipient_name: str
    recipient_phone: str  # masked unless the role may see personal data
    province: str
    city: str
    address: str  # masked likewise
    total: Decimal
    currency: str
    ordered_at: datetime
    items: int = 0
    warehouse: str = ""
    carrier: str = ""
    rules: tuple[str, ...] = ()  # codes of the review rules that fired
    version: int = 1


@dataclass(frozen=True)
class QueueCounts:
    by_status: dict[OrderStatus, int]
    on_hold: int
    flagged: int

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class LineInfo:
    id: int
    line_no: int
    sku: str
    name: str
    qty: int
    unit_price: Decimal
    discount: Decimal

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.qty - self.discount


@dataclass(frozen=True)
class PaymentInfo:
    method: str
    amount: Decimal
    refunded: Decimal
    paid_at: datetime
    refunds_requested: Decimal = Decimal(0)


@dataclass(frozen=True)
class EventInfo:
    ts: datetime
    user: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True)
class FlagInfo:
    rule_code: str
    action: str
    message: str  # English; the UI explains by code and params
    params: dict[str, Any]


@dataclass(frozen=True)
class ShipmentInfo:
    carrier: str
    tracking_no: str
    status: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    district: str
    postcode: str
    buyer_note: str
    seller_note: str
    goods_amount: Decimal
    shipping_fee: Decimal
    discount: Decimal
    paid_amount: Decimal
    origin: str
    parent_order_no: str
    lines: tuple[LineInfo, ...]
    payments: tuple[PaymentInfo, ...]
    events: tuple[EventInfo, ...]
    flags: tuple[FlagInfo, ...]
    shipments: tuple[ShipmentInfo, ...]
    pii_masked: bool
    # Why the order was returned for correction (the latest return), while it waits for it.
    return_reason: str = ""


@dataclass(frozen=True)
class Choice:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class FilterChoices:
    channels: tuple[str, ...]
    warehouses: tuple[Choice, ...]
    carriers: tuple[Choice, ...]


@dataclass(frozen=True)
class SavedViewInfo:
    id: int
    name: str
    filter: OrderFilter = field(default_factory=OrderFilter)


# -- search ---------------------------------------------------------------------------------


def _fts_phrase(text_: str) -> str:
    return '"' + text_.replace('"', '""') + '"'


def _substring_ids(dialect: str, fragment: str, columns: Sequence[str]) -> Any:
    """Ids of orders whose `columns` contain `fragment` (3+ characters), via the trigram
    index where there is one."""
    if dialect == "sqlite":
        query = " OR ".join(f"{c} : {_fts_phrase(fragment)}" for c in columns)
        return (
            select(literal_column("rowid").label("id"))
            .select_from(text("order_search"))
            .where(text("order_search MATCH :fts").bindparams(fts=query))
        )
    pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    column = {"recipient_name": Order.recipient_name, "recipient_phone": Order.recipient_phone,
              "address": Order.address}  # fmt: skip
    like = [
        column[c].ilike(pattern, escape="\\") if dialect == "postgresql"
        else column[c].like(pattern, escape="\\")
        for c in columns
    ]  # fmt: skip
    return select(Order.id).where(or_(*like))


def search_condition(dialect: str, raw: str, *, masked: bool = False) -> ColumnElement[bool] | None:
    """Orders the search box text finds, as one indexed condition (None: no text).

    `masked`: the searching role sees phones masked (138****5678) and addresses cut short.
    It finds phones by their last 4 digits only, and names but not address fragments: a
    search for a full number or a hidden address part would tell it what the mask hides."""
    q = raw.strip()
    if not q:
        return None
    digits = q.isdigit()
    parts: list[Any] = [
        select(Order.id).where(Order.order_no == q.upper()),
        select(Order.id).where(Order.external_no == q),
        select(Order.id).where(Order.recipient_name == q),
        select(Shipment.order_id).where(Shipment.tracking_no == q),
        select(OrderLine.order_id).where(
            OrderLine.product_id.in_(select(Product.id).where(Product.sku == q))
        ),
    ]
    if digits and len(q) == 4:
        parts.append(select(Order.id).where(Order.phone_last4 == q))
    elif digits and masked:
        pass  # order, platform and tracking numbers only
    elif digits and len(q) == 11:
        parts.append(
            select(Order.id).where(Order.phone_last4 == q[-4:], Order.recipient_phone == q)
        )
    elif digits and len(q) >= 3:
        parts.append(_substring_ids(dialect, q, ["recipient_phone"]))
    elif len(q) >= 3:
        columns = ["recipient_name"] if masked else ["recipient_name", "address"]
        parts.append(_substring_ids(dialect, q, columns))
    return Order.id.in_(union(*parts).subquery().select())


def filter_conditions(
    dialect: str, flt: OrderFilter, *, masked: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter (the Orders tab and the order export); `masked`: see
    `search_condition`."""
    where: list[ColumnElement[bool]] = []
    if flt.statuses:
        where.append(Order.status.in_(list(flt.statuses)))
    if flt.on_hold is not None:
        where.append(Order.is_on_hold.is_(flt.on_hold))
        if flt.on_hold:
            where.append(Order.status.in_(list(HOLDABLE)))
    if flt.flagged:
        where.append(Order.status.in_(list(EVALUATED_STATES)))
        where.append(Order.id.in_(select(OrderFlag.order_id)))
    if flt.rule_code:
        where.append(
            Order.id.in_(select(OrderFlag.order_id).where(OrderFlag.rule_code == flt.rule_code))
        )
    if flt.channel:
        where.append(Order.channel == flt.channel)
    if flt.warehouse_id is not None:
        where.append(Order.warehouse_id == flt.warehouse_id)
    if flt.date_from is not None:
        where.append(Order.ordered_at >= flt.date_from)
    if flt.date_to is not None:
        where.append(Order.ordered_at < flt.date_to)
    found = search_condition(dialect, flt.text, masked=masked)
    if found is not None:
        where.append(found)
    return where


# -- the service ------------------------------------------------------------------------------


class OrderQueryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_ORDERS)
    def order_ids(
        self,
        actor: Actor,
        flt: OrderFilter | None = None,
        sort: SortKey = SortKey.NEWEST,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """The ids of every order the filter matches (the first `limit`), in the sort order."""
        flt = flt or OrderFilter()
        if not isinstance(flt, OrderFilter):
            raise ValidationError("Expected an order filter", field="filter")
        key = SortKey(sort)
        column = _SORT_COLUMNS[key]
        if key == SortKey.NEWEST and flt.statuses:
            # Arrival order within a queue: the (status, created_at) index yields it unsorted.
            column = Order.created_at
        order_by = [column.desc(), Order.id.desc()] if descending else [column, Order.id]
        if column is Order.id:
            order_by = order_by[:1]
        where = filter_conditions(self.db.dialect, flt, masked=not sees_pii(actor))
        query = select(Order.id).where(*where).order_by(*order_by)
        if limit is not None:
            query = query.limit(max(int(limit), 0))

        def work(uow: UnitOfWork) -> list[int]:
            ids: list[int] = []
            # In slices: a million ids never exist as a million row tuples at once, and a
            # background fetch lets the GUI thread in between slices.
            for part in uow.session.connection().execute(query).scalars().partitions(50_000):
                ids.extend(part)
                time.sleep(0)
            return ids

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def rows(self, actor: Actor, order_ids: Sequence[int]) -> list[OrderRow]:
        """One page of rows, in the order of `order_ids` (missing ids are left out)."""
        ids = [i for i in order_ids if isinstance(i, int) and not isinstance(i, bool)][:MAX_PAGE]
        if not ids:
            return []
        full = sees_pii(actor)

        return read(self.db, lambda uow: _load_rows(uow.session, ids, full))

    @requires(Permission.VIEW_ORDERS)
    def queue_counts(self, actor: Actor) -> QueueCounts:
        """How many orders wait in each state, are on hold, or were flagged by the rules."""

        def work(uow: UnitOfWork) -> QueueCounts:
            s = uow.session
            by_status = {
                OrderStatus(status): n
                for status, n in s.execute(
                    select(Order.status, func.count()).group_by(Order.status)
                ).all()
            }
            on_hold = s.scalar(
                select(func.count())
                .select_from(Order)
                .where(Order.is_on_hold.is_(True), Order.status.in_(list(HOLDABLE)))
            )
            flagged = s.scalar(
                select(func.count(func.distinct(OrderFlag.order_id)))
                .join(Order, Order.id == OrderFlag.order_id)
                .where(Order.status.in_(list(EVALUATED_STATES)))
            )
            return QueueCounts(by_status, int(on_hold or 0), int(flagged or 0))

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def status_counts(self, actor: Actor) -> dict[OrderStatus, int]:
        return self.queue_counts(actor).by_status

    @requires(Permission.VIEW_ORDERS)
    def change_marker(self, actor: Actor) -> int:
        """A number that grows with every change any workstation saves (the audit chain's
        head): cheap to poll, so screens refresh only when something happened."""

        def work(uow: UnitOfWork) -> int:
            return int(uow.session.scalar(text("SELECT last_seq FROM audit_head")) or 0)

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def detail(self, actor: Actor, order_id: int) -> OrderDetail:
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> OrderDetail:
            s = uow.session
            order = s.get(Order, order_id) if isinstance(order_id, int) else None
            if order is None:
                raise NotFound("No order with id {order_id}", order_id=order_id)
            row = _load_rows(s, [order_id], full)[0]
            lines = tuple(
                LineInfo(ln.id, ln.line_no, ln.sku, ln.name, ln.qty, ln.unit_price, ln.discount)
                for ln in order.lines
            )
            payment_rows = s.execute(
                select(Payment.id, Payment.method, Payment.amount, Payment.refunded_amount,
                       Payment.paid_at).where(Payment.order_id == order_id).order_by(Payment.id)
            ).all()  # fmt: skip
            requested = dict(
                s.execute(
                    select(Refund.payment_id, func.sum(Refund.amount))
                    .where(
                        Refund.payment_id.in_([p.id for p in payment_rows] or [0]),
                        Refund.status == RefundStatus.REQUESTED,
                    )  # still waiting
                    .group_by(Refund.payment_id)
                ).all()
            )
            payments = tuple(
                PaymentInfo(p.method, p.amount, p.refunded_amount, p.paid_at,
                            requested.get(p.id) or Decimal(0))
                for p in payment_rows
            )  # fmt: skip
            events = tuple(
                EventInfo(e.ts, e.display_name or e.username or "system", e.action,
                          e.from_status, e.to_status, e.note)
                for e in s.execute(
                    select(OrderEvent.ts, OrderEvent.action, OrderEvent.from_status,
                           OrderEvent.to_status, OrderEvent.note, User.display_name,
                           User.username)
                    .outerjoin(User, User.id == OrderEvent.user_id)
                    .where(OrderEvent.order_id == order_id)
                    .order_by(OrderEvent.ts, OrderEvent.id)
                )
            )  # fmt: skip
            flags = tuple(
                FlagInfo(f.rule_code, f.action, f.message, _params(f.params))
                for f in s.scalars(
                    select(OrderFlag).where(OrderFlag.order_id == order_id).order_by(OrderFlag.id)
                )
            )
            shipments = tuple(
                ShipmentInfo(name, tracking_no, str(status))
                for name, tracking_no, status in s.execute(
                    select(Carrier.name, Shipment.tracking_no, Shipment.status)
                    .join(Carrier, Carrier.id == Shipment.carrier_id)
                    .where(Shipment.order_id == order_id)
                    .order_by(Shipment.id)
                )
            )
            parent = (
                s.scalar(select(Order.order_no).where(Order.id == order.parent_order_id))
                if order.parent_order_id
                else None
            )
            return_reason = ""
            if row.status == OrderStatus.NEEDS_CORRECTION:
                returns = [e.note for e in events if e.action == "return_for_correction"]
                return_reason = returns[-1] if returns else ""
            return OrderDetail(
                row=row, district=order.district if full else "",
                postcode=order.postcode if full else "", buyer_note=order.buyer_note,
                seller_note=order.seller_note, goods_amount=order.goods_amount,
                shipping_fee=order.shipping_fee, discount=order.discount,
                paid_amount=order.paid_amount, origin=order.origin,
                parent_order_no=parent or "", lines=lines, payments=payments, events=events,
                flags=flags, shipments=shipments, pii_masked=not full,
                return_reason=return_reason,
            )  # fmt: skip

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def filter_choices(self, actor: Actor) -> FilterChoices:
        def work(uow: UnitOfWork) -> FilterChoices:
            s = uow.session
            channels = tuple(s.scalars(select(Order.channel).distinct().order_by(Order.channel)))
            warehouses = tuple(
                Choice(i, c, n)
                for i, c, n in s.execute(
                    select(Warehouse.id, Warehouse.code, Warehouse.name).order_by(
                        Warehouse.priority, Warehouse.id
                    )
                )
            )
            carriers = tuple(
                Choice(i, c, n)
                for i, c, n in s.execute(
                    select(Carrier.id, Carrier.code, Carrier.name)
                    .where(Carrier.is_active.is_(True))
                    .order_by(Carrier.code)
                )
            )
            return FilterChoices(channels, warehouses, carriers)

        return read(self.db, work)

    # saved views ----------------------------------------------------------------------------

    @requires(Permission.VIEW_ORDERS)
    def saved_views(self, actor: Actor) -> list[SavedViewInfo]:
        def work(uow: UnitOfWork) -> list[SavedViewInfo]:
            views = []
            for view in uow.session.scalars(
                select(SavedView)
                .where(SavedView.user_id == actor.user_id, SavedView.screen == SCREEN)
                .order_by(SavedView.name)
            ):
                try:
                    views.append(
                        SavedViewInfo(view.id, view.name, OrderFilter.from_json(view.definition))
                    )
                except ValidationError:
                    continue  # a damaged view is skipped, not fatal
            return views

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def save_view(self, actor: Actor, name: str, flt: OrderFilter) -> SavedViewInfo:
        """Save the filter under a name (the same name replaces the older view)."""
        clean = name.strip() if isinstance(name, str) else ""
        if not clean or len(clean) > 64:
            raise ValidationError("A view needs a name of 1 to 64 characters", field="name")
        if not isinstance(flt, OrderFilter):
            raise ValidationError("Expected an order filter", field="filter")

        def work(uow: UnitOfWork) -> SavedViewInfo:
            view = uow.session.scalar(
                select(SavedView).where(
                    SavedView.user_id == actor.user_id,
                    SavedView.screen == SCREEN,
                    SavedView.name == clean,
                )
            )
            if view is None:
                view = SavedView(user_id=actor.user_id, screen=SCREEN, name=clean)
                uow.session.add(view)
            view.definition = flt.to_json()
            uow.session.flush()
            uow.audit("view.save", "saved_view", view.id, {"name": [None, clean]})
            return SavedViewInfo(view.id, clean, flt)

        try:
            return transaction(self.db, actor, work)
        except IntegrityError:  # saved twice at once: the other one won, save over it
            return transaction(self.db, actor, work)

    @requires(Permission.VIEW_ORDERS)
    def delete_view(self, actor: Actor, view_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            removed = uow.session.execute(
                delete(SavedView).where(SavedView.id == view_id, SavedView.user_id == actor.user_id)
            )
            if rows_changed(removed) != 1:
                raise NotFound("No saved view with id {view_id}", view_id=view_id)
            uow.audit("view.delete", "saved_view", view_id, {})

        transaction(self.db, actor, work)


def _load_rows(s: Any, ids: list[int], full: bool) -> list[OrderRow]:
    found = {
        r.id: r
        for r in s.execute(
            select(
                Order.id, Order.order_no, Order.channel, Order.external_no, Order.status,
                Order.is_on_hold, Order.hold_reason, Order.recipient_name,
                Order.recipient_phone, Order.province, Order.city, Order.district,
                Order.address, Order.total, Order.currency, Order.ordered_at,
                Order.warehouse_id, Order.carrier_id, Order.version,
            ).where(Order.id.in_(ids))
        )
    }  # fmt: skip
    items = dict(
        s.execute(
            select(OrderLine.order_id, func.sum(OrderLine.qty))
            .where(OrderLine.order_id.in_(ids))
            .group_by(OrderLine.order_id)
        ).all()
    )
    rules: dict[int, list[str]] = defaultdict(list)
    for order_id, code in s.execute(
        select(OrderFlag.order_id, OrderFlag.rule_code)
        .where(OrderFlag.order_id.in_(ids))
        .order_by(OrderFlag.id)
    ):
        rules[order_id].append(code)
    warehouses = _codes(s, Warehouse, {r.warehouse_id for r in found.values()})
    carriers = _codes(s, Carrier, {r.carrier_id for r in found.values()}, name=True)
    out = []
    for i in ids:
        r = found.get(i)
        if r is None:
            continue
        out.append(
            OrderRow(
                r.id, r.order_no, r.channel, r.external_no or "", OrderStatus(r.status),
                r.is_on_hold, r.hold_reason, r.recipient_name,
                r.recipient_phone if full else mask_phone(r.recipient_phone),
                r.province, r.city,
                f"{r.district}{r.address}" if full else mask_address(r.address),
                r.total, r.currency, r.ordered_at, int(items.get(r.id, 0) or 0),
                warehouses.get(r.warehouse_id, ""), carriers.get(r.carrier_id, ""),
                tuple(rules.get(r.id, ())), r.version,
            )
        )  # fmt: skip
    return out


def _codes(session: Any, model: Any, ids: set[int | None], *, name: bool = False) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    column = model.name if name else model.code
    return dict(session.execute(select(model.id, column).where(model.id.in_(wanted))).all())


def _params(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
