"""Orders at scale: the Orders tab and the order service on a generated database of
1,000,000 orders (SQLite).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_orders.py [--orders N] [--fresh]
    python benchmarks/bench_orders.py --e2e-only 300 [--profile e2e.prof]   # only the last

Prints: time from opening the tab to its first painted page; a state filter, a phone-suffix
search and an order-no search, each until the table is painted again; the queue counts; the
process RSS (peak); batch approve+confirm throughput for 10,000 orders; and the rate of
orders taken one at a time through create → approve → confirm → pick → pack → ship through
the services, as the GUI does. The last line is one JSON object.

The database is generated once with plain executemany (≈1 min for a million orders) and
cached in the temp folder; every run works on a fresh copy of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import open_database
from app.demo import PLACES, STREETS, chinese_name, mobile
from app.migrate import upgrade

GENERATOR_VERSION = 3
STATES = (
    ("pending_payment", 4), ("pending_review", 10), ("needs_correction", 2), ("approved", 6),
    ("confirmed", 6), ("picking", 3), ("packed", 3), ("shipped", 18), ("delivered", 12),
    ("completed", 30), ("cancelled", 6),
)  # fmt: skip
RESERVING = {"confirmed", "picking", "packed"}
CHANNELS = ("taobao", "tmall", "jd", "pdd", "douyin", "manual")
WAREHOUSES = 4
PRODUCTS = 200
BATCH = 10_000
E2E = 300


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def generate(path: Path, orders: int, seed: int = 7) -> None:
    """A database of `orders` orders with lines, customers, events, stock and rule flags."""
    tmp = path.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    upgrade(db)
    db.dispose()
    rng = random.Random(seed)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    triggers = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='trigger' AND name LIKE 'order_search%'"
    ).fetchall()
    for (sql,) in triggers:
        conn.execute("DROP TRIGGER " + sql.split()[2])
    now = datetime.now(UTC).replace(microsecond=0)
    stamp = _ts(now)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO warehouses (id, code, name, priority, address, is_active, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, '', 1, ?, ?)",
        [(w, f"W{w}", f"仓库{w}", w * 10, stamp, stamp) for w in range(1, WAREHOUSES + 1)],
    )
    prices = {
        p: rng.choice((1990, 5900, 8900, 13900, 16900, 29900)) for p in range(1, PRODUCTS + 1)
    }
    conn.executemany(
        "INSERT INTO products (id, sku, barcode, name, spec, unit_price, weight_g, is_active, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, 300, 1, ?, ?)",
        [(p, f"SKU-{p:05d}", f"69{p:011d}", f"商品{p}", prices[p], stamp, stamp)
         for p in prices],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO carriers (id, code, name, tracking_url, is_active, created_at, updated_at) "
        "VALUES (?, ?, ?, '', 1, ?, ?)",
        [(1, "SF", "顺丰速运", stamp, stamp), (2, "ZTO", "中通快递", stamp, stamp)],
    )
    customers = []
    for c in range(1, max(orders // 10, 100) + 1):
        province, city, districts = rng.choice(PLACES)
        phone = mobile(rng)
        address = (
            f"{rng.choice(STREETS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}栋"
            f"{rng.randint(101, 2808)}室"
        )
        customers.append(
            (c, chinese_name(rng), phone, phone[-4:], province, city, rng.choice(districts),
             address)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO customers (id, name, phone, phone_last4, email, channel, province, city, "
        "district, address, tags, note, is_blacklisted, blacklist_reason, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, '', 'taobao', ?, ?, ?, ?, '', '', 0, '', ?, ?)",
        [(*c, stamp, stamp) for c in customers],
    )
    names = [s for s, _ in STATES]
    weights = [w for _, w in STATES]
    reserved: dict[tuple[int, int], int] = {}
    per_day: dict[str, int] = {}
    order_sql = (
        "INSERT INTO orders (id, order_no, channel, external_no, customer_id, status, "
        "is_on_hold, hold_reason, recipient_name, recipient_phone, phone_last4, province, "
        "city, district, address, postcode, buyer_note, seller_note, currency, goods_amount, "
        "shipping_fee, discount, total, paid_amount, warehouse_id, carrier_id, ordered_at, "
        "paid_at, origin, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, '', ?, '', 'CNY', ?, ?, 0, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)"
    )
    line_sql = (
        "INSERT INTO order_lines (order_id, line_no, product_id, sku, name, qty, unit_price, "
        "discount) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
    )
    event_sql = (
        "INSERT INTO order_events (order_id, ts, user_id, action, from_status, to_status, note) "
        "VALUES (?, ?, NULL, 'create', NULL, ?, '')"
    )
    flag_sql = (
        "INSERT INTO order_flags (order_id, rule_code, action, message, params, created_at) "
        "VALUES (?, 'buyer_note', 'flag', ?, ?, ?)"
    )
    chunk_orders, chunk_lines, chunk_events, chunk_flags = [], [], [], []

    def flush() -> None:
        conn.executemany(order_sql, chunk_orders)
        conn.executemany(line_sql, chunk_lines)
        conn.executemany(event_sql, chunk_events)
        conn.executemany(flag_sql, chunk_flags)
        for rows in (chunk_orders, chunk_lines, chunk_events, chunk_flags):
            rows.clear()

    span = 180 * 86400
    for oid in range(1, orders + 1):
        status = rng.choices(names, weights)[0]
        cust = customers[rng.randrange(len(customers))]
        # Orders arrive in time order, as in a live shop: ids follow the date.
        ordered = now - timedelta(seconds=span * (orders - oid) / orders)
        day = ordered.strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        wh = rng.randint(1, WAREHOUSES) if status in RESERVING or status in (
            "shipped", "delivered", "completed") else None  # fmt: skip
        goods = 0
        for line_no in range(1, rng.choice((1, 1, 1, 2, 2, 3)) + 1):
            product = rng.randint(1, PRODUCTS)
            qty = rng.choice((1, 1, 1, 2, 3))
            goods += prices[product] * qty
            chunk_lines.append((oid, line_no, product, f"SKU-{product:05d}", f"商品{product}",
                                qty, prices[product]))  # fmt: skip
            if status in RESERVING and wh is not None:
                reserved[(product, wh)] = reserved.get((product, wh), 0) + qty
        shipping = 0 if goods >= 9900 else 800
        total = goods + shipping
        paid = 0 if status == "pending_payment" else total
        held = status in ("pending_review", "approved") and rng.random() < 0.03
        note = "请尽快发货" if rng.random() < 0.1 else ""
        ts = _ts(ordered)
        chunk_orders.append(
            (oid, f"KD{day}{per_day[day]:05d}", CHANNELS[oid % len(CHANNELS)],
             str(10**15 + oid), cust[0], status, held, "地址待核实" if held else "", cust[1],
             cust[2], cust[3], cust[4], cust[5], cust[6], cust[7], note, goods, shipping, total,
             paid, wh, 1 if wh else None, ts, ts if paid else None, ts, ts)
        )  # fmt: skip
        chunk_events.append((oid, ts, status))
        if note and status in ("pending_review", "approved", "needs_correction"):
            chunk_flags.append((oid, f"The buyer left a note: {note}",
                                json.dumps({"note": note}, ensure_ascii=False), ts))  # fmt: skip
        if len(chunk_orders) >= 20_000:
            flush()
    flush()
    levels, moves = [], []
    for product in range(1, PRODUCTS + 1):
        for wh in range(1, WAREHOUSES + 1):
            held_qty = reserved.get((product, wh), 0)
            on_hand = held_qty + 1_000_000
            levels.append((product, wh, on_hand, held_qty))
            moves.append((product, wh, "receive", on_hand, 0, stamp))
            if held_qty:
                moves.append((product, wh, "reserve", 0, held_qty, stamp))
    conn.executemany(
        "INSERT INTO stock_levels (product_id, warehouse_id, on_hand, reserved, quarantined, "
        "safety_stock) VALUES (?, ?, ?, ?, 0, 10)",
        levels,
    )
    conn.executemany(
        "INSERT INTO stock_movements (product_id, warehouse_id, kind, on_hand_delta, "
        "reserved_delta, quarantined_delta, note, created_at) VALUES (?, ?, ?, ?, ?, 0, '', ?)",
        moves,
    )
    conn.executemany(
        "INSERT INTO counters (name, value) VALUES (?, ?)",
        [(f"KD:{day}", n) for day, n in per_day.items()],
    )
    conn.execute("INSERT INTO order_search(order_search) VALUES ('rebuild')")
    for (sql,) in triggers:
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    tmp.rename(path)


def cached_database(orders: int, fresh: bool) -> Path:
    folder = Path(tempfile.gettempdir()) / "kuaidan-bench"
    folder.mkdir(exist_ok=True)
    cached = folder / f"orders-{orders}-v{GENERATOR_VERSION}.db"
    if fresh or not cached.exists():
        started = time.perf_counter()
        print(f"generating {orders:,} orders into {cached} …", flush=True)
        generate(cached, orders)
        print(f"  generated in {time.perf_counter() - started:.1f} s", flush=True)
    work = folder / f"work-{os.getpid()}.db"
    shutil.copyfile(cached, work)
    return work


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB."""
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="regenerate the cached database")
    parser.add_argument(
        "--e2e-only", type=int, metavar="N", default=0,
        help="only take N orders end to end (no Orders tab, no batch)",
    )  # fmt: skip
    parser.add_argument("--profile", default="", help="with --e2e-only: cProfile output file")
    args = parser.parse_args()
    path = cached_database(args.orders, args.fresh)
    try:
        if args.e2e_only:
            results = run_e2e_only(path, args.e2e_only, args.profile)
        else:
            results = run(path, args.orders)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(json.dumps(results))


