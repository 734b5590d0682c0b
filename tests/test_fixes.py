"""Fixes as data: the merge step, fixes carried by findings, editors, --fix/--diff, and the fix invariant."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import mutate

import validator
import validator.api.fix as api_fix
import validator.fixer.passes as fixer_passes
from validator.checker.engine import CheckOptions, check_document
from validator.checker.merge import ONLY_THE_MOVE
from validator.contracts.store import ContractStore
from validator.core import codes as rules
from validator.core.codes import RULES
from validator.core.diagnostics import Diagnostic, InsertMember, Operation, RemoveMember, RenameKey, Severity
from validator.core.lines import LineIndex
from validator.edits import apply_edits
from validator.edits.yaml_editor import yaml_value
from validator.fixer.passes import fix_text
from validator.run.writes import NotFixable, write_atomically
from validator.sources.document import DEFAULT_LIMITS, Document, Limits, load_text

from conftest import ROOT, UUID, UUID2, check_text, codes, counted_calls, diagnostics, documentation, flowlint

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
    assert "the unquoted key on is the boolean true to YAML 1.1 readers" in found[0]["message"]
    assert "octal number 511" in found[1]["message"]


def test_rule_codes_are_defined_once_and_named_after_their_rule() -> None:
    constants = {name: value for name, value in vars(rules).items() if re.fullmatch(r"FL\d{3}", str(value))}
    assert sorted(constants.values()) == sorted(RULES)
    for name, code in constants.items():
        assert name == RULES[code].name.upper().replace("-", "_")
    for module in MODULES.rglob("*.py"):
        if module.relative_to(MODULES).as_posix() != "core/codes.py":
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


def test_symlinks_are_checked_but_not_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a link is followed only inside the checked tree
    target = tmp_path / "real.json"
    target.write_text(BROKEN_JSON)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    result = flowlint("check", "--fix", str(link))
    assert result.exit_code == 1 and "not fixed" in result.stderr and target.read_text() == BROKEN_JSON


def test_a_file_with_two_names_is_fixed_under_both(tmp_path: Path) -> None:
    # Before, the fix was written to a new file renamed over this name: the other name (a hard link) kept the mistake.
    body = tmp_path / "launch.json"
    body.write_text(BROKEN_JSON)
    body.chmod(0o640)
    other = tmp_path / "shared" / "launch.json"
    other.parent.mkdir()
    os.link(body, other)
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 0 and "fixed 4 findings" in result.stdout, result.output
    assert body.read_text() == other.read_text() == FIXED_JSON
    assert os.path.samefile(body, other) and body.stat().st_nlink == 2 and body.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["launch.json", "shared"]  # no backup or temporary file left
    # One name alone is replaced by a rename, as before (a new file: a reader holding the old one sees it whole).
    alone = tmp_path / "alone.json"
    alone.write_text(BROKEN_JSON)
    inode = alone.stat().st_ino
    flowlint("check", "--fix", str(alone))
    assert alone.read_text() == FIXED_JSON and alone.stat().st_ino != inode


def test_a_hard_linked_file_a_write_fails_on_keeps_what_it_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"what was read")
    os.link(body, tmp_path / "q.json")
    real_ftruncate = os.ftruncate
    calls: list[int] = []

    def full_disk(fd: int, length: int) -> None:
        calls.append(length)
        if len(calls) <= failures:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_ftruncate(fd, length)

    monkeypatch.setattr(os, "ftruncate", full_disk)
    failures = 1  # the write fails, and is undone from what was read
    with pytest.raises(NotFixable, match="No space left on device; it was left as it was"):
        write_atomically(str(body), b"what was read", b"fixed")
    assert calls == [5, 13] and body.read_bytes() == (tmp_path / "q.json").read_bytes() == b"what was read"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "q.json"]
    calls.clear()
    failures = 2  # the undo fails too: the backup stays beside it, named
    with pytest.raises(NotFixable, match=r"what it held before is in \.p\.json\.[0-9a-f]{12}\.flowlint-backup") as refused:
        write_atomically(str(body), b"what was read", b"fixed")
    backup = tmp_path / re.findall(r"\.p\.json\.\w+\.flowlint-backup", str(refused.value))[0]
    assert calls == [5, 13] and backup.read_bytes() == b"what was read"


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
    assert [d.code for d in result.remaining.diagnostics] == ["FL107"]  # null on an optional input: unsafe, not applied
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


# --- the invariant: every fix, applied, leaves a body where it is gone and nothing new is wrong ------------------------

STORE = ContractStore(ROOT / ".flowlint" / "flows")
FIXTURE_FILES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
VALID_BODY = {"flowId": UUID, "flowVersion": "3.0", "name": "n",
              "inputData": {"Flow.customerName": "Ana", "Flow.orderCount": 2, "Flow.amount": 2.5, "Flow.isVip": True,
                            "Flow.dates": ["2026-03-29"], "Flow.priority": "low", "Flow.details": {"sku": "A-1"}}}


def _same_place(d: Diagnostic) -> tuple[str, str | None, str]:
    return d.code, d.pointer, d.message if d.code == "FL001" else ""


def _parts(pointer: str) -> tuple[str, ...]:
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:])


def _touched(op: Operation) -> list[tuple[str, ...]]:
    """The places an operation changes, as pointer parts."""
    path = tuple(str(p) for p in op.path)
    if isinstance(op, RenameKey):
        return [(*path[:-1], op.name)]
    if isinstance(op, InsertMember):
        return [(*path, op.name), path]
    if isinstance(op, RemoveMember):
        return [path[:-1]]
    return [path]


def _named(op: Operation) -> list[tuple[str, ...]]:
    """The member names an operation writes (a renamed key, an inserted member, the keys of an inserted object)."""
    path = tuple(str(p) for p in op.path)
    if isinstance(op, RenameKey):
        return [(*path[:-1], op.name)]
    if isinstance(op, InsertMember):
        inside = [(*path, op.name, str(key)) for key in op.value] if isinstance(op.value, dict) else []
        return [(*path, op.name), *inside]
    return []


def assert_fix_invariant(text: str, name: str, options: CheckOptions, unsafe: bool, limits: Limits = DEFAULT_LIMITS) -> None:
    before = check_document(load_text(text, name, limits=limits), options)
    assert all(d.code != "FL900" for d in before), before
    outcome = fix_text(text, name, options, unsafe=unsafe, limits=limits)
    after = outcome.remaining
    assert all(d.code != "FL900" for d in after), after
    if not any(d.fix is not None and d.fix.edits is not None and d.fix.applies(unsafe) for d in before):
        assert outcome.fixed == text and not outcome.applied  # nothing to fix: the text is not touched
        return
    # One pass writes exactly the edits the report shows for the fixes it applies: every other byte stays.
    one = fix_text(text, name, options, unsafe=unsafe, passes=1, limits=limits)
    assert one.applied and all(d in before for d in one.applied)
    assert one.fixed == apply_edits(text, [e for d in one.applied for e in d.fix.edits or ()])  # type: ignore[union-attr]
    # None of the fixed findings remains, but one whose fix says it does only part (a wrapper's flowId moved up): that
    # finding stays, with no such move left to offer.
    remaining = {_same_place(d) for d in after}
    for fixed in outcome.applied:
        assert fixed.fix is not None
        if fixed.fix.partial:
            assert ONLY_THE_MOVE in fixed.help and not any(ONLY_THE_MOVE in d.help for d in after), (fixed, after)
            continue
        assert fixed.code == "FL001" or _same_place(fixed) not in remaining, (fixed, after)
    # No new error, except what a fix uncovered: inside the members it changed (a renamed input is only now checked
    # against its declared type), or the inputs once the flowId or inputData it fixed lets the contract apply.
    codes_before = {d.code for d in before}
    if not codes_before & {"FL001", "FL003"}:  # a body that did not parse, or was no object, was not checked at all
        old = {(d.code, d.pointer) for d in before}
        touched = {place for d in outcome.applied for op in d.fix.operations for place in _touched(op)}  # type: ignore[union-attr]
        named = {name for d in outcome.applied for op in d.fix.operations for name in _named(op)}  # type: ignore[union-attr]
        for d in after:
            if d.severity is Severity.ERROR and (d.code, d.pointer) not in old:
                parts = _parts(d.pointer or "")
                uncovered = any(parts[:len(t)] == t for t in touched)
                contract_now = d.code.startswith("FL2") and bool(touched & {(), ("flowId",), ("inputData",)})
                assert uncovered or contract_now, (d, before, after)
                assert not (d.code == "FL202" and parts in named), ("a fix wrote an input the flow does not declare", d, after)
    again = fix_text(outcome.fixed, name, options, unsafe=unsafe, limits=limits)
    assert again.fixed == outcome.fixed and not again.applied, again.applied  # a second --fix changes nothing


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("unsafe", [False, True])
def test_fix_invariant_on_every_fixture(path: Path, unsafe: bool) -> None:
    data = path.read_bytes()
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return  # not UTF-8: checked, never rewritten
    if "\x00" in text:
        return
    for options in (CheckOptions(contracts=STORE), CheckOptions()):
        assert_fix_invariant(text, path.name, options, unsafe)


def _rename(target: dict[str, Any], old: str, new: str) -> None:
    if old in target and new not in target:
        items = [(new if k == old else k, v) for k, v in target.items()]
        target.clear()
        target.update(items)


#: The mistakes people make, each a change of a valid body.
BREAKAGES: dict[str, Any] = {
    "misspelt flowId": lambda b: _rename(b, "flowId", "flow_id"),
    "FlowID": lambda b: _rename(b, "flowId", "FlowID"),
    "inputdata": lambda b: _rename(b, "inputData", "inputdata"),
    "Flowversion": lambda b: _rename(b, "flowVersion", "FlowVersion"),
    "no prefix": lambda b: _rename(b["inputData"], "Flow.customerName", "customerName"),
    "lower prefix": lambda b: _rename(b["inputData"], "Flow.dates", "flow.dates"),
    "wrong case": lambda b: _rename(b["inputData"], "Flow.orderCount", "Flow.ordercount"),
    "near name": lambda b: _rename(b["inputData"], "Flow.priority", "Flow.priorty"),
    "count as text": lambda b: b["inputData"].update({"Flow.orderCount": "42"}),
    "count as float": lambda b: b["inputData"].update({"Flow.orderCount": 3.0}),
    "half count": lambda b: b["inputData"].update({"Flow.orderCount": 4.5}),
    "bool as text": lambda b: b["inputData"].update({"Flow.isVip": "yes"}),
    "bool as 1": lambda b: b["inputData"].update({"Flow.isVip": 1}),
    "amount as text": lambda b: b["inputData"].update({"Flow.amount": "12.5"}),
    "one date": lambda b: b["inputData"].update({"Flow.dates": "2026-03-29"}),
    "dates as csv": lambda b: b["inputData"].update({"Flow.dates": "2026-03-29, 2026-03-30"}),
    "no such date": lambda b: b["inputData"].update({"Flow.dates": ["2026-02-30"]}),
    "number name": lambda b: b["inputData"].update({"Flow.customerName": 7}),
    "null name": lambda b: b["inputData"].update({"Flow.customerName": None}),
    "null optional": lambda b: b["inputData"].update({"Flow.amount": None}),
    "High": lambda b: b["inputData"].update({"Flow.priority": "High"}),
    "json text": lambda b: b["inputData"].update({"Flow.details": '{"sku": "A-1"}'}),
    "wrapped value": lambda b: b["inputData"].update({"Flow.orderCount": {"value": 3}}),
    "version number": lambda b: b.update({"flowVersion": 3.0}),
    "type": lambda b: b.update({"type": "flow"}),
    "schema": lambda b: b.update({"$schema": "x"}),
    "flow input on top": lambda b: b.update({"Flow.extra": 1}),
    "inputs wrapper": lambda b: b.update({"inputs": b.pop("inputData")}),
    "configuration": lambda b: b.update({"configuration": {"flowId": b.pop("flowId"), "parameters": b.pop("inputData")}}),
    "undeclared in a wrapper": lambda b: b.update({"configuration": {"flowId": b.pop("flowId"), "parameters": {"contactId": "c-81f2"}}}),
    "wrapped twice over": lambda b: b.update({"data": {"customerName": "Other", "orderCount": 5}}),
    "double wrap": lambda b: b.update({"inputData": {"inputData": b["inputData"]}}),
    "braced id": lambda b: b.update({"flowId": "{" + b["flowId"] + "}"}),
    "id in inputData": lambda b: b["inputData"].update({"flowId": b["flowId"]}),
    "missing required": lambda b: b["inputData"].pop("Flow.customerName"),
    "inputData as text": lambda b: b.update({"inputData": json.dumps(b["inputData"])}),
}


_YAML_WORDS = ("yes", "no", "on", "off", "null", "true", "false", "y", "n")


def yaml_text(value: Any, indent: int = 0, plain: bool = True) -> str:
    """A body as block YAML; scalars left plain where YAML reads them back as written."""
    pad = " " * indent
    if isinstance(value, dict) and value:
        lines = []
        for key, item in value.items():
            plain_key = re.fullmatch(r"[A-Za-z_][\w.]*", key) and key.lower() not in _YAML_WORDS
            head = f"{pad}{key if plain_key else json.dumps(key)}:"
            if isinstance(item, dict) and item:
                lines.append(head + "\n" + yaml_text(item, indent + 2, plain))
            else:
                lines.append(f"{head} {yaml_text(item, 0, plain)}")
        return "\n".join(lines)
    if isinstance(value, str) and plain and re.fullmatch(r"[A-Za-z][\w ]*|\d{4}-\d{2}-\d{2}", value):
        return value  # `yes`, `High`, a date: plain, as people write them
    return json.dumps(value)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fix_invariant_on_generated_broken_bodies(data: st.DataObject) -> None:
    body = json.loads(json.dumps(VALID_BODY))
    if data.draw(st.booleans(), "without a contract"):
        body["flowId"] = NO_CONTRACT
    for name in data.draw(st.lists(st.sampled_from(sorted(BREAKAGES)), min_size=1, max_size=4, unique=True), "breakages"):
        with contextlib.suppress(KeyError, TypeError, AttributeError):  # an earlier breakage moved what it changes
            BREAKAGES[name](body)
    if data.draw(st.booleans(), "and random changes"):
        body = mutate(body, data)
    kind = data.draw(st.sampled_from(["json", "json-crlf", "json-tabs", "yaml"]), "kind")
    if kind == "yaml":
        text, name = yaml_text(body) + "\n", "body.yaml"
    else:
        text = json.dumps(body, indent="\t" if kind == "json-tabs" else 2) + "\n"
        text, name = (text.replace("\n", "\r\n") if kind == "json-crlf" else text), "body.json"
    limits = Limits(yaml_version=data.draw(st.sampled_from(["1.1", "1.2"]), "YAML version"))
    for options in (CheckOptions(contracts=STORE), CheckOptions()):
        assert_fix_invariant(text, name, options, data.draw(st.booleans(), "unsafe"), limits)


# YAML 1.2 core schema: how a plain scalar resolves (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
_CORE_12 = [("null", r"null|Null|NULL|~"), ("bool", r"true|True|TRUE|false|False|FALSE"), ("int", r"[-+]?[0-9]+"),
            ("float", r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")]
_PLAIN_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[^\s,\[\]{}:"]+')


def _core_12_type(token: str) -> str:
    return next((kind for kind, pattern in _CORE_12 if re.fullmatch(pattern, token)), "str")


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=8))
def test_yaml_values_read_alike_in_yaml_1_1_and_1_2(value: Any) -> None:
    text = yaml_value(value)
    assert json.dumps(yaml.safe_load(text)) == json.dumps(value)  # YAML 1.1 (PyYAML)
    for token in _PLAIN_TOKEN.findall(text):
        if not token.startswith('"'):  # every unquoted scalar means the same under the 1.2 core schema
            expected = {type(None): "null", bool: "bool", int: "int", float: "float"}[type(yaml.safe_load(token))]
            assert _core_12_type(token) == expected, token


def test_code_and_request_files_are_rewritten_like_payloads(tmp_path: Path) -> None:
    source = tmp_path / "launch.js"
    original = (ROOT / "fixtures" / "invalid" / "seed-fetch.js").read_bytes()
    source.write_bytes(original)
    assert flowlint("check", "--fix", str(source)).exit_code == 1 and source.read_bytes() == original  # no safe fix
    result = flowlint("check", "--fix", "--unsafe-fixes", str(source))
    assert result.exit_code == 1 and "FL106" in result.stdout and "not fixed" not in result.stderr
    # The unwrap carries FLOW_ID and the shorthand contactId as written (before: a help line, as they are unknown).
    assert "FL101" not in result.stdout
    assert source.read_bytes() == original.replace(b"{ type: 'flow', configuration: { flowId: FLOW_ID, parameters: "
                                                   b"{ contactId } } }",
                                                   b"{ flowId: FLOW_ID, inputData: { 'Flow.contactId': contactId } }")
    piped = flowlint("check", "--fix", "--unsafe-fixes", "--stdin-filename", "launch.js", "-", input=original)
    assert piped.stdout.encode() == source.read_bytes()  # stdin: the fixed text; the report goes to stderr


def test_the_readme_before_and_after_is_what_fix_does(tmp_path: Path) -> None:
    readme = documentation()
    before, after = re.search(r"Before \(`order.yaml`.*?```yaml\n(.*?)```.*?after:\n\n```yaml\n(.*?)```", readme, re.S).groups()  # type: ignore[union-attr]
    body = tmp_path / "order.yaml"
    body.write_text(before)
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 0 and body.read_text() == after
    assert "fixed 6 findings" in result.stdout


def test_repeated_keys_keep_the_last_one_with_unsafe_fixes(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{"flowId": "{UUID2}", "name": "a", "name": "b", "name": "c"}}')
    assert flowlint("check", "--fix", str(body)).exit_code == 1  # unsafe: not without the flag
    result = flowlint("check", "--fix", "--unsafe-fixes", str(body))
    assert result.exit_code == 0 and body.read_text() == f'{{"flowId": "{UUID2}", "name": "c"}}'


def test_a_failure_while_fixing_is_reported_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    # Both modules are imported with the module, not here: the string form imported validator.api.fix on the spot when
    # a worker had not yet, after fixer.passes.fix_text was patched, so api.fix bound `broken` as its own fix_text and
    # monkeypatch "restored" it to `broken`: every later validator.fix() in that worker returned its body unfixed.
    monkeypatch.setattr(fixer_passes, "fix_text", broken)  # a fix run imports it when it runs
    monkeypatch.setattr(api_fix, "fix_text", broken)
    body = tmp_path / "p.json"
    body.write_text(BROKEN_JSON)
    result = flowlint("check", "--fix", str(body))
    assert result.exit_code == 1 and "flowlint failed while fixing it (RuntimeError)" in result.stderr
    assert body.read_text() == BROKEN_JSON and "FL102" in result.stdout
    fixed = validator.fix(BROKEN_JSON)
    assert fixed.body == BROKEN_JSON and not fixed.changed and not fixed.remaining.ok


def test_no_rename_into_another_error(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{"flow": {{"id": "{UUID2}"}}, "version": 3.10}}')
    found = diagnostics(str(body))
    assert sorted(codes(found)) == ["FL102", "FL103"]  # `flow` held only the id: FL103's move is its one finding
    assert not any(d["pointer"] == "/flow" for d in found)  # never "rename it flowId": that would be FL104
    version = next(d for d in found if d["pointer"] == "/version")
    assert version["help"] == 'rename it `flowVersion` and quote it: "flowVersion": "3.10"'
    # The repository's store has version 1.0 of that flow: pinning 3.10 would check the inputs against another
    # version's contract (a warning) instead of the published one's - a fix never weakens a check.
    assert flowlint("check", "--fix", "--unsafe-fixes", str(body)).exit_code == 1
    assert json.loads(body.read_text()) == {"version": 3.10, "flowId": UUID2}


@pytest.mark.parametrize(("line", "help_", "applicability", "fixed"), [
    ("Flow.isVip: yes", "write the boolean as every YAML version reads it: yes → true", "safe", "Flow.isVip: true"),
    ("Flow.orderCount: 3.0", "write it without the decimal point: 3.0 → 3", "safe", "Flow.orderCount: 3"),  # FL208
    ("Flow.orderCount: 4.5", "an Integer takes a whole number: round 4.5 the way the flow needs it", None, None),
    ("Flow.isVip: 1", "a Boolean is true or false: 1 → true", "unsafe", "Flow.isVip: true"),
    ("Flow.dates: 2026-03-29", 'a collection takes an array, even of one item: "2026-03-29" → ["2026-03-29"]', "safe",
     'Flow.dates: ["2026-03-29"]'),
    ("Flow.orderCount: 010", "write the number you mean in plain decimal digits (YAML 1.1 and 1.2 read 010 differently)", None, None),
    ("Flow.customerName: null", "send a String value (only you know which)", None, None),  # FL201: null leaves it unset
    ("Flow.amount: null", "remove `inputData.Flow.amount` (null leaves the input unset)", "unsafe", None),  # FL107
    ("Flow.dates: [2026-02-30]", "send a date that exists (only you know which)", None, None),
    ("Flow.customerName: on", 'quote it: on → "on"', "safe", 'Flow.customerName: "on"'),
])
def test_yaml_help_never_leads_into_another_error(tmp_path: Path, line: str, help_: str, applicability: str | None,
                                                  fixed: str | None) -> None:
    name = "" if line.startswith("Flow.customerName") else "  Flow.customerName: Ana\n"
    body = tmp_path / "p.yaml"
    body.write_text(f"flowId: {UUID}\ninputData:\n{name}  {line}\n")
    found = diagnostics(str(body))
    assert len(found) == 1 and found[0]["help"] == help_, found
    assert (found[0]["fix"] or {}).get("applicability") == applicability
    if fixed is not None:
        assert flowlint("check", "--fix", "--unsafe-fixes", str(body)).exit_code == 0
        assert body.read_text() == f"flowId: {UUID}\ninputData:\n{name}  {fixed}\n"


def test_repeated_yaml_keys_keep_the_last_one_and_the_comments(tmp_path: Path) -> None:
    body = tmp_path / "p.yaml"
    body.write_text(f"flowId: {UUID2}  # prod\nname: a   # first try\nname: b\ninputData: {{Flow.agentId: '1', Flow.agentId: '2'}}\n")
    found = diagnostics(str(body))
    assert codes(found) == ["FL002", "FL002"] and all(d["fix"]["applicability"] == "unsafe" for d in found)
    assert flowlint("check", "--fix", "--unsafe-fixes", str(body)).exit_code == 0
    assert body.read_text() == f"flowId: {UUID2}  # prod\nname: b\ninputData: {{Flow.agentId: '2'}}\n"


def test_yaml_fixes_follow_the_yaml_version_checked(tmp_path: Path) -> None:
    body = tmp_path / "p.yaml"
    text = f"flowId: {UUID}\ninputData:\n  Flow.customerName: Ana\n  Flow.isVip: yes   # vip\n  Flow.orderCount: \"3\"\n"
    body.write_text(text)
    result = flowlint("check", "--yaml-version", "1.2", "--fix", str(body))
    assert result.exit_code == 0, result.stdout
    assert body.read_text() == text.replace("yes", "true").replace('"3"', "3")


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*list('{}[]":,TrueNon \n\t\rflowIdyes-:#&*!|>'), "Flow.x", "inputData", "True,", UUID]),
                max_size=60).map("".join), st.sampled_from(["body.json", "body.yaml"]), st.booleans())
def test_fixing_any_text_never_fails_and_never_breaks_what_parsed(text: str, name: str, unsafe: bool) -> None:
    before = load_text(text, name)
    outcome = fix_text(text, name, CheckOptions(contracts=STORE), unsafe=unsafe)
    assert all(d.code != "FL900" for d in outcome.remaining), outcome.remaining
    if before.parsed and outcome.fixed != text:
        assert load_text(outcome.fixed, name).parsed


def test_diagnostics_with_fixes_stay_hashable() -> None:
    report = validator.check({"flowId": UUID, "inputData": {"Flow.customerName": "A", "Flow.details": '{"a": 1}'}},
                             contracts=ROOT / ".flowlint" / "flows")
    assert report.diagnostics[0].fix is not None and len({*report.diagnostics}) == 1


def test_stdin_too_large_to_fix_comes_back_whole() -> None:
    body = " " * 100 + BROKEN_JSON
    result = flowlint("check", "--fix", "--max-file-size", "50", "-", input=body)
    assert result.stdout == body and "FL005" in result.stderr and "not fixed" in result.stderr


def test_comments_in_json_are_removed_only_with_unsafe_fixes(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{\n  // prod\n  "flowId": "{UUID2}", # the flow\n  "name": "x" /* n */\n}}\n')
    assert flowlint("check", "--fix", str(body)).exit_code == 1
    assert flowlint("check", "--fix", "--unsafe-fixes", str(body)).exit_code == 0
    assert body.read_text() == f'{{\n  "flowId": "{UUID2}",\n  "name": "x" \n}}\n'


INVALID_FIXTURES = [p for p in FIXTURE_FILES if "invalid" in p.parts] + sorted(  # code and request files take fixes too
    p for p in (ROOT / "fixtures" / "invalid").iterdir() if p.suffix in (".js", ".ts", ".py", ".sh", ".md", ".har", ".http"))


@pytest.mark.parametrize("path", INVALID_FIXTURES, ids=lambda p: p.name)
def test_fixture_fixes_match_the_expected_diff(path: Path) -> None:
    """Each fixture's fixes (--diff --unsafe-fixes) against `<fixture>.diff` beside it; none when it has no fix.

    Regenerate with FLOWLINT_UPDATE_EXPECTED=1 and read the diff before committing.
    """
    result = flowlint("check", "--diff", "--unsafe-fixes", path.relative_to(ROOT).as_posix())
    expected = path.with_name(path.name + ".diff")
    if os.environ.get("FLOWLINT_UPDATE_EXPECTED"):
        if result.stdout:
            expected.write_text(result.stdout, encoding="utf-8")
        elif expected.exists():
            expected.unlink()
    assert result.exit_code == (1 if result.stdout else 0)
    assert result.stdout == (expected.read_text(encoding="utf-8") if expected.exists() else "")


def test_diff_escapes_what_the_input_holds(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text(f'{{"flow_id": "{UUID2}", "name": "\u202eevil"}}\n')
    result = flowlint("check", "--diff", str(body))
    assert result.exit_code == 1 and "\u202e" not in result.stdout and "\\u202eevil" in result.stdout


def test_a_source_gives_its_documents_their_own_editor() -> None:
    """The seam for code and request files: a document whose body sits inside other text brings its editor."""
    from validator.edits import TextEditor
    from validator.edits.json_editor import JsonEditor
    from validator.sources.json_source import JsonLocator

    prefix = "const body = "
    json_text = f'{{"flow_id": "{UUID2}"}}'

    class Embedded(TextEditor):  # edits the JSON that starts after the prefix, leaves the rest of the file alone
        def apply(self, text: str, operation: Operation) -> str:
            return prefix + JsonEditor().apply(text[len(prefix):], operation)

        def parse(self, text: str) -> Any:
            return JsonEditor().parse(text[len(prefix):])

    class Locator:  # positions inside the embedded body, shifted into the file
        def __init__(self, text: str) -> None:
            self.inner = JsonLocator(text[len(prefix):])
            self.lines = LineIndex(text)

        def span(self, path: Any, target: Any) -> Any:
            return self.inner.span(path, target)

    text = prefix + json_text
    document = Document("launch.js", json.loads(json_text), text=text, kind="javascript", locator=Locator(text), editor=Embedded())
    (found,) = check_document(document, CheckOptions())
    assert found.code == "FL102" and found.fix is not None and found.fix.edits
    assert apply_edits(text, found.fix.edits) == prefix + f'{{"flowId": "{UUID2}"}}'


# --- a fix applied alone never brings an error that was not there ----------------------------------------------------

REVIEWED_CONFIGURATION = (ROOT / "fixtures" / "invalid" / "seed-type-configuration.json").read_text(encoding="utf-8")


def test_an_unwrap_with_a_contract_moves_only_onto_declared_inputs(tmp_path: Path) -> None:
    # The flowId is buried, yet its contract is known: `contactId` is no input of that flow, so no move is written.
    assert_fix_invariant(REVIEWED_CONFIGURATION, "s.json", CheckOptions(contracts=STORE), unsafe=True)
    outcome = fix_text(REVIEWED_CONFIGURATION, "s.json", CheckOptions(contracts=STORE), unsafe=True)
    assert "Flow.contactId" not in outcome.fixed and '"contactId": "c-81f2"' in outcome.fixed
    wrapper = next(d for d in outcome.remaining if d.code == "FL101")
    assert (wrapper.fix is None or wrapper.fix.edits is None) and "declares no input by that name" in wrapper.help
    # A name that differs only in case is the declared one.
    text = REVIEWED_CONFIGURATION.replace('"contactId"', '"customername"')
    fixed = fix_text(text, "s.json", CheckOptions(contracts=STORE), unsafe=True)
    assert json.loads(fixed.fixed) == {"flowId": UUID, "inputData": {"Flow.customerName": "c-81f2"}}
    # A missing prefix is added only when the prefixed name is declared: no safe rename into an FL202.
    misspelt = '{"FlowID": "%s", "inputData": {"Flow.customerName": "Ana", "orderTotal": 2}}' % UUID
    assert_fix_invariant(misspelt, "m.json", CheckOptions(contracts=STORE), unsafe=False)
    prefix = next(d for d in check_document(load_text(misspelt, "m.json"), CheckOptions(contracts=STORE)) if d.code == "FL203")
    assert prefix.fix is None and "the flow declares no input `Flow.orderTotal`" in prefix.help


def test_an_unwrap_that_would_drop_a_value_is_the_authors_decision() -> None:
    text = '{"flowId": "%s", "inputData": {"Flow.customerName": "1"}, "data": {"customerName": "2"}}' % UUID
    for options in (CheckOptions(contracts=STORE), CheckOptions()):
        outcome = fix_text(text, "c.json", options, unsafe=True)
        assert '"2"' in outcome.fixed  # nothing the user wrote is lost
        wrapper = next(d for d in outcome.remaining if d.code == "FL101")
        assert wrapper.fix is None and "already given: keep one of the two values" in wrapper.help
    # Two members of the wrapper landing on one name: no move either.
    twice = '{"flowId": "%s", "data": {"customerName": "1", "Flow.customerName": "2"}}' % UUID
    assert '"2"' in fix_text(twice, "c.json", CheckOptions(), unsafe=True).fixed


def test_a_fix_that_would_bring_a_new_error_is_display_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.rules import envelope

    # Break the unwrap on purpose: it renames every moved input to one the flow does not declare.
    real = envelope._Explainer.declared_input
    monkeypatch.setattr(envelope._Explainer, "declared_input", lambda self, key: "Flow.zz" + str(real(self, key)))
    text = '{"flowId": "%s", "inputs": {"Flow.customerName": "Ana"}}' % UUID
    diagnostic = next(d for d in check_document(load_text(text, "c.json"), CheckOptions(contracts=STORE)) if d.code == "FL101")
    assert diagnostic.fix is not None and diagnostic.fix.edits is None
    assert "not applied: afterwards FL202" in diagnostic.fix.message
    assert fix_text(text, "c.json", CheckOptions(contracts=STORE), unsafe=True).fixed == text


def test_a_yaml_unwrap_carries_the_comments_its_members_hold(tmp_path: Path) -> None:
    # Before: the unwrap wrote each value anew (`{"Flow.agentId": "c-81f2"}`), which dropped the comments: refused.
    # Now each member's text is carried as written, its comment with it.
    text = f"configuration:\n  flowId: {NO_CONTRACT}  # id\n  parameters:\n    agentId: c-81f2   # who\n"
    body = tmp_path / "b.yaml"
    body.write_text(text)
    flowlint("check", "--fix", "--unsafe-fixes", str(body))
    assert body.read_text() == f"flowId: {NO_CONTRACT}  # id\ninputData:\n  Flow.agentId: c-81f2   # who\n"
    wrapper = next(d for d in check_document(load_text(text, "b.yaml"), CheckOptions()) if d.code == "FL101")
    assert wrapper.fix is not None and wrapper.fix.edits
    # A `#` inside a quoted value is no comment.
    plain = re.sub(r"  +# \w+", "", text).replace("c-81f2", '"c # 1"')
    fixed = fix_text(plain, "b.yaml", CheckOptions(), unsafe=True)
    assert yaml.safe_load(fixed.fixed) == {"flowId": NO_CONTRACT, "inputData": {"Flow.agentId": "c # 1"}}
    # Edits that leave the comments in place still apply.
    renamed = fix_text(f"flowid: \"{UUID}\"  # id\ninputData:\n  agentId: 1   # who\n", "r.yaml", CheckOptions())
    assert renamed.fixed == f"flowId: \"{UUID}\"  # id\ninputData:\n  Flow.agentId: 1   # who\n"


def test_proofs_are_bounded_per_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker import engine

    text = json.dumps({"flowId": NO_CONTRACT, "inputData": {f"v{i}": i for i in range(5)}})
    proofs = counted_calls(monkeypatch, engine, "reported_findings")  # (the check, and each proof)
    monkeypatch.setattr(engine, "PROOF_BUDGET", 1)  # a file bigger than the budget: one fix proven per pass
    found = check_document(load_text(text, "p.json"), CheckOptions())
    assert len(proofs) == 2 and sum(d.fix is not None and d.fix.edits is not None for d in found) == 1
    # A --fix still gets there, a proven fix per pass.
    fixed = fix_text(text, "p.json", CheckOptions())
    assert json.loads(fixed.fixed)["inputData"] == {f"Flow.v{i}": i for i in range(5)}
