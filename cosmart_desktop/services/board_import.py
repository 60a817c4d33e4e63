"""Importing cards: a text file (one card per line) or a CSV file with a
header naming a ``text`` column (German ``Text``) and optional ``cluster`` and
``phase`` columns.

German Excel CSV (``;``, UTF-8 byte order mark, CRLF) and RFC 4180 (``,``,
quoted fields with doubled quotes and line breaks inside) both work; tab
separated files too, and UTF-16 with a byte order mark (Excel's "Unicode
text"). The import is all-or-nothing: every bad line is reported by its
number and then nothing is stored. Text is kept verbatim — emoji sequences,
right-to-left script and bidi controls such as U+202E included (the board
draws each card on its own, so a control cannot leak into other cards); NUL
characters and invalid UTF-8 are refused with the line they are on.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.enums import CardOrigin
from ..domain.errors import CosmartError, Message, Refused
from ..domain.text import TEXT_MAX
from ..storage.models import Phase, Session
from ..storage.workspace import Workspace
from .board import BoardService
from .board_rows import check_invariants, clean_card_text, clean_label
from .board_state import Change, NewCard, Tracker
from .common import get_live

MAX_FILE = 64 * 1024 * 1024
MAX_REPORTED = 10
TEXT_COLUMNS = ("text", "kartentext")
CLUSTER_COLUMNS = ("cluster", "gruppe")
PHASE_COLUMNS = ("phase",)
_DELIMITERS = (";", ",", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
csv.field_size_limit(TEXT_MAX * 4 + 16)


@dataclass(frozen=True, slots=True)
class ParsedCard:
    line: int
    text: str
    cluster: str = ""
    phase: str = ""


@dataclass
class ImportResult:
    cards: int
    clusters: int
    phases: dict[str, int] = field(default_factory=dict)
    change: Change = field(default_factory=Change)

    def summary(self) -> dict[str, Any]:
        return {"cards": self.cards, "clusters": self.clusters, "phases": self.phases}


def decode(data: bytes) -> str:
    """The file's text; invalid UTF-8 and NUL characters are refused with the line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Refused("the UTF-16 file is damaged; save it as UTF-8") from exc
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise Refused(
                "line {line}: not valid UTF-8 (byte {column} of the line); "
                "save the file as UTF-8 — nothing was imported",
                line=line,
                column=column,
            ) from exc
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise Refused("line {line}: contains a NUL character — nothing was imported", line=line)
    return text


