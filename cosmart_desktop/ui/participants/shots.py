"""Screenshots of the participants area for ``cosmart screenshots``: the list,
the consent dialog (filled with fictitious data) and the handout preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from .dialogs import ConsentDialog
from .handout_view import HandoutPreview

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..main_window import MainWindow

_OPEN: dict[int, QDialog] = {}


def _session(window: MainWindow) -> str:
    """The demo session whose event has participants (Zukunftswerkstatt if present)."""
    fallback = None
    for event in window.ctx.workshops.events():
        for session in event.sessions:
            fallback = fallback or session.id
            if session.format.value == "zukunftswerkstatt":
                return session.id
    if fallback is None:
        raise RuntimeError("the workspace has no session; run `cosmart demo` first")
    return fallback


def _close_previous(window: MainWindow) -> None:
    dialog = _OPEN.pop(id(window), None)
    if dialog is not None:
        dialog.close()


def _keep(window: MainWindow, dialog: QDialog) -> QDialog:
    _OPEN[id(window)] = dialog
    dialog.show()
    return dialog


def participants(window: MainWindow) -> QWidget:
    _close_previous(window)
    window.open_session(_session(window))
    tab = window.participants_tab
    window.session_page.tabs.setCurrentWidget(tab)
    tab.reveal.setChecked(False)
    for i in range(tab.list.topLevelItemCount()):
        item = tab.list.topLevelItem(i)
        if item is not None and "Einwilligung" in item.text(3):
            tab.list.setCurrentItem(item)
            break
    return window


def consent_dialog(window: MainWindow) -> QWidget:
    _close_previous(window)
    window.open_session(_session(window))
    tab = window.participants_tab
    people = [p for p in tab.model.participants(tab.event_id or "") if p.consent is None]
    if not people:
        raise RuntimeError("no participant without consent to show the dialog for")
    dialog = ConsentDialog(people[0], window.ctx.settings, window.ctx.language.current, window)
    dialog.name.setText("Erika Beispiel (Demo)")
    dialog.email.setText("erika.beispiel@example.org")
    if not dialog.recorder.text():
        dialog.recorder.setText("Team Smart City Büro")
    dialog.agreed.setChecked(True)
    return _keep(window, dialog)


def handout_preview(window: MainWindow) -> QWidget:
    _close_previous(window)
    session_id = _session(window)
    window.open_session(session_id)
    dialog = HandoutPreview(window.ctx.workspace, window.ctx.settings, session_id, window)
    return _keep(window, dialog)
