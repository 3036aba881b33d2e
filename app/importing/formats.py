"""Format presets, header matching and automatic format detection.

A preset says, for one platform export, which of *their* headers feeds each of *our* fields,
how rows group into orders (the row model) and what a price means:

- Row model **A**: one row per line item, order fields on the first row only (Shopify).
- Row model **B**: one row per line item, order fields repeated on every row (Amazon, JD,
  Douyin, PDD, WooCommerce AOE, Etsy items, our template). Repeated totals are read from the
  first row of the order and never summed.
- Row model **C**: one row per order; items in numbered columns (WooCommerce WebToffee
  ``line_item_N``) or in a second file (Taobao ``ExportOrderDetailList``, Etsy
  ``EtsySoldOrderItems``), or no items at all (the Tmall order report).
- Row model **D**: an eBay multi-purchase summary row followed by item rows with blank buyer
  fields.

Headers are compared after NFKC, trimming, collapsing inner spaces and case folding, so
``收货地址 `` (trailing space), ``商品总价（元）`` (full-width brackets) and ``Order number`` all
match. The header row is searched in the first `HEADER_SCAN_ROWS` rows (eBay has preamble rows).

A user mapping is a plain dict ``{our_field: their_header}`` (a list of headers means "the first
of these columns that is not empty on the row"), plus optional settings under keys starting
with ``_``: ``_base`` (preset it refines), ``_channel``, ``_price`` ("unit" or "line_total"),
``_timezone``, ``_date_order`` ("ymd", "mdy", "dmy"), ``_decimal_comma`` (bool) and
``_currency``. The same dict comes back
as `ParseResult.mapping`, so it can be saved as a named profile and passed in again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.importing.errors import MappingError

HEADER_SCAN_ROWS = 30
MIN_CONFIDENCE = 0.6

# --- our fields -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label: str  # English; the UI translates it
    kind: str  # code, text, phone, amount, qty, date
    level: str  # order or line


_FIELD_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("external_no", "Order number", "code", "order"),
    ("status", "Order status", "text", "order"),
    ("ordered_at", "Order time", "date", "order"),
    ("paid_at", "Payment time", "date", "order"),
    ("shipped_at", "Shipping time", "date", "order"),
    ("cancelled_at", "Cancellation time", "date", "order"),
    ("buyer_id", "Buyer account", "text", "order"),
    ("recipient_name", "Recipient", "text", "order"),
    ("first_name", "Recipient first name", "text", "order"),
    ("last_name", "Recipient last name", "text", "order"),
    ("phone", "Phone", "phone", "order"),
    ("province", "Province / state", "text", "order"),
    ("city", "City", "text", "order"),
    ("district", "District", "text", "order"),
    ("street", "Street / town", "text", "order"),
    ("address", "Address", "text", "order"),
    ("address2", "Address line 2", "text", "order"),
    ("address3", "Address line 3", "text", "order"),
    ("full_address", "Full address (to split)", "text", "order"),
    ("postcode", "Postcode", "code", "order"),
    ("country", "Country", "text", "order"),
    ("email", "Email", "text", "order"),
    ("buyer_note", "Buyer note", "text", "order"),
    ("seller_note", "Seller note", "text", "order"),
    ("currency", "Currency", "text", "order"),
    ("goods_amount", "Goods amount", "amount", "order"),
    ("shipping_fee", "Shipping fee", "amount", "order"),
    ("discount", "Order discount", "amount", "order"),
    ("discount2", "Order discount (second part)", "amount", "order"),
    ("tax", "Tax", "amount", "order"),
    ("tax2", "Tax (second part)", "amount", "order"),
    ("total", "Order total", "amount", "order"),
    ("paid_amount", "Amount paid", "amount", "order"),
    ("refund_amount", "Amount refunded", "amount", "order"),
    ("outstanding", "Outstanding balance", "amount", "order"),
    ("financial_status", "Payment status", "text", "order"),
    ("fulfillment_status", "Fulfilment status", "text", "order"),
    ("sku", "SKU", "code", "line"),
    ("product_name", "Product name", "text", "line"),
    ("attrs", "Product options", "text", "line"),
    ("qty", "Quantity", "qty", "line"),
    ("unit_price", "Unit price", "amount", "line"),
    ("line_total", "Line total", "amount", "line"),
    ("line_discount", "Line discount", "amount", "line"),
    ("line_ref", "Line / item reference", "code", "line"),
    ("txn_amount", "Transaction amount", "amount", "line"),
    ("txn_kind", "Transaction kind", "text", "line"),
    ("txn_status", "Transaction status", "text", "line"),
)
FIELDS: dict[str, FieldInfo] = {row[0]: FieldInfo(*row) for row in _FIELD_ROWS}
LINE_FIELDS = frozenset(name for name, info in FIELDS.items() if info.level == "line")
# The fields offered in the mapping dialog (the rest exist for platform presets).
MAPPABLE_FIELDS = (
    "external_no", "status", "ordered_at", "paid_at", "buyer_id", "recipient_name", "phone",
    "province", "city", "district", "address", "full_address", "postcode", "country", "email",
    "buyer_note", "seller_note", "currency", "goods_amount", "shipping_fee", "discount", "total",
    "paid_amount", "sku", "product_name", "attrs", "qty", "unit_price", "line_total",
    "line_discount",
)  # fmt: skip
_OPTION_KEYS = frozenset(
    {"_base", "_channel", "_price", "_timezone", "_date_order", "_decimal_comma", "_currency"}
)


def norm_header(value: Any) -> str:
    """Header key: NFKC, trimmed, inner whitespace collapsed, case-folded, no BOM/asterisk."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value)).replace("\ufeff", "").replace("\u200b", "")
    return " ".join(s.split()).strip("*").strip().casefold()


