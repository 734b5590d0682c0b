"""Fix operations as edits of a launch in a code or request file: the same edits as in a payload file.

A body written as JSON inside a string (a Postman raw body, a HAR `postData.text`, an .http body,
curl -d '…', a JS or Python string literal) is edited with the JSON editor on the embedded text,
and the edit is mapped back through the string's escaping to the file, only when that mapping is
exact. A body written as a JS/TS object or a Python dict literal is edited in the code: a key
renamed in its own quote style, a member removed with its comma, a known literal replaced or a
member inserted in the language's own literal syntax. An unknown value's text is never rewritten.

Each edit is proven as the JSON and YAML editors' are (editors.render): the launch is extracted
again from the edited file and must hold exactly the body the operations produce.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import itertools
import json
import keyword
import math
import re
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, AnyStr

from ..core.diagnostics import InsertMember, Operation, Path, RemoveMember, RenameKey, ReplaceValue, SetUrl
from ..core.jsontext import code
from ..core.unknown import contains_unknown
from .carry import indentation, leading, member_separator, newline, reindented, unit
from .json_editor import JsonEditor
from .text import CODE_KINDS, CannotEdit, NotCarried, Splice, TextEditor, Withheld, difference, difference_at

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from ..sources.blocks import Where
    from ..sources.code import Edited, SourceText
    from ..sources.document import Limits
    from ..sources.model import EmbeddedJson, LaunchRequest, TreeSpans
    from ..sources.yaml_source import ParsedYaml
    from .yaml_editor import BodiesBelow

_SAVED_REQUEST = __name__.rsplit(".", 2)[0] + ".sources.saved_request"
_JS_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")
_VARIABLE = re.compile(r"\{\{[^{}]*\}\}")  # Postman's and .http files' {{variable}}
_HOLE = re.compile(r"\{\{\$[^{}]*\}\}")  # a code string's hole as its JSON is read (sources.embedded's stand-in)
_SEPARATOR = re.compile(r"\s*,\s*\Z")
_JS_RESERVED = frozenset({"__proto__"})  # a plain key that means something else in an object literal


def _sent_at(request: LaunchRequest) -> list[tuple[int, int]]:
    """Where a launch is sent from: its call, the calls inside the functions it is made through, and the argument it
    reads its body from when that is written apart from the call (`xhr.send(body)` after `xhr.open(...)`): a name read
    there is the launch sending it, not other code."""
    sites = [request.site, *request.sent_through]
    body = request.body_span
    if body is not None and not any(first <= body[0] and body[1] <= last for first, last in sites):
        sites.append(body)
    return sites


class Extractions:
    """The launches of one file's text, extracted once: every launch's editor renders its fixes against them,
    and only an edited text is extracted again (to prove the edit)."""

    def __init__(self, kind: str, name: str | None, limits: Limits | None = None, text: str | None = None,
                 launches: list[LaunchRequest] | None = None) -> None:
        self.kind = kind
        self.name = name
        self.limits = limits
        self._text = text
        self._launches = launches
        self._quoted: tuple[str, str] | None = None  # a text, and the quote it writes most
        self._quotes: tuple[int, int] | None = None  # the file text's single and double quotes, once counted
        #: The last few edits found, with the very texts they were found between (kept with this file's extractions):
        #: a fix's one edit is asked for by its rendering, its shifted spans, its proof's parse and its next operation.
        self._found: list[tuple[str, str, tuple[int, int, str]]] = []
        self._sites: list[tuple[int, int]] | None = None  # every launch's _sent_at, once
        self._edited: tuple[str, list[LaunchRequest]] | None = None  # the edited text read last, and its launches
        self._written: tuple[str, list[tuple[int, int] | None]] | None = None  # bodies_written, once
        #: A launch call's place in the file's bytes -> its node type where, parsed alone, it is made of the nodes the whole
        #: parse has there, else -1 (call_tree), found once per call.
        self._calls: dict[tuple[int, int], int] = {}
        #: Where the launches of the file's text, and of the text last edited, are sent from, and the bindings traced
        #: in each (_Tracing): every fix rendered in the one text asks the same.
        self._tracings: list[tuple[str, _Tracing]] = []
        self._bodies: dict[str, BodiesBelow] = {}  # the file's YAML bodies, by the YAML version they are read as
        #: The text the last edit of one of the file's launches made, that launch's editor and the launch there; and the
        #: text its fix started from (LaunchEditor._derived, _origin).
        self.derived: tuple[LaunchEditor, str, LaunchRequest] | None = None
        self.origin: tuple[LaunchEditor, str, LaunchRequest] | None = None
        #: The text the last edit of a body written as JSON in a string made, and the launch there (its JSON text and
        #: where each of its characters is written, from that edit): the fix's next operation is written in it.
        self.embedded: tuple[str, LaunchRequest] | None = None

    @property
    def file_text(self) -> str | None:
        """The file's text, whose launches these are."""
        return self._text

    def yaml_bodies(self, version: str, parsed: ParsedYaml | None = None) -> BodiesBelow | None:
        """The YAML bodies of this file's text (a YAML request file's launches'), shared by its launches' editors;
        `parsed`: the reader's parse of the text, used where it was read with the editors' limits."""
        if self._text is None:
            return None
        if version not in self._bodies:
            from ..sources.document import DEFAULT_LIMITS
            from .yaml_editor import BodiesBelow

            same = (self.limits or DEFAULT_LIMITS).max_depth == DEFAULT_LIMITS.max_depth
            self._bodies[version] = BodiesBelow(self._text, version, parsed if same else None)
        return self._bodies[version]

    def tracing(self, text: str) -> _Tracing:
        """Where the launches of `text` are sent from and what its bindings traced say, kept for the file's text (every
        launch's first operation is written in it) and the text last asked about."""
        unedited = self._text is not None and (text is self._text or text == self._text)
        if unedited and self._text is not None:
            text = self._text
        for seen, tracing in self._tracings:
            if seen is text:
                return tracing
        tracing = _Tracing(lambda: self.sites(text))
        if unedited:
            self._tracings.insert(0, (text, tracing))
        else:  # the file's text kept, the edited one before this let go
            self._tracings = [*(kept for kept in self._tracings if kept[0] is self._text), (text, tracing)]
        return tracing

    def difference(self, old: str, new: str) -> tuple[int, int, str]:
        """The one edit turning `old` into `new` (edits.text.difference), found once for the same two strings."""
        for seen_old, seen_new, found in self._found:
            if seen_old is old and seen_new is new:  # the very strings (immutable, and kept here: never another's id)
                return found
        found = difference(old, new)
        self._found.append((old, new, found))
        if len(self._found) > 4:
            del self._found[0]
        return found

    def quote(self, text: str) -> str:
        """The quote a text writes most: each launch's fix starts from the one file text, so it is counted once (kept
        with this file's extractions, not past them); a text a fix made of it is counted from that edit."""
        if self._text is not None and text is not self._text and (self._quoted is None or text is not self._quoted[0]):
            start, end, content = self.difference(self._text, text)
            if self._quotes is None:
                self._quotes = self._text.count("'"), self._text.count('"')
            singles = self._quotes[0] - self._text.count("'", start, end) + content.count("'")
            doubles = self._quotes[1] - self._text.count('"', start, end) + content.count('"')
            return "'" if singles > doubles else '"'
        if self._quoted is None or (text is not self._quoted[0] and text != self._quoted[0]):
            self._quoted = text, _quote_of(text)
        return self._quoted[1]

    def sites(self, text: str) -> list[tuple[int, int]]:
        """Where the launch calls of `text` are: this file's launches' sites (found once for the file), moved past the
        one edit that made `text` of the file's text (a site that edit cut into is left out)."""
        if self._text is None or self._launches is None:
            return []
        if self._sites is None:
            self._sites = [span for request in self._launches for span in _sent_at(request)]
        sites = self._sites
        if text is self._text or text == self._text:
            return sites
        start, end, content = self.difference(self._text, text)
        delta = len(content) - (end - start)
        return [(first, last) if last <= start else (first + delta, last + delta) if first >= end else (first, last + delta)
                for first, last in sites if last <= start or first >= end or (first <= start and end <= last)]

    def launches(self, text: str) -> list[LaunchRequest]:
        """The launches `text` holds, in file order (an edit of the unedited text is parsed from its tree). The edited text
        read last is kept with them: fixes of launches that send one body make the same edit, and each is proven alone
        by reading the text it makes."""
        if self._launches is None or (text is not self._text and text != self._text):
            kept = self._edited
            if kept is not None and (kept[0] is text or kept[0] == text):
                return kept[1]
            from ..sources.document import DEFAULT_LIMITS
            from ..sources.extract import launches_in

            if self.kind in CODE_KINDS:
                self.tree(text)  # parsed incrementally where it can be: the extraction reads the tree kept
            # An edited text is read to prove a fix (its bodies) or to write a fix's next operation: no secret is asked.
            found = launches_in(self.kind, text, self.name, self.limits or DEFAULT_LIMITS, credentials=False)
            self._edited = text, found
            return found
        return self._launches

    def edited_launch(self, index: int, text: str, *, local: bool = True) -> LaunchRequest | None:
        """The `index`-th launch of `text`, an edit of this file's one launch inside its body, read at that launch's own
        call only; None where that might not prove what reading every launch again does (`launches`).

        Read alone, the call must still be a launch (to_endpoint, unproven) at the same place, its body where it was:
        an edit inside a body written at the call changes no other call's launch, and the body is then compared as
        the full read's would be. Not for a file of several launches (LaunchProofs proves those together), a wrapper's
        call, a non-ASCII text (offsets are compared as bytes), nor a file with a test double (one may match bodies).
        `local`: an edit inside one object or array literal of the body is read on that literal alone (local_body)
        where it can be; the edited file is read by a full reader where it cannot.
        """
        from ..sources.model import TreeSpans

        original = self._launches
        if index != 0 or original is None or len(original) != 1 or self._text is None or self.kind not in CODE_KINDS:
            return None
        request = original[0]
        if not isinstance(request.body_locator, TreeSpans) or request.body_span is None:
            return None
        start, end, content = self.difference(self._text, text)
        (body_start, body_end), (site_start, site_end) = request.body_span, request.site
        if not (site_start <= body_start <= start and end <= body_end <= site_end):
            return None
        from ..sources.comments import evidence
        from ..sources.extract import _has_test_double
        from ..sources.urls import to_endpoint, unproven

        if not (self._text.isascii() and text.isascii()) or _has_test_double(text):
            return None
        # Parsed incrementally from the unedited tree, with the difference already found above.
        source, tree = _parsed(self.kind, text, (self._text, start, end, content) if text != self._text else None)
        grown = len(content) - (end - start)
        site, body_span = (site_start, site_end + grown), (body_start, body_end + grown)
        from ..sources.document import DEFAULT_LIMITS
        from ..sources.extract import reader_for

        max_depth = (self.limits or DEFAULT_LIMITS).max_depth
        if local and text != self._text:
            body = local_body(self.kind, request, self._text, (start, end, content), source, tree, max_depth)
            if body is not _NOT_LOCAL:
                read = dataclasses.replace(request, body=body, site=site, body_span=body_span, body_locator=None)
                return read if to_endpoint(read) == "launch" and unproven(read, evidence(self.kind, text)) is None else None
        reader = reader_for(self.kind, source, tree, max_depth, self.name)
        node: Node | None = tree.root_node.descendant_for_byte_range(body_span[0], body_span[1])
        while node is not None and node.start_byte >= site[0]:
            if node.type in reader.call_types:
                found = reader.launch_at(node)
                if found is not None:
                    if found.site != site or found.body_span != body_span or found.refused_by_double \
                            or to_endpoint(found) != "launch" or unproven(found, evidence(self.kind, text)) is not None:
                        return None
                    return found
            node = node.parent
        return None

    def bodies_written(self, text: str) -> list[tuple[int, int] | None]:
        """Where each launch of the file's text (`text`) writes its body: the whole object or array literal its spans
        start at (a body bound to a name: that name's literal), else the body's own place at the launch; None where
        the file does not write it. Found once, from the tree its extraction read; for another text, or a file that is
        no code, each launch's own place."""
        from ..sources.model import TreeSpans

        launches = self.launches(text)
        if self._written is not None and self._written[0] is text:
            return self._written[1]
        found: list[tuple[int, int] | None] = [request.body_span for request in launches]
        if self.kind in CODE_KINDS and text is self._text:
            source, root = self.tree(text)
            opened = {index: recorded[1][0] for index, request in enumerate(launches)
                      if isinstance(request.body_locator, TreeSpans)
                      and (recorded := request.body_locator.spans.get(())) is not None}
            at = source.byte_offsets(sorted(set(opened.values())))
            for index, start in opened.items():
                node = root.descendant_for_byte_range(at[start], at[start] + 1)
                literal = node.parent if node is not None and node.type in ("{", "[") else node
                if literal is not None and literal.start_byte == at[start]:
                    found[index] = source.char(literal.start_byte), source.char(literal.end_byte)
            self._written = text, found
        return found

    def call_tree(self, text: str, request: LaunchRequest) -> tuple[SourceText, Node] | None:
        """`text`, an edit of this file's text strictly inside the body of its launch `request` (as this file's text
        writes it), parsed on that launch's
        call alone (sources.code.parsed_on): what an operation that reads only that body's own nodes is given (a member,
        a container and its items, the call the body is written in), in a time of the call's size, not the file's (each
        fix's second operation parsed the whole edited file: quadratic in a file of many launches).

        None where that might differ from the whole edited text's parse: a body not written inside the call itself (a
        binding, a function the launch is made through), a text not made of this file's text by one edit inside the body,
        the call in this file's text not parsed alone into the very nodes its whole parse has there, or the edited call
        not parsed alone without error into a node of the same type at the same place.
        """
        from ..sources.code import SourceText, parsed_on, same_nodes
        from ..sources.model import TreeSpans

        original = self._text
        body = request.body_span
        if original is None or self.kind not in CODE_KINDS or text is original or body is None or request.sent_through \
                or not isinstance(request.body_locator, TreeSpans) or not request.site[0] <= body[0] < body[1] <= request.site[1]:
            return None
        start, end, content = self.difference(original, text)
        if not body[0] < start <= end < body[1]:
            return None
        old_source, old_tree = self.tree(original)
        offsets = old_source.byte_offsets([request.site[0], request.site[1]])
        old_start, old_end = offsets[request.site[0]], offsets[request.site[1]]
        grown = len(content.encode("utf-8", "surrogatepass")) - len(original[start:end].encode("utf-8", "surrogatepass"))
        key = (old_start, old_end)
        alone = self._calls.get(key)
        if alone is None:
            whole = old_tree.descendant_for_byte_range(old_start, old_end)
            kept = parsed_on(self.kind, old_source, old_start, old_end, old_source.point(old_start)).root_node
            call = kept.descendant_for_byte_range(old_start, old_end)
            alone = (whole.kind_id if whole is not None and call is not None and not kept.has_error
                     and (whole.start_byte, whole.end_byte) == key and same_nodes(whole, call) else -1)
            self._calls[key] = alone
        if alone < 0:
            return None
        source = SourceText(text)
        root = parsed_on(self.kind, source, old_start, old_end + grown, old_source.point(old_start)).root_node
        call = root.descendant_for_byte_range(old_start, old_end + grown)
        if root.has_error or call is None or call.kind_id != alone or (call.start_byte, call.end_byte) != (old_start, old_end + grown):
            return None
        return source, root

    def tree(self, text: str) -> tuple[SourceText, Node]:
        """The file's syntax tree (and its byte map): the one its extraction read (sources.code.parsed keeps the
        last few), so a file with N launches is not parsed N times. An edited text (a fix's next operation is written
        in what its previous one made, a proof reads what the fix made) is parsed incrementally from the unedited tree."""
        edited = None
        if self._text is not None and text is not self._text and text != self._text:
            edited = (self._text, *self.difference(self._text, text))
        source, tree = _parsed(self.kind, text, edited)
        return source, tree.root_node


