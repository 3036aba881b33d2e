"""Report speed on a million orders: indexes that let each report query read one index in the
order it groups by, and statistics so SQLite's planner uses them.

- order_lines (order_id, sku, qty): the units sold per SKU and channel (returns page) are read
  from the index alone, not from every line row of the period.
- order_speed_facts (<stage>_min, ordered_at), one per stage: each stage's minute histogram is
  read in minute order (a skip-scan over the few distinct minutes with statistics) instead of
  sorting the period's rows.
- orders (status, ordered_at): the period's orders per state (conversion, speed) likewise.
- refunds (status, decided_at): the returns page counts refunds by the day they were approved.

On SQLite, ANALYZE (sampled, so it stays quick on a big file) records how selective each index
is; without statistics the planner does not know the skip-scans pay.

Revision ID: 0011_report_speed
Revises: 0010_audit_screen
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_report_speed"
down_revision: str | None = "0010_audit_screen"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("review", "confirm", "pick", "pack", "ship", "pay_to_ship")
INDEXES = (
    ("ix_order_lines_report", "order_lines", ["order_id", "sku", "qty"]),
    ("ix_orders_status_ordered_at", "orders", ["status", "ordered_at"]),
    ("ix_refunds_status_decided_at", "refunds", ["status", "decided_at"]),
    *(
        (f"ix_order_speed_facts_{name}", "order_speed_facts", [f"{name}_min", "ordered_at"])
        for name in STAGES
    ),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)  # plain indexes: no table rebuild
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA analysis_limit=1000")
        for table in ("orders", "order_lines", "order_speed_facts", "refunds"):
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
