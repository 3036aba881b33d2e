"""Money as printed: currency symbols, thousands separators, Chinese capital numerals (大写金额)."""

from __future__ import annotations

from decimal import Decimal

from app.documents.data import round_money

_SYMBOLS = {"CNY": "¥", "RMB": "¥", "TWD": "NT$", "HKD": "HK$", "USD": "US$", "EUR": "€"}

# The currency's name as written before the capital numerals (人民币壹佰元整).
_WORD_PREFIX_SIMPLIFIED = {"CNY": "人民币", "RMB": "人民币", "TWD": "新台币", "HKD": "港币"}
_WORD_PREFIX_TRADITIONAL = {"CNY": "人民幣", "RMB": "人民幣", "TWD": "新臺幣", "HKD": "港幣"}

_DIGITS_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_DIGITS_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_SIMPLIFIED = ("", "万", "亿", "万亿")
_GROUP_TRADITIONAL = ("", "萬", "億", "萬億")
_LIMIT = Decimal(10) ** 16  # above 9999万亿 there is no customary group name


def currency_symbol(currency: str) -> str:
    return _SYMBOLS.get(currency.upper(), currency.upper() + " ")


def format_money(amount: Decimal, currency: str = "CNY", *, symbol: bool = True) -> str:
    """`¥1,234.50`; a negative amount as `-¥12.00` (a discount line)."""
    value = round_money(amount)
    text = f"{abs(value):,.2f}"
    if symbol:
        text = currency_symbol(currency) + text
    return "-" + text if value < 0 else text


def currency_word_prefix(currency: str, *, traditional: bool = False) -> str:
    table = _WORD_PREFIX_TRADITIONAL if traditional else _WORD_PREFIX_SIMPLIFIED
    return table.get(currency.upper(), "")


def _group_words(group: int, digits: str) -> str:
    """0 < group < 10000 → e.g. 1010 → 壹仟零壹拾. Inner zeros collapse to one 零."""
    out = ""
    pending_zero = False
    for pos in (3, 2, 1, 0):
        d = group // 10**pos % 10
        if d == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if pending_zero:
            out += digits[0]
            pending_zero = False
        out += digits[d] + _SMALL_UNITS[pos]
    return out


def _integer_words(n: int, digits: str, group_names: tuple[str, ...]) -> str:
    groups = [n // 10 ** (4 * i) % 10000 for i in range(len(group_names))]
    out = ""
    pending_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        group = groups[idx]
        if group == 0:
            pending_zero = pending_zero or bool(out)
            continue
        # 1,0000,0500 → 壹亿零伍佰: a group below 1000 after a higher one starts with a zero.
        if out and group < 1000:
            pending_zero = True
        if pending_zero:
            out += digits[0]
            pending_zero = False
        out += _group_words(group, digits) + group_names[idx]
    return out


def amount_in_chinese_words(
    amount: Decimal, *, traditional: bool = False, prefix: str | None = None
) -> str:
    """Capital numerals as written on invoices and cheques (中文大写金额).

    Follows the People's Bank of China rules for filling in amounts: 壹拾 not 拾; one 零 for a
    run of zeros; 零 between 元 and 角/分 when the units digit or the 角 is zero (壹佰元零壹角);
    整 when there are no 分; amounts below one yuan start at 角/分 (人民币伍分).
    `traditional` gives the Taiwan / Hong Kong form (圓, 貳, 參, 陸, 萬, 億).
    `prefix` defaults to 人民币 (simplified) or 新臺幣 (traditional); pass "" for none.
    The amount is rounded to cents half up. Negative or non-finite amounts raise ValueError.
    """
    if not isinstance(amount, Decimal):
        raise TypeError("amount must be a Decimal")
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"cannot write {amount} in capital numerals")
    value = round_money(amount)
    if value >= _LIMIT:
        raise ValueError(f"{amount} is too large for capital numerals")
    if prefix is None:
        prefix = "新臺幣" if traditional else "人民币"
    digits = _DIGITS_TRADITIONAL if traditional else _DIGITS_SIMPLIFIED
    groups = _GROUP_TRADITIONAL if traditional else _GROUP_SIMPLIFIED
    yuan_word = "圓" if traditional else "元"

    cents = int(value * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return f"{prefix}{digits[0]}{yuan_word}整"
    out = prefix
    if yuan:
        out += _integer_words(yuan, digits, groups) + yuan_word
    if jiao:
        if yuan and yuan % 10 == 0:
            out += digits[0]
        out += digits[jiao] + "角"
    if fen:
        if yuan and not jiao:
            out += digits[0]
        out += digits[fen] + "分"
    else:
        out += "整"
    return out
