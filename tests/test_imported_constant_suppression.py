"""A `flowlint: ignore[FL302]` (or a bare `flowlint: ignore`) at a URL constant's line in the module that defines it
covers the wrong host that constant causes in the files importing it (the second pass says FL302 at each importer's
use): the user said it once, where the host is written. It is never an unused suppression, nor removed by --fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
LAUNCHER = ("import requests\nfrom .constants import LAUNCH_URL\n\n\ndef launch(flow_id):\n"
            '    return requests.post(LAUNCH_URL, json={"flowID": flow_id}, timeout=5)\n')
JS_LAUNCHER = ("import axios from 'axios';\nimport { URL } from './cfg';\n"
               "export const a = (f) => axios.post(URL, { flowID: f });\n")


def _run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]], dict[str, Any]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "-j", "1", *args, ".")
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return result.exit_code, report["diagnostics"], report


@pytest.mark.parametrize("constants", [
    f'LAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore[FL302]\n',
    f'# flowlint: ignore[FL302]\nLAUNCH_URL = "{BAD_HOST}"\n',
    f'LAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore\n',
    f'LAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore[FL101, FL302]\n',
])
def test_a_suppression_at_the_constant_covers_its_host_in_importers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, constants: str) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(constants, encoding="utf-8")
    (app / "launch.py").write_text(LAUNCHER, encoding="utf-8")
    for cache in (("--no-cache",), (), ()):  # cold, then the cache written and read
        code, found, _ = _run(tmp_path, monkeypatch, *cache)
        # The importer was read (its body's FL102), its host not said; nothing said of the comment.
        assert sorted((d["file"], d["code"]) for d in found) == [("app/launch.py", "FL102")], found
        assert code == 1
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", ".")
    assert "FL302" not in fixed.output and "FL009" not in fixed.output, fixed.output
    assert (app / "constants.py").read_text(encoding="utf-8") == constants  # the comment kept


def test_a_suppression_of_a_constant_in_javascript(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cfg.js").write_text(f"export const URL = '{BAD_HOST}'; // flowlint: ignore[FL302]\n", encoding="utf-8")
    (tmp_path / "go.js").write_text(JS_LAUNCHER, encoding="utf-8")
    _, found, _ = _run(tmp_path, monkeypatch, "--no-cache")
    assert sorted((d["file"], d["code"]) for d in found) == [("go.js", "FL102")], found


@pytest.mark.parametrize("constants", [
    f'LAUNCH_URL = "{BAD_HOST}"\nOTHER = "{BAD_HOST}"  # flowlint: ignore[FL302]\n',  # another constant's line
    f'LAUNCH_URL = "{BAD_HOST}"  # flowlint: ignore[FL101]\n',  # another code
])
def test_a_suppression_elsewhere_or_of_another_code_leaves_the_host_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, constants: str) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(constants, encoding="utf-8")
    (app / "launch.py").write_text(LAUNCHER, encoding="utf-8")
    _, found, _ = _run(tmp_path, monkeypatch, "--no-cache")
    assert sorted(d["code"] for d in found if d["file"] == "app/launch.py") == ["FL102", "FL302"], found


def test_a_suppression_at_a_path_constant_is_no_word_on_the_importers_own_host(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text('LAUNCH_PATH = "/api/v2/flows/executions"  # flowlint: ignore[FL302]\n', encoding="utf-8")
    (app / "launch.py").write_text(LAUNCHER.replace("from .constants import LAUNCH_URL", "from .constants import LAUNCH_PATH")
                                   .replace("requests.post(LAUNCH_URL", "requests.post('https://myorg.mypurecloud.ie' + LAUNCH_PATH"),
                                   encoding="utf-8")
    _, found, _ = _run(tmp_path, monkeypatch, "--no-cache")
    assert sorted(d["code"] for d in found if d["file"] == "app/launch.py") == ["FL102", "FL302"], found


def test_a_pages_block_showing_the_constants_module_keeps_its_suppression(tmp_path: Path) -> None:
    """A page showing the module (`# config.py`, then the constant with its suppression) shows one its importers' wrong
    host is suppressed by: never an unused FL009, never removed by --fix, in a fence or a list item's; a suppression on
    a line that writes no launch URL in the same block is still unused (reached: the page's other launch is read)."""
    from conftest import check_file

    page = ("# Our proxy\n\n```py\n# config.py\n"
            f'LAUNCH = "{BAD_HOST}"  # flowlint: ignore[FL302] (our proxy)\nOTHER = 1  # flowlint: ignore[FL302]\n```\n\n'
            f'- In TypeScript:\n\n  ```ts\n  export const LAUNCH = "{BAD_HOST}"; // flowlint: ignore[FL302]\n  ```\n\n'
            "```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"
            " -d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputs\": {}}'\n```\n")
    found = check_file(tmp_path, "proxy.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found if d["code"] != "FL011"] == [("FL009", 6), ("FL101", 16)], found
    flowlint("check", "--no-cache", "--fix", str(tmp_path / "proxy.md"))
    fixed = (tmp_path / "proxy.md").read_text(encoding="utf-8")
    assert fixed.count("flowlint: ignore[FL302]") == 2 and "OTHER = 1\n" in fixed, fixed
