"""The texts of the files of a module directory, read once a run however many of its files ask for them.

A Terraform module is every .tf file of its directory: a data action in one file may name a `local` another file
declares, or a `genesyscloud_flow` another file defines. Each file of a directory asking for its siblings read them
all again (reads grew with the square of the directory). Here a file's text is kept keyed on its path, the limits it
was read under and its stamp (core/filestamp.py): a file changed since (rewritten, replaced, removed) is read again.
A reading of a file modified too recently to tell a same-size rewrite from it is reused only within the run that
made it (`new_run` starts another: the runner and the editor server call it). An editor's unsaved text of a file
(`edited`) is what is read for that file while it is open.

What callers derive from a text (its parse, the names it declares) is kept beside it (`derived`), so it goes when
the text does.
"""

from __future__ import annotations

import _thread  # (not threading: importing this module must cost nearly nothing, tests/test_module_texts_import.py)
import itertools
import os
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from ..core.filestamp import Stamp
    from .document import Limits

# (Plain classes, and the stamps and reads imported at first use: the runner starts a run here on every check, so this
# module is imported at start-up and costs nearly nothing there.)

#: The most texts kept (a run over a tree of many modules reads more: the oldest are dropped, all at once).
_MAX_KEPT = 1_024
#: Characters of text kept in all (each text with what was derived from it, a parse): the least recently used go first.
#: A long-lived process (the editor server) read files of up to max-file-size each, 1,024 of them, with their parses.
TEXT_BUDGET = 32 * 1024 * 1024

_Value = TypeVar("_Value")


class ModuleText:
    """A file's text as it was read, and what callers derived from it (keyed by what they derived)."""

    __slots__ = ("derived", "path", "text")

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self.derived: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"ModuleText({self.path!r}, {len(self.text)} characters)"


class _Kept(Generic[_Value]):
    """A value read from a file or directory with that file's stamp (None: an editor's buffer) and the run that read it."""

    __slots__ = ("run", "stamp", "value")

    def __init__(self, stamp: Stamp | None, run: int, value: _Value) -> None:
        self.stamp = stamp
        self.run = run
        self.value = value


class _State:
    __slots__ = ("buffers", "listings", "lock", "run", "text_size", "texts")

    def __init__(self) -> None:
        self.run = 0
        self.texts: dict[tuple[str, tuple[str, ...], int], _Kept[ModuleText]] = {}  # least recently used first
        self.text_size = 0  # the characters of `texts`
        self.lock = _thread.allocate_lock()  # (the editor server's checking threads read module texts at once)
        self.listings: dict[tuple[str, tuple[str, ...], int], _Kept[list[str]]] = {}
        self.buffers: dict[str, ModuleText] = {}


#: Shared by every check of the process, the editor server's threads too, by design: `buffers` (the editor's texts)
#: changes only in the server's loop; a text or listing kept is keyed by its path, limits and stamp, right for any
#: check that asks; each check starts a run (`new_run`), so an unsettled reading another check made before it began is
#: never reused for it (read again: work, never another document's text).
_STATE = _State()


#: The numbers runs are given, each once (two checks starting at once in two threads get two).
_RUNS = itertools.count(1)
#: The run the checks of this thread (of this context) are in: the one its last `new_run` started.
_THIS_RUN: ContextVar[int | None] = ContextVar("flowlint_run", default=None)


def new_run() -> None:
    """Start another run: a reading of a file modified too recently to be sure of it is read again."""
    number = next(_RUNS)
    _STATE.run = number
    _THIS_RUN.set(number)


def this_run() -> int:
    """The run the calling check is in: the one its thread started last (the editor server's threads each start one a
    check, while the others' go on), else the process's last."""
    number = _THIS_RUN.get()
    return _STATE.run if number is None else number


def edited(path: str, text: str | None) -> None:
    """An editor holds `text` for the file at `path` (None: it closed it): read instead of the file."""
    key = os.path.normpath(os.path.abspath(path))
    if text is None:
        _STATE.buffers.pop(key, None)
    else:
        _STATE.buffers[key] = ModuleText(path, text)