@contextmanager
def _too_costly_is_unedited(what: str) -> Iterator[None]:
    """A text too costly to parse (sources.code's TooCostly) is one no edit of which is proven: CannotEdit."""
    from ..sources.code import TooCostly

    try:
        yield
    except TooCostly as err:
        raise CannotEdit(f"{what} is too costly to parse ({err})") from err


def _parsed(kind: str, text: str, edited: Edited | None = None) -> tuple[SourceText, Tree]:
    """sources.code.parsed, a text too costly to parse being one no edit of which is proven (CannotEdit)."""
    from ..sources.code import parsed

    with _too_costly_is_unedited("the code"):
        return parsed(kind, text, edited)


def _parsed_alone(kind: str, text: str, what: str) -> tuple[SourceText, Node]:
    """`text` parsed on its own (no tree kept for it elsewhere), as _parsed."""
    from ..sources.code import SourceText, budgeted_parse, parser

    source = SourceText(text)
    with _too_costly_is_unedited(what):
        return source, budgeted_parse(parser(kind), source.data).root_node


#: Where a local proof cannot read the edited literal alone (local_body): the edited file is read by a full reader.
_NOT_LOCAL: Any = object()
#: Per language: the literals that hold members or items, and the nodes a reader made without its index may read
#: itself (local_body): literals whose value is their own text. Anything else is read only where it is not edited.
_CONTAINERS = {"javascript": frozenset({"object", "array"}), "python": frozenset({"dictionary", "list"})}
_LEAVES = {"javascript": frozenset({"number", "true", "false", "null"}),
           "python": frozenset({"integer", "float", "true", "false", "none"})}
_KEYS = {"javascript": frozenset({"property_identifier", "string", "number"}), "python": frozenset({"string", "integer"})}
_STRING_PIECES = frozenset({"string_fragment", "escape_sequence", "string_start", "string_content", "string_end"})


def local_body(kind: str, request: LaunchRequest, old_text: str, edit: tuple[int, int, str], source: SourceText,
               tree: Tree, max_depth: int) -> Any:
    """The body of the file's one launch `request` in the edited text (parsed into `tree`), read on the innermost
    object or array literal of the body that holds everything the edit changed; _NOT_LOCAL where that cannot prove
    what reading the edited file again does.

    The edit and every range whose syntax it changed (tree-sitter's changed ranges) lie strictly inside one literal,
    written inside the body literal at the call through literals only, so the rest of the file parses as it did. That
    literal is read by the language's reader, made without its index: it reads the literals the edit wrote itself, and
    a member or item it did not touch, at the same path and written at the same place, is the first read's value there
    (its text, and every binding before and after it, are unchanged). Anything else (a name, a call, a spread, a
    template with holes) in what the edit changed, or a read that asks a binding, gives up: the full proof reads it.
    The body's value at that literal's path is replaced; a serialization between the literal and the body that may
    change it (`JSON.stringify(x, replacer)`, a BigInt that makes it throw) gives up too.
    """
    from ..sources.code import READ_ON, NotIndexed, edited_tree
    from ..sources.extract import reader_for
    from ..sources.model import TreeSpans

    language = "python" if kind == "python" else "javascript"
    old_source, old_tree = _parsed(kind, old_text)
    locator = request.body_locator
    if old_tree.root_node.has_error or tree.root_node.has_error or request.body_span is None \
            or not isinstance(locator, TreeSpans) or not isinstance(request.body, dict):
        return _NOT_LOCAL
    start, end, content = edit
    grown = len(content) - (end - start)
    low, high = start, start + len(content)
    edited = edited_tree(old_source, old_tree, start, end, high, content.encode())
    for changed in edited.changed_ranges(tree):
        low, high = min(low, changed.start_byte), max(high, changed.end_byte)
    containers = _CONTAINERS[language]
    literal: Node | None = tree.root_node.descendant_for_byte_range(low, high)
    while literal is not None and not (literal.type in containers and literal.start_byte < low and high < literal.end_byte):
        literal = literal.parent
    body_start, body_end = request.body_span[0], request.body_span[1] + grown
    if literal is None or literal.start_byte < body_start or literal.end_byte > body_end:
        return _NOT_LOCAL
    # The literal's place in the body: reached from the body literal through members and items only, the body's value
    # at each step the one the first read made of that very literal (a key written twice keeps the last).
    chain, above = [literal], literal
    while not (above.start_byte == body_start and above.end_byte == body_end):
        above = above.parent  # type: ignore[assignment]
        if above is None or (above.type not in containers and above.type != "pair"):
            return _NOT_LOCAL
        if above.type in containers:
            chain.append(above)
    was = old_tree.root_node.descendant_for_byte_range(literal.start_byte, literal.end_byte - grown)
    if not _serialized_as_read(above, (request.site[0], request.site[1] + grown)) or was is None \
            or was.type != literal.type or (was.start_byte, was.end_byte) != (literal.start_byte, literal.end_byte - grown):
        return _NOT_LOCAL
    starts = {step.start_byte: depth for depth, step in enumerate(reversed(chain))}
    opened: dict[int, list[Path]] = {}
    for at, (_, span) in locator.spans.items():
        if span[0] in starts and span[1] == span[0] + 1:
            opened.setdefault(span[0], []).append(at)
    path: Path = ()
    for depth, step in enumerate(reversed(chain)):
        paths = opened.get(step.start_byte, [])
        found = paths[0] if len(paths) == 1 else None
        if found is None or len(found) != depth or found[:-1] != path \
                or not isinstance(_at_path(request.body, found), dict if step.type in ("object", "dictionary") else list):
            return _NOT_LOCAL
        path = found
    levels = len(path)
    reader = reader_for(kind, source, tree, max_depth, None, indexed=False)

    def answer(node: Node, at: Path, spans: TreeSpans, key: tuple[int, int] | None, depth: int) -> Any:
        if (node.end_byte <= low or node.start_byte >= high) and _container_of(node) == literal:
            # a member or item of the literal the edit did not touch: as the first read found it, if it did
            first, last = (node.start_byte, node.end_byte) if node.start_byte < low else \
                (node.start_byte - grown, node.end_byte - grown)
            recorded = locator.spans.get(at)
            if recorded is not None and recorded[1] in ((first, last), (first, first + 1)):
                found = _at_path(request.body, at)
                if found is not _NOT_LOCAL:
                    return found
        if not _reads_itself(node, language):
            raise NotIndexed(node.type)
        return READ_ON

    reader.answers = answer
    try:
        made = reader.value(literal, path, TreeSpans(), None, levels)
    except (NotIndexed, RecursionError):
        return _NOT_LOCAL
    if _depth(made) + levels >= max_depth or (language == "javascript" and _throws(made)):
        return _NOT_LOCAL
    return _replaced_at(request.body, path, made)


def _container_of(node: Node) -> Node | None:
    """The object or array literal a value is a member or item of (if it is one)."""
    above = node.parent
    return above.parent if above is not None and above.type == "pair" else above


def _serialized_as_read(body: Node, site: tuple[int, int]) -> bool:
    """Whether the body literal's value is the body sent: given to the launch's own call or on its own to another
    (`JSON.stringify(x)`, `json.dumps(x)`), not with more (`JSON.stringify(x, replacer)`, `json.dumps(x, default=f)`),
    which may change it."""
    arguments = body.parent
    if arguments is None or arguments.type not in ("arguments", "argument_list") or arguments.named_child_count == 1:
        return True
    call = arguments.parent
    return call is not None and (call.start_byte, call.end_byte) == site


def _reads_itself(node: Node, language: str) -> bool:
    """Whether the reader reads this node from its own text alone (a literal, a container of members with literal
    keys), asking no binding; what its members and items hold is asked of value() again."""
    kind = node.type
    if kind in _LEAVES[language]:
        return True
    if kind == "string":
        return all(child.type in _STRING_PIECES for child in node.children if child.is_named)
    if kind == "template_string":
        return all(child.type in _STRING_PIECES for child in node.named_children)
    if kind in ("unary_expression", "unary_operator"):
        operand = node.named_children[-1] if node.named_children else None
        return operand is not None and operand.type in ("number", "integer", "float") \
            and node.children[0].type in ("-", "+")
    if kind in ("object", "dictionary"):
        for child in node.named_children:
            if child.type == "pair":
                key = child.child_by_field_name("key")
                if key is None or key.type not in _KEYS[language] or not _reads_itself_key(key, language):
                    return False
            elif child.type not in ("comment", "shorthand_property_identifier"):
                return False
        return True
    if kind in ("array", "list"):
        return all(child.type not in ("spread_element", "list_splat", "parenthesized_list_splat")
                   for child in node.named_children)
    return False


def _reads_itself_key(key: Node, language: str) -> bool:
    return key.type != "string" or _reads_itself(key, language)


def _at_path(value: Any, path: Path) -> Any:
    """The value at `path` in a body, _NOT_LOCAL where it has none (a member left out, an unknown on the way)."""
    for step in path:
        held = step in value if isinstance(value, dict) and isinstance(step, str) else \
            type(value) is list and isinstance(step, int) and 0 <= step < len(value)
        if not held:
            return _NOT_LOCAL
        value = value[step]
    return value


def _replaced_at(value: Any, path: Path, made: Any) -> Any:
    """The body with the value at `path` (one it holds: local_body found it) replaced by `made`, the rest shared."""
    if not path:
        return made
    copied = copy.copy(value)  # an OpenObject stays one
    copied[path[0]] = _replaced_at(value[path[0]], path[1:], made)
    return copied


