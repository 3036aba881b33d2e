"""The one dialog scaffold: a title, a form, an inline error line, and OK / Cancel.

- Enter presses OK (the default button), unless the focused field keeps Enter for itself (a
  scanner field); Esc is Cancel.
- OK calls `submit()`. By default that runs `action` (reads the form and calls the service)
  in place; a dialog whose `prepare()` returns the call instead has it run on a worker
  through the ActionRunner (ui/action_runner.py) while the dialog is busy: the form and its
  buttons are disabled and Esc, Cancel and closing wait for the end.
- A refusal keeps the dialog open with everything typed: a typed error (app/errors.py) is
  written under the form by the one presenter (`ui.errors.error_text`), naming the field in
  the form's own words (`field_labels`), and the field itself (`field_widgets`) is marked
  and focused. A check of the form's own (`FieldProblem`) is shown the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.errors import AppError
from app.uow import Changes
from ui.action_runner import runner
from ui.errors import error_text, show_error

ERROR_STYLE = "color: #c0392b;"
FIELD_ERROR_STYLE = "border: 1px solid #c0392b;"


class FieldProblem(Exception):
    """A form's own check failed. The text is translated already; `field` is the widget to
    point at, if there is one."""

    def __init__(self, text: str, field: QWidget | None = None) -> None:
        super().__init__(text)
        self.field = field


def error_label(parent: QWidget) -> QLabel:
    """The red line that says what is wrong (empty while nothing is)."""
    label = QLabel(parent)
    label.setObjectName("dialogError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def ok_cancel(parent: QWidget, ok_text: str | None = None) -> QDialogButtonBox:
    """OK / Cancel in our own words (Qt's catalogue is not shipped); OK is the default."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text or QCoreApplication.translate("Dialog", "OK"))
    ok.setDefault(True)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialog", "Cancel")
    )
    return box


class FormDialog(QDialog):
    """A dialog whose OK runs one action; errors are shown in the dialog (see the module)."""

    def __init__(
        self, title: str = "", parent: QWidget | None = None, *, ok_text: str | None = None
    ) -> None:
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self._form: QFormLayout | None = None
        self.message = error_label(self)
        self.buttons = ok_cancel(self, ok_text)
        self.buttons.hide()  # shown by finish_layout; a dialog with its own buttons has none
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.action: Callable[[], Any] = lambda: None
        self.result_value: Any = None
        # The service names fields by their key (first_price): say them as the form does,
        # and point at the widget.
        self.field_labels: dict[str, str] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._marked: list[tuple[QWidget, str]] = []
        self._busy = False

    # -- layout --------------------------------------------------------------------------------

    @property
    def form(self) -> QFormLayout:
        """The form area (a dialog that lays itself out differently never asks for it)."""
        if self._form is None:
            self._form = QFormLayout(self)
        return self._form

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish_layout(self) -> None:
        """The error line and the buttons under the form's rows."""
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        self.buttons.show()

    # -- the action ----------------------------------------------------------------------------

    def prepare(self) -> Callable[[], Any] | None:
        """Read the form (on the GUI thread) and return the service call to run on a worker;
        None: run `action` in place. May raise FieldProblem."""
        return None

    def submit(self) -> None:
        """What OK does: run the action; close on success, explain on refusal."""
        if self._busy:
            return
        self.clear_problem()
        try:
            job = self.prepare()
        except FieldProblem as problem:
            self.show_problem(problem)
            return
        if job is not None:
            self.run_in_background(job, lambda _result: self.accept())
        elif self.run(self.action):
            self.accept()

    def run(self, call: Callable[[], Any]) -> bool:
        """Run `call` now; True if it succeeded (its result in `result_value`), else the
        refusal is shown in the dialog."""
        self.clear_problem()
        try:
            self.result_value = call()
        except (AppError, FieldProblem) as exc:
            self.show_problem(exc)
            return False
        return True

    def run_in_background(
        self, call: Callable[[], Any], done: Callable[[Any], None] | None = None
    ) -> None:
        """Run `call` (plain data in and out, no widgets) on a worker; the dialog is busy
        until it ends, then `done(result)`, or the refusal is shown in the dialog."""
        self.clear_problem()
        self._busy = True
        busy: list[QWidget] = [self.buttons]
        busy += [w for w in self.findChildren(QWidget) if w.parent() is self and w.isEnabled()]

        def succeeded(result: Any, _changes: Changes) -> None:
            self._busy = False
            self.result_value = result
            if done is not None:
                done(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.show_problem(exc)

        runner().run(self, call, success=succeeded, failure=failed, busy=busy)

    @property
    def busy(self) -> bool:
        return self._busy

    # -- showing what is wrong -----------------------------------------------------------------

    def show_problem(self, exc: BaseException) -> None:
        """A refusal under the form, its field marked and focused; anything unexpected goes
        to the one presenter with its details."""
        widget: QWidget | None = None
        if isinstance(exc, FieldProblem):
            text, widget = str(exc), exc.field
        elif isinstance(exc, AppError):
            field = exc.params.get("field")
            label = self.field_labels.get(field) if isinstance(field, str) else None
            text = error_text(exc, field=label) if label else error_text(exc)
            if label and "{field}" not in exc.template:  # "This field is required": which?
                text = QCoreApplication.translate("Dialog", "%1: %2").replace("%1", label)
                text = text.replace("%2", error_text(exc))
            widget = self.field_widgets.get(field) if isinstance(field, str) else None
        else:
            show_error(self, exc)
            return
        self.message.setText(text)
        if widget is not None:
            self._marked.append((widget, widget.styleSheet()))
            widget.setStyleSheet(FIELD_ERROR_STYLE)
            widget.setFocus()

    def clear_problem(self) -> None:
        self.message.clear()
        for widget, style in self._marked:
            widget.setStyleSheet(style)
        self._marked.clear()

    # -- while busy, the dialog stays ------------------------------------------------------------

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
