"""Human-readable document numbers (orders, tickets, cases, waves...) that stay unique under
concurrency: a counter row per prefix and day, advanced by an UPDATE.

On a server database (PostgreSQL, MariaDB) the counter is advanced by one autocommitted
statement on another connection: the row is locked while the server runs it, never until the
caller's order, import chunk or ticket commits. Twenty workstations creating
orders then queue for about a millisecond each instead of for one another's whole
transactions. The price is gaps: a number taken by a transaction that later rolls back is not
handed out again (KD2026120600041 may be followed by ...043). Numbers stay unique and in date
order. SQLite has one writer at a time anyway, so there the counter moves inside the caller's
transaction, as before, and a rollback leaves no gap."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, func, select, update
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Counter


def next_value(session: Session, name: str, count: int = 1) -> int:
    """Reserve `count` consecutive values of the counter; returns the first one."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        return _advance(session, name, count)
    engine = bind.engine if isinstance(bind, Connection) else bind
    postgres = bind.dialect.name == "postgresql"
    # One statement in a transaction of its own (autocommit): the server holds the row's lock
    # while it runs that statement, never across a round trip to a workstation that may be
    # waiting for the CPU (in the 20-workstation soak, half the lock waits were on the
    # counter row of a client descheduled between its UPDATE, SELECT and COMMIT).
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        params = {"counter": name, "step": count}
        for _ in range(2):
            if postgres:
                last = connection.execute(_BUMP_RETURNING, params).scalar()
                if last is not None:
                    return int(last) - count + 1
            elif connection.execute(_BUMP_LAST_INSERT_ID, params).rowcount == 1:
                # MySQL/MariaDB have no UPDATE ... RETURNING; LAST_INSERT_ID(expr) keeps the
                # new value for this connection.
                return int(connection.execute(_LAST_INSERT_ID).scalar_one()) - count + 1
            # The counter's first use (each workstation may try at once): create it at 0.
            connection.execute(_CREATE_PG if postgres else _CREATE_MYSQL, {"counter": name})
    raise RuntimeError(f"could not advance counter {name}")


_COUNTERS = Counter.__table__
# Built once, on the table: an ORM UPDATE also looks for the row among the session's objects.
_BUMP = (
    update(_COUNTERS)
    .where(_COUNTERS.c.name == bindparam("counter"))
    .values(value=_COUNTERS.c.value + bindparam("step"))
)
_VALUE = select(_COUNTERS.c.value).where(_COUNTERS.c.name == bindparam("counter"))
_BUMP_RETURNING = _BUMP.returning(_COUNTERS.c.value)
_BUMP_LAST_INSERT_ID = (
    update(_COUNTERS)
    .where(_COUNTERS.c.name == bindparam("counter"))
    .values(value=func.last_insert_id(_COUNTERS.c.value + bindparam("step")))
)
_LAST_INSERT_ID = select(func.last_insert_id())
_CREATE_PG = (
    postgresql.insert(_COUNTERS)
    .values(name=bindparam("counter"), value=0)
    .on_conflict_do_nothing(index_elements=[_COUNTERS.c.name])
)
_CREATE_MYSQL = (
    mysql.insert(_COUNTERS)
    .values(name=bindparam("counter"), value=0)
    .on_duplicate_key_update(value=_COUNTERS.c.value)
)


def _advance(session: Session, name: str, count: int) -> int:
    connection = session.connection()
    for _ in range(2):
        bumped = connection.execute(_BUMP, {"counter": name, "step": count})
        if bumped.rowcount == 1:
            last = connection.execute(_VALUE, {"counter": name}).scalar_one()
            return int(last) - count + 1
        try:
            with session.begin_nested():  # another workstation may create it at the same time
                session.add(Counter(name=name, value=count))
            return 1
        except IntegrityError:
            continue
    raise RuntimeError(f"could not advance counter {name}")


def daily_number(session: Session, prefix: str, when: datetime, width: int = 5) -> str:
    """PREFIX + YYYYMMDD + zero-padded sequence of that day, e.g. KD2026112200042."""
    day = when.strftime("%Y%m%d")
    return f"{prefix}{day}{next_value(session, f'{prefix}:{day}'):0{width}d}"
