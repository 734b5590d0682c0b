"""A YAML file's own `%YAML 1.1` or `%YAML 1.2` directive wins over `yaml-version` for that file (a payload, an
Architect flow, an OpenAPI document's examples): values the two versions read differently are checked as the version
the file declares. A directive naming a version flowlint does not know is an FL006 warning at the directive, and the
file is checked as `yaml-version` says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.contracts.architect import read_flow
from validator.sources.yaml_source import ParsedYaml, parse

from conftest import UUID, flowlint

# Each value YAML 1.1 and YAML 1.2 read differently, and how each reads it.
DIFFERING = [
    ("yes", True, "yes"), ("off", False, "off"), ("0777", 511, 777), ("1_000", 1000, "1_000"), ("12:30", 750, "12:30"),
    ("1e3", "1e3", 1000.0), ("2026-03-29", "2026-03-29", "2026-03-29"),
]


def _read(text: str, version: str) -> ParsedYaml:
    parsed = parse(text, max_nodes=1000, max_depth=50, version=version)
    assert isinstance(parsed, ParsedYaml), parsed
    return parsed


@pytest.mark.parametrize(("written", "as_11", "as_12"), DIFFERING)
@pytest.mark.parametrize("setting", ["1.1", "1.2"])
def test_the_files_directive_chooses_the_reading_of_each_value(written: str, as_11: Any, as_12: Any, setting: str) -> None:
    for directive, expected in (("1.1", as_11), ("1.2", as_12)):
        parsed = _read(f"%YAML {directive}\n---\nflowId: x\ninputData:\n  Flow.v: {written}\n", setting)
        value = parsed.value["inputData"]["Flow.v"]
        assert value == expected and type(value) is type(expected), (directive, setting, value)
        assert parsed.version == directive
        note = parsed.notes[("inputData", "Flow.v")][0]  # still flagged: converters that ignore the directive exist
        assert f"checked as YAML {directive} (the file's %YAML {directive})" in note
    plain = _read(f"flowId: x\ninputData:\n  Flow.v: {written}\n", setting)  # no directive: the setting
    assert plain.version == setting and f"checked as YAML {setting} (yaml-version)" in plain.notes[("inputData", "Flow.v")][0]


def _check(text: str, *options: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *options, "--stdin-filename", "b.yaml", "-", input=text)
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"]]


BODY = f'flowId: "{UUID}"\ninputData:\n  Flow.customerName: yes\n  Flow.isVip: on\n  Flow.orderCount: 0777\n'


def test_a_payload_is_checked_as_the_version_it_declares_whatever_the_setting() -> None:
    # customerName is a String, isVip a Boolean, orderCount an Integer (the repository's store).
    as_12 = {("FL204", "/inputData/Flow.isVip"), ("FL006", "/inputData/Flow.customerName"), ("FL006", "/inputData/Flow.orderCount")}
    as_11 = {("FL204", "/inputData/Flow.customerName"), ("FL006", "/inputData/Flow.isVip"), ("FL006", "/inputData/Flow.orderCount")}
    for setting in ("1.1", "1.2"):
        said = _check("%YAML 1.2\n---\n" + BODY, "--yaml-version", setting)
        assert {(d["code"], d["pointer"]) for d in said} == as_12, said
        assert all("the file's %YAML 1.2" in d["message"] for d in said)
        said = _check("%YAML 1.1\n---\n" + BODY, "--yaml-version", setting)
        assert {(d["code"], d["pointer"]) for d in said} == as_11, said
    assert {(d["code"], d["pointer"]) for d in _check(BODY, "--yaml-version", "1.2")} == as_12  # (the setting, without one)
    assert {(d["code"], d["pointer"]) for d in _check(BODY)} == as_11


def test_the_config_setting_gives_way_to_the_directive_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".flowlint.toml").write_text('yaml-version = "1.1"\ncontracts = "store"\n')
    (tmp_path / "store").mkdir()
    store = Path(__file__).parent.parent / ".flowlint" / "flows"
    (tmp_path / "store" / f"{UUID}.json").write_bytes((store / f"{UUID}.json").read_bytes())
    (tmp_path / "b.yaml").write_text("%YAML 1.2\n---\n" + BODY)
    result = flowlint("check", "--no-cache", "--format", "json", "b.yaml")
    said = {(d["code"], d["pointer"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert ("FL204", "/inputData/Flow.isVip") in said and ("FL204", "/inputData/Flow.customerName") not in said


def test_a_fix_is_made_and_proven_as_the_file_declares(tmp_path: Path) -> None:
    body = tmp_path / "b.yaml"
    body.write_text("%YAML 1.1\n---\n" + BODY)
    result = flowlint("check", "--no-cache", "--fix", "--yaml-version", "1.2", str(body))
    fixed = body.read_text()
    assert fixed.startswith("%YAML 1.1\n---\n") and 'Flow.customerName: "yes"' in fixed, (result.output, fixed)
    assert "Flow.isVip: true" in fixed  # `on`, true to YAML 1.1 (the Boolean declared), written as every version reads it
    said = _check(fixed, "--yaml-version", "1.2")
    assert {(d["code"], d["pointer"]) for d in said} == {("FL006", "/inputData/Flow.orderCount")}, said


@pytest.mark.parametrize("directive", ["1.3", "1.0"])
def test_a_version_flowlint_does_not_know_is_said_and_the_setting_reads_the_file(directive: str) -> None:
    for setting, wrong_type in (("1.1", "/inputData/Flow.customerName"), ("1.2", "/inputData/Flow.isVip")):
        said = _check(f"# a body\n%YAML {directive}   # its version\n---\n" + BODY, "--yaml-version", setting)
        unknown = [d for d in said if d["pointer"] == ""]
        assert [(d["code"], d["severity"], d["line"], d["column"]) for d in unknown] == [("FL006", "warning", 2, 7)]
        assert f"declares %YAML {directive}, a YAML version flowlint does not know" in unknown[0]["message"]
        assert f"checked as YAML {setting} (yaml-version)" in unknown[0]["message"]
        assert ("FL204", wrong_type) in {(d["code"], d["pointer"]) for d in said}


def test_another_major_version_is_refused_as_yaml_readers_refuse_it() -> None:
    said = _check("%YAML 2.0\n---\n" + BODY)
    assert [(d["code"], d["line"]) for d in said] == [("FL001", 1)] and "version 1.* is required" in said[0]["message"]


FLOW = """{directive}workflow:
  name: Orders
  variables:
    - stringVariable:
        name: Flow.note
        isInput: no
