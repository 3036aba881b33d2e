"""Random sequences of receive / reserve / release / ship / return / adjust / transfer keep
0 ≤ reserved ≤ on hand and the balances equal to the ledger, and agree with a simple model."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from app.errors import ConflictError, InsufficientStock
from app.permissions import Actor, Role
from app.services import Services
from app.stock import StockLine
from tests.conftest import add_user
from tests.test_inventory import make_order

QTY = st.integers(min_value=1, max_value=5)
PICK = st.integers(min_value=0, max_value=1)
_run = itertools.count()


class LedgerMachine(RuleBasedStateMachine):
    services: Services
    admin: Actor
    warehouses: list[int]

    def __init__(self) -> None:
        super().__init__()
        inv = self.services.inventory
        n = next(_run)  # fresh SKUs and orders per run: no reset of the database needed
        self.products = [inv.create_product(self.admin, f"P{n}-{i}", "商品").id for i in (0, 1)]
        self.orders = [make_order(self.services, f"KD-{n}-{i}") for i in (0, 1)]
        self.model: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
        self.held: dict[tuple[str, int, int], int] = defaultdict(int)
        self.in_transit: list[tuple[int, int, int, int, int]] = []  # id, product, from, to, qty

    def key(self, product: int, warehouse: int) -> tuple[int, int]:
        return self.products[product], self.warehouses[warehouse]

    @rule(p=PICK, w=PICK, qty=QTY)
    def receive(self, p: int, w: int, qty: int) -> None:
        product, warehouse = self.key(p, w)
        self.services.inventory.receive(self.admin, warehouse, [StockLine(product, qty)])
        self.model[(product, warehouse)][0] += qty

    @rule(o=PICK, p=PICK, w=PICK, qty=QTY)
    def reserve(self, o: int, p: int, w: int, qty: int) -> None:
        product, warehouse = self.key(p, w)
        on_hand, reserved, _ = self.model[(product, warehouse)]
        call = lambda: self.services.inventory.reserve_for_order(  # noqa: E731
            self.admin, self.orders[o], [StockLine(product, qty)], warehouse_id=warehouse
        )
        if on_hand - reserved >= qty:
            call()
            self.model[(product, warehouse)][1] += qty
            self.held[(self.orders[o], product, warehouse)] += qty
        else:
            with pytest.raises(InsufficientStock):
                call()

    @rule(o=PICK, p=PICK, w=PICK, qty=QTY, ship=st.booleans())
    def release_or_ship(self, o: int, p: int, w: int, qty: int, ship: bool) -> None:
        product, warehouse = self.key(p, w)
        inv = self.services.inventory
        method = inv.ship_for_order if ship else inv.release_for_order
        held = self.held[(self.orders[o], product, warehouse)]
        if ship:  # an approved order's goods leave only with its ship move
            with pytest.raises(ConflictError):
                method(self.admin, self.orders[o], warehouse, [StockLine(product, qty)])
        elif held >= qty:
            method(self.admin, self.orders[o], warehouse, [StockLine(product, qty)])
            self.held[(self.orders[o], product, warehouse)] -= qty
            self.model[(product, warehouse)][1] -= qty
        else:
            with pytest.raises(ConflictError):
                method(self.admin, self.orders[o], warehouse, [StockLine(product, qty)])

    @rule(p=PICK, w=PICK, qty=QTY, resellable=st.booleans())
    def customer_return(self, p: int, w: int, qty: int, resellable: bool) -> None:
        product, warehouse = self.key(p, w)
        inv = self.services.inventory
        if resellable:
            inv.restock_return(self.admin, product, warehouse, qty)
            self.model[(product, warehouse)][0] += qty
        else:
            inv.quarantine_return(self.admin, product, warehouse, qty)
            self.model[(product, warehouse)][2] += qty

    @rule(p=PICK, w=PICK, delta=st.integers(min_value=-4, max_value=4).filter(bool))
    def adjust(self, p: int, w: int, delta: int) -> None:
        product, warehouse = self.key(p, w)
        on_hand, reserved, _ = self.model[(product, warehouse)]
        call = lambda: self.services.inventory.adjust(  # noqa: E731
            self.admin, product, warehouse, delta, "stateful test"
        )
        if on_hand + delta >= reserved:
            call()
            self.model[(product, warehouse)][0] += delta
        else:
            with pytest.raises(InsufficientStock):
                call()

    @rule(p=PICK, source=PICK, qty=QTY)
    def dispatch_transfer(self, p: int, source: int, qty: int) -> None:
        product, from_wh = self.key(p, source)
        to_wh = self.warehouses[1 - source]
        on_hand, reserved, _ = self.model[(product, from_wh)]
        lines = [StockLine(product, qty)]
        inv = self.services.inventory
        if on_hand - reserved >= qty:
            transfer = inv.create_transfer(self.admin, from_wh, to_wh, lines)
            self.model[(product, from_wh)][0] -= qty
            self.in_transit.append((transfer.id, product, from_wh, to_wh, qty))
        else:
            with pytest.raises(InsufficientStock):
                inv.create_transfer(self.admin, from_wh, to_wh, lines)

    @rule(cancel=st.booleans())
    def settle_transfer(self, cancel: bool) -> None:
        if not self.in_transit:
            return
        transfer_id, product, from_wh, to_wh, qty = self.in_transit.pop(0)
        inv = self.services.inventory
        if cancel:
            inv.cancel_transfer(self.admin, transfer_id)
            self.model[(product, from_wh)][0] += qty
        else:
            inv.receive_transfer(self.admin, transfer_id)
            self.model[(product, to_wh)][0] += qty

    @invariant()
    def balances_match_the_model_and_the_ledger(self) -> None:
        inv = self.services.inventory
        for (product, warehouse), expected in self.model.items():
            row = inv.stock_row(self.admin, product, warehouse)
            assert 0 <= row.reserved <= row.on_hand and row.quarantined >= 0
            assert [row.on_hand, row.reserved, row.quarantined] == expected
        assert inv.ledger_differences(self.admin) == []


@pytest.mark.slow
def test_random_stock_actions_keep_every_invariant(services: Services, db_url: str) -> None:
    admin = add_user(services.db, "admin", Role.ADMIN)
    inv = services.inventory
    LedgerMachine.services = services
    LedgerMachine.admin = admin
    LedgerMachine.warehouses = [
        inv.create_warehouse(admin, "SH", "上海仓", priority=10).id,
        inv.create_warehouse(admin, "GZ", "广州仓", priority=20).id,
    ]
    examples = 30 if db_url.startswith("sqlite") else 15
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=examples,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            database=None,  # examples reference this test's throw-away database ids
        ),
    )
