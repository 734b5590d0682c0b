"""`flowlint lsp` on a module whose launch URL is bound to an exported name no launch of its own reads (a Node
service's `config.js`, a package's `settings.py`): its FL011 note is taken back when a file of the project imports the
name and launches with it, as `flowlint check .` takes it back (run/imported.py), from the editor's text of the files
open in it. A module no launch reads the name of keeps its note. Every wait is bounded (lsp_session)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import changed, codes, mark, opened, publish, shared_client, shared_server  # noqa: E402, F401
from pytest_lsp import LanguageClient  # noqa: E402
from test_lsp_imported_url import CONFIG_JS, LAUNCH_JS, LAUNCH_PY, SETTINGS_PY, _project  # noqa: E402

from validator.lsp.server import FlowlintServer  # noqa: E402

from conftest import flowlint  # noqa: E402

UNUSED_JS = LAUNCH_JS.replace("fetch(FLOW_EXECUTIONS_URL,", "fetch('/health',")


def _cli_codes(project: Path, name: str) -> list[str]:
    here = os.getcwd()
    os.chdir(project)
    try:
        said = json.loads(flowlint("check", "--no-cache", "--format", "json", ".").stdout)["diagnostics"]
    finally:
        os.chdir(here)
    return sorted(d["code"] for d in said if d["file"] == name)


def _editor_codes(path: Path, buffers: dict[str, str] | None = None) -> list[str]:
    text = path.read_text()
    found = FlowlintServer().checked(str(path), text, {**(buffers or {}), str(path): text})
    return sorted(d.code for d in found)


@pytest.mark.parametrize(("files", "module"), [
    ({"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS}, "src/config.js"),
    ({"app/__init__.py": "", "app/settings.py": SETTINGS_PY, "app/launcher.py": LAUNCH_PY}, "app/settings.py"),
])
def test_a_module_whose_url_an_importer_launches_with_has_no_note(tmp_path: Path, files: dict[str, str],
                                                                   module: str) -> None:
    project = _project(tmp_path, files)
    assert "FL011" not in _cli_codes(project, module)  # the run: the importer's launch reads it
    assert "FL011" not in _editor_codes(project / module)
    for name in files:
        if name != module and name.endswith((".js", ".py")) and files[name]:
            (project / name).unlink()  # no importer: the note is the module's own
    assert _editor_codes(project / module) == ["FL011"]


def test_an_open_importers_unsaved_text_is_what_judges_the_note(tmp_path: Path) -> None:
    project = _project(tmp_path, {"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS})
    launch = str(project / "src" / "launch.js")
    assert "FL011" not in _editor_codes(project / "src" / "config.js")  # reached: judged by the file on disk
    assert _editor_codes(project / "src" / "config.js", {launch: UNUSED_JS}) == ["FL011"]


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_editing_the_importer_re_publishes_the_modules_note(client: LanguageClient, tmp_path: Path) -> None:
    project = _project(tmp_path, {"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS})
    config, launch = project / "src" / "config.js", project / "src" / "launch.js"
    assert "FL011" not in [d.code for d in await opened(client, config.as_uri(), CONFIG_JS, "javascript")]
    await opened(client, launch.as_uri(), LAUNCH_JS, "javascript")
    since = mark(client)
    await changed(client, launch.as_uri(), UNUSED_JS, 2)  # unsaved: no launch reads the name any more
    await publish(client, config.as_uri(), after=since, where=lambda p: "FL011" in codes(p))
