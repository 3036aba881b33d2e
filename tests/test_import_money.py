"""Money input in imports (issue 18): an absurd price, NaN, inf or a `nan` shipping fee is a
row error for that row only; the good rows are imported, on SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.importing.normalise import CellError, parse_amount
from app.permissions import Actor, Role
from app.services import Services
from models import Order
from tests.orders_helpers import catalogue
from tests.test_import_writer import count, template_file, template_row


@pytest.fixture
def clerk(services: Services, actors: dict[Role, Actor]) -> Actor:
    return actors[Role.REVIEWER]


@pytest.mark.parametrize(
    ("text", "code"),
    [("99999999999999999.99", "amount_range"), ("NaN", "amount_invalid"),
     ("nan", "amount_invalid"), ("inf", "amount_invalid"), ("-Infinity", "amount_invalid"),
     (float("nan"), "amount_invalid"), (float("inf"), "amount_invalid"),
     (1e17, "amount_range"), ("¥100,000,000.01", "amount_range")],
)  # fmt: skip
@pytest.mark.sqlite_only
def test_absurd_amounts_are_cell_errors(text: object, code: str) -> None:
    with pytest.raises(CellError) as info:
        parse_amount(text)
    assert info.value.code == code


@pytest.mark.sqlite_only
def test_sane_amounts_still_parse() -> None:
    assert parse_amount("100000000.00") == Decimal("100000000.00")
    assert parse_amount("-") is None  # an empty marker is still an empty cell
    assert parse_amount("12.50") == Decimal("12.50")


def test_an_absurd_price_is_one_row_error(services: Services, clerk: Actor, tmp_path: Path) -> None:
    catalogue(services)
    rows = [template_row(n) for n in range(6)]
    rows[1] = template_row(1, unit_price="99999999999999999.99")
    rows[3] = template_row(3, unit_price="inf")
    rows[4] = template_row(4, shipping_fee="nan")
    source = template_file(tmp_path / "orders.csv", rows)
    result = services.importing.run(clerk, source)
    assert result.orders_created == 3
    assert [(e.row, e.code) for e in result.rows_failed] == [
        (3, "amount_range"), (5, "amount_invalid"), (6, "amount_invalid"),
    ]  # fmt: skip
    assert count(services, Order) == 3
