"""Refusals reach people in the interface language: the services raise English
templates (the command line's language) and the window shows them in German,
or in English after switching — here a card file with a bad line, imported on
the board in the foreground and in the background worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import build_window, close_window
from helpers.board import make_session

from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_import import import_cards
from cosmart_desktop.storage.workspace import open_workspace

BAD = "Text;Cluster\r\nMehr Bänke am Königsplatz;Aufenthalt\r\n;Aufenthalt\r\n"
GERMAN = "1 fehlerhafte Zeile(n), nichts wurde importiert: Zeile 3: Der Text ist leer"
ENGLISH = "1 bad line(s), nothing was imported: line 3: the text is empty"


@pytest.fixture
def window(qtbot, db_path: Path):
    with open_workspace(db_path) as ws:
        session_id, phases = make_session(ws)
    win = build_window(qtbot, db_path)
    win.open_session(session_id)
    win.session_page.phases.select(phases[1])
    win.session_page.tabs.setCurrentWidget(win.board_tab)
    yield win, phases[1]
    close_window(win)


def _cards(win, phase_id: str) -> int:
    return len(BoardService(win.ctx.workspace).board(phase_id).cards)


def test_a_refused_import_is_shown_in_german_then_in_english(qtbot, window, tmp_path: Path):
    win, phase_id = window
    bad = tmp_path / "karten.csv"
    bad.write_bytes(b"\xef\xbb\xbf" + BAD.encode("utf-8"))
    # the command line's text is English: the template itself
    with pytest.raises(Refused) as refused:
        import_cards(win.ctx.workspace, win.session_page.session_id, bad, phase=phase_id)
    assert str(refused.value) == ENGLISH

    win.board_tab.import_path(bad, background=False)
    assert win.board_tab.error.text() == GERMAN
    win.board_tab.show_error("")
    win.board_tab.import_path(bad)  # the worker thread's refusal, also German
    qtbot.waitUntil(lambda: win.board_tab.error.text() == GERMAN, timeout=10_000)
    assert _cards(win, phase_id) == 0, "nothing was imported"

    english = next(a for a in win.view_menu.actions()[0].menu().actions() if a.text() == "English")
    english.trigger()
    win.board_tab.import_path(bad, background=False)
    assert win.board_tab.error.text() == ENGLISH
    assert _cards(win, phase_id) == 0
