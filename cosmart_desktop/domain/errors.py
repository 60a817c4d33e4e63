"""Errors that cross layer boundaries.

``Refused`` means: bad input or a refusal; nothing was changed (exit code 2).
Any other exception is a failure (exit code 1).
"""

from __future__ import annotations


class CosmartError(Exception):
    """Base class for errors with a message meant for people."""


class Refused(CosmartError):  # noqa: N818 - reads better at the call site: raise Refused(...)
    """The request was refused; nothing was changed. The message is one line."""


class NotFound(Refused):
    """An id or a file that was asked for does not exist."""
