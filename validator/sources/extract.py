"""Launch requests where people write them (code, .http files, curl, Postman, HAR), as documents.

Each source module only extracts: it turns a file's text into `LaunchRequest`s (model.py). This
module picks the module for a kind and turns each launch into a document whose positions are in
the file the user opened. The request rules (rules/request.py) and the editor of a launch are the
checker's to add (checker/launches.py).
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..core.codes import NOT_READ, RULES, SKIPPED_FILE, UNREAD_LAUNCH
from ..core.credentials import credential_literals, masked_at, secret_texts, without_secret_texts
from ..core.diagnostics import Finding, Path, Span, Target
from ..core.ids import ELIDED_ID, PLACEHOLDER, TEMPLATE_PLACEHOLDER
from ..core.lines import LineIndex
from ..core.printable import clipped, printable
from ..core.stop import checked, checkpoint
from ..core.unknown import OpenObject, Unknown
from . import comments, imports, mentions, run_modules
from .boundary import checked_tree, in_checked_tree
from .decode import decode
from .document import DEFAULT_LIMITS, Document, Limits, load_text, read_path
from .doubles import DOUBLE_WORDS
from .elisions import documentation
from .embedded import embedded_body
from .kinds import (
    COMMAND_KINDS,
    COMMAND_MENTION_TEXT,
    LAUNCH_MENTION_TEXT,
    NOTED_WHEN_EMPTY,
    QUIET_KINDS,
    SHELL_HOST_KINDS,
    SOURCE_SUFFIXES,
    TEMPLATE_PAGES,
    ci_service,
    foreign_language,
    foreign_launch_mention,
    has_minifier_signature,
    is_terraform_state,
    kind_note,
    may_mention_foreign_launch,
    minified_by_name,
    nothing_to_say,
    quiet_launch_mention,
    source_kind,
    value_launch_mention,
)
from .model import MAX_SHELL_WORDS, NO_BODY, BodyLocator, LaunchRequest, Offsets, Text, TreeSpans, literal_secret
from .urls import LAUNCH_PATH, foreign_default, launch_url, other_vendor, platform_near_misses, shown_host, to_endpoint, unproven, url_host

if TYPE_CHECKING:
    from tree_sitter import Tree

    from .blocks import DocumentCode, Where
    from .code import CodeReader, SourceText, TooCostly
    from .fences import Runs

__all__ = ["SOURCE_SUFFIXES", "LaunchDocument", "extract", "load_launches", "source_kind"]

#: The kinds read by a tree-sitter parse (code.py), each with its own reader.
CODE_KINDS = ("javascript", "typescript", "tsx", "python")


class _Locator:
    """Spans of body members in the file, from the offsets the source recorded."""

    def __init__(self, lines: LineIndex, body: BodyLocator | None, body_span: Offsets | None) -> None:
        self.lines = lines
        self.body = body
        self.body_span = body_span

    def span(self, path: Path, target: Target) -> Span | None:
        offsets = self.body.offsets(path, target) if self.body is not None else None
        offsets = offsets or self.body_span
        return self.lines.span(*offsets) if offsets else None


class LaunchDocument(Document):
    """A launch's body as a document, with the request it came from and where its secrets are.

    `launch` is its number among the file's launches; None for a body read from another file (`< ./body.json`).
    """

    def __init__(self, name: str | None, request: LaunchRequest, text: str, lines: LineIndex, findings: list[Finding],
                 launch: int | None = None) -> None:
        locator = _Locator(lines, request.body_locator, request.body_span)
        if request.body is NO_BODY:
            super().__init__(name, text=text, kind="code", findings=findings, locator=locator)
        else:
            super().__init__(name, request.body, text=text, kind="code", findings=findings, locator=locator,
                             plain_scalars=request.plain_scalars)
        self.request: LaunchRequest = request
        self.launch = launch
        self.line_index = lines

    def written_text(self, path: Path) -> str | None:
        """A number at `flowVersion` as the code writes it (`3.10`, which Python and JavaScript send as 3.1): its fix
        quotes what the author wrote, as in a JSON payload (messages still say what is sent)."""
        locator = self.request.body_locator
        if path == ("flowVersion",) and self.text is not None and isinstance(locator, TreeSpans):
            value = self.value.get("flowVersion") if isinstance(self.value, dict) else None
            found = locator.spans.get(path)
            if found is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
                written = self.text[found[1][0]:found[1][1]]
                if _DECIMAL.fullmatch(written):
                    return written
        return super().written_text(path)


#: A number written with digits and at most one point (no sign, exponent, separator or radix).
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: Where a file names the launch endpoint (what the prefilter looks for).
_MENTION = LAUNCH_MENTION_TEXT
#: Why a file mentions the endpoint though no launch was read: (where, why when known), or None (nothing to say).
Unread = Callable[[], "tuple[Offsets, str | None] | None"]
Beside = Callable[[Sequence[Offsets]], "list[tuple[Offsets, str]]"]
#: The client secrets written in a file: (where, what names it).
Secrets = Callable[[], "list[tuple[Offsets, str]]"]
#: A Genesys Cloud sign-in: an OAuth token request, the SDKs' client-credentials grant (`login.<region>/oauth/token`,
#: `loginClientCredentialsGrant` and `get_client_credentials_token` each contain one of these).
_SIGN_IN = ("/oauth/token", "client_credentials", "ClientCredentials")
_BEARER = re.compile(r"Bearer\s+([A-Za-z0-9\-._~+/=]{16,})")


def extract(kind: str, text: str, name: str | None, limits: Limits = DEFAULT_LIMITS) -> list[LaunchRequest]:
    """Every request a file of a kind holds, in file order (launches or not: see `to_endpoint`)."""
    return _read(kind, text, name, limits)[0]


def _read(kind: str, text: str, name: str | None, limits: Limits, *,
          credentials: bool = True) -> tuple[list[LaunchRequest], Unread, Secrets, Beside]:
    """A file's requests, how to say why it mentions the endpoint when it holds none, its written secrets, and where
    it passes the endpoint to a call that is no launch read (given the launches read). `credentials` False: a code
    file's secrets are not searched for its first launch (a fix's proof compares bodies only)."""
    if kind in CODE_KINDS:
        from .code import TooCostly, parsed

        try:
            source, tree = parsed(kind, text)
        except TooCostly as err:  # said where the file names the endpoint: never a silent miss, never a hang
            note = _costly(text, err)
            return [], lambda: note, lambda: [], lambda _: []
        reader = reader_for(kind, source, tree, limits.max_depth, name)
        found = reader.launches(credentials=credentials)
        shared = _conftest_fixtures(name, limits, found) if found and kind == "python" else None
        if found and (_has_test_double(text) or _mocked_kinds(text) or _patches_sender(kind, text) or shared):
            _mark_stand_ins(kind, found, source, tree.root_node, name, shared)
        if found:
            from . import refusals  # (a launch file's: no other file's check imports it)
        if found and refusals.may_assert_refusal(text):  # a negative test: the refusal it asserts is its point
            from .code import nodes_of

            nodes = nodes_of(kind, tree.root_node, _TEST_FUNCTIONS | refusals.CATCHING)
            catching = [node for node in nodes if node.type in refusals.CATCHING]
            refusals.mark_asserted(text, found, [source.offsets(node) for node in nodes if node.type in _TEST_FUNCTIONS],
                                   refusals.catching(source, catching),
                                   refusals.raising(source, catching) if kind == "python" else ())
        return found, reader.unread, reader.credentials, reader.unread_beside
    from .curl import TooManyWords, in_word_budget, word_budget

    if in_word_budget():  # (a document's block: within the document's words, said by the document past them)
        return _read_text(kind, text, name, limits)
    try:
        with word_budget():  # (wherever the shell reader runs in it: a CI file's steps, a document's shell blocks)
            return _read_text(kind, text, name, limits)
    except TooManyWords:  # said where it names the endpoint, never a miss
        mention = COMMAND_MENTION_TEXT.search(text)
        said = ((mention.start(), mention.end()), _too_many_words(kind)) if mention is not None else None
        return [], lambda: said, lambda: [], lambda _: []


def _read_text(kind: str, text: str, name: str | None, limits: Limits
               ) -> tuple[list[LaunchRequest], Unread, Secrets, Beside]:
    """_read, for a file of no code kind."""
    with documentation() if kind == "markdown" else nullcontext():  # (a body's elisions are the reader's to fill in)
        requests = _extract_text(kind, text, name, limits)
    code_blocks = None
    if kind == "markdown":  # (found once: read for the requests, then for the mentions outside them)
        from .blocks import markdown_code

        code_blocks = list(markdown_code(text))
    beside: Beside = lambda sites: mentions.beside(kind, text, sites, code_blocks)  # noqa: E731
    if kind == "notebook":
        cells, beside = _notebook(text, name, limits)
        requests = sorted(requests + cells, key=lambda request: request.site)
    costly: list[Costly] = []
    explained: list[Offsets] = []
    if kind in ("markdown", "html"):
        with documentation() if kind == "markdown" else nullcontext():
            in_blocks, costly, explained = _blocks(kind, text, name, limits, code_blocks)
        requests = sorted(requests + in_blocks, key=lambda request: request.site)
        if explained:  # a block whose reader found its mention to be no launch (a route, a test client): said by none
            beside = _with_explained(beside, explained)
        if costly:
            beside = _with_costly(beside, costly)
    if kind in DOCUMENTATION_KINDS or any(request.example for request in requests):
        requests = [_as_documented(request, text) if kind in DOCUMENTATION_KINDS or request.example else request
                    for request in requests]
    if kind == "markdown" and requests and code_blocks:
        _wrong_examples(text, code_blocks, requests)
    elif kind == "html" and name is not None and name.lower().endswith(TEMPLATE_PAGES):
        requests = [_tags_unknown(request) for request in requests]
    return (requests, lambda: (costly[0][1], costly[0][2]) if costly else _first_mention(kind, text, code_blocks, name,
                                                                                          explained),
            lambda: [found for r in requests for found in r.credentials], beside)


#: A test double of an HTTP API in the file (Python's responses, respx, requests-mock, aioresponses, httpretty; nock, msw,
#: axios-mock-adapter, fetch-mock, jest's mocks): a name of sources.doubles' table, as a word.
_TEST_DOUBLE = re.compile(r"\b(?:" + "|".join(DOUBLE_WORDS) + r")\b")
#: A stand-in set up, whatever it answers (each holds a DOUBLE_WORDS word, which finds the test that sets it up):
#: responses' `responses.add(…)` / `@responses.activate`, requests-mock's fixture or module, respx (and its `respx_mock`
#: fixture), pytest-httpx, `httpx.MockTransport`, aioresponses, httpretty; nock, msw's server and handlers,
#: axios-mock-adapter, fetch-mock, jest's mocked functions. A word alone (`responses = []`) is none.
_STAND_IN = re.compile(
    r"\bresponses\.(?:add|post|put|patch|get|upsert|replace|activate|start|RequestsMock|add_callback)\b|\brequests_mock\b"
    r"|\brespx\b|\brespx_mock\b|\bhttpx_mock\b|\bMockTransport\b|\baioresponses\b|\bhttpretty\.register_uri\b"
    r"|\bnock\s*\(|\bHttpResponse\b|\bnew\s+MockAdapter\b|\.onPost\s*\(|\bfetchMock\s*\.|\bfetch_mock\b"
    r"|\.mock(?:Resolved|Rejected)Value(?:Once)?\s*\(|\.mockImplementation(?:Once)?\s*\("
    # jest's and vitest's mocked method's answer (`axios.post.mockReturnValue(…)`, on a spy too); a sinon stub of an
    # object's method (`sinon.stub(axios, 'post')`, `sandbox.stub(…)`: it replaces the method; a bare `stub()` none)
    r"|\.mockReturnValue(?:Once)?\s*\(|\.stub\s*\(\s*[\w$.]+\s*,")
#: The JavaScript SDK's or an HTTP client's module mocked for the whole file (jest and vitest hoist it; an automock or a
#: factory): the launches made with it are the mock's. The module, and the kind of request read from its calls.
_MOCKED_KINDS = {"purecloud-platform-client-v2": "sdk", "axios": "axios", "got": "got", "ky": "ky",
                 "superagent": "superagent", "request": "request", "request-promise": "request",
                 "request-promise-native": "request"}
_MODULE_MOCK = re.compile(r"\b(?:jest|vi)\.(?:mock|doMock|unstable_mockModule)\(\s*(['\"`])("
                          + "|".join(re.escape(module) for module in _MOCKED_KINDS) + r")\1")
#: A stand-in's answer refusing the body, a 400 or a 422 (refusals._BODY_REFUSED): `status=400`, `status_code=422`,
#: `{ status: 400 }`, `.reply(400)`, `Response(400)`, `status=HTTPStatus.BAD_REQUEST`. Another 4xx (404, 401, 403, 429)
#: is about the path, the token, the permission or the rate: that test expects a valid body, and its mistakes are said.
_REFUSED = r"(?:400|422)\b"
_REFUSAL = re.compile(rf"\b(?:status(?:_?[cC]ode)?|statusCode)\s*[=:]\s*(?:{_REFUSED}|(?:http\.)?HTTPStatus\.(?:BAD_REQUEST"
                      rf"|UNPROCESSABLE_(?:ENTITY|CONTENT))\b)|\.reply(?:Once)?\(\s*{_REFUSED}|\bResponse\(\s*{_REFUSED}"
                      rf"|\.status\(\s*{_REFUSED}")


def _has_test_double(text: str) -> bool:
    """Whether a text names a test double (_TEST_DOUBLE). Searched only where one of its words is written (a substring
    test, in C): `re` tries every word at every position, some 50 us for each code file read, and most have none."""
    return any(word in text for word in DOUBLE_WORDS) and _TEST_DOUBLE.search(text) is not None


def _mocked_kinds(text: str) -> frozenset[str]:
    """The kinds of request a JavaScript test mocks the module of (`jest.mock('purecloud-platform-client-v2')`,
    `jest.mock('axios')`, `vi.mock('got', factory)`)."""
    if "ock" not in text:  # (mock, doMock, unstable_mockModule)
        return frozenset()
    return frozenset(_MOCKED_KINDS[match[2]] for match in _MODULE_MOCK.finditer(text))


#: A Python test standing in for the SDK's launch: `patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions")`
#: (unittest.mock's, `mocker.patch`, as a decorator, a `with` or a call), `patch.object(ArchitectApi,
#: "post_flows_executions")`, `monkeypatch.setattr(…)` of it, a mock made to the API's spec (`create_autospec(ArchitectApi)`).
_PY_SDK_PATCH = re.compile(
    r"\b(?:patch(?:\.object|\.multiple)?|setattr)\s*\([^)]{0,300}?\b(?:PureCloudPlatformClientV2|ArchitectApi"
    r"|post_flows_executions)\b|\b(?:create_autospec|\w*Mock)\s*\([^)]{0,300}?\bArchitectApi\b")
#: A Python test standing in for the HTTP client's send: `patch("requests.post")`, `patch("app.go.httpx.Client")`,
#: `mocker.patch("app.go.requests")`, `patch.object(requests.Session, "post")`, `monkeypatch.setattr(requests, "post", …)`
#: (not `patch("requests.get")`: a launch is not sent by it).
_PY_HTTP_PATCH = re.compile(
    r"\b(?:patch(?:\.object)?|setattr)\s*\(\s*(?:[\"'][\w.]*?\b(?:requests|httpx|aiohttp|urllib3?)\.(?:[\w.]*\.)?"
    r"(?:post|request|send|urlopen|Session|Client|AsyncClient|ClientSession)[\"']|[\"'][\w.]*?\b(?:requests|httpx)[\"']"
    r"|(?:requests|httpx|aiohttp)(?:\.\w+)?\s*,\s*[\"'](?:post|request|send)[\"'])")
#: What a Python test's file must hold for a patch or a fixture to stand in (a substring test before the patterns).
_PY_PATCH_WORDS = ("patch", "setattr", "Mock", "autospec", "fixture")


def _patches_sender(kind: str, text: str) -> bool:
    """Whether a Python file may patch the SDK's launch or an HTTP client's send (a substring test, then the patterns)."""
    return kind == "python" and any(word in text for word in _PY_PATCH_WORDS) and (
        _PY_SDK_PATCH.search(text) is not None or _PY_HTTP_PATCH.search(text) is not None)


_TEST_FUNCTIONS = frozenset({"function_definition", "lambda", "arrow_function", "function_expression", "function",
                             "function_declaration", "generator_function", "generator_function_declaration",
                             "method_definition"})


#: A test's fixtures from the conftest.py files above it, each with what it stands in for, and what their autouse
#: fixtures stand in for in every test below them.
Shared = tuple[dict[str, frozenset[str]], frozenset[str]]
#: Shared, and whether a conftest.py flowlint does not read may give a test its fixtures: the search stopped at the
#: checked tree's edge before pytest's root directory (one holding its configuration: _PYTEST_ROOTS).
Taken = tuple[dict[str, frozenset[str]], frozenset[str], bool]
#: The files whose directory pytest takes as its root (its conftest.py files are those of the root and below).
_PYTEST_ROOTS = ("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")
#: pytest's own fixtures (none stands in for the platform: a test's use of monkeypatch is read in the test itself).
_PYTEST_FIXTURES = frozenset({
    "cache", "capfd", "capfdbinary", "caplog", "capsys", "capsysbinary", "capteesys", "doctest_namespace", "monkeypatch",
    "pytestconfig", "record_property", "record_testsuite_property", "record_xml_attribute", "recwarn", "request",
    "subtests", "tmp_path", "tmp_path_factory", "tmpdir", "tmpdir_factory", "pytester", "testdir", "self", "cls"})


def _conftest_fixtures(name: str | None, limits: Limits, requests: list[LaunchRequest]) -> Taken | None:
    """The stand-in fixtures a Python test file (test_*.py, under tests/…) takes from the conftest.py files of its
    directory and those above it inside the checked tree, as pytest gives them (a nearer one's fixture of a name
    before a farther one's), and whether a conftest.py above the checked tree may give it more: the search reached the
    tree's edge before a directory pytest takes as its root (flowlint never reads outside the tree: a test taking a
    fixture none of these defines may then be sent to a stand-in, `_PythonStandIns`). None when none stands in and
    none may. Its launches then depend on those files (they were looked for: `reads_module`, so the result cache does
    not keep what a conftest.py changed since)."""
    from .code import TooCostly
    from .python import in_test_file

    if name is None or not in_test_file(name) or os.path.basename(name) == "conftest.py":
        return None
    for request in requests:
        request.reads_module = True
    fixtures: dict[str, frozenset[str]] = {}
    everywhere: frozenset[str] = frozenset()
    directory = os.path.dirname(os.path.abspath(name))
    found: list[str] = []
    beyond = False  # (the search stopped at the checked tree's edge, below pytest's root)
    for _ in range(64):  # (a bound: no tree is deeper)
        path = os.path.join(directory, "conftest.py")
        if not in_checked_tree(directory, limits):
            beyond = True
            break
        if os.path.isfile(path) and in_checked_tree(path, limits):
            found.append(path)
        if any(os.path.isfile(os.path.join(directory, root)) for root in _PYTEST_ROOTS):
            break  # (pytest's root: it reads no conftest.py above it)
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    for path in reversed(found):  # the farthest first: a nearer one's fixture of the same name replaces it
        try:
            own, autouse = _conftest(path, limits)
        except TooCostly:  # (one flowlint cannot read, as one above the tree: any fixture may be its stand-in)
            beyond = True
            continue
        fixtures.update(own)
        everywhere |= autouse
    return (fixtures, everywhere, beyond) if any(fixtures.values()) or everywhere or beyond else None


def _conftest(path: str, limits: Limits) -> Shared:
    """A conftest.py's fixtures and what each stands in for, and what its autouse ones stand in for (read once while
    the file is unchanged: module_texts)."""
    from .code import nodes_of, parsed
    from .module_texts import module_text

    read = module_text(path, limits)
    if read is None:
        return {}, frozenset()
    kept = read.derived.get("conftest")
    if kept is None:
        text = read.text
        if "fixture" in text:  # (every fixture: one standing in for nothing replaces a farther one of its name)
            source, tree = parsed("python", text)
            nodes = nodes_of("python", tree.root_node, _TEST_FUNCTIONS | _CLASSES)
            stand_ins = _PythonStandIns(source, nodes, _Matches(_STAND_IN, text), path)
            kept = stand_ins.fixtures, stand_ins.everywhere
        else:
            kept = {}, frozenset()
        read.derived["conftest"] = kept
    return kept


def _mark_stand_ins(kind: str, requests: list[LaunchRequest], source: Any, root: Any, name: str | None = None,
                    shared: Taken | None = None) -> None:
    """Mark the launches sent to a stand-in for the platform: in a function (a test) that sets one up, or on the SDK's
    module the file mocks (`to_stand_in`: its flowId and flowVersion values are test data); and of those, the ones in a
    test whose stand-in answers with a 4xx (`refused_by_double`): the test checks that the platform refuses them, and
    their mistakes are its point. A Python function's span holds its decorators (`@responses.activate`,
    `@requests_mock.Mocker()`); in a Python test file, a test also stands in by a patch of the SDK's launch or of the HTTP
    client's send, by a fixture of the file that sets one up, or by its class's decorator (_PythonStandIns).

    One pass (a file of thousands of launches was quadratic): each pattern's matches are found once, and the function
    spans, nested as tree nodes are, are swept in order, so each request finds its enclosing functions on a stack."""
    from .code import nodes_of

    text = source.text
    doubles = _Matches(_TEST_DOUBLE, text)
    refusals = _Matches(_REFUSAL, text)
    stand_ins = _Matches(_STAND_IN, text)
    mocked = _mocked_kinds(text)
    nodes = nodes_of(kind, root, _TEST_FUNCTIONS | _CLASSES if kind == "python" else _TEST_FUNCTIONS)
    python = _PythonStandIns(source, nodes, stand_ins, name, shared) if kind == "python" else None
    # Outer before inner at one start; a request after the functions that start where it does (they may hold it).
    functions = sorted(python.spans if python is not None else {source.offsets(node) for node in nodes},
                       key=lambda span: (span[0], -span[1]))
    ends: list[int] = []  # the stack's spans' ends, negated: each span on it holds the next, so these only grow
    tests: list[Offsets | None] = []  # for each span on the stack, the innermost at or below it that sets up a stand-in
    #: For each span on the stack, what a patch, a fixture or a class's decorator stands in for there (_PythonStandIns).
    kinds: list[frozenset[str]] = []
    #: For each span on the stack, the fixture a conftest.py flowlint does not read may give it (_PythonStandIns.unseen).
    unseen: list[tuple[str, Offsets] | None] = []
    spans = iter(functions)
    span = next(spans, None)
    for request in sorted(requests, key=lambda request: request.site[0]):
        while span is not None and span[0] <= request.site[0]:
            while ends and -ends[-1] < span[1]:  # (not holding this span, so none after it either)
                ends.pop()
                tests.pop()
                kinds.pop()
                unseen.pop()
            tests.append(span if doubles.within(*span) else tests[-1] if tests else None)
            kinds.append(frozenset() if python is None else
                         python.marks.get(span, frozenset()) | (kinds[-1] if kinds else python.everywhere))
            unseen.append(python.unseen.get(span) if python is not None and span in python.unseen
                          else unseen[-1] if unseen else None)
            ends.append(-span[1])
            span = next(spans, None)
        # The innermost function that sets up a stand-in decides (a callback inside the test does not).
        holding = bisect.bisect_right(ends, -request.site[1])
        test = tests[holding - 1] if holding else None
        request.refused_by_double = test is not None and refusals.within(*test)
        request.to_stand_in = request.refused_by_double or (test is not None and stand_ins.within(*test)) \
            or request.kind in mocked
        if python is not None and not request.to_stand_in:
            there = kinds[holding - 1] if holding else python.everywhere
            request.to_stand_in = "any" in there or ("sdk" if request.kind == "sdk" else "http") in there
            if not request.to_stand_in and holding and unseen[holding - 1] is not None:
                request.to_stand_in = True  # (a fixture a conftest.py above the tree may make a stand-in: not known)
                request.unseen_fixture = unseen[holding - 1]


_CLASSES = frozenset({"class_definition"})
_FIXTURE = re.compile(r"\bfixture\b")
_FIXTURE_NAME = re.compile(r"\bname\s*=\s*[\"'](\w+)[\"']")
_AUTOUSE = re.compile(r"\bautouse\s*=\s*True\b")
_USES_FIXTURES = re.compile(r"\busefixtures\s*\(([^)]{0,1000})\)")
_QUOTED_NAME = re.compile(r"[\"'](\w+)[\"']")


class _PythonStandIns:
    """A Python file's function spans, each with its decorators (`@patch(…)`, `@requests_mock.Mocker()`: they are the
    test's), and, in a test file (test_*.py, *_test.py, conftest.py, under tests/), what each test or decorated class
    stands in for: the SDK's launch ("sdk": a patch of it, _PY_SDK_PATCH), the HTTP client's send ("http": a patch of it,
    _PY_HTTP_PATCH), or the platform ("any": an HTTP double, _STAND_IN, as a function's own). A test takes what its
    fixtures of the same file, else of a conftest.py above it (`shared`), stand in for (its parameters, `usefixtures`),
    an `autouse` fixture's for its module or class (a conftest.py's: for every test); a class's decorators stand for
    its tests. Each node is read once."""

    def __init__(self, source: Any, nodes: list[Any], stand_ins: _Matches, name: str | None,
                 shared: Taken | None = None) -> None:
        from .python import in_test_file

        self.spans: set[Offsets] = set()
        self.marks: dict[Offsets, frozenset[str]] = {}
        #: The tests taking a fixture no file flowlint read defines, when a conftest.py above the checked tree may
        #: (Taken): each span, with the first such fixture's name and where the test names it.
        self.unseen: dict[Offsets, tuple[str, Offsets]] = {}
        self.everywhere: frozenset[str] = shared[1] if shared is not None else frozenset()
        self._source = source
        test_file = name is not None and in_test_file(name)
        text = source.text
        sdk = _Matches(_PY_SDK_PATCH, text) if test_file else None
        http = _Matches(_PY_HTTP_PATCH, text) if test_file else None

        def kinds(start: int, end: int) -> frozenset[str]:
            if sdk is None or http is None:
                return frozenset()
            return frozenset(kind for kind, found in (("sdk", sdk), ("http", http), ("any", stand_ins))
                             if found.within(start, end))

        #: Each fixture a test may name and what it stands in for: the file's own, else a conftest.py's above it.
        fixtures: dict[str, frozenset[str]] = dict(shared[0]) if shared is not None else {}
        self.fixtures = fixtures
        tests: list[tuple[Offsets, Any, str]] = []  # (span, node, its decorators' text)
        for node in nodes:
            above = node.parent if node.parent is not None and node.parent.type == "decorated_definition" else None
            span = source.offsets(above if above is not None else node)
            decorators = text[span[0]:source.offsets(node)[0]] if above is not None else ""
            if node.type == "class_definition":
                if test_file and decorators:  # only a decorated class's span: its tests take what its decorators say
                    self.spans.add(span)
                    tests.append((span, node, decorators))
                    self.marks[span] = kinds(span[0], source.offsets(node)[0])
                continue
            self.spans.add(span)
            if not test_file or node.type != "function_definition":
                continue
            tests.append((span, node, decorators))
            self.marks[span] = kinds(*span)
            if _FIXTURE.search(decorators) is None:
                continue
            named = _FIXTURE_NAME.search(decorators)
            fixture = named.group(1) if named is not None else source.raw(node.child_by_field_name("name") or node)
            fixtures[fixture] = self.marks[span]
            if self.marks[span] and _AUTOUSE.search(decorators) is not None:
                self._autouse(above or node, self.marks[span])
        beyond = shared is not None and shared[2]
        if not any(fixtures.values()) and not beyond:
            return
        for span, node, decorators in tests:  # (a fixture's own parameters name fixtures too: it takes theirs)
            used = {name for found in _USES_FIXTURES.finditer(decorators) for name in _QUOTED_NAME.findall(found.group(1))}
            if beyond and node.type == "function_definition" and (
                    source.raw(node.child_by_field_name("name") or node).startswith("test")
                    or _FIXTURE.search(decorators) is not None):
                self._unseen(span, node, decorators, fixtures)
            parameters = node.child_by_field_name("parameters") if node.type == "function_definition" else None
            for parameter in parameters.named_children if parameters is not None else ():
                named_node = parameter if parameter.type == "identifier" else parameter.child_by_field_name("name")
                if named_node is None and parameter.named_children:
                    named_node = parameter.named_children[0]
                if named_node is not None and named_node.type == "identifier":
                    used.add(source.raw(named_node))
            taken = frozenset(kind for name in used for kind in fixtures.get(name, ()))
            if taken:
                self.marks[span] = self.marks.get(span, frozenset()) | taken

    def _unseen(self, span: Offsets, node: Any, decorators: str, fixtures: dict[str, frozenset[str]]) -> None:
        """A test (or a fixture) taking a fixture that neither its file nor a conftest.py of the checked tree defines,
        nor pytest (nor a name its decorators give, `parametrize`'s): a conftest.py above the tree, which flowlint does
        not read, may define it, and it may stand in for the platform (`patch("requests.post")`): the test's launches
        may be test data (`unseen`)."""
        parameters = node.child_by_field_name("parameters")
        for parameter in parameters.named_children if parameters is not None else ():
            if parameter.type not in ("identifier", "typed_parameter"):
                continue  # (a default, `*args`: no fixture)
            named = parameter if parameter.type == "identifier" else parameter.named_children[0] \
                if parameter.named_children else None
            written = self._source.raw(named) if named is not None and named.type == "identifier" else None
            if written is None or written in fixtures or written in _PYTEST_FIXTURES \
                    or re.search(rf"\b{re.escape(written)}\b", decorators) is not None:
                continue
            self.unseen[span] = (written, self._source.offsets(named))
            return

    def _autouse(self, definition: Any, marks: frozenset[str]) -> None:
        """An autouse fixture's stand-in: for every test of its module, or of its class."""
        body = definition.parent
        owner = body.parent if body is not None and body.type == "block" else None
        if owner is None:
            self.everywhere |= marks
            return
        if owner.type != "class_definition":
            return  # (a fixture defined in a function: not read)
        above = owner.parent if owner.parent is not None and owner.parent.type == "decorated_definition" else None
        span = self._source.offsets(above if above is not None else owner)
        self.spans.add(span)
        self.marks[span] = self.marks.get(span, frozenset()) | marks


class _Matches:
    """Where a pattern matches in a text, found once; asked whether a span holds a match."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        found = [match.span() for match in pattern.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def within(self, start: int, end: int) -> bool:
        # Matches do not overlap: the first to start in the span is the first to end.
        first = bisect.bisect_left(self.starts, start)
        return first < len(self.starts) and self.ends[first] <= end


#: A code block too costly to parse: its [start, end) in the file, its first mention of the endpoint, and why.
Costly = tuple[Offsets, Offsets, str]


def _blocks(kind: str, text: str, name: str | None, limits: Limits, code_blocks: list[DocumentCode] | None
            ) -> tuple[list[LaunchRequest], list[Costly], list[Offsets]]:
    """The requests of the code in a file of another kind: Markdown fences, `<script>` blocks (`code_blocks`: a
    Markdown file's, found already); the blocks naming the endpoint that were too costly to parse; and the code blocks
    that read no launch whose reader found what names the endpoint to be none (a route, a test client, a double)."""
    from . import blocks
    from .code import TooCostly, parsed

    costly: list[Costly] = []
    explained: list[Offsets] = []
    last: list[Unread] = []  # (the unread note of the block just read: `empty` is told of it next, when it read none)

    def read(block_kind: str, block: str) -> list[LaunchRequest]:
        found, unread, _, _ = _read(block_kind, block, name, limits)
        last[:] = [unread]
        return found

    def empty(block_kind: str, block: str, where: Where) -> None:
        if block_kind not in CODE_KINDS:
            return
        if last and last[0]() is None and _MENTION.search(block) is not None:
            explained.append((where[0], where[-1]))
        try:
            parsed(block_kind, block)  # (its parse or TooCostly, kept from its reading)
        except TooCostly as err:
            note = _costly(block, err)
            if note is not None:
                (start, end), why = note
                costly.append(((where[0], where[-1]), (where[start], where[end - 1] + 1), why or ""))

    found = blocks.read_blocks(text, blocks.markdown_blocks(text, code_blocks) if kind == "markdown"
                               else blocks.script_blocks(text), read, empty, scoped=kind if kind == "html" else None,
                               used=lambda where: explained.append((where[0], where[-1])))
    return found, costly, explained


def _with_explained(beside: Beside, explained: list[Offsets]) -> Beside:
    """`beside`, with the blocks whose reader explained their mention held as read: no note for what is known to be
    no launch, as in the block's own file."""
    return lambda sites: beside([*sites, *explained])


def _with_costly(beside: Beside, costly: list[Costly]) -> Beside:
    """`beside`, a mention in a block too costly to parse said with why (not as one in a block never read), and each such
    block's mention said where `beside` says none."""
    def said(sites: Sequence[Offsets]) -> list[tuple[Offsets, str]]:
        found = []
        told = set()
        for where, why in beside(sites):
            block = next((c for c in costly if c[0][0] <= where[0] < c[0][1]), None)
            if block is not None:
                told.add(block)
            found.append((where, block[2] if block is not None else why))
        found.extend((mention, why) for block, mention, why in costly if (block, mention, why) not in told)
        return sorted(found)
    return said


def _notebook(text: str, name: str | None, limits: Limits) -> tuple[list[LaunchRequest], Beside]:
    """A notebook's requests (its Python cells' and the shell commands IPython runs, blocks.notebook_pieces), and where
    a piece names the endpoint outside every launch read: each piece judged as a file of its own language would be (a
    Python cell's unread launch, a shell command's mention; a piece flowlint does not read says why), at its place."""
    from . import blocks

    found: list[LaunchRequest] = []
    pieces: list[tuple[str, str, list[int], str, Unread | None, Beside | None]] = []
    earlier: list[tuple[str, list[int]]] = []  # the Python cells before (IPython runs them in one namespace)
    budget = blocks.EARLIER_READS if not blocks.rebinds_names(text) else 0
    for language, code, where, why in blocks.notebook_pieces(text):
        unread: Unread | None = None
        piece_beside: Beside | None = None
        if language == "python":
            cell = (code, where)
        if language in ("python", "shell") and (blocks.relevant(code) or (
                language == "python" and blocks.after_relevant(earlier, code))):
            requests, unread, _, piece_beside = _read(language, code, name, limits)
            here = [blocks.relocated(request, where) for request in requests]
            if language == "python" and earlier and budget > 0 and blocks.needs_earlier(here):
                budget -= 1  # (read after the cells before it: blocks.after_earlier)
                joined, joined_where = blocks.joined([*earlier, (code, where)])
                again, joined_unread, _, joined_beside = _read(language, joined, name, limits)
                taken = blocks.after_earlier(here, [blocks.relocated(request, joined_where) for request in again], where)
                if taken != here:  # (the cells before are read in it: what is said of their mentions is its)
                    here = taken
                    pieces = [piece for piece in pieces if piece[0] != "python"]
                    language, code, where, unread, piece_beside = "python", joined, joined_where, joined_unread, joined_beside
            found.extend(here)
        if language == "python":
            earlier.append(cell)
        pieces.append((language, code, where, why, unread, piece_beside))

    def beside(sites: Sequence[Offsets]) -> list[tuple[Offsets, str]]:
        ordered = sorted(sites)
        starts = [first for first, _ in ordered]
        said: list[tuple[Offsets, str]] = []

        def at(where: list[int], span: Offsets) -> Offsets:
            return where[span[0]], where[max(span[0], span[1] - 1)] + 1

        for language, code, where, why, unread, piece_beside in pieces:
            inside = ordered[bisect.bisect_left(starts, where[0]):bisect.bisect_left(starts, where[-1])]
            if inside and piece_beside is not None:  # launches read here: what the piece's own reader says beside them
                local = [(bisect.bisect_left(where, first), bisect.bisect_left(where, last)) for first, last in inside]
                said.extend((at(where, span), because) for span, because in piece_beside(local))
            elif inside:
                continue
            elif language == "shell" and piece_beside is not None:
                said.extend((at(where, span), because) for span, because in piece_beside([]))
            elif unread is not None and (note := unread()) is not None:
                said.append((at(where, note[0]), note[1] or "in a notebook cell where no launch was read"))
            elif language == "other" and (mention := COMMAND_MENTION_TEXT.search(code)) is not None:
                said.append((at(where, (mention.start(), mention.end())), why))
        return said

    return found, beside


class SdkDocBlank(OpenObject):
    """A body the SDKs' generated API docs write as a blank to fill in (`let flowLaunchRequest = {}; // Object |`,
    `flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # FlowExecutionLaunchRequest | `):
    `written` is how, as the note says it, and `members` what the example is to set to have them checked."""

    def __init__(self, written: str = "", members: str = "") -> None:
        super().__init__()
        self.written, self.members = written, members


#: The SDKs' generated API docs' body parameter, bound to an empty value and marked with the generator's `<type> |`
#: comment (the name the call is given: group `name`): JavaScript's `let flowLaunchRequest = {}; // Object |`, Python's
#: `flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # FlowExecutionLaunchRequest | ` (the
#: model made empty, its comment naming that model: `model`, `marked`). (Verified in the SDKs' build/docs.)
_SDK_DOC_BLANK = re.compile(
    r"^[ \t]*(?:(?:let|var|const)[ \t]+(?P<name>[A-Za-z_$][\w$]*)[ \t]*=[ \t]*\{[ \t]*\}[ \t]*;?[ \t]*//[ \t]*Object[ \t]*\|"
    r"|(?P<py_name>[A-Za-z_]\w*)[ \t]*=[ \t]*(?:[A-Za-z_]\w*\.)?(?P<model>[A-Z]\w*)\(\)[ \t]*#[ \t]*(?P<marked>[A-Z]\w*)[ \t]*\|)",
    re.M)


def _sdk_doc_blank(request: LaunchRequest, text: str) -> SdkDocBlank | None:
    """The blank the SDK docs' pattern binds the request's body, a name, to before it (in the same text); None when it
    binds none."""
    if request.body_span is None:
        return None
    start, end = request.body_span
    name = text[start:end]
    for match in _SDK_DOC_BLANK.finditer(text, 0, start):
        if match.group("name") == name:
            return SdkDocBlank("`{}` marked `// Object |`", "the body's members (flowId, inputData)")
        if match.group("py_name") == name and match.group("model") == match.group("marked"):
            return SdkDocBlank(f"`{match.group('model')}()` marked `# {match.group('marked')} |`",
                               "the model's attributes (flow_id, input_data)")
    return None


def _wrong_examples(text: str, code_blocks: Sequence[DocumentCode], requests: list[LaunchRequest]) -> None:
    """Mark the requests of the blocks a page marks as wrong examples (sources/examples.py): read, never judged."""
    from . import examples
    from .blocks import offsets

    spans = sorted((where[0], where[-1], code) for _, code, at, shape in code_blocks if shape != "nested"
                   for where in (offsets(code, at),))
    examples.mark_wrong_examples(text, spans, requests)


#: The kinds whose requests are documentation, written for a reader who fills in what they leave to fill (_as_documented):
#: a page's code blocks, an OpenAPI document's request examples. A request file, a collection, a script or code sends what
#: it writes (Postman sends `<your-flow-id>` as written when Send is pressed; its own blanks are `{{variables}}`); a
#: collection's saved examples record a request, and are documentation (LaunchRequest.example).
DOCUMENTATION_KINDS = frozenset({"markdown", "openapi"})


def _as_documented(request: LaunchRequest, text: str) -> LaunchRequest:
    """A request in documentation is an illustration: a value written as a placeholder (`"<your flow ID>"`,
    `"${flow_id}"`, `"{flowId}"`, `":flowId"`, `"..."`: core.placeholders), an ID shortened (`"8f3c2a1e-..."`), or a
    flowId or flowVersion left empty as API explorers write a form's blanks (`""`), is the reader's to fill in, unknown
    (never a finding), and an HTTP sketch that writes no header leaves its headers out
    (not judged), as docs do. What it writes is checked as written: an empty input is what the example sends. A body
    bound as the SDKs' generated API docs write every body parameter (`let flowLaunchRequest = {}; // Object |`) is such
    a blank too: open, nothing of it missing. Any other empty body (`curl -d '{}'`, `axios.post(url, {})`) is what the
    example sends: FL103."""
    if request.kind == "http-file" and request.headers == []:
        request.headers = None
    if type(request.body) is dict and not request.body and (blank := _sdk_doc_blank(request, text)) is not None:
        request.body = blank  # the SDK docs' blank object: the reader writes its members
    _placeholder_keys_open(request)
    # (a flowId or flowVersion written `"string"`: Swagger UI's example value of the request's schema; no flow is so named)
    return _unknown_where(request, lambda value, top_key: bool(PLACEHOLDER.fullmatch(value.strip())) or (
        top_key in ("flowId", "flowVersion") and (not value.strip() or value == "string"))
        or bool(ELIDED_ID.fullmatch(value.strip())))


def _placeholder_key(key: str) -> bool:
    """Whether a member's name in documentation is a placeholder for the reader's own (`"<input name>"`, `"{{input}}"`,
    `"Flow.<variable>"`, `"YOUR_INPUT"`, Swagger UI's `"additionalProp1"`): a template's shape, or a name that starts
    with "your", after any `Flow.` prefix. A name in capitals that merely ends in ID (`CUSTOMER_ID`) is a name, and judged."""
    name = key.strip()
    name = name[len("Flow."):] if name.startswith("Flow.") else name
    return bool(name) and (TEMPLATE_PLACEHOLDER.fullmatch(name) is not None or name[:4].lower() == "your"
                           or _SWAGGER_KEY.fullmatch(name) is not None)


#: The names Swagger UI's example value gives a map's entries (`"inputData": {"additionalProp1": {}, …}`).
_SWAGGER_KEY = re.compile(r"additionalProp[0-9]+")


def _placeholder_keys_open(request: LaunchRequest) -> None:
    """Each object of a documented body whose member names a placeholder (_placeholder_key) loses that member and
    becomes open: the reader's own member goes there, so nothing is said missing or unknown for it, and the members
    written beside it are still judged."""
    if request.body is NO_BODY or not isinstance(request.body, (dict, list)):
        return
    stack: list[tuple[Any, Any, Any]] = [(None, None, request.body)]
    while stack:
        parent, at, container = stack.pop()
        if isinstance(container, dict) and any(isinstance(key, str) and _placeholder_key(key) for key in container):
            opened = OpenObject({key: value for key, value in container.items()
                                 if not (isinstance(key, str) and _placeholder_key(key))})
            if parent is None:
                request.body = opened
            else:
                parent[at] = opened
            container = opened
        for key, value in container.items() if isinstance(container, dict) else enumerate(container):
            if isinstance(value, (dict, list)):
                stack.append((container, key, value))


#: A template engine's tags in a page's text, opener and closer: EJS/ERB `<%= … %>`, Handlebars/Mustache/Nunjucks/Liquid
#: `{{ … }}`, `{% … %}`.
_TEMPLATE_TAGS = (("<%", "%>"), ("{{", "}}"), ("{%", "%}"))


def _holds_tag(value: str) -> bool:
    """Whether `value` holds a template tag: an opener with its closer after it. Two substring searches a tag, linear
    (a lazy pattern such as `<%.*?%>` tries every opener to the end: a value of 40,000 `<%` took 24 s)."""
    for opener, closer in _TEMPLATE_TAGS:
        at = value.find(opener)
        if at >= 0 and value.find(closer, at + len(opener)) >= 0:
            return True
    return False


def _tags_unknown(request: LaunchRequest) -> LaunchRequest:
    """A template page's request with each body value holding a template tag (`'<%= flowId %>'`) unknown: the server
    fills it in before the page is sent, so what it says is not known (never a finding)."""
    return _unknown_where(request, lambda value, top_key: _holds_tag(value))


def _unknown_where(request: LaunchRequest, unknown: Callable[[str, object], bool]) -> LaunchRequest:
    """The request with each string of its body that `unknown` picks made Unknown; `unknown` is given the string and,
    for a member of the body itself, its key (else None)."""
    if request.body is NO_BODY or not isinstance(request.body, (dict, list)):
        return request
    stack: list[Any] = [request.body]
    while stack:
        container = stack.pop()
        for key, value in container.items() if isinstance(container, dict) else enumerate(container):
            if isinstance(value, str) and unknown(value, key if container is request.body else None):
                container[key] = Unknown(value)
            elif isinstance(value, (dict, list)):
                stack.append(value)
    return request


def _not_json(text: str) -> str | None:
    """Why a saved request was not read: written in another language (YAML), or its JSON broken (its syntax error)."""
    if text.lstrip("\ufeff \t\r\n")[:1] not in ("{", "["):
        return "its method or URL is not one flowlint reads (an HTTP method, a URL string)"
    try:
        json.loads(text)
    except ValueError as err:
        return (f"it is not valid JSON ({getattr(err, 'msg', err)} at line {getattr(err, 'lineno', '?')}), and flowlint "
                "reads a saved request only in JSON")
    except RecursionError:
        return None
    return None


def _with_python(requests: list[LaunchRequest], python_code: list[tuple[str, Runs]], text: str, name: str | None,
                 limits: Limits) -> list[LaunchRequest]:
    """A shell script's requests, and those of the Python code its commands run (curl.python_code), read at their
    places in the file, in file order."""
    if not python_code:
        return requests
    from . import blocks

    read = blocks.read_blocks(text, (("python", code, where) for code, where in python_code),
                              lambda block_kind, block: _read(block_kind, block, name, limits)[0])
    return sorted(requests + read, key=lambda request: request.site)


#: The kinds written in JSON (kinds._JSON_KINDS): a string there may escape its slashes (`\\/api\\/v2\\/flows…`).
_JSON_TEXT = frozenset({"saved-request", "har", "data-action", "notebook", "terraform", "postman"})


def _escaped_mention(text: str) -> Offsets | None:
    """Where JSON text names the endpoint with its slashes escaped (PHP's json_encode writes `\\/`), as offsets in
    `text`; None when it does not."""
    if "\\/" not in text:
        return None
    match = _MENTION.search(text.replace("\\/", "/"))
    if match is None:
        return None
    escapes = [found.start() for found in re.finditer(r"\\/", text)]  # each one's place in the unescaped text: less its rank

    def in_text(offset: int) -> int:
        return offset + bisect.bisect_left([at - rank for rank, at in enumerate(escapes)], offset)
    return in_text(match.start()), in_text(match.end() - 1) + 1


def _first_mention(kind: str, text: str, code_blocks: list[DocumentCode] | None,
                   name: str | None = None, explained: Sequence[Offsets] = ()) -> tuple[Offsets, str | None] | None:
    """Where a request file first names the endpoint, and why nothing was read there when it is known (a saved
    request's or a Terraform file's syntax error); in Markdown, only inside a code block, fenced or indented (prose
    is not a request; `code_blocks`: the file's, found already), and not in one whose reader found it no launch
    (`explained`)."""
    if kind != "markdown":
        match = (COMMAND_MENTION_TEXT if kind in COMMAND_KINDS else _MENTION).search(text)
        while match is not None and mentions.cli_launch(match.group()) and mentions.prints_body_shape(text, match.end()):
            match = COMMAND_MENTION_TEXT.search(text, match.end())  # `gc … create --printrequestbody` sends nothing
        found = (match.start(), match.end()) if match is not None else _escaped_mention(text) if kind in _JSON_TEXT else None
        if found is None:
            return None
        why = _not_json(text) if kind == "saved-request" else _too_deep(text) if kind in _JSON_TEXT else None
        if kind in ("github-actions", "ci-config"):  # a step in another shell than a POSIX one: which, and why
            from .github_actions import foreign_scripts, in_foreign

            foreign = foreign_scripts(text, ci=kind == "ci-config")
            why = in_foreign(foreign, [start for start, _, _ in foreign], found[0]) if foreign else None
        if match is not None and mentions.cli_launch(match.group()):
            why = mentions.CLI_LAUNCH_WHY
        elif kind == "terraform":
            from . import terraform

            why = terraform.syntax_error(text, name)
            if why is None:  # (an AWS resource calling the endpoint: which, and why it is not read)
                why = mentions.terraform_aws_why(text, found[0])
        elif kind == "aws":
            why = mentions.aws_why(text, found[0])
        elif kind == "vscode-tasks":  # (one in a command not read: a task's Windows form, PowerShell's)
            from .embedded_shell import foreign_commands

            why = next((because for start, end, because in foreign_commands(kind, text) if start <= found[0] < end), None)
        elif kind == "jenkinsfile":  # (the first not in a comment, and why it is not read)
            from .jenkinsfile import first_mention

            unread = first_mention(text, _MENTION)
            if unread is None:
                return None
            found, why = unread
        return found, why
    first = next((found for found in mentions.markdown_mentions(text, code_blocks)
                  if not any(start <= found[0][0] < end for start, end in explained)), None)
    return (first[0], first[2]) if first is not None else None


def _too_deep(text: str) -> str | None:
    """Why a JSON file of a request kind was not read when its nesting is past what the JSON parser takes (it reads
    none of it then); None otherwise. Asked only of a file naming the endpoint where nothing was read."""
    try:
        json.loads(text)
    except RecursionError:
        return ("its JSON nests deeper than flowlint's JSON reader goes (about a thousand levels), so none of it was "
                "read: flatten its folders or objects")
    except ValueError:
        return None
    return None


def _too_many_words(kind: str) -> str:
    """Why none of a file was read whose shell text is past the cap (curl.MAX_SHELL_WORDS)."""
    held = "(each is held in memory while its launches are read), so none of it was read"
    if kind == "shell":
        return (f"the script has more than {MAX_SHELL_WORDS:,} words, and flowlint reads a shell script of up to that "
                f"many {held}")
    return (f"the shell commands it runs have more than {MAX_SHELL_WORDS:,} words in all, and flowlint reads up to that "
            f"many in a file {held}")


def _costly(text: str, err: TooCostly) -> tuple[Offsets, str | None] | None:
    """Where a code file too costly to parse first names the endpoint, and why nothing was read there."""
    match = _MENTION.search(text)
    return ((match.start(), match.end()), err.why) if match is not None else None


def _extract_text(kind: str, text: str, name: str | None, limits: Limits) -> list[LaunchRequest]:
    """The requests of a request file (.http, curl, Postman, HAR, data action)."""
    if kind == "http":
        from . import http_file

        return http_file.extract(text, name, limits)
    if kind == "shell":  # (a document's shell blocks are its code blocks: _blocks)
        from . import curl

        return _with_python(*curl.extract_with_python(text), text, name, limits)
    if kind == "postman":
        from . import postman

        return postman.extract(text)
    if kind == "har":
        from . import har

        return har.extract(text)
    if kind == "saved-request":
        from . import saved_request

        return saved_request.extract(text, limits.yaml_version)
    if kind == "aws":
        from . import aws

        return aws.extract(text, limits)
    if kind == "artillery":
        from . import artillery

        return artillery.extract(text, limits.yaml_version, limits.max_depth)
    if kind == "openapi":
        from . import openapi

        return openapi.extract(text, limits.yaml_version, limits.max_depth, limits.max_yaml_size)
    if kind == "hurl":
        from . import hurl

        return hurl.extract(text)
    if kind == "bruno":
        from . import bruno

        return bruno.extract(text)
    if kind == "data-action":
        from . import data_action

        return data_action.extract(text, limits.max_depth)
    if kind == "terraform":
        from . import terraform

        return terraform.extract(text, name, limits)
    if kind in ("github-actions", "ci-config"):
        from . import github_actions

        service = ci_service(name.lower()) if kind == "ci-config" and name is not None else None
        return _with_python(*github_actions.extract_with_python(text, ci=kind == "ci-config", service=service),
                            text, name, limits)
    if kind in SHELL_HOST_KINDS:  # curl in a Makefile's or justfile's recipes, a Dockerfile's RUN, npm scripts
        from . import embedded_shell

        return embedded_shell.extract(kind, text)
    return []



#: A JavaScript or TypeScript test file: x.test.ts, x.spec.js, or one under tests/, test/, __tests__/, __mocks__/.
_JS_TEST_FILE = re.compile(r"\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|[/\\])(?:tests?|__tests__|__mocks__)[/\\]")


def reader_for(kind: str, source: SourceText, tree: Tree, max_depth: int, name: str | None, *,
               indexed: bool = True) -> CodeReader:
    """The code reader of a code kind (Python, or JavaScript and its dialects) over a parsed file (not `indexed`: one
    that reads literals only, asking no binding, for an edit's local proof)."""
    reader: CodeReader
    if kind == "python":
        from .python import PythonReader

        reader = PythonReader(source, tree, max_depth, name, indexed=indexed)
    else:
        from .javascript import JavaScriptReader

        reader = JavaScriptReader(source, tree, max_depth, kind, indexed=indexed)
        reader.in_tests = name is not None and _JS_TEST_FILE.search(name) is not None
    if indexed and imports.wanted(name):  # a run's second pass: the values its imports bring from the tree's other modules
        imports.attach(reader, kind, name)
    if indexed and name is not None and run_modules.current is not None:  # a launch's values from the run's modules
        from .imported_values import attach

        attach(reader, kind, name)
    return reader

def launches_in(kind: str, text: str, name: str | None, limits: Limits = DEFAULT_LIMITS, *,
                credentials: bool = True) -> list[LaunchRequest]:
    """The requests of a file that launch a flow, in file order; the file's secrets go with the first (`credentials`
    False: a code file's are not searched, for a fix's proof)."""
    return _launches(_read(kind, text, name, limits, credentials=credentials)[0], text, kind, name, limits)[0]


def _launches(requests: list[LaunchRequest], text: str, kind: str, name: str | None = None,
              limits: Limits = DEFAULT_LIMITS, endpoints: Mapping[int, str | None] | None = None
              ) -> tuple[list[LaunchRequest], list[tuple[LaunchRequest, str]]]:
    """The requests that launch a flow, and those to a launch path not judged as one, with why (`unproven`);
    `endpoints`: each request's to_endpoint by its id, when found already."""
    launches: list[LaunchRequest] = []
    unjudged: list[tuple[LaunchRequest, str]] = []
    evidence = comments.evidence(kind, text)  # searched for Genesys Cloud once, and only when a request asks
    if name is not None:  # (the compose files around it, read only when a request's host asks)
        from .compose_stand_ins import stand_in_services

        evidence.composed = functools.partial(_once, functools.partial(stand_in_services, name, limits), [])
    for request in requests:
        checkpoint()  # (an editor's overtaken check stops between requests: a big file has thousands)
        endpoint = endpoints[id(request)] if endpoints is not None else to_endpoint(request)
        if endpoint == "launch" and not request.refused_by_double:
            reason = unproven(request, evidence)
            # (its verdict may rest on a compose file: a change there changes it, so the cache does not keep it)
            request.reads_module = request.reads_module or evidence.composed_asked
            if reason is None:
                launches.append(request)
            else:
                unjudged.append((request, reason))
    # Secrets written anywhere in the file are said once, with its first launch (not with a request that is none, nor
    # one a negative test sends: the rules predicting no refusal do not judge it).
    credentials = list(dict.fromkeys(found for request in requests for found in request.credentials))
    holder = next((request for request in launches if not request.asserted), launches[0] if launches else None)
    for request in launches:
        request.credentials = credentials if request is holder else []
    # So are the Authorization headers it sets outside every launch's call, with the first launch writing none.
    if (unauthorized := next((request for request in launches if not request.asserted
                              and not _writes_authorization(request, text)), None)) is not None:
        unauthorized.launch_sites = tuple(request.site for request in launches)
    return launches, unjudged


def _once(read: Callable[[], dict[str, bool]], kept: list[dict[str, bool]]) -> dict[str, bool]:
    """What `read` gives, read at its first call only (kept in `kept`)."""
    if not kept:
        kept.append(read())
    return kept[0]


def _writes_authorization(request: LaunchRequest, text: str) -> bool:
    """Whether a launch's call writes an Authorization header (one its reader read, or its call's text names)."""
    if request.headers is not None:
        return any(header.name.lower() == "authorization" for header in request.headers)
    return "uthorization" in text[request.site[0]:request.site[1]].lower()


def load_launches(kind: str, data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS, *,
                  named: bool = True) -> list[Document]:
    """The documents of a code or request file: one per launch (plus a body it reads from another file); none
    when it holds no launch.

    A minified file is not searched: one found by a walk and named as minified output (`*.min.js`)
    silently, any other (`named`: on the command line) with an info note saying why.
    """
    if kind == "not-a-body" and (mention := quiet_launch_mention(name, data)) is not None:
        return [_quiet_mention(name, data, *mention)]
    if nothing_to_say(kind, name, data) and not imports.wanted(name):  # the loader's own test for a walked file
        # Named: a kind never read for launches (or one that may hold them) says once why it holds none.
        why = kind_note(kind, name, data) if named and (kind in QUIET_KINDS or kind in NOTED_WHEN_EMPTY) else ""
        return [not_read(name, why)] if why else []
    if kind == "unread":  # code in a language flowlint does not read that may mention a launch: searched for one
        foreign = _foreign_launch(name, data)
        return [foreign] if foreign is not None else [not_read(name, kind_note(kind, name, data))] if named else []
    if minified_by_name(kind, name):
        return [_skipped(name, "its name says it is minified output")] if named else []
    text, undecoded = decode(data, python=kind == "python")
    if text is None:  # it names the endpoint, so a launch may be in it: said, never a silent miss
        # (one let in by the prefilter only for signing in names no endpoint: nothing to say of a launch)
        return [_undecodable(name, undecoded, data)] if b"xecutions" in data else []
    text = text.removeprefix("\ufeff")
    if has_minifier_signature(kind, text):
        return [_skipped(name, "it is minified: nearly all of it on a few very long lines of code")]
    lines = LineIndex(text)
    documents: list[Document] = []
    requests, unread, secrets, beside = _read(kind, text, name, limits)
    endpoints = {id(request): to_endpoint(request) for request in requests}  # (what each is asked once, for every pass)
    launches, unjudged = _launches(requests, text, kind, name, limits, endpoints)
    if not launches and any(word in text for word in _SIGN_IN):
        documents.extend(_sign_in(kind, name, text, lines, secrets()))
    note = unread() if not requests and kind != "openapi" else None  # (a document's path with no example: it describes)
    if note is not None:
        documents.append(_unread(name, lines, *note))
        if kind == "markdown" and note[1] == mentions.BODY_ONLY:  # each other body block said too, at its place
            documents.extend(_unread(name, lines, where, why, beside_read=True) for where, why in beside([])
                             if why == mentions.BODY_ONLY and where != note[0])
        return _unquoted_secrets(documents, text, requests)
    documents.extend(_unread(name, lines, request.site, _UNSURE_BODILESS if request.bodiless else _UNSURE,
                             beside_read=bool(launches), named=_request_named(request))
                     for request in checked(requests, 1) if endpoints[id(request)] == "unsure")
    documents.extend(_near_miss(name, lines, request) for request in checked(requests, 1)
                     if endpoints[id(request)] == "near-miss")
    documents.extend(_elsewhere(name, lines, request, host) for request in checked(requests, 1)
                     if (host := _other_host_launch(request)) is not None)
    # (one whose base falls back to another product's host is said so as one written to that host is)
    defaulted = [(request, host) for request, _ in unjudged if (host := _defaults_elsewhere(request, text)) is not None]
    documents.extend(_elsewhere(name, lines, request, host, defaulted=True) for request, host in defaulted)
    if limits.verbose:  # (a request judged no launch, as a status read is: said only when asked)
        noted = {id(request) for request, _ in defaulted}
        documents.extend(_unproven(name, lines, request, reason) for request, reason in unjudged
                         if id(request) not in noted)
        documents.extend(_probe(name, lines, request) for request in checked(requests, 1) if endpoints[id(request)] == "probe")
        documents.extend(_shown_wrong(name, lines, request) for request in requests
                         if request.shown_wrong is not None and endpoints[id(request)] == "launch")
    first: LaunchDocument | None = None
    for number, request in enumerate(launches):
        checkpoint()
        findings = [_located(finding, where, lines) for finding, where in request.findings]
        outside = _body_file_outside(request, limits)
        if outside is not None:  # said whatever -v says, as a request file's `< /etc/passwd` is
            findings.append(_located(outside, request.body_span or request.site, lines))
        elif limits.verbose and isinstance(request.body, Unknown) and request.body_file is None \
                and not any(f.code == UNREAD_LAUNCH for f, _ in request.findings):  # (a body file is checked there)
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the launch's options are not known here (`{clipped(_masked_source(request, text))}`): "
                "its body was not seen, nothing in it was checked" if request.unknown_options else
                f"the launch's body is not known here (`{clipped(_masked_source(request, text))}`): "
                "nothing in it was checked", _unknown_body_help(request, kind),
                span=lines.span(*(request.body_span or request.site))))
        elif limits.verbose and request.body is NO_BODY and not request.bodiless and request.body_file is None \
                and isinstance(request.method, Unknown) and request.sends == "json":
            # `fetch(url, options)` to the launch path: a launch found, whose method and body are not seen.
            findings.append(Finding(
                UNREAD_LAUNCH, (), "the launch's options are not known here: its method and body were not seen, "
                "nothing in it was checked", "write the method and body in the call, or check the body as a payload file",
                span=lines.span(*request.site)))
        elif limits.verbose and isinstance(request.body, SdkDocBlank):
            findings.append(Finding(
                UNREAD_LAUNCH, (), "the launch's body is written as the SDK's API docs write a blank to fill in "
                f"({request.body.written}): nothing in it was checked",
                f"write {request.body.members} in the example to have them checked",
                span=lines.span(*(request.body_span or request.site))))
        elif limits.verbose and type(request.body) is OpenObject and not request.body:
            findings.append(Finding(
                UNREAD_LAUNCH, (), "the launch's body gets its members where flowlint cannot follow them (a condition, a "
                "loop, a call given the object, a change after the send): nothing in it was checked",
                "give the members in the literal, or in statements just before the send in the same block",
                span=lines.span(*(request.body_span or request.site))))
        elif limits.verbose and (left := request.members_unread) is not None:
            findings.append(Finding(UNREAD_LAUNCH, (), f"{left[1]}: the members it gives were not checked (the rest of "
                                    "the body was)", left[2], span=lines.span(*left[0])))
        elif limits.verbose and (gave_up := request.values_unknown) is not None:
            where, why, how = gave_up
            findings.append(Finding(UNREAD_LAUNCH, (), f"{why}: " + ("the values it holds were not checked (its keys were)" if
                                    request.body else "nothing in it was checked (any of its keys may be rewritten)"), how,
                                    span=lines.span(*where)))
        if limits.verbose and request.flow_unknown is not None:
            where, why = request.flow_unknown
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the flow this launch starts is not known here: {why}, so its inputs were not checked "
                "against the flow's contract", "write the flow ID in the body, or assign it once to a literal before the "
                "launch", span=lines.span(*where)))
        if limits.verbose and (unnamed := request.key_unknown) is not None and not isinstance(request.body, Unknown):
            where, written = unnamed
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the body has a member whose key is not known here (`{clipped(printable(written))}`): "
                "that member was not checked (its name, its `Flow.` prefix, its value), the others were",
                "write the key as a string, or as a constant bound once to one", span=lines.span(*where)))
        if limits.verbose and request.client_unknown is not None and request.sends == "opaque" \
                and isinstance(request.body, dict):  # (a data= dict: sent form-encoded by requests and httpx)
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the body is given to `{clipped(printable(request.client_unknown))}`, which is not "
                "known to be requests' or httpx's: how it sends a dict (as JSON, or form-encoded as those send a data= "
                "dict) was not judged; its members were checked", "pass the body as json= to have how it is sent checked",
                span=lines.span(*(request.body_span or request.site))))
        if limits.verbose and request.asserted:
            predicting = [code for code, rule in RULES.items() if rule.refusal and rule.refusal.meets(request.asserted)]
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the test asserts {request.asserted.said} of this launch, its point: the rules "
                f"predicting it ({', '.join(predicting)}) and those predicting no refusal did not judge it; those "
                "predicting another refusal did",
                "nothing to change: a test that means the launch to succeed asserts a 2xx", span=lines.span(*request.site)))
        if limits.verbose and request.unseen_fixture is not None:
            fixture, where = request.unseen_fixture
            findings.append(Finding(
                UNREAD_LAUNCH, (), f"the test takes `{printable(fixture)}`, a fixture no file of the checked tree defines: "
                "a conftest.py above the tree (which flowlint does not read) may make it a stand-in for the platform, "
                "so the launch's flowId and flowVersion were taken as test data, not judged",
                "check from the project's root, where pytest finds its conftest.py files", span=lines.span(*where)))
        read: list[Document] = []
        if request.body_file is not None and name is not None:
            from . import gc_cli  # (a body read from another file: rare, its reader loaded then)

            reference, variables = request.body_file
            if request.kind in _FILE_BODY_COMMANDS and outside is not None:
                pass  # (an absolute path outside the checked tree: said above, never read)
            elif request.kind in _FILE_BODY_COMMANDS:  # `-d @launch.json`: curl reads it from the directory it runs in
                found = _cli_body_paths(reference, name, limits)
                read = _cli_body(request, found, {}, limits)
                if not read:
                    target = os.path.relpath(os.path.realpath(found[0])) if len(found) == 1 and os.path.islink(found[0]) \
                        else reference  # (a link out of the tree is not read: what it points to is the file to check)
                    findings.append(_located(_curl_body_unread(reference, _cli_body_unread(found, limits), request.kind,
                                                               target), request.body_span, lines))
            elif request.kind == gc_cli.KIND:  # the CLI's launch: its body file not read is said
                directory = gc_cli.DIRECTORY in variables
                found = _cli_body_paths(reference, name, limits, directory=directory)
                read = _cli_body(request, found, variables, limits)
                if not read:
                    findings.append(_located(gc_cli.body_file_unread(reference, _cli_body_unread(
                        found, limits, directory=directory), directory=directory), request.body_span, lines))
            else:
                read = _read_body(request, _request_body_path(reference, name), variables, limits)
                if not read and request.kind == "http-file":  # a request file's `< ./body.json` not read is said too
                    findings.append(_located(_request_body_unread(reference, name, limits), request.body_span, lines))
        launch_document = LaunchDocument(name, request, text, lines, findings, number)
        if first is None:
            first = launch_document
        else:
            launch_document.shares_words_with(first)  # one lower-cased copy of the file's text for all its launches
        documents.append(launch_document)
        documents.extend(read)
    if kind == "postman":  # a collection's scripts are not read: a launch a pre-request or test script sends is said
        from . import postman

        documents.extend(_unread(name, lines, where, postman.SCRIPT_WHY, beside_read=bool(launches))
                         for where in postman.script_mentions(text))
    if launches or (requests and kind in mentions.KINDS):
        # A request read and known to be no launch (a run's status read through a wrapper) is no unread mention; one
        # whose URL is not known (`curl "$URL"`, URL bound where the reader cannot follow) may be one: no shield.
        # A launch whose body was never seen (`superagent.post(URL)`, its body given to a `.send(…)` no reader follows)
        # had nothing checked: where it uses the URL is said, as a call not read.
        # A request to the launch path judged no launch (unjudged) is read: where its URL goes was decided, and said.
        judged_none = {id(request) for request, _ in unjudged}
        shields = [request for request in requests if (request in launches or _known_destination(request)
                                                       or id(request) in judged_none
                                                       or request.shown_wrong is not None)  # (read: a page's wrong one)
                   and not _body_unseen(request)]
        said = beside([*(request.site for request in shields),
                       *(request.url.span for request in shields
                         if isinstance(request.url, Text) and request.url.span is not None)])
        # The URL written in the call of a launch whose body was never seen (`client.post('…/flows/executions')
        # .send(body)`, `req = client.post(…)` then `req.send(body)`: a client no reader follows): said there, as a
        # bound URL is where it is used. In code only: a command's options not seen (`curl $OPTS "$URL"`) say their own.
        at = {where for where, _ in said}
        documents.extend(_unread(name, lines, where, why, beside_read=True) for where, why in said)
        documents.extend(_unread(name, lines, request.url.span, _body_unseen_why(request, text), beside_read=True,
                                 named=_ENDPOINT) for request in launches
                         if kind in CODE_KINDS and _body_unseen(request)
                         and (request.kind not in _OWN_BODY_CLIENTS or _CHAINED.match(text, request.site[1]) is not None)
                         and isinstance(request.url, Text) and request.url.span is not None
                         and request.site[0] <= request.url.span[0] < request.site[1] and request.url.span not in at)
    if not documents and named and kind in NOTED_WHEN_EMPTY and kind_note(kind, name, data):
        return [not_read(name, kind_note(kind, name, data))]
    return _unquoted_secrets(documents, text, requests)


