"""A contract is untrusted input: what checking a body against it costs is bounded by its size, whatever its shape.

fastjsonschema's generated code copies each subschema into every error it can raise: a 689 KB snapshot declaring an
enum of 100,000 integers made every check of its flow take ~10 s and 1 GB, though the body did not use that input
(reviewer B, /tmp/s35/revB/2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.contracts import cost, ecma_regex
from validator.contracts import schema as schemas
from validator.contracts.store import Contract
from validator.contracts.subset import SubsetValidator
from validator.core.codes import RULES

ROOT = Path(__file__).resolve().parent.parent

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
    assert schemas.compiled_weight(leaf) is not None
    for _ in range(54):
        leaf = {"type": "object", "properties": {"a": leaf}}
    assert len(json.dumps(leaf)) < schemas.MAX_COMPILED_SCHEMA // 4 and schemas.compiled_weight(leaf) is None


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


def _pattern_contract(patterns: list[str], extra: dict[str, Any] | None = None) -> Contract:
    return Contract(source="test", flow_id=FLOW, input_schema={
        "type": "object", "additionalProperties": False, "properties": {"Flow.known": {"type": "string"}},
        "patternProperties": {pattern: {"type": "string", **(extra or {})} for pattern in patterns}})


def test_pattern_properties_match_each_key_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key is matched against all patterns in one pass (an RE2 set), not once per pattern: patterns x keys was
    quadratic (2,000 x 2,000: 43 s; reviewer B, /tmp/s35/revB/6)."""
    sizes = _compiled_sizes(monkeypatch)
    searches: list[str] = []
    real = ecma_regex.EcmaPattern._search

    def search(self: ecma_regex.EcmaPattern, text: str) -> bool:
        searches.append(text)
        return real(self, text)

    matched: list[str] = []
    real_matching = ecma_regex.PatternSet.matching

    def matching(self: ecma_regex.PatternSet, text: Any) -> list[int]:
        matched.append(text)
        return real_matching(self, text)

    monkeypatch.setattr(ecma_regex.EcmaPattern, "_search", search)
    monkeypatch.setattr(ecma_regex.PatternSet, "matching", matching)
    contract = _pattern_contract([rf"^Flow\.p{n}[a-z]*$" for n in range(300)])
    body = {**{f"Flow.q{n}": "x" for n in range(300)}, "Flow.p7abc": 1, "Flow.p12": "ok", "Flow.known": "k"}
    assert not contract.is_valid(body)
    errors = list(contract.validator.iter_errors(body))
    assert [(e.validator, list(e.absolute_path)) for e in errors if e.validator != "additionalProperties"] == \
        [("type", ["Flow.p7abc"])]
    [extra] = [e for e in errors if e.validator == "additionalProperties"]
    assert "'Flow.q0'" in extra.message and "Flow.p12" not in extra.message and "Flow.known" not in extra.message
    assert sizes == [] and matched and len(matched) + len(searches) <= 4 * (len(body) + 300)


def test_a_pattern_set_gives_each_patterns_own_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [r"^Flow\.", "(?<=a)b", "^[0-9]+$", "é$", r"\d", "^x"]  # bundled, unknown (lookbehind), RE2 ones
    texts = ["Flow.a", "ab", "123", "café", "a1", "x", "\ud800", ""]
    expected = [[i for i, source in enumerate(sources) if ecma_regex.compile_pattern(source).known
                 and ecma_regex.compile_pattern(source).search(t)] for t in texts]  # the unknown one is matched by none
    assert [ecma_regex.PatternSet(sources).matching(t) for t in texts] == expected
    real = ecma_regex._re2_set
    monkeypatch.setattr(ecma_regex, "_re2_set", lambda part: real(part) if len(part) == 1 else None)  # RE2 refuses sets
    assert [ecma_regex.PatternSet(sources).matching(t) for t in texts] == expected
    assert ecma_regex.PatternSet(sources).matching(1) == list(range(len(sources)))  # no string: as `search` says


class _Quoted(list):  # type: ignore[type-arg]
    """An enum's list that counts the times it is written out."""

    written = 0

    def __repr__(self) -> str:
        _Quoted.written += 1
        return super().__repr__()


