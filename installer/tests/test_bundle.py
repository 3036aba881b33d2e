"""The built bundle, started the way staff start it: copied onto a clean machine (no Python on
PATH, the source checkout hidden from it, the default data folder under a fresh home), then
every piece the installer must carry is used for real: migrations (init, and an upgrade over
an older build), demo data, the integrity and audit checks, an import with its parser
process, labels and invoices in Chinese, the keyring, and the GUI under Xvfb in zh_CN.

Run by .ci/bundle-smoke after it builds the bundle; see conftest.py for the options.
"""

from __future__ import annotations

import csv
import json
import os
import pty
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

import pytest
from conftest import ROOT, missing

from benchmarks.bench_bundle import (
    LOGIN_TITLE,
    MAIN_TITLE,
    Installation,
    install,
    start_gui,
    stop,
    wait_for_window,
    x_tool,
    xvfb,
)

SHOPIFY = Path("/work/shared/samples/orders/shopify_orders_export.csv")
MYSQL_ADMIN = dict(host="127.0.0.1", port=3306, user="root")


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def revision(db: Path) -> str:
    return str(query(db, "SELECT version_num FROM alembic_version")[0][0])


def head_revision() -> str:
    from app.migrate import head_revision

    return head_revision()


@pytest.fixture(scope="module")
def machine(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Installation:
    return Installation(bundle, tmp_path_factory.mktemp("machine"))


@pytest.fixture(scope="module")
def demo(machine: Installation) -> dict[str, str]:
    """`Kuaidan init` then `Kuaidan demo` on the machine's fresh data folder: their output."""
    assert not machine.data_dir.exists()
    init = machine.run("init").stdout
    demo = machine.run("demo").stdout
    return {"init": init, "demo": demo}


# -- the machine --------------------------------------------------------------------------


def test_the_machine_has_no_python_and_cannot_see_the_source(machine: Installation) -> None:
    for name in ("python", "python3", "pip"):
        assert shutil.which(name, path=str(machine.bin)) is None
    assert machine.run("--help").returncode == 0
    if not machine.hides_source:
        missing("hiding the source checkout needs root (unshare --mount)")
    seen = subprocess.run(
        machine.argv(str(ROOT), program="/bin/ls"), env=machine.env(), capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    assert seen.stdout == ""  # what Kuaidan sees of the checkout: nothing


# -- commands -------------------------------------------------------------------------------


def test_init_and_demo_fill_the_default_data_folder(
    machine: Installation, demo: dict[str, str]
) -> None:
    db = machine.data_dir / "kuaidan.db"
    assert f"Database ready: sqlite:///{db}" in demo["init"]
    assert revision(db) == head_revision()  # the bundled migrations ran to the newest
    made = re.search(r"Demo data: (\d+) orders", demo["demo"])
    assert made, demo["demo"]
    assert int(made.group(1)) == query(db, "SELECT count(*) FROM orders")[0][0] > 0
    assert (machine.data_dir / "logs" / "kuaidan.log").stat().st_size > 0


def test_check_db_and_verify_audit_pass(machine: Installation, demo: dict[str, str]) -> None:
    report = json.loads(machine.run("check-db", "--json").stdout)
    assert report["ok"] is True and report["problems"] == 0
    assert len(report["checks"]) >= 5
    audit = machine.run("verify-audit").stdout
    entries = query(machine.data_dir / "kuaidan.db", "SELECT count(*) FROM audit_log")[0][0]
    assert f"Audit chain intact: {entries} entries verified" in audit
    assert entries > 0


def test_shopify_sample_imports_as_from_the_source(
    machine: Installation, demo: dict[str, str], tmp_path: Path
) -> None:
    if not SHOPIFY.exists():  # skipped even in CI, as the sample tests of the suite are
        pytest.skip(f"sample file {SHOPIFY} not available")
    bundled = json.loads(machine.run("import", str(SHOPIFY), "--json").stdout)
    source = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(SHOPIFY), "--json"],
        env={**os.environ, "KUAIDAN_DATA_DIR": str(tmp_path)}, capture_output=True, text=True,
        check=True, cwd=ROOT,
    )  # fmt: skip
    expected = json.loads(source.stdout)
    assert bundled["orders_created"] > 0
    assert {**bundled, "batch_id": None} == {**expected, "batch_id": None}


