"""Checks of what people type and platforms send: phone numbers, free text and amounts of
money. Every service that takes such input uses these, so one number or text is judged the
same everywhere."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError

CENT = Decimal("0.01")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
_INTERNATIONAL = re.compile(r"^\+\d{8,15}$")
_NOT_ASCII_DIGIT = re.compile(r"[^0-9]")

# -- phones ------------------------------------------------------------------------------------


def normalise_phone(phone: str) -> str:
    """Digits only (a leading + kept); +86/0086 dropped from Chinese numbers."""
    raw = phone.strip()
    if raw.isascii():  # the common case, several times faster (the rules run per order)
        digits = _NOT_ASCII_DIGIT.sub("", raw)
    else:
        digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.startswith("+86") or (raw.startswith("0086") and len(digits) > 11):
        digits = digits[2:] if raw.startswith("+") else digits[4:]
        return digits
    return ("+" + digits) if raw.startswith("+") else digits


def phone_is_valid(phone: str) -> bool:
    """A Chinese mobile or landline number, or an international one with its + prefix."""
    number = normalise_phone(phone)
    return bool(_MOBILE.match(number) or _LANDLINE.match(number) or _INTERNATIONAL.match(number))


def phone_digits(phone: str) -> str:
    """Digits only, without China's +86 country code: how phones are compared."""
    phone = phone or ""
    if phone.isascii():  # NFKC changes nothing there; several times faster (bulk import)
        digits = _NOT_ASCII_DIGIT.sub("", phone)
    else:
        digits = "".join(ch for ch in unicodedata.normalize("NFKC", phone) if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    return digits


# -- text --------------------------------------------------------------------------------------


def text(value: object, field: str, limit: int, *, required: bool = False) -> str:
    """`value` stripped; a ValidationError naming `field` when it is not text, required and
    empty, or longer than `limit`."""
    if not isinstance(value, str):
        if required or value is not None:
            raise ValidationError("{field} is required", field=field)
        value = ""
    stripped = value.strip()
    if required and not stripped:
        raise ValidationError("{field} is required", field=field)
    if len(stripped) > limit:
        raise ValidationError("{field}: at most {limit} characters", field=field, limit=limit)
    return stripped


def form_text(value: object, field: str, *, required: bool, max_len: int) -> str:
    """`value` stripped, for a form that shows the error beside the field it names (the
    message does not repeat the field)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("Expected text", field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError("This field is required", field=field)
    if len(value) > max_len:
        raise ValidationError("At most {max_len} characters", field=field, max_len=max_len)
    return value


def labelled_text(
    value: str | None, field: str, label: str, max_length: int, *, required: bool = False
) -> str:
    """`value` stripped; a ValidationError naming the field (by its translatable `label`) when
    it is required and empty or longer than `max_length`."""
    stripped = (value or "").strip()
    if required and not stripped:
        raise ValidationError("{label} is required", field=field, label=label)
    if len(stripped) > max_length:
        raise ValidationError(
            "{label} is longer than {max_length} characters",
            field=field,
            label=label,
            max_length=max_length,
        )
    return stripped


# -- money -------------------------------------------------------------------------------------


def money(value: object, field: str) -> Decimal:
    """An amount of money: zero or more, at most two decimal places (text or Decimal)."""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip() or "0")
    except InvalidOperation as exc:
        raise ValidationError("{field}: not an amount of money", field=field) from exc
    if isinstance(value, bool) or not amount.is_finite() or amount < 0:
        raise ValidationError("{field}: must be zero or more", field=field)
    if amount != amount.quantize(CENT):
        raise ValidationError("{field}: at most two decimal places", field=field)
    return amount.quantize(CENT)
