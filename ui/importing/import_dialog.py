"""Import orders from a platform's export file, step by step in one window:

1. the file (chosen, or dropped here or on the Orders tab), and the items file when the format
   has one; the format is recognised from the headers unless chosen;
2. the detected format and channel, the column mapping (editable, saved per channel) beside
   the first rows of the file;
3. the dry run: every bad row with its row number, column and reason, filterable;
4. the import in the background (rows/s, time left, Cancel) while the rest of the window stays
   usable (the dialog is not modal);
5. the report, with "Save error workbook…" for the rows to fix and import again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.importing.formats import MAPPABLE_FIELDS
from app.importing.service import FormatInfo, ImportPreview, ImportResult
from app.permissions import Actor
from app.services import Services
from ui.action_runner import runner
from ui.errors import error_text, show_error
from ui.importing.entry import dropped_files
from ui.importing.error_model import ErrorColumn, RowErrorModel
from ui.importing.labels import (
    channel_name,
    error_reason,
    field_label,
    import_format_label,
    workbook_error_text,
)
from ui.kit.list_model import Cell, CellsModel, list_view
from ui.workers import Worker

_PROBLEM_STYLE = "color: #b3261e"


def duration_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    return f"{seconds // 60}:{seconds % 60:02d}"


class ErrorPanel(QWidget):
    """A filter box, a kind-of-problem choice and the table of bad rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowErrorModel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("errorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter: row, column, value or reason"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("errorKind")
        self.kind.setMinimumContentsLength(24)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.table = QTableView(self)
        self.table.setObjectName("errorTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ErrorColumn.ROW, 70), (ErrorColumn.FILE, 120),
                              (ErrorColumn.COLUMN, 130), (ErrorColumn.REASON, 260)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.kind.currentIndexChanged.connect(lambda _i: self._filter())
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_errors(self, result: ImportResult) -> None:
        self.model.set_errors(result.rows_failed)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Every problem"), "")
        for code in self.model.codes():
            self.kind.addItem(error_reason(code), code)
        self.kind.blockSignals(False)
        self.search.clear()
        self.table.setColumnHidden(ErrorColumn.FILE, not any(e.file for e in result.rows_failed))
        self._filter()

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.kind.currentData() or "")


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, when orders were written

    PAGE_FILE, PAGE_COLUMNS, PAGE_CHECK, PAGE_RUN, PAGE_REPORT = range(5)

    def __init__(
        self, services: Services, actor: Actor, parent: QWidget | None = None, path: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import orders"))
        self.setAcceptDrops(True)
        self.services = services
        self.actor = actor
        self.formats: list[FormatInfo] = services.importing.formats(actor)
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.worker: Worker | None = None
        self._started = 0.0
        self._edited = False  # the user changed the recognised format's column mapping
        self._back_to = self.PAGE_COLUMNS
        self.pages = QStackedWidget(self)
        for build in (self._file_page, self._columns_page, self._check_page, self._run_page,
                      self._report_page):  # fmt: skip
            self.pages.addWidget(build())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._import_shortcut)
        self.resize(980, 640)
        if path:
            self.path.setText(path)
            self.load_file()

    # -- page 1: the file -------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        self.path = QLineEdit(page)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("An order export: .xlsx, .xls, .csv or .txt"))
        browse = QPushButton(self.tr("&Browse…"), page)
        browse.clicked.connect(self._browse)
        self.second = QLineEdit(page)
        self.second.setObjectName("secondPath")
        self.second.setPlaceholderText(
            self.tr("Only for Taobao and Etsy, whose items come in a second file")
        )
        browse_second = QPushButton(self.tr("B&rowse…"), page)
        browse_second.clicked.connect(self._browse_second)
        self.format = QComboBox(page)
        self.format.setObjectName("formatChoice")
        self.format.addItem(self.tr("Recognise from the headers"), "auto")
        for info in self.formats:
            self.format.addItem(import_format_label(info.name, info.label), info.name)
        form = QFormLayout()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second, 1)
        second_row.addWidget(browse_second)
        for text, buddy, field in (
            (self.tr("&Order file:"), self.path, path_row),
            (self.tr("&Items file:"), self.second, second_row),
            (self.tr("&Format:"), self.format, self.format),
        ):
            label = QLabel(text, page)
            label.setBuddy(buddy)
            form.addRow(label, field)
        hint = QLabel(
            self.tr(
                "Choose the file the shop platform gave you, or drop it on this window. "
                "Shopify, Taobao/Tmall, JD, Pinduoduo, Douyin, Amazon, eBay, WooCommerce, "
                "Etsy and our own template are recognised from their headers."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.file_problem = QLabel("", page)
        self.file_problem.setObjectName("fileProblem")
        self.file_problem.setStyleSheet(_PROBLEM_STYLE)
        self.file_problem.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next ›"), page)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.load_file())
        template = QPushButton(self.tr("Download import &template…"), page)
        template.clicked.connect(self.save_template)
        buttons = QHBoxLayout()
        buttons.addWidget(template)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Order file"), "",
            self.tr("Order files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"),
        )  # fmt: skip
        if name:
            self.path.setText(name)

    def _browse_second(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Items file"), "",
            self.tr("Order files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"),
        )  # fmt: skip
        if name:
            self.second.setText(name)
            if self.pages.currentIndex() == self.PAGE_COLUMNS:
                self.load_file()

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Import template"), "kuaidan-import-template.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        try:
            self.services.importing.write_template(self.actor, name)
        except AppError as exc:
            show_error(self, exc)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event) and self.worker is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not files or self.worker is not None:
            return
        event.acceptProposedAction()
        self.path.setText(files[0])
        self.second.setText(files[1] if len(files) > 1 else "")
        self.load_file()

    # -- page 2: format, channel and columns ------------------------------------------------

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.detected = QLabel("", page)
        self.detected.setObjectName("detected")
        self.detected.setWordWrap(True)
        self.problem = QLabel("", page)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(_PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.channel = QComboBox(page)
        self.channel.setObjectName("channel")
        self.channel.setEditable(True)
        for name in dict.fromkeys(info.channel for info in self.formats):
            self.channel.addItem(channel_name(name), name)
        self.profiles = QComboBox(page)
        self.profiles.setObjectName("profiles")
        self.profiles.activated.connect(self._profile_chosen)
        save_profile = QPushButton(self.tr("&Save mapping…"), page)
        save_profile.clicked.connect(self.save_profile)
        channel_label = QLabel(self.tr("C&hannel:"), page)
        channel_label.setBuddy(self.channel)
        profiles_label = QLabel(self.tr("Saved &mappings:"), page)
        profiles_label.setBuddy(self.profiles)
        top = QHBoxLayout()
        top.addWidget(channel_label)
        top.addWidget(self.channel)
        top.addSpacing(16)
        top.addWidget(profiles_label)
        top.addWidget(self.profiles, 1)
        top.addWidget(save_profile)
        self.mapping = QTableWidget(len(MAPPABLE_FIELDS), 2, page)
        self.mapping.setObjectName("mappingTable")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Kuaidan field"), self.tr("Column in the file")]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.column_choices: dict[str, QComboBox] = {}
        for row, name in enumerate(MAPPABLE_FIELDS):
            item = QTableWidgetItem(field_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox(self.mapping)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(row, 1, combo)
            self.column_choices[name] = combo
        self.sample_model = CellsModel([], page)
        self.sample = list_view(page, "previewTable", self.sample_model, fit=False)
        self.sample.verticalHeader().setVisible(True)  # the file's row numbers
        self.sample.horizontalHeader().setStretchLastSection(False)
        self.sample.verticalHeader().setDefaultSectionSize(22)
        split = QSplitter(page)
        split.addWidget(self.mapping)
        split.addWidget(self.sample)
        split.setSizes([430, 520])
        back = QPushButton(self.tr("‹ &Back"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.PAGE_FILE))
        self.dry_button = QPushButton(self.tr("&Check (dry run)"), page)
        self.dry_button.setObjectName("dryRunButton")
        self.dry_button.setDefault(True)
        self.dry_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(self.tr("&Import"), page)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Import the good rows now (Ctrl+Enter)"))
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.detected)
        layout.addWidget(self.problem)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return page

    def load_file(self, mapping: dict[str, Any] | None = None) -> None:
        """Recognise the file and show its columns and first rows."""
        path = self.path.text().strip()
        self.file_problem.clear()
        if not path:
            self.file_problem.setText(self.tr("Choose the order file first."))
            return
        try:
            preview = self.services.importing.preview(
                self.actor, path, format=self.format.currentData() or "auto", mapping=mapping,
                second_file=self.second.text().strip() or None,
            )  # fmt: skip
        except AppError as exc:
            self.file_problem.setText(error_text(exc))
            self.pages.setCurrentIndex(self.PAGE_FILE)
            return
        self.show_preview(preview)
        self.pages.setCurrentIndex(self.PAGE_COLUMNS)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        name = Path(preview.path).name
        if preview.applied_profile:
            text = self.tr("%1 is read with your saved mapping “%2”; its header is row %3.")
            text = (text.replace("%1", name).replace("%2", preview.applied_profile)
                    .replace("%3", str(preview.header_row)))  # fmt: skip
        elif preview.format:
            text = self.tr("%1 is a %2 file (%3% sure); its header is row %4.")
            text = (text.replace("%1", name).replace("%2", preview.format_label)
                    .replace("%3", str(round(preview.confidence * 100)))
                    .replace("%4", str(preview.header_row)))  # fmt: skip
        else:
            text = self.tr("%1: the layout was not recognised. Map the columns yourself.")
            text = text.replace("%1", name)
        self.detected.setText(text)
        problem = error_text(preview.problem) if preview.problem is not None else ""
        if preview.second_file_label and not self.second.text().strip():
            problem = self.tr("This format needs its items file too: %1. Add it on the first page.")
            problem = problem.replace("%1", preview.second_file_label)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if preview.channel:
            index = self.channel.findData(preview.channel)
            if index < 0:
                self.channel.addItem(channel_name(preview.channel), preview.channel)
                index = self.channel.count() - 1
            self.channel.setCurrentIndex(index)
        self.profiles.clear()
        self.profiles.addItem(self.tr("(the format's own)"), None)
        for profile in preview.profiles:
            self.profiles.addItem(profile.name, profile)
        if preview.applied_profile:
            self.profiles.setCurrentIndex(self.profiles.findText(preview.applied_profile))
        headers = [h or f"({n + 1})" for n, h in enumerate(preview.headers)]
        for name, combo in self.column_choices.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not used —"), "")
            for header in headers:
                combo.addItem(header, header)
            wanted = preview.mapping.get(name)
            first = wanted if isinstance(wanted, str) else (wanted[0] if wanted else "")
            combo.setCurrentIndex(max(0, combo.findData(first)) if first else 0)
            combo.blockSignals(False)
        self._edited = False
        self.sample_model.set_table(
            headers,
            [[Cell("" if value is None else str(value)) for value in row.values()]
             for row in preview.rows],
            [str(preview.header_row + 1 + n) for n in range(len(preview.rows))],
        )  # fmt: skip
        self.sample.resizeColumnsToContents()
        ready = bool(preview.format) or preview.problem is None
        blocked = bool(preview.second_file_label and not self.second.text().strip())
        self.dry_button.setEnabled(not blocked)
        self.import_button.setEnabled(not blocked and ready)

    def _mapping_changed(self) -> None:
        self._edited = True
        self.import_button.setEnabled(True)

    def current_mapping(self) -> dict[str, Any] | None:
        """None while a recognised format's own mapping is unchanged."""
        preview = self.preview
        if preview is None:
            return None
        known = preview.format in {f.name for f in self.formats}
        if known and not self._edited:
            return None
        mapping: dict[str, Any] = {
            name: combo.currentData()
            for name, combo in self.column_choices.items()
            if combo.currentData()
        }
        if known:
            mapping["_base"] = preview.format
        return mapping

    def _profile_chosen(self, index: int) -> None:
        profile = self.profiles.itemData(index)
        self.load_file(mapping=profile.mapping if profile is not None else None)
        if profile is not None:
            self._edited = True
            self.profiles.setCurrentIndex(self.profiles.findText(profile.name))

    def save_profile(self) -> None:
        mapping = self.current_mapping() or (
            {n: c.currentData() for n, c in self.column_choices.items() if c.currentData()}
        )
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping"),
            self.tr("Name of the mapping (used for this channel's files from now on):"),
        )  # fmt: skip
        if not ok or not name.strip():
            return
        try:
            self.services.importing.save_profile(self.actor, name, self.channel_value(), mapping)
        except AppError as exc:
            show_error(self, exc)
            return
        self.load_file(mapping=mapping)

    def channel_value(self) -> str:
        index = self.channel.currentIndex()
        text = self.channel.currentText().strip()
        if index >= 0 and self.channel.itemText(index) == text:
            return str(self.channel.itemData(index) or text)
        return text

    # -- page 3: the dry run ------------------------------------------------------------------

    def _check_page(self) -> QWidget:
        page = QWidget(self)
        self.check_summary = QLabel("", page)
        self.check_summary.setObjectName("checkSummary")
        self.check_summary.setWordWrap(True)
        self.check_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check_errors = ErrorPanel(page)
        back = QPushButton(self.tr("‹ &Back"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.PAGE_COLUMNS))
        save = QPushButton(self.tr("Save &error workbook…"), page)
        save.clicked.connect(lambda: self.save_error_workbook())  # not clicked's flag as path
        self.check_import = QPushButton(self.tr("&Import"), page)
        self.check_import.setObjectName("checkImportButton")
        self.check_import.setDefault(True)
        self.check_import.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(self.check_import)
        layout = QVBoxLayout(page)
        layout.addWidget(self.check_summary)
        layout.addWidget(self.check_errors, 1)
        layout.addLayout(buttons)
        return page

    # -- page 4: running --------------------------------------------------------------------

    def _run_page(self) -> QWidget:
        page = QWidget(self)
        self.run_title = QLabel("", page)
        self.run_title.setObjectName("runTitle")
        self.progress = QProgressBar(page)
        self.progress.setObjectName("importProgress")
        self.speed = QLabel("", page)
        self.speed.setObjectName("speed")
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        note = QLabel(
            self.tr(
                "You can keep working in the other windows meanwhile. Orders are written in "
                "chunks: after a cancel, importing the file again adds the rest."
            ),
            page,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.run_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.speed)
        layout.addWidget(note)
        layout.addStretch(2)
        layout.addLayout(buttons)
        return page

    def _job_arguments(self) -> dict[str, Any]:
        preview = self.preview
        mapping = self.current_mapping()
        return {
            # A recognised format as it is, or "auto" with the mapping (its _base, if any).
            "format": preview.format if preview is not None and mapping is None else "auto",
            "mapping": mapping,
            "second_file": self.second.text().strip() or None,
            "channel": self.channel_value() or None,
        }  # fmt: skip

    def dry_run(self) -> None:
        self._start(dry=True)

    def run_import(self) -> None:
        self._start(dry=False)

    def _import_shortcut(self) -> None:
        if self.pages.currentIndex() in (self.PAGE_COLUMNS, self.PAGE_CHECK):
            self.run_import()

    def _start(self, *, dry: bool) -> None:
        if self.worker is not None or self.preview is None:
            return
        services, actor, path = self.services, self.actor, self.preview.path
        arguments = self._job_arguments()

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            call = services.importing.dry_run if dry else services.importing.run
            return call(actor, path, progress=progress, cancel=cancelled, **arguments)

        self._back_to = self.pages.currentIndex()
        self._started = time.monotonic()
        self.run_title.setText(
            (self.tr("Checking %1…") if dry else self.tr("Importing %1…"))
            .replace("%1", Path(path).name)
        )  # fmt: skip
        self.progress.setRange(0, 0)
        self.speed.setText("")
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(self.PAGE_RUN)
        title = self.tr("Import %1").replace("%1", Path(path).name)
        worker = runner().run_job(self, title, job, self._finished, self._failed)
        worker.signals.progress.connect(self._progress)
        self.worker = worker
        self._dry = dry

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        elapsed = max(time.monotonic() - self._started, 0.001)
        rate = done / elapsed
        text = self.tr("%1 of %2 rows · %3 rows/s").replace("%1", f"{done:,}")
        text = text.replace("%2", f"{total:,}").replace("%3", f"{rate:,.0f}")
        if rate > 0 and total > done:
            text += " · " + self.tr("about %1 left").replace(
                "%1", duration_text((total - done) / rate)
            )
        self.speed.setText(text)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_token.cancel()
            self.cancel_button.setEnabled(False)
            self.speed.setText(self.tr("Stopping after the current chunk…"))

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.pages.setCurrentIndex(self._back_to)
        show_error(self, exc)

    def _finished(self, result: ImportResult) -> None:
        self.worker = None
        self.result = result
        if self._dry:
            self.check_summary.setText(self._summary(result))
            self.check_errors.show_errors(result)
            self.check_import.setEnabled(not result.cancelled)
            self.pages.setCurrentIndex(self.PAGE_CHECK)
            return
        self.report_summary.setText(self._summary(result))
        self.report_errors.show_errors(result)
        self.report_errors.setVisible(bool(result.rows_failed))
        self.save_report_errors.setEnabled(bool(result.rows_failed))
        self.map_skus.setVisible(bool(result.unknown_skus))
        self.pages.setCurrentIndex(self.PAGE_REPORT)
        if result.orders_created:
            self.imported.emit(result)

    def _summary(self, result: ImportResult) -> str:
        if result.dry_run:
            lines = [
                self.tr("%1 orders (%2 lines) will be created.")
                .replace("%1", f"{result.orders_created:,}")
                .replace("%2", f"{result.lines_created:,}"),
            ]  # fmt: skip
        else:
            lines = [
                self.tr("%1 orders (%2 lines) created.")
                .replace("%1", f"{result.orders_created:,}")
                .replace("%2", f"{result.lines_created:,}"),
            ]  # fmt: skip
        lines.append(
            self.tr("Already imported, skipped: %1.").replace(
                "%1", f"{result.duplicates_skipped:,}"
            )
        )
        lines.append(
            self.tr("Rows not imported: %1.").replace("%1", f"{len(result.rows_failed):,}")
        )
        if result.orders_without_items:
            lines.append(
                self.tr(
                    "%1 orders have no items in this file (an order-level report): open ones "
                    "are held until you import the items file for them."
                ).replace("%1", f"{result.orders_without_items:,}")
            )
        if result.orders_held and result.orders_without_items:
            lines.append(
                self.tr("Held on intake (no items or review rules): %1.")
                .replace("%1", f"{result.orders_held:,}")
            )  # fmt: skip
        elif result.orders_held:
            lines.append(
                self.tr("Held by the review rules: %1.").replace("%1", f"{result.orders_held:,}")
            )
        if result.history_orders:
            lines.append(
                self.tr("Already shipped, kept as history (stock untouched): %1.")
                .replace("%1", f"{result.history_orders:,}")
            )  # fmt: skip
        if result.unknown_skus:
            lines.append(
                self.tr("SKUs not in the catalogue (their orders wait until mapped): %1")
                .replace("%1", ", ".join(result.unknown_skus[:8])
                         + (" …" if len(result.unknown_skus) > 8 else ""))
            )  # fmt: skip
        if result.resumed_from_row:
            lines.append(
                self.tr("Continued an interrupted import of this file after row %1.")
                .replace("%1", f"{result.resumed_from_row:,}")
            )  # fmt: skip
        if result.previous_batch_id is not None:
            lines.append(self.tr("This file was imported before; only new orders were added."))
        if result.cancelled:
            lines.append(
                self.tr("Cancelled: what was written is kept; import the file again for the rest.")
            )
        seconds = self.tr("%1 rows in %2 s.").replace("%1", f"{result.rows_read:,}")
        lines.append(seconds.replace("%2", f"{result.seconds:.1f}"))
        if result.paused_s >= 0.5:
            lines.append(
                self.tr("Of that, %1 s paused so that the other workstations stayed fast.")
                .replace("%1", f"{result.paused_s:.1f}")
            )  # fmt: skip
        return "\n".join(lines)

    # -- page 5: the report -----------------------------------------------------------------

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_summary = QLabel("", page)
        self.report_summary.setObjectName("reportSummary")
        self.report_summary.setWordWrap(True)
        # At the top: with no failed rows the label had the page to itself and sat in the
        # middle of an empty window.
        self.report_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_errors = ErrorPanel(page)
        self.save_report_errors = QPushButton(self.tr("Save &error workbook…"), page)
        self.save_report_errors.setObjectName("saveErrorsButton")
        self.save_report_errors.clicked.connect(lambda: self.save_error_workbook())
        self.map_skus = QPushButton(self.tr("&Unknown SKUs…"), page)
        self.map_skus.clicked.connect(self.open_sku_dialog)
        close = QPushButton(self.tr("&Close"), page)
        close.setObjectName("closeButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_errors)
        buttons.addWidget(self.map_skus)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_summary)
        layout.addWidget(self.report_errors, 1)
        layout.addLayout(buttons)
        return page

    def save_error_workbook(self, path: str = "") -> None:
        result = self.result
        if result is None or not result.rows_failed:
            return
        if not path:
            suggested = f"{Path(result.file_name).stem}-errors.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save error workbook"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
        if not path:
            return
        try:
            written = self.services.importing.error_workbook(
                self.actor, result, path, describe=workbook_error_text,
                error_header=self.tr("Error"),
            )  # fmt: skip
        except AppError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Error workbook"),
            self.tr("%1 rows saved to %2. Fix them there and import that workbook.")
            .replace("%1", f"{written:,}")
            .replace("%2", path),
        )  # fmt: skip

    def open_sku_dialog(self) -> None:
        from ui.importing.sku_dialog import SkuDialog

        dialog = SkuDialog(self.services, self.actor, self)
        dialog.linked.connect(lambda: self.imported.emit(self.result))
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Import running"),
                self.tr("Stop the import? The orders written so far are kept."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.cancel()
        super().closeEvent(event)
