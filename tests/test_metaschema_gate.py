"""The cheap draft-04 gate never vouches for a schema the real metaschema check refuses."""

from __future__ import annotations

from typing import Any

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.contracts.store import BrokenContract, check_metaschema, plainly_valid_draft4

META = jsonschema.Draft4Validator(jsonschema.Draft4Validator.META_SCHEMA)

_ANY = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False), st.text(max_size=3),
                 st.lists(st.sampled_from(["a", "b", "string", 1, True]), max_size=3))
_VALID_TYPES = st.sampled_from(["string", "integer", "number", "boolean", "object", "array", "null"])
_TYPES = st.one_of(_VALID_TYPES, st.sampled_from(["strin", "any", "String"]))


def _mostly(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly plausible values, sometimes anything: the gate must be right at the edge."""
    return st.one_of(valid, valid, valid, _ANY)


def _schemas(depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    child = _schemas(depth - 1) if depth else st.just({})
    values = {
        "type": _mostly(st.one_of(_TYPES, st.lists(_TYPES, max_size=3))),
        "properties": _mostly(st.dictionaries(st.sampled_from(["Flow.a", "Flow.b", "c"]), child, max_size=3)),
        "items": _mostly(st.one_of(child, st.lists(child, max_size=2))),
        "additionalProperties": _mostly(st.one_of(st.booleans(), child)),
        "required": _mostly(st.lists(st.sampled_from(["Flow.a", "Flow.b", 1]), max_size=3)),
        "enum": _mostly(st.lists(st.sampled_from(["low", "high", 1, None]), max_size=3)),
        "minLength": _mostly(st.integers(-2, 5)), "maxItems": _mostly(st.integers(-2, 5)),
        "maximum": _mostly(st.one_of(st.integers(), st.floats(allow_nan=False))),
        "exclusiveMaximum": _mostly(st.booleans()), "format": _mostly(st.sampled_from(["date", "date-time"])),
        "title": _mostly(st.text(max_size=3)), "id": _ANY, "$schema": _ANY, "default": _ANY, "pattern": _ANY,
    }
    return st.dictionaries(st.sampled_from(sorted(values)), st.none(), max_size=4).flatmap(
        lambda keys: st.fixed_dictionaries({key: values[key] for key in keys}))


@settings(max_examples=500, deadline=None)
@given(_schemas())
def test_the_gate_vouches_only_for_schemas_the_metaschema_accepts(schema: dict[str, Any]) -> None:
    if plainly_valid_draft4(schema):
        assert META.is_valid(schema), schema


def test_the_usual_contract_passes_the_gate_and_a_typo_does_not() -> None:
    usual = {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "required": ["Flow.a"],
             "additionalProperties": False,
             "properties": {"Flow.a": {"type": "string", "description": "x"}, "Flow.n": {"type": "integer", "minimum": 0},
                            "Flow.d": {"type": "array", "items": {"type": "string", "format": "date"}},
                            "Flow.p": {"type": "string", "enum": ["low", "high"]}}}
    assert plainly_valid_draft4(usual)
    check_metaschema(usual)
    typo = {"type": "object", "properties": {"Flow.a": {"type": "strin"}}}
    assert not plainly_valid_draft4(typo)
    try:
        check_metaschema(typo)
    except BrokenContract as err:
        assert "properties.Flow.a.type" in str(err)
    else:
        raise AssertionError("a typo in a type passed the metaschema check")