#: A call chained onto a request's own call (`.send(`, `?.set(`): where a client no reader follows may give the body.
_CHAINED = re.compile(r"\s*\??\.\s*[A-Za-z_$][\w$]*\s*\(")
#: Clients whose instance may send a body of its own when a call gives none (`got.extend({json})`): such a call with
#: no body seen is said only when a call is chained onto it.
_OWN_BODY_CLIENTS = frozenset({"got", "ky"})


def _body_unseen_why(request: LaunchRequest, text: str) -> str:
    """Why a launch read with no body seen (_body_unseen) is said at the URL written in its call: the call it is given
    to, as far as its opening parenthesis."""
    assert isinstance(request.url, Text) and request.url.span is not None
    written = text[request.site[0]:request.url.span[0]]
    callee = written[:written.find("(")].strip() if "(" in written else ""
    return (f"it is passed to `{clipped(callee, 40)}(…)`, " if callee else "it is passed to a call, ") + \
        "a POST whose body is given where flowlint does not look (a call chained on or made later, such as `.send(…)`, on a client " \
        "it does not know): nothing in it was checked"


def _body_unseen(request: LaunchRequest) -> bool:
    """Whether a POST was read with no body at all: none written where the reader looks, none known to be absent, none
    read from a file, nothing said of its options; or a curl command whose method and body may both be in options it
    does not see (`curl $CURL_OPTS "$URL"`, `curl "${opts[@]}" "$URL"`)."""
    return request.body is NO_BODY and (request.method == "POST" or (request.kind == "curl" and isinstance(
        request.method, Unknown))) and not request.bodiless and request.body_span is None \
        and request.body_file is None and not request.unknown_options and not request.findings


