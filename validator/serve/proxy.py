"""The guard proxy's upstream: requests forwarded to the real platform as the client sent them, replies streamed back."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from ..genesys.regions import _url as checked_url
from ..genesys.regions import resolve

#: Headers that describe one connection, not the message (RFC 9110 §7.6.1); never forwarded either way.
HOP_BY_HOP = frozenset({b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"proxy-connection",
                        b"te", b"trailer", b"trailers", b"transfer-encoding", b"upgrade"})
RawHeaders = list[tuple[bytes, bytes]]


def upstream_url(region_or_url: str) -> str:
    """The API base URL for `--forward`: a region name or domain (`eu-west-1`, `mypurecloud.ie`) or an http(s) base URL
    (genesys/regions.py refuses one with a query, a fragment or path parameters, and never quotes a credential).

    Raises UnknownRegion (a ValueError) for anything else.
    """
    scheme, separator, _ = region_or_url.strip().partition("://")
    if separator and scheme.lower() in ("http", "https"):
        return resolve(None, checked_url(region_or_url, "--forward URL")).api_url  # a refusal names the option passed
    return resolve(region_or_url).api_url


def end_to_end(headers: RawHeaders, *, drop: frozenset[bytes] = frozenset()) -> RawHeaders:
    """The headers minus hop-by-hop ones (and any the Connection header names), and minus `drop`."""
    named = {token.strip().lower() for name, value in headers if name.lower() == b"connection" for token in value.split(b",")}
    return [(name, value) for name, value in headers
            if (lowered := name.lower()) not in HOP_BY_HOP and lowered not in named and lowered not in drop]


class Upstream:
    """One pooled HTTP client to the platform, opened on first use (a mounted app gets no start-up event)."""

    def __init__(self, base_url: str, *, timeout: float, max_connections: int = 100) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_connections = max_connections
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout), follow_redirects=False,
                                             limits=httpx.Limits(max_connections=self.max_connections))
        return self._client

    async def send(self, method: str, raw_path: bytes, query: bytes, headers: RawHeaders,
                   content: bytes | AsyncIterator[bytes] | None) -> httpx.Response:
        """Send a request upstream (`content` None: the client sent no body, and none is sent); the reply's body is
        left to stream (close it when done)."""
        url = self.base_url + raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        # A bare Request, not client.build_request: the client's default headers (User-Agent…) would be added.
        # A body framed by Transfer-Encoding has no Content-Length (RFC 9112 §6.3: the encoding wins, a proxy drops the
        # length): the de-chunked body goes on with the length httpx gives it, never a stale one the client also sent.
        chunked = any(name.lower() == b"transfer-encoding" for name, _ in headers)
        drop = frozenset({b"host", b"content-length"}) if chunked else frozenset({b"host"})
        request = httpx.Request(method, url, headers=end_to_end(headers, drop=drop), content=content,
                                extensions={"timeout": httpx.Timeout(self.timeout).as_dict()})
        if content is None:  # httpx gives a POST, PUT or PATCH without a body `Content-Length: 0`: the client sent none
            request.headers.pop("Content-Length", None)
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
