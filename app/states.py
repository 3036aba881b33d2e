"""Order states as the rest of the app (and the UI) sees them."""

from __future__ import annotations

from models.enums import OrderStatus, Role

__all__ = ["OrderStatus", "Role"]
