"""Terraform data actions whose template is a file of the module: `templatefile("${path.module}/…", {…})` and
`file("${path.module}/…")` are read when the path is static and inside the checked tree, and checked at the template
file's own positions. In a templatefile template `${…}` is Terraform's (a hole, filled only by a literal of the
variables map), `$${…}` the Velocity hole `${…}`, `%{…}` a directive (what it renders is unknown); file() reads the
text as it is. Where the body cannot be seen an FL011 note says why."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.core.unknown import OpenObject, Unknown
from validator.sources import terraform
from validator.sources.brackets import bracket_end
from validator.sources.model import LaunchRequest

from conftest import codes, counted_calls, flowlint

FLOW_ID = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"


def action(template: str) -> str:
    return f"""\
resource "genesyscloud_integration_action" "launch" {{
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  contract_input  = jsonencode({{ type = "object" }})
  contract_output = jsonencode({{ type = "object" }})
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = {template}
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


TEMPLATEFILE = 'templatefile("${path.module}/templates/launch.json.tpl", { flow_id = var.flow_id })'
TEMPLATE = """\
{
  "flowID": "${flow_id}",
  "inputData": { "Flow.conversationId": "$${input.conversationId}" }
}
"""


def module(tmp_path: Path, template: str = TEMPLATEFILE, text: str = TEMPLATE,
           name: str = "templates/launch.json.tpl") -> Path:
    (tmp_path / "main.tf").write_text(action(template))
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text)
    return tmp_path


def run(path: Path, *args: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def at(found: dict[str, Any]) -> str:
    """The text a finding points at."""
    line = Path(str(found["file"])).read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


def body(text: str, how: dict[str, str]) -> LaunchRequest:
    """The body file_body reads from a template file's text."""
    request = LaunchRequest("terraform", (0, len(text)), body_span=(0, len(text)))
    terraform.file_body(request, text, how, 64)
    return request


def test_a_templatefile_template_is_checked_at_its_own_positions(tmp_path: Path) -> None:
    found = run(module(tmp_path))
    assert codes(found) == ["FL102"] and found[0]["file"].endswith("launch.json.tpl") and at(found[0]).startswith('"flowID"')


def test_a_file_template_is_checked_there(tmp_path: Path) -> None:
    raw = TEMPLATE.replace("${flow_id}", "${input.flowId}").replace("$${", "${")
    module(tmp_path, 'file("${path.module}/launch.json")', raw, "launch.json")
    found = run(tmp_path / "main.tf")
    assert "FL102" in codes(found) and all(f["file"].endswith("launch.json") for f in found)


def test_holes_are_unknown_and_directives_render_unknown_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    template = module(tmp_path, text=TEMPLATE.replace('"flowID"', '"flowId"').replace(
        '"inputData": {', '"inputData": { %{ if vip }"Flow.vip": true,%{ endif }'))
    assert run(template) == []  # the directive's members are not read as always there, nor a hole as a wrong value
    how = terraform.extract(action(TEMPLATEFILE), str(tmp_path / "main.tf"))[0].body_file
    assert how is not None
    launch = body((tmp_path / "templates/launch.json.tpl").read_text(), how[1])
    assert isinstance(launch.body["flowId"], Unknown) and isinstance(launch.body["inputData"], OpenObject)
    assert launch.body["inputData"]["Flow.conversationId"] is not None  # reached: the Velocity hole is text made at run time


def test_a_literal_of_the_variables_map_fills_its_hole(tmp_path: Path) -> None:
    filled = TEMPLATEFILE.replace("var.flow_id", '"not-a-flow-id"')
    found = run(module(tmp_path, filled, TEMPLATE.replace('"flowID"', '"flowId"')))
    assert codes(found) == ["FL104"] and at(found[0]).startswith('"${flow_id}"')


def test_a_hole_inside_a_for_directive_is_never_filled() -> None:
    text = '{"flowId": "${flow_id}", "name": "%{ for flow_id in ids }${flow_id}%{ endfor }"}'
    launch = body(text, terraform.template_file_how("templatefile", {"flow_id": "abc"}))
    assert launch.body["flowId"] == "abc" and isinstance(launch.body["name"], Unknown)  # filled outside the loop only
    assert (launch.body_text or "").count("abc") == 1  # inside it, `flow_id` is the loop's own name


@pytest.mark.parametrize(("template", "why"), [
    ('templatefile("${path.module}/missing.tpl", {})', "missing.tpl"),
    ('file("${path.module}/../outside.json")', "outside the checked tree"),
])
def test_a_template_file_that_cannot_be_read_is_a_note_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  template: str, why: str) -> None:
    (tmp_path / "outside.json").write_text('{"type": "workflow"}')
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "main.tf").write_text(action(template))
    monkeypatch.chdir(tmp_path / "tree")
    found = run(Path("."))
    assert codes(found) == ["FL011"] and why in found[0]["message"] and at(found[0]).startswith(template[:8])


