"""One log line per request: method, path, status, rule codes, duration and correlation ID.

Never the query string, headers or body: tokens and body values stay out of logs. Everything
taken from the request is escaped, so a hostile path cannot forge lines or drive a terminal.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.clock import Clock, default
from ..core.credentials import credential_spans

if TYPE_CHECKING:  # annotations only: the CLI imports LineWriter before it knows the serve extra is there
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger("flowlint.serve")
#: The scope key where handlers leave what the log line should say (codes, contextId, upstream).
NOTES = "flowlint.notes"


def escape(text: str, limit: int = 300) -> str:
    """Printable ASCII only: anything else becomes a \\x, \\u or \\U escape; long text is cut with `...`."""
    out = text if text.isascii() and text.isprintable() else "".join(
        ch if " " <= ch <= "~" else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return out if len(out) <= limit else out[:limit] + "..."


def masked_path(path: str) -> str:
    """A request's path (and query, if any) with every credential in it starred, as flowlint masks a URL anywhere: a
    token-like query value (`?access_token=…`), a JWT or a known token's shape in a segment."""
    spans = credential_spans(path)
    if not spans:
        return path
    pieces, at = [], 0
    for start, end in sorted(spans):
        if end > at:
            pieces += [path[at:max(at, start)], "*" * (end - max(at, start))]
            at = end
    pieces.append(path[at:])
    return "".join(pieces)


def notes(scope: Scope) -> dict[str, Any]:
    """The mutable notes of this request's log line."""
    found: dict[str, Any] = scope.setdefault(NOTES, {})
    return found


class AccessLog:
    """ASGI middleware writing one line per HTTP request to the `flowlint.serve` logger (text or JSON)."""

    def __init__(self, app: ASGIApp, log_format: str = "text", logger: logging.Logger = LOGGER,
                 write: Callable[[str], None] | None = None, clock: Clock | None = None) -> None:
        self.app = app
        self.clock = clock or default()  # durations and JSON timestamps
        self.json = log_format == "json"
        self.logger = logger
        self.write = write  # given: each line goes there instead of through `logging` (the CLI's cheaper path)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = self.clock.monotonic()
        status = 500  # if the app fails before answering, the server answers 500

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            if self.write is not None:
                self.write(self.line(scope, status, (self.clock.monotonic() - started) * 1000))
            elif self.logger.isEnabledFor(logging.INFO):
                self.logger.info(self.line(scope, status, (self.clock.monotonic() - started) * 1000))

    def line(self, scope: Scope, status: int, milliseconds: float) -> str:
        raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
        path = masked_path(raw.decode("latin-1"))  # still percent-encoded, as the client sent it
        method = str(scope.get("method", ""))
        extra = notes(scope)
        codes = list(extra.get("codes", ()))
        context = extra.get("contextId")
        upstream = extra.get("upstream")
        if self.json:
            record: dict[str, Any] = {
                "time": datetime.datetime.fromtimestamp(self.clock.wall(), datetime.timezone.utc).isoformat(timespec="milliseconds"),
                "method": method, "path": path, "status": status, "codes": codes, "duration_ms": round(milliseconds, 3)}
            if context:
                record["contextId"] = context
            if upstream:
                record["upstream"] = upstream
            return json.dumps(record, ensure_ascii=True)  # JSON escaping covers every control character
        parts = [escape(method, 20), escape(path), str(status), ",".join(codes) or "-", f"{milliseconds:.1f}ms"]
        if context:
            parts.append(f"contextId={context}")
        if upstream:
            parts.append(f"upstream={escape(upstream)}")
        return " ".join(parts)


class LineWriter:
    """Lines to a text stream, one write each; text lines get a timestamp (JSON ones carry their own)."""

    def __init__(self, stream: Any, stamp: bool, clock: Clock | None = None) -> None:
        self.stream = stream
        self.clock = clock or default()
        self.stamp = stamp
        self._second = -1
        self._prefix = ""

    def __call__(self, line: str) -> None:
        if self.stamp:
            now = int(self.clock.wall())
            if now != self._second:  # one strftime a second, not one a request
                self._second, self._prefix = now, time.strftime("%Y-%m-%d %H:%M:%S ", time.localtime(now))
            line = self._prefix + line
        try:
            self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # stderr closed or gone: serving matters more than logging
            pass
