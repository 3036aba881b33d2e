"""The main window: one tab per area the role may see, a status bar with who, where and
what is running, and the lock / log-out / about menu."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AccountChanged, AccountLocked, AppError, InvalidCredentials
from app.permissions import Actor, visible_tabs
from app.services import Services
from ui.action_runner import runner
from ui.backup_watch import BackupWatcher
from ui.change_watcher import ChangeWatcher
from ui.errors import error_text, show_error
from ui.feedback import notify
from ui.i18n import resources_dir, role_label, tab_label
from ui.idle_lock import IdleWatcher, LockPage
from ui.mail_words import use_catalogues
from ui.tabs import create_tab
from ui.workers import Worker, start

log = logging.getLogger(__name__)

APP_VERSION = "0.1.0"


def short_database_name(url: str) -> str:
    """What the status bar shows of the database: the file's name for SQLite, the server and
    database for the others. A whole path does not fit a 1280 px status bar next to the
    alerts."""
    scheme, _, rest = url.partition("://")
    if scheme.startswith("sqlite"):
        return rest.rstrip("/").rsplit("/", 1)[-1] or url
    host_and_db = rest.rsplit("@", 1)[-1].split("?", 1)[0]
    host, _, database = host_and_db.partition("/")
    return f"{database} @ {host.split(':', 1)[0]}" if database else host_and_db


class BuiltTabs(Mapping[str, QWidget]):
    """The window's tabs by key; asking for one builds it if it is not built yet."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._window.tab_keys:
            raise KeyError(key)
        return self._window.tab(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.tab_keys)

    def __len__(self) -> int:
        return len(self._window.tab_keys)


