"""Benchmark the import readers and parse_file on 100,000 rows x 20 columns (~40,000 orders).

    python benchmarks/bench_import_reader.py [--rows 100000] [--cache DIR] [--skip-openpyxl]
                                             [--repeat 3]

The data (our template layout, realistic Chinese orders: masked and plain phones, addresses,
multi-item orders, notes) is generated once into a cache directory as .xlsx (openpyxl
write-only) and .csv. Each measurement runs in a fresh subprocess so that its peak RSS is its
own; each fast measurement is the best of --repeat runs, because the machine may be shared.
The last line printed is one JSON object:
``{"rows", "reader_rows_per_s", "parse_rows_per_s", "csv_parse_rows_per_s", "peak_rss_mb"}``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADERS = [
    "订单号", "下单时间", "付款时间", "订单状态", "买家账号", "收货人", "手机", "省", "市", "区",
    "详细地址", "邮编", "买家留言", "卖家备注", "运费", "订单优惠", "商品编码", "商品名称", "数量",
    "单价",
]  # fmt: skip
_PLACES = [
    ("浙江省", "杭州市", ["西湖区", "上城区", "滨江区", "余杭区"], "310000"),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"], "518000"),
    ("广东省", "广州市", ["天河区", "海珠区", "越秀区", "番禺区"], "510000"),
    ("北京市", "北京市", ["朝阳区", "海淀区", "东城区", "丰台区"], "100000"),
    ("上海市", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"], "200000"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区", "建邺区"], "210000"),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "高新区"], "610000"),
    ("湖北省", "武汉市", ["江汉区", "武昌区", "洪山区", "汉阳区"], "430000"),
    ("广西壮族自治区", "南宁市", ["青秀区", "兴宁区", "西乡塘区"], "530000"),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"], "830000"),
]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志明晓东红梅文博欣怡子涵"
_ROADS = ["文三路", "建国路", "人民路", "解放路", "中山路", "科技园南路", "天府大道", "长江路"]
_PRODUCTS = [
    ("T恤 纯棉 短袖", Decimal("59.90")), ("牛仔裤 修身", Decimal("129.00")),
    ("运动鞋 透气", Decimal("259.00")), ("保温杯 500ml", Decimal("39.90")),
    ("蓝牙耳机 降噪", Decimal("199.00")), ("手机壳 硅胶", Decimal("19.90")),
    ("双肩包 防水", Decimal("149.00")), ("洗面奶 100g", Decimal("45.50")),
]  # fmt: skip
_STATUSES = ["买家已付款，等待卖家发货"] * 6 + [
    "等待买家付款",
    "卖家已发货，等待买家确认",
    "交易成功",
]


def generate_rows(n_rows: int, seed: int = 20250511) -> list[list[object]]:
    rng = random.Random(seed)
    rows: list[list[object]] = []
    start = datetime(2025, 5, 1, 8, 0, 0)
    order_no = 202505010000000
    while len(rows) < n_rows:
        order_no += rng.randint(1, 9)
        n_lines = rng.choice((1, 1, 2, 2, 3, 4, 5))
        placed = start + timedelta(seconds=rng.randint(0, 30 * 86400))
        status = rng.choice(_STATUSES)
        paid = "" if status == "等待买家付款" else placed + timedelta(seconds=rng.randint(5, 600))
        province, city, districts, postcode = rng.choice(_PLACES)
        phone = str(rng.randint(13000000000, 19999999999))
        if rng.random() < 0.3:
            phone = phone[:3] + "****" + phone[-4:]
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
        order = [
            str(order_no),
            placed.strftime("%Y-%m-%d %H:%M:%S"),
            paid.strftime("%Y-%m-%d %H:%M:%S") if paid else "",
            status,
            f"tb_{rng.randint(100000, 999999)}",
            name,
            phone,
            province,
            city,
            rng.choice(districts),
            f"{rng.choice(_ROADS)} {rng.randint(1, 999)} 号 {rng.randint(1, 30)} 栋 "
            f"{rng.randint(101, 2808)} 室",
            postcode,
            rng.choice(("", "", "请尽快发货", "周末送货", "不要放快递柜")),
            rng.choice(("", "", "VIP 客户", "加急")),
            rng.choice((Decimal("0.00"), Decimal("10.00"), Decimal("12.00"))),
            rng.choice((Decimal("0.00"), Decimal("0.00"), Decimal("5.00"))),
        ]
        for _ in range(n_lines):
            title, price = rng.choice(_PRODUCTS)
            sku = f"SKU-{rng.randint(1, 2000):05d}-{rng.choice('SMLX')}"
            rows.append([*order, sku, f"{title} {sku[-1]}码", rng.randint(1, 3), price])
            if len(rows) >= n_rows:
                break
    return rows


def ensure_files(cache: Path, n_rows: int) -> tuple[Path, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    xlsx = cache / f"orders_{n_rows}.xlsx"
    csv_path = cache / f"orders_{n_rows}.csv"
    if xlsx.exists() and csv_path.exists():
        return xlsx, csv_path
    from openpyxl import Workbook

    rows = generate_rows(n_rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("订单")
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    tmp = xlsx.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.replace(xlsx)
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return xlsx, csv_path


def _peak_rss_mb() -> float:
    """Peak RSS of this process: VmHWM, its own since it started (ru_maxrss also counts the
    parent's pages it was forked with), or ru_maxrss where there is no /proc."""
    with suppress(OSError, IndexError, ValueError), open("/proc/self/status") as status:
        return int(status.read().split("VmHWM:")[1].split()[0]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return -1.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class ChildPeaks:
    """Samples the VmHWM of this process's children (the import's parser process) every
    0.1 s while it is open: their own peaks, which ru_maxrss overstates (a child forked from
    a 170 MB writer counts as at least 170 MB). Linux only; empty elsewhere."""

    def __init__(self) -> None:
        self.peaks_mb: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> ChildPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        # Every 0.1 s, only the processes started after this one (children get higher pids):
        # reading all of /proc every 20 ms took the writer's GIL for a fifth of the import.
        me = os.getpid()
        parent = f"PPid:\t{me}\n"
        while not self._stop.wait(0.1):
            pids: list[int] = []  # none where there is no /proc
            with suppress(OSError):
                pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) > me]
            for pid in pids:
                with suppress(OSError, IndexError, ValueError), open(f"/proc/{pid}/status") as f:
                    text = f.read()
                    if parent in text:
                        peak = int(text.split("VmHWM:")[1].split()[0]) / 1024
                        self.peaks_mb[pid] = max(self.peaks_mb.get(pid, 0.0), peak)


