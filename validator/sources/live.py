"""A request as it arrives over HTTP (the httpx guard, `flowlint serve`) as the one `LaunchRequest` shape.

Nothing of it is written in a file: it has no positions, and its Authorization header holds a token
the client got at run time (unknown here), never a token written in a file (FL305's subject).
"""

from __future__ import annotations

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
