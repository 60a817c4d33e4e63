"""Interface language. Source strings are German (the default); English comes
from Qt Linguist files ``resources/translations/<lang>/<area>.ts`` (one per ui
area, so features do not edit one shared file), read at run time (no generated
files in the repository). Qt's own strings come from the ``qtbase_*.qm`` that
ship with Qt.

Error messages go the other way: the services raise them in English (the
command line's language), and ``error_text`` shows them in German from
``resources/translations/de/errors_*.ts`` (context ``errors``; see
``domain.errors``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.errors import CosmartError, Message

CONTEXT = "cosmart"
#: the context of the German translations of the services' English messages
ERRORS = "errors"
LANGUAGES = {"de": "Deutsch", "en": "English"}


def tr(text: str) -> str:
    """Translate a German source string into the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def current_language() -> str:
    """The interface language set by ``Language.apply`` (via the default locale)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


@cache
def error_table(lang: str) -> dict[str, str]:
    """English message template → its translation (read on the first error)."""
    if lang == "en":
        return {}
    return {source: text for (context, source), text in load_ts(lang).items() if context == ERRORS}


def error_text(exc: BaseException) -> str:
    """An exception's message for people, in the interface language."""
    message = exc.message if isinstance(exc, CosmartError) else getattr(exc, "message", None)
    if not isinstance(message, Message):  # a failure without a template
        return str(exc)
    table = error_table(current_language())
    return message.render(lambda template: table.get(template, template))


def load_ts(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation from the shipped .ts files ({} if none)."""
    folder = resources.files("cosmart_desktop") / "resources" / "translations" / lang
    table: dict[tuple[str, str], str] = {}
    if not folder.is_dir():
        return table
    for ts in sorted(folder.iterdir(), key=lambda p: p.name):
        if ts.name.endswith(".ts"):
            _read_ts(ts.read_bytes(), table)
    return table


def _read_ts(data: bytes, table: dict[tuple[str, str], str]) -> None:
    root = ET.fromstring(data)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text


class TsTranslator(QTranslator):
    """A QTranslator backed by a parsed .ts file."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._table = load_ts(lang)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._table.get((context, source))

    def isEmpty(self) -> bool:
        return not self._table


class Language:
    """Installs and switches the translators of a QCoreApplication."""

    def __init__(self) -> None:
        self.current = "de"
        self._installed: list[QTranslator] = []

    def apply(self, lang: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        lang = lang if lang in LANGUAGES else "de"
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        if lang != "de":
            ours = TsTranslator(lang)
            app.installTranslator(ours)
            self._installed.append(ours)
        QLocale.setDefault(
            QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English)
        )
        self.current = lang
