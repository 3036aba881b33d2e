"""Cash on delivery (货到付款): collected at delivery, settled by the carrier's remittance.

A COD order is reviewed, confirmed, picked, packed and shipped unpaid; its label prints what
the courier collects, in figures and in capitals. When it is delivered the carrier holds the
money: a payment "collected" by that carrier is recorded. The carrier's remittance file
(tracking no, amount, date; xlsx or CSV, read like a tracking file) settles those payments:
each becomes "paid" with what was remitted, and the order's paid amount rises by it.
Importing the same file twice settles nothing twice; a remitted amount that differs from
what was collected is settled as remitted and reported as a difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from app.errors import AppError, NotFound, ValidationError
from app.orders.transitions import lock_order, record_event, update_checked
from app.payments.model import (
    COD,
    CodCarrierRow,
    CodReport,
    RemittanceDifference,
    RemittanceProblem,
)
from app.uow import UnitOfWork
from app.validation import money
from models import (
    Carrier,
    CaseKind,
    LabelStatus,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    ReturnLine,
    Shipment,
    utcnow,
)

HEADER_SEARCH_ROWS = 20
REMITTANCE_ALIASES: dict[str, tuple[str, ...]] = {
    "tracking_no": (
        "运单号", "快递单号", "物流单号", "运单编号", "面单号", "单号", "邮件号", "trackingno",
        "trackingnumber", "tracking", "waybill", "waybillno", "awb", "mailno",
    ),
    "amount": (
        "代收货款", "代收金额", "货款金额", "回款金额", "结算金额", "实收金额", "金额", "codamount",
        "cod", "amount", "remittedamount", "remitted",
    ),
    "date": (
        "回款日期", "结算日期", "汇款日期", "打款日期", "日期", "时间", "date", "remittancedate",
        "remittedat", "time", "paidat",
    ),
}  # fmt: skip
SHIPPED_OR_LATER = (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED)


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch not in " _-:：()（）/\\.\t")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps long numbers as floats
    return str(value).strip()


def cod_due(total: Decimal, paid: Decimal) -> Decimal:
    return max(total - paid, Decimal(0))


def collect_on_delivery_in(uow: UnitOfWork, order_id: int) -> int | None:
    """The carrier took the cash at the door: record it as collected by the carrier (not yet
    ours). Nothing for an order that is not COD, owes nothing, or already has its COD."""
    session = uow.session
    order = session.execute(
        select(Order.id, Order.is_cod, Order.total, Order.paid_amount, Order.carrier_id,
               Order.currency, Order.status).where(Order.id == order_id)
    ).first()  # fmt: skip
    if order is None or not order.is_cod:
        return None
    due = cod_due(order.total, order.paid_amount)
    already = session.scalar(
        select(Payment.id).where(
            Payment.order_id == order_id, Payment.method == COD,
            Payment.status.in_((PaymentStatus.COLLECTED.value, PaymentStatus.PAID.value)),
        ).limit(1)
    )  # fmt: skip
    if due <= 0 or already is not None:
        return None
    parcel = session.execute(
        select(Shipment.tracking_no, Shipment.carrier_id)
        .where(Shipment.order_id == order_id, Shipment.label_status != LabelStatus.VOIDED)
        .order_by(Shipment.id).limit(1)
    ).first()  # fmt: skip
    payment = Payment(
        order_id=order_id, method=COD, amount=due, currency=order.currency, paid_at=utcnow(),
        status=PaymentStatus.COLLECTED.value,
        carrier_id=parcel.carrier_id if parcel else order.carrier_id,
        tracking_no=parcel.tracking_no if parcel else "",
        recorded_by=uow.actor.user_id if uow.actor else None,
    )  # fmt: skip
    session.add(payment)
    session.flush()
    status = OrderStatus(order.status)
    record_event(uow, order_id, "cod_collected", status, status, f"{COD} {due}", user_id=None)
    uow.audit("payment.cod_collected", "payment", payment.id,
              {"order_id": [None, order_id], "amount": [None, due],
               "tracking_no": [None, payment.tracking_no]})  # fmt: skip
    return payment.id


REFUSED_NOTE = "COD parcel refused by the buyer: it comes back, no refund"


def refused_in(uow: UnitOfWork, order_id: int) -> int | None:
    """A COD parcel the buyer refused at the door comes back: a return case for the order's
    lines, so the warehouse receives the goods; no refund (nothing was paid). Once only."""
    session = uow.session
    order = session.execute(
        select(Order.is_cod, Order.customer_id, Order.paid_amount, Order.status)
        .where(Order.id == order_id)
    ).first()  # fmt: skip
    if order is None or not order.is_cod or order.customer_id is None or uow.actor is None:
        return None
    lines = session.execute(
        select(OrderLine.id, OrderLine.qty).where(OrderLine.order_id == order_id)
    ).all()
    claimed = session.scalar(
        select(func.count(ReturnLine.id)).where(ReturnLine.order_line_id.in_([i for i, _ in lines]))
    )  # fmt: skip
    if not lines or claimed:
        return None
    from app.aftersales.cases import create_case_in  # after-sales loads the order modules

    try:
        with uow.savepoint():
            detail = create_case_in(uow, order.customer_id, CaseKind.RETURN, "other",
                                    [(i, qty) for i, qty in lines], REFUSED_NOTE)  # fmt: skip
    except AppError:  # e.g. the goods are already on another case: the desk decides
        return None
    status = OrderStatus(order.status)
    record_event(uow, order_id, "cod_refused", status, status, detail.case.case_no)
    return detail.case.id


# -- the carrier's remittance file ----------------------------------------------------------


@dataclass(frozen=True)
class RemittanceRow:
    row_no: int
    tracking_no: str
    amount: Decimal
    remitted_at: datetime


def parse_remittance(path: Path) -> tuple[list[RemittanceRow], list[RemittanceProblem], int]:
    """The file's rows: (good rows, row problems, data row count). A bad amount (absurd,
    NaN, inf, text) or date is that row's problem only."""
    from app.tracking import parse_time, read_rows  # the tracking files' reader and times

    lookup = {_compact(a): f for f, aliases in REMITTANCE_ALIASES.items() for a in aliases}
    rows = read_rows(path)
    index: dict[str, int] = {}
    header = -1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            field = lookup.get(_compact(_cell_text(value)))
            if field is not None and field not in found:
                found[field] = col
        if "tracking_no" in found and "amount" in found:
            index, header = found, i
            break
    if header < 0:
        raise ValidationError(
            "No header with a tracking-number column (运单号) and an amount column (代收货款 / "
            "金额) in the first {rows} rows", field="path", rows=HEADER_SEARCH_ROWS,
        )  # fmt: skip

    def cell(row: Sequence[Any], field: str) -> Any:
        col = index.get(field)
        return row[col] if col is not None and col < len(row) else None

    good: list[RemittanceRow] = []
    problems: list[RemittanceProblem] = []
    total = 0
    now = utcnow()
    for offset, row in enumerate(rows[header + 1 :]):
        if not any(_cell_text(v) for v in row):
            continue
        total += 1
        row_no = header + offset + 2
        number = _cell_text(cell(row, "tracking_no")).upper().replace(" ", "")
        if not number:
            missing = ValidationError("No tracking number", field="tracking_no")
            problems.append(RemittanceProblem(row_no, "", missing))
            continue
        try:
            raw = cell(row, "amount")
            text = _cell_text(raw).replace(",", "").replace("¥", "").replace("￥", "")
            amount = money(Decimal(repr(raw)) if isinstance(raw, float) else text, "amount")
            if amount <= 0 or amount > MAX_REMITTANCE:
                raise ValidationError("amount: out of range", field="amount")
            when = parse_time(cell(row, "date")) if index.get("date") is not None else now
        except (AppError, ArithmeticError, ValueError) as exc:
            error = exc if isinstance(exc, AppError) else ValidationError(
                "{field}: not an amount of money", field="amount")  # fmt: skip
            problems.append(RemittanceProblem(row_no, number, error))
            continue
        good.append(RemittanceRow(row_no, number, amount, when))
    return good, problems, total


