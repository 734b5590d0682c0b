"""Did-you-mean: the closest real name to a misspelt one."""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterable, Iterator, Mapping

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
    kept = _KEPT.get()
    if kept is None:
        return _closest(wanted, names)
    answers = kept.get(names)
    if answers is None:
        answers = kept[names] = {}
    if wanted not in answers:
        left = _LEFT.get()
        if left is not None:
            left[0] -= len(names)
        answers[wanted] = _closest(wanted, names) if left is None or left[0] >= 0 else None
    return answers[wanted]


#: The answers `closest` gave within `remembering`: a document's check and its fixes' proofs (each a whole check of the
#: edited body) ask it about the same keys, more than the run's bounded cache keeps (11,000 unknown keys asked 20
#: times each: every answer evicted before it was asked again, ~1 ms of difflib each time).
_KEPT: contextvars.ContextVar[dict[tuple[str, ...], dict[str, str | None]] | None] = \
    contextvars.ContextVar("closest_kept", default=None)


#: The candidates `closest` may weigh within one `remembering` (a document and its fixes): each new answer weighs every
#: candidate, so 1,000 unknown keys against 1,000 declared inputs, or 400 values off an enum of 5,000, cost their
#: product (3.2 s; 6.6 s), from a body and a contract alike untrusted. Past it, no new name is guessed (None: the finding
#: says the name is wrong without a "did you mean"); an answer already given is given again.
SUGGESTION_BUDGET = 200_000
_LEFT: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("closest_left", default=None)


@contextlib.contextmanager
def remembering() -> Iterator[None]:
    """Within it, every answer of `closest` is kept (as long as the document checked, whose keys they are about, is)
    and given again without asking difflib, and new answers weigh SUGGESTION_BUDGET candidates at most; nested, the
    outer keeping is used."""
    if _KEPT.get() is not None:
        yield
        return
    token, left = _KEPT.set({}), _LEFT.set([SUGGESTION_BUDGET])
    try:
        yield
    finally:
        _LEFT.reset(left)
        _KEPT.reset(token)


@cache_by_size(budget=4 << 20, largest=64 << 10)  # the same misspellings recur across a run's files
def _closest(wanted: str, names: tuple[str, ...]) -> str | None:
    by_normal = {normalize(c): c for c in names}
    if wanted in by_normal:
        return by_normal[wanted]
    import difflib  # with the first name not found as written (~1 ms): most runs find every one

    match = difflib.get_close_matches(wanted, list(by_normal), n=1, cutoff=0.75)
    return by_normal[match[0]] if match else None
