"""Carriers, their services and rate tables; price and delivery-time quotes; automatic carrier
choice by rules; electronic-waybill number pools.

Module functions (`quote_options`, `suggest_for_order`, `next_tracking_no`, ...) work inside a
caller's unit of work, so other services (shipments, printing, the order state machine) use
them in their own transaction; `LogisticsService` wraps them as user actions.

Price of a parcel: the first weight costs `first_price`; every started step above it costs
`step_price` more: first_price + ceil((weight − first_weight) / step_weight) × step_price.
The rate rule for a destination is the one whose region equals the province exactly, else the
carrier's "*" rule.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from app.audit import diff
from app.db import Database, rows_changed
from app.errors import ConflictError, NotFound, ValidationError
from app.permissions import Actor, Permission, requires
from app.settings import read_setting
from app.uow import UnitOfWork, read, transaction
from models import (
    Carrier,
    CarrierRule,
    CarrierService,
    Order,
    OrderLine,
    Product,
    RateRule,
    Shipment,
    TrackingPool,
    Warehouse,
)

ANY_REGION = "*"
_CODE_RE = re.compile(r"[A-Za-z0-9_-]{1,32}")
# Pool numbers go into Code128 barcodes: printable ASCII letters and digits only.
_PREFIX_RE = re.compile(r"[A-Za-z0-9-]{0,16}")
MAX_TRACKING_LEN = 40


# -- plain results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    carrier_id: int
    code: str
    name: str
    eta_days: int


@dataclass(frozen=True)
class CarrierInfo:
    id: int
    code: str
    name: str
    tracking_url: str
    is_active: bool
    services: tuple[ServiceInfo, ...]


@dataclass(frozen=True)
class RateRuleInfo:
    id: int
    carrier_id: int
    service_id: int | None
    region: str
    first_weight_g: int
    first_price: Decimal
    step_weight_g: int
    step_price: Decimal
    eta_days: int


@dataclass(frozen=True)
class CarrierRuleInfo:
    id: int
    position: int
    warehouse_id: int | None
    province: str
    max_weight_g: int | None
    min_amount: Decimal | None
    carrier_id: int
    service_id: int | None
    is_enabled: bool


@dataclass(frozen=True)
class ParcelFacts:
    """What a quote or a rule looks at."""

    province: str
    weight_g: int
    amount: Decimal
    warehouse_id: int | None


@dataclass(frozen=True)
class RateOption:
    carrier_id: int
    carrier_code: str
    carrier_name: str
    service_id: int | None
    service_code: str
    service_name: str
    region: str  # the rule's region: the province, or "*"
    price: Decimal
    eta_days: int
    cheapest: bool = False
    fastest: bool = False


@dataclass(frozen=True)
class Quote:
    facts: ParcelFacts
    options: tuple[RateOption, ...]  # cheapest first

    @property
    def cheapest(self) -> RateOption | None:
        return next((o for o in self.options if o.cheapest), None)

    @property
    def fastest(self) -> RateOption | None:
        return next((o for o in self.options if o.fastest), None)


@dataclass(frozen=True)
class Suggestion:
    carrier_id: int
    carrier_code: str
    service_id: int | None
    reason: str  # "rule" or "cheapest"
    rule_id: int | None
    price: Decimal | None  # None: the carrier has no rate for the destination
    eta_days: int | None


@dataclass(frozen=True)
class PoolStatus:
    id: int
    carrier_id: int
    carrier_code: str
    prefix: str
    start_value: int
    end_value: int
    next_value: int
    width: int
    is_active: bool
    remaining: int

    @property
    def exhausted(self) -> bool:
        return self.remaining <= 0


@dataclass(frozen=True)
class PoolWarning:
    carrier_id: int
    carrier_code: str
    remaining: int  # in the carrier's active pools together
    threshold: int


# -- validation helpers -------------------------------------------------------------------------


def money(value: Any, field: str) -> Decimal:
    """A non-negative amount in cents from Decimal, int or text; ValidationError otherwise."""
    if isinstance(value, float | bool) or value is None:
        raise ValidationError("{field}: enter an amount like 12.50", field=field)
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError("{field}: enter an amount like 12.50", field=field) from exc
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            "{field}: enter a non-negative amount with at most 2 decimals", field=field
        )
    return amount.quantize(Decimal("0.01"))


def whole(value: Any, field: str, minimum: int = 0, maximum: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("{field}: enter a whole number", field=field)
    if not minimum <= value <= maximum:
        raise ValidationError(
            "{field}: enter a number from {minimum} to {maximum}",
            field=field,
            minimum=minimum,
            maximum=maximum,
        )
    return value


def _text(value: Any, field: str, *, max_len: int, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError("{field}: expected text", field=field)
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError("{field} is required", field=field)
    if len(cleaned) > max_len:
        raise ValidationError("{field}: at most {max_len} characters", field=field, max_len=max_len)
    return cleaned


def parcel_price(rule: RateRule | RateRuleInfo, weight_g: int) -> Decimal:
    """first_price + ceil((weight − first_weight) / step_weight) × step_price."""
    extra = max(0, weight_g - rule.first_weight_g)
    steps = math.ceil(extra / rule.step_weight_g) if extra else 0
    return rule.first_price + steps * rule.step_price


# -- queries used inside other units of work -----------------------------------------------------


def get_carrier(session: Session, carrier_id: int) -> Carrier:
    carrier = session.get(Carrier, carrier_id)
    if carrier is None:
        raise NotFound("No carrier with id {carrier_id}", carrier_id=carrier_id)
    return carrier


def carrier_by_code(session: Session, code: str) -> Carrier | None:
    return session.scalar(select(Carrier).where(Carrier.code == code.strip().upper()))


def order_weight_g(session: Session, order_id: int) -> int:
    """The goods' weight from the catalogue (lines without a product weigh nothing)."""
    total = session.scalar(
        select(func.coalesce(func.sum(OrderLine.qty * Product.weight_g), 0))
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id == order_id)
    )
    return int(total or 0)


