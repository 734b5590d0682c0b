"""Fix operations as edits of YAML text: comments, indentation and the other members stay as written.

Values are written so that YAML 1.1 and YAML 1.2 read them alike: strings double-quoted,
`true`/`false`, plain decimal numbers (floats with a dot and a signed exponent), collections in
flow style. Anchors, aliases, tags, merge keys and block scalars are never edited (a key written beside a merge key is).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

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
)
from ..core.jsontext import code
from ..core.lines import LineIndex
from ..sources.document import DEFAULT_LIMITS
from ..sources.yaml_source import ParsedYaml, parse
from .carry import indentation, newline, reindented, unit
from .json_editor import Member, insertion, remove_range
from .text import CannotEdit, NotCarried, Splice, TextEditor, spliced

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-/]*")
_NOT_PRINTABLE = re.compile("[\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


def yaml_value(value: Any) -> str:
    """A JSON value as YAML flow text that YAML 1.1 and 1.2 read as the same value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):  # YAML has .inf and .nan; JSON, what the body becomes, has neither
            raise CannotEdit(value)
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}.0e{exponent}"
        return text
    if isinstance(value, str):
        quoted = json.dumps(value, ensure_ascii=False)
        return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
    if isinstance(value, list):
        return "[" + ", ".join(yaml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{yaml_value(str(k))}: {yaml_value(v)}" for k, v in value.items()) + "}"
    raise CannotEdit(value)


def yaml_key(name: str, style: str | None = None) -> str:
    """A mapping key: plain when every YAML version reads it as this text, else double-quoted."""
    plain = _PLAIN_KEY.fullmatch(name) and _RESOLVER.resolve(ScalarNode, name, (True, False)) == _STR  # type: ignore[no-untyped-call]
    if style is None and plain and name.lower() not in ("y", "n", "yes", "no", "on", "off"):
        return name
    return yaml_value(name)


