"""The audit log on screen, read-only: my own actions for everyone; everyone's for those who
may view the audit (supervisors, admins), filtered by user, action, object and time; an
order's entries for its detail pane; an xlsx export.

Newest first by (ts, id) with a keyset cursor: seq stays empty until a server's entry is
sealed and sealing order is commit order, not the order of time, while ts and id exist from
the insert. Each filter has an index whose order is (..., ts, id) (migration 0010), so the
first page reads about one page of index entries even with a million entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.permissions import Actor, Permission, requires, requires_login
from app.pii import mask_address, mask_name, mask_phone, sees_pii
from app.uow import UnitOfWork, read, transaction
from models import AuditLog, Order, Shipment, User

PAGE_SIZE = 100
MAX_PAGE = 1000
EXPORT_LIMIT = 1_000_000  # an xlsx sheet holds 1,048,576 rows
ORDER_DETAIL_LIMIT = 200

# Every action the app writes, by area, for the action filter (tests/test_audit_screen.py
# checks that every action written in app/ is listed, so each has a label on screen).
ACTIONS: tuple[str, ...] = (
    # orders
    "order.create", "order.edit", "order.mark_paid", "order.approve",
    "order.return_for_correction", "order.resubmit", "order.confirm", "order.pick",
    "order.pack", "order.ship", "order.deliver", "order.complete", "order.cancel",
    "order.release_stock", "order.hold", "order.release", "order.evaluate_rules",
    "order.link_skus", "order.assign_carrier", "order.merge", "order.merge_source",
    "order.split", "order.pack_verified",
    # money
    "payment.record", "payment.resolve", "payment.cod_collected", "payment.cod_remitted",
    "refund.request", "refund.approve", "refund.reject",
    # stock
    "stock.receive", "stock.reserve", "stock.release", "stock.ship", "stock.return_restock",
    "stock.return_quarantine", "stock.adjust", "stock.transfer_out", "stock.transfer_in",
    "stock.stocktake", "stock.repair", "stock.settings",
    "transfer.create", "transfer.dispatch", "transfer.receive", "transfer.cancel",
    "count.create", "count.record", "count.post", "count.cancel",
    "product.create", "product.update", "product.cost", "warehouse.create", "warehouse.update",
    # fulfilment and logistics
    "wave.create", "wave.picked", "wave.close",
    "shipment.create", "shipment.weigh", "shipment.hand_over", "shipment.label_void",
    "shipment.label_reprint",
    "shipment.status", "shipment.delivered", "shipment.exception_handled",
    "tracking.add_event", "tracking.import",
    "carrier.create", "carrier.update", "carrier_service.create", "carrier_service.update",
    "carrier_service.delete", "carrier_rule.create", "carrier_rule.update",
    "carrier_rule.delete", "rate_rule.create", "rate_rule.update", "rate_rule.delete",
    "tracking_pool.create", "tracking_pool.update",
    # customers, service desk, after-sales
    "customer.create", "customer.update", "customer.merge", "customer.link",
    "customer.link_buyer", "customer.reveal_pii", "customer.blacklist",
    "ticket.create", "ticket.update", "ticket.status", "ticket.priority", "ticket.assign",
    "ticket.message", "ticket.rating", "ticket.link_order", "ticket.link_case",
    "template.create", "template.update", "template.delete",
    "case.create", "case.receive_item", "case.approve", "case.reject", "case.await_return",
    "case.receive", "case.inspect", "case.refund", "case.resend", "case.close",
    # import and export
    "import.start", "import.chunk", "import.finish", "import.resume", "import.profile_save",
    "import.profile_delete", "sku_mapping.save", "sku_mapping.delete",
    "export.orders", "export.shipping", "export.audit",
    # exceptions
    "exception.assign", "exception.handled",
    # settings and administration
    "rule.update", "setting.update", "view.save", "view.delete",
    "user.create", "user.update", "user.login", "user.login_failed", "user.change_password",
    "user.reset_password", "user.unlock",
    "backup.create", "backup.verify", "backup.restore", "backup.restore_started",
    "backup.restore_failed", "database.migrate_failed",
    "database.migrate_in", "database.migrate_out", "demo.generate", "mail.password",
    "mail.retry",
)  # fmt: skip

# Objects a user can name by their number (the rest by the id the entry carries).
OBJECT_TYPES: tuple[str, ...] = (
    "order", "shipment", "payment", "refund", "return_case", "ticket", "customer", "product",
    "warehouse", "stock", "transfer", "count", "wave", "carrier", "user", "setting",
    "import_batch", "exception",
)  # fmt: skip


# Fields of an entry's changes that hold personal data (an order's recipient, a customer).
def _hidden(_value: str) -> str:
    return "****"


_PII_MASKS: dict[str, Callable[[str], str]] = {
    "recipient_phone": mask_phone,
    "phone": mask_phone,
    "recipient_name": mask_name,
    "address": mask_address,
    "district": _hidden,
    "postcode": _hidden,
}


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. `object_ref` is the object's number (order number,
    tracking number) or the id its entries carry; `until` is exclusive."""

    user_id: int | None = None
    action: str = ""
    object_type: str = ""
    object_ref: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: below this entry in (ts, id) order."""

    ts: datetime
    id: int


@dataclass(frozen=True)
class AuditEntryRow:
    id: int
    seq: int | None  # None until sealed into the chain
    ts: datetime
    user_id: int | None
    username: str
    user_name: str  # display name, else the user name ("system" for the app itself)
    action: str
    entity_type: str
    entity_id: str
    changes: dict[str, Any]  # {field: [before, after]}, personal data masked per role
    # What users call the object: an order's number, a parcel's tracking number (else the id).
    object_ref: str = ""


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditEntryRow, ...]
    next: Cursor | None  # None: this was the last page
    everyone: bool  # False: only the caller's own entries were searched


@dataclass(frozen=True)
class AuditUser:
    user_id: int
    name: str


def _mask(changes: dict[str, Any]) -> dict[str, Any]:
    masked: dict[str, Any] = {}
    for key, value in changes.items():
        mask = _PII_MASKS.get(key)
        if mask is not None and isinstance(value, list):
            value = [mask(v) if isinstance(v, str) and v else v for v in value]
        masked[key] = value
    return masked


def _changes(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {"?": [None, text]}
    return data if isinstance(data, dict) else {"?": [None, data]}


def _object_ids(session: Session, object_type: str, ref: str) -> list[str]:
    """The entity ids an object's entries may carry: an order by its id and (stock moves)
    its number, a parcel by its id, found by tracking number too."""
    ids = [ref]
    if object_type == "order":
        found = session.execute(
            select(Order.id, Order.order_no).where(
                or_(Order.order_no == ref, Order.id == int(ref)) if ref.isdigit() and
                len(ref) < 10 else Order.order_no == ref
            )
        ).all()  # fmt: skip
        for order_id, order_no in found:
            ids += [str(order_id), order_no]
    elif object_type == "shipment":
        ids += [str(i) for i in session.scalars(select(Shipment.id).where(
            Shipment.tracking_no == ref))]  # fmt: skip
    return sorted(set(ids))


def _visible(actor: Actor, flt: AuditFilter) -> AuditFilter:
    """Without the audit permission only one's own entries: asking for another user's is
    refused, not quietly answered with one's own."""
    if actor.can(Permission.VIEW_AUDIT):
        return flt
    if flt.user_id is not None and flt.user_id != actor.user_id:
        raise PermissionDenied(
            "{username} ({role}) may see only their own actions",
            username=actor.username,
            role=actor.role.value,
        )
    return AuditFilter(
        actor.user_id, flt.action, flt.object_type, flt.object_ref, flt.since, flt.until
    )


