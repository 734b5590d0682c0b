"""Editors: a fix's operations (in document terms) rendered as text edits for one kind of source.

A source that can be fixed registers a TextEditor for its kind (`json`, `yaml`), or gives each of
its Documents its own (`Document(editor=…)`: a launch request inside code knows where its body
is). Every rendering is checked: the edited text must parse to exactly the body the operations
produce on the parsed value, or the fix gets no edits in that file. So a fix that is applied can
never mean something else than its message says.
"""

from __future__ import annotations

import itertools
import json
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from ..core.diagnostics import (
    Applicability,
    Edit,
    Fix,
    InsertMember,
    Operation,
    RemoveMember,
    ReplaceValue,
    withheld_as_unparsed,
)
from ..core.lines import LineIndex
from ..rules.fixes import CannotApply, apply_operations
from .text import CannotEdit as CannotEdit
from .text import NotCarried, Withheld, difference, difference_at
from .text import TextEditor as TextEditor

_EDITORS: dict[tuple[str, str | None], TextEditor] = {}  # the registered ones


class _BuiltIn(threading.local):
    """The built-in editors (JSON, YAML), each thread's own: an editor keeps the text it edited last and what it read of
    it (a JSON text's members scanned as far as asked, a scan the next call goes on with), and the editor server renders
    the fixes of several documents at once in its checking threads: two renderings of one text (a check overtaken and
    the next) went on with one scan, and a fix of a member that is there found none."""

    def __init__(self) -> None:
        self.editors: dict[tuple[str, str | None], TextEditor] = {}


_BUILT_IN = _BuiltIn()


def let_go() -> None:
    """Let go of what this thread's editors keep: the text each edited last and what was read of it (a JSON text's
    members scanned, a YAML text's parse), and the code blocks, parses and texts the fixes of a code file keep between
    their renderings (code_editor._Caches). They pay within one document's check (its fixes rendered and proven
    against one text); the editor server's checking threads each kept its last document's until its next check,
    its WORKERS threads as many documents' (a JSON text's scan is ~14 bytes a byte of it: a 30 KB body's, 0.4 MiB).
    Called at the end of each of its checks, so what its threads keep is what their running checks use."""
    _BUILT_IN.editors.clear()
    code_editor = sys.modules.get(f"{__name__}.code_editor")  # (never imported for this: a JSON check has none)
    if code_editor is not None:
        code_editor.let_go()


def register(kind: str, editor: TextEditor, dialect: str | None = None) -> None:
    """Make fixes applicable in documents of a kind (the Document's `kind`, and `dialect` when it has variants)."""
    _EDITORS[(kind, dialect)] = editor


def editor_for(kind: str, dialect: str | None = None) -> TextEditor | None:
    """The editor of a kind; the built-in ones are made on first use in a thread (PyYAML is imported only for YAML)."""
    key = (kind, dialect)
    registered = _EDITORS.get(key)
    if registered is not None or kind not in ("json", "yaml"):
        return registered or _EDITORS.get((kind, None))
    made = _BUILT_IN.editors
    editor = made.get(key)
    if editor is None:
        if kind == "json":
            from .json_editor import JsonEditor

            editor = made[key] = JsonEditor()
        else:
            from .yaml_editor import YamlEditor

            editor = made[key] = YamlEditor(dialect or "1.1")  # the text is edited as the check read it
    return editor


#: The files a launch's body may be written in (a Terraform local, a variable's default) that no editor edits.
_TERRAFORM_SUFFIXES = (".tf", ".tf.json")


def edited_where_written(kind: str, name: str | None, dialect: str | None = None) -> bool:
    """Whether a fix of a document with no editor of its own (a body a launch reads from another file) may be applied
    where that file writes it: not in a Terraform file (its local or default is an HCL or JSON string no editor edits),
    whose fix is then help only (`not_editable`), so no report offers what --fix would not apply."""
    terraform = name is not None and name.lower().endswith(_TERRAFORM_SUFFIXES)
    return not terraform or (kind, dialect) in _EDITORS or (kind, None) in _EDITORS


def not_editable(fix: Fix) -> Fix:
    """A fix of a body written where flowlint cannot edit it: help only, saying why."""
    return _withheld(fix, "flowlint cannot edit the body where this file writes it; edit it there by hand")


