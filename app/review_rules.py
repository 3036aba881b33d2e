"""Review rules (审单规则): checks run on intake and on demand that hold or flag an order.

Each rule has a code, parameters (JSON), an action (hold | flag), an enabled switch and a
position. Rules that have no row in `review_rules` run with their defaults, so a fresh
database reviews sensibly; the supervisor's edits are stored rows. A rule that fires leaves
an OrderFlag with its code, an English message and the parameters the UI needs to explain it
in the user's language. A hold by the rules uses RULE_HOLD_REASON, so a later evaluation that
passes can lift it again (a manual hold is never lifted by the rules).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import delete, func, insert, select, update

from app import stock
from app.db import Database, insert_rows, one_of, rare
from app.errors import NotFound, ValidationError
from app.permissions import Actor, Permission, requires
from app.sku_mapping import link_lines
from app.states import RESERVING_STATES, OrderStatus
from app.uow import UnitOfWork, read, transaction
from app.validation import phone_is_valid
from models import Customer, Order, OrderEvent, OrderFlag, OrderLine, ReviewRule, utcnow

RULE_HOLD_REASON = "Held by review rules"
# Rules look at orders that have not been confirmed yet.
EVALUATED_STATES = frozenset(
    {OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW, OrderStatus.NEEDS_CORRECTION,
     OrderStatus.APPROVED}
)  # fmt: skip

MIN_ADDRESS_LENGTH = 4
# A line's SKU, or its product name when the platform gave none (see app/sku_mapping.py).
_LINE_KEY = func.coalesce(func.nullif(OrderLine.sku, ""), OrderLine.name)


def missing_address_fields(
    recipient_name: str, province: str, city: str, address: str
) -> list[str]:
    """The address fields an order cannot be shipped without (or that are too short)."""
    missing = []
    if not recipient_name.strip():
        missing.append("recipient_name")
    if not province.strip():
        missing.append("province")
    if not city.strip():
        missing.append("city")
    if len(address.strip()) < MIN_ADDRESS_LENGTH:
        missing.append("address")
    return missing


class RuleCode(StrEnum):
    ADDRESS_INCOMPLETE = "address_incomplete"
    PHONE_INVALID = "phone_invalid"
    BLACKLISTED_CUSTOMER = "blacklisted_customer"
    AMOUNT_ABOVE = "amount_above"
    QUANTITY_ABOVE = "quantity_above"
    BUYER_NOTE = "buyer_note"
    PAYMENT_MISMATCH = "payment_mismatch"
    DUPLICATE_SUSPECT = "duplicate_suspect"
    SKU_UNKNOWN = "sku_unknown"
    OUT_OF_STOCK = "out_of_stock"


class RuleAction(StrEnum):
    HOLD = "hold"
    FLAG = "flag"


@dataclass(frozen=True)
class RuleInfo:
    code: RuleCode
    name: str  # English; the UI shows its own translated name per code
    params: dict[str, Any]
    action: RuleAction
    is_enabled: bool
    position: int
    stored: bool = False  # False: the built-in default, not yet saved


# Defaults: what a new database runs with.
DEFAULT_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(RuleCode.ADDRESS_INCOMPLETE, "Incomplete address", {}, RuleAction.HOLD, True, 10),
    RuleInfo(RuleCode.PHONE_INVALID, "Invalid phone number", {}, RuleAction.HOLD, True, 20),
    RuleInfo(RuleCode.BLACKLISTED_CUSTOMER, "Blacklisted customer", {}, RuleAction.HOLD, True,
             30),
    RuleInfo(RuleCode.AMOUNT_ABOVE, "Amount above threshold", {"threshold": "2000.00"},
             RuleAction.HOLD, True, 40),
    RuleInfo(RuleCode.QUANTITY_ABOVE, "Quantity above threshold", {"threshold": 10},
             RuleAction.FLAG, True, 50),
    RuleInfo(RuleCode.BUYER_NOTE, "Buyer note present", {}, RuleAction.FLAG, True, 60),
    RuleInfo(RuleCode.PAYMENT_MISMATCH, "Payment does not match total", {}, RuleAction.HOLD,
             True, 70),
    RuleInfo(RuleCode.DUPLICATE_SUSPECT, "Suspected duplicate", {"hours": 24},
             RuleAction.HOLD, True, 80),
    # Imported orders only (a manual order's lines always name a product): held until the
    # SKU is created in the catalogue or mapped (app/sku_mapping.py).
    RuleInfo(RuleCode.SKU_UNKNOWN, "SKU not in catalogue", {}, RuleAction.HOLD, True, 85),
    RuleInfo(RuleCode.OUT_OF_STOCK, "SKU out of stock", {}, RuleAction.FLAG, True, 90),
)  # fmt: skip
_DEFAULTS = {rule.code: rule for rule in DEFAULT_RULES}


@dataclass(frozen=True)
class RuleHit:
    code: RuleCode
    action: RuleAction
    message: str  # English
    params: dict[str, Any]


class OrderFacts(NamedTuple):
    """What the rules look at, loaded in bulk for many orders at once. (A named tuple: a
    frozen dataclass of 18 fields costs 1.7 times as much to make, 30,000 per import.)"""

    order_id: int
    order_no: str
    status: OrderStatus
    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    address: str
    buyer_note: str
    total: Decimal
    paid_amount: Decimal
    ordered_at: datetime
    lines: tuple[tuple[int | None, str, int], ...]  # product_id, sku, qty
    blacklisted: bool = False
    blacklist_reason: str = ""
    duplicate_of: str | None = None
    shortages: tuple[str, ...] = ()  # "SKU-1 (2/5)": SKUs no single warehouse can fill
    needs_split: bool = False
    items: int = 0
    is_cod: bool = False  # cash on delivery: unpaid until the courier collects


@dataclass(frozen=True)
class EvaluationResult:
    order_id: int
    hits: tuple[RuleHit, ...]

    @property
    def holds(self) -> bool:
        return any(h.action == RuleAction.HOLD for h in self.hits)


@dataclass(frozen=True)
class RuleTrial:
    code: RuleCode
    examined: int
    matched: int
    examples: tuple[str, ...]  # order numbers


# -- parameters --------------------------------------------------------------------------


def _money_param(params: dict[str, Any], key: str) -> Decimal:
    try:
        value = Decimal(str(params[key]))
    except (KeyError, InvalidOperation) as exc:
        raise ValidationError("{key}: enter an amount such as 2000.00", field=key, key=key) from exc
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValidationError("{key}: enter an amount such as 2000.00", field=key, key=key)
    return value.quantize(Decimal("0.01"))


def _int_param(params: dict[str, Any], key: str, minimum: int, maximum: int) -> int:
    try:
        value = int(params[key])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "{key}: enter a whole number from {minimum} to {maximum}",
            field=key, key=key, minimum=minimum, maximum=maximum,
        ) from exc  # fmt: skip
    if not minimum <= value <= maximum:
        raise ValidationError(
            "{key}: enter a whole number from {minimum} to {maximum}",
            field=key, key=key, minimum=minimum, maximum=maximum,
        )  # fmt: skip
    return value


def clean_params(code: RuleCode, params: dict[str, Any]) -> dict[str, Any]:
    """The rule's parameters checked and normalised (amounts as strings, counts as ints)."""
    if code == RuleCode.AMOUNT_ABOVE:
        return {"threshold": str(_money_param(params, "threshold"))}
    if code == RuleCode.QUANTITY_ABOVE:
        return {"threshold": _int_param(params, "threshold", 1, 100_000)}
    if code == RuleCode.DUPLICATE_SUSPECT:
        return {"hours": _int_param(params, "hours", 1, 24 * 30)}
    return {}


