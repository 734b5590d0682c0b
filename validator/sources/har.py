"""Launch requests saved in HAR 1.2 files (a browser's network panel), and what the platform answered.

The request is checked as recorded: its method, URL, headers and `postData.text` (located
character by character inside its JSON string). When the recorded response was a 4xx, an
FL306 note quotes the platform's message, code and contextId. A recorded Genesys Cloud sign-in
(a POST to a login host's /oauth/token) writes the client secret (or the password, the refresh token) it sent:
said (FL305) with the first launch, where it is written.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from ..core.codes import PLATFORM_ANSWER, UNREAD_LAUNCH
from ..core.credentials import basic_pair, without_named_secrets
from ..core.diagnostics import Finding, Path, Target
from ..core.unknown import Unknown
from .embedded import embedded_body, json_string_at
from .json_source import JsonLocator
from .model import Header, LaunchRequest, Offsets, Text, literal_secret
from .sign_in import FORM_SECRETS, form_secrets, to_genesys_token
from .urls import launch_url

_QUOTE_LIMIT = 300
#: FL306's help where other findings on the launch say what is wrong with it, and where none does (the check replaces
#: the first with the second then: a body flowlint finds nothing wrong with may still name what the org lacks).
ANSWER_EXPLAINED = "the findings on this request say what to change"
ANSWER_UNEXPLAINED = ("flowlint found nothing in this request to explain it: compare its flow ID, version and inputs "
                      "with the flow in the org (check with --fetch)")


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
    secrets: list[tuple[Offsets, str]] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and isinstance(entry.get("request"), dict):
            request = _request(text, locator, ("log", "entries", index), entry)
            if request is not None:
                found.append(request)
            else:
                secrets += _sign_in_secrets(text, locator, ("log", "entries", index, "request"), entry["request"])
    if found and secrets:  # said once, with the first launch
        found[0].credentials = [*found[0].credentials, *secrets]
    return found


def _sign_in_secrets(text: str, locator: JsonLocator, path: Path, spec: dict[str, Any]) -> list[tuple[Offsets, str]]:
    """Where a recorded request that signs in to Genesys Cloud (a login host's /oauth/token) writes the client secret
    it sent: its `Authorization: Basic` credential (when the secret it encodes is a literal one), or its form body's
    `client_secret` (the body's text, else its params). None for another request, or another product's sign-in."""
    url = spec.get("url")
    if not isinstance(url, str) or not to_genesys_token(url):
        return []

    def inside(*parts: str | int) -> Offsets | None:  # a string value's characters in the file
        offsets = locator.offsets((*path, *parts), Target.VALUE)
        return (offsets[0] + 1, offsets[1] - 1) if offsets is not None and text[offsets[0]:offsets[0] + 1] == '"' else None

    found: list[tuple[Offsets, str]] = []
    for index, header in enumerate(spec["headers"] if isinstance(spec.get("headers"), list) else []):
        value = header.get("value") if isinstance(header, dict) and str(header.get("name")).lower() == "authorization" else None
        scheme, _, credential = value.strip().partition(" ") if isinstance(value, str) else ("", "", "")
        where = inside("headers", index, "value") if scheme.lower() == "basic" else None
        if where is not None and literal_secret(_basic_secret(credential.strip())):
            at = text.find(credential.strip(), *where)
            if at >= 0:
                found.append(((at, at + len(credential.strip())), "the recorded sign-in's Authorization: Basic header"))
    post: dict[str, Any] = spec["postData"] if isinstance(spec.get("postData"), dict) else {}
    body = inside("postData", "text") if isinstance(post.get("text"), str) else None
    written = form_secrets(text, *body) if body is not None else []
    if not written:
        for index, param in enumerate(post["params"] if isinstance(post.get("params"), list) else []):
            name, value = (param.get("name"), param.get("value")) if isinstance(param, dict) else (None, None)
            judged, said = FORM_SECRETS.get(name, (None, "")) if isinstance(name, str) else (None, "")
            if judged is not None and isinstance(value, str) and judged(value) \
                    and (where := inside("postData", "params", index, "value")) is not None:
                written.append((where, said))
    return found + [(where, f"the recorded sign-in's {said}") for where, said in written]


def _basic_secret(credential: str) -> str | None:
    """The password (a client secret) a Basic credential encodes; None when it encodes none."""
    _, colon, password = (basic_pair(credential) or "").partition(":")
    return password if colon else None


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
    recorded = post.get("text") if isinstance(post, dict) else None
    params = post.get("params") if isinstance(post, dict) else None
    size = spec.get("bodySize")
    size = size if isinstance(size, int) and not isinstance(size, bool) else -1  # -1: the recorder does not say
    help_text = ANSWER_EXPLAINED
    if isinstance(recorded, str) and recorded.strip():
        offsets = where("postData", "text")
        located = json_string_at(text, offsets[0]) if offsets else None
        request.body_span = offsets
        if isinstance(params, list) and params and not recorded.lstrip().startswith(("{", "[")):
            request.sends = "form"
        elif located is not None and located[0] == recorded:
            embedded_body(request, recorded, located[1])
        else:
            embedded_body(request, recorded, offsets[0] if offsets else 0)
    elif isinstance(params, list) and params:  # a form recorded as its fields only
        request.sends = "form"
        request.body_span = where("postData", "params")
    elif size > 0 or (isinstance(post, dict) and size < 0 and recorded is None):
        # It sent a body (its size is recorded, or a postData records one) whose text the file does not hold: unknown.
        request.body = Unknown("postData")
        request.body_span = where("postData") if isinstance(post, dict) else None
        sent = f"a body of {size} bytes" if size > 0 else "a body (postData)"
        request.findings.append((Finding(
            UNREAD_LAUNCH, (), f"the recording says the launch sent {sent} but does not hold its text: nothing in it "
            "was checked", "save the HAR with its content (the browser's \"Save all as HAR with content\"), or check "
            "the body as a payload file"), request.body_span or where()))
        help_text = "the recording does not hold the body the launch sent, so nothing here says what to change"
    elif post is None and size < 0:
        # No postData and no size (-1 or none: HAR 1.2's "not available"): the recorder does not say what was sent.
        request.body = Unknown('"bodySize": -1' if spec.get("bodySize") == -1 else "no postData, no bodySize")
        request.body_span = where("bodySize")
        help_text = "the recording does not say what body the launch sent, so nothing here says what to change"
    else:  # a bodySize of 0, or postData with its text written empty: the launch sends no body
        request.bodiless = True
    answer = _answer(entry.get("response"))
    if answer is not None:
        status_at = locator.offsets((*path, "response", "status"), Target.VALUE)
        request.findings.append((Finding(PLATFORM_ANSWER, (), answer, help_text), status_at))
    return request


def _shown(key: str, value: str | int) -> str | int:
    """A reply's member as FL306 quotes it: in a message, a secret it quotes by its name masked; a code or a contextId
    only as the platform writes one (`bad.request`, a UUID), else each character `*`: a recording's reply is anyone's
    text there (an echoed authorization code, a session id), and what the platform writes is the help it gives."""
    if not isinstance(value, str):
        return value
    if key == "message":
        return without_named_secrets(value)
    return value if _PLATFORM_SHAPES[key].fullmatch(value) else "*" * min(len(value), _QUOTE_LIMIT)


#: What the platform writes as an error's code, words alone (`bad.request`, `flow.not.found`, `BAD_REQUEST`: a token
#: has digits or mixed case), and as its contextId (a UUID; a correlation id of hex and dashes).
_PLATFORM_SHAPES = {"code": re.compile(r"[a-z]{1,40}(?:[._-][a-z]{1,40}){0,15}|[A-Z]{1,40}(?:_[A-Z]{1,40}){0,15}"),
                    "contextId": re.compile(r"[0-9A-Fa-f]{8,40}(?:-[0-9A-Fa-f]{4,40}){0,7}")}


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
        # A message may quote what was sent (`client_secret=…`, `password: …`): those values are masked here, as a
        # bearer or basic token is wherever a finding says it (core.credentials.without_credentials).
        parts = [f"{key} {json.dumps(_shown(key, reply[key]), ensure_ascii=False)[:_QUOTE_LIMIT]}"
                 for key in ("message", "code", "contextId") if isinstance(reply.get(key), (str, int))]
        said = ", ".join(parts)  # a body that is not the platform's error object is never quoted: it may hold anything
    return f"the platform answered {status}" + (f": {said}" if said else "")