class YamlEditor(TextEditor):
    """The TextEditor of YAML documents, read as YAML 1.1 or 1.2 (paths name keys as that version reads them)."""

    carries = True

    def __init__(self, version: str = "1.1", max_depth: int = DEFAULT_LIMITS.max_depth) -> None:
        self.version = version
        self.max_depth = max_depth  # (a body read alone below a path: the levels above it count too)
        #: The text whose comments were found last: its comments counted, and where each is ([start, end) offsets).
        self._comments: tuple[str, Counter[str], list[tuple[int, int]]] | None = None
        #: The text parsed last, what it gave and its collections' members: a pass renders all its fixes in one text, each
        #: without parsing it or listing a mapping's members again.
        self._parsed: tuple[str, ParsedYaml | Finding, _Listed | None] | None = None
        #: The text the last `apply` made and the comments a fix's insertions carried so far (counted by their text):
        #: a moved member's removal then cuts those, and keeps in place any other it takes (a wrapper's own note).
        self._carrying: tuple[str, Counter[str]] | None = None

    def parse(self, text: str) -> Any:
        return self._parse(text).value

    def _parse(self, text: str) -> ParsedYaml:
        return self._listed(text).parsed

    def _listed(self, text: str) -> _Listed:
        cached = self._parsed
        if cached is None or cached[0] is not text:
            parsed = parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=self.max_depth, version=self.version)
            cached = self._parsed = (text, parsed, None if isinstance(parsed, Finding) else _Listed(parsed))
        if cached[2] is None:
            assert isinstance(cached[1], Finding)
            raise CannotEdit(cached[1].message)
        return cached[2]

    def verify(self, old: str, new: str) -> None:
        """CannotEdit when the edits lose a comment: a comment belongs to the author, and operations carry none."""
        counted = self._comments_of(old)[1]
        kept = Counter(comments(new))
        for comment, count in counted.items():
            if kept[comment] < count:
                raise CannotEdit(f"the edit would drop the comment {comment!r}")

    def _comments_of(self, text: str) -> tuple[str, Counter[str], list[tuple[int, int]]]:
        cached = self._comments
        if cached is None or cached[0] is not text:  # every fix of a file is checked against one text
            spans = comment_spans(text)
            cached = self._comments = (text, Counter(_comment(text, span) for span in spans), spans)
        return cached

    def apply(self, text: str, operation: Operation) -> str:
        made = self.splice(text, operation)
        edited = spliced(text, made)
        carried = self._carried_so_far(text)
        if isinstance(operation, InsertMember) and "#" in made[2]:
            carried += Counter(comments(edited)) - self._comments_of(text)[1]
        elif isinstance(operation, RemoveMember) and operation.moved and carried:
            carried -= self._comments_of(text)[1] - Counter(comments(edited))
        self._carrying = (edited, carried) if carried else None
        return edited

    def _carried_so_far(self, text: str) -> Counter[str]:
        """The comments the fix's insertions carried, when `text` is what this editor's last `apply` made (a fix's
        operations are applied one after another, each on the text the one before made)."""
        chain = self._carrying
        return Counter(chain[1]) if chain is not None and chain[0] is text else Counter()

    def splice(self, text: str, operation: Operation) -> Splice:
        listed = self._listed(text)
        parsed = listed.parsed
        if isinstance(operation, InsertMember):
            container = _walk(parsed, operation.path, listed)[1]
            member = None
            if operation.source is not None or operation.sources:
                member = self._carried(text, listed, container, operation)
                if member is None:
                    raise NotCarried("an anchor, an alias, a `|+` block scalar, or a block or comment a flow collection "
                                     "cannot hold")
            if member is None:
                member = f"{yaml_key(operation.name)}: {yaml_value(operation.value)}"
            return _insertion(text, container, member)
        if not operation.path:
            if isinstance(operation, ReplaceValue):
                node = parsed.root
                _check_editable(text, node)
                start, end = _value_range(text, node)
                return start, end, yaml_value(operation.value)
            raise CannotEdit(operation)
        parent = _walk(parsed, operation.path[:-1], listed)[1]
        members = listed.members(parent)
        index = listed.last_index(parent, operation.path[-1])
        key, value = members[index][1], members[index][2]
        if isinstance(operation, RenameKey):
            if key is None or not isinstance(key, ScalarNode):
                raise CannotEdit(operation)
            _check_editable(text, key)
            style = key.style if key.style in ('"', "'") else None
            return key.start_mark.index, key.end_mark.index, yaml_key(operation.name, style)
        if isinstance(operation, ReplaceValue):
            _check_editable(text, value)
            start, end = _value_range(text, value)
            content = yaml_value(operation.value)
            return start, end, " " + content if start == end else content
        removal = _removal(text, parent, members, index)
        if isinstance(operation, RemoveMember) and operation.moved and not getattr(parent, "flow_style", False):
            # The comment lines above a moved member went with it (_member_piece): cut here too, unless not carried.
            lead = _lead(text, listed, operation.path[:-1], index)
            if lead is not None and not removal[2]:
                removal = (min(removal[0], _line_start(text, lead)), removal[1], "")
            elif lead is not None:
                removal = (min(removal[0], lead), removal[1], removal[2])
        carried = self._carried_so_far(text) if isinstance(operation, RemoveMember) and operation.moved else Counter()
        return self._keeping_comments(text, parent, members[index], removal, carried)

    def _carried(self, text: str, listed: _Listed, container: Node, operation: InsertMember) -> str | None:
        """The member an insertion writes, carried from where the author wrote it (InsertMember's `source`, or its
        `sources` as a new mapping): keys renamed, values and the comments in them as written, re-indented to where
        they land. None where that cannot be placed as it reads (an anchor or alias, a block in a flow collection, a
        kept block scalar): the value is then written anew."""
        if not isinstance(container, MappingNode):
            return None
        flow = bool(container.flow_style)
        target = None if flow or not container.value else " " * int(container.value[0][0].start_mark.column)
        if not flow and target is None:
            return None
        if operation.source is not None:
            found = _member_piece(text, listed, operation.source, operation.name, lead=not flow)
            if found is None:
                return None
            piece, old, block = found
            if flow:
                return piece if not block and "#" not in piece else None  # (a comment would end the flow collection's line)
            assert target is not None
            return reindented(piece, old, target) if old is not None else (piece if "\n" not in piece else None)
        sources = operation.sources
        if any(not path or not isinstance(path[-1], str) for _, path in sources):
            return None
        key = yaml_key(operation.name)
        parents = {path[:-1] for _, path in sources}
        if len(parents) == 1:
            (parent,) = parents
            whole = _mapping_piece(text, listed, parent, sources)
            if whole is not None:
                piece, old, block, step = whole
                if block and (flow or old is None):
                    return None
                if not flow and target is not None:
                    key = _lead_text(text, listed, parent, target) + key
                if block:
                    assert target is not None and old is not None
                    inner, line = target + step, newline(text)
                    return key + ":" + reindented(line + piece, old, inner)  # (the piece starts a line)
                return key + ": " + (reindented(piece, old, target) if old is not None and target is not None else piece)
        pieces = []
        for name, path in sources:
            found = _member_piece(text, listed, path, name, lead=not flow)
            if found is None:
                return None
            pieces.append(found)
        if flow or any(old is None for _, old, _ in pieces):
            if any(block or "\n" in piece or "\r" in piece or "#" in piece for piece, _, block in pieces):
                return None
            return key + ": {" + ", ".join(piece for piece, _, _ in pieces) + "}"
        assert target is not None
        inner = target + unit(text, None, None)
        line = newline(text)
        return key + ":" + "".join(line + inner + reindented(piece, old or inner, inner) for piece, old, _ in pieces)

    def _keeping_comments(self, text: str, parent: Node, member: tuple[str | int, Node | None, Node],
                          splice: Splice, carried: Counter[str] | None = None) -> Splice:
        """A removal that keeps the comments in what it cuts: a comment is the author's, and one ending the removed
        member's line (`type: flow  # legacy`) must not make the member impossible to remove. In a block collection
        each stays on a line of its own (one that stood alone, as it stood; one ending a line, at the member's
        indentation); in a flow collection the cut of a member before others stops at the first comment. `carried`:
        the comments a move's insertions wrote elsewhere, counted: those are cut (they went with their members)."""
        start, end, content = splice
        if content or "#" not in text[start:end]:
            return splice
        spans = self._comments_of(text)[2]
        left = Counter(carried or ())
        inside = []
        for span in spans[bisect.bisect_left(spans, (start, start)):]:
            if span[0] >= end:
                break
            comment = _comment(text, span)
            if left[comment] > 0:
                left[comment] -= 1  # (it went with its member)
            else:
                inside.append(span)
        if not inside:
            return splice
        if getattr(parent, "flow_style", False):
            return (start, inside[0][0], "") if start == _start(member, text) else splice  # not the last: cut to it
        indent = " " * int(_start(member, text) - _line_start(text, _start(member, text)))
        kept = []
        for comment_start, comment_end in inside:
            line_start = _line_start(text, comment_start)
            alone = not text[line_start:comment_start].strip()
            kept.append(text[line_start:comment_end] if alone else indent + text[comment_start:comment_end])
        if not kept[-1].endswith(("\r", "\n")):
            kept[-1] += _newline(text)
        return start, end, "".join(kept)

    def unmade(self, text: str, operations: Sequence[Operation]) -> str | None:
        """An anchor (`&name`) or alias (`*name`) in a member the operations move, remove, rename or replace, or in the
        mapping they add to: its node is written once and read in two places, so an edit of one changes the other, or
        leaves an alias with no anchor, and no rendering of the fix reads as it says (the values written anew too)."""
        if "&" not in text and "*" not in text:
            return None
        try:
            listed = self._listed(text)
            ranges = [_written_range(text, listed, path) for path in _touched(operations)]
            marks = _anchors_and_aliases(text)
        except (CannotEdit, yaml.YAMLError):
            return None
        for start, written in marks:
            if any(first <= start < last for first, last in ranges):
                what = "anchor" if written.startswith("&") else "alias"
                return (f"the YAML {what} {code(written)} is in what it edits: that node is read in two places, and an "
                        "edit of one changes the other; edit it by hand")
        return None

    def verified(self, old: str, splice: Splice) -> bool:
        start, end, content = splice
        if "#" in content:
            return False
        if "#" not in old:
            return True  # no comment before, none after: none lost
        # One scalar on one line (a key renamed, a value replaced) replaced by one scalar written whole: the text scans
        # as before around it, so a comment is lost only when it is touched: inside the replaced text, or right after
        # it (its `#` would follow other text). Anything else is verified on the edited text.
        if any(mark in content for mark in "\r\n") or any(mark in old[start:end] for mark in "#\r\n"):
            return False
        spans = self._comments_of(old)[2]
        last = bisect.bisect_right(spans, (end, len(old) + 1)) - 1  # the last comment starting at or before `end`
        return last < 0 or spans[last][1] <= start


