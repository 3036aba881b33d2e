"""Backups: one portable snapshot format for every backend, verified, restored, migrated.

A backup is a single SQLite file holding Kuaidan's schema at a recorded Alembic revision,
every table's rows, and a manifest (two tables, written last): app version, schema
revision, source kind and URL (no password), created at/by, per table the row count and a
SHA-256 of its rows, and the audit chain's head. The manifest ends with a seal, a SHA-256 of
everything above it: a file without a valid seal was never finished or was edited.

- From SQLite the snapshot is SQLite's online backup API (one step, so writers on other
  connections never wait: in WAL mode a reader does not block them).
- From PostgreSQL and MariaDB the rows are copied inside one read-only REPEATABLE READ
  transaction (MariaDB: WITH CONSISTENT SNAPSHOT): one consistent picture while the other
  workstations keep working. No pg_dump is needed.

The row hashes are computed from the snapshot file itself with the values normalised
(timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff', flags as 0/1), so a database copied from SQLite
to PostgreSQL and snapshotted back has the same hashes: migrate verifies with them.

Files are written as a hidden `.partial` next to the target, sealed, fsync'ed and renamed:
a kill -9 or a full disk leaves no file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
import shutil
import socket
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Table, func, select, text

from app import config as app_config
from app import migrate
from app.audit import seal_pending
from app.background import lower_process_priority
from app.db import LOCK_TIMEOUT_MS, Database, open_database, sqlite_path, strip_password
from app.errors import AppError
from app.uow import transaction
from models import Base
from models.types import UTCDateTime

log = logging.getLogger(__name__)

FORMAT = "kuaidan-backup/1"
SUFFIX = ".kdbak"
MANIFEST_TABLE = "kuaidan_backup_manifest"
SUMS_TABLE = "kuaidan_backup_tables"
FETCH = 5000
RESTORE_LOCK_TIMEOUT_S = 60  # a restore waits this long for other workstations' locks
SEARCH_TRIGGERS = ("order_search_ai", "order_search_ad", "order_search_au")

# (step, done, total); total 0 when unknown.
Progress = Callable[[str, int, int], None]


class BackupError(AppError):
    """A backup, restore or migration could not be done; nothing live was changed."""

    code = "backup"


class BackupRefused(BackupError):
    """A backup file that must not be restored: damaged, unfinished, edited, or newer."""

    code = "backup_refused"


@dataclass(frozen=True)
class TableSum:
    name: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format: str
    app_version: str
    schema_revision: str
    source_kind: str
    source_url: str
    created_at: str  # ISO 8601, UTC
    created_by: str
    host: str
    label: str
    audit_seq: int
    audit_hash: str
    tables: tuple[TableSum, ...] = field(default_factory=tuple)
    seal: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["tables"] = [asdict(t) for t in self.tables]
        return data

    def sealed_payload(self) -> str:
        data = self.to_json()
        data.pop("seal")
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def compute_seal(self) -> str:
        return hashlib.sha256(self.sealed_payload().encode("utf-8")).hexdigest()

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    seconds: float
    size_bytes: int


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("kuaidan")
    except Exception:  # a frozen build without metadata
        return "0"


def default_folder() -> Path:
    return app_config.data_dir() / "backups"


def no_progress(step: str, done: int, total: int) -> None:
    return None


def data_tables() -> list[Table]:
    """Every table of the model, parents before children."""
    return list(Base.metadata.sorted_tables)


def _kinds(table: Table) -> list[str]:
    kinds = []
    for column in table.columns:
        if isinstance(column.type, UTCDateTime):
            kinds.append("dt")
        elif isinstance(column.type, Boolean):
            kinds.append("bool")
        else:
            kinds.append("")
    return kinds


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _order_by(table: Table) -> str:
    return ", ".join(_q(c.name) for c in table.primary_key.columns)


# --- hashing ------------------------------------------------------------------------------


def table_sum(conn: sqlite3.Connection, table: Table, where: str = "") -> TableSum:
    """Row count and SHA-256 of a table in a SQLite file, values normalised in SQL."""
    exprs = []
    for column, kind in zip(table.columns, _kinds(table), strict=True):
        q = _q(column.name)
        if kind == "dt":  # raw-written rows may lack the microseconds or use a 'T'
            exprs.append(
                f"CASE WHEN length({q}) = 19 THEN replace({q}, 'T', ' ') || '.000000' "
                f"ELSE replace({q}, 'T', ' ') END"
            )
        elif kind == "bool":
            exprs.append(f"CAST({q} AS INTEGER)")
        else:
            exprs.append(q)
    cursor = conn.execute(
        f"SELECT {', '.join(exprs)} FROM {_q(table.name)} {where} ORDER BY {_order_by(table)}"
    )
    digest = hashlib.sha256()
    count = 0
    while rows := cursor.fetchmany(FETCH):
        digest.update(repr(rows).encode("utf-8"))
        count += len(rows)
    return TableSum(table.name, count, digest.hexdigest())


def table_sums(
    conn: sqlite3.Connection,
    progress: Progress = no_progress,
    path: Path | None = None,
    names: set[str] | None = None,
) -> list[TableSum]:
    """Every table's sum. A big file (given its `path`) is hashed by two processes, the
    orders in one and the rest in the other: the hashing is CPU-bound and a desk PC has
    at least two cores."""
    tables = [t for t in data_tables() if names is None or t.name in names]
    if path is not None and path.stat().st_size >= PARALLEL_HASH_BYTES:
        try:
            return _parallel_sums(path, tables, progress)
        except (OSError, RuntimeError) as exc:  # no processes here (BrokenProcessPool, limits)
            log.warning("hashing in one process: %s", exc)
    sums = []
    for number, table in enumerate(tables, 1):
        sums.append(table_sum(conn, table))
        progress("hashing", number, len(tables))
    return sums


PARALLEL_HASH_BYTES = 256 * 1024 * 1024  # below it, starting two processes costs more


def _sum_tables(path: str, names: list[str]) -> list[TableSum]:
    """Runs in a worker process: the sums of the named tables of a file. At a lower CPU
    priority: the workstations' own work goes first."""
    lower_process_priority()
    by_name = {t.name: t for t in data_tables()}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [table_sum(conn, by_name[name]) for name in names]
    finally:
        conn.close()