class MainWindow(QMainWindow):
    """Closing the window ends the session; `logged_out` tells the caller to show the login.

    Only the first tab is built with the window. The others are built once the window has
    painted, one per turn of the event loop, or at once when the user opens one (or code asks
    `tab_widgets` for it): the window shows without waiting for every area's code and first
    queries (measured on the 20,000-order demo: see benchmarks/bench_startup.py)."""

    tabs_built = Signal()  # every tab exists (once, after the window first painted)

    def __init__(self, services: Services, actor: Actor, idle_minutes: int) -> None:
        super().__init__()
        self.services = services
        self.actor = actor
        self.logged_out = False
        self.session_ending = False  # an AccountChanged was shown: logging out (ui/errors.py)
        self._jobs: list[Worker] = []
        self._alerts: dict[str, str] = {}
        self.setWindowTitle(
            self.tr("Kuaidan 快单 — %1").replace("%1", actor.display_name or actor.username)
        )
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kuaidan.png")))
        self.resize(1280, 800)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tab_keys = visible_tabs(actor.role)
        self.tab_widgets = BuiltTabs(self)
        self._pages: dict[str, QWidget] = {}  # what the tab bar holds; the tab goes inside
        self._built: dict[str, QWidget] = {}
        self._building_rest = False
        for key in self.tab_keys:
            page = QWidget(self.tabs)
            page.setObjectName(f"page_{key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tabs.addTab(page, tab_label(key))
        if self.tab_keys:
            self.tab(self.tab_keys[0])
        self.tabs.currentChanged.connect(self._tab_opened)
        # Other workstations' changes: every tab with `apply_changes` refreshes those rows.
        self.change_watch = ChangeWatcher(services, self)
        self.change_watch.start()
        for widget in self._built.values():
            self._watch(widget)
        self.lock_page = LockPage(self)
        self.lock_page.unlock_requested.connect(self.try_unlock)
        self.lock_page.logout_requested.connect(self.log_out)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)

        self._build_menu()
        self._build_status_bar()
        self.backup_watch = BackupWatcher(self)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        # The order's end runs on every workstation now and then: unpaid orders past the
        # limit are cancelled, delivered ones completed after N days (app/payments).
        self.sweep_timer = QTimer(self)
        self.sweep_timer.setInterval(self.SWEEP_MINUTES * 60_000)
        self.sweep_timer.timeout.connect(lambda: self.sweep_orders())
        self.sweep_timer.start()
        self.first_sweep = QTimer(self)  # a child: it dies with the window
        self.first_sweep.setSingleShot(True)
        self.first_sweep.timeout.connect(lambda: self.sweep_orders())
        self.first_sweep.start(self.FIRST_SWEEP_SECONDS * 1000)
        # Abnormal-order monitoring: scan now and then, recount the status bar's button.
        self.exception_timer = QTimer(self)
        self.exception_timer.setInterval(self.EXCEPTION_SCAN_MINUTES * 60_000)
        self.exception_timer.timeout.connect(lambda: self.scan_exceptions())
        self.exception_timer.start()
        self.first_exception_scan = QTimer(self)  # a child: it dies with the window
        self.first_exception_scan.setSingleShot(True)
        self.first_exception_scan.timeout.connect(lambda: self.scan_exceptions())
        self.first_exception_scan.start(self.FIRST_SWEEP_SECONDS * 1000)
        # The badge and the count (two indexed counts): another desk may have assigned me one.
        self.exception_count_timer = QTimer(self)
        self.exception_count_timer.setInterval(60_000)
        self.exception_count_timer.timeout.connect(lambda: self.show_exception_count())
        self.exception_count_timer.start()
        QTimer.singleShot(0, lambda: self.show_exception_count())
        # E-mail alerts (app/alert_mail.py): after each scan, and every minute for retries and
        # the daily digest. Only a workstation with the SMTP password sends; one per mail.
        self._mail_worker: Worker | None = None
        self.mail_timer = QTimer(self)
        self.mail_timer.setInterval(self.MAIL_SECONDS * 1000)
        self.mail_timer.timeout.connect(lambda: self.send_mail())
        self.mail_timer.start()
        # Tab shortcuts Ctrl+1..6 follow the visible order.
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    # -- tabs ---------------------------------------------------------------------------

    def tab(self, key: str) -> QWidget:
        """The tab for `key`, built now if it was not yet."""
        widget = self._built.get(key)
        if widget is None:
            page = self._pages[key]
            widget = create_tab(key, self.services, self.actor, page)
            page.layout().addWidget(widget)
            self._built[key] = widget
            if hasattr(self, "change_watch"):  # else connected once the watcher exists
                self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        if hasattr(widget, "apply_changes"):  # tabs live as long as the window and its watcher
            self.change_watch.changed.connect(lambda changes, w=widget: w.apply_changes(changes))

    def _tab_opened(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self.tab(self.tab_keys[index])
            self.focus_tab()

    def focus_tab(self) -> None:
        """The keyboard goes to the shown tab's first field (its focus proxy: the search or
        lookup box), not to the tab bar or a field of a tab built behind it: after login
        and on every tab change the user can type (or scan) at once."""
        index = self.tabs.currentIndex()
        if 0 <= index < len(self.tab_keys) and not self.is_locked:
            widget = self._built.get(self.tab_keys[index])
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_tab)  # after Qt gave the first focus to the tab bar

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._building_rest:  # the window is on screen: build the other tabs now
            self._building_rest = True
            QTimer.singleShot(0, self._build_next_tab)

    def _build_next_tab(self) -> None:
        if self.logged_out or self.session_ending:
            return  # the session is over: its tabs would only be refused
        missing = [key for key in self.tab_keys if key not in self._built]
        if missing:
            focused = QApplication.focusWidget()
            self.tab(missing[0])
            if focused is not None and QApplication.focusWidget() is not focused:
                focused.setFocus()  # a tab built behind the shown one must not take the keys
            QTimer.singleShot(0, self._build_next_tab)
        else:
            self.tabs_built.emit()

    # -- chrome -------------------------------------------------------------------------

    def _build_menu(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        session.addAction(self.lock_action)
        logout = QAction(self.tr("Log &out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.log_out)
        session.addAction(logout)
        self.exceptions_action = QAction(self.tr("&Exception center"), self)
        self.exceptions_action.setShortcut(QKeySequence("F8"))
        self.exceptions_action.triggered.connect(lambda: self.open_exception_center())
        session.addAction(self.exceptions_action)
        self.notifications_action = QAction(self.tr("&Notifications"), self)
        self.notifications_action.setShortcut(QKeySequence("F7"))
        self.notifications_action.triggered.connect(lambda: self.open_notifications())
        session.addAction(self.notifications_action)
        # Every role, whichever tabs it sees: my own actions (everyone's for supervisors).
        self.audit_action = QAction(self.tr("My &actions"), self)
        self.audit_action.setShortcut(QKeySequence("F6"))
        self.audit_action.triggered.connect(lambda: self.open_audit_log())
        session.addAction(self.audit_action)
        session.addSeparator()
        # Every role: their own password (the current one first).
        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.setObjectName("changePassword")
        self.password_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.password_action.triggered.connect(lambda: self.change_password())
        session.addAction(self.password_action)
        session.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        session.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Kuaidan"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        who = self.actor.display_name or self.actor.username
        role = role_label(self.actor.role)
        # Who and in which role in one short label: the alerts need the room at 1280 px.
        self.user_label = QLabel(self.tr("%1 (%2)").replace("%1", who).replace("%2", role))
        self.user_label.setToolTip(
            self.tr("User: %1").replace("%1", who) + "\n" + self.tr("Role: %1").replace("%1", role)
        )
        self.role_label = QLabel(role)  # kept for callers; shown in user_label
        self.db_label = QLabel(
            self.tr("Database: %1").replace("%1", short_database_name(self.services.db.display_url))
        )
        self.db_label.setToolTip(self.services.db.display_url)  # the whole address
        self.alerts_label = QLabel("")
        self.alerts_label.setObjectName("alerts")
        # Every role reaches the exception center from here (F8): one small button with the
        # open count and, when I have unread notifications (F7), their badge; a click opens
        # those first. Short sources: the English alerts need the room at 1280 px (Chinese
        # says 异常/通知).
        self.exceptions_button = QToolButton()
        self.exceptions_button.setText(self.tr("⚠"))
        self.exceptions_button.setObjectName("exceptionsButton")
        self.exceptions_button.setAutoRaise(True)
        self.exceptions_button.setToolTip(self.tr("Exception center (F8) · my notifications (F7)"))
        self.exceptions_button.clicked.connect(lambda: self._exceptions_clicked())
        self.unread_notifications = 0
        self.job_label = QLabel("")
        self.job_progress = QProgressBar()
        self.job_progress.setMaximumWidth(180)
        self.job_cancel = QPushButton(self.tr("Cancel"))
        self.job_cancel.clicked.connect(self.cancel_jobs)
        for widget in (
            self.user_label,
            self.db_label,
            self.exceptions_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.alerts_label, 1)
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            bar.addPermanentWidget(widget)
        self._show_job_widgets(False)
        runner().job_started.connect(self._job_started)
        runner().job_ended.connect(self._job_ended)

    def set_alerts(self, text: str, source: str = "") -> None:
        """Tabs report their counts here (low stock 5, overdue 3 ...); one entry per tab."""
        if text:
            self._alerts[source] = text
        else:
            self._alerts.pop(source, None)
        self.alerts_label.setText("  ·  ".join(self._alerts[k] for k in sorted(self._alerts)))

    # -- the exception center --------------------------------------------------------------

    EXCEPTION_SCAN_MINUTES = 5

    def show_exception_count(self) -> None:
        """The open findings of my role's kinds (an indexed count, a few ms)."""
        if self.logged_out:
            return
        try:
            total = sum(self.services.exceptions.counts(self.actor).values())
            unread = self.services.exceptions.unread_count(self.actor)
        except AccountChanged as exc:  # deactivated or another role: this session is over
            self.exception_count_timer.stop()
            show_error(self, exc)
            return
        except AppError as exc:
            log.warning("exception count failed: %s", exc)
            return
        self.unread_notifications = unread
        text = self.tr("⚠ %1").replace("%1", str(total)) if total else self.tr("⚠")
        if unread:
            text += " · " + self.tr("✉ %1").replace("%1", str(unread))
        self.exceptions_button.setText(text)
        self.exceptions_button.setStyleSheet(
            "color: #c62828; font-weight: bold;" if total or unread else ""
        )

    def _exceptions_clicked(self) -> None:
        if self.unread_notifications:
            self.open_notifications()
        else:
            self.open_exception_center()

    def scan_exceptions(self) -> Worker | None:
        """Look for new and gone exceptions in the background, then recount."""
        if self.logged_out:
            return None
        worker = Worker(lambda _progress, _cancelled: self.services.exceptions.scan(self.actor))
        self._scan_worker = worker
        worker.signals.finished.connect(lambda _result: self.show_exception_count())
        worker.signals.finished.connect(lambda _result: self.send_mail())
        worker.signals.failed.connect(lambda exc: log.warning("exception scan failed: %s", exc))
        return start(worker)

    MAIL_SECONDS = 60

    def send_mail(self) -> Worker | None:
        """Queue new alerts (and the digest when due) and send the outbox, in the background,
        quietly: a failed mail stays in the outbox with its error (Settings → E-mail alerts)."""
        if self.logged_out or self._mail_worker is not None:
            return None  # the last round is still talking to the server
        use_catalogues(self.services)  # here, not at start: the mail code loads when first needed
        worker = Worker(lambda _progress, _cancelled: self.services.mail.run(self.actor))
        self._mail_worker = worker

        def done(_result: object = None) -> None:
            self._mail_worker = None

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(lambda exc: log.warning("e-mail alerts failed: %s", exc))
        worker.signals.failed.connect(done)
        return start(worker)

    def open_exception_center(self) -> QWidget:
        from ui.exception_center import ExceptionCenter

        dialog = ExceptionCenter(self.services, self.actor, self.open_object, self)
        dialog.changed.connect(lambda: self.show_exception_count())
        dialog.finished.connect(lambda _code: self.show_exception_count())
        self.exception_center = dialog
        dialog.open()
        return dialog

    def open_notifications(self) -> QWidget:
        from ui.exception_center import NotificationsDialog

        dialog = NotificationsDialog(self.services, self.actor, self.open_object, self)
        dialog.finished.connect(lambda _code: self.show_exception_count())
        self.notifications_dialog = dialog
        dialog.open()
        self.show_exception_count()  # opening the list read them: the badge goes
        return dialog

    def open_audit_log(self) -> QWidget:
        from ui.audit_view import AuditLogDialog

        dialog = AuditLogDialog(self.services, self.actor, self)
        self.audit_dialog = dialog
        dialog.open()
        return dialog

    def open_object(self, object_type: str, object_ref: str) -> None:
        """Show an exception's object in its tab: orders and parcels by their number."""
        key = {"order": "orders", "parcel": "logistics", "ticket": "service", "case": "service"}
        tab_key = key.get(object_type, "")
        if tab_key not in self.tab_keys and object_type == "parcel":
            tab_key = "orders"  # no Logistics tab for this role: nothing to show there
        if tab_key not in self.tab_keys:
            return
        widget = self.tab(tab_key)
        self.tabs.setCurrentIndex(self.tab_keys.index(tab_key))
        search = getattr(widget, "search_for", None)
        box = getattr(widget, "search", None)
        reload = getattr(widget, "reload", None)
        if callable(search):
            search(object_ref)
        elif hasattr(box, "setText") and callable(reload):  # the Logistics tab's search box
            box.setText(object_ref)
            reload()

    # -- background jobs -----------------------------------------------------------------

    SWEEP_MINUTES = 15
    FIRST_SWEEP_SECONDS = 90  # after start-up, when the tabs have their data

    def sweep_orders(self) -> Worker | None:
        """Cancel overdue unpaid orders and complete due delivered ones, in the background,
        quietly: a failure is logged and the next sweep tries again."""
        if self.logged_out:
            return None
        worker = Worker(lambda _progress, _cancelled: self.services.payments.sweep(self.actor))
        self._sweep_worker = worker  # kept alive until it reports
        worker.signals.failed.connect(lambda exc: log.warning("order sweep failed: %s", exc))
        return start(worker)

    def _show_job_widgets(self, visible: bool) -> None:
        for widget in (self.job_label, self.job_progress, self.job_cancel):
            widget.setVisible(visible)

    def run_job(
        self,
        title: str,
        job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        """Run `job(progress, cancelled)` in the background with progress in the status bar."""
        return runner().run_job(self, title, job, on_done, on_failed)

    def _owns(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False

    def _job_started(self, title: str, worker: Worker, origin: QWidget | None) -> None:
        """A job started by one of this window's widgets (or its dialogs): in the status bar."""
        if not self._owns(origin):
            return
        self._jobs.append(worker)
        self.job_label.setText(title)
        self.job_progress.setRange(0, 0)
        self._show_job_widgets(True)

        def progress(done: int, total: int) -> None:
            self.job_progress.setRange(0, max(total, 1))
            self.job_progress.setValue(done)

        worker.signals.progress.connect(progress)

    def _job_ended(self, worker: Worker) -> None:
        if worker in self._jobs:
            self._jobs.remove(worker)
        if not self._jobs:
            self._show_job_widgets(False)

    def cancel_jobs(self) -> None:
        for worker in self._jobs:
            worker.cancel_token.cancel()

    # -- lock, log out, about ------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def lock(self) -> None:
        if self.is_locked:
            return
        self.lock_page.prepare(self.actor.display_name or self.actor.username)
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)

    def try_unlock(self, password: str) -> None:
        try:
            self.services.auth.verify_session(self.actor, password)
        except InvalidCredentials as exc:
            self.lock_page.message.setText(error_text(exc))
            return
        except AccountLocked as exc:
            QMessageBox.warning(self, self.tr("Account locked"), error_text(exc))
            self.log_out()
            return
        except AppError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)

    def change_password(self) -> QWidget:
        from ui.accounts import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self.actor.username, self, actor=self.actor)
        dialog.accepted.connect(lambda: notify(self, self.tr("Your password has been changed.")))
        self.password_dialog = dialog  # window-modal, not exec(): a click test can fill it
        dialog.open()
        return dialog

    def log_out(self) -> None:
        self.logged_out = True
        self.close()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kuaidan"),
            self.tr(
                "<h3>Kuaidan 快单 %1</h3><p>Order-processing workstation for online shops: "
                "import, review, stock, picking, packing, labels, tracking and after-sales.</p>"
                "<p>Database: %2</p>"
            )
            .replace("%1", APP_VERSION)
            .replace("%2", self.services.db.display_url),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._jobs:
            answer = QMessageBox.question(
                self,
                self.tr("Background work is running"),
                self.tr("Stop the running work and close? Finished items are kept."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.cancel_jobs()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.change_watch.stop()
        # A closed window (log-out, lock to another user) must not go on checking backups,
        # sweeping or scanning: its timers would show its messages over the next session.
        self.backup_watch.stop()
        for timer in (self.sweep_timer, self.first_sweep, self.exception_timer,
                      self.first_exception_scan, self.exception_count_timer,
                      self.mail_timer):  # fmt: skip
            timer.stop()
        event.accept()
