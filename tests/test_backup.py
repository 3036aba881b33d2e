"""Backups on every backend: the snapshot format, verify, restore, migrate, and bad files."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import backup as snap
from app.audit import verify_chain
from app.backup import BackupRefused
from app.backup_service import RESTORE_CONFIRMATION
from app.demo import generate_demo
from app.errors import ConfirmationRequired, PermissionDenied
from app.integrity import check_database
from app.permissions import Role
from app.services import Services
from app.uow import read
from models import Order
from tests.conftest import add_user


def _demo(services: Services, orders: int = 150) -> None:
    generate_demo(services.db, seed=3, orders=orders, customers=30)


def _delete_orders_by_hand(services: Services, count: int) -> None:
    """What a careless admin does in a database tool: rows gone, children first."""
    ids = [
        r[0]
        for r in read(
            services.db,
            lambda uow: uow.session.execute(select(Order.id).order_by(Order.id).limit(count)).all(),
        )
    ]
    children = (
        "order_flags", "order_events", "order_lines", "wave_orders", "pack_records",
        "tracking_events", "shipments", "payments",
    )  # fmt: skip
    with services.db.write_engine.begin() as conn:
        marks = ", ".join(str(i) for i in ids)
        if services.db.dialect == "mysql":
            conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
        for table in ("refunds", "return_lines", "return_cases", "ticket_messages", "tickets"):
            conn.execute(text(f"DELETE FROM {table}"))
        for table in children:
            column = "order_id"
            if table == "tracking_events":
                conn.execute(
                    text(
                        "DELETE FROM tracking_events WHERE shipment_id IN "
                        f"(SELECT id FROM shipments WHERE order_id IN ({marks}))"
                    )
                )
                continue
            conn.execute(text(f"DELETE FROM {table} WHERE {column} IN ({marks})"))
        conn.execute(text(f"DELETE FROM orders WHERE id IN ({marks})"))
        if services.db.dialect == "mysql":
            conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))


def test_round_trip_restores_every_table(services: Services, tmp_path: Path) -> None:
    _demo(services)
    admin = add_user(services.db, "boss", Role.ADMIN)
    made = services.backups.create(admin, tmp_path / "b.kdbak")
    assert made.manifest.audit_seq > 0
    _delete_orders_by_hand(services, 100)
    remaining = read(services.db, lambda uow: uow.session.query(Order).count())
    assert remaining == 50
    with pytest.raises(ConfirmationRequired):
        services.backups.restore(admin, made.path)
    result = services.backups.restore(admin, made.path, confirmation=RESTORE_CONFIRMATION)
    assert result.counts_ok, result.problems
    assert result.safety_backup is not None and result.safety_backup.exists()
    # Every table as in the backup; the audit log has the restore's entry on top.
    now = snap.snapshot_sums(services.db, tmp_path)
    problems = snap.compare_sums(made.manifest.tables, now)
    assert [p.split(":")[0] for p in problems] == ["audit_head", "audit_log"], problems
    seqs = read(
        services.db, lambda uow: uow.session.execute(text("SELECT max(seq) FROM audit_log"))
    )
    assert seqs.scalar() == made.manifest.audit_seq + 1  # the restore's own entry
    assert check_database(services.db).ok
    assert read(services.db, lambda uow: verify_chain(uow.session)).ok
    assert read(services.db, lambda uow: uow.session.query(Order).count()) == 150


def test_only_the_admin_backs_up(services: Services, tmp_path: Path) -> None:
    supervisor = add_user(services.db, "sup", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        services.backups.create(supervisor, tmp_path / "x.kdbak")


@pytest.mark.sqlite_only
def test_verify_backup_and_bad_files_are_refused(services: Services, tmp_path: Path) -> None:
    _demo(services, 80)
    admin = add_user(services.db, "boss", Role.ADMIN)
    made = services.backups.create(admin, tmp_path / "good.kdbak")
    report = services.backups.verify(admin, made.path)
    assert report.ok, report.problems
    # Truncated: half the file.
    truncated = tmp_path / "truncated.kdbak"
    data = made.path.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupRefused, match=r"damaged|truncated|manifest"):
        services.backups.verify(admin, truncated)
    # Edited: one order's total changed inside the file.
    edited = tmp_path / "edited.kdbak"
    shutil.copyfile(made.path, edited)
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE orders SET total = total + 100 WHERE id = (SELECT MIN(id) FROM orders)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupRefused, match=r"orders.*edited or damaged"):
        services.backups.verify(admin, edited)
    # The manifest edited to hide it: the seal no longer matches.
    conn = sqlite3.connect(edited)
    conn.execute(
        "UPDATE kuaidan_backup_tables SET sha256 = 'x' || substr(sha256, 2) WHERE name = 'orders'"
    )
    conn.commit()
    conn.close()
    with pytest.raises(BackupRefused, match="seal"):
        services.backups.verify(admin, edited)
    # From a newer Kuaidan: a schema revision this one does not know (resealed to be sure
    # it is the revision that is refused).
    newer = tmp_path / "newer.kdbak"
    shutil.copyfile(made.path, newer)
    _reseal(newer, schema_revision="9999_future")
    with pytest.raises(BackupRefused, match="newer Kuaidan"):
        services.backups.restore(admin, newer, confirmation=RESTORE_CONFIRMATION)
    # Not a backup at all.
    junk = tmp_path / "junk.kdbak"
    junk.write_text("hello")
    with pytest.raises(BackupRefused, match="not a Kuaidan backup"):
        services.backups.verify(admin, junk)
    listed = {b.name: b for b in services.backups.list_backups(admin, tmp_path)}
    assert listed["good.kdbak"].manifest is not None and listed["good.kdbak"].verified is True
    assert listed["junk.kdbak"].manifest is None and listed["junk.kdbak"].error


def _reseal(path: Path, **changes: object) -> None:
    import json

    manifest = snap.read_manifest(path)
    fields = {**manifest.__dict__, **changes}
    updated = snap.Manifest(**fields)
    updated = snap.Manifest(**{**updated.__dict__, "seal": updated.compute_seal()})
    conn = sqlite3.connect(path)
    for key, value in updated.to_json().items():
        if key != "tables":
            conn.execute(
                f"UPDATE {snap.MANIFEST_TABLE} SET value = ? WHERE key = ?",
                (json.dumps(value), key),
            )
    conn.commit()
    conn.close()


def _pg_schema(db: object) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """A PostgreSQL database's index definitions and constraints, by name."""
    with db.write_engine.connect() as conn:  # type: ignore[attr-defined]
        indexes = [(str(n), str(d)) for n, d in conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "ORDER BY indexname"))]  # fmt: skip
        constraints = [(str(t), str(n), str(d)) for t, n, d in conn.execute(text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
            "ORDER BY 1, 2"))]  # fmt: skip
    return indexes, constraints