def _parallel_sums(path: Path, tables: list[Table], progress: Progress) -> list[TableSum]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Two shares of about equal work by page count (the orders alone are about half).
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        weights = {}
        for table in tables:
            try:
                weights[table.name] = conn.execute(
                    f"SELECT count(*) FROM {_q(table.name)}"
                ).fetchone()[0] * max(1, len(table.columns))
            except sqlite3.Error:
                weights[table.name] = 1
    finally:
        conn.close()
    shares: list[list[str]] = [[], []]
    loads = [0, 0]
    for name in sorted(weights, key=lambda n: -weights[n]):
        lighter = loads.index(min(loads))
        shares[lighter].append(name)
        loads[lighter] += weights[name]
    # spawn, not fork: the GUI process has threads (Qt, the job pool).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [pool.submit(_sum_tables, str(path), share) for share in shares if share]
        sums: list[TableSum] = []
        for number, future in enumerate(futures, 1):
            sums.extend(future.result())
            progress("hashing", number, len(futures))
    return sums


# --- writing a snapshot -------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows: rename is durable there
        _fsync(folder)


def _discard(partial: Path) -> None:
    """An unfinished file and the journal SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def _partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def backup_file_name(label: str = "") -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    return f"kuaidan-{stamp}{suffix}{SUFFIX}"


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name.removesuffix(SUFFIX)}-{n}{SUFFIX}")
    return candidate


def _snapshot_sqlite(source: Path, partial: Path, progress: Progress) -> None:
    """SQLite's online backup API in one step: a consistent copy while others keep working."""
    progress("copying", 0, 1)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            # No fsync at the copy's commit: a gigabyte flushed at once queued the other
            # workstations' small commits behind it. The kernel writes the pages back while
            # the tables are hashed; the sealed file is fsync'ed before its rename.
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    progress("copying", 1, 1)


