"""Documents for orders, built from the database: shipping labels, invoices, packing slips and
pick lists, as one PDF (or ZPL for labels) per batch.

Batches report per order: a bad order (unknown, cancelled, no carrier rate, a field the
renderer refuses) is listed with its reason and the others are printed. Labels: an order
without a parcel gets one first (its confirmed carrier, else the setting
`logistics.default_carrier`, else the suggested carrier); labels printed before need a reprint
reason; the labels written are marked printed (who and when in the audit log) after the file
is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.documents import (
    InvoiceData,
    InvoiceLine,
    LabelData,
    LabelSheet,
    LabelSize,
    PackingSlipData,
    PackingSlipLine,
    Party,
    PickListData,
    PickRow,
    render_invoices,
    render_labels,
    render_packing_slips,
    render_pick_lists,
    render_zpl,
)
from app.documents.pick_list import sorted_rows
from app.errors import AppError, ConflictError, NotFound, StateConflict, ValidationError
from app.logistics import carrier_by_code, suggest_for_order
from app.permissions import Actor, Permission, check, requires
from app.settings import read_setting
from app.shipments import create_shipment_in, mark_label_printed_in
from app.uow import UnitOfWork, read, transaction
from models import (
    BinLocation,
    Carrier,
    CarrierService,
    LabelStatus,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Shipment,
    StockLevel,
    Warehouse,
    utcnow,
)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

CHUNK = 200  # orders per query or per write transaction
NOT_PRINTABLE = (OrderStatus.CANCELLED,)
NOT_INVOICEABLE = (OrderStatus.CANCELLED, OrderStatus.PENDING_PAYMENT)
LABEL_SIZES = {f"{s.width_mm}x{s.height_mm}": s for s in LabelSize}
LABEL_SHEETS = {s.value: s for s in LabelSheet}


class DocumentKind(StrEnum):
    LABEL = "label"
    INVOICE = "invoice"
    PACKING_SLIP = "packing-slip"
    PICK_LIST = "pick-list"


@dataclass(frozen=True)
class ItemResult:
    key: str  # the order number (or the tracking number for labels chosen by parcel)
    ok: bool
    error: AppError | None = None
    tracking_nos: tuple[str, ...] = ()  # labels: the parcels printed for this item

    @property
    def reason(self) -> str:
        return self.error.message if self.error is not None else ""


@dataclass(frozen=True)
class BatchResult:
    kind: DocumentKind
    path: str | None  # None: nothing was written
    pages: int
    items: tuple[ItemResult, ...]
    cancelled: bool = False

    @property
    def ok_count(self) -> int:
        return sum(1 for i in self.items if i.ok)

    @property
    def failed(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if not i.ok)


@dataclass
class _Items:
    """Per-key outcome while a batch runs: the first error of a key wins."""

    keys: list[str]
    errors: dict[str, AppError] = field(default_factory=dict)
    tracking: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def fail(self, key: str, error: AppError) -> None:
        self.errors.setdefault(key, error)

    def result(self) -> tuple[ItemResult, ...]:
        return tuple(
            ItemResult(k, k not in self.errors, self.errors.get(k), tuple(self.tracking[k]))
            for k in self.keys
        )


CANCELLED = ConflictError("Cancelled before this item was printed")


def _order_nos(order_nos: Sequence[str]) -> list[str]:
    if isinstance(order_nos, str | bytes) or not isinstance(order_nos, Iterable):
        raise TypeError("order_nos must be a list of order numbers")
    seen: dict[str, None] = {}
    for number in order_nos:
        if not isinstance(number, str):
            raise TypeError("order numbers are text")
        if number.strip():
            seen.setdefault(number.strip(), None)
    if not seen:
        raise ValidationError("No order numbers given", field="order_nos")
    return list(seen)


def _out_path(out: str | os.PathLike[str]) -> Path:
    if not isinstance(out, str | os.PathLike) or not str(out).strip():
        raise ValidationError("Choose where to save the file", field="out")
    path = Path(out)
    if not path.parent.is_dir():
        raise ValidationError(
            "Folder {folder} does not exist", field="out", folder=str(path.parent)
        )
    return path


def _sheet(sheet: LabelSheet, zpl: bool) -> LabelSheet:
    try:
        chosen = LabelSheet(sheet)
    except ValueError as exc:
        raise ValidationError("Unknown label paper {sheet}", field="sheet", sheet=sheet) from exc
    if zpl and chosen is not LabelSheet.ROLL:
        raise ValidationError("ZPL labels print on a label roll, not on A4", field="sheet")
    return chosen


def _adapt(progress: ProgressFn | None, total: int) -> Callable[[int], None] | None:
    return None if progress is None else (lambda done: progress(done, total))


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write_text_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


# -- loading orders -----------------------------------------------------------------------------


def _orders_by_no(session: Session, numbers: Sequence[str]) -> dict[str, Order]:
    found: dict[str, Order] = {}
    for chunk in _chunks(numbers):
        for order in session.scalars(select(Order).where(Order.order_no.in_(chunk))):
            found[order.order_no] = order
    return found


def _lines(session: Session, order_ids: Sequence[int]) -> dict[int, list[OrderLine]]:
    lines: dict[int, list[OrderLine]] = defaultdict(list)
    for chunk in _chunks(order_ids):
        for line in session.scalars(
            select(OrderLine)
            .where(OrderLine.order_id.in_(chunk))
            .order_by(OrderLine.order_id, OrderLine.line_no)
        ):
            lines[line.order_id].append(line)
    return lines


def _bins_and_barcodes(
    session: Session, pairs: set[tuple[int, int]]
) -> tuple[dict[tuple[int, int], str], dict[int, str]]:
    """Bin code per (product, warehouse) and barcode per product."""
    bins: dict[tuple[int, int], str] = {}
    barcodes: dict[int, str] = {}
    product_ids = sorted({p for p, _ in pairs})
    for chunk in _chunks(product_ids):
        for product_id, warehouse_id, code in session.execute(
            select(StockLevel.product_id, StockLevel.warehouse_id, BinLocation.code)
            .join(BinLocation, BinLocation.id == StockLevel.bin_id)
            .where(StockLevel.product_id.in_(chunk))
        ):
            if (product_id, warehouse_id) in pairs:
                bins[(product_id, warehouse_id)] = code
        for product_id, barcode in session.execute(
            select(Product.id, Product.barcode).where(Product.id.in_(chunk))
        ):
            barcodes[product_id] = barcode or ""
    return bins, barcodes


def _company(session: Session) -> dict[str, str]:
    return {
        key: read_setting(session, f"company.{key}")
        for key in ("name", "address", "phone", "tax_id")
    }


def _recipient(order: Order) -> Party:
    return Party(
        name=order.recipient_name,
        phone=order.recipient_phone,
        province=order.province,
        city=order.city,
        district=order.district,
        address=order.address,
        postcode=order.postcode,
    )


def _item_summary(lines: Sequence[OrderLine], limit: int = 60) -> str:
    text = "; ".join(f"{line.name or line.sku} ×{line.qty}" for line in lines)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def new_parcel_in(uow: UnitOfWork, order_id: int, *, weight_g: int | None = None) -> int:
    """A parcel for an order that has none: its confirmed carrier, else the setting
    `logistics.default_carrier`, else the suggested carrier; the tracking number from the
    carrier's pool. Returns the shipment id."""
    session = uow.session
    carrier_id: int | None = None
    service_id: int | None = None
    order_carrier = session.scalar(select(Order.carrier_id).where(Order.id == order_id))
    if order_carrier is not None:
        carrier = session.get(Carrier, order_carrier)
        if carrier is not None and carrier.is_active:
            carrier_id = carrier.id
    if carrier_id is None:
        code = read_setting(session, "logistics.default_carrier")
        carrier = carrier_by_code(session, code) if code else None
        if carrier is not None and carrier.is_active:
            carrier_id = carrier.id
    if carrier_id is None:
        suggestion = suggest_for_order(session, order_id)
        carrier_id, service_id = suggestion.carrier_id, suggestion.service_id
    shipment = create_shipment_in(
        uow, order_id, carrier_id, service_id=service_id, weight_g=weight_g
    )
    return shipment.id


