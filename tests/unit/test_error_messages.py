"""Every message the services, storage, domain and command line raise is an
English template with named values, and has a German translation with the same
placeholders in ``resources/translations/de/errors_*.ts`` — so the window never
shows a German user an English refusal. Found by reading the source: a new
``raise Refused("…")`` without a translation fails here."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cosmart_desktop.domain.errors import Message, Refused

PACKAGE = Path(__file__).resolve().parents[2] / "cosmart_desktop"
GERMAN = PACKAGE / "resources" / "translations" / "de"
#: the exception classes whose first argument is a message template
RAISERS = {"Refused", "NotFound", "CosmartError", "Message", "StoreError"}
#: the ui writes its messages in German with tr(); everything else is scanned
SCANNED = [p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts]


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(PACKAGE))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in RAISERS and node.args:
                found.append((f"{where}:{node.lineno}", node))
    return found


def _templates() -> dict[str, str]:
    """template → where it is first used."""
    out: dict[str, str] = {}
    for where, call in _calls():
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            out.setdefault(first.value, where)
    return out


def _fields(template: str) -> set[str]:
    names = set()
    for _text, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            names.add(name.split(".")[0].split("[")[0])
    return names


def _catalogue() -> dict[str, str]:
    table: dict[str, str] = {}
    for ts in sorted(GERMAN.glob("errors_*.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            assert context.findtext("name") == "errors", f"{ts.name}: context must be 'errors'"
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                assert source not in table, f"{ts.name}: {source!r} is translated twice"
                table[source] = translation
    return table


def test_messages_are_templates_not_formatted_strings() -> None:
    bad = []
    for where, call in _calls():
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            fields = _fields(first.value)
            given = {k.arg for k in call.keywords if k.arg is not None}
            spread = any(k.arg is None for k in call.keywords)
            if not spread and fields != given:
                bad.append(f"{where}: placeholders {sorted(fields)} but values {sorted(given)}")
            if "\n" in first.value:
                bad.append(f"{where}: a message is one line")
        elif not isinstance(first, ast.Name | ast.Attribute):
            # an f-string, "+" or .format(): the template would be lost
            bad.append(f"{where}: {ast.unparse(first)[:70]}")
    assert not bad, "\n".join(bad)


def test_every_message_has_a_german_translation_with_the_same_placeholders() -> None:
    templates = _templates()
    catalogue = _catalogue()
    missing = [f"{where}: {t!r}" for t, where in sorted(templates.items()) if t not in catalogue]
    assert not missing, "no German translation:\n" + "\n".join(missing)
    wrong = [
        f"{t!r} -> {catalogue[t]!r}"
        for t in templates
        if not catalogue[t].strip() or _fields(catalogue[t]) != _fields(t) or "\n" in catalogue[t]
    ]
    assert not wrong, "translation must keep every placeholder, on one line:\n" + "\n".join(wrong)
    unused = sorted(set(catalogue) - set(templates))
    assert not unused, "translations of messages no longer raised:\n" + "\n".join(unused)


def test_a_translation_is_filled_with_the_values_and_nested_messages() -> None:
    inner = Message("line {line}: the text is empty", line=3)
    exc = Refused(
        "{count} bad line(s), nothing was imported: {problems}", count=2, problems=[inner, inner]
    )
    assert str(exc) == (
        "2 bad line(s), nothing was imported: line 3: the text is empty; line 3: the text is empty"
    )
    german = {
        "{count} bad line(s), nothing was imported: {problems}": (
            "{count} fehlerhafte Zeile(n): {problems}"
        ),
        "line {line}: the text is empty": "Zeile {line}: kein Text",
    }
    assert (
        exc.text(lambda t: german.get(t, t))
        == "2 fehlerhafte Zeile(n): Zeile 3: kein Text; Zeile 3: kein Text"
    )
    # a translation that does not fit falls back to English instead of failing
    assert exc.text(lambda t: "{nope}") == str(exc)


@pytest.mark.parametrize("text", ["{not a field}", 'JSON {"a": 1}'])
def test_a_message_without_values_is_taken_literally(text: str) -> None:
    assert str(Refused(text)) == text
