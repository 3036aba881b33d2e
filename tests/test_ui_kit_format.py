"""The one set of money, time and quantity formatters (ui/kit/format.py, issue 21 item 6),
and the screens that now share it write the same text as before."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from ui.errors import format_local_time
from ui.i18n import money_label
from ui.kit.format import local_time, money, quantity
from ui.tabs.logistics_dialogs import money_text


def test_money() -> None:
    assert money(Decimal("1234.5")) == "1,234.50"
    assert money(Decimal("-1234.5"), "cny") == "-¥1,234.50"
    assert money(Decimal("3"), "XYZ") == "3.00 XYZ"
    assert money(None) == ""
    assert money_label(Decimal("12"), "CNY") == "¥12.00" == "¥" + money_text(Decimal("12"))


def test_time_and_quantity() -> None:
    moment = datetime(2026, 12, 7, 0, 15, tzinfo=UTC)
    assert (
        local_time(moment)
        == format_local_time(moment)
        == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    )
    assert local_time(None) == ""
    assert quantity(1200) == "1,200" and quantity(None) == ""
    assert quantity(3, signed=True) == "+3" and quantity(-2, signed=True) == "-2"
    assert quantity(0, signed=True) == ""
