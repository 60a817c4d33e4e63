"""Carrying cards and clusters forward into another phase of the session
(Zukunftswerkstatt: the top critique clusters become the utopia phase's
starting points). The copies remember where they came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.board_layout import (
    CLUSTER_GAP,
    Rect,
    bounding,
    cluster_size,
    free_positions,
    shelf_pack,
)
from ..domain.enums import CardOrigin
from ..domain.errors import Refused
from ..domain.ids import new_id
from ..storage.models import Cluster, Phase
from .board_rows import card_row, check_invariants, kinds_of, load, read_board
from .board_state import Board, Change, Tracker
from .common import get_live, noun

if TYPE_CHECKING:
    from .board import BoardService


def carry_forward_change(
    service: BoardService, source_ids: list[str], target_phase_id: str
) -> tuple[Change, list[str]]:
    """Copy the sources (card or cluster ids) into ``target_phase_id``; returns
    the change (for undo) and the new ids, one per source, in order."""
    sources = list(dict.fromkeys(source_ids))
    if not sources:
        raise Refused("choose cards or clusters to carry forward")
    with service.ws.transaction() as s:
        t = Tracker()
        target = get_live(s, Phase, target_phase_id, "phase")
        kinds = kinds_of(s, sources)
        if any(k == "attachment" for k in kinds.values()):
            raise Refused("photos are not carried forward")
        boards: dict[str, Board] = {}
        for kind in ("card", "cluster"):
            for row in load(s, kind, [i for i, k in kinds.items() if k == kind]).values():
                if row.deleted:
                    raise Refused("{what} {row_id} was deleted", what=noun(kind), row_id=row.id)
                phase = get_live(s, Phase, row.phase_id, "phase")
                if phase.session_id != target.session_id:
                    raise Refused("cards can only be carried within one session")
                if phase.id == target.id:
                    raise Refused("choose another phase to carry into")
                if phase.id not in boards:
                    boards[phase.id] = read_board(s, phase.id)
        here = read_board(s, target.id)
        box = bounding(here.occupied())
        origin = (box.right + CLUSTER_GAP, box.y) if box else (0.0, 0.0)
        z = here.top_z()

        def board_of(row_id: str) -> Board:
            return next(b for b in boards.values() if row_id in b.cards or row_id in b.clusters)

        carried_clusters = {i for i, k in kinds.items() if k == "cluster"}
        cluster_sources = [i for i in sources if kinds[i] == "cluster"]
        sizes = [cluster_size(len(board_of(i).members(i))) for i in cluster_sources]
        new_ids: dict[str, str] = {}
        rows = []
        placed = []
        for cid, (x, y), (w, h) in zip(
            cluster_sources, shelf_pack(sizes, origin), sizes, strict=True
        ):
            src = board_of(cid).clusters[cid]
            z += 1
            cluster = Cluster(
                id=new_id(),
                phase_id=target.id,
                label=src.label,
                color=src.color,
                x=x,
                y=y,
                z=z,
                carried_from_id=src.id,
            )
            s.add(cluster)
            t.created("cluster", cluster.id)
            new_ids[cid] = cluster.id
            placed.append((x, y, w, h))
            for rank, card in enumerate(board_of(cid).members(cid)):
                rows.append(
                    card_row(
                        target.id,
                        card.text,
                        CardOrigin.CARRIED.value,
                        color=card.color,
                        cluster_id=cluster.id,
                        rank=float(rank),
                        x=x,
                        y=y,
                        carried_from_id=card.id,
                    )
                )
        s.flush()
        loose = [
            i
            for i in sources
            if kinds[i] == "card" and board_of(i).cards[i].cluster_id not in carried_clusters
        ]
        occupied = here.occupied()
        occupied += [Rect(*p) for p in placed]
        area = bounding(occupied)
        start = (area.x, area.bottom + CLUSTER_GAP) if area else (0.0, 0.0)
        for cid, (x, y) in zip(loose, free_positions(occupied, start, len(loose)), strict=True):
            card = board_of(cid).cards[cid]
            z += 1
            row = card_row(
                target.id,
                card.text,
                CardOrigin.CARRIED.value,
                color=card.color,
                x=x,
                y=y,
                z=z,
                carried_from_id=card.id,
            )
            new_ids[cid] = row["id"]
            rows.append(row)
        if rows:
            service._insert_cards(s, t, rows)
        copies = {r["carried_from_id"]: r["id"] for r in rows}
        for cid in sources:
            if cid not in new_ids:  # a card inside a cluster that was carried too
                stacked = board_of(cid).cards[cid].merged_into_id or ""
                new_ids[cid] = copies.get(cid) or copies[stacked]
        check_invariants(s, t.change.affected())
        return t.change, [new_ids[i] for i in sources]
