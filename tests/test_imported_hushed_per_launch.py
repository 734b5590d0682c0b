"""A suppression of FL302 at an imported URL constant covers the launches whose URL is that constant, launch by
launch: a file importing a hushed constant and another one keeps the other launch's findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

GOOD = "https://api.mypurecloud.com/api/v2/flows/executions"
BAD = "https://acme.mypurecloud.com/api/v2/flows/executions"
WORSE = "https://other.mypurecloud.com/api/v2/flows/executions"
FLOW = "7c2e9a14-3b5d-4f6e-8a1b-2c3d4e5f6a7b"


def _tree(root: Path, language: str, other: str) -> None:
    if language == "python":
        (root / "config.py").write_text(f'GOOD = "{other}"\nBAD = "{BAD}"  # flowlint: ignore[FL302]\n', encoding="utf-8")
        (root / "launch.py").write_text(
            "import requests\nfrom config import GOOD, BAD\n"
            f'requests.post(BAD, json={{"flowId": "{FLOW}"}})\nrequests.post(GOOD, json={{"flowId": "{FLOW}"}})\n',
            encoding="utf-8")
    else:
        (root / "config.ts").write_text(
            f'export const GOOD = "{other}";\n// flowlint: ignore[FL302]\nexport const BAD = "{BAD}";\n', encoding="utf-8")
        (root / "launch.ts").write_text(
            'import axios from "axios";\nimport { GOOD, BAD } from "./config";\nexport async function f() {\n'
            f'  await axios.post(BAD, {{ flowId: "{FLOW}" }});\n  await axios.post(GOOD, {{ flowId: "{FLOW}" }});\n}}\n',
            encoding="utf-8")


def _report(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", *args, ".")
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return report["diagnostics"], report


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("language", ["python", "typescript"])
def test_the_hushed_constant_s_launch_is_suppressed_the_other_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, jobs: str) -> None:
    bad_line = 3 if language == "python" else 4
    _tree(tmp_path, language, GOOD)
    for cache in (("--no-cache",), (), ()):
        found, report = _report(tmp_path, monkeypatch, "-j", jobs, *cache)
        assert any(d["code"] == "FL200" and d["line"] == bad_line for d in found), found  # the launch was read
        assert not [d for d in found if d["code"] == "FL302"], found
        assert "FL009" not in {d["code"] for d in found}, found
        assert report["summary"]["errors"] == 0, report
    monkeypatch.chdir(tmp_path)
    stats = flowlint("check", "--no-color", "--no-cache", "--statistics", "-j", jobs, ".")
    assert "FL302\t    wrong-host  (1 suppressed)" in stats.stdout, stats.output  # counted as suppressed, once


@pytest.mark.parametrize("language", ["python", "typescript"])
def test_the_other_constant_s_wrong_host_stays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    bad_line = 3 if language == "python" else 4
    _tree(tmp_path, language, WORSE)
    found, _ = _report(tmp_path, monkeypatch, "--no-cache")
    wrong = [d for d in found if d["code"] == "FL302"]
    assert [d["line"] for d in wrong] == [bad_line + 1], found  # the unhushed constant's launch only
    assert "other.mypurecloud.com" in wrong[0]["message"], wrong
