"""Launch requests in Hurl files (`.hurl`): each entry a request line (`POST https://…`), its headers, its sections
(`[FormParams]`, `[Options]`…) and its body, then maybe the expected response (from its `HTTP` line).

A JSON body (its first line `{` or `[`, to the response or the next entry) or a JSON multiline string (```json,
```raw, ```) is checked where it is written; a `{{variable}}` is unknown (in a ```raw string it is text, sent as
written). A form (`[FormParams]`, `[MultipartFormData]`) is a form; another body (a file, base64, XML, a string) is
not read as JSON. No body written: the request sends none. What a section signs in with (`[BasicAuth]`'s password,
`[Cookies]`' values, a `code` or `state` among `[QueryStringParams]` or `[FormParams]`) is never shown.
"""

from __future__ import annotations

import re

from ..core.codes import NO_REFUSAL
from ..core.credentials import only_holes, signs_in
from ..core.unknown import Unknown
from .comments import hurl_comment_start
from .embedded import embedded_body
from .http_file import substitute
from .model import Header, LaunchRequest
from .refusals import refusal

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE"})
#: A request line: the method, then the URL to the line's end or a comment (`# …`: Hurl escapes a `#` in a URL, `\\#`),
#: neither the comment nor the blanks before it taken.
_REQUEST = re.compile(r"[ \t]*([A-Z]+)[ \t]+([^#\s](?:[^#\r\n]*[^#\s])?)")
#: The expected response's first line: `HTTP 200`, `HTTP/1.1 *`.
_RESPONSE = re.compile(r"[ \t]*HTTP(?:/[\d.]+)?[ \t]+(\d{3}|\*)")
_SECTION = re.compile(r"[ \t]*\[([A-Za-z]+)\][ \t]*\r?$")
_HEADER = re.compile(r"[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*")
_FORM_SECTIONS = frozenset({"FormParams", "Form", "MultipartFormData", "Multipart"})


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text without its line break) of every line."""
    return [(match.start(), match.group().rstrip("\r\n")) for match in _LINE.finditer(text) if match.start() < len(text)]


def extract(text: str) -> list[LaunchRequest]:
    """The requests a Hurl file writes, in order."""
    lines = _lines(text)
    starts = [index for index, (_, line) in enumerate(lines) if _request_line(line) is not None]
    requests = []
    for number, first in enumerate(starts):
        last = starts[number + 1] if number + 1 < len(starts) else len(lines)
        requests.append(_entry(text, lines[first:last]))
    return requests


def _request_line(line: str) -> re.Match[str] | None:
    match = _REQUEST.match(line)
    return match if match is not None and match.group(1) in _METHODS else None


def _entry(text: str, lines: list[tuple[int, str]]) -> LaunchRequest:
    offset, line = lines[0]
    match = _request_line(line)
    assert match is not None  # (an entry starts at its request line)
    end = next((index for index, (_, each) in enumerate(lines) if index and _RESPONSE.match(each)), len(lines))
    expected = _RESPONSE.match(lines[end][1]) if end < len(lines) else None
    lines = lines[:end]
    last_offset, last_line = lines[-1]
    request = LaunchRequest("hurl", (offset, last_offset + len(last_line)), substitute(match.group(2), offset + match.start(2), {}),
                            match.group(1), (offset + match.start(1), offset + match.end(1)))
    headers: list[Header] = []
    index = 1
    while index < len(lines) and (header := _HEADER.match(lines[index][1])) is not None and not _comment(lines[index][1]):
        at, written = lines[index][0], lines[index][1]
        comment = hurl_comment_start(written, header.end(), len(written))  # (`Content-Type: application/json  # why`)
        value = written[header.end():comment].rstrip()  # (stripped here: a pattern's lazy value before trailing blanks is quadratic)
        headers.append(Header(header.group(1), substitute(value, at + header.end(), {}),
                              (at + header.start(1), at + header.end() + len(value))))
        index += 1
    request.headers = headers
    # `HTTP 400` (`HTTP 404`) expected: the entry asserts the platform refuses it (a negative test), and that is its point
    request.asserted = refusal(expected.group(1)) if expected is not None else NO_REFUSAL  # (not a 401/429: a valid launch)
    form = False
    current = ""
    while index < len(lines):  # sections, each its `key: value` lines; comments and blank lines between
        at, each = lines[index]
        section = _SECTION.match(each)
        if section is not None:
            current = section.group(1)
            form = form or current in _FORM_SECTIONS
        elif each.strip() and not _comment(each):
            entry = _HEADER.match(each)
            if entry is None:
                break
            value = each[entry.end():].rstrip()
            if value and not only_holes(value) and (
                    current in _SECRET_SECTIONS or (current in _NAMED_SECTIONS and signs_in(entry.group(1)))):
                request.secrets.append((at + entry.end(), at + entry.end() + len(value)))  # never shown
        index += 1
    body = lines[index:]
    while body and (not body[-1][1].strip() or _comment(body[-1][1])):
        body.pop()
    if not body:
        if form:
            request.sends = "form"
        else:
            request.bodiless = True
        return request
    start, first = body[0]
    stop = body[-1][0] + len(body[-1][1])
    opening = first.lstrip()
    if opening.startswith(("{", "[")):  # a comment may end the body's last line (`}  # why`): no part of the JSON
        comment = hurl_comment_start(text, body[-1][0], stop)
        stop = stop if comment is None else comment
    request.body_span = (start, stop)
    if opening.startswith(("{", "[")):
        embedded_body(request, text[start:stop], start, {})
    elif opening.startswith("```"):  # a multiline string: ```json sends application/json, ```raw fills no template
        language = opening[3:].strip()
        closing = len(body) > 1 and body[-1][1].strip() == "```"
        inner = text[body[1][0]:body[-1][0]] if closing else ""
        if closing and language in ("json", "raw", "") and inner.lstrip().startswith(("{", "[")):
            request.sends = "json" if language == "json" else "text"
            embedded_body(request, inner, body[1][0], None if language == "raw" else {})
        else:
            request.body = Unknown(f"the body's {language or 'text'}")
    else:
        request.body = Unknown("the body as written (a file, base64, XML or a string)")
    return request


#: Sections whose every value signs in, whatever its name: `[BasicAuth]`'s `user: password`, `[Cookies]`' values.
_SECRET_SECTIONS = frozenset({"BasicAuth", "Cookies"})
#: Sections whose values sign in where their names say so (`code`, `state`, `sid`, `client_secret`), as in a URL's query.
_NAMED_SECTIONS = frozenset({"QueryStringParams", "Query", "FormParams", "Form", "MultipartFormData", "Multipart"})


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")
