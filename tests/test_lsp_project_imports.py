"""`flowlint lsp` end to end (pytest-lsp): a file open in the editor whose launch takes its URL from a constants module
in another directory of the project (a git work tree, no config) gets the finding `flowlint check .` gives it (review
F16: the editor looked for modules only under the file's own directory when the project had no config)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import opened, shared_client, shared_server  # noqa: E402, F401
from pytest_lsp import LanguageClient  # noqa: E402
from test_named_files_imports import PROJECTS  # noqa: E402


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
@pytest.mark.parametrize("case", ["js", "python"])
async def test_the_editor_follows_a_url_imported_across_directories(client: LanguageClient, tmp_path: Path, case: str) -> None:
    files, launcher = PROJECTS[case]
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    path = tmp_path / launcher
    found = await opened(client, path.as_uri(), files[launcher], "javascript" if case == "js" else "python")
    assert [d.code for d in found if d.code != "FL200"] == ["FL101"], found
