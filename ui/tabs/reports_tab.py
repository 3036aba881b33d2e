"""Reports tab: a page per area (sales, conversion, returns, speed, stock, service, carriers)
for any date range and filters, each chart (QtCharts) with its table beside it. A click on a
figure opens the orders behind it in their own tab; the pages export to xlsx and print to PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QMargins,
    QPoint,
    QPointF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analytics import (
    Drill,
    FilterOptions,
    Grain,
    OrderBrief,
    Percentiles,
    ReportFilter,
)
from app.errors import AppError
from app.permissions import Actor, Permission
from app.services import Services
from ui.errors import show_error
from ui.i18n import channel_label, status_label
from ui.kit.format import local_time
from ui.kit.list_model import Cell, CellsModel, ListColumn, ListModel, list_view
from ui.workers import Worker, start

RED = QColor("#d7261e")
GREY = QColor("#8c8c8c")
LINK = QColor("#1f5fbf")
MAX_BARS = 62  # more buckets than this are drawn as a line


class Shown(str):
    """A figure as shown, carrying the number behind it for the export."""

    raw: Any

    def __new__(cls, text: str, raw: Any) -> Shown:
        shown = super().__new__(cls, text)
        shown.raw = raw
        return shown


def _pct(value: Decimal | None) -> Shown:
    return Shown("–" if value is None else f"{value * 100:.1f}%", value)


def _change(value: Decimal | None) -> Shown:
    return Shown("–" if value is None else f"{value * 100:+.1f}%", value)


def _money(value: Decimal | None) -> Shown:
    return Shown("–" if value is None else f"¥{value:,.2f}", value)


def _num(value: int | None) -> Shown:
    return Shown("–" if value is None else f"{value:,}", value)


def _hours(minutes: int | None) -> Shown:
    return Shown("–" if minutes is None else f"{minutes / 60:.1f}", _hours_raw(minutes))


@dataclass
class TableSpec:
    """A table on a page: headers, display rows, export rows (raw numbers), and the drill-down
    of a row (what, key) if it has one."""

    name: str
    title: str
    headers: list[str]
    shown: list[list[str]] = field(default_factory=list)
    raw: list[list[Any]] = field(default_factory=list)
    drills: list[tuple[Drill, str] | None] = field(default_factory=list)
    link_column: int | None = None  # the column a single click drills from


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)

    def show_chart(self, chart: QChart) -> None:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], QColor]],
    horizontal: bool = False,
) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0.0
    for name, values, colour in series:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(colour)
        bars.append(bar_set)
        top = max([top, *(float(v) for v in values)])
    chart.addSeries(bars)
    cats = QBarCategoryAxis()
    cats.append(list(categories))
    values_axis = QValueAxis()
    counts = all(isinstance(v, int) for _, values, _ in series for v in values)
    values_axis.setRange(0, max(top * 1.1, 1.0))
    values_axis.applyNiceNumbers()  # round ticks: 0, 1, 2… not 0.28, 0.55…
    values_axis.setLabelFormat("%.0f" if counts or top >= 10 else "%.1f")
    if horizontal:
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(cats)
    bars.attachAxis(values_axis)
    if len(series) == 1:
        chart.legend().hide()
    return chart


def line_chart(title: str, days: Sequence[date], name: str, values: Sequence[float]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    line = QLineSeries()
    line.setName(name)
    line.setColor(RED)
    points = []
    for d, v in zip(days, values, strict=True):
        moment = QDateTime(QDate(d.year, d.month, d.day), QTime(0, 0))
        points.append(QPointF(float(moment.toMSecsSinceEpoch()), float(v)))
    line.replace(points)
    chart.addSeries(line)
    x = QDateTimeAxis()
    x.setFormat("MM-dd")
    x.setTickCount(min(12, max(2, len(days))))
    y = QValueAxis()
    y.setRange(0, max([1.0, *(float(v) for v in values)]) * 1.1)
    y.setLabelFormat("%.0f")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(x)
    line.attachAxis(y)
    chart.legend().hide()
    return chart


class ReportPage(QWidget):
    """KPI strip on top, the chart on the left, its tables on the right."""

    def __init__(self, key: str, open_drill: Callable[[Drill, str, str], None]) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"page_{key}")
        self.open_drill = open_drill
        self.specs: list[TableSpec] = []
        self.kpi_values: list[tuple[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.kpis = QGridLayout()
        layout.addLayout(self.kpis)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName(f"note_{key}")
        self.note.hide()
        layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.chart = ChartView(self.splitter)
        self.tables_box = QWidget(self.splitter)
        self.tables_layout = QVBoxLayout(self.tables_box)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.tables: dict[str, QTableView] = {}

    def set_kpis(self, values: list[tuple[str, str, str, tuple[Drill, str] | None]]) -> None:
        """(key, caption, text, drill-down or None)."""
        while self.kpis.count():
            item = self.kpis.takeAt(0)
            if item.widget():
                _discard(item.widget())
        per_row = 6
        self.kpi_values = [
            (caption, getattr(text, "raw", text)) for _k, caption, text, _d in values
        ]
        for i, (key, caption, text, drill) in enumerate(values):
            box = QGroupBox(caption, self)
            label = QLabel(text, box)
            label.setObjectName(f"kpi_{key}")
            font = label.font()
            font.setPointSize(font.pointSize() + 5)
            font.setBold(True)
            label.setFont(font)
            if drill is not None:
                label.setText(f'<a href="#">{text}</a>')
                label.setToolTip(self.tr("Click to list the orders"))
                label.linkActivated.connect(
                    lambda _link, d=drill, c=caption: self.open_drill(d[0], d[1], c)
                )
            QVBoxLayout(box).addWidget(label)
            self.kpis.addWidget(box, i // per_row, i % per_row)
            box.show()

    def set_tables(self, specs: list[TableSpec]) -> None:
        self.specs = specs
        for table in self.tables.values():
            _discard(table)
        self.tables = {}
        while self.tables_layout.count():
            item = self.tables_layout.takeAt(0)
            if item.widget():
                _discard(item.widget())
        for spec in specs:
            caption = QLabel(f"<b>{spec.title}</b>", self.tables_box)
            self.tables_layout.addWidget(caption)
            model = CellsModel(spec.headers, self.tables_box)
            model.set_rows([[self._cell(spec, r, c, text) for c, text in enumerate(row)]
                            for r, row in enumerate(spec.shown)])  # fmt: skip
            table = list_view(self.tables_box, f"table_{spec.name}", model, fit=False)
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.resizeColumnsToContents()
            table.clicked.connect(lambda i, s=spec: self._clicked(s, i.row(), i.column(), False))
            table.doubleClicked.connect(
                lambda i, s=spec: self._clicked(s, i.row(), i.column(), True)
            )
            self.tables[spec.name] = table
            self.tables_layout.addWidget(table, 1)
            caption.show()
            table.show()
        if specs and self.splitter.sizes()[-1] == 0:  # the first tables: give them room
            width = max(self.splitter.width(), 900)
            self.splitter.setSizes([width * 11 // 20, width * 9 // 20])

    def _cell(self, spec: TableSpec, row: int, column: int, text: str) -> Cell:
        link = spec.drills[row] is not None and column == spec.link_column
        return Cell(
            text,
            right=column > 0 and (text[:1].isdigit() or text[:1] in "¥-–"),
            colour=LINK if link else None,
            tip=self.tr("Click to list the orders") if link else None,
        )

    def _clicked(self, spec: TableSpec, row: int, column: int, double: bool) -> None:
        drill = spec.drills[row] if row < len(spec.drills) else None
        if drill is None or not (double or column == spec.link_column):
            return
        label = f"{spec.title}: {spec.shown[row][0]}"
        self.open_drill(drill[0], drill[1], label)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class DrillPage(QWidget):
    """The orders behind a figure."""

    def __init__(self, title: str, orders: list[OrderBrief], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drill_page")
        layout = QVBoxLayout(self)
        count = QLabel(self.tr("%n order(s): %1", "", len(orders)).replace("%1", title), self)
        count.setObjectName("drill_count")
        layout.addWidget(count)
        self.model: ListModel[OrderBrief] = ListModel(
            [
                ListColumn(self.tr("Order no"), lambda o: o.order_no),
                ListColumn(self.tr("Channel"), lambda o: channel_label(o.channel)),
                ListColumn(self.tr("Status"), lambda o: status_label(o.status)),
                ListColumn(self.tr("Total"), lambda o: f"{o.total:,.2f}"),
                ListColumn(self.tr("Ordered at"), lambda o: local_time(o.ordered_at)),
            ],
            orders,
            self,
        )
        self.table = list_view(self, "drill_table", self.model, fit=False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.order_ids = [o.order_id for o in orders]


class ReportsTab(QWidget):
    PAGES = ("sales", "conversion", "returns", "speed", "stock", "service", "logistics")
    page_loaded = Signal(str)  # a page's figures are on screen
    exported = Signal(str)  # the xlsx file is written

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.loaded: dict[str, ReportFilter] = {}  # page → the filter its figures are for
        self.loading: dict[str, ReportFilter] = {}  # page → the filter being fetched
        self._jobs = 0
        self._export_pending: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filter_bar())
        self.pages = QTabWidget(self)
        self.pages.setObjectName("report_pages")
        self.pages.setTabsClosable(True)
        self.pages.tabCloseRequested.connect(self._close_drill)
        captions = {
            "sales": self.tr("Sales"),
            "conversion": self.tr("Conversion"),
            "returns": self.tr("Returns"),
            "speed": self.tr("Processing speed"),
            "stock": self.tr("Stock"),
            "service": self.tr("Customer service"),
            "logistics": self.tr("Carriers"),
        }
        self.page: dict[str, ReportPage] = {}
        for key in self.PAGES:
            page = ReportPage(key, self.open_drill)
            self.page[key] = page
            self.pages.addTab(page, captions[key])
            # The area pages stay; only drill-down tabs close.
            for side in (self.pages.tabBar().ButtonPosition.RightSide,):
                self.pages.tabBar().setTabButton(self.pages.count() - 1, side, None)
        self.pages.currentChanged.connect(lambda _i: self.load_current())
        # Figures load on workers; this bar, beside the page tabs (room to spare there, none
        # in the filter row at 1280 px), says so, and how far the processing-time facts are
        # when a big history is folded in first.
        corner = QWidget(self.pages)  # always there: a corner shown late is not laid out
        corner_layout = QVBoxLayout(corner)
        corner_layout.setContentsMargins(4, 2, 2, 2)
        self.busy = QProgressBar(corner)
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.setFormat(self.tr("Loading…"))
        self.busy.setFixedWidth(240)
        corner_layout.addWidget(self.busy)
        corner.setFixedSize(246, max(self.pages.tabBar().sizeHint().height(), 22))
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.busy.hide()
        layout.addWidget(self.pages, 1)
        self._load_options()
        self.load_current()
        self._prepare_facts()

    # ---- filters -------------------------------------------------------------------------

    def _filter_bar(self) -> QGridLayout:
        bar = QGridLayout()
        today = QDate.currentDate()
        self.range_combo = QComboBox(self)
        self.range_combo.setObjectName("range")
        for key, caption in (
            ("30", self.tr("Last 30 days")), ("7", self.tr("Last 7 days")),
            ("90", self.tr("Last 90 days")), ("last_month", self.tr("Last month")),
            ("this_month", self.tr("This month")), ("365", self.tr("Last 365 days")),
            ("custom", self.tr("Custom")),
        ):  # fmt: skip
            self.range_combo.addItem(caption, key)
        self.range_combo.currentIndexChanged.connect(lambda _i: self._range_chosen())
        self.date_from = QDateEdit(today.addDays(-29), self)
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.grain = QComboBox(self)
        self.grain.setObjectName("grain")
        for grain, caption in ((Grain.DAY, self.tr("By day")), (Grain.WEEK, self.tr("By week")),
                               (Grain.MONTH, self.tr("By month"))):  # fmt: skip
            self.grain.addItem(caption, grain.value)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.warehouse = QComboBox(self)
        self.warehouse.setObjectName("warehouse")
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("carrier")
        self.sku = QLineEdit(self)
        self.sku.setObjectName("sku")
        self.sku.setPlaceholderText(self.tr("SKU"))
        self.sku.setClearButtonEnabled(True)
        self.sku.returnPressed.connect(self.refresh)
        self.channel.addItem(self.tr("All channels"), "")
        self.warehouse.addItem(self.tr("All warehouses"), None)
        self.carrier.addItem(self.tr("All carriers"), None)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setObjectName("export_xlsx")
        self.export_button.setEnabled(self.actor.can(Permission.EXPORT_DATA))
        self.export_button.clicked.connect(lambda: self.export())
        self.pdf_button = QPushButton(self.tr("&Print to PDF…"), self)
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.clicked.connect(lambda: self.print_pdf())
        row = [
            (QLabel(self.tr("Period:"), self), self.range_combo), (None, self.date_from),
            (QLabel("–", self), self.date_to), (None, self.grain), (None, self.channel),
            (None, self.warehouse), (None, self.carrier), (None, self.sku),
        ]  # fmt: skip
        column = 0
        for label, widget in row:
            if label is not None:
                bar.addWidget(label, 0, column)
                column += 1
            bar.addWidget(widget, 0, column)
            column += 1
        bar.setColumnStretch(column, 1)
        column += 1
        for button in (self.refresh_button, self.export_button, self.pdf_button):
            bar.addWidget(button, 0, column)
            column += 1
        return bar

    def _range_chosen(self) -> None:
        key = self.range_combo.currentData()
        today = date.today()
        if key == "custom":
            return
        if key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif key == "this_month":
            start, end = today.replace(day=1), today
        else:
            start, end = today - timedelta(days=int(key) - 1), today
        self._setting_dates = True
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        self._setting_dates = False
        self.refresh()

    def _dates_edited(self) -> None:
        if getattr(self, "_setting_dates", False):
            return
        custom = self.range_combo.findData("custom")
        if self.range_combo.currentIndex() != custom:
            self.range_combo.blockSignals(True)
            self.range_combo.setCurrentIndex(custom)
            self.range_combo.blockSignals(False)

    def _prepare_facts(self) -> None:
        """Fold the order history not yet in the processing-time facts on a worker, with its
        progress in the busy bar: a big database opened for the first time takes minutes,
        and no page waits for it but the speed page."""
        analytics = self.services.analytics

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            try:
                return analytics.prepare(self.actor, progress, cancelled), None
            except AppError as exc:
                return 0, exc

        worker = self._start(job, self._facts_prepared)
        # It stops between two steps when the tab goes (log-out) or the application quits,
        # which waits for the thread pool.
        token = worker.cancel_token
        self.destroyed.connect(lambda *_args: token.cancel())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(token.cancel)

    def _facts_prepared(self, payload: tuple[int, AppError | None]) -> None:
        self._job_ended()
        _folded, error = payload
        if error is not None:
            show_error(self, error)

    def _load_options(self) -> None:
        analytics = self.services.analytics

        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            try:
                return analytics.options(self.actor), None
            except AppError as exc:
                return None, exc

        self._start(job, self._options_loaded)

    def _options_loaded(self, payload: tuple[FilterOptions | None, AppError | None]) -> None:
        options, error = payload
        self._job_ended()
        if options is None:
            if error is not None:
                show_error(self, error)
            return
        for channel in options.channels:
            self.channel.addItem(channel_label(channel), channel)
        for wid, name in options.warehouses:
            self.warehouse.addItem(name, wid)
        for cid, name in options.carriers:
            self.carrier.addItem(name, cid)

    def current_filter(self) -> ReportFilter:
        f, t = self.date_from.date(), self.date_to.date()
        return ReportFilter(
            date(f.year(), f.month(), f.day()),
            date(t.year(), t.month(), t.day()),
            channel=self.channel.currentData() or None,
            warehouse_id=self.warehouse.currentData(),
            carrier_id=self.carrier.currentData(),
            sku=self.sku.text().strip() or None,
            zone=datetime.now().astimezone().tzinfo,
            grain=Grain(self.grain.currentData()),
        )

    # ---- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loaded.clear()
        self.load_current()

    def load_current(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, ReportPage):
            self.load(page.key)

    def _fetch(self, key: str, flt: ReportFilter, progress: Callable[[int, int], None]) -> Any:
        """The page's figures (on a worker: plain data in and out)."""
        analytics = self.services.analytics
        if key == "speed":  # fold new order history first, showing its progress
            analytics.prepare(self.actor, progress)
        return getattr(analytics, key)(self.actor, flt)

    def load(self, key: str) -> None:
        """Load a page's figures on a worker; the page is drawn when they arrive (a newer
        filter by then: loaded again). The busy bar shows while anything loads."""
        flt = self.current_filter()
        if self.loaded.get(key) == flt or self.loading.get(key) == flt:
            return
        self.loading[key] = flt

        def job(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            try:
                return key, flt, self._fetch(key, flt, progress), None
            except AppError as exc:
                return key, flt, None, exc

        self._start(job, self._page_loaded)

    def _start(self, job: Callable[..., Any], done: Callable[[Any], None]) -> Worker:
        worker = Worker(job)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._job_failed)
        worker.signals.progress.connect(self._progress)
        self._jobs += 1
        self._update_busy()
        return start(worker)

    def _job_ended(self) -> None:
        self._jobs = max(0, self._jobs - 1)
        self._update_busy()

    def _update_busy(self) -> None:
        if not self._jobs:
            self.busy.setRange(0, 0)
            self.busy.setFormat(self.tr("Loading…"))
        self.busy.setVisible(self._jobs > 0)

    def _progress(self, done: int, total: int) -> None:
        """Progress of folding order history into the processing-time facts."""
        if total <= 0 or done >= total:
            self.busy.setRange(0, 0)
            self.busy.setFormat(self.tr("Loading…"))
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.busy.setFormat(self.tr("Preparing processing times… %p%"))

    def _job_failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.loading.clear()
        show_error(self, exc)

    def _page_loaded(self, payload: tuple[str, ReportFilter, Any, AppError | None]) -> None:
        key, flt, result, error = payload
        self._job_ended()
        if self.loading.get(key) != flt:  # a newer load of this page is under way: it wins
            return
        del self.loading[key]
        if error is not None:
            self._export_pending = None  # the export stops; its button comes back
            self._continue_export()
            show_error(self, error)
            return
        getattr(self, f"_show_{key}")(self.page[key], result)
        self.loaded[key] = flt
        self.page_loaded.emit(key)
        self._continue_export()

    def _show_sales(self, page: ReportPage, r: Any) -> None:
        page.set_kpis([
            ("orders", self.tr("Orders"), _num(r.totals.orders), None),
            ("revenue", self.tr("Revenue"), _money(r.totals.revenue), None),
            ("average", self.tr("Average order"), _money(r.totals.average), None),
            ("orders_change", self.tr("Orders vs previous period"), _change(r.orders_change), None),
            ("revenue_change", self.tr("Revenue vs previous period"), _change(r.revenue_change),
             None),
            ("previous_revenue", self.tr("Previous period revenue"), _money(r.previous.revenue),
             None),
        ])  # fmt: skip
        days = [b.start for b in r.buckets]
        if len(days) > MAX_BARS:
            chart = line_chart(self.tr("Revenue"), days, self.tr("Revenue"),
                               [float(b.revenue) for b in r.buckets])  # fmt: skip
        else:
            revenue = [float(b.revenue) for b in r.buckets]
            chart = bar_chart(
                self.tr("Revenue"), [d.strftime("%m-%d") for d in days],
                [(self.tr("Revenue"), revenue, RED)],
            )  # fmt: skip
        page.chart.show_chart(chart)
        period = TableSpec("sales_buckets", self.tr("By period"),
                           [self.tr("From"), self.tr("Orders"), self.tr("Revenue"),
                            self.tr("Average order")], link_column=1)  # fmt: skip
        for b in r.buckets:
            period.shown.append([b.start.isoformat(), _num(b.orders), f"{b.revenue:,.2f}",
                                 f"{b.average:,.2f}"])  # fmt: skip
            period.raw.append([b.start, b.orders, b.revenue, b.average])
            period.drills.append((Drill.SALES_DAY, b.start.isoformat()) if b.orders else None)
        channels = TableSpec("sales_channels", self.tr("By channel"),
                             [self.tr("Channel"), self.tr("Orders"), self.tr("Revenue")],
                             link_column=1)  # fmt: skip
        for c, n, revenue in r.by_channel:
            channels.shown.append([channel_label(c), _num(n), f"{revenue:,.2f}"])
            channels.raw.append([channel_label(c), n, revenue])
            channels.drills.append((Drill.SALES_CHANNEL, c))
        page.set_tables([period, channels])

    def _show_conversion(self, page: ReportPage, r: Any) -> None:
        page.set_kpis([
            ("created", self.tr("Orders created"), _num(r.created), None),
            ("paid", self.tr("Paid"), _num(r.paid), None),
            ("paid_rate", self.tr("Paid ÷ created"), _pct(r.paid_rate), None),
            ("cancelled", self.tr("Cancelled"), _num(r.cancelled), (Drill.CANCELLED, "")),
            ("cancelled_unpaid", self.tr("Unpaid timeouts"), _num(r.cancelled_unpaid), None),
            ("cancelled_paid", self.tr("Cancelled after payment"), _num(r.cancelled_paid), None),
        ])  # fmt: skip
        reasons = TableSpec("cancel_reasons", self.tr("Why orders were cancelled"),
                            [self.tr("Reason"), self.tr("Orders")], link_column=1)  # fmt: skip
        for reason, n in r.cancel_reasons:
            text = reason or self.tr("(no reason given)")
            reasons.shown.append([text, _num(n)])
            reasons.raw.append([text, n])
            reasons.drills.append((Drill.CANCELLED, reason) if reason else None)
        top = r.cancel_reasons[:10]
        page.chart.show_chart(
            bar_chart(self.tr("Cancelled orders by reason"),
                      [(reason or self.tr("(no reason given)"))[:16] for reason, _ in top],
                      [(self.tr("Orders"), [n for _, n in top], GREY)], horizontal=True)
        )  # fmt: skip
        page.set_tables([reasons])

    def _show_returns(self, page: ReportPage, r: Any) -> None:
        page.set_kpis([
            ("return_rate", self.tr("Return rate (units)"), _pct(r.return_rate), None),
            ("returned_units", self.tr("Units returned"), _num(r.returned_units), None),
            ("returned_orders", self.tr("Orders with returns"), _num(r.returned_orders), None),
            ("refund_amount", self.tr("Refunded"), _money(r.refund_amount), None),
            ("refund_rate", self.tr("Refunded ÷ revenue"), _pct(r.refund_rate), None),
            ("exchanges", self.tr("Exchanges"), _num(r.exchanges), None),
            ("resends", self.tr("Resends"), _num(r.resends), None),
        ])  # fmt: skip
        skus = TableSpec("returns_sku", self.tr("Return rate by SKU, worst first"),
                         [self.tr("SKU"), self.tr("Name"), self.tr("Sold"), self.tr("Returned"),
                          self.tr("Return rate")], link_column=4)  # fmt: skip
        for x in r.by_sku:
            skus.shown.append([x.key, x.name, _num(x.sold), _num(x.returned), _pct(x.rate)])
            skus.raw.append([x.key, x.name, x.sold, x.returned, x.rate])
            skus.drills.append((Drill.RETURNS_SKU, x.key))
        channels = TableSpec("returns_channel", self.tr("By channel"),
                             [self.tr("Channel"), self.tr("Sold"), self.tr("Returned"),
                              self.tr("Return rate")], link_column=3)  # fmt: skip
        for x in r.by_channel:
            channels.shown.append([channel_label(x.key), _num(x.sold), _num(x.returned),
                                   _pct(x.rate)])  # fmt: skip
            channels.raw.append([channel_label(x.key), x.sold, x.returned, x.rate])
            channels.drills.append((Drill.RETURNS_CHANNEL, x.key))
        reasons = TableSpec("returns_reason", self.tr("By reason"),
                            [self.tr("Reason"), self.tr("Cases")], link_column=1)  # fmt: skip
        for reason, n in r.by_reason:
            reasons.shown.append([reason or "–", _num(n)])
            reasons.raw.append([reason, n])
            reasons.drills.append((Drill.RETURNS_REASON, reason))
        worst = list(reversed(r.by_sku[:10]))  # a horizontal chart draws bottom-up
        page.chart.show_chart(
            bar_chart(self.tr("Return rate by SKU (%)"), [x.key for x in worst],
                      [(self.tr("Return rate"), [float((x.rate or 0) * 100) for x in worst],
                        RED)], horizontal=True)
        )  # fmt: skip
        page.set_note(
            self.tr("Returns count the units returned of the orders placed in the period. "
                    "Refunds count by the day they were approved, whatever the order's day; "
                    "refunded ÷ revenue uses the period's revenue.")
        )  # fmt: skip
        page.set_tables([skus, channels, reasons])

    def _show_speed(self, page: ReportPage, r: Any) -> None:
        names = {
            "review": self.tr("Review"), "confirm": self.tr("Confirm"), "pick": self.tr("Pick"),
            "pack": self.tr("Pack"), "ship": self.tr("Ship"),
        }  # fmt: skip
        late = r.shipped - r.shipped_on_time
        page.set_kpis([
            ("pay_to_ship_p50", self.tr("Payment → shipment, median (h)"),
             _hours(r.pay_to_ship.p50_minutes), None),
            ("pay_to_ship_p90", self.tr("Payment → shipment, p90 (h)"),
             _hours(r.pay_to_ship.p90_minutes), None),
            ("on_time_rate", self.tr("Shipped within %n hour(s)", "", r.promise_hours),
             _pct(r.on_time_rate), None),
            ("late", self.tr("Shipped late"), _num(late), (Drill.LATE_SHIPMENTS, "")),
            ("completion_rate", self.tr("Completion rate"), _pct(r.completion_rate), None),
        ])  # fmt: skip
        stages = TableSpec("speed_stages", self.tr("Time in each stage (hours)"),
                           [self.tr("Stage"), self.tr("Orders"), self.tr("Median"),
                            self.tr("p90")])  # fmt: skip
        for name, p in [*r.stages, ("pay_to_ship", r.pay_to_ship)]:
            caption = names.get(name, self.tr("Payment → shipment"))
            stages.shown.append([caption, _num(p.count), _hours(p.p50_minutes),
                                 _hours(p.p90_minutes)])  # fmt: skip
            stages.raw.append([caption, p.count, _hours_raw(p.p50_minutes),
                               _hours_raw(p.p90_minutes)])  # fmt: skip
            stages.drills.append(None)
        page.chart.show_chart(
            bar_chart(self.tr("Hours in each stage"), [names[n] for n, _ in r.stages],
                      [(self.tr("Median"), [_h(p.p50_minutes) for _, p in r.stages], RED),
                       (self.tr("p90"), [_h(p.p90_minutes) for _, p in r.stages], GREY)])
        )  # fmt: skip
        page.set_note(
            self.tr("Time in a stage: from the order's first entry into the state to its first "
                    "exit; medians and p90 of the orders placed in the period.")
        )  # fmt: skip
        page.set_tables([stages])

    def _show_stock(self, page: ReportPage, r: Any) -> None:
        page.set_kpis([
            ("stock_value", self.tr("Stock value at cost"), _money(r.value), None),
            ("units", self.tr("Units on hand"), _num(r.units), None),
            ("skus", self.tr("SKUs"), _num(r.skus), None),
            # The status bar's two figures, by its definition (a SKU in a warehouse).
            ("out_of_stock", self.tr("Out of stock"), _num(r.rows_out), None),
            ("low_stock", self.tr("Low stock"), _num(r.rows_low), None),
            ("stock_outs", self.tr("SKUs with nothing available"), _num(r.stock_outs), None),
            ("overstock", self.tr("Overstock"), _num(r.overstock), None),
        ])  # fmt: skip
        page.set_note(
            self.tr("Out of stock and low stock count a SKU in each warehouse, as the status "
                    "bar does: nothing available, or less than its safety stock. "
                    "Stock-out: nothing available (on hand − reserved ≤ 0). Overstock: more than "
                    "%1 days of cover, or stock that did not move in the period. Days of cover: "
                    "available ÷ units shipped a day in the period. Turnover: units shipped ÷ "
                    "on hand. Age: days since the oldest unit on hand was received (first in, "
                    "first out).").replace("%1", str(r.overstock_days))
        )  # fmt: skip
        states = {"stock_out": self.tr("Stock-out"), "overstock": self.tr("Overstock"),
                  "low": self.tr("Low"), "": ""}  # fmt: skip
        rows = TableSpec("stock_skus", self.tr("SKUs by stock value"),
                         [self.tr("SKU"), self.tr("Name"), self.tr("On hand"),
                          self.tr("Available"), self.tr("Cost"), self.tr("Value"),
                          self.tr("Shipped"), self.tr("Turnover"), self.tr("Days of cover"),
                          self.tr("Age (days)"), self.tr("State")])  # fmt: skip
        for x in r.rows:
            cover = "∞" if x.days_of_cover is None and x.on_hand else (
                "–" if x.days_of_cover is None else f"{x.days_of_cover:,.1f}")  # fmt: skip
            rows.shown.append([x.sku, x.name, _num(x.on_hand), _num(x.available),
                               f"{x.cost:,.2f}", f"{x.value:,.2f}", _num(x.shipped),
                               "–" if x.turnover is None else f"{x.turnover:.2f}", cover,
                               _num(x.age_days), states[x.state]])  # fmt: skip
            rows.raw.append([x.sku, x.name, x.on_hand, x.available, x.cost, x.value, x.shipped,
                             x.turnover, x.days_of_cover, x.age_days, states[x.state]])  # fmt: skip
            rows.drills.append(None)
        page.chart.show_chart(
            bar_chart(self.tr("Stock value by age (days)"), [a for a, _, _ in r.ageing],
                      [(self.tr("Value"), [float(v) for _, _, v in r.ageing], RED)])
        )  # fmt: skip
        page.set_tables([rows])

    def _show_service(self, page: ReportPage, r: Any) -> None:
        page.set_kpis([
            ("tickets", self.tr("Tickets"), _num(r.tickets), None),
            ("first_response_p50", self.tr("First response, median (h)"),
             _hours(r.first_response.p50_minutes), None),
            ("first_response_p90", self.tr("First response, p90 (h)"),
             _hours(r.first_response.p90_minutes), None),
            ("resolution_p50", self.tr("Resolution, median (h)"),
             _hours(r.resolution.p50_minutes), None),
            ("resolution_p90", self.tr("Resolution, p90 (h)"),
             _hours(r.resolution.p90_minutes), None),
            ("sla_rate", self.tr("Within SLA"), _pct(r.sla_rate), None),
            ("complaints", self.tr("Complaints"), _num(r.complaints), (Drill.COMPLAINTS, "")),
            ("complaint_rate", self.tr("Complaints per order"), _pct(r.complaint_rate), None),
            ("rating", self.tr("Average rating"),
             Shown("–" if r.rating_average is None else f"{r.rating_average}", r.rating_average),
             None),
        ])  # fmt: skip
        kinds = {"inquiry": self.tr("Inquiry"), "complaint": self.tr("Complaint"),
                 "feedback": self.tr("Feedback"), "aftersales": self.tr("After-sales")}  # fmt: skip
        by_kind = TableSpec("service_kinds", self.tr("Tickets by kind"),
                            [self.tr("Kind"), self.tr("Tickets")])  # fmt: skip
        for k, n in r.by_kind:
            by_kind.shown.append([kinds.get(k, k), _num(n)])
            by_kind.raw.append([kinds.get(k, k), n])
            by_kind.drills.append((Drill.COMPLAINTS, "") if k == "complaint" else None)
        by_kind.link_column = 1
        by_cat = TableSpec("service_categories", self.tr("Tickets by category"),
                           [self.tr("Category"), self.tr("Tickets")])  # fmt: skip
        for c, n in r.by_category:
            by_cat.shown.append([c or "–", _num(n)])
            by_cat.raw.append([c, n])
            by_cat.drills.append(None)
        trend = TableSpec("service_ratings", self.tr("Ratings by week"),
                          [self.tr("Week of"), self.tr("Ratings"), self.tr("Average")])  # fmt: skip
        for week, n, avg in r.rating_trend:
            trend.shown.append([week.isoformat(), _num(n), f"{avg}"])
            trend.raw.append([week, n, avg])
            trend.drills.append(None)
        page.chart.show_chart(
            bar_chart(self.tr("Ratings"), [f"{s}★" for s, _ in r.rating_distribution],
                      [(self.tr("Tickets"), [n for _, n in r.rating_distribution], RED)])
        )  # fmt: skip
        page.set_tables([by_kind, by_cat, trend])

    def _show_logistics(self, page: ReportPage, r: Any) -> None:
        parcels = sum(c.parcels for c in r.carriers)
        page.set_kpis([
            ("parcels", self.tr("Parcels"), _num(parcels), None),
            ("carriers", self.tr("Carriers"), _num(len(r.carriers)), None),
        ])  # fmt: skip
        table = TableSpec("carriers", self.tr("Carriers, fastest first"),
                          [self.tr("Carrier"), self.tr("Parcels"), self.tr("Delivery median (h)"),
                           self.tr("Delivery p90 (h)"), self.tr("Cost per parcel"),
                           self.tr("Exception rate"), self.tr("Lost"), self.tr("Damaged"),
                           self.tr("Returned")], link_column=1)  # fmt: skip
        for c in r.carriers:
            table.shown.append([c.name, _num(c.parcels), _hours(c.delivery.p50_minutes),
                                _hours(c.delivery.p90_minutes), _money(c.cost_per_parcel),
                                _pct(c.exception_rate), _num(c.lost), _num(c.damaged),
                                _num(c.returned)])  # fmt: skip
            table.raw.append([c.name, c.parcels, _hours_raw(c.delivery.p50_minutes),
                              _hours_raw(c.delivery.p90_minutes), c.cost_per_parcel,
                              c.exception_rate, c.lost, c.damaged, c.returned])  # fmt: skip
            table.drills.append((Drill.CARRIER_PARCELS, str(c.carrier_id)))
        page.chart.show_chart(
            bar_chart(self.tr("Delivery time (hours)"), [c.name for c in r.carriers],
                      [(self.tr("Median"), [_h(c.delivery.p50_minutes) for c in r.carriers], RED),
                       (self.tr("p90"), [_h(c.delivery.p90_minutes) for c in r.carriers], GREY)])
        )  # fmt: skip
        page.set_note(self.tr("COD outstanding per carrier is shown once payments are recorded."))
        page.set_tables([table])

    # ---- drill-down, export, print ---------------------------------------------------------

    def open_drill(self, what: Drill, key: str, title: str) -> None:
        """List the orders behind a figure in a tab of their own (found on a worker)."""
        flt = self.current_filter()
        analytics = self.services.analytics

        def job(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            try:
                if what is Drill.LATE_SHIPMENTS:
                    analytics.prepare(self.actor, progress)
                ids = analytics.drill(self.actor, flt, what, key)
                return title, analytics.orders(self.actor, ids), None
            except AppError as exc:
                return title, None, exc

        self._start(job, self._drill_loaded)

    def _drill_loaded(self, payload: tuple[str, list[OrderBrief] | None, AppError | None]) -> None:
        title, orders, error = payload
        self._job_ended()
        if orders is None:
            if error is not None:
                show_error(self, error)
            return
        page = DrillPage(title, orders, self)
        index = self.pages.addTab(page, title if len(title) <= 24 else "…" + title[-23:])
        self.pages.setTabToolTip(index, title)
        self.pages.setCurrentIndex(index)

    def _close_drill(self, index: int) -> None:
        widget = self.pages.widget(index)
        if isinstance(widget, DrillPage):
            self.pages.removeTab(index)
            widget.deleteLater()

    def sheets(self) -> list[tuple[str, list[str], list[list[Any]]]]:
        """Every loaded page's KPIs and tables."""
        out: list[tuple[str, list[str], list[list[Any]]]] = []
        for key in self.PAGES:
            if key not in self.loaded:
                continue
            page = self.page[key]
            title = self.pages.tabText(self.pages.indexOf(page))
            kpis = [[caption, value] for caption, value in page.kpi_values]
            out.append((title, [self.tr("Figure"), self.tr("Value")], kpis))
            for spec in page.specs:
                out.append((f"{title} {spec.title}", spec.headers, spec.raw))
        return out

    def export(self, path: str | None = None) -> bool:
        """Export every page for the current filter: the pages not loaded yet load first (on
        workers), then the file is written on a worker; `exported` says when it is there.
        Returns whether the export started."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export report"), "kuaidan-report.xlsx", self.tr("Excel (*.xlsx)")
            )
        if not path:
            return False
        self._export_pending = path
        self.export_button.setEnabled(False)
        for key in self.PAGES:
            self.load(key)
        self._continue_export()
        return True

    def _continue_export(self) -> None:
        path = self._export_pending
        if path is None:
            self.export_button.setEnabled(self.actor.can(Permission.EXPORT_DATA))
            return
        flt = self.current_filter()
        if any(self.loaded.get(key) != flt for key in self.PAGES):
            if not self.loading:  # a page failed: the export stops (its error was shown)
                self._export_pending = None
                self.export_button.setEnabled(self.actor.can(Permission.EXPORT_DATA))
            return
        self._export_pending = None
        sheets = self.sheets()
        analytics = self.services.analytics

        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            try:
                analytics.export_xlsx(self.actor, sheets, path)
            except AppError as exc:
                return path, exc
            return path, None

        self._start(job, self._export_written)

    def _export_written(self, payload: tuple[str, AppError | None]) -> None:
        path, error = payload
        self._job_ended()
        self.export_button.setEnabled(self.actor.can(Permission.EXPORT_DATA))
        if error is not None:
            show_error(self, error)
            return
        self.exported.emit(path)

    def print_pdf(self, path: str | None = None) -> bool:
        """The page on screen, as it looks, on an A4 landscape PDF page."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print to PDF"), "kuaidan-report.pdf", self.tr("PDF (*.pdf)")
            )
        if not path:
            return False
        page = self.pages.currentWidget()
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(self.pages.tabText(self.pages.currentIndex()))
        painter = QPainter(writer)
        if not painter.isActive():
            show_error(self, OSError(self.tr("Cannot write %1").replace("%1", path)))
            return False
        f, t = self.date_from.date(), self.date_to.date()
        heading = (f"{self.pages.tabText(self.pages.currentIndex())}  "
                   f"{f.toString('yyyy-MM-dd')} – {t.toString('yyyy-MM-dd')}")  # fmt: skip
        painter.drawText(0, 40, heading)
        area = painter.viewport()
        scale = min(area.width() / max(1, page.width()),
                    (area.height() - 80) / max(1, page.height()))  # fmt: skip
        painter.translate(0, 80)
        painter.scale(scale, scale)
        page.render(painter, QPoint(0, 0))
        painter.end()
        return True


def _discard(widget: QWidget) -> None:
    """Off the page now (findChild must not see it), deleted later."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


def _h(minutes: int | None) -> float:
    return 0.0 if minutes is None else round(minutes / 60, 1)


def _hours_raw(minutes: int | None) -> Decimal | None:
    return None if minutes is None else (Decimal(minutes) / 60).quantize(Decimal("0.1"))


__all__ = ["Percentiles", "ReportsTab"]
