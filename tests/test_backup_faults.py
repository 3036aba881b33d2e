"""Faults during backup and restore, with real processes: kill -9 in the middle, a full
disk. The live database is never damaged and no half-written file passes as a backup."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import backup as snap
from app.backup import BackupRefused
from app.db import open_database
from app.demo import generate_demo
from app.integrity import check_database

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )


def _wait_for(condition, timeout: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.002)
    return False


def _healthy(url: str) -> int:
    db = open_database(url)
    try:
        assert check_database(db).ok
        with db.write_engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM orders").scalar())
    finally:
        db.dispose()


@pytest.fixture
def demo_url(db_url: str) -> str:
    db = open_database(db_url)
    generate_demo(db, seed=9, orders=1500, customers=100)
    db.dispose()
    return db_url


def test_kill_9_during_backup_leaves_no_valid_looking_file(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "killed.kdbak"
    process = _start("--db", demo_url, "backup", "--out", str(target))
    assert _wait_for(lambda: any(p.name.endswith(".partial") for p in out.iterdir())), (
        process.communicate()
    )
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not target.exists()
    leftovers = list(out.iterdir())
    assert all(".partial" in p.name for p in leftovers)  # the partial and its journal
    for partial in leftovers:  # even given by name, it is refused
        with pytest.raises(BackupRefused):
            snap.check_file(partial)
    assert _healthy(demo_url) == 1500
    # The next backup works and ignores the leftover.
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "backup", "--out", str(target)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert snap.check_file(target).total_rows > 0


def test_kill_9_during_restore_keeps_the_live_database_whole(demo_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.kdbak"
    made = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "backup", "--out", str(good)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    import sqlite3

    from app.backup_service import BackupService
    from app.permissions import Actor, Role

    live = Path(demo_url.removeprefix("sqlite:///"))

    def started() -> bool:  # the restore's own audit entry, written just before its copy
        conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=5)
        try:
            return bool(conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'backup.restore_started'"
            ).fetchone()[0])  # fmt: skip
        except sqlite3.Error:
            return False
        finally:
            conn.close()

    process = _start("--db", demo_url, "restore", str(good), "--yes")
    assert _wait_for(started), process.communicate()
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _healthy(demo_url) == 1500  # old or new: both whole, both the same orders here
    admin = Actor(user_id=0, username="tester", role=Role.ADMIN)
    db = open_database(demo_url)
    try:
        note = BackupService(db).interrupted_restore(admin)
    finally:
        db.dispose()
    # Killed before its copy committed: the database is the old one and says so plainly.
    assert note is not None and "did not finish" in str(note) and "as it was before" in str(note)
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "restore", str(good), "--yes"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "did not finish" in again.stderr
    db = open_database(demo_url)
    try:
        assert BackupService(db).interrupted_restore(admin) is None
    finally:
        db.dispose()


def test_full_disk_during_backup_says_so_and_leaves_nothing(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "full"
    out.mkdir()
    target = out / "full.kdbak"
    live = Path(demo_url.removeprefix("sqlite:///"))
    # A file-size limit below the database's size: every write past it fails (EFBIG), as
    # on a full disk.
    limit = live.stat().st_size // 2
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import main\n"
        f"sys.exit(main.main(['--db', {demo_url!r}, 'backup', '--out', {str(target)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "The database is unchanged" in done.stderr
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert _healthy(demo_url) == 1500


def test_command_line_round_trip_with_json(demo_url: str, tmp_path: Path) -> None:
    import json

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", demo_url, *args],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    target = tmp_path / "cli.kdbak"
    made = run("backup", "--out", str(target), "--json")
    assert made.returncode == 0, made.stderr
    manifest = json.loads(made.stdout.strip().splitlines()[-1])["manifest"]
    assert manifest["source_kind"] == "sqlite" and manifest["audit_seq"] >= 0
    checked = run("verify-backup", str(target), "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout.strip().splitlines()[-1])["ok"] is True
    refused = run("restore", str(target))  # no --yes and no terminal: refused, nothing done
    assert refused.returncode == 2 and "--yes" in refused.stderr
    restored = run("restore", str(target), "--yes", "--json")
    assert restored.returncode == 0, restored.stderr
    result = json.loads(restored.stdout.strip().splitlines()[-1])
    assert result["ok"] is True and result["safety_backup"].endswith("before-restore.kdbak")
    # The backups from before the restore are another history: not used as anchors.
    audit = run("verify-audit")
    assert audit.returncode == 0 and "no backup to check it against" in audit.stdout
    assert run("backup").returncode == 0
    audit = run("verify-audit")
    assert audit.returncode == 0 and "still holds the head" in audit.stdout, audit.stdout


# --- migrate and restore: kill -9 and a full disk -------------------------------------------


def _sums(path: Path) -> list[snap.TableSum]:
    """Every table's count and hash, read straight from a SQLite file."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [snap.table_sum(conn, table) for table in snap.data_tables()]
    finally:
        conn.close()


