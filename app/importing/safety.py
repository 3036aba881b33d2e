"""Checks that run before a file is handed to a spreadsheet library.

- Size limits and zip-bomb checks (entry count, total uncompressed size, per-entry compression
  ratio, overlapping entries) on anything that is a zip container (xlsx, xlsm, ods).
- Encrypted workbooks: Excel stores a password-protected .xlsx as an OLE/CFB container
  (magic ``D0 CF 11 E0``) holding ``EncryptionInfo`` and ``EncryptedPackage`` streams; we name
  that instead of failing with "not a zip file".
- Corrupt files: a renamed .txt, a truncated download, a zip that is not a workbook.
- XML entity expansion (billion laughs): openpyxl parses with defusedxml when it is installed;
  `ensure_safe_xml` asserts that it really does before openpyxl is ever used. python-calamine
  parses with quick-xml, which does not expand custom entities.

Formulas are never evaluated anywhere in the pipeline: calamine and openpyxl (``data_only``)
hand back the cached value, and text that looks like a formula is data.
"""

from __future__ import annotations

import itertools
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.importing.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    UnsafeXml,
    UnsupportedFile,
    ZipBombSuspected,
)

MIB = 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_XLS_WORKBOOK = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
# File types people pick by mistake; naming them beats a generic "cannot read".
_OTHER_MAGICS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x1f\x8b": "a gzip archive",
}
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})


@dataclass(frozen=True)
class Limits:
    """Ceilings for one import file. The defaults fit a 1,000,000-row xlsx with room to spare."""

    max_file_bytes: int = 256 * MIB
    max_zip_entries: int = 2_000
    max_uncompressed_bytes: int = 2_048 * MIB
    # Apache POI refuses entries that inflate more than 100x; small parts get some slack
    # because a tiny, very regular styles.xml can legitimately compress that well.
    max_compression_ratio: int = 100
    ratio_grace_bytes: int = 1 * MIB
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    # calamine holds a whole worksheet in memory (~1.3x the sheet XML); above this size the
    # sheet is streamed with openpyxl read-only instead: much slower, but flat memory.
    calamine_max_sheet_xml_bytes: int = 192 * MIB


DEFAULT_LIMITS = Limits()


