"""Handout PDF: a session with 40 Steckbriefe → 41 cut-out cards with QR codes.

- ``value``: ``export_handouts`` end to end on a real workspace file — reading the
  session, its Steckbriefe and their follow-up tokens, redacting personal data,
  computing the QR matrices (qrcode, error correction M), laying out 2 × 4 cards
  per A4 page with crop marks, wrapped titles in the embedded fonts (font
  fallback), the address as text, and writing the PDF atomically;
- ``baseline``: bare reportlab drawing the same cards from already gathered
  titles and addresses: reportlab's own ``QrCodeWidget`` (level M) per card, the
  same strings with ``drawString`` in the same embedded TTF font, the same dashed
  cut lines, into a PDF file.

The QR matrix cache is cleared before every run of ours, so both compute every
code anew (the app's preview profits from the cache; this benchmark does not).

Runs alternate so machine load hits both alike; fonts are registered once before
timing. Prints one JSON object with the medians:
``{"name","unit","value","baseline","ratio","n", ...}``.

Usage: python benchmarks/handouts.py [--n 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STECKBRIEFE = 40


def _workspace(folder: Path) -> tuple[object, str]:
    from cosmart_desktop.domain.enums import SessionFormat
    from cosmart_desktop.services.workshops import WorkshopService
    from cosmart_desktop.storage.models import Steckbrief
    from cosmart_desktop.storage.workspace import open_workspace

    ws = open_workspace(folder / "bench.sqlite")
    svc = WorkshopService(ws)
    event_id = svc.create_event("Zukunftswerkstatt Mobilität und Klima", district="Mitte")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    with ws.transaction() as s:
        for i in range(STECKBRIEFE):
            s.add(
                Steckbrief(
                    event_id=event_id,
                    session_id=session_id,
                    title=f"Idee {i + 1}: Sensorgestützte Parkplatzsuche und Mitfahrbänke "
                    f"im Quartier mit offener Datenplattform",
                )
            )
    return ws, session_id


def _baseline(cards: list[tuple[str, str, str]], path: Path) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    for start in range(0, len(cards), 8):
        c.setDash(2, 2)
        for k in range(3):
            c.line((10 + 95 * k) * mm, 12.5 * mm, (10 + 95 * k) * mm, 284.5 * mm)
        for k in range(5):
            c.line(10 * mm, (12.5 + 68 * k) * mm, 200 * mm, (12.5 + 68 * k) * mm)
        c.setDash()
        for slot, (question, title, url) in enumerate(cards[start : start + 8]):
            x = (10 + 95 * (slot % 2)) * mm
            top = (284.5 - 68 * (slot // 2)) * mm
            widget = QrCodeWidget(url, barLevel="M", barBorder=4)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                38 * mm, 38 * mm, transform=[38 * mm / (x1 - x0), 0, 0, 38 * mm / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, c, x + 54 * mm, top - 41 * mm)
            c.setFont("BaseSans-Bold", 10.5)
            c.drawString(x + 5 * mm, top - 9 * mm, question)
            c.setFont("BaseSans-Bold", 10)
            for i in range(0, min(len(title), 120), 30):
                c.drawString(x + 5 * mm, top - (15 + i // 30 * 4.5) * mm, title[i : i + 30])
            c.setFont("BaseSans", 7.5)
            c.drawString(x + 5 * mm, top - 49 * mm, url)
            c.drawString(x + 5 * mm, top - 59 * mm, "Stadt Kassel – Smart City Büro")
        c.showPage()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["COSMART_DATA_DIR"] = str(folder / "data")
        os.environ["COSMART_CONFIG_DIR"] = str(folder / "config")
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from cosmart_desktop.services.export import fonts
        from cosmart_desktop.services.export.handouts import build_handout
        from cosmart_desktop.services.export.participant_exports import export_handouts
        from cosmart_desktop.services.qr import _matrix
        from cosmart_desktop.services.settings import Settings

        fonts.register_fonts()
        pdfmetrics.registerFont(TTFont("BaseSans", str(fonts.font_dir() / "NotoSans-Regular.ttf")))
        pdfmetrics.registerFont(
            TTFont("BaseSans-Bold", str(fonts.font_dir() / "NotoSans-Bold.ttf"))
        )
        ws, session_id = _workspace(folder)
        settings = Settings()
        export_handouts(ws, session_id, folder / "warm.pdf", settings)  # makes the tokens
        handout = build_handout(ws, session_id, "https://www.kassel.de/smart/folgen/{token}", "x")
        cards = [(c.question, c.title, c.url) for c in handout.cards]
        ours: list[float] = []
        bare: list[float] = []
        for i in range(args.n):
            _matrix.cache_clear()  # same job as the baseline: every QR code computed anew
            t = time.perf_counter()
            export_handouts(ws, session_id, folder / f"ours-{i}.pdf", settings)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            _baseline(cards, folder / f"bare-{i}.pdf")
            bare.append(time.perf_counter() - t)
        ws.close()  # type: ignore[attr-defined]
    value, baseline = statistics.median(ours), statistics.median(bare)
    result = {
        "name": "handouts_pdf_41_cards",
        "unit": "s",
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 3),
        "n": args.n,
        "cards": len(cards),
    }
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