# -- the checks ----------------------------------------------------------------------------


# Each check: (rule parameters, facts) -> None, or the hit's English template and parameters.
Found = tuple[str, dict[str, Any]] | None


def _address_incomplete(_p: dict[str, Any], facts: OrderFacts) -> Found:
    missing = missing_address_fields(
        facts.recipient_name, facts.province, facts.city, facts.address
    )
    return ("Address incomplete: {fields}", {"fields": ",".join(missing)}) if missing else None


def _phone_invalid(_p: dict[str, Any], facts: OrderFacts) -> Found:
    if phone_is_valid(facts.recipient_phone):
        return None
    return "The recipient's phone number is not a valid number", {}


def _blacklisted(_p: dict[str, Any], facts: OrderFacts) -> Found:
    if not facts.blacklisted:
        return None
    return "Customer is blacklisted: {reason}", {"reason": facts.blacklist_reason}


def _amount_above(p: dict[str, Any], facts: OrderFacts) -> Found:
    threshold = Decimal(str(p.get("threshold", "0")))
    if facts.total <= threshold:
        return None
    return (
        "Order total {total} is above the review threshold {threshold}",
        {"total": str(facts.total), "threshold": str(threshold)},
    )


def _quantity_above(p: dict[str, Any], facts: OrderFacts) -> Found:
    threshold = int(p.get("threshold", 0))
    items = sum(qty for _pid, _sku, qty in facts.lines)
    if items <= threshold:
        return None
    return (
        "{qty} items, more than the threshold {threshold}",
        {"qty": items, "threshold": threshold},
    )


