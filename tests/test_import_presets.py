"""Generated files for every preset: encodings, quirks, row models and price semantics."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_import_helpers import by_no, parse_all, table, write_csv, write_xlsx

from app.importing import (
    FormatNotRecognised,
    ImportCancelled,
    MappingError,
    SecondFileRequired,
    detect_format,
    parse_file,
    preview_file,
    write_import_template,
)
from app.importing.formats import PRESETS, score_headers

D = Decimal

# --- Taobao: GBK order list + item list ----------------------------------------------------

TAOBAO_HEADER = [
    "订单编号",
    "买家会员名",
    "买家支付宝账号",
    "支付单号",
    "支付详情",
    "买家应付货款",
    "买家应付邮费",
    "买家支付积分",
    "总金额",
    "返点积分",
    "买家实际支付金额",
    "买家实际支付积分",
    "订单状态",
    "买家留言",
    "收货人姓名",
    "收货地址 ",
    "运送方式",
    "联系电话 ",
    "联系手机",
    "订单创建时间",
    "订单付款时间 ",
    "宝贝标题 ",
    "宝贝种类 ",
    "物流单号 ",
    "物流公司",
    "订单备注",
    "宝贝总数量",
    "店铺Id",
    "店铺名称",
    "订单关闭原因",
    "卖家服务费",
    "买家服务费",
    "发票抬头",
    "是否手机订单",
    "打款商家金额",
    "退款金额",
]
TAOBAO_ITEMS_HEADER = [
    "订单编号",
    "标题",
    "价格",
    "购买数量",
    "外部系统编号",
    "商品属性",
    "套餐信息",
    "备注",
    "订单状态",
    "商家编码",
]


def _taobao_files(tmp_path: Path) -> tuple[Path, Path]:
    orders = table(
        TAOBAO_HEADER,
        {
            "订单编号": '="1930679858170647"',
            "买家会员名": "tb_alice",
            "买家应付货款": "238.00",
            "买家应付邮费": "10.00",
            "总金额": "248.00",
            "买家实际支付金额": "248.00",
            "订单状态": "买家已付款，等待卖家发货",
            "买家留言": "请尽快发货",
            "收货人姓名": "张三",
            "收货地址 ": "浙江省 杭州市 西湖区 文三路 90 号(310012)",
            "联系手机": "'18612345678",
            "订单创建时间": "2020-02-21 00:00:00",
            "订单付款时间 ": "2020-02-21 00:01:00",
            "宝贝标题 ": "连衣裙，T恤",
            "宝贝种类 ": "2",
            "宝贝总数量": "3",
            "买家服务费": "0元",
            "打款商家金额": "248.00元",
            "退款金额": "0",
        },
        {
            "订单编号": '="1930679858170648"',
            "买家会员名": "tb_bob",
            "买家应付货款": "20.00",
            "买家应付邮费": "0.00",
            "总金额": "20.00",
            "买家实际支付金额": "0.00",
            "订单状态": "等待买家付款",
            "收货人姓名": "李四",
            "收货地址 ": "北京 北京市 朝阳区 三里屯路 19 号(100027)",
            "联系手机": "'13912345678",
            "订单创建时间": "2016/5/23 22:02",
            "宝贝种类 ": "1",
            "宝贝总数量": "1",
        },
        {
            "订单编号": '="1930679858170649"',
            "买家会员名": "tb_carol",
            "买家应付货款": "10.00",
            "买家应付邮费": "0.00",
            "总金额": "10.00",
            "买家实际支付金额": "10.00",
            "订单状态": "卖家已发货,等待买家确认",
            "收货人姓名": "王五",
            "收货地址 ": "广东省 深圳市 南山区 科技园南路 1 号(518057)",
            "联系电话 ": "0755-12345678",
            "订单创建时间": "2020-02-22 10:00:00",
            "订单付款时间 ": "2020-02-22 10:00:05",
            "宝贝种类 ": "1",
            "宝贝总数量": "2",
        },
        {  # Re-saved by Excel: the order number lost its digits.
            "订单编号": "6.91E+18",
            "买家会员名": "tb_dave",
            "买家应付货款": "5.00",
            "总金额": "5.00",
            "订单状态": "交易成功",
            "收货人姓名": "赵六",
            "收货地址 ": "上海 上海市 浦东新区 世纪大道 1 号",
        },
    )
    items = table(
        TAOBAO_ITEMS_HEADER,
        {
            "订单编号": '="1930679858170647"',
            "标题": "连衣裙",
            "价格": "99.00",
            "购买数量": "2",
            "商品属性": "颜色分类：红色;尺码：M",
            "商家编码": "DRESS-RED-M",
        },
        {
            "订单编号": '="1930679858170647"',
            "标题": "T恤",
            "价格": "40.00",
            "购买数量": "1",
            "外部系统编号": "TEE-01",
        },
        {
            "订单编号": '="1930679858170648"',
            "标题": "帽子",
            "价格": "20.00",
            "购买数量": "1",
            "商家编码": "HAT-1",
        },
        {
            "订单编号": '="1930679858170649"',
            "标题": "袜子",
            "价格": "5.00",
            "购买数量": "2",
            "商家编码": "SOCK-1",
        },
        {
            "订单编号": '="1930679858179999"',
            "标题": "孤儿",
            "价格": "1.00",
            "购买数量": "1",
            "商家编码": "X",
        },
    )
    main = write_csv(tmp_path / "ExportOrderList202002211200.csv", orders, encoding="gbk")
    # Taobao writes the text formula bare (="…"), not CSV-quoted as csv.writer does.
    raw = main.read_bytes().decode("gbk").replace('"=""', '="').replace('"""', '"')
    main.write_bytes(raw.encode("gbk"))
    assert '\r\n="1930679858170647",tb_alice,' in raw
    detail = write_csv(tmp_path / "ExportOrderDetailList202002211200.csv", items, encoding="gbk")
    return main, detail


def test_taobao_gbk_with_items_file(tmp_path: Path) -> None:
    main, detail = _taobao_files(tmp_path)
    result, orders, errors = parse_all(main, second_file=detail)
    assert result.format == "taobao"
    assert result.encoding == "gb18030"
    assert result.channel == "taobao"
    assert [(e.row, e.column, e.code, e.file) for e in errors] == [
        (5, "订单编号", "id_scientific", ""),
        (6, "订单编号", "orphan_item", detail.name),
    ]
    assert "6.91E+18" in errors[0].message and "digits are lost" in errors[0].message
    got = by_no(orders)
    assert set(got) == {"1930679858170647", "1930679858170648", "1930679858170649"}

    paid = got["1930679858170647"]
    assert paid.status == "pending_review"
    assert paid.buyer_id == "tb_alice"
    assert (paid.recipient_name, paid.phone, paid.phone_masked) == ("张三", "18612345678", False)
    assert (paid.province, paid.city, paid.district, paid.address, paid.postcode) == (
        "浙江省",
        "杭州市",
        "西湖区",
        "文三路 90 号",
        "310012",
    )
    assert (paid.goods_amount, paid.shipping_fee, paid.total, paid.paid_amount) == (
        D("238.00"),
        D("10.00"),
        D("248.00"),
        D("248.00"),
    )
    assert paid.buyer_note == "请尽快发货"
    assert paid.ordered_at == datetime(2020, 2, 20, 16, 0, tzinfo=UTC)
    assert [(ln.row, ln.platform_sku, ln.name, ln.qty, ln.unit_price) for ln in paid.lines] == [
        (2, "DRESS-RED-M", "连衣裙 (颜色分类:红色;尺码:M)", 2, D("99.00")),
        (3, "TEE-01", "T恤", 1, D("40.00")),  # 外部系统编号 when 商家编码 is empty
    ]
    unpaid = got["1930679858170648"]
    assert unpaid.status == "pending_payment"
    assert unpaid.paid_at is None and unpaid.paid_amount == D("0.00")
    assert unpaid.ordered_at == datetime(2016, 5, 23, 14, 2, tzinfo=UTC)  # "2016/5/23 22:02"
    assert (unpaid.province, unpaid.city, unpaid.district) == ("北京市", "北京市", "朝阳区")
    shipped = got["1930679858170649"]
    assert shipped.status == "shipped"  # ASCII comma variant
    assert shipped.phone == "075512345678"  # 联系电话 when 联系手机 is empty