def empty_schema(path: Path) -> None:
    """A new SQLite file with Kuaidan's schema at the newest revision and no rows."""
    from app.migrate import upgrade

    db = open_database(f"sqlite:///{path}")
    try:
        upgrade(db)
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        for table in reversed(data_tables()):
            conn.execute(f"DELETE FROM {_q(table.name)}")
        conn.commit()
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _server_rows(cursor: Any, table: Table, where: str = "") -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows from a server, converted to what SQLite stores."""
    kinds = _kinds(table)
    names = ", ".join(_server_quote(cursor, c.name) for c in table.columns)
    order = ", ".join(_server_quote(cursor, c.name) for c in table.primary_key.columns)
    cursor.execute(
        f"SELECT {names} FROM {_server_quote(cursor, table.name)} {where} ORDER BY {order}"
    )
    converters = [
        (i, _dt_text if kind == "dt" else _bool_int) for i, kind in enumerate(kinds) if kind
    ]
    while rows := cursor.fetchmany(FETCH):
        if converters:
            converted = []
            for row in rows:
                values = list(row)
                for i, convert in converters:
                    if values[i] is not None:
                        values[i] = convert(values[i])
                converted.append(tuple(values))
            rows = converted
        yield rows


def _server_quote(cursor: Any, name: str) -> str:
    return f"`{name}`" if getattr(cursor, "_kd_mysql", False) else f'"{name}"'


def _dt_text(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return str(value.isoformat(" ", "microseconds"))
    return str(value)


def _bool_int(value: Any) -> int:
    return int(value)


@contextlib.contextmanager
def consistent_read(db: Database) -> Iterator[Any]:
    """A DB-API cursor inside one read-only snapshot transaction of a server database."""
    raw = db.write_engine.raw_connection()
    try:
        raw.rollback()
        driver: Any = raw.driver_connection
        if db.dialect == "postgresql":
            # psycopg opens the transaction with this statement as its first.
            driver.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _PgCursor(driver)
        else:
            import pymysql.cursors

            cursor = driver.cursor(pymysql.cursors.SSCursor)
            cursor.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
            cursor._kd_mysql = True
            try:
                yield cursor
            finally:
                cursor.close()
        raw.rollback()
    finally:
        raw.close()


class _PgCursor:
    """A server-side (named) cursor per query, all in the one snapshot transaction: the
    rows stream in pages instead of a million at once."""

    _kd_mysql = False

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.cursor: Any = None
        self.count = 0

    def execute(self, sql: str) -> None:
        if self.cursor is not None:
            self.cursor.close()
        self.count += 1
        self.cursor = self.driver.cursor(name=f"kd_backup_{self.count}")
        self.cursor.itersize = FETCH
        self.cursor.execute(sql)

    def fetchmany(self, size: int) -> list[Any]:
        return list(self.cursor.fetchmany(size))

    def fetchone(self) -> Any:
        return self.cursor.fetchone()


def _snapshot_server(db: Database, partial: Path, progress: Progress) -> str:
    """Copy a server database into `partial` (already holding the empty schema) inside one
    consistent snapshot; returns the source's schema revision."""
    conn = sqlite3.connect(partial)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # a partial file: sealed and fsync'ed later
        conn.execute("PRAGMA journal_mode=OFF")
        triggers = _drop_search_triggers(conn)
        tables = data_tables()
        with consistent_read(db) as cursor:
            cursor.execute("SELECT version_num FROM alembic_version")
            revision = str(cursor.fetchmany(10)[0][0])
            conn.execute("BEGIN")
            for number, table in enumerate(tables, 1):
                marks = ", ".join("?" * len(table.columns))
                names = ", ".join(_q(c.name) for c in table.columns)
                sql = f"INSERT INTO {_q(table.name)} ({names}) VALUES ({marks})"
                for rows in _server_rows(cursor, table):
                    conn.executemany(sql, rows)
                progress("copying", number, len(tables))
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
            conn.commit()
        _restore_search(conn, triggers)
    finally:
        conn.close()
    return revision


