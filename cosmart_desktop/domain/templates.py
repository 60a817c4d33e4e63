"""Method templates (Zukunftswerkstatt, Denklabor, Bürgerrat, free format).

The templates are data files in ``resources/templates``; each phase carries its
guiding question and rules in German and English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .enums import SessionFormat, VoteMethod


@dataclass(frozen=True, slots=True)
class PhaseTemplate:
    key: str
    title: str
    guiding_question: str
    rules: str
    duration_min: int
    vote_method: VoteMethod | None = None
    vote_budget: int | None = None


@dataclass(frozen=True, slots=True)
class MethodTemplate:
    format: SessionFormat
    title: str
    description: str
    phases: tuple[PhaseTemplate, ...]


def _pick(entry: dict[str, object], field: str, lang: str) -> str:
    value = entry.get(f"{field}_{lang}") or entry.get(f"{field}_de") or ""
    return str(value)


def _parse(data: dict[str, object], lang: str) -> MethodTemplate:
    phases = []
    raw_phases = data["phases"]
    assert isinstance(raw_phases, list)
    for raw in raw_phases:
        vote = raw.get("vote_method")
        budget = raw.get("vote_budget")
        phases.append(
            PhaseTemplate(
                key=str(raw["key"]),
                title=_pick(raw, "title", lang),
                guiding_question=_pick(raw, "question", lang),
                rules=_pick(raw, "rules", lang),
                duration_min=int(raw.get("duration_min", 30)),
                vote_method=VoteMethod(vote) if vote else None,
                vote_budget=int(budget) if budget is not None else None,
            )
        )
    return MethodTemplate(
        format=SessionFormat(str(data["format"])),
        title=_pick(data, "title", lang),
        description=_pick(data, "description", lang),
        phases=tuple(phases),
    )


@cache
def load_templates(lang: str = "de") -> dict[SessionFormat, MethodTemplate]:
    folder = resources.files("cosmart_desktop") / "resources" / "templates"
    result: dict[SessionFormat, MethodTemplate] = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            template = _parse(json.loads(item.read_text(encoding="utf-8")), lang)
            result[template.format] = template
    missing = set(SessionFormat) - set(result)
    if missing:
        raise RuntimeError(f"method templates missing: {sorted(missing)}")
    return result


def template_for(fmt: SessionFormat, lang: str = "de") -> MethodTemplate:
    return load_templates(lang)[fmt]
