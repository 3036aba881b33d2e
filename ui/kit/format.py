"""How the screens write money, times and quantities: one place, so every table, detail and
dialog shows `¥1,234.50`, `2026-12-07 08:15` and `1,200` the same way."""

from __future__ import annotations

from datetime import datetime

# Currencies shown with their symbol, as prices are written in shops; others keep the code.
SYMBOLS = {"CNY": "¥", "RMB": "¥", "USD": "US$", "EUR": "€", "GBP": "£", "HKD": "HK$",
           "JPY": "JP¥", "TWD": "NT$", "CAD": "CA$", "AUD": "A$"}  # fmt: skip


def money(amount: object, currency: str = "") -> str:
    """`1,234.50`; with a currency `¥1,234.50` (never `1,234.50 CNY`), an unknown code after
    the amount; None: empty."""
    if amount is None:
        return ""
    try:
        number = f"{amount:,.2f}"
    except (TypeError, ValueError):
        number = str(amount)
    code = (currency or "").upper()
    if not code:
        return number
    symbol = SYMBOLS.get(code)
    if symbol is None:
        return f"{number} {code}"
    return f"-{symbol}{number[1:]}" if number.startswith("-") else f"{symbol}{number}"


def local_time(moment: datetime | None) -> str:
    """Date and time in the workstation's time zone (the database keeps UTC); None: empty."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def quantity(count: int | None, *, signed: bool = False) -> str:
    """`1,200`; `signed`: a change, `+3` / `-2`, and nothing for no change; None: empty."""
    if count is None:
        return ""
    if signed:
        return f"{count:+,d}" if count else ""
    return f"{count:,d}"