@pytest.mark.sqlite_only
def test_migrate_sqlite_to_postgresql(
    services: Services, tmp_path: Path, pg_server, pg_template
) -> None:
    _demo(services)
    admin = add_user(services.db, "boss", Role.ADMIN)
    name = pg_server.create()
    target = pg_server.url(name)
    result = services.backups.migrate_to(admin, target)
    assert result.ok, result.problems
    from app.db import open_database

    pg = open_database(target)
    try:
        pg_services = Services.for_database(pg)
        assert pg_services.auth.login("boss", "correct horse 1").username == "boss"
        assert check_database(pg).ok
        assert read(pg, lambda uow: verify_chain(uow.session)).ok
        assert read(pg, lambda uow: uow.session.query(Order).count()) == 150
        # A new order on the server takes the next id (sequences were moved on).
        with pg.write_engine.connect() as conn:
            nextval = conn.execute(text("SELECT nextval('orders_id_seq')")).scalar()
            top = conn.execute(text("SELECT max(id) FROM orders")).scalar()
            trigram = conn.execute(
                text("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")
            ).scalar()
        assert nextval > top
        assert trigram == 3  # the search indexes, rebuilt after the copy
        # Every index and constraint dropped for the copy is back, as a new schema has them.
        fresh = open_database(pg_server.url(pg_template))
        try:
            assert _pg_schema(pg) == _pg_schema(fresh)
        finally:
            fresh.dispose()
        # Migrating into it again is refused: not empty.
        with pytest.raises(snap.BackupError, match="not empty"):
            services.backups.migrate_to(admin, target)
    finally:
        pg.dispose()


