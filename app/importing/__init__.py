"""Bulk order import, parsing half: read a platform export, recognise its layout, normalise and
validate its cells, group rows into orders. Pure: no database writes (that is `writer`).

Public API (see each module):

- `parse_file`, `detect_format`, `preview_file`, `ParseResult`, `ParsedOrder`, `ParsedLine`,
  `RowError` (parse)
- `PRESETS`, `format_names`, `FIELDS`, `MAPPABLE_FIELDS`, `preset_from_mapping` (formats)
- `write_xlsx`, `write_shipping_file`, `ShippingRecord`, `write_import_template` (export)
- `open_rows` (readers), `check_file`, `Limits` (safety), errors in `app.importing.errors`

The writers of `export` load on first use: the parser process (`pipeline`) imports this
package and needs no openpyxl writer (0.2 s at its start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.importing.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    FormatNotRecognised,
    ImportCancelled,
    ImportFileError,
    MappingError,
    ParserStopped,
    SecondFileRequired,
    UndecodableFile,
    UnsupportedFile,
    ZipBombSuspected,
)
from app.importing.formats import (
    FIELDS,
    MAPPABLE_FIELDS,
    PRESETS,
    TEMPLATE_COLUMNS,
    Candidate,
    Detection,
    Preset,
    format_names,
    preset_from_mapping,
)
from app.importing.parse import (
    FilePreview,
    ParsedLine,
    ParsedOrder,
    ParseResult,
    ParseStats,
    RowError,
    detect_format,
    parse_file,
    preview_file,
)
from app.importing.readers import open_rows
from app.importing.safety import DEFAULT_LIMITS, Limits, check_file

if TYPE_CHECKING:
    from app.importing.export import (
        ShippingRecord,
        write_import_template,
        write_shipping_file,
        write_xlsx,
    )

_EXPORT = frozenset(
    {"ShippingRecord", "write_import_template", "write_shipping_file", "write_xlsx"}
)


def __getattr__(name: str) -> Any:
    if name not in _EXPORT:
        raise AttributeError(f"module 'app.importing' has no attribute {name!r}")
    return getattr(importlib.import_module("app.importing.export"), name)


__all__ = [
    "DEFAULT_LIMITS",
    "FIELDS",
    "MAPPABLE_FIELDS",
    "PRESETS",
    "TEMPLATE_COLUMNS",
    "Candidate",
    "CorruptFile",
    "Detection",
    "EmptyFile",
    "EncryptedFile",
    "FilePreview",
    "FileTooLarge",
    "FormatNotRecognised",
    "ImportCancelled",
    "ImportFileError",
    "Limits",
    "MappingError",
    "ParseResult",
    "ParseStats",
    "ParsedLine",
    "ParsedOrder",
    "ParserStopped",
    "Preset",
    "RowError",
    "SecondFileRequired",
    "ShippingRecord",
    "UndecodableFile",
    "UnsupportedFile",
    "ZipBombSuspected",
    "check_file",
    "detect_format",
    "format_names",
    "open_rows",
    "parse_file",
    "preset_from_mapping",
    "preview_file",
    "write_import_template",
    "write_shipping_file",
    "write_xlsx",
]
