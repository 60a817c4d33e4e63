"""Reading and patching board rows: column-wise loads (fast at 2,000 cards),
field checks, and the invariants every board edit must leave intact."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.board_layout import PALETTE
from ..domain.errors import NotFound, Refused
from ..domain.ids import new_id
from ..domain.text import TITLE_MAX, clean_text
from ..storage.models import Attachment, Card, Cluster, Phase
from .board_state import AttachmentInfo, Board, CardInfo, ClusterInfo, Patch, ViewState
from .common import noun

MODELS: dict[str, Any] = {"card": Card, "cluster": Cluster, "attachment": Attachment}
FIELDS: dict[str, frozenset[str]] = {
    "card": frozenset(
        {"text", "color", "x", "y", "z", "rank", "cluster_id", "merged_into_id", "deleted"}
    ),
    "cluster": frozenset({"label", "color", "x", "y", "z", "collapsed", "deleted"}),
    "attachment": frozenset({"caption", "x", "y", "cluster_id", "deleted"}),
}
CARD_COLUMNS = (
    Card.id,
    Card.phase_id,
    Card.cluster_id,
    Card.text,
    Card.color,
    Card.x,
    Card.y,
    Card.z,
    Card.rank,
    Card.origin,
    Card.merged_into_id,
    Card.carried_from_id,
    Card.deleted,
)
CLUSTER_COLUMNS = (
    Cluster.id,
    Cluster.phase_id,
    Cluster.label,
    Cluster.color,
    Cluster.x,
    Cluster.y,
    Cluster.z,
    Cluster.collapsed,
    Cluster.carried_from_id,
    Cluster.deleted,
)
ATTACHMENT_COLUMNS = (
    Attachment.id,
    Attachment.phase_id,
    Attachment.cluster_id,
    Attachment.filename,
    Attachment.mime,
    Attachment.sha256,
    Attachment.width,
    Attachment.height,
    Attachment.caption,
    Attachment.x,
    Attachment.y,
    Attachment.deleted,
)
_HEX = re.compile(r"#[0-9a-f]{6}")
_CHUNK = 900  # ids per IN (…) clause


def chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = list(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def check_color(value: object) -> str:
    """A palette colour or ``#rrggbb``; "" is the default."""
    if not isinstance(value, str):
        raise Refused("colour must be text like #ffcc80")
    color = value.strip().lower()
    if color in PALETTE or _HEX.fullmatch(color):
        return color
    raise Refused("unknown colour {value!r}; use #rrggbb", value=value)


def clean_label(value: object) -> str:
    return clean_text(value, "Clustername", max_len=TITLE_MAX, multiline=False).strip()


def clean_card_text(value: object) -> str:
    return clean_text(value, "Kartentext", required=True)