def _check_db(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "check-db"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _pg_copying(admin_url: str, name: str) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url)
    try:
        with engine.connect() as conn:
            return bool(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                        "AND query LIKE 'COPY %FROM STDIN%'"
                    ),
                    {"d": name},
                ).scalar()
            )
    finally:
        engine.dispose()


def test_kill_9_during_migrate_marks_the_target_and_keeps_the_source(
    demo_url: str, tmp_path: Path, pg_server
) -> None:
    from app.backup_service import BackupService
    from app.errors import MaintenanceActive
    from app.permissions import Role
    from tests.conftest import add_user

    source = Path(demo_url.removeprefix("sqlite:///"))
    before = _sums(source)
    name = pg_server.create()
    target = pg_server.url(name)
    home = {**os.environ, "KUAIDAN_DATA_DIR": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "migrate", "--to", target],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=home,
    )  # fmt: skip
    deadline = time.monotonic() + 240
    while not _pg_copying(pg_server.admin_url, name):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # The source is untouched: same rows, same hashes, check-db passes.
    assert _sums(source) == before
    checked = _check_db(demo_url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The target is marked an unfinished copy: shown as such, and nobody can write to it.
    db = open_database(target)
    try:
        state = BackupService(db).maintenance_state()
        assert state.active and state.kind == "migrate"
        with pytest.raises(MaintenanceActive, match="unfinished copy"):
            add_user(db, "someone", Role.ADMIN)
    finally:
        db.dispose()
    # A second run starts over and finishes; the mark goes with the verified copy.
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "migrate", "--to", target,
         "--json"],
        capture_output=True, text=True, timeout=600, env=home,
    )  # fmt: skip
    assert again.returncode == 0, again.stdout + again.stderr
    import json

    assert json.loads(again.stdout.strip().splitlines()[-1])["ok"] is True
    db = open_database(target)
    try:
        assert not BackupService(db).maintenance_state().active
        assert check_database(db).ok
        with db.write_engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM orders").scalar() == 1500
            migrated_in = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_log WHERE action = 'database.migrate_in'"
            ).scalar()
        assert migrated_in == 1
    finally:
        db.dispose()
        pg_server.drop(name)
    src = open_database(demo_url)
    try:
        with src.write_engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM audit_log WHERE action = 'database.migrate_out'"
                ).scalar()
                == 1
            )  # only the finished run is audited on the source
    finally:
        src.dispose()


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real, size-limited filesystem (tmpfs): writes past its size fail with ENOSPC.
    Call it with the size in bytes."""
    mounts: list[Path] = []

    def make(size: int) -> Path:
        where = tmp_path / f"disk{len(mounts)}"
        where.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
            capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small filesystem here: {done.stderr.strip()}")
        mounts.append(where)
        return where

    yield make
    for where in mounts:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _no_valid_looking_files(folder: Path, live_names: set[str]) -> None:
    for path in folder.iterdir():
        if path.name in live_names:
            continue
        with pytest.raises(BackupRefused):
            snap.read_manifest(path)


def test_full_disk_during_restore_says_so_and_keeps_the_live_database(
    demo_url: str, tmp_path: Path, small_disk, sqlite_template: Path
) -> None:
    import shutil

    source = Path(demo_url.removeprefix("sqlite:///"))
    # A bigger shop's backup, made on the big disk.
    big_url = f"sqlite:///{tmp_path / 'big.db'}"
    shutil.copyfile(sqlite_template, tmp_path / "big.db")
    big = open_database(big_url)
    generate_demo(big, seed=10, orders=4000, customers=300)
    big.dispose()
    backup = tmp_path / "big.kdbak"
    made = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", big_url, "backup", "--out", str(backup)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    # The live database on a disk with room for itself, not for the bigger one.
    disk = small_disk(source.stat().st_size + 2 * 1024 * 1024)
    live = disk / "kuaidan.db"
    shutil.copyfile(source, live)
    live_url = f"sqlite:///{live}"
    before = _sums(live)
    assert backup.stat().st_size > 2 * source.stat().st_size
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", live_url, "restore", str(backup),
         "--yes"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "KUAIDAN_DATA_DIR": str(tmp_path / "home")},
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "The disk is full" in done.stderr and "The database is unchanged" in done.stderr
    assert "Free some space" in done.stderr
    assert _healthy(live_url) == 1500
    # Every table as before; the audit log only gained the safety backup's entry.
    after = {t.name: t for t in _sums(live)}
    for table in before:
        if table.name in ("audit_log", "audit_head"):
            continue
        assert after[table.name] == table
    by_name = {t.name: t for t in before}
    # The audit log gained the safety backup's entry and the restore's start and failure.
    assert after["audit_log"].rows == by_name["audit_log"].rows + 3
    with open_database(live_url).write_engine.connect() as conn:
        actions = [r[0] for r in conn.exec_driver_sql(
            "SELECT action FROM audit_log ORDER BY id DESC LIMIT 3").all()]  # fmt: skip
    assert actions == ["backup.restore_failed", "backup.restore_started", "backup.create"]
    _no_valid_looking_files(disk, {"kuaidan.db", "kuaidan.db-wal", "kuaidan.db-shm"})


def test_full_disk_during_migrate_says_so_and_marks_the_target(
    demo_url: str, tmp_path: Path, small_disk
) -> None:
    from app.backup_service import BackupService

    source = Path(demo_url.removeprefix("sqlite:///"))
    before = _sums(source)
    # Room for the empty schema, not for the shop's rows.
    disk = small_disk(max(source.stat().st_size // 2, 1024 * 1024))
    target_url = f"sqlite:///{disk / 'server.db'}"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", demo_url, "migrate", "--to", target_url],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "KUAIDAN_DATA_DIR": str(tmp_path / "home")},
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "The disk is full" in done.stderr, done.stderr
    assert "This database is unchanged" in done.stderr and "starts over" in done.stderr
    # The source's rows are as before; its audit log gained the failed migration's entry.
    after = {t.name: t for t in _sums(source)}
    assert all(after[t.name] == t for t in before if t.name not in ("audit_log", "audit_head"))
    src = open_database(demo_url)
    try:
        with src.write_engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM audit_log WHERE action = 'database.migrate_failed'"
                ).scalar()
                == 1
            )
    finally:
        src.dispose()
    assert _check_db(demo_url).returncode == 0
    target = open_database(target_url)
    try:
        state = BackupService(target).maintenance_state()
        assert state.active and state.kind == "migrate"
    finally:
        target.dispose()
    _no_valid_looking_files(disk, {"server.db", "server.db-wal", "server.db-shm"})
