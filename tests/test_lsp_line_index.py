"""`flowlint lsp` positions every finding, fix and hover of a published text from one index of its lines: before, each
diagnostic built its own (a scan of the text up to it), so publishing D findings of an N-line text cost D × N, and the
editor asks for code actions on every cursor move."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

pytest.importorskip("pygls")

from lsprotocol import types

from validator.core.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity, Span
from validator.core.lines import LineIndex
from validator.lsp import server as lsp_server


async def test_a_published_text_is_indexed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []

    class Counted(LineIndex):
        def __init__(self, text: str) -> None:
            built.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(lsp_server, "LineIndex", Counted)
    lines = 400
    text = "".join(f"line {n}\n" for n in range(lines))

    def check(path: str, _: str) -> list[Diagnostic]:
        return [Diagnostic("FL302", "wrong-host", Severity.ERROR, f"finding {n}", "", None, path, Span(n, 1, n, 3),
                           fix=Fix(Applicability.SAFE, f"fix {n}", (), (Edit(text.index(f"line {n - 1}\n"),
                                                                             text.index(f"line {n - 1}\n") + 4, "LINE"),)))
                for n in range(1, lines, 4)]

    published: list[list[types.Diagnostic]] = []

    class Server(lsp_server.FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            return text, 1

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            published.append(diagnostics)

    driven = Server(check=check)
    uri = "file:///project/launch.js"
    driven.schedule(uri, delay=0)
    pending = driven.states[uri].pending
    assert pending is not None
    await asyncio.wait_for(pending, 60)
    assert len(published) == 1 and len(published[0]) == lines // 4  # reached: every finding published
    assert published[0][-1].range.start.line == lines - 4  # positioned in the text
    whole = types.Range(types.Position(0, 0), types.Position(lines, 0))
    actions: list[Any] = driven.actions(uri, whole)
    assert len(actions) == lines // 4  # reached: a code action per fix
    assert driven.hover(uri, types.Position(lines - 4, 1)) is not None
    assert len(built) == 1, len(built)  # one index of the text, whatever the number of findings, fixes and questions
