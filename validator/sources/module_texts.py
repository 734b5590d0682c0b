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

import os
from dataclasses import dataclass, field
from typing import Any

from ..core.filestamp import Stamp, file_stamp, settled
from .document import Document, Limits, read_path

#: The most texts kept (a run over a tree of many modules reads more: the oldest are dropped, all at once).
_MAX_KEPT = 1_024


@dataclass
class ModuleText:
    """A file's text as it was read, and what callers derived from it (keyed by what they derived)."""

    path: str
    text: str
    derived: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Kept:
    stamp: Stamp | None  # None: an editor's buffer
    run: int
    read: ModuleText


@dataclass
class _State:
    run: int = 0
    texts: dict[tuple[str, tuple[str, ...], int], _Kept] = field(default_factory=dict)
    listings: dict[tuple[str, tuple[str, ...], int], tuple[Stamp, int, list[str]]] = field(default_factory=dict)
    buffers: dict[str, ModuleText] = field(default_factory=dict)


_STATE = _State()


def new_run() -> None:
    """Start another run: a reading of a file modified too recently to be sure of it is read again."""
    _STATE.run += 1


def edited(path: str, text: str | None) -> None:
    """An editor holds `text` for the file at `path` (None: it closed it): read instead of the file."""
    key = os.path.normpath(os.path.abspath(path))
    if text is None:
        _STATE.buffers.pop(key, None)
    else:
        _STATE.buffers[key] = ModuleText(path, text)


def _reusable(stamp: Stamp | None, kept: _Kept | None) -> bool:
    return kept is not None and stamp is not None and kept.stamp == stamp and (kept.run == _STATE.run or settled(stamp))


def module_text(path: str, limits: Limits) -> ModuleText | None:
    """The text of the file at `path`, read as any file is (inside the checked tree, size-limited, decoded as UTF-8
    with replacement); None when it cannot be read."""
    buffer = _STATE.buffers.get(os.path.normpath(os.path.abspath(path))) if _STATE.buffers else None
    if buffer is not None:
        return buffer if buffer.path == path else ModuleText(path, buffer.text)  # (derived values may name the path)
    key = (os.path.normpath(path), limits.roots, limits.max_file_size)
    stamp = file_stamp(path)
    kept = _STATE.texts.get(key)
    if kept is not None and _reusable(stamp, kept):
        return kept.read
    data = read_path(path, limits=limits)
    if isinstance(data, Document):
        _STATE.texts.pop(key, None)
        return None
    read = ModuleText(path, data.decode("utf-8", "replace"))
    if stamp is not None:
        if len(_STATE.texts) >= _MAX_KEPT:
            _STATE.texts.clear()
        _STATE.texts[key] = _Kept(stamp, _STATE.run, read)
    return read


def directory_files(directory: str, suffix: tuple[str, ...], most: int) -> list[str]:
    """The names of the entries of `directory` ending in one of `suffix`, sorted, the first `most` of them."""
    stamp = file_stamp(directory or ".")
    key = (directory, suffix, most)
    kept = _STATE.listings.get(key)
    if kept is not None and stamp is not None and kept[0] == stamp and (kept[1] == _STATE.run or settled(stamp)):
        names = kept[2]
    else:
        try:
            names = sorted(entry for entry in os.listdir(directory or ".") if entry.endswith(suffix))[:most]
        except OSError:
            return []
        if stamp is not None:
            if len(_STATE.listings) >= _MAX_KEPT:
                _STATE.listings.clear()
            _STATE.listings[key] = (stamp, _STATE.run, names)
    return names


__all__ = ["ModuleText", "directory_files", "edited", "module_text", "new_run"]
