"""An editor buffer's launches whose URL it imports from another module: `flowlint check`'s second pass for one file.

A run reads again, with their imports resolved, the files that import a launch URL a marked module exports
(run/imported.py: a module whose launch URL is bound to a module-level name no launch of it reads, an FL011 note).
The editor checks one file: the modules its imports may name are found from its own import lines (relative
JavaScript/TypeScript specifiers, Python's relative and absolute module names), in the directories those may name:
the files whose name is a word of its import statements, then the files the imports of each of those name (a
package's `__init__.py` or `index.js` re-exporting another module: a barrel). Each such module is loaded and marked as
the run marks it, and the buffer read again with the marked modules' exports, by the same reader and resolution as
the run's. An import this cannot follow (a TypeScript path alias, a module no import names) leaves the launch unread,
as a file the run does not read: a miss, never a guess. An open module's editor text is read for it
(sources/module_texts.py).

Every module of each directory an import may name was loaded and marked: `import requests` in /tmp loaded its 74
Python files, past the editor's 20 s for the check (c573a32 spared a buffer outside any project that); a project's
buffer loaded every module from its directory up to the project's root, for an import of a package the project does
not hold.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..core.codes import WRONG_PATH
from ..core.diagnostics import Diagnostic
from ..sources import imports, module_texts

if TYPE_CHECKING:
    from .imported import Binding
    from .runner import _Checker

#: How many modules' directories a buffer's imports may list (a file importing more is read with the first ones).
MOST_DIRECTORIES = 64
#: The most files a listed directory gives (a huge directory is no module package an import names).
MOST_FILES = 2_000
#: The most modules a buffer's imports, and the imports of the modules they name, may have loaded and marked.
MOST_MODULES = 256
_JS_IMPORT = re.compile(r"""(?:\bfrom|\bimport|\brequire\s*\()\s*['"](\.{1,2}(?:/[^'"\n]*)?)['"]""")
_PY_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([A-Za-z_][\w.]*)?[ \t]+import\b", re.MULTILINE)
_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([A-Za-z_][\w.]*)", re.MULTILINE)
_CONFIGS = ("tsconfig.json", "jsconfig.json")
#: A Python import statement (its parenthesized names across lines too), whose words may name a module.
_PY_STATEMENT = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*(?:\([^)]*\)|[^\n]*)|import[ \t]+[^\n]*)",
                           re.MULTILINE)
_WORD = re.compile(r"[A-Za-z_]\w*")


def imported_launches(checker: _Checker, path: str, kind: str, data: bytes, root: str,
                      said: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The findings of the buffer's launches that read a URL its imports bring from a marked module, beyond those of
    the first pass (`said`), each with its fix as help (as the run: no fix follows an import). Only the modules its
    imports name are loaded (_named_modules)."""
    from ..checker.keys import same_place_key
    from ..checker.launches import load_source
    from .imported import Places, _not_fixed, placed

    text = data.decode("utf-8", "replace")
    modules = _named_modules(checker, kind, text, os.path.abspath(path), os.path.abspath(root))
    found = {}
    for module in modules:
        if imports.family(_kind_of(module)) is None:
            continue  # (a tsconfig.json: read by the resolution, never marked)
        binding = _marked(checker, module)
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


def _named_modules(checker: _Checker, kind: str, text: str, path: str, root: str) -> list[str]:
    """The module files the buffer's imports name (by its import statements' words: `_named_stems`), in the
    directories those imports may name, and the files that the imports of each of those name in turn (a package's
    `__init__.py` or `index.js` re-exporting another module's launch URL: a barrel), each module's text read once; at
    most MOST_DIRECTORIES directories listed and MOST_MODULES modules found."""
    found: dict[str, None] = {}
    listed: dict[str, list[str]] = {}  # directory -> its files an import may name
    importing = deque([(kind, text, os.path.dirname(path))])  # the texts whose imports are looked for
    while importing and len(found) < MOST_MODULES:
        kind, text, here = importing.popleft()
        named = _named_stems(kind, text)
        for directory in _directories(kind, text, here, root):
            if directory not in listed:
                if len(listed) >= MOST_DIRECTORIES:
                    continue
                listed[directory] = list(_listed([directory]))
            for module in listed[directory]:
                if module in found or module == path or os.path.basename(module).split(".", 1)[0] not in named:
                    continue
                found[module] = None
                module_kind = _kind_of(module)
                data = _bytes(checker, module) if imports.family(module_kind) is not None else None
                if data:
                    importing.append((module_kind or "", data.decode("utf-8", "replace"), directory))
                if len(found) >= MOST_MODULES:
                    break
    return sorted(found)


def _named(diagnostic: Diagnostic, path: str) -> Diagnostic:
    from dataclasses import replace

    return diagnostic if diagnostic.file in (None, path) else replace(diagnostic, file=path)


def _marked(checker: _Checker, module: str) -> Binding | None:
    """The module's mark, as the run's first pass makes it (None: it exports no launch URL no launch of it reads)."""
    data = _bytes(checker, module)
    if data is None:
        return None
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


def _directories(kind: str, text: str, here: str, root: str) -> Iterator[str]:
    """The directories whose files the buffer's imports may name (inside `root`, at most MOST_DIRECTORIES)."""
    seen: set[str] = set()
    for directory in _named_directories(kind, text, here, root):
        directory = os.path.normpath(directory)
        if directory in seen or not (directory == root or directory.startswith(root.rstrip(os.sep) + os.sep)):
            continue
        seen.add(directory)
        yield directory
        if len(seen) >= MOST_DIRECTORIES:
            return


def _named_directories(kind: str, text: str, here: str, root: str) -> Iterator[str]:
    if imports.family(kind) == "js":
        for match in _JS_IMPORT.finditer(text):
            stem = os.path.normpath(os.path.join(here, match.group(1)))
            yield os.path.dirname(stem)  # ./config -> config.js beside it
            yield stem  # ./config -> config/index.js
        return
    for match in _PY_FROM.finditer(text):
        dots, dotted = match.group(1), match.group(2) or ""
        parts = [p for p in dotted.split(".") if p]
        if dots:
            base = here
            for _ in range(len(dots) - 1):
                base = os.path.dirname(base)
            yield from _package_dirs(base, parts)
        else:
            yield from _absolute(here, root, parts)
    for match in _PY_IMPORT.finditer(text):
        yield from _absolute(here, root, match.group(1).split("."))


def _package_dirs(base: str, parts: list[str]) -> Iterator[str]:
    """`base/a/b.py`'s directory and `base/a/b/` (a package: `from .a.b import config` names `base/a/b/config.py`)."""
    stem = os.path.join(base, *parts)
    yield os.path.dirname(stem) if parts else base
    yield stem


def _absolute(here: str, root: str, parts: list[str]) -> Iterator[str]:
    """An absolute module's directories under each directory from the file's up to the project's root (the source
    root that holds the module is one of them)."""
    directory = here
    while True:
        yield from _package_dirs(directory, parts)
        if directory == root or os.path.dirname(directory) == directory or not directory.startswith(root):
            return
        directory = os.path.dirname(directory)


def _listed(directories: Iterable[str]) -> Iterator[str]:
    """The files of the directories an import may name: modules of the family, and their TypeScript/JavaScript configs."""
    for directory in directories:
        try:
            names = sorted(entry.name for entry in os.scandir(directory) if entry.is_file())[:MOST_FILES]
        except OSError:
            continue
        for name in names:
            if name in _CONFIGS or imports.family(_kind_of(name)) is not None:
                yield os.path.join(directory, name)


def _named_stems(kind: str, text: str) -> set[str]:
    """The names a module's file may have (before its first dot) that the buffer's imports name: each word of a Python
    import statement, the last part of each relative JavaScript/TypeScript specifier; a package's own file
    (__init__, index) and the configurations the resolution reads."""
    if imports.family(kind) == "js":
        named = {os.path.basename(match.group(1).rstrip("/")).split(".", 1)[0] for match in _JS_IMPORT.finditer(text)}
    else:
        named = {word for statement in _PY_STATEMENT.finditer(text) for word in _WORD.findall(statement.group())}
    return named | {"__init__", "index", "tsconfig", "jsconfig"}


def _kind_of(name: str) -> str | None:
    from ..sources.kinds import named_kind

    return named_kind(name)

