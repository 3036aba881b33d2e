"""Tests for app/documents: real PDFs, read back with poppler and zbar.

External tools (poppler-utils: pdftotext, pdfinfo, pdftoppm, pdffonts; zbar-tools: zbarimg)
are used when present; a test that needs a missing one is skipped and says which.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from app.documents import (
    InvoiceData,
    InvoiceLine,
    LabelData,
    LabelSize,
    PackingSlipData,
    PackingSlipLine,
    Party,
    PickListData,
    PickRow,
    amount_in_chinese_words,
    cjk_font,
    format_money,
    render_invoices,
    render_labels,
    render_packing_slips,
    render_pick_lists,
    render_zpl,
)
from app.documents import fonts as fonts_module
from app.documents._table import paginate
from app.documents.i18n import all_captions
from app.documents.labels import _LAYOUTS
from app.documents.pick_list import natural_key
from app.documents.text import wrap
from app.errors import ValidationError
from app.pii import mask_phone

D = Decimal

# --- helpers -----------------------------------------------------------------------------------


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils zbar-tools)")
    return path


def pdf_text(pdf: Path, page: int | None = None, *, left: float | None = None) -> str:
    """Text of the PDF (or one page); `left` (points) ignores everything left of it."""
    cmd = [_tool("pdftotext"), "-enc", "UTF-8"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    if left is not None:
        cmd += ["-x", str(round(left)), "-y", "0", "-W", "10000", "-H", "10000"]
    return subprocess.run([*cmd, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines join up again."""
    return re.sub(r"\s+", "", text)


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(
        [_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1))


def render_png(pdf: Path, page: int, tmp_path: Path, dpi: int = 200) -> Path:
    stem = tmp_path / f"{pdf.stem}-p{page}-{dpi}"
    subprocess.run(
        [
            _tool("pdftoppm"),
            *("-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"),
            str(pdf),
            str(stem),
        ],
        check=True,
        capture_output=True,
    )
    return stem.with_suffix(".png")


def decode(png: Path) -> list[tuple[str, str]]:
    """[(symbology, data)] found by zbarimg, e.g. ("CODE-128", "SF123")."""
    result = subprocess.run(
        [_tool("zbarimg"), "-q", str(png)], capture_output=True, text=True, check=False
    )
    found = []
    for line in result.stdout.splitlines():
        kind, _, data = line.partition(":")
        found.append((kind, data))
    return found


# --- sample data ---------------------------------------------------------------------------------

SENDER = Party(
    name="快单旗舰店",
    phone="0571-88886666",
    province="浙江省",
    city="杭州市",
    district="余杭区",
    address="文一西路969号 仓储中心",
    company="杭州快单电子商务有限公司",
)
RECIPIENT = Party(
    name="欧阳娜娜",
    phone="13812345678",
    province="广东省",
    city="深圳市",
    district="南山区",
    address="粤海街道科技园南区高新南七道深圳湾科技生态园10栋B座2305室（前台代收）",
)


def make_label(i: int = 0, **changes: object) -> LabelData:
    fields: dict[str, object] = {
        "tracking_no": f"SF{1234567890000 + i}",
        "carrier_code": "SF",
        "carrier_name": "顺丰速运",
        "service_name": "标准快递",
        "order_no": f"DD2024050100{i:04d}",
        "sender": SENDER,
        "recipient": RECIPIENT,
        "printed_at": datetime(2024, 5, 1, 10, 22),
        "item_summary": "无线蓝牙耳机 ×2，手机壳（透明）×1",
        "weight_g": 1250,
        "cod_amount": D("1234.50"),
        "note": "易碎品，轻拿轻放",
    }
    fields.update(changes)
    return LabelData(**fields)  # type: ignore[arg-type]


LINES = (
    InvoiceLine(
        sku="BT-EAR-001",
        name="无线蓝牙耳机 降噪版 白色",
        qty=2,
        unit_price=D("299.00"),
        discount=D("20.00"),
        tax_rate=D("0.13"),
    ),
    InvoiceLine(
        sku="CASE-IP15",
        name="手机壳（透明）",
        qty=1,
        unit_price=D("39.90"),
        tax_rate=D("0.13"),
    ),
    InvoiceLine(
        sku="CBL-TC-1M", name="Type-C 数据线 1米", qty=3, unit_price=D("19.90"), tax_rate=D("0.06")
    ),
)


