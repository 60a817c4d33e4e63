"""The protocol as Markdown (CommonMark with pipe tables). User text is escaped
so it cannot turn into markup; photos are listed by caption (they are in the
PDF and HTML protocols); results are tables instead of charts."""

from __future__ import annotations

import re

from . import charts, rules
from .model import CardItem, PhaseItem, ProtocolContent, SessionItem, SteckbriefItem, VoteRoundItem

#: characters that are markup anywhere in a line
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
#: markup only at the start of a line: headings, lists, quotes, rules
_LEADING = re.compile(r"^(\s*)([#+=-])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
#: explicit bidi overrides/embeddings would reorder the rest of a line in a viewer
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def md(value: str) -> str:
    """User text as inline Markdown: escaped, one line."""
    text = _BIDI.sub("", _CONTROL.sub("", value)).strip()
    text = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))
    text = re.sub(r"\s*\n\s*", " ", text) if "\n" in text else text
    text = _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_block(value: str) -> str:
    """User text as a paragraph, line breaks kept (two trailing spaces)."""
    lines = [md(line) for line in value.strip().split("\n")]
    return "  \n".join(lines)


def cell(value: str) -> str:
    return md(value).replace("\n", "<br>") or " "


def table(head: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    sep = ["---:" if i in right else "---" for i in range(len(head))]
    lines = ["| " + " | ".join(cell(h) for h in head) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class MarkdownWriter:
    def __init__(self, content: ProtocolContent) -> None:
        self.c = content
        self.out: list[str] = []

    def w(self, *lines: str) -> None:
        self.out.extend(lines)

    def render(self) -> str:
        c = self.c
        kicker = "Protokoll der Sitzung" if c.scope == "session" else "Protokoll der Veranstaltung"
        self.w(f"# {md(c.event_title)}", "", f"**{kicker}**", "")
        if c.scope == "session" and c.sessions:
            self.w(md(c.sessions[0].title), "")
        self.w(*[f"- **{k}:** {md(v)}" for k, v in rules.facts(c)], "")
        made = f"Erstellt am {rules.timestamp(c.generated_at)} mit {c.generator} für {c.office}."
        self.w(f"*{md(made)}*", "", f"*{md(rules.PRIVACY_NOTE)}*", "")
        event_scope = c.scope == "event"
        for session in c.sessions:
            self.session(session, 3 if event_scope else 2, event_scope)
        if c.loose_steckbriefe:
            self.w("## Steckbriefe ohne Sitzung", "")
            for b in c.loose_steckbriefe:
                self.steckbrief(b, 3)
        return "\n".join(self.out).rstrip() + "\n"

    def session(self, s: SessionItem, depth: int, own: bool) -> None:
        h = "#" * depth
        if own:
            self.w(f"## {md(s.title)}", "", f"Format: {s.format.label}", "")
            if s.facilitators:
                self.w(f"Moderation: {md(s.facilitators)}", "")
        if s.phases:
            self.w(f"{h} Ablauf", "")
            self.w(
                table(
                    ["Nr.", "Phase", "Beginn", "Ende", "Dauer"],
                    [list(r) for r in rules.agenda_rows(s)],
                )
            )
        for phase in rules.shown_phases(s):
            self.phase(phase, h)
        if s.rounds:
            self.w(f"{h} Abstimmungen", "")
            for item in s.rounds:
                self.round(item, h + "#")
        if s.steckbriefe:
            self.w(f"{h} Steckbriefe", "")
            rows = [
                [
                    "–" if b.rank is None else f"{b.rank}." + (" =" if b.tied else ""),
                    b.title,
                    rules.steckbrief_score(b.score) + (" · K.O." if b.ko_failed else ""),
                    b.status,
                ]
                for b in s.steckbriefe
            ]
            self.w(table(["Rang", "Steckbrief", "Punktzahl", "Status"], rows, {2}))
            for b in s.steckbriefe:
                self.steckbrief(b, depth + 1)
        if s.followup is not None:
            self.w(f"{h} Wie geht es weiter?", "")
            self.w(
                "Wie es mit den Ergebnissen weitergeht, steht unter "
                f"<{s.followup.url}> (auch als QR-Code im PDF-Protokoll).",
                "",
            )

    def phase(self, p: PhaseItem, h: str) -> None:
        self.w(f"{h} Phase {p.number}: {md(p.title)}", "")
        when = rules.phase_time(p)
        if when:
            self.w(f"Durchgeführt: {when}", "")
        if p.guiding_question.strip():
            self.w("> " + md_block(p.guiding_question).replace("\n", "\n> "), "")
        if p.rules.strip():
            self.w(f"*Regeln: {md(p.rules)}*", "")
        for cl in p.clusters:
            self.w(
                f"**{md(cl.label.strip() or 'Cluster ohne Titel')}** ({rules.cluster_note(cl)})", ""
            )
            self.cards(cl.cards)
            for ph in cl.photos:
                self.w(f"*Foto: {md(ph.caption or ph.filename)} (im PDF- und HTML-Protokoll)*", "")
        if p.loose_cards:
            self.w("**Karten ohne Cluster**" if p.clusters else "**Karten**", "")
            self.cards(p.loose_cards)
        for ph in p.photos:
            self.w(f"*Foto: {md(ph.caption or ph.filename)} (im PDF- und HTML-Protokoll)*", "")

    def cards(self, cards: tuple[CardItem, ...]) -> None:
        for card in cards:
            note = rules.card_note(card)
            body = md_block(card.text) or "(leere Karte)"
            self.w(
                f"- {body.replace(chr(10), chr(10) + '  ')}" + (f" · *{md(note)}*" if note else "")
            )
            for merged in card.merged:
                self.w(f"  - *zusammengeführt:* {md(merged)}")
        self.w("")

    def round(self, item: VoteRoundItem, h: str) -> None:
        result = item.result
        self.w(f"{h} {md(item.title)}", "", md(rules.round_status(item)), "")
        if item.rules:
            self.w("Regeln: " + md("; ".join(item.rules)) + ".", "")
        self.w(rules.totals_line(result, item.ballots), "")
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
            row = [
                charts.tie_prefix(r) + rules.rank_text(r),
                r.option.label or "–",
                rules.score_figure(result, r),
            ]
            if any(details):
                row.append(details[i])
            if any(notes):
                row.append(notes[i])
            rows.append(row)
        self.w(table(head, rows, {2}))
        m = item.matrix
        if m is not None and any(p.x or p.y for p in m.points):
            self.w(f"Wirkung × Machbarkeit ({md(m.y.label)} × {md(m.x.label)}):", "")
            rows = [
                [str(i), p.option.label or "–", str(p.y), str(p.x), m.quadrant(p)]
                for i, p in enumerate(m.points, start=1)
                if p.x or p.y
            ]
            self.w(table(["Nr.", "Option", m.y.label, m.x.label, "Quadrant"], rows, {2, 3}))

    def steckbrief(self, b: SteckbriefItem, depth: int) -> None:
        self.w(
            f"{'#' * depth} {md(b.title or 'Steckbrief')}", "", md(rules.steckbrief_badges(b)), ""
        )
        if b.fields:
            self.w(table(["Feld", "Inhalt"], [[f.label, f.value] for f in b.fields]))
        if b.criteria:
            summary = f"{b.raters} {'Bewertung' if b.raters == 1 else 'Bewertende'}"
            if b.score is not None:
                summary += f" · Punktzahl {rules.steckbrief_score(b.score)} von 5"
            self.w(f"**Bewertung:** {summary}", "")
            rows = [[c.name, *rules.criterion_cells(c)] for c in b.criteria]
            self.w(table(["Kriterium", "Gewicht", "Mittel", "Spanne", "Anzahl"], rows, {2, 3, 4}))
        if b.followup_url:
            self.w(f"Weiterverfolgen: <{b.followup_url}>", "")


def render_markdown(content: ProtocolContent) -> str:
    return MarkdownWriter(content).render()
