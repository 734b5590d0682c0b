"""`flowlint lsp`: a Language Server publishing `flowlint check`'s diagnostics while you type.

Every open file of a kind flowlint reads is checked on open, change (debounced) and save, from the
editor's text (unsaved edits too), with the project config and contracts found from the file's
directory. Each fix is a code action (safe ones preferred; unsafe ones labelled and never
preferred); hovering a finding shows its rule's documentation. A check runs in a worker thread and
only the latest text's result is published, whole: an outdated or slow check is dropped, never
half-reported. A document has at most one check running: one overtaken by a newer edit is asked to stop
(core/stop.py: at its next launch, round of fix proofs, or finding, or within a chunk of
the reading of the file's launches), and the edits made while it ran are checked
once, as their latest text, when it ends; the pool has a thread for each of several documents, so one
heavy file's checks never hold back another file's. The documents' last results are kept within one budget of bytes
(RESULTS_BUDGET), the least recently used let go and checked again when a code action or hover asks about one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import stat
import sys
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import FeatureRequestError, JsonRpcException, JsonRpcInvalidRequest, JsonRpcParseError
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.json_rpc import RPCRequest

from ..contracts.architect import may_be_flow
from ..core.about import __version__
from ..core.codes import RULES
from ..core.diagnostics import Applicability, Diagnostic, Edit, Severity
from ..core.exit_codes import FAILURE
from ..core.lines import LineIndex
from ..core.printable import clipped, printable
from ..core.stop import Overtaken, stoppable
from ..edits import let_go
from ..run.buffer import check_buffer, limits_of, outside_any_project, project_of
from ..run.cross_file import POLYFILL_SUFFIXES, editor_fixes_demoted, gives_big_int_to_json, judged_by_open_files, throws_big_int
from ..sources import imports, module_texts
from ..sources.document import DEFAULT_LIMITS, Limits
from ..sources.kinds import named_kind
from .module_notes import importers_judged
from .suppress_action import suppressible, suppression_edit

#: Seconds of quiet after a change before the file is checked again.
DEBOUNCE = 0.3
#: Seconds a check may take before its result is dropped (the editor is told once) and it is asked to stop.
TIMEOUT = 20.0
#: Threads checking documents: one document takes at most one (its checks run one at a time), so as many documents as
#: this are checked at once, and one heavy file never holds back the others (asyncio's default pool, shared, has few).
WORKERS = 16
_SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
               Severity.INFO: types.DiagnosticSeverity.Information}
#: Bytes the open documents' last results may hold in all (each its text, line index and diagnostics: what a code action
#: or hover is answered from): past it the least recently used are let go, and checked again when one is asked about.
RESULTS_BUDGET = 64 * 1024 * 1024
#: What a diagnostic is counted in a result's bytes beyond its words (its record, span, fix and their objects).
_DIAGNOSTIC_BYTES = 600
#: The longest message read: a document's whole text (at most max-file-size), JSON-escaped, in its envelope.
MAX_MESSAGE = 4 * DEFAULT_LIMITS.max_file_size
#: The longest header line read (a `Content-Length` of more digits than int() takes would end pygls' loop too).
MAX_HEADER_LINE = 1024
#: Bytes read at a time: a message takes only the memory of what was sent, never of what its header claims.
CHUNK = 1024 * 1024
#: The files of a Terraform module whose editor text another file of the module reads (sources/module_texts.py).
_MODULE_SUFFIXES = (".tf", ".tf.json")
#: The files whose editor text is a flow's contract when they are an Architect flow (contracts/architect.py).
_FLOW_SUFFIXES = (".yaml", ".yml")
#: The files whose change on disk may change another file's check: contracts, configs, code a launch imports.
_WATCHED = "**/*.{json,yaml,yml,tf,toml,js,mjs,cjs,jsx,ts,mts,cts,tsx,py}"
Sleep = Callable[[float], Awaitable[None]]
Check = Callable[[str, str], list[Diagnostic]]
#: At most this many findings under the cursor get a "suppress" action (each proven by a check of the file).
MOST_SUPPRESSIONS_OFFERED = 4


@dataclass
class Published:
    """What was last published for a document: the text it was checked on, its lines (one index for every position
    asked of it: a finding's range, a fix's edit) and its diagnostics."""

    version: int | None
    text: str
    diagnostics: list[Diagnostic]
    lines: LineIndex = field(init=False)
    #: The comment suppressing each finding a "suppress" action was asked for (None: no place proven), by its index.
    suppressions: dict[int, Edit | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)

    def cost(self) -> int:
        """Roughly the bytes it holds: its text, an offset per line, its diagnostics' words and records."""
        return (sys.getsizeof(self.text) + 8 * self.text.count("\n")
                + sum(_DIAGNOSTIC_BYTES + len(d.message) + len(d.help) for d in self.diagnostics))


