"""Fixing a body of many members does what fixing them in smaller bodies does (the fix of one member never depends
on how many others there are), and a pass's operations applied together (`fixer.batch`) give what
`rules.fixes.apply_operations` gives applied fix after fix."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

import validator
from validator.contracts.store import Contract
from validator.core.diagnostics import InsertMember, Operation, RemoveMember, RenameKey, ReplaceValue
from validator.core.unknown import OpenObject
from validator.edits import same
from validator.fixer.batch import Changes, apply_all
from validator.rules.fixes import CannotApply, apply_operations

from conftest import UUID

MEMBERS = 600
CHUNK = 50


def _contract(members: int) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for i in range(members):
        properties[f"Flow.name{i}"] = {"type": "string"}
        properties[f"Flow.count{i}"] = {"type": "integer"}
    return {"type": "object", "additionalProperties": False, "properties": properties}


#: Each kind of body mistake many members can share: the `Flow.` prefix missing, a number sent as a string, a name in
#: the wrong case.
_MISTAKES: dict[str, Callable[[int], tuple[str, str]]] = {
    "prefix": lambda i: (f"name{i}", "x"),
    "typed": lambda i: (f"Flow.count{i}", str(i)),
    "case": lambda i: (f"Flow.Name{i}", "x"),
}


def _body(kind: str, numbers: range, dump: Any) -> str:
    return str(dump({"flowId": UUID, "inputData": dict(_MISTAKES[kind](i) for i in numbers)}))


def _fixed_inputs(text: str, load: Any, contract: Contract) -> tuple[dict[str, Any], int, list[str]]:
    result = validator.fix(text, contract=contract, unsafe=True)
    return load(result.body)["inputData"], len(result.applied), [d.code for d in result.remaining.diagnostics]


def _check_one_body_as_its_parts(dump: Any, load: Any) -> None:
    # Built once and passed to every fix, as the library says to use a contract (building one of 1,200 inputs was half
    # of each fix's time here): each body, whole or a part, is fixed against the same contract.
    contract = validator.load_contract(_contract(MEMBERS))
    for kind in _MISTAKES:
        whole, applied, remaining = _fixed_inputs(_body(kind, range(MEMBERS), dump), load, contract)
        parts: dict[str, Any] = {}
        applied_in_parts = 0
        for first in range(0, MEMBERS, CHUNK):
            inputs, count, left = _fixed_inputs(_body(kind, range(first, first + CHUNK), dump), load, contract)
            parts.update(inputs)
            applied_in_parts += count
            assert not left, (kind, left)
        assert applied == applied_in_parts == MEMBERS, kind  # reached: every member had its fix
        assert list(whole.items()) == list(parts.items()), kind  # the same fixes, in place, in the same order
        assert not remaining, (kind, remaining)


def test_a_json_body_of_many_members_is_fixed_as_its_parts_are() -> None:
    _check_one_body_as_its_parts(lambda value: json.dumps(value, indent=2), json.loads)


def test_a_yaml_body_of_many_members_is_fixed_as_its_parts_are() -> None:
    _check_one_body_as_its_parts(lambda value: yaml.safe_dump(value, sort_keys=False), yaml.safe_load)


def test_a_fix_the_body_refuses_is_left_out_of_many_and_the_body_stays_as_it_was() -> None:
    body = {"inputData": {"a": 1, "b": 2}, "flowId": UUID}
    kept = copy.deepcopy(body)
    changes = Changes(body)
    changes.apply([RenameKey(("inputData", "a"), "c")])
    try:  # its first operation applies, its second cannot: the whole fix is undone
        changes.apply([RemoveMember(("inputData", "b")), RenameKey(("inputData", "c"), "flowId"), RenameKey(("nowhere", "x"), "y")])
    except CannotApply:
        pass
    else:
        raise AssertionError("a fix whose operation does not fit was applied")
    assert changes.value() == {"inputData": {"c": 1, "b": 2}, "flowId": UUID}
    assert list(changes.value()["inputData"]) == ["c", "b"]  # a renamed key keeps its place
    assert body == kept  # the body given is never changed
    items = Changes({"dates": ["a", "b", "c"]})
    operations: list[Operation] = [RemoveMember(("dates", 0)), ReplaceValue(("dates", 1), "d")]  # the second sees the first's removal
    items.apply(operations)
    assert items.value() == {"dates": ["b", "d"]} == apply_operations({"dates": ["a", "b", "c"]}, operations)


_KEYS = st.sampled_from(["a", "b", "c", "Flow.a"])
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["x", "y"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(_KEYS, inner, max_size=3),
    st.dictionaries(_KEYS, inner, max_size=3).map(OpenObject)), max_leaves=12)
_RANDOM_PATHS = st.lists(st.one_of(_KEYS, st.integers(-1, 3)), max_size=3).map(tuple)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a value (most operations are drawn on them: a random path seldom exists)."""
    found = [path]
    members = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for part, item in members:
        found += _places(item, (*path, part))
    return found


def _operations(paths: st.SearchStrategy[tuple[Any, ...]]) -> st.SearchStrategy[Operation]:
    return st.one_of(st.builds(RenameKey, paths, _KEYS), st.builds(ReplaceValue, paths, _VALUES),
                     st.builds(RemoveMember, paths), st.builds(InsertMember, paths, _KEYS, _VALUES))


@given(data=st.data(), body=_VALUES)
def test_a_pass_applied_together_gives_what_its_fixes_give_one_after_another(data: st.DataObject, body: Any) -> None:
    paths = st.one_of(st.sampled_from(_places(body)), _RANDOM_PATHS)
    fixes = data.draw(st.lists(st.lists(_operations(paths), min_size=1, max_size=3), max_size=8))
    kept = copy.deepcopy(body)
    expected, taken = body, []
    for number, operations in enumerate(fixes):
        try:
            expected = apply_operations(expected, operations)
        except CannotApply:
            continue
        taken.append(number)
    changes = Changes(body)
    applied = []
    for number, operations in enumerate(fixes):
        try:
            changes.apply(operations)
        except CannotApply:
            continue
        applied.append(number)
    assert applied == taken
    assert same(changes.value(), expected)  # an open object stays open (`same` tells it from a closed one)
    assert same(apply_all(body, [op for number in taken for op in fixes[number]]), expected)
    assert same(body, kept)  # the body given is never changed
