"""Launches configured in AWS (review A, /tmp/s34/revA/6): a Step Functions HTTP task's `RequestBody` written as data is
the launch's body, checked where it is written, what the run fills in (`key.$`, JSONata) unknown; an EventBridge API
destination calling the endpoint, whose body a rule's target sends, gets an FL011 note saying so. Before, a state
machine's launch was FL012 ("a config file, no launch body") and a template's destination one note saying nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, codes, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

ENDPOINT = "https://api.mypurecloud.com/api/v2/flows/executions"


def _task(body: dict[str, Any] | None = None, **params: Any) -> dict[str, Any]:
    parameters: dict[str, Any] = {"ApiEndpoint": ENDPOINT, "Method": "POST",
                                  "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:1:connection/gc/abc"}}
    if body is not None:
        parameters["RequestBody"] = body
    parameters.update(params)
    return {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": parameters, "End": True}


def _machine(task: dict[str, Any]) -> str:
    return json.dumps({"Comment": "Launch", "StartAt": "Launch", "States": {"Launch": task}}, indent=2)


def _at(tmp_path: Path, name: str, found: dict[str, Any]) -> str:
    """The text a finding points at, from its column on its line."""
    return str((tmp_path / name).read_text().splitlines()[found["line"] - 1][found["column"] - 1:])


def test_a_state_machines_http_task_body_is_checked_where_it_is_written(tmp_path: Path) -> None:
    body = {"flowId.$": "$.flowId", "type": "workflow", "inputData": {"Flow.orderId.$": "$.orderId", "email": "x"}}
    (tmp_path / "launch.asl.json").write_text(_machine(_task(body)))
    found = [d for d in diagnostics("--no-cache", "launch.asl.json") if d["code"] != "FL200"]
    # `flowId.$` sends flowId (unknown: no FL100 for a missing one, nothing judged of its value); `Flow.orderId.$` too
    assert sorted(codes(found)) == ["FL101", "FL203"], found
    assert {d["code"]: _at(tmp_path, "launch.asl.json", d)[:6] for d in found} == {"FL101": '"type"', "FL203": '"email'}
    assert all(d["fix"] is None for d in found)  # (a body whose keys are not written as sent is never edited)


@pytest.mark.parametrize("params", [
    {"RequestBody.$": "$.body"},  # the whole body from the state's input
    {"RequestBody": "{% $states.input.body %}"},  # JSONata
    {"RequestBody": {"flowId": "{% $states.input.flowId %}", "inputData": {"Flow.x.$": "States.Format('{}', $.x)"}}},
])
def test_what_the_run_fills_in_is_unknown(tmp_path: Path, params: dict[str, Any]) -> None:
    (tmp_path / "launch.asl.json").write_text(_machine(_task(**params)))
    found = diagnostics("--no-cache", "-v", "launch.asl.json")
    assert "FL012" not in codes(found) and not [d for d in found if d["severity"] == "error"], found


def test_a_good_launch_passes_and_a_task_calling_elsewhere_is_none(tmp_path: Path) -> None:
    good = _task({"flowId": UUID, "inputData": {"Flow.orderId.$": "$.orderId"}})
    other = _task({"type": "x"}, ApiEndpoint="https://api.example.com/orders")
    (tmp_path / "m.asl.json").write_text(json.dumps({"StartAt": "A", "States": {"A": good, "B": other}}))
    assert [d for d in diagnostics("--no-cache", "m.asl.json") if d["severity"] != "info"] == []
    bad = _task({"flowId": UUID, "flowVersoin": "1"})
    (tmp_path / "m.asl.json").write_text(json.dumps({"StartAt": "A", "States": {"A": bad, "B": other}}))
    assert [d["code"] for d in diagnostics("--no-cache", "m.asl.json") if d["code"] != "FL200"] == ["FL102"]  # reached


TEMPLATE = f"""\
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Role:
    Type: AWS::IAM::Role
  Launcher:
    Type: AWS::Serverless::StateMachine
    Properties:
      Role: !GetAtt Role.Arn
      Definition:
        StartAt: Launch
        States:
          Launch:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: {ENDPOINT}
              Method: POST
              Authentication:
                ConnectionArn: !Ref Connection
              RequestBody:
                flowId.$: $.flowId
                inputData:
                  orderId.$: $.orderId
            End: true
