"""The change log records every field written, with one stamp per flush."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import ChangeRecord, Event


def _changes(ws, row_id):
    with ws.session() as s:
        return s.scalars(
            select(ChangeRecord).where(ChangeRecord.row_id == row_id).order_by(ChangeRecord.seq)
        ).all()


def test_insert_records_every_field_and_update_only_changed(workspace):
    svc = WorkshopService(workspace)
    event_id = svc.create_event("Denklabor Wesertor", district="Wesertor", process_step=2)
    inserted = _changes(workspace, event_id)
    fields = {c.field for c in inserted}
    assert {"title", "district", "process_step", "deleted", "leitthemen", "archived"} <= fields
    assert {"id", "hlc", "site_id"}.isdisjoint(fields)
    assert len({c.hlc for c in inserted}) == 1
    assert {c.site_id for c in inserted} == {workspace.site_id}
    values = {c.field: json.loads(c.value) for c in inserted}
    assert values["title"] == "Denklabor Wesertor" and values["process_step"] == 2

    svc.update_event(event_id, title="Denklabor Wesertor 2026")
    after = _changes(workspace, event_id)[len(inserted) :]
    assert [(c.field, json.loads(c.value)) for c in after] == [("title", "Denklabor Wesertor 2026")]
    assert after[0].hlc > inserted[0].hlc
    with workspace.session() as s:
        assert s.get(Event, event_id).hlc == after[0].hlc


def test_hard_delete_of_synced_row_is_refused(workspace):
    svc = WorkshopService(workspace)
    event_id = svc.create_event("Stadtlabor")
    with pytest.raises(RuntimeError, match="never deleted"), workspace.transaction() as s:
        s.delete(s.get(Event, event_id))
    assert svc.get_event(event_id).title == "Stadtlabor"


def test_session_from_template_has_the_template_phases(workspace):
    svc = WorkshopService(workspace)
    event_id = svc.create_event("Zukunftswerkstatt")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    phases = svc.list_phases(session_id)
    assert [p.key for p in phases] == [
        "vorbereitung",
        "kritik",
        "utopie",
        "verwirklichung",
        "nachbereitung",
    ]
    assert phases[1].guiding_question == "Was stört Sie an …?"
    assert svc.get_session(session_id).current_phase_id == phases[0].id
