"""Hybrid logical clock (Kulkarni et al., 2014).

A stamp is the pair (physical milliseconds, logical counter). Its text form
``"0001732712345678-00042"`` sorts lexically in causal order, so stores can
compare stamps as strings. Ties between sites are broken by the site id.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_DIGITS = 16
_COUNTER_DIGITS = 5
MAX_COUNTER = 10**_COUNTER_DIGITS - 1
#: Remote stamps further ahead than this are flagged rather than trusted.
MAX_FORWARD_DRIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    millis: int
    counter: int

    def text(self) -> str:
        return f"{self.millis:0{_MS_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, _, counter = text.partition("-")
        if not millis.isdigit() or not counter.isdigit():
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(millis), int(counter))

    def __str__(self) -> str:
        return self.text()


ZERO = Stamp(0, 0)


class ClockDriftError(ValueError):
    """A remote stamp lies implausibly far in the future."""


class HybridLogicalClock:
    """Issues strictly increasing stamps close to wall-clock time."""

    def __init__(self, last: Stamp = ZERO, wall: Callable[[], int] | None = None) -> None:
        self._last = last
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)

    @property
    def last(self) -> Stamp:
        return self._last

    def now(self) -> Stamp:
        """A stamp for a local event, greater than every stamp seen so far."""
        wall = self._wall()
        if wall > self._last.millis:
            stamp = Stamp(wall, 0)
        else:
            stamp = self._bump(self._last.millis, self._last.counter)
        self._last = stamp
        return stamp

    def observe(self, remote: Stamp, *, trust_drift: bool = False) -> Stamp:
        """Merge a remote stamp; raises ClockDriftError if it is > 24 h ahead."""
        wall = self._wall()
        if not trust_drift and remote.millis - wall > MAX_FORWARD_DRIFT_MS:
            raise ClockDriftError(
                f"remote clock is {(remote.millis - wall) / 3_600_000:.1f} h ahead"
            )
        top = max(wall, self._last.millis, remote.millis)
        if top == self._last.millis == remote.millis:
            stamp = self._bump(top, max(self._last.counter, remote.counter))
        elif top == self._last.millis:
            stamp = self._bump(top, self._last.counter)
        elif top == remote.millis:
            stamp = self._bump(top, remote.counter)
        else:
            stamp = Stamp(top, 0)
        self._last = stamp
        return stamp

    @staticmethod
    def _bump(millis: int, counter: int) -> Stamp:
        if counter >= MAX_COUNTER:
            return Stamp(millis + 1, 0)
        return Stamp(millis, counter + 1)
