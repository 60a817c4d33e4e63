"""Working with the phases of a session in the real window: rename, add,
reorder, remove and run phases with undo/redo round trips; typing in a phase is
stored within a second and on closing the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import build_window, close_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.widgets.autosave import MAX_WAIT_MS


@pytest.fixture
def session(db_path: Path) -> str:
    with open_workspace(db_path) as ws:
        svc = WorkshopService(ws)
        event_id = svc.create_event("Zukunftswerkstatt Mobilität", district="Mitte")
        return svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)


@pytest.fixture
def window(qtbot, db_path: Path, session: str):
    win = build_window(qtbot, db_path)
    win.open_session(session)
    yield win
    close_window(win)


def _titles(window) -> list[str]:
    return [p.title for p in window.ctx.workshops.phases(window.session_page.session_id)]


def _shown(window) -> list[str]:
    lst = window.session_page.phases.list
    return [lst.item(i).text() for i in range(lst.count())]


def _editor(qtbot, view) -> QLineEdit:
    editor = None

    def found() -> bool:
        nonlocal editor
        editor = view.viewport().findChild(QLineEdit)
        return editor is not None and editor.isVisible()

    qtbot.waitUntil(found, timeout=2000)
    assert editor is not None
    return editor


def _enter(qtbot, editor: QLineEdit) -> None:
    """Enter in an item editor: the view commits and closes it (queued)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(3):
        QApplication.processEvents()


def test_rename_add_reorder_remove_with_undo_and_redo(qtbot, window) -> None:
    page = window.session_page
    lst = page.phases.list
    original = _titles(window)
    states = [original]

    lst.setCurrentRow(1)  # rename "Kritikphase" in place: F2, type, Enter
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = _editor(qtbot, lst)
    editor.selectAll()
    type_text(editor, "Kritik: Was stört?")
    _enter(qtbot, editor)
    states.append(["Vorbereitung", "Kritik: Was stört?", *original[2:]])
    assert _titles(window) == states[-1] == _shown(window)

    qtbot.mouseClick(page.phases.btn_add, Qt.MouseButton.LeftButton)  # after the selected one
    states.append([*states[-1][:2], "Neue Phase", *states[-1][2:]])
    assert _titles(window) == states[-1]
    editor = _editor(qtbot, lst)  # and name it at once (a second undo step)
    editor.selectAll()
    qtbot.keyClicks(editor, "Kaffeepause")
    _enter(qtbot, editor)
    states.append([*states[-1][:2], "Kaffeepause", *states[-1][3:]])
    assert _titles(window) == states[-1] == _shown(window)
    assert lst.currentItem().text() == "Kaffeepause"

    qtbot.mouseClick(page.phases.btn_up, Qt.MouseButton.LeftButton)
    states.append(["Vorbereitung", "Kaffeepause", "Kritik: Was stört?", *original[2:]])
    assert _titles(window) == states[-1] == _shown(window)

    lst.setCurrentRow(0)
    qtbot.mouseClick(page.phases.btn_remove, Qt.MouseButton.LeftButton)
    states.append(states[-1][1:])
    assert _titles(window) == states[-1] == _shown(window)
    stack = window.ctx.undo_group.activeStack()
    assert stack.undoText() == "Phase „Vorbereitung“ entfernen"

    for expected in reversed(states[:-1]):  # undo everything, one step at a time
        window.act_undo.trigger()
        assert _titles(window) == expected == _shown(window)
    assert not window.act_undo.isEnabled()
    for expected in states[1:]:  # and redo it all
        window.act_redo.trigger()
        assert _titles(window) == expected == _shown(window)


def test_renaming_to_nothing_is_ignored(qtbot, window) -> None:
    lst = window.session_page.phases.list
    lst.setCurrentRow(2)
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = _editor(qtbot, lst)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _enter(qtbot, editor)
    assert _titles(window)[2] == "Phantasie- und Utopiephase" == _shown(window)[2]
    assert window.ctx.undo_group.activeStack().count() == 0