def _unquoted_secrets(documents: list[Document], text: str, requests: Sequence[LaunchRequest]) -> list[Document]:
    """The documents of a file, none of whose notes quotes a secret the file writes: a note quotes the file's text (an
    expression, a call, a path: `make_body(client_secret="…")`), so each secret its excerpts mask (credential_literals,
    and those its readers found) is masked in the notes' messages, helps and subjects too (which every output shows
    and the cache stores). Scanned only when a note was made."""
    if not any(document.findings for document in documents):
        return documents
    secrets = secret_texts(text, [*credential_literals(text), *(span for request in requests for span in request.secrets)])
    if not secrets:
        return documents
    for document in documents:
        document.findings = [_unquoting(finding, secrets) for finding in document.findings]
    return documents


def _unquoting(finding: Finding, secrets: list[str]) -> Finding:
    message, help_text = without_secret_texts(finding.message, secrets), without_secret_texts(finding.help, secrets)
    subject = without_secret_texts(finding.subject, secrets) if finding.subject else finding.subject
    if (message, help_text, subject) == (finding.message, finding.help, finding.subject):
        return finding
    return replace(finding, message=message, help=help_text, subject=subject)


def _unknown_body_help(request: LaunchRequest, kind: str) -> str:
    """What to do about a launch whose body is not known, by what writes it: a data action's template passing its
    caller's input through, curl reading it from stdin or a file not named, a document's example, code."""
    if request.kind in ("data-action", "terraform"):
        written = "write the requestTemplate as JSON with the inputs in it (`{\"flowId\": \"${input.flowId}\", …}`) to have it checked"
        if isinstance(request.body, Unknown) and "#" in request.body.source:  # `#if`, `#foreach`: a shape made at run time
            return (f"its directives (#if, #foreach) shape the body only when the action runs: {written}, or check a "
                    "body it makes as a payload file")
        return f"the action sends what its caller gives it: check that body where the action is called (or as a payload file), or {written}"
    if request.kind == "curl" and isinstance(request.body, Unknown) and request.body.source.startswith("@"):
        return ("name the body file in the command (`-d @launch.json`, kept in the checked tree) to have it checked with "
                "the launch, or check the body as a payload file")
    if request.kind == "curl":
        return ("write the JSON in the command (`-d '{…}'`) or in a file it names (`-d @launch.json`, kept in the checked "
                "tree), or check the body as a payload file")
    if request.kind == "wget":
        return ("write the JSON in the command (`--post-data='{…}'`) or in a file it names (`--post-file=launch.json`, "
                "kept in the checked tree), or check the body as a payload file")
    if request.kind == "httpie":
        return ("write the body as the command's items (`flowId=…`, `inputData:='{…}'`) or its `--raw '{…}'`, or check "
                "the body as a payload file")
    if kind == "markdown":
        return "write the body in the example as JSON to have it checked, or check it as a payload file"
    return "build the body in this file (a literal, or a name bound once to one), or check it as a payload file"