MAX_REMITTANCE = Decimal("1000000.00")  # one parcel's cash: more is a typo or an attack


@dataclass(frozen=True)
class ChunkOutcome:
    settled: int
    duplicates: int
    problems: tuple[RemittanceProblem, ...]
    differences: tuple[RemittanceDifference, ...]


def settle_chunk_in(uow: UnitOfWork, rows: Sequence[RemittanceRow], file_name: str) -> ChunkOutcome:
    session = uow.session
    numbers = sorted({r.tracking_no for r in rows})
    parcels: dict[str, list[tuple[int, int, str]]] = {}
    for number, order_id, carrier_id, code in session.execute(
        select(Shipment.tracking_no, Shipment.order_id, Shipment.carrier_id, Carrier.code)
        .join(Carrier, Carrier.id == Shipment.carrier_id)
        .where(Shipment.tracking_no.in_(numbers), Shipment.label_status != LabelStatus.VOIDED)
    ):  # fmt: skip
        parcels.setdefault(number, []).append((order_id, carrier_id, code))
    settled = duplicates = 0
    problems: list[RemittanceProblem] = []
    differences: list[RemittanceDifference] = []
    for r in rows:
        matches = parcels.get(r.tracking_no, [])
        if len(matches) != 1:
            why: AppError = (
                NotFound("Unknown tracking number {tracking_no}", tracking_no=r.tracking_no)
                if not matches else ValidationError(
                    "Tracking number {tracking_no} belongs to several carriers; import the "
                    "file for one carrier", field="tracking_no", tracking_no=r.tracking_no)
            )  # fmt: skip
            problems.append(RemittanceProblem(r.row_no, r.tracking_no, why))
            continue
        order_id, carrier_id, code = matches[0]
        try:
            with uow.savepoint():
                outcome = _settle_one(uow, r, order_id, carrier_id, file_name)
        except AppError as exc:
            problems.append(RemittanceProblem(r.row_no, r.tracking_no, exc))
            continue
        if outcome is None:
            duplicates += 1
            continue
        settled += 1
        expected, order_no = outcome
        if expected != r.amount:
            differences.append(
                RemittanceDifference(r.tracking_no, order_no, code, expected, r.amount)
            )
    return ChunkOutcome(settled, duplicates, tuple(problems), tuple(differences))


