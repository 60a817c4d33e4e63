"""Erasure of a participant's personal data, and why it holds (DESIGN.md §5).

One action erases everything personal about a participant in a workspace:

- ``contact_consent`` rows: name, e-mail and phone blanked, row tombstoned
  (purpose, text version/hash and dates stay: they are not personal);
- the ``participant`` row: nickname and public name blanked, row tombstoned;
- authorship links from cards and Steckbriefe removed;
- every ``change_log`` entry that still holds one of those values is deleted
  (the change log is local bookkeeping), and so are conflict-log entries;
- an ``ErasureRecord`` (participant id, time, who recorded it — no personal
  data) is written; it syncs like any row and tells every other replica and
  the hub to erase too ("delete wins").

It holds through a restore from backup because every erasure is first written
to the **erasure journal** in the user data folder (participant ids and times
only), and the journal is replayed every time a workspace is opened (any
workspace, GUI or CLI, see ``replay_on_open``) and by ``restore_backup``.
ErasureRecords found in a workspace (e.g. pulled by sync) are added to the
journal and applied on opening as well.

Freed database pages are overwritten (``PRAGMA secure_delete``) and the file
is vacuumed and its WAL truncated after an erasure, so the data is not left in
free space of the file either.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.errors import NotFound, Refused
from ..storage import migrate
from ..storage.changelog import encode_value
from ..storage.guard import inspect_file
from ..storage.models import (
    Card,
    ChangeRecord,
    Conflict,
    ContactConsent,
    ErasureRecord,
    Participant,
    Steckbrief,
)
from ..storage.workspace import OPEN_HOOKS, Workspace, open_workspace
from .common import noun
from .settings import data_dir

#: the fields that hold personal data, per table; blanked on erasure and purged
#: from the change log (the sync hub must purge them too)
ERASURE_FIELDS: dict[str, tuple[str, ...]] = {
    "contact_consent": ("name", "email", "phone"),
    "participant": ("pseudonym", "public_name"),
}
#: change-log values that carry nothing: "" and null
BLANK_VALUES = (encode_value(""), encode_value(None))
JOURNAL_NAME = "erasure-journal.jsonl"


@dataclass(frozen=True, slots=True)
class ErasureInfo:
    participant_id: str
    erased_at: datetime
    consents: int  # contact rows blanked
    purged: int  # change-log entries deleted


@dataclass(frozen=True, slots=True)
class JournalEntry:
    participant_id: str
    erased_at: datetime


class ErasureJournal:
    """Append-only list of erased participant ids with times, outside any workspace."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / JOURNAL_NAME

    def entries(self) -> list[JournalEntry]:
        try:
            raw = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise Refused(
                "the erasure journal {path} cannot be read ({reason}); "
                "without it erased data could come back, so nothing was opened",
                path=self.path,
                reason=exc.strerror or exc,
            ) from exc
        out: dict[str, JournalEntry] = {}
        for line in raw.splitlines():
            try:  # a line torn by a crash while appending is skipped
                doc = json.loads(line)
                entry = JournalEntry(
                    str(doc["participant_id"]), datetime.fromisoformat(doc["erased_at"])
                )
            except (ValueError, KeyError, TypeError):
                continue
            if entry.erased_at.tzinfo is not None:
                out.setdefault(entry.participant_id, entry)
        return list(out.values())

    def append(self, entries: Iterable[JournalEntry]) -> None:
        lines = "".join(
            json.dumps(
                {"participant_id": e.participant_id, "erased_at": e.erased_at.isoformat()},
                separators=(",", ":"),
            )
            + "\n"
            for e in entries
        )
        if not lines:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, lines.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise Refused(
                "the erasure journal {path} cannot be written ({reason}); nothing was erased",
                path=self.path,
                reason=exc.strerror or exc,
            ) from exc