"""


def test_a_templates_state_machine_is_read_through_its_tags(tmp_path: Path) -> None:
    (tmp_path / "template.yaml").write_text(TEMPLATE)
    found = [d for d in diagnostics("--no-cache", "template.yaml") if d["code"] != "FL200"]
    assert codes(found) == ["FL203"], found  # `orderId.$` sends `orderId`: no Flow. prefix, whatever its value
    assert _at(tmp_path, "template.yaml", found[0]).startswith("orderId.$")


DESTINATIONS = {
    "template.yaml": ("Resources:\n  Launch:\n    Type: AWS::Events::ApiDestination\n    Properties:\n"
                      "      ConnectionArn: !GetAtt Connection.Arn\n      HttpMethod: POST\n"
                      f"      InvocationEndpoint: {ENDPOINT}\n"),
    "serverless.yml": ("service: launcher\nprovider: {name: aws}\nresources:\n  Resources:\n    Launch:\n"
                       "      Type: AWS::Events::ApiDestination\n      Properties:\n        HttpMethod: POST\n"
                       f"        InvocationEndpoint: {ENDPOINT}\n"),
    "main.tf": ('resource "aws_cloudwatch_event_api_destination" "launch" {\n  name = "launch"\n'
                f'  invocation_endpoint = "{ENDPOINT}"\n  http_method = "POST"\n}}\n'),
}


@pytest.mark.parametrize("name", sorted(DESTINATIONS))
def test_an_api_destination_is_noted_configured_not_checked(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(DESTINATIONS[name])
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert codes(found) == ["FL011"], found
        assert "EventBridge API destination" in found[0]["message"] and "configured here, not checked" in found[0]["message"]
        assert _at(tmp_path, name, found[0]).startswith("flows/executions")  # at the destination's endpoint


def test_a_destination_beside_a_task_read_gets_its_own_note(tmp_path: Path) -> None:
    destination = DESTINATIONS["template.yaml"].removeprefix("Resources:\n")
    (tmp_path / "template.yaml").write_text(TEMPLATE + destination)
    found = [d for d in diagnostics("--no-cache", "template.yaml") if d["code"] != "FL200"]
    assert codes(found) == ["FL203", "FL011"], found  # the task's body checked, the destination said at its line
    assert "EventBridge API destination" in found[1]["message"]
    assert found[1]["line"] == (TEMPLATE + destination).splitlines().index(
        f"      InvocationEndpoint: {ENDPOINT}") + 1


TARGET = """\
resource "aws_cloudwatch_event_target" "launch" {{
  rule = aws_cloudwatch_event_rule.orders.name
  arn  = aws_cloudwatch_event_api_destination.launch.arn
{body}}}
"""


def test_a_terraform_targets_input_is_the_destinations_launch_body(tmp_path: Path) -> None:
    """A rule's target sending a constant `input` through an API destination of the file: that input is the launch's
    body, checked where the target writes it; so is an input_transformer's template."""
    body = f'  input = jsonencode({{ flowId = "{UUID}", type = "workflow", inputData = {{ orderId = "1" }} }})\n'
    (tmp_path / "main.tf").write_text(DESTINATIONS["main.tf"] + TARGET.format(body=body))
    found = [d for d in diagnostics("--no-cache", "main.tf") if d["code"] != "FL200"]
    assert codes(found) == ["FL101", "FL203"], found
    assert [_at(tmp_path, "main.tf", d)[:7] for d in found] == ["type = ", "orderId"]
    # An input_transformer's template is read too, each `<placeholder>` unknown (before, the destination's note only).
    transformer = ("  input_transformer {\n    input_paths = { id = \"$.detail.id\" }\n"
                   "    input_template = \"{\\\"flowId\\\": <id>, \\\"type\\\": \\\"workflow\\\"}\"\n  }\n")
    (tmp_path / "main.tf").write_text(DESTINATIONS["main.tf"] + TARGET.format(body=transformer))
    found = diagnostics("--no-cache", "main.tf")
    assert codes(found) == ["FL101"] and _at(tmp_path, "main.tf", found[0]).startswith('\\"type'), found


RULE = """\
  Rule:
    Type: AWS::Events::Rule
    Properties:
      Targets:
        - Id: launch
          Arn: !GetAtt Launch.Arn
{body}"""
_INPUT = json.dumps({"flowId": UUID, "type": "workflow", "inputData": {"orderId": "1"}})


@pytest.mark.parametrize("body", [
    f"          Input: '{_INPUT}'\n",
    f"          Input: {json.dumps(_INPUT)}\n",
    f"          Input: |\n            {_INPUT}\n",
])
def test_a_cloudformation_targets_input_is_the_destinations_launch_body(tmp_path: Path, body: str) -> None:
    """A rule's target naming an API destination of the template (`!GetAtt Launch.Arn`) with a constant `Input`: that
    JSON text is the launch's body, checked where the template writes it (quoted either way, or a block), and fixed
    there; a target with an InputTransformer (its template filled from the event) leaves the destination's note."""
    text = DESTINATIONS["template.yaml"] + RULE.format(body=body)
    (tmp_path / "template.yaml").write_text(text)
    found = [d for d in diagnostics("--no-cache", "template.yaml") if d["code"] != "FL200"]
    assert codes(found) == ["FL101", "FL203"], found
    assert [_at(tmp_path, "template.yaml", d).replace("\\", "")[:8] for d in found] == ['"type": ', '"orderId']
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "template.yaml").exit_code == 0
    fixed = (tmp_path / "template.yaml").read_text()
    assert '"Flow.orderId' in fixed.replace("\\", "") and "workflow" not in fixed


def test_a_transformed_input_is_read_with_its_placeholders_unknown(tmp_path: Path) -> None:
    """An InputTransformer's template is the body, each `<placeholder>` an unknown value the event fills in; what is
    written around them is checked (here the input's missing `Flow.` prefix). Before, only the destination's note."""
    transformer = ("          InputTransformer:\n            InputPathsMap: {order: \"$.detail.orderId\"}\n"
                   f"            InputTemplate: '{{\"flowId\": \"{UUID}\", \"inputData\": {{\"orderId\": <order>}}}}'\n")
    (tmp_path / "template.yaml").write_text(DESTINATIONS["template.yaml"] + RULE.format(body=transformer))
    found = [d for d in diagnostics("--no-cache", "template.yaml") if d["code"] != "FL200"]
    assert codes(found) == ["FL203"], found
    assert _at(tmp_path, "template.yaml", found[0]).startswith('"orderId": <order>')
