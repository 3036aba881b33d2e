"""Tracking events: carrier files (xlsx, CSV in UTF-8 and GBK), manual entry, the timeline,
and the parcel status that follows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.permissions import Actor, Role
from app.services import Services
from app.tracking import TrackingStatus, normalise_status, parse_time
from app.uow import read
from models import AuditLog, ShipmentStatus
from tests.logistics_world import D, World, build_world, make_order

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return build_world(services, admin)


@pytest.fixture
def parcels(services: Services, admin: Actor, world: World) -> dict[str, int]:
    ids = {}
    for n, (carrier, number) in enumerate(
        [(world.sf, "SF1001"), (world.sf, "SF1002"), (world.zto, "ZT2001"), (world.zto, "SF1001")]
    ):
        make_order(
            services.db, f"KD-{n}", warehouse_id=world.warehouse_id,
            lines=[(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
        )  # fmt: skip
        parcel = services.shipments.create_shipment(admin, f"KD-{n}", carrier, tracking_no=number)
        ids[f"{parcel.carrier_code}:{number}"] = parcel.id
    return ids


def _carrier_id(services: Services, admin: Actor, code: str) -> int:
    return next(c.id for c in services.logistics.list_carriers(admin) if c.code == code)


def _local(moment: datetime) -> str:
    """How a carrier file writes a time: local wall time, no zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _xlsx(path: Path, header: list[str], rows: list[list[object]], title: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append(["顺丰速运 轨迹导出 2026-11-20"])  # a title row above the header
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (("已揽收",), TrackingStatus.PICKED_UP),
        (("运输中",), TrackingStatus.IN_TRANSIT),
        (("", "快件到达【杭州转运中心】"), TrackingStatus.IN_TRANSIT),
        (("派送中",), TrackingStatus.OUT_FOR_DELIVERY),
        (("已签收",), TrackingStatus.DELIVERED),
        (("", "已签收，签收人：本人"), TrackingStatus.DELIVERED),
        (("拒收退回",), TrackingStatus.RETURNED),
        (("丢失",), TrackingStatus.LOST),
        (("地址异常",), TrackingStatus.ADDRESS_PROBLEM),
        (("派送异常",), TrackingStatus.EXCEPTION),
        (("Out for delivery",), TrackingStatus.OUT_FOR_DELIVERY),
        (("Delivered",), TrackingStatus.DELIVERED),
        (("picked_up",), TrackingStatus.PICKED_UP),
        (("in_transit",), TrackingStatus.IN_TRANSIT),
        (("???", "???"), None),
    ],
)
def test_status_words_are_normalised(texts: tuple[str, ...], status: TrackingStatus | None) -> None:
    assert normalise_status(*texts) is status


@pytest.mark.sqlite_only
def test_times_in_carrier_formats() -> None:
    local = datetime(2026, 11, 18, 17, 30)
    expected = local.astimezone().astimezone(UTC)
    for text in ("2026-11-18 17:30:00", "2026/11/18 17:30", "2026年11月18日 17:30", local):
        assert parse_time(text) == expected
    assert parse_time("2026-11-18T17:30:00+08:00") == datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    with pytest.raises(ValidationError):
        parse_time("昨天下午")
    with pytest.raises(ValidationError):
        parse_time("")


