"""A whole run: files in, diagnostics out to a reporter, one file in memory at a time.

Many files are checked by worker processes (one per core) when the platform can fork; the
results come back in file order, so output is the same either way.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..checker.engine import CheckOptions, SeverityMap, check_documents, said_once_per_run
from ..checker.merge import once_key, same_place_key
from ..checker.suppress import decide_documents
from ..core.diagnostics import Applicability, Diagnostic
from ..project.files import PAYLOAD_SUFFIXES, STDIN
from ..report import Reporter, Summary
from ..sources.candidates import broken_json_key_depth, launch_key_depth, may_hold_body
from ..sources.document import DEFAULT_LIMITS, Document, Limits, ResolvedDirs, failed_to_load, load_bytes, read_path
from ..sources.kinds import source_kind
from .cache import Malformed, RecordingContracts, ResultCache, decode, digest, encode
from .masking import mask_of, masked_lines
from .workers import MAX_WORKERS, choose_workers, estimated_work, idle_cores, usable_cores

#: Below this many files, starting workers costs more than it saves (even with -j N).
PARALLEL_MIN_FILES = 400
#: Files a parallel run checks in this process before it forks its workers, which inherit what those loaded.
WARM_UP_FILES = 200


@dataclass(frozen=True)
class FileResult:
    """What the reporter needs of one checked file: its diagnostics and the source lines they point at."""

    diagnostics: list[Diagnostic]
    lines: dict[int, str]
    #: The lines of other files some diagnostics point into (a body a request file reads from a file), by file.
    elsewhere: dict[str, dict[int, str]] = field(default_factory=dict)
    #: The codes of the findings suppressed in this file (counted by --statistics, shown nowhere).
    suppressed: tuple[str, ...] = ()
    #: What the result cache stores for this file (cache.py), made where it was checked (maybe a worker).
    entry: list[Any] | None = field(default=None, compare=False)

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


#: The result of every clean file (most of them): nothing to send back from a worker but this.
CLEAN = FileResult([], {})


@dataclass
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

    def __call__(self, path: str) -> FileResult:
        if self.cache is not None and path != STDIN:
            return self.cached(path, self.cache)
        return self.result(path, self.load(path))

    def cached(self, path: str, cache: ResultCache) -> FileResult:
        """The stored result when the file and every contract it used are as they were; else checked, and stored."""
        try:
            data = read_path(path, limits=self.limits, dirs=self.dirs, walked=path in self.walked)
        except Exception as err:
            return self.result(path, [failed_to_load(path, err)])
        if isinstance(data, Document):  # unreadable, too big...: checked every time
            return self.result(path, [data])
        content = digest(data)
        flags = (path in self.candidates) + 2 * (path in self.walked)
        record = cache.get(path, content, flags, self.recorder.current if self.recorder else _nothing_used)
        if record is not None:
            try:
                diagnostics, lines, suppressed = decode(record, path)
            except Malformed:
                pass  # checked again, and stored anew
            else:
                return FileResult(diagnostics, lines, {}, suppressed) if diagnostics or suppressed else CLEAN
        if self.recorder is not None:
            self.recorder.used = {}
        documents = self.load_data(path, data)
        result = self.result(path, documents)
        if result.elsewhere or any(d.file != path for d in result.diagnostics) \
                or any(getattr(document, "contract", None) is not None for document in documents):
            return result  # it read other files (a body, a flow YAML its launch links): their content is no part of its key
        used = [[flow, version, found] for (flow, version), found in self.recorder.used.items()] if self.recorder else []
        used.sort(key=lambda item: (item[0], item[1] or ""))
        return replace(result, entry=[content, flags, used, encode(result.diagnostics, result.lines, result.suppressed)])

    def result(self, path: str, documents: list[Document]) -> FileResult:
        """A file's result from its loaded documents: checked, suppressions decided, said once per file."""
        name = self.stdin_name if path == STDIN else path  # per-file severities follow --stdin-filename
        options = replace(self.options, severities=self.severities_for(name)) if self.severities_for else self.options
        diagnostics = check_documents(documents, options)
        decided = decide_documents(diagnostics, documents, options.severities, options.ignores_for)
        diagnostics = decided.kept
        suppressed = tuple(d.code for d in decided.suppressed)
        if not diagnostics:
            return FileResult([], {}, suppressed=suppressed) if suppressed else CLEAN
        if self.guessed(path):
            diagnostics = [replace(d, fix=None) if d.fix is not None and d.fix.applicability is Applicability.UNSAFE else d
                           for d in diagnostics]
        others = {document.name for document in documents[1:]} - {documents[0].name}  # bodies read from other files
        if len(documents) > 1:  # several launches in one file: one report, in file order (then each file read)
            # A body written once and sent by several launches is one mistake where it is written: said once.
            diagnostics = list({same_place_key(d): d for d in reversed(diagnostics)}.values())[::-1]
            diagnostics.sort(key=lambda d: (d.file in others, d.file or "", *((d.span.line, d.span.column) if d.span else (0, 0))))
        elsewhere = {name: _excerpt_lines([doc for doc in documents if doc.name == name], [d for d in diagnostics if d.file == name])
                     for name in others if name is not None}
        return FileResult(diagnostics, _excerpt_lines(documents, diagnostics), elsewhere, suppressed)

    def load(self, path: str) -> list[Document]:
        """The documents of a file: its body, or one per launch request in code and request files (maybe none)."""
        name = self.stdin_name if path == STDIN else path
        try:
            if path == STDIN:
                data: bytes | Document = sys.stdin.buffer.read(self.limits.max_file_size + 1)
                if isinstance(data, bytes) and len(data) > self.limits.max_file_size:
                    return [load_bytes(data, name, limits=self.limits)]
            else:
                data = read_path(path, limits=self.limits, dirs=self.dirs, walked=path in self.walked)
            return self.load_data(path, data)
        except Exception as err:  # never a traceback: the file gets an FL900 and the run goes on
            return [failed_to_load(name, err)]

    def load_data(self, path: str, data: bytes | Document) -> list[Document]:
        """The documents of a file's bytes (read from disk, stdin, or an editor's unsaved text)."""
        name = self.stdin_name if path == STDIN else path
        try:
            if isinstance(data, Document):
                return [data]
            kind = source_kind(name, data)
            if kind is not None:  # imported here: a run of payload files does not load the code readers and request rules
                from ..checker.launches import load_source

                return load_source(kind, data, name, self.limits, named=path not in self.walked)
            if path in self.candidates and not may_hold_body(data):
                return []  # walked, and no launch body: not a payload at all (no finding, no fix)
            document = load_bytes(data, name, limits=self.limits)
            verdict = self.verdict(path, document)
            if verdict is not None:
                from ..sources.extract import not_read  # the code sources' module: loaded by a code file or a note

                return [not_read(name, verdict)] if verdict else []
            return [document]
        except Exception as err:  # never a traceback: the file gets an FL900 and the run goes on
            return [failed_to_load(name, err)]

    def verdict(self, path: str, document: Document) -> str | None:
        """None when a loaded JSON/YAML file is a body; else why not ("" for a walked file, passed in silence).

        A walked candidate is a body only when a launch key sits at its top level or one wrapper deep; any
        file whose launch keys all sit two or more levels deep is a config file (a named one gets a note).
        """
        if path not in self.walked and path != STDIN and not path.lower().endswith(PAYLOAD_SUFFIXES) \
                and not isinstance(document.value, (dict, list)) and not may_hold_body((document.text or "").encode()):
            # Named, neither JSON nor YAML by its name, no object, no launch key: a LICENSE or requirements.txt, no body.
            return "no launch key in it, and it is neither a JSON nor a YAML file by its name"
        if not document.parsed:  # broken: judged as the body it may be meant to be, unless a walked config file
            deep = path in self.candidates and document.kind == "json" and broken_json_key_depth(document.text or "") == "deep"
            return "" if deep else None
        depth = launch_key_depth(document.value)
        if path in self.candidates and depth != "shallow":
            return ""
        if depth == "deep":
            return "" if path in self.walked else ("its flow ID sits two or more levels deep: a config file, no launch body")
        if depth == "entries":
            return "" if path in self.walked else ("several of its sections each name a flow ID: a config file, no launch body")
        return None

    def is_payload(self, path: str, data: bytes) -> bool:
        """Whether a JSON/YAML file is checked (and fixed) as a body: a walked candidate only with the vocabulary
        near its top, any file only when its launch keys are not all buried in a config's sections."""
        if path in self.candidates and not may_hold_body(data):
            return False
        return self.verdict(path, load_bytes(data, path, limits=self.limits)) is None

    def guessed(self, path: str) -> bool:
        """A payload only by a guess (walked, and judged by its keys): it is never offered an unsafe fix."""
        return path in self.candidates


