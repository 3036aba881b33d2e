"""The import writes what the parser accepts, through the services, on every backend: the real
sample exports with their exact counts, idempotent re-imports, bad rows reported with their
row numbers and handed back as a workbook, unknown SKUs held until mapped or created,
interrupted imports resumed without duplicates, and the exports read back with openpyxl."""

from __future__ import annotations

import contextlib
import csv
import multiprocessing
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

import app.importing.service as import_service
from app.importing import EmptyFile, ImportFileError, RowError
from app.importing.formats import TEMPLATE_COLUMNS
from app.importing.service import ImportResult
from app.importing.writer import ChunkWriter
from app.integrity import check_database
from app.permissions import Actor, Role
from app.services import Services
from app.uow import read
from models import (
    Customer,
    ImportBatch,
    ImportRowError,
    ImportStatus,
    Order,
    OrderFlag,
    OrderLine,
    OrderStatus,
    Payment,
)
from tests.orders_helpers import catalogue
from tests.test_import_helpers import write_csv

SAMPLES = Path("/work/shared/samples/orders")
SHOPIFY = SAMPLES / "shopify_orders_export.csv"
TMALL = SAMPLES / "tmall_tmall_order_report_first1000.csv"
TRANSPORTER = SAMPLES / "shopify-transporter_orders.csv"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="sample files not available")

HEADER = [zh for _field, zh, _en, _required, _note in TEMPLATE_COLUMNS]
FIELDS = [field for field, *_rest in TEMPLATE_COLUMNS]


def template_row(number: int, **values: Any) -> list[Any]:
    """One row of our import template: a paid one-line order of SKU-T, distinct buyer."""
    row = {
        "external_no": f"T{number:07d}", "ordered_at": "2025-05-11 09:55:16",
        "paid_at": "2025-05-11 09:56:02", "status": "待审核", "buyer_id": f"buyer{number}",
        "recipient_name": "张伟", "phone": f"138{number:08d}", "province": "浙江省",
        "city": "杭州市", "district": "西湖区", "address": f"文三路 {number} 号 2 栋",
        "sku": "SKU-T", "product_name": "T恤", "qty": "1", "unit_price": "50.00",
    }  # fmt: skip
    row.update(values)
    return [row.get(field, "") for field in FIELDS]


def template_file(path: Path, rows: list[list[Any]]) -> Path:
    return write_csv(path, [HEADER, *rows])


def orders_in_db(services: Services) -> list[tuple[str, str]]:
    return read(
        services.db,
        lambda uow: [
            tuple(r) for r in uow.session.execute(select(Order.channel, Order.external_no))
        ],
    )


def count(services: Services, model: Any, *where: Any) -> int:
    return int(
        read(
            services.db,
            lambda uow: uow.session.scalar(select(func.count()).select_from(model).where(*where)),
        )
        or 0
    )


@pytest.fixture
def clerk(services: Services, actors: dict[Role, Actor]) -> Actor:
    return actors[Role.REVIEWER]


# --- the real samples --------------------------------------------------------------------


@needs_samples
def test_shopify_sample_imports_with_exact_counts_and_twice_creates_nothing(
    services: Services, clerk: Actor
) -> None:
    first = services.importing.run(clerk, SHOPIFY)
    assert (first.format, first.channel, first.rows_read) == ("shopify", "shopify", 40)
    assert (first.orders_created, first.lines_created, first.duplicates_skipped) == (15, 30, 0)
    assert [(e.row, e.column, e.code) for e in first.rows_failed] == [
        (26, "Shipping Name", "recipient_missing"),
        (36, "Shipping Name", "recipient_missing"),
        (37, "Shipping Name", "recipient_missing"),
        (38, "Shipping Name", "recipient_missing"),
    ]
    assert first.history_orders == 14  # fulfilled orders arrive as shipped, stock untouched
    statuses = Counter(
        read(services.db, lambda uow: [s for (s,) in uow.session.execute(select(Order.status))])
    )
    assert statuses == {OrderStatus.SHIPPED: 14, OrderStatus.PENDING_PAYMENT: 1}
    assert count(services, OrderLine) == 30
    batch = read(services.db, lambda uow: uow.session.get(ImportBatch, first.batch_id))
    assert batch is not None and batch.status == ImportStatus.COMPLETED
    assert (batch.orders_created, batch.lines_created, batch.rows_failed) == (15, 30, 4)
    assert len(batch.file_sha256) == 64 and batch.total_rows == 40

    again = services.importing.run(clerk, SHOPIFY)
    assert (again.orders_created, again.lines_created, again.duplicates_skipped) == (0, 0, 15)
    assert len(again.rows_failed) == 4
    assert again.previous_batch_id == first.batch_id
    assert count(services, Order) == 15
    assert check_database(services.db).ok


