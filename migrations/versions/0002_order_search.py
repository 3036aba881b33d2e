"""Order search: indexes for the Orders tab's queues and its one search box.

Plain indexes (recipient name for exact 2-character names, external no, order date, held
orders by state) on every backend. Substring search ("phone contains 1234567", a name or
address fragment) needs a trigram index, which the models cannot describe, so it is created
here per dialect and hidden from `alembic check` by migrations/env.py (SEARCH_OBJECT_PREFIXES):
SQLite: an FTS5 trigram table over the orders (external content) kept current by triggers;
PostgreSQL: pg_trgm GIN indexes; MySQL/MariaDB: none (LIKE falls back to a scan there).

Revision ID: 0002_order_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_order_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_COLUMNS = ("recipient_name", "recipient_phone", "address")
PLAIN_INDEXES = (
    ("ix_orders_recipient_name", ["recipient_name"]),
    ("ix_orders_external_no", ["external_no"]),
    ("ix_orders_ordered_at", ["ordered_at"]),
    ("ix_orders_hold_status", ["is_on_hold", "status"]),
)


def _sqlite_fts() -> list[str]:
    cols = ", ".join(SEARCH_COLUMNS)
    new = ", ".join(f"new.{c}" for c in SEARCH_COLUMNS)
    old = ", ".join(f"old.{c}" for c in SEARCH_COLUMNS)
    return [
        f"CREATE VIRTUAL TABLE order_search USING fts5({cols}, content='orders', "
        "content_rowid='id', tokenize='trigram', columnsize=0)",
        f"CREATE TRIGGER order_search_ai AFTER INSERT ON orders BEGIN "
        f"INSERT INTO order_search(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER order_search_ad AFTER DELETE ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old}); END",
        # Only when a searched column changes: state moves must not rewrite the index.
        f"CREATE TRIGGER order_search_au AFTER UPDATE OF {cols} ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO order_search(rowid, {cols}) VALUES (new.id, {new}); END",
        "INSERT INTO order_search(order_search) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for name, columns in PLAIN_INDEXES:
        op.create_index(name, "orders", columns)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _sqlite_fts():
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in SEARCH_COLUMNS:
            op.execute(
                f"CREATE INDEX trgm_orders_{column} ON orders USING gin ({column} gin_trgm_ops)"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("order_search_ai", "order_search_ad", "order_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS order_search")
    elif dialect == "postgresql":
        for column in SEARCH_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS trgm_orders_{column}")
    for name, _columns in reversed(PLAIN_INDEXES):
        op.drop_index(name, table_name="orders")
