"""The phase timer (set, start, pause, +1 min, the end signal, running state
across reopening), the home screen (rename, archive, delete, each undoable) and
switching the interface language, all in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import FakeClock, build_window, close_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.settings import LANGUAGE
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.timer_widget import (
    ENDED_BLINK_STYLE,
    ENDED_STYLE,
    LOW_STYLE,
    NORMAL_STYLE,
)


@pytest.fixture
def session(db_path: Path) -> str:
    with open_workspace(db_path) as ws:
        svc = WorkshopService(ws)
        event_id = svc.create_event("Denklabor Oberzwehren", district="Oberzwehren")
        return svc.create_session(event_id, SessionFormat.DENKLABOR)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_800_000_000.0)


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_timer_set_start_pause_plus_one_and_the_end_signal(
    qtbot, db_path: Path, session: str, clock: FakeClock
) -> None:
    win = build_window(qtbot, db_path, now=clock)
    try:
        win.open_session(session)
        timer = win.session_page.phase_view.timer
        display = timer.display
        timer.minutes.selectAll()
        qtbot.keyClicks(timer.minutes, "2")
        _click(qtbot, timer.btn_set)
        assert display.text() == "02:00"
        assert timer.btn_start.isEnabled() and not timer.btn_pause.isEnabled()

        _click(qtbot, timer.btn_start)
        assert not timer.btn_start.isEnabled() and timer.btn_pause.isEnabled()
        clock.t += 30
        display.refresh()
        assert display.text() == "01:30" and display.styleSheet() == NORMAL_STYLE
        _click(qtbot, timer.btn_pause)
        clock.t += 600  # paused: no time passes
        display.refresh()
        assert display.text() == "01:30"
        _click(qtbot, timer.btn_plus)
        assert display.text() == "02:30"
        _click(qtbot, timer.btn_start)
        clock.t += 100
        display.refresh()
        assert display.text() == "00:50" and display.styleSheet() == LOW_STYLE

        clock.t += 55  # past the end: the display signals it on its own tick
        with qtbot.waitSignal(display.ended, timeout=2000):
            pass
        assert timer.end_label.isVisible() and timer.end_label.text() == "Zeit ist um!"
        assert display.text() == "-00:05"
        assert display.styleSheet() in (ENDED_STYLE, ENDED_BLINK_STYLE)
        header = win.session_page.running_timer
        qtbot.waitUntil(lambda: header.is_over, timeout=2000)  # the header shows it too
        assert "Zeit ist um" in display.accessibleName()

        _click(qtbot, timer.btn_plus)  # one more minute: the signal goes away
        assert not timer.end_label.isVisible() and display.text() == "00:55"

        stack = win.ctx.undo_group.activeStack()
        assert stack.undoText() == "Timer +1 Minute"
        win.act_undo.trigger()
        assert display.is_over and timer.end_label.isVisible()
        for _ in range(4):  # start, +1, pause, start
            win.act_undo.trigger()
        assert display.text() == "02:00" and not timer.btn_pause.isEnabled()
        win.act_undo.trigger()  # and the setting itself
        assert display.text() == "45:00"
    finally:
        close_window(win)


def test_a_running_timer_keeps_running_across_closing_and_reopening(
    qtbot, db_path: Path, session: str, clock: FakeClock
) -> None:
    win = build_window(qtbot, db_path, now=clock)
    win.open_session(session)
    phase_id = win.session_page.phase_view.phase_id
    timer = win.session_page.phase_view.timer
    duration = win.ctx.workshops.phase_info(phase_id).timer.duration_s
    win.session_menu.actions()[0].trigger()  # Sitzung → Timer starten (F5)
    assert timer.btn_pause.isEnabled()
    close_window(win)
    QApplication.processEvents()

    clock.t += 125  # the laptop was shut for two minutes
    again = build_window(qtbot, db_path, now=clock)
    try:
        again.home.recent.setCurrentRow(0)
        qtbot.keyClick(again.home.recent, Qt.Key.Key_Return)
        view = again.session_page.phase_view
        assert view.phase_id == phase_id
        left = duration - 125
        assert view.timer.display.text() == f"{left // 60:02d}:{left % 60:02d}"
        assert view.timer.btn_pause.isEnabled() and not view.timer.btn_start.isEnabled()
        assert again.session_page.running_timer.text() == view.timer.display.text()
    finally:
        close_window(again)


@pytest.fixture
def home(qtbot, db_path: Path, session: str):
    win = build_window(qtbot, db_path)
    yield win
    close_window(win)


def _texts(tree) -> list[str]:
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(0))
        out.extend("  " + top.child(j).text(0) for j in range(top.childCount()))
    return out


def test_home_lists_events_with_sessions_and_the_running_phase(home) -> None:
    tree = home.home.tree
    assert _texts(tree) == ["Denklabor Oberzwehren", "  Denklabor"]
    event_item = tree.topLevelItem(0)
    assert event_item.text(2) == "Oberzwehren" and event_item.font(0).bold()
    assert event_item.child(0).text(3) == "Denklabor"
    assert event_item.child(0).text(4) == "Situationsanalyse des Quartiers"
    assert not home.home.hint.isVisible()


def test_home_rename_archive_delete_and_undo(qtbot, home) -> None:
    page = home.home
    tree = page.tree
    model = home.ctx.workshops
    event_id = model.events()[0].id
    page.select("event", event_id)

    qtbot.keyClick(tree, Qt.Key.Key_F2)  # rename in place
    editor = tree.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, "Denklabor Oberzwehren – Tag 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(3):
        QApplication.processEvents()
    assert model.event_info(event_id).title == "Denklabor Oberzwehren – Tag 1"
    assert tree.topLevelItem(0).text(0) == "Denklabor Oberzwehren – Tag 1"

    _click(qtbot, page.btn_archive)
    assert model.event_info(event_id).archived and tree.topLevelItemCount() == 0
    page.show_archived.setChecked(True)
    assert tree.topLevelItem(0).text(0) == "Denklabor Oberzwehren – Tag 1  (archiviert)"
    page.select("event", event_id)
    assert page.btn_archive.text() == "Aus dem &Archiv holen"
    home.act_undo.trigger()
    assert not model.event_info(event_id).archived
    page.show_archived.setChecked(False)

    page.select("event", event_id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)  # delete asks nothing
    assert model.events() == [] and tree.topLevelItemCount() == 0
    assert page.hint.isVisible()
    assert home.ctx.undo_group.activeStack().undoText() == "„Denklabor Oberzwehren – Tag 1“ löschen"
    home.act_undo.trigger()
    assert [e.id for e in model.events()] == [event_id]
    home.act_undo.trigger()
    assert model.event_info(event_id).title == "Denklabor Oberzwehren"
    home.act_redo.trigger()
    home.act_redo.trigger()
    assert model.events() == []


def test_deleting_a_session_on_home_and_undo(qtbot, home, session: str) -> None:
    page = home.home
    page.select("session", session)
    _click(qtbot, page.btn_delete)
    assert home.ctx.workshops.events()[0].sessions == ()
    home.act_undo.trigger()
    assert [s.id for s in home.ctx.workshops.events()[0].sessions] == [session]
    page.select("session", session)
    _click(qtbot, page.btn_open)
    assert home.session_page.session_id == session


def test_switch_to_english_and_back(qtbot, home, session: str) -> None:
    home.open_session(session)
    english = next(a for a in home.view_menu.actions()[0].menu().actions() if a.text() == "English")
    english.trigger()
    titles = [a.text() for a in home.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    page = home.session_page
    assert page.session_id == session, "the open session stays open"
    assert page.running.text().startswith("Current phase: ")
    assert page.phases.btn_run.text() == "&Run this phase"
    assert page.phase_view.timer.btn_plus.text() == "+1 min"
    home.show_home()
    assert home.home.btn_new_event.text() == "New &event …"
    assert home.home.tree.headerItem().text(0) == "Event / session"
    assert home.home.tree.topLevelItem(0).child(0).text(3) == "Think lab"
    assert home.ctx.settings.get(LANGUAGE) == "en", "the choice is remembered"

    deutsch = next(a for a in home.view_menu.actions()[0].menu().actions() if a.text() == "Deutsch")
    deutsch.trigger()
    assert [a.text() for a in home.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    assert home.home.btn_new_event.text() == "Neue &Veranstaltung …"


def test_ctrl_q_quits_on_every_platform(qtbot, home) -> None:
    """Strg+Q is set explicitly: Qt's standard Quit key is empty on Windows."""
    quit_action = next(
        a for a in home.menuBar().actions()[0].menu().actions() if a.text() == "&Beenden"
    )
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    home.show()
    home.activateWindow()
    qtbot.waitExposed(home)
    assert home.isVisible()
    qtbot.keyClick(home, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not home.isVisible())
