"""Platform SKUs that name no product of ours: map one to our SKU (remembered for the
channel's later imports) and the orders it held are released; or, after creating the product
in the catalogue, "Check again"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.importing.service import SkuLinkResult, UnknownSku
from app.permissions import Actor
from app.services import Services
from ui.errors import error_text
from ui.importing.labels import channel_name
from ui.kit.list_model import ListColumn, ListModel, list_view


class SkuDialog(QDialog):
    linked = Signal()  # orders changed: the Orders tab refreshes

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skuDialog")
        self.setWindowTitle(self.tr("SKUs not in the catalogue"))
        self.services = services
        self.actor = actor
        self.unknown: list[UnknownSku] = []
        intro = QLabel(
            self.tr(
                "Orders with these platform SKUs are held until each SKU names a product. Map "
                "a platform SKU to our SKU (remembered for later imports of the channel), or "
                "create the product in the catalogue and check again."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model: ListModel[UnknownSku] = ListModel(
            [
                ListColumn(self.tr("Channel"), lambda u: channel_name(u.channel)),
                ListColumn(self.tr("Platform SKU"), lambda u: u.platform_sku),
                ListColumn(self.tr("Product name"), lambda u: u.name),
                ListColumn(self.tr("Open orders"), lambda u: f"{u.orders:,}"),
            ],
            (),
            self,
        )
        self.table = list_view(self, "unknownSkus", self.model, fit=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.our_sku = QLineEdit(self)
        self.our_sku.setObjectName("ourSku")
        self.our_sku.setPlaceholderText(self.tr("Our SKU, e.g. SKU-00012"))
        self.our_sku.returnPressed.connect(self.map_selected)
        self.map_button = QPushButton(self.tr("&Map"), self)
        self.map_button.setObjectName("mapButton")
        self.map_button.clicked.connect(self.map_selected)
        recheck = QPushButton(self.tr("Check &again"), self)
        recheck.setToolTip(self.tr("Link SKUs created in the catalogue since the import"))
        recheck.clicked.connect(self.recheck)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        self.message = QLabel("", self)
        self.message.setObjectName("skuMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected platform SKU is our:"), self))
        row.addWidget(self.our_sku, 1)
        row.addWidget(self.map_button)
        buttons = QHBoxLayout()
        buttons.addWidget(recheck)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        try:
            self.unknown = self.services.importing.unknown_skus(self.actor)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.model.set_rows(self.unknown)
        self.table.resizeColumnToContents(1)
        if self.unknown:
            self.table.selectRow(0)
        self.map_button.setEnabled(bool(self.unknown))

    def _report(self, result: SkuLinkResult) -> None:
        self.message.setText(
            self.tr("%1 orders now name the product; %2 released from hold.")
            .replace("%1", f"{result.orders_linked:,}")
            .replace("%2", f"{result.orders_released:,}")
        )  # fmt: skip
        if result.orders_linked:
            self.linked.emit()
        self.reload()

    def map_selected(self) -> None:
        item = self.model.row_at(self.table.currentIndex().row())
        if item is None or not self.our_sku.text().strip():
            return
        try:
            result = self.services.importing.map_sku(
                self.actor, item.channel, item.platform_sku, self.our_sku.text()
            )
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self.our_sku.clear()
        self._report(result)

    def recheck(self) -> None:
        try:
            result = self.services.importing.recheck_skus(self.actor)
        except AppError as exc:
            self.message.setText(error_text(exc))
            return
        self._report(result)
