"""Use cases of the clustering board: cards and clusters of a phase, moves,
grouping, merging duplicates, colours, collapse, auto-arrange, search and the
board's view state.

Every write is one transaction and returns a ``Change`` (forward and inverse
patches) that the ui replays for undo and redo; ``apply`` replays one. Card
text is stored verbatim (emoji sequences, right-to-left text and bidi controls
included); NUL characters and texts over 1,000,000 characters are refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session as OrmSession

from ..domain.board_layout import (
    CLUSTER_GAP,
    HEADER_H,
    PAD,
    SLOT_W,
    Rect,
    bounding,
    cluster_size,
    free_positions,
    shelf_pack,
)
from ..domain.enums import CardOrigin
from ..domain.errors import NotFound, Refused
from ..domain.ids import new_id
from ..storage.models import Card, Cluster, Phase
from ..storage.workspace import Workspace
from .board_rows import (
    MODELS,
    apply_patch,
    card_row,
    check_color,
    check_invariants,
    chunks,
    clean_card_text,
    clean_label,
    kinds_of,
    load,
    read_board,
    read_infos,
)
from .board_state import (
    AttachmentInfo,
    Board,
    CardInfo,
    Change,
    ClusterInfo,
    NewCard,
    Patch,
    Tracker,
    ViewState,
    matches,
    reading_order,
)
from .common import get_live

ZOOM_MIN, ZOOM_MAX = 0.02, 8.0


class BoardService:
    """The clustering boards of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # -- reads ---------------------------------------------------------------
    def board(self, phase_id: str) -> Board:
        with self.ws.session() as s:
            return read_board(s, phase_id)

    def rows(
        self, affected: Mapping[str, Iterable[str]]
    ) -> tuple[list[CardInfo], list[ClusterInfo], list[AttachmentInfo]]:
        """Current values (tombstoned rows included) of the rows named by kind."""
        with self.ws.session() as s:
            cards = self._infos(s, "card", affected.get("card", ()))
            clusters = self._infos(s, "cluster", affected.get("cluster", ()))
            photos = self._infos(s, "attachment", affected.get("attachment", ()))
        return cards, clusters, photos

    @staticmethod
    def _infos(s: OrmSession, kind: str, ids: Iterable[str]) -> list[Any]:
        model = MODELS[kind]
        out: list[Any] = []
        for part in chunks(ids):
            out.extend(read_infos(s, kind, model.id.in_(part)))
        return out

    def search(self, phase_id: str, query: str) -> list[str]:
        return matches(self.board(phase_id), query)

    def view(self, phase_id: str) -> ViewState:
        with self.ws.session() as s:
            p = get_live(s, Phase, phase_id, "phase")
            return ViewState(p.board_zoom, p.board_center_x, p.board_center_y)

    def set_view(self, phase_id: str, zoom: float, center_x: float, center_y: float) -> None:
        """Remember zoom and centre of a phase's board (view state, not an edit)."""
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, float(zoom)))
        with self.ws.transaction() as s:
            p = get_live(s, Phase, phase_id, "phase")
            for name, value in (
                ("board_zoom", zoom),
                ("board_center_x", float(center_x)),
                ("board_center_y", float(center_y)),
            ):
                if getattr(p, name) != value:
                    setattr(p, name, value)

    # -- replay --------------------------------------------------------------
    def apply(self, patch: Patch) -> None:
        """Replay a patch (undo or redo) in one transaction."""
        with self.ws.transaction() as s:
            apply_patch(s, patch)
            affected: dict[str, set[str]] = {}
            for kind, row_id in patch:
                affected.setdefault(kind, set()).add(row_id)
            check_invariants(s, affected)

    def _run(self, work: Any) -> Change:
        with self.ws.transaction() as s:
            t = Tracker()
            work(s, t)
            check_invariants(s, t.change.affected())
            return t.change

    # -- creating ------------------------------------------------------------
    def add_cards(
        self,
        phase_id: str,
        cards: Sequence[NewCard],
        *,
        cluster_id: str | None = None,
        at: tuple[float, float] | None = None,
    ) -> Change:
        """Create cards; each goes into ``cluster_id``, into the cluster its
        ``NewCard.cluster`` names (made if missing), or onto a free spot from
        ``at`` onwards (below the board if not given)."""
        clean = [
            NewCard(
                clean_card_text(c.text),
                CardOrigin(c.origin).value,
                check_color(c.color),
                clean_label(c.cluster),
            )
            for c in cards
        ]
        if not clean:
            raise Refused("no cards to add")

        def work(s: OrmSession, t: Tracker) -> None:
            self._add(s, t, phase_id, clean, cluster_id, at)

        return self._run(work)

    def _add(
        self,
        s: OrmSession,
        t: Tracker,
        phase_id: str,
        cards: Sequence[NewCard],
        cluster_id: str | None,
        at: tuple[float, float] | None,
    ) -> None:
        board = read_board(s, phase_id)
        if cluster_id is not None and cluster_id not in board.clusters:
            raise NotFound("cluster {cluster_id} not found in this phase", cluster_id=cluster_id)
        z = board.top_z()
        occupied = board.occupied()
        box = bounding(occupied)
        labels = {k.label.casefold(): k.id for k in board.clusters.values() if k.label}
        where = {k.id: (k.x, k.y) for k in board.clusters.values()}
        counts: dict[str, int] = {}
        new_labels: dict[str, str] = {}
        for c in cards:
            key = c.cluster.casefold()
            if c.cluster and cluster_id is None:
                counts[key] = counts.get(key, 0) + 1
                if key not in labels:
                    new_labels.setdefault(key, c.cluster)
        sizes = [cluster_size(counts[key]) for key in new_labels]
        origin = (box.right + CLUSTER_GAP, box.y) if box else (0.0, 0.0)
        for (key, label), (x, y), (w, h) in zip(
            new_labels.items(), shelf_pack(sizes, origin), sizes, strict=True
        ):
            z += 1
            cluster = Cluster(id=new_id(), phase_id=phase_id, label=label, x=x, y=y, z=z)
            s.add(cluster)
            t.created("cluster", cluster.id)
            labels[key], where[cluster.id] = cluster.id, (x, y)
            occupied.append(Rect(x, y, w, h))
        s.flush()
        next_rank: dict[str, float] = {}
        for card in board.cards.values():
            if card.cluster_id:
                next_rank[card.cluster_id] = max(next_rank.get(card.cluster_id, 0.0), card.rank + 1)
        free = [c for c in cards if not c.cluster and cluster_id is None]
        box = bounding(occupied)
        start = at if at is not None else ((box.x, box.bottom + CLUSTER_GAP) if box else (0.0, 0.0))
        spots = iter(free_positions(occupied, start, len(free)))
        rows = []
        for c in cards:
            target = cluster_id if cluster_id is not None else labels.get(c.cluster.casefold())
            fields: dict[str, Any] = {"color": c.color}
            if target is not None and (cluster_id is not None or c.cluster):
                rank = next_rank.get(target, 0.0)
                next_rank[target] = rank + 1
                x, y = where[target]
                fields.update(cluster_id=target, rank=rank, x=x, y=y)
            else:
                z += 1
                x, y = next(spots)
                fields.update(x=x, y=y, z=z)
            rows.append(card_row(phase_id, c.text, c.origin, **fields))
        self._insert_cards(s, t, rows)

    def _insert_cards(self, s: OrmSession, t: Tracker, rows: list[dict[str, Any]]) -> None:
        self.ws.recorder.record_rows(s, "card", rows)
        s.execute(insert(Card.__table__), rows)  # type: ignore[arg-type]
        for row in rows:
            t.created("card", row["id"])

    def add_cluster(
        self, phase_id: str, label: str = "", at: tuple[float, float] = (0.0, 0.0), color: str = ""
    ) -> Change:
        name, colour = clean_label(label), check_color(color)

        def work(s: OrmSession, t: Tracker) -> None:
            board = read_board(s, phase_id)
            cluster = Cluster(
                id=new_id(),
                phase_id=phase_id,
                label=name,
                color=colour,
                x=float(at[0]),
                y=float(at[1]),
                z=board.top_z() + 1,
            )
            s.add(cluster)
            t.created("cluster", cluster.id)

        return self._run(work)

    # -- editing -------------------------------------------------------------
    def edit_card(self, card_id: str, text: str) -> Change:
        value = clean_card_text(text)

        def work(s: OrmSession, t: Tracker) -> None:
            t.set("card", get_live(s, Card, card_id, "card"), "text", value)

        return self._run(work)

    def rename_cluster(self, cluster_id: str, label: str) -> Change:
        value = clean_label(label)

        def work(s: OrmSession, t: Tracker) -> None:
            t.set("cluster", get_live(s, Cluster, cluster_id, "cluster"), "label", value)

        return self._run(work)

    def set_color(self, ids: Sequence[str], color: str) -> Change:
        value = check_color(color)

        def work(s: OrmSession, t: Tracker) -> None:
            kinds = kinds_of(s, ids)
            for kind in ("card", "cluster"):
                for row in load(s, kind, [i for i, k in kinds.items() if k == kind]).values():
                    if not row.deleted:
                        t.set(kind, row, "color", value)

        return self._run(work)

    def set_collapsed(self, cluster_ids: Sequence[str], collapsed: bool) -> Change:
        def work(s: OrmSession, t: Tracker) -> None:
            for row in load(s, "cluster", cluster_ids).values():
                if not row.deleted:
                    t.set("cluster", row, "collapsed", bool(collapsed))

        return self._run(work)

    # -- moving and grouping -------------------------------------------------
    def move(self, positions: Mapping[str, tuple[float, float]]) -> Change:
        """Put cards, clusters and photos at new places (brought to the front);
        a card moved this way leaves its cluster."""

        def work(s: OrmSession, t: Tracker) -> None:
            kinds = kinds_of(s, positions)
            rows = {
                k: load(s, k, [i for i, kk in kinds.items() if kk == k])
                for k in set(kinds.values())
            }
            phases = {r.phase_id for group in rows.values() for r in group.values()}
            if len(phases) != 1:
                raise Refused("items of several phases cannot be moved together")
            board = read_board(s, phases.pop())
            z = board.top_z()
            ordered = sorted(
                (r for group in rows.values() for r in group.values()),
                key=lambda r: (getattr(r, "z", 0.0), r.id),
            )
            for row in ordered:
                kind = kinds[row.id]
                x, y = positions[row.id]
                t.set_many(kind, row, {"x": float(x), "y": float(y)})
                if kind == "attachment":
                    t.set(kind, row, "cluster_id", None)
                    continue
                z += 1
                t.set(kind, row, "z", z)
                if kind == "card" and row.cluster_id is not None:
                    t.set("card", row, "cluster_id", None)
                    for child in board.merged_into(row.id):
                        t.set("card", get_live(s, Card, child.id), "cluster_id", None)

        return self._run(work)

    def place_in_cluster(
        self, cluster_id: str, card_ids: Sequence[str], index: int | None = None
    ) -> Change:
        """Put cards into a cluster at ``index`` of its order (default: the end);
        cards already in it are reordered."""

        def work(s: OrmSession, t: Tracker) -> None:
            cluster = get_live(s, Cluster, cluster_id, "cluster")
            self._place(s, t, read_board(s, cluster.phase_id), cluster_id, card_ids, index)

        return self._run(work)

    def _place(
        self,
        s: OrmSession,
        t: Tracker,
        board: Board,
        cluster_id: str,
        card_ids: Sequence[str],
        index: int | None,
    ) -> None:
        moving = []
        for cid in dict.fromkeys(card_ids):
            card = board.cards.get(cid)
            if card is None:
                raise NotFound("card {card_id} is not on this board", card_id=cid)
            if card.merged_into_id is None:
                moving.append(cid)
        members = [m.id for m in board.members(cluster_id) if m.id not in moving]
        at = len(members) if index is None else max(0, min(index, len(members)))
        order = members[:at] + moving + members[at:]
        rows = load(s, "card", order + [c.id for m in moving for c in board.merged_into(m)])
        for rank, cid in enumerate(order):
            t.set_many("card", rows[cid], {"rank": float(rank), "cluster_id": cluster_id})
        for m in moving:
            for child in board.merged_into(m):
                t.set("card", rows[child.id], "cluster_id", cluster_id)

    def group(
        self, ids: Sequence[str], label: str = "", at: tuple[float, float] | None = None
    ) -> Change:
        """A new cluster of the given cards and clusters (whose cards it takes
        over), placed where the selection was."""
        name = clean_label(label)

        def work(s: OrmSession, t: Tracker) -> None:
            kinds = kinds_of(s, ids)
            phase_ids = {
                r.phase_id
                for k in ("card", "cluster")
                for r in load(s, k, [i for i, kk in kinds.items() if kk == k]).values()
            }
            if len(phase_ids) != 1:
                raise Refused("choose cards of one phase to group")
            board = read_board(s, phase_ids.pop())
            self._group(s, t, board, [i for i in ids if kinds.get(i) != "attachment"], name, at)

        return self._run(work)

    def _group(
        self,
        s: OrmSession,
        t: Tracker,
        board: Board,
        ids: Sequence[str],
        label: str,
        at: tuple[float, float] | None,
    ) -> str:
        clusters = [board.clusters[i] for i in ids if i in board.clusters]
        chosen = {k.id for k in clusters}
        cards = [
            board.cards[i]
            for i in ids
            if i in board.cards
            and board.cards[i].merged_into_id is None
            and board.cards[i].cluster_id not in chosen
        ]
        rects = {k.id: board.cluster_rect(k) for k in clusters}
        rects.update({c.id: board.card_rect(c) for c in cards})
        order: list[str] = []
        for rid in reading_order(rects.items()):
            order += [m.id for m in board.members(rid)] if rid in chosen else [rid]
        if not order:
            raise Refused("choose at least one card to group")
        box = bounding(rects.values())
        assert box is not None
        x, y = at if at is not None else (box.x, box.y)
        name = label or next((k.label for k in clusters if k.label), "")
        cluster = Cluster(
            id=new_id(),
            phase_id=board.phase_id,
            label=name,
            x=float(x),
            y=float(y),
            z=board.top_z() + 1,
        )
        s.add(cluster)
        t.created("cluster", cluster.id)
        s.flush()
        self._place(s, t, board, cluster.id, order, None)
        for k in clusters:
            t.set("cluster", get_live(s, Cluster, k.id), "deleted", True)
        for a in board.attachments.values():
            if a.cluster_id in chosen:
                t.set("attachment", load(s, "attachment", [a.id])[a.id], "cluster_id", cluster.id)
        return cluster.id

    def group_onto_card(self, target_id: str, card_ids: Sequence[str]) -> Change:
        """Drop cards onto a card: they join its cluster right after it, or the
        two form a new cluster where the target card lies."""

        def work(s: OrmSession, t: Tracker) -> None:
            target = get_live(s, Card, target_id, "card")
            board = read_board(s, target.phase_id)
            others = [i for i in card_ids if i != target_id]
            if target.cluster_id is not None:
                members = [m.id for m in board.members(target.cluster_id) if m.id not in others]
                index = members.index(target_id) + 1
                self._place(s, t, board, target.cluster_id, others, index)
            else:
                at = (target.x - PAD, target.y - HEADER_H)
                self._group(s, t, board, [target_id, *others], "", at)

        return self._run(work)

    def ungroup(self, cluster_ids: Sequence[str]) -> Change:
        """Dissolve clusters; their cards stay where they were shown."""

        def work(s: OrmSession, t: Tracker) -> None:
            for cluster in load(s, "cluster", cluster_ids).values():
                if cluster.deleted:
                    continue
                board = read_board(s, cluster.phase_id)
                info = board.clusters[cluster.id]
                members = board.members(cluster.id)
                rows = load(
                    s, "card", [c.id for c in board.cards.values() if c.cluster_id == cluster.id]
                )
                z = board.top_z()
                for m in members:
                    r = board.card_rect(m)
                    z += 1
                    t.set_many("card", rows[m.id], {"x": r.x, "y": r.y, "z": z})
                for row in rows.values():
                    t.set("card", row, "cluster_id", None)
                right = board.cluster_rect(info).right + CLUSTER_GAP
                for a in board.attachments.values():
                    if a.cluster_id == cluster.id:
                        row = load(s, "attachment", [a.id])[a.id]
                        t.set_many("attachment", row, {"cluster_id": None, "x": right, "y": info.y})
                t.set("cluster", cluster, "deleted", True)

        return self._run(work)

    # -- duplicates ----------------------------------------------------------
    def merge(self, card_ids: Sequence[str]) -> Change:
        """Stack duplicates under the first card; they stay traceable (and count)."""
        ids = list(dict.fromkeys(card_ids))
        if len(ids) < 2:
            raise Refused("choose at least two cards to merge")

        def work(s: OrmSession, t: Tracker) -> None:
            target = get_live(s, Card, ids[0], "card")
            if target.merged_into_id is not None:
                raise Refused("that card is already merged into another")
            board = read_board(s, target.phase_id)
            for other_id in ids[1:]:
                other = board.cards.get(other_id)
                if other is None:
                    raise NotFound("card {card_id} is not on this board", card_id=other_id)
                group = [other] if other.merged_into_id != target.id else []
                group += board.merged_into(other_id)
                rows = load(s, "card", [c.id for c in group])
                for c in group:
                    t.set_many(
                        "card",
                        rows[c.id],
                        {"merged_into_id": target.id, "cluster_id": target.cluster_id},
                    )

        return self._run(work)

    def split(self, card_id: str) -> Change:
        """Take the duplicates stacked under a card out again, next to it."""

        def work(s: OrmSession, t: Tracker) -> None:
            target = get_live(s, Card, card_id, "card")
            board = read_board(s, target.phase_id)
            children = board.merged_into(card_id)
            if not children:
                raise Refused("this card has no merged duplicates")
            rows = load(s, "card", [c.id for c in children])
            for c in children:
                t.set("card", rows[c.id], "merged_into_id", None)
            if target.cluster_id is not None:
                members = [m.id for m in board.members(target.cluster_id)]
                index = members.index(card_id) + 1
                for c in children:  # now visible: let _place see them as members
                    board.put_card(replace(c, merged_into_id=None))
                self._place(s, t, board, target.cluster_id, [c.id for c in children], index)
                return
            info = board.cards[card_id]
            spots = free_positions(board.occupied(), (info.x + SLOT_W, info.y), len(children))
            z = board.top_z()
            for c, (x, y) in zip(children, spots, strict=True):
                z += 1
                t.set_many("card", rows[c.id], {"x": x, "y": y, "z": z})

        return self._run(work)

    # -- deleting ------------------------------------------------------------
    def delete(self, ids: Sequence[str]) -> Change:
        """Tombstone cards (with their stacked duplicates), clusters (with their
        cards and photos) and photos. Undo brings them back."""

        def work(s: OrmSession, t: Tracker) -> None:
            kinds = kinds_of(s, ids)
            rows = {
                k: load(s, k, [i for i, kk in kinds.items() if kk == k])
                for k in set(kinds.values())
            }
            phases = {r.phase_id for group in rows.values() for r in group.values()}
            for phase_id in phases:
                board = read_board(s, phase_id)
                doomed_cards: set[str] = set()
                doomed_photos: set[str] = set()
                for cid in rows.get("cluster", {}):
                    if cid in board.clusters:
                        doomed_cards |= {c.id for c in board.cards.values() if c.cluster_id == cid}
                        doomed_photos |= {
                            a.id for a in board.attachments.values() if a.cluster_id == cid
                        }
                for cid in rows.get("card", {}):
                    if cid in board.cards:
                        doomed_cards.add(cid)
                        doomed_cards |= {c.id for c in board.merged_into(cid)}
                doomed_photos |= {a for a in rows.get("attachment", {}) if a in board.attachments}
                for row in load(s, "card", doomed_cards).values():
                    t.set("card", row, "deleted", True)
                for row in load(s, "attachment", doomed_photos).values():
                    t.set("attachment", row, "deleted", True)
                for cid, row in rows.get("cluster", {}).items():
                    if cid in board.clusters:
                        t.set("cluster", row, "deleted", True)

        return self._run(work)

    # -- arranging -----------------------------------------------------------
    def arrange(self, phase_id: str) -> Change:
        """Clusters in rows (reading order kept), cards renumbered inside them,
        loose cards in a grid below, photos after them."""
        from .board_arrange import arrange_work

        return self._run(lambda s, t: arrange_work(s, t, phase_id))

    # -- carrying forward ----------------------------------------------------
    def carry_forward(self, source_ids: list[str], target_phase_id: str) -> list[str]:
        """Copy cards and clusters into another phase of the same session
        (e.g. critique clusters become the utopia phase's starting points).
        Returns the new ids, one per source id, in order."""
        from .board_carry import carry_forward_change

        return carry_forward_change(self, source_ids, target_phase_id)[1]
