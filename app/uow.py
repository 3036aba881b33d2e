"""Unit of work: one transaction per user action, with its audit entries, retried when the
database says "try again" (serialization failure, deadlock, busy, lost connection).

Services write:

    def approve(self, actor, order_id):
        def work(uow: UnitOfWork) -> OrderRef:
            ...
            uow.audit("order.approve", "order", order_id, {"status": [old, new]})
            return OrderRef(...)
        return transaction(self.db, actor, work)

Repositories and work functions flush; `transaction` commits. Anything a work function
returns must be plain data, never a live ORM object.

What a write changed is derived from the unit of work: every change is audited, so the
audit entries of the committed units name the objects (kind -> ids). `record_changes()`
collects them as a `Changes` record for whatever the calling thread commits inside it (the
UI's action runner wraps a service call in it, then refreshes only those rows);
`transaction_with_changes` returns the record beside the work's result. Other workstations
read the same entries through app/change_feed.py; on PostgreSQL a committing unit also sends
NOTIFY on `CHANGES_CHANNEL`, so their feeds query only when something was committed.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.audit import AuditEntry, append_entries, canonical_json, seal_pending, seals_inline
from app.db import Database, is_lock_timeout
from app.errors import (
    AccountChanged,
    ConcurrencyError,
    DatabaseUnavailable,
    MaintenanceActive,
    RecordBusy,
)
from app.permissions import OPERATOR_ID, Actor, acting_actor
from models import User

log = logging.getLogger(__name__)
SEAL_ATTEMPTS = 8  # about 0.18 s in all, against sealers that each take milliseconds

T = TypeVar("T")

MAX_ATTEMPTS = 8
CHANGES_CHANNEL = "kuaidan_changes"  # PostgreSQL NOTIFY channel: "the audit log grew"
# A row in `settings` (outside the typed registry: nobody edits it) that a restore of a
# MariaDB database writes while it runs, and that marks a migration's target until its copy
# is verified: every workstation's write unit reads it first and is refused while it is
# there (app/backup_service.py). A PostgreSQL restore needs no row: see the advisory lock.
MAINTENANCE_KEY = "maintenance.restore"


def _kind(value: str) -> str:
    import json

    try:
        data = json.loads(value)
    except ValueError:
        return ""
    return str(data.get("kind", "")) if isinstance(data, dict) else ""


def maintenance_error(value: str) -> MaintenanceActive:
    """The message a workstation shows when it may not write, from the maintenance row."""
    import json

    try:
        data = json.loads(value)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    if data.get("kind") == "migrate":
        return MaintenanceActive(
            "This database is an unfinished copy: a migration into it was interrupted or has "
            "not been verified yet. Do not work in it; run migrate again from the original "
            "database (it starts over) and wait until it reports the copy verified."
        )
    return MaintenanceActive(
        "The shared database is being restored from a backup by {by} (since {since}): "
        "nothing can be saved until the restore ends. Wait a few minutes; every "
        "workstation reloads when it is done, then do this again.",
        by=str(data.get("by") or "?"),
        since=str(data.get("since") or "?")[:19].replace("T", " "),
    )


def refuse_in_maintenance(session: Session, dialect: str) -> None:
    """A shared server's write unit starts here. Embedded SQLite has one workstation (its
    restore replaces the file in one transaction) and skips it.

    PostgreSQL: the unit takes the restore's advisory lock in shared mode, without waiting,
    for the rest of its transaction. A restore takes it exclusively and waits for the units
    that hold it; while the restore waits or runs, the try fails and the unit is refused at
    once (it never touches the tables the restore holds). MariaDB (no shared named locks): a
    locking read of the maintenance row, which the restore writes before it starts (that
    write waits for the units that read the row's place before it existed).

    Then the maintenance row itself: a migration's unfinished copy refuses every write; a
    restore's row whose restore is gone (killed: it rolled back whole) is cleared."""
    if dialect == "sqlite":
        return
    if dialect == "postgresql":
        free = session.execute(
            text("SELECT pg_try_advisory_xact_lock_shared(:key)"), {"key": RESTORE_LOCK_KEY}
        ).scalar()
        if not free:
            raise maintenance_error(pg_restore_holder(session) or "{}")
        sql = 'SELECT value FROM settings WHERE "key" = :key'
    else:
        sql = "SELECT value FROM settings WHERE `key` = :key LOCK IN SHARE MODE"
    value = session.execute(text(sql), {"key": MAINTENANCE_KEY}).scalar()
    if not value:
        return
    if _kind(str(value)) != "migrate" and restore_lock_free(session, dialect):
        # The restore that wrote it was killed (its session lock went with it) and rolled
        # back whole: the database is as before it, so the state ends here.
        log.warning("clearing the maintenance state of an interrupted restore: %s", value)
        session.execute(
            text("DELETE FROM settings WHERE " + ('"key"' if dialect == "postgresql" else "`key`")
                 + " = :key AND value = :value"),
            {"key": MAINTENANCE_KEY, "value": value},
        )  # fmt: skip
        return
    raise maintenance_error(str(value))


RESTORE_LOCK_KEY = 0x6B64_7273  # PostgreSQL advisory lock a restore holds ("kdrs")
RESTORE_ONE_KEY = 0x6B64_7231  # PostgreSQL: one restore at a time ("kdr1")
RESTORE_LOCK_NAME = "kuaidan.restore"  # MariaDB named lock, the same
RESTORE_APP_PREFIX = "kuaidan-restore "  # PostgreSQL application_name of the restore's lock


def pg_restore_holder(session: Session) -> str | None:
    """PostgreSQL: the running restore's maintenance row (JSON), from the application name
    of the session that holds or awaits the restore lock; None when no restore runs. Reads
    only the server's own views: never waits for the tables a restore holds."""
    row = session.execute(
        text(
            "SELECT a.application_name, a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.classid = 0 AND l.objid = :key AND l.objsubid = 1 "
            "AND l.mode = 'ExclusiveLock' AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"
        ),
        {"key": RESTORE_LOCK_KEY},
    ).first()
    if row is None:
        return None
    import json

    name = str(row[0] or "")
    by = name[len(RESTORE_APP_PREFIX) :] if name.startswith(RESTORE_APP_PREFIX) else "?"
    since = row[1].isoformat() if row[1] is not None else ""
    return json.dumps({"kind": "restore", "by": by, "since": since})


def restore_lock_free(session: Session, dialect: str) -> bool:
    """Whether no session holds the restore's lock (held while a restore runs)."""
    if dialect == "postgresql":
        return pg_restore_holder(session) is None
    return bool(
        session.execute(text("SELECT IS_FREE_LOCK(:name)"), {"name": RESTORE_LOCK_NAME}).scalar()
    )


_PG_RETRY_STATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
# Deadlock, and "SAVEPOINT does not exist": MySQL rolls the whole transaction back on a
# deadlock inside a savepoint, so releasing it then fails with 1305. A lock wait timeout
# (1205) is not retried: the lock's holder is another user, and the user is told (RecordBusy).
_MYSQL_RETRY_CODES = {1213, 1305}
_MYSQL_CHECK_CODES = {3819, 4025}  # CHECK constraint violated (MySQL, MariaDB)


@dataclass(frozen=True)
class Changes:
    """Which objects of which kinds a user action changed: entity type ("order", "customer",
    "stock", ...) -> the ids its audit entries name (as text: some kinds are named by a
    number such as an order or warehouse code)."""

    ids_by_kind: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.ids_by_kind.values())

    def ids(self, kind: str) -> frozenset[str]:
        return self.ids_by_kind.get(kind, frozenset())

    def int_ids(self, kind: str) -> set[int]:
        """The numeric ids of `kind` (orders, customers: their row ids)."""
        return {int(i) for i in self.ids(kind) if i.isdigit()}

    def touches(self, *kinds: str) -> bool:
        return any(self.ids_by_kind.get(kind) for kind in kinds)


