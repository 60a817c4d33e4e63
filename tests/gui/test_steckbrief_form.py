"""A note-taker captures a Steckbrief in the real main window by keyboard: the
fields save themselves, survive closing and reopening the workspace, every
edit is undoable, missing fields are hints that never block; then it is rated
by two raters and found in the Maßnahmenliste."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import build_window, close_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cosmart_desktop.domain.enums import CriterionKind, SessionFormat, SteckbriefStatus
from cosmart_desktop.services.settings import RATER_NAME

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _session(window) -> str:
    model = window.ctx.workshops
    event = model.create_event("Denklabor Oberzwehren", district="Oberzwehren")
    return model.create_session(event, SessionFormat.DENKLABOR, None, "de")


def _open_tab(qtbot, window, session_id: str):
    window.open_session(session_id)
    tab = window.steckbrief_tab
    window.session_page.tabs.setCurrentWidget(tab)
    window.activateWindow()  # shortcuts need the window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(tab.isVisible)
    return tab


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


@pytest.fixture
def window(qtbot, db_path: Path):
    win = build_window(qtbot, db_path)
    yield win
    close_window(win)


def test_capture_by_keyboard_and_reopen(qtbot, db_path: Path) -> None:
    window = build_window(qtbot, db_path)
    session_id = _session(window)
    tab = _open_tab(qtbot, window, session_id)
    form = tab.form
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_B, CTRL_SHIFT)  # new Steckbrief
    assert tab.list.count() == 1
    title = form.editors["title"]
    qtbot.waitUntil(title.hasFocus)
    assert title.selectedText() == "Neuer Steckbrief"  # typing replaces it
    assert "Leitthema" in form.hints.text()  # a hint, not a block
    type_text(title, "Mobilitätsstation am Bahnhof Oberzwehren 🚲")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    summary = form.editors["summary"]
    assert QApplication.focusWidget() is summary  # Tab walks to the next field
    type_text(summary, "Räder, Lastenräder und Bus")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    type_text(summary, "an einem Ort – مرحبا")
    qtbot.keyClick(summary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.leitthema
    qtbot.keyClick(form.leitthema, Qt.Key.Key_Down)  # Mobilität
    qtbot.keyClick(form.leitthema, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.handlungsfeld
    qtbot.keyClick(form.handlungsfeld, Qt.Key.Key_Down)
    _focus(qtbot, form.districts)
    type_text(form.districts, "Oberzwehren, Niederzwehren, Atlantis")
    qtbot.keyClick(form.districts, Qt.Key.Key_Return)
    prompt = form.part_editors[("prompts", "anstossen")]
    _focus(qtbot, prompt)
    type_text(prompt, "Eine Station als Pilot")
    partner = form.part_editors[("partners", "verwaltung")]
    _focus(qtbot, partner)  # leaving the prompt saves it
    type_text(partner, "Amt für Verkehr")
    qtbot.keyClick(partner, Qt.Key.Key_Return)
    _focus(qtbot, form.priority)
    qtbot.keyClick(form.priority, Qt.Key.Key_Down)  # hoch (sofort)

    sid = tab.current_id()
    assert sid is not None
    info = window.ctx.steckbriefe.get(sid)
    assert info.title == "Mobilitätsstation am Bahnhof Oberzwehren 🚲"
    assert info.summary == "Räder, Lastenräder und Bus\nan einem Ort – مرحبا"
    assert info.leitthema_id is not None and info.handlungsfeld_id is not None
    assert window.ctx.steckbriefe.frame()[0].id == info.leitthema_id
    assert info.districts == ("Oberzwehren", "Niederzwehren", "Atlantis")
    assert info.prompts == {"anstossen": "Eine Station als Pilot"}
    assert info.partners == {"verwaltung": "Amt für Verkehr"}
    assert info.priority == "hoch"
    assert info.status is SteckbriefStatus.ENTWURF
    assert "Leitthema" not in form.hints.text()
    assert "Unbekannter Stadtteil: Atlantis" in form.hints.text()

    # typing without leaving the field is saved too (autosave after a pause)
    lead = form.editors["lead"]
    _focus(qtbot, lead)
    type_text(lead, "Straßenverkehrsamt")
    qtbot.waitUntil(
        lambda: window.ctx.steckbriefe.get(sid).lead == "Straßenverkehrsamt", timeout=3000
    )
    type_text(form.editors["lead"], " Kassel")  # still typing when the window closes
    close_window(window)

    again = build_window(qtbot, db_path)
    try:
        tab = _open_tab(qtbot, again, session_id)
        assert tab.current_id() == sid
        form = tab.form
        assert form.editors["title"].text() == "Mobilitätsstation am Bahnhof Oberzwehren 🚲"
        assert form.editors["summary"].toPlainText().endswith("– مرحبا")
        assert form.editors["lead"].text() == "Straßenverkehrsamt Kassel"
        assert form.part_editors[("partners", "verwaltung")].text() == "Amt für Verkehr"
        assert form.districts.text() == "Oberzwehren, Niederzwehren, Atlantis"
        assert form.leitthema.currentText() == "Mobilität"
        assert form.priority.currentData() == "hoch"
    finally:
        close_window(again)


def test_every_edit_is_undoable(qtbot, window) -> None:
    tab = _open_tab(qtbot, window, _session(window))
    qtbot.mouseClick(tab.btn_new, Qt.MouseButton.LeftButton)
    sid = tab.current_id()
    form = tab.form
    title = form.editors["title"]
    qtbot.waitUntil(title.hasFocus)
    type_text(title, "Digitale Stadtteilkarte")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    _focus(qtbot, form.editors["goals"])
    type_text(form.editors["goals"], "Mehr Teilhabe")
    _focus(qtbot, form.editors["risks"])  # leaving "goals" saves it
    model = window.ctx.steckbriefe
    assert model.get(sid).goals == "Mehr Teilhabe"
    stack = window.session_page.undo_stack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Steckbrief „Neuer Steckbrief“ anlegen",
        "„Titel“ ändern",
        "„Ziele und Wirkung“ ändern",
    ]
    window.act_undo.trigger()
    assert model.get(sid).goals == "" and form.editors["goals"].toPlainText() == ""
    window.act_undo.trigger()
    assert model.get(sid).title == "Neuer Steckbrief" and title.text() == "Neuer Steckbrief"
    window.act_undo.trigger()
    assert model.for_session(tab.session_id) == []
    qtbot.waitUntil(lambda: tab.list.count() == 0)
    for _ in range(3):
        window.act_redo.trigger()
    assert model.get(sid).goals == "Mehr Teilhabe"
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    # delete asks nothing and is undoable
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    assert tab.list.count() == 0 and model.for_session(tab.session_id) == []
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    assert model.get(sid).title == "Digitale Stadtteilkarte"


def test_status_choices_follow_the_workflow(qtbot, window) -> None:
    tab = _open_tab(qtbot, window, _session(window))
    qtbot.mouseClick(tab.btn_new, Qt.MouseButton.LeftButton)
    sid = tab.current_id()
    status = tab.form.status
    enabled = {
        status.itemData(i) for i in range(status.count()) if status.model().item(i).isEnabled()
    }
    assert enabled == {"entwurf", "eingereicht", "zurueckgestellt"}
    _focus(qtbot, status)
    qtbot.keyClick(status, Qt.Key.Key_Down)  # the next allowed status
    assert window.ctx.steckbriefe.get(sid).status is SteckbriefStatus.EINGEREICHT
    # "bewertet" needs a rating: refused with a clear line, the combo goes back
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert window.ctx.steckbriefe.get(sid).status is SteckbriefStatus.EINGEREICHT
    assert "Bewertung" in tab.form.error.text() and status.currentData() == "eingereicht"
    window.act_undo.trigger()
    assert window.ctx.steckbriefe.get(sid).status is SteckbriefStatus.ENTWURF


def test_two_raters_score_and_the_list_ranks(qtbot, window) -> None:
    session_id = _session(window)
    model = window.ctx.steckbriefe
    event_id = window.ctx.workshops.session_info(session_id).event_id
    first = model.create(session_id, event_id, title="Sensoren für Stadtbäume")
    second = model.create(session_id, event_id, title="Echtzeitanzeigen")
    tab = _open_tab(qtbot, window, session_id)
    tab.select(first)
    rating = tab.rating
    tab.views.setCurrentWidget(rating)
    assert not rating.scroller.isEnabled()  # no rater name yet
    _focus(qtbot, rating.rater)
    type_text(rating.rater, "Anna Schneider")
    qtbot.keyClick(rating.rater, Qt.Key.Key_Tab)
    assert window.ctx.settings.get(RATER_NAME) == "Anna Schneider"
    assert rating.scroller.isEnabled()
    criteria = model.catalogue().criteria
    scored = [c for c in criteria if c.kind is CriterionKind.SCORED]
    ko = [c for c in criteria if c.kind is CriterionKind.KO]
    for c in scored:
        selector = rating.rows[c.id].selector
        _focus(qtbot, selector)
        qtbot.keyClick(selector, Qt.Key.Key_4)
    for c in ko:
        qtbot.keyClick(rating.rows[c.id].selector, Qt.Key.Key_J)
    qtbot.mouseClick(rating.rows[scored[0].id].selector.buttons[5], Qt.MouseButton.LeftButton)
    result = model.score(first)
    assert result.raters == ("Anna Schneider",) and not result.incomplete
    assert "Gesamt:" in rating.summary.text()
    # a second rater on this laptop fails a K.O. criterion
    _focus(qtbot, rating.rater)
    rating.rater.selectAll()
    type_text(rating.rater, "Ben Yilmaz")
    qtbot.keyClick(rating.rater, Qt.Key.Key_Tab)
    qtbot.keyClick(rating.rows[ko[2].id].selector, Qt.Key.Key_N)
    qtbot.keyClick(rating.rows[scored[1].id].selector, Qt.Key.Key_2)
    result = model.score(first)
    assert result.raters == ("Anna Schneider", "Ben Yilmaz")
    assert result.ko_failed == (ko[2].id,)
    assert "Ben Yilmaz" in result.incomplete
    assert "K.O.:" in rating.summary.text()
    assert "K.O. durch Ben Yilmaz" in rating.rows[ko[2].id].others.text()
    window.act_undo.trigger()  # Ben's 2
    window.act_undo.trigger()  # Ben's K.O.
    assert not model.score(first).is_ko
    qtbot.keyClick(rating.rows[ko[2].id].selector, Qt.Key.Key_N)

    tab.views.setCurrentWidget(tab.measures)
    table = tab.measures.table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    titles = [table.item(r, 1).text() for r in range(2)]
    assert titles == ["Echtzeitanzeigen", "Sensoren für Stadtbäume"]  # K.O. goes last
    assert table.item(1, 5).text() == "K.O."
    assert not tab.left.isVisible()  # the lists bring their own filters
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # open it in the form
    assert tab.views.currentWidget() is tab.form and tab.current_id() == second


def test_ideenpool_card_becomes_a_steckbrief(qtbot, window) -> None:
    from cosmart_desktop.storage.models import Card

    session_id = _session(window)
    phase = window.ctx.workshops.phases(session_id)[0].id
    with window.ctx.workspace.transaction() as s:
        s.add(Card(phase_id=phase, text="Mehr Bänke am Weserufer"))
        s.add(Card(phase_id=phase, text="WLAN im Bürgerhaus"))
    tab = _open_tab(qtbot, window, session_id)
    tab.views.setCurrentWidget(tab.ideas)
    table = tab.ideas.table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    row = next(r for r in range(2) if table.item(r, 0).text() == "WLAN im Bürgerhaus")
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(tab.ideas.btn_create, Qt.MouseButton.LeftButton)
    assert tab.views.currentWidget() is tab.form
    sid = tab.current_id()
    assert window.ctx.steckbriefe.get(sid).title == "WLAN im Bürgerhaus"
    assert "WLAN im Bürgerhaus" in tab.form.origin.text()
    tab.views.setCurrentWidget(tab.ideas)
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert tab.list.count() == 0


def test_workspace_measures_window_filters_and_exports(qtbot, window, tmp_path) -> None:
    from cosmart_desktop.services.demo import build_demo

    build_demo(window.ctx.workspace)
    window.home.reload()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    measures_window = window.measures_window
    assert measures_window is not None and measures_window.isVisible()
    view = measures_window.measures
    table = view.table
    qtbot.waitUntil(lambda: table.rowCount() >= 7)
    total = table.rowCount()
    _focus(qtbot, view.theme)
    type_text(view.theme, "Energie")  # keyboard search in the filter
    shown = [table.item(r, 8).text() for r in range(table.rowCount())]
    assert shown and set(shown) == {"Energie & Umwelt"} and len(shown) < total
    _focus(qtbot, view.status)
    type_text(view.status, "in")
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Sensoren für Stadtbäume"]
    out = tmp_path / "gefiltert.csv"
    done: list[object] = []
    view.export_to(out, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    text = out.read_bytes().decode("utf-8-sig")
    assert "Sensoren für Stadtbäume" in text and "Energiemonitoring" not in text
    # status change from the list's menu action is undoable in the window's own history
    sid = view.rows[0].id
    view.set_status(sid, SteckbriefStatus.PRIORISIERT)
    assert window.ctx.steckbriefe.get(sid).status is SteckbriefStatus.PRIORISIERT
    measures_window.stack.undo()
    assert window.ctx.steckbriefe.get(sid).status is SteckbriefStatus.IN_UMSETZUNG
    measures_window.close()
