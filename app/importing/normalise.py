"""Cell normalisers: text, codes (IDs, SKUs), phones, amounts, quantities, dates, addresses.

Each normaliser takes a raw cell (``str`` from text files; ``str/int/float/bool/datetime/...``
from workbooks) and returns a clean Python value, or raises `CellError` with a stable code and
an English reason. The happy path never raises: plain values are recognised by cheap checks
(``isascii``, a precompiled ``fullmatch``) before any slow path runs.

Text cleaning, in this order: Unicode NFKC (full-width digits, letters and brackets become
ASCII), trim, unwrap Excel's ``="…"`` text-formula, drop a leading TAB (Douyin) and treat a lone
``-`` or ``--`` as empty (Douyin, eBay DE). Codes, phones, postcodes, amounts and dates also
drop leading apostrophes (Taobao phones, Shopify ZIPs).

Time zones: a timestamp with an offset (``-0400``, ``+08:00``, ``Z``) is exact. A naive
timestamp is read in the zone given by the format preset: ``Asia/Shanghai`` (UTC+8, no DST
since 1991) for Chinese platforms and our template, the seller's zone for eBay/Etsy. Excel date
serials (1900 system) are naive local times too. Results are always aware UTC datetimes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import ConfigurationError


class CellError(Exception):
    """A cell value that cannot be used. `reason` completes "<Field> '<value>' <reason>"."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_MAX_SAFE_INT = 2**53  # float64 holds every integer below this exactly

# --- text -----------------------------------------------------------------------------------

_EMPTY_MARKERS = frozenset({"-", "--", "—", "null", "NULL", "None", "nan", "NaN", "#N/A"})
_SLOW_START = frozenset("='\t-")


def clean_text(value: Any) -> str:
    """Free text (names, notes, titles): NFKC, trim, ``="…"`` unwrap, empty markers."""
    if value is None:
        return ""
    if type(value) is str:
        if value.isascii():
            s = value.strip()
            if not s:
                return ""
            if s[0] not in _SLOW_START and s not in _EMPTY_MARKERS:
                return s
            return _clean_slow(s, apostrophe=False)
        s = value.strip()
        # Chinese text is usually already NFKC-stable; the quick check avoids a copy.
        if (
            s
            and s[0] not in _SLOW_START
            and unicodedata.is_normalized("NFKC", s)
            and s not in _EMPTY_MARKERS
        ):
            return s
        return _clean_slow(value, apostrophe=False)
    return _non_str_text(value)


def _clean_slow(value: str, *, apostrophe: bool) -> str:
    s = unicodedata.normalize("NFKC", value)
    # Repeat until stable so that the function is idempotent for any nesting of wrappers.
    while True:
        before = s
        s = s.strip()
        if apostrophe:
            s = s.lstrip("'").strip()
        if len(s) >= 3 and s.startswith('="') and s.endswith('"'):
            s = s[2:-1]
        if s == before:
            break
    return "" if s in _EMPTY_MARKERS else s


def _non_str_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < _MAX_SAFE_INT:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


# --- codes: order numbers, SKUs, postcodes --------------------------------------------------

# Excel's scientific display: "6.91E+18", "1.23457E+18" (always with an explicit sign).
_SCIENTIFIC = re.compile(r"[+-]?\d(?:\.\d+)?[eE][+-]\d{1,3}")
_FLOAT_INT = re.compile(r"(\d+)\.0+")


