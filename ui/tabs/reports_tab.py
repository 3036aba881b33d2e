"""Reports tab: sales figures for a period, by day, channel, state and SKU; xlsx export."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.permissions import Actor, Permission
from app.reports import ReportSummary
from app.services import Services
from app.states import OrderStatus
from ui.errors import show_error
from ui.i18n import channel_label, status_label


class DailyBars(QWidget):
    """Revenue per day as bars (QtCharts is not part of PySide6-Essentials)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, float]] = []
        self.setMinimumHeight(160)

    def set_values(self, values: list[tuple[str, float]]) -> None:
        self.values = values
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.values:
            return
        top = max(v for _, v in self.values) or 1.0
        margin, label_h = 8, 16
        width = (self.width() - 2 * margin) / len(self.values)
        height = self.height() - margin - label_h
        step = max(1, len(self.values) // 10)  # label at most ~10 days
        for i, (label, value) in enumerate(self.values):
            bar_h = height * value / top
            x = margin + i * width
            painter.fillRect(
                QRectF(x + 1, margin + height - bar_h, max(1.0, width - 2), bar_h),
                QColor("#d7261e"),
            )
            if i % step == 0:
                painter.setPen(QColor("#555"))
                painter.drawText(
                    QRectF(x - 20, margin + height, width + 40, label_h),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
        painter.end()


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0 and text[:1].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    # Not the last column: sized to its contents on a shown table it stopped stretching, and
    # the tables shrank to the left after every refresh.
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)


class ReportsTab(QWidget):
    PERIODS = (7, 30, 90)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.summary: ReportSummary | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for days in self.PERIODS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setEnabled(actor.can(Permission.EXPORT_DATA))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period)
        bar.addWidget(refresh)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        kpis = QGridLayout()
        self.kpi: dict[str, QLabel] = {}
        captions = {
            "orders": self.tr("Orders"),
            "revenue": self.tr("Revenue"),
            "average": self.tr("Average order"),
            "cancelled": self.tr("Cancelled"),
            "low_stock": self.tr("Low stock"),
            "out_of_stock": self.tr("Out of stock"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            box = QGroupBox(caption, self)
            value = QLabel("–", box)
            value.setObjectName(f"kpi_{key}")
            font = value.font()
            font.setPointSize(font.pointSize() + 8)
            font.setBold(True)
            value.setFont(font)
            QVBoxLayout(box).addWidget(value)
            self.kpi[key] = value
            kpis.addWidget(box, 0, column)
        layout.addLayout(kpis)
        self.bars = DailyBars(self)
        layout.addWidget(self.bars)
        tables = QHBoxLayout()
        self.channels = _table([self.tr("Channel"), self.tr("Orders"), self.tr("Revenue")], self)
        self.skus = _table(
            [self.tr("SKU"), self.tr("Name"), self.tr("Quantity"), self.tr("Revenue")], self
        )
        self.statuses = _table([self.tr("Status"), self.tr("Orders")], self)
        for table in (self.channels, self.skus, self.statuses):
            tables.addWidget(table)
        layout.addLayout(tables, 1)
        self.refresh()

    def refresh(self) -> None:
        days = int(self.period.currentData())
        today = date.today()
        try:
            self.summary = self.services.reports.summary(
                self.actor, today - timedelta(days=days - 1), today
            )
        except AppError as exc:
            show_error(self, exc)
            return
        s = self.summary
        self.kpi["orders"].setText(f"{s.orders:,}")
        self.kpi["revenue"].setText(f"¥{s.revenue:,.2f}")
        self.kpi["average"].setText(f"¥{s.average_order:,.2f}")
        self.kpi["cancelled"].setText(f"{s.cancelled:,}")
        self.kpi["low_stock"].setText(f"{s.low_stock_skus:,}")
        self.kpi["out_of_stock"].setText(f"{s.out_of_stock:,}")
        self.bars.set_values([(d.day.strftime("%m-%d"), float(d.revenue)) for d in s.by_day])
        _fill(
            self.channels,
            [
                [channel_label(c.channel), f"{c.orders:,}", f"{c.revenue:,.2f}"]
                for c in s.by_channel
            ],
        )
        _fill(
            self.skus,
            [[k.sku, k.name, f"{k.qty:,}", f"{k.revenue:,.2f}"] for k in s.top_skus],
        )
        _fill(
            self.statuses,
            [[status_label(st), f"{s.by_status[st]:,}"] for st in OrderStatus if st in s.by_status],
        )

    def export(self) -> None:
        if self.summary is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), "kuaidan-report.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return
        try:
            self.services.reports.export_xlsx(self.actor, self.summary, path)
        except AppError as exc:
            show_error(self, exc)

    def headers(self) -> Any:  # for tests: what the tables show
        return self.channels, self.skus, self.statuses
