"""A file named on the command line (the pre-commit hook's `check --quiet --force-exclude -- FILE`, `flowlint check
FILE`) or opened in the editor follows a launch URL imported from another module of the project, as `flowlint check .`
does (review F16): the modules its imports name are marked as a walk marks its tree's, and the file is read with its
imports resolved. It said nothing (exit 0): a walk had read the constants module, a named file's run never did."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from test_precommit import PRE_COMMIT, git, hook_repo, run_hook

from validator.run import imported, runner
from validator.sources import document

from conftest import ROOT, UUID, counted_calls, flowlint

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
JS_LAUNCHER = ("const axios = require('axios');\nconst { FLOW_EXECUTIONS } = require('../shared/endpoints');\n"
               f"module.exports = (phone) => axios.post(FLOW_EXECUTIONS, {{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': phone }} }});\n")
PY_LAUNCHER = ("import requests\n\nfrom app.settings import LAUNCH_URL\n\n\ndef launch(token):\n"
               f"    return requests.post(LAUNCH_URL, json={{'flowId': '{FLOW}', 'inputs': {{'Flow.phone': '1'}}}})\n")
PROJECTS = {
    "js": ({"src/shared/endpoints.js": "module.exports = { FLOW_EXECUTIONS: "
                                       "'https://api.mypurecloud.ie/api/v2/flows/executions' };\n",
            "src/jobs/callback.js": JS_LAUNCHER}, "src/jobs/callback.js"),
    "ts barrel": ({"src/shared/urls.ts": "export const FLOW_EXECUTIONS = 'https://api.mypurecloud.ie/api/v2/flows/executions';\n",
                   "src/shared/index.ts": "export * from './urls';\n",
                   "src/jobs/callback.ts": "import axios from 'axios';\nimport { FLOW_EXECUTIONS } from '../shared';\n"
                                           + JS_LAUNCHER.split("\n")[2] + "\n"},
                  "src/jobs/callback.ts"),
    "python": ({"app/__init__.py": "", "app/settings.py": 'LAUNCH_URL = "https://api.mypurecloud.ie/api/v2/flows/executions"\n',
                "app/jobs/__init__.py": "", "app/jobs/launch.py": PY_LAUNCHER}, "app/jobs/launch.py"),
}


def _project(root: Path, files: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / ".flowlint.toml").write_text("")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _said(*args: str) -> tuple[int, list[tuple[str, str]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, sorted((d["file"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]
                                    if d["code"] != "FL200")  # (no contract in the store: the envelope is judged)


@pytest.mark.parametrize("case", sorted(PROJECTS))
@pytest.mark.parametrize("hook", [False, True])
def test_a_named_file_reads_a_launch_url_its_imports_bring(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, hook: bool) -> None:
    files, launcher = PROJECTS[case]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    walked = _said(".")
    assert walked == (1, [(launcher, "FL101")])  # reached: the walk reads it (`inputs`, not inputData)
    args = ("--quiet", "--force-exclude", "--", launcher) if hook else (launcher,)
    assert _said(*args) == walked


def test_a_walk_looks_for_no_module_beyond_its_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files, launcher = PROJECTS["js"]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    asked: list[Any] = []
    real = imported.modules_of_named

    def counted(*args: Any) -> Any:
        asked.append([path for _, _, path in args[2]])  # (each named file importing: kind, import text, path)
        return real(*args)

    monkeypatch.setattr(imported, "modules_of_named", counted)
    assert _said(".")[1] == [(launcher, "FL101")]
    assert asked == []  # (a directory named: its files are the tree, its modules among them)
    assert _said(launcher)[1] == [(launcher, "FL101")]
    assert asked == [[str(tmp_path / launcher)]]  # reached: a named file's modules are looked for


def test_a_named_file_does_not_follow_an_import_out_of_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files, launcher = PROJECTS["js"]
    _project(tmp_path / "outside", {"src/shared/endpoints.js": files["src/shared/endpoints.js"]})
    _project(tmp_path / "outside" / "src" / "project", {"src/jobs/callback.js": JS_LAUNCHER.replace(
        "'../shared/endpoints'", "'../../../shared/endpoints'")})
    monkeypatch.chdir(tmp_path / "outside" / "src" / "project")
    assert _said(launcher) == (0, [])  # the module is outside the project (its config's directory): not read


def test_the_editor_follows_an_import_across_directories_of_a_git_work_tree(tmp_path: Path) -> None:
    from validator.lsp.server import check

    files, launcher = PROJECTS["js"]
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # the project: no config, a work tree
    path = tmp_path / launcher
    assert sorted(d.code for d in check(str(path), path.read_text()) if d.code != "FL200") == ["FL101"]


def _reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Each file's reads in this process, by name, whoever reads it (the run, the modules' finder, the resolution)."""
    read: Counter[str] = Counter()
    real = document.read_path

    def counted(path: str, **kwargs: Any) -> Any:
        read[os.path.relpath(path)] += 1
        return real(path, **kwargs)

    monkeypatch.setattr(runner, "read_path", counted)
    monkeypatch.setattr(document, "read_path", counted)
    return read


