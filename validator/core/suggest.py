"""Did-you-mean: the closest real name to a misspelt one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .sizecache import cache_by_size

_NOT_ALNUM = re.compile(r"[^0-9a-z]")


@cache_by_size(budget=1 << 20, largest=1024)
def normalize(name: str) -> str:
    """Lower case, without separators: `flow_ID` and `Flow-Id` both become `flowid`."""
    return _NOT_ALNUM.sub("", name.lower())


def closest(name: str, candidates: Iterable[str], aliases: Mapping[str, str] | None = None) -> str | None:
    """The candidate the user most likely meant, or None when nothing is close."""
    names = tuple(candidates)
    wanted = normalize(name)
    if aliases and wanted in aliases and aliases[wanted] in names:
        return aliases[wanted]
    return _closest(wanted, names)


@cache_by_size(budget=4 << 20, largest=64 << 10)  # the same misspellings recur across a run's files
def _closest(wanted: str, names: tuple[str, ...]) -> str | None:
    by_normal = {normalize(c): c for c in names}
    if wanted in by_normal:
        return by_normal[wanted]
    import difflib  # with the first name not found as written (~1 ms): most runs find every one

    match = difflib.get_close_matches(wanted, list(by_normal), n=1, cutoff=0.75)
    return by_normal[match[0]] if match else None