# --- presets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    channel: str
    row_model: str  # "A", "B", "C", "D"
    price: str  # "unit": price of one unit; "line_total": price of qty units together
    fields: Mapping[str, tuple[str, ...]]  # our field -> their headers (first non-empty wins)
    signature: tuple[str, ...]  # headers ("a|b" = alternatives) that identify the format
    required: tuple[str, ...] = ("external_no",)
    items: str = "rows"  # rows | numbered | second_file | none
    items_pattern: str = ""  # regex over normalised headers for numbered item columns
    companion: str = ""  # preset of the second file (items)
    per_row: frozenset[str] = frozenset()  # amounts given per row (summed), not per order
    tz: str = "Asia/Shanghai"
    date_order: str = "ymd"
    decimal_comma: bool = False
    currency: str = "CNY"
    statuses: str = "zh"  # zh | en | shopify | kuaidan
    standalone: bool = True  # False: only usable as a second file
    notes: str = ""
    hidden: bool = False  # not offered for auto-detection (custom mappings)

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "channel": self.channel,
            "row_model": self.row_model,
            "price": self.price,
            "items": self.items,
            "companion": self.companion,
            "notes": self.notes,
        }


def _f(**fields: str | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {k: (v,) if isinstance(v, str) else v for k, v in fields.items()}


_SHOPIFY = Preset(
    name="shopify",
    label="Shopify orders export (orders_export.csv)",
    channel="shopify",
    row_model="A",
    price="unit",
    statuses="shopify",
    tz="UTC",
    currency="USD",
    fields=_f(
        external_no="Name",
        email="Email",
        buyer_id="Email",
        financial_status="Financial Status",
        fulfillment_status="Fulfillment Status",
        paid_at="Paid at",
        ordered_at="Created at",
        cancelled_at="Cancelled at",
        currency="Currency",
        shipping_fee="Shipping",
        tax="Taxes",
        total="Total",
        discount="Discount Amount",
        refund_amount="Refunded Amount",
        outstanding="Outstanding Balance",
        recipient_name="Shipping Name",
        phone=("Shipping Phone", "Phone"),
        address="Shipping Address1",
        address2="Shipping Address2",
        city="Shipping City",
        province=("Shipping Province Name", "Shipping Province"),
        postcode="Shipping Zip",
        country="Shipping Country",
        buyer_note="Notes",
        sku="Lineitem sku",
        product_name="Lineitem name",
        qty="Lineitem quantity",
        unit_price="Lineitem price",
        line_discount="Lineitem discount",
    ),
    signature=(
        "Name", "Financial Status", "Fulfillment Status", "Paid at", "Subtotal", "Total",
        "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku",
        "Shipping Name", "Billing Name", "Accepts Marketing",
    ),
    required=("external_no", "qty", "unit_price"),
    notes="Order fields only on an order's first row; group by Name.",
)  # fmt: skip

_SHOPIFY_TRANSPORTER = Preset(
    name="shopify_transporter",
    label="Shopify Transporter order import (orders.csv)",
    channel="shopify",
    row_model="A",
    price="unit",
    statuses="shopify",
    tz="UTC",
    currency="USD",
    fields=_f(
        external_no="Name",
        email="Email",
        buyer_id="Email",
        financial_status="Financial Status",
        fulfillment_status="Fulfillment Status",
        currency="Currency",
        cancelled_at="Cancelled At",
        ordered_at="Processed At",
        buyer_note="Note",
        recipient_name="Shipping Name",
        first_name="Shipping First Name",
        last_name="Shipping Last Name",
        phone=("Shipping Phone", "Phone"),
        address="Shipping Address1",
        address2="Shipping Address2",
        city="Shipping City",
        province=("Shipping Province", "Shipping Province Code"),
        postcode="Shipping Zip",
        country=("Shipping Country", "Shipping Country Code"),
        tax="Total Tax",
        discount="Discount amount",
        sku="Lineitem sku",
        product_name="Lineitem name",
        qty="Lineitem quantity",
        unit_price="Lineitem price",
        shipping_fee="Shipping line price",
        txn_amount="Transaction amount",
        txn_kind="Transaction kind",
        txn_status="Transaction status",
    ),
    signature=(
        "Name", "Processed At", "Lineitem name", "Lineitem quantity", "Transaction amount",
        "Transaction kind", "Transaction status", "Shipping line code", "Shipping line title",
        "Shipping line price", "Metafield Namespace",
    ),
    required=("external_no", "qty", "unit_price"),
    per_row=frozenset({"shipping_fee"}),
    notes=(
        "Shopify's migration format (also our 'export back to Shopify' shape). Per order: "
        "line-item rows, then a shipping-line row, then transaction rows; paid = successful "
        "sale/capture transactions minus refunds."
    ),
)  # fmt: skip

_AMAZON_COMMON = _f(
    external_no=("order-id", "amazon-order-id"),
    line_ref="order-item-id",
    ordered_at="purchase-date",
    paid_at="payments-date",
    email="buyer-email",
    buyer_id="buyer-email",
    recipient_name="recipient-name",
    phone=("ship-phone-number", "buyer-phone-number"),
    address="ship-address-1",
    address2="ship-address-2",
    address3="ship-address-3",
    city="ship-city",
    province="ship-state",
    postcode="ship-postal-code",
    country="ship-country",
    currency="currency",
    sku="sku",
    product_name="product-name",
    qty=("quantity-purchased", "quantity"),
    line_total="item-price",
    line_discount="item-promotion-discount",
    shipping_fee="shipping-price",
    tax="item-tax",
    tax2="shipping-tax",
    discount="ship-promotion-discount",
    buyer_note="delivery-Instructions",
    status="order-status",
)
_AMAZON_PER_ROW = frozenset({"shipping_fee", "tax", "tax2", "discount"})

_AMAZON = Preset(
    name="amazon",
    label="Amazon order report (tab-separated .txt)",
    channel="amazon",
    row_model="B",
    price="line_total",
    statuses="en",
    tz="UTC",
    currency="USD",
    fields=_AMAZON_COMMON,
    signature=(
        "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email",
        "buyer-name", "sku", "product-name", "quantity-purchased", "currency", "item-price",
        "shipping-price", "recipient-name", "ship-service-level", "ship-address-1",
    ),
    required=("external_no", "qty", "line_total"),
    per_row=_AMAZON_PER_ROW,
    notes="item-price is the line total (all units); one row per order item.",
)  # fmt: skip

_AMAZON_UNSHIPPED = Preset(
    name="amazon_unshipped",
    label="Amazon unshipped orders report",
    channel="amazon",
    row_model="B",
    price="line_total",
    statuses="en",
    tz="UTC",
    currency="USD",
    fields=_AMAZON_COMMON,
    signature=(
        "order-id", "order-item-id", "purchase-date", "payments-date", "reporting-date",
        "promise-date", "days-past-promise", "quantity-purchased", "quantity-shipped",
        "quantity-to-ship", "ship-service-level", "recipient-name", "is-prime",
    ),
    required=("external_no", "qty"),
    per_row=_AMAZON_PER_ROW,
    notes="No prices in this report: unit prices are 0.00 unless item-price is present.",
)  # fmt: skip

_AMAZON_ALL = Preset(
    name="amazon_all",
    label="Amazon all orders report (no buyer data)",
    channel="amazon",
    row_model="B",
    price="line_total",
    statuses="en",
    tz="UTC",
    currency="USD",
    fields=_AMAZON_COMMON,
    signature=(
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date",
        "order-status", "fulfillment-channel", "sales-channel", "item-status", "asin",
        "quantity", "item-price",
    ),
    required=("external_no", "qty", "line_total"),
    per_row=_AMAZON_PER_ROW,
    notes="No recipient or address: useful for history and statistics, not for shipping.",
)  # fmt: skip

_EBAY_US = Preset(
    name="ebay",
    label="eBay Seller Hub orders report (US)",
    channel="ebay",
    row_model="D",
    price="unit",
    statuses="en",
    tz="America/Los_Angeles",
    date_order="mdy",
    currency="USD",
    fields=_f(
        external_no=("Order Number", "Sales Record Number"),
        buyer_id="Buyer Username",
        email="Buyer Email",
        buyer_note="Buyer Note",
        recipient_name="Ship To Name",
        phone="Ship To Phone",
        address="Ship To Address 1",
        address2="Ship To Address 2",
        city="Ship To City",
        province="Ship To State",
        postcode="Ship To Zip",
        country="Ship To Country",
        line_ref="Item Number",
        product_name="Item Title",
        attrs="Variation Details",
        sku="Custom Label",
        qty="Quantity",
        unit_price="Sold For",
        shipping_fee="Shipping And Handling",
        total="Total Price",
        ordered_at="Sale Date",
        paid_at="Paid On Date",
        shipped_at="Shipped On Date",
    ),
    signature=(
        "Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Item Number",
        "Item Title", "Custom Label", "Quantity", "Sold For", "Shipping And Handling",
        "Total Price", "Sale Date", "Paid On Date", "Ship To Name", "Ship To Zip",
    ),
    required=("external_no", "qty", "unit_price"),
    per_row=frozenset({"shipping_fee", "total"}),
    notes=(
        "Preamble rows before the header and a 'record(s) downloaded' footer are skipped. "
        "A multi-purchase summary row (no Item Number) carries the buyer and order totals."
    ),
)  # fmt: skip

_EBAY_UK = replace(
    _EBAY_US,
    name="ebay_uk",
    label="eBay Seller Hub orders report (UK)",
    tz="Europe/London",
    date_order="dmy",
    currency="GBP",
    fields={
        **_EBAY_US.fields,
        **_f(
            recipient_name=("Post to name", "Ship To Name"),
            phone=("Post to phone", "Ship To Phone"),
            address=("Post to address 1", "Ship To Address 1"),
            address2=("Post to address 2", "Ship To Address 2"),
            city=("Post to city", "Ship To City"),
            province=("Post to county", "Ship To State"),
            postcode=("Post to postcode", "Ship To Zip"),
            country=("Post to country", "Ship To Country"),
            shipping_fee=("Postage and packaging", "Shipping And Handling"),
            shipped_at=("Dispatched on date", "Posted on date", "Shipped On Date"),
        ),
    },
    signature=(
        "Sales record number", "Order number", "Buyer username", "Post to name",
        "Post to phone", "Post to address 1", "Post to city", "Post to county",
        "Post to postcode", "Post to country", "Item number", "Item title", "Quantity",
        "Sold for", "Total price",
    ),
)  # fmt: skip

_EBAY_DE = replace(
    _EBAY_US,
    name="ebay_de",
    label="eBay Bestellbericht (DE, ';' and decimal commas)",
    tz="Europe/Berlin",
    date_order="dmy",
    decimal_comma=True,
    currency="EUR",
    fields=_f(
        external_no=("Bestellnummer", "Verkaufsprotokollnummer"),
        buyer_id="Nutzername des Käufers",
        email="E-Mail des Käufers",
        buyer_note="Notiz des Käufers",
        recipient_name=("Name des Empfängers", "Name des Käufers"),
        phone="Telefonnummer des Empfängers",
        address=("Adresse 1 des Empfängers", "Käuferadresse 1"),
        address2=("Adresse 2 des Empfängers", "Käuferadresse 2"),
        city=("Versand nach - Ort", "Ort des Empfängers", "Ort des Käufers"),
        province=("Versand nach - Bundesland", "Bundesland des Empfängers"),
        postcode=("Versand nach - PLZ", "PLZ des Empfängers", "Postleitzahl des Käufers"),
        country=("Versand nach - Land", "Land des Empfängers", "Land des Käufers"),
        line_ref="Artikelnummer",
        product_name=("Angebotstitel", "Artikelbezeichnung"),
        attrs="Variantendetails",
        sku="Bestandseinheit",
        qty=("Anzahl", "Stückzahl", "Menge"),
        unit_price=("Verkauft für", "Verkaufspreis"),
        shipping_fee="Verpackung und Versand",
        total=("Gesamtbetrag", "Gesamtpreis"),
        ordered_at=("Verkauft am", "Verkaufsdatum"),
        paid_at=("Zahlungsdatum", "Bezahldatum"),
        shipped_at=("Verschickt am - Datum", "Versanddatum"),
    ),
    signature=(
        "Verkaufsprotokollnummer", "Bestellnummer", "Gesamtbetrag", "Verkauft am",
        "Zahlungsdatum", "Nutzername des Käufers", "Name des Käufers", "Artikelnummer",
        "Angebotstitel", "Anzahl|Stückzahl",
    ),
    required=("external_no",),
)  # fmt: skip

_WOO_WEBTOFFEE = Preset(
    name="woocommerce",
    label="WooCommerce order export (WebToffee, line_item_N columns)",
    channel="woocommerce",
    row_model="C",
    price="unit",
    statuses="en",
    tz="UTC",
    currency="USD",
    items="numbered",
    items_pattern=r"line_item_\d+",
    fields=_f(
        external_no=("order_number", "order_id"),
        ordered_at="order_date",
        paid_at="paid_date",
        status="status",
        shipping_fee="shipping_total",
        discount=("discount_total", "cart_discount"),
        tax="tax_total",
        total="order_total",
        goods_amount="order_subtotal",
        currency="order_currency",
        buyer_id=("customer_user", "customer_id", "customer_email", "billing_email"),
        email=("customer_email", "billing_email"),
        first_name=("shipping_first_name", "billing_first_name"),
        last_name=("shipping_last_name", "billing_last_name"),
        phone=("shipping_phone", "billing_phone"),
        address=("shipping_address_1", "billing_address_1"),
        address2=("shipping_address_2", "billing_address_2"),
        city=("shipping_city", "billing_city"),
        province=("shipping_state", "billing_state"),
        postcode=("shipping_postcode", "billing_postcode"),
        country=("shipping_country", "billing_country"),
        buyer_note="customer_note",
    ),
    signature=(
        "order_id", "order_number", "order_date", "paid_date", "status", "order_total",
        "order_currency", "shipping_total", "customer_note", "billing_first_name",
        "shipping_first_name", "line_item_1",
    ),
    notes="line_item_N cells read 'name:…|sku:…|quantity:…|total:…|sub_total:…'.",
)  # fmt: skip

_WOO_AOE = Preset(
    name="woocommerce_aoe",
    label="WooCommerce Advanced Order Export (one row per product)",
    channel="woocommerce",
    row_model="B",
    price="unit",
    statuses="en",
    tz="UTC",
    currency="USD",
    fields=_f(
        external_no="Order Number",
        status="Order Status",
        ordered_at="Order Date",
        buyer_note="Customer Note",
        first_name=("First Name (Shipping)", "First Name (Billing)"),
        last_name=("Last Name (Shipping)", "Last Name (Billing)"),
        address=("Address 1&2 (Shipping)", "Address 1&2 (Billing)"),
        city=("City (Shipping)", "City (Billing)"),
        province=("State Code (Shipping)", "State Code (Billing)"),
        postcode=("Postcode (Shipping)", "Postcode (Billing)"),
        country=("Country Code (Shipping)", "Country Code (Billing)"),
        email="Email (Billing)",
        buyer_id="Email (Billing)",
        phone="Phone (Billing)",
        line_ref="Item #",
        sku="SKU",
        product_name="Name",
        attrs="Product Variation",
        qty="Quantity",
        unit_price="Item Cost",
        shipping_fee="Order Shipping Amount",
        discount="Cart Discount Amount",
        goods_amount="Order Subtotal Amount",
        tax="Order Tax Amount",
        total="Order Total Amount",
    ),
    signature=(
        "Order Number", "Order Status", "Order Date", "Item #", "Item Cost",
        "Order Line Total", "Order Total Amount", "Quantity (- Refund)", "First Name (Billing)",
        "Address 1&2 (Billing)", "Order Shipping Amount",
    ),
    required=("external_no", "qty", "unit_price"),
)  # fmt: skip

_ETSY_ORDERS = Preset(
    name="etsy",
    label="Etsy sold orders (EtsySoldOrders + EtsySoldOrderItems)",
    channel="etsy",
    row_model="C",
    price="unit",
    statuses="en",
    tz="UTC",
    date_order="mdy",
    currency="USD",
    items="second_file",
    companion="etsy_items",
    fields=_f(
        external_no="Order ID",
        ordered_at=("Sale Date", "Date Posted"),
        buyer_id=("Buyer User ID", "Buyer"),
        recipient_name="Full Name",
        first_name="First Name",
        last_name="Last Name",
        address="Street 1",
        address2="Street 2",
        city=("Ship City", "Delivery City"),
        province=("Ship State", "Delivery State"),
        postcode=("Ship Zipcode", "Delivery Zipcode"),
        country=("Ship Country", "Delivery Country"),
        currency="Currency",
        goods_amount="Order Value",
        discount="Discount Amount",
        discount2=("Shipping Discount", "Delivery Discount"),
        shipping_fee=("Shipping", "Delivery"),
        tax="Sales Tax",
        total="Order Total",
        shipped_at="Date Shipped",
    ),
    signature=(
        "Sale Date|Date Posted", "Order ID", "Buyer User ID", "Full Name", "Number of Items",
        "Payment Method", "Order Value", "Order Total", "Card Processing Fees", "Order Net",
        "Adjusted Order Total", "Order Type",
    ),
    notes="Items come from the EtsySoldOrderItems file (second file).",
)  # fmt: skip

_ETSY_ITEMS = Preset(
    name="etsy_items",
    label="Etsy sold order items (EtsySoldOrderItems)",
    channel="etsy",
    row_model="B",
    price="unit",
    statuses="en",
    tz="UTC",
    date_order="mdy",
    currency="USD",
    fields=_f(
        external_no="Order ID",
        line_ref="Transaction ID",
        product_name="Item Name",
        attrs="Variations",
        qty="Quantity",
        unit_price="Price",
        sku="SKU",
        currency="Currency",
        ordered_at="Sale Date",
        paid_at="Date Paid",
        shipped_at=("Date Shipped", "Date Posted"),
        buyer_id="Buyer",
        recipient_name=("Ship Name", "Delivery Name"),
        address=("Ship Address1", "Delivery Address1"),
        address2=("Ship Address2", "Delivery Address2"),
        city=("Ship City", "Delivery City"),
        province=("Ship State", "Delivery State"),
        postcode=("Ship Zipcode", "Delivery Zipcode"),
        country=("Ship Country", "Delivery Country"),
        discount="Discount Amount",
        discount2=("Shipping Discount", "Delivery Discount"),
        shipping_fee=("Order Shipping", "Order Delivery"),
        tax="Order Sales Tax",
    ),
    signature=(
        "Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Item Total", "Transaction ID",
        "Listing ID", "Date Paid", "Order ID", "Variations", "Order Shipping",
    ),
    required=("external_no", "qty", "unit_price"),
    notes="Usable alone (order fields repeat on every item row) or as Etsy's second file.",
)  # fmt: skip

_TAOBAO = Preset(
    name="taobao",
    label="淘宝/天猫 已卖出的宝贝 (ExportOrderList + ExportOrderDetailList)",
    channel="taobao",
    row_model="C",
    price="unit",
    items="second_file",
    companion="taobao_items",
    fields=_f(
        external_no="订单编号",
        buyer_id="买家会员名",
        goods_amount="买家应付货款",
        shipping_fee="买家应付邮费",
        total="总金额",
        paid_amount="买家实际支付金额",
        status="订单状态",
        buyer_note="买家留言",
        recipient_name="收货人姓名",
        full_address=("修改后的收货地址", "收货地址"),
        phone=("联系手机", "联系电话"),
        ordered_at="订单创建时间",
        paid_at="订单付款时间",
        seller_note="订单备注",
        refund_amount="退款金额",
    ),
    signature=(
        "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
        "买家实际支付金额", "订单状态", "收货人姓名", "收货地址", "联系手机", "订单创建时间",
        "宝贝标题", "宝贝种类", "宝贝总数量",
    ),
    notes="Items come from the ExportOrderDetailList file (second file), joined on 订单编号.",
)  # fmt: skip

_TAOBAO_ITEMS = Preset(
    name="taobao_items",
    label="淘宝/天猫 宝贝明细 (ExportOrderDetailList)",
    channel="taobao",
    row_model="B",
    price="unit",
    standalone=False,
    fields=_f(
        external_no=("主订单编号", "订单编号"),
        line_ref="子订单编号",
        product_name="标题",
        attrs=("商品属性", "套餐信息"),
        unit_price="价格",
        qty="购买数量",
        sku=("商家编码", "外部系统编号"),
    ),
    signature=(
        "订单编号|主订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
        "商家编码",
    ),
    required=("external_no", "qty", "unit_price"),
)  # fmt: skip

_TMALL = Preset(
    name="tmall",
    label="天猫订单报表 (订单编号, 总金额, 收货地址, 退款金额; no items)",
    channel="tmall",
    row_model="C",
    price="unit",
    items="none",
    fields=_f(
        external_no="订单编号",
        total="总金额",
        paid_amount="买家实际支付金额",
        full_address="收货地址",
        ordered_at="订单创建时间",
        paid_at="订单付款时间",
        refund_amount="退款金额",
    ),
    signature=(
        "订单编号", "总金额", "买家实际支付金额", "收货地址", "订单创建时间", "订单付款时间",
        "退款金额",
    ),
    notes=(
        "An order-level report without items or recipients. Status is derived: no payment "
        "time → pending_payment; refunded in full → cancelled; otherwise pending_review. "
        "Amount paid is the report's 买家实际支付金额 (after refunds)."
    ),
)  # fmt: skip

_JD = Preset(
    name="jd",
    label="京东 订单导出",
    channel="jd",
    row_model="B",
    price="unit",
    fields=_f(
        external_no="订单号",
        line_ref="商品ID",
        product_name="商品名称",
        qty="订购数量",
        ordered_at="下单时间",
        unit_price="京东价",
        total=("应付金额", "订单金额"),
        status="订单状态",
        buyer_id="下单帐号",
        recipient_name="客户姓名",
        full_address="客户地址",
        phone="联系电话",
        buyer_note="订单备注",
        seller_note="商家备注",
        shipping_fee="运费金额",
        paid_at="付款确认时间",
        sku=("货号", "商品ID"),
    ),
    signature=(
        "订单号", "商品ID", "商品名称", "订购数量", "支付方式", "下单时间", "京东价", "订单金额",
        "结算金额", "应付金额", "下单帐号", "客户姓名", "客户地址", "付款确认时间",
    ),
    required=("external_no", "qty", "unit_price"),
)  # fmt: skip

_PDD = Preset(
    name="pdd",
    label="拼多多 订单导出",
    channel="pdd",
    row_model="C",
    price="line_total",
    fields=_f(
        external_no="订单号",
        status="订单状态",
        line_total="商品总价(元)",
        discount="店铺优惠折扣(元)",
        discount2="平台优惠折扣(元)",
        shipping_fee="邮费(元)",
        paid_amount="用户实付金额(元)",
        qty="商品数量(件)",
        recipient_name="收货人",
        phone="手机",
        province="省",
        city="市",
        district="区",
        address="街道",
        paid_at="支付时间",
        ordered_at=("订单成交时间", "支付时间", "拼单成功时间"),
        product_name="商品",
        attrs="商品规格",
        sku=("商家编码-SKU维度", "商家编码-规格维度", "商家编码-商品维度"),
        line_ref="商品id",
        seller_note="商家备注",
        buyer_note="买家留言",
    ),
    signature=(
        "商品", "订单号", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)",
        "邮费(元)", "用户实付金额(元)", "商品数量(件)", "收货人", "手机", "支付时间",
        "商家编码-SKU维度|商家编码-规格维度", "售后状态",
    ),
    required=("external_no", "qty", "line_total"),
    notes="商品总价(元) is the line total; one product per order row.",
)  # fmt: skip

