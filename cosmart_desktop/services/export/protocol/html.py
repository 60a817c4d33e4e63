"""The protocol as one self-contained HTML file: inline CSS, photos as data:
URIs, charts and the QR code as inline SVG. User text is escaped and marked
``dir="auto"`` so right-to-left text shows correctly and cannot spill over."""

from __future__ import annotations

import base64
import re
from html import escape

from . import charts, rules
from .model import (
    CardItem,
    PhaseItem,
    Photo,
    ProtocolContent,
    SessionItem,
    SteckbriefItem,
    VoteRoundItem,
)
from .qr import qr_svg

IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CSS = """
:root{--accent:#00508c;--light:#e8f0f7;--ink:#1f2933;--muted:#5f6b7a;--rule:#c5ced8}
*{box-sizing:border-box}
body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;color:var(--ink);
 margin:0;background:#fff;line-height:1.45;font-size:15px}
.band{background:var(--accent);color:#fff;padding:22px 6vw 18px}
.band .office{font-weight:bold;font-size:1.15em}
main,.cover,nav{max-width:60rem;margin:0 auto;padding:0 6vw}
.kicker{color:var(--accent);font-weight:bold;margin-top:2.2em}
h1.title{font-size:2.1em;margin:.2em 0 .2em}
.subtitle{font-size:1.25em;margin:0 0 1em}
h2{color:var(--accent);font-size:1.55em;margin:1.8em 0 .5em;border-bottom:2px solid var(--accent)}
h3{color:var(--accent);font-size:1.2em;margin:1.6em 0 .4em}
h4{font-size:1.02em;margin:1.2em 0 .2em}
.muted,.note{color:var(--muted)}
.note{font-size:.85em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
th{background:var(--accent);color:#fff;text-align:left;padding:4px 6px}
td{border-bottom:1px solid var(--rule);padding:4px 6px;vertical-align:top}
tr:nth-child(even) td{background:#f4f6f9}
tr.top td{background:#fff4d6}
td.num{text-align:right;white-space:nowrap}
table.facts th{background:none;color:var(--muted);width:11em;border-bottom:1px solid var(--rule)}
.question{background:var(--light);border-left:4px solid var(--accent);padding:.6em 1em;
 font-style:italic;font-size:1.1em}
.cluster{margin:1em 0 .3em}
.cluster .swatch{display:inline-block;width:1.6em;height:.3em;vertical-align:middle;
 margin-right:.4em;background:var(--accent)}
ul.cards{margin:.2em 0 .8em 1.2em;padding:0}
ul.cards li{margin:.15em 0}
.merged{color:var(--muted);font-style:italic;font-size:.9em}
figure{margin:.8em 0}
figure img{max-width:100%;max-height:32rem;border:1px solid var(--rule)}
figcaption{color:var(--muted);font-size:.85em}
svg.chart{width:100%;height:auto;max-width:48rem;font-family:inherit}
svg.matrix{max-width:26rem}
.followup{display:flex;gap:1.2em;align-items:center;background:var(--light);padding:1em}
svg.qr{width:9rem;height:9rem;flex:none}
nav ol{padding-left:1.2em}
nav li{margin:.15em 0}
section.steckbrief{border-top:3px solid var(--accent);margin-top:2.4em}
footer{max-width:60rem;margin:3em auto 2em;padding:1em 6vw 0;color:var(--muted);
 font-size:.85em;border-top:1px solid var(--rule)}
@media print{body{font-size:10.5pt}.band{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 section.steckbrief{break-before:page}h2,h3,h4{break-after:avoid}figure,tr{break-inside:avoid}}
@page{size:A4;margin:18mm 16mm}
"""


def esc(value: str) -> str:
    """Escaped user text; invisible control characters dropped, line breaks kept."""
    return escape(_CONTROL.sub("", value)).replace("\n", "<br>")


