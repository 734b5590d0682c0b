"""A check's second pass: launches whose URL is imported from another module of the checked tree.

The first pass reads only files whose bytes name the endpoint; a file that launches with `LAUNCH_URL` imported from
`constants.py` holds no endpoint text and passes as quiet, while `constants.py` gets an FL011 note (its URL is bound to
a name no launch read uses). The first pass marks such a file with a `Binding` (`mark`: its module-level exports, found
by sources/imports.py, and the names its note's binding stands for), as data made before selection and severities: a
run that silences the note (`--ignore FL011`) still reads the files importing the URL. From the first marked file on,
the report is held (in file order); at the end, the walked files of the same language family that passed as quiet and
write one of the exported names are read again with their imports resolved. Their findings are reported after the
held files; a marked file's note, where shown, is dropped when every name it exports was taken by a file that
launches, else it names each exported binding not resolved. A run that marks no file does none of this.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from ..checker.keys import same_place_key
from ..core.codes import HARD_CODED_TOKEN, UNREAD_LAUNCH, UNUSED_SUPPRESSION, WRONG_HOST, WRONG_PATH
from ..core.diagnostics import Diagnostic
from ..core.lines import LineIndex
from ..core.printable import printable
from ..report import Summary
from ..sources import imports
from ..sources.document import Document
from ..sources.import_index import ImportIndex, import_words
from ..sources.kinds import named_kind
from ..sources.model import Text
from .held import HeldReport

if TYPE_CHECKING:
    from tree_sitter import Node

    from ..report.base import Reporter
    from ..sources.code import CodeReader
    from ..sources.document import Limits
    from ..sources.project_modules import Importing


class Checker(Protocol):
    """What the second pass asks of the runner's checker (runner._Checker: not imported, which imports this)."""

    walked: frozenset[str]
    limits: Limits
    recorder: Any

    def read(self, path: str) -> bytes | Document: ...

    def result(self, path: str, documents: list[Document], *, marks: bool = True) -> Any: ...

    def load_data(self, path: str, data: bytes | Document) -> list[Document]: ...

    def mark(self, path: str, documents: Sequence[Document], data: bytes | None = None) -> Binding | None: ...


@dataclass(frozen=True)
class Binding:
    """The first pass's mark on a code file that names the launch endpoint where no launch in it reads it (an FL011
    note, selected or not) and exports a launch URL at module level: the files importing it are read again."""

    #: The line and column of the file's note (its first mention of the endpoint), when the file reads no launch.
    note: tuple[int, int] | None
    #: The exported names the binding that note's mention is in stands for, when no launch of the file uses it
    #: (`LAUNCH_URL`; `ENDPOINTS.launch` for `ENDPOINTS`): empty when the note is of something else.
    mine: tuple[str, ...]
    #: Whether the note names that binding as it is exported (not `module.exports`, which stands for all of them).
    exact: bool
    #: The file's module-level launch URLs (imports.definitions), in file order; None when not kept (restored from the
    #: result cache, which stores no URL a file writes: read again).
    exports: dict[str, imports.Value] | None = None
    #: The exported names the file uses itself (a path joined to a base there): never named as unread.
    home: frozenset[str] = frozenset()
    #: The exported names whose line carries a suppression of FL302 (`# flowlint: ignore[FL302]`, or a bare one): the
    #: wrong host they bring to a file importing them is suppressed there, as at a same-file constant's literal.
    hushed: frozenset[str] = frozenset()

    @property
    def by_name(self) -> bool:
        """Whether the files importing it are found by its module's name in their imports (the importer index): a file
        with no note of its own binding (one with a launch read; the result cache keeps no more). Only its importers
        are read again, not every file writing one of its names: on a tree whose launch files bind their URL at module
        level, nearly every launch file writes one."""
        return self.note is None


