"""Daily friction (issue 24, item 5), the service side on every backend: return-reason
presets, the carrier offer (price, ETA, suggestion) and confirm with a chosen carrier."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderStatus
from tests.conftest import add_user
from tests.orders_helpers import catalogue, make_order


@pytest.fixture
def admin(services: Services) -> Actor:
    return add_user(services.db, "boss", Role.ADMIN)


def test_return_reasons_are_a_shared_preset_list(services: Services, admin: Actor) -> None:
    reviewer = add_user(services.db, "li", Role.REVIEWER)
    assert services.orders.return_reasons(reviewer) == ()  # the UI's translated defaults
    services.settings.update(admin, "orders.return_reasons", "缺门牌号；电话打不通; 缺门牌号\n赠品")
    assert services.orders.return_reasons(reviewer) == ("缺门牌号", "电话打不通", "赠品")


def test_returned_order_detail_carries_the_latest_reason(services: Services) -> None:
    catalogue(services)
    reviewer = add_user(services.db, "li", Role.REVIEWER)
    order = make_order(services, reviewer)
    services.orders.return_for_correction(reviewer, order.id, "地址不全：缺门牌号")
    detail = services.order_queries.detail(reviewer, order.id)
    assert detail.row.status == OrderStatus.NEEDS_CORRECTION
    assert detail.return_reason == "地址不全：缺门牌号"
    services.orders.resubmit(reviewer, order.id)
    assert services.order_queries.detail(reviewer, order.id).return_reason == ""


def _rates(services: Services, admin: Actor, sf: int) -> tuple[int, int]:
    logistics = services.logistics
    yto = logistics.create_carrier(admin, "YTO", "圆通速递").id
    logistics.create_carrier(admin, "ZZZ", "无运费快递")
    logistics.save_rate_rule(admin, sf, "*", first_price="23", step_price="10", eta_days=1)
    logistics.save_rate_rule(admin, yto, "*", first_price="9.5", step_price="5", eta_days=3)
    return sf, yto


def test_carrier_offer_lists_price_and_eta_and_confirm_takes_the_choice(
    services: Services, admin: Actor
) -> None:
    world = catalogue(services)
    sf, yto = _rates(services, admin, world.carrier)
    reviewer = add_user(services.db, "li", Role.REVIEWER)  # no logistics permission needed
    order = make_order(services, reviewer)
    services.orders.approve(reviewer, order.id)
    offer = services.orders.carrier_offer(reviewer, order.id)
    assert [c.code for c in offer.choices] == ["YTO", "SF", "ZZZ"]  # suggested, price, unpriced
    suggested = offer.suggested
    assert suggested is not None and suggested.code == "YTO" and suggested.cheapest
    assert suggested.price == Decimal("9.50") and suggested.eta_days == 3
    fast = offer.choices[1]
    assert fast.fastest and fast.price == Decimal("23.00") and fast.eta_days == 1
    assert offer.choices[2].price is None and offer.choices[2].eta_days is None
    services.orders.confirm(reviewer, order.id, carrier_id=sf)
    assert services.orders.carrier_offer(reviewer, order.id).current_carrier_id == sf
    with pytest.raises(NotFound):
        services.orders.confirm(reviewer, order.id, carrier_id=999_999)
    analyst = add_user(services.db, "ana", Role.ANALYST)
    with pytest.raises(PermissionDenied):
        services.orders.carrier_offer(analyst, order.id)
    assert services.orders.order_id(reviewer, order.order_no) == order.id


def test_logistics_exceptions_damaged_and_handled_with_who_and_when(
    services: Services, actors: dict[Role, Actor]
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.errors import ConflictError
    from app.shipments import ShipmentException, ShipmentFilter, ShipmentSort
    from app.tracking import TrackingStatus, normalise_status
    from tests.logistics_world import D, build_world
    from tests.logistics_world import make_order as make_world_order

    admin = actors[Role.ADMIN]
    clerk = actors[Role.WAREHOUSE]
    world = build_world(services, admin)
    ids = []
    for n in range(3):
        make_world_order(
            services.db, f"KD-{n}", warehouse_id=world.warehouse_id,
            lines=[(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
        )  # fmt: skip
        parcel = services.shipments.create_shipment(
            admin, f"KD-{n}", world.sf, tracking_no=f"SF9{n}"
        )
        ids.append(parcel.id)
    assert normalise_status("快件破损") is TrackingStatus.DAMAGED
    t0 = datetime.now(UTC) - timedelta(hours=5)
    services.tracking.add_event(clerk, ids[0], t0, "快件破损", "杭州", "外箱压坏")
    services.tracking.add_event(clerk, ids[1], t0, "派送异常")
    counts = services.shipments.exception_counts(clerk)
    assert counts[ShipmentException.DAMAGED] == 1 and counts[ShipmentException.PROBLEM] == 1
    damaged = ShipmentFilter(exception=ShipmentException.DAMAGED)
    assert services.shipments.shipment_ids(clerk, damaged, ShipmentSort.NEWEST) == [ids[0]]
    assert services.shipments.shipment_rows(clerk, [ids[0]])[0].exception is (
        ShipmentException.DAMAGED
    )

    # Handled: out of the queue and the counts, with who, when and what was done.
    services.shipments.mark_exception_handled(clerk, ids[0], "已联系快递理赔，补发新件")
    assert services.shipments.shipment_ids(clerk, damaged, ShipmentSort.NEWEST) == []
    assert services.shipments.exception_counts(clerk)[ShipmentException.DAMAGED] == 0
    handled = ShipmentFilter(handled=True)
    assert services.shipments.shipment_ids(clerk, handled, ShipmentSort.NEWEST) == [ids[0]]
    row = services.shipments.shipment_rows(clerk, [ids[0]])[0]
    assert row.handled_at is not None and row.handled_by == clerk.display_name
    assert row.exception_note == "已联系快递理赔，补发新件"
    with pytest.raises(ConflictError):  # nothing to handle on a parcel that is fine
        services.shipments.mark_exception_handled(clerk, ids[2])
    with pytest.raises(PermissionDenied):
        services.shipments.mark_exception_handled(actors[Role.ANALYST], ids[1])

    # The parcel moves again and breaks again: back in the queue.
    services.tracking.add_event(clerk, ids[0], datetime.now(UTC), "破损")
    assert services.shipments.shipment_ids(clerk, damaged, ShipmentSort.NEWEST) == [ids[0]]
    assert services.shipments.shipment_rows(clerk, [ids[0]])[0].handled_at is None


def test_customer_service_may_hold_an_order_but_not_approve(services: Services) -> None:
    catalogue(services)
    reviewer = add_user(services.db, "li", Role.REVIEWER)
    agent = add_user(services.db, "chen", Role.CUSTOMER_SERVICE)
    order = make_order(services, reviewer)
    ref = services.orders.hold(agent, order.id, "客户来电改地址")
    assert ref.is_on_hold
    assert services.order_queries.detail(agent, order.id).row.hold_reason == "客户来电改地址"
    services.orders.release(agent, order.id)
    with pytest.raises(PermissionDenied):
        services.orders.approve(agent, order.id)
    analyst = add_user(services.db, "ana", Role.ANALYST)
    with pytest.raises(PermissionDenied):
        services.orders.hold(analyst, order.id, "x")


def test_one_address_format_with_separators() -> None:
    from app.addresses import format_address
    from app.documents.data import Party

    assert format_address("Ontario", "Toronto", "", "105 Victoria St", "M5C 1A1") == (
        "105 Victoria St, Toronto, Ontario, M5C 1A1"
    )
    assert format_address("北京市", "北京市", "朝阳区", "建国路88号") == "北京市朝阳区建国路88号"
    assert format_address("浙江省", "杭州市", "西湖区", "浙江省杭州市西湖区文三路1号") == (
        "浙江省杭州市西湖区文三路1号"
    )
    assert format_address("广东省", "深圳市") == "广东省深圳市"
    party = Party(name="Ann", province="Ontario", city="Toronto", address="105 Victoria St")
    assert party.full_address() == "105 Victoria St, Toronto, Ontario"


def test_order_detail_and_customer_addresses_use_the_one_format(services: Services) -> None:
    from app.addresses import format_address

    catalogue(services)
    reviewer = add_user(services.db, "li", Role.REVIEWER)
    order = make_order(
        services, reviewer, province="Ontario", city="Toronto", district="",
        address="105 Victoria St",
    )  # fmt: skip
    row = services.order_queries.detail(reviewer, order.id).row
    assert format_address(row.province, row.city, "", row.address) == (
        "105 Victoria St, Toronto, Ontario"
    )


def test_reports_count_stock_as_the_status_bar_does(services: Services) -> None:
    from datetime import date

    from sqlalchemy import update

    from app.inventory.table import stock_alert_counts
    from app.uow import read, transaction
    from models import StockLevel

    catalogue(services, shirt_near=0, mug_near=3)  # shirt: out here; mug: 3 here
    admin = add_user(services.db, "boss2", Role.ADMIN)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(update(StockLevel).values(safety_stock=4)),
    )
    counts = read(services.db, lambda uow: stock_alert_counts(uow.session))
    assert services.inventory.alerts(admin) == counts
    summary = services.reports.summary(admin, date(2026, 1, 1), date(2026, 1, 2))
    assert (summary.low_stock_skus, summary.out_of_stock) == (counts.low, counts.out)
    assert counts.low >= 1


TMALL_HEAD = (
    "订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额\n"
    "1,178.8,0.0,上海,2020-02-21 00:00:00,,0.0\n"
    "2,21.0,21.0,内蒙古自治区,2020-02-20 23:59:54,2020-02-21 00:00:02,0.0\n"
    "3,37.0,0.0,安徽省,2020-02-20 23:59:35,,37.0\n"
    "4,157.0,157.0,湖南省,2020-02-20 23:58:34,2020-02-20 23:58:44,0.0\n"
)


def test_an_import_without_items_says_so_and_holds_the_orders(
    services: Services, tmp_path: Path
) -> None:
    from app.states import NO_ITEMS_HOLD_REASON
    from app.uow import read
    from models import Order

    path = tmp_path / "tmall_order_report.csv"
    path.write_text(TMALL_HEAD, encoding="utf-8")
    clerk = add_user(services.db, "li", Role.REVIEWER)
    dry = services.importing.dry_run(clerk, path)
    assert dry.format == "tmall" and dry.orders_created == 4
    assert dry.orders_without_items == 4 and dry.lines_created == 0
    done = services.importing.run(clerk, path)
    assert done.orders_without_items == 4
    rows = read(
        services.db,
        lambda uow: uow.session.execute(
            select(Order.external_no, Order.status, Order.is_on_hold, Order.hold_reason)
        ).all(),
    )
    by_no = {r.external_no: r for r in rows}
    open_ones = [r for r in rows if r.status in ("pending_payment", "pending_review")]
    assert open_ones and all(
        r.is_on_hold and r.hold_reason == NO_ITEMS_HOLD_REASON for r in open_ones
    )
    assert by_no["3"].status == "cancelled" and not by_no["3"].is_on_hold  # refunded in full
    assert done.orders_held == len(open_ones)
