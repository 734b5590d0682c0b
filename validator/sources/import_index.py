"""The importer index: what each file of a check imports, noted by the first pass where it reads the file anyway, so
that the second pass (run/imported.py) reads again only the files whose imports name a module it follows.

A file's note is the text its imports name modules by, as written: a JavaScript or TypeScript file's specifiers
(`from './constants'`, `require('../config')`), a Python file's import statements (`from app.genesys import (URL,
...)`, `import app.genesys as g`, one after a `;` too). Its words (`constants`, `config`, `app`, `genesys`) are what a
module's stem (imports.module_stem) is looked for among, with the words a TypeScript path alias of the tree names it
by where they are not its stem (`@launch` for `"@launch": ["src/genesys/constants.ts"]`: alias_words, read at the
second pass): more words than the imports name modules by, never fewer. Each note is two searches by the
regular-expression engine for a literal (Python: `from`, `import`; JavaScript: `from`, and `require` where a scan
finds it), ~2.4 us a file of ~2 KB on the benchmark's VM (the byte test before it ~2.5 us, reading the file ~6): imported
at start-up, it imports only `os` and `re`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .imports import Exports, _Aliases

#: Where a JavaScript or TypeScript file names a module it imports or re-exports from: `… from './constants'`.
_JS_FROM = re.compile(rb"""from\s*['"`]([^'"`\n]{1,400})""")
#: … or requires: `require('./config')`.
_JS_REQUIRE = re.compile(rb"""require\s*\(\s*['"`]([^'"`\n]{1,400})""")
#: A Python import's module (`from app.genesys import …`: `app.genesys`), and what an `import` names (`import a.b as c`,
#: `from m import (c,\n d)`, backslashed line ends included): two searches for a literal, cheaper than one for each line
#: (possessive: a match never gives back, as none could need to, the group being last; Python 3.10 has no possessive
#: repeats, and there the greedy pattern finds the same text).
_PY_FROM = re.compile(rb"from[ \t]+([\w.]+)")
try:
    _PY_IMPORT = re.compile(rb"import[ \t]++(\([^)]{0,4000}\)|[^\n\\]*+(?:\\[\s\S][^\n\\]*+)*+)")
except re.error:  # pragma: no cover  (Python 3.10)
    _PY_IMPORT = re.compile(rb"import[ \t]+(\([^)]{0,4000}\)|[^\n\\]*(?:\\[\s\S][^\n\\]*)*)")
#: The kinds whose imports are noted, by their language family (sources/imports.py's FAMILIES).
_JS_KINDS = frozenset({"javascript", "typescript", "tsx"})


def import_text(kind: str | None, data: bytes) -> bytes:
    """What a file's imports name modules by, as written, newline-joined (b"" for none, or a kind with no imports)."""
    # (find, not `in`: a bytes operand of `in` is first tried as an integer, an exception made and dropped per test)
    if kind == "python":
        found = _PY_FROM.findall(data) + _PY_IMPORT.findall(data)
    elif kind in _JS_KINDS:
        found = _JS_FROM.findall(data)
        if data.find(b"require") >= 0:
            found += _JS_REQUIRE.findall(data)
    else:
        return b""
    return b"\n".join(found)


#: A word an import text names a module by: a path's part (`my-module`), a dotted name's.
_WORD = re.compile(rb"[A-Za-z_$][\w$-]*")


def import_words(text: bytes) -> list[bytes]:
    """The words of an import text (import_text)."""
    return _WORD.findall(text)


#: The kinds whose files are noted (their imports may name a module the second pass follows).
NOTED = _JS_KINDS | {"python"}


class ImportIndex:
    """Each noted file's import text, by the path the run names it by (a file of an import family with no import:
    none). A file named on the command line is noted where the first pass reads it, as a walked one is (its imports'
    modules are then looked for in the project: sources/project_modules.py)."""

    __slots__ = ("_aliases", "kinds", "texts")

    def __init__(self) -> None:
        self.texts: dict[str, bytes] = {}
        #: The kind of each file noted with an import text, and of each named file noted, where the note was made (not
        #: kept by the result cache, nor sent by a worker: asked by name when missing).
        self.kinds: dict[str, str] = {}
        #: The tree's path aliases (alias_words), read once a run when first asked: the resolver and each alias's
        #: targets, by what they write.
        self._aliases: tuple[Exports, _AliasTargets] | None = None

    def note(self, path: str, kind: str | None, data: bytes, *, named: bool = False) -> None:
        """Note a file's imports from its bytes (a file with none: nothing kept, but the kind of a file `named` on the
        command line: noted, not read again for its imports)."""
        text = import_text(kind, data)
        if text:
            self.texts[path] = text
        if text or named:
            self.kinds[path] = kind or ""

    def naming(self, words: Collection[bytes]) -> set[str]:
        """The noted files whose import text writes one of `words` as a word."""
        if not words:
            return set()
        search = words_pattern(words).search
        return {path for path, text in self.texts.items() if search(text) is not None}

    def alias_words(self, module: str, paths: Sequence[str], read: Callable[[str], bytes | None]) -> set[bytes]:
        """The words a file importing a JavaScript or TypeScript `module` through a path alias of the tree writes for it,
        where they are not its stem: `launch` for `"@launch": ["src/genesys/constants.ts"]`, `flows` for `"@flows/*":
        ["src/genesys/*.service.ts"]` (the `paths` of each tsconfig.json or jsconfig.json among the run's `paths`, each
        alias checked by resolving it as the second pass does, sources/imports.py). Empty in a tree with no such
        config (one look at each path's name, once a run)."""
        from . import imports

        if imports.family(_kind_of(module)) != "js":
            return set()
        if self._aliases is None:
            names = sorted(path for path in paths if path.endswith(_CONFIG_NAMES)
                           and os.path.basename(path) in ("tsconfig.json", "jsconfig.json"))
            # (a resolver of the files an alias may name, and configs one may extend: not every file of the tree)
            exports = imports.Exports({}, [path for path in paths if path.endswith(_ALIASED)] if names else (), read=read)
            read_configs = [exports._config(imports.path_key(path), 0) for path in names]
            self._aliases = exports, _AliasTargets([aliases for aliases in read_configs if aliases is not None])
        exports, targets = self._aliases
        if not targets:
            return set()
        key = imports.path_key(module)
        written = _alias_targets(key)
        words: set[bytes] = set()
        for aliases, alias, full in targets.matching(written):
            for specifier in _specifiers(alias, full, written):
                if aliases.resolve(specifier, exports._js_file) == [key]:
                    words.update(import_words(specifier.encode("utf-8", "surrogatepass")))
        return words


