"""Table models of the after-sales screens: cases, case lines and refunds (plain rows from the
services, shown as they come)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.aftersales import CaseLineRow, CaseRow, RefundRow, RefundStatus
from ui.aftersales.labels import (
    case_status_colour,
    case_status_label,
    disposition_label,
    kind_label,
    money_text,
    reason_label,
    refund_status_label,
)
from ui.i18n import refund_reason_label, status_label, user_name_label
from ui.service.models import RowsModel, when

WAITING = QColor("#ffe7a8")
DONE = QColor("#d9f2d9")
REFUSED = QColor("#eeeeee")


class CasesModel(RowsModel):
    def __init__(self, parent: QWidget | None = None, *, with_customer: bool = False) -> None:
        super().__init__(parent)
        self.with_customer = with_customer
        headers = [
            self.tr("Case no"), self.tr("Kind"), self.tr("Status"), self.tr("Orders"),
            self.tr("Pieces"), self.tr("Received"), self.tr("Refunded"), self.tr("Waiting"),
            self.tr("Reason"), self.tr("Replacement order"), self.tr("Opened"),
        ]  # fmt: skip
        if with_customer:
            headers.insert(1, self.tr("Customer"))
        self.headers = headers  # the columns are made from the whole list

    def values(self, c: CaseRow) -> Sequence[str]:
        values = [
            c.case_no, kind_label(c.kind), case_status_label(c.status), ", ".join(c.order_nos),
            str(c.units), str(c.received_units),
            money_text(c.refunded, c.currency) if c.refunded else "",
            money_text(c.refund_pending, c.currency) if c.refund_pending else "",
            reason_label(c.reason_code), c.replacement_order_no, when(c.created_at),
        ]  # fmt: skip
        if self.with_customer:
            values.insert(1, c.customer_name)
        return values

    def background(self, c: CaseRow) -> QColor | None:
        return case_status_colour(c.status)

    def tooltip(self, c: CaseRow) -> str | None:
        return c.note or None


class CaseLinesModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Order no"), self.tr("SKU"), self.tr("Item"), self.tr("Pieces"),
            self.tr("Received"), self.tr("Disposition"), self.tr("Warehouse"),
            self.tr("Paid per piece"), self.tr("Order status"),
        ]  # fmt: skip

    def values(self, ln: CaseLineRow) -> Sequence[str]:
        return (
            ln.order_no, ln.sku, ln.name, str(ln.qty), str(ln.received_qty),
            disposition_label(ln.disposition), ln.warehouse_code, money_text(ln.unit_value),
            status_label(ln.order_status),
        )  # fmt: skip

    def background(self, ln: CaseLineRow) -> QColor | None:
        return DONE if ln.received_qty and ln.received_qty == ln.qty else None


class RefundsModel(RowsModel):
    CASE_NO, CUSTOMER = 3, 4  # columns a screen about one case or customer may hide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Amount"), self.tr("Status"), self.tr("Order no"), self.tr("Case no"),
            self.tr("Customer"), self.tr("Requested by"), self.tr("Requested at"),
            self.tr("Decided by"), self.tr("Reason"),
        ]  # fmt: skip

    def values(self, r: RefundRow) -> Sequence[str]:
        decided = r.decided_by_name
        if r.status == RefundStatus.REJECTED and r.decided_by is None:
            decided = self.tr("withdrawn by %1").replace("%1", r.requested_by_name)
        status = refund_status_label(r.status)
        if r.needs_supervisor:
            status += self.tr(" (supervisor)")
        return (
            money_text(r.amount, r.currency), status, r.order_no, r.case_no or "—",
            r.customer_name, user_name_label(r.requested_by_name), when(r.requested_at), decided,
            refund_reason_label(r.reason),
        )  # fmt: skip

    def background(self, r: RefundRow) -> QColor | None:
        return {
            RefundStatus.REQUESTED: WAITING,
            RefundStatus.APPROVED: DONE,
            RefundStatus.REJECTED: REFUSED,
        }.get(r.status)
