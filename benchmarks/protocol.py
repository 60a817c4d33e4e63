"""Protocol PDF: 500 cards, 40 Steckbriefe, 6 charts (DESIGN.md §8).

- ``value``: ``write_protocol`` end to end on a real workspace file — gathering
  the content from the tables, vote tallies and Steckbrief scores, laying out
  the PDF (title page, table of contents, outline, header and footer, font
  fallback, charts, QR code) and writing it atomically;
- ``baseline``: bare reportlab platypus drawing the same content into a PDF
  file: the same paragraphs (cards, clusters, Steckbrief fields), tables (agenda,
  results, ratings), drawings (the same bar charts and matrix as plain
  reportlab.graphics shapes, the QR code as a reportlab QrCodeWidget), the same
  page breaks, in the same embedded TTF font — from already gathered data.

Runs alternate so machine load hits both alike; fonts are registered once
before timing. Wall-clock medians are ``value``/``baseline``; the process's CPU
time medians (``cpu_value``/``cpu_baseline``) show the work itself when other
processes share the machine. Prints one JSON object with the medians:
``{"name","unit","value","baseline","ratio","n", ...}``.

Usage: python benchmarks/protocol.py [--n 5] [--json]
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
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_S = 3.0
BUDGET_RATIO = 1.5
CARDS, STECKBRIEFE, DOT_ROUNDS = 500, 40, 2  # 2 dot rounds + 3 other forms + matrix = 6 charts


def _baseline_pdf(content, path: Path) -> None:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    font, bold = "BaseSans", "BaseSans-Bold"
    body = ParagraphStyle("b", fontName=font, bulletFontName=font, fontSize=9.5, leading=13.5)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=17, leading=21)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13, leading=17)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=11)
    width = A4[0] - 40 * mm
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
    ]

    def p(text: str, st: ParagraphStyle = body, **kw) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), st, **kw)

    def table(rows: list[list[str]], widths: list[float] | None = None) -> Table:
        t = Table([[p(c, cell) for c in r] for r in rows], colWidths=widths, repeatRows=1)
        t.setStyle(style)
        return t

    def bars(labels: list[str], values: list[float]) -> Drawing:
        top = max([*values, 1])
        d = Drawing(width, 17 * len(labels) + 24, initialFontName=font)
        for i, (label, v) in enumerate(zip(labels, values, strict=True)):
            y = 17 * (len(labels) - i)
            d.add(String(170, y + 2, label[:40], fontName=font, fontSize=7.5, textAnchor="end"))
            d.add(Rect(180, y, 260 * v / top, 11, fillColor=colors.blue, strokeColor=None))
            d.add(String(184 + 260 * v / top, y + 2, f"{v:g}", fontName=bold, fontSize=7.5))
        d.add(Line(180, 16, 440, 16))
        return d

    story = [p(content.event_title, h1), p(content.sessions[0].title, h2)]
    story += [table([[k, v] for k, v in _facts(content)]), PageBreak()]
    for s in content.sessions:
        story.append(p("Ablauf", h1))
        story.append(
            table(
                [["Nr.", "Phase", "Beginn", "Ende", "Dauer"]]
                + [
                    [str(ph.number), ph.title, str(ph.actual_start), str(ph.actual_end), ""]
                    for ph in s.phases
                ]
            )
        )
        for ph in s.phases:
            story += [p(f"Phase {ph.number}: {ph.title}", h1), p(ph.guiding_question, body)]
            for cl in ph.clusters:
                story += [p(cl.label, h2), p(f"{len(cl.cards)} Karten", small)]
                for card in cl.cards:
                    story.append(p(card.text, body, bulletText="•"))
                    story += [p(m, small) for m in card.merged]
            for card in ph.loose_cards:
                story.append(p(card.text, body, bulletText="•"))
        story.append(p("Abstimmungen", h1))
        for r in s.rounds:
            ranking = r.result.ranking
            story += [p(r.title, h2), p("; ".join(r.rules), small)]
            story.append(bars([o.option.label for o in ranking], [o.score for o in ranking]))
            story.append(
                table(
                    [["Rang", "Option", "Wert"]]
                    + [[str(o.rank), o.option.label, f"{o.score:g}"] for o in ranking]
                )
            )
            if r.result.matrix is not None:
                m = Drawing(300, 300, initialFontName=font)
                m.add(Rect(0, 0, 300, 300, fillColor=None))
                for i, pt in enumerate(r.result.matrix.points, 1):
                    x = 20 + 260 * pt.x / max(1, r.result.matrix.x_max)
                    y = 20 + 260 * pt.y / max(1, r.result.matrix.y_max)
                    m.add(Circle(x, y, 6.5, fillColor=colors.blue))
                    m.add(
                        String(x, y - 2, str(i), fontName=bold, fontSize=6.5, textAnchor="middle")
                    )
                story.append(m)
        story += [PageBreak(), p("Steckbriefe", h1)]
        for b in s.steckbriefe:
            story += [PageBreak(), p(b.title, h1)]
            story.append(table([[f.label, f.value] for f in b.fields], [44 * mm, width - 44 * mm]))
            story.append(
                table(
                    [["Kriterium", "Gewicht", "Mittel", "Spanne", "Anzahl"]]
                    + [
                        [
                            c.name,
                            f"{c.weight:g}",
                            f"{c.mean or 0:.2f}",
                            f"{c.spread or 0:g}",
                            str(c.raters),
                        ]
                        for c in b.criteria
                    ]
                )
            )
        if s.followup is not None:
            qr = Drawing(40 * mm, 40 * mm)
            qr.add(QrCodeWidget(s.followup.url, barWidth=40 * mm, barHeight=40 * mm))
            story += [p("Wie geht es weiter?", h1), qr, Spacer(1, 4), p(s.followup.url)]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        initialFontName=font,
        title=content.title,
    )
    doc.build(story)


def _facts(content) -> list[tuple[str, str]]:
    from cosmart_desktop.services.export.protocol.rules import facts

    return facts(content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5, help="runs of each (median reported)")
    parser.add_argument("--json", action="store_true", help="(always JSON; kept for symmetry)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cosmart-bench-") as tmp:
        base = Path(tmp)
        os.environ["COSMART_CONFIG_DIR"] = str(base / "config")
        os.environ["COSMART_DATA_DIR"] = str(base / "data")
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from cosmart_desktop.services.export import fonts
        from cosmart_desktop.services.export.protocol import (
            followup_maker,
            gather_protocol,
            write_protocol,
        )
        from cosmart_desktop.storage.workspace import open_workspace
        from tests.helpers.protocol_data import build_protocol_session

        fonts.register_fonts()
        folder = fonts.font_dir()
        pdfmetrics.registerFont(TTFont("BaseSans", str(folder / "NotoSans-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("BaseSans-Bold", str(folder / "NotoSans-Bold.ttf")))
        template = "https://www.kassel.de/smart/folgen/{token}"
        with open_workspace(base / "bench.sqlite") as ws:
            data = build_protocol_session(
                ws, cards=CARDS, steckbriefe=STECKBRIEFE, dot_rounds=DOT_ROUNDS
            )
            content = gather_protocol(
                ws,
                session_id=data.session_id,
                office="Stadt Kassel",
                followup=followup_maker(ws, template),
            )
            charts = sum(1 + (r.result.matrix is not None) for r in content.sessions[0].rounds)
            ours: list[float] = []
            bare: list[float] = []
            ours_cpu: list[float] = []
            bare_cpu: list[float] = []
            pages = 0
            for i in range(args.n + 1):  # the first round warms caches and is dropped
                start, start_cpu = time.perf_counter(), time.process_time()
                _baseline_pdf(content, base / "baseline.pdf")
                mid, mid_cpu = time.perf_counter(), time.process_time()
                written = write_protocol(
                    ws,
                    base / "protocol.pdf",
                    session_id=data.session_id,
                    office="Stadt Kassel",
                    url_template=template,
                )
                end, end_cpu = time.perf_counter(), time.process_time()
                pages = written.pages
                if i:
                    bare.append(mid - start)
                    ours.append(end - mid)
                    bare_cpu.append(mid_cpu - start_cpu)
                    ours_cpu.append(end_cpu - mid_cpu)
    value, baseline = statistics.median(ours), statistics.median(bare)
    print(
        json.dumps(
            {
                "name": "protocol",
                "unit": "s",
                "value": round(value, 4),
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
                "n": args.n,
                # CPU seconds of this process: the same work, robust on a busy machine
                "cpu_value": round(statistics.median(ours_cpu), 4),
                "cpu_baseline": round(statistics.median(bare_cpu), 4),
                "budget_s": BUDGET_S,
                "budget_ratio": BUDGET_RATIO,
                "cards": written.cards,
                "steckbriefe": written.steckbriefe,
                "charts": charts,
                "pages": pages,
            }
        )
    )


if __name__ == "__main__":
    main()
