"""Backups at scale, on the million-order SQLite database bench_orders.py generates.

    python benchmarks/bench_backup.py [--orders N] [--fresh] [--pg-admin URL] [--no-pg]
        [--backup-only | --migrate-only]

Measures: backup (time and size) while a second workstation (another process) writes every
20 ms, and that workstation's longest write pause during the backup; verify-backup (the
file's hashes, then restored into a temporary database and checked there); restore (check
the file, replace the live database; the safety backup made first is timed apart, it is a
backup); migrate SQLite → PostgreSQL (snapshot, COPY with the indexes built after, the
COPY text read back and compared), with its wall time per step and its CPU split.
The last line is one JSON object: backup_s, backup_mb, verify_s, restore_s, migrate_pg_s.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_orders import cached_database

from app.backup import verify_backup
from app.backup_service import RESTORE_CONFIRMATION
from app.permissions import Actor, Role
from app.services import connect

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def second_workstation(path: str, stop: Any, pauses: Any, started: Any) -> None:
    """Another process writing a small unit every 20 ms; sends its longest wait (ms) before
    `started` is set (the machine's own noise) and after it (during the backup)."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("INSERT OR IGNORE INTO counters (name, value) VALUES ('bench:writes', 0)")
    longest, baseline, count = 0.0, 0.0, 0
    while not stop.is_set():
        begun = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE counters SET value = value + 1 WHERE name = 'bench:writes'")
        conn.execute("COMMIT")
        took = (time.perf_counter() - begun) * 1000
        if started.is_set():
            longest = max(longest, took)
            count += 1
        else:
            baseline = max(baseline, took)
        time.sleep(0.02)
    conn.close()
    pauses.put((longest, count, baseline))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="regenerate the cached database")
    parser.add_argument("--pg-admin", default=PG_ADMIN)
    parser.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL migration")
    parser.add_argument(
        "--backup-only", action="store_true", help="only the backup and the write pauses"
    )
    parser.add_argument("--migrate-only", action="store_true", help="only the migration")
    args = parser.parse_args()
    path = cached_database(args.orders, args.fresh)
    out_dir = Path(tempfile.mkdtemp(prefix="kuaidan-bench-backup-", dir=path.parent))
    results: dict[str, Any] = {}
    try:
        results = run(path, out_dir, args)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        for leftover in out_dir.iterdir():
            leftover.unlink()
        out_dir.rmdir()
    print(json.dumps(results))


