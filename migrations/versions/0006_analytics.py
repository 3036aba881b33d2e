"""Analytics: product cost (stock valuation), receipt unit cost, and the reports' indexes.

The reports aggregate a period's orders by local day; with a covering index on
(ordered_at, status, channel, total) SQLite answers from the index alone instead of reading
every order row of the period. Units shipped per SKU come from the stock ledger by kind and
date.

Revision ID: 0006_analytics
Revises: 0005_audit_seal
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0006_analytics"
down_revision: str | None = "0005_audit_seal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("review", "confirm", "pick", "pack", "ship", "pay_to_ship")
INDEXES = (
    ("ix_orders_report", "orders", ["ordered_at", "status", "channel", "total"]),
    (
        "ix_stock_movements_kind_created",
        "stock_movements",
        ["kind", "created_at", "product_id", "warehouse_id", "on_hand_delta"],
    ),
    (
        "ix_shipments_report", "shipments",
        ["shipped_at", "carrier_id", "label_status", "status", "delivered_at", "cost"],
    ),
    ("ix_tracking_events_status", "tracking_events", ["status", "shipment_id"]),
    ("ix_tickets_created_at", "tickets", ["created_at"]),
    ("ix_order_events_status_ts", "order_events", ["to_status", "ts"]),
)


def upgrade() -> None:
    op.create_table(
        "order_speed_facts",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("ordered_at", sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=True),
        sa.Column("carrier_id", sa.Integer(), nullable=True),
        *(sa.Column(f"{name}_min", sa.Integer(), nullable=True) for name in STAGES),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_order_speed_facts_order_id_orders",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("order_id", name="pk_order_speed_facts"),
    )  # fmt: skip
    op.create_index(
        "ix_order_speed_facts_report",
        "order_speed_facts",
        ["ordered_at", *(f"{name}_min" for name in STAGES)],
    )
    op.create_table(
        "report_marks",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_report_marks"),
    )
    op.add_column(
        "products", sa.Column("cost", sa.BigInteger(), nullable=False, server_default="0")
    )
    op.add_column("stock_movements", sa.Column("unit_cost", sa.BigInteger(), nullable=True))
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    op.drop_table("report_marks")
    op.drop_index("ix_order_speed_facts_report", table_name="order_speed_facts")
    op.drop_table("order_speed_facts")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_column("unit_cost")
    with op.batch_alter_table("products") as batch:
        batch.drop_column("cost")
