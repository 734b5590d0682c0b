"""More of the forms real code imports a launch URL by (the run's second pass, run/imported.py over
sources/imports.py): a module that also launches itself, re-exports and barrels, TypeScript path aliases, an axios
instance, settings objects. Each resolves only where it certainly does; anything less stays unknown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import launches

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
BAD_BODY_PY = '{"flowID": flow_id, "type": "workflow"}'
BAD_BODY_JS = "{ flowID: flowId, type: 'workflow' }"


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[dict[str, Any]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", *(args or (".",)))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the code files read for launches (the first pass's and the second's), in order."""
    read: list[str] = []
    real = launches.load_source

    def counted(kind: str, data: bytes, name: str | None, *args: Any, **kwargs: Any) -> Any:
        read.append(str(name))
        return real(kind, data, name, *args, **kwargs)

    monkeypatch.setattr(launches, "load_source", counted)
    return read


def _found(found: list[dict[str, Any]], file: str) -> list[tuple[int, str]]:
    return sorted((d["line"], d["code"]) for d in found if d["file"] == file)


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    return sorted(d["code"] for d in found if d["file"] == file)


def _py_launch(url: str, imports: str) -> str:
    return f"import requests\n{imports}\n\ndef launch(flow_id):\n    return requests.post({url}, json={BAD_BODY_PY}, timeout=5)\n"


def _js_launch(url: str, imports: str) -> str:
    return f"import axios from 'axios';\n{imports}\nexport const launch = (flowId: string) => axios.post({url}, {BAD_BODY_JS});\n"


# 5. A file that launches with the endpoint written in it and with one imported: both launches are read.

@pytest.mark.parametrize("files", [
    {"app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
     "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL") + (
         "\n\ndef direct(flow_id):\n    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions',"
         " json={'flowId': flow_id, 'kind': 1}, timeout=5)\n")},
    {"src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
     "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './constants';") + (
         "export const direct = (flowId: string) => axios.post('https://api.mypurecloud.com/api/v2/flows/executions',"
         " { flowId, kind: 1 });\n")},
])
def test_a_file_that_also_launches_with_the_endpoint_written_in_it_reads_its_imported_launch_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    _tree(tmp_path, files)
    launcher = next(name for name in files if "launch" in name)
    direct_line = files[launcher].count("\n")  # the last line
    imported_line = 5 if launcher.endswith(".py") else 3
    found = _check(tmp_path, monkeypatch)
    # The direct launch's finding once (the first pass's), and the imported launch's host and body.
    assert _found(found, launcher) == sorted([(direct_line, "FL101"), (imported_line, "FL101"), (imported_line, "FL102"),
                                              (imported_line, "FL302")])
    definer = next(name for name in files if "constants" in name)
    assert _codes(found, definer) == []  # its URL is read by a launch
    assert all(d["fix"] is None for d in found if d["file"] == launcher and d["line"] == imported_line)
