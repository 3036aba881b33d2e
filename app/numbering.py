"""Human-readable document numbers (orders, tickets, cases, waves...) that stay unique under
concurrency: a counter row advanced by an UPDATE, which locks it until commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Counter


def next_value(session: Session, name: str, count: int = 1) -> int:
    """Reserve `count` consecutive values of the counter; returns the first one."""
    for _ in range(2):
        bumped = session.execute(
            update(Counter).where(Counter.name == name).values(value=Counter.value + count)
        )
        if bumped.rowcount == 1:
            last = session.execute(select(Counter.value).where(Counter.name == name)).scalar_one()
            return last - count + 1
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
