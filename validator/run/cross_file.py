"""Run-end judgements: what one file's check cannot settle alone, decided once every file of the run is known; and
which files of the run import a file's names, for a safe fix that would edit one (Importers).

A BigInt in a JavaScript launch body makes JSON.stringify throw (FL014, said by the JavaScript reader), unless
something gives BigInt a toJSON before the body is sent: a polyfill module of the app (`BigInt.prototype.toJSON =
function () { return this.toString() }`, the usual setup where 64-bit integers are read as BigInt). A file's own check
sees only that file (its cached result depends on nothing else), so from the first such finding on a run holds its
report (BigIntHeld, as run/imported.py's second pass holds it), and at its end reads the run's own JavaScript,
TypeScript and script-holding HTML files (walked, or named: never one beyond them) for one that writes both `BigInt`
and `toJSON` (a byte test). Then the findings are dropped (a body that may be sent is no error: an unknown never fails
a check); else each one's help says no polyfill was found. A run without such a finding reads nothing more. The editor
(`flowlint lsp`) judges a buffer's findings by the files open beside it (judged_by_open_files).
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.codes import NO_JSON_NUMBER
from ..core.diagnostics import Applicability, Diagnostic, Edit
from ..core.unknown import Unknown
from ..project.files import STDIN, walk
from ..sources import imports
from ..sources.decode import decode
from ..sources.kinds import HTML, JAVASCRIPT, TSX, TYPESCRIPT, named_kind
from .held import HeldReport

if TYPE_CHECKING:
    from ..report import Summary
    from ..report.base import Reporter
    from ..sources.document import Document, Limits
    from .imported import SecondPass

#: What the JavaScript reader's FL014 says of a BigInt in a body (sources/javascript.py, JavaScriptReader.unsendable).
_BIG_INT_THROWS = " is a BigInt: JSON.stringify throws"
#: Files that may install a polyfill: JavaScript and TypeScript, and the HTML, Vue and Svelte files holding scripts.
POLYFILL_SUFFIXES = JAVASCRIPT + TYPESCRIPT + TSX + HTML
#: What a kept finding's help adds, by where the polyfill was looked for.
NOT_IN_RUN = ("no file flowlint checked in this run gives BigInt a toJSON (a `BigInt.prototype.toJSON` polyfill, which "
              "would make this body sendable)")
NOT_OPEN = ("no file open in the editor gives BigInt a toJSON (a `BigInt.prototype.toJSON` polyfill, which would make "
            "this body sendable)")


def throws_big_int(diagnostic: Diagnostic) -> bool:
    """Whether a diagnostic is FL014 on a BigInt JSON.stringify throws on."""
    return diagnostic.code == NO_JSON_NUMBER and _BIG_INT_THROWS in diagnostic.message


def gives_big_int_to_json(data: bytes) -> bool:
    """Whether a file's bytes may give BigInt a toJSON: they write both words (any way of installing one does)."""
    return b"toJSON" in data and b"BigInt" in data


def polyfilled(paths: Iterable[str], read: Callable[[str], bytes | Document]) -> bool:
    """Whether one of a run's files may give BigInt a toJSON; each read (by the run's own reader: no link out of the
    tree, within the size limit) at most once, up to the first that does."""
    for path in paths:
        if path == STDIN or not path.lower().endswith(POLYFILL_SUFFIXES):
            continue
        data = imports.bytes_read(read, path)  # (unreadable: the run said so where it checked it; it installs nothing)
        if data is not None and gives_big_int_to_json(data):
            return True
    return False


def judged(diagnostics: list[Diagnostic], polyfill: bool, not_found: str,
           summary: Summary | None = None) -> list[Diagnostic]:
    """The diagnostics with each BigInt FL014 dropped when a polyfill may be installed (and uncounted from `summary`),
    else with `not_found` added to its help."""
    if not any(map(throws_big_int, diagnostics)):
        return diagnostics
    kept = []
    for diagnostic in diagnostics:
        if not throws_big_int(diagnostic):
            kept.append(diagnostic)
        elif not polyfill:
            kept.append(replace(diagnostic, help=f"{diagnostic.help}; {not_found}" if diagnostic.help else not_found))
        elif summary is not None:
            summary.withdraw([diagnostic])
    return kept


def judged_by_open_files(diagnostics: list[Diagnostic], open_files: Callable[[], Iterable[tuple[str, str]]]) -> list[Diagnostic]:
    """A buffer's diagnostics judged by the files open in the editor (`open_files`: each one's name and text, asked
    only for a BigInt's finding)."""
    if not any(map(throws_big_int, diagnostics)):
        return diagnostics
    polyfill = any(name.lower().endswith(POLYFILL_SUFFIXES) and gives_big_int_to_json(text.encode("utf-8", "surrogatepass"))
                   for name, text in open_files())
    return judged(diagnostics, polyfill, NOT_OPEN)


