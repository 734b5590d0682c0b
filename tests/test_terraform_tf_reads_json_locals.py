"""A `.tf` data action whose URL or template names a local a sibling `.tf.json` file of the module declares is read
through it, as a `.tf.json` action reads a `.tf` file's local (e2e77f1): the template string at that file's positions,
`jsonencode(local.x)` of its object, a URL as its string. A local whose value is not known stays an unknown value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import terraform

from conftest import codes, counted_calls, flowlint


def action(template: str, url: str = '"/api/v2/flows/executions"', label: str = "launch") -> str:
    return f"""\
resource "genesyscloud_integration_action" "{label}" {{
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  config_request {{
    request_url_template = {url}
    request_type         = "POST"
    request_template     = {template}
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


def run(path: Path, *args: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def at(found: dict[str, Any]) -> str:
    """The text a finding points at."""
    line = Path(str(found["file"])).read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


def json_locals(tmp_path: Path, values: dict[str, Any]) -> None:
    (tmp_path / "locals.tf.json").write_text(json.dumps({"locals": values}, indent=2) + "\n")


def test_a_template_local_of_a_tf_json_file_is_checked_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    json_locals(tmp_path, {"launch_body": '{"flowId": "$${input.flowId}", "data": {}}'})
    (tmp_path / "main.tf").write_text(action("local.launch_body"))
    found = run(tmp_path / "main.tf")
    assert codes(found) == ["FL101"] and found[0]["file"].endswith("locals.tf.json"), found
    assert at(found[0]).startswith('\\"data\\"')


def test_jsonencode_of_a_tf_json_local_object_is_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    json_locals(tmp_path, {"body": {"flowId": "${var.flow_id}", "inputs": {"x": 1}}})
    (tmp_path / "main.tf").write_text(action("jsonencode(local.body)"))
    found = run(tmp_path / "main.tf")
    assert codes(found) == ["FL101"] and found[0]["file"].endswith("main.tf"), found
    assert at(found[0]).startswith("jsonencode(local.body)")  # the module's value: shown where this file uses it


def test_a_url_local_of_a_tf_json_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    json_locals(tmp_path, {"url": "/api/v2/flows/executions"})
    (tmp_path / "main.tf").write_text(action('jsonencode({ flowId = var.flow_id, data = {} })', url="local.url"))
    assert codes(run(tmp_path / "main.tf")) == ["FL101"]
    json_locals(tmp_path, {"url": "/api/v2/users/me"})
    assert run(tmp_path / "main.tf") == []  # reached: the URL is the local's


@pytest.mark.parametrize("values", [
    {},  # declared nowhere
    {"launch_body": "${var.body}"},  # an input variable's value
    {"launch_body": "${local.other}"},  # a local of that file naming another: not followed there
    {"launch_body": 42},  # not a template
    {"launch_body": '{"flowId": "${var.flow_id}", "inputData": {"Flow.x": ${var.x}}}'},  # made at apply
])
def test_a_tf_json_local_not_known_is_never_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     values: dict[str, Any]) -> None:
    monkeypatch.chdir(tmp_path)
    json_locals(tmp_path, values)
    (tmp_path / "main.tf").write_text(action("local.launch_body"))
    assert len(terraform.extract((tmp_path / "main.tf").read_text(), str(tmp_path / "main.tf"))) == 1  # reached
    assert run(tmp_path / "main.tf") == []


def test_why_a_local_is_not_read_names_both_syntaxes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "main.tf").write_text(action("local.launch_body"))
    found = run(tmp_path / "main.tf", "-v")
    assert codes(found) == ["FL011"], found
    assert "declared in no .tf or .tf.json file" in found[0]["message"], found


def test_many_actions_look_in_the_json_files_once_a_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for other in range(5):
        (tmp_path / f"other{other}.tf.json").write_text(json.dumps({"locals": {"shared": "x", f"mine{other}": "y"}}))
    looked: list[int] = []
    for count in (50, 200):
        text = "".join(action("local.shared" if i % 2 else f"local.n{i}", label=f"a{i}") for i in range(count))
        calls = counted_calls(monkeypatch, terraform, "_json_module_locals")
        assert len(terraform.extract(text, str(tmp_path / "main.tf"))) == count  # reached: every action read
        looked.append(len(calls))
        monkeypatch.undo()
    # each .tf.json file asked once for each name declared nowhere (count / 2), none again: linear in the names
    assert looked[0] > 5 * 25 and looked[1] - looked[0] == 5 * (100 - 25), looked
