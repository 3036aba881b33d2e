"""A4 pick lists (拣货单) for a wave: one row per SKU and bin, walked in bin order.

Rows are sorted by bin code in natural order (A-2 before A-10) so the picker walks the
warehouse once; each row says how many units to take and which orders they are for, so the
units can be sorted into order totes at the end of the walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents._batch import CancelFn, Output, ProgressFn
from app.documents._table import (
    FOOTER_H,
    MARGIN,
    PAGE_H,
    PAGE_W,
    Column,
    Table,
    draw_footer,
    paginate,
    write_a4_batch,
)
from app.documents.barcodes import draw_code128
from app.documents.data import Language, PickListData, PickRow
from app.documents.text import draw_bold, local_time

_HEADER_H = 31 * mm
_CHECKBOX = "□"
_DIGITS = re.compile(r"(\d+)")


def natural_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders A-2 before A-10 (digit runs compare as numbers)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.upper())
        for part in _DIGITS.split(code)
        if part
    )


def sorted_rows(rows: Iterable[PickRow]) -> list[PickRow]:
    """In walking order; SKUs without a bin come last (found by asking, not by walking)."""
    return sorted(rows, key=lambda r: (not r.bin_code.strip(), natural_key(r.bin_code), r.sku))


def _columns(text: Mapping[str, str]) -> list[Column]:
    return [
        Column(text["col_no"], 24, "center"),
        Column(text["col_bin"], 64, bold=True, size=10),
        Column(text["col_sku"], 76),
        Column(f"{text['col_name']} / {text['col_barcode']}", 0, wrap=True),
        Column(text["col_qty"], 40, "right", bold=True, size=12),
        Column(text["col_orders"], 180, wrap=True, size=8),
        Column(text["col_check"], 26, "center", size=12),
    ]


def _draw_header(
    canvas: Canvas,
    pick: PickListData,
    text: Mapping[str, str],
    font: str,
    rows: list[PickRow],
    *,
    continued: bool,
) -> float:
    top = PAGE_H - MARGIN
    right = PAGE_W - MARGIN
    title = text["pick_title"] + (" " + text["continued"] if continued else "")
    canvas.setFont(font, 18)
    draw_bold(canvas, MARGIN, top - 18, title, 18)
    canvas.setFont(font, 10)
    y = top - 18 - 15
    draw_bold(canvas, MARGIN, y, f"{text['wave_no']}：{pick.wave_no}", 10)
    y -= 13
    canvas.drawString(MARGIN, y, f"{text['warehouse']}：{pick.warehouse_name}")
    y -= 13
    created = local_time(pick.created_at).strftime("%Y-%m-%d %H:%M")
    canvas.drawString(MARGIN, y, f"{text['created_at']}：{created}")
    orders = {order for row in rows for order, _ in row.orders}
    summary = text["summary"].format(
        skus=len({r.sku for r in rows}), units=sum(r.total_qty for r in rows), orders=len(orders)
    )
    y -= 13
    canvas.drawString(MARGIN, y, summary)
    draw_code128(canvas, pick.wave_no, right - 35 * mm, top - 15 * mm, 70 * mm, 13 * mm)
    canvas.setFont(font, 9)
    canvas.drawCentredString(right - 35 * mm, top - 19 * mm, pick.wave_no)
    bottom = top - _HEADER_H
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, bottom, right, bottom)
    return bottom - 3 * mm


def _draw_pick_list(canvas: Canvas, pick: PickListData, text: Mapping[str, str], font: str) -> int:
    table = Table(_columns(text), font, size=9, max_row_lines=12)
    rows = sorted_rows(pick.rows)
    values = [
        [
            str(i),
            row.bin_code,
            row.sku,
            f"{row.name}\n{row.barcode}" if row.barcode else row.name,
            str(row.total_qty),
            "  ".join(f"{order}×{qty}" for order, qty in row.orders),
            _CHECKBOX,
        ]
        for i, row in enumerate(rows, 1)
    ]
    laid = table.layout(values, repeat=(1, 2))
    room = PAGE_H - MARGIN - _HEADER_H - 3 * mm - table.header_height - MARGIN - FOOTER_H
    pages = paginate([r.height for r in laid], room, room, 0.0)
    for page_no, (start, end) in enumerate(pages, 1):
        y = _draw_header(canvas, pick, text, font, rows, continued=page_no > 1)
        y = table.draw_header(canvas, MARGIN, y)
        for row in laid[start:end]:
            y = table.draw_row(canvas, MARGIN, y, row)
        draw_footer(canvas, font, text["page"].format(page=page_no, pages=len(pages)))
        canvas.showPage()
    return len(pages)


def render_pick_lists(
    pick_lists: Iterable[PickListData],
    out: Output,
    *,
    language: Language = "zh_CN",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Draw `pick_lists` into one A4 PDF, each starting on a new page; returns pages written."""
    return write_a4_batch(
        pick_lists, out, _draw_pick_list, title="Pick lists", language=language, progress=progress,
        cancel=cancel,
    )  # fmt: skip
