"""Applying fixes: pass after pass until nothing applicable is left, proving each pass before keeping it.

A pass applies the applicable fixes whose edits do not overlap; findings that a fix reveals
(or fixes that had to wait) are handled by the next pass. Every pass must leave a body that still
parses to exactly what the fixes' operations produce, or it is not kept.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..checker import engine
from ..checker.engine import CheckOptions, FixCandidates, LaunchProofs, check_document, chooses_contract
from ..checker.suppress import Decided, decide_documents
from ..contracts.schema import BrokenSchema
from ..core.codes import PARSE_ERROR, RULES, UNUSED_SUPPRESSION
from ..core.diagnostics import (
    Diagnostic,
    Edit,
    Finding,
    Fix,
    InsertMember,
    Operation,
    RenameKey,
    ReplaceValue,
    SetUrl,
    Severity,
)
from ..core.suggest import remembering
from ..edits import Kept, apply_edits, kept_after
from ..edits import same as same_body
from ..edits.template_editor import with_template_editor
from ..rules.fixes import CannotApply
from ..sources import imports
from ..sources.document import DEFAULT_LIMITS, Document, Limits, load_text
from .batch import Changes, apply_all
from .shared import Imported, Shared, demoted, shared_in

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
    #: The documents of the fixed text (a request file's: with the bodies it reads from other files).
    documents: list[Document] = field(default_factory=list)
    #: The passes made when they ran out with a fix still to apply (the file needs `--fix` again); else None.
    stopped: int | None = None
    #: For a text: the parts of `original` the fixes left as they were, where they are in `fixed` (a --diff's lines).
    kept: list[Kept] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.applied) and self.fixed != self.original


def fixable(diagnostic: Diagnostic, unsafe: bool, need_edits: bool = True) -> bool:
    """Whether --fix (with or without --unsafe-fixes) applies the diagnostic's fix."""
    fix = diagnostic.fix
    return fix is not None and fix.applies(unsafe) and (fix.edits is not None or not need_edits)


def fix_text(text: str, name: str | None, options: CheckOptions, *, unsafe: bool = False, kind: str | None = None,
             limits: Limits = DEFAULT_LIMITS, passes: int | None = None,
             withheld: Callable[[Fix], bool] | None = None) -> FixOutcome:
    """Fix a body given as text (the text after any byte order mark); the text outside the edits stays as it was.
    `withheld`: the fixes never applied, though they would be (a guessed payload's of its own keys)."""
    document = with_template_editor(load_text(text, name, limits=limits, kind=kind))
    kind = document.kind  # read again as it was read first (a .yaml file holding JSON stays JSON)

    def load(edited: str) -> list[Document]:
        return [with_template_editor(load_text(edited, name, limits=limits, kind=kind))]

    return fix_file(text, [document], load, options, unsafe=unsafe, passes=passes, withheld=withheld)


def fix_code(text: str, name: str, kind: str, options: CheckOptions, *, unsafe: bool = False,
             limits: Limits = DEFAULT_LIMITS, passes: int | None = None, named: bool = True,
             imported: Imported | None = None) -> FixOutcome:
    """Fix the launches of a code or request file (the text after any byte order mark); `named`: on the command
    line, so a file of a kind with no launch gets its note (FL012), as a check gives it. `imported`: which of the
    file's module-level names other files of the run import (shared.py): a safe fix editing one is unsafe."""
    from ..checker.launches import load_source

    def load(edited: str) -> list[Document]:
        return load_source(kind, edited.encode("utf-8", "surrogatepass"), name, limits, named=named)

    shared = None
    if imported is not None and imports.family(kind) is not None:
        shared = functools.partial(shared_in, kind=kind, name=name, max_depth=limits.max_depth, imported=imported)
    # A body read from another file (`< ./body.json`) is checked as check checks it, never fixed through this file:
    # its offsets are that file's.
    return fix_file(text, load(text), load, options, unsafe=unsafe, passes=passes, fixes_in=name, shared=shared)


