"""Tracking events: import from a carrier's file (xlsx or CSV), manual entry, the timeline of a
parcel, and the parcel status that follows from its newest event.

Carrier files differ in layout and language, so columns are found by their header (运单号 /
快递单号 / tracking no, 时间 / time, 地点 / location, 状态 / status, 描述 / description,
optionally 快递公司 / carrier), and the carrier's own status words are normalised to
`TrackingStatus`. Importing the same file twice adds nothing: an event is unique per
(parcel, time, status). Rows that cannot be used are reported with their row number as the
spreadsheet shows it, and the rest is imported.

A parcel's status follows its newest event (picked up / in transit / out for delivery → in
transit, delivered, returned, lost, address problem or other exception → exception). When a
parcel becomes delivered, `on_delivered` is called inside the same unit of work.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database, rows_changed
from app.errors import AppError, ConflictError, NotFound, ValidationError
from app.fulfilment import deliver_when_all_delivered
from app.permissions import Actor, Permission, requires
from app.uow import UnitOfWork, read, transaction
from models import (
    Carrier,
    CarrierService,
    LabelStatus,
    Order,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    utcnow,
)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

CHUNK_ROWS = 500
MAX_FILE_BYTES = 200 * 1024 * 1024
HEADER_SEARCH_ROWS = 20
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


class TrackingStatus(StrEnum):
    PICKED_UP = "picked_up"  # 揽收
    IN_TRANSIT = "in_transit"  # 运输中
    OUT_FOR_DELIVERY = "out_for_delivery"  # 派送中
    DELIVERED = "delivered"  # 签收
    RETURNED = "returned"  # 退回
    LOST = "lost"  # 丢失
    ADDRESS_PROBLEM = "address_problem"  # 地址异常
    EXCEPTION = "exception"  # 其他异常 (滞留, 问题件)
    DAMAGED = "damaged"  # 破损


SHIPMENT_STATUS_OF: dict[TrackingStatus, ShipmentStatus] = {
    TrackingStatus.PICKED_UP: ShipmentStatus.IN_TRANSIT,
    TrackingStatus.IN_TRANSIT: ShipmentStatus.IN_TRANSIT,
    TrackingStatus.OUT_FOR_DELIVERY: ShipmentStatus.IN_TRANSIT,
    TrackingStatus.DELIVERED: ShipmentStatus.DELIVERED,
    TrackingStatus.RETURNED: ShipmentStatus.RETURNED,
    TrackingStatus.LOST: ShipmentStatus.LOST,
    TrackingStatus.ADDRESS_PROBLEM: ShipmentStatus.EXCEPTION,
    TrackingStatus.EXCEPTION: ShipmentStatus.EXCEPTION,
    TrackingStatus.DAMAGED: ShipmentStatus.EXCEPTION,
}

# Checked in this order: "拒收退回" is a return, "派送异常" an exception, "已签收" a delivery.
_STATUS_WORDS: tuple[tuple[TrackingStatus, tuple[str, ...]], ...] = (
    (TrackingStatus.LOST, ("丢失", "遗失", "丢件", "lost", "missing")),
    (
        TrackingStatus.RETURNED,
        ("退回", "退件", "拒收", "返回寄件", "退签", "return", "rts", "refused"),
    ),
    (
        TrackingStatus.ADDRESS_PROBLEM,
        (
            "地址异常",
            "地址错误",
            "地址不详",
            "地址有误",
            "地址不全",
            "查无此人",
            "address",
        ),
    ),
    (TrackingStatus.DAMAGED, ("破损", "损坏", "破包", "damaged", "broken")),
    (
        TrackingStatus.EXCEPTION,
        ("异常", "问题件", "滞留", "延误", "exception", "problem", "delay"),
    ),
    (
        TrackingStatus.DELIVERED,
        ("签收", "妥投", "已送达", "已取件", "代收", "deliveredto", "delivered"),
    ),
    (
        TrackingStatus.OUT_FOR_DELIVERY,
        ("派送", "派件", "投递中", "待派", "outfordelivery", "ondelivery"),
    ),
    (TrackingStatus.PICKED_UP, ("揽收", "揽件", "已收寄", "已收件", "取件", "pickedup", "pickup")),
    (
        TrackingStatus.IN_TRANSIT,
        (
            "运输",
            "在途",
            "中转",
            "到达",
            "发往",
            "离开",
            "转运",
            "发出",
            "到件",
            "发件",
            "intransit",
            "transit",
            "arrived",
            "departed",
            "shipped",
        ),
    ),
)


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch not in " _-:：()（）/\\.\t")


def normalise_status(*texts: str) -> TrackingStatus | None:
    """The first text (status, then description) that names a known status decides it."""
    for text in texts:
        compact = _compact(text or "")
        if not compact:
            continue
        if text.strip().lower() in TrackingStatus.__members__.values():
            return TrackingStatus(text.strip().lower())
        for status, words in _STATUS_WORDS:
            if any(word in compact for word in words):
                return status
    return None


# -- reading carrier files ----------------------------------------------------------------------

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "tracking_no": (
        "运单号", "快递单号", "物流单号", "运单编号", "快递单号码", "面单号", "单号", "邮件号",
        "trackingno", "trackingnumber", "tracking", "waybill", "waybillno", "awb", "mailno",
    ),
    "time": (
        "时间", "操作时间", "扫描时间", "发生时间", "更新时间", "轨迹时间", "日期时间", "日期",
        "time", "datetime", "timestamp", "eventtime", "scantime", "date",
    ),
    "location": (
        "地点", "所在地", "位置", "网点", "所在城市", "城市", "操作网点", "location", "place",
        "city", "site",
    ),
    "status": ("状态", "物流状态", "快件状态", "轨迹状态", "事件", "status", "state", "event"),
    "description": (
        "描述", "详情", "物流详情", "轨迹描述", "轨迹", "内容", "物流信息", "说明", "备注",
        "description", "details", "detail", "remark", "message", "info",
    ),
    "carrier": (
        "快递公司", "物流公司", "承运商", "快递", "carrier", "courier", "carriercode",
    ),
}  # fmt: skip
_ALIAS_LOOKUP = {
    _compact(alias): field for field, aliases in HEADER_ALIASES.items() for alias in aliases
}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps long numbers as floats: 7.7e11 → "770000000000"
    return str(value).strip()


def read_rows(path: Path) -> list[list[Any]]:
    """Every row of the file's first sheet (or the CSV), cells as the reader gives them."""
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        from python_calamine import CalamineWorkbook

        try:
            workbook = CalamineWorkbook.from_path(str(path))
            sheet = workbook.get_sheet_by_index(0)
            return [list(row) for row in sheet.to_python(skip_empty_area=False)]
        except Exception as exc:  # calamine raises its own error types for broken files
            raise ValidationError(
                "Cannot read {file}: {reason}", field="path", file=path.name, reason=str(exc)
            ) from exc
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise ValidationError("Cannot read {file}: unknown text encoding", file=path.name)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