def _settle_one(
    uow: UnitOfWork, r: RemittanceRow, order_id: int, carrier_id: int, file_name: str
) -> tuple[Decimal, str] | None:
    """Settle the order's COD payment with the remitted amount: (expected, order no), or
    None when this remittance was already recorded."""
    session = uow.session
    row = lock_order(uow, order_id)
    is_cod = session.scalar(select(Order.is_cod).where(Order.id == order_id))
    if not is_cod:
        raise ValidationError(
            "Order {order_no} is not cash on delivery", field="tracking_no", order_no=row.order_no
        )
    status = OrderStatus(row.status)
    if status not in SHIPPED_OR_LATER:
        raise ValidationError(
            "Order {order_no} is {status}: not shipped, nothing collected", field="tracking_no",
            order_no=row.order_no, status=status,
        )  # fmt: skip
    payment = session.execute(
        select(Payment.id, Payment.status, Payment.amount, Payment.remitted_amount)
        .where(Payment.order_id == order_id, Payment.method == COD,
               Payment.status.in_((PaymentStatus.COLLECTED.value, PaymentStatus.PAID.value)))
        .order_by(Payment.id).limit(1).with_for_update()
    ).first()  # fmt: skip
    if payment is not None and payment.status == PaymentStatus.PAID.value:
        if payment.remitted_amount == r.amount:
            return None  # the same file (or the same line) again
        raise ValidationError(
            "Order {order_no}: the COD was already settled with {amount}",
            field="amount", order_no=row.order_no, amount=str(payment.remitted_amount),
        )  # fmt: skip
    if payment is None:  # remitted before the delivery reached us: collected and settled now
        expected = cod_due(row.total, row.paid_amount)
        if expected <= 0:
            raise ValidationError(
                "Order {order_no} owes nothing", field="amount", order_no=row.order_no
            )
        new = Payment(order_id=order_id, method=COD, amount=expected, currency=row.currency,
                      paid_at=r.remitted_at, status=PaymentStatus.COLLECTED.value,
                      carrier_id=carrier_id, tracking_no=r.tracking_no)  # fmt: skip
        session.add(new)
        session.flush()
        payment_id = new.id
    else:
        payment_id, expected = payment.id, payment.amount
    session.execute(
        update(Payment).where(Payment.id == payment_id)
        .values(status=PaymentStatus.PAID.value, remitted_amount=r.amount,
                remitted_at=r.remitted_at, remittance_file=file_name[:255])
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    credited = min(r.amount, cod_due(row.total, row.paid_amount))
    paid = row.paid_amount + credited
    update_checked(uow, row, paid_amount=paid, paid_at=r.remitted_at)
    note = f"{r.tracking_no} {r.amount}" + (f" (collected {expected})" if expected != r.amount
                                             else "")  # fmt: skip
    record_event(uow, order_id, "cod_remitted", status, status, note)
    uow.audit("payment.cod_remitted", "payment", payment_id, {
        "order_id": [None, order_id], "remitted_amount": [None, r.amount],
        "expected": [None, expected], "file": [None, file_name],
    })  # fmt: skip
    return expected, row.order_no


# -- the report -----------------------------------------------------------------------------


def cod_report(uow: UnitOfWork) -> CodReport:
    """Per carrier: COD still out (shipped, not settled) and collected vs remitted."""
    session = uow.session
    rows: dict[str, dict[str, Any]] = {}

    def slot(code: str) -> dict[str, Any]:
        return rows.setdefault(code, {"count": 0, "out": Decimal(0), "collected": Decimal(0),
                                      "remitted": Decimal(0)})  # fmt: skip

    settled = (
        select(Payment.id)
        .where(Payment.order_id == Order.id, Payment.method == COD,
               Payment.status == PaymentStatus.PAID.value)
        .correlate(Order).exists()
    )  # fmt: skip
    # The order's carrier, or its first parcel's (a parcel may go with another carrier).
    parcel_carrier = (
        select(func.min(Shipment.carrier_id))
        .where(Shipment.order_id == Order.id, Shipment.label_status != LabelStatus.VOIDED)
        .correlate(Order).scalar_subquery()
    )  # fmt: skip
    for code, count, total, paid in session.execute(
        select(func.coalesce(Carrier.code, "?"), func.count(Order.id), func.sum(Order.total),
               func.sum(Order.paid_amount))
        .outerjoin(Carrier, Carrier.id == func.coalesce(parcel_carrier, Order.carrier_id))
        .where(Order.is_cod.is_(True), Order.status.in_(SHIPPED_OR_LATER), ~settled)
        .group_by(Carrier.code)
    ):  # fmt: skip
        s = slot(code)
        s["count"] += count
        # Sums of Money columns come back as minor units (integers) from some backends.
        s["out"] += _money_sum(total) - _money_sum(paid)
    differences: list[RemittanceDifference] = []
    for code, amount, remitted, number, order_no in session.execute(
        select(func.coalesce(Carrier.code, "?"), Payment.amount, Payment.remitted_amount,
               Payment.tracking_no, Order.order_no)
        .join(Order, Order.id == Payment.order_id)
        .outerjoin(Carrier, Carrier.id == Payment.carrier_id)
        .where(Payment.method == COD, Payment.status == PaymentStatus.PAID.value)
    ):  # fmt: skip
        s = slot(code)
        s["collected"] += amount
        s["remitted"] += remitted or Decimal(0)
        if remitted != amount:
            differences.append(RemittanceDifference(number, order_no, code, amount,
                                                    remitted or Decimal(0)))  # fmt: skip
    return CodReport(
        tuple(
            CodCarrierRow(code, s["count"], s["out"], s["collected"], s["remitted"],
                          s["remitted"] - s["collected"])
            for code, s in sorted(rows.items())
        ),
        tuple(sorted(differences, key=lambda d: (d.carrier, d.tracking_no))),
    )  # fmt: skip


def _money_sum(value: Any) -> Decimal:
    """A SUM over a Money column: SQLAlchemy keeps the Money type, but be safe on None."""
    return Decimal(0) if value is None else Decimal(value)