"""


def test_an_architect_flow_is_read_as_the_version_it_declares() -> None:
    # Architect YAML is read as YAML 1.2 (archy's reader): `no` is the text "no" there, false in a %YAML 1.1 file.
    _, flow = read_flow(FLOW.format(directive=""), "flow.yaml")
    assert flow["variables"][0]["stringVariable"]["isInput"] == "no"
    _, flow = read_flow(FLOW.format(directive="%YAML 1.1\n---\n"), "flow.yaml")
    assert flow["variables"][0]["stringVariable"]["isInput"] is False


OPENAPI = f"""{{directive}}openapi: 3.0.3
info: {{{{title: orders, version: "1.0"}}}}
servers:
  - url: https://api.mypurecloud.com
paths:
  /api/v2/flows/executions:
    post:
      requestBody:
        content:
          application/json:
            example:
              flowId: "{UUID}"
              inputData:
                Flow.customerName: yes
"""


def test_an_openapi_documents_example_is_read_as_the_version_it_declares(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    for directive, wrong in (("", True), ("%YAML 1.2\n---\n", False)):
        path.write_text(OPENAPI.format(directive=directive))
        result = flowlint("check", "--no-cache", "--format", "json", str(path))
        said = {(d["code"], d["pointer"]) for d in json.loads(result.stdout)["diagnostics"]}
        # The boolean true to a String input (FL204, which says what FL006 would), or the text "yes" (FL006 alone).
        assert said == ({("FL204", "/inputData/Flow.customerName")} if wrong else {("FL006", "/inputData/Flow.customerName")})
