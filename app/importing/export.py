"""Pure file writers: spreadsheets for users, shipping back-fill files for platforms, and our
blank import template.

Formula injection (OWASP "CSV injection"): every text cell that starts with ``=``, ``+``, ``-``,
``@``, TAB or CR is written as text with a leading apostrophe, so Excel shows it and never runs
it. Numbers (int, float, Decimal) stay numbers, so a negative amount is still -5 and not text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from app.importing.formats import TEMPLATE_COLUMNS
from app.importing.normalise import CHINA_TZ

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CELL = 32_767


def escape_text(value: str) -> str:
    """Neutralise a text value that a spreadsheet would treat as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _cell(value: Any, tz: tzinfo) -> Any:
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, datetime):
        # Excel has no time zones: write the wall-clock time of `tz` (Beijing by default).
        return value.astimezone(tz).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))  # control characters break the XML
    if len(text) > EXCEL_MAX_CELL:
        raise ValueError(f"Text of {len(text):,} characters does not fit in one Excel cell")
    return escape_text(text)


def write_xlsx(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Sheet1",
    tz: tzinfo = CHINA_TZ,
) -> int:
    """Write rows under a header row with openpyxl's write-only mode; returns the row count.

    Streams: `rows` may be a generator of a million rows without holding them in memory.
    """
    return write_sheets(path, [(sheet_title, headers, rows)], tz=tz)


def write_sheets(
    path: str | Path,
    sheets: Iterable[tuple[str, Sequence[Any], Iterable[Sequence[Any]]]],
    *,
    tz: tzinfo = CHINA_TZ,
) -> int:
    """`write_xlsx` for several sheets of (title, headers, rows); returns the data row count."""
    wb = Workbook(write_only=True)
    count = 0
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title=title)
        ws.append([_cell(h, tz) for h in headers])
        for row in rows:
            ws.append([_cell(v, tz) for v in row])
            count += 1
    wb.save(Path(path))
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return escape_text(str(value))


# --- shipping back-fill ---------------------------------------------------------------------


@dataclass(frozen=True)
class ShippingRecord:
    external_no: str  # the platform's order number
    carrier_name: str  # as the platform lists it: 顺丰速运, UPS, Royal Mail…
    tracking_no: str
    carrier_code: str = ""  # Amazon carrier-code (UPS, USPS, …)
    shipped_at: datetime | None = None  # aware
    order_item_id: str = ""  # Amazon order-item-id / eBay item number; "" = whole order
    quantity: int | None = None  # Amazon: units of that item; None = all
    ship_method: str = ""
    tracking_url: str = ""
    transaction_id: str = ""  # eBay


SHIPPING_FORMATS = (
    "taobao",
    "tmall",
    "jd",
    "pdd",
    "douyin",
    "kuaidan",
    "shopify",
    "amazon",
    "ebay",
)


def write_shipping_file(
    path: str | Path,
    platform: str,
    records: Iterable[ShippingRecord],
    *,
    encoding: str | None = None,
) -> int:
    """Write the tracking-number upload file for a platform; returns the record count.

    - taobao, tmall, jd, pdd, douyin, kuaidan: CSV ``订单号,快递公司,快递单号`` (UTF-8 with BOM
      so Excel shows Chinese; pass ``encoding="gb18030"`` for tools that want GBK).
    - shopify: CSV ``ORDER_NAME,TRACKING_COMPANY,TRACKING_NUMBER,TRACKING_URL`` (bulk
      fulfilment apps; Shopify admin has no tracking import).
    - amazon: Shipping Confirmation TSV (``order-id, order-item-id, quantity, ship-date,
      carrier-code, carrier-name, tracking-number, ship-method``); blank item and quantity
      confirm the whole order.
    - ebay: File Exchange ``Status`` rows (OrderID, ItemID, TransactionID, ShippingStatus=1,
      ShippingCarrierUsed, ShipmentTrackingNumber). Not verified against a real upload.
    """
    path = Path(path)
    if platform not in SHIPPING_FORMATS:
        raise ValueError(f"No shipping file format for '{platform}'")
    if platform == "amazon":
        header = [
            "order-id", "order-item-id", "quantity", "ship-date", "carrier-code",
            "carrier-name", "tracking-number", "ship-method",
        ]  # fmt: skip
        return _write_delimited(
            path,
            header,
            (
                [
                    r.external_no,
                    r.order_item_id,
                    "" if r.quantity is None else r.quantity,
                    r.shipped_at.isoformat(timespec="seconds") if r.shipped_at else "",
                    r.carrier_code,
                    r.carrier_name,
                    r.tracking_no,
                    r.ship_method,
                ]
                for r in records
            ),
            delimiter="\t",
            encoding=encoding or "utf-8",
        )
    if platform == "shopify":
        return _write_delimited(
            path,
            ["ORDER_NAME", "TRACKING_COMPANY", "TRACKING_NUMBER", "TRACKING_URL"],
            ([r.external_no, r.carrier_name, r.tracking_no, r.tracking_url] for r in records),
            encoding=encoding or "utf-8",
        )
    if platform == "ebay":
        action = "Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)"
        return _write_delimited(
            path,
            [
                action,
                "OrderID",
                "ItemID",
                "TransactionID",
                "ShippingStatus",
                "ShippingCarrierUsed",
                "ShipmentTrackingNumber",
            ],
            (
                [
                    "Status",
                    r.external_no,
                    r.order_item_id,
                    r.transaction_id,
                    1,
                    r.carrier_name,
                    r.tracking_no,
                ]
                for r in records
            ),
            encoding=encoding or "utf-8",
        )
    return _write_delimited(
        path,
        ["订单号", "快递公司", "快递单号"],
        ([r.external_no, r.carrier_name, r.tracking_no] for r in records),
        encoding=encoding or "utf-8-sig",
    )


