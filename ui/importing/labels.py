"""Translated names for the import and export screens: our order fields, the export columns,
channels, and the reason of a row error said by its code (the service's message is English
and names the value; it stays available as the detail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.importing.parse import RowError
from ui.i18n import channel_label


def field_label(field: str) -> str:
    """Our order field (the left column of the mapping table)."""
    labels = {
        "external_no": QCoreApplication.translate("Import", "Platform order no"),
        "status": QCoreApplication.translate("Import", "Order status"),
        "ordered_at": QCoreApplication.translate("Import", "Order time"),
        "paid_at": QCoreApplication.translate("Import", "Payment time"),
        "buyer_id": QCoreApplication.translate("Import", "Buyer account"),
        "recipient_name": QCoreApplication.translate("Import", "Recipient"),
        "phone": QCoreApplication.translate("Import", "Phone"),
        "province": QCoreApplication.translate("Import", "Province / state"),
        "city": QCoreApplication.translate("Import", "City"),
        "district": QCoreApplication.translate("Import", "District"),
        "address": QCoreApplication.translate("Import", "Street address"),
        "full_address": QCoreApplication.translate("Import", "Full address (split automatically)"),
        "postcode": QCoreApplication.translate("Import", "Postcode"),
        "country": QCoreApplication.translate("Import", "Country"),
        "email": QCoreApplication.translate("Import", "Email"),
        "buyer_note": QCoreApplication.translate("Import", "Buyer note"),
        "seller_note": QCoreApplication.translate("Import", "Seller note"),
        "currency": QCoreApplication.translate("Import", "Currency"),
        "goods_amount": QCoreApplication.translate("Import", "Goods amount"),
        "shipping_fee": QCoreApplication.translate("Import", "Shipping fee"),
        "discount": QCoreApplication.translate("Import", "Order discount"),
        "total": QCoreApplication.translate("Import", "Order total"),
        "paid_amount": QCoreApplication.translate("Import", "Amount paid"),
        "sku": QCoreApplication.translate("Import", "SKU"),
        "product_name": QCoreApplication.translate("Import", "Product name"),
        "attrs": QCoreApplication.translate("Import", "Product options"),
        "qty": QCoreApplication.translate("Import", "Quantity"),
        "unit_price": QCoreApplication.translate("Import", "Unit price"),
        "line_total": QCoreApplication.translate("Import", "Line total"),
        "line_discount": QCoreApplication.translate("Import", "Line discount"),
    }
    return labels.get(field, field)


def export_column_label(column: str) -> str:
    labels = {
        "order_no": QCoreApplication.translate("Import", "Order no"),
        "channel": QCoreApplication.translate("Import", "Channel"),
        "external_no": QCoreApplication.translate("Import", "Platform order no"),
        "status": QCoreApplication.translate("Import", "Status"),
        "is_on_hold": QCoreApplication.translate("Import", "On hold"),
        "hold_reason": QCoreApplication.translate("Import", "Hold reason"),
        "recipient_name": QCoreApplication.translate("Import", "Recipient"),
        "recipient_phone": QCoreApplication.translate("Import", "Phone"),
        "province": QCoreApplication.translate("Import", "Province"),
        "city": QCoreApplication.translate("Import", "City"),
        "district": QCoreApplication.translate("Import", "District"),
        "address": QCoreApplication.translate("Import", "Address"),
        "postcode": QCoreApplication.translate("Import", "Postcode"),
        "buyer_note": QCoreApplication.translate("Import", "Buyer note"),
        "seller_note": QCoreApplication.translate("Import", "Seller note"),
        "items": QCoreApplication.translate("Import", "Items"),
        "quantity": QCoreApplication.translate("Import", "Quantity"),
        "currency": QCoreApplication.translate("Import", "Currency"),
        "goods_amount": QCoreApplication.translate("Import", "Goods"),
        "shipping_fee": QCoreApplication.translate("Import", "Shipping fee"),
        "discount": QCoreApplication.translate("Import", "Discount"),
        "total": QCoreApplication.translate("Import", "Total"),
        "paid_amount": QCoreApplication.translate("Import", "Paid"),
        "warehouse": QCoreApplication.translate("Import", "Warehouse"),
        "carrier": QCoreApplication.translate("Import", "Carrier"),
        "tracking_no": QCoreApplication.translate("Import", "Tracking no"),
        "ordered_at": QCoreApplication.translate("Import", "Ordered at"),
        "paid_at": QCoreApplication.translate("Import", "Paid at"),
    }
    return labels.get(column, column)


def channel_name(channel: str) -> str:
    if channel == "kuaidan":
        return QCoreApplication.translate("Import", "Kuaidan template")
    return channel_label(channel)


def import_format_label(name: str, fallback: str) -> str:
    """An order file format's name for the format list (app/ names them in English)."""
    labels = {
        "shopify": QCoreApplication.translate(
            "ImportFormat", "Shopify orders export (orders_export.csv)"
        ),
        "shopify_transporter": QCoreApplication.translate(
            "ImportFormat", "Shopify Transporter order import (orders.csv)"
        ),
        "amazon": QCoreApplication.translate(
            "ImportFormat", "Amazon order report (tab-separated .txt)"
        ),
        "amazon_unshipped": QCoreApplication.translate(
            "ImportFormat", "Amazon unshipped orders report"
        ),
        "amazon_all": QCoreApplication.translate(
            "ImportFormat", "Amazon all orders report (no buyer data)"
        ),
        "ebay": QCoreApplication.translate("ImportFormat", "eBay Seller Hub orders report (US)"),
        "ebay_uk": QCoreApplication.translate("ImportFormat", "eBay Seller Hub orders report (UK)"),
        "ebay_de": QCoreApplication.translate(
            "ImportFormat", "eBay Bestellbericht (DE, ';' and decimal commas)"
        ),
        "woocommerce": QCoreApplication.translate(
            "ImportFormat", "WooCommerce order export (WebToffee, line_item_N columns)"
        ),
        "woocommerce_aoe": QCoreApplication.translate(
            "ImportFormat", "WooCommerce Advanced Order Export (one row per product)"
        ),
        "etsy": QCoreApplication.translate(
            "ImportFormat", "Etsy sold orders (EtsySoldOrders + EtsySoldOrderItems)"
        ),
        "etsy_items": QCoreApplication.translate(
            "ImportFormat", "Etsy sold order items (EtsySoldOrderItems)"
        ),
        "taobao": QCoreApplication.translate(
            "ImportFormat", "Taobao/Tmall sold items (order list + item details files)"
        ),
        "taobao_items": QCoreApplication.translate(
            "ImportFormat", "Taobao/Tmall item details (ExportOrderDetailList)"
        ),
        "tmall": QCoreApplication.translate(
            "ImportFormat", "Tmall order report (order totals and addresses; no items)"
        ),
    }
    return labels.get(name, fallback)


