"""Parse an order file into `ParsedOrder`s and `RowError`s, streaming, with no database access.

    with parse_file(path) as result:            # format detected from the header
        print(result.format, result.confidence)  # e.g. "shopify", 1.0
        for item in result:                      # ParsedOrder | RowError, in file order
            ...

Rules that hold for every format:

- An order is yielded whole or not at all: if any of its rows has a problem, the order yields
  one `RowError` per problem and no `ParsedOrder`.
- Rows of one order must be contiguous (row models A, B, D). An order number that shows up
  again later in the file, or twice in a one-row-per-order file, yields ``duplicate_in_file``
  errors for the later rows; the first occurrence is unaffected.
- Unknown SKUs are not an error here; the database writer decides.
- A recipient is required when the file has a recipient column and the order still has to be
  shipped by us (not cancelled and not already shipped, delivered or completed).
- Money is Decimal with two places; quantities are whole numbers above zero; prices are never
  negative. Discounts are stored as positive reductions whatever sign the platform used.
- `ParsedLine.discount` is the discount on the whole line (not per unit). For formats whose
  price is a line total (Amazon item-price, PDD 商品总价) the unit price is line total / qty,
  rounded up to the cent, with the rounding difference added to the line discount so that
  ``unit_price * qty - discount`` equals the file's line total exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import ROUND_UP, Decimal
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any, NamedTuple

from app.importing.errors import (
    EmptyFile,
    FormatNotRecognised,
    ImportCancelled,
    MappingError,
    SecondFileRequired,
)
from app.importing.formats import (
    FIELDS,
    HEADER_SCAN_ROWS,
    ITEM_KEY_RE,
    LINE_FIELDS,
    MIN_CONFIDENCE,
    PRESETS,
    Detection,
    Preset,
    find_header,
    get_preset,
    mapping_for,
    norm_header,
    preset_from_mapping,
    score_headers,
)
from app.importing.normalise import (
    CENT,
    ZERO,
    CellError,
    canonical_province,
    clean_code,
    clean_phone,
    clean_text,
    currency_hint,
    is_municipality,
    looks_encrypted,
    parse_amount,
    parse_datetime,
    parse_qty,
    split_address,
    zone,
)
from app.importing.readers import Row, RowSource, open_rows
from app.importing.safety import DEFAULT_LIMITS, Limits
from app.importing.statuses import (
    CANCELLED,
    DONE_OR_GONE,
    PP,
    PR,
    SHIPPED,
    map_status,
    shopify_status,
)

ProgressSink = Callable[[int, int], None]
CancelToken = Callable[[], bool]
_TICK = 1024  # rows between progress reports and cancel checks

# Longest text the order tables store (models/orders.py); longer values are refused here, with
# the row named, rather than failing the database transaction later.
MAX_LENGTHS = {
    "external_no": 64, "buyer_id": 128, "recipient_name": 128, "phone": 32, "province": 64,
    "city": 64, "district": 64, "address": 255, "postcode": 16, "email": 255, "sku": 64,
    "product_name": 255,
}  # fmt: skip


# Named tuples, not dataclasses: ~140,000 are built per 100,000-row file, and they cross to
# the main process as cheaply as plain tuples when a parser process reads the file.
class ParsedLine(NamedTuple):
    row: int  # spreadsheet row (in the second file for Taobao/Etsy items)
    platform_sku: str
    name: str
    qty: int
    unit_price: Decimal
    discount: Decimal  # for the whole line


class ParsedOrder(NamedTuple):
    """One platform order, validated; money in Decimal with two places, times aware UTC.

    goods_amount is the file's goods column when it has one (Taobao 买家应付货款, Woo subtotal),
    else the sum of qty x unit_price - line discount. discount is the order-level discount
    (shop + platform parts added up). total is the file's order total when it has one, else
    goods + shipping + tax - discount. paid_amount is what the buyer has paid and not been
    refunded, from the file when it says so, else derived from the status (0 while unpaid).
    """

    rows: tuple[int, ...]  # every spreadsheet row of the order, summary and shipping rows too
    channel: str
    external_no: str
    status: str  # an OrderStatus value
    buyer_id: str
    recipient_name: str
    phone: str
    phone_masked: bool
    province: str
    city: str
    district: str
    address: str
    postcode: str
    email: str
    buyer_note: str
    seller_note: str
    currency: str
    goods_amount: Decimal
    shipping_fee: Decimal
    discount: Decimal
    total: Decimal
    paid_amount: Decimal
    ordered_at: datetime | None  # aware, UTC
    paid_at: datetime | None  # aware, UTC
    lines: tuple[ParsedLine, ...]
    country: str = ""  # as the file writes it (ISO code or name); "" for domestic formats


@dataclass(frozen=True, slots=True)
class RowError:
    row: int
    column: str  # their header, or "" for a problem with the row or order as a whole
    code: str  # stable snake_case
    message: str  # plain English, names the value
    file: str = ""  # file name when the row is in the second (items) file


@dataclass
class ParseStats:
    rows: int = 0  # data rows read (after the header)
    skipped_rows: int = 0  # blank rows, footers, padding
    orders: int = 0
    lines: int = 0
    rejected_orders: int = 0
    errors: int = 0


# --- compiled column plan -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Col:
    field: str
    label: str
    indices: tuple[int, ...]
    headers: tuple[str, ...]
    fn: Callable[[Any], Any]
    # Raw cell -> clean value, for fields whose values repeat (prices, SKUs, regions, statuses).
    cache: dict[Any, Any] | None = None


_CACHED_FIELDS = frozenset(
    {
        "status", "financial_status", "fulfillment_status", "currency", "country", "province",
        "city", "district", "sku", "product_name", "attrs", "qty", "unit_price", "line_total",
        "line_discount", "shipping_fee", "discount", "discount2", "tax", "tax2", "goods_amount",
        "total", "paid_amount", "refund_amount", "outstanding", "txn_kind", "txn_status",
        "buyer_note", "seller_note",
    }
)  # fmt: skip
_CACHE_SIZE = 4096
_MISS = object()


def _show(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        raw = int(raw)  # a spreadsheet shows -2, not -2.0
    text = raw if isinstance(raw, str) else repr(raw) if isinstance(raw, float) else str(raw)
    text = text.replace("\x00", "\\x00")
    return text if len(text) <= 60 else text[:57] + "..."


class _Extractor:
    """Reads fields from a row: the first non-empty column of a field wins; problems with a
    cell are appended to `errors` as `RowError`s and the field is left out."""

    __slots__ = ("max_chars", "source")

    def __init__(self, max_chars: int, source: str) -> None:
        self.max_chars = max_chars
        self.source = source

    def _problem(
        self, col: _Col, idx: int, raw: Any, exc: CellError | None, row_no: int
    ) -> RowError:
        header = col.headers[col.indices.index(idx)]
        if exc is not None:
            message = f"{col.label} '{_show(raw)}' {exc.reason}"
            return RowError(row_no, header, exc.code, message, self.source)
        if len(raw) > self.max_chars:
            message = f"{col.label} has {len(raw):,} characters; the limit is {self.max_chars:,}"
            return RowError(row_no, header, "cell_too_long", message, self.source)
        message = f"{col.label} contains a NUL byte (binary data)"
        return RowError(row_no, header, "cell_nul", message, self.source)

    def get(self, col: _Col, cells: Sequence[Any], row_no: int, errors: list[RowError]) -> Any:
        return self.extract((col,), cells, row_no, errors).get(col.field)

    def extract(
        self, cols: Sequence[_Col], cells: Sequence[Any], row_no: int, errors: list[RowError]
    ) -> dict[str, Any]:
        # Hot path: one call per row for all fields, no exceptions unless a cell is bad.
        out: dict[str, Any] = {}
        max_chars = self.max_chars
        for col in cols:
            cache = col.cache
            for idx in col.indices:
                raw = cells[idx]
                if raw is None or raw == "":
                    continue
                if cache is not None:
                    value = cache.get(raw, _MISS)
                    if value is not _MISS:
                        # `type() is str` first: Decimal == "" goes through slow ABC checks.
                        if value is None or (type(value) is str and not value):
                            continue
                        out[col.field] = value
                        break
                if type(raw) is str and (len(raw) > max_chars or "\x00" in raw):
                    errors.append(self._problem(col, idx, raw, None, row_no))
                    break
                try:
                    value = col.fn(raw)
                except CellError as exc:
                    errors.append(self._problem(col, idx, raw, exc, row_no))
                    break
                if cache is not None and len(cache) < _CACHE_SIZE and type(raw) is not bool:
                    cache[raw] = value
                if value is None or (type(value) is str and not value):
                    continue
                out[col.field] = value
                break
        return out


@dataclass
class _Plan:
    preset: Preset
    width: int
    key: _Col
    order_cols: list[_Col]
    order_headers: dict[str, str]  # our field -> their first header, for error messages
    line_cols: dict[str, _Col]
    line_list: tuple[_Col, ...]
    row_cols: list[_Col]  # per-row amounts and transactions
    line_markers: tuple[int, ...]  # columns whose content makes a row an item row
    item_columns: list[tuple[int, str]]
    resolved: frozenset[str]
    has_line_columns: bool
    has_recipient_column: bool
    tz: tzinfo


def _phone(value: Any) -> tuple[str, bool] | None:
    phone = clean_phone(value)
    return phone if phone[0] else None  # empty: let the next phone column speak


def _normaliser(kind: str, preset: Preset, tz: tzinfo) -> Callable[[Any], Any]:
    if kind == "code":
        return clean_code
    if kind == "phone":
        return _phone
    if kind == "amount":
        return partial(parse_amount, decimal_comma=True) if preset.decimal_comma else parse_amount
    if kind == "qty":
        return parse_qty
    if kind == "date":
        return partial(parse_datetime, tz=tz, date_order=preset.date_order)
    return clean_text


def _compile(preset: Preset, headers: Sequence[str], path: Path) -> _Plan:
    index: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = norm_header(h)
        if key and key not in index:
            index[key] = i
    tz = zone(preset.tz)
    cols: dict[str, _Col] = {}
    for name, aliases in preset.fields.items():
        found = [(index[norm_header(a)], a) for a in aliases if norm_header(a) in index]
        if not found:
            continue
        info = FIELDS[name]
        cols[name] = _Col(
            field=name,
            label=info.label,
            indices=tuple(i for i, _ in found),
            headers=tuple(headers[i] for i, _ in found),
            fn=_normaliser(info.kind, preset, tz),
            cache={} if name in _CACHED_FIELDS else None,
        )
    missing = [f for f in preset.required if f not in cols]
    if preset.price == "unit" and "unit_price" in missing and "line_total" in cols:
        missing.remove("unit_price")
    if preset.price == "line_total" and "line_total" in missing and "unit_price" in cols:
        missing.remove("line_total")
    if missing:
        wanted = "; ".join(
            f"{FIELDS[f].label}: {' / '.join(preset.fields.get(f, ('(not mapped)',)))}"
            for f in missing
        )
        raise MappingError(
            "File '{file_name}' lacks columns the '{name}' format needs ({wanted}). Choose "
            "another format or map the columns yourself.",
            path,
            missing=missing,
            file_name=path.name,
            name=preset.name,
            wanted=wanted,
        )
    item_columns: list[tuple[int, str]] = []
    if preset.items == "numbered":
        pattern = re.compile(preset.items_pattern)
        item_columns = [(i, h) for i, h in enumerate(headers) if pattern.fullmatch(norm_header(h))]
    row_fields = set(preset.per_row) | {"txn_amount", "txn_kind", "txn_status"}
    line_cols = {n: c for n, c in cols.items() if n in LINE_FIELDS and n not in row_fields}
    return _Plan(
        preset=preset,
        width=len(headers),
        key=cols["external_no"],
        order_cols=[
            c
            for n, c in cols.items()
            if n not in LINE_FIELDS and n != "external_no" and n not in preset.per_row
        ],
        order_headers={n: c.headers[0] for n, c in cols.items()},
        line_cols=line_cols,
        line_list=tuple(line_cols.values()),
        line_markers=tuple(
            i
            for name in (_LINE_MARKERS_D if preset.row_model == "D" else _LINE_MARKERS)
            if name in line_cols
            for i in line_cols[name].indices
        ),
        row_cols=[c for n, c in cols.items() if n in row_fields],
        item_columns=item_columns,
        resolved=frozenset(cols),
        has_line_columns=bool(item_columns)
        or any(f in cols for f in ("sku", "product_name", "qty")),
        has_recipient_column=any(f in cols for f in ("recipient_name", "first_name", "last_name")),
        tz=tz,
    )


# --- the result object ----------------------------------------------------------------------


class _Peekable:
    """Lets detection and `preview` look ahead without losing rows for the main iteration."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._buffer: list[Row] = []

    def peek(self, n: int) -> list[Row]:
        while len(self._buffer) < n:
            nxt = next(self._rows, None)
            if nxt is None:
                break
            self._buffer.append(nxt)
        return self._buffer[:n]

    def __iter__(self) -> Iterator[Row]:
        buffered, self._buffer = self._buffer, []
        return chain(buffered, self._rows)