_DOUYIN = Preset(
    name="douyin",
    label="抖店 订单导出",
    channel="douyin",
    row_model="B",
    price="unit",
    fields=_f(
        external_no="主订单编号",
        line_ref="子订单编号",
        product_name="选购商品",
        attrs="商品规格",
        qty="商品数量",
        sku=("商家编码", "商品ID"),
        unit_price="商品单价",
        total="订单应付金额",
        shipping_fee="运费",
        discount="优惠总金额",
        recipient_name="收件人",
        phone="收件人手机号",
        province="省",
        city="市",
        district="区",
        street="街道",
        address="详细地址",
        buyer_note="买家留言",
        seller_note="商家备注",
        ordered_at="订单提交时间",
        paid_at="支付完成时间",
        status="订单状态",
    ),
    signature=(
        "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品单价", "订单应付金额",
        "收件人", "收件人手机号", "订单提交时间", "支付完成时间", "达人ID", "旗帜颜色",
    ),
    required=("external_no", "qty", "unit_price"),
)  # fmt: skip

# Our own blank template: one row per line item, order fields repeated on every row.
TEMPLATE_COLUMNS: tuple[tuple[str, str, str, bool, str], ...] = (
    # (field, Chinese header, English header, required, note)
    ("external_no", "订单号", "Order No", True, "同一订单的每一行都填写相同的订单号"),
    ("ordered_at", "下单时间", "Ordered At", False, "2025-05-11 09:55:16 (北京时间)"),
    ("paid_at", "付款时间", "Paid At", False, "留空且无订单状态 = 待付款"),
    ("status", "订单状态", "Status", False, "待付款/待审核/已发货/已完成/已取消; 留空自动判断"),
    ("buyer_id", "买家账号", "Buyer ID", False, "用于识别同一买家"),
    ("recipient_name", "收货人", "Recipient", True, "已取消的订单可留空"),
    ("phone", "手机", "Phone", False, "可为脱敏号码 138****5678"),
    ("province", "省", "Province", False, "可留空, 把完整地址填在详细地址"),
    ("city", "市", "City", False, ""),
    ("district", "区", "District", False, ""),
    ("address", "详细地址", "Address", False, "街道、门牌号"),
    ("postcode", "邮编", "Postcode", False, ""),
    ("email", "邮箱", "Email", False, ""),
    ("buyer_note", "买家留言", "Buyer Note", False, ""),
    ("seller_note", "卖家备注", "Seller Note", False, ""),
    ("currency", "币种", "Currency", False, "默认 CNY"),
    ("shipping_fee", "运费", "Shipping Fee", False, "订单级, 只读第一行"),
    ("discount", "订单优惠", "Order Discount", False, "订单级, 只读第一行"),
    ("paid_amount", "实付金额", "Paid Amount", False, "订单级; 留空 = 已付款时按应付计"),
    ("sku", "商品编码", "SKU", True, "商品编码与商品名称至少填一个"),
    ("product_name", "商品名称", "Product Name", False, ""),
    ("qty", "数量", "Qty", True, "正整数"),
    ("unit_price", "单价", "Unit Price", True, "一件的价格, 最多两位小数"),
    ("line_discount", "行优惠", "Line Discount", False, "本行优惠合计"),
)

