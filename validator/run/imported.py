"""A check's second pass: launches whose URL is imported from another module of the checked tree.

The first pass reads only files whose bytes name the endpoint; a file that launches with `LAUNCH_URL` imported from
`constants.py` holds no endpoint text and passes as quiet, while `constants.py` gets an FL011 note (its URL is bound to
a name no launch read uses). From the first such note on, the report is held (in file order); at the end, the noted
files' module-level exports are found (sources/imports.py), and the walked files of the same language family that
passed as quiet and write one of the exported names are read again with their imports resolved. Their findings are
reported after the held files; a noted file's note is dropped when every name it exports was taken by a file that
launches, else it names each exported binding not resolved. A run that meets no such note does none of this.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Diagnostic, Severity
from ..report import Summary
from ..sources import imports
from ..sources.document import Document
from ..sources.kinds import named_kind

if TYPE_CHECKING:
    from ..report.base import LineSource, Reporter
    from ..sources.document import Limits


class Checker(Protocol):
    """What the second pass asks of the runner's checker (runner._Checker: not imported, which imports this)."""

    walked: frozenset[str]
    limits: Limits
    recorder: Any

    def read(self, path: str) -> bytes | Document: ...

    def result(self, path: str, documents: list[Document]) -> Any: ...

#: The part of a first-pass note that names the one binding it saw (code.py's CodeReader.unread).
_BOUND = re.compile(r"it is bound to `([^`]+)`, and no launch flowlint can read uses it")


def notes_binding(path: str, diagnostics: Sequence[Diagnostic], suppressed: Sequence[str]) -> bool:
    """Whether a code file's result says its launch URL is bound to a name no launch in it reads (FL011): the sign
    that another module may import it."""
    if imports.family(named_kind(path)) is None:
        return False
    return UNREAD_LAUNCH in suppressed or any(d.code == UNREAD_LAUNCH for d in diagnostics)


