"""A size-bounded cache (core/sizecache.py) is one for every thread: the editor server checks documents in several.
Two threads computing one entry at once had it counted twice, and the cache held less for good (what it counted no
entry held); enough such races and an insertion's eviction popped an empty cache (KeyError: the check's FL900).
Interleaved with Events, no sleeps; every wait bounded."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from validator.core import sizecache

BOUND = 60.0


def test_an_entry_two_threads_make_at_once_is_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    inside, go = threading.Event(), threading.Event()
    real = sizecache.size_of

    def size_of(value: Any) -> int:
        if threading.current_thread().name == "first" and not go.is_set():
            inside.set()  # (the first thread made the entry, and is about to keep it)
            assert go.wait(BOUND)
        return real(value)

    monkeypatch.setattr(sizecache, "size_of", size_of)

    @sizecache.cache_by_size(budget=10_000, largest=1_000)
    def doubled(text: str) -> str:
        return text * 2

    first = threading.Thread(target=doubled, args=("ab",), name="first", daemon=True)
    first.start()
    assert inside.wait(BOUND)
    assert doubled("ab") == "abab"  # this thread makes it too, meanwhile, and keeps it
    go.set()
    first.join(BOUND)
    assert not first.is_alive()
    assert doubled.cache_size() == real(("ab",))  # type: ignore[attr-defined]  # one entry, counted once
    assert doubled("ab") == "abab"