def make_invoice(
    no: str = "INV-0001", lines: tuple[InvoiceLine, ...] = LINES, **changes: object
) -> InvoiceData:
    fields: dict[str, object] = {
        "invoice_no": no,
        "order_no": "DD20240501000123",
        "issue_date": date(2024, 5, 1),
        "seller": SENDER,
        "seller_tax_id": "91330100MA2XXXXX0X",
        "buyer": RECIPIENT,
        "lines": lines,
        "shipping_fee": D("12.00"),
        "discount": D("10.00"),
    }
    fields.update(changes)
    return InvoiceData(**fields)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _fresh_font() -> Iterator[None]:
    """Font tests change the chosen font; every test starts from the normal search."""
    fonts_module.reset_for_tests()
    yield
    fonts_module.reset_for_tests()


# --- amount in Chinese words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.50", "人民币伍角整"),
        ("10", "人民币壹拾元整"),
        ("16", "人民币壹拾陆元整"),
        ("100.10", "人民币壹佰元零壹角整"),
        ("1001", "人民币壹仟零壹元整"),
        ("1010", "人民币壹仟零壹拾元整"),
        ("10000", "人民币壹万元整"),
        ("100000", "人民币壹拾万元整"),
        ("100000000", "人民币壹亿元整"),
        ("100000001", "人民币壹亿零壹元整"),
        ("100010000", "人民币壹亿零壹万元整"),
        ("1234.50", "人民币壹仟贰佰叁拾肆元伍角整"),
        ("1234567.89", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        ("1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"),
        ("325.04", "人民币叁佰贰拾伍元零肆分"),
        ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
        ("1.005", "人民币壹元零壹分"),  # rounded half up to cents
    ],
)
def test_amount_in_chinese_words(amount: str, words: str) -> None:
    assert amount_in_chinese_words(D(amount)) == words


def test_amount_in_chinese_words_traditional() -> None:
    assert amount_in_chinese_words(D("1234.50"), traditional=True) == "新臺幣壹仟貳佰參拾肆圓伍角整"
    assert amount_in_chinese_words(D("30000"), traditional=True, prefix="") == "參萬圓整"
    assert amount_in_chinese_words(D("200000000"), traditional=True, prefix="人民幣") == (
        "人民幣貳億圓整"
    )


@pytest.mark.parametrize("amount", [D("-0.01"), D("-1234"), D("NaN"), D("Infinity"), D(10) ** 16])
def test_amount_in_chinese_words_rejects(amount: Decimal) -> None:
    with pytest.raises(ValueError):
        amount_in_chinese_words(amount)


def test_amount_in_chinese_words_refuses_float() -> None:
    with pytest.raises(TypeError):
        amount_in_chinese_words(12.5)  # type: ignore[arg-type]


_DIGIT_VALUE = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_BIG = {"兆": 10**12, "亿": 10**8, "万": 10**4}


def _parse_words(words: str) -> Decimal:
    """Read capital numerals back into a number (the inverse the property test checks)."""
    assert words.startswith("人民币")
    body = words.removeprefix("人民币").removesuffix("整").replace("万亿", "兆")
    yuan_part, _, cents_part = body.rpartition("元") if "元" in body else ("", "", body)
    total = section = num = 0
    for ch in yuan_part:
        if ch in _DIGIT_VALUE:
            num = _DIGIT_VALUE[ch]
        elif ch in _SMALL:
            section += num * _SMALL[ch]
            num = 0
        else:
            total += (section + num) * _BIG[ch]
            section = num = 0
    yuan = total + section + num
    jiao = fen = 0
    m = re.search(r"(.)角", cents_part)
    if m:
        jiao = _DIGIT_VALUE[m.group(1)]
    m = re.search(r"(.)分", cents_part)
    if m:
        fen = _DIGIT_VALUE[m.group(1)]
    return D(yuan) + D(jiao) / 10 + D(fen) / 100


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_amount_in_chinese_words_round_trips(cents: int) -> None:
    amount = D(cents) / 100
    words = amount_in_chinese_words(amount)
    assert _parse_words(words) == amount
    assert "零零" not in words
    assert words.endswith("整") == (cents % 10 == 0)
    assert not words.removesuffix("整").endswith("零")


# --- data records --------------------------------------------------------------------------------


