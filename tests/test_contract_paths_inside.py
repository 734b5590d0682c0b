"""A contract file is read only inside the tree it is read for: a config's `flows` entry, and load_contract_file /
load_flow_yaml given `roots`, refuse a path leaving that tree by `..` and one leaving it through a symlink alike, with
a message that names the entry and shows nothing of the file out there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.contracts.architect import FlowYamls, load_flow_yaml
from validator.contracts.store import BrokenContract, Contract, load_contract_file
from validator.project.config import ConfigError, load_config

from conftest import flowlint

FLOW_ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
WORKFLOW = """\
workflow:
  name: Secret flow name
  variables:
    - stringVariable:
        name: Flow.secretInputName
        isInput: true
"""
SNAPSHOT = '{"flowId": "%s", "inputSchema": {"type": "object", "properties": {"Flow.secretInputName": {"type": "string"}}}}' \
    % FLOW_ID


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "flow.yaml").write_text(WORKFLOW)
    (tmp_path / "outside" / "flow.json").write_text(SNAPSHOT)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "body.json").write_text('{"flowId": "%s", "inputData": {"Flow.x": "y"}}\n' % FLOW_ID)
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def configure(project: Path, path: str) -> None:
    (project / ".flowlint.toml").write_text(f'[flows]\n"{FLOW_ID}" = "{path}"\n')


@pytest.mark.parametrize("how", ["dot-dot", "symlink"])
def test_a_config_flow_outside_the_project_is_refused_the_same_way(project: Path, how: str) -> None:
    if how == "symlink":
        os.symlink(project.parent / "outside" / "flow.yaml", project / "flow.yaml")
        configure(project, "flow.yaml")
    else:
        configure(project, "../outside/flow.yaml")
    with pytest.raises(ConfigError) as refused:
        load_config(project / ".flowlint.toml")
    assert f"flows.{FLOW_ID}" in str(refused.value) and "leaves the project" in str(refused.value), refused.value
    result = flowlint("check", "--no-cache", "body.json")
    assert result.exit_code == 2, result.output  # a usage error, before anything is read
    assert "leaves the project" in result.output and "secretInputName" not in result.output, result.output
    assert "Secret flow name" not in result.output


def test_a_config_flow_linked_inside_the_project_is_read(project: Path) -> None:
    (project / "flows").mkdir()
    (project / "flows" / "real.yaml").write_text(WORKFLOW)
    os.symlink(project / "flows" / "real.yaml", project / "flow.yaml")
    configure(project, "flow.yaml")
    assert load_config(project / ".flowlint.toml").flows == {FLOW_ID: "flow.yaml"}
    result = flowlint("check", "--no-cache", "body.json")
    assert result.exit_code == 1 and "FL202" in result.output, result.output  # the YAML is the contract: Flow.x unknown


@pytest.mark.parametrize("how", ["dot-dot", "symlink"])
@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_reading_a_contract_with_roots_refuses_both_ways_out(project: Path, how: str, suffix: str) -> None:
    outside = project.parent / "outside" / f"flow.{suffix}"
    if how == "symlink":
        os.symlink(outside, project / f"link.{suffix}")
        path = str(project / f"link.{suffix}")
    else:
        path = str(project / ".." / "outside" / f"flow.{suffix}")
    load = load_flow_yaml if suffix == "yaml" else load_contract_file
    with pytest.raises(BrokenContract) as refused:
        load(path, roots=(str(project),))
    assert "outside the checked tree" in str(refused.value) and "secretInputName" not in str(refused.value)
    assert isinstance(load(path), Contract)  # reached: without roots (a path a library call names) it is read


def test_a_flow_yaml_mapping_in_code_keeps_to_its_roots(project: Path) -> None:
    flows = FlowYamls({FLOW_ID: "../outside/flow.yaml"}, roots=(str(project),))
    found = flows.get(FLOW_ID)
    assert isinstance(found, BrokenContract) and "outside the checked tree" in str(found), found
    inside = FlowYamls({FLOW_ID: "sub/../../outside/flow.yaml"}, roots=(str(project.parent),))
    assert isinstance(inside.get(FLOW_ID), Contract)  # a `..` that stays inside the roots is read


@pytest.mark.parametrize("how", ["dot-dot", "symlink"])
def test_a_config_store_outside_the_project_is_refused_the_same_way(project: Path, how: str) -> None:
    store = project.parent / "outside" / "store"
    store.mkdir()
    (store / f"{FLOW_ID}.json").write_text(SNAPSHOT)
    if how == "symlink":
        os.symlink(store, project / "store")
        (project / ".flowlint.toml").write_text('contracts = "store"\n')
    else:
        (project / ".flowlint.toml").write_text('contracts = "../outside/store"\n')
    result = flowlint("check", "--no-cache", "body.json")
    assert result.exit_code == 2 and "leaves the project" in result.output, result.output
    assert "secretInputName" not in result.output


def test_a_store_named_on_the_command_line_is_read_wherever_it_is(project: Path) -> None:
    store = project.parent / "outside" / "store"
    store.mkdir()
    (store / f"{FLOW_ID}.json").write_text(SNAPSHOT)
    result = flowlint("check", "--no-cache", "--contracts", str(store), "body.json")
    assert result.exit_code == 1 and "FL202" in result.output, result.output  # the user named it: read