def clean_value(kind: str, name: str, value: Any) -> Any:
    """Check one patched field; raises Refused for values that cannot be stored."""
    if name not in FIELDS[kind]:
        raise Refused("cannot change {what} field {name}", what=noun(kind), name=name)
    if name == "text":
        return clean_card_text(value)
    if name == "label":
        return clean_label(value)
    if name == "caption":
        return clean_text(value, "Bildunterschrift", max_len=TITLE_MAX, multiline=False)
    if name == "color":
        return check_color(value)
    if name in ("x", "y", "z", "rank"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Refused("{name} must be a number", name=name)
        if not math.isfinite(value):
            raise Refused("{name} must be finite", name=name)
        return float(value)
    if name in ("deleted", "collapsed"):
        if not isinstance(value, bool):
            raise Refused("{name} must be true or false", name=name)
        return value
    if value is not None and not isinstance(value, str):
        raise Refused("{name} must be an id", name=name)
    return value


def load(s: OrmSession, kind: str, ids: Iterable[str]) -> dict[str, Any]:
    """ORM rows of one kind by id (tombstoned ones included)."""
    model = MODELS[kind]
    out: dict[str, Any] = {}
    for part in chunks(ids):
        for row in s.scalars(select(model).where(model.id.in_(part))).all():
            out[row.id] = row
    return out


def kinds_of(s: OrmSession, ids: Iterable[str]) -> dict[str, str]:
    """id → kind for the given ids; unknown ids are refused."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for kind, model in MODELS.items():
        rest = [i for i in wanted if i not in out]
        for part in chunks(rest):
            for row_id in s.scalars(select(model.id).where(model.id.in_(part))).all():
                out[row_id] = kind
    missing = [i for i in wanted if i not in out]
    if missing:
        raise NotFound("card or cluster {row_id} not found", row_id=missing[0])
    return out


def read_infos(
    s: OrmSession, kind: str, where: Any
) -> list[CardInfo] | list[ClusterInfo] | list[AttachmentInfo]:
    if kind == "card":
        return [CardInfo(*r) for r in _tuples(s, CARD_COLUMNS, where)]
    if kind == "cluster":
        return [ClusterInfo(*r) for r in _tuples(s, CLUSTER_COLUMNS, where)]
    return [AttachmentInfo(*r) for r in _tuples(s, ATTACHMENT_COLUMNS, where)]


def _tuples(s: OrmSession, columns: tuple[Any, ...], where: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(select(*columns).where(where)).all()]


def read_board(s: OrmSession, phase_id: str) -> Board:
    phase = s.get(Phase, phase_id)
    if phase is None or phase.deleted:
        raise NotFound("{what} {row_id} not found", what=noun("phase"), row_id=phase_id)
    board = Board(
        phase_id, view=ViewState(phase.board_zoom, phase.board_center_x, phase.board_center_y)
    )
    for c in read_infos(s, "card", (Card.phase_id == phase_id) & Card.deleted.is_(False)):
        assert isinstance(c, CardInfo)
        board.cards[c.id] = c
    for k in read_infos(s, "cluster", (Cluster.phase_id == phase_id) & Cluster.deleted.is_(False)):
        assert isinstance(k, ClusterInfo)
        board.clusters[k.id] = k
    where = (Attachment.phase_id == phase_id) & Attachment.deleted.is_(False)
    for a in read_infos(s, "attachment", where):
        assert isinstance(a, AttachmentInfo)
        board.attachments[a.id] = a
    return board


def apply_patch(s: OrmSession, patch: Patch) -> None:
    """Set the patched fields (checked) on the rows; the caller checks invariants."""
    by_kind: dict[str, dict[str, dict[str, Any]]] = {}
    for (kind, row_id), values in patch.items():
        if kind not in MODELS:
            raise Refused("unknown board row kind {kind}", kind=kind)
        by_kind.setdefault(kind, {})[row_id] = {
            name: clean_value(kind, name, value) for name, value in values.items()
        }
    for kind, rows in by_kind.items():
        loaded = load(s, kind, rows)
        for row_id, values in rows.items():
            row = loaded.get(row_id)
            if row is None:
                raise NotFound("{what} {row_id} not found", what=noun(kind), row_id=row_id)
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)


def check_invariants(s: OrmSession, affected: dict[str, set[str]]) -> None:
    """Refuse an edit that would leave the board inconsistent: a live card in a
    missing cluster, merged into a missing or merged card, or a tombstoned
    card or cluster still holding live cards."""
    s.flush()
    cards = load(s, "card", affected.get("card", set()))
    clusters = load(s, "cluster", affected.get("cluster", set()))
    for c in cards.values():
        if c.deleted:
            continue
        if c.cluster_id is not None:
            k = s.get(Cluster, c.cluster_id)
            if k is None or k.deleted or k.phase_id != c.phase_id:
                raise Refused("a card would be left in a cluster that no longer exists")
        if c.merged_into_id is not None:
            t = s.get(Card, c.merged_into_id)
            if t is None or t.deleted or t.merged_into_id is not None or t.phase_id != c.phase_id:
                raise Refused("a card would be merged into a card that is not on the board")
    holders = [c.id for c in cards.values() if c.deleted or c.merged_into_id is not None]
    for part in chunks(holders):
        n = s.scalar(
            select(func.count())
            .select_from(Card)
            .where(Card.merged_into_id.in_(part), Card.deleted.is_(False))
        )
        if n:
            raise Refused("a merged card would lose the card it is stacked under")
    gone = [k.id for k in clusters.values() if k.deleted]
    for part in chunks(gone):
        n = s.scalar(
            select(func.count())
            .select_from(Card)
            .where(Card.cluster_id.in_(part), Card.deleted.is_(False))
        )
        if n:
            raise Refused("a deleted cluster would still hold cards")


def card_row(phase_id: str, text: str, origin: str, **fields: Any) -> dict[str, Any]:
    """All columns of a new card row (for bulk inserts with the change log)."""
    row: dict[str, Any] = {
        "id": new_id(),
        "deleted": False,
        "phase_id": phase_id,
        "cluster_id": None,
        "text": text,
        "color": "",
        "x": 0.0,
        "y": 0.0,
        "z": 0.0,
        "rank": 0.0,
        "origin": origin,
        "merged_into_id": None,
        "carried_from_id": None,
        "author_participant_id": None,
    }
    row.update(fields)
    return row