_KUAIDAN = Preset(
    name="kuaidan",
    label="快单 导入模板",
    channel="kuaidan",
    row_model="B",
    price="unit",
    statuses="kuaidan",
    fields={f: (zh, en) for f, zh, en, _, _ in TEMPLATE_COLUMNS},
    # The core columns only, so that a template with optional columns deleted still matches.
    signature=tuple(
        f"{zh}|{en}"
        for f, zh, en, _, _ in TEMPLATE_COLUMNS
        if f
        in (
            "external_no",
            "recipient_name",
            "phone",
            "sku",
            "product_name",
            "qty",
            "unit_price",
            "status",
        )
    ),
    required=("external_no", "qty", "unit_price"),
    notes="One row per line item; order fields repeated (only the first row is read).",
)

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        _KUAIDAN, _SHOPIFY, _SHOPIFY_TRANSPORTER, _AMAZON, _AMAZON_UNSHIPPED, _AMAZON_ALL,
        _EBAY_US, _EBAY_UK, _EBAY_DE, _WOO_WEBTOFFEE, _WOO_AOE, _ETSY_ORDERS, _ETSY_ITEMS,
        _TAOBAO, _TAOBAO_ITEMS, _TMALL, _JD, _PDD, _DOUYIN,
    )
}  # fmt: skip