class FileKind(StrEnum):
    XLSX = "xlsx"  # any zip-based workbook calamine reads (xlsx, xlsm, ods)
    XLS = "xls"  # legacy BIFF in an OLE container
    TEXT = "text"  # CSV / TSV / TXT


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> FileKind:
    """Classify the file by its content (not its name) and refuse anything unsafe or broken."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CorruptFile("File '{name}' does not exist.", path, name=name) from None
    except OSError as exc:
        raise CorruptFile(
            "File '{name}' cannot be opened: {reason}.", path, name=name, reason=exc.strerror
        ) from exc
    if not path.is_file():
        raise UnsupportedFile("'{name}' is not a file.", path, name=name)
    if size == 0:
        raise EmptyFile("File '{name}' is empty.", path, name=name)
    if size > limits.max_file_bytes:
        raise FileTooLarge(
            "File '{name}' is {size_mib:.0f} MB; the limit is {max_file_bytes_mib:.0f} MB. Split "
            "it into smaller files.",
            path,
            size=size,
            limit=limits.max_file_bytes,
            name=name,
            size_mib=size / MIB,
            max_file_bytes_mib=limits.max_file_bytes / MIB,
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGICS):
        check_zip(path, limits)
        return FileKind.XLSX
    if head == OLE_MAGIC:
        return check_ole(path)
    for magic, what in _OTHER_MAGICS.items():
        if head.startswith(magic):
            raise UnsupportedFile(
                "File '{name}' is {what}, not an order spreadsheet or CSV file.",
                path,
                name=name,
                what=what,
            )
    if suffix in EXCEL_SUFFIXES:
        # A renamed .txt/.csv, an HTML page saved as .xls, or a download cut off at the start.
        raise CorruptFile(
            "File '{name}' is named {suffix} but is not an Excel workbook (it is not a zip or OLE "
            "container). It may be damaged, or a text file that was renamed; open it in Excel and "
            "save it again as .xlsx, or rename it to .csv if it is text.",
            path,
            name=name,
            suffix=suffix,
        )
    return FileKind.TEXT


def largest_sheet_xml(path: Path) -> int:
    """Uncompressed size of the biggest worksheet part of an xlsx (0 if there is none)."""
    with zipfile.ZipFile(path) as zf:
        return max(
            (i.file_size for i in zf.infolist() if i.filename.startswith("xl/worksheets/")),
            default=0,
        )


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse zip bombs and zips that are not workbooks, before any XML is parsed."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise CorruptFile(
            "File '{name}' is damaged or incomplete (not a valid zip/xlsx: {reason}). Download or "
            "export it again.",
            path,
            name=name,
            reason=exc,
        ) from exc
    except OSError as exc:
        raise CorruptFile(
            "File '{name}' cannot be read: {reason}.", path, name=name, reason=exc
        ) from exc
    if len(infos) > limits.max_zip_entries:
        raise ZipBombSuspected(
            "File '{name}' contains {infos} parts; a workbook has a few dozen (limit "
            "{max_zip_entries}). Refusing to open it.",
            path,
            name=name,
            infos=len(infos),
            max_zip_entries=limits.max_zip_entries,
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedFile(
                "File '{name}' is password-protected. Remove the password in Excel and save it "
                "again.",
                path,
                name=name,
            )
        total += info.file_size
        if (
            info.file_size > limits.ratio_grace_bytes
            and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1)
        ):
            raise ZipBombSuspected(
                "File '{name}' looks like a zip bomb: part '{filename}' would expand from "
                "{compress_size:,} to {file_size:,} bytes. Refusing to open it.",
                path,
                name=name,
                filename=info.filename,
                compress_size=info.compress_size,
                file_size=info.file_size,
            )
    if total > limits.max_uncompressed_bytes:
        raise ZipBombSuspected(
            "File '{name}' would expand to {total_mib:,.0f} MB (limit "
            "{max_uncompressed_bytes_mib:,.0f} MB). Refusing to open it.",
            path,
            name=name,
            total_mib=total / MIB,
            max_uncompressed_bytes_mib=limits.max_uncompressed_bytes / MIB,
        )
    _check_overlap(path, infos)
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names and "content.xml" not in names:
        raise CorruptFile(
            "File '{name}' is a zip archive but not an Excel workbook.", path, name=name
        )


def _check_overlap(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    # Overlapping entries let a tiny zip reference the same compressed bytes many times
    # (the "better zip bomb"); honest writers never produce them.
    spans = sorted((info.header_offset, info.compress_size, info.filename) for info in infos)
    for (offset, csize, fname), (next_offset, _, _) in itertools.pairwise(spans):
        if offset + csize > next_offset:
            raise ZipBombSuspected(
                "File '{file_name}' has overlapping zip entries ('{fname}'); this is a known "
                "zip-bomb trick. Refusing to open it.",
                path,
                file_name=path.name,
                fname=fname,
            )


def check_ole(path: Path) -> FileKind:
    """An OLE container is either an encrypted OOXML workbook or a legacy .xls."""
    name = path.name
    found_xls = False
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(MIB):
            block = tail + chunk
            if _ENCRYPTED_PACKAGE in block or _ENCRYPTION_INFO in block:
                raise EncryptedFile(
                    "File '{name}' is password-protected (encrypted Excel workbook). Remove the "
                    "password in Excel (File → Info → Protect Workbook) and save it again.",
                    path,
                    name=name,
                )
            found_xls = found_xls or any(marker in block for marker in _XLS_WORKBOOK)
            tail = chunk[-64:]
    if found_xls:
        return FileKind.XLS
    raise UnsupportedFile(
        "File '{name}' is an OLE document (for example a Word file), not a workbook.",
        path,
        name=name,
    )


def ensure_safe_xml() -> None:
    """Assert that openpyxl parses XML through defusedxml (no entity expansion, no DTD fetch).

    openpyxl switches to defusedxml automatically when it is importable and the environment
    variable OPENPYXL_DEFUSEDXML is not "False"; this makes a misconfigured install fail loudly
    instead of silently parsing hostile XML.
    """
    try:
        import openpyxl
        from defusedxml import ElementTree as SafeET
        from openpyxl.xml import functions as xml_functions
    except ImportError as exc:  # pragma: no cover - both are hard dependencies
        raise UnsafeXml("Cannot read Excel files safely: {reason}.", reason=exc) from exc
    if not getattr(openpyxl, "DEFUSEDXML", False) or xml_functions.iterparse is not (
        SafeET.iterparse
    ):
        raise UnsafeXml(
            "openpyxl is not using defusedxml (is OPENPYXL_DEFUSEDXML set to False?); "
            "refusing to parse workbooks with an XML parser that expands entities."
        )


def cell_problem(text: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str] | None:
    """Return (code, message) when a text cell cannot be stored, else None."""
    if len(text) > limits.max_cell_chars:
        return (
            "cell_too_long",
            f"Cell has {len(text):,} characters; the limit is {limits.max_cell_chars:,}",
        )
    if "\x00" in text:
        return "cell_nul", "Cell contains a NUL byte (binary data), which cannot be stored"
    return None
