"""`flowlint lsp` end to end (pytest-lsp): a launch body's BigInt (FL014) is judged by the files open in the editor, as
`flowlint check` judges it by the files of its run: a polyfill open beside it drops the finding."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402
from test_big_int_polyfill_elsewhere import LAUNCH, POLYFILLS  # noqa: E402

from validator.run.cross_file import NOT_OPEN  # noqa: E402

from conftest import ROOT  # noqa: E402


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "validator", "lsp", "--debounce", "0"]))  # type: ignore[untyped-decorator]
async def client(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=ROOT.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient, path: Path, text: str, version: int) -> Any:
    uri = path.as_uri()
    if version == 1:
        client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "typescript", 1, text)))
    else:
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version), [types.TextDocumentContentChangeWholeDocument(text=text)]))
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:  # (not another file's)
            return params.diagnostics


async def test_a_polyfill_open_beside_the_launch_drops_its_finding(client: LanguageClient, tmp_path: Path) -> None:
    launch = tmp_path / "launch.ts"
    launch.write_text(LAUNCH)
    [said] = [d for d in await published(client, launch, LAUNCH, 1) if d.code == "FL014"]  # reached: alone, it throws
    assert NOT_OPEN in said.message, said.message
    polyfills = tmp_path / "polyfills.js"
    polyfills.write_text(POLYFILLS["polyfills.js"])
    await published(client, polyfills, POLYFILLS["polyfills.js"], 1)
    assert [d.code for d in await published(client, launch, LAUNCH + "\n", 2)] == []