def _check(flt: AuditFilter) -> None:
    if not isinstance(flt, AuditFilter):
        raise ValidationError("Not an audit filter", field="filter")
    for moment in (flt.since, flt.until):
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
            raise ValidationError("Times must carry their time zone", field="time")
    if len(flt.object_ref) > 64 or len(flt.action) > 64 or len(flt.object_type) > 32:
        raise ValidationError("The filter is too long", field="filter")


def _about(object_type: str, entity_ids: list[str]) -> Select[int]:
    """The entries about one object, found through (entity_type, entity_id) in a subquery: a
    planner given the type and the order (ts, id) in one query may walk (entity_type, ts, id)
    through every order's entries instead (SQLite did: 30 ms for one order in 50,000)."""
    return select(AuditLog.id).where(
        AuditLog.entity_type == object_type, AuditLog.entity_id.in_(entity_ids)
    )


def _query(session: Session, flt: AuditFilter) -> Select[AuditLog, str]:
    query = select(AuditLog, User.display_name).outerjoin(User, User.id == AuditLog.user_id)
    if flt.user_id is not None:
        query = query.where(AuditLog.user_id == flt.user_id)
    if flt.action:
        query = query.where(AuditLog.action == flt.action)
    ref = flt.object_ref.strip()
    if flt.object_type and ref:
        query = query.where(
            AuditLog.id.in_(_about(flt.object_type, _object_ids(session, flt.object_type, ref)))
        )
    elif flt.object_type:
        query = query.where(AuditLog.entity_type == flt.object_type)
    if flt.since is not None:
        query = query.where(AuditLog.ts >= flt.since)
    if flt.until is not None:
        query = query.where(AuditLog.ts < flt.until)
    return query


