"""The demo gives each format its kind of vote, revealed; ``cosmart export json``
carries results that agree with the database row by row and with what the
screen is drawn from."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from cosmart_desktop.services.voting import VotingService
from cosmart_desktop.storage.workspace import open_workspace

EXPECTED = {
    "zukunftswerkstatt": {("dots", "tally")},
    "denklabor": {("dots", "kiosk")},
    "buergerrat": {("approval", "kiosk")},
    "free": {("resistance", "kiosk"), ("consensus", "kiosk")},
}


def _cosmart(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cosmart_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_demo_votes_and_json_export_agree_with_the_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    made = _cosmart("demo", "--db", str(db), "--json")
    assert made.returncode == 0, made.stderr
    sessions = json.loads(made.stdout)["sessions"]
    for fmt, session_id in sessions.items():
        out = tmp_path / f"{fmt}.json"
        done = _cosmart(
            "export", "json", "--db", str(db), "--session", session_id, "--out", str(out)
        )
        assert done.returncode == 0, done.stderr
        record = json.loads(out.read_text(encoding="utf-8"))
        rounds = record["event"]["sessions"][0]["vote_rounds"]
        assert {(r["method"], r["entry_mode"]) for r in rounds} == EXPECTED[fmt]
        with open_workspace(db, create=False) as ws:
            service = VotingService(ws)
            for vote_round in rounds:
                results = vote_round["results"]
                assert results["revealed"] is True
                assert "code_salt" not in vote_round
                with ws.session() as s:
                    rows = s.execute(
                        text(
                            "SELECT option_id, criterion, value FROM vote "
                            "WHERE round_id = :r AND deleted = 0"
                        ),
                        {"r": vote_round["id"]},
                    ).all()
                direct = Counter((o, c, v) for o, c, v in rows)
                exported = Counter(
                    {
                        (r["option_id"], c["criterion"], c["value"]): c["count"]
                        for r in results["ranking"]
                        for c in r["counts"]
                    }
                )
                assert exported == direct  # export = database
                assert results["total_votes"] == sum(direct.values()) > 0
                # the exported votes list is the same set of rows
                assert (
                    Counter(
                        (v["option_id"], v["criterion"], v["value"]) for v in vote_round["votes"]
                    )
                    == direct
                )
                # and the screen draws from the same service result
                screen = service.results(vote_round["id"]).result
                assert [r.option.id for r in screen.ranking] == [
                    r["option_id"] for r in results["ranking"]
                ]
                assert [r.score for r in screen.ranking] == [r["score"] for r in results["ranking"]]
                if vote_round["method"] == "approval":
                    for r in results["ranking"]:
                        share = r["yes"] / (r["yes"] + r["no"] + r["abstain"])
                        assert r["adopted"] == (share >= vote_round["threshold"])
                if vote_round["method"] == "resistance":
                    kinds = [r["kind"] for r in results["ranking"]]
                    assert kinds.count("passive") == 1
                    totals = [r["score"] for r in results["ranking"]]
                    assert totals == sorted(totals)  # lowest total resistance first
                if vote_round["method"] == "dots" and vote_round["criteria"]:
                    assert {p["quadrant"] for p in results["matrix"]["points"]} <= {
                        "anpacken",
                        "vorbereiten",
                        "nebenbei",
                        "zurückstellen",
                    }
