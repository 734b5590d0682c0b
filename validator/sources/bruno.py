"""Launch requests in Bruno's `.bru` files: one request a file, written as blocks.

The request is its method block (`post { url: …, body: json }`), its `headers { name: value }` (a `~name` is
disabled) and the body block its method block names (`body:json { … }`: JSON text, indented, checked where it is
written; Bruno sends it as application/json). A `{{variable}}` is unknown. A form body (`body: form-urlencoded`,
`multipart-form`) is a form; another body (text, xml, graphql) is not read as JSON; `body: none` sends none.
"""

from __future__ import annotations

import re

from ..core.unknown import Unknown
from .embedded import embedded_body
from .http_file import substitute
from .model import Header, LaunchRequest, body_set_by_script

#: A block's opening line at column 0 (`post {`, `body:json {`, `headers {`).
_BLOCK = re.compile(r"^([A-Za-z][\w:-]*)[ \t]*\{[ \t]*\r?$", re.M)
#: A block's closing line: `}` at column 0.
_CLOSE = re.compile(r"^\}[ \t]*\r?$", re.M)
_METHODS = frozenset({"get", "post", "put", "delete", "patch", "options", "head", "connect", "trace"})
_FORMS = frozenset({"form-urlencoded", "multipart-form", "formUrlEncoded", "multipartForm"})


def blocks(text: str) -> dict[str, tuple[int, int]]:
    """Each top-level block's name and the offsets of its content (from past its opening line to its closing line);
    the first of a name kept. A block not closed runs to the file's end."""
    found: dict[str, tuple[int, int]] = {}
    position = 0
    while (opening := _BLOCK.search(text, position)) is not None:
        start = opening.end() + (1 if text[opening.end():opening.end() + 1] == "\n" else 0)
        closing = _CLOSE.search(text, start)
        end = closing.start() if closing is not None else len(text)
        found.setdefault(opening.group(1), (start, end))
        position = closing.end() if closing is not None else len(text)
    return found


def _pairs(text: str, span: tuple[int, int]) -> list[tuple[str, str, int, bool]]:
    """A dictionary block's `key: value` lines: (key, value, where the value starts, disabled: written `~key`)."""
    found = []
    position, end = span
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        line = text[position:stop]
        colon = line.find(":")
        key = line[:colon].strip() if colon > 0 else ""
        if key:
            value = line[colon + 1:].strip()
            at = position + colon + 1 + (len(line) - colon - 1 - len(line[colon + 1:].lstrip()))
            found.append((key.removeprefix("~").strip(), value, at, key.startswith("~")))
        position = stop + 1
    return found


def extract(text: str) -> list[LaunchRequest]:
    """The one request a .bru file writes, or none (a collection's or folder's settings, an environment)."""
    request = _request(text)
    if request is not None:
        _set_by_script(request, text)
    return [request] if request is not None else []


#: A pre-request script's statement that sets the request's body (`req.setBody(…)`).
_BODY_SET = re.compile(r"\breq\s*\.\s*setBody\s*\(")


def _set_by_script(request: LaunchRequest, text: str) -> None:
    """A request whose `script:pre-request` block sets its body: the body block is not what is sent, so the body is
    unknown (never a finding; the block's syntax error too), and a note says where the script sets it."""
    span = blocks(text).get("script:pre-request")
    match = _BODY_SET.search(text, *span) if span is not None else None
    if match is None:
        return
    body_set_by_script(
        request, "the launch's body is set by its pre-request script (`req.setBody( …`): the body block is not what is "
        "sent, and flowlint does not run scripts; nothing in the body was checked",
        "check the body the script builds as a payload file, or write it in the body block", (match.start(), match.end()))


def _request(text: str) -> LaunchRequest | None:
    found = blocks(text)
    method = next((name for name in found if name in _METHODS), None)
    if method is None:
        return None
    method_span = found[method]
    settings = {key: (value, at) for key, value, at, _ in _pairs(text, method_span)}
    url = settings.get("url")
    if url is None:
        return None
    opening = text.rfind("\n", 0, method_span[0] - 1) + 1
    request = LaunchRequest("bruno", (opening, method_span[1]), substitute(url[0], url[1], {}), method.upper(),
                            (opening, opening + len(method)))
    if "headers" in found:
        headers: list[Header] = []
        for name, value, at, disabled in _pairs(text, found["headers"]):
            if not disabled:
                headers.append(Header(name, substitute(value, at, {}), (at, at + len(value))))
        request.headers = headers
    mode = settings.get("body", ("none", 0))[0].strip()
    if mode == "none":
        request.bodiless = True
        return request
    block = found.get(f"body:{mode}")
    if mode in _FORMS:
        request.sends = "form"
        at = settings["body"][1]
        request.body_span = block or (at, at + len(mode))
        return request
    if block is None:  # named, not written: Bruno sends none
        request.bodiless = True
        return request
    request.body_span = block
    if mode != "json":
        request.body = Unknown(f"the body's {mode}")
        return request
    start, end = block
    if not text[start:end].strip():
        request.bodiless = True
        return request
    embedded_body(request, text[start:end], start, {}, comments=True)  # Bruno decomments a JSON body before sending it
    return request