def order_facts(session: Session, order_id: int) -> ParcelFacts:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    return ParcelFacts(
        province=order.province.strip(),
        weight_g=order_weight_g(session, order_id),
        amount=order.total,
        warehouse_id=order.warehouse_id,
    )


def order_id_by_no(session: Session, order_no: str) -> int:
    order_id = session.scalar(select(Order.id).where(Order.order_no == order_no.strip()))
    if order_id is None:
        raise NotFound("No order {order_no}", order_no=order_no.strip())
    return order_id


def quote_options(
    session: Session,
    province: str,
    weight_g: int,
    *,
    carrier_id: int | None = None,
    service_id: int | None = None,
) -> list[RateOption]:
    """Every active carrier service with a rate for the destination, cheapest first; the
    cheapest and the fastest are marked (ties: the cheaper, then the carrier code)."""
    province = province.strip()
    query = (
        select(RateRule, Carrier)
        .join(Carrier, Carrier.id == RateRule.carrier_id)
        .where(Carrier.is_active.is_(True), RateRule.region.in_([province, ANY_REGION]))
    )
    if carrier_id is not None:
        query = query.where(RateRule.carrier_id == carrier_id)
    rules = session.execute(query).all()
    services = {
        s.id: s
        for s in session.scalars(
            select(CarrierService).where(
                CarrierService.carrier_id.in_({c.id for _, c in rules} or {0})
            )
        )
    }
    # One rule per (carrier, service): the province's own beats "*".
    chosen: dict[tuple[int, int | None], tuple[RateRule, Carrier]] = {}
    for rule, carrier in rules:
        key = (carrier.id, rule.service_id)
        if key not in chosen or rule.region != ANY_REGION:
            chosen[key] = (rule, carrier)
    options = []
    for (_, rule_service), (rule, carrier) in chosen.items():
        if service_id is not None and rule_service != service_id:
            continue
        service = services.get(rule_service) if rule_service is not None else None
        options.append(
            RateOption(
                carrier_id=carrier.id,
                carrier_code=carrier.code,
                carrier_name=carrier.name,
                service_id=rule_service,
                service_code=service.code if service else "",
                service_name=service.name if service else "",
                region=rule.region,
                price=parcel_price(rule, weight_g),
                eta_days=rule.eta_days,
            )
        )
    options.sort(key=lambda o: (o.price, o.eta_days, o.carrier_code, o.service_code))
    if not options:
        return options
    fastest = min(options, key=lambda o: (o.eta_days, o.price, o.carrier_code, o.service_code))
    return [replace(o, cheapest=i == 0, fastest=o is fastest) for i, o in enumerate(options)]


def _rule_matches(rule: CarrierRule, facts: ParcelFacts) -> bool:
    return (
        (rule.warehouse_id is None or rule.warehouse_id == facts.warehouse_id)
        and (not rule.province or rule.province == facts.province)
        and (rule.max_weight_g is None or facts.weight_g <= rule.max_weight_g)
        and (rule.min_amount is None or facts.amount >= rule.min_amount)
    )


