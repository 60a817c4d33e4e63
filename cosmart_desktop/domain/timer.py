"""The phase timer as a value: all state needed to survive a restart.

A running timer stores the wall-clock second it was (re)started and the time
already used before; remaining time is derived, never counted down in storage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class TimerState:
    duration_s: int = 0
    elapsed_s: float = 0.0  # used before the current run
    started_at: float | None = None  # epoch seconds of the current run, None = paused

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def used(self, now: float) -> float:
        extra = max(0.0, now - self.started_at) if self.started_at is not None else 0.0
        return self.elapsed_s + extra

    def remaining(self, now: float) -> float:
        """Seconds left; negative once the time is over (overtime)."""
        return self.duration_s - self.used(now)

    def finished(self, now: float) -> bool:
        return self.duration_s > 0 and self.remaining(now) <= 0

    def start(self, now: float) -> TimerState:
        return self if self.running else replace(self, started_at=now)

    def pause(self, now: float) -> TimerState:
        if not self.running:
            return self
        return replace(self, elapsed_s=self.used(now), started_at=None)

    def set_duration(self, seconds: int) -> TimerState:
        return TimerState(duration_s=max(0, int(seconds)), elapsed_s=0.0, started_at=None)

    def add(self, seconds: int) -> TimerState:
        return replace(self, duration_s=max(0, self.duration_s + int(seconds)))

    def reset(self) -> TimerState:
        return TimerState(duration_s=self.duration_s)


def format_clock(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss``); overtime is shown with a leading minus."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