def _buyer_note(_p: dict[str, Any], facts: OrderFacts) -> Found:
    note = facts.buyer_note.strip()
    return ("The buyer left a note: {note}", {"note": note[:80]}) if note else None


def _payment_mismatch(_p: dict[str, Any], facts: OrderFacts) -> Found:
    # Cash on delivery is unpaid on purpose: the courier collects the rest.
    if (
        facts.status == OrderStatus.PENDING_PAYMENT
        or facts.paid_amount == facts.total
        or (facts.is_cod)
    ):
        return None
    return (
        "Paid {paid} does not match the order total {total}",
        {"paid": str(facts.paid_amount), "total": str(facts.total)},
    )


def _duplicate_suspect(p: dict[str, Any], facts: OrderFacts) -> Found:
    if not facts.duplicate_of:
        return None
    return (
        "Possible duplicate of order {other}: same phone, address and items within {hours} hours",
        {"other": facts.duplicate_of, "hours": int(p.get("hours", 24))},
    )


def _sku_unknown(_p: dict[str, Any], facts: OrderFacts) -> Found:
    unknown = [sku or "?" for pid, sku, _qty in facts.lines if pid is None]
    if not unknown:
        return None
    return "SKU not in catalogue: {skus}", {"skus": ", ".join(dict.fromkeys(unknown))}


def _out_of_stock(_p: dict[str, Any], facts: OrderFacts) -> Found:
    if facts.shortages:
        return "Not enough stock: {skus}", {"skus": ", ".join(facts.shortages)}
    if facts.needs_split:
        return "No single warehouse holds every item; the order must be split", {}
    return None


_CHECKS: dict[RuleCode, Callable[[dict[str, Any], OrderFacts], Found]] = {
    RuleCode.ADDRESS_INCOMPLETE: _address_incomplete,
    RuleCode.PHONE_INVALID: _phone_invalid,
    RuleCode.BLACKLISTED_CUSTOMER: _blacklisted,
    RuleCode.AMOUNT_ABOVE: _amount_above,
    RuleCode.QUANTITY_ABOVE: _quantity_above,
    RuleCode.BUYER_NOTE: _buyer_note,
    RuleCode.PAYMENT_MISMATCH: _payment_mismatch,
    RuleCode.DUPLICATE_SUSPECT: _duplicate_suspect,
    RuleCode.SKU_UNKNOWN: _sku_unknown,
    RuleCode.OUT_OF_STOCK: _out_of_stock,
}


def check_order(rules: Sequence[RuleInfo], facts: OrderFacts) -> tuple[RuleHit, ...]:
    hits = []
    for rule in rules:
        if rule.is_enabled and (found := _CHECKS[rule.code](rule.params, facts)) is not None:
            template, params = found
            hits.append(RuleHit(rule.code, rule.action, template.format(**params), params))
    return tuple(hits)


# -- loading rules and facts ---------------------------------------------------------------


def _row_to_info(row: ReviewRule) -> RuleInfo | None:
    try:
        code = RuleCode(row.code)
    except ValueError:
        return None  # a rule this version does not know
    try:
        params = json.loads(row.params or "{}")
    except ValueError:
        params = dict(_DEFAULTS[code].params)
    return RuleInfo(
        code, row.name, params, RuleAction(row.action), row.is_enabled, row.position, True
    )


_STORED_RULES = select(ReviewRule)  # built once
FEW_ORDERS = 50  # a manual entry or a resend, not an import chunk