def run(path: Path, out_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    admin = Actor(user_id=0, username="bench", role=Role.ADMIN)
    services = connect(f"sqlite:///{path}")
    size_mb = path.stat().st_size / 1e6
    print(f"database: {args.orders:,} orders, {size_mb:.0f} MB", flush=True)
    backup_s = backup_mb = verify_s = restore_s = None
    if not args.migrate_only:
        backup_s, backup_mb, verify_s, restore_s = _local_steps(
            services, admin, path, out_dir, args
        )
        if args.backup_only:
            services.close()
            return {"backup_s": round(backup_s, 2), "backup_mb": round(backup_mb, 1)}
    migrate_pg_s = None
    if not args.no_pg:
        migrate_pg_s = _migrate(services, admin, args)
    services.close()
    return {
        "backup_s": round(backup_s, 2) if backup_s is not None else None,
        "backup_mb": round(backup_mb, 1) if backup_mb is not None else None,
        "verify_s": round(verify_s, 2) if verify_s is not None else None,
        "restore_s": round(restore_s, 2) if restore_s is not None else None,
        "migrate_pg_s": round(migrate_pg_s, 2) if migrate_pg_s is not None else None,
    }


def _local_steps(
    services: Any, admin: Actor, path: Path, out_dir: Path, args: argparse.Namespace
) -> tuple[float, float, float, float]:
    stop, began = multiprocessing.Event(), multiprocessing.Event()
    pauses: Any = multiprocessing.Queue()
    writer = multiprocessing.Process(
        target=second_workstation, args=(str(path), stop, pauses, began)
    )
    writer.start()
    time.sleep(5.0)  # the writer's pauses without a backup: this machine's own noise
    began.set()
    target = out_dir / "bench.kdbak"
    made = services.backups.create(admin, target)
    stop.set()
    longest, writes, baseline = pauses.get(timeout=60)
    writer.join()
    backup_s, backup_mb = made.seconds, made.size_bytes / 1e6
    print(f"backup: {backup_s:.1f} s, {backup_mb:.0f} MB, {made.manifest.total_rows:,} rows",
          flush=True)  # fmt: skip
    print(f"second workstation during the backup: {writes} writes, longest write pause "
          f"{longest:.0f} ms (in the 5 s before it, without a backup: {baseline:.0f} ms)",
          flush=True)  # fmt: skip

    if args.backup_only:
        return backup_s, backup_mb, 0.0, 0.0
    started = time.perf_counter()
    report = verify_backup(target)
    verify_s = time.perf_counter() - started
    print(f"verify-backup: {verify_s:.1f} s, ok={report.ok} {report.problems[:3]}", flush=True)

    started = time.perf_counter()
    result = services.backups.restore(
        admin, target, confirmation=RESTORE_CONFIRMATION, safety_backup=False
    )
    restore_s = time.perf_counter() - started
    print(f"restore: {restore_s:.1f} s (without the safety backup, which costs a backup), "
          f"counts ok={result.counts_ok}", flush=True)  # fmt: skip

    return backup_s, backup_mb, verify_s, restore_s


class ServerCpu:
    """CPU seconds the PostgreSQL backends serving database `name` (and their parallel
    workers) used, sampled from /proc every 0.2 s: a process that ends between samples
    loses at most 0.2 s."""

    def __init__(self, name: str) -> None:
        import threading

        self.name = name.encode()
        self.seen: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self.stop.is_set():
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    with open(f"/proc/{entry}/cmdline", "rb") as f:
                        cmdline = f.read()
                    # The backends of the database, and their parallel workers (the
                    # index builds): "parallel worker for PID n".
                    leader = cmdline.rsplit(b"PID ", 1)[-1].strip(b"\0 ")
                    helper = b"parallel worker" in cmdline and leader.isdigit()
                    if self.name not in cmdline and not (helper and int(leader) in self.seen):
                        continue
                    with open(f"/proc/{entry}/stat", encoding="ascii") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    self.seen[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
                except OSError:
                    continue
            time.sleep(0.2)

    def total(self) -> float:
        self.stop.set()
        self.thread.join()
        return sum(self.seen.values())


class Steps:
    """Wall time per progress step (first to last report) for the breakdown."""

    def __init__(self) -> None:
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.first.setdefault(step, now)
        self.last[step] = now

    def lines(self, started: float) -> str:
        order = sorted(self.first, key=lambda k: self.first[k])
        return ", ".join(
            f"{k} {self.first[k] - started:.1f}-{self.last[k] - started:.1f} s" for k in order
        )


def _migrate(services: Any, admin: Actor, args: argparse.Namespace) -> float:
    import resource

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"kd_bench_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(args.pg_admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        url = make_url(args.pg_admin).set(database=name).render_as_string(hide_password=False)
        server_cpu = ServerCpu(name)
        steps = Steps()
        before = (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
        started = time.perf_counter()
        migrated = services.backups.migrate_to(admin, url, progress=steps)
        migrate_pg_s = time.perf_counter() - started
        after = (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
        own = sum(a.ru_utime + a.ru_stime - (b.ru_utime + b.ru_stime)
                  for a, b in zip(after, before, strict=True))  # fmt: skip
        print(f"migrate to PostgreSQL: {migrate_pg_s:.1f} s, verified ok={migrated.ok} "
              f"{migrated.problems[:3]}", flush=True)  # fmt: skip
        print(f"  steps (wall): {steps.lines(started)}", flush=True)
        print(f"  CPU: Kuaidan {own:.1f} s (with its hashing processes), PostgreSQL backends "
              f"{server_cpu.total():.1f} s; wall {migrate_pg_s:.1f} s on 2 shared cores",
              flush=True)  # fmt: skip
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin_engine.dispose()
    return migrate_pg_s


if __name__ == "__main__":
    main()
    os._exit(0)