def format_names() -> list[str]:
    return list(PRESETS)


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise MappingError(
            "Unknown import format '{name}'. Known formats: {presets}.",
            name=name,
            presets=", ".join(PRESETS),
        ) from None


# --- detection ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    format: str
    confidence: float  # share of the preset's signature headers found (0..1)
    matched: int


@dataclass(frozen=True)
class Detection:
    header_row: int  # spreadsheet row number of the header (1-based)
    headers: tuple[str, ...]  # as written in the file
    candidates: tuple[Candidate, ...]  # best first

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Signature:
    preset: Preset
    groups: tuple[frozenset[str], ...] = field(default=())


_SIGNATURES = tuple(
    _Signature(p, tuple(frozenset(norm_header(a) for a in s.split("|")) for s in p.signature))
    for p in PRESETS.values()
)


def score_headers(headers: Iterable[Any]) -> list[Candidate]:
    """Rank presets by how much of their signature a header row contains."""
    present = {norm_header(h) for h in headers} - {""}
    out = []
    for sig in _SIGNATURES:
        matched = sum(1 for group in sig.groups if group & present)
        if matched:
            out.append(Candidate(sig.preset.name, round(matched / len(sig.groups), 3), matched))
    # Ties (a Taobao list also contains every column of the Tmall report) go to the preset
    # that explains more of the file.
    out.sort(key=lambda c: (c.confidence, c.matched), reverse=True)
    return out


