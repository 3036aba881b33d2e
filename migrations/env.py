"""Alembic environment. The app passes its own connection; the `alembic` command line uses
KUAIDAN_DB_URL (or -x url=...)."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine, pool

from models import Base

config = context.config
target_metadata = Base.metadata

# Search objects that the models cannot describe (0002_order_search): the SQLite FTS5 table
# with its shadow tables, and PostgreSQL trigram indexes. `alembic check` must ignore them.
SEARCH_OBJECT_PREFIXES = ("order_search", "trgm_")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ in ("table", "index") and (name or "").startswith(SEARCH_OBJECT_PREFIXES))


def _url() -> str:
    return (
        context.get_x_argument(as_dictionary=True).get("url")
        or os.environ.get("KUAIDAN_DB_URL")
        or config.get_main_option("sqlalchemy.url")
        or ""
    )


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
        compare_type=True,
        include_name=include_name,
    )


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