def suggest(session: Session, facts: ParcelFacts) -> Suggestion:
    """The first enabled rule (by position) that matches, else the cheapest rate."""
    rules = session.execute(
        select(CarrierRule, Carrier)
        .join(Carrier, Carrier.id == CarrierRule.carrier_id)
        .where(CarrierRule.is_enabled.is_(True), Carrier.is_active.is_(True))
        .order_by(CarrierRule.position, CarrierRule.id)
    ).all()
    for rule, carrier in rules:
        if _rule_matches(rule, facts):
            priced = quote_options(
                session,
                facts.province,
                facts.weight_g,
                carrier_id=carrier.id,
                service_id=rule.service_id,
            )
            best = priced[0] if priced else None
            return Suggestion(
                carrier_id=carrier.id,
                carrier_code=carrier.code,
                service_id=rule.service_id if rule.service_id is not None else (
                    best.service_id if best else None
                ),
                reason="rule",
                rule_id=rule.id,
                price=best.price if best else None,
                eta_days=best.eta_days if best else None,
            )  # fmt: skip
    options = quote_options(session, facts.province, facts.weight_g)
    if not options:
        raise NotFound(
            "No active carrier has a rate for {province}",
            province=facts.province or "*",
        )
    best = options[0]
    return Suggestion(
        carrier_id=best.carrier_id,
        carrier_code=best.carrier_code,
        service_id=best.service_id,
        reason="cheapest",
        rule_id=None,
        price=best.price,
        eta_days=best.eta_days,
    )


def suggest_for_order(session: Session, order_id: int) -> Suggestion:
    """The carrier the rules (or the price) choose for an order; for the order state machine."""
    return suggest(session, order_facts(session, order_id))


@dataclass(frozen=True)
class CarrierChoice:
    """One carrier offered for an order: its best price and delivery time to the order's
    destination (None: the carrier has no rate there)."""

    carrier_id: int
    code: str
    name: str
    price: Decimal | None
    eta_days: int | None
    service_name: str = ""
    suggested: bool = False
    cheapest: bool = False
    fastest: bool = False


@dataclass(frozen=True)
class CarrierOffer:
    order_id: int
    order_no: str
    current_carrier_id: int | None
    choices: tuple[CarrierChoice, ...]  # the suggested first, then by price; unpriced last

    @property
    def suggested(self) -> CarrierChoice | None:
        return next((c for c in self.choices if c.suggested), None)


def carrier_offer(session: Session, order_id: int) -> CarrierOffer:
    """Every active carrier for an order with its price and ETA, and the one the carrier
    rules (or the price) suggest: what confirm and assign-carrier show the user."""
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("No order with id {order_id}", order_id=order_id)
    facts = order_facts(session, order_id)
    try:
        suggestion: Suggestion | None = suggest(session, facts)
    except NotFound:
        suggestion = None
    best: dict[int, RateOption] = {}
    for option in quote_options(session, facts.province, facts.weight_g):  # cheapest first
        best.setdefault(option.carrier_id, option)
    cheapest = min(best.values(), key=lambda o: o.price, default=None)
    fastest = min(best.values(), key=lambda o: (o.eta_days, o.price), default=None)
    choices = []
    for carrier in session.scalars(
        select(Carrier).where(Carrier.is_active.is_(True)).order_by(Carrier.code)
    ):
        offered = best.get(carrier.id)
        price, eta = (offered.price, offered.eta_days) if offered else (None, None)
        is_suggested = suggestion is not None and suggestion.carrier_id == carrier.id
        if is_suggested and suggestion is not None and suggestion.price is not None:
            price, eta = suggestion.price, suggestion.eta_days  # the rule's own service
        choices.append(
            CarrierChoice(
                carrier_id=carrier.id,
                code=carrier.code,
                name=carrier.name,
                price=price,
                eta_days=eta,
                service_name=offered.service_name if offered else "",
                suggested=is_suggested,
                cheapest=offered is not None and offered is cheapest,
                fastest=offered is not None and offered is fastest,
            )
        )
    choices.sort(key=lambda c: (not c.suggested, c.price is None, c.price or Decimal(0), c.code))
    return CarrierOffer(order.id, order.order_no, order.carrier_id, tuple(choices))


