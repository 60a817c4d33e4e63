"""HTML, Markdown and CSV protocols, the event scope, the command line, and
atomic writing: a failure midway leaves the old file and no debris."""

from __future__ import annotations

import base64
import csv
import errno
import html
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers.pdf_check import squash, text_of
from helpers.protocol_data import (
    CONTACTS,
    PUBLIC_NAME,
    build_protocol_session,
    photo_bytes,
)

from cosmart_desktop.app import main
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services import atomic
from cosmart_desktop.services.export.protocol import write_protocol
from cosmart_desktop.storage.models import Card, Cluster, Phase, Session
from cosmart_desktop.storage.workspace import open_workspace

TEMPLATE = "https://www.kassel.de/smart/folgen/{token}"
HOSTILE = "<script>alert('x')</script> & =SUMME(A1:A9) | *kein* [Link](http://x)"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("protocol-formats")
    db = folder / "ws.sqlite"
    with open_workspace(db) as ws:
        data = build_protocol_session(ws, cards=40, steckbriefe=2)
        with ws.transaction() as s:
            phase = s.query(Phase).filter(Phase.session_id == data.session_id).first()
            cluster = s.query(Cluster).filter(Cluster.phase_id == phase.id).first()
            s.add(Card(phase_id=phase.id, cluster_id=cluster.id, text=HOSTILE, rank=99.0))
        outputs = {}
        for suffix in ("html", "md", "csv"):
            out = folder / f"protokoll.{suffix}"
            write_protocol(
                ws, out, session_id=data.session_id, office="Stadt Kassel", url_template=TEMPLATE
            )
            outputs[suffix] = out
    return data, db, outputs


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_self_contained_file(session) -> None:
    data, _db, outputs = session
    source = outputs["html"].read_text(encoding="utf-8")
    parsed = _Collect()
    parsed.feed(source)
    assert source.startswith("<!DOCTYPE html>") and '<html lang="de">' in source
    assert "script" not in parsed.tags and "link" not in parsed.tags
    images = [v for tag, k, v in parsed.attrs if tag == "img" and k == "src"]
    assert len(images) == len(data.photo_captions)
    for src in images:
        assert src.startswith("data:image/jpeg;base64,")
        assert base64.b64decode(src.split(",", 1)[1]) == photo_bytes()
    external = [v for _t, k, v in parsed.attrs if k in ("src", "href") and "://" in v]
    assert all(v.startswith("https://www.kassel.de/smart/folgen/") for v in external)
    assert parsed.tags.count("svg") >= 6  # 4 result charts, the matrix, the QR code
    assert '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0' in source
    text = squash(" ".join(parsed.text))
    for card in data.card_texts + data.merged_texts:
        assert squash(card) in text, card
    for value in data.cluster_labels + data.steckbrief_titles + data.round_titles:
        assert value in text
    for _round, label, figure in data.figures:
        assert re.search(re.escape(label) + r"\s+" + re.escape(figure), text), label
    # user text is text: escaped, never markup
    assert html.escape(HOSTILE) in source and HOSTILE in text


def test_markdown_has_the_content_escaped(session) -> None:
    data, _db, outputs = session
    md = outputs["md"].read_text(encoding="utf-8")
    assert md.startswith("# Denklabor Wesertor: Unser smartes Quartier\n")
    for card in data.card_texts + data.merged_texts:
        assert f" {card}" in md, card
    for label in data.cluster_labels:
        assert f"**{label}**" in md
    for title in data.steckbrief_titles:
        assert f"### {title}\n" in md
    for _round, label, figure in data.figures:
        assert re.search(r"\| " + re.escape(label) + r" \| " + re.escape(figure) + " \\|", md)
    assert "\\<script\\>" in md and "<script>" not in md
    assert "\\*kein\\* \\[Link\\](http://x)" in md
    assert "| Rang | Option | Punkte | Aufschlüsselung | Hinweis |" not in md  # one header per form
    assert re.search(r"^\| Nr\. \| Phase \| Beginn \| Ende \| Dauer \|$", md, re.M)


def test_csv_is_for_german_excel(session) -> None:
    data, _db, outputs = session
    raw = outputs["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:5] == ["Sitzung", "Phase Nr.", "Phase", "Cluster", "Karte"]
    col = {name: i for i, name in enumerate(header)}
    assert len(body) == len(data.card_texts) + len(data.merged_texts) + 1
    cards = {r[col["Karte"]]: r for r in body}
    for text in data.card_texts + data.merged_texts:
        assert text in cards
    assert HOSTILE in cards
    merged = cards[data.merged_texts[0]]
    assert merged[col["Zusammengeführt mit"]] == data.card_texts[0]
    first = cards[data.card_texts[0]]
    assert first[col["Cluster"]] == "Straßenbäume & Grün" and first[col["Punkte Cluster"]] == "15"
    assert cards[data.card_texts[1]][col["Genannt als"]] == PUBLIC_NAME


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "ws.sqlite") as ws:
        data = build_protocol_session(ws, cards=3, steckbriefe=0, photos=False)
        with ws.transaction() as s:
            phase = s.query(Phase).filter(Phase.session_id == data.session_id).first()
            for text in ("=1+1", "+49 561", "-Minus", "@SUMME(A1)", "\tTab"):
                s.add(Card(phase_id=phase.id, text=text))
        out = tmp_path / "karten.csv"
        write_protocol(ws, out, session_id=data.session_id)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline=""), delimiter=";"))
    texts = [r[4] for r in rows[1:]]
    for cell in ("'=1+1", "'+49 561", "'-Minus", "'@SUMME(A1)", "'\tTab"):
        assert cell in texts


