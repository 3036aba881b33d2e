"""Shipping labels: any number of labels in one PDF, one per page of the label's size (thermal
printers) or on A4 sheets (office printers: one label a page, or four); and raw ZPL II.

Layout, top to bottom, in ruled blocks like a courier's 电子面单:
carrier + service | Code128 of the tracking number with its digits | recipient (large name and
phone, full address) | sender | order no, items, pieces, weight, COD, note, QR | signature.
Everything is drawn straight onto the canvas (no platypus): a label costs a few milliseconds.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents._batch import CancelFn, Output, ProgressFn, write_batch
from app.documents.barcodes import code128_modules, draw_code128, draw_qr, qr_size_modules
from app.documents.data import LabelData, Language, Party, check_language
from app.documents.fonts import LATIN_BOLD, cjk_font
from app.documents.i18n import captions
from app.documents.money import amount_in_chinese_words, currency_word_prefix, format_money
from app.documents.text import draw_bold, ellipsize, fit_block, local_time, wrap
from app.pii import mask_phone


class LabelSize(enum.Enum):
    MM_100x150 = (100, 150)
    MM_100x180 = (100, 180)
    MM_76x130 = (76, 130)

    @property
    def width_mm(self) -> int:
        return self.value[0]

    @property
    def height_mm(self) -> int:
        return self.value[1]

    @property
    def pagesize(self) -> tuple[float, float]:
        return (self.value[0] * mm, self.value[1] * mm)


A4 = (210 * mm, 297 * mm)
_SHEET_MARGIN = 5 * mm
_CROP_MARK = 4 * mm


class LabelSheet(enum.Enum):
    """The paper the labels go on."""

    ROLL = "roll"  # one label a page of the label's own size: thermal label printers
    A4_1 = "a4-1"  # one label a page of A4, at its real size, centred
    A4_4 = "a4-4"  # four labels a page of A4 (2 × 2), shrunk as needed to fit

    @property
    def per_page(self) -> int:
        return 4 if self is LabelSheet.A4_4 else 1

    def pages_for(self, labels: int) -> int:
        return -(-labels // self.per_page)


def _sheet_cells(size: LabelSize, sheet: LabelSheet) -> tuple[list[tuple[float, float]], float]:
    """Where each label of an A4 page goes (lower left corners, top row first) and its scale."""
    width, height = size.pagesize
    page_w, page_h = A4
    columns = rows = 2 if sheet is LabelSheet.A4_4 else 1
    cell_w = (page_w - 2 * _SHEET_MARGIN) / columns
    cell_h = (page_h - 2 * _SHEET_MARGIN) / rows
    scale = min(1.0, cell_w / width, cell_h / height)
    cells = []
    for row in range(rows):
        for column in range(columns):
            x = _SHEET_MARGIN + column * cell_w + (cell_w - width * scale) / 2
            top = page_h - _SHEET_MARGIN - row * cell_h
            cells.append((x, top - (cell_h + height * scale) / 2))
    return cells, scale


def _crop_marks(canvas: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Thin corner marks outside the label: where to cut a plain A4 sheet."""
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.5)
    gap, mark = 1 * mm, _CROP_MARK
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            canvas.line(cx + dx * gap, cy, cx + dx * (gap + mark), cy)
            canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + mark))
    canvas.restoreState()


@dataclass(frozen=True, slots=True)
class _Layout:
    """Block heights in points and a font scale, per label size."""

    margin: float
    header: float
    barcode: float
    bar_height: float
    recipient: float
    sender: float
    qr: float
    caption_w: float
    scale: float


_LAYOUTS: dict[LabelSize, _Layout] = {
    LabelSize.MM_100x150: _Layout(
        2 * mm, 13 * mm, 27 * mm, 17 * mm, 37 * mm, 19 * mm, 22 * mm, 9 * mm, 1.0
    ),
    LabelSize.MM_100x180: _Layout(
        2 * mm, 14 * mm, 31 * mm, 20 * mm, 44 * mm, 22 * mm, 26 * mm, 9 * mm, 1.08
    ),
    LabelSize.MM_76x130: _Layout(
        2 * mm, 11 * mm, 24 * mm, 15 * mm, 33 * mm, 17 * mm, 18 * mm, 7 * mm, 0.82
    ),
}