class BigIntHeld(HeldReport):
    """A run's report held from its first BigInt FL014 on, released at the run's end with those findings judged."""

    @classmethod
    def beneath(cls, reporter: Reporter, later: SecondPass | None, diagnostics: Sequence[Diagnostic]) -> BigIntHeld | None:
        """The holder for a run whose file's `diagnostics` hold a BigInt FL014 (None when they hold none): beneath the
        second pass's holder when there is one (which releases into it), else around the run's reporter."""
        if not any(map(throws_big_int, diagnostics)):
            return None
        if later is not None:
            held = cls(later.inner)
            later.inner = held
            return held
        return cls(reporter)

    def release(self, summary: Summary, polyfill: bool) -> Reporter:
        """Give the held files to the reporter, their BigInt findings judged (`polyfill`: whether a file of the run may
        install one); the reporter, to finish with."""
        for diagnostics, line_source in self.files():
            diagnostics = judged(diagnostics, polyfill, NOT_IN_RUN, summary)
            self.inner.file(diagnostics, line_source if diagnostics else None)
        return self.inner


#: A module's import statements, where the name of the module they import from is written (the module's own file
#: stem, or its package's): `from app.launcher import (`, `import launcher`; `from './launcher'`, `require('./launcher')`.
_IMPORT_LINES = {
    "python": re.compile(rb"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import\b[^\n]*|import[ \t][^\n]*)", re.MULTILINE),
    "js": re.compile(rb"""\b(?:from|require|import)\s*\(?\s*['"][^'"\n]{1,300}['"]"""),
}


class Importers:
    """Which files of a run import a file's module-level names (asked for a safe fix that edits one: by --fix, as
    fixer/shared.py's `Imported`, and by a check, shared_fixes_demoted). On the first question about a language
    family, the run's files of that family are read once and indexed by the words of their import statements; a
    question then reads again only the files whose imports name the module, and asks sources/imports.py whether they
    import one of the names from it."""

    def __init__(self, paths: Sequence[str] | Callable[[], Sequence[str]], read: Callable[[str], bytes | Document],
                 max_depth: int, *, unchanging: bool = False) -> None:
        self._paths = paths  # (a callable: listed on the first question, as the editor's walk of its project is)
        self.read = read
        self.max_depth = max_depth
        #: Each file's bytes once read, when the run's files do not change while it asks (a check, not --fix): every
        #: file is then read once, by the first of the import index, a question's candidates and the edited file.
        self._read_once: dict[str, bytes | None] | None = {} if unchanging else None
        self._index: dict[str, dict[bytes, list[str]]] = {}  # family -> word of an import statement -> files
        self._answers: dict[tuple[str, frozenset[str]], dict[str, str]] = {}

    def __call__(self, path: str, kind: str, names: frozenset[str]) -> dict[str, str]:
        """Each of `names` (module-level names of the file `path`, of source kind `kind`) that another file of the run
        imports, with the first such file."""
        key = (imports.path_key(path), names)
        found = self._answers.get(key)
        if found is None:
            found = self._answers[key] = self._importers(path, kind, names)
        return found

    @property
    def paths(self) -> Sequence[str]:
        """The files of the run, the only ones asked whether they import a name."""
        if callable(self._paths):
            self._paths = self._paths()
        return self._paths

    def bytes_of(self, path: str) -> bytes | None:
        """A file's bytes as the run reads it; None when it cannot be read (it imports nothing known)."""
        if self._read_once is not None and path in self._read_once:
            return self._read_once[path]
        data = imports.bytes_read(self.read, path)
        if self._read_once is not None:
            self._read_once[path] = data
        return data

    def _words(self, family: str) -> dict[bytes, list[str]]:
        index = self._index.get(family)
        if index is None:
            index = self._index[family] = {}
            pattern = _IMPORT_LINES[family]
            for path in self.paths:
                if path == STDIN or imports.family(named_kind(path)) != family:
                    continue
                data = self.bytes_of(path)
                words = {word for line in pattern.finditer(data) for word in imports.WORD.findall(line.group())} if data else ()
                for word in words:
                    index.setdefault(word, []).append(path)
        return index

    def _importers(self, path: str, kind: str, names: frozenset[str]) -> dict[str, str]:
        family = imports.family(kind)
        if family is None or not names:
            return {}
        home = imports.path_key(path)
        stem = imports.module_stem(home)
        candidates = [c for c in self._words(family).get(stem.encode("utf-8", "surrogatepass"), ())
                      if imports.path_key(c) != home]
        if not candidates:
            return {}
        read: dict[str, bytes | None] = {}  # each file's bytes, read once for its imports and the names it writes

        def bytes_of(name: str) -> bytes | None:
            if name not in read:
                read[name] = self.bytes_of(name)
            return read[name]

        exports = imports.Exports({path: {name: Unknown(name) for name in names}}, [path, *candidates],
                                  read=bytes_of, bodies=True)
        found: dict[str, str] = {}
        for candidate in candidates:
            for name in self._imported(exports, home, candidate, bytes_of(candidate), names - found.keys()):
                found[name] = candidate
            if len(found) == len(names):
                break
        return found

    def _imported(self, exports: imports.Exports, home: str, candidate: str, data: bytes | None,
                  names: frozenset[str]) -> set[str]:
        """The names a file (`data`: its bytes) imports from `home` (a module imported whole counts for the names the
        file writes)."""
        from ..sources.code import parsed
        from ..sources.extract import reader_for

        kind = named_kind(candidate)
        if kind is None or data is None:
            return set()
        written = {word.decode("utf-8", "surrogatepass") for word in imports.WORD.findall(data)} & names
        if not written:
            return set()
        text, _ = decode(data, python=kind == "python")
        if text is None:
            return set()
        try:
            source, tree = parsed(kind, text.removeprefix("\ufeff"))
            imported = exports.imported(reader_for(kind, source, tree, self.max_depth, candidate), kind, candidate)
        except Exception:  # a file whose imports cannot be read imports nothing known
            return set()
        if imported is None:
            return set()
        return {name for origins in imported.origins.values() for origin, name in origins
                if origin == home and name in written}