@dataclass(frozen=True)
class Columns:
    header_row: int  # index into the rows
    index: dict[str, int]  # field → column


def find_header(rows: Sequence[Sequence[Any]]) -> Columns:
    for row_index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        index: dict[str, int] = {}
        for col, cell in enumerate(row):
            field = _ALIAS_LOOKUP.get(_compact(_cell_text(cell)))
            if field is not None and field not in index:
                index[field] = col
        if "tracking_no" in index and "time" in index:
            if "status" not in index and "description" not in index:
                raise ValidationError("The file has no status or description column", field="path")
            return Columns(row_index, index)
    raise ValidationError(
        "No header with a tracking-number column (运单号 / tracking no) and a time column "
        "(时间 / time) in the first {rows} rows",
        field="path",
        rows=HEADER_SEARCH_ROWS,
    )


_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y%m%d%H%M%S",
    "%Y%m%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
)
_EXCEL_EPOCH = datetime(1899, 12, 30)


def parse_time(value: Any) -> datetime:
    """A carrier's time as an aware UTC datetime (whole seconds). Times without a zone are the
    workstation's local time, as the carrier's staff wrote them."""
    moment: datetime | None = None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 < value < 80_000:  # an Excel serial day number
            moment = _EXCEL_EPOCH + timedelta(days=float(value))
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        for old, new in (("年", "-"), ("月", "-"), ("日", " "), ("/", "-"), ("T", " ")):
            text = text.replace(old, new)
        text = " ".join(text.split())
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            for fmt in _TIME_FORMATS:
                try:
                    moment = datetime.strptime(text, fmt)  # naive = local time, see above
                    break
                except ValueError:
                    continue
    if moment is None:
        raise ValidationError("Cannot read the time {value}", field="time", value=str(value))
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the workstation's zone
    return moment.astimezone(UTC).replace(microsecond=0)


