"""Running an ASGI app on uvicorn: bounded, logged, and stopped gracefully by SIGTERM or Ctrl-C (exit 0)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from .access_log import LOGGER

HANDLED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass(frozen=True)
class ServerLimits:
    """What the server lets clients cost."""

    max_connections: int = 256  # concurrent connections and requests; more get 503
    keep_alive: float = 5.0  # seconds an idle connection stays open
    graceful_shutdown: float = 30.0  # seconds in-flight requests get to finish after SIGTERM
    #: Seconds a connection gets to send a whole request head (slowloris: a head never finished must not keep a
    #: connection slot); the serve command sets it to --timeout.
    head_timeout: float = 10.0


class _HeadDeadline(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, but a connection that does not finish a request head within `head_timeout`
    seconds (at first, or after a response on a kept-alive connection) is closed."""

    head_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        self._waiting_for: object = self.cycle  # a head has arrived once the cycle is another one
        self._deadline: asyncio.TimerHandle | None = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm(self) -> None:
        if getattr(self, "_deadline", None) is not None:
            assert self._deadline is not None
            self._deadline.cancel()
            self._deadline = None

    def handle_events(self) -> None:
        super().handle_events()
        if getattr(self, "_deadline", None) is not None and self.cycle is not self._waiting_for:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._disarm()
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _head_timed_out(self) -> None:
        self._deadline = None
        if self.cycle is self._waiting_for and not self.transport.is_closing():
            self.transport.close()


class _Server(uvicorn.Server):
    """uvicorn's server, but a signal ends it with exit code 0 instead of re-raising the signal, and it says where it listens."""

    def __init__(self, config: uvicorn.Config, on_listen: Callable[[], None]) -> None:
        super().__init__(config)
        self.on_listen = on_listen

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self.on_listen()

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in HANDLED_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free one); OSError when the address cannot be used."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only then, and without it each
    # response's body waits ~40 ms behind its headers (Nagle meets delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run(app: ASGIApp, sock: socket.socket, limits: ServerLimits = ServerLimits(),
        announce: Callable[[str], None] = print) -> int:
    """Serve until SIGTERM or Ctrl-C; in-flight requests finish first. The exit code (0)."""
    asyncio.run(server_for(app, sock, limits, announce).serve(sockets=[sock]))
    return 0


def server_for(app: ASGIApp, sock: socket.socket, limits: ServerLimits = ServerLimits(),
               announce: Callable[[str], None] = print) -> uvicorn.Server:
    """The server `run` runs (`serve(sockets=[sock])` on any event loop; set `should_exit` to stop it)."""
    # proxy_headers off: a stand-in on loopback trusts no X-Forwarded-* header (and skips a middleware layer).
    protocol = type("HeadDeadline", (_HeadDeadline,), {"head_timeout": max(0.01, limits.head_timeout)})
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False, lifespan="on", proxy_headers=False,
                            http=protocol,
                            # uvicorn answers 503 once the open connections reach the limit, this one included.
                            limit_concurrency=limits.max_connections + 1, timeout_keep_alive=int(max(1, limits.keep_alive)),
                            timeout_graceful_shutdown=int(max(1, limits.graceful_shutdown)), log_config=None)
    return _Server(config, lambda: announce(url_of(sock)))


def configure_logging(log_format: str = "text") -> None:
    """Log records on stderr (stdout carries only the listening URL): uvicorn's warnings, and request lines
    if the app logs them through `logging`."""
    handler = logging.StreamHandler(sys.stderr)
    text = "%(asctime)s %(message)s" if log_format == "text" else "%(message)s"  # JSON lines carry their own time
    handler.setFormatter(logging.Formatter(text))
    for name in (LOGGER.name, "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False
    LOGGER.setLevel(logging.INFO)
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
