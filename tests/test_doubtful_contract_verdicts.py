"""No error and no safe fix rests on a contract flowlint itself calls doubtful (FL209: it declares inputs without the
`Flow.` prefix, so it may not be the flow's): what it would refuse is said in FL209, a warning, with no fix. A contract
read from the repository's Architect YAML is mended there: FL209's and FL202's help name that file, not `flowlint pull`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW_ID = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
YAML = """\
workflow:
  name: Hand made
  startUpRef: "/workflow/states/state[S_10]"
  defaultLanguage: en-us
  variables:
%s
  states:
    - state:
        name: S
        refId: S_10
        actions:
          - endWorkflow:
              name: End
"""
VARIABLE = """\
    - %sVariable:
        name: %s
        initialValue:
          noValue: true
        isInput: true
"""


def run(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".flowlint.toml").write_text(f'[flows]\n"{FLOW_ID}" = "flows/wf.yaml"\n')
    (tmp_path / "flows").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def declare(project: Path, *variables: tuple[str, str]) -> None:
    (project / "flows" / "wf.yaml").write_text(YAML % "".join(VARIABLE % variable for variable in variables))


def test_a_doubtful_contract_gives_no_error_and_no_fix(project: Path) -> None:
    declare(project, ("string", "customerName"), ("integer", "Flow.count"))
    (project / "launch.json").write_text(json.dumps(
        {"flowId": FLOW_ID, "inputData": {"Flow.customerName": "Ann", "Flow.count": "x"}}))
    exit_code, found = run("launch.json")
    assert [d["code"] for d in found] == ["FL209"], found
    assert found[0]["severity"] == "warning" and found[0]["fix"] is None
    # what the contract refuses is still said, in the warning: nothing checked is hidden
    assert "`Flow.customerName`" in found[0]["message"] and "`Flow.count`" in found[0]["message"], found[0]["message"]
    assert exit_code == 0  # no error


def test_the_reviewers_case_mismatch_against_a_doubtful_yaml_is_no_error(project: Path) -> None:
    declare(project, ("integer", "flow.count"))
    (project / "launch.json").write_text(json.dumps({"flowId": FLOW_ID, "inputData": {"Flow.count": 4}}))
    _, found = run("launch.json")
    assert found and all(d["severity"] != "error" for d in found), found
    assert all(d["fix"] is None or d["fix"]["applicability"] != "safe" for d in found), found
    fixed = flowlint("check", "--no-cache", "--fix", "launch.json")
    assert json.loads((project / "launch.json").read_text())["inputData"] == {"Flow.count": 4}, fixed.output


def test_fl209_help_names_the_yaml_it_read(project: Path) -> None:
    declare(project, ("string", "customerName"))
    (project / "launch.json").write_text(json.dumps({"flowId": FLOW_ID}))
    _, found = run("launch.json")
    doubt = next(d for d in found if d["code"] == "FL209")
    assert "flows/wf.yaml" in doubt["help"] and "flowlint pull" not in doubt["help"], doubt


def test_fl202_help_names_the_yaml_it_read(project: Path) -> None:
    declare(project, ("string", "Flow.customerName"))
    (project / "launch.json").write_text(json.dumps({"flowId": FLOW_ID, "inputData": {"Flow.nope": 1}}))
    _, found = run("launch.json")
    unknown = next(d for d in found if d["code"] == "FL202")
    assert "flows/wf.yaml" in unknown["help"] and "flowlint pull" not in unknown["help"], unknown
