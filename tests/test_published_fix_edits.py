"""A fix's edits as every output that carries them publishes them (reviewer B 6): applied to the file, they make what
--fix makes. A fix whose text would show a secret (a secret-named member it moves) is shown masked in text reports, so
its edits are published nowhere (`fix: null` in --format json and serve's 400 body, no SARIF `fixes`, no code action):
a tool applying the masked text wrote `****` over the user's value, or broke the JSON (`"Flow.details": *"password"`)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import UUID, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SECRET = "hunter2-QQQQ-longer-secret-value-0123456789"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0c2VjcmV0c2VjcmV0.QQQQsecretTOKENzzz"
HEAD = f"POST {URL}\nContent-Type: application/json\n"
BODY = '{"flowId": "%s", "inputData": {"Flow.customerName": "x"}, "Flow.details": {%s}}\n'
FILES = {
    # The repro's: a password a fix moves into inputData; the same where the password is the header's token too.
    "l.http": f"{HEAD}\n" + BODY % (UUID, f'"password": "{SECRET}"'),
    "l3.http": f"{HEAD}Authorization: Bearer {TOKEN}\n\n" + BODY % (UUID, f'"password": "{TOKEN}"'),
    "l.json": BODY % (UUID, f'"password": "{SECRET}"'),
    # No secret in what the fix writes: its edits are published, and make what --fix makes.
    "n.http": f"{HEAD}\n" + BODY % (UUID, '"note": "plain words"'),
    "n.json": BODY % (UUID, '"note": "plain words"'),
}
WITHHELD = ("l.http", "l3.http", "l.json")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def applied(text: str, edits: list[tuple[int, int, int, int, str]]) -> str:
    """`text` with each (line, column, end line, end column, content) edit applied: 1-based, characters, end exclusive."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    places = [(starts[line - 1] + column - 1, starts[end_line - 1] + end_column - 1, content)
              for line, column, end_line, end_column, content in edits]
    for start, end, content in sorted(places, reverse=True):
        text = text[:start] + content + text[end:]
    return text


def json_edits(found: list[dict[str, Any]]) -> list[tuple[int, int, int, int, str]]:
    return [(e["line"], e["column"], e["end_line"], e["end_column"], e["content"])
            for d in found if d["fix"] for e in d["fix"]["edits"]]


def sarif_edits(log: dict[str, Any], name: str) -> list[tuple[int, int, int, int, str]]:
    edits = []
    for result in log["runs"][0]["results"]:
        for fix in result.get("fixes", ()):
            for change in fix["artifactChanges"]:
                if change["artifactLocation"]["uri"] == name:
                    for r in change["replacements"]:
                        region = r["deletedRegion"]
                        edits.append((region["startLine"], region["startColumn"], region["endLine"], region["endColumn"],
                                      r["insertedContent"]["text"]))
    return edits


def fixed(tree: Path, name: str) -> str:
    """The file as `--fix --unsafe-fixes` leaves it (the file itself put back)."""
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", name).exit_code in (0, 1)
    after = (tree / name).read_text()
    (tree / name).write_text(FILES[name])
    return after


@pytest.mark.parametrize("name", FILES)
def test_json_and_sarif_edits_make_what_fix_makes_or_are_not_published(tree: Path, name: str) -> None:
    after = fixed(tree, name)
    assert after != FILES[name] and '"inputData": {"Flow.customerName": "x", "Flow.details"' in after, after  # reached
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", name).stdout)["diagnostics"]
    sarif = flowlint("check", "--no-cache", "--format", "sarif", name).stdout
    moved = [d for d in found if d["code"] == "FL102"]
    assert moved and "move it into `inputData`" in moved[0]["help"], found  # reached: the finding and its help
    if name in WITHHELD:
        assert moved[0]["fix"] is None and '"fixes"' not in sarif, (found, sarif)
        assert SECRET not in json.dumps(found) + sarif and TOKEN not in json.dumps(found) + sarif
        assert SECRET in after or TOKEN in after  # --fix still writes the value itself
    else:
        assert moved[0]["fix"] is not None, found
        assert applied(FILES[name], json_edits(found)) == after
        assert applied(FILES[name], sarif_edits(json.loads(sarif), name)) == after


def test_a_warm_run_publishes_no_masked_edit_either(tree: Path, cache_on: Path) -> None:
    (tree / ".flowlint.toml").write_text('cache-dir = ".fix-cache"\n')
    for _ in range(2):  # cold, then from the cache, which keeps the edit masked
        found = json.loads(flowlint("check", "--format", "json", "l.json", "n.json").stdout)["diagnostics"]
        fixes = {d["file"]: d["fix"] for d in found if d["code"] == "FL102"}
        assert fixes["l.json"] is None and fixes["n.json"] is not None, found
    assert any(path.suffix == ".cache" for path in (tree / ".fix-cache").rglob("*")), "the second run read the cache"


def test_serve_publishes_no_masked_edit(tmp_path: Path) -> None:
    from validator.serve import app

    async def post(body: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app(tmp_path, auth=False)), base_url="http://s") as c:
            return await c.post("/api/v2/flows/executions", content=body, headers={"Content-Type": "application/json"})

    for body, published in ((FILES["l.json"], False), (FILES["n.json"], True)):
        answer = asyncio.run(post(body))
        assert answer.status_code == 400, answer.text
        moved = [d for d in answer.json()["diagnostics"] if d["code"] == "FL102"]
        assert moved, answer.text  # reached
        assert (moved[0]["fix"] is not None) is published and SECRET not in answer.text, answer.text
        if published:
            edits = moved[0]["fix"]["edits"]
            assert json.loads(applied(body, json_edits(moved)))["inputData"]["Flow.details"] == {"note": "plain words"}, edits


async def test_the_editor_offers_no_code_action_writing_a_masked_secret(tree: Path) -> None:
    pytest.importorskip("pygls")
    from lsprotocol import types

    from validator.lsp import server as lsp_server

    class Server(lsp_server.FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            return FILES[uri.rsplit("/", 1)[-1]], 1

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            pass

    offered: dict[str, list[Any]] = {}
    for name in ("l.http", "n.http"):  # (a payload named .json judged by its shape alone gets no unsafe fix there)
        driven = Server()
        uri = (tree / name).as_uri()
        driven.schedule(uri, delay=0)
        pending = driven.states[uri].pending
        assert pending is not None
        await asyncio.wait_for(pending, 60)
        published = driven.states[uri].published
        assert published is not None and any(d.code == "FL102" for d in published.diagnostics)  # reached
        offered[name] = driven.actions(uri, types.Range(types.Position(0, 0), types.Position(5, 0)))
    assert offered["n.http"] and not offered["l.http"], offered
