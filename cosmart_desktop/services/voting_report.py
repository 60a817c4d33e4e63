"""Vote results as plain data, for ``cosmart export json`` and other reports.

The figures come from the same ``VotingService.results`` the screen uses, so
screen, export and database always agree."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as OrmSession

from ..domain.enums import VoteMethod
from ..domain.voting import RankedOption, RoundResult
from ..storage.workspace import Workspace
from .voting_common import RoundResults


def _ranked(r: RankedOption, method: VoteMethod) -> dict[str, Any]:
    row: dict[str, Any] = {
        "option_id": r.option.id,
        "label": r.option.label,
        "kind": r.option.kind,
        "target_id": r.option.target_id,
        "rank": r.rank if r.votes else None,
        "score": r.score,
        "votes": r.votes,
        "tie": r.tie,
        "near_tie": r.near_tie,
        "tie_group": r.group,
        "counts": [
            {"criterion": c, "value": v, "count": n} for (c, v), n in sorted(r.by_column.items())
        ],
    }
    if method is VoteMethod.APPROVAL:
        row |= {
            "yes": r.yes,
            "no": r.no,
            "abstain": r.abstain,
            "yes_percent": round(r.score * 100, 1),
            "adopted": r.adopted,
        }
    elif method is VoteMethod.RESISTANCE:
        row |= {"mean": r.mean, "worse_than_passive": r.worse_than_passive}
    elif method is VoteMethod.CONSENSUS:
        row |= {"level": r.level}
    return row


def result_record(result: RoundResult) -> dict[str, Any]:
    record: dict[str, Any] = {
        "method": result.method.value,
        "total_votes": result.total_votes,
        "ranking": [_ranked(r, result.method) for r in result.ranking],
    }
    if result.method is VoteMethod.APPROVAL:
        record["threshold"] = result.threshold
    if result.method is VoteMethod.RESISTANCE:
        record["scale_max"] = result.scale_max
        record["uneven_ratings"] = result.uneven
    if result.criteria:
        record["criteria"] = [c.as_dict() for c in result.criteria]
    if result.matrix is not None:
        m = result.matrix
        record["matrix"] = {
            "x": m.x.key,
            "y": m.y.key,
            "x_mid": m.x_mid,
            "y_mid": m.y_mid,
            "points": [
                {"option_id": p.option.id, "x": p.x, "y": p.y, "quadrant": m.quadrant(p)}
                for p in m.points
            ],
        }
    return record


def results_record(results: RoundResults, tally_votes: int) -> dict[str, Any]:
    return {
        "revealed": results.round.revealed,
        "closed": results.round.closed,
        "ballots": results.status.ballots,
        "tally_votes": tally_votes,  # of all votes: typed in from paper
        **result_record(results.result),
    }


def add_vote_results(ws: Workspace, _s: OrmSession, record: dict[str, Any]) -> None:
    """``export json`` hook: a computed ``results`` object in every vote round."""
    from .voting import VotingService

    service = VotingService(ws)
    for vote_round in record.get("vote_rounds", []):
        vote_round.pop("code_salt", None)  # bookkeeping of voter codes, not a result
        round_id = vote_round["id"]
        typed = sum(service.tally_counts(round_id).values())
        vote_round["results"] = results_record(service.results(round_id), typed)
