"""The depth limit's walk (sources/document.py `_depth`) measures what a recursive count does, stopping past the limit."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.sources.document import _depth

values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=3),
                      lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=2), children, max_size=3),
                      max_leaves=30)


def _nesting(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_nesting(child) for child in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_nesting(child) for child in value), default=0)
    return 0


@functools.cache
def _shapes(nodes: int) -> list[Any]:
    """Every JSON value of exactly `nodes` nodes made of nulls, lists and objects (children in every order)."""
    if nodes == 1:
        return [None, [], {}]
    return [kids if is_list else {str(at): kid for at, kid in enumerate(kids)}
            for kids in _rows(nodes - 1) for is_list in (True, False)]


@functools.cache
def _rows(nodes: int) -> list[list[Any]]:
    """Every list of values of `nodes` nodes in all."""
    if nodes == 0:
        return [[]]
    return [[first, *rest] for size in range(1, nodes + 1) for first in _shapes(size) for rest in _rows(nodes - size)]


def _chain(levels: int) -> Any:
    """`levels` containers nested, lists and objects in turn, each beside a shallower sibling (a null, an empty list,
    an empty object in turn) before or after it."""
    value: Any = None
    for level in range(levels):
        sibling: Any = (None, [], {})[level % 3]
        pair = [sibling, value] if level % 2 else [value, sibling]
        value = pair if level % 4 < 2 else dict(zip("ab", pair, strict=True))
    return value


def test_the_depth_walk_counts_every_small_shape_and_deep_chain_as_a_recursive_count() -> None:
    """Every value of up to 6 nodes (11,097: each way of nesting, siblings, empty containers and leaves at every level)
    against every limit it meets or passes, and chains 12 deep against every limit up to past their depth."""
    small = [value for nodes in range(1, 7) for value in _shapes(nodes)]
    assert len(small) == 11_097 and max(map(_nesting, small)) == 6  # reached: every shape, the deepest a chain of 6
    wrong = [(value, limit) for value in small for limit in range(7) if _depth(value, limit) != min(_nesting(value), limit + 1)]
    assert wrong == []
    chains = [_chain(levels) for levels in range(13)]
    assert list(map(_nesting, chains)) == list(range(13))
    assert [[_depth(chain, limit) for limit in range(14)] for chain in chains] == \
        [[min(levels, limit + 1) for limit in range(14)] for levels in range(13)]


# Wider and deeper values than the shapes above, drawn (fewer than the 500 drawn before those were enumerated).
@given(values, st.integers(min_value=0, max_value=6))
@settings(max_examples=100)
def test_the_depth_walk_counts_the_levels_up_to_one_past_the_limit(value: Any, limit: int) -> None:
    assert _depth(value, limit) == min(_nesting(value), limit + 1)
