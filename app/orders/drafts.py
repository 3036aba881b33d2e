"""What an order must be to enter or stay in the pipeline: a draft's checks (manual entry
and edits) and the review's checks on every approval."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.errors import ValidationError
from app.orders.model import MAX_QTY, OrderDraft
from app.review_rules import missing_address_fields
from app.uow import UnitOfWork
from app.validation import money, normalise_phone, phone_is_valid, text
from models import Product


@dataclass
class Amounts:
    goods: Decimal = Decimal(0)
    lines: list[dict[str, Any]] = field(default_factory=list)


def validate_draft(uow: UnitOfWork, draft: OrderDraft) -> tuple[dict[str, Any], Amounts]:
    """The order's columns and its lines, or a ValidationError naming the field."""
    if not isinstance(draft, OrderDraft):
        raise ValidationError("Expected an order", field="order")
    values: dict[str, Any] = {
        "recipient_name": text(draft.recipient_name, "recipient_name", 128, required=True),
        "province": text(draft.province, "province", 64, required=True),
        "city": text(draft.city, "city", 64, required=True),
        "district": text(draft.district, "district", 64),
        "address": text(draft.address, "address", 255, required=True),
        "postcode": text(draft.postcode, "postcode", 16),
        "buyer_note": text(draft.buyer_note, "buyer_note", 2000),
        "seller_note": text(draft.seller_note, "seller_note", 2000),
        "currency": text(draft.currency, "currency", 3, required=True).upper(),
    }
    phone = text(draft.recipient_phone, "recipient_phone", 32, required=True)
    if not phone_is_valid(phone):
        raise ValidationError(
            "{phone} is not a valid phone number", field="recipient_phone", phone=phone
        )
    values["recipient_phone"], values["phone_last4"] = phone_columns(phone)
    if "address" in missing_address_fields(
        values["recipient_name"], values["province"], values["city"], values["address"]
    ):
        raise ValidationError(
            "The address is too short: street and number are needed", field="address"
        )
    if not draft.lines:
        raise ValidationError("An order needs at least one line", field="lines")
    skus = {text(line.sku, "sku", 64, required=True) for line in draft.lines}
    products = {
        p.sku: p
        for p in uow.session.execute(
            select(Product.id, Product.sku, Product.name, Product.spec, Product.unit_price,
                   Product.is_active).where(Product.sku.in_(skus))
        )
    }  # fmt: skip
    amounts = Amounts()
    for number, line in enumerate(draft.lines, start=1):
        sku = line.sku.strip()
        product = products.get(sku)
        if product is None or not product.is_active:
            raise ValidationError(
                "Line {line}: no active product with SKU {sku}", field="sku", line=number, sku=sku
            )
        if isinstance(line.qty, bool) or not isinstance(line.qty, int) or line.qty <= 0:
            raise ValidationError(
                "Line {line}: the quantity must be a whole number above 0", field="qty",
                line=number,
            )  # fmt: skip
        if line.qty > MAX_QTY:
            raise ValidationError(
                "Line {line}: at most {limit} pieces", field="qty", line=number, limit=MAX_QTY
            )
        price = product.unit_price if line.unit_price is None else money(line.unit_price, "price")
        discount = money(line.discount, "discount")
        if discount > price * line.qty:
            raise ValidationError(
                "Line {line}: the discount is larger than the line's value", field="discount",
                line=number,
            )  # fmt: skip
        amounts.goods += price * line.qty - discount
        amounts.lines.append(
            {"line_no": number, "product_id": product.id, "sku": sku,
             "name": f"{product.name} {product.spec}".strip(), "qty": line.qty,
             "unit_price": price, "discount": discount}
        )  # fmt: skip
    shipping = money(draft.shipping_fee, "shipping_fee")
    discount = money(draft.discount, "order_discount")
    if discount > amounts.goods + shipping:
        raise ValidationError(
            "The order discount is larger than goods and shipping together", field="discount"
        )
    total = amounts.goods + shipping - discount
    paid = money(draft.paid_amount, "paid_amount")
    if paid > total:
        raise ValidationError(
            "Paid {paid} is more than the total {total}", field="paid_amount", paid=str(paid),
            total=str(total),
        )  # fmt: skip
    values.update(
        goods_amount=amounts.goods, shipping_fee=shipping, discount=discount, total=total,
        paid_amount=paid,
    )  # fmt: skip
    return values, amounts


_NOT_DIGIT = re.compile(r"\D")


def phone_columns(phone: str, *, masked: bool = False) -> tuple[str, str]:
    """The phone as every intake stores it, and its last four digits (the search index): a
    valid number normalised; a platform's masked or invalid one as given (the review rules
    hold such an order; manual entry refuses it before)."""
    if phone and not masked and phone_is_valid(phone):
        phone = normalise_phone(phone)
    digits = _NOT_DIGIT.sub("", phone)
    return phone[:32], digits[-4:] if len(digits) >= 4 else ""


def review_problem(row: Any) -> ValidationError | None:
    """Why an order cannot be approved as it is (checked on every approval)."""
    missing = missing_address_fields(row.recipient_name, row.province, row.city, row.address)
    if missing:
        return ValidationError(
            "Order {order_no}: the address is incomplete ({fields})", field="address",
            order_no=row.order_no, fields=", ".join(missing),
        )  # fmt: skip
    if not phone_is_valid(row.recipient_phone):
        return ValidationError(
            "Order {order_no}: the phone number is not valid", field="recipient_phone",
            order_no=row.order_no,
        )  # fmt: skip
    return None


def check_reason(reason: str, field_name: str = "reason", *, required: bool = True) -> str:
    """A reason or note typed for an action (hold, cancel, return for correction...)."""
    if not isinstance(reason, str):
        raise ValidationError("{field} is required", field=field_name)
    return text(reason, field_name, 500, required=required)