def load_rules(session: Any) -> list[RuleInfo]:
    """Stored rules over the built-in defaults, in evaluation order."""
    rules = dict(_DEFAULTS)
    for row in session.scalars(_STORED_RULES):
        info = _row_to_info(row)
        if info is not None:
            rules[info.code] = info
    return sorted(rules.values(), key=lambda r: (r.position, r.code.value))


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class NewOrder(NamedTuple):
    """The columns the rules read of an order the caller is about to create (the bulk
    import): `evaluate_new` judges it before it is written."""

    id: int
    order_no: str
    status: OrderStatus
    recipient_name: str
    recipient_phone: str
    province: str
    city: str
    address: str
    buyer_note: str
    total: Decimal
    paid_amount: Decimal
    ordered_at: datetime
    customer_id: int | None
    phone_last4: str
    lines: tuple[tuple[int | None, str, int], ...]  # product_id, sku, qty
    is_cod: bool = False  # cash on delivery: unpaid until the courier collects


def load_facts(
    uow: UnitOfWork,
    order_ids: Sequence[int],
    rules: Sequence[RuleInfo],
    new: Sequence[NewOrder] = (),
) -> list[OrderFacts]:
    """Facts for the orders, with only the expensive parts the enabled rules need. `new`:
    orders about to be created (`evaluate_new`), judged from memory, not read."""
    session = uow.session
    conn = session.connection()  # Core rows: cheaper than the ORM's for plain columns
    wanted = {r.code for r in rules if r.is_enabled}
    given = {n.id: n for n in new}
    facts: list[OrderFacts] = []
    # Stock read once per product for all parts: most orders fit in a warehouse, no more.
    snapshot: tuple[list[int], dict[tuple[int, int], int]] = ([], {})
    stock_read: set[int] = set()
    # Stored orders are read in parts; orders in memory are judged all at once (their
    # duplicate and stock lookups are then a few queries per chunk of the import, not 20).
    part_size = 5000 if given else 500
    for part in _chunks(list(order_ids), part_size):
        orders: list[Any] = [given[i] for i in part if i in given]
        lines: dict[int, list[tuple[int | None, str, int]]] = defaultdict(list)
        lines.update((n.id, list(n.lines)) for n in orders)
        stored = [i for i in part if i not in given]
        if stored:
            orders += conn.execute(
                select(
                    Order.id, Order.order_no, Order.status, Order.recipient_name,
                    Order.recipient_phone, Order.province, Order.city, Order.address,
                    Order.buyer_note, Order.total, Order.paid_amount, Order.ordered_at,
                    Order.customer_id, Order.phone_last4, Order.is_cod,
                ).where(one_of(Order.id, stored))
            ).all()  # fmt: skip
            for order_id, product_id, sku, qty in conn.execute(
                select(OrderLine.order_id, OrderLine.product_id, _LINE_KEY, OrderLine.qty)
                .where(one_of(OrderLine.order_id, stored))
                .order_by(OrderLine.order_id, OrderLine.line_no)
            ):
                lines[order_id].append((product_id, sku, qty))
        blacklist: dict[int, str] = {}
        if RuleCode.BLACKLISTED_CUSTOMER in wanted:
            customer_ids = {o.customer_id for o in orders if o.customer_id}
            phones = {o.recipient_phone for o in orders if o.recipient_phone}
            columns = (Customer.id, Customer.phone, Customer.blacklist_reason)
            # Two lookups among the blacklisted customers (an OR of them would scan every
            # customer).
            listed = list(
                session.connection()
                .execute(
                    select(*columns).where(
                        Customer.is_blacklisted.is_(True), one_of(Customer.id, customer_ids)
                    )
                )
                .all()
            ) + list(
                session.connection()
                .execute(
                    select(*columns).where(
                        # ix_customers_blacklisted (customers have no phone index): `rare`,
                        # or after an ANALYZE SQLite scanned every customer for each new
                        # order (24 ms of a manual create among 100,000 customers).
                        rare(Customer.is_blacklisted.is_(True)),
                        one_of(Customer.phone, phones),
                    )
                )
                .all()
            )
            by_id = {c.id: c.blacklist_reason for c in listed}
            by_phone = {c.phone: c.blacklist_reason for c in listed if c.phone}
            for o in orders:
                if o.customer_id in by_id:
                    blacklist[o.id] = by_id[o.customer_id]
                elif o.recipient_phone in by_phone:
                    blacklist[o.id] = by_phone[o.recipient_phone]
        duplicates: dict[int, str] = {}
        if RuleCode.DUPLICATE_SUSPECT in wanted:
            rule = next(r for r in rules if r.code == RuleCode.DUPLICATE_SUSPECT)
            duplicates = _find_duplicates(
                session, orders, lines, int(rule.params.get("hours", 24)), given
            )
        if RuleCode.OUT_OF_STOCK in wanted:
            product_ids = {p for found in lines.values() for p, _s, _q in found if p}
            if product_ids - stock_read:
                warehouses, available = stock.availability(uow, sorted(product_ids - stock_read))
                snapshot[1].update(available)
                snapshot = (warehouses, snapshot[1])
                stock_read |= product_ids
        for o in orders:
            shortages: tuple[str, ...] = ()
            needs_split = False
            order_lines = lines.get(o.id, [])
            if RuleCode.OUT_OF_STOCK in wanted and o.status not in RESERVING_STATES:
                needed: dict[int, int] = defaultdict(int)  # units per product
                for pid, _sku, qty in order_lines:
                    if pid is not None:
                        needed[pid] += qty
                if needed and not _fits_one_warehouse(snapshot, needed):
                    # stock.allocate says exactly what is short, or that a split is needed.
                    allocation = stock.allocate(
                        uow, [stock.StockLine(pid, qty) for pid, qty in needed.items()]
                    )
                    shortages = tuple(
                        f"{s.sku} ({s.available}/{s.requested})" for s in allocation.shortages
                    )
                    needs_split = allocation.needs_split
            facts.append(
                OrderFacts(
                    order_id=o.id, order_no=o.order_no, status=OrderStatus(o.status),
                    recipient_name=o.recipient_name, recipient_phone=o.recipient_phone,
                    province=o.province, city=o.city, address=o.address,
                    buyer_note=o.buyer_note, total=o.total, paid_amount=o.paid_amount,
                    ordered_at=o.ordered_at, lines=tuple(order_lines),
                    blacklisted=o.id in blacklist, blacklist_reason=blacklist.get(o.id, ""),
                    duplicate_of=duplicates.get(o.id), shortages=shortages,
                    needs_split=needs_split, is_cod=getattr(o, "is_cod", False),
                )
            )  # fmt: skip
    return facts


