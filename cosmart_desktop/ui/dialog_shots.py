"""Screenshots of the foundation's dialogs for ``cosmart screenshots``: a new
event (filled in as a facilitator would) and a new session from a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.districts import default_districts
from ..domain.enums import SessionFormat
from .dialogs import EventDialog, NewSessionDialog

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .main_window import MainWindow

_OPEN: dict[int, QDialog] = {}


def _show(window: MainWindow, dialog: QDialog) -> QDialog:
    previous = _OPEN.pop(id(window), None)
    if previous is not None:
        previous.close()
    _OPEN[id(window)] = dialog
    window.show_home()
    dialog.show()
    return dialog


def event_dialog(window: MainWindow) -> QWidget:
    dialog = EventDialog(default_districts(), window.ctx.workshops.leitthemen(), None, window)
    dialog.title.setText("Denklabor Wesertor: Digitale Nachbarschaft")
    dialog.date.setDate(QDate(2026, 11, 21))
    dialog.place.setText("Kulturzentrum Schlachthof, Mombachstraße")
    dialog.district.setCurrentText("Wesertor")
    dialog.step.setCurrentIndex(1)
    dialog.facilitators.setText("Team Smart City Büro")
    for _theme_id, box in dialog.theme_boxes[1:3]:
        box.setChecked(True)
    return _show(window, dialog)


def new_session_dialog(window: MainWindow) -> QWidget:
    dialog = NewSessionDialog(window.ctx.language.current, window)
    index = dialog.format.findData(SessionFormat.ZUKUNFTSWERKSTATT.value)
    dialog.format.setCurrentIndex(max(index, 0))
    dialog.title.setText("Zukunftswerkstatt Mobilität, Tag 1")
    return _show(window, dialog)


def close_all(window: MainWindow) -> None:
    dialog = _OPEN.pop(id(window), None)
    if dialog is not None:
        dialog.close()