def _drop_search_triggers(conn: sqlite3.Connection) -> list[str]:
    """The order-search triggers' SQL, dropped: a bulk copy rebuilds the index once."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
        SEARCH_TRIGGERS,
    ).fetchall()
    for name, _sql in found:
        conn.execute(f"DROP TRIGGER {_q(name)}")
    return [sql for _name, sql in found]


def _restore_search(conn: sqlite3.Connection, triggers: list[str]) -> None:
    if not triggers:
        return
    conn.execute("INSERT INTO order_search(order_search) VALUES ('rebuild')")
    for sql in triggers:
        conn.execute(sql)
    conn.commit()


def _actor_name(created_by: str | None) -> str:
    if created_by:
        return created_by
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def write_snapshot(
    db: Database,
    target: Path,
    *,
    created_by: str | None = None,
    label: str = "",
    progress: Progress = no_progress,
    hashes: bool = True,
) -> BackupResult:
    """Write a sealed backup of `db` to `target` (a new file; never overwrites one).
    `hashes=False`: the manifest records the row counts only (a migration's working
    snapshot, never kept: a PostgreSQL target is verified by hashing the COPY text)."""
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    target = _unique(target)
    partial = _partial_path(target)
    partial.unlink(missing_ok=True)
    try:
        live = sqlite_path(db.url)
        if db.dialect == "sqlite":
            if live is None or not live.exists():
                raise BackupError("There is no database file to back up")
            _snapshot_sqlite(live, partial, progress)
            kind = "sqlite"
        else:
            # Entries waiting to be sealed (insert-then-seal, app/audit.py) join the chain
            # first: the manifest's anchor covers them, and a SQLite restore, which never
            # seals after a commit, receives a sealed chain.
            transaction(db, None, lambda uow: seal_pending(uow.session, wait=True))
            empty_schema(partial)
            _snapshot_server(db, partial, progress)
            kind = db.dialect
        manifest = seal(
            partial,
            source_kind=kind,
            source_url=strip_password(db.url.render_as_string(hide_password=False)),
            created_by=_actor_name(created_by),
            label=label,
            progress=progress,
            hashes=hashes,
        )
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        _discard(partial)
        raise BackupError(
            "The backup could not be written to {path}: {reason}. The database is unchanged; "
            "free some space or choose another folder and try again.",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    except sqlite3.Error as exc:
        _discard(partial)
        if "full" in str(exc).lower():
            raise BackupError(
                "The disk is full: the backup to {path} was not written. The database is "
                "unchanged; free some space or choose another folder and try again.",
                path=str(target),
            ) from exc
        raise BackupError(
            "The backup to {path} failed: {reason}. The database is unchanged.",
            path=str(target),
            reason=str(exc),
        ) from exc
    except BaseException:
        _discard(partial)
        raise
    return BackupResult(target, manifest, time.perf_counter() - started, target.stat().st_size)


def seal(
    path: Path,
    *,
    source_kind: str,
    source_url: str,
    created_by: str,
    label: str = "",
    progress: Progress = no_progress,
    hashes: bool = True,
) -> Manifest:
    """Hash the tables of a finished copy and write its manifest, the seal last."""
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        head = conn.execute("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
        if hashes:
            sums = table_sums(conn, progress, path)
        else:
            sums = [
                TableSum(t.name, conn.execute(f"SELECT count(*) FROM {_q(t.name)}").fetchone()[0],
                         "")
                for t in data_tables()
            ]  # fmt: skip
        manifest = Manifest(
            format=FORMAT,
            app_version=app_version(),
            schema_revision=revision,
            source_kind=source_kind,
            source_url=source_url,
            created_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            created_by=created_by,
            host=socket.gethostname(),
            label=label,
            audit_seq=int(head[0]) if head else 0,
            audit_hash=str(head[1]) if head else "",
            tables=tuple(sorted(sums, key=lambda s: s.name)),
        )
        manifest = Manifest(**{**manifest.__dict__, "seal": manifest.compute_seal()})
        conn.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute(
            f"CREATE TABLE {SUMS_TABLE} (name TEXT PRIMARY KEY, row_count INTEGER NOT NULL, "
            "sha256 TEXT NOT NULL)"
        )
        conn.executemany(
            f"INSERT INTO {SUMS_TABLE} VALUES (?, ?, ?)",
            [(s.name, s.rows, s.sha256) for s in sums],
        )
        fields = manifest.to_json()
        fields.pop("tables")
        seal_value = fields.pop("seal")
        conn.executemany(
            f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)",
            [(k, json.dumps(v, ensure_ascii=False)) for k, v in fields.items()],
        )
        conn.commit()
        # The seal last, in its own commit: a file without it was never finished.
        conn.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES ('seal', ?)", (json.dumps(seal_value),))
        conn.commit()
    finally:
        conn.close()
    return manifest


# --- reading and checking a snapshot ------------------------------------------------------


def _open_ro(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise BackupRefused("No backup file at {path}", path=str(path))
    with path.open("rb") as handle:
        magic = handle.read(16)
    if magic != b"SQLite format 3\x00":
        raise BackupRefused(
            "{path} is not a Kuaidan backup (not a SQLite file), or it is damaged",
            path=str(path),
        )
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def read_manifest(path: Path) -> Manifest:
    """The manifest of a backup file, its seal checked; BackupRefused when it is unfinished,
    edited or not a backup."""
    conn = _open_ro(path)
    try:
        try:
            rows = dict(conn.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall())
            sums = conn.execute(
                f"SELECT name, row_count, sha256 FROM {SUMS_TABLE} ORDER BY name"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            text_ = str(exc).lower()
            if "no such table" in text_:
                raise BackupRefused(
                    "{path} has no manifest: it is not a Kuaidan backup, or its writing was "
                    "interrupted",
                    path=str(path),
                ) from exc
            raise BackupRefused(
                "{path} is damaged or truncated ({reason}); use another backup",
                path=str(path),
                reason=str(exc),
            ) from exc
    finally:
        conn.close()
    if "seal" not in rows:
        raise BackupRefused(
            "{path} was never finished (its manifest has no seal); use another backup",
            path=str(path),
        )
    try:
        values = {k: json.loads(v) for k, v in rows.items()}
        if values.get("format") != FORMAT:
            raise BackupRefused(
                "{path} has backup format {format}, which this Kuaidan does not read",
                path=str(path),
                format=str(values.get("format")),
            )
        tables = tuple(TableSum(str(n), int(r), str(h)) for n, r, h in sums)
        known = {f.name for f in Manifest.__dataclass_fields__.values()} - {"tables"}
        manifest = Manifest(**{k: v for k, v in values.items() if k in known}, tables=tables)
    except (ValueError, TypeError) as exc:
        raise BackupRefused(
            "The manifest of {path} is damaged ({reason})", path=str(path), reason=str(exc)
        ) from exc
    if manifest.compute_seal() != manifest.seal:
        raise BackupRefused(
            "The manifest of {path} was edited after the backup was made (its seal does not "
            "match); do not restore it",
            path=str(path),
        )
    return manifest


def check_file(path: Path, progress: Progress = no_progress) -> Manifest:
    """The manifest, after checking the file page by page and every table against it."""
    manifest = read_manifest(path)
    if manifest.schema_revision not in migrate.known_revisions():
        raise BackupRefused(
            "{path} was made by a newer Kuaidan (schema {revision}, app {version}); update "
            "Kuaidan before restoring it",
            path=str(path),
            revision=manifest.schema_revision,
            version=manifest.app_version,
        )
    conn = _open_ro(path)
    try:
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise BackupRefused(
                    "{path} is damaged: {reason}", path=str(path), reason="; ".join(problems[:3])
                )
            expected = {t.name: t for t in manifest.tables}
            tables = [t for t in data_tables() if t.name in expected]
            missing = sorted(set(expected) - {t.name for t in tables})
            if missing:
                raise BackupRefused(
                    "{path} lists tables this Kuaidan does not know: {tables}",
                    path=str(path),
                    tables=", ".join(missing),
                )
            sums = {t.name: t for t in table_sums(conn, progress, path, set(expected))}
            for table in tables:
                found = sums[table.name]
                want = expected[table.name]
                if found.rows != want.rows or found.sha256 != want.sha256:
                    raise BackupRefused(
                        "Table {table} in {path} does not match its manifest ({rows} rows, "
                        "{expected} expected): the file was edited or damaged; do not restore it",
                        table=table.name,
                        path=str(path),
                        rows=found.rows,
                        expected=want.rows,
                    )
        except sqlite3.DatabaseError as exc:
            raise BackupRefused(
                "{path} is damaged or truncated ({reason}); use another backup",
                path=str(path),
                reason=str(exc),
            ) from exc
    finally:
        conn.close()
    return manifest


def working_copy(path: Path, destination: Path) -> None:
    """A plain Kuaidan database from a backup file: the manifest dropped, the schema upgraded
    to this Kuaidan's when the backup is older."""
    from app.migrate import upgrade

    try:
        shutil.copyfile(path, destination)
    except OSError as exc:
        destination.unlink(missing_ok=True)
        raise BackupError(
            "Could not copy the backup to {path}: {reason}",
            path=str(destination),
            reason=exc.strerror or str(exc),
        ) from exc
    conn = sqlite3.connect(destination)
    try:
        conn.execute(f"DROP TABLE {MANIFEST_TABLE}")
        conn.execute(f"DROP TABLE {SUMS_TABLE}")
        conn.commit()
    finally:
        conn.close()
    db = open_database(f"sqlite:///{destination}")
    try:
        upgrade(db)
    finally:
        db.dispose()