def test_an_enum_error_quotes_the_allowed_values_only_when_read() -> None:
    """2,000 wrong items against an enum of 50,000 integers: each error's jsonschema words (340 KB) made eagerly took
    1.3 GB; the rules read them only where no better words are had."""
    _Quoted.written = 0
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "items": {"type": "integer", "enum": _Quoted(range(50))}}}})
    errors = list(contract.validator.iter_errors({"Flow.list": [-1 - n for n in range(2_000)]}))
    assert isinstance(contract.validator, SubsetValidator) and len(errors) == 2_000 and _Quoted.written == 0
    assert errors[5].message == f"-6 is not one of {list(range(50))!r}" and _Quoted.written == 1
    assert errors[5].message.startswith("-6 is not") and _Quoted.written == 1  # made once


class _Walked(_Quoted):
    """An enum's list that also counts the times it is gone through."""

    walked = 0

    def __iter__(self) -> Any:
        _Walked.walked += 1
        return super().__iter__()


def test_jsonschema_checks_an_enum_of_scalars_as_a_set_and_words_it_when_read() -> None:
    """A contract beyond subset.py (multipleOf) with a big enum is jsonschema's to check: its enum compared a value with
    each allowed one (50 ms a value for 100,000) and wrote every allowed value into each error."""
    _Quoted.written = _Walked.walked = 0
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "items": {"type": "integer", "enum": _Walked(range(50)), "multipleOf": 1}}}})
    errors = list(contract.validator.iter_errors({"Flow.list": [*(-1 - n for n in range(2_000)), 3]}))
    assert not isinstance(contract.validator, SubsetValidator) and len(errors) == 2_000
    assert _Quoted.written == 0 and _Walked.walked <= 10  # the set is made once; 2,000 values did not go through it
    assert errors[5].message == f"-6 is not one of {list(range(50))!r}" and _Quoted.written == 1
    assert errors[5].message.startswith("-6 is not one of") and _Quoted.written == 1  # made once