def clean_code(value: Any) -> str:
    """An identifier that must survive exactly: order numbers, SKUs, tracking numbers.

    Numbers that Excel already rounded (``6.91E+18`` text, or a float beyond 2**53) raise
    ``id_scientific``: the lost digits cannot be recovered, so we never guess.
    """
    if value is None:
        return ""
    t = type(value)
    if t is str:
        s: str
        if value.isascii():
            s = value.strip()
            if not s:
                return ""
            if s[0] in _SLOW_START or s in _EMPTY_MARKERS:
                s = _clean_slow(s, apostrophe=True)
        else:
            s = _clean_slow(value, apostrophe=True)
        if "E" in s or "e" in s:
            if _SCIENTIFIC.fullmatch(s):
                raise CellError(
                    "id_scientific",
                    "was turned into scientific notation by Excel and its digits are lost; "
                    "export the file again (or format the column as Text) instead of guessing",
                )
        elif "." in s:
            m = _FLOAT_INT.fullmatch(s)
            if m and int(m.group(1)) < _MAX_SAFE_INT:
                return m.group(1)
        return s
    if t is int:
        return str(value)
    if t is float:
        if value.is_integer() and abs(value) < _MAX_SAFE_INT:
            return str(int(value))
        if math.isnan(value):
            return ""
        raise CellError(
            "id_scientific",
            "is stored as a number that has lost digits; format the column as Text and "
            "export the file again",
        )
    return _non_str_text(value)


# --- phones ---------------------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-.()]+")
_PHONE_COMPACT = re.compile(r"\+?\d+")
_PHONE_MASKED = re.compile(r"\+?[\d*]*\*[\d*]*")


def clean_phone(value: Any) -> tuple[str, bool]:
    """Return (phone, masked).

    Numbers stored as numbers (``13812345678.0``) become digit text; separators are dropped
    (``(+44)7309085092`` → ``+447309085092``). Masked (``1******6198``, ``138****5678``) and
    encrypted (Douyin ``##…``/``$$…``) values are kept as they are and flagged. Anything else
    (extensions, two numbers) is kept as written. Idempotent.
    """
    if value is None:
        return "", False
    if type(value) is float:
        if value.is_integer() and 0 <= value < 1e15:
            return str(int(value)), False
        if math.isnan(value):
            return "", False
        raise CellError("phone_scientific", "is stored as a number that has lost digits")
    if type(value) is int:
        return str(value), False
    s = _clean_slow(value if type(value) is str else str(value), apostrophe=True)
    if not s:
        return "", False
    if s.startswith(("##", "$$")):
        return s, True
    if _SCIENTIFIC.fullmatch(s):
        raise CellError(
            "phone_scientific", "was turned into scientific notation by Excel; digits are lost"
        )
    m = _FLOAT_INT.fullmatch(s)
    if m:
        return m.group(1), False
    compact = _PHONE_SEPARATORS.sub("", s)
    if _PHONE_COMPACT.fullmatch(compact):
        return compact, False
    if "*" in compact and _PHONE_MASKED.fullmatch(compact):
        return compact, True
    return s, "*" in s


# --- money ----------------------------------------------------------------------------------

_PLAIN_AMOUNT = re.compile(r"-?\d+(?:\.\d{1,2})?")
_CURRENCY_NOISE = re.compile(
    r"(?i)(?<![a-z])(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|CAD|AUD|US|CA|AU|C|A|HK)(?![a-z])"
    r"|[¥$€£元円\s\u00a0\u202f']"
)
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CURRENCY_SYMBOLS = (("€", "EUR"), ("£", "GBP"), ("¥", "CNY"), ("元", "CNY"), ("$", "USD"))


# Above this an amount is a typo or an attack, not a price: the database stores minor units
# in a BIGINT, and 99999999999999999.99 overflowed it (issue 18).
MAX_AMOUNT = Decimal("100000000.00")
# Spreadsheet and pandas spellings of "not a number": an error for money, never an empty cell.
_NOT_A_NUMBER = frozenset({"nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity"})


def parse_amount(value: Any, *, decimal_comma: bool = False) -> Decimal | None:
    """`_parse_amount`, refusing NaN and infinity spelt as text and amounts above
    MAX_AMOUNT (``amount_range``): each is that row's error, never the whole import's."""
    if type(value) is str and value.strip().lower() in _NOT_A_NUMBER:
        raise CellError("amount_invalid", "is not an amount")
    amount = _parse_amount(value, decimal_comma=decimal_comma)
    if amount is not None and not -MAX_AMOUNT <= amount <= MAX_AMOUNT:
        raise CellError("amount_range", "is too large")
    return amount


