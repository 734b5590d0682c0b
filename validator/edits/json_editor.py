"""Fix operations as edits of JSON text: only the bytes of the member concerned change."""

from __future__ import annotations

import json
import re
from typing import Any

from ..core.diagnostics import (
    Applicability,
    Edit,
    Finding,
    Fix,
    InsertMember,
    Operation,
    Path,
    RemoveMember,
    RenameKey,
    ReplaceValue,
    SetUrl,
)
from ..core.jsontext import code
from ..core.lines import LineIndex
from ..core.unknown import OpenObject, Unknown
from ..sources.json_source import JsonLocator, parse
from ..sources.velocity import TemplateHole
from .carry import indentation, leading, member_separator, newline, reindented, unit
from .text import CannotEdit, NotCarried, Splice, TextEditor, spliced

#: A member of a container: (key or index, key span or None, value start, value end).
Member = tuple[str | int, tuple[int, int] | None, int, int]


def json_text(value: Any) -> str:
    """A value as one line of JSON, non-ASCII kept as written (escaped only when it cannot be encoded); CannotEdit for
    a number JSON has no form for (a fix never writes NaN or Infinity). A template's hole is written as the string it
    renders into (`"${input.flowId}"`)."""
    value = _written(value)
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise CannotEdit(value) from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only its escape can be saved
        text = json.dumps(value)
    return text


