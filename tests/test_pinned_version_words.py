"""A flowVersion written as no platform version ID (`"3"`, `"v3"`, `"latest"`) gets help that can work (review R27):
it was told to `flowlint pull … --version 3` (or `latest`), versions flowlint itself says never exist (platform version
IDs are written "3.0", docs/limits.md; the latest published version is launched by leaving flowVersion out). Any other
version keeps the pull command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, UUID, diagnostics

OTHER = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"  # a flow the store holds no contract of


def _checked(tmp_path: Path, flow: str, version: str) -> list[dict[str, Any]]:
    shutil.copytree(ROOT / ".flowlint" / "flows", tmp_path / ".flowlint" / "flows")
    (tmp_path / ".flowlint.toml").write_text("")
    body = tmp_path / "launch.json"
    body.write_text(json.dumps({"flowId": flow, "flowVersion": version, "inputData": {}}))
    return [d for d in diagnostics("--no-cache", str(body)) if d["code"] in ("FL200", "FL207")]


@pytest.mark.parametrize("written", ["7", "v7", "V7"])
def test_a_bare_number_is_asked_whether_it_means_its_version_id(tmp_path: Path, written: str) -> None:
    (found,) = _checked(tmp_path, UUID, written)
    assert found["code"] == "FL207"  # reached: checked against another version's contract (3.0)
    assert 'did you mean "7.0"?' in found["help"] and "--version 7.0`" in found["help"], found["help"]
    assert f"--version {written}`" not in found["help"]


def test_a_bare_number_whose_version_id_was_checked_against_is_told_so(tmp_path: Path) -> None:
    (found,) = _checked(tmp_path, UUID, "3")  # (the store's contract is version 3.0's)
    assert found["code"] == "FL207" and found["help"] == (
        'did you mean "3.0"? Platform version IDs are written so, never "3"; the inputs were checked against its contract')


def test_latest_is_told_to_leave_flow_version_out(tmp_path: Path) -> None:
    (found,) = _checked(tmp_path, UUID, "latest")
    assert found["code"] == "FL207"
    assert "leave flowVersion out" in found["help"] and "--version" not in found["help"], found["help"]


@pytest.mark.parametrize(("written", "words"), [("3", 'did you mean "3.0"? '), ("latest", "leave flowVersion out")])
def test_a_flow_with_no_contract_gets_the_same_words(tmp_path: Path, written: str, words: str) -> None:
    (found,) = _checked(tmp_path, OTHER, written)
    assert found["code"] == "FL200" and words in found["help"], found
    assert f"--version {written}`" not in found["help"]


def test_a_version_id_keeps_its_pull_command(tmp_path: Path) -> None:
    (found,) = _checked(tmp_path, UUID, "7.0")
    assert found["code"] == "FL207" and f"`flowlint pull {UUID} --version 7.0`" in found["help"], found
