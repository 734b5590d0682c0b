"""A run's report held file by file, from some file on, until what the run learns at its end is known (run/imported.py's
second pass, cross_file.py's BigInt judgement), then given to the reporter beneath it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.diagnostics import Diagnostic
    from ..report import Summary
    from ..report.base import LineSource, Reporter


class HeldReport:
    """The files reported since the holder was put above `inner` (the run's reporter, or another holder), in order."""

    def __init__(self, inner: Reporter) -> None:
        self.inner = inner
        self.held: list[tuple[list[Diagnostic], LineSource | None]] = []
        self.shows_lines = getattr(inner, "shows_lines", True)
        self.shows_info_lines = getattr(inner, "shows_info_lines", True)

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        # A clean file (most of a tree) is held as one shared entry: a slot of the list, not a pair and a list of its own
        # (~120 bytes a file: 12 MB of a 100,000-file tree's peak memory).
        self.held.append(_CLEAN if not diagnostics and line_source is None else (diagnostics, line_source))

    def files(self) -> Iterator[tuple[list[Diagnostic], LineSource | None]]:
        """The files held, in order, each as it was reported (a clean one with a list of its own)."""
        for diagnostics, line_source in self.held:
            yield ([], None) if diagnostics is _CLEAN[0] else (diagnostics, line_source)

    def finish(self, summary: Summary) -> None:
        """(A holder is released, and the runner finishes the reporter its release gives back: this is the reporter's
        protocol, delegated should anything finish a holder.)"""
        self.inner.finish(summary)


#: What a clean file is held as (HeldReport.files gives it out with a new empty list).
_CLEAN: tuple[list[Diagnostic], LineSource | None] = ([], None)
