"""The local side of a push: this workspace's own changes after the hub's
checkpoint of it, with their bases, the events they belong to (lock keys),
the owners of personal data (for erasures) and the blobs the hub lacks; and
the check that this workspace is the site the hub knows, not a copy of it."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, bindparam, text

from ...domain.errors import Refused
from ..erasure import ERASURE_FIELDS
from .hub import OutRecord, PushBatch, SiteState
from .tables import BLOB_KEY, event_sql, synced_tables

CHUNK = 500


def allocated_seq(con: Connection) -> int:
    """The highest change-log number this file ever handed out (purges included)."""
    row = con.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").scalar()
    top = con.exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
    return max(int(row or 0), int(top or 0))


def check_same_history(con: Connection, site_id: str, state: SiteState) -> None:
    """Refuse a workspace whose site id the hub knows with another history: a
    copied workspace file (or one restored from an old backup). Its next changes
    would carry numbers the hub has already seen from the original and be lost."""
    if state.last_seq == 0:
        return
    refusal = Refused(
        "this workspace has the same site id ({site}…) as another workspace "
        "that already synced with this store, but a different history: it is a copy of "
        "that file (or an older backup of it). Syncing it would lose or mix up changes, "
        "so it was refused; sync the original workspace, or start from a fresh one",
        site=site_id[:8],
    )
    if allocated_seq(con) < state.last_seq:
        raise refusal
    seqs = [p[0] for p in state.probe]
    if not seqs:
        return
    local = {
        r[0]: tuple(r[1:])
        for r in con.execute(
            text(
                "SELECT seq, hlc, tbl, row_id, field, site_id FROM change_log WHERE seq IN :s"
            ).bindparams(bindparam("s", expanding=True)),
            {"s": seqs},
        )
    }
    matched = 0
    for seq, hlc, tbl, row_id, field in state.probe:
        mine = local.get(seq)
        if mine is None:
            if field in ERASURE_FIELDS.get(tbl, ()):
                continue  # purged by an erasure here
            raise refusal
        if mine != (hlc, tbl, row_id, field, site_id):
            raise refusal
        matched += 1
    if not matched and not all(f in ERASURE_FIELDS.get(t, ()) for _s, _h, t, _r, f in state.probe):
        raise refusal


def read_outgoing(con: Connection, site_id: str, after: int, limit: int) -> list[OutRecord]:
    """This site's changes after ``after`` with their bases: a local write's base is
    the greatest write of its field the log held before it (``merge``)."""
    raw = con.connection.driver_connection
    assert raw is not None
    rows = raw.execute(
        "SELECT seq, tbl, row_id, field, value, hlc, base FROM change_log "
        "WHERE site_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (site_id, after, limit),
    ).fetchall()
    if not rows:
        return []
    last = rows[-1][0]
    need: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r[6] is None:
            need[r[1]].add(r[2])
    # what else the log held for those rows before (usually nothing: new rows)
    extra: list[tuple[int, str, str, str, str]] = []
    for tbl, ids in need.items():
        for chunk in _chunks(sorted(ids)):
            marks = ", ".join("?" * len(chunk))
            extra += raw.execute(
                f"SELECT seq, tbl, row_id, field, hlc || site_id FROM change_log WHERE tbl = ? "
                f"AND row_id IN ({marks}) AND (seq <= ? OR (seq <= ? AND site_id != ?))",
                (tbl, *chunk, after, last, site_id),
            ).fetchall()
    own: Iterable[tuple[int, str, str, str, str]] = (
        (r[0], r[1], r[2], r[3], r[5] + site_id) for r in rows if r[6] is None
    )
    history = sorted([*extra, *own]) if extra else own  # the batch is in log order
    best: dict[tuple[str, str, str], str] = {}
    bases: dict[int, str] = {}
    for seq, tbl, row_id, field, key in history:
        k = (tbl, row_id, field)
        previous = best.get(k, "")
        bases[seq] = previous
        if key > previous:
            best[k] = key
    return [
        OutRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6] if r[6] is not None else bases[r[0]])
        for r in rows
    ]


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _row_ids(records: Iterable[OutRecord]) -> dict[str, list[str]]:
    by_table: dict[str, set[str]] = defaultdict(set)
    for r in records:
        by_table[r.tbl].add(r.row_id)
    return {t: sorted(ids) for t, ids in by_table.items()}


def events_of(con: Connection, records: list[OutRecord]) -> set[str]:
    """The events the changed rows belong to ("" for rows outside any event)."""
    tables = synced_tables()
    events: set[str] = set()
    for tbl, ids in _row_ids(records).items():
        st = tables.get(tbl)
        sql = event_sql(st) if st else None
        if sql is None:
            events.add("")
            continue
        found: dict[str, str | None] = {}
        if len(ids) > 2000:  # a large push: one pass over the table is cheaper
            found = dict(con.execute(text(sql)).all())
        else:
            for chunk in _chunks(ids):
                stmt = text(sql + " WHERE t0.id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                )
                found.update(con.execute(stmt, {"ids": chunk}).all())
        events |= {found.get(i) or "" for i in ids}
    return events


def owners_of(con: Connection, records: list[OutRecord]) -> dict[tuple[str, str], str]:
    """The participant behind each row holding personal data in the batch."""
    out: dict[tuple[str, str], str] = {}
    personal = [r for r in records if r.field in ERASURE_FIELDS.get(r.tbl, ())]
    for r in personal:
        if r.tbl == "participant":
            out[(r.tbl, r.row_id)] = r.row_id
    consent_ids = sorted({r.row_id for r in personal if r.tbl == "contact_consent"})
    for chunk in _chunks(consent_ids):
        stmt = text("SELECT id, participant_id FROM contact_consent WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        for row_id, participant in con.execute(stmt, {"ids": chunk}):
            out[("contact_consent", row_id)] = participant
    return out


def blob_refs(records: Iterable[OutRecord]) -> dict[str, tuple[str, str, str]]:
    """sha256 → (table, row, field) of the records that carry a blob reference."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in records:
        if r.value.startswith('{"' + BLOB_KEY):
            sha = json.loads(r.value)[BLOB_KEY]
            out[sha] = (r.tbl, r.row_id, r.field)
    return out


def load_blobs(
    con: Connection, refs: dict[str, tuple[str, str, str]], missing: Callable[[set[str]], set[str]]
) -> dict[str, bytes]:
    """The bytes of referenced blobs the hub does not have yet (where this
    workspace still holds them: a value replaced since is not kept)."""
    if not refs:
        return {}
    out: dict[str, bytes] = {}
    tables = synced_tables()
    for sha in sorted(missing(set(refs))):
        tbl, row_id, field = refs[sha]
        st = tables.get(tbl)
        if st is None or field not in st.blobs:
            continue
        data = con.execute(
            text(f'SELECT "{field}" FROM "{tbl}" WHERE id = :i'), {"i": row_id}
        ).scalar()
        if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == sha:
            out[sha] = data
    return out


def build_batch(
    con: Connection,
    site_id: str,
    label: str,
    state: SiteState,
    limit: int,
    missing_blobs: Callable[[set[str]], set[str]],
) -> PushBatch | None:
    records = read_outgoing(con, site_id, state.last_seq, limit)
    if not records:
        return None
    return PushBatch(
        site_id=site_id,
        label=label,
        expected_last=state.last_seq,
        records=records,
        events=events_of(con, records),
        owners=owners_of(con, records),
        blobs=load_blobs(con, blob_refs(records), missing_blobs),
    )
