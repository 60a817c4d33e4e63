"""The PDF protocol read back: every card, cluster, vote figure and Steckbrief
with umlauts and ß intact; fonts embedded and every drawn character covered by
the font that draws it; table of contents, outline, page numbers, metadata;
the follow-up QR code decodes; no contact data; 2,000 cards export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.pdf_check import (
    base_name,
    fonts_of,
    is_embedded_truetype,
    qr_texts,
    squash,
    text_of,
    unicode_map,
)
from helpers.protocol_data import CONTACTS, PUBLIC_NAME, SPECIAL_CARDS, build_protocol_session
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy import select

from cosmart_desktop.services.export import fonts
from cosmart_desktop.services.export.protocol import write_protocol
from cosmart_desktop.storage.models import FollowUpToken
from cosmart_desktop.storage.workspace import open_workspace

OFFICE = "Stadt Kassel – Smart City Büro"
TEMPLATE = "https://www.kassel.de/smart/folgen/{token}"
#: cards whose extracted text differs from the typed one by design: Arabic is
#: drawn shaped in visual order, the skin-tone modifier of 👍🏽 is dropped
NOT_VERBATIM = {SPECIAL_CARDS[2], SPECIAL_CARDS[4]}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("protocol-pdf")
    ws = open_workspace(folder / "ws.sqlite")
    try:
        data = build_protocol_session(ws, cards=60, steckbriefe=3)
        out = folder / "Protokoll Wesertor.pdf"
        written = write_protocol(
            ws, out, session_id=data.session_id, office=OFFICE, url_template=TEMPLATE
        )
        with ws.session() as s:
            token = s.scalar(
                select(FollowUpToken.token).where(FollowUpToken.target_id == data.session_id)
            )
        yield data, out, written, token
    finally:
        ws.close()


def test_every_card_cluster_and_steckbrief_is_in_the_text(exported) -> None:
    data, out, written, _token = exported
    text = text_of(out)
    assert written.cards == len(data.card_texts) + len(data.merged_texts)
    for card in data.card_texts:
        if card not in NOT_VERBATIM:
            assert squash(card) in text, card
    for merged in data.merged_texts:
        assert f"zusammengeführt: {merged}" in text
    for label in data.cluster_labels:
        assert label in text
    for title in data.steckbrief_titles:
        assert title in text
    for title in data.round_titles:
        assert title in text
    for caption in data.photo_captions:
        assert f"Foto: {caption}" in text
    # umlauts and ß survive as characters, not as look-alike sequences
    assert "Größere Fußgängerüberwege" in text and "Straßenbäume & Grün" in text
    assert "Çocuklar için daha güvenli okul yolları – Işıklı geçitler" in text


def test_vote_figures_stand_beside_their_options(exported) -> None:
    data, out, _written, _token = exported
    text = text_of(out)
    for _round, label, figure in data.figures:
        assert re.search(re.escape(label) + r"\s+" + re.escape(figure) + r"(\s|$)", text), (
            label,
            figure,
        )
    assert "angenommen" in text and "nicht angenommen" in text
    assert "Passivlösung: alles bleibt, wie es ist" in text
    assert "Gleichstand" in text  # the 11/11 tie of two clusters


def test_title_page_counts_participants_and_names_nobody(exported) -> None:
    _data, out, _written, _token = exported
    reader = PdfReader(str(out))
    title = squash(reader.pages[0].extract_text())
    assert "Denklabor Wesertor: Unser smartes Quartier" in title
    assert "Wesertor" in title and "12. September 2026" in title
    assert "Bürgerhaus Wesertor, Weserstraße" in title
    assert "11 Personen" in title  # the participants of the event, as a number
    assert "Moderation: Team Smart City Büro" in title
    assert PUBLIC_NAME not in title


def test_no_contact_data_but_the_name_someone_asked_for(exported) -> None:
    _data, out, _written, _token = exported
    text = text_of(out)
    raw = out.read_bytes()
    for name, email, phone in CONTACTS:
        for value in (name, email, phone, name.split()[0], email.split("@")[0]):
            assert value not in text
            assert value.encode() not in raw
    assert f"von {PUBLIC_NAME}" in text  # the card author who asked to be named


def test_agenda_has_actual_start_and_end(exported) -> None:
    _data, out, _written, _token = exported
    text = text_of(out)
    # 08:00 UTC is 10:00 in Kassel in September (summer time)
    assert "1. Situationsanalyse 10:00 10:55 55 min" in text
    assert "3. Konkrete Projekte 12:20 13:15 55 min" in text


def test_fonts_are_embedded_truetype_and_cover_every_drawn_character(exported) -> None:
    _data, out, _written, _token = exported
    files = {
        TTFont("x", str(fonts.font_dir() / f)).face.name.decode(): f
        for f in (p.name for p in fonts.font_dir().glob("*.ttf"))
    }
    used = list(fonts_of(out))
    assert {base_name(f) for f in used} >= {"NotoSans-Regular", "NotoSans-Bold"}
    assert "NotoSansArabic-Regular" in {base_name(f) for f in used}
    for font in used:
        assert is_embedded_truetype(font), font.get("/BaseFont")
        face = TTFont("check", str(fonts.font_dir() / files[base_name(font)])).face
        for code, char in unicode_map(font).items():
            if (code < 128 and char == chr(code)) or char == "\x00":
                continue  # reportlab keeps the ASCII codes of its first subset

            assert all(ord(c) in face.charToGlyph for c in char), (base_name(font), char)


def test_metadata_toc_outline_and_page_numbers(exported) -> None:
    _data, out, written, _token = exported
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta.title == "Protokoll: Denklabor am Samstag – Straßen, Plätze & Grün"
    assert meta.author == OFFICE
    assert "Denklabor" in meta.subject and "Wesertor" in meta.subject
    assert len(reader.pages) == written.pages
    toc = squash(reader.pages[1].extract_text())
    assert "Inhalt" in toc

    outline: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline[item.title] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    assert outline["Abstimmungen"] < outline["Steckbriefe"] < outline["Wie geht es weiter?"]
    for heading, page in outline.items():
        # the table of contents lists the heading with the page the outline points to
        assert re.search(re.escape(heading) + r" \.+ " + str(page) + r"\b", toc), heading
        assert heading in squash(reader.pages[page - 1].extract_text())
    last = len(reader.pages)
    assert f"Seite 2 von {last}" in reader.pages[1].extract_text()
    assert f"Seite {last} von {last}" in reader.pages[last - 1].extract_text()
    # each Steckbrief starts its own page
    for title in ("Sensoren für Straßenbäume", "Digitale Sprechstunde im Bürgerhaus"):
        page = squash(reader.pages[outline[title] - 1].extract_text())
        assert page.index(title) < 200  # right under the running header


def test_the_follow_up_qr_code_decodes_to_the_session_url(exported) -> None:
    _data, out, _written, token = exported
    url = TEMPLATE.format(token=token)
    assert token and len(token) >= 22
    reader = PdfReader(str(out))
    last = len(reader.pages) - 1
    assert url in squash(reader.pages[last].extract_text())
    assert url in qr_texts(out, last)


@pytest.mark.slow
def test_a_2000_card_session_exports(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "big.sqlite") as ws:
        data = build_protocol_session(ws, cards=2000, steckbriefe=2, photos=False)
        out = tmp_path / "gross.pdf"
        written = write_protocol(ws, out, session_id=data.session_id, office=OFFICE)
    assert written.cards == 2002 and written.pages > 40
    text = text_of(out)
    missing = [t for t in data.card_texts if t not in NOT_VERBATIM and squash(t) not in text]
    assert not missing, missing[:5]
