"""A restore of a shared server puts the other workstations into maintenance: while it runs
their writes wait and are then refused with a message, never applied to the restored data;
afterwards they write again. A restore killed with -9 leaves the database whole and does not
lock the workstations out. Real PostgreSQL and MariaDB, a second engine as the workstation."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import backup as snap
from app.backup_service import RESTORE_CONFIRMATION
from app.db import Database, open_database
from app.demo import generate_demo
from app.errors import MaintenanceActive
from app.integrity import check_database
from app.permissions import Role
from app.services import Services
from app.states import OrderStatus
from app.uow import MAINTENANCE_KEY, read
from models import Order, Setting
from tests.conftest import add_user

# `sqlite_only` keeps conftest from adding its three backends: this module runs on the two
# servers only (embedded SQLite has one workstation and no maintenance state).
pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" in metafunc.fixturenames:
        metafunc.parametrize("db_url", ["postgresql", "mysql"], indirect=True)


def _pending(db: Database) -> list[int]:
    return read(
        db,
        lambda uow: list(
            uow.session.scalars(
                select(Order.id)
                .where(Order.status == OrderStatus.PENDING_REVIEW, Order.is_on_hold.is_(False))
                .order_by(Order.id)
            )
        ),
    )


def _orders_sum(db: Database) -> snap.TableSum:
    return next(t for t in snap.snapshot_sums(db, Path(".")) if t.name == "orders")


def _marker(db: Database) -> str | None:
    return read(
        db,
        lambda uow: uow.session.execute(
            select(Setting.value).where(Setting.key == MAINTENANCE_KEY)
        ).scalar_one_or_none(),
    )


def test_other_workstation_cannot_write_during_a_restore(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    other = open_database(db_url)  # the second workstation: its own engine and connections
    try:
        services = Services.for_database(db)
        second = Services.for_database(other)
        generate_demo(db, seed=11, orders=300, customers=30)
        admin = add_user(db, "boss", Role.ADMIN)
        reviewer = add_user(db, "rev", Role.REVIEWER)
        pending = _pending(db)
        assert len(pending) > 10
        made = services.backups.create(admin, tmp_path / "before.kdbak")
        backup_orders = next(t for t in made.manifest.tables if t.name == "orders")
        second.orders.approve(reviewer, pending[0])  # a change the restore takes back

        outcome: dict[str, object] = {}
        during: list[bool] = []

        def write_during_restore() -> None:
            begun = time.monotonic()
            try:
                second.orders.approve(reviewer, pending[1])
                outcome["result"] = "written"
            except MaintenanceActive as exc:
                outcome["result"] = exc
            outcome["waited"] = time.monotonic() - begun

        def progress(step: str, done: int, total: int) -> None:
            # Inside the restore's copy (its transaction holds the tables): the second
            # workstation tries to approve an order; it must not get through meanwhile.
            if step == "restoring" and not during:
                during.append(True)
                state = second.backups.maintenance_state()
                outcome["state"] = state
                worker = threading.Thread(target=write_during_restore)
                outcome["worker"] = worker
                worker.start()
                worker.join(1.0)
                outcome["done_while_restoring"] = "result" in outcome

        result = services.backups.restore(
            admin, made.path, confirmation=RESTORE_CONFIRMATION, progress=progress,
            safety_backup=False,
        )  # fmt: skip
        assert result.counts_ok, result.problems
        worker = outcome["worker"]
        assert isinstance(worker, threading.Thread)
        worker.join(60)
        assert during, "the restore reported no copy step"
        state = outcome["state"]
        assert getattr(state, "active", False) and getattr(state, "by", "") == "boss"
        refused = outcome.get("result")
        # Never written; refused with the plain message once the restore committed (it
        # waited on the restore's locks until then, or was refused at once).
        assert isinstance(refused, MaintenanceActive), refused
        assert "being restored from a backup by boss" in str(refused)
        if outcome["done_while_restoring"]:  # refused before the copy ended: fine, not written
            assert outcome["waited"] < 1.0  # type: ignore[operator]
        # The restored orders are the backup's: neither approval is there.
        now = _orders_sum(db)
        assert (now.rows, now.sha256) == (backup_orders.rows, backup_orders.sha256)
        audited = read(
            db,
            lambda uow: uow.session.execute(
                text("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'")
            ).scalar(),
        )
        assert audited == 1
        # The maintenance ended with the restore: the second workstation writes again.
        assert _marker(db) is None
        assert not second.backups.maintenance_state().active
        second.orders.approve(reviewer, pending[1])
        status = read(db, lambda uow: uow.session.get(Order, pending[1]))
        assert status is not None and status.status != OrderStatus.PENDING_REVIEW
    finally:
        other.dispose()
        db.dispose()


def test_second_restore_is_refused_while_one_runs(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    other = open_database(db_url)
    try:
        services = Services.for_database(db)
        second = Services.for_database(other)
        generate_demo(db, seed=12, orders=60, customers=10)
        admin = add_user(db, "boss", Role.ADMIN)
        made = services.backups.create(admin, tmp_path / "b.kdbak")
        seen: list[BaseException] = []

        def progress(step: str, done: int, total: int) -> None:
            if step == "restoring" and not seen:
                try:
                    second.backups.restore(
                        admin, made.path, confirmation=RESTORE_CONFIRMATION, safety_backup=False
                    )
                except Exception as exc:  # expected: refused
                    seen.append(exc)

        services.backups.restore(
            admin, made.path, confirmation=RESTORE_CONFIRMATION, progress=progress,
            safety_backup=False,
        )  # fmt: skip
        assert seen and isinstance(seen[0], snap.BackupError)
        assert "Another workstation is restoring" in str(seen[0])
    finally:
        other.dispose()
        db.dispose()


def _copy_running(url: str, dialect: str) -> bool:
    """Whether the restore's copy transaction is running on the server (its statements
    quote every name; the ORM's do not)."""
    engine = open_database(url).write_engine
    try:
        with engine.connect() as conn:
            if dialect == "postgresql":
                name = conn.execute(text("SELECT current_database()")).scalar()
                return bool(
                    conn.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND "
                            "pid <> pg_backend_pid() AND query LIKE 'COPY %FROM STDIN%'"
                        ),
                        {"d": name},
                    ).scalar()
                )
            return bool(
                conn.execute(
                    text(
                        "SELECT count(*) FROM information_schema.processlist WHERE "
                        "id <> CONNECTION_ID() AND info LIKE 'INSERT INTO `%'"
                    )
                ).scalar()
            )
    finally:
        engine.dispose()


