"""`flowlint lsp` keeps each open document's last result (its text, line index and diagnostics: what code actions and
hovers are answered from) within one budget of bytes for all of them: the least recently used are let go, and a
document let go is checked again, from the editor's text, when a code action or hover asks about it. Before, every
open document's result was kept for as long as it was open, however many were open and however big."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from lsprotocol import types

from validator.lsp.server import FlowlintServer

from conftest import UUID

WHOLE = types.Range(types.Position(0, 0), types.Position(1000, 0))


def _body(name: str) -> str:
    return f'{{"flowID": "{UUID}", "inputData": {{"Flow.customerName": "{name}"}}}}\n'  # FL102, a safe fix


class Editor:
    """The server driven as an editor drives it, in process: open documents' texts, and every publish."""

    def __init__(self, server: FlowlintServer) -> None:
        self.server = server
        self.texts: dict[str, str] = {}
        self.published: list[tuple[str, list[Any]]] = []
        self.checked: list[str] = []
        server.text_of = lambda uri: (self.texts[uri], 1)  # type: ignore[method-assign]
        server.open_buffers = lambda: {}  # type: ignore[method-assign]
        server.publish = lambda uri, version, diagnostics: self.published.append((uri, diagnostics))  # type: ignore[method-assign]
        real = server.check

        def check(path: str, text: str) -> Any:
            self.checked.append(path)
            return real(path, text)

        server.check = check

    async def open(self, path: Path, text: str) -> str:
        uri = path.as_uri()
        path.write_text(text)
        self.texts[uri] = text
        self.server.schedule(uri, delay=0)
        await self.server.settled(uri)
        return uri


def _titles(actions: list[types.CodeAction]) -> list[str]:
    return [action.title for action in actions]


def test_a_document_let_go_within_the_budget_is_checked_again_when_asked_about(tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text("")
    server = FlowlintServer(results_budget=1)  # any result is over it: only the last one checked is kept

    async def scenario() -> None:
        editor = Editor(server)
        first = await editor.open(tmp_path / "first.json", _body("Ann"))
        before = await server.code_actions(first, WHOLE)
        assert _titles(before) == ["FL102: rename it `flowId` (names are case-sensitive)"]  # reached: a fix to offer
        second = await editor.open(tmp_path / "second.json", _body("Bob"))
        assert server.states[first].published is None and server.states[second].published is not None  # let go
        assert list(server.results) == [second]
        checks = len(editor.checked)
        again = await server.code_actions(first, WHOLE)
        assert len(editor.checked) == checks + 1  # checked again, from the editor's text
        assert _titles(again) == _titles(before)
        assert [a.edit for a in again] == [a.edit for a in before]  # the very same edits
        assert editor.published[-1][0] == first and len(editor.published[-1][1]) == 1  # its diagnostics said again, alike
        assert server.states[second].published is None  # now the other one was let go
        hover = await server.answered_from(second)  # (a hover's way in)
        assert hover is not None and [d.code for d in hover.diagnostics] == ["FL102"]
        assert len(editor.checked) == checks + 2
        server.close(first)
        server.close(second)
        assert server.results_bytes == 0 and not server.results

    asyncio.run(scenario())
    server.checks_pool.shutdown(wait=True)


def test_within_the_budget_results_are_kept_and_never_checked_again_for_a_question(tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text("")
    server = FlowlintServer()

    async def scenario() -> None:
        editor = Editor(server)
        uris = [await editor.open(tmp_path / f"doc{k}.json", _body(f"n{k}")) for k in range(3)]
        checks = len(editor.checked)
        for uri in uris:
            assert _titles(await server.code_actions(uri, WHOLE))  # reached: each has its fix
        assert len(editor.checked) == checks  # answered from what was kept
        assert server.results_bytes == sum(server.results.values()) > 0

    asyncio.run(scenario())
    server.checks_pool.shutdown(wait=True)


def test_module_texts_kept_are_bounded_by_characters_least_recently_used_first(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The texts of module files read for other files' checks (a Terraform sibling: sources/module_texts.py), which the
    editor server's process keeps across checks, are bounded by characters, not only by count."""
    from validator.sources import document, module_texts

    monkeypatch.setattr(module_texts, "TEXT_BUDGET", 250)
    monkeypatch.setattr(module_texts, "_STATE", module_texts._State())
    reads: list[str] = []
    real = document.read_path

    def read_path(path: str, **kwargs: Any) -> Any:
        reads.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(document, "read_path", read_path)
    limits = document.Limits(roots=(str(tmp_path),))
    paths = [str(tmp_path / f"m{k}.tf") for k in range(3)]
    for k, path in enumerate(paths):
        Path(path).write_text(f"# module file {k}\n" + "x" * 100 + "\n")
    module_texts.new_run()
    for path in paths:
        kept = module_texts.module_text(path, limits)
        assert kept is not None and kept.text == Path(path).read_text()
    assert reads == paths  # reached: each read once
    assert 0 < module_texts.kept_text_size() <= 250  # the first one let go
    assert module_texts.module_text(paths[2], limits) is not None and len(reads) == 3  # the last one kept
    again = module_texts.module_text(paths[0], limits)
    assert again is not None and again.text == Path(paths[0]).read_text() and reads[-1] == paths[0]  # read again, right
    (tmp_path / "big.tf").write_text("y" * 300)
    assert module_texts.module_text(str(tmp_path / "big.tf"), limits) is not None
    assert module_texts.kept_text_size() <= 250  # a text over the budget alone is read, never kept