def _written(value: Any) -> Any:
    """The value as a fix writes it: a template's hole as its string; CannotEdit where a part is only rendered at run
    time (an unknown value, an object with members not seen: `${x}` or a page's tag read as one)."""
    if isinstance(value, TemplateHole):
        return value.source
    if isinstance(value, (Unknown, OpenObject)):
        raise CannotEdit(value)
    if isinstance(value, dict):
        return {key: _written(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_written(item) for item in value]
    return value


class _Scanner(JsonLocator):
    def start(self, path: Path) -> tuple[tuple[int, int] | None, int]:
        if not path:
            return None, self._skip_ws(0)
        found = self._find(path)
        if found is None:
            raise CannotEdit(path)
        return found

    def end(self, start: int) -> int:
        return self._value_end(start)

    def members(self, path: Path) -> tuple[int, int, list[Member]]:
        """The container at `path`: its opening and closing bracket offsets, and its members."""
        _, start = self.start(path)
        if self.text[start] not in "{[":
            raise CannotEdit(path)
        members = [(part, key, value, self._value_end(value)) for part, key, value in self._members(start)]
        return start, self._value_end(start) - 1, members


class JsonEditor(TextEditor):
    """The TextEditor of JSON documents."""

    carries = True

    def parse(self, text: str) -> Any:
        parsed = parse(text)
        if isinstance(parsed, Finding):
            where = f" at {parsed.span.line}:{parsed.span.column}" if parsed.span is not None else ""
            raise CannotEdit(f"{parsed.code}{where}: {parsed.message}")
        return parsed.value

    def __init__(self) -> None:
        self._last: _Scanner | None = None  # the scanner of the text edited last: a pass renders all its fixes in one text

    def apply(self, text: str, operation: Operation) -> str:
        return spliced(text, self.splice(text, operation))

    def splice(self, text: str, operation: Operation) -> Splice:
        return self.splice_copying(text, operation, text)

    def splice_copying(self, text: str, operation: Operation, written: str) -> Splice:
        """`splice`, a moved member's text copied from `written`: the text as the file has it, at the same offsets as
        `text` (a JSONC file's, whose comments `text` has blanked)."""
        scanner = self._last
        if scanner is None or scanner.text is not text:
            scanner = self._last = _Scanner(text)
        if isinstance(operation, RenameKey):
            key, _ = scanner.start(operation.path)
            if key is None:
                raise CannotEdit(operation)
            return key[0], key[1], json_text(operation.name)
        if isinstance(operation, ReplaceValue):
            _, start = scanner.start(operation.path)
            written_as = operation.text  # the author's JSON text (a string's content): the proof reads it again
            return start, scanner.end(start), written_as if written_as is not None else json_text(operation.value)
        if isinstance(operation, SetUrl):
            raise CannotEdit(operation)  # a request's URL: no payload file writes one
        if isinstance(operation, RemoveMember):
            if not operation.path:
                raise CannotEdit(operation)
            opening, closing, members = scanner.members(operation.path[:-1])
            index = _last_index(members, operation.path[-1])
            made = removal(text, members, index, opening, closing)
            return made if written is text else _keeping_comments(text, written, members, index, made)
        opening, closing, members = scanner.members(operation.path)
        if text[opening] != "{":
            raise CannotEdit(operation)
        member = None
        if operation.source is not None or operation.sources:
            member = _carried(scanner, written, operation, opening, members)
            if member is None:
                raise NotCarried("a member's text could not be placed there as written")
        if member is None:
            member = f"{json_text(operation.name)}: {json_text(operation.value)}"
        return insertion(text, opening, members, member)

    def verified(self, old: str, splice: Splice) -> bool:
        return True  # JSON text keeps nothing beside its body


Container = tuple[int, int, list[Member]]


def _keeping_comments(text: str, written: str, members: list[Member], index: int, made: Splice) -> Splice:
    """A member's removal in a text with comments (`written`; `text` is it with them blanked): the comments the cut
    takes beside the member (`"a": 1, // cents`, a comment line above the last member) are left where they are, only
    the member and its comma go. Comments inside the member are cut with it (a move carries them: the editor's caller
    checks that none is lost)."""
    start, end, content = made
    if content or written[start:end] == text[start:end]:
        return made
    _, key, value_start, value_end = members[index]
    first = key[0] if key else value_start
    before, after = written[start:max(start, first)], written[max(start, value_end):end] if value_end < end else ""
    if before == text[start:max(start, first)] and after == (text[max(start, value_end):end] if value_end < end else ""):
        return made  # comments inside the member only: cut with it
    if after and index + 1 < len(members):  # the member and the comma after it: what follows stays
        comma = text.index(",", value_end, end) - value_end
        after = after[:comma] + after[comma + 1:]
        return start, end, before + after.lstrip(" \t")
    if before and "," in text[start:first]:  # the last member and the comma before it
        comma = text.index(",", start, first) - start
        before = (before[:comma] + before[comma + 1:]).rstrip(" \t")
        if _LINE_BREAK_NEXT.match(text, end) and _BREAK_AT_END.search(before):
            before = _BREAK_AT_END.sub("", before)
        return start, end, before + after
    return start, end, before + after  # the only member: no comma


#: A line break at the end of a text; _LINE_BREAK_NEXT: blanks, then a line break.
_BREAK_AT_END = re.compile(r"(\r\n|\r|\n)\Z")
_LINE_BREAK_NEXT = re.compile(r"[ \t]*(\r\n|\r|\n)")


def _carried(scanner: _Scanner, written: str, operation: InsertMember, opening: int, members: list[Member]) -> str | None:
    """The member an insertion writes, carried from where the author wrote it (its `source`, or its `sources` as a new
    object): the values' text as written, laid out as the object it lands in; None where it cannot be (an array item)."""
    text = scanner.text
    target = None  # the indentation of the object's members, when each starts a line of its own
    if members:
        first = members[0][1][0] if members[0][1] else members[0][2]
        if "\n" in text[opening:first] or "\r" in text[opening:first]:
            target = indentation(text, first)
    name = operation.name
    if operation.source is not None:
        found = _member_text(scanner, written, operation.source, name)
        if found is None:
            return None
        piece, old = found
        return reindented(piece, old, target) if old is not None and target is not None else piece
    sources = operation.sources
    if any(not path or not isinstance(path[-1], str) for _, path in sources):
        return None
    parents = {path[:-1] for _, path in sources}
    key = json_text(name)
    if len(parents) == 1:
        (parent,) = parents
        whole = _container_text(scanner, written, parent, sources)
        if whole is not None:
            piece, old, colon = whole
            return key + colon + (reindented(piece, old, target) if old is not None and target is not None else piece)
    pieces: list[tuple[str, str | None]] = []
    listed: dict[Path, dict[str | int, list[Member]]] = {}  # each object's members by key, scanned once (not once per member moved from it)
    for new_name, path in sources:
        found = _member_text(scanner, written, path, new_name, every=True, listed=listed)
        if found is None:
            return None
        pieces.append(found)
    if target is None or any(old is None for _, old in pieces):  # laid out on one line, as the object or the source is
        return key + ": {" + ", ".join(piece for piece, _ in pieces) + "}"
    inner = target + unit(text, leading(text, opening), target)
    line = newline(text)
    return key + ": {" + line + f",{line}".join(inner + reindented(piece, old or inner, inner) for piece, old in pieces) \
        + line + target + "}"


def _member_text(scanner: _Scanner, written: str, path: Path, name: str, every: bool = False,
                 listed: dict[Path, dict[str | int, list[Member]]] | None = None) -> tuple[str, str | None] | None:
    """The member at `path` as written, its key written `name` (as it was when it reads so), and the indentation of its
    line when it starts one; `every`: each member of that key in its object, in order (a key written twice stays so).
    `listed`: the members of the objects scanned so far, by path, and the members of each by key."""
    if not path or not isinstance(path[-1], str):
        return None
    listed = {} if listed is None else listed
    grouped = listed.get(path[:-1])
    if grouped is None:
        grouped = listed[path[:-1]] = {}
        for member in scanner.members(path[:-1])[2]:
            grouped.setdefault(member[0], []).append(member)
    found = grouped.get(path[-1], [])
    if not found or found[0][1] is None:
        return None
    kept = found if every else found[-1:]
    texts = []
    for part, key, _, end in kept:
        assert key is not None
        head = written[key[0]:key[1]] if part == name else json_text(name)
        texts.append(head + written[key[1]:end])
    old = indentation(scanner.text, kept[0][1][0]) if kept[0][1] is not None else None
    if len(texts) > 1 and old is None:
        return None  # (several on one line: joined as they were would need their separators)
    return (f",{newline(scanner.text)}{old}" if old is not None else ", ").join(texts), old


def _container_text(scanner: _Scanner, written: str, parent: Path, sources: tuple[tuple[str, Path], ...]
                    ) -> tuple[str, str | None, str] | None:
    """The object at `parent` as written (comments, commas and layout kept), each key written as `sources` renames it,
    when `sources` are its members, every one, in order: its text, the indentation of the line its member starts, and
    what the author wrote between its key and it. None when it is not all moved as it is."""
    if not parent:
        return None
    opening, closing, members = scanner.members(parent)
    if scanner.text[opening] != "{":
        return None
    renamed = {path[-1]: new_name for new_name, path in sources}
    order: list[str | int] = []
    for part, key, _, _ in members:
        if part not in renamed or key is None:
            return None
        if part not in order:
            order.append(part)
    if order != [path[-1] for _, path in sources]:
        return None
    parts = []
    at = opening
    for part, key, _, _ in members:
        assert key is not None
        parts.append(written[at:key[0]])
        new_name = renamed[part]
        parts.append(written[key[0]:key[1]] if part == new_name else json_text(new_name))
        at = key[1]
    parts.append(written[at:closing + 1])
    own_key, value_start = scanner.start(parent)
    if own_key is None:
        return None
    return "".join(parts), indentation(scanner.text, own_key[0]), written[own_key[1]:value_start]


def earlier_duplicate_fix(text: str, path: Path, repeat: int, *, containers: dict[Path, Container | None] | None = None,
                          lines: LineIndex | None = None) -> Fix | None:
    """Remove the occurrence of a repeated key before the one whose key starts at `repeat` (parsers keep the last).

    `containers` keeps each object's members between calls, so a key repeated n times costs one scan, not n.
    """
    containers = {} if containers is None else containers
    if path[:-1] not in containers:
        try:
            containers[path[:-1]] = _Scanner(text).members(path[:-1])
        except CannotEdit:
            containers[path[:-1]] = None
    container = containers[path[:-1]]
    if container is None:
        return None
    opening, closing, members = container
    at = next((i for i, member in enumerate(members) if member[1] is not None and member[1][0] == repeat), None)
    earlier = next((i for i in range(at - 1, -1, -1) if members[i][0] == path[-1]), None) if at is not None else None
    if earlier is None:
        return None
    start, end = remove_range(members, earlier, opening, closing)
    return Fix(Applicability.UNSAFE, f"remove the earlier {code(path[-1])}, the one parsers drop (keep the one you meant)", (),
               (Edit(start, end, "", (lines or LineIndex(text)).span(start, end)),))


def remove_range(members: list[Member], index: int, opening: int, closing: int) -> tuple[int, int]:
    """What to cut to remove one member of a JSON-like container, with the separator it no longer needs."""
    _, key, value_start, value_end = members[index]
    start = key[0] if key else value_start
    if index + 1 < len(members):  # up to the next member: its own comma and indentation go too
        following = members[index + 1]
        return start, following[1][0] if following[1] else following[2]
    if index > 0:  # the last one: from the end of the one before, so its comma goes
        return members[index - 1][3], value_end
    return opening + 1, closing  # the only one: the container is left empty, `{}`


def removal(text: str, members: list[Member], index: int, opening: int, closing: int) -> Splice:
    """The splice removing one member of a JSON-like container (remove_range), keeping the blanks that end the line
    before it when it is the last member on a line of its own: only the comma goes from a line no fix is about."""
    start, end = remove_range(members, index, opening, closing)
    if index + 1 < len(members) or index == 0:
        return start, end, ""
    trailing = _COMMA_BLANKS.match(text, start)
    if trailing is None:
        return start, end, ""
    after = _BLANKS.match(text, end)  # the removed member's own line's blanks go with it
    return start, after.end() if after else end, trailing.group(1)


#: After a value: its comma, then blanks up to a line break (group 1: the blanks); _BLANKS: the blanks without a comma.
_COMMA_BLANKS = re.compile(r"[ \t]*,([ \t]+)(?=\r|\n)")
_BLANKS = re.compile(r"([ \t]+)(?=\r|\n)")


def insert_member(text: str, opening: int, members: list[Member], member: str) -> str:
    """Add a member text at the end of a JSON-like container, separated as its members are."""
    return spliced(text, insertion(text, opening, members, member))


def insertion(text: str, opening: int, members: list[Member], member: str) -> Splice:
    """The splice adding a member text at the end of a JSON-like container, separated as its members are."""
    if not members:
        return opening + 1, opening + 1, member
    first = members[0]
    first_start = first[1][0] if first[1] else first[2]
    separator = member_separator(text[opening + 1:first_start])
    end = members[-1][3]
    trailing = _BLANKS.match(text, end)
    if trailing and separator != " ":  # blanks end the line: they stay there
        return end, trailing.end(), f",{trailing.group(1)}{separator}{member}"
    return end, end, f",{separator}{member}"


def _last_index(members: list[Member], part: str | int) -> int:
    """The member a parser keeps: the last of repeated keys."""
    for index in range(len(members) - 1, -1, -1):
        if members[index][0] == part:
            return index
    raise CannotEdit(part)
