"""Accounts: when a password was last set (its expiry) and the failed logins of unknown names.

Revision ID: 0013_accounts
Revises: 0012_alerts_mail
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = "0013_accounts"
down_revision: str | None = "0012_alerts_mail"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: no table rebuild on SQLite.
    op.add_column(
        "users", sa.Column("password_changed_at", models.types.UTCDateTime(), nullable=True)
    )
    op.create_table(
        "login_failures",
        sa.Column("name_key", sa.String(length=64), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", models.types.UTCDateTime(), nullable=True),
        sa.Column("last_failed_at", models.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "failed_attempts >= 0", name=op.f("ck_login_failures_failed_attempts_nonneg")
        ),
        sa.PrimaryKeyConstraint("name_key", name=op.f("pk_login_failures")),
    )
    op.create_index(
        "ix_login_failures_locked_until", "login_failures", ["locked_until"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_login_failures_locked_until", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_column("users", "password_changed_at")
