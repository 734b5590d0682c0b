"""`flowlint lsp` on a launch whose URL is imported from another module of the project (a Node service's `config.js`, a
Python package's `settings.py`): the editor says of the open file what `flowlint check .` says of it (the run's second
pass), from the modules' editor text when they are open; an import it cannot follow leaves the launch unread."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from validator.lsp.server import check
from validator.sources import module_texts

from conftest import ROOT, UUID, flowlint

CONFIG_JS = ("export const REGION = process.env.GENESYS_REGION || 'mypurecloud.com';\n"
             "export const FLOW_EXECUTIONS_URL = `https://api.${REGION}/api/v2/flows/executions`;\n")
LAUNCH_JS = ("import { FLOW_EXECUTIONS_URL } from './config.js';\n\n"
             "export async function launchFollowUp(token, order) {\n"
             "  const res = await fetch(FLOW_EXECUTIONS_URL, {\n    method: 'POST',\n"
             "    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },\n"
             f"    body: JSON.stringify({{ flowId: '{UUID}', type: 'flow', inputData: {{ customerName: order.name }} }}),\n"
             "  });\n  return res.json();\n}\n")
SETTINGS_PY = 'LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions"\n'
LAUNCH_PY = ("import requests\n\nfrom app.settings import LAUNCH_URL\n\n\ndef launch(token):\n"
             f"    return requests.post(LAUNCH_URL, json={{'flowId': '{UUID}', 'type': 'flow'}},\n"
             "                         headers={'Authorization': f'Bearer {token}'})\n")


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / ".flowlint.toml").write_text('contracts = "flows"\n')
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / f"{UUID}.json").write_text((ROOT / ".flowlint" / "flows" / f"{UUID}.json").read_text())
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def _cli(project: Path, name: str) -> list[tuple[Any, ...]]:
    """What `flowlint check .` (run from the project) says of the file: code, line, column, message, help."""
    here = os.getcwd()
    os.chdir(project)
    try:
        said = json.loads(flowlint("check", "--no-cache", "--format", "json", ".").stdout)["diagnostics"]
    finally:
        os.chdir(here)
    return sorted((d["code"], d["line"], d["column"], d["message"], d["help"]) for d in said if d["file"] == name)


def _editor(path: Path, text: str | None = None) -> list[tuple[Any, ...]]:
    found = check(str(path), path.read_text() if text is None else text)
    return sorted((d.code, d.span.line if d.span else 0, d.span.column if d.span else 0, d.message, d.help) for d in found)


@pytest.mark.parametrize(("files", "name"), [
    ({"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS}, "src/launch.js"),
    ({"app/__init__.py": "", "app/settings.py": SETTINGS_PY, "app/launcher.py": LAUNCH_PY}, "app/launcher.py"),
    # barrels: a package's __init__.py and a directory's index.js re-export the URL of a module no import of it names
    ({"app/__init__.py": "from .settings import LAUNCH_URL\n", "app/settings.py": SETTINGS_PY,
      "app/launcher.py": LAUNCH_PY.replace("from app.settings import", "from app import")}, "app/launcher.py"),
    ({"src/config/index.js": "export * from './urls.js';\n", "src/config/urls.js": CONFIG_JS,
      "src/launch.js": LAUNCH_JS.replace("'./config.js'", "'./config'")}, "src/launch.js"),
])
def test_the_editor_says_what_the_run_says_of_a_launch_with_an_imported_url(tmp_path: Path, files: dict[str, str],
                                                                            name: str) -> None:
    project = _project(tmp_path, files)
    said = _cli(project, name)
    assert "FL101" in [s[0] for s in said], said  # reached: the run's second pass read the launch (`type`)
    assert _editor(project / name) == said


def test_an_open_modules_unsaved_text_is_what_the_launch_imports(tmp_path: Path) -> None:
    project = _project(tmp_path, {"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS})
    config = project / "src" / "config.js"
    assert "FL101" in [d[0] for d in _editor(project / "src" / "launch.js")]  # reached: read through the import
    module_texts.edited(str(config), CONFIG_JS.replace("/api/v2/flows/executions", "/api/v2/users/me"))
    try:
        assert _editor(project / "src" / "launch.js") == []  # the editor's config.js: no launch URL there
    finally:
        module_texts.edited(str(config), None)


def test_an_import_it_cannot_follow_leaves_the_launch_unread(tmp_path: Path) -> None:
    launch = LAUNCH_JS.replace("'./config.js'", "'@app/config'")  # a path alias no tsconfig.json declares
    project = _project(tmp_path, {"src/config.js": CONFIG_JS, "src/launch.js": launch})
    assert _editor(project / "src" / "launch.js") == []
    assert [d[0] for d in _editor(project / "src" / "config.js")] == ["FL011"]  # reached: its URL, read by no launch
