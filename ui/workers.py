"""Background work: a QRunnable running a function of the services, with progress, a cancel
token and results delivered as signals on the GUI thread. Workers get services and plain
data, never widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs `job(progress, cancelled)`; emits finished(result) or failed(exception)."""

    def __init__(self, job: Callable[[Callable[[int, int], None], CancelToken], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.cancel_token = CancelToken()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self.job(self.signals.progress.emit, self.cancel_token)
            except BaseException as exc:  # delivered to the GUI thread, which shows it
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            # The signals object went with the application (a window closed while this ran
            # at shutdown): nobody is left to tell.
            pass


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
