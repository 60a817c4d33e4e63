"""Static follow-up pages for the city to publish at the token addresses: one
self-contained HTML page per session ("Was passiert mit unseren Ergebnissen?")
and one per Steckbrief ("Was wird aus meiner Idee?").

Each page holds results, status and next steps — counts and titles, never a
name, e-mail or phone number (free text passes through ``redactor``). Pages
are written as ``OUT/<token>/index.html`` so the folder can be uploaded as is
to the address in the template; no scripts, no external resources, and
``noindex`` so search engines do not list them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ...domain.enums import (
    PROCESS_STEP_LABELS,
    FollowUpTarget,
    SessionFormat,
    SteckbriefStatus,
    VoteMethod,
)
from ...domain.errors import NotFound, Refused
from ...storage.models import Card, Cluster, Event, Leitthema, Phase, Session, Steckbrief
from ...storage.workspace import Workspace
from ..atomic import write_text_atomic
from ..common import noun
from ..followup import FollowUpService
from ..participants import personal_data_redactor as redactor
from ..voting import VotingService
from .handouts import QUESTION, plain_line

STATUS_FLOW = (
    SteckbriefStatus.ENTWURF,
    SteckbriefStatus.EINGEREICHT,
    SteckbriefStatus.BEWERTET,
    SteckbriefStatus.PRIORISIERT,
    SteckbriefStatus.IN_UMSETZUNG,
)
NEXT_STEPS = {
    SteckbriefStatus.ENTWURF: "Die Idee wurde in der Veranstaltung als Steckbrief festgehalten. "
    "Als Nächstes vervollständigt {office} den Steckbrief und reicht ihn zur Bewertung ein.",
    SteckbriefStatus.EINGEREICHT: "Der Steckbrief ist eingereicht. Als Nächstes wird er anhand "
    "des Kriterienkatalogs (Smart City Charta) von mehreren Personen unabhängig bewertet.",
    SteckbriefStatus.BEWERTET: "Der Steckbrief ist bewertet. Als Nächstes wird entschieden, ob "
    "die Idee in die Maßnahmenliste aufgenommen wird und mit welcher Priorität.",
    SteckbriefStatus.PRIORISIERT: "Die Idee steht in der Maßnahmenliste. Als Nächstes werden "
    "Federführung, Partner und Finanzierung (auch Fördermittel) geklärt.",
    SteckbriefStatus.IN_UMSETZUNG: "Die Idee wird umgesetzt. Auf dieser Seite erfahren Sie, "
    "wie es vorangeht.",
    SteckbriefStatus.ZURUECKGESTELLT: "Die Idee ist vorerst zurückgestellt und bleibt im "
    "Ideenpool. Sie kann bei einer späteren Runde wieder aufgegriffen werden.",
}
PRIORITY = {
    "hoch": "hoch – Start sofort",
    "mittel": "mittel – Start binnen zwei Jahren",
    "niedrig": "niedrig – Start binnen vier Jahren",
}
SESSION_NEXT = (
    "{office} wertet die Ergebnisse aller Veranstaltungen aus. Ideen werden als Steckbriefe "
    "nach dem Kriterienkatalog bewertet und kommen in die Maßnahmenliste mit Priorisierung "
    "oder in den Ideenpool. Diese Seite wird aktualisiert, sobald es Neues gibt."
)
TOP_OPTIONS = 5
LABEL_MAX = 200

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
margin:0;background:#f5f7f9;color:#1d2329;line-height:1.5}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;background:#fff}
h1{color:#00548c;font-size:1.6rem;margin:.5rem 0 .25rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #dde3e8;padding-bottom:.2rem}
.lead{font-size:1.15rem;font-weight:600;margin:.25rem 0}
.meta{color:#56616b;margin:0 0 1rem}
ol.steps{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
ol.steps li{padding:.2rem .6rem;border-radius:1rem;background:#e8edf1;color:#56616b}
ol.steps li.done{background:#cfe3f1;color:#1d2329}
ol.steps li.current{background:#00548c;color:#fff;font-weight:600}
.status{display:inline-block;padding:.1rem .5rem;border-radius:.8rem;background:#e8edf1}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #e8edf1;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
footer{margin-top:2.5rem;color:#56616b;font-size:.9rem;border-top:1px solid #dde3e8;
padding-top:.75rem}
p,li,dd,td{overflow-wrap:anywhere}
"""


