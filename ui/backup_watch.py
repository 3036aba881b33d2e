"""Backups seen from every workstation: the status bar's "backup overdue" warning, the
scheduled backup (on the workstation that makes them), the maintenance state while another
workstation restores the shared database, and the reload after a restore."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ui.workers import Worker, start

CHECK_MS = 60_000  # a backup cycle is hours; a restore's maintenance state shows within a minute
FIRST_CHECK_MS = 3_000


class BackupWatcher(QObject):
    def __init__(self, window: Any, interval_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.restore_seq: int | None = None  # the newest restore when this session began
        self.in_maintenance = False
        self.checking = False
        self.schedule_next = False
        self.scheduled_running = False
        self.reloading = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.check(schedule=True))
        self.timer.start()
        # The first look only warns: a scheduled backup waits for the first full interval,
        # so starting Kuaidan is never slowed by one.
        QTimer.singleShot(FIRST_CHECK_MS, lambda: self.check(schedule=False))

    def stop(self) -> None:
        """The window closes: no more checks, and a result still on its way is dropped."""
        self.timer.stop()
        self.reloading = True

    def check(self, schedule: bool = True) -> None:
        """Read the backup status and the maintenance state in the background."""
        if self.checking or self.reloading:
            return
        self.checking = True
        backups = self.services.backups

        def job(progress: Any, cancelled: Any) -> Any:
            # The maintenance state first: while a restore runs, the backup status (read
            # from tables the restore holds) would wait for it to end.
            maintenance = backups.maintenance_state()
            return (None if maintenance.active else backups.status()), maintenance

        worker = Worker(job)
        self.worker = worker  # its signals object must live until the result is delivered
        self.schedule_next = schedule
        # Bound methods of this QObject: the connection dies with the window, so a result
        # arriving after it closed goes nowhere.
        worker.signals.finished.connect(self._on_result)
        worker.signals.failed.connect(self._on_failed)
        start(worker)

    def _on_result(self, result: Any) -> None:
        self.checking = False
        if self.reloading:
            return  # stopped, or already going back to the login
        if not all(
            shiboken6.isValid(o) for o in (self, self.timer, self.window, self.window.alerts_label)
        ):
            return  # the window is gone (closed while the check ran)
        self._apply(result, self.schedule_next)

    def _on_failed(self, exc: BaseException) -> None:
        self.checking = False  # the next tick tries again (a lost connection, say)

    def _apply(self, result: Any, schedule: bool = True) -> None:
        self.checking = False
        status, maintenance = result
        window = self.window
        if status is None:
            pass  # not read during maintenance
        elif status.overdue:
            if status.last_backup_at is None:
                text = self.tr("⚠ No backup yet")
            else:
                text = self.tr("⚠ Last backup %1 (cycle %2 h)").replace(
                    "%1", status.last_backup_at.astimezone().strftime("%m-%d %H:%M")
                ).replace("%2", str(status.cycle_hours))  # fmt: skip
            window.set_alerts(text, "backup")
        else:
            window.set_alerts("", "backup")
        if maintenance.active:
            window.set_alerts(
                self.tr("⛔ %1 is restoring the database: please wait").replace(
                    "%1", maintenance.by or "?"
                )
                if maintenance.kind != "migrate"
                else self.tr("⛔ Unfinished copy of a migration: do not use this database"),
                "maintenance",
            )
            if not self.in_maintenance:
                window.tabs.setEnabled(False)  # no writes until the restore ends
            self.in_maintenance = True
        elif self.in_maintenance:
            self.in_maintenance = False
            window.set_alerts("", "maintenance")
            window.tabs.setEnabled(True)
        if status is None:
            return
        if self.restore_seq is None:
            self.restore_seq = status.last_restore_seq
        elif status.last_restore_seq > self.restore_seq and not maintenance.active:
            self.restore_seq = status.last_restore_seq
            self.reload(
                self.tr("The database was restored from a backup. Kuaidan reloads: log in again.")
            )
            return
        if (
            schedule
            and not self.scheduled_running
            and status.overdue
            and status.cycle_hours > 0
            and self.services.backups.schedule_here(status)
        ):
            self.run_scheduled()

    def run_scheduled(self) -> None:
        self.scheduled_running = True
        actor = self.window.actor
        backups = self.services.backups

        def done(result: Any) -> None:
            self.scheduled_running = False
            if result is not None:
                self.window.set_alerts("", "backup")

        def failed(exc: BaseException) -> None:
            self.scheduled_running = False
            self.window.set_alerts(
                self.tr("⚠ Scheduled backup failed: %1").replace("%1", str(exc)), "backup"
            )

        self.window.run_job(
            self.tr("Scheduled backup"),
            lambda progress, cancelled: backups.run_scheduled(
                actor, lambda step, n, total: progress(n, total)
            ),
            done,
            failed,
        )

    def reload(self, message: str) -> None:
        """After a restore every workstation starts afresh from the login: nothing shown
        (caches, open forms, versions) belongs to the replaced database."""
        if self.reloading:
            return
        self.reloading = True
        self.timer.stop()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Database restored"), message)
        box.setObjectName("restoredMessage")
        self.message_box = box
        box.open()
        self.window.log_out()
