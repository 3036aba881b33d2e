"""`python main.py import|export`, run as a user would, on every backend: the samples with
their exact counts, exit codes, and an import killed halfway that ends, after a second run,
with every order exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, text

from app.db import open_database
from app.services import Services
from tests.orders_helpers import catalogue
from tests.test_cli import ROOT, run
from tests.test_import_writer import SHOPIFY, TMALL, needs_samples, template_file, template_row


@needs_samples
def test_import_samples_with_json(db_url: str) -> None:
    first = run("import", str(SHOPIFY), "--db", db_url, "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report) == {
        "orders_created", "lines_created", "duplicates_skipped", "rows_failed", "batch_id",
    }  # fmt: skip
    assert (report["orders_created"], report["lines_created"]) == (15, 30)
    assert report["duplicates_skipped"] == 0 and isinstance(report["batch_id"], int)
    assert [(e["row"], e["column"], e["code"]) for e in report["rows_failed"]] == [
        (26, "Shipping Name", "recipient_missing"),
        (36, "Shipping Name", "recipient_missing"),
        (37, "Shipping Name", "recipient_missing"),
        (38, "Shipping Name", "recipient_missing"),
    ]
    again = json.loads(run("import", str(SHOPIFY), "--db", db_url, "--json").stdout)
    assert (again["orders_created"], again["duplicates_skipped"]) == (0, 15)
    tmall = json.loads(
        run("import", str(TMALL), "--db", db_url, "--json", "--format", "tmall").stdout
    )
    assert (tmall["orders_created"], tmall["lines_created"], tmall["rows_failed"]) == (1000, 0, [])


@pytest.mark.sqlite_only
def test_exit_codes_dry_run_and_the_error_workbook(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    broken = tmp_path / "orders.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    failed = run("import", str(broken), "--db", url, "--json")
    assert failed.returncode == 2
    assert json.loads(failed.stdout)["code"] == "file_corrupt"
    assert "not an Excel workbook" in failed.stderr

    source = template_file(
        tmp_path / "o.csv", [template_row(1), template_row(2, qty="0"), template_row(3)]
    )
    dry = run("import", str(source), "--db", url, "--dry-run", "--json")
    assert dry.returncode == 0
    assert json.loads(dry.stdout) == {
        "orders_created": 2, "lines_created": 2, "duplicates_skipped": 0,
        "rows_failed": [{"row": 3, "column": "数量", "code": "qty_invalid",
                         "message": "Quantity '0' must be a whole number above 0"}],
        "batch_id": None,
    }  # fmt: skip
    errors = tmp_path / "bad.xlsx"
    real = run("import", str(source), "--db", url, "--errors", str(errors))
    assert real.returncode == 0, real.stderr
    assert "Orders created: 2 (2 lines)" in real.stdout
    assert "row 3  数量  qty_invalid" in real.stdout
    rows = list(openpyxl.load_workbook(errors).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == "T0000002"
    assert rows[1][-1] == "数量: Quantity '0' must be a whole number above 0"

    out = tmp_path / "orders.xlsx"
    columns = "order_no,external_no,total"
    exported = run("export", "orders", "--format", "xlsx", "--out", str(out), "--db", url,
                   "--columns", columns, "--status", "pending_review")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "2 row(s) written" in exported.stdout
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Order no", "Platform order no", "Total")
    assert sorted(r[1] for r in rows[1:]) == ["T0000001", "T0000003"]
    shipping = run("export", "shipping", "--format", "jd", "--out", str(tmp_path / "jd.csv"),
                   "--db", url)  # fmt: skip
    assert shipping.returncode == 0 and "0 row(s) written" in shipping.stdout
    wrong = run("export", "shipping", "--format", "wish", "--out", str(tmp_path / "w.csv"),
                "--db", url)  # fmt: skip
    assert wrong.returncode == 2 and "No shipping file format for wish" in wrong.stderr


def test_killed_import_resumes_with_every_order_exactly_once(db_url: str, tmp_path: Path) -> None:
    database = open_database(db_url)
    catalogue(Services.for_database(database))
    database.dispose()
    total = 20_000
    source = template_file(tmp_path / "big.csv", [template_row(n) for n in range(total)])
    engine = create_engine(db_url)

    def batch() -> tuple[int, str, int] | None:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT checkpoint_row, status, orders_created FROM import_batches")
            ).first()
        return None if row is None else (row[0], row[1], row[2])

    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "import", str(source), "--db", db_url, "--json"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            found = batch()
            if found is not None and found[0] > 0:
                break
            assert child.poll() is None, "the import ended before it could be killed"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    killed = batch()
    assert killed is not None
    checkpoint, status, committed = killed
    assert status == "running" and 0 < checkpoint < total + 1, killed
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM orders")).scalar() == committed

    second = run("import", str(source), "--db", db_url, "--json")
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert report["orders_created"] == total - committed
    assert report["duplicates_skipped"] == 0 and report["rows_failed"] == []
    with engine.connect() as conn:
        numbers = conn.execute(text("SELECT external_no FROM orders")).scalars().all()
        lines = conn.execute(text("SELECT COUNT(*) FROM order_lines")).scalar()
        batches = conn.execute(
            text("SELECT id, status, orders_created, checkpoint_row FROM import_batches")
        ).all()
    engine.dispose()
    assert len(numbers) == len(set(numbers)) == total and lines == total
    assert [(b[0], b[1], b[2]) for b in batches] == [(report["batch_id"], "completed", total)]
    assert batches[0][3] == total + 1  # the last row of the file
