"""Typed errors for the import pipeline.

A whole-file problem (encrypted, zip bomb, undecodable, unknown layout) raises one of these
before or during parsing; a problem with one row is reported as a `RowError` value instead and
never raised. Every message names the file so the clerk knows which of several files is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import AppError, ValidationError


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported."""

    code = "import_file"

    def __init__(self, message: str, path: str | Path | None = None, **params: Any) -> None:
        super().__init__(message, field=None, path=str(path) if path is not None else "", **params)
        self.path = str(path) if path is not None else ""


class EmptyFile(ImportFileError):
    code = "file_empty"


class FileTooLarge(ImportFileError):
    code = "file_too_large"


class ZipBombSuspected(ImportFileError):
    code = "zip_bomb"


class EncryptedFile(ImportFileError):
    code = "file_encrypted"


class CorruptFile(ImportFileError):
    code = "file_corrupt"


class UnsupportedFile(ImportFileError):
    code = "file_unsupported"


class UndecodableFile(ImportFileError):
    code = "file_encoding"


class UnsafeXml(ImportFileError):
    """The XML parser in use could expand entities (billion laughs); we refuse to run it."""

    code = "xml_unsafe"


class MissingDependency(ImportFileError):
    code = "dependency_missing"


class FormatNotRecognised(ImportFileError):
    code = "format_unknown"


class SecondFileRequired(ImportFileError):
    code = "second_file_required"


class MappingError(ImportFileError):
    code = "mapping_invalid"


class ImportCancelled(AppError):
    code = "import_cancelled"


class ParserStopped(AppError):
    """The process that reads a big file ended without finishing (killed, out of memory).
    What was written stays; importing the file again continues after it."""

    code = "import_parser_stopped"


class SheetNotFound(ImportFileError):
    code = "sheet_not_found"
