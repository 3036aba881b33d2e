"""Streaming row readers: xlsx/xlsm/ods/xls through python-calamine (openpyxl read-only as the
fallback), CSV/TSV/TXT through the csv module.

Every reader yields ``(row_no, cells)`` where ``row_no`` is the row number a spreadsheet program
shows (the header of a plain CSV is row 1; preamble and blank rows count; a quoted cell that
spans several physical lines is still one row) and ``cells`` is a list of raw values: ``str``
for text files, ``str | int | float | bool | datetime | date | time | None`` for workbooks.

Memory: text files are decoded and split incrementally, so memory stays flat whatever the file
size. calamine holds one worksheet's cell grid in native memory (about 180 MB for 100,000 x 20
cells) and converts one row to Python objects at a time; sheets whose XML is larger than
`Limits.calamine_max_sheet_xml_bytes` are streamed with openpyxl read-only instead, so memory
has a fixed ceiling whatever the file size (at ~10x lower speed).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from app.importing.errors import (
    CorruptFile,
    EmptyFile,
    MissingDependency,
    SheetNotFound,
    UndecodableFile,
)
from app.importing.safety import (
    DEFAULT_LIMITS,
    FileKind,
    Limits,
    check_file,
    ensure_safe_xml,
    largest_sheet_xml,
)

Cell = str | int | float | bool | datetime | date | time | timedelta | None
Row = tuple[int, list[Any]]
Engine = Literal["auto", "calamine", "openpyxl"]

_CHUNK = 1024 * 1024
_SNIFF_CHARS = 64 * 1024
_SNIFF_LINES = 40
_DELIMITERS = (",", "\t", ";")


@dataclass
class RowSource:
    """An open file that yields rows once. Use as a context manager (or call `close`)."""

    path: Path
    kind: FileKind
    engine: str  # "csv", "calamine", "openpyxl" or "xlrd"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    _rows: Iterator[Row] | None = field(default=None, repr=False)
    _total: int | None = field(default=None, repr=False)
    _closers: list[Any] = field(default_factory=list, repr=False)
    _binary: Any = field(default=None, repr=False)
    _size: int = field(default=0, repr=False)

    def __iter__(self) -> Iterator[Row]:
        if self._rows is None:
            raise RuntimeError("RowSource is closed or already consumed")
        rows, self._rows = self._rows, None
        return rows

    def estimated_total_rows(self, rows_done: int) -> int:
        """Row count for a progress bar: exact for workbooks, extrapolated for text files."""
        if self._total is not None:
            return max(self._total, rows_done)
        if self._binary is None or rows_done == 0:
            return max(rows_done, 1)
        try:
            consumed = self._binary.tell()
        except (OSError, ValueError):
            return max(rows_done, 1)
        if consumed <= 0:
            return max(rows_done, 1)
        return max(rows_done, int(rows_done * self._size / consumed))

    def close(self) -> None:
        self._rows = None
        for closer in reversed(self._closers):
            with contextlib.suppress(Exception):  # closing must never mask the real error
                closer()
        self._closers.clear()

    def __enter__(self) -> RowSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_rows(
    path: str | Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    sheet: str | int | None = None,
    engine: Engine = "auto",
) -> RowSource:
    """Check the file (`safety.check_file`) and open the right streaming reader for it."""
    path = Path(path)
    kind = check_file(path, limits)
    if kind is FileKind.TEXT:
        return _open_text(path, limits)
    if (
        engine == "auto"
        and kind is FileKind.XLSX
        and largest_sheet_xml(path) > limits.calamine_max_sheet_xml_bytes
    ):
        engine = "openpyxl"
    return _open_workbook(path, kind, sheet, engine)


# --- text files -----------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """utf-8-sig → utf-8 → gb18030, each tried strictly over the whole file (streamed).

    UTF-16 is accepted only with a BOM (Excel's "Unicode text" export). A file that decodes
    under none of them is refused; nothing is ever decoded with ``errors="ignore"``.
    """
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    failures: list[str] = []
    for encoding in candidates:
        problem = _decode_problem(path, encoding)
        if problem is None:
            return encoding
        failures.append(f"{encoding}: {problem}")
    raise UndecodableFile(
        "File '{file_name}' is not readable text: it is neither UTF-8 nor GB18030/GBK "
        "({failures}). If it is a spreadsheet, save it as .xlsx; if it is a CSV, save it again as "
        "'CSV UTF-8'.",
        path,
        file_name=path.name,
        failures="; ".join(failures),
    )


def _decode_problem(path: Path, encoding: str) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                bad = exc.object[exc.start : exc.start + 4]
                return f"byte {bad[:1].hex(' ').upper()} at offset {offset + exc.start:,}"
            if not chunk:
                return None
            offset += len(chunk)


# csv.QUOTE_MINIMAL or csv.QUOTE_NONE, as the csv module types its quoting argument.
Quoting = Literal[0, 1, 2, 3]


def _sniff(sample: str, suffix: str) -> tuple[str, Quoting]:
    """Pick the delimiter (comma, tab or semicolon) and the quoting mode from a sample."""
    lines = [line for line in sample.splitlines()[:_SNIFF_LINES] if line.strip(' ,;\t"')]
    if not lines:
        return ",", csv.QUOTE_MINIMAL
    best = (",", -1.0)
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        widths = [c for c in counts if c > 1]
        if not widths:
            continue
        mode = max(set(widths), key=widths.count)
        # The delimiter that splits most lines into the same, largest number of fields wins.
        score = widths.count(mode) / len(lines) * mode
        if delimiter == "\t" and suffix in (".tsv", ".txt"):
            score *= 1.01
        if score > best[1]:
            best = (delimiter, score)
    delimiter = best[0]
    quoting: Quoting = csv.QUOTE_MINIMAL
    if delimiter == "\t" and not any(
        cell.startswith('"') and cell.endswith('"') and len(cell) > 1
        for line in lines
        for cell in line.split("\t")
    ):
        # Amazon's flat files are plain TSV: a '"' in a product name is a character, not a quote.
        quoting = csv.QUOTE_NONE
    return delimiter, quoting


def _open_text(path: Path, limits: Limits) -> RowSource:
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as fh:
        sample = fh.read(_SNIFF_CHARS)
    if not sample.strip():
        raise EmptyFile("File '{file_name}' contains no data.", path, file_name=path.name)
    delimiter, quoting = _sniff(sample, path.suffix.lower())
    # A cell above the csv module's default 128 KiB limit would abort the whole file; raise it
    # so the oversized cell becomes a row error instead. (Process-wide, but only ever raised.)
    if csv.field_size_limit() < limits.max_file_bytes:
        csv.field_size_limit(limits.max_file_bytes)
    binary = path.open("rb")
    text = io.TextIOWrapper(binary, encoding=encoding, newline="", errors="strict")
    source = RowSource(
        path=path, kind=FileKind.TEXT, engine="csv", encoding=encoding, delimiter=delimiter
    )
    source._binary = binary
    source._size = path.stat().st_size
    source._closers.append(text.close)
    source._rows = _iter_csv(text, delimiter, quoting, path)
    return source


def _iter_csv(
    text: io.TextIOWrapper, delimiter: str, quoting: Quoting, path: Path
) -> Iterator[Row]:
    reader = csv.reader(text, delimiter=delimiter, quoting=quoting, strict=False)
    row_no = 0
    try:
        for cells in reader:
            row_no += 1
            yield row_no, cells
    except csv.Error as exc:
        raise CorruptFile(
            "File '{file_name}' cannot be read after row {row_no}: {reason}.",
            path,
            file_name=path.name,
            row_no=row_no,
            reason=exc,
        ) from exc
    finally:
        text.close()


# --- workbooks ------------------------------------------------------------------------------


def _open_workbook(
    path: Path, kind: FileKind, sheet: str | int | None, engine: Engine
) -> RowSource:
    errors: list[str] = []
    if engine in ("auto", "calamine"):
        try:
            return _open_calamine(path, kind, sheet)
        except (SheetNotFound, CorruptFile):
            raise
        except Exception as exc:  # calamine raises several unrelated exception types
            errors.append(f"calamine: {exc}")
            if engine == "calamine":
                raise CorruptFile(
                    "File '{file_name}' cannot be read: {reason}.",
                    path,
                    file_name=path.name,
                    reason=exc,
                ) from exc
    if kind is FileKind.XLS:
        return _open_xlrd(path, sheet, errors)
    try:
        return _open_openpyxl(path, sheet)
    except (SheetNotFound, CorruptFile):
        raise
    except Exception as exc:
        errors.append(f"openpyxl: {exc}")
        raise CorruptFile(
            "File '{file_name}' is damaged or not a valid workbook ({errors}). Open it in Excel "
            "and save it again.",
            path,
            file_name=path.name,
            errors="; ".join(errors),
        ) from exc


def _pick_sheet(names: list[str], visible: list[bool], sheet: str | int | None, path: Path) -> int:
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise SheetNotFound(
                "File '{file_name}' has no sheet number {sheet_1}.",
                path,
                file_name=path.name,
                sheet_1=sheet + 1,
            )
        return sheet
    if isinstance(sheet, str):
        if sheet not in names:
            raise SheetNotFound(
                "File '{file_name}' has no sheet named '{sheet}'.",
                path,
                file_name=path.name,
                sheet=sheet,
            )
        return names.index(sheet)
    for index, shown in enumerate(visible):
        if shown:
            return index
    if not names:
        raise CorruptFile("File '{file_name}' contains no worksheet.", path, file_name=path.name)
    return 0


def _open_calamine(path: Path, kind: FileKind, sheet: str | int | None) -> RowSource:
    import python_calamine as pc

    workbook = pc.CalamineWorkbook.from_path(str(path))
    try:
        meta = workbook.sheets_metadata
        visible = [
            m.visible == pc.SheetVisibleEnum.Visible and m.typ == pc.SheetTypeEnum.WorkSheet
            for m in meta
        ]
        index = _pick_sheet(workbook.sheet_names, visible, sheet, path)
        data = workbook.get_sheet_by_index(index)
    except Exception:
        workbook.close()
        raise
    source = RowSource(path=path, kind=kind, engine="calamine", sheet=data.name)
    end = data.end
    source._total = end[0] + 1 if end else 0
    source._closers.append(workbook.close)
    source._rows = _iter_calamine(data)
    return source


def _iter_calamine(data: Any) -> Iterator[Row]:
    # python-calamine starts iter_rows at row 1 of the sheet (leading empty rows included) but
    # trims empty leading columns; both keep row numbers and column positions consistent.
    yield from enumerate(data.iter_rows(), start=1)


def _open_openpyxl(path: Path, sheet: str | int | None) -> RowSource:
    ensure_safe_xml()
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        worksheets = workbook.worksheets
        names = [ws.title for ws in worksheets]
        visible = [ws.sheet_state == "visible" for ws in worksheets]
        ws = worksheets[_pick_sheet(names, visible, sheet, path)]
        total = ws.max_row
    except Exception:
        workbook.close()
        raise
    source = RowSource(path=path, kind=FileKind.XLSX, engine="openpyxl", sheet=ws.title)
    source._total = total if isinstance(total, int) else None
    source._closers.append(workbook.close)
    source._rows = _iter_openpyxl(ws)
    return source


def _iter_openpyxl(ws: Any) -> Iterator[Row]:
    # min_row=1 makes read-only mode yield the leading empty rows too, so numbers match Excel.
    for row_no, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        yield row_no, list(values)


def _open_xlrd(path: Path, sheet: str | int | None, errors: list[str]) -> RowSource:
    try:
        import xlrd  # optional: only for old .xls files
    except ImportError:
        raise MissingDependency(
            "File '{file_name}' is an old-style .xls workbook that could not be read "
            "({errors_or_no_reader}), and the optional 'xlrd' package is not installed. Open it "
            "in Excel and save it as .xlsx.",
            path,
            file_name=path.name,
            errors_or_no_reader="; ".join(errors) or "no reader",
        ) from None
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        names = book.sheet_names()
        ws = book.sheet_by_index(_pick_sheet(names, [True] * len(names), sheet, path))
    except SheetNotFound:
        raise
    except Exception as exc:
        raise CorruptFile(
            "File '{file_name}' cannot be read: {reason}.", path, file_name=path.name, reason=exc
        ) from exc
    source = RowSource(path=path, kind=FileKind.XLS, engine="xlrd", sheet=ws.name)
    source._total = ws.nrows
    source._closers.append(book.release_resources)
    source._rows = ((i + 1, ws.row_values(i)) for i in range(ws.nrows))
    return source