def _nothing_used(flow_id: str, version: str | None) -> str:
    return ""  # no contract source: no file looked a contract up


def documents_of(path: str, limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    """The documents a file holds (one per launch request in code and request files), loaded as a run loads them."""
    return _Checker(CheckOptions(), limits, None, "<stdin>").load(path)


def run(paths: Sequence[str], options: CheckOptions, reporter: Reporter, *, limits: Limits = DEFAULT_LIMITS,
        severities_for: Callable[[str], SeverityMap] | None = None, stdin_name: str = "<stdin>",
        jobs: int | None = None, candidates: frozenset[str] = frozenset(), walked: frozenset[str] = frozenset(),
        cache: ResultCache | None = None) -> Summary:
    """Check every file and report it as soon as it is done; the summary counts them all.

    `severities_for` gives per-file rule severities (per-path config); without it, `options.severities` applies.
    `jobs` caps the worker processes (default: one per core, for runs of many files).
    `candidates`: JSON/YAML files found by walking, checked only when they may hold a launch body (candidates.py);
    `walked`: every file not named on the command line (a minified one among them is skipped without a note).
    """
    # A note said once per run is located once per process (a worker's first of it may be the run's first); a cached
    # result holds all its notes, as it may be the first of a later run.
    recorder = RecordingContracts(options.contracts) if cache is not None and options.contracts is not None else None
    options = replace(options, said_once=set() if cache is None else None, contracts=recorder or options.contracts)
    checker = _Checker(options, limits, severities_for, stdin_name, candidates, walked, cache=cache, recorder=recorder)
    summary = Summary()
    said_once: set[tuple[str, str]] = set()  # (code, message) of notes given once per run
    body_files = BodyFilesSaidOnce()
    for path, result in zip(paths, _results(paths, checker, jobs), strict=True):
        result = result or CLEAN
        if cache is not None and result.entry is not None:
            cache.put(path, result.entry)
        if result.diagnostics:
            result = body_files.result(result)
        diagnostics = _once_per_run(result.diagnostics, said_once)
        summary.add(diagnostics, result.suppressed)  # one file checked, whichever files it read
        if not result.elsewhere:
            reporter.file(diagnostics, result.line if diagnostics else None)
            continue
        for group, line_source in replace(result, diagnostics=diagnostics).by_file():  # each file with its own lines
            reporter.file(group, line_source if group else None)
    reporter.finish(summary)
    if cache is not None:
        cache.save()
    return summary


def _results(paths: Sequence[str], checker: _Checker, jobs: int | None) -> Iterator[FileResult | None]:
    # Code and request files are nearly all decided by a byte prefilter, faster than a round trip to a worker:
    # only payload files count toward starting workers.
    payloads = [path for path in paths if path.lower().endswith(PAYLOAD_SUFFIXES)]
    parallel = (jobs != 1 and len(payloads) >= PARALLEL_MIN_FILES and STDIN not in paths and checker.options.forkable
                and sys.platform == "linux")
    if parallel:  # imported only here: a run of a few files never pays for multiprocessing's imports
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        parallel = "fork" in multiprocessing.get_all_start_methods()
    if parallel:  # -j N asks for N; by default, as many as pay for themselves (workers.py)
        cores = usable_cores()
        work = estimated_work(payloads) * (1 - checker.cache.share(payloads) if checker.cache is not None else 1)
        workers = min(jobs, MAX_WORKERS) if jobs else choose_workers(work, len(payloads), idle_cores(cores))
    if not parallel or workers < 2:
        yield from map(checker, paths)
        return
    # The first files are checked here: what they load (imports, compiled contracts) is then inherited, not redone per worker.
    warm = min(len(paths) // 8, WARM_UP_FILES)
    yield from map(checker, paths[:warm])
    paths = paths[warm:]
    global _WORKER_CHECKER
    _WORKER_CHECKER = checker  # inherited by the forked workers
    done = 0
    gc.freeze()  # workers' collections then skip the inherited heap instead of copying its pages
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            chunk = max(1, min(64, len(paths) // (workers * 8)))
            for result in pool.map(_check_in_worker, paths, chunksize=chunk):
                yield result
                done += 1
    except BrokenProcessPool:  # a worker died (killed, out of memory): finish in this process rather than hang
        yield from map(checker, paths[done:])
    finally:
        gc.unfreeze()


_WORKER_CHECKER: _Checker | None = None


def _check_in_worker(path: str) -> FileResult | None:
    assert _WORKER_CHECKER is not None
    result = _WORKER_CHECKER(path)
    return None if result is CLEAN else result  # None pickles to a byte


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
    # A token written in the file is never shown, whichever finding points at its line; nor, in a HAR or Postman
    # file, anything but the launches' URL, method and body.
    return masked_lines(mask_of(documents), index, sorted(wanted))


def _key(d: Diagnostic) -> tuple[Any, ...]:
    return same_place_key(d)


class BodyFilesSaidOnce:
    """A body file checked on its own and read by a request file (or by several) gets each finding once.

    A file named twice is still reported twice, as any file is: only a reader's repetition of what a
    file (or another reader) said is dropped, and the other way round.
    """

    def __init__(self) -> None:
        self.own: set[tuple[Any, ...]] = set()  # said by files checked themselves (of every file: a body may come first)
        self.read: set[tuple[Any, ...]] = set()  # said by the request files that read them

    def result(self, result: FileResult) -> FileResult:
        kept = []
        for diagnostic in result.diagnostics:
            found = _key(diagnostic)
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

    def checked(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics of a file checked itself (not through a FileResult)."""
        return self.result(FileResult(diagnostics, {})).diagnostics


def _once_per_run(diagnostics: list[Diagnostic], said: set[tuple[str, str]]) -> list[Diagnostic]:
    """The notes said once per run (said_once_per_run) that were not said yet in this run, and every other diagnostic."""
    kept = []
    for diagnostic in diagnostics:
        if said_once_per_run(diagnostic.code, diagnostic.pointer):
            key = once_key(diagnostic)
            if key in said:
                continue
            said.add(key)
        kept.append(diagnostic)
    return kept
