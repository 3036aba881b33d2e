"""Translated names of order actions, history entries and review rules, and the error text
of order actions with their parameters said in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.review_rules import RULE_HOLD_REASON
from app.states import NO_ITEMS_HOLD_REASON
from ui.aftersales.labels import history_label


def action_label(action: str) -> str:
    labels = {
        "mark_paid": QCoreApplication.translate("Orders", "Record payment"),
        "payment": QCoreApplication.translate("Orders", "Payment"),
        "cod_collected": QCoreApplication.translate("Orders", "COD collected by carrier"),
        "cod_remitted": QCoreApplication.translate("Orders", "COD remitted"),
        "approve": QCoreApplication.translate("Orders", "Approve"),
        "return_for_correction": QCoreApplication.translate("Orders", "Return for correction"),
        "resubmit": QCoreApplication.translate("Orders", "Resubmit"),
        "confirm": QCoreApplication.translate("Orders", "Confirm"),
        "pick": QCoreApplication.translate("Orders", "Pick"),
        "pack": QCoreApplication.translate("Orders", "Pack"),
        "ship": QCoreApplication.translate("Orders", "Ship"),
        "deliver": QCoreApplication.translate("Orders", "Deliver"),
        "complete": QCoreApplication.translate("Orders", "Complete"),
        "cancel": QCoreApplication.translate("Orders", "Cancel order"),
        "release_stock": QCoreApplication.translate("Orders", "Release stock"),
        "create": QCoreApplication.translate("Orders", "Created"),
        "edit": QCoreApplication.translate("Orders", "Edited"),
        "hold": QCoreApplication.translate("Orders", "Hold"),
        "release": QCoreApplication.translate("Orders", "Release hold"),
        "merge": QCoreApplication.translate("Orders", "Merge"),
        "split": QCoreApplication.translate("Orders", "Split"),
        "carrier": QCoreApplication.translate("Orders", "Assign carrier"),
        "assign_carrier": QCoreApplication.translate("Orders", "Assign carrier"),
        "demo": QCoreApplication.translate("Orders", "Demo data"),
        "import": QCoreApplication.translate("Orders", "Imported"),
    }
    return labels.get(action) or history_label(action)  # after-sales steps name themselves


def rule_name(code: str) -> str:
    names = {
        "address_incomplete": QCoreApplication.translate("Orders", "Incomplete address"),
        "phone_invalid": QCoreApplication.translate("Orders", "Invalid phone number"),
        "blacklisted_customer": QCoreApplication.translate("Orders", "Blacklisted customer"),
        "amount_above": QCoreApplication.translate("Orders", "Amount above threshold"),
        "quantity_above": QCoreApplication.translate("Orders", "Quantity above threshold"),
        "buyer_note": QCoreApplication.translate("Orders", "Buyer note present"),
        "payment_mismatch": QCoreApplication.translate("Orders", "Payment does not match total"),
        "duplicate_suspect": QCoreApplication.translate("Orders", "Suspected duplicate"),
        "sku_unknown": QCoreApplication.translate("Orders", "SKU not in catalogue"),
        "out_of_stock": QCoreApplication.translate("Orders", "SKU out of stock"),
    }
    return names.get(code, code)


def _field_label(name: str) -> str:
    labels = {
        "recipient_name": QCoreApplication.translate("Orders", "recipient"),
        "province": QCoreApplication.translate("Orders", "province"),
        "city": QCoreApplication.translate("Orders", "city"),
        "address": QCoreApplication.translate("Orders", "street address"),
    }
    return labels.get(name, name)


def _changed_field(name: str) -> str:
    labels = {
        "recipient_name": QCoreApplication.translate("Orders", "Recipient"),
        "recipient_phone": QCoreApplication.translate("Orders", "Phone"),
        "province": QCoreApplication.translate("Orders", "Province"),
        "city": QCoreApplication.translate("Orders", "City"),
        "district": QCoreApplication.translate("Orders", "District"),
        "address": QCoreApplication.translate("Orders", "Address"),
        "postcode": QCoreApplication.translate("Orders", "Postcode"),
        "buyer_note": QCoreApplication.translate("Orders", "Buyer note"),
        "seller_note": QCoreApplication.translate("Orders", "Seller note"),
        "shipping_fee": QCoreApplication.translate("Orders", "Shipping"),
        "discount": QCoreApplication.translate("Orders", "Discount"),
        "goods_amount": QCoreApplication.translate("Orders", "Goods"),
        "total": QCoreApplication.translate("Orders", "Total"),
        "currency": QCoreApplication.translate("Orders", "Currency"),
        "channel": QCoreApplication.translate("Orders", "Channel"),
        "lines": QCoreApplication.translate("Orders", "Lines"),
        "status": QCoreApplication.translate("Orders", "Status"),
        "payment_method": QCoreApplication.translate("Orders", "Payment method"),
    }
    return labels.get(name, name)


def history_note(action: str, note: str) -> str | None:
    """A note the app wrote into an order's history in English (app/ has no Qt), said in the
    user's language; None when the note is not one of those."""
    if action == "edit" and note:
        separator = QCoreApplication.translate("Orders", ", ")
        return separator.join(_changed_field(part.strip()) for part in note.split(","))
    if action == "approve" and note == "auto":
        return QCoreApplication.translate("Orders", "automatically")
    prefixes = (
        ("merged into ", QCoreApplication.translate("Orders", "Merged into %1")),
        ("merged from ", QCoreApplication.translate("Orders", "Merged from %1")),
    )
    for prefix, text in prefixes:
        if note.startswith(prefix):
            return text.replace("%1", note[len(prefix) :])
    if note.startswith("split from ") and ": " in note:
        source, moved = note[len("split from ") :].split(": ", 1)
        text = QCoreApplication.translate("Orders", "Split from %1: %2")
        return text.replace("%1", source).replace("%2", moved)
    return None


