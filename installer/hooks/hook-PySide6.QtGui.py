"""PySide6.QtGui as PyInstaller's own hook collects it, less the Qt plugins Kuaidan never loads.

Dropped here, before PyInstaller follows the plugins' library dependencies, so what only they
need stays out too: the GTK theme plugin alone brought the build machine's GTK 3, cairo, pango
and atk, which clash with the user's own GTK modules and themes (Qt draws its own dialogs).
The others are for embedded displays (eglfs, linuxfb, VNC, Vulkan display) and raw input
devices (evdev, TUIO). Used through `hookspath` in installer/kuaidan.spec.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "/platformthemes/libqgtk3.",
    "/egldeviceintegrations/",
    "/generic/",
    "/platforms/libqeglfs.",
    "/platforms/libqlinuxfb.",
    "/platforms/libqminimalegl.",
    "/platforms/libqvnc.",
    "/platforms/libqvkkhrdisplay.",
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, dest)
    for source, dest in binaries
    if not any(part in source.replace("\\", "/") for part in UNUSED_PLUGINS)
]
