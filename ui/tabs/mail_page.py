"""Settings → E-mail alerts: the SMTP server and who gets which alerts (shared settings), the
password (this workstation's keyring), a test e-mail, and the outbox: what waits, why it
failed, how often it was tried."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.alert_mail import MailStatus, OutboxItem
from app.errors import AppError
from app.exceptions import Kind
from app.permissions import Actor, Permission
from app.services import Services
from app.settings import parse_list
from ui.errors import error_text
from ui.exception_center import kind_label
from ui.i18n import LANGUAGE_NAMES
from ui.mail_words import use_catalogues
from ui.workers import Worker, start

MAIL_KEYS = (
    "mail.server", "mail.port", "mail.security", "mail.user", "mail.sender", "mail.recipients",
    "mail.instant", "mail.kinds", "mail.min_severity", "mail.digest_time", "mail.language",
)  # fmt: skip


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class MailPage(QWidget):
    """`label(key)` names a setting (SharedSettingsPage._label: one place for the words)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailPage")
        use_catalogues(services)  # the test e-mail speaks the mail's language
        self.services = services
        self.actor = actor
        self.label = label
        self.values: dict[str, Any] = {}
        self._worker: Worker | None = None
        can_edit = actor.can(Permission.MANAGE_SETTINGS)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # taller than a 768 px screen's settings tab
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)

        columns = QHBoxLayout()
        server = QGroupBox(self.tr("Mail server"), inner)
        form = QFormLayout(server)
        self.server = QLineEdit(server)
        self.server.setPlaceholderText(self.tr("e.g. smtp.exmail.qq.com"))
        self.port = QSpinBox(server)
        self.port.setRange(1, 65535)
        self.security = QComboBox(server)
        for code, text in (
            ("starttls", self.tr("STARTTLS (port 587)")),
            ("ssl", self.tr("SSL/TLS (port 465)")),
            ("none", self.tr("None (not encrypted)")),
        ):
            self.security.addItem(text, code)
        self.user = QLineEdit(server)
        self.password = QLineEdit(server)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("mailPassword")
        self.sender = QLineEdit(server)
        self.sender.setPlaceholderText(self.tr("e.g. kuaidan@shop.cn"))
        form.addRow(self.label("mail.server"), self.server)
        form.addRow(self.label("mail.port"), self.port)
        form.addRow(self.label("mail.security"), self.security)
        form.addRow(self.label("mail.user"), self.user)
        form.addRow(self.tr("SMTP password"), self.password)
        form.addRow(self.label("mail.sender"), self.sender)
        columns.addWidget(server, 1)

        who = QGroupBox(self.tr("Who gets what"), inner)
        form2 = QFormLayout(who)
        self.recipients = QLineEdit(who)
        self.recipients.setPlaceholderText(self.tr("e.g. boss@shop.cn, warehouse@shop.cn"))
        self.instant = QCheckBox(self.label("mail.instant"), who)
        self.severity = QComboBox(who)
        self.severity.addItem(self.tr("Warnings and critical"), "warning")
        self.severity.addItem(self.tr("Critical only"), "critical")
        self.digest = QCheckBox(self.tr("Daily digest at"), who)
        self.digest_time = QTimeEdit(who)
        self.digest_time.setDisplayFormat("HH:mm")
        self.digest.toggled.connect(lambda on: self.digest_time.setEnabled(on))
        digest_row = QHBoxLayout()
        digest_row.addWidget(self.digest)
        digest_row.addWidget(self.digest_time)
        digest_row.addStretch(1)
        self.language = QComboBox(who)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        form2.addRow(self.label("mail.recipients"), self.recipients)
        form2.addRow("", self.instant)
        form2.addRow(self.label("mail.min_severity"), self.severity)
        form2.addRow("", digest_row)
        form2.addRow(self.label("mail.language"), self.language)
        kinds = QWidget(who)
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[str, QCheckBox] = {}
        for index, kind in enumerate(Kind):
            box = QCheckBox(kind_label(kind), kinds)
            box.setObjectName(f"mailKind_{kind.value}")
            self.kinds[kind.value] = box
            grid.addWidget(box, index // 2, index % 2)
        form2.addRow(self.label("mail.kinds"), kinds)
        columns.addWidget(who, 1)
        layout.addLayout(columns)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save e-mail settings"), inner)
        self.save_button.setObjectName("saveMail")
        self.test_button = QPushButton(self.tr("Send &test e-mail"), inner)
        self.test_button.setObjectName("testMail")
        self.retry_button = QPushButton(self.tr("&Retry failed e-mails"), inner)
        self.retry_button.setObjectName("retryMail")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), inner)
        for button in (self.save_button, self.test_button, self.retry_button):
            button.setEnabled(can_edit)
            buttons.addWidget(button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(inner)
        self.message.setObjectName("mailMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.status_label = QLabel(inner)
        self.status_label.setObjectName("mailStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.table = QTableWidget(0, 6, inner)
        self.table.setObjectName("mailOutbox")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Queued"), self.tr("Subject"), self.tr("State"), self.tr("Attempts"),
             self.tr("Next try / sent"), self.tr("Last error")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)

        for editor in (self.server, self.port, self.security, self.user, self.password,
                       self.sender, self.recipients, self.instant, self.severity, self.digest,
                       self.digest_time, self.language, *self.kinds.values()):  # fmt: skip
            editor.setEnabled(can_edit)
        self.save_button.clicked.connect(lambda: self.save())
        self.test_button.clicked.connect(lambda: self.send_test())
        self.retry_button.clicked.connect(lambda: self.retry_failed())
        self.refresh_button.clicked.connect(lambda: self.refresh_status())
        self.load()
        self.refresh_status()
        # While the page shows, the outbox's state follows the background sender.
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(lambda: self.refresh_status() if self.isVisible() else None)
        self.timer.start()

    # -- the settings ------------------------------------------------------------------------

    def load(self) -> None:
        self.values = {
            v.key: v.value
            for v in self.services.settings.list_settings(self.actor)
            if v.key in MAIL_KEYS
        }
        v = self.values
        self.server.setText(v["mail.server"])
        self.port.setValue(v["mail.port"])
        self.security.setCurrentIndex(max(0, self.security.findData(v["mail.security"])))
        self.user.setText(v["mail.user"])
        self.sender.setText(v["mail.sender"])
        self.recipients.setText(v["mail.recipients"])
        self.instant.setChecked(v["mail.instant"])
        self.severity.setCurrentIndex(max(0, self.severity.findData(v["mail.min_severity"])))
        chosen = set(parse_list(v["mail.kinds"])) or set(self.kinds)
        for code, box in self.kinds.items():
            box.setChecked(code in chosen)
        self.digest.setChecked(bool(v["mail.digest_time"]))
        self.digest_time.setEnabled(bool(v["mail.digest_time"]) and self.digest.isEnabled())
        if v["mail.digest_time"]:
            self.digest_time.setTime(QTime.fromString(v["mail.digest_time"], "HH:mm"))
        else:
            self.digest_time.setTime(QTime(8, 0))
        self.language.setCurrentIndex(max(0, self.language.findData(v["mail.language"])))

    def edited(self) -> dict[str, Any]:
        """The settings as the form shows them."""
        chosen = [code for code, box in self.kinds.items() if box.isChecked()]
        return {
            "mail.server": self.server.text().strip(),
            "mail.port": self.port.value(),
            "mail.security": self.security.currentData(),
            "mail.user": self.user.text().strip(),
            "mail.sender": self.sender.text().strip(),
            "mail.recipients": self.recipients.text().strip(),
            "mail.instant": self.instant.isChecked(),
            # Every kind is stored as "" (all), so kinds added later are mailed too.
            "mail.kinds": "" if len(chosen) == len(self.kinds) else ", ".join(chosen),
            "mail.min_severity": self.severity.currentData(),
            "mail.digest_time": (
                self.digest_time.time().toString("HH:mm") if self.digest.isChecked() else ""
            ),
            "mail.language": self.language.currentData(),
        }

    def save(self) -> bool:
        if not any(box.isChecked() for box in self.kinds.values()):
            self.say(self.tr("Choose at least one kind of exception to e-mail."), error=True)
            return False
        try:
            for key, value in self.edited().items():
                if value != self.values.get(key):
                    self.values[key] = self.services.settings.update(self.actor, key, value).value
            password = self.password.text()
            kept = True
            if password:
                kept = self.services.mail.set_password(self.actor, password)
                self.password.clear()
        except AppError as exc:
            field = exc.params.get("field")
            label = self.label(field) if isinstance(field, str) else ""
            self.say(error_text(exc, label=label), error=True)
            return False
        if kept:
            self.say(self.tr("E-mail settings saved."))
        else:
            self.say(
                self.tr(
                    "Saved, but no keyring works on this computer: the password was not kept. "
                    "This workstation cannot send; a scheduled task can take the password "
                    "from the KUAIDAN_SMTP_PASSWORD environment variable."
                ),
                error=True,
            )
        self.refresh_status()
        return True

    # -- actions ---------------------------------------------------------------------------

    def send_test(self) -> None:
        """Save what the form shows, then send a test e-mail in the background."""
        if not self.save():
            return
        self.test_button.setEnabled(False)
        self.say(self.tr("Sending a test e-mail…"))
        worker = Worker(lambda _progress, _cancelled: self.services.mail.send_test(self.actor))
        self._worker = worker  # kept alive until it reports
        worker.signals.finished.connect(lambda sent: self._tested(sent, None))
        worker.signals.failed.connect(lambda exc: self._tested(None, exc))
        start(worker)

    def _tested(self, sent: list[str] | None, exc: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        self._worker = None
        if sent is not None:
            self.say(self.tr("Test e-mail sent to %1.").replace("%1", ", ".join(sent)))
        elif isinstance(exc, AppError):
            self.say(error_text(exc), error=True)
        else:
            self.say(self.tr("Sending failed: %1").replace("%1", str(exc)), error=True)

    def retry_failed(self) -> None:
        try:
            count = self.services.mail.retry_failed(self.actor)
        except AppError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("%n e-mail(s) will be tried again.", "", count))
        self.refresh_status()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "color: #2e7d32;")
        self.message.setText(text)

    # -- the outbox --------------------------------------------------------------------------

    def refresh_status(self) -> None:
        try:
            status = self.services.mail.status(self.actor)
            items = self.services.mail.outbox(self.actor)
        except AppError as exc:
            self.status_label.setText(error_text(exc))
            return
        self.status_label.setText(self.status_text(status))
        self.password.setPlaceholderText(
            self.tr("kept in this workstation's keyring; type to change")
            if status.password_here and self.values.get("mail.user")
            else ""
        )
        self.retry_button.setEnabled(
            status.failed > 0 and self.actor.can(Permission.MANAGE_SETTINGS)
        )
        self.fill_table(items)

    def status_text(self, status: MailStatus) -> str:
        lines = []
        if not status.configured:
            lines.append(self.tr("E-mail alerts are off: enter a server and recipients."))
        elif not status.password_here:
            lines.append(
                self.tr(
                    "This workstation has no SMTP password: it leaves the sending to one that has."
                )
            )
        lines.append(
            self.tr("Outbox: %1 waiting, %2 given up, %3 sent in the last 24 hours.")
            .replace("%1", str(status.pending + status.sending))
            .replace("%2", str(status.failed))
            .replace("%3", str(status.sent_last_day))
        )
        if status.last_error:
            lines.append(
                self.tr("Last error (after %1 attempt(s); next try %2): %3")
                .replace("%1", str(status.last_error_attempts))
                .replace("%2", _when(status.next_attempt_at))
                .replace("%3", status.last_error)
            )
        return "\n".join(lines)

    def fill_table(self, items: list[OutboxItem]) -> None:
        states = {
            "pending": self.tr("Waiting"),
            "sending": self.tr("Sending"),
            "sent": self.tr("Sent"),
            "failed": self.tr("Given up"),
        }
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            later = item.sent_at if item.status == "sent" else item.next_attempt_at
            values = (
                _when(item.created_at), item.subject, states.get(item.status, item.status),
                str(item.attempts), _when(later), item.last_error,
            )  # fmt: skip
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_status()
