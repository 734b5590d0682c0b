"""An EventBridge rule's target sending an InputTransformer's `InputTemplate` through an API destination of the template
that calls the launch endpoint: the template is the launch's body, each `<placeholder>` (a name of its `InputPathsMap`,
or a predefined `<aws.events.…>`) an unknown value the event fills in, wherever it stands (a bare value, a string's
part); the rest is checked where it is written. A template that reads only around a placeholder is unknown whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import aws

from conftest import UUID, diagnostics

NEW_FLOW = "0b4a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"  # (no contract in the repo's store)
ENDPOINT = "https://api.mypurecloud.com/api/v2/flows/executions"
HEAD = ("Resources:\n  Launch:\n    Type: AWS::Events::ApiDestination\n    Properties:\n"
        f"      ConnectionArn: !GetAtt Connection.Arn\n      HttpMethod: POST\n      InvocationEndpoint: {ENDPOINT}\n"
        "  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      Targets:\n        - Id: launch\n"
        "          Arn: !GetAtt Launch.Arn\n          InputTransformer:\n")


def template(body: str, paths: str = "{flow: $.detail.flow, order: $.detail.orderId}") -> str:
    return HEAD + f"            InputPathsMap: {paths}\n            InputTemplate: '{body}'\n"


def test_placeholders_are_unknown_values_and_the_rest_is_read() -> None:
    body = '{"flowId": "<flow>", "name": "order <order>", "inputData": {"Flow.orderId": <order>, "Flow.n": 1}}'
    (request,) = aws.extract(template(body))
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    assert isinstance(request.body["name"], Unknown) and isinstance(request.body["inputData"]["Flow.orderId"], Unknown)
    assert request.body["inputData"]["Flow.n"] == 1 and not request.findings


def test_the_flow_gets_the_note_it_gets_everywhere(tmp_path: Path) -> None:
    """A flow ID written there gets FL200 (no contract: what was checked), as a curl launch's does; one a placeholder
    fills in chooses no contract, and nothing is said of it (as of a curl launch's `$FLOW_ID`)."""
    path = tmp_path / "template.yaml"
    path.write_text(template(f'{{"flowId": "{NEW_FLOW}", "inputData": {{"Flow.orderId": <order>}}}}'))
    found = diagnostics("--no-cache", str(path))
    assert [d["code"] for d in found] == ["FL200"] and NEW_FLOW in found[0]["message"], found
    path.write_text(template('{"flowId": "<flow>", "inputData": {"Flow.orderId": <order>}}'))
    assert diagnostics("--no-cache", str(path)) == []


def test_a_predefined_placeholder_and_a_literal_angle_bracket() -> None:
    body = f'{{"flowId": "{UUID}", "name": "<aws.events.rule-name>", "inputData": {{"Flow.note": "a <b> c"}}}}'
    (request,) = aws.extract(template(body))
    assert isinstance(request.body, dict) and isinstance(request.body["name"], Unknown)
    assert request.body["inputData"] == {"Flow.note": "a <b> c"}  # (`b` is no placeholder of the map)


@pytest.mark.parametrize("body", [
    '{"flowId": "x", "inputData": <order>',  # (unclosed: the event may not fill that in, but no finding rests on it)
])
def test_a_template_that_reads_only_around_a_placeholder_is_unknown(body: str) -> None:
    (request,) = aws.extract(template(body))
    assert isinstance(request.body, Unknown) and not request.findings


def test_a_map_a_function_gives_makes_each_name_a_placeholder() -> None:
    body = f'{{"flowId": "{UUID}", "inputData": {{"Flow.orderId": <anything>}}}}'
    (request,) = aws.extract(template(body, paths="!Ref Paths"))
    assert isinstance(request.body, dict) and isinstance(request.body["inputData"]["Flow.orderId"], Unknown)


PIPE = ("Resources:\n  Launch:\n    Type: AWS::Events::ApiDestination\n    Properties:\n"
        f"      ConnectionArn: !GetAtt Connection.Arn\n      HttpMethod: POST\n      InvocationEndpoint: {ENDPOINT}\n"
        "  Pipe:\n    Type: AWS::Pipes::Pipe\n    Properties:\n      Source: !GetAtt Queue.Arn\n"
        "      Target: !GetAtt Launch.Arn\n      TargetParameters:\n        InputTemplate: '{body}'\n")


def test_a_pipes_template_to_a_destination_is_read_its_paths_unknown(tmp_path: Path) -> None:
    """An EventBridge pipe whose `Target` is an API destination of the template sends its `InputTemplate`: its
    `<$.path>`s and `<aws.pipes.…>` unknown values, the rest checked where it is written (before, only the note)."""
    body = (f'{{"flowId": "{NEW_FLOW}", "name": "<aws.pipes.pipe-name>", "inputData": '
            '{"Flow.order": <$.body.order>, "Flow.first": "<$.body.items[0].id>", "orderId": 1}}')
    text = PIPE.format(body=body)
    (request,) = aws.extract(text)
    assert isinstance(request.body, dict) and isinstance(request.body["name"], Unknown)
    assert isinstance(request.body["inputData"]["Flow.order"], Unknown)
    assert isinstance(request.body["inputData"]["Flow.first"], Unknown)
    path = tmp_path / "template.yaml"
    path.write_text(text)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert found == [("FL203", text.count("\n"))]


TF = f"""\
resource "aws_cloudwatch_event_api_destination" "launch" {{
  name                = "launch"
  invocation_endpoint = "{ENDPOINT}"
  http_method         = "POST"
}}

resource "aws_cloudwatch_event_target" "launch" {{
  rule = aws_cloudwatch_event_rule.orders.name
  arn  = aws_cloudwatch_event_api_destination.launch.arn
  input_transformer {{
    input_paths = {{ order = "$.detail.orderId" }}
    input_template = <<EOF
{{"flowId": "${{var.flow_id}}", "name": "order <order>", "inputData": {{"Flow.orderId": <order>, "orderId": 1}}}}
EOF
  }}
}}
"""


def test_a_terraform_targets_transformer_template(tmp_path: Path) -> None:
    """Terraform's `input_transformer` (a heredoc here): its `<placeholders>` and `${…}` unknown, the rest checked."""
    from validator.sources import terraform

    (request,) = terraform.extract(TF, "main.tf")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    assert isinstance(request.body["inputData"]["Flow.orderId"], Unknown)
    path = tmp_path / "main.tf"
    path.write_text(TF)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path))]
    assert found == [("FL203", TF.splitlines().index("EOF"))], found  # (the template's line)


def test_a_terraform_pipes_template(tmp_path: Path) -> None:
    """Terraform's `aws_pipes_pipe` whose `target` is a destination of the file sends its `target_parameters`'
    `input_template`: its `<$.path>`s unknown, the rest checked (before, only the destination's note)."""
    from validator.sources import terraform

    pipe = ('resource "aws_pipes_pipe" "launch" {\n  source = aws_sqs_queue.orders.arn\n'
            '  target = aws_cloudwatch_event_api_destination.launch.arn\n  target_parameters {\n'
            '    input_template = "{\\"flowId\\": \\"<$.body.flow>\\", \\"inputData\\": {\\"orderId\\": <$.body.id>}}"\n'
            '  }\n}\n')
    text = TF.split('resource "aws_cloudwatch_event_target"')[0] + pipe
    (request,) = terraform.extract(text, "main.tf")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    path = tmp_path / "main.tf"
    path.write_text(text)
    assert [d["code"] for d in diagnostics("--no-cache", str(path))] == ["FL203"]