def test_no_contact_data_in_any_format(session) -> None:
    _data, _db, outputs = session
    for out in outputs.values():
        content = out.read_bytes().decode("utf-8-sig")
        for name, email, phone in CONTACTS:
            for value in (name, email, phone, name.split()[0]):
                assert value not in content, (out.name, value)


def test_event_scope_has_every_session(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "ws.sqlite") as ws:
        data = build_protocol_session(ws, cards=12, steckbriefe=1, photos=False)
        with ws.transaction() as s:
            second = Session(
                event_id=data.event_id,
                title="Zweiter Termin: Rundgang",
                format="free",
                position=1.0,
            )
            s.add(second)
            s.flush()
            phase = Phase(session_id=second.id, title="Quartiersbegehung")
            s.add(phase)
            s.flush()
            s.add(Card(phase_id=phase.id, text="Gehweg an der Weserspitze ist zu schmal"))
        out = tmp_path / "veranstaltung.pdf"
        written = write_protocol(ws, out, event_id=data.event_id, url_template=TEMPLATE)
        with pytest.raises(NotFound):
            write_protocol(ws, tmp_path / "x.pdf", event_id="nope")
        with pytest.raises(Refused):
            write_protocol(ws, tmp_path / "x.txt", event_id=data.event_id)
    assert written.sessions == 2 and not (tmp_path / "x.pdf").exists()
    text = text_of(out)
    assert "Protokoll der Veranstaltung" in text
    assert "Zweiter Termin: Rundgang" in text and "Gehweg an der Weserspitze ist zu schmal" in text
    assert "Denklabor am Samstag – Straßen, Plätze & Grün" in text


class _FullDisk:
    """A file that takes half of what is written, then reports a full disk."""

    def __init__(self, real: io.BufferedWriter) -> None:
        self.real = real
        self.written = 0

    def write(self, data: bytes) -> int:
        half = memoryview(data)[: max(1, len(data) // 2)]
        self.real.write(half)
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.real.close()


@pytest.mark.parametrize("suffix", ["pdf", "html", "md", "csv"])
def test_a_full_disk_leaves_the_previous_file(session, monkeypatch, suffix: str) -> None:
    data, db, _outputs = session
    folder = db.parent / f"atomic-{suffix}"
    folder.mkdir()
    out = folder / f"protokoll.{suffix}"
    out.write_bytes(b"previous version")
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: _FullDisk(real_fdopen(fd, mode)))
    with open_workspace(db, create=False) as ws, pytest.raises(OSError) as failure:
        write_protocol(ws, out, session_id=data.session_id, url_template=TEMPLATE)
    assert failure.value.errno == errno.ENOSPC
    assert out.read_bytes() == b"previous version"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


def test_a_crash_while_laying_out_leaves_no_file(session, monkeypatch) -> None:
    data, db, _outputs = session
    from cosmart_desktop.services.export.protocol import pdf

    def crash(*_args, **_kw):
        raise RuntimeError("crash in the middle of the Steckbriefe")

    monkeypatch.setattr(pdf, "steckbrief_story", crash)
    folder = db.parent / "crash"
    folder.mkdir()
    with open_workspace(db, create=False) as ws, pytest.raises(RuntimeError):
        write_protocol(ws, folder / "neu.pdf", session_id=data.session_id)
    assert list(folder.iterdir()) == []


def test_command_line(session, tmp_path: Path, capsys) -> None:
    data, db, _outputs = session
    out = tmp_path / "cli.pdf"
    args = ["export", "protocol", "--db", str(db), "--session", data.session_id]
    assert main([*args, "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["format"] == "pdf" and summary["pages"] > 5 and out.stat().st_size > 10_000
    assert main([*args, "--out", str(tmp_path / "p.md")]) == 0
    assert "## Abstimmungen" in (tmp_path / "p.md").read_text("utf-8")
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "p.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and ".pdf, .html, .md or .csv" in err
    assert not (tmp_path / "p.txt").exists()
    base = ["export", "html", "--db", str(db), "--event", data.event_id]
    assert main([*base, "--out", str(tmp_path / "e.html")]) == 0
    assert "<!DOCTYPE html>" in (tmp_path / "e.html").read_text("utf-8")
    assert (
        main(
            [
                "export",
                "csv",
                "--db",
                str(db),
                "--session",
                data.session_id,
                "--out",
                str(tmp_path / "k.csv"),
            ]
        )
        == 0
    )
    assert (tmp_path / "k.csv").read_bytes().startswith(b"\xef\xbb\xbfSitzung;")
    assert (
        main(
            [
                "export",
                "protocol",
                "--db",
                str(db),
                "--session",
                "nope",
                "--out",
                str(tmp_path / "n.pdf"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "n.pdf").exists()