def safe_edits(diagnostics: Iterable[Diagnostic]) -> list[Edit]:
    """The edits of the diagnostics' safe fixes: each may edit a module-level name another module imports."""
    return [edit for d in diagnostics if d.fix is not None and d.fix.applicability is Applicability.SAFE
            for edit in d.fix.edits or ()]


#: Where a Python line starting at its first column with a name begins, and that name: a module-level statement's start
#: (an edit after a `def` or `async def` line, before the next, is inside a function: no module-level value of it).
_PYTHON_TOP = re.compile(r"^[A-Za-z_]\w*", re.MULTILINE)


def shared_fixes_demoted(importers: Importers, path: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """A check's diagnostics of a Python file with each safe fix that edits a module-level name another file of the run
    imports shown unsafe, as --fix leaves it (fixer/shared.py). The file is parsed only when a safe fix edits a
    module-level statement, and the run asked only when one edits an exported binding."""
    from ..fixer.shared import demoted, shared_in

    edits = safe_edits(diagnostics)
    if not edits:
        return diagnostics
    data = importers.bytes_of(path)
    text = decode(data, python=True)[0] if data is not None else None
    if text is None:
        return diagnostics
    text = text.removeprefix("\ufeff")
    tops = [(match.start(), match.group()) for match in _PYTHON_TOP.finditer(text)]
    starts = [start for start, _ in tops]
    at_top = False
    for edit in edits:
        at = bisect_right(starts, edit.start) - 1
        if at >= 0 and tops[at][1] not in ("def", "async"):
            at_top = True
            break
    if not at_top:
        return diagnostics
    shared = shared_in(text, "python", path, importers.max_depth, importers)
    return [demoted(d, shared) for d in diagnostics]


#: The most entries of its own directory a buffer outside any project has looked at for importers (a directory holding
#: more, as /tmp may, is looked at for the first ones it lists: a time bounded whatever its size).
MOST_BESIDE = 2_000


def files_beside(path: str) -> list[str]:
    """The files in the directory of `path` (not below it, nor links), at most MOST_BESIDE: where the files of a buffer
    outside any project that may import it are looked for, never a walk of its directory's tree."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        with os.scandir(directory) as entries:
            names = [entry.name for entry in itertools.islice(entries, MOST_BESIDE) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return []
    return [os.path.join(directory, name) for name in sorted(names)]


def editor_fixes_demoted(path: str, diagnostics: list[Diagnostic], buffers: Mapping[str, str],
                         project: Callable[[], tuple[str | None, Limits]]) -> list[Diagnostic]:
    """An editor buffer's diagnostics (`path`, a Python file) as shared_fixes_demoted shows a check's: a safe fix that
    edits a module-level name another file imports shown unsafe. The importers are looked for among the files open in
    the editor (`buffers`: each path's unsaved text, read instead of the file; the checked buffer's among them) and the
    files of its project (`project`: its root, walked as `flowlint check` walks it, and the limits files are read
    under; asked, and the root walked, only when a fix edits an exported binding). A root of None: a buffer outside any
    project (a scratch file in /tmp or a home directory), whose directory's tree is never walked: the files beside it
    (files_beside) and the open ones are looked at."""
    if named_kind(path) != "python" or not safe_edits(diagnostics):
        return diagnostics
    from ..sources.document import read_path

    root, limits = project()

    def paths() -> list[str]:
        return sorted({*(walk(root) if root is not None else files_beside(path)), *buffers})

    def read(name: str) -> bytes | Document:
        text = buffers.get(name)
        return text.encode("utf-8", "surrogatepass") if text is not None else read_path(name, limits=limits, walked=True)

    return shared_fixes_demoted(Importers(paths, read, limits.max_depth, unchanging=True), path, diagnostics)
