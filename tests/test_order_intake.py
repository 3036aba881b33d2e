"""One intake (issue 21): manual entry, the import and after-sales resends create orders
through `app.orders.enter_orders`, whose customers are found by the one matching rule of
`customers.link_customer` (channel buyer id, else phone + name, else a new customer),
audited the same way."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app.customers import Buyer, link_customer
from app.orders import enter_orders, link_buyers
from app.permissions import Actor, Role
from app.services import Services
from app.uow import read, transaction
from models import AuditLog, Order
from tests.orders_helpers import DRAFT, catalogue, make_order


def _customer(services: Services, order_id: int) -> int:
    return read(
        services.db,
        lambda uow: uow.session.scalar(select(Order.customer_id).where(Order.id == order_id)),
    )


def _audits(services: Services, action: str) -> list[str]:
    return read(
        services.db,
        lambda uow: list(
            uow.session.scalars(select(AuditLog.changes).where(AuditLog.action == action))
        ),
    )


def test_manual_entry_matches_by_phone_and_name_as_the_import_does(
    services: Services, actors: dict[Role, Actor]
) -> None:
    catalogue(services)
    clerk = actors[Role.REVIEWER]
    first = make_order(services, clerk)
    again = make_order(services, clerk, address="川沙路 1688 号 3 栋 1 室")
    assert _customer(services, again.id) == _customer(services, first.id)
    # The same phone under another name is another buyer (phone-only matching merged them).
    other = make_order(services, clerk, recipient_name="李娜", address="人民路 8 号 1 室")
    assert _customer(services, other.id) != _customer(services, first.id)
    assert len(_audits(services, "customer.link")) == 2  # each new customer, audited
    # A platform buyer of the same phone and name is that customer, by the same rule.
    found = transaction(
        services.db, None,
        lambda uow: link_customer(uow, channel="taobao", buyer_id="tb-1",
                                  name=DRAFT.recipient_name, phone=DRAFT.recipient_phone),
    )  # fmt: skip
    assert found == _customer(services, first.id)


def test_link_buyers_is_link_customer_for_many(services: Services) -> None:
    first = transaction(
        services.db, None,
        lambda uow: link_buyers(uow, [Buyer("taobao", "tb-9", "王伟", "13900001111")]),
    )  # fmt: skip
    buyers = [
        Buyer("jd", "", "王伟", "139 0000 1111"),  # the same person: phone + name
        Buyer("jd", "", "王伟", "13900002222"),  # another phone: another customer
        Buyer("taobao", "tb-9", "王小伟", ""),  # the platform's buyer id comes first
    ]
    linked = transaction(services.db, None, lambda uow: link_buyers(uow, buyers))
    assert linked.ids[0] == linked.ids[2] == first.ids[0] != linked.ids[1]
    assert len(linked.created) == 1
    assert len(_audits(services, "customer.link")) == 2  # one entry per call that created


def test_a_resend_keeps_the_cases_customer(services: Services, actors: dict[Role, Actor]) -> None:
    from app.orders.intake import create_in

    catalogue(services)
    clerk = actors[Role.REVIEWER]
    first = make_order(services, clerk)
    customer = _customer(services, first.id)
    draft = replace(DRAFT, recipient_name="另一个人", paid_amount=DRAFT.paid_amount)
    ref = transaction(
        services.db, clerk,
        lambda uow: create_in(uow, draft, "case-1:resend", origin="resend",
                              parent_order_id=first.id, customer_id=customer),
    )  # fmt: skip
    assert _customer(services, ref.id) == customer
    assert enter_orders.__module__ == create_in.__module__ == "app.orders.intake"
