"""Checks of free-text input shared by the services that take it from forms."""

from __future__ import annotations

from app.errors import ValidationError


def labelled_text(
    value: str | None, field: str, label: str, max_length: int, *, required: bool = False
) -> str:
    """`value` stripped; a ValidationError naming the field (by its translatable `label`) when
    it is required and empty or longer than `max_length`."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("{label} is required", field=field, label=label)
    if len(text) > max_length:
        raise ValidationError(
            "{label} is longer than {max_length} characters",
            field=field,
            label=label,
            max_length=max_length,
        )
    return text