@dataclass(frozen=True, slots=True)
class FollowUpPage:
    kind: FollowUpTarget
    target_id: str
    token: str
    url: str
    title: str
    html: str

    @property
    def relative_path(self) -> str:
        return f"{self.token}/index.html"


def _date(day: date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else ""


class _Builder:
    def __init__(self, ws: Workspace, url_template: str, office: str, today: date) -> None:
        self.ws = ws
        self.followup = FollowUpService(ws, url_template)
        self.clean: Callable[[str], str] = redactor(ws)
        self.office = plain_line(self.clean(office)) or "Die Stadt"
        self.today = today
        self.voting = VotingService(ws)

    def text(self, value: str, limit: int | None = None) -> str:
        """User text for a page: personal data removed, escaped, line breaks kept."""
        cleaned = self.clean(value or "").replace("\r\n", "\n").replace("\x00", "")
        cleaned = "".join(
            ch for ch in cleaned if not ("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069")
        )
        if limit is not None and len(cleaned) > limit:
            cleaned = cleaned[: limit - 1].rstrip() + "…"
        return escape(cleaned).replace("\n", "<br>")

    def line(self, value: str, limit: int = LABEL_MAX) -> str:
        text = plain_line(self.clean(value or ""))
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + "…"
        return escape(text)

    def page(self, title: str, body: str) -> str:
        office = escape(self.office)
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="robots" content="noindex">\n'
            f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n"
            f"<footer><p>{office} · Stand: {_date(self.today)}</p>"
            "<p>Diese Seite enthält keine personenbezogenen Daten: Beiträge aus der "
            "Veranstaltung werden ohne Namen veröffentlicht.</p></footer>\n"
            "</main>\n</body>\n</html>\n"
        )

    # -- session ---------------------------------------------------------------------
    def session_page(self, s: OrmSession, session: Session, event: Event) -> FollowUpPage:
        token = self.followup.ensure_token(FollowUpTarget.SESSION, session.id)
        where = ", ".join(x for x in (event.place, event.district) if x)
        step = PROCESS_STEP_LABELS.get(event.process_step, "")
        body = [
            f"<h1>{escape(QUESTION[FollowUpTarget.SESSION])}</h1>",
            f'<p class="lead">{self.line(session.title)}</p>',
            f'<p class="meta">{self.line(event.title)} · {_date(event.date)}'
            + (f" · {self.line(where)}" if where else "")
            + (f"<br>{escape(SessionFormat(session.format).label)}" if session.format else "")
            + (f" · Prozessschritt {event.process_step}: {escape(step)}" if step else "")
            + "</p>",
            self._work(s, session),
            self._votes(session.id),
            self._ideas(s, session),
            "<h2>Wie geht es weiter?</h2>",
            f"<p>{escape(SESSION_NEXT.format(office=self.office))}</p>",
        ]
        return FollowUpPage(
            FollowUpTarget.SESSION,
            session.id,
            token,
            self.followup.url_for(token),
            plain_line(self.clean(session.title)),
            self.page(self.line(session.title), "\n".join(b for b in body if b)),
        )

    def _work(self, s: OrmSession, session: Session) -> str:
        phases = s.scalars(
            select(Phase)
            .where(Phase.session_id == session.id, Phase.deleted.is_(False))
            .order_by(Phase.position)
        ).all()
        rows = []
        for phase in phases:
            cards = s.scalar(
                select(func.count())
                .select_from(Card)
                .where(Card.phase_id == phase.id, Card.deleted.is_(False))
            )
            clusters = s.scalar(
                select(func.count())
                .select_from(Cluster)
                .where(Cluster.phase_id == phase.id, Cluster.deleted.is_(False))
            )
            if cards or clusters:
                rows.append(
                    f'<tr><td>{self.line(phase.title)}</td><td class="num">{cards} Karten</td>'
                    f'<td class="num">{clusters} Themen</td></tr>'
                )
        if not rows:
            return ""
        return "<h2>Was wir gemeinsam erarbeitet haben</h2>\n<table>" + "".join(rows) + "</table>"

    def _votes(self, session_id: str) -> str:
        parts = []
        for vote in self.voting.list_rounds(session_id):
            if not vote.revealed:
                continue  # results stay hidden until they were shown in the room
            result = self.voting.results(vote.id).result
            top = (
                result.top(TOP_OPTIONS)
                if result.method is not VoteMethod.RESISTANCE
                else [r for r in result.ranking if r.votes > 0][:TOP_OPTIONS]
            )
            if not top:
                continue
            rows = "".join(
                f'<tr><td class="num">{r.rank}.</td><td>{self.line(r.option.label)}</td>'
                f'<td class="num">{escape(_score(result.method, r))}</td></tr>'
                for r in top
            )
            title = self.line(vote.title) or escape(vote.method.label)
            parts.append(f"<h3>{title}</h3>\n<table>{rows}</table>")
        if not parts:
            return ""
        return "<h2>Ergebnisse der Abstimmungen</h2>\n" + "\n".join(parts)

    def _ideas(self, s: OrmSession, session: Session) -> str:
        ideas = s.scalars(
            select(Steckbrief)
            .where(Steckbrief.session_id == session.id, Steckbrief.deleted.is_(False))
            .order_by(Steckbrief.title, Steckbrief.id)
        ).all()
        if not ideas:
            return ""
        items = []
        for idea in ideas:
            token = self.followup.ensure_token(FollowUpTarget.STECKBRIEF, idea.id)
            status = _status(idea.status)
            items.append(
                f'<li><a href="{escape(self.followup.url_for(token))}">'
                f"{self.line(idea.title) or '(ohne Titel)'}</a> "
                f'<span class="status">{escape(status.label)}</span></li>'
            )
        return "<h2>Ideen aus dieser Sitzung</h2>\n<ul>" + "".join(items) + "</ul>"

    # -- Steckbrief -----------------------------------------------------------------
    def steckbrief_page(self, s: OrmSession, idea: Steckbrief) -> FollowUpPage:
        token = self.followup.ensure_token(FollowUpTarget.STECKBRIEF, idea.id)
        status = _status(idea.status)
        steps = []
        if status is SteckbriefStatus.ZURUECKGESTELLT:
            steps.append('<li class="current">zurückgestellt</li>')
        else:
            now = STATUS_FLOW.index(status)
            for i, step in enumerate(STATUS_FLOW):
                cls = ' class="current"' if i == now else ' class="done"' if i < now else ""
                steps.append(f"<li{cls}>{escape(step.label)}</li>")
        facts = []
        if idea.leitthema_id:
            theme = s.get(Leitthema, idea.leitthema_id)
            if theme is not None:
                facts.append(("Leitthema", self.line(theme.name)))
        if idea.districts:
            facts.append(("Stadtteile", self.line(", ".join(str(d) for d in idea.districts))))
        if idea.priority in PRIORITY:
            facts.append(("Priorität", escape(PRIORITY[idea.priority])))
        if idea.schedule.strip():
            facts.append(("Zeitplan", self.text(idea.schedule, 2000)))
        origin = ""
        session = s.get(Session, idea.session_id) if idea.session_id else None
        event = s.get(Event, session.event_id if session else idea.event_id or "")
        if session is not None and not session.deleted:
            link = self.followup.token_for(FollowUpTarget.SESSION, session.id)
            name = self.line(session.title)
            if link:
                name = f'<a href="{escape(self.followup.url_for(link))}">{name}</a>'
            origin = f'<p class="meta">Entstanden in: {name}'
            if event is not None:
                origin += f" · {self.line(event.title)} · {_date(event.date)}"
            origin += "</p>"
        body = [
            f"<h1>{escape(QUESTION[FollowUpTarget.STECKBRIEF])}</h1>",
            f'<p class="lead">{self.line(idea.title) or "(ohne Titel)"}</p>',
            origin,
            f"<p>{self.text(idea.summary, 5000)}</p>" if idea.summary.strip() else "",
            "<h2>Stand</h2>",
            '<ol class="steps">' + "".join(steps) + "</ol>",
            "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"
            if facts
            else "",
            f"<h2>Ziele und Wirkung</h2><p>{self.text(idea.goals, 5000)}</p>"
            if idea.goals.strip()
            else "",
            "<h2>Nächste Schritte</h2>",
            f"<p>{escape(NEXT_STEPS[status].format(office=self.office))}</p>",
        ]
        return FollowUpPage(
            FollowUpTarget.STECKBRIEF,
            idea.id,
            token,
            self.followup.url_for(token),
            plain_line(self.clean(idea.title)),
            self.page(self.line(idea.title) or "Idee", "\n".join(b for b in body if b)),
        )


