"""A Terraform launch's linked flow YAML (`genesyscloud_flow`'s `filepath`) is read only inside the checked tree: one
reached by `..` or through a symlink out of it is not read, and a note (FL200) says why; no finding is built from it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from validator.checker.launches import linked_contract
from validator.contracts.store import Contract
from validator.sources.document import Limits

from conftest import codes, flowlint

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
TEMPLATE = '{\\"flowId\\": \\"${genesyscloud_flow.callback.id}\\", \\"inputData\\": {\\"Flow.phoneNumbr\\": \\"$${input.phone}\\"}}'


def tf_json(filepath: str) -> str:
    return json.dumps({"resource": {
        "genesyscloud_flow": {"callback": {"filepath": filepath}},
        "genesyscloud_integration_action": {"launch": {"name": "Launch", "category": "Genesys Cloud Data Action",
            "config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                               "headers": {"Content-Type": "application/json"},
                               "request_template": json.loads(f'"{TEMPLATE}"')}}}}})


def tf(filepath: str) -> str:
    return f"""\
resource "genesyscloud_flow" "callback" {{
  filepath = "{filepath}"
}}
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Action"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = "{TEMPLATE}"
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


def run() -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--no-cache", "--format", "json", ".")
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "callback.yaml").write_text(WORKFLOW)
    (tmp_path / "mod").mkdir()
    monkeypatch.chdir(tmp_path / "mod")
    return tmp_path / "mod"


@pytest.mark.parametrize(("name", "write"), [("main.tf.json", tf_json), ("main.tf", tf)])
def test_a_flow_yaml_inside_the_tree_checks_the_inputs(tree: Path, name: str, write: Any) -> None:
    (tree / "flows").mkdir()
    (tree / "flows" / "callback.yaml").write_text(WORKFLOW)
    (tree / name).write_text(write("${path.module}/flows/callback.yaml"))
    exit_code, found = run()
    assert exit_code == 1 and codes(found) == ["FL202"]  # the linked YAML is read: the check below can fail


@pytest.mark.parametrize(("name", "write"), [("main.tf.json", tf_json), ("main.tf", tf)])
def test_a_flow_yaml_reached_by_dot_dot_is_not_read(tree: Path, name: str, write: Any) -> None:
    (tree / name).write_text(write("${path.module}/../outside/callback.yaml"))
    exit_code, found = run()
    assert exit_code == 0 and codes(found) == ["FL200"], found
    assert "outside the checked tree" in found[0]["message"] and "phoneNumber" not in json.dumps(found)


def test_a_flow_yaml_linked_out_of_the_tree_is_the_same_note(tree: Path) -> None:
    os.symlink(tree.parent / "outside" / "callback.yaml", tree / "cb.yaml")
    (tree / "main.tf.json").write_text(tf_json("${path.module}/cb.yaml"))
    exit_code, found = run()
    assert exit_code == 0 and sorted(codes(found)) == ["FL010", "FL200"], found  # FL010: the walk met the link
    note = next(d for d in found if d["code"] == "FL200")
    assert "outside the checked tree" in note["message"] and str(tree.parent / "outside") not in note["message"]


def test_without_roots_a_named_path_is_read(tree: Path) -> None:
    path = str(tree.parent / "outside" / "callback.yaml")
    assert isinstance(linked_contract(path, Limits()), Contract)  # a library call names its file: no tree to keep to


def test_a_project_named_from_outside_it_reads_its_flow_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Naming the module's file from a working directory outside it (`cd /elsewhere && flowlint check /abs/main.tf`):
    # the named file's directory is the checked tree, so its flow YAML is read there, not refused as an internal
    # error (FL901, exit 3) because the working directory does not hold it.
    project = tmp_path / "project"
    (project / "flows").mkdir(parents=True)
    (project / "flows" / "callback.yaml").write_text(WORKFLOW)
    (project / "main.tf").write_text(tf("${path.module}/flows/callback.yaml"))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = flowlint("check", "--no-cache", "--format", "json", str(project / "main.tf"))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 1 and codes(found) == ["FL202"], found  # the linked YAML is read: Flow.phoneNumbr