def _masked_source(request: LaunchRequest, text: str) -> str:
    """The expression a launch's unknown body is written as, each character of a secret the file writes in it masked as
    its excerpt masks it (`$(gen-body --secret ****)`); one written otherwise (unescaped) is masked by its text. A
    source read from a text whose template holes a reader wrote as stand-ins of the same width (a CI service's
    `${{ … }}`, a template page's tag) is quoted as the file writes it where it stands, never as the stand-ins."""
    assert isinstance(request.body, Unknown)
    source = request.body.source
    start, end = request.body_span or request.site
    at = text.find(source, start, end) if source else -1
    if at < 0 and source and source != "…" and end - start in (len(source), len(source) + 2):
        # (the stand-ins keep each character's place: the span is the source as written, or it in its quotes)
        quoted = end - start > len(source) and text[start] in "\"'" and text[end - 1] == text[start]
        at = start + 1 if quoted else start if end - start == len(source) else -1
    if at < 0:
        return source
    return masked_at(text, at, at + len(source), [*credential_literals(text), *request.secrets])


def _sign_in(kind: str, name: str | None, text: str, lines: LineIndex, credentials: list[tuple[Offsets, str]]) -> list[Document]:
    """A file that signs in to Genesys Cloud but sends no launch: its literal secrets and bearer tokens are said
    (FL305, by the request rules) and masked, as beside a launch."""
    credentials = list(credentials)
    for match in _BEARER.finditer(text):
        if literal_secret(match.group(1)):
            credentials.append(((match.start(1), match.end(1)), "a bearer token"))
    if not credentials:
        return []
    request = LaunchRequest("sign-in", (0, 0), None)
    request.credentials = list(dict.fromkeys(credentials))
    return [LaunchDocument(name, request, text, lines, [], 0)]


