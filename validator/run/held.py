"""A run's report held file by file, from some file on, until what the run learns at its end is known (run/imported.py's
second pass, cross_file.py's BigInt judgement), then given to the reporter beneath it."""

from __future__ import annotations

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

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.held.append((diagnostics, line_source))

    def finish(self, summary: Summary) -> None:
        """(A holder is released, and the runner finishes the reporter its release gives back: this is the reporter's
        protocol, delegated should anything finish a holder.)"""
        self.inner.finish(summary)
