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

from conftest import codes, counted_calls, flowlint

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
    ("local.missing", "`local.missing` is declared in no .tf or .tf.json file"),
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


def test_jsonencode_of_a_local_object_is_read_where_the_local_writes_it(tmp_path: Path) -> None:
    body = 'locals {\n  body = {\n    type   = "workflow"\n    flowId = var.flow_id\n  }\n}\n'
    (tmp_path / "main.tf").write_text(action(url='"/api/v2/flows/executions"', template="jsonencode(local.body)") + body)
    found = run(tmp_path)
    assert codes(found) == ["FL101"] and at(found[0]).startswith('type   = "workflow"')


def test_a_local_as_a_member_value_is_its_value(tmp_path: Path) -> None:
    values = 'locals {\n  flow_id = "not-a-flow-id"\n  inputs  = { phone = "555" }\n}\n'
    template = "jsonencode({ flowId = local.flow_id, inputData = local.inputs })"
    (tmp_path / "main.tf").write_text(action(url='"/api/v2/flows/executions"', template=template) + values)
    found = run(tmp_path)
    assert sorted(codes(found)) == ["FL104", "FL203"]
    assert {at(f).split()[0] for f in found} == {'"not-a-flow-id"', "phone"}  # where the locals write them


def test_a_local_member_value_of_another_file_is_shown_at_its_name(tmp_path: Path) -> None:
    (tmp_path / "locals.tf").write_text('locals {\n  inputs = { phone = "555" }\n}\n')
    template = "jsonencode({ flowId = var.flow_id, inputData = local.inputs })"
    (tmp_path / "main.tf").write_text(action(url='"/api/v2/flows/executions"', template=template))
    found = run(tmp_path / "main.tf")
    assert codes(found) == ["FL203"] and found[0]["file"].endswith("main.tf") and at(found[0]).startswith("inputData = local.inputs")


def test_locals_naming_locals_many_times_over_are_read_within_a_budget(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    doubling = "\n".join(f"  l{n + 1} = [local.l{n}, local.l{n}]" for n in range(40))
    template = 'jsonencode({ flowId = var.flow_id, inputData = { "Flow.x" = local.l40 } })'
    text = action(url='"/api/v2/flows/executions"', template=template) + f'locals {{\n  l0 = "x"\n{doubling}\n}}\n'
    resolved = counted_calls(monkeypatch, terraform._Module, "resolve")
    launch = terraform.extract(text, str(tmp_path / "main.tf"))[0]
    assert isinstance(launch.body["inputData"]["Flow.x"], list)  # reached: read through the locals
    assert len(resolved) <= terraform._LOCALS_READ + 2  # 2**40 values otherwise