def _children(pid: int) -> dict[int, tuple[str, str]]:
    """The processes whose parent is `pid`: {pid: (executable, command line)}."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with suppress(OSError, IndexError):
            status = (entry / "status").read_text()
            if f"\nPPid:\t{pid}\n" in status:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                found[int(entry.name)] = (os.readlink(entry / "exe"), cmdline)
    return found


def test_a_big_file_is_parsed_by_a_second_process_of_the_bundle(
    machine: Installation, demo: dict[str, str]
) -> None:
    from app.importing.pipeline import PROCESS_MIN_BYTES
    from benchmarks.bench_import_reader import HEADERS, generate_rows

    rows = generate_rows(12_000)
    big = machine.root / "big-orders.csv"
    with big.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADERS, *rows])
    assert big.stat().st_size >= PROCESS_MIN_BYTES  # big enough for the parser process

    importing = machine.popen("import", str(big), "--json")
    children: dict[int, tuple[str, str]] = {}
    while importing.poll() is None:
        # Before it execs the bundle, the wrapper's shell mounts over the source tree
        # (Installation.command): that `mount` is the test's, not a process of the import.
        children.update(
            (pid, child)
            for pid, child in _children(importing.pid).items()
            if not child[1].startswith("mount -t tmpfs")
        )
        time.sleep(0.02)
    out, err = importing.communicate()
    assert importing.returncode == 0, out + err
    result = json.loads(out)
    assert result["rows_failed"] == []
    assert result["orders_created"] == len({row[0] for row in rows})

    parsers = [cmd for exe, cmd in children.values() if "--multiprocessing-fork" in cmd]
    assert parsers, f"no parser process seen; children: {children}"
    # Every process the import started is the bundle's own executable, never a Python.
    assert {exe for exe, _ in children.values()} == {str(machine.exe)}


def _an_order_to_ship(db: Path) -> tuple[str, str, str]:
    """(order no, recipient, address) of a confirmed demo order: ready for its label."""
    row = query(
        db,
        "SELECT order_no, recipient_name, address FROM orders WHERE status = 'confirmed' "
        "AND recipient_name <> '' ORDER BY id LIMIT 1",
    )[0]
    return str(row[0]), str(row[1]), str(row[2])


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _embedded_fonts(pdf: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    return [row.split()[0] for row in rows if re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s", row)]


def test_label_and_invoice_print_in_chinese(
    machine: Installation, demo: dict[str, str], artifacts: Path
) -> None:
    order_no, recipient, address = _an_order_to_ship(machine.data_dir / "kuaidan.db")
    assert re.search(r"[\u4e00-\u9fff]", recipient + address)  # there is Chinese to print

    label = machine.root / "label.pdf"
    printed = machine.run("documents", "label", "--order", order_no, "--out", str(label)).stdout
    tracking = re.search(rf"^ok\s+{order_no}\s+(\S+)$", printed, re.MULTILINE)
    assert tracking, printed
    text = _pdf_text(label)
    assert recipient in text and "收" in text and order_no in text
    assert _embedded_fonts(label), "the label's Chinese font is not embedded"
    picture = artifacts / "label"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-singlefile", str(label), str(picture)], check=True
    )
    codes = subprocess.run(
        ["zbarimg", "--quiet", "--raw", f"{picture}.png"], capture_output=True, text=True
    ).stdout.split()
    assert tracking.group(1) in codes  # the barcode (reportlab's barcode modules) scans

    invoice = machine.root / "invoice.pdf"
    machine.run("documents", "invoice", "--order", order_no, "--out", str(invoice))
    text = _pdf_text(invoice)
    assert recipient in text and order_no in text and "销售单" in text
    assert _embedded_fonts(invoice)
    for pdf in (label, invoice):
        shutil.copy(pdf, artifacts / pdf.name)


# -- the keyring ----------------------------------------------------------------------------


@contextmanager
def _secret_service(machine: Installation) -> Iterator[dict[str, str]]:
    """A D-Bus session with an unlocked GNOME keyring, as a desktop login has: the
    variables that lead to it."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon", "dbus-send"):
        if not shutil.which(tool):
            missing(f"{tool} not installed (Debian: dbus gnome-keyring)")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert bus.stdout is not None
    env = {**machine.env(), "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().strip()}
    keyring = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        text=True,
    )  # fmt: skip
    try:
        assert keyring.stdin is not None
        keyring.stdin.write("login keyring password")
        keyring.stdin.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            owner = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                 "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                 "string:org.freedesktop.secrets"],
                env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if "boolean true" in owner.stdout:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the GNOME keyring did not come up on the session bus")
        yield {"DBUS_SESSION_BUS_ADDRESS": env["DBUS_SESSION_BUS_ADDRESS"]}
    finally:
        for process in (keyring, bus):
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture
def mysql_login() -> Iterator[tuple[str, str]]:
    """A throw-away MariaDB database and a user with a password: (URL without it, password)."""
    pymysql = pytest.importorskip("pymysql")
    try:
        admin = pymysql.connect(**MYSQL_ADMIN, autocommit=True)
    except pymysql.MySQLError as exc:
        missing(f"no MariaDB/MySQL server at 127.0.0.1:3306: {exc}")
    name = f"kd_bundle_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    with closing(admin), admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
        cur.execute(f"CREATE USER '{name}'@'%%' IDENTIFIED BY %s", (password,))
        cur.execute(f"GRANT ALL ON {name}.* TO '{name}'@'%'")
        try:
            yield f"mysql://{name}@127.0.0.1:3306/{name}", password
        finally:
            cur.execute(f"DROP DATABASE IF EXISTS {name}")
            cur.execute(f"DROP USER IF EXISTS '{name}'@'%'")