def test_a_link_out_of_the_tree_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outside.json").write_text('{"type": "workflow"}')
    (tmp_path / "tree").mkdir()
    os.symlink(tmp_path / "outside.json", tmp_path / "tree" / "launch.json")
    (tmp_path / "tree" / "main.tf").write_text(action('file("${path.module}/launch.json")'))
    monkeypatch.chdir(tmp_path / "tree")
    found = run(Path("main.tf"))
    assert codes(found) == ["FL011"] and "outside the checked tree" in found[0]["message"]


@pytest.mark.parametrize(("template", "why"), [
    ('file("launch.json")', "the directory Terraform runs in"),
    ('templatefile("${var.dir}/launch.json.tpl", {})', "made when Terraform runs"),
])
def test_a_path_that_is_not_static_is_not_read(tmp_path: Path, template: str, why: str) -> None:
    (tmp_path / "launch.json").write_text('{"type": "workflow"}')
    (tmp_path / "main.tf").write_text(action(template))
    assert run(tmp_path / "main.tf") == []
    notes = run(tmp_path / "main.tf", "-v")
    assert codes(notes) == ["FL011"] and why in notes[0]["message"]


def test_a_local_in_another_file_naming_a_template_file_reads_it(tmp_path: Path) -> None:
    module(tmp_path, "local.launch_body")
    (tmp_path / "locals.tf").write_text(f"locals {{\n  launch_body = {TEMPLATEFILE}\n}}\n")
    found = run(tmp_path / "main.tf")
    assert codes(found) == ["FL102"] and found[0]["file"].endswith("launch.json.tpl")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='${}%~"\\ab:,[]\n', max_size=60), st.sampled_from(["templatefile", "file"]))
def test_any_template_file_text_is_read_without_crashing(text: str, function: str) -> None:
    launch = body(text, terraform.template_file_how(function, {"a": "x"}))
    assert launch.body is not None or launch.findings  # reached: a body (maybe unknown) or FL001


@pytest.mark.parametrize("unit", ["${", "${a}", "%{", "${{", '${"}', "$${", "%{ if a }%{ endif }", "${\\"])
def test_reading_a_template_file_is_linear(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    scanned: list[int] = []

    def counted(text: str, start: int, *args: Any, **kwargs: Any) -> int:
        end = bracket_end(text, start, *args, **kwargs)
        scanned.append(end - start)
        return end

    monkeypatch.setattr(terraform, "bracket_end", counted)
    text = unit * 2_000
    launch = body(text, terraform.template_file_how("templatefile", {"a": "x"}))
    assert launch.body_text is not None and sum(scanned) <= 2 * len(text)  # reached, each character scanned once


def test_only_the_file_declaring_a_local_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for number in range(30):
        (tmp_path / f"other{number}.tf").write_text(f'locals {{\n  other{number} = "x"\n}}\n')
    (tmp_path / "locals.tf").write_text(f"locals {{\n  launch_body = {TEMPLATEFILE}\n}}\n")
    module(tmp_path, "local.launch_body")
    parses = counted_calls(monkeypatch, terraform, "_parse")
    launch = terraform.extract((tmp_path / "main.tf").read_text(), "main.tf")[0]
    assert launch.body_file is not None and launch.body_file[0] == os.path.join("templates", "launch.json.tpl")
    assert len(parses) == 2  # main.tf and locals.tf: never the 30 files that declare other names


@pytest.mark.parametrize("directive", [
    '%{ if var.named }"type": "named",%{ endif }',
    '%{ if var.named }"name": "a",%{ else }"name": "b",%{ endif }',
    '%{~ for key, value in var.inputs ~}"${key}": "${value}",%{~ endfor ~}',
])
def test_a_directive_in_a_tf_string_renders_unknown_members(tmp_path: Path, directive: str) -> None:
    heredoc = f'<<-EOT\n      {{\n        "flowId": "$${{input.flowId}}", {directive}\n        "inputData": {{}}\n      }}\n    EOT'
    launch = terraform.extract(action(heredoc), str(tmp_path / "main.tf"))[0]
    assert isinstance(launch.body, OpenObject) and "inputData" in launch.body  # reached: read, the directive a hole
    assert not ({"type", "name"} & set(launch.body))
