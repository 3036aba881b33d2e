"""Soak benchmark: N workstations (processes) on one database server, each a paced clerk.

    python benchmarks/bench_workstations.py [--db-url URL] [--n 1,5,10,20] [--seconds 30]
                                            [--think 0.5] [--import-rows 50000]

`--db-url` names the server (default PostgreSQL postgresql+psycopg://postgres@127.0.0.1:5432/
postgres; MariaDB mysql+pymysql://root@127.0.0.1:3306/mysql works too): every run gets a
throw-away database there, migrated and seeded with benchmarks/bench_import.py's catalogue
(8,000 SKUs with stock in two warehouses), 200 customers' phones and 100 service tickets.
With `--auto-confirm` the shop approves and confirms orders that pass the review rules on
intake (settings orders.auto_approve and orders.auto_confirm, off by default, as in the app):
then the import reserves stock too, on the rows the workstations' confirms take.

Each workstation is a separate process ("spawn", its own `Services`, as on a real desk).
Before the clock starts it warms up as a clerk's first minutes would (a lookup, one order
entered, one ticket reply: the imports, connections and first query plans), then waits a
random part of one pause (clerks do not all press a key in the same millisecond) and loops
for `--seconds`: it picks an action by weight, does it through the real services, then
thinks for a random 0.5-1.5 x `--think` seconds. The actions: manual create (one or two
lines of 20 hot SKUs, so reservations meet), review and approve (an order from the review
queue), confirm (reserves stock), customer lookup (phone, last four digits or name), ticket
reply, pick, pack and ship (each timed on its own) and a refund request on a shipped order:
a refund-only case, then its refund, timed as the two actions "case" and "refund" (two
dialogs, two Saves at the desk). Orders are taken from the shared queues, so two
workstations may reach for the same order: the loser's ConflictError counts as "refused",
as does a confirm without stock; nothing else may fail.

In every run with N > 1, workstation 0 imports a generated file of `--import-rows` rows
(benchmarks/bench_import_reader.py's generator, CSV) a quarter of the way in; the others go
on until the window is over and the import has finished. The import gives way to them as in
the app (app/background.py): the time it paused is printed with it.

import_max_wait_ms, the method: the import's own connections report their server process id
(pg_backend_pid() / CONNECTION_ID()) when they connect. A sampler in the parent asks the
server every 10 ms which sessions wait on a lock held by one of those ids: on PostgreSQL
`pg_locks` (not granted, `waitstart`) with `pg_blocking_pids()`; on MariaDB
`information_schema.innodb_lock_waits` with `innodb_trx`. A wait's length is now - its start
(PostgreSQL) or the span between the first and last sample that saw it plus one interval
(MariaDB); the largest over all runs is reported. Waits shorter than the interval can be
missed; they are below any target that matters. Beside it the latency of each action inside
the import's window is printed, which includes waiting for the CPU the import takes.

After each run: check-db (app.integrity.check_database), verify-audit (which seals what waits)
and an anomaly count: oversell (reserved > on hand, or a negative balance), double ship (two
ship events on an order), lost update (an order a workstation created or shipped that is not
so in the database, a ticket reply, case or refund request that is missing), an order
created without its "order.create" audit entry, an order number handed out twice, refund >
paid (per payment, refunds not rejected above the amount, or refunded above it), audit
chain broken, plus the check-db problem count. The last line is one JSON object: {"n20_p99_ms",
"n20_max_ms", "n20_actions_per_s", "n1_actions_per_s", "import_max_wait_ms", "anomalies"}
(the n20 keys come from the largest N run; p99 and max over all its actions).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
HOT_SKUS = [f"SKU-{n:05d}-{size}" for n in range(1, 6) for size in "SMLX"]  # 20 SKUs
PHONES = [f"139{n:08d}" for n in range(10_000_000, 10_000_200)]
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞"]
TICKETS = 100
WEIGHTS = {
    "create": 3, "approve": 3, "confirm": 3, "lookup": 3, "ticket_reply": 2, "pack_ship": 2,
    "refund": 1,
}  # fmt: skip
SAMPLE_S = 0.01


# -- the database of one run ------------------------------------------------------------------


def make_database(server: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"kd_ws_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        extra = " CHARACTER SET utf8mb4" if admin.dialect.name == "mysql" else ""
        conn.execute(text(f"CREATE DATABASE {name}{extra}"))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_database(server: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        force = " WITH (FORCE)" if admin.dialect.name == "postgresql" else ""
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}{force}"))
    admin.dispose()


def seed(url: str, workstations: int, auto_confirm: bool) -> list[Any]:
    """The catalogue, one admin per workstation (and a supervisor), tickets, and the shop's
    auto-approve and auto-confirm settings. Returns the actors."""
    from app.permissions import Actor, Role
    from app.services import connect
    from app.uow import transaction
    from benchmarks.bench_import import seed_catalogue
    from models import TicketKind, TicketPriority, User

    seed_catalogue(url)  # migrates too
    services = connect(url)

    def users(uow: Any) -> list[Actor]:
        made = []
        for i in range(workstations + 1):
            user = User(username=f"ws{i}", display_name=f"工位{i}", password_hash="-",
                        role=Role.ADMIN)  # fmt: skip
            uow.session.add(user)
            uow.session.flush()
            made.append(Actor(user.id, user.username, user.role, user.display_name))
        return made

    actors = transaction(services.db, None, users)
    for key in ("orders.auto_approve", "orders.auto_confirm"):
        services.settings.update(actors[-1], key, auto_confirm)
    for t in range(TICKETS):
        services.service_desk.create_ticket(
            actors[-1], TicketKind.INQUIRY, TicketPriority.NORMAL, f"咨询 {t}", "请问什么时候发货？"
        )
    services.close()
    return actors


def settle(url: str) -> None:
    """Start from a database at rest, as a shop's is: statistics taken and the seed's pages
    written out. Else the server's autovacuum and a checkpoint of the seed would run during
    the first seconds of the clock (a freshly loaded database, not the desks, measured)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("CHECKPOINT"))
        else:
            for table in inspect(conn).get_table_names():
                conn.execute(text(f"ANALYZE TABLE `{table}`"))
    engine.dispose()


