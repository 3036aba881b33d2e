"""A4 invoices (销售单): seller header, buyer, lines, totals, total in capital numerals.

Long invoices continue on further pages; every page repeats the seller header, the invoice
number and the table header, and says "page x/y".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents._batch import CancelFn, Output, ProgressFn, write_batch
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
)
from app.documents.data import InvoiceData
from app.documents.fonts import cjk_font
from app.documents.i18n import captions
from app.documents.money import amount_in_chinese_words, currency_word_prefix, format_money
from app.documents.text import draw_bold, ellipsize, wrap

_HEADER_H = 25 * mm
_BUYER_H = 22 * mm


def _percent(rate: Decimal) -> str:
    text = f"{rate * 100:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _columns(text: Mapping[str, str]) -> list[Column]:
    return [
        Column(text["col_no"], 24, "center"),
        Column(text["col_sku"], 72),
        Column(text["col_name"], 0, wrap=True),
        Column(text["col_qty"], 36, "right"),
        Column(text["col_unit_price"], 62, "right"),
        Column(text["col_discount"], 54, "right"),
        Column(text["col_tax_rate"], 38, "right"),
        Column(text["col_amount"], 70, "right"),
    ]


def _words(invoice: InvoiceData) -> str | None:
    """Total in capital numerals for Chinese invoices, None for English."""
    if invoice.language == "en":
        return None
    traditional = invoice.language == "zh_TW"
    prefix = currency_word_prefix(invoice.currency, traditional=traditional)
    return amount_in_chinese_words(invoice.totals.total, traditional=traditional, prefix=prefix)


def _draw_header(
    canvas: Canvas, inv: InvoiceData, text: Mapping[str, str], font: str, *, continued: bool
) -> float:
    """Seller block left, title and numbers right; returns the y below the header rule."""
    top = PAGE_H - MARGIN
    x = MARGIN
    right = PAGE_W - MARGIN
    title = text["invoice_title"] + (" " + text["continued"] if continued else "")
    canvas.setFont(font, 18)
    draw_bold(canvas, right - canvas.stringWidth(title, font, 18), top - 18, title, 18)

    seller = inv.seller
    canvas.setFont(font, 14)
    name = ellipsize(seller.company or seller.name, font, 14, CONTENT_W * 0.6)
    draw_bold(canvas, x, top - 14, name, 14)
    canvas.setFont(font, 8.5)
    y = top - 14 - 13
    details = [
        f"{text['address']}：{seller.full_address()}" if seller.full_address() else "",
        f"{text['phone']}：{seller.phone}" if seller.phone else "",
        f"{text['seller_tax_id']}：{inv.seller_tax_id}" if inv.seller_tax_id else "",
    ]
    for line in filter(None, details):
        canvas.drawString(x, y, ellipsize(line, font, 8.5, CONTENT_W * 0.6))
        y -= 11

    canvas.setFont(font, 9)
    ry = top - 18 - 14
    for line in (
        f"{text['invoice_no']}：{inv.invoice_no}",
        f"{text['issue_date']}：{inv.issue_date.isoformat()}",
        f"{text['order_no']}：{inv.order_no}",
    ):
        canvas.drawRightString(right, ry, line)
        ry -= 11.5
    bottom = top - _HEADER_H
    canvas.setLineWidth(1.2)
    canvas.line(x, bottom, right, bottom)
    return bottom


def _draw_buyer(
    canvas: Canvas, inv: InvoiceData, text: Mapping[str, str], font: str, top: float
) -> float:
    buyer = inv.buyer
    x = MARGIN
    y = top - 5 * mm
    canvas.setFont(font, 10)
    draw_bold(canvas, x, y, f"{text['buyer']}：{buyer.company or buyer.name}", 10)
    canvas.setFont(font, 9)
    lines = []
    if buyer.company and buyer.name:
        lines.append(f"{buyer.name}  {buyer.phone}".strip())
    elif buyer.phone:
        lines.append(f"{text['phone']}：{buyer.phone}")
    if buyer.full_address():
        lines.append(f"{text['address']}：{buyer.full_address()}")
    if inv.buyer_tax_id:
        lines.append(f"{text['buyer_tax_id']}：{inv.buyer_tax_id}")
    for line in lines[:3]:
        y -= 12
        canvas.drawString(x, y, ellipsize(line, font, 9, CONTENT_W))
    return top - _BUYER_H


def _totals_lines(inv: InvoiceData, text: Mapping[str, str]) -> list[tuple[str, str]]:
    t = inv.totals
    cur = inv.currency
    rows = [
        (text["subtotal"], format_money(t.subtotal, cur)),
        (text["tax"], format_money(t.tax, cur)),
    ]
    if t.shipping:
        rows.append((text["shipping"], format_money(t.shipping, cur)))
    if t.discount:
        rows.append((text["order_discount"], format_money(-t.discount, cur)))
    return rows


def _tail_height(inv: InvoiceData, text: Mapping[str, str], font: str) -> float:
    h = 6 + len(_totals_lines(inv, text)) * 13 + 20  # rows + the bold total
    if _words(inv):
        h += 16
    if inv.prices_include_tax:
        h += 12
    if inv.note.strip():
        h += 4 + 11 * len(wrap(inv.note, font, 8.5, CONTENT_W))
    return h


def _draw_tail(
    canvas: Canvas, inv: InvoiceData, text: Mapping[str, str], font: str, top: float
) -> None:
    right = PAGE_W - MARGIN
    label_x = right - 75 * mm
    y = top - 6
    canvas.setFont(font, 9.5)
    for label, value in _totals_lines(inv, text):
        y -= 13
        canvas.drawString(label_x, y, label)
        canvas.drawRightString(right, y, value)
    y -= 5
    canvas.setLineWidth(0.8)
    canvas.line(label_x, y + 1, right, y + 1)
    y -= 14
    canvas.setFont(font, 12)
    draw_bold(canvas, label_x, y, text["total"], 12)
    total = format_money(inv.totals.total, inv.currency)
    draw_bold(canvas, right - canvas.stringWidth(total, font, 12), y, total, 12)
    words = _words(inv)
    if words:
        y -= 16
        canvas.setFont(font, 10)
        caption = f"{text['total_in_words']}："
        canvas.drawString(MARGIN, y, caption)
        draw_bold(canvas, MARGIN + canvas.stringWidth(caption, font, 10), y, words, 10)
    canvas.setFont(font, 8.5)
    if inv.prices_include_tax:
        y -= 12
        canvas.drawString(MARGIN, y, text["prices_include_tax"])
    if inv.note.strip():
        y -= 4
        for line in wrap(f"{text['note']}：{inv.note.strip()}", font, 8.5, CONTENT_W):
            y -= 11
            canvas.drawString(MARGIN, y, line)


def _draw_invoice(canvas: Canvas, inv: InvoiceData, font: str) -> int:
    text = captions(inv.language)
    table = Table(_columns(text), font)
    cur = inv.currency
    values = []
    for i, line in enumerate(inv.lines, 1):
        values.append(
            [
                str(i),
                line.sku,
                line.name,
                str(line.qty),
                format_money(line.unit_price, cur, symbol=False),
                format_money(-line.discount, cur, symbol=False) if line.discount else "",
                _percent(line.tax_rate),
                format_money(line.amount, cur, symbol=False),
            ]
        )
    rows = table.layout(values)
    body_bottom = MARGIN + FOOTER_H
    first_top = PAGE_H - MARGIN - _HEADER_H - _BUYER_H - table.header_height
    next_top = PAGE_H - MARGIN - _HEADER_H - 3 * mm - table.header_height
    pages = paginate(
        [r.height for r in rows],
        first_top - body_bottom,
        next_top - body_bottom,
        _tail_height(inv, text, font),
    )
    for page_no, (start, end) in enumerate(pages, 1):
        y = _draw_header(canvas, inv, text, font, continued=page_no > 1)
        if page_no == 1:
            y = _draw_buyer(canvas, inv, text, font, y)
        else:
            y -= 3 * mm
        y = table.draw_header(canvas, MARGIN, y)
        for row in rows[start:end]:
            y = table.draw_row(canvas, MARGIN, y, row)
        if page_no == len(pages):
            _draw_tail(canvas, inv, text, font, y)
        draw_footer(canvas, font, text["page"].format(page=page_no, pages=len(pages)))
        canvas.showPage()
    return len(pages)


def render_invoices(
    invoices: Iterable[InvoiceData],
    out: Output,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Draw `invoices` into one A4 PDF, each starting on a new page; returns pages written.

    Each invoice is printed in its own `language`. Progress counts invoices; `cancel()` is
    checked before each invoice (see `_batch` for what a cancelled batch leaves behind).
    """
    font = cjk_font().name
    return write_batch(
        invoices,
        out,
        lambda canvas, inv: _draw_invoice(canvas, inv, font),
        pagesize=(PAGE_W, PAGE_H),
        title="Invoices",
        progress=progress,
        cancel=cancel,
    )