def _p(value: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<p dir="auto"{attr}>{esc(value)}</p>'


class HtmlWriter:
    def __init__(self, content: ProtocolContent) -> None:
        self.c = content
        self.toc: list[tuple[int, str, str]] = []
        self.parts: list[str] = []

    def anchor(self, level: int, title: str) -> str:
        key = f"s{len(self.toc) + 1}"
        self.toc.append((level, title, key))
        return key

    def heading(self, tag: str, level: int, title: str) -> str:
        return f'<{tag} id="{self.anchor(level, title)}" dir="auto">{esc(title)}</{tag}>'

    def render(self) -> str:
        c = self.c
        body: list[str] = []
        event_scope = c.scope == "event"
        for session in c.sessions:
            body.append(self.session(session, 1 if event_scope else 0, event_scope))
        if c.loose_steckbriefe:
            body.append(self.heading("h2", 0, "Steckbriefe ohne Sitzung"))
            body.extend(self.steckbrief(b, "h3", 1) for b in c.loose_steckbriefe)
        kicker = "Protokoll der Sitzung" if c.scope == "session" else "Protokoll der Veranstaltung"
        sub = ""
        if c.scope == "session" and c.sessions:
            sub = c.sessions[0].title
        elif len(c.sessions) > 1:
            sub = " · ".join(s.title for s in c.sessions)
        facts = "".join(
            f'<tr><th scope="row">{esc(k)}</th><td dir="auto">{esc(v)}</td></tr>'
            for k, v in rules.facts(c)
        )
        toc = "".join(
            f'<li class="l{level}" style="margin-left:{level * 1.2}em">'
            f'<a href="#{key}" dir="auto">{esc(title)}</a></li>'
            for level, title, key in self.toc
        )
        made = f"Erstellt am {rules.timestamp(c.generated_at)} mit {c.generator}."
        return "".join(
            [
                '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{esc(c.title)}</title>",
                f'<meta name="author" content="{escape(c.office)}">',
                f'<meta name="generator" content="{escape(c.generator)}">',
                f"<style>{CSS}</style></head><body>",
                f'<header class="band"><div class="office">{esc(c.office)}</div>',
                "<div>Co-Smart · Beteiligung in Kassel</div></header>",
                f'<div class="cover"><p class="kicker">{kicker}</p>',
                f'<h1 class="title" dir="auto">{esc(c.event_title)}</h1>',
                f'<p class="subtitle" dir="auto">{esc(sub)}</p>' if sub else "",
                f'<table class="facts">{facts}</table>' if facts else "",
                "</div>",
                '<nav aria-label="Inhalt"><h2>Inhalt</h2>',
                f'<ol style="list-style:none">{toc}</ol></nav>',
                "<main>",
                *body,
                "</main>",
                f"<footer><p>{esc(made)}</p><p>{esc(rules.PRIVACY_NOTE)}</p></footer>",
                "</body></html>\n",
            ]
        )

    def session(self, s: SessionItem, level: int, own: bool) -> str:
        h = ("h2", "h3", "h4")
        out: list[str] = []
        if own:
            out.append(self.heading("h2", 0, s.title))
            out.append(_p(f"Format: {s.format.label}", "muted"))
            if s.facilitators:
                out.append(_p(f"Moderation: {s.facilitators}", "muted"))
        top, sub = h[level], h[min(level + 1, 2)]
        if s.phases:
            out.append(self.heading(top, level, "Ablauf"))
            rows = "".join(
                "<tr>" + "".join(f'<td dir="auto">{esc(v)}</td>' for v in row) + "</tr>"
                for row in rules.agenda_rows(s)
            )
            out.append(
                "<table><thead><tr><th>Nr.</th><th>Phase</th><th>Beginn</th><th>Ende</th>"
                f"<th>Dauer</th></tr></thead><tbody>{rows}</tbody></table>"
            )
        for phase in rules.shown_phases(s):
            out.append(self.phase(phase, top, level))
        if s.rounds:
            out.append(self.heading(top, level, "Abstimmungen"))
            out.extend(self.round(r, sub, level + 1) for r in s.rounds)
        if s.steckbriefe:
            out.append(self.heading(top, level, "Steckbriefe"))
            out.append(self.overview(s.steckbriefe))
            out.extend(self.steckbrief(b, sub, level + 1) for b in s.steckbriefe)
        if s.followup is not None:
            out.append(self.heading(top, level, "Wie geht es weiter?"))
            out.append(followup_html(s.followup.url))
        return "".join(out)

    def phase(self, p: PhaseItem, tag: str, level: int) -> str:
        out = [self.heading(tag, level, f"Phase {p.number}: {p.title}")]
        when = rules.phase_time(p)
        if when:
            out.append(_p(f"Durchgeführt: {when}", "muted"))
        if p.guiding_question.strip():
            out.append(f'<p class="question" dir="auto">{esc(p.guiding_question)}</p>')
        if p.rules.strip():
            out.append(_p(f"Regeln: {p.rules}", "note"))
        for cl in p.clusters:
            color = cl.color if re.fullmatch(r"#[0-9a-fA-F]{3,8}", cl.color or "") else ""
            style = f' style="background:{color}"' if color else ""
            out.append(
                f'<div class="cluster"><h4 dir="auto"><span class="swatch"{style}></span>'
                f"{esc(cl.label.strip() or 'Cluster ohne Titel')}</h4>"
                f"{_p(rules.cluster_note(cl), 'note')}</div>"
            )
            out.append(cards_html(cl.cards))
            out.extend(photo_html(ph) for ph in cl.photos)
        if p.loose_cards:
            title = "Karten ohne Cluster" if p.clusters else "Karten"
            out.append(f'<div class="cluster"><h4>{title}</h4></div>')
            out.append(cards_html(p.loose_cards))
        out.extend(photo_html(ph) for ph in p.photos)
        return "".join(out)

    def round(self, item: VoteRoundItem, tag: str, level: int) -> str:
        result = item.result
        out = [self.heading(tag, level, item.title), _p(rules.round_status(item), "muted")]
        if item.rules:
            out.append(_p("Regeln: " + "; ".join(item.rules) + ".", "note"))
        out.append(_p(rules.totals_line(result, item.ballots)))
        chart = charts.bar_chart(item, 560)
        if chart is not None:
            out.append(f"<figure>{charts.to_svg(chart)}")
            if chart.note:
                out.append(f"<figcaption>{esc(chart.note)}</figcaption>")
            out.append("</figure>")
        details = [rules.detail(result, r) for r in result.ranking]
        notes = [
            " · ".join(x for x in (rules.verdict(result, r), rules.tie_mark(r)) if x)
            for r in result.ranking
        ]
        head = ["Rang", "Option", rules.figure_header(result)]
        if any(details):
            head.append("Aufschlüsselung")
        if any(notes):
            head.append("Ergebnis / Hinweis")
        rows = []
        for i, r in enumerate(result.ranking):
            cells = [
                f"<td>{esc(charts.tie_prefix(r) + rules.rank_text(r))}</td>",
                f'<td dir="auto">{esc(r.option.label or "–")}</td>',
                f'<td class="num">{esc(rules.score_figure(result, r))}</td>',
            ]
            if any(details):
                cells.append(f"<td>{esc(details[i])}</td>")
            if any(notes):
                cells.append(f"<td>{esc(notes[i])}</td>")
            top = r.adopted or (r.rank == 1 and r.votes and result.method.value != "approval")
            rows.append(f"<tr{' class=top' if top else ''}>{''.join(cells)}</tr>")
        out.append(
            "<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        matrix = charts.matrix_chart(item)
        if matrix is not None:
            legend = "".join(
                f'<tr><td>{n}</td><td dir="auto">{esc(label or "–")}</td><td>{esc(q)}</td></tr>'
                for n, label, q in charts.matrix_legend(item)
            )
            out.append(
                f"<h4>Wirkung × Machbarkeit ({esc(matrix.title)})</h4>"
                f"<figure>{charts.to_svg(matrix, 'chart matrix')}"
                "<figcaption>Die gestrichelten Linien zeigen die Mittelwerte aller Optionen."
                "</figcaption></figure><table><thead><tr><th>Nr.</th><th>Option</th>"
                f"<th>Quadrant</th></tr></thead><tbody>{legend}</tbody></table>"
            )
        return "".join(out)

    def overview(self, items: tuple[SteckbriefItem, ...]) -> str:
        rows = "".join(
            f"<tr><td>{'–' if b.rank is None else f'{b.rank}.' + (' =' if b.tied else '')}</td>"
            f'<td dir="auto">{esc(b.title)}</td>'
            f'<td class="num">{esc(rules.steckbrief_score(b.score))}'
            f"{' · K.O.' if b.ko_failed else ''}</td><td>{esc(b.status)}</td></tr>"
            for b in items
        )
        return (
            "<table><thead><tr><th>Rang</th><th>Steckbrief</th><th>Punktzahl</th>"
            f"<th>Status</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def steckbrief(self, b: SteckbriefItem, tag: str, level: int) -> str:
        out = ['<section class="steckbrief">', self.heading(tag, level, b.title or "Steckbrief")]
        out.append(_p(rules.steckbrief_badges(b), "muted"))
        if b.fields:
            out.append(
                '<table class="facts">'
                + "".join(
                    f'<tr><th scope="row">{esc(f.label)}</th>'
                    f'<td dir="auto">{esc(f.value)}</td></tr>'
                    for f in b.fields
                )
                + "</table>"
            )
        if b.criteria:
            summary = f"{b.raters} {'Bewertung' if b.raters == 1 else 'Bewertende'}"
            if b.score is not None:
                summary += f" · Punktzahl {rules.steckbrief_score(b.score)} von 5"
            if b.ko_failed:
                summary += " · nicht erfüllt: " + ", ".join(b.ko_failed)
            rows = "".join(
                f'<tr><td dir="auto">{esc(c.name)}</td>'
                + "".join(f'<td class="num">{esc(v)}</td>' for v in rules.criterion_cells(c))
                + "</tr>"
                for c in b.criteria
            )
            out.append(
                f"<h4>Bewertung</h4>{_p(summary)}<table><thead><tr><th>Kriterium</th>"
                "<th>Gewicht</th><th>Mittel</th><th>Spanne</th><th>Anzahl</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>"
            )
        if b.followup_url:
            out.append(followup_html(b.followup_url))
        out.append("</section>")
        return "".join(out)


def cards_html(cards: tuple[CardItem, ...]) -> str:
    items = []
    for card in cards:
        note = rules.card_note(card)
        merged = "".join(
            f'<div class="merged" dir="auto">zusammengeführt: {esc(m.strip())}</div>'
            for m in card.merged
        )
        note_html = f' <span class="note">· {esc(note)}</span>' if note else ""
        items.append(
            f'<li><span dir="auto">{esc(card.text.strip() or "(leere Karte)")}</span>'
            f"{note_html}{merged}</li>"
        )
    return f'<ul class="cards">{"".join(items)}</ul>' if items else ""


def photo_html(photo: Photo) -> str:
    caption = photo.caption.strip() or photo.filename or "Foto"
    mime = photo.mime.lower().strip()
    if mime not in IMAGE_TYPES:
        return _p(
            f"Foto „{caption}“ liegt in einem Format vor, das hier nicht gezeigt wird.", "note"
        )
    data = base64.b64encode(photo.data).decode("ascii")
    return (
        f'<figure><img src="data:{mime};base64,{data}" alt="{escape(caption)}">'
        f'<figcaption dir="auto">Foto: {esc(caption)}</figcaption></figure>'
    )


def followup_html(url: str) -> str:
    safe = escape(url, quote=True)
    return (
        f'<div class="followup">{qr_svg(url, "QR-Code: " + url)}<div><p>Wie es mit den '
        "Ergebnissen weitergeht, steht unter dieser Adresse. Der QR-Code führt dorthin; er "
        "enthält nur eine Zufallskennung, keine persönlichen Daten.</p>"
        f'<p><a href="{safe}">{esc(url)}</a></p></div></div>'
    )


def render_html(content: ProtocolContent) -> str:
    return HtmlWriter(content).render()
