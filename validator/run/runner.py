"""A whole run: files in, diagnostics out to a reporter, one file in memory at a time.

Many files are checked by worker processes (one per core) when the platform can fork; the
results come back in file order, so output is the same either way.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import enum
import functools
import gc
import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TextIO

from ..checker.keys import OnceKey, once_key, once_keys, read_place_key, said_once_per_run, same_place_key
from ..checker.options import CheckOptions, SeverityMap
from ..core.codes import INTERNAL_ERROR, NO_JSON_NUMBER, UNREAD_LAUNCH, UNUSED_SUPPRESSION
from ..core.diagnostics import Applicability, Diagnostic, Fix, InsertMember, RemoveMember, RenameKey, Severity, Span
from ..core.printable import printable
from ..core.records import Record, setters
from ..core.words import counted
from ..project.files import PAYLOAD_SUFFIXES, STDIN
from ..report import Reporter, Summary, shows_info_lines, shows_lines, stopped_fixing, unapplied_fixes, unapplied_place
from ..sources import candidates, module_texts, run_modules
from ..sources.document import DEFAULT_LIMITS, Document, Limits, ResolvedDirs, TemplateBody, failed_to_load, read_path
from ..sources.import_index import NOTED, ImportIndex, import_text
from ..sources.kinds import (
    LAUNCH_MENTION,
    minified_by_name,
    named_kind,
    nothing_to_say,
    only_searched,
    saved_request_object,
    source_kind,
)
from ..sources.template_pages import page_body_kind, page_tags, shaped_when_rendered
from .cache import CLEAN_RECORD, Entry, Malformed, Mark, RecordingContracts, ResultCache, clean_entry, decode, digest, entry
from .workers import MAX_WORKERS, choose_workers, estimated_code_work, estimated_work, forked, idle_cores, usable_cores

if TYPE_CHECKING:
    from ..checker.suppress import Decided
    from ..fixer.passes import FixOutcome
    from ..fixer.shared import Imported
    from .cross_file import BigIntHeld, Importers
    from .imported import Binding, SecondPass
    from .masking import Mask
    from .writes import NotFixable

# The checking pipeline (engine, rules, loaders, masking) is imported where a file is checked: a warm run that
# takes every file from the result cache never imports it.

#: Below this many files, starting workers costs more than it saves (even with -j N).
PARALLEL_MIN_FILES = 400
#: Files a parallel run checks in this process before it forks its workers, which inherit what those loaded.
WARM_UP_FILES = 200


@dataclass(init=False, repr=False, eq=False, slots=True)  # a frozen record: its methods compiled, not made at start-up
class FileResult(Record):
    """What the reporter needs of one checked file: its diagnostics and the source lines they point at."""

    diagnostics: list[Diagnostic]
    lines: dict[int, str]
    #: The lines of other files some diagnostics point into (a body a request file reads from a file), by file.
    elsewhere: dict[str, dict[int, str]] = field(default_factory=dict)
    #: The codes of the findings suppressed in this file (counted by --statistics, shown nowhere).
    suppressed: tuple[str, ...] = ()
    #: What the result cache stores for this file (cache.py), made where it was checked (maybe a worker).
    entry: Entry | None = field(default=None, compare=False)
    #: The file's launch URL is bound to a name other modules may import (imported.Binding, made before selection):
    #: a check reads the files importing it in its second pass.
    binding: Binding | None = None

    def __init__(self, diagnostics: list[Diagnostic], lines: dict[int, str], elsewhere: dict[str, dict[int, str]] | None = None,
                 suppressed: tuple[str, ...] = (), entry: Entry | None = None, binding: Binding | None = None) -> None:
        _FileResult_diagnostics(self, diagnostics)
        _FileResult_lines(self, lines)
        _FileResult_elsewhere(self, {} if elsewhere is None else elsewhere)
        _FileResult_suppressed(self, suppressed)
        _FileResult_entry(self, entry)
        _FileResult_binding(self, binding)

    def line(self, number: int) -> str:
        """A source line a diagnostic points at ("" when the file had no text to show)."""
        return self.lines.get(number, "")

    def by_file(self) -> list[tuple[list[Diagnostic], Callable[[int], str]]]:
        """The diagnostics of each file, with that file's lines: the checked file first, then the files it reads."""
        if not self.elsewhere:
            return [(self.diagnostics, self.line)]
        home = [d for d in self.diagnostics if d.file not in self.elsewhere]
        groups: list[tuple[list[Diagnostic], Callable[[int], str]]] = [(home, self.line)]
        for name, lines in self.elsewhere.items():
            group = [d for d in self.diagnostics if d.file == name]
            if group:
                groups.append((group, lambda number, lines=lines: lines.get(number, "")))  # type: ignore[misc]
        return groups


(
    _FileResult_diagnostics, _FileResult_lines, _FileResult_elsewhere, _FileResult_suppressed, _FileResult_entry, _FileResult_binding
) = setters(FileResult, 'diagnostics', 'lines', 'elsewhere', 'suppressed', 'entry', 'binding')


#: The result of every clean file (most of them): nothing to send back from a worker but this.
CLEAN = FileResult([], {})


class Settings:
    """How one file is checked when it is not as the run's options say: its own config's (a monorepo's subproject).

    `key` names the settings (files with the same key share them); `salt` is what its cache entries are keyed on
    beside the file's bytes (its config, so changing a subproject's config checks exactly its files again); `result`
    is the file's result whatever it holds (a config that cannot be read: FL902 at the config file itself)."""

    __slots__ = ("key", "limits", "options", "result", "salt", "severities_for")

    def __init__(self, key: object, options: CheckOptions, limits: Limits,
                 severities_for: Callable[[str], SeverityMap] | None, salt: bytes = b"",
                 result: FileResult | None = None) -> None:
        self.key = key
        self.options = options
        self.limits = limits
        self.severities_for = severities_for
        self.salt = salt
        self.result = result


#: A file's settings, or None for the run's (CheckOptions, limits and severities_for given to the run).
FileSettings = Callable[[str], "Settings | None"]