def _parse_amount(value: Any, *, decimal_comma: bool = False) -> Decimal | None:
    """Money as a Decimal with exactly two places, or None for an empty cell.

    Accepts ``178.8``, ``¥1,234.50``, ``"$1,433.66"``, ``116,99 €`` (decimal comma),
    ``1.234,56``, ``0元``, ``(12.00)`` (negative). More than two significant decimals raise
    ``amount_precision``; anything unreadable raises ``amount_invalid``. Signs are kept; the
    caller decides whether a negative amount is allowed.
    """
    if value is None:
        return None
    t = type(value)
    if t is str:
        if _PLAIN_AMOUNT.fullmatch(value):
            return Decimal(value).quantize(CENT)
        return _amount_slow(value, decimal_comma)
    if t is int:
        return Decimal(value).quantize(CENT)
    if t is float:
        return _amount_from_float(value)
    if t is Decimal:
        return _two_places(value)
    if t is bool:
        raise CellError("amount_invalid", "is not an amount")
    raise CellError("amount_invalid", "is not an amount")


def _amount_from_float(value: float) -> Decimal:
    if math.isnan(value) or math.isinf(value):
        raise CellError("amount_invalid", "is not an amount")
    exact = Decimal(repr(value))
    if exact == exact.quantize(CENT):
        return exact.quantize(CENT)
    rounded = round(value, 2)
    # Spreadsheet arithmetic leaves float noise (0.1 + 0.2); a genuine third decimal does not.
    if abs(value - rounded) < 1e-7:
        return Decimal(repr(rounded)).quantize(CENT)
    raise CellError("amount_precision", "has more than two decimal places")


def _two_places(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise CellError("amount_invalid", "is not an amount")
    q = value.quantize(CENT)
    if q != value:
        raise CellError("amount_precision", "has more than two decimal places")
    return q


def _amount_slow(value: str, decimal_comma: bool) -> Decimal | None:
    s = _clean_slow(value, apostrophe=True)
    if not s:
        return None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY_NOISE.sub("", s)
    if s.startswith("-"):
        negative, s = not negative, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if s.endswith("-"):  # "12.00-" from some accounting exports
        negative, s = not negative, s[:-1]
    if "," in s and "." in s:
        # Whichever separator comes last is the decimal point.
        s = (
            s.replace(".", "").replace(",", ".")
            if s.rfind(",") > s.rfind(".")
            else (s.replace(",", ""))
        )
    elif "," in s:
        if decimal_comma or not _GROUPED_COMMA.fullmatch(s):
            if s.count(",") > 1:
                raise CellError("amount_invalid", "is not an amount")
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "." in s and decimal_comma and _GROUPED_DOT.fullmatch(s) and s.count(".") >= 1:
        s = s.replace(".", "")
    if not _NUMBER.fullmatch(s):
        raise CellError("amount_invalid", "is not an amount")
    try:
        amount = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex already guarantees the shape
        raise CellError("amount_invalid", "is not an amount") from None
    if negative:
        amount = -amount
    return _two_places(amount)


def currency_hint(value: Any) -> str:
    """ISO code implied by a symbol in an amount cell (``116,99 €`` → EUR), or ""."""
    if type(value) is not str:
        return ""
    for symbol, code in _CURRENCY_SYMBOLS:
        if symbol in value:
            return code
    upper = value.upper()
    for code in ("EUR", "GBP", "USD", "CNY", "RMB", "JPY", "CAD", "AUD", "HKD"):
        if code in upper:
            return "CNY" if code == "RMB" else code
    return ""


# --- quantities -----------------------------------------------------------------------------

_QTY_UNITS = re.compile(r"\s*(?:件|个|只|pcs?|x)$", re.IGNORECASE)


def parse_qty(value: Any) -> int | None:
    """A whole number above zero, or None for an empty cell."""
    if value is None:
        return None
    t = type(value)
    if t is str:
        if value.isdigit() and value.isascii():
            n = int(value)
        else:
            s = _clean_slow(value, apostrophe=True)
            if not s:
                return None
            s = _QTY_UNITS.sub("", s)
            m = _FLOAT_INT.fullmatch(s)
            if m:
                s = m.group(1)
            if not (s.isdigit() and s.isascii()):
                raise CellError("qty_invalid", "must be a whole number above 0")
            n = int(s)
    elif t is int:
        n = value
    elif t is float:
        if not value.is_integer():
            raise CellError("qty_invalid", "must be a whole number above 0")
        n = int(value)
    else:
        raise CellError("qty_invalid", "must be a whole number above 0")
    if n <= 0:
        raise CellError("qty_invalid", "must be a whole number above 0")
    if n > 1_000_000:
        raise CellError("qty_invalid", "is implausibly large (more than 1,000,000)")
    return n


# --- dates ----------------------------------------------------------------------------------

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
_EXCEL_EPOCH = datetime(1899, 12, 30)

_ISO_LIKE = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?"
)
_CN_DATE = re.compile(
    r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:时](\d{2})(?:[:分](\d{2})秒?)?)?"
)
_NUMERIC_DATE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?"
)
_MONTH_NAME_DATE = re.compile(
    r"(?:([A-Za-zäÄ]{3,9})\.?[- ](\d{1,2}),?[- ](\d{2}|\d{4})"
    r"|(\d{1,2})[-. ]([A-Za-zäÄ]{3,9})\.?[-. ](\d{2}|\d{4}))"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?"
)
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?")
_EPOCH = re.compile(r"\d{10}|\d{13}")