#: A chosen fix: the index of its document in the file, the finding and its diagnostic (with edits).
Chosen = tuple[int, Finding, Diagnostic]
#: A pass made: the edited text, its documents, the fixes applied and the edits they made.
Pass = tuple[str, list[Document], list[Chosen], list[Edit]]


def fix_file(text: str, documents: list[Document], load: Callable[[str], list[Document]], options: CheckOptions, *,
             unsafe: bool = False, passes: int | None = None, fixes_in: str | None = None,
             withheld: Callable[[Fix], bool] | None = None, shared: Callable[[str], Shared] | None = None) -> FixOutcome:
    """The one pass loop, for any kind of file: `documents` are what `text` holds (a body, or one per launch), and
    `load` reads an edited text as they were read.

    A pass takes every applicable fix of every document (all findings, not the capped few a report shows),
    drops those overlapping one already taken (in file order), applies the rest at once and proves the result
    once: each document must hold exactly what its fixes' operations make of it, and a body must bring no new
    error (else each fix is proven alone, as `check` shows it, and one that fails is only displayed). Passes
    stop when one applies nothing, or after `passes` (MAX_PASSES), saying so (`stopped`) when a fix is left.
    With `fixes_in`, only the documents of that file take fixes; the others (bodies the file reads from other
    files) are checked and reported only. A fix `withheld` is never applied. `shared`: for
    a text of the file, which name another file imports a fix edits; such a safe fix is unsafe (shared.py).
    """
    with remembering():  # each pass checks the body again, and proves its fixes by checking the edited body: the same keys
        return _fix_file(text, documents, load, options, unsafe=unsafe, passes=passes, fixes_in=fixes_in, withheld=withheld,
                         shared=shared)


def _fix_file(text: str, documents: list[Document], load: Callable[[str], list[Document]], options: CheckOptions, *,
              unsafe: bool, passes: int | None, fixes_in: str | None, withheld: Callable[[Fix], bool] | None,
              shared: Callable[[str], Shared] | None) -> FixOutcome:
    outcome = FixOutcome(text, text, kept=[(0, len(text), 0)])
    wanted = functools.partial(_applies, unsafe=unsafe, withheld=withheld)
    edits_shared = shared(text) if shared is not None else None

    def wants(document: Document) -> Callable[[Fix], bool]:
        if fixes_in is not None and document.name != fixes_in:
            return _never
        edits = edits_shared
        if edits is None or unsafe:  # (--unsafe-fixes applies an unsafe fix too)
            return wanted
        return lambda fix: wanted(fix) and edits(fix) is None

    candidates = [_candidates(document, options, wants(document)) for document in documents]
    passes = MAX_PASSES if passes is None else passes
    for _ in range(passes):
        found = _pass(text, documents, _suppressed(candidates, documents, options, wanted), load, options)
        if found is None:
            break
        text, documents, chosen, edits = found
        outcome.applied += [diagnostic for _, _, diagnostic in chosen]
        outcome.fixed = text
        outcome.kept = kept_after(outcome.kept, edits)
        edits_shared = shared(text) if shared is not None else None  # the edited text's bindings
        candidates = [_candidates(document, options, wants(document)) for document in documents]
    else:
        left = _suppressed(candidates, documents, options, wanted)
        if passes and any(found is not None and found.fixes for found in left):
            outcome.stopped = passes  # a fix left that a next pass would try: the run says so
    outcome.documents = documents
    # The launches of a code file: their fixes proven together, as check proves them (each alone extracted every launch of
    # the file again: a Markdown file of N fixable blocks, 2N extractions of all of them).
    proofs = LaunchProofs() if len(documents) > 1 else None
    report = [d for document, found in zip(documents, candidates, strict=True) for d in _report(document, found, options, proofs)]
    proven = proofs.prove() if proofs is not None else None
    if proven:
        report = [proven.get(id(d), d) for d in report]
    decided = _decided(report, documents, options)
    outcome.remaining, outcome.suppressed = decided.kept, decided.suppressed
    if edits_shared is not None:
        outcome.remaining = [demoted(d, edits_shared) for d in outcome.remaining]
    return outcome


