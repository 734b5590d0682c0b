"""An editor buffer's launches whose URL it imports from another module: `flowlint check`'s second pass for one file.

A run reads again, with their imports resolved, the files that import a launch URL a marked module exports
(run/imported.py: a module whose launch URL is bound to a module-level name no launch of it reads, an FL011 note).
The editor checks one file: the modules of the project its imports may name are found as for a file named to a run
(sources/project_modules.py: the files whose name is a word of its imports, in the directories those may name, then
the files the imports of each of those name: a barrel). Each such module is loaded and marked as the run marks it,
and the buffer read again with the marked modules' exports, by the same reader and resolution as the run's. An
import this cannot follow (a TypeScript path alias, a module no import names) leaves the launch unread, as a file the
run does not read: a miss, never a guess. An open module's editor text is read for it
(sources/module_texts.py).

Every module of each directory an import may name was loaded and marked: `import requests` in /tmp loaded its 74
Python files, past the editor's 20 s for the check (c573a32 spared a buffer outside any project that); a project's
buffer loaded every module from its directory up to the project's root, for an import of a package the project does
not hold.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..core.codes import WRONG_PATH
from ..core.diagnostics import Diagnostic
from ..sources import imports, module_texts
from ..sources.project_modules import import_texts, imported_modules

if TYPE_CHECKING:
    from .imported import Binding
    from .runner import _Checker


def imported_launches(checker: _Checker, path: str, kind: str, data: bytes, root: str,
                      said: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The findings of the buffer's launches that read a URL its imports bring from a marked module, beyond those of
    the first pass (`said`), each with its fix as help (as the run: no fix follows an import). Only the modules its
    imports name are loaded (project_modules.imported_modules)."""
    from ..checker.keys import same_place_key
    from ..checker.launches import load_source
    from .imported import Places, _not_fixed, placed

    modules = []
    found = {}
    for module, module_kind, module_data in imported_modules(import_texts([(kind, path, data)]), root,
                                                             lambda each: _bytes(checker, each)):
        modules.append(module)
        # (a tsconfig.json: read by the resolution, never marked)
        binding = _marked(checker, module, module_data) if module_kind is not None and module_data else None
        if binding is not None and binding.exports:
            found[module] = binding.exports
    if not found:
        return []
    exports = imports.Exports(found, [*modules, os.path.abspath(path)], read=lambda each: _bytes(checker, each))
    name = os.path.abspath(path)
    imports.activate(exports, [name])  # (this thread's: the server's other checks read on, each with its own)
    try:
        result = checker.result(name, load_source(kind, data, name, checker.limits, named=False), marks=False)
    except Exception:  # never a failure of the buffer's check: its imports are then unread, as a run's unread file
        return []
    finally:
        imports.activate(None)
    before = set(map(same_place_key, said))
    diagnostics = [d for d in result.diagnostics if d.file in (None, name)]
    if exports.used_at and any(d.code == WRONG_PATH for d in diagnostics):  # (each module as a run from the root names it)
        places = Places({imports.path_key(module): (os.path.relpath(module, root), values)
                         for module, values in found.items()}, lambda shown: _bytes(checker, os.path.join(root, shown)))
        diagnostics = placed(diagnostics, exports.used_at, data, places)
    return [_not_fixed(d if d.file != name else _named(d, path)) for d in diagnostics
            if same_place_key(_named(d, path)) not in before]


def _named(diagnostic: Diagnostic, path: str) -> Diagnostic:
    from dataclasses import replace

    return diagnostic if diagnostic.file in (None, path) else replace(diagnostic, file=path)


def _marked(checker: _Checker, module: str, data: bytes) -> Binding | None:
    """The module's mark, as the run's first pass makes it (None: it exports no launch URL no launch of it reads)."""
    try:
        return checker.mark(module, checker.load_data(module, data), data)
    except Exception:  # never a failure of the buffer's check: an unreadable module exports nothing
        return None


def _bytes(checker: _Checker, path: str) -> bytes | None:
    """A module's editor text when it is open, else its text on disk (None: unreadable)."""
    try:
        held = module_texts.module_text(path, checker.limits)
    except Exception:
        return None
    return None if held is None else held.text.encode("utf-8", "surrogatepass")
