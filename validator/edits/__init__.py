"""Editors: a fix's operations (in document terms) rendered as text edits for one kind of source.

A source that can be fixed registers a TextEditor for its kind (`json`, `yaml`), or gives each of
its Documents its own (`Document(editor=…)`: a launch request inside code knows where its body
is). Every rendering is checked: the edited text must parse to exactly the body the operations
produce on the parsed value, or the fix gets no edits in that file. So a fix that is applied can
never mean something else than its message says.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..core.diagnostics import Edit, Fix, Operation
from ..core.lines import LineIndex
from ..rules.fixes import CannotApply, apply_operations
from .text import CannotEdit as CannotEdit
from .text import TextEditor as TextEditor

_EDITORS: dict[tuple[str, str | None], TextEditor] = {}


def register(kind: str, editor: TextEditor, dialect: str | None = None) -> None:
    """Make fixes applicable in documents of a kind (the Document's `kind`, and `dialect` when it has variants)."""
    _EDITORS[(kind, dialect)] = editor


def editor_for(kind: str, dialect: str | None = None) -> TextEditor | None:
    """The editor of a kind; the built-in ones are made on first use (PyYAML is imported only for YAML)."""
    key = (kind, dialect)
    if key not in _EDITORS and kind in ("json", "yaml"):
        if kind == "json":
            from .json_editor import JsonEditor

            _EDITORS[key] = JsonEditor()
        else:
            from .yaml_editor import YamlEditor

            _EDITORS[key] = YamlEditor(dialect or "1.1")  # the text is edited as the check read it
    return _EDITORS.get(key) or _EDITORS.get((kind, None))


def render(fix: Fix, text: str, kind: str, value: Any, lines: LineIndex | None = None, dialect: str | None = None,
           editor: TextEditor | None = None, *, proven: bool = True) -> Fix:
    """The fix with its edits in `text`; unchanged (edits None) when the source cannot express it exactly.

    `editor` is the document's own (a source that knows where its body sits in the file), else the kind's.
    `proven`: the edited text is parsed to check it holds what the operations make; a --fix pass that proves
    all its fixes' edits at once renders them unproven (and renders a fix again, proven, when that proof fails).
    """
    if not fix.operations:
        return fix  # a text edit already (a syntax slip in a file that does not parse)
    editor = editor or editor_for(kind, dialect)
    if editor is None:
        return fix
    try:
        edited = apply_text(editor, text, fix.operations)
        if proven and not same(editor.parse(edited), apply_operations(value, fix.operations)):
            return fix
        editor.verify(text, edited)
    except (CannotEdit, CannotApply, RecursionError):
        return fix
    start, end, content = editor.difference(text, edited)
    index = lines or LineIndex(text)
    return replace(fix, edits=(Edit(start, end, content, index.span(start, end)),))


def apply_text(editor: TextEditor, text: str, operations: Iterable[Operation]) -> str:
    for operation in operations:
        text = editor.apply(text, operation)
    return text


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
