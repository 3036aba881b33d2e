"""Customers: the one-box lookup, the customer screen, profile edits, blacklist, merging of
duplicates, and `link_customer` for order intake.

The schema keeps one phone and one address per customer. The other phones and addresses a
customer used are on their orders (snapshots), so the customer screen shows "phones used" and
"addresses used" from the orders, and the lookup finds a customer by any phone of any order.

Lookups only touch indexed columns on orders and shipments (phone_last4, order_no,
channel + external_no, tracking_no); a name is matched exactly or by prefix on customers.
Phones and addresses are masked unless the role may see personal data; `reveal` shows one
customer's in full and writes an audit entry every time.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.addresses import format_address
from app.aftersales import CaseRow, RefundRow, customer_cases, customer_refunds
from app.db import Database, insert_returning_ids, one_of, one_of_parts
from app.errors import ConfirmationRequired, NotFound, ValidationError
from app.permissions import Actor, Permission, requires
from app.pii import mask_address, mask_phone, sees_pii
from app.service_desk import TicketRow, customer_tickets
from app.uow import UnitOfWork, read, transaction
from app.validation import labelled_text, phone_digits
from models import (
    Carrier,
    Customer,
    Order,
    OrderStatus,
    Payment,
    ReturnCase,
    Shipment,
    Ticket,
    TrackingEvent,
    utcnow,
)

__all__ = [
    "Buyer",
    "CustomerCandidate",
    "CustomerOrder",
    "CustomerProfile",
    "CustomerScreen",
    "CustomerService",
    "CustomerShipment",
    "LifetimeFigures",
    "LinkedCustomers",
    "LookupQuery",
    "MatchKind",
    "MergeResult",
    "OrdersPage",
    "RevealedContact",
    "link_customer",
    "link_customers",
    "parse_lookup",
    "phone_digits",
]

MAX_CANDIDATES = 20
_PHONE_CHARS = re.compile(r"\+?[\d\s\-()]+")
_LAST4_THEN_NAME = re.compile(r"(\d{4})\s*(\D+)")
_NAME_THEN_LAST4 = re.compile(r"(\D+?)\s*(\d{4})")


class MatchKind(StrEnum):
    """Why a candidate was found; also its rank (earlier is better)."""

    ORDER_NO = "order_no"
    EXTERNAL_NO = "external_no"
    TRACKING_NO = "tracking_no"
    PHONE = "phone"
    LAST4_NAME = "last4_name"
    NAME = "name"
    NAME_PREFIX = "name_prefix"
    LAST4 = "last4"


_RANK = {kind: rank for rank, kind in enumerate(MatchKind)}


@dataclass(frozen=True)
class LookupQuery:
    """What the one box was understood to contain (several readings may apply at once)."""

    phone: str = ""  # a full number, digits only
    last4: str = ""
    name: str = ""
    identifier: str = ""  # an order no, a platform order no or a tracking no

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.last4 or self.name or self.identifier)


def parse_lookup(text: str) -> LookupQuery:
    """Read the box: "13812345678", "5678 王", "王5678", "KD2026…", "SF…", "王伟"."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()
    if not text:
        return LookupQuery()
    if _PHONE_CHARS.fullmatch(text):
        digits = phone_digits(text)
        if len(digits) == 4:
            return LookupQuery(last4=digits)
        return LookupQuery(phone=digits if len(digits) >= 7 else "", identifier=digits)
    match = _LAST4_THEN_NAME.fullmatch(text)
    if match:
        return LookupQuery(last4=match.group(1), name=match.group(2).strip())
    match = _NAME_THEN_LAST4.fullmatch(text)
    if match:
        name = match.group(1).strip()
        # "AB1234" is more likely a document number than a Latin name and a phone suffix.
        identifier = text if " " not in text and name.isascii() else ""
        return LookupQuery(last4=match.group(2), name=name, identifier=identifier)
    if " " not in text and any(ch.isdigit() for ch in text):
        return LookupQuery(identifier=text)
    return LookupQuery(name=text)


@dataclass(frozen=True)
class CustomerCandidate:
    customer_id: int | None  # None: an order whose buyer was never linked to a customer
    order_id: int | None  # the matching order, when an order or shipment matched
    name: str
    phone: str  # masked unless the role may see personal data
    city: str
    match: MatchKind
    matched: str  # what matched: the order no, the tracking no, the name...
    order_count: int
    last_order_at: datetime | None
    is_blacklisted: bool
    tags: tuple[str, ...]


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    phone: str  # masked unless pii_visible
    email: str
    channel: str
    channel_buyer_id: str
    province: str
    city: str
    district: str
    address: str  # masked unless pii_visible
    tags: tuple[str, ...]
    note: str
    is_blacklisted: bool
    blacklist_reason: str
    created_at: datetime
    pii_visible: bool