def _touched(operations: Sequence[Operation]) -> list[Path]:
    """The members an edit of the operations writes in: each one removed, renamed or replaced, the mapping a member is
    added to (not the document's: that is the whole file), and each member an insertion carries from where it is."""
    paths: list[Path] = []
    for operation in operations:
        if isinstance(operation, InsertMember):
            paths += [path for _, path in operation.sources]
            if operation.source is not None:
                paths.append(operation.source)
            if operation.path:
                paths.append(operation.path)
        elif operation.path:
            paths.append(operation.path)
    return paths


def _written_range(text: str, listed: _Listed, path: Path) -> tuple[int, int]:
    """Where the member at `path` is written: from its key (or its value, in a sequence) to its value's end; to its key's
    line end where its value is an alias (whose node, the anchored one, is written elsewhere)."""
    key, node = _walk(listed.parsed, path, listed)
    start = int(key.start_mark.index) if key is not None else int(node.start_mark.index)
    end = int(node.end_mark.index)
    if end <= start:  # an alias: its node's marks are the anchor's
        end = _line_end(text, int(key.end_mark.index) if key is not None else start)
    return start, end


def _anchors_and_aliases(text: str) -> list[tuple[int, str]]:
    """Where each anchor and alias of a YAML text is, and how it is written (`&name`, `*name`), in text order."""
    return [(int(token.start_mark.index), text[token.start_mark.index:token.end_mark.index])
            for token in yaml.scan(text) if isinstance(token, (yaml.AnchorToken, yaml.AliasToken))]


