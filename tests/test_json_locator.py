"""The JSON locator finds every member of a body where the text writes it: its name's quotes, its value's first
character, a scalar's whole text; in any order of look-ups, with keys repeated or not, in any spacing."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.core.diagnostics import Target
from validator.sources.json_source import JsonLocator

_KEYS = st.text(st.sampled_from('ab"\\,:{}[] é\u2028'), max_size=4)
_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
              st.text(st.sampled_from('xy"\\,:{}[] é\u2028\t'), max_size=6)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(_KEYS, children, max_size=4)),
    max_leaves=16)
_LAYOUTS = st.sampled_from([{"indent": None}, {"indent": 2}, {"indent": "\t"}, {"indent": None, "separators": (",", ":")},
                            {"indent": None, "separators": (" ,\r\n ", " : ")}])


def _members(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    found = [(path, value)]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _members(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _members(item, (*path, index))
    return found


@settings(max_examples=300, deadline=None)
@given(_VALUES, _LAYOUTS, st.booleans(), st.randoms(use_true_random=False))
def test_every_member_is_found_where_the_text_writes_it(value: Any, layout: dict[str, Any], ascii_only: bool,
                                                       rng: Any) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, **layout)
    members = _members(value)
    rng.shuffle(members)  # look-ups in any order share the containers already scanned
    locator = JsonLocator(text, unique_keys=True)
    for path, expected in members:
        found = locator.offsets(path, Target.VALUE)
        assert found is not None, path
        start, end = found
        if isinstance(expected, (dict, list)):
            assert (text[start], end) == ("{" if isinstance(expected, dict) else "[", start + 1), path
        else:
            assert json.loads(text[start:end]) == expected and locator.raw(path) == text[start:end], path
        if path and isinstance(path[-1], str):
            key_start, key_end = locator.offsets(path, Target.KEY) or (0, 0)
            assert json.loads(text[key_start:key_end]) == path[-1], path
    assert locator.offsets((*members[0][0], "no such member"), Target.VALUE) is None


def test_a_repeated_key_is_found_at_its_last_writing_unless_the_keys_are_unique() -> None:
    text = '{"a": 1, "b": {"c": [1, {"d": 2}]}, "a": {"e": "x"}, "f": null}'
    assert JsonLocator(text).raw(("a", "e")) == '"x"'
    assert JsonLocator(text).offsets(("b", "c", 1, "d"), Target.VALUE) == (text.index("2"), text.index("2") + 1)
    assert JsonLocator(text, unique_keys=True).raw(("a",)) == "1"  # unique keys: the first one found is the one
    assert JsonLocator(text).raw(("f",)) == "null"
    assert [path for path, _ in JsonLocator(text).duplicates()] == [("a",)]
