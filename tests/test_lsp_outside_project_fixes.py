"""A Python buffer outside any project (no config above it, no git work tree: a scratch file in /tmp or a home
directory) whose safe fix edits a module-level name has that fix judged by the documents open in the editor and the
files beside it, never a walk of its directory's tree (for a file in /tmp the walk for importers listed 196,000 files
and ran past the check's time, the check dropped and its findings never shown)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from validator.core.diagnostics import Applicability
from validator.lsp.server import FlowlintServer
from validator.project.root import git_root
from validator.run import cross_file
from validator.run.buffer import project_of

MODULE_PY = ("import requests\n\nBODY = {'flowid': '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'inputData': {}}\n\n"
             "def go(token):\n    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json=BODY)\n")
IMPORTER_PY = "from scratch import BODY\n\nprint(BODY['flowid'])\n"


def _fixes(path: Path, buffers: dict[str, str]) -> list[tuple[str, Applicability]]:
    found = FlowlintServer().checked(str(path), MODULE_PY, {str(path): MODULE_PY, **buffers})
    return [(d.code, d.fix.applicability) for d in found if d.fix is not None]


def test_a_python_buffer_outside_any_project_has_its_fixes_judged_without_a_walk(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scratch.py"
    (tmp_path / "deeper").mkdir()
    (tmp_path / "deeper" / "other.py").write_text(IMPORTER_PY)  # (below it: a walk would find it)
    assert project_of(str(path))[0].source is None and git_root(tmp_path) is None  # (outside any project)
    walked: list[str] = []

    def walk(root: str, *args: Any, **kwargs: Any) -> Iterator[str]:
        walked.append(root)
        return iter(())

    monkeypatch.setattr(cross_file, "walk", walk)
    asked: list[str] = []
    real = cross_file.shared_fixes_demoted

    def shared_fixes_demoted(importers: cross_file.Importers, path: str, diagnostics: Any) -> Any:
        asked.append(path)
        return real(importers, path, diagnostics)

    monkeypatch.setattr(cross_file, "shared_fixes_demoted", shared_fixes_demoted)
    assert _fixes(path, {}) == [("FL102", Applicability.SAFE)]  # no importer beside it or open: the fix stays safe
    assert asked == [str(path)]  # reached: its importers were looked for
    open_importer = {str(tmp_path / "launch.py"): IMPORTER_PY}  # (open in the editor, never saved)
    assert _fixes(path, open_importer) == [("FL102", Applicability.UNSAFE)]  # an open document imports BODY
    (tmp_path / "audit.py").write_text(IMPORTER_PY)
    assert _fixes(path, {}) == [("FL102", Applicability.UNSAFE)]  # a file beside it imports BODY
    assert walked == []


def test_the_files_beside_a_buffer_are_its_directorys_own_and_bounded(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "below").mkdir()
    (tmp_path / "below" / "deep.py").write_text("")
    for name in ("a.py", "b.js", "c.py"):
        (tmp_path / name).write_text("")
    beside = cross_file.files_beside(str(tmp_path / "scratch.py"))
    assert beside == [str(tmp_path / name) for name in ("a.py", "b.js", "c.py")]  # reached: its files, none below
    monkeypatch.setattr(cross_file, "MOST_BESIDE", 2)
    assert len(cross_file.files_beside(str(tmp_path / "scratch.py"))) <= 2