class ParseResult:
    """Detected format, the mapping used, and a single-use stream of orders and row errors."""

    def __init__(
        self,
        *,
        path: Path,
        source: RowSource,
        rows: _Peekable,
        preset: Preset,
        detection: Detection,
        confidence: float,
        channel: str,
        mapping: dict[str, Any],
        plan: _Plan,
        companion: _Companion | None,
        progress: ProgressSink | None,
        cancel: CancelToken | None,
        limits: Limits,
    ) -> None:
        self.path = path
        self.format = preset.name
        self.format_label = preset.label
        self.confidence = confidence
        self.candidates = detection.candidates
        self.header_row = detection.header_row
        self.headers = detection.headers
        self.row_model = preset.row_model
        self.price_semantics = preset.price
        self.channel = channel
        self.mapping = mapping
        self.encoding = source.encoding
        self.delimiter = source.delimiter
        self.sheet = source.sheet
        self.engine = source.engine
        self.stats = ParseStats()
        self._source = source
        self._rows = rows
        self._plan = plan
        self._companion = companion
        self._progress = progress
        self._cancel = cancel
        self._limits = limits
        self._started = False

    def preview(self, n: int = 20) -> list[dict[str, Any]]:
        """The first `n` data rows as {their header: raw cell}, for the mapping dialog.

        Does not consume the stream; call it before iterating.
        """
        if self._started:
            raise RuntimeError("preview() must be called before iterating the result")
        rows = self._rows.peek(self.header_row + n)
        out = []
        for row_no, cells in rows:
            if row_no <= self.header_row:
                continue
            out.append(
                {
                    h or f"column {i + 1}": (cells[i] if i < len(cells) else None)
                    for i, h in enumerate(self.headers)
                }
            )
        return out[:n]

    def __iter__(self) -> Iterator[ParsedOrder | RowError]:
        if self._started:
            raise RuntimeError("a ParseResult can be iterated only once")
        self._started = True
        return _Parser(self).run()

    def close(self) -> None:
        self._source.close()
        if self._companion is not None:
            self._companion.close()

    def __enter__(self) -> ParseResult:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- parse_file -----------------------------------------------------------------------------


