"""`flowlint lsp`: a flow YAML's buffer edited so it is no longer a flow (emptied), then closed unsaved: its launches
are re-checked each time against what is now their contract (the empty buffer's, then the file's on disk), never left
with the findings of a text that is gone. Every wait is bounded (lsp_session)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import changed, closed, codes, mark, opened, publish, shared_client, shared_server  # noqa: E402, F401
from pytest_lsp import LanguageClient  # noqa: E402
from test_lsp_unsaved_flow_yaml import DECLARED, FLOW_YAML, LAUNCH, _project  # noqa: E402


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_flow_buffer_emptied_then_closed_republishes_its_launch(client: LanguageClient, tmp_path: Path) -> None:
    launch, _action, flow = _project(tmp_path)
    assert "FL202" in [d.code for d in await opened(client, launch.as_uri(), LAUNCH, "javascript")]
    await opened(client, flow.as_uri(), FLOW_YAML, "yaml")
    since = mark(client)
    await changed(client, flow.as_uri(), DECLARED, 2)  # declares Flow.orderId: the launch is clean
    await publish(client, launch.as_uri(), after=since, where=lambda p: "FL202" not in codes(p))
    since = mark(client)
    await changed(client, flow.as_uri(), "", 3)  # select all, delete: no longer a flow, so the launch is re-checked
    await publish(client, launch.as_uri(), after=since)
    since = mark(client)
    await closed(client, flow.as_uri())  # thrown away: the file on disk (no Flow.orderId) is the contract again
    await publish(client, launch.as_uri(), after=since, where=lambda p: "FL202" in codes(p))

