"""Findings per file are capped: the first few of a kind, and how many more there are.

A hostile or broken file can hold a million findings of one kind (7 MB of one repeated key); listing
them all costs gigabytes of output and memory and helps nobody.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .codes import RULES, TOO_MANY_FINDINGS
from .diagnostics import Finding, Path, Span, Target

#: Findings of one rule shown per file; the rest are counted in one FL008 note.
MAX_PER_KIND = 20
#: Findings of one rule a report's check explains in full (words, suggestions, fix): the ones it shows, and two more
#: for the merge step, which may drop one (a member a buried flowId's move removes whole) so that the next one is shown.
EXPLAINED_PER_KIND = MAX_PER_KIND + 2


class Counted(Finding):
    """A finding a report only counts: its rule, place, part and subject are exact (what the cap counts and the merge
    step decides on), its words are plain and it has no fix (the costly part of a finding, worked out for the first
    EXPLAINED_PER_KIND of its rule only: a body of 10,000 mistakes was explained whole, suggestions and all, and cut to
    20). A report never shows one: if the merge leaves one among the first MAX_PER_KIND, the check explains every
    finding (checker/engine.py)."""

    __slots__ = ()  # type: ignore[misc]  # (a slotted dataclass base: mypy reads its __slots__ as a field)

    def __repr__(self) -> str:
        return "Counted" + repr(Finding(*self.__reduce__()[1]))[len("Finding"):]

    def __reduce__(self) -> tuple[type[Counted], tuple[Any, ...]]:
        return self.__class__, tuple(getattr(self, name) for name in Finding.__slots__)


def more_finding(code: str, more: int, path: Path = (), target: Target = Target.VALUE, span: Span | None = None) -> Finding:
    """The note that stands for `more` findings of `code` not shown."""
    return Finding(TOO_MANY_FINDINGS, path, f"{more:,} more {code} ({RULES[code].name}) finding{'s' * (more != 1)} in this "
                   f"file {'are' if more != 1 else 'is'} not shown; the first {MAX_PER_KIND} are",
                   "fix these, then run flowlint again to see the rest", target, span)


def stands_for(findings: list[Finding]) -> int:
    """How many findings a capped list stands for: each one, and for each FL008 note the findings it says are not
    shown (cap_findings' own words)."""
    total = 0
    for finding in findings:
        hidden = finding.message.split(" ", 1)[0].replace(",", "") if finding.code == TOO_MANY_FINDINGS else ""
        total += int(hidden) if hidden.isdigit() else 1
    return total


def cap_findings(findings: list[Finding]) -> list[Finding]:
    """At most MAX_PER_KIND findings of each rule, plus one FL008 note per rule that had more."""
    if len(findings) <= MAX_PER_KIND:
        return findings  # no rule can have more (nearly every file): not counted
    counts = Counter(f.code for f in findings)
    if all(n <= MAX_PER_KIND for code, n in counts.items() if code != TOO_MANY_FINDINGS):
        return findings
    kept: list[Finding] = []
    shown: Counter[str] = Counter()
    first_hidden: dict[str, Finding] = {}
    for finding in findings:
        shown[finding.code] += 1
        if finding.code == TOO_MANY_FINDINGS or shown[finding.code] <= MAX_PER_KIND:
            kept.append(finding)
        elif finding.code not in first_hidden:
            first_hidden[finding.code] = finding
    for code, first in first_hidden.items():
        kept.append(more_finding(code, counts[code] - MAX_PER_KIND, first.path, first.target, first.span))
    return kept
