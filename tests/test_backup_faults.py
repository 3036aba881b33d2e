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
    folder = snap.default_folder()
    process = _start("--db", demo_url, "restore", str(good), "--yes")
    # The copy into the live file starts once the safety backup is written.
    assert _wait_for(
        lambda: folder.is_dir() and any("before-restore" in p.name for p in folder.iterdir())
    )
    time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _healthy(demo_url) == 1500  # old or new: both whole, both the same orders here


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
