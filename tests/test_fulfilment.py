"""Fulfilment on every backend: waves, the pick list, the pack station's checks, shipping with
stock out, the race of two workstations shipping one order, and delivery from tracking."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import AppError, ConflictError, NotFound, ValidationError
from app.fulfilment import (
    PackingLine,
    PackingSession,
    ScanResult,
    WaveStatus,
    weight_off,
)
from app.integrity import check_database
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from app.uow import read
from models import AuditLog, OrderEvent, PackRecord, Shipment, StockMovement, utcnow
from tests.fulfilment_helpers import (
    KETTLE_BARCODE,
    SHIRT_BARCODE,
    confirmed_order,
    order_no,
    order_status,
    shop,
    stock_level,
)
from tests.logistics_world import World
from tests.orders_helpers import set_order
from tests.test_documents import decode, pdf_text, render_png, squash


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return shop(services, admin)


def _scans(shirts: int = 2, kettles: int = 1) -> list[str]:
    return [SHIRT_BARCODE] * shirts + [KETTLE_BARCODE] * kettles


def _picking(services: Services, admin: Actor, count: int = 1, **kwargs: Any) -> list[int]:
    ids = [confirmed_order(services, admin, **kwargs) for _ in range(count)]
    result = services.fulfilment.create_wave(admin, ids)
    assert list(result.succeeded) == ids, result.failed
    return ids


def _packed(services: Services, admin: Actor, **kwargs: Any) -> int:
    (order_id,) = _picking(services, admin, **kwargs)
    services.fulfilment.complete_packing(admin, order_id, _scans())
    return order_id


def _parcels(services: Services, order_id: int) -> list[Shipment]:
    return read(
        services.db,
        lambda uow: list(
            uow.session.scalars(
                select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id)
            )
        ),
    )


# -- waves --------------------------------------------------------------------------------------


def test_a_wave_takes_confirmed_orders_and_reports_the_others(
    services: Services, admin: Actor, world: World
) -> None:
    a = confirmed_order(services, admin)
    b = confirmed_order(services, admin, (("SKU-SHIRT", 1),))
    held = confirmed_order(services, admin)
    services.orders.hold(admin, held, "地址待核实")
    pending = services.orders.create(admin, _draft()).id
    result = services.fulfilment.create_wave(admin, [a, held, b, pending, 987654])
    assert result.succeeded == (a, b)
    reasons = {f.order_id: f.error for f in result.failed}
    assert set(reasons) == {held, pending, 987654}
    assert "on hold" in str(reasons[held])
    assert "pending_review" in str(reasons[pending]) and "cannot be pick" in str(reasons[pending])
    assert isinstance(reasons[987654], NotFound)
    wave = result.wave
    assert wave is not None and wave.wave_no.startswith("WV") and len(wave.wave_no) == 15
    assert (wave.orders, wave.picking, wave.status) == (2, 2, WaveStatus.OPEN)
    assert wave.warehouse_id == world.warehouse_id and wave.warehouse_code == "SH"
    assert order_status(services, a) == order_status(services, b) == OrderStatus.PICKING
    assert order_status(services, held) == OrderStatus.CONFIRMED
    notes = read(
        services.db,
        lambda uow: uow.session.scalar(
            select(OrderEvent.note).where(OrderEvent.order_id == a, OrderEvent.action == "pick")
        ),
    )
    assert notes == wave.wave_no
    # An order in a wave cannot join another one; nothing joins, so no wave is made.
    again = services.fulfilment.create_wave(admin, [a])
    assert again.wave is None and again.succeeded == ()
    assert "already picking" in str(again.failed[0].error)
    assert [w.wave_no for w in services.fulfilment.list_waves(admin)] == [wave.wave_no]
    assert check_database(services.db).ok


def test_a_wave_is_picked_in_one_warehouse(services: Services, admin: Actor, world: World) -> None:
    a = confirmed_order(services, admin)
    b = confirmed_order(services, admin)
    set_order(services, b, warehouse_id=world.other_warehouse_id)
    with pytest.raises(ValidationError, match=r"2 warehouses \(GZ, SH\)"):
        services.fulfilment.create_wave(admin, [a, b])
    assert order_status(services, a) == OrderStatus.CONFIRMED
    by_rule = services.fulfilment.create_wave_by_rule(admin, world.warehouse_id, limit=10)
    assert by_rule.succeeded == (a,)


def test_wave_by_rule_single_item_orders_first_and_one_carrier(
    services: Services, admin: Actor, world: World
) -> None:
    older_multi = confirmed_order(services, admin)
    single = confirmed_order(services, admin, (("SKU-KETTLE", 1),))
    single_zto = confirmed_order(services, admin, (("SKU-SHIRT", 1),))
    set_order(services, older_multi, carrier_id=world.sf)
    set_order(services, single, carrier_id=world.sf)
    set_order(services, single_zto, carrier_id=world.zto)
    fulfilment = services.fulfilment
    candidates = fulfilment.wave_candidates(admin, world.warehouse_id)
    assert [c.order_id for c in candidates] == [older_multi, single, single_zto]
    assert candidates[0].units == 3 and candidates[0].lines == 2
    assert candidates[0].items == "纯棉T恤 ×2; 电水壶 ×1"
    only_single = fulfilment.wave_candidates(admin, world.warehouse_id, single_item_only=True)
    assert [c.order_id for c in only_single] == [single, single_zto]
    result = fulfilment.create_wave_by_rule(admin, world.warehouse_id, world.sf, limit=1)
    assert result.succeeded == (single,)
    result = fulfilment.create_wave_by_rule(
        admin, world.warehouse_id, single_item_first=False, limit=5
    )
    assert result.succeeded == (older_multi, single_zto)
    with pytest.raises(ValidationError, match="No confirmed order"):
        fulfilment.create_wave_by_rule(admin, world.warehouse_id)
    with pytest.raises(ValidationError, match="at most 1000"):
        fulfilment.create_wave_by_rule(admin, world.warehouse_id, limit=1001)


def test_pick_list_groups_by_sku_in_bin_order(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    a = confirmed_order(services, admin, (("SKU-SHIRT", 2), ("SKU-KETTLE", 1)))
    b = confirmed_order(services, admin, (("SKU-SHIRT", 3),))
    wave = services.fulfilment.create_wave(admin, [a, b]).wave
    assert wave is not None
    data = services.fulfilment.pick_list(admin, wave.id)
    assert data.wave_no == wave.wave_no and data.warehouse_name == "上海仓"
    # A-2 before A-10: bins in walking (natural) order, one row per SKU.
    assert [(r.bin_code, r.sku, r.total_qty) for r in data.rows] == [
        ("A-2", "SKU-KETTLE", 1),
        ("A-10", "SKU-SHIRT", 5),
    ]
    numbers = {a: order_no(services, a), b: order_no(services, b)}
    assert dict(data.rows[1].orders) == {numbers[a]: 2, numbers[b]: 3}
    assert data.rows[0].barcode == KETTLE_BARCODE and data.rows[1].name == "纯棉T恤"
    out = services.fulfilment.pick_list_pdf(admin, wave.id, str(tmp_path / "pick.pdf"))
    text = squash(pdf_text(Path(out)))
    assert wave.wave_no in text and "上海仓" in text
    assert text.index("A-2") < text.index("A-10")
    assert f"{numbers[a]}×2" in text and f"{numbers[b]}×3" in text
    # Packed orders leave the list; a wave with nothing left says so.
    services.fulfilment.complete_packing(admin, a, _scans())
    assert [r.total_qty for r in services.fulfilment.pick_list(admin, wave.id).rows] == [3]
    services.fulfilment.complete_packing(admin, b, [SHIRT_BARCODE] * 3)
    with pytest.raises(ValidationError, match="Nothing left to pick"):
        services.fulfilment.pick_list(admin, wave.id)
    assert services.fulfilment.list_waves(admin)[0].status is WaveStatus.PICKED
    closed = services.fulfilment.close_wave(admin, wave.id)
    assert closed.status is WaveStatus.CLOSED and closed.packed == 2
    assert services.fulfilment.list_waves(admin) == []
    with pytest.raises(ConflictError, match="closed already"):
        services.fulfilment.close_wave(admin, wave.id)


# -- the pack station ---------------------------------------------------------------------------


def _line(sku: str, barcode: str, qty: int) -> PackingLine:
    return PackingLine(sku=sku, name=sku, barcode=barcode, qty=qty, bin_code="", weight_g=100)


@pytest.mark.sqlite_only
def test_packing_session_counts_refuses_and_undoes() -> None:
    session = PackingSession(
        [_line("SKU-A", "111", 2), _line("SKU-B", "", 1), _line("SKU-A", "111", 1)]
    )
    assert session.units_total == 4 and not session.complete
    assert session.scan("111").result is ScanResult.RIGHT
    assert session.scan("999").result is ScanResult.WRONG  # not in the order
    assert session.scan(" sku-b ").result is ScanResult.RIGHT  # the SKU, any case
    extra = session.scan("SKU-B")
    assert (extra.result, extra.line, extra.scanned, extra.qty) == (ScanResult.EXTRA, 1, 1, 1)
    assert session.scan("111").scanned == 2
    third = session.scan("111")  # the same product on a second line
    assert (third.result, third.line) == (ScanResult.RIGHT, 2)
    assert session.complete and session.scan("111").result is ScanResult.EXTRA
    assert session.undo() == 2 and not session.complete
    assert session.scanned_codes == ["111", "SKU-B", "111"]
    assert session.undo() == 0 and session.undo() == 1 and session.undo() == 0
    assert session.undo() is None and session.units_scanned == 0
    assert weight_off(1000, 1120, 10) and not weight_off(1000, 1100, 10)
    assert not weight_off(0, 5000, 10)  # no catalogue weight: nothing to compare


def test_pack_station_packs_prints_the_label_and_records_the_packer(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    services.settings.update(admin, "fulfilment.label_folder", str(tmp_path / "labels"))
    (order_id,) = _picking(services, admin)
    number = order_no(services, order_id)
    job = services.fulfilment.load_for_packing(admin, f"  {number} ")
    assert (job.order_id, job.order_no, job.units) == (order_id, number, 3)
    assert [(ln.sku, ln.barcode, ln.qty, ln.bin_code) for ln in job.lines] == [
        ("SKU-SHIRT", SHIRT_BARCODE, 2, "A-10"),
        ("SKU-KETTLE", KETTLE_BARCODE, 1, "A-2"),
    ]
    assert job.expected_weight_g == 1800 and job.recipient_name == "欧阳娜娜"
    started = utcnow() - timedelta(seconds=40)
    result = services.fulfilment.complete_packing(admin, order_id, _scans(), started_at=started)
    assert order_status(services, order_id) == OrderStatus.PACKED
    (parcel,) = _parcels(services, order_id)
    # No carrier was confirmed: the cheapest (ZTO) is suggested; the number comes from its pool.
    assert parcel.tracking_no == "ZT0000000001" and result.tracking_nos == ("ZT0000000001",)
    assert parcel.label_status == "printed" and parcel.print_count == 1
    assert parcel.status == "created"
    assert result.label_path == str(tmp_path / "labels" / f"{number}-ZT0000000001.pdf")
    assert not result.label_printed_before and result.printed_to == ""
    text = squash(pdf_text(Path(result.label_path)))
    assert "欧阳娜娜" in text and "ZT0000000001" in text
    assert result.stats.packed_today == 1 and result.stats.packed_last_hour == 1
    record = read(services.db, lambda uow: uow.session.scalars(select(PackRecord)).one())
    assert (record.order_id, record.packer_id, record.scans) == (order_id, admin.user_id, 3)
    assert record.finished_at is not None
    assert 39 <= (record.finished_at - record.started_at).total_seconds() < 120
    assert services.fulfilment.packer_stats(admin).packed_today == 1
    # The same order scanned again (or at another station) is refused, and by its label too.
    with pytest.raises(ConflictError, match="is packed"):
        services.fulfilment.load_for_packing(admin, number)
    with pytest.raises(ConflictError, match="is packed"):
        services.fulfilment.load_for_packing(admin, "ZT0000000001")
    with pytest.raises(ConflictError, match="already packed"):
        services.fulfilment.complete_packing(admin, order_id, _scans())
    with pytest.raises(NotFound, match="Nothing found for 12345"):
        services.fulfilment.load_for_packing(admin, "12345")
    assert check_database(services.db).ok


def test_complete_packing_checks_the_scans_again(
    services: Services, admin: Actor, world: World
) -> None:
    (order_id,) = _picking(services, admin)
    fulfilment = services.fulfilment
    for scans, problem in (
        (_scans(shirts=1), "SKU-SHIRT 1/2"),
        ([*_scans(), "6900000000000"], "6900000000000 ∉"),
        (_scans(kettles=2), f"{KETTLE_BARCODE} +1"),
        ([], "SKU-KETTLE 0/1"),
    ):
        with pytest.raises(ValidationError, match="do not match") as caught:
            fulfilment.complete_packing(admin, order_id, scans)
        assert problem in str(caught.value)
    with pytest.raises(ValidationError):
        fulfilment.complete_packing(admin, order_id, "6901234000017")  # type: ignore[arg-type]
    assert order_status(services, order_id) == OrderStatus.PICKING
    assert _parcels(services, order_id) == []
    records = read(services.db, lambda uow: uow.session.scalar(select(func.count(PackRecord.id))))
    assert records == 0
    # A confirmed order not in a wave is not packed by mistake.
    loose = confirmed_order(services, admin)
    with pytest.raises(ConflictError, match="not in a pick wave"):
        fulfilment.load_for_packing(admin, order_no(services, loose))


def test_the_weight_check(services: Services, admin: Actor, world: World) -> None:
    services.settings.update(admin, "fulfilment.weight_check", True)
    (order_id,) = _picking(services, admin)  # 2 shirts + 1 kettle = 1,800 g
    with pytest.raises(ValidationError, match="Weigh the parcel"):
        services.fulfilment.complete_packing(admin, order_id, _scans())
    with pytest.raises(ValidationError, match="should weigh about 1800 g"):
        services.fulfilment.complete_packing(admin, order_id, _scans(), 2100)
    services.fulfilment.complete_packing(admin, order_id, _scans(), 1900)
    assert _parcels(services, order_id)[0].weight_g == 1900
    setup = services.fulfilment.station_setup(admin)
    assert setup.weight_check and setup.weight_tolerance_percent == 10


# -- shipping -----------------------------------------------------------------------------------


def test_ship_takes_the_goods_out_of_stock_once(
    services: Services, admin: Actor, world: World
) -> None:
    order_id = _packed(services, admin)
    unpacked = confirmed_order(services, admin)
    assert stock_level(services, world.shirt_id, world.warehouse_id) == (100, 4)
    candidates = services.fulfilment.ship_candidates(admin)
    assert [c.order_id for c in candidates] == [order_id] and candidates[0].labels_printed
    result = services.fulfilment.ship(admin, [order_id, unpacked])
    assert result.succeeded == (order_id,)
    assert [f.order_id for f in result.failed] == [unpacked]
    assert "cannot be ship" in str(result.failed[0].error)
    assert order_status(services, order_id) == OrderStatus.SHIPPED
    assert stock_level(services, world.shirt_id, world.warehouse_id) == (98, 2)
    assert stock_level(services, world.kettle_id, world.warehouse_id) == (49, 1)
    (parcel,) = _parcels(services, order_id)
    assert parcel.status == "shipped" and parcel.shipped_at is not None
    again = services.fulfilment.ship(admin, [order_id])
    assert again.succeeded == () and isinstance(again.failed[0].error, ConflictError)
    assert "already shipped by admin" in str(again.failed[0].error)
    moves = read(
        services.db,
        lambda uow: uow.session.execute(
            select(StockMovement.product_id, StockMovement.on_hand_delta).where(
                StockMovement.kind == "ship"
            )
        ).all(),
    )
    assert sorted(moves) == sorted([(world.shirt_id, -2), (world.kettle_id, -1)])
    assert check_database(services.db).ok


def test_ship_needs_a_printed_label(services: Services, admin: Actor, world: World) -> None:
    order_id = _packed(services, admin)
    number = order_no(services, order_id)
    extra = services.shipments.create_shipment(admin, number, world.sf)  # label not printed
    result = services.fulfilment.ship(admin, [order_id])
    assert "is not printed yet" in str(result.failed[0].error)
    assert order_status(services, order_id) == OrderStatus.PACKED
    assert stock_level(services, world.shirt_id, world.warehouse_id) == (100, 2)
    services.shipments.void_label(admin, extra.id, "多建了一个包裹")
    assert services.fulfilment.ship(admin, [order_id]).succeeded == (order_id,)


def _race(calls: list[Callable[[], Any]]) -> list[Any]:
    results: list[Any] = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i: int) -> None:
        start.wait(30)
        try:
            results[i] = calls[i]()
        except AppError as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_two_workstations_ship_the_same_order(
    services: Services, admin: Actor, world: World, db_url: str
) -> None:
    """Each workstation has its own database connection pool: exactly one ships the order,
    the other is told it was shipped already, and stock goes out once."""
    from app.db import open_database

    orders = [_packed(services, admin) for _ in range(3)]
    other = Services.for_database(open_database(db_url))
    try:
        results = _race(
            [
                lambda: services.fulfilment.ship(admin, orders),
                lambda: other.fulfilment.ship(admin, list(reversed(orders))),
            ]
        )
    finally:
        other.close()
    assert all(not isinstance(r, AppError) for r in results), results
    shipped = sorted([*results[0].succeeded, *results[1].succeeded])
    assert shipped == sorted(orders)  # each order exactly once
    losses = [f.error for r in results for f in r.failed]
    assert len(losses) == 3 and all(isinstance(e, ConflictError) for e in losses)
    assert all("already shipped by admin at" in str(e) for e in losses)
    assert stock_level(services, world.shirt_id, world.warehouse_id) == (94, 0)
    assert stock_level(services, world.kettle_id, world.warehouse_id) == (47, 0)
    ships = read(
        services.db,
        lambda uow: uow.session.scalar(
            select(func.count(StockMovement.id)).where(StockMovement.kind == "ship")
        ),
    )
    assert ships == 6
    assert check_database(services.db).ok


# -- delivery -----------------------------------------------------------------------------------


def test_the_order_is_delivered_when_all_its_parcels_are(
    services: Services, admin: Actor, world: World
) -> None:
    order_id = _packed(services, admin)
    number = order_no(services, order_id)
    second = services.shipments.create_shipment(admin, number, world.sf)
    services.shipments.mark_label_printed(admin, second.id)
    voided = services.shipments.create_shipment(admin, number, world.sf)
    services.shipments.void_label(admin, voided.id, "打印机卡纸")
    assert services.fulfilment.ship(admin, [order_id]).succeeded == (order_id,)
    first = _parcels(services, order_id)[0]
    now = utcnow().replace(microsecond=0)
    services.tracking.add_event(admin, first.id, now - timedelta(hours=2), "已签收")
    assert order_status(services, order_id) == OrderStatus.SHIPPED  # one parcel still out
    services.tracking.add_event(admin, second.id, now - timedelta(hours=1), "已签收")
    assert order_status(services, order_id) == OrderStatus.DELIVERED
    history = read(
        services.db,
        lambda uow: uow.session.execute(
            select(OrderEvent.user_id, OrderEvent.note).where(
                OrderEvent.order_id == order_id, OrderEvent.action == "deliver"
            )
        ).all(),
    )
    assert history == [(None, ", ".join(sorted([first.tracking_no, second.tracking_no])))]
    hooks = read(
        services.db,
        lambda uow: [
            json.loads(c)
            for c in uow.session.scalars(
                select(AuditLog.changes).where(AuditLog.action == "order.deliver")
            )
        ],
    )
    assert hooks == [{"status": ["shipped", "delivered"], "note": [None, history[0][1]]}]


def test_tracking_before_the_hand_over(services: Services, admin: Actor, world: World) -> None:
    """A parcel the carrier scanned before the order was shipped keeps its status, and an
    order whose parcels are all delivered by then goes straight on to 已签收."""
    order_id = _packed(services, admin)
    (parcel,) = _parcels(services, order_id)
    now = utcnow().replace(microsecond=0)
    services.tracking.add_event(admin, parcel.id, now - timedelta(hours=3), "已揽收")
    assert order_status(services, order_id) == OrderStatus.PACKED
    services.tracking.add_event(admin, parcel.id, now - timedelta(hours=1), "已签收")
    assert order_status(services, order_id) == OrderStatus.PACKED  # not shipped yet: stays
    assert services.fulfilment.ship(admin, [order_id]).succeeded == (order_id,)
    assert order_status(services, order_id) == OrderStatus.DELIVERED
    (after,) = _parcels(services, order_id)
    assert after.status == "delivered" and after.shipped_at is not None
    assert check_database(services.db).ok


def _draft() -> Any:
    from dataclasses import replace
    from decimal import Decimal

    from app.orders import DraftLine
    from tests.orders_helpers import DRAFT

    return replace(
        DRAFT, lines=(DraftLine("SKU-SHIRT", 1),), shipping_fee=Decimal(0), paid_amount=Decimal(0)
    )


@pytest.mark.sqlite_only
def test_a_label_decodes_to_its_tracking_number(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    services.settings.update(admin, "fulfilment.label_folder", str(tmp_path))
    (order_id,) = _picking(services, admin)
    result = services.fulfilment.complete_packing(admin, order_id, _scans())
    assert result.label_path is not None
    png = render_png(Path(result.label_path), 1, tmp_path, dpi=300)
    assert ("CODE-128", result.tracking_nos[0]) in decode(png)