@needs_samples
def test_tmall_sample_imports_1000_orders_without_lines(services: Services, clerk: Actor) -> None:
    result = services.importing.run(clerk, TMALL)
    assert (result.format, result.orders_created, result.lines_created) == ("tmall", 1000, 0)
    assert result.rows_failed == ()
    statuses = Counter(
        read(services.db, lambda uow: [s for (s,) in uow.session.execute(select(Order.status))])
    )
    assert statuses == {
        OrderStatus.PENDING_REVIEW: 684,
        OrderStatus.PENDING_PAYMENT: 158,
        OrderStatus.CANCELLED: 158,
    }
    # Every paid order has its payment; the report's addresses stop at the province, so the
    # rules hold every order still to be shipped.
    paid = count(services, Order, Order.paid_amount > 0)
    assert paid > 0 and count(services, Payment) == paid
    assert result.orders_held == 684 + 158
    assert count(services, OrderFlag, OrderFlag.rule_code == "address_incomplete") == 842
    again = services.importing.run(clerk, TMALL)
    assert (again.orders_created, again.duplicates_skipped) == (0, 1000)
    report = check_database(services.db)
    assert report.ok, [c.problems for c in report.checks if not c.ok]


@needs_samples
def test_transporter_sample_imports_one_order_and_reports_the_shifted_row(
    services: Services, clerk: Actor
) -> None:
    result = services.importing.run(clerk, TRANSPORTER)
    assert (result.orders_created, result.lines_created) == (1, 1)
    assert [(e.row, e.column, e.code) for e in result.rows_failed] == [
        (3, "Lineitem quantity", "qty_invalid")
    ]
    assert orders_in_db(services) == [("shopify", "#MA-1098")]
    assert services.importing.run(clerk, TRANSPORTER).orders_created == 0


# --- bad rows, the error workbook --------------------------------------------------------


def test_three_bad_rows_in_a_thousand(services: Services, clerk: Actor, tmp_path: Path) -> None:
    catalogue(services)
    rows = [template_row(n) for n in range(1000)]
    rows[100] = template_row(100, qty="-2")
    rows[500] = template_row(500, unit_price="abc")
    rows[900] = template_row(900, recipient_name="长" * 10_000)
    source = template_file(tmp_path / "orders.csv", rows)

    result = services.importing.run(clerk, source)
    assert result.orders_created == 997 and result.lines_created == 997
    assert [(e.row, e.column, e.code) for e in result.rows_failed] == [
        (102, "数量", "qty_invalid"),  # the header is row 1
        (502, "单价", "amount_invalid"),
        (902, "收货人", "too_long"),
    ]
    assert count(services, Order) == 997
    assert count(services, ImportRowError, ImportRowError.batch_id == result.batch_id) == 3

    out = tmp_path / "errors.xlsx"
    assert services.importing.error_workbook(clerk, result, out) == 3
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == [*HEADER, "Error"]
    assert [v[0] for v in values[1:]] == ["T0000100", "T0000500", "T0000900"]
    assert values[1][FIELDS.index("qty")] == "'-2"  # text that looked like a formula, escaped
    reasons = [v[-1] for v in values[1:]]
    assert reasons[0] == "数量: Quantity '-2' must be a whole number above 0"
    assert "'abc' is not an amount" in reasons[1]
    assert "longer than 128 characters" in reasons[2]
    # The same workbook from the batch id (the original file given again).
    again = tmp_path / "again.xlsx"
    assert services.importing.error_workbook(clerk, result.batch_id, again, path=source) == 3

    # The clerk fixes the three rows and imports the workbook: the rest of the orders.
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    for row in range(2, 5):
        sheet.cell(row, FIELDS.index("qty") + 1, "1")
        sheet.cell(row, FIELDS.index("unit_price") + 1, "50.00")
        sheet.cell(row, FIELDS.index("recipient_name") + 1, "李娜")
    fixed = tmp_path / "fixed.xlsx"
    book.save(fixed)
    redo = services.importing.run(clerk, fixed)
    assert (redo.format, redo.orders_created, redo.rows_failed) == ("kuaidan", 3, ())
    assert count(services, Order) == 1000


