"""Background work gives way to the clerks' own actions.

A big import or a backup's hashing is one person's job; twenty people at their desks should
not feel it. Two means, both cheap when nobody else works:

- `lower_process_priority`: a worker process of our own (the import's parser, the backup's
  hashing) runs below normal CPU priority. Only separate processes: a thread of the GUI
  process at low priority could hold Python's lock while the scheduler passes it over, and
  the window would freeze with it.
- `GiveWay`: on a shared server, after each step of a background job, while other
  workstations are at work (`Database.others_busy`), pause `factor` times the step's own
  time. The server then spends about 1 / (1 + factor) of its time on the job, not all it
  can, and the desks' actions keep their speed. Alone on the server, or on embedded SQLite,
  the job never pauses.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the import's parser process loads this module, and never SQLAlchemy
    from app.db import Database

log = logging.getLogger(__name__)

# While others work, a background job pauses three times as long as each step took: a
# quarter of the server's time, measured on this 2-core machine with twenty workstations
# and the server on the same cores (benchmarks/bench_workstations.py).
GIVE_WAY_FACTOR = 3.0
_PAUSE_SLICE_S = 0.1  # how often a pause looks at the cancel button
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows


def lower_process_priority() -> None:
    """Run this process below normal CPU priority (POSIX nice 10; Windows below normal)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)


class GiveWay:
    """Pauses between the steps of a background job while other workstations work.

    give_way = GiveWay(db, cancel=token)
    for chunk in chunks:
        started = time.perf_counter()
        write(chunk)
        give_way.after(time.perf_counter() - started)
    """

    def __init__(
        self,
        db: Database,
        *,
        factor: float = GIVE_WAY_FACTOR,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.db = db
        self.factor = factor
        self.cancel = cancel
        self.sleep = sleep
        self.paused_s = 0.0  # in all, for the job's log line

    def after(self, step_s: float) -> float:
        """Pause after a step that took `step_s` seconds; returns the pause (0: none)."""
        if self.factor <= 0 or self.db.dialect == "sqlite" or step_s <= 0:
            return 0.0
        try:
            others = self.db.others_busy()
        except Exception as exc:  # the server's views unreadable: go on at full speed
            log.debug("give way: cannot see other sessions: %s", exc)
            return 0.0
        if not others:
            return 0.0
        pause = step_s * self.factor
        left = pause
        while left > 0 and not (self.cancel is not None and self.cancel()):
            self.sleep(min(_PAUSE_SLICE_S, left))
            left -= _PAUSE_SLICE_S
        self.paused_s += pause
        return pause
