"""A malformed frame from the editor (not JSON, not a JSON-RPC message, params of the wrong shape) is one line on the
server's stderr, its kind only: no traceback, no pop-up, nothing of what was sent (a document's secrets, a terminal's
escapes); the server goes on and answers the next request. In process, over the stdio pygls serves on."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest

pytest.importorskip("pygls")

from validator.lsp.server import serve


def _frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _message(**fields: object) -> bytes:
    return json.dumps({"jsonrpc": "2.0", **fields}).encode()


MALFORMED = [
    b'{"jsonrpc": "2.0", "method": "x", TOKlspFrame1 \x1b[31m',  # not JSON
    b'["\\u001b]8;;TOKlspFrame2\\u0007"]',  # JSON, no message
    _message(method="textDocument/didOpen", params={"textDocument": {"uri": "\x1b[2J", "text": "TOKlspFrame3"}}),
    _message(jsonrpc="1.0", id=9, method="TOKlspFrame4\x1b[31m"),  # an unknown message
]


def test_a_malformed_frame_is_one_line_and_the_server_goes_on(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("pygls")
    kept = (logger.handlers[:], logger.level, logger.propagate)
    stdin = io.BytesIO(b"".join(map(_frame, [
        _message(id=1, method="initialize", params={"processId": None, "rootUri": None, "capabilities": {}}),
        _message(method="initialized", params={}), *MALFORMED, _message(id=2, method="shutdown")])))
    stdout = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(stdout))  # (the server writes to its buffer)
    try:
        serve(stdin=stdin)
    finally:
        logger.handlers[:], logger.level, logger.propagate = kept
    answered = stdout.getvalue().decode()
    said = capsys.readouterr().err
    assert '"id": 2' in answered and '"result": null' in answered, answered  # the server went on: shutdown answered
    assert "showMessage" not in answered and "TOKlsp" not in answered and "\x1b" not in answered, answered
    lines = said.splitlines()
    assert len(lines) >= len(MALFORMED) - 1, said  # (reached: each is said; an unknown message too)
    assert all(line.startswith("flowlint lsp: ") and line.endswith("the server goes on") for line in lines), said
    assert "Traceback" not in said and "TOKlsp" not in said and "\x1b" not in said, said


def _answers(stdout: bytes) -> list[dict[str, object]]:
    """The messages the server wrote, in order."""
    found, rest = [], stdout
    while rest:
        header, _, rest = rest.partition(b"\r\n\r\n")
        length = int(next(line for line in header.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[1])
        found.append(json.loads(rest[:length]))
        rest = rest[length:]
    return found


def test_a_request_whose_params_cannot_be_read_is_answered_with_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON-RPC owes a request an answer: params of the wrong shape get the error -32602 with the request's id (pygls
    raised before the id was answered; the editor kept the request pending), nothing of what was sent in it."""
    logger = logging.getLogger("pygls")
    kept = (logger.handlers[:], logger.level, logger.propagate)
    uri = "file:///TOKlspParams.json"
    stdin = io.BytesIO(b"".join(map(_frame, [
        _message(id=1, method="initialize", params={"processId": None, "rootUri": None, "capabilities": {}}),
        _message(method="initialized", params={}),
        _message(id=3, method="textDocument/codeAction", params={"textDocument": {"uri": uri}, "range": {
            "start": {"line": -1, "character": -5}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
        _message(id="four", method="textDocument/hover", params={"textDocument": {"uri": uri},
                                                                  "position": {"line": "TOKlsp", "character": 0}}),
        _message(id=5, method="textDocument/codeAction", params={}),
        _message(method="textDocument/didOpen", params={"textDocument": {"uri": uri}}),  # a notification: no answer
        _message(id=[6], method="textDocument/hover", params={}),  # no id JSON-RPC allows: answered as null
        _message(id=7, method="textDocument/hover", params={"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
        _message(id=2, method="shutdown")])))
    stdout = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(stdout))
    try:
        serve(stdin=stdin)
    finally:
        logger.handlers[:], logger.level, logger.propagate = kept
    answers = [m for m in _answers(stdout.getvalue()) if "method" not in m]
    assert [m["id"] for m in answers] == [1, 3, "four", 5, None, 7, 2], answers  # each request answered, in order
    errors = {str(m["id"]): m["error"] for m in answers if "error" in m}
    assert errors == {"3": {"code": -32602, "message": "Invalid Params"}, "four": {"code": -32602, "message": "Invalid Params"},
                      "5": {"code": -32602, "message": "Invalid Params"}, "None": {"code": -32600, "message": "Invalid Request"}}
    assert "TOKlsp" not in stdout.getvalue().decode()


def _served(monkeypatch: pytest.MonkeyPatch, *bodies: bytes) -> list[dict[str, object]]:
    """What the server wrote for the framed `bodies`, after initialize (the stream's end stops it)."""
    logger = logging.getLogger("pygls")
    kept = (logger.handlers[:], logger.level, logger.propagate)
    stdin = io.BytesIO(b"".join(map(_frame, [
        _message(id=1, method="initialize", params={"processId": None, "rootUri": None, "capabilities": {}}),
        _message(method="initialized", params={}), *bodies])))
    stdout = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(stdout))
    try:
        serve(stdin=stdin)
    finally:
        logger.handlers[:], logger.level, logger.propagate = kept
    assert "TOKlsp" not in stdout.getvalue().decode()
    return _answers(stdout.getvalue())


def test_a_request_that_is_no_json_rpc_or_comes_after_shutdown_is_answered_with_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON-RPC owes every request an answer: a message that is no JSON gets -32700 (id null), JSON that is no request
    -32600; LSP: a request after `shutdown` gets InvalidRequest (-32600). Each was dropped, and the editor waited on it for
    good. A notification, well formed or not, is never answered."""
    answers = [m for m in _served(
        monkeypatch,
        b'{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":',  # cut short: no JSON
        b'\xff\xfe TOKlsp',  # no UTF-8
        b'[1, "TOKlsp"]',  # JSON, no message
        json.dumps({"id": 10, "method": "textDocument/hover"}).encode(),  # no "jsonrpc"
        json.dumps({"method": "TOKlsp"}).encode(),  # a notification with no "jsonrpc": no answer
        _message(jsonrpc="1.0", id=11, method="shutdown"),  # another version
        _message(id=20, method="shutdown"),
        _message(id=21, method="textDocument/hover", params={"textDocument": {"uri": "file:///TOKlsp.json"},
                                                             "position": {"line": 0, "character": 0}}),
        _message(method="textDocument/didOpen", params={"textDocument": {
            "uri": "file:///TOKlsp.json", "languageId": "json", "version": 1, "text": "{}"}}),  # a notification: none
    ) if "method" not in m]
    assert [(m["id"], m.get("error")) for m in answers] == [
        (1, None), (None, {"code": -32700, "message": "Parse Error"}), (None, {"code": -32700, "message": "Parse Error"}),
        (None, {"code": -32600, "message": "Invalid Request"}), (10, {"code": -32600, "message": "Invalid Request"}),
        (11, {"code": -32600, "message": "Invalid Request"}), (20, None),
        (21, {"code": -32600, "message": "Invalid Request"})], answers


def test_a_document_with_no_file_is_said_once_not_to_be_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """An `untitled:` buffer (no file: no project, no config, no contracts to check it with) is not checked, and the
    editor is told so once a session, by the URI's scheme only; it got nothing, as if checked clean."""
    def opened(uri: str) -> bytes:
        return _message(method="textDocument/didOpen", params={"textDocument": {
            "uri": uri, "languageId": "json", "version": 1, "text": '{"flowId": "abc", "type": 1}'}})

    written = _served(monkeypatch, opened("untitled:Untitled-1"), opened("untitled:TOKlsp-2"), opened("vscode-vfs://TOKlsp/x.json"))
    told = [m["params"] for m in written if m.get("method") == "window/showMessage"]
    assert len(told) == 1, written
    assert "untitled" in str(told[0]) and "not checked" in str(told[0]) and "save it" in str(told[0]), told
    assert not [m for m in written if m.get("method") == "textDocument/publishDiagnostics"], written
