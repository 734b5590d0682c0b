"""A templatefile() whose variables map names a flow resource (`flow_id = genesyscloud_flow.callback.id`) links the
template's launch to that flow's Architect YAML, as a template naming the resource itself does: the template's
inputData keys are checked against the inputs the flow declares, at the template file's positions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import terraform

from conftest import codes, flowlint

WORKFLOW = """\
workflow:
  name: Callback
  defaultLanguage: en-us
  startUpRef: "/workflow/states/state[Start_10]"
  variables:
    - stringVariable:
        name: Flow.phoneNumber
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""
FLOW = 'resource "genesyscloud_flow" "callback" {\n  filepath = "${path.module}/flows/callback.yaml"\n}\n'
TEMPLATE = '{\n  "flowId": "${flow_id}",\n  "inputData": { "Flow.phone": "$${input.phone}" }\n}\n'


def action(fills: str) -> str:
    return f"""\
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Action"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${{path.module}}/templates/launch.json.tpl", {fills})
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


@pytest.fixture
def module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "launch.json.tpl").write_text(TEMPLATE)
    return tmp_path


def run(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("fills", ["{ flow_id = genesyscloud_flow.callback.id }",
                                   '{\n    flow_id = "${genesyscloud_flow.callback.id}"\n    other = var.x\n  }'])
@pytest.mark.parametrize("flow_in", ["main.tf", "flows.tf"])
def test_a_flow_named_in_the_map_checks_the_template_inputs(module: Path, fills: str, flow_in: str) -> None:
    (module / "main.tf").write_text(action(fills) + (FLOW if flow_in == "main.tf" else ""))
    if flow_in == "flows.tf":
        (module / "flows.tf").write_text(FLOW)
    for path in (module / "main.tf", module):
        found = run(path)
        assert codes(found) == ["FL202"] and "Flow.phone" in found[0]["message"], found
        assert found[0]["file"].endswith("launch.json.tpl") and found[0]["line"] == 3


def test_a_right_input_passes_and_an_unlinked_flow_stays_unknown(module: Path) -> None:
    (module / "main.tf").write_text(action("{ flow_id = genesyscloud_flow.callback.id }") + FLOW)
    (module / "templates" / "launch.json.tpl").write_text(TEMPLATE.replace("Flow.phone", "Flow.phoneNumber"))
    assert run(module) == []
    (module / "templates" / "launch.json.tpl").write_text(TEMPLATE)
    (module / "main.tf").write_text(action("{ flow_id = genesyscloud_flow.other.id }") + FLOW)  # no such resource
    assert run(module) == []
    how = terraform.extract((module / "main.tf").read_text(), str(module / "main.tf"))[0].body_file
    assert how is not None  # reached: the template is read


def test_a_variable_used_inside_a_for_directive_links_nothing(module: Path) -> None:
    (module / "main.tf").write_text(action("{ flow_id = genesyscloud_flow.callback.id }") + FLOW)
    (module / "templates" / "launch.json.tpl").write_text(
        '{\n  "flowId": "%{ for f in [flow_id] }${f}%{ endfor }",\n  "inputData": { "Flow.phone": "x" }\n}\n')
    assert "FL202" not in codes(run(module))