class SecondPass:
    """Holds a check's report from the first noted file on, and reads the files that import what the noted ones export."""

    def __init__(self, checker: Checker, reporter: Reporter, paths: Sequence[str],
                 quiet: Callable[[str, str, bytes], bool]) -> None:
        self.checker = checker
        self.quiet = quiet  # whether the first pass left a file at its byte test (runner._quiet_code)
        self.inner = reporter
        self.paths = paths
        self.noted: list[str] = []
        self.held: list[tuple[list[Diagnostic], LineSource | None]] = []
        self.shows_lines = getattr(reporter, "shows_lines", True)
        self._unresolved: dict[str, list[str]] = {}  # noted file -> its exported names no launch took

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.held.append((diagnostics, line_source))

    def finish(self, summary: Summary) -> None:  # (the runner releases before it finishes: never called)
        self.inner.finish(summary)

    def resolved(self) -> Iterator[Any]:
        """The result of each quiet file that imports an exported launch URL, read with its imports resolved."""
        exports = imports.Exports(dict(self._definitions()), self.paths, read=self._bytes)
        pattern = exports.pattern()
        if pattern is None:
            return
        families = {imports.family(named_kind(path)) for path in exports.by_file}
        noted = {imports.path_key(path) for path in self.noted}
        candidates: list[tuple[str, str, bytes]] = []
        checker = self.checker
        from ..checker.keys import same_place_key
        from ..checker.launches import load_source
        from ..sources.document import failed_to_load

        def result(path: str, kind: str, data: bytes) -> Any:
            try:
                documents = load_source(kind, data, path, checker.limits, named=False)
            except Exception as err:  # never a traceback: as the loader reports a failure
                documents = [failed_to_load(path, err)]
            return checker.result(path, documents)

        #: A file the first pass read (it names the endpoint itself) -> what that pass said of it: said once.
        said: dict[str, set[tuple[object, ...]]] = {}
        for path in self.paths:
            kind = named_kind(path)  # (a file named on the command line too: read as a walk reads it)
            if kind is None or imports.family(kind) not in families:
                continue
            data = self._bytes(path)
            if data is None or pattern.search(data) is None or imports.path_key(path) in noted:
                continue
            if not self.quiet(kind, path, data):  # (rare: a file with its own launch and an imported URL's)
                said[path] = {same_place_key(d) for d in result(path, kind, data).diagnostics}
            candidates.append((path, kind, data))
        if checker.recorder is not None:
            checker.recorder.used = {}
        imports.activate(exports, (path for path, _, _ in candidates))
        try:
            for path, kind, data in candidates:
                found = result(path, kind, data)
                before = said.get(path)
                diagnostics = [_not_fixed(d) for d in found.diagnostics
                               if before is None or same_place_key(d) not in before]
                if diagnostics:
                    yield replace(found, diagnostics=diagnostics)  # a FileResult
        finally:
            imports.activate(None)
        for path, values in exports.by_file.items():
            home = self._at_home.get(path, set())
            self._unresolved[path] = [name for name in values if (path, name) not in exports.used and name not in home]

    def release(self, summary: Summary) -> Reporter:
        """Give the held files to the reporter, each noted file's note as the second pass leaves it, then the files it
        read; the reporter, to finish with."""
        for diagnostics, line_source in self.held:
            if diagnostics and any(d.code == UNREAD_LAUNCH for d in diagnostics):
                diagnostics = self._renoted(diagnostics, summary)
            self.inner.file(diagnostics, line_source if diagnostics else None)
        return self.inner

    def later(self, diagnostics: list[Diagnostic], line_source: Callable[[int], str] | None) -> None:
        """A file read in the second pass, reported after the held ones."""
        self.held.append((diagnostics, line_source))

    def _renoted(self, diagnostics: list[Diagnostic], summary: Summary) -> list[Diagnostic]:
        kept = []
        for diagnostic in diagnostics:
            unresolved = self._unresolved.get(imports.path_key(diagnostic.file or ""))
            bound = _BOUND.search(diagnostic.message) if diagnostic.code == UNREAD_LAUNCH else None
            # (`module.exports = {…}` binds the file's exports: the note names that; `exports.URL = …`, the one name)
            name = None if bound is None or bound.group(1) == "module.exports" else bound.group(1).removeprefix(
                "module.").removeprefix("exports.")
            exported = self._exported(diagnostic)
            # (an object's or a class's name stands for its members: ENDPOINTS for ENDPOINTS.launch)
            mine = {e for e in exported if name is None or e == name or e.startswith(f"{name}.") or e.endswith(f".{name}")}
            if unresolved is None or bound is None or not mine:
                kept.append(diagnostic)
            elif not unresolved:  # every name it exports is read by a launch of the tree: nothing unread
                _uncount(summary, diagnostic)
            elif name is None or set(unresolved) != mine:
                names = ", ".join(f"`{name}`" for name in unresolved)
                kept.append(replace(diagnostic, message=diagnostic.message[:bound.start()] + (
                    f"it is bound to {names} (module-level names), and no launch flowlint can read uses them, here or "
                    "in a file of the tree that imports them")))
            else:
                kept.append(diagnostic)
        return kept

    def _exported(self, diagnostic: Diagnostic) -> set[str]:
        key = imports.path_key(diagnostic.file or "")
        return set(self._all_exports.get(key, ()))

    def _definitions(self) -> Iterator[tuple[str, dict[str, imports.Value]]]:
        """Each noted file's module-level launch URLs, read as its own reader reads them."""
        from ..sources.code import parsed
        from ..sources.decode import decode
        from ..sources.extract import reader_for

        self._all_exports: dict[str, list[str]] = {}
        self._at_home: dict[str, set[str]] = {}
        for path in self.noted:
            kind = named_kind(path)
            data = self._bytes(path)
            if kind is None or data is None:
                continue
            text, _ = decode(data, python=kind == "python")
            if text is None:
                continue
            try:
                source, tree = parsed(kind, text.removeprefix("\ufeff"))
                found = imports.definitions(reader_for(kind, source, tree, self.checker.limits.max_depth, path), kind)
            except Exception:  # never a traceback: a file whose exports cannot be read exports nothing
                continue
            key = imports.path_key(path)
            self._all_exports[key] = list(found)
            # A name its own module also uses (a path joined to a base there) is read there: never named as unread.
            words = imports.Exports({path: found}).pattern()  # one scan of the file for all its names
            seen = Counter(match.group() for match in words.finditer(text.encode("utf-8", "surrogatepass"))) if words else {}
            self._at_home[key] = {name for name in found if "." not in name and seen.get(name.encode(), 0) > 1}
            yield path, found

    def _bytes(self, path: str) -> bytes | None:
        try:
            data = self.checker.read(path)
        except Exception:
            return None
        return None if isinstance(data, Document) else data


def _uncount(summary: Summary, diagnostic: Diagnostic) -> None:
    """A diagnostic the first pass counted and the second takes back (an FL011 note: no fix)."""
    summary.by_code[diagnostic.code] -= 1
    if not summary.by_code[diagnostic.code]:  # no row of zero in --statistics
        del summary.by_code[diagnostic.code]
    if diagnostic.severity is Severity.ERROR:
        summary.errors -= 1
    elif diagnostic.severity is Severity.WARNING:
        summary.warnings -= 1
    else:
        summary.infos -= 1


#: Why a finding of the second pass offers no fix: --fix and --diff read no file for its imports (yet).
NOT_FIXED = "not applied by --fix: this launch's URL is imported from another module, which --fix does not follow"


def _not_fixed(diagnostic: Diagnostic) -> Diagnostic:
    """A second pass's finding with its fix as help only (its words kept): no --fix run would apply it."""
    fix = diagnostic.fix
    if fix is None:
        return diagnostic
    return replace(diagnostic, fix=None, help=f"{diagnostic.help or fix.message}; {NOT_FIXED}")
