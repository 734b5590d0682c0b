"""Cross-origin requests from a browser app: preflights answered without credentials, as the platform answers them, and
the CORS headers on every answer the server makes itself.

The platform allows the origins configured on the OAuth client a token was made with, which cannot be known offline: the
stand-in takes any client, so it allows any origin unless `--cors-origin` lists the allowed ones. When forwarding, the
platform answers preflights and its replies keep their own CORS headers; only the guard's own answers (a launch refused
locally, a 502) get the headers here, so the app can read why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .access_log import escape, notes
from .platform import error_body, new_context_id, render

if TYPE_CHECKING:  # annotations only: the CLI checks --cors-origin before it knows the serve extra is there
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

ANY_ORIGIN = "*"
#: Every method the routes answer: a preflight for GET (polling) or for a wrong method lets the request through to get
#: its explanation (405 with FL301), instead of a CORS failure that says nothing.
ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
#: Response headers a page may read beyond the CORS-safelisted ones: the accepted launch's warnings.
EXPOSED_HEADERS = "Flowlint-Warning"
#: Authorization is never covered by `Access-Control-Allow-Headers: *` (Fetch standard): named always.
ALWAYS_ALLOWED_HEADERS = ("authorization", "content-type")
MAX_AGE_SECONDS = "600"
#: Scope key a handler sets when its answer is the platform's reply relayed: its CORS headers are the platform's.
RELAYED = "flowlint.relayed"

_ORIGIN = re.compile(r"(https?)://(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::([0-9]{1,5}))?/?", re.ASCII)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9a-z-]{1,100}", re.ASCII)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_MOST_REQUESTED_HEADERS = 64


def origin_of(value: str) -> str | None:
    """`value` as a browser serializes an origin (lower case, no default port, no final `/`), or None when it is none:
    a path, user info, a scheme other than http(s), a port out of range."""
    found = _ORIGIN.fullmatch(value.strip().lower())
    if found is None:
        return None
    scheme, host, port = found.groups()
    if port is not None and not 0 < int(port) <= 65535:
        return None
    return f"{scheme}://{host}" + ("" if port is None or port == _DEFAULT_PORTS[scheme] else f":{port}")


def cors_origin(value: str) -> str:
    """A `--cors-origin` value: `*` (any origin) or an origin such as `http://localhost:3000`; ValueError otherwise."""
    if value.strip() == ANY_ORIGIN:
        return ANY_ORIGIN
    origin = origin_of(value)
    if origin is None:
        raise ValueError(f"{escape(value, 120)} is not an origin: write scheme://host[:port], such as "
                         "http://localhost:3000, or * for any origin")
    return origin


class Cors:
    """ASGI middleware: a preflight is answered here before any route (no credentials asked), unless the platform
    answers it (`forwarding`); an answer of the app's own to a request with an allowed `Origin` gets the CORS headers."""

    def __init__(self, app: ASGIApp, origins: Iterable[str] | None = None, forwarding: bool = False) -> None:
        self.app = app
        allowed = {cors_origin(origin) for origin in origins} if origins is not None else {ANY_ORIGIN}
        self.any_origin = ANY_ORIGIN in allowed
        self.origins = frozenset(allowed - {ANY_ORIGIN})
        self.forwarding = forwarding

    def allowed(self, origin: str) -> str | None:
        """The `Access-Control-Allow-Origin` value for a request's `Origin`, or None when it is not allowed."""
        if origin.strip() == "null":  # a page opened from a file, or a sandboxed frame
            return "null" if self.any_origin else None
        serialized = origin_of(origin)
        if serialized is None:
            return None
        return serialized if self.any_origin or serialized in self.origins else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = header(scope, b"origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        if is_preflight(scope) and not self.forwarding:
            await self.preflight(scope, origin, send)
            return
        allowed = self.allowed(origin)

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and not scope.get(RELAYED):
                headers = [*message.get("headers", []), (b"vary", b"Origin")]
                if allowed is not None:
                    headers += [(b"access-control-allow-origin", allowed.encode("latin-1")),
                                (b"access-control-expose-headers", EXPOSED_HEADERS.encode("latin-1"))]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_cors)

    async def preflight(self, scope: Scope, origin: str, send: Send) -> None:
        allowed = self.allowed(origin)
        if allowed is None:
            context = new_context_id()
            notes(scope)["contextId"] = context
            listed = "any origin a browser sends" if self.any_origin else ", ".join(sorted(self.origins)) or "none"
            body = render(error_body(403, "cors.origin.not.allowed", f"The origin {escape(origin, 120)} is not allowed "
                                     f"(allowed: {listed}): {admitting(origin)}", context))
            await respond(send, 403, [(b"content-type", b"application/json"), (b"vary", b"Origin")], body)
            return
        requested = [name for name in requested_headers(header(scope, b"access-control-request-headers") or "")
                     if name not in ALWAYS_ALLOWED_HEADERS]
        await respond(send, 204, [
            (b"access-control-allow-origin", allowed.encode("latin-1")),
            (b"access-control-allow-methods", ALLOWED_METHODS.encode("latin-1")),
            (b"access-control-allow-headers", ", ".join([*ALWAYS_ALLOWED_HEADERS, *requested]).encode("latin-1")),
            (b"access-control-max-age", MAX_AGE_SECONDS.encode("latin-1")),
            (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
        ], b"")


def admitting(origin: str) -> str:
    """How to allow a refused `Origin`, as a `--cors-origin` value the command accepts (the advice is tried by it)."""
    if origin.strip() == "null":
        return ("a page opened from a file, or a sandboxed frame, sends the origin null, which only `--cors-origin '*'` "
                "admits (or serve the page from http://localhost)")
    serialized = origin_of(origin)
    if serialized is None:
        return "it is not an origin a browser sends (scheme://host[:port]), so no --cors-origin admits it"
    return (f"start flowlint serve with `--cors-origin {serialized}`, as the platform allows only the origins set on "
            "the OAuth client")


def header(scope: Scope, name: bytes) -> str | None:
    """A request header's value (the first), or None."""
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            text: str = value.decode("latin-1")
            return text
    return None


def is_preflight(scope: Scope) -> bool:
    """Whether a request is a browser's CORS preflight: OPTIONS with `Origin` and `Access-Control-Request-Method`."""
    return (scope.get("method") == "OPTIONS" and header(scope, b"origin") is not None
            and header(scope, b"access-control-request-method") is not None)


def requested_headers(value: str) -> list[str]:
    """The header names an `Access-Control-Request-Headers` value lists, lower case; anything that is no header name
    is left out, and so is a list past 64 names."""
    names: list[str] = []
    for item in value.split(",", _MOST_REQUESTED_HEADERS)[:_MOST_REQUESTED_HEADERS]:
        name = item.strip().lower()
        if _HEADER_NAME.fullmatch(name) and name not in names:
            names.append(name)
    return names


async def respond(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode("latin-1"))]})
    await send({"type": "http.response.body", "body": body})
