"""How the desktop knows the application: its id (the name of the Linux desktop
file and AppStream component, packaging/linux/) and its icon (an SVG resource;
the installers' PNG/ICO files are rendered from it at build time)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QGuiApplication, QIcon

APP_ID = "de.cosmart_werkstatt.Werkstatt"


def icon_path() -> str:
    return str(resources.files("cosmart_desktop") / "resources" / "icons" / "cosmart.svg")


def apply_identity(app: QGuiApplication) -> None:
    """Window icon and desktop-file name (Wayland and taskbars match windows by it)."""
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(icon_path()))
