"""Translated labels of the service desk's values (ticket kinds, priorities, states...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.customers import MatchKind
from app.service_desk import SlaState, TicketKind, TicketPriority, TicketStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Service", text)


def kind_label(kind: TicketKind | str) -> str:
    labels = {
        "inquiry": _t("Inquiry"),
        "complaint": _t("Complaint"),
        "feedback": _t("Feedback"),
        "aftersales": _t("After-sales"),
    }
    return labels.get(str(kind), str(kind))


def priority_label(priority: TicketPriority | str) -> str:
    labels = {
        "urgent": _t("Urgent"),
        "high": _t("High"),
        "normal": _t("Normal"),
        "low": _t("Low"),
    }
    return labels.get(str(priority), str(priority))


def ticket_status_label(status: TicketStatus | str) -> str:
    labels = {
        "new": _t("New"),
        "open": _t("Open"),
        "waiting_customer": _t("Waiting on customer"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
    }
    return labels.get(str(status), str(status))


def move_label(current: TicketStatus, target: TicketStatus) -> str:
    """The button that moves a ticket from `current` to `target`."""
    if target == TicketStatus.OPEN:
        return _t("&Reopen") if current == TicketStatus.RESOLVED else _t("&Open")
    labels = {
        TicketStatus.WAITING_CUSTOMER: _t("&Wait for customer"),
        TicketStatus.RESOLVED: _t("Re&solve"),
        TicketStatus.CLOSED: _t("C&lose"),
    }
    return labels.get(target, ticket_status_label(target))


def sla_label(state: SlaState) -> str:
    labels = {
        SlaState.OK: _t("on time"),
        SlaState.DUE_SOON: _t("due soon"),
        SlaState.OVERDUE: _t("overdue"),
        SlaState.NONE: "",
    }
    return labels[state]


def sla_colour(state: SlaState) -> QColor | None:
    """Row backgrounds: red overdue, amber due soon (with dark text on every theme)."""
    if state == SlaState.OVERDUE:
        return QColor("#f8d0d0")
    if state == SlaState.DUE_SOON:
        return QColor("#ffe7a8")
    return None


def match_label(kind: MatchKind) -> str:
    labels = {
        MatchKind.ORDER_NO: _t("order no"),
        MatchKind.EXTERNAL_NO: _t("platform order no"),
        MatchKind.TRACKING_NO: _t("tracking no"),
        MatchKind.PHONE: _t("phone"),
        MatchKind.LAST4_NAME: _t("phone last 4 + name"),
        MatchKind.NAME: _t("name"),
        MatchKind.NAME_PREFIX: _t("name starts with"),
        MatchKind.LAST4: _t("phone last 4"),
    }
    return labels[kind]


def shipment_status_label(status: str) -> str:
    labels = {
        "created": _t("Label created"),
        "shipped": _t("Shipped"),
        "in_transit": _t("In transit"),
        "delivered": _t("Delivered"),
        "exception": _t("Exception"),
        "returned": _t("Returned"),
        "lost": _t("Lost"),
    }
    return labels.get(status, status)