@needs_samples
@pytest.mark.sqlite_only
def test_error_workbook_holds_every_row_of_a_refused_order(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    with SHOPIFY.open(encoding="utf-8", newline="") as fh:
        raw = list(csv.reader(fh))
    refused = {"#1011", "#1017", "#1018", "#1019"}
    wanted = [r for r in raw[1:] if r[0] in refused]
    result = services.importing.dry_run(clerk, SHOPIFY)
    out = tmp_path / "shopify-errors.xlsx"
    assert services.importing.error_workbook(clerk, result, out) == len(wanted)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).worksheets[0].iter_rows()]
    assert rows[0][:-1] == raw[0] and rows[0][-1] == "Error"
    assert [r[0] for r in rows[1:]] == [r[0] for r in wanted]
    first_1011 = next(r for r in rows[1:] if r[0] == "#1011")
    assert first_1011[-1].startswith("Shipping Name: Order '#1011' has no recipient name")
    others = [r for r in rows[1:] if r[0] == "#1011"][1:]
    assert others and all(r[-1].endswith("(row 26)") for r in others)


def test_bad_files_write_nothing(services: Services, clerk: Actor, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    renamed = tmp_path / "orders.xlsx"
    renamed.write_text("订单号,收货人\n1,张三\n", encoding="utf-8")
    for path, error in ((empty, EmptyFile), (renamed, ImportFileError)):
        with pytest.raises(error):
            services.importing.run(clerk, path)
        with pytest.raises(error):
            services.importing.dry_run(clerk, path)
    assert count(services, ImportBatch) == 0 and count(services, Order) == 0


@pytest.mark.sqlite_only
def test_zip_bomb_and_billion_laughs_write_nothing_harmful(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    import zipfile

    from app.importing import ZipBombSuspected
    from tests.test_import_safety import _billion_laughs

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as part:
            for _ in range(64):
                part.write(b"\0" * (1 << 20))
    with pytest.raises(ZipBombSuspected):
        services.importing.run(clerk, bomb)
    assert count(services, ImportBatch) == 0
    # calamine does not expand custom entities: the file is refused, or the cell is literal.
    with contextlib.suppress(ImportFileError):
        services.importing.run(clerk, _billion_laughs(tmp_path))
    names = read(services.db, lambda uow: list(uow.session.scalars(select(Order.recipient_name))))
    assert not any("lol" in name for name in names)


def test_bad_cells_are_row_errors(services: Services, clerk: Actor, tmp_path: Path) -> None:
    catalogue(services)
    source = template_file(
        tmp_path / "cells.csv",
        [
            template_row(1, buyer_note="留" * 10_000),  # a long note is fine: kept whole
            template_row(2, seller_note="a\x00b"),
            template_row(3, qty="-1"),
            template_row(4, buyer_note="x" * 40_000),  # more than a spreadsheet cell holds
            template_row(5, ordered_at="31/31/2025"),
            template_row(6, sku="", product_name=""),
        ],
    )
    result = services.importing.run(clerk, source)
    assert result.orders_created == 1
    assert [(e.row, e.code) for e in result.rows_failed] == [
        (3, "cell_nul"),
        (4, "qty_invalid"),
        (5, "cell_too_long"),
        (6, "date_invalid"),
        (7, "item_missing"),
    ]
    note = read(services.db, lambda uow: uow.session.scalar(select(Order.buyer_note)))
    assert note == "留" * 10_000


# --- duplicates, dry run, statuses, money ------------------------------------------------


def test_dry_run_writes_nothing_and_predicts_the_import(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    catalogue(services)
    rows = [template_row(n) for n in range(30)]
    rows.append(template_row(5))  # the same order again further down: reported, not imported
    source = template_file(tmp_path / "orders.csv", rows)
    dry = services.importing.dry_run(clerk, source)
    assert dry.dry_run and dry.batch_id is None
    assert (dry.orders_created, dry.lines_created, dry.duplicates_skipped) == (30, 30, 0)
    assert [(e.row, e.code) for e in dry.rows_failed] == [(32, "duplicate_in_file")]
    assert count(services, Order) == 0 and count(services, ImportBatch) == 0
    real = services.importing.run(clerk, source)
    assert (real.orders_created, real.lines_created) == (30, 30)
    assert real.rows_failed == dry.rows_failed
    assert services.importing.dry_run(clerk, source).duplicates_skipped == 30


def test_statuses_money_customers_and_history(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    catalogue(services)
    source = template_file(
        tmp_path / "orders.csv",
        [
            template_row(1, status="等待买家付款", paid_at=""),
            template_row(2, status="已审核"),  # reviewed elsewhere: we review it again
            template_row(3, status="交易成功"),  # history: completed, stock untouched
            template_row(4, status="交易关闭", paid_at=""),
            # Two lines and an order discount; the same buyer as order 1.
            template_row(5, buyer_id="buyer1", qty="2", shipping_fee="8.00", discount="5.00"),
            template_row(5, buyer_id="buyer1", sku="SKU-M", unit_price="30.00"),
            template_row(6, phone="138****0006"),  # masked by the platform
        ],
    )
    result = services.importing.run(clerk, source)
    assert (result.orders_created, result.lines_created, result.history_orders) == (6, 7, 1)

    def work(uow: Any) -> dict[str, Any]:
        return {o.external_no: o for o in uow.session.scalars(select(Order))}

    orders = read(services.db, work)
    assert orders["T0000001"].status == OrderStatus.PENDING_PAYMENT
    assert orders["T0000002"].status == OrderStatus.PENDING_REVIEW
    assert orders["T0000003"].status == OrderStatus.COMPLETED
    assert orders["T0000004"].status == OrderStatus.CANCELLED
    five = orders["T0000005"]
    assert (five.goods_amount, five.shipping_fee, five.discount, five.total) == (
        Decimal("130.00"), Decimal("8.00"), Decimal("5.00"), Decimal("133.00"),
    )  # fmt: skip
    assert five.paid_amount == Decimal("133.00")
    assert five.customer_id == orders["T0000001"].customer_id  # same platform buyer
    assert orders["T0000006"].recipient_phone == "138****0006"
    assert orders["T0000006"].phone_last4 == "0006"
    assert count(services, Customer) == 5
    assert count(services, Payment) == 4  # the paid ones: 2, 3, 5, 6
    report = check_database(services.db)
    assert report.ok, [c.problems for c in report.checks if not c.ok]


# --- unknown SKUs ------------------------------------------------------------------------


def test_unknown_sku_is_held_until_mapped_and_the_mapping_is_remembered(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    catalogue(services)
    first = template_file(
        tmp_path / "a.csv",
        [
            template_row(1, sku="PLAT-RED", product_name="红色 T恤"),
            template_row(1, sku="SKU-M", unit_price="30.00"),
            template_row(2),
        ],
    )
    result = services.importing.run(clerk, first)
    assert (result.orders_created, result.rows_failed) == (2, ())
    assert result.unknown_skus == ("PLAT-RED",)

    def state(number: str) -> tuple[bool, set[str]]:
        def work(uow: Any) -> tuple[bool, set[str]]:
            order = uow.session.scalar(select(Order).where(Order.external_no == number))
            flags = set(
                uow.session.scalars(
                    select(OrderFlag.rule_code).where(OrderFlag.order_id == order.id)
                )
            )
            return order.is_on_hold, flags

        return read(services.db, work)

    held, flags = state("T0000001")
    assert held and "sku_unknown" in flags
    assert "sku_unknown" not in state("T0000002")[1]
    waiting = services.importing.unknown_skus(clerk)
    assert [(u.channel, u.platform_sku, u.name, u.orders) for u in waiting] == [
        ("kuaidan", "PLAT-RED", "红色 T恤", 1)
    ]

    linked = services.importing.map_sku(clerk, "kuaidan", "PLAT-RED", "SKU-T")
    assert (linked.orders_linked, linked.orders_released) == (1, 1)
    held, flags = state("T0000001")
    assert not held and "sku_unknown" not in flags
    assert services.importing.unknown_skus(clerk) == []
    [mapping] = services.importing.sku_mappings(clerk)
    assert (mapping.channel, mapping.platform_sku, mapping.sku) == ("kuaidan", "PLAT-RED", "SKU-T")

    # Later imports use the mapping.
    later = template_file(tmp_path / "b.csv", [template_row(3, sku="PLAT-RED")])
    assert services.importing.run(clerk, later).unknown_skus == ()
    assert "sku_unknown" not in state("T0000003")[1]


def test_unknown_sku_hold_lifts_once_the_product_is_created(
    services: Services, clerk: Actor, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    catalogue(services)
    source = template_file(tmp_path / "a.csv", [template_row(1, sku="NEW-9")])
    assert services.importing.run(clerk, source).orders_held == 1
    assert services.importing.recheck_skus(clerk).orders_released == 0
    services.inventory.create_product(actors[Role.ADMIN], "NEW-9", "新款", unit_price=Decimal(50))
    assert services.importing.recheck_skus(clerk).orders_released == 1
    assert count(services, Order, Order.is_on_hold.is_(True)) == 0
    assert count(services, OrderLine, OrderLine.product_id.is_(None)) == 0


# --- interrupted and cancelled imports ---------------------------------------------------


def parser_processes() -> list[Any]:
    return [p for p in multiprocessing.active_children() if p.name == "kuaidan-import-parser"]


# Parsed here, or in the parser process that big files get (see app/importing/pipeline.py).
where_parsed = pytest.mark.parametrize("in_process", [True, False], ids=["here", "child"])


@where_parsed
def test_an_interrupted_import_resumes_after_its_checkpoint(
    services: Services,
    clerk: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process: bool,
) -> None:
    services.importing.parse_in_process = in_process
    catalogue(services)
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 40)
    rows = [template_row(n) for n in range(200)]
    rows[150] = template_row(150, qty="x")
    source = template_file(tmp_path / "orders.csv", rows)
    real_write = ChunkWriter.write
    calls = {"n": 0}

    def crash_on_the_third_chunk(self: ChunkWriter, uow: Any, orders: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        return real_write(self, uow, orders)

    monkeypatch.setattr(ChunkWriter, "write", crash_on_the_third_chunk)
    with pytest.raises(RuntimeError):
        services.importing.run(clerk, source)
    assert parser_processes() == []
    [batch] = services.importing.batches(clerk)
    assert batch.status == ImportStatus.FAILED
    assert (batch.orders_created, batch.checkpoint_row) == (80, 81)
    assert count(services, Order) == 80

    monkeypatch.setattr(ChunkWriter, "write", real_write)
    progress: list[tuple[int, int]] = []
    resumed = services.importing.run(clerk, source, progress=lambda d, t: progress.append((d, t)))
    assert (resumed.batch_id, resumed.resumed_from_row, resumed.rows_read) == (batch.id, 81, 200)
    assert progress[-1] == (200, 200)
    assert [d for d, _t in progress] == sorted(d for d, _t in progress)
    assert (resumed.orders_created, resumed.duplicates_skipped) == (119, 0)
    assert [(e.row, e.code) for e in resumed.rows_failed] == [(152, "qty_invalid")]
    numbers = [n for _c, n in orders_in_db(services)]
    assert len(numbers) == len(set(numbers)) == 199
    [batch] = services.importing.batches(clerk)
    assert batch.status == ImportStatus.COMPLETED
    assert (batch.orders_created, batch.rows_failed) == (199, 1)


@where_parsed
def test_cancel_keeps_what_was_written_and_a_new_import_adds_the_rest(
    services: Services,
    clerk: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process: bool,
) -> None:
    services.importing.parse_in_process = in_process
    catalogue(services)
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 50)
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(300)])
    stop_after_first = {"done": False}

    def cancel() -> bool:
        if not stop_after_first["done"]:
            stop_after_first["done"] = count(services, Order) > 0
        return stop_after_first["done"]

    result = services.importing.run(clerk, source, cancel=cancel)
    assert result.cancelled and 0 < result.orders_created < 300
    assert services.importing.batches(clerk)[0].status == ImportStatus.CANCELLED
    assert parser_processes() == []
    rest = services.importing.run(clerk, source)
    assert rest.orders_created + result.orders_created == 300
    assert rest.duplicates_skipped == result.orders_created
    assert count(services, Order) == 300


# --- mappings, preview, template ---------------------------------------------------------


@needs_samples
def test_preview_and_saved_mapping_profiles(services: Services, clerk: Actor) -> None:
    preview = services.importing.preview(clerk, SHOPIFY, rows=5)
    assert (preview.format, preview.confidence, preview.channel) == ("shopify", 1.0, "shopify")
    assert preview.mapping["external_no"] == "Name" and len(preview.rows) == 5
    assert preview.rows[0]["Name"] == "#1001" and preview.problem is None
    mapping = {"external_no": "Name", "sku": "Lineitem sku", "product_name": "Lineitem name",
               "qty": "Lineitem quantity", "unit_price": "Lineitem price",
               "recipient_name": "Shipping Name"}  # fmt: skip
    saved = services.importing.save_profile(clerk, "My Shopify", "shopify", mapping)
    assert services.importing.preview(clerk, SHOPIFY).profiles == (saved,)
    custom = services.importing.dry_run(clerk, SHOPIFY, mapping=saved.mapping, channel="shopify")
    # No status mapped: every order still has to be shipped, and only 3 have a recipient.
    assert (custom.format, custom.orders_created, custom.lines_created) == ("custom", 3, 10)
    assert {e.code for e in custom.rows_failed} == {"recipient_missing"}
    services.importing.delete_profile(clerk, saved.id)
    assert services.importing.profiles(clerk) == []


@pytest.mark.sqlite_only
def test_an_unknown_layout_comes_back_for_mapping_by_hand(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "odd.csv", [["单号", "客户", "货号", "件数", "价格"],
                                              ["A1", "王五", "SKU-T", "1", "50"]])  # fmt: skip
    preview = services.importing.preview(clerk, source)
    assert preview.format == "" and preview.problem is not None
    assert preview.headers == ("单号", "客户", "货号", "件数", "价格")
    mapping = {"external_no": "单号", "recipient_name": "客户", "sku": "货号", "qty": "件数",
               "unit_price": "价格"}  # fmt: skip
    catalogue(services)
    result = services.importing.run(clerk, source, mapping=mapping, channel="offline")
    assert (result.orders_created, result.channel) == (1, "offline")
    # Saved, the mapping reads the next file of that layout without being asked.
    services.importing.save_profile(clerk, "门店表格", "offline", mapping)
    later = write_csv(tmp_path / "odd2.csv", [["单号", "客户", "货号", "件数", "价格"],
                                              ["A2", "赵六", "SKU-M", "2", "30"]])  # fmt: skip
    again = services.importing.preview(clerk, later)
    assert (again.applied_profile, again.format, again.channel) == ("门店表格", "custom", "offline")
    assert again.problem is None and again.mapping["external_no"] == "单号"
    run = services.importing.run(clerk, later, mapping=again.mapping, channel=again.channel)
    assert (run.orders_created, run.lines_created) == (1, 1)


@pytest.mark.sqlite_only
def test_template_download(services: Services, clerk: Actor, tmp_path: Path) -> None:
    out = services.importing.write_template(clerk, tmp_path / "template.xlsx")
    assert [c.value for c in openpyxl.load_workbook(out).worksheets[0][1]] == HEADER
    with pytest.raises(Exception, match="xlsx"):
        services.importing.write_template(clerk, tmp_path / "template.csv")


def test_row_errors_keep_the_second_file_name() -> None:
    from app.importing.writer import decode_error, encode_column

    error = RowError(12, "商品编码", "qty_invalid", "bad", "ExportOrderDetailList.csv")
    assert decode_error(12, encode_column(error), error.code, error.message) == error
    plain = RowError(3, "数量", "qty_invalid", "bad")
    assert decode_error(3, encode_column(plain), plain.code, plain.message) == plain


def test_result_json_has_the_documented_keys() -> None:
    result = ImportResult(
        batch_id=7, dry_run=False, path="x.csv", second_file="", file_name="x.csv",
        format="kuaidan", format_label="", channel="kuaidan", header_row=1, key_headers=(),
        rows_read=2, orders_created=1, lines_created=2, duplicates_skipped=0,
        rows_failed=(RowError(3, "数量", "qty_invalid", "Quantity 'x' ..."),),
    )  # fmt: skip
    assert result.to_json() == {
        "orders_created": 1, "lines_created": 2, "duplicates_skipped": 0,
        "rows_failed": [{"row": 3, "column": "数量", "code": "qty_invalid",
                         "message": "Quantity 'x' ..."}],
        "batch_id": 7,
    }  # fmt: skip


def test_a_line_without_sku_is_mapped_by_its_product_name(
    services: Services, clerk: Actor, tmp_path: Path
) -> None:
    catalogue(services)
    source = template_file(
        tmp_path / "a.csv", [template_row(1, sku="", product_name="礼品卡 50元")]
    )
    result = services.importing.run(clerk, source)
    assert (result.orders_created, result.unknown_skus, result.orders_held) == (
        1, ("礼品卡 50元",), 1,
    )  # fmt: skip
    [unknown] = services.importing.unknown_skus(clerk)
    assert (unknown.platform_sku, unknown.orders) == ("礼品卡 50元", 1)
    linked = services.importing.map_sku(clerk, "kuaidan", "礼品卡 50元", "SKU-M")
    assert (linked.orders_linked, linked.orders_released) == (1, 1)
    again = template_file(tmp_path / "b.csv", [template_row(2, sku="", product_name="礼品卡 50元")])
    assert services.importing.run(clerk, again).unknown_skus == ()


def test_garbage_collection_is_paused_per_import_and_always_resumed(
    services: Services, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    catalogue(services)
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 20)
    seen: list[bool] = []
    real_commit = import_service.ImportService._commit

    def commit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(import_service.ImportService, "_commit", commit)
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(60)])
    assert gc.isenabled()
    assert services.importing.run(clerk, source).orders_created == 60
    assert seen == [False, False, False] and gc.isenabled()
    # A file that cannot be read, and an import that fails half-way, leave it on too.
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile):
        services.importing.run(clerk, empty)
    assert gc.isenabled()

    def broken(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk gone")

    monkeypatch.setattr(import_service.ImportService, "_commit", broken)
    other = template_file(tmp_path / "other.csv", [template_row(n + 100) for n in range(5)])
    with pytest.raises(RuntimeError):
        services.importing.run(clerk, other)
    assert gc.isenabled()
    # Paused is not off: the parent's setting is kept when it had turned collection off.
    gc.disable()
    try:
        services.importing.dry_run(clerk, source)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_auto_approve_and_confirm_imported_orders_on_every_backend(
    services: Services, clerk: Actor, admin: Actor, tmp_path: Path, monkeypatch: Any
) -> None:
    """With auto-approve and auto-confirm on, imported orders the rules pass are confirmed and
    reserve their stock; on a server in short steps after each chunk (INTAKE_STEP orders each),
    so a chunk does not keep the stock rows the workstations confirm against locked."""
    from tests.orders_helpers import level

    cat = catalogue(services, shirt_near=10)
    services.settings.update(admin, "orders.auto_approve", True)
    services.settings.update(admin, "orders.auto_confirm", True)
    monkeypatch.setattr(import_service, "INTAKE_STEP", 2)
    rows = [template_row(n) for n in range(1, 6)]
    rows.append(template_row(6, sku="SKU-X", product_name="限量款", unit_price="999.00"))
    result = services.importing.run(clerk, template_file(tmp_path / "auto.csv", rows))
    assert (result.orders_created, result.rows_failed) == (6, ())
    statuses = Counter(
        read(services.db, lambda uow: list(uow.session.scalars(select(Order.status))))
    )
    assert statuses == {OrderStatus.CONFIRMED: 5, OrderStatus.APPROVED: 1}  # SKU-X: no stock
    assert level(services, cat.shirt, cat.near) == (10, 5)
    assert check_database(services.db).ok
