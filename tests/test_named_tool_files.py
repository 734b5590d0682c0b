"""Another tool's file named on the command line (tsconfig.json, jsconfig.json, composer.json, .eslintrc.json,
docker-compose.yml…) is no launch body by its name: an FL012 note says so, as package.json's does. Before, it was
judged as one (FL103, and an FL102 per key). Any other name is still a payload when named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

TOOL_FILES = {
    "tsconfig.json": {"compilerOptions": {"target": "es2020", "paths": {"@genesys/*": ["src/genesys/*"]}}},
    "jsconfig.json": {"compilerOptions": {"baseUrl": "."}},
    "composer.json": {"name": "acme/launcher", "require": {"php": ">=8.1"}},
    ".eslintrc.json": {"extends": "eslint:recommended", "flowId": UUID},
    "tsconfig.build.json": {"extends": "./tsconfig.json"},
}


@pytest.mark.parametrize("name", sorted(TOOL_FILES))
def test_a_named_tool_file_gets_a_note_not_errors(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(json.dumps(TOOL_FILES[name]))
    said = diagnostics("--no-cache", name)
    assert [(d["code"], d["severity"]) for d in said] == [("FL012", "info")]
    assert name in said[0]["message"] and "no launch body" in said[0]["message"]
    before = (tmp_path / name).read_bytes()
    assert flowlint("check", "--fix", "--unsafe-fixes", name).exit_code == 0
    assert (tmp_path / name).read_bytes() == before


def test_any_other_named_file_is_still_a_payload(tmp_path: Path) -> None:
    # (one naming no launch key that is not shaped as a launch, a tool's settings under a name of its own with the
    # `name` any record has, is said to be none: FL012; tests/test_named_records_not_launches.py)
    (tmp_path / "cli-settings.json").write_text(json.dumps({"compilerOptions": {"target": "es2020"}, "name": "cli"}))
    (tmp_path / "manifest.json").write_text(json.dumps({"flowId": UUID, "type": "x"}))  # a name a person may give a body
    said = diagnostics("--no-cache", "cli-settings.json", "manifest.json")
    assert {(d["file"], d["code"]) for d in said if d["code"] != "FL200"} == {
        ("cli-settings.json", "FL012"), ("manifest.json", "FL101")}