def _decided(diagnostics: list[Diagnostic], documents: list[Document], options: CheckOptions) -> Decided:
    """The suppressions of the file decided: suppressed findings are neither shown nor fixed; unused ones are FL009s to fix."""
    return decide_documents(diagnostics, documents, options.severities, options.ignores_for)


def _suppressed(candidates: list[FixCandidates | None], documents: list[Document], options: CheckOptions,
                wanted: Callable[[Fix], bool]) -> list[FixCandidates | None]:
    """The candidates the file's suppressions leave (a suppressed finding is not fixed), and the removal of each unused
    suppression (FL009, the file's: the first document takes it)."""
    if any(found is None for found in candidates) or not documents:
        return candidates
    ready = [found for found in candidates if found is not None]
    decided = _decided([d for found in ready for d in found.diagnostics], documents, options)
    if not decided.suppressed and all(d.code != UNUSED_SUPPRESSION for d in decided.kept):
        return candidates
    shown = {id(d) for d in decided.kept}
    kept = [dataclasses.replace(found, fixes=[(f, d) for f, d in found.fixes if id(d) in shown]) for found in ready]
    unused = [(Finding(d.code, (), d.message, d.help), d) for d in decided.kept
              if d.code == UNUSED_SUPPRESSION and d.fix is not None and d.fix.edits is not None and wanted(d.fix)]
    kept[0] = dataclasses.replace(kept[0], fixes=kept[0].fixes + unused)
    return list(kept)


def _candidates(document: Document, options: CheckOptions, wanted: Callable[[Fix], bool]) -> FixCandidates | None:
    """A document's fix candidates; None when flowlint fails on it (its report is then check's FL900)."""
    try:
        return engine.fix_candidates(document, options, wanted)
    except BrokenSchema:
        raise
    except Exception:
        return None


def _report(document: Document, candidates: FixCandidates | None, options: CheckOptions,
            proofs: LaunchProofs | None = None) -> list[Diagnostic]:
    try:
        if candidates is not None:
            return candidates.report(document, options, proofs)
    except BrokenSchema:
        raise
    except Exception:
        pass
    return check_document(document, options)  # a failure inside flowlint: its FL900, as check says it


def _applies(fix: Fix, *, unsafe: bool, withheld: Callable[[Fix], bool] | None = None) -> bool:
    return fix.applies(unsafe) and (withheld is None or not withheld(fix))


def _never(fix: Fix) -> bool:
    return False


def _pass(text: str, documents: list[Document], candidates: list[FixCandidates | None], load: Callable[[str], list[Document]],
          options: CheckOptions) -> Pass | None:
    """The text and documents after one proven pass, with the fixes and edits it applied; None when it applies nothing."""
    if any(found is None for found in candidates):
        return None  # flowlint failed on a document: nothing is changed
    ready = [found for found in candidates if found is not None]
    # A body that does not parse: one text edit of a syntax slip per pass (a launch's first, then the others').
    for index, document in enumerate(documents):
        if document.parsed:
            continue
        slips = [(index, f, d) for f, d in ready[index].fixes
                 if not d.fix.operations and d.code != UNUSED_SUPPRESSION][:1]  # type: ignore[union-attr]
        if not slips:
            continue
        edits = list(slips[0][2].fix.edits or ())  # type: ignore[union-attr]
        edited = apply_edits(text, edits)
        following = load(edited)
        if len(following) == len(documents) and _embedded_as_fixed(document, following[index]) \
                and _progressed(slips[0][2], following[index]):
            return edited, following, slips, edits
    if len(documents) == 1 and not documents[0].parsed:
        return None
    offered = [(i, f, d) for i, found in enumerate(ready) if documents[i].parsed for f, d in found.fixes]
    chosen = resolve_overlaps(offered, documents)
    proven = _proven(text, documents, chosen, load)
    if proven is not None and not _disproved(ready, chosen, *proven):
        return proven[0]
    # Insertions at one place, written one after the other, may not read as the members they add (the first member of
    # an empty object has no separator before it, and neither has the next): the pass again, one insertion a place.
    one_a_place = resolve_overlaps(offered, documents, stacked=False)
    if one_a_place != chosen:
        chosen = one_a_place
        proven = _proven(text, documents, chosen, load)
        if proven is not None and not _disproved(ready, chosen, *proven):
            return proven[0]
    # Not proven together: each fix rendered with its own proof and proven alone (within the proof budget, as check
    # shows them), then the pass again.
    alone = _proven_alone(documents, ready, chosen)
    if alone != chosen:
        # The fixes a disproven one overlapped were left for a later pass that would choose it again: they are chosen
        # now instead (each proven alone too), so one fix that cannot hold does not hold back the others.
        dropped = {id(d) for _, _, d in chosen} - {id(d) for _, _, d in alone}
        kept = {id(d) for _, _, d in alone}
        rest = resolve_overlaps([c for c in offered if id(c[2]) not in dropped], documents)
        chosen = resolve_overlaps([*alone, *_proven_alone(documents, ready, [c for c in rest if id(c[2]) not in kept])],
                                  documents)
        proven = _proven(text, documents, chosen, load)
    if proven is None and len(chosen) > 1:
        chosen = chosen[:1]  # cannot happen when each fix was proven alone; fall back to one at a time
        proven = _proven(text, documents, chosen, load)
    return proven[0] if proven is not None else None