def _fits_one_warehouse(
    snapshot: tuple[list[int], dict[tuple[int, int], int]], needed: dict[int, int]
) -> bool:
    """The first test of stock.allocate, over a snapshot: some warehouse has the units
    `needed` of every product (plain numbers: no stock line objects per imported order)."""
    warehouses, available = snapshot
    return any(
        all(available.get((w, pid), 0) >= qty for pid, qty in needed.items()) for w in warehouses
    )


def _find_duplicates(
    session: Any,
    orders: Sequence[Any],
    lines: dict[int, list[tuple[int | None, str, int]]],
    hours: int,
    fresh: dict[int, NewOrder] | None = None,
) -> dict[int, str]:
    """Order id → the order number of an earlier-or-nearby order to the same phone and
    address with the same items within `hours` (cancelled orders do not count). `fresh`:
    orders about to be created (`evaluate_new`), compared from memory."""
    fresh = fresh or {}
    if not orders:
        return {}
    window = timedelta(hours=hours)
    phones = {o.recipient_phone for o in orders if o.phone_last4}  # a phone with digits
    if not phones:
        return {}
    earliest = min(o.ordered_at for o in orders) - window
    latest = max(o.ordered_at for o in orders) + window
    query = select(
        Order.id, Order.order_no, Order.recipient_phone, Order.province, Order.city,
        Order.address, Order.ordered_at,
    ).where(
        one_of(Order.recipient_phone, phones),  # ix_orders_phone_ordered_at
        Order.ordered_at >= earliest,
        Order.ordered_at <= latest,
        Order.status != OrderStatus.CANCELLED,
    )  # fmt: skip
    if len(orders) <= FEW_ORDERS:
        # Only the same address can be a duplicate: a shop's regular customer (one phone,
        # many orders a day to other addresses) was read for each new order. An import's
        # chunk skips this: thousands of addresses in the query cost more than they save
        # (the lines are read for matching addresses only, below, either way).
        query = query.where(one_of(Order.address, {o.address for o in orders}))
    candidates: list[Any] = session.connection().execute(query).all()
    candidates += [
        n for n in fresh.values()
        if n.phone_last4 and n.recipient_phone in phones and earliest <= n.ordered_at <= latest
    ]  # fmt: skip
    by_key: dict[tuple[str, str, str, str], list[Any]] = defaultdict(list)
    for c in candidates:
        by_key[(c.recipient_phone, c.province, c.city, c.address)].append(c)
    # The items of the orders that share a phone and address with one of ours, no others.
    keys = {(o.recipient_phone, o.province, o.city, o.address) for o in orders}
    others = {c.id for key in keys & by_key.keys() for c in by_key[key]} - set(lines)
    other_lines: dict[int, list[tuple[int | None, str, int]]] = defaultdict(list)
    other_lines.update((i, list(fresh[i].lines)) for i in others & fresh.keys())
    for part in _chunks(sorted(others - fresh.keys())):
        for order_id, product_id, sku, qty in session.connection().execute(
            select(OrderLine.order_id, OrderLine.product_id, _LINE_KEY, OrderLine.qty).where(
                OrderLine.order_id.in_(part)
            )
        ):
            other_lines[order_id].append((product_id, sku, qty))

    def items(order_id: int) -> Counter[str]:
        counted: Counter[str] = Counter()
        for _pid, sku, qty in lines.get(order_id) or other_lines.get(order_id, []):
            counted[sku] += qty
        return counted

    found: dict[int, str] = {}
    for o in orders:
        group = by_key.get((o.recipient_phone, o.province, o.city, o.address), ())
        if len(group) < 2 and all(c.id == o.id for c in group):
            continue  # nobody else at this phone and address: no items to count
        mine = items(o.id)
        for c in group:
            if c.id != o.id and abs(c.ordered_at - o.ordered_at) <= window and items(c.id) == mine:
                found[o.id] = c.order_no
                break
    return found


