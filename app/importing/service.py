"""The order import as user actions: recognise a file, dry-run it, import it in chunks with
progress and cancel, resume an interrupted import, hand back the bad rows as a workbook, keep
column mappings per channel, and map unknown platform SKUs to our products.

    result = services.importing.run(actor, "orders.xlsx", progress=bar, cancel=token)
    result.orders_created, result.duplicates_skipped, result.rows_failed  # RowError list

Idempotent and resumable: (channel, platform order no) is unique, so importing a file again
creates nothing new; every committed chunk moves the batch's `checkpoint_row` in the same
transaction, so after a crash or kill the next import of the same file (same SHA-256, format
and channel) continues the batch after that row. Parsing happens outside the write
transactions: a chunk holds the database's write lock only while it is written.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update

from app.background import GiveWay
from app.db import Database, rows_changed
from app.errors import AppError, NotFound, ValidationError
from app.importing.errors import (
    FormatNotRecognised,
    ImportCancelled,
    ImportFileError,
    MappingError,
    SecondFileRequired,
)
from app.importing.export import write_import_template, write_sheets
from app.importing.formats import (
    PRESETS,
    Candidate,
    mapping_for,
    norm_header,
    preset_from_mapping,
)
from app.importing.normalise import CellError, clean_code
from app.importing.parse import (
    ParsedOrder,
    RowError,
    detect_format,
    parse_file,
    preview_file,
)
from app.importing.pipeline import ChunkSource, ParseHead, open_chunks
from app.importing.readers import open_rows
from app.importing.writer import ChunkOutcome, ChunkWriter, decode_error, store_chunk
from app.orders import auto_approve_intake
from app.permissions import Actor, Permission, requires
from app.review_rules import EVALUATED_STATES, apply_rules
from app.sku_mapping import line_key
from app.uow import UnitOfWork, read, transaction
from models import (
    ImportBatch,
    ImportProfile,
    ImportRowError,
    ImportStatus,
    Order,
    OrderLine,
    Product,
    SkuMapping,
    utcnow,
)

CHUNK_ORDERS = 5000
# Orders auto-approved (and confirmed) per transaction after a chunk on a server.
INTAKE_STEP = 25
ProgressSink = Callable[[int, int], None]
CancelToken = Callable[[], bool]
Describe = Callable[[RowError], str]
_RESUMABLE = (ImportStatus.RUNNING, ImportStatus.FAILED)


# -- plain data out ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FormatInfo:
    name: str
    label: str
    channel: str
    second_file: str  # label of the items file the format needs, "" when none


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    channel: str
    mapping: dict[str, Any]


@dataclass(frozen=True)
class ImportPreview:
    """What the import dialog shows before anything is read in full."""

    path: str
    format: str  # "" when the layout was not recognised: map the columns by hand
    format_label: str
    confidence: float
    candidates: tuple[Candidate, ...]
    channel: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[str, Any]  # our field -> their header(s), as used
    rows: tuple[dict[str, Any], ...]  # the first data rows, {their header: raw cell}
    second_file_label: str  # the format needs this second file ("" when it does not)
    problem: AppError | None = None  # why the file cannot be imported as it is
    profiles: tuple[ProfileInfo, ...] = ()  # saved mappings for the channel, newest first
    applied_profile: str = ""  # an unknown layout read with this saved mapping


@dataclass(frozen=True)
class ImportResult:
    """One import (or dry run). Counts are of this run; a resumed batch's row also holds
    what the interrupted run wrote before it."""

    batch_id: int | None  # None for a dry run
    dry_run: bool
    path: str
    second_file: str
    file_name: str
    format: str
    format_label: str
    channel: str
    header_row: int
    key_headers: tuple[str, ...]  # their header(s) of the platform order number
    rows_read: int
    orders_created: int  # a dry run: orders that would be created
    lines_created: int
    duplicates_skipped: int  # orders already in the database
    rows_failed: tuple[RowError, ...]
    orders_held: int = 0  # by the review rules on intake, or for want of items
    # Orders with no items at all (an order-level report): the open ones are held until the
    # items file is imported.
    orders_without_items: int = 0
    history_orders: int = 0  # imported as shipped/delivered/completed (stock untouched)
    unknown_skus: tuple[str, ...] = ()  # platform SKUs not in the catalogue (held orders)
    cancelled: bool = False
    resumed_from_row: int = 0  # > 0: continued an interrupted import after this row
    previous_batch_id: int | None = None  # the same file was imported completely before
    seconds: float = 0.0
    paused_s: float = 0.0  # given way to other workstations on a busy server (app.background)

    def to_json(self) -> dict[str, Any]:
        """The command line's `--json` object."""
        return {
            "orders_created": self.orders_created,
            "lines_created": self.lines_created,
            "duplicates_skipped": self.duplicates_skipped,
            "rows_failed": [
                {"row": e.row, "column": e.column, "code": e.code, "message": e.message}
                | ({"file": e.file} if e.file else {})
                for e in self.rows_failed
            ],
            "batch_id": self.batch_id,
        }


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    format: str
    channel: str
    status: ImportStatus
    total_rows: int
    orders_created: int
    lines_created: int
    duplicates_skipped: int
    rows_failed: int
    checkpoint_row: int
    started_at: Any
    finished_at: Any


