"""Tests that can fail (issue 18): each kills a mutant the suite let live, and proves what it checks was reached.

`CheckOptions.for_rule(code)` turns every other rule off (ruff's `for_rule`): a test sees only what it is about.
"""

from __future__ import annotations

import json
from pathlib import Path

from validator.checker.engine import CheckOptions, check_document
from validator.checker.launches import load_source
from validator.contracts.store import ContractStore
from validator.core.codes import HARD_CODED_TOKEN, INPUT_TYPE_MISMATCH, MISSING_FLOW_PREFIX, RULES, TOOL_FAILURES
from validator.core.diagnostics import Applicability
from validator.sources.document import load_text

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_for_rule_turns_every_other_rule_off() -> None:
    options = CheckOptions.for_rule(INPUT_TYPE_MISMATCH)
    assert {code for code, severity in options.severities.items() if severity is None} == \
        set(RULES) - {INPUT_TYPE_MISMATCH} - TOOL_FAILURES
    text = json.dumps({"flowId": UUID, "inputData": {"Flow.isVip": "1", "orderCount": 2}})
    every = {d.code for d in check_document(load_text(text, "b.json"), CheckOptions(contracts=_store()))}
    assert MISSING_FLOW_PREFIX in every  # reached: another rule speaks about this body
    only = check_document(load_text(text, "b.json"), CheckOptions.for_rule(INPUT_TYPE_MISMATCH, contracts=_store()))
    assert [d.code for d in only] == [INPUT_TYPE_MISMATCH]


def _store() -> ContractStore:
    return ContractStore(Path(__file__).parent.parent / ".flowlint" / "flows")


def test_a_one_or_zero_for_a_boolean_is_an_unsafe_fix() -> None:
    # "1" may mean true, or a count someone put in the wrong input: only --unsafe-fixes turns it into true.
    for text, safe in (("1", False), ("0", False), ("yes", True), ("true", True)):
        body = json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.isVip": text}})
        found = check_document(load_text(body, "b.json"), CheckOptions.for_rule(INPUT_TYPE_MISMATCH, contracts=_store()))
        assert [d.code for d in found] == [INPUT_TYPE_MISMATCH], text  # reached: the Boolean input is judged
        fix = found[0].fix
        assert fix is not None and fix.applicability is (Applicability.SAFE if safe else Applicability.UNSAFE), text


def test_check_fix_leaves_a_one_for_a_boolean_without_unsafe_fixes(tmp_path: Path) -> None:
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.isVip": "1",
                                                              "Flow.orderCount": "2"}}))
    flowlint("check", "--fix", str(body))
    inputs = json.loads(body.read_text())["inputData"]
    assert inputs["Flow.orderCount"] == 2  # reached: the safe fix beside it was applied
    assert inputs["Flow.isVip"] == "1"
    flowlint("check", "--fix", "--unsafe-fixes", str(body))
    assert json.loads(body.read_text())["inputData"]["Flow.isVip"] is True


def _fetch(authorization: str) -> bytes:
    return (f"await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json', "
            f"Authorization: '{authorization}' }}, body: JSON.stringify({{ flowId: '{UUID}' }}) }});\n").encode()


def test_basic_credentials_written_in_code_are_a_hard_coded_token() -> None:
    for scheme in ("Basic", "Bearer"):
        documents = load_source("javascript", _fetch(f"{scheme} dXNlcjpzM2NyM3QtdmFsdWUtOTk4Nw=="), "a.js")
        found = [d.code for document in documents for d in check_document(document, CheckOptions.for_rule(HARD_CODED_TOKEN))]
        assert found == [HARD_CODED_TOKEN], scheme
    documents = load_source("javascript", _fetch("Basic ${credentials}"), "a.js")
    assert len(documents) == 1  # reached: the launch was found, and a variable is no token
    assert [d.code for d in check_document(documents[0], CheckOptions.for_rule(HARD_CODED_TOKEN))] == []


def test_an_inserted_quoted_key_takes_the_file_quote_style(tmp_path: Path) -> None:
    for quote in ("'", '"'):
        source = (f"await fetch({quote}{API}{quote}, {{ method: {quote}POST{quote}, headers: {{ {quote}Content-Type{quote}: "
                  f"{quote}application/json{quote} }},\n  body: JSON.stringify({{ flowId: {quote}{UUID}{quote}, "
                  f"inputData: {{ customerName: name }} }}) }});\n")
        path = tmp_path / "a.js"
        path.write_text(source)
        flowlint("check", "--fix", str(path))
        assert path.read_text() == source.replace("customerName: name", f"{quote}Flow.customerName{quote}: name"), quote