def test_taobao_needs_its_items_file(tmp_path: Path) -> None:
    main, detail = _taobao_files(tmp_path)
    with pytest.raises(SecondFileRequired, match="ExportOrderDetailList"):
        parse_file(main)
    with pytest.raises(FormatNotRecognised, match="items file"):
        parse_file(detail)
    with pytest.raises(FormatNotRecognised, match="Second file"):
        parse_file(main, second_file=main)


def test_tmall_detail_layout_as_items_file(tmp_path: Path) -> None:
    main, _ = _taobao_files(tmp_path)
    header = [
        "子订单编号",
        "主订单编号",
        "标题",
        "价格",
        "购买数量",
        "外部系统编号",
        "商品属性",
        "套餐信息",
        "备注",
        "订单状态",
        "商家编码",
        "支付单号",
        "买家应付货款",
        "买家实际支付金额",
        "退款状态",
        "退款金额",
        "订单创建时间",
        "订单付款时间",
    ]
    detail = write_csv(
        tmp_path / "detail.csv",
        table(
            header,
            *(
                {
                    "子订单编号": f"9{i}",
                    "主订单编号": f'="19306798581706{n}"',
                    "标题": "商品",
                    "价格": "1.00",
                    "购买数量": "1",
                    "商家编码": f"S{i}",
                }
                for i, n in enumerate(("47", "48", "49"))
            ),
        ),
    )
    _, orders, errors = parse_all(main, second_file=detail)
    assert [e.code for e in errors] == ["id_scientific"]
    assert sorted(ln.platform_sku for o in orders for ln in o.lines) == ["S0", "S1", "S2"]


# --- Douyin: UTF-8 with BOM, TAB-prefixed IDs, "-" for empty, ciphertext ------------------

DOUYIN_HEADER = [
    "主订单编号",
    "子订单编号",
    "选购商品",
    "商品规格",
    "商品数量",
    "商品ID",
    "商家编码",
    "商品单价",
    "订单应付金额",
    "运费",
    "优惠总金额",
    "收件人",
    "收件人手机号",
    "省",
    "市",
    "区",
    "街道",
    "详细地址",
    "买家留言",
    "订单提交时间",
    "旗帜颜色",
    "商家备注",
    "支付完成时间",
    "订单状态",
    "达人ID",
]


def test_douyin_bom_tabs_dashes_and_repeated_totals(tmp_path: Path) -> None:
    rows = table(
        DOUYIN_HEADER,
        {
            "主订单编号": "\t6917926768823643751",
            "子订单编号": "\t6917926768823643752",
            "选购商品": "保温杯",
            "商品规格": "500ml 白色",
            "商品数量": "1",
            "商品ID": "\t3512345678",
            "商家编码": "CUP-500",
            "商品单价": "108.00",
            "订单应付金额": "118.00",
            "运费": "10.00",
            "优惠总金额": "0.00",
            "收件人": "##K8dJ2aXk",
            "收件人手机号": "$$1Fa9bQ==",
            "省": "广东省",
            "市": "广州市",
            "区": "天河区",
            "街道": "-",
            "详细地址": "##Zm9vYmFy",
            "买家留言": "-",
            "订单提交时间": "2024-03-01 10:00:00",
            "支付完成时间": "2024-03-01 10:00:30",
            "订单状态": "待发货",
            "达人ID": "-",
        },
        {
            "主订单编号": "\t6917926768823643751",
            "子订单编号": "\t6917926768823643753",
            "选购商品": "赠品 杯套",
            "商品数量": "1",
            "商品ID": "\t3512345679",
            "商家编码": "GIFT-1",
            "商品单价": "0.00",
            "订单应付金额": "118.00",
            "运费": "10.00",
            "优惠总金额": "0.00",
            "收件人": "##K8dJ2aXk",
            "收件人手机号": "$$1Fa9bQ==",
            "省": "广东省",
            "市": "广州市",
            "区": "天河区",
            "详细地址": "##Zm9vYmFy",
            "订单提交时间": "2024-03-01 10:00:00",
            "支付完成时间": "2024-03-01 10:00:30",
            "订单状态": "待发货",
        },
        {
            "主订单编号": "\t6917926768823643760",
            "子订单编号": "\t6917926768823643761",
            "选购商品": "手机壳",
            "商品数量": "2",
            "商家编码": "-",
            "商品单价": "19.90",
            "订单应付金额": "39.80",
            "运费": "0.00",
            "收件人": "李雷",
            "收件人手机号": "138****5678",
            "省": "上海市",
            "市": "上海市",
            "区": "徐汇区",
            "街道": "漕河泾街道",
            "详细地址": "宜山路 700 号",
            "订单提交时间": "2024-03-02 09:00:00",
            "支付完成时间": "2024-03-02 09:01:00",
            "订单状态": "已完成",
        },
    )
    path = write_csv(
        tmp_path / "20240302_订单导出.csv", rows, encoding="utf-8-sig", quoting=csv.QUOTE_ALL
    )
    assert '"\t6917926768823643751"' in path.read_text(encoding="utf-8-sig")
    result, orders, errors = parse_all(path)
    assert result.format == "douyin"
    assert result.encoding == "utf-8-sig"
    assert errors == []
    got = by_no(orders)
    gift_order = got["6917926768823643751"]
    assert gift_order.total == D("118.00")  # repeated on both rows, never summed
    assert gift_order.shipping_fee == D("10.00")
    assert [(ln.platform_sku, ln.unit_price) for ln in gift_order.lines] == [
        ("CUP-500", D("108.00")),
        ("GIFT-1", D("0.00")),
    ]
    assert gift_order.lines[0].name == "保温杯 (500ml 白色)"
    assert gift_order.recipient_name == "##K8dJ2aXk"  # ciphertext is accepted as is
    assert (gift_order.phone, gift_order.phone_masked) == ("$$1Fa9bQ==", True)
    assert gift_order.address == "##Zm9vYmFy"  # "-" street is empty
    assert gift_order.buyer_note == ""  # "-" means empty
    plain = got["6917926768823643760"]
    assert plain.status == "completed"
    assert (plain.phone, plain.phone_masked) == ("138****5678", True)
    assert plain.lines[0].platform_sku == ""  # "-"
    assert plain.address == "漕河泾街道宜山路 700 号"
    assert plain.total == D("39.80")


# --- JD: xlsx, masked phones, unspaced address ---------------------------------------------

JD_HEADER = [
    "订单号",
    "商品ID",
    "商品名称",
    "订购数量",
    "支付方式",
    "下单时间",
    "京东价",
    "订单金额",
    "结算金额",
    "余额支付",
    "应付金额",
    "订单状态",
    "订单类型",
    "下单帐号",
    "客户姓名",
    "客户地址",
    "联系电话",
    "订单备注",
    "发票类型",
    "发票抬头",
    "发票内容",
    "商家备注",
    "商家备注等级（等级1-5为由高到低）",
    "运费金额",
    "付款确认时间",
    "增值税发票",
    "货号",
    "订单完成时间",
    "订单来源",
    "订单渠道",
]