@dataclass(frozen=True)
class CustomerOrder:
    id: int
    order_no: str
    channel: str
    external_no: str
    status: OrderStatus
    is_on_hold: bool
    recipient_name: str
    recipient_phone: str  # masked unless the role may see personal data
    address: str  # province city district address, masked likewise
    total: Decimal
    paid_amount: Decimal
    currency: str
    ordered_at: datetime


@dataclass(frozen=True)
class OrdersPage:
    rows: tuple[CustomerOrder, ...]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True)
class CustomerShipment:
    id: int
    order_id: int
    order_no: str
    carrier: str
    tracking_no: str
    status: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    last_event_at: datetime | None
    last_event: str  # description of the latest tracking event
    last_event_location: str


@dataclass(frozen=True)
class LifetimeFigures:
    order_count: int
    cancelled_count: int
    spend: tuple[tuple[str, Decimal], ...]  # (currency, paid) over non-cancelled orders
    refunded: tuple[tuple[str, Decimal], ...]
    returns_count: int  # after-sales cases
    first_order_at: datetime | None
    last_order_at: datetime | None


@dataclass(frozen=True)
class CustomerScreen:
    profile: CustomerProfile
    figures: LifetimeFigures
    orders: OrdersPage
    shipments: tuple[CustomerShipment, ...]
    tickets: tuple[TicketRow, ...]
    phones_used: tuple[str, ...]  # masked unless pii_visible
    addresses_used: tuple[str, ...]
    cases: tuple[CaseRow, ...] = ()  # after-sales cases, newest first
    refunds: tuple[RefundRow, ...] = ()  # refunds on the customer's orders, newest first


@dataclass(frozen=True)
class RevealedContact:
    customer_id: int
    phone: str
    email: str
    address: str  # the street part; province, city and district are never masked
    phones_used: tuple[str, ...]
    addresses_used: tuple[str, ...]


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    orders_moved: int
    tickets_moved: int
    cases_moved: int


def _tags(raw: str) -> tuple[str, ...]:
    return tuple(t for t in (p.strip() for p in re.split(r"[,，]", raw or "")) if t)


def _full_address(province: str, city: str, district: str, address: str) -> str:
    return format_address(province, city, district, address)


def _masked_address(province: str, city: str, district: str, address: str, full: bool) -> str:
    return format_address(province, city, district, address if full else mask_address(address))


def _sum_by_currency(rows: Sequence[Any]) -> tuple[tuple[str, Decimal], ...]:
    return tuple(sorted((c, Decimal(a)) for c, a in rows if a))


def _customer(session: Session, customer_id: int, *, lock: bool = False) -> Customer:
    customer = session.get(Customer, customer_id, with_for_update=lock)
    if customer is None:
        raise NotFound("No customer with id {customer_id}", customer_id=customer_id)
    return customer


def _profile(c: Customer, full: bool) -> CustomerProfile:
    return CustomerProfile(
        c.id, c.name, c.phone if full else mask_phone(c.phone), c.email, c.channel or "",
        c.channel_buyer_id or "", c.province, c.city, c.district,
        c.address if full else mask_address(c.address), _tags(c.tags), c.note,
        c.is_blacklisted, c.blacklist_reason, c.created_at, full,
    )  # fmt: skip


def _find_by_phone(session: Session, phone: str, name: str) -> int | None:
    digits = phone_digits(phone)
    if len(digits) < 4:
        return None
    rows = session.execute(
        select(Customer.id, Customer.phone, Customer.name)
        .where(Customer.phone_last4 == digits[-4:])
        .order_by(Customer.id)
    ).all()
    for cid, stored, stored_name in rows:
        if _same_buyer(stored, stored_name, digits, name):
            return int(cid)
    return None


def _same_buyer(stored_phone: str, stored_name: str, digits: str, name: str) -> bool:
    """The phone + name rule of `link_customer` (and `link_customers`)."""
    return phone_digits(stored_phone) == digits and stored_name.strip() == name