@contextlib.contextmanager
def scratch_dir(near: Path | None = None) -> Iterator[Path]:
    """A temporary folder (next to `near` when given: same disk, no cross-device copy)."""
    base = near if near is not None and near.is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="kuaidan-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    manifest: Manifest
    problems: list[str]
    checks: list[tuple[str, bool]]
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_backup(path: Path, progress: Progress = no_progress) -> VerifyReport:
    """check_file, then restore into a temporary database and run check-db and
    verify-audit there."""
    from app.audit import verify_chain
    from app.integrity import check_database
    from app.uow import read

    started = time.perf_counter()
    manifest = check_file(path, progress)
    checks: list[tuple[str, bool]] = [("Manifest, row counts and hashes", True)]
    problems: list[str] = []
    with scratch_dir(path.parent) as folder:
        work = folder / "verify.db"
        working_copy(path, work)
        progress("restoring", 1, 1)
        db = open_database(f"sqlite:///{work}")
        try:
            report = check_database(db)
            for check in report.checks:
                checks.append((check.name, check.ok))
                problems.extend(f"{check.name}: {p}" for p in check.problems)
            chain = read(db, lambda uow: verify_chain(uow.session))
            if chain.problem is not None and chain.problem.message not in " ".join(problems):
                problems.append(chain.problem.message)
            head = db.write_engine.connect()
            try:
                row = head.execute(text("SELECT last_seq, last_hash FROM audit_head")).first()
            finally:
                head.close()
            if row is None or (row[0], row[1]) != (manifest.audit_seq, manifest.audit_hash):
                problems.append("The audit head differs from the manifest's")
            checks.append(("Audit head equals the manifest's", row is not None))
        finally:
            db.dispose()
        progress("checked", 1, 1)
    return VerifyReport(path, manifest, problems, checks, time.perf_counter() - started)


# --- restoring ----------------------------------------------------------------------------


