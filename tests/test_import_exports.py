"""Exports from the database: orders to xlsx with chosen columns (formula injection escaped,
numbers kept numbers, personal data masked for roles without it), and the shipping back-fill
file per platform from shipped orders' parcels; read back as a user's tools would."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.demo import generate_demo
from app.errors import ValidationError
from app.importing.exports import DEFAULT_ORDER_COLUMNS, ORDER_COLUMNS
from app.order_queries import OrderFilter
from app.permissions import Actor, Role
from app.services import Services
from app.uow import read
from models import LabelStatus, Order, OrderStatus, Shipment
from tests.orders_helpers import catalogue
from tests.test_import_writer import template_file, template_row


def test_order_export_escapes_formulas_and_keeps_numbers(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    catalogue(services)
    clerk = actors[Role.REVIEWER]
    source = template_file(
        tmp_path / "orders.csv",
        [
            template_row(1, recipient_name="=HYPERLINK(\"http://evil\")", buyer_note="@SUM(A1)",
                         seller_note="-5", address="+86 文三路 9 号", qty="2"),
            template_row(2, recipient_name="李娜"),
        ],
    )  # fmt: skip
    assert services.importing.run(clerk, source).orders_created == 2
    columns = ["order_no", "external_no", "recipient_name", "buyer_note", "seller_note",
               "address", "quantity", "total", "ordered_at", "status"]  # fmt: skip
    out = tmp_path / "orders.xlsx"
    admin = actors[Role.ADMIN]
    result = services.exports.export_orders(
        admin, out, columns=columns, headers={"order_no": "订单编号"},
        status_labels={"pending_review": "待审核"},
    )  # fmt: skip
    assert result.rows == 2
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == ["订单编号", *(ORDER_COLUMNS[c] for c in columns[1:])]
    first = {h: c for h, c in zip(columns, sheet[2], strict=True)}
    assert first["external_no"].value == "T0000001"
    assert first["recipient_name"].value == '\'=HYPERLINK("http://evil")'
    assert first["buyer_note"].value == "'@SUM(A1)"
    assert first["seller_note"].value == "'-5"
    assert first["address"].value.startswith("'+86")
    for name in ("recipient_name", "buyer_note", "seller_note", "address"):
        assert first[name].data_type == "s"  # text, never a formula
    assert first["quantity"].value == 2 and first["quantity"].data_type == "n"
    assert first["total"].value == 100 and first["total"].data_type == "n"
    assert isinstance(first["ordered_at"].value, datetime)
    assert first["status"].value == "待审核"


@pytest.mark.sqlite_only
def test_order_export_filters_and_masks_for_the_analyst(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    generate_demo(services.db, orders=300, customers=40)
    analyst = actors[Role.ANALYST]
    out = tmp_path / "review.xlsx"
    flt = OrderFilter(statuses=(OrderStatus.PENDING_REVIEW,))
    result = services.exports.export_orders(analyst, out, flt=flt)
    expected = read(
        services.db,
        lambda uow: uow.session.scalar(
            select(func.count(Order.id)).where(Order.status == OrderStatus.PENDING_REVIEW)
        ),
    )
    assert result.rows == expected > 0
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == tuple(ORDER_COLUMNS[c] for c in DEFAULT_ORDER_COLUMNS)
    phone = DEFAULT_ORDER_COLUMNS.index("recipient_phone")
    assert all("****" in row[phone] for row in rows[1:])
    assert {row[DEFAULT_ORDER_COLUMNS.index("status")] for row in rows[1:]} == {"pending_review"}
    with pytest.raises(ValidationError):
        services.exports.export_orders(analyst, tmp_path / "x.xlsx", columns=["password"])
    with pytest.raises(ValidationError):
        services.exports.export_orders(analyst, tmp_path / "x.csv")


@pytest.mark.sqlite_only
def test_shipping_back_fill_per_platform(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    generate_demo(services.db, orders=400, customers=40)
    analyst = actors[Role.ANALYST]

    def parcels(channel: str) -> set[tuple[str, str]]:
        return set(
            read(
                services.db,
                lambda uow: uow.session.execute(
                    select(Order.external_no, Shipment.tracking_no)
                    .join(Shipment, Shipment.order_id == Order.id)
                    .where(
                        Order.channel == channel,
                        Order.status.in_(
                            [OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED]
                        ),
                        Shipment.label_status != LabelStatus.VOIDED,
                    )
                ).all(),
            )
        )

    taobao = parcels("taobao")
    assert taobao
    out = tmp_path / "taobao.csv"
    assert services.exports.export_shipping(analyst, out, "taobao").rows == len(taobao)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["订单号", "快递公司", "快递单号"]
    assert {(r[0], r[2]) for r in rows[1:]} == taobao
    assert {r[1] for r in rows[1:]} <= {"顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流",
                                         "中国邮政 EMS"}  # fmt: skip

    tsv = tmp_path / "amazon.txt"
    jd = parcels("jd")
    assert services.exports.export_shipping(analyst, tsv, "amazon", channel="jd").rows == len(jd)
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [
        "order-id", "order-item-id", "quantity", "ship-date", "carrier-code", "carrier-name",
        "tracking-number", "ship-method",
    ]  # fmt: skip
    assert {(f[0], f[6]) for f in (line.split("\t") for line in lines[1:])} == jd

    window = services.exports.export_shipping(
        analyst, tmp_path / "none.csv", "taobao", shipped_from=datetime(2000, 1, 1).astimezone(),
        shipped_to=datetime(2000, 1, 2).astimezone(),
    )  # fmt: skip
    assert window.rows == 0
    with pytest.raises(ValidationError):
        services.exports.export_shipping(analyst, tmp_path / "x.csv", "wish")
    with pytest.raises(ValidationError):
        services.exports.export_shipping(analyst, tmp_path / "x.csv", "amazon")  # wants .txt


@pytest.mark.sqlite_only
def test_shipping_back_fill_escapes_formula_order_numbers(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    generate_demo(services.db, orders=200, customers=20)
    from sqlalchemy import update

    from app.uow import transaction

    def plant(uow: object) -> str:
        session = uow.session  # type: ignore[attr-defined]
        order_id = session.scalar(
            select(Order.id)
            .join(Shipment, Shipment.order_id == Order.id)
            .where(Order.channel == "taobao", Order.status == OrderStatus.SHIPPED)
            .limit(1)
        )
        session.execute(update(Order).where(Order.id == order_id).values(external_no="=1+2"))
        return "=1+2"

    transaction(services.db, None, plant)
    out = tmp_path / "taobao.csv"
    services.exports.export_shipping(actors[Role.ADMIN], out, "taobao")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        numbers = [r[0] for r in csv.reader(fh)]
    assert "'=1+2" in numbers and "=1+2" not in numbers


def test_money_in_the_export_is_exact(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    catalogue(services)
    source = template_file(tmp_path / "o.csv", [template_row(1, unit_price="19.90", qty="3")])
    services.importing.run(actors[Role.REVIEWER], source)
    out = tmp_path / "money.xlsx"
    services.exports.export_orders(actors[Role.ADMIN], out, columns=["goods_amount", "total"])
    row = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))[1]
    assert [Decimal(str(v)) for v in row] == [Decimal("59.70"), Decimal("59.70")]
