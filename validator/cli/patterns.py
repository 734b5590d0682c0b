"""The compiled code of the regular expressions modules compile when they are imported, kept between runs as Python
keeps their bytecode (`__pycache__`): a `flowlint check` compiles ~170 module-level patterns before its first file,
~10 ms of CPU in Python's own regular-expression parser and compiler, every run; from their kept code, ~0.3 ms.

Only a pattern compiled by a module's own top-level code is kept (its text is the module's source, as its bytecode
is): never one compiled inside a function, which may be made of what a run read (a secret's text escaped into a
pattern). The file is keyed by the interpreter's exact version and its regular-expression engine's, read only when
both match and every entry has the shapes the engine takes, and written (atomically, beside the package's bytecode)
only when a run compiled a kept pattern it did not hold, and not when Python is told to write no bytecode
(PYTHONDONTWRITEBYTECODE, -B). Any doubt compiles the pattern as Python would. CPython only: elsewhere nothing is kept.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import Any

_Key = tuple[str | bytes, int]
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_state: _Cache | None = None


class _Cache:
    """The kept code of one interpreter, and what this run added to it or used of it."""

    def __init__(self, path: str, stamp: str, entries: dict[_Key, _Entry]) -> None:
        self.path = path
        self.stamp = stamp
        self.entries = entries
        self.used: dict[_Key, _Entry] = {}
        self.added = False


def install(path: str | None = None) -> None:
    """Compile module-level patterns from the kept code from now on in this process (at most once; nothing outside
    CPython). `path`: the file (default: beside the package's bytecode)."""
    global _state
    if _state is not None or sys.implementation.name != "cpython":
        return
    try:
        import importlib

        _sre: Any = importlib.import_module("_sre")  # (no stubs: CPython's own, as re._compiler)
        compiler: Any = importlib.import_module("re._compiler")  # (3.11+; no stubs: CPython's own) its compile() wrapped
    except ImportError:
        return
    stamp = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
    if path is None:
        path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "__pycache__",
                            f"patterns.{sys.implementation.cache_tag}.marshal")
    _state = _Cache(path, stamp, _read(path, stamp))
    original = compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:  # re._compiler.compile's signature; re._compile calls it on a miss
        state = _state
        if state is None or not isinstance(p, (str, bytes)) or flags & compiler.SRE_FLAG_DEBUG or not _at_module_level():
            return original(p, flags)
        key = (p, flags)
        entry = state.entries.get(key)
        if entry is not None and _well_shaped(entry):
            try:
                compiled = _sre.compile(p, entry[0], entry[1], entry[2] - 1, entry[3], entry[4])
            except Exception:  # (shapes checked when read: never expected)
                compiled = None
            if compiled is not None:
                state.used[key] = entry
                return compiled
        parsed = compiler._parser.parse(p, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups, groupindex, tuple(indexgroup))
        state.used[key] = entry
        state.added = True
        return _sre.compile(p, entry[0], code, entry[2] - 1, groupindex, entry[4])

    compiler.compile = compile


def _at_module_level() -> bool:
    """Whether the pattern being compiled comes from a module's top-level code (not a function's, nor a class body's):
    the first caller outside `re` (re.compile, re.match... then re._compile call this module's compile)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__") == "re":
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and frame.f_code.co_name == "<module>"


def _read(path: str, stamp: str) -> dict[_Key, _Entry]:
    """The kept entries of the file, if it is this interpreter's; else none. (Each entry's shape is checked when it is
    used, and its code by _sre.compile itself, which refuses code that is not valid: checking every entry here cost more
    than the compiles it saves.)"""
    try:
        with open(path, "rb") as handle:
            kept = marshal.loads(handle.read())  # (marshal.load reads a file object a few bytes at a time: ~100x slower)
    except Exception:  # missing, unreadable, or not marshal data
        return {}
    if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == stamp and isinstance(kept[1], dict)):
        return {}
    entries: dict[_Key, _Entry] = kept[1]
    return entries


def _well_shaped(entry: Any) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 5 and type(entry[0]) is int and type(entry[1]) is list
            and type(entry[2]) is int and entry[2] >= 1 and type(entry[3]) is dict and type(entry[4]) is tuple
            and len(entry[4]) == entry[2])


#: At most this many patterns are kept (an installed flowlint and its libraries compile a few hundred at module level;
#: a checkout being edited leaves the patterns it no longer has behind): past it, only those this run used.
MAX_KEPT = 4096


def save() -> None:
    """Keep what this run compiled at module level, when it compiled a pattern not kept yet (with those kept before: a
    run that reads other kinds of files than the last one compiles others); never when Python writes no bytecode."""
    state = _state
    if state is None or not state.added or sys.dont_write_bytecode:
        return
    state.added = False
    kept = {**state.entries, **state.used}
    if len(kept) > MAX_KEPT:
        kept = state.used
    temporary = f"{state.path}.{os.getpid()}.tmp"
    with contextlib.suppress(Exception):  # a directory not writable (an installed package): kept nowhere, as bytecode
        os.makedirs(os.path.dirname(state.path), exist_ok=True)
        with open(temporary, "wb") as handle:
            marshal.dump((state.stamp, kept), handle)
        os.replace(temporary, state.path)
    with contextlib.suppress(OSError):
        os.unlink(temporary)