def _write_delimited(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> int:
    count = 0
    with path.open("w", encoding=encoding, newline="") as fh:
        # Amazon flat files are not CSV-quoted; never quote there.
        writer = csv.writer(
            fh,
            delimiter=delimiter,
            lineterminator="\r\n" if delimiter == "," else "\n",
            quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE,
            escapechar=None if delimiter == "," else "\\",
        )
        writer.writerow(header)
        for row in rows:
            cells = [_csv_text(v) for v in row]
            if delimiter == "\t":
                cells = [c.replace("\t", " ").replace("\n", " ").replace("\r", " ") for c in cells]
            writer.writerow(cells)
            count += 1
    return count


# --- our import template --------------------------------------------------------------------

_EXAMPLE: dict[str, str | Decimal | int] = {
    "external_no": "KD20250511001",
    "ordered_at": "2025-05-11 09:55:16",
    "paid_at": "2025-05-11 09:56:02",
    "status": "待审核",
    "buyer_id": "buyer_001",
    "recipient_name": "张三",
    "phone": "13812345678",
    "province": "浙江省",
    "city": "杭州市",
    "district": "西湖区",
    "address": "文三路 90 号",
    "postcode": "310012",
    "email": "",
    "buyer_note": "请尽快发货",
    "seller_note": "",
    "currency": "CNY",
    "shipping_fee": Decimal("10.00"),
    "discount": Decimal("5.00"),
    "paid_amount": Decimal("124.80"),
    "sku": "SKU-001",
    "product_name": "示例商品 红色 M",
    "qty": 2,
    "unit_price": Decimal("59.90"),
    "line_discount": Decimal("0.00"),
}
# Columns Excel must keep as text: long numbers would become 1.23457E+18.
_TEXT_FIELDS = frozenset({"external_no", "phone", "postcode", "sku", "buyer_id"})


def write_import_template(path: str | Path) -> Path:
    """Our blank import template: header, one example row, and a 说明 (notes) sheet.

    One row per line item; a multi-item order repeats its order columns on every row (only the
    first row's order columns are read). `parse_file` recognises it as format ``kuaidan``.
    """
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "订单"
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for col, (name, zh, _en, required, _note) in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=zh)
        cell.font = bold
        if required:
            cell.fill = required_fill
        example = ws.cell(row=2, column=col, value=_EXAMPLE.get(name) or None)
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = max(10, len(zh) * 2 + 4)
        if name in _TEXT_FIELDS:
            example.number_format = "@"
            ws.column_dimensions[letter].number_format = "@"
    ws.freeze_panes = "A2"

    notes = wb.create_sheet("说明 Notes")
    notes.append(["列名 Column", "English", "必填 Required", "说明 Notes"])
    for cell in notes[1]:
        cell.font = bold
    for _name, zh, en, required, note in TEMPLATE_COLUMNS:
        notes.append([zh, en, "是 Yes" if required else "", note])
    notes.append([])
    for line in (
        "每行一个商品; 同一订单有多个商品时, 每行重复订单号和订单信息 (只读取第一行的订单信息)。",
        "One row per item; repeat the order number and order columns on every row of an order "
        "(order columns are read from the order's first row only).",
        "时间按北京时间填写; 金额最多两位小数; 数量为正整数。",
        "Times are Beijing time; amounts have at most two decimals; quantities are whole numbers.",
        "订单号、手机、商品编码请保持文本格式, 否则 Excel 会把长数字改成 1.23E+18。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 16
    notes.column_dimensions["C"].width = 14
    notes.column_dimensions["D"].width = 60
    wb.save(path)
    return path