def _by_document(chosen: list[Chosen]) -> dict[int, list[tuple[Finding, Diagnostic]]]:
    """The chosen fixes of each document, in the order chosen: found in one walk (a file of N launches asked each
    document for its own, walking all N fixes each time: quadratic)."""
    found: dict[int, list[tuple[Finding, Diagnostic]]] = {}
    for index, finding, diagnostic in chosen:
        found.setdefault(index, []).append((finding, diagnostic))
    return found


def _disproved(candidates: list[FixCandidates], chosen: list[Chosen], made: Pass, pairs: list[tuple[int, int]]) -> bool:
    """Whether a body brings a new error once the pass is applied (a launch in code is proven by re-parsing only);
    `pairs`: each document before the pass with the one it is after it (_matched, as _proven found them)."""
    by_document = _by_document(chosen)
    following = made[1]
    after = dict(pairs)
    for index, found in enumerate(candidates):
        fixed = [(finding, diagnostic.fix) for finding, diagnostic in by_document.get(index, ()) if diagnostic.fix]
        if fixed and found.proof is not None and not found.proof.together(following[after[index]], fixed):
            return True
    return False


def _matched(before: list[Document], after: list[Document]) -> list[tuple[int, int]] | None:
    """Each document of a file before a pass with the one it is after it (their indices), or None when they do not pair
    up. A note a fix makes the file gain or lose is neither's: a page whose launch URL a fix corrects now names the
    endpoint, so its body block that writes no request is noted (FL011), and a note is no body to prove."""
    kept = [index for index, document in enumerate(before) if not _only_noted(document)]
    made = [index for index, document in enumerate(after) if not _only_noted(document)]
    return list(zip(kept, made, strict=True)) if len(kept) == len(made) else None


def _only_noted(document: Document) -> bool:
    """A document that is only notes: no body read, nothing said of it above a note."""
    return not document.parsed and document.value is None and bool(document.findings) \
        and all(RULES[finding.code].severity is Severity.INFO for finding in document.findings)


