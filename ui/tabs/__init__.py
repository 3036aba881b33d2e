"""The main window's tabs. Each area owns one module; `create_tab` wires it by key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.permissions import Actor
from app.services import Services

TabFactory = Callable[[Services, Actor, QWidget | None], QWidget]


def _factories() -> dict[str, TabFactory]:
    # Imported lazily so that one area's import error cannot stop the whole window.
    from ui.tabs.inventory_tab import InventoryTab
    from ui.tabs.logistics_tab import LogisticsTab
    from ui.tabs.orders_tab import OrdersTab
    from ui.tabs.reports_tab import ReportsTab
    from ui.tabs.service_tab import ServiceTab
    from ui.tabs.settings_tab import SettingsTab

    return {
        "orders": OrdersTab,
        "inventory": InventoryTab,
        "logistics": LogisticsTab,
        "service": ServiceTab,
        "reports": ReportsTab,
        "settings": SettingsTab,
    }


def create_tab(key: str, services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    widget = _factories()[key](services, actor, parent)
    widget.setObjectName(f"tab_{key}")
    return widget