def _after(query: Select[AuditLog, str], cursor: Cursor | None) -> Select[AuditLog, str]:
    if cursor is not None:
        # `ts <= t` is the index range; the OR only breaks ties within one moment.
        query = query.where(
            AuditLog.ts <= cursor.ts,
            or_(AuditLog.ts < cursor.ts, and_(AuditLog.ts == cursor.ts, AuditLog.id < cursor.id)),
        )
    return query.order_by(AuditLog.ts.desc(), AuditLog.id.desc())


def _row(entry: AuditLog, display_name: str | None, full: bool) -> AuditEntryRow:
    changes = _changes(entry.changes)
    return AuditEntryRow(
        id=entry.id,
        seq=entry.seq,
        ts=entry.ts,
        user_id=entry.user_id,
        username=entry.username,
        user_name=display_name or entry.username,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        changes=changes if full else _mask(changes),
    )


def _numbered(session: Session, rows: list[AuditEntryRow]) -> list[AuditEntryRow]:
    """Name orders and parcels by their numbers (one lookup by primary key per kind)."""
    refs: dict[tuple[str, str], str] = {}
    for kind, column in (("order", Order.order_no), ("shipment", Shipment.tracking_no)):
        ids = {int(r.entity_id) for r in rows if r.entity_type == kind and r.entity_id.isdigit()
               and len(r.entity_id) < 10}  # fmt: skip
        if ids:
            table = column.class_
            for object_id, number in session.execute(
                select(table.id, column).where(table.id.in_(sorted(ids)))
            ):
                refs[(kind, str(object_id))] = number
    return [
        replace(r, object_ref=refs.get((r.entity_type, r.entity_id), r.entity_id)) for r in rows
    ]


