"""`flowlint serve --forward`: a request the client sent without a body goes upstream without one: no
`Transfer-Encoding: chunked` (an empty chunked body is a body, which some servers and proxies refuse on a GET or
DELETE) and no `Content-Length: 0` the client did not send; a body the client framed goes on framed. The upstream is
a loopback socket that records each request's bytes as they arrive; the client writes its requests byte for byte."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from test_serve import Server, start

from fake_genesys import TOKEN


class RawUpstream:
    """A loopback HTTP/1.1 server that keeps every request's bytes (head and body, read by its own framing) and
    answers each with a small JSON reply, closing the connection."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received: list[bytes] = []  # (appended before the reply is sent: a proxy's answer comes after it)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(10)
                try:
                    raw = self._read_request(connection)
                except OSError:
                    continue
                self.received.append(raw)
                head = raw.split(b"\r\n", 1)[0]
                body = b"" if head.startswith(b"HEAD ") else b"{}"
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                   b"Connection: close\r\n\r\n" + body)

    @staticmethod
    def _read_request(connection: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        fields = {line.split(b":", 1)[0].strip().lower(): line.split(b":", 1)[1].strip()
                  for line in head.split(b"\r\n")[1:] if b":" in line}
        if b"content-length" in fields:
            while len(rest) < int(fields[b"content-length"]):
                rest += connection.recv(65536)
        elif fields.get(b"transfer-encoding", b"").lower() == b"chunked":
            while not rest.endswith(b"0\r\n\r\n"):
                rest += connection.recv(65536)
        return head + b"\r\n\r\n" + rest

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def upstream() -> Iterator[RawUpstream]:
    running = RawUpstream()
    yield running
    running.close()


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory, upstream: RawUpstream) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("serve"), "--forward", upstream.url)
    yield running
    assert running.stop() == 0


def _exchange(proxy: Server, upstream: RawUpstream, request: bytes) -> tuple[bytes, bytes]:
    """The proxy's answer's status line to `request` (written as is), and the bytes that reached the upstream."""
    before = len(upstream.received)
    url = httpx.URL(proxy.url)
    with socket.create_connection((url.host, url.port or 80), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert len(upstream.received) == before + 1, answer  # reached: forwarded
    return answer.split(b"\r\n", 1)[0], upstream.received[-1]


def _head(method: str, path: str, *fields: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: proxy.test", f"Authorization: Bearer {TOKEN}", *fields]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _framing(raw: bytes) -> tuple[dict[bytes, bytes], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    fields = {line.split(b":", 1)[0].strip().lower(): line.split(b":", 1)[1].strip()
              for line in head.split(b"\r\n")[1:] if b":" in line}
    return fields, body


@pytest.mark.parametrize(("method", "path"), [
    *((method, "/api/v2/flows/executions/run-1") for method in ("GET", "DELETE", "HEAD", "OPTIONS", "PUT", "PATCH")),
    *((method, "/api/v2/users/me") for method in ("GET", "DELETE", "HEAD", "OPTIONS", "POST", "PUT", "PATCH")),
])
def test_a_request_sent_without_a_body_is_forwarded_without_one(proxy: Server, upstream: RawUpstream, method: str,
                                                                  path: str) -> None:
    status, raw = _exchange(proxy, upstream, _head(method, path))
    assert status == b"HTTP/1.1 200 OK", status
    fields, body = _framing(raw)
    assert raw.startswith(f"{method} {path} HTTP/1.1\r\n".encode()) and fields[b"authorization"] == f"Bearer {TOKEN}".encode()
    assert b"transfer-encoding" not in fields and b"content-length" not in fields, raw
    assert body == b""


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST"])
def test_a_content_length_the_client_sent_goes_on_as_sent(proxy: Server, upstream: RawUpstream, method: str) -> None:
    _, raw = _exchange(proxy, upstream, _head(method, "/api/v2/users/me", "Content-Length: 0"))
    fields, body = _framing(raw)
    assert fields.get(b"content-length") == b"0" and b"transfer-encoding" not in fields and body == b"", raw
    payload = b'{"a": 1}'
    _, raw = _exchange(proxy, upstream, _head(method, "/api/v2/users/me", f"Content-Length: {len(payload)}",
                                                "Content-Type: application/json") + payload)
    fields, body = _framing(raw)
    assert fields.get(b"content-length") == str(len(payload)).encode() and body == payload, raw


def test_a_chunked_body_the_client_sent_goes_on_whole(proxy: Server, upstream: RawUpstream) -> None:
    payload = b'{"a": 1}'
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload)
    _, raw = _exchange(proxy, upstream, _head("DELETE", "/api/v2/users/me", "Transfer-Encoding: chunked") + chunked)
    fields, body = _framing(raw)
    sent = body if b"content-length" in fields else _dechunk(body)
    assert sent == payload, raw


def _dechunk(body: bytes) -> bytes:
    out = b""
    while True:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return out
        out, body = out + body[:size], body[size + 2:]


def test_the_upstream_records_what_a_client_sends_it(upstream: RawUpstream) -> None:
    """The recorder itself: a body httpx streams is seen chunked, so its absence above is the proxy's doing."""
    httpx.request("GET", upstream.url + "/x", content=iter([b""]))
    fields, _ = _framing(upstream.received[-1])
    assert fields.get(b"transfer-encoding") == b"chunked"
