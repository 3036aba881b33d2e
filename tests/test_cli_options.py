"""`--db URL` and `-v` work before the command (the form the README documents) and after it,
for every command: the named database is the one used, never the default file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from app.db import open_database
from app.demo import DEMO_PASSWORD, generate_demo
from app.migrate import head_revision, upgrade
from tests.test_cli import run

pytestmark = pytest.mark.sqlite_only

SAMPLES = Path("/work/shared/samples/orders")
SHOPIFY = SAMPLES / "shopify_orders_export.csv"
ORDERS = ("before", "after")
COMMANDS = {
    "init": [],
    "create-user": ["newbie"],
    "demo": [],
    "check-db": [],
    "verify-audit": [],
    "documents": ["invoice", "--out", "x.pdf"],
    "import": ["orders.csv"],
    "export": ["orders", "--format", "xlsx", "--out", "x.xlsx"],
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database: users (password demo1234), stock, orders, an audit chain."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    generate_demo(db, seed=3, orders=60, customers=15)
    db.dispose()
    return path


def options(order: str, command: list[str], *extra: str) -> list[str]:
    """`[--db URL] COMMAND ARGS` or `COMMAND ARGS --db URL`."""
    return [*extra, *command] if order == "before" else [*command, *extra]


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_parses_db_and_verbose_on_either_side(command: str, order: str) -> None:
    argv = options(order, [command, *COMMANDS[command]], "--db", "sqlite:///named.db", "-v")
    args = main.build_parser().parse_args(argv)
    assert args.db == "sqlite:///named.db"
    assert args.verbose is True
    plain = main.build_parser().parse_args([command, *COMMANDS[command]])
    assert plain.db is None and plain.verbose is False  # the default is filled in by main()


def test_without_a_command_the_gui_gets_the_named_database() -> None:
    args = main.build_parser().parse_args(["--db", "sqlite:///named.db", "-v", "--lang", "en"])
    assert getattr(args, "func", None) is None  # main() starts the GUI
    assert (args.db, args.verbose, args.lang) == ("sqlite:///named.db", True, "en")


def test_the_option_after_the_command_wins() -> None:
    args = main.build_parser().parse_args(
        ["--db", "sqlite:///a.db", "init", "--db", "sqlite:///b.db"]
    )
    assert args.db == "sqlite:///b.db"


# --- end to end: `python main.py ...` with the database named on either side ------------------


def _db(tmp_path: Path, demo_db: Path | None) -> Path:
    path = tmp_path / "named.db"
    if demo_db is not None:
        shutil.copyfile(demo_db, path)
    return path


def _run(order: str, command: list[str], path: Path, data_dir: Path, stdin: str = ""):
    result = run(
        *options(order, command, "--db", f"sqlite:///{path}"), stdin=stdin, env_dir=data_dir
    )
    default = data_dir / "kuaidan.db"
    assert not default.exists(), f"the default database was used:\n{result.stdout}{result.stderr}"
    return result


@pytest.mark.parametrize("order", ORDERS)
def test_init_creates_the_named_database(
    order: str, tmp_path: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, None)
    result = _run(order, ["init"], path, _isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert f"Database ready: sqlite:///{path}" in result.stdout
    assert query(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


@pytest.mark.parametrize("order", ORDERS)
def test_create_user_writes_to_the_named_database(
    order: str, tmp_path: Path, demo_db: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, demo_db)
    command = ["create-user", "newbie", "--role", "analyst", "--admin", "admin", "--password-stdin"]
    result = _run(
        order, command, path, _isolated_data_dir, stdin=f"newbie-pass-1\n{DEMO_PASSWORD}\n"
    )
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT role FROM users WHERE username = 'newbie'") == [("analyst",)]


@pytest.mark.parametrize("order", ORDERS)
def test_demo_fills_the_named_database(
    order: str, tmp_path: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, None)
    command = ["demo", "--orders", "25", "--customers", "8"]
    result = _run(order, command, path, _isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT count(*) FROM orders") == [(25,)]


@pytest.mark.parametrize("order", ORDERS)
def test_check_db_checks_the_named_database(
    order: str, tmp_path: Path, demo_db: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, demo_db)
    # A damaged balance only the named database has: the default (empty) one would pass.
    [(level_id, sku)] = query(
        path,
        "SELECT s.id, p.sku FROM stock_levels s JOIN products p ON p.id = s.product_id "
        "WHERE s.on_hand > 10 ORDER BY s.id LIMIT 1",
    )
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stock_levels SET on_hand = on_hand + 3 WHERE id = ?", (level_id,))
    result = _run(order, ["check-db"], path, _isolated_data_dir)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"SKU {sku} in" in result.stdout and "1 problem(s) found" in result.stdout


@pytest.mark.parametrize("order", ORDERS)
def test_verify_audit_verifies_the_named_database(
    order: str, tmp_path: Path, demo_db: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, demo_db)
    [(entries,)] = query(path, "SELECT count(*) FROM audit_log")
    assert entries > 0
    result = _run(order, ["verify-audit"], path, _isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert f"Audit chain intact: {entries} entries verified" in result.stdout


@pytest.mark.parametrize("order", ORDERS)
def test_documents_reads_the_named_database(
    order: str, tmp_path: Path, demo_db: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, demo_db)
    [(order_no,)] = query(path, "SELECT order_no FROM orders ORDER BY id LIMIT 1")
    out = tmp_path / "invoice.pdf"
    command = ["documents", "invoice", "--order", order_no, "--out", str(out)]
    result = _run(order, command, path, _isolated_data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"ok     {order_no}")
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("order", ORDERS)
def test_import_puts_the_orders_into_the_named_database(
    order: str, tmp_path: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, None)
    result = _run(order, ["import", str(SHOPIFY), "--json"], path, _isolated_data_dir)
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)["orders_created"]
    assert created > 0
    assert query(path, "SELECT count(*) FROM orders") == [(created,)]


@pytest.mark.parametrize("order", ORDERS)
def test_export_reads_the_named_database(
    order: str, tmp_path: Path, demo_db: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, demo_db)
    out = tmp_path / "orders.xlsx"
    command = ["export", "orders", "--format", "xlsx", "--out", str(out)]
    result = _run(order, command, path, _isolated_data_dir)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) - 1 == query(path, "SELECT count(*) FROM orders")[0][0] == 60


@pytest.mark.parametrize("order", ORDERS)
def test_verbose_logs_to_the_terminal_on_either_side(
    order: str, tmp_path: Path, _isolated_data_dir: Path
) -> None:
    path = _db(tmp_path, None)
    said = f"init on sqlite:///{path}"
    quiet = _run(order, ["init"], path, _isolated_data_dir)
    assert quiet.returncode == 0 and said not in quiet.stderr
    verbose = run(
        *options(order, ["init"], "-v", "--db", f"sqlite:///{path}"), env_dir=_isolated_data_dir
    )
    assert verbose.returncode == 0, verbose.stderr
    assert said in verbose.stderr
    assert said in (_isolated_data_dir / "logs" / "kuaidan.log").read_text(encoding="utf-8")


def test_the_readme_form_imports_into_the_named_file(
    tmp_path: Path, _isolated_data_dir: Path
) -> None:
    """The issue's acceptance line, verbatim: python main.py --db sqlite:///x.db import FILE."""
    result = run(
        "--db", "sqlite:///x.db", "import", str(SHOPIFY), env_dir=_isolated_data_dir, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert query(tmp_path / "x.db", "SELECT count(*) FROM orders")[0][0] > 0
    assert not (_isolated_data_dir / "kuaidan.db").exists()
