"""A document outside any project (no config above it, no git work tree: a scratch file in a home directory, /x.js) is
checked from its text, its own launches diagnosed; a module of it exporting the launch URL has its FL011 note judged by
the documents open in the editor only: its directory (a home directory, the disk's root) is never walked for importers
(the walk of / never ended within the check's time: the check was dropped, its launches never shown)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from validator.lsp import module_notes
from validator.lsp.server import FlowlintServer
from validator.project.root import git_root
from validator.run.buffer import project_of

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
MODULE_JS = f"export const LAUNCH_URL = '{URL}';\n"
IMPORTER_JS = ("import { LAUNCH_URL } from './x.js';\n"
               "await fetch(LAUNCH_URL, {method: 'POST', body: JSON.stringify({flowId: 'y'})});\n")


def test_a_module_outside_any_project_is_checked_and_its_directory_never_walked(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scratch" / "x.js"
    path.parent.mkdir()
    assert project_of(str(path))[0].source is None and git_root(path.parent) is None  # (outside any project)
    walked: list[str] = []

    def walk(root: str, *args: Any, **kwargs: Any) -> Iterator[str]:
        walked.append(root)
        return iter(())

    monkeypatch.setattr(module_notes, "walk", walk)
    found = [(d.code, d.span.line if d.span else None) for d in FlowlintServer().checked(str(path), MODULE_JS, {str(path): MODULE_JS})]
    assert found == [("FL011", 1)]  # its export's note: no importer read (none open)
    importer = str(tmp_path / "scratch" / "launch.js")
    buffers = {str(path): MODULE_JS, importer: IMPORTER_JS}  # an importer open in the editor judges the note
    found = [(d.code, d.span.line if d.span else None) for d in FlowlintServer().checked(str(path), MODULE_JS, buffers)]
    assert found == [], found
    assert walked == []
