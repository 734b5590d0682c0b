"""Launch requests saved in HAR 1.2 files (a browser's network panel), and what the platform answered.

The request is checked as recorded: its method, URL, headers and `postData.text` (located
character by character inside its JSON string). When the recorded response was a 4xx, an
FL306 note quotes the platform's message, code and contextId.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from ..core.codes import PLATFORM_ANSWER
from ..core.diagnostics import Finding, Path, Target
from ..core.unknown import Unknown
from .embedded import embedded_body, json_string_at
from .json_source import JsonLocator
from .model import Header, LaunchRequest, Offsets, Text
from .urls import launch_url

_QUOTE_LIMIT = 300


def extract(text: str) -> list[LaunchRequest]:
    try:
        har = json.loads(text)
    except (ValueError, RecursionError):
        return []
    log = har.get("log") if isinstance(har, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        return []
    locator = JsonLocator(text)
    found = []
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and isinstance(entry.get("request"), dict):
            request = _request(text, locator, ("log", "entries", index), entry)
            if request is not None:
                found.append(request)
    return found


def _request(text: str, locator: JsonLocator, path: Path, entry: dict[str, Any]) -> LaunchRequest | None:
    spec = entry["request"]
    url = spec.get("url")
    if not isinstance(url, str):
        return None

    def where(*parts: str | int) -> Offsets | None:
        return locator.offsets((*path, "request", *parts), Target.VALUE)

    url_text = Text.known(url, where("url"))
    if launch_url(url_text) is None:
        return None  # most entries of a HAR are other requests: not even located
    method = spec.get("method") if isinstance(spec.get("method"), str) else "GET"
    request = LaunchRequest("har", where() or (0, 0), url_text, str(method).upper(), where("method"), sends="text")
    headers = []
    for index, header in enumerate(spec["headers"] if isinstance(spec.get("headers"), list) else []):
        if isinstance(header, dict) and isinstance(header.get("name"), str) and not header["name"].startswith(":"):
            value = header.get("value")
            headers.append(Header(header["name"], Text.known(value) if isinstance(value, str) else Unknown(),
                                  where("headers", index, "value")))
    post = spec.get("postData")
    if isinstance(post, dict) and isinstance(post.get("mimeType"), str) and not any(h.name.lower() == "content-type" for h in headers):
        headers.append(Header("Content-Type", Text.known(post["mimeType"]), where("postData", "mimeType")))
    request.headers = headers
    if isinstance(post, dict) and isinstance(post.get("text"), str):
        offsets = where("postData", "text")
        located = json_string_at(text, offsets[0]) if offsets else None
        request.body_span = offsets
        if isinstance(post.get("params"), list) and post["params"] and not post["text"].lstrip().startswith(("{", "[")):
            request.sends = "form"
        elif located is not None and located[0] == post["text"]:
            embedded_body(request, post["text"], located[1])
        else:
            embedded_body(request, post["text"], offsets[0] if offsets else 0)
    answer = _answer(entry.get("response"))
    if answer is not None:
        status_at = locator.offsets((*path, "response", "status"), Target.VALUE)
        request.findings.append((Finding(PLATFORM_ANSWER, (), answer, "the findings on this request say what to change"), status_at))
    return request


def _answer(response: Any) -> str | None:
    """What the platform answered to a refused launch, quoted (never more than a few hundred characters)."""
    if not isinstance(response, dict) or not isinstance(response.get("status"), int) or not 400 <= response["status"] < 500:
        return None
    status = f"{response['status']} {response.get('statusText') or ''}".strip()
    content = response.get("content")
    body = content.get("text") if isinstance(content, dict) else None
    if isinstance(body, str) and isinstance(content, dict) and content.get("encoding") == "base64":
        try:
            body = base64.b64decode(body[:_QUOTE_LIMIT * 2], validate=False).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            body = None
    said = ""
    try:
        reply = json.loads(body) if isinstance(body, str) else None
    except (ValueError, RecursionError):
        reply = None
    if isinstance(reply, dict):
        parts = [f"{key} {json.dumps(reply[key], ensure_ascii=False)[:_QUOTE_LIMIT]}" for key in ("message", "code", "contextId")
                 if isinstance(reply.get(key), (str, int))]
        said = ", ".join(parts)  # a body that is not the platform's error object is never quoted: it may hold anything
    return f"the platform answered {status}" + (f": {said}" if said else "")