class _Made:
    """Counts the jsonschema errors made while it is in force."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import jsonschema

        self.count = 0
        real = jsonschema.ValidationError.__init__

        def made(error: Any, *args: Any, **kwargs: Any) -> None:
            self.count += 1
            real(error, *args, **kwargs)

        monkeypatch.setattr(jsonschema.ValidationError, "__init__", made)


def _inputs_checked(contract: Contract, data: dict[str, Any]) -> list[Any]:
    from validator.rules.inputs import check_inputs

    return check_inputs({"flowId": FLOW, "inputData": data}, contract)


def test_patterns_each_matching_every_key_stop_at_the_bodys_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """/tmp/untrusted/8: 1,000 patternProperties each matching the body's 1,000 keys were a million subschemas applied
    and a million errors kept (102 s, 3.5 GB). The work is bounded by the sizes of the schema and the body: past that,
    one FL213 note names the contract, and no error is guessed."""
    made = _Made(monkeypatch)
    contract = _pattern_contract([rf"^Flow\.|p{n}" for n in range(300)])
    data = {f"Flow.q{n}": 1 for n in range(300)}  # each breaks all 300 patterns' {"type": "string"}: 90,000 errors
    [note] = _inputs_checked(contract, data)
    assert note.code == "FL213" and "too costly to apply" in note.message and "(test)" in note.message
    said = f"{cost.BUDGET_FLOOR:,} steps plus {cost.BUDGET_PER_NODE} a value"  # as the rule's page and limits.md say
    assert said in " ".join(RULES["FL213"].doc().split()) and said in " ".join((ROOT / "docs" / "limits.md").read_text().split())
    assert made.count <= 2 * (cost.steps_for(contract.nodes, data) // cost.ERROR_STEPS + 1)  # (none: the matching ran out)
    # Within the budget, the same contract still finds what is wrong.
    found = _inputs_checked(contract, {"Flow.q0": 1, "Flow.known": "k"})
    assert {(f.code, f.path) for f in found} == {("FL204", ("inputData", "Flow.q0"))} and made.count == 1 + 300  # (yes/no: one)


def test_what_was_found_before_the_budget_ran_out_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    contract = Contract(source="test", flow_id=FLOW, input_schema={
        "type": "object", "required": ["Flow.need"], "properties": {"Flow.need": {"type": "string"}},
        "patternProperties": {rf"^Flow\.|p{n}": {"type": "string"} for n in range(300)}})
    found = _inputs_checked(contract, {f"Flow.q{n}": 1 for n in range(300)})
    assert [(f.code, f.subject) for f in found] == [("FL201", "Flow.need"), ("FL213", "too costly test")]


def _doubling(levels: int) -> dict[str, Any]:
    """A schema of `levels` definitions, each anyOf the next twice: 2^levels subschemas for one value."""
    definitions: dict[str, Any] = {f"d{n}": {"anyOf": [{"$ref": f"#/definitions/d{n + 1}"}] * 2} for n in range(levels)}
    definitions[f"d{levels}"] = {"type": "string"}
    return {"type": "object", "definitions": definitions, "properties": {"Flow.code": {"$ref": "#/definitions/d0"}}}


def test_references_doubling_the_work_stop_at_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """2^16 subschemas for one value (40 levels would outlive the universe): fastjsonschema's compiled code followed
    every reference, and jsonschema explained each branch."""
    made = _Made(monkeypatch)
    contract = Contract(source="test", flow_id=FLOW, input_schema=_doubling(16))
    assert schemas.fast_check(contract.effective) is None  # a schema with references is jsonschema's, within budget
    [note] = _inputs_checked(contract, {"Flow.code": 1})
    each = cost.steps_for(contract.nodes, {"Flow.code": 1}) // cost.ERROR_STEPS + 1  # the yes/no check's, the explanation's
    assert note.code == "FL213" and made.count <= 2 * each
    [error] = _inputs_checked(Contract(source="test", flow_id=FLOW, input_schema=_doubling(3)), {"Flow.code": 1})
    assert error.code == "FL205" and "not valid under any of the given schemas" in error.message  # 3 levels: within it
    assert _inputs_checked(contract, {"Flow.code": "s"}) == []  # reached: a valid value is found valid within it


def test_a_big_body_wrong_everywhere_is_explained_in_full_within_its_budget() -> None:
    """The budget grows with the body: 3,000 items each breaking two keywords are all said, with no FL213."""
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "items": {"type": "integer", "enum": [1, 2, 3], "multipleOf": 1}}}})
    found = _inputs_checked(contract, {"Flow.list": ["x"] * 3_000})
    assert contract.counts_steps  # reached: jsonschema's checks (multipleOf is beyond subset.py)
    assert {f.code for f in found} == {"FL204", "FL205"} and len({f.path for f in found}) == 3_000


def test_each_enum_and_pattern_set_is_made_once_per_schema_however_many(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run-wide cache of 64 sets, cleared when full, made a schema of 70 enums rebuild a set on each look-up: 70 enums
    of 5,000 values checked 20 times took 1,401 sets and 8 s. Each validator now keeps its own schema's sets."""
    from validator.contracts import subset

    made: list[int] = []
    real_keys, real_init = subset._enum_keys, ecma_regex.PatternSet.__init__

    def keys(values: Any) -> frozenset[Any]:
        made.append(len(values))
        return real_keys(values)

    def built(self: ecma_regex.PatternSet, sources: list[str]) -> None:
        made.append(-len(sources))
        real_init(self, sources)

    monkeypatch.setattr(subset, "_enum_keys", keys)
    monkeypatch.setattr(ecma_regex.PatternSet, "__init__", built)
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        **{f"Flow.e{n}": {"enum": list(range(n, n + 50)), "multipleOf": 1} for n in range(70)},
        **{f"Flow.o{n}": {"type": "object", "patternProperties": {f"^x{n}": {"type": "string"}}} for n in range(70)}}})
    body = {**{f"Flow.e{n}": -1 for n in range(70)}, **{f"Flow.o{n}": {f"x{n}": 1} for n in range(70)}}
    assert not isinstance(contract.validator, SubsetValidator)  # jsonschema's (multipleOf is beyond subset.py)
    made.clear()  # (what deciding that made)
    for _ in range(3):
        assert len(list(contract.validator.iter_errors(body))) == 140  # reached: every enum and pattern set asked
    assert sorted(made) == [-1] * 70 + [50] * 70


def _comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for each comparison jsonschema's `equal` makes while the test runs."""
    from jsonschema import _utils

    compared: list[int] = []
    real = _utils.equal

    def equal(one: Any, two: Any) -> bool:
        compared.append(1)
        return bool(real(one, two))

    monkeypatch.setattr(_utils, "equal", equal)
    return compared


