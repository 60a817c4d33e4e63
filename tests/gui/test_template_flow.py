"""The facilitator's first steps in the real main window: create an event in the
event dialog by typing, start a session from each method template, and find the
template's phases and guiding questions in the session page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.app import build_window, close_window, drive_modal, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QWidget

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.domain.templates import load_templates
from cosmart_desktop.ui.dialogs import EventDialog, NewSessionDialog


@pytest.fixture
def window(qtbot, db_path: Path):
    win = build_window(qtbot, db_path)
    yield win
    close_window(win)


def _ok(qtbot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_event(qtbot, dialog: QWidget) -> None:
    assert isinstance(dialog, EventDialog)
    type_text(dialog.title, "Denklabor Wesertor 🚲")
    dialog.date.setSelectedSection(QDateEdit.Section.DaySection)  # as Tab into it does
    qtbot.keyClicks(dialog.date, "05092026")
    qtbot.keyClicks(dialog.place, "Kulturzentrum Schlachthof")
    dialog.district.lineEdit().clear()
    qtbot.keyClicks(dialog.district, "Wesertor")
    dialog.step.setFocus()
    for _ in range(3):  # 1 → 4: Wege zur Umsetzung
        qtbot.keyClick(dialog.step, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.facilitators, "Team Smart City")
    for theme_id, box in dialog.theme_boxes[:2]:
        assert theme_id
        qtbot.keyClick(box, Qt.Key.Key_Space)
    _ok(qtbot, dialog)


def test_create_an_event_by_typing_in_the_dialog(qtbot, window) -> None:
    drive_modal(window.act_new_event.trigger, lambda d: _type_event(qtbot, d))
    events = window.ctx.workshops.events()
    assert len(events) == 1
    event = events[0]
    assert event.title == "Denklabor Wesertor 🚲"
    assert event.date == date(2026, 9, 5)
    assert (event.place, event.district) == ("Kulturzentrum Schlachthof", "Wesertor")
    assert event.process_step == 4 and event.facilitators == "Team Smart City"
    assert len(event.leitthemen) == 2
    tree = window.home.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(0) == "Denklabor Wesertor 🚲"
    assert window.home.current() == ("event", event.id)

    window.act_undo.trigger()
    assert window.ctx.workshops.events() == [] and tree.topLevelItemCount() == 0
    window.act_redo.trigger()
    assert [e.id for e in window.ctx.workshops.events()] == [event.id]


def test_an_event_needs_a_title(qtbot, window) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        _ok(qtbot, dialog)  # empty title: the dialog stays and says why
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.error.text() == "Bitte einen Titel eingeben."
        dialog.reject()

    drive_modal(window.act_new_event.trigger, fill)
    assert window.ctx.workshops.events() == []


def test_editing_an_event_is_undoable(qtbot, window) -> None:
    model = window.ctx.workshops
    event_id = model.create_event("Stadtlabor", district="Mitte")
    window.home.select("event", event_id)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.title.text() == "Stadtlabor"
        assert dialog.district.currentText() == "Mitte"
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Stadtlabor Kirchditmold")
        _ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(window.home.btn_edit, Qt.MouseButton.LeftButton), fill)
    assert model.event_info(event_id).title == "Stadtlabor Kirchditmold"
    window.act_undo.trigger()
    assert model.event_info(event_id).title == "Stadtlabor"


@pytest.mark.parametrize(
    ("fmt", "search"),
    [
        (SessionFormat.ZUKUNFTSWERKSTATT, "Z"),
        (SessionFormat.DENKLABOR, "D"),
        (SessionFormat.BUERGERRAT, "B"),
        (SessionFormat.FREE, "F"),
    ],
)
def test_a_session_from_each_template(qtbot, window, fmt: SessionFormat, search: str) -> None:
    model = window.ctx.workshops
    event_id = model.create_event("Veranstaltung im Stadtteil", district="Wesertor")
    window.home.select("event", event_id)
    template = load_templates("de")[fmt]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewSessionDialog)
        dialog.format.setFocus()
        qtbot.keyClicks(dialog.format, search)
        assert dialog.selected_format() is fmt
        shown = [dialog.phases.item(i).text() for i in range(dialog.phases.count())]
        assert len(shown) == len(template.phases)
        for line, phase in zip(shown, template.phases, strict=True):
            assert phase.title in line and phase.guiding_question in line
        assert dialog.title.placeholderText() == template.title
        type_text(dialog.title, f"{template.title} am Samstag")
        _ok(qtbot, dialog)

    drive_modal(
        lambda: qtbot.mouseClick(window.home.btn_new_session, Qt.MouseButton.LeftButton), fill
    )
    page = window.session_page
    assert window.pages.currentWidget() is page
    session = model.session_info(page.session_id)
    assert session.format is fmt and session.title == f"{template.title} am Samstag"
    items = [page.phases.list.item(i) for i in range(page.phases.list.count())]
    assert [i.text() for i in items] == [p.title for p in template.phases]
    first = template.phases[0]
    assert page.heading.text() == session.title
    assert page.running.text() == f"Laufende Phase: {first.title}"
    assert page.question.text() == first.guiding_question
    assert page.rules.text() == first.rules
    view = page.phase_view
    assert view.title.text() == first.title
    assert view.question.toPlainText() == first.guiding_question
    assert view.rules.toPlainText() == first.rules
    assert view.timer.display.text() == f"{first.duration_min:02d}:00"

    for index, phase in enumerate(template.phases):  # every phase shows its question
        page.phases.list.setCurrentRow(index)
        assert view.question.toPlainText() == phase.guiding_question

    window.show_home()
    window.act_undo.trigger()  # the creation is undoable on the home screen
    assert model.event_info(event_id).sessions == ()
