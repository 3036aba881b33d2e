"""Exports: orders to a workbook with the columns the user picks (the Orders tab's filters),
and the shipping back-fill file each platform takes for its bulk tracking upload.

Both stream (a page of orders at a time) and write through app/importing/export.py, which
escapes every text cell a spreadsheet would run as a formula and keeps numbers numbers.
Phones and addresses are masked for roles without personal-data access, as on screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.errors import ValidationError
from app.importing.export import SHIPPING_FORMATS, ShippingRecord, write_shipping_file, write_xlsx
from app.order_queries import OrderFilter, filter_conditions
from app.permissions import Actor, Permission, requires
from app.pii import mask_address, mask_phone, sees_pii
from app.uow import UnitOfWork, read, transaction
from models import (
    Carrier,
    LabelStatus,
    Order,
    OrderLine,
    OrderStatus,
    Shipment,
    Warehouse,
)

PAGE = 1000
ProgressSink = Callable[[int, int], None]
CancelToken = Callable[[], bool]

# Column key -> English header (the UI passes its translated headers).
ORDER_COLUMNS: dict[str, str] = {
    "order_no": "Order no",
    "channel": "Channel",
    "external_no": "Platform order no",
    "status": "Status",
    "is_on_hold": "On hold",
    "hold_reason": "Hold reason",
    "recipient_name": "Recipient",
    "recipient_phone": "Phone",
    "province": "Province",
    "city": "City",
    "district": "District",
    "address": "Address",
    "postcode": "Postcode",
    "buyer_note": "Buyer note",
    "seller_note": "Seller note",
    "items": "Items",
    "quantity": "Quantity",
    "currency": "Currency",
    "goods_amount": "Goods",
    "shipping_fee": "Shipping fee",
    "discount": "Discount",
    "total": "Total",
    "paid_amount": "Paid",
    "warehouse": "Warehouse",
    "carrier": "Carrier",
    "tracking_no": "Tracking no",
    "ordered_at": "Ordered at",
    "paid_at": "Paid at",
}
DEFAULT_ORDER_COLUMNS = (
    "order_no", "channel", "external_no", "status", "recipient_name", "recipient_phone",
    "province", "city", "address", "items", "total", "paid_amount", "ordered_at",
)  # fmt: skip
_PII_COLUMNS = frozenset({"recipient_phone", "address", "district", "postcode"})
_SHIPPED = (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED)


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    cancelled: bool = False


def _target(path: str | Path, suffixes: Sequence[str]) -> Path:
    target = Path(path) if isinstance(path, str | Path) else None
    if target is None or target.suffix.lower() not in suffixes:
        raise ValidationError(
            "Save as a {suffixes} file", field="path", suffixes=" / ".join(suffixes)
        )
    if not target.parent.is_dir():
        raise ValidationError("Folder {folder} not found", field="path", folder=str(target.parent))
    return target


def _columns(columns: Sequence[str] | None) -> list[str]:
    chosen = list(columns) if columns else list(DEFAULT_ORDER_COLUMNS)
    unknown = [c for c in chosen if c not in ORDER_COLUMNS]
    if unknown or isinstance(columns, str):
        raise ValidationError(
            "Unknown export column(s): {columns}", field="columns", columns=", ".join(unknown)
        )
    return chosen


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.EXPORT_DATA)
    def export_orders(
        self,
        actor: Actor,
        out_path: str | Path,
        *,
        columns: Sequence[str] | None = None,
        flt: OrderFilter | None = None,
        headers: Mapping[str, str] | None = None,
        status_labels: Mapping[str, str] | None = None,
        progress: ProgressSink | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        """The orders the filter finds (all without one), oldest first, one row each, with
        the chosen columns (`ORDER_COLUMNS` keys) to an .xlsx workbook."""
        target = _target(out_path, (".xlsx",))
        chosen = _columns(columns)
        flt = flt or OrderFilter()
        if not isinstance(flt, OrderFilter):
            raise ValidationError("Expected an order filter", field="filter")
        full = sees_pii(actor)
        titles = [(headers or {}).get(c, ORDER_COLUMNS[c]) for c in chosen]
        where = filter_conditions(self.db.dialect, flt, masked=not full)
        query = select(Order.id).where(*where).order_by(Order.id)
        ids: list[int] = read(self.db, lambda uow: list(uow.session.scalars(query)))
        state = {"stopped": False}

        def rows() -> Iterator[list[Any]]:
            for start in range(0, len(ids), PAGE):
                if cancel is not None and cancel():
                    state["stopped"] = True
                    return
                part = ids[start : start + PAGE]
                page = partial(
                    _order_rows, ids=part, columns=chosen, full=full, status_labels=status_labels
                )
                yield from read(self.db, page)
                if progress is not None:
                    progress(min(start + PAGE, len(ids)), len(ids))

        count = write_xlsx(target, titles, rows(), sheet_title="Orders")
        if state["stopped"]:
            target.unlink(missing_ok=True)
            return ExportResult(str(target), 0, cancelled=True)
        transaction(
            self.db, actor,
            lambda uow: uow.audit("export.orders", "order", "*",
                                  {"rows": [None, count], "columns": [None, chosen],
                                   "filter": [None, flt.to_json()], "file": [None, target.name],
                                   "pii": [None, full]}),
        )  # fmt: skip
        return ExportResult(str(target), count)

    @requires(Permission.EXPORT_DATA)
    def export_shipping(
        self,
        actor: Actor,
        out_path: str | Path,
        platform: str,
        *,
        channel: str | None = None,
        shipped_from: datetime | None = None,
        shipped_to: datetime | None = None,
        encoding: str | None = None,
    ) -> ExportResult:
        """Tracking numbers of shipped orders in the file `platform` takes for its bulk
        shipping upload (`SHIPPING_FORMATS`; Amazon: the shipping confirmation TSV). One
        record per parcel; voided labels and orders without a platform number are left out.
        `channel`: whose orders (default: the platform's own; "kuaidan": every channel)."""
        if platform not in SHIPPING_FORMATS:
            raise ValidationError(
                "No shipping file format for {platform}; choose one of {formats}",
                field="platform", platform=platform, formats=", ".join(SHIPPING_FORMATS),
            )  # fmt: skip
        target = _target(out_path, (".txt", ".tsv") if platform == "amazon" else (".csv",))
        if channel is None and platform != "kuaidan":
            channel = platform

        def work(uow: UnitOfWork) -> list[ShippingRecord]:
            query = (
                select(Order.external_no, Carrier.name, Carrier.code, Shipment.tracking_no,
                       Shipment.shipped_at)
                .join(Order, Order.id == Shipment.order_id)
                .join(Carrier, Carrier.id == Shipment.carrier_id)
                .where(Order.status.in_(_SHIPPED), Order.external_no.is_not(None),
                       Shipment.label_status != LabelStatus.VOIDED, Shipment.tracking_no != "")
                .order_by(Shipment.shipped_at, Shipment.id)
            )  # fmt: skip
            if channel:
                query = query.where(Order.channel == channel)
            if shipped_from is not None:
                query = query.where(Shipment.shipped_at >= shipped_from)
            if shipped_to is not None:
                query = query.where(Shipment.shipped_at < shipped_to)
            return [
                ShippingRecord(external_no=no or "", carrier_name=name, tracking_no=tracking,
                               carrier_code=code, shipped_at=when)
                for no, name, code, tracking, when in uow.session.execute(query)
            ]  # fmt: skip

        records = read(self.db, work)
        count = write_shipping_file(target, platform, records, encoding=encoding)
        transaction(
            self.db, actor,
            lambda uow: uow.audit("export.shipping", "shipment", "*",
                                  {"platform": [None, platform], "channel": [None, channel],
                                   "rows": [None, count], "file": [None, target.name]}),
        )  # fmt: skip
        return ExportResult(str(target), count)


def _order_rows(
    uow: UnitOfWork,
    ids: Sequence[int],
    columns: Sequence[str],
    full: bool,
    status_labels: Mapping[str, str] | None,
) -> list[list[Any]]:
    session = uow.session
    orders = {
        row.id: row
        for row in session.execute(
            select(*Order.__table__.c, Warehouse.code.label("warehouse_code"),
                   Carrier.name.label("carrier_name"))
            .outerjoin(Warehouse, Warehouse.id == Order.warehouse_id)
            .outerjoin(Carrier, Carrier.id == Order.carrier_id)
            .where(Order.id.in_(ids))
        )
    }  # fmt: skip
    items: dict[int, list[str]] = defaultdict(list)
    quantity: dict[int, int] = defaultdict(int)
    if "items" in columns or "quantity" in columns:
        for order_id, sku, name, qty in session.execute(
            select(OrderLine.order_id, OrderLine.sku, OrderLine.name, OrderLine.qty)
            .where(OrderLine.order_id.in_(ids))
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ):
            items[order_id].append(f"{sku or name} ×{qty}")
            quantity[order_id] += qty
    tracking: dict[int, list[str]] = defaultdict(list)
    if "tracking_no" in columns:
        for order_id, number in session.execute(
            select(Shipment.order_id, Shipment.tracking_no)
            .where(Shipment.order_id.in_(ids), Shipment.label_status != LabelStatus.VOIDED)
            .order_by(Shipment.id)
        ):
            tracking[order_id].append(number)
    out = []
    for order_id in ids:
        o = orders.get(order_id)
        if o is None:
            continue  # deleted meanwhile
        values: dict[str, Any] = {
            "order_no": o.order_no, "channel": o.channel, "external_no": o.external_no or "",
            "status": (status_labels or {}).get(str(o.status), str(o.status)),
            "is_on_hold": o.is_on_hold, "hold_reason": o.hold_reason,
            "recipient_name": o.recipient_name, "recipient_phone": o.recipient_phone,
            "province": o.province, "city": o.city, "district": o.district,
            "address": o.address, "postcode": o.postcode, "buyer_note": o.buyer_note,
            "seller_note": o.seller_note, "items": "; ".join(items.get(order_id, ())),
            "quantity": quantity.get(order_id, 0), "currency": o.currency,
            "goods_amount": o.goods_amount, "shipping_fee": o.shipping_fee,
            "discount": o.discount, "total": o.total, "paid_amount": o.paid_amount,
            "warehouse": o.warehouse_code or "", "carrier": o.carrier_name or "",
            "tracking_no": ", ".join(tracking.get(order_id, ())),
            "ordered_at": o.ordered_at, "paid_at": o.paid_at,
        }  # fmt: skip
        if not full:
            values["recipient_phone"] = mask_phone(o.recipient_phone)
            values["address"] = mask_address(o.address)
            values["district"] = values["postcode"] = ""
        out.append([values[c] for c in columns])
    return out
