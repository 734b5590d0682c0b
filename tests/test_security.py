"""Contracts, platform replies and repository files are untrusted input: each attack of issue 12, by name.

Every test reproduces an attack (a hostile contract, a fake server on loopback, a file in a temp
directory) and fails without the defence it names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import validator
from validator.contracts import Contract, contract_from_document
from validator.schema import fast_check, launch_is_valid, launch_schema, launch_validator

from conftest import UUID, UUID2, check_text, codes, diagnostics, flowlint
from fake_genesys import FakeGenesys

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _body(inputs: dict[str, Any]) -> dict[str, Any]:
    return {"flowId": UUID2, "inputData": inputs}


def _store_with(tmp_path: Path, input_schema: dict[str, Any]) -> Path:
    store = tmp_path / "store"
    store.mkdir(exist_ok=True)
    snapshot = {"flowId": UUID2, "flowName": "F", "flowType": "WORKFLOW", "versionId": "1.0",
                "fetchedAt": "2026-01-01T00:00:00Z", "inputSchema": input_schema}
    (store / f"{UUID2}.json").write_text(json.dumps(snapshot))
    return store


# --- 1. A contract reaches outside itself ---------------------------------------------------------

@pytest.mark.parametrize("keyword", ["$ref", "$dynamicRef", "$recursiveRef"])
def test_ref_to_a_local_file_is_fl901_and_the_file_is_never_read(tmp_path: Path, keyword: str) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"enum": ["TOPSECRET-VALUE"]}))
    store = _store_with(tmp_path, {"type": "object", "properties": {"Flow.a": {keyword: secret.as_uri()}}})
    payload = tmp_path / "p.json"
    payload.write_text(json.dumps(_body({"Flow.a": "x"})))
    result = flowlint("check", "--no-color", "--contracts", str(store), str(payload))
    assert result.exit_code == 3
    assert "FL901" in result.stdout and secret.as_uri() in result.stdout
    assert "TOPSECRET" not in result.stdout + result.stderr


def test_ref_to_a_url_makes_no_request(platform: FakeGenesys, tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"$ref": platform.url + "/schema.json"}}}
    found = validator.check(_body({"Flow.a": 1}), contract=schema)
    assert codes([d.to_dict() for d in found.diagnostics]) == ["FL901"]
    assert platform.url + "/schema.json" in found.diagnostics[0].message
    store = _store_with(tmp_path, schema)
    assert flowlint("check", "--contracts", str(store), "-", input=json.dumps(_body({"Flow.a": 1}))).exit_code == 3
    assert platform.requests == []


def test_ref_hidden_behind_an_id_base_makes_no_request(platform: FakeGenesys) -> None:
    """`"$ref": "#"` is local text, but under a nested `$id` naming a server it is that server's document."""
    schema = {"type": "object", "properties": {"Flow.a": {"properties": {"n": {"$id": platform.url + "/x.json",
                                                                               "$ref": "#/definitions/y"}}}}}
    found = validator.check(_body({"Flow.a": {"n": 1}}), contract=schema)
    assert all(d.code in ("FL901", "FL205", "FL204") for d in found.diagnostics)
    assert platform.requests == []


def test_local_refs_still_work() -> None:
    schema = {"id": "http://127.0.0.1:9/never.json", "type": "object", "definitions": {"s": {"type": "string"}},
              "properties": {"Flow.a": {"$ref": "#/definitions/s"}}}
    assert validator.check(_body({"Flow.a": "x"}), contract=schema).ok
    assert [d.code for d in validator.check(_body({"Flow.a": 1}), contract=schema).diagnostics] == ["FL204"]


def test_ref_in_flow_schema_is_a_contract_error_exit_3(tmp_path: Path) -> None:
    contract = tmp_path / "inputs.json"
    contract.write_text(json.dumps({"properties": {"Flow.a": {"$ref": "/etc/passwd"}}}))
    result = flowlint("check", "--flow-schema", str(contract), "fixtures/valid")
    assert result.exit_code == 3 and "'/etc/passwd'" in result.stderr and "root:" not in result.stdout


def test_ref_inside_enum_data_is_data_not_a_reference() -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"enum": [{"$ref": "http://x/"}]}}}
    assert validator.check(_body({"Flow.a": {"$ref": "http://x/"}}), contract=schema).ok


# --- 5. Catastrophic regexes; ECMA-262 semantics (also issue 11) ---------------------------------

def test_catastrophic_pattern_in_a_contract_does_not_hang() -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": "^(a+)+$"}}}
    found = validator.check(_body({"Flow.a": "a" * 34 + "!"}), contract=schema)  # hours with a backtracking engine
    assert [d.code for d in found.diagnostics] == ["FL205"]
    assert validator.check(_body({"Flow.a": "a" * 5000}), contract=schema).ok


