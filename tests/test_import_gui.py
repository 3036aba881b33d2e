"""The import and export screens with real widgets (offscreen), as a clerk uses them: a sample
dropped on the Orders tab, its columns, the dry run, the import in the background with the
tab refreshed, the report and the error workbook; the error list under qtmodeltester; the
unknown-SKU mapping; the export dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.importing.parse import RowError
from app.permissions import Actor, Role
from app.services import Services
from tests.conftest import add_user
from tests.orders_helpers import catalogue
from tests.test_import_writer import SHOPIFY, needs_samples, template_file, template_row
from ui.i18n import install_translators
from ui.importing.error_model import ErrorColumn, RowErrorModel
from ui.importing.export_dialog import ExportDialog
from ui.importing.import_dialog import ImportDialog
from ui.importing.sku_dialog import SkuDialog
from ui.main_window import MainWindow
from ui.tabs.orders_tab import OrdersTab

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _window(qtbot: QtBot, services: Services, actor: Actor) -> tuple[MainWindow, OrdersTab]:
    window = MainWindow(services, actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["orders"]
    assert isinstance(tab, OrdersTab)
    return window, tab


def _drop(qtbot: QtBot, target: object, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, drop)  # type: ignore[arg-type]


@needs_samples
def test_drop_a_sample_check_import_and_save_the_bad_rows(
    qtbot: QtBot,
    services: Services,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    window, tab = _window(qtbot, services, clerk)
    assert tab.import_entry.act_import.isVisible()
    assert not tab.import_entry.act_export.isVisible()  # a reviewer exports nothing
    _drop(qtbot, tab, SHOPIFY)
    [dialog] = tab.import_entry.dialogs
    assert isinstance(dialog, ImportDialog) and not dialog.isModal()
    assert dialog.pages.currentIndex() == dialog.PAGE_COLUMNS
    assert "Shopify" in dialog.detected.text() and "100%" in dialog.detected.text()
    assert dialog.column_choices["external_no"].currentData() == "Name"
    sample = dialog.sample.model()
    assert sample.rowCount() == 20 and sample.index(0, 0).data() == "#1001"

    dialog.dry_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_CHECK, timeout=20_000)
    assert "将创建 15 个订单（30 行商品）" in dialog.check_summary.text()
    errors = dialog.check_errors.model
    assert errors.rowCount() == 4
    assert errors.index(0, ErrorColumn.ROW).data() == "26"
    assert errors.index(0, ErrorColumn.REASON).data() == "没有收货人，但订单仍需发货"
    dialog.check_errors.search.setText("#1017")
    assert errors.rowCount() == 1
    assert services.order_queries.queue_counts(clerk).total == 0  # the dry run wrote nothing

    dialog.check_import.click()
    assert dialog.pages.currentIndex() == dialog.PAGE_RUN
    assert window.job_label.isVisible()  # the status bar shows the job; the window is usable
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_REPORT, timeout=30_000)
    summary = dialog.report_summary.text()
    assert "已创建 15 个订单（30 行商品）" in summary and "未导入的行：4" in summary
    assert dialog.report_errors.model.rowCount() == 4
    qtbot.waitUntil(lambda: tab.counts is not None and tab.counts.total == 15, timeout=10_000)

    out = tmp_path / "错误.xlsx"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog.save_error_workbook(str(out))
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.max_row == 11  # every row of the 4 refused orders, under the header
    assert told == [f"已将 10 行保存到 {out}。请在其中修改后导入该工作簿。"]
    assert sheet.cell(1, sheet.max_column).value == "错误"
    reasons = [sheet.cell(r, sheet.max_column).value for r in range(2, sheet.max_row + 1)]
    assert reasons[0].startswith("Shipping Name: 没有收货人，但订单仍需发货 — Order '#1011'")

    # The same file again: nothing new.
    again = tab.import_entry.open_import(str(SHOPIFY))
    again.import_button.click()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == again.PAGE_REPORT, timeout=30_000)
    assert "已导入过，跳过：15" in again.report_summary.text()
    assert "以前导入过" in again.report_summary.text()


def test_cancel_stops_the_import_and_keeps_what_was_written(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.importing.service as import_service

    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 20)
    catalogue(services)
    admin = add_user(services.db, "boss", Role.ADMIN)
    source = template_file(tmp_path / "o.csv", [template_row(n) for n in range(400)])
    dialog = ImportDialog(services, admin, None, path=str(source))
    qtbot.addWidget(dialog)
    real_commit = import_service.ImportService._commit

    def slow_commit(self, *args):  # type: ignore[no-untyped-def]
        done = real_commit(self, *args)
        if dialog.worker is not None:
            dialog.worker.cancel_token.cancel()  # the clerk presses Cancel after a chunk
        return done

    monkeypatch.setattr(import_service.ImportService, "_commit", slow_commit)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_REPORT, timeout=30_000)
    assert dialog.result is not None and dialog.result.cancelled
    assert 0 < dialog.result.orders_created < 400
    assert "已取消" in dialog.report_summary.text() or "Cancelled" in dialog.report_summary.text()


def test_an_unreadable_file_is_named_on_the_first_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    admin = add_user(services.db, "boss", Role.ADMIN)
    broken = tmp_path / "orders.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    dialog = ImportDialog(services, admin, None, path=str(broken))
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_FILE
    assert "not an Excel workbook" in dialog.file_problem.text()


def test_error_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowErrorModel()
    model.set_errors(
        [
            RowError(n, "数量", "qty_invalid" if n % 3 else "amount_invalid", f"bad {n}")
            for n in range(2, 300)
        ]
    )
    qtmodeltester.check(model)
    assert model.codes() == ["qty_invalid", "amount_invalid"]
    model.set_filter(code="amount_invalid")
    assert model.rowCount() == 99
    model.set_filter(text="bad 29")
    assert [model.index(r, ErrorColumn.ROW).data() for r in range(model.rowCount())] == [
        "29",
        *(str(n) for n in range(290, 300)),
    ]
    qtmodeltester.check(model)
    assert (
        model.index(0, 99).data() is None
        and model.headerData(99, Qt.Orientation.Horizontal) is None
    )


def test_mapping_an_unknown_sku_in_the_dialog_releases_the_order(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    catalogue(services)
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    source = template_file(tmp_path / "o.csv", [template_row(1, sku="RED-1")])
    assert services.importing.run(clerk, source).orders_held == 1
    dialog = SkuDialog(services, clerk)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "RED-1"
    with qtbot.waitSignal(dialog.linked):
        dialog.our_sku.setText("SKU-T")
        dialog.map_button.click()
    assert dialog.model.rowCount() == 0
    assert "1" in dialog.message.text()
    assert services.order_queries.queue_counts(clerk).on_hold == 0


def test_export_dialog_writes_the_ticked_columns(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    catalogue(services)
    admin = add_user(services.db, "boss", Role.ADMIN)
    source = template_file(tmp_path / "o.csv", [template_row(1), template_row(2)])
    services.importing.run(admin, source)
    dialog = ExportDialog(services, admin)
    qtbot.addWidget(dialog)
    dialog._tick(lambda key: key in ("order_no", "external_no", "total"))
    assert dialog.chosen_columns() == ["order_no", "external_no", "total"]
    out = tmp_path / "o.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export(str(out))
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Order no", "Platform order no", "Total")
    assert sorted(r[1] for r in rows[1:]) == ["T0000001", "T0000002"]
    assert "2" in dialog.message.text()
