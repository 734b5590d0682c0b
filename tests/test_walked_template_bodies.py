"""A walked JSON/YAML body holding template holes (`${flow_id}`: envsubst, templatefile(), a CI's substitution) is
judged with each holed value unknown: a hole never fails a check, and the rest of the body is checked as any body
is (a misspelt member, a wrong version). A locale's table stays silent, but a body whose flowId is a real one (a GUID
or a reference to one) is no label table, whatever phrase a misspelt member holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import diagnostics, flowlint


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no project's contract store

GUID = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"  # no contract: in no store


def codes_by_file(root: Path, *args: str) -> dict[str, set[str]]:
    """The codes of each file's findings but FL200 (no contract for a flow: these flows have none)."""
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(root))
    assert result.exit_code in (0, 1), result.stdout
    by_file: dict[str, set[str]] = {}
    for diagnostic in json.loads(result.stdout)["diagnostics"]:
        if diagnostic["code"] == "FL200":
            continue
        relative = Path(str(diagnostic["file"])).resolve().relative_to(root.resolve()).as_posix()
        by_file.setdefault(relative, set()).add(str(diagnostic["code"]))
    return by_file


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("name", "text", "expected"), [
    # a misspelt member beside a holed flowId: FL102 (inputDta), never a finding on the hole
    ("launch/body.json", '{"flowId": "${FLOW_ID}", "inputDta": {"Flow.x": "${X}"}}', {"FL102"}),
    # an unquoted hole where a value goes, and a stray member
    ("launch/body.json", '{\n  "flowId": "${flow_id}",\n  "type": "workflow",\n  "inputData": {"Flow.n": ${count}}\n}\n',
     {"FL101"}),
    ("launch/body.yaml", "flowId: ${FLOW_ID}\nflowVersion: 2\ninputData:\n  Flow.x: ${X}\n", {"FL105"}),
    # a hole inside a value is unknown too
    ("launch/body.json", '{"flowId": "' + GUID + '", "inputData": {"Flow.greeting": "Hello ${name}"}, "type": 1}',
     {"FL101"}),
])
def test_a_walked_body_with_holes_is_judged_with_the_holes_unknown(tmp_path: Path, name: str, text: str,
                                                                    expected: set[str]) -> None:
    write(tmp_path, name, text)
    assert codes_by_file(tmp_path).get(name) == expected


@pytest.mark.parametrize("text", [
    '{"flowId": "${flow_id}", "inputData": {"Flow.count": ${count}, "Flow.id": "$${input.id}"}}',
    '{"flowId": "${flow_id}", "inputData": {"${key}": 1, "Flow.x": "${x}"}}',
    '{"${member}": "x", "flowId": "${flow_id}"}',
    "flowId: ${flow_id}\ninputData:\n  Flow.count: '%{ if big }9%{ else }1%{ endif }'\n",
])
def test_a_hole_never_fails_a_check(tmp_path: Path, text: str) -> None:
    name = "launch/body.yaml" if text.startswith("flowId:") else "launch/body.json"
    write(tmp_path, name, text)
    write(tmp_path, "launch/reached.json", '{"flowId": "' + GUID + '", "inputDta": {}}')
    codes = codes_by_file(tmp_path)
    assert codes.get("launch/reached.json") == {"FL102"}  # the walk reached the directory
    assert name not in codes


def test_a_template_that_cannot_be_json_whatever_its_holes_hold_stays_unjudged(tmp_path: Path) -> None:
    write(tmp_path, "launch/body.json", '{"flowId": "${flow_id}" %{ if vip }, "inputData": {"Flow.vip": true}%{ endif }}')
    assert "launch/body.json" not in codes_by_file(tmp_path)
    assert codes_by_file(tmp_path, "-v").get("launch/body.json") == {"FL012"}


@pytest.mark.parametrize("flow_id", [GUID, "${flow_id}", "{{flowId}}", "$FLOW_ID", "<FLOW_ID>", "%FLOW_ID%"])
def test_a_body_with_a_real_flow_id_and_a_misspelt_member_holding_a_phrase_is_judged(flow_id: str) -> None:
    assert launch_key_depth({"flowId": flow_id, "inputDta": "Customer name"}) == "shallow"


@pytest.mark.parametrize("value", [
    {"flowId": "Flow ID", "inputData": "Input data", "submit": "Launch"},
    {"flowId": "flowId", "inputData": "inputData", "submit": "Submit"},
    {"flowId": "Customer Callback", "inputDta": "Customer name"},
])
def test_label_tables_stay_records(value: dict[str, str]) -> None:
    assert launch_key_depth(value) == "record"


def test_a_walked_body_with_a_referenced_flow_id_and_a_misspelt_member_is_judged(tmp_path: Path) -> None:
    write(tmp_path, ".flowlint.toml", "")  # (a Genesys project: a hole for the flow ID is no sign of Genesys by itself)
    write(tmp_path, "launch/body.json", json.dumps({"flowId": "${FLOW_ID}", "inputDta": "Customer name"}))
    write(tmp_path, "launch/guid.json", json.dumps({"flowId": GUID, "inputDta": "Customer name"}))
    codes = codes_by_file(tmp_path)
    assert codes.get("launch/body.json") == {"FL102"} and codes.get("launch/guid.json") == {"FL102"}


def test_a_walked_template_bodys_holed_value_a_fix_would_move_is_no_crash(tmp_path: Path) -> None:
    """The move of `inputs` into `inputData` wrote each value as JSON: a holed value (an Unknown) raised TypeError, an
    FL900 for the file (in 0e32d71 too). Its text is known only once rendered, so no fix writes it; the finding stays."""
    (tmp_path / "launch.json").write_text(
        '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {"customerName": "${name}"}}', encoding="utf-8")
    found = diagnostics("--no-cache", ".")
    assert [(d["code"], d["pointer"], d["fix"]) for d in found if d["severity"] == "error"] == [("FL101", "/inputs", None)]
