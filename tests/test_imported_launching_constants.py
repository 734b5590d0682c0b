"""A module that exports a launch URL other modules import, and sends a launch (or signs in) itself: its importers are
read by the second pass (their findings said), and a `flowlint: ignore[FL302]` at the exported constant is never an
unused suppression (it covers, or may cover, an importer's wrong host), so --fix never deletes it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
GOOD_HOST = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCHER = ("import requests\nfrom .constants import LAUNCH_URL\n\n\ndef launch(flow_id):\n"
            '    return requests.post(LAUNCH_URL, json={"flowID": flow_id}, timeout=5)\n')
OWN_LAUNCH_WITH_IT = ('\n\ndef ping(flow_id):\n    return requests.post(LAUNCH_URL, json={"flowId": flow_id}, timeout=5)\n')
OWN_LAUNCH_ELSEWHERE = (f'\n\ndef ping(flow_id):\n    return requests.post("{GOOD_HOST}", json={{"flowId": flow_id}}, timeout=5)\n')
SIGN_IN = ('CLIENT_SECRET = "Zq8vN2xK4pLm7RtY9wBc3HdF6gJs1AeU5oIi0QkXyTz"\n\n\ndef sign_in():\n'
           '    return requests.post("https://login.mypurecloud.com/oauth/token", data={"grant_type": "client_credentials"},\n'
           '                         auth=("9f1c2b3a-1111-2222-3333-444455556666", CLIENT_SECRET), timeout=5)\n')


def _tree(root: Path, constants: str) -> Path:
    app = root / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(constants, encoding="utf-8")
    (app / "launch.py").write_text(LAUNCHER, encoding="utf-8")
    return app


def _run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", *args, ".")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.mark.parametrize("own", [OWN_LAUNCH_WITH_IT, OWN_LAUNCH_ELSEWHERE])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_importers_of_a_launching_constants_module_are_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: str, jobs: str) -> None:
    _tree(tmp_path, f'import requests\n\nLAUNCH_URL = "{GOOD_HOST}"\n{own}')
    for cache in (("--no-cache",), (), ()):  # cold, then the cache written and read
        code, found = _run(tmp_path, monkeypatch, "-j", jobs, *cache)
        assert sorted((d["file"], d["code"]) for d in found) == [("app/launch.py", "FL102")], found
        assert code == 1


@pytest.mark.parametrize("own", [OWN_LAUNCH_WITH_IT, OWN_LAUNCH_ELSEWHERE, SIGN_IN])
def test_a_suppression_at_an_exported_constant_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: str) -> None:
    constants = f'import requests\n\nLAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore[FL302]\n{own}'
    app = _tree(tmp_path, constants)
    for cache in (("--no-cache",), (), ()):
        _, found = _run(tmp_path, monkeypatch, "-j", "1", *cache)
        codes = sorted((d["file"], d["code"]) for d in found)
        if own is SIGN_IN:  # a quiet module is marked by its FL011 note (one that launches is not: see above)
            assert ("app/launch.py", "FL102") in codes, found  # the importer was read
        assert not any(code in ("FL009", "FL302") for _, code in codes), found  # its host suppressed; the comment used
    for mode in ("--diff", "--fix"):
        fixed = flowlint("check", "--no-cache", mode, "--unsafe-fixes", ".")
        assert "FL009" not in fixed.output and "ignore[FL302]" not in fixed.stdout, fixed.output
        assert (app / "constants.py").read_text(encoding="utf-8") == constants  # the comment kept


def test_an_unused_code_beside_the_constants_is_still_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, f'import requests\n\nLAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore[FL302, FL104]\n{OWN_LAUNCH_ELSEWHERE}')
    _, found = _run(tmp_path, monkeypatch, "--no-cache")
    unused = [d for d in found if d["code"] == "FL009"]
    assert len(unused) == 1 and "FL104" in unused[0]["message"] and "FL302" not in unused[0]["message"], found


JS_LAUNCHER = ("export const LAUNCH_URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
               "export const ping = (flowId) => fetch(LAUNCH_URL, { method: 'POST', body: JSON.stringify({ flowId }) });\n")
JS_IMPORTER = ("import { LAUNCH_URL } from '{spec}';\n"
               "export const go = (f) => fetch(LAUNCH_URL, { method: 'POST', body: JSON.stringify({ flowID: f }) });\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_launching_modules_importers_are_found_by_the_index_in_a_big_tree(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    """900 quiet modules (a parallel run forks for them) importing one another; a launching module exporting its URL,
    imported directly, through a barrel, and by a late file (checked by a worker); another launching module no file
    imports. Only the importers (and the barrel) are read by the second pass."""
    from validator.run import imported

    src = tmp_path / "src"
    (src / "lib").mkdir(parents=True)
    for n in range(900):
        (src / f"q{n:03}.js").write_text(f"import {{ x }} from './q{(n + 1) % 900:03}';\nexport const y{n} = x;\n")
    (src / "lib" / "genesys.js").write_text(JS_LAUNCHER)
    (src / "lib" / "index.js").write_text("export * from './genesys';\n")
    (src / "alone.js").write_text(JS_LAUNCHER)
    (src / "a_direct.js").write_text(JS_IMPORTER.replace("{spec}", "./lib/genesys"))
    (src / "m_barrel.js").write_text(JS_IMPORTER.replace("{spec}", "./lib"))
    (src / "z_late.js").write_text(JS_IMPORTER.replace("{spec}", "./lib/genesys.js"))
    read: list[str] = []
    real = imported.SecondPass._bytes

    def counted(self: imported.SecondPass, path: str) -> bytes | None:
        read.append(os.path.relpath(path))
        return real(self, path)

    monkeypatch.setattr(imported.SecondPass, "_bytes", counted)
    for cache in (("--no-cache",), (), ()):
        read.clear()
        code, found = _run(tmp_path, monkeypatch, "-j", jobs, *cache)
        assert sorted(d["file"] for d in found if d["code"] == "FL102") == [  # (`flowID`: what only an importer writes)
            "src/a_direct.js", "src/m_barrel.js", "src/z_late.js"], found
        assert code == 1
        assert set(read) <= {"src/a_direct.js", "src/m_barrel.js", "src/z_late.js", "src/lib/genesys.js",
                             "src/lib/index.js"}, sorted(set(read))