_UNSURE = "neither its method nor its body is seen here, so it may launch a flow or read a run's status"
_UNSURE_BODILESS = "its method is not known here and it sends no body, so it may launch a flow or read a run's status"
_ENDPOINT = "the launch endpoint"
#: What a note names where the path is written without Genesys Cloud's /api/v2/ before it: other products have a
#: flows/executions of their own (Kestra, workflow engines…), and a base held elsewhere (a constant, a parameter) is not
#: followed here, so nothing is said of whose it is.
_SOME_PATH = "a flows/executions path whose base is not written in the URL"
#: How far back before a mention its URL is looked for (a URL's scheme, host and /api/v2/).
_URL_REACH = 400
#: The URL written just before a mention, in the same token (a literal's text: no space or quote), matched on the
#: reversed text before the mention: one pass over at most _URL_REACH characters, however many mentions a file has.
_URL_HEAD_REVERSED = re.compile(r"[^\s'\"`]*")
#: A host name, all of what a note may show of a URL: letters, digits, hyphens, underscores and dots only.
_HOST_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?")


def _url_head(text: str, start: int) -> str:
    """The URL text written just before `start`, in the same token, looking back at most _URL_REACH characters."""
    before = text[max(0, start - _URL_REACH):start][::-1]
    head = _URL_HEAD_REVERSED.match(before)
    return head.group()[::-1] if head is not None else ""


