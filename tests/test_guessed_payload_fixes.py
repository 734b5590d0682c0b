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


MIXED = f'{{\n  "FlowId": "{UUID2}",\n  "Name": "n",\n  "flowVersion": 3.0\n}}\n'
MIXED_YAML = f'FlowId: {UUID2}   # read by the app\nName: n\nflowVersion: 3.0\n'


@pytest.mark.parametrize(("file", "text", "fixed"), [
    ("settings.json", MIXED, MIXED.replace("3.0", '"3.0"')),
    ("settings.yaml", MIXED_YAML, MIXED_YAML.replace("3.0", '"3.0"')),
])
def test_fix_applies_a_guessed_files_other_fixes_and_withholds_its_key_renames(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, text: str, fixed: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--fix", ".")
    assert result.exit_code == 1, result.output  # FlowId and Name are still errors
    assert path.read_text(encoding="utf-8") == fixed  # the value fixed, every key as it was
    assert "fixed 1 finding" in result.output
    assert "help: rename it `flowId` (names are case-sensitive); not applied by --fix: a walked file only guessed" \
        in result.output
    assert "\n  fix:" not in result.output and "\n  fix (unsafe):" not in result.output


def test_text_json_sarif_and_diff_agree_on_what_a_guessed_file_has_fixable(settings: Path) -> None:
    settings.write_text(MIXED, encoding="utf-8")
    text = flowlint("check", ".").output
    assert "1 fixable with `flowlint check --fix`" in text and text.count("not applied by --fix") == 2
    assert "fix: quote it" in text
    found = {d["code"]: d for d in _findings(".")}
    assert found["FL105"]["fix"] is not None and found["FL102"]["fix"] is None
    assert "not applied by --fix" in str(found["FL102"]["help"])
    sarif = json.loads(flowlint("check", "--format", "sarif", ".").stdout)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"FL102", "FL105"}
    assert [r["ruleId"] for r in results if r.get("fixes")] == ["FL105"]
    diff = flowlint("check", "--diff", ".").stdout
    assert [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        '-  "flowVersion": 3.0', '+  "flowVersion": "3.0"']
    assert settings.read_text(encoding="utf-8") == MIXED  # --diff changed nothing
