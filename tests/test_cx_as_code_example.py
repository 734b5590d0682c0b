"""The CX-as-Code example repository (fixtures/cx-as-code): what `flowlint check .` says in it, and what --fix touches."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, flowlint

EXAMPLE = FIXTURES / "cx-as-code"
#: Every finding in the example, each a mistake put there on purpose: (file, line, code).
EXPECTED = [
    (".github/workflows/deploy.yml", 33, "FL203"),  # the smoke test's curl sends customerName without Flow.
    ("scripts/launch_callback.py", 20, "FL204"),  # "2" for the Integer Flow.attempt the workflow's YAML declares
    ("terraform/data_actions.tf", 42, "FL202"),  # Flow.attempts: the linked genesyscloud_flow's YAML has Flow.attempt
]
#: The files that launch a flow: the only ones a fix may change.
LAUNCHING = {".github/workflows/deploy.yml", "scripts/launch_callback.py", "terraform/data_actions.tf"}


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "cx-as-code"
    shutil.copytree(EXAMPLE, copy)
    monkeypatch.chdir(copy)  # its own .flowlint.toml maps the workflow's flow ID to its YAML
    return copy


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_the_example_has_the_files_of_a_cx_as_code_repository() -> None:
    files = {p.relative_to(EXAMPLE).as_posix() for p in EXAMPLE.rglob("*") if p.is_file()}
    assert {"terraform/main.tf", "terraform/data_actions.tf", "flows/callback-survey.yaml", "flows/main-ivr.yaml",
            "data-actions/Launch-Callback-Survey.custom.json", ".github/workflows/deploy.yml", ".flowlint.toml"} <= files


def test_check_finds_exactly_the_mistakes_put_there(example: Path) -> None:
    result = flowlint("check", "--format", "json", ".")
    assert result.exit_code == 1
    found = json.loads(result.stdout)["diagnostics"]
    assert [(Path(d["file"]).as_posix(), d["line"], d["code"]) for d in found] == EXPECTED


def test_fixing_changes_no_file_that_does_not_launch(example: Path) -> None:
    before = digests(example)
    flowlint("check", "--fix", "--unsafe-fixes", ".")
    after = digests(example)
    changed = {name for name in before if before[name] != after.get(name)}
    assert changed and changed <= LAUNCHING
    remaining = json.loads(flowlint("check", "--format", "json", ".").stdout)["diagnostics"]
    assert [d["code"] for d in remaining] == ["FL202"]  # a name only the author can choose: help, no fix