def _page(
    session: Session, flt: AuditFilter, cursor: Cursor | None, limit: int, full: bool
) -> tuple[list[AuditEntryRow], Cursor | None]:
    found = session.execute(_after(_query(session, flt), cursor).limit(limit + 1)).all()
    rows = _numbered(session, [_row(entry, name, full) for entry, name in found[:limit]])
    more = len(found) > limit
    return rows, (Cursor(rows[-1].ts, rows[-1].id) if more and rows else None)


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditQueryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires_login
    def page(
        self,
        actor: Actor,
        flt: AuditFilter | None = None,
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> AuditPage:
        """One page, newest first; pass the page's `next` to get the one after it."""
        wanted = flt if flt is not None else AuditFilter()
        _check(wanted)
        if after is not None and not isinstance(after, Cursor):
            raise ValidationError("Not a page cursor", field="cursor")
        visible = _visible(actor, wanted)
        size = max(1, min(int(limit), MAX_PAGE))
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> AuditPage:
            rows, nxt = _page(uow.session, visible, after, size, full)
            return AuditPage(tuple(rows), nxt, actor.can(Permission.VIEW_AUDIT))

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def for_order(self, actor: Actor, order_id: int) -> list[AuditEntryRow]:
        """The entries about one order (its moves, edits, stock, payments' refunds), newest
        first: whoever may see the order sees who did what to it, as in its history."""
        if not isinstance(order_id, int):
            raise ValidationError("Not an order id", field="order")
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> list[AuditEntryRow]:
            s = uow.session
            number = s.scalar(select(Order.order_no).where(Order.id == order_id))
            ids = [str(order_id)] + ([number] if number else [])
            found = s.execute(
                _after(
                    select(AuditLog, User.display_name)
                    .outerjoin(User, User.id == AuditLog.user_id)
                    .where(AuditLog.id.in_(_about("order", ids))),
                    None,
                ).limit(ORDER_DETAIL_LIMIT)
            ).all()
            return _numbered(s, [_row(entry, name, full) for entry, name in found])

        return read(self.db, work)

    @requires(Permission.VIEW_AUDIT)
    def users(self, actor: Actor) -> list[AuditUser]:
        """Everyone who may appear in the log, for the user filter."""

        def work(uow: UnitOfWork) -> list[AuditUser]:
            return [
                AuditUser(uid, display or username)
                for uid, username, display in uow.session.execute(
                    select(User.id, User.username, User.display_name).order_by(User.username)
                )
            ]

        return read(self.db, work)

    @requires_login
    def export_xlsx(
        self,
        actor: Actor,
        flt: AuditFilter | None,
        path: str,
        headers: Sequence[str],
        action_labels: Mapping[str, str] | None = None,
        type_labels: Mapping[str, str] | None = None,
    ) -> int:
        """The filtered entries (what `page` would show, all pages) as an xlsx sheet, one row
        per changed field; text a spreadsheet would run as a formula is escaped. `headers`
        and the labels come translated from the screen. Returns the data row count."""
        wanted = flt if flt is not None else AuditFilter()
        _check(wanted)
        visible = _visible(actor, wanted)
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ValidationError("The file name must end in .xlsx", field="path")
        if len(headers) != 9:
            raise ValidationError("The export needs nine column headers", field="headers")
        actions = dict(action_labels or {})
        types = dict(type_labels or {})
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> int:
            def rows() -> Iterator[list[Any]]:
                cursor: Cursor | None = None
                written = 0
                while written < EXPORT_LIMIT:
                    page, cursor = _page(uow.session, visible, cursor, 2000, full)
                    for r in page:
                        base = [
                            r.ts, r.user_name, actions.get(r.action, r.action),
                            types.get(r.entity_type, r.entity_type), r.object_ref,
                        ]  # fmt: skip
                        fields = list(r.changes.items()) or [("", None)]
                        for name, change in fields:
                            before, after = (
                                (change[0], change[1])
                                if isinstance(change, list) and len(change) == 2
                                else (None, change)
                            )
                            yield [*base, name, _cell(before), _cell(after), r.seq]
                        written += 1
                    if cursor is None:
                        return

            from app.importing.export import write_xlsx  # openpyxl: loaded on export only

            try:
                return write_xlsx(target, list(headers), rows(), sheet_title="Audit")
            except OSError as exc:
                raise ValidationError(
                    "Cannot write {path}: {reason}", field="path", path=path, reason=exc.strerror
                ) from exc

        count = read(self.db, work)
        transaction(
            self.db, actor,
            lambda uow: uow.audit("export.audit", "audit_log", "*",
                                  {"rows": [None, count], "file": [None, target.name],
                                   "everyone": [None, visible.user_id is None]}),
        )  # fmt: skip
        return count
