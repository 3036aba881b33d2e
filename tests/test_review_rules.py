"""Review rules (审单规则): each check, hold versus flag, trying a rule before enabling it,
auto-approval, and the order search of the Orders tab."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from app.errors import PermissionDenied, ValidationError
from app.order_queries import OrderFilter, SortKey
from app.orders import DraftLine
from app.permissions import Actor, Role
from app.review_rules import (
    FEW_ORDERS,
    RULE_HOLD_REASON,
    NewOrder,
    evaluate_new,
    load_rules,
    phone_is_valid,
)
from app.services import Services
from app.states import OrderStatus
from app.uow import read
from models import utcnow
from tests.orders_helpers import DRAFT, catalogue, make_order, set_order


def _flags(services: Services, actor: Actor, order_id: int) -> dict[str, str]:
    return {f.rule_code: f.action for f in services.order_queries.detail(actor, order_id).flags}


@pytest.mark.sqlite_only
def test_phone_numbers() -> None:
    for good in (
        "13812345678",
        "+86 138-1234-5678",
        "021-62345678",
        "0755 8888 6666",
        "+4930123456",
    ):
        assert phone_is_valid(good), good
    for bad in ("", "12", "1381234567", "23812345678", "phone"):
        assert not phone_is_valid(bad), bad


def test_each_rule_fires_with_its_explanation(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    plain = make_order(services, reviewer)
    assert _flags(services, reviewer, plain.id) == {}
    noted = make_order(services, reviewer, buyer_note="请周末送货", address="人民路 2 号 3 室")
    assert _flags(services, reviewer, noted.id) == {"buyer_note": "flag"}
    big = make_order(
        services, reviewer, lines=(DraftLine("SKU-T", 45),), paid_amount=Decimal("2258.00"),
        address="人民路 3 号 3 室",
    )  # fmt: skip
    assert _flags(services, reviewer, big.id) == {
        "amount_above": "hold", "quantity_above": "flag", "out_of_stock": "flag",
    }  # fmt: skip
    detail = services.order_queries.detail(reviewer, big.id)
    assert detail.row.is_on_hold and detail.row.hold_reason == RULE_HOLD_REASON
    amount = next(f for f in detail.flags if f.rule_code == "amount_above")
    assert amount.params == {"total": "2258.00", "threshold": "2000.00"}
    assert "above the review threshold 2000.00" in amount.message
    twin = make_order(services, reviewer)  # same phone, address and items as `plain`
    twin_flags = services.order_queries.detail(reviewer, twin.id).flags
    assert [(f.rule_code, f.params["other"]) for f in twin_flags] == [
        ("duplicate_suspect", plain.order_no)
    ]
    unpaid_wrong = make_order(services, reviewer, address="人民路 5 号 1 室")
    set_order(services, unpaid_wrong.id, paid_amount=Decimal("1.00"), recipient_phone="555",
              province="")  # fmt: skip
    results = services.review_rules.evaluate(reviewer, [unpaid_wrong.id])
    assert {h.code.value for h in results[0].hits} == {
        "payment_mismatch", "phone_invalid", "address_incomplete",
    }  # fmt: skip


def test_blacklisted_customer_is_held(services: Services, actors: dict[Role, Actor]) -> None:
    from sqlalchemy import update

    from app.uow import transaction
    from models import Customer

    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    first = make_order(services, reviewer)
    transaction(
        services.db, None,
        lambda uow: uow.session.execute(
            update(Customer).values(is_blacklisted=True, blacklist_reason="多次恶意退货")
        ),
    )  # fmt: skip
    again = make_order(services, reviewer, address="人民路 9 号 1 室")
    detail = services.order_queries.detail(reviewer, again.id)
    assert detail.row.is_on_hold
    assert [(f.rule_code, f.params) for f in detail.flags] == [
        ("blacklisted_customer", {"reason": "多次恶意退货"})
    ]
    assert not services.order_queries.detail(reviewer, first.id).row.is_on_hold


def test_a_rule_hold_lifts_when_the_order_is_fixed_but_a_manual_hold_stays(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer, supervisor = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    services.review_rules.save_rule(supervisor, "buyer_note", action="hold")
    order = make_order(services, reviewer, buyer_note="发票抬头写公司")
    assert services.order_queries.detail(reviewer, order.id).row.is_on_hold
    fixed = services.orders.edit(reviewer, order.id, order.version, replace(DRAFT, buyer_note=""))
    assert not fixed.is_on_hold
    services.orders.hold(reviewer, order.id, "等买家回电")
    services.review_rules.evaluate(reviewer, [order.id])
    assert services.order_queries.detail(reviewer, order.id).row.hold_reason == "等买家回电"


def test_supervisor_tries_then_enables_a_rule(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    reviewer, supervisor = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    for i, qty in enumerate((1, 3, 5, 7)):
        make_order(
            services, reviewer, lines=(DraftLine("SKU-M", qty),), shipping_fee=Decimal(0),
            paid_amount=Decimal(30 * qty), address=f"人民路 {i} 号 8 室",
        )  # fmt: skip
    trial = services.review_rules.try_rule(
        supervisor, "quantity_above", params={"threshold": 4}, action="hold"
    )
    assert (trial.examined, trial.matched, len(trial.examples)) == (4, 2, 2)
    with pytest.raises(ValidationError):
        services.review_rules.try_rule(supervisor, "quantity_above", params={"threshold": "x"})
    with pytest.raises(PermissionDenied):
        services.review_rules.save_rule(reviewer, "quantity_above", is_enabled=False)
    saved = services.review_rules.save_rule(
        supervisor, "quantity_above", params={"threshold": 4}, action="hold"
    )
    assert saved.stored and saved.params == {"threshold": 4}
    rules = {r.code.value: r for r in services.review_rules.list_rules(reviewer)}
    assert rules["quantity_above"].action == "hold" and len(rules) == 10
    results = services.review_rules.evaluate(
        reviewer, services.order_queries.order_ids(reviewer, OrderFilter())
    )
    assert sum(r.holds for r in results) == 2


def test_auto_approve_and_confirm_orders_that_pass(
    services: Services, actors: dict[Role, Actor], admin: Actor
) -> None:
    cat = catalogue(services)
    clerk = actors[Role.REVIEWER]
    services.settings.update(admin, "orders.auto_approve", True)
    services.settings.update(admin, "orders.auto_confirm", True)
    services.settings.update(admin, "orders.default_carrier", "SF")
    ok = make_order(services, clerk)
    assert ok.status == OrderStatus.CONFIRMED
    row = services.order_queries.rows(clerk, [ok.id])[0]
    assert row.warehouse == "SH" and row.carrier == "顺丰速运"
    held = make_order(
        services, clerk, lines=(DraftLine("SKU-T", 45),), paid_amount=Decimal("2258.00"),
        address="人民路 3 号 3 室",
    )  # fmt: skip
    assert held.status == OrderStatus.PENDING_REVIEW and held.is_on_hold
    no_stock = make_order(
        services, clerk, lines=(DraftLine("SKU-X", 1),), paid_amount=Decimal("1007.00"),
        address="人民路 4 号 3 室",
    )  # fmt: skip
    assert no_stock.status == OrderStatus.APPROVED  # flagged out of stock: confirmed later
    assert cat.carrier


def test_search_finds_by_every_key(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer, analyst = actors[Role.REVIEWER], actors[Role.ANALYST]
    a = make_order(services, reviewer)  # 张伟 13812345678 川沙路...
    b = make_order(
        services, reviewer, recipient_name="欧阳娜娜", recipient_phone="13900009999",
        address="解放路 77 号 5 栋", lines=(DraftLine("SKU-M", 1),), shipping_fee=Decimal(0),
        paid_amount=Decimal("30.00"),
    )  # fmt: skip
    set_order(services, b.id, external_no="TB-778899")

    def find(text: str, **kw: object) -> list[int]:
        return services.order_queries.order_ids(reviewer, OrderFilter(text=text, **kw))

    assert find(a.order_no) == [a.id]
    assert find(a.order_no.lower()) == [a.id]
    assert find("TB-778899") == [b.id]
    assert find("5678") == [a.id]  # phone suffix
    assert find("13900009999") == [b.id]  # full phone
    assert find("0000999") == [b.id]  # phone fragment
    assert find("张伟") == [a.id]  # a 2-character name, exactly
    assert find("欧阳娜娜") == [b.id]
    assert find("解放路 77") == [b.id]  # address fragment
    assert find("SKU-T") == [a.id]
    assert sorted(find("SKU-M")) == sorted([a.id, b.id])
    assert find("nothing like it") == []
    assert find("5678", statuses=(OrderStatus.APPROVED,)) == []
    assert services.order_queries.order_ids(analyst, OrderFilter(text="9999")) == [b.id]
    by_total = services.order_queries.order_ids(reviewer, OrderFilter(), SortKey.TOTAL, False)
    assert by_total == [b.id, a.id]
    window = OrderFilter(date_from=utcnow() - timedelta(hours=1), date_to=utcnow())
    assert len(services.order_queries.order_ids(reviewer, window)) == 2


def test_queue_counts_and_saved_views(services: Services, actors: dict[Role, Actor]) -> None:
    catalogue(services)
    reviewer, analyst = actors[Role.REVIEWER], actors[Role.ANALYST]
    a = make_order(services, reviewer)
    make_order(services, reviewer, buyer_note="急", address="人民路 2 号 3 室")
    services.orders.approve(reviewer, a.id)
    services.orders.hold(reviewer, a.id, "等电话")
    counts = services.order_queries.queue_counts(reviewer)
    assert counts.by_status == {OrderStatus.APPROVED: 1, OrderStatus.PENDING_REVIEW: 1}
    assert (counts.on_hold, counts.flagged, counts.total) == (1, 1, 2)
    flt = OrderFilter(statuses=(OrderStatus.APPROVED,), on_hold=True, text="5678")
    view = services.order_queries.save_view(reviewer, "我的挂起", flt)
    services.order_queries.save_view(reviewer, "我的挂起", flt)  # same name: replaced
    views = services.order_queries.saved_views(reviewer)
    assert [(v.name, v.filter) for v in views] == [("我的挂起", flt)]
    assert services.order_queries.order_ids(reviewer, views[0].filter) == [a.id]
    assert services.order_queries.saved_views(analyst) == []  # views are per user
    services.order_queries.delete_view(reviewer, view.id)
    assert services.order_queries.saved_views(reviewer) == []
    marker = services.order_queries.change_marker(reviewer)
    services.orders.release(reviewer, a.id)
    assert services.order_queries.change_marker(reviewer) > marker


@pytest.mark.sqlite_only
def test_an_import_chunks_rule_lookups_search_their_indexes(
    services: Services, actors: dict[Role, Actor]
) -> None:
    """The duplicate and blacklist lookups for an import chunk's 5,000 orders: SQLite chose
    the order-date index and read every order of the duplicate rule's window (0.13 s a chunk
    at 40,000 orders), and probed the customers of 3,500 phone suffixes for the few
    blacklisted ones (0.047 s a chunk)."""
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    plain = make_order(services, reviewer)
    executed: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "recipient_phone IN" in statement or "is_blacklisted" in statement:
            executed.append((statement, parameters))

    engines = (services.db.write_engine, services.db.read_engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", keep)
    try:
        twin = make_order(services, reviewer)  # same phone, address and items as `plain`
        now = utcnow()
        chunk = [
            NewOrder(-n, f"KDX{n}", OrderStatus.PENDING_REVIEW, "王五", f"139{n:08d}", "上海",
                     "上海市", f"人民路 {n} 号", "", Decimal("10.00"), Decimal("10.00"), now,
                     n, f"{n:04d}"[-4:], ((None, "SKU-X", 1),))
            for n in range(1, 5001)
        ]  # fmt: skip
        results = read(services.db, lambda uow: evaluate_new(uow, chunk, load_rules(uow.session)))
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", keep)
    twin_flags = services.order_queries.detail(reviewer, twin.id).flags
    assert [(f.rule_code, f.params["other"]) for f in twin_flags] == [
        ("duplicate_suspect", plain.order_no)
    ]
    assert len(results) == 5000 and not any(
        hit.code in ("duplicate_suspect", "blacklisted_customer")
        for result in results
        for hit in result.hits
    )
    chunk_lookups = [(s, p) for s, p in executed if len(p) > 1000]
    assert len(chunk_lookups) == 3  # duplicates by phone; blacklist by customer, by phone
    with sqlite3.connect(engine.url.database) as connection:
        for statement, parameters in chunk_lookups:
            plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            details = " / ".join(str(step[-1]) for step in plan)
            index = (
                "ix_orders_phone_ordered_at"
                if "FROM orders" in statement
                else ("ix_customers_blacklisted")
            )
            assert f"INDEX {index}" in details, details


@pytest.mark.sqlite_only
def test_a_new_orders_blacklist_lookup_searches_its_index_after_analyze(
    services: Services, actors: dict[Role, Actor]
) -> None:
    """Once ANALYZE has seen a customers table where nobody is blacklisted, it rates the
    flag's index as useless: SQLite then scanned every customer for each new order's phone
    (24 ms a manual order among 100,000 customers)."""
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    path = services.db.write_engine.url.database
    assert path is not None
    stamp = utcnow().isoformat(sep=" ")
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO customers (name, phone, phone_last4, email, channel, province, city, "
            "district, address, tags, note, is_blacklisted, blacklist_reason, created_at, "
            "updated_at) VALUES (?, ?, ?, '', 'taobao', '上海', '上海市', '', '', '', '', 0, '', "
            "?, ?)",
            [(f"客户{n}", f"137{n:08d}", f"{n:04d}"[-4:], stamp, stamp) for n in range(3000)],
        )
        connection.execute("ANALYZE")
    executed: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "is_blacklisted" in statement and "customers.phone IN" in statement:
            executed.append((statement, parameters))

    engine = services.db.write_engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        make_order(services, reviewer)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert len(executed) == 1
    with sqlite3.connect(path) as connection:
        statement, parameters = executed[0]
        plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    details = " / ".join(str(step[-1]) for step in plan)
    assert "INDEX ix_customers_blacklisted" in details, details


def test_duplicate_rule_reads_only_orders_to_the_same_address(
    services: Services, actors: dict[Role, Actor]
) -> None:
    """A regular customer (one phone, many orders a day to other addresses): a new order's
    duplicate check does not read those orders' lines; an order to the same address with
    the same items is still caught."""
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    for n in range(3):
        make_order(services, reviewer, address=f"川沙路 {n} 号")
    executed: list[str] = []

    def keep(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        executed.append(statement)

    engine = services.db.write_engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        fourth = make_order(services, reviewer, address="川沙路 99 号")
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert not [s for s in executed if "FROM order_lines" in s], executed
    assert services.order_queries.detail(reviewer, fourth.id).flags == ()
    twin = make_order(services, reviewer, address="川沙路 1 号")
    flags = services.order_queries.detail(reviewer, twin.id).flags
    assert [f.rule_code for f in flags] == ["duplicate_suspect"]


def test_an_import_chunk_still_finds_a_duplicate_of_a_stored_order(
    services: Services, actors: dict[Role, Actor]
) -> None:
    """A chunk bigger than a manual entry leaves the address out of the duplicate query
    (thousands of addresses cost more than they save): the same phone, address and items as
    a stored order is still a duplicate, and the same phone to another address is not."""
    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    plain = make_order(services, reviewer)
    now = utcnow()
    items = tuple((None, line.sku, line.qty) for line in DRAFT.lines)

    def new(n: int, phone: str, address: str) -> NewOrder:
        return NewOrder(-n, f"KDY{n}", OrderStatus.PENDING_REVIEW, "张伟", phone, DRAFT.province,
                        DRAFT.city, address, "", Decimal("138.00"), Decimal("138.00"), now, None,
                        phone[-4:], items)  # fmt: skip

    chunk = [new(n, f"139{n:08d}", f"人民路 {n} 号") for n in range(1, FEW_ORDERS + 20)]
    chunk.append(new(900, DRAFT.recipient_phone, DRAFT.address))  # the twin
    chunk.append(new(901, DRAFT.recipient_phone, "别的路 1 号"))  # same phone, elsewhere
    assert len(chunk) > FEW_ORDERS
    results = read(services.db, lambda uow: evaluate_new(uow, chunk, load_rules(uow.session)))
    flagged = {
        r.order_id: [
            (h.code, h.params.get("other")) for h in r.hits if h.code == "duplicate_suspect"
        ]
        for r in results
    }
    assert flagged[-900] == [("duplicate_suspect", plain.order_no)]
    assert flagged[-901] == [] and all(not flagged[-n] for n in range(1, FEW_ORDERS + 20))
