"""A safe fix editing a body bound to a module-level name that another file of the run imports (`from launcher import
BODY`) is unsafe: the importer may read what it renames, and no proof of the edited file sees it. --fix leaves it (the
finding stays an error, the fix shown unsafe, naming the importer); --unsafe-fixes applies it. A body no other file
imports, or one made inside a function, is fixed as before. (A JavaScript body bound to an exported name is never
fixed: the code editor withholds it, whoever imports it.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.run import cross_file

from conftest import UUID, counted_calls, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
PY_LAUNCHER = (f'import requests\n\nURL = "{API}"\nBODY = {{"flowID": "{UUID}", "inputData": {{"Flow.customerName": "Ana"}}}}\n\n\n'
               'def launch(token):\n    return requests.post(URL, json=BODY, headers={"Authorization": f"Bearer {token}"}, '
               'timeout=5)\n')
JS_LOCAL = (f"export const launch = (token: string) => fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': "
            "'application/json', Authorization: `Bearer ${token}` }, "
            f"body: JSON.stringify({{ flowID: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana' }} }}) }});\n")


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _fixed(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--no-cache", "--fix", "--format", "json", *args, ".")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def _renames(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in found if d["code"] == "FL102"]


CASES = [
    ("launcher.py", PY_LAUNCHER, "audit.py", "from launcher import BODY\n\n\ndef flow_of():\n    return BODY['flowID']\n"),
    ("launcher.py", PY_LAUNCHER, "audit.py", "import launcher\n\n\ndef flow_of():\n    return launcher.BODY['flowID']\n"),
    ("app/launcher.py", PY_LAUNCHER, "app/audit.py", "from .launcher import BODY as B\n\nFLOW = B['flowID']\n"),
    ("pkg/launcher.py", PY_LAUNCHER, "main.py", "from pkg.launcher import (\n    BODY,\n)\n\nBODY['flowID'] = 'x'\n"),
]


@pytest.mark.parametrize(("launcher", "text", "importer", "imports"), CASES)
def test_a_safe_fix_of_an_imported_body_is_unsafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launcher: str,
                                                  text: str, importer: str, imports: str) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {launcher: text, importer: imports})
    code, found = _fixed()
    [rename] = _renames(found)
    assert code == 1 and rename["severity"] == "error", found
    assert rename["fix"]["applicability"] == "unsafe", rename
    assert f"which {importer} imports" in rename["fix"]["message"], rename
    assert (tmp_path / launcher).read_text() == text  # not edited
    text_report = flowlint("check", "--no-cache", "--fix", "--no-color", ".").output
    assert "fix (unsafe):" in text_report and f"which {importer} imports" in text_report, text_report
    diff = flowlint("check", "--no-cache", "--diff", ".")
    assert diff.stdout == "" and "nothing to fix" in diff.stderr, diff.output
    code, found = _fixed("--unsafe-fixes")  # accepted: applied
    assert _renames(found) == [] and "flowId" in (tmp_path / launcher).read_text()


@pytest.mark.parametrize(("launcher", "text", "importer", "imports"), [
    # Reached: the same launchers are fixed as before when no file imports the body (imports something else, or the
    # module and never writes the name; or the body is made inside the function another file imports).
    ("launcher.py", PY_LAUNCHER, "audit.py", "from launcher import URL\n\nprint(URL)\n"),
    ("launcher.py", PY_LAUNCHER, "audit.py", "import launcher\n\nlauncher.launch('t')\n"),
    ("launcher.ts", JS_LOCAL, "audit.ts", "import { launch } from './launcher';\nlaunch('t');\n"),
    ("launcher.py", PY_LAUNCHER, "audit.py", "from other import BODY\n\nprint(BODY['flowID'])\n"),
    ("launcher.py", PY_LAUNCHER, "lib/audit.py", "from .launcher import BODY\n\nprint(BODY['flowID'])\n"),  # lib/launcher.py
])
def test_a_body_no_other_file_imports_is_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launcher: str,
                                               text: str, importer: str, imports: str) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {launcher: text, importer: imports})
    [rename] = _renames(json.loads(flowlint("check", "--no-cache", "--format", "json", ".").stdout)["diagnostics"])
    assert rename["fix"]["applicability"] == "safe"  # reached: a check finds it, with its safe fix
    _, found = _fixed()
    assert _renames(found) == [] and "flowId" in (tmp_path / launcher).read_text()


def test_the_run_is_indexed_once_whatever_the_number_of_such_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each launcher's safe fix edits an exported body: each asks which files import it. The run's files are read once
    for the index, and again only where an import names the launcher's module: linear, not files x launchers."""
    monkeypatch.chdir(tmp_path)
    launchers = 25
    _tree(tmp_path, {f"launcher{n}.py": PY_LAUNCHER for n in range(launchers)})
    _tree(tmp_path, {f"quiet{n}.py": f"from lib{n} import x\n\ny = x\n" for n in range(launchers)})
    _tree(tmp_path, {"audit.py": "from launcher3 import BODY\n\nFLOW = BODY['flowID']\n"})
    reads = counted_calls(monkeypatch, cross_file.Importers, "bytes_of")
    _, found = _fixed()
    assert len(_renames(found)) == 1  # launcher3's, imported: left; the others fixed
    assert len(reads) == 2 * launchers + 1 + 1  # every file once (the index), and audit.ts once more (it imports one)


def test_a_check_offers_it_as_fix_leaves_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    """A check says the fix is unsafe, as --fix leaves it (its 'fixable with --fix' count never promises it), from a
    stored result too: which files import the body is judged in each run, never stored with the launcher's result."""
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"launcher.py": PY_LAUNCHER})
    assert "1 fixable with `flowlint check --fix`" in flowlint("check", "--no-color", ".").output  # reached, and stored
    _tree(tmp_path, {"audit.py": "from launcher import BODY\n\nFLOW = BODY['flowID']\n"})
    for _ in range(2):
        report = flowlint("check", "--no-color", ".").output
        assert "fix (unsafe):" in report and "which audit.py imports" in report, report
        assert "1 fixable with `flowlint check --fix --unsafe-fixes`" in report, report
    (tmp_path / "audit.py").unlink()
    assert "1 fixable with `flowlint check --fix`" in flowlint("check", "--no-color", ".").output


def test_a_check_reads_no_other_file_for_a_fix_inside_a_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = ("import requests\n\n\ndef launch(token):\n    body = {\n\"flowID\": \"" + UUID + "\"}\n"
              f"    return requests.post(\"{API}\", json=body, timeout=5)\n")
    _tree(tmp_path, {"launcher.py": inside, "other.py": "import launcher\n"})
    reads = counted_calls(monkeypatch, cross_file.Importers, "bytes_of")
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", ".").stdout)["diagnostics"]
    assert [d["fix"]["applicability"] for d in _renames(found)] == ["safe"]  # reached: a safe fix, of a local body
    assert len(reads) == 1  # the launcher's own text, to see the edit is inside a function: no index of the run