def test_xlsx_import_with_chinese_headers_updates_parcels(
    services: Services, admin: Actor, parcels: dict[str, int], tmp_path: Path
) -> None:
    rows = [
        ["SF1001", _local(T0), "广州", "已揽收", "顺丰速运 已收取快件"],
        ["SF1001", T0.astimezone().replace(tzinfo=None) + timedelta(days=1), "深圳", "派送中",
         "快件交给李师傅，正在派送途中"],
        ["SF1001", _local(T0 + timedelta(days=1, hours=3)), "深圳", "已签收", "本人签收"],
        ["SF1002", _local(T0), "广州", "", "快件已揽收"],
        ["SF9999", _local(T0), "广州", "已揽收", ""],  # unknown number
        ["ZT2001", "昨天", "杭州", "运输中", ""],  # unreadable time
        ["ZT2001", _local(T0), "杭州", "神秘状态", "？"],  # unknown status
        [None, None, None, None, None],  # an empty row is no row
    ]  # fmt: skip
    path = _xlsx(tmp_path / "轨迹.xlsx", ["运单号", "时间", "地点", "状态", "描述"], rows)
    seen: list[tuple[int, int]] = []
    sf = _carrier_id(services, admin, "SF")
    result = services.tracking.import_tracking(
        admin, str(path), lambda done, total: seen.append((done, total)), carrier_id=sf
    )
    assert (result.total_rows, result.added, result.duplicates) == (7, 4, 0)
    assert [(p.row_no, p.tracking_no) for p in result.problems] == [
        (8, "SF9999"),
        (9, "ZT2001"),
        (10, "ZT2001"),
    ]
    assert "Unknown tracking number SF9999" in result.problems[0].reason
    assert "Cannot read the time 昨天" in result.problems[1].reason
    assert "Unknown tracking status 神秘状态" in result.problems[2].reason
    assert seen[-1] == (7, 7)
    assert result.delivered == 1 and result.shipments_updated == 2
    rows_now = {
        r.id: r
        for r in services.shipments.shipment_rows(
            admin, [parcels["SF:SF1001"], parcels["SF:SF1002"], parcels["ZTO:SF1001"]]
        )
    }
    delivered = rows_now[parcels["SF:SF1001"]]
    assert delivered.status is ShipmentStatus.DELIVERED
    assert delivered.delivered_at == T0 + timedelta(days=1, hours=3)
    assert rows_now[parcels["SF:SF1002"]].status is ShipmentStatus.IN_TRANSIT
    # The same number at ZTO was not touched: the file was SF's.
    assert rows_now[parcels["ZTO:SF1001"]].status is ShipmentStatus.CREATED
    timeline = services.tracking.timeline(admin, parcels["SF:SF1001"])
    assert [e.status for e in timeline.events] == ["picked_up", "out_for_delivery", "delivered"]
    assert timeline.events[1].description == "快件交给李师傅，正在派送途中"
    assert timeline.tracking_url == "https://sf.example/SF1001"

    again = services.tracking.import_tracking(admin, str(path), carrier_id=sf)
    assert (again.added, again.duplicates, again.shipments_updated) == (0, 4, 0)
    assert len(services.tracking.timeline(admin, parcels["SF:SF1001"]).events) == 3

    def delivered_hooks(uow):  # type: ignore[no-untyped-def]
        return [
            json.loads(c)
            for c in uow.session.scalars(
                select(AuditLog.changes).where(AuditLog.action == "shipment.delivered")
            )
        ]

    hooks = read(services.db, delivered_hooks)
    assert len(hooks) == 1 and hooks[0]["order_id"][1] is not None