def parse_file(
    path: str | Path,
    *,
    format: str = "auto",  # the documented public keyword
    mapping: Mapping[str, Any] | None = None,
    second_file: str | Path | None = None,
    channel: str | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    sheet: str | int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ParseResult:
    """Open, check and recognise an order file; iterate the result to parse it.

    ``format`` is a preset name (see `formats.PRESETS`) or "auto". ``mapping`` is a user column
    mapping (see `formats`); with "auto" it replaces detection, with a preset it overrides
    single fields. ``second_file`` is Taobao's ExportOrderDetailList or Etsy's
    EtsySoldOrderItems. ``progress(done, total)`` is called every 1,024 rows (total is an
    estimate for text files); ``cancel()`` returning True stops the iteration with
    `ImportCancelled`. Raises `ImportFileError` subclasses for whole-file problems.
    """
    path = Path(path)
    source = open_rows(path, limits=limits, sheet=sheet)
    companion: _Companion | None = None
    try:
        rows = _Peekable(iter(source))
        head = rows.peek(HEADER_SCAN_ROWS)
        if not any(any(str(c).strip() for c in cells if c is not None) for _, cells in head):
            raise EmptyFile("File '{file_name}' contains no data.", path, file_name=path.name)
        preset, detection, confidence = _choose_format(path, head, format, mapping)
        plan = _compile(preset, detection.headers, path)
        if preset.items == "second_file":
            if second_file is None:
                companion_label = PRESETS[preset.companion].label
                raise SecondFileRequired(
                    "File '{file_name}' is a {label} order list; its items are in a second file "
                    "({companion_label}). Add that file and import again.",
                    path,
                    file_name=path.name,
                    label=preset.label,
                    companion_label=companion_label,
                )
            companion = _Companion(Path(second_file), PRESETS[preset.companion], limits, cancel)
        effective = mapping_for(preset, detection.headers)
        return ParseResult(
            path=path,
            source=source,
            rows=rows,
            preset=preset,
            detection=detection,
            confidence=confidence,
            channel=channel or preset.channel,
            mapping=effective,
            plan=plan,
            companion=companion,
            progress=progress,
            cancel=cancel,
            limits=limits,
        )
    except BaseException:
        source.close()
        if companion is not None:
            companion.close()
        raise


def detect_format(
    path: str | Path, *, sheet: str | int | None = None, limits: Limits = DEFAULT_LIMITS
) -> Detection:
    """Header row and ranked format candidates, for the import dialog (reads ~30 rows)."""
    return preview_file(path, 0, sheet=sheet, limits=limits).detection


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


@dataclass(frozen=True)
class FilePreview:
    detection: Detection  # header row, headers, ranked candidates (may be empty)
    rows: tuple[dict[str, Any], ...]  # first data rows as {header: raw cell}


def preview_file(
    path: str | Path,
    n: int = 20,
    *,
    sheet: str | int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FilePreview:
    """Headers and the first `n` data rows of any file, recognised or not, so that the
    mapping dialog can show an unknown layout. Without a recognised header the first non-empty
    row is taken as the header."""
    path = Path(path)
    with open_rows(path, limits=limits, sheet=sheet) as source:
        head = list(islice(iter(source), HEADER_SCAN_ROWS + n))
    detection = find_header(head[:HEADER_SCAN_ROWS])
    if detection is None:
        # A title line ("导出时间 …") has one cell; a header row has several.
        filled = [(r, c) for r, c in head[:HEADER_SCAN_ROWS] if _filled(c) > 0]
        first = next(((r, c) for r, c in filled if _filled(c) >= 2), filled[0] if filled else None)
        headers = tuple("" if c is None else str(c) for c in first[1]) if first else ()
        detection = Detection(first[0] if first else 1, headers, ())
    names = [h or f"column {i + 1}" for i, h in enumerate(detection.headers)]
    rows = tuple(
        {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(names)}
        for row_no, cells in head
        if row_no > detection.header_row
    )
    return FilePreview(detection, rows[:n])


def _choose_format(
    path: Path, head: list[Row], fmt: str, mapping: Mapping[str, Any] | None
) -> tuple[Preset, Detection, float]:
    if fmt == "auto" and mapping and mapping.get("_base"):
        fmt = str(mapping["_base"])
    if fmt == "auto" and mapping and not mapping.get("_base"):
        preset = preset_from_mapping(mapping)
        wanted = [h for aliases in preset.fields.values() for h in aliases]
        detection = find_header(head, wanted)
        if detection is None:
            raise FormatNotRecognised(
                "File '{file_name}' has no header row.", path, file_name=path.name
            )
        return preset, detection, 1.0
    if fmt == "auto":
        detection = find_header(head)
        best = detection.best if detection else None
        if detection is None or best is None or best.confidence < MIN_CONFIDENCE:
            raise _not_recognised(path, head, detection)
        preset = PRESETS[best.format]
        if not preset.standalone:
            owner = next(p for p in PRESETS.values() if p.companion == preset.name)
            raise FormatNotRecognised(
                "File '{file_name}' is the items file of {label}. Choose the order list as the "
                "file to import and add this one as the second file.",
                path,
                file_name=path.name,
                label=owner.label,
            )
        if mapping:
            preset = preset_from_mapping(mapping, preset)
        return preset, detection, best.confidence
    preset = get_preset(fmt)
    if mapping:
        preset = preset_from_mapping(mapping, preset)
    wanted = [h for aliases in preset.fields.values() for h in aliases]
    detection = find_header(head, wanted)
    if detection is None:
        raise FormatNotRecognised(
            "File '{file_name}' has no header row.", path, file_name=path.name
        )
    ranked = {c.format: c for c in score_headers(detection.headers)}
    confidence = ranked[preset.name].confidence if preset.name in ranked else 1.0
    detection = Detection(detection.header_row, detection.headers, tuple(ranked.values()))
    return preset, detection, confidence


def _not_recognised(path: Path, head: list[Row], detection: Detection | None) -> Exception:
    if detection and detection.candidates:
        near = ", ".join(f"{c.format} ({c.confidence:.0%})" for c in detection.candidates[:3])
        hint = f" Closest formats: {near}."
    else:
        hint = ""
    return FormatNotRecognised(
        "The columns of '{file_name}' do not match any known order export.{hint} Choose the "
        "format by hand or map the columns yourself.",
        path,
        candidates=[c.format for c in detection.candidates] if detection else [],
        file_name=path.name,
        hint=hint,
    )


# --- second file (items) --------------------------------------------------------------------


@dataclass
class _ItemLine:
    row: int
    line: ParsedLine | None
    errors: list[RowError]


class _Companion:
    """Taobao's ExportOrderDetailList / Etsy's EtsySoldOrderItems, indexed by order number.

    The index is built in one pass when iteration starts; it holds compact line tuples only.
    """

    def __init__(
        self, path: Path, preset: Preset, limits: Limits, cancel: CancelToken | None
    ) -> None:
        self.path = path
        self.preset = preset
        self.limits = limits
        self.cancel = cancel
        # Open now so that a wrong or unreadable second file fails before any parsing.
        self._source = open_rows(path, limits=limits)
        try:
            self._rows = _Peekable(iter(self._source))
            detection = find_header(self._rows.peek(HEADER_SCAN_ROWS))
            if detection is None or not any(
                c.format == preset.name and c.confidence >= MIN_CONFIDENCE
                for c in detection.candidates
            ):
                raise FormatNotRecognised(
                    "Second file '{file_name}' is not a {label} file.",
                    path,
                    file_name=path.name,
                    label=preset.label,
                )
            self.header_row = detection.header_row
            self.plan = _compile(preset, detection.headers, path)
        except BaseException:
            self._source.close()
            raise
        self.index: dict[str, list[_ItemLine]] = {}
        self.loose: list[RowError] = []

    def load(self) -> None:
        plan = self.plan
        ex = _Extractor(self.limits.max_cell_chars, self.path.name)
        width = plan.width
        try:
            for n, (row_no, cells) in enumerate(self._rows):
                if row_no <= self.header_row:
                    continue
                if self.cancel is not None and n % _TICK == 0 and self.cancel():
                    raise ImportCancelled("Import cancelled.")
                if len(cells) < width:
                    cells = [*cells, *([""] * (width - len(cells)))]
                errors: list[RowError] = []
                key = ex.get(plan.key, cells, row_no, errors)
                if not key:
                    if errors:
                        self.loose.extend(errors)
                    elif _row_has_line(plan, cells):
                        self.loose.append(
                            RowError(
                                row_no,
                                plan.key.headers[0],
                                "order_no_missing",
                                "Row has an item but no order number",
                                self.path.name,
                            )
                        )
                    continue
                line = _build_line(plan, ex, cells, row_no, errors)
                self.index.setdefault(key, []).append(_ItemLine(row_no, line, errors))
        finally:
            self._source.close()

    def close(self) -> None:
        self._source.close()

    def take(self, key: str) -> list[_ItemLine]:
        return self.index.pop(key, [])

    def orphans(self) -> Iterator[RowError]:
        yield from self.loose
        for key, items in self.index.items():
            for item in items:
                yield RowError(
                    item.row,
                    self.plan.key.headers[0],
                    "orphan_item",
                    f"Item row for order '{key}' has no matching order in the order list",
                    self.path.name,
                )


# --- line building --------------------------------------------------------------------------

_ITEM_SPLIT = re.compile(r";(?=\s*name:)")


_LINE_MARKERS = ("sku", "product_name", "line_ref", "qty", "unit_price", "line_total")
# eBay summary rows may carry a total quantity and price: only item identity marks an item row.
_LINE_MARKERS_D = ("sku", "product_name", "line_ref")


def _row_has_line(plan: _Plan, cells: Sequence[Any]) -> bool:
    for idx in plan.line_markers:
        v = cells[idx]
        if v is not None and v != "":
            return True
    return False


def _line_amounts(
    plan: _Plan,
    qty: int,
    unit: Decimal | None,
    line_total: Decimal | None,
    discount: Decimal,
    row_no: int,
    errors: list[RowError],
    source: str,
    price_header: str,
) -> tuple[Decimal, Decimal]:
    if plan.preset.price == "line_total" and line_total is not None:
        unit = None
    if unit is None and line_total is not None:
        if line_total < 0:
            errors.append(
                RowError(
                    row_no,
                    price_header,
                    "price_negative",
                    f"Line total '{line_total}' must not be negative",
                    source,
                )
            )
            return ZERO, ZERO
        unit = (line_total / qty).quantize(CENT, rounding=ROUND_UP)
        discount += unit * qty - line_total
    elif unit is None:
        unit = ZERO
    if unit < 0:
        errors.append(
            RowError(
                row_no,
                price_header,
                "price_negative",
                f"Unit price '{unit}' must not be negative",
                source,
            )
        )
    return unit, discount


def _build_line(
    plan: _Plan, ex: _Extractor, cells: Sequence[Any], row_no: int, errors: list[RowError]
) -> ParsedLine | None:
    n_err = len(errors)
    v = ex.extract(plan.line_list, cells, row_no, errors)
    if len(errors) > n_err:
        return None
    lc = plan.line_cols
    source = ex.source
    qty = v.get("qty")
    if qty is None:
        header = lc["qty"].headers[0] if "qty" in lc else ""
        errors.append(RowError(row_no, header, "qty_missing", "Quantity is empty", source))
        return None
    sku = v.get("sku", "")
    name = v.get("product_name", "")
    if not sku and not name:
        errors.append(
            RowError(row_no, "", "item_missing", "Row has neither a SKU nor a product name", source)
        )
        return None
    unit = v.get("unit_price")
    total = v.get("line_total")
    price_col = lc.get("unit_price") or lc.get("line_total")
    if unit is None and total is None and price_col is not None:
        errors.append(
            RowError(row_no, price_col.headers[0], "price_missing", "Price is empty", source)
        )
        return None
    disc = v.get("line_discount")
    if (
        unit is not None
        and total is None
        and plan.preset.price == "unit"
        and not disc
        and unit >= 0
    ):
        discount = ZERO  # the common case
    else:
        unit, discount = _line_amounts(
            plan,
            qty,
            unit,
            total,
            abs(disc) if disc else ZERO,
            row_no,
            errors,
            source,
            price_col.headers[0] if price_col else "",
        )
        if len(errors) > n_err:
            return None
    attrs = v.get("attrs")
    if attrs:
        name = f"{name} ({attrs})" if name else attrs
    if len(sku) > MAX_LENGTHS["sku"]:
        errors.append(
            RowError(
                row_no,
                lc["sku"].headers[0],
                "too_long",
                f"SKU '{_show(sku)}' is longer than {MAX_LENGTHS['sku']} characters",
                source,
            )
        )
        return None
    if len(name) > MAX_LENGTHS["product_name"]:
        name = name[: MAX_LENGTHS["product_name"] - 1] + "…"  # a label: shortening loses nothing
    return ParsedLine(row_no, sku, name, qty, unit, discount)


def _numbered_lines(
    plan: _Plan, cells: Sequence[Any], row_no: int, errors: list[RowError], source: str
) -> list[ParsedLine]:
    """WebToffee ``line_item_N`` cells: ``name:…|sku:…|quantity:…|total:…|sub_total:…``."""
    lines = []
    for idx, header in plan.item_columns:
        raw = cells[idx]
        text = clean_text(raw)
        if not text:
            continue
        for chunk in _ITEM_SPLIT.split(text):
            parts: dict[str, str] = {}
            for piece in ITEM_KEY_RE.split(chunk.strip()):
                key, _, value = piece.partition(":")
                parts[key.strip().lower()] = value.strip()
            try:
                qty = parse_qty(parts.get("quantity") or parts.get("qty"))
                total = parse_amount(parts.get("total"))
                subtotal = parse_amount(parts.get("sub_total") or parts.get("subtotal"))
                sku = clean_code(parts.get("sku"))
            except CellError as exc:
                errors.append(
                    RowError(
                        row_no, header, exc.code, f"Item '{_show(chunk)}' {exc.reason}", source
                    )
                )
                continue
            name = clean_text(parts.get("name"))
            if qty is None or (total is None and subtotal is None) or not (sku or name):
                errors.append(
                    RowError(
                        row_no,
                        header,
                        "item_invalid",
                        f"Item '{_show(chunk)}' needs a name or SKU, a quantity and a total",
                        source,
                    )
                )
                continue
            gross = subtotal if subtotal is not None else total
            assert gross is not None
            discount = max(ZERO, gross - total) if total is not None else ZERO
            n_err = len(errors)
            unit, discount = _line_amounts(
                plan, qty, None, gross, discount, row_no, errors, source, header
            )
            if len(errors) == n_err:
                lines.append(ParsedLine(row_no, sku, name, qty, unit, discount))
    return lines


# --- the parser -----------------------------------------------------------------------------

_FOOTER = re.compile(r"(?i)record\(s\) downloaded|^seller id\s*:")
_TXN_IN = frozenset({"sale", "capture"})


def _join_text(*parts: str) -> str:
    out = ""
    for p in parts:
        if not p or p in out:
            continue
        if out and (out[-1].isascii() or p[0].isascii()):
            out += " "
        out += p
    return out


class _Parser:
    def __init__(self, result: ParseResult) -> None:
        self.r = result
        self.plan = result._plan
        self.preset = result._plan.preset
        self.ex = _Extractor(result._limits.max_cell_chars, "")
        self.stats = result.stats
        self._statuses: dict[str, str | None] = {}  # a file has a handful of status texts
        self._hint_currency = "currency" not in self.plan.resolved and self.preset.currency != "CNY"

    def run(self) -> Iterator[ParsedOrder | RowError]:
        r = self.r
        if r._companion is not None:
            r._companion.load()
        try:
            yield from self._groups()
            if r._companion is not None:
                for err in r._companion.orphans():
                    self.stats.errors += 1
                    yield err
        finally:
            r.close()

    def _tick(self, done: int) -> None:
        r = self.r
        if r._cancel is not None and r._cancel():
            raise ImportCancelled("Import cancelled.")
        if r._progress is not None:
            r._progress(done, r._source.estimated_total_rows(done + r.header_row))

    def _groups(self) -> Iterator[ParsedOrder | RowError]:
        plan = self.plan
        ex = self.ex
        stats = self.stats
        header_row = self.r.header_row
        width = plan.width
        key_col = plan.key
        single_key = key_col.indices[0] if len(key_col.indices) == 1 else None
        contiguous = self.preset.items == "rows"
        seen: dict[str, int] = {}
        group: list[tuple[int, list[Any]]] = []
        group_key = ""
        dup_of = 0  # first row of the earlier occurrence when the current group is a repeat
        last_raw: Any = None
        last_key = ""
        pending: list[RowError] = []  # row errors found while an order is being collected
        done = 0
        for row_no, cells in self.r._rows:
            if row_no <= header_row:
                continue
            done += 1
            if done % _TICK == 0:
                self._tick(done)
            if len(cells) < width:
                cells = [*cells, *([""] * (width - len(cells)))]
            # The order key; rows of one order usually repeat the same raw text.
            raw = cells[single_key] if single_key is not None else None
            if single_key is not None and raw == last_raw and raw not in (None, ""):
                key = last_key
            else:
                errs: list[RowError] = []
                key = ex.get(key_col, cells, row_no, errs) or ""
                if errs:
                    # A ruined order number (6.91E+18) cannot be grouped: report the row alone
                    # (after the order being collected, to keep the output in file order).
                    stats.rows += 1
                    stats.errors += len(errs)
                    pending.extend(errs)
                    continue
                last_raw, last_key = raw, key
            if not key:
                if _row_has_line(plan, cells):
                    stats.rows += 1
                    stats.errors += 1
                    pending.append(
                        RowError(
                            row_no,
                            key_col.headers[0],
                            "order_no_missing",
                            "Row has an item but no order number",
                        )
                    )
                else:
                    stats.skipped_rows += 1  # blank, padding or a note under the table
                continue
            if " " in key and _FOOTER.search(" ".join(map(str, cells[:3]))):
                stats.skipped_rows += 1  # eBay: "3,record(s) downloaded,from ... to ..."
                continue
            stats.rows += 1
            if contiguous and key == group_key:
                group.append((row_no, cells))
                continue
            yield from self._flush(group, group_key, dup_of)
            if pending:
                yield from pending
                pending.clear()
            first = seen.get(key)
            dup_of = first or 0
            if first is None:
                seen[key] = row_no
            group, group_key = [(row_no, cells)], key
        yield from self._flush(group, group_key, dup_of)
        yield from pending
        if self.r._progress is not None:
            self.r._progress(done, done)

    def _flush(
        self, group: list[tuple[int, list[Any]]], key: str, dup_of: int
    ) -> Iterator[ParsedOrder | RowError]:
        if not group:
            return
        stats = self.stats
        if dup_of:
            stats.rejected_orders += 1
            for row_no, _ in group:
                stats.errors += 1
                yield RowError(
                    row_no,
                    self.plan.key.headers[0],
                    "duplicate_in_file",
                    f"Order '{key}' already appeared at row {dup_of}; rows of one order must "
                    "be together and an order may appear only once. This row was not imported.",
                )
            return
        errors: list[RowError] = []
        order = self._build_order(group, key, errors)
        if errors or order is None:
            stats.rejected_orders += 1
            stats.errors += len(errors)
            errors.sort(key=lambda e: (e.file, e.row))
            yield from errors
            return
        stats.orders += 1
        stats.lines += len(order.lines)
        yield order

    # -- one order ----------------------------------------------------------------------------

    def _build_order(
        self, group: list[tuple[int, list[Any]]], key: str, errors: list[RowError]
    ) -> ParsedOrder | None:
        plan = self.plan
        preset = self.preset
        ex = self.ex
        first_no, first = group[0]
        v = ex.extract(plan.order_cols, first, first_no, errors)

        # Lines and per-row amounts.
        lines: list[ParsedLine] = []
        sums: dict[str, Decimal] = {}
        txns: list[tuple[Decimal, str, str]] = []
        if preset.items == "rows":
            summary_only = preset.row_model == "D" and not _row_has_line(plan, first)
            for row_no, cells in group:
                is_line = _row_has_line(plan, cells)
                if is_line:
                    line = _build_line(plan, ex, cells, row_no, errors)
                    if line is not None:
                        lines.append(line)
                if plan.row_cols:
                    self._row_amounts(row_no, cells, is_line, summary_only, sums, txns, errors)
        elif preset.items == "numbered":
            lines = _numbered_lines(plan, first, first_no, errors, "")
        elif preset.items == "second_file":
            companion = self.r._companion
            assert companion is not None
            for item in companion.take(key):
                if item.errors:
                    errors.extend(item.errors)
                elif item.line is not None:
                    lines.append(item.line)
        v.update(sums)
        if errors:
            return None
        if not lines and (plan.has_line_columns or preset.items == "second_file"):
            where = " in the second file" if preset.items == "second_file" else ""
            errors.append(
                RowError(first_no, "", "no_lines", f"Order '{key}' has no line items{where}")
            )
            return None
        return self._finish(group, key, v, lines, txns, errors)

    def _row_amounts(
        self,
        row_no: int,
        cells: list[Any],
        is_line: bool,
        summary_only: bool,
        sums: dict[str, Decimal],
        txns: list[tuple[Decimal, str, str]],
        errors: list[RowError],
    ) -> None:
        per_row = self.preset.per_row
        cols = self.plan.row_cols
        if summary_only and is_line:
            # eBay: the summary row has the order totals; item rows repeat them.
            cols = [c for c in cols if c.field not in per_row]
        txn: dict[str, Any] = {}
        for name, value in self.ex.extract(cols, cells, row_no, errors).items():
            if name.startswith("txn_"):
                txn[name] = value
            else:
                sums[name] = sums.get(name, ZERO) + value
        if "txn_amount" in txn:
            txns.append(
                (
                    txn["txn_amount"],
                    str(txn.get("txn_kind", "")).lower(),
                    str(txn.get("txn_status", "success")).lower(),
                )
            )

    def _finish(
        self,
        group: list[tuple[int, list[Any]]],
        key: str,
        v: dict[str, Any],
        lines: list[ParsedLine],
        txns: list[tuple[Decimal, str, str]],
        errors: list[RowError],
    ) -> ParsedOrder | None:
        plan = self.plan
        preset = self.preset
        first_no, first = group[0]
        resolved = plan.resolved
        header = plan.order_headers.get

        # Money. Discounts are reductions whatever their sign in the file.
        goods = v.get("goods_amount")
        if goods is None:
            goods = sum((ln.unit_price * ln.qty - ln.discount for ln in lines), ZERO)
        shipping = v.get("shipping_fee", ZERO)
        discount = abs(v.get("discount", ZERO))
        if "discount2" in v:
            discount += abs(v["discount2"])
        total = v.get("total")
        if total is None:
            total = goods + shipping - discount
            if "tax" in v or "tax2" in v:
                total += v.get("tax", ZERO) + v.get("tax2", ZERO)
        for name, amount in (("goods_amount", goods), ("shipping_fee", shipping), ("total", total)):
            if amount < 0:
                errors.append(
                    RowError(
                        first_no,
                        header(name, ""),
                        "amount_negative",
                        f"{FIELDS[name].label} '{amount}' must not be negative",
                    )
                )

        # Status.
        cancelled_at = v.get("cancelled_at")
        paid_amount = v.get("paid_amount")
        status_text = v.get("status", "")
        if preset.statuses == "shopify":
            status = shopify_status(
                v.get("financial_status", ""),
                v.get("fulfillment_status", ""),
                cancelled_at is not None,
            )
        elif status_text:
            if status_text in self._statuses:
                mapped = self._statuses[status_text]
            else:
                mapped = self._statuses[status_text] = map_status(status_text, preset.statuses)
            if mapped is None:
                errors.append(
                    RowError(
                        first_no,
                        header("status", ""),
                        "status_unknown",
                        f"Order status '{_show(status_text)}' is not recognised",
                    )
                )
                return None
            status = mapped
        else:
            status = self._derived_status(v, total)

        # Amount paid.
        if paid_amount is None:
            if txns:
                paid_amount = sum(
                    (
                        a if kind in _TXN_IN else -a
                        for a, kind, state in txns
                        if state == "success" and (kind in _TXN_IN or kind == "refund")
                    ),
                    ZERO,
                )
            elif "outstanding" in resolved and v.get("outstanding") is not None:
                paid_amount = total - v["outstanding"] - v.get("refund_amount", ZERO)
            elif status == PP or (status == CANCELLED and v.get("paid_at") is None):
                paid_amount = ZERO
            else:
                paid_amount = total
            paid_amount = max(paid_amount, ZERO)
        elif paid_amount < 0:
            errors.append(
                RowError(
                    first_no,
                    header("paid_amount", ""),
                    "amount_negative",
                    f"Amount paid '{paid_amount}' must not be negative",
                )
            )

        # Recipient and address.
        recipient = v.get("recipient_name") or _join_text(
            v.get("first_name", ""), v.get("last_name", "")
        )
        phone, masked = v.get("phone") or ("", False)
        province = v.get("province", "")
        city = v.get("city", "")
        district = v.get("district", "")
        postcode = v.get("postcode", "")
        detail = _join_text(
            v.get("street", ""),
            v.get("address", ""),
            v.get("address2", ""),
            v.get("address3", ""),
        )
        full = v.get("full_address", "")
        if full and not looks_encrypted(full):
            parts = split_address(full)
            province = province or parts.province
            city = city or parts.city
            district = district or parts.district
            detail = detail or parts.detail
            postcode = postcode or parts.postcode
        elif full:
            detail = detail or full
        elif not province and detail and not looks_encrypted(detail):
            parts = split_address(detail)
            if parts.province:
                province, city, district = parts.province, parts.city, parts.district
                detail, postcode = parts.detail, postcode or parts.postcode
        province = canonical_province(province)
        if not city and is_municipality(province):
            city = province
        if postcode == "000000":
            postcode = ""
        if plan.has_recipient_column and not recipient and status not in DONE_OR_GONE:
            errors.append(
                RowError(
                    first_no,
                    header("recipient_name") or header("first_name", ""),
                    "recipient_missing",
                    f"Order '{key}' has no recipient name but still has to be shipped "
                    f"(status {status})",
                )
            )

        # Currency.
        currency = str(v.get("currency", "")).upper()
        if not currency:
            currency = (self._hint_currency and self._currency_hint(first)) or preset.currency
        elif currency in ("RMB", "元"):
            currency = "CNY"
        if len(currency) != 3 or not currency.isalpha():
            errors.append(
                RowError(
                    first_no,
                    header("currency", ""),
                    "currency_invalid",
                    f"Currency '{_show(currency)}' is not a three-letter code",
                )
            )
        values = {
            "external_no": key, "buyer_id": v.get("buyer_id", ""), "recipient_name": recipient,
            "phone": phone, "province": province, "city": city, "district": district,
            "address": detail, "postcode": postcode, "email": v.get("email", ""),
        }  # fmt: skip
        for name, text in values.items():
            if len(text) > MAX_LENGTHS[name]:
                column = header(name) or (plan.key.headers[0] if name == "external_no" else "")
                errors.append(
                    RowError(
                        first_no,
                        column,
                        "too_long",
                        f"{FIELDS[name].label} '{_show(text)}' is longer than "
                        f"{MAX_LENGTHS[name]} characters",
                    )
                )
        if errors:
            return None
        return ParsedOrder(
            rows=tuple(n for n, _ in group),
            channel=self.r.channel,
            external_no=key,
            status=status,
            buyer_id=v.get("buyer_id", ""),
            recipient_name=recipient,
            phone=phone,
            phone_masked=masked,
            province=province,
            city=city,
            district=district,
            address=detail,
            postcode=postcode,
            email=v.get("email", ""),
            buyer_note=v.get("buyer_note", ""),
            seller_note=v.get("seller_note", ""),
            currency=currency,
            goods_amount=goods,
            shipping_fee=shipping,
            discount=discount,
            total=total,
            paid_amount=paid_amount,
            ordered_at=v.get("ordered_at"),
            paid_at=v.get("paid_at"),
            lines=tuple(lines),
            country=v.get("country", ""),
        )

    def _derived_status(self, v: dict[str, Any], total: Decimal) -> str:
        """Status for files without a status column (Tmall report, eBay, Etsy, templates)."""
        if v.get("cancelled_at") is not None:
            return CANCELLED
        refund = v.get("refund_amount")
        paid = v.get("paid_amount")
        if refund and total and refund >= total and not paid:
            return CANCELLED  # refunded in full before anything was kept
        if v.get("shipped_at") is not None:
            return SHIPPED
        if "paid_at" in self.plan.resolved and v.get("paid_at") is None and not paid:
            return PP
        return PR

    def _currency_hint(self, cells: list[Any]) -> str:
        for name in ("total", "unit_price", "shipping_fee"):
            col = self.plan.line_cols.get(name) or next(
                (c for c in chain(self.plan.order_cols, self.plan.row_cols) if c.field == name),
                None,
            )
            if col is None:
                continue
            for idx in col.indices:
                hint = currency_hint(cells[idx])
                if hint:
                    return hint
        return ""