def test_jd_xlsx(tmp_path: Path) -> None:
    common = {
        "订单号": 80001,
        "下单时间": datetime(2016, 6, 1, 10, 0),
        "订单金额": 300.0,
        "应付金额": 290.0,
        "运费金额": 0,
        "订单状态": "等待出库",
        "下单帐号": "jd_user",
        "客户姓名": "王小明",
        "客户地址": "北京市朝阳区建国路88号",
        "联系电话": "1******6198",
        "付款确认时间": datetime(2016, 6, 1, 10, 5),
    }
    rows = table(
        JD_HEADER,
        {
            **common,
            "商品ID": 100012043978,
            "商品名称": "电饭煲",
            "订购数量": 1,
            "京东价": 200.0,
            "货号": "RC-01",
        },
        {**common, "商品ID": 100012043979, "商品名称": "锅铲", "订购数量": 2, "京东价": 50.0},
        {
            "订单号": 80002,
            "商品ID": 1,
            "商品名称": "纸巾",
            "订购数量": 3,
            "京东价": 9.9,
            "应付金额": 29.7,
            "订单状态": "完成",
            "客户姓名": "李华",
            "客户地址": "广东省深圳市南山区科技园南路1号",
            "联系电话": "13800001111",
            "下单时间": "2016-06-02 08:00:00",
        },
    )
    path = write_xlsx(tmp_path / "jd.xlsx", rows)
    result, orders, errors = parse_all(path)
    assert result.format == "jd"
    assert result.engine == "calamine"
    assert errors == []
    got = by_no(orders)
    first = got["80001"]
    assert first.total == D("290.00")  # 应付金额, repeated, not summed
    assert [(ln.platform_sku, ln.qty, ln.unit_price) for ln in first.lines] == [
        ("RC-01", 1, D("200.00")),
        ("100012043979", 2, D("50.00")),  # 商品ID when 货号 is empty
    ]
    assert (first.phone, first.phone_masked) == ("1******6198", True)
    assert (first.province, first.city, first.district, first.address) == (
        "北京市",
        "北京市",
        "朝阳区",
        "建国路88号",
    )
    assert first.status == "pending_review"
    assert first.ordered_at == datetime(2016, 6, 1, 2, 0, tzinfo=UTC)
    second = got["80002"]
    assert second.status == "completed"
    assert (second.province, second.city, second.district, second.address) == (
        "广东省",
        "深圳市",
        "南山区",
        "科技园南路1号",
    )
    assert second.lines[0].unit_price == D("9.90")


# --- PDD: line totals ----------------------------------------------------------------------

PDD_HEADER = [
    "商品",
    "订单号",
    "订单状态",
    "商品总价（元）",
    "店铺优惠折扣(元)",
    "平台优惠折扣(元)",
    "邮费(元)",
    "用户实付金额(元)",
    "商品数量(件)",
    "收货人",
    "手机",
    "省",
    "市",
    "区",
    "街道",
    "支付时间",
    "拼单成功时间",
    "商品规格",
    "商家编码-SKU维度",
    "商家备注",
    "售后状态",
    "买家留言",
]


def test_pdd_price_is_line_total(tmp_path: Path) -> None:
    rows = table(
        PDD_HEADER,
        {
            "商品": "抽纸",
            "订单号": "200101-123456789",
            "订单状态": "待发货",
            "商品总价（元）": "100.00",
            "店铺优惠折扣(元)": "5.00",
            "平台优惠折扣(元)": "3.00",
            "邮费(元)": "0.00",
            "用户实付金额(元)": "92.00",
            "商品数量(件)": "3",
            "收货人": "韩梅梅",
            "手机": "138****5678",
            "省": "四川省",
            "市": "成都市",
            "区": "武侯区",
            "街道": "人民南路四段 1 号",
            "支付时间": "2020-01-01 12:00:00",
            "商品规格": "3包",
            "商家编码-SKU维度": "TISSUE-3",
        },
        {
            "商品": "拖鞋",
            "订单号": "200101-123456790",
            "订单状态": "已发货，待签收",
            "商品总价（元）": "19.80",
            "用户实付金额(元)": "19.80",
            "商品数量(件)": "2",
            "收货人": "李雷",
            "手机": "13900001111",
            "省": "湖北省",
            "市": "武汉市",
            "区": "洪山区",
            "街道": "珞喻路 1 号",
            "支付时间": "2020-01-02 12:00:00",
            "商家编码-SKU维度": "SLIPPER",
        },
    )
    path = write_csv(tmp_path / "pdd.csv", rows)
    result, orders, errors = parse_all(path)
    assert result.format == "pdd" and result.price_semantics == "line_total"
    assert errors == []
    got = by_no(orders)
    first = got["200101-123456789"]
    (line,) = first.lines
    # 100.00 / 3 → 33.34 per unit, with 0.02 as discount so the line total stays 100.00.
    assert (line.qty, line.unit_price, line.discount) == (3, D("33.34"), D("0.02"))
    assert line.unit_price * line.qty - line.discount == D("100.00")
    assert first.goods_amount == D("100.00")
    assert first.discount == D("8.00")  # shop 5 + platform 3
    assert first.total == D("92.00") == first.paid_amount
    assert first.phone_masked
    assert got["200101-123456790"].status == "shipped"
    assert got["200101-123456790"].lines[0].unit_price == D("9.90")


# --- Amazon: plain TSV, line totals --------------------------------------------------------

AMAZON_HEADER = [
    "order-id",
    "order-item-id",
    "purchase-date",
    "payments-date",
    "buyer-email",
    "buyer-name",
    "buyer-phone-number",
    "sku",
    "product-name",
    "quantity-purchased",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "ship-service-level",
    "recipient-name",
    "ship-address-1",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "ship-phone-number",
    "item-promotion-discount",
    "item-promotion-id",
    "ship-promotion-discount",
    "ship-promotion-id",
    "delivery-start-date",
    "delivery-end-date",
    "delivery-time-zone",
    "delivery-Instructions",
    "sales-channel",
]


def _amazon_rows() -> list[list[str]]:
    common = {
        "order-id": "114-0149180-7966659",
        "purchase-date": "2017-09-23T14:18:23-07:00",
        "payments-date": "2017-09-23T14:20:00-07:00",
        "buyer-email": "x1y2@marketplace.amazon.com",
        "buyer-name": "Jane Roe",
        "currency": "USD",
        "ship-service-level": "Standard",
        "recipient-name": "Jane Roe",
        "ship-address-1": "1 Main St",
        "ship-address-2": "Apt 2",
        "ship-city": "Seattle",
        "ship-state": "WA",
        "ship-postal-code": "98101",
        "ship-country": "US",
        "ship-phone-number": "+1 206-555-0100",
        "sales-channel": "Amazon.com",
    }
    return table(
        AMAZON_HEADER,
        {
            **common,
            "order-item-id": "12345678901234",
            "sku": "PAN-12",
            "product-name": '12" Pizza Pan',
            "quantity-purchased": "3",
            "item-price": "10.00",
            "item-tax": "0.80",
            "shipping-price": "4.99",
            "shipping-tax": "0.00",
        },
        {
            **common,
            "order-item-id": "12345678901235",
            "sku": "CUT-1",
            "product-name": "Pizza Cutter",
            "quantity-purchased": "1",
            "item-price": "25.99",
            "item-tax": "2.08",
            "shipping-price": "0.00",
            "item-promotion-discount": "-1.00",
            "item-promotion-id": "PROMO1",
        },
        {
            "order-id": "114-0000000-0000001",
            "order-item-id": "22",
            "sku": "PAN-12",
            "product-name": "Pan",
            "quantity-purchased": "2",
            "currency": "USD",
            "item-price": "20.00",
            "shipping-price": "0.00",
            "recipient-name": "John Doe",
            "purchase-date": "2017-09-24T08:00:00Z",
            "payments-date": "2017-09-24T08:00:00Z",
            "ship-country": "US",
        },
    )


