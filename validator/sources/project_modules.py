"""Which other files of the project a file's imports may name, for a file checked without its tree: a file named on
the command line (the pre-commit hook, `flowlint check FILE`) or open in the editor. A walk has the project's modules
among its files; such a file has none, and a launch whose URL it imports from `../shared/endpoints` was never read
(review F16). The run's second pass (run/imported.py) and the editor's (run/buffer_imports.py) both ask here.

A file's imports are taken from its import text (import_index.import_text: the first pass's note of it, made where it
read the file anyway, or the editor buffer's): relative JavaScript/TypeScript specifiers, Python's relative and
absolute module names. The modules are looked for in the directories those may name, inside the project's root only:
the files whose name (before its first dot) is a word of the imports, then the files the imports of each of those name
in turn (a package's `__init__.py` or `index.js` re-exporting another module: a barrel). A Python import text does not
say which names an `import` brings from a module (`from app.settings import URL`: `URL`), so each is looked for as a
module too: more directories listed than the imports name, never fewer. An import this cannot follow (a TypeScript
path alias, a package outside the project) leaves the launch unread, as a file the run does not read: a miss, never a
guess.

Bounded: at most MOST_DIRECTORIES directories listed and MOST_MODULES modules found for each importing file, each
directory listed once and each module read once for all of them.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from .import_index import import_text
from .kinds import named_kind

#: How many directories one importing file's imports may have listed (a file importing more is read with the first ones).
MOST_DIRECTORIES = 64
#: The most files a listed directory gives (a huge directory is no module package an import names).
MOST_FILES = 2_000
#: The most modules one importing file's imports, and the imports of the modules they name, may have found.
MOST_MODULES = 256
#: The configurations a JavaScript/TypeScript import's resolution reads (sources/imports.py: path aliases, baseUrl).
CONFIGS = ("tsconfig.json", "jsconfig.json")
#: A dotted Python module name in an import text, with its leading dots (`..app.settings`, `.`).
_PY_NAME = re.compile(r"\.*[A-Za-z_][\w.]*|\.+")
#: One piece of a Python import text: a parenthesized list of names, or what one line gives.
_PY_PIECE = re.compile(r"\([^)]*\)?|[^\n]+")
#: One name of an import (`app.settings`, `.config`, `a.b as c`, `.`): each item of a piece must be one (the import
#: text's pattern also takes `import` in a string or a docstring, `'import nothing'`, whose words name no module).
_PY_ITEM = re.compile(r"\.*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+[A-Za-z_]\w*)?|\.+|\*")
_WORD = re.compile(r"[A-Za-z_$][\w$-]*")

#: A file whose imports are looked for: its kind, its import text (import_index.import_text) and its absolute path.
Importing = tuple[str, bytes, str]


def imported_modules(importing: Sequence[Importing], root: str, read: Callable[[str], bytes | None], *,
                     known: Callable[[str], bool] = lambda path: False) -> Iterator[tuple[str, str | None, bytes | None]]:
    """Each file inside `root` (the project) the imports of `importing` may name, and those the imports of each of
    those name in turn, with its kind (None: a tsconfig.json / jsconfig.json, which the resolution reads itself) and
    its bytes as `read` gives them (None: unreadable, or a config): never one of `importing` nor a file `known` (by its
    absolute, normalised path: a file of the run, read by it), each once, read once."""
    root = os.path.normpath(os.path.abspath(root))
    own = {os.path.normpath(path) for _, _, path in importing}
    most_modules, most_directories = MOST_MODULES * len(importing), MOST_DIRECTORIES * len(importing)
    found: set[str] = set()
    listed: dict[str, list[tuple[str, str | None]]] = {}  # directory -> its files an import may name, with their kinds
    listings = 0  # (a directory that is not there, as most a Python import's names give, costs no listing)
    waiting = deque((kind, text, os.path.dirname(os.path.normpath(path))) for kind, text, path in importing)
    while waiting and len(found) < most_modules:
        kind, text, here = waiting.popleft()
        named = _named_stems(kind, text)
        for directory in _directories(kind, text, here, root):
            if directory not in listed:
                if listings >= most_directories:
                    continue
                files = _listed(directory)
                listings += files is not None
                listed[directory] = files or []
            for module, module_kind in listed[directory]:
                if module in found or module in own or os.path.basename(module).split(".", 1)[0] not in named \
                        or known(module):
                    continue
                found.add(module)
                data = read(module) if module_kind is not None else None
                yield module, module_kind, data
                if data:
                    waiting.append((module_kind or "", import_text(module_kind, data), directory))
                if len(found) >= most_modules:
                    break


def _family(kind: str | None) -> str | None:
    from .imports import family

    return family(kind)


def _directories(kind: str, text: bytes, here: str, root: str) -> Iterator[str]:
    """The directories inside `root` whose files the import text may name (at most MOST_DIRECTORIES)."""
    seen: set[str] = set()
    inside = root.rstrip(os.sep) + os.sep
    for directory in _named_directories(kind, text.decode("utf-8", "replace"), here, root):
        directory = os.path.normpath(directory)
        if directory in seen or not (directory == root or directory.startswith(inside)):
            continue
        seen.add(directory)
        yield directory
        if len(seen) >= MOST_DIRECTORIES:
            return


def _named_directories(kind: str, text: str, here: str, root: str) -> Iterator[str]:
    if _family(kind) == "js":
        for specifier in text.split("\n"):
            if specifier == "." or specifier.startswith(("./", "../")) or specifier == "..":
                stem = os.path.normpath(os.path.join(here, specifier))
                yield os.path.dirname(stem)  # ./config -> config.js beside it
                yield stem  # ./config -> config/index.js
        return
    for name in _PY_NAME.findall(" ".join(_python_pieces(text))):
        if name == "as":
            continue
        dotted = name.lstrip(".")
        dots = len(name) - len(dotted)
        parts = [part for part in dotted.split(".") if part]
        if dots:
            base = here
            for _ in range(dots - 1):
                base = os.path.dirname(base)
            yield from _package_dirs(base, parts)
        else:
            yield from _absolute(here, root, parts)


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
        parent = os.path.dirname(directory)
        if directory == root or parent == directory or not directory.startswith(root):
            return
        directory = parent


def _listed(directory: str) -> list[tuple[str, str | None]] | None:
    """The files of a directory an import may name, with their kinds: modules of an import family, and the
    JavaScript/TypeScript configs (kind None). None: no such directory. A file is read as any file is, never through a
    link out of the checked tree."""
    try:
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries if entry.is_file())[:MOST_FILES]
    except OSError:
        return None
    kinds = ((name, named_kind(name)) for name in names)
    return [(os.path.join(directory, name), kind if name not in CONFIGS else None) for name, kind in kinds
            if name in CONFIGS or _family(kind) is not None]


def _named_stems(kind: str, text: bytes) -> set[str]:
    """The names a module's file may have (before its first dot) that an import text names: each word of a Python
    import, the last part of each relative JavaScript/TypeScript specifier; a package's own file (__init__, index)
    and the configurations the resolution reads."""
    decoded = text.decode("utf-8", "replace")
    if _family(kind) == "js":
        named = {os.path.basename(specifier.rstrip("/")).split(".", 1)[0] for specifier in decoded.split("\n")
                 if specifier.startswith(".")}
    else:
        named = {word for piece in _python_pieces(decoded) for word in _WORD.findall(piece) if word != "as"}
    return named | {"__init__", "index", "tsconfig", "jsconfig"}


def _python_pieces(text: str) -> Iterator[str]:
    """The pieces of a Python import text that read as an import's module or names, comments left out (each item
    matched alone, anchored: linear in the text)."""
    for match in _PY_PIECE.finditer(text):
        piece = re.sub(r"#[^\n]*", "", match.group().removeprefix("(").removesuffix(")"))
        items = [item.strip() for item in piece.replace("\\\n", " ").replace("\n", " ").split(",")]
        if items[-1] == "":
            items.pop()  # (a trailing comma)
        if items and all(_PY_ITEM.fullmatch(item) for item in items):
            yield " ".join(items)


def import_texts(files: Iterable[tuple[str, str, bytes]]) -> list[Importing]:
    """The import texts of files given by kind, path and bytes (an editor's buffer), as imported_modules takes them."""
    return [(kind, import_text(kind, data), os.path.abspath(path)) for kind, path, data in files]