# -- one workstation --------------------------------------------------------------------------


def _record_backend_ids(db: Any, pids: Any) -> None:
    """Every connection of this engine tells the parent its server process id, once. On
    checkout, not on connect: the login check's connection is made before this hook and is
    the one the import then uses (a "connect" hook never saw it, and the sampler was blind)."""
    from sqlalchemy import event

    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get("bench_pid_sent"):
            return
        info = getattr(dbapi_connection, "info", None)
        backend = getattr(info, "backend_pid", None)  # psycopg, without a query
        if backend is None:
            backend = dbapi_connection.thread_id()  # PyMySQL: the CONNECTION_ID()
        pids.put(int(backend))
        record.info["bench_pid_sent"] = True

    for engine in {db.write_engine, db.read_engine}:
        event.listen(engine, "checkout", on_checkout)


class Desk:
    """One workstation's clerk: the actions, and what they did (for the lost-update check)."""

    def __init__(self, services: Any, actor: Any, rng: random.Random) -> None:
        self.s, self.actor, self.rng = services, actor, rng
        self.created: list[int] = []
        self.shipped: list[int] = []
        self.refund_cases: list[int] = []
        self.refunded: list[int] = []  # cases whose refund request went through
        self.replies: dict[int, int] = defaultdict(int)
        self.refundable: list[int] = []  # own shipped orders without a case yet

    def queue(self, status: str) -> int | None:
        """An order from the shared queue, as the Orders tab lists it (not timed)."""
        from sqlalchemy import select

        from app.uow import read
        from models import Order

        ids = read(
            self.s.db,
            lambda uow: list(
                uow.session.scalars(
                    select(Order.id)
                    .where(Order.status == status, Order.is_on_hold.is_(False))
                    .order_by(Order.id.desc())
                    .limit(30)
                )
            ),
        )
        return self.rng.choice(ids) if ids else None

    def create(self) -> None:
        from app.orders import DraftLine, OrderDraft

        rng = self.rng
        skus = rng.sample(HOT_SKUS, rng.choice((1, 1, 2)))
        lines = tuple(DraftLine(sku, 1, Decimal("59.90")) for sku in skus)
        paid = Decimal("59.90") * len(lines) + Decimal("8.00")
        draft = OrderDraft(
            recipient_name=rng.choice(NAMES), recipient_phone=rng.choice(PHONES),
            province="上海市", city="上海市", district="浦东新区",
            address=f"川沙路 {rng.randint(1, 2000)} 号 {rng.randint(1, 30)} 栋",
            lines=lines, shipping_fee=Decimal("8.00"), paid_amount=paid,
        )  # fmt: skip
        self.created.append(self.s.orders.create(self.actor, draft).id)

    def approve(self, order_id: int) -> None:
        self.s.orders.approve(self.actor, order_id)

    def confirm(self, order_id: int) -> None:
        self.s.orders.confirm(self.actor, order_id)

    def lookup(self) -> None:
        phone = self.rng.choice(PHONES)
        text = self.rng.choice((phone, phone[-4:], self.rng.choice(NAMES)))
        self.s.customers.lookup(self.actor, text)

    def ticket_reply(self) -> None:
        ticket = self.rng.randint(1, TICKETS)
        self.s.service_desk.add_message(self.actor, ticket, "您好，已为您加急处理。")
        self.replies[ticket] += 1

    def open_case(self, order_id: int, line_id: int) -> None:
        """A refund-only case on a shipped order (the 新建售后 dialog's Save)."""
        from models import CaseKind

        case = self.s.aftersales.create_case(self.actor, self.customer_of(order_id),
                                             CaseKind.REFUND_ONLY, "late_delivery",
                                             [(line_id, 1)])  # fmt: skip
        self.refund_cases.append(case.case.id)

    def refund(self, order_id: int) -> None:
        """The case's refund request (the 申请退款 dialog's Save)."""
        from app.aftersales import RefundAsk

        self.s.aftersales.request_refund(
            self.actor, self.refund_cases[-1],
            RefundAsk(free_amounts={order_id: Decimal("5.00")}, reason="延迟发货补偿"),
        )  # fmt: skip
        self.refunded.append(self.refund_cases[-1])

    def customer_of(self, order_id: int) -> int:
        from sqlalchemy import select

        from app.uow import read
        from models import Order

        return read(
            self.s.db,
            lambda uow: uow.session.scalar(select(Order.customer_id).where(Order.id == order_id)),
        )

    def first_line(self, order_id: int) -> int:
        from sqlalchemy import select

        from app.uow import read
        from models import OrderLine

        return read(
            self.s.db,
            lambda uow: uow.session.scalar(
                select(OrderLine.id).where(OrderLine.order_id == order_id).limit(1)
            ),
        )


