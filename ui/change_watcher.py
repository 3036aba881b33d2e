"""Other workstations' changes, shown by themselves (issue 21, item 5): a timer asks the
database's change feed (app/change_feed.py) on a worker what was committed since the last
look, and `changed` hands the `Changes` record to the tabs, which refresh only those rows
(the same `apply_changes` the action runner feeds). This workstation's own actions come back
through the feed too, a moment later: refreshing a row twice is cheap and keeps one path."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.change_feed import ChangeFeed
from app.services import Services
from app.uow import Changes
from ui.workers import Worker


class ChangeWatcher(QObject):
    changed = Signal(object)  # Changes committed since the last poll (anywhere)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = ChangeFeed(services.db)
        self._worker: Worker | None = None
        self._stopped = False
        # A thread of its own: a long export or count on the shared pool never delays a look.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.feed.poll_interval_ms)
        self.timer.timeout.connect(self.poll)
        self.destroyed.connect(lambda _obj=None, feed=self.feed: feed.close())

    def start(self) -> None:
        """Mark the present (in the background) and poll from then on."""
        self._stopped = False
        self.poll()  # the feed's first poll only marks where it is
        self.timer.start()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self._worker is None:
            self.feed.close()

    def poll(self) -> None:
        if self._worker is not None or self._stopped:
            return  # the last look is still running (a slow server): no pile-up
        feed = self.feed
        worker = Worker(lambda _progress, _cancelled: feed.poll())
        worker.signals.finished.connect(self._polled)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.pool.start(worker)

    def _polled(self, changes: Changes) -> None:
        self._worker = None
        if self._stopped:
            self.feed.close()
            return
        if changes:
            self.changed.emit(changes)

    def _failed(self, _exc: BaseException) -> None:
        # The database is away for a moment: the next tick asks again, from the same place.
        self._worker = None
        if self._stopped:
            self.feed.close()
