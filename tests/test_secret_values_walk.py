"""secret_values walks a body once per path (its last body's answers kept), with one Words per string it scans: the
same values, in the same order, as the two walks it replaced (kept here as the oracle)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.core import credentials
from validator.core.credentials import credential_literals, no_secret_word, secret_name, secret_values

_DONE = object()


def _old_secret_values(body: object, path: tuple[object, ...]) -> list[str]:
    """secret_values as it was (648e0a2): a stack for a secret-named path, iterators for the rest."""
    named = any(isinstance(key, str) and secret_name(key) for key in path)
    value = body
    for key in path:
        try:
            value = value[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return []
    if not named:
        strings: list[str] = []
        pending: list[Any] = [iter((value,))]
        visited = 0
        while pending and visited < 256:
            item = next(pending[-1], _DONE)
            if item is _DONE:
                pending.pop()
                continue
            visited += 1
            if isinstance(item, str):
                if not no_secret_word(item[:1 << 16]):
                    strings.append(item[:1 << 16])
            elif isinstance(item, dict):
                pending.append(iter(item.values()))
            elif isinstance(item, list):
                pending.append(iter(item))
        found: list[str] = []
        for string in strings:
            found += [string[start:end] for start, end in credential_literals(string, everywhere=False) if end > start]
        return list(dict.fromkeys(found))
    found = []
    stack = [value]
    while stack and len(found) < 64:
        item = stack.pop()
        if isinstance(item, str) and item:
            found.append(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            found.append(str(item))
        elif isinstance(item, dict):
            stack += item.values()
        elif isinstance(item, list):
            stack += item
    return found


_KEYS = st.sampled_from(["a", "b", "Flow.password", "client_secret", "apiKey", "note", "x"])
_SCALARS = st.one_of(st.sampled_from(["", "plain", "hunter2hunter2", '{"password": "s3cr3t-pw-1"}', "Bearer abcdefgh12345",
                                      json.dumps({"client_secret": "cl1ent-s3cret"})]),
                     st.integers(-5, 5), st.booleans(), st.floats(allow_nan=False, allow_infinity=False, width=16))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                          st.dictionaries(_KEYS, inner, max_size=5)), max_leaves=90)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.lists(st.one_of(_KEYS, st.integers(0, 4)), max_size=3))
def test_the_values_are_the_old_walks_in_their_order(body: Any, path: list[object]) -> None:
    expected = _old_secret_values(body, tuple(path))
    asked: dict[tuple[object, ...], list[str]] = {}
    assert secret_values(body, tuple(path), asked) == expected
    assert secret_values(body, tuple(path), asked) == expected  # asked again: the kept answer


def test_a_caller_adding_to_the_answer_changes_no_later_one() -> None:
    body = {"inputData": {"Flow.password": "pa55w0rd-value"}}
    asked: dict[tuple[object, ...], list[str]] = {}
    first = secret_values(body, ("inputData", "Flow.password"), asked)
    first += ["added by the caller"]
    assert secret_values(body, ("inputData", "Flow.password"), asked) == ["pa55w0rd-value"]


def test_each_path_is_walked_once_and_each_string_gets_one_words(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []

    class CountedWords(credentials.Words):
        def __init__(self, text: str) -> None:
            built.append(text)
            super().__init__(text)

    monkeypatch.setattr(credentials, "Words", CountedWords)
    encoded = json.dumps({"password": "s3cr3t-pw-1"})
    body = {"inputData": {"Flow.note": encoded, "Flow.other": "plain words"}}
    asked: dict[tuple[object, ...], list[str]] = {}  # (the check's memo for the body)
    for _ in range(3):  # a body's findings ask for their paths one after another
        assert secret_values(body, ("inputData",), asked) == ["s3cr3t-pw-1"]
    assert built.count(encoded) == 1 and built.count("plain words") == 1, built  # once, for both of its scans
    assert secret_values({"inputData": {"Flow.note": encoded}}, ("inputData",), {}) == ["s3cr3t-pw-1"]  # another body
    assert built.count(encoded) == 2


def test_a_secret_named_structure_is_walked_within_bounds() -> None:
    deep: Any = [True] * 100_000 + ["the-secret-value"]
    assert secret_values({"Flow.password": deep}, ("Flow.password",)) == ["the-secret-value"]  # the last member first
    wide: Any = {"Flow.password": [[True] * 1000 for _ in range(1000)]}
    assert secret_values(wide, ("Flow.password",)) == []  # a million booleans: a bounded walk, nothing to mask
