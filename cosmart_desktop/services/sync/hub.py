"""The shared store (the hub): PostgreSQL or an SQLite file on a local disk.

Writes run in explicit transactions: in PostgreSQL ``REPEATABLE READ`` after
taking a session-level advisory lock per event the push touches (so two
laptops pushing the same event take turns, and the snapshot is taken only once
the lock is held); serialization failures and deadlocks are retried with
back-off and never reach the user. In SQLite ``BEGIN IMMEDIATE`` serializes
writers. The hub's checkpoint of a site (how far its change log was pushed) is
written in the same transaction as the changes, so a push interrupted at any
point is either wholly there or not at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from ...domain.errors import Message, Refused
from ...domain.hlc import MAX_FORWARD_DRIFT_MS, Stamp
from ..erasure import BLANK_VALUES, ERASURE_FIELDS
from .address import StoreAddress
from .hub_schema import CHANGE_COLUMNS, POSTGRES_DDL, SCHEMA_VERSION, SQLITE_DDL

T = TypeVar("T")
RETRIES = 12
_SCHEMA_LOCK = 0x636F736D617274  # "cosmart"
_PUSH_LOCK = 0x636F736D617275  # held shared by every running push
#: SQLSTATEs that mean "run the transaction again"
_RETRY_STATES = frozenset({"40001", "40P01", "55P03"})


class StoreError(RuntimeError):
    """The store cannot be used (unreachable, wrong password, not a store).

    A failure (exit 1), not a refusal, but its message is a template like a
    refusal's, so the window shows it in German."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = Message(template, **params)
        super().__init__(str(self.message))


class SiteMovedError(Exception):
    """Another process pushed for this site meanwhile: read its checkpoint again."""


class OutRecord(NamedTuple):
    """One of this site's changes on its way to the hub (a tuple: made 20,000 at a time)."""

    seq: int
    tbl: str
    row_id: str
    field: str
    value: str
    hlc: str
    base: str


@dataclass
class PushBatch:
    site_id: str
    label: str
    expected_last: int
    records: list[OutRecord]
    #: events the records belong to ("" for rows outside any event): lock keys
    events: set[str] = field(default_factory=set)
    #: participant of each (tbl, row) holding personal data in this batch
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InRecord:
    tbl: str
    row_id: str
    field: str
    value: str
    hlc: str
    site_id: str
    base: str


@dataclass(frozen=True, slots=True)
class SiteState:
    last_seq: int
    #: the latest (origin_seq, hlc, tbl, row_id, field) the hub holds of this site
    probe: tuple[tuple[int, str, str, str, str], ...]


@dataclass(frozen=True, slots=True)
class PullPage:
    records: list[InRecord]
    cursor: str
    done: bool