def _depth(value: Any) -> int:
    """How deep a read value nests (iteratively: it may be deep)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((member, depth + 1) for member in item.values())
        elif isinstance(item, list):
            stack.extend((member, depth + 1) for member in item)
    return deepest


def _throws(value: Any) -> bool:
    """Whether JSON.stringify throws on the value (a BigInt in it): the reader then makes the whole body unknown."""
    from ..sources.javascript import _thrown

    return _thrown(value) is not None


class LaunchEditor(TextEditor):
    """The TextEditor of the `index`-th launch in a code or request file of a kind."""

    carries = True

    def __init__(self, kind: str, name: str | None, index: int, limits: Limits | None = None,
                 extractions: Extractions | None = None) -> None:
        self.kind = kind
        self.name = name
        self.index = index
        self.limits = limits
        self.extractions: Extractions = extractions or Extractions(kind, name, limits)

    def difference(self, old: str, new: str) -> tuple[int, int, str]:
        """The one edit turning `old` into `new`, found once for the file's editors (render asks it of the editor)."""
        return self.extractions.difference(old, new)

    # What a fix being rendered keeps between its operations is kept once per file (with its extractions), for the
    # editor rendering it, not by each launch's editor: a file of N launches holds one edited text, not N.

    @property
    def _derived(self) -> tuple[str, LaunchRequest] | None:
        """The text this editor's last edit made, and its launch there."""
        kept = self.extractions.derived
        return (kept[1], kept[2]) if kept is not None and kept[0] is self else None

    @_derived.setter
    def _derived(self, derived: tuple[str, LaunchRequest] | None) -> None:
        self.extractions.derived = None if derived is None else (self, *derived)

    @property
    def _origin(self) -> tuple[str, LaunchRequest] | None:
        """The text the fix being rendered started from, and the launch there: where a moved value is written."""
        kept = self.extractions.origin
        return (kept[1], kept[2]) if kept is not None and kept[0] is self else None

    @_origin.setter
    def _origin(self, origin: tuple[str, LaunchRequest] | None) -> None:
        self.extractions.origin = None if origin is None else (self, *origin)

    def launch(self, text: str) -> LaunchRequest:
        """The launch as the file writes it (an edited text is extracted again: the edit is proven by the extractor itself)."""
        from ..sources.model import NO_BODY

        launches = self.extractions.launches(text)
        if self.index >= len(launches) or launches[self.index].body is NO_BODY:
            raise CannotEdit("the launch is gone")
        return launches[self.index]

    def parse(self, text: str) -> Any:
        """The launch's body in an edited text (a fix's proof): read at its own call where that proves the same
        (Extractions.edited_launch), else from every launch read again."""
        from ..sources.model import NO_BODY

        found = self.extractions.edited_launch(self.index, text)
        if found is not None and found.body is not NO_BODY:
            return found.body
        return self.launch(text).body

    def written_in(self) -> _Literal | None:
        """The body literal as the fix being applied found it (a move copies the author's text of a value from it)."""
        from ..sources.model import TreeSpans

        if self._origin is None:
            return None
        text, request = self._origin
        spans = request.body_locator
        return _Literal(text, self.kind, spans, request.body, self.extractions.tree(text), self.extractions.quote) \
            if isinstance(spans, TreeSpans) else None

    def apply(self, text: str, operation: Operation) -> str:
        if isinstance(operation, SetUrl):
            # The next operation (FL106's flowId added to the body) takes the launch as the URL's one edit leaves it:
            # read again from the whole edited file, each launch's fix read every launch of the file.
            request = self.launch(text)
            splice = self._url_splice(text, operation)
            edited = text[:splice[0]] + splice[2] + text[splice[1]:]
            moved = _url_moved(request, splice)
            self._derived = None if moved is None else (edited, moved)
            if moved is not None:
                self._origin = (text, request)
            return edited
        # A fix of several operations edits the text its previous operation made: where the body sits there is known
        # from that edit (the spans after it shifted), not extracted again from the whole file. The edit is proven by
        # an extraction all the same (render, LaunchProofs); a shifted span that is no guide falls back to one.
        derived, self._derived = self._derived, None
        if derived is not None and derived[0] is text:
            # An operation reading only the body's own nodes is given the edited call parsed alone (call_tree), not the
            # whole edited file parsed again.
            origin = self._origin
            local = origin is not None and origin[0] is self.extractions.file_text \
                and isinstance(operation, (InsertMember, RemoveMember, ReplaceValue))
            tree = self.extractions.call_tree(text, origin[1]) if local and origin is not None else None
            try:
                edited = self._apply(text, derived[1], operation, tree)
            except _Unrecorded:
                edited = self._apply(text, self.launch(text), operation)
                self._derived = _shifted(self.kind, self.launch(text), text, edited, operation, self.extractions)
            else:
                self._derived = _shifted(self.kind, derived[1], text, edited, operation, self.extractions)
            return edited
        request = self.launch(text)
        self._origin = (text, request)
        edited = self._apply(text, request, operation)
        self._derived = _shifted(self.kind, request, text, edited, operation, self.extractions)
        return edited

    def splice(self, text: str, operation: Operation) -> Splice | None:
        """The one replacement in the file an operation makes, so a fix proven by its caller (a --fix pass,
        LaunchProofs) is rendered at its own size: the URL a SetUrl sets, an edit of a body written as JSON in a
        string (a request file's, a string literal's) or as a code literal; None for any other body (apply writes the
        edited text)."""
        from ..sources.model import EmbeddedJson, TreeSpans

        if isinstance(operation, SetUrl):
            self._derived = None  # (as apply leaves it)
            return self._url_splice(text, operation)
        request = self.launch(text)
        locator = request.body_locator
        code = isinstance(locator, TreeSpans) and self.kind in CODE_KINDS
        if not isinstance(locator, EmbeddedJson) and not code:
            return None
        self._derived = None  # as apply leaves it for an embedded body: the next operation extracts the launch
        self._origin = (text, request)
        try:
            if isinstance(locator, TreeSpans):  # a code literal's: the one replacement its operation is
                return self._literal(text, request, locator).edit(operation)
            assert isinstance(locator, EmbeddedJson)
            return _embedded_splice(text, locator, operation, self.kind)
        except (TypeError, ValueError, KeyError, IndexError) as error:  # as _apply: a value no literal can write
            raise CannotEdit(str(error)) from None

    def worded(self, text: str, operations: Sequence[Operation]) -> str | None:
        """A Python keyword renamed to a name no keyword can carry (`Flow.customerPhone`) is renamed by writing its
        `dict(…)` call as the dict literal it makes: said beside the rename, so the help is one a reader can follow."""
        from ..sources.model import TreeSpans

        renamed = [operation for operation in operations
                   if isinstance(operation, RenameKey) and not _keyword_name(operation.name)]
        if self.kind != "python" or not renamed:
            return None
        request = self.launch(text)
        if not isinstance(request.body_locator, TreeSpans):
            return None
        literal = self._literal(text, request, request.body_locator)
        for operation in renamed:
            try:
                if literal.member(operation.path).type == "keyword_argument":
                    return f"{keyword_named(operation.name)}: the `dict(…)` call is written as a dict literal"
            except CannotEdit:
                continue
        return None

    def verified(self, old: str, splice: Splice) -> bool:
        """Whether `verify` passes for the splice: a code file's where the text it replaces holds no comment (verify's
        own test, on the one edit the splice makes: `//` in a URL is none); any other launch keeps nothing beside its
        body to check."""
        start, end, _ = splice
        if self.kind not in CODE_KINDS or not any(delimiter in old[start:end] for delimiter in self._opened):
            return True
        return not self._comments_in(old, start, end)

    @property
    def _opened(self) -> tuple[str, ...]:
        """What opens a comment in the file's language."""
        return ("#",) if self.kind == "python" else ("//", "/*")

    def verify(self, old: str, new: str) -> None:
        """CannotEdit when the edits lose a comment of a code file: a move carries the comments inside what it moves and
        cuts the member it moved from, so one beside a carried member (`flowId: FLOW, // the callback flow`) would go.
        Each comment in the part of the text the fix replaced must be written again in what replaced it."""
        if self.kind not in CODE_KINDS or old is new:
            return
        start, end, content = self.difference(old, new)
        if not any(delimiter in old[start:end] for delimiter in self._opened):
            return
        needed = self._comments_in(old, start, end)
        if not needed:
            return
        written = self._comments_in(new, start, start + len(content))  # (parsed again from the unedited tree)
        for comment, count in needed.items():
            if written[comment] < count:  # (the same text again is no later pass's either)
                raise Withheld(f"the edit would drop the comment {comment!r}")

    def _comments_in(self, text: str, start: int, end: int) -> Counter[str]:
        """The comments written in [start, end) of a text, each as written, counted."""
        from ..sources.code import nodes_of

        source, root = self.extractions.tree(text)
        low, high = (start, end) if source.ascii else (len(text[:start].encode("utf-8", "surrogatepass")),
                                                       len(text[:end].encode("utf-8", "surrogatepass")))
        node = root.descendant_for_byte_range(low, max(low, high - 1)) or root
        return Counter(source.raw(comment) for comment in nodes_of(self.kind, node, _COMMENT)
                       if low <= comment.start_byte and comment.end_byte <= high)

    def written_in_place(self, text: str, operations: Sequence[Operation]) -> tuple[int, int, list[str]] | None:
        """A body written as JSON in a string: each operation written in the part of the file from the string's
        opening quote to just past its end, as `apply` writes it in the whole file (the same splices, the string's
        characters placed as _embedded_after places them); None for any other body, or where the next operation
        would need the edited file read again (`apply` then writes the texts)."""
        from ..sources.model import EmbeddedJson

        if any(isinstance(operation, SetUrl) for operation in operations):
            return None
        request = self.launch(text)
        mapped = request.body_locator
        if not isinstance(mapped, EmbeddedJson):
            return None
        outer = mapped.outer
        if isinstance(outer, int):
            first, last = outer, outer + len(mapped.text)
        elif len(outer) == len(mapped.text) + 1:
            first, last = min(outer), max(outer)
        else:
            return None  # (apply says why it cannot)
        start, end = max(0, first - 1), min(len(text), last + 1)  # (the quote before: how the string escapes)
        self._origin = (text, request)
        self._derived = None
        part = text[start:end]
        parts = [part]
        here: EmbeddedJson | None = _moved(mapped, -start)
        for operation in operations:
            if here is None:
                return None  # the edited file would be read again for this operation
            try:
                (file_start, file_end, written), inner, escape = _embedded_splices(part, here, operation, self.kind)
            except (TypeError, ValueError, KeyError, IndexError) as error:  # as _apply
                raise CannotEdit(str(error)) from None
            here = _embedded_after(here, inner, (file_start, file_end, written), escape)
            part = part[:file_start] + written + part[file_end:]
            parts.append(part)
        return start, end, parts

    def _set_url(self, text: str, operation: SetUrl) -> str:
        """The launch's URL replaced where the file writes it verbatim (_url_splice). Proven by whoever proves the
        fix's edits, with the body: `holds` where it is rendered alone, LaunchProofs with the file's other launches'
        fixes, a --fix pass by its reading of the edited file (each checks the URL the fix sets)."""
        start, end, content = self._url_splice(text, operation)
        return text[:start] + content + text[end:]

    def _url_splice(self, text: str, operation: SetUrl) -> Splice:
        """The one replacement setting the launch's URL: inside the URL's own span, where it writes the URL set
        verbatim once. Found from the launch as read (the file's launches, extracted once), never by writing or
        reading the edited file: a file of N such fixes is not read N times."""
        request = self.launch(text)
        url = request.url
        # (a data action's URL template is written as its text shows it: `/api/v2/flows/${input.flowId}/executions`)
        if url is None or operation.written not in (url.value, url.shown()) or url.span is None:
            raise CannotEdit(operation)
        start, end = url.span
        written = text[start:end]
        if written.count(operation.written) != 1:
            raise CannotEdit("the URL is not written verbatim in the file")
        at = start + written.index(operation.written)
        return at, at + len(operation.written), operation.url

    def holds(self, text: str, operations: Sequence[Operation]) -> bool:
        """Whether the launch in the edited text sends to the URL each SetUrl of the operations sets (read from the
        extraction its body's proof made)."""
        urls = [operation.url for operation in operations if isinstance(operation, SetUrl)]
        if not urls:
            return True
        sent = self.launch(text).url
        return sent is not None and sent.value == urls[-1]

    def _literal(self, text: str, request: LaunchRequest, locator: TreeSpans,
                 tree: tuple[SourceText, Node] | None = None) -> _Literal:
        """The launch's body literal in `text` (its spans `locator`), as its operations write it; `tree`: the text's
        tree where they read (Extractions.call_tree), else the whole text's."""
        literal = _Literal(text, self.kind, locator, request.body, tree or self.extractions.tree(text),
                           self.extractions.quote)
        literal.origin = self.written_in
        literal.own_sites = _sent_at(request)
        literal.own_calls = len(request.sent_through) + 1
        literal.tracing = self.extractions.tracing(text)
        return literal

    def _apply(self, text: str, request: LaunchRequest, operation: Operation,
               tree: tuple[SourceText, Node] | None = None) -> str:
        """`operation` written in `text`, where `request` is the launch; `tree`: the text's tree where the operation
        reads (Extractions.call_tree), else the whole text's is read."""
        from ..sources.model import EmbeddedJson, TreeSpans

        locator = request.body_locator
        try:
            if isinstance(locator, EmbeddedJson):
                return _embedded(text, locator, operation, self.kind, (self.extractions, request))
            if isinstance(locator, TreeSpans) and self.kind in CODE_KINDS:
                return self._literal(text, request, locator, tree).apply(operation)
            if isinstance(locator, TreeSpans) and self.kind in _DOCUMENT_KINDS:
                return _in_block(text, self.kind, request, locator, operation)
            from ..sources.saved_request import YamlBody  # (imported here: a code file's fix never needs that reader)

            if isinstance(locator, YamlBody):  # a YAML saved request's mapping body: edited as YAML, in the file
                from .yaml_editor import apply_below

                bodies = self.extractions.yaml_bodies(locator.version, locator.parsed)
                return apply_below(text, locator.path, operation, locator.version, bodies)
        except (TypeError, ValueError, KeyError, IndexError) as error:  # a value no literal can write
            raise CannotEdit(str(error)) from None
        raise CannotEdit(operation)


