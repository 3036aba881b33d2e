"""A role that sees phones masked cannot use the search box as an oracle: a full number, or
a hidden part of it or of the address, finds nothing for it (issue 19)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.order_queries import OrderFilter
from app.permissions import Actor, Role
from app.services import Services
from tests.orders_helpers import catalogue, make_order


def test_masked_roles_find_phones_by_their_last_4_digits_only(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    catalogue(services)
    reviewer, analyst = actors[Role.REVIEWER], actors[Role.ANALYST]
    order = make_order(services, reviewer)  # 13812345678, 川沙路 1688 号 2 栋 301 室
    make_order(
        services,
        reviewer,
        recipient_phone="13900009999",
        recipient_name="李娜",
        address="人民路 8 号",
    )

    def found(actor: Actor, text: str) -> list[int]:
        return services.order_queries.order_ids(actor, OrderFilter(text=text))

    # The reviewer sees phones in full and finds by any of it.
    for text in ("13812345678", "1234567", "5678", "301 室"):
        assert found(reviewer, text) == [order.id], text
    # The analyst sees 138****5678: the last 4 digits find it, nothing more does.
    assert "****" in services.order_queries.rows(analyst, [order.id])[0].recipient_phone
    assert found(analyst, "5678") == [order.id]
    for text in ("13812345678", "1381234", "12345678", "2345", "1688", "301 室"):
        assert found(analyst, text) == [], text
    # Names are shown in full, and so still found; so are order numbers.
    assert found(analyst, "张伟") == [order.id]
    assert found(analyst, order.order_no) == [order.id]
    # The export of a search obeys the same rule.
    masked = services.exports.export_orders(
        analyst, tmp_path / "a.xlsx", flt=OrderFilter(text="13812345678")
    )
    assert masked.rows == 0
    assert load_workbook(masked.path).active.max_row == 1  # the header only
    assert (
        services.exports.export_orders(
            analyst, tmp_path / "b.xlsx", flt=OrderFilter(text="5678")
        ).rows
        == 1
    )
