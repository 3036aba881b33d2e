"""The parsed file in chunks, parsed in a second process for big files.

    with open_chunks(path, format="auto", progress=bar, cancel=token) as source:
        source.head.format                      # known before any row is parsed
        for orders, errors, checkpoint in source.chunks(5000, resume_after=0):
            ...                                 # write the chunk
        source.head.stats.rows                  # complete once the chunks are consumed

Parsing is pure Python and writing waits on the database, so on a machine with two cores a
big file is parsed in a child process while this one writes the previous chunk (the pipe
holds the child at most one chunk ahead, so memory stays flat). Orders cross the pipe as
plain tuples: unpickling them is about a quarter of the cost of parsing them. Small files are
parsed in this process: starting a process costs more than it saves.

The child reports what went wrong as the same exception (`AppError`s keep their template and
parameters, so the message is still translated) and its progress as `progress(done, total)`
calls, made here while the writer waits for the next chunk.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.background import lower_process_priority
from app.importing.errors import ImportCancelled, ParserStopped
from app.importing.parse import ParsedLine, ParsedOrder, ParseStats, RowError, parse_file

# Files from this size on are parsed in a child process (about 10,000 rows of a platform CSV).
PROCESS_MIN_BYTES = 1_500_000
FIRST_CHUNK_ORDERS = 1000  # the writer waits for the first chunk only: keep it small
Chunk = tuple[list[ParsedOrder], list[RowError], int]
_POLL_SECONDS = 0.1  # how often a wait for the child looks at the cancel button
_ORDER_FIELDS = len(ParsedOrder._fields)
_LINES_AT = ParsedOrder._fields.index("lines")


@dataclass
class ParseHead:
    """What the import needs to know of the file before and after its rows."""

    format: str
    format_label: str
    channel: str
    header_row: int
    mapping: dict[str, Any]
    stats: ParseStats = field(default_factory=ParseStats)


# -- chunks and the checkpoint ---------------------------------------------------------------


def _first_row(item: ParsedOrder | RowError) -> int | None:
    """The item's first row in the main file (None: a row of the second file)."""
    if isinstance(item, ParsedOrder):
        return min(item.rows)
    return None if item.file else item.row


def chunked(
    items: Iterable[ParsedOrder | RowError],
    *,
    size: int,
    resume_after: int = 0,
    first_size: int | None = None,
) -> Iterator[Chunk]:
    """The parser's stream in chunks of about `size` items: (orders, row errors, checkpoint).

    A chunk ends only where every row up to the checkpoint has been seen and no later item
    refers to one of them, so "all rows up to `checkpoint_row` are written" is exact. With
    `resume_after`, items whose rows all lie at or before that row are skipped (a resumed
    import; the parser still reads them, it cannot seek). `first_size`: a smaller first
    chunk, so that the writer starts sooner; the next ones double up to `size`, so that
    the parser stays ahead (the writer waited for a full second chunk: 3 % of an import)."""
    orders: list[ParsedOrder] = []
    errors: list[RowError] = []
    top = resume_after  # the highest main-file row seen
    skipping = resume_after > 0
    limit = min(size, first_size or size)
    for item in items:
        first = _first_row(item)
        if skipping:
            if first is None or first <= resume_after:
                continue
            skipping = False
        if first is not None and first > top and len(orders) + len(errors) >= limit:
            yield orders, errors, top
            orders, errors = [], []
            limit = min(size, 2 * limit)
        if isinstance(item, ParsedOrder):
            orders.append(item)
            top = max(top, max(item.rows))
        else:
            errors.append(item)
            if not item.file:
                top = max(top, item.row)
    yield orders, errors, top


def _head(parsed: Any) -> ParseHead:
    return ParseHead(
        parsed.format, parsed.format_label, parsed.channel, parsed.header_row,
        dict(parsed.mapping), parsed.stats,
    )  # fmt: skip


class _LocalChunks:
    def __init__(self, parsed: Any) -> None:
        self._parsed = parsed
        self.head = _head(parsed)

    def chunks(self, size: int, resume_after: int = 0) -> Iterator[Chunk]:
        return chunked(self._parsed, size=size, resume_after=resume_after)


def _flatten(order: ParsedOrder) -> tuple[Any, ...]:
    return (*order[:_LINES_AT], [tuple(ln) for ln in order.lines], *order[_LINES_AT + 1 :])


def _rebuild(flat: tuple[Any, ...]) -> ParsedOrder:
    lines = tuple(map(ParsedLine._make, flat[_LINES_AT]))
    return ParsedOrder._make((*flat[:_LINES_AT], lines, *flat[_LINES_AT + 1 :]))