def mark(path: str, data: bytes, limits: Limits) -> Binding | None:
    """The mark of a file whose documents note its launch URL unread (FL011; runner's Checker.mark asks only for
    one), from its bytes: None when it exports no launch URL at module level."""
    kind = named_kind(path)
    if kind is None or imports.family(kind) is None:
        return None
    found = _exports(path, kind, data, limits)
    if found is None:
        return None
    reader, text, exports, home, hushed = found
    note, mine, exact = _note_binding(reader, text, exports)
    return Binding(note, mine, exact, exports, home, hushed)


def modules_of_named(checker: Checker, paths: Sequence[str], importing: Sequence[Importing], root: str,
                     quiet: Callable[[str, str, bytes], bool]) -> tuple[dict[str, Binding], list[str]]:
    """The modules of the project (inside `root`) the imports of the run's named code files (`importing`: each with its
    import text, noted where the first pass read it) name, not among its files, each marked as the first pass marks a
    file it reads (None marks left out), by the path the run shows it at: a walk marks the tree's modules as it reads
    them, while a run naming its files (the pre-commit hook, `flowlint check FILE`) read none of them, and a launch
    whose URL one exports was never read. Found as the editor finds a buffer's (sources/project_modules.py), each read
    once; a module whose bytes cannot name a launch URL (`quiet`: the prefilter's byte test) is not parsed. Also every
    module found (a barrel passing a URL on is one), for the imports' resolution."""
    from ..sources.project_modules import imported_modules

    run = {imports.path_key(path) for path in paths}
    seen: list[str] = []
    found: dict[str, Binding] = {}
    for module, kind, data in imported_modules(importing, root, lambda module: imports.bytes_read(checker.read, module),
                                               known=run.__contains__):
        seen.append(module)
        if kind is None or data is None or quiet(kind, module, data):
            continue  # (a tsconfig.json: read by the resolution, never marked)
        try:
            binding = checker.mark(module, checker.load_data(module, data), data)
        except Exception:  # never a failure of the run: a module that cannot be read exports nothing
            binding = None
        if binding is not None:
            found[os.path.relpath(module)] = binding
    return found, seen


def _exports(path: str, kind: str, data: bytes, limits: Limits
             ) -> tuple[Callable[[], CodeReader], str, dict[str, imports.Value], frozenset[str], frozenset[str]] | None:
    """A file's module-level launch URLs, read as its own reader reads them, the names it uses itself and those whose
    line suppresses FL302 (Binding.hushed); with a fresh reader of the same parse (for its note) and its text. None
    when it exports none, or cannot be read."""
    from ..sources.code import parsed
    from ..sources.decode import decode
    from ..sources.extract import reader_for

    text, _ = decode(data, python=kind == "python")
    if text is None:
        return None
    text = text.removeprefix("\ufeff")
    try:
        source, tree = parsed(kind, text)
        found = imports.definitions(reader_for(kind, source, tree, limits.max_depth, path), kind)
    except Exception:  # never a traceback: a file whose exports cannot be read exports nothing
        return None
    if not found:
        return None
    # A name its own module also uses (a path joined to a base there) is read there: never named as unread.
    words = imports.Exports({path: found}).pattern()  # one scan of the file for all its names
    seen = Counter(match.group() for match in words.finditer(text.encode("utf-8", "surrogatepass"))) if words else {}
    home = frozenset(name for name in found if "." not in name and seen.get(name.encode(), 0) > 1)
    return (lambda: reader_for(kind, source, tree, limits.max_depth, path)), text, found, home, _hushed(kind, text, found)


def _hushed(kind: str, text: str, exports: dict[str, imports.Value]) -> frozenset[str]:
    """The exported names whose binding's line (where its value is written) a suppression comment of FL302 covers (on
    that line, or alone on the line before, as any suppression), when their value writes its host."""
    from ..sources.comments import suppressions

    covered = {comment.line + offset for comment in suppressions(kind, text)
               if comment.codes is None or WRONG_HOST in comment.codes for offset in ((0, 1) if comment.alone else (0,))}
    if not covered:
        return frozenset()
    return frozenset(name for name, line in imports.host_lines(exports, text).items() if line in covered)


