"""Write a batch of documents into one PDF, with progress, cancel and a safe file write.

Cancel contract (the same for every document type):
- `cancel()` is asked before each document; once it says True no further document starts.
- Documents finished before that are kept: the output is a complete, valid PDF holding exactly
  those, and the return value is its page count. A partially drawn document never appears.
- If nothing was finished (cancelled before the first document, or an empty batch), a path
  output is not created at all (an older file at that path is left untouched) and nothing is
  written to a stream; the return value is 0.
- A path output is written to a temporary file in the same folder and renamed into place on
  success, so a crash or an exception never leaves a half-written PDF under the real name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

T = TypeVar("T")

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]
Output = Path | str | os.PathLike[str] | BinaryIO

# Progress is reported every this many documents (and once at the end): often enough for a
# progress bar, rarely enough that a Qt signal per call costs nothing.
PROGRESS_EVERY = 10

CREATOR = "Kuaidan"

# reportlab wraps compressed streams in ASCII85 by default (for 7-bit mail transports of the
# 1990s): 25 % larger files and a slow pure-Python encoder. Binary streams are standard PDF.
# This is process-wide reportlab configuration; nothing else in Kuaidan relies on ASCII85.
rl_config.useA85 = 0


def new_canvas(target: str | BinaryIO, pagesize: tuple[float, float], title: str) -> Canvas:
    # pageCompression: zlib costs ~0.3 ms a page and shrinks page streams 4-5x; spoolers and
    # thermal-printer drivers receive the whole batch, so smaller files print sooner.
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setTitle(title)
    return canvas


def write_batch(
    documents: Iterable[T],
    out: Output,
    draw: Callable[[Canvas, T], int],
    *,
    pagesize: tuple[float, float],
    title: str,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> int:
    """Draw every document with `draw(canvas, doc) -> pages drawn`; return the page count.

    `draw` ends each of its pages with `canvas.showPage()`, so every document starts on a new
    page.
    """
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            pages = _run(documents, tmp_name, draw, pagesize, title, progress, cancel)
            if pages:
                os.replace(tmp_name, path)
            return pages
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
    return _run(documents, out, draw, pagesize, title, progress, cancel)


def _run(
    documents: Iterable[T],
    target: str | BinaryIO,
    draw: Callable[[Canvas, T], int],
    pagesize: tuple[float, float],
    title: str,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> int:
    canvas = new_canvas(target, pagesize, title)
    pages = 0
    done = 0
    for doc in documents:
        if cancel is not None and cancel():
            break
        pages += draw(canvas, doc)
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    if progress is not None and done % PROGRESS_EVERY != 0:
        progress(done)
    if pages:
        canvas.save()  # writes the file or stream; nothing is written before this
    return pages