def test_removing_the_last_phase_is_refused_with_a_message(qtbot, window) -> None:
    page = window.session_page
    for _ in range(4):
        page.phases.list.setCurrentRow(0)
        qtbot.mouseClick(page.phases.btn_remove, Qt.MouseButton.LeftButton)
    assert len(_titles(window)) == 1
    qtbot.mouseClick(page.phases.btn_remove, Qt.MouseButton.LeftButton)
    assert len(_titles(window)) == 1
    assert page.error.isVisible() and "mindestens eine Phase" in page.error.text()
    assert window.ctx.undo_group.activeStack().count() == 4, "the refused step is not on the stack"


def test_run_a_phase_and_undo(qtbot, window) -> None:
    page = window.session_page
    model = window.ctx.workshops
    phases = model.phases(page.session_id)
    page.phases.list.setCurrentRow(2)
    qtbot.mouseClick(page.phases.btn_run, Qt.MouseButton.LeftButton)
    assert model.session_info(page.session_id).current_phase_id == phases[2].id
    assert page.running.text() == f"Laufende Phase: {phases[2].title}"
    assert page.question.text() == "Es wäre schön, wenn …"
    assert page.phases.list.item(2).font().bold() and not page.phases.list.item(0).font().bold()
    assert model.phase_info(phases[2].id).actual_start is not None
    window.act_undo.trigger()
    assert model.session_info(page.session_id).current_phase_id == phases[0].id
    assert page.running.text() == f"Laufende Phase: {phases[0].title}"


def test_typing_a_question_is_stored_within_a_second_and_undone_in_one_step(qtbot, window) -> None:
    view = window.session_page.phase_view
    model = window.ctx.workshops
    phase_id = view.phase_id
    view.question.setFocus()
    view.question.selectAll()
    type_text(view.question, "Was stört Sie an der Straßenbahn? 🚋 ‏שלום‏")
    assert model.phase_info(phase_id).guiding_question != view.question.toPlainText()
    qtbot.waitUntil(
        lambda: model.phase_info(phase_id).guiding_question == view.question.toPlainText(),
        timeout=MAX_WAIT_MS + 600,
    )
    assert model.phase_info(phase_id).guiding_question.endswith("🚋 ‏שלום‏")
    assert window.session_page.question.text().startswith("Was stört Sie an der Straßenbahn?")
    window.act_undo.trigger()
    assert (
        model.phase_info(phase_id).guiding_question
        == "Worum geht es heute, und wie arbeiten wir zusammen?"
    )
    assert view.question.toPlainText() == model.phase_info(phase_id).guiding_question


def test_a_nul_character_is_refused_with_a_message(qtbot, window) -> None:
    view = window.session_page.phase_view
    before = window.ctx.workshops.phase_info(view.phase_id).rules
    view.rules.selectAll()
    view.rules.insertPlainText("kaputt\x00")
    view.rules.commit()
    assert view.error.isVisible() and "NUL" in view.error.text()
    assert window.ctx.workshops.phase_info(view.phase_id).rules == before


def test_closing_the_window_keeps_what_was_just_typed(qtbot, db_path: Path, session: str) -> None:
    win = build_window(qtbot, db_path)
    win.open_session(session)
    view = win.session_page.phase_view
    phase_id = view.phase_id
    view.title.setFocus()
    view.title.selectAll()
    qtbot.keyClicks(view.title, "Ankommen")
    close_window(win)  # at once, without waiting for the pause in typing
    QApplication.processEvents()
    with open_workspace(db_path) as ws:
        assert WorkshopService(ws).get_phase(phase_id).title == "Ankommen"


def test_recent_sessions_reopen_from_the_home_screen(qtbot, window, session: str) -> None:
    window.show_home()
    recent = window.home.recent
    assert recent.isVisible() and recent.count() == 1
    assert recent.item(0).text() == "Zukunftswerkstatt – Zukunftswerkstatt Mobilität"
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_page
    assert window.session_page.session_id == session