def edited_text(path: str) -> str | None:
    """The editor's unsaved text of the file at `path` while it is open (`edited`); None: the file is what is read."""
    buffer = _STATE.buffers.get(os.path.normpath(os.path.abspath(path))) if _STATE.buffers else None
    return None if buffer is None else buffer.text


def _reusable(stamp: Stamp | None, kept: _Kept[Any] | None) -> bool:
    from ..core.filestamp import settled

    return kept is not None and stamp is not None and kept.stamp == stamp and (kept.run == _STATE.run or settled(stamp))


_Key = TypeVar("_Key")


def _remember(cache: dict[_Key, _Kept[_Value]], key: _Key, kept: _Kept[_Value]) -> None:
    """Keep `kept` under `key`; past _MAX_KEPT entries, the cache is cleared first (all at once)."""
    if len(cache) >= _MAX_KEPT:
        cache.clear()
    cache[key] = kept


def module_text(path: str, limits: Limits) -> ModuleText | None:
    """The text of the file at `path`, read as any file is (inside the checked tree, size-limited, decoded as UTF-8
    with replacement); None when it cannot be read."""
    from ..core.filestamp import file_stamp
    from .document import Document, read_path

    buffer = _STATE.buffers.get(os.path.normpath(os.path.abspath(path))) if _STATE.buffers else None
    if buffer is not None:
        return buffer if buffer.path == path else ModuleText(path, buffer.text)  # (derived values may name the path)
    key = (os.path.normpath(path), limits.roots, limits.max_file_size)
    stamp = file_stamp(path)
    with _STATE.lock:
        kept = _STATE.texts.pop(key, None)
        if kept is not None:
            _STATE.texts[key] = kept  # (the most recently used)
    if kept is not None and _reusable(stamp, kept):
        return kept.value
    data = read_path(path, limits=limits)
    if isinstance(data, Document):
        _keep_text(key, None)
        return None
    read = ModuleText(path, data.decode("utf-8", "replace"))
    if stamp is not None:
        _keep_text(key, _Kept(stamp, _STATE.run, read))
    return read


def _keep_text(key: tuple[str, tuple[str, ...], int], kept: _Kept[ModuleText] | None) -> None:
    """Keep a text read (None: forget the one kept) within _MAX_KEPT texts and TEXT_BUDGET characters, the least
    recently used let go first; a text over the budget alone is not kept."""
    with _STATE.lock:
        texts = _STATE.texts
        replaced = texts.pop(key, None)
        if replaced is not None:
            _STATE.text_size -= len(replaced.value.text)
        if kept is None or len(kept.value.text) > TEXT_BUDGET:
            return
        texts[key] = kept
        _STATE.text_size += len(kept.value.text)
        while texts and (_STATE.text_size > TEXT_BUDGET or len(texts) > _MAX_KEPT):
            oldest = texts.pop(next(iter(texts)))
            _STATE.text_size -= len(oldest.value.text)


def kept_text_size() -> int:
    """The characters of the texts kept (what TEXT_BUDGET bounds)."""
    return _STATE.text_size


def directory_files(directory: str, suffix: tuple[str, ...], most: int) -> list[str]:
    """The names of the entries of `directory` ending in one of `suffix`, sorted, the first `most` of them."""
    from ..core.filestamp import file_stamp

    stamp = file_stamp(directory or ".")
    key = (directory, suffix, most)
    kept = _STATE.listings.get(key)
    if kept is not None and _reusable(stamp, kept):
        return kept.value
    try:
        names = sorted(entry for entry in os.listdir(directory or ".") if entry.endswith(suffix))[:most]
    except OSError:
        return []
    if stamp is not None:
        _remember(_STATE.listings, key, _Kept(stamp, _STATE.run, names))
    return names


__all__ = ["TEXT_BUDGET", "ModuleText", "directory_files", "edited", "edited_text", "kept_text_size", "module_text",
           "new_run", "this_run"]