def _restore_sqlite(work: Path, live: Path, *, backup_file: bool = False) -> None:
    """Replace the live file's content with the working copy in one SQLite transaction (the
    backup API into the live file): other connections see the old or the new database,
    and a crash rolls back to the old one. `backup_file`: `work` is a checked backup file
    itself (read, never written); its manifest tables are dropped from the live file after."""
    src = (
        sqlite3.connect(f"file:{work}?mode=ro", uri=True) if backup_file else sqlite3.connect(work)
    )
    try:
        if not backup_file:
            src.execute("PRAGMA journal_mode=WAL")  # the live file stays in WAL mode
        dst = sqlite3.connect(live, timeout=60)
        try:
            dst.execute("PRAGMA busy_timeout=60000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            if backup_file:
                dst.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
                dst.execute(f"DROP TABLE IF EXISTS {SUMS_TABLE}")
                dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _server_quote_for(dialect: str, name: str) -> str:
    return f"`{name}`" if dialect == "mysql" else f'"{name}"'


# --- PostgreSQL COPY ------------------------------------------------------------------------
#
# The rows go to PostgreSQL with COPY, formatted by psycopg's C code (write_row); SQLite
# hands over booleans as 't'/'f' and timestamps normalised, so no Python work per value.
# The text sent is hashed as it goes (_HashingWriter). The verify reads the target back with
# COPY ... TO STDOUT, which PostgreSQL formats the same way, so the copy is checked by
# comparing the bytes sent with the bytes read back (count and SHA-256 per table).


def _dt_norm(q: str) -> str:
    """A stored timestamp as 'YYYY-MM-DD HH:MM:SS.ffffff' (raw-written rows may lack the
    microseconds or use a 'T'), as table_sum hashes it."""
    return (
        f"CASE WHEN length({q}) = 19 THEN replace({q}, 'T', ' ') || '.000000' "
        f"ELSE replace({q}, 'T', ' ') END"
    )


def copy_rows_select(table: Table, where: str = "") -> str:
    """SQLite: the table's rows in key order, as COPY text wants them."""
    exprs = []
    for column in table.columns:
        q = _q(column.name)
        if isinstance(column.type, Boolean):
            exprs.append(f"CASE WHEN {q} IS NULL THEN NULL WHEN {q} THEN 't' ELSE 'f' END")
        elif isinstance(column.type, UTCDateTime):
            exprs.append(_dt_norm(q))
        else:
            exprs.append(q)
    return f"SELECT {', '.join(exprs)} FROM {_q(table.name)} {where} ORDER BY {_order_by(table)}"


def _hashing_writer() -> Any:
    """A psycopg COPY writer that hashes the text it sends."""
    from psycopg.copy import LibpqWriter

    class HashingWriter(LibpqWriter):
        def __init__(self, cursor: Any) -> None:
            super().__init__(cursor)
            self.digest = hashlib.sha256()

        def write(self, data: Any) -> None:
            self.digest.update(data)
            super().write(data)

    return HashingWriter


def copy_out_select(table: Table, where: str = "") -> str:
    """PostgreSQL: the table's rows in key order, formatted so that COPY ... TO STDOUT writes
    text psycopg sent for the rows copy_rows_select read."""
    exprs = []
    for column in table.columns:
        q = _server_quote_for("postgresql", column.name)
        if isinstance(column.type, UTCDateTime):
            exprs.append(f"to_char({q}, 'YYYY-MM-DD HH24:MI:SS.US')")
        else:
            exprs.append(q)
    order = ", ".join(_server_quote_for("postgresql", c.name) for c in table.primary_key.columns)
    return (
        f"COPY (SELECT {', '.join(exprs)} FROM {_server_quote_for('postgresql', table.name)} "
        f"{where} ORDER BY {order}) TO STDOUT"
    )


def marker_where(dialect: str, table: Table, key: str | None) -> str:
    """The WHERE clause that leaves a marker row (settings `key`) out of a table's sum."""
    if key is None or table.name != "settings":
        return ""
    column = "`key`" if dialect == "mysql" else '"key"'
    return f"WHERE {column} <> '{key}'"


def pg_copy_sums(
    db: Database, progress: Progress = no_progress, *, skip_marker: str | None = None
) -> list[TableSum]:
    """Row count and SHA-256 of every table's COPY text on a PostgreSQL database, in one
    read-only snapshot (the settings row `skip_marker` left out)."""
    sums = []
    tables = data_tables()
    raw = db.write_engine.raw_connection()
    try:
        raw.rollback()
        driver: Any = raw.driver_connection
        driver.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor = driver.cursor()
        for number, table in enumerate(tables, 1):
            digest = hashlib.sha256()
            count = 0
            where = marker_where("postgresql", table, skip_marker)
            with cursor.copy(copy_out_select(table, where)) as copy:
                for data in copy:
                    digest.update(data)
                    count += (
                        data.tobytes().count(b"\n")
                        if isinstance(data, memoryview)
                        else (bytes(data).count(b"\n"))
                    )
            sums.append(TableSum(table.name, count, digest.hexdigest()))
            progress("verifying", number, len(tables))
        raw.rollback()
    finally:
        raw.close()
    return sorted(sums, key=lambda t: t.name)


def _pg_defer_indexes(cursor: Any) -> list[str]:
    """Drop the secondary indexes and unique constraints of Kuaidan's tables (in the
    restore's transaction) and return the statements that build them again: one sorted
    build after the copy costs a fraction of updating every index row by row. Primary keys
    and what a foreign key depends on stay."""
    names = [t.name for t in data_tables()]
    cursor.execute(
        "SELECT t.relname, i.relname, pg_get_indexdef(i.oid), c.conname, "
        "pg_get_constraintdef(c.oid) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = t.oid "
        "AND c.contype IN ('p', 'u', 'x') "
        "WHERE n.nspname = current_schema() AND NOT x.indisprimary "
        "AND t.relname = ANY(%s) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' "
        "AND f.conindid = x.indexrelid)",
        (names,),
    )
    rebuild = []
    for table, index, definition, constraint, condef in cursor.fetchall():
        qt, qi = _server_quote_for("postgresql", table), _server_quote_for("postgresql", index)
        if constraint:
            qc = _server_quote_for("postgresql", constraint)
            cursor.execute(f"ALTER TABLE {qt} DROP CONSTRAINT {qc}")
            rebuild.append(f"ALTER TABLE {qt} ADD CONSTRAINT {qc} {condef}")
        else:
            cursor.execute(f"DROP INDEX {qi}")
            rebuild.append(str(definition))
    return rebuild


def _restore_server(
    db: Database,
    work: Path,
    progress: Progress,
    marker: tuple[str, str] | None = None,
) -> list[TableSum]:
    """Replace every table's rows on a server in one transaction: other workstations wait
    on the locks and then see the restored database. `marker`: a (key, value) settings row
    committed before (the maintenance state, or the unfinished-migration mark) that the
    restored database keeps: MariaDB leaves it untouched, PostgreSQL writes it again in the
    same transaction, so it is never seen restored without it. Returns, on PostgreSQL, the
    count and SHA-256 of the COPY text sent per table (pg_copy_sums reads it back)."""
    tables = data_tables()
    src = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
    raw = db.write_engine.raw_connection()
    dialect = db.dialect
    sent: list[TableSum] = []
    try:
        cursor = raw.cursor()

        def quote(name: str) -> str:
            return _server_quote_for(dialect, name)

        rebuild: list[str] = []
        keep = marker[0] if marker is not None else None
        if dialect == "postgresql":
            # Other workstations' short transactions end in time: wait for them longer than
            # an action does (app/db.py LOCK_TIMEOUT_MS), this transaction only.
            cursor.execute(f"SET LOCAL lock_timeout = '{RESTORE_LOCK_TIMEOUT_S}s'")
            names = ", ".join(quote(t.name) for t in tables)
            cursor.execute(f"TRUNCATE TABLE {names} RESTART IDENTITY")
            # Same transaction: a failure puts the indexes back with everything else.
            rebuild = _pg_defer_indexes(cursor)
            _skip_foreign_key_triggers(cursor)
        else:
            # The marker row stays as it was committed (the other workstations read it
            # with a share lock and must not wait for this transaction); READ COMMITTED
            # so that deleting the other rows does not lock it in passing.
            raw.rollback()
            cursor.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            cursor.execute("START TRANSACTION")
            cursor.execute("SET FOREIGN_KEY_CHECKS=0")
            cursor.execute(f"SET SESSION innodb_lock_wait_timeout = {RESTORE_LOCK_TIMEOUT_S}")
            cursor.execute("SET UNIQUE_CHECKS=0")
            for table in reversed(tables):
                if table.name == "settings" and keep is not None:
                    cursor.execute(
                        f"DELETE FROM {quote(table.name)} WHERE {quote('key')} <> %s", (keep,)
                    )
                else:
                    cursor.execute(f"DELETE FROM {quote(table.name)}")
        for number, table in enumerate(tables, 1):
            columns = [c.name for c in table.columns]
            col_list = ", ".join(quote(c) for c in columns)
            # A marker row the source may hold too is not copied: the target keeps its own.
            skip = marker_where("sqlite", table, keep)
            if dialect == "postgresql":
                rows_cursor = src.execute(copy_rows_select(table, skip))
                driver_cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
                writer = _hashing_writer()(driver_cursor)
                with driver_cursor.copy(
                    f"COPY {quote(table.name)} ({col_list}) FROM STDIN", writer=writer
                ) as copy:
                    count = 0
                    while rows := rows_cursor.fetchmany(FETCH):
                        count += len(rows)
                        for row in rows:
                            copy.write_row(row)
                sent.append(TableSum(table.name, count, writer.digest.hexdigest()))
            else:
                rows_cursor = src.execute(
                    f"SELECT {', '.join(_q(c) for c in columns)} FROM {_q(table.name)} "
                    f"{skip} ORDER BY {_order_by(table)}"
                )
                # PyMySQL sends an executemany of an INSERT ... VALUES as multi-row INSERTs
                # of up to about 1 MB each.
                marks = ", ".join(["%s"] * len(columns))
                sql = f"INSERT INTO {quote(table.name)} ({col_list}) VALUES ({marks})"
                while rows := rows_cursor.fetchmany(FETCH * 4):
                    cursor.executemany(sql, rows)
            progress("restoring", number, len(tables))
        if marker is not None and dialect == "postgresql":
            cursor.execute(
                f"INSERT INTO {quote('settings')} ({quote('key')}, value, updated_at) "
                "VALUES (%s, %s, %s)",
                (*marker, datetime.now(UTC).replace(tzinfo=None)),
            )
        if dialect == "postgresql":
            progress("indexing", 0, len(rebuild))
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for number, definition in enumerate(rebuild, 1):
                cursor.execute(definition)
                progress("indexing", number, len(rebuild))
            for table in tables:
                if (
                    "id" in table.c
                    and table.c.id.autoincrement in (True, "auto")
                    and (list(table.primary_key.columns) == [table.c.id])
                ):
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {quote(table.name)}"
                    )
        else:
            cursor.execute("SET UNIQUE_CHECKS=1")
            cursor.execute("SET FOREIGN_KEY_CHECKS=1")
            cursor.execute(
                f"SET SESSION innodb_lock_wait_timeout = {max(1, LOCK_TIMEOUT_MS // 1000)}"
            )
        raw.commit()
    except BaseException:
        with contextlib.suppress(Exception):
            raw.rollback()
        if dialect == "mysql":  # its session has the checks off: not back into the pool
            with contextlib.suppress(Exception):
                raw.invalidate()
        raise
    finally:
        raw.close()
        src.close()
    return sorted(sent, key=lambda t: t.name)


