"""Fix operations in a body kept as a template (a walked JSON with `${…}` holes, a page's `{{ … }}` tags): the kind's
editor works on the text as the check read it (each hole or tag a stand-in of the same width, sources' TemplateBody),
and its edit is made in the file's own text at the same place. An edit that would rewrite a hole or a tag is none
(CannotEdit): a fix never changes what the template engine fills in. The edited file is proven as any body is, read
again with its holes unknown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.diagnostics import Operation
from ..sources.document import Document, TemplateBody
from .text import CannotEdit, Splice, TextEditor, difference, spliced


class StandInEditor(TextEditor):
    """The TextEditor of a template body: `base` (the kind's editor) on `stand_in(text)` (the text as read, or None
    when it no longer reads so), what it parses turned into the body as read by `held` (its holes unknown)."""

    def __init__(self, base: TextEditor, stand_in: Callable[[str], str | None], held: Callable[[Any], Any]) -> None:
        self.base = base
        self.stand_in = stand_in
        self.held = held
        self.carries = False  # (a hole or comment inside a moved member: its text is not carried yet)

    def _read(self, text: str) -> str:
        read = self.stand_in(text)
        if read is None or len(read) != len(text):
            raise CannotEdit("the template no longer reads with its holes unknown")
        return read

    def parse(self, text: str) -> Any:
        return self.held(self.base.parse(self._read(text)))

    def splice(self, text: str, operation: Operation) -> Splice:
        read = self._read(text)
        made = self.base.splice(read, operation)
        if made is None:
            made = difference(read, self.base.apply(read, operation))
        start, end, _ = made
        if text[start:end] != read[start:end]:
            raise CannotEdit("the edit would rewrite a template's hole or tag")
        return made

    def apply(self, text: str, operation: Operation) -> str:
        return spliced(text, self.splice(text, operation))

    def verify(self, old: str, new: str) -> None:
        self.base.verify(self._read(old), self._read(new))

    def verified(self, old: str, splice: Splice) -> bool:
        return self.base.verified(self._read(old), splice)


def with_template_editor(document: Document) -> Document:
    """The document, a template body given its StandInEditor (a JSON or YAML one with no editor of its own)."""
    if isinstance(document, TemplateBody) and document.editor is None and document.kind in ("json", "yaml"):
        from . import editor_for

        base = editor_for(document.kind, document.dialect)
        if base is not None:
            document.editor = StandInEditor(base, document.stand_in, document.held)
    return document
