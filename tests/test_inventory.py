"""The inventory service: receiving, adjusting, reservations, returns, transfers, stock-takes,
the stock table, alerts, the ledger check and its repair, export, and who may do what."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, text

from app.errors import (
    ConflictError,
    InsufficientStock,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.inventory import AlertState, StockQuery, StockSort
from app.permissions import Actor, Role
from app.services import Services
from app.stock import StockLine
from app.uow import transaction
from models import AuditLog, MovementKind, Order, OrderStatus


@dataclass
class Shop:
    sh: int
    gz: int
    shirt: int
    mug: int


def make_shop(services: Services, admin: Actor) -> Shop:
    inv = services.inventory
    sh = inv.create_warehouse(admin, "sh", "上海仓", priority=10).id
    gz = inv.create_warehouse(admin, "GZ", "广州仓", priority=20).id
    shirt = inv.create_product(
        admin, "SKU-T", "T恤", barcode="6901234000017", spec="白 L", unit_price=Decimal("59.90")
    ).id
    mug = inv.create_product(admin, "SKU-M", "马克杯", barcode="6901234000024").id
    inv.receive(admin, sh, [StockLine(shirt, 3), StockLine(mug, 1)], note="PO-1")
    inv.receive(admin, gz, [StockLine(shirt, 10), StockLine(mug, 5)])
    return Shop(sh, gz, shirt, mug)


def make_order(services: Services, order_no: str = "KD-1") -> str:
    def work(uow):  # type: ignore[no-untyped-def]
        uow.session.add(
            Order(order_no=order_no, status=OrderStatus.APPROVED, recipient_name="张三")
        )

    transaction(services.db, None, work)
    return order_no


def balance(services: Services, admin: Actor, product_id: int, warehouse_id: int):  # type: ignore[no-untyped-def]
    row = services.inventory.stock_row(admin, product_id, warehouse_id)
    return row.on_hand, row.reserved, row.quarantined


def assert_ledger_equal(services: Services, admin: Actor) -> None:
    assert services.inventory.ledger_differences(admin) == []


def test_receive_adjust_and_returns_keep_the_ledger(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    assert balance(services, admin, shop.shirt, shop.sh) == (3, 0, 0)
    after = inv.adjust(admin, shop.shirt, shop.sh, -1, "broken in the aisle")
    assert (after.on_hand, after.available) == (2, 2)
    inv.restock_return(admin, shop.shirt, shop.sh, 2, note="buyer changed mind")
    inv.quarantine_return(admin, shop.shirt, shop.sh, 1, note="torn")
    assert balance(services, admin, shop.shirt, shop.sh) == (4, 0, 1)
    kinds = [m.kind for m in inv.movements(admin, shop.shirt, shop.sh)]
    assert kinds == [
        MovementKind.RETURN_QUARANTINE, MovementKind.RETURN_RESTOCK, MovementKind.ADJUST,
        MovementKind.RECEIVE,
    ]  # fmt: skip
    history = inv.movements(admin, shop.shirt, shop.sh)
    assert history[2].note == "broken in the aisle" and history[2].username == "admin"
    assert history[3].note == "PO-1"
    assert_ledger_equal(services, admin)


def test_adjust_needs_a_reason_and_cannot_go_below_zero(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    with pytest.raises(ValidationError) as info:
        services.inventory.adjust(admin, shop.mug, shop.sh, -1, "  ")
    assert info.value.field == "reason"
    with pytest.raises(InsufficientStock) as short:
        services.inventory.adjust(admin, shop.mug, shop.sh, -2, "lost")
    assert str(short.value) == "Only 1 of SKU-M available in SH; 2 needed"
    with pytest.raises(ValidationError):
        services.inventory.receive(admin, shop.sh, [StockLine(shop.mug, 0)])
    assert balance(services, admin, shop.mug, shop.sh) == (1, 0, 0)


def test_reserve_release_ship_for_an_order(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    order_no = make_order(services)
    result = inv.reserve_for_order(admin, order_no, [StockLine(shop.shirt, 2)])
    assert [p.warehouse_id for p in result.portions] == [shop.sh]  # by priority
    assert balance(services, admin, shop.shirt, shop.sh) == (3, 2, 0)
    with pytest.raises(ConflictError):  # the order holds 2, not 3
        inv.release_for_order(admin, order_no, shop.sh, [StockLine(shop.shirt, 3)])
    inv.release_for_order(admin, order_no, shop.sh, [StockLine(shop.shirt, 1)])
    with pytest.raises(ConflictError):  # goods leave only with the order's ship move
        inv.ship_for_order(admin, order_no, shop.sh)
    inv.release_for_order(admin, order_no, shop.sh)  # whatever it still holds: 1
    assert balance(services, admin, shop.shirt, shop.sh) == (3, 0, 0)
    with pytest.raises(ConflictError):
        inv.release_for_order(admin, order_no, shop.sh)
    refs = {m.reference for m in inv.movements(admin, shop.shirt, shop.sh)}
    assert "order KD-1" in refs
    assert_ledger_equal(services, admin)


def test_the_last_unit_goes_once_with_a_clear_message(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    first, second = make_order(services, "KD-A"), make_order(services, "KD-B")
    inv.reserve_for_order(admin, first, [StockLine(shop.mug, 1)], warehouse_id=shop.sh)
    with pytest.raises(InsufficientStock) as info:
        inv.reserve_for_order(admin, second, [StockLine(shop.mug, 1)], warehouse_id=shop.sh)
    assert str(info.value) == "Only 0 of SKU-M available in SH; 1 needed"
    # All or nothing: a short line leaves the other line of the order unreserved too.
    with pytest.raises(InsufficientStock):
        inv.reserve_for_order(
            admin, second, [StockLine(shop.shirt, 1), StockLine(shop.mug, 6)],
            warehouse_id=shop.gz,
        )  # fmt: skip
    assert balance(services, admin, shop.shirt, shop.gz) == (10, 0, 0)


def test_allocation_honours_the_split_setting(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    lines = [StockLine(shop.shirt, 12)]  # SH 3 + GZ 10: no single warehouse has 12
    plan = inv.plan_allocation(admin, lines)  # splitting is off: short in every warehouse
    assert plan.warehouse_id is None and plan.portions == ()
    assert [(s.sku, s.requested, s.available) for s in plan.shortages] == [("SKU-T", 12, 10)]
    inv.adjust(admin, shop.mug, shop.gz, -5, "all broken")
    both = inv.plan_allocation(admin, [StockLine(shop.shirt, 4), StockLine(shop.mug, 1)])
    assert both.needs_split and both.portions == ()  # each SKU is somewhere, not in one place
    order_no = make_order(services)
    with pytest.raises(InsufficientStock):
        inv.reserve_for_order(admin, order_no, lines)
    services.settings.update(admin, "inventory.allow_split", True)
    plan = inv.plan_allocation(admin, lines)
    assert [(p.warehouse_id, p.lines) for p in plan.portions] == [
        (shop.sh, (StockLine(shop.shirt, 3),)),
        (shop.gz, (StockLine(shop.shirt, 9),)),
    ]
    result = inv.reserve_for_order(admin, order_no, lines)
    assert {(b.warehouse_id, b.reserved) for b in result.balances} == {(shop.sh, 3), (shop.gz, 9)}
    too_much = inv.plan_allocation(admin, [StockLine(shop.shirt, 5)])
    assert [(s.sku, s.requested, s.available) for s in too_much.shortages] == [("SKU-T", 5, 1)]
    assert_ledger_equal(services, admin)


def test_transfer_goes_out_travels_and_arrives(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    transfer = inv.create_transfer(admin, shop.gz, shop.sh, [StockLine(shop.shirt, 4)], "补货")
    assert transfer.status == "in_transit" and transfer.transfer_no.startswith("TR")
    assert balance(services, admin, shop.shirt, shop.gz) == (6, 0, 0)
    assert inv.stock_row(admin, shop.shirt, shop.sh).incoming == 4
    with pytest.raises(ConflictError):
        inv.dispatch_transfer(admin, transfer.id)  # not a draft any more
    received = inv.receive_transfer(admin, transfer.id)
    assert received.status == "received" and received.received_at is not None
    assert balance(services, admin, shop.shirt, shop.sh) == (7, 0, 0)
    assert inv.stock_row(admin, shop.shirt, shop.sh).incoming == 0
    with pytest.raises(ConflictError):
        inv.receive_transfer(admin, transfer.id)  # a second workstation, a moment later
    with pytest.raises(InsufficientStock):
        inv.create_transfer(admin, shop.sh, shop.gz, [StockLine(shop.mug, 2)])
    back = inv.create_transfer(admin, shop.sh, shop.gz, [StockLine(shop.mug, 1)])
    inv.cancel_transfer(admin, back.id)  # in transit: goes back to the source
    assert balance(services, admin, shop.mug, shop.sh) == (1, 0, 0)
    with pytest.raises(ValidationError):
        inv.create_transfer(admin, shop.sh, shop.sh, [StockLine(shop.mug, 1)])
    assert [t.status for t in inv.list_transfers(admin)][:2] == ["cancelled", "received"]
    assert_ledger_equal(services, admin)


def test_stock_take_posts_variances_with_the_counter(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    inv.set_level(admin, shop.shirt, shop.sh, bin_code="A-01-1", safety_stock=2)
    inv.set_level(admin, shop.mug, shop.sh, bin_code="C-01-1")
    only_a = inv.create_count(admin, shop.sh, bin_from="A", bin_to="B")
    assert [line.sku for line in only_a.lines] == ["SKU-T"]
    inv.cancel_count(admin, only_a.id)
    sheet = inv.create_count(admin, shop.sh)
    assert sheet.count_no.startswith("PD") and len(sheet.lines) == 2
    assert {line.sku: line.expected for line in sheet.lines} == {"SKU-T": 3, "SKU-M": 1}
    inv.record_counts(admin, sheet.id, {shop.shirt: 5})
    with pytest.raises(ValidationError) as info:
        inv.post_count(admin, sheet.id)
    assert info.value.field == "counter_name"
    posting = inv.post_count(admin, sheet.id, counter_name="李四")
    assert [(v.sku, v.before, v.counted, v.delta) for v in posting.variances] == [
        ("SKU-T", 3, 5, 2)
    ]
    assert posting.uncounted == 1  # the mug was not counted: unchanged
    assert balance(services, admin, shop.shirt, shop.sh) == (5, 0, 0)
    last = inv.movements(admin, shop.shirt, shop.sh)[0]
    assert last.kind == MovementKind.STOCKTAKE and "李四" in last.note
    assert last.reference == f"count {sheet.count_no}"
    with pytest.raises(ConflictError):
        inv.post_count(admin, sheet.id, counter_name="李四")
    assert inv.count_sheet(admin, sheet.id).status == "posted"
    assert_ledger_equal(services, admin)


def test_counting_below_the_reserved_quantity_is_refused(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    inv.reserve_for_order(admin, make_order(services), [StockLine(shop.shirt, 2)], shop.sh)
    sheet = inv.create_count(admin, shop.sh, counter_name="王五")
    inv.record_counts(admin, sheet.id, {shop.shirt: 1})
    with pytest.raises(ConflictError) as info:
        inv.post_count(admin, sheet.id)
    assert "2 are reserved" in str(info.value)
    assert inv.count_sheet(admin, sheet.id).status == "open"  # nothing half-written


def test_stock_table_search_filter_sort_and_alerts(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    inv.set_level(admin, shop.shirt, shop.sh, safety_stock=5)  # 3 available: low
    inv.reserve_for_order(admin, make_order(services), [StockLine(shop.mug, 1)], shop.sh)  # out

    def rows(**kwargs):  # type: ignore[no-untyped-def]
        query = StockQuery(**kwargs)
        return inv.stock_rows(admin, inv.stock_ids(admin, query))

    assert [(r.sku, r.warehouse_code) for r in rows()] == [
        ("SKU-M", "SH"), ("SKU-M", "GZ"), ("SKU-T", "SH"), ("SKU-T", "GZ"),
    ]  # fmt: skip
    assert [r.sku for r in rows(search="6901234000017")] == ["SKU-T", "SKU-T"]  # scanned
    assert [r.sku for r in rows(search="杯")] == ["SKU-M", "SKU-M"]
    assert rows(search="100%_") == []  # LIKE wildcards are plain text
    low = rows(alert=AlertState.LOW)
    assert [(r.sku, r.warehouse_code, r.available, r.safety_stock) for r in low] == [
        ("SKU-T", "SH", 3, 5)
    ]
    assert [(r.sku, r.alert) for r in rows(alert=AlertState.OUT)] == [("SKU-M", AlertState.OUT)]
    by_available = rows(warehouse_id=shop.gz, sort=StockSort.AVAILABLE, descending=True)
    assert [r.available for r in by_available] == [10, 5]
    summary = {s.code: (s.rows, s.low, s.out) for s in inv.summary(admin)}
    assert summary == {"SH": (2, 1, 1), "GZ": (2, 0, 0)}
    assert inv.alerts(admin) == type(inv.alerts(admin))(low=1, out=1)
    assert inv.find_product(admin, "sku-t").id == shop.shirt
    assert inv.find_product(admin, "6901234000024").id == shop.mug
    with pytest.raises(NotFound):
        inv.find_product(admin, "nothing")


def test_check_names_the_altered_balance_and_repair_fixes_it(
    services: Services, admin: Actor, db_url: str
) -> None:
    shop = make_shop(services, admin)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE stock_levels SET on_hand = on_hand + 7, reserved = 2 "
                "WHERE product_id = :p AND warehouse_id = :w"
            ),
            {"p": shop.shirt, "w": shop.gz},
        )
    engine.dispose()
    differences = services.inventory.ledger_differences(admin)
    assert {(d.sku, d.warehouse_code, d.field, d.balance, d.ledger) for d in differences} == {
        ("SKU-T", "GZ", "on_hand", 17, 10),
        ("SKU-T", "GZ", "reserved", 2, 0),
    }
    result = services.inventory.repair_balances(admin)
    assert len(result.corrected) == 2 and result.failed == ()
    assert balance(services, admin, shop.shirt, shop.gz) == (10, 0, 0)
    assert_ledger_equal(services, admin)
    report = services.maintenance.check_database(admin)
    assert next(c for c in report.checks if c.name.startswith("Stock balances")).ok

    def audit(uow):  # type: ignore[no-untyped-def]
        entry = uow.session.query(AuditLog).filter_by(action="stock.repair").one()
        return entry.username, entry.entity_id, entry.changes

    username, entity, changes = transaction(services.db, None, audit)
    assert (username, entity) == ("admin", "SKU-T@GZ")
    assert '"on_hand":[17,10]' in changes
    assert services.inventory.repair_balances(admin).corrected == ()  # nothing left


def test_catalogue_create_edit_and_duplicates(services: Services, admin: Actor) -> None:
    shop = make_shop(services, admin)
    inv = services.inventory
    with pytest.raises(ConflictError):
        inv.create_product(admin, "SKU-T", "another shirt")
    with pytest.raises(ConflictError):
        inv.create_product(admin, "SKU-X", "x", barcode="6901234000017")
    with pytest.raises(ValidationError) as info:
        inv.create_product(admin, "SKU-Y", "y", unit_price=Decimal("1.234"))
    assert info.value.field == "unit_price"
    edited = inv.update_product(admin, shop.mug, name="保温杯", unit_price=Decimal("39.00"))
    assert (edited.name, edited.unit_price) == ("保温杯", Decimal("39.00"))
    with pytest.raises(ConflictError):
        inv.create_warehouse(admin, "SH", "again")
    inv.update_warehouse(admin, shop.gz, priority=5)
    assert [w.code for w in inv.list_warehouses(admin)] == ["GZ", "SH"]
    new = inv.create_product(admin, "SKU-N", "新品")  # carried in every active warehouse
    assert {r.warehouse_code for r in inv.stock_rows(admin, inv.stock_ids(admin, StockQuery(
        search="SKU-N")))} == {"SH", "GZ"}  # fmt: skip
    inv.update_product(admin, new.id, is_active=False)
    assert inv.stock_ids(admin, StockQuery(search="SKU-N")) == []
    assert inv.list_bins(admin, shop.sh) == []
    inv.set_level(admin, shop.mug, shop.sh, bin_code="B-02-1")
    assert inv.list_bins(admin, shop.sh) == ["B-02-1"]
    assert inv.stock_row(admin, shop.mug, shop.sh).bin_code == "B-02-1"


@pytest.mark.sqlite_only
def test_export_writes_text_as_text(services: Services, admin: Actor, tmp_path: Path) -> None:
    shop = make_shop(services, admin)
    services.inventory.create_product(admin, "=1+2", "@SUM(A1)", spec="-5")
    path = tmp_path / "stock.xlsx"
    query = StockQuery(sort=StockSort.SKU)
    written = services.inventory.export_stock(admin, query, str(path))
    assert written == 6
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]][:3] == ["SKU", "Name", "Spec"]
    cells = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    row = cells["=1+2"]
    for column, expected in ((1, "=1+2"), (2, "@SUM(A1)"), (3, "-5")):
        cell = sheet.cell(row, column)
        assert cell.value == expected and cell.data_type == "s"  # never a formula
    on_hand = [sheet.cell(r, 7).value for r in range(2, 8) if sheet.cell(r, 1).value == "SKU-T"]
    assert on_hand == [3, 10] and shop.sh  # numbers stay numbers, in the table's order
    with pytest.raises(ValidationError):
        services.inventory.export_stock(admin, query, str(tmp_path / "stock.csv"))


def test_roles_may_do_what_their_job_needs(services: Services, actors: dict[Role, Actor]) -> None:
    admin = actors[Role.ADMIN]
    shop = make_shop(services, admin)
    inv = services.inventory
    clerk = actors[Role.WAREHOUSE]
    inv.receive(clerk, shop.sh, [StockLine(shop.mug, 2)])
    inv.quarantine_return(clerk, shop.mug, shop.sh, 1)
    with pytest.raises(PermissionDenied):
        inv.create_product(clerk, "SKU-W", "not mine")
    with pytest.raises(PermissionDenied):
        inv.repair_balances(clerk)
    analyst = actors[Role.ANALYST]
    assert inv.stock_ids(analyst, StockQuery()) != []
    with pytest.raises(PermissionDenied):
        inv.adjust(analyst, shop.mug, shop.sh, 1, "try")
    reviewer = actors[Role.REVIEWER]
    with pytest.raises(PermissionDenied):
        inv.receive(reviewer, shop.sh, [StockLine(shop.mug, 1)])
    with pytest.raises(PermissionDenied):
        inv.restock_return(actors[Role.CUSTOMER_SERVICE], shop.mug, shop.sh, 1)
    supervisor = actors[Role.SUPERVISOR]
    assert inv.repair_balances(supervisor).corrected == ()
    inv.update_warehouse(supervisor, shop.gz, name="广州白云仓")
    assert balance(services, admin, shop.mug, shop.sh) == (3, 0, 1)