def _header(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, normalised column names) if ``line`` is a header with a text column."""
    best: tuple[str, list[str]] | None = None
    for delimiter in _DELIMITERS:
        names = [n.strip().casefold() for n in next(csv.reader([line], delimiter=delimiter), [])]
        if any(n in TEXT_COLUMNS for n in names) and (best is None or len(names) > len(best[1])):
            best = (delimiter, names)
    return best


def parse_cards(data: bytes, filename: str = "") -> tuple[list[ParsedCard], list[Message]]:
    """Cards found in the file and the problems found (one per bad line)."""
    text = decode(data)
    lines = _LINE_BREAK.split(text)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return [], [Message("the file holds no cards")]
    header = _header(lines[first])
    if header is None:
        if Path(filename).suffix.casefold() in (".csv", ".tsv"):
            raise Refused(
                "the CSV file needs a header line with a column “text” (or “Text”); "
                "its first line is: {first_line}",
                first_line=lines[first][:80],
            )
        return [ParsedCard(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()], []
    delimiter, names = header
    col_text = next(names.index(n) for n in names if n in TEXT_COLUMNS)
    col_cluster = next((names.index(n) for n in names if n in CLUSTER_COLUMNS), None)
    col_phase = next((names.index(n) for n in names if n in PHASE_COLUMNS), None)
    body = _after_line(text, first)
    offset = first + 1
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    cards: list[ParsedCard] = []
    problems: list[Message] = []
    previous = 0
    line = 0  # where the last row starts
    try:
        for row in reader:
            line = offset + previous + 1
            previous = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                problems.append(
                    Message(
                        "line {line}: {count} fields, the header has {header}",
                        line=line,
                        count=len(row),
                        header=len(names),
                    )
                )
                continue
            cells = row + [""] * (len(names) - len(row))
            card = cells[col_text].strip()
            if not card:
                problems.append(Message("line {line}: the text is empty", line=line))
                continue
            cards.append(
                ParsedCard(
                    line,
                    card,
                    cells[col_cluster].strip() if col_cluster is not None else "",
                    cells[col_phase].strip() if col_phase is not None else "",
                )
            )
    except csv.Error as exc:
        problems.append(
            Message("line {line}: {problem}", line=offset + reader.line_num, problem=str(exc))
        )
    else:
        if line and _unclosed_quote(body, delimiter, start=line - offset - 1):
            # the csv module silently made the rest of the file one card
            problems.append(
                Message(
                    "line {line}: a quotation mark opens a field and is never closed", line=line
                )
            )
    return cards, problems


def _unclosed_quote(body: str, delimiter: str, start: int) -> bool:
    """Whether the row starting after line ``start`` of ``body`` opens a quoted
    field that the file never closes: only the last row can, since it then runs
    to the end. Read again strictly, which fails exactly there."""
    rest = _after_line(body, start - 1) if start else body
    if '"' not in rest:
        return False
    try:
        for _row in csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _after_line(text: str, index: int) -> str:
    """The text after the first ``index + 1`` lines, line breaks kept."""
    parts = _LINE_BREAK.split(text, maxsplit=index + 1)
    if len(parts) <= index + 1:
        return ""
    return parts[-1]


def _phase_lookup(s: Any, session_id: str) -> tuple[dict[str, str], list[Phase]]:
    phases = list(
        s.scalars(
            select(Phase)
            .where(Phase.session_id == session_id, Phase.deleted.is_(False))
            .order_by(Phase.position)
        ).all()
    )
    names: dict[str, str] = {}
    for p in phases:
        names[p.key.casefold()] = p.id
        names[p.title.strip().casefold()] = p.id
        names[p.id] = p.id
    return names, phases


def import_cards(
    ws: Workspace,
    session_id: str,
    source: Path | bytes,
    *,
    phase: str | None = None,
    filename: str = "",
) -> ImportResult:
    """Import cards into a session's phases (all or nothing)."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_FILE:
                raise Refused("{name} is larger than 64 MB", name=source.name)
            data = source.read_bytes()
        except OSError as exc:
            raise Refused(
                "cannot read {path}: {reason}", path=source, reason=exc.strerror or exc
            ) from exc
        filename = filename or source.name
    else:
        data = source
    cards, problems = parse_cards(data, filename)
    service = BoardService(ws)
    with ws.transaction() as s:
        session = get_live(s, Session, session_id, "session")
        names, phases = _phase_lookup(s, session_id)
        if phase is not None:
            default = names.get(phase.strip().casefold()) or names.get(phase.strip())
            if default is None:
                raise Refused("no phase “{phase}” in this session", phase=phase)
        else:
            default = session.current_phase_id or (phases[0].id if phases else None)
        if default is None:
            raise Refused("the session has no phase to import into")
        by_phase: dict[str, list[NewCard]] = {}
        for card in cards:
            target = names.get(card.phase.casefold()) if card.phase else default
            if target is None:
                problems.append(
                    Message(
                        "line {line}: {problem}",
                        line=card.line,
                        problem=Message("no phase “{phase}” in this session", phase=card.phase),
                    )
                )
                continue
            try:
                item = NewCard(
                    clean_card_text(card.text),
                    CardOrigin.IMPORTED.value,
                    "",
                    clean_label(card.cluster),
                )
            except CosmartError as exc:
                problems.append(
                    Message("line {line}: {problem}", line=card.line, problem=exc.message)
                )
                continue
            by_phase.setdefault(target, []).append(item)
        if len(problems) > MAX_REPORTED:
            raise Refused(
                "{count} bad line(s), nothing was imported: {problems}; and {more} more",
                count=len(problems),
                problems=problems[:MAX_REPORTED],
                more=len(problems) - MAX_REPORTED,
            )
        if problems:
            raise Refused(
                "{count} bad line(s), nothing was imported: {problems}",
                count=len(problems),
                problems=problems,
            )
        if not by_phase:
            raise Refused("the file holds no cards")
        t = Tracker()
        for phase_id, items in by_phase.items():
            service._add(s, t, phase_id, items, None, None)
        check_invariants(s, t.change.affected())
    clusters = sum(1 for kind, _ in t.change.forward if kind == "cluster")
    titles = {p.id: p.title for p in phases}
    return ImportResult(
        cards=sum(len(v) for v in by_phase.values()),
        clusters=clusters,
        phases={titles[k]: len(v) for k, v in by_phase.items()},
        change=t.change,
    )
