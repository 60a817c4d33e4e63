"""The Sync dialog for ``cosmart screenshots`` (the address is an example; no
connection is made)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .dialog import SyncDialog

if TYPE_CHECKING:  # pragma: no cover
    from ..main_window import MainWindow

_OPEN: dict[int, SyncDialog] = {}


def sync_dialog(window: MainWindow) -> QWidget:
    previous = _OPEN.pop(id(window), None)
    if previous is not None:
        previous.close()
    dialog = SyncDialog(window.ctx, window)
    dialog.address.setText("postgresql+psycopg://projektbuero@cosmart-db.kassel.local/cosmart")
    dialog.address.setCursorPosition(0)
    _OPEN[id(window)] = dialog
    dialog.show()
    return dialog