def _carried_range(text: str, value: Node, key: Node | None = None) -> tuple[int, int] | None:
    """Where a member's value is written, as a move carries it: to its end, a block's last line and a comment ending
    it included (its line break not); a block collection under its `key` from the line after the key's (the comments
    above its first member are its own). None when it cannot be carried as written (an anchor or alias, a block scalar
    that keeps its trailing blank lines)."""
    start = int(value.start_mark.index)
    if text[start:start + 1] in ("&", "*"):
        return None
    if key is not None and isinstance(value, (MappingNode, SequenceNode)) and not value.flow_style:
        after = _line_end(text, int(key.end_mark.index))
        if after <= start and _BLANKS_AND_COMMENTS.fullmatch(text, after, _line_start(text, start)) is not None:
            start = after
    if isinstance(value, ScalarNode) and value.style in ("|", ">"):
        header = text[start:_line_end(text, start)]
        if "+" in header.split("#")[0]:
            return None  # `|+`: its trailing blank lines are its value, and the line after it is not
        end = _content_end(text, value)
    elif isinstance(value, (MappingNode, SequenceNode)) and not value.flow_style:
        end = _own_end(text, value)
        if _KEPT_BLOCK.search(text, start, end):
            return None  # (conservative: a `|+` inside, or text that reads like one)
    else:
        end = int(value.end_mark.index)
        trailing = _TRAILING_COMMENT.match(text, end)
        if trailing is not None:
            end = trailing.end()
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return start, end


def _own_end(text: str, node: Node) -> int:
    """Where a node's own text ends, line break included: a block collection's at its last member's line (a comment
    ending that line too), and the comment lines after it that are indented as its members (`# Flow.age: 3` kept
    there); a comment line after it indented less is the next member's (_lead) or its parent's."""
    last = node
    while isinstance(last, (MappingNode, SequenceNode)) and not last.flow_style and last.value:
        item = last.value[-1]
        last = item[1] if isinstance(last, MappingNode) else item
    floor = _line_end(text, max(int(last.start_mark.index), int(last.end_mark.index) - 1))
    if last is node or not isinstance(node, (MappingNode, SequenceNode)):
        return floor
    end = max(floor, _content_end(text, node))
    column = int(node.start_mark.column)
    while end > floor:
        line_start = _line_start(text, end - 1 if text[end - 1] in "\r\n" else end)
        if text[end - 1] == "\n" and end >= 2 and text[end - 2] == "\r":
            line_start = _line_start(text, end - 2)
        line = text[line_start:end].rstrip("\r\n")
        written = line.lstrip(" \t")
        if written and (not written.startswith("#") or len(line) - len(written) >= column):
            break
        end = line_start
    return end


def _lead_text(text: str, listed: _Listed, path: Path, target: str) -> str:
    """The comment lines just above the member at `path` (_lead), laid out to go before it where it lands indented
    `target`; empty when there are none."""
    if not path:
        return ""
    node = _walk(listed.parsed, path[:-1], listed)[1]
    index = listed.last_index(node, path[-1])
    above = _lead(text, listed, path[:-1], index)
    key = listed.members(node)[index][1]
    if above is None or key is None:
        return ""
    old = indentation(text, int(key.start_mark.index))
    written = text[above:key.start_mark.index]
    return reindented(written, old, target) if old is not None else ""


def _lead(text: str, listed: _Listed, parent: Path, index: int) -> int | None:
    """Where the comment lines written just above a block mapping's member start (its `#`): they are the member's, and
    go where it goes. None when there are none, and for the first member of the document (the file's own header)."""
    own_key, node = _walk(listed.parsed, parent, listed)
    if not isinstance(node, MappingNode) or node.flow_style:
        return None
    members = listed.members(node)
    key = members[index][1]
    if key is None:
        return None
    if index > 0:
        floor = _own_end(text, members[index - 1][2])
    elif own_key is not None:
        floor = _line_end(text, int(own_key.end_mark.index))
    else:
        return None
    first = None
    at = _line_start(text, int(key.start_mark.index))
    if text[at:key.start_mark.index].strip():
        return None
    while at > floor:
        line_start = _line_start(text, at - 1 if at >= 1 else 0)
        if text[at - 1:at] == "\n" and at >= 2 and text[at - 2] == "\r":
            line_start = _line_start(text, at - 2)
        written = text[line_start:at].strip(" \t\r\n")
        if written and not written.startswith("#"):
            break
        if written:
            first = line_start
        at = line_start
    if first is None:
        return None
    return first + len(text[first:]) - len(text[first:].lstrip(" \t"))


