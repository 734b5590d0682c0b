"""The editor's "suppress" quick fix writes `flowlint: ignore[CODE]` where it suppresses the finding: for one inside a
body written over several lines of one string (curl's `-d '{ … }'`, a Python triple-quoted string, a .http body, a YAML
block, a heredoc, a Markdown `json` block), before the launch's statement, in the file's (or the block's) comment
syntax, never inside the string; for any other, alone before its line. Each place is proven by checking the text with
it: none proven (a JSON payload, which takes no comment), none offered. No such action was offered before."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from lsprotocol import types
from test_suppression_multiline_bodies import FAMILIES, clean

from validator.lsp import server as lsp_server

from conftest import UUID, check_text, codes

ROOT = Path(__file__).resolve().parent.parent
WHOLE = types.Range(types.Position(0, 0), types.Position(10_000, 0))


async def _offered(name: str, text: str) -> tuple[list[types.Diagnostic], list[types.CodeAction]]:
    """What the server publishes for `text` as the file `name` (in this repository: its contract store), and the
    "suppress" actions it offers for the whole text."""
    published: list[list[types.Diagnostic]] = []

    class Server(lsp_server.FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            return text, 1

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            published.append(diagnostics)

    driven = Server()
    uri = (ROOT / "scratch" / name).as_uri()
    driven.schedule(uri, delay=0)
    pending = driven.states[uri].pending
    assert pending is not None
    await asyncio.wait_for(pending, 60)
    return published[-1], await driven.suppressions(uri, WHOLE)


def _applied(text: str, action: types.CodeAction) -> str:
    assert action.edit is not None and action.edit.document_changes is None and action.edit.changes is not None
    [edits] = action.edit.changes.values()
    [edit] = edits
    assert edit.range.start == edit.range.end and edit.range.start.character == 0  # a line of its own, inserted
    lines = text.splitlines(keepends=True)
    at = edit.range.start.line
    return "".join([*lines[:at], edit.new_text, *lines[at:]])


@pytest.mark.parametrize(("name", "text"), [(f[0], f[1]) for f in FAMILIES], ids=[f[0] for f in FAMILIES])
async def test_the_suppress_action_writes_the_comment_where_it_works(name: str, text: str) -> None:
    text = clean(text)
    published, [action] = await _offered(name, text)
    assert [d.code for d in published] == ["FL202"]  # reached: the finding inside the body is published
    assert action.title == "Suppress FL202 with `flowlint: ignore[FL202]`" and not action.is_preferred
    fixed = _applied(text, action)
    assert codes(check_text(fixed, name)) == []  # suppressed, and the comment is used (no FL009)
    line = next(line for line in fixed.splitlines() if "flowlint: ignore" in line)
    assert line.strip() in ("# flowlint: ignore[FL202]", "// flowlint: ignore[FL202]", "<!-- flowlint: ignore[FL202] -->")


async def test_a_finding_outside_a_body_gets_the_comment_before_its_line() -> None:
    text = (f'fetch("https://myorg.mypurecloud.com/api/v2/flows/executions", {{method: "POST", headers: '
            f'{{"Content-Type": "application/json", Authorization: `Bearer ${{token}}`}}, body: JSON.stringify('
            f'{{flowId: "{UUID}", inputData: {{"Flow.customerName": "x"}}}})}});\n')
    text = f"async function launch(token) {{\n  {text}}}\n"
    published, [action] = await _offered("app.js", text)
    assert [d.code for d in published] == ["FL302"]
    fixed = _applied(text, action)
    assert fixed.splitlines()[1] == "  // flowlint: ignore[FL302]" and codes(check_text(fixed, "app.js")) == []


async def test_no_place_proven_no_action() -> None:
    body = f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "x", "Flow.typo": 1}}}}\n'
    published, offered = await _offered("body.json", body)
    assert [d.code for d in published] == ["FL202"]  # reached: a finding, in a file that takes no comment
    assert offered == []


async def test_each_finding_is_proven_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.lsp import suppress_action

    proofs: list[Any] = []
    real = suppress_action.suppression_edit

    def counted(*args: Any) -> Any:
        proofs.append(args)
        return real(*args)

    monkeypatch.setattr(lsp_server, "suppression_edit", counted)
    name, text = FAMILIES[0][0], clean(FAMILIES[0][1])
    published: list[list[types.Diagnostic]] = []

    class Server(lsp_server.FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            return text, 1

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            published.append(diagnostics)

    driven = Server()
    uri = (ROOT / "scratch" / name).as_uri()
    driven.schedule(uri, delay=0)
    pending = driven.states[uri].pending
    assert pending is not None
    await asyncio.wait_for(pending, 60)
    first = await driven.suppressions(uri, WHOLE)
    again = await driven.suppressions(uri, WHOLE)
    assert len(first) == len(again) == 1 and len(proofs) == 1