_MONTHS = {
    # English and German abbreviations as eBay/Etsy write them.
    "jan": 1, "feb": 2, "mar": 3, "mär": 3, "maer": 3, "apr": 4, "may": 5, "mai": 5,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11,
    "dec": 12, "dez": 12,
}  # fmt: skip
_ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "BST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
}  # fmt: skip


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """A tzinfo by IANA name; Shanghai and UTC need no tz database."""
    if name in ("Asia/Shanghai", "Asia/Chongqing", "PRC"):
        return CHINA_TZ
    if name in ("UTC", "Etc/UTC", "GMT"):
        return UTC
    return _zone(name)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigurationError(
            f"Time zone '{name}' is unknown on this computer (install the 'tzdata' package).",
            zone=name,
        ) from exc


def _offset(text: str | None, default: tzinfo) -> tzinfo:
    if not text:
        return default
    if text == "Z":
        return UTC
    if text in _ZONE_ABBREVIATIONS:
        return timezone(timedelta(minutes=_ZONE_ABBREVIATIONS[text]))
    if text[0] in "+-":
        digits = text[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4])
        return timezone(timedelta(minutes=-minutes if text[0] == "-" else minutes))
    raise CellError("date_invalid", f"has an unknown time zone '{text}'")


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _build(y: int, mo: int, d: int, h: int, mi: int, s: int, us: int, tz: tzinfo) -> datetime:
    try:
        return datetime(y, mo, d, h, mi, s, us, tzinfo=tz).astimezone(UTC)
    except ValueError:
        raise CellError("date_invalid", "is not a valid date") from None


def parse_datetime(value: Any, tz: tzinfo = CHINA_TZ, date_order: str = "ymd") -> datetime | None:
    """Parse a timestamp cell into an aware UTC datetime (None for an empty cell).

    ``date_order`` resolves ``01/02/25``: "mdy" (US, Etsy) or "dmy" (UK, DE). ISO-like
    year-first text is unambiguous and ignores it.
    """
    if value is None:
        return None
    t = type(value)
    if t is str:
        s = value.strip()
        if not s:
            return None
        # "2020-02-21 00:00:00": the C parser is ~5x faster than the regex path.
        if len(s) in (10, 16, 19) and s[4] == "-" and s[7] == "-" and s[:4].isdigit():
            try:
                naive = datetime.fromisoformat(s)
            except ValueError:
                pass
            else:
                if naive.tzinfo is None:
                    naive = naive.replace(tzinfo=tz)
                return naive.astimezone(UTC)
        m = _ISO_LIKE.fullmatch(s)
        if m:
            return _from_iso_match(m, tz)
        return _datetime_slow(s, tz, date_order)
    if t is datetime:
        stamp: datetime = value if value.tzinfo else value.replace(tzinfo=tz)
        return stamp.astimezone(UTC)
    if t is date:
        return datetime(value.year, value.month, value.day, tzinfo=tz).astimezone(UTC)
    if t is int or t is float:
        return _from_serial(float(value), tz)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=tz)).astimezone(UTC)
    raise CellError("date_invalid", "is not a date")


