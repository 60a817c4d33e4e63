"""``cosmart import steckbriefe``: Steckbriefe from a CSV file whose header names
the fields (German or English), e.g. an online consultation's export.

German Excel (``;``, UTF-8 with BOM or Windows-1252) and RFC 4180 (``,``) files
are read; the separator is taken from the header line. All or nothing: every
bad line is reported by its line number in the file and nothing is stored.
Columns that name no field are ignored and listed in the summary."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.enums import SteckbriefStatus
from ..domain.errors import CosmartError, Message, Refused
from ..domain.steckbrief import (
    FINANCING,
    LINE_FIELDS,
    PARTNERS,
    PROMPTS,
    RESOURCES,
    TEXT_FIELDS,
    fold,
    parse_priority,
    parse_status,
)
from ..domain.text import clean_title
from ..storage.models import Session, Steckbrief
from ..storage.workspace import Workspace
from .common import get_live
from .steckbrief import check_fields
from .strategy import StrategyService

MAX_FILE_BYTES = 20_000_000
MAX_ERRORS_SHOWN = 8

#: header word (folded) → field; parts as "field.key"
ALIASES: dict[str, str] = {}


def _alias(field: str, *names: str) -> None:
    for name in names:
        ALIASES[fold(name)] = field


_alias("title", "titel", "title", "name", "idee", "idea", "massnahme", "projekttitel", "projekt")
_alias("summary", "kurzbeschreibung", "beschreibung", "summary", "description", "text", "vorschlag")
_alias("problem", "problem", "ausgangslage", "problem ausgangslage", "problem / ausgangslage")
_alias("goals", "ziele", "ziel", "ziele und wirkung", "wirkung", "goals", "impact")
_alias("target_groups", "zielgruppen", "zielgruppe", "target groups", "target group")
_alias("lead", "federfuehrung", "federführung", "lead", "verantwortlich", "responsible")
_alias("schedule", "zeitplan", "meilensteine", "zeitplan meilensteine", "schedule", "milestones")
_alias("priority", "prioritaet", "priorität", "priority")
_alias("maturity", "reifegrad", "maturity")
_alias("indicators", "kennzahlen", "indikatoren", "kennzahlen indikatoren", "indicators")
_alias("risks", "risiken", "risiken inkl datenschutz", "datenschutz", "risks")
_alias("transferability", "uebertragbarkeit", "übertragbarkeit", "open source", "transferability")
_alias("continuation", "verstetigung", "verstetigung nach der foerderung", "continuation")
_alias("leitthema", "leitthema", "theme", "topic", "thema")
_alias("handlungsfeld", "handlungsfeld", "field of action", "action field")
_alias("districts", "stadtteil", "stadtteile", "district", "districts", "quartier")
_alias("status", "status")
for _field, _parts, _prefixes in (
    ("partners", PARTNERS, ("partner", "partners")),
    ("resources", RESOURCES, ("ressourcen", "resources", "")),
    ("financing", FINANCING, ("finanzierung", "financing", "")),
):
    for _key, _label in _parts:
        for _prefix in _prefixes:
            _alias(f"{_field}.{_key}", f"{_prefix} {_label}", f"{_prefix} {_key}")
_alias("partners.buergerschaft", "partner buergerschaft", "civil society")
_alias("partners.verwaltung", "administration")
_alias("partners.wirtschaft", "business")
_alias("partners.wissenschaft", "science")
_alias("partners.umwelt", "environment")
for _key, _question in PROMPTS:
    _alias(f"prompts.{_key}", _question, f"frage {_key}")


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    skipped_blank: int

    def as_json(self) -> dict[str, Any]:
        return {
            "created": len(self.created),
            "ids": list(self.created),
            "ignored_columns": list(self.ignored_columns),
            "skipped_blank_lines": self.skipped_blank,
        }


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as German Excel writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


class _Frame:
    """Leitthema and Handlungsfeld names → ids (case- and umlaut-insensitive)."""

    def __init__(self, ws: Workspace) -> None:
        choices = StrategyService(ws).field_choices()
        self.themes = {fold(name): tid for tid, name in StrategyService(ws).leitthemen()}
        self.fields = {fold(c.name): c for c in choices}

    def resolve(self, theme: str, field: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if theme.strip():
            tid = self.themes.get(fold(theme))
            if tid is None:
                raise Refused("unknown Leitthema “{name}”", name=theme.strip())
            out["leitthema_id"] = tid
        if field.strip():
            choice = self.fields.get(fold(field))
            if choice is None:
                raise Refused("unknown Handlungsfeld “{name}”", name=field.strip())
            if out.get("leitthema_id") not in (None, choice.leitthema_id):
                raise Refused(
                    "Handlungsfeld “{field}” does not belong to “{theme}”",
                    field=choice.name,
                    theme=theme.strip(),
                )
            out["leitthema_id"] = choice.leitthema_id
            out["handlungsfeld_id"] = choice.id
        return out


def _plain(cell: str) -> str:
    """Undo the apostrophe our CSV export puts before formula-like cells."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def _row_values(cells: dict[str, str], frame: _Frame) -> dict[str, Any]:
    title = cells.get("title", "")
    values: dict[str, Any] = {"title": clean_title(title, "Titel")}
    for key in LINE_FIELDS:
        if key != "title" and cells.get(key, "").strip():
            values[key] = cells[key].strip()
    for key in TEXT_FIELDS:
        if cells.get(key, "").strip():
            values[key] = cells[key].rstrip("\r\n")
    parts: dict[str, dict[str, str]] = {}
    for name, text in cells.items():
        if "." in name and text.strip():
            field, key = name.split(".", 1)
            parts.setdefault(field, {})[key] = text.strip()
    values.update(parts)
    if cells.get("districts", "").strip():
        raw = cells["districts"].replace(";", ",").replace("\n", ",")
        values["districts"] = [d.strip() for d in raw.split(",") if d.strip()]
    if "priority" in cells:
        values["priority"] = parse_priority(cells["priority"])
    status = cells.get("status", "").strip()
    values["status"] = parse_status(status).value if status else SteckbriefStatus.EINGEREICHT.value
    values.update(frame.resolve(cells.get("leitthema", ""), cells.get("handlungsfeld", "")))
    return check_fields(values)


