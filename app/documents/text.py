"""Line breaking and fitting for mixed Chinese/Latin text, measured with the real font.

Platypus Paragraph would do this too, but costs about a millisecond per paragraph; a label has
half a dozen text blocks and the batch target is 100 labels a second, so the canvas is drawn
directly and lines are broken here: Chinese per character (no spaces between words), Latin
runs per word, and the common "no line starts with ，。)" rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

ELLIPSIS = "…"
# Must not start a line: pulled back onto the previous line even if it overflows slightly.
_NO_LINE_START = set("，。、；：？！）》」』】〕,.;:?!)]}%·～")
# Must not end a line: carried to the next line together with what follows.
_NO_LINE_END = set("（《「『【〔([{¥$")
# A break opportunity after every wide character, or at spaces; Latin words stay whole.
_TOKEN_RE = re.compile(r"\n|[ \t]+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s]")


def _tokens(text: str) -> Iterator[str]:
    """Wide characters one by one; narrow characters glued into words."""
    word = ""
    for match in _TOKEN_RE.finditer(text):
        tok = match.group()
        if len(tok) == 1 and not tok.isspace() and ord(tok) < 0x2E80:
            word += tok
            continue
        if word:
            yield word
            word = ""
        yield tok
    if word:
        yield word


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` (except a pulled-back punctuation mark)."""
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    carry = ""  # an opening bracket waiting to start the next line with its word
    for tok in _tokens(text):
        if tok == "\n":
            lines.append((cur + carry).rstrip())
            cur, cur_w, carry = "", 0.0, ""
            continue
        if tok in _NO_LINE_END:
            carry += tok
            continue
        if carry:
            tok, carry = carry + tok, ""
        w = stringWidth(tok, font, size)
        if cur_w + w <= width:
            cur += tok
            cur_w += w
            continue
        if cur and tok[0] in _NO_LINE_START:
            cur += tok
            cur_w += w
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        cur, cur_w = "", 0.0
        if tok.isspace():
            continue
        if w <= width:
            cur, cur_w = tok, w
            continue
        # A word wider than the line (a long SKU or URL): split it by character.
        for ch in tok:
            cw = stringWidth(ch, font, size)
            if cur and cur_w + cw > width:
                lines.append(cur)
                cur, cur_w = "", 0.0
            cur += ch
            cur_w += cw
    cur += carry
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to fit `width`, ending in … when it was cut."""
    if stringWidth(text, font, size) <= width:
        return text
    limit = width - stringWidth(ELLIPSIS, font, size)
    out = ""
    used = 0.0
    for ch in text:
        cw = stringWidth(ch, font, size)
        if used + cw > limit:
            break
        out += ch
        used += cw
    return out.rstrip() + ELLIPSIS


def fit_block(
    text: str,
    font: str,
    width: float,
    height: float,
    *,
    max_size: float,
    min_size: float,
    leading: float = 1.2,
) -> tuple[float, list[str]]:
    """Largest size (in 0.5 pt steps) at which `text` wraps into `height`.

    If even `min_size` is too big, the lines that fit are kept and the last one ends in …,
    so the block never runs into its neighbour.
    """
    size = max_size
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * leading <= height + 0.01 or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    max_lines = max(1, int((height + 0.01) // (size * leading)))
    if len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], ellipsize(rest, font, size, width)]
    return size, lines


def draw_bold(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Fill-and-stroke text: a heavier weight from a font that has no bold face."""
    canvas.setLineWidth(size * 0.035)
    canvas.drawString(x, y, text, mode=2)


def local_time(ts: datetime) -> datetime:
    """Stored timestamps are UTC-aware; documents show the warehouse's wall-clock time.
    A naive datetime is taken to be local already."""
    return ts.astimezone() if ts.tzinfo is not None else ts
