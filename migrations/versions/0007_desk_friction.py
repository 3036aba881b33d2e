"""Logistics exceptions can be marked handled (who, when, a note), so the queue empties as the
work is done; a newer tracking event brings the parcel back.

Revision ID: 0007_desk_friction
Revises: 0006_analytics
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = "0007_desk_friction"
down_revision: str | None = "0006_analytics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode: SQLite cannot add a column with a foreign key by ALTER TABLE alone.
    with op.batch_alter_table("shipments") as batch:
        batch.add_column(
            sa.Column("exception_handled_at", models.types.UTCDateTime(), nullable=True)
        )
        batch.add_column(sa.Column("exception_handled_by", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("exception_note", sa.String(500), nullable=False, server_default="")
        )
        batch.create_foreign_key(
            "fk_shipments_exception_handled_by_users", "users", ["exception_handled_by"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch:
        batch.drop_constraint("fk_shipments_exception_handled_by_users", type_="foreignkey")
        batch.drop_column("exception_note")
        batch.drop_column("exception_handled_by")
        batch.drop_column("exception_handled_at")