def _weight_text(weight_g: int) -> str:
    return f"{weight_g / 1000:.2f} kg" if weight_g >= 1000 else f"{weight_g} g"


def _caption_box(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    w: float,
    h: float,
    font: str,
    size: float,
    *,
    inverted: bool,
) -> None:
    """A block's caption in a column on its left (收 / 寄), white on black when `inverted`."""
    if inverted:
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        canvas.setFillGray(1)
    size = min(size, (w - 2) / max(stringWidth(text, font, size), 1) * size)
    canvas.setFont(font, size)
    canvas.drawCentredString(x + w / 2, y + h / 2 - size * 0.35, text)
    if inverted:
        canvas.setFillGray(0)


def _draw_party(
    canvas: Canvas,
    party: Party,
    x: float,
    top: float,
    width: float,
    height: float,
    font: str,
    *,
    name_size: float,
    addr_max: float,
    addr_min: float,
    bold: bool,
    mask: bool,
) -> None:
    phone = mask_phone(party.phone) if mask else party.phone
    name = party.name.strip()
    gap = name_size * 0.8
    y = top - name_size * 1.05
    name_w = stringWidth(name, font, name_size)
    phone_w = stringWidth(phone, font, name_size)
    canvas.setFont(font, name_size)
    if name_w + gap + phone_w <= width:
        lines = [(name, 0.0), (phone, name_w + gap)]
        rows = 1
    else:
        # Too long for one line: the phone moves below the name. Only a name or phone wider
        # than the whole block is cut (with …), rather than run over the frame.
        lines = [(ellipsize(name, font, name_size, width), 0.0)]
        phone = ellipsize(phone, font, name_size, width)
        rows = 2
    for text, dx in lines:
        if bold:
            draw_bold(canvas, x + dx, y, text, name_size)
        else:
            canvas.drawString(x + dx, y, text)
    if rows == 2:
        y -= name_size * 1.2
        if bold:
            draw_bold(canvas, x, y, phone, name_size)
        else:
            canvas.drawString(x, y, phone)
    y -= name_size * 0.35
    if party.company.strip():
        size = addr_min + 0.5
        y -= size * 1.15
        canvas.setFont(font, size)
        canvas.drawString(x, y, ellipsize(party.company.strip(), font, size, width))
    remaining = y - (top - height) - 1.5
    size, addr_lines = fit_block(
        party.full_address(), font, width, remaining, max_size=addr_max, min_size=addr_min
    )
    canvas.setFont(font, size)
    for line in addr_lines:
        y -= size * 1.2
        canvas.drawString(x, y + size * 0.2, line)


def _cod_words(label: LabelData, text: Mapping[str, str]) -> str:
    """The "大写：人民币壹佰贰拾捌元整" for a cash-on-delivery amount ("" if none or too large)."""
    if label.cod_amount is None or label.cod_amount <= 0:
        return ""
    try:
        words = amount_in_chinese_words(
            label.cod_amount, traditional=text["numerals"] == "traditional",
            prefix=currency_word_prefix(label.currency,
                                        traditional=text["numerals"] == "traditional"),
        )  # fmt: skip
    except ValueError:
        return ""
    return f"{text['cod_words']}：{words}"


