"""YAML 1.1 and 1.2: `yaml-version` chooses the reading that is checked; FL006 says how each version reads a value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.yaml_versions import read_core

from conftest import UUID, flowlint

BODY = f'flowId: "{UUID}"\ninputData:\n  Flow.priority: low\n  Flow.{{name}}: {{value}}\n'


def check(name: str, value: str, *options: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--format", "json", *options, "--stdin-filename", "b.yaml", "-",
                      input=BODY.format(name=name, value=value))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL201"]  # the required customerName


@pytest.mark.parametrize(("text", "value"), [
    ("yes", "yes"), ("on", "on"), ("No", "No"), ("true", True), ("False", False), ("TRUE", True), ("~", None), ("null", None),
    ("", None), ("010", 10), ("0o17", 15), ("0x1F", 31), ("1e3", 1000.0), ("-1.5", -1.5), (".5", 0.5), ("12:30", "12:30"),
    ("1_000", "1_000"), ("0b101", "0b101"), ("2026-03-29", "2026-03-29"), ("+12", 12),
])
def test_yaml_1_2_core_schema(text: str, value: Any) -> None:
    assert read_core(text) == value and type(read_core(text)) is type(value)


@pytest.mark.parametrize(("name", "value", "reading_11", "reading_12"), [
    ("isVip", "on", "the boolean true", 'the text "on"'),
    ("orderCount", "010", "the octal number 8", "the number 10"),
    ("amount", "1e3", 'the text "1e3"', "the number 1000.0"),
    ("customerName", "12:30", "the base-60 number 750", 'the text "12:30"'),
    ("dates", "[2026-03-29]", "a date", 'the text "2026-03-29"'),
])
@pytest.mark.parametrize("version", ["1.1", "1.2"])
def test_a_value_the_versions_read_differently_is_flagged_whichever_is_chosen(
        name: str, value: str, reading_11: str, reading_12: str, version: str) -> None:
    found = [d for d in check(name, value, "--yaml-version", version) if d["line"] == 4]
    assert found, f"{value} is read differently by YAML 1.1 and 1.2: it must be flagged under {version}"
    message = found[0]["message"]
    assert f"is {reading_11} to YAML 1.1 readers such as PyYAML" in message
    assert f"{reading_12} to YAML 1.2 readers such as js-yaml 4, yq v4 and Go yaml.v3" in message
    assert f"checked as YAML {version}" in message


def test_the_body_checked_is_the_one_the_chosen_version_produces() -> None:
    # The flow declares isVip a Boolean: YAML 1.1 sends true (fine, a warning), YAML 1.2 sends "on" (an error).
    assert [(d["code"], d["severity"]) for d in check("isVip", "on")] == [("FL006", "warning")]
    assert [d["code"] for d in check("isVip", "on", "--yaml-version", "1.2")] == ["FL204"]
    # orderCount is an Integer: 010 is 8 (1.1) or 10 (1.2) — a number either way, flagged either way.
    assert [d["code"] for d in check("orderCount", "010", "--yaml-version", "1.2")] == ["FL006"]
    # customerName is a String: `yes` is a boolean in 1.1 (an error), the text in 1.2 (a warning only).
    assert [d["code"] for d in check("customerName", "yes")] == ["FL204"]
    assert [(d["code"], d["severity"]) for d in check("customerName", "yes", "--yaml-version", "1.2")] == [("FL006", "warning")]


def test_keys_too() -> None:
    text = f'flowId: "{UUID}"\ninputData:\n  Flow.customerName: "Ana"\n  yes: 1\n'
    for version, pointer in (("1.1", "/inputData/true"), ("1.2", "/inputData/yes")):
        result = flowlint("check", "--format", "json", "--yaml-version", version, "--stdin-filename", "b.yaml", "-", input=text)
        found = json.loads(result.stdout)["diagnostics"]
        assert [d["pointer"] for d in found] == [pointer]
        assert "the unquoted key yes is the boolean true to YAML 1.1 readers" in found[0]["message"]


def test_values_both_versions_agree_on_are_not_flagged() -> None:
    for value in ("true", "42", "3.5", "null", "hello", "'on'", '"010"'):
        assert [d for d in check("details", value, "--yaml-version", "1.2") if d["code"] == "FL006"] == []
        assert [d for d in check("details", value) if d["code"] == "FL006"] == []


def test_yaml_version_in_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".flowlint.toml").write_text('contracts = "flows"\nyaml-version = "1.2"\n')
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / f"{UUID}.json").write_text(json.dumps({"inputSchema": {"properties": {"Flow.isVip": {"type": "boolean"}}}}))
    (tmp_path / "b.yaml").write_text(f'flowId: "{UUID}"\ninputData:\n  Flow.isVip: on\n')
    result = flowlint("check", "--format", "json", "b.yaml")
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL204"]
    result = flowlint("check", "--format", "json", "--yaml-version", "1.1", "b.yaml")  # the option wins
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL006"]
    (tmp_path / ".flowlint.toml").write_text('yaml-version = "1.3"\n')
    result = flowlint("check", "b.yaml")
    assert result.exit_code == 2 and "yaml-version" in result.stderr
