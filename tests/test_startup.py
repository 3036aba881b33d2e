"""Start-up imports only what the screen on show needs (a correctness guard, not a timing
test: benchmarks/bench_startup.py measures the time). The login window shows before the
database layer is loaded; the main window shows with its first tab, without the document,
workbook and migration code; the schema check at head leaves Alembic alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import migrate
from app.db import open_database
from app.permissions import Role
from app.services import Services
from tests.conftest import TEST_PASSWORD, add_user
from ui.login import LoginDialog

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("reportlab", "openpyxl", "alembic", "python_calamine", "segno", "keyring")


def _modules_after(script: str, **env: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `script` (offscreen Qt)."""
    code = "import json, sys\n" + script + "\nprint('MODULES ' + json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n in modules or any(m.startswith(n + ".") for m in modules))


def test_the_login_window_shows_before_the_database_layer_loads() -> None:
    """What `main.py` (no command) imports up to the login window on screen."""
    modules = _modules_after(
        """
import main
from ui.app import DatabaseOpener, create_application
from ui.login import LoginDialog
app = create_application("zh_CN")
dialog = LoginDialog(None, "")
dialog.show()
app.processEvents()
assert dialog.isVisible() and dialog.windowTitle() == "登录 — 快单"
"""
    )
    assert _loaded(modules, ("sqlalchemy", "argon2", "app.db", "app.auth", *HEAVY)) == []
    assert _loaded(modules, ("ui.main_window", "ui.tabs", "app.importing", "app.printing")) == []


def test_the_main_window_shows_without_documents_workbooks_or_migrations(db_url: str) -> None:
    """Open the (already migrated) database, log in, show the main window: reportlab,
    openpyxl and Alembic are not loaded, nor the tabs other than the first."""
    db = open_database(db_url)
    add_user(db, "boss", Role.ADMIN)
    db.dispose()
    modules = _modules_after(
        f"""
from ui.app import create_application, main_window
from app.services import connect
app = create_application("zh_CN")
services = connect({db_url!r})
actor = services.auth.login("boss", {TEST_PASSWORD!r})
window = main_window(services, actor)
from PySide6.QtWidgets import QWidget
assert window.tab_keys[0] == "orders" and window.findChild(QWidget, "tab_orders") is not None
assert window.findChild(QWidget, "tab_logistics") is None  # built once the window is up
"""
    )
    assert _loaded(modules, HEAVY) == []
    assert _loaded(modules, ("ui.tabs.logistics_tab", "ui.tabs.reports_tab", "app.printing")) == []
    assert _loaded(modules, ("ui.tabs.orders_tab", "sqlalchemy")) == [
        "sqlalchemy",
        "ui.tabs.orders_tab",
    ]


def test_services_import_their_code_when_first_used(database) -> None:  # type: ignore[no-untyped-def]
    modules = _modules_after(
        f"""
from app.services import Services
from app.db import open_database
services = Services(open_database({database.url.render_as_string(hide_password=False)!r}))
assert "reportlab" not in sys.modules and "openpyxl" not in sys.modules
services.documents
assert "reportlab" in sys.modules
"""
    )
    assert "app.printing" in modules and "app.importing.exports" not in modules


def test_the_schema_check_at_head_reads_no_alembic(db_url: str) -> None:
    modules = _modules_after(
        f"""
from app.db import open_database
from app.migrate import upgrade
result = upgrade(open_database({db_url!r}))
assert result.backup_path is None and result.from_revision == result.to_revision
"""
    )
    assert _loaded(modules, ("alembic",)) == []


def test_the_cheap_schema_check_agrees_with_alembic(db_url: str, tmp_path: Path) -> None:
    assert migrate.scanned_head() == migrate.alembic_head() == migrate.head_revision()
    db = open_database(db_url)
    try:
        assert migrate.stamped_revision(db) == migrate.current_revision(db)
    finally:
        db.dispose()
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        assert migrate.stamped_revision(empty) is None  # no alembic_version table yet
        assert migrate.upgrade(empty).to_revision == migrate.alembic_head()
        assert migrate.stamped_revision(empty) == migrate.alembic_head()
    finally:
        empty.dispose()


def test_a_login_typed_before_the_database_opens_goes_through(
    qtbot: QtBot, services: Services
) -> None:
    """The login window is shown before its services exist: Enter then waits for them."""
    add_user(services.db, "clerk", Role.REVIEWER)
    dialog = LoginDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.isVisible()  # nothing to log in against yet
    assert dialog.database.text() == ""
    dialog.set_services(services)
    assert dialog.actor is not None and dialog.actor.username == "clerk"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert services.db.display_url in dialog.database.text()


def test_the_other_tabs_are_built_when_opened_or_once_the_window_is_up(
    qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.main_window import MainWindow

    actor = add_user(services.db, "boss", Role.ADMIN)
    window = MainWindow(services, actor, idle_minutes=15)
    qtbot.addWidget(window)
    assert window.findChild(QWidget, "tab_orders") is not None
    assert window.findChild(QWidget, "tab_inventory") is None
    assert window.tab_widgets["inventory"].objectName() == "tab_inventory"  # asked for: built
    window.resize(1366, 768)
    window.show()  # not painted yet: the rest is built after the first paint
    bar = window.tabs.tabBar()
    reports = window.tab_keys.index("reports")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(reports).center())
    assert window.tabs.currentIndex() == reports
    assert window.findChild(QWidget, "tab_reports") is not None  # opened: built at once
    with qtbot.waitSignal(window.tabs_built, timeout=30_000):
        pass
    for key in window.tab_keys:
        assert window.findChild(QWidget, f"tab_{key}") is not None, key


def test_the_database_opens_behind_the_shown_login_window(
    qtbot: QtBot, db_url: str, tmp_path: Path
) -> None:
    from ui.app import DatabaseOpener

    db = open_database(db_url)
    add_user(db, "clerk", Role.REVIEWER)
    db.dispose()
    dialog = LoginDialog(None, "")
    qtbot.addWidget(dialog)
    opener = DatabaseOpener(dialog, db_url)
    dialog.show()  # its first paint starts the opening
    qtbot.waitUntil(lambda: dialog.services is not None, timeout=20_000)
    assert opener.services is dialog.services and not opener.first_run
    assert dialog.isVisible() and "sqlite" in dialog.database.text()
    opener.services.close()

    # A database without users: the window closes for the first-run dialog.
    empty = LoginDialog(None, "")
    qtbot.addWidget(empty)
    first = DatabaseOpener(empty, f"sqlite:///{tmp_path / 'new.db'}")
    empty.show()
    qtbot.waitUntil(lambda: first.services is not None, timeout=20_000)
    assert first.first_run and not empty.isVisible()
    assert empty.result() == LoginDialog.DialogCode.Rejected
    first.services.close()

    # A database that cannot be opened: the window closes and the error is kept to be shown.
    broken = LoginDialog(None, "")
    qtbot.addWidget(broken)
    failed = DatabaseOpener(broken, "postgresql://nobody@db.invalid/x")
    broken.show()
    qtbot.waitUntil(lambda: failed.error is not None or failed.failure is not None, timeout=60_000)
    assert failed.error is not None and failed.services is None, failed.failure
    assert not broken.isVisible()
