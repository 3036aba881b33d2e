"""`check-db`: database integrity and the domain's invariants, each listed with its problems.

Stock balances are recomputed from the ledger; reservations from the open orders; order
totals from their lines; the audit chain is verified. Read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.audit import verify_chain
from app.db import Database
from app.states import RESERVING_STATES
from app.uow import UnitOfWork, read
from models import Order, OrderLine, Product, StockLevel, StockMovement, Warehouse

MAX_LISTED = 200  # per check; the count is always exact


@dataclass(frozen=True)
class StockDifference:
    product_id: int
    sku: str
    warehouse_id: int
    warehouse_code: str
    field: str  # on_hand, reserved or quarantined
    balance: int
    ledger: int


@dataclass
class CheckResult:
    name: str
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0
    # The listed problems as (template, params): the UI says them in the user's language.
    details: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, problem: str) -> None:
        """A problem said already (the audit chain's own message)."""
        as_is = "{problem}"  # a variable: not collected as a template to translate
        self.report_problem(as_is, problem=problem)

    def report_problem(self, template: str, **params: object) -> None:
        """One problem, as a message template (collected for translation) and its values."""
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(template.format(**params))
            self.details.append((template, params))


@dataclass(frozen=True)
class IntegrityReport:
    checks: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def problem_count(self) -> int:
        return sum(c.problem_count for c in self.checks)


def stock_differences(session: Session) -> list[StockDifference]:
    """Every (SKU, warehouse, field) whose balance differs from the sum of its movements."""
    ledger = (
        select(
            StockMovement.product_id,
            StockMovement.warehouse_id,
            func.sum(StockMovement.on_hand_delta).label("on_hand"),
            func.sum(StockMovement.reserved_delta).label("reserved"),
            func.sum(StockMovement.quarantined_delta).label("quarantined"),
        )
        .group_by(StockMovement.product_id, StockMovement.warehouse_id)
        .subquery()
    )
    # Full outer join done as two left joins: balances without movements and the reverse.
    with_levels = (
        select(
            StockLevel.product_id,
            StockLevel.warehouse_id,
            StockLevel.on_hand,
            StockLevel.reserved,
            StockLevel.quarantined,
            func.coalesce(ledger.c.on_hand, 0),
            func.coalesce(ledger.c.reserved, 0),
            func.coalesce(ledger.c.quarantined, 0),
        )
        .outerjoin(
            ledger,
            and_(
                ledger.c.product_id == StockLevel.product_id,
                ledger.c.warehouse_id == StockLevel.warehouse_id,
            ),
        )
        .where(
            (StockLevel.on_hand != func.coalesce(ledger.c.on_hand, 0))
            | (StockLevel.reserved != func.coalesce(ledger.c.reserved, 0))
            | (StockLevel.quarantined != func.coalesce(ledger.c.quarantined, 0))
        )
    )
    orphans = (
        select(
            ledger.c.product_id, ledger.c.warehouse_id,
            *(literal_column("0").label(f"level_{n}") for n in ("on_hand", "reserved", "held")),
            ledger.c.on_hand, ledger.c.reserved, ledger.c.quarantined,
        )
        .outerjoin(
            StockLevel,
            and_(
                ledger.c.product_id == StockLevel.product_id,
                ledger.c.warehouse_id == StockLevel.warehouse_id,
            ),
        )
        .where(StockLevel.id.is_(None))
    )  # fmt: skip
    skus: dict[int | None, str] = dict(session.execute(select(Product.id, Product.sku)).all())
    codes: dict[int | None, str] = dict(session.execute(select(Warehouse.id, Warehouse.code)).all())
    out: list[StockDifference] = []
    for row in [*session.execute(with_levels).all(), *session.execute(orphans).all()]:
        product_id, warehouse_id = row[0], row[1]
        for name, balance, ledger_value in zip(
            ("on_hand", "reserved", "quarantined"), row[2:5], row[5:8], strict=True
        ):
            if int(balance) != int(ledger_value):
                out.append(
                    StockDifference(
                        product_id, skus.get(product_id, "?"), warehouse_id,
                        codes.get(warehouse_id, "?"), name, int(balance), int(ledger_value),
                    )
                )  # fmt: skip
    return out


def _sqlite_checks(session: Session, result: CheckResult) -> None:
    for (line,) in session.execute(text("PRAGMA integrity_check")).all():
        if line != "ok":
            result.report_problem("SQLite integrity: {line}", line=line)
    for row in session.execute(text("PRAGMA foreign_key_check")).all():
        result.report_problem(
            "Foreign key broken: table {table} rowid {rowid} → {parent}",
            table=row[0], rowid=row[1], parent=row[2],
        )  # fmt: skip


def _reservations_match_orders(session: Session, result: CheckResult) -> None:
    expected = (
        select(
            OrderLine.product_id,
            Order.warehouse_id,
            func.sum(OrderLine.qty).label("qty"),
        )
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.status.in_(RESERVING_STATES), OrderLine.product_id.is_not(None))
        .group_by(OrderLine.product_id, Order.warehouse_id)
    )
    wanted: dict[tuple[int | None, int | None], int] = {
        (p, w): int(q) for p, w, q in session.execute(expected).all()
    }
    actual: dict[tuple[int | None, int | None], int] = {
        (p, w): r
        for p, w, r in session.execute(
            select(StockLevel.product_id, StockLevel.warehouse_id, StockLevel.reserved)
        ).all()
    }
    skus: dict[int | None, str] = dict(session.execute(select(Product.id, Product.sku)).all())
    codes: dict[int | None, str] = dict(session.execute(select(Warehouse.id, Warehouse.code)).all())
    for key in sorted(set(wanted) | {k for k, v in actual.items() if v}, key=str):
        if wanted.get(key, 0) != actual.get(key, 0):
            sku, code = skus.get(key[0], str(key[0])), codes.get(key[1], str(key[1]))
            result.report_problem(
                "SKU {sku} in {warehouse}: {reserved} reserved, open orders need {wanted}",
                sku=sku, warehouse=code, reserved=actual.get(key, 0), wanted=wanted.get(key, 0),
            )  # fmt: skip