# -- applying results ------------------------------------------------------------------------


def apply_rules(
    uow: UnitOfWork,
    order_ids: Sequence[int],
    *,
    rules: Sequence[RuleInfo] | None = None,
    user_id: int | None = None,
    audit_each: bool = True,
) -> list[EvaluationResult]:
    """Evaluate the rules on the orders (those not yet confirmed), replace their flags, hold
    the ones a holding rule fired on and lift earlier rule holds that no longer apply.

    Lines whose SKU was unknown are first linked to the product it resolves to now (created
    or mapped since). `audit_each=False`: no audit entry per order (the caller writes one
    for all). New orders of the bulk import are judged before they are written: see
    `evaluate_new`."""
    session = uow.session
    rules = list(rules) if rules is not None else load_rules(session)
    for order_id, skus in link_lines(session, order_ids).items():
        if audit_each:
            uow.audit("order.link_skus", "order", order_id, {"skus": [None, skus]})
    facts = [f for f in load_facts(uow, order_ids, rules) if f.status in EVALUATED_STATES]
    if not facts:
        return []
    ids = [f.order_id for f in facts]
    held: dict[int, str] = {}
    for part in _chunks(ids):
        held.update(
            session.execute(
                select(Order.id, Order.hold_reason).where(Order.id.in_(part), Order.is_on_hold)
            ).all()
        )
        session.execute(delete(OrderFlag).where(OrderFlag.order_id.in_(part)))
    now = utcnow()
    flag_rows, event_rows, results = [], [], []
    hold_ids, release_ids = [], []
    for f in facts:
        hits = check_order(rules, f)
        result = EvaluationResult(f.order_id, hits)
        results.append(result)
        flag_rows += _flag_rows(f.order_id, hits, now)
        codes = _hold_codes(hits)
        if result.holds and f.order_id not in held:
            hold_ids.append(f.order_id)
            event_rows.append(_event(f.order_id, "hold", f.status, user_id, codes, now))
            if audit_each:
                uow.audit("order.hold", "order", f.order_id,
                          {"is_on_hold": [False, True], "hold_reason": ["", RULE_HOLD_REASON],
                           "rules": [None, codes]})  # fmt: skip
        elif not result.holds and held.get(f.order_id) == RULE_HOLD_REASON:
            release_ids.append(f.order_id)
            event_rows.append(_event(f.order_id, "release", f.status, user_id, "rules", now))
            released = {"is_on_hold": [True, False], "hold_reason": [RULE_HOLD_REASON, ""]}
            if audit_each:
                uow.audit("order.release", "order", f.order_id, released)
    if flag_rows:
        insert_rows(session.connection(), OrderFlag.__table__, flag_rows)
    for target_ids, on_hold, reason in (
        (hold_ids, True, RULE_HOLD_REASON),
        (release_ids, False, ""),
    ):
        for part in _chunks(target_ids):
            session.execute(
                update(Order)
                .where(Order.id.in_(part))
                .values(is_on_hold=on_hold, hold_reason=reason, version=Order.version + 1,
                        updated_at=now)
                .execution_options(synchronize_session=False)
            )  # fmt: skip
    if event_rows:
        insert_rows(session.connection(), OrderEvent.__table__, event_rows)
    return results