@dataclass(frozen=True)
class UnknownSku:
    channel: str
    platform_sku: str
    name: str  # a product name seen with it
    orders: int  # open orders with a line of it


@dataclass(frozen=True)
class SkuMappingInfo:
    id: int
    channel: str
    platform_sku: str
    product_id: int
    sku: str
    name: str


@dataclass(frozen=True)
class SkuLinkResult:
    orders_linked: int  # orders whose lines now name a product
    orders_released: int  # of them, holds the rules lifted


# -- helpers ----------------------------------------------------------------------------------


def _file(path: str | Path | None, what: str = "file") -> Path:
    if not isinstance(path, str | Path) or not str(path).strip():
        raise ValidationError("Choose the {what} to import", field=what, what=what)
    found = Path(path)
    if not found.is_file():
        raise ValidationError("File {path} not found", field=what, path=str(found))
    return found


def _xlsx_target(path: str | Path) -> Path:
    target = Path(path) if isinstance(path, str | Path) else None
    if target is None or target.suffix.lower() != ".xlsx":
        raise ValidationError("Save as an .xlsx workbook", field="path")
    if not target.parent.is_dir():
        raise ValidationError("Folder {folder} not found", field="path", folder=str(target.parent))
    return target


def file_sha256(path: Path, second_file: Path | None = None) -> str:
    """The file's SHA-256 (of both files' digests for a two-file export)."""
    with path.open("rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    if second_file is None:
        return digest
    with second_file.open("rb") as fh:
        other = hashlib.file_digest(fh, "sha256").hexdigest()
    return hashlib.sha256(f"{digest}:{other}".encode()).hexdigest()


def _channel(value: str) -> str:
    channel = (value or "").strip()
    if not channel or len(channel) > 32:
        raise ValidationError("A channel name has 1 to 32 characters", field="channel")
    return channel


def _mapping(mapping: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if mapping is None:
        return None
    if not isinstance(mapping, Mapping):
        raise ValidationError("Expected a column mapping", field="mapping")
    return dict(mapping)


def _fits(mapping: Mapping[str, Any], headers: Sequence[str]) -> bool:
    """Every column the mapping names is in the file."""
    present = {norm_header(h) for h in headers}
    named = [
        header
        for field, value in mapping.items()
        if not field.startswith("_")
        for header in ([value] if isinstance(value, str) else value)
    ]
    return bool(named) and all(norm_header(h) in present for h in named)


def _key_headers(mapping: Mapping[str, Any]) -> tuple[str, ...]:
    value = mapping.get("external_no")
    if isinstance(value, str):
        return (value,)
    return tuple(value or ())


def _user_id(actor: Actor) -> int | None:
    return actor.user_id or None  # the command line's built-in operator is no user row


def _sorted_errors(errors: list[RowError]) -> tuple[RowError, ...]:
    return tuple(sorted(errors, key=lambda e: (e.file != "", e.file, e.row)))


@contextmanager
def _collect_per_chunk() -> Iterator[None]:
    """No automatic garbage collection while a file is read and written; the loops collect
    the young generation after each chunk instead. The automatic passes walked every parsed
    order again and again: 18 % of a 100,000-row import (1.9 s of 13 s)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def describe_error(error: RowError) -> str:
    return f"{error.column}: {error.message}" if error.column else error.message


# -- the service ------------------------------------------------------------------------------


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # None: big files are parsed in a second process (see pipeline); tests pin it.
        self.parse_in_process: bool | None = None

    # recognising ------------------------------------------------------------------------------

    @requires(Permission.IMPORT_ORDERS)
    def formats(self, actor: Actor) -> list[FormatInfo]:
        """The formats a user may choose (auto-detection picks among them)."""
        return [
            FormatInfo(
                p.name, p.label, p.channel, PRESETS[p.companion].label if p.companion else ""
            )
            for p in PRESETS.values()
            if p.standalone and not p.hidden
        ]

    @requires(Permission.IMPORT_ORDERS)
    def preview(
        self,
        actor: Actor,
        path: str | Path,
        *,
        format: str = "auto",
        mapping: Mapping[str, Any] | None = None,
        second_file: str | Path | None = None,
        channel: str | None = None,
        rows: int = 20,
    ) -> ImportPreview:
        """Recognise the file and show its first rows; a layout nobody knows comes back with
        its headers and the problem, so that the user can map the columns by hand."""
        source = _file(path)
        second = _file(second_file, "second_file") if second_file else None
        wanted = _mapping(mapping)
        rows = max(1, min(int(rows), 200))
        try:
            with parse_file(
                source, format=format, mapping=wanted, second_file=second, channel=channel
            ) as parsed:
                shown = parsed.preview(rows)
                companion = PRESETS.get(parsed.format)
                info = ImportPreview(
                    str(source), parsed.format, parsed.format_label, parsed.confidence,
                    parsed.candidates, parsed.channel, parsed.header_row, parsed.headers,
                    parsed.mapping, tuple(shown),
                    PRESETS[companion.companion].label if companion and companion.companion
                    else "",
                )  # fmt: skip
        except SecondFileRequired as exc:
            found = preview_file(source, rows)
            best = found.detection.best
            preset = PRESETS[best.format] if best else None
            info = ImportPreview(
                str(source), preset.name if preset else "", preset.label if preset else "",
                best.confidence if best else 0.0, found.detection.candidates,
                channel or (preset.channel if preset else ""), found.detection.header_row,
                found.detection.headers,
                mapping_for(preset, found.detection.headers) if preset else {},
                found.rows, PRESETS[preset.companion].label if preset else "", exc,
            )  # fmt: skip
        except (FormatNotRecognised, MappingError) as exc:
            found = preview_file(source, rows)
            info = ImportPreview(
                str(source), "", "", 0.0, found.detection.candidates, channel or "",
                found.detection.header_row, found.detection.headers, wanted or {}, found.rows,
                "", exc,
            )  # fmt: skip
        # A recognised format offers its channel's saved mappings; an unknown layout offers
        # them all, and takes the newest one whose columns are all in this file.
        profiles = tuple(self._profiles(info.channel or None))
        if not info.format and wanted is None:
            fits = next((p for p in profiles if _fits(p.mapping, info.headers)), None)
            if fits is not None:
                applied = self.preview(
                    actor, source, mapping=fits.mapping, second_file=second,
                    channel=channel or fits.channel, rows=rows,
                )  # fmt: skip
                return ImportPreview(**{**applied.__dict__, "applied_profile": fits.name})
        return ImportPreview(**{**info.__dict__, "profiles": profiles})

    # running ----------------------------------------------------------------------------------

    @requires(Permission.IMPORT_ORDERS)
    def dry_run(
        self,
        actor: Actor,
        path: str | Path,
        *,
        format: str = "auto",
        mapping: Mapping[str, Any] | None = None,
        second_file: str | Path | None = None,
        channel: str | None = None,
        progress: ProgressSink | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Everything the import checks, writing nothing: every bad row with its reason, and
        how many orders would be created or are in the database already."""
        return self._execute(
            actor, path, format, mapping, second_file, channel, progress, cancel, dry_run=True
        )

    @requires(Permission.IMPORT_ORDERS)
    def run(
        self,
        actor: Actor,
        path: str | Path,
        *,
        format: str = "auto",
        mapping: Mapping[str, Any] | None = None,
        second_file: str | Path | None = None,
        channel: str | None = None,
        progress: ProgressSink | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Import the good orders in chunks (each order with its lines in one transaction);
        report the bad rows. Raises ImportFileError when the file cannot be read at all."""
        return self._execute(
            actor, path, format, mapping, second_file, channel, progress, cancel, dry_run=False
        )

    def _execute(
        self,
        actor: Actor,
        path: str | Path,
        fmt: str,
        mapping: Mapping[str, Any] | None,
        second_file: str | Path | None,
        channel: str | None,
        progress: ProgressSink | None,
        cancel: CancelToken | None,
        *,
        dry_run: bool,
    ) -> ImportResult:
        started = time.perf_counter()
        source = _file(path)
        second = _file(second_file, "second_file") if second_file else None
        sha = "" if dry_run else file_sha256(source, second)
        with _collect_per_chunk(), open_chunks(
            source, format=fmt, mapping=_mapping(mapping), second_file=second,
            channel=channel or None, progress=progress, cancel=cancel,
            in_process=self.parse_in_process,
        ) as parsed:  # fmt: skip
            used = _channel(parsed.head.channel)
            if dry_run:
                return self._dry(parsed, source, second, used, cancel, started)
            return self._import(actor, parsed, source, second, used, sha, cancel, started)

    def _result(
        self,
        parsed: ParseHead,
        source: Path,
        second: Path | None,
        channel: str,
        total: ChunkOutcome,
        errors: list[RowError],
        started: float,
        **extra: Any,
    ) -> ImportResult:
        return ImportResult(
            path=str(source), second_file=str(second or ""), file_name=source.name,
            format=parsed.format, format_label=parsed.format_label, channel=channel,
            header_row=parsed.header_row, key_headers=_key_headers(parsed.mapping),
            rows_read=parsed.stats.rows, orders_created=len(total.created),
            lines_created=total.lines, duplicates_skipped=total.duplicates,
            rows_failed=_sorted_errors(errors), orders_held=total.held,
            history_orders=total.history, unknown_skus=tuple(sorted(total.unknown_skus)),
            orders_without_items=total.no_items,
            seconds=time.perf_counter() - started, **extra,
        )  # fmt: skip

    def _dry(
        self,
        parsed: ChunkSource,
        source: Path,
        second: Path | None,
        channel: str,
        cancel: CancelToken | None,
        started: float,
    ) -> ImportResult:
        writer = ChunkWriter(batch_id=0, channel=channel, user_id=None, file_name=source.name)
        total = ChunkOutcome()
        errors: list[RowError] = []
        would_create = 0
        cancelled = False
        try:
            for orders, row_errors, _checkpoint in parsed.chunks(CHUNK_ORDERS):
                if cancel is not None and cancel():
                    raise ImportCancelled("Import cancelled.")
                prepared, outcome = read(self.db, partial(_plan, writer=writer, orders=orders))
                would_create += len(prepared)
                total.add(outcome)
                errors += row_errors + outcome.failed
                gc.collect(0)
        except ImportCancelled:
            cancelled = True
        total.created = [0] * would_create
        return self._result(
            parsed.head, source, second, channel, total, errors, started, batch_id=None,
            dry_run=True,
            cancelled=cancelled,
        )  # fmt: skip

    def _import(
        self,
        actor: Actor,
        parsed: ChunkSource,
        source: Path,
        second: Path | None,
        channel: str,
        sha: str,
        cancel: CancelToken | None,
        started: float,
    ) -> ImportResult:
        head = parsed.head
        batch_id, resume_after, previous = self._open_batch(actor, head, source, channel, sha)
        writer = ChunkWriter(
            batch_id=batch_id,
            channel=channel,
            user_id=_user_id(actor),
            file_name=source.name,
            defer_intake=self.db.dialect != "sqlite",
        )
        total = ChunkOutcome()
        errors: list[RowError] = []
        status = ImportStatus.COMPLETED
        give_way = GiveWay(self.db, cancel=cancel)
        try:
            chunks = parsed.chunks(CHUNK_ORDERS, resume_after=resume_after)
            with self.db.bulk_writes():
                for orders, row_errors, checkpoint in chunks:
                    if cancel is not None and cancel():
                        raise ImportCancelled("Import cancelled.")
                    writing = time.perf_counter()
                    outcome = self._commit(actor, writer, orders, row_errors, checkpoint)
                    give_way.after(time.perf_counter() - writing)
                    total.add(outcome)
                    errors += row_errors + outcome.failed
                    # The chunk's cycles (see _collect_per_chunk); its orders freed first,
                    # else the collection walks all of them (a fifth of a second an import).
                    del orders, outcome
                    gc.collect(0)
        except ImportCancelled:
            status = ImportStatus.CANCELLED
        except Exception:
            # A crash of ours (or the database gone): resumable on the next import.
            self._close_batch(actor, batch_id, ImportStatus.FAILED, head.stats.rows, quiet=True)
            raise
        self._close_batch(actor, batch_id, status, head.stats.rows)
        return self._result(
            head, source, second, channel, total, errors, started, batch_id=batch_id,
            dry_run=False, cancelled=status == ImportStatus.CANCELLED,
            resumed_from_row=resume_after, previous_batch_id=previous, paused_s=give_way.paused_s,
        )  # fmt: skip

    def _open_batch(
        self, actor: Actor, parsed: ParseHead, source: Path, channel: str, sha: str
    ) -> tuple[int, int, int | None]:
        """(batch id, row to resume after, an earlier completed batch of the same file)."""

        def work(uow: UnitOfWork) -> tuple[int, int, int | None]:
            session = uow.session
            same_file = (ImportBatch.file_sha256 == sha, ImportBatch.channel == channel)
            previous = session.scalar(
                select(ImportBatch.id)
                .where(*same_file, ImportBatch.status == ImportStatus.COMPLETED)
                .order_by(ImportBatch.id.desc())
                .limit(1)
            )
            interrupted = session.execute(
                select(ImportBatch.id, ImportBatch.checkpoint_row)
                .where(
                    *same_file,
                    ImportBatch.format == parsed.format[:32],
                    ImportBatch.status.in_(_RESUMABLE),
                )
                .order_by(ImportBatch.id.desc())
                .limit(1)
                .with_for_update()
            ).first()
            if interrupted is not None:
                batch_id, checkpoint = interrupted
                session.execute(
                    update(ImportBatch)
                    .where(ImportBatch.id == batch_id)
                    .values(status=ImportStatus.RUNNING, finished_at=None)
                )
                uow.audit(
                    "import.resume", "import_batch", batch_id,
                    {"checkpoint_row": [None, checkpoint], "file_name": [None, source.name]},
                )  # fmt: skip
                return batch_id, checkpoint, previous
            batch = ImportBatch(
                file_name=source.name[:255], file_sha256=sha, format=parsed.format[:32],
                channel=channel, status=ImportStatus.RUNNING, total_rows=0, orders_created=0,
                lines_created=0, duplicates_skipped=0, rows_failed=0, checkpoint_row=0,
                user_id=_user_id(actor), started_at=utcnow(),
            )  # fmt: skip
            session.add(batch)
            session.flush()
            uow.audit(
                "import.start", "import_batch", batch.id,
                {"file_name": [None, source.name], "file_sha256": [None, sha],
                 "format": [None, parsed.format], "channel": [None, channel]},
            )  # fmt: skip
            return batch.id, 0, previous

        return transaction(self.db, actor, work)

    def _commit(
        self,
        actor: Actor,
        writer: ChunkWriter,
        orders: list[ParsedOrder],
        errors: list[RowError],
        checkpoint: int,
    ) -> ChunkOutcome:
        def work(uow: UnitOfWork) -> ChunkOutcome:
            outcome = writer.write(uow, orders) if orders else ChunkOutcome()
            store_chunk(uow, writer.batch_id, outcome, [*errors, *outcome.failed], checkpoint)
            return outcome

        outcome = transaction(self.db, actor, work)
        ids = outcome.to_approve
        for start in range(0, len(ids), INTAKE_STEP):
            # Each step locks a few orders and their stock rows for a moment (see
            # ChunkWriter.defer_intake); a crash in between leaves orders waiting for review.
            part = ids[start : start + INTAKE_STEP]
            transaction(self.db, actor, partial(_approve_intake, order_ids=part))
        return outcome

    def _close_batch(
        self, actor: Actor, batch_id: int, status: ImportStatus, rows: int, *, quiet: bool = False
    ) -> None:
        def work(uow: UnitOfWork) -> None:
            uow.session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(status=status, total_rows=rows, finished_at=utcnow())
            )
            counts = uow.session.execute(
                select(ImportBatch.orders_created, ImportBatch.lines_created,
                       ImportBatch.duplicates_skipped, ImportBatch.rows_failed)
                .where(ImportBatch.id == batch_id)
            ).one()  # fmt: skip
            uow.audit(
                "import.finish", "import_batch", batch_id,
                {"status": ["running", status.value], "rows": [None, rows],
                 "orders_created": [None, counts[0]], "lines_created": [None, counts[1]],
                 "duplicates_skipped": [None, counts[2]], "rows_failed": [None, counts[3]]},
            )  # fmt: skip

        try:
            transaction(self.db, actor, work)
        except Exception:
            if not quiet:
                raise

    # history ----------------------------------------------------------------------------------

    @requires(Permission.IMPORT_ORDERS)
    def batches(self, actor: Actor, limit: int = 50) -> list[BatchInfo]:
        """The latest imports, newest first."""

        def work(uow: UnitOfWork) -> list[BatchInfo]:
            rows = uow.session.scalars(
                select(ImportBatch).order_by(ImportBatch.id.desc()).limit(max(1, int(limit)))
            )
            return [
                BatchInfo(
                    b.id,
                    b.file_name,
                    b.format,
                    b.channel,
                    ImportStatus(b.status),
                    b.total_rows,
                    b.orders_created,
                    b.lines_created,
                    b.duplicates_skipped,
                    b.rows_failed,
                    b.checkpoint_row,
                    b.started_at,
                    b.finished_at,
                )
                for b in rows
            ]

        return read(self.db, work)

    @requires(Permission.IMPORT_ORDERS)
    def batch_errors(self, actor: Actor, batch_id: int) -> list[RowError]:
        return read(self.db, lambda uow: self._batch_errors(uow, batch_id))

    @staticmethod
    def _batch_errors(uow: UnitOfWork, batch_id: int) -> list[RowError]:
        if uow.session.get(ImportBatch, batch_id) is None:
            raise NotFound("No import batch {batch_id}", batch_id=batch_id)
        rows = uow.session.execute(
            select(ImportRowError.row_no, ImportRowError.column, ImportRowError.code,
                   ImportRowError.message)
            .where(ImportRowError.batch_id == batch_id)
            .order_by(ImportRowError.id)
        )  # fmt: skip
        return list(_sorted_errors([decode_error(*row) for row in rows]))

    # the error workbook -----------------------------------------------------------------------

    @requires(Permission.IMPORT_ORDERS)
    def error_workbook(
        self,
        actor: Actor,
        source: ImportResult | int,
        out_path: str | Path,
        *,
        path: str | Path | None = None,
        second_file: str | Path | None = None,
        describe: Describe | None = None,
        error_header: str = "Error",
    ) -> int:
        """Write the rows that were not imported, as they are in the file, with an error
        column, for the clerk to fix and import again; returns the number of rows written.

        Every row of a refused order is included (a multi-row order comes back whole), with
        the reason on the bad row(s). Rows are read again from the file, streaming. `source`
        is an ImportResult or a batch id (then `path` is the original file). Rows of the
        second (items) file go to a second sheet."""
        target = _xlsx_target(out_path)
        describe = describe or describe_error
        if isinstance(source, ImportResult):
            main = _file(source.path)
            second = _file(source.second_file, "second_file") if source.second_file else None
            fmt, key_headers = source.format, source.key_headers
            if source.batch_id is None:
                errors = list(source.rows_failed)
            else:
                batch_id = source.batch_id
                errors = read(self.db, lambda uow: self._batch_errors(uow, batch_id))
        elif isinstance(source, int) and not isinstance(source, bool):
            batch = read(self.db, lambda uow: uow.session.get(ImportBatch, source))
            if batch is None:
                raise NotFound("No import batch {batch_id}", batch_id=source)
            main = _file(path)
            second = _file(second_file, "second_file") if second_file else None
            if file_sha256(main, second) != batch.file_sha256:
                raise ValidationError(
                    "{file_name} is not the file imported in batch {batch_id}",
                    field="path", file_name=main.name, batch_id=source,
                )  # fmt: skip
            fmt, key_headers = batch.format, ()
            errors = read(self.db, lambda uow: self._batch_errors(uow, source))
        else:
            raise ValidationError("Expected an import result or a batch id", field="source")
        if not key_headers and fmt in PRESETS:
            try:
                with parse_file(main, format=fmt, second_file=second) as parsed:
                    key_headers = _key_headers(parsed.mapping)
            except ImportFileError:
                key_headers = ()
        by_file: dict[str, list[RowError]] = defaultdict(list)
        for error in errors:
            by_file[error.file].append(error)
        main_header_row = source.header_row if isinstance(source, ImportResult) else 0
        sources = [("", main, main_header_row or _header_of(main)[1], key_headers)]
        if second is not None:
            companion = PRESETS[PRESETS[fmt].companion] if fmt in PRESETS else None
            keys = companion.fields.get("external_no", ()) if companion else ()
            sources.append((second.name, second, _header_of(second)[1], tuple(keys)))
        refused = _refused_keys(errors, sources)
        plans = []
        for name, file, header_row, keys in sources:
            headers, _ = _header_of(file)
            plans.append(
                (_sheet_title(file.stem), [*headers, error_header],
                 _bad_rows(file, header_row, headers, keys, by_file.get(name, []), refused,
                           describe))
            )  # fmt: skip
        return write_sheets(target, plans)

    # column mappings per channel --------------------------------------------------------------

    def _profiles(self, channel: str | None) -> list[ProfileInfo]:
        def work(uow: UnitOfWork) -> list[ProfileInfo]:
            query = select(ImportProfile).order_by(ImportProfile.created_at.desc(),
                                                   ImportProfile.id.desc())  # fmt: skip
            if channel:
                query = query.where(ImportProfile.channel == channel)
            return [
                ProfileInfo(p.id, p.name, p.channel, json.loads(p.mapping or "{}"))
                for p in uow.session.scalars(query)
            ]

        return read(self.db, work)

    @requires(Permission.IMPORT_ORDERS)
    def profiles(self, actor: Actor, channel: str | None = None) -> list[ProfileInfo]:
        """Saved column mappings (of one channel), newest first."""
        return self._profiles(channel)

    @requires(Permission.IMPORT_ORDERS)
    def save_profile(
        self, actor: Actor, name: str, channel: str, mapping: Mapping[str, Any]
    ) -> ProfileInfo:
        """Save a column mapping under a name (the same name replaces it)."""
        clean = name.strip() if isinstance(name, str) else ""
        if not clean or len(clean) > 64:
            raise ValidationError("A mapping needs a name of 1 to 64 characters", field="name")
        used = _channel(channel)
        wanted = _mapping(mapping)
        if not wanted:
            raise ValidationError("Expected a column mapping", field="mapping")
        preset_from_mapping(wanted)  # raises MappingError naming what is wrong
        text = json.dumps(wanted, ensure_ascii=False, sort_keys=True)

        def work(uow: UnitOfWork) -> ProfileInfo:
            profile = uow.session.scalar(select(ImportProfile).where(ImportProfile.name == clean))
            before = profile.mapping if profile is not None else None
            if profile is None:
                profile = ImportProfile(name=clean, channel=used, mapping=text)
                uow.session.add(profile)
            profile.channel, profile.mapping, profile.created_at = used, text, utcnow()
            uow.session.flush()
            uow.audit(
                "import.profile_save",
                "import_profile",
                profile.id,
                {"name": [None, clean], "channel": [None, used], "mapping": [before, text]},
            )
            return ProfileInfo(profile.id, clean, used, wanted)  # fmt: skip

        return transaction(self.db, actor, work)

    @requires(Permission.IMPORT_ORDERS)
    def delete_profile(self, actor: Actor, profile_id: int) -> None:
        def work(uow: UnitOfWork) -> None:
            gone = uow.session.execute(delete(ImportProfile).where(ImportProfile.id == profile_id))
            if rows_changed(gone) != 1:
                raise NotFound("No saved mapping with id {profile_id}", profile_id=profile_id)
            uow.audit("import.profile_delete", "import_profile", profile_id, {})

        transaction(self.db, actor, work)

    @requires(Permission.IMPORT_ORDERS)
    def write_template(self, actor: Actor, out_path: str | Path) -> Path:
        """Our blank import template (header, an example row, notes)."""
        return write_import_template(_xlsx_target(out_path))

    # platform SKUs -----------------------------------------------------------------------------

    @requires(Permission.IMPORT_ORDERS)
    def unknown_skus(
        self, actor: Actor, channel: str | None = None, limit: int = 500
    ) -> list[UnknownSku]:
        """Platform SKUs (or product names, for lines without one) of open orders that name
        no product, most orders first."""

        def work(uow: UnitOfWork) -> list[UnknownSku]:
            orders: dict[tuple[str, str], set[int]] = defaultdict(set)
            names: dict[tuple[str, str], str] = {}
            for order_channel, order_id, sku, name in _unresolved_lines(uow, channel):
                key = (order_channel, line_key(sku, name))
                orders[key].add(order_id)
                names.setdefault(key, name)
            ranked = sorted(orders, key=lambda k: (-len(orders[k]), k))[: max(1, int(limit))]
            return [UnknownSku(c, code, names[(c, code)], len(orders[(c, code)]))
                    for c, code in ranked]  # fmt: skip

        return read(self.db, work)

    @requires(Permission.IMPORT_ORDERS)
    def sku_mappings(self, actor: Actor, channel: str | None = None) -> list[SkuMappingInfo]:
        def work(uow: UnitOfWork) -> list[SkuMappingInfo]:
            query = (
                select(SkuMapping.id, SkuMapping.channel, SkuMapping.platform_sku, Product.id,
                       Product.sku, Product.name)
                .join(Product, Product.id == SkuMapping.product_id)
                .order_by(SkuMapping.channel, SkuMapping.platform_sku)
            )  # fmt: skip
            if channel:
                query = query.where(SkuMapping.channel == channel)
            return [SkuMappingInfo(*row) for row in uow.session.execute(query)]

        return read(self.db, work)

    @requires(Permission.IMPORT_ORDERS)
    def map_sku(self, actor: Actor, channel: str, platform_sku: str, sku: str) -> SkuLinkResult:
        """Remember that the channel's `platform_sku` is our product `sku` (later imports use
        it), link the open orders' lines and let the rules lift the holds that no longer
        apply."""
        used = _channel(channel)
        code = platform_sku.strip() if isinstance(platform_sku, str) else ""
        ours = sku.strip() if isinstance(sku, str) else ""
        if not code or len(code) > 128:
            raise ValidationError("A platform SKU has 1 to 128 characters", field="platform_sku")

        def work(uow: UnitOfWork) -> SkuLinkResult:
            session = uow.session
            product = session.execute(
                select(Product.id, Product.sku).where(Product.sku == ours,
                                                      Product.is_active.is_(True))
            ).first()  # fmt: skip
            if product is None:
                raise NotFound("No active product with SKU {sku}", sku=ours)
            mapping = session.scalar(
                select(SkuMapping).where(SkuMapping.channel == used,
                                         SkuMapping.platform_sku == code)
            )  # fmt: skip
            before = mapping.product_id if mapping is not None else None
            if mapping is None:
                mapping = SkuMapping(channel=used, platform_sku=code, product_id=product.id)
                session.add(mapping)
            mapping.product_id = product.id
            session.flush()
            uow.audit("sku_mapping.save", "sku_mapping", mapping.id,
                      {"channel": [None, used], "platform_sku": [None, code],
                       "product_id": [before, product.id]})  # fmt: skip
            order_ids = {
                order_id
                for _c, order_id, sku, name in _unresolved_lines(uow, used)
                if line_key(sku, name) == code
            }
            return _relink(uow, sorted(order_ids), _user_id(actor))

        return transaction(self.db, actor, work)

    @requires(Permission.IMPORT_ORDERS)
    def delete_sku_mapping(self, actor: Actor, mapping_id: int) -> None:
        """Forget a mapping (lines already linked keep their product)."""

        def work(uow: UnitOfWork) -> None:
            gone = uow.session.execute(delete(SkuMapping).where(SkuMapping.id == mapping_id))
            if rows_changed(gone) != 1:
                raise NotFound("No SKU mapping with id {mapping_id}", mapping_id=mapping_id)
            uow.audit("sku_mapping.delete", "sku_mapping", mapping_id, {})

        transaction(self.db, actor, work)

    @requires(Permission.IMPORT_ORDERS)
    def recheck_skus(self, actor: Actor, channel: str | None = None) -> SkuLinkResult:
        """Link the open orders' unknown SKUs to products created since, and run the rules on
        them (their "SKU not in catalogue" holds lift)."""

        def ids(uow: UnitOfWork) -> list[int]:
            return sorted({order_id for _c, order_id, _s, _n in _unresolved_lines(uow, channel)})

        waiting = read(self.db, ids)
        linked = released = 0
        for start in range(0, len(waiting), 500):
            part = waiting[start : start + 500]
            done = transaction(
                self.db, actor, partial(_relink, order_ids=part, user_id=_user_id(actor))
            )
            linked += done.orders_linked
            released += done.orders_released
        return SkuLinkResult(linked, released)


def _unresolved_lines(uow: UnitOfWork, channel: str | None) -> list[Any]:
    """(channel, order id, SKU, name) of the open orders' lines that name no product."""
    query = (
        select(Order.channel, OrderLine.order_id, OrderLine.sku, OrderLine.name)
        .join(Order, Order.id == OrderLine.order_id)
        .where(OrderLine.product_id.is_(None), Order.status.in_(list(EVALUATED_STATES)))
    )
    if channel:
        query = query.where(Order.channel == channel)
    return list(uow.session.execute(query))


def _plan(
    uow: UnitOfWork, writer: ChunkWriter, orders: Sequence[ParsedOrder]
) -> tuple[list[Any], ChunkOutcome]:
    """A chunk's plan in a read-only unit of work (the dry run)."""
    return writer.plan(uow.session, orders)


def _approve_intake(uow: UnitOfWork, order_ids: Sequence[int]) -> None:
    """Auto-approve (and confirm) imported orders the rules did not hold, after their chunk."""
    auto_approve_intake(uow, order_ids)


def _relink(uow: UnitOfWork, order_ids: list[int], user_id: int | None) -> SkuLinkResult:
    """Run the rules on orders with unknown SKUs: they link what resolves now and lift holds."""
    if not order_ids:
        return SkuLinkResult(0, 0)
    session = uow.session
    held_before = set(
        session.scalars(select(Order.id).where(Order.id.in_(order_ids), Order.is_on_hold))
    )
    unresolved_before = _unresolved(session, order_ids)
    apply_rules(uow, order_ids, user_id=user_id)
    unresolved_after = _unresolved(session, order_ids)
    held_after = set(
        session.scalars(select(Order.id).where(Order.id.in_(order_ids), Order.is_on_hold))
    )
    linked = unresolved_before - unresolved_after
    return SkuLinkResult(len(linked), len(held_before - held_after))


def _unresolved(session: Any, order_ids: Sequence[int]) -> set[int]:
    return {
        order_id
        for (order_id,) in session.execute(
            select(OrderLine.order_id).where(
                OrderLine.order_id.in_(order_ids), OrderLine.product_id.is_(None)
            )
        )
    }


# -- reading the bad rows back ----------------------------------------------------------------


def _sheet_title(stem: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in stem).strip() or "Sheet"
    return cleaned[:31]


def _header_of(path: Path) -> tuple[list[str], int]:
    detection = detect_format(path)
    return ["" if h is None else str(h) for h in detection.headers], detection.header_row


def _key_index(headers: Sequence[str], key_headers: Sequence[str]) -> list[int]:
    wanted = [norm_header(h) for h in key_headers]
    found = {norm_header(h): i for i, h in reversed(list(enumerate(headers)))}
    return [found[w] for w in wanted if w in found]


def _key(cells: Sequence[Any], indices: Sequence[int]) -> str:
    for i in indices:
        if i < len(cells) and cells[i] not in (None, ""):
            try:
                return clean_code(cells[i])
            except CellError:
                return ""
    return ""


_NOT_THE_ORDER = frozenset({"duplicate_in_file", "orphan_item", "order_no_missing"})


def _refused_keys(
    errors: Sequence[RowError], sources: Sequence[tuple[str, Path, int, Sequence[str]]]
) -> dict[str, RowError]:
    """Platform order no -> the first error that kept the order out, from the key cells of
    the rows the errors name (in the order list or in the items file). Duplicates within the
    file are left out: their number also names the order that was imported."""
    wanted: dict[tuple[str, int], RowError] = {}
    for error in errors:
        if error.code not in _NOT_THE_ORDER:
            wanted.setdefault((error.file, error.row), error)
    refused: dict[str, RowError] = {}
    for name, path, header_row, key_headers in sources:
        rows = {row for file, row in wanted if file == name}
        if not rows or not key_headers:
            continue
        headers, _ = _header_of(path)
        indices = _key_index(headers, key_headers)
        for row_no, cells in _data_rows(path, header_row):
            if row_no in rows:
                key = _key(cells, indices)
                if key:
                    refused.setdefault(key, wanted[(name, row_no)])
    return refused


def _data_rows(path: Path, header_row: int) -> Iterator[tuple[int, list[Any]]]:
    with open_rows(path) as source:
        for row_no, cells in source:
            if row_no > header_row:
                yield row_no, list(cells)


def _bad_rows(
    path: Path,
    header_row: int,
    headers: Sequence[str],
    key_headers: Sequence[str],
    errors: Sequence[RowError],
    refused: dict[str, RowError],
    describe: Describe,
) -> Iterator[list[Any]]:
    by_row: dict[int, list[RowError]] = defaultdict(list)
    for error in errors:
        by_row[error.row].append(error)
    indices = _key_index(headers, key_headers)
    width = len(headers)
    for row_no, cells in _data_rows(path, header_row):
        found = by_row.get(row_no)
        key = _key(cells, indices) if indices else ""
        if found:
            text = "; ".join(describe(e) for e in found)
        elif key and key in refused:
            cause = refused[key]
            text = f"{describe(cause)} (row {cause.row})"
        else:
            continue
        yield [*cells[:width], *([None] * (width - len(cells))), text]
