"""The depth limit's walk (sources/document.py `_depth`) measures what a recursive count does, stopping past the limit."""

from __future__ import annotations

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


@given(values, st.integers(min_value=0, max_value=6))
@settings(max_examples=500)
def test_the_depth_walk_counts_the_levels_up_to_one_past_the_limit(value: Any, limit: int) -> None:
    assert _depth(value, limit) == min(_nesting(value), limit + 1)
