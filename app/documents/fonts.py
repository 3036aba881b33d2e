"""Find a CJK font reportlab can embed, register it once, and say which one it was.

reportlab embeds TrueType outlines only. OpenType/CFF fonts (Noto Sans CJK, Source Han Sans,
macOS PingFang) raise "postscript outlines are not supported", so they are never candidates.
Search order, first usable wins:

1. `KUAIDAN_CJK_FONT` (a .ttf/.ttc path; `path#N` picks subfont N of a .ttc),
2. fonts dropped into `resources/fonts/` (bundled with the installer),
3. well-known system fonts: WenQuanYi (Linux), Microsoft YaHei / SimHei / SimSun (Windows),
   Arial Unicode / STHeiti (macOS), Droid Sans Fallback, AR PL UMing.

A candidate must load and map the characters the documents print (收件人 etc.); a Latin-only
font set by mistake would print boxes, so it is skipped with a warning. When nothing works the
built-in CID font STSong-Light is used: never boxes, but not embedded, so the PDF viewer or
printer substitutes a font of its own.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.config import install_dir

log = logging.getLogger(__name__)

ENV_VAR = "KUAIDAN_CJK_FONT"
FONT_NAME = "KuaidanCJK"
FALLBACK_CID_FONT = "STSong-Light"
# Latin companion for barcode digits: a core PDF font, nothing to embed.
LATIN_BOLD = "Helvetica-Bold"

# Characters every document prints; a font missing any of them is not a CJK font for us.
_PROBE = "收件人寄订单号发货销售金额壹贰圓貳"

_SYSTEM_CANDIDATES: tuple[str, ...] = (
    # Linux
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    # macOS (PingFang and Hiragino are CFF: unusable)
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
)
_WINDOWS_FONT_FILES = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc")


@dataclass(frozen=True, slots=True)
class FontInfo:
    """The font the documents use. `name` is what to pass to `canvas.setFont`."""

    name: str
    path: Path | None  # None for the built-in CID fallback
    subfont_index: int
    embedded: bool
    source: str  # "env", "resources", "system" or "fallback"


_lock = threading.Lock()
_chosen: FontInfo | None = None


def resources_fonts_dir() -> Path:
    return install_dir() / "resources" / "fonts"


def _windows_candidates() -> list[str]:
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    return [str(Path(windir) / "Fonts" / name) for name in _WINDOWS_FONT_FILES]


def _split_subfont(spec: str) -> tuple[str, int]:
    path, sep, index = spec.rpartition("#")
    if sep and index.isdigit():
        return path, int(index)
    return spec, 0


def candidates() -> list[tuple[str, int, str]]:
    """(path, subfont index, source) in the order they are tried."""
    out: list[tuple[str, int, str]] = []
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        path, index = _split_subfont(override)
        out.append((path, index, "env"))
    res = resources_fonts_dir()
    if res.is_dir():
        for file in sorted(res.iterdir()):
            if file.suffix.lower() in (".ttf", ".ttc"):
                out.append((str(file), 0, "resources"))
    system = list(_SYSTEM_CANDIDATES)
    if sys.platform == "win32":
        system = _windows_candidates() + system
    out.extend((path, 0, "system") for path in system)
    return out


def _try_load(path: str, index: int) -> TTFont | None:
    if not os.path.isfile(path):
        return None
    try:
        font = TTFont(FONT_NAME, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
        log.info("CJK font %s#%d not usable: %s", path, index, exc)
        return None
    missing = [ch for ch in _PROBE if ord(ch) not in font.face.charToGlyph]
    if missing:
        log.warning("font %s lacks Chinese characters (%s); skipped", path, "".join(missing))
        return None
    return font


def cjk_font() -> FontInfo:
    """Register (once per process) and return the CJK font all documents draw with."""
    global _chosen
    if _chosen is not None:
        return _chosen
    with _lock:
        if _chosen is not None:
            return _chosen
        for path, index, source in candidates():
            font = _try_load(path, index)
            if font is None:
                if source == "env":
                    log.warning("%s=%s could not be used; searching further", ENV_VAR, path)
                continue
            pdfmetrics.registerFont(font)
            _chosen = FontInfo(FONT_NAME, Path(path), index, True, source)
            log.info("documents use CJK font %s (%s)", path, source)
            return _chosen
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
        log.warning("no embeddable CJK font found; using non-embedded %s", FALLBACK_CID_FONT)
        _chosen = FontInfo(FALLBACK_CID_FONT, None, 0, False, "fallback")
        return _chosen


def reset_for_tests() -> None:
    """Forget the choice so a test can try another environment. reportlab's registry keeps the
    old TTFont under FONT_NAME; registering a new one replaces it."""
    global _chosen
    with _lock:
        _chosen = None