def test_amazon_tsv_line_totals(tmp_path: Path) -> None:
    path = tmp_path / "orders.txt"  # Amazon flat file: plain TSV, no quoting at all
    path.write_text("".join("\t".join(r) + "\n" for r in _amazon_rows()), encoding="utf-8")
    assert '12" Pizza Pan' in path.read_text(encoding="utf-8")  # written unquoted
    result, orders, errors = parse_all(path)
    assert result.format == "amazon"
    assert result.delimiter == "\t"
    assert errors == []
    got = by_no(orders)
    first = got["114-0149180-7966659"]
    pan, cutter = first.lines
    assert (pan.name, pan.qty, pan.unit_price, pan.discount) == (
        '12" Pizza Pan',
        3,
        D("3.34"),
        D("0.02"),
    )
    assert (cutter.qty, cutter.unit_price, cutter.discount) == (1, D("25.99"), D("1.00"))
    assert first.goods_amount == D("34.99")  # 10.00 + 25.99 - 1.00
    assert first.shipping_fee == D("4.99")  # per item row, summed
    assert first.total == D("42.86")  # goods + shipping + taxes 0.80 + 2.08
    assert first.ordered_at == datetime(2017, 9, 23, 21, 18, 23, tzinfo=UTC)
    assert first.address == "1 Main St Apt 2"
    assert first.phone == "+12065550100"
    assert first.status == "pending_review"
    assert got["114-0000000-0000001"].lines[0].unit_price == D("10.00")


def test_amazon_unshipped_has_no_prices(tmp_path: Path) -> None:
    header = [
        "order-id",
        "order-item-id",
        "purchase-date",
        "payments-date",
        "reporting-date",
        "promise-date",
        "days-past-promise",
        "buyer-email",
        "buyer-name",
        "buyer-phone-number",
        "sku",
        "product-name",
        "quantity-purchased",
        "quantity-shipped",
        "quantity-to-ship",
        "ship-service-level",
        "recipient-name",
        "ship-address-1",
        "ship-address-2",
        "ship-address-3",
        "ship-city",
        "ship-state",
        "ship-postal-code",
        "ship-country",
        "is-business-order",
        "purchase-order-number",
        "price-designation",
        "is-prime",
    ]
    rows = table(
        header,
        {
            "order-id": "111-1111111-1111111",
            "order-item-id": "1",
            "sku": "A",
            "product-name": "A",
            "quantity-purchased": "2",
            "quantity-shipped": "0",
            "quantity-to-ship": "2",
            "recipient-name": "Ann",
            "purchase-date": "2024-01-01T00:00:00+00:00",
            "payments-date": "2024-01-01T00:00:00+00:00",
        },
    )
    path = write_csv(tmp_path / "unshipped.txt", rows, delimiter="\t", lineterminator="\n")
    result, orders, errors = parse_all(path)
    assert result.format == "amazon_unshipped"
    assert errors == []
    assert orders[0].lines[0].unit_price == D("0.00") and orders[0].lines[0].qty == 2


# --- eBay: preamble, summary rows (model D), footer ----------------------------------------

EBAY_US_HEADER = [
    "Sales Record Number",
    "Order Number",
    "Buyer Username",
    "Buyer Name",
    "Buyer Email",
    "Buyer Note",
    "Ship To Name",
    "Ship To Phone",
    "Ship To Address 1",
    "Ship To Address 2",
    "Ship To City",
    "Ship To State",
    "Ship To Zip",
    "Ship To Country",
    "Item Number",
    "Item Title",
    "Custom Label",
    "Quantity",
    "Sold For",
    "Shipping And Handling",
    "Total Price",
    "Sale Date",
    "Paid On Date",
    "Shipped On Date",
    "Transaction ID",
]


def test_ebay_us_preamble_summary_rows_and_footer(tmp_path: Path) -> None:
    buyer = {
        "Buyer Username": "bob99",
        "Buyer Name": "Bob Stone",
        "Buyer Email": "bob@example.com",
        "Ship To Name": "Bob Stone",
        "Ship To Phone": "(555) 010-0200",
        "Ship To Address 1": "5 Oak Ave",
        "Ship To City": "Austin",
        "Ship To State": "TX",
        "Ship To Zip": "73301",
        "Ship To Country": "United States",
    }
    header_and_rows = table(
        EBAY_US_HEADER,
        {
            "Sales Record Number": "101",
            "Order Number": "12-34567-89012",
            "Buyer Username": "alice1",
            "Buyer Name": "Alice Smith",
            "Ship To Name": "Alice Smith",
            "Ship To Address 1": "1 Elm St",
            "Ship To City": "Boston",
            "Ship To State": "MA",
            "Ship To Zip": "02101",
            "Ship To Country": "United States",
            "Item Number": "123456789012",
            "Item Title": 'Widget "Pro"',
            "Custom Label": "W-1",
            "Quantity": "2",
            "Sold For": "$45.99",
            "Shipping And Handling": "$5.00",
            "Total Price": "$96.98",
            "Sale Date": "Jul-21-25",
            "Paid On Date": "Jul-21-25",
            "Transaction ID": "9001",
        },
        {
            "Sales Record Number": "102",
            "Order Number": "12-34567-89013",
            **buyer,
            "Quantity": "3",
            "Sold For": "$1,433.66",
            "Shipping And Handling": "$10.00",
            "Total Price": "$1,443.66",
            "Sale Date": "Sep-30-25 23:45:00",
            "Paid On Date": "Oct-01-25",
            "Shipped On Date": "Oct-02-25",
        },
        {
            "Sales Record Number": "103",
            "Order Number": "12-34567-89013",
            "Buyer Username": "bob99",
            "Item Number": "1111",
            "Item Title": "Laptop",
            "Custom Label": "LT-1",
            "Quantity": "1",
            "Sold For": "$1,400.00",
            "Transaction ID": "9002",
        },
        {
            "Sales Record Number": "104",
            "Order Number": "12-34567-89013",
            "Buyer Username": "bob99",
            "Item Number": "2222",
            "Item Title": "Mouse",
            "Custom Label": "MS-1",
            "Quantity": "2",
            "Sold For": "$16.83",
            "Transaction ID": "9003",
        },
    )
    width = len(EBAY_US_HEADER)
    rows = [
        [""] * width,  # line 1: bare commas
        header_and_rows[0],
        [],  # padding row
        *header_and_rows[1:],
        [],
        ["3", "record(s) downloaded", "from Jul-01-25 to Oct-31-25"],
        ["Seller ID : myshop"],
    ]
    path = write_csv(tmp_path / "eBay-OrdersReport.csv", rows)
    result, orders, errors = parse_all(path)
    assert result.format == "ebay"
    assert result.header_row == 2
    assert errors == []
    assert result.stats.skipped_rows == 4  # padding, blank line, two footer lines
    got = by_no(orders)
    single = got["12-34567-89012"]
    assert single.rows == (4,)
    assert [(ln.platform_sku, ln.name, ln.qty, ln.unit_price) for ln in single.lines] == [
        ("W-1", 'Widget "Pro"', 2, D("45.99"))
    ]
    assert (single.shipping_fee, single.total, single.currency) == (
        D("5.00"),
        D("96.98"),
        "USD",
    )
    assert single.ordered_at == datetime(2025, 7, 21, 7, 0, tzinfo=UTC)  # Pacific daylight time
    multi = got["12-34567-89013"]
    assert multi.rows == (5, 6, 7)
    assert [(ln.row, ln.platform_sku, ln.qty, ln.unit_price) for ln in multi.lines] == [
        (6, "LT-1", 1, D("1400.00")),
        (7, "MS-1", 2, D("16.83")),
    ]
    assert multi.total == D("1443.66")  # from the summary row only
    assert multi.shipping_fee == D("10.00")
    assert multi.recipient_name == "Bob Stone" and multi.phone == "5550100200"
    assert multi.status == "shipped"
    assert multi.ordered_at == datetime(2025, 10, 1, 6, 45, tzinfo=UTC)


