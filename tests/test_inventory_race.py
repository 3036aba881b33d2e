"""No oversell from many workstations: 8 processes reserve one unit at a time of the same
SKUs until none is left, 20 rounds; exactly the units on hand are reserved, never one more."""

from __future__ import annotations

import multiprocessing
import random

import pytest

from app.permissions import Actor, Role
from app.services import Services
from app.stock import StockLine
from tests.conftest import add_user
from tests.race_worker import BARRIER_TIMEOUT, reserve_until_empty
from tests.test_inventory import make_order

PROCESSES = 8
ROUNDS = 20


@pytest.mark.slow
def test_eight_processes_never_oversell(services: Services, db_url: str) -> None:
    admin = add_user(services.db, "admin", Role.ADMIN)
    clerks: list[Actor] = [
        add_user(services.db, f"clerk{n}", Role.WAREHOUSE) for n in range(PROCESSES)
    ]
    inv = services.inventory
    near = inv.create_warehouse(admin, "SH", "上海仓", priority=10).id
    far = inv.create_warehouse(admin, "GZ", "广州仓", priority=20).id
    products = [inv.create_product(admin, f"HOT-{n}", f"爆款 {n}").id for n in range(2)]
    targets = [(p, w) for p in products for w in (near, far)]
    order_no = make_order(services, "KD-RACE")
    rng = random.Random(20)

    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES + 1)
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=reserve_until_empty,
            args=(db_url, clerks[n], order_no, targets, ROUNDS, start, results, n),
            daemon=True,
        )
        for n in range(PROCESSES)
    ]
    for process in workers:
        process.start()
    try:
        for round_no in range(ROUNDS):
            stocked = {target: rng.randint(0, 6) for target in targets}
            for (product_id, warehouse_id), qty in stocked.items():
                if qty:
                    inv.receive(admin, warehouse_id, [StockLine(product_id, qty)])
            start.wait(BARRIER_TIMEOUT)
            reserved = dict.fromkeys(targets, 0)
            for _ in range(PROCESSES):
                status, worker, got_round, payload, _busy = results.get(timeout=BARRIER_TIMEOUT)
                assert status == "ok", f"worker {worker} failed:\n{payload}"
                assert got_round == round_no
                for target, n in payload.items():
                    reserved[target] += n
            # Exactly what was on the shelf was reserved: never one more, never one less.
            assert reserved == stocked, f"round {round_no}"
            for product_id, warehouse_id in targets:
                row = inv.stock_row(admin, product_id, warehouse_id)
                assert row.reserved == row.on_hand == stocked[(product_id, warehouse_id)]
                if row.reserved:  # give it all back and clear the shelf: each round starts empty
                    inv.release_for_order(
                        admin, order_no, warehouse_id, [StockLine(product_id, row.reserved)]
                    )
                    inv.adjust(admin, product_id, warehouse_id, -row.on_hand, "race round over")
            assert inv.ledger_differences(admin) == []
    finally:
        for process in workers:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
    assert all(process.exitcode == 0 for process in workers)
    total = sum(m.reserved_delta for p in products for m in inv.movements(admin, p, limit=5000))
    assert total == 0  # every reservation was given back
