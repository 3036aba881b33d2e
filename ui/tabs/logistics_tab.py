"""Logistics tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Actor
from app.services import Services
from ui.tabs.placeholder import PlaceholderTab


class LogisticsTab(PlaceholderTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.services = services
        self.actor = actor
        self.label.setText(
            self.tr("Logistics — picking, packing, labels and tracking — is being built.")
        )
