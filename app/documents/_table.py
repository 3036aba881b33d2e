"""A small canvas table for the A4 documents: wrap cells, split tall rows, paginate, draw.

Hand-rolled instead of platypus Table because it is several times faster for the short tables
invoices have (the benchmark renders 1,000 of them) and because the page count must be known
before drawing to print "page 1/3" on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents._batch import CancelFn, Output, ProgressFn, write_batch
from app.documents.data import Language, check_language
from app.documents.fonts import cjk_font
from app.documents.i18n import captions
from app.documents.text import draw_bold, ellipsize, wrap

T = TypeVar("T")

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_H = 10 * mm  # reserved at the bottom of every page for "page x/y"

CONTINUED = "↳"  # first cell of a row that continues the row above

Align = Literal["left", "right", "center"]


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # points; 0 = share what the fixed columns leave
    align: Align = "left"
    wrap: bool = False  # wrap onto more lines; otherwise cut with …
    bold: bool = False
    size: float | None = None  # font size, when it differs from the table's


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[tuple[str, ...], ...]  # lines per cell
    height: float
    shaded: bool = False


class Table:
    def __init__(
        self,
        columns: Sequence[Column],
        font: str,
        *,
        size: float = 9,
        width: float = CONTENT_W,
        pad: float = 3,
        max_row_lines: int = 8,
    ) -> None:
        flex = [c for c in columns if c.width == 0]
        fixed = sum(c.width for c in columns)
        share = (width - fixed) / len(flex) if flex else 0.0
        self.columns = list(columns)
        self.widths = [c.width or share for c in columns]
        self.font = font
        self.size = size
        self.leading = size * 1.25
        self.pad = pad
        self.width = width
        # A row taller than this is continued in further rows (e.g. a SKU going to 300 orders).
        self.max_row_lines = max_row_lines
        self.header_height = self.leading + 2 * pad

    def _size(self, col: Column) -> float:
        return col.size or self.size

    def layout(
        self,
        values: Sequence[Sequence[str]],
        *,
        shade_alternate: bool = True,
        repeat: Sequence[int] = (),
    ) -> list[Row]:
        """Wrap every cell; rows taller than `max_row_lines` continue in further rows, which
        carry the wrapped cells' further lines, the columns in `repeat` (say, bin and SKU, so
        a continuation at the top of a page still says what it is) and ↳ in the first column.
        Quantities are never repeated: a picker would take them twice."""
        rows: list[Row] = []
        for index, record in enumerate(values):
            cells: list[list[str]] = []
            for col, width, value in zip(self.columns, self.widths, record, strict=True):
                inner = width - 2 * self.pad
                size = self._size(col)
                if col.wrap:
                    cells.append(wrap(value, self.font, size, inner) or [""])
                else:
                    cells.append([ellipsize(value, self.font, size, inner)])
            shaded = shade_alternate and index % 2 == 1
            tallest = max(len(c) for c in cells)
            step = self.max_row_lines
            for start in range(0, tallest, step):
                chunk = tuple(
                    self._chunk(c, start, step, first=i == 0, repeated=i in repeat)
                    for i, c in enumerate(cells)
                )
                lines = max(len(c) for c in chunk)
                rows.append(Row(chunk, lines * self.leading + 2 * self.pad, shaded))
        return rows

    @staticmethod
    def _chunk(
        lines: list[str], start: int, step: int, *, first: bool, repeated: bool
    ) -> tuple[str, ...]:
        if start < len(lines):
            return tuple(lines[start : start + step])
        if first:
            return (CONTINUED,)
        return (lines[0],) if repeated else ()

    def draw_header(self, canvas: Canvas, x: float, top: float) -> float:
        canvas.setFillGray(0.88)
        canvas.rect(x, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setFont(self.font, self.size)
        baseline = top - self.pad - self.size
        cx = x
        for col, width in zip(self.columns, self.widths, strict=True):
            self._draw_text(canvas, col.title, cx, width, baseline, col.align, self.size, True)
            cx += width
        canvas.setLineWidth(0.8)
        canvas.line(x, top - self.header_height, x + self.width, top - self.header_height)
        return top - self.header_height

    def draw_row(self, canvas: Canvas, x: float, top: float, row: Row) -> float:
        bottom = top - row.height
        if row.shaded:
            canvas.setFillGray(0.96)
            canvas.rect(x, bottom, self.width, row.height, stroke=0, fill=1)
            canvas.setFillGray(0)
        cx = x
        for col, width, lines in zip(self.columns, self.widths, row.cells, strict=True):
            size = self._size(col)
            canvas.setFont(self.font, size)
            baseline = top - self.pad - size
            for line in lines:
                self._draw_text(canvas, line, cx, width, baseline, col.align, size, col.bold)
                baseline -= self.leading
            cx += width
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.4)
        canvas.line(x, bottom, x + self.width, bottom)
        canvas.setStrokeGray(0)
        return bottom

    def _draw_text(
        self,
        canvas: Canvas,
        text: str,
        x: float,
        width: float,
        baseline: float,
        align: Align,
        size: float,
        bold: bool,
    ) -> None:
        if not text:
            return
        if align == "left" and not bold:
            canvas.drawString(x + self.pad, baseline, text)
            return
        if align != "left":
            tw = canvas.stringWidth(text, self.font, size)
            x = x + width - self.pad - tw if align == "right" else x + (width - tw) / 2
        else:
            x += self.pad
        if bold:
            draw_bold(canvas, x, baseline, text, size)
        else:
            canvas.drawString(x, baseline, text)


def paginate(
    heights: Sequence[float], first_room: float, next_room: float, tail: float
) -> list[tuple[int, int]]:
    """Split rows into pages: [(start, end), ...] with `tail` (the totals) fitting after the
    last row of the last page. A page with no rows (start == end) carries only the tail."""
    pages: list[tuple[int, int]] = []
    start = 0
    room = first_room
    used = 0.0
    for i, h in enumerate(heights):
        if used + h > room and i > start:
            pages.append((start, i))
            start, used, room = i, 0.0, next_room
        used += h
    if used + tail > room and heights:
        pages.append((start, len(heights)))
        start = len(heights)
    pages.append((start, len(heights)))
    return pages


def draw_footer(canvas: Canvas, font: str, text: str) -> None:
    canvas.setFont(font, 8)
    canvas.drawCentredString(PAGE_W / 2, MARGIN / 2 + 2 * mm, text)


def write_a4_batch(
    documents: Iterable[T],
    out: Output,
    draw: Callable[[Canvas, T, Mapping[str, str], str], int],
    *,
    title: str,
    language: Language,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> int:
    """An A4 batch whose every document is drawn in `language`: `draw(canvas, doc, captions,
    font name) -> pages drawn`. Returns the pages written (see `_batch`)."""
    check_language(language)
    text = captions(language)
    font = cjk_font().name
    return write_batch(
        documents,
        out,
        lambda canvas, doc: draw(canvas, doc, text, font),
        pagesize=(PAGE_W, PAGE_H),
        title=title,
        progress=progress,
        cancel=cancel,
    )
