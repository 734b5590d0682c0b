"""A pattern RE2 cannot express (lookaround, backreferences) decides nothing: what it would decide is unknown.

It was taken to match every key: a patternProperties pattern whose subschema a key's value breaks made an error on
every input (a guess failing a check), and a key declared only by such a pattern was let through without a word (a
guess hiding one). Now neither: no error rests on it, and one FL213 note says which inputs were left unchecked."""

from __future__ import annotations

from typing import Any

from validator.contracts import ecma_regex
from validator.contracts import schema as schemas
from validator.contracts.store import Contract
from validator.core.diagnostics import Finding
from validator.rules.inputs import check_inputs

FLOW = "00000000-0000-4000-8000-00000000000c"
LOOKAHEAD = r"^(?=Flow\.)Flow\.n"  # valid ECMA-262 that RE2 cannot run


def _check(input_schema: dict[str, Any], data: dict[str, Any]) -> list[Finding]:
    contract = Contract(source="tickets.json", flow_id=FLOW, flow_name="Tickets", input_schema=input_schema)
    return check_inputs({"flowId": FLOW, "inputData": data}, contract)


def test_the_pattern_is_one_flowlint_cannot_match() -> None:
    assert not ecma_regex.compile_pattern(LOOKAHEAD).known and ecma_regex.compile_pattern(r"^Flow\.n").known


def test_a_key_it_may_match_gets_no_error_from_its_subschema() -> None:
    """The guess failing a check: each input was held to the pattern's {"type": "integer"}."""
    found = _check({"type": "object", "properties": {"Flow.a": {"type": "string"}},
                    "patternProperties": {LOOKAHEAD: {"type": "integer"}}}, {"Flow.a": "x", "Flow.name": "Ada"})
    [note] = found
    assert note.code == "FL213" and note.path == ("inputData",)
    assert f"`{LOOKAHEAD}`" in note.message and "`Flow.a`, `Flow.name`" in note.message


def test_a_key_only_it_may_declare_is_not_let_through_unsaid() -> None:
    """The guess hiding a finding: `Flow.zzz` matches no declared input, and whether the pattern declares it is unknown
    (no FL202 either: that too would rest on a guess)."""
    found = _check({"type": "object", "properties": {"Flow.a": {"type": "string"}},
                    "patternProperties": {LOOKAHEAD: {"type": "string"}}}, {"Flow.a": "x", "Flow.zzz": "y"})
    [note] = found
    assert note.code == "FL213" and "`Flow.zzz`" in note.message and "`Flow.a`" not in note.message


def test_a_value_pattern_it_cannot_match_is_said_not_passed() -> None:
    input_schema = {"type": "object", "properties": {"Flow.code": {"type": "string", "pattern": r"^(\w)\1$"}}}
    [note] = _check(input_schema, {"Flow.code": "xy"})
    assert note.code == "FL213" and "`Flow.code`" in note.message
    assert _check(input_schema, {"Flow.code": 7})[0].code == "FL204"  # what is known is still said
    assert schemas.fast_check(input_schema) is None  # compiled code would guess: jsonschema says it is not known


def test_known_patterns_beside_it_still_decide() -> None:
    found = _check({"type": "object", "properties": {"Flow.a": {"type": "string"}},
                    "patternProperties": {r"^Flow\.k": {"type": "integer"}, LOOKAHEAD: {"type": "string"}}},
                   {"Flow.a": "x", "Flow.k1": "one", "Flow.k2": 2})
    assert [(f.code, f.path) for f in found] == [("FL204", ("inputData", "Flow.k1")), ("FL213", ("inputData",))]
    assert "`Flow.k2`" in found[1].message and "`Flow.k1`" not in found[1].message  # only where its answer matters
    assert _check({"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": "^x"}}},
                  {"Flow.a": "y"})[0].code == "FL205"


def test_a_pattern_set_says_which_patterns_it_cannot_match() -> None:
    found = ecma_regex.PatternSet([r"^Flow\.", LOOKAHEAD, "^x", r"(a)\1"])
    assert found.unknown == [1, 3]
    assert found.matching("Flow.name") == [0] and found.matching("xa") == [2] and found.matching("aa") == []
