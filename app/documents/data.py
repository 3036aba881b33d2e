"""Plain data the renderers draw: callers fill these from the database, the renderer never queries.

All records are frozen and keyword-only (many string fields side by side are easy to swap by
position). Sequences passed in are stored as tuples so a record cannot change after it was
validated. Money is `Decimal`; a float is refused, because 0.1 + 0.2 on a printed invoice is a bug
nobody notices until the accountant does.

Validation happens here, at construction, so that a batch caller learns which *item* is bad
(and can report it per item) before any page is drawn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from app.addresses import format_address
from app.errors import ValidationError

Language = Literal["zh_CN", "zh_TW", "en"]
LANGUAGES: tuple[Language, ...] = ("zh_CN", "zh_TW", "en")

CENT = Decimal("0.01")

# Code128 encodes ASCII; printable, no spaces, so the scanner returns exactly what we store.
_TRACKING_RE = re.compile(r"[\x21-\x7e]{1,40}")


def round_money(value: Decimal) -> Decimal:
    """Round to cents, half up (the rule Chinese invoices and most tills use)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _check_money(value: object, field_name: str, *, allow_negative: bool = False) -> None:
    if not isinstance(value, Decimal):
        raise ValidationError(
            "{field_name} must be a Decimal, not {name}",
            field=field_name,
            field_name=field_name,
            name=type(value).__name__,
        )
    if not value.is_finite():
        raise ValidationError(
            "{field_name} is not a finite amount", field=field_name, field_name=field_name
        )
    if not allow_negative and value < 0:
        raise ValidationError(
            "{field_name} must not be negative", field=field_name, field_name=field_name
        )


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(
            "unsupported language {language!r}", field="language", language=language
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Party:
    """A sender, recipient, seller or buyer."""

    name: str
    phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""  # street, building, room: the part below the district
    postcode: str = ""
    company: str = ""

    def full_address(self) -> str:
        """One-line address in the order the country writes it (see app.addresses)."""
        return format_address(self.province, self.city, self.district, self.address, self.postcode)


@dataclass(frozen=True, kw_only=True, slots=True)
class LabelData:
    """One shipping label (one parcel)."""

    tracking_no: str
    carrier_code: str
    carrier_name: str
    service_name: str
    order_no: str
    sender: Party
    recipient: Party
    printed_at: datetime  # naive = local wall time; aware is converted to local time
    item_summary: str = ""
    piece_count: int = 1
    weight_g: int | None = None
    cod_amount: Decimal | None = None  # None = not cash on delivery
    currency: str = "CNY"
    note: str = ""

    def __post_init__(self) -> None:
        if not _TRACKING_RE.fullmatch(self.tracking_no):
            raise ValidationError(
                "tracking number must be 1-40 printable ASCII characters without spaces",
                field="tracking_no",
                value=self.tracking_no,
            )
        if not self.recipient.name.strip():
            raise ValidationError("recipient name is empty", field="recipient.name")
        if self.piece_count < 1:
            raise ValidationError("piece count must be at least 1", field="piece_count")
        if self.weight_g is not None and self.weight_g < 0:
            raise ValidationError("weight must not be negative", field="weight_g")
        if self.cod_amount is not None:
            _check_money(self.cod_amount, "cod_amount")


@dataclass(frozen=True, kw_only=True, slots=True)
class InvoiceLine:
    sku: str
    name: str
    qty: int
    unit_price: Decimal
    discount: Decimal = Decimal(0)  # absolute amount off this line, not a rate
    tax_rate: Decimal = Decimal(0)  # e.g. Decimal("0.13") for 13 %

    def __post_init__(self) -> None:
        if self.qty <= 0:
            raise ValidationError("quantity must be positive", field="qty", sku=self.sku)
        _check_money(self.unit_price, "unit_price")
        _check_money(self.discount, "discount")
        _check_money(self.tax_rate, "tax_rate")
        if self.tax_rate >= 1:
            raise ValidationError(
                "tax rate is a fraction (0.13), not a percentage", field="tax_rate"
            )
        if self.discount > self.qty * self.unit_price:
            raise ValidationError("line discount exceeds the line amount", field="discount")

    @property
    def amount(self) -> Decimal:
        """What the line costs after its discount (net or gross per the invoice's tax mode)."""
        return round_money(self.qty * self.unit_price - self.discount)


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    subtotal: Decimal  # sum of line amounts without tax
    tax: Decimal
    shipping: Decimal
    discount: Decimal
    total: Decimal


@dataclass(frozen=True, kw_only=True, slots=True)
class InvoiceData:
    """A commercial invoice / sales slip for one order.

    Tax: with `prices_include_tax=False` (the default, the 金额 + 税额 = 价税合计 convention)
    each line's tax is added on top of its amount. With True, unit prices already contain tax
    (what a shop's buyer actually paid) and the tax is carved out of them; the total then equals
    the line amounts plus shipping minus discount. Tax is rounded per line. Shipping is untaxed
    and the order discount is taken off the taxed total, so it does not change the tax.
    """

    invoice_no: str
    order_no: str
    issue_date: date
    seller: Party
    buyer: Party
    lines: Sequence[InvoiceLine]
    currency: str = "CNY"
    seller_tax_id: str = ""
    buyer_tax_id: str = ""
    shipping_fee: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)  # order-level discount (coupon)
    language: Language = "zh_CN"
    prices_include_tax: bool = False
    note: str = ""
    totals: InvoiceTotals = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        check_language(self.language)
        if not self.lines:
            raise ValidationError("an invoice needs at least one line", field="lines")
        _check_money(self.shipping_fee, "shipping_fee")
        _check_money(self.discount, "discount")
        subtotal = tax = Decimal(0)
        for line in self.lines:
            net, line_tax = self.line_net_and_tax(line)
            subtotal += net
            tax += line_tax
        total = subtotal + tax + self.shipping_fee - self.discount
        if total < 0:
            raise ValidationError("the order discount exceeds the invoice total", field="discount")
        totals = InvoiceTotals(
            subtotal=subtotal,
            tax=tax,
            shipping=round_money(self.shipping_fee),
            discount=round_money(self.discount),
            total=round_money(total),
        )
        object.__setattr__(self, "totals", totals)

    def line_net_and_tax(self, line: InvoiceLine) -> tuple[Decimal, Decimal]:
        amount = line.amount
        if self.prices_include_tax:
            net = round_money(amount / (1 + line.tax_rate))
            return net, amount - net
        return amount, round_money(amount * line.tax_rate)


