"""Editors: a fix's operations (in document terms) rendered as text edits for one kind of source.

A source that can be fixed registers a TextEditor for its kind (`json`, `yaml`; code and request
files can add theirs). Every rendering is checked: the edited text must parse to exactly the body
the operations produce on the parsed value, or the fix gets no edits in that file. So a fix that
is applied can never mean something else than its message says.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Protocol

from ..diagnostics import Edit, Fix, Operation
from ..fixes import CannotApply, apply_operations
from ..lines import LineIndex


class CannotEdit(Exception):
    """The source's syntax cannot express an operation at that place (an alias, a block scalar...)."""


class TextEditor(Protocol):
    """Turns operations on the body into new text for one kind of source."""

    def apply(self, text: str, operation: Operation) -> str:
        """The text with the operation applied; CannotEdit when it cannot be written there."""

    def parse(self, text: str) -> Any:
        """The body the text holds (to check a rendering); CannotEdit when it does not parse."""


_EDITORS: dict[str, TextEditor] = {}


def register(kind: str, editor: TextEditor) -> None:
    """Make fixes applicable in documents of a kind (the Document's `kind`)."""
    _EDITORS[kind] = editor


def editor_for(kind: str) -> TextEditor | None:
    if not _EDITORS:
        from .json_editor import JsonEditor
        from .yaml_editor import YamlEditor

        _EDITORS.setdefault("json", JsonEditor())
        _EDITORS.setdefault("yaml", YamlEditor())
    return _EDITORS.get(kind)


def render(fix: Fix, text: str, kind: str, value: Any, lines: LineIndex | None = None) -> Fix:
    """The fix with its edits in `text`; unchanged (edits None) when the source cannot express it exactly."""
    if not fix.operations:
        return fix  # a text edit already (a syntax slip in a file that does not parse)
    editor = editor_for(kind)
    if editor is None:
        return fix
    try:
        edited = apply_text(editor, text, fix.operations)
        expected = apply_operations(value, fix.operations)
        if not _same(editor.parse(edited), expected):
            return fix
    except (CannotEdit, CannotApply, RecursionError):
        return fix
    start, end, content = _difference(text, edited)
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


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON: 1 is not 1.0 is not true, and key order counts."""
    try:
        return json.dumps(a) == json.dumps(b)
    except (TypeError, ValueError):
        return False


def _difference(old: str, new: str) -> tuple[int, int, str]:
    """The one edit turning `old` into `new`: [start, end) of old replaced by content."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    if start < len(old) and start > 0 and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1  # never split a CRLF: an edit inside a line break would confuse line numbers
    return start, end_old, new[start:end_new] if start <= end_new else ""
