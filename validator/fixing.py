"""Applying fixes: pass after pass until nothing applicable is left, proving each pass before keeping it.

A pass applies the applicable fixes whose edits do not overlap; findings that a fix reveals
(or fixes that had to wait) are handled by the next pass. Every pass must leave a body that still
parses to exactly what the fixes' operations produce, or it is not kept.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic, Edit, Operation
from .document import DEFAULT_LIMITS, Document, Limits, load_text
from .editors import apply_edits
from .engine import CheckOptions, check_document
from .fixes import CannotApply, apply_operations
from .rules import PARSE_ERROR

#: Passes before giving up on reaching a fixed point (each pass is a full check).
MAX_PASSES = 10


@dataclass
class FixOutcome:
    """What fixing one body did: the result, the fixes applied and the diagnostics that remain."""

    original: Any
    fixed: Any
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.applied) and self.fixed != self.original


def fixable(diagnostic: Diagnostic, unsafe: bool, need_edits: bool = True) -> bool:
    """Whether --fix (with or without --unsafe-fixes) applies the diagnostic's fix."""
    fix = diagnostic.fix
    return fix is not None and fix.applies(unsafe) and (fix.edits is not None or not need_edits)


def fix_text(text: str, name: str | None, options: CheckOptions, *, unsafe: bool = False, kind: str | None = None,
             limits: Limits = DEFAULT_LIMITS) -> FixOutcome:
    """Fix a body given as text (the text after any byte order mark); the text outside the edits stays as it was."""
    document = load_text(text, name, limits=limits, kind=kind)
    outcome = FixOutcome(text, text)
    kind = document.kind
    for _ in range(MAX_PASSES):
        diagnostics = check_document(document, options)
        outcome.remaining = diagnostics
        chosen = _non_overlapping([d for d in diagnostics if fixable(d, unsafe)], document.value)
        if not chosen or not document.parsed:
            break
        edits = [edit for d in chosen for edit in d.fix.edits or ()]  # type: ignore[union-attr]
        edited = apply_edits(document.text or "", edits)
        following = load_text(edited, name, limits=limits, kind=kind)
        expected = _apply_all(document.value, [op for d in chosen for op in d.fix.operations])  # type: ignore[union-attr]
        if not following.parsed or any(f.code == PARSE_ERROR for f in following.findings) or not _same(following.value, expected):
            if len(chosen) == 1:
                break  # cannot happen when the editor proved the fix; never keep a pass that breaks the body
            chosen = chosen[:1]
            edited = apply_edits(document.text or "", chosen[0].fix.edits or ())  # type: ignore[union-attr]
            following = load_text(edited, name, limits=limits, kind=kind)
            if not following.parsed or not _same(following.value, _apply_all(document.value, list(chosen[0].fix.operations))):  # type: ignore[union-attr]
                break
        outcome.applied += chosen
        outcome.fixed = edited
        document = following
    else:
        outcome.remaining = check_document(document, options)
    return outcome


def fix_value(body: Any, options: CheckOptions, *, unsafe: bool = False) -> FixOutcome:
    """Fix a body given as an object: the operations are applied to a copy of it."""
    outcome = FixOutcome(body, body)
    current = body
    for _ in range(MAX_PASSES):
        diagnostics = check_document(Document(None, current), options)
        outcome.remaining = diagnostics
        applied: list[Diagnostic] = []
        for diagnostic in diagnostics:
            if not fixable(diagnostic, unsafe, need_edits=False):
                continue
            try:
                current = apply_operations(current, diagnostic.fix.operations)  # type: ignore[union-attr]
            except CannotApply:
                continue  # a fix before it changed its place: the next pass decides again
            applied.append(diagnostic)
        if not applied:
            break
        outcome.applied += applied
        outcome.fixed = current
    else:
        outcome.remaining = check_document(Document(None, current), options)
    return outcome


def _non_overlapping(candidates: Sequence[Diagnostic], value: Any) -> list[Diagnostic]:
    """The fixes of one pass: in file order, skipping any that touches a range taken or no longer fits the body."""
    chosen: list[Diagnostic] = []
    taken: list[Edit] = []
    operations: list[Operation] = []
    for diagnostic in sorted(candidates, key=lambda d: min((e.start for e in d.fix.edits or ()), default=0)):  # type: ignore[union-attr]
        edits = diagnostic.fix.edits or ()  # type: ignore[union-attr]
        if any(_overlap(edit, other) for edit in edits for other in taken):
            continue
        try:
            _apply_all(value, [*operations, *diagnostic.fix.operations])  # type: ignore[union-attr]
        except CannotApply:
            continue  # two fixes renaming to one name: the second waits for the next pass
        chosen.append(diagnostic)
        taken += edits
        operations += diagnostic.fix.operations  # type: ignore[union-attr]
    return chosen


def _overlap(a: Edit, b: Edit) -> bool:
    """Whether two edits cannot both apply: shared characters, two insertions at one place, or one inside the other."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return max(a.start, b.start) < min(a.end, b.end)


def _apply_all(value: Any, operations: list[Operation]) -> Any:
    return apply_operations(value, operations)


def _same(a: Any, b: Any) -> bool:
    try:
        return json.dumps(a) == json.dumps(b)
    except (TypeError, ValueError):
        return False
