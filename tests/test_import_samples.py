"""The real sample exports in /work/shared/samples/orders parse with exact, independently
counted results (the counts are recomputed here with the csv module, then pinned)."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.importing import ParsedOrder, RowError, parse_file

SAMPLES = Path("/work/shared/samples/orders")
SHOPIFY = SAMPLES / "shopify_orders_export.csv"
TMALL = SAMPLES / "tmall_tmall_order_report_first1000.csv"
TRANSPORTER = SAMPLES / "shopify-transporter_orders.csv"

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="sample files not available")


def _parse(path: Path, **kwargs: object) -> tuple[object, list[ParsedOrder], list[RowError]]:
    with parse_file(path, **kwargs) as result:  # type: ignore[arg-type]
        items = list(result)
    orders = [i for i in items if isinstance(i, ParsedOrder)]
    errors = [i for i in items if isinstance(i, RowError)]
    assert len(orders) + len(errors) == len(items)
    return result, orders, errors


# --- Shopify admin export ----------------------------------------------------------------


def test_shopify_sample_counts_match_an_independent_reading() -> None:
    with SHOPIFY.open(encoding="utf-8", newline="") as fh:
        raw = list(csv.DictReader(fh))
    rows_per_name = Counter(r["Name"] for r in raw)
    assert len(raw) == 40
    assert len(rows_per_name) == 19

    result, orders, errors = _parse(SHOPIFY)
    assert result.format == "shopify"
    assert result.confidence == 1.0
    assert result.header_row == 1
    assert result.encoding == "utf-8"
    assert result.stats.rows == 40

    # 19 orders in the file: 15 import, 4 are paid and unshipped without any recipient.
    assert len(orders) == 15
    assert [(e.row, e.code, e.column) for e in errors] == [
        (26, "recipient_missing", "Shipping Name"),  # #1011 paid, partially fulfilled
        (36, "recipient_missing", "Shipping Name"),  # #1017 paid, unfulfilled
        (37, "recipient_missing", "Shipping Name"),  # #1018
        (38, "recipient_missing", "Shipping Name"),  # #1019
    ]
    assert {o.external_no for o in orders} | {"#1011", "#1017", "#1018", "#1019"} == set(
        rows_per_name
    )
    # Every order has exactly as many lines as it has rows in the file (model A).
    for order in orders:
        assert len(order.lines) == rows_per_name[order.external_no], order.external_no
        assert len(order.rows) == rows_per_name[order.external_no]
    assert {o.external_no: len(o.lines) for o in orders} == {
        "#1001": 4,
        "#1002": 2,
        "#1003": 1,
        "#1004": 2,
        "#1005": 2,
        "#1006": 3,
        "#1007": 1,
        "#1008": 4,
        "#1009": 4,
        "#1010": 1,
        "#1012": 1,
        "#1013": 2,
        "#1014": 1,
        "#1015": 1,
        "#1016": 1,
    }
    assert sum(len(o.lines) for o in orders) == 30
    assert Counter(o.status for o in orders) == {"shipped": 14, "pending_payment": 1}


def test_shopify_sample_values() -> None:
    _, orders, _ = _parse(SHOPIFY)
    by_no = {o.external_no: o for o in orders}
    first = by_no["#1001"]
    assert first.rows == (2, 3, 4, 5)
    assert first.currency == "EUR"
    assert first.total == Decimal("1659.95") == first.goods_amount == first.paid_amount
    assert first.ordered_at == datetime(2025, 5, 11, 13, 55, 16, tzinfo=UTC)  # -0400
    assert [ln.unit_price for ln in first.lines] == [
        Decimal("10.00"),
        Decimal("24.95"),
        Decimal("600.00"),
        Decimal("1025.00"),
    ]
    assert by_no["#1006"].lines[1].platform_sku == "sku-untracked-1"
    # Outstanding Balance 0.01 is not paid.
    assert by_no["#1008"].paid_amount == Decimal("189.79")
    pending = by_no["#1013"]
    assert pending.status == "pending_payment"
    assert pending.paid_at is None
    assert pending.paid_amount == Decimal("0.00")
    assert pending.recipient_name == "Karine Ruby"
    assert pending.address == "Box 42 - 151 O'Connor St"
    assert (pending.city, pending.province, pending.postcode, pending.country) == (
        "Ottawa",
        "Ontario",
        "K2P 2L8",
        "CA",
    )
    # The order-level Phone column (repeated) stands in when Shipping Phone is empty.
    assert by_no["#1004"].phone == "+16135550127"
    assert by_no["#1004"].email == by_no["#1004"].buyer_id == "ayumu.hirano@example.com"


# --- Tmall order report ------------------------------------------------------------------


def test_tmall_sample_counts_match_an_independent_reading() -> None:
    with TMALL.open(encoding="utf-8", newline="") as fh:
        raw = list(csv.reader(fh))
    header, data = raw[0], raw[1:]
    assert header[3] == "收货地址 " and header[5] == "订单付款时间 "  # trailing spaces kept
    unpaid = [r for r in data if r[5] == ""]
    refunded_in_full = [
        r for r in data if r[5] and Decimal(r[2]) == 0 and Decimal(r[6]) >= Decimal(r[1])
    ]
    assert len(data) == 1000 and len(unpaid) == 158 and len(refunded_in_full) == 158

    result, orders, errors = _parse(TMALL)
    assert result.format == "tmall"
    assert result.confidence == 1.0
    assert errors == []
    assert len(orders) == 1000
    assert {o.external_no for o in orders} == {r[0] for r in data}
    assert all(o.lines == () for o in orders)  # the report has no items
    assert sum(1 for o in orders if o.paid_at is None) == 158
    assert Counter(o.status for o in orders) == {
        "pending_review": 684,
        "pending_payment": 158,
        "cancelled": 158,
    }
    assert {o.external_no for o in orders if o.status == "pending_payment"} == {
        r[0] for r in unpaid
    }
    assert {o.external_no for o in orders if o.status == "cancelled"} == {
        r[0] for r in refunded_in_full
    }
    assert sum((o.total for o in orders), Decimal(0)) == sum(
        (Decimal(r[1]) for r in data), Decimal(0)
    )
    assert sum((o.paid_amount for o in orders), Decimal(0)) == sum(
        (Decimal(r[2]) for r in data), Decimal(0)
    )


def test_tmall_sample_values() -> None:
    _, orders, _ = _parse(TMALL)
    by_no = {o.external_no: o for o in orders}
    first = by_no["1"]
    assert (first.province, first.city) == ("上海市", "上海市")  # "上海" is a municipality
    assert first.status == "pending_payment"
    assert first.total == Decimal("178.80")
    assert first.ordered_at == datetime(2020, 2, 20, 16, 0, 0, tzinfo=UTC)  # Beijing midnight
    assert by_no["2"].province == "内蒙古自治区"
    assert by_no["2"].paid_at == datetime(2020, 2, 20, 16, 0, 2, tzinfo=UTC)
    partial = by_no["6"]  # 327.7 paid, 178.8 refunded: still an order to handle
    assert partial.status == "pending_review"
    assert partial.paid_amount == Decimal("148.90")
    provinces = Counter(o.province for o in orders)
    assert provinces["北京市"] == 105 and provinces["广东省"] == 102
    assert all(o.province.endswith(("省", "市", "自治区")) for o in orders)
    assert all(o.channel == "tmall" and o.currency == "CNY" for o in orders)


# --- Shopify Transporter -----------------------------------------------------------------


def test_transporter_sample_reports_its_shifted_row() -> None:
    """Row 3 of Shopify's own fixture is shifted one column to the right ('Lineitem quantity'
    holds the product name), so order #MA-1097 is rejected whole; #MA-1098 imports."""
    result, orders, errors = _parse(TRANSPORTER)
    assert result.format == "shopify_transporter"
    assert result.stats.rows == 4
    assert [(e.row, e.column, e.code) for e in errors] == [(3, "Lineitem quantity", "qty_invalid")]
    assert errors[0].message == ("Quantity 'Mini Handle Shovel' must be a whole number above 0")
    assert len(orders) == 1
    cancelled = orders[0]
    assert cancelled.external_no == "#MA-1098"
    assert cancelled.status == "cancelled"  # refunded, Cancelled At set
    assert [(ln.platform_sku, ln.qty, ln.unit_price) for ln in cancelled.lines] == [
        ("b-001", 1, Decimal("30.00"))
    ]
    assert cancelled.ordered_at == datetime(2018, 1, 19, 20, 54, 41, tzinfo=UTC)


