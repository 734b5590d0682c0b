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

from ..core.credentials import credential_spans
from ..core.lines import LineIndex
from ..sources.document import DEFAULT_LIMITS, Document
from ..sources.model import LaunchRequest, Offsets, Text

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
    outside = _yaml_values_outside if _is_yaml(text) else _values_outside
    return Mask((*secrets, *outside(text, shown)))


# Credentials written out anywhere in a file (core/credentials.py) are masked in every excerpt whether or not a
# rule saw them: a token copied into a constant, an instance's default headers.


#: A member or variable whose name says it holds a credential (`client_secret`, `"Flow.apiKey"`, `password =`).
_SECRET_WORD = re.compile(r"(?i)secret|passw(?:or)?d|api[_-]?key|access[_-]?token|refresh[_-]?token|private[_-]?key")
_SECRET_WORD_LOWER = re.compile(_SECRET_WORD.pattern.removeprefix("(?i)"))
#: What every match of _SECRET_WORD holds, lowered: a text holding none of them has no secret-named member.
_SECRET_WORD_PARTS = ("secret", "passw", "api", "token", "private")
_NAME_REST = re.compile(r"[\w.-]*")
_ASSIGN = re.compile(r"""["']?[ \t]*[:=][ \t]*""")


def no_secret_word(text: str) -> bool:
    """True only when _SECRET_WORD cannot match (ASCII text only: see core.credentials.certainly_none)."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(part in lowered for part in _SECRET_WORD_PARTS)


def credential_literals(text: str) -> list[Offsets]:
    """Where a file writes a credential out literally: a bearer or basic token, a JWT, and the quoted value of
    a member or variable named for a secret (a body's `"client_secret": "…"` as much as code's)."""
    found = credential_spans(text) + header_credentials(text)
    if no_secret_word(text):
        return found
    scanned = 0  # no character is scanned twice: linear in the text, whatever it repeats
    line_end = -1
    unclosed: dict[str, int] = {}  # a quote with no closing one before this line's end: none after either
    # In ASCII text the case-blind pattern takes what its lower-case twin takes in the lowered text, at the same
    # offsets, ~7x faster (a code file with a launch is scanned whole; its "/api/" is no secret word).
    for word in _SECRET_WORD_LOWER.finditer(text.lower()) if text.isascii() else _SECRET_WORD.finditer(text):
        if word.start() < scanned:
            continue
        name_end = _NAME_REST.match(text, word.end())
        scanned = name_end.end() if name_end is not None else word.end()
        assign = _ASSIGN.match(text, scanned)
        if assign is None:
            continue
        scanned = assign.end()
        if line_end < scanned:
            line_end = text.find("\n", scanned)
            line_end = len(text) if line_end < 0 else line_end
        quote = text[scanned:scanned + 1]
        if quote not in ('"', "'") or unclosed.get(quote) == line_end:
            continue
        value = _quoted(text, scanned, line_end)
        if value is None:
            unclosed[quote] = line_end
        elif value[1] > value[0]:
            found.append(value)
            scanned = value[1] + 1
    return found


#: A header that holds a credential by its name (a session cookie, an API key), and what follows it: a closing quote
#: or bracket (`"Cookie":`, `headers["X-Api-Key"] =`) and `:`, `=` or, after a quoted name, `,` (`.Add("Cookie", …)`).
_HEADER = re.compile(r"(?<![\w-])(?:(?:set-)?cookie|(?:x-)?api-?key|(?:x-)?auth-token)(?![\w-])"
                     r"""(["'`]?)\]?[ \t]*([:=,])[ \t]*""")
#: curl's `-b`/`--cookie` data (`-b 'sid=…'`, `--cookie=sid=…`) and requests' `cookies={…}`/`cookies=dict(…)`.
_CURL_COOKIE = re.compile(r"(?<![\w-])(?:-b|--cookie)(?:[ \t]+|=)")
_COOKIES_ARGUMENT = re.compile(r"(?<![\w-])cookies[ \t]*=[ \t]*(\{|dict\()")
_COOKIE_TOKEN = re.compile(r"""("|')(?:(?!\1)[^\\\n]|\\.)*\1|[})]""")
_HEADER_ANY_CASE = re.compile(_HEADER.pattern, re.I)
_MEMBER_NAME = re.compile(r"[ \t]*:")
_UNQUOTED = re.compile(r"[^\s'\"]+")
_INDENT = re.compile(r"[ \t>*-]*")  # what a header line may start with: indentation, a quote's `>`, a list's `-`


def header_credentials(text: str) -> list[Offsets]:
    """Where a file writes a cookie or an API-key header's value: a header line (`Cookie: sid=…` in a .http or
    Markdown file, `-H 'X-Api-Key: …'`), a header member or argument in any language (`{Cookie: '…'}`,
    `{"Set-Cookie": "…"}`, `@{"X-Auth-Token" = "…"}`, `.set('Cookie', '…')`), curl's `-b`/`--cookie` data and
    requests' `cookies={…}` values; a header's name and a cookie's name stay shown."""
    lowered = text.lower()
    found: list[Offsets] = []
    if "cookie" in lowered or "key" in lowered or "auth-token" in lowered:
        found += _header_values(text, lowered)
    if "-b" in text or "--cookie" in lowered:
        scanned = 0
        for option in _CURL_COOKIE.finditer(text):
            if option.start() < scanned:
                continue
            value = _argument(text, option.end())
            scanned = option.end() if value is None else value[1]
            if value is not None and "=" in text[value[0]:value[1]]:  # (without `=` it names a cookie jar file)
                found.append(value)
    if "cookies" in lowered:
        scanned = 0  # an argument's values are scanned once, however they nest
        for argument in _COOKIES_ARGUMENT.finditer(text):
            if argument.start() >= scanned:
                values, scanned = _cookie_values(text, argument.end(), "}" if argument.group(1) == "{" else ")")
                found += values
    return found


def _header_values(text: str, lowered: str) -> list[Offsets]:
    found: list[Offsets] = []
    scanned = 0  # each value is scanned once: linear in the text, however often a name repeats
    line_start, line_end, indent_end = 0, -1, 0
    # In ASCII text the lower-case pattern finds in the lowered text what a case-blind one finds, at the same offsets.
    headers = _HEADER.finditer(lowered) if text.isascii() else _HEADER_ANY_CASE.finditer(text)
    for header in headers:
        if header.start() < scanned:
            continue
        closing, separator, value_at = header.group(1), header.group(2), header.end()
        if line_end < value_at:
            line_start = text.rfind("\n", 0, header.start()) + 1
            line_end = text.find("\n", value_at)
            line_end = len(text) if line_end < 0 else line_end
            indent = _INDENT.match(text, line_start)
            indent_end = indent.end() if indent is not None else line_start
        before = text[header.start() - 1] if header.start() > line_start else ""
        if value_at < line_end and text[value_at] in "\"'`":  # `Cookie: '…'`, `"X-Api-Key" = "…"`, `("Cookie", "…")`
            if separator == "," and not closing:
                continue
            value = _quoted(text, value_at, line_end)
            if value is None or _MEMBER_NAME.match(text, value[1] + 1):  # (`"Cookie", "value":` names a member)
                continue
        elif separator != ":" or closing:
            continue
        elif before in ("'", '"'):  # a header line inside a string: `-H 'Cookie: sid=…'`
            close = text.find(before, value_at, line_end)
            value = (value_at, line_end if close < 0 else close)
        elif indent_end >= header.start():  # a header line of its own: `Cookie: sid=…; lang=en`
            value = (value_at, value_at + len(text[value_at:line_end].rstrip()))
        elif not text[header.end() - 1].isspace() and (word := _UNQUOTED.match(text, value_at)) is not None:
            value = word.span()  # `Cookie:sid=…` (HTTPie)
        else:
            continue
        if value[1] > value[0]:
            found.append(value)
            scanned = value[1]
    return found


def _argument(text: str, start: int) -> Offsets | None:
    """A shell argument's value: a quoted string's contents or an unquoted word."""
    if text[start:start + 1] in ("'", '"'):
        quoted = _COOKIE_TOKEN.match(text, start)
        return (start + 1, quoted.end() - 1) if quoted is not None else None
    word = _UNQUOTED.match(text, start)
    return word.span() if word is not None else None


def _cookie_values(text: str, start: int, closing: str) -> tuple[list[Offsets], int]:
    """The string values of a `{…}` or `dict(…)` cookie argument (not its cookies' names), and where it ends."""
    values: list[Offsets] = []
    for token in _COOKIE_TOKEN.finditer(text, start):
        if token.group() == closing:
            return values, token.end()
        if token.group(1) and not _MEMBER_NAME.match(text, token.end()) and token.end() - token.start() > 2:
            values.append((token.start() + 1, token.end() - 1))
    return values, len(text)


def _quoted(text: str, start: int, line_end: int) -> Offsets | None:
    """The contents of the string literal opening at `text[start]` (a quote) and closing before `line_end`, if it does."""
    quote = text[start]
    at = start + 1
    while (close := text.find(quote, at, line_end)) >= 0:
        backslashes = 0
        while text[close - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return start + 1, close
        at = close + 1
    return None


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_STRING_OR_NAME = re.compile(_STRING.pattern + r"([ \t\r\n]*:)?", re.S)


def _values_outside(text: str, shown: list[Offsets]) -> list[Offsets]:
    """The contents of the JSON string values of a text (not member names) that no shown span covers.

    Only the text between the shown spans is scanned: each is a whole JSON value (a body, a URL), so every string
    inside one is covered, and no string starts outside one to end inside it."""
    hidden = []
    position = 0
    for first, last in [*_merged(shown), (len(text), len(text))]:
        for match in _STRING_OR_NAME.finditer(text, position, max(position, first)):
            start, end = match.span()
            if match.group(1) is None and end - start > 2:  # (a member name is followed by its colon)
                hidden.append((start + 1, end - 1))
        position = max(position, last)
    return hidden


def _is_yaml(text: str) -> bool:
    """A recorded request written as YAML (a saved request's other form), as saved_request.extract tells it."""
    return text.lstrip("\ufeff \t\r\n")[:1] not in ("{", "[")


def _yaml_values_outside(text: str, shown: list[Offsets]) -> list[Offsets]:
    """The scalar values of a YAML text (not mapping keys) that no shown span covers: a header's value as much as a
    JSON one's. YAML that does not parse has every line's value masked (what follows a key's colon, or all of it)."""
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode  # PyYAML: only when a YAML request is shown

    from ..sources import yaml_source

    parsed = yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=DEFAULT_LIMITS.max_depth)
    if not isinstance(parsed, yaml_source.ParsedYaml):
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
            stack += [value for _, value in node.value]
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
