"""Handouts, follow-up pages and the newsletter list, on the demo workspace:
every QR code on the handout sheets decodes to its follow-up address; no name,
e-mail or phone number of any participant appears in a QR payload, a follow-up
page or any export other than the contacts export; the contacts export holds
consenting contacts only."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import select

from cosmart_desktop import cli
from cosmart_desktop.app import main
from cosmart_desktop.services.demo import build_demo
from cosmart_desktop.services.erasure import ErasureService
from cosmart_desktop.services.participants import ParticipantService
from cosmart_desktop.storage.models import (
    ChangeRecord,
    ContactConsent,
    FollowUpToken,
    Participant,
    Session,
    Steckbrief,
)
from cosmart_desktop.storage.workspace import open_workspace

#: the file names each export accepts (a folder for the follow-up pages)
SUFFIXES = {
    "json": [".json"],
    "csv": [".csv"],
    "html": [".html"],
    "protocol": [".pdf", ".html", ".md", ".csv"],
    "measures": [".pdf", ".csv"],
    "handouts": [".pdf"],
    "followup": [""],
}
PLANTED_NAME = "Ulrike Versehentlich"
PLANTED_EMAIL = "ulrike.versehentlich@example.org"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo once per module, plus a contact whose name and e-mail were typed into
    an idea by mistake (outputs for the public must not carry them)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COSMART_DATA_DIR", str(folder / "data"))
        mp.setenv("COSMART_CONFIG_DIR", str(folder / "config"))
        path = folder / "demo.sqlite"
        ws = open_workspace(path)
        try:
            made = build_demo(ws)
            people = ParticipantService(ws)
            from cosmart_desktop.domain.consent import consent_text
            from cosmart_desktop.domain.enums import ConsentMethod, SessionFormat

            event_id = made.events[SessionFormat.ZUKUNFTSWERKSTATT]
            pid = people.add_participant(event_id)
            people.record_consent(
                pid,
                text=consent_text("Stadt Kassel", "Newsletter Smart City"),
                purpose="Newsletter Smart City",
                method=ConsentMethod.SCREEN,
                recorded_by="Team",
                name=PLANTED_NAME,
                email=PLANTED_EMAIL,
                phone='=HYPERLINK("x")' and "+49 561 0000 999",
            )
        finally:
            ws.close()
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "workspace.sqlite"
    shutil.copy(demo_db, target)
    return target


def _plant_typo(db: Path) -> None:
    """A contact's name and e-mail typed into an idea by mistake."""
    ws = open_workspace(db)
    try:
        with ws.session() as s:
            zw = s.scalar(select(Session).where(Session.format == "zukunftswerkstatt"))
            session_id, event_id = zw.id, zw.event_id
        with ws.transaction() as s:
            s.add(
                Steckbrief(
                    event_id=event_id,
                    session_id=session_id,
                    title=f"Bänke am Platz (Idee von {PLANTED_NAME})",
                    summary=f"Rückfragen an {PLANTED_EMAIL}",
                    status="eingereicht",
                )
            )
    finally:
        ws.close()


def _secrets(db: Path) -> set[str]:
    ws = open_workspace(db)
    try:
        terms = ParticipantService(ws).personal_terms()
    finally:
        ws.close()
    assert PLANTED_EMAIL in terms and len(terms) > 10
    return terms


def _contact_terms(db: Path) -> set[str]:
    """Contact data only (names, e-mails, phones of consents), not public author names."""
    ws = open_workspace(db)
    try:
        with ws.session() as s:
            rows = s.execute(
                select(ContactConsent.name, ContactConsent.email, ContactConsent.phone)
            )
            return {t for row in rows for t in row if t}
    finally:
        ws.close()


def _ids(db: Path) -> tuple[str, str, list[str]]:
    """(Zukunftswerkstatt session, its event, all session ids)."""
    ws = open_workspace(db)
    try:
        with ws.session() as s:
            sessions = list(s.scalars(select(Session).where(Session.deleted.is_(False))))
            zw = next(x for x in sessions if x.format == "zukunftswerkstatt")
            return zw.id, zw.event_id, [x.id for x in sessions]
    finally:
        ws.close()


