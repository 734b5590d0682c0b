"""A Terraform file named on the command line (the pre-commit hook's `check --quiet --force-exclude -- FILE`,
`flowlint check FILE`, a subdirectory) or open in the editor reads the Architect YAML its `genesyscloud_flow` links in
another directory of the project, as `flowlint check .` from the project's root does (review F16's second half): the
launch's FL202 was an FL200 note ("outside the checked tree"), which --quiet hides. The project is the config's
directory, else the git work tree; a YAML outside it (or with no project known, outside the paths named) is still no
contract (tests/test_checked_tree_boundary.py)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_checked_tree_boundary import MAIN_TF, WORKFLOW

from conftest import flowlint


def _codes(*args: str) -> list[tuple[str, str]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return sorted((d["file"], d["code"]) for d in found)


def _project(root: Path, how: str, yaml_at: str = "flows/followup.yaml") -> None:
    (root / "tf").mkdir(parents=True)
    (root / yaml_at).parent.mkdir(parents=True, exist_ok=True)
    (root / yaml_at).write_text(WORKFLOW)
    (root / "tf" / "main.tf").write_text(MAIN_TF % os.path.relpath(root / yaml_at, root / "tf"))
    if how == "config":
        (root / ".flowlint.toml").write_text("")
    else:
        subprocess.run(["git", "init", "-q", str(root)], check=True)


@pytest.mark.parametrize("how", ["config", "git"])
@pytest.mark.parametrize("named", [("tf/main.tf",), ("--quiet", "--force-exclude", "--", "tf/main.tf"), ("tf",)])
def test_a_named_terraform_file_reads_its_flow_yaml_in_the_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, named: tuple[str, ...]) -> None:
    _project(tmp_path, how)
    monkeypatch.chdir(tmp_path)
    assert _codes(".") == [("tf/main.tf", "FL202")]  # reached: the walk of the project reads the YAML
    assert _codes(*named) == [("tf/main.tf", "FL202")]


def test_a_flow_yaml_outside_the_project_is_still_no_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    _project(project, "git", yaml_at="../flows/followup.yaml")
    assert (tmp_path / "flows" / "followup.yaml").exists()  # (beside the work tree, not in it)
    monkeypatch.chdir(project)
    assert _codes("tf/main.tf") == [("tf/main.tf", "FL200")]


def test_a_flow_yaml_linked_out_of_the_project_is_still_no_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    _project(project, "git")
    (tmp_path / "elsewhere").mkdir()
    os.replace(project / "flows" / "followup.yaml", tmp_path / "elsewhere" / "followup.yaml")
    os.symlink(tmp_path / "elsewhere" / "followup.yaml", project / "flows" / "followup.yaml")
    monkeypatch.chdir(project)
    found = _codes("tf/main.tf")
    assert found == [("tf/main.tf", "FL200")], found


@pytest.mark.parametrize("how", ["config", "git"])
def test_the_editor_reads_the_flow_yaml_in_the_project(tmp_path: Path, how: str) -> None:
    from validator.lsp.server import check

    _project(tmp_path, how)
    path = tmp_path / "tf" / "main.tf"
    assert [d.code for d in check(str(path), path.read_text())] == ["FL202"]
