"""A walked file only guessed to be a body: --fix never renames or moves its own keys (it may be another program's
settings, read by those names); renames of its inputs stay safe; the same file named is fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID2, flowlint

SETTINGS = f'{{\n  "FlowId": "{UUID2}",\n  "Name": "n"\n}}\n'


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "settings.json"
    path.write_text(SETTINGS, encoding="utf-8")
    return path


def _findings(*args: str) -> list[dict[str, object]]:
    result = flowlint("check", "--format", "json", *args)
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


@pytest.mark.parametrize("unsafe", [(), ("--unsafe-fixes",)])
def test_fix_leaves_a_guessed_files_own_keys(settings: Path, unsafe: tuple[str, ...]) -> None:
    result = flowlint("check", "--fix", *unsafe, ".")
    assert result.exit_code == 1, result.output  # the errors stay errors: a withheld fix never weakens a check
    assert "`FlowId` is not a member of the launch request" in result.output
    assert "help: rename it `flowId`" in result.output and "fix: rename" not in result.output
    assert settings.read_text(encoding="utf-8") == SETTINGS


def test_a_guessed_files_key_renames_are_not_offered(settings: Path) -> None:
    found = _findings(".")
    assert {d["code"] for d in found} == {"FL102"}  # the file was judged as a body
    assert all(d["fix"] is None for d in found)
    assert "fixable" not in flowlint("check", ".").output
    assert flowlint("check", "--diff", ".").stdout == ""


def test_the_same_file_named_is_fixed(settings: Path) -> None:
    assert [d["fix"]["applicability"] for d in _findings("settings.json")] == ["safe", "safe"]  # type: ignore[index]
    result = flowlint("check", "--fix", "settings.json")
    assert result.exit_code == 0, result.output
    assert json.loads(settings.read_text(encoding="utf-8")) == {"flowId": UUID2, "name": "n"}


def test_a_guessed_bodys_input_renames_stay_safe(settings: Path) -> None:
    settings.write_text(json.dumps({"flowId": UUID2, "inputData": {"phone": "1"}}), encoding="utf-8")
    result = flowlint("check", "--fix", ".")
    assert result.exit_code == 0, result.output
    assert json.loads(settings.read_text(encoding="utf-8"))["inputData"] == {"Flow.phone": "1"}


def test_a_guessed_file_holding_the_launchs_input_data_is_surely_a_body(settings: Path) -> None:
    settings.write_text(json.dumps({"flow_id": UUID2, "inputData": {"Flow.phone": "1"}}), encoding="utf-8")
    result = flowlint("check", "--fix", ".")
    assert result.exit_code == 0, result.output
    assert json.loads(settings.read_text(encoding="utf-8")) == {"flowId": UUID2, "inputData": {"Flow.phone": "1"}}
