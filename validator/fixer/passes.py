"""Applying fixes: pass after pass until nothing applicable is left, proving each pass before keeping it.

A pass applies the applicable fixes whose edits do not overlap; findings that a fix reveals
(or fixes that had to wait) are handled by the next pass. Every pass must leave a body that still
parses to exactly what the fixes' operations produce, or it is not kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..checker.engine import CheckOptions, check_document
from ..checker.suppress import Decided, decide_documents
from ..core.codes import PARSE_ERROR, UNUSED_SUPPRESSION
from ..core.diagnostics import Diagnostic, Edit, Operation
from ..edits import apply_edits
from ..edits import same as same_body
from ..rules.fixes import CannotApply, apply_operations
from ..sources.document import DEFAULT_LIMITS, Document, Limits, load_text

#: Passes before giving up on reaching a fixed point (each pass is a full check).
MAX_PASSES = 32


@dataclass
class FixOutcome:
    """What fixing one body did: the result, the fixes applied and the diagnostics that remain."""

    original: Any
    fixed: Any
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)
    suppressed: list[Diagnostic] = field(default_factory=list)  # accepted by the file's suppressions: neither shown nor fixed

    @property
    def changed(self) -> bool:
        return bool(self.applied) and self.fixed != self.original


def fixable(diagnostic: Diagnostic, unsafe: bool, need_edits: bool = True) -> bool:
    """Whether --fix (with or without --unsafe-fixes) applies the diagnostic's fix."""
    fix = diagnostic.fix
    return fix is not None and fix.applies(unsafe) and (fix.edits is not None or not need_edits)


def fix_text(text: str, name: str | None, options: CheckOptions, *, unsafe: bool = False, kind: str | None = None,
             limits: Limits = DEFAULT_LIMITS, passes: int = MAX_PASSES) -> FixOutcome:
    """Fix a body given as text (the text after any byte order mark); the text outside the edits stays as it was."""
    document = load_text(text, name, limits=limits, kind=kind)
    outcome = FixOutcome(text, text)
    kind = document.kind
    for _ in range(passes):
        decided = _decided(check_document(document, options), [document], options)
        diagnostics = decided.kept
        outcome.remaining = diagnostics
        outcome.suppressed = decided.suppressed
        candidates = [d for d in diagnostics if fixable(d, unsafe)]
        if not document.parsed:  # only text edits of syntax slips apply to a body that does not parse
            chosen = [d for d in candidates if not d.fix.operations and d.code != UNUSED_SUPPRESSION][:1]  # type: ignore[union-attr]
            following = _after(document.text or "", chosen, name, limits, kind)
            if following is None or not _progressed(chosen[0], following):
                break
        else:
            chosen = _non_overlapping(candidates, document.value)
            following = _proven(document, chosen, name, limits, kind)
            if following is None and len(chosen) > 1:
                chosen = chosen[:1]  # cannot happen when each fix was proven alone; fall back to one at a time
                following = _proven(document, chosen, name, limits, kind)
            if following is None:
                break
        outcome.applied += chosen
        outcome.fixed = following.text or ""
        document = following
    else:
        decided = _decided(check_document(document, options), [document], options)
        outcome.remaining, outcome.suppressed = decided.kept, decided.suppressed
    return outcome


def _decided(diagnostics: list[Diagnostic], documents: list[Document], options: CheckOptions) -> Decided:
    """The suppressions of the file decided: suppressed findings are neither shown nor fixed; unused ones are FL009s to fix."""
    return decide_documents(diagnostics, documents, options.severities, options.ignores_for)


