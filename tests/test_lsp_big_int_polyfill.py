"""`flowlint lsp` end to end (pytest-lsp): a launch body's BigInt (FL014) is judged by the files open in the editor, as
`flowlint check` judges it by the files of its run: a polyfill open beside it drops the finding, and opening, editing or
closing the polyfill re-publishes the open launch files' FL014 without touching them. Every wait is bounded and reads
the client's log of publishes (lsp_session: a publish read while no one waits is never lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import changed, closed, codes, mark, opened, publish, shared_client, shared_server  # noqa: E402, F401
from pytest_lsp import LanguageClient  # noqa: E402
from test_big_int_polyfill_elsewhere import LAUNCH, POLYFILLS  # noqa: E402

from validator.run.cross_file import NOT_OPEN  # noqa: E402

POLYFILL = POLYFILLS["polyfills.js"]


async def _launch_alone(client: LanguageClient, tmp_path: Path) -> str:
    """The launch file, open, with its FL014 (reached: alone, its BigInt throws); its URI."""
    launch = tmp_path / "launch.ts"
    launch.write_text(LAUNCH)
    [said] = [d for d in await opened(client, launch.as_uri(), LAUNCH, "typescript") if d.code == "FL014"]
    assert NOT_OPEN in said.message, said.message
    return launch.as_uri()


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_polyfill_open_beside_the_launch_drops_its_finding(client: LanguageClient, tmp_path: Path) -> None:
    launch = await _launch_alone(client, tmp_path)
    polyfills = tmp_path / "polyfills.js"
    polyfills.write_text(POLYFILL)
    await opened(client, polyfills.as_uri(), POLYFILL, "javascript")
    assert [d.code for d in await changed(client, launch, LAUNCH + "\n", 2)] == []


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_polyfill_opened_after_the_launch_drops_its_finding_and_closing_it_brings_it_back(
        client: LanguageClient, tmp_path: Path) -> None:
    launch = await _launch_alone(client, tmp_path)
    polyfills = (tmp_path / "polyfills.js").as_uri()  # (never written: the editor's text alone gives the toJSON)
    since = mark(client)
    await opened(client, polyfills, POLYFILL, "javascript")
    await publish(client, launch, after=since, version=1, where=lambda p: codes(p) == [])  # re-checked, untouched
    since = mark(client)
    await closed(client, polyfills)
    await publish(client, launch, after=since, version=1, where=lambda p: codes(p) == ["FL014"])


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_editing_the_polyfill_in_and_out_re_publishes_the_launch(client: LanguageClient, tmp_path: Path) -> None:
    launch = await _launch_alone(client, tmp_path)
    helpers = (tmp_path / "helpers.js").as_uri()
    plain = "export const two = 2;\n"
    await opened(client, helpers, plain, "javascript")
    since = mark(client)
    await changed(client, helpers, plain + POLYFILL, 2)  # the polyfill typed in (unsaved)
    await publish(client, launch, after=since, version=1, where=lambda p: codes(p) == [])
    since = mark(client)
    await changed(client, helpers, plain, 3)  # and taken out again
    await publish(client, launch, after=since, version=1, where=lambda p: codes(p) == ["FL014"])
