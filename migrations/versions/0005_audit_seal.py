"""Audit entries may wait unsealed: seq, prev_hash and hash become nullable.

On PostgreSQL and MariaDB a transaction now only inserts its audit entries; a short sealing
transaction right after the commit chains them (app/audit.py). Every write used to take the
single audit_head row until commit, so all workstations' writes queued behind one another.
SQLite keeps chaining in the writer's transaction, and its columns stay filled.

Revision ID: 0005_audit_seal
Revises: 0004_rule_indexes
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_audit_seal"
down_revision: str | None = "0004_rule_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("seq", sa.Integer()), ("prev_hash", sa.String(64)), ("hash", sa.String(64)))


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        for name, type_ in COLUMNS:
            batch.alter_column(name, existing_type=type_, nullable=True)


def downgrade() -> None:
    # Seal first (main.py verify-audit does) or the NOT NULL cannot be restored.
    with op.batch_alter_table("audit_log") as batch:
        for name, type_ in COLUMNS:
            batch.alter_column(name, existing_type=type_, nullable=False)