def test_ambiguous_numbers_need_the_carrier(
    services: Services, admin: Actor, parcels: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "tracking no,time,status,carrier\n"
        f"SF1001,{_local(T0)},picked up,\n"
        f"SF1001,{_local(T0)},picked up,中通快递\n",
        encoding="utf-8",
    )
    result = services.tracking.import_tracking(admin, str(path))
    assert result.added == 1
    assert [p.row_no for p in result.problems] == [2]
    assert "several carriers" in result.problems[0].reason
    assert services.tracking.timeline(admin, parcels["ZTO:SF1001"]).events[0].status == "picked_up"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_utf8_and_gbk_with_sniffed_delimiters(
    services: Services, admin: Actor, parcels: dict[str, int], tmp_path: Path, encoding: str
) -> None:
    sep = ";" if encoding == "gb18030" else ","
    lines = [
        sep.join(["快递单号", "操作时间", "所在城市", "快件状态", "物流详情"]),
        sep.join(["SF1002", _local(T0), "广州市", "已揽收", "顺丰已收件"]),
        sep.join(["SF1002", _local(T0 + timedelta(days=2)), "北京市", "退回", "客户拒收"]),
        sep.join(["ZT2001", _local(T0), "杭州市", "丢失", "快件丢失，理赔中"]),
        sep.join(["ZT2001", _local(T0 + timedelta(hours=1)), "杭州市", "地址异常", "地址不详"]),
    ]  # fmt: skip
    path = tmp_path / "carrier.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    result = services.tracking.import_tracking(admin, str(path))
    assert (result.added, result.failed) == (4, 0), result.problems
    rows = {
        r.tracking_no: r
        for r in services.shipments.shipment_rows(
            admin, [parcels["SF:SF1002"], parcels["ZTO:ZT2001"]]
        )
    }
    assert rows["SF1002"].status is ShipmentStatus.RETURNED
    assert rows["ZT2001"].status is ShipmentStatus.EXCEPTION  # the newest event decides
    assert rows["ZT2001"].last_event_text == "杭州市 地址不详"
    assert services.tracking.import_tracking(admin, str(path)).duplicates == 4


def test_bad_files_are_refused_with_a_reason(
    services: Services, admin: Actor, parcels: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="File not found"):
        services.tracking.import_tracking(admin, str(tmp_path / "missing.csv"))
    no_header = tmp_path / "no_header.csv"
    no_header.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="No header"):
        services.tracking.import_tracking(admin, str(no_header))
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(ValidationError, match="Unsupported file type"):
        services.tracking.import_tracking(admin, str(pdf))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(ValidationError, match="Cannot read"):
        services.tracking.import_tracking(admin, str(broken))


def test_cancel_keeps_the_finished_chunks(
    services: Services,
    admin: Actor,
    parcels: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app.tracking as tracking

    monkeypatch.setattr(tracking, "CHUNK_ROWS", 2)
    lines = ["运单号,时间,状态"] + [
        f"SF1002,{_local(T0 + timedelta(minutes=n))},运输中" for n in range(5)
    ]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    calls = iter([False, True])
    result = services.tracking.import_tracking(admin, str(path), cancel=lambda: next(calls))
    assert result.cancelled and result.added == 2
    finished = services.tracking.import_tracking(admin, str(path))
    assert (finished.added, finished.duplicates) == (3, 2)


def test_manual_events_and_permissions(
    services: Services, actors: dict[Role, Actor], parcels: dict[str, int]
) -> None:
    clerk = actors[Role.WAREHOUSE]
    sid = parcels["SF:SF1001"]
    event = services.tracking.add_event(clerk, sid, T0, "签收", "深圳", "前台代收")
    assert event.status == "delivered"
    row = services.shipments.shipment_rows(clerk, [sid])[0]
    assert row.status is ShipmentStatus.DELIVERED and row.delivered_at == T0
    with pytest.raises(ConflictError, match="recorded already"):
        services.tracking.add_event(clerk, sid, T0, "delivered")
    with pytest.raises(ValidationError, match="Unknown tracking status"):
        services.tracking.add_event(clerk, sid, T0, "???")
    with pytest.raises(ValidationError, match="future"):
        services.tracking.add_event(clerk, sid, datetime.now(UTC) + timedelta(days=3), "运输中")
    with pytest.raises(PermissionDenied):
        services.tracking.add_event(actors[Role.CUSTOMER_SERVICE], sid, T0, "运输中")
    # A later "returned" event wins over the delivery and clears the delivery time.
    services.tracking.add_event(clerk, sid, T0 + timedelta(days=1), "退回")
    row = services.shipments.shipment_rows(clerk, [sid])[0]
    assert row.status is ShipmentStatus.RETURNED and row.delivered_at is None
    timeline = services.tracking.timeline(actors[Role.CUSTOMER_SERVICE], sid)
    assert [e.status for e in timeline.events] == ["delivered", "returned"]