def test_catastrophic_pattern_property_does_not_hang() -> None:
    schema = {"type": "object", "patternProperties": {"^(a|aa)+$": {"type": "integer"}}, "additionalProperties": False}
    found = validator.check(_body({"a" * 40 + "!": 1}), contract=schema)
    assert [d.code for d in found.diagnostics] == ["FL202"]


def test_dollar_does_not_match_before_a_final_newline_in_the_bundled_schema() -> None:
    body = {"flowId": UUID + "\n"}
    assert not launch_is_valid()(body)
    assert not launch_validator().is_valid(body)
    assert "FL104" in codes(check_text(json.dumps(body)))


def test_dollar_does_not_match_before_a_final_newline_in_contracts() -> None:
    schema = {"type": "object", "properties": {"Flow.id": {"type": "string", "pattern": "^[0-9a-f]+$"}}}
    contract = contract_from_document(schema, "x")
    assert contract.is_valid({"Flow.id": "abc"}) and not contract.is_valid({"Flow.id": "abc\n"})
    assert not contract.validator.is_valid({"Flow.id": "abc\n"})
    assert [d.code for d in validator.check(_body({"Flow.id": "abc\n"}), contract=schema).diagnostics] == ["FL205"]


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (r"^\d+$", "١٢٣", False),  # ECMA \d is ASCII; Python's is every Unicode digit
    (r"^\w+$", "é", False),
    (r"^\s$", "\u00a0", True),  # ECMA \s includes no-break space and BOM
    (r"^\s$", "\ufeff", True),
    (r"^.$", "\u2028", False),  # ECMA . stops at every line terminator
    (r"^.$", "😀", True),
    (r"^\u0041$", "A", True),
    (r"^[^]$", "\n", True),
    (r"^a{2}$", "aa", True),
    (r"^a{,2}$", "a{,2}", True),  # Annex B: not a quantifier
    (r"^[[:alpha:]]$", "[:alpha:]]"[:1] + "]", True),  # ECMA: a class of [ : a l p h, then ]
    (r"(?=a)a", "a", True),  # lookahead: RE2 cannot, so the pattern is unknown and passes
])
def test_ecma_semantics(pattern: str, text: str, matches: bool) -> None:
    from validator.ecma_regex import compile_pattern

    assert compile_pattern(pattern).search(text) is matches


@pytest.mark.parametrize("pattern", ["(?i)abc", "a(?P<n>b)", "\\", "(", "a**"])
def test_pattern_that_is_not_ecma_is_fl901(pattern: str) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": pattern}}}
    found = validator.check(_body({"Flow.a": "x"}), contract=schema)
    assert [d.code for d in found.diagnostics] == ["FL901"]


patterns = st.sampled_from([r"^[0-9]+$", r"^Flow\.", r"^\s*$", r"^.$", r"^\w+$", r"^\d{2}$", "^é+$", r"[😀-😂]", r"\S$",
                            r"^(a+)+$", r"^[^\n]*$"])
texts = st.text(alphabet=st.sampled_from(list("a09é😀 \n\r\t\u2028\u00a0\ufeff\ud800.Flow")), max_size=8)


@SETTINGS
@given(patterns, st.lists(texts, max_size=3), st.dictionaries(texts, st.integers(), max_size=3))
def test_fast_and_explaining_validators_agree_on_patterns_with_newlines_and_unicode(
        pattern: str, values: list[str], extra: dict[str, int]) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "array", "items": {"type": "string", "pattern": pattern}}},
              "patternProperties": {pattern: {"type": "integer"}}}
    contract = Contract(schema, "x")
    inputs: dict[str, Any] = {"Flow.a": values, **extra}
    assert contract.is_valid(inputs) == contract.validator.is_valid(inputs)


@SETTINGS
@given(st.sampled_from([UUID, UUID + "\n", "\n" + UUID, UUID.upper(), "８f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"]),
       st.sampled_from(["Flow.a", "Flow.\n", "flow.a", "Flow.é"]))
def test_fast_and_explaining_validators_agree_on_the_envelope_with_newlines(flow_id: str, key: str) -> None:
    body: dict[str, Any] = {"flowId": flow_id, "inputData": {key: 1}}
    schema = launch_schema()
    assert fast_check(schema)(body) == launch_validator().is_valid(body)
    assert jsonschema.Draft202012Validator(schema).is_valid(body) in (True, False)


def test_json_output_is_parseable_for_pattern_findings() -> None:
    found = diagnostics("--stdin-filename", "b.json", "-", input=json.dumps({"flowId": UUID + "\n"}))
    assert found and all(d["file"] == "b.json" for d in found)