# Compared by identity, shown by nothing, made by its own __init__: no method compiled by exec at start-up (~0.6M
# instructions each, a warm run's whole start-up ~230M).
@dataclass(init=False, eq=False, repr=False)
class _Checker:
    options: CheckOptions
    limits: Limits
    severities_for: Callable[[str], SeverityMap] | None
    stdin_name: str
    #: Walked JSON/YAML files that are payloads only if they name the launch vocabulary (candidates.py).
    candidates: frozenset[str] = frozenset()
    #: Files found by a walk or the include globs, not named on the command line.
    walked: frozenset[str] = frozenset()
    #: Directories resolved in this run: files reached through no link are read without resolving their path.
    dirs: ResolvedDirs = field(default_factory=ResolvedDirs)
    #: The result cache, and the contract source noting which contracts each file used (its key).
    cache: ResultCache | None = None
    recorder: RecordingContracts | None = None
    #: Whether a result keeps the source lines its diagnostics point at (masked): for a report that shows them, or the
    #: cache (a later run's report may); else none are made (a file's mask costs it a scan for secrets).
    excerpts: bool = True
    #: Whether an info diagnostic's line is kept too (a quiet text report shows no note; the cache keeps every line).
    info_excerpts: bool = True
    #: Walked files in a language flowlint does not read: only searched for a mention of a launch, never checked.
    searched: frozenset[str] = field(init=False)
    #: Walked code files the launch-share sample read and found quiet (_prefiltered): clean, as in_run would find them,
    #: not read again (a parallel run's workers inherit them).
    quiet: set[str] = field(init=False, default_factory=set)
    #: What each walked code file of an import family imports, noted where a check reads it (import_index.py): the
    #: second pass reads again only the files importing a module it follows. None: not noted (--fix, --diff).
    index: ImportIndex | None = None
    #: Each file's own settings (its config's), when the run's files are not all checked alike; None: all alike.
    settings: FileSettings | None = None
    #: The checkers of those settings, by key (and by the directory part of the paths checked with each): this one's
    #: fields shared, its options, limits and severities theirs.
    siblings: dict[object, _Checker] = field(default_factory=dict)
    #: What this checker's files' cache entries are keyed on beside their bytes (their config), and the result a file
    #: of these settings has whatever it holds.
    salt: bytes = b""
    fixed_result: FileResult | None = None

    def __init__(self, options: CheckOptions, limits: Limits, severities_for: Callable[[str], SeverityMap] | None,
                 stdin_name: str, candidates: frozenset[str] = frozenset(), walked: frozenset[str] = frozenset(),
                 dirs: ResolvedDirs | None = None, cache: ResultCache | None = None, recorder: RecordingContracts | None = None,
                 excerpts: bool = True, info_excerpts: bool = True, index: ImportIndex | None = None,
                 fixes_picked: bool = False) -> None:
        self.options = options
        self.limits = limits
        self.severities_for = severities_for
        self.stdin_name = stdin_name
        self.candidates = candidates
        self.walked = walked
        self.dirs = ResolvedDirs() if dirs is None else dirs
        self.cache = cache
        self.recorder = recorder
        self.excerpts = excerpts
        self.info_excerpts = info_excerpts
        self.searched = frozenset(filter(only_searched, walked))  # asked once a file, for its read and its count
        self.quiet = set()
        self.index = index
        #: Each fix is applied only when picked, on this one file (an editor's code action), never by a run over a tree:
        #: a guessed payload's fixes are offered, unsafe, instead of withheld (see `offered`).
        self.fixes_picked = fixes_picked
        self.settings = None
        self.siblings = {}
        self.salt = b""
        self.fixed_result = None

    def for_path(self, path: str) -> _Checker:
        """The checker of a file: this one (a run whose files are all checked alike; _PerFileChecker's differ)."""
        return self

    def __call__(self, path: str) -> FileResult:
        result = self.in_run(path)
        return FileResult([], {}, entry=result) if isinstance(result, tuple) else result

    def in_run(self, path: str) -> FileResult | Entry:
        """A file's result as a check run takes it: only the cache entry to store for a clean file checked anew (most
        files of a cold run: no FileResult made, sent by a worker or reported)."""
        if self.cache is not None and path != STDIN:
            return self.cached(path, self.cache)
        kind = named_kind(path) if path in self.walked else None
        if kind is None:
            return self.result(path, self.load(path, quick=True, note=True))
        if path in self.quiet:
            return CLEAN
        # A walked code or request file (most files of a code tree): read, and left at the prefilter's byte test when it
        # certainly holds nothing to say (as the loader leaves it), with no other work.
        try:
            data = self.read(path)
        except Exception as err:  # as load() reports it
            return self.result(path, [failed_to_load(path, err)])
        if isinstance(data, bytes):
            if self.index is not None and kind in NOTED:
                self.index.note(path, kind, data)
            if _quiet_code(kind, path, data):
                return CLEAN
        return self.result(path, self.load_data(path, data, quick=True, kind=kind))

    def cached(self, path: str, cache: ResultCache) -> FileResult | Entry:
        """The stored result when the file and every contract it used are as they were; else checked, and stored (a
        clean file's result is only its entry)."""
        try:
            data = self.read(path)
        except Exception as err:
            return self.result(path, [failed_to_load(path, err)])
        if isinstance(data, Document):  # unreadable, too big...: checked every time
            return self.result(path, [data])
        content = digest(self.salt + data if self.salt else data)
        flags = (path in self.candidates) + 2 * (path in self.walked)
        record = cache.get(path, content, flags, self.recorder.current if self.recorder else _nothing_used)
        index = self.index
        if record is not None:
            if index is not None and (imported := cache.imports_of(path)) is not None:
                index.texts[path] = imported  # (noted when stored: not scanned again)
            if record is CLEAN_RECORD:
                return CLEAN  # stored clean: nothing to decode
            try:
                diagnostics, lines, suppressed, mark = decode(record, path)
            except Malformed:
                pass  # checked again, and stored anew
            else:
                if diagnostics or suppressed or mark is not None:
                    return FileResult(diagnostics, lines, {}, suppressed, binding=_binding(mark))
                return CLEAN
        recorder = self.recorder
        if recorder is not None:
            recorder.used = {}
        kind = named_kind(path) if path in self.walked else None
        if index is not None and kind in NOTED:
            index.note(path, kind, data)
        if kind is not None and _quiet_code(kind, path, data):  # a quiet code file (in_run): clean, stored so
            return clean_entry(content, flags, recorder.used if recorder is not None else {})
        documents = self.load_data(path, data, quick=True, kind=kind, note=kind is None)
        if not documents:  # certainly clean (load_data's fast path), or no payload: its entry alone, as result() finds
            return clean_entry(content, flags, recorder.used if recorder is not None else {})
        result = self.result(path, documents)
        if result.elsewhere or any(d.file != path or d.code == INTERNAL_ERROR for d in result.diagnostics) or _reads_others(documents):
            # it read other files (a body, a flow YAML its launch links): their content is no part of its key; or it
            # failed (FL900: a failure of the moment, as running out of memory, is not the file's result)
            return result
        binding = result.binding
        stored = entry(content, flags, self.recorder.used if self.recorder else {}, result.diagnostics, result.lines,
                       result.suppressed, None if binding is None else (binding.note, binding.mine, binding.exact))
        if result is CLEAN:
            return stored
        return FileResult(result.diagnostics, result.lines, result.elsewhere, result.suppressed, stored, binding)

    def result(self, path: str, documents: list[Document], *, marks: bool = True) -> FileResult:
        """A file's result from its loaded documents: checked, suppressions decided, said once per file; `marks`: with
        its mark when its launch URL is bound to a name other modules may import (mark)."""
        if not documents:
            return CLEAN  # no payload, or one certainly clean (load_data)
        binding = self.mark(path, documents) if marks else None
        if binding is not None:
            return replace(self.result(path, documents, marks=False), binding=binding)
        pipeline = _pipeline()
        name = self.stdin_name if path == STDIN else path  # per-file severities follow --stdin-filename
        options = replace(self.options, severities=self.severities_for(name)) if self.severities_for else self.options
        diagnostics = pipeline.check_documents(documents, options)
        decided = pipeline.decide_documents(diagnostics, documents, options.severities, options.ignores_for)
        diagnostics = pipeline.capped_file(decided.kept, options.severities)  # (at most 20 of a rule a file: FL008)
        suppressed = tuple(d.code for d in decided.suppressed)
        if not diagnostics:
            return FileResult([], {}, suppressed=suppressed) if suppressed else CLEAN
        return _file_result(self.offered(path, diagnostics, documents), documents, suppressed, excerpts=self.excerpts,
                            info_excerpts=self.info_excerpts)

    def mark(self, path: str, documents: Sequence[Document], data: bytes | None = None) -> Binding | None:
        """The mark of a code file whose documents, before selection and severities, note its launch URL bound to a
        module-level name other modules may import (imported.mark); None for every other file. `data`: its bytes, when
        not the file's on disk (a fix's)."""
        # A module with a launch read is marked too, with nothing read of it: what it exports is read by the second pass
        # only if a file's imports name it (the first pass's importer index), so a tree whose launching modules no file
        # imports reads nothing more.
        launches = any(document.kind == "code" and document.request is not None and document.request.kind != "sign-in"
                       for document in documents)
        if path == STDIN or not (launches or any(finding.code == UNREAD_LAUNCH for document in documents
                                                 for finding in document.findings)):
            return None  # (nearly every file: imported.py is not loaded)
        from ..sources.imports import family  # (loaded already by the reader that read its launches or its note)

        if family(named_kind(path)) is None:
            return None  # (a request file, Terraform...: no module imports another's names)
        if launches:
            from .imported import Binding

            return Binding(None, (), False)
        from .imported import mark

        if data is None:
            from ..sources.imports import bytes_read

            data = bytes_read(self.read, path)
        return None if data is None else mark(path, data, self.limits)

    def read(self, path: str) -> bytes | Document:
        """A file's bytes, or why they cannot be read (read_path); a walked file in a language flowlint does not read
        is only searched for a mention of a launch: past the size limit, it reads as empty."""
        return read_path(path, limits=self.limits, dirs=self.dirs, walked=path in self.walked, searched=self.searched.__contains__)

    def load(self, path: str, *, quick: bool = False, note: bool = False) -> list[Document]:
        """The documents of a file: its body, or one per launch request in code and request files (maybe none);
        `quick`: none either for a body certainly clean (load_data); `note`: its imports noted (load_data)."""
        name = self.stdin_name if path == STDIN else path
        try:
            if path == STDIN:
                data: bytes | Document = sys.stdin.buffer.read(self.limits.max_file_size + 1)
                if isinstance(data, bytes) and len(data) > self.limits.max_file_size:  # refused by the loader, whatever its kind
                    return _pipeline().load_documents(data, name, self.limits, source=None)
            else:
                data = self.read(path)
        except Exception as err:  # never a traceback: the file gets an FL900 and the run goes on
            return [failed_to_load(name, err)]
        return self.load_data(path, data, quick=quick, note=note)

    def load_data(self, path: str, data: bytes | Document, *, quick: bool = False, kind: str | None = None,
                  note: bool = False) -> list[Document]:
        """The documents of a file's bytes (read from disk, stdin, or an editor's unsaved text), by the one loader.

        `quick`: none for a `.json` body whose full check certainly finds nothing and suppresses nothing, as for a
        file that holds no payload: its result is CLEAN either way, and the Document, its check, merge and decisions
        are skipped. Such a body loads without a finding (plain_json), is no code or request source, holds no
        suppression comment's words (one would be an unused suppression), and no rule has anything to say about it
        (engine.certainly_clean). `kind`: the source kind a walked file's name decided (named_kind), not asked again.
        `note`: a file of the run named on the command line, read by the first pass: its imports noted in the importer
        index with the kind its bytes decide (a walked file's are noted where it is read), not read again for them.
        """
        name = self.stdin_name if path == STDIN else path
        if isinstance(data, Document):
            return [data]
        pipeline = _pipeline()
        try:
            known: Document | None = None  # the body, when the fast path loaded it
            # A payload its kind tests parsed is not parsed again.
            kind, parsed = (kind, None) if kind is not None else pipeline.sniff(name, data)
            if note and self.index is not None and kind in NOTED and path != STDIN:
                self.index.note(path, kind, data, named=True)
            if kind is not None and (hidden := _hidden_launch(kind, name, data)) is not None:
                return [hidden]
            if quick and path != STDIN and kind is None and path.lower().endswith(".json"):
                loaded = pipeline.plain_json(data, self.limits, parsed)
                if loaded is not None:
                    # A flowId at its top makes it a body, named or walked (launch_key_depth "shallow"); a walked
                    # candidate's byte test can only make a file no payload: clean either way.
                    value, text = loaded
                    if not pipeline.may_suppress(text) and pipeline.certainly_clean(value, self.options):
                        return []
                    known = Document(name, value, text=text, kind="json")  # as load_text makes it: not parsed again
            if kind is None and path in self.candidates and not pipeline.may_hold_body(data):
                # walked, and no launch body: not a payload at all (no finding, no fix), but a request it writes is said
                return _value_mention(name, data)
            named = path not in self.walked or _minified_mention(kind, name, data)
            documents = [known] if known is not None else \
                pipeline.load_documents(data, name, self.limits, source=kind, named=named, parsed=parsed)
            if kind is not None or len(documents) != 1:
                return documents
            if path in self.candidates and ("${" in (documents[0].text or "") or "%{" in (documents[0].text or "")):
                from ..edits.template_editor import with_template_editor
                from ..sources.template_bodies import holes_unknown  # a walked body holding template holes: unknown

                documents = [with_template_editor(holes_unknown(documents[0], self.limits) or documents[0])]
            verdict = self.verdict(path, documents[0])
            if verdict is not None:
                from ..sources.extract import not_read  # the code sources' module: loaded by a code file or a note

                return _value_mention(name, data) or ([not_read(name, verdict)] if verdict else [])
            return documents
        except Exception as err:  # never a traceback: the file gets an FL900 and the run goes on
            return [failed_to_load(name, err)]

    def verdict(self, path: str, document: Document) -> str | None:
        """None when a loaded JSON/YAML file is a body; else why not ("" for a walked file, passed in silence).

        A walked candidate is a body only when a launch key sits at its top level or one wrapper deep; any
        file whose launch keys all sit two or more levels deep is a config file (a named one gets a note).
        """
        from ..sources.candidates import (
            broken_verdict,
            buried_subject,
            comments_aside,
            genesys_script,
            is_manifest,
            json_schema_shaped,
            jsonc_value,
            launch_key_depth,
            may_hold_body,
            named_as_walked,
            named_broken_verdict,
            named_tool_file,
            names_no_launch,
            record_note,
            template_holes,
            values_none_a_launch,
            walked_unjudged,
            walked_verdict,
        )

        if path in self.candidates and is_manifest(path):  # walked package.json, tsconfig.json: another tool's file
            return walked_verdict(document, "manifest", self.limits.verbose)
        if path != STDIN and (tool := named_tool_file(path)) is not None:  # named or included: said, as package.json is
            return "" if path in self.walked else tool
        if not isinstance(document, TemplateBody) and ((page_body_kind(path) and page_tags(document.text or ""))
                                                       or shaped_when_rendered(document.text or "", document.kind,
                                                                               document.parsed)):
            # a control tag (`{% if %}`, `{{#each}}`) or one that does not render a value: its shape is known once rendered
            return walked_verdict(document, "page", self.limits.verbose) if path in self.walked else (
                "a template page's body whose tags (a block, a loop) shape it only when it is rendered: check the "
                "body it renders (flowlint check --stdin-filename body.json)")
        if path in self.candidates and template_holes(document.text or "") and not isinstance(document, TemplateBody):
            return walked_verdict(document, "template", self.limits.verbose)  # one that cannot be read with its holes unknown
        if path not in self.walked and path != STDIN and not path.lower().endswith(PAYLOAD_SUFFIXES) \
                and not isinstance(document.value, (dict, list)) and not may_hold_body((document.text or "").encode()):
            # Named, neither JSON nor YAML by its name, no object, no launch key: a LICENSE or requirements.txt, no body.
            return "no launch key in it, and it is neither a JSON nor a YAML file by its name"
        if path not in self.walked and path != STDIN and not path.lower().endswith(PAYLOAD_SUFFIXES):
            from ..sources.kinds import kind_note, yaml_kind

            data = (document.text or "").encode()
            if yaml_kind(data) == "architect":  # an Architect flow's YAML under another suffix (a Terraform .tftpl)
                return kind_note("architect", path, data)
        if not document.parsed:  # broken: judged as the body it may be meant to be, unless a walked config file
            if path in self.candidates:
                return broken_verdict(document, self.limits.verbose)
            if path in self.walked or path == STDIN:
                return None
            text = document.text or ""
            # (a named JSON file's comments set aside once: a snippet's `// >> START` markers, an editor's notes)
            aside = comments_aside(text) if document.kind == "json" and "/" in text else text
            if (count := values_none_a_launch(text)) or (aside != text and (count := values_none_a_launch(aside))):
                return (f"it holds {count} JSON values one after another (a program's output or a log), none of them "
                        "a launch: no launch body")
            if aside != text and isinstance(value := jsonc_value(aside), (dict, list)) \
                    and launch_key_depth(value) == "none" and names_no_launch(value):
                # Named, and JSON but for its comments (a tutorial's sample reply, an editor's settings), naming no
                # launch: another program's file. A launch body with a comment keeps its FL001: the endpoint refuses it.
                return ("it is JSON with comments (a code sample's or an editor's file) that names no flow and no launch "
                        "key, and is not shaped as a launch: no launch body")
            if document.kind in ("json", "yaml"):
                # Named, broken, its launch keys all buried (a transcript's participants[].flowId, a config file's
                # sections): another program's file, as the walk judges it; its parse error is no launch's.
                return named_broken_verdict(text, document.kind)
            return None
        if json_schema_shaped(document.value) or genesys_script(document.value):
            # a schema without `$schema` (a data action's contract) describes bodies; a Genesys script is the agent's page
            what = ("a JSON Schema document (its keywords and nothing else: type, properties, required…): it describes "
                    "bodies, no launch body") if json_schema_shaped(document.value) else \
                "a Genesys Cloud script (startPageId and pages: an agent script's export), no launch body"
            return (f"found by a walk, and it is {what}" if self.limits.verbose else "") if path in self.walked else what
        depth = launch_key_depth(document.value)
        if depth == "none" and path not in self.walked and path != STDIN and names_no_launch(document.value):
            # Named (pre-commit, `flowlint check $(git diff --name-only)`): another program's file, not a launch
            # written wrong, which names its flow (`flowName`, `workflow`) or is mostly a launch's known wrong shapes.
            return ("it names no flow and no launch key, and is not shaped as a launch (its keys are its own; `name`, "
                    "`version`, `id` and `type` are any record's): no launch body")
        if depth == "sections" and LAUNCH_MENTION.search((document.text or "").encode()) \
                and saved_request_object(document.value) is not None:
            # A request saved as YAML (method, url, body: no reader of its own) is judged, not passed by; a config
            # file's section holding the URL and the flow ID (`Genesys: {LaunchUrl, FlowId}`) is a config file.
            depth = "shallow"
        if depth == "record" and path in self.candidates \
                and not named_as_walked(document.value, depth, self.declared_inputs(document.value, depth), walked=True):
            # walked, and its content says launch beside its flowId (a `Flow.` key, `inputData` misspelt, keys all
            # inputs the flow declares): judged as named (its name alone is no evidence in a walk: `launch.json`
            # settings; nor an `inputs` object of unprefixed names: a scheduler's settings)
            depth = "shallow"
        if path in self.candidates and depth in ("shallow", "partial") and (unjudged := walked_unjudged(
                document.value, document.text or "", self.limits.genesys_project)) is not None:
            depth = unjudged  # walked, nobody asked: a blank form, or no sign of Genesys outside a Genesys project
        if path in self.candidates and depth != "shallow":
            return walked_verdict(document, depth, self.limits.verbose)
        if depth in ("record", "inputs") and path != STDIN \
                and named_as_walked(document.value, depth, self.declared_inputs(document.value, depth), path):
            # named as walked: a Genesys email's or call's body, a flow instance, a setting, a table, an inputs file (a
            # body given on stdin is the body asked for: judged)
            return "" if path in self.walked else record_note(document.value, depth)
        if depth == "deep":
            return "" if path in self.walked else (f"{buried_subject(document.value)} two or more levels deep (a config "
                                                   "file's, an API reply's): no launch body")
        if depth == "entries":
            return "" if path in self.walked else ("several of its sections each name a flow ID: a config file, no launch body")
        if depth == "sections":
            return "" if path in self.walked else (f"{buried_subject(document.value)} in one of its sections, beside others: "
                                                   "a config file, no launch body")
        return None

    def declared_inputs(self, value: object, depth: str) -> frozenset[str]:
        """The inputs the flow an object names declares, normalized and without `Flow.` (`orderid`), when its contract
        is known (a snapshot, the project's Architect YAML, --flow-schema, --fetch): a key beside its flowId that the
        flow declares says it is a launch (candidates.launch_evidence). Empty when none is known."""
        if depth != "record" or not isinstance(value, dict):
            return frozenset()
        from ..contracts.resolution import resolve  # a named record: few runs meet one
        from ..core.suggest import normalize

        contract = resolve(value, self.options.contract, self.options.contracts).usable
        if contract is None:
            return frozenset()
        return frozenset(normalize(name[5:] if name[:5].lower() == "flow." else name) for name in contract.declared)

    def is_payload(self, path: str, data: bytes) -> bool:
        """Whether a JSON/YAML file is checked (and fixed) as a body: a walked candidate only with the vocabulary
        near its top, any file only when its launch keys are not all buried in a config's sections."""
        from ..checker.loader import load_documents
        from ..sources.candidates import may_hold_body

        if path in self.candidates and not may_hold_body(data):
            return False
        return self.verdict(path, load_documents(data, path, self.limits, source=None)[0]) is None

    def guessed(self, path: str) -> bool:
        """A payload only by a guess (walked, and judged by its keys): it is never offered an unsafe fix."""
        return path in self.candidates

    def offered(self, path: str, diagnostics: list[Diagnostic], documents: Sequence[Document]) -> list[Diagnostic]:
        """The diagnostics as a report offers their fixes: a guessed payload's unsafe fix is help only (its words
        kept), as --fix never applies it; so no report of a check, --fix or --diff promises it.

        A guessed payload may be another program's settings file, read by its own keys: a safe fix that would rename,
        move or remove one (`FlowId` -> `flowId`) is withheld (help only, saying why), as --fix withholds it
        (own_keys_withheld), unless the file holds the launch's own `inputData` object (surely a body). Its other
        fixes (inside `inputData`, of a value) stay offered. The findings stay as they are: a fix withheld never
        weakens a check. A walked file a source kind's reader read (a data-action export) is no guess: --fix applies
        its fixes as a named one's.

        When each fix is picked on the file itself (`fixes_picked`: an editor's code action, which the user chooses on
        the file open before them, as naming it), they are offered as the named file's are, but unsafe (labelled,
        never preferred): an unsafe fix as it is, a safe one of its own keys demoted, saying why."""
        if not self.guessed(path) or any(document.request is not None for document in documents):
            return diagnostics
        diagnostics = candidates.fragment_kept(diagnostics, documents)  # a launch's fragment: its flowId comes at run time
        own_keys_in_doubt = any(d.fix is not None and d.fix.applicability is Applicability.SAFE and renames_own_keys(d.fix)
                                for d in diagnostics) and not surely_a_body(documents)
        return [_as_offered_in_guessed(d, own_keys_in_doubt, picked=self.fixes_picked) for d in diagnostics]


