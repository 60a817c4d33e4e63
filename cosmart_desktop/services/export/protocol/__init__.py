"""Session protocols: PDF, HTML, Markdown and CSV from one gathered content.

``write_protocol`` gathers the content (``content.gather_protocol``), renders
the chosen format and writes the file atomically (``services.atomic``): a crash
or a full disk never leaves a half-written file under the final name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ....domain.enums import FollowUpTarget
from ....domain.errors import Refused
from ....storage.models import FollowUpToken
from ....storage.workspace import Workspace
from ...atomic import atomic_output, write_bytes_atomic
from ...followup import FollowUpService
from .content import FollowUpMaker, gather_protocol
from .model import FollowUp, ProtocolContent

Progress = Callable[[int, int, str], None]

#: file suffix → format
SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown", ".csv": "csv"}
FORMATS = ("pdf", "html", "markdown", "csv")


@dataclass(frozen=True, slots=True)
class ProtocolWritten:
    path: Path
    format: str
    pages: int  # PDF only; 0 otherwise
    sessions: int
    cards: int
    rounds: int
    steckbriefe: int

    def summary(self) -> dict[str, object]:
        return {
            "out": str(self.path),
            "format": self.format,
            "pages": self.pages,
            "sessions": self.sessions,
            "cards": self.cards,
            "vote_rounds": self.rounds,
            "steckbriefe": self.steckbriefe,
        }


def format_for(path: Path) -> str:
    """The format a file name asks for, by its suffix."""
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise Refused(
            "{name}: protocol files end in .pdf, .html, .md or .csv", name=Path(path).name
        )
    return fmt


def followup_maker(ws: Workspace, url_template: str) -> FollowUpMaker:
    """Follow-up links: the session's token is made on first export; Steckbriefe
    show theirs where one exists (the handouts make them)."""
    service = FollowUpService(ws, url_template)
    known: dict[str, str] = {}

    def make(kind: str, target_id: str) -> FollowUp | None:
        target = FollowUpTarget(kind)
        if target is FollowUpTarget.SESSION:
            token: str | None = service.ensure_token(target, target_id)
        else:
            if not known:  # one query for all Steckbriefe, the oldest token wins
                known.update(_steckbrief_tokens(ws))
                known.setdefault("", "")
            token = known.get(target_id)
        return FollowUp(service.url_for(token), token) if token else None

    return make


def _steckbrief_tokens(ws: Workspace) -> dict[str, str]:
    """target id → token, as ``FollowUpService.token_for`` picks it (oldest stamp)."""
    with ws.session() as s:
        rows = s.execute(
            select(FollowUpToken.target_id, FollowUpToken.token)
            .where(
                FollowUpToken.target_kind == FollowUpTarget.STECKBRIEF.value,
                FollowUpToken.deleted.is_(False),
            )
            .order_by(FollowUpToken.hlc.desc(), FollowUpToken.token.desc())
        ).all()
    return dict(rows)  # later rows (older stamps) overwrite newer ones


def render(content: ProtocolContent, fmt: str, path: Path, progress: Progress | None) -> int:
    """Render ``content`` as ``fmt`` into ``path`` atomically; returns PDF pages."""
    if fmt == "pdf":
        from .pdf import build_pdf

        with atomic_output(path) as fh:
            return build_pdf(content, fh, progress)
    if fmt == "html":
        from .html import render_html

        data = render_html(content).encode("utf-8", "replace")
    elif fmt == "markdown":
        from .markdown import render_markdown

        data = render_markdown(content).encode("utf-8", "replace")
    elif fmt == "csv":
        from .csv_export import render_csv

        data = render_csv(content)
    else:
        raise Refused("unknown protocol format {fmt!r} (pdf, html, markdown or csv)", fmt=fmt)
    write_bytes_atomic(path, data)
    return 0


def write_protocol(
    ws: Workspace,
    path: Path,
    *,
    session_id: str | None = None,
    event_id: str | None = None,
    fmt: str | None = None,
    office: str = "",
    url_template: str | None = None,
    progress: Progress | None = None,
) -> ProtocolWritten:
    """Export the protocol of a session or of a whole event to ``path``."""
    if (session_id is None) == (event_id is None):
        raise Refused("a protocol needs either a session or an event")
    path = Path(path)
    fmt = fmt or format_for(path)
    if fmt not in FORMATS:
        raise Refused("unknown protocol format {fmt!r} (pdf, html, markdown or csv)", fmt=fmt)
    if path.is_dir():
        raise Refused("{path} is a folder; give a file name", path=path)
    maker = followup_maker(ws, url_template) if url_template else None

    def step(done: int, total: int, label: str) -> None:
        if progress is not None:  # gathering is the first tenth of the work
            progress(done * 10 // max(total, 1), 100, label)

    if progress is not None:
        progress(0, 100, "Daten sammeln …")
    content = gather_protocol(
        ws, session_id=session_id, event_id=event_id, office=office, followup=maker, progress=step
    )

    def build_step(done: int, total: int, _label: str) -> None:
        if progress is not None:
            progress(10 + done * 90 // max(total, 1), 100, "Dokument setzen …")

    if progress is not None:
        progress(10, 100, "Dokument setzen …")
    pages = render(content, fmt, path, build_step)
    if progress is not None:
        progress(100, 100, "Fertig")
    return ProtocolWritten(
        path=path,
        format=fmt,
        pages=pages,
        sessions=len(content.sessions),
        cards=sum(s.card_count for s in content.sessions),
        rounds=sum(len(s.rounds) for s in content.sessions),
        steckbriefe=len(content.all_steckbriefe),
    )


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ProtocolContent",
    "ProtocolWritten",
    "followup_maker",
    "format_for",
    "gather_protocol",
    "render",
    "write_protocol",
]