# -- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    row_no: int  # as the spreadsheet shows it (the header is row 1 if it is the first row)
    tracking_no: str
    error: AppError

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class TrackingImportResult:
    file_name: str
    total_rows: int
    added: int
    duplicates: int  # already recorded: skipped
    problems: tuple[RowProblem, ...]
    shipments_updated: int  # parcels whose status changed
    delivered: int  # parcels that became delivered
    cancelled: bool

    @property
    def failed(self) -> int:
        return len(self.problems)


@dataclass(frozen=True)
class TrackingEventInfo:
    id: int
    ts: datetime
    status: str
    location: str
    description: str
    recorded_at: datetime


@dataclass(frozen=True)
class Timeline:
    shipment_id: int
    order_no: str
    carrier_code: str
    carrier_name: str
    service_name: str
    tracking_no: str
    tracking_url: str  # the carrier's page for this number, or ""
    status: ShipmentStatus
    label_status: LabelStatus
    print_count: int
    void_reason: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    events: tuple[TrackingEventInfo, ...]  # oldest first


# -- status of a parcel from its events ----------------------------------------------------------


def on_delivered(uow: UnitOfWork, shipment_id: int, order_id: int, delivered_at: datetime) -> None:
    """Hook: the parcel `shipment_id` of order `order_id` was just delivered.

    Called once per parcel, inside the unit of work that recorded the delivery: the audit
    entry, and the order moves to 已签收 once every parcel of it that is not voided is
    delivered (a system move through the order transition; an order not yet shipped stays).
    """
    uow.audit(
        "shipment.delivered",
        "shipment",
        shipment_id,
        {"order_id": [None, order_id], "delivered_at": [None, delivered_at]},
    )
    deliver_when_all_delivered(uow, order_id)


def refresh_statuses(uow: UnitOfWork, shipment_ids: Sequence[int]) -> tuple[int, int]:
    """Set each parcel's status from its newest event; returns (changed, became delivered)."""
    session = uow.session
    ids = sorted(set(shipment_ids))
    if not ids:
        return 0, 0
    newest: dict[int, tuple[datetime, str]] = {}
    for sid, ts, status in session.execute(
        select(TrackingEvent.shipment_id, TrackingEvent.ts, TrackingEvent.status)
        .where(TrackingEvent.shipment_id.in_(ids))
        .order_by(TrackingEvent.shipment_id, TrackingEvent.ts, TrackingEvent.id)
    ):
        newest[sid] = (ts, status)
    changed = delivered = 0
    for shipment in session.scalars(select(Shipment).where(Shipment.id.in_(ids))):
        if shipment.id not in newest or shipment.label_status == LabelStatus.VOIDED:
            continue
        ts, raw = newest[shipment.id]
        try:
            target = SHIPMENT_STATUS_OF[TrackingStatus(raw)]
        except ValueError:
            continue  # a status written by an older version: leave the parcel as it is
        before = ShipmentStatus(shipment.status)
        delivered_at = ts if target is ShipmentStatus.DELIVERED else None
        if before is target and shipment.delivered_at == delivered_at:
            continue
        result = session.execute(
            update(Shipment)
            .where(Shipment.id == shipment.id, Shipment.status == before)
            .values(status=target, delivered_at=delivered_at)
            .execution_options(synchronize_session=False)
        )
        if rows_changed(result) != 1:
            continue  # changed by another workstation just now; its own refresh decides
        changed += 1
        uow.audit(
            "shipment.status",
            "shipment",
            shipment.id,
            {"status": [before.value, target.value]},
        )
        if target is ShipmentStatus.DELIVERED and before is not ShipmentStatus.DELIVERED:
            delivered += 1
            on_delivered(uow, shipment.id, shipment.order_id, ts)
        if target is ShipmentStatus.RETURNED and before is not ShipmentStatus.RETURNED:
            from app.payments.cod import refused_in  # a refused COD parcel: a return case

            refused_in(uow, shipment.order_id)
    return changed, delivered