#: Why a guessed payload's fix of its own keys is shown but not applied (help only).
OWN_KEYS_WITHHELD = ("not applied by --fix: a walked file only guessed to be a launch body may be another program's "
                     "settings, read by this name; name the file or match it with `include` to fix it")


#: Why a guessed payload's unsafe fix is shown but not applied, even with --unsafe-fixes (help only).
UNSAFE_WITHHELD = ("not applied by --fix --unsafe-fixes: a walked file only guessed to be a launch body gets no unsafe "
                   "fix; name the file or match it with `include` to take it")


#: Why a guessed payload's safe fix of its own keys is offered unsafe where each fix is picked (an editor's code action).
OWN_KEYS_UNSAFE = ("unsafe here: a file only guessed to be a launch body may be another program's settings, read by this "
                   "name")


class _PerFileChecker(_Checker):
    """A run's checker when its files are not all checked alike (a monorepo's subprojects): each entry point hands a file
    to the checker of its settings (for_path), so a run whose files are all alike pays nothing per file for this."""

    def for_path(self, path: str) -> _Checker:
        """The checker of a file's settings, made on first use: a copy of this one sharing its run state (cache, walked
        files, import index, notes said once), with the settings' options, limits, severities and contract recorder;
        a file of the run's own settings gets one with this one's."""
        # A directory's files share their config: the checker of each directory part (as the path spells it) is kept
        # beside those of the settings' keys (never strings), so a file costs a slice and a look-up.
        head = path[:path.rfind("/") + 1] if path != STDIN else None
        if head is not None and (known := self.siblings.get(head)) is not None:
            return known
        assert self.settings is not None
        settings = self.settings(self.stdin_name if path == STDIN else path)  # (stdin: as --stdin-filename names it)
        key = None if settings is None else settings.key
        sibling = self.siblings.get(key)
        if sibling is None:
            sibling = self.siblings[key] = self._sibling(settings)
        if head is not None and os.sep == "/" and (settings is None or settings.result is None):
            self.siblings[head] = sibling  # (a config that cannot be read is its own file's alone)
        return sibling

    def _sibling(self, settings: Settings | None) -> _Checker:
        sibling: _Checker = copy.copy(self)
        sibling.__class__ = _Checker if settings is None or settings.result is None else _SettledChecker
        sibling.settings = None
        sibling.siblings = {}
        if settings is None:
            return sibling
        recorder = RecordingContracts(settings.options.contracts) \
            if self.recorder is not None and settings.options.contracts is not None else None
        sibling.recorder = recorder
        sibling.options = replace(settings.options, said_once=self.options.said_once,
                                  contracts=recorder or settings.options.contracts)
        sibling.limits = settings.limits
        sibling.severities_for = settings.severities_for
        sibling.salt = settings.salt
        sibling.fixed_result = settings.result
        return sibling

    def __call__(self, path: str) -> FileResult:
        return self.for_path(path)(path)

    def in_run(self, path: str) -> FileResult | Entry:
        return self.for_path(path).in_run(path)

    def result(self, path: str, documents: list[Document], *, marks: bool = True) -> FileResult:
        return self.for_path(path).result(path, documents, marks=marks)

    def read(self, path: str) -> bytes | Document:
        return self.for_path(path).read(path)

    def load(self, path: str, *, quick: bool = False, note: bool = False) -> list[Document]:
        return self.for_path(path).load(path, quick=quick, note=note)

    def load_data(self, path: str, data: bytes | Document, *, quick: bool = False, kind: str | None = None,
                  note: bool = False) -> list[Document]:
        return self.for_path(path).load_data(path, data, quick=quick, kind=kind, note=note)

    def is_payload(self, path: str, data: bytes) -> bool:
        return self.for_path(path).is_payload(path, data)


