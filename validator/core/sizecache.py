"""A least-recently-used cache bounded by the size of what it keeps, not by a count of entries.

Library callers pass arbitrary text (a body's keys, a contract's patterns): `lru_cache(4096)` then
keeps 4096 keys of any size (400 bodies with 1 MiB keys kept 830 MiB). Here every entry is charged its
size, entries too big to be worth keeping are never kept, and the oldest go once the budget is spent.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def size_of(value: Any) -> int:
    """What a key costs, roughly in characters: text by length, tuples by their items, anything else 8."""
    if isinstance(value, (str, bytes)):
        return len(value) + 50
    if isinstance(value, (tuple, list, frozenset)):
        return 50 + sum(size_of(item) for item in value)
    return 8


def cache_by_size(budget: int, largest: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Memoize a function of hashable positional arguments; at most `budget` in all, no entry over `largest`.

    One cache for every thread (the editor server checks documents in several), its bookkeeping under a lock, the
    function called outside it: two threads computing one entry at once count it once (the second replaces the
    first). Unlocked, the second was counted again: `spent` then held what no entry held (each such race made the
    cache smaller for good, until an insertion's eviction popped an empty cache: KeyError, the check's FL900), and
    an entry another thread let go between a look-up and its move to the end was a KeyError too."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        entries: OrderedDict[tuple[Any, ...], tuple[T, int]] = OrderedDict()
        spent = 0
        lock = threading.Lock()

        @functools.wraps(function)
        def cached(*args: Any) -> T:
            nonlocal spent
            with lock:
                found = entries.get(args)
                if found is not None:
                    entries.move_to_end(args)
                    return found[0]
            result = function(*args)
            cost = size_of(args)
            if cost <= largest:
                with lock:
                    replaced = entries.pop(args, None)  # (another thread's, made meanwhile)
                    if replaced is not None:
                        spent -= replaced[1]
                    entries[args] = (result, cost)
                    spent += cost
                    while spent > budget and entries:
                        _, (_, freed) = entries.popitem(last=False)
                        spent -= freed
            return result

        def cache_clear() -> None:
            nonlocal spent
            with lock:
                entries.clear()
                spent = 0

        cached.cache_clear = cache_clear  # type: ignore[attr-defined]
        cached.cache_size = lambda: spent  # type: ignore[attr-defined]
        return cached

    return decorate
