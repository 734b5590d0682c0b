"""A Terraform `aws_sfn_state_machine`'s `definition` is read as any state machine's (sources/aws.py): a jsonencode()
of an HCL object (what is no literal unknown; an `ApiEndpoint`'s literal parts known around its `${…}`), or JSON text
(a heredoc, a string: each `${…}` unknown). A launch's body is checked where the file writes it. One written any other
way (templatefile(), file()) keeps the FL011 note saying why. Before, every one got only the note."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources import terraform

from conftest import diagnostics

ENCODED = """\
resource "aws_sfn_state_machine" "launch" {
  name     = "launch"
  role_arn = aws_iam_role.sfn.arn
  definition = jsonencode({
    StartAt = "Launch"
    States = {
      Launch = {
        Type     = "Task"
        Resource = "arn:aws:states:::http:invoke"
        End      = true
        Parameters = {
          ApiEndpoint = "https://api.${var.domain}/api/v2/flows/executions"
          Method      = "POST"
          RequestBody = {
            "flowId.$" = "$.flowId"
            type       = "workflow"
            inputData  = { "Flow.x" = var.x }
          }
        }
      }
    }
  })
}
"""
TEXT = """\
resource "aws_sfn_state_machine" "text" {
  name       = "text"
  role_arn   = aws_iam_role.sfn.arn
  definition = <<EOF
{"StartAt": "L", "States": {"L": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true,
  "Parameters": {"ApiEndpoint": "https://api.mypurecloud.com/api/v2/flows/executions", "Method": "POST",
    "RequestBody": {"flowId": "${ var.flow_id }", "flowid": 1}}}}}
EOF
}
"""


def lines_found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "main.tf"
    path.write_text(text)
    lines = text.splitlines()
    return [(d["code"], lines[d["line"] - 1][d["column"] - 1:].strip()) for d in diagnostics("--no-cache", str(path))]


def test_a_jsonencoded_definitions_launch_is_checked_where_it_is_written(tmp_path: Path) -> None:
    (request,) = terraform.extract(ENCODED, "main.tf")
    assert request.url is not None and request.url.known_prefix() == "https://api."
    assert request.url.shown().endswith("/api/v2/flows/executions")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    assert lines_found(tmp_path, ENCODED) == [("FL101", 'type       = "workflow"')]


def test_a_heredoc_definitions_launch_with_its_interpolations_unknown(tmp_path: Path) -> None:
    (request,) = terraform.extract(TEXT, "main.tf")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)  # (`${ … }`, spaces and all)
    assert [(code, at[:8]) for code, at in lines_found(tmp_path, TEXT)] == [("FL102", '"flowid"')]


def test_a_definition_from_a_template_file_keeps_the_note(tmp_path: Path) -> None:
    text = ('resource "aws_sfn_state_machine" "t" {\n  name = "t"\n  definition = templatefile("sm.json", {})\n'
            '  # calls https://api.mypurecloud.com/api/v2/flows/executions\n}\n')
    path = tmp_path / "main.tf"
    path.write_text(text)
    assert terraform.extract(text, "main.tf") == []
    notes = [d for d in diagnostics("--no-cache", "-v", str(path)) if d["code"] == "FL011"]
    assert notes and "templatefile()" in notes[0]["message"], notes


def test_a_tf_json_definition_written_as_json_text(tmp_path: Path) -> None:
    """A .tf.json `aws_sfn_state_machine`'s `definition` string holding JSON text (each `${…}` unknown) is read; one
    that is an expression (`"${jsonencode({…})}"`) is not (the note)."""
    import json

    task = {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
            "Parameters": {"ApiEndpoint": "https://api.mypurecloud.com/api/v2/flows/executions", "Method": "POST",
                           "RequestBody": {"flowId": "${var.flow_id}", "flowid": 1}}}
    definition = json.dumps({"StartAt": "L", "States": {"L": task}})
    document = {"resource": {"aws_sfn_state_machine": {"launch": {"name": "l", "definition": definition}}}}
    text = json.dumps(document, indent=2)
    (request,) = terraform.extract(text, "main.tf.json")
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)
    path = tmp_path / "main.tf.json"
    path.write_text(text)
    assert [d["code"] for d in diagnostics("--no-cache", str(path))] == ["FL102"]
    document["resource"]["aws_sfn_state_machine"]["launch"]["definition"] = "${jsonencode(" + definition + ")}"
    assert terraform.extract(json.dumps(document), "main.tf.json") == []
