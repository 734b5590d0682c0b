"""A buffer outside any project (a scratch file in /tmp or a home directory) whose launch reads a URL it imports has
only the modules its imports name loaded for that: each module of its directory was loaded and marked (`import
requests` in /tmp loaded 74 other scripts, past the editor's 20 s for the check, and nothing of the buffer was shown);
a module an import names is still read, its launch URL followed. So for a buffer in a project: it loaded every module
from its directory up to the project's root."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.lsp.server import check
from validator.project.root import git_root
from validator.run import buffer_imports
from validator.run.buffer import project_of
from validator.sources import project_modules
from validator.sources.import_index import import_text

from conftest import UUID

SETTINGS_PY = 'LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions"\n'
LAUNCH_PY = ("import requests\n\nfrom settings import LAUNCH_URL\n\n\ndef launch(token):\n"
             f"    return requests.post(LAUNCH_URL, json={{'flowid': '{UUID}'}},\n"
             "                         headers={'Authorization': f'Bearer {token}'})\n")


@pytest.mark.parametrize("project", [False, True])
def test_a_buffer_loads_only_the_modules_its_imports_name(tmp_path: Path, project: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if project:
        (tmp_path / ".flowlint.toml").write_text("")
    assert (project_of(str(tmp_path / "x.py"))[0].source is None and git_root(tmp_path) is None) is not project
    (tmp_path / "settings.py").write_text(SETTINGS_PY)
    for n in range(3):  # (other scripts beside it, each exporting a launch URL)
        (tmp_path / f"script{n}.py").write_text(SETTINGS_PY)
    marked: list[str] = []
    real = buffer_imports._marked

    def counted(checker: Any, module: str, data: bytes) -> Any:
        marked.append(Path(module).name)
        return real(checker, module, data)

    monkeypatch.setattr(buffer_imports, "_marked", counted)
    launch = tmp_path / "launch.py"
    launch.write_text(LAUNCH_PY)
    found = [(d.code, d.span.line if d.span else None) for d in check(str(launch), LAUNCH_PY)]
    assert ("FL102", 7) in found, found  # reached: the launch read, its URL followed into settings.py
    assert marked == ["settings.py"], marked  # (a project's buffer loaded every module from its directory to the root)


def _stems(kind: str, text: str) -> set[str]:
    """The module names the finder takes from a file's import text (the first pass's note, or the buffer's)."""
    return project_modules._named_stems(kind, import_text(kind, text.encode()))


def test_the_names_an_import_statement_gives_a_module_file() -> None:
    text = "import a.b, c as d\nfrom .e import (f,\n    g)\nfrom h import *\nx = 'import nothing'\n"
    assert _stems("python", text) >= {"a", "b", "c", "d", "e", "f", "g", "h"}
    assert "nothing" not in _stems("python", text)
    js = "import { A } from './config.js';\nconst b = require('../lib/util');\nimport c from 'left-pad';\n"
    assert _stems("javascript", js) >= {"config", "util"}
    assert "left-pad" not in _stems("javascript", js)