def workstation(
    url: str, index: int, actor: Any, seconds: float, think: float, import_file: str,
    importing: bool, start: Any, import_done: Any, results: Any, pids: Any,
    mix: dict[str, int],
) -> None:  # fmt: skip
    from app.errors import ConcurrencyError, ConflictError, InsufficientStock
    from app.services import connect

    services = connect(url, upgrade_schema=False)
    rng = random.Random(index * 7919 + 1)
    desk = Desk(services, actor, rng)
    samples: list[tuple[str, float, float, str, float]] = []  # action, start, ms, outcome, cpu ms
    import_window: tuple[float, float] | None = None
    errors: list[str] = []
    # Warm up before the clock starts, as a clerk's first minutes would: the imports, the
    # first connections and the first plans of the hot paths (one order entered, one reply).
    desk.lookup()
    desk.queue("pending_review")
    desk.create()
    desk.ticket_reply()
    import app.aftersales
    import app.orders  # noqa: F401

    start.wait(600)
    # Clerks do not all press a key in the same millisecond: each starts within one pause.
    time.sleep(think * rng.uniform(0.0, 1.0))
    began = time.time()
    import_at = began + seconds / 4 if import_file else None
    actions, weights = list(mix), list(mix.values())

    def timed(name: str, call: Any, *args: Any) -> bool:
        t0, c0 = time.time(), time.process_time()
        outcome = "ok"
        try:
            call(*args)
        except (ConflictError, ConcurrencyError, InsufficientStock):
            outcome = "refused"
        except Exception as exc:
            outcome = "error"
            if len(errors) < 5:
                errors.append(f"{name}: {type(exc).__name__}: {exc}"[:300])
        cpu_ms = (time.process_time() - c0) * 1000
        samples.append((name, t0, (time.time() - t0) * 1000, outcome, cpu_ms))
        return outcome == "ok"

    # The clerks go on while the import runs, however long it takes.
    while time.time() < began + seconds or not (import_done.is_set() or not importing):
        if import_at is not None and time.time() >= import_at:
            import_at = None
            importer = connect(url, upgrade_schema=False)
            _record_backend_ids(importer.db, pids)
            t0 = time.time()
            try:
                result = importer.importing.run(actor, import_file)
                paused = getattr(result, "paused_s", 0.0)  # 0: a version that never paused
                print(f"  import: {result.orders_created:,} orders from {result.rows_read:,} "
                      f"rows in {time.time() - t0:.1f} s, of which {paused:.1f} s given way",
                      flush=True)  # fmt: skip
            except Exception as exc:
                errors.append(f"import: {type(exc).__name__}: {exc}"[:300])
            import_window = (t0, time.time())
            import_done.set()
            importer.close()
            continue
        action = rng.choices(actions, weights)[0]
        if action == "approve":
            order = desk.queue("pending_review")
            action = "approve" if order else "create"
            if order:
                timed("approve", desk.approve, order)
        elif action == "confirm":
            order = desk.queue("approved")
            action = "confirm" if order else "create"
            if order:
                timed("confirm", desk.confirm, order)
        elif action == "pack_ship":
            order = desk.queue("confirmed")
            action = "pack_ship" if order else "create"
            if order:
                done = timed("pick", services.orders.pick, actor, order)
                done = done and timed("pack", services.orders.pack, actor, order)
                if done and timed("ship", services.orders.ship, actor, order):
                    desk.shipped.append(order)
                    desk.refundable.append(order)
        elif action == "refund":
            action = "refund" if desk.refundable else "create"
            if desk.refundable:
                order = desk.refundable.pop()
                if timed("case", desk.open_case, order, desk.first_line(order)):
                    timed("refund", desk.refund, order)
        elif action == "lookup":
            timed("lookup", desk.lookup)
        elif action == "ticket_reply":
            timed("ticket_reply", desk.ticket_reply)
        if action == "create":
            timed("create", desk.create)
        time.sleep(think * rng.uniform(0.5, 1.5))
    services.close()
    results.put(
        {
            "index": index, "samples": samples, "errors": errors, "import": import_window,
            "created": desk.created, "shipped": desk.shipped, "refund_cases": desk.refund_cases,
            "refunded": desk.refunded,
            "replies": dict(desk.replies),
        }
    )  # fmt: skip


