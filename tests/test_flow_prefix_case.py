"""The `Flow.` prefix written in another case (`flow.conversationId`, as Genesys's own copilot blueprint sends it) is no
error: Architect reads variable names without regard to case, and nothing says the launch endpoint does otherwise. A
warning names the declared spelling, with a safe fix; a name the flow does not declare stays an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW_ID = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
SNAPSHOT = {"flowId": FLOW_ID, "flowName": "Copilot", "flowType": "WORKFLOW",
            "inputSchema": {"type": "object", "additionalProperties": False, "required": ["Flow.conversationId"],
                            "properties": {"Flow.conversationId": {"type": "string"}, "Flow.count": {"type": "integer"}}}}


def run(tmp_path: Path, inputs: dict[str, Any], *, contract: bool) -> list[dict[str, Any]]:
    (tmp_path / "body.json").write_text(json.dumps({"flowId": FLOW_ID, "inputData": inputs}))
    args = ["check", "--no-cache", "--format", "json"]
    if contract:
        (tmp_path / "store").mkdir(exist_ok=True)
        (tmp_path / "store" / f"{FLOW_ID}.json").write_text(json.dumps(SNAPSHOT))
        args += ["--contracts", str(tmp_path / "store")]
    result = flowlint(*args, str(tmp_path / "body.json"))
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return [d for d in found if d["code"] != "FL200"]


@pytest.mark.parametrize("contract", [True, False])
def test_a_lowercase_prefix_is_a_warning_with_a_safe_fix(tmp_path: Path, contract: bool) -> None:
    found = run(tmp_path, {"flow.conversationId": "c-1"}, contract=contract)
    assert len(found) == 1 and found[0]["severity"] == "warning", found
    assert found[0]["pointer"] == "/inputData/flow.conversationId" and "`Flow.conversationId`" in found[0]["message"]
    assert found[0]["fix"]["applicability"] == "safe"
    flowlint("check", "--no-cache", "--fix", *(["--contracts", str(tmp_path / "store")] if contract else []),
             str(tmp_path / "body.json"))
    assert json.loads((tmp_path / "body.json").read_text())["inputData"] == {"Flow.conversationId": "c-1"}


def test_a_required_input_sent_with_a_lowercase_prefix_is_not_missing(tmp_path: Path) -> None:
    found = run(tmp_path, {"flow.conversationId": "c-1"}, contract=True)
    assert found, found
    assert all(d["code"] != "FL201" for d in found), found  # the required input is there, spelt another way


def test_an_undeclared_name_with_a_lowercase_prefix_stays_an_error(tmp_path: Path) -> None:
    found = run(tmp_path, {"Flow.conversationId": "c-1", "flow.nope": 1}, contract=True)
    assert [d["severity"] for d in found] == ["error"] and found[0]["code"] == "FL202", found


def test_both_spellings_sent_is_still_an_error(tmp_path: Path) -> None:
    found = run(tmp_path, {"Flow.conversationId": "c-1", "flow.conversationId": "c-2"}, contract=True)
    assert [d["severity"] for d in found] == ["error"], found