def measure(mode: str, path: Path, repeat: int) -> dict[str, float]:
    """Runs inside the child process; the best of `repeat` runs (the machine may be shared)."""
    from app.importing.parse import ParsedOrder, parse_file
    from app.importing.readers import open_rows

    elapsed = float("inf")
    rows = orders = errors = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = orders = errors = 0
        if mode.startswith("reader-"):
            engine = mode.removeprefix("reader-")
            with open_rows(path, engine=engine if engine != "csv" else "auto") as source:  # type: ignore[arg-type]
                for _ in source:
                    rows += 1
            rows -= 1  # header
        else:
            with parse_file(path) as result:
                for item in result:
                    if isinstance(item, ParsedOrder):
                        orders += 1
                    else:
                        errors += 1
                rows = result.stats.rows
        elapsed = min(elapsed, time.perf_counter() - t0)
    return {
        "rows": rows,
        "orders": orders,
        "errors": errors,
        "seconds": elapsed,
        "rows_per_s": rows / elapsed,
        "peak_rss_mb": _peak_rss_mb(),
    }


def run_child(mode: str, path: Path, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path), "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kuaidan_bench")
    parser.add_argument("--skip-openpyxl", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (not openpyxl)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], Path(args.child[1]), args.repeat)))
        return

    t0 = time.perf_counter()
    xlsx, csv_path = ensure_files(args.cache, args.rows)
    print(
        f"data: {xlsx} ({xlsx.stat().st_size / 1e6:.1f} MB), {csv_path} "
        f"({csv_path.stat().st_size / 1e6:.1f} MB), ready in {time.perf_counter() - t0:.1f} s"
    )
    modes = [("reader-calamine", xlsx)]
    if not args.skip_openpyxl:
        modes.append(("reader-openpyxl", xlsx))
    modes += [("reader-csv", csv_path), ("parse-xlsx", xlsx), ("parse-csv", csv_path)]
    results: dict[str, dict[str, float]] = {}
    for mode, path in modes:
        r = run_child(mode, path, 1 if mode == "reader-openpyxl" else args.repeat)
        results[mode] = r
        extra = f", {r['orders']:,.0f} orders, {r['errors']:,.0f} errors" if r["orders"] else ""
        print(
            f"{mode:16s} {r['rows']:>9,.0f} rows in {r['seconds']:6.2f} s = "
            f"{r['rows_per_s']:>9,.0f} rows/s, peak RSS {r['peak_rss_mb']:6.1f} MB{extra}"
        )
    summary = {
        "rows": int(results["parse-xlsx"]["rows"]),
        "reader_rows_per_s": round(results["reader-calamine"]["rows_per_s"]),
        "parse_rows_per_s": round(results["parse-xlsx"]["rows_per_s"]),
        "csv_parse_rows_per_s": round(results["parse-csv"]["rows_per_s"]),
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in results.values()), 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
