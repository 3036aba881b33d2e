"""Helpers shared by the import tests (write small files, parse them, split the results).

Named test_import_* so that it lives with the import tests; it holds one self-test.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.importing import ParsedOrder, ParseResult, RowError, parse_file


def write_csv(
    path: Path,
    rows: Iterable[Sequence[Any]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    lineterminator: str = "\r\n",
    quoting: int = csv.QUOTE_MINIMAL,
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(
            fh,
            delimiter=delimiter,
            lineterminator=lineterminator,
            quoting=quoting,
            escapechar="\\" if quoting == csv.QUOTE_NONE else None,
        )
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: Iterable[Sequence[Any]], *, title: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def table(header: Sequence[str], *records: dict[str, Any]) -> list[list[Any]]:
    """Header row plus one row per record; a record names only the columns it fills."""
    unknown = {k for r in records for k in r} - set(header)
    assert not unknown, f"not in header: {unknown}"
    return [list(header), *([r.get(h, "") for h in header] for r in records)]


def parse_all(path: Path, **kwargs: Any) -> tuple[ParseResult, list[ParsedOrder], list[RowError]]:
    with parse_file(path, **kwargs) as result:
        items = list(result)
    orders = [i for i in items if isinstance(i, ParsedOrder)]
    errors = [i for i in items if isinstance(i, RowError)]
    assert len(orders) + len(errors) == len(items)
    return result, orders, errors


def by_no(orders: Iterable[ParsedOrder]) -> dict[str, ParsedOrder]:
    return {o.external_no: o for o in orders}


def test_table_fills_missing_columns() -> None:
    assert table(["a", "b"], {"b": 1}) == [["a", "b"], ["", 1]]