def render(fix: Fix, text: str, kind: str, value: Any, lines: LineIndex | None = None, dialect: str | None = None,
           editor: TextEditor | None = None, *, proven: bool = True, wrote: list[int] | None = None,
           spliced_only: bool = False) -> Fix:
    """The fix with its edits in `text`; unchanged (edits None) when the source cannot express it exactly.

    `editor` is the document's own (a source that knows where its body sits in the file), else the kind's.
    `proven`: the edited text is parsed to check it holds what the operations make; a --fix pass that proves
    all its fixes' edits at once renders them unproven (and renders a fix again, proven, when that proof fails).
    `wrote`: given the size of the text when the fix was rendered by writing the whole edited text (not as a splice
    of its own size), so a caller bounds such renderings per file. `spliced_only` (with `wrote`, unproven): a fix
    rendered only as a splice, returned as it was (its edits None) where rendering it would write the text: what a
    caller whose budget of such renderings is spent still renders.
    """
    if not fix.operations:
        return fix  # a text edit already (a syntax slip in a file that does not parse)
    editor = editor or editor_for(kind, dialect)
    if editor is None:
        return fix
    rendered = _rendered(fix, text, kind, value, lines, dialect, editor, proven, wrote, spliced_only)
    if rendered is None:
        return fix
    if rendered.edits is not None and (words := editor.worded(text, fix.operations)) is not None:
        rendered = replace(rendered, message=f"{rendered.message} ({words})")
    if rendered.edits is None and rendered.applicability is not Applicability.DISPLAY_ONLY:
        why = editor.unmade(text, fix.operations)  # (help only: said why, as a fix withheld says it)
        if why is not None:
            return _withheld(rendered, why)
    return rendered


def _rendered(fix: Fix, text: str, kind: str, value: Any, lines: LineIndex | None, dialect: str | None,
              editor: TextEditor, proven: bool, wrote: list[int] | None, spliced_only: bool) -> Fix | None:
    """`render` with the editor found: the fix's text carried where the editor carries it, else written anew (None:
    `spliced_only`, and no splice renders it)."""
    plain = uncarried(fix.operations)
    if not editor.carries or plain is fix.operations:
        return _render(fix, plain, text, kind, value, lines, dialect, editor, proven, wrote, spliced_only)
    try:
        carried = _render(fix, fix.operations, text, kind, value, lines, dialect, editor, proven, wrote, spliced_only)
        if carried is None:
            return None
        if carried.edits is not None:
            return carried  # (unproven, a --fix pass's: one that fails its proof is rendered again, proven, as check does)
        why = "the text as written did not read the same there"  # (a proof that found it read otherwise)
        if carried.applicability is Applicability.DISPLAY_ONLY and fix.applicability is not Applicability.DISPLAY_ONLY:
            withheld: Fix | None = carried  # (why the move is not made, if writing the values anew cannot make it)
        else:
            withheld = None
    except NotCarried as error:
        why, withheld = str(error), None
    anew = _render(fix, plain, text, kind, value, lines, dialect, editor, proven, wrote, spliced_only)
    if anew is None:
        return None
    if anew.edits is None and withheld is not None and anew.applicability is not Applicability.DISPLAY_ONLY:
        return withheld
    return replace(anew, message=f"{anew.message} (the values written anew: {why})") if anew.edits is not None else anew


def _render(fix: Fix, operations: tuple[Operation, ...], text: str, kind: str, value: Any, lines: LineIndex | None,
            dialect: str | None, editor: TextEditor, proven: bool, wrote: list[int] | None,
            spliced_only: bool) -> Fix | None:
    """`render` of the operations given (the fix's own, or as an editor that does not carry text takes them); None
    where `spliced_only` and no splice renders them."""
    try:
        if not proven and len(operations) == 1:
            splice = editor.splice(text, operations[0])
            if splice is not None and editor.verified(text, splice):
                # One replacement, its edit found around it: the edited text is never written (a pass renders every
                # fix of a file in its one text, so writing it for each would cost the file's size per fix).
                start, end, content = difference_at(text, splice)
                return replace(fix, edits=(Edit(start, end, content, (lines or LineIndex(text)).span(start, end)),))
        if spliced_only:
            return None
        if wrote is not None:
            wrote.append(len(text))
        if not proven and len(operations) > 1:
            around = editor.written_in_place(text, operations)
            found = _places_around(text, *around) if around is not None else None
            if found is not None:  # the operations written in the part of the file they edit, not in the whole file each
                index = lines or LineIndex(text)
                return replace(fix, edits=tuple(Edit(start, end, content, index.span(start, end))
                                                for start, end, content in found))
        steps = [text]
        for operation in operations:
            steps.append(editor.apply(steps[-1], operation))
        edited = steps[-1]
        held = not proven or (same(editor.parse(edited), apply_operations(value, fix.operations))
                              and editor.holds(edited, fix.operations))
        if held:
            editor.verify(text, edited)
    except NotCarried:
        raise  # (render writes the values anew)
    except Withheld as withheld:
        return _withheld(fix, str(withheld))
    except (CannotEdit, CannotApply, RecursionError):
        return _unparsable(fix, editor, text, kind, dialect)
    if proven and not held:
        return _unparsable(fix, editor, text, kind, dialect)
    index = lines or LineIndex(text)
    return replace(fix, edits=tuple(Edit(start, end, content, index.span(start, end))
                                    for start, end, content in _places(editor.difference, steps)))