def _note_binding(reader_of: Callable[[], CodeReader], text: str, exports: dict[str, imports.Value]
                  ) -> tuple[tuple[int, int] | None, tuple[str, ...], bool]:
    """Where the file's note is, the exported names the binding its mention is in stands for (none unless the note is
    that it is bound to a name no launch uses: CodeReader.unread's climb, read as data), and whether it names it as
    exported."""
    from ..core.lines import LineIndex

    try:
        reader = reader_of()
        if reader.launches(credentials=False):
            return None, (), False  # launches were read: no note of the file's mention
        found = reader.unread()
        if found is None:
            return None, (), False
        (start, end), _ = found
        span = LineIndex(text).span(start, end)
        name, frozen = _bound_name(reader, len(text[:start].encode("utf-8", "surrogatepass")),
                                   len(text[:end].encode("utf-8", "surrogatepass")))
    except Exception:  # never a traceback: the note is then left as the first pass made it
        return None, (), False
    note = (span.line, span.column)
    if name is None:
        return note, (), False
    if name == "module.exports":  # (`module.exports = {…}` binds the file's exports: the note names that)
        return note, tuple(exports), False
    name = name.removeprefix("module.").removeprefix("exports.")  # `exports.URL = …`: the one name
    # (an object's or a class's name stands for its members: ENDPOINTS for ENDPOINTS.launch)
    mine = tuple(e for e in exports if e == name or e.startswith(f"{name}.") or e.endswith((f".{name}", f".{name}.value")))
    if not mine and re.search(rf"\bexport\s+default\s+{re.escape(name)}\s*(?:;|$)", text, re.MULTILINE):
        # (`export default config`: the default export's names, `default.genesys.launchUrl`, are that binding's)
        mine = tuple(e for e in exports if e == "default" or e.startswith("default."))
    return note, mine, not frozen  # (a note saying it is passed to `Object.freeze(…)` names no binding: said anew)


def _bound_name(reader: CodeReader, start: int, end: int) -> tuple[str | None, bool]:
    """The name the mention at these bytes is bound to when no launch uses that name, as CodeReader.unread climbs to
    it (a comment, a docstring, a call's argument or a name passed to a call: None), past an `Object.freeze({…})` the
    object is given to (which returns it: whether the climb went through one is the second item)."""
    node = reader.root.descendant_for_byte_range(start, end)
    child = None
    fields = reader.fields
    frozen = False
    while node is not None:
        if node.type == "comment":
            return None, frozen
        if node.type == "expression_statement" and child is not None and child.type in ("string", "template_string"):
            return None, frozen
        if node.type in reader.call_types and child is not None and child != node.child_by_field_id(fields.function):
            if imports.frozen(reader, node) is node:
                return None, frozen
            frozen = True  # (`Object.freeze({ URL: '…' })`: the object, bound where the call is)
        if node.type in ("function_definition", "function_declaration") and child is not None \
                and child == node.child_by_field_id(fields.body) and _module_level(reader, node):
            named = node.child_by_field_name("name")  # `return f"…"` of a module-level function: the URL it builds
            if named is None or reader.passed_to(reader.source.raw(named)):
                return None, frozen
            return reader.source.raw(named), frozen
        if node.type in ("variable_declarator", "assignment", "assignment_expression") and child is not None \
                and child == (node.child_by_field_id(fields.value) or node.child_by_field_id(fields.right)):
            target = node.child_by_field_id(fields.name) or node.child_by_field_id(fields.left)
            if target is None:
                return None, frozen
            name = reader.source.raw(target)
            return (None if reader.passed_to(name) else name), frozen
        child, node = node, node.parent
    return None, frozen


def _module_level(reader: CodeReader, node: Node) -> bool:
    """Whether a statement is written at module level (`export function f` too)."""
    above = node.parent
    if above is not None and above.type == "export_statement":
        above = above.parent
    return above == reader.root