def test_full_address_drops_repeated_parts() -> None:
    beijing = Party(
        name="张三", province="北京市", city="北京市", district="朝阳区", address="建国路88号"
    )
    assert beijing.full_address() == "北京市朝阳区建国路88号"
    repeated = Party(
        name="李四",
        province="浙江省",
        city="杭州市",
        district="西湖区",
        address="浙江省杭州市西湖区文三路1号",
    )
    assert repeated.full_address() == "浙江省杭州市西湖区文三路1号"
    western = Party(name="Ann", city="Singapore", address="1 Raffles Place", postcode="048616")
    assert western.full_address() == "1 Raffles Place, Singapore, 048616"


def test_records_refuse_float_money_and_bad_values() -> None:
    with pytest.raises(ValidationError) as err:
        InvoiceLine(sku="A", name="a", qty=1, unit_price=1.5)  # type: ignore[arg-type]
    assert err.value.field == "unit_price"
    with pytest.raises(ValidationError):
        InvoiceLine(sku="A", name="a", qty=1, unit_price=D(1), tax_rate=D(13))
    with pytest.raises(ValidationError) as err:
        make_label(tracking_no="SF 123")
    assert err.value.field == "tracking_no"
    for blank in ("", " ", "   "):  # what the property test's names never are
        with pytest.raises(ValidationError) as err:
            make_label(recipient=Party(name=blank))
        assert err.value.field == "recipient.name"
    with pytest.raises(ValidationError):
        make_label(cod_amount=12.0)
    with pytest.raises(ValidationError):
        make_invoice(discount=D("100000"))
    with pytest.raises(ValidationError):
        PickRow(bin_code="A", sku="S", name="n", barcode="", total_qty=3, orders=[("DD1", 1)])
    with pytest.raises(ValidationError):
        InvoiceData(
            invoice_no="I",
            order_no="O",
            issue_date=date(2024, 1, 1),
            seller=SENDER,
            buyer=RECIPIENT,
            lines=LINES,
            language="fr",  # type: ignore[arg-type]
        )


def test_invoice_totals_net_prices() -> None:
    t = make_invoice().totals
    # 578.00 + 39.90 + 59.70; tax per line 75.14 + 5.19 + 3.58
    assert (t.subtotal, t.tax, t.shipping, t.discount) == (
        D("677.60"),
        D("83.91"),
        D("12.00"),
        D("10.00"),
    )
    assert t.total == D("763.51")


def test_invoice_totals_prices_including_tax() -> None:
    inv = make_invoice(prices_include_tax=True, shipping_fee=D(0), discount=D(0))
    t = inv.totals
    assert t.total == D("677.60")  # what the buyer paid for the lines
    assert t.subtotal + t.tax == t.total
    assert t.tax == D("66.50") + D("4.59") + D("3.38")


def test_format_money_and_mask_phone() -> None:
    assert format_money(D("1234567.5")) == "¥1,234,567.50"
    assert format_money(D("-10"), "TWD") == "-NT$10.00"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("110") == "***"  # too short to identify anyone by its last digits


# --- text layout ---------------------------------------------------------------------------------


def test_wrap_breaks_chinese_per_character_and_keeps_latin_words() -> None:
    font = cjk_font().name
    text = "广东省深圳市南山区粤海街道，科技园南区 Shenzhen Bay Eco-Technology Park 10栋"
    lines = wrap(text, font, 10, 80)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for line in lines:
        assert not line.startswith("，")
        # Only a pulled-back punctuation mark may overhang.
        assert stringWidth(line.rstrip("，"), font, 10) <= 80.01
    words = {w for line in lines for w in line.split()}
    assert {"Shenzhen", "Bay", "Eco-Technology", "Park"} <= words


def test_paginate_keeps_the_totals_with_the_last_rows() -> None:
    assert paginate([10] * 5, 100, 100, 20) == [(0, 5)]
    assert paginate([10] * 10, 55, 100, 20) == [(0, 5), (5, 10)]
    # Rows fill the page exactly: the totals move to a page of their own.
    assert paginate([10] * 10, 100, 100, 20) == [(0, 10), (10, 10)]


