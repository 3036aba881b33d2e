"""Benchmark the document renderer: 1,000 labels and 1,000 invoices, one PDF each.

    python benchmarks/bench_documents.py [--count N] [--keep DIR]

Prints documents per second and file sizes; the last line is one JSON object with
labels_per_s, invoices_per_s, label_kb, invoice_kb (kb = average KB per document).
Targets on a 2-core machine: 100 labels/s and 50 invoices/s. The CJK font is registered
before timing (a one-off ~0.1 s per process, not per batch).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents import (
    InvoiceData,
    InvoiceLine,
    LabelData,
    Party,
    cjk_font,
    render_invoices,
    render_labels,
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉建华俊峰晨曦子"
    "涵梓萱浩宇欣怡雨桐一诺思远嘉懿"
)
REGIONS = [
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("广东省", "广州市", ["天河区", "海珠区", "番禺区", "白云区"]),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"]),
    ("上海市", "上海市", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
    ("北京市", "北京市", ["朝阳区", "海淀区", "丰台区", "通州区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "高新区", "双流区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]),
]
STREETS = ["科技园南路", "人民路", "中山大道", "解放路", "建设路", "文三路", "长江路", "滨海大道"]
BUILDINGS = ["阳光花园", "锦绣家园", "万科城", "碧桂园", "华润中心", "软件产业基地", "国际大厦"]
PRODUCTS = [
    ("BT-EAR-001", "无线蓝牙耳机 降噪版 白色", "299.00"),
    ("CASE-IP15", "手机壳（透明）适用 iPhone 15 Pro", "39.90"),
    ("CBL-TC-1M", "Type-C 数据线 1米 快充", "19.90"),
    ("CUP-500", "不锈钢保温杯 500ml 雾霾蓝", "89.00"),
    ("TEA-LJ-250", "明前龙井茶 250g 礼盒装", "268.00"),
    ("SOCK-5P", "纯棉中筒袜 5双装 男款", "29.90"),
    ("LAMP-LED", "LED 护眼台灯 三档调光", "159.00"),
    ("MASK-50", "一次性医用口罩 50只/盒", "25.00"),
]
CARRIERS = [
    ("SF", "顺丰速运", "标准快递"),
    ("YTO", "圆通速递", "普通快递"),
    ("JD", "京东快递", "特快送"),
]


def _party(rng: random.Random) -> Party:
    province, city, districts = rng.choice(REGIONS)
    name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
    address = (
        f"{rng.choice(STREETS)}{rng.randint(1, 999)}号{rng.choice(BUILDINGS)}"
        f"{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(101, 3205)}室"
    )
    return Party(
        name=name,
        phone=f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}",
        province=province,
        city=city,
        district=rng.choice(districts),
        address=address,
    )


SELLER = Party(
    name="快单旗舰店",
    phone="0571-88886666",
    province="浙江省",
    city="杭州市",
    district="余杭区",
    address="文一西路969号 仓储中心",
    company="杭州快单电子商务有限公司",
)


def make_labels(n: int, rng: random.Random) -> list[LabelData]:
    start = datetime(2024, 5, 1, 9, 0)
    labels = []
    for i in range(n):
        code, carrier, service = rng.choice(CARRIERS)
        items = rng.sample(PRODUCTS, rng.randint(1, 3))
        labels.append(
            LabelData(
                tracking_no=f"{code}{rng.randint(10**11, 10**13 - 1)}",
                carrier_code=code,
                carrier_name=carrier,
                service_name=service,
                order_no=f"DD20240501{i:06d}",
                sender=SELLER,
                recipient=_party(rng),
                printed_at=start + timedelta(seconds=i),
                item_summary="，".join(f"{name} ×{rng.randint(1, 3)}" for _, name, _ in items),
                weight_g=rng.randint(100, 5000),
                cod_amount=Decimal(rng.randint(1000, 99999)) / 100 if rng.random() < 0.2 else None,
                note=rng.choice(["", "", "易碎品，轻拿轻放", "送货前请电话联系"]),
            )
        )
    return labels


def make_invoices(n: int, rng: random.Random) -> list[InvoiceData]:
    invoices = []
    for i in range(n):
        lines = [
            InvoiceLine(
                sku=sku,
                name=name,
                qty=rng.randint(1, 4),
                unit_price=Decimal(price),
                discount=Decimal(rng.choice(["0", "0", "5.00", "10.00"])),
                tax_rate=Decimal(rng.choice(["0.13", "0.13", "0.06"])),
            )
            for sku, name, price in rng.sample(PRODUCTS, rng.randint(3, 5))
        ]
        invoices.append(
            InvoiceData(
                invoice_no=f"INV-2024-{i:06d}",
                order_no=f"DD20240501{i:06d}",
                issue_date=date(2024, 5, 1),
                seller=SELLER,
                seller_tax_id="91330100MA2XXXXX0X",
                buyer=_party(rng),
                lines=lines,
                shipping_fee=Decimal(rng.choice(["0", "8.00", "12.00"])),
                discount=Decimal(rng.choice(["0", "5.00", "20.00"])),
                language=rng.choice(["zh_CN", "zh_CN", "zh_CN", "zh_TW", "en"]),
            )
        )
    return invoices


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temp dir")
    args = parser.parse_args()

    rng = random.Random(20240501)
    labels = make_labels(args.count, rng)
    invoices = make_invoices(args.count, rng)
    font = cjk_font()
    print(f"font: {font.path or font.name} ({font.source}, embedded={font.embedded})")

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = {}
        for kind, docs, render in (
            ("labels", labels, render_labels),
            ("invoices", invoices, render_invoices),
        ):
            out = folder / f"bench_{kind}.pdf"
            t0 = time.perf_counter()
            pages = render(docs, out)
            elapsed = time.perf_counter() - t0
            size = out.stat().st_size
            rate = len(docs) / elapsed
            print(
                f"{kind}: {len(docs)} documents, {pages} pages in {elapsed:.2f} s = "
                f"{rate:.0f}/s; {size / 1024:.0f} KB ({size / 1024 / len(docs):.2f} KB/document)"
            )
            results[kind] = (rate, size / 1024 / len(docs))

    print(
        json.dumps(
            {
                "labels_per_s": round(results["labels"][0], 1),
                "invoices_per_s": round(results["invoices"][0], 1),
                "label_kb": round(results["labels"][1], 2),
                "invoice_kb": round(results["invoices"][1], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
