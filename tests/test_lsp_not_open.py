"""A document the editor has not opened (or has closed) is never read from disk by the server: pygls reads such a
document's file whole, in the server's loop, when its text is asked (a save of it, a change after its close), and the
file a closed Architect YAML was is read without blocking. A FIFO there blocked the server for good (no answer to any
request after it, not even shutdown); a device or a huge file would have filled its memory."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from lsp_session import BOUND
from lsprotocol import types
from pygls.workspace import Workspace

from validator.lsp.server import FlowlintServer, NotOpen, _may_be_flow


def test_a_document_the_editor_has_not_opened_has_no_text_and_its_file_is_not_read(tmp_path: Path) -> None:
    server = FlowlintServer()
    server.protocol._workspace = Workspace(tmp_path.as_uri())  # (a session's workspace, without a session)
    on_disk = tmp_path / "launch.js"
    on_disk.write_text("the file's text\n")
    uri = on_disk.as_uri()
    server.workspace.put_text_document(types.TextDocumentItem(uri, "javascript", 3, "the editor's text\n"))
    assert server.text_of(uri) == ("the editor's text\n", 3)  # reached: an open document's text is the editor's
    server.workspace.remove_text_document(uri)
    with pytest.raises(NotOpen):
        server.text_of(uri)  # closed: no text, and its file not read (it was: "the file's text\n")


async def test_a_save_of_a_document_never_opened_checks_nothing_and_the_server_goes_on(tmp_path: Path) -> None:
    checked: list[str] = []
    published: list[tuple[str, list[Any]]] = []
    opened = {(tmp_path / "open.json").as_uri(): ("{}", 1)}

    class Server(FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            if uri not in opened:
                raise NotOpen(uri)
            return opened[uri]

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            published.append((uri, diagnostics))

        def window_log_message(self, params: types.LogMessageParams) -> None:
            published.append(("log", [params.message]))

    def check(path: str, text: str) -> list[Any]:
        checked.append(path)
        return []

    server = Server(check=check)
    never = (tmp_path / "never.py").as_uri()
    server.schedule(never, delay=0)  # (a save of a document the editor never opened)
    saved = server.states[never].pending
    server.schedule(next(iter(opened)), delay=0)
    other = server.states[next(iter(opened))].pending
    assert saved is not None and other is not None
    await asyncio.wait_for(asyncio.gather(saved, other), BOUND)
    assert checked == [str(tmp_path / "open.json")]  # reached: the open document was checked, the other not
    assert published == [(next(iter(opened)), [])]  # nothing said of the unopened one, no failure logged


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_closed_yaml_whose_path_is_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "flow.yaml"
    os.mkfifo(fifo)
    (tmp_path / "flow2.yaml").write_text("inputs: {}\n")
    said: list[bool] = []
    reading = threading.Thread(target=lambda: said.append(_may_be_flow(str(fifo), None)), daemon=True)
    reading.start()
    reading.join(BOUND)  # (a bound, never a timing: it blocked for good, waiting for a FIFO's writer)
    assert said == [True]  # may be a flow (never read): its launches are checked again, as for a file not readable
    assert _may_be_flow(str(tmp_path / "gone.yaml"), None) is False  # reached: a file that is not there is read as before
