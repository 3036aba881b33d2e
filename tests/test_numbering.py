"""Document numbers: unique under concurrency, and on a server never a queue behind another
workstation's open transaction (app/numbering.py)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, select

from app.db import Database
from app.numbering import daily_number
from models import Counter

WHEN = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)


def _numbers(database: Database, how_many: int) -> list[str]:
    taken = []
    for _ in range(how_many):
        with database.session(write=True) as session, session.begin():
            taken.append(daily_number(session, "KD", WHEN))
    return taken


def test_numbers_from_many_workstations_at_once_are_unique_and_of_the_day(
    database: Database,
) -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        batches = list(pool.map(lambda _: _numbers(database, 15), range(6)))
    numbers = [n for batch in batches for n in batch]
    assert len(numbers) == 90 and len(set(numbers)) == 90
    assert all(n.startswith("KD20261206") and len(n) == len("KD20261206") + 5 for n in numbers)
    # Each workstation's own numbers rise in the order it took them.
    assert all(batch == sorted(batch) for batch in batches)


def test_an_open_transaction_holding_a_number_does_not_make_others_wait(
    database: Database,
) -> None:
    """A clerk's order that took its number and has not committed yet (review rules, audit,
    a slow network) must not hold up the next clerk's number on a server. SQLite serialises
    writers anyway; there the second number waits for the first transaction."""
    took_number = threading.Event()
    release = threading.Event()
    held: list[str] = []

    def slow_clerk() -> None:
        with database.session(write=True) as session:
            session.begin()
            held.append(daily_number(session, "KD", WHEN))
            took_number.set()
            release.wait(10)
            session.rollback()  # the order failed its checks: its number is not reused

    clerk = threading.Thread(target=slow_clerk)
    clerk.start()
    try:
        assert took_number.wait(10)
        if database.dialect == "sqlite":
            return
        started = time.perf_counter()
        other = _numbers(database, 1)[0]
        waited = time.perf_counter() - started
        assert waited < 1.0, f"the second number waited {waited:.2f} s"
        assert other > held[0]
    finally:
        release.set()
        clerk.join(10)
    # The rolled-back number is a gap, never handed out twice; the counter kept moving.
    after = _numbers(database, 1)[0]
    assert after > other > held[0]
    with database.session(write=False) as session:
        value = session.execute(
            select(Counter.value).where(Counter.name == "KD:20261206")
        ).scalar_one()
    assert value == int(after[-5:])


def test_a_server_counter_moves_in_one_autocommitted_statement(database: Database) -> None:
    """On a server the counter row is locked only while the server runs one statement: a
    workstation waiting for the CPU between its UPDATE, SELECT and COMMIT held everyone's
    next number (half the lock waits of the 20-workstation soak). The day's first number
    creates the counter the same way."""
    seen: list[tuple[str, object]] = []

    def keep(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "counters" in statement:
            seen.append((statement.split()[0], conn.get_execution_options().get("isolation_level")))

    event.listen(database.write_engine, "before_cursor_execute", keep)
    try:
        first = _numbers(database, 1)[0]
        created = list(seen)
        seen.clear()
        second, third = _numbers(database, 2)
    finally:
        event.remove(database.write_engine, "before_cursor_execute", keep)
    assert first.endswith("00001") and second.endswith("00002") and third.endswith("00003")
    if database.dialect == "sqlite":  # one writer: the counter moves in the caller's transaction
        assert seen == [("UPDATE", None), ("SELECT", None)] * 2
    else:
        bump, create = ("UPDATE", "AUTOCOMMIT"), ("INSERT", "AUTOCOMMIT")
        assert created == [bump, create, bump]
        assert seen == [("UPDATE", "AUTOCOMMIT")] * 2