def _order_totals(session: Session, result: CheckResult) -> None:
    line_sums = (
        select(
            OrderLine.order_id,
            func.sum(OrderLine.qty * OrderLine.unit_price - OrderLine.discount).label("goods"),
        )
        .group_by(OrderLine.order_id)
        .subquery()
    )
    # Money columns are integer minor units, so these comparisons are exact.
    rows = session.execute(
        select(Order.order_no, Order.goods_amount, Order.shipping_fee, Order.discount, Order.total,
               line_sums.c.goods)
        .outerjoin(line_sums, line_sums.c.order_id == Order.id)
        .where(
            (Order.total != Order.goods_amount + Order.shipping_fee - Order.discount)
            # An order without lines (a platform report without items) has nothing to add up.
            | (line_sums.c.goods.is_not(None) & (line_sums.c.goods != Order.goods_amount))
        )
    ).all()  # fmt: skip
    for order_no, goods, shipping, discount, total, _lines in rows:
        result.report_problem(
            "Order {order_no}: total {total} ≠ goods {goods} + shipping {shipping} − "
            "discount {discount}, or goods ≠ the sum of its lines",
            order_no=order_no, total=total, goods=goods, shipping=shipping, discount=discount,
        )  # fmt: skip


def check_database(db: Database) -> IntegrityReport:
    def work(uow: UnitOfWork) -> IntegrityReport:
        session = uow.session
        storage = CheckResult("Storage and foreign keys")
        if db.dialect == "sqlite":
            _sqlite_checks(session, storage)
        ledger = CheckResult("Stock balances equal the ledger")
        for d in stock_differences(session):
            ledger.report_problem(
                "SKU {sku} in {warehouse}: {field} balance {balance}, ledger says {ledger}",
                sku=d.sku, warehouse=d.warehouse_code, field=d.field, balance=d.balance,
                ledger=d.ledger,
            )  # fmt: skip
        bounds = CheckResult("0 ≤ reserved ≤ on hand")
        for sku, code, on_hand, reserved in session.execute(
            select(Product.sku, Warehouse.code, StockLevel.on_hand, StockLevel.reserved)
            .join(Product, Product.id == StockLevel.product_id)
            .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
            .where((StockLevel.reserved < 0) | (StockLevel.reserved > StockLevel.on_hand))
        ).all():
            bounds.report_problem(
                "SKU {sku} in {warehouse}: reserved {reserved} of on hand {on_hand}",
                sku=sku, warehouse=code, reserved=reserved, on_hand=on_hand,
            )  # fmt: skip
        reservations = CheckResult("Reservations match open orders")
        _reservations_match_orders(session, reservations)
        totals = CheckResult("Order totals add up")
        _order_totals(session, totals)
        from app.analytics import speed_fact_differences

        facts = CheckResult("Report facts equal a recount")
        count, problems = speed_fact_differences(uow)
        for problem in problems:
            facts.add(problem)
        facts.problem_count = count
        audit = CheckResult("Audit chain intact")
        verification = verify_chain(session)
        if verification.problem is not None:
            audit.add(verification.problem.message)
        return IntegrityReport([storage, ledger, bounds, reservations, totals, facts, audit])

    return read(db, work)
