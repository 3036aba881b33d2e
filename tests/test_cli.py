"""The headless command line, run as a user would: `python main.py ...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, stdin: str = "", env_dir: Path | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if env_dir is not None:
        env["KUAIDAN_DATA_DIR"] = str(env_dir)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


@pytest.mark.sqlite_only
def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("init", "create-user", "demo", "check-db", "verify-audit"):
        assert command in result.stdout
    assert "start the GUI" in result.stdout
    assert "--db URL" in run("check-db", "--help").stdout


def test_demo_then_check_db_then_tamper(db_url: str) -> None:
    demo = run("demo", "--db", db_url, "--orders", "600", "--customers", "80", "--seed", "7")
    assert demo.returncode == 0, demo.stderr
    assert "600 orders" in demo.stdout
    again = run("demo", "--db", db_url)  # the quick start may run twice
    assert again.returncode == 0 and "already has orders" in again.stdout

    clean = run("check-db", "--db", db_url, "--json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    report = json.loads(clean.stdout)
    assert report["ok"] and report["problems"] == 0

    engine = create_engine(db_url)
    with engine.begin() as conn:
        sku, code = conn.execute(
            text(
                "SELECT p.sku, w.code FROM stock_levels s JOIN products p ON p.id = s.product_id "
                "JOIN warehouses w ON w.id = s.warehouse_id WHERE s.on_hand > 10 ORDER BY s.id"
            )
        ).first()
        conn.execute(
            text(
                "UPDATE stock_levels SET on_hand = on_hand + 3 WHERE product_id = "
                "(SELECT id FROM products WHERE sku = :s) AND warehouse_id = "
                "(SELECT id FROM warehouses WHERE code = :c)"
            ),
            {"s": sku, "c": code},
        )
    engine.dispose()
    broken = run("check-db", "--db", db_url)
    assert broken.returncode == 1
    assert f"SKU {sku} in {code}: on_hand balance" in broken.stdout
    assert "1 problem(s) found" in broken.stdout


def test_verify_audit_names_the_edited_row(db_url: str) -> None:
    assert run("demo", "--db", db_url, "--orders", "50", "--customers", "10").returncode == 0
    stdin = "first-admin-pw\n"
    made = run(
        "create-user", "boss", "--role", "admin", "--password-stdin", "--db", db_url, stdin=stdin
    )
    # Demo users exist, so creating another user needs an administrator's authorisation.
    assert made.returncode == 2 and "--admin" in made.stderr
    made = run(
        "create-user",
        "packer9",
        "--role",
        "warehouse",
        "--admin",
        "admin",
        "--password-stdin",
        "--db",
        db_url,
        stdin="packer-pw-9\ndemo1234\n",
    )
    assert made.returncode == 0, made.stderr
    ok = run("verify-audit", "--db", db_url)
    assert ok.returncode == 0 and "intact" in ok.stdout

    engine = create_engine(db_url)
    with engine.begin() as conn:
        row_id = conn.execute(
            text("SELECT id FROM audit_log WHERE action = 'user.create'")
        ).scalar()
        conn.execute(
            text("UPDATE audit_log SET username = 'someone-else' WHERE id = :i"), {"i": row_id}
        )
    engine.dispose()
    bad = run("verify-audit", "--db", db_url)
    assert bad.returncode == 1
    assert f"id={row_id}" in bad.stdout and "altered" in bad.stdout


@pytest.mark.sqlite_only
def test_first_user_via_command_line_is_the_admin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert run("init", "--db", url).returncode == 0
    refused = run(
        "create-user",
        "clerk",
        "--role",
        "analyst",
        "--password-stdin",
        "--db",
        url,
        stdin="clerk-password\n",
    )
    assert refused.returncode == 2 and "administrator" in refused.stderr
    made = run("create-user", "boss", "--password-stdin", "--db", url, stdin="boss-password\n")
    assert made.returncode == 0 and "administrator boss" in made.stdout


@pytest.mark.sqlite_only
def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run("init", env_dir=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "kuaidan.db").exists()
    assert str(tmp_path / "kuaidan.db") in result.stdout
    assert (tmp_path / "logs" / "kuaidan.log").exists()


@pytest.mark.sqlite_only
def test_unreachable_server_is_a_clear_error() -> None:
    result = run("check-db", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 2
    assert "Cannot reach the database" in result.stderr
    assert "Traceback" not in result.stderr