class SecondPass(HeldReport):
    """Holds a check's report from the first marked file on, and reads the files that import what the marked ones export."""

    def __init__(self, checker: Checker, reporter: Reporter, paths: Sequence[str],
                 quiet: Callable[[str, str, bytes], bool],
                 said: Mapping[str, tuple[Sequence[Diagnostic], Sequence[str]]]) -> None:
        self.checker = checker
        self.quiet = quiet  # whether the first pass left a file at its byte test (runner._quiet_code)
        #: What the first pass said and suppressed (codes) in each code file with either (filled as that pass goes on).
        self.said = said
        super().__init__(reporter)
        self.paths = paths
        #: Each marked file, as named, with its mark, in file order.
        self.noted: dict[str, Binding] = {}
        self._marks: dict[str, Binding] = {}  # each marked file's mark by imports.path_key, once its exports are known
        self._unresolved: dict[str, list[str]] = {}  # marked file -> its exported names no launch took
        self._taken: set[str] = set()  # marked files of which a launch of the tree took an exported name
        #: The unused suppressions (FL009) the first pass said that a file's second reading found used: taken back.
        self._used_later: set[tuple[object, ...]] = set()
        self._named: dict[str, str] = {}  # each marked file's imports.path_key -> the file as the run names it
        #: The modules of the project a run naming its files found its imports name (modules_of_named), beside `paths`.
        self.modules: list[str] = []

    def resolved(self) -> Iterator[Any]:
        """The result of each quiet file that imports an exported launch URL, read with its imports resolved."""
        index, direct, unread = self._imported_by_name()
        definitions = dict(self._definitions(unread))
        if not any(definitions.values()):
            return  # (no module's launch URL is imported: nothing more is read)
        exports = imports.Exports(definitions, [*self.paths, *self.modules], read=self._bytes)
        pattern = exports.pattern(barrels=True)
        if pattern is None:
            return
        families = {imports.family(named_kind(path)) for path in exports.by_file}
        # A file writing a name only modules marked by_name export is read only when its imports may name one of them
        # (directly, or through modules passing its names on); one writing a noted module's name, as before.
        by_name = {key for key, binding in self._marks.items() if binding.by_name}
        anywhere = pattern if not by_name else imports.Exports(
            {key: values for key, values in exports.by_file.items() if key not in by_name}).pattern(barrels=True)
        importers = None if index is None else self._passing_on(index, direct, pattern, families)
        candidates: list[tuple[str, str, bytes]] = []
        checker = self.checker
        from ..checker.launches import load_source
        from ..sources.document import failed_to_load

        def result(path: str, kind: str, data: bytes) -> Any:
            try:
                documents = load_source(kind, data, path, checker.limits, named=False)
            except Exception as err:  # never a traceback: as the loader reports a failure
                documents = [failed_to_load(path, err)]
            return checker.result(path, documents, marks=False)

        #: A file the first pass read (it names the endpoint itself) -> what that pass said of it (same_place_key) and
        #: the codes it suppressed: said and counted once.
        said: dict[str, tuple[set[tuple[object, ...]], Sequence[str]]] = {}
        #: A file the first pass read -> the lines where it said a literal credential (FL305): a token its sign-in
        #: was said beside is the same token the launch the second reading finds sends (said once, as in one reading).
        tokens_said: dict[str, set[int]] = {}

        def select(names: re.Pattern[bytes], free: re.Pattern[bytes] | None, chosen: frozenset[str]) -> None:
            """The files writing one of `names` that write one of `free` (a noted module's) or may import a module
            marked by_name."""
            for path in self.paths:
                if anywhere is None and importers is not None and path not in importers:
                    continue  # (only modules marked by_name followed: their importers alone are read)
                kind = named_kind(path)  # (a file named on the command line too: read as a walk reads it)
                if kind is None or imports.family(kind) not in families or path in chosen:
                    continue
                data = self._bytes(path)
                if data is None or names.search(data) is None:
                    continue
                if not (importers is None or (free is not None and free.search(data) is not None) or path in importers):
                    continue
                key = imports.path_key(path)
                if key in self._marks and key not in by_name:  # (a module marked by_name may import another's URL)
                    continue
                if not self.quiet(kind, path, data):  # (rare: a file with its own launch and an imported URL's)
                    first, suppressed = self.said.get(path, ((), ()))
                    said[path] = set(map(_said_key, first)), suppressed
                    tokens_said[path] = {d.span.line for d in first if d.code == HARD_CODED_TOKEN and d.span is not None}
                candidates.append((path, kind, data))

        select(pattern, anywhere, frozenset())
        renamed = exports.renamed((path, data) for path, _, data in candidates)
        if renamed is not None:  # (rare: a barrel renames an exported URL; the files writing the new names read too)
            select(renamed, renamed if anywhere is not None else None, frozenset(path for path, _, _ in candidates))
        if checker.recorder is not None:
            checker.recorder.used = {}
        hushed = {(key, name) for key, binding in self._marks.items() for name in binding.hushed}
        places = Places({key: (self._named[key], binding.exports or {}) for key, binding in self._marks.items()},
                        self._bytes)
        used = exports.used
        for path, _, data in candidates:  # (held for their reading anyway: each read once by this pass)
            exports.given_bytes(path, data)
        imports.activate(exports, (path for path, _, _ in candidates))
        try:
            for path, kind, data in candidates:
                took = exports.used = set()  # what this file's reader takes (imports.attach hands it the set)
                took_at = exports.used_at = {}
                found = result(path, kind, data)
                used |= took
                before, counted = said.get(path, (None, ()))
                tokens = tokens_said.get(path, set())
                diagnostics = [_not_fixed(d) for d in found.diagnostics
                               if (before is None or _said_key(d) not in before)
                               and not (d.code == HARD_CODED_TOKEN and d.span is not None and d.span.line in tokens)]
                if before is not None:  # an unused suppression the first reading said is judged by this one
                    now = {_said_key(d) for d in found.diagnostics if d.code == UNUSED_SUPPRESSION}
                    self._used_later.update(key for key in before if key[1] == UNUSED_SUPPRESSION and key not in now)
                suppressed = _anew(found.suppressed, counted)
                if took and any(d.code == WRONG_PATH for d in diagnostics):
                    diagnostics = placed(diagnostics, took_at, data, places)
                if took and took <= hushed:  # every constant it took suppresses FL302 where it is written
                    suppressed += tuple(d.code for d in diagnostics if d.code == WRONG_HOST)
                    diagnostics = [d for d in diagnostics if d.code != WRONG_HOST]
                elif took & hushed:  # some do: the FL302 of each launch whose URL is one of those (by its use)
                    lines = data.decode("utf-8", "replace").removeprefix("\ufeff").split("\n")
                    quiet, diagnostics = _split(diagnostics, _hushed_at(took_at, hushed, lines))
                    suppressed += tuple(d.code for d in quiet)
                if diagnostics or suppressed:
                    yield replace(found, diagnostics=diagnostics, suppressed=suppressed)  # a FileResult
        finally:
            exports.used = used
            imports.activate(None)
        for key, values in exports.by_file.items():
            home = self._marks[key].home if key in self._marks else frozenset()
            # (an Enum member and its `.value` are one binding: either taken takes both)
            taken = {name.removesuffix(".value") for module, name in exports.used if module == key}
            self._unresolved[key] = [name for name in values if name.removesuffix(".value") not in taken and name not in home]
            if taken & {name.removesuffix(".value") for name in values}:
                self._taken.add(key)

    def release(self, summary: Summary) -> Reporter:
        """Give the held files to the reporter, each marked file's note as the second pass leaves it, then the files it
        read; the reporter, to finish with."""
        for diagnostics, line_source in self.files():
            if diagnostics and any(d.code == UNREAD_LAUNCH for d in diagnostics):
                diagnostics = self._renoted(diagnostics, summary)
            if self._used_later and any(d.code == UNUSED_SUPPRESSION for d in diagnostics):
                used, diagnostics = _split(diagnostics, lambda d: d.code == UNUSED_SUPPRESSION
                                           and _said_key(d) in self._used_later)
                summary.withdraw(used)
            self.inner.file(diagnostics, line_source if diagnostics else None)
        return self.inner

    def later(self, diagnostics: list[Diagnostic], line_source: Callable[[int], str] | None) -> None:
        """A file read in the second pass, reported after the held ones."""
        self.held.append((diagnostics, line_source))

    def _renoted(self, diagnostics: list[Diagnostic], summary: Summary) -> list[Diagnostic]:
        kept = []
        for diagnostic in diagnostics:
            key = imports.path_key(diagnostic.file or "")
            binding = self._marks.get(key) if diagnostic.code == UNREAD_LAUNCH else None
            unresolved = self._unresolved.get(key)
            # Only the file's note saying its URL is bound to an exported name no launch of it uses is the pass's to
            # take back, or to say again naming what is still unread.
            if binding is None or unresolved is None or not binding.mine or diagnostic.span is None \
                    or (diagnostic.span.line, diagnostic.span.column) != binding.note:
                kept.append(diagnostic)
            elif not unresolved and key in self._taken:  # every name it exports is read by a launch of the tree (or
                summary.withdraw([diagnostic])        # joined into one that is): nothing unread
            elif not unresolved:  # only names its own module uses (a log line, `module.exports = { URL }`), none read by
                kept.append(diagnostic)  # a launch: the note stands as the file's reading said it
            elif not binding.exact or set(unresolved) != set(binding.mine):
                names = ", ".join(f"`{name}`" for name in unresolved)
                what = diagnostic.message.partition(": ")[0]  # (extract's note is "<what>: <why>": the why said anew)
                kept.append(replace(diagnostic, message=f"{what}: it is bound to {names} (module-level names), and no "
                                    "launch flowlint can read uses them, here or in a file of the tree that imports them"))
            else:
                kept.append(diagnostic)
        return kept

    def _imported_by_name(self) -> tuple[ImportIndex | None, set[str], set[str]]:
        """The run's importer index (None: no module marked by_name), the files whose imports name a module marked
        by_name, and those modules no file's imports name (not read)."""
        named = [path for path, binding in self.noted.items() if binding.by_name]
        if not named:
            return None, set(), set()
        families = {imports.family(named_kind(path)) for path in named}
        index = getattr(self.checker, "index", None)
        if index is None:  # (--fix, --diff: the first pass noted nothing; every file of the families is read)
            index, unknown = ImportIndex(), self.paths
        else:  # (a file named on the command line and not noted where the first pass read it: read)
            walked, noted = self.checker.walked, index.kinds
            unknown = [path for path in self.paths if path not in walked and path not in noted]
        for path in unknown:
            kind = named_kind(path)
            data = self._bytes(path) if imports.family(kind) in families else None
            if data is not None:
                index.note(path, kind, data)
        stems: dict[bytes, list[str]] = {}
        for path in named:
            for stem in _stems(path) | index.alias_words(path, self.paths, self._bytes):  # (its stem, or an alias's)
                stems.setdefault(stem, []).append(path)
        # (the noted files of the families: each file of another family's imports name no module of these)
        direct = {path for path in index.naming(stems) if imports.family(named_kind(path)) in families}
        named_words = {word for path in direct for word in import_words(index.texts[path]) if word in stems}
        reached = {path for word in named_words for path in stems[word]}
        return index, direct, {path for path in named if path not in reached}

    def _passing_on(self, index: ImportIndex, direct: set[str], pattern: re.Pattern[bytes], families: set[str | None]
                    ) -> set[str]:
        """The files whose imports name a module marked by_name (`direct`), with those whose imports name a module of
        them that may pass its names on (writes one, or takes all of another's), in turn: each module read once."""
        importers = set(direct)
        frontier = set(direct)
        seen: set[bytes] = set()
        by_word: dict[bytes, list[str]] | None = None
        while frontier:
            words: set[bytes] = set()
            for path in frontier:
                data = self._bytes(path)
                if data is not None and (pattern.search(data) is not None or imports.passes_all_on(data)):
                    words.update(_stems(path) | index.alias_words(path, self.paths, self._bytes))
            words -= seen
            seen |= words
            if not words:
                break
            if by_word is None:  # (built once, when a module passes names on: each round is then look-ups)
                by_word = {}
                for path, text in index.texts.items():
                    if imports.family(named_kind(path)) in families:
                        for word in set(import_words(text)):
                            by_word.setdefault(word, []).append(path)
            frontier = {path for word in words for path in by_word.get(word, ())} - importers
            importers |= frontier
        return importers

    def _definitions(self, unread: set[str]) -> Iterator[tuple[str, dict[str, imports.Value]]]:
        """Each marked file's module-level launch URLs (but those of `unread`, modules marked by_name no file imports):
        those its mark kept, else (a mark by_name, or from the result cache, which keeps no URL) read again as its own
        reader reads them."""
        for path, binding in self.noted.items():
            key = imports.path_key(path)
            if key in self._marks or path in unread:
                continue
            if binding.exports is None:
                kind = named_kind(path)
                data = self._bytes(path)
                found = _exports(path, kind, data, self.checker.limits) if kind is not None and data is not None else None
                if found is None:
                    continue
                _, _, exports, home, hushed = found
                binding = replace(binding, exports=exports, home=home, hushed=hushed)
            self._marks[key] = binding
            self._named[key] = path
            yield path, binding.exports or {}

    def _bytes(self, path: str) -> bytes | None:
        return imports.bytes_read(self.checker.read, path)


