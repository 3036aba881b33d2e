"""Actions off the GUI thread, in the spirit of Anki's CollectionOp: a service call runs on a
worker (QThreadPool) while the window keeps painting; the widgets that started it show busy;
then the success callback gets the result and the `Changes` record of what the call committed
(app/uow.py), or one error presenter shows the failure. Every success is also announced on
`changes_applied`: a tab connects it to one of its methods (Qt drops the connection with the
tab) and refreshes only the rows that changed.

Long jobs (a batch of orders, an import or export, printing, a backup) go through `run_job`:
the job gets a progress sink and a cancel flag, and the main window shows every job started
from its widgets in its status bar (`job_started` / `job_ended`), with a Cancel button. A tab
or dialog on its own runs its jobs the same way: there is no second, synchronous path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from app.uow import Changes, record_changes
from ui.errors import show_error
from ui.workers import Worker, start

T = TypeVar("T")


Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class ActionRunner(QObject):
    changes_applied = Signal(object)  # Changes, after every action that succeeded
    job_started = Signal(str, object, object)  # title, Worker, the widget that started it
    job_ended = Signal(object)  # Worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[Worker] = []
        self._jobs: list[Worker] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        parent: QWidget,
        op: Callable[[], T],
        *,
        success: Callable[[T, Changes], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        busy: Sequence[QWidget | QAction] = (),
    ) -> Worker:
        """Run `op` (a service call with its arguments bound; plain data in and out, no
        widgets) on a worker. `busy`: disabled until it ends, then as they were."""
        was_enabled = [(item, item.isEnabled()) for item in busy]
        for item, _enabled in was_enabled:
            item.setEnabled(False)
        parent.setCursor(Qt.CursorShape.BusyCursor)

        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            with record_changes() as recorder:
                result = op()
            return result, recorder.changes

        worker = Worker(job)

        def finish() -> None:
            self._running.remove(worker)
            parent.unsetCursor()
            for item, enabled in was_enabled:
                item.setEnabled(enabled)

        def succeeded(payload: tuple[T, Changes]) -> None:
            finish()
            result, changes = payload
            if success is not None:
                success(result, changes)
            self.changes_applied.emit(changes)

        def failed(exc: BaseException) -> None:
            finish()
            if failure is not None:
                failure(exc)
            else:
                show_error(parent, exc)

        worker.signals.finished.connect(succeeded)
        worker.signals.failed.connect(failed)
        self._running.append(worker)
        start(worker)
        return worker

    def run_job(
        self,
        parent: QWidget,
        title: str,
        job: Job,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        """Run `job(progress, cancelled)` on a worker, announced on `job_started` (the main
        window shows it with its progress); then `done(result)`, or `failed(exc)` (default:
        the one error presenter)."""
        worker = Worker(job)

        def finish() -> None:
            if worker in self._jobs:
                self._jobs.remove(worker)
            self.job_ended.emit(worker)

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def refused(exc: BaseException) -> None:
            finish()
            if failed is not None:
                failed(exc)
            else:
                show_error(parent, exc)

        worker.signals.finished.connect(succeeded)
        worker.signals.failed.connect(refused)
        self._jobs.append(worker)
        self.job_started.emit(title, worker, parent)
        start(worker)
        return worker

    @property
    def jobs(self) -> list[Worker]:
        return list(self._jobs)


_shared: ActionRunner | None = None


def runner() -> ActionRunner:
    """The application's one runner (made on first use, on the GUI thread)."""
    global _shared
    if _shared is None:
        _shared = ActionRunner(QApplication.instance())
    return _shared
