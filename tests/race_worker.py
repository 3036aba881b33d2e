"""A workstation in a separate process that reserves one unit at a time until nothing is
left (for the multi-process race test; started with the "spawn" context)."""

from __future__ import annotations

import traceback
from multiprocessing.synchronize import Barrier
from typing import Any

from app.db import open_database
from app.errors import ConcurrencyError, InsufficientStock
from app.inventory import InventoryService
from app.permissions import Actor
from app.stock import StockLine

BARRIER_TIMEOUT = 300


def reserve_until_empty(
    url: str,
    actor: Actor,
    order_no: str,
    targets: list[tuple[int, int]],  # (product_id, warehouse_id)
    rounds: int,
    start: Barrier,
    results: Any,  # a multiprocessing Queue
    worker: int,
) -> None:
    """Each round: wait for the start, then reserve 1 unit of the targets in turn until every
    target answers "insufficient stock"; report (round, successes per target, retries)."""
    db = open_database(url, pool_size=1)
    service = InventoryService(db)
    try:
        for round_no in range(rounds):
            start.wait(BARRIER_TIMEOUT)
            successes = {target: 0 for target in targets}
            empty: set[tuple[int, int]] = set()
            busy = 0
            turn = worker  # workers start on different targets, then all collide
            while len(empty) < len(targets):
                target = targets[turn % len(targets)]
                turn += 1
                if target in empty:
                    continue
                product_id, warehouse_id = target
                try:
                    service.reserve_for_order(
                        actor, order_no, [StockLine(product_id, 1)], warehouse_id=warehouse_id
                    )
                except InsufficientStock:
                    empty.add(target)
                except ConcurrencyError:
                    busy += 1  # the retry budget ran out: simply try again
                else:
                    successes[target] += 1
            results.put(("ok", worker, round_no, successes, busy))
    except BaseException:
        results.put(("error", worker, -1, traceback.format_exc(), 0))
    finally:
        db.dispose()