class Places:
    """Where the marked modules write the values they export, said as `consts.js at line 1 (`LAUNCH_URL`)`: each module
    by imports.path_key, as the run names it (`shown`) and with its exports; its text read only when asked."""

    def __init__(self, modules: Mapping[str, tuple[str, Mapping[str, imports.Value]]],
                 read: Callable[[str], bytes | None]) -> None:
        self.modules = modules
        self.read = read
        self._lines: dict[str, LineIndex | None] = {}

    def written_at(self, key: str, name: str) -> str | None:
        """Where the module `key` writes the value it exports as `name`; None when not known."""
        from ..sources.decode import decode

        shown, exports = self.modules.get(key, ("", {}))
        value = exports.get(name)
        if not shown or not isinstance(value, Text) or value.span is None:
            return None
        if key not in self._lines:
            data = self.read(shown)
            text = decode(data, python=named_kind(shown) == "python")[0] if data is not None else None
            self._lines[key] = LineIndex(text.removeprefix("\ufeff")) if text is not None else None
        lines = self._lines[key]
        if lines is None or value.span[1] > len(lines.text):
            return None
        return f"{printable(shown)} at line {lines.span(*value.span).line} (`{printable(name)}`)"


def placed(diagnostics: list[Diagnostic], took_at: Mapping[tuple[int, str], set[tuple[str, str]]], data: bytes,
           places: Places) -> list[Diagnostic]:
    """The findings of a file read with its imports (`data`: its bytes), each near miss of the launch path (FL308) said
    at an imported constant's use with where that constant's module writes it: as at a same-file constant's literal,
    the place to change it (every launch using it is sent there). No edit is offered: a finding's edits are in its own
    file, an edit of another module's constant is not this launch's alone, and --fix does not follow imports."""
    lines = data.decode("utf-8", "replace").removeprefix("\ufeff").split("\n")
    by_line: dict[int, list[tuple[str, set[tuple[str, str]]]]] = {}
    for (line, written), taken in took_at.items():
        by_line.setdefault(line, []).append((written, taken))
    found = []
    for diagnostic in diagnostics:
        span = diagnostic.span
        if diagnostic.code != WRONG_PATH or span is None or span.end_line != span.line or not 1 <= span.line <= len(lines):
            found.append(diagnostic)
            continue
        used = lines[span.line - 1][span.column - 1:span.end_column - 1]  # (the URL as the call writes it)
        origins = sorted({origin for written, took in by_line.get(span.line, ()) if written in used for origin in took})
        written_at = [place for origin in origins if (place := places.written_at(*origin)) is not None]
        if not written_at or len(written_at) != len(origins):
            found.append(diagnostic)  # (a use not found, or a constant's place not known: said as the rule says it)
            continue
        shown = ", ".join(written_at[:_PLACES_SHOWN])
        if len(written_at) > _PLACES_SHOWN:
            shown += f" and {len(written_at) - _PLACES_SHOWN} more"
        found.append(replace(diagnostic, help=f"{diagnostic.help}; its path is written in {shown}: change it there "
                                              "(every launch using it is sent there)"))
    return found