def purge_rows(s: OrmSession, consents: list[ContactConsent], people: list[Participant]) -> int:
    """Blank and tombstone rows holding personal data, then delete the change-log and
    conflict entries that still hold their old values. Returns the entries deleted."""
    s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
    for c in consents:
        c.name, c.email, c.phone = "", "", ""
        c.deleted = True
    for p in people:
        p.pseudonym, p.public_name = "", None
        p.deleted = True
    s.flush()  # the blank values are now the newest change-log entries
    purged = 0
    for table, rows in (("contact_consent", consents), ("participant", people)):
        ids = [r.id for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            result = s.execute(
                delete(ChangeRecord).where(
                    ChangeRecord.tbl == table,
                    ChangeRecord.row_id.in_(chunk),
                    ChangeRecord.field.in_(ERASURE_FIELDS[table]),
                    ChangeRecord.value.not_in(BLANK_VALUES),
                )
            )
            purged += int(result.rowcount or 0)  # type: ignore[attr-defined]
            s.execute(
                delete(Conflict).where(
                    Conflict.tbl == table,
                    Conflict.row_id.in_(chunk),
                    Conflict.field.in_(ERASURE_FIELDS[table]),
                )
            )
    return purged


def _erase_in(
    s: OrmSession, participant_id: str, erased_at: datetime, recorded_by: str
) -> ErasureInfo:
    person = s.get(Participant, participant_id)
    if person is None:
        raise NotFound("{what} {row_id} not found", what=noun("participant"), row_id=participant_id)
    consents = list(
        s.scalars(
            select(ContactConsent).where(ContactConsent.participant_id == participant_id)
        ).all()
    )
    for card in s.scalars(select(Card).where(Card.author_participant_id == participant_id)):
        card.author_participant_id = None
    for idea in s.scalars(
        select(Steckbrief).where(Steckbrief.author_participant_id == participant_id)
    ):
        idea.author_participant_id = None
    purged = purge_rows(s, consents, [person])
    if (
        s.scalar(select(ErasureRecord.id).where(ErasureRecord.participant_id == participant_id))
        is None
    ):
        s.add(
            ErasureRecord(
                participant_id=participant_id, erased_at=erased_at, recorded_by=recorded_by
            )
        )
        s.flush()
    return ErasureInfo(participant_id, erased_at, len(consents), purged)


def _compact(ws: Workspace) -> None:
    """Rewrite the file without free space and empty the WAL (best effort: a busy
    database is compacted the next time)."""
    with ws.engine.connect() as con:
        raw = con.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        try:
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass


def _needing_erasure(s: OrmSession, ids: list[str]) -> list[str]:
    """Of these participant ids, those present here with anything left to erase."""
    need: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        present = set(s.scalars(select(Participant.id).where(Participant.id.in_(chunk))))
        if not present:
            continue
        recorded = set(
            s.scalars(
                select(ErasureRecord.participant_id).where(
                    ErasureRecord.participant_id.in_(present)
                )
            )
        )
        need |= present - recorded
        need |= set(
            s.scalars(
                select(Participant.id).where(
                    Participant.id.in_(present),
                    or_(
                        Participant.deleted.is_(False),
                        Participant.pseudonym != "",
                        Participant.public_name.is_not(None),
                    ),
                )
            )
        )
        need |= set(
            s.scalars(
                select(ContactConsent.participant_id).where(
                    ContactConsent.participant_id.in_(present),
                    or_(
                        ContactConsent.deleted.is_(False),
                        ContactConsent.name != "",
                        ContactConsent.email != "",
                        ContactConsent.phone != "",
                    ),
                )
            )
        )
        for model in (Card, Steckbrief):
            need |= set(
                s.scalars(
                    select(model.author_participant_id).where(
                        model.author_participant_id.in_(present)
                    )
                )
            )
        need |= _in_change_log(s, "participant", sorted(present), lambda rid: rid)
        consent_owner = {
            cid: owner
            for cid, owner in s.execute(
                select(ContactConsent.id, ContactConsent.participant_id).where(
                    ContactConsent.participant_id.in_(present)
                )
            )
        }
        need |= _in_change_log(
            s, "contact_consent", sorted(consent_owner), consent_owner.__getitem__
        )
    return sorted(need)


def _in_change_log(
    s: OrmSession, table: str, row_ids: list[str], owner: Callable[[str], str]
) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(row_ids), 500):
        rows = s.scalars(
            select(ChangeRecord.row_id)
            .where(
                ChangeRecord.tbl == table,
                ChangeRecord.row_id.in_(row_ids[start : start + 500]),
                ChangeRecord.field.in_(ERASURE_FIELDS[table]),
                ChangeRecord.value.not_in(BLANK_VALUES),
            )
            .distinct()
        )
        found |= {owner(r) for r in rows}
    return found


