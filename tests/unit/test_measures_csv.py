"""The Maßnahmenliste as CSV for German Excel and the Steckbrief import, with odd
text (quotes, line breaks, emoji with joiners, right-to-left, formula-like
cells), through the services and the ``cosmart`` command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cosmart_desktop.app import main
from cosmart_desktop.domain.enums import SessionFormat, SteckbriefStatus
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.catalogue import CatalogueService
from cosmart_desktop.services.export.measures import export_measures
from cosmart_desktop.services.export.measures_csv import HEADER, neutralise
from cosmart_desktop.services.steckbrief import SteckbriefService
from cosmart_desktop.services.steckbrief_import import import_steckbriefe, import_text
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace

ODD = {
    "quotes": 'Der „Bus" fährt "nie"; sagt man',
    "newline": "Erste Zeile\nZweite Zeile\n\nNach Leerzeile",
    "emoji": "Familie 👩‍👩‍👧‍👦 und 🇩🇪 am Rad 🚲🏽",
    "rtl": "مرحبا بالجميع in Kassel ‏שלום‏",
    "override": "Text mit \u202eumgekehrt\u202c Ende",
    "formula": '=HYPERLINK("http://x";"klick")',
    "plus": "+49 561 787",
    "minus": "-5 Grad im Winter",
    "at": "@stadt_kassel",
    "tab": "\tmit Tab",
}


def _read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def event_session(workspace):
    w = WorkshopService(workspace)
    event = w.create_event("Denklabor Wesertor", district="Wesertor")
    session = w.create_session(event, SessionFormat.DENKLABOR)
    return event, session


def test_neutralise_formula_starts() -> None:
    for text in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    for text in ("", "Bus", "'=schon", " =mit Leerzeichen", "3,5"):
        assert neutralise(text) == text


def test_csv_export_for_german_excel_with_odd_text(workspace, event_session, tmp_path) -> None:
    event, session = event_session
    svc = SteckbriefService(workspace)
    scored = next(
        c for c in CatalogueService(workspace).active().criteria if c.kind.value == "scored"
    )
    ids = {}
    for key, text in ODD.items():
        title = " ".join(text.split()) or key
        ids[key] = svc.create(session, event, title=title, summary=text, lead=text)
    svc.set_rating(ids["quotes"], scored.id, "Anna", 4)
    svc.set_rating(ids["emoji"], scored.id, "Anna", 3)
    svc.set_rating(ids["emoji"], scored.id, "Ben", 2)
    out = tmp_path / "liste.csv"
    summary = export_measures(workspace, out, event_id=event)
    assert summary == {"out": str(out), "format": "csv", "scope": "event", "steckbriefe": len(ODD)}
    data = out.read_bytes()
    assert b"\r\n" in data and data.count(b"\r\n") >= len(ODD) + 1
    assert data.replace(b"\r\n", b"").count(b"\r") == 0  # no stray CR
    rows = _read_csv(data)
    assert rows[0] == list(HEADER)
    body = {r[-1]: r for r in rows[1:]}
    assert set(body) == set(ids.values())
    col = {name: i for i, name in enumerate(HEADER)}
    for key, text in ODD.items():
        row = body[ids[key]]
        assert row[col["Kurzbeschreibung"]] == neutralise(text.replace("\r", ""))
        assert row[col["Federführung"]] == neutralise(svc.get(ids[key]).lead)  # one line
    assert body[ids["formula"]][col["Kurzbeschreibung"]].startswith("'=")
    assert body[ids["quotes"]][col["Rang"]] == "1"
    assert body[ids["quotes"]][col["Punktzahl"]] == "4,00"  # German decimal comma
    emoji = body[ids["emoji"]]
    assert (emoji[col["Punktzahl"]], emoji[col["Streuung"]], emoji[col["Bewertende"]]) == (
        "2,50",
        "1,00",
        "2",
    )
    assert "Anna" not in data.decode("utf-8-sig")  # raters as counts, not names


def test_csv_round_trip_through_import(workspace, event_session, tmp_path) -> None:
    event, session = event_session
    svc = SteckbriefService(workspace)
    for key, text in ODD.items():
        svc.create(session, event, title=key, summary=text, districts=["Wesertor", "Mitte"])
    out = tmp_path / "liste.csv"
    export_measures(workspace, out, event_id=event)
    target = WorkshopService(workspace).create_session(event, SessionFormat.FREE)
    result = import_steckbriefe(workspace, target, out)
    assert len(result.created) == len(ODD)
    assert "Rang" in result.ignored_columns and "ID" in result.ignored_columns
    back = {b.title: b for b in svc.list_steckbriefe(session_id=target)}
    for key, text in ODD.items():
        assert back[key].summary == text  # the apostrophe of the export is undone
        assert back[key].districts == ("Wesertor", "Mitte")
        assert back[key].status is SteckbriefStatus.ENTWURF  # "Entwurf" read back


def test_import_aliases_encodings_and_separators(workspace, event_session, tmp_path) -> None:
    _event, session = event_session
    svc = SteckbriefService(workspace)
    german = (
        "Titel;Kurzbeschreibung;Leitthema;Handlungsfeld;Stadtteile;Priorität;"
        "Partner Verwaltung;Investition;Fördermittel;Was anstoßen?;Datum\r\n"
        'Sensoren für Stadtbäume;"Bodenfeuchte\r\nmessen; gießen";energie & umwelt;'
        "Grünflächen und Wasser;Mitte, Wesertor;Hoch;Umweltamt;200 Sensoren;Klimafonds;"
        "Patenschaften;2026-05-01\r\n"
        ";;;;;;;;;;\r\n"
        "Digitale Stadtteilkarte;;;Nachbarschaft und Teilhabe;;mittel;;;;;\r\n"
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(german.encode("cp1252"))  # German Excel without UTF-8
    result = import_steckbriefe(workspace, session, path)
    assert len(result.created) == 2 and result.skipped_blank == 1
    assert result.ignored_columns == ("Datum",)
    first, second = (svc.get(i) for i in result.created)
    assert first.title == "Sensoren für Stadtbäume"
    assert first.summary == "Bodenfeuchte\nmessen; gießen"
    assert first.districts == ("Mitte", "Wesertor")
    assert first.priority == "hoch" and first.status is SteckbriefStatus.EINGEREICHT
    assert first.partners == {"verwaltung": "Umweltamt"}
    assert first.resources == {"investition": "200 Sensoren"}
    assert first.financing == {"foerder": "Klimafonds"}
    assert first.prompts == {"anstossen": "Patenschaften"}
    assert first.handlungsfeld_id is not None and first.leitthema_id is not None
    assert second.leitthema_id is not None  # from its Handlungsfeld
    english = 'title,description,district,priority\n"A ""quoted"" idea, 🚲",x,Mitte,low\n'
    made = import_text(workspace, session, english)
    assert svc.get(made.created[0]).title == 'A "quoted" idea, 🚲'
    assert svc.get(made.created[0]).priority == "niedrig"


def test_import_is_all_or_nothing_with_line_numbers(workspace, event_session) -> None:
    _event, session = event_session
    svc = SteckbriefService(workspace)
    text = (
        "titel;beschreibung;leitthema;priorität\n"  # line 1
        'Gut;"zwei\nZeilen";;\n'  # lines 2-3
        ";nur Beschreibung;;\n"  # line 4: no title
        "Falsches Thema;;Raumfahrt;\n"  # line 5
        "Falsche Priorität;;;dringend\n"  # line 6
        "Zu viele;;;;;x\n"  # line 7
        f"{'x' * 301};;;\n"  # line 8
    )
    with pytest.raises(Refused) as info:
        import_text(workspace, session, text)
    message = str(info.value)
    assert "\n" not in message
    for n in (4, 5, 6, 7, 8):
        assert f"line {n}:" in message
    assert "line 2" not in message and "line 3" not in message
    assert "5 bad line(s)" in message
    assert svc.list_steckbriefe(session_id=session) == []
    for bad, why in (
        ("beschreibung;stadtteil\nx;y\n", "no title column"),
        ("titel;title\nx;y\n", "twice"),
        ("", "empty"),
        ("titel\n\n\n", "no Steckbriefe"),
        ('titel\n"offen\n', "line 2"),
        ("titel\nA\x00B\n", "NUL"),
    ):
        with pytest.raises(Refused, match=why):
            import_text(workspace, session, bad)
    assert svc.list_steckbriefe(session_id=session) == []


def test_cli_export_and_import(tmp_path, capsys) -> None:
    db = tmp_path / "w.sqlite"
    assert main(["demo", "--db", str(db), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    event = made["events"]["denklabor"]
    session = made["sessions"]["denklabor"]
    out = tmp_path / "event.csv"
    assert main(["export", "measures", "--db", str(db), "--event", event, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("measures")
    rows = _read_csv(out.read_bytes())
    assert any("Mobilitätsstation am Bahnhof Oberzwehren" in r for r in rows)
    whole = tmp_path / "alle.pdf"
    assert main(["export", "measures", "--db", str(db), "--out", str(whole), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["scope"] == "workspace" and doc["format"] == "pdf" and doc["steckbriefe"] >= 7
    assert whole.read_bytes().startswith(b"%PDF")
    # refusals: exit 2, one line, nothing written
    for argv in (
        ["--session", session, "--out", str(tmp_path / "s.csv")],
        ["--event", event, "--out", str(tmp_path / "x.xlsx")],
        ["--event", "nope", "--out", str(tmp_path / "n.csv")],
    ):
        assert main(["export", "measures", "--db", str(db), *argv]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and err.startswith("cosmart")
    assert not (tmp_path / "s.csv").exists() and not (tmp_path / "x.xlsx").exists()
    assert main(["export", "json", "--db", str(db), "--out", str(tmp_path / "j.json")]) == 2
    assert "--event or --session" in capsys.readouterr().err
    # export json carries each Steckbrief's place in the Maßnahmenliste (no rater names)
    record = tmp_path / "record.json"
    assert main(["export", "json", "--db", str(db), "--event", event, "--out", str(record)]) == 0
    capsys.readouterr()
    doc = json.loads(record.read_text(encoding="utf-8"))
    briefs = [b for sess in doc["event"]["sessions"] for b in sess["steckbriefe"]]
    station = next(b for b in briefs if b["title"] == "Mobilitätsstation am Bahnhof Oberzwehren")
    assert station["scoring"]["rank"] == 1 and station["scoring"]["raters"] == 2
    assert 0 < station["scoring"]["score"] <= 5 and station["scoring"]["ko_failed"] == []

    good = tmp_path / "konsultation.csv"
    good.write_text("Titel;Stadtteil\nOffenes WLAN im Bürgerhaus;Oberzwehren\n", encoding="utf-8")
    assert (
        main(["import", "steckbriefe", "--db", str(db), "--session", session, str(good), "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["created"] == 1
    bad = tmp_path / "kaputt.csv"
    bad.write_text("Titel;Priorität\nGut;hoch\nSchlecht;sehr\n", encoding="utf-8")
    with open_workspace(db, create=False) as ws:
        before = len(SteckbriefService(ws).list_steckbriefe())
    assert main(["import", "steckbriefe", "--db", str(db), "--session", session, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and err.count("\n") == 1
    assert (
        main(
            [
                "import",
                "steckbriefe",
                "--db",
                str(db),
                "--session",
                session,
                str(tmp_path / "fehlt.csv"),
            ]
        )
        == 2
    )
    with open_workspace(db, create=False) as ws:
        assert len(SteckbriefService(ws).list_steckbriefe()) == before


def test_export_refuses_unknown_suffix_without_writing(workspace, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Refused, match=r"\.csv or \.pdf"):
        export_measures(workspace, folder / "liste.txt")
    assert list(folder.iterdir()) == []
