"""The pack station (打包台): a full-screen window for a packer with a keyboard-wedge barcode
scanner, which types the code and Enter into the one scan field that always has the focus.

Waiting → scan the order (its number, the packing slip's barcode or the label) → verifying:
the lines are shown with their bins; each item scan is checked in memory (`PackingSession`, no
database round trip), right = green and counted, a wrong item or an extra unit = red and a
beep → (weighing, when the weight check is on) → the order is packed and its label printed by
one service call → complete, ready for the next order. Keyboard only: Ctrl+Z undoes the last
scan, F8 drops the current order, F11 toggles full screen, Esc asks before leaving.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.fulfilment import (
    PackerStats,
    PackingJob,
    PackingSession,
    PackResult,
    ScanResult,
    StationSetup,
    weight_off,
)
from app.permissions import Actor
from app.services import Services
from ui.errors import error_text
from ui.kit.list_model import ListColumn, ListModel, list_view
from ui.tabs.fulfilment_dialogs import place

GREEN = "#1b7f3b"
RED = "#c62828"
BLUE = "#1f5fa8"
GREY = "#37474f"
DONE_ROW = QColor("#d8f0dc")
LAST_ROW = QColor("#fff3c4")
WRONG_ROW = QColor("#fbd5d5")


class StationState(StrEnum):
    WAITING = "waiting"  # for an order
    VERIFYING = "verifying"  # scanning the items
    WEIGHING = "weighing"  # every item verified; the parcel's weight is asked
    COMPLETE = "complete"  # packed and labelled; the next scan starts a new order


class ScanField(QLineEdit):
    """The scan field keeps the station's keys (Ctrl+Z, F8, F11, Esc) for the station:
    otherwise a line edit would undo its own text on Ctrl+Z and clear on Esc."""

    command = Signal(str)

    KEYS: ClassVar[dict[tuple[Qt.Key, Qt.KeyboardModifier], str]] = {
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier): "undo",
        (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier): "drop",
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier): "full_screen",
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier): "leave",
    }

    def _command(self, event: QKeyEvent) -> str | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self.KEYS.get((Qt.Key(event.key()), modifiers))

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._command(event) is not None
        ):
            event.accept()  # deliver it to keyPressEvent, not to a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is not None:
            event.accept()
            self.command.emit(command)
            return
        super().keyPressEvent(event)


class _KeepFocus(QObject):
    """Clicks anywhere in the station put the focus back into the scan field."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.WindowActivate):
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


