"""Demo votes: each format gets its kind of vote, already revealed.

- Zukunftswerkstatt, Kritikphase: Punkten, 3 dots each on the clusters (typed
  in from the paper dots).
- Denklabor, Situationsanalyse: two dot criteria "wichtig" and "machbar"
  (kiosk ballots) → impact × feasibility matrix.
- Bürgerrat, Abstimmung: Zustimmung per recommendation (kiosk ballots).
- Free format: a Widerstandsabfrage with the Passivlösung and a Konsensstufen
  round (kiosk ballots).

Where the board demo has made clusters, the votes are on them; otherwise on
typed options with the same wording.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from ...domain.enums import SessionFormat, VoteEntry, VoteMethod
from ...domain.voting import IMPACT_FEASIBILITY, Approval, BallotDraft, Consensus
from ...storage.workspace import Workspace
from ..voting import VotingService
from ..workshops import WorkshopService
from .workshops import DemoEvents

_CRITIQUE = [
    "Zu viel Autoverkehr in der Innenstadt",
    "Busse fahren abends zu selten",
    "Radwege enden im Nichts",
    "Fahrplanauskunft nicht barrierefrei",
    "Parksuchverkehr am Bahnhof",
    "Keine Daten zu Luftqualität im Viertel",
]
_DENKLABOR = [
    "Kein Treffpunkt für Jugendliche",
    "Arztpraxen schwer erreichbar",
    "Schlechtes Mobilfunknetz am Mattenberg",
    "Ältere Menschen ohne Hilfe bei Online-Terminen",
    "Leerstand in der Einkaufsstraße",
]
_RECOMMENDATIONS = [
    ("Öffentliches WLAN in allen Bürgerhäusern", "Digitale Infrastruktur"),
    ("Digitale Sprechstunden der Verwaltung in jedem Stadtteil", "Arbeit & Bildung"),
    ("Offene Daten der Stadt unter freier Lizenz veröffentlichen", "Datensouveränität"),
    ("Lernwerkstatt für digitale Grundkompetenzen an Volkshochschule", "Arbeit & Bildung"),
    ("Sensordaten nur anonymisiert und mit Löschfrist speichern", "Datensouveränität"),
    ("Glasfaseranschluss für alle Schulen bis 2028", "Digitale Infrastruktur"),
]
_NEIGHBOURHOOD = [
    "Digitale Nachbarschaftsplattform",
    "Schwarzes Brett mit QR-Codes im Stadtteiltreff",
    "Repair-Café mit Online-Terminkalender",
]


def _targets(ws_service: WorkshopService, session_id: str, key: str) -> str | None:
    for phase in ws_service.list_phases(session_id):
        if phase.key == key:
            return phase.id
    return None


def _round_on(
    svc: VotingService,
    session_id: str,
    phase_id: str | None,
    method: VoteMethod,
    labels: Sequence[str],
    **kwargs: object,
) -> str:
    """A round on the phase's clusters if there are any, else on typed options."""
    if phase_id is not None and svc.count_targets(session_id, phase_id, "clusters") >= 2:
        return svc.create_round(
            session_id,
            method,
            phase_id=phase_id,
            target_kind="clusters",
            **kwargs,  # type: ignore[arg-type]
        )
    return svc.create_round(
        session_id,
        method,
        phase_id=phase_id,
        target_kind="custom",
        labels=labels,
        **kwargs,  # type: ignore[arg-type]
    )


def _kiosk_dots(svc: VotingService, round_id: str, voters: int, rng: random.Random) -> None:
    info = svc.get_round(round_id)
    options = [o.id for o in svc.options(round_id)]
    weights = [rng.random() ** 2 + 0.05 for _ in options]
    rules = info.rules(options)
    for _ in range(voters):
        draft = BallotDraft(rules)
        for criterion in rules.criterion_keys():
            # impact and feasibility are judged differently
            local = [w * (0.4 + rng.random()) for w in weights]
            for _dot in range(info.budget or 0):
                candidates = [o for o in options if draft.can_add(o, criterion)]
                if not candidates:
                    break
                pick = rng.choices(
                    candidates, weights=[local[options.index(o)] for o in candidates]
                )[0]
                draft.add_dot(pick, criterion)
        svc.cast_ballot(round_id, draft.choices())