def next_tracking_no(uow: UnitOfWork, carrier_id: int) -> str | None:
    """Draw the carrier's next electronic-waybill number, inside the caller's transaction.

    Pools are used in order (oldest first). The draw is one conditional UPDATE
    (`next_value = next_value + 1 WHERE next_value <= end_value`) whose row count says whether
    it won; the row stays locked until the caller commits, so no two transactions on any
    number of workstations ever get the same number, and a rolled-back caller gives its
    number back. Returns None when the carrier has no active pool (numbers are then typed in);
    raises ConflictError naming the carrier when every active pool is used up.
    """
    session = uow.session
    pools = session.execute(
        select(TrackingPool.id)
        .where(TrackingPool.carrier_id == carrier_id, TrackingPool.is_active.is_(True))
        .order_by(TrackingPool.id)
    ).scalars()
    pool_ids = list(pools)
    if not pool_ids:
        return None
    for pool_id in pool_ids:
        drawn = session.execute(
            update(TrackingPool)
            .where(TrackingPool.id == pool_id, TrackingPool.next_value <= TrackingPool.end_value)
            .values(next_value=TrackingPool.next_value + 1)
            .execution_options(synchronize_session=False)
        )
        if rows_changed(drawn) == 1:
            # Columns, not the entity: an entity in the identity map would hide our UPDATE.
            prefix, width, after = session.execute(
                select(TrackingPool.prefix, TrackingPool.width, TrackingPool.next_value).where(
                    TrackingPool.id == pool_id
                )
            ).one()
            return f"{prefix}{after - 1:0{width}d}"
    carrier = get_carrier(session, carrier_id)
    raise ConflictError(
        "The tracking-number pool of {carrier} is used up; add a new range from the carrier",
        carrier=f"{carrier.code} {carrier.name}",
        carrier_id=carrier_id,
    )


def pool_statuses(session: Session, carrier_id: int | None = None) -> list[PoolStatus]:
    query = (
        select(TrackingPool, Carrier.code)
        .join(Carrier, Carrier.id == TrackingPool.carrier_id)
        .order_by(Carrier.code, TrackingPool.id)
    )
    if carrier_id is not None:
        query = query.where(TrackingPool.carrier_id == carrier_id)
    return [
        PoolStatus(
            id=p.id, carrier_id=p.carrier_id, carrier_code=code, prefix=p.prefix,
            start_value=p.start_value, end_value=p.end_value, next_value=p.next_value,
            width=p.width, is_active=p.is_active, remaining=max(0, p.end_value - p.next_value + 1),
        )
        for p, code in session.execute(query)
    ]  # fmt: skip


def pool_warnings(session: Session) -> list[PoolWarning]:
    """Carriers that hand out numbers from pools and have fewer left than the setting says."""
    threshold = read_setting(session, "logistics.pool_low_warning")
    remaining: dict[int, int] = {}
    codes: dict[int, str] = {}
    for status in pool_statuses(session):
        if status.is_active:
            remaining[status.carrier_id] = remaining.get(status.carrier_id, 0) + status.remaining
            codes[status.carrier_id] = status.carrier_code
    return [
        PoolWarning(carrier_id, codes[carrier_id], left, threshold)
        for carrier_id, left in sorted(remaining.items(), key=lambda kv: codes[kv[0]])
        if left < threshold or left == 0
    ]


# -- the service --------------------------------------------------------------------------------


def _service_info(s: CarrierService) -> ServiceInfo:
    return ServiceInfo(s.id, s.carrier_id, s.code, s.name, s.eta_days)


def _rate_info(r: RateRule) -> RateRuleInfo:
    return RateRuleInfo(
        r.id, r.carrier_id, r.service_id, r.region, r.first_weight_g, r.first_price,
        r.step_weight_g, r.step_price, r.eta_days,
    )  # fmt: skip


def _rule_info(r: CarrierRule) -> CarrierRuleInfo:
    return CarrierRuleInfo(
        r.id, r.position, r.warehouse_id, r.province, r.max_weight_g, r.min_amount,
        r.carrier_id, r.service_id, r.is_enabled,
    )  # fmt: skip


def _carrier_info(session: Session, c: Carrier) -> CarrierInfo:
    services = session.scalars(
        select(CarrierService)
        .where(CarrierService.carrier_id == c.id)
        .order_by(CarrierService.code)
    )
    return CarrierInfo(
        c.id, c.code, c.name, c.tracking_url, c.is_active, tuple(_service_info(s) for s in services)
    )


def _check_service(session: Session, carrier_id: int, service_id: int | None) -> None:
    if service_id is None:
        return
    service = session.get(CarrierService, service_id)
    if service is None or service.carrier_id != carrier_id:
        raise ValidationError(
            "The service does not belong to the carrier", field="service_id", service_id=service_id
        )


class LogisticsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- carriers and services ------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def list_carriers(self, actor: Actor, *, active_only: bool = False) -> list[CarrierInfo]:
        def work(uow: UnitOfWork) -> list[CarrierInfo]:
            query = select(Carrier).order_by(Carrier.code)
            if active_only:
                query = query.where(Carrier.is_active.is_(True))
            return [_carrier_info(uow.session, c) for c in uow.session.scalars(query)]

        return read(self.db, work)

    @requires(Permission.MANAGE_CARRIERS)
    def create_carrier(
        self, actor: Actor, code: str, name: str, tracking_url: str = ""
    ) -> CarrierInfo:
        code = _text(code, "code", max_len=32).upper()
        if not _CODE_RE.fullmatch(code):
            raise ValidationError(
                "Carrier code: letters, digits, - and _ only (e.g. SF)", field="code"
            )
        name = _text(name, "name", max_len=128)
        url = _text(tracking_url, "tracking_url", max_len=255, required=False)

        def work(uow: UnitOfWork) -> CarrierInfo:
            if carrier_by_code(uow.session, code) is not None:
                raise ValidationError(
                    "A carrier with code {code} exists already", field="code", code=code
                )
            carrier = Carrier(code=code, name=name, tracking_url=url, is_active=True)
            uow.session.add(carrier)
            uow.session.flush()
            uow.audit(
                "carrier.create",
                "carrier",
                carrier.id,
                {"code": [None, code], "name": [None, name]},
            )
            return _carrier_info(uow.session, carrier)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def update_carrier(
        self,
        actor: Actor,
        carrier_id: int,
        *,
        name: str | None = None,
        tracking_url: str | None = None,
        is_active: bool | None = None,
    ) -> CarrierInfo:
        def work(uow: UnitOfWork) -> CarrierInfo:
            carrier = get_carrier(uow.session, carrier_id)
            before = {
                "name": carrier.name,
                "tracking_url": carrier.tracking_url,
                "is_active": carrier.is_active,
            }
            if name is not None:
                carrier.name = _text(name, "name", max_len=128)
            if tracking_url is not None:
                carrier.tracking_url = _text(
                    tracking_url, "tracking_url", max_len=255, required=False
                )
            if is_active is not None:
                carrier.is_active = bool(is_active)
            after = {
                "name": carrier.name,
                "tracking_url": carrier.tracking_url,
                "is_active": carrier.is_active,
            }
            if before != after:
                uow.audit("carrier.update", "carrier", carrier.id, diff(before, after))
            return _carrier_info(uow.session, carrier)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def save_service(
        self,
        actor: Actor,
        carrier_id: int,
        code: str,
        name: str,
        eta_days: int = 3,
        *,
        service_id: int | None = None,
    ) -> ServiceInfo:
        """Create a service of the carrier, or update `service_id`."""
        code = _text(code, "code", max_len=32).upper()
        if not _CODE_RE.fullmatch(code):
            raise ValidationError(
                "Service code: letters, digits, - and _ only (e.g. STD)", field="code"
            )
        name = _text(name, "name", max_len=128)
        eta_days = whole(eta_days, "eta_days", 0, 90)

        def work(uow: UnitOfWork) -> ServiceInfo:
            get_carrier(uow.session, carrier_id)
            clash = uow.session.scalar(
                select(CarrierService.id).where(
                    CarrierService.carrier_id == carrier_id, CarrierService.code == code
                )
            )
            if clash is not None and clash != service_id:
                raise ValidationError(
                    "The carrier already has a service {code}", field="code", code=code
                )
            if service_id is None:
                new_service = CarrierService(
                    carrier_id=carrier_id, code=code, name=name, eta_days=eta_days
                )
                uow.session.add(new_service)
                uow.session.flush()
                uow.audit(
                    "carrier_service.create",
                    "carrier_service",
                    new_service.id,
                    {"code": [None, code], "name": [None, name], "eta_days": [None, eta_days]},
                )
                return _service_info(new_service)
            service = uow.session.get(CarrierService, service_id)
            if service is None or service.carrier_id != carrier_id:
                raise NotFound("No service with id {service_id}", service_id=service_id)
            before = {"code": service.code, "name": service.name, "eta_days": service.eta_days}
            service.code, service.name, service.eta_days = code, name, eta_days
            after = {"code": code, "name": name, "eta_days": eta_days}
            if before != after:
                uow.audit(
                    "carrier_service.update", "carrier_service", service.id, diff(before, after)
                )
            return _service_info(service)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def delete_service(self, actor: Actor, service_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            service = uow.session.get(CarrierService, service_id)
            if service is None:
                raise NotFound("No service with id {service_id}", service_id=service_id)
            used = uow.session.scalar(
                select(func.count()).select_from(Shipment).where(Shipment.service_id == service_id)
            )
            in_rules = uow.session.scalar(
                select(func.count())
                .select_from(CarrierRule)
                .where(CarrierRule.service_id == service_id)
            )
            if used or in_rules:
                raise ConflictError(
                    "Service {code} is used by {shipments} parcels and {rules} carrier rules; "
                    "it cannot be deleted",
                    code=service.code,
                    shipments=used,
                    rules=in_rules,
                )
            for rate in uow.session.scalars(
                select(RateRule).where(RateRule.service_id == service_id)
            ):
                uow.session.delete(rate)
            uow.session.delete(service)
            uow.audit(
                "carrier_service.delete",
                "carrier_service",
                service_id,
                {"code": [service.code, None]},
            )

        transaction(self.db, actor, work)

    @requires(Permission.VIEW_LOGISTICS)
    def warehouse_choices(self, actor: Actor) -> list[tuple[int, str, str]]:
        """(id, code, name) of the active warehouses, for the carrier-rule editor."""

        def work(uow: UnitOfWork) -> list[tuple[int, str, str]]:
            rows = uow.session.execute(
                select(Warehouse.id, Warehouse.code, Warehouse.name)
                .where(Warehouse.is_active.is_(True))
                .order_by(Warehouse.priority, Warehouse.code)
            )
            return [(i, c, n) for i, c, n in rows]

        return read(self.db, work)

    # -- rate rules ---------------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def list_rate_rules(self, actor: Actor, carrier_id: int | None = None) -> list[RateRuleInfo]:
        def work(uow: UnitOfWork) -> list[RateRuleInfo]:
            query = select(RateRule).order_by(
                RateRule.carrier_id, RateRule.service_id, RateRule.region
            )
            if carrier_id is not None:
                query = query.where(RateRule.carrier_id == carrier_id)
            return [_rate_info(r) for r in uow.session.scalars(query)]

        return read(self.db, work)

    @requires(Permission.MANAGE_CARRIERS)
    def save_rate_rule(
        self,
        actor: Actor,
        carrier_id: int,
        region: str,
        *,
        first_price: Decimal | str,
        step_price: Decimal | str,
        first_weight_g: int = 1000,
        step_weight_g: int = 1000,
        eta_days: int = 3,
        service_id: int | None = None,
        rule_id: int | None = None,
    ) -> RateRuleInfo:
        """Create a rate rule, or update `rule_id`. Region: a province exactly as orders
        write it (广东省), or "*" for every other destination."""
        region = _text(region, "region", max_len=64)
        values = {
            "first_price": money(first_price, "first_price"),
            "step_price": money(step_price, "step_price"),
            "first_weight_g": whole(first_weight_g, "first_weight_g", 1, 1_000_000),
            "step_weight_g": whole(step_weight_g, "step_weight_g", 1, 1_000_000),
            "eta_days": whole(eta_days, "eta_days", 0, 90),
        }

        def work(uow: UnitOfWork) -> RateRuleInfo:
            get_carrier(uow.session, carrier_id)
            _check_service(uow.session, carrier_id, service_id)
            clash = uow.session.scalar(
                select(RateRule.id).where(
                    RateRule.carrier_id == carrier_id,
                    RateRule.service_id.is_(None)
                    if service_id is None
                    else RateRule.service_id == service_id,
                    RateRule.region == region,
                )
            )
            if clash is not None and clash != rule_id:
                raise ValidationError(
                    "There is a rate for {region} already; edit that one",
                    field="region",
                    region=region,
                )
            if rule_id is None:
                new_rule = RateRule(
                    carrier_id=carrier_id, service_id=service_id, region=region, **values
                )
                uow.session.add(new_rule)
                uow.session.flush()
                uow.audit(
                    "rate_rule.create",
                    "rate_rule",
                    new_rule.id,
                    {k: [None, v] for k, v in {"region": region, **values}.items()},
                )
                return _rate_info(new_rule)
            rule = uow.session.get(RateRule, rule_id)
            if rule is None or rule.carrier_id != carrier_id:
                raise NotFound("No rate rule with id {rule_id}", rule_id=rule_id)
            before = {k: getattr(rule, k) for k in ("region", "service_id", *values)}
            rule.region, rule.service_id = region, service_id
            for key, value in values.items():
                setattr(rule, key, value)
            after = {k: getattr(rule, k) for k in before}
            if before != after:
                uow.audit("rate_rule.update", "rate_rule", rule.id, diff(before, after))
            return _rate_info(rule)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def delete_rate_rule(self, actor: Actor, rule_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            rule = uow.session.get(RateRule, rule_id)
            if rule is None:
                raise NotFound("No rate rule with id {rule_id}", rule_id=rule_id)
            uow.session.delete(rule)
            uow.audit("rate_rule.delete", "rate_rule", rule_id, {"region": [rule.region, None]})

        transaction(self.db, actor, work)

    # -- quotes and suggestions -----------------------------------------------------------------

    def _facts(
        self,
        session: Session,
        order_id: int | None,
        order_no: str | None,
        province: str | None,
        weight_g: int | None,
        amount: Decimal | None,
        warehouse_id: int | None,
    ) -> ParcelFacts:
        if order_no is not None:
            order_id = order_id_by_no(session, order_no)
        if order_id is not None:
            base = order_facts(session, order_id)
        else:
            if province is None or weight_g is None:
                raise ValidationError(
                    "Give an order, or the destination province and the weight",
                    field="province",
                )
            base = ParcelFacts("", 0, Decimal(0), None)
        return ParcelFacts(
            province=_text(province, "province", max_len=64, required=False)
            if province is not None
            else base.province,
            weight_g=whole(weight_g, "weight_g", 0, 1_000_000)
            if weight_g is not None
            else base.weight_g,
            amount=money(amount, "amount") if amount is not None else base.amount,
            warehouse_id=warehouse_id if warehouse_id is not None else base.warehouse_id,
        )

    @requires(Permission.VIEW_LOGISTICS)
    def quote(
        self,
        actor: Actor,
        order_id: int | None = None,
        *,
        order_no: str | None = None,
        province: str | None = None,
        weight_g: int | None = None,
        amount: Decimal | None = None,
        warehouse_id: int | None = None,
    ) -> Quote:
        """Price and delivery time of every carrier service for an order (by id or number) or
        for a destination and weight; explicit values override the order's."""

        def work(uow: UnitOfWork) -> Quote:
            facts = self._facts(
                uow.session, order_id, order_no, province, weight_g, amount, warehouse_id
            )
            return Quote(facts, tuple(quote_options(uow.session, facts.province, facts.weight_g)))

        return read(self.db, work)

    @requires(Permission.VIEW_LOGISTICS)
    def suggest_carrier(
        self,
        actor: Actor,
        order_id: int | None = None,
        *,
        order_no: str | None = None,
        province: str | None = None,
        weight_g: int | None = None,
        amount: Decimal | None = None,
        warehouse_id: int | None = None,
    ) -> Suggestion:
        def work(uow: UnitOfWork) -> Suggestion:
            facts = self._facts(
                uow.session, order_id, order_no, province, weight_g, amount, warehouse_id
            )
            return suggest(uow.session, facts)

        return read(self.db, work)

    # -- carrier rules ------------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def list_carrier_rules(self, actor: Actor) -> list[CarrierRuleInfo]:
        def work(uow: UnitOfWork) -> list[CarrierRuleInfo]:
            query = select(CarrierRule).order_by(CarrierRule.position, CarrierRule.id)
            return [_rule_info(r) for r in uow.session.scalars(query)]

        return read(self.db, work)

    @requires(Permission.MANAGE_CARRIERS)
    def save_carrier_rule(
        self,
        actor: Actor,
        carrier_id: int,
        *,
        position: int = 100,
        warehouse_id: int | None = None,
        province: str = "",
        max_weight_g: int | None = None,
        min_amount: Decimal | str | None = None,
        service_id: int | None = None,
        is_enabled: bool = True,
        rule_id: int | None = None,
    ) -> CarrierRuleInfo:
        """Create a carrier rule, or update `rule_id`. Empty conditions match everything."""
        values: dict[str, Any] = {
            "carrier_id": carrier_id,
            "position": whole(position, "position", 0, 1_000_000),
            "warehouse_id": warehouse_id,
            "province": _text(province, "province", max_len=64, required=False),
            "max_weight_g": None
            if max_weight_g is None
            else whole(max_weight_g, "max_weight_g", 1, 1_000_000),
            "min_amount": None if min_amount is None else money(min_amount, "min_amount"),
            "service_id": service_id,
            "is_enabled": bool(is_enabled),
        }

        def work(uow: UnitOfWork) -> CarrierRuleInfo:
            get_carrier(uow.session, carrier_id)
            _check_service(uow.session, carrier_id, service_id)
            if warehouse_id is not None and uow.session.get(Warehouse, warehouse_id) is None:
                raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
            if rule_id is None:
                new_rule = CarrierRule(**values)
                uow.session.add(new_rule)
                uow.session.flush()
                uow.audit(
                    "carrier_rule.create",
                    "carrier_rule",
                    new_rule.id,
                    {k: [None, v] for k, v in values.items()},
                )
                return _rule_info(new_rule)
            rule = uow.session.get(CarrierRule, rule_id)
            if rule is None:
                raise NotFound("No carrier rule with id {rule_id}", rule_id=rule_id)
            before = {k: getattr(rule, k) for k in values}
            for key, value in values.items():
                setattr(rule, key, value)
            if before != values:
                uow.audit("carrier_rule.update", "carrier_rule", rule.id, diff(before, values))
            return _rule_info(rule)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def delete_carrier_rule(self, actor: Actor, rule_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            rule = uow.session.get(CarrierRule, rule_id)
            if rule is None:
                raise NotFound("No carrier rule with id {rule_id}", rule_id=rule_id)
            uow.session.delete(rule)
            uow.audit(
                "carrier_rule.delete",
                "carrier_rule",
                rule_id,
                {"carrier_id": [rule.carrier_id, None]},
            )

        transaction(self.db, actor, work)

    # -- tracking-number pools ------------------------------------------------------------------

    @requires(Permission.MANAGE_CARRIERS)
    def create_pool(
        self, actor: Actor, carrier_id: int, prefix: str, start: int, end: int, width: int = 12
    ) -> PoolStatus:
        """Register a range of waybill numbers the carrier handed out: prefix + the number
        zero-padded to `width` digits (SF + 000000000001)."""
        if not isinstance(prefix, str) or not _PREFIX_RE.fullmatch(prefix.strip()):
            raise ValidationError(
                "Prefix: up to 16 letters, digits or - (the label's barcode carries it)",
                field="prefix",
            )
        prefix = prefix.strip().upper()
        width = whole(width, "width", 1, 30)
        start = whole(start, "start", 0, 10**30)
        end = whole(end, "end", 0, 10**30)
        if start > end:
            raise ValidationError("The range starts after it ends", field="end")
        if len(str(end)) > width:
            raise ValidationError(
                "The last number {end} has more than {width} digits", field="width",
                end=end, width=width,
            )  # fmt: skip
        if len(prefix) + width > MAX_TRACKING_LEN:
            raise ValidationError(
                "Prefix and digits together exceed {max_len} characters",
                field="width",
                max_len=MAX_TRACKING_LEN,
            )
        if end >= 2**63:
            raise ValidationError("The range is too large for the database", field="end")

        def work(uow: UnitOfWork) -> PoolStatus:
            get_carrier(uow.session, carrier_id)
            # Same prefix and width print the same numbers: overlapping ranges would repeat.
            overlap = uow.session.scalar(
                select(TrackingPool.id).where(
                    TrackingPool.carrier_id == carrier_id,
                    TrackingPool.prefix == prefix,
                    TrackingPool.width == width,
                    and_(TrackingPool.start_value <= end, TrackingPool.end_value >= start),
                )
            )
            if overlap is not None:
                raise ValidationError(
                    "The range overlaps a pool the carrier already has", field="start"
                )
            pool = TrackingPool(
                carrier_id=carrier_id, prefix=prefix, start_value=start, end_value=end,
                next_value=start, width=width, is_active=True,
            )  # fmt: skip
            uow.session.add(pool)
            uow.session.flush()
            uow.audit(
                "tracking_pool.create",
                "tracking_pool",
                pool.id,
                {
                    "carrier_id": [None, carrier_id],
                    "prefix": [None, prefix],
                    "start": [None, start],
                    "end": [None, end],
                    "width": [None, width],
                },
            )
            return next(s for s in pool_statuses(uow.session, carrier_id) if s.id == pool.id)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_CARRIERS)
    def set_pool_active(self, actor: Actor, pool_id: int, active: bool) -> PoolStatus:
        def work(uow: UnitOfWork) -> PoolStatus:
            pool = uow.session.get(TrackingPool, pool_id)
            if pool is None:
                raise NotFound("No tracking-number pool with id {pool_id}", pool_id=pool_id)
            if pool.is_active != bool(active):
                uow.audit(
                    "tracking_pool.update",
                    "tracking_pool",
                    pool.id,
                    {"is_active": [pool.is_active, bool(active)]},
                )
                pool.is_active = bool(active)
            uow.session.flush()
            return next(s for s in pool_statuses(uow.session, pool.carrier_id) if s.id == pool.id)

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_LOGISTICS)
    def list_pools(self, actor: Actor, carrier_id: int | None = None) -> list[PoolStatus]:
        return read(self.db, lambda uow: pool_statuses(uow.session, carrier_id))

    @requires(Permission.VIEW_LOGISTICS)
    def pool_warnings(self, actor: Actor) -> list[PoolWarning]:
        return read(self.db, lambda uow: pool_warnings(uow.session))


__all__ = [
    "ANY_REGION",
    "CarrierInfo",
    "CarrierRuleInfo",
    "LogisticsService",
    "ParcelFacts",
    "PoolStatus",
    "PoolWarning",
    "Quote",
    "RateOption",
    "RateRuleInfo",
    "ServiceInfo",
    "Suggestion",
    "next_tracking_no",
    "order_facts",
    "parcel_price",
    "pool_warnings",
    "quote_options",
    "suggest",
    "suggest_for_order",
]
