"""A walked file read by a source kind's reader (a data-action export) is no guessed payload: its report offers the same
fixes a named one's does, and --diff/--fix apply exactly those, in text, json, --diff and --fix alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
ACTION = json.dumps({"name": "x", "integrationType": "purecloud-data-actions", "actionType": "custom", "config": {"request": {
    "requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST", "headers": {},
    "requestTemplate": json.dumps({"type": "flow", "flowId": FLOW, "flowVersion": 3})}}}, indent=2)


def fixes(*args: str) -> list[tuple[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    return [(d["code"], d["fix"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.fixture
def action(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "w").mkdir()
    path = tmp_path / "w" / "launch.custom.json"
    path.write_text(ACTION)
    return path


def test_a_walked_data_action_offers_what_a_named_one_offers(action: Path) -> None:
    named = fixes("w/launch.custom.json")
    assert {code for code, fix in named if fix is not None} == {"FL101", "FL105"}, named  # reached: fixes are offered
    assert fixes("w") == named
    text = flowlint("check", "--no-cache", "--no-color", "w").stdout
    assert text.count("fix (unsafe):") == 2, text


def test_the_diff_and_fix_apply_exactly_the_offered_fixes(action: Path, tmp_path: Path) -> None:
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", "w").stdout
    assert '\\"flowVersion\\": \\"3.0\\"' in diff and '\\"type\\"' in diff.split("+++")[1].split("\n+")[0], diff
    shutil.copy(action, tmp_path / "named.custom.json")
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "w")
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "named.custom.json")
    assert action.read_text() == (tmp_path / "named.custom.json").read_text() != ACTION
    assert fixes("w") == [(code, fix) for code, fix in fixes("named.custom.json")]
