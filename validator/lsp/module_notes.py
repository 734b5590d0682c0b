"""The editor's judgement of a module's FL011 note by the files that import it, as `flowlint check`'s second pass
judges it (run/imported.py).

A module binding the launch URL to an exported name no launch of its own reads (`export const LAUNCH_URL = …`) gets an
FL011 note; a run takes the note back when every such name is read by a launch of a file of the tree that imports it.
The editor checks one file: here the importers are looked for among the project's files (walked as `flowlint check`
walks it) and the documents open in the editor (their unsaved text read instead of the file), those of the module's
language family that write one of its exported names, and each is read with the module's exports, by the same readers
and resolution as the run's second pass. Asked only for a file whose check gave that note. A file outside any project
(no config, no git work tree above it: a scratch file in a home directory, at the disk's root) has no tree to walk: the
open documents alone are looked at (its note otherwise stays: a miss said, never a guess).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Diagnostic
from ..project.files import walk
from ..sources import imports
from ..sources.document import Document, Limits
from ..sources.kinds import named_kind

#: The most files of the project read for the module's importers (a larger project's others are not read: its note
#: then stays, a miss, never a guess).
MOST_IMPORTERS = 500


def importers_judged(path: str, text: str, diagnostics: list[Diagnostic], buffers: Mapping[str, str],
                     project: Callable[[], tuple[str | None, Limits]]) -> list[Diagnostic]:
    """The buffer's diagnostics with its FL011 note on an exported launch URL judged by the files importing it: taken
    back when a launch of theirs reads every name it exports (the run's second pass; where only some are read, the run
    names those still unread, and the editor keeps the note as the check gave it)."""
    kind = named_kind(path)
    family = imports.family(kind)
    if family is None or not any(d.code == UNREAD_LAUNCH for d in diagnostics):
        return diagnostics
    from ..run.imported import mark

    root, limits = project()
    data = text.encode("utf-8", "surrogatepass")
    try:
        binding = mark(path, data, limits)
    except Exception:  # (never the check's failure: the note stays as the check gave it)
        return diagnostics
    if binding is None or not binding.mine or binding.note is None or not binding.exports:
        return diagnostics
    noted = [d for d in diagnostics if d.code == UNREAD_LAUNCH and d.span is not None
             and (d.span.line, d.span.column) == binding.note]
    if not noted:
        return diagnostics
    used = _used(path, family, binding.exports, buffers, root, limits)
    if used is None:
        return diagnostics
    if any(name not in used and name not in binding.home for name in binding.exports):
        return diagnostics  # (a name still unread: the note stands, as the check said it)
    return [d for d in diagnostics if not any(d is each for each in noted)]


def _used(path: str, family: str, exports: dict[str, imports.Value], buffers: Mapping[str, str], root: str | None,
          limits: Limits) -> set[str] | None:
    """The module's exported names a launch of another file of the project reads (None: they could not be read); `root`
    None: a file outside any project, whose importers are looked for among the open documents only (never a walk)."""
    from ..checker.launches import load_source
    from ..sources.document import read_path

    home = os.path.abspath(path)
    written = imports.Exports({home: exports}).pattern()
    if written is None:
        return None

    def read(name: str) -> bytes | Document:
        held = buffers.get(name)
        return held.encode("utf-8", "surrogatepass") if held is not None else read_path(name, limits=limits, walked=True)

    candidates: list[tuple[str, str, bytes]] = []
    family_files = [os.path.abspath(name) for name in sorted({*(walk(root) if root is not None else ()), *buffers})
                    if imports.family(named_kind(name)) == family]
    for name in family_files:
        kind = named_kind(name)
        if name == home or kind is None:
            continue
        data = imports.bytes_read(read, name)
        if data is not None and written.search(data) is not None:
            candidates.append((name, kind, data))
            if len(candidates) >= MOST_IMPORTERS:
                break
    if not candidates:
        return set()
    tree = imports.Exports({home: exports}, [home, *family_files], read=lambda name: imports.bytes_read(read, name))
    key = imports.path_key(home)
    used: set[str] = set()
    imports.activate(tree, (name for name, _, _ in candidates))  # (this thread's: other checks read on)
    try:
        for name, kind, data in candidates:
            tree.used = set()
            try:
                load_source(kind, data, name, limits, named=False)
            except Exception:  # a file that cannot be read uses nothing known
                continue
            used.update(exported for module, exported in tree.used if module == key)
    finally:
        imports.activate(None)
    return used
