"""What no output shows of a file: the tokens FL305 finds, cookie and API-key header values, and in HAR, Postman and
saved request files every string value that may hold a secret (header values but harmless ones, cookies, auth blocks,
variables, bodies but the launches', replies); each character masked as `*`.

Excerpts, the lines `--fix` reports against and `--diff` lines are all masked the same way; a masked context line is
left out of its hunk, and a masked line a hunk changes (or one beside its changes) is shown, never applied (it no
longer matches the file: its hunk is shown commented out, left out of the patch, and the run says so:
run.diff.masked_unified_diff).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.credentials import credential_literals as credential_literals
from ..core.credentials import form_sign_in_values, given_to_secret, only_holes_after_scheme, sign_in_values, signs_in
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

    In a HAR, Postman or saved request file every JSON string value that may hold a secret is masked (_values_outside):
    header values (but harmless ones), cookies, auth blocks, tokens, variables, other requests' bodies and recorded
    replies are never shown; names, URLs, methods, modes and versions stay readable, and so do the launches' URL, method
    and body (a credential in any is masked all the same). Given its kind and text, such a file no launch was read from
    (broken JSON, whose note a fix run shows) has every one masked; a YAML saved request every value but a few members'."""
    documents = list(documents)
    requests = [request for document in documents
                if isinstance(request := getattr(document, "request", None), LaunchRequest)]
    secrets = [span for request in requests for span in request.secrets]
    words = documents[0].words if documents and documents[0].text is not None else None
    text = words.text if words is not None else text
    if text is not None:
        secrets += credential_literals(text, words=words)  # (the file's words, which its check asked already)
        # a body sent form-encoded (`code=…&flowId=…`): what its members sign in with, its first one too
        secrets += [span for request in requests if request.body_span is not None
                    for span in form_sign_in_values(text, *request.body_span)]
    if text is None or (kind not in RECORDED_KINDS and not any(request.kind in RECORDED_KINDS for request in requests)):
        return Mask(tuple(secrets))
    shown: list[Offsets] = []
    forms: set[int] = set()  # where a launch's form body starts (a Postman `urlencoded` list its body span only opens)
    for request in requests:
        url = request.url.span if isinstance(request.url, Text) else None
        for span in (request.body_span, url, request.method_span, request.host_span):
            if span is None:
                continue
            if _whole(text, span):
                shown.append(span)
            elif span is request.body_span and text[span[0]:span[0] + 1] in ("[", "{"):
                forms.add(span[0])
        if url is not None:  # a launch's URL is shown: what its query or fragment signs in with is not
            secrets += sign_in_values(text, *url)
    if not is_yaml(text):  # (a JSON recording no launch was read from may be broken: all its values masked)
        return Mask((*secrets, *(_values_outside(text, shown, forms) if requests else _strings(text, shown))))
    from ..sources.saved_request import YamlBody  # (the YAML saved request's reader: loaded with such a file)

    read = next((request.body_locator.parsed for request in requests if isinstance(request.body_locator, YamlBody)), None)
    return Mask((*secrets, *_yaml_values_outside(text, shown, read)))


def _whole(text: str, span: Offsets) -> bool:
    """Whether a span a reader gives is a whole JSON value (a string, an object, an array, a number): what the mask may
    show as one, no scan entering or leaving it (a form body's span may be only its list's opening bracket)."""
    first, last = span
    if last - first < 1:
        return False
    opening, closing = text[first], text[last - 1]
    if opening in '"[{':
        return last - first >= 2 and closing == {'"': '"', "[": "]", "{": "}"}[opening]
    return closing not in '"]}'