def test_unique_items_is_one_pass_over_the_array(monkeypatch: pytest.MonkeyPatch) -> None:
    """jsonschema's uniq compares each item with each before it once the items cannot be sorted (numbers and strings
    mixed): 8,000 such items were 32 million comparisons (10 s), a body's size squared."""
    compared = _comparisons(monkeypatch)
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "uniqueItems": True}, "Flow.s": {"type": "string"}}})
    items: list[Any] = [x for n in range(1_000) for x in (n, f"s{n}")]
    errors = list(contract.validator.iter_errors({"Flow.list": [*items, "s7"], "Flow.s": "x"}))
    assert [error.validator for error in errors] == ["uniqueItems"] and compared == []
    assert list(contract.validator.iter_errors({"Flow.list": items})) == []  # reached: all different


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from([1.0, 0.0, -0.0, 2.5]) |
                     st.sampled_from(["", "1", "a"]),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2),
                     max_leaves=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JSON, max_size=6))
def test_unique_items_tells_items_apart_as_jsonschema_does(items: list[Any]) -> None:
    from jsonschema._utils import uniq

    assert (len({schemas._unique_key(item) for item in items}) == len(items)) is uniq(items)


def test_a_contract_is_held_to_its_metaschema_in_one_pass_over_an_enum(monkeypatch: pytest.MonkeyPatch) -> None:
    """The metaschema asks every `enum` to be unique: jsonschema's uniq compared a contract's 8,000 numbers and strings
    each with each (7.7 s), before the contract was used at all, and again when its explaining validator was built."""
    from validator.contracts.store import check_metaschema

    compared = _comparisons(monkeypatch)
    values: list[Any] = [x for n in range(1_000) for x in (n, f"s{n}")]
    input_schema = {"type": "object", "properties": {"Flow.v": {"enum": values, "multipleOf": 1}}}
    check_metaschema(input_schema)
    contract = Contract(source="test", flow_id=FLOW, input_schema=input_schema)
    assert not isinstance(contract.validator, SubsetValidator) and len(compared) < 1_000  # (the metaschema's own enums)
    with pytest.raises(Exception, match=r"`properties.Flow.v.enum` is \[0, \"s0\""):
        check_metaschema({"type": "object", "properties": {"Flow.v": {"enum": [*values, 7]}}})  # reached: still asked


def test_suggestions_weigh_a_bounded_number_of_names_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each "did you mean" weighs every declared name (or allowed value): 1,000 unknown keys against a contract of
    1,000 inputs and 400 values off an enum of 5,000 were 10.5 s of difflib, their product. Past SUGGESTION_BUDGET names
    a document, no new name is guessed (the finding stays, without a guess); an answer given is given again."""
    from validator.core import suggest
    from validator.rules.inputs import check_inputs

    asked: list[int] = []
    real = suggest._closest

    def counted(wanted: str, names: tuple[str, ...]) -> str | None:
        asked.append(len(names))
        return real(wanted, names)

    monkeypatch.setattr(suggest, "_closest", counted)
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        **{f"Flow.declared{n}": {"type": "string"} for n in range(1_000)},
        "Flow.list": {"type": "array", "items": {"type": "string", "enum": [f"value{n}" for n in range(5_000)]}}}})
    data = {"Flow.declared7x": "v", **{f"Flow.other{n}": "v" for n in range(1_000)}, "Flow.list": ["valu3"] + ["no"] * 399}
    with suggest.remembering():
        found = check_inputs({"flowId": FLOW, "inputData": data}, contract)
        assert len(asked) < 250 and sum(asked) <= suggest.SUGGESTION_BUDGET + 5_001
        unknown = [f for f in found if f.code == "FL202"]
        assert len(unknown) == 1_001 and "did you mean `Flow.declared7`?" in unknown[0].message  # within it: guessed
        assert all("did you mean" not in f.message for f in unknown[-100:]) and len({f.path for f in found}) == 1_401
        again = check_inputs({"flowId": FLOW, "inputData": data}, contract)  # (a fix's proof: the same words)
        assert [f.message for f in again] == [f.message for f in found]


def test_a_body_compiled_code_might_spend_too_long_on_is_checked_within_its_budget() -> None:
    """fastjsonschema's code counts no steps, and the code for one value can run all of it: 300 anyOf branches, each an
    enum, against 20,000 items that pass were 13 s. A body whose values times the code's size pass MAX_COMPILED_WORK is
    jsonschema's, within its budget (FL213 when it runs out); a small one keeps the compiled check."""
    from validator.rules.inputs import check_inputs

    def contract() -> Contract:
        return Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
            "Flow.list": {"type": "array", "items": {"anyOf": [{"enum": [f"v{n}"]} for n in range(300)]}}}})

    small, big = contract(), contract()
    weight = schemas.compiled_weight(small.effective)
    assert weight is not None and schemas.MAX_COMPILED_WORK // weight < 2_000  # reached: fastjsonschema compiles it
    assert check_inputs({"flowId": FLOW, "inputData": {"Flow.list": ["v299"] * 100}}, small) == []
    assert "_explained" not in vars(small)  # the compiled check decided alone
    [note] = check_inputs({"flowId": FLOW, "inputData": {"Flow.list": ["v299"] * 2_000}}, big)
    assert note.code == "FL213" and "too costly" in note.message