def _font(widget: QWidget, points: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


class PackStation(QWidget):
    """The pack station window. `services.fulfilment` does the database work; everything
    between loading an order and completing it happens in memory."""

    left = Signal()

    COLUMNS = ("bin", "sku", "name", "barcode", "count")

    def __init__(
        self, services: Services, actor: Actor, setup: StationSetup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.actor = actor
        self.setup = setup
        self.state = StationState.WAITING
        self.job: PackingJob | None = None
        self.session: PackingSession | None = None
        self.started_at: datetime | None = None
        self.last_result: PackResult | None = None
        self.confirm_leave = True  # tests switch the question off
        self.setObjectName("packStation")
        self.setWindowTitle(self.tr("Pack station"))
        self.resize(1280, 800)
        self.setStyleSheet("QWidget#packStation { background: #f5f6f7; }")
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(12)

        top = QHBoxLayout()
        title = QLabel(self.tr("Pack station"), self)
        _font(title, 22, bold=True)
        self.packer = QLabel(actor.display_name or actor.username, self)
        _font(self.packer, 18)
        self.throughput = QLabel(self)
        self.throughput.setObjectName("throughput")
        _font(self.throughput, 18, bold=True)
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.packer)
        top.addStretch(1)
        top.addWidget(self.throughput)
        root.addLayout(top)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(110)
        _font(self.banner, 30, bold=True)
        root.addWidget(self.banner)

        self.order_box = order_box = QFrame(self)
        order_box.setFrameShape(QFrame.Shape.StyledPanel)
        order_layout = QHBoxLayout(order_box)
        self.order_label = QLabel(order_box)
        self.order_label.setObjectName("orderLabel")
        _font(self.order_label, 26, bold=True)
        self.recipient = QLabel(order_box)
        self.recipient.setObjectName("recipient")
        self.recipient.setWordWrap(True)
        _font(self.recipient, 18)
        self.progress = QLabel(order_box)
        self.progress.setObjectName("progress")
        _font(self.progress, 30, bold=True)
        order_layout.addWidget(self.order_label)
        order_layout.addSpacing(24)
        order_layout.addWidget(self.recipient, 1)
        order_layout.addWidget(self.progress)
        root.addWidget(order_box)

        self.row_colours: dict[int, QColor] = {}  # the lines' highlights
        self.model: ListModel[int] = ListModel(self._line_columns(), (), self)
        self.table = list_view(self, "packLines", self.model, fit=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _font(self.table, 20)
        # Style sheets, not fonts: the header's style would otherwise keep its small font.
        self.table.setStyleSheet(
            "QHeaderView::section { font-size: 15pt; font-weight: bold; padding: 6px 10px; }"
            " QTableView::item { padding: 0 12px; }"
        )
        self.table.verticalHeader().setDefaultSectionSize(52)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
             QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
             QHeaderView.ResizeMode.ResizeToContents)
        ):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        root.addWidget(self.table, 1)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("prompt")
        _font(self.prompt, 18)
        root.addWidget(self.prompt)
        self.field = ScanField(self)
        self.field.setObjectName("scanField")
        self.field.setMaxLength(128)
        _font(self.field, 34, bold=True)
        self.field.setMinimumHeight(84)
        root.addWidget(self.field)
        self.keys = QLabel(
            self.tr(
                "Enter: scan · Ctrl+Z: undo the last scan · F8: drop this order · "
                "F11: full screen · Esc: leave"
            ),
            self,
        )
        self.keys.setObjectName("keysHelp")
        _font(self.keys, 14)
        self.keys.setStyleSheet(f"color: {GREY};")
        root.addWidget(self.keys)

        for widget in self.findChildren(QWidget):
            if widget is not self.field:
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep = _KeepFocus(self.field)
        self.installEventFilter(keep)
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(keep)
        self.field.returnPressed.connect(self.handle_scan)
        self.field.command.connect(self.handle_command)
        self._show_stats(setup.stats)
        self._waiting()

    # -- the states ---------------------------------------------------------------------------

    def _say(self, text: str, colour: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"QLabel#banner {{ background: {colour}; color: white; border-radius: 10px;"
            " padding: 12px; }"
        )

    def _refuse(self, text: str) -> None:
        """A wrong scan: red, and a sound the packer hears without looking."""
        self._say(text, RED)
        QApplication.beep()

    def _show_stats(self, stats: PackerStats) -> None:
        self.throughput.setText(
            self.tr("Today %1 · last hour %2")
            .replace("%1", self.tr("%n order(s)", "", stats.packed_today))
            .replace("%2", self.tr("%n order(s)", "", stats.packed_last_hour))
        )

    def _line_columns(self) -> list[ListColumn[int]]:
        def line(row: int) -> Any:
            assert self.session is not None
            return self.session.lines[row]

        def scanned(row: int) -> str:
            assert self.session is not None
            return f"{self.session.counts[row]} / {line(row).qty}"

        def colour(row: int) -> QColor | None:
            return self.row_colours.get(row)

        return [
            ListColumn(self.tr("Bin"), lambda r: line(r).bin_code, background=colour),
            ListColumn(self.tr("SKU"), lambda r: line(r).sku, background=colour),
            ListColumn(self.tr("Item"), lambda r: line(r).name, background=colour),
            ListColumn(self.tr("Barcode"), lambda r: line(r).barcode, background=colour),
            ListColumn(self.tr("Scanned"), scanned, background=colour, centred=True),
        ]

    def _waiting(self, message: str = "") -> None:
        self.state = StationState.WAITING
        self.job = None
        self.session = None
        self.model.set_rows([])
        self.row_colours.clear()
        self.order_box.hide()
        self.order_label.setText("")
        self.recipient.setText("")
        self.progress.setText("")
        self.prompt.setText(self.tr("Scan the order number, packing slip or label"))
        self.field.setPlaceholderText(self.tr("order number…"))
        if message:
            self._refuse(message)
        else:
            self._say(self.tr("Scan an order to start"), BLUE)
        self.field.setFocus()

    def _load(self, code: str) -> None:
        try:
            job = self.services.fulfilment.load_for_packing(self.actor, code)
        except AppError as exc:
            self._refuse(error_text(exc))
            return
        self.state = StationState.VERIFYING
        self.job = job
        self.session = PackingSession(job.lines)
        self.started_at = datetime.now(UTC)
        self.order_box.show()
        self.order_label.setText(job.order_no)
        details = [
            f"{job.recipient_name} · {place(job.province, job.city)}",
            job.carrier_name or job.carrier_code,
        ]
        if job.buyer_note:
            details.append(self.tr("Buyer note: %1").replace("%1", job.buyer_note))
        self.recipient.setText("\n".join(d for d in details if d))
        self.row_colours.clear()
        self.model.set_rows(range(len(job.lines)))  # a row is a line's index in the session
        for row in range(len(job.lines)):
            self._show_line(row)
        self.prompt.setText(self.tr("Scan each item"))
        self.field.setPlaceholderText(self.tr("item barcode…"))
        self._say(
            self.tr("Order %1: scan the %n item(s)", "", job.units).replace("%1", job.order_no),
            GREY,
        )
        self._show_progress()

    def _show_progress(self) -> None:
        if self.session is not None:
            self.progress.setText(f"{self.session.units_scanned} / {self.session.units_total}")

    def _show_line(self, row: int, highlight: QColor | None = None) -> None:
        assert self.session is not None
        colour = highlight or (DONE_ROW if self.session.line_done(row) else None)
        if colour is None:
            self.row_colours.pop(row, None)
        else:
            self.row_colours[row] = colour
        self.model.refresh_row(row)

    def _verify(self, code: str) -> None:
        assert self.session is not None and self.job is not None
        outcome = self.session.scan(code)
        if outcome.result is ScanResult.WRONG:
            self._refuse(self.tr("✗ Not in this order: %1").replace("%1", outcome.code))
            return
        assert outcome.line is not None
        line = self.session.lines[outcome.line]
        if outcome.result is ScanResult.EXTRA:
            self._show_line(outcome.line, WRONG_ROW)
            self._refuse(
                self.tr("✗ One too many: %1 — the order has %n", "", line.qty).replace(
                    "%1", line.name
                )
            )
            return
        for row in range(self.model.rowCount()):
            self._show_line(row, LAST_ROW if row == outcome.line else None)
        if self.session.line_done(outcome.line):
            self._show_line(outcome.line)
        self._show_progress()
        self._say(
            self.tr("✓ %1  %2 / %3")
            .replace("%1", line.name)
            .replace("%2", str(outcome.scanned))
            .replace("%3", str(line.qty)),
            GREEN,
        )
        if self.session.complete:
            if self.setup.weight_check:
                self._weighing()
            else:
                self._complete(None)

    def _weighing(self) -> None:
        assert self.job is not None
        self.state = StationState.WEIGHING
        self.prompt.setText(self.tr("Weigh the parcel and enter its weight in grams"))
        self.field.setPlaceholderText(self.tr("grams…"))
        expected = self.job.expected_weight_g
        text = self.tr("All items verified. Weigh the parcel")
        if expected:
            text += " " + self.tr("(about %1 g)").replace("%1", str(expected))
        self._say(text, GREEN)

    def _weigh(self, text: str) -> None:
        assert self.job is not None
        digits = text.strip().lower().removesuffix("g").strip()
        if not digits.isdigit() or not 0 < int(digits) <= 1_000_000:
            self._refuse(self.tr("Enter the weight in grams, e.g. 1250"))
            return
        weight = int(digits)
        expected = self.job.expected_weight_g
        if weight_off(expected, weight, self.setup.weight_tolerance_percent):
            self._refuse(
                self.tr("✗ %1 g — expected about %2 g (± %3 %): check the parcel")
                .replace("%1", str(weight))
                .replace("%2", str(expected))
                .replace("%3", str(self.setup.weight_tolerance_percent))
            )
            return
        self._complete(weight)

    def _complete(self, weight: int | None) -> None:
        assert self.job is not None and self.session is not None
        job = self.job
        try:
            result = self.services.fulfilment.complete_packing(
                self.actor, job.order_id, self.session.scanned_codes, weight,
                started_at=self.started_at,
            )  # fmt: skip
        except AppError as exc:
            if exc.params.get("field") == "weight_g":
                self._refuse(error_text(exc))
                return
            self._waiting(error_text(exc))
            return
        self.last_result = result
        self.state = StationState.COMPLETE
        self.job = None
        self.session = None
        self._show_stats(result.stats)
        numbers = ", ".join(result.tracking_nos)
        if result.print_error:
            self._refuse(
                self.tr("Packed %1, but the label did not print: %2")
                .replace("%1", job.order_no)
                .replace("%2", result.print_error)
            )
        else:
            self._say(
                self.tr("✓ %1 packed — label %2")
                .replace("%1", job.order_no)
                .replace("%2", numbers),
                GREEN,
            )
        if result.label_printed_before:
            where = self.tr("The label was printed before; stick that one on the parcel.")
        elif result.printed_to:
            where = self.tr("Label sent to %1").replace("%1", result.printed_to)
        elif result.label_path:
            where = self.tr("Label saved: %1").replace("%1", Path(result.label_path).name)
        else:
            where = ""
        self.prompt.setText(" · ".join(t for t in (where, self.tr("Scan the next order")) if t))
        self.field.setPlaceholderText(self.tr("order number…"))

    # -- input --------------------------------------------------------------------------------

    def handle_scan(self) -> None:
        """Enter in the scan field (the scanner sends it after the code)."""
        code = self.field.text().strip()
        self.field.clear()
        if not code:
            return
        if self.state in (StationState.WAITING, StationState.COMPLETE):
            self._load(code)
        elif self.state is StationState.VERIFYING:
            self._verify(code)
        else:
            self._weigh(code)

    def handle_command(self, command: str) -> None:
        if command == "undo":
            self.undo()
        elif command == "drop":
            if self.job is not None:
                self._waiting()
        elif command == "full_screen":
            self.toggle_full_screen()
        elif command == "leave":
            self.leave()

    def undo(self) -> None:
        if self.session is None or self.state not in (
            StationState.VERIFYING,
            StationState.WEIGHING,
        ):
            return
        row = self.session.undo()
        if row is None:
            self._say(self.tr("Nothing to undo"), GREY)
            return
        if self.state is StationState.WEIGHING:
            self.state = StationState.VERIFYING
            self.prompt.setText(self.tr("Scan each item"))
            self.field.setPlaceholderText(self.tr("item barcode…"))
        self._show_line(row)
        self._show_progress()
        line = self.session.lines[row]
        self._say(
            self.tr("Last scan undone: %1  %2 / %3")
            .replace("%1", line.name)
            .replace("%2", str(self.session.counts[row]))
            .replace("%3", str(line.qty)),
            BLUE,
        )

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.field.setFocus()

    def leave(self) -> None:
        if self.confirm_leave:
            text = self.tr("Leave the pack station?")
            if self.session is not None and self.session.units_scanned:
                text += "\n" + self.tr("The scans of order %1 are not kept.").replace(
                    "%1", self.job.order_no if self.job else ""
                )
            answer = QMessageBox.question(
                self,
                self.tr("Pack station"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.field.setFocus()
                return
        self.close()

    def lock_out(self) -> None:
        """The workstation locked itself (idle): close without asking; scans are dropped."""
        self.confirm_leave = False
        self.close()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QEvent) -> None:
        self.left.emit()
        super().closeEvent(event)  # type: ignore[arg-type]


def open_pack_station(services: Services, actor: Actor, parent: QWidget) -> PackStation | None:
    """The pack station for `actor`, full screen; None (and the reason shown) if it cannot
    open."""
    from ui.errors import show_error

    try:
        setup = services.fulfilment.station_setup(actor)
    except AppError as exc:
        show_error(parent, exc)
        return None
    station = PackStation(services, actor, setup, parent)
    station.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    station.showFullScreen()
    station.field.setFocus()
    return station


__all__ = ["PackStation", "ScanField", "StationState", "open_pack_station"]
