"""Time as the timers read it: one small seam, so a test can stand in for the clock instead of waiting on it.

Components that wait or measure (retry waits, exchange deadlines, the run budget, cache ages, progress,
log durations) take an optional `clock`; given none they use `default()`, the system clock unless a test
installed another with `installed()` (for code a test reaches only through the command line).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Protocol, TypeVar


class Clock(Protocol):
    """What timers read and how they wait."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (only differences mean anything)."""

    def sleep(self, seconds: float) -> None:
        """Block this thread for `seconds`."""

    def wall(self) -> float:
        """Seconds since the epoch, as `time.time()` (for timestamps; never for measuring a wait)."""


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def wall(self) -> float:
        return time.time()

    def __repr__(self) -> str:
        return "SystemClock()"


AnyClock = TypeVar("AnyClock", bound=Clock)
SYSTEM = SystemClock()
_default: Clock = SYSTEM


def default() -> Clock:
    """The clock a component uses when given none: the system's, unless a test installed another."""
    return _default


@contextlib.contextmanager
def installed(clock: AnyClock) -> Iterator[AnyClock]:
    """Make `clock` the default while the block runs (for tests that reach timers only through the CLI)."""
    global _default
    previous, _default = _default, clock
    try:
        yield clock
    finally:
        _default = previous


class FakeClock:
    """A clock for tests: time moves only when something sleeps on it (at once) or a test `advance`s it.

    Thread-safe; `slept` lists every sleep asked for, in order. Waiting on it never takes real time.
    """

    def __init__(self, start: float = 1000.0, wall: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self._start = start
        self._now = start
        self._wall = wall
        self._lock = threading.Lock()
        self.slept: list[float] = []

    def monotonic(self) -> float:
        with self._lock:
            return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self._now += max(0.0, seconds)

    def wall(self) -> float:
        with self._lock:
            return self._wall + self._now - self._start

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass (as a slow server or a slow disk would)."""
        with self._lock:
            self._now += max(0.0, seconds)

    @property
    def elapsed(self) -> float:
        """Seconds passed since the clock was made."""
        with self._lock:
            return self._now - self._start

    def __repr__(self) -> str:
        return f"FakeClock(elapsed={self.elapsed:g})"
