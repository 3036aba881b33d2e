"""A big file is parsed in a second process while this one writes: the same orders and errors
as parsing in-process, its errors whole, and no process left behind. (Checkpoints, resume,
progress and cancel run both ways in test_import_writer.py.)"""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import app.importing.pipeline as pipeline
import app.importing.service as import_service
from app.importing import EmptyFile, FormatNotRecognised, ParserStopped
from app.importing.parse import ParsedOrder
from app.importing.writer import ChunkWriter
from app.permissions import Actor, Role
from app.services import Services
from models import ImportStatus, Order
from tests.orders_helpers import catalogue
from tests.test_import_writer import (
    SHOPIFY,
    count,
    needs_samples,
    template_file,
    template_row,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clerk(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.REVIEWER]


@pytest.fixture
def in_child(services: Services) -> Services:
    services.importing.parse_in_process = False
    return services


def no_parser_left() -> bool:
    return not [p for p in multiprocessing.active_children() if p.name == "kuaidan-import-parser"]


@needs_samples
def test_a_sample_parsed_in_a_child_imports_with_the_same_counts_and_errors(
    in_child: Services, clerk: Actor
) -> None:
    result = in_child.importing.run(clerk, SHOPIFY)
    assert (result.format, result.channel, result.rows_read) == ("shopify", "shopify", 40)
    assert (result.orders_created, result.lines_created, result.history_orders) == (15, 30, 14)
    assert [(e.row, e.column, e.code) for e in result.rows_failed] == [
        (row, "Shipping Name", "recipient_missing") for row in (26, 36, 37, 38)
    ]
    again = in_child.importing.dry_run(clerk, SHOPIFY)
    assert (again.orders_created, again.duplicates_skipped, again.rows_read) == (0, 15, 40)
    assert no_parser_left()


def test_errors_of_the_child_arrive_whole(in_child: Services, clerk: Actor, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile) as caught:
        in_child.importing.run(clerk, empty)
    # The template and its parameters, not only the English text: the GUI translates them.
    assert caught.value.template == "File '{name}' is empty."
    assert caught.value.params["name"] == "empty.csv" and caught.value.path == str(empty)
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    with pytest.raises(FormatNotRecognised):
        in_child.importing.run(clerk, unknown)
    assert no_parser_left()


def test_app_errors_pickle_with_template_parameters_and_attributes(tmp_path: Path) -> None:
    error = EmptyFile("File '{file_name}' contains no data.", tmp_path / "x.csv", file_name="x.csv")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is EmptyFile and str(back) == "File 'x.csv' contains no data."
    assert (back.template, back.params, back.path) == (error.template, error.params, error.path)


def test_the_file_size_decides_where_it_is_parsed(
    services: Services, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue(services)
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(30)])
    started: list[str] = []
    real_init = pipeline._ProcessChunks.__init__

    def spy(self: Any, *args: Any, **kwargs: Any) -> None:
        started.append("child")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(pipeline._ProcessChunks, "__init__", spy)
    assert services.importing.dry_run(clerk, source).orders_created == 30
    assert started == []  # 3 KB: parsed here
    monkeypatch.setattr(pipeline, "PROCESS_MIN_BYTES", source.stat().st_size)
    assert services.importing.run(clerk, source).orders_created == 30
    assert started == ["child"]


def test_a_killed_parser_is_reported_and_the_next_import_continues(
    in_child: Services, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parser process killed (as by the out-of-memory killer) after the first chunk."""
    catalogue(in_child)
    monkeypatch.setattr(import_service, "CHUNK_ORDERS", 40)
    monkeypatch.setattr(pipeline, "FIRST_CHUNK_ORDERS", 40)
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(200)])
    real_write = ChunkWriter.write

    def kill_the_parser(self: ChunkWriter, uow: Any, orders: Any) -> Any:
        for process in multiprocessing.active_children():
            if process.name == "kuaidan-import-parser":
                process.kill()
                process.join()
        return real_write(self, uow, orders)

    monkeypatch.setattr(ChunkWriter, "write", kill_the_parser)
    with pytest.raises(ParserStopped) as caught:
        in_child.importing.run(clerk, source)
    assert caught.value.params == {"file_name": "orders.csv", "exit_code": -9}
    assert no_parser_left()
    [batch] = in_child.importing.batches(clerk)
    assert batch.status == ImportStatus.FAILED and 0 < batch.orders_created < 200

    monkeypatch.setattr(ChunkWriter, "write", real_write)
    rest = in_child.importing.run(clerk, source)
    assert rest.resumed_from_row == batch.checkpoint_row
    assert batch.orders_created + rest.orders_created == count(in_child, Order) == 200


def test_the_parser_process_starts_without_the_database_layer_or_the_xlsx_writer() -> None:
    # What the spawned child imports before it reads a row: SQLAlchemy's mapped classes and
    # openpyxl's writer cost it about a second that the writer spent waiting.
    code = (
        "import sys, app.importing.pipeline\n"
        "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'app.importing.export', "
        "'models.orders') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
    # ...while the package still hands out every mapped class and table on first use.
    import models

    assert models.Order.__tablename__ == "orders"
    assert "order_lines" in models.Base.metadata.tables


def test_chunks_start_small_and_double_up_to_their_size_with_exact_checkpoints() -> None:
    """The first chunk small (the writer waits for it), the next ones doubling (the parser
    stays ahead of the writer), every checkpoint the last row of its chunk."""
    blank = dict.fromkeys(ParsedOrder._fields, "")
    orders = [
        ParsedOrder(**{**blank, "rows": (2 * n + 2, 2 * n + 3), "external_no": f"E{n}"})
        for n in range(40)
    ]
    chunks = list(pipeline.chunked(orders, size=10, first_size=2))
    assert [len(found) for found, _errors, _checkpoint in chunks] == [2, 4, 8, 10, 10, 6]
    assert [checkpoint for *_found, checkpoint in chunks] == [5, 13, 29, 49, 69, 81]
    assert [o.external_no for found, *_rest in chunks for o in found] == [
        f"E{n}" for n in range(40)
    ]
    resumed = list(pipeline.chunked(orders, size=10, resume_after=13, first_size=2))
    assert resumed[0][0][0].external_no == "E6"
