"""What a deploy tool fills in an AWS template is unknown, never judged (review C, /tmp/s35/revC/12, 1, 2, 3): a
CloudFormation intrinsic function (`!Ref X`, `{"Ref": "X"}`, `!Split […]`) or a placeholder (`${FlowId}`,
`${self:custom.flowId}`) was read as the literal value it is written as: FL104 "looks like a flow name", FL301, FL204,
and an endpoint with a `${…}` host read as no launch at all (FL012), so a wrong launch passed silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, codes, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

ENDPOINT = "https://api.mypurecloud.com/api/v2/flows/executions"
SCHEMA = {"type": "object", "properties": {"Flow.list": {"type": "string"}, "Flow.n": {"type": "integer"},
                                           "Flow.b": {"type": "boolean"}}}


def _template(body: str, endpoint: str = ENDPOINT, method: str = "POST") -> str:
    return f"""Parameters:
  FlowIdParam: {{Type: String}}
Resources:
  Launcher:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt Role.Arn
      Definition:
        StartAt: Launch
        States:
          Launch:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: {endpoint}
              Method: {method}
              Authentication:
                ConnectionArn: !GetAtt Conn.Arn
              RequestBody:
{body}
            End: true
"""


def _checked(found: list[dict[str, object]]) -> list[str]:
    """The codes found, once the launch is known to be read (its FL200 note on the flow ID's contract) and set apart."""
    return [code for code in codes(found) if code != "FL200"]


def test_a_short_form_functions_value_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(_template(
        "                flowId: !Ref FlowIdParam\n                inputData:\n"
        "                  Flow.region: !Ref AWS::Region\n                  orderId: x\n", method="!Ref LaunchMethod"))
    found = diagnostics("--no-cache", "t.yaml")
    assert _checked(found) == ["FL203"], found  # read as a launch: its unprefixed input found; no FL104, no FL301


def test_a_long_form_functions_value_is_unknown(tmp_path: Path) -> None:
    machine = {"StartAt": "Launch", "States": {"Launch": {
        "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
        "Parameters": {"ApiEndpoint": ENDPOINT, "Method": {"Ref": "LaunchMethod"},
                       "RequestBody": {"flowId": {"Ref": "FlowIdParam"},
                                       "inputData": {"Flow.n": {"Fn::Select": [0, [1, 2]]}, "orderId": "x"}}}}}}
    template = {"Resources": {"Launcher": {"Type": "AWS::StepFunctions::StateMachine",
                                           "Properties": {"Definition": machine}}}}
    (tmp_path / "t.json").write_text(json.dumps(template, indent=2))
    found = diagnostics("--no-cache", "t.json")
    assert _checked(found) == ["FL203"], found


def test_functions_giving_lists_are_not_judged_as_lists(tmp_path: Path) -> None:
    (tmp_path / "schema.json").write_text(json.dumps(SCHEMA))
    (tmp_path / "t.yaml").write_text(_template(
        f"                flowId: {UUID}\n                inputData:\n"
        '                  Flow.list: !Split [",", "a,b"]\n                  Flow.n: !Select [0, [1, 2]]\n'
        "                  Flow.b: !If [IsProd, true, false]\n                  orderId: x\n"))
    found = diagnostics("--no-cache", "--flow-schema", "schema.json", "t.yaml")
    assert _checked(found) == ["FL202"], found  # read (its undeclared input found); no FL204 "is an array of 2 items"


@pytest.mark.parametrize("placeholder", ["${FlowId}", "${self:custom.flowId}", "${env:FLOW_ID}", "${ssm:/gc/flowId}"])
def test_a_deploy_tools_placeholder_is_unknown(tmp_path: Path, placeholder: str) -> None:
    (tmp_path / "t.yaml").write_text(_template(f"                flowId: {placeholder}\n                inputData:\n"
                                               "                  orderId: x\n"))
    found = diagnostics("--no-cache", "t.yaml")
    assert _checked(found) == ["FL203"], found


def test_an_endpoint_with_a_placeholder_host_is_still_a_launch(tmp_path: Path) -> None:
    endpoint = "https://api.${self:custom.region}/api/v2/flows/executions"
    (tmp_path / "t.yaml").write_text(_template(f"                flowId: {UUID}\n                inputData:\n"
                                               "                  orderId: x\n", endpoint=endpoint))
    found = diagnostics("--no-cache", "t.yaml")
    assert _checked(found) == ["FL203"], found  # judged: before, FL012 "none of its HTTP tasks launches a flow"


EVENTS = f"""Resources:
  Dest:
    Type: AWS::Events::ApiDestination
    Properties:
      ConnectionArn: !GetAtt Conn.Arn
      InvocationEndpoint: {ENDPOINT}
      HttpMethod: POST
  Rule1:
    Type: AWS::Events::Rule
    Properties:
      Targets:
        - Id: a
          Arn: !GetAtt Dest.Arn
          Input: !Sub '{{"flowId": "${{FlowId}}", "inputData": {{"orderId": "1"}}}}'
        - Id: b
          Arn: !GetAtt Dest.Arn
          Input: !Ref LaunchBody
"""


def test_an_event_targets_input_through_a_function(tmp_path: Path) -> None:
    (tmp_path / "eb.yaml").write_text(EVENTS)
    found = diagnostics("--no-cache", "-v", "eb.yaml")
    assert [(d["code"], d["line"]) for d in found if d["severity"] != "info"] == [("FL203", 14)], found
    assert ("FL011", 17) in [(d["code"], d["line"]) for d in found], found  # `!Ref LaunchBody`: not known here, said so
    assert "FL001" not in codes(found) and "FL104" not in codes(found)


def _machine(parameters: dict[str, object]) -> str:
    task = {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
            "Parameters": {"ApiEndpoint": ENDPOINT, "Method": "POST", **parameters}}
    return json.dumps({"StartAt": "L", "States": {"L": task}}, indent=2)


def test_a_form_encoded_task_body_is_told_what_to_change_there(tmp_path: Path) -> None:
    """Review C 10 (/tmp/s35/revC/9): the help said "pass it as json=", Python requests' wording."""
    (tmp_path / "form.asl.json").write_text(_machine({"Transform": {"RequestBodyEncoding": "URL_ENCODED"},
                                                      "RequestBody": {"flowId": UUID, "inputData": {}}}))
    found = [d for d in diagnostics("--no-cache", "form.asl.json") if d["code"] == "FL304"]
    assert len(found) == 1 and "URL_ENCODED" in found[0]["help"] and "json=" not in found[0]["help"], found


def test_a_jsonpath_sent_as_the_flow_id_is_told_to_name_the_key_with_its_suffix(tmp_path: Path) -> None:
    """Review C 10 (/tmp/s35/revC/18): `"flowId": "$.flowId"` is sent as written (a real FL104), but the help said
    `flowlint pull --name "$.flowId"`."""
    (tmp_path / "miss.asl.json").write_text(_machine({"RequestBody": {"flowId": "$.flowId", "inputData": {}}}))
    found = [d for d in diagnostics("--no-cache", "miss.asl.json") if d["code"] == "FL104"]
    assert len(found) == 1 and "`flowId.$`" in found[0]["help"] and "--name \"$.flowId\"" not in found[0]["help"], found


QUOTED = f"""Resources:
  Dest:
    Type: AWS::Events::ApiDestination
    Properties:
      InvocationEndpoint: {ENDPOINT}
      HttpMethod: POST
  Rule1:
    Type: AWS::Events::Rule
    Properties:
      Targets:
        - Id: b
          Arn: !GetAtt Dest.Arn
          Input: '{{"flowId": "{UUID}", "inputData": {{"Flow.note": "it''s", "orderId": "1"}}}}'
        - Id: d
          Arn: !GetAtt Dest.Arn
          Input: {{"flowId": "{UUID}", "inputData": {{"orderId": "x"}}}}
"""


def test_a_single_quoted_inputs_finding_is_at_its_member_and_its_fix_keeps_the_quoting(tmp_path: Path) -> None:
    """Review C 11 (/tmp/s35/revC/4): with a `''` in it, the finding was shown at the Input's start, and a mapping
    Input (which CloudFormation refuses: it takes JSON text) got nothing, not even a note."""
    (tmp_path / "eb.yaml").write_text(QUOTED)
    found = diagnostics("--no-cache", "-v", "eb.yaml")
    prefix = [d for d in found if d["code"] == "FL203"]
    assert len(prefix) == 1 and prefix[0]["line"] == 13, found
    assert (tmp_path / "eb.yaml").read_text().splitlines()[12][prefix[0]["column"] - 1:].startswith('"orderId"')
    assert ("FL011", 16) in [(d["code"], d["line"]) for d in found], found
    diagnostics("--no-cache", "--fix", "eb.yaml")
    fixed = (tmp_path / "eb.yaml").read_text().splitlines()[12]
    assert fixed.endswith(f"""'{{"flowId": "{UUID}", "inputData": {{"Flow.note": "it''s", "Flow.orderId": "1"}}}}'"""), fixed


def test_a_definition_strings_note_says_it_is_one(tmp_path: Path) -> None:
    """Review C 11 (/tmp/s35/revC/24): a `DefinitionString: !Sub |` block's note said its `Parameters` were not a mapping
    or the file did not parse. (One that is JSON text is read now: this one reads only once its bare `${Count}` is
    filled in.)"""
    task = json.dumps({"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
                       "Parameters": {"ApiEndpoint": ENDPOINT, "Method": "POST", "RequestBody": {"flowId": UUID}}})
    task = task.replace(f'"{UUID}"', f'"{UUID}", "inputData": {{"Flow.n": ${{Count}}}}')
    (tmp_path / "t.yaml").write_text("Resources:\n  SM:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n"
                                     "      DefinitionString: !Sub |\n"
                                     f'        {{"StartAt": "L", "States": {{"L": {task}}}}}\n')
    found = [d for d in diagnostics("--no-cache", "-v", "t.yaml") if d["code"] == "FL011"]
    assert len(found) == 1 and "`DefinitionString`" in found[0]["message"], found
