"""Many workstations on one database: order numbers and the audit trail under simultaneous
creation, and background work that gives way to the desks (app/background.py)."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, func, select, text

import app.importing.service as import_service
from app.background import GIVE_WAY_FACTOR, GiveWay, lower_process_priority
from app.db import Database, open_database
from app.importing.pipeline import open_chunks
from app.maintenance import verify_audit
from app.orders import DraftLine, OrderDraft
from app.permissions import Role
from app.services import Services
from app.uow import read
from models import AuditLog, Order
from tests.conftest import add_user
from tests.orders_helpers import catalogue
from tests.test_import_writer import template_file, template_row
from ui.i18n import install_translators
from ui.importing.import_dialog import ImportDialog

WORKSTATIONS = 20
ORDERS_EACH = 4


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def _draft(n: int) -> OrderDraft:
    return OrderDraft(
        recipient_name="张伟", recipient_phone=f"1390000{n:04d}", province="上海市",
        city="上海市", district="浦东新区", address=f"川沙路 {n} 号",
        lines=(DraftLine("SKU-T", 1, Decimal("59.90")),), shipping_fee=Decimal("8.00"),
        paid_amount=Decimal("67.90"),
    )  # fmt: skip


def test_twenty_workstations_create_orders_at_once(services: Services, db_url: str) -> None:
    """Each workstation its own engine (its own connections) and user; all start on one
    signal. Every number is unique, every order has its creation in the audit trail, and
    the chain verifies afterwards."""
    catalogue(services)
    clerks = [add_user(services.db, f"clerk{i}", Role.REVIEWER) for i in range(WORKSTATIONS)]
    start = threading.Barrier(WORKSTATIONS)
    created: list[int] = []
    errors: list[BaseException] = []

    def workstation(index: int) -> None:
        desk = Services.for_database(open_database(db_url))
        try:
            start.wait(30)
            for k in range(ORDERS_EACH):
                order = desk.orders.create(clerks[index], _draft(index * ORDERS_EACH + k))
                created.append(order.id)
        except BaseException as exc:  # pragma: no cover - shown by the assert below
            errors.append(exc)
        finally:
            desk.db.dispose()

    threads = [threading.Thread(target=workstation, args=(i,)) for i in range(WORKSTATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:3]
    assert len(created) == WORKSTATIONS * ORDERS_EACH

    def facts(uow: Any) -> tuple[list[str], set[str]]:
        numbers = list(uow.session.scalars(select(Order.order_no).where(Order.id.in_(created))))
        audited = set(
            uow.session.scalars(select(AuditLog.entity_id).where(AuditLog.action == "order.create"))
        )
        return numbers, audited

    numbers, audited = read(services.db, facts)
    assert len(numbers) == len(set(numbers)) == WORKSTATIONS * ORDERS_EACH
    assert {str(i) for i in created} <= audited
    result = verify_audit(services.db)
    assert result.ok, result.problem
    unsealed = read(
        services.db,
        lambda uow: uow.session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.seq.is_(None))
        ),
    )
    assert unsealed == 0


# -- others at work --------------------------------------------------------------------------


def _neighbour(url: str) -> Any:
    """Another workstation's connection (an engine of its own, not this Database's)."""
    return create_engine(url)


@contextmanager
def _another_workstation_at_work(url: str) -> Iterator[None]:
    """Another workstation running a statement every 50 ms, until the block ends."""
    stop = threading.Event()
    neighbour = _neighbour(url)

    def at_work() -> None:
        with neighbour.connect() as conn:
            while not stop.is_set():
                conn.execute(text("SELECT 1"))
                stop.wait(0.05)

    worker = threading.Thread(target=at_work)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join(10)
        neighbour.dispose()


def _until_alone(database: Database) -> None:
    """Wait until connections of earlier tests (the shared MariaDB database) have gone quiet."""
    deadline = time.monotonic() + 10
    while database.others_busy() and time.monotonic() < deadline:
        time.sleep(0.2)


def test_others_busy_sees_other_workstations_not_this_one(database: Database, db_url: str) -> None:
    if database.dialect == "sqlite":
        assert database.others_busy() == 0  # one workstation per file
        return
    _until_alone(database)
    # This workstation's own connections, however many and busy, are not others.
    for _ in range(3):
        read(database, lambda uow: uow.session.execute(text("SELECT 1")))
    assert database.others_busy() == 0
    neighbour = _neighbour(db_url)
    try:
        with neighbour.connect() as conn:
            conn.execute(text("SELECT 1"))
            assert database.others_busy(within_s=1) == 1
            time.sleep(1.3)  # idle longer than the window: no longer at work
            assert database.others_busy(within_s=1) == 0
    finally:
        neighbour.dispose()


def test_give_way_pauses_only_while_others_work(database: Database, db_url: str) -> None:
    slept: list[float] = []
    give_way = GiveWay(database, sleep=slept.append)
    _until_alone(database)
    assert give_way.after(0.2) == 0.0 and slept == []  # nobody else
    if database.dialect == "sqlite":
        return
    neighbour = _neighbour(db_url)
    try:
        with neighbour.connect() as conn:
            conn.execute(text("SELECT 1"))
            pause = give_way.after(0.2)
            assert pause == pytest.approx(0.2 * GIVE_WAY_FACTOR)
            assert sum(slept) == pytest.approx(pause) and max(slept) <= 0.1 + 1e-9
            # The cancel button ends a pause at once.
            slept.clear()
            stopped = GiveWay(database, sleep=slept.append, cancel=lambda: len(slept) >= 2)
            stopped.after(0.2)
            assert len(slept) == 2
    finally:
        neighbour.dispose()


def _report_niceness(queue: Any) -> None:
    before = os.nice(0)
    lower_process_priority()
    queue.put((before, os.nice(0)))


@pytest.mark.sqlite_only
@pytest.mark.skipif(not hasattr(os, "nice"), reason="POSIX priorities")
def test_a_worker_process_runs_below_normal_priority() -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_report_niceness, args=(queue,))
    child.start()
    before, after = queue.get(timeout=60)
    child.join(30)
    assert after == min(19, before + 10)


@pytest.mark.sqlite_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_import_parser_process_runs_below_normal_priority(tmp_path: Path) -> None:
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(50)])
    with open_chunks(
        source, format="auto", mapping=None, second_file=None, channel=None, progress=None,
        cancel=None, in_process=False,
    ) as parsed:  # fmt: skip
        pid = parsed._process.pid  # type: ignore[union-attr]
        stat = Path(f"/proc/{pid}/stat").read_text()
        nice = int(stat.rsplit(")", 1)[1].split()[16])  # field 19 of stat
        assert nice == min(19, os.nice(0) + 10)
        list(parsed.chunks(20))


def test_an_import_gives_way_on_a_busy_server_and_not_alone(
    services: Services, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alone on the server the import writes at full speed; while another workstation works
    it pauses between its chunks, and imports the same."""
    catalogue(services)
    clerk = add_user(services.db, "importer", Role.REVIEWER)
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 30)
    services.importing.parse_in_process = True
    _until_alone(services.db)
    alone = services.importing.run(
        clerk, template_file(tmp_path / "a.csv", [template_row(n) for n in range(90)])
    )
    assert alone.orders_created == 90 and alone.paused_s == 0.0
    if services.db.dialect == "sqlite":
        return  # one workstation per file: nobody to give way to
    with _another_workstation_at_work(db_url):
        busy = services.importing.run(
            clerk, template_file(tmp_path / "b.csv", [template_row(n) for n in range(100, 190)])
        )
    assert busy.orders_created == 90
    assert busy.paused_s > 0.0


def test_the_report_says_how_long_a_busy_server_made_the_import_give_way(
    qtbot: QtBot,
    services: Services,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    """On a server where another workstation works, the import pauses between its chunks
    (app/background.py) and its report says for how long; alone, it says nothing of it."""
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 50)
    catalogue(services)
    admin = add_user(services.db, "boss", Role.ADMIN)
    source = template_file(tmp_path / "o.csv", [template_row(n) for n in range(1000)])
    with _another_workstation_at_work(db_url):
        dialog = ImportDialog(services, admin, None, path=str(source))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.import_button.isVisible(), timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_REPORT, timeout=60_000)
    assert dialog.result is not None and dialog.result.orders_created == 1000
    summary = dialog.report_summary.text()
    if services.db.dialect == "sqlite":  # one workstation per file: nobody to give way to
        assert dialog.result.paused_s == 0 and "暂停让路" not in summary
    else:
        assert dialog.result.paused_s > 0.5
        assert f"其中暂停让路 {dialog.result.paused_s:.1f} 秒" in summary
