"""A pytest-lsp client for `flowlint lsp` whose every wait is bounded and sees every publish.

pytest-lsp's `wait_for_notification` hands a notification only to a waiter registered before it is read, and
forgets the waiter on the first one: a waiter that loops (`while not mine: await wait_for_notification(...)`)
registers again only after its coroutine resumes, a loop turn or two after the notification was read (a
concurrent future wrapped into an asyncio one). A second publish already in the pipe, read in the same turn,
goes to nobody, and a test waiting for that one waits forever (this hung the suite once: opening a polyfill file
publishes twice, the polyfill's own diagnostics and the launch file's re-check, in either order). So this client
keeps a log of every publish, in the order read, and a wait is a search of that log from a mark taken before the
request, woken by each new entry, and bounded by `BOUND` seconds (a server that never publishes fails the test).
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

import pytest
import pytest_asyncio

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features  # noqa: E402

from conftest import ROOT, clear_callers_environment  # noqa: E402

#: Seconds any one wait on the server may take before the test fails (generous: the suite runs on loaded cores).
BOUND = float(os.environ.get("FLOWLINT_LSP_BOUND", "60"))
T = TypeVar("T")


class RecordingClient(LanguageClient):
    """pytest-lsp's client with a log of every publishDiagnostics, in the order they were read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.arrived = asyncio.Event()  # set on each publish; a waiter clears it before searching the log
        self.registrations: list[types.Registration] = []  # what the server asked to be told of (client/registerCapability)
        self.open_documents: set[str] = set()  # what a test opened and has not closed: the shared server's teardown closes it

    def text_document_did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        self.open_documents.add(params.text_document.uri)
        super().text_document_did_open(params)

    def text_document_did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        self.open_documents.discard(params.text_document.uri)
        super().text_document_did_close(params)


def _record(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)
    client.arrived.set()


def _register(client: RecordingClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def make_client() -> RecordingClient:
    """The test client: pytest-lsp's default features, its publishDiagnostics and the server's registrations recorded."""
    client = RecordingClient(converter_factory=default_converter)
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record,
                                   types.CLIENT_REGISTER_CAPABILITY: _register})
    return client


#: The server as the editor starts it, checking on every change at once (no debounce: no wait on a clock).
CONFIG = ClientServerConfig(server_command=[sys.executable, "-m", "validator", "lsp", "--debounce", "0"],
                            client_factory=make_client)


#: The session's one server, once a test has asked for it.
_RUNNING: list[RecordingClient] = []


@pytest_asyncio.fixture(name="lsp_server", scope="session", loop_scope="session")
async def shared_server() -> AsyncIterator[RecordingClient]:
    """One server for every test of the session (starting one costs most of a test's time), started by the first test
    that asks, in the environment the suite gives each test (tests/conftest.py's `_in_repo_root`: from the repo root,
    the caller's settings cleared, no result cache), as a per-test server was started. Tests sharing it run in the
    session's loop (`@pytest.mark.asyncio(loop_scope="session")`) and take `client`, which leaves the server as it found
    it (import both: `from lsp_session import shared_client, shared_server`: each module holds its own definition of
    this fixture, and they all give this one server)."""
    if not _RUNNING:
        with pytest.MonkeyPatch.context() as patch:  # (the subprocess takes the environment and directory it starts in)
            patch.chdir(ROOT)
            clear_callers_environment(patch)
            patch.setenv("FLOWLINT_NO_CACHE", "1")
            started = await CONFIG.start()
        assert isinstance(started, RecordingClient)
        _RUNNING.append(started)
        await start(started)
    client = _RUNNING[0]
    yield client
    if _RUNNING:  # (at the session's end, every test has run: the first module's definition to end stops it)
        _RUNNING.clear()
        try:
            await stop(client)
        finally:
            await client.stop()  # type: ignore[no-untyped-call]  # (pygls: the transport and the stderr forwarder)