class _SettledChecker(_Checker):
    """The checker of files whose result is settled whatever they hold (a config that cannot be read: FL902)."""

    def in_run(self, path: str) -> FileResult | Entry:
        assert self.fixed_result is not None
        return self.fixed_result

    def __call__(self, path: str) -> FileResult:
        assert self.fixed_result is not None
        return self.fixed_result


def _as_offered_in_guessed(diagnostic: Diagnostic, own_keys_in_doubt: bool, *, picked: bool) -> Diagnostic:
    """A guessed payload's diagnostic with its fix as it is offered, saying why where it is not offered as it is: a
    safe fix renaming, moving or removing the file's own keys (`own_keys_in_doubt`: the file is not surely a body) is
    withheld, help only; an unsafe fix is help only. Where each fix is picked on the file (`picked`: an editor's code
    action), every fix is offered, that safe one demoted to unsafe."""
    fix = diagnostic.fix
    if fix is None:
        return diagnostic
    if fix.applicability is Applicability.UNSAFE and not picked:
        return replace(diagnostic, fix=None, help=f"{diagnostic.help}; {UNSAFE_WITHHELD}")
    if own_keys_in_doubt and fix.applicability is Applicability.SAFE and renames_own_keys(fix):
        if picked:
            demoted = replace(fix, applicability=Applicability.UNSAFE)
            return replace(diagnostic, fix=demoted, help=f"{diagnostic.help}; {OWN_KEYS_UNSAFE}")
        return replace(diagnostic, fix=None, help=f"{diagnostic.help}; {OWN_KEYS_WITHHELD}")
    return diagnostic


def own_keys_withheld(documents: Callable[[], Sequence[Document]]) -> Callable[[Fix], bool]:
    """What --fix withholds in a guessed payload: a fix renaming, moving or removing its own keys, unless the file is
    surely a body (its `documents`, loaded only when such a fix comes up), as `offered` shows them."""
    surely: list[bool] = []

    def withheld(fix: Fix) -> bool:
        if not renames_own_keys(fix):
            return False
        if not surely:
            surely.append(surely_a_body(documents()))
        return not surely[0]
    return withheld


class _Pipeline:
    """The checking pipeline's per-file functions, imported with the first file checked (a warm run that takes every
    file from the cache never imports them): once, as an import statement in a function costs ~1.3 us per call.

    The engine and the suppressions (the rules, their explanations: ~10 ms of imports) come with the first file that
    has something to check: a check of code files that launch nothing (a pre-commit run) reads them without it."""

    certainly_clean: Callable[[Any, CheckOptions], bool]
    check_documents: Callable[[Sequence[Document], CheckOptions], list[Diagnostic]]
    decide_documents: Callable[..., Decided]
    capped_file: Callable[[list[Diagnostic], SeverityMap], list[Diagnostic]]
    may_suppress: Callable[[str | None], bool]

    def __init__(self) -> None:
        from ..checker.loader import load_documents, plain_json
        from ..sources.candidates import may_hold_body
        from ..sources.kinds import sniff

        self.load_documents = load_documents
        self.plain_json = plain_json
        self.may_hold_body = may_hold_body
        self.sniff = sniff

    def __getattr__(self, name: str) -> Any:
        """The checking half, imported on its first use (then an attribute of the instance: this is not called again)."""
        from ..checker.engine import capped_file, certainly_clean, check_documents
        from ..checker.suppress import decide_documents, may_suppress

        self.certainly_clean = certainly_clean
        self.capped_file = capped_file
        self.check_documents = check_documents
        self.decide_documents = decide_documents
        self.may_suppress = may_suppress
        if name not in self.__dict__:
            raise AttributeError(name)
        return self.__dict__[name]


_PIPELINE: _Pipeline | None = None


def _pipeline() -> _Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = _Pipeline()
    return _PIPELINE


def _minified_mention(kind: str | None, name: str, data: bytes) -> bool:
    """Whether a walked file is skipped for its name as minified output (`app.min.js`) though its bytes mention the
    launch endpoint: it then gets the note a named one gets (FL010), as one found minified by its shape does, never a
    silent miss. The byte test only: the name first (most files end there), the pattern on a minified name alone."""
    return kind is not None and minified_by_name(kind, name) and LAUNCH_MENTION.search(data) is not None


def _modules_of_named(paths: Sequence[str], named: Sequence[str], checker: _Checker, reporter: Reporter,
                      later: SecondPass | None, first_said: dict[str, tuple[Sequence[Diagnostic], Sequence[str]]]
                      ) -> SecondPass | None:
    """The second pass, given the modules of the project (the config's directory, else the working directory) the
    imports of the run's `named` files name (a walk marks them as it reads them): the named files importing a launch
    URL from one are read with their imports resolved, as `flowlint check .` reads them. Their imports are those the
    first pass noted where it read them (a check); --fix and --diff, which note none, read them for it. None where
    there is none (and no second pass already)."""
    index = checker.index
    importing = []
    for path in named:
        if index is not None:
            text = index.texts.get(path)
            kind = (index.kinds.get(path) or named_kind(path)) if text else None  # (by name: a cached or worker's note)
        else:
            from ..sources.imports import bytes_read

            kind = named_kind(path)
            data = bytes_read(checker.read, path) if kind in NOTED else None
            text = import_text(kind, data) if data is not None else None
        if text and kind:
            importing.append((kind, text, os.path.abspath(path)))
    if not importing:
        return later
    from .imported import SecondPass, modules_of_named

    found, modules = modules_of_named(checker, paths, importing, _project_of(checker.limits), _quiet_code)
    if not found:
        return later
    later = later or SecondPass(checker, reporter, paths, _quiet_code, first_said)
    for module, binding in found.items():
        later.noted.setdefault(module, binding)
    later.modules = modules
    return later


def _project_of(limits: Limits) -> str:
    """Where a named file's imports are looked for: the project's root (the config's directory, the run's first root),
    else the working directory."""
    return limits.roots[0] if limits.roots else os.getcwd()


def _path_key(path: str) -> str:
    """A path as imported_values keys files (imports.path_key: not imported at start-up)."""
    return os.path.normpath(os.path.abspath(path))


def _quiet_code(kind: str, path: str, data: bytes) -> bool:
    """Whether a code or request file of this kind certainly holds nothing to say, decided by its bytes alone (the
    prefilter's byte test, no parser): most files of a code tree. Bytes holding a NUL are not (UTF-16 or UTF-32 text: a
    byte test cannot see a launch in it; load_data says whether one is there). False where the test fails (the loader
    then reports the failure, as it would have)."""
    try:
        # Every sign of a launch the test looks for is ASCII text, which UTF-16 and UTF-32 write with NUL bytes: a NUL
        # is what wide text that may hide one holds, with or without a byte order mark.
        # (find, not `in`: a bytes operand of `in` is first tried as an integer, an exception made and dropped per file)
        return nothing_to_say(kind, path, data) and data.find(b"\x00") < 0
    except Exception:
        return False


def _value_mention(name: str, data: bytes) -> list[Document]:
    """The FL011 note of a JSON/YAML file read as no launch body that writes a request to the launch endpoint in a value
    (extract.value_mention), or none (nearly every such file: one byte search)."""
    if b"xecutions" not in data:
        return []
    from ..sources.extract import value_mention

    note = value_mention(name, data)
    return [note] if note is not None else []


def _hidden_launch(kind: str, name: str, data: bytes) -> Document | None:
    """An FL011 note for a code or request file whose bytes the prefilter passes as quiet but whose text, in UTF-16 or
    UTF-32, may hold a launch (the byte test looks for ASCII bytes, and code is read only as UTF-8): said, never a
    silent pass (its signs are ASCII text, which wide text writes with NUL bytes). None for any other file (nearly all:
    one look-up), which the loader reads as it is."""
    if b"\x00" not in data:
        return None
    if not nothing_to_say(kind, name, data):
        return None  # its bytes pass the prefilter: the loader reads it (and says what it cannot decode)
    label, narrow = _narrowed(data)
    if nothing_to_say(kind, name, narrow):
        return None
    from ..core.codes import ENCODING
    from ..core.diagnostics import Finding, Span
    from ..sources.decode import decode
    from ..sources.extract import _undecodable

    why = [Finding(ENCODING, (), f"the file is {label} text", "", span=Span(1, 1, 1, 2))] if label else decode(data)[1]
    return _undecodable(name, why, narrow)