def lock_key(event_id: str) -> int:
    digest = hashlib.sha1(f"cosmart-event:{event_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) if orig is not None else None


def _is_retryable(exc: BaseException) -> bool:
    if _sqlstate(exc) in _RETRY_STATES:
        return True
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


def _sqlite_pragmas(dbapi_con: Any, _record: Any) -> None:
    dbapi_con.isolation_level = None
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000"):
        dbapi_con.execute(f"PRAGMA {pragma}")


class HubStore:
    """One connection to the hub, for one sync."""

    def __init__(self, address: StoreAddress, *, connect_timeout: int = 10) -> None:
        self.address = address
        self.pg = address.kind == "postgresql"
        self.retries = 0
        self.hub_id = ""
        self._engine: Engine | None = None
        self._con: Connection | None = None
        self._timeout = connect_timeout

    # -- connection ------------------------------------------------------------
    def open(self, *, create: bool = True) -> HubStore:
        if self.pg:
            engine = create_engine(
                self.address.url,
                poolclass=NullPool,
                connect_args={"connect_timeout": self._timeout, "application_name": "cosmart"},
            )
        else:
            assert self.address.path is not None
            if not create and not self.address.path.exists():
                raise StoreError("there is no store at {path}", path=self.address.path)
            self.address.path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(f"sqlite:///{self.address.path}", poolclass=NullPool)
            event.listen(engine, "connect", _sqlite_pragmas)
        self._engine = engine
        try:
            self._con = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        except DBAPIError as exc:
            engine.dispose()
            raise self._connect_error(exc) from None
        try:
            self._ensure_schema(create)
        except BaseException:
            self.close()
            raise
        return self

    def _connect_error(self, exc: DBAPIError) -> Exception:
        message = str(getattr(exc, "orig", exc)).strip().splitlines()
        line = message[0] if message else type(exc).__name__
        password = self.address.password
        if password:
            line = line.replace(password, "***")
        lowered = line.lower()
        if any(w in lowered for w in ("password", "authentication", "role", "does not exist")):
            # wrong user, password or database: bad input, not a failure
            return Refused(
                "the store {store} refused the login: {reason}",
                store=self.address.display,
                reason=line,
            )
        return StoreError(
            "cannot reach the store {store}: {reason}", store=self.address.display, reason=line
        )

    def close(self) -> None:
        if self._con is not None:
            try:
                self._con.close()
            finally:
                self._con = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> HubStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def con(self) -> Connection:
        assert self._con is not None, "store not open"
        return self._con

    def _sql(self, sql: str, params: dict[str, Any] | None = None, **expanding: Any) -> Any:
        stmt = text(sql)
        if expanding:
            stmt = stmt.bindparams(*(bindparam(k, expanding=True) for k in expanding))
        return self.con.execute(stmt, {**(params or {}), **expanding})

    def _begin(self) -> None:
        self.con.exec_driver_sql(
            "BEGIN ISOLATION LEVEL REPEATABLE READ" if self.pg else "BEGIN IMMEDIATE"
        )

    def _rollback(self) -> None:
        with contextlib.suppress(DBAPIError):
            self.con.exec_driver_sql("ROLLBACK")

    def _transaction(self, work: Callable[[], T], locks: Iterable[int] = ()) -> T:
        """Run ``work`` in one transaction, retried on serialization failures."""
        keys = sorted(set(locks)) if self.pg else []
        for attempt in range(RETRIES):
            try:
                for key in keys:
                    self.con.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
                if keys:
                    self.con.exec_driver_sql(f"SELECT pg_advisory_lock_shared({_PUSH_LOCK})")
                self._begin()
                try:
                    result = work()
                    self.con.exec_driver_sql("COMMIT")
                    return result
                except BaseException:
                    self._rollback()
                    raise
            except (DBAPIError, OperationalError) as exc:
                if not _is_retryable(exc) or attempt == RETRIES - 1:
                    raise
                self.retries += 1
                time.sleep(min(0.5, 0.01 * 2**attempt) * (0.5 + random.random()))
            finally:
                if keys:
                    with contextlib.suppress(DBAPIError):
                        self.con.exec_driver_sql("SELECT pg_advisory_unlock_all()")
        raise AssertionError("unreachable")

    def _ensure_schema(self, create: bool) -> None:
        exists = self._has_schema()
        if not exists and not self.pg:
            others = self._sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar()
            if others:
                raise Refused(
                    "{path} is a database but not a Co-Smart store "
                    "(a workspace?); choose another file for the store",
                    path=self.address.path,
                )
        if not exists:
            if not create:
                self.hub_id = ""
                return
            ddl = POSTGRES_DDL if self.pg else SQLITE_DDL

            def make() -> None:
                if self.pg:
                    self.con.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})")
                for statement in ddl:
                    self.con.exec_driver_sql(statement)
                self._sql(
                    "INSERT INTO cosmart_hub (key, value) VALUES ('hub_id', :h), "
                    "('schema', :v) ON CONFLICT (key) DO NOTHING",
                    {"h": str(uuid.uuid4()), "v": str(SCHEMA_VERSION)},
                )

            self._transaction(make)
        meta = dict(self._sql("SELECT key, value FROM cosmart_hub").all())
        version = int(meta.get("schema", "0") or 0)
        if version > SCHEMA_VERSION:
            raise Refused(
                "the store {store} was set up by a newer Co-Smart Werkstatt "
                "(store schema {version}); please update the program",
                store=self.address.display,
                version=version,
            )
        self.hub_id = meta["hub_id"]

    def _has_schema(self) -> bool:
        if self.pg:
            found = self._sql("SELECT to_regclass('cosmart_hub') IS NOT NULL").scalar()
        else:
            found = self._sql(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='cosmart_hub'"
            ).scalar()
        return bool(found)

    # -- reading -------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """What the store holds (for the connection test)."""
        if not self.hub_id:
            return {"kind": self.address.kind, "changes": 0, "sites": 0, "new": True}
        changes = self._sql("SELECT count(*) FROM cosmart_changes").scalar() or 0
        sites = self._sql("SELECT count(*) FROM cosmart_sites").scalar() or 0
        version = self._sql("SHOW server_version").scalar() if self.pg else "SQLite"
        return {
            "kind": self.address.kind,
            "changes": int(changes),
            "sites": int(sites),
            "new": False,
            "server": str(version),
        }

    def site_state(self, site_id: str) -> SiteState:
        last = self._sql(
            "SELECT last_seq FROM cosmart_sites WHERE site_id = :s", {"s": site_id}
        ).scalar()
        probe = self._sql(
            "SELECT origin_seq, hlc, tbl, row_id, field FROM cosmart_changes "
            "WHERE site_id = :s AND origin_seq <= :n ORDER BY origin_seq DESC LIMIT 8",
            {"s": site_id, "n": int(last or 0)},
        )
        return SiteState(int(last or 0), tuple((int(r[0]), r[1], r[2], r[3], r[4]) for r in probe))

    def site_labels(self) -> dict[str, str]:
        return dict(self._sql("SELECT site_id, label FROM cosmart_sites").all())

    def now_ms(self) -> int | None:
        """The PostgreSQL server's clock (an SQLite file has none)."""
        if not self.pg:
            return None
        return int(
            self._sql("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint").scalar()
        )

    def missing_blobs(self, shas: Iterable[str]) -> set[str]:
        wanted = sorted(set(shas))
        have: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            have |= set(
                self._sql("SELECT sha256 FROM cosmart_blobs WHERE sha256 IN :c", c=chunk).scalars()
            )
        return set(wanted) - have

    def fetch_blobs(self, shas: Iterable[str]) -> dict[str, bytes]:
        wanted = sorted(set(shas))
        out: dict[str, bytes] = {}
        for start in range(0, len(wanted), 100):
            rows = self._sql(
                "SELECT sha256, data FROM cosmart_blobs WHERE sha256 IN :c",
                c=wanted[start : start + 100],
            )
            out.update((sha, bytes(data)) for sha, data in rows)
        return out

    def pull(self, cursor: str, exclude_site: str, limit: int) -> PullPage:
        """The next changes after ``cursor`` written by other sites, in hub order."""
        cols = "tbl, row_id, field, value, hlc, site_id, base"
        after = _seq_cursor(cursor)
        horizon = self._settled() if self.pg else None
        bound = "" if horizon is None else " AND server_seq <= :h"
        rows = self._sql(
            f"SELECT server_seq, site_id, {cols} FROM cosmart_changes "
            f"WHERE server_seq > :s{bound} ORDER BY server_seq LIMIT :n",
            {"s": after, "n": limit, "h": horizon},
        ).all()
        done = len(rows) < limit
        if not done:
            last_seq, site, hlc = rows[-1][0], rows[-1][1], rows[-1][6]
            rows += self._sql(
                f"SELECT server_seq, site_id, {cols} FROM cosmart_changes "
                f"WHERE server_seq > :s AND site_id = :site AND hlc = :hlc{bound} "
                "ORDER BY server_seq",
                {"s": last_seq, "site": site, "hlc": hlc, "h": horizon},
            ).all()
        last = rows[-1][0] if rows else after
        if done and horizon is not None:
            last = max(last, horizon)
        records = [InRecord(*r[2:]) for r in rows if r[1] != exclude_site]
        return PullPage(records, f"sq:{last}", done)

    def _settled(self) -> int:
        """The highest change number below which no push is still running.

        Pushes hold a shared advisory lock while they run; taking it exclusively
        for a moment waits for the running ones (new ones queue behind), and then
        every number handed out so far belongs to a finished transaction."""
        self.con.exec_driver_sql(f"SELECT pg_advisory_lock({_PUSH_LOCK})")
        try:
            return int(
                self._sql("SELECT coalesce(max(server_seq), 0) FROM cosmart_changes").scalar()
            )
        finally:
            self.con.exec_driver_sql(f"SELECT pg_advisory_unlock({_PUSH_LOCK})")

    # -- writing ---------------------------------------------------------------
    def push(self, batch: PushBatch) -> int:
        """Store a batch of one site's changes with the site's new checkpoint.

        Raises SiteMovedError if the site's checkpoint is no longer ``expected_last``;
        Refused if the changes are stamped more than 24 h ahead of the server."""
        if self.pg and batch.records:
            now = self.now_ms() or 0
            newest = Stamp.parse(max(r.hlc for r in batch.records)).millis
            if newest - now > MAX_FORWARD_DRIFT_MS:
                hours = (newest - now) / 3_600_000
                raise Refused(
                    "this computer's clock is {hours:.1f} h ahead of the store's; "
                    "its changes were not sent. Please set the clock right and sync again",
                    hours=hours,
                )
        locks = [lock_key(e) for e in batch.events] if self.pg else []
        return self._transaction(lambda: self._push_in(batch), locks)

    def _push_in(self, batch: PushBatch) -> int:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self._sql(
            "INSERT INTO cosmart_sites (site_id, last_seq, label, first_seen, last_seen) "
            "VALUES (:s, 0, :l, :t, :t) ON CONFLICT (site_id) DO NOTHING",
            {"s": batch.site_id, "l": batch.label, "t": stamp},
        )
        lock = " FOR UPDATE" if self.pg else ""
        last = self._sql(
            f"SELECT last_seq FROM cosmart_sites WHERE site_id = :s{lock}", {"s": batch.site_id}
        ).scalar()
        if int(last or 0) != batch.expected_last:
            raise SiteMovedError()
        records = self._erasure_filter(batch)
        if records:
            self._insert_changes(batch.site_id, records)
        if batch.blobs:
            for sha, data in batch.blobs.items():
                self._sql(
                    "INSERT INTO cosmart_blobs (sha256, data) VALUES (:h, :d) "
                    "ON CONFLICT (sha256) DO NOTHING",
                    {"h": sha, "d": data},
                )
        new_last = max((r.seq for r in batch.records), default=batch.expected_last)
        self._sql(
            "UPDATE cosmart_sites SET last_seq = :n, label = :l, last_seen = :t WHERE site_id = :s",
            {"n": new_last, "l": batch.label, "t": stamp, "s": batch.site_id},
        )
        return len(records)

    def _erasure_filter(self, batch: PushBatch) -> list[OutRecord]:
        """Record erasures in the batch and purge their personal data from the hub;
        drop personal values of erased participants from the batch (delete wins)."""
        new_erasures = [
            (r.value.strip('"'), r.hlc)
            for r in batch.records
            if r.tbl == "erasure_record" and r.field == "participant_id"
        ]
        for participant, hlc in new_erasures:
            self._sql(
                "INSERT INTO cosmart_erasures (participant_id, hlc, site_id) VALUES (:p, :h, :s) "
                "ON CONFLICT (participant_id) DO NOTHING",
                {"p": participant, "h": hlc, "s": batch.site_id},
            )
            self._purge_participant(participant)
        owners = sorted(set(batch.owners.values()))
        erased: set[str] = set()
        for start in range(0, len(owners), 500):
            erased |= set(
                self._sql(
                    "SELECT participant_id FROM cosmart_erasures WHERE participant_id IN :c",
                    c=owners[start : start + 500],
                ).scalars()
            )
        if not erased:
            return batch.records
        return [
            r
            for r in batch.records
            if not (
                batch.owners.get((r.tbl, r.row_id)) in erased
                and r.field in ERASURE_FIELDS.get(r.tbl, ())
                and r.value not in BLANK_VALUES
            )
        ]

    def _purge_participant(self, participant: str) -> None:
        blank = list(BLANK_VALUES)
        pjson = f'"{participant}"'
        self._sql(
            "DELETE FROM cosmart_changes WHERE tbl = 'participant' AND row_id = :p "
            "AND field IN :f AND value NOT IN :b",
            {"p": participant},
            f=list(ERASURE_FIELDS["participant"]),
            b=blank,
        )
        self._sql(
            "DELETE FROM cosmart_changes WHERE tbl = 'contact_consent' AND field IN :f "
            "AND value NOT IN :b AND row_id IN (SELECT row_id FROM cosmart_changes "
            "WHERE tbl = 'contact_consent' AND field = 'participant_id' AND value = :p)",
            {"p": pjson},
            f=list(ERASURE_FIELDS["contact_consent"]),
            b=blank,
        )

    def _insert_changes(self, site_id: str, records: Sequence[OutRecord]) -> None:
        rows = [(r.tbl, r.row_id, r.field, r.value, r.hlc, site_id, r.base, r.seq) for r in records]
        if not self.pg:
            self.con.exec_driver_sql(
                f"INSERT INTO cosmart_changes ({', '.join(CHANGE_COLUMNS)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                rows,
            )
            return
        raw = self.con.connection.driver_connection
        assert raw is not None
        columns = ", ".join(CHANGE_COLUMNS)
        with raw.cursor() as cur:
            # a site's changes after its checkpoint were never stored (the
            # checkpoint commits with them), so they go straight in; the
            # unique key still guards against duplicates
            cur.execute("SAVEPOINT cosmart_copy")
            try:
                with cur.copy(f"COPY cosmart_changes ({columns}) FROM STDIN") as copy:
                    copy.write(_copy_text(rows))
            except Exception as exc:
                if getattr(exc, "sqlstate", None) != "23505":
                    raise
                cur.execute("ROLLBACK TO SAVEPOINT cosmart_copy")
                cur.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS cosmart_stage (tbl text, row_id text, "
                    "field text, value text, hlc text, site_id text, base text, "
                    "origin_seq bigint) ON COMMIT DROP"
                )
                with cur.copy(f"COPY cosmart_stage ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                cur.execute(
                    f"INSERT INTO cosmart_changes ({columns}) SELECT {columns} "
                    "FROM cosmart_stage ON CONFLICT DO NOTHING"
                )
            cur.execute("RELEASE SAVEPOINT cosmart_copy")


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(rows: Sequence[tuple[Any, ...]]) -> str:
    """Rows in COPY's text format. Only the JSON value can hold a backslash (ids,
    names and stamps cannot); JSON never holds a raw tab or line break, but such a
    value is escaped all the same."""
    out = []
    for tbl, row_id, name, value, hlc, site, base, seq in rows:
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            value = value.translate(_ESCAPES)
        out.append(f"{tbl}\t{row_id}\t{name}\t{value}\t{hlc}\t{site}\t{base}\t{seq}\n")
    return "".join(out)


def _seq_cursor(cursor: str) -> int:
    return int(cursor[3:]) if cursor.startswith("sq:") else 0
