"""The one dialog scaffold (ui/kit/dialog.py, issue 21), on a real dialog built on it (the
Inventory tab's warehouse dialog, which saves on a worker): Enter is OK and Esc is Cancel, a
refusal names and marks its field and keeps what was typed, and while the save waits for the
database the dialog is busy and cannot be closed."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.permissions import Actor
from app.services import Services
from ui.action_runner import runner
from ui.kit.dialog import FIELD_ERROR_STYLE, FieldProblem, FormDialog
from ui.tabs.inventory_dialogs import WarehouseDialog

pytestmark = pytest.mark.sqlite_only


def _codes(services: Services, admin: Actor) -> set[str]:
    return {w.code for w in services.inventory.list_warehouses(admin)}


def _open(qtbot: QtBot, services: Services, admin: Actor) -> WarehouseDialog:
    dialog = WarehouseDialog(services, admin, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_enter_saves_and_a_refusal_names_and_marks_its_field(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    dialog = _open(qtbot, services, admin)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault() and ok.text() == "Save"
    qtbot.keyClicks(dialog.code, "bj")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter in a field presses OK
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.message.text() == "Name: This field is required"
    assert dialog.isVisible() and dialog.code.text() == "bj"  # nothing typed is lost
    assert dialog.name.styleSheet() == FIELD_ERROR_STYLE and dialog.focusWidget() is dialog.name
    assert "BJ" not in _codes(services, admin)

    qtbot.keyClicks(dialog.name, "Beijing")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert not dialog.isVisible() and dialog.name.styleSheet() == ""
    assert dialog.result_value.code == "BJ" and "BJ" in _codes(services, admin)


def test_escape_cancels_and_saves_nothing(qtbot: QtBot, services: Services, admin: Actor) -> None:
    dialog = _open(qtbot, services, admin)
    qtbot.keyClicks(dialog.code, "gz")
    qtbot.keyClicks(dialog.name, "Guangzhou")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert "GZ" not in _codes(services, admin)


def test_the_dialog_is_busy_while_its_action_waits_for_the_database(
    qtbot: QtBot, services: Services, admin: Actor, db_url: str
) -> None:
    dialog = _open(qtbot, services, admin)
    qtbot.keyClicks(dialog.code, "sz")
    qtbot.keyClicks(dialog.name, "Shenzhen")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # Another workstation holds the database's write lock for a moment.
    lock = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=5, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")
    threading.Timer(1.5, lock.rollback).start()
    started = time.monotonic()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5, "the click returned while the save waits"
    assert dialog.busy and runner().busy
    assert not ok.isEnabled() and not dialog.code.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # neither Esc nor closing leaves a save behind
    dialog.close()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    lock.close()
    assert "SZ" in _codes(services, admin)
    assert ok.isEnabled() and dialog.code.isEnabled()  # as they were, for the next time


def test_a_forms_own_check_points_at_its_widget(qtbot: QtBot) -> None:
    dialog = FormDialog("Check")
    qtbot.addWidget(dialog)
    amount = QLineEdit(dialog)
    dialog.form.addRow("Amount", amount)
    dialog.finish_layout()

    def action() -> None:
        raise FieldProblem("Amount: enter a number", amount)

    dialog.action = action
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Amount: enter a number"
    assert amount.styleSheet() == FIELD_ERROR_STYLE
    dialog.action = lambda: 42
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_value == 42
    assert dialog.message.text() == "" and amount.styleSheet() == ""
