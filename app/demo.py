"""Realistic demo data, deterministic for a given seed and reference time.

Everything is consistent the way the live system would leave it: stock balances equal the
ledger, confirmed/picking/packed orders hold reservations, shipped orders deducted stock and
have a shipment with tracking events, paid orders have payments. Written with Core bulk
inserts (the ORM's one-object-at-a-time add manages ~6,000 rows/s; Core ~180,000).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, text

from app.auth import hash_password
from app.db import Database
from app.errors import ConflictError
from app.review_rules import RuleCode, apply_rules, seed_rules
from app.states import RESERVING_STATES
from app.uow import UnitOfWork, transaction
from models import (
    Base,
    BinLocation,
    Carrier,
    CarrierService,
    CaseKind,
    CaseStatus,
    Counter,
    Customer,
    MovementKind,
    Order,
    OrderEvent,
    OrderLine,
    OrderStatus,
    Payment,
    Product,
    RateRule,
    ReplyTemplate,
    ReturnCase,
    ReturnLine,
    Role,
    Shipment,
    StockLevel,
    StockMovement,
    Ticket,
    TicketMessage,
    TrackingEvent,
    TrackingPool,
    User,
    Warehouse,
)

DEMO_PASSWORD = "demo1234"  # noqa: S105 - documented in the README; demo databases only
DEMO_USERS = (
    ("admin", "管理员 王敏", Role.ADMIN),
    ("supervisor", "主管 李强", Role.SUPERVISOR),
    ("reviewer", "审单员 张丽", Role.REVIEWER),
    ("warehouse", "仓库 刘洋", Role.WAREHOUSE),
    ("service", "客服 陈静", Role.CUSTOMER_SERVICE),
    ("analyst", "分析师 杨帆", Role.ANALYST),
)

WAREHOUSES = (
    ("SH", "上海浦东仓", 10, "上海市浦东新区川沙路 1688 号"),
    ("GZ", "广州白云仓", 20, "广东省广州市白云区机场路 888 号"),
    ("BJ", "北京顺义仓", 30, "北京市顺义区空港工业区 B 区 6 号"),
    ("CD", "成都双流仓", 40, "四川省成都市双流区物联大道 99 号"),
)

CARRIERS = (
    ("SF", "顺丰速运", "SF", 1, Decimal("18.00"), Decimal("5.00")),
    ("ZTO", "中通快递", "ZTO", 3, Decimal("8.00"), Decimal("3.00")),
    ("YTO", "圆通速递", "YT", 3, Decimal("7.50"), Decimal("3.00")),
    ("YD", "韵达快递", "YD", 3, Decimal("7.00"), Decimal("2.50")),
    ("JD", "京东物流", "JDV", 2, Decimal("12.00"), Decimal("4.00")),
    ("EMS", "中国邮政 EMS", "EMS", 4, Decimal("15.00"), Decimal("6.00")),
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华玉兰萍红"
    "建国志强晓东春梅海燕雪梅宇轩子涵浩然欣怡梓萱俊杰思远嘉怡"
)

# (province, city, districts) — a realistic spread of destinations.
PLACES = (
    ("上海市", "上海市", ("浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区")),
    ("北京市", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区", "通州区")),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "番禺区")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区")),
    ("浙江省", "杭州市", ("西湖区", "滨江区", "余杭区", "拱墅区")),
    ("江苏省", "南京市", ("玄武区", "鼓楼区", "建邺区")),
    ("江苏省", "苏州市", ("姑苏区", "工业园区", "吴中区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "高新区", "双流区")),
    ("湖北省", "武汉市", ("江汉区", "武昌区", "洪山区")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "天心区")),
    ("重庆市", "重庆市", ("渝中区", "江北区", "南岸区")),
    ("天津市", "天津市", ("和平区", "河西区", "南开区")),
    ("河南省", "郑州市", ("金水区", "二七区", "郑东新区")),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "浑南区")),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区")),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区")),
    ("广西壮族自治区", "南宁市", ("青秀区", "西乡塘区")),
)
STREETS = [
    "人民路",
    "中山路",
    "解放路",
    "建设路",
    "和平路",
    "文化路",
    "新华路",
    "长江路",
    "黄河路",
    "科技路",
    "学府路",
    "滨江大道",
]

PRODUCTS = (
    ("纯棉短袖T恤", ("白色", "黑色", "藏青"), ("S", "M", "L", "XL"), Decimal("59.00"), 220),
    ("加绒连帽卫衣", ("灰色", "黑色", "燕麦色"), ("M", "L", "XL"), Decimal("139.00"), 650),
    ("高腰直筒牛仔裤", ("浅蓝", "深蓝"), ("26", "27", "28", "29", "30"), Decimal("169.00"), 600),
    ("轻量跑步鞋", ("白色", "黑色"), ("38", "39", "40", "41", "42", "43"), Decimal("299.00"), 800),
    ("不锈钢保温杯 500ml", ("银色", "玫瑰金", "墨绿"), ("",), Decimal("89.00"), 380),
    ("无线蓝牙耳机", ("白色", "黑色"), ("",), Decimal("199.00"), 120),
    ("双肩电脑背包", ("黑色", "灰色"), ("15寸", "17寸"), Decimal("159.00"), 900),
    ("真丝印花围巾", ("红色", "蓝色", "米色"), ("",), Decimal("239.00"), 90),
    ("有机绿茶 250g", ("明前", "雨前"), ("",), Decimal("128.00"), 300),
    ("儿童益智积木", ("基础款", "豪华款"), ("",), Decimal("99.00"), 1100),
    ("天然乳胶枕", ("标准", "加高"), ("",), Decimal("189.00"), 1400),
    ("手工陶瓷茶具套装", ("青花", "白瓷"), ("",), Decimal("329.00"), 2100),
    ("防晒冰丝袖套", ("白色", "肤色", "黑色"), ("",), Decimal("19.90"), 40),
    ("LED 护眼台灯", ("白色",), ("",), Decimal("149.00"), 1300),
    ("纯棉四件套", ("浅灰", "米白", "雾蓝"), ("1.5米", "1.8米"), Decimal("259.00"), 2500),
)

# How the 20,000 orders spread over the states (weights), as a live shop would look.
STATE_WEIGHTS = (
    (OrderStatus.PENDING_PAYMENT, 4),
    (OrderStatus.PENDING_REVIEW, 10),
    (OrderStatus.NEEDS_CORRECTION, 2),
    (OrderStatus.APPROVED, 6),
    (OrderStatus.CONFIRMED, 6),
    (OrderStatus.PICKING, 3),
    (OrderStatus.PACKED, 3),
    (OrderStatus.SHIPPED, 18),
    (OrderStatus.DELIVERED, 12),
    (OrderStatus.COMPLETED, 30),
    (OrderStatus.CANCELLED, 6),
)
SHIPPED_STATES = (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
RETURN_REASONS = ("质量问题", "尺码不合适", "七天无理由", "商品破损")
DEMO_PATH = (
    OrderStatus.PENDING_REVIEW, OrderStatus.APPROVED, OrderStatus.CONFIRMED, OrderStatus.PICKING,
    OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED,
)  # fmt: skip
PAID_STATES = tuple(s for s, _ in STATE_WEIGHTS if s != OrderStatus.PENDING_PAYMENT)
CHANNELS = (("taobao", 35), ("tmall", 20), ("jd", 15), ("pdd", 12), ("douyin", 10), ("manual", 8))
TICKET_SUBJECTS = ("什么时候发货？", "收到的商品有破损", "需要开发票", "尺码不合适想换货")
HOLD_REASONS = ("买家要求延迟发货", "地址待核实", "金额超过审核阈值", "疑似重复订单")
BUYER_NOTES = ("请尽快发货，谢谢", "周末不在家，请工作日送达", "送人的，不要放发票", "请用顺丰", "")


@dataclass(frozen=True)
class DemoSummary:
    users: int
    warehouses: int
    products: int
    customers: int
    orders: int
    order_lines: int
    movements: int
    shipments: int


def ean13(body12: str) -> str:
    """An EAN-13 with its check digit (scanners verify it)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def chinese_name(rng: random.Random) -> str:
    # About one in five names has a single given character: 2-character names must be findable.
    given_len = 1 if rng.random() < 0.2 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(given_len))


