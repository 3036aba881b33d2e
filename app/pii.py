"""Masking of personal data for roles that do not need it (phones, addresses, names)."""

from __future__ import annotations

from app.permissions import Actor, Permission


def mask_phone(phone: str) -> str:
    """138****5678 for Chinese mobiles; keep at most the last 4 digits of anything else."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return phone
    if len(digits) == 13 and digits.startswith("861"):  # +86 138 1234 5678
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_name(name: str) -> str:
    """张** for Chinese names, J*** for Latin ones: enough to confirm on the phone."""
    name = name.strip()
    if not name:
        return name
    return name[0] + "*" * max(1, len(name) - 1)


def mask_address(address: str) -> str:
    """Keep the first few characters (street level), hide house and room numbers."""
    keep = min(len(address), 4)
    return address[:keep] + "****" if len(address) > keep else address


def sees_pii(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_PII)
