"""Follow-up tokens: the random part of the address where the city publishes what
became of a session's results ("Was passiert mit unseren Ergebnissen?") or of an
idea's Steckbrief ("Was wird aus meiner Idee?").

A token is 128 random bits from ``secrets`` in URL-safe base64 (22 characters);
it says nothing about the session, the idea or any person. The address is built
from a configurable template (a city setting, ``{token}`` is replaced).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..domain.enums import FollowUpTarget
from ..domain.errors import Refused
from ..storage.models import FollowUpToken, Session, Steckbrief
from ..storage.workspace import Workspace
from .common import get_live

TOKEN_BYTES = 16  # 128 bits
PLACEHOLDER = "{token}"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_bits(token: str) -> bytes:
    """The random bytes behind a token (for checks)."""
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))


def check_url_template(template: str) -> str:
    """The template, trimmed, or Refused: it must be an http(s) address with ``{token}``
    exactly once and no other braces or whitespace."""
    if not isinstance(template, str):
        raise Refused("the follow-up address must be text")
    text = template.strip()
    if text.count(PLACEHOLDER) != 1:
        raise Refused("the follow-up address must contain {token} exactly once", token=PLACEHOLDER)
    rest = text.replace(PLACEHOLDER, "")
    if "{" in rest or "}" in rest:
        raise Refused(
            "the follow-up address may contain no braces other than {token}", token=PLACEHOLDER
        )
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise Refused("the follow-up address must not contain spaces or control characters")
    parts = urlsplit(text.replace(PLACEHOLDER, "x"))
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise Refused("the follow-up address must start with https:// (or http://) and a host")
    if len(text) > 200:
        raise Refused("the follow-up address is too long for a small QR code (max. 200)")
    return text


@dataclass(frozen=True, slots=True)
class FollowUpLink:
    kind: FollowUpTarget
    target_id: str
    token: str
    url: str
    title: str


class FollowUpService:
    """One token per session and one per Steckbrief, and the address for each."""

    def __init__(self, ws: Workspace, url_template: str) -> None:
        self.ws = ws
        self.url_template = check_url_template(url_template)

    def url_for(self, token: str) -> str:
        if not token or any(not (c.isalnum() or c in "-_") for c in token):
            raise Refused("not a follow-up token")
        return self.url_template.replace(PLACEHOLDER, token)

    def token_for(self, kind: FollowUpTarget | str, target_id: str) -> str | None:
        """The existing token of a target, or None (reads only)."""
        target = FollowUpTarget(kind)
        with self.ws.session() as s:
            return self._existing(s, target, target_id)

    @staticmethod
    def _existing(s: OrmSession, kind: FollowUpTarget, target_id: str) -> str | None:
        # after a sync two laptops may each have made one: the oldest one wins everywhere
        return s.scalar(
            select(FollowUpToken.token)
            .where(
                FollowUpToken.target_kind == kind.value,
                FollowUpToken.target_id == target_id,
                FollowUpToken.deleted.is_(False),
            )
            .order_by(FollowUpToken.hlc, FollowUpToken.token)
            .limit(1)
        )

    def ensure_token(self, kind: FollowUpTarget | str, target_id: str) -> str:
        """The target's token, made on first use (idempotent)."""
        try:
            target = FollowUpTarget(kind)
        except ValueError as exc:
            raise Refused(
                "follow-up target must be session or steckbrief, not {kind!r}", kind=kind
            ) from exc
        with self.ws.transaction() as s:
            existing = self._existing(s, target, target_id)
            if existing is not None:
                return existing
            model = Session if target is FollowUpTarget.SESSION else Steckbrief
            get_live(s, model, target_id, target.value)
            token = new_token()
            s.add(FollowUpToken(token=token, target_kind=target.value, target_id=target_id))
            s.flush()
            return token

    def links_for_session(self, session_id: str) -> list[FollowUpLink]:
        """The session's link and one per live Steckbrief of the session (tokens made
        where missing), in the order the handouts print them."""
        with self.ws.session() as s:
            session = get_live(s, Session, session_id, "session")
            title = session.title
            ideas = s.execute(
                select(Steckbrief.id, Steckbrief.title)
                .where(Steckbrief.session_id == session_id, Steckbrief.deleted.is_(False))
                .order_by(Steckbrief.title, Steckbrief.id)
            ).all()
        links = [self._link(FollowUpTarget.SESSION, session_id, title)]
        links += [self._link(FollowUpTarget.STECKBRIEF, sid, stitle) for sid, stitle in ideas]
        return links

    def _link(self, kind: FollowUpTarget, target_id: str, title: str) -> FollowUpLink:
        token = self.ensure_token(kind, target_id)
        return FollowUpLink(kind, target_id, token, self.url_for(token), title)