def read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (first line number, cells) of each record."""
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise Refused("the file is empty") from None
    except csv.Error as exc:
        raise Refused("line {line}: {problem}", line=1, problem=str(exc)) from exc
    records = []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise Refused("line {line}: {problem}", line=start, problem=str(exc)) from exc
        line = reader.line_num
        records.append((start, cells))
    return header, records


def import_steckbriefe(ws: Workspace, session_id: str, path: Path) -> ImportSummary:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise Refused(
                "{name}: larger than {size} MB", name=path.name, size=MAX_FILE_BYTES // 1_000_000
            )
        data = path.read_bytes()
    except OSError as exc:
        raise Refused(
            "{path} cannot be read: {reason}", path=path, reason=exc.strerror or exc
        ) from exc
    return import_text(ws, session_id, decode(data), source=path.name)


def import_text(ws: Workspace, session_id: str, text: str, source: str = "CSV") -> ImportSummary:
    if "\x00" in text:
        raise Refused("{source}: contains NUL characters (not a CSV text file)", source=source)
    with ws.session() as s:
        session = get_live(s, Session, session_id, "session")
        event_id = session.event_id
    header, records = read_rows(text)
    fields: list[str | None] = []
    ignored: list[str] = []
    seen: set[str] = set()
    for name in header:
        field = ALIASES.get(fold(name))
        if field is not None and field in seen:
            raise Refused(
                "{source}, line 1: column “{column}” names {field} twice",
                source=source,
                column=name.strip(),
                field=field,
            )
        if field is None and name.strip():
            ignored.append(name.strip())
        if field is not None:
            seen.add(field)
        fields.append(field)
    if "title" not in seen:
        raise Refused(
            "{source}, line 1: no title column (titel or title) in the header", source=source
        )
    frame = _Frame(ws)
    errors: list[Message] = []
    rows: list[dict[str, Any]] = []
    blank = 0
    for line, cells in records:
        if not any(c.strip() for c in cells):
            blank += 1
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            errors.append(
                Message(
                    "line {line}: {count} cells, the header has {header}",
                    line=line,
                    count=len(cells),
                    header=len(header),
                )
            )
            continue
        named = {f: _plain(c) for f, c in zip(fields, cells, strict=False) if f is not None}
        try:
            rows.append(_row_values(named, frame))
        except CosmartError as exc:
            errors.append(Message("line {line}: {problem}", line=line, problem=exc.message))
    if len(errors) > MAX_ERRORS_SHOWN:
        raise Refused(
            "{source}: nothing imported, {count} bad line(s): {problems} (and {more} more)",
            source=source,
            count=len(errors),
            problems=errors[:MAX_ERRORS_SHOWN],
            more=len(errors) - MAX_ERRORS_SHOWN,
        )
    if errors:
        raise Refused(
            "{source}: nothing imported, {count} bad line(s): {problems}",
            source=source,
            count=len(errors),
            problems=errors,
        )
    if not rows:
        raise Refused("{source}: no Steckbriefe in the file", source=source)
    created: list[str] = []
    with ws.transaction() as s:
        for values in rows:
            row = Steckbrief(event_id=event_id, session_id=session_id, **values)
            s.add(row)
            s.flush()
            created.append(row.id)
    return ImportSummary(tuple(created), tuple(ignored), blank)
