"""The "Abstimmung" tab in the real window: tally entry by keyboard (a number,
Enter, the next item) stored as one vote row per dot and undoable; results
hidden until revealed; top items carried into the next phase or turned into
Steckbriefe; the projector as an ordinary window on one screen, showing how
many have voted but never what."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import build_window, close_window, drive_modal, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
)
from sqlalchemy import text

from cosmart_desktop.domain.enums import SessionFormat, VoteEntry, VoteMethod
from cosmart_desktop.services.voting import VotingService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Card, Cluster
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.presenter.state import Mode


@pytest.fixture
def ids(db_path: Path) -> dict[str, str]:
    with open_workspace(db_path) as ws:
        workshops = WorkshopService(ws)
        event = workshops.create_event("Zukunftswerkstatt Mobilität", district="Mitte")
        session = workshops.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
        phases = workshops.list_phases(session)
        kritik, utopie = phases[1].id, phases[2].id
        workshops.set_current_phase(session, kritik)
        with ws.transaction() as s:
            for i, label in enumerate(["Autoverkehr", "Busse", "Radwege", "Lärm"]):
                cluster = Cluster(phase_id=kritik, label=label, x=300.0 * i, y=0.0)
                s.add(cluster)
                s.flush()
                s.add(Card(phase_id=kritik, cluster_id=cluster.id, text=f"Karte: {label}"))
        round_id = VotingService(ws).create_round(
            session,
            VoteMethod.DOTS,
            title="Kritik: Punkten",
            phase_id=kritik,
            target_kind="clusters",
            budget=3,
        )
    return {"session": session, "kritik": kritik, "utopie": utopie, "round": round_id}


@pytest.fixture
def window(qtbot, db_path: Path, ids: dict[str, str]):
    win = build_window(qtbot, db_path)
    win.open_session(ids["session"])
    win.session_page.tabs.setCurrentWidget(win.voting_tab)
    yield win
    win.presenter.close_window()
    close_window(win)


def _dots(window, round_id: str) -> dict[str, int]:
    with window.ctx.workspace.session() as s:
        rows = s.execute(
            text(
                "SELECT o.label, count(v.id) FROM vote_option o LEFT JOIN vote v "
                "ON v.option_id = o.id AND v.deleted = 0 WHERE o.round_id = :r GROUP BY o.id"
            ),
            {"r": round_id},
        ).all()
    return dict(rows)


def test_tally_entry_number_enter_next_item(qtbot, window, ids):
    tab = window.voting_tab
    assert tab.current_round() == ids["round"]
    table = tab.tally.table
    labels = [tab.tally.options[i][1] for i in range(table.rowCount())]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.tally.focus_first()
    editing = QAbstractItemView.State.EditingState
    for row, digits in enumerate(("7", "3", "12")):
        target = table if row == 0 else QApplication.focusWidget()  # typing opens the editor
        QTest.keyClicks(target, digits)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == digits
        QTest.keyClick(editor, Qt.Key.Key_Return)
        # the next item is ready for the next number
        qtbot.waitUntil(lambda r=row: table.state() == editing and table.currentRow() == r + 1)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    expected = {labels[0]: 7, labels[1]: 3, labels[2]: 12, labels[3]: 0}
    assert _dots(window, ids["round"]) == expected
    with window.ctx.workspace.session() as s:  # one vote row per dot
        assert s.scalar(text("SELECT count(*) FROM vote WHERE deleted = 0")) == 22
    assert table.item(2, 1).text() == "12"  # the sum column
    assert window.ctx.undo_group.undoText() == f"Auszählung „{labels[2]}“: 0 → 12"
    window.ctx.undo_group.undo()
    assert _dots(window, ids["round"])[labels[2]] == 0
    assert table.item(2, 0).text() == ""
    window.ctx.undo_group.redo()
    assert _dots(window, ids["round"])[labels[2]] == 12
    # a refused number changes nothing and leaves no undo step
    steps = window.ctx.undo_group.activeStack().count()
    window.ctx.voting.update_round(ids["round"], closed=True)
    tab.tally._commit(0, 0, 99)
    assert _dots(window, ids["round"])[labels[0]] == 7
    assert window.ctx.undo_group.activeStack().count() == steps
    assert "abgeschlossen" in tab.message.text()  # the German refusal


def test_results_hidden_until_revealed_then_carried_and_made_steckbriefe(qtbot, window, ids):
    model = window.ctx.voting
    options = model.options(ids["round"])
    for option, count in zip(options, (9, 9, 4, 1), strict=True):
        model.set_tally(ids["round"], option.id, "", 1, count)
    tab = window.voting_tab
    results = tab.results
    tab.inner.setCurrentWidget(results)
    assert results.stack.currentIndex() == 0  # hidden
    assert "verborgen" in results.hidden_label.text()
    assert results.chart.results is None  # nothing to paint from
    qtbot.mouseClick(results.btn_reveal, Qt.MouseButton.LeftButton)
    assert model.round_info(ids["round"]).revealed
    assert results.stack.currentIndex() == 1
    window.ctx.undo_group.undo()
    assert not model.round_info(ids["round"]).revealed and results.stack.currentIndex() == 0
    window.ctx.undo_group.redo()
    assert results.stack.currentIndex() == 1
    ranking = results.results.result.ranking
    assert [r.score for r in ranking] == [9, 9, 4, 1] and ranking[0].tie and ranking[1].tie
    # top 1 is extended by the tie; marking by clicking a bar row toggles it
    results.top_n.setValue(1)
    qtbot.mouseClick(results.btn_mark_top, Qt.MouseButton.LeftButton)
    assert results.marked_options() == [ranking[0].option.id, ranking[1].option.id]
    results.chart.grab()
    third_row = results.chart.painted.rows[2][0]
    qtbot.mouseClick(results.chart, Qt.MouseButton.LeftButton, pos=third_row.center().toPoint())
    assert len(results.marked_options()) == 3
    results.target_phase.setCurrentIndex(results.target_phase.findData(ids["utopie"]))
    qtbot.mouseClick(results.btn_carry, Qt.MouseButton.LeftButton)
    utopia = window.ctx.board.board(ids["utopie"])
    assert sorted(c.label for c in utopia.clusters.values()) == sorted(
        r.option.label for r in ranking[:3]
    )
    window.ctx.undo_group.undo()
    assert window.ctx.board.board(ids["utopie"]).clusters == {}
    qtbot.mouseClick(results.btn_steckbrief, Qt.MouseButton.LeftButton)
    with window.ctx.workspace.session() as s:
        made = s.execute(
            text("SELECT title, origin_option_id FROM steckbrief WHERE deleted = 0")
        ).all()
    assert sorted(t for t, _o in made) == sorted(r.option.label for r in ranking[:3])
    assert {o for _t, o in made} == {r.option.id for r in ranking[:3]}
    window.ctx.undo_group.undo()
    with window.ctx.workspace.session() as s:
        assert not s.scalar(text("SELECT count(*) FROM steckbrief WHERE deleted = 0"))


def test_new_round_dialog_offers_options_divided_by_three(qtbot, window, ids):
    tab = window.voting_tab

    def fill(dialog):
        assert dialog.selected_method() is VoteMethod.DOTS  # Kritikphase template: Punkten
        assert dialog.budget.value() == 3  # the template's 3 dots
        dialog.target.setCurrentIndex(dialog.target.findData("custom"))
        editor = dialog.findChild(QPlainTextEdit)
        editor.setPlainText("\n".join(f"Idee {i}" for i in range(12)))
        assert "12 Optionen ÷ 3 = 4" in dialog.budget_hint.text()
        dialog.method.setCurrentIndex(dialog.method.findData("resistance"))
        dialog.findChildren(QComboBox)[-1].setCurrentIndex(1)  # scale 0 to 5
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    drive_modal(tab.new_round, fill)
    info = window.ctx.voting.round_info(tab.current_round())
    assert info.method is VoteMethod.RESISTANCE and info.scale_max == 5
    kinds = [o.kind for o in window.ctx.voting.options(info.id)]
    assert kinds.count("custom") == 12 and kinds.count("passive") == 1
    window.ctx.undo_group.undo()
    assert [r.id for r in window.ctx.voting.rounds(ids["session"])] == [ids["round"]]


def test_presenter_on_one_screen_opens_as_a_window(qtbot, window, ids):
    presenter = window.presenter
    window.voting_tab._present("status")  # "Stand auf Beamer"
    assert presenter.state.mode is Mode.STATUS and presenter.state.round_id == ids["round"]
    qtbot.waitUntil(lambda: presenter.window is not None and presenter.window.isVisible())
    assert not presenter.window.isFullScreen()
    assert not presenter.window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert presenter.dock.isVisible()


def test_status_shows_how_many_never_what(qtbot, window, ids):
    """Two different ballots give the same status picture."""
    model = window.ctx.voting
    round_id = model.create_round(
        ids["session"],
        VoteMethod.DOTS,
        target_kind="custom",
        labels=["A", "B", "C"],
        budget=1,
        entry_mode=VoteEntry.KIOSK,
    )
    presenter = window.presenter
    presenter.present_round(round_id, "status")
    view = presenter.window.view  # the projector's own picture
    a, b, _c = (o.id for o in model.options(round_id))
    first = model.cast_ballot(round_id, {(a, ""): 1})
    shot_a = view.grab().toImage()
    model.set_ballot_deleted(round_id, first, True)
    assert view.results.status.ballots == 0  # it did follow the change
    model.cast_ballot(round_id, {(b, ""): 1})
    shot_b = view.grab().toImage()
    assert shot_a == shot_b
    model.cast_ballot(round_id, {(b, ""): 1})
    assert view.grab().toImage() != shot_b  # the count did change the picture
    # the preview in the main window follows a moment later
    qtbot.waitUntil(lambda: presenter.preview.results.status.ballots == 2)


def test_kiosk_voter_code_stops_a_second_ballot_and_undo_voids(qtbot, window, ids):
    model = window.ctx.voting
    for title in ("Offenes WLAN", "Offene Daten"):
        model.create_recommendation(ids["session"], title)
    round_id = model.create_round(
        ids["session"],
        VoteMethod.APPROVAL,
        target_kind="recommendations",
        entry_mode=VoteEntry.KIOSK,
        voter_codes=True,
    )
    tab = window.voting_tab
    tab.select_round(round_id)
    kiosk = tab.start_kiosk(pin="")
    qtbot.waitUntil(lambda: kiosk.isVisible())
    QTest.keyClicks(kiosk.code_edit, "A-17")
    QTest.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    ballot = kiosk.ballot
    assert not kiosk.btn_review.isEnabled()  # every recommendation needs an answer
    for group, answer in zip(ballot.groups.values(), ("Ja", "Enthaltung"), strict=True):
        button = next(b for b in group.buttons() if b.text() == answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.btn_review, Qt.MouseButton.LeftButton)
    assert "Offenes WLAN: Ja" in kiosk.review_list.text()
    qtbot.mouseClick(kiosk.btn_confirm, Qt.MouseButton.LeftButton)
    assert model.status(round_id).ballots == 1
    qtbot.mouseClick(kiosk.btn_next, Qt.MouseButton.LeftButton)
    QTest.keyClicks(kiosk.code_edit, "a17")  # the same code, typed differently
    QTest.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.ballot is None and "schon abgestimmt" in kiosk.welcome_error.text()
    with window.ctx.workspace.session() as s:
        hashes = s.execute(text("SELECT voter_code_hash FROM ballot")).scalars().all()
    assert len(hashes) == 1 and "a17" not in hashes[0].lower()
    # a voter who pressed the wrong button: the facilitator undoes the ballot
    assert window.ctx.undo_group.undoText() == "Stimmzettel abgeben"
    window.ctx.undo_group.undo()
    assert model.status(round_id).ballots == 0
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.mouseClick(kiosk.btn_exit, Qt.MouseButton.LeftButton)  # no PIN was set
    qtbot.waitUntil(lambda: tab.kiosk is None)


def test_recommendations_are_typed_renamed_and_deleted_undoably(qtbot, window, ids):
    from cosmart_desktop.ui.voting.recommendations import RecommendationsDialog

    tab = window.voting_tab
    dialog = RecommendationsDialog(window.ctx.voting, ids["session"], tab._stack, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    for title in ("Sensordaten anonymisieren", "Glasfaser für Schulen"):
        type_text(dialog.edit, title)
        QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    titles = [r.title for r in window.ctx.voting.recommendations(ids["session"])]
    assert titles == ["Sensordaten anonymisieren", "Glasfaser für Schulen"]
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.btn_delete, Qt.MouseButton.LeftButton)
    assert [r.title for r in window.ctx.voting.recommendations(ids["session"])] == [
        "Glasfaser für Schulen"
    ]
    assert dialog.list.count() == 1
    window.ctx.undo_group.undo()
    assert dialog.list.count() == 2
    dialog.edit.setText("Kontrolle\x00zeichen")  # pasted: refused, nothing stored
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.list.count() == 2
    assert "NUL" in dialog.error.text()
    assert dialog.edit.text()  # kept for correcting


def test_delete_key_removes_a_round_and_undo_brings_it_back(qtbot, window, ids):
    tab = window.voting_tab
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.rounds.setFocus()
    tab.rounds.setCurrentRow(0)
    QTest.keyClick(tab.rounds, Qt.Key.Key_Delete)
    assert window.ctx.voting.rounds(ids["session"]) == []
    assert tab.rounds.count() == 0 and not tab.right.isEnabled()
    assert window.ctx.undo_group.undoText() == "Abstimmung „Kritik: Punkten“ löschen"
    window.ctx.undo_group.undo()
    assert [r.id for r in window.ctx.voting.rounds(ids["session"])] == [ids["round"]]
    assert tab.current_round() == ids["round"]
