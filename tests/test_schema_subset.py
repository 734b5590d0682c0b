"""The launch schema's errors listed without jsonschema (contracts/subset.py) are jsonschema's, one for one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.contracts.schema import explaining_validator, fast_check, iter_errors, launch_is_valid, launch_schema, launch_validator
from validator.contracts.subset import SubsetValidator, subset_validator
from validator.core.unknown import OpenObject, Unknown, UnknownText

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
_JSONSCHEMA = explaining_validator(launch_schema())
_FAST = fast_check(launch_schema())


def described(errors: Any) -> list[tuple[Any, ...]]:
    return [(tuple(e.absolute_path), e.validator, tuple(e.schema_path), e.message, repr(e.validator_value),
             repr(e.instance), bool(e.context)) for e in errors]


def same_errors(body: Any) -> None:
    subset = launch_validator()
    assert isinstance(subset, SubsetValidator)  # the bundled schema is explained without jsonschema
    assert described(subset.iter_errors(body)) == described(_JSONSCHEMA.iter_errors(body))
    assert described(iter_errors(subset, body)) == described(iter_errors(_JSONSCHEMA, body))  # unknowns decided alike
    assert launch_is_valid().__module__ == "validator.contracts.subset"  # nor is a body judged by fastjsonschema
    assert subset.is_valid(body) is _JSONSCHEMA.is_valid(body) is _FAST(body)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8),
                    st.sampled_from([UUID, UUID.upper(), "Flow.x", "3.0", "…"]),
                    st.builds(Unknown, st.text(max_size=4)), st.builds(UnknownText, st.just("…")))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["Flow.a", "a", "flowId", "x"]), inner, max_size=3),
    st.dictionaries(st.sampled_from(["Flow.a", "b"]), inner, max_size=2).map(OpenObject)), max_leaves=8)
keys = st.sampled_from(["flowId", "flowVersion", "inputData", "name", "type", "flow_id", "inputs", "id", "zeta", "alpha"])
bodies = st.one_of(values, st.dictionaries(keys, values, max_size=6), st.dictionaries(keys, values, max_size=6).map(OpenObject))


@settings(max_examples=400, deadline=None)
@given(bodies)
def test_the_subset_lists_jsonschemas_errors(body: Any) -> None:
    same_errors(body)


def test_the_subset_lists_jsonschemas_errors_for_every_fixture_body() -> None:
    seen = 0
    for path in sorted(FIXTURES.rglob("*.json")):
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        same_errors(body)
        seen += 1
    same_errors({"flowId": "nope", "type": "flow", "inputData": {"x": 1, "Flow.y": 2, "z": Unknown("z")}, "flowVersion": 3})
    assert seen > 20


def test_a_schema_beyond_the_subset_is_left_to_jsonschema() -> None:
    bundled = launch_schema()
    assert subset_validator(bundled) is not None
    for changed in ({**bundled, "minProperties": 1}, {**bundled, "additionalProperties": {"type": "string"}},
                    {**bundled, "properties": {**bundled["properties"], "name": {"type": "string", "maxLength": 3}}},
                    {**bundled, "type": "thing"}, {**bundled, "required": "flowId"},
                    {**bundled, "properties": {"flowId": {"pattern": "(?<=a"}}}):
        assert subset_validator(changed) is None