def _hushed_at(took_at: Mapping[tuple[int, str], set[tuple[str, str]]], hushed: set[tuple[str, str]],
               lines: Sequence[str]) -> Callable[[Diagnostic], bool]:
    """Whether a finding is a wrong host said at a use of constants whose line suppresses FL302 only (_hushed_use)."""
    return lambda diagnostic: diagnostic.code == WRONG_HOST and _hushed_use(diagnostic, took_at, hushed, lines)


def _hushed_use(diagnostic: Diagnostic, took_at: Mapping[tuple[int, str], set[tuple[str, str]]],
                hushed: set[tuple[str, str]], lines: Sequence[str]) -> bool:
    """Whether a wrong host said at an imported constant's use (in the file of these `lines`) is of constants whose
    line suppresses FL302 only: the use found by its line and the expression written there (not found: not)."""
    span = diagnostic.span
    if span is None or span.end_line != span.line or not 1 <= span.line <= len(lines):
        return False
    origins = took_at.get((span.line, lines[span.line - 1][span.column - 1:span.end_column - 1]))
    return origins is not None and bool(origins) and origins <= hushed


def _split(diagnostics: list[Diagnostic], taken: Callable[[Diagnostic], bool]) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """The diagnostics `taken` holds for, and the others, each in order: one pass (not one search of the taken ones
    per diagnostic)."""
    chosen: list[Diagnostic] = []
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        (chosen if taken(diagnostic) else kept).append(diagnostic)
    return chosen, kept


