"""A hypothesis state machine: 3–5 laptops (real workspace files) edit one event
at random — the same field at once, delete against edit, moves, merges, votes,
erasures — and sync at random with either kind of store: push only, pull only,
duplicated, reordered, and interrupted half-way. After a full sync round every
replica equals the store, every field holds its highest-stamped write, the
conflict log holds exactly the concurrent writes that lost, each write's base
is the value its laptop saw, and vote counts are additions minus tombstones."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pytest
from helpers.sync import (
    SharedWall,
    assert_healthy,
    copy_replica,
    dump_of,
    open_conflicts,
    pg_schema_url,
    store_dump,
    use_wall,
)
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select, text

from cosmart_desktop.domain.consent import consent_text
from cosmart_desktop.domain.enums import ConsentMethod, SessionFormat
from cosmart_desktop.services.erasure import ERASURE_FIELDS, ErasureService
from cosmart_desktop.services.participants import ParticipantService
from cosmart_desktop.services.sync import HubStore, parse_address, sync_workspace
from cosmart_desktop.services.sync.merge import Write, resolve_field
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import (
    Card,
    Cluster,
    ContactConsent,
    Vote,
    VoteOption,
    VoteRound,
)
from cosmart_desktop.storage.workspace import open_workspace

EXAMPLES = int(os.environ.get("COSMART_SYNC_EXAMPLES", "100"))
_TEMPLATE: dict[str, object] = {}
#: workspaces in memory-backed storage where there is some: fsync is then free
FAST_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


class InterruptedSyncError(Exception):
    pass


def template() -> dict[str, object]:
    """One founding workspace per run: an event with a board, a vote and a contact."""
    if _TEMPLATE:
        return _TEMPLATE
    folder = Path(tempfile.mkdtemp(prefix="cosmart-sync-model-", dir=FAST_DIR))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "founder.sqlite"
    ws = open_workspace(path)
    svc = WorkshopService(ws)
    event = svc.create_event("Denklabor Nord")
    session = svc.create_session(event, SessionFormat.DENKLABOR)
    phase = svc.list_phases(session)[1].id
    with ws.transaction() as s:
        cluster = Cluster(phase_id=phase, label="Verkehr")
        cards = [Card(phase_id=phase, text=f"Idee {i}", x=i * 200.0) for i in range(3)]
        vr = VoteRound(session_id=session, method="dots", title="Punkte")
        s.add_all([cluster, *cards, vr])
        s.flush()
        options = [
            VoteOption(round_id=vr.id, target_kind="custom", label=f"O{i}") for i in range(2)
        ]
        s.add_all(options)
        s.flush()
        ids = {
            "cluster": cluster.id,
            "cards": [c.id for c in cards],
            "options": [o.id for o in options],
            "round": vr.id,
        }
    people = ParticipantService(ws)
    person = people.add_participant(event, "Nachbarin")
    people.record_consent(
        person, text=consent_text("Büro", "Rückmeldung"), purpose="Rückmeldung",
        method=ConsentMethod.PAPER, recorded_by="M", name="Erika Muster", email="erika@example.org",
    )  # fmt: skip
    ws.close()
    _TEMPLATE.update(path=path, event=event, person=person, **ids)
    return _TEMPLATE


def _known(ws) -> dict[tuple[str, str, str], str]:
    with ws.engine.connect() as con:
        rows = con.exec_driver_sql(
            "SELECT tbl, row_id, field, max(hlc || site_id) FROM change_log "
            "GROUP BY tbl, row_id, field"
        )
        return {(t, r, f): k for t, r, f, k in rows}


texts = st.sampled_from(["Bänke", "Radweg", "Licht", "👩‍👩‍👧 Familie", "שלום", ""])


class SyncMachine(RuleBasedStateMachine):
    store_kind = "sqlite"
    pg_database = ""

    @initialize(n=st.integers(3, 5))
    def setup(self, n: int) -> None:
        t = template()
        self.t = t
        self.dir = Path(tempfile.mkdtemp(prefix="cosmart-sync-ex-", dir=FAST_DIR))
        # the erasure journal lives in the data folder: one per example (laptop)
        os.environ["COSMART_DATA_DIR"] = str(self.dir / "data")
        if self.store_kind == "sqlite":
            self.url = f"sqlite:///{self.dir / 'store.sqlite'}"
        else:
            self.url = pg_schema_url(self.pg_database, f"ex_{self.dir.name[-8:].lower()}")
        self.wall = SharedWall(int(time.time() * 1000))
        self.replicas = [
            copy_replica(t["path"], self.dir / f"r{i}.sqlite", new_site=i > 0) for i in range(n)
        ]
        for ws in self.replicas:
            use_wall(ws, self.wall)
        self.seen = [0] * n
        self.writes: dict[tuple[str, str, str, str, str], str | None] = {}  # key → expected base
        self.votes_added: dict[str, str] = {}  # vote id → option
        self.votes_removed: set[str] = set()
        self.erased = False
        for i in range(n):
            self._observe(i, None)
        self.seen = [self._top(ws) for ws in self.replicas]

    def teardown(self) -> None:
        for ws in getattr(self, "replicas", []):
            ws.close()
        if hasattr(self, "dir"):
            shutil.rmtree(self.dir, ignore_errors=True)

    # -- observing what the laptops wrote ---------------------------------------
    @staticmethod
    def _top(ws) -> int:
        with ws.engine.connect() as con:
            return int(con.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar())

    def _observe(self, i: int, known: dict | None) -> None:
        ws = self.replicas[i]
        with ws.engine.connect() as con:
            rows = con.execute(
                text(
                    "SELECT seq, tbl, row_id, field, hlc FROM change_log "
                    "WHERE site_id = :s AND seq > :n"
                ),
                {"s": ws.site_id, "n": self.seen[i]},
            ).all()
        for _seq, tbl, row_id, field, hlc in rows:
            base = None if known is None else known.get((tbl, row_id, field), "")
            self.writes[(tbl, row_id, field, hlc, ws.site_id)] = base
        self.seen[i] = max([self.seen[i], *(r[0] for r in rows)])

    def _edit(self, i: int, change) -> None:
        ws = self.replicas[i]
        known = _known(ws)
        self.wall.now += 1
        with ws.transaction() as s:
            change(s)
        self._observe(i, known)

    # -- edits -----------------------------------------------------------------
    @rule(i=st.integers(0, 4), value=texts)
    def edit_title(self, i: int, value: str) -> None:
        i %= len(self.replicas)
        known = _known(self.replicas[i])
        WorkshopService(self.replicas[i]).update_event(self.t["event"], title=value or "Titel")
        self._observe(i, known)

    @rule(i=st.integers(0, 4), c=st.integers(0, 2), value=texts)
    def edit_card(self, i: int, c: int, value: str) -> None:
        self._edit(
            i % len(self.replicas),
            lambda s: setattr(s.get(Card, self.t["cards"][c]), "text", value),
        )

    @rule(i=st.integers(0, 4), c=st.integers(0, 2), x=st.integers(-5, 5), y=st.integers(-5, 5))
    def move_card(self, i: int, c: int, x: int, y: int) -> None:
        def move(s) -> None:
            card = s.get(Card, self.t["cards"][c])
            card.x, card.y = float(x * 10), float(y * 10)

        self._edit(i % len(self.replicas), move)

    @rule(i=st.integers(0, 4), c=st.integers(0, 2), into=st.booleans())
    def cluster_card(self, i: int, c: int, into: bool) -> None:
        cid = self.t["cluster"] if into else None
        self._edit(
            i % len(self.replicas),
            lambda s: setattr(s.get(Card, self.t["cards"][c]), "cluster_id", cid),
        )

    @rule(i=st.integers(0, 4), c=st.integers(0, 2), deleted=st.booleans())
    def delete_card(self, i: int, c: int, deleted: bool) -> None:
        self._edit(
            i % len(self.replicas),
            lambda s: setattr(s.get(Card, self.t["cards"][c]), "deleted", deleted),
        )

    @rule(i=st.integers(0, 4), a=st.integers(0, 2), b=st.integers(0, 2))
    def merge_cards(self, i: int, a: int, b: int) -> None:
        target = self.t["cards"][b] if a != b else None
        self._edit(
            i % len(self.replicas),
            lambda s: setattr(s.get(Card, self.t["cards"][a]), "merged_into_id", target),
        )

    @rule(i=st.integers(0, 4), o=st.integers(0, 1), k=st.integers(1, 3))
    def add_votes(self, i: int, o: int, k: int) -> None:
        option = self.t["options"][o]
        made: list[str] = []

        def add(s) -> None:
            votes = [Vote(round_id=self.t["round"], option_id=option) for _ in range(k)]
            s.add_all(votes)
            s.flush()
            made.extend(v.id for v in votes)

        self._edit(i % len(self.replicas), add)
        self.votes_added.update(dict.fromkeys(made, option))

    @rule(i=st.integers(0, 4), pick=st.integers(0, 50))
    def remove_vote(self, i: int, pick: int) -> None:
        ws = self.replicas[i % len(self.replicas)]
        with ws.session() as s:
            live = s.scalars(select(Vote.id).where(Vote.deleted.is_(False)).order_by(Vote.id)).all()
        if not live:
            return
        vote = live[pick % len(live)]
        self._edit(i % len(self.replicas), lambda s: setattr(s.get(Vote, vote), "deleted", True))
        self.votes_removed.add(vote)

    @rule(i=st.integers(0, 4), value=st.sampled_from(["a@example.org", "b@example.org"]))
    def edit_email(self, i: int, value: str) -> None:
        def edit(s) -> None:
            consent = s.scalars(select(ContactConsent)).one()
            if not consent.deleted:
                consent.email = value

        self._edit(i % len(self.replicas), edit)

    @precondition(lambda self: not self.erased)
    @rule(i=st.integers(0, 4))
    def erase(self, i: int) -> None:
        i %= len(self.replicas)
        self.wall.now += 1
        ErasureService(self.replicas[i]).erase_participant(self.t["person"], "Datenschutz")
        self._observe(i, None)
        self.erased = True

    @rule(ms=st.integers(0, 3))
    def tick(self, ms: int) -> None:
        self.wall.now += ms

    # -- syncs -------------------------------------------------------------------
    @rule(
        i=st.integers(0, 4),
        mode=st.sampled_from(["full", "full", "push", "pull", "twice", "partial"]),
        stop=st.integers(1, 6),
    )
    def sync(self, i: int, mode: str, stop: int) -> None:
        i %= len(self.replicas)
        ws = self.replicas[i]
        calls = itertools.count(1)

        def progress(_d: int, _t: int, _label: str) -> None:
            if mode == "partial" and next(calls) == stop:
                raise InterruptedSyncError()

        kw = {"push": mode != "pull", "pull": mode != "push", "push_page": 7, "pull_page": 9}
        try:
            for _ in range(2 if mode == "twice" else 1):
                sync_workspace(ws, parse_address(self.url), progress=progress, **kw)
        except InterruptedSyncError:
            pass
        self._observe(i, None)

    # -- the end state -----------------------------------------------------------
    def converge(self) -> None:
        for _round in range(6):
            moved = 0
            for i, ws in enumerate(self.replicas):
                summary = sync_workspace(ws, parse_address(self.url))
                self._observe(i, None)
                moved += summary.pushed + summary.pulled
            if not moved:
                return
        raise AssertionError("replicas did not converge in 6 rounds")

    def check_end_state(self) -> None:
        self.converge()
        hub_rows = self._hub_rows()
        store = store_dump(self.url)
        personal = self._personal_rows()
        erased_keys = {
            k
            for k in hub_rows
            if self.erased and (k[0], k[1]) in personal and k[2] in ERASURE_FIELDS[k[0]]
        }
        # every write the laptops made is in the store (purged personal data aside)
        expected_keys = {
            k
            for k in self.writes
            if not (self.erased and (k[0], k[1]) in personal and k[2] in ERASURE_FIELDS[k[0]])
        }
        assert expected_keys <= set(hub_rows)
        # each write's base is the value its laptop held when it wrote
        for key, base in self.writes.items():
            if base is not None and key in hub_rows:
                assert hub_rows[key][1] == base, key
        by_field: dict[tuple[str, str, str], list[Write]] = defaultdict(list)
        for (tbl, row, field, hlc, site), (value, base) in hub_rows.items():
            by_field[(tbl, row, field)].append(Write(field, value, hlc, site, base))
        predicted_losers = set()
        winners = {}
        for (tbl, row, field), writes in by_field.items():
            top = max(writes, key=lambda w: w.key)
            leaves = [w for w in writes if w.key not in {x.base for x in writes}]
            winner = top
            if (tbl, field) == ("vote", "deleted") and any(w.value == "true" for w in leaves):
                winner = max((w for w in leaves if w.value == "true"), key=lambda w: w.key)
            assert resolve_field(tbl, writes).winner == winner
            winners[(tbl, row, field)] = winner.value
            if (tbl, row, field, winner.hlc, winner.site_id) in erased_keys or (
                self.erased and (tbl, row) in personal and field in ERASURE_FIELDS[tbl]
            ):
                continue
            predicted_losers |= {
                (tbl, row, field, w.hlc, w.site_id)
                for w in leaves
                if w.key != winner.key and w.value != winner.value
            }
        for ws in self.replicas:
            assert_healthy(ws)
            dump = dump_of(ws)
            assert dump == store
            import json

            for (tbl, row, field), value in winners.items():
                if (
                    self.erased
                    and (tbl, row) in personal
                    and field in (*ERASURE_FIELDS[tbl], "deleted")
                ):
                    continue
                assert dump[tbl][row][field] == _canon(
                    tbl, field, value, dump[tbl][row][field], json
                )
            assert open_conflicts(ws) == predicted_losers
            with ws.session() as s:
                for option in self.t["options"]:
                    live = s.scalars(
                        select(Vote.id).where(Vote.option_id == option, Vote.deleted.is_(False))
                    ).all()
                    added = {v for v, o in self.votes_added.items() if o == option}
                    assert set(live) == added - self.votes_removed
                if self.erased:
                    consent = s.scalars(select(ContactConsent)).one()
                    assert (consent.name, consent.email, consent.phone, consent.deleted) == (
                        "",
                        "",
                        "",
                        True,
                    )

    def _hub_rows(self) -> dict[tuple[str, str, str, str, str], tuple[str, str]]:
        with HubStore(parse_address(self.url)).open() as hub:
            rows = hub.con.exec_driver_sql(
                "SELECT tbl, row_id, field, hlc, site_id, value, base FROM cosmart_changes"
            ).all()
        return {tuple(r[:5]): (r[5], r[6]) for r in rows}

    def _personal_rows(self) -> set[tuple[str, str]]:
        with self.replicas[0].session() as s:
            consent = s.scalars(select(ContactConsent.id)).one()
        return {("participant", self.t["person"]), ("contact_consent", consent)}


def _canon(tbl: str, field: str, value_json: str, actual, json_mod):
    """The winner's JSON value in the dump's form (numbers as the column stores them)."""
    value = json_mod.loads(value_json)
    if isinstance(actual, float) and isinstance(value, int):
        return float(value)
    return value


def _run(machine_class) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    class Checked(machine_class):  # type: ignore[misc, valid-type]
        def teardown(self) -> None:
            try:
                if getattr(self, "replicas", None):
                    self.check_end_state()
            finally:
                super().teardown()

    run_state_machine_as_test(
        Checked,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
            derandomize=bool(os.environ.get("CI")),
            phases=[Phase.explicit, Phase.reuse, Phase.generate]
            if os.environ.get("COSMART_NO_SHRINK")
            else list(Phase),
        ),
    )


@pytest.mark.slow
def test_replicas_converge_through_an_sqlite_store():
    class OnSqlite(SyncMachine):
        store_kind = "sqlite"

    _run(OnSqlite)


@pytest.mark.slow
@pytest.mark.postgres
def test_replicas_converge_through_postgresql(pg_url):
    class OnPostgres(SyncMachine):
        store_kind = "postgresql"
        pg_database = pg_url

    _run(OnPostgres)
