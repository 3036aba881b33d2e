"""Lookup indexes: customer names, tickets/cases by customer, refunds by case and state, and
an entity's audit history.

Revision ID: 0003_lookup_indexes
Revises: 0002_order_search
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_lookup_indexes"
down_revision: str | None = "0002_order_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_customers_name", "customers", ["name"]),
    ("ix_tickets_customer", "tickets", ["customer_id"]),
    ("ix_return_cases_customer", "return_cases", ["customer_id"]),
    ("ix_refunds_case", "refunds", ["case_id"]),
    ("ix_refunds_status", "refunds", ["status"]),
    ("ix_audit_log_entity", "audit_log", ["entity_type", "entity_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
