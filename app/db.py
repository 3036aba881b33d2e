"""Database access: engines per backend, SQLite pragmas, network-share refusal, passwords.

SQLite (default, one PC): WAL, foreign keys, busy timeout, synchronous=FULL on every
connection; write units begin with BEGIN IMMEDIATE on a single writer connection per
process (several writer connections in one process only fight over the file lock).
PostgreSQL (psycopg 3) and MySQL/MariaDB (PyMySQL) by URL for several workstations.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Connection,
    Engine,
    Select,
    Table,
    any_,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import URL, CursorResult, Result
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.visitors import InternalTraversal

from app import credentials
from app.errors import ConfigurationError, DatabaseUnavailable

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
# Server databases: how long a statement waits for another workstation's row lock before it
# gives up (RecordBusy), instead of freezing the action behind a forgotten transaction.
LOCK_TIMEOUT_MS = 3000
# Another workstation that ran a statement this recently counts as at work (`others_busy`).
BUSY_WINDOW_S = 2
_PG_LOCK_NOT_AVAILABLE = "55P03"
_MYSQL_LOCK_WAIT_TIMEOUT = 1205
BULK_CACHE_MAX_KIB = 65_536  # the most page cache the writer takes during a bulk import
BULK_CACHE_MIN_KIB = 32_768  # the least: what a 100,000-row import's index pages need
BULK_CHECKPOINT_PAGES = 16_384  # WAL pages (64 MB) between checkpoints during one
# SQLite's locking and WAL need a local file system. A deny-list of network file systems
# let through every one it did not name (GNOME's SMB mounts fuse.gvfsd-fuse, fuse.smbnetfs,
# fuse.s3fs, afpfs, webdav, ncpfs ...): only these known-local ones are accepted, and any
# other type (every FUSE file system, cifs, smb*, nfs*, 9p, ceph ...) is refused.
LOCAL_FILESYSTEMS = frozenset(
    {
        "ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "zfs", "bcachefs", "jfs", "reiserfs",
        "nilfs2", "tmpfs", "ramfs", "overlay", "vfat", "msdos", "exfat", "ntfs", "ntfs3",
        "apfs", "hfs", "hfsplus",
        # ntfs-3g and exfat-fuse: FUSE, but on a local block device (a network file system
        # has no block device; FUSE ones are "fuse.<name>").
        "fuseblk",
    }
)  # fmt: skip
_DRIVERS = {"postgresql": "psycopg", "mysql": "pymysql", "mariadb": "pymysql"}

PasswordPrompt = Callable[[str], str | None]


def strip_password(url: str) -> str:
    """The URL as it may be shown or saved: with the password removed."""
    if not url:
        return url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    return parsed._replace(password=None).render_as_string(
        hide_password=False
    )  # .set() ignores None


def normalise_url(url: str) -> URL:
    """Parse a URL and pin the driver we ship (psycopg 3, PyMySQL)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError("Not a database URL: {url}", url=strip_password(url)) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed
    if backend not in _DRIVERS:
        raise ConfigurationError(
            "Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb",
            backend=backend,
        )
    return parsed.set(drivername=f"{backend}+{_DRIVERS[backend]}")


