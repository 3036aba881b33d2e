"""Setting damaged stock balances back to their ledger."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.exc import IntegrityError

from app import stock
from app.db import Database
from app.integrity import StockDifference, stock_differences
from app.inventory.model import Key, RepairResult
from app.permissions import Actor
from app.uow import UnitOfWork, transaction


def repair_in(uow: UnitOfWork) -> RepairResult:
    """Set every balance that differs from its ledger back to the ledger's sum, audited.

    The ledger (stock_movements) is append-only and every legitimate change writes to it in
    the same transaction as the balance, so when they disagree the balance is what was
    damaged (an SQL edit, a restored half-backup). Posting an ADJUST movement would not help:
    it moves the balance and the ledger by the same amount and leaves the difference. So
    the repair corrects the balance itself (`stock.correct_balance`), without a movement,
    and records every correction in the audit log (who, which SKU and warehouse, balance
    before, ledger value). `actor=None` is the command line: audited as "system".
    """
    grouped: dict[Key, list[StockDifference]] = defaultdict(list)
    for difference in stock_differences(uow.session):
        grouped[(difference.product_id, difference.warehouse_id)].append(difference)
    corrected: list[StockDifference] = []
    failed: list[tuple[StockDifference, str]] = []
    for (product_id, warehouse_id), differences in sorted(grouped.items()):
        deltas = {d.field: d.ledger - d.balance for d in differences}
        try:
            with uow.session.begin_nested():
                stock.correct_balance(
                    uow, product_id=product_id, warehouse_id=warehouse_id, **deltas
                )
        except IntegrityError as exc:
            # The ledger itself breaks a rule (e.g. more reserved than on hand):
            # nothing to copy back; a person must look at the movements.
            failed.extend((d, str(exc.orig).strip().splitlines()[0]) for d in differences)
            continue
        first = differences[0]
        uow.audit(
            "stock.repair",
            "stock",
            f"{first.sku}@{first.warehouse_code}",
            {d.field: [d.balance, d.ledger] for d in differences},
        )
        corrected.extend(differences)
    return RepairResult(tuple(corrected), tuple(failed))


def repair_balances(db: Database, actor: Actor | None) -> RepairResult:
    """`repair_in` in a unit of its own (the command line: `actor=None`)."""
    return transaction(db, actor, repair_in)