def _texts(path: Path) -> str:
    """Everything readable in an export: raw bytes as text, plus the text of PDFs."""
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    chunks = []
    for f in files:
        data = f.read_bytes()
        chunks.append(data.decode("utf-8", errors="replace"))
        if data.startswith(b"%PDF"):
            chunks.extend(page.extract_text() or "" for page in PdfReader(f).pages)
    return "\n".join(chunks)


def _qr_payloads(pdf: Path, dpi: int = 200) -> list[str]:
    found = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil()
            found.extend(r.text for r in zxingcpp.read_barcodes(image))
    finally:
        document.close()
    return found


def test_every_qr_code_on_the_handouts_decodes_to_its_follow_up_address(db, tmp_path, capsys):
    _plant_typo(db)
    _zw, _event, sessions = _ids(db)
    secrets = _secrets(db)
    for session_id in sessions:
        out = tmp_path / f"handzettel-{session_id}.pdf"
        code = main(
            [
                "export",
                "handouts",
                "--db",
                str(db),
                "--session",
                session_id,
                "--out",
                str(out),
                "--json",
            ]
        )
        assert code == 0
        doc = json.loads(capsys.readouterr().out)
        payloads = _qr_payloads(out)
        assert len(payloads) == doc["cards"] >= 1
        assert sorted(set(payloads)) == doc["urls"]
        ws = open_workspace(db)
        try:
            with ws.session() as s:
                tokens = set(s.scalars(select(FollowUpToken.token)))
                ideas = s.scalar(
                    select(Steckbrief.id).where(Steckbrief.session_id == session_id).limit(1)
                )
        finally:
            ws.close()
        for url in payloads:
            assert url.startswith("https://www.kassel.de/smart/folgen/")
            assert url.rsplit("/", 1)[1] in tokens
            assert not any(term.casefold() in url.casefold() for term in secrets)
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
        assert "Was passiert mit unseren Ergebnissen?" in text
        assert ("Was wird aus meiner Idee?" in text) == (ideas is not None)
        assert PLANTED_NAME not in text
        for url in doc["urls"]:
            assert url.rsplit("/", 1)[1] in text.replace(" ", "")
        for term in secrets:
            assert term not in _texts(out), f"{term!r} on a handout"


@pytest.mark.parametrize("kind", sorted(k for k in cli.EXPORTS if k != "contacts"))
def test_no_contact_data_in_any_export_but_the_contacts_list(kind, db, tmp_path, capsys):
    zw, event_id, _sessions = _ids(db)
    contacts = _contact_terms(db)
    assert PLANTED_EMAIL in contacts
    scopes = cli.EXPORTS[kind].scopes
    runs = []
    if "session" in scopes:
        runs.append(["--session", zw])
    if "event" in scopes:
        runs.append(["--event", event_id])
    if "workspace" in scopes and not runs:
        runs.append([])
    assert runs
    public = {"handouts", "followup"}  # for the public: not even a chosen author name
    forbidden = _secrets(db) if kind in public else contacts
    for index, scope in enumerate(runs):
        for suffix in SUFFIXES.get(kind, [".out"]):
            out = tmp_path / f"{kind}-{index}{suffix}"
            code = main(["export", kind, "--db", str(db), *scope, "--out", str(out)])
            assert code == 0, capsys.readouterr().err
            text = _texts(out)
            assert text.strip()
            leaked = sorted(t for t in forbidden if t in text)
            assert not leaked, f"export {kind} {scope} → {out.name} carries {leaked}"