def _narrowed(data: bytes) -> tuple[str | None, bytes]:
    """Wide text's encoding ("UTF-16", "UTF-32": by its byte order mark) and its UTF-8; without a mark (None), the ASCII
    characters of UTF-16 or UTF-32 text, as a launch's URL is written, without their NUL bytes."""
    from ..sources.candidates import WIDE_BOMS  # wide text is rare: looked up only for it

    for mark, codec, label in WIDE_BOMS:
        if data.startswith(mark):
            return label, data[len(mark):].decode(codec, "replace").encode("utf-8", "replace")
    return None, data.replace(b"\x00", b"")


def _reads_others(documents: list[Document]) -> bool:
    """Whether a file's check read other files, or looked for them: a flow YAML its launch links, its Terraform
    module's other files (for the flow resource a launch names), the body a request file sends (`< ./body.json`)."""
    for document in documents:  # both declared by Document and LaunchRequest: no probing
        request = document.request
        if document.contract is not None or (request is not None and (request.reads_module or request.body_file is not None)):
            return True
    return False


def _file_result(diagnostics: list[Diagnostic], documents: list[Document], suppressed: tuple[str, ...], *,
                 excerpts: bool = True, info_excerpts: bool = True) -> FileResult:
    """A file's decided diagnostics as reported: in file order, then each body file it reads, with their lines (none
    without `excerpts`; none for an info diagnostic without `info_excerpts`)."""
    if not documents:
        return FileResult(diagnostics, {}, suppressed=suppressed)
    others = {document.name for document in documents[1:]} - {documents[0].name}  # bodies read from other files
    if len(documents) > 1:  # several launches in one file: one report, in file order (then each file read)
        # A body written once and sent by several launches is one mistake where it is written: said once.
        diagnostics = list({same_place_key(d): d for d in reversed(diagnostics)}.values())[::-1]
        diagnostics.sort(key=lambda d: (d.file in others, d.file or "", *((d.span.line, d.span.column) if d.span else (0, 0))))
    if not excerpts:
        return FileResult(diagnostics, {}, {name: {} for name in others if name is not None}, suppressed)
    shown = diagnostics if info_excerpts else [d for d in diagnostics if d.severity is not Severity.INFO]
    elsewhere = {name: _excerpt_lines([doc for doc in documents if doc.name == name], [d for d in shown if d.file == name])
                 for name in others if name is not None}
    return FileResult(diagnostics, _excerpt_lines(documents, shown), elsewhere, suppressed)


def _nothing_used(flow_id: str, version: str | None) -> str:
    return ""  # no contract source: no file looked a contract up


