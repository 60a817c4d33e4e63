"""The command line contract (DESIGN.md §6): exit 0 / 2 / 1, one line on stderr
for refusals and failures, ``--json`` documents, on real workspace files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.files import folder_state

from cosmart_desktop.app import main
from cosmart_desktop.domain.ids import is_uuid
from cosmart_desktop.services.export.json_export import export_record
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Card, ContactConsent, Participant
from cosmart_desktop.storage.workspace import open_workspace

FORMATS = {"zukunftswerkstatt", "denklabor", "buergerrat", "free"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "demo.sqlite"
    code, out, err = run(capsys, "demo", "--db", str(db), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert set(made["sessions"]) == FORMATS
    return db


def _one_line(err: str) -> str:
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert lines[0].startswith("cosmart")
    return lines[0]


def test_list_json_shape(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--db", str(demo), "--json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert set(doc) == {"events"}
    assert len(doc["events"]) == 4
    districts = set()
    for event in doc["events"]:
        assert {"id", "title", "date", "district", "sessions"} <= set(event)
        assert is_uuid(event["id"])
        datetime.strptime(event["date"], "%Y-%m-%d")
        districts.add(event["district"])
        for session in event["sessions"]:
            assert {"id", "title", "format"} <= set(session)
            assert is_uuid(session["id"]) and session["format"] in FORMATS
    formats = {s["format"] for e in doc["events"] for s in e["sessions"]}
    assert formats == FORMATS
    assert districts <= {"Oberzwehren", "Mitte", "Wesertor", "Kirchditmold"}


def test_list_text_names_every_session(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--db", str(demo))
    assert code == 0
    assert "Zukunftswerkstatt Mobilität und Klima" in out
    assert out.count("[denklabor]") == 1


def test_check_healthy_and_unhealthy(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--db", str(demo))
    assert (code, out.strip(), err) == (0, "ok", "")
    code, out, _ = run(capsys, "check", "--db", str(demo), "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "problems": []}

    con = sqlite3.connect(demo)
    con.execute("UPDATE session SET current_phase_id = 'weg' WHERE format = 'denklabor'")
    con.commit()
    con.close()
    before = folder_state(demo.parent)
    code, out, err = run(capsys, "check", "--db", str(demo), "--json")
    assert code == 2
    assert json.loads(out)["problems"] == ["1 session(s) point at a missing current phase"]
    assert "1 problem(s) found" in _one_line(err)
    assert folder_state(demo.parent) == before, "check never changes the file"


def test_check_on_a_damaged_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 30)
    code, out, err = run(capsys, "check", "--db", str(bad))
    assert code == 2 and out == ""
    assert "damaged" in _one_line(err)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["list"], "required: --db"),
        (["frobnicate"], "invalid choice"),
        (["demo", "--db", "{db}", "--cards", "-5"], "--cards must be"),
        (["export", "json", "--db", "{db}", "--out", "{tmp}/x.json"], "needs --event or --session"),
        (["export", "json", "--db", "{db}", "--session", "nope", "--out", "{tmp}/x.json"], "nope"),
        (["list", "--db", "{tmp}/missing.sqlite"], "no workspace"),
        (["list", "--db", "{tmp}/notes.txt"], "not an SQLite database"),
    ],
)
def test_refusals_exit_2_with_one_line_and_change_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    tmp = demo.parent
    (tmp / "notes.txt").write_text("kein Arbeitsbereich")
    before = folder_state(tmp)
    args = [a.format(db=demo, tmp=tmp) for a in argv]
    if args[0] in ("list", "frobnicate") and len(args) == 1:
        with pytest.raises(SystemExit) as info:
            main(args)
        code, (out, err) = int(info.value.code or 0), capsys.readouterr()
    else:
        code, out, err = run(capsys, *args)
    assert code == 2
    assert needle in _one_line(err)
    assert out == ""
    assert folder_state(tmp) == before
    assert not (tmp / "missing.sqlite").exists()


def test_failure_exits_1_with_one_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session_id = _session_ids(demo)[0]
    blocker = demo.parent / "a-file"
    blocker.write_text("x")
    code, out, err = run(
        capsys, "export", "json", "--db", str(demo), "--session", session_id,
        "--out", str(blocker / "sub" / "out.json"),
    )  # fmt: skip
    assert code == 1 and out == ""
    assert _one_line(err).startswith("cosmart: failed:")


def _session_ids(db: Path) -> list[str]:
    with open_workspace(db, create=False) as ws:
        return [s.id for e in WorkshopService(ws).list_events() for s in e.sessions]


def test_export_json_is_the_complete_record_without_contact_data(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(demo, create=False) as ws:
        svc = WorkshopService(ws)
        event = next(e for e in svc.list_events() if e.district == "Mitte")
        people_before = export_record(ws, event_id=event.id)["event"]["participant_count"]
        session = event.sessions[0]
        kritik = svc.list_phases(session.id)[1]
        with ws.transaction() as s:
            s.add(Card(phase_id=kritik.id, text="Busse fahren abends zu selten 🚌"))
            person = Participant(event_id=event.id, number=7, pseudonym="T7")
            s.add(person)
            s.flush()
            s.add(
                ContactConsent(
                    participant_id=person.id,
                    name="Erika Mustermann",
                    email="erika@example.org",
                    phone="0561 987654",
                    purpose="Rückmeldung",
                    text_version="1",
                    text_hash="0" * 64,
                    given_at=datetime.now(UTC),
                    method="paper",
                )
            )
    out_file = tmp_path / "export" / "sitzung.json"
    code, out, err = run(
        capsys, "export", "json", "--db", str(demo), "--session", session.id,
        "--out", str(out_file), "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["out"] == str(out_file)
    raw = out_file.read_text(encoding="utf-8")
    doc = json.loads(raw)
    assert doc["schema"] == "cosmart-export/1" and doc["scope"] == "session"
    assert doc["event"]["id"] == event.id and doc["event"]["district"] == "Mitte"
    sessions = doc["event"]["sessions"]
    assert [s["id"] for s in sessions] == [session.id]
    phases = sessions[0]["phases"]
    assert [p["key"] for p in phases][:3] == ["vorbereitung", "kritik", "utopie"]
    assert phases[1]["guiding_question"] == "Was stört Sie an …?"
    assert "Busse fahren abends zu selten 🚌" in [c["text"] for c in phases[1]["cards"]]
    for secret in ("Erika", "erika@example.org", "0561 987654"):
        assert secret not in raw
    for sync_field in ('"hlc"', '"site_id"'):
        assert sync_field not in raw

    code, _, err = run(
        capsys, "export", "json", "--db", str(demo), "--event", event.id,
        "--out", str(tmp_path / "event.json"),
    )  # fmt: skip
    assert code == 0, err
    whole = json.loads((tmp_path / "event.json").read_text(encoding="utf-8"))
    assert whole["scope"] == "event" and whole["event"]["participant_count"] == people_before + 1


def test_console_script_and_module_entry(tmp_path: Path) -> None:
    """The installed ``cosmart`` script and ``python -m cosmart_desktop`` work."""
    script = Path(sys.executable).with_name("cosmart")
    assert script.exists(), "pip install -e . provides the cosmart script"
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stdout.startswith("cosmart ")
    bad = subprocess.run(
        [sys.executable, "-m", "cosmart_desktop", "check", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "no workspace" in bad.stderr