def _written_host(url: str) -> str | None:
    """The host name a URL is written with (urls.url_host), or None when it has none that is only a host name: all a
    note may show of a URL (never its userinfo, port, path or query, which may carry a secret)."""
    host = url_host(url)
    return host if host is not None and _HOST_NAME.fullmatch(host) else None


def _near_miss_named(url: str) -> str | None:
    """The path of a URL a note names (the URL text before a mention, and the mention) when it goes to a Genesys Cloud
    host at a near miss of the launch path: written whole in the mention (CodeReader._near_miss_written), or before and
    in it (`https://api.mypurecloud.com/api/v1/` + `flows/executions`); else None."""
    near = next(platform_near_misses(url), None) if "//" in url else None
    return near.group(2) if near is not None and near.span() == (0, len(url)) else None


def _sent_instead(path: str | None) -> str:
    """The near miss's help, where to send the launch instead: `send it to /api/v2/flows/executions (the platform
    answers 404 at `…`)`, the near miss's path quoted when known."""
    return f"send it to {LAUNCH_PATH}" + (f" (the platform answers 404 at `{printable(clipped(path, 120))}`)" if path is not None else "")


def _named(text: str, start: int, end: int, head: str | None = None, near: str | None = None) -> str:
    """What an FL011 note says the file names at [start, end): the launch endpoint only where the text says it is
    Genesys Cloud's (its /api/v2/ path, the flow ID's path under /api/v2/, an SDK's launch method); a flows/executions
    URL on another product's host (named by its host alone: its path or query may hold a key), or a path with nothing
    of Genesys Cloud's before it, as just that: never a launch on a guess. A URL to a Genesys Cloud host at a near miss
    of the launch path is named by its path, as the near miss it is (`near`: that path, found already with `head`)."""
    mention = text[start:end]
    if "/" not in mention:
        return _ENDPOINT  # postFlowsExecutions, post_flows_executions: the SDK's launch method
    path = near
    if head is None:  # (`head` and `near`: found already, by _unread)
        head = _url_head(text, start)
        path = _near_miss_named(head + mention)
    if path is not None:
        return f"`{printable(clipped(path, 120))}` on a Genesys Cloud host (a near miss of {LAUNCH_PATH}, which no endpoint answers)"
    if _MENTION.search(mention) is None:
        return _ENDPOINT  # a URL a code reader built from pieces and read as Genesys Cloud's (CodeReader._pieced_mention)
    host = _written_host(head + mention)
    if host is not None and other_vendor(host):
        return _other_host(shown_host(host))
    if mention.lower().startswith("api/v2/") or head.lower().endswith("api/v2/"):
        return _ENDPOINT
    return _SOME_PATH


