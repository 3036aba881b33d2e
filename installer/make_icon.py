"""Build resources/icons/kuaidan.ico (Windows) from kuaidan.png with Qt."""

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

root = Path(__file__).resolve().parent.parent
app = QGuiApplication([])
image = QImage(str(root / "resources" / "icons" / "kuaidan.png"))
image.save(str(root / "resources" / "icons" / "kuaidan.ico"))
