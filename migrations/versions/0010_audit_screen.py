"""Indexes for the audit log on screen: newest first by (ts, id) per user, per action, per
object type and over everything (app/audit_queries.py).

Revision ID: 0010_audit_screen
Revises: 0009_exceptions
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_audit_screen"
down_revision: str | None = "0009_exceptions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_audit_log_ts": ["ts", "id"],
    "ix_audit_log_user_ts": ["user_id", "ts", "id"],
    "ix_audit_log_action_ts": ["action", "ts", "id"],
    "ix_audit_log_type_ts": ["entity_type", "ts", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "audit_log", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="audit_log")