def _other_host_launch(request: LaunchRequest) -> str | None:
    """The host of a request shaped as a launch (POST or a method not seen, a body, the exact path
    /api/v2/flows/executions) that goes to another product's host (urls.other_vendor), as a note may show it; else
    None. Such a request is judged no launch, so it is said rather than passed over in silence."""
    if request.url is None or request.body is NO_BODY or (isinstance(request.method, str) and request.method != "POST"):
        return None
    found = launch_url(request.url)
    if found is None or found.rest or found.in_path or found.unseen_base or not other_vendor(found.host):
        return None
    if found.near_miss:
        return None  # (another product's path, /api/v1/flows/executions: Kestra's, sending its own body)
    return _shown_name(found.host)


def _shown_name(host: str | None) -> str | None:
    """A host as a note names it: only one written as a host name (_HOST_NAME), its secret-shaped labels masked."""
    return shown_host(host) if host is not None and _HOST_NAME.fullmatch(host) else None


def _known_destination(request: LaunchRequest) -> bool:
    """Whether where a request goes is known to be its own (an SDK's call, a URL written from its start: a status read,
    another endpoint), not a URL that starts with a value not known (`"$URL"`, `"${BASE}/x"`), which may be the
    launch endpoint bound where the reader cannot follow."""
    url = request.url
    return not isinstance(url, Text) or not url.parts or not isinstance(url.parts[0], Unknown)


def _defaults_elsewhere(request: LaunchRequest, text: str) -> str | None:
    """The host, as a note names it, of another product's that a launch-shaped request's base falls back to when it is
    not set (urls.foreign_default: `os.environ.get("SCHED_URL", "https://sched.example.com")`), or None."""
    if request.url is None or request.body is NO_BODY or (isinstance(request.method, str) and request.method != "POST"):
        return None
    found = launch_url(request.url)
    if found is None or found.rest or found.in_path or found.unseen_base:
        return None
    return foreign_default(request, text)


def _elsewhere(name: str | None, lines: LineIndex, request: LaunchRequest, host: str, *,
               defaulted: bool = False) -> Document:
    """FL011 at a launch-shaped request to another product's host (_other_host_launch), or whose base falls back to one
    (`defaulted`: _defaults_elsewhere): not checked, and why."""
    where = request.url.span if request.url is not None and request.url.span is not None else request.site
    said = f"whose base falls back to {host} (not a Genesys Cloud host) when it is not set" if defaulted \
        else f"to {_other_host(host)}"
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"this request {said} was not checked as a launch: flowlint checks launches "
        "sent to Genesys Cloud's hosts (and local stand-ins), and this host is neither",
        "if this host forwards launches to Genesys Cloud (a gateway, a proxy), check the body as a payload file; if it "
        "is another product's API, nothing is wrong", span=lines.span(*where))])


def _other_host(shown: str) -> str:
    return f"a flows/executions URL on {shown} (not a Genesys Cloud host)"


def _request_named(request: LaunchRequest) -> str:
    """What a request read at a launch path names (see _named): the endpoint unless its path is written without /api/v2/."""
    found = launch_url(request.url) if request.url is not None else None
    return _SOME_PATH if found is not None and found.unseen_base else _ENDPOINT


def _quiet_mention(name: str | None, data: bytes, at: int, what: str) -> Document:
    """FL011 at the launch endpoint a config file names (a manifest's command): flowlint reads no launch there."""
    text = data.decode("utf-8", "replace")
    start = len(data[:at].decode("utf-8", "replace"))
    return _unread(name, LineIndex(text), (start, start + len("flows/executions")),
                   f"{what.split(':')[0]} is not searched for launches (a command or code in it may send one)")


def value_mention(name: str | None, data: bytes) -> Document | None:
    """FL011 at the launch endpoint a JSON/YAML file read as no launch body names in a value, in a file that sends a
    request (kinds.value_launch_mention: a Taskfile's command, an n8n node's URL): flowlint reads no request there, so
    the launch it may send is said, never passed in silence. None for any other file."""
    at = value_launch_mention(data)
    if at is None:
        return None
    text = data.decode("utf-8", "replace")
    start = len(data[:at].decode("utf-8", "replace"))
    return _unread(name, LineIndex(text), (start, start + len("flows/executions")),
                   "flowlint reads a JSON or YAML file as a launch body (or as a few tools' files: GitHub workflows, "
                   "CI pipelines), and this one is neither: a command or request written in its values is not read")


def _unread(name: str | None, lines: LineIndex, where: Offsets, why: str | None, *, beside_read: bool = False,
            named: str | None = None) -> Document:
    """FL011: the file names the endpoint where no launch was read (in all the file, or `beside_read` launches read
    elsewhere in it): said, so no output means checked. `named`: what is named there, when not the text at `where`
    (a request's whole call): see _named."""
    head = _url_head(lines.text, where[0])
    near = _near_miss_named(head + lines.text[where[0]:where[1]])
    named = named or _named(lines.text, *where, head=head, near=near)
    # (flowlint named once a sentence: a reason that names it says the rest without it)
    what = ("this block's body was not read as a launch" if beside_read and why == mentions.BODY_ONLY
            else f"this mention of {named} was not read as a launch" if beside_read
            else f"the file mentions {named}, but " + ("no launch was read in it" if why and "flowlint" in why
                                                       else "flowlint read no launch in it"))
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), what + (f": {why}" if why else ""),
        f"if this launches a flow, {_sent_instead(near)}; if it reads something else, nothing is wrong" if near is not None else
        "if this sends a launch, write it with a client flowlint reads (docs/code-launches.md) or check its body as a "
        "payload file; if it does not, nothing is wrong", span=lines.span(*where))])


def _unproven(name: str | None, lines: LineIndex, request: LaunchRequest, why: str) -> Document:
    """FL011: a request to a launch path that nothing shows is Genesys Cloud's (`unproven`): not judged, and said."""
    where = request.url.span if request.url is not None and request.url.span is not None else request.site
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"this request was not read as a launch: {why}",
        "if it launches a Genesys Cloud flow, POST to the full path /api/v2/flows/executions (or write its base URL where "
        "flowlint sees it) with the flow ID in the body as \"flowId\"; if it is another API's, nothing is wrong",
        span=lines.span(*where))])


def _near_miss(name: str | None, lines: LineIndex, request: LaunchRequest) -> Document:
    """FL011: a launch sent to a near miss of the launch path (urls.near_miss_endpoint) where nothing shows it goes to
    Genesys Cloud (a base not seen, a host of the project's own): the platform would answer 404, but this host may
    serve that path itself, so it is said, not judged (FL308 where the host is the platform's)."""
    assert request.url is not None
    found = launch_url(request.url)
    path = found.near_miss if found is not None else ""
    where = request.url.span if request.url.span is not None else request.site
    host = f"to {_shown_name(found.host) or 'a host of its own'}" if found is not None and found.host is not None \
        else "to a host not written here"
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"this launch is sent {host}, at `{printable(clipped(path, 120))}`: a near miss of {LAUNCH_PATH}, which no "
        "Genesys Cloud endpoint answers; not judged, since nothing here shows it goes to Genesys Cloud",
        f"if it launches a Genesys Cloud flow, {_sent_instead(path)}; if this host serves that path itself, nothing is wrong",
        span=lines.span(*where))])


def _shown_wrong(name: str | None, lines: LineIndex, request: LaunchRequest) -> Document:
    """FL011 (`-v`): a launch the documentation shows as a wrong example: read, not judged, never fixed, and said why."""
    assert request.shown_wrong is not None
    where, words = request.shown_wrong
    at = f", line {lines.position(where[0])[0]}"
    page = "document" if request.kind == "openapi" else "collection" if request.kind == "postman" else "page"
    example = request.kind == "openapi" or request.example  # (said at the example, not at its operation's method)
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"this launch was not judged: the {page} shows it as a wrong example (\"{printable(clipped(words))}\"{at})",
        f"if the {page} means it as a launch to copy, take away the words marking it wrong; a wrong example is read, never "
        "judged or fixed", span=lines.span(*(request.site if example else request.method_span
                                            or (request.url.span if request.url is not None else None) or request.site)))])


def _probe(name: str | None, lines: LineIndex, request: LaunchRequest) -> Document:
    """FL011 (`-v`): a request of another method than POST to the launch path that sends no body: a probe, not judged."""
    where = request.method_span or (request.url.span if request.url is not None and request.url.span is not None
                                    else request.site)
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"this request was not read as a launch: it is sent with method {clipped(str(request.method), 20)} "
        "and no body (a health check, a CORS preflight, a probe), and only a body makes a launch",
        "if it is meant to launch a flow, send it with POST and the launch request as its JSON body; if it only probes "
        "the endpoint, nothing is wrong", span=lines.span(*where))])