def test_captions_complete_in_every_language() -> None:
    languages = all_captions()
    keys = set(languages["zh_CN"])
    for lang, table in languages.items():
        assert set(table) == keys, lang


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", list(LabelSize))
def test_labels_one_page_each_with_readable_text(tmp_path: Path, size: LabelSize) -> None:
    out = tmp_path / "labels.pdf"
    labels = [make_label(i) for i in range(3)]
    assert render_labels(labels, out, size) == 3
    assert pdf_pages(out) == 3
    for page, label in enumerate(labels, 1):
        text = pdf_text(out, page)
        assert label.recipient.name in text
        assert label.tracking_no in text
        assert label.order_no in text
        assert "13812345678" in text
        assert "¥1,234.50" in text
        # The whole address is printed, wrapped but not cut (read right of the 收 caption).
        caption_end = _LAYOUTS[size].margin + _LAYOUTS[size].caption_w + 0.5 * mm
        address = squash(pdf_text(out, page, left=caption_end))
        assert RECIPIENT.full_address() in address


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("tracking", ["SF1234567890123", "JDX000123456789-1-1", "YT7438561234"])
def test_label_barcodes_scan(tmp_path: Path, size: LabelSize, tracking: str) -> None:
    out = tmp_path / "label.pdf"
    render_labels([make_label(tracking_no=tracking)], out, size)
    symbols = decode(render_png(out, 1, tmp_path))
    assert ("CODE-128", tracking) in symbols
    assert ("QR-Code", tracking) in symbols
    assert len(symbols) == 2  # nothing else on the label looks like a barcode


def test_minimal_and_oversized_labels_render(tmp_path: Path) -> None:
    minimal = LabelData(
        tracking_no="7",
        carrier_code="X",
        carrier_name="",
        service_name="",
        order_no="",
        sender=Party(name=""),
        recipient=Party(name="王五"),
        printed_at=datetime(2024, 1, 1),
    )
    huge = make_label(
        tracking_no="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd",
        service_name="标准快递次日达加急件超长服务名称" * 3,
        recipient=Party(name="长" * 40, phone="1" * 30, address="很长的地址" * 60),
        item_summary="物品" * 300,
        note="备注" * 200,
    )
    out = tmp_path / "l.pdf"
    assert render_labels([minimal, huge], out, LabelSize.MM_76x130) == 2
    assert "王五" in pdf_text(out, 1)
    assert ("CODE-128", huge.tracking_no) in decode(render_png(out, 2, tmp_path, dpi=300))


_TEXT = st.text(
    alphabet=st.sampled_from("快单收件人地址省市区路号栋室，。（）ABCxyz0123 -_^~#&"), max_size=120
)
# A label refuses a recipient name of only spaces (test below): names have a visible character.
_NAME = _TEXT.filter(str.strip)


@settings(max_examples=25, deadline=None)
@given(name=_NAME, address=_TEXT, note=_TEXT, cod=st.none() | st.decimals(0, 10**7, places=2))
def test_any_text_renders_and_zpl_stays_well_formed(
    name: str, address: str, note: str, cod: Decimal | None
) -> None:
    label = make_label(recipient=Party(name=name, address=address), note=note, cod_amount=cod)
    stream = io.BytesIO()
    assert render_labels([label], stream) == 1
    assert stream.getvalue().startswith(b"%PDF-")
    zpl = render_zpl([label, label])
    assert zpl.count("^XA") == zpl.count("^XZ") == 2
    assert "~" not in zpl  # ~ starts a ZPL control command; data must never carry one
    assert zpl.count("^FO") == zpl.count("^FS")