def mobile(rng: random.Random) -> str:
    return rng.choice(("13", "15", "17", "18", "19")) + "".join(
        str(rng.randint(0, 9)) for _ in range(9)
    )


def _chunks(rows: list[dict[str, Any]], size: int = 5000) -> Any:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _Ids:
    """Primary keys assigned in Python so related rows can be bulk-inserted together."""

    def __init__(self, uow: UnitOfWork, *tables: Any) -> None:
        self.next = {
            t: (uow.session.scalar(select(func.coalesce(func.max(t.id), 0))) or 0) + 1
            for t in tables
        }

    def take(self, table: Any) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def review_demo_orders(uow: UnitOfWork) -> None:
    """Store the review rules (a lower amount threshold, so the demo shows holds) and run
    them over the orders waiting for review, as intake would have."""
    seed_rules(uow.session, {RuleCode.AMOUNT_ABOVE: {"params": {"threshold": "1000.00"}}})
    waiting = uow.session.scalars(
        select(Order.id).where(Order.status == OrderStatus.PENDING_REVIEW).order_by(Order.id)
    ).all()
    apply_rules(uow, waiting)


def generate_demo(
    db: Database,
    *,
    seed: int = 42,
    orders: int = 20_000,
    customers: int = 1_000,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data. Refuses if orders already exist."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    rng = random.Random(seed)
    pace = random.Random(seed + 1)  # the report timings: their own stream, rng's stays as it was
    say = progress or (lambda _msg: None)
    demo_hash = hash_password(DEMO_PASSWORD)  # once: argon2 is deliberately slow

    def work(uow: UnitOfWork) -> DemoSummary:
        session = uow.session
        if session.scalar(select(func.count(Order.id))):
            raise ConflictError(
                "The database already has orders; demo data is only for an empty one"
            )
        ids = _Ids(
            uow, User, Warehouse, BinLocation, Product, Customer, Carrier, CarrierService,
            Order, OrderLine, Shipment, StockLevel,
        )  # fmt: skip

        def put(model: Any, rows: list[dict[str, Any]]) -> None:
            for chunk in _chunks(rows):
                session.execute(insert(model), chunk)

        say("users")
        existing = set(session.scalars(select(User.username)))
        users = [
            {"id": ids.take(User), "username": u, "display_name": d, "password_hash": demo_hash,
             "role": r, "is_active": True, "failed_attempts": 0, "created_at": now,
             "updated_at": now}
            for u, d, r in DEMO_USERS if u not in existing
        ]  # fmt: skip
        put(User, users)
        admin_id = session.scalar(select(User.id).where(User.username == "admin"))
        warehouse_user = session.scalar(select(User.id).where(User.username == "warehouse"))
        service_user = session.scalar(select(User.id).where(User.username == "service"))

        say("warehouses and products")
        warehouses: list[dict[str, Any]] = [
            {"id": ids.take(Warehouse), "code": c, "name": n, "priority": p, "address": a,
             "is_active": True, "created_at": now, "updated_at": now}
            for c, n, p, a in WAREHOUSES
        ]  # fmt: skip
        put(Warehouse, warehouses)
        bins: dict[int, list[int]] = {}
        bin_rows = []
        for warehouse in warehouses:
            bins[warehouse["id"]] = []
            for aisle in "ABCDEF":
                for rack in range(1, 11):
                    bid = ids.take(BinLocation)
                    bins[warehouse["id"]].append(bid)
                    bin_rows.append(
                        {
                            "id": bid,
                            "warehouse_id": warehouse["id"],
                            "code": f"{aisle}-{rack:02d}-1",
                        }
                    )
        put(BinLocation, bin_rows)

        products: list[dict[str, Any]] = []
        for name, colours, sizes, price, weight in PRODUCTS:
            for colour in colours:
                for size in sizes:
                    n = len(products) + 1
                    spec = " ".join(x for x in (colour, size) if x)
                    products.append(
                        {"id": ids.take(Product), "sku": f"SKU-{n:05d}",
                         "barcode": ean13(f"6901234{n:05d}"), "name": name, "spec": spec,
                         "unit_price": price, "weight_g": weight, "is_active": True,
                         "created_at": now, "updated_at": now}
                    )  # fmt: skip
        # Pad to at least 200 SKUs with accessory variants.
        while len(products) < 200:
            n = len(products) + 1
            base = rng.choice(PRODUCTS)
            products.append(
                {"id": ids.take(Product), "sku": f"SKU-{n:05d}",
                 "barcode": ean13(f"6901234{n:05d}"), "name": f"{base[0]} 配件包",
                 "spec": f"款式{n % 7 + 1}",
                 "unit_price": (base[3] / 4).quantize(Decimal("0.10")), "weight_g": 100,
                 "is_active": True, "created_at": now, "updated_at": now}
            )  # fmt: skip
        for product in products:  # bought in at about 55 % of the price (stock valuation)
            product["cost"] = (product["unit_price"] * Decimal("0.55")).quantize(Decimal("0.01"))
        put(Product, products)

        say("carriers")
        carrier_ids: list[int] = []
        carrier_rows, service_rows, rate_rows, pool_rows = [], [], [], []
        for code, name, waybill_prefix, eta, first, step in CARRIERS:
            cid = ids.take(Carrier)
            carrier_ids.append(cid)
            carrier_rows.append(
                {"id": cid, "code": code, "name": name, "is_active": True,
                 "tracking_url": "", "created_at": now, "updated_at": now}
            )  # fmt: skip
            sid = ids.take(CarrierService)
            service_rows.append(
                {"id": sid, "carrier_id": cid, "code": "STD", "name": "标准快递", "eta_days": eta}
            )
            rate_rows.append(
                {"carrier_id": cid, "service_id": sid, "region": "*", "first_weight_g": 1000,
                 "first_price": first, "step_weight_g": 1000, "step_price": step,
                 "eta_days": eta}
            )  # fmt: skip
            # Electronic-waybill numbers well above the demo shipments' own; EMS runs low.
            pool_size = 150 if code == "EMS" else 100_000
            pool_rows.append(
                {"carrier_id": cid, "prefix": waybill_prefix, "start_value": 800_000_000_000,
                 "end_value": 800_000_000_000 + pool_size - 1, "next_value": 800_000_000_000,
                 "width": 12, "is_active": True}
            )  # fmt: skip
        put(Carrier, carrier_rows)
        put(CarrierService, service_rows)
        service_of = {row["carrier_id"]: row["id"] for row in service_rows}
        put(RateRule, rate_rows)
        put(TrackingPool, pool_rows)

        say("customers")
        customer_rows: list[dict[str, Any]] = []
        for _ in range(customers):
            province, city, districts = rng.choice(PLACES)
            phone = mobile(rng)
            channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
            cid = ids.take(Customer)
            customer_rows.append(
                {"id": cid, "name": chinese_name(rng), "phone": phone, "phone_last4": phone[-4:],
                 "email": "", "channel": channel, "channel_buyer_id": f"buyer{cid:06d}",
                 "province": province, "city": city, "district": rng.choice(districts),
                 "address": f"{rng.choice(STREETS)}{rng.randint(1, 999)}号"
                            f"{rng.randint(1, 30)}栋{rng.randint(101, 2808)}室",
                 "tags": rng.choice(("", "", "", "VIP", "老客户")),
                 "note": "", "is_blacklisted": rng.random() < 0.01,
                 "blacklist_reason": "", "created_at": now, "updated_at": now}
            )  # fmt: skip
        for row in customer_rows:
            if row["is_blacklisted"]:
                row["blacklist_reason"] = "多次恶意退货"
        put(Customer, customer_rows)

        say("orders")
        states = [s for s, _ in STATE_WEIGHTS]
        weights = [w for _, w in STATE_WEIGHTS]
        wh_ids = [w["id"] for w in warehouses]
        order_rows, line_rows, event_rows, payment_rows = [], [], [], []
        shipment_rows, tracking_rows = [], []
        reserved: dict[tuple[int, int], int] = defaultdict(int)
        shipped: dict[tuple[int, int], int] = defaultdict(int)
        per_day: dict[str, int] = defaultdict(int)
        prefix = "KD"
        for _ in range(orders):
            status = rng.choices(states, weights)[0]
            cust = rng.choice(customer_rows)
            ordered_at = now - timedelta(
                days=rng.uniform(0, 3 if status not in SHIPPED_STATES else 60)
            )
            ordered_at = ordered_at.replace(microsecond=0)
            day = ordered_at.strftime("%Y%m%d")
            per_day[day] += 1
            oid = ids.take(Order)
            goods = Decimal(0)
            wh = rng.choice(wh_ids) if status in (*RESERVING_STATES, *SHIPPED_STATES) else None
            for line_no in range(1, rng.choice((1, 1, 1, 2, 2, 3)) + 1):
                prod = rng.choice(products)
                qty = rng.choice((1, 1, 1, 2, 3))
                line_value = prod["unit_price"] * qty
                discount = Decimal("5.00") if line_value > 50 and rng.random() < 0.1 else Decimal(0)
                goods += prod["unit_price"] * qty - discount
                line_rows.append(
                    {"id": ids.take(OrderLine), "order_id": oid, "line_no": line_no,
                     "product_id": prod["id"], "sku": prod["sku"],
                     "name": f"{prod['name']} {prod['spec']}".strip(), "qty": qty,
                     "unit_price": prod["unit_price"], "discount": discount}
                )  # fmt: skip
                if wh is not None and status in RESERVING_STATES:
                    reserved[(prod["id"], wh)] += qty
                if wh is not None and status in SHIPPED_STATES:
                    shipped[(prod["id"], wh)] += qty
            shipping_fee = Decimal(0) if goods >= 99 else Decimal("8.00")
            total = goods + shipping_fee
            paid = status in PAID_STATES
            on_hold = status in (OrderStatus.PENDING_REVIEW, OrderStatus.APPROVED) and (
                rng.random() < 0.08
            )
            channel = cust["channel"]
            carrier_id = rng.choice(carrier_ids) if wh is not None else None
            order_rows.append(
                {"id": oid, "order_no": f"{prefix}{day}{per_day[day]:05d}", "channel": channel,
                 "external_no": None if channel == "manual" else str(rng.randint(10**15, 10**16)),
                 "customer_id": cust["id"], "status": status, "is_on_hold": on_hold,
                 "hold_reason": rng.choice(HOLD_REASONS) if on_hold else "",
                 "recipient_name": cust["name"], "recipient_phone": cust["phone"],
                 "phone_last4": cust["phone_last4"], "province": cust["province"],
                 "city": cust["city"], "district": cust["district"], "address": cust["address"],
                 "postcode": "", "buyer_note": rng.choice(BUYER_NOTES), "seller_note": "",
                 "currency": "CNY", "goods_amount": goods, "shipping_fee": shipping_fee,
                 "discount": Decimal(0), "total": total,
                 "paid_amount": total if paid else Decimal(0), "warehouse_id": wh,
                 "carrier_id": carrier_id, "ordered_at": ordered_at,
                 "paid_at": ordered_at + timedelta(minutes=2) if paid else None,
                 "created_by": None, "origin": "", "version": 1, "created_at": ordered_at,
                 "updated_at": ordered_at}
            )  # fmt: skip
            event_rows.append(
                {"order_id": oid, "ts": ordered_at, "user_id": None, "action": "create",
                 "from_status": None, "to_status": OrderStatus.PENDING_PAYMENT.value, "note": ""}
            )  # fmt: skip
            if status not in DEMO_PATH and status != OrderStatus.PENDING_PAYMENT:
                event_rows.append(
                    {"order_id": oid, "ts": ordered_at + timedelta(minutes=5), "user_id": admin_id,
                     "action": "demo", "from_status": OrderStatus.PENDING_PAYMENT.value,
                     "to_status": status.value, "note": "演示数据"}
                )  # fmt: skip
            if paid and total > 0:
                payment_rows.append(
                    {"order_id": oid, "method": rng.choice(("alipay", "wechat", "card")),
                     "amount": total, "refunded_amount": Decimal(0), "currency": "CNY",
                     "external_ref": f"PAY{oid:010d}", "paid_at": ordered_at + timedelta(minutes=2)}
                )  # fmt: skip
            shipped_at = None
            if status in SHIPPED_STATES:
                sid = ids.take(Shipment)
                shipped_at = ordered_at + timedelta(hours=rng.uniform(4, 30))
                delivered = status != OrderStatus.SHIPPED
                carrier = next(c for c in CARRIERS if carrier_ids[CARRIERS.index(c)] == carrier_id)
                # Carriers differ in speed (the carrier report ranks them).
                transit = timedelta(hours=pace.uniform(18, 40) + 10 * CARRIERS.index(carrier))
                shipment_rows.append(
                    {"id": sid, "order_id": oid, "carrier_id": carrier_id,
                     "service_id": service_of[carrier_id], "tracking_no": f"{carrier[2]}{sid:012d}",
                     "status": "delivered" if delivered else "in_transit",
                     "label_status": "printed", "print_count": 1, "void_reason": "",
                     "weight_g": 500, "length_mm": 0, "width_mm": 0, "height_mm": 0,
                     "cost": carrier[4], "shipped_at": shipped_at,
                     "delivered_at": shipped_at + transit if delivered else None,
                     "created_at": shipped_at, "updated_at": shipped_at}
                )  # fmt: skip
                tracking_rows.append(
                    {"shipment_id": sid, "ts": shipped_at, "status": "picked_up",
                     "location": rng.choice(WAREHOUSES)[1], "description": "快件已揽收",
                     "recorded_at": shipped_at}
                )  # fmt: skip
                if delivered:
                    tracking_rows.append(
                        {"shipment_id": sid, "ts": shipped_at + transit,
                         "status": "delivered", "location": cust["city"],
                         "description": "已签收，签收人：本人", "recorded_at": shipped_at}
                    )  # fmt: skip
            if status in DEMO_PATH:
                # The way through review, confirmation, picking and packing to the shipment,
                # so that the processing-speed report has stages to measure.
                when = ordered_at + timedelta(minutes=2)
                steps = DEMO_PATH[: DEMO_PATH.index(status) + 1]
                for before, after in zip(
                    (OrderStatus.PENDING_PAYMENT, *steps), steps, strict=False
                ):
                    if after == OrderStatus.SHIPPED:
                        when = max(when + timedelta(minutes=1), shipped_at or when)
                    elif after in (OrderStatus.DELIVERED, OrderStatus.COMPLETED):
                        when += timedelta(days=pace.uniform(1, 3))
                    elif before != OrderStatus.PENDING_PAYMENT:
                        when += timedelta(minutes=pace.uniform(5, 150))
                    event_rows.append(
                        {"order_id": oid, "ts": when, "user_id": admin_id, "action": "demo",
                         "from_status": before.value, "to_status": after.value, "note": ""}
                    )  # fmt: skip
        put(Order, order_rows)
        put(OrderLine, line_rows)
        put(OrderEvent, event_rows)
        put(Payment, payment_rows)
        put(Shipment, shipment_rows)
        put(TrackingEvent, tracking_rows)
        counters = [{"name": f"{prefix}:{day}", "value": n} for day, n in per_day.items()]
        put(Counter, counters)

        say("stock")
        level_rows, movement_rows = [], []
        for prod in products:
            for wh_id in wh_ids:
                key = (prod["id"], wh_id)
                out = shipped.get(key, 0)
                held = reserved.get(key, 0)
                # Receive enough that the shelf also holds free stock, except a few low SKUs.
                free = rng.choice((0, 2, 5, 20, 40, 80, 150, 300)) if rng.random() < 0.9 else 0
                received = out + held + free
                safety = rng.choice((5, 10, 20))
                level_rows.append(
                    {"id": ids.take(StockLevel), "product_id": prod["id"], "warehouse_id": wh_id,
                     "bin_id": rng.choice(bins[wh_id]), "on_hand": received - out,
                     "reserved": held, "quarantined": 0, "safety_stock": safety}
                )  # fmt: skip
                movement = {"product_id": prod["id"], "warehouse_id": wh_id, "reference_type": None,
                        "reference_id": None, "user_id": warehouse_user, "quarantined_delta": 0,
                        "created_at": now - timedelta(days=61)}  # fmt: skip
                if received:
                    movement_rows.append(
                        {**movement, "kind": MovementKind.RECEIVE, "on_hand_delta": received,
                         "reserved_delta": 0, "note": "期初入库"}
                    )  # fmt: skip
                if held:
                    movement_rows.append(
                        {**movement, "kind": MovementKind.RESERVE, "on_hand_delta": 0,
                         "reserved_delta": held, "note": "demo reservations"}
                    )  # fmt: skip
                if out:
                    movement_rows.append(
                        {**movement, "kind": MovementKind.SHIP, "on_hand_delta": -out,
                         "reserved_delta": 0, "note": "demo shipments"}
                    )  # fmt: skip
        put(StockLevel, level_rows)
        put(StockMovement, movement_rows)

        say("customer service")
        ticket_rows, message_rows = [], []
        for n in range(1, 41):
            order = rng.choice(order_rows)
            ticket_rows.append(
                {"ticket_no": f"TK{now:%Y%m%d}{n:04d}",
                 "kind": rng.choice(("inquiry", "complaint", "feedback", "aftersales")),
                 "priority": rng.choice(("urgent", "high", "normal", "normal", "low")),
                 "status": rng.choice(("new", "open", "waiting_customer", "resolved")),
                 "category": rng.choice(("物流", "质量", "发票", "售后")),
                 "subject": rng.choice(TICKET_SUBJECTS),
                 "customer_id": order["customer_id"], "order_id": order["id"], "rating": None,
                 "assignee_id": service_user, "created_by": service_user,
                 "sla_due_at": now + timedelta(hours=rng.randint(-12, 48)),
                 "created_at": now - timedelta(hours=rng.randint(1, 72)), "updated_at": now}
            )  # fmt: skip
        # Spread over the last 60 days, answered and resolved at a human pace, some rated:
        # the customer-service report has something to show for last month.
        for row in ticket_rows:
            row["created_at"] = now - timedelta(hours=pace.uniform(1, 60 * 24))
            row["sla_due_at"] = row["created_at"] + timedelta(hours=24)
            if row["status"] == "resolved":
                row["resolved_at"] = row["created_at"] + timedelta(hours=pace.uniform(1, 40))
                row["rating"] = pace.choice((None, 2, 3, 4, 4, 5, 5))
        put(Ticket, ticket_rows)
        for tid, created in session.execute(select(Ticket.id, Ticket.created_at)).all():
            message_rows.append(
                {"ticket_id": tid, "author_id": service_user, "body": "顾客来电咨询订单情况。",
                 "is_internal": False, "created_at": created}
            )  # fmt: skip
            message_rows.append(
                {"ticket_id": tid, "author_id": service_user, "body": "您好，已为您查询，请稍候。",
                 "is_internal": False,
                 "created_at": created + timedelta(minutes=pace.uniform(5, 600))}
            )  # fmt: skip
        put(TicketMessage, message_rows)

        say("returns")
        first_line: dict[int, int] = {}
        for line in line_rows:
            first_line.setdefault(line["order_id"], line["id"])
        came_back = [o for o in order_rows if o["status"] in ("delivered", "completed")]
        for n, order in enumerate(pace.sample(came_back, len(came_back) // 25), start=1):
            case = ReturnCase(
                case_no=f"DEMO-RT{n:05d}",
                kind=pace.choice((CaseKind.RETURN, CaseKind.RETURN, CaseKind.EXCHANGE)),
                status=CaseStatus.RECEIVED, customer_id=order["customer_id"],
                reason_code=pace.choice(RETURN_REASONS), created_by=service_user,
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add(ReturnLine(case_id=case.id, order_line_id=first_line[order["id"]], qty=1))
        session.flush()
        put(
            ReplyTemplate,
            [
                {"name": "发货查询", "category": "物流", "created_at": now, "updated_at": now,
                 "body": "{customer_name}您好，您的订单{order_no}已发出，运单号{tracking_no}。"},
                {"name": "破损致歉", "category": "质量", "created_at": now, "updated_at": now,
                 "body": "{customer_name}您好，非常抱歉商品出现破损，我们将为您办理补发。"},
            ],
        )  # fmt: skip

        say("review rules")
        review_demo_orders(uow)

        summary = DemoSummary(
            users=len(users), warehouses=len(warehouses), products=len(products),
            customers=len(customer_rows), orders=len(order_rows), order_lines=len(line_rows),
            movements=len(movement_rows), shipments=len(shipment_rows),
        )  # fmt: skip
        if db.dialect == "postgresql":
            # Explicit ids do not advance PostgreSQL's sequences: move them past the data.
            for table in Base.metadata.sorted_tables:
                if "id" in table.c and table.c.id.autoincrement is not False:
                    session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
        uow.audit("demo.generate", "database", "demo", {"seed": [None, seed],
                  "orders": [None, summary.orders]}, username="system")  # fmt: skip
        return summary

    return transaction(db, None, work, attempts=1)
