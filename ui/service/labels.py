"""Translated labels of the service desk's values (ticket kinds, priorities, states...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from app.customers import MatchKind
from app.service_desk import SlaState, TicketKind, TicketPriority, TicketStatus


def kind_label(kind: TicketKind | str) -> str:
    labels = {
        "inquiry": QCoreApplication.translate("Service", "Inquiry"),
        "complaint": QCoreApplication.translate("Service", "Complaint"),
        "feedback": QCoreApplication.translate("Service", "Feedback"),
        "aftersales": QCoreApplication.translate("Service", "After-sales"),
    }
    return labels.get(str(kind), str(kind))


def priority_label(priority: TicketPriority | str) -> str:
    labels = {
        "urgent": QCoreApplication.translate("Service", "Urgent"),
        "high": QCoreApplication.translate("Service", "High"),
        "normal": QCoreApplication.translate("Service", "Normal"),
        "low": QCoreApplication.translate("Service", "Low"),
    }
    return labels.get(str(priority), str(priority))


def ticket_status_label(status: TicketStatus | str) -> str:
    labels = {
        "new": QCoreApplication.translate("Service", "New"),
        "open": QCoreApplication.translate("Service", "Open"),
        "waiting_customer": QCoreApplication.translate("Service", "Waiting on customer"),
        "resolved": QCoreApplication.translate("Service", "Resolved"),
        "closed": QCoreApplication.translate("Service", "Closed"),
    }
    return labels.get(str(status), str(status))


def move_label(current: TicketStatus, target: TicketStatus) -> str:
    """The button that moves a ticket from `current` to `target`."""
    if target == TicketStatus.OPEN and current == TicketStatus.RESOLVED:
        return QCoreApplication.translate("Service", "Re&open")
    if target == TicketStatus.OPEN and current == TicketStatus.WAITING_CUSTOMER:
        return QCoreApplication.translate("Service", "&Resume")
    if target == TicketStatus.OPEN:
        return QCoreApplication.translate("Service", "&Take on")
    labels = {
        TicketStatus.WAITING_CUSTOMER: QCoreApplication.translate("Service", "&Wait for customer"),
        TicketStatus.RESOLVED: QCoreApplication.translate("Service", "Re&solve"),
        TicketStatus.CLOSED: QCoreApplication.translate("Service", "C&lose"),
    }
    return labels.get(target, ticket_status_label(target))


def sla_label(state: SlaState) -> str:
    labels = {
        SlaState.OK: QCoreApplication.translate("Service", "on time"),
        SlaState.DUE_SOON: QCoreApplication.translate("Service", "due soon"),
        SlaState.OVERDUE: QCoreApplication.translate("Service", "overdue"),
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
        MatchKind.ORDER_NO: QCoreApplication.translate("Service", "order no"),
        MatchKind.EXTERNAL_NO: QCoreApplication.translate("Service", "platform order no"),
        MatchKind.TRACKING_NO: QCoreApplication.translate("Service", "tracking no"),
        MatchKind.PHONE: QCoreApplication.translate("Service", "phone"),
        MatchKind.LAST4_NAME: QCoreApplication.translate("Service", "phone last 4 + name"),
        MatchKind.NAME: QCoreApplication.translate("Service", "name"),
        MatchKind.NAME_PREFIX: QCoreApplication.translate("Service", "name starts with"),
        MatchKind.LAST4: QCoreApplication.translate("Service", "phone last 4"),
    }
    return labels[kind]


def field_label(label: str) -> str:
    """The field names the services put in their messages ({label} is required)."""
    labels = {
        "Subject": QCoreApplication.translate("Service", "Subject"),
        "Category": QCoreApplication.translate("Service", "Category"),
        "Message": QCoreApplication.translate("Service", "Message"),
        "Template name": QCoreApplication.translate("Service", "Template name"),
        "Template text": QCoreApplication.translate("Service", "Template text"),
        "Name": QCoreApplication.translate("Service", "Name"),
        "E-mail": QCoreApplication.translate("Service", "E-mail"),
        "Province": QCoreApplication.translate("Service", "Province"),
        "City": QCoreApplication.translate("Service", "City"),
        "District": QCoreApplication.translate("Service", "District"),
        "Address": QCoreApplication.translate("Service", "Address"),
        "Note": QCoreApplication.translate("Service", "Note"),
        "Reason": QCoreApplication.translate("Service", "Reason"),
    }
    return labels.get(label, label)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask once before a destructive step; Yes / No in the user's language."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(
        QCoreApplication.translate("Service", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(QCoreApplication.translate("Service", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
