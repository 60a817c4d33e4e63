"""Errors that cross layer boundaries.

``Refused`` means: bad input or a refusal; nothing was changed (exit code 2).
Any other exception is a failure (exit code 1).

A message is an English template with named placeholders and its values:
``Refused("at most {cap} dot(s) per item", cap=3)``. ``str()`` gives the English
text (the command line, logs, tests); the window shows the German translation
of the template from ``resources/translations/de/errors_*.ts`` filled with the
same values (``ui.i18n.error_text``). A value may itself be a ``Message`` (or a
list of them), translated the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str], str]


def _same(template: str) -> str:
    return template


class Message:
    """An English template and the values for its ``{name}`` placeholders:
    ``Message("line {line}: no text", line=3)``."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, dict(self.params)) == (
            other.template,
            dict(other.params),
        )

    __hash__ = None  # type: ignore[assignment]

    def render(self, translate: Translate = _same) -> str:
        """The text, with the template (and nested messages) passed through
        ``translate``; a translation that does not fit the values falls back
        to English rather than fail while an error is being reported."""
        values = {k: _value(v, translate) for k, v in self.params.items()}
        if not values:
            return translate(self.template)
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def _value(value: Any, translate: Translate) -> Any:
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return "; ".join(v.render(translate) for v in value)
    return value


class CosmartError(Exception):
    """Base class for errors with a message meant for people."""

    def __init__(self, template: str | Message = "", /, **params: Any) -> None:
        """A template and its values, or a ``Message`` made elsewhere."""
        if isinstance(template, Message):
            self.message = Message(template.template, **{**template.params, **params})
        else:
            self.message = Message(template, **params)
        super().__init__(str(self.message))

    def text(self, translate: Translate = _same) -> str:
        return self.message.render(translate)


class Refused(CosmartError):  # noqa: N818 - reads better at the call site: raise Refused(...)
    """The request was refused; nothing was changed. The message is one line."""


class NotFound(Refused):
    """An id or a file that was asked for does not exist."""