def test_kill_9_during_a_server_restore(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    other = open_database(db_url)
    try:
        services = Services.for_database(db)
        generate_demo(db, seed=13, orders=3000, customers=200)
        admin = add_user(db, "boss", Role.ADMIN)
        reviewer = add_user(db, "rev", Role.REVIEWER)
        made = services.backups.create(admin, tmp_path / "b.kdbak")
        pending = _pending(db)
        Services.for_database(other).orders.approve(reviewer, pending[0])
        before = _orders_sum(db)
        db.dispose()
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", db_url, "restore", str(made.path),
             "--yes"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "KUAIDAN_DATA_DIR": str(tmp_path / "home")},
        )  # fmt: skip
        deadline = time.monotonic() + 240
        while not _copy_running(db_url, db.dialect):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Whole: the database as it was before the restore (it rolled back), never half.
        deadline = time.monotonic() + 60
        while _copy_running(db_url, db.dialect) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert check_database(db).ok
        after = _orders_sum(db)
        assert (after.rows, after.sha256) == (before.rows, before.sha256)
        note = services.backups.interrupted_restore(admin)
        assert note is not None and "did not finish" in str(note)
        # The killed restore's locks went with it: the other workstations are not locked
        # out. MariaDB: it left its maintenance row, which the next write clears.
        second = Services.for_database(other)
        assert not second.backups.maintenance_state().active
        assert (_marker(db) is not None) == (db.dialect == "mysql")
        second.orders.approve(reviewer, pending[1])
        assert _marker(db) is None
        # And the restore, run again, completes.
        result = services.backups.restore(
            admin, made.path, confirmation=RESTORE_CONFIRMATION, safety_backup=False
        )
        assert result.counts_ok
        restored = _orders_sum(db)
        backup_orders = next(t for t in made.manifest.tables if t.name == "orders")
        assert (restored.rows, restored.sha256) == (backup_orders.rows, backup_orders.sha256)
    finally:
        other.dispose()
        db.dispose()