#: One alias's target: its config's aliases, the alias (`@flows/*`) and the target's path (`…/src/genesys/*.service.ts`).
_Target = tuple["_Aliases", str, str]


class _AliasTargets:
    """The targets of the tree's path aliases, each read once a run and kept by what it writes: a path (`…/constants.ts`)
    by that path, a wildcard one (`…/src/genesys/*.service.ts`) by the text before its `*` then the text after it. A
    module's targets are then looked up by the texts its paths begin and end with (at most as many as their characters),
    not tried one by one: the work a module costs does not grow with the aliases that name other files."""

    __slots__ = ("_head_lengths", "_heads", "_paths", "_tail_lengths", "count")

    def __init__(self, configs: list[_Aliases]) -> None:
        self._paths: dict[str, list[tuple[int, _Target]]] = {}
        self._heads: dict[str, dict[str, list[tuple[int, _Target]]]] = {}  # head → tail → targets
        self._head_lengths: list[int] = []  # the heads' lengths, and each head's tails' (shortest first)
        self._tail_lengths: dict[str, list[int]] = {}
        self.count = 0
        for aliases in configs:
            for alias, targets in aliases.paths:
                if alias.count("*") > 1:
                    continue  # (_specifiers: none)
                for target in targets:
                    full = os.path.normpath(os.path.join(aliases.paths_base, target))
                    entry = (self.count, (aliases, alias, full))
                    self.count += 1
                    if "*" not in full:
                        self._paths.setdefault(full, []).append(entry)
                    elif full.count("*") == 1:
                        head, _, tail = full.partition("*")
                        self._heads.setdefault(head, {}).setdefault(tail, []).append(entry)
        self._head_lengths = sorted({len(head) for head in self._heads})
        self._tail_lengths = {head: sorted({len(tail) for tail in tails}) for head, tails in self._heads.items()}

    def __bool__(self) -> bool:
        return self.count > 0

    def matching(self, written: set[str]) -> list[_Target]:
        """The targets one of `written` (a module's paths an alias's target may write: _alias_targets) matches, each
        once, in the configs' order."""
        found: dict[int, _Target] = {}
        for each in written:
            found.update(self._paths.get(each, ()))
            for length in self._head_lengths:  # (at most one a character of `each`: each length is another)
                if length > len(each):
                    break
                head = each[:length]
                if (tails := self._heads.get(head)) is None:
                    continue
                for tail_length in self._tail_lengths[head]:
                    if length + tail_length > len(each):
                        break
                    found.update(tails.get(each[len(each) - tail_length:], ()))
        return [found[index] for index in sorted(found)]


#: The names of the configs whose `paths` a JavaScript or TypeScript import may be resolved through.
_CONFIG_NAMES = ("config.json",)
#: What an alias may resolve to (imports' _JS_SUFFIXES), or a config one extends.
_ALIASED = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".json")


def _kind_of(path: str) -> str | None:
    from .kinds import named_kind

    return named_kind(path)


def _alias_targets(module: str) -> set[str]:
    """What an alias's target may write, `*` replaced, for the import to resolve to this file (imports' _js_file): the
    file, without its suffix (or with `.js` for `.ts`), its directory for an index file."""
    stem, suffix = os.path.splitext(module)
    written = {module, stem} | {stem + js for js in (".js", ".jsx", ".mjs", ".cjs")}
    if os.path.basename(stem) == "index":
        written.add(os.path.dirname(module))
    return written if suffix else {module}


def _specifiers(alias: str, target: str, written: set[str]) -> Iterable[str]:
    """The specifiers through `alias` (`@flows/*`) whose target (`…/src/genesys/*.service.ts`) is one of `written`."""
    if alias.count("*") > 1 or target.count("*") > 1:
        return
    if "*" not in target:
        if target in written:
            yield alias.replace("*", "", 1)
        return
    head, _, tail = target.partition("*")
    for each in written:
        if each.startswith(head) and each.endswith(tail) and len(each) >= len(head) + len(tail):
            star = each[len(head):len(each) - len(tail)]
            yield alias.replace("*", star, 1) if "*" in alias else alias


def words_pattern(words: Iterable[bytes]) -> re.Pattern[bytes]:
    """A test for any of `words` as a whole word of an import text (a path's part, a dotted name's)."""
    alternatives = b"|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))
    return re.compile(rb"(?<![\w$-])(?:" + alternatives + rb")(?![\w$-])")
