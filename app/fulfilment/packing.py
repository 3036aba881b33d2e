"""The pack station: the order behind a scanned code, the scans checked again on the server,
and in one unit of work the order packed (已打包), its parcel and label, and who packed it.

`packing_job` finds the order in one query: the order number (also what the packing slip's
barcode encodes), a label's tracking number, or the shop's external order number. The
station checks every scan in memory (`PackingSession`). `pack_in` packs the order, creates
its parcel if it has none (carrier: the order's, else `logistics.default_carrier`, else the
suggested one; tracking number from the carrier's pool), marks the label printed and records
the packer (PackRecord). The label PDF is written and printed after the commit (the service).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from app.config import data_dir
from app.documents import LabelData
from app.errors import ConflictError, NotFound, StateConflict, ValidationError
from app.fulfilment.model import (
    PRINT_TIMEOUT_S,
    PackerStats,
    PackingJob,
    PackingLine,
    StationSetup,
)
from app.fulfilment.scans import check_scans, weight_off
from app.fulfilment.waves import wave_picked_in
from app.orders import move_in
from app.printing import label_data_in, new_parcel_in
from app.settings import read_setting
from app.shipments import mark_label_printed_in
from app.states import OrderAction, OrderStatus
from app.uow import UnitOfWork
from models import (
    BinLocation,
    Carrier,
    LabelStatus,
    Order,
    OrderLine,
    PackRecord,
    Product,
    Shipment,
    StockLevel,
    utcnow,
)


def station_setup(uow: UnitOfWork, user_id: int) -> StationSetup:
    """What the pack station reads once when it opens."""

    session = uow.session
    return StationSetup(
        weight_check=read_setting(session, "fulfilment.weight_check"),
        weight_tolerance_percent=read_setting(session, "fulfilment.weight_tolerance_percent"),
        label_folder=str(label_folder(session)),
        label_printer=read_setting(session, "fulfilment.label_printer"),
        stats=packer_stats(session, user_id, utcnow()),
    )


def packing_job(uow: UnitOfWork, scanned_code: str) -> PackingJob:
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
    rows = uow.session.execute(query).all()
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
        raise StateConflict(
            "Order {order_no} is {status}: only orders being picked can be packed",
            order_no=head.order_no,
            status=status,
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


def pack_in(
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
    check_scans(ref.order_no, lines, scans)
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
    parcels: Sequence[Any] = session.execute(
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
    wave_picked_in(uow, order_id)
    session.flush()
    return (
        ref.order_no,
        tuple(p.tracking_no for p in parcels),
        labels,
        not to_print,
        read_setting(session, "logistics.privacy_labels"),
        read_setting(session, "fulfilment.label_printer"),
        packer_stats(session, uow.actor.user_id, now),
    )


def _today_start(now: datetime) -> datetime:
    """Midnight of the workstation's day, in UTC."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def packer_stats(session: Session, user_id: int, now: datetime) -> PackerStats:
    hour_ago = now - timedelta(hours=1)
    today, last_hour = session.execute(
        select(
            func.count(PackRecord.id),
            func.coalesce(func.sum(case((PackRecord.finished_at >= hour_ago, 1), else_=0)), 0),
        ).where(PackRecord.packer_id == user_id, PackRecord.finished_at >= _today_start(now))
    ).one()
    return PackerStats(int(today or 0), int(last_hour or 0))


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


def label_folder(session: Session) -> Path:
    configured = read_setting(session, "fulfilment.label_folder")
    return Path(configured).expanduser() if configured else data_dir() / "labels"
