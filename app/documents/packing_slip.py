"""A4 packing slips (发货单): what goes in the box, with the order barcode for the pack station.

The buyer's note is printed above the lines in a shaded box, because it is the packer who must
act on it ("no invoice in the parcel", "gift wrap") and a note at the bottom gets missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents._batch import CancelFn, Output, ProgressFn
from app.documents._table import (
    CONTENT_W,
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
from app.documents.data import Language, PackingSlipData
from app.documents.text import draw_bold, ellipsize, wrap

_HEADER_H = 27 * mm
_CHECKBOX = "□"


def _columns(text: Mapping[str, str]) -> list[Column]:
    return [
        Column(text["col_no"], 26, "center"),
        Column(text["col_bin"], 70),
        Column(text["col_sku"], 95),
        Column(text["col_name"], 0, wrap=True),
        Column(text["col_qty"], 45, "right", bold=True, size=11),
        Column(text["col_check"], 36, "center", size=12),
    ]


def _draw_header(
    canvas: Canvas,
    slip: PackingSlipData,
    text: Mapping[str, str],
    font: str,
    *,
    continued: bool,
) -> float:
    top = PAGE_H - MARGIN
    right = PAGE_W - MARGIN
    title = text["packing_title"] + (" " + text["continued"] if continued else "")
    canvas.setFont(font, 18)
    draw_bold(canvas, MARGIN, top - 18, title, 18)
    if slip.shop_name:
        canvas.setFont(font, 10)
        canvas.drawString(MARGIN, top - 18 - 15, ellipsize(slip.shop_name, font, 10, 90 * mm))
    canvas.setFont(font, 10)
    y = top - 18 - 30
    draw_bold(canvas, MARGIN, y, f"{text['order_no']}：{slip.order_no}", 10)
    if slip.tracking_no:
        y -= 13
        canvas.drawString(MARGIN, y, f"{text['tracking_no']}：{slip.tracking_no}")
    # The pack station scans this to open the order: big enough for a handheld scanner.
    draw_code128(canvas, slip.order_no, right - 40 * mm, top - 15 * mm, 80 * mm, 13 * mm)
    canvas.setFont(font, 9)
    canvas.drawCentredString(right - 40 * mm, top - 19 * mm, slip.order_no)
    bottom = top - _HEADER_H
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, bottom, right, bottom)
    return bottom


def _recipient_lines(slip: PackingSlipData, text: Mapping[str, str]) -> list[str]:
    r = slip.recipient
    lines = [f"{text['recipient']}：{r.name}  {r.phone}".rstrip()]
    if r.company:
        lines.append(r.company)
    if r.full_address():
        lines.append(f"{text['address']}：{r.full_address()}")
    return lines


def _note_lines(slip: PackingSlipData, text: Mapping[str, str], font: str) -> list[str]:
    if not slip.buyer_note.strip():
        return []
    return wrap(f"{text['buyer_note']}：{slip.buyer_note.strip()}", font, 11, CONTENT_W - 6 * mm)


def _draw_intro(
    canvas: Canvas,
    slip: PackingSlipData,
    text: Mapping[str, str],
    font: str,
    top: float,
) -> float:
    y = top - 4 * mm
    canvas.setFont(font, 10)
    for line in _recipient_lines(slip, text):
        y -= 13
        canvas.drawString(MARGIN, y, ellipsize(line, font, 10, CONTENT_W))
    notes = _note_lines(slip, text, font)
    if notes:
        y -= 4 * mm
        box_h = len(notes) * 14 + 3 * mm
        canvas.setFillGray(0.88)
        canvas.rect(MARGIN, y - box_h, CONTENT_W, box_h, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setFont(font, 11)
        ny = y - 1.5 * mm
        for line in notes:
            ny -= 13
            draw_bold(canvas, MARGIN + 3 * mm, ny, line, 11)
        y -= box_h
    return y - 4 * mm


def _intro_height(slip: PackingSlipData, text: Mapping[str, str], font: str) -> float:
    h = 4 * mm + 13 * len(_recipient_lines(slip, text)) + 4 * mm
    notes = _note_lines(slip, text, font)
    if notes:
        h += 4 * mm + len(notes) * 14 + 3 * mm
    return h


def _draw_slip(canvas: Canvas, slip: PackingSlipData, text: Mapping[str, str], font: str) -> int:
    table = Table(_columns(text), font, size=10)
    values = [
        [str(i), line.bin, line.sku, line.name, str(line.qty), _CHECKBOX]
        for i, line in enumerate(slip.lines, 1)
    ]
    rows = table.layout(values)
    body_bottom = MARGIN + FOOTER_H
    head = PAGE_H - MARGIN - _HEADER_H
    first_room = head - _intro_height(slip, text, font) - table.header_height - body_bottom
    next_room = head - 3 * mm - table.header_height - body_bottom
    tail_h = 22.0
    pages = paginate([r.height for r in rows], first_room, next_room, tail_h)
    total = sum(line.qty for line in slip.lines)
    for page_no, (start, end) in enumerate(pages, 1):
        y = _draw_header(canvas, slip, text, font, continued=page_no > 1)
        y = _draw_intro(canvas, slip, text, font, y) if page_no == 1 else y - 3 * mm
        y = table.draw_header(canvas, MARGIN, y)
        for row in rows[start:end]:
            y = table.draw_row(canvas, MARGIN, y, row)
        if page_no == len(pages):
            canvas.setFont(font, 11)
            label = f"{text['total_qty']}：{total}"
            draw_bold(
                canvas,
                PAGE_W - MARGIN - canvas.stringWidth(label, font, 11) - 3,
                y - 16,
                label,
                11,
            )
        draw_footer(canvas, font, text["page"].format(page=page_no, pages=len(pages)))
        canvas.showPage()
    return len(pages)


def render_packing_slips(
    slips: Iterable[PackingSlipData],
    out: Output,
    *,
    language: Language = "zh_CN",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Draw `slips` into one A4 PDF, each starting on a new page; returns pages written."""
    return write_a4_batch(
        slips, out, _draw_slip, title="Packing slips", language=language, progress=progress,
        cancel=cancel,
    )  # fmt: skip
