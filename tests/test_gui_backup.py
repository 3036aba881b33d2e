"""Settings → Backup and restore, pressed as the administrator would; the status bar's
backup warning and the maintenance state another workstation's restore causes."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QTableView, QTabWidget
from pytestqt.qtbot import QtBot

from app.demo import generate_demo
from app.permissions import Actor, Role
from app.services import Services
from app.uow import read
from models import Order
from ui.main_window import MainWindow
from ui.tabs.backup_page import BackupPage

pytestmark = pytest.mark.sqlite_only


def _page(window: MainWindow, qtbot: QtBot | None = None) -> BackupPage:
    pages = window.tab_widgets["settings"].findChild(QTabWidget, "settingsPages")
    names = [pages.tabText(i) for i in range(pages.count())]
    index = names.index("Backup and restore")
    pages.setCurrentIndex(index)
    page = pages.widget(index)
    assert isinstance(page, BackupPage)
    if qtbot is not None:
        qtbot.waitUntil(page.isVisible)
    return page


def _click(qtbot: QtBot, page: BackupPage, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_verify_and_restore_from_the_page(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    generate_demo(services.db, seed=2, orders=120, customers=20)
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("settings"))
    page = _page(window, qtbot)
    table = page.findChild(QTableView, "backupsTable")
    assert table.model().rowCount() == 0
    _click(qtbot, page, "backupNow")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=30_000)
    assert "Backup written" in page.details.toPlainText()
    _click(qtbot, page, "restoreDrill")
    qtbot.waitUntil(lambda: "verified" in page.details.toPlainText(), timeout=60_000)
    qtbot.waitUntil(lambda: table.model().index(0, 6).data() == "✔ ok", timeout=10_000)
    # Orders deleted by hand, then restored from the page.
    conn = sqlite3.connect(services.db.url.database)  # a database tool: no foreign keys
    conn.execute("DELETE FROM orders WHERE id <= 20")
    conn.commit()
    conn.close()
    assert read(services.db, lambda uow: uow.session.query(Order).count()) == 100
    table.selectRow(0)
    _click(qtbot, page, "restoreBackup")
    dialog = page.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        "Audit chain head" in dialog.findChild(type(page.details), "restoreManifest").toPlainText()
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    confirm = dialog.findChild(QLineEdit, "restoreConfirmation")
    qtbot.keyClicks(confirm, "RESTORE")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.logged_out, timeout=60_000)  # every workstation reloads
    told = window.backup_watch.message_box  # read on the login screen, then OK
    assert told.isVisible() and ".kdbak" in told.text()
    qtbot.mouseClick(told.buttons()[0], Qt.MouseButton.LeftButton)
    assert not told.isVisible()
    assert read(services.db, lambda uow: uow.session.query(Order).count()) == 120
    names = {b.name for b in services.backups.list_backups(admin)}
    assert any("before-restore" in n for n in names)


def test_only_the_admin_sees_the_page(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.SUPERVISOR], idle_minutes=0)
    qtbot.addWidget(window)
    pages = window.tab_widgets["settings"].findChild(QTabWidget, "settingsPages")
    assert "Backup and restore" not in [pages.tabText(i) for i in range(pages.count())]


def test_status_bar_warns_and_maintenance_blocks_work(
    qtbot: QtBot, services: Services, admin: Actor, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(services, actors[Role.REVIEWER], idle_minutes=0)
    qtbot.addWidget(window)
    watch = window.backup_watch
    watch.check(schedule=False)
    qtbot.waitUntil(lambda: "No backup yet" in window.alerts_label.text(), timeout=10_000)
    # Another workstation starts a restore: this one shows it and takes no input.
    services.backups._set_maintenance(admin, "Restoring x")
    watch.check(schedule=False)
    qtbot.waitUntil(lambda: not window.tabs.isEnabled(), timeout=10_000)
    assert "admin is restoring" in window.alerts_label.text()
    services.backups._clear_maintenance()
    services.backups.create(admin)
    watch.check(schedule=False)
    qtbot.waitUntil(lambda: window.tabs.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: "backup" not in window.alerts_label.text().lower(), timeout=10_000)


def test_page_says_when_the_last_restore_was_interrupted(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    """A restore killed mid-way leaves its start in the audit log and nothing else (the
    kill itself is tested in test_backup_faults.py); the page says so until the next one."""
    from PySide6.QtWidgets import QLabel

    generate_demo(services.db, seed=2, orders=30, customers=5)
    made = services.backups.create(admin)
    services.backups._audit(admin, "backup.restore_started", made.path.name, {})
    window = MainWindow(services, admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("settings"))
    page = _page(window, qtbot)
    label = page.findChild(QLabel, "interruptedRestore")
    qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert made.path.name in label.text() and "did not finish" in label.text()
    # Restored from the page: the note goes.
    page.refresh()
    services.backups.restore(admin, made.path, confirmation="RESTORE", safety_backup=False)
    page.refresh()
    assert not label.isVisible()
