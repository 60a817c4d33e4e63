"""PDFs of the Maßnahmenliste and of single Steckbriefe, read back with pypdf
(text with umlauts and ß intact) and rendered with pypdfium2 (one page each,
even for very long text)."""

from __future__ import annotations

import pypdfium2
import pytest
from pypdf import PdfReader

from cosmart_desktop.domain.enums import CriterionKind, SessionFormat
from cosmart_desktop.domain.scoring import score_text
from cosmart_desktop.services.catalogue import CatalogueService
from cosmart_desktop.services.export.measures import export_measures, export_steckbrief_pdf
from cosmart_desktop.services.measures import MeasureFilter, MeasuresService
from cosmart_desktop.services.steckbrief import SteckbriefService
from cosmart_desktop.services.strategy import StrategyService
from cosmart_desktop.services.workshops import WorkshopService


def _text(reader: PdfReader, page: int) -> str:
    return " ".join((reader.pages[page].extract_text() or "").split())


@pytest.fixture
def filled(workspace):
    w = WorkshopService(workspace)
    event = w.create_event("Zukunftswerkstatt Straßenräume", district="Südstadt")
    session = w.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    svc = SteckbriefService(workspace)
    field = next(
        c for c in StrategyService(workspace).field_choices() if c.name == "Grünflächen und Wasser"
    )
    criteria = CatalogueService(workspace).active().criteria
    first = svc.create(
        session,
        event,
        title="Sensoren für Straßenbäume in der Südstadt",
        summary="Größere Bäume, gießen nach Maß: Bodenfeuchte messen.",
        handlungsfeld_id=field.id,
        lead="Umwelt- und Gartenamt",
        partners={"buergerschaft": "Gießpatenschaften", "umwelt": "Naturschutzbeirat"},
        prompts={"anstossen": "Pilot mit 50 Bäumen", "ort": "Weinberg, Südstadt"},
        priority="hoch",
    )
    second = svc.create(session, event, title="Übergänge barrierefrei – Ärger über Stufen")
    for c in criteria:
        value = 1 if c.kind is CriterionKind.KO else 4
        svc.set_rating(first, c.id, "Anna", value)
        svc.set_rating(first, c.id, "Bülent", 1 if c.kind is CriterionKind.KO else 3)
    return event, session, first, second


def test_measures_pdf_lists_then_one_page_per_steckbrief(workspace, filled, tmp_path) -> None:
    event, _session, _first, _second = filled
    out = tmp_path / "massnahmen.pdf"
    summary = export_measures(workspace, out, event_id=event)
    assert summary["format"] == "pdf" and summary["steckbriefe"] == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    first_page = reader.pages[0]
    assert float(first_page.mediabox.width) > float(first_page.mediabox.height)  # landscape
    assert float(reader.pages[1].mediabox.width) < float(reader.pages[1].mediabox.height)
    listing = _text(reader, 0)
    assert "Maßnahmenliste" in listing
    assert "Zukunftswerkstatt Straßenräume · Südstadt" in listing
    assert listing.index("Sensoren für Straßenbäume") < listing.index("Übergänge barrierefrei")
    rows = MeasuresService(workspace).rows(MeasureFilter(event_id=event))
    assert rows[0].score is not None and 3 < rows[0].score < 4
    assert score_text(rows[0].score) in listing  # with a German decimal comma
    page = _text(reader, 1)
    for expected in (
        "Sensoren für Straßenbäume in der Südstadt",
        "Größere Bäume, gießen nach Maß",
        "Gießpatenschaften",
        "Was anstoßen?: Pilot mit 50 Bäumen",
        "Energie & Umwelt › Grünflächen und Wasser",
        "hoch (sofort)",
        "Bewertung nach Leitlinien der Smart City Charta",
    ):
        assert expected in page, expected
    assert "Anna" not in page and "Bülent" not in page  # counts, not names
    assert "Noch offen" in _text(reader, 2)  # the empty draft lists what is missing


def test_single_steckbrief_is_one_page_even_with_huge_text(workspace, filled, tmp_path) -> None:
    _event, _session, first, second = filled
    svc = SteckbriefService(workspace)
    huge = ("Überlange Beschreibung mit ß und Ä. " * 30_000)[:1_000_000]
    svc.update(
        second,
        summary=huge,
        problem="Zeile\n" * 2000,
        risks="Datenschutz: 👩‍👩‍👧 مرحبا \u202eumgekehrt",
        partners={k: "Partner " * 200 for k in ("buergerschaft", "verwaltung", "wirtschaft")},
    )
    for sid in (first, second):
        out = tmp_path / f"{sid}.pdf"
        assert export_steckbrief_pdf(workspace, sid, out) == {"out": str(out), "steckbrief": sid}
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        doc = pypdfium2.PdfDocument(str(out))
        try:
            image = doc[0].render(scale=0.5).to_pil()
            assert image.getextrema() != ((255, 255), (255, 255), (255, 255))  # not blank
        finally:
            doc.close()
    text = _text(PdfReader(tmp_path / f"{second}.pdf"), 0)
    assert "Übergänge barrierefrei – Ärger über Stufen" in text
    assert "Überlange Beschreibung mit ß und Ä." in text
    assert "…" in text  # shortened, not cut off silently