def _proven_alone(documents: list[Document], candidates: list[FixCandidates], chosen: list[Chosen]) -> list[Chosen]:
    kept: list[Chosen] = []
    budget = {index: max(1, engine.PROOF_BUDGET // max(1, len(document.text or ""))) for index, document in enumerate(documents)}
    for index, finding, offered in chosen:
        # As the check renders it (a move carried as written may read otherwise where it lands: written anew there)
        diagnostic = candidates[index].as_checked(documents[index], finding, offered)
        if diagnostic is None or diagnostic.fix is None:
            continue  # the text cannot say it exactly: only displayed
        proof = candidates[index].proof
        if proof is not None:
            if budget[index] <= 0:
                continue  # proven in a later pass
            budget[index] -= 1
            if proof.alone(finding, diagnostic.fix).edits is None:
                continue
        kept.append((index, finding, diagnostic))
    return kept


def resolve_overlaps(candidates: Sequence[Chosen], documents: list[Document], *, stacked: bool = True) -> list[Chosen]:
    """The fixes of one pass, in file order: each that touches a range already taken is left for a later pass, as is one
    that no longer fits its body (two renames to one name). One edit that serves two launches (one object sent by
    both) is taken once, for both. Insertions at one place (members added to the end of one object: moves into
    `inputData`) are all taken, written in the order taken, which is the order their fixes apply in (`stacked`;
    else one a place, the rest left for a later pass)."""
    chosen: list[Chosen] = []
    taken: dict[Edit, int] = {}  # each edit taken, and the document that took it
    taken_at = _Taken(stacked)
    values: dict[int, Changes] = {}  # each document's body with the fixes taken so far applied
    later = _left_for_later(candidates)
    for index, finding, diagnostic in sorted(candidates, key=lambda c: (_first_edit(c[2]), c[0])):
        edits = diagnostic.fix.edits or ()  # type: ignore[union-attr]
        shared = bool(edits) and all(taken.get(edit, index) != index for edit in edits)
        if not shared and any(taken_at.overlaps(edit) for edit in edits):
            continue
        if id(diagnostic) in later:
            continue
        changes = values.get(index)
        if changes is None:
            changes = values[index] = Changes(documents[index].value)
        try:
            changes.apply(diagnostic.fix.operations)  # type: ignore[union-attr]
        except CannotApply:
            continue
        chosen.append((index, finding, diagnostic))
        for edit in edits:
            if edit not in taken:
                taken[edit] = index
                taken_at.add(edit)
    return chosen


def _left_for_later(candidates: Sequence[Chosen]) -> set[int]:
    """The fixes (by id) a pass leaves for a later one: where a document has two or more fixes of the flowId or
    flowVersion its body is checked by, the pass takes one (one writing `flowId` first, else the first). Each was
    judged on the body as it is (engine._fixes_kept: none may make the contract checking it less exact), so the next
    is judged again, a pass later, on the body the first leaves: a buried flowId moved up, `version: 3.10` renamed
    `flowVersion` then finds that version's contract absent, and is not applied (together, whatever their order, they
    checked the inputs against another version's)."""
    found: dict[int, list[Diagnostic]] = {}
    for index, _, diagnostic in candidates:
        if chooses_contract(diagnostic.fix):  # type: ignore[arg-type]
            found.setdefault(index, []).append(diagnostic)
    later: set[int] = set()
    for fixes in found.values():
        if len(fixes) > 1:
            taken = next((d for d in fixes if _writes_flow_id(d.fix)), fixes[0])  # type: ignore[arg-type]
            later.update(id(d) for d in fixes if d is not taken)
    return later


def _writes_flow_id(fix: Fix) -> bool:
    return any((isinstance(operation, RenameKey) and operation.name == "flowId")
               or (isinstance(operation, InsertMember) and not operation.path and operation.name == "flowId")
               or (not operation.path and isinstance(operation, ReplaceValue)) for operation in fix.operations)


class _Taken:
    """The edits a pass has taken, by place, so a new one is compared with its neighbours only: the replacements (none
    overlapping another) by start, and the places of the insertions with what each inserts there. `stacked`: another
    insertion at a place taken is taken too (unless it inserts the same text there); else it overlaps."""

    def __init__(self, stacked: bool) -> None:
        self.stacked = stacked
        self.spans: list[tuple[int, int]] = []  # [start, end) of each replacement taken, by start
        self.places: list[int] = []  # each place an insertion was taken at, in order
        self.inserted: dict[int, set[str]] = {}  # what each place has inserted

    def add(self, edit: Edit) -> None:
        if edit.start == edit.end:
            if edit.start not in self.inserted:
                self.inserted[edit.start] = set()
                bisect.insort(self.places, edit.start)
            self.inserted[edit.start].add(edit.content)
        else:
            bisect.insort(self.spans, (edit.start, edit.end))

    def overlaps(self, edit: Edit) -> bool:
        """Whether the edit cannot apply with those taken: shared characters, an insertion inside a replacement (or a
        replacement around one), or a second insertion at a place (the same text twice, or any when not stacked)."""
        start, end = edit.start, edit.end
        # The replacements: only the one starting last before the edit's end may reach into it (taken ones never
        # overlap, so an earlier one ends before that one starts).
        at = bisect.bisect_left(self.spans, (end, end))
        if at and _overlap(edit, Edit(*self.spans[at - 1], "")):
            return True
        if start == end:
            there = self.inserted.get(start)
            return there is not None and (not self.stacked or edit.content in there)
        first = bisect.bisect_right(self.places, start)  # an insertion strictly inside the replacement
        return first < len(self.places) and self.places[first] < end


def _first_edit(diagnostic: Diagnostic) -> int:
    return min((e.start for e in diagnostic.fix.edits or ()), default=0)  # type: ignore[union-attr]


def _proven(text: str, documents: list[Document], chosen: list[Chosen], load: Callable[[str], list[Document]]
            ) -> tuple[Pass, list[tuple[int, int]]] | None:
    """The file and its documents after the pass, if each holds exactly what its fixes' operations make of it; with
    each document before it paired with the one it is after it (_matched)."""
    if not chosen:
        return None
    edits = list(dict.fromkeys(edit for _, _, d in chosen for edit in d.fix.edits or ()))  # type: ignore[union-attr]
    edited = apply_edits(text, edits)
    following = load(edited)
    pairs = _matched(documents, following)
    if pairs is None:
        return None
    by_document = _by_document(chosen)
    for index, paired in pairs:
        before, after = documents[index], following[paired]
        operations = [op for _, d in by_document.get(index, ()) for op in d.fix.operations]  # type: ignore[union-attr]
        if after.parsed and any(f.code == PARSE_ERROR for f in after.findings):
            return None
        try:
            expected = apply_all(before.value, operations) if before.parsed else before.value
        except CannotApply:
            return None
        if before.parsed != after.parsed or not _same(after.value, expected) or not _sends_as_set(after, operations):
            return None
    return (edited, following, chosen, edits), pairs


def _sends_as_set(after: Document, operations: list[Operation]) -> bool:
    """Whether a launch read in the edited file sends to the URL the pass's last SetUrl of it sets (none: it does):
    a fix setting a URL is rendered as its one replacement, unproven, and proven here with the pass's other fixes."""
    urls = [operation.url for operation in operations if isinstance(operation, SetUrl)]
    if not urls:
        return True
    url = after.request.url if after.request is not None else None
    return url is not None and url.value == urls[-1]


def _embedded_as_fixed(before: Document, after: Document) -> bool:
    """A body embedded in a file (a string, a template) read again holds exactly the text its syntax fix makes."""
    request = getattr(before, "request", None)
    if request is None or request.body_text is None:
        return True  # the file's own text is the body: the edit was made in it
    again = getattr(after, "request", None)
    return request.fixed_text is not None and again is not None and again.body_text == request.fixed_text


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
        # Every finding, not a report's first MAX_PER_KIND of a rule: a pass applies all it can, as fix_text's do.
        diagnostics = check_document(Document(None, current), options, capped=False)
        applied: list[Diagnostic] = []
        changes = Changes(current)
        for diagnostic in diagnostics:
            if not fixable(diagnostic, unsafe, need_edits=False):
                continue
            try:
                changes.apply(diagnostic.fix.operations)  # type: ignore[union-attr]
            except CannotApply:
                continue  # a fix before it changed its place: the next pass decides again
            applied.append(diagnostic)
        if not applied:
            break
        current = changes.value()
        outcome.applied += applied
        outcome.fixed = current
    # What remains, as a check reports it (capped, with its FL008 note for what is not shown).
    outcome.remaining = check_document(Document(None, current), options)
    return outcome


def _overlap(a: Edit, b: Edit) -> bool:
    """Whether two edits cannot both apply: shared characters, two insertions at one place, or one inside the other."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return max(a.start, b.start) < min(a.end, b.end)


def _same(a: Any, b: Any) -> bool:
    return same_body(a, b)
