"""The detail pane of the selected order: rules fired, recipient, lines and money, payments,
shipments and the history timeline (personal data masked per role by the service)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.order_queries import OrderDetail
from ui.errors import format_local_time
from ui.i18n import status_label
from ui.orders.labels import action_label, hold_reason_label, rule_explanation, rule_name


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


class OrderDetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.setOpenLinks(False)
        self.setMinimumWidth(320)
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        self.setHtml(f"<p style='color:#777'>{escape(text or self.tr('Select an order'))}</p>")

    def show_many(self, count: int) -> None:
        self.show_nothing(self.tr("%n orders selected", "", count))

    def show_order(self, d: OrderDetail) -> None:
        r = d.row
        tr = self.tr
        parts = [
            f"<h3 style='margin:0'>{escape(r.order_no)}</h3>",
            f"<p><b>{escape(status_label(r.status))}</b> · {escape(r.channel)}"
            + (f" · {escape(r.external_no)}" if r.external_no else "")
            + "</p>",
        ]
        if r.is_on_hold:
            parts.append(
                f"<p style='color:#b3261e'><b>{escape(tr('On hold'))}:</b> "
                f"{escape(hold_reason_label(r.hold_reason))}</p>"
            )
        if d.flags:
            parts.append(f"<h4>{escape(tr('Review rules fired'))}</h4><ul>")
            for flag in d.flags:
                badge = tr("holds") if flag.action == "hold" else tr("flags")
                colour = "#b3261e" if flag.action == "hold" else "#8a6d00"
                parts.append(
                    f"<li><b>{escape(rule_name(flag.rule_code))}</b> "
                    f"<span style='color:{colour}'>[{escape(badge)}]</span><br>"
                    f"{escape(rule_explanation(flag.rule_code, flag.params))}</li>"
                )
            parts.append("</ul>")
        address = f"{r.province}{r.city}{d.district}{r.address}"
        parts.append(f"<h4>{escape(tr('Recipient'))}</h4>")
        parts.append(
            f"<p>{escape(r.recipient_name)} · {escape(r.recipient_phone)}<br>{escape(address)}"
            + (f" {escape(d.postcode)}" if d.postcode else "")
            + "</p>"
        )
        if d.pii_masked:
            parts.append(f"<p style='color:#777'>{escape(tr('Personal data is masked'))}</p>")
        for label, note in ((tr("Buyer note"), d.buyer_note), (tr("Seller note"), d.seller_note)):
            if note:
                parts.append(f"<p><b>{escape(label)}:</b> {escape(note)}</p>")
        parts.append(f"<h4>{escape(tr('Lines'))}</h4>")
        parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        parts.append(
            "<tr style='background:#eee'>"
            + "".join(
                f"<th align='{a}'>{escape(h)}</th>"
                for h, a in (
                    (tr("SKU"), "left"),
                    (tr("Name"), "left"),
                    (tr("Qty"), "right"),
                    (tr("Price"), "right"),
                    (tr("Discount"), "right"),
                    (tr("Amount"), "right"),
                )
            )  # fmt: skip
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
            (tr("Goods"), d.goods_amount), (tr("Shipping"), d.shipping_fee),
            (tr("Discount"), -d.discount), (tr("Total"), r.total), (tr("Paid"), d.paid_amount),
        )  # fmt: skip
        parts.append("<table cellpadding='2' align='right'>")
        for label, value in money:
            parts.append(
                f"<tr><td>{escape(label)}</td><td align='right'>{_money(value)} "
                f"{escape(r.currency)}</td></tr>"
            )
        parts.append("</table><br clear='all'>")
        if r.warehouse or r.carrier:
            parts.append(
                f"<p><b>{escape(tr('Warehouse'))}:</b> {escape(r.warehouse or '—')} · "
                f"<b>{escape(tr('Carrier'))}:</b> {escape(r.carrier or '—')}</p>"
            )
        if d.parent_order_no:
            parts.append(
                f"<p>{escape(tr('Split or merged from %1').replace('%1', d.parent_order_no))}</p>"
            )
        if d.payments:
            parts.append(f"<h4>{escape(tr('Payments'))}</h4><ul>")
            for p in d.payments:
                extra = ""
                if p.refunds_requested:
                    extra = " · " + tr("refund requested %1").replace(
                        "%1", _money(p.refunds_requested)
                    )
                parts.append(
                    f"<li>{escape(format_local_time(p.paid_at))} {escape(p.method)} "
                    f"{_money(p.amount)}{escape(extra)}</li>"
                )
            parts.append("</ul>")
        if d.shipments:
            parts.append(f"<h4>{escape(tr('Shipments'))}</h4><ul>")
            for s in d.shipments:
                parts.append(
                    f"<li>{escape(s.carrier)} {escape(s.tracking_no)} ({escape(s.status)})</li>"
                )
            parts.append("</ul>")
        parts.append(f"<h4>{escape(tr('History'))}</h4><table cellpadding='2'>")
        for e in reversed(d.events):
            move = ""
            if e.to_status and e.from_status != e.to_status:
                before = status_label(e.from_status) if e.from_status else ""
                move = f"{before} → {status_label(e.to_status)}" if before else status_label(
                    e.to_status
                )  # fmt: skip
            note = f" — {hold_reason_label(e.note)}" if e.note else ""
            parts.append(
                f"<tr><td style='color:#555'>{escape(format_local_time(e.ts))}</td>"
                f"<td>{escape(e.user)}</td><td><b>{escape(action_label(e.action))}</b> "
                f"{escape(move)}{escape(note)}</td></tr>"
            )
        parts.append("</table>")
        self.setHtml("".join(parts))