def end_to_end(services, actor, count: int = E2E, profile: str = "", first: int = 0):  # type: ignore[no-untyped-def]
    """Orders taken one at a time through create → approve → confirm → pick → pack → ship,
    as the GUI does (six units of work, six durable commits each). Wall clock and this
    process's CPU time: on a shared machine the CPU time per order is the steadier figure."""
    from app.orders import DraftLine, OrderDraft

    draft = OrderDraft(
        recipient_name="张伟", recipient_phone="13812345678", province="上海市", city="上海市",
        address="川沙路 1688 号",
        lines=(DraftLine("SKU-00001", 1, Decimal("10.00")),
               DraftLine("SKU-00002", 2, Decimal("20.00"))),
        shipping_fee=Decimal(0), paid_amount=Decimal("50.00"),
    )  # fmt: skip
    drafts = [
        OrderDraft(**{**draft.__dict__, "address": f"川沙路 {i} 号 {i % 30} 栋"})
        for i in range(first, first + count)  # other addresses: not held as duplicates
    ]
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    for one in drafts:
        ref = services.orders.create(actor, one)
        services.orders.approve(actor, ref.id)
        services.orders.confirm(actor, ref.id)
        services.orders.pick(actor, ref.id)
        services.orders.pack(actor, ref.id)
        services.orders.ship(actor, ref.id)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    rate = count / wall
    print(
        f"end to end (one at a time) {rate:6.1f} orders/s  "
        f"({wall / count * 1000:.1f} ms wall, {cpu / count * 1000:.1f} ms CPU per order)"
    )
    return {
        "e2e_orders_per_s": round(rate, 1),
        "e2e_cpu_ms_per_order": round(cpu / count * 1000, 2),
    }