class ChangeRecorder:
    """Collects the kinds and ids of every unit of work committed on this thread while it
    records (see `record_changes`)."""

    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}

    def add(self, entries: list[AuditEntry]) -> None:
        for entry in entries:
            self._ids.setdefault(entry.entity_type, set()).add(entry.entity_id)

    @property
    def changes(self) -> Changes:
        return Changes({kind: frozenset(ids) for kind, ids in self._ids.items()})


_recording = threading.local()


@contextmanager
def record_changes() -> Iterator[ChangeRecorder]:
    """Record what the units of work this thread commits inside the block change."""
    recorder = ChangeRecorder()
    stack: list[ChangeRecorder] = _recording.__dict__.setdefault("stack", [])
    stack.append(recorder)
    try:
        yield recorder
    finally:
        stack.remove(recorder)


class UnitOfWork:
    def __init__(
        self, db: Database, actor: Actor | None, *, write: bool, maintenance: bool = False
    ) -> None:
        self.db = db
        self.actor = actor
        self.write = write
        self.maintenance = maintenance  # the restore's own units write through it
        self.session: Session = db.session(write=write)
        self._audit: list[AuditEntry] = []
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        if self.write and not self.maintenance:
            try:
                refuse_in_maintenance(self.session, self.db.dialect)
            except BaseException:
                self.session.close()
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.write and not self._committed:
                self.session.rollback()
        finally:
            # close() ends a read unit's transaction too, without expiring what it loaded.
            self.session.close()

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_id: object,
        changes: dict[str, Any] | None = None,
        *,
        actor: Actor | None = None,
        username: str | None = None,
    ) -> None:
        """Record an audit entry; it is chained and written when the unit commits."""
        who = actor or self.actor
        self._audit.append(
            AuditEntry(
                user_id=who.user_id if who else None,
                username=username or (who.username if who else "system"),
                action=action,
                entity_type=entity_type,
                entity_id=str(entity_id),
                changes=canonical_json(changes or {}),
            )
        )

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction whose failure also drops the audit entries made inside it
        (batch actions: one item fails, the others stay)."""
        mark = len(self._audit)
        try:
            with self.session.begin_nested():
                yield
        except BaseException:
            del self._audit[mark:]
            raise

    def commit(self) -> None:
        if not self.write:
            raise RuntimeError("a read-only unit of work cannot commit")
        append_entries(self.session, self._audit)  # last: on SQLite it locks the chain
        if self._audit and self.session.get_bind().dialect.name == "postgresql":
            # Delivered at commit, only if it commits; repeats in one transaction fold into one.
            self.session.execute(text(f"NOTIFY {CHANGES_CHANNEL}"))
        self.session.commit()
        written = bool(self._audit)
        for recorder in getattr(_recording, "stack", ()):
            recorder.add(self._audit)
        self._audit.clear()
        self._committed = True
        if written and not seals_inline(self.session):
            seal_after_commit(self.session)


def seal_after_commit(session: Session) -> None:
    """Seal the entries just committed, in short transactions of the same session. Another
    workstation's sealer may hold the chain's head (for milliseconds): then retry briefly,
    since it may have read the pending entries before ours committed. A failure loses
    nothing: the entries stay committed, and the next commit anywhere seals them."""
    try:
        for attempt in range(SEAL_ATTEMPTS):
            with session.begin():
                if seal_pending(session) is not None:
                    return
            time.sleep(0.005 * (attempt + 1))
    except DBAPIError as exc:
        log.warning("audit entries left for the next sealer: %s", type(exc.orig).__name__)


def check_account(uow: UnitOfWork) -> None:
    """Refuse the unit if its user was deactivated, deleted or given another role since the
    session logged in. A session trusts the `Actor` of its login; this is where another
    workstation's change to the account takes effect: at the next unit of work. One read by
    primary key, in the unit's own transaction."""
    actor = acting_actor(uow.db) or uow.actor
    if actor is None or actor.user_id == OPERATOR_ID:
        return
    users = User.__table__  # Core, not an ORM query: a third of the cost, on every unit
    row = (
        uow.session.connection()
        .execute(select(users.c.role, users.c.is_active).where(users.c.id == actor.user_id))
        .one_or_none()
    )
    if row is None or not row.is_active:
        raise AccountChanged(
            "The account {username} has been deactivated; ask an administrator",
            username=actor.username,
        )
    if row.role != actor.role:
        # Both ways: a demotion must stop now, and a promotion needs the new role's screens.
        raise AccountChanged(
            "An administrator changed the role of {username}; log in again to continue",
            username=actor.username,
        )


