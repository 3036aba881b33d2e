"""Inventory: what the warehouse clerk and the supervisor do with stock, and what they see.

Every action is one unit of work that checks the caller's permission (`service`), changes
balances only through `app.stock` (a conditional UPDATE plus a ledger row, so it can never
oversell) and writes one audit entry with each touched balance before and after
(`ledger.post_audited`). Reads return plain frozen dataclasses (`model`); the stock table is
filtered and sorted in SQL (`table`).

The modules' functions run inside the caller's unit of work: `ledger` (receiving, adjusting,
returns, the ledger read back), `order_stock` (stock held for an order by hand),
`transfers`, `counts` (stock-takes), `catalogue` (products, warehouses, bins) and `repair`.
The orders and fulfilment services call `app.stock` inside their own units of work.
"""

from app.inventory.model import (
    CLOSED_ORDER_STATES,
    MAX_QTY,
    AlertCounts,
    AlertState,
    Balance,
    CountLineInfo,
    CountPosting,
    CountSheet,
    CountStatus,
    MovementRow,
    ProductInfo,
    RepairResult,
    ReservationResult,
    StockQuery,
    StockRow,
    StockSort,
    TransferInfo,
    TransferLineInfo,
    TransferStatus,
    Variance,
    WarehouseInfo,
    WarehouseSummary,
)
from app.inventory.repair import repair_balances
from app.inventory.service import InventoryService
from app.inventory.table import EXPORT_HEADERS, write_stock_xlsx
from models import MovementKind

__all__ = [
    "CLOSED_ORDER_STATES",
    "EXPORT_HEADERS",
    "MAX_QTY",
    "AlertCounts",
    "AlertState",
    "Balance",
    "CountLineInfo",
    "CountPosting",
    "CountSheet",
    "CountStatus",
    "InventoryService",
    "MovementKind",
    "MovementRow",
    "ProductInfo",
    "RepairResult",
    "ReservationResult",
    "StockQuery",
    "StockRow",
    "StockSort",
    "TransferInfo",
    "TransferLineInfo",
    "TransferStatus",
    "Variance",
    "WarehouseInfo",
    "WarehouseSummary",
    "repair_balances",
    "write_stock_xlsx",
]
