"""Fulfilment: pick waves, the pack station, and handing parcels to the carrier.

Waves. A warehouse lead turns confirmed orders into a wave (拣货波次): each order moves to
拣货中 through the order transition (`app.orders.move_in`), one by one in its own savepoint, so
an order that cannot join (not confirmed, on hold, in another wave) is reported and the others
join. A wave is picked in ONE warehouse: orders of several warehouses are refused with a message
naming them (the lead makes one wave per warehouse; the wave dialog lists one warehouse's orders
anyway). The pick list groups the wave's units still to pick by SKU, in bin order
(StockLevel.bin_id → BinLocation.code in the wave's warehouse), with the orders each unit goes
to.

Pack station. `load_for_packing` finds the order behind a scanned code in one query: the order
number (also what the packing slip's barcode encodes), a label's tracking number, or the shop's
external order number. The station then checks every scan in memory (`PackingSession`): no
database round trip per scan. `complete_packing` checks the scans again on the server and, in
one unit of work, packs the order (已打包), creates its parcel if it has none (carrier: the
order's, else `logistics.default_carrier`, else the suggested one; tracking number from the
carrier's pool), marks the label printed and records who packed it (PackRecord). After the
commit the label PDF is written to the folder of `fulfilment.label_folder` (default: the data
folder's `labels`) and, when `fulfilment.label_printer` names one, sent to that printer.

Shipping. `ship` hands packed orders to the carrier: the order transition to 已发货 takes the
goods out of stock (on hand and reservation, app.stock.ship) and the parcels become shipped
(a parcel whose tracking already arrived keeps its status). The order row is locked first, so
of two workstations shipping the same order one ships it and the other is told who shipped it
and when; stock is deducted once.

Delivery. When a parcel is delivered the tracking import calls
`deliver_when_all_delivered`; the order moves to 已签收 once every parcel of it that is not
voided is delivered.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.config import data_dir
from app.db import Database
from app.documents import (
    LabelData,
    LabelSize,
    PickListData,
    PickRow,
    render_labels,
    render_pick_lists,
)
from app.documents.pick_list import sorted_rows
from app.errors import AppError, ConflictError, NotFound, ValidationError
from app.numbering import daily_number
from app.orders import BatchFailure, BatchResult, move_in, ship_in
from app.permissions import Actor, Permission, check, requires
from app.printing import label_data_in, new_parcel_in
from app.review_rules import clean_ids
from app.settings import read_setting
from app.shipments import mark_label_printed_in
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork, read, transaction
from models import (
    BinLocation,
    Carrier,
    LabelStatus,
    Order,
    OrderLine,
    PackRecord,
    Product,
    Shipment,
    ShipmentStatus,
    StockLevel,
    User,
    Warehouse,
    Wave,
    WaveOrder,
    utcnow,
)

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

MAX_WAVE_ORDERS = 1000
MAX_SCANS = 10_000
SHIP_CHUNK = 100  # orders per transaction when shipping
PRINT_TIMEOUT_S = 30


class WaveStatus(StrEnum):
    OPEN = "open"  # being picked
    PICKED = "picked"  # no order of it is still 拣货中
    CLOSED = "closed"  # closed by the lead


# -- plain data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaveInfo:
    id: int
    wave_no: str
    warehouse_id: int | None
    warehouse_code: str
    warehouse_name: str
    status: WaveStatus
    created_at: datetime
    created_by: str
    orders: int
    picking: int  # still 拣货中
    packed: int  # packed or further (shipped, delivered...)
    cancelled: int


@dataclass(frozen=True)
class WaveResult:
    """The wave made (None when no order could join) and the outcome per order."""

    wave: WaveInfo | None
    requested: int
    succeeded: tuple[int, ...]
    failed: tuple[BatchFailure, ...]

    @property
    def failed_ids(self) -> list[int]:
        return [f.order_id for f in self.failed]


@dataclass(frozen=True)
class WaveCandidate:
    """A confirmed order that may join a wave (the wave dialog's rows)."""

    order_id: int
    order_no: str
    ordered_at: datetime
    carrier_id: int | None
    carrier_code: str
    recipient_name: str
    province: str
    city: str
    lines: int
    units: int
    items: str  # "纯棉T恤 ×2; 电水壶 ×1"


@dataclass(frozen=True)
class WaveOrderRow:
    order_id: int
    order_no: str
    status: OrderStatus
    is_on_hold: bool
    recipient_name: str
    units: int
    tracking_nos: tuple[str, ...]


@dataclass(frozen=True)
class ShipCandidate:
    """A packed order waiting to be handed to the carrier."""

    order_id: int
    order_no: str
    recipient_name: str
    province: str
    city: str
    carrier_code: str
    tracking_nos: tuple[str, ...]
    labels_printed: bool
    packed_at: datetime | None


@dataclass(frozen=True)
class PackingLine:
    sku: str
    name: str
    barcode: str
    qty: int
    bin_code: str
    weight_g: int  # per unit, from the catalogue (0 when unknown)

    @property
    def codes(self) -> tuple[str, ...]:
        """What a scan of this item may read: its barcode, or the SKU printed on it."""
        return tuple(normalise_code(c) for c in (self.barcode, self.sku) if c and c.strip())


@dataclass(frozen=True)
class PackingJob:
    """An order at the pack station: everything the station checks scans against."""

    order_id: int
    order_no: str
    version: int
    recipient_name: str
    province: str
    city: str
    carrier_code: str
    carrier_name: str
    buyer_note: str
    seller_note: str
    lines: tuple[PackingLine, ...]

    @property
    def units(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def expected_weight_g(self) -> int:
        return sum(line.qty * line.weight_g for line in self.lines)


@dataclass(frozen=True)
class PackerStats:
    packed_today: int
    packed_last_hour: int  # the packer's current pace, orders per hour


@dataclass(frozen=True)
class StationSetup:
    weight_check: bool
    weight_tolerance_percent: int
    label_folder: str
    label_printer: str
    stats: PackerStats


@dataclass(frozen=True)
class PackResult:
    order_id: int
    order_no: str
    tracking_nos: tuple[str, ...]
    label_path: str | None  # None: no new label (printed before) or it could not be written
    label_printed_before: bool  # the parcel's label had been printed already (batch print)
    printed_to: str  # the printer the label went to, "" if none
    print_error: str  # why the label file or the printer failed, "" if it did not
    stats: PackerStats


# -- scans --------------------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    """Scanners send what is printed; SKUs are compared without regard to case."""
    return code.strip().upper() if isinstance(code, str) else ""


class ScanResult(StrEnum):
    RIGHT = "right"  # a unit of a line still short: counted
    WRONG = "wrong"  # not an item of this order
    EXTRA = "extra"  # an item of this order whose units are all counted already


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    line: int | None  # index into the lines; None for a wrong item
    scanned: int  # units of that line counted now
    qty: int  # units of that line in the order


class PackingSession:
    """The scans of one order, checked in memory (the pack station and the server share it).

    A code maps to the lines whose barcode or SKU it is; a unit counts for the first of those
    lines still short. Undo takes back the last counted unit."""

    def __init__(self, lines: Sequence[PackingLine]) -> None:
        self.lines = tuple(lines)
        self.counts = [0] * len(self.lines)
        self._log: list[tuple[int, str]] = []
        self._by_code: dict[str, list[int]] = defaultdict(list)
        for index, line in enumerate(self.lines):
            for code in dict.fromkeys(line.codes):
                self._by_code[code].append(index)

    def scan(self, code: str) -> ScanOutcome:
        key = normalise_code(code)
        matches = self._by_code.get(key)
        if not matches:
            return ScanOutcome(ScanResult.WRONG, key, None, 0, 0)
        for index in matches:
            if self.counts[index] < self.lines[index].qty:
                self.counts[index] += 1
                self._log.append((index, key))
                return ScanOutcome(
                    ScanResult.RIGHT, key, index, self.counts[index], self.lines[index].qty
                )
        last = matches[-1]
        return ScanOutcome(ScanResult.EXTRA, key, last, self.counts[last], self.lines[last].qty)

    def undo(self) -> int | None:
        """Take back the last counted unit; returns its line (None: nothing to undo)."""
        if not self._log:
            return None
        index, _code = self._log.pop()
        self.counts[index] -= 1
        return index

    @property
    def scanned_codes(self) -> list[str]:
        """The counted scans in order: what `complete_packing` checks again."""
        return [code for _index, code in self._log]

    @property
    def units_scanned(self) -> int:
        return sum(self.counts)

    @property
    def units_total(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def complete(self) -> bool:
        return all(c == line.qty for c, line in zip(self.counts, self.lines, strict=True))

    def line_done(self, index: int) -> bool:
        return self.counts[index] == self.lines[index].qty


def weight_off(expected_g: int, weight_g: int, tolerance_percent: int) -> bool:
    """True when the weighed parcel is further from the catalogue weight than the tolerance
    (an order whose products have no weight cannot be checked)."""
    if expected_g <= 0:
        return False
    return abs(weight_g - expected_g) * 100 > expected_g * tolerance_percent


def _check_scans(order_no: str, lines: Sequence[PackingLine], scans: Sequence[str]) -> None:
    session = PackingSession(lines)
    wrong: list[str] = []
    extra: list[str] = []
    for code in scans:
        outcome = session.scan(code)
        if outcome.result is ScanResult.WRONG:
            wrong.append(outcome.code or "?")
        elif outcome.result is ScanResult.EXTRA:
            extra.append(outcome.code)
    short = [
        f"{line.sku} {count}/{line.qty}"
        for line, count in zip(session.lines, session.counts, strict=True)
        if count != line.qty
    ]
    if wrong or extra or short:
        problems = [*(f"{code} ∉" for code in wrong), *(f"{code} +1" for code in extra), *short]
        raise ValidationError(
            "The scans do not match order {order_no}: {problems}",
            field="scans",
            order_no=order_no,
            problems=", ".join(problems),
        )


# -- module functions for other services' units of work ----------------------------------------


def deliver_when_all_delivered(uow: UnitOfWork, order_id: int) -> bool:
    """Move a shipped order to 已签收 when every parcel of it that is not voided is delivered
    (a system move: no permission, no user in the order's history). True if it moved."""
    session = uow.session
    status = session.scalar(select(Order.status).where(Order.id == order_id))
    if status != OrderStatus.SHIPPED:
        return False
    parcels = session.execute(
        select(Shipment.status, Shipment.tracking_no).where(
            Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED
        )
    ).all()
    if not parcels or any(s != ShipmentStatus.DELIVERED for s, _ in parcels):
        return False
    try:
        with uow.savepoint():
            move_in(
                uow,
                order_id,
                OrderAction.DELIVER,
                note=", ".join(sorted(n for _, n in parcels)),
                automatic=True,
            )
    except AppError as exc:  # moved by another workstation just now
        log.info("order %s not moved to delivered: %s", order_id, exc)
        return False
    return True


def _today_start(now: datetime) -> datetime:
    """Midnight of the workstation's day, in UTC."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def _stats(session: Session, user_id: int, now: datetime) -> PackerStats:
    hour_ago = now - timedelta(hours=1)
    today, last_hour = session.execute(
        select(
            func.count(PackRecord.id),
            func.coalesce(func.sum(case((PackRecord.finished_at >= hour_ago, 1), else_=0)), 0),
        ).where(PackRecord.packer_id == user_id, PackRecord.finished_at >= _today_start(now))
    ).one()
    return PackerStats(int(today or 0), int(last_hour or 0))


def _warehouse(session: Session, warehouse_id: int) -> Warehouse:
    if isinstance(warehouse_id, bool) or not isinstance(warehouse_id, int):
        raise ValidationError("Choose a warehouse", field="warehouse_id")
    found = session.get(Warehouse, warehouse_id)
    if found is None:
        raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
    return found


def _wave_infos(session: Session, wave_ids: Sequence[int]) -> list[WaveInfo]:
    if not wave_ids:
        return []
    rows = session.execute(
        select(Wave, Warehouse.code, Warehouse.name, User.display_name, User.username)
        .outerjoin(Warehouse, Warehouse.id == Wave.warehouse_id)
        .outerjoin(User, User.id == Wave.created_by)
        .where(Wave.id.in_(wave_ids))
    ).all()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for wave_id, status, number in session.execute(
        select(WaveOrder.wave_id, Order.status, func.count(Order.id))
        .join(Order, Order.id == WaveOrder.order_id)
        .where(WaveOrder.wave_id.in_(wave_ids))
        .group_by(WaveOrder.wave_id, Order.status)
    ):
        counts[wave_id][OrderStatus(status).value] += number
    done = {s.value for s in (OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                               OrderStatus.COMPLETED)}  # fmt: skip
    found = {}
    for wave, code, name, display, username in rows:
        per = counts[wave.id]
        found[wave.id] = WaveInfo(
            id=wave.id,
            wave_no=wave.wave_no,
            warehouse_id=wave.warehouse_id,
            warehouse_code=code or "",
            warehouse_name=name or "",
            status=WaveStatus(wave.status),
            created_at=wave.created_at,
            created_by=display or username or "",
            orders=sum(per.values()),
            picking=per[OrderStatus.PICKING.value],
            packed=sum(n for s, n in per.items() if s in done),
            cancelled=per[OrderStatus.CANCELLED.value],
        )
    return [found[i] for i in wave_ids if i in found]


def _get_wave(session: Session, wave_id: int) -> Wave:
    if isinstance(wave_id, bool) or not isinstance(wave_id, int):
        raise NotFound("No wave with id {wave_id}", wave_id=wave_id)
    wave = session.get(Wave, wave_id)
    if wave is None:
        raise NotFound("No wave with id {wave_id}", wave_id=wave_id)
    return wave


def _units() -> Any:
    return (
        select(func.coalesce(func.sum(OrderLine.qty), 0))
        .where(OrderLine.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )


def _item_summary(session: Session, order_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """(line count, "name ×qty; ...") per order."""
    lines: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(order_ids), 500):
        for order_id, sku, name, qty in session.execute(
            select(OrderLine.order_id, OrderLine.sku, OrderLine.name, OrderLine.qty)
            .where(OrderLine.order_id.in_(order_ids[start : start + 500]))
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ):
            lines[order_id].append(f"{name or sku} ×{qty}")
    return {oid: (len(parts), "; ".join(parts)) for oid, parts in lines.items()}


def send_to_printer(path: str, printer: str) -> str:
    """Send a PDF to a printer by the system's own means; returns why it failed, or "".

    `printer` "default" is the system's default printer, any other text a printer's name.
    CUPS (Linux, macOS) prints PDFs itself; Windows hands the file to the PDF viewer's print
    verb."""
    name = printer.strip()
    if not name:
        return ""
    lp = shutil.which("lp")
    lpr = shutil.which("lpr")
    try:
        if lp:
            command = [lp] if name.lower() == "default" else [lp, "-d", name]
        elif lpr:
            command = [lpr] if name.lower() == "default" else [lpr, "-P", name]
        elif sys.platform == "win32":
            if name.lower() == "default":
                os.startfile(path, "print")  # type: ignore[attr-defined]  # noqa: S606
            else:
                os.startfile(path, "printto", f'"{name}"')  # type: ignore[attr-defined]  # noqa: S606
            return ""
        else:
            return "no print command (lp or lpr) on this computer"
        # The command is the system's print tool found above; the arguments are ours.
        done = subprocess.run(  # noqa: S603
            [*command, path], capture_output=True, text=True, timeout=PRINT_TIMEOUT_S
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    return "" if done.returncode == 0 else (done.stderr or done.stdout).strip()


def _label_folder(session: Session) -> Path:
    configured = read_setting(session, "fulfilment.label_folder")
    return Path(configured).expanduser() if configured else data_dir() / "labels"


# -- the service --------------------------------------------------------------------------------


class FulfilmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- waves ----------------------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def wave_candidates(
        self,
        actor: Actor,
        warehouse_id: int,
        *,
        carrier_id: int | None = None,
        single_item_only: bool = False,
        limit: int = 5000,
    ) -> list[WaveCandidate]:
        """Confirmed orders of a warehouse, not held and in no wave, oldest first."""

        def work(uow: UnitOfWork) -> list[WaveCandidate]:
            session = uow.session
            _warehouse(session, warehouse_id)
            units = _units().label("units")
            query = (
                select(Order.id, Order.order_no, Order.ordered_at, Order.carrier_id,
                       Carrier.code, Order.recipient_name, Order.province, Order.city, units)
                .outerjoin(Carrier, Carrier.id == Order.carrier_id)
                .where(*self._candidate_filter(warehouse_id, carrier_id))
                .order_by(Order.ordered_at, Order.id)
                .limit(max(1, min(int(limit), 20_000)))
            )  # fmt: skip
            if single_item_only:
                query = query.where(_units() == 1)
            rows = session.execute(query).all()
            summary = _item_summary(session, [r.id for r in rows])
            return [
                WaveCandidate(
                    order_id=r.id,
                    order_no=r.order_no,
                    ordered_at=r.ordered_at,
                    carrier_id=r.carrier_id,
                    carrier_code=r.code or "",
                    recipient_name=r.recipient_name,
                    province=r.province,
                    city=r.city,
                    lines=summary.get(r.id, (0, ""))[0],
                    units=int(r.units or 0),
                    items=summary.get(r.id, (0, ""))[1],
                )
                for r in rows
            ]

        return read(self.db, work)

    @staticmethod
    def _candidate_filter(warehouse_id: int, carrier_id: int | None) -> list[Any]:
        conditions = [
            Order.status == OrderStatus.CONFIRMED,
            Order.is_on_hold.is_(False),
            Order.warehouse_id == warehouse_id,
            ~exists().where(WaveOrder.order_id == Order.id),
        ]
        if carrier_id is not None:
            conditions.append(Order.carrier_id == carrier_id)
        return conditions

    @requires(Permission.FULFIL)
    def create_wave(self, actor: Actor, order_ids: Sequence[int]) -> WaveResult:
        """A wave of the chosen confirmed orders (all of one warehouse). Each order joins on
        its own: the ones that cannot are reported with the reason, the others are picked."""
        ids = clean_ids(order_ids)
        self._check_size(ids)

        def work(uow: UnitOfWork) -> WaveResult:
            warehouses = set(
                uow.session.scalars(
                    select(Order.warehouse_id)
                    .where(
                        Order.id.in_(ids),
                        Order.status == OrderStatus.CONFIRMED,
                        Order.warehouse_id.is_not(None),
                    )
                    .distinct()
                )
            )
            if len(warehouses) > 1:
                codes = uow.session.scalars(
                    select(Warehouse.code)
                    .where(Warehouse.id.in_(warehouses))
                    .order_by(Warehouse.code)
                ).all()
                raise ValidationError(
                    "The orders ship from {count} warehouses ({warehouses}); a wave is picked in "
                    "one warehouse: make one wave per warehouse",
                    field="order_ids",
                    count=len(codes),
                    warehouses=", ".join(codes),
                )
            return self._wave_in(uow, ids, next(iter(warehouses), None))

        return transaction(self.db, actor, work)

    @requires(Permission.FULFIL)
    def create_wave_by_rule(
        self,
        actor: Actor,
        warehouse_id: int,
        carrier_id: int | None = None,
        single_item_first: bool = True,
        limit: int = 100,
    ) -> WaveResult:
        """A wave of up to `limit` confirmed orders of the warehouse (one carrier's, if given):
        single-item orders (one unit) first, then the oldest."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            raise ValidationError("Enter how many orders the wave takes", field="limit")
        self._check_size(range(limit))

        def work(uow: UnitOfWork) -> WaveResult:
            _warehouse(uow.session, warehouse_id)
            order = [Order.ordered_at, Order.id]
            if single_item_first:
                order.insert(0, case((_units() == 1, 0), else_=1))
            ids = list(
                uow.session.scalars(
                    select(Order.id)
                    .where(*self._candidate_filter(warehouse_id, carrier_id))
                    .order_by(*order)
                    .limit(limit)
                )
            )
            if not ids:
                raise ValidationError(
                    "No confirmed order waits for picking in this warehouse", field="warehouse_id"
                )
            return self._wave_in(uow, ids, warehouse_id)

        return transaction(self.db, actor, work)

    @staticmethod
    def _check_size(ids: Sequence[int]) -> None:
        if not ids:
            raise ValidationError("Choose the orders for the wave", field="order_ids")
        if len(ids) > MAX_WAVE_ORDERS:
            raise ValidationError(
                "A wave takes at most {limit} orders", field="order_ids", limit=MAX_WAVE_ORDERS
            )

    def _wave_in(self, uow: UnitOfWork, ids: list[int], warehouse_id: int | None) -> WaveResult:
        session = uow.session
        rows = {
            r.id: r
            for r in session.execute(
                select(Order.id, Order.order_no, Order.status, Order.warehouse_id).where(
                    Order.id.in_(ids)
                )
            )
        }
        now = utcnow()
        wave = Wave(
            wave_no=daily_number(session, "WV", now),
            warehouse_id=warehouse_id,
            status=WaveStatus.OPEN.value,
            created_by=uow.actor.user_id if uow.actor else None,
        )
        session.add(wave)
        session.flush()
        outcome: dict[int, AppError | None] = {}
        for order_id in sorted(ids):  # one lock order for every workstation
            row = rows.get(order_id)
            try:
                if row is None:
                    raise NotFound("No order with id {order_id}", order_id=order_id)
                with uow.savepoint():
                    if (
                        row.status == OrderStatus.CONFIRMED
                        and warehouse_id is not None
                        and row.warehouse_id != warehouse_id
                    ):
                        raise ConflictError(
                            "Order {order_no} ships from another warehouse than the wave",
                            order_no=row.order_no,
                        )
                    move_in(uow, order_id, OrderAction.PICK, note=wave.wave_no)
                    session.execute(insert(WaveOrder).values(wave_id=wave.id, order_id=order_id))
                outcome[order_id] = None
            except AppError as exc:
                outcome[order_id] = exc
            except IntegrityError:
                outcome[order_id] = ConflictError(
                    "Order {order_no} is in another wave already", order_no=row.order_no
                )
        succeeded = tuple(i for i in ids if outcome[i] is None)
        failed = tuple(
            BatchFailure(i, rows[i].order_no if i in rows else str(i), error)
            for i in ids
            if (error := outcome[i]) is not None
        )
        if not succeeded:
            session.delete(wave)
            session.flush()
            return WaveResult(None, len(ids), succeeded, failed)
        uow.audit(
            "wave.create",
            "wave",
            wave.id,
            {
                "wave_no": [None, wave.wave_no],
                "warehouse_id": [None, warehouse_id],
                "orders": [None, len(succeeded)],
            },
        )
        return WaveResult(_wave_infos(session, [wave.id])[0], len(ids), succeeded, failed)

    @requires(Permission.VIEW_LOGISTICS)
    def list_waves(
        self, actor: Actor, *, include_closed: bool = False, limit: int = 200
    ) -> list[WaveInfo]:
        """The newest waves first."""

        def work(uow: UnitOfWork) -> list[WaveInfo]:
            query = select(Wave.id).order_by(Wave.id.desc()).limit(max(1, min(int(limit), 2000)))
            if not include_closed:
                query = query.where(Wave.status != WaveStatus.CLOSED.value)
            return _wave_infos(uow.session, list(uow.session.scalars(query)))

        return read(self.db, work)

    @requires(Permission.VIEW_LOGISTICS)
    def wave_orders(self, actor: Actor, wave_id: int) -> list[WaveOrderRow]:
        def work(uow: UnitOfWork) -> list[WaveOrderRow]:
            session = uow.session
            _get_wave(session, wave_id)
            rows = session.execute(
                select(Order.id, Order.order_no, Order.status, Order.is_on_hold,
                       Order.recipient_name, _units())
                .join(WaveOrder, WaveOrder.order_id == Order.id)
                .where(WaveOrder.wave_id == wave_id)
                .order_by(Order.order_no)
            ).all()  # fmt: skip
            tracking: dict[int, list[str]] = defaultdict(list)
            for order_id, number in session.execute(
                select(Shipment.order_id, Shipment.tracking_no)
                .join(WaveOrder, WaveOrder.order_id == Shipment.order_id)
                .where(WaveOrder.wave_id == wave_id, Shipment.label_status != LabelStatus.VOIDED)
                .order_by(Shipment.id)
            ):
                tracking[order_id].append(number)
            return [
                WaveOrderRow(oid, no, OrderStatus(status), held, name, int(units or 0),
                             tuple(tracking[oid]))
                for oid, no, status, held, name, units in rows
            ]  # fmt: skip

        return read(self.db, work)

    @requires(Permission.FULFIL)
    def close_wave(self, actor: Actor, wave_id: int) -> WaveInfo:
        """The lead closes a wave; orders still 拣货中 stay so and can still be packed."""

        def work(uow: UnitOfWork) -> WaveInfo:
            session = uow.session
            wave = _get_wave(session, wave_id)
            before = WaveStatus(wave.status)
            if before is WaveStatus.CLOSED:
                raise ConflictError("Wave {wave_no} is closed already", wave_no=wave.wave_no)
            changed = session.execute(
                update(Wave)
                .where(Wave.id == wave_id, Wave.status == before.value)
                .values(status=WaveStatus.CLOSED.value, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if changed.rowcount != 1:
                raise ConflictError("Wave {wave_no} is closed already", wave_no=wave.wave_no)
            session.expire(wave)
            uow.audit("wave.close", "wave", wave_id, {"status": [before.value, "closed"]})
            return _wave_infos(session, [wave_id])[0]

        return transaction(self.db, actor, work)

    @requires(Permission.VIEW_LOGISTICS)
    def pick_list(self, actor: Actor, wave_id: int) -> PickListData:
        """The wave's units still to pick (orders 拣货中), one row per SKU in bin order, with
        the orders each unit goes to."""
        return read(self.db, lambda uow: self._pick_list(uow.session, wave_id))

    @staticmethod
    def _pick_list(session: Session, wave_id: int) -> PickListData:
        wave = _get_wave(session, wave_id)
        warehouse_name = ""
        if wave.warehouse_id is not None:
            warehouse_name = (
                session.scalar(select(Warehouse.name).where(Warehouse.id == wave.warehouse_id))
                or ""
            )
        rows = session.execute(
            select(Order.order_no, OrderLine.product_id, OrderLine.sku, OrderLine.name,
                   OrderLine.qty, Product.name, Product.spec, Product.barcode, BinLocation.code)
            .join(WaveOrder, WaveOrder.order_id == Order.id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .outerjoin(Product, Product.id == OrderLine.product_id)
            .outerjoin(StockLevel, and_(StockLevel.product_id == OrderLine.product_id,
                                        StockLevel.warehouse_id == Order.warehouse_id))
            .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
            .where(WaveOrder.wave_id == wave_id, Order.status == OrderStatus.PICKING)
            .order_by(Order.order_no, OrderLine.line_no)
        ).all()  # fmt: skip
        # product (or SKU) → [bin, sku, name, barcode, {order_no: qty}]
        grouped: dict[Any, list[Any]] = {}
        for order_no, product_id, sku, line_name, qty, name, spec, barcode, bin_code in rows:
            key = product_id if product_id is not None else f"sku:{sku}"
            title = f"{name} {spec}".strip() if name else (line_name or sku)
            entry = grouped.setdefault(
                key, [bin_code or "", sku, title, barcode or "", defaultdict(int)]
            )
            entry[4][order_no] += qty
        if not grouped:
            raise ValidationError(
                "Nothing left to pick in wave {wave_no}", field="wave_id", wave_no=wave.wave_no
            )
        return PickListData(
            wave_no=wave.wave_no,
            warehouse_name=warehouse_name,
            created_at=utcnow(),
            rows=sorted_rows(
                PickRow(bin_code=b, sku=s, name=n, barcode=c, total_qty=sum(per.values()),
                        orders=list(per.items()))
                for b, s, n, c, per in grouped.values()
            ),
        )  # fmt: skip

    @requires(Permission.PRINT_DOCUMENTS)
    def pick_list_pdf(self, actor: Actor, wave_id: int, out: str) -> str:
        """Write the wave's pick list (A4) to `out`; returns the path."""
        if not isinstance(out, str | os.PathLike) or not str(out).strip():
            raise ValidationError("Choose where to save the file", field="out")
        path = Path(out)
        if not path.parent.is_dir():
            raise ValidationError(
                "Folder {folder} does not exist", field="out", folder=str(path.parent)
            )
        data = read(self.db, lambda uow: self._pick_list(uow.session, wave_id))
        render_pick_lists([data], path)
        return str(path)

    # -- labels and shipping --------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def orders_awaiting_labels(self, actor: Actor, limit: int = 500) -> list[str]:
        """Order numbers of orders being picked or packed with no printed label yet, by wave
        (for the batch label print; at most `limit`)."""

        def work(uow: UnitOfWork) -> list[str]:
            printed = exists().where(
                Shipment.order_id == Order.id, Shipment.label_status == LabelStatus.PRINTED
            )
            return list(
                uow.session.scalars(
                    select(Order.order_no)
                    .outerjoin(WaveOrder, WaveOrder.order_id == Order.id)
                    .where(
                        Order.status.in_((OrderStatus.PICKING, OrderStatus.PACKED)),
                        Order.is_on_hold.is_(False),
                        ~printed,
                    )
                    .order_by(WaveOrder.wave_id, Order.order_no)
                    .limit(max(1, min(int(limit), 5000)))
                )
            )

        return read(self.db, work)

    @requires(Permission.VIEW_LOGISTICS)
    def ship_candidates(
        self, actor: Actor, *, warehouse_id: int | None = None, limit: int = 5000
    ) -> list[ShipCandidate]:
        """Packed orders (not held), the oldest packed first, with their parcels."""

        def work(uow: UnitOfWork) -> list[ShipCandidate]:
            session = uow.session
            packed_at = (
                select(func.max(PackRecord.finished_at))
                .where(PackRecord.order_id == Order.id)
                .correlate(Order)
                .scalar_subquery()
            )
            query = (
                select(Order.id, Order.order_no, Order.recipient_name, Order.province,
                       Order.city, Carrier.code, packed_at.label("packed_at"))
                .outerjoin(Carrier, Carrier.id == Order.carrier_id)
                .where(Order.status == OrderStatus.PACKED, Order.is_on_hold.is_(False))
                .order_by(Order.updated_at, Order.id)
                .limit(max(1, min(int(limit), 20_000)))
            )  # fmt: skip
            if warehouse_id is not None:
                query = query.where(Order.warehouse_id == warehouse_id)
            rows = session.execute(query).all()
            parcels: dict[int, list[tuple[str, str]]] = defaultdict(list)
            ids = [r.id for r in rows]
            for start in range(0, len(ids), 500):
                for order_id, number, label in session.execute(
                    select(Shipment.order_id, Shipment.tracking_no, Shipment.label_status)
                    .where(
                        Shipment.order_id.in_(ids[start : start + 500]),
                        Shipment.label_status != LabelStatus.VOIDED,
                    )
                    .order_by(Shipment.id)
                ):
                    parcels[order_id].append((number, label))
            return [
                ShipCandidate(
                    order_id=r.id,
                    order_no=r.order_no,
                    recipient_name=r.recipient_name,
                    province=r.province,
                    city=r.city,
                    carrier_code=r.code or "",
                    tracking_nos=tuple(n for n, _ in parcels[r.id]),
                    labels_printed=bool(parcels[r.id])
                    and all(lb == LabelStatus.PRINTED for _, lb in parcels[r.id]),
                    packed_at=r.packed_at,
                )
                for r in rows
            ]

        return read(self.db, work)

    @requires(Permission.FULFIL)
    def ship(
        self,
        actor: Actor,
        order_ids: Sequence[int],
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> BatchResult:
        """Hand packed orders to the carrier (已发货), each on its own: stock goes out, the
        parcels become shipped. An order shipped meanwhile at another workstation fails with
        who shipped it and when; stock is never deducted twice."""
        ids = clean_ids(order_ids)
        if not ids:
            raise ValidationError("Choose the orders to ship", field="order_ids")
        succeeded: set[int] = set()
        failures: dict[int, AppError] = {}
        stopped = False
        for start in range(0, len(ids), SHIP_CHUNK):
            if cancelled is not None and cancelled():
                stopped = True
                break
            part = sorted(ids[start : start + SHIP_CHUNK])  # one lock order everywhere

            def work(uow: UnitOfWork, part: list[int] = part) -> dict[int, AppError | None]:
                done: dict[int, AppError | None] = {}
                for order_id in part:
                    try:
                        with uow.savepoint():
                            self._ship_one(uow, order_id)
                        done[order_id] = None
                    except AppError as exc:
                        done[order_id] = exc
                    except IntegrityError:
                        done[order_id] = ConflictError(
                            "Order {order_id} could not be saved: it breaks a rule of the database",
                            order_id=order_id,
                        )
                return done

            for order_id, error in transaction(self.db, actor, work).items():
                if error is None:
                    succeeded.add(order_id)
                else:
                    failures[order_id] = error
            if progress is not None:
                progress(min(start + SHIP_CHUNK, len(ids)), len(ids))
        numbers = self._order_numbers(list(failures))
        return BatchResult(
            "ship",
            len(ids),
            tuple(i for i in ids if i in succeeded),
            tuple(BatchFailure(i, numbers.get(i, str(i)), failures[i]) for i in ids
                  if i in failures),
            stopped,
        )  # fmt: skip

    @staticmethod
    def _ship_one(uow: UnitOfWork, order_id: int) -> None:
        session = uow.session
        ref = ship_in(uow, order_id)  # the claim first: a lost race stops here
        parcels = session.execute(
            select(Shipment.id, Shipment.tracking_no, Shipment.label_status)
            .where(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
            .order_by(Shipment.id)
        ).all()
        if not parcels:
            raise ValidationError(
                "Order {order_no} has no parcel: pack it or print its label first",
                field="order_ids",
                order_no=ref.order_no,
            )
        unprinted = [p.tracking_no for p in parcels if p.label_status != LabelStatus.PRINTED]
        if unprinted:
            raise ValidationError(
                "The label of {tracking_no} (order {order_no}) is not printed yet",
                field="order_ids",
                tracking_no=unprinted[0],
                order_no=ref.order_no,
            )
        now = utcnow()
        mine = and_(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
        # Tracking may have arrived before the hand-over: such a parcel keeps its status.
        session.execute(
            update(Shipment)
            .where(mine, Shipment.status == ShipmentStatus.CREATED)
            .values(status=ShipmentStatus.SHIPPED, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(Shipment)
            .where(mine, Shipment.shipped_at.is_(None))
            .values(shipped_at=now)
            .execution_options(synchronize_session=False)
        )
        uow.audit(
            "shipment.hand_over",
            "order",
            order_id,
            {"tracking_nos": [None, ", ".join(p.tracking_no for p in parcels)],
             "shipped_at": [None, now]},
        )  # fmt: skip
        deliver_when_all_delivered(uow, order_id)

    def _order_numbers(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        return read(
            self.db,
            lambda uow: {
                oid: number
                for oid, number in uow.session.execute(
                    select(Order.id, Order.order_no).where(Order.id.in_(ids))
                )
            },
        )

    # -- the pack station -----------------------------------------------------------------------

    @requires(Permission.FULFIL)
    def station_setup(self, actor: Actor) -> StationSetup:
        """What the pack station reads once when it opens."""

        def work(uow: UnitOfWork) -> StationSetup:
            session = uow.session
            return StationSetup(
                weight_check=read_setting(session, "fulfilment.weight_check"),
                weight_tolerance_percent=read_setting(
                    session, "fulfilment.weight_tolerance_percent"
                ),
                label_folder=str(_label_folder(session)),
                label_printer=read_setting(session, "fulfilment.label_printer"),
                stats=_stats(session, actor.user_id, utcnow()),
            )

        return read(self.db, work)

    @requires(Permission.FULFIL)
    def packer_stats(self, actor: Actor) -> PackerStats:
        """Orders the actor packed today and in the last hour."""
        return read(self.db, lambda uow: _stats(uow.session, actor.user_id, utcnow()))

    @requires(Permission.FULFIL)
    def load_for_packing(self, actor: Actor, scanned_code: str) -> PackingJob:
        """The order behind a scanned code, with its lines (one query): an order number (the
        packing slip's barcode), a tracking number of its label, or the shop's order number.
        Only orders being picked (拣货中) and not held can be packed."""
        code = scanned_code.strip() if isinstance(scanned_code, str) else ""
        if not code or len(code) > 64:
            raise ValidationError("Scan an order number", field="scanned_code")
        tracking = select(Shipment.order_id).where(
            Shipment.tracking_no == code.upper(), Shipment.label_status != LabelStatus.VOIDED
        )
        query = (
            select(
                Order.id, Order.order_no, Order.external_no, Order.version, Order.status,
                Order.is_on_hold, Order.hold_reason, Order.recipient_name, Order.province,
                Order.city, Order.buyer_note, Order.seller_note,
                Carrier.code.label("carrier_code"), Carrier.name.label("carrier_name"),
                OrderLine.sku, OrderLine.name.label("line_name"), OrderLine.qty, Product.barcode,
                Product.weight_g, Product.name.label("product_name"), Product.spec,
                BinLocation.code.label("bin"),
            )
            .join(OrderLine, OrderLine.order_id == Order.id)
            .outerjoin(Carrier, Carrier.id == Order.carrier_id)
            .outerjoin(Product, Product.id == OrderLine.product_id)
            .outerjoin(StockLevel, and_(StockLevel.product_id == OrderLine.product_id,
                                        StockLevel.warehouse_id == Order.warehouse_id))
            .outerjoin(BinLocation, BinLocation.id == StockLevel.bin_id)
            .where(or_(Order.order_no == code, Order.external_no == code,
                       Order.id.in_(tracking)))
            .order_by(Order.id, OrderLine.line_no)
        )  # fmt: skip
        rows = read(self.db, lambda uow: uow.session.execute(query).all())
        if not rows:
            raise NotFound(
                "Nothing found for {code}: scan the order number, packing slip or label",
                code=code,
            )
        by_order: dict[int, list[Any]] = defaultdict(list)
        for row in rows:
            by_order[row.id].append(row)
        if len(by_order) > 1:
            exact = [oid for oid, found in by_order.items() if found[0].order_no == code]
            if len(exact) != 1:
                raise ValidationError(
                    "{code} belongs to {count} orders: scan the order number",
                    field="scanned_code",
                    code=code,
                    count=len(by_order),
                )
            by_order = {exact[0]: by_order[exact[0]]}
        found = next(iter(by_order.values()))
        head = found[0]
        status = OrderStatus(head.status)
        if head.is_on_hold:
            raise ConflictError(
                "Order {order_no} is on hold ({reason}); release the hold first",
                order_no=head.order_no,
                reason=head.hold_reason,
            )
        if status is not OrderStatus.PICKING:
            if status is OrderStatus.CONFIRMED:
                raise ConflictError(
                    "Order {order_no} is not in a pick wave yet: put it in a wave first",
                    order_no=head.order_no,
                )
            raise ConflictError(
                "Order {order_no} is {status}: only orders being picked can be packed",
                order_no=head.order_no,
                status=status.value,
            )
        return PackingJob(
            order_id=head.id, order_no=head.order_no, version=head.version,
            recipient_name=head.recipient_name, province=head.province, city=head.city,
            carrier_code=head.carrier_code or "", carrier_name=head.carrier_name or "",
            buyer_note=head.buyer_note, seller_note=head.seller_note,
            lines=tuple(
                PackingLine(
                    sku=r.sku,
                    name=(f"{r.product_name} {r.spec}".strip() if r.product_name
                          else r.line_name or r.sku),
                    barcode=r.barcode or "", qty=r.qty, bin_code=r.bin or "",
                    weight_g=r.weight_g or 0,
                )
                for r in found
            ),
        )  # fmt: skip

    @requires(Permission.FULFIL)
    def complete_packing(
        self,
        actor: Actor,
        order_id: int,
        scans: Sequence[str],
        weight_g: int | None = None,
        *,
        started_at: datetime | None = None,
    ) -> PackResult:
        """Every line scanned: pack the order, make its parcel and label, record the packer
        (see the module docstring). `scans` are the counted scans (`PackingSession.
        scanned_codes`); they are checked again here. `weight_g` is needed when the setting
        `fulfilment.weight_check` is on."""
        check(actor, Permission.PRINT_DOCUMENTS)
        if isinstance(scans, str | bytes) or not isinstance(scans, Sequence):
            raise ValidationError("Expected the list of scans", field="scans")
        if len(scans) > MAX_SCANS or not all(isinstance(s, str) for s in scans):
            raise ValidationError("Expected the list of scans", field="scans")
        if weight_g is not None and (
            isinstance(weight_g, bool) or not isinstance(weight_g, int) or not
            0 < weight_g <= 1_000_000
        ):  # fmt: skip
            raise ValidationError("Enter the weight in grams (1 to 1,000,000)", field="weight_g")
        now = utcnow()
        started = now
        if started_at is not None:
            if not isinstance(started_at, datetime) or started_at.tzinfo is None:
                raise ValidationError("Give the time packing started", field="started_at")
            started = min(started_at, now)
        folder = read(self.db, lambda uow: _label_folder(uow.session))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(
                "The label folder {folder} cannot be used: {reason}",
                field="fulfilment.label_folder",
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from exc

        def work(uow: UnitOfWork) -> tuple[Any, ...]:
            return self._pack_in(uow, order_id, list(scans), weight_g, started)

        order_no, tracking, labels, before, privacy, printer, stats = transaction(
            self.db, actor, work
        )
        path: str | None = None
        problem = ""
        printed_to = ""
        if labels:
            target = folder / f"{order_no}-{labels[0].tracking_no}.pdf"
            try:
                render_labels(labels, target, LabelSize.MM_100x150, mask_phones=privacy)
                path = str(target)
            except (OSError, AppError) as exc:
                log.exception("label of %s not written", order_no)
                problem = str(exc)
            if path and printer:
                problem = send_to_printer(path, printer)
                printed_to = "" if problem else printer
        return PackResult(
            order_id=order_id, order_no=order_no, tracking_nos=tracking, label_path=path,
            label_printed_before=before, printed_to=printed_to, print_error=problem, stats=stats,
        )  # fmt: skip

    def _pack_in(
        self,
        uow: UnitOfWork,
        order_id: int,
        scans: list[str],
        weight_g: int | None,
        started: datetime,
    ) -> tuple[Any, ...]:
        session = uow.session
        assert uow.actor is not None
        ref = move_in(uow, order_id, OrderAction.PACK)  # refuses what cannot be packed, first
        lines = [
            PackingLine(sku=sku, name=name or sku, barcode=barcode or "", qty=qty, bin_code="",
                        weight_g=weight or 0)
            for sku, name, qty, barcode, weight in session.execute(
                select(OrderLine.sku, OrderLine.name, OrderLine.qty, Product.barcode,
                       Product.weight_g)
                .outerjoin(Product, Product.id == OrderLine.product_id)
                .where(OrderLine.order_id == order_id)
                .order_by(OrderLine.line_no)
            )
        ]  # fmt: skip
        _check_scans(ref.order_no, lines, scans)
        if read_setting(session, "fulfilment.weight_check"):
            tolerance = read_setting(session, "fulfilment.weight_tolerance_percent")
            expected = sum(line.qty * line.weight_g for line in lines)
            if weight_g is None:
                raise ValidationError(
                    "Weigh the parcel of order {order_no} and enter its weight",
                    field="weight_g",
                    order_no=ref.order_no,
                )
            if weight_off(expected, weight_g, tolerance):
                raise ValidationError(
                    "The parcel weighs {weight} g; order {order_no} should weigh about "
                    "{expected} g (± {percent} %)",
                    field="weight_g",
                    weight=weight_g,
                    order_no=ref.order_no,
                    expected=expected,
                    percent=tolerance,
                )
        parcels = session.execute(
            select(Shipment.id, Shipment.label_status, Shipment.status, Shipment.weight_g)
            .where(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
            .order_by(Shipment.id)
        ).all()
        if not parcels:
            new_parcel_in(uow, order_id, weight_g=weight_g)
        elif weight_g is not None and len(parcels) == 1 and parcels[0].weight_g != weight_g:
            session.execute(
                update(Shipment)
                .where(Shipment.id == parcels[0].id)
                .values(weight_g=weight_g, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            uow.audit(
                "shipment.weigh", "shipment", parcels[0].id,
                {"weight_g": [parcels[0].weight_g, weight_g]},
            )  # fmt: skip
        parcels = session.execute(
            select(Shipment.id, Shipment.label_status, Shipment.tracking_no)
            .where(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
            .order_by(Shipment.id)
        ).all()
        to_print = [p.id for p in parcels if p.label_status == LabelStatus.CREATED]
        labels: list[LabelData] = []
        if to_print:
            made, errors = label_data_in(session, [(sid, ref.order_no) for sid in to_print])
            if errors:
                raise next(iter(errors.values()))
            labels = [data for _sid, _key, data, _label in made]
            for sid in to_print:
                mark_label_printed_in(uow, sid)
        now = utcnow()
        session.add(
            PackRecord(order_id=order_id, packer_id=uow.actor.user_id, scans=len(scans),
                       weight_g=weight_g, started_at=started, finished_at=now)
        )  # fmt: skip
        uow.audit(
            "order.pack_verified",
            "order",
            order_id,
            {"scans": [None, len(scans)], "weight_g": [None, weight_g],
             "seconds": [None, int((now - started).total_seconds())]},
        )  # fmt: skip
        self._wave_picked(uow, order_id)
        session.flush()
        return (
            ref.order_no,
            tuple(p.tracking_no for p in parcels),
            labels,
            not to_print,
            read_setting(session, "logistics.privacy_labels"),
            read_setting(session, "fulfilment.label_printer"),
            _stats(session, uow.actor.user_id, now),
        )

    @staticmethod
    def _wave_picked(uow: UnitOfWork, order_id: int) -> None:
        """The order's wave becomes picked once none of its orders is still 拣货中."""
        session = uow.session
        wave_id = session.scalar(select(WaveOrder.wave_id).where(WaveOrder.order_id == order_id))
        if wave_id is None:
            return
        left = session.scalar(
            select(func.count(WaveOrder.id))
            .join(Order, Order.id == WaveOrder.order_id)
            .where(WaveOrder.wave_id == wave_id, Order.status == OrderStatus.PICKING)
        )
        if left:
            return
        changed = session.execute(
            update(Wave)
            .where(Wave.id == wave_id, Wave.status == WaveStatus.OPEN.value)
            .values(status=WaveStatus.PICKED.value, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 1:
            uow.audit("wave.picked", "wave", wave_id, {"status": ["open", "picked"]})


__all__ = [
    "FulfilmentService",
    "PackResult",
    "PackerStats",
    "PackingJob",
    "PackingLine",
    "PackingSession",
    "ScanOutcome",
    "ScanResult",
    "ShipCandidate",
    "StationSetup",
    "WaveCandidate",
    "WaveInfo",
    "WaveOrderRow",
    "WaveResult",
    "WaveStatus",
    "deliver_when_all_delivered",
    "normalise_code",
    "weight_off",
]
