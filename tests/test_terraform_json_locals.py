"""A `.tf.json` data action whose URL or template names a local (`"${local.x}"`, `"${jsonencode(local.x)}"`) is read
through it, as a .tf file's is: the local's value where the module declares it (this file's `locals`, or another .tf or
.tf.json file of the module directory), checked at that value's positions. A local whose value is not known is an
unknown value, never a finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import terraform

from conftest import codes, counted_calls, flowlint


def tf_json(template: Any, *, url: str = "/api/v2/flows/executions", local_values: dict[str, Any] | None = None,
            locals_as_array: bool = False) -> str:
    config = {"request_url_template": url, "request_type": "POST", "request_template": template,
              "headers": {"Content-Type": "application/json"}}
    document: dict[str, Any] = {}
    if local_values is not None:
        document["locals"] = [local_values] if locals_as_array else local_values
    document["resource"] = {"genesyscloud_integration_action": {"launch": {
        "name": "Launch", "category": "Genesys Cloud Data Action", "integration_id": "${var.integration_id}",
        "config_request": config}}}
    return json.dumps(document, indent=2) + "\n"


def run(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def at(found: dict[str, Any]) -> str:
    """The text a finding points at."""
    line = Path(str(found["file"])).read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


@pytest.mark.parametrize("as_array", [False, True], ids=["object", "array"])
def test_a_template_in_a_local_of_the_same_file_is_checked_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 as_array: bool) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.launch_body}", locals_as_array=as_array, local_values={
        "launch_body": '{"flowID": "$${input.flowId}", "inputData": {"Flow.x": "$${input.x}"}}'}))
    found = run(path)
    assert codes(found) == ["FL102"], found
    assert at(found[0]).startswith('\\"flowID\\"')  # in the local's string, where the mistake is written


def test_locals_naming_locals_are_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.outer}", url="${local.url}", local_values={
        "url": "${local.path}", "path": "/api/v2/flows/executions",
        "outer": "${local.inner}", "inner": '{"flowId": "$${input.flowId}", "type": "workflow"}'}))
    found = run(path)
    assert codes(found) == ["FL101"], found
    assert at(found[0]).startswith('\\"type\\"')


def test_jsonencode_of_a_local_object_is_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${jsonencode(local.body)}", local_values={
        "body": {"flowId": "$${input.flowId}", "configuration": {"flowId": "${var.flow_id}"},
                 "inputData": {"Flow.count": 3}}}))
    found = run(path)
    assert codes(found) == ["FL101"], found
    assert at(found[0]).startswith('"configuration"')


def test_a_local_declared_in_a_tf_file_of_the_module_is_read_there(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.launch_body}"))
    (tmp_path / "locals.tf").write_text(
        'locals {\n  launch_body = jsonencode({\n    flowId = "$${input.flowId}"\n    inputs = {}\n  })\n}\n')
    found = run(path)
    assert codes(found) == ["FL101"] and found[0]["file"].endswith("locals.tf"), found
    assert at(found[0]).startswith("inputs")


def test_a_local_declared_in_another_tf_json_file_is_read_there(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.launch_body}"))
    (tmp_path / "locals.tf.json").write_text(json.dumps(
        {"locals": {"launch_body": '{"flowId": "$${input.flowId}", "data": {}}'}}, indent=2) + "\n")
    found = run(path)
    assert codes(found) == ["FL101"] and found[0]["file"].endswith("locals.tf.json"), found
    assert at(found[0]).startswith('\\"data\\"')


@pytest.mark.parametrize("local_values", [
    {},  # declared nowhere
    {"launch_body": "${var.body}"},  # an input variable's value
    {"launch_body": "${local.launch_body}"},  # itself
    {"launch_body": 42},  # not a string: Terraform refuses it, not a launch body
    {"launch_body": '{"flowId": "${var.flow_id}", "inputData": {"Flow.x": ${var.x}}}'},
])
def test_a_local_not_known_is_never_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             local_values: dict[str, Any]) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.launch_body}", local_values=local_values))
    assert len(terraform.extract(path.read_text(), str(path))) == 1  # reached: read as a launch
    assert run(path) == []


def test_why_a_local_is_not_read_is_said_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(tf_json("${local.launch_body}", local_values={"other": "x"}))
    result = flowlint("check", "--no-cache", "-v", "--format", "json", str(path))
    found = json.loads(result.stdout)["diagnostics"]
    assert codes(found) == ["FL011"], found
    assert "`local.launch_body` is declared in no .tf or .tf.json file" in found[0]["message"], found


def test_many_actions_naming_locals_look_in_the_module_once_a_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """N actions naming the same local (declared in another file) and one each of their own (declared nowhere): the
    module's other files are searched once a name, not once an action and hop."""
    for other in range(5):
        (tmp_path / f"other{other}.tf").write_text(f'locals {{\n  shared = "x"\n  mine{other} = "y"\n}}\n')
    looked: list[int] = []
    for count in (50, 200):
        actions = {f"a{i}": {"config_request": {"request_url_template": "/api/v2/flows/executions",
                                                "request_type": "POST",
                                                "request_template": "${local.shared}" if i % 2 else f"${{local.n{i}}}"}}
                   for i in range(count)}
        text = json.dumps({"resource": {"genesyscloud_integration_action": actions}})
        calls = counted_calls(monkeypatch, terraform, "_may_declare")
        assert len(terraform.extract(text, str(tmp_path / "main.tf.json"))) == count  # reached: every action read
        looked.append(len(calls))
        monkeypatch.undo()
    # the 5 files searched once for each name declared nowhere (count / 2), and `shared` found in the first: linear in
    # the names, none searched again
    assert looked == [5 * 50 // 2 + 1, 5 * 200 // 2 + 1], looked