def _from_iso_match(m: re.Match[str], tz: tzinfo) -> datetime:
    y, mo, d, h, mi, s, frac, off = m.groups()
    us = int((frac or "0").ljust(6, "0")) if frac else 0
    return _build(
        int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), us, _offset(off, tz)
    )


def _from_serial(serial: float, tz: tzinfo) -> datetime:
    # Excel's 1900 date system; 1 = 1900-01-01. Refuse values that cannot be an order date.
    if not 1 <= serial < 2_958_466:
        raise CellError("date_invalid", "is not a date")
    naive = _EXCEL_EPOCH + timedelta(days=serial)
    # Serials carry float noise: round to the nearest second.
    naive = (naive + timedelta(microseconds=500_000)).replace(microsecond=0)
    return naive.replace(tzinfo=tz).astimezone(UTC)


def _datetime_slow(raw: str, tz: tzinfo, date_order: str) -> datetime | None:
    s = _clean_slow(raw, apostrophe=True)
    if not s:
        return None  # an empty marker like "-" means no date
    m = _ISO_LIKE.fullmatch(s)
    if m:
        return _from_iso_match(m, tz)
    m = _CN_DATE.fullmatch(s)
    if m:
        y, mo, d, h, mi, sec = m.groups()
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0), 0, tz)
    m = _NUMERIC_DATE.fullmatch(s)
    if m:
        a, b, y, h, mi, sec, ampm, off = m.groups()
        if date_order == "dmy":
            d, mo = int(a), int(b)
        elif date_order == "mdy":
            mo, d = int(a), int(b)
        elif int(a) > 12:
            d, mo = int(a), int(b)
        else:
            mo, d = int(a), int(b)
        hour = int(h or 0)
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
        return _build(_year(y), mo, d, hour, int(mi or 0), int(sec or 0), 0, _offset(off, tz))
    m = _MONTH_NAME_DATE.fullmatch(s)
    if m:
        mon1, d1, y1, d2, mon2, y2, h, mi, sec, off = m.groups()
        name, day, year = (mon1, d1, y1) if mon1 else (mon2, d2, y2)
        month = _MONTHS.get(name.lower()[:4]) or _MONTHS.get(name.lower()[:3])
        if month is None:
            raise CellError("date_invalid", "is not a date")
        return _build(
            _year(year),
            month,
            int(day),
            int(h or 0),
            int(mi or 0),
            int(sec or 0),
            0,
            _offset(off, tz),
        )
    if _SERIAL.fullmatch(s):
        serial = float(s)
        if 20_000 <= serial < 80_000:  # 1954..2119: an Excel serial, not some other number
            return _from_serial(serial, tz)
    m = _COMPACT_DATE.fullmatch(s)
    if m:
        y, mo, d, h, mi, sec = m.groups()
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0), 0, tz)
    if _EPOCH.fullmatch(s):
        seconds = int(s) / (1000 if len(s) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    raise CellError("date_invalid", "is not a date or time this importer understands")


# --- Chinese addresses ----------------------------------------------------------------------

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
PROVINCES = (
    *MUNICIPALITIES,
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省",
    "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)  # fmt: skip


def _short(name: str) -> str:
    for suffix in ("特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


_PROVINCE_BY_NAME: dict[str, str] = {}
for _full in PROVINCES:
    _PROVINCE_BY_NAME[_full] = _full
    _PROVINCE_BY_NAME[_short(_full)] = _full
_PROVINCE_BY_NAME["广西自治区"] = "广西壮族自治区"
_PROVINCE_BY_NAME["宁夏自治区"] = "宁夏回族自治区"
_PROVINCE_BY_NAME["新疆自治区"] = "新疆维吾尔自治区"
_PROVINCE_BY_NAME["香港特区"] = "香港特别行政区"
_PROVINCE_BY_NAME["澳门特区"] = "澳门特别行政区"
_PROVINCE_BY_NAME["内蒙"] = "内蒙古自治区"
_PROVINCE_PREFIX = re.compile(
    "|".join(sorted(map(re.escape, _PROVINCE_BY_NAME), key=len, reverse=True))
)
# Level 2: 市, 自治州, 地区, 盟 (and 州 unless it is the 州 of "杭州市"); no digits, roads or
# districts inside the name. Level 3: 区, 县, 旗, county-level 市 (but not 市场 "market").
_CITY = re.compile(r"[^\s\d区县旗路街道号镇乡村(]{1,15}?(?:自治州|地区|盟|市(?!场)|州(?![市区]))")
_DISTRICT = re.compile(r"[^\s\d路街道号镇乡村(]{1,15}?(?:区|县|旗|市(?!场))")
_POSTCODE = re.compile(r"\s*\(\s*([0-9]{6})\s*\)\s*$|\s+([0-9]{6})\s*$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class AddressParts:
    province: str
    city: str
    district: str
    detail: str
    postcode: str


def split_address(text: str) -> AddressParts:
    """Split one Chinese address field into province/city/district/detail/postcode.

    Handles Taobao's ``浙江省 杭州市 西湖区 文三路 90 号(310012)`` and JD's unspaced
    ``北京市朝阳区建国路88号``. Lossless: the parts keep the characters exactly as written (a
    short ``北京`` stays ``北京``; see `canonical_province`), so province + city + district +
    detail (+ postcode) is the input without its separating spaces and postcode brackets.
    Works on NFKC text (the caller normalises first).
    """
    s = text.strip()
    postcode = ""
    m = _POSTCODE.search(s)
    if m:
        postcode = m.group(1) or m.group(2)
        s = s[: m.start()]
    pos = 0
    n = len(s)

    def skip_spaces(i: int) -> int:
        while i < n and s[i].isspace():
            i += 1
        return i

    province = city = district = ""
    pos = skip_spaces(pos)
    m = _PROVINCE_PREFIX.match(s, pos)
    if m:
        name = m.group(0)
        full = _PROVINCE_BY_NAME[name]
        after = s[m.end() : m.end() + 1]
        # "吉林市…" is the city of Jilin, not the province: a short province name directly
        # followed by 市/州 is a city name.
        if not (name != full and full not in MUNICIPALITIES and after in ("市", "州")):
            province = name
            pos = skip_spaces(m.end())
    if province and _PROVINCE_BY_NAME[province] in MUNICIPALITIES:
        # Taobao repeats the municipality as the city level: "北京 北京市 朝阳区".
        for token in (_short(_PROVINCE_BY_NAME[province]) + "市", "市辖区"):
            if s.startswith(token, pos):
                city = token
                pos = skip_spaces(pos + len(token))
                break
    else:
        m = _CITY.match(s, pos)
        if m:
            city = m.group(0)
            pos = skip_spaces(m.end())
    if province or city:
        m = _DISTRICT.match(s, pos)
        if m:
            district = m.group(0)
            pos = skip_spaces(m.end())
    return AddressParts(province, city, district, s[pos:].strip(), postcode)


def canonical_province(name: str) -> str:
    """``北京`` → ``北京市``, ``广西`` → ``广西壮族自治区``; unknown names are returned as given."""
    return _PROVINCE_BY_NAME.get(name, name)


def is_municipality(province: str) -> bool:
    return _PROVINCE_BY_NAME.get(province, province) in MUNICIPALITIES


def looks_encrypted(value: str) -> bool:
    """Douyin ships recipient data as ciphertext unless decrypted: ``##…`` or ``$$…``."""
    return value.startswith(("##", "$$"))


Normaliser = Callable[[Any], Any]
