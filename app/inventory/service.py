"""The inventory service: each method checks the caller's permission and runs one of the
package's functions in a unit of work of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app import stock
from app.db import Database
from app.errors import ValidationError
from app.integrity import StockDifference, stock_differences
from app.inventory import catalogue, counts, ledger, order_stock, table, transfers
from app.inventory.checks import check_lines
from app.inventory.model import (
    AlertCounts,
    Balance,
    CountPosting,
    CountSheet,
    MovementRow,
    ProductInfo,
    RepairResult,
    ReservationResult,
    StockQuery,
    StockRow,
    TransferInfo,
    WarehouseInfo,
    WarehouseSummary,
)
from app.inventory.repair import repair_balances
from app.inventory.table import EXPORT_HEADERS, check_query, stock_rows, write_stock_xlsx
from app.permissions import Actor, Permission, requires
from app.stock import Allocation, StockLine
from app.uow import read, transaction
from models import MovementKind


class InventoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- queries ----------------------------------------------------------------------

    @requires(Permission.VIEW_INVENTORY)
    def stock_ids(self, actor: Actor, query: StockQuery) -> list[int]:
        """The ids of the stock rows matching the query, in its order (for a lazy table)."""
        query = check_query(query)
        return read(self.db, lambda uow: table.stock_ids(uow, query))

    @requires(Permission.VIEW_INVENTORY)
    def stock_rows(self, actor: Actor, level_ids: list[int]) -> list[StockRow]:
        """The rows with these ids, in the given order (missing ids are left out)."""
        if not isinstance(level_ids, list | tuple) or not all(
            isinstance(i, int) for i in level_ids
        ):
            raise ValidationError("Expected a list of row ids", field="level_ids")
        return read(self.db, lambda uow: stock_rows(uow, level_ids))

    @requires(Permission.VIEW_INVENTORY)
    def stock_row(self, actor: Actor, product_id: int, warehouse_id: int) -> StockRow:
        return read(self.db, lambda uow: table.stock_row(uow, product_id, warehouse_id))

    @requires(Permission.VIEW_INVENTORY)
    def summary(self, actor: Actor, search: str = "") -> list[WarehouseSummary]:
        """Per active warehouse: how many stock rows match the search, how many are low or
        out of stock (the live counts of the filter list)."""
        return read(self.db, lambda uow: table.summary(uow, search))

    @requires(Permission.VIEW_INVENTORY)
    def alerts(self, actor: Actor) -> AlertCounts:
        """Low-stock and out-of-stock rows over all active warehouses (the status bar)."""
        return read(self.db, lambda uow: table.stock_alert_counts(uow.session))

    @requires(Permission.VIEW_INVENTORY)
    def movements(
        self, actor: Actor, product_id: int, warehouse_id: int | None = None, limit: int = 500
    ) -> list[MovementRow]:
        """The ledger of one SKU, newest first, with who and what it belongs to."""
        return read(self.db, lambda uow: ledger.movements(uow, product_id, warehouse_id, limit))

    @requires(Permission.VIEW_INVENTORY)
    def find_product(self, actor: Actor, code: str) -> ProductInfo:
        """The product whose SKU or barcode is exactly `code` (what a scanner sends)."""
        return read(self.db, lambda uow: catalogue.find_product(uow, code))

    @requires(Permission.VIEW_INVENTORY)
    def list_products(
        self, actor: Actor, search: str = "", limit: int = 200, include_inactive: bool = False
    ) -> list[ProductInfo]:
        return read(
            self.db, lambda uow: catalogue.list_products(uow, search, limit, include_inactive)
        )

    @requires(Permission.VIEW_INVENTORY)
    def list_warehouses(self, actor: Actor, include_inactive: bool = False) -> list[WarehouseInfo]:
        return read(self.db, lambda uow: catalogue.list_warehouses(uow, include_inactive))

    @requires(Permission.VIEW_INVENTORY)
    def list_bins(self, actor: Actor, warehouse_id: int) -> list[str]:
        return read(self.db, lambda uow: catalogue.list_bins(uow, warehouse_id))

    @requires(Permission.VIEW_INVENTORY)
    def plan_allocation(self, actor: Actor, lines: list[StockLine]) -> Allocation:
        """Which warehouse would fill these lines (honours `inventory.allow_split`)."""
        wanted = check_lines(lines)
        return read(self.db, lambda uow: stock.allocate(uow, wanted))

    @requires(Permission.VIEW_INVENTORY)
    def export_stock(
        self,
        actor: Actor,
        query: StockQuery,
        path: str,
        headers: tuple[str, ...] = EXPORT_HEADERS,
    ) -> int:
        """Write the stock table as filtered and sorted on screen to an xlsx file."""
        query = check_query(query)
        if not isinstance(path, str) or not path.lower().endswith(".xlsx"):
            raise ValidationError("The file name must end in .xlsx", field="path")
        if len(headers) != len(EXPORT_HEADERS):
            raise ValidationError("Expected {count} column headers", count=len(EXPORT_HEADERS))
        ids = self.stock_ids(actor, query)
        rows = read(self.db, lambda uow: stock_rows(uow, ids))
        try:
            return write_stock_xlsx(Path(path), rows, headers)
        except OSError as exc:
            raise ValidationError(
                "Cannot write {path}: {reason}", field="path", path=path, reason=exc.strerror
            ) from exc

    # ---- receiving, adjusting, returns ------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def receive(
        self, actor: Actor, warehouse_id: int, lines: list[StockLine], note: str = ""
    ) -> tuple[Balance, ...]:
        """Goods arrive (purchase delivery, opening stock): on hand goes up."""
        return transaction(
            self.db, actor, lambda uow: ledger.receive_in(uow, warehouse_id, lines, note)
        )

    @requires(Permission.MANAGE_STOCK)
    def adjust(
        self, actor: Actor, product_id: int, warehouse_id: int, delta: int, reason: str
    ) -> Balance:
        """Correct on hand by `delta` (found, broken, lost...), with the reason recorded."""
        return transaction(
            self.db,
            actor,
            lambda uow: ledger.adjust_in(uow, product_id, warehouse_id, delta, reason),
        )

    @requires(Permission.RECEIVE_RETURNS)
    def restock_return(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        qty: int,
        case_no: str = "",
        note: str = "",
    ) -> Balance:
        """A returned item in resellable condition goes back on the shelf."""
        kind = MovementKind.RETURN_RESTOCK
        return transaction(
            self.db,
            actor,
            lambda uow: ledger.return_in(uow, product_id, warehouse_id, qty, kind, case_no, note),
        )

    @requires(Permission.RECEIVE_RETURNS)
    def quarantine_return(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        qty: int,
        case_no: str = "",
        note: str = "",
    ) -> Balance:
        """A damaged return is kept apart: counted as quarantined, never sellable."""
        kind = MovementKind.RETURN_QUARANTINE
        return transaction(
            self.db,
            actor,
            lambda uow: ledger.return_in(uow, product_id, warehouse_id, qty, kind, case_no, note),
        )

    # ---- reservations for an order (manual) ------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def reserve_for_order(
        self,
        actor: Actor,
        order_no: str,
        lines: list[StockLine],
        warehouse_id: int | None = None,
    ) -> ReservationResult:
        """Reserve stock for an open order, in the given warehouse or the one `allocate`
        chooses. All or nothing: "Only 0 of SKU available in SH; 1 needed" when short."""
        return transaction(
            self.db,
            actor,
            lambda uow: order_stock.reserve_for_order_in(uow, order_no, lines, warehouse_id),
        )

    @requires(Permission.MANAGE_STOCK)
    def release_for_order(
        self,
        actor: Actor,
        order_no: str,
        warehouse_id: int,
        lines: list[StockLine] | None = None,
    ) -> tuple[Balance, ...]:
        """Give back what an order holds in a warehouse (all of it without `lines`)."""
        return transaction(
            self.db,
            actor,
            lambda uow: order_stock.settle_for_order_in(
                uow, order_no, warehouse_id, lines, ship=False
            ),
        )

    @requires(Permission.MANAGE_STOCK)
    def ship_for_order(
        self,
        actor: Actor,
        order_no: str,
        warehouse_id: int,
        lines: list[StockLine] | None = None,
    ) -> tuple[Balance, ...]:
        """Goods of an order leave: on hand and its reservation go down together."""
        return transaction(
            self.db,
            actor,
            lambda uow: order_stock.settle_for_order_in(
                uow, order_no, warehouse_id, lines, ship=True
            ),
        )

    # ---- transfers --------------------------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def create_transfer(
        self,
        actor: Actor,
        from_warehouse_id: int,
        to_warehouse_id: int,
        lines: list[StockLine],
        note: str = "",
        dispatch: bool = True,
    ) -> TransferInfo:
        """A transfer between two warehouses; dispatched at once unless `dispatch=False`
        (then it stays a draft until `dispatch_transfer`)."""
        return transaction(
            self.db,
            actor,
            lambda uow: transfers.create_transfer_in(
                uow, from_warehouse_id, to_warehouse_id, lines, note, dispatch
            ),
        )

    @requires(Permission.MANAGE_STOCK)
    def dispatch_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """Goods leave the source warehouse: on hand there goes down; now in transit."""
        return transaction(
            self.db, actor, lambda uow: transfers.dispatch_transfer_in(uow, transfer_id)
        )

    @requires(Permission.MANAGE_STOCK)
    def receive_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """Goods in transit arrive at the destination: on hand there goes up."""
        return transaction(
            self.db, actor, lambda uow: transfers.receive_transfer_in(uow, transfer_id)
        )

    @requires(Permission.MANAGE_STOCK)
    def cancel_transfer(self, actor: Actor, transfer_id: int) -> TransferInfo:
        """A draft is dropped; goods in transit go back into the source warehouse."""
        return transaction(
            self.db, actor, lambda uow: transfers.cancel_transfer_in(uow, transfer_id)
        )

    @requires(Permission.VIEW_INVENTORY)
    def list_transfers(
        self, actor: Actor, status: str | None = None, limit: int = 200
    ) -> list[TransferInfo]:
        return read(self.db, lambda uow: transfers.list_transfers(uow, status, limit))

    # ---- stock-takes ------------------------------------------------------------------

    @requires(Permission.MANAGE_STOCK)
    def create_count(
        self,
        actor: Actor,
        warehouse_id: int,
        bin_from: str = "",
        bin_to: str = "",
        counter_name: str = "",
    ) -> CountSheet:
        """A count sheet for a warehouse, or the bins from `bin_from` to `bin_to`
        (inclusive, in bin-code order), with what the system expects on each line."""
        return transaction(
            self.db,
            actor,
            lambda uow: counts.create_count_in(uow, warehouse_id, bin_from, bin_to, counter_name),
        )

    @requires(Permission.VIEW_INVENTORY)
    def count_sheet(self, actor: Actor, count_id: int) -> CountSheet:
        return read(self.db, lambda uow: counts.count_sheet(uow, count_id))

    @requires(Permission.VIEW_INVENTORY)
    def list_counts(self, actor: Actor, limit: int = 100) -> list[CountSheet]:
        """The latest count sheets (without their lines)."""
        return read(self.db, lambda uow: counts.list_counts(uow, limit))

    @requires(Permission.MANAGE_STOCK)
    def record_counts(
        self, actor: Actor, count_id: int, counted: dict[int, int | None]
    ) -> CountSheet:
        """Enter counted quantities by product id (None clears a line)."""
        return transaction(
            self.db, actor, lambda uow: counts.record_counts_in(uow, count_id, counted)
        )

    @requires(Permission.MANAGE_STOCK)
    def post_count(self, actor: Actor, count_id: int, counter_name: str = "") -> CountPosting:
        """Turn the counted quantities into adjustments: each variance is a stock-take
        movement (counted minus on hand now) noted with the count number and the counter's
        name. Lines left uncounted do not change."""
        return transaction(
            self.db, actor, lambda uow: counts.post_count_in(uow, count_id, counter_name)
        )

    @requires(Permission.MANAGE_STOCK)
    def cancel_count(self, actor: Actor, count_id: int) -> CountSheet:
        return transaction(self.db, actor, lambda uow: counts.cancel_count_in(uow, count_id))

    # ---- catalogue: products, warehouses, bins, safety stock ------------------------

    @requires(Permission.MANAGE_CATALOG)
    def create_product(
        self,
        actor: Actor,
        sku: str,
        name: str,
        barcode: str = "",
        spec: str = "",
        unit_price: Decimal = Decimal(0),
        weight_g: int = 0,
        warehouse_ids: list[int] | None = None,
        cost: Decimal = Decimal(0),
    ) -> ProductInfo:
        """A new SKU, carried (with an empty balance) in the given warehouses, or in every
        active warehouse when none are given."""
        return transaction(
            self.db,
            actor,
            lambda uow: catalogue.create_product_in(
                uow, sku, name, barcode, spec, unit_price, weight_g, warehouse_ids, cost
            ),
        )

    @requires(Permission.MANAGE_CATALOG)
    def update_product(
        self,
        actor: Actor,
        product_id: int,
        *,
        sku: str | None = None,
        name: str | None = None,
        barcode: str | None = None,
        spec: str | None = None,
        unit_price: Decimal | None = None,
        weight_g: int | None = None,
        is_active: bool | None = None,
        cost: Decimal | None = None,
    ) -> ProductInfo:
        return transaction(
            self.db,
            actor,
            lambda uow: catalogue.update_product_in(
                uow, product_id, sku=sku, name=name, barcode=barcode, spec=spec,
                unit_price=unit_price, weight_g=weight_g, is_active=is_active, cost=cost,
            ),
        )  # fmt: skip

    @requires(Permission.MANAGE_CATALOG)
    def create_warehouse(
        self, actor: Actor, code: str, name: str, priority: int = 100, address: str = ""
    ) -> WarehouseInfo:
        return transaction(
            self.db,
            actor,
            lambda uow: catalogue.create_warehouse_in(uow, code, name, priority, address),
        )

    @requires(Permission.MANAGE_CATALOG)
    def update_warehouse(
        self,
        actor: Actor,
        warehouse_id: int,
        *,
        code: str | None = None,
        name: str | None = None,
        priority: int | None = None,
        address: str | None = None,
        is_active: bool | None = None,
    ) -> WarehouseInfo:
        return transaction(
            self.db,
            actor,
            lambda uow: catalogue.update_warehouse_in(
                uow, warehouse_id, code=code, name=name, priority=priority, address=address,
                is_active=is_active,
            ),
        )  # fmt: skip

    @requires(Permission.MANAGE_STOCK)
    def set_level(
        self,
        actor: Actor,
        product_id: int,
        warehouse_id: int,
        *,
        safety_stock: int | None = None,
        bin_code: str | None = None,
    ) -> StockRow:
        """Carry a SKU in a warehouse, and set its safety stock and bin (a new bin code is
        created in that warehouse; an empty one clears the bin)."""
        return transaction(
            self.db,
            actor,
            lambda uow: catalogue.set_level_in(
                uow, product_id, warehouse_id, safety_stock=safety_stock, bin_code=bin_code
            ),
        )

    # ---- the ledger check and its repair ---------------------------------------------

    @requires(Permission.CHECK_DATABASE)
    def ledger_differences(self, actor: Actor) -> list[StockDifference]:
        """Every balance that differs from the sum of its ledger (empty when all is well)."""
        return read(self.db, lambda uow: stock_differences(uow.session))

    @requires(Permission.REPAIR_STOCK)
    def repair_balances(self, actor: Actor) -> RepairResult:
        """Set each differing balance back to its ledger, audited (see `repair_in`)."""
        return repair_balances(self.db, actor)