@dataclass(frozen=True, kw_only=True, slots=True)
class PackingSlipLine:
    sku: str
    name: str
    qty: int
    bin: str = ""

    def __post_init__(self) -> None:
        if self.qty <= 0:
            raise ValidationError("quantity must be positive", field="qty", sku=self.sku)


@dataclass(frozen=True, kw_only=True, slots=True)
class PackingSlipData:
    order_no: str
    recipient: Party
    lines: Sequence[PackingSlipLine]
    buyer_note: str = ""
    shop_name: str = ""
    tracking_no: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        if not self.lines:
            raise ValidationError("a packing slip needs at least one line", field="lines")


@dataclass(frozen=True, kw_only=True, slots=True)
class PickRow:
    """One SKU in one bin: how many to take, and which orders they go to."""

    bin_code: str
    sku: str
    name: str
    barcode: str
    total_qty: int
    orders: Sequence[tuple[str, int]]  # (order_no, qty)

    def __post_init__(self) -> None:
        object.__setattr__(self, "orders", tuple((str(o), int(q)) for o, q in self.orders))
        if any(q <= 0 for _, q in self.orders):
            raise ValidationError("order quantities must be positive", field="orders", sku=self.sku)
        if sum(q for _, q in self.orders) != self.total_qty:
            # A mismatch means units picked for nobody or orders short: refuse, do not print.
            raise ValidationError(
                "total quantity differs from the sum of the order quantities",
                field="total_qty",
                sku=self.sku,
            )


@dataclass(frozen=True, kw_only=True, slots=True)
class PickListData:
    wave_no: str
    warehouse_name: str
    created_at: datetime
    rows: Sequence[PickRow]

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple(self.rows))
        if not self.rows:
            raise ValidationError("a pick list needs at least one row", field="rows")
