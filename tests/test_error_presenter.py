"""One error presenter (issue 21): an error's parameters are typed (a state is its enum), and
`ui.errors.error_text` names each in the reader's language by its type. The same English word
("shipped") is an order's state in one message and a parcel's in another; nothing is guessed
from the message's text."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.errors import AppError, StateConflict
from app.permissions import Actor
from app.services import Services
from app.shipments import ShipmentStatus
from app.states import OrderAction, OrderStatus
from tests.logistics_world import D, build_world, make_order
from ui.errors import error_text
from ui.i18n import install_translators, shipment_status_label, status_label
from ui.orders.labels import action_label

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _refused(call: object) -> AppError:
    assert callable(call)
    with pytest.raises(AppError) as caught:
        call()
    return caught.value


def test_order_and_parcel_states_are_named_by_their_type(
    services: Services, admin: Actor, chinese: None
) -> None:
    world = build_world(services, admin)
    lines = [(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))]
    make_order(services.db, "KD-1", lines=lines, warehouse_id=world.warehouse_id)
    make_order(services.db, "KD-2", lines=lines, warehouse_id=world.warehouse_id,
               status=OrderStatus.SHIPPED)  # fmt: skip
    parcel = services.shipments.create_shipment(admin, "KD-1", world.sf, tracking_no="SF9001")
    services.tracking.add_event(admin, parcel.id, datetime.now(UTC) - timedelta(hours=1), "揽收")

    void = _refused(lambda: services.shipments.void_label(admin, parcel.id, "客户取消"))
    late = _refused(lambda: services.shipments.create_shipment(admin, "KD-2", world.sf))

    assert isinstance(void, StateConflict) and isinstance(late, StateConflict)
    assert isinstance(void.status, ShipmentStatus) and isinstance(late.status, OrderStatus)
    parcel_words = shipment_status_label(void.status)
    order_words = status_label(OrderStatus.SHIPPED)
    assert parcel_words != void.status.value and order_words != "shipped"
    assert parcel_words in error_text(void) and order_words not in error_text(void)
    assert order_words in error_text(late) and "shipped" not in error_text(late)
    assert "SF9001" in error_text(void) and "KD-2" in error_text(late)


def test_an_order_refusal_names_state_action_and_time_in_the_readers_words(
    services: Services, admin: Actor, chinese: None
) -> None:
    world = build_world(services, admin)
    lines = [(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))]
    order_id = make_order(services.db, "KD-7", lines=lines, warehouse_id=world.warehouse_id,
                          status=OrderStatus.COMPLETED)  # fmt: skip
    refused = _refused(lambda: services.orders.return_for_correction(admin, order_id, "地址"))
    assert isinstance(refused, StateConflict)
    assert refused.params["action"] is OrderAction.RETURN_FOR_CORRECTION
    text = error_text(refused)
    assert status_label(OrderStatus.COMPLETED) in text
    assert action_label(OrderAction.RETURN_FOR_CORRECTION) in text
    assert "completed" not in text and "return_for_correction" not in text
    # The English message (logs, command line) keeps the plain values.
    assert "is completed" in str(refused)


def test_typed_parameters_survive_the_trip_between_processes(
    services: Services, admin: Actor, chinese: None
) -> None:
    world = build_world(services, admin)
    lines = [(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))]
    make_order(services.db, "KD-3", lines=lines, warehouse_id=world.warehouse_id,
               status=OrderStatus.DELIVERED)  # fmt: skip
    refused = _refused(lambda: services.shipments.create_shipment(admin, "KD-3", world.sf))
    back = pickle.loads(pickle.dumps(refused))  # the import's parser runs in a second process
    assert type(back) is type(refused) and back.params["status"] is OrderStatus.DELIVERED
    assert error_text(back) == error_text(refused)
    assert status_label(OrderStatus.DELIVERED) in error_text(back)