def test_transporter_sample_with_the_row_repaired(tmp_path: Path) -> None:
    with TRANSPORTER.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    shifted = rows[2]
    # One stray empty cell before Billing Company, one missing after Tax 1 Rate.
    billing_company = header.index("Billing Company")
    tax2 = header.index("Tax 2 Title")
    assert shifted[billing_company] == "" and shifted[billing_company + 1] == "Acme Ltd."
    assert shifted[tax2] == "0.13"
    rows[2] = [
        *shifted[:billing_company],
        *shifted[billing_company + 1 : tax2 + 1],
        "",
        *shifted[tax2 + 1 :],
    ]
    fixed = tmp_path / "orders.csv"
    with fixed.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)

    _, orders, errors = _parse(fixed)
    assert errors == []
    by_no = {o.external_no: o for o in orders}
    order = by_no["#MA-1097"]
    assert order.rows == (2, 3, 4)  # two line rows and the shipping-line row
    assert [(ln.platform_sku, ln.qty, ln.unit_price) for ln in order.lines] == [
        ("a-123", 2, Decimal("10.00")),
        ("a-456", 3, Decimal("20.00")),
    ]
    assert order.status == "pending_review"  # paid, unfulfilled
    assert order.goods_amount == Decimal("80.00")
    assert order.discount == Decimal("10.00")
    assert order.shipping_fee == Decimal("0.00")
    assert order.total == Decimal("70.00")
    assert order.paid_amount == Decimal("500.00")  # sale 1000 - refund 500
    assert order.recipient_name == "Receiver Joe"
    assert order.phone == "5555555556"
    assert order.buyer_note == "Review verified, discount code e-mailed"
    assert (order.city, order.province, order.postcode, order.country) == (
        "Waterloo",
        "Ontario",
        "N2L 6C2",
        "Canada",
    )
