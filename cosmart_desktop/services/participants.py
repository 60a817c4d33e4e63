"""Participants of an event, pseudonymous by default, and contact data that is
only ever stored together with a recorded consent (DOMAIN.md, data protection).

- A participant is a number and, if they like, a nickname. Nothing else.
- Contact data (name, e-mail, phone) lives in ``contact_consent`` rows, each
  carrying the consent that allows it: purpose, consent text version and the
  SHA-256 of the exact text shown, time, paper or on screen, who recorded it.
- Contributions are not linked to people: ``Card.author_participant_id`` and
  ``Steckbrief.author_participant_id`` may only point at a participant who
  asked to be named (``Participant.public_name`` set), see ``set_author``.
- Withdrawal is one action (``withdraw_consent``); the contact then never
  leaves in an export. Erasure is one action too, in ``services.erasure``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.consent import (
    ConsentText,
    clean_email,
    clean_person_name,
    clean_phone,
    clean_purpose,
)
from ..domain.enums import ConsentMethod
from ..domain.errors import Refused
from ..domain.text import clean_text
from ..storage.models import (
    Card,
    ContactConsent,
    ErasureRecord,
    Event,
    Participant,
    Steckbrief,
)
from ..storage.workspace import Workspace
from .common import get_live, get_live_or_deleted

PSEUDONYM_MAX = 120
PUBLIC_NAME_MAX = 200
PARTICIPANT_FIELDS = frozenset({"pseudonym", "public_name", "number", "deleted"})


@dataclass(frozen=True, slots=True)
class ConsentInfo:
    id: str
    participant_id: str
    name: str
    email: str
    phone: str
    purpose: str
    text_version: str
    text_hash: str
    given_at: datetime
    method: ConsentMethod
    recorded_by: str
    withdrawn_at: datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None

    @property
    def has_contact(self) -> bool:
        return bool(self.name or self.email or self.phone)


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    id: str
    event_id: str
    number: int
    pseudonym: str
    public_name: str | None
    #: the latest consent (active or withdrawn) with its contact data, if any
    consent: ConsentInfo | None

    @property
    def label(self) -> str:
        return f"Nr. {self.number}" + (f" · {self.pseudonym}" if self.pseudonym else "")


def _consent_info(c: ContactConsent) -> ConsentInfo:
    return ConsentInfo(
        id=c.id,
        participant_id=c.participant_id,
        name=c.name,
        email=c.email,
        phone=c.phone,
        purpose=c.purpose,
        text_version=c.text_version,
        text_hash=c.text_hash,
        given_at=c.given_at,
        method=ConsentMethod(c.method),
        recorded_by=c.recorded_by,
        withdrawn_at=c.withdrawn_at,
    )


def clean_pseudonym(value: object) -> str:
    return clean_text(value, "Pseudonym", max_len=PSEUDONYM_MAX, multiline=False).strip()


def clean_public_name(value: object) -> str | None:
    if value is None:
        return None
    text = clean_text(value, "Name als Autor:in", max_len=PUBLIC_NAME_MAX, multiline=False)
    return text.strip() or None


def _is_erased(s: OrmSession, participant_id: str) -> bool:
    return (
        s.scalar(
            select(func.count())
            .select_from(ErasureRecord)
            .where(ErasureRecord.participant_id == participant_id)
        )
        or 0
    ) > 0


class ParticipantService:
    """Participants and their consents in one workspace."""

    def __init__(
        self, workspace: Workspace, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.ws = workspace
        self._now = now

    # -- reading -----------------------------------------------------------------
    def list_participants(self, event_id: str) -> list[ParticipantInfo]:
        with self.ws.session() as s:
            people = s.scalars(
                select(Participant)
                .where(Participant.event_id == event_id, Participant.deleted.is_(False))
                .order_by(Participant.number, Participant.pseudonym)
            ).all()
            consents = self._latest_consents(s, [p.id for p in people])
        return [self._info(p, consents.get(p.id)) for p in people]

    def event_of(self, participant_id: str) -> str | None:
        """The event of a participant, also of a removed or erased one."""
        with self.ws.session() as s:
            row = s.get(Participant, participant_id)
            return row.event_id if row is not None else None

    def get_participant(self, participant_id: str) -> ParticipantInfo:
        with self.ws.session() as s:
            p = get_live(s, Participant, participant_id, "participant")
            return self._info(p, self._latest_consents(s, [p.id]).get(p.id))

    @staticmethod
    def _info(p: Participant, consent: ConsentInfo | None) -> ParticipantInfo:
        return ParticipantInfo(p.id, p.event_id, p.number, p.pseudonym, p.public_name, consent)

    @staticmethod
    def _latest_consents(s: OrmSession, ids: list[str]) -> dict[str, ConsentInfo]:
        latest: dict[str, ConsentInfo] = {}
        for start in range(0, len(ids), 500):
            rows = s.scalars(
                select(ContactConsent)
                .where(
                    ContactConsent.participant_id.in_(ids[start : start + 500]),
                    ContactConsent.deleted.is_(False),
                )
                .order_by(ContactConsent.given_at, ContactConsent.id)
            ).all()
            for row in rows:  # later ones replace earlier ones
                latest[row.participant_id] = _consent_info(row)
        return latest

    def contacts_for_export(self, event_id: str) -> list[tuple[ParticipantInfo, ConsentInfo]]:
        """Consenting contacts only: consent live and not withdrawn, participant live
        and not erased, some contact data present."""
        out = []
        for person in self.list_participants(event_id):
            consent = person.consent
            if consent is not None and consent.active and consent.has_contact:
                out.append((person, consent))
        return out

    # -- participants ------------------------------------------------------------
    def add_participant(
        self,
        event_id: str,
        pseudonym: str = "",
        *,
        public_name: str | None = None,
        number: int | None = None,
    ) -> str:
        """A pseudonymous participant; the number defaults to the next free one."""
        nick = clean_pseudonym(pseudonym)
        public = clean_public_name(public_name)
        if number is not None and (not isinstance(number, int) or not 0 < number < 1_000_000):
            raise Refused("participant number must be between 1 and 999999")
        with self.ws.transaction() as s:
            get_live(s, Event, event_id, "event")
            if number is None:
                highest = s.scalar(
                    select(func.max(Participant.number)).where(Participant.event_id == event_id)
                )
                number = int(highest or 0) + 1
            row = Participant(event_id=event_id, number=number, pseudonym=nick, public_name=public)
            s.add(row)
            s.flush()
            return row.id

    def update_participant(self, participant_id: str, **changes: Any) -> dict[str, Any]:
        """Set fields; returns the old values (for undo). An erased participant is refused."""
        unknown = set(changes) - PARTICIPANT_FIELDS
        if unknown:
            raise Refused(
                "cannot change participant field(s): {fields}", fields=", ".join(sorted(unknown))
            )
        if "pseudonym" in changes:
            changes["pseudonym"] = clean_pseudonym(changes["pseudonym"])
        if "public_name" in changes:
            changes["public_name"] = clean_public_name(changes["public_name"])
        if "number" in changes and (
            not isinstance(changes["number"], int) or not 0 < changes["number"] < 1_000_000
        ):
            raise Refused("participant number must be between 1 and 999999")
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, Participant, participant_id)
            if _is_erased(s, participant_id):
                raise Refused("this participant's data was erased; nothing can be changed")
            if changes.get("deleted") is True and self._live_contact(s, participant_id):
                raise Refused(
                    "this participant has contact data: withdraw the consent or erase the data"
                )
            if changes.get("public_name") is None and "public_name" in changes:
                self._check_no_authorship(s, participant_id)
            old: dict[str, Any] = {}
            for key, value in changes.items():
                old[key] = getattr(row, key)
                if old[key] != value:
                    setattr(row, key, value)
            return old

    def remove_participant(self, participant_id: str) -> None:
        """Tombstone (undo: ``update_participant(id, deleted=False)``)."""
        self.update_participant(participant_id, deleted=True)

    @staticmethod
    def _live_contact(s: OrmSession, participant_id: str) -> bool:
        rows = s.scalars(
            select(ContactConsent).where(
                ContactConsent.participant_id == participant_id,
                ContactConsent.deleted.is_(False),
            )
        ).all()
        return any(r.name or r.email or r.phone for r in rows)

    @staticmethod
    def _check_no_authorship(s: OrmSession, participant_id: str) -> None:
        for model in (Card, Steckbrief):
            named = s.scalar(
                select(func.count())
                .select_from(model)
                .where(
                    model.author_participant_id == participant_id,
                    model.deleted.is_(False),
                )
            )
            if named:
                raise Refused("this participant is named as author; remove the authorship first")

    # -- authorship ------------------------------------------------------------------
    def set_author(self, kind: str, row_id: str, participant_id: str | None) -> str | None:
        """Name a participant as the author of a card or Steckbrief (``kind`` "card" or
        "steckbrief"), or remove the authorship (None). Only a participant who asked
        to be named (``public_name`` set) can be named. Returns the previous author id."""
        model: type[Card] | type[Steckbrief]
        if kind == "card":
            model = Card
        elif kind == "steckbrief":
            model = Steckbrief
        else:
            raise Refused("unknown kind {kind!r}: card or steckbrief", kind=kind)
        with self.ws.transaction() as s:
            row = get_live(s, model, row_id, kind)
            if participant_id is not None:
                person = get_live(s, Participant, participant_id, "participant")
                if not person.public_name:
                    raise Refused("only a participant who asked to be named can be named as author")
            old = row.author_participant_id
            row.author_participant_id = participant_id
            return old

    # -- consent -----------------------------------------------------------------
    def record_consent(
        self,
        participant_id: str,
        *,
        text: ConsentText,
        purpose: str,
        method: ConsentMethod | str,
        recorded_by: str,
        name: str = "",
        email: str = "",
        phone: str = "",
        given_at: datetime | None = None,
    ) -> str:
        """Store contact data together with the consent that allows it."""
        values = {
            "name": clean_person_name(name),
            "email": clean_email(email),
            "phone": clean_phone(phone),
        }
        if not any(values.values()):
            raise Refused("a consent without name, e-mail or phone stores nothing")
        purpose_text = clean_purpose(purpose)
        if purpose_text not in text.text:
            raise Refused("the consent text shown must name the purpose")
        try:
            how = ConsentMethod(method)
        except ValueError as exc:
            raise Refused(
                "consent method must be paper or screen, not {method!r}", method=method
            ) from exc
        recorder = clean_text(recorded_by, "erfasst von", max_len=200, multiline=False).strip()
        if not recorder:
            raise Refused("erfasst von: who recorded the consent must be named")
        when = given_at or self._now()
        if when.tzinfo is None:
            raise Refused("consent time must carry a time zone")
        with self.ws.transaction() as s:
            if _is_erased(s, participant_id):
                raise Refused("this participant's data was erased; record a new participant")
            get_live(s, Participant, participant_id, "participant")
            active = s.scalar(
                select(func.count())
                .select_from(ContactConsent)
                .where(
                    ContactConsent.participant_id == participant_id,
                    ContactConsent.deleted.is_(False),
                    ContactConsent.withdrawn_at.is_(None),
                )
            )
            if active:
                raise Refused("this participant already has an active consent")
            row = ContactConsent(
                participant_id=participant_id,
                purpose=purpose_text,
                text_version=text.version,
                text_hash=text.sha256,
                given_at=when,
                method=how.value,
                recorded_by=recorder,
                **values,
            )
            s.add(row)
            s.flush()
            return row.id

    def get_consent(self, consent_id: str) -> ConsentInfo:
        with self.ws.session() as s:
            return _consent_info(get_live(s, ContactConsent, consent_id, "consent"))

    def withdraw_consent(self, consent_id: str) -> datetime:
        """Withdraw a consent now; its contact data never leaves in an export again.
        Returns the time recorded."""
        with self.ws.transaction() as s:
            row = get_live(s, ContactConsent, consent_id, "consent")
            if row.withdrawn_at is not None:
                raise Refused("this consent was already withdrawn")
            row.withdrawn_at = self._now()
            return row.withdrawn_at

    def undo_withdrawal(self, consent_id: str) -> None:
        """Undo of a mistaken withdrawal, right after it (the undo stack)."""
        with self.ws.transaction() as s:
            row = get_live(s, ContactConsent, consent_id, "consent")
            if _is_erased(s, row.participant_id):
                raise Refused("this participant's data was erased")
            row.withdrawn_at = None

    def discard_consent(self, consent_id: str) -> None:
        """Undo of recording a consent: the contact data is removed, not merely hidden
        (fields blanked, row tombstoned, its change-log values purged)."""
        from .erasure import purge_rows

        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, ContactConsent, consent_id)
            purge_rows(s, [row], [])

    def personal_terms(self) -> set[str]:
        """Every name, e-mail, phone and public name stored in the workspace (also of
        withdrawn consents), to check and redact outputs that must not carry them."""
        terms: set[str] = set()
        with self.ws.session() as s:
            for name, email, phone in s.execute(
                select(ContactConsent.name, ContactConsent.email, ContactConsent.phone)
            ):
                terms.update(t for t in (name, email, phone) if t)
            terms.update(
                n
                for n in s.scalars(
                    select(Participant.public_name).where(Participant.public_name.is_not(None))
                )
                if n
            )
        return terms


_ADDRESS_CHARS = re.compile(r"[^\s@<>()\[\],;:\"']+")
_DOMAIN_END = re.compile(r"\.[A-Za-z]{2,}$")


def _redact_emails(text: str) -> str:
    """Replace e-mail-shaped words with "[…]", in time linear in the text (a regular
    expression over text without "@" would backtrack quadratically)."""
    if "@" not in text:
        return text
    out: list[str] = []
    last = 0
    for at in (i for i, ch in enumerate(text) if ch == "@"):
        if at < last:
            continue
        start = at
        while start > last and _ADDRESS_CHARS.fullmatch(text[start - 1]):
            start -= 1
        end = at + 1
        while end < len(text) and _ADDRESS_CHARS.fullmatch(text[end]):
            end += 1
        domain = text[at + 1 : end].rstrip(".")
        if start < at and "." in domain and _DOMAIN_END.search(domain):
            end = at + 1 + len(domain)
            out.append(text[last:start])
            out.append("[…]")
            last = end
    out.append(text[last:])
    return "".join(out)


def personal_data_redactor(ws: Workspace) -> Callable[[str], str]:
    """A function that replaces in free text every name, e-mail or phone number stored
    for a participant (and anything shaped like an e-mail address) with "[…]".

    Titles and summaries are typed by people and could carry one by mistake; what is
    handed out or published (handouts, follow-up pages) must not. Exports that keep
    the record as typed may use it too."""
    terms = sorted(
        (t for t in ParticipantService(ws).personal_terms() if len(t.strip()) >= 3),
        key=len,
        reverse=True,
    )
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None

    def clean(text: str) -> str:
        text = _redact_emails(text)
        if pattern is not None:
            text = pattern.sub("[…]", text)
        return text

    return clean