def label_data_in(
    session: Session, keys: Sequence[tuple[int, str]]
) -> tuple[list[tuple[int, str, LabelData, LabelStatus]], dict[str, AppError]]:
    """The label of each (shipment id, item key) with its label status before printing, and
    the first error of each key whose label cannot be made."""
    ids = [sid for sid, _ in keys]
    errors: dict[str, AppError] = {}
    company = _company(session)
    rows: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for row in session.execute(
            select(Shipment, Order, Carrier, CarrierService.name, Warehouse.address)
            .join(Order, Order.id == Shipment.order_id)
            .join(Carrier, Carrier.id == Shipment.carrier_id)
            .outerjoin(CarrierService, CarrierService.id == Shipment.service_id)
            .outerjoin(Warehouse, Warehouse.id == Order.warehouse_id)
            .where(Shipment.id.in_(chunk))
        ):
            rows[row[0].id] = row
    order_ids = sorted({row[1].id for row in rows.values()})
    lines = _lines(session, order_ids)
    pieces = dict(
        session.execute(
            select(Shipment.order_id, func.count(Shipment.id))
            .where(
                Shipment.order_id.in_(order_ids or [0]),
                Shipment.label_status != LabelStatus.VOIDED,
            )
            .group_by(Shipment.order_id)
        ).all()
    )
    now = utcnow()
    out: list[tuple[int, str, LabelData, LabelStatus]] = []
    for sid, key in keys:
        found = rows.get(sid)
        if found is None:
            errors.setdefault(key, NotFound("No parcel with id {shipment_id}", shipment_id=sid))
            continue
        shipment, order, carrier, service_name, warehouse_address = found
        try:
            data = LabelData(
                tracking_no=shipment.tracking_no,
                carrier_code=carrier.code,
                carrier_name=carrier.name,
                service_name=service_name or "",
                order_no=order.order_no,
                sender=Party(
                    name=company["name"],
                    phone=company["phone"],
                    address=warehouse_address or company["address"],
                ),
                recipient=_recipient(order),
                printed_at=now,
                item_summary=_item_summary(lines.get(order.id, [])),
                piece_count=max(1, pieces.get(order.id, 1)),
                weight_g=shipment.weight_g or None,
                currency=order.currency,
                note=order.buyer_note,
                # Cash on delivery: the courier collects what is still due.
                cod_amount=(max(order.total - order.paid_amount, Decimal(0))
                            if order.is_cod else None),
            )  # fmt: skip
        except AppError as exc:
            errors.setdefault(key, exc)
            continue
        out.append((sid, key, data, LabelStatus(shipment.label_status)))
    return out, errors