# -- lock waits on the import ----------------------------------------------------------------


class LockSampler(threading.Thread):
    """Samples who waits on a lock held by the import's connections (see the docstring)."""

    def __init__(self, url: str, pids: Any) -> None:
        super().__init__(daemon=True)
        from sqlalchemy import create_engine

        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.mysql = self.engine.dialect.name == "mysql"
        self.pids_queue = pids
        self.import_pids: set[int] = set()
        self.max_ms = 0.0
        self.waiters: set[str] = set()
        self.longest = ""  # what the longest wait waited for (PostgreSQL)
        self.stop = threading.Event()
        self._first_seen: dict[str, float] = {}

    def run(self) -> None:
        from sqlalchemy import text

        pg = text(
            "SELECT l.pid, l.waitstart, "
            "extract(epoch FROM clock_timestamp() - l.waitstart) * 1000, "
            "l.locktype || ' ' || coalesce(CAST(l.relation AS regclass)::text, '') || ' ' "
            "|| l.mode || ': ' || left(a.query, 60) "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE NOT l.granted AND l.waitstart IS NOT NULL "
            "AND pg_blocking_pids(l.pid) && CAST(:pids AS integer[])"
        )
        my = text(
            "SELECT w.requesting_trx_id FROM information_schema.innodb_lock_waits w "
            "JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_trx_id "
            "WHERE b.trx_mysql_thread_id IN :pids"
        ).bindparams()
        with self.engine.connect() as conn:
            while not self.stop.is_set():
                while not self.pids_queue.empty():
                    self.import_pids.add(self.pids_queue.get())
                if self.import_pids:
                    now = time.perf_counter()
                    if self.mysql:
                        ids = ",".join(str(p) for p in self.import_pids)
                        rows = conn.execute(text(str(my).replace(":pids", f"({ids})"))).all()
                        seen = {str(r[0]) for r in rows}
                        for trx in seen:
                            first = self._first_seen.setdefault(trx, now)
                            self._note((now - first) * 1000 + SAMPLE_S * 1000, trx, "")
                        for trx in set(self._first_seen) - seen:
                            del self._first_seen[trx]
                    else:
                        rows = conn.execute(pg, {"pids": sorted(self.import_pids)}).all()
                        for pid, since, ms, what in rows:
                            self._note(float(ms), f"{pid}@{since}", what)
                self.stop.wait(SAMPLE_S)
        self.engine.dispose()

    def _note(self, ms: float, who: str, what: str) -> None:
        self.waiters.add(who)
        if ms > self.max_ms:
            self.max_ms, self.longest = ms, what


