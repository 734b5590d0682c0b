"""CX as Code: Terraform's genesyscloud_integration_action is a launch site; genesyscloud_flow links it to the flow's YAML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.core.unknown import OpenObject, Unknown
from validator.sources import terraform

from conftest import codes, flowlint

WORKFLOW = """\
workflow:
  name: {{flow_name}}
  division: {{division}}
  startUpRef: "/workflow/states/state[Start_10]"
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: Flow.phoneNumber
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - integerVariable:
        name: Flow.attempt
        initialValue:
          lit: 1
        isInput: true
        isOutput: false
"""

FLOW = """\
resource "genesyscloud_flow" "callback" {
  filepath          = "${path.module}/flows/callback.yaml"
  file_content_hash = filesha256("${path.module}/flows/callback.yaml")
  substitutions = {
    flow_name = "Callback"
    division  = var.division
  }
}
"""


def action(template: str, *, url: str = '"/api/v2/flows/executions"', method: str = '"POST"',
           headers: str = '{\n      Content-Type = "application/json"\n    }') -> str:
    return f"""\
resource "genesyscloud_integration_action" "launch_callback" {{
  name           = "Launch Callback"
  category       = genesyscloud_integration.data_actions.config[0].name
  integration_id = genesyscloud_integration.data_actions.id
  secure         = false
  contract_input = jsonencode({{
    "$schema"    = "http://json-schema.org/draft-04/schema#"
    "type"       = "object"
    "properties" = {{ "flowId" = {{ "type" = "string" }}, "phoneNumber" = {{ "type" = "string" }} }}
  }})
  contract_output = jsonencode({{ "type" = "object", "properties" = {{}} }})

  config_request {{
    request_url_template = {url}
    request_type         = {method}
    request_template     = {template}
    headers = {headers}
  }}

  config_response {{
    translation_map  = {{ executionId = "$.id" }}
    success_template = "{{\\"executionId\\": $${{executionId}}}}"
  }}
}}
"""


JSONENCODE = """jsonencode({
      flowId = genesyscloud_flow.callback.id
      inputData = {
        "Flow.phoneNumber" = "$${input.phoneNumber}"
        "Flow.attempt"     = 1
      }
    })"""
QUOTED = ('"{\\"flowId\\": \\"${genesyscloud_flow.callback.id}\\", '
          '\\"inputData\\": {\\"Flow.phoneNumber\\": \\"$${input.phoneNumber}\\"}}"')
HEREDOC = """<<-EOT
      {
        "flowId": "${genesyscloud_flow.callback.id}",
        "inputData": { "Flow.attempt": $${input.attempt}, $${input.attributes} }
      }
    EOT"""
FORMAT = ('format("{\\"flowId\\": \\"%s\\", \\"inputData\\": {\\"Flow.phoneNumber\\": \\"$${input.phone}\\"}}", '
          'genesyscloud_flow.callback.id)')


@pytest.fixture
def module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    (tmp_path / "flows.tf").write_text(FLOW)
    return tmp_path


def check(module: Path, text: str, *args: str) -> list[dict[str, Any]]:
    (module / "actions.tf").write_text(text)
    result = flowlint("check", "--format", "json", *args, "actions.tf")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("template", [JSONENCODE, QUOTED, HEREDOC, FORMAT], ids=["jsonencode", "quoted", "heredoc", "format"])
def test_every_way_of_writing_the_template_is_read_and_linked(module: Path, template: str) -> None:
    text = action(template)
    launches = terraform.extract(text, "actions.tf")
    assert len(launches) == 1 and isinstance(launches[0].body["flowId"], Unknown)  # reached: read, flowId a reference
    assert (launches[0].flow_file or "").endswith("flows/callback.yaml")
    assert check(module, text) == []


def test_a_member_hole_opens_the_object(module: Path) -> None:
    body = terraform.extract(action(HEREDOC), "actions.tf")[0].body
    assert isinstance(body["inputData"], OpenObject) and isinstance(body["inputData"]["Flow.attempt"], Unknown)


@pytest.mark.parametrize(("template", "wrong"), [
    (JSONENCODE.replace('"Flow.attempt"     = 1', '"Flow.attempts"    = 1'), "Flow.attempts"),
    (QUOTED.replace("Flow.phoneNumber", "Flow.phone"), "Flow.phone"),
    (HEREDOC.replace('"Flow.attempt"', '"Flow.attempts"'), "Flow.attempts"),
])
def test_the_linked_workflow_inputs_check_the_template(module: Path, template: str, wrong: str) -> None:
    found = check(module, action(template))
    assert codes(found) == ["FL202"] and wrong in found[0]["message"]
    line = (module / "actions.tf").read_text().splitlines()[found[0]["line"] - 1]
    assert wrong in line[found[0]["column"] - 1:]


def test_a_type_the_yaml_declares_is_checked_and_fixed_in_a_heredoc(module: Path) -> None:
    found = check(module, action(HEREDOC.replace("$${input.attempt}", '"2"')))
    assert codes(found) == ["FL204"]
    flowlint("check", "--fix", "actions.tf")
    assert '"Flow.attempt": 2,' in (module / "actions.tf").read_text()


def test_without_the_flow_resource_the_inputs_are_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "actions.tf").write_text(action(JSONENCODE.replace('"Flow.attempt"', '"Flow.attempts"')))
    assert json.loads(flowlint("check", "--format", "json", "actions.tf").stdout)["diagnostics"] == []


def test_request_rules_apply_in_terraform(module: Path) -> None:
    found = check(module, action(JSONENCODE, url='"/api/v2/flows/executions/$${input.flowId}"'))
    assert codes(found) == ["FL106"] and "${input.flowId}" in found[0]["message"]
    assert codes(check(module, action(JSONENCODE, method='"PUT"'))) == ["FL301"]
    assert codes(check(module, action(JSONENCODE, headers='{\n      "Content-Type" = "text/plain"\n    }'))) == ["FL303"]
    assert check(module, action(JSONENCODE, headers="var.headers")) == []  # not statically known: not judged


def test_a_status_read_is_no_launch(module: Path) -> None:
    text = action('"$${input.rawRequest}"', url='"/api/v2/flows/executions/$${input.executionId}"', method='"GET"')
    assert [r.method for r in terraform.extract(text, "actions.tf")] == ["GET"]  # reached: read, and no launch
    assert check(module, text) == []


def test_a_template_that_cannot_be_json_is_fl001_in_the_tf_file(module: Path) -> None:
    found = check(module, action(QUOTED.replace('\\", \\"inputData', '\\" \\"inputData')))
    assert codes(found) == ["FL001"]
    line = (module / "actions.tf").read_text().splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('\\"inputData')


@pytest.mark.parametrize("template", [QUOTED.replace('}}"', '},}"'), HEREDOC.replace("attributes} }", "attributes},}")],
                         ids=["quoted", "heredoc"])
def test_a_trailing_comma_in_a_terraform_template_is_fixed_there(module: Path, template: str) -> None:
    text = action(template) + action(QUOTED).replace("launch_callback", "second")  # two launches in the file
    found = check(module, text)
    assert codes(found) == ["FL001"] and found[0]["fix"] is not None
    at = sum(len(line) + 1 for line in text.splitlines()[:found[0]["line"] - 1]) + found[0]["column"] - 1
    assert text[at] == ","
    assert flowlint("check", "--fix", "actions.tf").exit_code == 0
    after = (module / "actions.tf").read_text()
    assert after == text[:at] + text[at + 1:]  # that comma, and nothing else
    assert check(module, after) == []


def test_variables_and_locals_are_unknown(module: Path) -> None:
    template = JSONENCODE.replace("genesyscloud_flow.callback.id", "var.callback_flow_id").replace("= 1", "= local.attempt")
    assert check(module, action(template)) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet='resourcgnsyl_ti"{}=()[]$%\\<-EOTjf.\n #,:', max_size=300))
def test_the_terraform_reader_survives_any_text(text: str) -> None:
    assert len(terraform.extract(action(QUOTED), None)) == 1  # reached: the reader reads a real action
    terraform.extract(text, None)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_the_terraform_reader_survives_any_template(template: str) -> None:
    assert len(terraform.extract(action(QUOTED), None)) == 1  # reached: the reader reads a real template
    quoted = json.dumps(template)
    for request in terraform.extract(action(quoted) + action(f"<<EOT\n{template}\nEOT"), None):
        assert request.kind == "terraform"


def test_a_draft_action_is_read_as_the_action_is(module: Path) -> None:
    # The provider's genesyscloud_integration_action_draft has the same config_request: it was an FL011 note alone,
    # and nothing at all beside a published action in the same file.
    draft = action(QUOTED.replace("inputData", "inputs")).replace(
        '"genesyscloud_integration_action" "launch_callback"', '"genesyscloud_integration_action_draft" "launch_draft"')
    assert codes(check(module, draft)) == ["FL101"]
    assert codes(check(module, action(QUOTED) + "\n" + draft)) == ["FL101"]


def test_inputdata_written_as_a_template_string_is_a_string(module: Path) -> None:
    # jsonencode() writes the HCL string as a JSON string: inputData is then text, whatever its holes hold (FL105), as a
    # JSON.stringify(x) written as inputData is in code; once this one place was judged unknown and passed.
    template = 'jsonencode({\n      flowId = genesyscloud_flow.callback.id\n      inputData = "$${input.attributes}"\n    })'
    found = [(d["code"], d["pointer"]) for d in check(module, action(template))]
    assert found == [("FL105", "/inputData")]
