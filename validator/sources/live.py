"""A request as it arrives over HTTP (the httpx guard, `flowlint serve`) as the one `LaunchRequest` shape.

Nothing of it is written in a file: it has no positions, and its Authorization header holds a token
the client got at run time (unknown here), never a token written in a file (FL305's subject).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.unknown import Unknown
from .model import NO_BODY, Header, LaunchRequest, Text

#: The kind of a request seen on the wire: the rules word their findings for a client they cannot name.
LIVE = "live"
#: What fetch and XMLHttpRequest send for an object body that was never serialized.
UNSERIALIZED = b"[object Object]"


def live_request(method: str, url: str, headers: Iterable[tuple[str, str]], body: bytes | None) -> LaunchRequest:
    """A request seen on the wire; `body` None when it is not read yet (or there is none)."""
    known = [Header(name, Unknown("the access token") if name.lower() == "authorization" else Text.known(value))
             for name, value in headers]
    sends = "object-string" if body is not None and body.strip() == UNSERIALIZED else "text"
    return LaunchRequest(LIVE, (0, 0), url=Text.known(url), method=method.upper(), headers=known,
                         body=NO_BODY if body is None and method.upper() != "POST" else body or b"", sends=sends)


#: A header whose value is a credential (Authorization in any scheme, a cookie, an API key, `X-Auth-Token`).
_CREDENTIAL_HEADER = re.compile(r"(?:proxy-)?authorization|(?:set-)?cookie|(?:x-)?api-?key|(?:[a-z0-9]+-)+(?:token|auth)",
                                re.IGNORECASE)
#: The shortest credential looked for in what is said about a request: a shorter value is as likely another word.
_SHORTEST_SENT = 4


def sent_secrets(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The credentials a request sends in its headers, longest first: an Authorization header's value and its token
    (after the scheme word), a cookie's values, an API key. No finding about the request may quote one (a guard's
    exception ends up in a log; serve answers a client that may log it) when the body reuses it as a value."""
    found: set[str] = set()
    for name, value in headers:
        if not _CREDENTIAL_HEADER.fullmatch(name.strip()):
            continue
        value = value.strip()
        parts = [value, value.partition(" ")[2].strip()]
        if "cookie" in name.lower():
            parts += [piece.partition("=")[2].strip() for piece in value.split(";")]
        found.update(part for part in parts if len(part) >= _SHORTEST_SENT)
    return sorted(found, key=lambda secret: (-len(secret), secret))
