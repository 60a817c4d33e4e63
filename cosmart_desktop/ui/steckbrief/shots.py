"""Screenshots for ``cosmart screenshots``: the live-capture form of a demo
Steckbrief and the workspace-wide Maßnahmenliste."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .window import MeasuresWindow

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..main_window import MainWindow

#: the demo Steckbrief shown in the form (any other if the demo is not there)
FORM_TITLE = "Mobilitätsstation am Bahnhof Oberzwehren"


def steckbrief_form(window: MainWindow) -> QWidget:
    model = window.ctx.steckbriefe
    rows = model.rows()
    if not rows:
        raise RuntimeError("the workspace has no Steckbrief; run `cosmart demo` first")
    row = next((r for r in rows if r.steckbrief.title == FORM_TITLE), rows[0])
    session_id = row.steckbrief.session_id
    if session_id is None:
        raise RuntimeError("the Steckbrief shown must belong to a session")
    window.open_session(session_id)
    tab = window.steckbrief_tab
    window.session_page.tabs.setCurrentWidget(tab)
    tab.select(row.id)
    tab.views.setCurrentWidget(tab.form)
    tab.form.scroller.verticalScrollBar().setValue(0)
    return window


def measures(window: MainWindow) -> QWidget:
    window.show_home()
    window.show_measures()
    shown = window.measures_window
    assert isinstance(shown, MeasuresWindow)
    shown.resize(1280, 720)
    shown.refresh()
    return shown
