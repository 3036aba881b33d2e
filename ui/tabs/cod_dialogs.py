"""Cash on delivery on the Logistics tab: the carrier's remittance import (what it settled,
which rows it could not use, where the remitted amount differs) and the COD report
(outstanding per carrier, collected against remitted)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.payments import CodReport, RemittanceDifference, RemittanceResult
from ui.errors import error_text
from ui.kit.format import money
from ui.kit.list_model import Cell
from ui.tabs.logistics_dialogs import fill_table, make_table


def _item(text: str, data: Any = None, align_right: bool = False) -> Cell:
    return Cell(text, data, align_right)


def _money(value: Decimal) -> str:
    return money(value)


class RemittanceResultDialog(QDialog):
    def __init__(self, result: RemittanceResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remittanceResult")
        self.setWindowTitle(self.tr("COD remittance: %1").replace("%1", result.file_name))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "%1 rows: %2 parcels settled, %3 already settled, %4 rows not used, "
            "%5 with a different amount."
        )
        counts = (result.total_rows, result.settled, result.duplicates, len(result.problems),
                  len(result.differences))  # fmt: skip
        for n, value in enumerate(counts, start=1):
            summary = summary.replace(f"%{n}", str(value))
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("remittanceSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = make_table([self.tr("Row"), self.tr("Tracking no"), self.tr("Reason")],
                                   self)  # fmt: skip
        self.problems.setObjectName("remittanceProblems")
        fill_table(self.problems, [
            [_item(str(p.row_no), p.row_no, align_right=True), _item(p.tracking_no),
             _item(error_text(p.error))] for p in result.problems
        ])  # fmt: skip
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("Remitted differs from collected:"), self))
        self.differences = differences_table(self, result.differences)
        layout.addWidget(self.differences)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(lambda: self.reject())
        layout.addWidget(box)


def differences_table(parent: QWidget, differences: Sequence[RemittanceDifference]) -> QTableView:
    headers = [
        QCoreApplication.translate("CodDialogs", "Tracking no"),
        QCoreApplication.translate("CodDialogs", "Order"),
        QCoreApplication.translate("CodDialogs", "Carrier"),
        QCoreApplication.translate("CodDialogs", "Collected"),
        QCoreApplication.translate("CodDialogs", "Remitted"),
        QCoreApplication.translate("CodDialogs", "Difference"),
    ]
    table = make_table(headers, parent)
    table.setObjectName("codDifferences")
    fill_table(table, [
        [_item(d.tracking_no), _item(d.order_no), _item(d.carrier),
         _item(_money(d.collected), d.collected, align_right=True),
         _item(_money(d.remitted), d.remitted, align_right=True),
         _item(_money(d.remitted - d.collected), d.remitted - d.collected, align_right=True)]
        for d in differences
    ])  # fmt: skip
    return table


class CodReportDialog(QDialog):
    def __init__(self, report: CodReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codReport")
        self.setWindowTitle(self.tr("Cash on delivery by carrier"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.table = make_table([
            self.tr("Carrier"), self.tr("Parcels outstanding"), self.tr("Outstanding"),
            self.tr("Collected"), self.tr("Remitted"), self.tr("Difference"),
        ], self)  # fmt: skip
        self.table.setObjectName("codCarriers")
        fill_table(self.table, [
            [_item(r.carrier), _item(str(r.outstanding_count), r.outstanding_count,
                                     align_right=True),
             _item(_money(r.outstanding), r.outstanding, align_right=True),
             _item(_money(r.collected), r.collected, align_right=True),
             _item(_money(r.remitted), r.remitted, align_right=True),
             _item(_money(r.difference), r.difference, align_right=True)]
            for r in report.rows
        ])  # fmt: skip
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Remitted differs from collected:"), self))
        self.differences = differences_table(self, report.differences)
        layout.addWidget(self.differences)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(lambda: self.reject())
        layout.addWidget(box)
