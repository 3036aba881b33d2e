"""Translated names of order actions, history entries and review rules, and the error text
of order actions with their parameters said in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import AppError
from app.review_rules import RULE_HOLD_REASON
from ui.errors import error_text, format_local_time
from ui.i18n import status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Orders", text)


def action_label(action: str) -> str:
    labels = {
        "mark_paid": _t("Record payment"),
        "approve": _t("Approve"),
        "return_for_correction": _t("Return for correction"),
        "resubmit": _t("Resubmit"),
        "confirm": _t("Confirm"),
        "pick": _t("Pick"),
        "pack": _t("Pack"),
        "ship": _t("Ship"),
        "deliver": _t("Deliver"),
        "complete": _t("Complete"),
        "cancel": _t("Cancel order"),
        "create": _t("Created"),
        "edit": _t("Edited"),
        "hold": _t("Hold"),
        "release": _t("Release hold"),
        "merge": _t("Merge"),
        "split": _t("Split"),
        "carrier": _t("Assign carrier"),
        "assign_carrier": _t("Assign carrier"),
        "demo": _t("Demo data"),
    }
    return labels.get(action, action)


def rule_name(code: str) -> str:
    names = {
        "address_incomplete": _t("Incomplete address"),
        "phone_invalid": _t("Invalid phone number"),
        "blacklisted_customer": _t("Blacklisted customer"),
        "amount_above": _t("Amount above threshold"),
        "quantity_above": _t("Quantity above threshold"),
        "buyer_note": _t("Buyer note present"),
        "payment_mismatch": _t("Payment does not match total"),
        "duplicate_suspect": _t("Suspected duplicate"),
        "out_of_stock": _t("SKU out of stock"),
    }
    return names.get(code, code)


def _field_label(name: str) -> str:
    labels = {
        "recipient_name": _t("recipient"),
        "province": _t("province"),
        "city": _t("city"),
        "address": _t("street address"),
    }
    return labels.get(name, name)


def rule_explanation(code: str, params: dict[str, Any]) -> str:
    """Why the rule fired, in the user's language (flags store code and parameters)."""

    def fill(template: str, *values: object) -> str:
        text = _t(template)
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    p = params
    if code == "address_incomplete":
        fields = "、".join(_field_label(f) for f in str(p.get("fields", "")).split(",") if f)
        return fill("Address incomplete: %1 missing or too short", fields)
    if code == "phone_invalid":
        return _t("The recipient's phone number is not a valid number")
    if code == "blacklisted_customer":
        return fill("Customer is blacklisted: %1", p.get("reason", ""))
    if code == "amount_above":
        return fill(
            "Order total %1 is above the review threshold %2", p.get("total"), p.get("threshold")
        )
    if code == "quantity_above":
        return fill("%1 items, more than the threshold %2", p.get("qty"), p.get("threshold"))
    if code == "buyer_note":
        return fill("The buyer left a note: %1", p.get("note", ""))
    if code == "payment_mismatch":
        return fill("Paid %1 does not match the order total %2", p.get("paid"), p.get("total"))
    if code == "duplicate_suspect":
        return fill(
            "Possible duplicate of order %1: same phone, address and items within %2 hours",
            p.get("other", ""), p.get("hours", ""),
        )  # fmt: skip
    if code == "out_of_stock":
        if p.get("skus"):
            return fill("Not enough stock: %1", p.get("skus"))
        return _t("No single warehouse holds every item; the order must be split")
    return rule_name(code)


def hold_reason_label(reason: str) -> str:
    return _t("Held by review rules") if reason == RULE_HOLD_REASON else reason


def order_error_text(error: AppError) -> str:
    """The error of an order action with its state, action, time and reason translated."""
    params = error.params
    overrides: dict[str, object] = {}
    if "status" in params:
        overrides["status"] = status_label(str(params["status"]))
    if "action" in params:
        overrides["action"] = action_label(str(params["action"]))
    if params.get("time") is not None and hasattr(params["time"], "astimezone"):
        overrides["time"] = format_local_time(params["time"])
    elif "time" in params:
        overrides["time"] = "—"
    if "reason" in params:
        overrides["reason"] = hold_reason_label(str(params["reason"]))
    return error_text(error, **overrides)