def _run_in_terminal(argv: list[str], env: dict[str, str], answer: str) -> tuple[int, str]:
    """Run `argv` on a terminal of its own, typing `answer` at its password prompt."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its own session, the pty as its terminal
        os.execve(argv[0], argv, env)
    output = b""
    answered = False
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if not answered and b"password" in output.lower():
            os.write(terminal, answer.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_the_keyring_keeps_the_server_password(
    machine: Installation, mysql_login: tuple[str, str]
) -> None:
    url, password = mysql_login
    with _secret_service(machine) as session:
        # First start: the server refuses the URL without a password, Kuaidan asks for it on
        # the terminal and files it in the keyring.
        code, output = _run_in_terminal(
            machine.argv("init", "--db", url), machine.env(**session), password
        )
        assert code == 0, output
        assert "Database ready: mysql" in output
        # Later starts have no terminal to ask on: the password can only come from the keyring.
        checked = machine.run("check-db", "--db", url, env=session)
        assert "0 problem(s) found" in checked.stdout
    # The same without the keyring's session is refused: it really was the keyring.
    refused = machine.run("check-db", "--db", url, check=False)
    assert refused.returncode == 2 and "No password given" in refused.stderr


# -- the GUI --------------------------------------------------------------------------------


def _window_area_colours(screenshot: Path, display: str, window: str) -> int:
    """How many colours the screenshot shows inside the window (an unpainted one has 1)."""
    from PySide6.QtGui import QImage

    geometry = dict(
        line.split("=")
        for line in x_tool(display, "xdotool", "getwindowgeometry", "--shell", window).split()
    )
    x, y, w, h = (int(geometry[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
    image = QImage(str(screenshot))
    assert not image.isNull() and w > 200 and h > 150
    colours = {
        image.pixel(x + i, y + j)
        for i in range(0, w, 3)
        for j in range(0, h, 3)
        if image.valid(x + i, y + j)
    }
    return len(colours)


def test_gui_shows_the_login_window_in_chinese_and_logs_in(
    machine: Installation, demo: dict[str, str], artifacts: Path
) -> None:
    if not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "import", "xprop")):
        missing("Xvfb, xdotool, xprop and ImageMagick's import are needed (xvfb xdotool "
                "x11-utils imagemagick)")  # fmt: skip
    with xvfb() as display:
        gui = start_gui(machine, display, "zh_CN")
        try:
            login, seconds, cpu = wait_for_window(display, LOGIN_TITLE, gui)
            time.sleep(1)  # let it paint before the picture
            shot = artifacts / "login-window.png"
            x_tool(display, "import", "-window", "root", str(shot))
            assert _window_area_colours(shot, display, login) > 50
            # The window icon (resources/icons) was found: Qt gives X no icon for a null one.
            icon = x_tool(display, "xprop", "-id", login, "_NET_WM_ICON")
            assert icon.startswith("_NET_WM_ICON(CARDINAL) = "), icon[:200]
            (artifacts / "start-to-login.json").write_text(
                json.dumps({"start_to_login_s": round(seconds, 3), "cpu_s": round(cpu, 3)})
            )
            print(f"login window after {seconds:.2f} s ({cpu:.2f} s CPU): {shot}")

            # Log in as the demo administrator with the keyboard, as a user does.
            x_tool(display, "xdotool", "windowfocus", "--sync", login)
            x_tool(display, "xdotool", "type", "--delay", "30", "admin")
            x_tool(display, "xdotool", "key", "Tab")
            x_tool(display, "xdotool", "type", "--delay", "30", "demo1234")
            x_tool(display, "xdotool", "key", "Return")
            main, _, _ = wait_for_window(display, MAIN_TITLE, gui, timeout=120)
            time.sleep(2)
            shot = artifacts / "main-window.png"
            x_tool(display, "import", "-window", "root", str(shot))
            assert _window_area_colours(shot, display, main) > 50
        finally:
            stop(gui)


# -- upgrade --------------------------------------------------------------------------------


def _schema(db: Path) -> set[tuple[object, ...]]:
    return set(query(db, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_a_newer_bundle_over_an_older_one_upgrades_after_a_backup(
    bundle: Path, old_bundle: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    machine = Installation(old_bundle, tmp_path_factory.mktemp("upgrade"))
    machine.run("init")
    machine.run("demo", "--orders", "2000", "--customers", "200")
    db = machine.data_dir / "kuaidan.db"
    old_revision, head = revision(db), head_revision()
    assert old_revision != head, "the old bundle must be a build of an older schema"
    orders = query(db, "SELECT count(*) FROM orders")[0][0]

    install(bundle, machine.app)  # the newer version over the older one, data left alone
    versions = "_internal/migrations/versions"
    installed = sorted(p.name for p in (machine.app / versions).glob("*.py"))
    assert installed == sorted(p.name for p in (bundle / versions).glob("*.py"))

    checked = machine.run("check-db")  # the first start of the new version
    assert "0 problem(s) found" in checked.stdout
    assert revision(db) == head
    assert query(db, "SELECT count(*) FROM orders")[0][0] == orders
    backups = list((machine.data_dir / "backups").glob(f"kuaidan-*-before-{head}.db"))
    assert len(backups) == 1, backups
    assert revision(backups[0]) == old_revision
    assert query(backups[0], "SELECT count(*) FROM orders")[0][0] == orders
    log = (machine.data_dir / "logs" / "kuaidan.log").read_text(encoding="utf-8")
    assert f"schema upgraded from {old_revision} to {head}" in log

    # The upgraded schema is the one a fresh install of the new version makes.
    fresh = machine.root / "fresh.db"
    machine.run("init", "--db", f"sqlite:///{fresh}")
    assert _schema(db) == _schema(fresh)