def test_ebay_one_row_per_line_sums_line_totals(tmp_path: Path) -> None:
    common = {
        "Order Number": "12-1",
        "Buyer Username": "u",
        "Ship To Name": "Ann",
        "Sale Date": "Jul-21-25",
        "Paid On Date": "Jul-21-25",
    }
    rows = table(
        EBAY_US_HEADER,
        {
            **common,
            "Item Number": "1",
            "Item Title": "A",
            "Quantity": "1",
            "Sold For": "$10.00",
            "Shipping And Handling": "$2.00",
            "Total Price": "$12.00",
        },
        {
            **common,
            "Item Number": "2",
            "Item Title": "B",
            "Quantity": "1",
            "Sold For": "$5.00",
            "Shipping And Handling": "$1.00",
            "Total Price": "$6.00",
        },
    )
    _, orders, errors = parse_all(write_csv(tmp_path / "ebay.csv", rows))
    assert errors == []
    assert (orders[0].total, orders[0].shipping_fee) == (D("18.00"), D("3.00"))


def test_ebay_uk(tmp_path: Path) -> None:
    header = [
        "Sales record number",
        "Order number",
        "Buyer username",
        "Post to name",
        "Post to phone",
        "Post to address 1",
        "Post to address 2",
        "Post to city",
        "Post to county",
        "Post to postcode",
        "Post to country",
        "Item number",
        "Item title",
        "Custom label",
        "Quantity",
        "Sold for",
        "Postage and packaging",
        "Total price",
        "Sale date",
        "Paid on date",
        "Dispatched on date",
    ]
    rows = table(
        header,
        {
            "Sales record number": "7",
            "Order number": "07-11111-22222",
            "Buyer username": "uk1",
            "Post to name": "Tom Jones",
            "Post to phone": "(+44)7309085092",
            "Post to address 1": "10 Downing St",
            "Post to city": "London",
            "Post to postcode": "SW1A 2AA",
            "Post to country": "United Kingdom",
            "Item number": "555",
            "Item title": "Mug",
            "Custom label": "MUG-1",
            "Quantity": "1",
            "Sold for": "£12.50",
            "Postage and packaging": "£3.20",
            "Total price": "£15.70",
            "Sale date": "21-Jul-25",
            "Paid on date": "21-Jul-25",
        },
    )
    result, orders, errors = parse_all(write_csv(tmp_path / "uk.csv", rows))
    assert result.format == "ebay_uk"
    assert errors == []
    (order,) = orders
    assert order.currency == "GBP"
    assert order.phone == "+447309085092"
    assert (order.postcode, order.city, order.recipient_name) == (
        "SW1A 2AA",
        "London",
        "Tom Jones",
    )
    assert order.ordered_at == datetime(2025, 7, 20, 23, 0, tzinfo=UTC)  # BST midnight
    assert order.total == D("15.70")


def test_ebay_de_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    header = [
        "Verkaufsprotokollnummer",
        "Bestellnummer",
        "Nutzername des Käufers",
        "Name des Käufers",
        "Name des Empfängers",
        "Adresse 1 des Empfängers",
        "Versand nach - Ort",
        "Versand nach - PLZ",
        "Versand nach - Land",
        "Artikelnummer",
        "Angebotstitel",
        "Bestandseinheit",
        "Anzahl",
        "Verkauft für",
        "Verpackung und Versand",
        "Gesamtbetrag",
        "Verkauft am",
        "Zahlungsdatum",
    ]
    rows = table(
        header,
        {
            "Verkaufsprotokollnummer": "1",
            "Bestellnummer": "23-12345-12345",
            "Nutzername des Käufers": "buyer",
            "Name des Käufers": "--",
            "Name des Empfängers": "Max Mustermann",
            "Adresse 1 des Empfängers": "Hauptstr. 1",
            "Versand nach - Ort": "Berlin",
            "Versand nach - PLZ": "10115",
            "Versand nach - Land": "Deutschland",
            "Artikelnummer": "123456789",
            "Angebotstitel": "Tasse",
            "Bestandseinheit": "T-1",
            "Anzahl": "2",
            "Verkauft für": "54,50 €",
            "Verpackung und Versand": "7,99 €",
            "Gesamtbetrag": "116,99 €",
            "Verkauft am": "10-Dez-25",
            "Zahlungsdatum": "10-Dez-25",
        },
    )
    path = write_csv(tmp_path / "ebay_de.csv", rows, delimiter=";")
    result, orders, errors = parse_all(path)
    assert result.format == "ebay_de" and result.delimiter == ";"
    assert errors == []
    (order,) = orders
    assert order.total == D("116.99")
    assert order.lines[0].unit_price == D("54.50")
    assert order.shipping_fee == D("7.99")
    assert order.currency == "EUR"
    assert order.recipient_name == "Max Mustermann"
    assert order.ordered_at == datetime(2025, 12, 9, 23, 0, tzinfo=UTC)  # CET midnight


# --- WooCommerce -----------------------------------------------------------------------------


def test_woocommerce_webtoffee_numbered_items(tmp_path: Path) -> None:
    header = [
        "order_id",
        "order_number",
        "order_date",
        "paid_date",
        "status",
        "shipping_total",
        "discount_total",
        "order_total",
        "order_subtotal",
        "order_currency",
        "customer_email",
        "billing_first_name",
        "billing_phone",
        "shipping_first_name",
        "shipping_last_name",
        "shipping_address_1",
        "shipping_city",
        "shipping_state",
        "shipping_postcode",
        "shipping_country",
        "customer_note",
        "line_item_1",
        "line_item_2",
    ]
    rows = table(
        header,
        {
            "order_id": "501",
            "order_number": "501",
            "order_date": "2024-02-01 10:00:00",
            "paid_date": "2024-02-01 10:05:00",
            "status": "wc-processing",
            "shipping_total": "5.00",
            "discount_total": "10.00",
            "order_total": "60.00",
            "order_subtotal": "75.00",
            "order_currency": "EUR",
            "customer_email": "c@example.com",
            "shipping_first_name": "Chris",
            "shipping_last_name": "Lee",
            "shipping_address_1": "Rue 1",
            "shipping_city": "Paris",
            "shipping_postcode": "75001",
            "shipping_country": "FR",
            "line_item_1": (
                "name:Hoodie|product_id:12|sku:HD-1|quantity:2|total:50.00|sub_total:60.00"
            ),
            "line_item_2": (
                "name:Cap|product_id:13|sku:CP-1|quantity:1|total:15.00|sub_total:15.00"
            ),
        },
        {
            "order_id": "502",
            "order_number": "502",
            "order_date": "2024-02-02 10:00:00",
            "status": "completed",
            "order_total": "9.00",
            "order_currency": "EUR",
            "billing_first_name": "Dana",
            "line_item_1": (
                "name:Pen|sku:PEN|quantity:3|total:6.00;name:Pad|sku:PAD|quantity:1|total:3.00"
            ),
        },
    )
    result, orders, errors = parse_all(write_csv(tmp_path / "woo.csv", rows))
    assert result.format == "woocommerce"
    assert errors == []
    got = by_no(orders)
    first = got["501"]
    assert [(ln.platform_sku, ln.qty, ln.unit_price, ln.discount) for ln in first.lines] == [
        ("HD-1", 2, D("30.00"), D("10.00")),
        ("CP-1", 1, D("15.00"), D("0.00")),
    ]
    assert first.status == "pending_review"
    assert first.recipient_name == "Chris Lee"
    assert (first.total, first.currency) == (D("60.00"), "EUR")
    second = got["502"]
    assert second.status == "completed"
    assert [(ln.platform_sku, ln.qty, ln.unit_price) for ln in second.lines] == [
        ("PEN", 3, D("2.00")),
        ("PAD", 1, D("3.00")),
    ]
    assert second.recipient_name == "Dana"  # billing name when there is no shipping name


