"""The audit log on screen with a million entries: the first page of my own actions and a
supervisor's filtered page (issue 19, item 5; target ≤ 200 ms each).

    python benchmarks/bench_audit.py [--entries N] [--fresh] [--url URL]

Fills a database (by default a SQLite file in the temp folder, kept and reused; `--url` for
a PostgreSQL or MariaDB database, emptied of audit entries first) with N audit entries over
180 days from 40 users, bulk-inserted through SQLAlchemy Core in chunks of 20,000: 70 % on
orders, the rest spread over the other actions the app writes. Then times, through the
service (`services.audit.page`, one read unit of work each, as the screen calls it):

- first_page_ms: a reviewer's own actions, newest first, 100 rows;
- second_page_ms: the page after it (keyset);
- filtered_page_ms: a supervisor's page for one user, one action and the last 30 days;
- action_page_ms, object_type_page_ms, today_page_ms, order_ms, order_detail_ms: other
  filters (one action; one object type; today; one order by number; an order's detail).

Each figure is the median of 7 runs after one warm-up (the file in the OS cache); `*_cold`
is the warm-up itself. The last line is one JSON object with the figures, `entries`,
`fill_s` and `load_avg` (on a shared machine a wall time includes waiting for a core).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, func, insert, select

from app.audit_queries import ACTIONS, AuditFilter
from app.auth import hash_password
from app.db import open_database
from app.migrate import upgrade
from app.permissions import Actor, Role
from app.services import Services
from models import AuditLog, User

USERS = 40
CHUNK = 20_000
DAYS = 180


def _fill(services: Services, entries: int, seed: int = 7) -> float:
    """Users and `entries` audit entries, newest last; returns the seconds it took."""
    rng = random.Random(seed)
    started = time.perf_counter()
    engine = services.db.write_engine
    password = hash_password("bench-audit-1")  # never logs in; stored as the app stores it
    roles = [Role.REVIEWER, Role.WAREHOUSE, Role.CUSTOMER_SERVICE, Role.SUPERVISOR]
    with engine.begin() as conn:
        conn.execute(delete(AuditLog))
        existing = set(conn.scalars(select(User.username)))
        conn.execute(
            insert(User),
            [
                {"username": f"bench{i:02d}", "display_name": f"员工{i:02d}",
                 "password_hash": password, "role": roles[i % len(roles)]}
                for i in range(USERS) if f"bench{i:02d}" not in existing
            ] or [{"username": "bench_spare", "display_name": "", "password_hash": password,
                   "role": Role.ANALYST}],
        )  # fmt: skip
    with engine.connect() as conn:
        user_ids = dict(conn.execute(select(User.username, User.id)).all())
    ids = [user_ids[f"bench{i:02d}"] for i in range(USERS)]
    order_actions = [a for a in ACTIONS if a.startswith("order.")]
    other = [a for a in ACTIONS if not a.startswith("order.")]
    start = datetime.now(UTC) - timedelta(days=DAYS)
    step = timedelta(days=DAYS) / entries
    seq = 0
    for first in range(0, entries, CHUNK):
        rows = []
        for n in range(first, min(first + CHUNK, entries)):
            seq += 1
            user = rng.choice(ids)
            if rng.random() < 0.7:
                action, kind, ref = rng.choice(order_actions), "order", str(rng.randint(1, 10**6))
            else:
                action = rng.choice(other)
                kind, ref = action.split(".")[0], str(rng.randint(1, 50_000))
            rows.append(
                {"seq": seq, "ts": start + step * n, "user_id": user, "username": f"u{user}",
                 "action": action, "entity_type": kind, "entity_id": ref,
                 "changes": '{"status":["approved","confirmed"]}', "prev_hash": "0" * 64,
                 "hash": f"{seq:064x}"}
            )  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(AuditLog), rows)
        if (first // CHUNK) % 10 == 0:
            print(f"  {first + len(rows):,} entries", file=sys.stderr, flush=True)
    return time.perf_counter() - started


def _time(call: Callable[[], object], runs: int = 7) -> tuple[float, float, object]:
    """(cold ms, median ms of `runs`, last result)."""
    t = time.perf_counter()
    result = call()
    cold = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - t) * 1000)
    return cold, statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="fill again even if cached")
    parser.add_argument("--url", default="", help="a server database (emptied of audit)")
    args = parser.parse_args()
    url = args.url or f"sqlite:///{Path(tempfile.gettempdir()) / 'kuaidan_bench_audit.db'}"
    db = open_database(url)
    upgrade(db)
    services = Services(db)
    with db.read_engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(AuditLog)) or 0
    fill_s = 0.0
    if args.fresh or have != args.entries:
        fill_s = _fill(services, args.entries)
    with db.read_engine.connect() as conn:
        entries = conn.scalar(select(func.count()).select_from(AuditLog)) or 0
        names = dict(conn.execute(select(User.username, User.id)).all())
        busy_order = conn.scalar(
            select(AuditLog.entity_id).where(AuditLog.entity_type == "order")
            .order_by(AuditLog.id.desc()).limit(1)
        )  # fmt: skip
    reviewer = Actor(names["bench00"], "bench00", Role.REVIEWER)
    boss = Actor(names["bench03"], "bench03", Role.SUPERVISOR)
    audit = services.audit
    now = datetime.now(UTC)
    midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    figures: dict[str, float] = {}

    def run(key: str, call: Callable[[], object]) -> object:
        cold, warm, result = _time(call)
        figures[f"{key}_ms"], figures[f"{key}_cold_ms"] = round(warm, 1), round(cold, 1)
        rows = getattr(result, "rows", result)
        print(f"{key:22} {warm:8.1f} ms (cold {cold:7.1f} ms), {len(rows)} rows")  # type: ignore[arg-type]
        return result

    first = run("first_page", lambda: audit.page(reviewer, AuditFilter()))
    run("second_page", lambda: audit.page(reviewer, AuditFilter(), first.next))  # type: ignore[attr-defined]
    filtered = AuditFilter(
        user_id=names["bench04"], action="order.approve", since=now - timedelta(days=30)
    )
    run("filtered_page", lambda: audit.page(boss, filtered))
    run("action_page", lambda: audit.page(boss, AuditFilter(action="stock.receive")))
    run("object_type_page", lambda: audit.page(boss, AuditFilter(object_type="ticket")))
    run("today_page", lambda: audit.page(boss, AuditFilter(since=midnight)))
    run(
        "order",
        lambda: audit.page(boss, AuditFilter(object_type="order", object_ref=busy_order or "1")),
    )
    run("order_detail", lambda: audit.for_order(boss, int(busy_order or 1)))
    out = {
        "first_page_ms": figures["first_page_ms"],
        "filtered_page_ms": figures["filtered_page_ms"],
        **{k: v for k, v in figures.items() if k not in ("first_page_ms", "filtered_page_ms")},
        "entries": entries,
        "backend": db.dialect,
        "fill_s": round(fill_s, 1),
        "load_avg": round(os.getloadavg()[0], 2),
    }
    db.dispose()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
