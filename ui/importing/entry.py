"""The import and export entry points of the Orders tab: Import… (Ctrl+I, with the template
and the unknown SKUs in its menu), Export… (Ctrl+Shift+E), and order files dropped onto the
tab. The tab refreshes its queues after an import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from app.errors import AppError
from app.permissions import Permission
from ui.errors import show_error

if TYPE_CHECKING:
    from ui.importing.export_dialog import ExportDialog
    from ui.importing.import_dialog import ImportDialog

# The dialogs (and the import and export code under them: openpyxl, the parsers) are
# imported when one is first opened, not with the Orders tab: 0.3 s less before the main
# window shows.

IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """Local files of a drag that the import can read."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE
    ]


class ImportEntry(QObject):
    """Installed by the Orders tab (`OrdersTab._build_actions`); `tab` offers `services`,
    `actor`, `toolbar`, `after_change()` and `current_filter()`."""

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        self.dialogs: list[QWidget] = []
        can_import = tab.actor.can(Permission.IMPORT_ORDERS)
        can_export = tab.actor.can(Permission.EXPORT_DATA)
        self.act_import = self._action(
            QCoreApplication.translate("Import", "&Import…"), "Ctrl+I", self.open_import, can_import
        )
        self.act_template = self._action(
            QCoreApplication.translate("Import", "Download import &template…"),
            "",
            self.save_template,
            can_import,
        )
        self.act_skus = self._action(
            QCoreApplication.translate("Import", "Unknown &SKUs…"), "", self.open_skus, can_import
        )
        self.act_export = self._action(
            QCoreApplication.translate("Import", "E&xport…"),
            "Ctrl+Shift+E",
            self.open_export,
            can_export,
        )
        if can_import or can_export:
            tab.toolbar.addSeparator()
        if can_import:
            tab.toolbar.addAction(self.act_import)
            menu = QMenu(tab)
            menu.addAction(self.act_import)
            menu.addAction(self.act_template)
            menu.addAction(self.act_skus)
            button = tab.toolbar.widgetForAction(self.act_import)
            if isinstance(button, QToolButton):
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            tab.setAcceptDrops(True)
            tab.installEventFilter(self)
        if can_export:
            tab.toolbar.addAction(self.act_export)

    def _action(self, text: str, shortcut: str, slot: Any, allowed: bool) -> QAction:
        action = QAction(text, self.tab)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
            self.tab.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        action.setVisible(allowed)
        action.setEnabled(allowed)
        return action

    def _show(self, dialog: QWidget) -> None:
        """Not modal: the rest of the window stays usable while a file imports."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda _o=None, d=dialog: d in self.dialogs and self.dialogs.remove(d)
        )
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()

    def open_import(self, path: str = "", second_file: str = "") -> ImportDialog:
        from ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.tab.services, self.tab.actor, self.tab)
        dialog.imported.connect(lambda _result: self.tab.after_change())
        if second_file:
            dialog.second.setText(second_file)
        if path:
            dialog.path.setText(path)
            dialog.load_file()
        self._show(dialog)
        return dialog

    def open_export(self) -> ExportDialog:
        from ui.importing.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.tab.services, self.tab.actor, self.tab, current=self.tab.current_filter()
        )
        self._show(dialog)
        return dialog

    def open_skus(self) -> None:
        from ui.importing.sku_dialog import SkuDialog

        dialog = SkuDialog(self.tab.services, self.tab.actor, self.tab)
        dialog.linked.connect(self.tab.after_change)
        dialog.exec()

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.tab,
            QCoreApplication.translate("Import", "Import template"),
            "kuaidan-import-template.xlsx",
            QCoreApplication.translate("Import", "Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        try:
            self.tab.services.importing.write_template(self.tab.actor, name)
        except AppError as exc:
            show_error(self.tab, exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_files(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif watched is self.tab and event.type() == QEvent.Type.Drop:
            files = dropped_files(event)  # type: ignore[arg-type]
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.open_import(files[0], files[1] if len(files) > 1 else "")
                return True
        return super().eventFilter(watched, event)