def test_woocommerce_aoe_repeated_order_columns(tmp_path: Path) -> None:
    header = [
        "Order Number",
        "Order Status",
        "Order Date",
        "Customer Note",
        "First Name (Billing)",
        "Last Name (Billing)",
        "Address 1&2 (Billing)",
        "City (Billing)",
        "Email (Billing)",
        "Phone (Billing)",
        "First Name (Shipping)",
        "Last Name (Shipping)",
        "Address 1&2 (Shipping)",
        "City (Shipping)",
        "Country Code (Shipping)",
        "Item #",
        "SKU",
        "Name",
        "Quantity",
        "Quantity (- Refund)",
        "Item Cost",
        "Order Line Total",
        "Order Shipping Amount",
        "Cart Discount Amount",
        "Order Total Amount",
    ]
    common = {
        "Order Number": "9001",
        "Order Status": "Processing",
        "Order Date": "2024-05-01 12:00:00",
        "First Name (Shipping)": "Eve",
        "Last Name (Shipping)": "Park",
        "Address 1&2 (Shipping)": "1 Main St",
        "City (Shipping)": "Leeds",
        "Country Code (Shipping)": "GB",
        "Email (Billing)": "eve@example.com",
        "Order Shipping Amount": "5.00",
        "Cart Discount Amount": "0",
        "Order Total Amount": "45.00",
    }
    rows = table(
        header,
        {
            **common,
            "Item #": "1",
            "SKU": "A",
            "Name": "Apple",
            "Quantity": "2",
            "Item Cost": "10.00",
        },
        {
            **common,
            "Item #": "2",
            "SKU": "B",
            "Name": "Pear",
            "Quantity": "1",
            "Item Cost": "20.00",
        },
    )
    result, orders, errors = parse_all(write_csv(tmp_path / "aoe.csv", rows))
    assert result.format == "woocommerce_aoe"
    assert errors == []
    (order,) = orders
    assert order.shipping_fee == D("5.00")  # repeated on both rows, not summed
    assert order.total == D("45.00")
    assert order.goods_amount == D("40.00")
    assert len(order.lines) == 2


# --- Etsy: two files -------------------------------------------------------------------------

ETSY_ORDERS_HEADER = [
    "Sale Date",
    "Order ID",
    "Buyer User ID",
    "Full Name",
    "First Name",
    "Last Name",
    "Number of Items",
    "Payment Method",
    "Date Shipped",
    "Street 1",
    "Street 2",
    "Ship City",
    "Ship State",
    "Ship Zipcode",
    "Ship Country",
    "Currency",
    "Order Value",
    "Coupon Code",
    "Coupon Details",
    "Discount Amount",
    "Shipping Discount",
    "Shipping",
    "Sales Tax",
    "Order Total",
    "Status",
    "Card Processing Fees",
    "Order Net",
    "Adjusted Order Total",
    "Adjusted Card Processing Fees",
    "Adjusted Net Order Amount",
    "Buyer",
    "Order Type",
    "Payment Type",
    "InPerson Discount",
    "InPerson Location",
    "SKU",
]
ETSY_ITEMS_HEADER = [
    "Sale Date",
    "Item Name",
    "Buyer",
    "Quantity",
    "Price",
    "Coupon Code",
    "Coupon Details",
    "Discount Amount",
    "Shipping Discount",
    "Order Shipping",
    "Order Sales Tax",
    "Item Total",
    "Currency",
    "Transaction ID",
    "Listing ID",
    "Date Paid",
    "Date Shipped",
    "Ship Name",
    "Ship Address1",
    "Ship Address2",
    "Ship City",
    "Ship State",
    "Ship Zipcode",
    "Ship Country",
    "Order ID",
    "Variations",
    "Order Type",
    "Listings Type",
    "Payment Type",
    "InPerson Discount",
    "InPerson Location",
    "VAT Paid by Buyer",
    "SKU",
]


def _etsy_files(tmp_path: Path) -> tuple[Path, Path]:
    orders = table(
        ETSY_ORDERS_HEADER,
        {
            "Sale Date": "12/30/25",
            "Order ID": "3012345678",
            "Buyer User ID": "etsybuyer",
            "Full Name": "Fay Wong",
            "Number of Items": "3",
            "Street 1": "9 Bay Rd",
            "Ship City": "Sydney",
            "Ship State": "NSW",
            "Ship Zipcode": "2000",
            "Ship Country": "Australia",
            "Currency": "AUD",
            "Order Value": "45.00",
            "Discount Amount": "5.00",
            "Shipping": "8.00",
            "Sales Tax": "0.00",
            "Order Total": "48.00",
            "Status": "Completed",
            "SKU": "RING-S,CARD",
        },
        {
            "Sale Date": "12/31/25",
            "Order ID": "3012345679",
            "Buyer User ID": "b2",
            "Full Name": "Gus Li",
            "Number of Items": "1",
            "Currency": "AUD",
            "Order Value": "10.00",
            "Order Total": "10.00",
            "Date Shipped": "01/02/26",
            "SKU": "CARD",
        },
    )
    items = table(
        ETSY_ITEMS_HEADER,
        {
            "Sale Date": "12/30/25",
            "Item Name": "Silver ring",
            "Quantity": "1",
            "Price": "35.00",
            "Order Shipping": "8.00",
            "Item Total": "35.00",
            "Currency": "AUD",
            "Transaction ID": "1",
            "Order ID": "3012345678",
            "Variations": "Size:S",
            "SKU": "RING-S",
            "Ship Name": "Fay Wong",
            "Date Paid": "12/30/25",
        },
        {
            "Sale Date": "12/30/25",
            "Item Name": "Card",
            "Quantity": "2",
            "Price": "5.00",
            "Order Shipping": "8.00",
            "Item Total": "10.00",
            "Currency": "AUD",
            "Transaction ID": "2",
            "Order ID": "3012345678",
            "SKU": "CARD",
            "Ship Name": "Fay Wong",
            "Date Paid": "12/30/25",
        },
        {
            "Sale Date": "12/31/25",
            "Item Name": "Card",
            "Quantity": "1",
            "Price": "10.00",
            "Item Total": "10.00",
            "Currency": "AUD",
            "Transaction ID": "3",
            "Order ID": "3012345679",
            "SKU": "CARD",
            "Ship Name": "Gus Li",
            "Date Paid": "12/31/25",
            "Date Shipped": "01/02/26",
        },
    )
    return (
        write_csv(tmp_path / "EtsySoldOrders2025-12.csv", orders),
        write_csv(tmp_path / "EtsySoldOrderItems2025-12.csv", items),
    )