def build_votes(ws: Workspace, ws_made: DemoEvents, rng: random.Random) -> dict[str, str]:
    """Create the demo votes; returns round ids by format value."""
    svc = VotingService(ws)
    workshops = WorkshopService(ws)
    made: dict[str, str] = {}

    # Zukunftswerkstatt: Kritikphase, 3 dots each, typed in from the pinboard
    sid = ws_made.sessions.get(SessionFormat.ZUKUNFTSWERKSTATT)
    if sid:
        phase = _targets(workshops, sid, "kritik")
        rid = _round_on(
            svc,
            sid,
            phase,
            VoteMethod.DOTS,
            _CRITIQUE,
            title="Kritikphase: Welche Probleme sind am drängendsten?",
            budget=3,
            cap_per_item=2,
            entry_mode=VoteEntry.TALLY,
        )
        options = svc.options(rid)
        weights = [rng.random() + 0.1 for _ in options]
        counts = [0] * len(options)
        for _ in range(19 * 3):  # 19 people, 3 dots each
            counts[rng.choices(range(len(options)), weights=weights)[0]] += 1
        for option, count in zip(options, counts, strict=True):
            svc.set_tally(rid, option.id, "", 1, count)
        svc.update_round(rid, revealed=True)
        made[SessionFormat.ZUKUNFTSWERKSTATT.value] = rid

    # Denklabor: wichtig × machbar, kiosk
    sid = ws_made.sessions.get(SessionFormat.DENKLABOR)
    if sid:
        phase = _targets(workshops, sid, "situationsanalyse")
        rid = _round_on(
            svc,
            sid,
            phase,
            VoteMethod.DOTS,
            _DENKLABOR,
            title="Handlungsbedarfe: wichtig und machbar?",
            budget=2,
            criteria=IMPACT_FEASIBILITY,
            entry_mode=VoteEntry.KIOSK,
        )
        _kiosk_dots(svc, rid, 16, rng)
        svc.update_round(rid, revealed=True)
        made[SessionFormat.DENKLABOR.value] = rid

    # Bürgerrat: Zustimmung per recommendation, 32 members
    sid = ws_made.sessions.get(SessionFormat.BUERGERRAT)
    if sid:
        themes = {name: tid for tid, name in workshops.leitthemen()}
        for title, theme in _RECOMMENDATIONS:
            svc.create_recommendation(sid, title, leitthema_id=themes.get(theme))
        rid = svc.create_round(
            sid,
            VoteMethod.APPROVAL,
            phase_id=_targets(workshops, sid, "abstimmung"),
            target_kind="recommendations",
            title="Abstimmung über die Empfehlungen",
            entry_mode=VoteEntry.KIOSK,
            threshold=0.5,
        )
        rec_options = [o.id for o in svc.options(rid)]
        support = [rng.uniform(0.3, 0.9) for _ in rec_options]
        for _ in range(32):
            choices: dict[tuple[str, str], int] = {}
            for rec_option, p in zip(rec_options, support, strict=True):
                roll = rng.random()
                choices[(rec_option, "")] = int(
                    Approval.ABSTAIN if roll > 0.93 else Approval.YES if roll < p else Approval.NO
                )
            svc.cast_ballot(rid, choices)
        svc.update_round(rid, revealed=True)
        made[SessionFormat.BUERGERRAT.value] = rid

    # Free format: Widerstandsabfrage with the Passivlösung, then Konsensstufen
    sid = ws_made.sessions.get(SessionFormat.FREE)
    if sid:
        phase = workshops.list_phases(sid)[0].id
        rid = svc.create_round(
            sid,
            VoteMethod.RESISTANCE,
            phase_id=phase,
            target_kind="custom",
            labels=_NEIGHBOURHOOD,
            title="Widerstandsabfrage: Womit starten wir?",
            entry_mode=VoteEntry.KIOSK,
            scale_max=10,
        )
        options = svc.options(rid)
        base = {o.id: (7.0 if o.kind == "passive" else rng.uniform(1.5, 6.0)) for o in options}
        for _ in range(12):
            svc.cast_ballot(
                rid,
                {(o.id, ""): max(0, min(10, round(rng.gauss(base[o.id], 2.0)))) for o in options},
            )
        svc.update_round(rid, revealed=True)
        made[SessionFormat.FREE.value] = rid
        consensus = svc.create_round(
            sid,
            VoteMethod.CONSENSUS,
            phase_id=phase,
            target_kind="custom",
            labels=_NEIGHBOURHOOD,
            title="Konsensstufen: Können alle damit leben?",
            entry_mode=VoteEntry.KIOSK,
        )
        c_options = [o.id for o in svc.options(consensus)]
        for _ in range(12):
            svc.cast_ballot(
                consensus,
                {
                    (o, ""): int(
                        rng.choices(
                            [Consensus.FULL, Consensus.LIVE, Consensus.VETO],
                            weights=[6, 3, 0.25 if i else 0],
                        )[0]
                    )
                    for i, o in enumerate(c_options)
                },
            )
        svc.update_round(consensus, revealed=True)
    return made