def uncarried(operations: tuple[Operation, ...]) -> tuple[Operation, ...]:
    """A fix's operations as an editor that does not carry the author's text writes them (TextEditor.carries): a move's
    removals first, the values written anew (InsertMember's and ReplaceValue's `value`), as before text was carried."""
    if not any((isinstance(operation, RemoveMember) and operation.moved)
               or (isinstance(operation, ReplaceValue) and operation.text is not None) for operation in operations):
        return operations
    removed = [RemoveMember(o.path) for o in operations if isinstance(o, RemoveMember) and o.moved]
    rest = [InsertMember(o.path, o.name, o.value) if isinstance(o, InsertMember)
            else ReplaceValue(o.path, o.value) if isinstance(o, ReplaceValue) else o for o in operations
            if not (isinstance(o, RemoveMember) and o.moved)]
    return (*removed, *rest)


def _withheld(fix: Fix, why: str) -> Fix:
    """The fix as help only, saying why it is not applied: no later pass would apply it either."""
    return replace(fix, applicability=Applicability.DISPLAY_ONLY, message=f"{fix.message} (not applied: {why})")


def _unparsable(fix: Fix, editor: TextEditor, text: str, kind: str, dialect: str | None) -> Fix:
    """The fix whose edits did not hold: help only, saying why, when the payload file itself does not parse (a syntax
    error not selected, or with no fix: no edit of it can be proven); else as it was (counted as not applied)."""
    if kind not in ("json", "yaml") or editor is not editor_for(kind, dialect):
        return fix  # a launch's own editor (a request file's): its text is more than the body
    try:
        editor.parse(text)
    except CannotEdit as error:
        return withheld_as_unparsed(fix, str(error), "; fix that first")
    except (ValueError, RecursionError):
        return fix
    return fix


def _places_around(text: str, start: int, end: int, parts: list[str]) -> list[tuple[int, int, str]] | None:
    """`_places` of the texts that are `text` with [start, end) of it replaced by each of `parts` (the first: that
    part as it is), found in the parts and placed in `text`: the same edits, as outside the parts the texts are the
    same, unless an edit found in them reaches one's end (the texts may then agree past it) or would start a CRLF
    before them; None then."""

    def differ(old: str, new: str) -> tuple[int, int, str]:
        first, last, content = difference(old, new)
        if first >= min(len(old), len(new)) or (first == 0 < start and text[start - 1] == "\r" and old[:1] == "\n"):
            raise _Beyond
        return first, last, content

    try:
        return [(start + first, start + last, content) for first, last, content in _places(differ, parts)]
    except _Beyond:
        return None


class _Beyond(Exception):
    """An edit between two parts of texts that may reach past them (_places_around)."""


