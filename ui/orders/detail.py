"""The detail pane of the selected order: rules fired, recipient, lines and money, payments,
shipments and the history timeline (personal data masked per role by the service)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.addresses import format_address
from app.audit_queries import AuditEntryRow
from app.order_queries import OrderDetail
from app.payments import OrderMoney
from app.review_rules import RuleCode
from ui.audit_labels import audit_action_label, changes_text
from ui.errors import format_local_time
from ui.i18n import (
    channel_label,
    money_label,
    payment_method_label,
    shipment_status_label,
    status_label,
    user_name_label,
)
from ui.kit.format import money
from ui.orders.labels import (
    action_label,
    history_note,
    hold_reason_label,
    rule_explanation,
    rule_name,
)
from ui.orders.payments import method_label, payment_status_label

RULE_CODES = {code.value for code in RuleCode}


def _money(value: Decimal) -> str:
    return money(value)


def _note(note: str, action: str = "") -> str:
    """History notes: rule codes (a hold by the rules), the rules' hold reason and the notes
    the app writes itself (merged, split, edited fields) translated."""
    said = history_note(action, note)
    if said is not None:
        return said
    codes = [part.strip() for part in note.split(",")]
    if all(code in RULE_CODES for code in codes):
        return "、".join(rule_name(code) for code in codes)
    if note == "rules":
        return QCoreApplication.translate("Orders", "Review rules")
    return hold_reason_label(note)


def _history_note(action: str, note: str) -> str:
    """Payments write "method amount status[: reason]": shown in the reader's words."""
    if action in ("payment", "mark_paid"):
        head, sep, reason = note.partition(": ")
        parts = head.split(" ")
        if len(parts) == 3:
            method, amount, status = parts
            text = f"{method_label(method)} {amount} {payment_status_label(status)}"
            return text + (f"：{reason}" if sep else "")
    return _note(note, action)


class OrderDetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.setOpenLinks(False)
        self.setMinimumWidth(260)  # room for the table at 1280 px
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        text = text or self.tr("Select an order")
        self.setHtml(f"<p style='color:#777'>{escape(text)}</p>")

    def show_many(self, count: int) -> None:
        self.show_nothing(self.tr("%n orders selected", "", count))

    def show_order(
        self,
        d: OrderDetail,
        payments: OrderMoney | None = None,
        audit: list[AuditEntryRow] | None = None,
    ) -> None:
        r = d.row
        # tr() outside the f-strings, where lupdate can see the texts.
        t = {
            "On hold": self.tr("On hold"),
            "Returned for correction": self.tr("Returned for correction"),
            "Review rules fired": self.tr("Review rules fired"),
            "Recipient": self.tr("Recipient"),
            "Personal data is masked": self.tr("Personal data is masked"),
            "Lines": self.tr("Lines"),
            "Warehouse": self.tr("Warehouse"),
            "Carrier": self.tr("Carrier"),
            "Split or merged from %1": self.tr("Split or merged from %1"),
            "Payments": self.tr("Payments"),
            "Shipments": self.tr("Shipments"),
            "History": self.tr("History"),
        }
        parts = [
            f"<h3 style='margin:0'>{escape(r.order_no)}</h3>",
            f"<p><b>{escape(status_label(r.status))}</b> · {escape(channel_label(r.channel))}"
            + (f" · {escape(r.external_no)}" if r.external_no else "")
            + "</p>",
        ]
        if r.is_on_hold:
            parts.append(
                f"<p style='color:#b3261e'><b>{escape(t['On hold'])}:</b> "
                f"{escape(hold_reason_label(r.hold_reason))}</p>"
            )
        if d.return_reason:
            parts.append(
                "<p style='color:#8a4b00;background:#fff4e0;padding:4px'>"
                f"<b>{escape(t['Returned for correction'])}:</b> {escape(d.return_reason)}</p>"
            )
        if d.flags:
            parts.append(f"<h4>{escape(t['Review rules fired'])}</h4><ul>")
            for flag in d.flags:
                badge = self.tr("holds") if flag.action == "hold" else self.tr("flags")
                colour = "#b3261e" if flag.action == "hold" else "#8a6d00"
                parts.append(
                    f"<li><b>{escape(rule_name(flag.rule_code))}</b> "
                    f"<span style='color:{colour}'>[{escape(badge)}]</span><br>"
                    f"{escape(rule_explanation(flag.rule_code, flag.params))}</li>"
                )
            parts.append("</ul>")
        address = format_address(r.province, r.city, d.district, r.address)
        parts.append(f"<h4>{escape(t['Recipient'])}</h4>")
        parts.append(
            f"<p>{escape(r.recipient_name)} · {escape(r.recipient_phone)}<br>{escape(address)}"
            + (f" {escape(d.postcode)}" if d.postcode else "")
            + "</p>"
        )
        if d.pii_masked:
            parts.append(f"<p style='color:#777'>{escape(t['Personal data is masked'])}</p>")
        for label, note in (
            (self.tr("Buyer note"), d.buyer_note),
            (self.tr("Seller note"), d.seller_note),
        ):
            if note:
                parts.append(f"<p><b>{escape(label)}:</b> {escape(note)}</p>")
        parts.append(f"<h4>{escape(t['Lines'])}</h4>")
        parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        parts.append(
            "<tr style='background:#eee'>"
            + "".join(
                f"<th align='{a}'>{escape(h)}</th>"
                for h, a in (
                    (self.tr("SKU"), "left"),
                    (self.tr("Name"), "left"),
                    (self.tr("Qty"), "right"),
                    (self.tr("Price"), "right"),
                    (self.tr("Discount"), "right"),
                    (self.tr("Amount"), "right"),
                )
            )
            + "</tr>"
        )
        for ln in d.lines:
            parts.append(
                f"<tr><td>{escape(ln.sku)}</td><td>{escape(ln.name)}</td>"
                f"<td align='right'>{ln.qty}</td><td align='right'>{_money(ln.unit_price)}</td>"
                f"<td align='right'>{_money(ln.discount)}</td>"
                f"<td align='right'>{_money(ln.amount)}</td></tr>"
            )
        parts.append("</table>")
        money = (
            (self.tr("Goods"), d.goods_amount),
            (self.tr("Shipping"), d.shipping_fee),
            (self.tr("Discount"), -d.discount),
            (self.tr("Total"), r.total),
            (self.tr("Paid"), d.paid_amount),
        )
        parts.append("<table cellpadding='2' align='right'>")
        for label, value in money:
            parts.append(
                f"<tr><td>{escape(label)}</td><td align='right'>"
                f"{escape(money_label(value, r.currency))}</td></tr>"
            )
        parts.append("</table><br clear='all'>")
        if r.warehouse or r.carrier:
            parts.append(
                f"<p><b>{escape(t['Warehouse'])}:</b> {escape(r.warehouse or '—')} · "
                f"<b>{escape(t['Carrier'])}:</b> {escape(r.carrier or '—')}</p>"
            )
        if d.parent_order_no:
            parts.append(
                "<p>"
                + escape(t["Split or merged from %1"].replace("%1", d.parent_order_no))
                + "</p>"
            )
        if payments is not None:
            parts.append(self._money_html(payments, d))
        elif d.payments:
            parts.append(f"<h4>{escape(t['Payments'])}</h4><ul>")
            for p in d.payments:
                extra = ""
                if p.refunds_requested:
                    extra = " · " + self.tr("refund requested %1").replace(
                        "%1", _money(p.refunds_requested)
                    )
                parts.append(
                    f"<li>{escape(format_local_time(p.paid_at))} "
                    f"{escape(payment_method_label(p.method))} "
                    f"{escape(money_label(p.amount, r.currency))}{escape(extra)}</li>"
                )
            parts.append("</ul>")
        if d.shipments:
            parts.append(f"<h4>{escape(t['Shipments'])}</h4><ul>")
            for s in d.shipments:
                parts.append(
                    f"<li>{escape(s.carrier)} {escape(s.tracking_no)} "
                    f"({escape(shipment_status_label(s.status))})</li>"
                )
            parts.append("</ul>")
        parts.append(f"<h4>{escape(t['History'])}</h4><table cellpadding='2'>")
        for e in reversed(d.events):
            move = ""
            if e.to_status and e.from_status != e.to_status:
                before = status_label(e.from_status) if e.from_status else ""
                move = f"{before} → {status_label(e.to_status)}" if before else status_label(
                    e.to_status
                )  # fmt: skip
            note = f" — {_history_note(e.action, e.note)}" if e.note else ""
            parts.append(
                f"<tr><td style='color:#555'>{escape(format_local_time(e.ts))}</td>"
                f"<td>{escape(user_name_label(e.user))}</td>"
                f"<td><b>{escape(action_label(e.action))}</b> "
                f"{escape(move)}{escape(note)}</td></tr>"
            )
        parts.append("</table>")
        if audit:
            parts.append(self._audit_html(audit))
        self.setHtml("".join(parts))

    def _audit_html(self, entries: list[AuditEntryRow]) -> str:
        """The order's audit entries, newest first: who changed what, field by field."""
        head = self.tr("Audit log")
        parts = [f"<h4>{escape(head)}</h4><table cellpadding='2'>"]
        for e in entries:
            said = changes_text(e.changes, limit=120, entity_type=e.entity_type)
            parts.append(
                f"<tr><td style='color:#555'>{escape(format_local_time(e.ts))}</td>"
                f"<td>{escape(user_name_label(e.user_name))}</td>"
                f"<td><b>{escape(audit_action_label(e.action))}</b>"
                + (f"<br><span style='color:#555'>{escape(said)}</span>" if said else "")
                + "</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def _money_html(self, m: OrderMoney, d: OrderDetail) -> str:
        """Payments with their status, reference and reason; what is due; COD."""
        requested = {p.paid_at: p.refunds_requested for p in d.payments}
        head = self.tr("Payments")
        if m.is_cod:
            head += " · " + self.tr("Cash on delivery")
        parts = [f"<h4>{escape(head)}</h4>"]
        if m.due > 0 and m.status not in ("cancelled", "completed"):
            due = (
                self.tr("To collect on delivery: %1") if m.is_cod else self.tr("Still due: %1")
            ).replace("%1", f"{_money(m.due)} {m.currency}")
            parts.append(f"<p style='color:#b3261e'><b>{escape(due)}</b></p>")  # fmt: skip
        if not m.payments:
            parts.append(f"<p style='color:#777'>{escape(self.tr('No payment recorded'))}</p>")
            return "".join(parts)
        parts.append("<ul>")
        for p in m.payments:
            bits = [format_local_time(p.paid_at), method_label(p.method), _money(p.amount),
                    payment_status_label(p.status)]  # fmt: skip
            if p.reference:
                bits.append(p.reference)
            if p.tracking_no:
                bits.append(p.tracking_no)
            if p.remitted_amount is not None and p.remitted_amount != p.amount:
                bits.append(self.tr("remitted %1").replace("%1", _money(p.remitted_amount)))
            if p.reason:
                bits.append(p.reason)
            if p.recorded_by:
                bits.append(p.recorded_by)
            if requested.get(p.paid_at):
                bits.append(self.tr("refund requested %1").replace(
                    "%1", _money(requested[p.paid_at])))  # fmt: skip
            colour = {"failed": "#b3261e", "pending": "#8a6d00"}.get(p.status.value, "")
            style = f" style='color:{colour}'" if colour else ""
            parts.append(f"<li{style}>{escape(' · '.join(bits))}</li>")
        parts.append("</ul>")
        return "".join(parts)
