"""Benchmark reservations from several workstations at once, and prove none oversold.

    python benchmarks/bench_reserve.py [--units N] [--pg-admin URL] [--no-pg]

For SQLite (a local file) and PostgreSQL (a throw-away database on the server named by
--pg-admin, default postgresql+psycopg://postgres@127.0.0.1:5432/postgres), and for 1, 4 and
8 processes: stock N units spread over 4 SKUs, then let every process reserve one unit at a
time through `InventoryService.reserve_for_order` (permission check, conditional UPDATE,
ledger row, audit entry, commit) until nothing is left. Processes use the "spawn" context and
open their own database, as separate workstations would; timing starts when all are ready.

Prints reservations per second per run; oversell counts reservations beyond the stock (must
be 0), missed counts units left unreserved (must be 0 too). The last line is one JSON object:
{"sqlite": {"1": r, "4": r, "8": r}, "postgresql": {...}, "oversell": 0}.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import open_database
from app.errors import ConcurrencyError, InsufficientStock
from app.inventory import InventoryService
from app.migrate import upgrade
from app.permissions import Actor, Role
from app.stock import StockLine
from app.uow import transaction
from models import Order, OrderStatus, User

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PROCESS_COUNTS = (1, 4, 8)
SKUS = 4


def worker(
    url: str,
    actor: Actor,
    order_no: str,
    targets: list[tuple[int, int]],
    start: Any,
    results: Any,
    index: int,
) -> None:
    db = open_database(url, pool_size=1)
    service = InventoryService(db)
    successes, turn = 0, index
    empty: set[tuple[int, int]] = set()
    try:
        start.wait(300)
        while len(empty) < len(targets):
            target = targets[turn % len(targets)]
            turn += 1
            if target in empty:
                continue
            try:
                service.reserve_for_order(
                    actor, order_no, [StockLine(target[0], 1)], warehouse_id=target[1]
                )
            except InsufficientStock:
                empty.add(target)
            except ConcurrencyError:
                continue
            else:
                successes += 1
        results.put((successes, time.perf_counter()))
    finally:
        db.dispose()


def prepare(url: str, units: int, run: str) -> tuple[Actor, str, list[tuple[int, int]]]:
    """A clerk, a warehouse, SKUs holding `units` in total, and an open order."""
    db = open_database(url)
    service = InventoryService(db)

    def users(uow: Any) -> tuple[Actor, Actor]:
        made = []
        for name, role in ((f"admin-{run}", Role.ADMIN), (f"clerk-{run}", Role.WAREHOUSE)):
            user = User(username=name, display_name=name, password_hash="-", role=role)
            uow.session.add(user)
            uow.session.flush()
            made.append(Actor(user.id, user.username, user.role))
        uow.session.add(
            Order(order_no=f"KD-{run}", status=OrderStatus.APPROVED, recipient_name="bench")
        )
        return made[0], made[1]

    admin, clerk = transaction(db, None, users)
    warehouse = service.create_warehouse(admin, f"W{run}", "bench").id
    targets = []
    for n in range(SKUS):
        product = service.create_product(admin, f"B{run}-{n}", "bench", warehouse_ids=[]).id
        qty = units // SKUS + (1 if n < units % SKUS else 0)
        service.receive(admin, warehouse, [StockLine(product, qty)])
        targets.append((product, warehouse))
    db.dispose()
    return clerk, f"KD-{run}", targets


def measure(url: str, processes: int, units: int) -> tuple[float, int, int]:
    """Reservations per second, oversold units, missed units."""
    run = uuid.uuid4().hex[:6]
    clerk, order_no, targets = prepare(url, units, run)
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(processes + 1)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=worker, args=(url, clerk, order_no, targets, start, results, i))
        for i in range(processes)
    ]
    for p in procs:
        p.start()
    start.wait(300)
    began = time.perf_counter()
    finished = [results.get(timeout=900) for _ in procs]
    for p in procs:
        p.join(60)
    elapsed = max(end for _, end in finished) - began
    reserved = sum(n for n, _ in finished)
    db = open_database(url)
    service = InventoryService(db)
    admin = transaction(
        db,
        None,
        lambda uow: Actor(
            uow.session.query(User.id).filter_by(username=f"admin-{run}").scalar(),
            f"admin-{run}",
            Role.ADMIN,
        ),
    )
    rows = [service.stock_row(admin, p, w) for p, w in targets]
    assert service.ledger_differences(admin) == [], "balances differ from the ledger"
    db.dispose()
    in_db = sum(r.reserved for r in rows)
    oversell = max(0, reserved - units) + sum(max(0, r.reserved - r.on_hand) for r in rows)
    missed = max(0, units - reserved) + abs(in_db - reserved)
    return reserved / elapsed, oversell, missed


def backend_runs(name: str, url: str, units: int) -> tuple[dict[str, float], int, int]:
    db = open_database(url)
    upgrade(db)
    db.dispose()
    rates: dict[str, float] = {}
    oversell = missed = 0
    for processes in PROCESS_COUNTS:
        rate, over, miss = measure(url, processes, units)
        rates[str(processes)] = round(rate, 1)
        oversell += over
        missed += miss
        print(
            f"{name:10} {processes} process(es): {rate:8.1f} reservations/s  "
            f"oversell {over}  missed {miss}",
            flush=True,
        )
    return rates, oversell, missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=800, help="units to reserve per run")
    parser.add_argument("--pg-admin", default=PG_ADMIN)
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    summary: dict[str, Any] = {}
    oversell = missed = 0
    with tempfile.TemporaryDirectory() as folder:
        rates, over, miss = backend_runs("sqlite", f"sqlite:///{folder}/bench.db", args.units)
        summary["sqlite"] = rates
        oversell, missed = oversell + over, missed + miss
    if not args.no_pg:
        admin = create_engine(args.pg_admin, isolation_level="AUTOCOMMIT")
        name = f"kd_bench_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        try:
            url = make_url(args.pg_admin).set(database=name).render_as_string(hide_password=False)
            rates, over, miss = backend_runs("postgresql", url, args.units)
            summary["postgresql"] = rates
            oversell, missed = oversell + over, missed + miss
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()
    summary["oversell"] = oversell
    print(f"units left unreserved (must be 0): {missed}")
    print(json.dumps(summary))
    return 0 if oversell == missed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