def _skip_foreign_key_triggers(cursor: Any) -> None:
    """PostgreSQL: the rows come from a checked, consistent snapshot, so the per-row foreign
    key checks can be skipped for this transaction where the login may (a superuser);
    elsewhere they run."""
    cursor.execute("SAVEPOINT kd_replica")
    try:
        cursor.execute("SET LOCAL session_replication_role = replica")
    except Exception:
        cursor.execute("ROLLBACK TO SAVEPOINT kd_replica")
    else:
        cursor.execute("RELEASE SAVEPOINT kd_replica")


def restore_rows(
    db: Database,
    work: Path,
    progress: Progress = no_progress,
    *,
    backup_file: bool = False,
    marker: tuple[str, str] | None = None,
) -> list[TableSum]:
    """Put the working copy's rows into `db` (every table replaced). `backup_file`: `work`
    is a checked backup at this Kuaidan's schema, restored without a working copy (SQLite:
    saves copying the whole file once more). `marker`: a settings row (key, value) the
    restored database holds from the moment its rows are in. Returns what _restore_server
    returns (PostgreSQL: the sums of the COPY text sent), else nothing."""
    if db.dialect == "sqlite":
        live = sqlite_path(db.url)
        if live is None:
            raise BackupError("Cannot restore into an in-memory database")
        db.dispose()  # no pooled connection holds a read snapshot of the old file
        progress("restoring", 0, 1)
        _restore_sqlite(work, live, backup_file=backup_file)
        if marker is not None:
            conn = sqlite3.connect(live, timeout=60)
            try:
                conn.execute("DELETE FROM settings WHERE key = ?", (marker[0],))
                conn.execute(
                    "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                    (*marker, datetime.now(UTC).replace(tzinfo=None).isoformat(" ")),
                )
                conn.commit()
            finally:
                conn.close()
        progress("restoring", 1, 1)
        return []
    return _restore_server(db, work, progress, marker)


