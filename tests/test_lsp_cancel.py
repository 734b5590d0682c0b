"""`$/cancelRequest`, over the real protocol (frames through pipes, the server in a thread of this process): a code
action or hover asked while its document is being checked waits for that check, and is answered for the text the
editor holds; cancelled meanwhile, it stops waiting and is answered RequestCancelled (-32800) at once, the check
going on; a cancel of a request already answered, or never made, is ignored (pygls said each on stderr). No sleeps:
the check is held on an Event, every wait bounded."""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

pytest.importorskip("pygls")

from validator.lsp.server import BoundedInput, check, make_server, quiet_pygls_log

BOUND = 60.0
BODY = json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"orderId": "o-1"}})


class Session:
    """The server on a pair of pipes: `send` writes a frame, `next` reads the next message it wrote (bounded)."""

    def __init__(self, server: Any) -> None:
        into_read, self._into = os.pipe()
        out_read, out_write = os.pipe()
        self._writer = os.fdopen(self._into, "wb", buffering=0)
        self._messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.before: list[dict[str, Any]] = []  # what came before each answer waited for
        stdin: BinaryIO = os.fdopen(into_read, "rb")
        stdout: BinaryIO = os.fdopen(out_write, "wb")
        self.served = threading.Thread(target=self._serve, args=(server, stdin, stdout), daemon=True)
        self.reading = threading.Thread(target=self._read, args=(os.fdopen(out_read, "rb"),), daemon=True)
        self.served.start()
        self.reading.start()

    @staticmethod
    def _serve(server: Any, stdin: BinaryIO, stdout: BinaryIO) -> None:
        try:
            server.start_io(BoundedInput(stdin), stdout)
        finally:
            stdout.close()

    def _read(self, stream: BinaryIO) -> None:
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    self._messages.put(None)
                    return
                header += byte
            length = int(next(line for line in header.split(b"\r\n") if line.lower().startswith(b"content-length"))
                         .split(b":")[1])
            self._messages.put(json.loads(stream.read(length)))

    def send(self, **fields: Any) -> None:
        body = json.dumps({"jsonrpc": "2.0", **fields}).encode()
        self._writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def next(self) -> dict[str, Any]:
        message = self._messages.get(timeout=BOUND)
        assert message is not None, "the server ended"
        return message

    def answer(self, said: object) -> dict[str, Any]:
        """The answer to request `said` (what came before it is kept in `before`)."""
        while True:
            message = self.next()
            if message.get("id") == said and "method" not in message:
                return message
            self.before.append(message)

    def close(self) -> list[dict[str, Any]]:
        """Shut the server down; every message it wrote that no wait took."""
        self.send(id="end", method="shutdown")
        self.answer("end")
        self.send(method="exit")
        self._writer.close()
        rest = []
        while (message := self._messages.get(timeout=BOUND)) is not None:
            rest.append(message)
        self.served.join(BOUND)
        assert not self.served.is_alive()
        return self.before + rest


@pytest.fixture
def pygls_log() -> Iterator[None]:
    logger = logging.getLogger("pygls")
    kept = (logger.handlers[:], logger.level, logger.propagate)
    quiet_pygls_log()  # (as `flowlint lsp` says pygls' warnings: one line on stderr each)
    yield
    logger.handlers[:], logger.level, logger.propagate = kept


def _code_action(uri: str) -> dict[str, Any]:
    return {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 99}},
            "context": {"diagnostics": []}}


def test_a_cancelled_request_is_answered_at_once_and_stops_waiting(tmp_path: Path, pygls_log: None,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    started, release = threading.Event(), threading.Event()
    checks: list[str] = []

    def held(path: str, text: str) -> list[Any]:
        checks.append(text)
        started.set()
        assert release.wait(BOUND)
        return check(path, text)

    session = Session(make_server(check=held, debounce=0))
    uri = (tmp_path / "body.json").as_uri()
    try:
        session.send(id=1, method="initialize", params={"processId": None, "rootUri": None, "capabilities": {}})
        session.answer(1)
        session.send(method="initialized", params={})
        session.send(method="textDocument/didOpen", params={"textDocument": {
            "uri": uri, "languageId": "json", "version": 1, "text": BODY}})
        assert started.wait(BOUND)  # the document's check is running, held
        session.send(id=7, method="textDocument/codeAction", params=_code_action(uri))
        session.send(id=8, method="textDocument/codeAction", params=_code_action(uri))
        session.send(method="$/cancelRequest", params={"id": 7})
        cancelled = session.answer(7)
        assert cancelled["error"]["code"] == -32800 and "result" not in cancelled
        assert not release.is_set()  # answered while the check still runs: the cancel answered it
        session.send(method="$/cancelRequest", params={"id": 7})  # answered already
        session.send(method="$/cancelRequest", params={"id": 999})  # never asked
        release.set()
        waited = session.answer(8)  # not cancelled: answered once the check published, for the text the editor holds
        assert [action["title"] for action in waited["result"]] == ["FL203: rename it `Flow.orderId`"]
        session.send(id=9, method="textDocument/hover", params={"textDocument": {"uri": uri},
                                                                 "position": {"line": 0, "character": 70}})
        assert "FL203" in session.answer(9)["result"]["contents"]["value"]
    finally:
        release.set()
        rest = session.close()
    assert checks == [BODY]  # one check: the cancelled request stopped its wait, never the check
    assert not [m for m in rest if m.get("id") == 7]  # answered once
    assert any(m.get("method") == "textDocument/publishDiagnostics" for m in rest)  # (reached: the check published)
    assert "cancel" not in capsys.readouterr().err.lower()  # the ignored cancels said nothing
