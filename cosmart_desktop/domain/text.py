"""Checks for text people type or import: one clear message, nothing stored."""

from __future__ import annotations

from .errors import Refused

TITLE_MAX = 300
TEXT_MAX = 1_000_000  # a card may hold a long transcription, never more than 1 MB


def clean_text(
    value: object,
    field: str,
    *,
    max_len: int = TEXT_MAX,
    required: bool = False,
    multiline: bool = True,
) -> str:
    """Normalise line breaks and refuse what cannot be stored or shown safely."""
    if not isinstance(value, str):
        raise Refused("{field}: expected text", field=field)
    if "\x00" in value:
        raise Refused("{field}: contains a NUL character", field=field)
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = " ".join(part.strip() for part in text.split("\n")).strip()
    if len(text) > max_len:
        raise Refused(
            "{field}: {length:,} characters, at most {max_len:,} allowed",
            field=field,
            length=len(text),
            max_len=max_len,
        )
    if required and not text.strip():
        raise Refused("{field}: must not be empty", field=field)
    return text


def clean_title(value: object, field: str = "title") -> str:
    return clean_text(value, field, max_len=TITLE_MAX, required=True, multiline=False).strip()
