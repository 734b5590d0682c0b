"""What no output shows of a file: the tokens FL305 finds, cookie and API-key header values, and in HAR, Postman and
saved request files every string value but the launches' URL, method and body (header values, cookies, access tokens,
replies); each character masked as `*`.

Excerpts, the lines `--fix` reports against and `--diff` lines are all masked the same way; a masked diff line is
shown, never applied (it no longer matches the file).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.credentials import credential_literals as credential_literals
from ..core.credentials import given_to_secret
from ..core.diagnostics import Finding
from ..core.lines import LineIndex
from ..sources.document import DEFAULT_LIMITS, Document
from ..sources.model import LaunchRequest, Offsets, Text, is_yaml

if TYPE_CHECKING:  # PyYAML is imported only when a YAML file is read
    from ..sources.yaml_source import ParsedYaml

#: Request files whose other members hold what a browser or a client recorded (headers, cookies, replies).
RECORDED_KINDS = frozenset({"har", "postman", "saved-request"})


@dataclass(frozen=True)
class Mask:
    secrets: tuple[Offsets, ...] = ()
    shown: tuple[Offsets, ...] | None = None  # None: every character not secret is shown

    @property
    def empty(self) -> bool:
        return not self.secrets and self.shown is None

    def line(self, text: str, start: int) -> str:
        """One line of the file (starting at offset `start`), masked: pieces joined, linear in the line and its spans."""
        if self.empty:
            return text
        end = start + len(text)
        if self.shown is not None:
            pieces, at = [], 0
            for first, last in _within(self._shown, start, end):
                pieces += [_BLANKED.sub(" ", text[at:first - start]), text[first - start:last - start]]
                at = last - start
            pieces.append(_BLANKED.sub(" ", text[at:]))
            text = "".join(pieces)
        pieces, at = [], 0
        for first, last in _within(self._secrets, start, end):
            secret = text[first - start:last - start]
            starred = _STARRED.sub("*", secret) if "\n" in secret or "\r" in secret else "*" * len(secret)
            pieces += [text[at:first - start], starred]
            at = last - start
        pieces.append(text[at:])
        return "".join(pieces)

    @functools.cached_property
    def _shown(self) -> list[Offsets]:
        return _merged(list(self.shown or ()))

    @functools.cached_property
    def _secrets(self) -> list[Offsets]:
        return _merged(list(self.secrets))

    def text(self, text: str) -> str:
        """The whole text, masked; line breaks kept."""
        return text if self.empty else self.line(text, 0)


_BLANKED = re.compile(r"[^\t\r\n]")  # what a character not shown becomes: a space, line breaks and tabs kept
_STARRED = re.compile(r"[^\r\n]")


def _within(spans: list[Offsets], start: int, end: int) -> list[Offsets]:
    """The parts inside [start, end) of sorted, disjoint spans (their ends are sorted too: found by bisection)."""
    inside = []
    for first, last in spans[bisect.bisect_right(spans, start, key=lambda span: span[1]):]:
        if first >= end:
            break
        inside.append((max(first, start), min(last, end)))
    return inside


def mask_of(documents: Iterable[Document], kind: str | None = None, text: str | None = None) -> Mask:
    """The mask of a file from its documents (secrets are found when a code or request file is loaded).

    In a HAR, Postman or saved request file every JSON string value is masked but the launches' URL, method and body: header
    values, cookies, tokens, variables and recorded replies are never shown; names and structure stay readable. Given
    its kind and text, such a file no launch was read from (broken JSON, whose note a fix run shows) has every one masked."""
    documents = list(documents)
    requests = [request for document in documents
                if isinstance(request := getattr(document, "request", None), LaunchRequest)]
    secrets = [span for request in requests for span in request.secrets]
    text = documents[0].text if documents and documents[0].text is not None else text
    if text is not None:
        secrets += credential_literals(text)
    if text is None or (kind not in RECORDED_KINDS and not any(request.kind in RECORDED_KINDS for request in requests)):
        return Mask(tuple(secrets))
    shown: list[Offsets] = []
    for request in requests:
        url = request.url.span if isinstance(request.url, Text) else None
        shown += [span for span in (request.body_span, url, request.method_span, request.host_span) if span is not None]
    if not is_yaml(text):
        return Mask((*secrets, *_values_outside(text, shown)))
    from ..sources.saved_request import YamlBody  # (the YAML saved request's reader: loaded with such a file)

    read = next((request.body_locator.parsed for request in requests if isinstance(request.body_locator, YamlBody)), None)
    return Mask((*secrets, *_yaml_values_outside(text, shown, read)))


#: What a block scalar's line starts with: indentation (and a quote's `>` or a list's `-`, as a header line may).
_INDENT = re.compile(r"[ \t>*-]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_STRING_OR_NAME = re.compile(_STRING.pattern + r"([ \t\r\n]*:)?", re.S)


def _values_outside(text: str, shown: list[Offsets]) -> list[Offsets]:
    """The contents of the JSON string values of a text (not member names) that no shown span covers.

    Only the text between the shown spans is scanned: each is a whole JSON value (a body, a URL), so every string
    inside one is covered, and no string starts outside one to end inside it."""
    hidden = []
    position = 0
    name, name_end = "", -1  # the last member name read, and where its colon ends
    for first, last in [*_merged(shown), (len(text), len(text))]:
        for match in _STRING_OR_NAME.finditer(text, position, max(position, first)):
            start, end = match.span()
            if match.group(1) is not None:  # (a member name is followed by its colon)
                name, name_end = text[start + 1:match.start(1) - 1], end
            elif end - start > 2 and not (name in _SHOWN_MEMBERS and not text[name_end:start].strip()):
                hidden.append((start + 1, end - 1))
        position = max(position, last)
    return hidden


#: The members of a recording whose values say how a request was made, never what it carried: shown (a credential in
#: one is masked all the same, as credential_literals finds it anywhere).
_SHOWN_MEMBERS = frozenset({"method", "httpVersion", "mimeType", "name"})


def _yaml_values_outside(text: str, shown: list[Offsets], read: ParsedYaml | None = None) -> list[Offsets]:
    """The scalar values of a YAML text (not mapping keys) that no shown span covers: a header's value as much as a
    JSON one's; `read`: the text's YAML as its requests were read, else parsed here. YAML that does not parse has every
    line's value masked (what follows a key's colon, or all of it)."""
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode  # PyYAML: only when a YAML request is shown

    from ..sources import yaml_source

    parsed = read or yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=DEFAULT_LIMITS.max_depth)
    if isinstance(parsed, Finding):
        return [match.span(2) for match in _YAML_LINE.finditer(text) if match.end(2) > match.start(2)]
    merged = _merged(shown)
    hidden: list[Offsets] = []
    stack: list[Node] = [parsed.root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias: the node it names is masked once
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            stack += [value for key, value in node.value
                      if not (isinstance(key, ScalarNode) and key.value in _SHOWN_MEMBERS and isinstance(value, ScalarNode))]
        elif isinstance(node, SequenceNode):
            stack += node.value
        elif isinstance(node, ScalarNode):
            start, end = node.start_mark.index, node.end_mark.index
            if node.style in ('"', "'"):
                start, end = start + 1, end - 1
            elif node.style in ("|", ">"):  # a block's text starts on the line after its indicator, indented
                indent = _INDENT.match(text, text.find("\n", start, end) + 1 or end)
                start = indent.end() if indent is not None else end
            covered = bisect.bisect_right(merged, start, key=lambda span: span[0]) - 1
            if end > start and not (covered >= 0 and merged[covered][1] >= end):
                hidden.append((start, end))
    return hidden


#: A YAML line's value: what follows its key's colon (or its list dashes), or all of it past the indentation.
_YAML_LINE = re.compile(r"""(?m)^([ \t]*(?:-[ \t]+)*(?:[^\n:#'"]*:(?=[ \t]|$)[ \t]*)?)([^\n]*?)[ \t\r]*$""")


def _merged(spans: list[Offsets]) -> list[Offsets]:
    """Spans in order, those that overlap or nest merged."""
    merged: list[Offsets] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def masked_lines(mask: Mask, index: LineIndex, wanted: Sequence[int]) -> dict[int, str]:
    """The wanted lines of a file (by number), masked."""
    return {line: mask.line(index.line_text(line), index.offset(line, 1)) for line in wanted}


def masked_fixed(before: str, after: str, after_mask: Mask, before_mask: Mask | None = None) -> str:
    """The fixed text as --diff shows it: masked as a file is, and on each line the fix changed, every secret the file
    wrote before (what `before_mask` masks of it; without one, its credential_literals) masked where it is written
    again: anywhere when the file shows it nowhere (a value moved under a name that says nothing, `"Flow.customer":
    "…"`, or onto a line of its own), else where it is given to a secret-named member (an edit rewrote it unquoted:
    `"apiKey": 987`; the same `42` given to `"count"` stays shown, as the file's own line shows it)."""
    shown = after_mask.text(after)
    spans = before_mask.secrets if before_mask is not None else credential_literals(before)
    secrets = sorted({before[start:end] for start, end in spans
                      if end > start and "\n" not in before[start:end] and "\r" not in before[start:end]},
                     key=len, reverse=True)
    if not secrets:
        return shown
    anywhere = _written(secrets)
    shown_before = (before_mask or Mask(tuple(spans))).text(before)
    hidden = set(secrets).difference(match.group() for match in anywhere.finditer(shown_before))
    unchanged = set(before.split("\n"))
    lines = shown.split("\n")  # (the mask keeps every line break: the same lines as `after`'s)
    for number, line in enumerate(after.split("\n")):
        if line not in unchanged and number < len(lines):
            lines[number] = anywhere.sub(lambda match: "*" * len(match.group()) if match.group() in hidden or given_to_secret(
                match.string[:match.start()]) else match.group(), lines[number])
    return "\n".join(lines)


def _written(secrets: list[str]) -> re.Pattern[str]:
    """Where any of `secrets` (longest first) is written as a token of its own."""
    return re.compile("(?<![\\w.])(?:" + "|".join(map(re.escape, secrets)) + ")(?![\\w.])")