def _flag_rows(order_id: int, hits: Sequence[RuleHit], now: datetime) -> list[dict[str, Any]]:
    return [
        {"order_id": order_id, "rule_code": h.code.value, "action": h.action.value,
         "message": h.message, "params": json.dumps(h.params, ensure_ascii=False),
         "created_at": now}
        for h in hits
    ]  # fmt: skip


def _hold_codes(hits: Sequence[RuleHit]) -> str:
    return ", ".join(h.code.value for h in hits if h.action == RuleAction.HOLD)


def evaluate_new(
    uow: UnitOfWork, new: Sequence[NewOrder], rules: Sequence[RuleInfo]
) -> list[EvaluationResult]:
    """The rules' verdicts on orders about to be created (the bulk import), before they are
    written: a held order is inserted held instead of updated afterwards. Their `id`s are the
    caller's placeholders, which must not be ids of stored orders (negative numbers)."""
    return [
        EvaluationResult(f.order_id, check_order(rules, f))
        for f in load_facts(uow, [n.id for n in new], rules, new)
        if f.status in EVALUATED_STATES
    ]


def record_new(
    uow: UnitOfWork,
    results: Sequence[EvaluationResult],
    order_ids: dict[int, int],
    statuses: dict[int, OrderStatus],
    user_id: int | None,
) -> None:
    """Flags and hold events of `evaluate_new`'s results once the orders exist
    (`order_ids`: placeholder -> id; `statuses`: by placeholder)."""
    now = utcnow()
    flag_rows: list[dict[str, Any]] = []
    event_rows = []
    for result in results:
        order_id = order_ids[result.order_id]
        flag_rows += _flag_rows(order_id, result.hits, now)
        if result.holds:
            status = statuses[result.order_id]
            codes = _hold_codes(result.hits)
            event_rows.append(_event(order_id, "hold", status, user_id, codes, now))
    connection = uow.session.connection()
    insert_rows(connection, OrderFlag.__table__, flag_rows)
    insert_rows(connection, OrderEvent.__table__, event_rows)


def _event(
    order_id: int, action: str, status: OrderStatus, user_id: int | None, note: str, ts: datetime
) -> dict[str, Any]:
    return {
        "order_id": order_id, "ts": ts, "user_id": user_id, "action": action,
        "from_status": status.value, "to_status": status.value, "note": note,
    }  # fmt: skip


def seed_rules(session: Any, overrides: dict[RuleCode, dict[str, Any]] | None = None) -> None:
    """Store the default rules (with `overrides`) as rows, for a supervisor to edit."""
    existing = set(session.scalars(select(ReviewRule.code)))
    now = utcnow()
    rows = []
    for rule in DEFAULT_RULES:
        if rule.code.value in existing:
            continue
        change = (overrides or {}).get(rule.code, {})
        info = replace(rule, **change)
        rows.append(
            {"code": info.code.value, "name": info.name,
             "params": json.dumps(info.params, ensure_ascii=False), "action": info.action.value,
             "is_enabled": info.is_enabled, "position": info.position, "created_at": now,
             "updated_at": now}
        )  # fmt: skip
    if rows:
        session.execute(insert(ReviewRule), rows)


# -- the service -----------------------------------------------------------------------------


class ReviewRuleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_ORDERS)
    def list_rules(self, actor: Actor) -> list[RuleInfo]:
        return read(self.db, lambda uow: load_rules(uow.session))

    @requires(Permission.MANAGE_RULES)
    def save_rule(
        self,
        actor: Actor,
        code: str,
        *,
        params: dict[str, Any] | None = None,
        action: str | None = None,
        is_enabled: bool | None = None,
    ) -> RuleInfo:
        """Change a rule's parameters, action or enabled switch (stored from then on)."""
        rule_code = _rule_code(code)

        def work(uow: UnitOfWork) -> RuleInfo:
            current = next(r for r in load_rules(uow.session) if r.code == rule_code)
            new = replace(
                current,
                params=clean_params(rule_code, params) if params is not None else current.params,
                action=_rule_action(action) if action is not None else current.action,
                is_enabled=bool(is_enabled) if is_enabled is not None else current.is_enabled,
                stored=True,
            )
            row = uow.session.scalar(
                select(ReviewRule).where(ReviewRule.code == rule_code.value).with_for_update()
            )
            if row is None:
                row = ReviewRule(code=rule_code.value, name=current.name, position=current.position)
                uow.session.add(row)
            row.params = json.dumps(new.params, ensure_ascii=False)
            row.action = new.action.value
            row.is_enabled = new.is_enabled
            uow.session.flush()
            changes = {
                k: [getattr(current, k), getattr(new, k)]
                for k in ("params", "action", "is_enabled")
                if getattr(current, k) != getattr(new, k)
            }
            uow.audit("rule.update", "review_rule", rule_code.value, changes)
            return new

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_RULES)
    def try_rule(
        self,
        actor: Actor,
        code: str,
        *,
        params: dict[str, Any] | None = None,
        action: str = "hold",
        sample: int = 1000,
    ) -> RuleTrial:
        """How many of the last `sample` orders the rule would fire on: before enabling it."""
        rule_code = _rule_code(code)
        sample = max(1, min(int(sample), 100_000))

        def work(uow: UnitOfWork) -> RuleTrial:
            base = next(r for r in load_rules(uow.session) if r.code == rule_code)
            rule = replace(
                base,
                params=clean_params(rule_code, params) if params is not None else base.params,
                action=_rule_action(action),
                is_enabled=True,
            )
            ids = uow.session.scalars(select(Order.id).order_by(Order.id.desc()).limit(sample))
            facts = load_facts(uow, list(ids), [rule])
            matched = [f.order_no for f in facts if check_order([rule], f)]
            return RuleTrial(rule_code, len(facts), len(matched), tuple(matched[:20]))

        return read(self.db, work)

    @requires(Permission.REVIEW_ORDERS)
    def evaluate(
        self,
        actor: Actor,
        order_ids: Sequence[int],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[EvaluationResult]:
        """Run the rules again on these orders now (e.g. after the stock arrived)."""
        ids = clean_ids(order_ids)
        results: list[EvaluationResult] = []
        for start in range(0, len(ids), 500):
            if cancelled is not None and cancelled():
                break
            part = ids[start : start + 500]

            def work(uow: UnitOfWork, part: Sequence[int] = part) -> list[EvaluationResult]:
                found = apply_rules(uow, part, user_id=actor.user_id)
                for r in found:
                    codes = [h.code.value for h in r.hits]
                    uow.audit("order.evaluate_rules", "order", r.order_id, {"rules": [None, codes]})
                return found

            results.extend(transaction(self.db, actor, work))
            if progress is not None:
                progress(min(start + 500, len(ids)), len(ids))
        return results


def clean_ids(order_ids: Iterable[Any]) -> list[int]:
    """Order ids as distinct ints in their given order; anything else is refused."""
    if isinstance(order_ids, str | bytes):
        raise ValidationError("Expected a list of order ids", field="order_ids")
    seen: dict[int, None] = {}
    for value in order_ids:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("Expected a list of order ids", field="order_ids")
        seen[value] = None
    return list(seen)


def _rule_code(code: str) -> RuleCode:
    try:
        return RuleCode(code)
    except ValueError as exc:
        raise NotFound("No review rule {code}", code=code) from exc


def _rule_action(action: str) -> RuleAction:
    try:
        return RuleAction(action)
    except ValueError as exc:
        raise ValidationError(
            "A rule either holds or flags an order, not {action}", field="action", action=action
        ) from exc
