"""A launch whose URL an imported helper builds (`from app.genesys import launch_url` then
`httpx.post(launch_url(region), json=…)`; `import { launchUrl } from './genesys'`): the helper's one returned
f-string or template is read in its module as an exported launch URL (its parameters unknown), so the second pass
reads the importing file's launch (run/imported.py over sources/imports.py), and the helper's module is no longer
noted as holding a launch no one reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

PY_HELPERS = {
    "plain": 'def launch_url(region):\n    return f"https://api.{region}/api/v2/flows/executions"\n',
    "typed": 'def launch_url(region: str = "mypurecloud.com") -> str:\n    """The launch URL."""\n'
             '    return f"https://api.{region}/api/v2/flows/executions"\n',
}
PY_RUN = ("import httpx\n{imports}\n\ndef go(region):\n    return httpx.post({call}, json={{\"flowID\": \"x\", \"type\": \"y\"}})\n")
JS_HELPERS = {
    "arrow": "export const launchUrl = (region: string) => `https://api.${region}/api/v2/flows/executions`;\n",
    "function": "export function launchUrl(region: string): string {\n  return `https://api.${region}/api/v2/flows/executions`;\n}\n",
}
JS_RUN = ("{imports}\nexport const go = (region: string) => fetch({call}, "
          "{{ method: 'POST', body: JSON.stringify({{ flowID: 'x', type: 'y' }}) }});\n")


def _check(root: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch, *args: str) -> list[dict[str, Any]]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", *args, ".")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    return sorted(d["code"] for d in found if Path(d["file"]).as_posix() == file)


@pytest.mark.parametrize("helper", sorted(PY_HELPERS))
@pytest.mark.parametrize(("imports", "call"), [
    ("from app.genesys import launch_url", "launch_url(region)"),
    ("from app import genesys", "genesys.launch_url(region)"),
    ("from .genesys import launch_url as url", "url(region)"),
])
def test_a_python_launch_whose_url_an_imported_helper_builds_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: str, imports: str, call: str) -> None:
    found = _check(tmp_path, {"app/__init__.py": "", "app/genesys.py": PY_HELPERS[helper],
                              "app/run.py": PY_RUN.format(imports=imports, call=call)}, monkeypatch)
    assert "FL101" in _codes(found, "app/run.py"), found  # its body's envelope checked: `type`, `flowID`
    assert _codes(found, "app/genesys.py") == []  # (its URL is read by a launch: nothing unread there)


@pytest.mark.parametrize("helper", sorted(JS_HELPERS))
@pytest.mark.parametrize(("imports", "call"), [
    ("import { launchUrl } from './genesys';", "launchUrl(region)"),
    ("import * as genesys from './genesys';", "genesys.launchUrl(region)"),
])
def test_a_js_launch_whose_url_an_imported_helper_builds_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: str, imports: str, call: str) -> None:
    found = _check(tmp_path, {"src/genesys.ts": JS_HELPERS[helper], "src/run.ts": JS_RUN.format(imports=imports, call=call)},
                   monkeypatch)
    assert "FL101" in _codes(found, "src/run.ts"), found
    assert _codes(found, "src/genesys.ts") == []


@pytest.mark.parametrize("helper", [
    'def launch_url(region, path):\n    return f"https://api.{region}/api/v2/{path}"  # flows/executions\n',
    'def launch_url(region):\n    if region:\n        return f"https://api.{region}/api/v2/flows/executions"\n'
    '    return "https://api.mypurecloud.com/api/v2/flows/executions/x"\n',
])
def test_a_helper_whose_url_is_not_known_to_be_the_launch_path_is_not_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: str) -> None:
    found = _check(tmp_path, {"app/__init__.py": "", "app/genesys.py": helper,
                              "app/run.py": PY_RUN.format(imports="from app.genesys import launch_url",
                                                          call="launch_url(region)")}, monkeypatch)
    assert _codes(found, "app/run.py") == []
    assert _codes(found, "app/genesys.py") == ["FL011"]  # (still noted: never silent)