def _foreign_launch(name: str | None, data: bytes) -> Document | None:
    """FL011 for a file in a language flowlint does not read (Go, Java, C#…) that mentions a launch: named or walked,
    its launch would otherwise pass unchecked in silence."""
    if not may_mention_foreign_launch(name, data):
        return None
    text, _ = decode(data)
    if text is None:  # a Windows-1252 C# file, say: its ASCII mention is still found, at a column near enough
        text = data.decode("utf-8", "replace")
    mention = foreign_launch_mention(text)
    if mention is None:
        near = _foreign_near_miss(text) if not is_terraform_state(name) else None
        return _foreign_near_miss_note(name, data, text, near) if near is not None else None
    if is_terraform_state(name):
        return _state_mention(name, text, mention.start(), mention.end())
    language = f"{foreign_language(name, data)} files"
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"the file mentions {_named(text, mention.start(), mention.end())}, but flowlint does not read "
        f"{language}: a launch here is not checked",
        "check the launch's body as a payload file (a JSON file the code sends, or a test's fixture), or send it from a "
        "language flowlint reads (docs/code-and-request-files.md)", span=LineIndex(text).span(mention.start(), mention.end()))])


def _foreign_near_miss(text: str) -> re.Match[str] | None:
    """The first URL in code of a language flowlint does not read that goes to a Genesys Cloud host at a near miss of
    the launch path (`"https://api.mypurecloud.com/api/v2/flows/execution"` in Go), or None."""
    return next(platform_near_misses(text), None)


def _foreign_near_miss_note(name: str | None, data: bytes, text: str, found: re.Match[str]) -> Document:
    """FL011 for a near miss of the launch path on a Genesys Cloud host in code flowlint does not read: a launch sent
    there gets a 404 (FL308 where flowlint reads the request), said rather than passed over."""
    language = f"{foreign_language(name, data)} files"
    path = printable(clipped(found.group(2), 120))
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"the file names `{path}` on a Genesys Cloud host, a near miss of {LAUNCH_PATH} that no "
        f"endpoint answers, but flowlint does not read {language}: a launch sent there is not checked",
        f"if it launches a flow, {_sent_instead(None)}; if it reads something else, nothing is wrong",
        span=LineIndex(text).span(found.start(), found.end()))])


#: A state file's line that is one JSON member with a string value and no query (`"request_url_template": "/api/…"`,
#: as `terraform apply` writes it): the one line of a state its note may show (any other may hold a secret).
_LONE_MEMBER = re.compile(r'[ \t]*"[A-Za-z0-9_]{1,64}"[ \t]*:[ \t]*"[^"\\?]{0,200}"[ \t]*,?[ \t]*')


def _state_mention(name: str | None, text: str, start: int, end: int) -> Document:
    """FL011 for a Terraform state naming the launch endpoint (a deployed data action's template): flowlint does not
    read state files, which `terraform apply` writes from the .tf source. Its values are secrets: the note points at
    the mention only where its line holds nothing else (no excerpt of any other line shows)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip("\r")
    lines = LineIndex(text)
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"the file mentions {_named(text, start, end)}, but flowlint does not read Terraform state "
        "files: a launch its data actions make is not checked here",
        "check the Terraform source (.tf) it was applied from: flowlint reads a data action's launch there",
        span=lines.span(start, end) if _LONE_MEMBER.fullmatch(line) else None)])


def _undecodable(name: str | None, findings: list[Finding], data: bytes) -> Document:
    """FL011 for a code or request file that names the endpoint but is not UTF-8 text, where its first bad byte is."""
    why = findings[0].message.removeprefix("the file ").split(": ")[0] if findings else "is not UTF-8 text"
    text = data.decode("utf-8", "replace")
    mention = _MENTION.search(text)
    named = _named(text, *mention.span()) if mention is not None else _ENDPOINT
    return Document(name, findings=[Finding(
        UNREAD_LAUNCH, (), f"the file mentions {named}, but flowlint read no launch in it: it {why}",
        "re-save it as UTF-8 text: flowlint reads code and request files only as UTF-8",
        span=findings[0].span if findings else None)])


def not_read(name: str | None, why: str) -> Document:
    """A named file that is not checked as a launch request, with one note (FL012) saying why."""
    return Document(name, findings=[Finding(NOT_READ, (), f"not checked: {why}",
                                            "name the files that send the launch, or its body")])


def _skipped(name: str | None, why: str) -> Document:
    return Document(name, findings=[Finding(
        SKIPPED_FILE, (), f"not searched for launch requests: {why}, though it mentions the launch endpoint",
        "check the source it was built from instead")])


def _cli_body(request: LaunchRequest, found: list[str], variables: dict[str, str], limits: Limits) -> list[Document]:
    """The body the Genesys Cloud CLI's launch reads from a file (`--file`, `< FILE`, `cat FILE |`) or from each file
    of a directory (`--directory`): read only when exactly one place it may be was `found` (none, or more than one,
    is not guessed: _cli_body_unread says which), inside the checked tree and as any file is read; when it cannot be,
    the body stays unknown and the caller's FL011 note says why."""
    from . import gc_cli

    if len(found) != 1:
        return []
    how = {gc_cli.YAML: "1"} if gc_cli.YAML in variables else {}
    if gc_cli.DIRECTORY in variables:  # each of its files is a body the CLI sends
        return [document for path in _directory_files(found[0], limits)
                for document in _read_body(request, path, how, limits)]
    return _read_body(request, found[0], how, limits)


def _request_body_path(reference: str, name: str) -> str:
    """The path of the body file a request file names (`< ./body.json`): relative to the request file."""
    while reference.startswith("./"):
        reference = reference[2:]
    path = os.path.join(os.path.dirname(name), reference)
    return os.path.normpath(path) if ".." in reference.replace(os.sep, "/").split("/") else path


#: The commands whose body file (curl's `-d @launch.json`, wget's `--post-file=launch.json`) is read from the directory
#: they run in.
_FILE_BODY_COMMANDS = frozenset({"curl", "wget", "httpie"})


def _body_file_outside(request: LaunchRequest, limits: Limits) -> Finding | None:
    """FL011 for a curl launch whose body is a file named by an absolute path outside the checked tree (`-d @/etc/passwd`),
    never read: as a request file's `< /etc/passwd` is said. None for any other launch (a relative path is the
    command's working directory's, unknown here: its body stays unknown, said with -v)."""
    if request.kind not in _FILE_BODY_COMMANDS or not isinstance(request.body, Unknown):
        return None
    reference = request.body.source[1:] if request.body.source.startswith("@") else ""
    if not os.path.isabs(reference) or in_checked_tree(reference, limits):
        return None
    return Finding(UNREAD_LAUNCH, (), f"the launch was read, but not its body: {request.kind} reads it from "
                   f"`{clipped(reference, 80)}`, "
                   "outside the checked tree, which flowlint never reads; nothing in it was checked",
                   "keep the body file inside the checked tree and check it as a payload file")


def _curl_body_unread(reference: str, why: str, command: str = "curl", target: str | None = None) -> Finding:
    """FL011 for curl's body file (`-d @launch.json`, wget's `--post-file`) not read, saying why (_cli_body_unread: curl,
    as the CLI, reads a relative name from the directory it runs in); `target`: the file to check as a payload (what a
    link names), when not `reference`."""
    target = printable(target) if target is not None else reference
    return Finding(UNREAD_LAUNCH, (), f"the launch was read, but not its body: {command} reads it from the file "
                   f"`{clipped(reference, 80)}`, which {why}; nothing in it was checked",
                   "keep the body file in the checked tree (beside this file, or in a directory checked) so it is "
                   f"checked with this launch, or check it as a payload file (`flowlint check {clipped(target, 80)}`)")


def _request_body_unread(reference: str, name: str, limits: Limits) -> Finding:
    """FL011 for a request file's body file (`< ./body.json`) that _read_body could not read, saying why: as the
    Genesys Cloud CLI's body file not read is said (gc_cli.body_file_unread), never a silent miss."""
    path = _request_body_path(reference, name)
    if not os.path.lexists(path):
        why = "is not found beside this file"
    elif not in_checked_tree(path, limits):
        why = f"is {printable(os.path.relpath(path))}, outside the checked tree (check that directory too)"
    else:
        why = "could not be read as a launch body (not a regular file, not text, or larger than max-file-size)"
    return Finding(UNREAD_LAUNCH, (), f"the launch was read, but not its body: its body file `{clipped(reference, 80)}` "
                   f"{why}; nothing in it was checked",
                   "keep the body file inside the checked tree, as a UTF-8 text file, or check the body as a payload file")


def _read_body(request: LaunchRequest, path: str, variables: dict[str, str], limits: Limits) -> list[Document]:
    """The body read from the file at `path`, inside the checked tree only, as any file is read."""
    if not in_checked_tree(path, limits):
        return []
    data = read_path(path, limits=limits)
    if isinstance(data, Document):
        return []
    text, _ = decode(data)
    if text is None:
        return []
    text = text.removeprefix("\ufeff")
    from . import gc_cli

    if gc_cli.YAML in variables:  # the CLI's `--inputformat yaml`: converted to JSON as go-yaml reads it (YAML 1.1)
        return [load_text(text, path, limits=replace(limits, yaml_version="1.1"), kind="yaml")]
    body = LaunchRequest(request.kind, (0, len(text)), request.url, request.method, body_span=(0, len(text)))
    if request.kind == "terraform":  # a local of another .tf file, a template file: read as Terraform reads them
        from .terraform import file_body

        file_body(body, text, variables, limits.max_depth)
    else:
        embedded_body(body, text, 0, variables, limits.max_depth)
    lines = LineIndex(text)
    findings = [_located(finding, where, lines) for finding, where in body.findings]
    return [LaunchDocument(path, body, text, lines, findings)]


def _directory_files(path: str, limits: Limits) -> list[str]:
    """The files of a directory inside the checked tree the CLI sends each of (`--directory`), in name order, at most
    gc_cli.MAX_DIRECTORY_FILES (a subdirectory is none: the CLI fails on it)."""
    from . import gc_cli

    if not in_checked_tree(path, limits):
        return []
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries if entry.is_file())
    except OSError:
        return []
    return [os.path.join(path, file) for file in names[:gc_cli.MAX_DIRECTORY_FILES]]


def _cli_body_paths(reference: str, name: str, limits: Limits, *, directory: bool = False) -> list[str]:
    """The files a body file the Genesys Cloud CLI reads may be: it reads a relative name from the directory it runs
    in, not known here, so the one beside the file that runs it, those in the directories checked and the one in the
    working directory; each that is a file, once by its real path (inside the checked tree or not)."""
    if os.path.isabs(reference):
        candidates = [reference]
    else:
        bases = (os.path.dirname(name), *checked_tree(limits), os.getcwd())
        candidates = [os.path.join(base, reference) for base in bases]
    found: dict[str, str] = {}
    for candidate in candidates:
        if os.path.isdir(candidate) if directory else os.path.isfile(candidate):
            found.setdefault(os.path.realpath(candidate), os.path.normpath(candidate))
    return list(found.values())


def _cli_body_unread(found: list[str], limits: Limits, *, directory: bool = False) -> str:
    """Why the CLI's body file was not read (_cli_body_paths `found` none, or more than one, or it could not be read)."""
    if len(found) > 1:
        return (f"may be {' or '.join(printable(os.path.relpath(path)) for path in found[:2])} (the CLI reads it from "
                "the directory it runs in)")
    if found and in_checked_tree(found[0], limits):
        return ("holds no file flowlint could read" if directory
                else "could not be read as a launch body (not text, or larger than max-file-size)")
    if found and os.path.islink(found[0]):  # (the link is where it is named: only what it points to is outside)
        return f"is a link to {printable(os.path.relpath(os.path.realpath(found[0])))}, outside the checked tree"
    if found:
        return f"is {printable(os.path.relpath(found[0]))}, outside the checked tree (check that directory too)"
    return "is not found (beside this file, in the directory checked, or in the working directory)"


def _located(finding: Finding, where: Offsets | None, lines: LineIndex) -> Finding:
    """A finding made while reading a launch, at its place in the file (and its syntax fix's edits, moved there)."""
    fix = finding.fix
    if fix is not None and fix.edits and not fix.operations:
        fix = replace(fix, edits=tuple(replace(edit, span=lines.span(edit.start, edit.end)) for edit in fix.edits))
        finding = replace(finding, fix=fix)
    return replace(finding, span=lines.span(*where)) if where else finding
