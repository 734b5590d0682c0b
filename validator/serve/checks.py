"""The checks the stand-in makes before answering, in the platform's order: auth, method, media type, size, body.

Each returns None when the request passes, else the explanation a client needs (a diagnostic when a
rule covers it: FL301 method, FL303 Content-Type, FL304 an unserialized object, FL106 ID in the path).
No web framework here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..checker.engine import CheckOptions, ContractSource, SeverityMap, check_document
from ..core.codes import BODY_NOT_JSON, CONTENT_TYPE, FLOW_ID_IN_PATH, RULES, TOOL_FAILURES, WRONG_METHOD
from ..core.diagnostics import Diagnostic, Severity
from ..core.jsontext import show
from ..sources.document import Limits, failed_to_load, load_bytes

# RFC 6750 b64token after the scheme.
_BEARER = re.compile(r"Bearer +([A-Za-z0-9\-._~+/]+=*)", re.IGNORECASE)
# What a template string makes of a missing token: `Bearer ${token}` with token unset.
_PLACEHOLDERS = frozenset({"undefined", "null", "none", "nil", "nan", "token", "<token>", "your_token", "access_token"})


def bearer_problem(header: str | None) -> str | None:
    """Why an Authorization header would be refused as malformed; None for a well-formed bearer token.

    The stand-in cannot know whether a token is valid, only whether it is shaped like one.
    """
    if header is None:
        return "the request has no Authorization header; send `Authorization: Bearer <access token>`"
    match = _BEARER.fullmatch(header.strip())
    if match is None:
        scheme = header.strip().split(" ", 1)[0]
        if scheme.lower() == "bearer":
            return "the Authorization header has no token after `Bearer`, or the token holds characters no token has"
        return f"the Authorization header uses the scheme {show(scheme, 20)}; the API takes `Authorization: Bearer <access token>`"
    if match.group(1).lower() in _PLACEHOLDERS:
        return (f"the bearer token is the text {show(match.group(1))}: the code that builds the header had no token "
                "(an unset variable in a template string?)")
    return None


def request_diagnostic(code: str, message: str, help_text: str) -> Diagnostic:
    """A diagnostic about the request rather than a place in the body (its pointer is empty)."""
    rule = RULES[code]
    return Diagnostic(code, rule.name, Severity.ERROR, message, help_text, "", None, None)


def media_type_finding(content_type: str | None) -> Diagnostic | None:
    """FL303 when the platform would refuse the body's Content-Type (it reads JSON only); None for JSON."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "application/json" or (media.startswith("application/") and media.endswith("+json")):
        return None
    said = f"is {show(content_type, 80)}" if content_type else "is missing"
    hint = " (fetch sends a string body as text/plain unless told otherwise)" if media == "text/plain" else ""
    return request_diagnostic(CONTENT_TYPE, f"the request's Content-Type {said}{hint}; the platform reads the body only as JSON",
                              "send the header `Content-Type: application/json`")


def wrong_method(method: str) -> Diagnostic:
    """FL301: the launch path with a method other than POST."""
    hint = " (fetch sends GET unless given `method: \"POST\"`)" if method in ("GET", "HEAD") else ""
    return request_diagnostic(WRONG_METHOD, f"the launch is sent with {show(method, 20)}{hint}; flows are launched with POST",
                              "send it with POST")


@dataclass
class LaunchCheck:
    """A launch body's diagnostics, and its value when it parsed."""

    diagnostics: list[Diagnostic]
    body: Any = None
    errors: list[Diagnostic] = field(init=False)

    def __post_init__(self) -> None:
        self.errors = [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def tool_failed(self) -> bool:
        """flowlint could not check (a broken contract, a bug): the fault is not the client's."""
        return any(d.code in TOOL_FAILURES for d in self.errors)

    @property
    def notes(self) -> list[Diagnostic]:
        """Warnings and notes, sent along with an accepted launch."""
        return [d for d in self.diagnostics if d.severity is not Severity.ERROR]

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]


def check_launch(data: bytes, contracts: ContractSource | None, limits: Limits, severities: SeverityMap | None = None) -> LaunchCheck:
    """Check a launch body as sent: always as JSON (the Content-Type said so), against the flow's contract,
    with the project's rule severities (as `flowlint check` has them)."""
    try:
        document = load_bytes(data, None, limits=limits, kind="json")
    except Exception as err:  # a bug in flowlint is an FL900 answer, never a dropped connection
        document = failed_to_load(None, err)
    if data.strip() == b"[object Object]":  # fetch's text for an object body that was never serialized
        return LaunchCheck([request_diagnostic(
            BODY_NOT_JSON, 'the body is the text "[object Object]": an object was sent without being serialized',
            "serialize it: `body: JSON.stringify(payload)`")])
    diagnostics = check_document(document, CheckOptions(contracts=contracts, severities=severities or {}))
    return LaunchCheck(diagnostics, document.value if document.parsed else None)


def flow_id_in_path(flow_id: str, path: str) -> Diagnostic:
    """FL106: the client POSTed to /api/v2/flows/executions/{id}, a route the platform does not have."""
    return request_diagnostic(
        FLOW_ID_IN_PATH, f"the request puts the flow ID in the URL ({show(path, 120)}); the platform has no such endpoint",
        f'POST to /api/v2/flows/executions with the ID in the body: {{"flowId": {show(flow_id, 60)}, ...}}')
