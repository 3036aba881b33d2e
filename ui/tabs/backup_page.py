"""Settings → Backup and restore (administrator): the backups with their verification
result, back up now, a restore drill, and restore with a typed confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.backup_service import RESTORE_CONFIRMATION, BackupInfo
from app.errors import AppError
from app.permissions import Actor
from app.services import Services
from ui.errors import error_text, show_error
from ui.kit.list_model import ListColumn, ListModel, list_view, selected_row


def manifest_text(info: BackupInfo) -> str:
    """The manifest as the admin reads it before restoring."""
    m = info.manifest
    if m is None:
        return QCoreApplication.translate("BackupPage", "Not usable: %1").replace("%1", info.error)
    lines = [
        QCoreApplication.translate("BackupPage", "File: %1").replace("%1", str(info.path)),
        QCoreApplication.translate("BackupPage", "Made at: %1 by %2 on %3")
        .replace("%1", _local(m.created_at))
        .replace("%2", m.created_by)
        .replace("%3", m.host),
        QCoreApplication.translate("BackupPage", "From: %1 (%2)")
        .replace("%1", m.source_kind)
        .replace("%2", m.source_url),
        QCoreApplication.translate("BackupPage", "Kuaidan %1, schema %2")
        .replace("%1", m.app_version)
        .replace("%2", m.schema_revision),
        QCoreApplication.translate("BackupPage", "Audit chain head: seq %1").replace(
            "%1", str(m.audit_seq)
        ),
        QCoreApplication.translate("BackupPage", "Rows: %1 in %2 tables")
        .replace("%1", f"{m.total_rows:,}")
        .replace("%2", str(len(m.tables))),
    ]
    busiest = sorted(m.tables, key=lambda t: -t.rows)[:8]
    lines.extend(f"    {t.name}: {t.rows:,}" for t in busiest if t.rows)
    return "\n".join(lines)


def _local(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class RestoreDialog(QDialog):
    """Shows the manifest; OK only once the confirmation word is typed."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        details = QPlainTextEdit(manifest_text(info), self)
        details.setObjectName("restoreManifest")
        details.setReadOnly(True)
        layout.addWidget(details)
        warning = QLabel(
            self.tr(
                "The whole database will be replaced by this backup. The current database is "
                "backed up first. On a shared server the other workstations wait until the "
                "restore ends, then every workstation reloads."
            ),
            self,
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        layout.addWidget(
            QLabel(self.tr("Type %1 to confirm:").replace("%1", RESTORE_CONFIRMATION), self)
        )
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("restoreConfirmation")
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(
            lambda text: self.ok_button.setEnabled(text.strip() == RESTORE_CONFIRMATION)
        )
        self.resize(560, 420)


class BackupPage(QWidget):
    COLUMNS = ("File", "Made at", "By", "Source", "Rows", "Size", "Verified")

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.backups: list[BackupInfo] = []
        self.restore_dialog: RestoreDialog | None = None
        layout = QVBoxLayout(self)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        # A restore that was killed before it finished: said plainly until the next one.
        self.interrupted_label = QLabel("", self)
        self.interrupted_label.setObjectName("interruptedRestore")
        self.interrupted_label.setWordWrap(True)
        self.interrupted_label.setStyleSheet("color: #b00020;")
        self.interrupted_label.hide()
        layout.addWidget(self.interrupted_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.drill_button = QPushButton(self.tr("Restore &drill"), self)
        self.drill_button.setObjectName("restoreDrill")
        self.drill_button.setToolTip(
            self.tr("Verify the newest backup: restore it into a temporary database and check it")
        )
        self.verify_button = QPushButton(self.tr("&Verify selected"), self)
        self.verify_button.setObjectName("verifyBackup")
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshBackups")
        for button in (
            self.backup_button, self.drill_button, self.verify_button, self.restore_button,
            self.refresh_button,
        ):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model: ListModel[BackupInfo] = ListModel(self._columns(), (), self)
        self.table = list_view(split, "backupsTable", self.model, fit=False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.details = QPlainTextEdit(split)
        self.details.setObjectName("backupDetails")
        self.details.setReadOnly(True)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.drill_button.clicked.connect(lambda: self.drill())
        self.verify_button.clicked.connect(lambda: self.verify_selected())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.refresh()

    def _window(self) -> Any:
        return self.window()

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.drill_button, self.verify_button,
                       self.restore_button):  # fmt: skip
            button.setEnabled(not busy)

    def refresh(self) -> None:
        try:
            status = self.services.backups.status()
            self.backups = self.services.backups.list_backups(self.actor)
            folder = self.services.backups.folder()
            interrupted = self.services.backups.interrupted_restore(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        self.interrupted_label.setText(error_text(interrupted) if interrupted else "")
        self.interrupted_label.setVisible(interrupted is not None)
        if status.last_backup_at is None:
            last = self.tr("none yet")
        else:
            last = status.last_backup_at.astimezone().strftime("%Y-%m-%d %H:%M")
        cycle = (
            self.tr("every %1 hours").replace("%1", str(status.cycle_hours))
            if status.cycle_hours
            else self.tr("no schedule")
        )
        who = (
            self.tr("made here")
            if self.services.backups.schedule_here(status)
            else self.tr("made by %1").replace("%1", status.workstation or self.tr("(none)"))
        )
        self.status_label.setText(
            self.tr("Last backup: %1 · Schedule: %2, %3 · Folder: %4")
            .replace("%1", last)
            .replace("%2", cycle)
            .replace("%3", who)
            .replace("%4", str(folder))
        )
        self.model.set_rows(self.backups)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("No backups in this folder yet."))

    def _columns(self) -> list[ListColumn[BackupInfo]]:
        def verified(info: BackupInfo) -> str:
            if info.manifest is None:
                return self.tr("✘ unusable")
            if info.verified is None:
                return self.tr("not yet")
            return self.tr("✔ ok") if info.verified else self.tr("✘ failed")

        def made(value: Callable[[Any], str]) -> Callable[[BackupInfo], str]:
            return lambda info: value(info.manifest) if info.manifest else ""

        return [
            ListColumn(self.tr("File"), lambda i: i.name),
            ListColumn(self.tr("Made at"), made(lambda m: _local(m.created_at))),
            ListColumn(self.tr("By"), made(lambda m: m.created_by)),
            ListColumn(self.tr("Source"), made(lambda m: m.source_kind)),
            ListColumn(self.tr("Rows"), made(lambda m: f"{m.total_rows:,}")),
            ListColumn(self.tr("Size"), lambda i: f"{i.size_bytes / 1e6:.1f} MB"),
            ListColumn(self.tr("Verified"), verified),
        ]

    def selected(self) -> BackupInfo | None:
        return selected_row(self.table)  # type: ignore[no-any-return]

    def _show_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.details.setPlainText(manifest_text(info))

    def back_up(self) -> None:
        self._busy(True)

        def done(result: Any) -> None:
            self._busy(False)
            self.refresh()
            self.details.setPlainText(
                self.tr("Backup written: %1 (%2 MB, %3 s)")
                .replace("%1", str(result.path))
                .replace("%2", f"{result.size_bytes / 1e6:.1f}")
                .replace("%3", f"{result.seconds:.1f}")
            )

        self._run(
            self.tr("Backing up"),
            lambda progress: self.services.backups.create(self.actor, progress=progress),
            done,
        )

    def _run(self, title: str, call: Any, done: Any) -> None:
        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.refresh()
            show_error(self, exc)

        def job(progress: Any, cancelled: Any) -> Any:
            return call(lambda step, n, total: progress(n, total))

        self._window().run_job(title, job, done, failed)

    def drill(self) -> None:
        newest = next((b for b in self.backups if b.manifest is not None), None)
        if newest is None:
            QMessageBox.information(self, self.tr("Restore drill"), self.tr("No backup yet."))
            return
        self._verify(newest)

    def verify_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self._verify(info)

    def _verify(self, info: BackupInfo) -> None:
        self._busy(True)
        self.details.setPlainText(self.tr("Verifying %1…").replace("%1", info.name))

        def done(report: Any) -> None:
            self._busy(False)
            self.refresh()
            lines = [
                (self.tr("✔ %1") if ok else self.tr("✘ %1")).replace("%1", name)
                for name, ok in report.checks
            ]
            lines.extend(report.problems)
            verdict = (
                self.tr("%1 verified: it restores and checks clean (%2 s).")
                if report.ok
                else self.tr("%1 HAS PROBLEMS (%2 s).")
            )
            lines.insert(0, verdict.replace("%1", info.name).replace("%2", f"{report.seconds:.1f}"))
            self.details.setPlainText("\n".join(lines))

        self._run(
            self.tr("Verifying a backup"),
            lambda progress: self.services.backups.verify(self.actor, info.path, progress),
            done,
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if info.manifest is None:
            QMessageBox.warning(self, self.tr("Restore a backup"), info.error)
            return
        dialog = RestoreDialog(info, self)
        dialog.setObjectName("restoreDialog")
        self.restore_dialog = dialog
        dialog.accepted.connect(lambda: self._restore(info, dialog.confirm.text().strip()))
        dialog.open()

    def _restore(self, info: BackupInfo, confirmation: str) -> None:
        self._busy(True)
        self.details.setPlainText(self.tr("Restoring %1…").replace("%1", info.name))

        def done(result: Any) -> None:
            self._busy(False)
            text = self.tr(
                "Restored %1. The database as it was before is in %2. Kuaidan reloads now: "
                "log in again."
            )
            self.details.setPlainText(
                text.replace("%1", info.name).replace("%2", str(result.safety_backup))
            )
            watch = getattr(self._window(), "backup_watch", None)
            if watch is not None:
                watch.reload(self.details.toPlainText())

        self._run(
            self.tr("Restoring a backup"),
            lambda progress: self.services.backups.restore(
                self.actor, info.path, confirmation=confirmation, progress=progress
            ),
            done,
        )