@pytest.mark.parametrize("walk", [False, True])
def test_a_named_launcher_is_read_as_a_walked_one_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, walk: bool) -> None:
    """Its imports are those the first pass noted where it read the file: not read again for them (it was read a third
    time, as the second pass's reading of a walked file was: its selection, then what it writes, read again)."""
    files, launcher = PROJECTS["js"]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    read = _reads(monkeypatch)
    assert _said(*(["."] if walk else [launcher])) == (1, [(launcher, "FL101")])  # reached: the URL followed
    assert read[launcher] == 2  # the first pass, and the second reading with its imports resolved
    if not walk:
        assert read["src/shared/endpoints.js"] == 2  # found and marked, then re-exports looked for by the resolution


def test_a_named_code_file_has_its_kind_asked_only_where_the_loop_asks_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import text its first reading noted carries its kind: the modules' search asks no file's kind by name."""
    files, launcher = PROJECTS["js"]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    real = runner.named_kind  # type: ignore[attr-defined]

    def counted(name: str) -> Any:
        asked.append(name)
        return real(name)

    monkeypatch.setattr(runner, "named_kind", counted)
    searched = counted_calls(monkeypatch, imported, "modules_of_named")
    assert _said(launcher) == (1, [(launcher, "FL101")])
    assert searched  # reached
    assert launcher not in asked  # (quiet in the first pass: no finding, so the loop never asked it)


def test_the_fix_hook_reports_what_it_cannot_fix_through_an_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--fix` on a named file: the imported launch's finding is said, not applied (--fix does not follow imports),
    and the file is left as it is: a check is never weakened by fixing."""
    files, launcher = PROJECTS["js"]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--fix", "--format", "json", "--", launcher)
    assert result.exit_code == 1, result.output
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL101"]
    assert [d["file"] for d in found] == [launcher] and imported.NOT_FIXED in found[0]["help"]
    assert (tmp_path / launcher).read_text() == files[launcher]


@pytest.mark.skipif(not Path(PRE_COMMIT).exists() or shutil.which("git") is None, reason="needs git and pre-commit")
def test_the_pre_commit_hook_stops_a_commit_of_a_launch_whose_url_is_imported(tmp_path: Path) -> None:
    """The real pre-commit runs the hook's entry on the staged launcher alone (the constants module unchanged)."""
    files, launcher = PROJECTS["js"]
    repo = tmp_path / "project"
    _project(repo, files)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    ran = run_hook(tmp_path, repo, hook_repo(tmp_path), launcher)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert f"{launcher}:3:" in ran.stdout and "FL101 error" in ran.stdout, ran.stdout


FLOW_ID_PROJECTS = {
    "js": ({"src/shared/config.js": f"module.exports = {{ FLOW_ID: '{UUID}' }};\n",
            "src/jobs/go.js": "const axios = require('axios');\nconst { FLOW_ID } = require('../shared/config');\n"
                              "module.exports = (phone) => axios.post('https://api.mypurecloud.com/api/v2/flows/executions', "
                              "{ flowId: FLOW_ID, inputData: { 'Flow.customerName': phone, 'Flow.customerNam': phone } });\n"},
           "src/jobs/go.js"),
    "python": ({"app/__init__.py": "", "app/settings.py": f'FLOW_ID = "{UUID}"\n', "app/jobs/__init__.py": "",
                "app/jobs/go.py": "import requests\n\nfrom app.settings import FLOW_ID\n\n\ndef go(phone):\n"
                                  "    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={"
                                  "'flowId': FLOW_ID, 'inputData': {'Flow.customerName': phone, 'Flow.customerNam': phone}})\n"},
               "app/jobs/go.py"),
}


@pytest.mark.parametrize("case", sorted(FLOW_ID_PROJECTS))
@pytest.mark.parametrize("hook", [False, True])
def test_a_named_file_reads_a_flow_id_its_imports_bring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str,
                                                        hook: bool) -> None:
    """The launch's flow ID imported from a constants module of the project: its contract known, as `check .` knows
    it (a named file's flow was "not known here": its inputs unchecked, said with -v only)."""
    files, launcher = FLOW_ID_PROJECTS[case]
    _project(tmp_path, files)
    store = tmp_path / ".flowlint" / "flows"
    store.mkdir(parents=True)
    shutil.copy(ROOT / ".flowlint" / "flows" / f"{UUID}.json", store)
    monkeypatch.chdir(tmp_path)
    walked = _said(".")
    assert walked == (1, [(launcher, "FL202")])  # reached: the walk reads the flow ID and the contract
    assert _said(*(("--quiet", "--force-exclude", "--", launcher) if hook else (launcher,))) == walked


@pytest.mark.parametrize("case", ["js", "python"])
def test_diff_on_a_named_file_says_what_it_cannot_fix_through_an_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    """`--diff FILE` whose launch URL is imported (attack A0: a NameError traceback, the named file's second pass
    asking for what only a walk's marking had imported): it says, as `--diff .` does, that the finding is not fixed
    here, and changes nothing."""
    files, launcher = PROJECTS[case]
    _project(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    walked = flowlint("check", "--no-cache", "--diff", ".")
    named = flowlint("check", "--no-cache", "--diff", launcher)
    assert named.exception is None or isinstance(named.exception, SystemExit), named.exception
    assert "Traceback" not in named.output and "NameError" not in named.output
    assert (named.exit_code, named.output) == (walked.exit_code, walked.output)
    assert imported.NOT_IMPORTED.split(":")[0][:30] in named.output, named.output  # reached: the import's finding is said
    assert (tmp_path / launcher).read_text() == files[launcher]
