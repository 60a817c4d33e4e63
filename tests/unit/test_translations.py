"""Every German ``tr("…")`` source in the ui (and every domain label the ui
translates) has a finished English translation in
``cosmart_desktop/resources/translations/en/<area>.ts``.

When this fails, run ``python scripts/update_translations.py`` (it adds the
missing sources to the right file as unfinished) and translate them."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_finished_english_translation() -> None:
    script = _script()
    found = script.collect()
    known = script.translations()
    missing = [
        f"  {area}.ts: {source!r}  (used in {places[0]})"
        for area, sources in sorted(found.items())
        for source, places in sources.items()
        if source not in known
    ]
    assert sum(len(s) for s in found.values()) > 100, "the scan found the ui strings"
    assert not missing, (
        f"{len(missing)} ui string(s) have no finished English translation in "
        "cosmart_desktop/resources/translations/en/ (run scripts/update_translations.py, "
        "then translate):\n" + "\n".join(missing)
    )


def test_translations_keep_their_placeholders() -> None:
    placeholder = re.compile(r"\{\d*\}")
    for ts in sorted((ROOT / "cosmart_desktop/resources/translations/en").glob("*.ts")):
        root = ET.fromstring(ts.read_bytes())
        assert root.tag == "TS" and root.get("language") == "en", ts.name
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation:
                assert sorted(placeholder.findall(source)) == sorted(
                    placeholder.findall(translation)
                ), f"{ts.name}: {source!r} → {translation!r}"


def test_area_of_a_file() -> None:
    script = _script()
    ui = ROOT / "cosmart_desktop" / "ui"
    assert script.area_of(ui / "home.py") == "core"
    assert script.area_of(ui / "board" / "scene.py") == "board"
    assert script.area_of(ui / "presenter" / "window.py") == "voting"
    assert script.area_of(ui / "widgets" / "autosave.py") == "core"


def test_the_translator_serves_the_ts_files(qapp) -> None:
    from cosmart_desktop.ui.i18n import Language, tr

    language = Language()
    try:
        language.apply("en")
        assert tr("Neue Veranstaltung") == "New event"
        assert tr("Leben, Wohnen & Kultur") == "Living, housing & culture"
        language.apply("de")
        assert tr("Neue Veranstaltung") == "Neue Veranstaltung"
    finally:
        language.apply("de")