def _shifted(kind: str, request: LaunchRequest, text: str, edited: str, operation: Operation,
             extractions: Extractions) -> tuple[str, LaunchRequest] | None:
    """The launch as `edited` writes it, from the one edit that made it of `text`: the body with the operation applied,
    each recorded span after the edit moved by its length change, one around it stretched, one inside it dropped
    (an operation that needs it then extracts the launch again). Only for bodies written as code literals."""
    from ..rules.fixes import CannotApply, apply_operations
    from ..sources.model import TreeSpans

    if not isinstance(request.body_locator, TreeSpans) or kind not in CODE_KINDS | _DOCUMENT_KINDS:
        embedded, extractions.embedded = extractions.embedded, None
        if embedded is not None and embedded[0] is edited:
            return embedded  # a body written as JSON in a string, as the edit left it (_embedded)
        # (a YamlBody's reader is loaded where there is one: a HAR or .http file's fix never loads it)
        saved = sys.modules.get(_SAVED_REQUEST)
        if saved is not None and isinstance(request.body_locator, saved.YamlBody) \
                and (operation.path or isinstance(operation, InsertMember)):
            # A YAML body below its path is still there after an edit inside it (apply_below, where the file's bodies
            # know the texts they made): the fix's next operation needs no extraction of the whole edited file.
            return edited, request
        return None  # a literal read otherwise (a request file's, a saved request's)
    derived = _CACHES.derived
    if kind not in CODE_KINDS and not (derived and derived[0][0] is edited):
        return None  # a block's launch whose edited block is not known (_in_block keeps it): extracted again
    try:
        body = apply_operations(request.body, (operation,))
    except CannotApply:
        return None
    start, end, content = extractions.difference(text, edited)
    delta = len(content) - (end - start)
    # The one edit as difference finds it (as far right as it goes) and as far left as it goes: `"a": 1, "b": 2`
    # less `"a": 1, ` is found from the first member's second quote on, cutting into the key after it.
    edits = ((start, end), _leftmost(text, start, end, content))

    def moved(span: tuple[int, int]) -> tuple[int, int] | None:
        first, last = span
        for cut_from, cut_to in edits:
            if last <= cut_from:
                return span
            if first >= cut_to:
                return first + delta, last + delta
            if first <= cut_from and last >= cut_to:
                return first, last + delta
        return None

    # What the operation removed, renamed or replaced below is not where it was: such paths are not carried over.
    gone = operation.path if isinstance(operation, (RemoveMember, RenameKey)) else None
    below = operation.path if isinstance(operation, ReplaceValue) else None
    spans = TreeSpans(shown_only=set(request.body_locator.shown_only))
    for path, (key, value) in request.body_locator.spans.items():
        if (gone is not None and path[:len(gone)] == gone) or (below is not None and len(path) > len(below)
                                                                 and path[:len(below)] == below):
            continue
        new_key = moved(key) if key is not None else None
        new_value = moved(value)
        if new_value is not None and (key is None or new_key is not None):
            spans.add(path, new_key, new_value)
    site = moved(request.site)  # (read_elsewhere tells the launch call from other code by it)
    if site is None:
        return None
    return edited, dataclasses.replace(request, body=body, body_locator=spans, site=site)