# -- importing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    row_no: int
    tracking_no: str
    carrier: str
    ts: datetime
    status: TrackingStatus
    location: str
    description: str


def _records(
    rows: list[list[Any]], columns: Columns
) -> tuple[list[_Record], list[RowProblem], int]:
    """Parse the data rows; returns (records, problems, data row count)."""

    def cell(row: Sequence[Any], field: str) -> Any:
        col = columns.index.get(field)
        return row[col] if col is not None and col < len(row) else None

    records: list[_Record] = []
    problems: list[RowProblem] = []
    total = 0
    latest = utcnow() + timedelta(days=1)  # carriers' clocks and zones differ a little
    for offset, row in enumerate(rows[columns.header_row + 1 :]):
        if not any(_cell_text(v) for v in row):
            continue
        total += 1
        row_no = columns.header_row + offset + 2
        number = _cell_text(cell(row, "tracking_no")).upper().replace(" ", "")
        if not number:
            problems.append(
                RowProblem(row_no, "", ValidationError("No tracking number", field="tracking_no"))
            )
            continue
        try:
            ts = parse_time(cell(row, "time"))
            if ts > latest:
                raise ValidationError(
                    "The time {value} is in the future", field="time", value=str(cell(row, "time"))
                )
        except ValidationError as exc:
            problems.append(RowProblem(row_no, number, exc))
            continue
        status_text = _cell_text(cell(row, "status"))
        description = _cell_text(cell(row, "description"))
        status = normalise_status(status_text, description)
        if status is None:
            problems.append(
                RowProblem(
                    row_no,
                    number,
                    ValidationError(
                        "Unknown tracking status {value}",
                        field="status",
                        value=status_text or description,
                    ),
                )
            )
            continue
        records.append(
            _Record(
                row_no=row_no,
                tracking_no=number,
                carrier=_cell_text(cell(row, "carrier")),
                ts=ts,
                status=status,
                location=_cell_text(cell(row, "location"))[:128],
                description=description,
            )
        )
    return records, problems, total


@dataclass(frozen=True)
class _ChunkResult:
    added: int
    duplicates: int
    problems: tuple[RowProblem, ...]
    changed: int
    delivered: int


def _carrier_names(session: Session) -> dict[str, int]:
    names: dict[str, int] = {}
    for cid, code, name in session.execute(select(Carrier.id, Carrier.code, Carrier.name)):
        names[_compact(code)] = cid
        names[_compact(name)] = cid
    return names


