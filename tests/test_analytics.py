"""Analytics figures against a small hand-computed data set, on every backend.

The world (times in UTC; the period is 10–16 November 2026 in Beijing time, UTC+8):

    O1 jd     10th 02:00  completed  100.00  SKU-A ×2   review 30 confirm 60 pick 30 pack 10
                                                        ship 50 min; paid→shipped 180 min
    O2 tmall  11th 02:00  shipped     60.00  SKU-B ×3   10/30/60/20/2880; paid→shipped 3000
    O3 jd     12th 02:00  completed   40.00  SKU-A ×1   20/20/20/20/20; paid→shipped 100
    O4 jd     12th 03:00  cancelled   30.00  unpaid ("超时未付款", from pending_payment)
    O5 tmall  13th 03:00  cancelled   50.00  paid; 60 min in review, then "客户取消"
    O6 jd     14th 03:00  pending_payment 20.00
    O7 jd      5th 02:00  completed   80.00  (previous period)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest

from app.analytics import Drill, Grain, Percentiles, ReportFilter
from app.errors import PermissionDenied, ValidationError
from app.permissions import Actor, Role
from app.services import Services
from app.stock import StockLine
from app.uow import transaction
from models import (
    Carrier,
    CaseKind,
    CaseStatus,
    LabelStatus,
    MovementKind,
    Order,
    OrderEvent,
    OrderLine,
    OrderStatus,
    Payment,
    Product,
    Refund,
    RefundStatus,
    ReturnCase,
    ReturnLine,
    Shipment,
    ShipmentStatus,
    StockLevel,
    StockMovement,
    Ticket,
    TicketKind,
    TicketMessage,
    TicketPriority,
    TicketStatus,
    TrackingEvent,
    Warehouse,
)

SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 17, 0, 0, tzinfo=UTC)
PERIOD = ReportFilter(date(2026, 11, 10), date(2026, 11, 16), zone=SHANGHAI)
S = OrderStatus


def t(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _events(order: Order, start: datetime, minutes: list[int], last: OrderStatus) -> None:
    """create → pending_review, then approve, confirm, pick, pack, ship after `minutes`
    (kept on the order until it has an id)."""
    path = [S.PENDING_REVIEW, S.APPROVED, S.CONFIRMED, S.PICKING, S.PACKED, S.SHIPPED]
    order.events = [
        OrderEvent(ts=start, action="create", from_status=None, to_status=path[0].value)
    ]  # type: ignore[attr-defined]
    when = start
    for i, m in enumerate(minutes):
        when += timedelta(minutes=m)
        order.events.append(
            OrderEvent(ts=when, action="move", from_status=path[i].value,
                       to_status=path[i + 1].value)
        )  # fmt: skip
    if last in (S.COMPLETED, S.DELIVERED):
        order.events.append(
            OrderEvent(ts=when + timedelta(days=3), action="complete",
                       from_status=S.SHIPPED.value, to_status=last.value)
        )  # fmt: skip


def build_world(services: Services, actors: dict[Role, Actor]) -> dict[str, int]:
    agent = actors[Role.CUSTOMER_SERVICE].user_id
    boss = actors[Role.SUPERVISOR].user_id

    def work(uow):  # type: ignore[no-untyped-def]
        s = uow.session
        wh = Warehouse(code="W1", name="一号仓")
        a = Product(sku="SKU-A", name="杯子", unit_price=Decimal("50.00"), cost=Decimal("10.00"))
        b = Product(sku="SKU-B", name="碗", unit_price=Decimal("20.00"), cost=Decimal("4.00"))
        c = Product(sku="SKU-C", name="盘子", unit_price=Decimal("9.00"), cost=Decimal("2.50"))
        sf = Carrier(code="SF", name="顺丰速运")
        zto = Carrier(code="ZTO", name="中通快递")
        s.add_all([wh, a, b, c, sf, zto])
        s.flush()

        def order(no, channel, when, status, total, product, qty, paid=True):  # type: ignore[no-untyped-def]
            o = Order(
                order_no=no, channel=channel, status=status, recipient_name="李雷",
                goods_amount=Decimal(total), total=Decimal(total),
                paid_amount=Decimal(total) if paid else Decimal(0), ordered_at=when,
                paid_at=when if paid else None,
            )  # fmt: skip
            o.lines.append(
                OrderLine(line_no=1, product_id=product.id, sku=product.sku, name=product.name,
                          qty=qty, unit_price=Decimal(total) / qty)
            )  # fmt: skip
            return o

        o1 = order("O1", "jd", t(10, 2), S.COMPLETED, "100.00", a, 2)
        _events(o1, t(10, 2), [30, 60, 30, 10, 50], S.COMPLETED)
        o2 = order("O2", "tmall", t(11, 2), S.SHIPPED, "60.00", b, 3)
        _events(o2, t(11, 2), [10, 30, 60, 20, 2880], S.SHIPPED)
        o3 = order("O3", "jd", t(12, 2), S.COMPLETED, "40.00", a, 1)
        _events(o3, t(12, 2), [20, 20, 20, 20, 20], S.COMPLETED)
        o4 = order("O4", "jd", t(12, 3), S.CANCELLED, "30.00", a, 1, paid=False)
        o4.events = [
            OrderEvent(ts=t(12, 3), action="create", to_status=S.PENDING_PAYMENT.value),
            OrderEvent(ts=t(12, 5), action="cancel", from_status=S.PENDING_PAYMENT.value,
                       to_status=S.CANCELLED.value, note="超时未付款"),
        ]  # fmt: skip
        o5 = order("O5", "tmall", t(13, 3), S.CANCELLED, "50.00", b, 1)
        o5.events = [
            OrderEvent(ts=t(13, 3), action="create", to_status=S.PENDING_REVIEW.value),
            OrderEvent(ts=t(13, 4), action="cancel", from_status=S.PENDING_REVIEW.value,
                       to_status=S.CANCELLED.value, note="客户取消"),
        ]  # fmt: skip
        o6 = order("O6", "jd", t(14, 3), S.PENDING_PAYMENT, "20.00", a, 1, paid=False)
        o7 = order("O7", "jd", t(5, 2), S.COMPLETED, "80.00", a, 1)
        s.add_all([o1, o2, o3, o4, o5, o6, o7])
        s.flush()
        for o in (o1, o2, o3, o4, o5):
            for event in o.events:
                event.order_id = o.id
                s.add(event)
        s.flush()

        # After-sales: a return of 1 SKU-A (O1), an exchange of 2 SKU-B (O2), a resend (O3),
        # a rejected return (O3, not counted).
        def case(no, kind, status, reason, line, qty):  # type: ignore[no-untyped-def]
            rc = ReturnCase(case_no=no, kind=kind, status=status, reason_code=reason)
            s.add(rc)
            s.flush()
            s.add(ReturnLine(case_id=rc.id, order_line_id=line.id, qty=qty))
            return rc

        rc1 = case("C1", CaseKind.RETURN, CaseStatus.REFUNDED, "quality", o1.lines[0], 1)
        case("C2", CaseKind.EXCHANGE, CaseStatus.RECEIVED, "size", o2.lines[0], 2)
        case("C3", CaseKind.RESEND, CaseStatus.RESENT, "lost", o3.lines[0], 1)
        case("C4", CaseKind.RETURN, CaseStatus.REJECTED, "quality", o3.lines[0], 1)
        # Refunds count by the day they were approved: O1's 25.00 (12th) and O7's 8.00 (11th,
        # an order of the previous period) are in; O2's 5.00 approved on the 17th (Beijing)
        # and O1's request still waiting are not.
        pay = Payment(order_id=o1.id, method="alipay", amount=Decimal("100.00"),
                      refunded_amount=Decimal("25.00"), paid_at=t(10, 2))  # fmt: skip
        pay2 = Payment(order_id=o2.id, method="alipay", amount=Decimal("60.00"),
                       refunded_amount=Decimal("5.00"), paid_at=t(11, 2))  # fmt: skip
        pay7 = Payment(order_id=o7.id, method="alipay", amount=Decimal("80.00"),
                       refunded_amount=Decimal("8.00"), paid_at=t(5, 2))  # fmt: skip
        s.add_all([pay, pay2, pay7])
        s.flush()
        s.add_all([
            Refund(payment_id=pay.id, case_id=rc1.id, amount=Decimal("25.00"),
                   status=RefundStatus.APPROVED, requested_by=agent, approved_by=boss,
                   requested_at=t(11, 8), decided_at=t(12, 6)),
            Refund(payment_id=pay.id, amount=Decimal("10.00"), status=RefundStatus.REQUESTED,
                   requested_by=agent, requested_at=t(12, 7)),
            Refund(payment_id=pay7.id, amount=Decimal("8.00"), status=RefundStatus.APPROVED,
                   requested_by=agent, approved_by=boss, requested_at=t(6, 8),
                   decided_at=t(11, 9)),
            Refund(payment_id=pay2.id, amount=Decimal("5.00"), status=RefundStatus.APPROVED,
                   requested_by=agent, approved_by=boss, requested_at=t(16, 10),
                   decided_at=t(16, 17)),
        ])  # fmt: skip

        # Stock in W1: A 37 received (24 on 1 Oct, 13 on 1 Nov), 4 + 3 shipped → 30;
        # B 8 received on 1 Nov, 3 shipped → 5, all 5 reserved; C 100 received on 1 June.
        def move(product, kind, qty, when, reserved=0):  # type: ignore[no-untyped-def]
            s.add(
                StockMovement(product_id=product.id, warehouse_id=wh.id, kind=kind,
                              on_hand_delta=qty, reserved_delta=reserved, created_at=when)
            )  # fmt: skip

        move(a, MovementKind.RECEIVE, 24, t(1, 0, month=10))
        move(a, MovementKind.RECEIVE, 13, t(1, 0))
        move(a, MovementKind.SHIP, -2, t(10, 5))
        move(a, MovementKind.SHIP, -1, t(12, 3, 40))
        move(b, MovementKind.RECEIVE, 8, t(1, 0))
        move(b, MovementKind.SHIP, -3, t(13, 4))
        move(b, MovementKind.RESERVE, 0, t(14, 0), reserved=5)
        move(c, MovementKind.RECEIVE, 100, t(1, 0, month=6))
        move(a, MovementKind.SHIP, -4, t(9, 12))  # before the period: not in its outflow
        s.add_all([
            StockLevel(product_id=a.id, warehouse_id=wh.id, on_hand=30),
            StockLevel(product_id=b.id, warehouse_id=wh.id, on_hand=5, reserved=5),
            StockLevel(product_id=c.id, warehouse_id=wh.id, on_hand=100),
        ])  # fmt: skip

        # Parcels: SF O1 (2 days), SF O3 (1 day), SF O3 lost; ZTO O2 (1 day, damaged);
        # a voided ZTO label (not counted).
        def parcel(o, carrier, no, shipped, delivered, cost, status, label=LabelStatus.PRINTED):  # type: ignore[no-untyped-def]
            p = Shipment(order_id=o.id, carrier_id=carrier.id, tracking_no=no, status=status,
                         label_status=label, cost=Decimal(cost), shipped_at=shipped,
                         delivered_at=delivered)  # fmt: skip
            s.add(p)
            return p

        parcel(o1, sf, "SF1", t(10, 5), t(12, 5), "12.00", ShipmentStatus.DELIVERED)
        parcel(o3, sf, "SF2", t(12, 3, 40), t(13, 3, 40), "10.00", ShipmentStatus.DELIVERED)
        parcel(o3, sf, "SF3", t(12, 4), None, "10.00", ShipmentStatus.LOST)
        z1 = parcel(o2, zto, "ZT1", t(13, 4), t(14, 4), "8.00", ShipmentStatus.DELIVERED)
        parcel(o2, zto, "ZT0", t(13, 3), None, "8.00", ShipmentStatus.CREATED, LabelStatus.VOIDED)
        s.flush()
        s.add(TrackingEvent(shipment_id=z1.id, ts=t(13, 20), status="exception",
                            description="外包装破损"))  # fmt: skip

        # Tickets: T1 complaint (reply after 30 min, resolved after 240, SLA missed, rated 2),
        # T2 inquiry (reply after 60, resolved after 60, SLA met, rated 5),
        # T3 complaint (no reply, open, SLA passed), T4 feedback (resolved after 10, rated 4).
        def ticket(no, kind, category, created, resolved, due, rating, replies, o=None):  # type: ignore[no-untyped-def]
            tk = Ticket(ticket_no=no, kind=kind, priority=TicketPriority.NORMAL,
                        status=TicketStatus.RESOLVED if resolved else TicketStatus.OPEN,
                        category=category, subject=no, rating=rating,
                        order_id=o.id if o else None, created_at=created, updated_at=created,
                        resolved_at=resolved, sla_due_at=due)  # fmt: skip
            s.add(tk)
            s.flush()
            s.add(TicketMessage(ticket_id=tk.id, author_id=agent, body="问", created_at=created))
            for minutes, internal in replies:
                s.add(TicketMessage(ticket_id=tk.id, author_id=agent, body="答",
                                    is_internal=internal,
                                    created_at=created + timedelta(minutes=minutes)))  # fmt: skip

        ticket("T1", TicketKind.COMPLAINT, "物流", t(10, 1), t(10, 5), t(10, 3), 2,
               [(30, False)], o1)  # fmt: skip
        ticket("T2", TicketKind.INQUIRY, "商品", t(11, 1), t(11, 2), t(12, 1), 5,
               [(5, True), (60, False)])  # fmt: skip
        ticket("T3", TicketKind.COMPLAINT, "物流", t(12, 1), None, t(12, 3), None, [])
        ticket("T4", TicketKind.FEEDBACK, "", t(13, 1), t(13, 1, 10), None, 4, [])
        ticket("T9", TicketKind.COMPLAINT, "物流", t(5, 1), None, None, None, [])  # before
        s.flush()
        return {o.order_no: o.id for o in (o1, o2, o3, o4, o5, o6, o7)} | {
            "SF": sf.id,
            "ZTO": zto.id,
            "W1": wh.id,
            "A": a.id,
            "B": b.id,
        }

    return transaction(services.db, None, work)


@pytest.fixture
def world(services: Services, actors: dict[Role, Actor]) -> dict[str, int]:
    return build_world(services, actors)


def test_sales_by_day_and_week_with_previous_period(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    boss = actors[Role.SUPERVISOR]
    r = services.analytics.sales(boss, PERIOD)
    assert (r.totals.orders, r.totals.revenue, r.totals.average) == (
        3, Decimal("200.00"), Decimal("66.67"))  # fmt: skip
    assert (r.previous.orders, r.previous.revenue) == (1, Decimal("80.00"))
    assert r.orders_change == Decimal("2.0000") and r.revenue_change == Decimal("1.5000")
    assert [(b.start.day, b.orders, b.revenue) for b in r.buckets] == [
        (10, 1, Decimal("100.00")), (11, 1, Decimal("60.00")), (12, 1, Decimal("40.00")),
        (13, 0, Decimal(0)), (14, 0, Decimal(0)), (15, 0, Decimal(0)), (16, 0, Decimal(0)),
    ]  # fmt: skip
    assert r.by_channel == (("jd", 2, Decimal("140.00")), ("tmall", 1, Decimal("60.00")))
    weekly = services.analytics.sales(boss, replace(PERIOD, grain=Grain.WEEK))
    assert [(b.start, b.orders, b.revenue) for b in weekly.buckets] == [
        (date(2026, 11, 9), 3, Decimal("200.00")), (date(2026, 11, 16), 0, Decimal(0))
    ]  # fmt: skip
    jd = services.analytics.sales(boss, ReportFilter(PERIOD.date_from, PERIOD.date_to,
                                                     channel="jd", zone=SHANGHAI))  # fmt: skip
    assert (jd.totals.orders, jd.totals.revenue, jd.previous.orders) == (2, Decimal("140.00"), 1)
    b_only = services.analytics.sales(boss, ReportFilter(PERIOD.date_from, PERIOD.date_to,
                                                         sku="SKU-B", zone=SHANGHAI))  # fmt: skip
    assert (b_only.totals.orders, b_only.totals.revenue) == (1, Decimal("60.00"))
    sf = services.analytics.sales(
        boss, ReportFilter(PERIOD.date_from, PERIOD.date_to, carrier_id=world["SF"], zone=SHANGHAI)
    )
    assert sf.totals.orders == 0  # the orders here carry no carrier of their own


def test_conversion_and_losses(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.conversion(actors[Role.ANALYST], PERIOD)
    assert (r.created, r.paid, r.paid_rate) == (6, 4, Decimal("0.6667"))
    assert (r.cancelled, r.cancelled_unpaid, r.cancelled_paid) == (2, 1, 1)
    assert r.cancel_reasons == (("客户取消", 1), ("超时未付款", 1))


def test_returns_and_refunds(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.returns(actors[Role.SUPERVISOR], PERIOD)
    assert (r.sold_units, r.returned_units, r.return_rate) == (6, 3, Decimal("0.5000"))
    assert [(x.key, x.sold, x.returned, x.rate) for x in r.by_sku] == [
        ("SKU-B", 3, 2, Decimal("0.6667")), ("SKU-A", 3, 1, Decimal("0.3333"))
    ]  # fmt: skip
    assert [(x.key, x.rate) for x in r.by_channel] == [
        ("tmall", Decimal("0.6667")), ("jd", Decimal("0.3333"))
    ]  # fmt: skip
    assert r.by_reason == (("quality", 1), ("size", 1))
    assert r.returned_orders == 2
    # By refund date: 25.00 + 8.00 (O7 is an older order); 33 ÷ 200 revenue.
    assert (r.refund_amount, r.refunds, r.refund_rate) == (Decimal("33.00"), 2, Decimal("0.1650"))
    tm = services.analytics.returns(actors[Role.SUPERVISOR], replace(PERIOD, channel="tmall"))
    assert (tm.refund_amount, tm.refunds) == (Decimal("0.00"), 0)  # O2's refund is after it
    assert (r.exchanges, r.resends) == (1, 1)


def test_processing_speed(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.speed(actors[Role.SUPERVISOR], PERIOD)
    assert dict(r.stages) == {
        "review": Percentiles(4, 20, 60),
        "confirm": Percentiles(3, 30, 60),
        "pick": Percentiles(3, 30, 60),
        "pack": Percentiles(3, 20, 20),
        "ship": Percentiles(3, 50, 2880),
    }
    assert r.pay_to_ship == Percentiles(3, 180, 3000)
    assert (r.promise_hours, r.shipped, r.shipped_on_time, r.on_time_rate) == (
        48, 3, 2, Decimal("0.6667"))  # fmt: skip
    assert (r.paid, r.completed, r.completion_rate) == (4, 2, Decimal("0.5000"))


def test_stock_value_cover_and_ageing(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.stock(actors[Role.SUPERVISOR], PERIOD, now=NOW)
    assert (r.value, r.units, r.skus) == (Decimal("570.00"), 135, 3)
    assert [(x.sku, x.value, x.shipped, x.turnover, x.days_of_cover, x.age_days, x.state)
            for x in r.rows] == [
        ("SKU-A", Decimal("300.00"), 3, Decimal("0.1000"), Decimal("70.0"), 47, ""),
        ("SKU-C", Decimal("250.00"), 0, Decimal("0.0000"), None, 169, "overstock"),
        ("SKU-B", Decimal("20.00"), 3, Decimal("0.6000"), Decimal("0.0"), 16, "stock_out"),
    ]  # fmt: skip
    assert (r.stock_outs, r.overstock, r.low) == (1, 1, 0)
    # Out of stock and low stock: the status bar's own figures, by its definition.
    bar = services.inventory.alerts(actors[Role.SUPERVISOR])
    assert (r.rows_out, r.rows_low) == (bar.out, bar.low)
    assert r.rows_out >= 1  # SKU-B has nothing available in its warehouse
    assert r.ageing == (
        ("0-30", 18, Decimal("150.00")), ("31-60", 17, Decimal("170.00")),
        ("61-90", 0, Decimal("0.00")), ("91-180", 100, Decimal("250.00")),
        (">180", 0, Decimal("0.00")),
    )  # fmt: skip


def test_customer_service(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.service(actors[Role.SUPERVISOR], PERIOD, now=NOW)
    assert r.tickets == 4
    assert r.by_kind == (("complaint", 2), ("feedback", 1), ("inquiry", 1))
    assert r.by_category == (("物流", 2), ("", 1), ("商品", 1))
    assert r.first_response == Percentiles(2, 30, 60)
    assert r.resolution == Percentiles(3, 60, 240)
    assert (r.sla_tracked, r.sla_met, r.sla_rate) == (3, 1, Decimal("0.3333"))
    assert (r.complaints, r.sales_orders, r.complaint_rate) == (2, 3, Decimal("0.6667"))
    assert (r.ratings, r.rating_average) == (3, Decimal("3.67"))
    assert r.rating_distribution == ((1, 0), (2, 1), (3, 0), (4, 1), (5, 1))
    assert r.rating_trend == ((date(2026, 11, 9), 3, Decimal("3.67")),)


def test_logistics_per_carrier(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    r = services.analytics.logistics(actors[Role.SUPERVISOR], PERIOD)
    rows = [(c.code, c.parcels, c.delivered, c.delivery, c.cost, c.cost_per_parcel,
             c.exceptions, c.exception_rate, c.lost, c.damaged, c.returned)
            for c in r.carriers]  # fmt: skip
    assert rows == [
        ("ZTO", 1, 1, Percentiles(1, 1440, 1440), Decimal("8.00"), Decimal("8.00"),
         0, Decimal("0.0000"), 0, 1, 0),
        ("SF", 3, 2, Percentiles(2, 1440, 2880), Decimal("32.00"), Decimal("10.67"),
         1, Decimal("0.3333"), 1, 0, 0),
    ]  # fmt: skip


def test_drill_down_lists_exactly_the_orders_counted(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    a = services.analytics
    boss = actors[Role.SUPERVISOR]
    ids = {v: k for k, v in world.items() if k.startswith("O")}

    def drill(what: Drill, key: str = "") -> list[str]:
        return [ids[i] for i in a.drill(boss, PERIOD, what, key)]

    assert drill(Drill.RETURNS_SKU, "SKU-B") == ["O2"]
    assert drill(Drill.RETURNS_SKU, "SKU-A") == ["O1"]
    assert drill(Drill.RETURNS_REASON, "quality") == ["O1"]
    assert drill(Drill.SALES_DAY, "2026-11-10") == ["O1"]
    assert drill(Drill.SALES_CHANNEL, "jd") == ["O1", "O3"]
    assert drill(Drill.CANCELLED, "客户取消") == ["O5"]
    assert drill(Drill.CANCELLED) == ["O4", "O5"]
    assert drill(Drill.LATE_SHIPMENTS) == ["O2"]
    assert drill(Drill.CARRIER_PARCELS, str(world["SF"])) == ["O1", "O3"]
    assert drill(Drill.COMPLAINTS) == ["O1"]
    briefs = a.orders(boss, a.drill(boss, PERIOD, Drill.RETURNS_SKU, "SKU-B"))
    assert [(b.order_no, b.channel, b.total) for b in briefs] == [("O2", "tmall", Decimal("60.00"))]


def test_reports_need_the_permission_and_a_sane_period(
    services: Services, actors: dict[Role, Actor]
) -> None:
    with pytest.raises(PermissionDenied):
        services.analytics.sales(actors[Role.WAREHOUSE], PERIOD)
    with pytest.raises(ValidationError):
        services.analytics.sales(
            actors[Role.SUPERVISOR], ReportFilter(date(2026, 11, 10), date(2026, 11, 9))
        )
    with pytest.raises(ValidationError):
        services.analytics.sales(
            actors[Role.SUPERVISOR], ReportFilter(date(2025, 1, 1), date(2026, 1, 2))
        )


def test_cost_is_a_moving_average_of_receipts(
    services: Services, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    boss = actors[Role.ADMIN]
    inv = services.inventory
    wh = inv.create_warehouse(boss, code="W9", name="九号仓")
    product = inv.create_product(boss, sku="CUP", name="杯子", warehouse_ids=[wh.id])
    inv.receive(boss, wh.id, [StockLine(product.id, 10, Decimal("5.00"))])
    assert _cost(services, product.id) == Decimal("5.00")
    # (10 × 5.00 + 30 × 7.00) ÷ 40 = 6.50
    inv.receive(boss, wh.id, [StockLine(product.id, 10, Decimal("6.00")),
                              StockLine(product.id, 20, Decimal("7.50"))])  # fmt: skip
    assert _cost(services, product.id) == Decimal("6.50")
    # (40 × 6.50 + 3 × 1.00) ÷ 43 = 6.1163 → 6.12
    inv.receive(boss, wh.id, [StockLine(product.id, 3, Decimal("1.00"))])
    assert _cost(services, product.id) == Decimal("6.12")
    inv.receive(boss, wh.id, [StockLine(product.id, 7)])  # no cost given: the average stays
    assert _cost(services, product.id) == Decimal("6.12")

    def costs(uow):  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        return list(uow.session.scalars(
            select(StockMovement.unit_cost).where(StockMovement.product_id == product.id)
            .order_by(StockMovement.id)
        ))  # fmt: skip

    assert transaction(services.db, None, costs) == [
        Decimal("5.00"), Decimal("7.00"), Decimal("1.00"), None
    ]  # fmt: skip
    services.costs.set_cost(boss, product.id, "8.80")
    assert _cost(services, product.id) == Decimal("8.80")
    with pytest.raises(ValidationError):
        services.costs.set_cost(boss, product.id, "-1")
    sheet = tmp_path / "costs.csv"
    sheet.write_text("SKU,成本\nCUP,3.30\nNOPE,1\nCUP,abc\n", encoding="utf-8")
    result = services.costs.import_costs(boss, str(sheet))
    assert result.updated == 1 and [n for n, _ in result.errors] == [3, 4]
    assert _cost(services, product.id) == Decimal("3.30")
    with pytest.raises(PermissionDenied):
        services.costs.set_cost(actors[Role.CUSTOMER_SERVICE], product.id, "1")


def _cost(services: Services, product_id: int) -> Decimal:
    return transaction(services.db, None, lambda uow: uow.session.get(Product, product_id).cost)


def test_speed_facts_follow_new_events_and_check_db_recounts_them(
    services: Services, actors: dict[Role, Actor], world: dict[str, int]
) -> None:
    from sqlalchemy import update

    from app.integrity import check_database
    from models import OrderSpeedFact

    boss = actors[Role.SUPERVISOR]
    assert services.analytics.speed(boss, PERIOD).pay_to_ship.count == 3
    assert _facts_check(services) == 0

    def ship_o5_copy(uow):  # type: ignore[no-untyped-def]
        # O6 gets paid, reviewed and shipped 10 hours after payment.
        o6 = world["O6"]
        uow.session.execute(update(Order).where(Order.id == o6).values(paid_at=t(14, 4)))
        uow.session.add_all([
            OrderEvent(order_id=o6, ts=t(14, 4), action="pay", from_status="pending_payment",
                       to_status="pending_review"),
            OrderEvent(order_id=o6, ts=t(14, 14), action="ship", from_status="packed",
                       to_status="shipped"),
        ])  # fmt: skip

    transaction(services.db, None, ship_o5_copy)
    r = services.analytics.speed(boss, PERIOD)
    assert r.pay_to_ship == Percentiles(4, 180, 3000) and r.shipped_on_time == 3
    assert _facts_check(services) == 0
    transaction(
        services.db, None,
        lambda uow: uow.session.execute(
            update(OrderSpeedFact).where(OrderSpeedFact.order_id == world["O1"])
            .values(review_min=999)
        ),
    )  # fmt: skip
    assert _facts_check(services) == 1
    assert not check_database(services.db).ok


def _facts_check(services: Services) -> int:
    from app.integrity import check_database

    report = check_database(services.db)
    return next(c for c in report.checks if c.name == "Report facts equal a recount").problem_count


def test_facts_catch_up_in_short_steps_with_progress(
    services: Services,
    actors: dict[Role, Actor],
    world: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big history is folded into the processing-time facts in steps of FACT_EVENTS events
    (each its own short transaction), reporting (done, total) events, and can be cancelled
    between steps; the result equals a recount."""
    from sqlalchemy import func, select

    import app.analytics as analytics

    boss = actors[Role.SUPERVISOR]
    with pytest.raises(PermissionDenied):
        services.analytics.prepare(actors[Role.WAREHOUSE])
    assert services.analytics.prepare(boss, cancelled=lambda: True) == 0  # stopped at once
    top = transaction(services.db, None, lambda uow: uow.session.scalar(
        select(func.max(OrderEvent.id))))  # fmt: skip
    monkeypatch.setattr(analytics, "FACT_EVENTS", 4)
    seen: list[tuple[int, int]] = []
    folded = services.analytics.prepare(boss, lambda done, total: seen.append((done, total)))
    assert folded >= 5  # O1..O5 have a history (a server re-reads a margin: some twice)
    assert seen[0] == (0, top) and seen[-1] == (top, top)
    assert len(seen) >= top // 4 + 1  # one report per step, each at most 4 events on
    assert all(b[0] - a[0] <= 4 and b[0] >= a[0] for a, b in pairwise(seen))
    assert _facts_check(services) == 0
    assert services.analytics.prepare(boss) == 0  # nothing left
    assert services.analytics.speed(boss, PERIOD).pay_to_ship == Percentiles(3, 180, 3000)
