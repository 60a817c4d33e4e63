"""Pure domain rules of the foundation: timer value, clock text, text checks,
method templates, district lists, hybrid logical clock, settings, atomic files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cosmart_desktop.domain.districts import default_districts, load_districts
from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.domain.hlc import HybridLogicalClock, Stamp
from cosmart_desktop.domain.templates import load_templates
from cosmart_desktop.domain.text import clean_text, clean_title
from cosmart_desktop.domain.timer import TimerState, format_clock
from cosmart_desktop.services.atomic import write_bytes_atomic, write_text_atomic
from cosmart_desktop.services.settings import LANGUAGE, RECENT_SESSIONS, Settings


def test_format_clock() -> None:
    assert format_clock(0) == "00:00"
    assert format_clock(59.2) == "01:00", "a started second counts as a whole one"
    assert format_clock(75 * 60) == "1:15:00"
    assert format_clock(-61) == "-01:01"


@settings(max_examples=60)
@given(
    duration=st.integers(0, 24 * 3600),
    runs=st.lists(st.tuples(st.floats(0, 5000), st.floats(0, 5000)), max_size=6),
)
def test_timer_used_time_is_the_sum_of_the_runs(
    duration: int, runs: list[tuple[float, float]]
) -> None:
    state, now, total = TimerState().set_duration(duration), 1000.0, 0.0
    for run, gap in runs:
        state = state.start(now)
        now += run
        state = state.pause(now)
        total += run
        now += gap
    assert state.used(now) == pytest.approx(total)
    assert state.remaining(now) == pytest.approx(duration - total)
    assert not state.running


def test_timer_start_twice_and_reset() -> None:
    state = TimerState(300).start(10.0)
    assert state.start(99.0) is state
    assert state.reset() == TimerState(300)
    assert not TimerState(0).finished(1e9), "a timer without duration never ends"


def test_clean_text() -> None:
    assert clean_text("a\r\nb\rc", "f") == "a\nb\nc"
    assert clean_text("a\n b ", "f", multiline=False) == "a b"
    assert clean_title("  Titel  ") == "Titel"
    with pytest.raises(Refused, match="expected text"):
        clean_text(5, "f")
    with pytest.raises(Refused, match="NUL"):
        clean_title("a\x00")


def test_templates_follow_domain_md() -> None:
    de = load_templates("de")
    assert set(de) == set(SessionFormat)
    zw = de[SessionFormat.ZUKUNFTSWERKSTATT]
    assert [p.key for p in zw.phases] == [
        "vorbereitung", "kritik", "utopie", "verwirklichung", "nachbereitung"
    ]  # fmt: skip
    kritik = zw.phases[1]
    assert kritik.guiding_question == "Was stört Sie an …?"
    assert "kurz, kritisch, konkret" in kritik.rules and kritik.vote_budget == 3
    assert zw.phases[2].guiding_question == "Es wäre schön, wenn …"
    denklabor = [p.title for p in de[SessionFormat.DENKLABOR].phases]
    assert any("Situationsanalyse" in t for t in denklabor)
    assert any("Change Story" in t for t in denklabor)
    buergerrat = " ".join(p.title for p in de[SessionFormat.BUERGERRAT].phases)
    for word in ("Losverfahren", "Information", "Deliberation", "Empfehlungen", "Abstimmung"):
        assert word in buergerrat
    en = load_templates("en")
    for fmt in SessionFormat:
        assert len(en[fmt].phases) == len(de[fmt].phases)
        for p_en, p_de in zip(en[fmt].phases, de[fmt].phases, strict=True):
            assert p_en.key == p_de.key and p_en.guiding_question
            assert p_en.guiding_question != p_de.guiding_question, f"{fmt}: {p_de.key}"


def test_districts() -> None:
    kassel = default_districts()
    assert len(kassel) == 23 and "Oberzwehren" in kassel and "Wesertor" in kassel


def test_own_district_list(tmp_path: Path) -> None:
    own = tmp_path / "stadtteile.txt"
    own.write_text("# Göttingen\nWeende\n\nGeismar\n", encoding="utf-8")
    assert load_districts(own) == ["Weende", "Geismar"]
    own.write_text("# nur Kommentar\n", encoding="utf-8")
    with pytest.raises(Refused, match="holds no names"):
        load_districts(own)
    with pytest.raises(Refused, match="cannot be read"):
        load_districts(tmp_path / "fehlt.txt")


def test_hlc_is_strictly_increasing_even_if_the_wall_clock_goes_back() -> None:
    wall = [1000]
    clock = HybridLogicalClock(wall=lambda: wall[0])
    stamps = [clock.now()]
    for step in (0, 5, -100, 0, 200):
        wall[0] += step
        stamps.append(clock.now())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    texts = [s.text() for s in stamps]
    assert texts == sorted(texts) and Stamp.parse(texts[-1]) == stamps[-1]


def test_settings_roundtrip_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings_ = Settings(path)
    assert settings_.get(LANGUAGE) == "de"
    settings_.set(LANGUAGE, "en")
    for n in range(12):
        settings_.push_recent(f"s{n}")
    settings_.push_recent("s3")
    again = Settings(path)
    assert again.get(LANGUAGE) == "en"
    recent = again.get(RECENT_SESSIONS)
    assert recent[0] == "s3" and len(recent) == 10 and recent.count("s3") == 1
    with pytest.raises(TypeError):
        again.set(LANGUAGE, 5)  # type: ignore[arg-type]
    path.write_text(json.dumps({"language": 7, "custom": "kept"}), encoding="utf-8")
    odd = Settings(path)
    assert odd.get(LANGUAGE) == "de", "a bad value falls back to the default"
    odd.set(LANGUAGE, "de")
    assert json.loads(path.read_text(encoding="utf-8"))["custom"] == "kept"
    path.write_text("{kaputt", encoding="utf-8")
    assert Settings(path).get(LANGUAGE) == "de"


def test_atomic_write_leaves_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_text_atomic(target, "alt")

    class BoomError(Exception):
        pass

    from cosmart_desktop.services.atomic import atomic_output

    with pytest.raises(BoomError), atomic_output(target) as fh:
        fh.write(b"halb geschrie")
        raise BoomError
    assert target.read_text() == "alt"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temporary file left behind"
    write_bytes_atomic(target, b"neu")
    assert target.read_bytes() == b"neu"
