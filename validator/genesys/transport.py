"""Bounded HTTP exchanges: a whole-exchange deadline no slow-drip server outlives, and a reply-size cap
applied after decompression (a gzip bomb stops at the cap, not at the memory limit).

httpx's timeouts bound each socket read, so a server sending one byte a second never trips them. Here
every read, write and connect is given only the time left before the exchange's deadline.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ..core.clock import Clock, default

#: Largest reply accepted, after decompression: a flow with its schemas is a few KiB; a page of 100 flows well under 1 MiB.
MAX_REPLY_BYTES = 8 * 1024 * 1024
#: What flowlint can decode; other encodings are never asked for.
ACCEPT_ENCODING = "gzip, deflate"


class ReplyRefused(Exception):
    """A reply flowlint will not read further (too large, badly encoded); the message is one clause."""


class DeadlineExceeded(Exception):
    """The exchange ran past its deadline."""


class Deadline(threading.local):
    """The deadline of the exchange in progress in this thread (None between exchanges), on `clock`; flows are
    fetched by several threads at once, each with its own deadline."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or default()
        self.deadline: float | None = None

    def left(self, timeout: float | None) -> float | None:
        """The timeout to give one socket operation: never past the deadline."""
        if self.deadline is None:
            return timeout
        remaining = self.deadline - self.clock.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("the exchange's deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    @property
    def expired(self) -> bool:
        return self.deadline is not None and self.clock.monotonic() >= self.deadline - 0.01


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, timer: Deadline) -> None:
        self._stream = stream
        self._timer = timer

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._timer.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._timer.left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, self._timer.left(timeout)), self._timer)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, timer: Deadline) -> None:
        self._inner = inner
        self._timer = timer

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, self._timer.left(timeout), local_address, socket_options)
        return _Stream(stream, self._timer)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, self._timer.left(timeout), socket_options), self._timer)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bounded_transport(timer: Deadline) -> httpx.HTTPTransport:
    """An httpx transport whose socket operations all end by the deadline."""
    transport = httpx.HTTPTransport(verify=True)
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):  # httpx keeps its pool's backend here; the body loop bounds time otherwise
        pool._network_backend = _Backend(pool._network_backend, timer)
    return transport


def exchange(client: httpx.Client, request: httpx.Request, timer: Deadline, deadline: float,
             max_bytes: int = MAX_REPLY_BYTES) -> httpx.Response:
    """Send a request and read the whole reply by the deadline; the reply with its body decoded.

    DeadlineExceeded past the deadline; ReplyRefused for a reply too big or badly encoded.
    """
    timer.deadline = deadline
    try:
        try:
            response = client.send(request, stream=True)
        except httpx.TimeoutException:
            if timer.expired:
                raise DeadlineExceeded from None
            raise
        try:
            body = _read(response, timer, max_bytes)
        finally:
            response.close()
    finally:
        timer.deadline = None
    dropped = ("content-encoding", "content-length", "transfer-encoding")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
    return httpx.Response(response.status_code, headers=headers, content=body, request=request)


def _read(response: httpx.Response, timer: Deadline, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes and not response.headers.get("Content-Encoding"):
        raise ReplyRefused(f"the reply is {int(declared):,} bytes; flowlint reads at most {max_bytes:,}")
    decoder = _decoder(response.headers.get("Content-Encoding", ""))
    parts: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            if timer.expired:
                raise DeadlineExceeded
            data = decoder(chunk, max_bytes + 1 - size)
            size += len(data)
            if size > max_bytes:
                raise ReplyRefused(f"the reply is larger than {max_bytes:,} bytes once decompressed")
            parts.append(data)
        tail = decoder(b"", max_bytes + 1 - size)
    except httpx.TimeoutException:
        if timer.expired:
            raise DeadlineExceeded from None
        raise
    except zlib.error:
        raise ReplyRefused("the reply's compression is broken") from None
    if size + len(tail) > max_bytes:
        raise ReplyRefused(f"the reply is larger than {max_bytes:,} bytes once decompressed")
    return b"".join([*parts, tail])


def _decoder(encoding: str) -> Any:
    """A function (chunk, room) -> decoded bytes, producing at most `room` bytes per call."""
    names = [name.strip().lower() for name in encoding.split(",") if name.strip() and name.strip().lower() != "identity"]
    if not names:
        return lambda chunk, room: chunk
    if names not in (["gzip"], ["x-gzip"], ["deflate"]):
        raise ReplyRefused(f"the reply is encoded as {encoding[:40]!r}, which flowlint did not ask for")
    gzip = names[0] != "deflate"
    inflate = zlib.decompressobj(47 if gzip else 15)
    raw_deflate: list[Any] = []

    def decode(chunk: bytes, room: int) -> bytes:
        nonlocal inflate
        if not chunk:
            return inflate.flush() if room > 0 else b""
        try:
            out = inflate.decompress(inflate.unconsumed_tail + chunk if inflate.unconsumed_tail else chunk, max(room, 1))
        except zlib.error:
            if gzip or raw_deflate:
                raise
            raw_deflate.append(True)  # servers send "deflate" both with and without the zlib header
            inflate = zlib.decompressobj(-15)
            out = inflate.decompress(chunk, max(room, 1))
        if inflate.unconsumed_tail and len(out) >= room:
            raise ReplyRefused("the reply is larger than the limit once decompressed")
        return out

    return decode
