"""The importer index: what each file of a check imports, noted by the first pass where it reads the file anyway, so
that the second pass (run/imported.py) reads again only the files whose imports name a module it follows.

A file's note is the text its imports name modules by, as written: a JavaScript or TypeScript file's specifiers
(`from './constants'`, `require('../config')`), a Python file's import statements (`from app.genesys import (URL,
...)`, `import app.genesys as g`). Its words (`constants`, `config`, `app`, `genesys`) are what a module's stem
(imports.module_stem) is looked for among: more words than the imports name modules by, never fewer, except for an
import this scan does not see (a Python import after a `;`, a TypeScript path alias whose name is not its file's).
Each note is one search by the regular-expression engine for a literal (`from`, `require`, a newline), ~1-2 us a
file: imported at start-up, it imports only `re`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

#: Where a JavaScript or TypeScript file names a module it imports or re-exports from: `… from './constants'`.
_JS_FROM = re.compile(rb"""from\s*['"`]([^'"`\n]{1,400})""")
#: … or requires: `require('./config')`.
_JS_REQUIRE = re.compile(rb"""require\s*\(\s*['"`]([^'"`\n]{1,400})""")
#: A Python import's module (`from app.genesys import …`: `app.genesys`), and what an `import` names (`import a.b as c`,
#: `from m import (c,\n d)`, backslashed line ends included): two searches for a literal, cheaper than one for each line.
_PY_FROM = re.compile(rb"from[ \t]+([\w.]+)")
_PY_IMPORT = re.compile(rb"import[ \t]+(\([^)]{0,4000}\)|[^\n\\]*(?:\\[\s\S][^\n\\]*)*)")
#: The kinds whose imports are noted, by their language family (sources/imports.py's FAMILIES).
_JS_KINDS = frozenset({"javascript", "typescript", "tsx"})


def import_text(kind: str | None, data: bytes) -> bytes:
    """What a file's imports name modules by, as written, newline-joined (b"" for none, or a kind with no imports)."""
    if kind == "python":
        found = _PY_FROM.findall(data) + _PY_IMPORT.findall(data)
    elif kind in _JS_KINDS:
        found = _JS_FROM.findall(data)
        if b"require" in data:
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
    """Each noted file's import text, by the path the run names it by (a walked file of an import family with no
    import: none). A file not walked (named on the command line) is not noted: the second pass reads it."""

    __slots__ = ("texts",)

    def __init__(self) -> None:
        self.texts: dict[str, bytes] = {}

    def note(self, path: str, kind: str | None, data: bytes) -> None:
        """Note a file's imports from its bytes (a file with none: nothing kept)."""
        text = import_text(kind, data)
        if text:
            self.texts[path] = text

    def naming(self, words: Collection[bytes]) -> set[str]:
        """The noted files whose import text writes one of `words` as a word."""
        if not words:
            return set()
        search = words_pattern(words).search
        return {path for path, text in self.texts.items() if search(text) is not None}


def words_pattern(words: Iterable[bytes]) -> re.Pattern[bytes]:
    """A test for any of `words` as a whole word of an import text (a path's part, a dotted name's)."""
    alternatives = b"|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))
    return re.compile(rb"(?<![\w$-])(?:" + alternatives + rb")(?![\w$-])")
