"""Documents built from the database: labels (with parcels created on the way), invoices,
packing slips and pick lists, read back with pdftotext; and the `documents` command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.permissions import Actor, Role
from app.printing import DocumentKind
from app.services import Services
from models import LabelStatus, OrderStatus
from tests.logistics_world import D, World, build_world, make_order

ROOT = Path(__file__).resolve().parent.parent


def pdf_text(path: Path | str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path | str) -> int:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo is not installed (apt-get install poppler-utils)")
    info = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    w = build_world(services, admin)
    services.logistics.create_pool(admin, w.sf, "SF", 1, 1000, width=12)
    services.logistics.create_pool(admin, w.zto, "ZT", 1, 1000, width=10)
    return w


def _orders(services: Services, world: World) -> None:
    make_order(
        services.db, "KD-1", warehouse_id=world.warehouse_id, recipient="欧阳娜娜",
        lines=[(world.shirt_id, "SKU-SHIRT", 2, D("59.00")),
               (world.kettle_id, "SKU-KETTLE", 1, D("113.00"))],
    )  # fmt: skip
    make_order(
        services.db, "KD-2", warehouse_id=world.warehouse_id, recipient="司马光",
        carrier_id=world.sf, lines=[(world.shirt_id, "SKU-SHIRT", 3, D("59.00"))],
    )  # fmt: skip
    make_order(
        services.db, "KD-X", status=OrderStatus.CANCELLED, warehouse_id=world.warehouse_id,
        lines=[(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
    )  # fmt: skip
    make_order(
        services.db, "KD-NEW", status=OrderStatus.PENDING_REVIEW,
        lines=[(world.shirt_id, "SKU-SHIRT", 1, D("59.00"))],
    )  # fmt: skip


def test_labels_create_missing_parcels_and_report_per_order(
    services: Services, actors: dict[Role, Actor], world: World, tmp_path: Path
) -> None:
    clerk = actors[Role.WAREHOUSE]
    _orders(services, world)
    out = tmp_path / "labels.pdf"
    result = services.documents.labels(clerk, ["KD-1", "KD-2", "KD-X", "KD-NEW", "KD-?"], str(out))
    assert result.kind is DocumentKind.LABEL and result.pages == 2 and result.path == str(out)
    by_key = {i.key: i for i in result.items}
    assert [i.key for i in result.items] == ["KD-1", "KD-2", "KD-X", "KD-NEW", "KD-?"]
    # KD-1 has no confirmed carrier: the cheapest (ZTO) is suggested; KD-2 keeps its SF.
    assert by_key["KD-1"].ok and by_key["KD-1"].tracking_nos == ("ZT0000000001",)
    assert by_key["KD-2"].ok and by_key["KD-2"].tracking_nos == ("SF000000000001",)
    assert "cancelled" in by_key["KD-X"].reason
    assert "pending_review" in by_key["KD-NEW"].reason
    assert by_key["KD-?"].reason == "No order KD-?"
    text = pdf_text(out)
    assert "欧阳娜娜" in text and "司马光" in text
    assert "ZT0000000001" in text and "SF000000000001" in text
    parcel = services.shipments.shipments_of_order(clerk, "KD-1")[0]
    assert parcel.label_status is LabelStatus.PRINTED and parcel.print_count == 1

    # Printing again needs a reason; with one, the same parcels are reprinted.
    again = services.documents.labels(clerk, ["KD-1"], str(tmp_path / "again.pdf"))
    assert again.pages == 0 and again.path is None and not (tmp_path / "again.pdf").exists()
    assert "reprint them with a reason" in again.items[0].reason
    reprint = services.documents.labels(
        clerk, ["KD-1", "KD-2"], str(tmp_path / "again.pdf"), reprint_reason="卡纸"
    )
    assert reprint.pages == 2 and reprint.ok_count == 2
    assert services.shipments.shipments_of_order(clerk, "KD-1")[0].print_count == 2


def test_default_carrier_setting_and_zpl(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    _orders(services, world)
    services.settings.update(admin, "logistics.default_carrier", "sf")
    out = tmp_path / "labels.zpl"
    result = services.documents.labels(admin, ["KD-1"], str(out), zpl=True)
    assert result.items[0].tracking_nos == ("SF000000000001",)
    zpl = out.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 1 and "SF000000000001" in zpl and "欧阳娜娜" in zpl


def test_labels_for_chosen_parcels(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    _orders(services, world)
    first = services.shipments.create_shipment(admin, "KD-1", world.sf)
    second = services.shipments.create_shipment(admin, "KD-1", world.sf)
    services.shipments.void_label(admin, second.id, "重复建单")
    result = services.documents.labels_for_shipments(
        admin, [first.id, second.id, 987654], str(tmp_path / "l.pdf")
    )
    assert [(i.key, i.ok) for i in result.items] == [
        (first.tracking_no, True),
        (second.tracking_no, False),
        ("#987654", False),
    ]
    assert "voided" in result.items[1].reason
    assert pdf_pages(tmp_path / "l.pdf") == 1


def test_invoice_packing_slip_and_pick_list(
    services: Services, admin: Actor, world: World, tmp_path: Path
) -> None:
    _orders(services, world)
    services.settings.update(admin, "company.name", "快单测试旗舰店")
    services.settings.update(admin, "invoice.tax_rate_percent", 13)
    invoices = services.documents.invoices(admin, ["KD-1", "KD-X"], str(tmp_path / "inv.pdf"))
    assert invoices.pages == 1 and [i.ok for i in invoices.items] == [True, False]
    text = pdf_text(tmp_path / "inv.pdf")
    assert "快单测试旗舰店" in text and "欧阳娜娜" in text and "INV-KD-1" in text
    assert "231.00" in text  # 2 × 59 + 113: prices include the tax
    assert "26.58" in text  # 13 % carved out of 231.00, per line: 13.58 + 13.00

    services.documents.labels(admin, ["KD-2"], str(tmp_path / "l.pdf"))
    slips = services.documents.packing_slips(admin, ["KD-1", "KD-2"], str(tmp_path / "s.pdf"))
    assert slips.pages == 2
    text = pdf_text(tmp_path / "s.pdf")
    assert "SF000000000001" in text and "A-10" in text  # KD-2's tracking number, the bins

    pick = services.documents.pick_list(admin, ["KD-1", "KD-2", "KD-NEW"], str(tmp_path / "p.pdf"))
    assert [(i.key, i.ok) for i in pick.items] == [
        ("KD-1", True),
        ("KD-2", True),
        ("KD-NEW", False),
    ]
    assert "no warehouse" in pick.items[2].reason
    text = pdf_text(tmp_path / "p.pdf")
    # Sorted by bin in natural order: A-2 (kettle) before A-10 (shirt); shirts summed.
    assert text.index("A-2") < text.index("A-10")
    shirt_line = next(line for line in text.splitlines() if "SKU-SHIRT" in line)
    assert " 5 " in f" {shirt_line} "


def test_bad_requests(services: Services, actors: dict[Role, Actor], tmp_path: Path) -> None:
    admin = actors[Role.ADMIN]
    with pytest.raises(ValidationError, match="No order numbers"):
        services.documents.invoices(admin, ["  "], str(tmp_path / "x.pdf"))
    with pytest.raises(ValidationError, match="does not exist"):
        services.documents.invoices(admin, ["KD-1"], str(tmp_path / "nope" / "x.pdf"))
    with pytest.raises(TypeError):
        services.documents.invoices(admin, "KD-1", str(tmp_path / "x.pdf"))
    with pytest.raises(PermissionDenied):
        services.documents.invoices(actors[Role.CUSTOMER_SERVICE], ["KD-1"], "x.pdf")


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KUAIDAN_DATA_DIR": str(data_dir)},
        timeout=300,
    )


def test_documents_command_line(
    services: Services, admin: Actor, world: World, db_url: str, tmp_path: Path
) -> None:
    _orders(services, world)
    out = tmp_path / "cli labels.pdf"
    done = _run(
        "documents", "label", "--order", "KD-1", "--order", "KD-?", "--out", str(out),
        "--db", db_url, "--size", "100x180", data_dir=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # one order failed, the other printed
    assert "ok     KD-1  ZT0000000001" in done.stdout
    assert "FAILED KD-?  No order KD-?" in done.stdout
    text = pdf_text(out)
    assert "欧阳娜娜" in text and "ZT0000000001" in text
    again = _run("documents", "label", "--order", "KD-1", "--out", str(out), "--db", db_url,
                 data_dir=tmp_path)  # fmt: skip
    assert again.returncode == 2 and "Nothing written" in again.stdout
    orders_file = tmp_path / "orders.txt"
    orders_file.write_text("KD-1\nKD-2\n", encoding="utf-8")
    inv = _run("documents", "invoice", "--order-file", str(orders_file), "--out",
               str(tmp_path / "inv.pdf"), "--db", db_url, data_dir=tmp_path)  # fmt: skip
    assert inv.returncode == 0, inv.stdout + inv.stderr
    assert "司马光" in pdf_text(tmp_path / "inv.pdf")
    assert pdf_pages(tmp_path / "inv.pdf") == 2
    bad = _run("documents", "invoice", "--zpl", "--order", "KD-1", "--out", str(out), "--db",
               db_url, data_dir=tmp_path)  # fmt: skip
    assert bad.returncode == 2 and "--zpl is for labels only" in bad.stderr
