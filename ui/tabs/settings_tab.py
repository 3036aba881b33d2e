"""Settings tab: users (admin), shared settings, this workstation, and maintenance checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import config as app_config
from app.auth import MIN_PASSWORD_LENGTH, UserInfo
from app.errors import AccountChanged, AppError
from app.permissions import Actor, Permission, least_privileged_role
from app.services import Services
from app.settings import SettingValue
from app.states import Role
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.i18n import role_label
from ui.orders.labels import default_return_reasons

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []
        self.headers = [
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Active"),
            self.tr("Failed logins"), self.tr("Locked until"), self.tr("Last login"),
        ]  # fmt: skip

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = users
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        u = self.users[index.row()]

        def when(value: Any) -> str:
            return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""

        values = (
            u.username, u.display_name, role_label(u.role),
            self.tr("yes") if u.is_active else self.tr("no"), str(u.failed_attempts),
            when(u.locked_until), when(u.last_login_at),
        )  # fmt: skip
        return values[index.column()]


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        form = QFormLayout(self)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        # Start from the least rights: giving more is a choice, not an oversight.
        self.role.setCurrentIndex(self.role.findData(least_privileged_role().value))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self.message.setText(
                self.tr("The password needs at least %n characters.", "", MIN_PASSWORD_LENGTH)
            )
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New user…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockUser")
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.reset_button.setObjectName("resetPassword")
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.role_button.setObjectName("changeRole")
        self.toggle_button = QPushButton(self.tr("&Disable / enable"), self)
        self.toggle_button.setObjectName("toggleActive")
        for b in (
            self.new_button, self.unlock_button, self.reset_button, self.role_button,
            self.toggle_button,
        ):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.new_button.clicked.connect(lambda: self.new_user())
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.role_button.clicked.connect(lambda: self.change_role())
        self.toggle_button.clicked.connect(lambda: self.toggle_active())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_users(self.services.users.list_users(self.actor))
        self.table.resizeColumnsToContents()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _act(self, action: Any, said: str = "") -> None:
        try:
            action()
        except AppError as exc:
            show_error(self, exc)
        else:
            if said:
                notify(self, said)
        self.refresh()

    def new_user(self) -> None:
        dialog = NewUserDialog(self)
        self.new_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.accepted.connect(lambda: self._create_user(dialog))
        dialog.open()

    def _create_user(self, dialog: NewUserDialog) -> None:
        self._act(
            lambda: self.services.users.create_user(
                self.actor, dialog.username.text(), dialog.password.text(),
                Role(dialog.role.currentData()), dialog.display_name.text(),
            ),
            self.tr("User %1 created as %2").replace("%1", dialog.username.text().strip())
            .replace("%2", dialog.role.currentText()),
        )  # fmt: skip

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._act(
                lambda: self.services.users.unlock(self.actor, user.id),
                self.tr("%1 unlocked: they can log in again").replace("%1", user.username),
            )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Reset password of %1").replace("%1", user.username))
        form = QFormLayout(dialog)
        password = QLineEdit(dialog)
        password.setObjectName("newPassword")
        password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New &password:"), password)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        dialog.accepted.connect(
            lambda: self._act(
                lambda: self.services.users.reset_password(self.actor, user.id, password.text()),
                self.tr("Password of %1 reset: they choose their own at the next login").replace(
                    "%1", user.username
                ),
            )
        )
        self.reset_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.open()

    def change_role(self) -> None:
        """Another role for the selected user; it applies at their next action on every
        workstation (their session there ends and they log in again)."""
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Change the role of %1").replace("%1", user.username))
        dialog.setMinimumWidth(380)
        form = QFormLayout(dialog)
        choice = QComboBox(dialog)
        choice.setObjectName("role")
        for role in Role:
            choice.addItem(role_label(role), role.value)
        choice.setCurrentIndex(choice.findData(user.role.value))
        form.addRow(self.tr("&Role:"), choice)
        hint = QLabel(
            self.tr("If %1 is logged in, their next action asks them to log in again.").replace(
                "%1", user.username
            ),
            dialog,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)

        def apply() -> None:
            role = Role(choice.currentData())
            if role == user.role:
                return
            self._act(
                lambda: self.services.users.update_user(self.actor, user.id, role=role),
                self.tr("%1 is now %2")
                .replace("%1", user.username)
                .replace("%2", role_label(role)),
            )

        dialog.accepted.connect(apply)
        self.role_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.open()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable user"),
                self.tr("Disable %1? They can no longer log in.").replace("%1", user.username),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._act(
            lambda: self.services.users.update_user(
                self.actor, user.id, is_active=not user.is_active
            ),
            (self.tr("%1 disabled") if user.is_active else self.tr("%1 enabled")).replace(
                "%1", user.username
            ),
        )


class SharedSettingsPage(QWidget):
    """Settings stored in the database, the same on every workstation."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.editors: dict[str, QWidget] = {}
        self.shown: dict[str, str] = {}  # what the text fields showed at first
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Scrolls: two dozen settings are taller than a 768 px screen, and without this the
        # page stretched the whole main window past the screen's bottom.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        form = QFormLayout()
        self.values = {v.key: v for v in services.settings.list_settings(actor)}
        can_edit = actor.can(Permission.MANAGE_SETTINGS)
        for value in self.values.values():
            if value.key.startswith("mail."):
                continue  # on the E-mail alerts page (ui/tabs/mail_page.py)
            editor = self._editor(value)
            editor.setEnabled(can_edit)
            editor.setObjectName(f"setting_{value.key}")
            self.editors[value.key] = editor
            form.addRow(self._label(value.key, value.label), editor)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setEnabled(can_edit)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _label(self, key: str, fallback: str = "") -> str:
        """The setting's name for people; never its key (`orders.auto_approve`)."""
        labels = {
            "security.lockout_threshold": self.tr("Failed logins before lockout"),
            "security.lockout_minutes": self.tr("Lockout duration (minutes)"),
            "security.idle_lock_minutes": self.tr("Idle auto-lock (minutes, 0 = off)"),
            "security.password_expiry_days": self.tr("Passwords expire after (days, 0 = never)"),
            "backup.cycle_hours": self.tr("Backup cycle (hours, 0 = off)"),
            "backup.keep": self.tr("Backups to keep"),
            "backup.folder": self.tr("Backup folder (empty: the data folder's backups)"),
            "backup.workstation": self.tr(
                "Workstation that makes the scheduled backups (computer name; empty: this one "
                "on SQLite, none on a server)"
            ),
            "company.name": self.tr("Company name"),
            "company.address": self.tr("Company address"),
            "company.phone": self.tr("Company phone"),
            "orders.number_prefix": self.tr("Order number prefix"),
            "orders.return_reasons": self.tr(
                "Reasons offered when returning an order (separate with ;)"
            ),
            "orders.auto_approve": self.tr("Approve orders that pass every review rule"),
            "orders.auto_confirm": self.tr("Confirm auto-approved orders when in stock"),
            "orders.default_carrier": self.tr("Default carrier code on confirmation"),
            "inventory.allow_split": self.tr("Allow splitting an order across warehouses"),
            "service.sla_hours.urgent": self.tr("Ticket SLA, urgent (hours)"),
            "service.sla_hours.high": self.tr("Ticket SLA, high (hours)"),
            "service.sla_hours.normal": self.tr("Ticket SLA, normal (hours)"),
            "service.sla_hours.low": self.tr("Ticket SLA, low (hours)"),
            "company.tax_id": self.tr("Company tax ID (on invoices)"),
            "invoice.tax_rate_percent": self.tr("Invoice tax rate (%)"),
            "logistics.default_carrier": self.tr("Default carrier code (labels without a parcel)"),
            "logistics.stale_days": self.tr("Parcel without movement after (days)"),
            "logistics.stale_days_by_carrier": self.tr(
                "Days without movement per carrier (e.g. EMS=5, SF=2)"
            ),
            "logistics.pool_low_warning": self.tr("Warn below this many tracking numbers left"),
            "logistics.privacy_labels": self.tr("Mask phone numbers on labels"),
            "fulfilment.label_folder": self.tr(
                "Folder for pack-station labels (empty: the data folder's labels)"
            ),
            "fulfilment.label_printer": self.tr(
                "Printer for pack-station labels (empty: save only; default: the system printer)"
            ),
            "fulfilment.weight_check": self.tr("Weigh parcels at the pack station"),
            "fulfilment.weight_tolerance_percent": self.tr("Pack-station weight tolerance (%)"),
            "reports.ship_within_hours": self.tr("Ship-by promise (hours after payment)"),
            "aftersales.refund_supervisor_threshold": self.tr(
                "Refunds above this amount need a supervisor (yuan)"
            ),
            "orders.unpaid_cancel_hours": self.tr("Cancel unpaid orders after (hours, 0 = never)"),
            "orders.complete_after_days": self.tr("Complete delivered orders after (days)"),
            "aftersales.window_after_completion_days": self.tr(
                "After-sales may still open after completion for (days)"
            ),
            "exceptions.pending_review_hours": self.tr(
                "Alert: pending review over (hours, 0 = off)"
            ),
            "exceptions.unconfirmed_hours": self.tr(
                "Alert: approved, not confirmed over (hours, 0 = off)"
            ),
            "exceptions.unpaid_hours": self.tr("Alert: unpaid over (hours, 0 = off)"),
            "exceptions.not_shipped": self.tr("Alert: not shipped by the ship-by promise"),
            "exceptions.no_movement": self.tr("Alert: parcels without tracking movement"),
            "exceptions.out_of_stock": self.tr("Alert: out of stock blocks confirmation"),
            "exceptions.payment_mismatch": self.tr("Alert: payment mismatch"),
            "exceptions.ticket_overdue": self.tr("Alert: tickets past their SLA"),
            "exceptions.case_overdue_days": self.tr(
                "Alert: after-sales cases open over (days, 0 = off)"
            ),
            "exceptions.logistics": self.tr(
                "Alert: parcels lost, damaged, returned, address problem or delayed"
            ),
            "mail.server": self.tr("SMTP server (empty = no e-mail)"),
            "mail.port": self.tr("SMTP port"),
            "mail.security": self.tr("Encryption"),
            "mail.user": self.tr("SMTP user name (empty = no login)"),
            "mail.sender": self.tr("From address"),
            "mail.recipients": self.tr("Recipients (separate with ,)"),
            "mail.instant": self.tr("E-mail each new exception"),
            "mail.kinds": self.tr("Kinds to e-mail"),
            "mail.min_severity": self.tr("Lowest severity to e-mail"),
            "mail.digest_time": self.tr("Daily digest at (HH:MM, empty = none)"),
            "mail.language": self.tr("Language of the e-mails"),
        }
        # A setting added in app/ before its label here: its English label, never the key.
        return labels.get(key) or fallback or key

    def _editor(self, value: SettingValue) -> QWidget:
        if isinstance(value.value, bool):
            box = QCheckBox(self)
            box.setChecked(value.value)
            return box
        if isinstance(value.value, int):
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setValue(value.value)
            return spin
        text = str(value.value)
        if value.key == "orders.return_reasons" and not text:
            text = "; ".join(default_return_reasons())  # the built-in list, translated
        self.shown[value.key] = text
        return QLineEdit(text, self)

    def save(self) -> None:
        try:
            for key, editor in self.editors.items():
                if isinstance(editor, QCheckBox):
                    new: Any = editor.isChecked()
                elif isinstance(editor, QSpinBox):
                    new = editor.value()
                else:
                    assert isinstance(editor, QLineEdit)
                    new = editor.text()
                    if new == self.shown.get(key):
                        continue  # untouched (a built-in list stays built-in)
                if new != self.values[key].value:
                    self.values[key] = self.services.settings.update(self.actor, key, new)
                    if isinstance(new, str):
                        self.shown[key] = new
        except AccountChanged as exc:  # demoted or deactivated meanwhile: the session ends
            show_error(self, exc)
            return
        except AppError as exc:
            field = exc.params.get("field")
            label = self._label(field) if isinstance(field, str) else ""
            QMessageBox.warning(self, self.tr("Settings"), error_text(exc, label=label))
            return
        notify(self, self.tr("Settings saved."))


