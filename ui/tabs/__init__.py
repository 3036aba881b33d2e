"""The main window's tabs. Each area owns one module; `create_tab` wires it by key."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from app.permissions import Actor
from app.services import Services

# Each tab's module is imported when the tab is first built (so that one area's import error
# cannot stop the whole window, and the window shows without the other areas' code).
_TABS = {
    "orders": ("ui.tabs.orders_tab", "OrdersTab"),
    "inventory": ("ui.tabs.inventory_tab", "InventoryTab"),
    "logistics": ("ui.tabs.logistics_tab", "LogisticsTab"),
    "service": ("ui.tabs.service_tab", "ServiceTab"),
    "reports": ("ui.tabs.reports_tab", "ReportsTab"),
    "settings": ("ui.tabs.settings_tab", "SettingsTab"),
}


def create_tab(key: str, services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    module, name = _TABS[key]
    factory = getattr(importlib.import_module(module), name)
    widget: QWidget = factory(services, actor, parent)
    widget.setObjectName(f"tab_{key}")
    return widget
