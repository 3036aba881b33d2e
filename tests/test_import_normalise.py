"""Cell normalisers: examples from the real exports plus hypothesis properties."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.importing.normalise import (
    CHINA_TZ,
    PROVINCES,
    CellError,
    canonical_province,
    clean_code,
    clean_phone,
    clean_text,
    parse_amount,
    parse_datetime,
    parse_qty,
    split_address,
    zone,
)
from app.importing.statuses import map_status, shopify_status

D = Decimal


# --- text and codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  hello ", "hello"),
        ("Ｈｅｌｌｏ　１２３", "Hello 123"),  # full-width letters, digits and space
        ("（北京）", "(北京)"),
        ('="1930679858170647"', "1930679858170647"),
        ("\t6917926768823643751", "6917926768823643751"),
        ("-", ""),
        ("--", ""),
        (None, ""),
        (12.0, "12"),
        (True, "true"),
        ("'t Hooft", "'t Hooft"),  # free text keeps a leading apostrophe
    ],
)
def test_clean_text(raw: object, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('="1930679858170647"', "1930679858170647"),
        ("'84403", "84403"),
        ("1930679858170647.0", "1930679858170647"),
        (1930679858170647.0, "1930679858170647"),
        (100012043978, "100012043978"),
        ("114-0149180-7966659", "114-0149180-7966659"),
        ("#1001", "#1001"),
        ("1E5", "1E5"),  # a SKU, not Excel's scientific display (which always has a sign)
        ("ＳＫＵ－００１", "SKU-001"),
    ],
)
def test_clean_code(raw: object, expected: str) -> None:
    assert clean_code(raw) == expected


@pytest.mark.parametrize(
    "raw", ["6.91E+18", "1.23457E+18", "6.91e+18", 6.91e18, 12345678901234567.0]
)
def test_ids_ruined_by_excel_are_flagged(raw: object) -> None:
    with pytest.raises(CellError) as info:
        clean_code(raw)
    assert info.value.code == "id_scientific"


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", ("13812345678", False)),
        ("13812345678.0", ("13812345678", False)),
        (13812345678.0, ("13812345678", False)),
        (13812345678, ("13812345678", False)),
        ("'18612345678", ("18612345678", False)),
        ("+16135550114", ("+16135550114", False)),
        ("(+44)7309085092", ("+447309085092", False)),
        ("555 555-5555", ("5555555555", False)),
        ("555.555.5556", ("5555555556", False)),
        ("1******6198", ("1******6198", True)),
        ("138****5678", ("138****5678", True)),
        ("138 **** 5678", ("138****5678", True)),
        ("****", ("****", True)),
        ("##K8dJ2aXk==", ("##K8dJ2aXk==", True)),
        ("$$1Fa9bQ==", ("$$1Fa9bQ==", True)),
        ("0571-8888 8888 转 123", ("0571-8888 8888 转 123", False)),
        ("１３８１２３４５６７８", ("13812345678", False)),
        (None, ("", False)),
    ],
)
def test_clean_phone(raw: object, expected: tuple[str, bool]) -> None:
    assert clean_phone(raw) == expected


@given(st.text(max_size=40))
def test_phone_normalisation_is_idempotent(raw: str) -> None:
    try:
        once = clean_phone(raw)
    except CellError:
        return
    assert clean_phone(once[0]) == once


@given(st.from_regex(r"\+?[0-9 ()\-.]{0,20}", fullmatch=True))
def test_phone_digits_survive(raw: str) -> None:
    phone, masked = clean_phone(raw)
    assert not masked
    # A number Excel stored as a float ("13812345678.0") loses only its ".0" (or ".00").
    expected = re.sub(r"^(\d+)\.0+$", r"\1", raw.strip())
    assert re.sub(r"\D", "", phone) == re.sub(r"\D", "", expected)


# --- amounts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("178.8", D("178.80")),
        ("0元", D("0.00")),
        ("248.00元", D("248.00")),
        ("¥1,234.50", D("1234.50")),
        ("￥12", D("12.00")),
        ("$45.99", D("45.99")),
        ("$1,433.66", D("1433.66")),
        ("116,99 €", D("116.99")),
        ("1.234,56 €", D("1234.56")),
        ("US $12.00", D("12.00")),
        ("RMB 8.5", D("8.50")),
        ("(12.00)", D("-12.00")),
        ("-1.00", D("-1.00")),
        ("1.500", D("1.50")),  # trailing zeros are not extra precision
        (178.8, D("178.80")),
        (0.1 + 0.2, D("0.30")),  # float noise from a spreadsheet formula
        (10, D("10.00")),
        ("", None),
        (None, None),
        ("-", None),
    ],
)
def test_parse_amount(raw: object, expected: Decimal | None) -> None:
    assert parse_amount(raw) == expected


def test_decimal_comma_mode() -> None:
    with pytest.raises(CellError):
        parse_amount("1,234", decimal_comma=True)  # 1.234: three decimals
    assert parse_amount("1.234,50", decimal_comma=True) == D("1234.50")
    assert parse_amount("1,234") == D("1234.00")  # without decimal-comma mode: thousands


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("12.345", "amount_precision"),
        ("abc", "amount_invalid"),
        ("1,2,3", "amount_invalid"),
        (0.125, "amount_precision"),
    ],
)
def test_bad_amounts(raw: object, code: str) -> None:
    with pytest.raises(CellError) as info:
        parse_amount(raw)
    assert info.value.code == code


# Up to MAX_AMOUNT (100,000,000.00): more is a row error (test_import_money.py).
_cents = st.integers(min_value=-(10**10), max_value=10**10).map(lambda c: Decimal(c).scaleb(-2))


def _grouped(value: Decimal, sep: str, point: str) -> str:
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{sep.join(groups)}{point}{frac}"


@given(_cents, st.sampled_from(["{}", "¥{}", "{}元", "$ {}", "{} €", "RMB{}", " {} "]))
def test_amount_round_trip(value: Decimal, pattern: str) -> None:
    assert parse_amount(pattern.format(f"{value:.2f}")) == value
    assert parse_amount(pattern.format(_grouped(value, ",", "."))) == value
    assert parse_amount(_grouped(value, ".", ","), decimal_comma=True) == value
    assert parse_amount(float(value)) == value


# --- quantities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("3", 3), (2.0, 2), (5, 5), ("2件", 2), ("２", 2), ("4.0", 4), ("", None), (None, None)],
)
def test_parse_qty(raw: object, expected: int | None) -> None:
    assert parse_qty(raw) == expected


@pytest.mark.parametrize("raw", ["-2", "0", "1.5", 1.5, "two", -1])
def test_bad_qty(raw: object) -> None:
    with pytest.raises(CellError) as info:
        parse_qty(raw)
    assert info.value.code == "qty_invalid"


# --- dates ----------------------------------------------------------------------------------

LA = zone("America/Los_Angeles")


@pytest.mark.parametrize(
    ("raw", "tz", "order", "expected"),
    [
        ("2025-05-11 09:55:16 -0400", UTC, "ymd", datetime(2025, 5, 11, 13, 55, 16)),
        ("2020-02-21 00:00:00", CHINA_TZ, "ymd", datetime(2020, 2, 20, 16, 0)),
        ("2016/5/23 22:02", CHINA_TZ, "ymd", datetime(2016, 5, 23, 14, 2)),
        ("2017-09-23T14:18:23-07:00", UTC, "ymd", datetime(2017, 9, 23, 21, 18, 23)),
        ("2017-09-24T08:00:00Z", UTC, "ymd", datetime(2017, 9, 24, 8, 0)),
        ("2024-01-01T10:00:00.123+08:00", UTC, "ymd", datetime(2024, 1, 1, 2, 0, 0, 123000)),
        ("Jul-21-25", LA, "mdy", datetime(2025, 7, 21, 7, 0)),
        ("Sep-30-26 23:45:00", LA, "mdy", datetime(2026, 10, 1, 6, 45)),
        ("12/30/25", UTC, "mdy", datetime(2025, 12, 30)),
        ("30/12/2025", UTC, "dmy", datetime(2025, 12, 30)),
        ("10-Dez-25", zone("Europe/Berlin"), "dmy", datetime(2025, 12, 9, 23, 0)),
        ("21-Jul-25", zone("Europe/London"), "dmy", datetime(2025, 7, 20, 23, 0)),
        ("2025年5月11日 09:55", CHINA_TZ, "ymd", datetime(2025, 5, 11, 1, 55)),
        ("45384.3478", CHINA_TZ, "ymd", datetime(2024, 4, 2, 0, 20, 50)),  # 08:20:50 CST
        (45384.5, CHINA_TZ, "ymd", datetime(2024, 4, 2, 4, 0)),
        (datetime(2025, 1, 1, 8, 0), CHINA_TZ, "ymd", datetime(2025, 1, 1, 0, 0)),
        (date(2025, 1, 1), CHINA_TZ, "ymd", datetime(2024, 12, 31, 16, 0)),
        ("20250511", CHINA_TZ, "ymd", datetime(2025, 5, 10, 16, 0)),
        ("1620000000", UTC, "ymd", datetime(2021, 5, 3, 0, 0)),
        ("２０２０-０２-２１ ００:００:００", CHINA_TZ, "ymd", datetime(2020, 2, 20, 16, 0)),
    ],
)
def test_parse_datetime(raw: object, tz: timezone, order: str, expected: datetime) -> None:
    got = parse_datetime(raw, tz, order)
    assert got == expected.replace(tzinfo=UTC)
    assert got is not None and got.tzinfo is UTC


@pytest.mark.parametrize("raw", ["2025-13-01 00:00:00", "yesterday", "Foo-21-25", "12:30"])
def test_bad_dates(raw: str) -> None:
    with pytest.raises(CellError) as info:
        parse_datetime(raw)
    assert info.value.code == "date_invalid"


def test_empty_dates() -> None:
    assert parse_datetime("") is None and parse_datetime(None) is None
    assert parse_datetime("-") is None


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))
def test_iso_text_round_trip(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    assert parse_datetime(text, CHINA_TZ) == (moment - timedelta(hours=8)).replace(tzinfo=UTC)


# --- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        (
            "浙江省 杭州市 西湖区 文三路 90 号(310012)",
            ("浙江省", "杭州市", "西湖区", "文三路 90 号", "310012"),
        ),
        ("北京市朝阳区建国路88号", ("北京市", "", "朝阳区", "建国路88号", "")),
        (
            "北京 北京市 朝阳区 三里屯路 19 号(100027)",
            ("北京", "北京市", "朝阳区", "三里屯路 19 号", "100027"),
        ),
        ("上海市浦东新区世纪大道 1 号", ("上海市", "", "浦东新区", "世纪大道 1 号", "")),
        ("重庆市渝中区解放碑", ("重庆市", "", "渝中区", "解放碑", "")),
        ("天津 天津市 和平区 南京路", ("天津", "天津市", "和平区", "南京路", "")),
        (
            "广西壮族自治区南宁市青秀区民族大道1号",
            ("广西壮族自治区", "南宁市", "青秀区", "民族大道1号", ""),
        ),
        ("内蒙古锡林郭勒盟锡林浩特市", ("内蒙古", "锡林郭勒盟", "锡林浩特市", "", "")),
        (
            "湖北省恩施土家族苗族自治州恩施市舞阳大街",
            ("湖北省", "恩施土家族苗族自治州", "恩施市", "舞阳大街", ""),
        ),
        ("黑龙江省大兴安岭地区漠河市", ("黑龙江省", "大兴安岭地区", "漠河市", "", "")),
        ("新疆乌鲁木齐市天山区", ("新疆", "乌鲁木齐市", "天山区", "", "")),
        ("内蒙古自治区阿拉善盟阿拉善左旗", ("内蒙古自治区", "阿拉善盟", "阿拉善左旗", "", "")),
        ("浙江省金华市义乌市稠州北路", ("浙江省", "金华市", "义乌市", "稠州北路", "")),
        ("山东省济南市市中区经七路", ("山东省", "济南市", "市中区", "经七路", "")),
        ("杭州市农贸市场5号", ("", "杭州市", "", "农贸市场5号", "")),
        ("吉林市船营区解放路", ("", "吉林市", "船营区", "解放路", "")),
        ("香港特别行政区九龙弥敦道", ("香港特别行政区", "", "", "九龙弥敦道", "")),
        ("广东省", ("广东省", "", "", "", "")),
        ("文三路 90 号", ("", "", "", "文三路 90 号", "")),
    ],
)
def test_split_address(raw: str, parts: tuple[str, ...]) -> None:
    got = split_address(raw)
    assert (got.province, got.city, got.district, got.detail, got.postcode) == parts


def test_provinces_cover_all_34_regions() -> None:
    assert len(PROVINCES) == len(set(PROVINCES)) == 34
    assert sum(p.endswith("省") for p in PROVINCES) == 23
    assert sum(p.endswith("自治区") for p in PROVINCES) == 5
    assert sum(p.endswith("特别行政区") for p in PROVINCES) == 2
    assert canonical_province("北京") == "北京市"
    assert canonical_province("广西") == "广西壮族自治区"
    assert canonical_province("黑龙江") == "黑龙江省"
    assert canonical_province("Ontario") == "Ontario"
    for full in PROVINCES:
        assert split_address(full + "某某路 1 号").province == full


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


_chinese_address = st.builds(
    lambda p, c, d, detail, pc, spaces: (
        (" " if spaces else "").join(x for x in (p, c, d, detail) if x) + (f"({pc})" if pc else "")
    ),
    st.sampled_from([*PROVINCES, "北京", "广西", "新疆", "内蒙古", ""]),
    st.sampled_from(["杭州市", "北京市", "恩施土家族苗族自治州", "锡林郭勒盟", "大兴安岭地区", ""]),
    st.sampled_from(["西湖区", "朝阳区", "义乌市", "阿拉善左旗", "长兴县", ""]),
    st.text(alphabet="文三路号栋室楼街道1234567890 ABC-", max_size=20),
    st.sampled_from(["", "310012", "100027"]),
    st.booleans(),
)


@settings(max_examples=300)
@given(st.one_of(_chinese_address, st.text(max_size=40)))
def test_address_split_never_loses_characters(raw: str) -> None:
    text = unicodedata.normalize("NFKC", raw)
    parts = split_address(text)
    body = parts.province + parts.city + parts.district + parts.detail
    compact = _compact(text)
    if parts.postcode:
        assert compact in (_compact(body) + f"({parts.postcode})", _compact(body) + parts.postcode)
    else:
        assert _compact(body) == compact


# --- statuses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("等待买家付款", "pending_payment"),
        ("买家已付款，等待卖家发货", "pending_review"),
        ("买家已付款,等待卖家发货", "pending_review"),
        ("卖家已发货，等待买家确认", "shipped"),
        ("交易成功", "completed"),
        ("交易关闭", "cancelled"),
        ("等待出库", "pending_review"),
        ("等待确认收货", "shipped"),
        ("完成", "completed"),
        ("已取消", "cancelled"),
        ("待发货", "pending_review"),
        ("已发货，待签收", "shipped"),
        ("已签收", "delivered"),
        ("未发货，退款成功", "cancelled"),
        ("待支付", "pending_payment"),
        ("已完成", "completed"),
        ("wc-processing", "pending_review"),
        ("on-hold", "pending_payment"),
        ("Completed", "completed"),
        ("Canceled", "cancelled"),
        ("Unshipped", "pending_review"),
        ("PartiallyShipped", "pending_review"),
        ("Shipped", "shipped"),
        ("Pending", "pending_payment"),
        ("something else", None),
    ],
)
def test_map_status(text: str, expected: str | None) -> None:
    assert map_status(text, "zh") == expected


def test_shopify_status() -> None:
    assert shopify_status("paid", "fulfilled", False) == "shipped"
    assert shopify_status("paid", "unfulfilled", False) == "pending_review"
    assert shopify_status("paid", "partial", False) == "pending_review"
    assert shopify_status("pending", "partial", False) == "pending_payment"
    assert shopify_status("partially_refunded", "", False) == "pending_review"
    assert shopify_status("refunded", "unfulfilled", False) == "cancelled"
    assert shopify_status("refunded", "fulfilled", False) == "shipped"
    assert shopify_status("paid", "unfulfilled", True) == "cancelled"
