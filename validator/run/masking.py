"""What no output shows of a file: the tokens FL305 finds, and in HAR, Postman and saved request files every string value but the
launches' URL, method and body (header values, cookies, access tokens, replies); each character masked as `*`.

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
from ..sources.document import Document
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
    return Mask((*secrets, *_values_outside(text, shown)))


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
    found = credential_spans(text)
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