def _status(value: str) -> SteckbriefStatus:
    try:
        return SteckbriefStatus(value)
    except ValueError:
        return SteckbriefStatus.ENTWURF


def _score(method: VoteMethod, r: object) -> str:
    votes = getattr(r, "votes", 0)
    if method is VoteMethod.DOTS:
        return f"{votes} Punkte" if votes != 1 else "1 Punkt"
    if method is VoteMethod.APPROVAL:
        share = round(float(getattr(r, "score", 0)) * 100)
        adopted = " · angenommen" if getattr(r, "adopted", False) else ""
        return f"{share} % Ja{adopted}"
    if method is VoteMethod.RESISTANCE:
        mean = getattr(r, "mean", None)
        return f"Widerstand Ø {mean:.1f}".replace(".", ",") if mean is not None else "–"
    level = str(getattr(r, "level", "") or "")
    return level or f"{votes} Stimmen"


def build_pages(
    ws: Workspace,
    url_template: str,
    office: str,
    *,
    session_id: str | None = None,
    event_id: str | None = None,
    today: date | None = None,
) -> list[FollowUpPage]:
    """The pages of one session (and its Steckbriefe) or of every session and
    Steckbrief of an event. Tokens are made where missing."""
    if (session_id is None) == (event_id is None):
        raise Refused("follow-up pages need either a session or an event")
    builder = _Builder(ws, url_template, office, today or datetime.now(UTC).date())
    pages: list[FollowUpPage] = []
    with ws.session() as s:
        if session_id is not None:
            session = s.get(Session, session_id)
            if session is None or session.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("session"), row_id=session_id)
            sessions = [session]
            event = s.get(Event, session.event_id)
            assert event is not None
        else:
            event = s.get(Event, event_id)
            if event is None or event.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("event"), row_id=event_id)
            sessions = list(
                s.scalars(
                    select(Session)
                    .where(Session.event_id == event.id, Session.deleted.is_(False))
                    .order_by(Session.position)
                )
            )
        for session in sessions:
            pages.append(builder.session_page(s, session, event))
            for idea in s.scalars(
                select(Steckbrief)
                .where(Steckbrief.session_id == session.id, Steckbrief.deleted.is_(False))
                .order_by(Steckbrief.title, Steckbrief.id)
            ):
                pages.append(builder.steckbrief_page(s, idea))
        if event_id is not None:
            for idea in s.scalars(
                select(Steckbrief).where(
                    Steckbrief.event_id == event.id,
                    Steckbrief.session_id.is_(None),
                    Steckbrief.deleted.is_(False),
                )
            ):
                pages.append(builder.steckbrief_page(s, idea))
    return pages


def write_pages(out_dir: Path, pages: list[FollowUpPage]) -> list[Path]:
    """``OUT/<token>/index.html`` per page, and a README.txt saying what is where."""
    if out_dir.exists() and not out_dir.is_dir():
        raise Refused("{path} is a file; follow-up pages need a folder", path=out_dir)
    written = []
    for page in pages:
        path = out_dir / page.token / "index.html"
        write_text_atomic(path, page.html)
        written.append(path)
    readme = [
        "Folgeseiten der Co-Smart Werkstatt",
        "",
        "Jeder Ordner ist nach dem Token aus dem QR-Code benannt und enthält eine",
        "eigenständige Seite (index.html). Bitte den Ordner so veröffentlichen, dass",
        "die Seite unter der Adresse aus dem QR-Code erreichbar ist.",
        "",
        *[f"{p.token}  {p.kind.value:<10}  {p.title}" for p in pages],
        "",
    ]
    write_text_atomic(out_dir / "README.txt", "\n".join(readme))
    return written
