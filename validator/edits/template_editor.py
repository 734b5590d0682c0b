"""Fix operations in a body kept as a template (a walked JSON with `${…}` holes, a page's `{{ … }}` tags): the kind's
editor works on the text as the check read it (each hole or tag a stand-in of the same width, sources' TemplateBody),
and its edit is made in the file's own text at the same place. An edit that would rewrite a hole or a tag is none
(CannotEdit): a fix never changes what the template engine fills in. The edited file is proven as any body is, read
again with its holes unknown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from ..core.diagnostics import InsertMember, Operation, RemoveMember
from ..sources.document import Document, TemplateBody
from .text import CannotEdit, Splice, TextEditor, difference, spliced


class StandInEditor(TextEditor):
    """The TextEditor of a template body: `base` (the kind's editor) on `stand_in(text)` (the text as read, or None
    when it no longer reads so), what it parses turned into the body as read by `held` (its holes unknown)."""

    def __init__(self, base: TextEditor, stand_in: Callable[[str], str | None], held: Callable[[Any], Any]) -> None:
        self.base = base
        self.stand_in = stand_in
        self.held = held
        # A moved member is carried from the file's own text (its comments and holes with it) where the base editor
        # copies from a text it is given (JSON's); a YAML body's would copy the stand-ins: written anew there.
        self._copying: Callable[[str, Operation, str], Splice] | None = getattr(base, "splice_copying", None)
        self.carries = base.carries and self._copying is not None

    def _read(self, text: str) -> str:
        read = self.stand_in(text)
        if read is None or len(read) != len(text):
            raise CannotEdit("the template no longer reads with its holes unknown")
        return read

    def parse(self, text: str) -> Any:
        return self.held(self.base.parse(self._read(text)))

    def splice(self, text: str, operation: Operation) -> Splice:
        read = self._read(text)
        base = self.base
        if self.carries and isinstance(operation, (InsertMember, RemoveMember)) and self._copying is not None:
            made: Splice | None = self._copying(read, operation, text)
        else:
            made = base.splice(read, operation)
        if made is None:
            made = difference(read, base.apply(read, operation))
        start, end, _ = made
        if text[start:end] != read[start:end] and not (self.carries and isinstance(operation, RemoveMember)):
            # (a member removed: the comments beside it are kept in place, those inside it moved with it, which
            # verify checks of the whole fix)
            raise CannotEdit("the edit would rewrite a template's hole or tag")
        return made

    def apply(self, text: str, operation: Operation) -> str:
        return spliced(text, self.splice(text, operation))

    def verify(self, old: str, new: str) -> None:
        read_old, read_new = self._read(old), self._read(new)
        self.base.verify(read_old, read_new)
        if self.carries:
            kept = Counter(_holes(new, read_new))
            for hole, count in Counter(_holes(old, read_old)).items():
                if kept[hole] < count:
                    raise CannotEdit(f"the edit would drop {hole!r}")

    def verified(self, old: str, splice: Splice) -> bool:
        read = self._read(old)
        start, end, _ = splice
        if self.carries and old[start:end] != read[start:end]:
            return False  # (a removal over a comment: verify says whether every comment is still there)
        return self.base.verified(read, splice)


def _holes(text: str, read: str) -> Iterator[str]:
    """The runs of characters where the text differs from its reading (a comment's words, a hole): what an edit must
    keep, wherever it puts them. Linear in the text."""
    start = None
    for index, (written, seen) in enumerate(zip(text, read, strict=True)):
        if written != seen:
            if start is None:
                start = index
        elif start is not None:
            yield text[start:index]
            start = None
    if start is not None:
        yield text[start:]


def with_template_editor(document: Document) -> Document:
    """The document, a template body given its StandInEditor (a JSON or YAML one with no editor of its own)."""
    if isinstance(document, TemplateBody) and document.editor is None and document.kind in ("json", "yaml"):
        from . import editor_for

        base = editor_for(document.kind, document.dialect)
        if base is not None:
            document.editor = StandInEditor(base, document.stand_in, document.held)
    return document
