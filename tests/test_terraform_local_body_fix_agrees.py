"""A launch whose body is a Terraform local written in another file (locals.tf.json, locals.tf): flowlint cannot edit
the body there, so no report offers a fix --fix would not apply: text, json and --fix agree (help only, saying why)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

ACTION_TF = """\
resource "genesyscloud_integration_action" "launch" {
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = local.launch_body
    headers = { "Content-Type" = "application/json" }
  }
}
"""
BODY = r'"{\"flowID\": \"$${input.flowId}\", \"inputData\": {\"x\": \"1\"}}"'
LOCALS = {"locals.tf.json": '{\n  "locals": {\n    "launch_body": ' + BODY + "\n  }\n}\n",
          "locals.tf": "locals {\n  launch_body = " + BODY + "\n}\n"}


@pytest.mark.parametrize("name", sorted(LOCALS))
def test_a_fix_of_a_body_written_in_another_file_is_offered_by_no_report(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.tf").write_text(ACTION_TF)
    (tmp_path / name).write_text(LOCALS[name])
    text = flowlint("check", "--no-cache", "--no-color", str(tmp_path)).stdout
    assert "FL102" in text and "FL203" in text  # the findings are reported (in the file that writes the local)
    assert "fixable" not in text and "fix:" not in text
    assert text.count("help: rename it") == 2 and "not applied: flowlint cannot edit the body" in text
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(tmp_path)).stdout)["diagnostics"]
    assert sorted(d["code"] for d in found) == ["FL102", "FL203"] and all(d["fix"] is None for d in found)
    flowlint("check", "--no-cache", "--fix", str(tmp_path))
    assert (tmp_path / name).read_text() == LOCALS[name]  # --fix applies nothing, as the reports said