def _draw_label(
    canvas: Canvas,
    label: LabelData,
    size: LabelSize,
    text: Mapping[str, str],
    mask_phones: bool,
) -> None:
    """One label with its lower left corner at the origin (the caller places the page)."""
    font = cjk_font().name
    lay = _LAYOUTS[size]
    s = lay.scale
    width, height = size.pagesize
    m = lay.margin
    x0, x1 = m, width - m
    inner = x1 - x0
    pad = 1.8 * mm

    canvas.setLineWidth(1.2)
    canvas.rect(x0, m, inner, height - 2 * m, stroke=1, fill=0)
    canvas.setLineWidth(0.8)

    # Header: carrier and print time on the left, service in a black box on the right.
    top = height - m
    bottom = top - lay.header
    service = label.service_name.strip()
    svc_size = 11 * s
    service = ellipsize(service, font, svc_size, inner * 0.45)
    svc_w = stringWidth(service, font, svc_size) + 3 * mm if service else 0
    if service:
        box_h = lay.header - 3 * mm
        canvas.rect(x1 - pad - svc_w, bottom + 1.5 * mm, svc_w, box_h, stroke=0, fill=1)
        canvas.setFillGray(1)
        canvas.setStrokeGray(1)  # draw_bold strokes the outline too: white on black
        canvas.setFont(font, svc_size)
        draw_bold(
            canvas,
            x1 - pad - svc_w + 1.5 * mm,
            bottom + 1.5 * mm + box_h / 2 - svc_size * 0.35,
            service,
            svc_size,
        )
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
    name_size = 15 * s
    canvas.setFont(font, name_size)
    carrier = ellipsize(label.carrier_name, font, name_size, inner - svc_w - 3 * pad)
    draw_bold(canvas, x0 + pad, top - name_size - 1.2 * mm, carrier, name_size)
    small = 6.5 * s
    canvas.setFont(font, small)
    printed = local_time(label.printed_at).strftime("%Y-%m-%d %H:%M")
    canvas.drawString(x0 + pad, bottom + 1.3 * mm, f"{text['printed_at']} {printed}")
    canvas.line(x0, bottom, x1, bottom)

    # Barcode: digits under the bars, never overlapping them.
    top = bottom
    bottom = top - lay.barcode
    digits_size = 11 * s
    bar_y = bottom + 1.5 * mm + digits_size * 1.2
    bar_h = min(lay.bar_height, top - 2 * mm - bar_y)
    draw_code128(canvas, label.tracking_no, width / 2, bar_y, inner - 2 * pad, bar_h)
    # Long tracking numbers (JD's 20+ characters) shrink to the label width rather than
    # run over the frame.
    n = len(label.tracking_no)
    spaced = stringWidth(label.tracking_no, LATIN_BOLD, digits_size) + (n - 1) * 0.15 * digits_size
    digits_size *= min(1.0, (inner - 2 * pad) / spaced)
    canvas.setFont(LATIN_BOLD, digits_size)
    canvas.drawCentredString(
        width / 2, bottom + 1.8 * mm, label.tracking_no, charSpace=digits_size * 0.15
    )
    canvas.line(x0, bottom, x1, bottom)

    # Recipient: the block a sorter reads at arm's length.
    top = bottom
    bottom = top - lay.recipient
    cw = lay.caption_w
    _caption_box(
        canvas,
        text["recipient_short"],
        x0,
        bottom,
        cw,
        lay.recipient,
        font,
        20 * s,
        inverted=True,
    )
    _draw_party(
        canvas,
        label.recipient,
        x0 + cw + pad,
        top - 1.2 * mm,
        inner - cw - 2 * pad,
        lay.recipient - 2.4 * mm,
        font,
        name_size=17 * s,
        addr_max=14 * s,
        addr_min=8 * s,
        bold=True,
        mask=mask_phones,
    )
    canvas.line(x0, bottom, x1, bottom)

    # Sender.
    top = bottom
    bottom = top - lay.sender
    _caption_box(
        canvas, text["sender_short"], x0, bottom, cw, lay.sender, font, 14 * s, inverted=False
    )
    canvas.line(x0 + cw, bottom, x0 + cw, top)
    _draw_party(
        canvas,
        label.sender,
        x0 + cw + pad,
        top - 1.2 * mm,
        inner - cw - 2 * pad,
        lay.sender - 2.4 * mm,
        font,
        name_size=9.5 * s,
        addr_max=8.5 * s,
        addr_min=6.5 * s,
        bold=False,
        mask=mask_phones,
    )
    canvas.line(x0, bottom, x1, bottom)

    # Details on the left, QR on the right, signature line at the foot.
    top = bottom
    bottom = m
    qr = lay.qr
    qr_x = x1 - pad - qr
    draw_qr(canvas, label.tracking_no, qr_x, top - 1 * mm - qr, qr)
    canvas.setFont(font, 6 * s)
    canvas.drawCentredString(qr_x + qr / 2, top - 1 * mm - qr - 1.5 * mm, text["tracking_no"])
    canvas.line(qr_x - pad, bottom, qr_x - pad, top)

    left = x0 + pad
    col_w = qr_x - 2 * pad - left
    sig_size = 7 * s
    sig_y = bottom + 2 * mm
    canvas.setFont(font, sig_size)
    canvas.drawString(left, sig_y, f"{text['signature']}：")
    canvas.drawString(left + col_w * 0.5, sig_y, f"{text['sign_date']}：")
    floor = sig_y + sig_size * 1.6

    body = 8.5 * s
    y = top - 1.2 * mm
    canvas.setFont(font, body)
    y -= body * 1.1
    canvas.drawString(
        left, y, ellipsize(f"{text['order_no']}：{label.order_no}", font, body, col_w)
    )
    facts = f"{text['pieces']}：{label.piece_count}"
    if label.weight_g is not None:
        facts += f"    {text['weight']}：{_weight_text(label.weight_g)}"
    y -= body * 1.35
    canvas.drawString(left, y, ellipsize(facts, font, body, col_w))

    if label.cod_amount is not None and label.cod_amount > 0:
        cod_size = 11 * s
        cod = f"{text['cod']} {format_money(label.cod_amount, label.currency)}"
        cod = ellipsize(cod, font, cod_size, col_w - 2 * mm)
        box_h = cod_size * 1.5
        y -= box_h + 1 * mm
        canvas.rect(left, y, stringWidth(cod, font, cod_size) + 2 * mm, box_h, stroke=0, fill=1)
        canvas.setFillGray(1)
        canvas.setStrokeGray(1)
        canvas.setFont(font, cod_size)
        draw_bold(canvas, left + 1 * mm, y + box_h / 2 - cod_size * 0.35, cod, cod_size)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        # The courier collects what the capitals say: Chinese COD labels print both.
        words = _cod_words(label, text)
        if words:
            y -= body * 1.3
            canvas.setFont(font, body)
            draw_bold(canvas, left, y, ellipsize(words, font, body, col_w), body)

    blocks = []
    if label.item_summary.strip():
        blocks.append(f"{text['items']}：{label.item_summary.strip()}")
    if label.note.strip():
        blocks.append(f"{text['note']}：{label.note.strip()}")
    if blocks:
        # Items first; the note gets what the items leave, but at least one line of its own.
        avail = y - floor - body * 0.3
        note_reserve = body * 1.2 if len(blocks) == 2 else 0.0
        for i, block in enumerate(blocks):
            room = avail - (note_reserve if i == 0 else 0.0)
            wrapped = wrap(block, font, body, col_w)
            room_lines = max(0, int(room // (body * 1.2)))
            if room_lines == 0:
                break
            if len(wrapped) > room_lines:
                rest = "".join(wrapped[room_lines - 1 :])
                wrapped = [*wrapped[: room_lines - 1], ellipsize(rest, font, body, col_w)]
            canvas.setFont(font, body)
            for line in wrapped:
                y -= body * 1.2
                canvas.drawString(left, y, line)
            avail -= len(wrapped) * body * 1.2


def render_labels(
    labels: Iterable[LabelData],
    out: Output,
    size: LabelSize = LabelSize.MM_100x150,
    *,
    sheet: LabelSheet = LabelSheet.ROLL,
    language: Language = "zh_CN",
    mask_phones: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Draw `labels` into one PDF at `out` (path or binary stream); returns the labels written.

    On a roll (the default) every label is a page of its own size. On A4 sheets a label keeps
    its layout: A4_1 centres it at its real size, A4_4 puts four on a page (a 100 × 150 mm
    label shrinks to 96 %, still scannable), with cut marks; pages = `sheet.pages_for(n)`.
    `progress(done)` is called every few labels and at the end; `cancel()` is checked before
    each label (see `_batch` for what a cancelled batch leaves behind). `mask_phones` prints
    138****5678 (privacy labels).
    """
    check_language(language)
    sheet = LabelSheet(sheet)
    text = captions(language)
    cjk_font()  # register before the first page so a font problem fails before any output
    written = 0

    def on_roll(canvas: Canvas, label: LabelData) -> int:
        nonlocal written
        _draw_label(canvas, label, size, text, mask_phones)
        canvas.showPage()
        written += 1
        return 1

    cells, scale = _sheet_cells(size, sheet)
    width, height = size.pagesize

    def on_sheet(canvas: Canvas, label: LabelData) -> int:
        # A page is ended when the next label needs a new one; save() ends the last page.
        nonlocal written
        slot = written % sheet.per_page
        if slot == 0 and written:
            canvas.showPage()
        x, y = cells[slot]
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(scale, scale)
        _draw_label(canvas, label, size, text, mask_phones)
        canvas.restoreState()
        _crop_marks(canvas, x, y, width * scale, height * scale)
        written += 1
        return 1 if slot == 0 else 0

    write_batch(
        labels,
        out,
        on_roll if sheet is LabelSheet.ROLL else on_sheet,
        pagesize=size.pagesize if sheet is LabelSheet.ROLL else A4,
        title="Shipping labels",
        progress=progress,
        cancel=cancel,
    )
    return written


# --- ZPL II ------------------------------------------------------------------------------------

DEFAULT_ZPL_FONT = "E:SIMSUN.TTF"  # the CJK font Chinese-market Zebra printers usually carry


def _zpl_escape(value: str) -> str:
    """Field data for ^FH: _ ^ ~ as hex escapes, so data can never end a field or a format."""
    return value.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


class _Zpl:
    def __init__(self, dpi: int, font_ref: str, measure_font: str) -> None:
        self.dpi = dpi
        self.font_ref = font_ref
        self.measure_font = measure_font
        self.parts: list[str] = []

    def dots(self, value_mm: float) -> int:
        return round(value_mm * self.dpi / 25.4)

    def text(self, x: int, y: int, value: str, h: int, *, reverse: bool = False) -> None:
        rev = "^FR" if reverse else ""
        self.parts.append(
            f"^FO{x},{y}{rev}^A@N,{h},{h},{self.font_ref}^FH^FD{_zpl_escape(value)}^FS"
        )

    def block(self, x: int, y: int, value: str, h: int, width: int, max_lines: int) -> int:
        """Wrapped text (pre-broken here: ^FB only breaks at spaces); returns the next y."""
        lines = wrap(value, self.measure_font, h, width)
        if len(lines) > max_lines:
            rest = "".join(lines[max_lines - 1 :])
            lines = [*lines[: max_lines - 1], ellipsize(rest, self.measure_font, h, width)]
        for line in lines:
            self.text(x, y, line, h)
            y += round(h * 1.2)
        return y

    def box(self, x: int, y: int, w: int, h: int, thickness: int) -> None:
        self.parts.append(f"^FO{x},{y}^GB{w},{h},{thickness}^FS")

    def hline(self, x: int, y: int, w: int) -> None:
        self.box(x, y, w, 0, 2)


def _zpl_label(
    label: LabelData,
    size: LabelSize,
    text: Mapping[str, str],
    z: _Zpl,
    mask_phones: bool,
) -> str:
    lay = _LAYOUTS[size]
    w, h = z.dots(size.width_mm), z.dots(size.height_mm)
    m = z.dots(2)
    pad = z.dots(2)
    inner = w - 2 * m
    to_dots = 1 / mm * z.dpi / 25.4  # points → dots
    z.parts = ["^XA", "^CI28", f"^PW{w}", f"^LL{h}", "^LH0,0"]
    z.box(m, m, inner, h - 2 * m, 3)

    y = m
    header = round(lay.header * to_dots)
    z.text(m + pad, y + pad, label.carrier_name, z.dots(5 * lay.scale))
    z.text(
        m + pad,
        y + header - z.dots(3),
        f"{text['printed_at']} {local_time(label.printed_at):%Y-%m-%d %H:%M}",
        z.dots(2.2),
    )
    if label.service_name.strip():
        sh = z.dots(4 * lay.scale)
        service = ellipsize(label.service_name.strip(), z.measure_font, sh, inner * 0.45)
        sw = round(stringWidth(service, z.measure_font, sh)) + 2 * pad
        box_h = header - 2 * pad
        z.box(w - m - pad - sw, y + pad, sw, box_h, min(sw, box_h))  # solid black box
        z.text(w - m - sw, y + (header - sh) // 2, service, sh, reverse=True)
    y += header
    z.hline(m, y, inner)

    band = round(lay.barcode * to_dots)
    bar_h = round(lay.bar_height * to_dots)
    modules = code128_modules(label.tracking_no)
    module = max(1, min(4, (inner - 2 * pad) // (modules + 20)))
    bx = m + (inner - modules * module) // 2
    z.parts.append(f"^BY{module},3,{bar_h}")
    z.parts.append(
        f"^FO{bx},{y + pad}^BCN,{bar_h},Y,N,N,A^FH^FD{_zpl_escape(label.tracking_no)}^FS"
    )
    y += band
    z.hline(m, y, inner)

    cw = round(lay.caption_w * to_dots)
    for key, party, block_h, name_h, addr_h, lines, inverted in (
        ("recipient_short", label.recipient, lay.recipient, 5.5, 4.2, 3, True),
        ("sender_short", label.sender, lay.sender, 3.3, 2.8, 2, False),
    ):
        bh = round(block_h * to_dots)
        ch = min(z.dots(6), cw - 4)
        if inverted:
            z.box(m, y, cw, bh, cw)
        else:
            z.box(m + cw, y, 0, bh, 2)
        z.text(m + (cw - ch) // 2, y + (bh - ch) // 2, text[key], ch, reverse=inverted)
        phone = mask_phone(party.phone) if mask_phones else party.phone
        nh = z.dots(name_h * lay.scale)
        tx = m + cw + pad
        z.text(tx, y + pad, f"{party.name}  {phone}", nh)
        z.block(
            tx,
            y + pad + round(nh * 1.3),
            party.full_address(),
            z.dots(addr_h * lay.scale),
            w - m - pad - tx,
            lines,
        )
        y += bh
        z.hline(m, y, inner)

    qr_dots = round(lay.qr * to_dots)
    qr_modules = qr_size_modules(label.tracking_no)
    mag = max(2, min(10, qr_dots // qr_modules))
    z.parts.append(
        f"^FO{w - m - pad - qr_modules * mag},{y + pad}^BQN,2,{mag}"
        f"^FH^FDMA,{_zpl_escape(label.tracking_no)}^FS"
    )
    body = z.dots(2.8 * lay.scale)
    col_w = w - m - 3 * pad - qr_modules * mag - (m + pad)
    ty = y + pad
    z.text(m + pad, ty, f"{text['order_no']}：{label.order_no}", body)
    ty += round(body * 1.3)
    facts = f"{text['pieces']}：{label.piece_count}"
    if label.weight_g is not None:
        facts += f"  {text['weight']}：{_weight_text(label.weight_g)}"
    z.text(m + pad, ty, facts, body)
    ty += round(body * 1.3)
    if label.cod_amount is not None and label.cod_amount > 0:
        cod = f"{text['cod']} {format_money(label.cod_amount, label.currency)}"
        ch = z.dots(4 * lay.scale)
        z.box(m + pad, ty, col_w, round(ch * 1.4), round(ch * 1.4))
        z.text(m + pad + 8, ty + round(ch * 0.2), cod, ch, reverse=True)
        ty += round(ch * 1.6)
        words = _cod_words(label, text)
        if words:
            z.text(m + pad, ty, words, body)
            ty += round(body * 1.3)
    if label.item_summary.strip():
        ty = z.block(m + pad, ty, f"{text['items']}：{label.item_summary}", body, col_w, 3)
    if label.note.strip():
        z.block(m + pad, ty, f"{text['note']}：{label.note}", body, col_w, 2)
    z.text(m + pad, h - m - z.dots(5), f"{text['signature']}：", body)
    z.parts.append("^PQ1")
    z.parts.append("^XZ")
    return "\n".join(z.parts)


def render_zpl(
    labels: Iterable[LabelData],
    size: LabelSize = LabelSize.MM_100x150,
    *,
    language: Language = "zh_CN",
    dpi: int = 203,
    font_ref: str = DEFAULT_ZPL_FONT,
    mask_phones: bool = False,
) -> str:
    """Raw ZPL II for a thermal printer: one ^XA…^XZ format per label.

    Text is UTF-8 (^CI28) and printed with `^A@` and `font_ref`, a CJK TrueType font stored on
    the printer (E:SIMSUN.TTF on most Chinese-market Zebras; check the printer's directory
    listing and pass another name if it differs). Send the result to the printer as UTF-8
    bytes, raw (not through a Windows driver that re-encodes text).
    """
    check_language(language)
    if dpi not in (203, 300, 600):
        raise ValueError("dpi must be 203, 300 or 600")
    text = captions(language)
    z = _Zpl(dpi, font_ref, cjk_font().name)
    return "\n".join(_zpl_label(label, size, text, z, mask_phones) for label in labels) + "\n"
