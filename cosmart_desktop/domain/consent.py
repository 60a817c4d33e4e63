"""Consent to store contact data: the versioned consent texts, their hash, and
the checks for the contact fields (name, e-mail, phone).

The texts are data (``resources/data/consent_texts.json``). A published version
is never edited; a new one is added and the newest is used. What is recorded
with a consent is the version and the SHA-256 of the exact text that was shown
(with office and purpose filled in), so it can be proven later what a person
agreed to.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import Refused
from .text import clean_text

NAME_MAX = 200
EMAIL_MAX = 320
PHONE_MAX = 64
PURPOSE_MAX = 300

#: local@domain.tld, no spaces or angle brackets; deliberately not the full RFC 5322 grammar
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()/.\-]+$")
#: bidi embeddings, overrides and isolates: they can make text read differently
#: from what is stored (e.g. U+202E), so they are refused in contact data
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True, slots=True)
class ConsentText:
    version: str
    lang: str
    text: str

    @property
    def sha256(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    """SHA-256 (hex) of the UTF-8 bytes of the text exactly as shown."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _data() -> dict[str, Any]:
    path = resources.files("cosmart_desktop") / "resources" / "data" / "consent_texts.json"
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def consent_versions() -> list[str]:
    return [str(v["version"]) for v in _data()["versions"]]


def purposes(lang: str = "de") -> list[str]:
    """Suggested purposes (the user may type another)."""
    data = _data()
    return [str(p) for p in data.get(f"purposes_{lang}") or data["purposes_de"]]


def consent_text(
    office: str, purpose: str, lang: str = "de", version: str | None = None
) -> ConsentText:
    """The consent text of ``version`` (default: the newest) with office and purpose filled in."""
    versions = _data()["versions"]
    entry = (
        versions[-1]
        if version is None
        else next((v for v in versions if v["version"] == version), None)
    )
    if entry is None:
        raise Refused("unknown consent text version {version!r}", version=version)
    template = entry.get(f"text_{lang}") or entry["text_de"]
    text = str(template).replace("{office}", office.strip()).replace("{purpose}", purpose.strip())
    return ConsentText(str(entry["version"]), lang if entry.get(f"text_{lang}") else "de", text)


def _single_line(value: object, field: str, max_len: int) -> str:
    text = clean_text(value, field, max_len=max_len, multiline=False).strip()
    if any(ch in _BIDI_CONTROLS for ch in text):
        raise Refused("{field}: contains a text direction control character", field=field)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise Refused("{field}: contains a control character", field=field)
    return text


def clean_person_name(value: object) -> str:
    return _single_line(value, "Name", NAME_MAX)


def clean_email(value: object) -> str:
    text = _single_line(value, "E-Mail", EMAIL_MAX)
    if text and not _EMAIL.match(text):
        raise Refused("E-Mail: {text!r} is not an e-mail address", text=text)
    return text


def clean_phone(value: object) -> str:
    text = _single_line(value, "Telefon", PHONE_MAX)
    if text and (not _PHONE_CHARS.match(text) or sum(c.isdigit() for c in text) < 3):
        raise Refused("Telefon: {text!r} is not a phone number", text=text)
    return text


def clean_purpose(value: object) -> str:
    text = _single_line(value, "Zweck", PURPOSE_MAX)
    if not text:
        raise Refused("Zweck: a consent needs a purpose")
    return text
