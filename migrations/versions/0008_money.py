"""Money and the order's end: payment status/reason/recorder, cash on delivery.

Payments get a status (paid, pending, failed, collected by the carrier), a reason, who
recorded them and, for cash on delivery, the carrier, the parcel and what the carrier
remitted. Orders get `is_cod`: reviewed and shipped unpaid, the carrier collects.

Revision ID: 0008_money
Revises: 0007_desk_friction
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = "0008_money"
down_revision: str | None = "0007_desk_friction"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="paid")
        )
        batch_op.add_column(
            sa.Column("reason", sa.String(length=255), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("recorded_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("carrier_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("tracking_no", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("remitted_amount", models.types.Money(), nullable=True))
        batch_op.add_column(sa.Column("remitted_at", models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("remittance_file", sa.String(length=255), nullable=False, server_default="")
        )
        batch_op.create_foreign_key(
            op.f("fk_payments_recorded_by_users"), "users", ["recorded_by"], ["id"]
        )
        batch_op.create_foreign_key(
            op.f("fk_payments_carrier_id_carriers"), "carriers", ["carrier_id"], ["id"]
        )
        batch_op.create_index("ix_payments_status_carrier", ["status", "carrier_id"], unique=False)
    # Not in batch mode: on SQLite a batch rebuilds the orders table, and the rebuild dropped
    # the order search's triggers (new orders were no longer found by phone or name).
    op.add_column(
        "orders", sa.Column("is_cod", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE orders DROP COLUMN is_cod")  # keeps the search triggers
    else:
        op.drop_column("orders", "is_cod")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_status_carrier")
        batch_op.drop_constraint(op.f("fk_payments_carrier_id_carriers"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_payments_recorded_by_users"), type_="foreignkey")
        for column in ("remittance_file", "remitted_at", "remitted_amount", "tracking_no",
                       "carrier_id", "recorded_by", "reason", "status"):  # fmt: skip
            batch_op.drop_column(column)