def _places(differ: Callable[[str, str], tuple[int, int, str]], steps: list[str]) -> list[tuple[int, int, str]]:
    """The edits turning the first text into the last (`steps`: the text after each operation): one per place the
    operations changed. One edit from the first place to the last would carry the text between them: in a body, the
    members between a member moved and the object it moves into, which every other such fix then overlaps (--fix
    took one move a pass: 64 members took 64 passes, the last 32 left); in a request file, the headers between its
    URL and its body (which its excerpts mask); anywhere, a credential, which an edit that carried it would print in
    every report of edits (JSON, SARIF) and store in the cache. A launch in code's edits are proven together by
    reading the file's launches again, however many each fix has (checker/engine.py LaunchProofs)."""
    whole = differ(steps[0], steps[-1])
    if len(steps) <= 2:
        return [whole]
    pieces: list[tuple[int, int] | str] = [(0, len(steps[0]))]  # the text as spans of the first one and new text
    for old, new in itertools.pairwise(steps):
        start, end, content = differ(old, new)
        pieces = _replaced(pieces, start, end, content)
    places: list[tuple[int, int, str]] = []

    def place(start: int, end: int, written: str) -> None:
        # Only what differs: an operation's own edit may rewrite a comma or a brace it keeps (a member removed and one
        # inserted at its place), and a wider edit would overlap another fix's, which --fix then takes a pass later.
        first, last, content = difference(steps[0][start:end], written)
        places.append((start + first, start + last, content))

    at, written = 0, ""
    for piece in pieces:
        if isinstance(piece, str):
            written += piece
            continue
        if piece[0] != at or written:
            place(at, piece[0], written)
        at, written = piece[1], ""
    if at != len(steps[0]) or written:
        place(at, len(steps[0]), written)
    # Outside the whole edit the two texts are the same: the places are checked inside it (not the whole file per fix).
    start, end, content = whole
    if all(start <= first and last <= end for first, last, _ in places):
        inside = [Edit(first - start, last - start, written) for first, last, written in places]
        return places if apply_edits(steps[0][start:end], inside) == content else [whole]
    return places if apply_edits(steps[0], [Edit(*place) for place in places]) == steps[-1] else [whole]


def _replaced(pieces: list[tuple[int, int] | str], start: int, end: int, content: str) -> list[tuple[int, int] | str]:
    """The pieces of a text with [start, end) of it (in its own offsets) replaced by `content`."""
    before: list[tuple[int, int] | str] = []
    after: list[tuple[int, int] | str] = []
    at = 0  # where the piece starts in the text
    for piece in pieces:
        size = _size(piece)
        if at < start:
            before.append(_cut(piece, 0, min(size, start - at)))
        if at + size > end:
            after.append(_cut(piece, max(0, end - at), size))
        at += size
    return [piece for piece in (*before, content, *after) if _size(piece)]


def _size(piece: tuple[int, int] | str) -> int:
    return len(piece) if isinstance(piece, str) else piece[1] - piece[0]


def _cut(piece: tuple[int, int] | str, first: int, last: int) -> tuple[int, int] | str:
    return piece[first:last] if isinstance(piece, str) else (piece[0] + first, piece[0] + last)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """The text with non-overlapping edits applied."""
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[position:edit.start])
        parts.append(edit.content)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


#: A part of a text that edits left as it was: its [start, end) in the original text, and where it starts in the edited one.
Kept = tuple[int, int, int]


def kept_after(kept: Iterable[Kept], edits: Iterable[Edit]) -> list[Kept]:
    """The parts of an original text still as they were once non-overlapping `edits` are applied to the text `kept`
    describes (the parts of the original it holds, by place), in order; linear in the parts and the edits. Where a
    --diff's lines come from (run/diff.py): never compared again to find them."""
    gaps: list[tuple[int, int, int]] = []  # each stretch of the text no edit touches, and how far it moves
    position = shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        gaps.append((position, edit.start, shift))
        shift += len(edit.content) - (edit.end - edit.start)
        position = edit.end
    gaps.append((position, sys.maxsize, shift))
    result: list[Kept] = []
    first = 0
    for start, end, at in kept:
        last = at + end - start  # the part's end in the text edited
        while gaps[first][1] <= at and first < len(gaps) - 1:
            first += 1
        for index in range(first, len(gaps)):
            gap_start, gap_end, moved = gaps[index]
            if gap_start >= last:
                break
            low, high = max(at, gap_start), min(last, gap_end)
            if low < high:
                result.append((start + low - at, start + high - at, low + moved))
    return result


def same(a: Any, b: Any) -> bool:
    """Equal as JSON: 1 is not 1.0 is not true, and key order counts; an unknown value (code) is the same expression."""
    try:
        return json.dumps(_comparable(a)) == json.dumps(_comparable(b))
    except (TypeError, ValueError, RecursionError):
        return False


def _comparable(value: Any) -> Any:
    """The value with unknown values and open objects (from code) written out, so an edit cannot change them unseen."""
    from ..core.unknown import OpenObject, Unknown

    if isinstance(value, Unknown):
        return ["\x00unknown", value.source]
    if isinstance(value, OpenObject):
        return ["\x00open", {key: _comparable(item) for key, item in value.items()}]
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value
