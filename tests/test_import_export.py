"""Export helpers: formula-injection escaping, shipping back-fill files, our template."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.importing import (
    TEMPLATE_COLUMNS,
    ShippingRecord,
    open_rows,
    parse_file,
    write_import_template,
    write_shipping_file,
    write_xlsx,
)
from app.importing.export import SHIPPING_FORMATS, escape_text


def test_formula_injection_is_escaped_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    dangerous = ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("x")']
    rows = [
        [*dangerous, "plain", -5, Decimal("1.50"), 3.25, datetime(2025, 5, 11, 1, 55, tzinfo=UTC)],
    ]
    header = [f"c{i}" for i in range(len(rows[0]))]
    assert write_xlsx(path, header, rows) == 1
    ws = load_workbook(path).active
    assert ws is not None
    cells = next(iter(ws.iter_rows(min_row=2, values_only=False)))
    for cell, original in zip(cells, dangerous, strict=False):
        assert cell.data_type == "s", original
        # (XML parsers turn a stored CR into LF; the apostrophe is what matters.)
        assert cell.value == "'" + original.replace("\r", "\n")
    plain, neg, dec, flt, when = cells[len(dangerous) :]
    assert (plain.value, plain.data_type) == ("plain", "s")
    assert (neg.value, neg.data_type) == (-5, "n")
    assert (dec.value, dec.data_type) == (1.5, "n")
    assert (flt.value, flt.data_type) == (3.25, "n")
    assert when.value == datetime(2025, 5, 11, 9, 55)  # Beijing wall-clock time
    assert escape_text("safe") == "safe"


def test_write_xlsx_streams_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    count = write_xlsx(path, ["a", "b"], ([i, f"row {i}"] for i in range(20_000)))
    assert count == 20_000
    with open_rows(path) as source:
        rows = list(source)
    assert len(rows) == 20_001
    assert rows[-1] == (20_001, [19_999.0, "row 19999"])


def _records() -> list[ShippingRecord]:
    return [
        ShippingRecord(
            external_no="1930679858170647",
            carrier_name="顺丰速运",
            tracking_no="SF1234567890",
            carrier_code="SF",
            shipped_at=datetime(2025, 5, 11, 8, 0, tzinfo=UTC),
            order_item_id="12345678901234",
            quantity=2,
            ship_method="标准快递",
            tracking_url="https://example.com/t/SF1234567890",
            transaction_id="9001",
        ),
        ShippingRecord(external_no="#1002", carrier_name="UPS", tracking_no="1Z999"),
    ]


def test_chinese_platform_shipping_csv(tmp_path: Path) -> None:
    for platform in ("taobao", "tmall", "jd", "pdd", "douyin", "kuaidan"):
        path = tmp_path / f"{platform}.csv"
        assert write_shipping_file(path, platform, _records()) == 2
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows Chinese
        rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
        assert rows == [
            ["订单号", "快递公司", "快递单号"],
            ["1930679858170647", "顺丰速运", "SF1234567890"],
            ["#1002", "UPS", "1Z999"],
        ]
    gbk = tmp_path / "gbk.csv"
    write_shipping_file(gbk, "taobao", _records(), encoding="gb18030")
    assert "顺丰速运" in gbk.read_text(encoding="gb18030")


def test_shopify_amazon_ebay_shipping_files(tmp_path: Path) -> None:
    shopify = tmp_path / "shopify.csv"
    write_shipping_file(shopify, "shopify", _records())
    assert list(csv.reader(shopify.open(encoding="utf-8", newline=""))) == [
        ["ORDER_NAME", "TRACKING_COMPANY", "TRACKING_NUMBER", "TRACKING_URL"],
        ["1930679858170647", "顺丰速运", "SF1234567890", "https://example.com/t/SF1234567890"],
        ["#1002", "UPS", "1Z999", ""],
    ]
    amazon = tmp_path / "amazon.txt"
    write_shipping_file(amazon, "amazon", _records())
    lines = amazon.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [
        "order-id",
        "order-item-id",
        "quantity",
        "ship-date",
        "carrier-code",
        "carrier-name",
        "tracking-number",
        "ship-method",
    ]
    assert lines[1].split("\t") == [
        "1930679858170647",
        "12345678901234",
        "2",
        "2025-05-11T08:00:00+00:00",
        "SF",
        "顺丰速运",
        "SF1234567890",
        "标准快递",
    ]
    assert lines[2].split("\t") == ["#1002", "", "", "", "", "UPS", "1Z999", ""]
    ebay = tmp_path / "ebay.csv"
    write_shipping_file(ebay, "ebay", _records())
    rows = list(csv.reader(ebay.open(encoding="utf-8", newline="")))
    assert rows[0][1:] == [
        "OrderID",
        "ItemID",
        "TransactionID",
        "ShippingStatus",
        "ShippingCarrierUsed",
        "ShipmentTrackingNumber",
    ]
    assert rows[1] == [
        "Status",
        "1930679858170647",
        "12345678901234",
        "9001",
        "1",
        "顺丰速运",
        "SF1234567890",
    ]
    assert set(SHIPPING_FORMATS) == {
        "taobao",
        "tmall",
        "jd",
        "pdd",
        "douyin",
        "kuaidan",
        "shopify",
        "amazon",
        "ebay",
    }
    with pytest.raises(ValueError, match="No shipping file format"):
        write_shipping_file(tmp_path / "x.csv", "wish", _records())


def test_shipping_csv_escapes_formulas(tmp_path: Path) -> None:
    path = tmp_path / "evil.csv"
    write_shipping_file(
        path, "jd", [ShippingRecord(external_no="=1+1", carrier_name="@x", tracking_no="-3")]
    )
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[1] == ["'=1+1", "'@x", "'-3"]


def test_import_template(tmp_path: Path) -> None:
    path = write_import_template(tmp_path / "快单导入模板.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["订单", "说明 Notes"]
    ws = wb["订单"]
    headers = [c.value for c in ws[1]]
    assert headers == [zh for _, zh, _, _, _ in TEMPLATE_COLUMNS]
    assert ws.max_row == 2  # header and one example row
    assert ws["A2"].number_format == "@"  # order numbers stay text in Excel
    notes = wb["说明 Notes"]
    assert notes["A1"].value == "列名 Column"
    assert [r[0] for r in notes.iter_rows(min_row=2, max_row=25, values_only=True)] == headers
    with parse_file(path) as result:
        (order,) = list(result)
    assert result.format == "kuaidan" and result.confidence == 1.0
    assert order.external_no == "KD20250511001"  # type: ignore[union-attr]
    assert order.total == Decimal("124.80")  # type: ignore[union-attr]


def test_importing_package_never_imports_qt() -> None:
    code = (
        "import sys, app.importing, app.importing.parse, app.importing.export; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent)
