"""Translated labels of after-sales values (case kinds, states, actions, reasons, refunds) and
the presenter of after-sales errors."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.aftersales import CaseAction, CaseKind, CaseStatus, Disposition, RefundStatus
from ui.i18n import money_label


def kind_label(kind: CaseKind | str) -> str:
    labels = {
        "return": QCoreApplication.translate("Aftersales", "Return"),
        "exchange": QCoreApplication.translate("Aftersales", "Exchange"),
        "resend": QCoreApplication.translate("Aftersales", "Resend"),
        "refund_only": QCoreApplication.translate("Aftersales", "Refund only"),
    }
    return labels.get(str(kind), str(kind))


def case_status_label(status: CaseStatus | str) -> str:
    labels = {
        "requested": QCoreApplication.translate("Aftersales", "Requested"),
        "approved": QCoreApplication.translate("Aftersales", "Approved"),
        "awaiting_return": QCoreApplication.translate("Aftersales", "Awaiting return"),
        "received": QCoreApplication.translate("Aftersales", "Received"),
        "inspected": QCoreApplication.translate("Aftersales", "Inspected"),
        "refunded": QCoreApplication.translate("Aftersales", "Refunded"),
        "resent": QCoreApplication.translate("Aftersales", "Sent again"),
        "closed": QCoreApplication.translate("Aftersales", "Closed"),
        "rejected": QCoreApplication.translate("Aftersales", "Rejected"),
    }
    return labels.get(str(status), str(status))


def case_status_colour(status: CaseStatus | str) -> QColor | None:
    """Rows that wait for someone: amber for the desk, blue for the warehouse."""
    if str(status) in ("requested", "inspected"):
        return QColor("#ffe7a8")
    if str(status) in ("approved", "awaiting_return", "received"):
        return QColor("#dcebf7")
    return None


def action_label(action: CaseAction | str, kind: CaseKind | str = "") -> str:
    """The button that makes the move."""
    if str(action) == "resend" and str(kind) == "exchange":
        return QCoreApplication.translate("Aftersales", "&Send the exchange…")
    labels = {
        "approve": QCoreApplication.translate("Aftersales", "&Approve"),
        "reject": QCoreApplication.translate("Aftersales", "Re&ject…"),
        "await_return": QCoreApplication.translate("Aftersales", "Awaiting re&turn"),
        "receive": QCoreApplication.translate("Aftersales", "Re&ceive goods…"),
        "inspect": QCoreApplication.translate("Aftersales", "&Inspection done"),
        "refund": QCoreApplication.translate("Aftersales", "Mark &refunded"),
        "resend": QCoreApplication.translate("Aftersales", "Re&send…"),
        "close": QCoreApplication.translate("Aftersales", "C&lose case"),
    }
    return labels.get(str(action), str(action))


def action_name(action: CaseAction | str) -> str:
    """The move in a sentence ("… it cannot be %1")."""
    labels = {
        "approve": QCoreApplication.translate("Aftersales", "approved"),
        "reject": QCoreApplication.translate("Aftersales", "rejected"),
        "await_return": QCoreApplication.translate("Aftersales", "marked awaiting return"),
        "receive": QCoreApplication.translate("Aftersales", "received"),
        "inspect": QCoreApplication.translate("Aftersales", "inspected"),
        "refund": QCoreApplication.translate("Aftersales", "marked refunded"),
        "resend": QCoreApplication.translate("Aftersales", "sent again"),
        "close": QCoreApplication.translate("Aftersales", "closed"),
    }
    return labels.get(str(action), str(action))


def reason_label(code: str) -> str:
    labels = {
        "damaged": QCoreApplication.translate("Aftersales", "Arrived damaged"),
        "defective": QCoreApplication.translate("Aftersales", "Defective or poor quality"),
        "wrong_item": QCoreApplication.translate("Aftersales", "Wrong item sent"),
        "missing_item": QCoreApplication.translate("Aftersales", "Item missing from the parcel"),
        "wrong_size": QCoreApplication.translate("Aftersales", "Wrong size or does not fit"),
        "not_as_described": QCoreApplication.translate("Aftersales", "Not as described"),
        "no_reason": QCoreApplication.translate(
            "Aftersales", "Changed mind (7-day no-reason return)"
        ),
        "lost_in_transit": QCoreApplication.translate("Aftersales", "Lost in transit"),
        "late_delivery": QCoreApplication.translate("Aftersales", "Delivered late"),
        "other": QCoreApplication.translate("Aftersales", "Other"),
    }
    return labels.get(code, code)


def disposition_label(disposition: Disposition | str | None) -> str:
    labels = {
        "resellable": QCoreApplication.translate("Aftersales", "Resellable"),
        "damaged": QCoreApplication.translate("Aftersales", "Damaged"),
    }
    return labels.get(str(disposition), "") if disposition else ""


def refund_status_label(status: RefundStatus | str) -> str:
    labels = {
        "requested": QCoreApplication.translate("Aftersales", "Waiting for approval"),
        "approved": QCoreApplication.translate("Aftersales", "Refund approved"),
        "rejected": QCoreApplication.translate("Aftersales", "Refund rejected"),
    }
    return labels.get(str(status), str(status))


def history_label(action: str) -> str:
    """After-sales steps in an order's history (the Orders tab shows them too)."""
    labels = {
        "case_open": QCoreApplication.translate("Aftersales", "After-sales case opened"),
        "case_approve": QCoreApplication.translate("Aftersales", "After-sales case approved"),
        "case_reject": QCoreApplication.translate("Aftersales", "After-sales case rejected"),
        "case_await_return": QCoreApplication.translate("Aftersales", "Awaiting the return"),
        "case_receive": QCoreApplication.translate("Aftersales", "Return received"),
        "case_restock": QCoreApplication.translate("Aftersales", "Returned to stock"),
        "case_quarantine": QCoreApplication.translate("Aftersales", "Returned to quarantine"),
        "case_inspect": QCoreApplication.translate("Aftersales", "Return inspected"),
        "case_refund": QCoreApplication.translate("Aftersales", "After-sales case refunded"),
        "case_resend": QCoreApplication.translate("Aftersales", "Replacement sent"),
        "case_close": QCoreApplication.translate("Aftersales", "After-sales case closed"),
        "case_replacement": QCoreApplication.translate(
            "Aftersales", "Replacement for after-sales case"
        ),
        "refund_request": QCoreApplication.translate("Aftersales", "Refund requested"),
        "refund_approve": QCoreApplication.translate("Aftersales", "Refund approved"),
        "refund_reject": QCoreApplication.translate("Aftersales", "Refund rejected"),
    }
    return labels.get(action, action)


def field_name(name: str) -> str:
    """The fields after-sales messages name ("{field} is required")."""
    labels = {
        "reason": QCoreApplication.translate("Aftersales", "Reason"),
        "note": QCoreApplication.translate("Aftersales", "Note"),
        "amount": QCoreApplication.translate("Aftersales", "Amount"),
        "shipping": QCoreApplication.translate("Aftersales", "Shipping"),
        "qty": QCoreApplication.translate("Aftersales", "Quantity"),
        "barcode": QCoreApplication.translate("Aftersales", "Barcode"),
        "case_no": QCoreApplication.translate("Aftersales", "Case no"),
        "lines": QCoreApplication.translate("Aftersales", "Lines"),
        "sku": QCoreApplication.translate("Aftersales", "SKU"),
    }
    return labels.get(name, name)


def money_text(amount: Decimal, currency: str = "") -> str:
    return money_label(amount, currency)  # ¥12.00, not 12.00 CNY
