"""The checks the stand-in makes before answering, in the platform's order: auth, method, media type, size, body.

The request itself (FL106 ID in the path, FL301 method, FL303 Content-Type, FL304 an unserialized
object) is judged by the request rules every source's launches get (rules/request.py), as a
`LaunchRequest` seen on the wire. No web framework here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..checker.engine import CheckOptions, ContractSource, SeverityMap, check_document
from ..checker.loader import load_documents
from ..core.codes import TOOL_FAILURES
from ..core.diagnostics import Diagnostic, Severity
from ..core.jsontext import show
from ..rules.request import LOOPBACK, request_diagnostics
from ..sources.document import Limits
from ..sources.live import live_request

# RFC 6750 b64token after the scheme.
_BEARER = re.compile(r"Bearer +([A-Za-z0-9\-._~+/]+=*)", re.IGNORECASE)
# Authorization schemes a header may name instead of Bearer (IANA's registry, and common unregistered ones), lowercased.
_SCHEMES = frozenset({"basic", "concealed", "digest", "dpop", "gnap", "hoba", "mutual", "negotiate", "oauth", "privatetoken",
                      "scram-sha-1", "scram-sha-256", "vapid", "token", "apikey", "ntlm", "jwt", "aws4-hmac-sha256"})
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
        if scheme.lower() not in _SCHEMES:  # a word that names no scheme may be the token itself: never repeated
            return ("the Authorization header does not start with a scheme (what it holds is not repeated: it may be "
                    "the token itself); the API takes `Authorization: Bearer <access token>`")
        return f"the Authorization header uses the scheme {show(scheme, 20)}; the API takes `Authorization: Bearer <access token>`"
    if match.group(1).lower() in _PLACEHOLDERS:
        return (f"the bearer token is the text {show(match.group(1))}: the code that builds the header had no token "
                "(an unset variable in a template string?)")
    return None


def request_findings(method: str, url: str, headers: list[tuple[str, str]], body: bytes | None,
                     own_hosts: tuple[str, ...] = (), severities: SeverityMap | None = None) -> list[Diagnostic]:
    """The request rules' findings for a request as received (`body` None before it is read), each at the severity
    the project's `[severity]` table gives its rule, as `flowlint check` gives it (a rule turned off says nothing; one
    made a warning never refuses the request, one made an error does).

    Every request here was sent to this stand-in: its host (loopback, or the name it was reached by, `own_hosts`)
    is never told it is not a Genesys Cloud API host.
    """
    found = request_diagnostics(live_request(method, url, headers, body), allowed_hosts=LOOPBACK + own_hosts)
    return configured(found, severities) if severities else found


def configured(diagnostics: list[Diagnostic], severities: SeverityMap) -> list[Diagnostic]:
    """The diagnostics at their rules' configured severities, those of a rule turned off dropped; a tool failure's
    (FL900, FL901) as it is: it cannot be configured."""
    kept = []
    for diagnostic in diagnostics:
        if diagnostic.code not in severities or diagnostic.code in TOOL_FAILURES:
            kept.append(diagnostic)
            continue
        severity = severities[diagnostic.code]
        if severity is not None:
            kept.append(diagnostic if severity is diagnostic.severity else replace(diagnostic, severity=severity))
    return kept


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
    document = load_documents(data, None, limits, kind="json")[0]  # the loader every check uses: a bug is an FL900 answer
    diagnostics = check_document(document, CheckOptions(contracts=contracts, severities=severities or {}))
    return LaunchCheck(diagnostics, document.value if document.parsed else None)