@dataclass
class _State:
    """Per document: the generation of its latest request (older checks see a newer one and drop their result), its
    debounce wait, and its one running check (with the event that asks that check to stop)."""

    generation: int = 0
    pending: asyncio.Task[None] | None = None
    checking: asyncio.Task[None] | None = None  # the document's checks, one after the other (_checks)
    due: bool = False  # a request's debounce ended: the latest text is to be checked (once the running check ends)
    stop: threading.Event | None = None  # set: the running check is overtaken (or its document closed): it stops
    published: Published | None = None
    let_go: bool = False  # its result was let go within the results' budget: a code action or hover checks it again
    big_int: bool = False  # its last check found a BigInt JSON.stringify throws on (FL014), judged by the open files
    polyfill: bool = False  # its text may give BigInt a toJSON (cross_file.gives_big_int_to_json)


def check(path: str, text: str) -> list[Diagnostic]:
    """The diagnostics `flowlint check` gives `path` holding `text`."""
    return check_buffer(path, text).diagnostics


@dataclass(frozen=True)
class _Unreadable:
    """A request whose message could not be read as its method's (params of the wrong shape): answered with its error."""

    id: object
    error: JsonRpcException


class _Protocol(LanguageServerProtocol):
    """pygls' protocol, answering a request it cannot read. pygls reads a message as its JSON is parsed
    (`structure_message`, json.loads' object hook) and raises on params of the wrong shape before the request's id is
    known to any handler: the error was only logged, and the editor kept waiting for the answer JSON-RPC owes it (an
    error, -32602, with the request's id). Here such a request is read as `_Unreadable` and answered when handled; a
    notification or a response that cannot be read has no answer, and is only logged, as before. So is every request
    pygls dropped unanswered: JSON that is no JSON-RPC message (-32600, its id when it has one), a request of another
    JSON-RPC version, and one after `shutdown` (LSP: InvalidRequest); a message that is no JSON gets -32700, id null
    (FlowlintServer.report_server_error)."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if "method" not in data or "id" not in data:
                raise
            return _Unreadable(data["id"], error)

    def handle_message(self, message: Any) -> None:
        if isinstance(message, _Unreadable):
            self.refuse(message.id, message.error)
        elif not hasattr(message, "jsonrpc"):
            # Not a JSON-RPC message (no "jsonrpc", or JSON that is no object): an invalid request, answered unless it
            # is a notification's or a response's shape (nothing to answer); pygls failed on it, unanswered.
            if not isinstance(message, dict) or ("method" in message and "id" in message):
                self.refuse(message.get("id") if isinstance(message, dict) else None, JsonRpcInvalidRequest())
        elif isinstance(message, RPCRequest) and (message.jsonrpc != self.VERSION or (self._shutdown and message.method != types.EXIT)):
            # (a request of another JSON-RPC version, or one after `shutdown`: pygls dropped it, and the editor waited on
            # its answer for good; LSP: "requests after shutdown … error with InvalidRequest")
            self.refuse(message.id, JsonRpcInvalidRequest())
        else:
            super().handle_message(message)

    def _handle_cancel_notification(self, msg_id: Any) -> None:
        """`$/cancelRequest`: a request still being answered (a code action or hover waiting for its document's check)
        stops, and is answered RequestCancelled (-32800, pygls' answer to a cancelled handler); one already answered
        or never made is ignored. pygls said each such cancel on stderr, and an editor sends one whenever a hover or
        a code action it asked for is no longer wanted (most of them answered already)."""
        if msg_id in self._request_futures:
            super()._handle_cancel_notification(msg_id)

    def refuse(self, said: object, error: JsonRpcException) -> None:
        """Answer the request of id `said` with `error` (the id null when `said` is none JSON-RPC allows)."""
        if isinstance(said, bool) or not isinstance(said, (int, str)):  # (JSON-RPC: no id to answer, answered as null)
            said, error = None, (error if isinstance(error, JsonRpcParseError) else JsonRpcInvalidRequest())
        # (the error's kind only: its words or data may quote what was sent, a document's text; sent as a plain object:
        # pygls' own answer drops an id of null, which JSON-RPC asks for)
        self._send_data({"jsonrpc": "2.0", "id": said, "error": {"code": error.code, "message": type(error).MESSAGE}})


class FlowlintServer(LanguageServer):
    """The server; `sleep` (the debounce clock), `check` and `timeout` are injectable for tests."""

    def __init__(self, *, sleep: Sleep = asyncio.sleep, check: Check = check, debounce: float = DEBOUNCE,
                 timeout: float = TIMEOUT, results_budget: int = RESULTS_BUDGET) -> None:
        super().__init__("flowlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full,
                         protocol_cls=_Protocol)
        self.sleep = sleep
        self.check = check
        self.debounce = debounce
        self.timeout = timeout
        self.states: dict[str, _State] = {}
        self.results_budget = results_budget
        self.results: OrderedDict[str, int] = OrderedDict()  # the documents whose result is kept, least recently used first
        self.results_bytes = 0
        self.checks_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="flowlint-check")
        self.told_unchecked = False  # the editor was told that a document with no local file is not checked

    def tell_unchecked(self, uri: str) -> None:
        """A document opened with no local file (an `untitled:` buffer, a remote file) is not checked: a file is checked
        with its project's config and contracts, found from its directory, and this has none; said once a session (its
        scheme only: the rest of the URI is the editor's, possibly a secret's name), never left silent."""
        if self.told_unchecked or path_of(uri) is not None:
            return
        self.told_unchecked = True
        scheme = printable(clipped(urlparse(uri).scheme or "unnamed", 40))
        self.window_show_message(types.ShowMessageParams(types.MessageType.Info, (
            f"flowlint: {scheme}: documents are not checked (flowlint checks a file with its project's config and "
            "contracts, and this document has no file); save it to a file to check it")))

    def stop_checks(self) -> None:
        """Stop every document's running check and pending debounce: the editor asked the server to shut down (their
        results are not wanted), or it is ending; a check in a thread stops at its next checkpoint."""
        for state in self.states.values():
            if state.pending is not None:
                state.pending.cancel()
            if state.stop is not None:
                state.stop.set()

    def shutdown(self) -> None:
        """The server's end (`exit`, or the editor gone): its running checks are stopped and none is started, as Python's
        exit waits for every check thread (a closed or open big file's check kept the process alive for minutes)."""
        self.stop_checks()
        self.checks_pool.shutdown(wait=False, cancel_futures=True)
        super().shutdown()  # type: ignore[no-untyped-call]

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message the server could not handle (a malformed frame: not JSON, not a JSON-RPC message, params of the
        wrong shape) or a notification's handler that failed: told to the editor's log by kind only, never in a pop-up
        nor with the error's words, which may quote the message (its document's text). A request's failure is its
        answer's error (pygls sends it). The server goes on."""
        if source is FeatureRequestError:
            return
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)) and isinstance(self.protocol, _Protocol):
            self.protocol.refuse(None, JsonRpcParseError())  # (a message that is no JSON: JSON-RPC's answer, id null)
        self.window_log_message(types.LogMessageParams(
            types.MessageType.Warning, f"flowlint: could not handle a message from the editor ({type(error).__name__}); "
                                       "skipped"))

    def schedule(self, uri: str, *, delay: float) -> None:
        """Check a document after `delay` seconds of quiet; a newer request replaces a pending one and stops a running
        check (its result would be dropped: the latest text is checked when it ends)."""
        state = self.states.setdefault(uri, _State())
        state.generation += 1
        if state.stop is not None:
            state.stop.set()
        if state.pending is not None and not state.pending.done():
            state.pending.cancel()
        state.pending = asyncio.ensure_future(self._run(uri, state.generation, delay))

    async def _run(self, uri: str, generation: int, delay: float) -> None:
        """The debounce: once quiet, the latest text is due; checked now, or when the document's running check ends
        (never two of one document's checks at once). Ends when the check of it ends."""
        if delay > 0:
            await self.sleep(delay)
        state = self.states.get(uri)
        if state is None or state.generation != generation or path_of(uri) is None:
            return  # overtaken, closed, or an untitled buffer (no file, no project)
        state.due = True
        if state.checking is None or state.checking.done():
            state.checking = asyncio.ensure_future(self._checks(uri, state))
        await asyncio.shield(state.checking)  # (a newer request cancels this wait, never the check)

    async def _checks(self, uri: str, state: _State) -> None:
        """A document's checks, one at a time: while a request is due, its latest text (the edits made while one ran are
        checked once, together)."""
        while state.due and self.states.get(uri) is state:
            state.due = False
            await self._check(uri, state)

    async def _check(self, uri: str, state: _State) -> None:
        path = path_of(uri)
        assert path is not None  # (_run checks only a local file)
        generation = state.generation
        try:
            text, version = self.text_of(uri)
        except NotOpen:
            return  # (a save of a document the editor has not opened, or one closed since: nothing of it is checked)
        loop = asyncio.get_running_loop()
        stop = state.stop = threading.Event()
        buffers = {**self.open_buffers(), path: text}  # (the editor's texts as of now: the check runs in a thread)
        running = loop.run_in_executor(self.checks_pool, self.stoppable_check, stop, path, text, buffers)
        try:
            diagnostics = await asyncio.wait_for(asyncio.shield(running), self.timeout)
        except asyncio.TimeoutError:
            stop.set()
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning,
                                                           f"flowlint: checking {path} took over {self.timeout:g} s; skipped"))
            await asyncio.gather(running, return_exceptions=True)  # (the document's next check waits for its thread)
            return
        except Overtaken:
            return  # a newer edit (or the document's close) stopped it: the latest text is checked next, if open
        except Exception as failed:  # (never the server's end: said once, by kind only, as an error's words may quote the text)
            self.window_log_message(types.LogMessageParams(
                types.MessageType.Error, f"flowlint: could not check {path} ({type(failed).__name__}); its findings are not shown"))
            if self.states.get(uri) is state and state.generation == generation:  # (an earlier text's findings would point amiss)
                self.forget(uri, state)
                self.publish(uri, version, [])
            return
        finally:
            if state.stop is stop:
                state.stop = None
        if self.states.get(uri) is not state or state.generation != generation:
            return  # the text changed (or the file closed) while it was checked: a newer check publishes
        state.big_int = any(map(throws_big_int, diagnostics))
        diagnostics = judged_by_open_files(diagnostics, self.open_files)  # a BigInt's FL014: a polyfill open beside it
        published = Published(version, text, diagnostics)
        self.keep(uri, state, published)
        self.publish(uri, version, [self.to_lsp(d, published.lines, i) for i, d in enumerate(diagnostics)])

    def keep(self, uri: str, state: _State, published: Published) -> None:
        """Keep a document's result, the most recently used; past the results' budget the least recently used others are
        let go (never this one: a code action asked next is answered from it)."""
        self.forget(uri, state)
        state.published, state.let_go = published, False
        cost = published.cost()
        self.results[uri] = cost
        self.results_bytes += cost
        while self.results_bytes > self.results_budget and len(self.results) > 1:
            oldest, freed = self.results.popitem(last=False)
            self.results_bytes -= freed
            other = self.states.get(oldest)
            if other is not None:
                other.published, other.let_go = None, True

    def forget(self, uri: str, state: _State | None) -> None:
        """Drop a document's kept result (its check failed, it was checked again, or it closed)."""
        self.results_bytes -= self.results.pop(uri, 0)
        if state is not None:
            state.published = None

    def used(self, uri: str) -> None:
        """A document's result was asked about: the last to be let go."""
        if uri in self.results:
            self.results.move_to_end(uri)

    async def answered_from(self, uri: str) -> Published | None:
        """The result a code action or hover about a document is answered from, once its latest text is checked
        (`settled`); a result let go within the budget is checked again first, from the editor's text."""
        await self.settled(uri)
        state = self.states.get(uri)
        if state is not None and state.published is None and state.let_go and path_of(uri) is not None:
            state.let_go = False
            self.schedule(uri, delay=0)
            await self.settled(uri)
            state = self.states.get(uri)
        if state is None or state.published is None:
            return None
        self.used(uri)
        return state.published

    async def settled(self, uri: str) -> None:
        """Once the document's latest text is checked (its debounce and its checks ended), or it is closed: a request
        about it (code actions, hover) is answered from the text the editor holds. Asked while a check ran (on every
        edit, the editor asks for the code actions at the cursor), it was answered from none: no fix offered, no hover,
        until asked again. Each wait is a check's, within the check's timeout; a request the editor cancels stops
        waiting (answered RequestCancelled, -32800) and leaves the check running (its diagnostics are still wanted)."""
        while (state := self.states.get(uri)) is not None:
            running = {task for task in (state.pending, state.checking) if task is not None and not task.done()}
            if not running:
                return
            await asyncio.wait(running)  # (never cancels them: a cancelled request only stops its own wait)

    def stoppable_check(self, stop: threading.Event, path: str, text: str, buffers: dict[str, str]) -> list[Diagnostic]:
        """`checked`, in a worker thread, stopped (Overtaken) at its next checkpoint once `stop` is set; the thread then
        keeps nothing of it (edits.let_go: the pool's threads each kept their last document's text, scan and parses)."""
        try:
            with stoppable(stop):
                return self.checked(path, text, buffers)
        finally:
            let_go()

    def checked(self, path: str, text: str, buffers: dict[str, str]) -> list[Diagnostic]:
        """The check's diagnostics with a safe fix that edits a module-level name another file imports (open, or in
        the project) shown unsafe, as `flowlint check` shows it: a code action offers it unsafe, never preferred."""
        diagnostics = editor_fixes_demoted(path, self.check(path, text), buffers, lambda: _project(path))
        return importers_judged(path, text, diagnostics, buffers, lambda: _project(path))

    def open_buffers(self) -> dict[str, str]:
        """The editor's text of every open document that is a local file, by its path."""
        try:
            return {path: text for uri, text in self.open_files() if (path := path_of(uri)) is not None}
        except RuntimeError:  # no session yet (tests driving the server directly)
            return {}

    def text_of(self, uri: str) -> tuple[str, int | None]:
        """The editor's text of an open document (unsaved edits included) and its version. Never its file's: pygls reads
        a document the editor has not opened from disk, whole, in the server's loop (a save of one: a FIFO there blocked
        the server for good, a device or a huge file filled its memory); such a document has no text (NotOpen)."""
        document = self.workspace.text_documents.get(unquote(uri))
        if document is None:
            raise NotOpen(uri)
        return document.source, document.version

    def open_files(self) -> list[tuple[str, str]]:
        """The URI and the editor's text of every open document."""
        return [(uri, document.source) for uri, document in self.workspace.text_documents.items()]

    def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
        """Send a document's diagnostics, all at once (they replace the ones sent before)."""
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def buffer_changed(self, uri: str) -> None:
        """A document's text changed in the editor (opened or edited): what a check of another file of its module reads
        for it; the open documents whose check reads it are checked again."""
        path = path_of(uri)
        try:
            text = self.text_of(uri)[0]
        except NotOpen:
            return  # (a change of a document the editor has not opened: pygls said so)
        if path is not None:
            before = module_texts.edited_text(path)  # (None: it was just opened, the file on disk was read for it)
            module_texts.edited(path, text)
            self.recheck_readers(path, before, text)
        state = self.states.setdefault(uri, _State())
        polyfill = uri.lower().endswith(POLYFILL_SUFFIXES) and gives_big_int_to_json(text.encode("utf-8", "surrogatepass"))
        if polyfill != state.polyfill:
            state.polyfill = polyfill
            self.recheck_big_ints(uri)

    def recheck_readers(self, changed: str, before: str | None, after: str | None) -> None:
        """An open document's editor text changed (opened, edited, closed) from `before` to `after` (None: the file on
        disk): check again the other open documents whose check reads it (a Terraform sibling, an importer, a launch of
        the flow it is or was)."""
        self.recheck_module(changed)
        self.recheck_importers(changed)
        self.recheck_launches(changed, before, after)

    def recheck_module(self, changed: str) -> None:
        """An open Terraform file's editor text changed (opened, edited, closed): check again the other open files of its
        module (its directory's .tf files: their checks read its text, sources/module_texts.py)."""
        if not changed.lower().endswith(_MODULE_SUFFIXES):
            return
        directory = os.path.dirname(changed)
        self.recheck_others(lambda path: path.lower().endswith(_MODULE_SUFFIXES) and os.path.dirname(path) == directory)

    def recheck_importers(self, changed: str) -> None:
        """An open JavaScript/TypeScript/Python file's editor text changed: check again the other open files of its
        language family (one may import a launch URL from it: run/buffer_imports.py reads its editor text)."""
        family = imports.family(named_kind(changed))
        if family is not None:
            self.recheck_others(lambda path: path != changed and imports.family(named_kind(path)) == family)

    def recheck_launches(self, changed: str, before: str | None, after: str | None) -> None:
        """An open YAML's editor text changed from `before` to `after` (None: the file on disk): when either may be a
        flow, check again the other open files (a launch of the flow, by the project's `[flows]` or a Terraform flow
        resource, is checked against what is read for it now: a text that stopped being a flow, or the file's again
        once an edited buffer is closed, changes that launch's contract as much as one that became a flow)."""
        if changed.lower().endswith(_FLOW_SUFFIXES) and before != after and (
                _may_be_flow(changed, before) or _may_be_flow(changed, after)):
            self.recheck_others(lambda path: path != changed)

    def recheck_others(self, which: Callable[[str], bool] = lambda _: True) -> None:
        """Check again, after the debounce, the open documents whose path `which` accepts (a file their check reads may
        have changed)."""
        for uri in list(self.states):
            path = path_of(uri)
            if path is not None and which(path):
                self.schedule(uri, delay=self.debounce)

    def recheck_big_ints(self, changed: str) -> None:
        """A document started or stopped giving BigInt a toJSON: check again the other open documents whose last check
        found a BigInt's FL014 (only those: what they publish depends on it)."""
        for uri, state in list(self.states.items()):
            if uri != changed and state.big_int:
                self.schedule(uri, delay=0)

    def close(self, uri: str) -> None:
        path = path_of(uri)
        state = self.states.pop(uri, None)
        self.forget(uri, state)
        if path is not None:
            edited = module_texts.edited_text(path)  # (the text its last change gave: a flow's, or not)
            module_texts.edited(path, None)  # the file on disk again
            self.recheck_readers(path, edited, None)
        if state is not None:
            if state.pending is not None:
                state.pending.cancel()
            if state.stop is not None:
                state.stop.set()  # (its check stops at its next checkpoint; nothing of it is published)
        self.publish(uri, None, [])
        if state is not None and state.polyfill:
            self.recheck_big_ints(uri)

    def position(self, text: LineIndex, line: int, column: int) -> types.Position:
        """An LSP position (0-based, in the negotiated units) from a 1-based line and character column."""
        before = text.line_text(line)[:max(0, column - 1)]
        encoding = self.encoding()
        if encoding == types.PositionEncodingKind.Utf32:
            units = len(before)
        elif encoding == types.PositionEncodingKind.Utf8:
            units = len(before.encode("utf-8", "surrogatepass"))
        else:
            units = len(before.encode("utf-16-le", "surrogatepass")) // 2
        return types.Position(line=max(0, line - 1), character=units)

    def encoding(self) -> str | None:
        """The position encoding agreed with the client (UTF-16 unless it asked for another)."""
        try:
            return self.workspace.position_encoding
        except RuntimeError:  # no session yet (tests driving the server directly)
            return None

    def range_of(self, lines: LineIndex, diagnostic: Diagnostic) -> types.Range:
        """Where a diagnostic is in the text `lines` indexes."""
        span = diagnostic.span
        if span is None:
            return types.Range(types.Position(0, 0), types.Position(0, 0))
        return types.Range(self.position(lines, span.line, span.column), self.position(lines, span.end_line, span.end_column))

    def to_lsp(self, d: Diagnostic, lines: LineIndex, index: int) -> types.Diagnostic:
        message = f"{d.message}\nhelp: {d.help}" if d.help else d.message
        return types.Diagnostic(range=self.range_of(lines, d), message=message, severity=_SEVERITIES[d.severity],
                                code=d.code, source="flowlint", data={"index": index})

    def edit_of(self, lines: LineIndex, edit: Edit) -> types.TextEdit:
        start, end = lines.position(edit.start), lines.position(edit.end)
        return types.TextEdit(types.Range(self.position(lines, *start), self.position(lines, *end)), edit.content)

    async def code_actions(self, uri: str, wanted: types.Range, only: Sequence[str] | None = None) -> list[types.CodeAction]:
        """`actions` and `suppressions`, once the document's latest text is checked (again, if its result was let go);
        none when the editor asks `only` for kinds of action that are no quick fix."""
        if only is not None and not any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return []
        await self.answered_from(uri)
        return self.actions(uri, wanted) + await self.suppressions(uri, wanted)

    def current(self, uri: str) -> Published | None:
        """The document's kept result, while the editor's text is the one it was found in (once the text moved on, its
        edits would land in the wrong place)."""
        state = self.states.get(uri)
        published = state.published if state is not None else None
        return published if published is not None and self.text_of(uri)[0] == published.text else None

    def actions(self, uri: str, wanted: types.Range) -> list[types.CodeAction]:
        """A code action per fix of the findings in `wanted`, from the text they were found in."""
        published = self.current(uri)
        if published is None:
            return []
        found = []
        for index, d in enumerate(published.diagnostics):
            fix = d.fix
            if fix is None or not fix.edits or not fix.published or fix.applicability is Applicability.DISPLAY_ONLY:
                continue
            where = self.range_of(published.lines, d)
            if not _overlaps(where, wanted):
                continue
            unsafe = fix.applicability is Applicability.UNSAFE
            found.append(types.CodeAction(
                title=f"{d.code}: {fix.message}" + (" (unsafe: read the result)" if unsafe else ""),
                kind=types.CodeActionKind.QuickFix, is_preferred=not unsafe,
                diagnostics=[self.to_lsp(d, published.lines, index)],
                edit=self.workspace_edit(uri, published.version, [self.edit_of(published.lines, e) for e in fix.edits])))
        return found

    async def suppressions(self, uri: str, wanted: types.Range) -> list[types.CodeAction]:
        """A "suppress" code action per finding in `wanted` a comment may suppress, written where it does (lsp/
        suppress_action.py: proven by checking the text with it, in the checks' threads; each found once per text)."""
        published = self.current(uri)
        path = path_of(uri)
        if published is None or path is None:
            return []
        chosen = [(index, d) for index, d in enumerate(published.diagnostics)
                  if suppressible(d, path) and _overlaps(self.range_of(published.lines, d), wanted)]
        loop = asyncio.get_running_loop()
        found = []
        for index, d in chosen[:MOST_SUPPRESSIONS_OFFERED]:
            if index not in published.suppressions:
                buffers = self.open_buffers()
                published.suppressions[index] = await loop.run_in_executor(
                    self.checks_pool, self.suppression_edit, path, published, d, buffers)
            edit = published.suppressions[index]
            if edit is not None:
                found.append(types.CodeAction(
                    title=f"Suppress {d.code} with `flowlint: ignore[{d.code}]`", kind=types.CodeActionKind.QuickFix,
                    is_preferred=False, diagnostics=[self.to_lsp(d, published.lines, index)],
                    edit=self.workspace_edit(uri, published.version, [self.edit_of(published.lines, edit)])))
        return found

    def suppression_edit(self, path: str, published: Published, target: Diagnostic, buffers: dict[str, str]) -> Edit | None:
        """Where a comment suppresses `target`, proven by checking the file with it as the published findings were."""
        def check(text: str) -> list[Diagnostic]:
            return judged_by_open_files(self.checked(path, text, {**buffers, path: text}), lambda: list(buffers.items()))

        try:
            return suppression_edit(path, published.text, published.diagnostics, target, check)
        finally:
            let_go()

    def workspace_edit(self, uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        """The edits, for the document's version they were made on when the editor can tell (it then refuses them once
        the text has moved on, instead of landing them in the wrong place)."""
        if version is not None and self.versioned_edits():
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                types.OptionalVersionedTextDocumentIdentifier(uri, version), edits)])
        return types.WorkspaceEdit(changes={uri: edits})

    def client_workspace(self) -> types.WorkspaceClientCapabilities | None:
        """What the client said it can do with a workspace (None: nothing said, or no session yet: tests driving the
        server directly)."""
        try:
            return self.client_capabilities.workspace
        except (RuntimeError, AttributeError):
            return None

    async def watch_files(self) -> None:
        """Ask the editor to say when a file another file's check may read changes on disk (a flow's YAML, a snapshot,
        the config, a module a launch imports), when it can be asked: its changes re-check the open documents."""
        workspace = self.client_workspace()
        watched = workspace.did_change_watched_files if workspace is not None else None
        if watched is None or not watched.dynamic_registration:
            return
        try:
            await self.client_register_capability_async(types.RegistrationParams([types.Registration(
                "flowlint-watched-files", types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                types.DidChangeWatchedFilesRegistrationOptions([types.FileSystemWatcher(_WATCHED)]))]))
        except Exception:  # (an editor refusing it: the documents are checked again on their own changes and saves)
            self.window_log_message(types.LogMessageParams(types.MessageType.Info,
                                                           "flowlint: the editor does not report file changes"))

    def versioned_edits(self) -> bool:
        """Whether the client takes a workspace edit's versioned document changes."""
        workspace = self.client_workspace()
        edit = workspace.workspace_edit if workspace is not None else None
        return bool(edit is not None and edit.document_changes)

    def hover(self, uri: str, at: types.Position) -> types.Hover | None:
        state = self.states.get(uri)
        published = state.published if state is not None else None
        if published is None:
            return None
        for d in published.diagnostics:
            where = self.range_of(published.lines, d)
            if _contains(where, at) and d.code in RULES:
                return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                                value=f"```text\n{RULES[d.code].doc()}\n```"), range=where)
        return None