#: A block scalar's header that keeps its trailing blank lines.
_KEPT_BLOCK = re.compile(r"[|>][1-9]?\+")
#: Lines of blanks and comments only.
_BLANKS_AND_COMMENTS = re.compile(r"(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n))*")
#: Blanks and a comment after a value, to its line's end.
_TRAILING_COMMENT = re.compile(r"[ \t]+#[^\r\n]*")
#: An anchor or an alias: `&name` or `*name` after a blank or a flow indicator.
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\[\]{}]")


def _member_piece(text: str, listed: _Listed, path: Path, name: str, lead: bool = True
                  ) -> tuple[str, str | None, bool] | None:
    """The member at `path` as written, its key written `name` (as it was when the same): the text, the indentation
    of its line when it starts one, and whether its value is a block (a block scalar or collection); None when it cannot
    be carried (an anchor, an alias, a complex key). `lead`: the comment lines just above it go with it (_lead), where
    it lands in a block mapping."""
    parent = _walk(listed.parsed, path[:-1], listed)[1]
    members = listed.members(parent)
    index = listed.last_index(parent, path[-1])
    part, key, value = members[index]
    if key is None or not isinstance(key, ScalarNode) or part == _MERGED \
            or text[key.start_mark.index:key.start_mark.index + 1] in ("&", "*", "!"):
        return None
    carried = _carried_range(text, value)
    if carried is None:
        return None
    head = text[key.start_mark.index:key.end_mark.index] if part == name else yaml_key(name)
    above = _lead(text, listed, path[:-1], index) if lead else None
    piece = (text[above:key.start_mark.index] if above is not None else "") + head + text[key.end_mark.index:carried[1]]
    if _ANCHOR_OR_ALIAS.search(piece):
        return None
    block = (isinstance(value, ScalarNode) and value.style in ("|", ">")) or \
        (isinstance(value, (MappingNode, SequenceNode)) and not value.flow_style)
    return piece, indentation(text, int(key.start_mark.index)), block


def _mapping_piece(text: str, listed: _Listed, parent: Path, sources: tuple[tuple[str, Path], ...]
                   ) -> tuple[str, str | None, bool, str] | None:
    """The mapping at `parent` as written, comments and all, each key written as `sources` renames it, when `sources` are
    its members, every one, in order: its text (a block mapping's from its first key), the indentation of that key's line
    (a block's) or of the mapping's own key's (a flow one's), whether it is a block, and one level of its indentation;
    None otherwise."""
    if not parent:
        return None
    own_key, node = _walk(listed.parsed, parent, listed)
    if not isinstance(node, MappingNode) or own_key is None:
        return None
    renamed = {path[-1]: name for name, path in sources}
    members = listed.members(node)
    order: list[str | int] = []
    for part, key, _ in members:
        if part not in renamed or key is None or not isinstance(key, ScalarNode):
            return None
        if part not in order:
            order.append(part)
    if order != [path[-1] for _, path in sources]:
        return None
    block = not node.flow_style
    carried = _carried_range(text, node, own_key)
    if carried is None:
        return None
    start, end = carried
    parts, at = [], start
    for part, key, _ in members:
        assert key is not None
        parts.append(text[at:key.start_mark.index])
        parts.append(text[key.start_mark.index:key.end_mark.index] if part == renamed[part] else yaml_key(str(renamed[part])))
        at = int(key.end_mark.index)
    parts.append(text[at:end])
    piece = "".join(parts)
    if _ANCHOR_OR_ALIAS.search(piece) or "<<" in piece:
        return None
    own = indentation(text, int(own_key.start_mark.index))
    first = members[0][1]
    assert first is not None
    inner = indentation(text, int(first.start_mark.index))
    return piece, inner if block else own, block, unit(text, own, inner)


def apply_below(text: str, below: Path, operation: Operation, version: str = "1.1", bodies: BodiesBelow | None = None) -> str:
    """An operation on a body written as a YAML mapping below `below` in a YAML file (a saved request's `body:`),
    applied to the file as the body's own YAML editor would; CannotEdit when it would drop a comment.

    `bodies`: the file's bodies, shared by its launches' editors, which edit a body on its own text where they can
    (the file parsed once for them all, not once per operation of every launch's fix)."""
    if bodies is not None and bodies.version == version:
        edited = bodies.apply(text, below, operation)
        if edited is not None:
            return edited
    editor = YamlEditor(version)  # read as the saved request was read (the yaml-version setting)
    path = (*below, *operation.path)
    _check_unshared(text, editor._parse(text), below, path if isinstance(operation, InsertMember) else path[:-1])
    edited = editor.apply(text, dataclasses.replace(operation, path=path))
    editor.verify(text, edited)
    return edited


class _Region:
    """Where a body below a path is written in a text: from the start of its first line (`start`) to its node's end
    (`end`); `pad`: the characters before the body on that line, which are not the body's (a flow body after its key,
    `json: {…}`) and are read as as many spaces."""

    __slots__ = ("below", "end", "pad", "start")

    def __init__(self, below: Path, start: int, end: int, pad: int) -> None:
        self.below, self.start, self.end, self.pad = below, start, end, pad


