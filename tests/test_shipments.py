"""Parcels: creation, tracking numbers, the label's life, the table and its exceptions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.permissions import Actor, Role
from app.services import Services
from app.shipments import ShipmentException, ShipmentFilter, ShipmentSort
from app.uow import read, transaction
from models import (
    AuditLog,
    LabelStatus,
    OrderStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
)
from tests.logistics_world import D, World, build_world, make_order

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return build_world(services, admin)


def _order(services: Services, world: World, order_no: str, **kwargs: object) -> int:
    return make_order(
        services.db,
        order_no,
        warehouse_id=world.warehouse_id,
        lines=[(world.shirt_id, "SKU-SHIRT", 2, D("59.00"))],
        **kwargs,  # type: ignore[arg-type]
    )


def _audit(services: Services, shipment_id: int) -> list[tuple[str, str, dict]]:
    def work(uow):  # type: ignore[no-untyped-def]
        rows = uow.session.execute(
            select(AuditLog.action, AuditLog.username, AuditLog.changes)
            .where(AuditLog.entity_type == "shipment", AuditLog.entity_id == str(shipment_id))
            .order_by(AuditLog.seq)
        )
        return [(a, u, json.loads(c)) for a, u, c in rows]

    return read(services.db, work)


def test_parcel_takes_the_pool_number_weight_and_rate(
    services: Services, admin: Actor, world: World
) -> None:
    order_id = _order(services, world, "KD-1")
    services.logistics.create_pool(admin, world.sf, "SF", 7, 9, width=12)
    parcel = services.shipments.create_shipment(admin, "KD-1", world.sf)
    assert parcel.tracking_no == "SF000000000007"
    assert parcel.weight_g == 600 and parcel.cost == D("12.00")  # Guangdong rate, ≤ 1 kg
    assert parcel.service_id == world.sf_std
    assert (parcel.status, parcel.label_status) == (ShipmentStatus.CREATED, LabelStatus.CREATED)
    # Weighed at the pack station: the cost follows the given weight.
    second = services.shipments.create_shipment(admin, "KD-1", world.sf, weight_g=2500)
    assert second.cost == D("16.00") and second.tracking_no == "SF000000000008"
    assert [s.id for s in services.shipments.shipments_of_order(admin, "KD-1")] == [
        parcel.id,
        second.id,
    ]
    # Nothing about the order changed.
    assert services.order_queries.detail(admin, order_id).row.status == OrderStatus.CONFIRMED


def test_typed_tracking_numbers_are_unique_per_carrier(
    services: Services, admin: Actor, world: World
) -> None:
    _order(services, world, "KD-1")
    _order(services, world, "KD-2")
    with pytest.raises(ValidationError) as missing:
        services.shipments.create_shipment(admin, "KD-1", world.zto)
    assert missing.value.field == "tracking_no" and "no tracking-number pool" in str(missing.value)
    first = services.shipments.create_shipment(admin, "KD-1", world.zto, tracking_no=" zt123456 ")
    assert first.tracking_no == "ZT123456"
    with pytest.raises(ValidationError) as duplicate:
        services.shipments.create_shipment(admin, "KD-2", world.zto, tracking_no="ZT123456")
    assert duplicate.value.field == "tracking_no"
    assert str(duplicate.value) == "Tracking number ZT123456 is already used for ZTO"
    # The same number at another carrier is another parcel.
    other = services.shipments.create_shipment(admin, "KD-2", world.sf, tracking_no="ZT123456")
    assert other.carrier_code == "SF"
    with pytest.raises(ValidationError, match="letters, digits"):
        services.shipments.create_shipment(admin, "KD-2", world.zto, tracking_no="ZT 1")


def test_only_confirmed_orders_not_on_hold_get_parcels(
    services: Services, admin: Actor, world: World
) -> None:
    _order(services, world, "KD-NEW", status=OrderStatus.PENDING_REVIEW)
    _order(services, world, "KD-HOLD", on_hold=True)
    with pytest.raises(ConflictError, match="pending_review"):
        services.shipments.create_shipment(admin, "KD-NEW", world.sf, tracking_no="SF1234")
    with pytest.raises(ConflictError, match="on hold"):
        services.shipments.create_shipment(admin, "KD-HOLD", world.sf, tracking_no="SF1234")
    with pytest.raises(NotFound):
        services.shipments.create_shipment(admin, "KD-NONE", world.sf, tracking_no="SF1234")


def test_label_life_with_reasons_and_audit(
    services: Services, actors: dict[Role, Actor], world: World
) -> None:
    clerk = actors[Role.WAREHOUSE]
    _order(services, world, "KD-1")
    parcel = services.shipments.create_shipment(clerk, "KD-1", world.sf, tracking_no="SF9001")
    ship = services.shipments
    printed = ship.mark_label_printed(clerk, parcel.id)
    assert (printed.label_status, printed.print_count) == (LabelStatus.PRINTED, 1)
    with pytest.raises(ConflictError, match="reprint it with a reason"):
        ship.mark_label_printed(clerk, parcel.id)
    with pytest.raises(ValidationError):
        ship.mark_label_printed(clerk, parcel.id, reprint_reason="x" * 501)
    again = ship.mark_label_printed(clerk, parcel.id, reprint_reason="卡纸")
    assert again.print_count == 2
    with pytest.raises(ValidationError, match="Give a reason"):
        ship.void_label(clerk, parcel.id, "  ")
    voided = ship.void_label(clerk, parcel.id, "地址写错")
    assert voided.label_status == LabelStatus.VOIDED
    with pytest.raises(ConflictError, match="voided already"):
        ship.void_label(clerk, parcel.id, "again")
    with pytest.raises(ConflictError):
        ship.mark_label_printed(clerk, parcel.id)
    back = ship.mark_label_printed(clerk, parcel.id, reprint_reason="地址已核实，恢复")
    assert (back.label_status, back.print_count) == (LabelStatus.PRINTED, 3)
    trail = _audit(services, parcel.id)
    assert [a for a, _, _ in trail] == [
        "shipment.create",
        "shipment.label_print",
        "shipment.label_reprint",
        "shipment.label_void",
        "shipment.label_reprint",
    ]
    assert all(user == clerk.username for _, user, _ in trail)
    assert trail[2][2]["reason"] == [None, "卡纸"]
    assert trail[3][2]["reason"] == [None, "地址写错"]
    assert trail[2][2]["print_count"] == [1, 2]
    with pytest.raises(PermissionDenied):
        ship.void_label(actors[Role.ANALYST], parcel.id, "no")


def test_a_parcel_with_the_carrier_cannot_be_voided(
    services: Services, admin: Actor, world: World
) -> None:
    _order(services, world, "KD-1")
    parcel = services.shipments.create_shipment(admin, "KD-1", world.sf, tracking_no="SF9001")
    services.tracking.add_event(admin, parcel.id, NOW - timedelta(hours=1), "揽收")
    with pytest.raises(ConflictError, match="with the carrier already"):
        services.shipments.void_label(admin, parcel.id, "客户取消")


def _parcels(services: Services, admin: Actor, world: World) -> dict[str, int]:
    ids = {}
    for n, (carrier, number) in enumerate(
        [(world.sf, "SF0001"), (world.sf, "SF0002"), (world.zto, "ZT0003"), (world.zto, "ZT0004"),
         (world.zto, "ZT0005"), (world.sf, "SF0006")]
    ):  # fmt: skip
        order_no = f"KD-{n}"
        _order(services, world, order_no, phone="13900001234")
        ids[number] = services.shipments.create_shipment(
            admin, order_no, carrier, tracking_no=number
        ).id

    def backdate(uow):  # type: ignore[no-untyped-def]
        for s in uow.session.scalars(select(Shipment)):
            s.created_at = NOW - timedelta(days=10)

    transaction(services.db, None, backdate)
    return ids


def _events(services: Services, shipment_id: int, *events: tuple[int, str]) -> None:
    def work(uow):  # type: ignore[no-untyped-def]
        for days_ago, status in events:
            uow.session.add(
                TrackingEvent(
                    shipment_id=shipment_id, ts=NOW - timedelta(days=days_ago), status=status
                )
            )

    transaction(services.db, None, work)
    from app.tracking import refresh_statuses

    transaction(services.db, None, lambda uow: refresh_statuses(uow, [shipment_id]))


def test_exceptions_are_counted_and_listed(services: Services, admin: Actor, world: World) -> None:
    p = _parcels(services, admin, world)
    _events(services, p["SF0001"], (9, "picked_up"), (5, "in_transit"))  # quiet 5 days
    _events(services, p["SF0002"], (9, "picked_up"), (1, "in_transit"))  # moving
    _events(services, p["ZT0003"], (9, "picked_up"), (2, "returned"))
    _events(services, p["ZT0004"], (9, "picked_up"), (2, "address_problem"))
    _events(services, p["ZT0005"], (9, "picked_up"), (3, "lost"))
    _events(services, p["SF0006"], (9, "picked_up"), (4, "exception"))
    ship = services.shipments
    counts = ship.exception_counts(admin, now=NOW)
    assert counts == {
        ShipmentException.STALE: 1,
        ShipmentException.RETURNED: 1,
        ShipmentException.LOST: 1,
        ShipmentException.ADDRESS_PROBLEM: 1,
        ShipmentException.DAMAGED: 0,
        ShipmentException.PROBLEM: 1,
    }
    stale = ship.shipment_ids(admin, ShipmentFilter(exception=ShipmentException.STALE), now=NOW)
    assert stale == [p["SF0001"]]
    # Per carrier: SF parcels are late after 6 days, everyone else after 1.
    services.settings.update(admin, "logistics.stale_days", 1)
    services.settings.update(admin, "logistics.stale_days_by_carrier", "sf=6")
    stale = ship.shipment_ids(admin, ShipmentFilter(exception=ShipmentException.STALE), now=NOW)
    assert stale == []
    services.settings.update(admin, "logistics.stale_days_by_carrier", "SF=4")
    stale = ship.shipment_ids(admin, ShipmentFilter(exception=ShipmentException.STALE), now=NOW)
    assert stale == [p["SF0001"]]
    with pytest.raises(ValidationError, match="CODE=days"):
        services.settings.update(admin, "logistics.stale_days_by_carrier", "SF=four")
    rows = {r.tracking_no: r for r in ship.shipment_rows(admin, list(p.values()), now=NOW)}
    assert rows["SF0001"].exception is ShipmentException.STALE
    assert rows["SF0002"].exception is None
    assert rows["ZT0004"].exception is ShipmentException.ADDRESS_PROBLEM
    assert rows["ZT0004"].status is ShipmentStatus.EXCEPTION
    assert rows["ZT0005"].last_event_status == "lost"
    alerts = ship.alerts(admin, now=NOW)
    assert alerts.exception_total == 5


def test_table_filters_sorts_and_searches_in_sql(
    services: Services, admin: Actor, world: World
) -> None:
    p = _parcels(services, admin, world)
    ship = services.shipments
    _events(services, p["ZT0003"], (2, "delivered"))
    by_number = ship.shipment_ids(
        admin, ShipmentFilter(carrier_id=world.zto), ShipmentSort.TRACKING_NO
    )
    assert by_number == [p["ZT0003"], p["ZT0004"], p["ZT0005"]]
    delivered = ship.shipment_ids(admin, ShipmentFilter(status=ShipmentStatus.DELIVERED))
    assert delivered == [p["ZT0003"]]
    assert ship.shipment_ids(admin, ShipmentFilter(search="sf000")) == sorted(
        [p["SF0001"], p["SF0002"], p["SF0006"]], reverse=True
    )
    assert ship.shipment_ids(admin, ShipmentFilter(search="KD-3")) == [p["ZT0004"]]
    assert ship.shipment_ids(admin, ShipmentFilter(search="%")) == []  # a literal, not a wildcard
    services.shipments.mark_label_printed(admin, p["SF0002"])
    printed = ship.shipment_ids(admin, ShipmentFilter(label_status=LabelStatus.PRINTED))
    assert printed == [p["SF0002"]]
    window = ShipmentFilter(created_from=NOW - timedelta(days=11), created_to=NOW)
    assert len(ship.shipment_ids(admin, window)) == 6
    assert ship.shipment_ids(admin, ShipmentFilter(created_from=NOW)) == []
    # Rows come back in the order asked, missing ids left out.
    order = [p["ZT0005"], 987654, p["SF0001"]]
    assert [r.id for r in ship.shipment_rows(admin, order)] == [p["ZT0005"], p["SF0001"]]


def test_recipients_are_masked_for_roles_without_personal_data(
    services: Services, actors: dict[Role, Actor], world: World
) -> None:
    _order(services, world, "KD-1", phone="13912345678")
    parcel = services.shipments.create_shipment(
        actors[Role.ADMIN], "KD-1", world.sf, tracking_no="SF1000"
    )
    full = services.shipments.shipment_rows(actors[Role.SUPERVISOR], [parcel.id])[0]
    masked = services.shipments.shipment_rows(actors[Role.WAREHOUSE], [parcel.id])[0]
    analyst = services.shipments.shipment_rows(actors[Role.ANALYST], [parcel.id])[0]
    assert full.recipient_phone == "13912345678" and "301" in full.address
    assert masked.recipient_phone == analyst.recipient_phone == "139****5678"
    assert "****" in masked.address and "301" not in masked.address
