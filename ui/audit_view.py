"""The audit log on screen (我的操作记录 / 操作记录): my own actions for every role; everyone's,
with a user filter, for supervisors and admins. Filters by action, object and period; pages
of 100 newest first (More, or scrolling to the end, loads the next); the selected entry's
changes below; export to xlsx. Opened from the Session menu (F6) by every role."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.audit_queries import ACTIONS, OBJECT_TYPES, AuditEntryRow, AuditFilter, Cursor
from app.errors import AppError
from app.permissions import Actor, Permission
from app.services import Services
from app.uow import Changes
from ui.action_runner import runner
from ui.audit_labels import (
    action_labels,
    audit_action_label,
    change_values,
    changes_text,
    field_label,
    object_type_label,
    object_type_labels,
)
from ui.errors import format_local_time, show_error
from ui.i18n import user_name_label

COLUMNS = ("time", "user", "action", "object", "changes")


def object_text(row: AuditEntryRow) -> str:
    return f"{object_type_label(row.entity_type)} {row.object_ref or row.entity_id}"


CUSTOM = -1  # the period's "Dates…" choice


def _midnight(day: QDate) -> datetime:
    """The start of `day` on this workstation's clock, as an aware time."""
    return datetime(day.year(), day.month(), day.day()).astimezone()