class BodiesBelow:
    """The YAML bodies written below paths in one file's text (an Artillery script's steps), edited as apply_below
    edits them, each on its own text: the file's text (`text`, the one text it is for) is parsed once, to find where
    each body is written, and an operation reads only the lines of the body it edits, the rest of the file copied
    around it. The texts made so are remembered (the last few, by identity), so a fix's next operation reads its body
    there too. So the fixes of N launches cost one parse of the file and a parse of each body, not parses of the
    whole file per operation.

    Read alone, a body is read as in the file: the same characters at the same columns (a flow body's key before it
    read as spaces), as deep as the levels above it let it be. Where that may not hold (an anchor or alias, a
    directive, mixed line breaks, a body sharing its first line with more than its key), `apply` gives None and the
    whole file is edited."""

    def __init__(self, text: str, version: str, parsed: ParsedYaml | None = None) -> None:
        self.text = text
        self.version = version
        self._file = YamlEditor(version)
        if parsed is not None and _parse_of(parsed, text):  # the reader's parse of the very text: not parsed again
            self._file._parsed = (text, parsed, _Listed(parsed))
        self._regions: dict[Path, _Region | None] = {}
        self._made: list[tuple[str, _Region]] = []
        self._directive: bool | None = None
        #: Bodies read alone, by operation (counted: a test proves the file itself is not parsed per operation).
        self.reads = 0

    def apply(self, text: str, below: Path, operation: Operation) -> str | None:
        """`text` with the operation applied to the body below `below`; None where the body is not read alone (the
        caller edits the whole file), CannotEdit as apply_below."""
        if not below or (not operation.path and not isinstance(operation, InsertMember)):
            return None  # (the body itself replaced or removed: an edit of the member holding it)
        region = self._region(below) if text is self.text else \
            next((made for seen, made in self._made if seen is text and made.below == below), None)
        if region is None:
            return None
        body = " " * region.pad + text[region.start + region.pad:region.end]
        if _newline(body) != _newline(text):
            return None  # a block insertion writes the file's line break
        editor = YamlEditor(self.version, DEFAULT_LIMITS.max_depth - len(below))
        self.reads += 1
        try:
            parsed = editor._parse(body)
        except CannotEdit:
            return None  # the whole file's parse says what it says
        if body[parsed.root.start_mark.index:parsed.root.start_mark.index + 1] in ("&", "*"):
            raise CannotEdit("an anchor or alias on the way to the body's member")
        _check_unshared(body, parsed, (), operation.path if isinstance(operation, InsertMember) else operation.path[:-1])
        start, end, content = editor.splice(body, operation)
        if start < region.pad:
            return None  # (never: an edit inside a flow body)
        editor.verify(body, spliced(body, (start, end, content)))
        edited = spliced(text, (region.start + start, region.start + end, content))
        made = _Region(below, region.start, region.end + len(content) - (end - start), region.pad)
        self._made = [*self._made[-3:], (edited, made)]
        return edited

    def _region(self, below: Path) -> _Region | None:
        if below not in self._regions:
            self._regions[below] = self._find(below)
        return self._regions[below]

    def _find(self, below: Path) -> _Region | None:
        text = self.text
        if self._directive is None:
            self._directive = _DIRECTIVE.search(text) is not None  # a %TAG or %YAML directive: the whole document's
        if self._directive:
            return None
        try:
            node = _walk(self._file._parse(text), below, self._file._listed(text))[1]
        except CannotEdit:
            return None
        start, end = int(node.start_mark.index), int(node.end_mark.index)
        if text[start:start + 1] in ("&", "*", "!"):
            return None  # the body anchored, an alias or tagged: edited as a member of the file
        line = _line_start(text, start)
        flow = isinstance(node, (MappingNode, SequenceNode)) and bool(node.flow_style)
        if not flow and text[line:start].strip(" "):
            return None  # a block body after its key or a dash: its first member shares that line
        region = _Region(below, line, end, start - line if flow else 0)
        written = text[start:end]
        if "&" in written or "*" in written:  # an anchor or alias inside: one outside may name it, or it one outside
            try:
                if any(isinstance(token, (yaml.AnchorToken, yaml.AliasToken))
                       for token in yaml.scan(" " * region.pad + text[line + region.pad:end])):
                    return None
            except yaml.YAMLError:
                return None
        return region


_DIRECTIVE = re.compile(r"^%", re.MULTILINE)


def _parse_of(parsed: ParsedYaml, text: str) -> bool:
    """Whether a parse is of `text` (PyYAML's marks keep the text they were read from, with a NUL after it)."""
    buffer = getattr(parsed.root.start_mark, "buffer", None)
    return isinstance(buffer, str) and len(buffer) == len(text) + 1 and buffer.startswith(text)