# -- a run ------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def anomalies(url: str, reports: list[dict[str, Any]], seeded_messages: int) -> dict[str, int]:
    from sqlalchemy import func, select, text

    from app.integrity import check_database

    try:
        from app.maintenance import verify_audit
    except ImportError:  # a version before insert-then-seal (for the figures before)
        from app.audit import verify_chain

        def verify_audit(db: Any) -> Any:
            return read(db, lambda uow: verify_chain(uow.session))

    from app.services import connect
    from app.uow import read
    from models import AuditLog, Order, OrderStatus, Refund, ReturnCase, TicketMessage

    services = connect(url, upgrade_schema=False)
    db = services.db
    created = [i for r in reports for i in r["created"]]
    shipped = [i for r in reports for i in r["shipped"]]
    cases = [i for r in reports for i in r["refund_cases"]]
    refunded_cases = [i for r in reports for i in r["refunded"]]
    replies = sum(n for r in reports for n in r["replies"].values())

    def count(sql: str) -> int:
        return int(read(db, lambda uow: uow.session.scalar(text(sql))) or 0)

    def work(uow: Any) -> dict[str, int]:
        s = uow.session
        found = set()
        for part in range(0, len(created), 1000):
            found |= set(
                s.scalars(select(Order.id).where(Order.id.in_(created[part : part + 1000])))
            )
        still_shipped = set()
        for part in range(0, len(shipped), 1000):
            still_shipped |= set(
                s.scalars(
                    select(Order.id).where(
                        Order.id.in_(shipped[part : part + 1000]),
                        Order.status == OrderStatus.SHIPPED,
                    )
                )
            )
        opened, refunded, audited = set(), set(), set()
        for part in range(0, len(cases), 1000):
            opened |= set(
                s.scalars(select(ReturnCase.id).where(ReturnCase.id.in_(cases[part : part + 1000])))
            )
        for part in range(0, len(refunded_cases), 1000):
            refunded |= set(
                s.scalars(
                    select(Refund.case_id).where(
                        Refund.case_id.in_(refunded_cases[part : part + 1000])
                    )
                )
            )
        for part in range(0, len(created), 1000):
            audited |= set(
                s.scalars(
                    select(AuditLog.entity_id).where(
                        AuditLog.action == "order.create",
                        AuditLog.entity_id.in_([str(i) for i in created[part : part + 1000]]),
                    )
                )
            )
        messages = s.scalar(select(func.count()).select_from(TicketMessage)) or 0
        numbers = s.execute(
            select(func.count(Order.order_no), func.count(func.distinct(Order.order_no)))
        ).one()
        return {
            "lost_update": (len(set(created) - found) + len(set(shipped) - still_shipped)
                            + len(set(cases) - opened) + len(set(refunded_cases) - refunded)
                            + abs(messages - seeded_messages - replies)),
            # Every order the desks created has its creation in the audit trail, and no
            # order number was handed out twice.
            "unaudited_create": len({str(i) for i in created} - audited),
            "duplicate_number": numbers[0] - numbers[1],
        }  # fmt: skip

    result = read(db, work)
    result["oversell"] = count(
        "SELECT count(*) FROM stock_levels WHERE reserved > on_hand OR on_hand < 0 OR reserved < 0"
    )
    result["double_ship"] = count(
        "SELECT count(*) FROM (SELECT order_id FROM order_events WHERE action = 'ship' "
        "GROUP BY order_id HAVING count(*) > 1) x"
    )
    result["refund_over_paid"] = count(
        "SELECT count(*) FROM payments p WHERE p.refunded_amount > p.amount OR p.amount < "
        "(SELECT coalesce(sum(r.amount), 0) FROM refunds r WHERE r.payment_id = p.id "
        "AND r.status <> 'rejected')"
    )
    audit = verify_audit(db)
    result["audit_broken"] = 0 if audit.ok else 1
    report = check_database(db)
    result["check_db"] = report.problem_count
    if not report.ok:
        for check in report.checks:
            if not check.ok:
                print(f"  check-db: {check}"[:400])
    if not audit.ok:
        print(f"  verify-audit: {audit.problem}")
    services.close()
    return result


