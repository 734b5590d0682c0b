"""In Terraform, a string that is one interpolation and nothing else (`"${var.n}"`) is that expression's value, of its
own type, not text: inside jsonencode() it is an unknown value (a number stays a number), never "a string" for an
input declared as another type; `"${genesyscloud_flow.x.id}"` names the flow as the bare reference does. A string
with text around an interpolation is text, as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import codes, flowlint

WORKFLOW = """\
workflow:
  name: Callback
  defaultLanguage: en-us
  variables:
    - integerVariable:
        name: Flow.attempts
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - booleanVariable:
        name: Flow.vip
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - stringCollectionVariable:
        name: Flow.tags
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""


def tf(flow_id: str, inputs: str) -> str:
    return f"""\
resource "genesyscloud_flow" "callback" {{
  filepath = "${{path.module}}/flows/callback.yaml"
}}
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Actions"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template = jsonencode({{
      flowId    = {flow_id}
      inputData = {{
{inputs}
      }}
    }})
  }}
}}
"""


def tf_json(flow_id: str, inputs: dict[str, Any]) -> str:
    return json.dumps({
        "locals": {"body": {"flowId": flow_id, "inputData": inputs}},
        "resource": {"genesyscloud_flow": {"callback": {"filepath": "${path.module}/flows/callback.yaml"}},
                     "genesyscloud_integration_action": {"launch": {"name": "Launch", "config_request": {
                         "request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                         "request_template": "${jsonencode(local.body)}"}}}}}, indent=2) + "\n"


def run(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / "flows").mkdir(exist_ok=True)
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--no-cache", "--format", "json", name)
    assert result.exit_code in (0, 1), result.output
    return codes(json.loads(result.stdout)["diagnostics"])


@pytest.mark.parametrize("flow_id", ["genesyscloud_flow.callback.id", '"${genesyscloud_flow.callback.id}"'])
def test_a_single_interpolation_is_the_value_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    flow_id: str) -> None:
    monkeypatch.chdir(tmp_path)
    inputs = '        "Flow.attempts" = "${var.attempts}"\n        "Flow.vip" = "${var.vip}"\n' \
             '        "Flow.tags" = "${var.tags}"'
    assert run(tmp_path, "main.tf", tf(flow_id, inputs)) == []
    # reached: the flow is linked (by either spelling), so text around an interpolation is judged
    assert run(tmp_path, "main.tf", tf(flow_id, '        "Flow.attempts" = "n${var.attempts}"')) == ["FL204"]


def test_in_tf_json_a_single_interpolation_is_the_value_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    flow_id = "${genesyscloud_flow.callback.id}"
    inputs = {"Flow.attempts": "${var.attempts}", "Flow.vip": "${var.vip}", "Flow.tags": "${var.tags}"}
    assert run(tmp_path, "main.tf.json", tf_json(flow_id, inputs)) == []
    assert run(tmp_path, "main.tf.json", tf_json(flow_id, {"Flow.attempts": "n${var.attempts}"})) == ["FL204"]