def shipping_format_label(platform: str) -> str:
    labels = {
        "taobao": QCoreApplication.translate(
            "Import", "Taobao (CSV: order no, carrier, tracking no)"
        ),
        "tmall": QCoreApplication.translate(
            "Import", "Tmall (CSV: order no, carrier, tracking no)"
        ),
        "jd": QCoreApplication.translate("Import", "JD (CSV: order no, carrier, tracking no)"),
        "pdd": QCoreApplication.translate(
            "Import", "Pinduoduo (CSV: order no, carrier, tracking no)"
        ),
        "douyin": QCoreApplication.translate(
            "Import", "Douyin (CSV: order no, carrier, tracking no)"
        ),
        "kuaidan": QCoreApplication.translate(
            "Import", "All channels (CSV: order no, carrier, tracking no)"
        ),
        "shopify": QCoreApplication.translate("Import", "Shopify (bulk fulfilment CSV)"),
        "amazon": QCoreApplication.translate(
            "Import", "Amazon (shipping confirmation, tab-separated .txt)"
        ),
        "ebay": QCoreApplication.translate("Import", "eBay (File Exchange CSV)"),
    }
    return labels.get(platform, platform)


def error_reason(code: str) -> str:
    """What is wrong, by the row error's code."""
    reasons = {
        "amount_invalid": QCoreApplication.translate("Import", "Not an amount of money"),
        "amount_precision": QCoreApplication.translate(
            "Import", "An amount with more than two decimal places"
        ),
        "amount_negative": QCoreApplication.translate("Import", "A negative amount"),
        "amount_range": QCoreApplication.translate(
            "Import", "An amount above 100,000,000: not a price"
        ),
        "price_negative": QCoreApplication.translate("Import", "A negative price"),
        "price_missing": QCoreApplication.translate("Import", "The price is empty"),
        "qty_invalid": QCoreApplication.translate(
            "Import", "The quantity must be a whole number above 0"
        ),
        "qty_missing": QCoreApplication.translate("Import", "The quantity is empty"),
        "date_invalid": QCoreApplication.translate("Import", "Not a date or time"),
        "phone_scientific": QCoreApplication.translate(
            "Import", "Excel turned the phone number into 1.38E+10: digits are lost"
        ),
        "id_scientific": QCoreApplication.translate(
            "Import",
            "Excel turned the number into 1.23E+18: digits are lost; export the file again",
        ),
        "currency_invalid": QCoreApplication.translate(
            "Import", "Not a three-letter currency code"
        ),
        "status_unknown": QCoreApplication.translate("Import", "Order status not recognised"),
        "recipient_missing": QCoreApplication.translate(
            "Import", "No recipient, but the order still has to be shipped"
        ),
        "too_long": QCoreApplication.translate("Import", "Text longer than the field allows"),
        "cell_too_long": QCoreApplication.translate(
            "Import", "A cell longer than a spreadsheet allows"
        ),
        "cell_nul": QCoreApplication.translate("Import", "A cell holds binary data (NUL byte)"),
        "item_missing": QCoreApplication.translate(
            "Import", "A row with neither SKU nor product name"
        ),
        "item_invalid": QCoreApplication.translate("Import", "An item that cannot be read"),
        "no_lines": QCoreApplication.translate("Import", "An order without any item"),
        "order_no_missing": QCoreApplication.translate(
            "Import", "A row with an item but no order number"
        ),
        "orphan_item": QCoreApplication.translate(
            "Import", "An item whose order is not in the order list"
        ),
        "duplicate_in_file": QCoreApplication.translate(
            "Import", "The same order again further down the file"
        ),
        "db_rejected": QCoreApplication.translate("Import", "The database refused the order"),
    }
    return reasons.get(code, code)


def error_text(error: RowError) -> str:
    """The error as the clerk reads it: column, reason; the value is in the detail."""
    reason = error_reason(error.code)
    return f"{error.column}: {reason}" if error.column else reason


def workbook_error_text(error: RowError) -> str:
    """The error column of the error workbook: the reason, and the detail with the value."""
    return f"{error_text(error)} — {error.message}"
