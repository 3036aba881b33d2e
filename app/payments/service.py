"""The payments service: each method checks the caller's permission and runs in a unit of
work of its own (the remittance import: one per chunk of rows)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.db import Database
from app.errors import ValidationError
from app.payments import cod, completion, record
from app.payments.model import (
    CodReport,
    OrderMoney,
    PaymentEntry,
    PaymentOutcome,
    RemittanceDifference,
    RemittanceResult,
    SweepResult,
)
from app.permissions import Actor, Permission, requires, requires_login
from app.tracking import MAX_FILE_BYTES, TABLE_SUFFIXES, TEXT_SUFFIXES
from app.uow import read, transaction

ProgressFn = Callable[[int, int], None]
CHUNK_ROWS = 200


class PaymentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_ORDERS)
    def order_money(self, actor: Actor, order_id: int) -> OrderMoney:
        """The order's total, paid, due and its payments (the detail's payments section)."""
        return read(self.db, lambda uow: record.order_money(uow, order_id))

    @requires(Permission.RECORD_PAYMENTS)
    def record(
        self, actor: Actor, order_id: int, entry: PaymentEntry,
        expected_version: int | None = None,
    ) -> PaymentOutcome:  # fmt: skip
        """Record a payment (paid, partial, pending or failed with its reason). An order
        waiting for its payment moves on to review when nothing is due any more."""
        return transaction(
            self.db, actor, lambda uow: record.record_in(uow, order_id, entry, expected_version)
        )

    @requires(Permission.RECORD_PAYMENTS)
    def resolve(
        self, actor: Actor, payment_id: int, paid: bool, reason: str = ""
    ) -> PaymentOutcome:
        """A pending payment arrived (paid) or failed (with the reason)."""
        return transaction(
            self.db, actor, lambda uow: record.resolve_in(uow, payment_id, paid, reason)
        )

    @requires(Permission.COMPLETE_ORDERS)
    def complete(self, actor: Actor, order_id: int, note: str = "") -> str:
        """Complete a delivered order by hand (a supervisor); returns the new status."""
        ref = transaction(
            self.db, actor,
            lambda uow: completion.complete_in(uow, order_id, automatic=False, note=note[:200]),
        )  # fmt: skip
        return ref.status.value

    @requires_login
    def sweep(self, actor: Actor) -> SweepResult:
        """Cancel orders unpaid for too long; complete orders delivered long enough ago.
        System moves: any workstation runs it now and then, whoever is logged in."""
        return transaction(self.db, actor, lambda uow: completion.sweep_in(uow))

    @requires(Permission.RECORD_PAYMENTS)
    def import_remittance(
        self, actor: Actor, path: str, progress: ProgressFn | None = None
    ) -> RemittanceResult:
        """Settle COD payments from a carrier's remittance file (tracking no, amount, date).
        Bad rows are reported and the rest is settled; a second import settles nothing."""
        file = Path(path) if isinstance(path, str | Path) else None
        if file is None or not file.is_file():
            raise ValidationError("File not found: {path}", field="path", path=str(path))
        if file.suffix.lower() not in TABLE_SUFFIXES + TEXT_SUFFIXES:
            raise ValidationError("Unsupported file type {suffix}: use xlsx, xls or csv",
                                  field="path", suffix=file.suffix or "?")  # fmt: skip
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("{file} is larger than {size} MB", field="path",
                                  file=file.name, size=200)  # fmt: skip
        rows, problems, total = cod.parse_remittance(file)
        settled = duplicates = 0
        differences: list[RemittanceDifference] = []
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            outcome = transaction(
                self.db, actor,
                lambda uow, chunk=chunk: cod.settle_chunk_in(uow, chunk, file.name),  # type: ignore[misc]
            )  # fmt: skip
            settled += outcome.settled
            duplicates += outcome.duplicates
            problems.extend(outcome.problems)
            differences.extend(outcome.differences)
            if progress is not None:
                progress(min(start + CHUNK_ROWS, len(rows)), len(rows))
        problems.sort(key=lambda p: p.row_no)
        return RemittanceResult(file.name, total, settled, duplicates, tuple(problems),
                                tuple(differences))  # fmt: skip

    @requires(Permission.RECORD_PAYMENTS)
    def cod_report(self, actor: Actor) -> CodReport:
        """Outstanding COD per carrier, and collected vs remitted."""
        return read(self.db, cod.cod_report)
