"""Abnormal-order findings (the exception center) and in-app notifications.

Revision ID: 0009_exceptions
Revises: 0008_money
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = "0009_exceptions"
down_revision: str | None = "0008_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exception_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("object_ref", sa.String(length=64), nullable=False),
        sa.Column("since", models.types.UTCDateTime(), nullable=False),
        sa.Column("opened_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("open_key", sa.String(length=64), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("handled_by", sa.Integer(), nullable=True),
        sa.Column("handled_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("closed_at", models.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_exception_findings_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["handled_by"], ["users.id"], name=op.f("fk_exception_findings_handled_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exception_findings")),
        sa.UniqueConstraint("open_key", name=op.f("uq_exception_findings_open_key")),
    )
    op.create_index(
        "ix_exception_findings_state_kind", "exception_findings", ["state", "kind"], unique=False
    )
    op.create_index(
        "ix_exception_findings_object",
        "exception_findings",
        ["object_type", "object_id"],
        unique=False,
    )
    op.create_index(
        "ix_exception_findings_queue",
        "exception_findings",
        ["state", "severity", "since"],
        unique=False,
    )
    op.create_index(
        "ix_exception_findings_owner", "exception_findings", ["owner_id", "state"], unique=False
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("actor_name", sa.String(length=128), nullable=False),
        sa.Column("created_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("read_at", models.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["exception_findings.id"],
            name=op.f("fk_notifications_finding_id_exception_findings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(
        "ix_notifications_user_read", "notifications", ["user_id", "read_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_notifications_user_read", table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_exception_findings_owner", table_name="exception_findings")
    op.drop_index("ix_exception_findings_queue", table_name="exception_findings")
    op.drop_index("ix_exception_findings_object", table_name="exception_findings")
    op.drop_index("ix_exception_findings_state_kind", table_name="exception_findings")
    op.drop_table("exception_findings")
