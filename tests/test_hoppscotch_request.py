"""A single Hoppscotch request (its URL under `endpoint`, no `url`) is read as the request it saves: its body text is
checked, its own members never judged as a launch body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")


def request(body: dict[str, Any]) -> str:
    return json.dumps({"v": "1", "endpoint": "https://api.mypurecloud.com/api/v2/flows/executions", "name": "Launch",
                       "params": [], "headers": [], "method": "POST", "auth": {"authType": "none", "authActive": True},
                       "preRequestScript": "", "testScript": "",
                       "body": {"contentType": "application/json", "body": json.dumps(body)}}, indent=2)


WRONG = {"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {"Flow.customerName": "Ann"}}


@pytest.mark.parametrize("walked", [False, True])
def test_its_body_text_is_judged_not_its_wrapper(tmp_path: Path, walked: bool) -> None:
    (tmp_path / "launch.json").write_text(request(WRONG))
    found = diagnostics("--no-cache", "." if walked else "launch.json")
    assert [d["code"] for d in found if d["severity"] == "error"] == ["FL101"]  # `inputs`, in the body text
    text = (tmp_path / "launch.json").read_text()
    body_line = text[:text.index('"body": "')].count("\n") + 1
    assert found[[d["code"] for d in found].index("FL101")]["line"] == body_line


def test_a_correct_one_is_clean(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text(request({"flowId": WRONG["flowId"], "inputData": WRONG["inputs"]}))
    assert [d for d in diagnostics("--no-cache", "launch.json") if d["severity"] == "error"] == []


def test_fix_edits_only_the_body_text(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text(request(WRONG))
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "launch.json")
    assert result.exit_code == 0, result.output
    fixed = json.loads((tmp_path / "launch.json").read_text())
    assert sorted(fixed) == sorted(json.loads(request(WRONG)))  # the wrapper's members all kept
    assert json.loads(fixed["body"]["body"]) == {"flowId": WRONG["flowId"], "inputData": {"Flow.customerName": "Ann"}}