def _parse_in_child(connection: Any, path: str, options: dict[str, Any]) -> None:
    """The child process: parse and send (kind, ...) messages until done or told to stop.
    Below normal priority: on a shared machine the clerks' actions come first."""
    lower_process_priority()
    gc.disable()  # as in the writer: no passes over the parsed orders; young ones per chunk

    def report(done: int, total: int) -> None:
        connection.send(("progress", done, total))

    try:
        with parse_file(path, progress=report, **options) as parsed:
            connection.send(("head", _head(parsed)))
            request = connection.recv()
            if request[0] != "start":
                return
            for orders, errors, checkpoint in chunked(
                parsed, size=request[1], resume_after=request[2], first_size=FIRST_CHUNK_ORDERS
            ):
                flat = [_flatten(o) for o in orders]
                connection.send(("chunk", flat, errors, checkpoint))
                gc.collect(0)
            connection.send(("done", parsed.stats))
    except (BrokenPipeError, EOFError):
        return  # the writer stopped listening (cancelled or failed): nothing to say
    except BaseException as exc:
        try:
            connection.send(("error", exc))
        except Exception:  # an exception that does not pickle: its text still helps
            connection.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        connection.close()


class _ProcessChunks:
    def __init__(
        self,
        path: Path,
        options: dict[str, Any],
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self._path = path
        self._progress = progress
        self._cancel = cancel
        context = multiprocessing.get_context("spawn")  # no fork of a Qt process
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_parse_in_child, args=(child_end, str(path), options),
            name="kuaidan-import-parser", daemon=True,
        )  # fmt: skip
        self._process.start()
        child_end.close()
        try:
            message = self._receive()
            if message[0] != "head":
                raise RuntimeError(f"unexpected message from the parser: {message[0]}")
        except BaseException:
            self.close()
            raise
        self.head: ParseHead = message[1]

    def _receive(self) -> tuple[Any, ...]:
        """The next message that is not progress; raises what the child raised."""
        while True:
            while not self._connection.poll(_POLL_SECONDS):
                if self._cancel is not None and self._cancel():
                    raise ImportCancelled("Import cancelled.")
                if not self._process.is_alive() and not self._connection.poll():
                    raise self._stopped()
            try:
                message = self._connection.recv()  # our own child's pickles
            except EOFError as exc:
                raise self._stopped() from exc
            kind = message[0]
            if kind == "progress":
                if self._progress is not None:
                    self._progress(message[1], message[2])
                continue
            if kind == "error":
                raise message[1]
            return tuple(message)

    def _stopped(self) -> ParserStopped:
        self._process.join(timeout=5)
        return ParserStopped(
            "The process reading '{file_name}' stopped before the end of the file (exit code "
            "{exit_code}), perhaps for lack of memory. The orders written so far are kept: "
            "import the file again to continue.",
            file_name=self._path.name, exit_code=self._process.exitcode,
        )  # fmt: skip

    def chunks(self, size: int, resume_after: int = 0) -> Iterator[Chunk]:
        self._connection.send(("start", size, resume_after))
        while True:
            message = self._receive()
            if message[0] == "done":
                stats: ParseStats = message[1]
                self.head.stats.__dict__.update(stats.__dict__)
                return
            _kind, flat, errors, checkpoint = message
            yield [_rebuild(f) for f in flat], errors, checkpoint

    def close(self) -> None:
        self._connection.close()  # a child blocked on sending gets a broken pipe and ends
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


ChunkSource = _LocalChunks | _ProcessChunks


@contextmanager
def open_chunks(
    path: Path,
    *,
    format: str,
    mapping: Mapping[str, Any] | None,
    second_file: Path | None,
    channel: str | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    in_process: bool | None = None,
) -> Iterator[ChunkSource]:
    """Open the file for chunked parsing; `in_process` None decides by the file's size."""
    options: dict[str, Any] = {"format": format, "mapping": mapping, "second_file": second_file,
               "channel": channel}  # fmt: skip
    if in_process is None:
        size = path.stat().st_size + (second_file.stat().st_size if second_file else 0)
        in_process = size < PROCESS_MIN_BYTES
    if in_process:
        with parse_file(path, progress=progress, cancel=cancel, **options) as parsed:
            yield _LocalChunks(parsed)
        return
    source = _ProcessChunks(path, options, progress, cancel)
    try:
        yield source
    finally:
        source.close()
