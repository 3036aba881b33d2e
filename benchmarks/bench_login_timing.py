"""How long a failed login takes for an existing name with a wrong password and for a name
no user has, on PostgreSQL (issue 19: a wrong password was 11 ms slower than an unknown
user in 36 of 40 pairs, which told an attacker which names exist).

    python benchmarks/bench_login_timing.py [--db-url URL] [--pairs 40]

(--db-url: the server's admin database, by default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres.)

Each run makes a throw-away database on the server. The two kinds of attempt alternate in
pairs (the order inside a pair alternates too); each unknown attempt uses a new name, as an
attacker probing names would. The existing user's counter is cleared between pairs, outside
the timing, so the account never locks. Prints per-kind medians and the pairs in which the
wrong password was the slower, then the same with a cheap argon2id for both the account and
the dummy (`*_db_ms`: the database work of the two paths alone, which the real hash's time
on a busy machine hides); the last line is one JSON object:
{"wrong_password_ms": ..., "unknown_user_ms": ..., ...}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", default=PG_ADMIN, help="the server's admin database URL")
    parser.add_argument("--pairs", type=int, default=40)
    args = parser.parse_args()

    from argon2 import PasswordHasher
    from sqlalchemy import create_engine, text, update
    from sqlalchemy.engine import make_url

    from app import auth
    from app.errors import AccountLocked, InvalidCredentials
    from app.permissions import Role
    from app.services import connect
    from app.uow import transaction
    from models import User

    name = f"kd_login_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(args.db_url).set(database=name).render_as_string(hide_password=False)
    services = connect(url)
    try:
        boss = services.auth.create_first_admin("boss", "boss-password-1")
        clerk = services.users.create_user(boss, "clerk", "clerk-password-1", Role.REVIEWER)

        def clear() -> None:
            transaction(
                services.db,
                None,
                lambda uow: uow.session.execute(
                    update(User).values(failed_attempts=0, locked_until=None)
                ),
            )

        def attempt(username: str) -> float:
            started = time.perf_counter()
            with contextlib.suppress(InvalidCredentials, AccountLocked):
                services.auth.login(username, "not-the-password")
            return (time.perf_counter() - started) * 1000

        def measure(pairs: int) -> tuple[list[float], list[float]]:
            for _ in range(3):  # warm-up: connections, statement caches, the dummy hash
                attempt("clerk")
                attempt(f"nobody-{uuid.uuid4().hex[:8]}")
                clear()
            wrong: list[float] = []
            unknown: list[float] = []
            for pair in range(pairs):
                clear()
                probe = f"nobody-{uuid.uuid4().hex[:8]}"
                if pair % 2:
                    unknown.append(attempt(probe))
                    wrong.append(attempt("clerk"))
                else:
                    wrong.append(attempt("clerk"))
                    unknown.append(attempt(probe))
            return wrong, unknown

        wrong, unknown = measure(args.pairs)
        # The same with a cheap argon2id (both the account's hash and the dummy): what is
        # left is the database work of the two paths, which a busy machine's hashing noise
        # would otherwise hide.
        auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        auth._dummy_hash.cache_clear()
        services.users.reset_password(boss, clerk.id, "clerk-password-2")
        db_wrong, db_unknown = measure(args.pairs)
        slower = sum(w > u for w, u in zip(wrong, unknown, strict=True))
        db_slower = sum(w > u for w, u in zip(db_wrong, db_unknown, strict=True))
        result = {
            "wrong_password_ms": round(statistics.median(wrong), 2),
            "unknown_user_ms": round(statistics.median(unknown), 2),
            "pairs": args.pairs,
            "wrong_password_slower_in": slower,
            "wrong_password_db_ms": round(statistics.median(db_wrong), 2),
            "unknown_user_db_ms": round(statistics.median(db_unknown), 2),
            "wrong_password_db_slower_in": db_slower,
            "backend": services.db.dialect,
        }
    finally:
        services.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
    print(
        f"wrong password {result['wrong_password_ms']} ms, unknown user "
        f"{result['unknown_user_ms']} ms (medians of {args.pairs}); the wrong password was "
        f"slower in {slower} of {args.pairs} pairs"
    )
    print(
        f"with a cheap hash: wrong password {result['wrong_password_db_ms']} ms, unknown user "
        f"{result['unknown_user_db_ms']} ms; the wrong password was slower in {db_slower} of "
        f"{args.pairs} pairs"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
