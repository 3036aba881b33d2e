"""Table models of the service tab: plain rows from the services, shown as they come (the
services sort and page in SQL)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView, QWidget

from app.customers import CustomerOrder, CustomerShipment
from app.service_desk import SlaState, TicketRow
from ui.errors import format_local_time
from ui.i18n import channel_label, money_label, shipment_status_label, status_label
from ui.kit.list_model import ListColumn, ListModel
from ui.service.labels import (
    kind_label,
    priority_label,
    sla_colour,
    sla_label,
    ticket_status_label,
)

Index = QModelIndex | QPersistentModelIndex
DARK_TEXT = QColor("#202020")


def when(moment: datetime | None) -> str:
    return format_local_time(moment) if moment else ""


def money(amount: Decimal, currency: str) -> str:
    return money_label(amount, currency)  # ¥12.00, not 12.00 CNY


def make_table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RowsModel(ListModel[Any]):
    """Rows of one frozen dataclass; subclasses say the headers and the cell texts (the kit's
    short-list model with its columns made from `headers` and `values`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], (), parent)

    @property
    def headers(self) -> list[str]:
        return [c.title for c in self.columns]

    @headers.setter
    def headers(self, titles: list[str]) -> None:
        def dark(row: Any) -> QColor | None:
            return DARK_TEXT if self.background(row) is not None else None

        self.columns = [
            ListColumn(
                title,
                lambda r, c=column: self.values(r)[c],
                colour=dark,
                background=self.background,
                tooltip=self.tooltip,
            )
            for column, title in enumerate(titles)
        ]

    def values(self, row: Any) -> Sequence[str]:
        raise NotImplementedError

    def background(self, row: Any) -> QColor | None:
        return None

    def tooltip(self, row: Any) -> str | None:
        return None


class OrdersModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Order no"), self.tr("Ordered at"), self.tr("Status"), self.tr("Channel"),
            self.tr("Platform order no"), self.tr("Total"), self.tr("Paid"),
            self.tr("Recipient"), self.tr("Phone"), self.tr("Address"),
        ]  # fmt: skip

    def values(self, o: CustomerOrder) -> Sequence[str]:
        status = status_label(o.status) + (self.tr(" (on hold)") if o.is_on_hold else "")
        return (
            o.order_no, when(o.ordered_at), status, channel_label(o.channel), o.external_no,
            money(o.total, o.currency), money(o.paid_amount, o.currency), o.recipient_name,
            o.recipient_phone, o.address,
        )  # fmt: skip


class ShipmentsModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Order no"), self.tr("Carrier"), self.tr("Tracking no"), self.tr("Status"),
            self.tr("Shipped at"), self.tr("Latest tracking"), self.tr("At"), self.tr("Where"),
        ]  # fmt: skip

    def values(self, s: CustomerShipment) -> Sequence[str]:
        return (
            s.order_no, s.carrier, s.tracking_no, shipment_status_label(s.status),
            when(s.shipped_at), s.last_event, when(s.last_event_at), s.last_event_location,
        )  # fmt: skip


class TicketsModel(RowsModel):
    """Tickets with their SLA: overdue rows red, due-soon rows amber."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now  # the service desk's clock, so colours agree with the counts
        self.moment = now()
        # The SLA due time is the queue's order: second, where the eye starts.
        self.headers = [
            self.tr("Ticket no"), self.tr("SLA due"), self.tr("Priority"), self.tr("Status"),
            self.tr("Kind"), self.tr("Category"), self.tr("Customer"), self.tr("Order no"),
            self.tr("Assignee"), self.tr("Subject"),
        ]  # fmt: skip

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.moment = self.now()  # one clock reading per refresh: rows agree with each other
        super().set_rows(rows)

    def tick(self) -> None:
        """Time moved on: recolour without a reset, so selection and scrolling stay."""
        self.moment = self.now()
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def values(self, t: TicketRow) -> Sequence[str]:
        state = t.sla_state(self.moment)
        due = when(t.sla_due_at)
        if state in (SlaState.DUE_SOON, SlaState.OVERDUE):
            due = f"{due} ({sla_label(state)})"
        return (
            t.ticket_no, due, priority_label(t.priority), ticket_status_label(t.status),
            kind_label(t.kind), t.category, t.customer_name, t.order_no, t.assignee_name,
            t.subject,
        )  # fmt: skip

    def background(self, t: TicketRow) -> QColor | None:
        return sla_colour(t.sla_state(self.moment))