def is_retryable(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)  # psycopg 3
    if sqlstate in _PG_RETRY_STATES:
        return True
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int) and args[0] in _MYSQL_RETRY_CODES:
        return True
    text = str(orig).lower()
    return isinstance(exc, OperationalError) and (
        "database is locked" in text or "database is busy" in text
    )


def is_check_violation(exc: DBAPIError) -> bool:
    args: tuple[Any, ...] = getattr(exc.orig, "args", ())
    return bool(args) and isinstance(args[0], int) and args[0] in _MYSQL_CHECK_CODES


def transaction(
    db: Database,
    actor: Actor | None,
    work: Callable[[UnitOfWork], T],
    *,
    write: bool = True,
    attempts: int = MAX_ATTEMPTS,
    maintenance: bool = False,
) -> T:
    """Run `work` in a fresh unit of work and commit it, retrying transient failures.
    `maintenance`: the restore's own units, which write while the others may not."""
    for attempt in range(1, attempts + 1):
        try:
            with UnitOfWork(db, actor, write=write, maintenance=maintenance) as uow:
                check_account(uow)
                result = work(uow)
                if write:
                    uow.commit()
                return result
        except StaleDataError as exc:
            raise ConcurrencyError(
                "The record was changed by someone else in the meantime; reload and retry"
            ) from exc
        except DBAPIError as exc:
            if is_check_violation(exc):
                # MariaDB/PyMySQL report CHECK failures as OperationalError; services expect
                # every constraint violation as IntegrityError, as on the other backends.
                raise IntegrityError(exc.statement, exc.params, exc.orig or exc) from exc
            if is_lock_timeout(exc):  # a lock not known to the work (lock_order names its order)
                raise RecordBusy(
                    "The record is being changed on another workstation; try again",
                    kind="record",
                ) from exc
            if not is_retryable(exc):
                if isinstance(exc, OperationalError):
                    raise DatabaseUnavailable(
                        "Database error: {reason}", reason=str(exc.orig).strip()
                    ) from exc
                raise
            if attempt == attempts:
                raise ConcurrencyError(
                    "The database stayed busy after {attempts} attempts; please retry",
                    attempts=attempts,
                ) from exc
            # Jittered exponential backoff so that colliding workstations spread out.
            delay = min(0.5, 0.005 * 2**attempt) * (0.5 + random.random())
            log.debug(
                "retrying transaction after %s (attempt %d)", type(exc.orig).__name__, attempt
            )
            time.sleep(delay)
    raise AssertionError("unreachable")


def transaction_with_changes(
    db: Database,
    actor: Actor | None,
    work: Callable[[UnitOfWork], T],
) -> tuple[T, Changes]:
    """`transaction`, and the `Changes` record of what it committed."""
    with record_changes() as recorder:
        result = transaction(db, actor, work)
    return result, recorder.changes


def read(db: Database, work: Callable[[UnitOfWork], T]) -> T:
    """A read-only unit (never takes the SQLite write lock)."""
    return transaction(db, None, work, write=False)
