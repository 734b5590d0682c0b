"""A state machine a CloudFormation (or SAM) template defines as JSON text (`DefinitionString`: a string, or the
template of an `Fn::Sub`/`!Sub`) has its HTTP tasks read as any definition's: a launch's body checked where the text
writes it, a `${…}` the deploy fills in unknown. One that is no JSON text as written (an `Fn::Join` of parts, a bare
`${…}` where a value goes) keeps the FL011 note saying it is a `DefinitionString`. Before, every one got only the note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import Unknown
from validator.sources import aws

from conftest import diagnostics

UUID = "0b4a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"  # (no contract in the repo's store)
ENDPOINT = "https://api.mypurecloud.com/api/v2/flows/executions"
HEAD = "Resources:\n  SM:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n"


def definition(body: dict[str, Any], endpoint: str = ENDPOINT) -> str:
    task = {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
            "Parameters": {"ApiEndpoint": endpoint, "Method": "POST", "RequestBody": body}}
    return json.dumps({"StartAt": "L", "States": {"L": task}})


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text)
    lines = text.splitlines()
    return [(d["code"], lines[d["line"] - 1][d["column"] - 1:]) for d in diagnostics("--no-cache", str(path))
            if d["code"] != "FL200"]


def test_a_sub_block_is_read_its_placeholders_unknown(tmp_path: Path) -> None:
    text = (HEAD + "      DefinitionString: !Sub |\n        "
            + definition({"flowId": "${FlowId}", "type": "workflow"}, "https://api.${Domain}/api/v2/flows/executions")
            + "\n      DefinitionSubstitutions: {Domain: mypurecloud.com}\n")
    (request,) = aws.extract(text)
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    assert [(code, at[:6]) for code, at in found(tmp_path, "template.yaml", text)] == [("FL101", '"type"')]


@pytest.mark.parametrize("written", [
    lambda text: json.dumps(text),  # a JSON string
    lambda text: json.dumps({"Fn::Sub": text}),
    lambda text: json.dumps({"Fn::Sub": [text, {"X": "y"}]}),
])
def test_a_json_templates_escaped_definition(tmp_path: Path, written: Any) -> None:
    text = ('{"Resources": {"SM": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": '
            + written(definition({"flowId": UUID, "flowid": 1})) + "}}}}\n")
    assert [(code, at[:10]) for code, at in found(tmp_path, "template.json", text)] == [("FL102", '\\"flowid\\"')]


def test_a_single_quoted_yaml_string(tmp_path: Path) -> None:
    text = HEAD + "      DefinitionString: '" + definition({"flowId": UUID, "inputData": 5}) + "'\n"
    assert [(code, at[:1]) for code, at in found(tmp_path, "template.yaml", text)] == [("FL105", "5")]


@pytest.mark.parametrize("written", [
    '!Join ["", ["{\\"StartAt\\": ", !Ref Start, "}"]]\n',  # parts: not one text
    "!Sub |\n        " + definition({"flowId": UUID, "inputData": {"Flow.n": 1}}).replace("1}", "${Count}}") + "\n",
])
def test_a_definition_that_is_no_json_text_as_written_keeps_the_note(tmp_path: Path, written: str) -> None:
    text = HEAD + "      DefinitionString: " + written + f"      Comment: calls {ENDPOINT}\n"
    notes = [d for d in diagnostics("--no-cache", "-v", str(tmp_path / "t.yaml")) if d["code"] == "FL011"] \
        if (tmp_path / "t.yaml").write_text(text) else []
    assert notes and all("`DefinitionString`" in note["message"] for note in notes), notes


def test_an_escaped_definitions_endpoint_is_shown_where_it_is_written(tmp_path: Path) -> None:
    """A finding about the endpoint of a JSON template's escaped DefinitionString spans the URL as written, not from the
    backslash of its escaped quote."""
    endpoint = "https://apps.mypurecloud.com/api/v2/flows/executions"
    text = ('{"Resources": {"SM": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": '
            + json.dumps(definition({"flowId": UUID}, endpoint)) + "}}}}\n")
    path = tmp_path / "template.json"
    path.write_text(text)
    (found,) = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL302"]
    assert text[found["column"] - 1:found["end_column"] - 1] == endpoint
