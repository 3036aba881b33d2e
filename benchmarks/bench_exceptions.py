"""Abnormal-order monitoring at scale, on the database benchmarks/bench_orders.py generates
(1,000,000 orders, SQLite; generated once with its generator and cached in the temp
folder).

    python benchmarks/bench_exceptions.py [--orders N]

Prints the first scan (which opens every finding of a database nobody watched), a second scan
(the steady state: nothing new, nothing gone, as every five minutes on a workstation), the
exception center's counts for the supervisor and for a reviewer (median of 7) and its first
page. The last line is one JSON object: {"counts_ms": ..., "scan_s": ..., ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_orders import GENERATOR_VERSION, generate


def cached_database(orders: int) -> Path:
    """bench_orders' generated database, at this branch's schema head (a cache made before
    the migrations were re-chained cannot be upgraded), copied for one run."""
    folder = Path(tempfile.gettempdir()) / "kuaidan-bench"
    folder.mkdir(exist_ok=True)
    cached = folder / f"exceptions-orders-{orders}-v{GENERATOR_VERSION}-0009q.db"
    if not cached.exists():
        started = time.perf_counter()
        print(f"generating {orders:,} orders into {cached} …", flush=True)
        generate(cached, orders)
        print(f"  generated in {time.perf_counter() - started:.1f} s", flush=True)
    work = folder / f"exc-work-{os.getpid()}.db"
    shutil.copyfile(cached, work)
    return work


def median_ms(call, times: int = 7) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(times):
        t0 = time.perf_counter()
        call()
        samples.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(samples), 2)


def run(path: Path) -> dict[str, object]:
    from sqlalchemy import func, select

    from app.exceptions import FindingFilter
    from app.permissions import Actor, Role
    from app.services import connect
    from app.uow import read, transaction
    from models import ExceptionFinding, Order, User, utcnow

    services = connect(f"sqlite:///{path}", backup_dir=path.parent / "backups")

    def add_users(uow):  # type: ignore[no-untyped-def]
        actors = []
        for name, role in (("bench_boss", Role.SUPERVISOR), ("bench_rev", Role.REVIEWER)):
            user = User(username=name, display_name=name, password_hash="x", role=role)
            uow.session.add(user)
            uow.session.flush()
            actors.append(Actor(user.id, user.username, user.role, user.display_name))
        return actors

    boss, reviewer = transaction(services.db, None, add_users)
    orders = read(services.db, lambda uow: uow.session.scalar(select(func.count(Order.id))))
    now = utcnow() + timedelta(hours=1)

    t0 = time.perf_counter()
    first = services.exceptions.scan(boss, now=now)
    first_s = time.perf_counter() - t0
    print(f"first scan     {first_s:8.2f} s  opened {first.total_opened:,}: {first.opened}")
    t0 = time.perf_counter()
    again = services.exceptions.scan(boss, now=now)
    scan_s = time.perf_counter() - t0
    opened, closed = again.total_opened, again.total_closed
    print(f"steady scan    {scan_s:8.2f} s  opened {opened}, closed {closed}")
    # The write lock is held per kind: the slowest kind is the longest another desk waits.
    from app.exceptions import Kind, scan_in

    per_kind: dict[str, float] = {}
    for kind in Kind:
        t0 = time.perf_counter()
        transaction(services.db, boss, lambda uow, k=kind: scan_in(uow.session, now, (k,)))
        per_kind[kind.value] = round(time.perf_counter() - t0, 3)
    slowest = max(per_kind, key=lambda k: per_kind[k])
    print(f"slowest kind   {per_kind[slowest]:8.2f} s  ({slowest}); per kind: {per_kind}")
    findings = read(
        services.db, lambda uow: uow.session.scalar(select(func.count(ExceptionFinding.id)))
    )
    counts_ms = median_ms(lambda: services.exceptions.counts(boss))
    reviewer_ms = median_ms(lambda: services.exceptions.counts(reviewer))
    page_ms = median_ms(lambda: services.exceptions.findings(boss, FindingFilter(), 500), 3)
    print(f"counts (all)   {counts_ms:8.2f} ms  {services.exceptions.counts(boss)}")
    print(f"counts (rev.)  {reviewer_ms:8.2f} ms")
    print(f"first page     {page_ms:8.2f} ms  (500 rows)")
    services.close()
    return {
        "orders": orders,
        "findings": findings,
        "counts_ms": counts_ms,
        "counts_reviewer_ms": reviewer_ms,
        "first_page_ms": page_ms,
        "scan_s": round(scan_s, 3),
        "first_scan_s": round(first_s, 3),
        "slowest_kind_s": per_kind[slowest],
        "slowest_kind": slowest,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    args = parser.parse_args()
    path = cached_database(args.orders)
    try:
        results = run(path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