#: What a block scalar's line starts with: indentation (and a quote's `>` or a list's `-`, as a header line may).
_INDENT = re.compile(r"[ \t>*-]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_STRING_OR_NAME = re.compile(_STRING.pattern + r"([ \t\r\n]*:)?", re.S)
#: A JSON string: a member name when its colon (group 1) follows, then its value when that is a string (group 2); or
#: a bracket.
_JSON_TOKEN = re.compile(rf'{_STRING.pattern}(?:([ \t\r\n]*:[ \t\r\n]*)({_STRING.pattern})?)?|[{{}}\[\]]', re.S)


def _values_outside(text: str, shown: list[Offsets], forms: AbstractSet[int] = frozenset()) -> list[Offsets]:
    """The contents of the JSON string values of a recording (not member names) that may hold a secret, and that no
    shown span covers: header values but those _HARMLESS_HEADERS name, cookies, auth blocks, query values named for a
    secret, bodies and replies, scripts, variables but those only written into what is shown (`{{baseUrl}}`), and every
    value that says nothing of how a request was made (_shown_value). Text that is no well-formed JSON has every
    string value masked.

    Only the text between the shown spans is scanned: each is a whole JSON value (a body, a URL), so every string
    inside one is covered, and no string starts outside one to end inside it. A container starting at one of `forms`
    is a launch's form body: its entries' values are shown but those named for a secret."""
    hidden: list[Offsets] = []
    variables: list[tuple[str, Offsets]] = []  # a collection's variables: masked unless only what is shown uses them
    referring: list[Offsets] = []  # shown header and auth values that only name where their secret is (`{{token}}`)
    # The objects and arrays being read: each one's bracket, the member it is the value of (None in an array), whether
    # it is in an auth block, its string values (with their members' names), and whether it is in a launch's form body.
    stack: list[_Open] = []
    values: list[tuple[str | None, Offsets]] = []  # (the last one's)
    position = 0
    for first, last in [*_merged(shown), (len(text), len(text))]:
        name: str | None = None  # a member name read with no string value: the next container's
        for token in _JSON_TOKEN.finditer(text, position, max(position, first)):
            start, end = token.span()
            bracket = text[start]
            if bracket == '"':
                if token.start(2) >= 0:  # a member and its string value
                    name, start, end = text[start + 1:token.start(1) - 1], token.start(2), end
                elif token.start(1) >= 0:  # a member whose value is no string (or is shown)
                    name = text[start + 1:token.start(1) - 1]
                    continue
                if end - start <= 2:
                    pass
                elif stack:
                    values.append((name, (start + 1, end - 1)))
                else:  # (a text's only value)
                    hidden.append((start + 1, end - 1))
                name = None
            elif bracket in "{[":
                values = []
                stack.append((bracket, name, name == "auth" or (bool(stack) and stack[-1][2]), values,
                              start in forms or (bool(stack) and stack[-1][4])))
                name = None
            else:
                if not stack or stack[-1][0] != ("{" if bracket == "}" else "["):
                    return _strings(text, shown)  # (no well-formed JSON)
                _decide(text, stack, hidden, variables, referring)
                stack.pop()
                values = stack[-1][3] if stack else []
                name = None
        position = max(position, last)
    if stack:
        return _strings(text, shown)
    return hidden + _hidden_variables(text, variables, hidden, referring)


def _strings(text: str, shown: list[Offsets]) -> list[Offsets]:
    """Every string value's contents (not member names) that no shown span covers."""
    found = []
    position = 0
    for first, last in [*_merged(shown), (len(text), len(text))]:
        for match in _STRING_OR_NAME.finditer(text, position, max(position, first)):
            if match.group(1) is None and match.end() - match.start() > 2:
                found.append((match.start() + 1, match.end() - 1))
        position = max(position, last)
    return found


#: An object or array being read (_values_outside).
_Open = tuple[str, str | None, bool, list[tuple[str | None, Offsets]], bool]


def _decide(text: str, stack: list[_Open], hidden: list[Offsets], variables: list[tuple[str, Offsets]],
            referring: list[Offsets]) -> None:
    """Which string values of the container closing (the stack's last) may hold a secret: added to `hidden`, or to
    `variables` (a collection's variable, decided once every use of it is known). A header's or an auth block's value
    that writes only placeholders (`Bearer {{token}}`: core.placeholders' shapes) holds none: shown, and added to
    `referring` (the variables it uses stay masked)."""
    bracket, member, in_auth, values, in_form = stack[-1]
    if not values:
        return
    if in_auth:  # an auth block: every value but its entries' names and its type, and those that only refer to one
        for name, span in values:
            if name not in ("key", "type"):
                (referring if _refers_only(text, span) else hidden).append(span)
        return
    holder = stack[-2] if len(stack) > 1 else None
    if bracket == "[":  # a Postman URL's host and path parts
        if not (member in ("host", "path") and holder is not None and holder[1] == "url"):
            hidden += [span for _, span in values]
        return
    listed = holder[1] if holder is not None and holder[0] == "[" else None
    # An entry of a list (`"header": [{"key": …, "value": …}]`, HAR's `name`): its value judged by its list and name.
    names = [text[span[0]:span[1]] for name, span in values if name in ("key", "name")] if listed is not None else []
    typed_secret = listed == "variable" and any(name == "type" and text[span[0]:span[1]] == "secret" for name, span in values)
    for name, span in values:
        if names and name == "value":
            if listed == "variable" and len(names) == 1 and not typed_secret:
                variables.append((names[0], span))
                continue
            shown = not typed_secret and all("\\" not in entry_name and (
                entry_name.lower() in _HARMLESS_HEADERS if listed in ("header", "headers")
                else (listed in ("query", "queryString") and not signs_in(entry_name))
                or (in_form and not _secret_named(entry_name))) for entry_name in names)
        else:
            shown = (names and name == "key") or _shown_value(name, member)
        if not shown and (listed in _HEADER_LISTS if names and name == "value" else member in _HEADER_LISTS) \
                and _refers_only(text, span):
            referring.append(span)  # `Authorization: Bearer {{token}}`: the token is the variable's, masked there
        elif not shown:  # (another request's raw body whole: which of its values is a secret is no name's to tell)
            hidden.append(span)
        elif "=" in text[span[0]:span[1]]:  # a URL shown (a recorded `url`, a `:path`): not what it signs in with
            hidden += sign_in_values(text, *span)


_HEADER_LISTS = ("header", "headers")


def _refers_only(text: str, span: Offsets) -> bool:
    """Whether a JSON string value (its contents at `span`) writes only placeholders, after a scheme word."""
    value = text[span[0]:span[1]]
    return "\\" not in value and only_holes_after_scheme(value)


def _secret_named(name: str) -> bool:
    """Whether a body's member or a form's entry of this name may hold a credential (`password`, `apiKey`, `code`)."""
    return _SECRET_NAMED.search(name) is not None or signs_in(name) or "\\" in name


def _shown_value(name: str | None, holder: str | None) -> bool:
    """Whether the value of member `name` of an object held by member `holder` says how a request was made: a method,
    a URL, a MIME type, a body's mode, a recording's version, a harmless header (given as an object)."""
    if name is None:
        return False
    if name in _SHOWN_MEMBERS:
        return True
    if holder in ("header", "headers"):
        return name.lower() in _HARMLESS_HEADERS
    return name == "url" or (holder == "url" and name in ("raw", "protocol", "host", "path", "port"))


#: The members of a recording whose values say how a request was made, never what it carried: shown (a credential in
#: one is masked all the same, as credential_literals finds it anywhere).
_SHOWN_MEMBERS = frozenset({"method", "httpVersion", "mimeType", "name", "mode", "language", "version", "schema",
                            "_postman_id", "id", "type", "listen", "statusText", "startedDateTime", "pageref",
                            "serverIPAddress", "connection", "encoding", "title",
                            # Insomnia's bookkeeping: which resource is which, and the export's own stamp (masked, they
                            # made every --diff of an export a patch that does not apply, with nothing secret hidden)
                            "_type", "_id", "parentId", "__export_format", "__export_date", "__export_source",
                            "metaSortKey", "created", "modified"})
#: Headers that never carry a credential: their values are shown (any other header's may be a session or a key).
_HARMLESS_HEADERS = frozenset({
    "accept", "accept-encoding", "accept-language", "access-control-allow-headers", "access-control-allow-methods",
    "access-control-allow-origin", "access-control-expose-headers", "access-control-max-age",
    "access-control-request-headers", "access-control-request-method", "age", "cache-control", "connection",
    "content-encoding", "content-language", "content-length", "content-type", "date", "dnt", "expires", "host",
    "inin-correlation-id", "keep-alive", "last-modified", "origin", "pragma", "priority", "sec-ch-ua",
    "sec-ch-ua-mobile", "sec-ch-ua-platform", "sec-fetch-dest", "sec-fetch-mode", "sec-fetch-site", "sec-fetch-user",
    "server", "strict-transport-security", "te", "transfer-encoding", "upgrade-insecure-requests", "user-agent", "vary",
    "x-requested-with", ":authority", ":method", ":path", ":scheme", ":status"})
#: A variable's name that says it may hold a credential.
_SECRET_NAMED = re.compile(r"(?i)token|secret|pass|pwd|key|auth|cookie|session|bearer|jwt|cred|sig")
_USE = re.compile(r"\{\{([^{}]*)\}\}")


def _hidden_variables(text: str, variables: list[tuple[str, Offsets]], hidden: list[Offsets],
                      referring: Sequence[Offsets] = ()) -> list[Offsets]:
    """The values of a collection's variables that may be secrets: all but those whose name says nothing of one and
    that are put only into what is shown (a URL's `{{baseUrl}}`), never into a masked value (a body, a script) nor into
    a header or auth value shown as it only refers to its secret (`Bearer {{t}}`)."""
    if not variables:
        return []
    masked = _merged([*hidden, *referring, *(span for _, span in variables)])
    ends = [end for _, end in masked]
    shown_uses: set[str] = set()
    masked_uses: set[str] = set()
    for use in _USE.finditer(text):
        at = bisect.bisect_right(ends, use.start())
        inside = at < len(masked) and masked[at][0] <= use.start()
        (masked_uses if inside else shown_uses).add(use.group(1).strip())
    return [span for name, span in variables
            if _SECRET_NAMED.search(name) or name not in shown_uses or name in masked_uses or "\\" in name]


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
