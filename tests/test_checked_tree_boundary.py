"""Every file a source names (a Terraform flow's `filepath`, a templatefile() template, a request file's body file) is
read only inside the checked tree, the paths the run was given: one leaving it by `..` or through a symlink is not
read. A flow YAML beside the checked directory (inside the working directory) is no contract: the launch gets the
FL200 note a launch with no YAML gets, never a finding built from that YAML."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

WORKFLOW = """\
workflow:
  name: Follow-up workflow
  startUpRef: "/workflow/states/state[Start_10]"
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: Flow.customerName
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""
MAIN_TF = """\
resource "genesyscloud_flow" "f" {
  filepath = "${path.module}/%s"
}
resource "genesyscloud_integration_action" "a" {
  name = "a"
  category = "x"
  integration_id = "y"
  contract_input = "{}"
  contract_output = "{}"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type = "POST"
    request_template = "{\\"flowId\\": \\"${genesyscloud_flow.f.id}\\", \\"inputData\\": {\\"Flow.nope\\": 1}}"
  }
}
"""


def diagnostics(*paths: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *paths)
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return found


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "followup.yaml").write_text(WORKFLOW)
    (tmp_path / "tf").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_whole_tree_checked_reads_the_yaml(tree: Path) -> None:
    (tree / "tf" / "main.tf").write_text(MAIN_TF % "../flows/followup.yaml")
    found = diagnostics(".")
    assert [d["code"] for d in found] == ["FL202"], found  # the YAML is read when it is inside what is checked


@pytest.mark.parametrize("named", ["tf", "tf/main.tf"])
def test_a_yaml_beside_the_checked_directory_is_no_contract(tree: Path, named: str) -> None:
    (tree / "tf" / "main.tf").write_text(MAIN_TF % "../flows/followup.yaml")
    found = diagnostics(named)
    assert [d["code"] for d in found] == ["FL200"], found
    assert "outside the checked tree" in found[0]["message"], found
    assert "customerName" not in json.dumps(found) and "Follow-up workflow" not in json.dumps(found)


def test_a_yaml_linked_out_of_the_checked_directory_is_no_contract(tree: Path) -> None:
    os.symlink(tree / "flows" / "followup.yaml", tree / "tf" / "followup.yaml")
    (tree / "tf" / "main.tf").write_text(MAIN_TF % "followup.yaml")
    found = [d for d in diagnostics("tf") if d["code"] != "FL010"]  # (FL010: the walk passes the link by)
    assert [d["code"] for d in found] == ["FL200"], found
    assert "customerName" not in json.dumps(found)
