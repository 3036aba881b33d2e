"""A workstation in a separate process that approves one refund per round, all workstations
at the same moment (for the refund race test; started with the "spawn" context)."""

from __future__ import annotations

import traceback
from multiprocessing.synchronize import Barrier
from typing import Any

from app.aftersales import AftersalesService
from app.db import open_database
from app.errors import AppError
from app.permissions import Actor

BARRIER_TIMEOUT = 300


def approve_in_rounds(
    url: str,
    actor: Actor,
    refund_ids: list[int],  # one per round
    start: Barrier,
    results: Any,  # a multiprocessing Queue
    worker: int,
) -> None:
    """Each round: wait for the start, approve this worker's refund, report the outcome."""
    db = open_database(url, pool_size=1)
    service = AftersalesService(db)
    try:
        for round_no, refund_id in enumerate(refund_ids):
            start.wait(BARRIER_TIMEOUT)
            try:
                service.approve_refund(actor, refund_id)
            except AppError as exc:
                results.put(("refused", worker, round_no, type(exc).__name__, exc.params))
            else:
                results.put(("approved", worker, round_no, "", {}))
    except BaseException:
        results.put(("error", worker, -1, traceback.format_exc(), {}))
    finally:
        db.dispose()