def mount_fstype(path: Path, mounts_text: str | None = None) -> str | None:
    """The filesystem type of the mount holding `path` (Linux /proc/mounts), or None."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """Whether `path` is (or may be) on a shared or network file system: a UNC path, a
    remote Windows drive, or on Linux any mount type but the known-local ones."""
    raw = str(path)
    if raw.startswith(("\\\\", "//")):  # a Windows UNC share
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(raw))[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]
    resolved = path.resolve() if path.exists() else path.parent.resolve() / path.name
    fstype = mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype.lower() not in LOCAL_FILESYSTEMS


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook, not pysqlite, decide when and how a transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _make_sqlite_engine(url: URL, *, immediate: bool, pool_size: int) -> Engine:
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=60,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _sqlite_on_connect)
    begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine


def bulk_cache_kib(database_bytes: int) -> int:
    """The writer's page cache for a bulk import into a SQLite file of that size: an eighth
    of it, between 32 MB and 64 MB. The import itself grows a new shop's database: with
    SQLite's default 2 MB the orders' dozen indexes fell out of the cache within the first
    100,000 rows (their insert took 35 % longer; the import 5-10 %)."""
    return min(BULK_CACHE_MAX_KIB, max(BULK_CACHE_MIN_KIB, database_bytes // 8 // 1024))


@dataclass
class Database:
    """The engines and session factories of one database; shared by all services."""

    url: URL
    read_engine: Engine
    write_engine: Engine

    def __post_init__(self) -> None:
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        # The server's ids of this workstation's own connections (see `others_busy`).
        self._own_backends: set[int] = set()
        if self.write_engine.dialect.name != "sqlite":
            for engine in {self.write_engine, self.read_engine}:
                # On checkout, not connect: the login check's connection predates this.
                event.listen(engine, "checkout", self._remember_backend)

    def _remember_backend(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        # Both drivers know the id without a query: psycopg's backend pid, PyMySQL's thread id.
        info = getattr(dbapi_connection, "info", None)
        backend = getattr(info, "backend_pid", None)
        if backend is None and hasattr(dbapi_connection, "thread_id"):
            backend = dbapi_connection.thread_id()
        if isinstance(backend, int):
            self._own_backends.add(backend)

    def others_busy(self, within_s: int = BUSY_WINDOW_S) -> int:
        """How many other sessions of this database (other workstations) ran a statement in
        the last `within_s` seconds or run one now; 0 on SQLite (one workstation). Reads
        only the server's own views. A background job asks it to know whether to give way.
        A server shows another login's sessions only to a role that may see them
        (PostgreSQL pg_read_all_stats, MariaDB PROCESS): without it, workstations that log in
        under other names are not seen, and the job goes on at full speed."""
        dialect = self.dialect
        if dialect == "sqlite":
            return 0
        own = sorted(self._own_backends) or [0]
        if dialect == "postgresql":
            sql = text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_type = 'client backend' AND pid <> ALL(:own) "
                "AND (state = 'active' OR state_change > clock_timestamp() - :within "
                "* interval '1 second')"
            )
        else:
            sql = text(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                "AND ID NOT IN :own AND (COMMAND <> 'Sleep' OR TIME < :within)"
            ).bindparams(bindparam("own", expanding=True))
        with self.read_engine.connect() as conn:
            return int(conn.execute(sql, {"own": own, "within": within_s}).scalar() or 0)

    @property
    def dialect(self) -> str:
        """'sqlite', 'postgresql' or 'mysql' (MariaDB reports itself as mysql)."""
        return self.write_engine.dialect.name

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def session(self, *, write: bool) -> Session:
        return self._write_sessions() if write else self._read_sessions()

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """SQLite: while a bulk import runs, the writer connection keeps a bigger page cache
        (`bulk_cache_kib`) and checkpoints the WAL every 64 MB instead of every 4 MB. Each
        chunk inserts at random places of a dozen indexes; into a database of a million
        orders the pages no longer fit SQLite's 2 MB cache, and every commit's checkpoint
        wrote the same index pages again (commits 5 s of a 25 s import). Other backends:
        nothing to do."""
        path = sqlite_path(self.url)
        if path is None:
            yield
            return
        size = path.stat().st_size if path.exists() else 0
        self._writer_pragmas(cache_kib=bulk_cache_kib(size), checkpoint_pages=BULK_CHECKPOINT_PAGES)
        try:
            yield
        finally:
            # If the database is gone, the import's own error says so: nothing to undo.
            with suppress(SQLAlchemyError):
                self._writer_pragmas(cache_kib=2000, checkpoint_pages=1000)  # SQLite's defaults

    def _writer_pragmas(self, *, cache_kib: int, checkpoint_pages: int) -> None:
        with self.write_engine.connect() as conn:  # the one writer connection (pool of 1)
            conn.exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
            conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={int(checkpoint_pages)}")

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def open_database(
    url: str,
    *,
    password_prompt: PasswordPrompt | None = None,
    pool_size: int = 5,
) -> Database:
    """Open (and for SQLite create the folder of) the database at `url`.

    For a server database without a password in the URL, the keyring is asked first, then
    `password_prompt` if the server refuses; a prompted password goes to the keyring if one
    works, otherwise it lives only in this process.
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        if path is not None:
            if is_network_path(path):
                raise ConfigurationError(
                    "The SQLite file {path} is on a network share. SQLite cannot be shared "
                    "safely over a network (its locking and WAL do not work there). Keep the "
                    "file on a local disk, or use a PostgreSQL/MySQL server for several PCs.",
                    path=str(path),
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        write = _make_sqlite_engine(parsed, immediate=True, pool_size=1)
        read = _make_sqlite_engine(parsed, immediate=False, pool_size=pool_size)
        return Database(parsed, read, write)

    if parsed.password is None:
        stored = credentials.load_password(parsed)
        if stored is not None:
            parsed = parsed.set(password=stored)
    engine = _connect_server(parsed, pool_size)
    if engine is None:
        if password_prompt is None:
            raise DatabaseUnavailable(
                "The server refused the login for {url}",
                url=strip_password(str(parsed)),
            )
        secret = password_prompt(parsed.render_as_string(hide_password=True))
        if not secret:
            raise DatabaseUnavailable(
                "No password given for {url}", url=strip_password(str(parsed))
            )
        parsed = parsed.set(password=secret)
        engine = _connect_server(parsed, pool_size)
        if engine is None:
            raise DatabaseUnavailable(
                "The server refused the password for {url}", url=strip_password(str(parsed))
            )
        credentials.store_password(parsed, secret)
    return Database(parsed, engine, engine)


def lock_timeout_args(url: URL) -> dict[str, Any]:
    """Connect arguments that set the session's lock timeout (`LOCK_TIMEOUT_MS`)."""
    if url.get_backend_name() == "postgresql":
        return {"options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"}
    if url.get_backend_name() in ("mysql", "mariadb"):
        seconds = max(1, LOCK_TIMEOUT_MS // 1000)  # InnoDB counts whole seconds
        return {"init_command": f"SET SESSION innodb_lock_wait_timeout = {seconds}"}
    return {}


def is_lock_timeout(exc: SQLAlchemyError) -> bool:
    """The statement waited `LOCK_TIMEOUT_MS` for a row lock (PostgreSQL 55P03
    lock_not_available, MySQL/MariaDB 1205 lock wait timeout)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE:
        return True
    args: tuple[Any, ...] = getattr(orig, "args", ())
    return bool(args) and args[0] == _MYSQL_LOCK_WAIT_TIMEOUT


def _connect_server(url: URL, pool_size: int) -> Engine | None:
    """An engine that has made one real connection, or None if the login was refused."""
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=10,
        pool_pre_ping=True,
        connect_args=lock_timeout_args(url),
    )
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        text = str(exc.orig).lower()
        if "password" in text or "access denied" in text or "authentication" in text:
            return None
        raise DatabaseUnavailable(
            "Cannot reach the database at {url}: {reason}",
            reason=str(exc.orig).strip(),
            url=url.render_as_string(hide_password=True),
        ) from exc
    return engine


class _OneOf(ColumnElement[bool]):
    """`column IN (...)` or, on PostgreSQL, `column = ANY(array)`: see `one_of`."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a comparison: not `(... IN (...)) = 1`, which no index serves
    # A list, as on SQLAlchemy's own elements (a ClassVar annotation clashes with their base).
    _traverse_internals = [  # noqa: RUF012
        ("as_in", InternalTraversal.dp_clauseelement),
        ("as_any", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, values: list[Any]) -> None:
        self.as_in = column.in_(bindparam(None, values, expanding=True, type_=column.type))
        self.as_any = column == any_(bindparam(None, values, type_=ARRAY(column.type)))


@compiles(_OneOf)
def _compile_in(element: _OneOf, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.as_in, **kw))


@compiles(_OneOf, "postgresql")
def _compile_any(element: _OneOf, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.as_any, **kw))


class _Rare(ColumnElement[bool]):
    """A condition the planner should take as rarely true: see `rare`."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True
    _traverse_internals = [("condition", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, condition: ColumnElement[bool]) -> None:
        self.condition = condition


@compiles(_Rare)
def _compile_rare(element: _Rare, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.condition, **kw))


@compiles(_Rare, "sqlite")
def _compile_unlikely(element: _Rare, compiler: Any, **kw: Any) -> str:
    return f"unlikely({compiler.process(element.condition, **kw)})"


def rare(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """`condition`, marked for SQLite's planner as rarely true (`unlikely(...)`), so that it
    uses the condition's index whatever ANALYZE saw. A flag column such as "blacklisted"
    holds one value in almost every row: ANALYZE then rates its index as useless, and the
    planner scanned the whole table rather than search the index for the few rows that
    have the other value. Other databases keep per-value statistics: the plain condition."""
    return _Rare(condition)


# Values per one_of() query: an import chunk's numbers, names or SKUs in one lookup. On
# PostgreSQL five queries of 900 took 3 to 5 times as long as one of 4,334 (each is planned
# afresh); SQLite takes 32,766 variables a statement.
ONE_OF_PART = 5000


def one_of_parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """The values in parts of `ONE_OF_PART`, one `one_of` lookup each."""
    for start in range(0, len(values), ONE_OF_PART):
        yield values[start : start + ONE_OF_PART]


def rows_changed(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE matched. `Session.execute` is typed as returning a plain
    Result; for a DML statement it is a CursorResult, which carries the count."""
    return cast(CursorResult[Any], result).rowcount


def one_of(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """`column IN (values)` for the thousands of values of an import chunk. The values go in
    one parameter: `column.in_(values)` coerces each as a literal (twice the cost to build),
    and PostgreSQL parses and plans an IN list of 900 parameters about five times slower
    than `= ANY` of one array."""
    return _OneOf(column, _padded(list(values)))


def _padded(values: list[Any]) -> list[Any]:
    """The values with the last repeated up to the next of a few lengths (4, 5, 6 or 7 times
    a power of two): an IN list's statement text has one placeholder per value, and the
    driver keeps each text prepared, so lists of every length filled the statement cache
    with large statements (SQLite: 6 MB more per chunk of an import)."""
    count = len(values)
    if count <= 4:
        return values
    step = 1 << (count.bit_length() - 3)  # a quarter of the power of two below count
    size = -(-count // step) * step
    return values + [values[-1]] * (size - count)


_OTHER_PLAN_MODES = frozenset({"force_custom_plan", "force_generic_plan"})


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows, as fast as the database takes them.

    SQLite: multi-row INSERT ... VALUES statements. Its FTS5 index of the orders flushes
    after every statement, so an executemany of 1,000 orders costs several times more than
    one statement of 1,000 rows. PostgreSQL: COPY (about three times psycopg's pipelined
    executemany). MySQL/MariaDB: SQLAlchemy's executemany, which PyMySQL rewrites into
    multi-row VALUES. The values go through each column's own bind processing (Money, UTC
    timestamps, enums) once per distinct value, about half the cost of SQLAlchemy's."""
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0])
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(n) for n in names)
    if dialect.name == "postgresql":
        # Foreign-key checks run cached plans: where the transaction forces custom plans
        # (the import's lookups do) every copied row would be planned afresh, 3x the cost.
        mode = connection.exec_driver_sql("SHOW plan_cache_mode").scalar()
        if mode in _OTHER_PLAN_MODES:
            connection.exec_driver_sql("SET LOCAL plan_cache_mode = auto")
        driver = connection.connection.driver_connection  # psycopg: same transaction
        statement = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            width = len(names)
            for values in _bound(dialect, table, names, rows, _sizes(len(rows), 1000)):
                for start in range(0, len(values), width):
                    copy.write_row(values[start : start + width])
        if mode in _OTHER_PLAN_MODES:
            connection.exec_driver_sql(f"SET LOCAL plan_cache_mode = {mode}")
        return
    if dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    one = "(" + ", ".join([marker] * len(names)) + ")"
    head = f"INSERT INTO {quote(table.name)} ({columns}) VALUES "
    # As many rows per statement as SQLite's 32,766 bound values allow; the rest in
    # statements of 512, 256, ... rows: a handful of statement texts per table, which the
    # driver's statement cache keeps prepared (one text per row count held a prepared
    # statement of megabytes per chunk: the import grew by 7 MB a chunk).
    per_statement = max(1, min(1000, 32_000 // len(names)))
    for values in _bound(dialect, table, names, rows, _sizes(len(rows), per_statement)):
        count = len(values) // len(names)
        connection.exec_driver_sql(head + ", ".join([one] * count), tuple(values))


def _sizes(count: int, most: int) -> list[int]:
    """`count` split into parts of `most`, then powers of two: 2,500 by 1,000 -> 1000, 1000,
    256, 128, 64, 32, 16, 4."""
    sizes = [most] * (count // most)
    rest = count % most
    while rest:
        part = 1 << (rest.bit_length() - 1)
        sizes.append(part)
        rest -= part
    return sizes


def _bound(
    dialect: Any,
    table: Table,
    names: list[str],
    rows: Sequence[dict[str, Any]],
    sizes: Sequence[int],
) -> Iterator[list[Any]]:
    """The rows' values as the driver takes them, one flat list per size in `sizes`."""
    width = len(names)
    row_values = itemgetter(*names) if width > 1 else lambda row: (row[names[0]],)
    # Prices, timestamps and flags repeat from row to row: each distinct value is processed
    # once (equal values bind equally: Decimal("50.0") and Decimal("50.00") are 5000 cents).
    processed: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
    for position, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processed.append((position, process, {}))
    start = 0
    for size in sizes:
        values = list(chain.from_iterable(map(row_values, rows[start : start + size])))
        start += size
        # Column by column over the flat list: one tight loop per column needing conversion.
        for position, convert, memo in processed:
            for at in range(position, len(values), width):
                value = values[at]
                if value is None:
                    continue
                try:
                    values[at] = memo[value]
                except KeyError:
                    memo[value] = values[at] = convert(value)
                except TypeError:  # not hashable
                    values[at] = convert(value)
        yield values


_HIGHEST_ID: dict[str, Select[tuple[Any]]] = {}


def _highest_id(table: Table) -> Select[tuple[Any]]:
    """`SELECT max(id)` of the table, built once per table."""
    statement = _HIGHEST_ID.get(table.name)
    if statement is None:
        statement = _HIGHEST_ID[table.name] = select(func.max(table.c.id))
    return statement


def insert_returning_ids(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    key: Sequence[str],
    *,
    multi_row: bool = False,
) -> list[int]:
    """Bulk-insert `rows` and return their new ids in the same order.

    A plain executemany (SQLAlchemy's INSERT ... RETURNING of many rows costs several times
    more per row). Ids only grow (SQLite's rowid, sequences, auto-increment): when the highest
    id rose by exactly the number of rows, ours are the ids in between, in order; otherwise
    (another workstation inserted meanwhile) the rows above the highest id before are read
    and ours matched by `key`, columns whose values tell the rows apart. `multi_row`: insert
    with `insert_rows`."""
    if not rows:
        return []
    highest = _highest_id(table)
    before = connection.scalar(highest) or 0
    if multi_row:
        insert_rows(connection, table, rows)
    else:
        connection.execute(insert(table), rows)
    last = connection.scalar(highest) or 0
    if last - before == len(rows):
        # n new ids, all above `before`, the highest before + n: exactly before+1 .. before+n,
        # given in the rows' order (nobody else's row came between; ours need no reading).
        return list(range(before + 1, last + 1))
    key_columns = [table.c[k] for k in key]
    by_key = {
        tuple(found[1:]): found[0]
        for found in connection.execute(
            select(table.c.id, *key_columns).where(table.c.id > before).order_by(table.c.id)
        ).all()  # one fetchall: iterating fetches row by row
    }
    return [by_key[tuple(row[k] for k in key)] for row in rows]
