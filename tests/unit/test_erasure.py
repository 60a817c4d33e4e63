"""Erasure removes a participant's personal data everywhere in the workspace —
rows, change log, conflict log, free space of the file — leaves a record with
no personal data, and holds through a restore from backup (the erasure journal
is replayed whenever a workspace is opened) and through sync (ErasureRecords
found in a workspace are applied)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from cosmart_desktop.app import main
from cosmart_desktop.domain.consent import consent_text
from cosmart_desktop.domain.enums import ConsentMethod, SessionFormat
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services.erasure import (
    ErasureJournal,
    ErasureService,
    restore_backup,
)
from cosmart_desktop.services.participants import ParticipantService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import (
    Card,
    Conflict,
    ContactConsent,
    ErasureRecord,
    Participant,
    Phase,
    Steckbrief,
)
from cosmart_desktop.storage.workspace import open_workspace

PURPOSE = "Information über die Umsetzung"
NAME, EMAIL, PHONE = "Erika Löschmich", "erika.loeschmich@example.org", "0561 0000 777"
NICK, PUBLIC = "Igelfreundin", "Erika L. (Autorin)"
SECRETS = (NAME, EMAIL, PHONE, NICK, PUBLIC)
OTHER_EMAIL = "bleibt@example.org"


def _setup(ws):
    """An event with the person to erase (contact, nickname, named author of a card
    and an idea, a sync conflict about her e-mail) and one other contact."""
    svc = WorkshopService(ws)
    event_id = svc.create_event("Denklabor Kirchditmold")
    session_id = svc.create_session(event_id, SessionFormat.DENKLABOR)
    people = ParticipantService(ws)
    pid = people.add_participant(event_id, NICK, public_name=PUBLIC)
    other = people.add_participant(event_id)
    text = consent_text("Stadt Kassel", PURPOSE)
    for person, contact in (
        (pid, {"name": NAME, "email": "erika.alt@example.org", "phone": PHONE}),
        (other, {"email": OTHER_EMAIL}),
    ):
        people.record_consent(
            person,
            text=text,
            purpose=PURPOSE,
            method=ConsentMethod.PAPER,
            recorded_by="Team",
            **contact,
        )
    consent = people.get_participant(pid).consent
    with ws.transaction() as s:  # a correction: the old address is in the change log too
        s.get(ContactConsent, consent.id).email = EMAIL
        phase = s.query(Phase).filter_by(session_id=session_id).first()
        card = Card(phase_id=phase.id, text="Mehr Bänke", author_participant_id=pid)
        idea = Steckbrief(event_id=event_id, session_id=session_id, title="Bänke")
        s.add_all([card, idea])
        s.flush()
        idea.author_participant_id = pid
        s.add(
            Conflict(
                tbl="contact_consent",
                row_id=consent.id,
                field="email",
                loser_value=json.dumps(EMAIL),
                loser_hlc="x",
                loser_site="other-laptop",
                winner_value=json.dumps("erika.alt@example.org"),
                winner_hlc="y",
                winner_site="here",
                detected_at=datetime.now(UTC),
            )
        )
    return event_id, session_id, pid, consent.id


def _file_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def _assert_no_personal_data(path: Path, *, also=("erika.alt@example.org",)) -> None:
    data = _file_bytes(path)
    for secret in (*SECRETS, *also):
        assert secret.encode("utf-8") not in data, f"{secret!r} still in {path.name}"


def test_erasure_removes_everything_and_leaves_a_record_without_personal_data(workspace, db_path):
    event_id, _session_id, pid, consent_id = _setup(workspace)
    assert EMAIL.encode() in _file_bytes(db_path)  # in the file or its WAL before erasure
    info = ErasureService(workspace).erase_participant(pid, "Team Smart City")
    assert info.participant_id == pid and info.consents == 1 and info.purged >= 5
    with workspace.session() as s:
        consent = s.get(ContactConsent, consent_id)
        assert (consent.name, consent.email, consent.phone, consent.deleted) == ("", "", "", True)
        assert consent.purpose == PURPOSE  # not personal: kept with the tombstone
        person = s.get(Participant, pid)
        assert (person.pseudonym, person.public_name, person.deleted) == ("", None, True)
        assert s.query(Card).filter_by(author_participant_id=pid).count() == 0
        assert s.query(Steckbrief).filter_by(author_participant_id=pid).count() == 0
        assert s.query(Conflict).count() == 0
        record = s.query(ErasureRecord).filter_by(participant_id=pid).one()
        assert record.recorded_by == "Team Smart City"
        values = " ".join(s.scalars(text("SELECT value FROM change_log")))
    for secret in (*SECRETS, "erika.alt@example.org"):
        assert secret not in values
    assert OTHER_EMAIL in values  # other people's data untouched
    people = ParticipantService(workspace)
    assert [c.email for _p, c in people.contacts_for_export(event_id)] == [OTHER_EMAIL]
    with pytest.raises(Refused):
        people.record_consent(
            pid,
            text=consent_text("Stadt Kassel", PURPOSE),
            purpose=PURPOSE,
            method=ConsentMethod.SCREEN,
            recorded_by="Team",
            email=EMAIL,
        )
    with pytest.raises(Refused, match="erased"):
        people.update_participant(pid, deleted=False)
    # the journal holds ids and times only
    journal = ErasureJournal().path.read_text(encoding="utf-8")
    assert pid in journal and all(s not in journal for s in SECRETS)
    assert set(json.loads(journal.splitlines()[0])) == {"participant_id", "erased_at"}
    # erasing again is harmless
    assert ErasureService(workspace).erase_participant(pid).consents == 1
    workspace.close()
    _assert_no_personal_data(db_path)  # not even in free pages of the file


def test_a_restored_backup_is_erased_when_opened(db_path, tmp_path):
    ws = open_workspace(db_path)
    _event, _session, pid, _consent = _setup(ws)
    ws.close()
    copy = tmp_path / "kopie-vor-loeschung.sqlite"
    shutil.copy(db_path, copy)
    vacuumed = tmp_path / "sicherung.sqlite"
    con = sqlite3.connect(db_path)
    con.execute("VACUUM INTO ?", (str(vacuumed),))
    con.close()
    assert EMAIL.encode() in vacuumed.read_bytes()

    ws = open_workspace(db_path)
    ErasureService(ws).erase_participant(pid)
    ws.close()

    for backup in (copy, vacuumed):
        restored = open_workspace(backup)  # any opening replays the journal
        try:
            people = ParticipantService(restored)
            with restored.session() as s:
                assert s.query(ErasureRecord).filter_by(participant_id=pid).count() == 1
                assert all(
                    not (c.name or c.email or c.phone)
                    for c in s.query(ContactConsent).filter_by(participant_id=pid)
                )
            assert EMAIL not in people.personal_terms()
            assert OTHER_EMAIL in people.personal_terms()
        finally:
            restored.close()
        _assert_no_personal_data(backup)


def test_restore_backup_replays_erasures_before_the_file_takes_the_place(db_path, tmp_path):
    ws = open_workspace(db_path)
    _event, _session, pid, _consent = _setup(ws)
    ws.close()
    backup = tmp_path / "backup.sqlite"
    con = sqlite3.connect(db_path)
    con.execute("VACUUM INTO ?", (str(backup),))
    con.close()
    ws = open_workspace(db_path)
    ErasureService(ws).erase_participant(pid)
    ws.close()

    report = restore_backup(backup, db_path)
    assert report.erased == 1 and report.previous is not None and report.previous.exists()
    _assert_no_personal_data(db_path)
    assert not list(tmp_path.glob(".*restore*"))  # no staging copy left behind
    ws = open_workspace(db_path)
    try:
        with ws.session() as s:
            assert s.get(Participant, pid).deleted
    finally:
        ws.close()


def test_cosmart_restore_command(db_path, tmp_path, capsys):
    ws = open_workspace(db_path)
    _event, _session, pid, _consent = _setup(ws)
    ws.close()
    backup = tmp_path / "backup.sqlite"
    shutil.copy(db_path, backup)
    ws = open_workspace(db_path)
    ErasureService(ws).erase_participant(pid)
    ws.close()
    assert main(["restore", "--db", str(db_path), "--backup", str(backup), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["erased"] == 1 and doc["db"] == str(db_path)
    _assert_no_personal_data(db_path)
    not_ours = tmp_path / "fremd.sqlite"
    sqlite3.connect(not_ours).execute("CREATE TABLE x(a)").connection.commit()
    assert main(["restore", "--db", str(db_path), "--backup", str(not_ours)]) == 2
    assert "another application" in capsys.readouterr().err
    assert main(["restore", "--db", str(db_path), "--backup", str(tmp_path / "nix")]) == 2


def test_an_erasure_record_from_another_laptop_is_applied_and_journalled(
    db_path, tmp_path, monkeypatch
):
    """What sync delivers: an ErasureRecord row, here on a laptop whose journal never
    heard of the erasure (another machine). Opening the workspace applies it."""
    ws = open_workspace(db_path)
    _event, _session, pid, _consent = _setup(ws)
    with ws.transaction() as s:
        s.add(ErasureRecord(participant_id=pid, erased_at=datetime.now(UTC)))
    ws.close()
    monkeypatch.setenv("COSMART_DATA_DIR", str(tmp_path / "anderer-laptop"))
    ws = open_workspace(db_path)  # the open hook applies the record
    try:
        assert ErasureService(ws).apply() == 0  # already done on opening
        with ws.session() as s:
            assert s.get(Participant, pid).deleted
    finally:
        ws.close()
    _assert_no_personal_data(db_path)
    assert pid in ErasureJournal().path.read_text(encoding="utf-8")


def test_journal_skips_torn_lines_and_unknown_participants(workspace):
    journal = ErasureJournal()
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    journal.path.write_text(
        '{"participant_id":"nicht-hier","erased_at":"2026-01-01T00:00:00+00:00"}\n{"partic',
        encoding="utf-8",
    )
    assert [e.participant_id for e in journal.entries()] == ["nicht-hier"]
    assert ErasureService(workspace, journal).apply() == 0
    with pytest.raises(NotFound):
        ErasureService(workspace, journal).erase_participant("nicht-hier")


def test_an_unwritable_journal_refuses_the_erasure_and_changes_nothing(workspace, tmp_path):
    _event, _session, pid, consent_id = _setup(workspace)
    blocked = tmp_path / "kein-ordner"
    blocked.write_text("a file where the journal's folder should be", encoding="utf-8")
    eraser = ErasureService(workspace, ErasureJournal(blocked / "erasure-journal.jsonl"))
    with pytest.raises(Refused, match="cannot be written"):
        eraser.erase_participant(pid)
    with workspace.session() as s:
        assert s.get(ContactConsent, consent_id).email == EMAIL
        assert s.query(ErasureRecord).count() == 0
