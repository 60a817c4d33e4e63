"""One sync of a workspace with a store: push, then pull (DESIGN.md §5).

Push: this workspace's own changes after the hub's checkpoint of it, in pages,
each page stored with the new checkpoint in one hub transaction. Pull: the
hub's changes after the local checkpoint, in pages, each page applied with the
new checkpoint in one local transaction. Killed at any point, a sync leaves
both sides consistent, and the next sync carries on where it stopped.
"""

from __future__ import annotations

import getpass
import json
import socket
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from ...domain.errors import Refused
from ...domain.hlc import MAX_FORWARD_DRIFT_MS, Stamp
from ...storage.workspace import Workspace
from ..erasure import ErasureService
from .address import StoreAddress
from .apply import ApplyResult, apply_records, write_checkpoint
from .hub import HubStore, InRecord, SiteMovedError
from .outgoing import blob_refs, build_batch, check_same_history
from .tables import BLOB_KEY

#: report(done, total, label) as in ui.tasks.Progress; total 0 = unknown
Progress = Callable[[int, int, str], None]
PUSH_PAGE = 50_000
PULL_PAGE = 5_000


@dataclass
class SyncSummary:
    store: str
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # concurrent edits that lost in this sync (new in the log)
    refused: int = 0  # changes not taken: clock too far ahead, values that do not fit
    open_conflicts: int = 0
    retries: int = 0  # serialization retries on the store (never shown as errors)
    reasons: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def text(self) -> str:
        line = (
            f"sync with {self.store}: {self.pushed} pushed, {self.pulled} pulled, "
            f"{self.conflicts} conflicts, {self.refused} refused"
        )
        return "\n".join([line, *(f"  {r}" for r in self.reasons)])


def site_label(ws: Workspace) -> str:
    """Who and where, as shown in conflicts on other computers."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    host = socket.gethostname()
    return f"{user}@{host} ({ws.path.name})" if user else f"{host} ({ws.path.name})"


def _ignore(_done: int, _total: int, _label: str) -> None:
    return None


def sync_workspace(
    ws: Workspace,
    address: StoreAddress,
    *,
    progress: Progress | None = None,
    push: bool = True,
    pull: bool = True,
    push_page: int = PUSH_PAGE,
    pull_page: int = PULL_PAGE,
    label: str | None = None,
) -> SyncSummary:
    """Push and pull; raises Refused (nothing changed) or StoreError."""
    report = progress or _ignore
    started = time.monotonic()
    if address.path is not None and address.path.resolve() == ws.path.resolve():
        raise Refused("the store cannot be the workspace itself")
    summary = SyncSummary(address.display)
    report(0, 0, "connecting")
    with HubStore(address).open() as hub:
        if push:
            summary.pushed = _push(ws, hub, label or site_label(ws), push_page, report)
        if pull:
            _pull(ws, hub, summary, pull_page, report)
            _learn_labels(ws, hub.site_labels())
        summary.retries = hub.retries
    if pull and summary.pulled:
        ErasureService(ws).apply()  # erasures pulled: delete wins, everywhere
    with ws.engine.connect() as con:
        summary.open_conflicts = int(
            con.exec_driver_sql("SELECT count(*) FROM conflict WHERE resolved_at IS NULL").scalar()
            or 0
        )
    summary.seconds = round(time.monotonic() - started, 3)
    report(1, 1, "done")
    return summary


def _push(ws: Workspace, hub: HubStore, label: str, page: int, report: Progress) -> int:
    pushed = 0
    for _attempt in range(1000):
        state = hub.site_state(ws.site_id)
        with ws.engine.connect() as con:
            check_same_history(con, ws.site_id, state)
            batch = build_batch(con, ws.site_id, label, state, page, hub.missing_blobs)
        if batch is None:
            return pushed
        report(pushed, 0, f"pushing {len(batch.records)} changes")
        try:
            hub.push(batch)
        except SiteMovedError:
            continue  # another sync of this workspace was quicker: read its checkpoint
        pushed += len(batch.records)
        with ws.engine.begin() as con:
            write_checkpoint(con, hub.hub_id, None, batch.records[-1].seq)
    raise RuntimeError("push did not finish")


def _cursor(ws: Workspace, store_key: str) -> str:
    with ws.engine.connect() as con:
        value = con.execute(
            text("SELECT pulled_cursor FROM sync_checkpoint WHERE store_key = :k"), {"k": store_key}
        ).scalar()
    return str(value or "")


def _held(con: Connection) -> list[tuple[int, InRecord]]:
    rows = con.exec_driver_sql(
        "SELECT id, tbl, row_id, field, value, hlc, site_id, base FROM sync_held"
    )
    return [(r[0], InRecord(*r[1:])) for r in rows]


def _ahead(record: InRecord, wall: int) -> bool:
    try:
        return Stamp.parse(record.hlc).millis - wall > MAX_FORWARD_DRIFT_MS
    except ValueError:
        return True


def _pull(ws: Workspace, hub: HubStore, summary: SyncSummary, page: int, report: Progress) -> None:
    cursor = _cursor(ws, hub.hub_id)
    with ws.engine.connect() as con:
        waiting = _held(con)
    first = True
    while True:
        report(summary.pulled, 0, f"pulling changes ({summary.pulled} so far)")
        result = hub.pull(cursor, ws.site_id, page)
        wall = time.time_ns() // 1_000_000
        accepted = [r for r in result.records if not _ahead(r, wall)]
        held = [r for r in result.records if _ahead(r, wall)]
        ready = [(i, r) for i, r in waiting if not _ahead(r, wall)] if first else []
        accepted += [r for _i, r in ready]
        shas = blob_refs_in(accepted)
        blobs = hub.fetch_blobs(shas) if shas else {}
        if accepted:
            ws.clock.observe(max(Stamp.parse(r.hlc) for r in accepted))
        with ws.engine.begin() as con:
            write_checkpoint(con, hub.hub_id, result.cursor, None)
            con.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            _hold(con, held)
            for held_id, _r in ready:
                con.exec_driver_sql("DELETE FROM sync_held WHERE id = ?", (held_id,))
            applied = apply_records(con, accepted, blobs, ws.site_id)
        _count(summary, applied, held, len(ready))
        cursor, first = result.cursor, False
        if result.done:
            return


def blob_refs_in(records: list[InRecord]) -> set[str]:
    return {json.loads(r.value)[BLOB_KEY] for r in records if r.value.startswith('{"' + BLOB_KEY)}


def _hold(con: Connection, held: list[InRecord]) -> None:
    if not held:
        return
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    con.exec_driver_sql(
        "INSERT INTO sync_held (tbl, row_id, field, value, hlc, site_id, base, held_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.tbl, r.row_id, r.field, r.value, r.hlc, r.site_id, r.base, now) for r in held],
    )


def _count(summary: SyncSummary, applied: ApplyResult, held: list[InRecord], ready: int) -> None:
    summary.pulled += applied.records - ready
    summary.conflicts += applied.new_conflicts
    summary.refused += len(held) + len(applied.bad_values)
    if held:
        sites = sorted({r.site_id[:8] for r in held})
        summary.reasons.append(
            f"{len(held)} change(s) from {', '.join(sites)} carry a clock more than 24 h "
            "ahead of this computer's: flagged and kept aside until the clocks agree"
        )
    summary.reasons.extend(applied.bad_values[:20])


def _learn_labels(ws: Workspace, labels: dict[str, str]) -> None:
    if not labels:
        return
    with ws.engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(f"site:{site}", label) for site, label in labels.items()],
        )


__all__ = ["SyncSummary", "blob_refs", "site_label", "sync_workspace"]
