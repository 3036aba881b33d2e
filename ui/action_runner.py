"""Actions off the GUI thread, in the spirit of Anki's CollectionOp: a service call runs on a
worker (QThreadPool) while the window keeps painting; the widgets that started it show busy;
then the success callback gets the result and the `Changes` record of what the call committed
(app/uow.py), or one error presenter shows the failure. Every success is also announced on
`changes_applied`: a tab connects it to one of its methods (Qt drops the connection with the
tab) and refreshes only the rows that changed."""

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


class ActionRunner(QObject):
    changes_applied = Signal(object)  # Changes, after every action that succeeded

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[Worker] = []

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


_shared: ActionRunner | None = None


def runner() -> ActionRunner:
    """The application's one runner (made on first use, on the GUI thread)."""
    global _shared
    if _shared is None:
        _shared = ActionRunner(QApplication.instance())
    return _shared
