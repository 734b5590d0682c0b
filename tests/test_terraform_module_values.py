"""Terraform data actions whose URL or template is a module's named value: `local.x` is resolved where the module
declares it (any .tf file of the same directory: Terraform merges them), `var.x` stays unknown (its default can be
overridden where the module is used), and where the body cannot be seen an FL011 note says why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import Unknown
from validator.sources import terraform

from conftest import codes, flowlint

FLOW_ID = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"


def action(url: str = "local.launch_path", template: str = "local.launch_body", name: str = "launch") -> str:
    return f"""\
resource "genesyscloud_integration_action" "{name}" {{
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  contract_input  = jsonencode({{ type = "object" }})
  contract_output = jsonencode({{ type = "object" }})
  config_request {{
    request_url_template = {url}
    request_type         = "POST"
    request_template     = {template}
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


LOCALS = """\
locals {
  launch_path = "/api/v2/flows/executions"
  launch_body = jsonencode({ type = "workflow", flowId = var.flow_id })
}
"""


def run(directory: Path, *args: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(directory))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def at(found: dict[str, Any]) -> str:
    """The text a finding points at."""
    line = Path(str(found["file"])).read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


def test_locals_of_the_same_file_are_the_url_and_the_body(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(action() + LOCALS)
    launch = terraform.extract((tmp_path / "main.tf").read_text(), str(tmp_path / "main.tf"))[0]
    assert launch.url is not None and launch.url.value == "/api/v2/flows/executions"
    assert launch.body["type"] == "workflow" and isinstance(launch.body["flowId"], Unknown)
    found = run(tmp_path)
    assert codes(found) == ["FL101"] and at(found[0]).startswith('type = "workflow"')  # in the locals block


def test_a_local_declared_in_another_file_of_the_module_is_read_there(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(action())
    (tmp_path / "locals.tf").write_text(LOCALS)
    found = run(tmp_path / "main.tf")
    assert codes(found) == ["FL101"] and found[0]["file"].endswith("locals.tf") and at(found[0]).startswith("type =")


def test_a_local_naming_another_local_is_followed(tmp_path: Path) -> None:
    chained = LOCALS.replace("launch_body = jsonencode", "launch_body = local.body\n  body = jsonencode")
    (tmp_path / "main.tf").write_text(action() + chained)
    assert codes(run(tmp_path)) == ["FL101"]


def test_a_wrong_url_in_a_local_is_found_there(tmp_path: Path) -> None:
    wrong = LOCALS.replace('"/api/v2/flows/executions"', f'"/api/v2/flows/{FLOW_ID}/executions"')
    (tmp_path / "main.tf").write_text(action(template="jsonencode({ flowId = var.flow_id })") + wrong)
    found = run(tmp_path)
    assert "FL106" in codes(found)
    assert at(next(f for f in found if f["code"] == "FL106")).startswith('"/api/v2/flows/')


@pytest.mark.parametrize(("template", "why"), [
    ("var.launch_body", "`var.launch_body` is an input variable"),
    ("local.missing", "`local.missing` is declared in no .tf file"),
    ("local.loop_a", "`local.loop_a`"),
])
def test_a_body_that_cannot_be_seen_says_why(tmp_path: Path, template: str, why: str) -> None:
    loops = 'locals {\n  loop_a = local.loop_b\n  loop_b = local.loop_a\n}\nvariable "launch_body" {\n  default = "{}"\n}\n'
    (tmp_path / "main.tf").write_text(action(url='"/api/v2/flows/executions"', template=template) + loops)
    launch = terraform.extract((tmp_path / "main.tf").read_text(), str(tmp_path / "main.tf"))[0]
    assert isinstance(launch.body, Unknown)  # a variable's default is never taken for its value
    assert run(tmp_path) == []
    notes = run(tmp_path, "-v")
    assert codes(notes) == ["FL011"] and why in notes[0]["message"] and at(notes[0]).startswith(template)