def fix_code(text: str, name: str, kind: str, options: CheckOptions, *, unsafe: bool = False,
             limits: Limits = DEFAULT_LIMITS, passes: int = MAX_PASSES) -> FixOutcome:
    """Fix the launches of a code or request file (the text after any byte order mark).

    A pass applies non-overlapping fixes of every launch, then extracts the launches again: each must
    hold exactly what its fixes' operations produce (the others exactly what they held), or the pass
    is not kept.
    """
    from ..checker.launches import load_source

    outcome = FixOutcome(text, text)
    # Only this file's launches: a body read from another file (`< ./body.json`) has offsets in that file, never in this one.
    documents = [d for d in load_source(kind, text.encode("utf-8", "surrogatepass"), name, limits) if d.name == name]
    for _ in range(passes):
        checked = [(document, check_document(document, options)) for document in documents]
        decided = _decided([d for _, found in checked for d in found], documents, options)
        outcome.remaining, outcome.suppressed = decided.kept, decided.suppressed
        shown = {id(d) for d in decided.kept}
        checked = [(document, [d for d in found if id(d) in shown]) for document, found in checked]
        if checked:  # the unused suppressions are the file's, not a launch's: the first launch takes their removal
            checked[0] = (checked[0][0], checked[0][1] + [d for d in decided.kept if d.code == UNUSED_SUPPRESSION])
        chosen: list[tuple[int, Diagnostic]] = []
        taken: list[Edit] = []
        for index, (document, found) in enumerate(checked):
            if not document.parsed:
                continue
            for diagnostic in _non_overlapping([d for d in found if fixable(d, unsafe)], document.value):
                edits = diagnostic.fix.edits or ()  # type: ignore[union-attr]
                if edits and all(edit in taken for edit in edits):
                    chosen.append((index, diagnostic))  # two launches sending one object: the same edit serves both
                elif not any(_overlap(edit, other) for edit in edits for other in taken):
                    chosen.append((index, diagnostic))
                    taken += edits
        following = _proven_launches(text, documents, chosen, name, kind, limits) if chosen else None
        if following is None and len(chosen) > 1:
            chosen = chosen[:1]
            following = _proven_launches(text, documents, chosen, name, kind, limits)
        if following is None:
            break
        text, documents = following
        outcome.applied += [d for _, d in chosen]
        outcome.fixed = text
    else:
        decided = _decided([d for document in documents for d in check_document(document, options)], documents, options)
        outcome.remaining, outcome.suppressed = decided.kept, decided.suppressed
    return outcome


def _proven_launches(text: str, documents: list[Document], chosen: list[tuple[int, Diagnostic]], name: str, kind: str,
                     limits: Limits) -> tuple[str, list[Document]] | None:
    """The file and its launches after the pass, if every launch holds what the fixes make of it and nothing else changed."""
    from ..checker.launches import load_source

    edits = dict.fromkeys(edit for _, d in chosen for edit in d.fix.edits or ())  # type: ignore[union-attr]
    edited = apply_edits(text, list(edits))
    following = [d for d in load_source(kind, edited.encode("utf-8", "surrogatepass"), name, limits) if d.name == name]
    if len(following) != len(documents):
        return None
    for index, (before, after) in enumerate(zip(documents, following, strict=True)):
        operations = [op for i, d in chosen if i == index for op in d.fix.operations]  # type: ignore[union-attr]
        try:
            expected = _apply_all(before.value, operations) if before.parsed else before.value
        except CannotApply:
            return None
        if before.parsed != after.parsed or not _same(after.value, expected):
            return None
    return edited, following


def _after(text: str, chosen: list[Diagnostic], name: str | None, limits: Limits, kind: str) -> Document | None:
    if not chosen:
        return None
    edited = apply_edits(text, [edit for d in chosen for edit in d.fix.edits or ()])  # type: ignore[union-attr]
    return load_text(edited, name, limits=limits, kind=kind)


def _proven(document: Document, chosen: list[Diagnostic], name: str | None, limits: Limits, kind: str) -> Document | None:
    """The document after the pass, if it parses to exactly what the fixes' operations produce."""
    following = _after(document.text or "", chosen, name, limits, kind)
    if following is None or not following.parsed or any(f.code == PARSE_ERROR for f in following.findings):
        return None
    try:
        expected = _apply_all(document.value, [op for d in chosen for op in d.fix.operations])  # type: ignore[union-attr]
    except CannotApply:
        return None
    return following if _same(following.value, expected) else None


def _progressed(fixed: Diagnostic, after: Document) -> bool:
    """A syntax fix made progress: the body now parses, or the first syntax error is past the fixed place."""
    if after.parsed:
        return True
    edit = (fixed.fix.edits or (None,))[0] if fixed.fix else None
    error = next((f.span for f in after.findings if f.code == PARSE_ERROR and f.span), None)
    return edit is not None and edit.span is not None and error is not None and \
        (error.line, error.column) >= (edit.span.line, edit.span.column)


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
    return same_body(a, b)