def link_customer(
    uow: UnitOfWork,
    *,
    channel: str | None,
    buyer_id: str | None,
    name: str,
    phone: str = "",
    email: str = "",
    province: str = "",
    city: str = "",
    district: str = "",
    address: str = "",
) -> int:
    """The customer an incoming order belongs to, inside the caller's unit of work.

    Found by (channel, buyer id); else by phone + name; else created (audited). A customer
    found by phone + name without a platform identity takes this one, so the next order of
    the same buyer is found directly. Nothing else about an existing customer is changed:
    the order keeps its own recipient snapshot."""
    session = uow.session
    channel = (channel or "").strip() or None
    buyer_id = (buyer_id or "").strip() or None
    name = (name or "").strip()
    if channel and buyer_id:
        found = session.scalar(
            select(Customer.id).where(
                Customer.channel == channel, Customer.channel_buyer_id == buyer_id
            )
        )
        if found is not None:
            return int(found)
    if not name:
        raise ValidationError("A customer needs a name", field="name")
    if phone_digits(phone):
        found = _find_by_phone(session, phone, name)
        if found is not None:
            if channel and buyer_id:
                customer = _customer(session, found)
                if customer.channel_buyer_id is None:
                    customer.channel, customer.channel_buyer_id = channel, buyer_id
                    uow.audit(
                        "customer.link_buyer",
                        "customer",
                        found,
                        {"channel": [None, channel], "channel_buyer_id": [None, buyer_id]},
                    )
            return found
    digits = phone_digits(phone)
    customer = Customer(
        name=name[:128],
        phone=phone.strip()[:32],
        phone_last4=digits[-4:],
        email=email.strip()[:255],
        channel=channel,
        channel_buyer_id=buyer_id if channel else None,
        province=province.strip()[:64],
        city=city.strip()[:64],
        district=district.strip()[:64],
        address=address.strip()[:255],
    )
    try:
        with session.begin_nested():  # the same buyer may arrive on another workstation
            session.add(customer)
    except IntegrityError:
        found = session.scalar(
            select(Customer.id).where(
                Customer.channel == channel, Customer.channel_buyer_id == buyer_id
            )
        )
        if found is None:
            raise
        return int(found)
    uow.audit(
        "customer.create",
        "customer",
        customer.id,
        {"name": [None, customer.name], "channel": [None, channel]},
    )
    return customer.id


class Buyer(NamedTuple):
    """Who placed an incoming order, as `link_customers` matches it (one per imported
    order: a named tuple is cheaper to make than a frozen dataclass)."""

    channel: str | None
    buyer_id: str
    name: str
    phone: str = ""
    phone_masked: bool = False  # a platform's masked phone (138****5678) identifies no one
    email: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""


@dataclass(frozen=True)
class LinkedCustomers:
    ids: tuple[int | None, ...]  # per buyer; None: no buyer id and no name to go by
    created: tuple[int, ...]
    given_buyer_id: tuple[int, ...]  # found by phone + name, now carry the platform identity


def link_customers(uow: UnitOfWork, buyers: Sequence[Buyer]) -> LinkedCustomers:
    """`link_customer` for many incoming orders at once (the bulk import), with the same rules:
    (channel, buyer id), else phone + name, else a new customer; a customer found by phone +
    name without a platform identity takes this one. A few set-wise queries instead of one
    round of queries per order. Masked phones are not matched. The caller audits (one entry
    per chunk) and retries the chunk if another workstation created one of the buyers first
    (IntegrityError)."""
    session = uow.session
    connection = session.connection()  # Core rows: the ORM's cost a third more per row
    ids: list[int | None] = [None] * len(buyers)
    keys = [((b.channel or "").strip() or None, (b.buyer_id or "").strip() or None) for b in buyers]
    by_buyer: dict[tuple[str, str], int] = {}
    wanted = defaultdict(set)
    for channel, buyer_id in keys:
        if channel and buyer_id:
            wanted[channel].add(buyer_id)
    for channel, buyer_ids in wanted.items():
        for part in one_of_parts(sorted(buyer_ids)):
            for cid, bid in connection.execute(
                select(Customer.id, Customer.channel_buyer_id).where(
                    Customer.channel == channel, one_of(Customer.channel_buyer_id, part)
                )
            ).all():
                if bid is not None:
                    by_buyer[(channel, bid)] = int(cid)
    phones: dict[int, str] = {}  # buyer index -> phone digits, for those still unmatched
    for i, (b, (channel, buyer_id)) in enumerate(zip(buyers, keys, strict=True)):
        if channel and buyer_id and (channel, buyer_id) in by_buyer:
            ids[i] = by_buyer[(channel, buyer_id)]
        elif b.name.strip() and not b.phone_masked and len(phone_digits(b.phone)) >= 4:
            phones[i] = phone_digits(b.phone)
    candidates: dict[str, list[Any]] = defaultdict(list)
    wanted_names = sorted({buyers[i].name.strip() for i in phones})
    suffixes = {digits[-4:] for digits in phones.values()}
    found: list[Any] = []
    for part in one_of_parts(wanted_names):
        # By name (its index), then suffix here: a chunk's suffixes cover a third of all
        # customers (35,000 rows of 100,000), its names a few thousand. (With both IN lists
        # SQLite scans the table.) Stored names are stripped: the rule of `_find_by_phone`.
        found += connection.execute(
            select(Customer.id, Customer.phone, Customer.phone_last4, Customer.name,
                   Customer.channel_buyer_id)
            .where(one_of(Customer.name, part))
        ).all()  # fmt: skip
    for row in sorted(found, key=lambda row: row.id):  # the oldest customer first
        if row.phone_last4 in suffixes:
            candidates[row.phone_last4].append(row)
    identified: dict[int, tuple[str, str]] = {}
    for i, digits in phones.items():
        name = buyers[i].name.strip()
        match = next(
            (
                c
                for c in candidates.get(digits[-4:], ())
                if _same_buyer(c.phone, c.name, digits, name)
            ),
            None,
        )
        if match is None:
            continue
        ids[i] = int(match.id)
        channel, buyer_id = keys[i]
        if channel and buyer_id and match.channel_buyer_id is None and match.id not in identified:
            identified[int(match.id)] = (channel, buyer_id)
            by_buyer[(channel, buyer_id)] = int(match.id)
    for cid, (channel, buyer_id) in identified.items():
        session.execute(
            update(Customer)
            .where(Customer.id == cid, Customer.channel_buyer_id.is_(None))
            .values(channel=channel, channel_buyer_id=buyer_id)
            .execution_options(synchronize_session=False)
        )
    # The rest are new customers; several orders of one new buyer make one customer.
    new_rows: list[dict[str, Any]] = []
    new_index: dict[tuple[Any, ...], int] = {}
    waiting: list[tuple[int, int]] = []  # buyer index, row in new_rows
    now = utcnow()
    for i, b in enumerate(buyers):
        if ids[i] is not None:
            continue
        channel, buyer_id = keys[i]
        if channel and buyer_id and (channel, buyer_id) in by_buyer:
            ids[i] = by_buyer[(channel, buyer_id)]
            continue
        name = b.name.strip()
        if not name:
            continue
        digits = phone_digits(b.phone)
        key = ("buyer", channel, buyer_id) if channel and buyer_id else ("phone", digits, name)
        if key not in new_index:
            new_index[key] = len(new_rows)
            new_rows.append(
                {"name": name[:128], "phone": b.phone.strip()[:32], "phone_last4": digits[-4:],
                 "email": b.email.strip()[:255], "channel": channel,
                 "channel_buyer_id": buyer_id if channel else None,
                 "province": b.province.strip()[:64], "city": b.city.strip()[:64],
                 "district": b.district.strip()[:64], "address": b.address.strip()[:255],
                 "tags": "", "note": "", "is_blacklisted": False, "blacklist_reason": "",
                 "created_at": now, "updated_at": now}
            )  # fmt: skip
        waiting.append((i, new_index[key]))
    created = insert_returning_ids(
        session.connection(), Customer.__table__, new_rows,
        ("channel", "channel_buyer_id", "phone", "name"), multi_row=True,
    )  # fmt: skip
    for i, row in waiting:
        ids[i] = created[row]
    return LinkedCustomers(tuple(ids), tuple(created), tuple(identified))