class ErasureService:
    def __init__(
        self,
        workspace: Workspace,
        journal: ErasureJournal | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.ws = workspace
        self.journal = journal or ErasureJournal()
        self._now = now

    def erase_participant(self, participant_id: str, recorded_by: str = "") -> ErasureInfo:
        """Erase all personal data of a participant. Cannot be undone."""
        recorder = recorded_by.strip()[:200]
        with self.ws.session() as s:
            if s.get(Participant, participant_id) is None:
                raise NotFound(
                    "{what} {row_id} not found", what=noun("participant"), row_id=participant_id
                )
            done = s.scalar(
                select(ErasureRecord).where(ErasureRecord.participant_id == participant_id)
            )
        erased_at = done.erased_at if done is not None else self._now()
        # journal first: should the program stop halfway, the next opening finishes it
        self.journal.append([JournalEntry(participant_id, erased_at)])
        with self.ws.transaction() as s:
            info = _erase_in(s, participant_id, erased_at, recorder)
        _compact(self.ws)
        return info

    def is_erased(self, participant_id: str) -> bool:
        with self.ws.session() as s:
            return (
                s.scalar(
                    select(ErasureRecord.id).where(ErasureRecord.participant_id == participant_id)
                )
                is not None
            )

    def erasure_records(self) -> list[JournalEntry]:
        with self.ws.session() as s:
            rows = s.execute(select(ErasureRecord.participant_id, ErasureRecord.erased_at)).all()
        return [JournalEntry(pid, at) for pid, at in rows]

    def apply(self) -> int:
        """Bring the workspace in line with the journal and its own ErasureRecords
        (e.g. pulled by sync): erase what is left, learn new records into the
        journal. Idempotent; returns how many participants were erased now."""
        journal = {e.participant_id: e for e in self.journal.entries()}
        records = {e.participant_id: e for e in self.erasure_records()}
        self.journal.append(e for pid, e in records.items() if pid not in journal)
        wanted = {**journal, **records}
        if not wanted:
            return 0
        with self.ws.session() as s:
            todo = _needing_erasure(s, sorted(wanted))
        if not todo:
            return 0
        with self.ws.transaction() as s:
            for pid in todo:
                _erase_in(s, pid, wanted[pid].erased_at, "")
        _compact(self.ws)
        return len(todo)


#: how many participants the open hook erased, per open workspace
_REPLAYED: WeakKeyDictionary[Workspace, int] = WeakKeyDictionary()


def replay_on_open(ws: Workspace) -> None:
    """Open hook: replay the erasure journal into every workspace that is opened."""
    _REPLAYED[ws] = ErasureService(ws).apply()


def replayed_on_open(ws: Workspace) -> int:
    """How many participants were erased when ``ws`` was opened (0 if the hook is off)."""
    return _REPLAYED.get(ws, 0)


def install_replay_on_open() -> None:
    """Make ``open_workspace`` replay the erasure journal (idempotent)."""
    if replay_on_open not in OPEN_HOOKS:
        OPEN_HOOKS.append(replay_on_open)


install_replay_on_open()


@dataclass(frozen=True, slots=True)
class RestoreReport:
    target: Path
    previous: Path | None  # where the replaced workspace was kept
    erased: int  # participants erased again in the restored copy


def restore_backup(backup: Path, target: Path) -> RestoreReport:
    """Put a backup in place of the workspace ``target`` with every recorded erasure
    replayed into it before it takes the workspace's place. The workspace must not be
    open; the replaced file is kept beside it (``*.before-restore-*.sqlite``)."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise NotFound("no backup file at {path}", path=backup)
    if target.exists() and backup.resolve() == target.resolve():
        raise Refused("the backup and the workspace are the same file")
    inspect_file(backup, migrate.known_revisions())  # refuses what is not ours
    if target.exists():
        _refuse_if_in_use(target)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    staging = target.with_name(f".{target.stem}.restore-{stamp}.sqlite")
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(staging))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    try:
        ws = open_workspace(staging, create=False)
        try:
            erased = replayed_on_open(ws) + ErasureService(ws).apply()
        finally:
            ws.close()
        if ws.backup_path is not None:  # a migration copy of the old data: not kept
            ws.backup_path.unlink(missing_ok=True)
        previous: Path | None = None
        if target.exists():
            previous = target.with_name(f"{target.stem}.before-restore-{stamp}.sqlite")
            target.replace(previous)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        staging.replace(target)
    finally:
        for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            leftover.unlink(missing_ok=True)
    return RestoreReport(target, previous, erased)


def _refuse_if_in_use(path: Path) -> None:
    con = sqlite3.connect(str(path), timeout=0)
    try:
        con.execute("BEGIN EXCLUSIVE")
        con.rollback()
    except sqlite3.OperationalError as exc:
        raise Refused("{path} is in use by a running program; close it first", path=path) from exc
    finally:
        con.close()


__all__ = [
    "ERASURE_FIELDS",
    "ErasureInfo",
    "ErasureJournal",
    "ErasureService",
    "JournalEntry",
    "RestoreReport",
    "install_replay_on_open",
    "replay_on_open",
    "replayed_on_open",
    "restore_backup",
]