def _url_moved(request: LaunchRequest, splice: Splice) -> LaunchRequest | None:
    """The launch after the one replacement inside its URL (`splice`, _url_splice): its body, written as JSON in a
    string wholly before or after the URL (a curl `-d`, a request file's body), where it was or moved by the length
    change, the call around the URL stretched; None for any other body (the edited file is then read again). The URL
    itself is not carried: the operation after it edits the body, and the fix's proof reads the URL it sends to."""
    from ..sources.model import EmbeddedJson

    locator = request.body_locator
    if not isinstance(locator, EmbeddedJson) or request.sent_through:
        return None
    start, end, content = splice
    delta = len(content) - (end - start)
    first, last = locator.to_file(0), locator.to_file(len(locator.text))
    if last <= start:
        moved_locator = locator
    elif first >= end:
        moved_locator = _moved(locator, delta)
    else:
        return None  # (a body around the URL: not a curl's or a request file's)

    def shifted(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None or span[1] <= start:
            return span
        if span[0] >= end:
            return span[0] + delta, span[1] + delta
        return (span[0], span[1] + delta) if span[0] <= start and span[1] >= end else None

    site, body_span = shifted(request.site), shifted(request.body_span)
    if site is None or (request.body_span is not None and body_span is None):
        return None
    return dataclasses.replace(request, body_locator=moved_locator, site=site, body_span=body_span, url=None)


def _leftmost(text: str, start: int, end: int, content: str, most: int = 64) -> tuple[int, int]:
    """Where the edit replacing [start, end) of `text` with `content` may start and end furthest left (at most `most`
    places) and still make the same text: each step left, the character before it joins the content and the
    content's last character must be the one the replaced range then gives back."""
    for _ in range(most):
        if start == 0 or (content[-1] if content else text[start - 1]) != text[end - 1]:
            break
        content = text[start - 1] + content[:-1] if content else ""
        start, end = start - 1, end - 1
    return start, end


# --- code inside a document (a Markdown fence, a <script>, a notebook cell) -------------------------------------------

_DOCUMENT_KINDS = frozenset({"markdown", "html", "notebook"})


def _in_block(text: str, kind: str, request: LaunchRequest, spans: TreeSpans, operation: Operation) -> str:
    """The edit of an object literal made in the code block the launch was read from, as in a code file, and written
    back at the block's place: exact only when the replaced file text is that code as the document writes it (a
    notebook cell's JSON string escapes it)."""
    from ..sources.model import TreeSpans

    site = request.site[0]
    caches = _CACHES
    derived = caches.derived[0] if caches.derived and caches.derived[0][0] is text else None
    if derived is not None and derived[1].where[0] <= site < derived[1].where[-1]:
        held = [derived[1]]  # the block the fix's previous operation edited, as it wrote it
    else:
        starts, blocks = _blocks_of(text, kind)
        at = bisect.bisect_right(starts, site) - 1
        held = blocks[at:at + 1] if at >= 0 else []
    caches.derived.clear()
    for block in held:
        language, code, where = block.language, block.code, block.where
        if not where[0] <= site < where[-1]:
            continue
        index, tree = block.edited()
        local = TreeSpans({path: (_back(index, key) if key is not None else None, _back(index, value))
                           for path, (key, value) in spans.spans.items()}, set(spans.shown_only))
        edited = _Literal(code, language, local, request.body, tree).apply(operation)
        start, end, content = difference(code, edited)
        escape: Callable[[str], str] = (lambda s: json.dumps(s, ensure_ascii=False)[1:-1]) if kind == "notebook" else (lambda s: s)
        file_start, file_end = where[start], where[end]
        if file_start > file_end or escape(code[start:end]) != text[file_start:file_end]:
            raise CannotEdit(operation)  # the change would cross what the document writes around the code
        written = escape(content)
        result = text[:file_start] + written + text[file_end:]
        after = _edited_block(block, edited, (start, end, content), (file_start, file_end, written), escape)
        if after is not None:
            caches.derived.append((result, after))
        return result
    raise CannotEdit("no code block holds the launch")


def _edited_block(block: _Block, code: str, inner: tuple[int, int, str], outer: tuple[int, int, str],
                  escape: Callable[[str], str]) -> _Block | None:
    """The block after one edit (`inner` in its code, `outer` in the file), each character placed where the edited file
    writes it; None where the new text's escaping is not one piece per character."""
    start, end, content = inner
    file_start, file_end, written = outer
    pieces = [escape(char) for char in content]
    if "".join(pieces) != written:
        return None
    placed = list(itertools.accumulate((len(piece) for piece in pieces[:-1]), initial=file_start)) if pieces else []
    delta = len(written) - (file_end - file_start)
    where = block.where
    if isinstance(where, range) and all(len(piece) == 1 for piece in pieces):
        return _Block(block.language, code, range(where.start, where.stop + delta))
    return _Block(block.language, code, [*where[:start], *placed, *(offset + delta for offset in where[end:])])


class _Block:
    """A code block: its language, its code, and the file offset of each of its characters and one past its end.
    Its index of offsets and its parse are made for the block a fix edits and kept while the fixes edit that block
    (one cell may hold many launches), then let go (a file's blocks all kept them: memory of many times the file)."""

    def __init__(self, language: str, code: str, where: Where) -> None:
        self.language, self.code, self.where = language, code, where
        self._index: dict[int, int] | None = None
        self._tree: tuple[SourceText, Node] | None = None

    def edited(self) -> tuple[dict[int, int], tuple[SourceText, Node]]:
        """File offset -> the block character written there; the code parsed."""
        kept = _CACHES.kept
        if self not in kept:
            kept.append(self)
            if len(kept) > 2:
                gone = kept.pop(0)
                gone._index = gone._tree = None
        elif kept[-1] is not self:
            kept.remove(self)
            kept.append(self)
        if self._index is None or self._tree is None:
            self._tree = _parsed_alone(self.language, self.code, "the code block")
            self._index = {offset: i for i, offset in enumerate(self.where[:-1])}
        return self._index, self._tree


class _Caches(threading.local):
    """What the fixes of one file keep between their renderings: each thread's own (the editor server renders the
    fixes of several documents at once, in its checking threads: a shared list or dict was changed by one thread while
    another read it, and that document got an FL900 'dictionary changed size during iteration' in place of its
    findings, or a safe fix with no edit; its kept block's parse was let go while another thread used it)."""

    def __init__(self) -> None:
        #: The text the last edit of a code block made, and that block as the edit wrote it (its code, and the file
        #: offset of each of its characters in that text): the fix's next operation is written in it (_shifted moves
        #: the launch's spans past the edit), not in the blocks of the whole edited text found again and its every
        #: launch extracted again. The edit is proven as any other (render, LaunchProofs): this only says where the
        #: next one goes.
        self.derived: list[tuple[str, _Block]] = []
        #: The blocks whose index and parse are kept: the one the file's fixes edit, and the one a fix's previous
        #: operation made of it (`derived`), so the next fix in the same block does not index and parse it again.
        self.kept: list[_Block] = []
        #: The code blocks of the two texts a file's fixes were last rendered in (the file's, and the one a fix's first
        #: operation made, which its second edits): found once a text, not once a fix (each fix walked the blocks from
        #: the file's start, a notebook's cells decoded again, each block's offsets indexed and its code parsed:
        #: quadratic).
        self.blocks: list[tuple[str, str, tuple[list[int], list[_Block]]]] = []
        #: (kind, name, text) -> where the text uses that name as a member's (_Literal.used_elsewhere): the last few
        #: asked.
        self.uses: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        #: The editor of JSON inside a string: it keeps the members it scanned of the text it edited last (a scan a
        #: call goes on with), and a file's fixes are all rendered in its one text (one editor per fix scanned the
        #: body's members again for each).
        self.embedded_editor = JsonEditor()


_CACHES = _Caches()


def let_go() -> None:
    """Let go of this thread's caches (edits.let_go)."""
    _CACHES.__init__()  # type: ignore[misc]  # (a threading.local's attributes are this thread's: only they are made anew)


def _blocks_of(text: str, kind: str) -> tuple[list[int], list[_Block]]:
    """The code blocks of a Markdown, HTML or notebook text in which a launch's edit can be made as in a code file, in
    the order of their starts, and their starts (each block's first character in the file)."""
    from ..sources.blocks import code_blocks

    kept = _CACHES.blocks
    for at, (seen, seen_kind, found) in enumerate(kept):
        if seen_kind == kind and (seen is text or seen == text):
            kept.append(kept.pop(at))
            return found
    blocks = sorted((_Block(language, code, where) for language, code, where in code_blocks(text, kind)
                     if language in CODE_KINDS and len(where) == len(code) + 1 and where),
                    key=lambda block: block.where[0])
    found = [block.where[0] for block in blocks], blocks
    kept[:] = [*kept[-1:], (text, kind, found)]
    return found


def _back(index: dict[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """A file span as the block's own offsets (`index`: file offset -> the block character written there)."""
    if span[0] not in index or span[1] - 1 not in index:
        raise CannotEdit("a place outside the block")
    return index[span[0]], index[span[1] - 1] + 1


# --- JSON inside a string --------------------------------------------------------------------------------------------

def _embedded(text: str, mapped: EmbeddedJson, operation: Operation, kind: str,
              keep: tuple[Extractions, LaunchRequest] | None = None) -> str:
    """The file with the operation made in the JSON its string holds; `keep`: the file's extractions, where the launch
    (`keep`'s request) is kept as the edited file writes it (Extractions.embedded), so the fix's next operation is
    written without the whole edited file read again."""
    (file_start, file_end, written), inner, escape = _embedded_splices(text, mapped, operation, kind)
    edited = text[:file_start] + written + text[file_end:]
    if keep is not None:
        after = _embedded_after(mapped, inner, (file_start, file_end, written), escape)
        keep[0].embedded = None
        if after is not None:
            request = copy.copy(keep[1])
            request.body_locator = after
            keep[0].embedded = edited, request
    return edited


def _moved(mapped: EmbeddedJson, by: int) -> EmbeddedJson:
    """The same JSON text in a string, its characters' file offsets moved `by` (read in a part of the file)."""
    moved = copy.copy(mapped)  # (its locator kept: the text scanned, {{variables}} filled)
    moved.outer = mapped.outer + by if isinstance(mapped.outer, int) else [offset + by for offset in mapped.outer]
    return moved


def _embedded_after(mapped: EmbeddedJson, inner: Splice, outer: Splice, escape: Callable[[str], str]) -> EmbeddedJson | None:
    """The JSON text of a string after one edit (`inner` in the JSON, `outer` in the file), and where each of its
    characters is then written, as reading the edited string gives them; None where the escaping of the new text is
    not one piece per character (the edited file is read again then)."""
    from ..sources.json_source import JsonLocator
    from ..sources.model import EmbeddedJson

    start, end, content = inner
    file_start, file_end, written = outer
    where: Sequence[int] | int
    if isinstance(mapped.outer, int):
        if written != content:
            return None
        where = mapped.outer
    else:
        pieces = [escape(char) for char in content]
        if "".join(pieces) != written or len(mapped.outer) != len(mapped.text) + 1:
            return None
        placed = list(itertools.accumulate((len(piece) for piece in pieces[:-1]), initial=file_start)) if pieces else []
        delta = len(written) - (file_end - file_start)
        where = [*mapped.outer[:start], *placed, *(offset + delta for offset in mapped.outer[end:])]
    after = EmbeddedJson(mapped.text[:start] + content + mapped.text[end:], where)
    scanned = mapped.locator.text
    after.locator = JsonLocator(scanned[:start] + content + scanned[end:])  # (keys maybe repeated now: the last one wins)
    after.locator.renamed = mapped.locator.renamed
    return after


def _embedded_splice(text: str, mapped: EmbeddedJson, operation: Operation, kind: str) -> Splice:
    """The one replacement in the file that makes the operation in the JSON its string holds."""
    return _embedded_splices(text, mapped, operation, kind)[0]


def _embedded_splices(text: str, mapped: EmbeddedJson, operation: Operation, kind: str
                      ) -> tuple[Splice, Splice, Callable[[str], str]]:
    """The one replacement in the file that makes the operation in the JSON its string holds, the replacement in that
    JSON, and how the string writes a character."""
    scanned = mapped.locator.text  # the embedded text, {{variables}} filled in with placeholders of the same length
    if len(scanned) != len(mapped.text):
        raise CannotEdit(operation)
    if mapped.locator.renamed and operation.path:  # a key sent with a variable put in: edited where it is written
        operation = dataclasses.replace(operation, path=mapped.locator.written_path(operation.path))
    start, end, content = difference_at(scanned, _CACHES.embedded_editor.splice(scanned, operation))
    escape = _escaper(text, mapped, kind)
    file_start, file_end = _file_offset(mapped, start), _file_offset(mapped, end)
    # Exact only when the replaced file text is the embedded text written with this escaping, character for character.
    replaced = mapped.text[start:end]
    if _VARIABLE.search(replaced) and not (kind in CODE_KINDS and (
            (isinstance(operation, RemoveMember) and operation.moved)
            or not Counter(_VARIABLE.findall(replaced)) - Counter(_HOLE.findall(content)))):
        # a {{variable}} is the author's: never replaced by the value it had here, nor a hole by its stand-in (a move
        # that writes each hole of a code string again, where it carries its member, writes it as the file does)
        raise Withheld("the edit would rewrite what the string's `${…}` (or `{…}`) fills in" if kind in CODE_KINDS
                       else "the edit would rewrite a variable the request fills in (`{{name}}`, `$NAME`)")
    if file_start > file_end or scanned[start:end] != mapped.text[start:end]:
        raise CannotEdit(operation)
    if start == end and kind not in CODE_KINDS and start > 0:
        inserted = _inserted_beside_callouts(text, mapped, start, escape(content))
        if inserted is not None:
            return inserted, (start, end, content), escape
    if escape(mapped.text[start:end]) != text[file_start:file_end]:
        kept = _callouts_kept(text, mapped, start, end, (file_start, file_end, escape(content))) \
            if kind not in CODE_KINDS else None
        if kept is not None:  # (the next operation reads the edited file again: _embedded_after finds it not one piece)
            return kept, (start, end, content), escape
        if kind not in CODE_KINDS:
            raise CannotEdit(operation)
        outer = mapped.outer
        if not isinstance(outer, int) and any(outer[at] == outer[at + 1] for at in range(start, min(end, len(outer) - 1))):
            raise Withheld("flowlint does not know where each character of the string's escapes is written")
        raise Withheld("the string writes a character there in more than one way (an escape here, as itself there), "
                       "which the edit would not keep as written")
    return (file_start, file_end, escape(content)), (start, end, content), escape


def _callouts_kept(text: str, mapped: EmbeddedJson, start: int, end: int, splice: Splice) -> Splice | None:
    """The splice of an AsciiDoc block's JSON whose replaced file text holds callouts the JSON does not (`"type":
    "flow", <3>`: sources.fences takes them out as Asciidoctor renders the block), made so that each is kept: at the end
    of the line the edit ends on, beside the callouts that line has (`"inputData": {…} <2> <3>` where a member after it
    was removed). None where the replaced text differs from the JSON by anything else (the proof reads the block
    again, callouts taken out, and must find the body the fix makes)."""
    from ..sources.fences import CALLOUT, CALLOUT_RUN

    outer = mapped.outer
    file_start, file_end, written = splice
    if isinstance(outer, int) or len(outer) != len(mapped.text) + 1 or end <= start:
        return None
    gaps: list[str] = []
    kept: list[str] = []
    for at in range(start, end):
        first, after = outer[at] + 1, outer[at + 1]
        kept.append(text[outer[at]:first])
        if after > first:
            gap = text[first:after]
            if CALLOUT_RUN.fullmatch(gap) is None:
                return None
            gaps.append(gap)
        elif after < first:
            return None
    if not gaps or "".join(kept) != mapped.text[start:end]:
        return None
    line_end = file_end  # the end of the line the edit ends on, its trailing blanks left out
    while line_end < len(text) and text[line_end] not in "\r\n":
        line_end += 1
    while line_end > file_end and text[line_end - 1] in " \t":
        line_end -= 1
    rest = text[file_end:line_end]
    run = next((index for index in range(max(0, len(rest) - 64), len(rest)) if CALLOUT_RUN.fullmatch(rest, index)), None)
    callouts = " " + " ".join(CALLOUT.findall("".join(gaps)))
    if run is None:
        return file_start, line_end, written + rest + "".join(gaps)  # (each as written, its comment marker with it)
    if rest[run:].strip(" \t")[:1] != "<":
        return file_start, line_end, written + rest + callouts  # after a run written in a comment (`// <3> <2>`)
    return file_start, file_end + run, written + rest[:run] + callouts


def _inserted_beside_callouts(text: str, mapped: EmbeddedJson, start: int, written: str) -> Splice | None:
    """An insertion in an AsciiDoc block's JSON just after a member whose line ends with callouts (`"type": "flow" <3>`):
    its first line written before them (`"type": "flow", <3>`), the rest after them, so they stay at that line's end.
    None where no callout is there."""
    from ..sources.fences import CALLOUT_RUN

    outer = mapped.outer
    if isinstance(outer, int) or len(outer) != len(mapped.text) + 1:
        return None
    before, after = outer[start - 1] + 1, outer[start]
    if after <= before or CALLOUT_RUN.fullmatch(text, before, after) is None:
        return None
    breaks = [index for index in (written.find("\n"), written.find("\r")) if index >= 0]
    if not breaks:
        return before, before, written
    cut = min(breaks)
    return before, after, written[:cut] + text[before:after] + written[cut:]


def _file_offset(mapped: EmbeddedJson, offset: int) -> int:
    outer = mapped.outer
    if isinstance(outer, int):
        return outer + offset
    if len(outer) != len(mapped.text) + 1:
        raise CannotEdit("the string's characters are not all mapped")
    return outer[offset]


def _escaper(text: str, mapped: EmbeddedJson, kind: str) -> Callable[[str], str]:
    """How the host writes a character of the embedded text: its string escaping (verbatim for a raw body)."""
    if kind in ("postman", "har", "data-action") or (kind in ("saved-request", "aws") and _in_json_string(text, mapped)):
        return lambda s: json.dumps(s, ensure_ascii=False)[1:-1]
    if kind == "aws" and _after(text, mapped) == "'":  # a YAML single-quoted scalar writes `'` as `''`
        return lambda s: s.replace("'", "''")
    if kind == "terraform":
        return _hcl_escaper(text, mapped)
    if isinstance(mapped.outer, int) or kind not in CODE_KINDS:
        return lambda s: s  # an .http body, a curl argument: written as is (the proof rejects a quote it would break)
    first = mapped.outer[0] if mapped.outer else 0
    quote = text[first - 1] if first > 0 else ""
    if quote not in ("'", '"', "`"):
        raise CannotEdit("not a plain string literal")
    written, holes = _as_written(text, mapped)

    def plain(char: str) -> str:
        char = char.replace("\\", "\\\\").replace(quote, "\\" + quote)
        return char.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")

    def chars(s: str) -> str:
        pieces = [written.get(char) or plain(char) for char in s]
        if quote == "`":  # a `${` the text holds is no hole of the template
            for index in range(1, len(pieces)):
                if s[index] == "{" and pieces[index] == "{" and pieces[index - 1] == "$":
                    pieces[index - 1] = "\\$"
        return "".join(pieces)

    def escape(s: str) -> str:
        if not holes or "{{$" not in s:
            return chars(s)
        parts, at = [], 0
        for hole in _HOLE.finditer(s):
            if hole.group() not in holes:
                raise CannotEdit("a hole of the string written more than one way")
            parts += [chars(s[at:hole.start()]), holes[hole.group()]]
            at = hole.end()
        return "".join([*parts, chars(s[at:])])

    return escape


def _as_written(text: str, mapped: EmbeddedJson) -> tuple[dict[str, str], dict[str, str]]:
    """How the string literal writes each character it holds, where it writes that character one way throughout
    (`é` as `\\u00e9`, a line break of a template literal or a Python triple-quoted string as the break itself): a
    fix's text is written so, and a member it carries reads as the author wrote it. A hole (`${x}`), a character
    written two ways, or one written as nothing (a line continuation's) is left to the plain escaping, which then
    does not match the file where such a character is replaced (no edit). And each hole's stand-in (`{{$count}}`,
    sources.embedded) with the hole as written (`${count}`), where every hole of that stand-in is written alike: a
    moved member carries its holes. Linear in the string."""
    outer = mapped.outer
    if isinstance(outer, int) or len(outer) != len(mapped.text) + 1:
        return {}, {}
    found: dict[str, str] = {}
    mixed: set[str] = set()
    spans = [hole.span() for hole in _HOLE.finditer(mapped.text)] if "{{$" in mapped.text else []
    inside = 0  # the next hole's index in `spans`
    for index, char in enumerate(mapped.text):
        while inside < len(spans) and spans[inside][1] <= index:
            inside += 1
        if char in mixed or (inside < len(spans) and spans[inside][0] <= index):
            continue  # (a hole's stand-in: written as the hole, below)
        raw = text[outer[index]:outer[index + 1]]
        if not raw or "${" in raw or (len(raw) > 1 and not raw.startswith("\\") and raw not in ("\r\n", "{{", "}}")) \
                or found.setdefault(char, raw) != raw:
            mixed.add(char)
            found.pop(char, None)
    holes: dict[str, str] = {}
    doubled: set[str] = set()
    for hole in _HOLE.finditer(mapped.text):
        raw = text[outer[hole.start()]:outer[hole.end()]]
        stand_in = hole.group()
        if not (raw.startswith(("${", "{")) and raw.endswith("}")) or holes.setdefault(stand_in, raw) != raw:
            doubled.add(stand_in)
    return found, {stand_in: raw for stand_in, raw in holes.items() if stand_in not in doubled}


def _after(text: str, mapped: EmbeddedJson) -> str:
    """The character the embedded text's first one is written after (none for a body mapped from one offset)."""
    return text[mapped.outer[0] - 1:mapped.outer[0]] if not isinstance(mapped.outer, int) and mapped.outer else ""


def _in_json_string(text: str, mapped: EmbeddedJson) -> bool:
    """A saved request's body written as a JSON string (a client's raw text): what a fix writes in it is escaped as
    JSON escapes it (as a YAML double-quoted scalar's is too); a YAML block scalar's is written as is."""
    return not isinstance(mapped.outer, int) and bool(mapped.outer) and text[mapped.outer[0] - 1:mapped.outer[0]] == '"'


def _hcl_escaper(text: str, mapped: EmbeddedJson) -> Callable[[str], str]:
    """How a Terraform string writes template text: a quoted string escapes, a heredoc does not; both write `${` as `$${`."""
    first = mapped.outer[0] if not isinstance(mapped.outer, int) and mapped.outer else 0
    quoted = first > 0 and text[first - 1] == '"'

    def escape(s: str) -> str:
        if quoted:
            s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        return s.replace("${", "$${").replace("%{", "%%{")

    return escape


# --- object and dict literals ----------------------------------------------------------------------------------------

def keyword_named(name: str) -> str:
    """Why a Python keyword argument is not renamed `name` where it is written: `dict(Flow.x=…)` is a SyntaxError."""
    return f"a keyword argument cannot be named {code(name)}"


def _keyword_name(name: str) -> bool:
    """Whether a Python keyword argument can be named so."""
    return name.isidentifier() and not keyword.iskeyword(name)


class _Unrecorded(CannotEdit):
    """A body path whose place in the text is not known (behind a spread, or lost by an earlier edit of the fix)."""


_MEMBER_TYPES = frozenset({"pair", "keyword_argument", "shorthand_property_identifier"})
_CONTAINER_TYPES = frozenset({"object", "dictionary", "array", "list"})


_FUNCTION_TYPES = frozenset({"function_definition", "lambda", "function_declaration", "function_expression", "arrow_function",
                             "method_definition", "function", "generator_function_declaration", "generator_function"})
_LOG_CALLS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "log", "trace"})


def _bound_name(binding: Node, value: Node) -> Node | None:
    """The name `binding` binds `value` to (`payload = {…}`, `const inputs = {…}`), when it binds one plain name."""
    if binding.type in ("assignment", "assignment_expression", "augmented_assignment"):
        right, left = binding.child_by_field_name("right"), binding.child_by_field_name("left")
    elif binding.type == "variable_declarator":
        right, left = binding.child_by_field_name("value"), binding.child_by_field_name("name")
    else:
        return None
    if right is None or right != value or left is None or left.type != "identifier":
        return None
    return left



def word_pattern(escaped: AnyStr) -> AnyStr:
    """The pattern of a word (`escaped`: its text, escaped) written as a whole word (no `[\\w$]` character on either
    side), as `(?<![\\w$])WORD(?![\\w$])` finds it, led by the word itself: the regular-expression engine then looks
    for the word's text alone where it starts (its literal search), not at every character of the text (a lookbehind
    first gives it nothing to look for). A fix's question whether a name is read elsewhere searched the whole file
    so at each fix: ~5 ms a fix in a 160 KB file of 512 launches, more than half its CPU."""
    if isinstance(escaped, bytes):
        return escaped + rb"(?<![\w$]" + escaped + rb")(?![\w$])"
    return escaped + r"(?<![\w$]" + escaped + r")(?![\w$])"


def _identifiers(scope: Node, name: str, source: SourceText) -> list[Node]:
    """Every identifier (or JS shorthand property) in `scope` written `name`: its words found in the text, then their nodes."""
    found: list[Node] = []
    pattern = re.compile(word_pattern(re.escape(name.encode("utf-8"))))
    for match in pattern.finditer(source.data, scope.start_byte, scope.end_byte):
        node = scope.descendant_for_byte_range(match.start(), match.end())
        if node is not None and node.type in ("identifier", "shorthand_property_identifier") \
                and (node.start_byte, node.end_byte) == match.span():
            found.append(node)
    return found


_CALL_TYPES = frozenset({"call", "call_expression", "new_expression"})
_SPLATS = frozenset({"list_splat", "dictionary_splat", "spread_element"})
#: Parameters that take what no plain argument after them is bound to (`*args`, `*`, `**kwargs`, JS `...rest`).
_OPEN_PARAMETERS = frozenset({"list_splat_pattern", "dictionary_splat_pattern", "keyword_separator", "rest_pattern"})


def _argument_of(node: Node, call: Node) -> Node | None:
    """The argument of `call` (a positional one or a keyword argument) that holds `node`, None: none does."""
    arguments = call.child_by_field_name("arguments")
    while node.parent is not None and node.parent != arguments:
        node = node.parent
    return node if node.parent is not None else None


def _parameter_of(call: Node, argument: Node, function: Node) -> Node | None:
    """The name of the parameter of `function` an argument of `call` is bound to, by position or keyword (None: not
    told for sure: after a splat, into `*args`/`**kwargs`, a destructuring pattern)."""
    single = function.child_by_field_name("parameter")  # JS `body => …`
    listed = function.child_by_field_name("parameters")
    parameters = [single] if single is not None else listed.named_children if listed is not None else []
    parameters = [each for each in parameters if each.type not in ("comment", "positional_separator")]
    if _bound_method(function):
        parameters = parameters[1:]  # `self`, given by the call's object
    given = [each for each in argument.parent.named_children if each.type != "comment"] if argument.parent else []
    if argument.type == "keyword_argument":
        keyword = argument.child_by_field_name("name")
        names = [_parameter_name(each) for each in parameters]
        return next((name for name in names if name is not None and keyword is not None and name.text == keyword.text), None)
    index = given.index(argument)
    if any(each.type in _SPLATS for each in given[:index + 1]) or index >= len(parameters) \
            or any(_open(each) for each in parameters[:index + 1]):
        return None
    return _parameter_name(parameters[index])


def _open(parameter: Node) -> bool:
    pattern = parameter.child_by_field_name("pattern")
    return parameter.type in _OPEN_PARAMETERS or (pattern is not None and pattern.type in _OPEN_PARAMETERS)


def _parameter_name(parameter: Node) -> Node | None:
    """The one plain name a parameter binds (`body`, `body=None`, `body: dict`, `body = {}`, `body?: T`), else None."""
    if parameter.type == "typed_parameter":
        named = parameter.named_children[0] if parameter.named_children else None
    elif parameter.type == "identifier":
        named = parameter
    else:
        named = parameter.child_by_field_name("name") or parameter.child_by_field_name("pattern") \
            or parameter.child_by_field_name("left")
    return named if named is not None and named.type == "identifier" else None


def _bound_method(function: Node) -> bool:
    """Whether a Python function is a method of a class whose first parameter the call's object is (not a staticmethod)."""
    if function.type != "function_definition":
        return False
    above = function.parent
    decorators = ""
    if above is not None and above.type == "decorated_definition":
        decorators = "".join((each.text or b"").decode("utf-8", "replace") for each in above.children if each.type == "decorator")
        above = above.parent
    return above is not None and above.type == "block" and above.parent is not None \
        and above.parent.type == "class_definition" and "staticmethod" not in decorators


def _written_to(use: Node) -> bool:
    """Whether a use of a name writes a member of it (`body["x"] = 1`, `body.x = 1`, `del body["x"]`, `body.update(…)`)."""
    above = use.parent
    if above is None or above.type not in ("subscript", "attribute", "member_expression", "subscript_expression"):
        return False
    if above.child_by_field_name("value") != use and above.child_by_field_name("object") != use:
        return False
    owner = above.parent
    if owner is None:
        return False
    if owner.type in ("assignment", "assignment_expression", "augmented_assignment") and owner.child_by_field_name("left") == above:
        return True
    if owner.type == "delete_statement" or (owner.type == "unary_expression" and owner.text is not None
                                             and owner.text.startswith(b"delete")):
        return True
    member = above.child_by_field_name("attribute") or above.child_by_field_name("property")
    return owner.type in ("call", "call_expression") and member is not None and member.text in (b"update", b"setdefault")


def _rebound(use: Node) -> bool:
    """Whether a use of a name only writes the name, reading nothing of what it held: a declaration with no value (`let
    body;`, Python's `body: dict`) or the left side of a plain assignment (another branch's `body = {…}`)."""
    above = use.parent
    if above is None:
        return False
    if above.type == "variable_declarator":
        return above.child_by_field_name("name") == use and above.child_by_field_name("value") is None
    return above.type in ("assignment", "assignment_expression") and above.child_by_field_name("left") == use \
        and (above.child_by_field_name("right") is not None or above.child_by_field_name("type") is not None)


def _logged(use: Node, source: SourceText) -> bool:
    """Whether a use of a name is an argument of a log line (`print(body)`, `logger.info(…, body)`, `console.log(body)`)."""
    above = use.parent
    while above is not None and above.type in ("argument_list", "arguments", "keyword_argument", "interpolation",
                                                "string", "template_substitution", "template_string"):
        above = above.parent
    if above is None or above.type not in ("call", "call_expression"):
        return False
    callee = above.child_by_field_name("function")
    if callee is None:
        return False
    written = source.raw(callee)
    last = written.rsplit(".", 1)[-1]
    return written == "print" or (last in _LOG_CALLS and ("log" in written.lower() or written.startswith("console.")))


#: A node of one text's tree, by place and type (a re-parse of the same text, or another literal's reading of it, names
#: the same node so): what a traced binding's answer is kept under.
_NodeKey = tuple[int, int, int]


def _node_key(node: Node) -> _NodeKey:
    return node.start_byte, node.end_byte, node.kind_id


class _Tracing:
    """Where the launches of one text are sent from (every launch's _sent_at), indexed by byte so that a node is found
    inside one or not in log time, and the answers of the bindings traced in that text (_Literal.shared) from a
    literal's first question: kept with a file's extractions (Extractions.tracing), so a file's launch places are
    found once, not once per fix, and a binding many launches' literals reach (a helper's parameter) is traced once."""

    def __init__(self, sites: Callable[[], list[tuple[int, int]]]) -> None:
        self._sites = sites  # character spans, found only once a binding is traced
        self._spans: frozenset[tuple[int, int]] | None = None
        self._firsts: list[int] = []  # the sites' first bytes, sorted
        self._reach: list[int] = []  # the furthest last byte of the sites up to each of them
        #: (binding, its name) -> why it is read elsewhere (None: it is not), and every binding the trace answered on
        #: its way there (a literal's later questions start from them, as they would have after tracing it itself).
        self.traced: dict[tuple[_NodeKey, _NodeKey], tuple[str | None, dict[_NodeKey, str | None]]] = {}

    def spans(self, source: SourceText) -> frozenset[tuple[int, int]]:
        """The sites as character spans (and, the first time, their byte index built from the text's bytes)."""
        if self._spans is None:
            sites = self._sites()
            self._spans = frozenset(sites)
            in_bytes = sorted(_as_bytes(source, sites))
            self._firsts = [first for first, _ in in_bytes]
            self._reach = list(itertools.accumulate((last for _, last in in_bytes), max))
        return self._spans

    def holds(self, source: SourceText, start_byte: int, end_byte: int) -> bool:
        """Whether a site holds the bytes [start_byte, end_byte): the sites that start at or before it reach past it."""
        self.spans(source)
        at = bisect.bisect_right(self._firsts, start_byte)
        return at > 0 and self._reach[at - 1] >= end_byte


def _as_bytes(source: SourceText, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of a text as byte spans of its UTF-8 (one pass over the text for all of them)."""
    if source.ascii:
        return spans
    bytes_at = source.byte_offsets(sorted({offset for span in spans for offset in span}))
    return [(bytes_at[first], bytes_at[last]) for first, last in spans]


class _Literal:
    def __init__(self, text: str, kind: str, spans: TreeSpans, body: Any, tree: tuple[SourceText, Node] | None = None,
                 quote: Callable[[str], str] | None = None) -> None:
        self.text = text
        self._quote = quote or _quote_of
        self.origin: Callable[[], _Literal | None] = lambda: None
        self.kind = kind
        self.python = kind == "python"
        self.spans = spans
        self.body = body
        from ..sources.code import fields

        if tree is None:
            tree = _parsed_alone(kind, text, "the code")
        self.source, self.root = tree
        self.fields = fields(kind)
        #: The launch calls' character spans (LaunchEditor sets them): a binding read only by them and by what leads
        #: there is edited; one also read by other code (another call, a return, an export) is not.
        self.tracing = _Tracing(list)  # every launch's (sent_at), and the bindings traced in this text
        self.own_sites: list[tuple[int, int]] = []  # this launch's
        #: How many of own_sites are calls (the rest: the body argument written apart, which may be a partial's,
        #: itself bound to a name other code calls too).
        self.own_calls = 0
        self._own_bytes: list[tuple[int, int]] | None = None
        self._shared: dict[_NodeKey, str | None] = {}  # a binding -> why it is read elsewhere (None: it is not)

    def apply(self, operation: Operation) -> str:
        """The text with the operation written."""
        start, end, content = self.edit(operation)
        return self.text[:start] + content + self.text[end:]

    def edit(self, operation: Operation) -> Splice:
        """The one replacement in the text writing the operation (every operation is one)."""
        if isinstance(operation, RenameKey):
            return self.rename(operation.path, operation.name)
        if isinstance(operation, RemoveMember):
            return self.remove(operation.path, operation.moved)
        if isinstance(operation, ReplaceValue):
            return self.replace(operation.path, operation.value)
        if isinstance(operation, InsertMember):
            return self.insert(operation.path, operation.name, operation.value, operation.source, operation.sources)
        raise CannotEdit(operation)

    # where things are
    def byte(self, offset: int) -> int:
        if self.source.ascii:  # a character is a byte: no copy of the text before it to measure
            return offset
        return len(self.text[:offset].encode("utf-8", "surrogatepass"))

    def offsets(self, node: Node) -> tuple[int, int]:
        return self.source.offsets(node)

    def recorded(self, path: Path) -> tuple[tuple[int, int] | None, tuple[int, int]]:
        found = self.spans.spans.get(path)
        if found is None:
            raise _Unrecorded(path)  # written behind a spread or a call: not in the text (or not carried past an edit)
        if any(path[:i] in self.spans.shown_only for i in range(len(path) + 1)):
            raise CannotEdit(path)  # in a class the body is dumped from
        return found

    def read_elsewhere(self, offset: int) -> str | None:
        """Why the literal written at `offset` must not be edited for this launch: it is bound to a name that other code
        reads too (another call's argument, a return, an export), so an edit would change what that code sends."""
        if not self.own_sites:
            return None
        node: Node | None = self.root.descendant_for_byte_range(self.byte(offset), self.byte(offset))
        own = [(self.byte(first), self.byte(last)) for first, last in self.own_sites[:self.own_calls]]
        calls = [own[0], *reversed(own[1:])]  # the call here, then those in the functions it is made through, inward
        while node is not None and node.parent is not None:
            for level in range(len(calls) - 1, -1, -1):
                first, last = calls[level]
                if first <= node.start_byte and node.end_byte <= last:  # written in one of the launch's calls
                    return None if level == len(calls) - 1 else self.read_through(node, calls, level)
            if node.type in _FUNCTION_TYPES:
                return None  # returned by a function (not a binding this check follows)
            name = _bound_name(node.parent, node)
            if name is not None:
                return self.shared(node.parent, name, 0)
            node = node.parent
        return None

    def read_through(self, node: Node, calls: list[tuple[int, int]], level: int) -> str | None:
        """Why a literal handed to a function the launch is made through (`launch({…})` around `requests.post(URL,
        json=body)`) must not be edited: the parameter it is bound to there is read by other code too (None: only by
        the launch, by reads that cannot see the change, or by the next such function with a parameter read that way)."""
        call = self.root.descendant_for_byte_range(*calls[level])
        inner = self.root.descendant_for_byte_range(*calls[level + 1])
        function = inner
        while function is not None and function.type not in _FUNCTION_TYPES:
            function = function.parent
        argument = _argument_of(node, call) if call is not None and call.type in _CALL_TYPES else None
        name = _parameter_of(call, argument, function) if call is not None and argument is not None and function is not None \
            else None
        if name is None or function is None:
            return ("the launch is made through a function whose parameter for it flowlint cannot tell, which the edit "
                    "would change too; send the launch its own object to have it fixed")
        why = self.shared(name, name, 0)
        if why is not None or level + 2 == len(calls):
            return why
        first, last = calls[level + 1]
        for use in _identifiers(function, self.source.raw(name), self.source):
            if first <= use.start_byte and use.end_byte <= last and (why := self.read_through(use, calls, level + 1)):
                return why
        return None

    def sent(self, node: Node) -> bool:
        """Whether a node is written in a launch's call (this launch's, or any launch's of the text)."""
        if self._own_bytes is None:
            self._own_bytes = _as_bytes(self.source, self.own_sites)
        return any(first <= node.start_byte and node.end_byte <= last for first, last in self._own_bytes) \
            or self.tracing.holds(self.source, node.start_byte, node.end_byte)

    def shared(self, binding: Node, name: Node, depth: int) -> str | None:
        """Why the name a binding binds is read by code other than the launch (None: only by the launch, by writes to
        its members, by a log line, or by another binding read only that way).

        A literal's first question is answered from its text's tracing when another literal of the text asked it
        first (the answer, and the bindings traced on the way, depend only on the text and its launches' sites: this
        launch's own are among them)."""
        key = _node_key(binding)
        if key in self._shared:
            return self._shared[key]
        if depth or self._shared or not self.tracing.spans(self.source).issuperset(self.own_sites):
            return self._trace(binding, name, depth)
        asked = key, _node_key(name)
        found = self.tracing.traced.get(asked)
        if found is not None:
            self._shared.update(found[1])
            return found[0]
        why = self._trace(binding, name, depth)
        self.tracing.traced[asked] = why, dict(self._shared)
        return why

    def _trace(self, binding: Node, name: Node, depth: int) -> str | None:
        """shared's answer, found by reading every use of the name in its scope."""
        key = _node_key(binding)
        self._shared[key] = why = None
        written = self.source.raw(name)
        scope = binding.parent
        while scope is not None and scope.type not in _FUNCTION_TYPES:
            if scope.type == "export_statement":
                why = f"`{written}` is exported"
            scope = scope.parent
        scope = scope or self.root
        sent = False  # whether a launch sends the name itself
        for use in _identifiers(scope, written, self.source):
            if why is not None or depth > 8:
                break
            in_launch = self.sent(use)
            sent = sent or in_launch
            if use == name or in_launch or _written_to(use) or _logged(use, self.source) or _rebound(use):
                continue
            above: Node | None = use
            while above is not None and above.parent is not None and above.type not in _FUNCTION_TYPES:
                other = _bound_name(above.parent, above)
                if other is not None:
                    break
                above = above.parent
            if above is not None and above.parent is not None and other is not None \
                    and self.shared(above.parent, other, depth + 1) is None:
                continue
            why = (f"`{written}` is also read on line {use.start_point[0] + 1}, which the edit would change too; send "
                   "the launch its own object to have it fixed")
        if depth > 8 and why is None:
            why = f"`{written}` is read through too many names"
        if why is None and depth > 0 and self.python and scope.type == "module" and not sent:
            # A module's top-level names are its exports (JavaScript's `export`): one holding the object that no launch
            # sends is there for the code that imports the module.
            why = f"`{written}` also holds it at the top of the module, which any code importing the module reads"
        self._shared[key] = why
        return why

    def member(self, path: Path) -> Node:
        """The node of the member at `path`: a pair, a keyword argument, a shorthand property or an array item."""
        key, value = self.recorded(path)
        start = key[0] if key is not None else value[0]
        node = self.root.descendant_for_byte_range(self.byte(start), self.byte(start))
        while node is not None and node.parent is not None:
            if node.type in _MEMBER_TYPES and self.offsets(node)[0] == start:
                return node
            if node.parent.type in ("array", "list") and key is None and self.offsets(node)[0] == start:
                return node
            node = node.parent
        raise CannotEdit(path)

    def container(self, path: Path) -> Node:
        _, value = self.recorded(path)
        node = self.root.descendant_for_byte_range(self.byte(value[0]), self.byte(value[0]))
        while node is not None:
            if node.type in _CONTAINER_TYPES and self.offsets(node)[0] == value[0]:
                return node
            node = node.parent
        raise CannotEdit(path)

    @staticmethod
    def items(container: Node) -> list[Node]:
        return [child for child in container.named_children if child.type != "comment"]

    def splice(self, start: int, end: int, content: str) -> Splice:
        shared = self.read_elsewhere(start)
        if shared is not None:
            raise Withheld(shared)
        return start, end, content

    # operations
    def rename(self, path: Path, name: str) -> Splice:
        key, _ = self.recorded(path)
        if key is None or not path or not isinstance(path[-1], str):
            raise CannotEdit(path)
        keyword_call = self.python and not _keyword_name(name) and (argument := self.member(path)).type == "keyword_argument"
        if keyword_call and self.keywords_of_dict(argument) is None:
            raise Withheld(f"{keyword_named(name)}; write the inputs as a dict literal ({{{self.key_text(name)}: …}})")
        if self.used_elsewhere(path[-1], key) or self.typed(key):
            # Renamed here only, the other uses (a read, a declared type) would still say the old name: help only.
            raise CannotEdit(f"{path[-1]} is used elsewhere in the file")
        written = self.text[key[0]:key[1]]
        if not self.python and name in _JS_RESERVED:
            return self.splice(*key, self.key_text(name))  # quoted or not, the key would set the prototype
        if written[:1] in ("'", '"') and written[-1:] == written[:1]:
            return self.splice(*key, _quoted(name, written[0]))
        if not self.python and (member := self.property_of(key)) is not None:
            return self.renamed_property(member, key, name)  # `body.flowID = id`, `body.inputData.x = 1`
        if not self.python and self.member(path).type == "shorthand_property_identifier":
            return self.splice(key[0], key[0], f"{self.key_text(name)}: ")  # `{ contactId }`: the value stays the variable
        if keyword_call:  # dict(customerPhone=…) to `Flow.customerPhone`: no keyword can be so named
            return self.dict_call_as_literal(argument, name)
        if self.python:  # dict(flow_id=…): a keyword stays a keyword
            return self.splice(*key, name)
        return self.splice(*key, self.key_text(name))

    def keywords_of_dict(self, argument: Node) -> list[Node] | None:
        """The arguments of the builtin `dict(…)` call a keyword argument is one of, when each is a keyword (or a
        comment): the call can be written as the dict literal it makes. None for any other call (a TypedDict's, whose
        literal a type checker would refuse) or one that spreads or takes a mapping (`dict(base, a=1)`, `**extra`)."""
        arguments = argument.parent
        call = arguments.parent if arguments is not None else None
        callee = call.child_by_field_id(self.fields.function) if call is not None else None
        if call is None or callee is None or callee.type != "identifier" or self.source.raw(callee) != "dict":
            return None
        written = [child for child in arguments.named_children if child.type != "comment"]  # type: ignore[union-attr]
        return written if all(child.type == "keyword_argument" for child in written) else None

    def dict_call_as_literal(self, argument: Node, name: str) -> Splice:
        """The `dict(…)` call holding a keyword argument written as the dict literal it makes, that keyword named `name`
        (which no keyword can be): `dict(a=x,  # note` to `{"a": x,  # note`, each value and comment as written."""
        keywords = self.keywords_of_dict(argument)
        call = argument.parent.parent if argument.parent is not None else None
        if keywords is None or call is None or argument.parent is None:
            raise CannotEdit(name)
        start, end = self.offsets(call)
        opened, closed = self.offsets(argument.parent)
        parts, at = ["{"], opened + 1
        for each in keywords:
            key, value = each.child_by_field_id(self.fields.name), each.child_by_field_id(self.fields.value)
            if key is None or value is None:
                raise CannotEdit(name)
            written = name if each == argument else self.source.raw(key)
            parts += [self.text[at:self.offsets(each)[0]], f"{self.key_text(written)}: "]
            at = self.offsets(value)[0]
        parts += [self.text[at:closed - 1], "}"]
        return self.splice(start, end, "".join(parts))

    def used_elsewhere(self, old: str, key: tuple[int, int]) -> bool:
        """Whether the name being renamed is written anywhere in the text but at `key` (a read of the member, a type or
        TypedDict declaring it, a string naming it): conservative, a variable of that name aside, comments too."""
        kept = _CACHES.uses
        uses = kept.pop((self.kind, old, self.text), None)
        if uses is None:
            uses = [match.span() for match in re.finditer(word_pattern(re.escape(old)), self.text)
                    if self.counted(match.start(), match.end())]
        kept[(self.kind, old, self.text)] = uses  # each launch's rename of one file's text: its uses found once
        while len(kept) > 4:
            del kept[next(iter(kept))]
        return any(not (key[0] <= start and end <= key[1]) for start, end in uses)

    def counted(self, start: int, end: int) -> bool:
        """Whether the name written at [start, end) is a use of a member's name (not a variable, a comment or a key of
        an object literal)."""
        node = self.root.descendant_for_byte_range(self.byte(start), self.byte(end))
        return not (node is None or node.type == "comment" or (node.type == "identifier" and self.variable(node))
                    or self.literal_key(node))

    def literal_key(self, node: Node) -> bool:
        """Whether a node is (inside) a key written in an object or dict literal: another literal's member (another
        launch's), or one of this body's, which the proof of the rename then finds still written."""
        while node.type in ("string_content", "string_fragment", "string_start", "string_end", "string") \
                and node.parent is not None and node.parent.type in ("string", "pair"):
            if node.parent.type == "pair":
                break
            node = node.parent
        above = node.parent
        return above is not None and above.type == "pair" and above.child_by_field_id(self.fields.key) == node \
            and above.parent is not None and above.parent.type in ("object", "dictionary")

    def variable(self, node: Node) -> bool:
        """Whether an identifier is a variable (not a member's name written as one: a keyword, an attribute, a field)."""
        if not self.python:
            return True  # JS/TS write a member's name as a property identifier
        above = node.parent
        if above is None:
            return True
        if above.type == "keyword_argument" and above.child_by_field_id(self.fields.name) == node:
            return False
        if above.type == "attribute" and above.child_by_field_id(self.fields.attribute) == node:
            return False
        while above is not None and above.type not in ("function_definition", "lambda", "module"):
            if above.type == "class_definition":
                return False  # a class body's name is a field (a TypedDict's, a dataclass's)
            above = above.parent
        return True

    def typed(self, key: tuple[int, int]) -> bool:
        """Whether the body written at `key` has a declared type (`as T`, `: T`, a class called with keywords): the
        type still declares the old name."""
        node = self.root.descendant_for_byte_range(self.byte(key[0]), self.byte(key[1]))
        if node is None:
            return True
        if self.python and node.parent is not None and node.parent.type == "keyword_argument":
            call = node.parent.parent.parent if node.parent.parent is not None else None
            callee = call.child_by_field_id(self.fields.function) if call is not None else None
            return callee is None or self.written_at(callee) != "dict"  # a TypedDict, a dataclass: declared
        owner = None
        while node is not None:
            if node.type in ("as_expression", "satisfies_expression", "type_assertion"):
                return True
            if node.type in ("variable_declarator", "assignment", "public_field_definition"):
                if node.child_by_field_id(self.fields.type) is not None:
                    return True
                if owner is None:
                    break
            if node.type in ("member_expression", "subscript", "subscript_expression") and owner is None:
                target = node.child_by_field_id(self.fields.object if not self.python else self.fields.value)
                if target is not None and target.type == "identifier":
                    owner = self.written_at(target)
            if node.type in ("statement_block", "block", "program", "module", "class_body"):
                break
            node = node.parent
        return owner is not None and self.declared(owner)

    def declared(self, name: str) -> bool:
        """Whether a variable or parameter `name` is declared with a type anywhere in the text (conservative):
        `name: T`, `const name = {} as T`, `name = T(…)` in Python."""
        for match in re.finditer(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", self.text):
            node = self.root.descendant_for_byte_range(self.byte(match.start()), self.byte(match.end()))
            above = node.parent if node is not None else None
            if node is None or above is None:
                continue
            if above.type in ("required_parameter", "optional_parameter", "typed_parameter", "typed_default_parameter") \
                    and above.child_by_field_id(self.fields.type) is not None:
                return True
            if above.type in ("variable_declarator", "assignment", "public_field_definition") \
                    and above.child_by_field_id(self.fields.name if not self.python else self.fields.left) == node:
                value = above.child_by_field_id(self.fields.value if not self.python else self.fields.right)
                if above.child_by_field_id(self.fields.type) is not None or (value is not None and value.type in (
                        "as_expression", "satisfies_expression", "type_assertion")):
                    return True
                if self.python and value is not None and value.type == "call":
                    callee = value.child_by_field_id(self.fields.function)
                    if callee is not None and self.written_at(callee) != "dict":
                        return True  # a TypedDict's, a dataclass's instance
        return False

    def written_at(self, node: Node) -> str:
        start, end = self.offsets(node)
        return self.text[start:end]

    def property_of(self, key: tuple[int, int]) -> Node | None:
        """The member expression whose property name is written at `key` (a member given by `body.flowID = …`)."""
        node = self.root.descendant_for_byte_range(self.byte(key[0]), self.byte(key[1]))
        above = node.parent if node is not None else None
        if node is None or above is None or node.type != "property_identifier" or above.type != "member_expression" \
                or above.child_by_field_id(self.fields.property) != node:
            return None
        return above

    def renamed_property(self, member: Node, key: tuple[int, int], name: str) -> Splice:
        """`body.flowID` as `body.flowId`; a name that is no identifier as a subscript: `body.inputData['Flow.x']`."""
        if name in _JS_RESERVED:
            raise CannotEdit(name)  # `body.__proto__ = …` sets the prototype, however it is written
        if _JS_IDENTIFIER.match(name):
            return self.splice(*key, name)
        owner = member.child_by_field_id(self.fields.object)
        if owner is None:
            raise CannotEdit(name)
        chain = "?." if member.child_by_field_id(self.fields.optional_chain) is not None else ""
        return self.splice(self.offsets(owner)[1], key[1], f"{chain}[{_quoted(name, self.quote())}]")

    def remove(self, path: Path, moved: bool = False) -> Splice:
        if not path:
            raise CannotEdit(path)
        node = self.member(path)
        container = node.parent
        if container is None or (not moved and _holds_comment(self.kind, node, self.source.data)):
            # A comment inside the member (an unwrapped wrapper's) is the author's: never dropped. A member moved has
            # its comments carried with it (the fix's insertion copied them; the proof reads the launch again).
            raise CannotEdit(path)
        items = self.items(container)
        if node not in items:
            raise CannotEdit(path)
        index = items.index(node)
        start, end = self.offsets(node)
        if index + 1 < len(items):
            following = self.offsets(items[index + 1])[0]
            if not _SEPARATOR.match(self.text[end:following]):
                raise CannotEdit(path)  # a comment between them: the author's
            return self.splice(start, following, "")
        if index > 0:
            before = self.offsets(items[index - 1])[1]
            if not _SEPARATOR.match(self.text[before:start]):
                raise CannotEdit(path)
            return self.splice(before, end, "")
        after = re.match(r"\s*,", self.text[end:])  # the only member, maybe with a trailing comma
        return self.splice(start, end + (after.end() if after else 0), "")

    def replace(self, path: Path, value: Any) -> Splice:
        if not path or contains_unknown(_at(self.body, path)):
            raise CannotEdit(path)  # an unknown value's text is the author's
        node = self.member(path)
        target = node.child_by_field_id(self.fields.value) if node.type in ("pair", "keyword_argument") else node
        if target is None or node.type == "shorthand_property_identifier":
            raise CannotEdit(path)
        start, end = self.offsets(target)
        old = self.text[start:end]
        quote = old[0] if old[:1] in ("'", '"') and isinstance(value, str) else None
        return self.splice(start, end, _quoted(value, quote) if quote else self.literal(value))

    def insert(self, path: Path, name: str, value: Any, source: Path | None = None,
               sources: tuple[tuple[str, Path], ...] = ()) -> Splice:
        container = self.container(path)
        if container.type not in ("object", "dictionary"):
            raise CannotEdit(path)
        carried = self.carried(container, name, source, sources) if source is not None or sources else None
        if carried is None and (source is not None or sources):
            raise NotCarried("a computed key, a spread or a key written twice")
        if carried is not None:
            member = carried  # the author's text moved, an expression flowlint cannot know (`hi ${who}`) too
        elif contains_unknown(value):
            raise CannotEdit(path)
        elif (written := self.written(value)) == name and not self.python and _JS_IDENTIFIER.match(name) \
                and name not in _JS_RESERVED:
            member = name  # `{ data: { flowId } }` unwrapped: `{ flowId }`, the variable kept
        else:
            member = f"{self.key_text(name)}: {written if written is not None else self.literal(value)}"
        items = self.items(container)
        opening, closing = self.offsets(container)
        if not items:
            inside = self.text[opening + 1:closing - 1]
            if inside.strip():
                raise CannotEdit(path)
            if "\n" in inside:  # the object's lines kept: the member on the line its removed one had
                line = inside.rfind("\n")
                return self.splice(opening + 1, closing - 1, f"{inside[:line]}{member}{inside[line:]}")
            return self.splice(opening + 1, closing - 1, f" {member} " if inside else member)
        first = self.offsets(items[0])[0]
        separator = member_separator(self.text[opening + 1:first])
        end = self.offsets(items[-1])[1]
        return self.splice(end, end, f",{separator}{member}")

    def carried(self, container: Node, name: str, source: Path | None, sources: tuple[tuple[str, Path], ...]) -> str | None:
        """The member an insertion into `container` writes, carried from where the author wrote it (InsertMember's
        `source`, or its `sources` as a new object): keys renamed, the values' text and the comments in them as written,
        re-indented to the object it lands in; None where it cannot be (an array item, a computed key, a spread)."""
        items = self.items(container)
        target = None  # the indentation of the object's members, when each starts a line of its own
        if items:
            opening, first = self.offsets(container)[0], self.offsets(items[0])[0]
            if "\n" in self.text[opening:first]:
                target = indentation(self.text, first)
        try:
            if source is not None:
                found = self.member_piece(source, name)
                if found is None:
                    return None
                piece, old, kept = found
                return reindented(piece, old, target, kept) if old is not None and target is not None else piece
            key = self.key_text(name)
            parents = {path[:-1] for _, path in sources}
            if len(parents) == 1:
                whole = self.object_piece(next(iter(parents)), sources)
                if whole is not None:
                    piece, old, between, kept = whole
                    return key + between + (reindented(piece, old, target, kept) if old is not None and target is not None
                                            else piece)
            pieces = []
            for new_name, path in sources:
                found = self.member_piece(path, new_name)
                if found is None:
                    return None
                pieces.append(found)
        except (_Unrecorded, CannotEdit):
            return None
        if target is None or any(old is None for _, old, _ in pieces):
            return key + ": {" + ", ".join(piece for piece, _, _ in pieces) + "}"
        opening = self.offsets(container)[0]
        inner = target + unit(self.text, leading(self.text, opening), target)
        line = newline(self.text)
        # A trailing comma where the object it lands in has one after its last member (the file's style).
        trailing = "," if _COMMA_AFTER.match(self.text, self.offsets(items[-1])[1]) else ""
        return key + ": {" + line + f",{line}".join(inner + reindented(piece, old or inner, inner, kept)
                                                     for piece, old, kept in pieces) + trailing + line + target + "}"

    def member_piece(self, path: Path, name: str, object_lines: Sequence[int] | None = None
                     ) -> tuple[str, str | None, frozenset[int]] | None:
        """The member at `path` as written, its key written `name` (as it was when the same), the indentation of its
        line when it starts one, and where in it a line starts inside a string or a comment (a triple-quoted string, a
        template literal, a block comment): those lines are the author's text, a string's its value, never
        re-indented (`reindented`'s `keep`). `object_lines`: those lines of the object holding it (kept_lines, sorted), when
        known: its own are among them."""
        if not path or not isinstance(path[-1], str):
            return None
        node = self.member(path)
        start, end = self.offsets(node)
        if node.type == "shorthand_property_identifier":  # `{ flowId }`: kept so where its name stays
            written = self.text[start:end]
            piece = written if written == name else f"{self.key_text(name)}: {written}"
        elif node.type in ("pair", "keyword_argument"):
            key = node.child_by_field_id(self.fields.key if node.type == "pair" else self.fields.name)
            value = node.child_by_field_id(self.fields.value)
            if key is None or value is None or key.type not in _PLAIN_KEYS:
                return None
            key_start, key_end = self.offsets(key)
            value_start, value_end = self.offsets(value)
            head = self.text[key_start:key_end] if path[-1] == name and node.type == "pair" else self.key_text(name)
            between = self.text[key_end:value_start] if node.type == "pair" else ": "
            piece = head + between + self.text[value_start:value_end]
            lines = self.kept_lines(node) if object_lines is None else object_lines[bisect.bisect_left(object_lines, start):
                                                                                       bisect.bisect_left(object_lines, end)]
            if node.type == "pair" and any(key_end <= line < value_start for line in lines):
                return None  # (a comment between the key and its value that spans lines: written anew)
            kept = frozenset(len(head) + len(between) + line - value_start for line in lines if line >= value_start)
            return piece, indentation(self.text, start), kept
        else:
            return None
        return piece, indentation(self.text, start), frozenset()

    def kept_lines(self, node: Node) -> list[int]:
        """Where a line starts (its offset in the text) inside a string or a comment at or below `node`."""
        found: list[int] = []
        stack = [node]
        while stack:
            each = stack.pop()
            if each.start_point[0] == each.end_point[0]:
                continue
            if each.type in _KEPT_TYPES:
                start, end = self.offsets(each)
                found += [match.end() for match in _LINE_BREAK.finditer(self.text, start, end) if match.end() < end]
            else:
                stack.extend(each.children)
        return found

    def object_piece(self, parent: Path, sources: tuple[tuple[str, Path], ...]
                     ) -> tuple[str, str | None, str, frozenset[int]] | None:
        """The object literal at `parent` as written (comments, commas and layout kept), each key written as `sources`
        renames it, when `sources` are its members, every one, in order: its text, the indentation of the line its
        member starts, what the author wrote between its key and it, and where in it a line starts inside a string or
        a comment (member_piece); None otherwise."""
        if not parent:
            return None
        holder = self.member(parent)
        if holder.type != "pair":
            return None
        node = holder.child_by_field_id(self.fields.value)
        own_key = holder.child_by_field_id(self.fields.key)
        if node is None or own_key is None or node.type not in ("object", "dictionary"):
            return None
        items = self.items(node)
        moved = [self.member(path) for _, path in sources]
        if [self.offsets(item) for item in items] != [self.offsets(item) for item in moved]:
            return None  # (not all of it, another order, a spread, a key written twice)
        start, end = self.offsets(node)
        parts: list[str] = []
        written = 0  # how much of the piece is written
        kept: set[int] = set()
        lines = sorted(self.kept_lines(node))

        def copied(first: int, last: int) -> None:  # the text between members, a comment's lines in it kept
            nonlocal written
            parts.append(self.text[first:last])
            # (the lines in it found by a search: a scan of every line for each stretch was quadratic in the members)
            kept.update(written + line - first for line in lines[bisect.bisect_left(lines, first):bisect.bisect_left(lines, last)])
            written += last - first

        at = start  # where the text copied next starts
        for (new_name, path), item in zip(sources, moved, strict=True):
            found = self.member_piece(path, new_name, lines)
            if found is None:
                return None
            item_start, item_end = self.offsets(item)
            copied(at, item_start)
            parts.append(found[0])
            kept.update(written + line for line in found[2])
            written += len(found[0])
            at = item_end
        copied(at, end)
        return "".join(parts), indentation(self.text, self.offsets(holder)[0]), self.text[self.offsets(own_key)[1]:start], \
            frozenset(kept)

    def written(self, value: Any) -> str | None:
        """The author's text of a value this fix moves: a member at most one wrapper deep in the body literal the fix
        started from, holding the same value (`flowId`, not the constant's value); None when there is none."""
        from . import same

        source = self.origin()
        if source is None:
            return None
        try:
            low, high = source.offsets(source.container(()))
        except CannotEdit:
            return None
        for path in source.spans.spans:
            if not 0 < len(path) <= 2:
                continue
            try:
                found = _at(source.body, path)
                node = source.member(path)
            except (KeyError, IndexError, TypeError, CannotEdit):
                continue
            if type(found) is not type(value) or not same(found, value):
                continue
            start, end = source.offsets(node)
            if start < low or end > high:
                continue
            if node.type == "shorthand_property_identifier":
                return source.text[start:end]
            target = node.child_by_field_id(self.fields.value)
            if target is not None:
                start, end = source.offsets(target)
                return source.text[start:end]
        return None

    # writing literals
    def key_text(self, name: str) -> str:
        if self.python:
            return json.dumps(name, ensure_ascii=False)
        if name in _JS_RESERVED:  # `__proto__:` and `"__proto__":` set the prototype; only a computed key is a member
            return f"[{_quoted(name, self.quote())}]"
        if _JS_IDENTIFIER.match(name):
            return name
        return _quoted(name, self.quote())

    def quote(self) -> str:
        return self._quote(self.text)

    def literal(self, value: Any) -> str:
        if self.python:
            return _python_literal(value)
        if _has_key(value, _JS_RESERVED):
            raise CannotEdit("__proto__")  # in a JS object literal that key sets the prototype: the member would not be sent
        try:  # JSON is a JS expression meaning the same value, but for __proto__
            return json.dumps(value, ensure_ascii=False, allow_nan=False)
        except ValueError:  # Infinity: JSON.stringify would send null
            raise CannotEdit(value) from None


#: A comma after a member, blanks and line breaks before it.
_COMMA_AFTER = re.compile(r"\s*,")
#: Keys a moved member may have: written as a name or a string (not computed, not a number).
_PLAIN_KEYS = frozenset({"property_identifier", "identifier", "string"})
#: The nodes whose lines are the author's text, never re-indented when carried: a string's are its value.
_KEPT_TYPES = frozenset({"string", "template_string", "comment"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _quote_of(text: str) -> str:
    """The quote a file writes most."""
    return "'" if text.count("'") > text.count('"') else '"'


def _holds_comment(kind: str, node: Node, data: bytes) -> bool:
    """Whether a comment is written anywhere inside the node (sources.code.nodes_of).

    A comment starts with its delimiter: a member whose bytes hold none has none, and is not walked."""
    from ..sources.code import nodes_of

    opened = (b"#",) if kind == "python" else (b"//", b"/*")
    if not any(data.find(delimiter, node.start_byte, node.end_byte) >= 0 for delimiter in opened):
        return False
    return bool(nodes_of(kind, node, _COMMENT))


_COMMENT = frozenset({"comment"})


def _quoted(value: str, quote: str) -> str:
    inner = json.dumps(value, ensure_ascii=False)[1:-1]  # escapes both languages read alike
    if quote == "'":
        inner = inner.replace('\\"', '"').replace("'", "\\'")
    return quote + inner + quote


def _has_key(value: Any, names: frozenset[str]) -> bool:
    """Whether an object at any depth of a value has one of the keys, looked at level by level (no recursion)."""
    level = [value]
    while level:
        if any(isinstance(item, dict) and not names.isdisjoint(item) for item in level):
            return True
        level = [child for item in level if isinstance(item, (dict, list))
                 for child in (item.values() if isinstance(item, dict) else item)]
    return False


def _python_literal(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return {None: "None", True: "True", False: "False"}[value]
    if isinstance(value, float) and not math.isfinite(value):  # json.dumps writes Infinity: a NameError in Python
        raise CannotEdit(value)
    if isinstance(value, (int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_python_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_python_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal for {type(value).__name__}")


def _at(body: Any, path: Path) -> Any:
    for part in path:
        body = body[part]
    return body