def rule_explanation(code: str, params: dict[str, Any]) -> str:
    """Why the rule fired, in the user's language (flags store code and parameters)."""

    def fill(text: str, *values: object) -> str:
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    p = params
    if code == "address_incomplete":
        fields = "、".join(_field_label(f) for f in str(p.get("fields", "")).split(",") if f)
        return fill(
            QCoreApplication.translate("Orders", "Address incomplete: %1 missing or too short"),
            fields,
        )
    if code == "phone_invalid":
        return QCoreApplication.translate(
            "Orders", "The recipient's phone number is not a valid number"
        )
    if code == "blacklisted_customer":
        return fill(
            QCoreApplication.translate("Orders", "Customer is blacklisted: %1"), p.get("reason", "")
        )
    if code == "amount_above":
        return fill(
            QCoreApplication.translate("Orders", "Order total %1 is above the review threshold %2"),
            p.get("total"),
            p.get("threshold"),
        )
    if code == "quantity_above":
        return fill(
            QCoreApplication.translate("Orders", "%1 items, more than the threshold %2"),
            p.get("qty"),
            p.get("threshold"),
        )
    if code == "buyer_note":
        return fill(
            QCoreApplication.translate("Orders", "The buyer left a note: %1"), p.get("note", "")
        )
    if code == "payment_mismatch":
        return fill(
            QCoreApplication.translate("Orders", "Paid %1 does not match the order total %2"),
            p.get("paid"),
            p.get("total"),
        )
    if code == "duplicate_suspect":
        return fill(QCoreApplication.translate(
                "Orders",
                "Possible duplicate of order %1: same phone, address and items within %2 hours",
            ),
            p.get("other", ""), p.get("hours", ""),
        )  # fmt: skip
    if code == "sku_unknown":
        return fill(
            QCoreApplication.translate("Orders", "SKU not in catalogue: %1 (map it or create it)"),
            p.get("skus", ""),
        )
    if code == "out_of_stock":
        if p.get("skus"):
            return fill(QCoreApplication.translate("Orders", "Not enough stock: %1"), p.get("skus"))
        return QCoreApplication.translate(
            "Orders", "No single warehouse holds every item; the order must be split"
        )
    return rule_name(code)


def hold_reason_label(reason: str) -> str:
    if reason == RULE_HOLD_REASON:
        return QCoreApplication.translate("Orders", "Held by review rules")
    if reason == NO_ITEMS_HOLD_REASON:
        return QCoreApplication.translate(
            "Orders", "No items in the imported file: import the items file for this order"
        )
    return reason


def default_return_reasons() -> tuple[str, ...]:
    """The built-in return reasons, in the user's language (while the shared setting
    `orders.return_reasons` is empty)."""
    return (
        QCoreApplication.translate("Orders", "Address incomplete or wrong"),
        QCoreApplication.translate("Orders", "Phone number wrong"),
        QCoreApplication.translate("Orders", "Item or quantity wrong"),
        QCoreApplication.translate("Orders", "Price or discount wrong"),
        QCoreApplication.translate("Orders", "Payment not received"),
        QCoreApplication.translate("Orders", "Buyer note needs an answer"),
    )


def return_reason_presets(stored: tuple[str, ...]) -> tuple[str, ...]:
    return stored or default_return_reasons()