class WorkstationPage(QWidget):
    """Per-PC choices kept in the local config file: language and database."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.config = app_config.load_config()
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.config.effective_language()))
        )
        self.database = QLineEdit(self.config.database_url, self)
        self.database.setPlaceholderText(
            self.tr("Empty: the embedded database on this PC (%1)").replace(
                "%1", app_config.default_sqlite_url()
            )
        )
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Database URL:"), self.database)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "For several workstations use a shared server, e.g. "
                "postgresql://user@server/kuaidan. The password is asked once and kept in the "
                "system keyring, never in a file. Changes apply at the next start."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        save = QPushButton(self.tr("&Save for this workstation"), self)
        save.clicked.connect(self.save)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def save(self) -> None:
        app_config.save_config(
            app_config.Config(
                database_url=self.database.text().strip(), language=self.language.currentData()
            )
        )
        QMessageBox.information(
            self, self.tr("Saved"), self.tr("Saved. The change applies when Kuaidan starts again.")
        )


class MaintenancePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check database"), self)
        self.check_button.setObjectName("checkDatabase")
        self.audit_button = QPushButton(self.tr("&Verify audit log"), self)
        self.audit_button.setObjectName("verifyAudit")
        self.check_button.setEnabled(actor.can(Permission.CHECK_DATABASE))
        self.audit_button.setEnabled(actor.can(Permission.VIEW_AUDIT))
        row.addWidget(self.check_button)
        row.addWidget(self.audit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("maintenanceOutput")
        self.output.setReadOnly(True)
        layout.addWidget(self.output)
        self.check_button.clicked.connect(self.check_database)
        self.audit_button.clicked.connect(self.verify_audit)

    def _window(self) -> Any:
        return self.window()

    def check_database(self) -> None:
        self.check_button.setEnabled(False)
        self.output.setPlainText(self.tr("Checking…"))

        balance_names = {  # which balance of a stock level disagrees with the ledger
            "on_hand": QCoreApplication.translate("InventoryTab", "On hand"),
            "reserved": QCoreApplication.translate("InventoryTab", "Reserved"),
            "quarantined": QCoreApplication.translate("InventoryTab", "Quarantined"),
        }

        def done(report: Any) -> None:
            self.check_button.setEnabled(True)
            lines = []
            for check in report.checks:
                mark = "✔" if check.ok else "✘"
                # The checks' names and problems are message templates from app/.
                lines.append(f"{mark} {QCoreApplication.translate('errors', check.name)}")
                for template, raw in check.details:
                    text = QCoreApplication.translate("errors", template)
                    field = raw.get("field")
                    params = {**raw, "field": balance_names.get(str(field), field)}
                    try:
                        lines.append("    " + text.format(**params))
                    except (KeyError, IndexError, ValueError):
                        lines.append("    " + template.format(**params))
            lines.append(self.tr("%n problem(s) found", "", report.problem_count))
            self.output.setPlainText("\n".join(lines))

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
            self.output.clear()
            show_error(self, exc)

        self._window().run_job(
            self.tr("Checking the database"),
            lambda progress, cancelled: self.services.maintenance.check_database(self.actor),
            done,
            failed,
        )

    def verify_audit(self) -> None:
        try:
            result = self.services.maintenance.verify_audit(self.actor)
        except AppError as exc:
            show_error(self, exc)
            return
        if result.ok:
            self.output.setPlainText(
                self.tr("Audit chain intact: %n entries verified.", "", result.entries_checked)
            )
        else:
            self.output.setPlainText(
                self.tr("AUDIT CHAIN BROKEN: %1").replace("%1", result.problem.message)
            )


class SettingsTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("settingsPages")
        if actor.can(Permission.MANAGE_USERS):
            self.pages.addTab(UsersPage(services, actor, self), self.tr("Users"))
        self.shared = SharedSettingsPage(services, actor, self)  # scrolls on its own
        self.pages.addTab(self.shared, self.tr("Shared settings"))
        from ui.tabs.mail_page import MailPage

        self.mail = MailPage(services, actor, self.shared._label, self)
        self.pages.addTab(self.mail, self.tr("E-mail alerts"))
        self.pages.addTab(WorkstationPage(services, self), self.tr("This workstation"))
        self.pages.addTab(MaintenancePage(services, actor, self), self.tr("Maintenance"))
        if actor.can(Permission.BACKUP_RESTORE):
            from ui.tabs.backup_page import BackupPage

            self.pages.addTab(BackupPage(services, actor, self), self.tr("Backup and restore"))
        layout.addWidget(self.pages)