# -- the service --------------------------------------------------------------------------------


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- labels ---------------------------------------------------------------------------------

    @requires(Permission.PRINT_DOCUMENTS)
    def labels(
        self,
        actor: Actor,
        order_nos: Sequence[str],
        out: str,
        *,
        size: LabelSize = LabelSize.MM_100x150,
        sheet: LabelSheet = LabelSheet.ROLL,
        zpl: bool = False,
        reprint_reason: str | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchResult:
        """Shipping labels for orders: one per parcel not yet printed (every parcel that is
        not voided, with `reprint_reason`). Orders without a parcel get one first. `sheet`:
        a label roll, or A4 paper with one or four labels a page (PDF only)."""
        numbers = _order_nos(order_nos)
        path = _out_path(out)
        sheet = _sheet(sheet, zpl)
        items = _Items(numbers)
        shipment_keys = self._parcels_for_orders(actor, numbers, items, reprint_reason)
        return self._print_labels(
            actor, shipment_keys, items, path, size, sheet, zpl, reprint_reason, progress, cancel
        )

    @requires(Permission.PRINT_DOCUMENTS)
    def labels_for_shipments(
        self,
        actor: Actor,
        shipment_ids: Sequence[int],
        out: str,
        *,
        size: LabelSize = LabelSize.MM_100x150,
        sheet: LabelSheet = LabelSheet.ROLL,
        zpl: bool = False,
        reprint_reason: str | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchResult:
        """Labels for chosen parcels (the print queue); items are keyed by tracking number.
        Printed or voided labels need `reprint_reason`."""
        if isinstance(shipment_ids, str | bytes):
            raise TypeError("shipment_ids must be a list of ids")
        ids = list(dict.fromkeys(int(i) for i in shipment_ids))
        if not ids:
            raise ValidationError("No parcels chosen", field="shipment_ids")
        path = _out_path(out)
        sheet = _sheet(sheet, zpl)

        def work(uow: UnitOfWork) -> list[tuple[int, str, str]]:
            rows = {
                sid: (number, label)
                for sid, number, label in uow.session.execute(
                    select(Shipment.id, Shipment.tracking_no, Shipment.label_status).where(
                        Shipment.id.in_(ids)
                    )
                )
            }
            return [(sid, *rows[sid]) if sid in rows else (sid, f"#{sid}", "") for sid in ids]

        found = read(self.db, work)
        items = _Items([number for _, number, _ in found])
        keys: list[tuple[int, str]] = []
        for sid, number, label in found:
            if not label:
                items.fail(number, NotFound("No parcel with id {shipment_id}", shipment_id=sid))
            elif label != LabelStatus.CREATED and not (reprint_reason or "").strip():
                items.fail(
                    number,
                    StateConflict(
                        "The label of {tracking_no} is {label_status} already; reprint it with "
                        "a reason",
                        tracking_no=number,
                        status=LabelStatus(label),
                        label_status=LabelStatus(label),
                    ),
                )
            else:
                keys.append((sid, number))
        return self._print_labels(
            actor, keys, items, path, size, sheet, zpl, reprint_reason, progress, cancel
        )

    def _parcels_for_orders(
        self,
        actor: Actor,
        numbers: list[str],
        items: _Items,
        reprint_reason: str | None,
    ) -> list[tuple[int, str]]:
        """(shipment id, item key) of the labels to print, creating missing parcels."""
        keys: list[tuple[int, str]] = []
        reprint = bool((reprint_reason or "").strip())
        for chunk in _chunks(numbers):

            def work(
                uow: UnitOfWork, chunk: Sequence[str] = chunk
            ) -> tuple[list[tuple[int, str]], dict[str, AppError]]:
                session = uow.session
                orders = _orders_by_no(session, chunk)
                chosen: list[tuple[int, str]] = []
                errors: dict[str, AppError] = {}
                for number in chunk:
                    order = orders.get(number)
                    if order is None:
                        errors[number] = NotFound("No order {order_no}", order_no=number)
                        continue
                    if order.status in NOT_PRINTABLE:
                        errors[number] = ConflictError(
                            "Order {order_no} is cancelled", order_no=number
                        )
                        continue
                    parcels = session.execute(
                        select(Shipment.id, Shipment.label_status)
                        .where(
                            Shipment.order_id == order.id,
                            Shipment.label_status != LabelStatus.VOIDED,
                        )
                        .order_by(Shipment.id)
                    ).all()
                    if not parcels:
                        try:
                            with session.begin_nested():
                                check(actor, Permission.FULFIL)
                                created = new_parcel_in(uow, order.id)
                            chosen.append((created, number))
                        except AppError as exc:
                            errors[number] = exc
                        continue
                    todo = [
                        sid for sid, label in parcels if reprint or label == LabelStatus.CREATED
                    ]
                    if not todo:
                        errors[number] = ConflictError(
                            "The labels of order {order_no} are printed already; reprint them "
                            "with a reason",
                            order_no=number,
                        )
                    chosen.extend((sid, number) for sid in todo)
                return chosen, errors

            chosen, errors = transaction(self.db, actor, work)
            keys.extend(chosen)
            for number, error in errors.items():
                items.fail(number, error)
        return keys

    def _label_data(
        self, keys: list[tuple[int, str]], items: _Items
    ) -> list[tuple[int, str, LabelData, LabelStatus]]:
        labels, errors = read(self.db, lambda uow: label_data_in(uow.session, keys))
        for key, error in errors.items():
            items.fail(key, error)
        return labels

    def _print_labels(
        self,
        actor: Actor,
        keys: list[tuple[int, str]],
        items: _Items,
        path: Path,
        size: LabelSize,
        sheet: LabelSheet,
        zpl: bool,
        reprint_reason: str | None,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> BatchResult:
        size = LabelSize(size)
        labels = self._label_data(keys, items)
        # An order prints whole or not at all: drop the other parcels of a failed order.
        labels = [entry for entry in labels if entry[1] not in items.errors]
        privacy = read(self.db, lambda uow: read_setting(uow.session, "logistics.privacy_labels"))
        if not labels:
            return BatchResult(DocumentKind.LABEL, None, 0, items.result())
        if zpl:
            _write_text_atomic(
                path, render_zpl([d for _, _, d, _ in labels], size, mask_phones=privacy)
            )
            pages = written = len(labels)
            if progress is not None:
                progress(pages, pages)
        else:
            written = render_labels(
                (d for _, _, d, _ in labels),
                path,
                size,
                sheet=sheet,
                mask_phones=privacy,
                progress=_adapt(progress, len(labels)),
                cancel=cancel,
            )
            pages = sheet.pages_for(written)
        printed, skipped = labels[:written], labels[written:]
        for _, key, _, _ in skipped:
            items.fail(key, CANCELLED)

        def work(uow: UnitOfWork) -> dict[str, AppError]:
            errors: dict[str, AppError] = {}
            for sid, key, _, label in printed:
                reason = None if label is LabelStatus.CREATED else reprint_reason
                try:
                    with uow.session.begin_nested():
                        mark_label_printed_in(uow, sid, reason)
                except AppError as exc:
                    errors.setdefault(key, exc)
            return errors

        for key, error in transaction(self.db, actor, work).items():
            items.fail(key, error)
        for _, key, data, _ in printed:
            items.tracking[key].append(data.tracking_no)
        return BatchResult(
            DocumentKind.LABEL, str(path) if pages else None, pages, items.result(), bool(skipped)
        )

    # -- invoices, packing slips, pick lists ---------------------------------------------------

    def _load_orders(
        self, numbers: list[str], items: _Items, refused: Sequence[OrderStatus]
    ) -> tuple[list[Order], dict[int, list[OrderLine]], dict[str, Any]]:
        """The printable orders (others failed in `items`), their lines, and context."""

        def work(uow: UnitOfWork) -> tuple[list[Order], dict[int, list[OrderLine]], dict[str, Any]]:
            session = uow.session
            found = _orders_by_no(session, numbers)
            orders: list[Order] = []
            for number in numbers:
                order = found.get(number)
                if order is None:
                    items.fail(number, NotFound("No order {order_no}", order_no=number))
                elif order.status in refused:
                    items.fail(
                        number,
                        StateConflict(
                            "Order {order_no} is {status}: no document for it",
                            order_no=number,
                            status=OrderStatus(order.status),
                        ),
                    )
                else:
                    orders.append(order)
            lines = _lines(session, [o.id for o in orders])
            pairs = {
                (line.product_id, o.warehouse_id)
                for o in orders
                if o.warehouse_id is not None
                for line in lines.get(o.id, [])
                if line.product_id is not None
            }
            bins, barcodes = _bins_and_barcodes(session, pairs)
            tracking: dict[int, str] = {}
            for chunk in _chunks([o.id for o in orders]):
                for order_id, number in session.execute(
                    select(Shipment.order_id, Shipment.tracking_no)
                    .where(
                        Shipment.order_id.in_(chunk), Shipment.label_status != LabelStatus.VOIDED
                    )
                    .order_by(Shipment.id)
                ):
                    tracking[order_id] = number  # the newest parcel
            warehouses = {
                w.id: w.name
                for w in session.scalars(
                    select(Warehouse).where(
                        Warehouse.id.in_({o.warehouse_id for o in orders if o.warehouse_id} or {0})
                    )
                )
            }
            context = {
                "company": _company(session),
                "tax_percent": read_setting(session, "invoice.tax_rate_percent"),
                "bins": bins,
                "barcodes": barcodes,
                "tracking": tracking,
                "warehouses": warehouses,
            }
            return orders, lines, context

        return read(self.db, work)

    def _render(
        self,
        kind: DocumentKind,
        docs: list[tuple[tuple[str, ...], Any]],
        items: _Items,
        path: Path,
        render: Callable[..., int],
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> BatchResult:
        if not docs:
            return BatchResult(kind, None, 0, items.result())
        done: list[int] = []

        def counted(done_docs: int) -> None:
            done.append(done_docs)
            if progress is not None:
                progress(done_docs, len(docs))

        pages = render((d for _, d in docs), path, progress=counted, cancel=cancel)
        # The renderer reports finished documents last; a cancelled batch kept the first ones.
        finished = done[-1] if done else 0
        for keys, _ in docs[finished:]:
            for key in keys:
                items.fail(key, CANCELLED)
        cancelled = finished < len(docs)
        return BatchResult(kind, str(path) if pages else None, pages, items.result(), cancelled)

    @requires(Permission.PRINT_DOCUMENTS)
    def invoices(
        self,
        actor: Actor,
        order_nos: Sequence[str],
        out: str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchResult:
        """Invoices (销售单): prices include tax (they are what the buyer paid) at the
        `invoice.tax_rate_percent` setting; the order's shipping fee and discount."""
        numbers = _order_nos(order_nos)
        path = _out_path(out)
        items = _Items(numbers)
        orders, lines, ctx = self._load_orders(numbers, items, NOT_INVOICEABLE)
        rate = Decimal(ctx["tax_percent"]) / 100
        company = ctx["company"]
        docs: list[tuple[tuple[str, ...], Any]] = []
        today = datetime.now().date()  # the local date is printed
        for order in orders:
            try:
                docs.append(
                    (
                        (order.order_no,),
                        InvoiceData(
                            invoice_no=f"INV-{order.order_no}",
                            order_no=order.order_no,
                            issue_date=today,
                            seller=Party(
                                name=company["name"],
                                phone=company["phone"],
                                address=company["address"],
                            ),
                            buyer=_recipient(order),
                            seller_tax_id=company["tax_id"],
                            lines=[
                                InvoiceLine(
                                    sku=line.sku,
                                    name=line.name or line.sku,
                                    qty=line.qty,
                                    unit_price=line.unit_price,
                                    discount=line.discount,
                                    tax_rate=rate,
                                )
                                for line in lines.get(order.id, [])
                            ],
                            currency=order.currency,
                            shipping_fee=order.shipping_fee,
                            discount=order.discount,
                            prices_include_tax=True,
                            note=order.buyer_note,
                        ),
                    )
                )
            except AppError as exc:
                items.fail(order.order_no, exc)
        return self._render(
            DocumentKind.INVOICE, docs, items, path, render_invoices, progress, cancel
        )

    @requires(Permission.PRINT_DOCUMENTS)
    def packing_slips(
        self,
        actor: Actor,
        order_nos: Sequence[str],
        out: str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchResult:
        numbers = _order_nos(order_nos)
        path = _out_path(out)
        items = _Items(numbers)
        orders, lines, ctx = self._load_orders(numbers, items, NOT_PRINTABLE)
        docs: list[tuple[tuple[str, ...], Any]] = []
        for order in orders:
            try:
                slip = PackingSlipData(
                    order_no=order.order_no,
                    recipient=_recipient(order),
                    lines=[
                        PackingSlipLine(
                            sku=line.sku,
                            name=line.name or line.sku,
                            qty=line.qty,
                            bin=ctx["bins"].get((line.product_id, order.warehouse_id), ""),
                        )
                        for line in lines.get(order.id, [])
                    ],
                    buyer_note=order.buyer_note,
                    shop_name=ctx["company"]["name"],
                    tracking_no=ctx["tracking"].get(order.id, ""),
                )
            except AppError as exc:
                items.fail(order.order_no, exc)
                continue
            docs.append(((order.order_no,), slip))
        return self._render(
            DocumentKind.PACKING_SLIP, docs, items, path, render_packing_slips, progress, cancel
        )

    @requires(Permission.PRINT_DOCUMENTS)
    def pick_list(
        self,
        actor: Actor,
        order_nos: Sequence[str],
        out: str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchResult:
        """One pick list per warehouse for the orders: one row per SKU, sorted by bin code,
        with the orders each unit goes to."""
        numbers = _order_nos(order_nos)
        path = _out_path(out)
        items = _Items(numbers)
        orders, lines, ctx = self._load_orders(numbers, items, NOT_PRINTABLE)
        # warehouse → (product or SKU) → [bin, sku, name, barcode, {order_no: qty}]
        grouped: dict[int, dict[Any, list[Any]]] = defaultdict(dict)
        included: dict[int, list[str]] = defaultdict(list)
        for order in orders:
            if order.warehouse_id is None:
                items.fail(
                    order.order_no,
                    ConflictError(
                        "Order {order_no} has no warehouse yet; confirm it first",
                        order_no=order.order_no,
                    ),
                )
                continue
            if not lines.get(order.id):
                items.fail(
                    order.order_no,
                    ValidationError("Order {order_no} has no lines", order_no=order.order_no),
                )
                continue
            included[order.warehouse_id].append(order.order_no)
            for line in lines[order.id]:
                key = line.product_id if line.product_id is not None else f"sku:{line.sku}"
                entry = grouped[order.warehouse_id].setdefault(
                    key,
                    [
                        ctx["bins"].get((line.product_id, order.warehouse_id), ""),
                        line.sku,
                        line.name or line.sku,
                        ctx["barcodes"].get(line.product_id, "") if line.product_id else "",
                        defaultdict(int),
                    ],
                )
                entry[4][order.order_no] += line.qty
        now = utcnow()
        stamp = now.astimezone().strftime("%Y%m%d%H%M")
        docs: list[tuple[tuple[str, ...], Any]] = []
        for warehouse_id, entries in sorted(grouped.items()):
            rows = sorted_rows(
                PickRow(
                    bin_code=bin_code,
                    sku=sku,
                    name=name,
                    barcode=barcode,
                    total_qty=sum(per_order.values()),
                    orders=list(per_order.items()),
                )
                for bin_code, sku, name, barcode, per_order in entries.values()
            )
            pick = PickListData(
                wave_no=f"PL{stamp}-{warehouse_id}",
                warehouse_name=ctx["warehouses"].get(warehouse_id, ""),
                created_at=now,
                rows=rows,
            )
            docs.append((tuple(included[warehouse_id]), pick))
        return self._render(
            DocumentKind.PICK_LIST, docs, items, path, render_pick_lists, progress, cancel
        )


__all__ = [
    "LABEL_SHEETS",
    "LABEL_SIZES",
    "BatchResult",
    "DocumentKind",
    "DocumentService",
    "ItemResult",
    "LabelSheet",
    "LabelSize",
]