def run(
    server: str,
    n: int,
    seconds: float,
    think: float,
    import_file: str,
    auto_confirm: bool,
    mix: dict[str, int],
) -> dict[str, Any]:
    url = make_database(server)
    try:
        actors = seed(url, n, auto_confirm)
        settle(url)
        from sqlalchemy import func, select

        from app.db import open_database
        from app.uow import read
        from models import TicketMessage

        db = open_database(url)
        seeded = read(
            db, lambda uow: uow.session.scalar(select(func.count()).select_from(TicketMessage))
        )
        db.dispose()
        ctx = multiprocessing.get_context("spawn")
        start, results, pids = ctx.Barrier(n + 1), ctx.Queue(), ctx.Queue()
        import_done = ctx.Event()
        procs = [
            ctx.Process(
                target=workstation,
                args=(
                    url,
                    i,
                    actors[i],
                    seconds,
                    think,
                    import_file if i == 0 else "",
                    bool(import_file),
                    start,
                    import_done,
                    results,
                    pids,
                    mix,
                ),
            )
            for i in range(n)
        ]
        for p in procs:
            p.start()
        sampler = LockSampler(url, pids)
        start.wait(600)
        sampler.start()
        began = time.time()
        reports = [results.get(timeout=seconds + 1800) for _ in procs]
        for p in procs:
            p.join(60)
        sampler.stop.set()
        sampler.join(10)
        ended = max(max((s[1] + s[2] / 1000 for s in r["samples"]), default=began)
                    for r in reports)  # fmt: skip
        window = next((r["import"] for r in reports if r["import"]), None)
        samples = [s for r in reports for s in r["samples"]]
        by_action: dict[str, list[float]] = defaultdict(list)
        refused: dict[str, int] = defaultdict(int)
        failed: dict[str, int] = defaultdict(int)
        in_import: dict[str, list[float]] = defaultdict(list)
        if os.environ.get("KUAIDAN_BENCH_DUMP"):
            dump = {"began": began, "import": window, "samples": samples}
            Path(os.environ["KUAIDAN_BENCH_DUMP"] + f".{n}.json").write_text(json.dumps(dump))
        for name, t0, ms, outcome, _cpu in samples:
            by_action[name].append(ms)
            refused[name] += outcome == "refused"
            failed[name] += outcome == "error"
            if window and window[0] <= t0 <= window[1]:
                in_import[name].append(ms)
        # Actions per second over the whole run (the import's own time not counted).
        elapsed = max(ended - began, seconds)
        rate = len(samples) / elapsed
        creates = sum(1 for s in samples if s[0] == "create" and s[3] == "ok") / elapsed
        print(f"N={n}: {len(samples)} actions, {rate:.1f} actions/s, {creates:.2f} creates/s "
              f"(run {ended - began:.0f} s)")  # fmt: skip
        print(f"  {'action':14} {'count':>6} {'refused':>7} {'errors':>6} {'p50':>7} {'p95':>7} "
              f"{'p99':>7} {'max':>7}  in import p99/max")  # fmt: skip
        for name in sorted(by_action):
            v = by_action[name]
            imp = in_import.get(name, [])
            extra = f"{percentile(imp, 0.99):7.0f} {max(imp):7.0f}" if imp else ""
            print(f"  {name:14} {len(v):6} {refused[name]:7} {failed[name]:6} "
                  f"{percentile(v, 0.5):7.0f} {percentile(v, 0.95):7.0f} "
                  f"{percentile(v, 0.99):7.0f} {max(v):7.0f}  {extra}")  # fmt: skip
        slowest = sorted(samples, key=lambda s: -s[2])[:5]
        print("  slowest: " + ", ".join(
            f"{name} {ms:.0f} ms at {t0 - began:.1f} s (CPU {cpu:.0f} ms)"
            for name, t0, ms, _o, cpu in slowest
        ))  # fmt: skip
        for r in reports:
            for e in r["errors"]:
                print(f"  ws{r['index']} error: {e}")
        if window:
            print(f"  import window {window[1] - window[0]:.1f} s; lock waits on the import: "
                  f"{len(sampler.waiters)}, longest {sampler.max_ms:.0f} ms "
                  f"({sampler.longest})")  # fmt: skip
        found = anomalies(url, reports, int(seeded or 0))
        total = sum(v for k, v in found.items())
        print(f"  anomalies {total}: {found}", flush=True)
        everything = [ms for v in by_action.values() for ms in v]
        return {
            "actions_per_s": rate, "creates_per_s": creates,
            "p99_ms": percentile(everything, 0.99), "max_ms": max(everything, default=0.0),
            "import_wait_ms": sampler.max_ms if window else None, "anomalies": total,
            "errors": sum(failed.values()),
        }  # fmt: skip
    finally:
        drop_database(server, url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", default=PG_ADMIN, help="the server (a throw-away DB per run)")
    parser.add_argument("--n", default="1,5,10,20", help="workstation counts, comma-separated")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--think", type=float, default=0.5, help="mean pause between actions")
    parser.add_argument("--import-rows", type=int, default=50_000, help="0: no import")
    parser.add_argument(
        "--weights",
        default="",
        help="change the mix, e.g. ticket_reply=12 (a write-heavy run of ticket messages)",
    )
    parser.add_argument(
        "--auto-confirm",
        action="store_true",
        help="turn the shop's auto-approve and auto-confirm on (the import then reserves stock)",
    )
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kuaidan_bench")
    args = parser.parse_args()
    counts = [int(x) for x in args.n.split(",")]
    mix = dict(WEIGHTS)
    for part in filter(None, args.weights.split(",")):
        name, _, weight = part.partition("=")
        if name not in WEIGHTS:
            parser.error(f"--weights: no action {name!r} (one of {', '.join(WEIGHTS)})")
        mix[name] = int(weight)
    import_file = ""
    if args.import_rows:
        from benchmarks.bench_import_reader import ensure_files

        import_file = str(ensure_files(args.cache, args.import_rows)[1])
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f}; server {args.db_url}")
    runs = {
        n: run(
            args.db_url,
            n,
            args.seconds,
            args.think,
            import_file if n > 1 else "",
            args.auto_confirm,
            mix,
        )
        for n in counts
    }
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f}")
    top, one = runs[max(counts)], runs[min(counts)]
    waits = [r["import_wait_ms"] for r in runs.values() if r["import_wait_ms"] is not None]
    print(
        json.dumps(
            {
                "n20_p99_ms": round(top["p99_ms"], 1),
                "n20_max_ms": round(top["max_ms"], 1),
                "n20_actions_per_s": round(top["actions_per_s"], 2),
                "n1_actions_per_s": round(one["actions_per_s"], 2),
                "import_max_wait_ms": round(max(waits), 1) if waits else None,
                "anomalies": sum(r["anomalies"] for r in runs.values()),
            }
        )
    )


if __name__ == "__main__":
    main()
