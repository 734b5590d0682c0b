"""A near miss of the launch path kept in another module of the checked tree (`export const LAUNCH_URL =
"https://api.mypurecloud.com/api/v2/flows/execution"` in consts.js, `fetch(LAUNCH_URL, …)` in app.js) is a launch URL
the second pass follows, as the launch path is (review2 F8): the launch importing it gets FL308 and its body's findings.
It was no export (imports.launch_value looked for the endpoint's text only), so the importer was never read: exit 0,
and the constant's note said no launch flowlint can read used it, which was false."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

HOST = "https://api.mypurecloud.com"
JS_LAUNCH = ("{imports}\nexport async function launch(token, flowId) {{\n  return fetch({url}, {{method: \"POST\", headers: "
             "{{Authorization: `Bearer ${{token}}`, \"Content-Type\": \"application/json\"}}, body: JSON.stringify({{flowId, "
             "inputData: {{customerName: \"x\"}}}})}});\n}}\n")
PY_LAUNCH = ("import requests\n{imports}\n\ndef go(token):\n    requests.post({url}, json={{\"flowId\": "
             "\"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputData\": {{\"customerName\": \"x\"}}}}, timeout=5)\n")


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", *(args or (".",)))
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    """The codes said in a file, but the note that no contract was found (FL200, for a flow ID written out)."""
    return sorted(d["code"] for d in found if d["file"] == file and d["code"] != "FL200")


CASES = {
    "js export": ({"consts.js": f'export const LAUNCH_URL = "{HOST}/api/v2/flows/execution";\n',
                   "app.js": JS_LAUNCH.format(imports='import { LAUNCH_URL } from "./consts.js";', url="LAUNCH_URL")},
                  "app.js", "consts.js", 1, "/api/v2/flows/execution"),
    "js barrel": ({"lib/consts.ts": f"export const LAUNCH_URL = '{HOST}/api/v2/flow/executions';\n",
                   "lib/index.ts": "export * from './consts';\n",
                   "app.ts": JS_LAUNCH.format(imports="import { LAUNCH_URL } from './lib';", url="LAUNCH_URL")},
                  "app.ts", "lib/consts.ts", 1, "/api/v2/flow/executions"),
    "js require": ({"config.js": f"// the platform's\nmodule.exports = {{ URL: '{HOST}/api/v1/flows/executions' }};\n",
                    "app.js": JS_LAUNCH.format(imports="const { URL } = require('./config');", url="URL")},
                   "app.js", "config.js", 2, "/api/v1/flows/executions"),
    "python module": ({"settings.py": f'GENESYS_LAUNCH = "{HOST}/api/v2/flows/exucutions"\n',
                       "run.py": PY_LAUNCH.format(imports="from settings import GENESYS_LAUNCH", url="GENESYS_LAUNCH")},
                      "run.py", "settings.py", 1, "/api/v2/flows/exucutions"),
    "python package": ({"app/__init__.py": "", "app/urls.py": f'import os\n\nLAUNCH = "{HOST}/api/v2/flows/execution"\n',
                        "app/jobs.py": PY_LAUNCH.format(imports="from .urls import LAUNCH", url="LAUNCH")},
                       "app/jobs.py", "app/urls.py", 3, "/api/v2/flows/execution"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_launch_importing_a_near_miss_gets_fl308_and_its_body_findings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    files, launcher, definer, line, near = CASES[case]
    code, found = _check(tmp_path, monkeypatch, files)
    assert _codes(found, launcher) == ["FL203", "FL308"], found
    assert code == 1
    fl308 = next(d for d in found if d["code"] == "FL308")
    assert f"the launch is sent to \"{near}\"" in fl308["message"]
    use = files[launcher].split("\n")[fl308["line"] - 1]
    assert use[fl308["column"] - 1:fl308["end_column"] - 1] in ("LAUNCH_URL", "GENESYS_LAUNCH", "URL", "LAUNCH")
    # Where to change it: the module writing the URL, and its line (every launch using it is sent there); no edit, as
    # at a same-file constant's literal (and --fix does not follow imports).
    assert f"its path is written in {definer} at line {line}" in fl308["help"], fl308["help"]
    assert fl308["fix"] is None
    # The constant's note is taken back: a launch flowlint reads uses it.
    assert _codes(found, definer) == []


def test_the_same_near_miss_in_the_launching_file_is_said_at_its_literal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = JS_LAUNCH.format(imports=f'const LAUNCH_URL = "{HOST}/api/v2/flows/execution";', url="LAUNCH_URL")
    _, found = _check(tmp_path, monkeypatch, {"app.js": text})
    fl308 = next(d for d in found if d["code"] == "FL308")
    assert (fl308["line"], fl308["help"]) == (1, "change its path to /api/v2/flows/executions (every launch using this "
                                                 "URL is sent there)")


def test_a_near_miss_on_another_products_host_is_still_no_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"consts.js": 'export const LAUNCH_URL = "https://ci.example.com/api/v2/flows/execution";\n',
             "app.js": JS_LAUNCH.format(imports='import { LAUNCH_URL } from "./consts.js";', url="LAUNCH_URL")}
    code, found = _check(tmp_path, monkeypatch, files, "-v")
    assert (code, found) == (0, [])
    files["consts.js"] = files["consts.js"].replace("ci.example.com", "api.mypurecloud.com")
    assert "FL308" in _codes(_check(tmp_path, monkeypatch, files)[1], "app.js")  # reached: the platform's host is


def test_an_importer_that_reads_no_launch_leaves_a_true_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"consts.js": f'export const LAUNCH_URL = "{HOST}/api/v2/flows/execution";\n',
             "app.js": 'import { LAUNCH_URL } from "./consts.js";\nconsole.log(LAUNCH_URL);\n'}
    _, found = _check(tmp_path, monkeypatch, files)
    assert [(d["file"], d["code"]) for d in found] == [("consts.js", "FL011")]
    assert "no launch flowlint can read uses it" in found[0]["message"]  # true now: its importer was read


def test_a_settings_class_default_near_miss_keeps_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"config.py": ("from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n"
                           f'    launch_url: str = "{HOST}/api/v2/flows/execution"\n\nsettings = Settings()\n'),
             "run.py": PY_LAUNCH.format(imports="from config import settings", url="settings.launch_url")}
    _, found = _check(tmp_path, monkeypatch, files, "-v")
    # Its host may be set by the environment (a BaseSettings): the near miss is said where it is used, after a host not
    # known, as `${BASE}/api/v2/flows/execution` is (a note, never judged); the class's own line is no launch's.
    assert [(d["file"], d["code"]) for d in found] == [("run.py", "FL011")], found
    assert "at `/api/v2/flows/execution`: a near miss of /api/v2/flows/executions" in found[0]["message"]


def test_the_editor_says_of_the_importer_what_the_run_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.lsp.server import check

    files, launcher, _, _, _ = CASES["js barrel"]
    _, found = _check(tmp_path, monkeypatch, files)
    said = sorted((d["code"], d["line"], d["column"], d["help"]) for d in found if d["file"] == launcher)
    path = tmp_path / launcher
    edited = sorted((d.code, d.span.line if d.span else 0, d.span.column if d.span else 0, d.help)
                    for d in check(str(path), path.read_text()))
    assert [code for code, *_ in said] == ["FL203", "FL308"]  # reached: the run reads the importer
    assert edited == said