class AuditLogDialog(QDialog):
    PAGE = 100

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLog")
        self.services = services
        self.actor = actor
        self.everyone = actor.can(Permission.VIEW_AUDIT)
        self.rows: list[AuditEntryRow] = []
        self.next: Cursor | None = None
        self.setWindowTitle(self.tr("Audit log") if self.everyone else self.tr("My actions"))
        self.resize(1100, 640)

        self.user = QComboBox(self)
        self.user.setObjectName("auditUser")
        self.user.addItem(self.tr("Everyone"), None)
        if self.everyone:
            try:
                people = services.audit.users(actor)
            except AppError as exc:
                show_error(self, exc)
                people = []
            for person in people:
                self.user.addItem(user_name_label(person.name), person.user_id)
        else:
            self.user.clear()
            self.user.addItem(self.tr("Only my actions"), actor.user_id)
            self.user.setEnabled(False)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for key, label in sorted(
            ((a, audit_action_label(a)) for a in ACTIONS), key=lambda pair: pair[1]
        ):
            self.action.addItem(label, key)
        self.object_type = QComboBox(self)
        self.object_type.setObjectName("auditObjectType")
        self.object_type.addItem(self.tr("Any object"), "")
        for key in OBJECT_TYPES:
            self.object_type.addItem(object_type_label(key), key)
        self.object_ref = QLineEdit(self)
        self.object_ref.setObjectName("auditObjectRef")
        self.object_ref.setPlaceholderText(self.tr("Number or id"))
        self.object_ref.setClearButtonEnabled(True)
        self.period = QComboBox(self)
        self.period.setObjectName("auditPeriod")
        # Days before today that the period starts (None: all time, -1: the dates below).
        for days, label in (
            (None, self.tr("All time")),
            (0, self.tr("Today")),
            (6, self.tr("Last 7 days")),
            (29, self.tr("Last 30 days")),
            (CUSTOM, self.tr("Dates…")),
        ):
            self.period.addItem(label, days)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-6), self)
        self.date_from.setObjectName("auditFrom")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("auditTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        filters = QHBoxLayout()
        for caption, widget, stretch in (
            (self.tr("User:"), self.user, 1),
            (self.tr("Action:"), self.action, 2),
            (self.tr("Object:"), self.object_type, 1),
            ("", self.object_ref, 1),
            (self.tr("Period:"), self.period, 0),
            ("", self.date_from, 0),
            ("", self.date_to, 0),
        ):
            if caption:
                filters.addWidget(QLabel(caption, self))
            filters.addWidget(widget, stretch)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("auditEntries")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Object"),
             self.tr("Changes")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(lambda: self.show_selected())
        self.table.verticalScrollBar().valueChanged.connect(lambda value: self._scrolled(value))
        self.details = QTextBrowser(self)
        self.details.setObjectName("auditDetails")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        self.more_button = QPushButton(self.tr("&More"), self)
        self.more_button.setObjectName("auditMore")
        self.more_button.clicked.connect(lambda: self.load_more())
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(lambda: self.reject())
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence("F5"), self).activated.connect(lambda: self.reload())
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(lambda: self._focus_ref())
        for combo in (self.user, self.action, self.object_type):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.object_ref.returnPressed.connect(lambda: self.reload())
        self.reload()
        self.table.setFocus()

    # -- loading ----------------------------------------------------------------------

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setVisible(custom)
        self.reload()

    def current_filter(self) -> AuditFilter:
        """The filters as chosen; days start at local midnight, the end date is included."""
        since: datetime | None = None
        until: datetime | None = None
        days = self.period.currentData()
        if days == CUSTOM:
            since = _midnight(self.date_from.date())
            until = _midnight(self.date_to.date().addDays(1))
        elif days is not None:
            since = _midnight(QDate.currentDate().addDays(-int(days)))
        return AuditFilter(
            user_id=self.user.currentData(),
            action=self.action.currentData() or "",
            object_type=self.object_type.currentData() or "",
            object_ref=self.object_ref.text().strip(),
            since=since,
            until=until,
        )

    def reload(self) -> None:
        self.rows, self.next = [], None
        self.table.setRowCount(0)
        self._load(None)
        if self.rows:
            self.table.selectRow(0)
        else:
            self.details.clear()

    def load_more(self) -> None:
        if self.next is not None:
            self._load(self.next)

    def _load(self, after: Cursor | None) -> None:
        try:
            page = self.services.audit.page(self.actor, self.current_filter(), after, self.PAGE)
        except AppError as exc:
            show_error(self, exc)
            return
        start = len(self.rows)
        self.rows.extend(page.rows)
        self.next = page.next
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(page.rows, start):
            values = (
                format_local_time(row.ts), user_name_label(row.user_name),
                audit_action_label(row.action), object_text(row),
                changes_text(row.changes, entity_type=row.entity_type),
            )  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        more = self.next is not None
        self.more_button.setEnabled(more)
        shown = self.tr("%1 entries shown").replace("%1", str(len(self.rows)))
        if more:
            shown += " · " + self.tr("more below")
        self.summary.setText(shown)

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if self.next is not None and value >= bar.maximum() > 0:
            self.load_more()

    def _focus_ref(self) -> None:
        self.object_ref.setFocus()
        self.object_ref.selectAll()

    # -- details and export -----------------------------------------------------------------

    def selected(self) -> AuditEntryRow | None:
        index = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.details.clear()
            return
        self.details.setHtml(entry_html(row))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.xlsx", self.tr("Excel files (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        headers = [
            self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Object"),
            self.tr("Number or id"), self.tr("Field"), self.tr("Before"), self.tr("After"),
            self.tr("Entry no."),
        ]  # fmt: skip
        flt, actions, types = self.current_filter(), action_labels(), object_type_labels()

        def done(count: int, _changes: Changes) -> None:
            self.exported = path
            QMessageBox.information(
                self,
                self.tr("Export the audit log"),
                self.tr("%1 rows written to %2").replace("%1", str(count)).replace("%2", path),
            )

        # A large log takes a while: written on a worker, the screen stays usable.
        runner().run(
            self,
            lambda: self.services.audit.export_xlsx(self.actor, flt, path, headers, actions, types),
            success=done,
            busy=(self.export_button,),
        )


def entry_html(row: AuditEntryRow) -> str:
    """An entry in full: who, when, what, on which object, its place in the chain, and each
    changed field before and after."""
    words = {
        "sealed": QCoreApplication.translate("AuditLogDialog", "not yet sealed"),
        "Entry no.": QCoreApplication.translate("AuditLogDialog", "Entry no."),
        "Field": QCoreApplication.translate("AuditLogDialog", "Field"),
        "Before": QCoreApplication.translate("AuditLogDialog", "Before"),
        "After": QCoreApplication.translate("AuditLogDialog", "After"),
    }

    def t(key: str) -> str:
        return words[key]

    seq = str(row.seq) if row.seq is not None else t("sealed")
    parts = [
        f"<p><b>{escape(audit_action_label(row.action))}</b> · {escape(object_text(row))}</p>",
        f"<p>{escape(format_local_time(row.ts))} · {escape(user_name_label(row.user_name))}"
        f" · {escape(t('Entry no.'))} {escape(seq)}</p>",
    ]
    if row.changes:
        parts.append(
            "<table cellspacing='0' cellpadding='3'><tr style='background:#eee'>"
            f"<th align='left'>{escape(t('Field'))}</th>"
            f"<th align='left'>{escape(t('Before'))}</th>"
            f"<th align='left'>{escape(t('After'))}</th></tr>"
        )
        for name, change in row.changes.items():
            before, after = change_values(name, change, row.entity_type)
            parts.append(
                f"<tr><td>{escape(field_label(name))}</td><td>{escape(before or '—')}</td>"
                f"<td>{escape(after)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)
