"""FL101 for a container whose content is not seen (`"inputs": attrs`, `"parameters": "{{attrs}}"`): what it holds was
meant to be sent, so no fix removes it; an input container holding a value not known here is renamed `inputData`, as a
guess (unsafe)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import check_text, diagnostics, flowlint

UUID = "00000000-0000-4000-8000-000000000000"
LAUNCH = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.parametrize("member", ["inputs", "parameters", "variables", "attributes", "inputVariables"])
def test_an_input_container_holding_a_variable_is_renamed_input_data_as_a_guess(tmp_path: Path, member: str) -> None:
    code = tmp_path / "launch.py"
    code.write_text(f'import requests\n\n\ndef go(flow_id, attrs):\n    requests.post("{LAUNCH}", '
                    f'json={{"flowId": flow_id, "{member}": attrs}})\n')
    [finding] = [d for d in diagnostics("--no-cache", str(code)) if d["code"] == "FL101"]
    assert "go in `inputData`" in finding["message"]
    assert finding["fix"]["applicability"] == "unsafe" and "rename it `inputData`" in finding["fix"]["message"]
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(code))
    assert '"inputData": attrs' in code.read_text() and member not in code.read_text()


def test_the_same_in_javascript(tmp_path: Path) -> None:
    code = tmp_path / "launch.js"
    code.write_text(f"export const go = (id, attrs) => fetch('{LAUNCH}', {{ method: 'POST', headers: "
                    "{ 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: id, attributes: attrs }) });\n")
    [finding] = [d for d in diagnostics("--no-cache", str(code)) if d["code"] == "FL101"]
    assert finding["fix"]["applicability"] == "unsafe" and "rename it `inputData`" in finding["fix"]["message"]


@pytest.mark.parametrize(("body", "wanted"), [
    ({"flowId": UUID, "inputs": "{{attrs}}"}, "send what `inputs` holds as `inputData`"),
    ({"flowId": UUID, "parameters": 5}, "send what `parameters` holds as `inputData`"),
    ({"flowId": UUID, "data": "{{launch}}"}, "send the members `data` holds at the top level"),
])
def test_a_container_whose_content_is_not_an_object_is_help_only(body: dict[str, object], wanted: str) -> None:
    [finding] = [d for d in check_text(json.dumps(body)) if d["code"] == "FL101"]
    assert finding["fix"] is None and wanted in finding["help"]


def test_beside_input_data_the_container_is_help_only(tmp_path: Path) -> None:
    code = tmp_path / "launch.py"
    code.write_text(f'import requests\n\n\ndef go(flow_id, attrs):\n    requests.post("{LAUNCH}", '
                    'json={"flowId": flow_id, "inputData": {}, "inputs": attrs})\n')
    [finding] = [d for d in diagnostics("--no-cache", str(code)) if d["code"] == "FL101"]
    assert finding["fix"] is None


def test_a_member_that_only_describes_the_launch_is_still_removed() -> None:
    [finding] = [d for d in check_text(json.dumps({"flowId": UUID, "type": "workflow"})) if d["code"] == "FL101"]
    assert finding["fix"]["message"].startswith("remove")


@pytest.mark.parametrize("body", [{"flowId": UUID, "Flow.region": "emea", "inputData": {"Flow.x": 1}},
                                  {"flowId": UUID, "flow.region": "emea"}])
def test_a_flow_input_at_the_top_level_is_moved_into_input_data_never_taken_for_flow_version(body: dict[str, object]) -> None:
    [finding] = [d for d in check_text(json.dumps(body)) if d["code"] == "FL102"]
    assert "is a flow input" in finding["message"] and "flowVersion" not in json.dumps(finding)
    assert finding["fix"] is None or "inputData" in finding["fix"]["message"]