@pytest.mark.sqlite_only
def test_backup_while_postgresql_approves(pg_server, pg_template, tmp_path: Path) -> None:
    """A second workstation keeps approving orders while the backup runs; the backup is one
    consistent picture and verifies."""
    from app.db import open_database
    from app.states import OrderStatus

    name = pg_server.create(template=pg_template)
    db = open_database(pg_server.url(name))
    other = open_database(pg_server.url(name))
    try:
        services = Services.for_database(db)
        generate_demo(db, seed=5, orders=400, customers=40)
        admin = add_user(db, "boss", Role.ADMIN)
        reviewer = add_user(db, "rev", Role.REVIEWER)
        pending = read(
            db,
            lambda uow: list(
                uow.session.scalars(
                    select(Order.id).where(
                        Order.status == OrderStatus.PENDING_REVIEW, Order.is_on_hold.is_(False)
                    )
                )
            ),
        )
        assert len(pending) > 20
        approved: list[int] = []
        stop = threading.Event()
        second = Services.for_database(other)

        def approve() -> None:
            for order_id in pending:
                if stop.is_set():
                    break
                try:
                    second.orders.approve(reviewer, order_id)
                    approved.append(order_id)
                except Exception:  # a rule may refuse one; the others go on
                    pass

        worker = threading.Thread(target=approve)
        worker.start()
        try:
            made = services.backups.create(admin, tmp_path / "live.kdbak")
        finally:
            stop.set()
            worker.join()
        assert approved, "the second workstation approved nothing"
        report = services.backups.verify(admin, made.path)
        assert report.ok, report.problems
    finally:
        other.dispose()
        db.dispose()
        pg_server.drop(name)


def test_audit_tail_attack_is_caught_by_the_backup_anchor(
    services: Services, tmp_path: Path
) -> None:
    from app.backup_service import verify_audit_anchored

    _demo(services, 40)
    admin = add_user(services.db, "boss", Role.ADMIN)
    for phone in ("1", "2", "3", "4"):
        services.settings.update(admin, "company.phone", phone)
    made = services.backups.create(admin, tmp_path / "anchor.kdbak")
    services.settings.update(admin, "company.phone", "123")  # one more entry after it
    assert verify_audit_anchored(services.db, folder=tmp_path).ok
    # The attack: delete the newest entries, rewrite audit_head to the new tail.
    cut = made.manifest.audit_seq - 2
    with services.db.write_engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq > :s"), {"s": cut})
        tail = conn.execute(text("SELECT hash FROM audit_log WHERE seq = :s"), {"s": cut})
        conn.execute(
            text("UPDATE audit_head SET last_seq = :s, last_hash = :h"),
            {"s": cut, "h": tail.scalar()},
        )
    assert read(services.db, lambda uow: verify_chain(uow.session)).ok  # fooled on its own
    found = verify_audit_anchored(services.db, folder=tmp_path)
    assert not found.ok and found.problem.reason == "shorter_than_anchor"
    assert "anchor.kdbak" in found.problem.message
    by_file = verify_audit_anchored(services.db, anchor_file=made.path)
    assert by_file.problem is not None
    # Deleting audit_head itself is refused outright.
    with services.db.write_engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_head"))
    missing = read(services.db, lambda uow: verify_chain(uow.session))
    assert missing.problem is not None and missing.problem.reason == "missing_head"


@pytest.mark.sqlite_only
def test_rewritten_entry_before_the_anchor_and_the_cli(services: Services, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    _demo(services, 30)
    admin = add_user(services.db, "boss", Role.ADMIN)
    for phone in ("1", "2", "3"):
        services.settings.update(admin, "company.phone", phone)
    made = services.backups.create(admin, tmp_path / "a.kdbak")
    seq = made.manifest.audit_seq
    # Rewrite the anchored entry and everything after it so that the chain itself verifies.
    from app.audit import entry_hash
    from models import AuditHead, AuditLog

    with services.db.session(write=True) as session:
        rows = session.query(AuditLog).filter(AuditLog.seq >= seq).order_by(AuditLog.seq).all()
        prev = session.query(AuditLog).filter(AuditLog.seq == seq - 1).one().hash
        for row in rows:
            if row.seq == seq:
                row.changes = '{"forged":true}'
            row.prev_hash = prev
            row.hash = entry_hash(
                seq=row.seq, ts=row.ts, user_id=row.user_id, username=row.username,
                action=row.action, entity_type=row.entity_type, entity_id=row.entity_id,
                changes=row.changes, prev_hash=prev,
            )  # fmt: skip
            prev = row.hash
        head = session.get(AuditHead, 1)
        head.last_hash = prev
        session.commit()
    assert read(services.db, lambda uow: verify_chain(uow.session)).ok
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), "--db", str(services.db.url), "verify-audit",
         "--anchor", str(made.path)],
        capture_output=True, text=True, env={**os.environ}, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "rewritten" in done.stdout