def run_e2e_only(path: Path, count: int, profile: str) -> dict[str, object]:
    """Only the end-to-end rate, without the Orders tab (quicker to repeat)."""
    from app.permissions import Actor, Role
    from app.services import connect
    from app.uow import transaction
    from models import User

    services = connect(f"sqlite:///{path}")

    def add_user(uow):  # type: ignore[no-untyped-def]
        user = User(username="bench", display_name="审单员", password_hash="x", role=Role.ADMIN)
        uow.session.add(user)
        uow.session.flush()
        return Actor(user.id, user.username, user.role, user.display_name)

    actor = transaction(services.db, None, add_user)
    end_to_end(services, actor, 20, first=100_000)  # warm the statement caches
    try:
        return dict(end_to_end(services, actor, count, profile))
    finally:
        services.close()


def run(path: Path, orders: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from app.order_queries import OrderFilter
    from app.permissions import Actor, Role
    from app.services import connect
    from app.states import OrderStatus
    from app.uow import transaction
    from models import User
    from ui.app import settle_heap
    from ui.tabs.orders_tab import OrdersTab

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    services = connect(f"sqlite:///{path}")

    def add_user(uow):  # type: ignore[no-untyped-def]
        user = User(username="bench", display_name="审单员", password_hash="x", role=Role.ADMIN)
        uow.session.add(user)
        uow.session.flush()
        return Actor(user.id, user.username, user.role, user.display_name)

    actor = transaction(services.db, None, add_user)
    opened = time.perf_counter()
    tab = OrdersTab(services, actor)
    tab.resize(1400, 850)
    tab.show()
    first_page = tab.wait_until_painted(app)
    first_page_s = first_page - opened
    settle_heap()  # as the application does once its window is up
    print(f"first page painted       {first_page_s:8.3f} s  (connect {opened - started:.3f} s)")

    def timed(apply) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        apply()
        painted = tab.wait_until_painted(app)
        return (painted - t0) * 1000

    tab.wait_until_complete(app)
    t0 = time.perf_counter()
    tab.select_queue(OrderStatus.APPROVED.value)
    filter_ms = (tab.wait_until_painted(app) - t0) * 1000
    complete_ms = (tab.wait_until_complete(app) - t0) * 1000
    print(
        f"state filter (已审核)      {filter_ms:8.1f} ms  painted; all {tab.model.rowCount():,} "
        f"ids in {complete_ms:.0f} ms"
    )
    tab.select_queue("all")
    tab.wait_until_painted(app)
    suffix_ms = timed(lambda: tab.search_for("8866"))
    print(f"phone suffix search      {suffix_ms:8.1f} ms  {tab.model.rowCount():,} orders")
    some_no = services.order_queries.rows(actor, [orders // 2])[0].order_no
    order_no_ms = timed(lambda: tab.search_for(some_no))
    print(f"order no search          {order_no_ms:8.1f} ms  {tab.model.rowCount():,} orders")
    t0 = time.perf_counter()
    counts = services.order_queries.queue_counts(actor)
    counts_ms = (time.perf_counter() - t0) * 1000
    print(f"queue counts             {counts_ms:8.1f} ms  ({counts.total:,} orders)")
    # Scrolling: jump through the table and paint each page.
    tab.search_for("")
    tab.wait_until_complete(app)
    worst = 0.0
    for fraction in (0.1, 0.5, 0.9, 0.3, 0.99):
        worst = max(worst, timed(lambda f=fraction: tab.scroll_to_fraction(f)))
    print(f"worst scroll jump        {worst:8.1f} ms  (of {tab.model.rowCount():,} rows)")
    tab.select_queue(OrderStatus.PENDING_REVIEW.value)
    tab.wait_until_complete(app)

    waiting = services.order_queries.order_ids(
        actor, OrderFilter(statuses=(OrderStatus.PENDING_REVIEW,), on_hold=False)
    )[:BATCH]
    t0 = time.perf_counter()
    approved = services.orders.batch_approve(actor, waiting)
    t1 = time.perf_counter()
    confirmed = services.orders.batch_confirm(actor, list(approved.succeeded))
    t2 = time.perf_counter()
    batch_rate = len(waiting) / (t2 - t0)
    print(
        f"batch approve {len(approved.succeeded):,} in {t1 - t0:.2f} s, confirm "
        f"{len(confirmed.succeeded):,} in {t2 - t1:.2f} s ({len(approved.failed)} + "
        f"{len(confirmed.failed)} failed): {batch_rate:,.0f} orders/s"
    )

    e2e = end_to_end(services, actor)
    current, peak = rss_mb()
    print(f"RSS                      {current:8.1f} MB  (peak {peak:.1f} MB)")
    tab.close()
    services.close()
    return {
        "orders": counts.total,
        "first_page_s": round(first_page_s, 3),
        "filter_state_ms": round(filter_ms, 1),
        "search_phone_ms": round(suffix_ms, 1),
        "search_order_no_ms": round(order_no_ms, 1),
        "counts_ms": round(counts_ms, 1),
        "rss_mb": round(peak, 1),
        "batch_orders_per_s": round(batch_rate, 1),
        **e2e,
    }


if __name__ == "__main__":
    main()
