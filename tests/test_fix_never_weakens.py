"""`--fix` never weakens a check: every error found and not fixed is still an error afterwards, and a fix never
makes the contract that checks a body less exact (another version's, or none)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import validator
from validator.checker.engine import CheckOptions, check_document
from validator.edits import apply_edits
from validator.sources.document import load_text

from conftest import UUID, UUID2, flowlint

INPUTS = {"Flow.orderCount": {"type": "integer"}, "Flow.customerName": {"type": "string"}}


def make_store(root: Path, published: str | None, pinned: tuple[str, ...] = ()) -> Path:
    """A store holding the flow's contract, published as `published` (None: a bare inputSchema, no version),
    and pinned versions with the same inputs."""
    store = root / "store"
    store.mkdir(parents=True, exist_ok=True)
    for file, version in [(f"{UUID}.json", published), *((f"{UUID}@{v}.json", v) for v in pinned)]:
        document: dict[str, Any] = {"inputSchema": {"type": "object", "properties": INPUTS}}
        if version is not None:
            document = {"flowId": UUID, "flowName": "Order follow-up", "versionId": version, **document}
        (store / file).write_text(json.dumps(document))
    return store


def errors(report: validator.Report) -> set[tuple[str, str | None]]:
    return {(d.code, d.pointer) for d in report.diagnostics if d.severity is validator.Severity.ERROR}


def test_the_issue_body_keeps_its_type_error(tmp_path: Path) -> None:
    body = f'{{"flow_id": "{UUID}", "flowVersion": 3, "inputData": {{"Flow.orderCount": "2"}}}}'
    for published in ("3.0", None):
        store = make_store(tmp_path / str(published), published)
        assert not validator.check(body, contracts=store).ok
        for unsafe in (False, True):
            result = validator.fix(body, contracts=store, unsafe=unsafe)
            after = validator.check(result.body, contracts=store)
            assert result.remaining.ok == after.ok
            assert "FL207" not in {d.code for d in after.diagnostics}, (published, unsafe, result.body)
            if not unsafe:
                assert json.loads(result.body)["flowVersion"] == 3  # the version is a guess: only an unsafe fix writes it
            else:
                assert json.loads(result.body)["flowVersion"] == "3.0"


def test_the_version_fix_writes_a_version_id(tmp_path: Path) -> None:
    store = make_store(tmp_path, "3.0")
    found = validator.check({"flowId": UUID, "flowVersion": 3}, contracts=store).diagnostics
    [fix] = [d.fix for d in found if d.code == "FL105" and d.fix]
    assert fix.applicability.value == "unsafe" and "\"3.0\"" in fix.message
    renamed = validator.check({"flowId": UUID, "version": 3}, contracts=store).diagnostics
    [fix] = [d.fix for d in renamed if d.code == "FL102" and d.fix]
    assert fix.applicability.value == "unsafe" and "\"3.0\"" in fix.message
    [fix] = [d.fix for d in validator.check({"flowId": UUID, "version": 7}).diagnostics if d.code == "FL102" and d.fix]
    assert fix.applicability.value == "unsafe" and "\"7.0\"" in fix.message
    assert "\"2.5\"" in str([d.fix for d in validator.check({"flowId": UUID, "flowVersion": 2.5}).diagnostics])


def test_a_contract_without_a_version_applies_to_every_version(tmp_path: Path) -> None:
    store = make_store(tmp_path, None)
    report = validator.check({"flowId": UUID, "flowVersion": "4.0", "inputData": {"Flow.orderCount": "2"}}, contracts=store)
    assert [d.code for d in report.diagnostics] == ["FL204"] and not report.ok
    versioned = make_store(tmp_path / "v", "3.0")
    report = validator.check({"flowId": UUID, "flowVersion": "4.0", "inputData": {"Flow.orderCount": "2"}}, contracts=versioned)
    assert [d.code for d in report.diagnostics] == ["FL207"]  # a contract naming another version: a warning


def test_a_fix_that_would_check_against_another_version_is_display_only(tmp_path: Path) -> None:
    store = make_store(tmp_path, "5.0")
    body = {"flowId": UUID, "flowVersion": 3, "inputData": {"Flow.orderCount": "x"}}
    [version] = [d for d in validator.check(body, contracts=store).diagnostics if d.code == "FL105"]
    assert version.fix is not None and version.fix.applicability.value == "display-only"
    assert "another version's contract" in version.fix.message
    result = validator.fix(json.dumps(body), contracts=store, unsafe=True)
    assert json.loads(result.body)["flowVersion"] == 3 and not result.remaining.ok


FLOW_ID_KEYS = st.sampled_from(["flowId", "flow_id", "FlowId", "flowID", None])
VERSION_KEYS = st.sampled_from(["flowVersion", "version", "flow_version", None])
VERSIONS = st.sampled_from([3, 3.0, 2, 5, "3.0", "2.0", "3", "", None, 2.5])
INPUT_KEYS = st.sampled_from(["Flow.orderCount", "orderCount", "Flow.customerName", "flow.customerName", "Flow.other"])
VALUES = st.sampled_from([2, "2", "x", None, True, 2.5])


@st.composite
def bodies(draw: st.DrawFn) -> dict[str, Any]:
    body: dict[str, Any] = {}
    key = draw(FLOW_ID_KEYS)
    if key:
        body[key] = draw(st.sampled_from([UUID, UUID2, UUID.upper()]))
    key = draw(VERSION_KEYS)
    if key:
        body[key] = draw(VERSIONS)
    inputs = draw(st.dictionaries(INPUT_KEYS, VALUES, max_size=3))
    container = draw(st.sampled_from(["inputData", "input_data", "inputs", "top"]))
    if container == "top":
        body.update(inputs)
    else:
        body[container] = inputs
    return body


STORES = st.sampled_from([("3.0", ()), (None, ()), ("3.0", ("2.0",)), ("5.0", ("3.0",)), ("2.0", ())])


@pytest.mark.parametrize("unsafe", [False, True])
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=bodies(), store_kind=STORES, as_text=st.booleans())
@example(body={"flowId": UUID, "flowVersion": 3, "inputData": {"Flow.orderCount": "x"}}, store_kind=("2.0", ()), as_text=True)
@example(body={"flow_id": UUID, "flowVersion": 3, "inputData": {"Flow.orderCount": "2"}}, store_kind=(None, ()), as_text=False)
def test_after_fix_every_error_not_fixed_is_still_an_error(tmp_path_factory: pytest.TempPathFactory, unsafe: bool,
                                                           body: dict[str, Any], store_kind: tuple[Any, Any],
                                                           as_text: bool) -> None:
    store = make_store(tmp_path_factory.mktemp("s"), *store_kind)
    given_body: Any = json.dumps(body) if as_text else body
    before = validator.check(given_body, contracts=store)
    result = validator.fix(given_body, contracts=store, unsafe=unsafe)
    after = validator.check(result.body, contracts=store)
    assert result.remaining.ok == after.ok, (result.remaining.diagnostics, after.diagnostics)
    # An error at a member a fix changed is that fix's, whatever code said it (a prefix's case is FL203 without the
    # contract, FL211 once a fix before it lets the contract apply)
    targets = {d.pointer for d in result.applied}
    lost = {error for error in errors(before) if error[1] not in targets} - errors(after)
    assert not lost, (body, result.body, [(d.code, d.pointer, d.fix and d.fix.message) for d in result.applied],
                      after.diagnostics)


# --- a stray comma hides nothing -------------------------------------------------------------------------------

def test_a_trailing_comma_is_reported_with_its_fix_and_the_rest_is_checked(tmp_path: Path) -> None:
    text = f'{{"flow_id": "{UUID}", "type": "x", "inputData": {{"orderCount": 2,}},}}'
    path = tmp_path / "b.json"
    path.write_text(text)
    result = flowlint("check", "--format", "json", str(path))
    found = json.loads(result.stdout)["diagnostics"]
    commas = [d for d in found if d["code"] == "FL001"]
    assert [text[d["column"] - 1] for d in commas] == [",", ","] and len({d["column"] for d in commas}) == 2
    assert all(d["fix"] and d["fix"]["applicability"] == "safe" for d in commas)
    assert {"FL101", "FL102", "FL203"} <= {d["code"] for d in found}  # the rest of the body, in the same run
    text_report = flowlint("check", str(path)).stdout
    assert text_report.count("fix: remove the comma") == 2 and "2,},}" in text_report  # excerpts as written
    assert flowlint("check", "--fix", str(path)).exit_code == 1
    assert json.loads(path.read_text()) == {"flowId": UUID, "type": "x", "inputData": {"Flow.orderCount": 2}}


def test_commas_past_the_limit_or_beside_another_error_report_the_first(tmp_path: Path) -> None:
    many = "{" + '"a": [' * 30 + "1," + "]," * 29 + "]}"
    assert [d.code for d in validator.check(many).diagnostics] == ["FL001"]
    assert [d.code for d in validator.check('{"flowId": "x", "a": [1,], "b": tru}').diagnostics] == ["FL001"]
    assert "FL104" in {d.code for d in validator.check('{"flowId": "x", "a": [1,,2]}').diagnostics}


# --- a move writes its values anew: what the text says of them must still be said ------------------------------------

_NO_CONTRACT = "0d9c7b5a-3e1f-4a2b-9c8d-7e6f5a4b3c2d"  # (no snapshot: the move is offered for every input)
_DUPLICATED = f'{{\n  "flowId": "{_NO_CONTRACT}",\n  "inputs": {{"a": 1, "a": 2, "b": 3}}\n}}\n'
_IMPLICIT = f"flowId: {_NO_CONTRACT}\ninputs:\n  hex: 0x1F\n  flag: yes\n  octal: 010\n  plain: text\n"


@pytest.mark.parametrize(("name", "text", "code", "moved"), [
    ("dup.json", _DUPLICATED, "FL002", '"inputData": {"Flow.a": 1, "Flow.a": 2, "Flow.b": 3}'),
    ("y.yaml", _IMPLICIT, "FL006", "inputData:\n  Flow.hex: 0x1F\n  Flow.flag: yes\n  Flow.octal: 010\n  Flow.plain: text\n"),
])
def test_a_move_carries_the_text_a_finding_is_about_and_it_is_still_said(tmp_path: Path, name: str, text: str, code: str,
                                                                         moved: str) -> None:
    # Before: the move into inputData wrote `{"Flow.a": 2, ...}` (the first `a` dropped, FL002 gone) and `0x1F` as 31,
    # `yes` as true, `010` as 8 (the FL006 warnings, left to the author, decided by the fix and gone); then it was
    # refused for that. Now it carries the text as written, and what the text says is said where it lands.
    shown = check_document(load_text(text, name), CheckOptions())
    [move] = [d for d in shown if d.code == "FL101"]
    assert move.fix is not None and move.fix.edits, move
    said = sum(d.code == code for d in shown)
    assert said > 0
    fixed = apply_edits(text, move.fix.edits)  # the move alone: nothing else decides the text for it
    assert moved in fixed, fixed
    after = check_document(load_text(fixed, name), CheckOptions())
    assert "FL101" not in {d.code for d in after}
    assert sum(d.code == code for d in after) == said


def test_the_fixes_a_disproven_move_overlapped_are_still_made(tmp_path: Path) -> None:
    # The move covers the whole `inputs` member, so each quote fix of a value in it overlapped it and was left for a
    # later pass, which chose the move again: nothing at all was fixed. Now the quotes are made (the author's texts kept),
    # then the move carries strings that need no reading.
    path = tmp_path / "y.yaml"
    path.write_text(_IMPLICIT)
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 0, result.output
    fixed = path.read_text()
    assert 'Flow.hex: "0x1F"' in fixed and 'Flow.flag: "yes"' in fixed and 'Flow.octal: "010"' in fixed, fixed
