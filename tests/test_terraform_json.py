"""Terraform's JSON syntax (`.tf.json`): a `genesyscloud_integration_action` resource there is read as in a .tf file,
at the positions of the JSON text. Its strings are Terraform templates: `${…}` is Terraform's interpolation (unknown),
`$${…}` a Velocity hole; a block may be an object or an array of objects; `genesyscloud_flow.<name>.id` links the
launch to that flow's Architect YAML (a flow resource in a .tf or .tf.json file of the module)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import terraform

from conftest import codes, counted_calls, flowlint

WORKFLOW = """\
workflow:
  name: Callback
  defaultLanguage: en-us
  startUpRef: "/workflow/states/state[Start_10]"
  variables:
    - stringVariable:
        name: Flow.phoneNumber
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""


def tf_json(template: Any, *, array: bool = False, flow: bool = False, url: str = "/api/v2/flows/executions") -> str:
    config: dict[str, Any] = {"request_url_template": url, "request_type": "POST", "request_template": template,
                              "headers": {"Content-Type": "application/json"}}
    action = {"name": "Launch", "category": "Genesys Cloud Data Action", "integration_id": "${var.integration_id}",
              "config_request": [config] if array else config}
    resources: dict[str, Any] = {"genesyscloud_integration_action": {"launch": [action] if array else action}}
    if flow:
        resources["genesyscloud_flow"] = {"callback": {"filepath": "${path.module}/flows/callback.yaml"}}
    return json.dumps({"resource": [resources] if array else resources}, indent=2) + "\n"


def run(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def at(found: dict[str, Any]) -> str:
    """The text a finding points at."""
    line = Path(str(found["file"])).read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


@pytest.mark.parametrize("array", [False, True], ids=["objects", "arrays"])
def test_a_data_action_in_tf_json_is_checked_at_its_json_positions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    array: bool) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json('{"flowID": "$${input.flowId}", "inputData": {"Flow.x": "$${input.x}"}}', array=array))
    for found in (run(path), run(tmp_path)):  # named and walked
        assert codes(found) == ["FL102"] and found[0]["file"].endswith("main.tf.json"), found
        assert at(found[0]).startswith('\\"flowID\\"')  # the member's key, inside the JSON string's escaping


@pytest.mark.parametrize("template", [
    '{"flowId": "${var.flow_id}", "inputData": {"Flow.count": ${var.count}}}',
    "${jsonencode({flowId = var.flow_id, type = \"workflow\"})}",
    '{"flowId": "$${input.flowId}"%{ if var.vip }, "inputData": {"Flow.vip": true}%{ endif }}',
])
def test_terraform_interpolation_is_unknown_never_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           template: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json(template))
    launches = terraform.extract(path.read_text(), str(path))
    assert len(launches) == 1 and launches[0].body_text is not None  # reached: read as a launch
    assert run(path) == []


def test_a_wrong_member_beside_an_interpolation_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json('{"flowId": "${var.flow_id}", "type": "workflow"}'))
    found = run(path)
    assert codes(found) == ["FL101"] and at(found[0]).startswith('\\"type\\"')


def test_the_flow_resource_links_the_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json('{"flowId": "${genesyscloud_flow.callback.id}", "inputData": {"Flow.phone": "$${input.p}"}}',
                            flow=True))
    launch = terraform.extract(path.read_text(), str(path))[0]
    assert (launch.flow_file or "").endswith("callback.yaml")
    found = run(path)
    assert codes(found) == ["FL202"] and "Flow.phone" in found[0]["message"]
    # the flow resource in a .tf file of the module links it as well
    path.write_text(tf_json('{"flowId": "${genesyscloud_flow.callback.id}", "inputData": {"Flow.phone": "$${input.p}"}}'))
    (tmp_path / "flows.tf").write_text('resource "genesyscloud_flow" "callback" {\n'
                                       '  filepath = "${path.module}/flows/callback.yaml"\n}\n')
    assert codes(run(path)) == ["FL202"]


def test_a_tf_json_file_without_a_data_action_gets_one_note_named_and_none_walked(tmp_path: Path) -> None:
    (tmp_path / "main.tf.json").write_text(json.dumps({"resource": {"genesyscloud_user": {"u": {"name": "a"}}}}))
    named = run(tmp_path / "main.tf.json")
    assert codes(named) == ["FL012"] and "genesyscloud_integration_action" in named[0]["message"]
    assert run(tmp_path) == []


@pytest.mark.parametrize("text", ["", "{", "[]", '{"resource": 1}', '{"resource": {"genesyscloud_integration_action": '
                                  '{"a": {"config_request": {"request_url_template": 5}}}}}', "null", '"x"',
                                  '{"resource": [{"genesyscloud_integration_action": [1, {"a": [null]}]}]}'])
def test_any_tf_json_text_is_read_without_crashing(text: str) -> None:
    assert terraform.extract(text, "x.tf.json") == []


def test_reading_many_actions_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each action's members are found in the JSON text without scanning the file again per action."""
    from validator.sources import json_source

    scanned = counted_calls(monkeypatch, json_source, "_value_end")

    def work(actions: int) -> int:
        resources = {f"a{n}": {"config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                                                 "request_template": '{"flowID": "$${input.flowId}"}'}} for n in range(actions)}
        scanned.clear()
        found = terraform.extract(json.dumps({"resource": {"genesyscloud_integration_action": resources}}, indent=2), "x.tf.json")
        assert len(found) == actions  # reached: every action read
        return len(scanned)

    small, large = work(100), work(400)
    assert 0 < large <= 4.5 * small, (small, large)
