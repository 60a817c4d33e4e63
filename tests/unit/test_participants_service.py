"""Participants are pseudonymous; contact data only with a recorded consent;
withdrawal in one action; contributions named only on request."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.files import sha256

from cosmart_desktop.domain.consent import consent_text, text_hash
from cosmart_desktop.domain.enums import ConsentMethod, SessionFormat
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services.participants import ParticipantService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Card, ContactConsent, Phase, Steckbrief

OFFICE = "Stadt Kassel – Smart City Büro"
PURPOSE = "Information über die Umsetzung"


def _event(ws):
    svc = WorkshopService(ws)
    event_id = svc.create_event("Zukunftswerkstatt Mobilität")
    return event_id, svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)


def _consent(people, pid, **contact):
    return people.record_consent(
        pid,
        text=consent_text(OFFICE, PURPOSE),
        purpose=PURPOSE,
        method=ConsentMethod.PAPER,
        recorded_by="Team Smart City",
        **contact,
    )


def test_participants_are_numbered_and_pseudonymous(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    a = people.add_participant(event_id)
    b = people.add_participant(event_id, "  Radlerin ")
    listed = people.list_participants(event_id)
    assert [(p.number, p.pseudonym, p.public_name, p.consent) for p in listed] == [
        (1, "", None, None),
        (2, "Radlerin", None, None),
    ]
    assert listed[1].label == "Nr. 2 · Radlerin"
    people.remove_participant(a)
    assert [p.id for p in people.list_participants(event_id)] == [b]
    people.update_participant(a, deleted=False)  # undo of the removal
    assert (
        people.add_participant(event_id)
        and max(p.number for p in people.list_participants(event_id)) == 3
    )
    with pytest.raises(NotFound):
        people.add_participant("no-such-event")


def test_consent_records_purpose_text_version_hash_time_method_and_recorder(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    pid = people.add_participant(event_id)
    text = consent_text(OFFICE, PURPOSE)
    before = datetime.now(UTC)
    consent_id = people.record_consent(
        pid,
        text=text,
        purpose=PURPOSE,
        method="screen",
        recorded_by="  Team Smart City ",
        name="Erika Beispiel",
        email="erika@example.org",
        phone="+49 561 0000 101",
    )
    c = people.get_consent(consent_id)
    assert (c.name, c.email, c.phone) == ("Erika Beispiel", "erika@example.org", "+49 561 0000 101")
    assert c.purpose == PURPOSE and c.text_version == text.version
    assert c.text_hash == text_hash(text.text) and len(c.text_hash) == 64
    assert PURPOSE in text.text and OFFICE in text.text
    assert c.method is ConsentMethod.SCREEN and c.recorded_by == "Team Smart City"
    assert before <= c.given_at <= datetime.now(UTC) and c.active
    assert people.get_participant(pid).consent == c
    with pytest.raises(Refused, match="already has an active consent"):
        _consent(people, pid, email="zweite@example.org")


@pytest.mark.parametrize(
    ("contact", "message"),
    [
        ({}, "stores nothing"),
        ({"email": "keine-adresse"}, "not an e-mail"),
        ({"email": "a@b"}, "not an e-mail"),
        ({"phone": "ruf mich an"}, "not a phone"),
        ({"phone": "12"}, "not a phone"),
        ({"name": "Anna\u202eL"}, "direction control"),
        ({"name": "Anna\x00"}, "NUL"),
        ({"name": "x" * 1_000_000}, "at most"),
        ({"name": "Anna\x07"}, "control character"),
    ],
)
def test_bad_contact_data_is_refused_and_nothing_stored(workspace, db_path, contact, message):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    pid = people.add_participant(event_id)
    workspace.close()
    from cosmart_desktop.storage.workspace import open_workspace

    before = sha256(db_path)
    ws = open_workspace(db_path)
    try:
        with pytest.raises(Refused, match=message):
            _consent(ParticipantService(ws), pid, **contact)
    finally:
        ws.close()
    assert sha256(db_path) == before


def test_odd_but_valid_names_are_kept_exactly(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    for name in ("👩‍👩‍👧 Familie Beispiel", "مريم مثال", "Ōtsuka Ä. Ñúñez"):
        pid = people.add_participant(event_id)
        consent_id = _consent(people, pid, name=name)
        assert people.get_consent(consent_id).name == name


def test_consent_must_name_the_purpose_and_the_recorder(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    pid = people.add_participant(event_id)
    with pytest.raises(Refused, match="must name the purpose"):
        people.record_consent(
            pid,
            text=consent_text(OFFICE, PURPOSE),
            purpose="Werbung für Dritte",
            method=ConsentMethod.PAPER,
            recorded_by="Team",
            email="a@example.org",
        )
    with pytest.raises(Refused, match="who recorded"):
        people.record_consent(
            pid,
            text=consent_text(OFFICE, PURPOSE),
            purpose=PURPOSE,
            method=ConsentMethod.PAPER,
            recorded_by=" ",
            email="a@example.org",
        )
    with pytest.raises(Refused, match="paper or screen"):
        people.record_consent(
            pid,
            text=consent_text(OFFICE, PURPOSE),
            purpose=PURPOSE,
            method="fax",
            recorded_by="Team",
            email="a@example.org",
        )


def test_withdrawal_removes_the_contact_from_the_export_list(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    a, b = people.add_participant(event_id), people.add_participant(event_id)
    consent_a = _consent(people, a, email="a@example.org")
    _consent(people, b, email="b@example.org")
    assert {c.email for _p, c in people.contacts_for_export(event_id)} == {
        "a@example.org",
        "b@example.org",
    }
    people.withdraw_consent(consent_a)
    assert {c.email for _p, c in people.contacts_for_export(event_id)} == {"b@example.org"}
    with pytest.raises(Refused, match="already withdrawn"):
        people.withdraw_consent(consent_a)
    with pytest.raises(Refused, match="has contact data"):
        people.remove_participant(a)  # withdrawn, but the data is still there: erase it
    people.undo_withdrawal(consent_a)
    assert len(people.contacts_for_export(event_id)) == 2
    # after withdrawal a new consent may be given
    people.withdraw_consent(consent_a)
    _consent(people, a, email="a-neu@example.org")
    assert {c.email for _p, c in people.contacts_for_export(event_id)} == {
        "a-neu@example.org",
        "b@example.org",
    }


def test_discarding_a_consent_leaves_no_contact_data(workspace):
    event_id, _ = _event(workspace)
    people = ParticipantService(workspace)
    pid = people.add_participant(event_id)
    consent_id = _consent(people, pid, name="Max Beispiel", email="max@example.org")
    people.discard_consent(consent_id)
    with workspace.session() as s:
        row = s.get(ContactConsent, consent_id)
        assert (row.name, row.email, row.phone, row.deleted) == ("", "", "", True)
    with workspace.engine.connect() as con:
        values = [r[0] for r in con.exec_driver_sql("SELECT value FROM change_log")]
    assert not any("max@example.org" in v or "Max Beispiel" in v for v in values)
    assert people.get_participant(pid).consent is None


def test_contributions_are_named_only_on_request(workspace):
    event_id, session_id = _event(workspace)
    people = ParticipantService(workspace)
    anonymous = people.add_participant(event_id)
    named = people.add_participant(event_id, public_name="Paula Beispielhaft")
    with workspace.transaction() as s:
        phase = s.query(Phase).filter_by(session_id=session_id).first()
        card = Card(phase_id=phase.id, text="Mehr Bänke am Platz")
        idea = Steckbrief(event_id=event_id, session_id=session_id, title="Bänke")
        s.add_all([card, idea])
        s.flush()
        card_id, idea_id = card.id, idea.id
    with pytest.raises(Refused, match="asked to be named"):
        people.set_author("card", card_id, anonymous)
    assert people.set_author("card", card_id, named) is None
    assert people.set_author("steckbrief", idea_id, named) is None
    with pytest.raises(Refused, match="named as author"):
        people.update_participant(named, public_name=None)
    assert people.set_author("card", card_id, None) == named
    with pytest.raises(Refused):
        people.set_author("vote", card_id, named)
