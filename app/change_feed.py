"""What other workstations changed, without a full reload (issue 21, item 5).

The audit log already names every object a committed unit of work changed (app/uow.py), so it
is the feed's source: no second write path. A `ChangeFeed` remembers how far it has read and
`poll()` returns the kinds and ids of the entries committed since, as a `Changes` record, the
same record a workstation's own actions produce.

How far it has read, by backend:
- Sealed entries carry a `seq` that grows in commit order (SQLite chains them as they are
  written; on a server the sealer chains committed entries one batch at a time under the head
  row), so "seq > the last one seen" finds them.
- On a server an entry is briefly unsealed (no seq) between its commit and its sealing; the
  feed reports those by id and remembers them, so they are not reported again once sealed.

How it knows cheaply that there is nothing to read:
- PostgreSQL: every committing unit of work sends NOTIFY on `CHANGES_CHANNEL` (app/uow.py);
  the feed LISTENs on a connection of its own and queries only after a notification.
- SQLite and MariaDB: the query itself is the check (two lookups on the unique `seq` index),
  polled twice a second.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from sqlalchemy import func, select

from app.db import Database
from app.uow import CHANGES_CHANNEL, Changes, UnitOfWork, read
from models import AuditLog

log = logging.getLogger(__name__)

# A poll reads at most this many entries (a big import); the rest come with the next poll.
BATCH = 5000


class ChangeFeed:
    """One reader's position in the audit log. `poll()` may be called from any one thread at
    a time (the UI calls it from a worker)."""

    def __init__(self, db: Database, *, listen: bool = True) -> None:
        self.db = db
        self._seq: int | None = None  # the last sealed entry reported
        self._unsealed: set[int] = set()  # ids reported before they were sealed
        self._listen = listen and db.dialect == "postgresql"
        self._listener: Any = None  # psycopg connection, LISTENing
        self._lock = threading.Lock()

    @property
    def listening(self) -> bool:
        return self._listener is not None

    @property
    def poll_interval_ms(self) -> int:
        """How often to poll: a LISTENing feed only reads its socket when nothing happened,
        so it can look often; the others run a query each time."""
        return 250 if self._listen else 500

    def start(self) -> None:
        """Mark the present: later polls report what is committed from now on."""
        with self._lock:
            self._start()

    def _start(self) -> None:
        if self._listen and self._listener is None:
            self._open_listener()

        def work(uow: UnitOfWork) -> tuple[int, set[int]]:
            s = uow.session
            seq = s.scalar(select(func.max(AuditLog.seq))) or 0
            unsealed = set(s.scalars(select(AuditLog.id).where(AuditLog.seq.is_(None))))
            return int(seq), unsealed

        self._seq, self._unsealed = read(self.db, work)

    def _open_listener(self) -> None:
        try:
            pooled = self.db.read_engine.raw_connection()
            conn = pooled.driver_connection
            assert conn is not None
            pooled.detach()  # ours for good: the pool must not hand it out or reset it
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
            self._listener = conn
        except Exception as exc:  # no LISTEN: poll with queries, as on the other backends
            log.warning("change feed polls without LISTEN: %r", exc)
            self._listener = None

    def _notified(self) -> bool:
        """Whether a NOTIFY came since the last look (True when the socket failed: then the
        query decides, and the listener is opened again next time)."""
        conn = self._listener
        try:
            got = False
            for _note in conn.notifies(timeout=0, stop_after=1000):
                got = True
            return got
        except Exception as exc:
            log.warning("change feed lost its LISTEN connection: %s", exc)
            self._close_listener()
            return True

    def poll(self) -> Changes:
        """The kinds and ids changed since the last poll (empty on the first: it marks the
        present)."""
        with self._lock:
            if self._seq is None:
                self._start()
                return Changes()
            if self._listen:
                if self._listener is None:
                    self._open_listener()
                elif not self._notified():
                    return Changes()
            return self._read()

    def _read(self) -> Changes:
        last = self._seq or 0
        seen = self._unsealed

        def work(uow: UnitOfWork) -> tuple[list[Any], list[Any]]:
            s = uow.session
            cols = (AuditLog.id, AuditLog.seq, AuditLog.entity_type, AuditLog.entity_id)
            sealed = s.execute(
                select(*cols).where(AuditLog.seq > last).order_by(AuditLog.seq).limit(BATCH)
            ).all()
            unsealed = s.execute(
                select(*cols).where(AuditLog.seq.is_(None)).order_by(AuditLog.id).limit(BATCH)
            ).all()
            return list(sealed), list(unsealed)

        sealed, unsealed = read(self.db, work)
        ids: dict[str, set[str]] = {}
        for entry_id, seq, kind, entity_id in sealed:
            last = max(last, seq)
            if entry_id in seen:
                seen.discard(entry_id)  # reported while it waited for its seal
                continue
            ids.setdefault(kind, set()).add(entity_id)
        for entry_id, _seq, kind, entity_id in unsealed:
            if entry_id not in seen:
                seen.add(entry_id)
                ids.setdefault(kind, set()).add(entity_id)
        self._seq = last
        return Changes({kind: frozenset(found) for kind, found in ids.items()})

    def _close_listener(self) -> None:
        conn, self._listener = self._listener, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already gone
                conn.close()

    def close(self) -> None:
        with self._lock:
            self._close_listener()
