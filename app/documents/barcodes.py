"""Barcodes drawn straight onto a reportlab canvas: Code128 (reportlab's encoder) and QR (segno)."""

from __future__ import annotations

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

THERMAL_DOT = 25.4 / 203 * mm  # one dot of a 203 dpi thermal head, in points
MAX_MODULE_DOTS = 4  # 0.5 mm: wide enough for any handheld scanner at arm's length


def _code128_module(modules: int, avail: float) -> float:
    """Widest module (X dimension) that fits with 10X quiet zones, at most 4 dots (0.5 mm).

    Snapped down to whole 203 dpi dots when at least two dots wide, so a thermal printer
    renders every bar with the same width (uneven bars are the usual cause of no-reads).
    """
    x = avail / (modules + 20)
    dots = min(MAX_MODULE_DOTS, int(x / THERMAL_DOT))
    return dots * THERMAL_DOT if dots >= 2 else x


def _code128(value: str, avail: float, bar_height: float) -> Code128:
    bc = Code128(value, barWidth=1.0, barHeight=bar_height, quiet=0, humanReadable=0)
    modules = bc.width  # with barWidth 1 the width is the module count
    bc.barWidth = _code128_module(int(modules), avail)
    return bc


def draw_code128(
    canvas: Canvas, value: str, cx: float, y: float, avail: float, bar_height: float
) -> float:
    """Code128 centred on `cx` with its bottom at `y`; returns its width."""
    bc = _code128(value, avail, bar_height)
    width = float(bc.width)
    bc.drawOn(canvas, cx - width / 2, y)
    return width


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """QR code with its lower-left corner at (x, y), `size` wide including a 2-module margin.

    Each row's runs of dark modules become one rectangle, all in one filled path written in
    module units (small integers): about 5x faster than reportlab's QR widget, and a page
    stream a fraction of the size of one rect per module.
    """
    qr = segno.make_qr(value, error="m")
    matrix = qr.matrix
    n = len(matrix)
    module = size / (n + 4)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        yr = n - 1 - r  # PDF y grows upwards, matrix rows go down
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {yr} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    # Origin at the symbol's lower-left module, one unit = one module.
    canvas.transform(module, 0, 0, module, x + 2 * module, y + 2 * module)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


def code128_modules(value: str) -> int:
    """Width of the Code128 symbol for `value` in modules (without quiet zones)."""
    return int(Code128(value, barWidth=1.0, quiet=0).width)


def qr_size_modules(value: str) -> int:
    """Modules per side of the QR symbol `draw_qr` makes for `value` (without margin)."""
    return len(segno.make_qr(value, error="m").matrix)