def _check_unshared(text: str, parsed: ParsedYaml, below: Path, path: Path) -> None:
    """CannotEdit when a mapping or list on the way from the body (`below`) down to `path` is anchored or an alias:
    the same node is written elsewhere too (a `query:`, a `defaults:` block), so an edit in it edits that as well."""
    node = parsed.root
    for depth, part in enumerate(path, 1):
        members = _members(parsed, node)
        node = members[_last_index(members, part)][2]
        if depth >= len(below) and text[node.start_mark.index:node.start_mark.index + 1] in ("&", "*"):
            raise CannotEdit("an anchor or alias on the way to the body's member")


def comments(text: str) -> list[str]:
    """The comments of a YAML text, each from its `#` to the end of its line (a `#` inside a scalar is none)."""
    return [_comment(text, span) for span in comment_spans(text)]


def _comment(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]].rstrip("\r\n")


def comment_spans(text: str) -> list[tuple[int, int]]:
    """Where the comments of a YAML text are, in text order: [start, end) from each `#` to its line's end, line break
    included (a `#` inside a scalar is none)."""
    if "#" not in text:
        return []
    try:
        scalars = [(token.start_mark.index, token.end_mark.index) for token in yaml.scan(text)
                   if isinstance(token, yaml.ScalarToken)]
    except yaml.YAMLError as err:
        raise CannotEdit("the text does not scan") from err
    starts = [start for start, _ in scalars]  # in text order: the scalar holding a `#` is the last one starting before it

    def in_scalar(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < scalars[index][1]

    found = []
    position = text.find("#")
    while position >= 0:
        if (position == 0 or text[position - 1] in " \t\r\n") and not in_scalar(position):
            end = _line_end(text, position)
            found.append((position, end))
            position = text.find("#", end)
        else:
            position = text.find("#", position + 1)
    return found


def earlier_duplicate_fix(text: str, parsed: ParsedYaml, finding: Finding) -> Fix | None:
    """Remove the occurrence of a repeated key before the one the finding points at (the last one is what is sent)."""
    if finding.span is None or not finding.path:
        return None
    try:
        parent = _walk(parsed, finding.path[:-1])[1]
        members = _members(parsed, parent)
    except CannotEdit:
        return None
    repeat = next((i for i, (_, key, _) in enumerate(members) if key is not None
                   and (key.start_mark.line + 1, key.start_mark.column + 1) == (finding.span.line, finding.span.column)), None)
    earlier = next((i for i in range(repeat - 1, -1, -1) if members[i][0] == finding.path[-1]), None) if repeat else None
    if earlier is None:
        return None
    try:
        edited = _remove(text, parent, members, earlier)
    except CannotEdit:
        return None
    start, end = _trimmed(text, edited)
    return Fix(Applicability.UNSAFE, f"remove the earlier {code(finding.path[-1])}, the one YAML drops (keep the one you meant)", (),
               (Edit(start, end, "", LineIndex(text).span(start, end)),))


def _trimmed(old: str, new: str) -> tuple[int, int]:
    """The range of `old` that was cut to give `new` (new is old without one slice)."""
    start = 0
    while start < len(new) and old[start] == new[start]:
        start += 1
    return start, start + len(old) - len(new)


def _walk(parsed: ParsedYaml, path: Path, listed: _Listed | None = None) -> tuple[Node | None, Node]:
    """The key node (None at the top or in a sequence) and value node at a path (`listed`: the parse's members)."""
    key: Node | None = None
    node: Node = parsed.root
    for part in path:
        if listed is not None:
            members, index = listed.members(node), listed.last_index(node, part)
        else:
            members = _members(parsed, node)
            index = _last_index(members, part)
        key, node = members[index][1], members[index][2]
    return key, node


YamlMember = tuple[str | int, Node | None, Node]


class _Listed:
    """The members of one parse's collections, each listed once, and where the last member of each name is
    (what `_members` and `_last_index` give, without a scan of the collection per operation)."""

    def __init__(self, parsed: ParsedYaml) -> None:
        self.parsed = parsed
        self._lists: dict[int, tuple[list[YamlMember], dict[str | int, int]] | CannotEdit] = {}

    def _listed(self, node: Node) -> tuple[list[YamlMember], dict[str | int, int]]:
        found = self._lists.get(id(node))
        if found is None:
            try:
                members = _members(self.parsed, node)
                found = members, {part: index for index, (part, _, _) in enumerate(members)}  # the last of a name wins
            except CannotEdit as error:
                found = error
            self._lists[id(node)] = found
        if isinstance(found, CannotEdit):
            raise CannotEdit(*found.args)
        return found

    def members(self, node: Node) -> list[YamlMember]:
        return self._listed(node)[0]

    def last_index(self, node: Node, part: str | int) -> int:
        index = self._listed(node)[1].get(part)
        if index is None:
            raise CannotEdit(part)
        return index


_MERGED = "\x00<<"  # the part of a merge key's member: no key of a parsed body is written so


def _members(parsed: ParsedYaml, node: Node) -> list[tuple[str | int, Node | None, Node]]:
    if isinstance(node, MappingNode):
        # A merge key (`<<: *defaults`) stays a member of its own, never addressed: the keys it brings are written at
        # the anchor, and only those written here are edited (the proof rejects an edit that uncovers or shadows one).
        return [(_MERGED if k.tag == "tag:yaml.org,2002:merge" else str(parsed.key_names.get(id(k), k.value))
                 if isinstance(k, ScalarNode) else "", k, v) for k, v in node.value]
    if isinstance(node, SequenceNode):
        return [(i, None, item) for i, item in enumerate(node.value)]
    raise CannotEdit(node)


def _last_index(members: list[tuple[str | int, Node | None, Node]], part: str | int) -> int:
    for index in range(len(members) - 1, -1, -1):
        if members[index][0] == part:
            return index
    raise CannotEdit(part)


def _check_editable(text: str, node: Node) -> None:
    if text[node.start_mark.index:node.start_mark.index + 1] in ("&", "*", "!"):
        raise CannotEdit("an anchor, alias or tag")  # other places refer to it: editing it edits them
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        raise CannotEdit("a block scalar")
    if not isinstance(node, ScalarNode) and not getattr(node, "flow_style", False):
        raise CannotEdit("a block collection")


def _value_range(text: str, node: Node) -> tuple[int, int]:
    return node.start_mark.index, node.end_mark.index


def _start(member: tuple[str | int, Node | None, Node], text: str) -> int:
    """Where a member begins: its key, or for a sequence item the `-` before it."""
    _, key, value = member
    if key is not None:
        return int(key.start_mark.index)
    start = int(value.start_mark.index)
    dash = text.rfind("-", 0, start)
    return dash if dash >= 0 and not text[dash + 1:start].strip() else start


def _content_end(text: str, node: Node) -> int:
    """The end of the last line holding the node's text, line break included."""
    end = int(node.end_mark.index)
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return _line_end(text, end)


def _line_end(text: str, offset: int) -> int:
    match = re.compile(r"[^\r\n]*(\r\n|\r|\n)?").match(text, offset)
    return match.end() if match else len(text)


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _remove(text: str, parent: Node, members: list[tuple[str | int, Node | None, Node]], index: int) -> str:
    return spliced(text, _removal(text, parent, members, index))


def _removal(text: str, parent: Node, members: list[tuple[str | int, Node | None, Node]], index: int) -> Splice:
    if getattr(parent, "flow_style", False):
        flow = [_flow_member(text, member) for member in members]
        start, end = remove_range(flow, index, parent.start_mark.index, parent.end_mark.index - 1)
        return start, end, ""
    member = members[index]
    if len(members) == 1:  # an emptied block collection must stay a collection, not become null
        empty = "{}" if isinstance(parent, MappingNode) else "[]"
        start = member[1].start_mark.index if member[1] is not None else _start(member, text)
        end = _content_end(text, member[2])
        newline = text[end - 1:end] if end and text[end - 1] in "\r\n" else ""
        if newline == "\n" and end > 1 and text[end - 2] == "\r":
            newline = "\r\n"
        return start, end, empty + newline
    start = _line_start(text, _start(member, text))
    if text[start:_start(member, text)].strip():
        raise CannotEdit("a member sharing its line")  # `- a: 1` : the dash belongs to the sequence item
    following = index + 1 < len(members)
    end = _line_start(text, _start(members[index + 1], text)) if following else _content_end(text, member[2])
    return start, end, ""


def _flow_member(text: str, member: tuple[str | int, Node | None, Node]) -> Member:
    part, key, value = member
    key_span = (key.start_mark.index, key.end_mark.index) if key is not None else None
    return part, key_span, value.start_mark.index, value.end_mark.index


def _insertion(text: str, container: Node, member: str) -> Splice:
    if not isinstance(container, MappingNode):
        raise CannotEdit("not a mapping")
    if container.flow_style:
        members = [_flow_member(text, (k.value, k, v)) for k, v in container.value]
        return insertion(text, container.start_mark.index, members, member)
    if not container.value:
        raise CannotEdit("an empty block mapping")
    first_key: Node = container.value[0][0]
    indent = " " * int(first_key.start_mark.column)
    end = int(_content_end(text, container.value[-1][1]))
    newline = _newline(text)
    prefix = "" if end == 0 or text[end - 1] in "\r\n" else newline
    return end, end, prefix + indent + member + newline


def _newline(text: str) -> str:
    match = re.search(r"\r\n|\r|\n", text)
    return str(match.group()) if match else "\n"
