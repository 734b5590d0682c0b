"""Fixes as data: the merge step, fixes carried by findings, editors, --fix/--diff, and the fix invariant."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

import validator
from validator import rules
from validator.command_fix import NotFixable, write_atomically
from validator.rules import RULES

from conftest import ROOT, UUID, UUID2, check_text, codes, diagnostics, flowlint

NO_CONTRACT = "00000000-0000-4000-8000-000000000000"
MODULES = Path(__file__).resolve().parent.parent / "validator"


# --- one merge step -------------------------------------------------------------------------------------------------

def test_every_missing_required_input_is_its_own_finding(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "required": ["Flow.a", "Flow.b", "Flow.c"],
                                  "properties": {"Flow.a": {"type": "string"}, "Flow.b": {"type": "integer"},
                                                 "Flow.c": {"type": "boolean"}}}))
    found = diagnostics("--flow-schema", str(schema), "--stdin-filename", "b.json", "-",
                        input=json.dumps({"flowId": UUID2, "inputData": {}}))
    assert codes(found) == ["FL201", "FL201", "FL201"]
    assert [re.search(r"`(Flow\.\w)`", d["message"]).group(1) for d in found] == ["Flow.a", "Flow.b", "Flow.c"]  # type: ignore[union-attr]


def test_yaml_key_note_and_value_note_both_survive() -> None:
    found = [d for d in check_text(f'flowId: "{NO_CONTRACT}"\non: 0777\n', "body.yaml") if d["code"] != "FL200"]
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL102", 2, 1), ("FL006", 2, 5)]
    assert "YAML reads the unquoted key on as true" in found[0]["message"]
    assert "octal number 511" in found[1]["message"]


def test_rule_codes_are_defined_once_and_named_after_their_rule() -> None:
    constants = {name: value for name, value in vars(rules).items() if re.fullmatch(r"FL\d{3}", str(value))}
    assert sorted(constants.values()) == sorted(RULES)
    for name, code in constants.items():
        assert name == RULES[code].name.upper().replace("-", "_")
    for module in MODULES.rglob("*.py"):
        if module.name != "rules.py":
            assert not re.findall(r'"FL\d{3}"', module.read_text(encoding="utf-8")), module


# --- the command line -----------------------------------------------------------------------------------------------

BROKEN_JSON = (
    '{\n'
    '  "flow_id": "' + UUID + '",\n'
    '  "inputData": {\n'
    '    "customerName": "Ana",\n'
    '    "Flow.orderCount": "42",\n'
    '    "Flow.isVip": "yes"\n'
    '  }\n'
    '}\n'
)
FIXED_JSON = BROKEN_JSON.replace('"flow_id"', '"flowId"').replace('"customerName"', '"Flow.customerName"') \
    .replace('"42"', "42").replace('"yes"', "true")


def test_fix_writes_the_safe_fixes_and_reports_what_remains(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(BROKEN_JSON.replace('"Flow.isVip": "yes"', '"Flow.isVip": "yes",\n    "Flow.zzzz": "x"'))
    body.chmod(0o640)
    result = flowlint("check", "--fix", "--no-color", str(body))
    assert body.read_text() == FIXED_JSON.replace('"Flow.isVip": true', '"Flow.isVip": true,\n    "Flow.zzzz": "x"')
    assert oct(body.stat().st_mode & 0o777) == "0o640"
    assert result.exit_code == 1 and "FL202" in result.stdout and "fixed 4 findings" in result.stdout
    assert not [p for p in tmp_path.iterdir() if p.name != "p.json"]  # no temporary file left behind


def test_fix_then_a_second_fix_changes_nothing(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(BROKEN_JSON)
    assert flowlint("check", "--fix", str(body)).exit_code == 0
    assert body.read_text() == FIXED_JSON
    before = body.stat().st_mtime_ns
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 0 and "fixed" not in result.stdout and body.stat().st_mtime_ns == before


def test_unsafe_fixes_only_with_the_flag(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{"type": "flow", "flowId": "{UUID2}"}}')
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 1 and "fix (unsafe): remove `type`" in result.stdout
    assert "1 fixable with `flowlint check --fix --unsafe-fixes`" in result.stdout
    assert flowlint("check", "--fix", "--unsafe-fixes", str(body)).exit_code == 0
    assert body.read_text() == f'{{"flowId": "{UUID2}"}}'
    assert flowlint("check", "--unsafe-fixes", str(body)).exit_code == 2


def test_diff_prints_and_never_writes(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(BROKEN_JSON)
    result = flowlint("check", "--diff", str(body))
    assert result.exit_code == 1 and body.read_text() == BROKEN_JSON
    assert f'-  "flow_id": "{UUID}",\n+  "flowId": "{UUID}",\n' in result.stdout
    assert result.stdout.startswith(f"--- {body}\n+++ {body}\n@@ ")
    assert "would fix 4 findings in 1 file" in result.stderr
    clean = tmp_path / "clean.json"
    clean.write_text(FIXED_JSON)
    result = flowlint("check", "--diff", str(clean))
    assert result.exit_code == 0 and result.stdout == "" and "nothing to fix" in result.stderr


def test_bom_line_endings_and_other_bytes_stay(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    original = ("\ufeff" + BROKEN_JSON.replace("\n", "\r\n").replace("  ", "\t")).encode()
    body.write_bytes(original)
    assert flowlint("check", "--fix", str(body)).exit_code == 0
    assert body.read_bytes() == ("\ufeff" + FIXED_JSON.replace("\n", "\r\n").replace("  ", "\t")).encode()


def test_yaml_fix_keeps_comments_and_writes_values_every_yaml_version_reads_alike(tmp_path: Path) -> None:
    body = tmp_path / "p.yaml"
    body.write_text(f"# launch\nflowId: {UUID}   # the flow\nflowVersion: 3.0\ninputData:\n"
                    "  customerName: Ana      # name\n  Flow.orderCount: 3.0\n  Flow.isVip: yes\n"
                    "  Flow.dates: 2026-03-29\n  Flow.priority: High\n")
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 0, result.stdout
    assert body.read_text() == (f"# launch\nflowId: {UUID}   # the flow\nflowVersion: \"3.0\"\ninputData:\n"
                                "  Flow.customerName: Ana      # name\n  Flow.orderCount: 3\n  Flow.isVip: true\n"
                                "  Flow.dates: [\"2026-03-29\"]\n  Flow.priority: \"high\"\n")


def test_stdin_fix_prints_the_fixed_body() -> None:
    result = flowlint("check", "--fix", "--stdin-filename", "b.json", "-", input=BROKEN_JSON)
    assert result.exit_code == 0 and result.stdout == FIXED_JSON


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text("changed meanwhile")
    with pytest.raises(NotFixable, match="changed on disk"):
        write_atomically(str(body), b"what was read", b"fixed")
    assert body.read_text() == "changed meanwhile"


def test_symlinks_are_checked_but_not_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text(BROKEN_JSON)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = flowlint("check", "--fix", str(link))
    assert result.exit_code == 1 and "not fixed" in result.stderr and target.read_text() == BROKEN_JSON


def test_json_format_carries_the_fix_as_edits() -> None:
    found = check_text(BROKEN_JSON)
    rename = found[0]
    assert rename["code"] == "FL102" and rename["fix"]["applicability"] == "safe"
    assert rename["fix"]["message"] == rename["help"]
    (edit,) = rename["fix"]["edits"]
    assert set(edit) == {"line", "column", "end_line", "end_column", "content"} and edit["line"] == 2
    lines = BROKEN_JSON.splitlines(keepends=True)
    start = sum(len(line) for line in lines[:edit["line"] - 1]) + edit["column"] - 1
    end = sum(len(line) for line in lines[:edit["end_line"] - 1]) + edit["end_column"] - 1
    assert json.loads(BROKEN_JSON[:start] + edit["content"] + BROKEN_JSON[end:])["flowId"] == UUID
    assert all(d["fix"] is None for d in check_text('{"flowId": "Order follow-up"}'))


def test_sarif_carries_fixes_valid_against_the_schema(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(BROKEN_JSON)
    log = json.loads(flowlint("check", "--format", "sarif", str(body)).stdout)
    jsonschema.Draft7Validator(json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())).validate(log)
    (fix,) = log["runs"][0]["results"][0]["fixes"]
    replacement = fix["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"]["startLine"] == 2 and "insertedContent" in replacement


def test_trailing_commas_and_python_words_are_fixed_in_a_body_that_does_not_parse(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{\n  "flowId": "{UUID2}",\n  "inputData": {{"Flow.agentId": None, "Flow.dates": ["a",],}},\n}}\n')
    result = flowlint("check", "--fix", str(body))
    assert body.read_text() == f'{{\n  "flowId": "{UUID2}",\n  "inputData": {{"Flow.agentId": null, "Flow.dates": ["a"]}}\n}}\n'
    assert "fixed 4 findings" in result.stdout


# --- the library ----------------------------------------------------------------------------------------------------

def test_library_fix_of_an_object_returns_a_fixed_copy() -> None:
    body = {"flow_id": UUID, "inputData": {"customerName": "A", "Flow.orderCount": "2", "Flow.isVip": None}}
    result = validator.fix(body, contracts=ROOT / ".flowlint" / "flows")
    assert result.body == {"flowId": UUID, "inputData": {"Flow.customerName": "A", "Flow.orderCount": 2, "Flow.isVip": None}}
    assert body["flow_id"] == UUID  # the caller's object is not changed
    assert [d.code for d in result.remaining.diagnostics] == ["FL204"]  # null on an optional input: unsafe, not applied
    unsafe = validator.fix(body, contracts=ROOT / ".flowlint" / "flows", unsafe=True)
    assert unsafe.remaining.ok and "Flow.isVip" not in unsafe.body["inputData"]


def test_library_fix_of_text_and_bytes_keeps_their_type() -> None:
    text = f"flowId: {UUID}\ninputData:\n  Flow.customerName: Ana\n  Flow.isVip: yes  # vip\n"
    result = validator.fix(text, contract=ROOT / ".flowlint" / "flows" / f"{UUID}.json")
    assert result.body == text.replace("yes", "true") and result.changed and result.remaining.ok
    data = b"\xef\xbb\xbf" + BROKEN_JSON.encode()
    fixed = validator.fix(data, contracts=ROOT / ".flowlint" / "flows")
    assert fixed.body == b"\xef\xbb\xbf" + FIXED_JSON.encode()
    assert validator.fix(FIXED_JSON, contracts=ROOT / ".flowlint" / "flows").changed is False