def row_counts(db: Database) -> dict[str, int]:
    counts = {}
    with db.write_engine.connect() as conn:
        for table in data_tables():
            counts[table.name] = int(
                conn.execute(select(func.count()).select_from(table)).scalar() or 0
            )
    return counts


def snapshot_sums(
    db: Database,
    folder: Path,
    progress: Progress = no_progress,
    *,
    skip_marker: str | None = None,
) -> list[TableSum]:
    """The table sums of a live database (any backend), as a backup of it would record.
    A server's rows are hashed as they stream in, in one snapshot, normalised as the
    snapshot file would hold them: no file needed. `skip_marker`: a settings row left out
    (a migration's target, which nobody else uses: a SQLite one is hashed in place)."""
    live = sqlite_path(db.url)
    if db.dialect == "sqlite" and skip_marker is not None and live is not None:
        db.dispose()
        conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
        try:
            return sorted(
                (table_sum(conn, t, marker_where("sqlite", t, skip_marker)) for t in data_tables()),
                key=lambda t: t.name,
            )
        finally:
            conn.close()
    if db.dialect == "sqlite":
        result = write_snapshot(
            db, folder / f"check{SUFFIX}", created_by="verify", progress=progress
        )
        try:
            return list(result.manifest.tables)
        finally:
            result.path.unlink(missing_ok=True)
    sums = []
    tables = data_tables()
    with consistent_read(db) as cursor:
        for number, table in enumerate(tables, 1):
            digest = hashlib.sha256()
            count = 0
            where = marker_where(db.dialect, table, skip_marker)
            for rows in _server_rows(cursor, table, where):
                digest.update(repr(rows).encode("utf-8"))
                count += len(rows)
            sums.append(TableSum(table.name, count, digest.hexdigest()))
            progress("verifying", number, len(tables))
    return sorted(sums, key=lambda t: t.name)


def compare_sums(
    expected: tuple[TableSum, ...] | list[TableSum], found: list[TableSum]
) -> list[str]:
    by_name = {t.name: t for t in found}
    problems = []
    for want in expected:
        got = by_name.get(want.name)
        if got is None:
            problems.append(f"{want.name}: missing")
        elif got.rows != want.rows:
            problems.append(f"{want.name}: {got.rows} rows, {want.rows} expected")
        elif got.sha256 != want.sha256:
            problems.append(f"{want.name}: same row count, different content")
    return problems