def test_the_subsets_explanation_spends_the_bodys_budget_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """subset.py's checks are linear in the body, but its explanation made an error for each name a `required` lists
    in each object without it: 1,000 names against 1,000 empty objects (15 KB of input) were a million errors, 2.1 GB."""
    from validator.contracts import subset
    from validator.rules.inputs import check_inputs

    made: list[int] = []
    real = subset.SubsetError.__init__

    def counted(error: Any, *args: Any, **kwargs: Any) -> None:
        made.append(1)
        real(error, *args, **kwargs)

    monkeypatch.setattr(subset.SubsetError, "__init__", counted)
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "items": {"type": "object", "required": [f"name{n}" for n in range(300)]}}}})
    data: dict[str, Any] = {"Flow.list": [{}] * 300}
    found = check_inputs({"flowId": FLOW, "inputData": data}, contract)
    assert found[-1].code == "FL213" and len(made) <= cost.steps_for(contract.nodes, data) // cost.ERROR_STEPS + 1
    assert isinstance(contract.validator, SubsetValidator) and not contract.counts_steps
    assert {f.code for f in found[:-1]} == {"FL205"}  # what it found by then is said (a required member missing)


class _Asked(dict):  # type: ignore[type-arg]
    """An object of a body that counts the names asked of it."""

    asked = 0

    def __contains__(self, name: object) -> bool:
        _Asked.asked += 1
        return super().__contains__(name)


def test_an_objects_declared_members_are_looked_up_from_the_smaller_side() -> None:
    """subset.py's yes/no check asked each object for each name `properties` declares: a contract's 2,000 names for each
    of a body's 200 objects, their product (10,000 by 10,000 in 60 KB of body: 100 million look-ups)."""
    _Asked.asked = 0
    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.list": {"type": "array", "items": {"type": "object", "properties": {
            f"name{n}": {"type": "string"} for n in range(2_000)}}}}})
    assert contract.is_valid({"Flow.list": [_Asked(name7="x") for _ in range(200)]})
    assert not contract.is_valid({"Flow.list": [_Asked(name7="x"), _Asked(name8=1)]})  # reached: members are checked
    assert isinstance(contract.validator, SubsetValidator) and _Asked.asked <= 1_000



class _CountedFuel:
    """cost's context variable, counting the budgets set (a generator made, the variable set and reset: ~1.6K
    instructions a body)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.set_to: list[Any] = []

    def get(self) -> Any:
        return self.real.get()

    def set(self, value: Any) -> Any:
        self.set_to.append(value)
        return self.real.set(value)

    def reset(self, token: Any) -> None:
        self.real.reset(token)


def test_a_body_checked_by_the_subset_sets_no_budget_but_one_in_force_is_lifted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid body against a contract subset.py checks (most of them) counts no steps: its yes/no check sets no budget and
    lifts none, while a budget in force is still lifted by `budget(None)`, and a count asked for is still set."""
    from validator.rules.inputs import check_inputs

    contract = Contract(source="test", flow_id=FLOW, input_schema={"type": "object", "properties": {
        "Flow.name": {"type": "string"}}})
    assert isinstance(contract.validator, SubsetValidator) and not contract.counts_steps  # reached: the subset's check
    fuel = _CountedFuel(cost._FUEL)
    monkeypatch.setattr(cost, "_FUEL", fuel)
    assert check_inputs({"flowId": FLOW, "inputData": {"Flow.name": "Ana"}}, contract) == []
    assert fuel.set_to == []
    with cost.budget(5):  # a budget in force: budget(None) lifts it for its block
        with cost.budget(None):
            cost.charge(10)  # not counted
        with pytest.raises(cost.TooCostly):
            cost.charge(10)
    assert [None if value is None else value[1] for value in fuel.set_to] == [5, None]  # (value[0]: what is left)