@pytest.mark.sqlite_only
def test_schedule_makes_a_backup_when_due_and_keeps_n(services: Services, tmp_path: Path) -> None:
    admin = add_user(services.db, "boss", Role.ADMIN)
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    services.settings.update(admin, "backup.folder", str(tmp_path / "scheduled"))
    services.settings.update(admin, "backup.keep", 2)
    assert services.backups.status().overdue  # none yet
    made = services.backups.run_scheduled(clerk)  # whoever is logged in at the one PC
    assert made is not None and made.path.parent == tmp_path / "scheduled"
    assert not services.backups.status().overdue
    assert services.backups.run_scheduled(clerk) is None  # not due again yet
    for _ in range(3):
        services.backups.create(admin, rotate=True)
    assert len(list((tmp_path / "scheduled").glob("*.kdbak"))) == 2
    services.settings.update(admin, "backup.workstation", "another-pc")
    services.settings.update(admin, "backup.cycle_hours", 1)
    assert not services.backups.schedule_here(services.backups.status())


@pytest.mark.sqlite_only
def test_migrate_to_postgresql_verifies_awkward_values(
    services: Services, tmp_path: Path, pg_server, pg_template
) -> None:
    """Tabs, newlines, backslashes, carriage returns and CJK text, and timestamps written
    without microseconds or with a 'T': the COPY text read back equals the text sent, and
    a changed row on the target would not (the verify compares the bytes)."""
    from app.db import open_database, sqlite_path

    _demo(services, 30)
    admin = add_user(services.db, "boss", Role.ADMIN)
    live = sqlite_path(services.db.url)
    assert live is not None
    services.db.dispose()
    conn = sqlite3.connect(live)
    conn.execute(
        "UPDATE orders SET hold_reason = ?, address = ? WHERE id = (SELECT min(id) FROM orders)",
        ("tab\there\nnew line\\back\rcr", "北京市 朝阳区\t\\N"),
    )
    conn.execute(
        "UPDATE orders SET created_at = '2024-01-02T03:04:05' WHERE id = (SELECT max(id) FROM "
        "orders)"
    )
    conn.commit()
    conn.close()
    name = pg_server.create()
    target = pg_server.url(name)
    try:
        result = services.backups.migrate_to(admin, target)
        assert result.ok, result.problems
        pg = open_database(target)
        try:
            with pg.write_engine.connect() as c:
                reason = c.execute(
                    text("SELECT hold_reason FROM orders ORDER BY id LIMIT 1")
                ).scalar()
            assert reason == "tab\there\nnew line\\back\rcr"
            sent = snap.pg_copy_sums(pg)
            with pg.write_engine.begin() as c:
                c.execute(text("UPDATE orders SET address = address || 'x' WHERE id = "
                               "(SELECT max(id) FROM orders)"))  # fmt: skip
            changed = snap.pg_copy_sums(pg)
            assert [t for t in sent if t.name == "orders"] != [
                t for t in changed if t.name == "orders"
            ]
        finally:
            pg.dispose()
    finally:
        pg_server.drop(name)


@pytest.mark.sqlite_only
def test_migrate_sqlite_to_mariadb(services: Services, tmp_path: Path, mysql_server) -> None:
    """Bulk multi-row inserts with the checks off for the session; verified by hashes; the
    unfinished-copy mark is gone once verified, and the copy is audited on both sides."""
    from app.db import open_database

    _demo(services, 120)
    admin = add_user(services.db, "boss", Role.ADMIN)
    name = mysql_server.create()
    target = mysql_server.url(name)
    try:
        result = services.backups.migrate_to(admin, target)
        assert result.ok, result.problems
        db = open_database(target)
        try:
            assert check_database(db).ok
            assert not Services.for_database(db).backups.maintenance_state().active
            assert read(db, lambda uow: uow.session.query(Order).count()) == 120
            with db.write_engine.connect() as c:
                assert c.execute(text("SELECT @@unique_checks")).scalar() == 1  # a new session
                audited = c.execute(
                    text("SELECT count(*) FROM audit_log WHERE action = 'database.migrate_in'")
                ).scalar()
            assert audited == 1
        finally:
            db.dispose()
    finally:
        mysql_server.drop(name)