def find_header(
    rows: Sequence[tuple[int, Sequence[Any]]], wanted: Iterable[str] | None = None
) -> Detection | None:
    """Pick the header row among the first rows: best preset score, or most `wanted` headers."""
    wanted_set = {norm_header(w) for w in wanted} if wanted is not None else None
    best: tuple[tuple[float, int], Detection] | None = None
    for row_no, cells in rows[:HEADER_SCAN_ROWS]:
        texts = [c for c in cells if isinstance(c, str) and c.strip()]
        if len(texts) < 2:
            continue
        if wanted_set is not None:
            hits = len(wanted_set & {norm_header(c) for c in cells})
            key: tuple[float, int] = (hits / max(len(wanted_set), 1), hits)
            candidates: tuple[Candidate, ...] = ()
        else:
            ranked = score_headers(cells)
            if not ranked:
                continue
            key = (ranked[0].confidence, ranked[0].matched)
            candidates = tuple(ranked)
        if best is None or key > best[0]:
            headers = tuple("" if c is None else str(c) for c in cells)
            best = (key, Detection(row_no, headers, candidates))
    return best[1] if best else None


# --- mappings -------------------------------------------------------------------------------


def preset_from_mapping(mapping: Mapping[str, Any], base: Preset | None = None) -> Preset:
    """Build a preset from a user mapping (our field -> their header or list of headers)."""
    unknown = [k for k in mapping if k not in FIELDS and k not in _OPTION_KEYS]
    if unknown:
        raise MappingError(
            "Unknown field(s) in the column mapping: {str_unknown}. Known fields: "
            "{mappable_fields}.",
            str_unknown=", ".join(map(str, unknown)),
            mappable_fields=", ".join(MAPPABLE_FIELDS),
        )
    if base is None and mapping.get("_base"):
        base = get_preset(str(mapping["_base"]))
    fields: dict[str, tuple[str, ...]] = dict(base.fields) if base else {}
    for key, value in mapping.items():
        if key.startswith("_"):
            continue
        if value is None or value == "" or value == []:
            fields.pop(key, None)
            continue
        headers = (value,) if isinstance(value, str) else tuple(str(v) for v in value)
        fields[key] = headers
    if "external_no" not in fields:
        raise MappingError("The column mapping must say which column holds the order number.")
    price = str(mapping.get("_price") or (base.price if base else "unit"))
    if price not in ("unit", "line_total"):
        raise MappingError("_price must be 'unit' or 'line_total', not '{price}'.", price=price)
    date_order = str(mapping.get("_date_order") or (base.date_order if base else "ymd"))
    if date_order not in ("ymd", "mdy", "dmy"):
        raise MappingError(
            "_date_order must be 'ymd', 'mdy' or 'dmy', not '{date_order}'.", date_order=date_order
        )
    has_lines = any(f in fields for f in ("sku", "product_name", "qty"))
    if base is not None:
        required = base.required
    elif has_lines:
        required = ("external_no", "qty", "unit_price" if price == "unit" else "line_total")
    else:
        required = ("external_no",)
    template = base or Preset(
        name="custom",
        label="Custom column mapping",
        channel="custom",
        row_model="B",
        price=price,
        fields={},
        signature=(),
        statuses="kuaidan",
        items="rows" if has_lines else "none",
        hidden=True,
    )
    return replace(
        template,
        name=base.name if base else "custom",
        fields=fields,
        required=required,
        price=price,
        date_order=date_order,
        channel=str(mapping.get("_channel") or template.channel),
        tz=str(mapping.get("_timezone") or template.tz),
        decimal_comma=bool(mapping.get("_decimal_comma", template.decimal_comma)),
        currency=str(mapping.get("_currency") or template.currency),
    )


def mapping_for(preset: Preset, headers: Sequence[str]) -> dict[str, Any]:
    """The effective mapping of a preset on one file: only headers the file really has."""
    present = {norm_header(h): h for h in headers if h}
    out: dict[str, Any] = {}
    for name, aliases in preset.fields.items():
        found = [present[norm_header(a)] for a in aliases if norm_header(a) in present]
        if found:
            out[name] = found[0] if len(found) == 1 else found
    out.update(
        {
            "_base": preset.name if preset.name != "custom" else "",
            "_channel": preset.channel,
            "_price": preset.price,
            "_timezone": preset.tz,
            "_date_order": preset.date_order,
            "_decimal_comma": preset.decimal_comma,
            "_currency": preset.currency,
        }
    )
    return out


ITEM_KEY_RE = re.compile(r"\|(?=[a-z_]+:)")
