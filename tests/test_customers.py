"""Customers: one-box lookup, the customer screen, masking and reveal, link on intake, merge."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.customers import MatchKind, link_customer, parse_lookup, phone_digits
from app.db import Database
from app.errors import ConfirmationRequired, NotFound, PermissionDenied, ValidationError
from app.permissions import Actor, Role
from app.service_desk import TicketKind, TicketPriority
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import (
    AuditLog,
    Carrier,
    Customer,
    LabelStatus,
    Order,
    OrderStatus,
    Payment,
    Shipment,
    ShipmentStatus,
    Ticket,
    TrackingEvent,
)

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _customer(db: Database, name: str, phone: str, **extra: Any) -> int:
    def work(uow: UnitOfWork) -> int:
        return link_customer(
            uow,
            channel=extra.pop("channel", "taobao"),
            buyer_id=extra.pop("buyer_id", None),
            name=name,
            phone=phone,
            **extra,
        )

    return transaction(db, None, work)


def _order(
    db: Database,
    order_no: str,
    customer_id: int | None,
    *,
    name: str = "",
    phone: str = "",
    status: OrderStatus = OrderStatus.COMPLETED,
    total: str = "100.00",
    paid: str | None = None,
    days_ago: int = 1,
    external_no: str | None = None,
    channel: str = "taobao",
    tracking_no: str | None = None,
    address: str = "中山路1号2栋301室",
) -> int:
    def work(uow: UnitOfWork) -> int:
        s = uow.session
        if customer_id is not None:
            c = s.get(Customer, customer_id)
            assert c is not None
            recipient, tel = name or c.name, phone or c.phone
        else:
            recipient, tel = name, phone
        when = T0 - timedelta(days=days_ago)
        amount = Decimal(total)
        paid_amount = Decimal(paid) if paid is not None else amount
        order = Order(
            order_no=order_no, channel=channel, external_no=external_no, customer_id=customer_id,
            status=status, recipient_name=recipient, recipient_phone=tel,
            phone_last4=phone_digits(tel)[-4:], province="上海市", city="上海市",
            district="浦东新区", address=address, goods_amount=amount, total=amount,
            paid_amount=paid_amount, ordered_at=when, created_at=when,
        )  # fmt: skip
        s.add(order)
        s.flush()
        if paid_amount:
            s.add(Payment(order_id=order.id, method="alipay", amount=paid_amount))
        if tracking_no:
            carrier = s.scalar(select(Carrier).where(Carrier.code == "SF"))
            if carrier is None:
                carrier = Carrier(code="SF", name="顺丰速运")
                s.add(carrier)
                s.flush()
            shipment = Shipment(
                order_id=order.id, carrier_id=carrier.id, tracking_no=tracking_no,
                status=ShipmentStatus.IN_TRANSIT, label_status=LabelStatus.PRINTED,
                shipped_at=when, created_at=when,
            )  # fmt: skip
            s.add(shipment)
            s.flush()
            s.add_all(
                [
                    TrackingEvent(shipment_id=shipment.id, ts=when, status="picked_up",
                                  location="上海", description="快件已揽收"),
                    TrackingEvent(shipment_id=shipment.id, ts=when + timedelta(days=1),
                                  status="in_transit", location="杭州", description="运输中"),
                ]
            )  # fmt: skip
        return order.id

    return transaction(db, None, work)


def _audit(db: Database, action: str) -> list[AuditLog]:
    return read(
        db,
        lambda uow: list(uow.session.scalars(select(AuditLog).where(AuditLog.action == action))),
    )


@pytest.fixture
def agent(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.CUSTOMER_SERVICE]


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    db = services.db
    wang_wei = _customer(db, "王伟", "13812345678", buyer_id="b1")
    wang_weiming = _customer(db, "王伟明", "13900005678", buyer_id="b2")
    li = _customer(db, "李娜", "+86 150-0000-1111", buyer_id="b3")
    _order(db, "KD2026103100001", wang_wei, external_no="1234567890123456", tracking_no="SF1001")
    _order(db, "KD2026103000001", wang_weiming, days_ago=2)
    _order(db, "KD2026102900001", li, days_ago=3)
    return {"wang_wei": wang_wei, "wang_weiming": wang_weiming, "li": li}


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", {"phone": "13812345678", "identifier": "13812345678"}),
        ("+86 138-1234-5678", {"phone": "13812345678", "identifier": "13812345678"}),
        ("5678", {"last4": "5678"}),
        ("5678 王", {"last4": "5678", "name": "王"}),
        ("王 5678", {"last4": "5678", "name": "王"}),
        ("王5678", {"last4": "5678", "name": "王"}),
        ("５６７８ 王", {"last4": "5678", "name": "王"}),  # full-width digits from an IME
        ("KD2026103100001", {"identifier": "KD2026103100001"}),
        ("SF1234", {"last4": "1234", "name": "SF", "identifier": "SF1234"}),
        ("王伟", {"name": "王伟"}),
        ("  ", {}),
    ],
)
def test_the_box_is_read_as_phone_suffix_name_or_number(text: str, expected: dict) -> None:
    query = parse_lookup(text)
    assert {k: v for k, v in vars(query).items() if v} == expected


def test_lookup_by_every_kind_of_input(
    services: Services, agent: Actor, people: dict[str, int]
) -> None:
    lookup = services.customers.lookup

    def first(text: str) -> tuple[int | None, MatchKind]:
        found = lookup(agent, text)
        assert found, text
        return found[0].customer_id, found[0].match

    assert first("13812345678") == (people["wang_wei"], MatchKind.PHONE)
    assert first("15000001111") == (people["li"], MatchKind.PHONE)  # stored as +86 150-…
    assert first("5678 王") == (people["wang_wei"], MatchKind.LAST4_NAME)
    assert {c.customer_id for c in lookup(agent, "王 5678")} == {
        people["wang_wei"],
        people["wang_weiming"],
    }
    assert [c.customer_id for c in lookup(agent, "5678 李")] == []
    assert first("KD2026103000001") == (people["wang_weiming"], MatchKind.ORDER_NO)
    assert first("kd2026103000001") == (people["wang_weiming"], MatchKind.ORDER_NO)
    assert first("1234567890123456") == (people["wang_wei"], MatchKind.EXTERNAL_NO)
    assert first("SF1001") == (people["wang_wei"], MatchKind.TRACKING_NO)
    # A two-character name: the exact match ranks above the longer name it prefixes.
    by_name = lookup(agent, "王伟")
    assert [(c.customer_id, c.match) for c in by_name] == [
        (people["wang_wei"], MatchKind.NAME),
        (people["wang_weiming"], MatchKind.NAME_PREFIX),
    ]
    assert lookup(agent, "nobody") == [] and lookup(agent, "") == []
    assert by_name[0].order_count == 1 and by_name[0].last_order_at is not None


def test_lookup_finds_other_phones_and_unlinked_orders(
    services: Services, agent: Actor, people: dict[str, int]
) -> None:
    db = services.db
    # The customer ordered once for a second phone: the order makes that phone findable.
    _order(db, "KD2026102800001", people["li"], phone="18600002222", name="李娜")
    assert services.customers.lookup(agent, "18600002222")[0].customer_id == people["li"]
    # An order nobody linked to a customer still shows up, without a customer.
    _order(db, "KD2026102700001", None, name="赵敏", phone="13700003333")
    found = services.customers.lookup(agent, "3333 赵")
    assert [(c.customer_id, c.name) for c in found] == [(None, "赵敏")]
    assert found[0].order_id is not None and "****" in found[0].phone


def test_agents_see_masked_contacts_and_every_reveal_is_audited(
    services: Services, actors: dict[Role, Actor], people: dict[str, int]
) -> None:
    agent, admin = actors[Role.CUSTOMER_SERVICE], actors[Role.ADMIN]
    wang = people["wang_wei"]
    masked = services.customers.customer_screen(agent, wang)
    assert masked.profile.phone == "138****5678" and not masked.profile.pii_visible
    assert masked.orders.rows[0].recipient_phone == "138****5678"
    assert all("****" in a for a in masked.addresses_used)
    assert masked.phones_used == ("138****5678",)
    assert services.customers.lookup(agent, "13812345678")[0].phone == "138****5678"
    full = services.customers.customer_screen(admin, wang)
    assert full.profile.phone == "13812345678" and full.profile.pii_visible
    assert "2栋301室" in full.orders.rows[0].address

    revealed = services.customers.reveal(agent, wang)
    assert revealed.phone == "13812345678" and revealed.phones_used == ("13812345678",)
    assert revealed.address == "" and "2栋301室" in revealed.addresses_used[0]
    services.customers.reveal(agent, wang)
    entries = _audit(services.db, "customer.reveal_pii")
    assert [(e.username, e.entity_id) for e in entries] == [(agent.username, str(wang))] * 2
    for role in (Role.ANALYST, Role.WAREHOUSE, Role.REVIEWER):
        with pytest.raises(PermissionDenied):
            services.customers.reveal(actors[role], wang)
    assert len(_audit(services.db, "customer.reveal_pii")) == 2
    with pytest.raises(NotFound):
        services.customers.reveal(agent, 987654)


def test_link_customer_by_buyer_id_then_phone_and_name_else_creates(services: Services) -> None:
    db = services.db

    def link(**kwargs: Any) -> int:
        return transaction(db, None, lambda uow: link_customer(uow, **kwargs))

    first = link(channel="jd", buyer_id="jd-77", name="周杰", phone="13511112222", city="北京市")
    assert link(channel="jd", buyer_id="jd-77", name="周杰伦", phone="") == first  # buyer id
    # Another shop, same person by phone + name: linked, not duplicated.
    assert link(channel="pdd", buyer_id="pdd-1", name="周杰", phone="135 1111 2222") == first
    # A manual order without a buyer id, same phone and name.
    manual = link(channel="manual", buyer_id=None, name="周杰", phone="+8613511112222")
    assert manual == first
    # Same phone, other name: a different person (family members share phones).
    other = link(channel="manual", buyer_id=None, name="周小杰", phone="13511112222")
    assert other != first
    unknown = link(channel="taobao", buyer_id="tb-9", name="吴磊", phone="")
    assert len({first, other, unknown}) == 3
    assert link(channel="taobao", buyer_id="tb-9", name="", phone="") == unknown
    with pytest.raises(ValidationError):
        link(channel="manual", buyer_id=None, name="  ", phone="13500000000")

    def customer(cid: int) -> Customer:
        return read(db, lambda uow: uow.session.get(Customer, cid))

    created = customer(first)
    assert (created.channel, created.channel_buyer_id, created.phone_last4) == (
        "jd",
        "jd-77",
        "2222",
    )
    assert customer(unknown).channel_buyer_id == "tb-9"
    assert len(_audit(db, "customer.create")) == 3


def test_link_customer_gives_a_phone_match_its_platform_identity(services: Services) -> None:
    db = services.db

    def link(**kwargs: Any) -> int:
        return transaction(db, None, lambda uow: link_customer(uow, **kwargs))

    manual = link(channel="manual", buyer_id=None, name="孙丽", phone="13622223333")
    assert link(channel="tmall", buyer_id="tm-5", name="孙丽", phone="13622223333") == manual
    # Next order from the same tmall buyer, new phone: found by the buyer id directly.
    assert link(channel="tmall", buyer_id="tm-5", name="孙丽", phone="13999999999") == manual
    assert len(_audit(db, "customer.link_buyer")) == 1


def test_lifetime_figures(services: Services, agent: Actor) -> None:
    db = services.db
    cid = _customer(db, "钱多多", "13300004444", buyer_id="q1")
    _order(db, "KD2026100100001", cid, total="100.00", days_ago=30)
    _order(db, "KD2026100200001", cid, total="58.50", days_ago=20)
    _order(db, "KD2026100300001", cid, total="999.00", status=OrderStatus.CANCELLED)
    _order(db, "KD2026100400001", cid, total="20.00", paid="0", status=OrderStatus.PENDING_PAYMENT)

    def refund(uow: UnitOfWork) -> None:
        payment = uow.session.scalars(
            select(Payment).join(Order).where(Order.order_no == "KD2026100100001")
        ).one()
        payment.refunded_amount = Decimal("30.00")

    transaction(db, None, refund)
    figures = services.customers.customer_screen(agent, cid).figures
    assert figures.order_count == 4 and figures.cancelled_count == 1
    assert figures.spend == (("CNY", Decimal("158.50")),)
    assert figures.refunded == (("CNY", Decimal("30.00")),)
    assert figures.returns_count == 0
    assert figures.first_order_at == T0 - timedelta(days=30)
    empty = services.customers.customer_screen(agent, _customer(db, "新客", "", buyer_id="n"))
    assert empty.figures.order_count == 0 and empty.figures.spend == ()
    assert empty.orders.rows == () and empty.shipments == () and empty.cases == ()


def test_customer_screen_orders_shipments_tickets(
    services: Services, agent: Actor, people: dict[str, int]
) -> None:
    wang = people["wang_wei"]
    for n in range(2, 6):
        _order(services.db, f"KD20261020{n:05d}", wang, days_ago=10 + n)
    services.service_desk.create_ticket(
        agent, TicketKind.INQUIRY, TicketPriority.NORMAL, "何时到货", customer_id=wang
    )
    screen = services.customers.customer_screen(agent, wang, page_size=2)
    assert screen.orders.total == 5
    assert [o.order_no for o in screen.orders.rows] == ["KD2026103100001", "KD2026102000002"]
    last = services.customers.customer_orders(agent, wang, page=2, page_size=2)
    assert [o.order_no for o in last.rows] == ["KD2026102000005"]
    (shipment,) = screen.shipments
    assert (shipment.tracking_no, shipment.carrier) == ("SF1001", "顺丰速运")
    assert (shipment.last_event, shipment.last_event_location) == ("运输中", "杭州")
    assert [t.subject for t in screen.tickets] == ["何时到货"]
    with pytest.raises(NotFound):
        services.customers.customer_screen(agent, 987654)


def test_profile_edit_blacklist_and_audit(
    services: Services, agent: Actor, people: dict[str, int]
) -> None:
    li = people["li"]
    profile = services.customers.update_profile(
        agent, li, name="李娜娜", phone="13677778888", tags=["VIP", "老客户, VIP"], note="爱买茶叶"
    )
    assert profile.name == "李娜娜" and profile.phone == "136****8888"
    assert profile.tags == ("VIP", "老客户") and profile.note == "爱买茶叶"
    assert services.customers.lookup(agent, "8888 李")[0].customer_id == li
    (entry,) = _audit(services.db, "customer.update")
    changes = json.loads(entry.changes)
    assert changes["phone"][1] == "136****8888"  # masked in the log
    assert "15000001111" not in entry.changes and "13677778888" not in entry.changes
    assert changes["name"] == ["李娜", "李娜娜"]
    with pytest.raises(ValidationError) as masked:
        services.customers.update_profile(agent, li, phone="136****8888")
    assert masked.value.field == "phone"
    with pytest.raises(ValidationError):
        services.customers.update_profile(agent, li, name=" ")
    with pytest.raises(ValidationError):
        services.customers.update_profile(agent, li, phone="call me")

    with pytest.raises(ValidationError) as no_reason:
        services.customers.set_blacklist(agent, li, True, "  ")
    assert no_reason.value.field == "reason"
    listed = services.customers.set_blacklist(agent, li, True, "恶意退货")
    assert listed.is_blacklisted and listed.blacklist_reason == "恶意退货"
    assert services.customers.lookup(agent, "李娜娜")[0].is_blacklisted
    cleared = services.customers.set_blacklist(agent, li, False)
    assert not cleared.is_blacklisted and cleared.blacklist_reason == ""
    assert len(_audit(services.db, "customer.blacklist")) == 1
    assert len(_audit(services.db, "customer.unblacklist")) == 1
    with pytest.raises(PermissionDenied):
        services.customers.set_blacklist(
            Actor(agent.user_id, agent.username, Role.ANALYST), li, True, "x"
        )


def test_merge_moves_everything_to_the_kept_customer(
    services: Services, agent: Actor, people: dict[str, int]
) -> None:
    db = services.db
    keep = _customer(db, "王伟", "", channel="manual")
    dup = people["wang_wei"]
    services.customers.update_profile(agent, dup, tags=["VIP"], note="只收顺丰")
    services.customers.set_blacklist(agent, dup, True, "拒收多次")
    ticket = services.service_desk.create_ticket(
        agent, TicketKind.COMPLAINT, TicketPriority.HIGH, "破损", customer_id=dup
    )
    with pytest.raises(ValidationError):
        services.customers.merge(agent, keep, keep, confirm=True)
    with pytest.raises(ConfirmationRequired) as ask:
        services.customers.merge(agent, keep, dup)
    assert ask.value.params["orders"] == 1 and ask.value.params["tickets"] == 1
    assert "deleted" in str(ask.value)

    result = services.customers.merge(agent, keep, dup, confirm=True)
    assert (result.orders_moved, result.tickets_moved, result.cases_moved) == (1, 1, 0)
    screen = services.customers.customer_screen(agent, keep)
    assert [o.order_no for o in screen.orders.rows] == ["KD2026103100001"]
    assert [t.id for t in screen.tickets] == [ticket.ticket.id]
    profile = screen.profile
    assert profile.phone == "138****5678"  # filled from the duplicate
    assert profile.tags == ("VIP",) and profile.note == "只收顺丰"
    assert profile.is_blacklisted and profile.blacklist_reason == "拒收多次"
    assert profile.channel_buyer_id == "b1"  # the platform identity moved too
    with pytest.raises(NotFound):
        services.customers.customer_screen(agent, dup)
    assert services.customers.lookup(agent, "13812345678")[0].customer_id == keep
    (entry,) = _audit(db, "customer.merge")
    assert json.loads(entry.changes)["merged_customer_id"] == [dup, None]

    def counts(uow: UnitOfWork) -> tuple[int, int]:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Order).where(Order.customer_id == dup)),
            s.scalar(select(func.count()).select_from(Ticket).where(Ticket.customer_id == dup)),
        )

    assert read(db, counts) == (0, 0)
    # The merged customer is gone: linking its buyer id finds the kept one.
    again = transaction(
        db, None, lambda uow: link_customer(uow, channel="taobao", buyer_id="b1", name="王伟")
    )
    assert again == keep
