"""The Orders table: the kit's paged model (`ui/kit/paged_model.py`) over the ordered ids
of the current filter; this module says its columns and how to fetch ids and rows.

Sorting and filtering happen in SQL (a sort key per column); selecting thousands of rows
works on row ranges and ids, never on row objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.addresses import format_address
from app.order_queries import OrderFilter, OrderRow, SortKey
from app.permissions import Actor
from app.services import Services
from app.states import OrderStatus
from ui.i18n import channel_label, status_label
from ui.kit.format import local_time, money
from ui.kit.paged_model import ID_ROLE, PagedColumn, PagedTableModel
from ui.orders.labels import hold_reason_label, rule_name

ORDER_ID_ROLE = ID_ROLE


class Column(IntEnum):
    ORDER_NO = 0
    STATUS = 1
    CHANNEL = 2
    RECIPIENT = 3
    PHONE = 4
    ADDRESS = 5
    ITEMS = 6
    TOTAL = 7
    WAREHOUSE = 8
    CARRIER = 9
    RULES = 10
    ORDERED_AT = 11


SORT_KEYS = {
    Column.ORDER_NO: SortKey.ORDER_NO,
    Column.STATUS: SortKey.STATUS,
    Column.CHANNEL: SortKey.CHANNEL,
    Column.RECIPIENT: SortKey.RECIPIENT,
    Column.TOTAL: SortKey.TOTAL,
    Column.ORDERED_AT: SortKey.ORDERED_AT,
}


def _header(column: Column) -> str:
    return {
        Column.ORDER_NO: QCoreApplication.translate("Orders", "Order no"),
        Column.STATUS: QCoreApplication.translate("Orders", "Status"),
        Column.CHANNEL: QCoreApplication.translate("Orders", "Channel"),
        Column.RECIPIENT: QCoreApplication.translate("Orders", "Recipient"),
        Column.PHONE: QCoreApplication.translate("Orders", "Phone"),
        Column.ADDRESS: QCoreApplication.translate("Orders", "Address"),
        Column.ITEMS: QCoreApplication.translate("Orders", "Items"),
        Column.TOTAL: QCoreApplication.translate("Orders", "Total"),
        Column.WAREHOUSE: QCoreApplication.translate("Orders", "Warehouse"),
        Column.CARRIER: QCoreApplication.translate("Orders", "Carrier"),
        Column.RULES: QCoreApplication.translate("Orders", "Rules fired"),
        Column.ORDERED_AT: QCoreApplication.translate("Orders", "Ordered at"),
    }[column]


def _colour(row: OrderRow) -> QColor | None:
    if row.is_on_hold:
        return QColor("#b3261e")
    if row.status == OrderStatus.CANCELLED:
        return QColor("#888888")
    return None


def _status(row: OrderRow) -> str:
    label = status_label(row.status)
    if row.is_on_hold:
        return label + " · " + QCoreApplication.translate("Orders", "on hold")
    return label


_TEXTS: dict[Column, Callable[[OrderRow], str]] = {
    Column.ORDER_NO: lambda r: r.order_no,
    Column.STATUS: _status,
    Column.CHANNEL: lambda r: channel_label(r.channel),
    Column.RECIPIENT: lambda r: r.recipient_name,
    Column.PHONE: lambda r: r.recipient_phone,
    Column.ADDRESS: lambda r: format_address(r.province, r.city, "", r.address),
    Column.ITEMS: lambda r: str(r.items),
    Column.TOTAL: lambda r: money(r.total),
    Column.WAREHOUSE: lambda r: r.warehouse,
    Column.CARRIER: lambda r: r.carrier,
    Column.RULES: lambda r: "、".join(rule_name(code) for code in r.rules),
    Column.ORDERED_AT: lambda r: local_time(r.ordered_at),
}
_TOOLTIPS: dict[Column, Callable[[OrderRow], str | None]] = {
    Column.RULES: lambda r: "\n".join(rule_name(code) for code in r.rules) if r.rules else None,
    Column.STATUS: lambda r: hold_reason_label(r.hold_reason) if r.is_on_hold else None,
}


def columns() -> list[PagedColumn[OrderRow]]:
    sort_tip = QCoreApplication.translate("Orders", "Click to sort")
    return [
        PagedColumn(
            _header(column),
            _TEXTS[column],
            sort=SORT_KEYS.get(column),
            numeric=column in (Column.ITEMS, Column.TOTAL),
            colour=_colour,
            tooltip=_TOOLTIPS.get(column),
            header_tip=sort_tip if column in SORT_KEYS else None,
        )
        for column in Column
    ]


class OrdersTableModel(PagedTableModel[OrderRow]):
    FIRST_IDS = 2000  # ids fetched before the first paint; the rest follow in the background
    UNSORTED = SortKey.NEWEST  # columns without a sort key keep the arrival order

    def __init__(self, services: Services, actor: Actor, parent: Any = None) -> None:
        super().__init__(columns(), SortKey.NEWEST, True, parent)
        self.services = services
        self.actor = actor
        self.filter = OrderFilter()

    def query(  # type: ignore[override]
        self,
        flt: OrderFilter | None = None,
        sort_key: SortKey | None = None,
        descending: bool | None = None,
    ) -> None:
        """Run the filter in SQL and show its ids (rows load when painted)."""
        self.filter = flt if flt is not None else self.filter
        self.sort_key = sort_key if sort_key is not None else self.sort_key
        self.descending = descending if descending is not None else self.descending
        super().query()

    def ids_fetcher(self, limit: int | None) -> Callable[[], Sequence[int]]:
        queries, actor = self.services.order_queries, self.actor
        args = (self.filter, self.sort_key, self.descending)
        return lambda: queries.order_ids(actor, *args, limit=limit)

    def fetch_rows(self, ids: list[int]) -> Sequence[OrderRow]:
        return self.services.order_queries.rows(self.actor, ids)

    def row_data(self, row: int) -> OrderRow | None:
        return self.row_at(row)