def _order_channels(session: Session) -> list[str]:
    """Distinct order channels by skipping through the (channel, external_no) index: a
    handful of index seeks instead of reading every order."""
    channels: list[str] = []
    while True:
        query = select(Order.channel).order_by(Order.channel).limit(1)
        if channels:
            query = query.where(Order.channel > channels[-1])
        value = session.scalar(query)
        if value is None:
            return channels
        channels.append(value)


class CustomerService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- lookup -------------------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def lookup(
        self, actor: Actor, text: str, limit: int = MAX_CANDIDATES
    ) -> list[CustomerCandidate]:
        """Everything the agent may type or scan into one box, best matches first."""
        query = parse_lookup(text)
        if query.is_empty:
            return []
        full = sees_pii(actor)
        # A role that sees phones masked finds them by the last 4 digits only (a full
        # number's hit would say what the mask hides), unless it may reveal them anyway:
        # customer service, whose callers give their number.
        if query.phone and not (full or actor.can(Permission.REVEAL_PII)):
            query = replace(query, phone="")

        def work(uow: UnitOfWork) -> list[CustomerCandidate]:
            return _Lookup(uow.session, full).run(query, limit)

        return read(self.db, work)

    # -- the customer screen ------------------------------------------------------------

    @requires(Permission.VIEW_CUSTOMERS)
    def customer_screen(
        self, actor: Actor, customer_id: int, page_size: int = 50
    ) -> CustomerScreen:
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> CustomerScreen:
            session = uow.session
            customer = _customer(session, customer_id)
            phones, addresses = self._contacts_used(session, customer_id, full)
            return CustomerScreen(
                profile=_profile(customer, full),
                figures=self._figures(session, customer_id),
                orders=self._orders_page(session, customer_id, 0, page_size, full),
                shipments=tuple(self._shipments(session, customer_id)),
                tickets=tuple(customer_tickets(session, customer_id)),
                phones_used=phones,
                addresses_used=addresses,
                cases=tuple(customer_cases(session, customer_id)),
                refunds=tuple(customer_refunds(session, customer_id)),
            )

        return read(self.db, work)

    @requires(Permission.VIEW_CUSTOMERS)
    def customer_orders(
        self, actor: Actor, customer_id: int, page: int = 0, page_size: int = 50
    ) -> OrdersPage:
        """The customer's orders, most recent first, one page at a time."""
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> OrdersPage:
            _customer(uow.session, customer_id)
            return self._orders_page(uow.session, customer_id, page, page_size, full)

        return read(self.db, work)

    @staticmethod
    def _orders_page(
        session: Session, customer_id: int, page: int, page_size: int, full: bool
    ) -> OrdersPage:
        page, page_size = max(0, page), max(1, min(page_size, 500))
        total = session.scalar(select(func.count(Order.id)).where(Order.customer_id == customer_id))
        orders = session.scalars(
            select(Order)
            .where(Order.customer_id == customer_id)
            .order_by(Order.ordered_at.desc(), Order.id.desc())
            .offset(page * page_size)
            .limit(page_size)
        )
        rows = tuple(
            CustomerOrder(
                o.id, o.order_no, o.channel, o.external_no or "", o.status, o.is_on_hold,
                o.recipient_name, o.recipient_phone if full else mask_phone(o.recipient_phone),
                _masked_address(o.province, o.city, o.district, o.address, full),
                o.total, o.paid_amount, o.currency, o.ordered_at,
            )
            for o in orders
        )  # fmt: skip
        return OrdersPage(rows, total or 0, page, page_size)

    @staticmethod
    def _figures(session: Session, customer_id: int) -> LifetimeFigures:
        of_customer = Order.customer_id == customer_id
        count, first, last = session.execute(
            select(func.count(Order.id), func.min(Order.ordered_at), func.max(Order.ordered_at))
            .where(of_customer)
        ).one()  # fmt: skip
        cancelled = session.scalar(
            select(func.count(Order.id)).where(of_customer, Order.status == OrderStatus.CANCELLED)
        )
        spend = session.execute(
            select(Order.currency, func.sum(Order.paid_amount))
            .where(of_customer, Order.status != OrderStatus.CANCELLED)
            .group_by(Order.currency)
        ).all()  # fmt: skip
        refunded = session.execute(
            select(Payment.currency, func.sum(Payment.refunded_amount))
            .join(Order, Order.id == Payment.order_id)
            .where(of_customer)
            .group_by(Payment.currency)
        ).all()  # fmt: skip
        returns = session.scalar(
            select(func.count(ReturnCase.id)).where(ReturnCase.customer_id == customer_id)
        )
        return LifetimeFigures(
            order_count=count or 0,
            cancelled_count=cancelled or 0,
            spend=_sum_by_currency(spend),  # SUM() keeps the Money type: Decimal
            refunded=_sum_by_currency(refunded),
            returns_count=returns or 0,
            first_order_at=first,
            last_order_at=last,
        )

    @staticmethod
    def _shipments(session: Session, customer_id: int, limit: int = 50) -> list[CustomerShipment]:
        rows = session.execute(
            select(Shipment, Order.order_no, Carrier.name)
            .join(Order, Order.id == Shipment.order_id)
            .join(Carrier, Carrier.id == Shipment.carrier_id)
            .where(Order.customer_id == customer_id)
            .order_by(Shipment.created_at.desc(), Shipment.id.desc())
            .limit(limit)
        ).all()
        latest: dict[int, TrackingEvent] = {}
        if rows:
            events = session.scalars(
                select(TrackingEvent)
                .where(TrackingEvent.shipment_id.in_([s.id for s, _o, _c in rows]))
                .order_by(TrackingEvent.ts, TrackingEvent.id)
            )
            for tracking_event in events:
                latest[tracking_event.shipment_id] = tracking_event  # the last one wins
        result = []
        for s, order_no, carrier in rows:
            event = latest.get(s.id)
            result.append(
                CustomerShipment(
                    s.id, s.order_id, order_no, carrier, s.tracking_no, s.status.value,
                    s.shipped_at, s.delivered_at, event.ts if event else None,
                    event.description or event.status if event else "",
                    event.location if event else "",
                )
            )  # fmt: skip
        return result

    @staticmethod
    def _contacts_used(
        session: Session, customer_id: int, full: bool, limit: int = 20
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        phones = session.scalars(
            select(Order.recipient_phone)
            .where(Order.customer_id == customer_id, Order.recipient_phone != "")
            .group_by(Order.recipient_phone)
            .order_by(func.max(Order.ordered_at).desc())
            .limit(limit)
        ).all()
        addresses = session.execute(
            select(Order.province, Order.city, Order.district, Order.address)
            .where(Order.customer_id == customer_id)
            .group_by(Order.province, Order.city, Order.district, Order.address)
            .order_by(func.max(Order.ordered_at).desc())
            .limit(limit)
        ).all()
        return (
            tuple(p if full else mask_phone(p) for p in phones),
            tuple(_masked_address(*a, full) for a in addresses),
        )

    # -- personal data ------------------------------------------------------------------

    @requires(Permission.REVEAL_PII)
    def reveal(self, actor: Actor, customer_id: int) -> RevealedContact:
        """The customer's phones and addresses in full; every reveal is audited."""

        def work(uow: UnitOfWork) -> RevealedContact:
            customer = _customer(uow.session, customer_id)
            phones, addresses = self._contacts_used(uow.session, customer_id, True)
            uow.audit(
                "customer.reveal_pii",
                "customer",
                customer_id,
                {"revealed": [None, "phone, email, address"]},
            )
            return RevealedContact(
                customer.id, customer.phone, customer.email, customer.address, phones, addresses
            )

        return transaction(self.db, actor, work)

    # -- edits --------------------------------------------------------------------------

    @requires(Permission.EDIT_CUSTOMERS)
    def update_profile(
        self,
        actor: Actor,
        customer_id: int,
        *,
        name: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        province: str | None = None,
        city: str | None = None,
        district: str | None = None,
        address: str | None = None,
        tags: Sequence[str] | None = None,
        note: str | None = None,
    ) -> CustomerProfile:
        """Change the fields given (None: unchanged). Phones and addresses are logged masked:
        the audit log outlives the need to know them."""
        values: dict[str, str] = {}
        if name is not None:
            values["name"] = labelled_text(name, "name", "Name", 128, required=True)
        if phone is not None:
            values["phone"] = _phone(phone)
        if email is not None:
            values["email"] = labelled_text(email, "email", "E-mail", 255)
        for key, value, label, length in (
            ("province", province, "Province", 64),
            ("city", city, "City", 64),
            ("district", district, "District", 64),
            ("address", address, "Address", 255),
        ):
            if value is not None:
                values[key] = labelled_text(value, key, label, length)
        if "address" in values and "****" in values["address"]:
            raise ValidationError(
                "The address is masked; reveal it before editing", field="address"
            )
        if tags is not None:
            values["tags"] = _tag_text(tags)
        if note is not None:
            values["note"] = labelled_text(note, "note", "Note", 10_000)
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> CustomerProfile:
            customer = _customer(uow.session, customer_id, lock=True)
            changes: dict[str, list[Any]] = {}
            for key, new in values.items():
                old = getattr(customer, key)
                if old == new:
                    continue
                if key == "phone":
                    changes[key] = [mask_phone(old), mask_phone(new)]
                    customer.phone_last4 = phone_digits(new)[-4:]
                elif key == "address":
                    changes[key] = [mask_address(old), mask_address(new)]
                else:
                    changes[key] = [old, new]
                setattr(customer, key, new)
            if changes:
                uow.audit("customer.update", "customer", customer_id, changes)
            return _profile(customer, full)

        return transaction(self.db, actor, work)

    @requires(Permission.EDIT_CUSTOMERS)
    def set_blacklist(
        self, actor: Actor, customer_id: int, blacklisted: bool, reason: str = ""
    ) -> CustomerProfile:
        """Put a customer on the blacklist (a reason is required) or take them off it."""
        reason = labelled_text(reason, "reason", "Reason", 255, required=bool(blacklisted))
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> CustomerProfile:
            customer = _customer(uow.session, customer_id, lock=True)
            new_reason = reason if blacklisted else ""
            if (customer.is_blacklisted, customer.blacklist_reason) != (blacklisted, new_reason):
                uow.audit(
                    "customer.blacklist" if blacklisted else "customer.unblacklist",
                    "customer",
                    customer_id,
                    {
                        "is_blacklisted": [customer.is_blacklisted, bool(blacklisted)],
                        "blacklist_reason": [customer.blacklist_reason, new_reason],
                    },
                )
                customer.is_blacklisted, customer.blacklist_reason = bool(blacklisted), new_reason
            return _profile(customer, full)

        return transaction(self.db, actor, work)

    @requires(Permission.EDIT_CUSTOMERS)
    def merge(
        self, actor: Actor, keep_id: int, duplicate_id: int, confirm: bool = False
    ) -> MergeResult:
        """Move the duplicate's orders, tickets and cases to the kept customer, fill the kept
        customer's empty fields from the duplicate, join tags and notes, keep a blacklist,
        then delete the duplicate. Without `confirm` it only says what would happen."""
        if keep_id == duplicate_id:
            raise ValidationError("A customer cannot be merged into itself", field="duplicate")

        def work(uow: UnitOfWork) -> MergeResult:
            session = uow.session
            # Lock both in id order so two opposite merges cannot deadlock.
            first, second = sorted((keep_id, duplicate_id))
            locked = {cid: _customer(session, cid, lock=True) for cid in (first, second)}
            keep, dup = locked[keep_id], locked[duplicate_id]
            counts = {
                model: session.scalar(
                    select(func.count(model.id)).where(model.customer_id == duplicate_id)
                )
                or 0
                for model in (Order, Ticket, ReturnCase)
            }
            if not confirm:
                raise ConfirmationRequired(
                    "Merge {duplicate} into {kept}: {orders} orders, {tickets} tickets and "
                    "{cases} after-sales cases move to {kept}, and {duplicate} is deleted.",
                    duplicate=f"{dup.name} (#{dup.id})",
                    kept=f"{keep.name} (#{keep.id})",
                    orders=counts[Order],
                    tickets=counts[Ticket],
                    cases=counts[ReturnCase],
                )
            session.execute(
                update(Order)
                .where(Order.customer_id == duplicate_id)
                .values(customer_id=keep_id, version=Order.version + 1)
                .execution_options(synchronize_session=False)
            )
            for model in (Ticket, ReturnCase):
                session.execute(
                    update(model)
                    .where(model.customer_id == duplicate_id)
                    .values(customer_id=keep_id)
                    .execution_options(synchronize_session=False)
                )
            changes: dict[str, list[Any]] = {}
            for key in ("phone", "email", "province", "city", "district", "address"):
                if not getattr(keep, key) and getattr(dup, key):
                    changes[key] = ["", "(from duplicate)"]
                    setattr(keep, key, getattr(dup, key))
            if not keep.phone_last4 and dup.phone_last4:
                keep.phone_last4 = dup.phone_last4
            tags = _tag_text([*_tags(keep.tags), *_tags(dup.tags)], strict=False)
            if tags != keep.tags:
                changes["tags"] = [keep.tags, tags]
                keep.tags = tags
            if dup.note.strip() and dup.note.strip() not in keep.note:
                note = "\n".join(n for n in (keep.note.strip(), dup.note.strip()) if n)
                changes["note"] = [keep.note, note]
                keep.note = note
            if dup.is_blacklisted and not keep.is_blacklisted:
                changes["is_blacklisted"] = [False, True]
                changes["blacklist_reason"] = [keep.blacklist_reason, dup.blacklist_reason]
                keep.is_blacklisted, keep.blacklist_reason = True, dup.blacklist_reason
            move_identity = keep.channel_buyer_id is None and dup.channel_buyer_id is not None
            identity = (dup.channel, dup.channel_buyer_id)
            session.delete(dup)
            session.flush()  # the duplicate's (channel, buyer id) is free only after this
            if move_identity:
                keep.channel, keep.channel_buyer_id = identity
                changes["channel_buyer_id"] = [None, identity[1]]
            uow.audit(
                "customer.merge",
                "customer",
                keep_id,
                {
                    "merged_customer_id": [duplicate_id, None],
                    "merged_customer_name": [dup.name, None],
                    "orders_moved": [None, counts[Order]],
                    "tickets_moved": [None, counts[Ticket]],
                    "cases_moved": [None, counts[ReturnCase]],
                    **changes,
                },
            )
            return MergeResult(
                keep_id, duplicate_id, counts[Order], counts[Ticket], counts[ReturnCase]
            )

        return transaction(self.db, actor, work)


def _phone(value: str) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    if "*" in text:
        raise ValidationError("The phone number is masked; reveal it before editing", field="phone")
    digits = phone_digits(text)
    if not _PHONE_CHARS.fullmatch(text) or not 5 <= len(digits) <= 20:
        raise ValidationError("{phone} is not a phone number", field="phone", phone=text)
    return text[:32]


def _tag_text(tags: Sequence[str], *, strict: bool = True) -> str:
    cleaned: list[str] = []
    for tag in tags:
        for part in re.split(r"[,，]", tag):
            part = part.strip()
            if part and part not in cleaned:
                cleaned.append(part)
    text = ",".join(cleaned)
    if len(text) > 255:
        if strict:
            raise ValidationError("Too many tags (255 characters at most)", field="tags")
        text = text[:255].rsplit(",", 1)[0]
    return text


class _Lookup:
    """One lookup: collects (customer or unlinked order, how it matched), then ranks."""

    def __init__(self, session: Session, full: bool) -> None:
        self.session = session
        self.full = full
        self.customers: dict[int, tuple[MatchKind, str, int | None]] = {}
        self.orphans: dict[int, tuple[MatchKind, str]] = {}  # order id → match

    def hit_customer(
        self, customer_id: int, kind: MatchKind, matched: str, order_id: int | None = None
    ) -> None:
        old = self.customers.get(customer_id)
        if old is None or _RANK[kind] < _RANK[old[0]]:
            self.customers[customer_id] = (kind, matched, order_id)

    def hit_order(
        self, order_id: int, customer_id: int | None, kind: MatchKind, matched: str
    ) -> None:
        if customer_id is not None:
            self.hit_customer(customer_id, kind, matched, order_id)
        elif order_id not in self.orphans or _RANK[kind] < _RANK[self.orphans[order_id][0]]:
            self.orphans[order_id] = (kind, matched)

    def run(self, query: LookupQuery, limit: int) -> list[CustomerCandidate]:
        if query.identifier:
            self.by_identifier(query.identifier)
        if query.phone:
            self.by_phone(query.phone)
        if query.last4:
            self.by_last4(query.last4, query.name)
        elif query.name:
            self.by_name(query.name)
        return self.candidates(limit)

    def by_identifier(self, text: str) -> None:
        s = self.session
        variants = list(dict.fromkeys((text, text.upper())))
        for oid, cid, no in s.execute(
            select(Order.id, Order.customer_id, Order.order_no).where(Order.order_no.in_(variants))
        ):
            self.hit_order(oid, cid, MatchKind.ORDER_NO, no)
        channels = _order_channels(s)
        if channels:
            for oid, order_customer_id, external_no in s.execute(
                select(Order.id, Order.customer_id, Order.external_no).where(
                    Order.channel.in_(channels), Order.external_no.in_(variants)
                )
            ):
                self.hit_order(oid, order_customer_id, MatchKind.EXTERNAL_NO, external_no or "")
        for oid, order_customer_id, tracking_no in s.execute(
            select(Order.id, Order.customer_id, Shipment.tracking_no)
            .join(Order, Order.id == Shipment.order_id)
            .where(Shipment.tracking_no.in_(variants))
        ):
            self.hit_order(oid, order_customer_id, MatchKind.TRACKING_NO, tracking_no)

    def by_phone(self, digits: str) -> None:
        s = self.session
        last4 = digits[-4:]
        for cid, phone in s.execute(
            select(Customer.id, Customer.phone).where(Customer.phone_last4 == last4).limit(2000)
        ):
            if phone_digits(phone) == digits:
                self.hit_customer(cid, MatchKind.PHONE, mask_phone(digits))
        for oid, order_customer_id, phone in s.execute(
            select(Order.id, Order.customer_id, Order.recipient_phone)
            .where(Order.phone_last4 == last4)
            .limit(5000)
        ):
            if phone_digits(phone) == digits:
                self.hit_order(oid, order_customer_id, MatchKind.PHONE, mask_phone(digits))

    def by_last4(self, last4: str, name: str) -> None:
        s = self.session

        wanted = name.casefold()

        def name_matches(candidate: str) -> bool:
            return wanted in candidate.casefold()  # the surname, the given name, or all

        kind = MatchKind.LAST4_NAME if name else MatchKind.LAST4
        matched = f"{last4} {name}".strip()
        for cid, cname in s.execute(
            select(Customer.id, Customer.name).where(Customer.phone_last4 == last4).limit(2000)
        ):
            if name_matches(cname):
                self.hit_customer(cid, kind, matched)
        for oid, order_customer_id, rname in s.execute(
            select(Order.id, Order.customer_id, Order.recipient_name)
            .where(Order.phone_last4 == last4)
            .order_by(Order.ordered_at.desc())
            .limit(5000)
        ):
            if name_matches(rname):
                self.hit_order(oid, order_customer_id, kind, matched)

    def by_name(self, name: str) -> None:
        s = self.session
        for (cid,) in s.execute(select(Customer.id).where(Customer.name == name).limit(200)):
            self.hit_customer(cid, MatchKind.NAME, name)
        for cid, cname in s.execute(
            select(Customer.id, Customer.name)
            .where(Customer.name.startswith(name, autoescape=True))
            .order_by(Customer.name)
            .limit(200)
        ):
            self.hit_customer(cid, MatchKind.NAME_PREFIX, cname)

    def candidates(self, limit: int) -> list[CustomerCandidate]:
        s = self.session
        result: list[CustomerCandidate] = []
        ids = list(self.customers)
        stats: dict[int, tuple[int, datetime | None]] = {}
        customers: dict[int, Customer] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            customers.update(
                {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(chunk)))}
            )
            for order_customer_id, count, last_ordered in s.execute(
                select(Order.customer_id, func.count(Order.id), func.max(Order.ordered_at))
                .where(Order.customer_id.in_(chunk))
                .group_by(Order.customer_id)
            ):
                if order_customer_id is not None:
                    stats[order_customer_id] = (count, last_ordered)
        for cid, (kind, matched, order_id) in self.customers.items():
            c = customers.get(cid)
            if c is None:
                continue
            count, last = stats.get(cid, (0, None))
            result.append(
                CustomerCandidate(
                    cid, order_id, c.name, c.phone if self.full else mask_phone(c.phone), c.city,
                    kind, matched, count, last, c.is_blacklisted, _tags(c.tags),
                )
            )  # fmt: skip
        if self.orphans:
            for o in s.scalars(select(Order).where(Order.id.in_(list(self.orphans)[:500]))):
                kind, matched = self.orphans[o.id]
                phone = o.recipient_phone if self.full else mask_phone(o.recipient_phone)
                result.append(
                    CustomerCandidate(
                        None, o.id, o.recipient_name, phone, o.city, kind, matched, 1,
                        o.ordered_at, False, (),
                    )
                )  # fmt: skip

        def key(c: CustomerCandidate) -> tuple[int, float, int]:
            recent = c.last_order_at.timestamp() if c.last_order_at else 0.0
            return (_RANK[c.match], -recent, c.customer_id or 0)

        result.sort(key=key)
        return result[:limit]
