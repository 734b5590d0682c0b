"""A JSON/YAML file reached by walking a directory is a launch body only by a guess (its keys), so its unsafe fixes are
never applied, even with --unsafe-fixes (docs/fixing.md): that stays. Before, its help line did not say so, and
`--fix --unsafe-fixes dir/` left the move undone in silence ("nothing to fix"); now the help says why and how to take
it (name the file, or match it with `include`). The same file named is fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
BODY = {"configuration": {"flowId": FLOW, "inputData": {"Flow.x": 1}}}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "payloads").mkdir()
    (tmp_path / "payloads" / "launch.json").write_text(json.dumps(BODY) + "\n")
    return tmp_path / "payloads" / "launch.json"


def test_a_walked_files_unsafe_move_is_help_saying_why(tree: Path) -> None:
    before = tree.read_text()
    result = flowlint("check", "--fix", "--unsafe-fixes", "--no-color", "payloads")
    assert "FL101" in result.output and "help: move `configuration.flowId`" in result.output, result.output  # reached
    assert "not applied by --fix --unsafe-fixes: a walked file only guessed to be a launch body" in result.output
    assert tree.read_text() == before
    [shown] = [d for d in json.loads(flowlint("check", "--format", "json", "payloads").stdout)["diagnostics"]
               if d["code"] == "FL101"]
    assert shown["fix"] is None and "name the file or match it with `include`" in shown["help"]


def test_the_same_file_named_is_moved(tree: Path) -> None:
    flowlint("check", "--fix", "--unsafe-fixes", str(tree))
    assert json.loads(tree.read_text()) == {"flowId": FLOW, "inputData": {"Flow.x": 1}}