def _import_chunk(
    uow: UnitOfWork, records: Sequence[_Record], carrier_id: int | None
) -> _ChunkResult:
    session = uow.session
    carriers = _carrier_names(session)
    numbers = sorted({r.tracking_no for r in records})
    query = select(
        Shipment.id, Shipment.tracking_no, Shipment.carrier_id, Shipment.label_status
    ).where(Shipment.tracking_no.in_(numbers))
    if carrier_id is not None:
        query = query.where(Shipment.carrier_id == carrier_id)
    by_number: dict[str, list[tuple[int, int, LabelStatus]]] = {}
    for sid, number, cid, label in session.execute(query):
        by_number.setdefault(number, []).append((sid, cid, label))
    shipment_ids = [sid for matches in by_number.values() for sid, _, _ in matches]
    seen = {
        (sid, ts, status)
        for sid, ts, status in session.execute(
            select(TrackingEvent.shipment_id, TrackingEvent.ts, TrackingEvent.status).where(
                TrackingEvent.shipment_id.in_(shipment_ids or [0])
            )
        )
    }
    problems: list[RowProblem] = []
    added = duplicates = 0
    touched: set[int] = set()
    for record in records:
        matches = by_number.get(record.tracking_no, [])
        if record.carrier and len(matches) > 1:
            wanted = carriers.get(_compact(record.carrier))
            matches = [m for m in matches if m[1] == wanted]
        if not matches:
            problems.append(
                RowProblem(
                    record.row_no,
                    record.tracking_no,
                    NotFound(
                        "Unknown tracking number {tracking_no}", tracking_no=record.tracking_no
                    ),
                )
            )
            continue
        if len(matches) > 1:
            problems.append(
                RowProblem(
                    record.row_no,
                    record.tracking_no,
                    ValidationError(
                        "Tracking number {tracking_no} belongs to several carriers; import the "
                        "file for one carrier",
                        field="tracking_no",
                        tracking_no=record.tracking_no,
                    ),
                )
            )
            continue
        sid, _, label = matches[0]
        if label == LabelStatus.VOIDED:
            problems.append(
                RowProblem(
                    record.row_no,
                    record.tracking_no,
                    ConflictError(
                        "The label of {tracking_no} was voided", tracking_no=record.tracking_no
                    ),
                )
            )
            continue
        key = (sid, record.ts, record.status.value)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        session.add(
            TrackingEvent(
                shipment_id=sid,
                ts=record.ts,
                status=record.status.value,
                location=record.location,
                description=record.description,
                recorded_at=utcnow(),
            )
        )
        added += 1
        touched.add(sid)
    session.flush()
    changed, delivered = refresh_statuses(uow, sorted(touched))
    if added:
        uow.audit(
            "tracking.import",
            "shipment",
            "batch",
            {"events": [None, added], "shipments": [None, len(touched)]},
        )
    return _ChunkResult(added, duplicates, tuple(problems), changed, delivered)


def _event_info(e: TrackingEvent) -> TrackingEventInfo:
    return TrackingEventInfo(e.id, e.ts, e.status, e.location, e.description, e.recorded_at)


class TrackingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.UPDATE_TRACKING)
    def import_tracking(
        self,
        actor: Actor,
        path: str,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        *,
        carrier_id: int | None = None,
    ) -> TrackingImportResult:
        """Import a carrier's tracking file (xlsx/xls/ods/CSV); see the module docstring.

        Works in chunks of rows, each its own transaction: a cancelled or failed import keeps
        the chunks done, and importing the file again completes it without duplicates.
        `progress(done_rows, total_rows)` is called after each chunk; `carrier_id` limits the
        matching to one carrier's parcels.
        """
        if not isinstance(path, str | Path):
            raise TypeError("path must be a file path")
        file = Path(path)
        if not file.is_file():
            raise ValidationError("File not found: {path}", field="path", path=str(path))
        if file.suffix.lower() not in TABLE_SUFFIXES + TEXT_SUFFIXES:
            raise ValidationError(
                "Unsupported file type {suffix}: use xlsx, xls or csv",
                field="path",
                suffix=file.suffix or "?",
            )
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                "{file} is larger than {size} MB", field="path", file=file.name, size=200
            )
        if carrier_id is not None:
            read(self.db, lambda uow: _require_carrier(uow.session, carrier_id))
        rows = read_rows(file)
        columns = find_header(rows)
        records, problems, total = _records(rows, columns)
        added = duplicates = changed = delivered = 0
        done_rows = total - len(records)
        cancelled = False
        for start in range(0, len(records), CHUNK_ROWS):
            if cancel is not None and cancel():
                cancelled = True
                break
            chunk = records[start : start + CHUNK_ROWS]

            def work(uow: UnitOfWork, chunk: Sequence[_Record] = chunk) -> _ChunkResult:
                return _import_chunk(uow, chunk, carrier_id)

            try:
                result = transaction(self.db, actor, work)
            except IntegrityError:
                # Another workstation imported the same events at the same moment: the second
                # run sees them and skips them.
                result = transaction(self.db, actor, work)
            added += result.added
            duplicates += result.duplicates
            changed += result.changed
            delivered += result.delivered
            problems.extend(result.problems)
            done_rows += len(chunk)
            if progress is not None:
                progress(done_rows, total)
        if progress is not None and not cancelled and not records:
            progress(total, total)
        problems.sort(key=lambda p: p.row_no)
        return TrackingImportResult(
            file_name=file.name,
            total_rows=total,
            added=added,
            duplicates=duplicates,
            problems=tuple(problems),
            shipments_updated=changed,
            delivered=delivered,
            cancelled=cancelled,
        )

    @requires(Permission.UPDATE_TRACKING)
    def add_event(
        self,
        actor: Actor,
        shipment_id: int,
        ts: datetime,
        status: str,
        location: str = "",
        description: str = "",
    ) -> TrackingEventInfo:
        """Record one event typed in by hand (e.g. from the carrier's phone line)."""
        if not isinstance(ts, datetime) or ts.tzinfo is None:
            raise ValidationError("Give the time of the event", field="ts")
        if ts > utcnow() + timedelta(days=1):
            raise ValidationError("The event's time is in the future", field="ts")
        normalised = normalise_status(str(status), str(description))
        if normalised is None:
            raise ValidationError(
                "Unknown tracking status {value}", field="status", value=str(status)
            )
        moment = ts.astimezone(UTC).replace(microsecond=0)
        place = str(location).strip()[:128]
        text = str(description).strip()

        def work(uow: UnitOfWork) -> TrackingEventInfo:
            session = uow.session
            shipment = session.get(Shipment, shipment_id)
            if shipment is None:
                raise NotFound("No parcel with id {shipment_id}", shipment_id=shipment_id)
            if shipment.label_status == LabelStatus.VOIDED:
                raise ConflictError(
                    "The label of {tracking_no} was voided", tracking_no=shipment.tracking_no
                )
            exists = session.scalar(
                select(TrackingEvent.id).where(
                    TrackingEvent.shipment_id == shipment_id,
                    TrackingEvent.ts == moment,
                    TrackingEvent.status == normalised.value,
                )
            )
            if exists is not None:
                raise ConflictError("This event is recorded already")
            event = TrackingEvent(
                shipment_id=shipment_id,
                ts=moment,
                status=normalised.value,
                location=place,
                description=text,
                recorded_at=utcnow(),
            )
            session.add(event)
            session.flush()
            uow.audit(
                "tracking.add_event",
                "shipment",
                shipment_id,
                {"event": [None, {"ts": moment, "status": normalised.value, "location": place}]},
            )
            refresh_statuses(uow, [shipment_id])
            return _event_info(event)

        try:
            return transaction(self.db, actor, work)
        except IntegrityError as exc:
            raise ConflictError("This event is recorded already") from exc

    @requires(Permission.VIEW_LOGISTICS)
    def timeline(self, actor: Actor, shipment_id: int) -> Timeline:
        def work(uow: UnitOfWork) -> Timeline:
            session = uow.session
            row = session.execute(
                select(Shipment, Order.order_no, Carrier, CarrierService.name)
                .join(Order, Order.id == Shipment.order_id)
                .join(Carrier, Carrier.id == Shipment.carrier_id)
                .outerjoin(CarrierService, CarrierService.id == Shipment.service_id)
                .where(Shipment.id == shipment_id)
            ).first()
            if row is None:
                raise NotFound("No parcel with id {shipment_id}", shipment_id=shipment_id)
            shipment, order_no, carrier, service_name = row
            events = session.scalars(
                select(TrackingEvent)
                .where(TrackingEvent.shipment_id == shipment_id)
                .order_by(TrackingEvent.ts, TrackingEvent.id)
            )
            url = carrier.tracking_url
            return Timeline(
                shipment_id=shipment.id,
                order_no=order_no,
                carrier_code=carrier.code,
                carrier_name=carrier.name,
                service_name=service_name or "",
                tracking_no=shipment.tracking_no,
                tracking_url=url.replace("{tracking_no}", shipment.tracking_no) if url else "",
                status=ShipmentStatus(shipment.status),
                label_status=LabelStatus(shipment.label_status),
                print_count=shipment.print_count,
                void_reason=shipment.void_reason,
                shipped_at=shipment.shipped_at,
                delivered_at=shipment.delivered_at,
                events=tuple(_event_info(e) for e in events),
            )

        return read(self.db, work)


def _require_carrier(session: Session, carrier_id: int) -> None:
    if session.get(Carrier, carrier_id) is None:
        raise NotFound("No carrier with id {carrier_id}", carrier_id=carrier_id)
