"""Importing cards from text and CSV files: German Excel and RFC 4180,
all-or-nothing with bad lines reported by number, odd text kept verbatim —
through the service and through ``cosmart import cards``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.board import dump, make_session

from cosmart_desktop import cli
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_import import import_cards, parse_cards
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def session(workspace):
    session_id, phases = make_session(workspace)
    WorkshopService(workspace).set_current_phase(session_id, phases[1])
    return session_id, phases


def _texts(ws, phase_id):
    board = BoardService(ws).board(phase_id)
    return sorted(c.text for c in board.cards.values())


def test_german_excel_csv_with_bom_semicolons_crlf_and_clusters(workspace, session):
    session_id, phases = session
    data = (
        BOM
        + (
            "Text;Cluster;Phase\r\n"
            '"Busse fahren abends zu selten; vor allem sonntags";ÖPNV;Kritikphase\r\n'
            "Radwege enden plötzlich;Radverkehr;\r\n"
            "Zu wenig Bänke;;\r\n"
            '"Sensoren melden freie Parkplätze";Digitales;Phantasie- und Utopiephase\r\n'
        ).encode()
    )
    result = import_cards(workspace, session_id, data, filename="karten.csv")
    assert (result.cards, result.clusters) == (4, 3)
    kritik = BoardService(workspace).board(phases[1])
    labels = {k.label for k in kritik.clusters.values()}
    assert labels == {"ÖPNV", "Radverkehr"}
    texts = {c.text: c for c in kritik.cards.values()}
    assert "Busse fahren abends zu selten; vor allem sonntags" in texts
    assert texts["Zu wenig Bänke"].cluster_id is None
    assert {c.origin for c in kritik.cards.values()} == {"imported"}
    assert _texts(workspace, phases[2]) == ["Sensoren melden freie Parkplätze"]


def test_rfc4180_commas_doubled_quotes_and_line_breaks_inside_quotes(workspace, session):
    session_id, phases = session
    data = (
        b"text,cluster\n"
        b'"Ein ""smarter"" Platz, mit WLAN",Treffpunkte\n'
        b'"Zeile eins\nZeile zwei",Treffpunkte\n'
        b"\n"
        b"Kein Zitat,\n"
    )
    import_cards(workspace, session_id, data, filename="cards.csv")
    assert _texts(workspace, phases[1]) == [
        'Ein "smarter" Platz, mit WLAN',
        "Kein Zitat",
        "Zeile eins\nZeile zwei",
    ]


def test_plain_text_one_card_per_line_skips_empty_lines(workspace, session):
    session_id, phases = session
    data = "Mehr Grün\r\n\r\n   \r\nWLAN am Marktplatz\nBänke\n".encode()
    result = import_cards(workspace, session_id, data, filename="notizen.txt")
    assert result.cards == 3
    assert _texts(workspace, phases[1]) == ["Bänke", "Mehr Grün", "WLAN am Marktplatz"]


def test_odd_text_is_imported_verbatim(workspace, session):
    session_id, phases = session
    odd = [
        "Familie 👩‍👩‍👧‍👦 mit Rollstuhl 🧑🏽‍🦽",
        "مواصلات عامة أفضل في المساء",
        "Ampel \u202ezu kurz\u202c für Ältere",
        "y" * 1_000_000,
    ]
    data = BOM + ("Text\r\n" + "\r\n".join(odd) + "\r\n").encode()
    import_cards(workspace, session_id, data, filename="odd.csv")
    assert _texts(workspace, phases[1]) == sorted(odd)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"Text;Cluster\r\ngut;A\r\nauch gut;B\r\nkaputt \xff\xfe hier;C\r\n",
            "line 4: not valid UTF-8",
        ),
        (b"Mehr Gr\xfcn\nWLAN\n", "line 1: not valid UTF-8"),
        (b"erste\nzweite\ndrit\x00te\n", "line 3: contains a NUL"),
        (b"text;cluster\nok;A\n;B\nzu;viele;Felder\n", "line 3: the text is empty"),
        (b"text;cluster\nok;A\n;B\nzu;viele;Felder\n", "line 4: 3 fields"),
        (b"text,phase\nok,Keine solche Phase\n", "line 2: no phase “Keine solche Phase”"),
        (("text\nok\n" + "z" * 1_000_001 + "\n").encode(), "line 3: Kartentext"),
        (b"", "holds no cards"),
        # an unclosed quote would swallow the rest of the file into one card
        (b'text;cluster\nok;A\n"offen;B\nweiter;C\nletzte;D\n', "line 3: a quotation mark"),
        (b'\n\ntext,cluster\n"a\nb",K\nx,"y\n', "line 6: a quotation mark"),
    ],
)
def test_bad_files_are_refused_with_the_line_and_nothing_is_imported(
    workspace, session, data, message
):
    session_id, _phases = session
    before = dump(workspace)
    with pytest.raises(Refused, match=message):
        import_cards(workspace, session_id, data, filename="x.csv")
    assert dump(workspace) == before


def test_a_csv_without_text_column_is_refused(workspace, session):
    with pytest.raises(Refused, match="column “text”"):
        import_cards(workspace, session[0], b"Idee;Gruppe\nA;B\n", filename="x.csv")


def test_quotes_that_close_are_read_as_excel_writes_them():
    data = b'text;cluster\n"Tempo 30" \xc3\xbcberall;A\n5 Zoll" Display;B\n"a ""b"";c";C\n'
    cards, problems = parse_cards(data, "x.csv")
    assert problems == []
    assert [c.text for c in cards] == ["Tempo 30 überall", '5 Zoll" Display', 'a "b";c']


def test_line_numbers_count_physical_lines_across_quoted_breaks():
    cards, problems = parse_cards(b'text,cluster\n"a\nb\nc",K\n\n"",K\n', "x.csv")
    assert [c.line for c in cards] == [2]
    assert [str(p) for p in problems] == ["line 6: the text is empty"]


def test_utf16_excel_unicode_text_with_tabs(workspace, session):
    data = "Text\tCluster\r\nMehr Grün\tUmwelt\r\n".encode("utf-16")
    import_cards(workspace, session[0], data, filename="unicode.txt")
    assert _texts(workspace, session[1][1]) == ["Mehr Grün"]


def test_cli_import_cards_with_phase_option_and_refusal(db_path, tmp_path):
    with open_workspace(db_path) as ws:
        session_id, phases = make_session(ws)
    good = tmp_path / "karten.csv"
    good.write_bytes(
        BOM + "Text;Cluster\r\nBusse fahren abends zu selten nach Oberzwehren;ÖPNV\r\n".encode()
    )
    args = [
        "import",
        "cards",
        "--db",
        str(db_path),
        "--session",
        session_id,
        "--phase",
        "utopie",
        str(good),
        "--json",
    ]
    assert cli.run(cli.parse(args)) == 0
    with open_workspace(db_path) as ws:
        assert _texts(ws, phases[2]) == ["Busse fahren abends zu selten nach Oberzwehren"]
        before = dump(ws)
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"Text\r\nok\r\nnicht \xc3\x28 ok\r\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cosmart_desktop",
            "import",
            "cards",
            "--db",
            str(db_path),
            "--session",
            session_id,
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "cosmart: line 3: not valid UTF-8 (byte 7 of the line); save the file as UTF-8 — "
        "nothing was imported"
    ]
    with open_workspace(db_path) as ws:
        assert dump(ws) == before


def test_cli_json_summary(db_path, tmp_path, capsys):
    with open_workspace(db_path) as ws:
        session_id, _phases = make_session(ws)
    path = tmp_path / "ideen.txt"
    path.write_text("Eins\nZwei\n", encoding="utf-8")
    args = ["import", "cards", "--db", str(db_path), "--session", session_id, str(path), "--json"]
    assert cli.run(cli.parse(args)) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["cards"] == 2 and doc["clusters"] == 0 and list(doc["phases"].values()) == [2]
    assert Path(path).exists()