def test_etsy_orders_with_items_file(tmp_path: Path) -> None:
    orders_file, items_file = _etsy_files(tmp_path)
    result, orders, errors = parse_all(orders_file, second_file=items_file)
    assert result.format == "etsy"
    assert errors == []
    got = by_no(orders)
    first = got["3012345678"]
    assert [(ln.row, ln.platform_sku, ln.name, ln.qty, ln.unit_price) for ln in first.lines] == [
        (2, "RING-S", "Silver ring (Size:S)", 1, D("35.00")),
        (3, "CARD", "Card", 2, D("5.00")),
    ]
    assert (first.currency, first.total, first.discount, first.shipping_fee) == (
        "AUD",
        D("48.00"),
        D("5.00"),
        D("8.00"),
    )
    assert first.ordered_at == datetime(2025, 12, 30, tzinfo=UTC)  # MM/DD/YY
    assert first.status == "pending_review"  # Etsy orders are paid; not shipped yet
    assert got["3012345679"].status == "shipped"
    with pytest.raises(SecondFileRequired):
        parse_file(orders_file)


def test_etsy_items_file_alone_is_model_b(tmp_path: Path) -> None:
    _, items_file = _etsy_files(tmp_path)
    result, orders, errors = parse_all(items_file)
    assert result.format == "etsy_items"
    assert errors == []
    first = by_no(orders)["3012345678"]
    assert first.shipping_fee == D("8.00")  # "Order Shipping" repeated, not summed
    assert first.recipient_name == "Fay Wong"
    assert first.paid_at == datetime(2025, 12, 30, tzinfo=UTC)


# --- Shopify: duplicates, our template ---------------------------------------------------------

SHOPIFY_MIN_HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Currency",
    "Subtotal",
    "Shipping",
    "Total",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem sku",
    "Shipping Name",
    "Billing Name",
]


def test_non_contiguous_repeat_is_a_duplicate(tmp_path: Path) -> None:
    head = {
        "Financial Status": "paid",
        "Fulfillment Status": "unfulfilled",
        "Currency": "USD",
        "Total": "10.00",
        "Shipping Name": "Al",
        "Created at": "2025-01-01 10:00:00 +0000",
    }
    rows = table(
        SHOPIFY_MIN_HEADER,
        {
            "Name": "#1",
            **head,
            "Lineitem quantity": "1",
            "Lineitem name": "A",
            "Lineitem price": "5",
        },
        {"Name": "#1", "Lineitem quantity": "1", "Lineitem name": "B", "Lineitem price": "5"},
        {
            "Name": "#2",
            **head,
            "Lineitem quantity": "1",
            "Lineitem name": "C",
            "Lineitem price": "10",
        },
        {
            "Name": "#1",
            **head,
            "Lineitem quantity": "1",
            "Lineitem name": "D",
            "Lineitem price": "9",
        },
        {"Name": "#1", "Lineitem quantity": "1", "Lineitem name": "E", "Lineitem price": "9"},
    )
    result, orders, errors = parse_all(write_csv(tmp_path / "dup.csv", rows))
    assert result.format == "shopify"
    assert [(o.external_no, o.rows) for o in orders] == [("#1", (2, 3)), ("#2", (4,))]
    assert [(e.row, e.code) for e in errors] == [(5, "duplicate_in_file"), (6, "duplicate_in_file")]
    assert "already appeared at row 2" in errors[0].message


def test_template_workbook_round_trip_and_model_b(tmp_path: Path) -> None:
    path = write_import_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    ws = wb["订单"]
    headers = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(headers)}

    def row(**values: object) -> list[object]:
        out: list[object] = [None] * len(headers)
        for k, v in values.items():
            out[col[k]] = v
        return out

    order = {
        "订单号": 1930679858170647,
        "收货人": "张三",
        "手机": 13812345678,
        "运费": 10,
        "付款时间": 45788.5,
        "省": "浙江省",
        "市": "杭州市",
        "详细地址": "文三路 1 号",
    }
    ws.append(row(**order, 商品编码="A", 数量=1, 单价=10))
    ws.append(row(**order, 商品编码="B", 数量=2, 单价=5.5))
    ws.append(row(**order, 商品编码="C", 数量=1, 单价=0))
    ws.append(row(订单号=6.91e18, 收货人="李四", 商品编码="X", 数量=1, 单价=1))
    ws.append(row(订单号="K-2", 收货人="王五", 商品编码="Y", 数量=-2, 单价=1))
    ws.append(row(订单号="K-3", 收货人="赵六", 商品编码="Z", 数量=1, 单价="12.345"))
    ws.append(row(订单号="K-4", 订单状态="寄出去了", 收货人="钱七", 商品编码="Z", 数量=1, 单价=1))
    ws.append(row(订单号="K-5", 订单状态="已取消", 商品编码="Z", 数量=1, 单价=1))
    wb.save(path)

    result, orders, errors = parse_all(path)
    assert result.format == "kuaidan" and result.confidence == 1.0
    assert [(e.row, e.column, e.code) for e in errors] == [
        (6, "订单号", "id_scientific"),
        (7, "数量", "qty_invalid"),
        (8, "单价", "amount_precision"),
        (9, "订单状态", "status_unknown"),
    ]
    assert errors[1].message == "Quantity '-2' must be a whole number above 0"
    assert errors[2].message == "Unit price '12.345' has more than two decimal places"
    got = by_no(orders)
    assert set(got) == {"KD20250511001", "1930679858170647", "K-5"}
    big = got["1930679858170647"]
    assert big.rows == (3, 4, 5)
    assert big.shipping_fee == D("10.00")  # repeated on three rows, read once
    assert big.goods_amount == D("21.00")
    assert big.phone == "13812345678"  # stored as a number
    assert big.paid_at == datetime(2025, 5, 11, 4, 0, tzinfo=UTC)  # serial 45788.5 = 5-11 noon
    assert got["K-5"].status == "cancelled" and got["K-5"].recipient_name == ""


def test_xlsx_preamble_rows_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    rows = [
        ["订单导出 2025-05-11"],
        [],
        [
            "订单号",
            "收货人",
            "手机",
            "商品编码",
            "数量",
            "单价",
            "订单状态",
            "省",
            "市",
            "区",
            "详细地址",
            "下单时间",
            "付款时间",
            "商品名称",
        ],
        [
            "A1",
            "张三",
            "13800000000",
            "S",
            1,
            1,
            "待审核",
            "",
            "",
            "",
            "上海市浦东新区世纪大道 1 号",
            "2025-05-11 10:00:00",
            "",
            "x",
        ],
    ]
    result, orders, errors = parse_all(write_xlsx(tmp_path / "pre.xlsx", rows))
    assert result.format == "kuaidan" and result.header_row == 3
    assert errors == []
    (order,) = orders
    assert order.rows == (4,)
    assert order.lines[0].row == 4
    # Address split from the detail field when no province column is filled.
    assert (order.province, order.city, order.district, order.address) == (
        "上海市",
        "上海市",
        "浦东新区",
        "世纪大道 1 号",
    )


# --- custom mapping, preview, progress, cancel ------------------------------------------------