def _said_key(diagnostic: Diagnostic) -> tuple[object, ...]:
    """What makes a finding of a file's second reading one its first said (an unused suppression: the same codes)."""
    key = same_place_key(diagnostic)
    return (*key, diagnostic.message) if diagnostic.code == UNUSED_SUPPRESSION else key


def _anew(suppressed: Sequence[str], counted: Sequence[str]) -> tuple[str, ...]:
    """The codes a second reading of a file suppressed, less those its first reading suppressed and the run counted (a
    code once for each time it was counted)."""
    if not counted:
        return tuple(suppressed)
    left = Counter(counted)
    anew = []
    for code in suppressed:
        if left[code]:
            left[code] -= 1
        else:
            anew.append(code)
    return tuple(anew)


def _stems(path: str) -> set[bytes]:
    """The words an import of a module names it by: its stem (a Django settings package's modules, `settings` too)."""
    key = imports.path_key(path)
    stems = {imports.module_stem(key).encode("utf-8", "surrogatepass")}
    if os.path.basename(os.path.dirname(key)) == "settings":
        stems.add(b"settings")
    return stems


#: How many places of a near miss's module a finding's help names (one name's value defined in several modules).
_PLACES_SHOWN = 3

#: Why a finding of the second pass offers no fix: --fix and --diff read no file for its imports (yet).
NOT_FIXED = "not applied by --fix: this launch's URL is imported from another module, which --fix does not follow"
#: Why --diff shows no change for a file whose findings the second pass found with a fix (said on stderr).
NOT_IMPORTED = "its launch's URL is imported from another module, which --fix does not follow"


def _not_fixed(diagnostic: Diagnostic) -> Diagnostic:
    """A second pass's finding with its fix as help only (its words kept): no --fix run would apply it."""
    fix = diagnostic.fix
    if fix is None:
        return diagnostic
    return replace(diagnostic, fix=None, help=f"{diagnostic.help or fix.message}; {NOT_FIXED}")
