"""Where a launch's host is written when the URL at the call is a name: the string literal a constant binds
(`const URL = "https://myorg.mypurecloud.com/api/v2/flows/executions"`, or `BASE + "/api/v2/…"` with
`BASE = "https://…"`). A wrong host written once is then said once, there (`LaunchRequest.host_span`, judged once per
place as an instance's base URL is), where a suppression of it is written, not at every call that uses it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from .model import LaunchRequest, Offsets, Text

if TYPE_CHECKING:
    from tree_sitter import Node


class _Source(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def ascii(self) -> bool: ...

    def offsets(self, node: Node) -> Offsets: ...

    def raw(self, node: Node) -> str: ...

    def byte_offsets(self, chars: list[int]) -> dict[int, int]: ...


class _Fields(Protocol):
    @property
    def left(self) -> int: ...


class CodeReader(Protocol):
    """What this module asks of a code reader (code.CodeReader, whose `with_credentials` imports this module: a
    protocol here, not an import)."""

    @property
    def source(self) -> _Source: ...

    @property
    def root(self) -> Node: ...

    @property
    def fields(self) -> _Fields: ...

    @property
    def name_types(self) -> frozenset[str]: ...

    def unwrap(self, node: Node) -> Node: ...

    def resolve(self, node: Node) -> Node | None: ...

    def is_plus(self, node: Node) -> bool: ...

#: Links followed from the URL at the call to the literal (names, the left of a `+`, a template's first hole).
_MAX_STEPS = 20
#: A template's or an f-string's hole, by grammar.
_HOLES = frozenset({"template_substitution", "interpolation"})
#: The string literals of both grammars (a JavaScript template only when its text starts it: no hole first).
_STRINGS = frozenset({"string", "template_string"})


def with_written_hosts(reader: CodeReader, found: list[LaunchRequest]) -> list[LaunchRequest]:
    """The launches, each whose URL is a name (or starts with one) bound once to a string literal that writes its
    scheme and host given that literal's place as `host_span`; the others as they were."""
    wanted: list[tuple[LaunchRequest, int, int]] = []
    for request in found:
        span = request.url.span if request.host_span is None and isinstance(request.url, Text) else None
        if span is not None and "://" not in reader.source.text[span[0]:span[1]]:  # (a URL written at the call: there)
            wanted.append((request, *span))
    if not wanted:
        return found
    starts = reader.source.byte_offsets(sorted({offset for _, start, end in wanted for offset in (start, end)}))
    for request, start, end in wanted:
        node = reader.root.descendant_for_byte_range(starts[start], starts[end])
        try:
            literal = _literal_of(reader, node) if node is not None else None
        except (RecursionError, ValueError, AttributeError, IndexError):  # (only where it is said: at the call, as before)
            literal = None
        if literal is not None:
            request.host_span = reader.source.offsets(literal)
    return found


def _literal_of(reader: CodeReader, node: Node) -> Node | None:
    """The string literal that writes the scheme and host of a URL given as `node`, reached through at least one name
    bound once; None when the URL is written at the call, or its start is not such a literal."""
    named = False
    for _ in range(_MAX_STEPS):
        node = reader.unwrap(node)
        if node.type in reader.name_types:
            target = reader.resolve(node)
            if target is None:
                return None  # imported, a parameter, bound twice: not known to be written once
            node, named = target, True
        elif reader.is_plus(node):
            left = node.child_by_field_id(reader.fields.left)
            if left is None:
                return None
            node = left
        elif node.type in _STRINGS:
            hole = next((child for child in node.named_children if child.type not in ("string_start", "string_content")), None)
            if hole is not None and hole.type in _HOLES and hole.start_byte == _text_start(node):
                inner = next(iter(hole.named_children), None)
                if inner is None:
                    return None
                node = inner
                continue
            return node if named and "://" in reader.source.raw(node) else None
        else:
            return None
    return None


def _text_start(node: Node) -> int:
    """Where a string literal's text starts: past its opening quote (and an f-string's prefix)."""
    first = node.children[0] if node.children else None
    return first.end_byte if first is not None else node.start_byte