def test_label_languages_and_privacy_mask(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    render_labels([make_label(cod_amount=None)], out, language="en", mask_phones=True)
    text = pdf_text(out)
    assert "TO" in text and "FROM" in text
    assert "138****5678" in text
    assert "13812345678" not in text
    assert "COD" not in text  # no cash on delivery → no COD box
    out_tw = tmp_path / "tw.pdf"
    render_labels([make_label()], out_tw, language="zh_TW")
    assert "代收貨款" in pdf_text(out_tw)


def test_label_aware_timestamp_printed_in_local_time(tmp_path: Path) -> None:
    ts = datetime(2024, 5, 1, 2, 22, tzinfo=UTC)
    out = tmp_path / "l.pdf"
    render_labels([make_label(printed_at=ts)], out)
    assert ts.astimezone().strftime("%Y-%m-%d %H:%M") in pdf_text(out)


def test_labels_embed_the_cjk_font(tmp_path: Path) -> None:
    info = cjk_font()
    if not info.embedded:
        pytest.skip("no embeddable CJK TrueType font on this machine")
    out = tmp_path / "l.pdf"
    render_labels([make_label()], out)
    listing = subprocess.run(
        [_tool("pdffonts"), str(out)], capture_output=True, text=True, check=True
    ).stdout
    cjk_rows = [line for line in listing.splitlines() if "TrueType" in line]
    assert cjk_rows and all(" yes " in row for row in cjk_rows)


# --- batch behaviour: progress, cancel, failures -----------------------------------------------


def test_progress_reports_counts_up_to_the_total(tmp_path: Path) -> None:
    seen: list[int] = []
    assert (
        render_labels((make_label(i) for i in range(25)), tmp_path / "l.pdf", progress=seen.append)
        == 25
    )
    assert seen == sorted(seen) and seen[-1] == 25 and len(seen) <= 4


def test_cancel_keeps_a_valid_pdf_of_the_finished_labels(tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    done: list[int] = []
    labels_drawn = 0

    def labels() -> Iterator[LabelData]:
        nonlocal labels_drawn
        for i in range(50):
            labels_drawn += 1
            yield make_label(i)

    # Cancel once three labels are finished (cancel is asked before each label).
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    assert render_labels(labels(), out, cancel=cancel, progress=done.append) == 3
    assert labels_drawn == 4  # the 4th was fetched, then cancel stopped it before drawing
    assert done[-1] == 3
    assert pdf_pages(out) == 3
    text = pdf_text(out)
    assert make_label(2).tracking_no in text and make_label(3).tracking_no not in text
    assert [p.name for p in tmp_path.iterdir()] == ["l.pdf"]  # no temp file left


def test_cancel_before_the_first_document_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    assert render_labels([make_label()], out, cancel=lambda: True) == 0
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    # An older file under that name is left as it was.
    out.write_bytes(b"old")
    assert render_invoices([make_invoice()], out, cancel=lambda: True) == 0
    assert out.read_bytes() == b"old"
    stream = io.BytesIO()
    assert render_labels([make_label()], stream, cancel=lambda: True) == 0
    assert stream.getvalue() == b""


def test_failure_mid_batch_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"

    def labels() -> Iterator[LabelData]:
        yield make_label(1)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        render_labels(labels(), out)
    assert list(tmp_path.iterdir()) == []


def test_stream_output(tmp_path: Path) -> None:
    stream = io.BytesIO()
    assert render_labels([make_label(1), make_label(2)], stream, LabelSize.MM_76x130) == 2
    data = stream.getvalue()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    out = tmp_path / "s.pdf"
    out.write_bytes(data)
    assert pdf_pages(out) == 2


# --- invoices ------------------------------------------------------------------------------------


def test_invoice_text_totals_and_words(tmp_path: Path) -> None:
    out = tmp_path / "inv.pdf"
    assert render_invoices([make_invoice()], out) == 1
    text = pdf_text(out)
    for expected in (
        "INV-0001",
        "DD20240501000123",
        "欧阳娜娜",
        "BT-EAR-001",
        "578.00",
        "¥677.60",
        "¥83.91",
        "¥12.00",
        "-¥10.00",
        "¥763.51",
        "人民币柒佰陆拾叁元伍角壹分",
        "91330100MA2XXXXX0X",
    ):
        assert expected in text, expected


def test_invoice_languages(tmp_path: Path) -> None:
    out = tmp_path / "inv.pdf"
    invoices = [
        make_invoice("INV-TW", language="zh_TW", currency="TWD", discount=D(0)),
        make_invoice("INV-EN", language="en", currency="USD"),
    ]
    assert render_invoices(invoices, out) == 2
    tw, en = pdf_text(out, 1), pdf_text(out, 2)
    assert "INV-TW" in tw and "新臺幣柒佰柒拾參圓伍角壹分" in tw and "NT$773.51" in tw
    assert "INV-EN" in en and "INVOICE" in en and "US$763.51" in en
    assert "人民币" not in en and "圓" not in en


def test_long_invoice_continues_with_header_on_every_page(tmp_path: Path) -> None:
    lines = tuple(
        InvoiceLine(sku=f"SKU-{i:03d}", name=f"商品 {i} 号", qty=1, unit_price=D("10.00"))
        for i in range(1, 81)
    )
    out = tmp_path / "inv.pdf"
    pages = render_invoices([make_invoice("INV-LONG", lines, discount=D(0))], out)
    assert pages >= 2
    assert pdf_pages(out) == pages
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert "INV-LONG" in text and "商品名称" in text
        assert f"第 {page}/{pages} 页" in text
    last = pdf_text(out, pages)
    assert "¥812.00" in last and "人民币捌佰壹拾贰元整" in last
    assert "¥812.00" not in pdf_text(out, 1)
    # Every line appears exactly once across the pages.
    everything = pdf_text(out)
    for i in (1, 40, 80):
        assert everything.count(f"SKU-{i:03d}") == 1


def test_each_invoice_starts_on_a_new_page(tmp_path: Path) -> None:
    long_lines = LINES * 25
    out = tmp_path / "batch.pdf"
    batch = [make_invoice("INV-A"), make_invoice("INV-B", long_lines), make_invoice("INV-C")]
    pages = render_invoices(batch, out)
    assert pages == pdf_pages(out) >= 4
    assert "INV-A" in pdf_text(out, 1) and "INV-B" not in pdf_text(out, 1)
    assert "INV-B" in pdf_text(out, 2)
    assert "INV-C" in pdf_text(out, pages) and "INV-B" not in pdf_text(out, pages)


# --- packing slips and pick lists ---------------------------------------------------------------


def test_packing_slip(tmp_path: Path) -> None:
    slip = PackingSlipData(
        order_no="DD20240501000777",
        recipient=RECIPIENT,
        lines=[
            PackingSlipLine(sku="BT-EAR-001", name="无线蓝牙耳机", qty=2, bin="A-01-03"),
            PackingSlipLine(sku="CBL-TC-1M", name="Type-C 数据线", qty=3, bin="C-02-10"),
        ],
        buyer_note="请不要放发票，谢谢",
        shop_name="快单旗舰店",
        tracking_no="SF1234567890123",
    )
    other = PackingSlipData(
        order_no="DD20240501000778",
        recipient=RECIPIENT,
        lines=[PackingSlipLine(sku=f"S{i}", name="袜子", qty=1) for i in range(70)],
    )
    out = tmp_path / "ps.pdf"
    pages = render_packing_slips([slip, other], out)
    assert pages == pdf_pages(out) >= 3
    first = pdf_text(out, 1)
    for expected in (
        "DD20240501000777",
        "欧阳娜娜",
        "请不要放发票，谢谢",
        "A-01-03",
        "合计件数：5",
    ):
        assert expected in first
    assert "DD20240501000778" in pdf_text(out, 2) and "合计件数：70" in pdf_text(out, pages)
    assert ("CODE-128", "DD20240501000777") in decode(render_png(out, 1, tmp_path))


def _pick_list() -> PickListData:
    rows = [
        PickRow(
            bin_code=code,
            sku=f"SKU-{code}",
            name="保温杯",
            barcode="6901234567890",
            total_qty=3,
            orders=[("DD0001", 2), ("DD0002", 1)],
        )
        for code in ("A-10-01", "B-1-01", "A-2-01", "A-1-01")
    ]
    rows.append(
        PickRow(
            bin_code="C-1-01",
            sku="HOT-001",
            name="爆款",
            barcode="",
            total_qty=150,
            orders=[(f"DDX{j:05d}", 1) for j in range(150)],
        )
    )
    return PickListData(
        wave_no="W20240501-007",
        warehouse_name="杭州一号仓",
        created_at=datetime(2024, 5, 1, 9, 30),
        rows=rows,
    )


def test_pick_list_sorted_by_bin_with_orders(tmp_path: Path) -> None:
    out = tmp_path / "pick.pdf"
    pages = render_pick_lists([_pick_list()], out)
    assert pages == pdf_pages(out) >= 2
    text = pdf_text(out)
    positions = [text.index(code) for code in ("A-1-01", "A-2-01", "A-10-01", "B-1-01", "C-1-01")]
    assert positions == sorted(positions)
    assert "DD0001×2" in text and "DD0002×1" in text
    # All 150 orders of the hot item are listed once, across the continuation rows.
    assert all(text.count(f"DDX{j:05d}×1") == 1 for j in range(150))
    assert "共 5 个品种，162 件，152 个订单" in text
    assert ("CODE-128", "W20240501-007") in decode(render_png(out, 1, tmp_path))


def test_natural_bin_order() -> None:
    codes = ["A-10", "A-2", "a-3", "B-1", "A-2-10", "A-2-9"]
    assert sorted(codes, key=natural_key) == ["A-2", "A-2-9", "A-2-10", "a-3", "A-10", "B-1"]


# --- ZPL -----------------------------------------------------------------------------------------


def test_zpl_structure() -> None:
    labels = [
        make_label(1),
        make_label(2, note="^XZ~JA and_more", cod_amount=None),
        make_label(3, tracking_no="JD000_123^9"),
    ]
    zpl = render_zpl(labels, LabelSize.MM_100x150)
    formats = re.findall(r"\^XA.*?\^XZ", zpl, re.DOTALL)
    assert len(formats) == 3
    assert zpl.count("^XA") == 3 and zpl.count("^XZ") == 3  # the note's ^XZ was escaped
    assert "~JA" not in zpl
    assert "^XZ_7EJA and_5Fmore" in zpl.replace("_5EXZ", "^XZ")
    for fmt, label in zip(formats, labels, strict=True):
        assert "^CI28" in fmt
        assert "^PW799" in fmt and "^LL1199" in fmt
        tracking = label.tracking_no.replace("_", "_5F").replace("^", "_5E")
        assert re.search(r"\^BCN,\d+,Y,N,N,A\^FH\^FD" + re.escape(tracking) + r"\^FS", fmt)
        assert re.search(r"\^BQN,2,\d+\^FH\^FDMA," + re.escape(tracking) + r"\^FS", fmt)
        assert "^A@N," in fmt and "E:SIMSUN.TTF" in fmt
        assert "欧阳娜娜" in fmt
    assert "代收货款" in formats[0] and "代收货款" not in formats[1]
    # Every field is closed: as many ^FS as ^FO.
    assert zpl.count("^FO") == zpl.count("^FS")


def test_zpl_size_dpi_and_font() -> None:
    zpl = render_zpl([make_label()], LabelSize.MM_76x130, dpi=300, font_ref="E:MYFONT.TTF")
    assert "^PW898" in zpl and "^LL1535" in zpl
    assert "E:MYFONT.TTF" in zpl and "SIMSUN" not in zpl
    with pytest.raises(ValueError):
        render_zpl([make_label()], dpi=150)


# --- fonts ---------------------------------------------------------------------------------------


def test_font_is_found_and_cached() -> None:
    first = cjk_font()
    assert cjk_font() is first
    assert first.name


def test_font_env_override_that_is_unusable_is_skipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"not a font")
    monkeypatch.setenv(fonts_module.ENV_VAR, str(bogus))
    info = cjk_font()
    assert info.path != bogus


def test_font_env_override_and_resources_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    system = next(
        (
            Path(p)
            for p, _, src in fonts_module.candidates()
            if src == "system" and Path(p).is_file()
        ),
        None,
    )
    if system is None:
        pytest.skip("no system CJK TrueType font to copy")
    monkeypatch.setenv(fonts_module.ENV_VAR, f"{system}#0")
    assert cjk_font().source == "env"
    fonts_module.reset_for_tests()
    monkeypatch.delenv(fonts_module.ENV_VAR)
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / ("bundled" + system.suffix)).symlink_to(system)
    monkeypatch.setattr(fonts_module, "resources_fonts_dir", lambda: tmp_path / "fonts")
    info = cjk_font()
    assert info.source == "resources" and info.embedded


def test_opentype_cff_fonts_are_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    noto = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not noto.exists():
        pytest.skip("Noto Sans CJK not installed")
    monkeypatch.setenv(fonts_module.ENV_VAR, str(noto))
    assert cjk_font().path != noto


def test_font_fallback_is_the_builtin_cid_font(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts_module, "candidates", lambda: [])
    info = cjk_font()
    assert (info.name, info.embedded, info.source) == ("STSong-Light", False, "fallback")
    out = tmp_path / "l.pdf"
    assert render_labels([make_label()], out) == 1
    listing = subprocess.run(
        [_tool("pdffonts"), str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "STSong-Light" in listing
    assert ("CODE-128", make_label().tracking_no) in decode(render_png(out, 1, tmp_path))