def test_follow_up_pages_are_self_contained_and_without_personal_data(db, tmp_path, capsys):
    _plant_typo(db)
    zw, event_id, _sessions = _ids(db)
    out = tmp_path / "seiten"
    assert (
        main(
            [
                "export",
                "followup",
                "--db",
                str(db),
                "--event",
                event_id,
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    pages = sorted(out.glob("*/index.html"))
    assert len(pages) == len(doc["pages"]) >= 2
    ws = open_workspace(db)
    try:
        with ws.session() as s:
            ideas = s.scalars(
                select(Steckbrief).where(
                    Steckbrief.event_id == event_id, Steckbrief.deleted.is_(False)
                )
            ).all()
            tokens = {t.target_id: t.token for t in s.scalars(select(FollowUpToken))}
    finally:
        ws.close()
    assert (out / tokens[zw] / "index.html").exists()
    for idea in ideas:
        page = (out / tokens[idea.id] / "index.html").read_text(encoding="utf-8")
        assert "Was wird aus meiner Idee?" in page and "Nächste Schritte" in page
    secrets = _secrets(db)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and 'content="noindex"' in html
        assert "<script" not in html and "src=" not in html and "stylesheet" not in html
        for term in secrets:
            assert term not in html, f"{term!r} in {page.parent.name}"
    planted = next(i for i in ideas if PLANTED_NAME in i.title)
    html = (out / tokens[planted.id] / "index.html").read_text(encoding="utf-8")
    assert "Bänke am Platz (Idee von […])" in html and "Rückfragen an […]" in html
    assert "eingereicht" in html
    session_page = (out / tokens[zw] / "index.html").read_text(encoding="utf-8")
    assert "Was passiert mit unseren Ergebnissen?" in session_page
    assert f"https://www.kassel.de/smart/folgen/{tokens[planted.id]}" in session_page


def test_contacts_export_has_consenting_contacts_only(db, tmp_path, capsys):
    _zw, event_id, _sessions = _ids(db)
    ws = open_workspace(db)
    try:
        people = ParticipantService(ws)
        expected = {c.email or c.phone for _p, c in people.contacts_for_export(event_id)}
        with ws.session() as s:
            all_consents = s.scalars(
                select(ContactConsent)
                .join(Participant, Participant.id == ContactConsent.participant_id)
                .where(Participant.event_id == event_id)
            ).all()
            withdrawn = {c.email for c in all_consents if c.withdrawn_at is not None}
        planted = next(
            p for p, c in people.contacts_for_export(event_id) if c.email == PLANTED_EMAIL
        )
    finally:
        ws.close()
    assert withdrawn and PLANTED_EMAIL in expected
    out = tmp_path / "kontakte.csv"
    assert (
        main(
            [
                "export",
                "contacts",
                "--db",
                str(db),
                "--event",
                event_id,
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["contacts"] == len(expected)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Name", "E-Mail", "Telefon", "Zweck", "Einwilligung am"]
    body = rows[1:]
    assert {r[1] or r[2].lstrip("'") for r in body} == expected
    assert not withdrawn & {r[1] for r in body}
    phone_cell = next(r[2] for r in body if r[1] == PLANTED_EMAIL)
    assert phone_cell == "'+49 561 0000 999"  # a leading + would start a formula
    assert all(r[3] and r[4] for r in body)

    ws = open_workspace(db)
    try:
        ErasureService(ws).erase_participant(planted.id)
    finally:
        ws.close()
    assert (
        main(["export", "contacts", "--db", str(db), "--event", event_id, "--out", str(out)]) == 0
    )
    capsys.readouterr()
    assert PLANTED_EMAIL.encode() not in out.read_bytes()
    assert main(["export", "contacts", "--db", str(db), "--session", _zw, "--out", str(out)]) == 2


def test_after_erasing_everyone_no_contact_data_is_left_in_the_workspace(db):
    contacts = _contact_terms(db)
    ws = open_workspace(db)
    try:
        with ws.session() as s:
            people = list(s.scalars(select(ContactConsent.participant_id).distinct()))
        eraser = ErasureService(ws)
        for pid in people:
            eraser.erase_participant(pid)
        assert _contact_terms_ws(ws) == set()
        with ws.session() as s:
            log = " ".join(s.scalars(select(ChangeRecord.value)))
    finally:
        ws.close()
    data = db.read_bytes()
    for term in contacts:
        assert term not in log, f"{term!r} left in the change log"
        assert term.encode("utf-8") not in data, f"{term!r} left in the file"


def _contact_terms_ws(ws) -> set[str]:
    with ws.session() as s:
        rows = s.execute(select(ContactConsent.name, ContactConsent.email, ContactConsent.phone))
        return {t for row in rows for t in row if t}