class NotOpen(LookupError):
    """A document the editor has not opened (or has closed): the server has no text of it, and reads none from disk."""


def _project(path: str) -> tuple[str | None, Limits]:
    """The root of the project a file belongs to (walked for the files that import it), and the limits its files are
    read under (as run/buffer.py's check). No root for a file outside any project (no config above it, no git work
    tree): its directory may be a home directory or the disk's root, a walk of which never ended within a check's time
    (and its own launches were never shown); its importers are then looked for among the open documents only."""
    config, _ = project_of(path)
    limits = limits_of(config, path)
    if outside_any_project(config, path):
        return None, limits
    return str(config.root), limits


def _may_be_flow(path: str, text: str | None) -> bool:
    """Whether `text` (None: the file at `path` on disk, its first max-file-size bytes) may be an Architect flow; a file
    that cannot be read may be one (a re-check is only work, a stale launch a wrong finding)."""
    if text is not None:
        return may_be_flow(text)
    try:  # (never blocking the server's loop: a FIFO opened to read waited for a writer, for good)
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return True  # (a FIFO, a device: not read)
            return may_be_flow(file.read(DEFAULT_LIMITS.max_file_size).decode("utf-8", "replace"))
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _overlaps(a: types.Range, b: types.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def _contains(a: types.Range, at: types.Position) -> bool:
    return (a.start.line, a.start.character) <= (at.line, at.character) <= (a.end.line, a.end.character)


def path_of(uri: str) -> str | None:
    """The local file a document URI names; None for an untitled buffer or a remote file."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return unquote(parsed.path)


def make_server(**options: Any) -> FlowlintServer:
    """The server with its features registered."""
    server = FlowlintServer(**options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FlowlintServer, params: types.InitializedParams) -> None:
        await ls.watch_files()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FlowlintServer, params: None) -> None:
        ls.stop_checks()  # (no result is wanted now: `exit` then ends the process without waiting on them)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FlowlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.buffer_changed(params.text_document.uri)
        ls.tell_unchecked(params.text_document.uri)
        ls.schedule(params.text_document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FlowlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.buffer_changed(params.text_document.uri)
        ls.schedule(params.text_document.uri, delay=ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FlowlintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, delay=0)
        # (a file on disk changed: another open document's check may read it, as its flow's YAML or a module it imports)
        saved = path_of(params.text_document.uri)
        ls.recheck_others(lambda path: path != saved)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def files_changed(ls: FlowlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.recheck_others()  # (files changed outside the editor: a `git pull`, a `flowlint pull`)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FlowlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_action(ls: FlowlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return await ls.code_actions(params.text_document.uri, params.range, params.context.only)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: FlowlintServer, params: types.HoverParams) -> types.Hover | None:
        await ls.answered_from(params.text_document.uri)
        return ls.hover(params.text_document.uri, params.position)

    return server


class MessageTooLong(Exception):
    """A header line or message over the limit: the stream is refused (its framing can no longer be trusted)."""


class BoundedInput:
    """The server's stdin as pygls reads it (`readline`, `read(n)`), within MAX_HEADER_LINE and MAX_MESSAGE.

    pygls reads a message as one `read(Content-Length)`, which allocates the length claimed at once: an absurd
    one ended the server with a MemoryError traceback."""

    def __init__(self, stream: BinaryIO, *, max_message: int = MAX_MESSAGE, max_line: int = MAX_HEADER_LINE) -> None:
        self.stream = stream
        self.max_message = max_message
        self.max_line = max_line

    def readline(self) -> bytes:
        line = self.stream.readline(self.max_line + 1)
        if len(line) > self.max_line:
            raise MessageTooLong(f"a header line longer than {self.max_line} bytes")
        return line

    def read(self, n: int) -> bytes:
        """The message of `n` bytes; b"" (the end) when the stream ends before all of it."""
        if n > self.max_message:
            raise MessageTooLong(f"a message of {n} bytes, over the limit of {self.max_message}")
        data = bytearray()
        while len(data) < n:
            chunk = self.stream.read(min(CHUNK, n - len(data)))
            if not chunk:
                return b""  # the editor went away mid-message: nothing to handle
            data += chunk
        return bytes(data)


class OneLineLog(logging.Handler):
    """pygls' log as the server's stderr shows it: one line a record, `flowlint lsp: <what>` and the exception's kind,
    never a traceback nor the record's arguments (a message that could not be read, an unknown method's name: what
    the editor sent, which may hold a document's secrets or a terminal's escapes)."""

    def emit(self, record: logging.LogRecord) -> None:
        said = str(record.msg).split("\n", 1)[0].strip()
        said = printable(_FORMAT_ARGUMENT.sub("…", said) if record.args else said)
        if record.exc_info and record.exc_info[0] is not None:
            said += f" ({record.exc_info[0].__name__})"
        try:
            sys.stderr.write(f"flowlint lsp: {clipped(said, 200)}; the server goes on\n")
            sys.stderr.flush()
        except (OSError, ValueError):  # (stderr closed: nowhere left to say it)
            pass


#: A %-format's place for an argument (`%s`, `%r`, `%d`), in a log record's message.
_FORMAT_ARGUMENT = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrfx]")


def quiet_pygls_log() -> None:
    """pygls' warnings and errors said as OneLineLog says them (they went to Python's last-resort handler: a traceback
    and the text of what could not be read, on stderr); its debug and info not at all."""
    logger = logging.getLogger("pygls")
    if not any(isinstance(handler, OneLineLog) for handler in logger.handlers):
        logger.addHandler(OneLineLog(logging.WARNING))
    logger.setLevel(logging.WARNING)
    logger.propagate = False


def serve(debounce: float = DEBOUNCE, stdin: BinaryIO | None = None) -> None:
    """Run the server on stdin/stdout until the editor stops it; an over-limit message ends it (exit code 3)."""
    quiet_pygls_log()
    try:
        make_server(debounce=debounce).start_io(BoundedInput(stdin or sys.stdin.buffer))  # type: ignore[arg-type]
    except MessageTooLong as refused:
        sys.stderr.write(f"flowlint lsp: refused {refused}; stopping\n")
        raise SystemExit(FAILURE) from None
