"""Sync through both kinds of store: laptops' events arrive readable and
editable, concurrent edits land in the conflict log and restore as ordinary
edits, blobs travel, copies of a workspace and clocks far ahead are refused,
erasure wins, votes are a grow-only set, and applying twice changes nothing."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import UTC, datetime

import psycopg
import pytest
from helpers.sync import assert_healthy, copy_replica, dump_of, open_conflicts, store_dump
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from cosmart_desktop import app
from cosmart_desktop.domain.consent import consent_text
from cosmart_desktop.domain.enums import ConsentMethod, SessionFormat
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_state import NewCard
from cosmart_desktop.services.erasure import ErasureService
from cosmart_desktop.services.participants import ParticipantService
from cosmart_desktop.services.sync import ConflictService, parse_address, sync_workspace
from cosmart_desktop.services.sync import run as sync_run
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import (
    Attachment,
    ChangeRecord,
    ContactConsent,
    Vote,
    VoteOption,
    VoteRound,
)
from cosmart_desktop.storage.workspace import open_workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub' / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def laptops(tmp_path):
    opened = [open_workspace(tmp_path / f"laptop{i}.sqlite") for i in range(3)]
    yield opened
    for ws in opened:
        ws.close()


def sync(ws, store, **kw):
    return sync_workspace(ws, parse_address(store), **kw)


def _event_with_board(ws):
    svc = WorkshopService(ws)
    event = svc.create_event("Denklabor Wesertor", district="Wesertor")
    session = svc.create_session(event, SessionFormat.DENKLABOR)
    phase = svc.list_phases(session)[1].id
    cards = BoardService(ws).add_cards(phase, [NewCard("Mehr Bänke"), NewCard("Radweg")]).created
    return event, session, phase, cards


def test_pull_brings_other_laptops_events_readable_and_editable(laptops, store, capsys):
    a, b, _c = laptops
    event, session, phase, cards = _event_with_board(a)
    assert sync(a, store).pushed > 20
    summary = sync(b, store)
    assert summary.pulled > 20 and summary.conflicts == 0

    assert app.main(["list", "--db", str(b.path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["events"]
    assert [(e["id"], e["title"]) for e in listed] == [(event, "Denklabor Wesertor")]
    assert [s["id"] for s in listed[0]["sessions"]] == [session]
    board = BoardService(b).board(phase)
    assert sorted(c.text for c in board.cards.values()) == ["Mehr Bänke", "Radweg"]

    WorkshopService(b).update_event(event, title="Denklabor Wesertor (Protokoll)")
    BoardService(b).edit_card(cards[0], "Mehr Sitzbänke am Ufer")
    sync(b, store)
    assert sync(a, store).pulled == 2
    assert WorkshopService(a).get_event(event).title == "Denklabor Wesertor (Protokoll)"
    assert BoardService(a).board(phase).cards[cards[0]].text == "Mehr Sitzbänke am Ufer"
    for ws in (a, b):
        assert dump_of(ws) == store_dump(store)
        assert_healthy(ws)


def test_concurrent_edit_goes_to_conflict_log_and_restores_as_an_edit(laptops, store):
    a, b, c = laptops
    event = WorkshopService(a).create_event("Zukunftswerkstatt Nord")
    sync(a, store), sync(b, store)
    WorkshopService(a).update_event(event, title="Nord (A)")
    time.sleep(0.005)
    WorkshopService(b).update_event(event, title="Nord (B)")
    sync(a, store)
    assert sync(b, store).conflicts == 1
    sync(a, store), sync(c, store)
    for ws in (a, b, c):
        assert WorkshopService(ws).get_event(event).title == "Nord (B)"
        [conflict] = ConflictService(ws).list_conflicts()
        assert (conflict.loser.value, conflict.winner.value) == ("Nord (A)", "Nord (B)")
        assert conflict.loser.site_id == a.site_id and conflict.winner.site_id == b.site_id
        assert "laptop0.sqlite" in conflict.loser.site_label
        assert conflict.loser.stamp <= conflict.winner.stamp <= datetime.now(UTC)

    service = ConflictService(c)
    restored = service.restore(service.list_conflicts()[0].id)
    assert WorkshopService(c).get_event(event).title == "Nord (A)"
    assert service.list_conflicts() == []  # the loser is the value again
    sync(c, store), sync(a, store), sync(b, store)
    for ws in (a, b):
        assert WorkshopService(ws).get_event(event).title == "Nord (A)"
        assert ConflictService(ws).list_conflicts() == []
    # undo of the restore: an ordinary edit back, and the conflict is open again
    service.set_value(restored.table, restored.row_id, restored.field, restored.previous)
    assert WorkshopService(c).get_event(event).title == "Nord (B)"
    assert len(service.list_conflicts()) == 1
    sync(c, store), sync(a, store)
    assert WorkshopService(a).get_event(event).title == "Nord (B)"
    assert len(ConflictService(a).list_conflicts()) == 1
    assert dump_of(a) == dump_of(c) == store_dump(store)


def test_attachment_bytes_travel(laptops, store):
    a, b, _c = laptops
    _event, _session, phase, _cards = _event_with_board(a)
    photo = bytes(range(256)) * 400
    with a.transaction() as s:
        att = Attachment(
            phase_id=phase,
            filename="flipchart.jpg",
            data=photo,
            sha256=hashlib.sha256(photo).hexdigest(),
        )
        s.add(att)
        s.flush()
        att_id = att.id
    sync(a, store)
    sync(b, store)
    with b.session() as s:
        assert s.get(Attachment, att_id).data == photo
    assert dump_of(b) == store_dump(store)


def test_a_copied_workspace_is_refused(laptops, store, tmp_path):
    a, _b, _c = laptops
    WorkshopService(a).create_event("Bürgerrat Mitte")
    sync(a, store)
    a.close()
    copy = copy_replica(a.path, tmp_path / "copy.sqlite", new_site=False)
    laptops[0] = a = open_workspace(a.path)
    WorkshopService(a).create_event("Original")
    WorkshopService(copy).create_event("Kopie")
    sync(a, store)
    before = store_dump(store)
    with pytest.raises(Refused, match="copy of that file"):
        sync(copy, store)
    assert store_dump(store) == before
    copy.close()


def test_changes_from_a_clock_far_ahead_are_flagged_and_held(laptops, store, monkeypatch):
    a, b, _c = laptops
    event = WorkshopService(a).create_event("Denklabor")
    sync(a, store), sync(b, store)
    ahead = int(time.time() * 1000) + 49 * 3_600_000
    a.clock._wall = lambda: ahead  # this laptop's clock is two days ahead
    WorkshopService(a).update_event(event, title="aus der Zukunft")
    if store.startswith("postgresql"):
        with pytest.raises(Refused, match="ahead of the store"):
            sync(a, store)
        return
    sync(a, store)
    summary = sync(b, store)
    assert summary.refused == 1 and "24 h ahead" in summary.reasons[0]
    assert WorkshopService(b).get_event(event).title == "Denklabor"
    assert b.clock.last.millis < ahead - 24 * 3_600_000
    real = time.time_ns
    monkeypatch.setattr(sync_run.time, "time_ns", lambda: real() + 50 * 3_600 * 10**9)
    assert sync(b, store).refused == 0
    assert WorkshopService(b).get_event(event).title == "aus der Zukunft"


def _contact(ws, event):
    people = ParticipantService(ws)
    person = people.add_participant(event, "Kassel-Fan")
    purpose = "Rückmeldung zur Idee"
    people.record_consent(
        person, text=consent_text("Smart City Büro", purpose), purpose=purpose,
        method=ConsentMethod.PAPER, recorded_by="Moderation", name="Erika Muster",
        email="erika@example.org",
    )  # fmt: skip
    return person


def test_erasure_wins_over_a_concurrent_edit(laptops, store):
    a, b, c = laptops
    event = WorkshopService(a).create_event("Stadtteilforum")
    person = _contact(a, event)
    sync(a, store), sync(b, store)
    with b.transaction() as s:
        consent = s.scalars(select(ContactConsent)).one()
        consent.email = "erika.neu@example.org"  # edited on B, not knowing of the erasure
    ErasureService(a).erase_participant(person, "Datenschutz")
    sync(a, store), sync(b, store), sync(c, store), sync(a, store)
    for ws in (a, b, c):
        with ws.session() as s:
            consent = s.scalars(select(ContactConsent)).one()
            assert (consent.name, consent.email, consent.deleted) == ("", "", True)
            leaked = s.scalar(
                select(func.count()).select_from(ChangeRecord)
                .where(ChangeRecord.value.like("%erika%"))
            )  # fmt: skip
            assert leaked == 0
    assert "erika" not in json.dumps(store_dump(store))
    assert dump_of(a) == dump_of(b) == dump_of(c) == store_dump(store)


def test_votes_are_a_grow_only_set_with_tombstones(laptops, store):
    a, b, _c = laptops
    _event, session, _phase, _cards = _event_with_board(a)
    with a.transaction() as s:
        vr = VoteRound(session_id=session, method="dots", title="Punkte")
        s.add(vr)
        s.flush()
        opt = VoteOption(round_id=vr.id, target_kind="custom", label="Bänke")
        s.add(opt)
        s.flush()
        round_id, option_id = vr.id, opt.id
        s.add_all([Vote(round_id=round_id, option_id=option_id) for _ in range(3)])
    sync(a, store), sync(b, store)
    with b.transaction() as s:
        s.add_all([Vote(round_id=round_id, option_id=option_id) for _ in range(2)])
        first = s.scalars(select(Vote).where(Vote.site_id == a.site_id).order_by(Vote.id)).first()
        first.deleted = True  # B removes one of A's dots
        removed = first.id
    with a.transaction() as s:
        s.add(Vote(round_id=round_id, option_id=option_id))
        late = s.get(Vote, removed)
        late.value = 1
        late.comment = "noch da?"  # A edits the dot B removed: the tombstone stays
    for ws in (a, b, a, b):
        sync(ws, store)
    for ws in (a, b):
        with ws.session() as s:
            live = s.scalar(select(func.count()).select_from(Vote).where(Vote.deleted.is_(False)))
            assert live == 3 + 2 + 1 - 1
    assert dump_of(a) == dump_of(b) == store_dump(store)


def test_applying_everything_again_changes_nothing(laptops, store):
    a, b, _c = laptops
    _event_with_board(a)
    sync(a, store), sync(b, store)
    before = dump_of(b)
    with b.engine.begin() as con:
        log_count = con.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
        con.exec_driver_sql("UPDATE sync_checkpoint SET pulled_cursor = ''")
    again = sync(b, store)
    assert again.conflicts == 0
    with b.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == log_count
    assert dump_of(b) == before == store_dump(store)
    assert open_conflicts(b) == set()


def test_a_serialization_failure_is_retried_not_shown(laptops, pg_url):
    a, _b, _c = laptops
    WorkshopService(a).create_event("Erste")
    sync(a, pg_url)
    WorkshopService(a).create_event("Zweite")
    conninfo = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as other:
        other.execute("UPDATE cosmart_sites SET label = 'busy' WHERE site_id = %s", (a.site_id,))
        done: list[object] = []
        worker = threading.Thread(target=lambda: done.append(sync(a, pg_url)))
        worker.start()
        time.sleep(0.5)  # the push now waits for the row this transaction holds
        other.commit()
        worker.join(30)
    [summary] = done
    assert summary.pushed > 0 and summary.retries >= 1
    assert "Zweite" in json.dumps(store_dump(pg_url))


def test_store_addresses_never_show_the_password():
    address = parse_address("postgresql+psycopg://anna:geheim@db.kassel.local:5433/cosmart")
    assert "geheim" not in address.display and "geheim" not in address.without_password
    assert address.password == "geheim"
    assert address.credential_key == "anna@db.kassel.local:5433/cosmart"


def test_the_store_is_not_the_workspace(laptops):
    a = laptops[0]
    with pytest.raises(Refused, match="workspace itself"):
        sync(a, f"sqlite:///{a.path}")
    with a.engine.connect() as con:
        assert (
            con.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'cosmart%'")
            ).scalar()
            == 0
        )


def test_another_database_file_is_not_taken_for_a_store(laptops):
    a, b, _c = laptops
    with pytest.raises(Refused, match="not a Co-Smart store"):
        sync(a, f"sqlite:///{b.path}")
    with b.engine.connect() as con:
        assert (
            con.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'cosmart%'")
            ).scalar()
            == 0
        )


def test_a_wrong_login_is_refused_not_a_failure(laptops, pg_url, capsys):
    a = laptops[0]
    url = make_url(pg_url).set(username="niemand", password="falsch-99")
    text_url = url.render_as_string(hide_password=False)
    a.close()
    assert app.main(["sync", "--db", str(a.path), "--store", text_url]) == 2
    err = capsys.readouterr().err
    assert "refused the login" in err and "falsch-99" not in err
    laptops[0] = open_workspace(a.path)