def test_custom_mapping_round_trips(tmp_path: Path) -> None:
    rows = [
        ["单号", "名字", "电话", "地址", "货号", "件数", "金额", "备注列"],
        ["E1", "周杰", "13700000000", "江苏省南京市鼓楼区中山路 1 号", "G-1", "2", "8.50", "x"],
        ["E1", "周杰", "13700000000", "江苏省南京市鼓楼区中山路 1 号", "G-2", "1", "3.00", "y"],
        ["E2", "吴莉", "13600000000", "湖南省长沙市岳麓区麓山南路 2 号", "G-1", "1", "8.50", ""],
    ]
    path = write_csv(tmp_path / "erp.csv", rows)
    with pytest.raises(FormatNotRecognised, match="do not match any known"):
        parse_file(path)
    mapping = {
        "external_no": "单号",
        "recipient_name": "名字",
        "phone": "电话",
        "full_address": "地址",
        "sku": "货号",
        "qty": "件数",
        "unit_price": "金额",
        "_channel": "erp",
    }
    with parse_file(path, mapping=mapping) as result:
        preview = result.preview(2)
        items = list(result)
    assert result.format == "custom"
    assert preview == [
        {
            "单号": "E1",
            "名字": "周杰",
            "电话": "13700000000",
            "地址": "江苏省南京市鼓楼区中山路 1 号",
            "货号": "G-1",
            "件数": "2",
            "金额": "8.50",
            "备注列": "x",
        },
        {
            "单号": "E1",
            "名字": "周杰",
            "电话": "13700000000",
            "地址": "江苏省南京市鼓楼区中山路 1 号",
            "货号": "G-2",
            "件数": "1",
            "金额": "3.00",
            "备注列": "y",
        },
    ]
    assert len(items) == 2
    first = items[0]
    assert first.channel == "erp"  # type: ignore[union-attr]
    assert (first.province, first.city, first.district) == ("江苏省", "南京市", "鼓楼区")  # type: ignore[union-attr]
    assert first.total == D("20.00")  # type: ignore[union-attr]
    saved = dict(result.mapping)  # what the UI stores as a named profile
    assert saved["external_no"] == "单号" and saved["_channel"] == "erp"
    _, again, errors = parse_all(path, mapping=saved)
    assert errors == [] and again == items
    with pytest.raises(MappingError, match="Unknown field"):
        parse_file(path, mapping={"external_no": "单号", "colour": "x"})
    with pytest.raises(MappingError, match="lacks columns"):
        parse_file(path, mapping={"external_no": "单号", "qty": "Menge", "sku": "货号"})


def test_explicit_format_and_mapping_override(tmp_path: Path) -> None:
    rows = table(
        DOUYIN_HEADER,
        {
            "主订单编号": "1",
            "子订单编号": "11",
            "选购商品": "A",
            "商品数量": "1",
            "商品单价": "1.00",
            "收件人": "X",
            "订单状态": "待发货",
            "商家备注": "fragile",
        },
    )
    path = write_csv(tmp_path / "d.csv", rows)
    result, orders, _ = parse_all(path, format="douyin", mapping={"buyer_note": "商家备注"})
    assert result.format == "douyin"
    assert orders[0].buyer_note == "fragile"
    assert result.mapping["buyer_note"] == "商家备注"


def test_progress_and_cancel(tmp_path: Path) -> None:
    header = [
        "订单号",
        "收货人",
        "商品编码",
        "数量",
        "单价",
        "订单状态",
        "手机",
        "省",
        "市",
        "区",
        "详细地址",
        "下单时间",
        "付款时间",
        "商品名称",
    ]
    rows = [header] + [
        [f"N{i // 2}", "张三", "S", "1", "1.00", "待审核", "1", "", "", "", "x", "", "", "n"]
        for i in range(5000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[tuple[int, int]] = []
    _, orders, _ = parse_all(path, progress=lambda done, total: seen.append((done, total)))
    assert len(orders) == 2500
    assert [d for d, _ in seen] == [1024, 2048, 3072, 4096, 5000]
    assert all(total >= done for done, total in seen)
    assert seen[-1] == (5000, 5000)
    with pytest.raises(ImportCancelled), parse_file(path, cancel=lambda: True) as result:
        list(result)


def test_every_preset_is_recognised_from_its_own_signature() -> None:
    for name, preset in PRESETS.items():
        headers = [alt.split("|")[0] for alt in preset.signature]
        best = score_headers(headers)[0]
        assert best.format == name, (name, best)
        assert best.confidence == 1.0


def test_amazon_all_orders_report(tmp_path: Path) -> None:
    header = [
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date",
        "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url",
        "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity",
        "currency", "item-price", "item-tax", "shipping-price", "shipping-tax", "ship-city",
        "ship-state", "ship-postal-code", "ship-country",
    ]  # fmt: skip
    base = {"purchase-date": "2024-03-01T10:00:00+00:00", "currency": "EUR", "sku": "A",
            "product-name": "A", "quantity": "1", "fulfillment-channel": "Amazon"}  # fmt: skip
    rows = table(
        header,
        {**base, "amazon-order-id": "302-1", "order-status": "Shipped", "item-price": "9.99"},
        {**base, "amazon-order-id": "302-2", "order-status": "Cancelled", "item-price": "5.00"},
        {**base, "amazon-order-id": "302-3", "order-status": "Pending"},
    )
    path = tmp_path / "all.txt"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    result, orders, errors = parse_all(path)
    assert result.format == "amazon_all"
    assert [(o.external_no, o.status, o.total) for o in orders] == [
        ("302-1", "shipped", D("9.99")),
        ("302-2", "cancelled", D("5.00")),
    ]
    # Pending orders in this report have no price yet.
    assert [(e.row, e.column, e.code) for e in errors] == [(4, "item-price", "price_missing")]


def test_bad_item_in_second_file_rejects_the_order(tmp_path: Path) -> None:
    main, _ = _taobao_files(tmp_path)
    detail = write_csv(
        tmp_path / "detail.csv",
        table(
            TAOBAO_ITEMS_HEADER,
            {"订单编号": "1930679858170647", "标题": "A", "价格": "1.00", "购买数量": "0"},
            {"订单编号": "1930679858170648", "标题": "B", "价格": "1.00", "购买数量": "1"},
        ),
        encoding="gbk",
    )
    _, orders, errors = parse_all(main, second_file=detail)
    assert [o.external_no for o in orders] == ["1930679858170648"]
    assert [(e.row, e.code, e.file) for e in errors] == [
        (2, "qty_invalid", "detail.csv"),  # order 1930679858170647, rejected whole
        (4, "no_lines", ""),  # 1930679858170649 has no item rows any more
        (5, "id_scientific", ""),
    ]


def test_detect_format_for_the_import_dialog(tmp_path: Path) -> None:
    main, _ = _taobao_files(tmp_path)
    detection = detect_format(main)
    assert detection.header_row == 1
    assert detection.best is not None and detection.best.format == "taobao"
    assert detection.headers[15] == "收货地址 "
    assert [c.format for c in detection.candidates][:2] == ["taobao", "tmall"]


def test_preview_of_an_unknown_layout(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "odd.csv",
        [["导出时间 2025-05-11"], ["单号", "名字", ""], ["E1", "周杰", "x"], ["E2", "吴莉", "y"]],
    )
    preview = preview_file(path, 5)
    assert preview.detection.candidates == ()
    assert preview.detection.header_row == 2
    assert preview.rows == (
        {"单号": "E1", "名字": "周杰", "column 3": "x"},
        {"单号": "E2", "名字": "吴莉", "column 3": "y"},
    )
    assert detect_format(path).header_row == 2
