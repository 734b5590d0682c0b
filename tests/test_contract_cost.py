"""A contract is untrusted input: what checking a body against it costs is bounded by its size, whatever its shape.

fastjsonschema's generated code copies each subschema into every error it can raise: a 689 KB snapshot declaring an
enum of 100,000 integers made every check of its flow take ~10 s and 1 GB, though the body did not use that input
(reviewer B, /tmp/s35/revB/2)."""

from __future__ import annotations

import json
from typing import Any

import fastjsonschema
import pytest

from validator.contracts import schema as schemas
from validator.contracts.store import Contract
from validator.contracts.subset import SubsetValidator

FLOW = "00000000-0000-4000-8000-00000000000b"


def _compiled_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size (as JSON) of each schema fastjsonschema is asked to compile."""
    sizes: list[int] = []
    real = fastjsonschema.compile

    def counted(definition: Any, *args: Any, **kwargs: Any) -> Any:
        sizes.append(len(json.dumps(definition)))
        return real(definition, *args, **kwargs)

    monkeypatch.setattr(fastjsonschema, "compile", counted)
    return sizes


def _contract(allowed: list[int]) -> Contract:
    # multipleOf: a keyword beyond subset.py's, so the yes/no check is fast_check's to make
    return Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.priority": {"type": "integer", "enum": allowed, "multipleOf": 1}, "Flow.name": {"type": "string"}}})


def test_a_big_enum_is_not_compiled_to_code(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = _compiled_sizes(monkeypatch)
    contract = _contract(list(range(20_000)))
    assert contract.is_valid({"Flow.name": "x"}) and contract.is_valid({"Flow.priority": 19_999})
    assert not contract.is_valid({"Flow.priority": 20_000}) and not contract.is_valid({"Flow.name": 1})
    assert sizes == []  # jsonschema decided: nothing was compiled


def test_a_normal_contract_keeps_the_compiled_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = _compiled_sizes(monkeypatch)
    contract = _contract([1, 2, 3])
    assert contract.is_valid({"Flow.priority": 3}) and not contract.is_valid({"Flow.priority": 4})
    assert len(sizes) == 1 and sizes[0] < schemas.MAX_COMPILED_SCHEMA


def test_the_estimate_counts_a_nested_subschema_in_each_it_is_in() -> None:
    leaf: dict[str, Any] = {"type": "string", "description": "x" * 500}
    for _ in range(10):  # 10 levels: ~5 KB as JSON, but each level's code copies all below it
        leaf = {"type": "object", "properties": {"a": leaf}}
    assert len(json.dumps(leaf)) < schemas.MAX_COMPILED_SCHEMA // 4
    assert not schemas.too_big_to_compile(leaf)
    for _ in range(54):
        leaf = {"type": "object", "properties": {"a": leaf}}
    assert len(json.dumps(leaf)) < schemas.MAX_COMPILED_SCHEMA // 4 and schemas.too_big_to_compile(leaf)


def test_an_enum_of_numbers_is_a_set_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot of the repro, checked by subset.py: each value one look-up in a set of the allowed ones (jsonschema
    compares it with each of them in turn: 50 ms a body for 100,000 of them)."""
    sizes = _compiled_sizes(monkeypatch)
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.priority": {"type": "integer", "enum": list(range(100_000))}, "Flow.on": {"enum": [True, None, 2.5]}}})
    assert contract.is_valid({"Flow.priority": 99_999}) and not contract.is_valid({"Flow.priority": 7.0})  # draft 4
    assert contract.is_valid({"Flow.on": True}) and contract.is_valid({"Flow.on": None})
    assert not contract.is_valid({"Flow.priority": 100_000}) and not contract.is_valid({"Flow.on": 1})
    [error] = list(contract.validator.iter_errors({"Flow.priority": -1}))
    assert error.validator == "enum" and error.validator_value is contract.effective["properties"]["Flow.priority"]["enum"]
    assert [e.validator for e in contract.validator.iter_errors({"Flow.on": False})] == ["enum"]
    assert list(contract.validator.iter_errors({"Flow.on": 2.5, "Flow.priority": 3})) == []
    assert isinstance(contract.validator, SubsetValidator) and sizes == []  # neither jsonschema nor compiled code