@pytest_asyncio.fixture(name="client", loop_scope="session")
async def shared_client(lsp_server: RecordingClient) -> AsyncIterator[RecordingClient]:
    """The session's server for one test, given back with no document open: each one the test left open is closed (the
    server then forgets its text, state and BigInt polyfill and clears its diagnostics), so no test sees another's
    editor (a polyfill left open would drop the next test's FL014; an edited flow YAML, its FL202)."""
    yield lsp_server
    for uri in sorted(lsp_server.open_documents):
        await closed(lsp_server, uri)
    assert not lsp_server.open_documents


async def bounded(awaited: Awaitable[T], what: str) -> T:
    """`awaited`'s result, or the test failed (never hung) after BOUND seconds."""
    try:
        return await asyncio.wait_for(awaited, BOUND)
    except asyncio.TimeoutError:
        pytest.fail(f"flowlint lsp: no {what} within {BOUND:g} s")


async def start(client: LanguageClient) -> None:
    """Open a session with the server (bounded)."""
    await bounded(client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=ROOT.as_uri())), "answer to initialize")


async def stop(client: LanguageClient) -> None:
    """Shut the server down (bounded: a server that does not exit is killed and the test fails)."""
    try:
        await asyncio.wait_for(client.shutdown_session(), BOUND)
    except asyncio.TimeoutError:
        if client._server is not None and client._server.returncode is None:
            client._server.kill()
        pytest.fail(f"flowlint lsp: no exit within {BOUND:g} s of shutdown")


def mark(client: LanguageClient) -> int:
    """Where the log ends now: take it before a request, and wait for what the server publishes after it."""
    return len(recording(client).published)


def recording(client: LanguageClient) -> RecordingClient:
    assert isinstance(client, RecordingClient), "the fixture's config must be lsp_session.CONFIG"
    return client


async def publish(client: LanguageClient, uri: str, *, after: int, version: int | None = None,
                  where: Callable[[types.PublishDiagnosticsParams], bool] = lambda _: True) -> types.PublishDiagnosticsParams:
    """The first publish for `uri` logged at or after `after` (of `version`, when given) that `where` accepts."""
    log = recording(client)

    async def found() -> types.PublishDiagnosticsParams:
        seen = after
        while True:
            log.arrived.clear()  # (before the search: a publish read after it wakes the wait below)
            for params in log.published[seen:]:
                if params.uri == uri and (version is None or params.version == version) and where(params):
                    return params
            seen = len(log.published)
            await log.arrived.wait()

    return await bounded(found(), f"publishDiagnostics for {uri}" + (f" version {version}" if version is not None else ""))


def codes(params: types.PublishDiagnosticsParams) -> list[Any]:
    return [d.code for d in params.diagnostics]


async def opened(client: LanguageClient, uri: str, text: str, language: str = "plaintext") -> Sequence[types.Diagnostic]:
    """Open a document; the diagnostics the server publishes for its first version."""
    since = mark(client)
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, 1, text)))
    return (await publish(client, uri, after=since, version=1)).diagnostics


async def changed(client: LanguageClient, uri: str, text: str, version: int) -> Sequence[types.Diagnostic]:
    """Replace a document's text (unsaved); the diagnostics the server publishes for that version."""
    since = mark(client)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version), [types.TextDocumentContentChangeWholeDocument(text=text)]))
    return (await publish(client, uri, after=since, version=version)).diagnostics


async def closed(client: LanguageClient, uri: str) -> None:
    """Close a document; returns once the server has cleared its diagnostics."""
    since = mark(client)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await publish(client, uri, after=since, where=lambda params: not params.diagnostics)


async def registered(client: LanguageClient, method: str) -> list[types.Registration]:
    """The server's registrations of `method` (after initialize, it asks; this waits, bounded, until it has)."""
    log = recording(client)

    async def asked() -> list[types.Registration]:
        while not (found := [r for r in log.registrations if r.method == method]):
            await asyncio.sleep(0.01)  # (a condition polled, not a timer: bounded below)
        return found

    return await bounded(asked(), f"registration of {method}")