def documents_of(path: str, limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    """The documents a file holds (one per launch request in code and request files), loaded as a run loads them."""
    return _Checker(CheckOptions(), limits, None, "<stdin>").load(path)


class Mode(enum.Enum):
    """What a run does with each file: report it, fix it (then report what remains), or show the fixes as a diff."""

    CHECK = "check"
    FIX = "fix"
    DIFF = "diff"


# Compared by identity, shown by nothing, made by its own __init__ (_Checker's comment).
@dataclass(init=False, eq=False, repr=False)
class Outcome:
    """Counts over a run (the fix counts stay 0 in a check)."""

    summary: Summary
    changed_files: int = 0
    fixed: int = 0
    skipped: list[str] = field(default_factory=list)  # "name: why" of files checked but not rewritten
    applied: list[Diagnostic] = field(default_factory=list)  # the findings fixed (--show-fixes lists them)

    def __init__(self, summary: Summary, changed_files: int = 0, fixed: int = 0, skipped: list[str] | None = None,
                 applied: list[Diagnostic] | None = None) -> None:
        self.summary = summary
        self.changed_files = changed_files
        self.fixed = fixed
        self.skipped = [] if skipped is None else skipped
        self.applied = [] if applied is None else applied


# Compared by identity, shown by nothing, made by its own __init__ (_Checker's comment).
@dataclass(init=False, eq=False, repr=False)
class _Step:
    """One file done in a run's mode: what is reported of it, and what fixing it did."""

    result: FileResult
    #: Why a --fix or --diff run left the file as it was (said when a failure, or when it has fixes it cannot take).
    refused: NotFixable | None = None
    #: The fixes applied (or shown), and whether the file's bytes changed.
    applied: list[Diagnostic] = field(default_factory=list)
    changed: bool = False
    #: The remaining findings come from a fix pass: a fix it offers that did not hold is counted as unapplied.
    fixed: bool = False
    #: The fix passes made when they ran out with a fix left (FixOutcome.stopped).
    stopped: int | None = None
    #: Its --diff masks a secret on a line it shows: those hunks are shown commented out, left out of the patch.
    masked: bool = False
    #: Its --diff, on a terminal, has a line it cannot show as it is: those hunks are shown escaped, left out.
    escaped: bool = False

    def __init__(self, result: FileResult, refused: NotFixable | None = None, applied: list[Diagnostic] | None = None,
                 changed: bool = False, fixed: bool = False, stopped: int | None = None, masked: bool = False,
                 escaped: bool = False) -> None:
        self.result = result
        self.refused = refused
        self.applied = [] if applied is None else applied
        self.changed = changed
        self.fixed = fixed
        self.stopped = stopped
        self.masked = masked
        self.escaped = escaped


#: A clean file of a check (CLEAN, not stored anew): counted, and reported as clean, with no other work.
_CLEAN_STEP = _Step(CLEAN)


def run(paths: Sequence[str], options: CheckOptions, reporter: Reporter, *, limits: Limits = DEFAULT_LIMITS,
        severities_for: Callable[[str], SeverityMap] | None = None, stdin_name: str = "<stdin>",
        jobs: int | None = None, candidates: frozenset[str] = frozenset(), walked: frozenset[str] = frozenset(),
        cache: ResultCache | None = None, settings: FileSettings | None = None,
        given: frozenset[str] = frozenset()) -> Summary:
    """Check every file and report it as soon as it is done; the summary counts them all (run_files in CHECK mode)."""
    return run_files(paths, options, reporter, limits=limits, severities_for=severities_for, stdin_name=stdin_name,
                     jobs=jobs, candidates=candidates, walked=walked, cache=cache, settings=settings, given=given).summary


def run_files(paths: Sequence[str], options: CheckOptions, reporter: Reporter, *, mode: Mode = Mode.CHECK,
              unsafe: bool = False, limits: Limits = DEFAULT_LIMITS, severities_for: Callable[[str], SeverityMap] | None = None,
              stdin_name: str = "<stdin>", jobs: int | None = None, candidates: frozenset[str] = frozenset(),
              walked: frozenset[str] = frozenset(), cache: ResultCache | None = None, out: TextIO | None = None,
              err: TextIO | None = None, settings: FileSettings | None = None,
              given: frozenset[str] = frozenset()) -> Outcome:
    """The one run loop: every file checked (or fixed, or diffed) in turn, and reported as soon as it is done.

    `severities_for` gives per-file rule severities (per-path config); without it, `options.severities` applies.
    `jobs` caps the worker processes of a check (default: one per core, for runs of many files).
    `candidates`: JSON/YAML files found by walking, checked (and fixed) only when they may hold a launch body
    (candidates.py); `walked`: every file not named on the command line (a minified one among them is skipped
    without a note). `cache` (a check only) gives back the result of a file unchanged since a run stored it.
    `settings`: each file's own options, limits and severities (its config's), where they are not the run's.
    A FIX run writes the fixed files (stdin's to `out`), a DIFF run writes only the diff to `out` and its count
    to `err`; files left as they were are named on `err`. `given`: the paths named on the command line (a file named
    there, walked or not, has the modules its imports name looked for: a walk reads them as its tree's).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    module_texts.new_run()  # a module's sibling files read by an earlier run in this process are stat'ed again
    if mode is Mode.CHECK:
        # A note said once per run is located once per process (a worker's first of it may be the run's first); a
        # cached result holds all its notes, as it may be the first of a later run. (A fix checks a file once per
        # pass: every pass must locate its notes.)
        recorder = RecordingContracts(options.contracts) if cache is not None and options.contracts is not None else None
        options = replace(options, said_once=set() if cache is None else None, contracts=recorder or options.contracts)
    else:
        recorder, cache = None, None
    checker = _Checker(options, limits, severities_for, stdin_name, candidates, walked, cache=cache, recorder=recorder,
                       excerpts=cache is not None or mode is not Mode.CHECK or shows_lines(reporter),
                       info_excerpts=cache is not None or mode is not Mode.CHECK or shows_info_lines(reporter),
                       index=ImportIndex() if mode is Mode.CHECK else None)
    if settings is not None:
        checker.__class__ = _PerFileChecker
        checker.settings = settings
    # A launch's values imported from another module of the run are read from its files (sources/imported_values.py);
    # a named file's, from the project's modules its imports name too.
    importing = [path for path in paths if (path not in walked or path in given) and path != STDIN]
    run_modules.use(run_modules.RunFiles(paths, checker.read, limits.max_depth, limits.verbose, _project_of(limits),
                                         frozenset(map(_path_key, importing)) if importing else frozenset()))
    outcome = Outcome(Summary())
    summary = outcome.summary
    said_once: set[OnceKey] = set()  # the notes given once per run
    masked_diffs: list[str] = []  # the files whose --diff masks a secret: hunks left out of the patch
    diffed: set[str] = set()  # the files --fix changed (--diff: whose hunks it shows)
    escaped_diffs: list[str] = []  # the files whose --diff, on a terminal, has a line it cannot show as it is (run.diff)
    body_files = BodyFilesSaidOnce()  # a body file a request file reads (`< ./body.json`): its findings said once
    named: frozenset[str] | None = None  # the files named to this run, made only for a file that reads others (rare)

    def named_files() -> frozenset[str]:
        nonlocal named
        if named is None:
            named = frozenset(paths)
        return named

    #: (check) What each body file the run checks itself says at its own step, asked when another file reads it: a fix
    #: found there through the reading file is the one its own step gives (what --fix applies), or none.
    own = _own_findings(checker) if mode is Mode.CHECK else None
    later: SecondPass | None = None  # imported.py's, once a walked code file notes its launch URL bound to a name
    #: What the first pass said and suppressed in each code file with either: the second pass, reading one again with
    #: its imports resolved, adds only what this pass did not say or count, without checking it again to learn it.
    first_said: dict[str, tuple[Sequence[Diagnostic], Sequence[str]]] = {}
    held: BigIntHeld | None = None  # cross_file.py's, once a file's launch body holds a BigInt (FL014)
    importers: Importers | None = None  # cross_file.py's: which files of the run import a module's names
    if mode is Mode.CHECK:
        steps: Iterable[_Step] = _check_steps(paths, checker, jobs, cache)
    else:
        from .cross_file import Importers  # which files of the run import a name a safe fix would edit (fixer/shared.py)

        importers = Importers(paths, checker.read, limits.max_depth)
        steps = (_fix_file(path, checker, mode, unsafe, out, importers) for path in paths)
    #: (--fix) The files whose findings in a body file this run fixes were set aside for that file's own step, and
    #: where each diagnostic the run reported stands: such a file is checked again at the end, for what only it can say.
    reread: list[str] = []
    reported: set[tuple[object, ...]] = set()
    for path, step in zip(paths, steps, strict=True):
        searched = path in checker.searched  # code flowlint does not read: searched for a launch, not checked
        if step is _CLEAN_STEP:  # most files of a check: nothing to store, count or show
            summary.files += not searched
            summary.searched += searched
            reporter.file([], None)
            continue
        result = step.result
        if mode is Mode.FIX and result.elsewhere and not named_files().isdisjoint(result.elsewhere):
            # A body file this run fixes itself is reported by its own step, as it is once fixed: not as read before.
            # A code file's findings read through another (a Terraform local another .tf file of the module declares)
            # are found only through this one: its own step never says them.
            kept = [d for d in result.diagnostics if d.file not in named_files() or named_kind(d.file) is not None]
            if len(kept) < len(result.diagnostics):  # (what only this file's reading finds there is looked for again)
                reread.append(path)
            result = replace(result, diagnostics=kept)
        if result.elsewhere:  # a body file read through this one and not checked itself: --fix never edits it
            from ..checker.read_through import offered_read_through  # rare: not imported by a check reading none

            result = replace(result, diagnostics=offered_read_through(result.diagnostics, result.elsewhere, named_files(),
                                                                      own))
        # A file's kind by its name, asked once (a run's files with findings asked it three times: ~8K instructions each)
        # (--diff writes no file: a second reading of it finds what the diff fixes too, said by the diff already)
        fixed_unwritten = step.applied if mode is Mode.DIFF else []
        kind = named_kind(path) if result.diagnostics or result.suppressed or fixed_unwritten else None
        if kind is not None:
            first_said[path] = ([*result.diagnostics, *fixed_unwritten], result.suppressed)
        if result.diagnostics:
            result = body_files.result(result)
        diagnostics = _once_per_run(result.diagnostics, said_once)
        if mode is Mode.CHECK and diagnostics and kind == "python" \
                and any(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in diagnostics):
            # (a safe fix may edit what another module imports: whether one has edits that may is cross_file.safe_edits)
            from .cross_file import Importers, shared_fixes_demoted

            importers = importers or Importers(paths, checker.read, limits.max_depth, unchanging=True)
            diagnostics = shared_fixes_demoted(importers, path, diagnostics)
        if result.binding is not None or (later is None and mode is not Mode.DIFF and _may_be_used_later(kind, diagnostics)):
            # (--fix and --diff too: the importers' findings, offered as help, are said and counted as a check says them)
            # (held from an unused suppression on too: the second pass, reading its file again, may find it used)
            from .imported import SecondPass  # a URL bound to a name other modules may import

            later = later or SecondPass(checker, reporter, paths, _quiet_code, first_said)
            reporter = later
            if result.binding is not None:
                later.noted.setdefault(path, result.binding)
        if held is None and mode is not Mode.DIFF and any(d.code == NO_JSON_NUMBER for d in diagnostics):
            held = _held_for_big_int(reporter, later, diagnostics)
            reporter = later or held or reporter
        if step.refused is not None and (step.refused.always or any(d.fix is not None and d.fix.applies(unsafe)
                                                                    for d in diagnostics)):
            outcome.skipped.append(f"{stdin_name if path == STDIN else path}: {step.refused}")
        if step.stopped:
            summary.stopped.append(stdin_name if path == STDIN else path)
            summary.passes = step.stopped
        if step.masked:
            masked_diffs.append(stdin_name if path == STDIN else path)
        if step.escaped:
            escaped_diffs.append(stdin_name if path == STDIN else path)
        if step.changed:
            diffed.add(path)
            outcome.changed_files += 1
            outcome.fixed += len(step.applied)
            outcome.applied += step.applied
        if step.fixed:  # a fix a report offered whose edits did not hold once rendered and proven: counted, never dropped
            # (a body file's findings read through a request file are fixed in that file, never through this one)
            summary.unapplied += _offered_unapplied(diagnostics, unsafe, result.elsewhere, rendered=False)
        if mode is not Mode.CHECK and step.refused is None and not step.stopped:
            # A fix still offered, proven alone, once the passes stopped with none left to apply: one a pass could not
            # prove with the file's other fixes, or at all as a pass. Counted as not applied, never left unsaid.
            summary.unapplied += _offered_unapplied(diagnostics, unsafe, result.elsewhere, rendered=True)
        summary.add(diagnostics, result.suppressed, searched=searched)  # one file checked (or searched), whichever files it read
        if mode is Mode.FIX and diagnostics:
            reported.update(read_place_key(d) for d in diagnostics)
        if mode is Mode.DIFF:
            continue
        if not result.elsewhere:
            reporter.file(diagnostics, result.line if diagnostics else None)
            continue
        for group, line_source in replace(result, diagnostics=diagnostics).by_file():  # each file with its own lines
            reporter.file(group, line_source if group else None)
    after_fix = _own_findings(checker)  # (one memo for every reading file: a body file two read is checked once)
    for path in reread:
        # A body file fixed by its own step no longer says what only this file's reading of it finds (a Terraform
        # templatefile()'s "$${x}" quoted for an Integer input): checked again now its body files are as fixed, those
        # findings are said, so an error --fix did not fix is never dropped.
        from ..checker.read_through import offered_read_through

        fresh = checker(path)
        extra = [d for d in fresh.diagnostics if d.file != path and d.file in named_files() and named_kind(d.file) is None
                 and read_place_key(d) not in reported]
        if extra:
            extra = offered_read_through(extra, fresh.elsewhere, named_files(), after_fix)
            summary.add(extra, file=False)  # (the file was counted by its step)
            for group, line_source in replace(fresh, diagnostics=extra).by_file():
                reporter.file(group, line_source if group else None)
    if importing:  # (named files: the modules their imports name, marked as a walk marks its tree's)
        later = _modules_of_named(paths, importing, checker, reporter, later, first_said)
        reporter = later or reporter
    if later is not None:  # the files that import what the noted ones export, then the held report
        from .imported import NOT_FIXED, NOT_IMPORTED  # (loaded with `later`: a walk's marking or a named file's modules)

        for result in later.resolved():
            if result.elsewhere:
                from ..checker.read_through import offered_read_through

                result = replace(result, diagnostics=offered_read_through(result.diagnostics, result.elsewhere, named_files(),
                                                                          own))
            diagnostics = _once_per_run(body_files.result(result).diagnostics, said_once)
            summary.add(diagnostics, result.suppressed, file=False)  # (the file was counted by the first pass)
            if mode is Mode.DIFF:  # no report: what --fix leaves of it is said as a file it cannot fix is
                unfixed = [d for d in diagnostics if d.help.endswith(NOT_FIXED)]
                if unfixed:
                    outcome.skipped.append(_not_fixed_here(unfixed, NOT_IMPORTED, diffed))
                continue
            if held is None and any(d.code == NO_JSON_NUMBER for d in diagnostics):
                held = _held_for_big_int(reporter, later, diagnostics)
            if result.diagnostics:  # (else only suppressed: counted, nothing to report)
                later.later(diagnostics, result.line if diagnostics else None)
        if mode is not Mode.DIFF:
            reporter = later.release(summary)
    if held is not None:  # its BigInt findings judged by every file of the run
        from .cross_file import polyfilled

        reporter = held.release(summary, polyfilled(paths, checker.read))
    run_modules.use(None)
    summary.fixed = outcome.fixed
    if mode is not Mode.DIFF:
        reporter.finish(summary)
    if cache is not None:
        cache.save()
    for skipped in outcome.skipped:
        err.write(f"flowlint: not fixed: {printable(skipped)}\n")
    for masked in masked_diffs:  # a patch that would fail says so here, never only when applied
        err.write(f"flowlint: the diff of {printable(masked)} masks a secret on a line it shows, so those hunks are "
                  "shown commented out (`# `), left out of the patch: run `flowlint check --fix` (with the same options) "
                  "to apply them\n")
    for escaped in escaped_diffs:
        err.write(f"flowlint: the diff of {printable(escaped)} has a line flowlint does not write as it is (a control or "
                  "bidi character; on a terminal, also a line break), so those hunks are shown escaped and commented out "
                  "(`# `), left out of the patch: run `flowlint check --fix` (with the same options) to apply them "
                  "(`--diff` into a file or pipe writes a line only a terminal cannot show)\n")
    if mode is Mode.DIFF:
        counts = f"would fix {counted(outcome.fixed, 'finding')} in {counted(outcome.changed_files, 'file')}"
        stopped = f"; {stopped_fixing(summary.stopped, summary.passes)}" if summary.stopped else ""
        err.write(f"flowlint: {counts if outcome.fixed else 'nothing to fix'}{stopped}{_unapplied(summary.unapplied)}\n")
    return outcome


def _not_fixed_here(unfixed: list[Diagnostic], why: str, diffed: set[str]) -> str:
    """`file: why` of the findings --fix leaves unfixed in a file; where the diff changes that file for another launch,
    each finding by place and code (`go.js:3:43 FL102`), so the hunk shown is not taken for theirs."""
    file = unfixed[0].file or ""
    if file not in diffed:
        return f"{file}: {why}"
    places = [f"{file}:{d.span.line}:{d.span.column} {d.code}" if d.span is not None else f"{file} {d.code}"
              for d in unfixed]
    named = ", ".join(places[:_NAMED_NOT_FIXED]) + (f" and {len(places) - _NAMED_NOT_FIXED} more"
                                                     if len(places) > _NAMED_NOT_FIXED else "")
    return f"{named}: {why} (the diff of {file} is another launch's)"


#: The most findings a "not fixed" line names one by one.
_NAMED_NOT_FIXED = 5


def _may_be_used_later(kind: str | None, diagnostics: list[Diagnostic]) -> bool:
    """Whether a file's unused suppression (FL009) may yet be used: the second pass may read the file again, with the
    URLs it imports resolved (run/imported.py), and take it back."""
    return kind in NOTED and any(d.code == UNUSED_SUPPRESSION for d in diagnostics)


def _held_for_big_int(reporter: Reporter, later: SecondPass | None, diagnostics: list[Diagnostic]) -> BigIntHeld | None:
    """The report held from a file whose FL014 is a BigInt JSON.stringify throws on (cross_file.py), else None: an
    FL014 is rare, looked for before the module is imported."""
    from .cross_file import BigIntHeld

    return BigIntHeld.beneath(reporter, later, diagnostics)


def _check_steps(paths: Sequence[str], checker: _Checker, jobs: int | None, cache: ResultCache | None) -> Iterator[_Step]:
    """Each file of a check, done, its new cache entry stored: a clean file is a clean step (no other work)."""
    for path, result in zip(paths, _results(paths, checker, jobs), strict=True):
        if result is None or result is CLEAN:
            yield _CLEAN_STEP
        elif isinstance(result, tuple):
            if cache is not None:
                cache.put(path, result, index.texts.get(path) if (index := checker.index) is not None else None)
            yield _CLEAN_STEP if result[3] is None else _Step(_sent(checker, path, result[3]))
        else:
            if cache is not None and result.entry is not None:
                cache.put(path, result.entry, index.texts.get(path) if (index := checker.index) is not None else None)
            yield _Step(result)


def _fix_file(path: str, checker: _Checker, mode: Mode, unsafe: bool, out: TextIO, importers: Imported | None = None) -> _Step:
    """One file of a --fix or --diff run: fixed and written (or its diff shown), else checked as it is and why not."""
    # Imported by a fix run only: a check never pays for the fixer or the writers (shutil, secrets).
    from ..contracts.schema import BrokenSchema
    from ..core.lines import LineIndex
    from ..fixer.passes import FixOutcome, fix_code, fix_text
    from .masking import masked_fixed
    from .writes import NotFixable, encoded, read_fixable, text_of, write_atomically, write_bytes

    checker = checker.for_path(path)  # (a file under another config: its settings')
    if checker.fixed_result is not None:
        return _Step(checker.fixed_result)  # (a config that cannot be read: never written)
    limits = checker.limits
    name = checker.stdin_name if path == STDIN else path  # per-file severities follow --stdin-filename, as in check
    options = replace(checker.options, severities=checker.severities_for(name)) if checker.severities_for else checker.options
    diff = mode is Mode.DIFF
    data = b""
    try:
        data = sys.stdin.buffer.read(limits.max_file_size + 1) if path == STDIN else read_fixable(path, limits, checker.dirs)
        if len(data) > limits.max_file_size:
            raise NotFixable("larger than max-file-size", always=True)
        code_kind = source_kind(name, data)
        if code_kind is None and not checker.is_payload(path, data):
            # Not a payload, never rewritten; a named one gets the note a check gives it (FL012: a config file).
            return _Step(checker.result(path, checker.load_data(path, data)))
        prefix, text, codec = text_of(data, python=code_kind == "python" and path != STDIN)
        try:
            if code_kind is not None:  # the launches in code and request files take the same fixes
                fixed = fix_code(text, name, code_kind, options, unsafe=unsafe, limits=limits, imported=importers,
                                 named=path not in checker.walked or _minified_mention(code_kind, name, data))
            else:
                guessed = checker.guessed(path)  # perhaps another program's settings: its own keys are left as they are
                fixed = fix_text(text, name, options, unsafe=unsafe and not guessed, limits=limits,
                                 withheld=own_keys_withheld(lambda: checker.load_data(path, data)) if guessed else None)
        except BrokenSchema:
            raise
        except Exception as error:  # a bug in flowlint: report it (FL900), never a traceback, never a write
            raise NotFixable(f"flowlint failed while fixing it ({type(error).__name__}); nothing was changed", always=True) from None
        fixed_bytes = prefix + encoded(fixed.fixed, codec)
    except NotFixable as why:
        if path != STDIN:
            return _Step(checker(path), refused=why)
        # Already read: check what was read, and give it back unchanged.
        result = _check_bytes(checker, path, data)
        if not diff:  # all of it: what was beyond the size limit is passed through, never lost
            write_bytes(out, data, sys.stdin.buffer if len(data) > limits.max_file_size else None)
        return _Step(result, refused=why)
    changed = fixed_bytes != data
    refused = None
    masked = escaped = False
    if diff:
        if changed:  # masked as every output is: a masked line is shown, and no longer applies (said at the end)
            from .diff import line_pairs, masked_unified_diff

            before_mask = _file_mask(code_kind, text, name, limits)
            pairs = line_pairs(text, fixed.fixed, fixed.kept)  # (a mask keeps every character's place)
            unwritable: list[int] = []
            shown, left_out = masked_unified_diff(
                name, text, fixed.fixed, before_mask.text(text),
                masked_fixed(text, fixed.fixed, _file_mask(code_kind, fixed.fixed, name, limits), before_mask),
                pairs, bom=prefix != b"", terminal=_is_terminal(out), unwritable=unwritable)
            masked = left_out > unwritable[0]
            escaped = unwritable[0] > 0
            out.write(shown)
    elif path == STDIN:
        out.write(fixed.fixed if prefix == b"" else "\ufeff" + fixed.fixed)
    elif changed:
        try:
            write_atomically(path, data, fixed_bytes, roots=limits.roots or (os.getcwd(),))
        except NotFixable as why:  # the file is left as it was: report it as it is
            refused, changed = NotFixable(str(why), always=True), False
            fixed = FixOutcome(text, text, [], _check_bytes(checker, path, data).diagnostics)
    # (what is left listed as a check lists it: at most 20 of a rule, the rest in an FL008 note; every one was fixable)
    remaining = checker.offered(path, _pipeline().capped_file(fixed.remaining, options.severities), fixed.documents)
    if diff and changed:  # the file stays as it was: what is left is named where it is in it (`1 fix … not applied (a:3:3)`)
        remaining = _where_it_was(remaining, name, text, fixed)
    suppressed = tuple(d.code for d in fixed.suppressed)
    # A check renders and proves a code file's fixes before it offers them, so one that fails here was never offered;
    # a payload's are offered unproven (pending), and one that fails here is a broken promise, counted.
    offered_unproven = code_kind is None
    binding = checker.mark(path, fixed.documents, fixed_bytes) if code_kind is not None else None
    if any(document.name != name for document in fixed.documents):  # it reads bodies from other files: shown as check shows them
        return _Step(replace(_file_result(remaining, fixed.documents, suppressed), binding=binding), refused=refused,
                     applied=fixed.applied, changed=changed, fixed=offered_unproven, stopped=fixed.stopped, masked=masked,
                     escaped=escaped)
    lines: dict[int, str] = {}
    if remaining and not diff:
        wanted = sorted({d.span.line for d in remaining if d.span})
        from .masking import masked_lines

        index = LineIndex(fixed.fixed)
        lines = masked_lines(_file_mask(code_kind, fixed.fixed, name, limits), index, wanted)  # as a check's are
    return _Step(FileResult(remaining, lines, suppressed=suppressed, binding=binding), refused=refused,
                 applied=fixed.applied, changed=changed, fixed=offered_unproven, stopped=fixed.stopped, masked=masked,
                 escaped=escaped)


def _where_it_was(diagnostics: list[Diagnostic], name: str, original: str, fixed: FixOutcome) -> list[Diagnostic]:
    """The findings of a file's fixed text that a --diff leaves, each at its place in the text as it is: inside a part
    the fixes kept, where that part is; inside what they changed, where the change is."""
    from ..core.lines import LineIndex

    if not any(d.span is not None and d.file == name for d in diagnostics):
        return diagnostics
    after, before = LineIndex(fixed.fixed), LineIndex(original)
    starts = [at for _, _, at in fixed.kept]

    def back(offset: int) -> int:
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            return 0
        start, end, at = fixed.kept[index]
        return start + offset - at if offset < at + end - start else end

    def placed(span: Span) -> Span:
        start, end = after.offset(span.line, span.column), after.offset(span.end_line, span.end_column)
        written = fixed.fixed[start:end]
        # A character an edit's ends share with its neighbours (a removed member's `"`) is kept on one side: the
        # finding's text as it is written in the file, by its start or by its end, is where it is.
        for at in (back(start), back(end) - len(written)):
            if at >= 0 and original.startswith(written, at):
                return before.span(at, at + len(written))
        return before.span(back(start), back(end))

    return [replace(d, span=placed(d.span)) if d.span is not None and d.file == name else d for d in diagnostics]


def _is_terminal(out: object) -> bool:
    """Whether the diff is written to a terminal: a patch elsewhere is data, written as the files have it (run.diff)."""
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False


def renames_own_keys(fix: Fix) -> bool:
    """Whether a fix renames, moves or removes a member of the body itself (outside `inputData`, whose keys are
    the flow's inputs): what a program reading the file as its own settings would then miss."""
    return any(isinstance(operation, (RenameKey, RemoveMember, InsertMember)) and "inputData" not in operation.path
               for operation in fix.operations)


def surely_a_body(documents: Sequence[Document]) -> bool:
    """Whether a guessed payload holds the launch's own `inputData` object, spelled exactly: a body, not another
    program's settings (whose names a fix of its keys would change under it)."""
    return any(isinstance(document.value, dict) and isinstance(document.value.get("inputData"), dict)
               for document in documents if document.parsed)


def _check_bytes(checker: _Checker, path: str, data: bytes) -> FileResult:
    """A file's bytes checked as they are, whatever they hold (stdin a fix run read, a file it could not write back)."""
    name = checker.stdin_name if path == STDIN else path
    return checker.result(path, _pipeline().load_documents(data, name, checker.limits))


def _file_mask(kind: str | None, text: str, name: str, limits: Limits) -> Mask:
    """What outputs never show of a file's text: what a check masks of it (mask_of), the file itself left as it is."""
    from .masking import Mask, credential_literals, mask_of

    if kind is None:  # a payload: no launch request, so only the credentials written out in it (as mask_of finds them)
        return Mask(tuple(credential_literals(text)))
    from ..checker.launches import load_source  # the code readers: loaded by a code file only

    return mask_of(load_source(kind, text.encode("utf-8", "surrogatepass"), name, limits), kind, text)


def _unapplied(places: Sequence[str]) -> str:
    return f"; {unapplied_fixes(places)}" if places else ""


def _results(paths: Sequence[str], checker: _Checker, jobs: int | None) -> Iterator[FileResult | Entry | None]:
    parallel = (jobs != 1 and len(paths) >= PARALLEL_MIN_FILES and STDIN not in paths and checker.options.forkable
                and sys.platform == "linux" and hasattr(os, "fork"))
    warmers: list[str] = []
    workers = 1
    if parallel:  # -j N asks for N; by default, as many as pay for themselves (workers.py)
        cores = float(MAX_WORKERS) if jobs else idle_cores(usable_cores())
        share = checker.cache.share(list(paths)) if checker.cache is not None and cores > 1 else 0.0
        if cores > 1 and share < 1:  # else one process whatever the work (a busy machine, a warm run): not estimated
            payloads: list[str] = []
            sources: list[str] = []
            for path in paths:  # one pass
                (payloads if path.lower().endswith(PAYLOAD_SUFFIXES) else sources).append(path)
            # Code and request files are nearly all decided by the prefilter: what they cost is the share that passes it.
            code_work, passed = estimated_code_work(sources, functools.partial(_prefiltered, checker))
            warmers = list({os.path.splitext(sources[n])[1].lower(): sources[n] for n in reversed(passed)}.values())
            if not jobs:  # every file's result passes through this process, a code file's too (most often a None)
                workers = choose_workers((estimated_work(payloads) + code_work) * (1 - share), round(len(paths) * (1 - share)),
                                         cores)
        if jobs:
            workers = min(jobs, MAX_WORKERS)
    if not parallel or workers < 2:
        yield from map(checker.in_run, paths)
        return
    # The first files are checked here: what they load (imports, compiled contracts) is then inherited, not redone per worker.
    warm = min(len(paths) // 8, WARM_UP_FILES)
    yield from map(checker.in_run, paths[:warm])
    # A file a worker left is checked here after later ones may have been: without the notes this process said
    # once (every note located; the run keeps the first in file order, as in one process).
    rechecker = copy.copy(checker)  # (dataclasses.replace would sort every walked file by its kind again: ~5 ms)
    rechecker.options = replace(checker.options, said_once=None)
    rechecker.siblings = {}  # (its files' settings' checkers made anew: without the notes said once, as it is)
    recheck = rechecker.in_run
    # A launch file of each suffix sampled, checked here so that the workers inherit its code reader: its result is
    # kept and given in its turn (a recheck's, fit for any place in the run), never checked twice.
    kept: dict[str, FileResult | Entry] = {}
    checked = set(paths[:warm])
    for path in warmers:
        if path not in checked:
            with contextlib.suppress(Exception):  # only a head start: a file that fails here is checked in its turn
                kept[path] = recheck(path)

    def mine(path: str) -> FileResult | Entry:
        return kept.pop(path) if path in kept else checker.in_run(path)

    def again(path: str) -> FileResult | Entry:
        return kept.pop(path) if path in kept else recheck(path)

    global _WORKER_CHECKER, _WORKER_KEPT
    _WORKER_CHECKER = checker  # inherited by the forked workers
    _WORKER_KEPT = frozenset(kept)
    # Frozen: the workers' collections then skip the inherited heap instead of copying its pages. Thawed after, unless
    # something froze before this run (the command line freezes what it loaded, for good: not to be undone here).
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        for path, result in zip(paths[warm:], forked(mine, _check_in_worker, paths[warm:], workers, recheck=again),
                                strict=True):
            if isinstance(result, str):
                yield again(path)
            elif isinstance(result, bytes):  # a clean file's imports (the worker's note for the index)
                if checker.index is not None:
                    checker.index.texts[path] = result
                yield None
            elif isinstance(result, list):  # a result with the file's imports
                if checker.index is not None:
                    checker.index.texts[path] = result[1]
                yield result[0]
            else:
                yield result
    finally:
        if thaw:
            gc.unfreeze()


def _offered_unapplied(diagnostics: Sequence[Diagnostic], unsafe: bool, elsewhere: Collection[str], *,
                       rendered: bool) -> list[str]:
    """The places of the fixes still offered (their edits rendered, or not) that `--fix` did not apply: said, never
    dropped. A body file's findings read through a request file are fixed in that file, never through this one."""
    return [unapplied_place(d) for d in diagnostics if d.fix is not None and d.fix.applies(unsafe)
            and (d.fix.edits is not None) is rendered and d.file not in elsewhere]


def _prefiltered(checker: _Checker, path: str) -> bool:
    """Whether a file is decided by the prefilter alone (read, a code or request file with no sign of a launch: a byte
    test, no parser; named, at most a note). A file that cannot be read is decided too (a note, or an error)."""
    checker = checker.for_path(path)
    try:
        data = checker.read(path)
        if isinstance(data, Document):
            return True
        walked = path in checker.walked
        # Its kind as in_run reads it (a walked file's by its name); kinds' own: a tree that launches nothing never
        # imports the pipeline.
        kind = named_kind(path) if walked else source_kind(path, data)
        quiet = kind is not None and _quiet_code(kind, path, data)
        if quiet and walked and checker.cache is None:  # clean, as in_run finds it (a cached run stores its entry)
            checker.quiet.add(path)
            if checker.index is not None and kind in NOTED:  # (not read again: noted here)
                checker.index.note(path, kind, data)
        return quiet
    except Exception:
        return False


_WORKER_CHECKER: _Checker | None = None
_WORKER_KEPT: frozenset[str] = frozenset()  # the files this process checked ahead of the fork: not a worker's to check
_KEPT = "kept"  # what a worker sends for one of them (a string: no file's result is one)


def _check_in_worker(path: str) -> FileResult | Entry | str | bytes | list[Any] | None:
    """A file's result as a worker sends it: None when clean (a byte), else its cache entry when it has one (a clean
    file's; a file with findings, its findings as the cache stores them: a fifth of the Diagnostics' pickle, unpickled
    and decoded by _sent in a sixth of the time), else the whole result. A file the worker noted in the importer index
    is sent with its import text: the text alone when clean, else [what is sent, the text]."""
    assert _WORKER_CHECKER is not None
    if path in _WORKER_KEPT:
        return _KEPT
    result = _WORKER_CHECKER.in_run(path)
    index = _WORKER_CHECKER.index
    imported = index.texts.pop(path, None) if index is not None and index.texts else None
    if result is CLEAN:
        return imported  # (the file's imports for the run's index, when it has any)
    sent = result.entry if isinstance(result, FileResult) and result.entry is not None else result
    return sent if imported is None else [sent, imported]


def _sent(checker: _Checker, path: str, record: list[Any]) -> FileResult:
    """A result a worker sent as its cache entry's record, decoded as a warm run decodes one (nothing but what the
    report shows is lost: a fix's operations, which only --fix uses)."""
    try:
        diagnostics, lines, suppressed, mark = decode(record, path)
    except Malformed:  # never from a worker of this run; still never trusted blindly: checked here instead
        return checker(path)
    return FileResult(diagnostics, lines, {}, suppressed, binding=_binding(mark))


def _binding(mark: Mark | None) -> Binding | None:
    """A mark as the result cache stores it (cache.Mark), as the second pass takes it (imported.Binding)."""
    if mark is None:
        return None
    from .imported import Binding

    return Binding(*mark)


def _excerpt_lines(documents: list[Document], diagnostics: list[Diagnostic]) -> dict[int, str]:
    if not documents:
        return {}
    others = {document.name for document in documents} - {documents[0].name}  # their lines are not this file's
    documents = [document for document in documents if document.name not in others]
    wanted = {d.span.line for d in diagnostics if d.span and d.file not in others}
    if not wanted:
        return {}
    index = documents[0].lines()
    if index is None:
        return {}
    from .masking import mask_of, masked_lines

    # A token written in the file is never shown, whichever finding points at its line; nor, in a HAR or Postman
    # file, anything but the launches' URL, method and body.
    return masked_lines(mask_of(documents), index, sorted(wanted))


class BodyFilesSaidOnce:
    """A body file checked on its own and read by a request file (or by several) gets each finding once.

    A file named twice is still reported twice, as any file is: only a reader's repetition of what a
    file (or another reader) said is dropped, and the other way round.
    """

    def __init__(self) -> None:
        self.own: set[tuple[object, ...]] = set()  # said by files checked themselves (of every file: a body may come first)
        self.read: set[tuple[object, ...]] = set()  # said by the request files that read them

    def result(self, result: FileResult) -> FileResult:
        if not result.elsewhere and not self.read:  # nothing read yet, so nothing to drop: all of it said
            self.own.update(map(read_place_key, result.diagnostics))  # its keys only: a run's findings stay unkept
            return result
        kept = []
        for diagnostic in result.diagnostics:
            found = read_place_key(diagnostic)
            if diagnostic.file in result.elsewhere:
                if found in self.own or found in self.read:
                    continue
                self.read.add(found)
            elif found in self.read:
                continue
            else:
                self.own.add(found)
            kept.append(diagnostic)
        return replace(result, diagnostics=kept)


def _own_findings(checker: _Checker) -> Callable[[str], list[Diagnostic]]:
    """A file's diagnostics as its own step in this run gives them, each file checked once when asked (rare: a body
    file the run checks that another file reads)."""
    found: dict[str, list[Diagnostic]] = {}

    def own(path: str) -> list[Diagnostic]:
        if path not in found:
            found[path] = checker(path).diagnostics
        return found[path]

    return own


def _once_per_run(diagnostics: list[Diagnostic], said: set[OnceKey]) -> list[Diagnostic]:
    """The notes said once per run (said_once_per_run) that were not said yet in this run, and every other diagnostic."""
    if not diagnostics:
        return diagnostics
    kept = []
    for diagnostic in diagnostics:
        if said_once_per_run(diagnostic.code, diagnostic.pointer):
            if once_key(diagnostic) in said:
                continue
            said.update(once_keys(diagnostic))
        kept.append(diagnostic)
    return kept
