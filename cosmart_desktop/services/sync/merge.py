"""How concurrent writes of one field resolve (DESIGN.md §5), as pure functions.

A write is one change-log record: (table, row, field, value, stamp, site) plus
its *base*, the ``stamp+site`` key of the value it replaced at its own site
("" for a first write). The bases link the writes of a field into a tree; a
write nobody built upon is a *leaf*.

- Last writer wins: the value is the write with the greatest key (HLC stamp,
  ties broken by site id). That write is always a leaf.
- Delete wins (the tombstone of a vote: votes are a grow-only set with
  tombstones): if any leaf says ``true`` the row stays deleted; an undelete
  only wins over the tombstone it saw (its base), never over a concurrent one.
- Every other leaf whose value differs from the resolved one is a concurrent
  edit that lost: it goes to the conflict log. Writes somebody built upon were
  seen and replaced on purpose, so they are not conflicts.

Because this depends only on the set of writes, every replica and the hub
reach the same values and the same conflict log, in whatever order they
received the writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: (table, field) pairs whose ``true`` wins over concurrent ``false``
DELETE_WINS: frozenset[tuple[str, str]] = frozenset({("vote", "deleted")})
TRUE = "true"


def key_of(hlc: str, site_id: str) -> str:
    """The total order of writes: stamps have a fixed width, so text order works."""
    return hlc + site_id


@dataclass(frozen=True, slots=True)
class Write:
    field: str
    value: str  # JSON text
    hlc: str
    site_id: str
    base: str  # key of the replaced write, "" for none

    @property
    def key(self) -> str:
        return self.hlc + self.site_id


@dataclass(frozen=True, slots=True)
class Resolution:
    winner: Write
    losers: tuple[Write, ...]


def resolve(writes: Sequence[Write], *, delete_wins: bool = False) -> Resolution:
    """The value of one field and its conflict losers, from all its writes."""
    if not writes:
        raise ValueError("no writes to resolve")
    parents = {w.base for w in writes}
    leaves = [w for w in writes if w.key not in parents]
    winner = max(writes, key=lambda w: w.key)
    if delete_wins:
        tombstones = [w for w in leaves if w.value == TRUE]
        if tombstones:
            winner = max(tombstones, key=lambda w: w.key)
    losers = tuple(
        sorted(
            (w for w in leaves if w.key != winner.key and w.value != winner.value),
            key=lambda w: w.key,
        )
    )
    return Resolution(winner, losers)


@dataclass(frozen=True, slots=True)
class LogRow:
    """A change-log record as read for merging; ``base`` None = a local write
    whose base is derived from the order of the log."""

    seq: int
    row_id: str
    field: str
    value: str
    hlc: str
    site_id: str
    base: str | None


def writes_by_field(rows: Iterable[LogRow]) -> dict[tuple[str, str], list[Write]]:
    """Group a table's log rows into writes per (row, field), deriving the base of
    local writes: the greatest write of that field the log held before it."""
    ordered = sorted(rows, key=lambda r: r.seq)
    out: dict[tuple[str, str], list[Write]] = {}
    best: dict[tuple[str, str], str] = {}
    for r in ordered:
        k = (r.row_id, r.field)
        base = r.base if r.base is not None else best.get(k, "")
        out.setdefault(k, []).append(Write(r.field, r.value, r.hlc, r.site_id, base))
        key = key_of(r.hlc, r.site_id)
        if key > best.get(k, ""):
            best[k] = key
    return out


def resolve_field(table: str, writes: Sequence[Write]) -> Resolution:
    field = writes[0].field
    return resolve(writes, delete_wins=(table, field) in DELETE_WINS)
