"""Demo data: deterministic, realistic, and consistent with every invariant."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo import ean13, generate_demo
from app.integrity import check_database
from app.uow import read
from models import Customer, Order, OrderLine, OrderStatus, Product, Shipment, Warehouse

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def _fingerprint(db: Database) -> str:
    def work(uow):  # type: ignore[no-untyped-def]
        rows = uow.session.execute(
            select(
                Order.order_no,
                Order.status,
                Order.recipient_name,
                Order.total,
                Order.province,
                OrderLine.sku,
                OrderLine.qty,
            )
            .join(OrderLine, OrderLine.order_id == Order.id)
            .order_by(Order.order_no, OrderLine.line_no)
        ).all()
        return hashlib.sha256(repr(rows).encode()).hexdigest()

    return read(db, work)


@pytest.mark.sqlite_only
def test_full_demo_meets_the_brief(database: Database) -> None:
    summary = generate_demo(database, seed=42, now=NOW)
    assert summary.orders == 20_000 and summary.customers == 1_000
    assert summary.warehouses >= 3 and summary.products >= 200

    def counts(uow):  # type: ignore[no-untyped-def]
        s = uow.session
        return (
            dict(s.execute(select(Order.status, func.count()).group_by(Order.status)).all()),
            s.scalars(select(Product.barcode)).all(),
            s.scalars(select(Customer.name)).all(),
            s.scalars(select(Order.province).distinct()).all(),
            s.scalar(select(func.count(Warehouse.id))),
            s.scalar(select(func.count(Shipment.id)).where(Shipment.service_id.is_(None))),
        )

    by_state, barcodes, names, provinces, warehouses, without_service = read(database, counts)
    assert without_service == 0  # the Logistics tab shows every parcel's service
    assert set(by_state) == set(OrderStatus)  # every state is represented
    assert min(by_state.values()) >= 100
    assert all(b and len(b) == 13 and ean13(b[:12]) == b for b in barcodes)
    assert len(set(barcodes)) == len(barcodes)
    assert all("\u4e00" <= n[0] <= "\u9fff" for n in names)  # Chinese names
    assert any(len(n) == 2 for n in names)  # two-character names exist (search must find them)
    assert len(provinces) >= 15 and warehouses >= 3
    report = check_database(database)
    assert report.ok, [c.problems for c in report.checks if not c.ok]


def test_same_seed_same_data(tmp_path, database: Database) -> None:  # type: ignore[no-untyped-def]
    from app.db import open_database
    from app.migrate import upgrade

    generate_demo(database, seed=5, orders=400, customers=60, now=NOW)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(other)
    generate_demo(other, seed=5, orders=400, customers=60, now=NOW)
    third = open_database(f"sqlite:///{tmp_path / 'third.db'}")
    upgrade(third)
    generate_demo(third, seed=6, orders=400, customers=60, now=NOW)
    assert _fingerprint(database) == _fingerprint(other) != _fingerprint(third)
    assert check_database(database).ok
    other.dispose()
    third.dispose()


def test_ean13_check_digit() -> None:
    assert ean13("690123456789") == "6901234567892"
    assert ean13("400638133393") == "4006381333931"
