"""Per-workstation screen state (column widths and order) in an ini file in the data folder:
a user's layout is remembered on this PC and never touches the shared database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView

from app.config import data_dir

# Bump when a table's columns change meaning or count: an old saved layout is then ignored
# instead of putting the wrong widths on the new columns.
STATE_VERSION = 1
_open: dict[str, QSettings] = {}


def ui_settings() -> QSettings:
    """One QSettings per file for the process: values set are seen at once by every reader,
    and Qt writes the file itself soon after (and at exit)."""
    path = str(data_dir() / "ui-state.ini")
    settings = _open.get(path)
    if settings is None:
        settings = _open[path] = QSettings(path, QSettings.Format.IniFormat)
    return settings


def header_width(header: QHeaderView, section: int) -> int:
    """Room for a column's title (and the sort arrow) in the current language."""
    title = header.model().headerData(section, header.orientation()) if header.model() else ""
    return header.fontMetrics().horizontalAdvance(str(title or "")) + 22


def restore_header(header: QHeaderView, key: str) -> bool:
    """Put back the widths and order saved for `key`; False when nothing usable was saved."""
    settings = ui_settings()
    if str(settings.value(f"{key}/version", "")) != str(STATE_VERSION):
        return False
    state = settings.value(f"{key}/header")
    if not isinstance(state, QByteArray | bytes) or not state:
        return False
    return bool(header.restoreState(QByteArray(state)))


def save_header(header: QHeaderView, key: str) -> None:
    settings = ui_settings()
    settings.setValue(f"{key}/version", str(STATE_VERSION))
    settings.setValue(f"{key}/header", header.saveState())


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore `key`'s saved layout now, and remember it whenever the user resizes or moves
    a column."""
    restore_header(header, key)
    _HeaderSaver(header, key)


class _HeaderSaver(QObject):
    """Remembers each change at once (in memory) and writes the file a little after the
    last one: dragging a column edge resizes it many times."""

    def __init__(self, header: QHeaderView, key: str) -> None:
        super().__init__(header)
        self.header = header
        self.key = key
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(500)
        self.timer.timeout.connect(lambda: ui_settings().sync())
        header.sectionResized.connect(lambda *_: self.changed())
        header.sectionMoved.connect(lambda *_: self.changed())

    def changed(self) -> None:
        save_header(self.header, self.key)
        self.timer.start()
