"""The one shape every source produces: a launch request as written in a file, with positions.

Positions are character offsets `(start, end)` into the text of the file the user opened,
even for a body written as JSON inside a string (a Postman raw body, a HAR `postData.text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..core.codes import DUPLICATE_KEY, NO_REFUSAL, PARSE_ERROR, UNREAD_LAUNCH, Refusal
from ..core.credentials import FALLBACK_GETTERS as FALLBACK_GETTERS
from ..core.credentials import PLACEHOLDER_WORDS, holds_template_hole, placeholder_password
from ..core.credentials import VALUE_WRAPPERS as VALUE_WRAPPERS
from ..core.diagnostics import Finding, Path, Target
from ..core.unknown import Unknown, UnknownText
from .json_source import JsonLocator

# The request classes below are compared by identity and never printed (no test or corpus calls their __eq__, __hash__ or
# __repr__): eq=False and repr=False spare generating them (~0.7 ms of a launch file's first-use imports).

#: Character offsets [start, end) in the file's text.
Offsets = tuple[int, int]
#: The body was not given (a GET with no body, a curl command without data).
NO_BODY: Any = type("NoBody", (), {"__repr__": lambda self: "NO_BODY"})()


def run_time_text(path: tuple[Any, ...], shown: str, source: str | None = None) -> Unknown | UnknownText:
    """A string whose content is made at run time (a template's holes, `JSON.stringify(x)`, `str(n)`), at `path` in a
    body: under `inputData` (itself, an input's value, an item) an UnknownText, so a type check judges it (FL105, FL204:
    a string, whatever it holds); in the envelope (`flowId`, `name`), whose format is what is judged, unknown."""
    return UnknownText(shown) if path[:1] == ("inputData",) else Unknown(shown if source is None else source)


class RoundedInteger(int):
    """An integer literal JavaScript cannot hold (past 2**53, between two doubles): the value is the double it is read as,
    which JSON.stringify sends; `written` is the literal as the code writes it."""

    written: str

    def __new__(cls, value: int, written: str) -> RoundedInteger:
        self = super().__new__(cls, value)
        self.written = written
        return self

    def __neg__(self) -> RoundedInteger:
        return RoundedInteger(-int(self), "-" + self.written)


@dataclass(frozen=True, eq=False, repr=False)
class Text:
    """A string whose parts may be unknown (`https://${host}/api/v2/flows/executions`), and where it is."""

    parts: tuple[str | Unknown, ...]
    span: Offsets | None = None

    @classmethod
    def known(cls, value: str, span: Offsets | None = None) -> Text:
        return cls((value,), span)

    @property
    def value(self) -> str | None:
        """The whole text when every part is known."""
        return "".join(p for p in self.parts if isinstance(p, str)) if all(isinstance(p, str) for p in self.parts) else None

    def known_prefix(self) -> str:
        """The text up to the first unknown part."""
        prefix = []
        for part in self.parts:
            if not isinstance(part, str):
                break
            prefix.append(part)
        return "".join(prefix)

    def shown(self) -> str:
        """The text with unknown parts shown by their source: `…/executions/{FLOW_ID}`."""
        return "".join(p if isinstance(p, str) else p.source if p.source.startswith(("$", "{")) else "{" + p.source + "}"
                       for p in self.parts)


#: The most words of shell text read in one file (curl.word_budget): every word is held while its launches are read
#: (~460 bytes each), so a script of 32 MiB of short words would take gigabytes. 250,000 is a script of some 2 MB,
#: 20,000 curl launches.
MAX_SHELL_WORDS = 250_000
#: What only a placeholder holds; "token" and "secret" only in a name (`ACCESS_TOKEN`, `GENESYS_CLIENT_SECRET`,
#: `mySecretToken_2`: words, and numbers after a separator), never in a token that merely holds those letters.
_PLACEHOLDER = re.compile("|".join(sorted(PLACEHOLDER_WORDS)) + r"|xxx|[<>{}$*]|\.\.\.", re.I)
_ROLE_IN_NAME = re.compile(r"token|secret", re.I)
_NAME = re.compile(r"[A-Za-z]+(?:[-_.](?:[A-Za-z]+|[0-9]+))*")
_SECRET = re.compile(r"[A-Za-z0-9\-._~+/=:]{16,}")  # a token or secret: long, no spaces


#: An AWS resource name (`arn:aws:secretsmanager:…`, `arn:aws-us-gov:ssm:…`): where a secret store keeps a secret,
#: never a secret (no token nor client secret holds a `:`, nor starts so).
_ARN = re.compile(r"arn:aws(?:-[a-z]+)*:[a-z0-9-]+:")


def literal_secret(value: str | None) -> bool:
    """Whether a string written in a file looks like a real token or secret, not a placeholder, a name or an ARN."""
    return value is not None and bool(_SECRET.fullmatch(value)) and not _PLACEHOLDER.search(value) \
        and not (_ROLE_IN_NAME.search(value) and _NAME.fullmatch(value)) and _ARN.match(value) is None


def written_password(value: str | None) -> bool:
    """Whether a password written where only a password goes (a URL's userinfo, curl's `-u user:password`) is a real
    one: any that is no placeholder (`<password>`, `${PW}`, `client_secret`), however short: its place says what it
    is: the masking's decision (core.credentials), and none that holds a hole (`x${PW}`: not all of it is written)."""
    return bool(value) and not placeholder_password(value or "") and not holds_template_hole(value or "")




#: The last word of a secret's name that says its value locates the secret rather than holds it: the secret store's
#: name, ARN or parameter for it (`CLIENT_SECRET_ARN`, `client_secret_name`, `clientSecretParam`), the file, path or
#: URL it is read from. Those values (`prod/genesys/oauth-client`, `/run/secrets/…`) look like a token, yet a file
#: naming one already reads the secret at run time, as FL305's help asks. Left out on purpose: `_ID` (AWS's SecretId
#: may be a name or an ARN, but a "client secret id" may as well be the secret under another name: only an ARN value
#: is known to be none, literal_secret), `_KEY`, `_VALUE` (the secret itself), `_ENV`/`_VAR` (a variable's name is
#: already no literal_secret; a token so named would be a secret).
_LOCATOR_WORDS = ("arn", "name", "param", "parameter", "path", "file", "url", "uri")


def is_secret_name(name: str) -> bool:
    """Whether a name holds a client secret: clientSecret, client_secret, GENESYSCLOUD_OAUTHCLIENT_SECRET; not one
    that locates it (`CLIENT_SECRET_ARN`, `clientSecretParam`: _LOCATOR_WORDS)."""
    normal = name.lower().replace("_", "").replace("-", "")
    at = normal.rfind("clientsecret")
    return at >= 0 and not normal.endswith(_LOCATOR_WORDS, at + len("clientsecret"))


@dataclass(frozen=True, eq=False, repr=False)
class Header:
    name: str
    value: Text | Unknown
    span: Offsets | None = None  # the whole header, or its value when that is all there is


class BodyLocator(Protocol):
    def offsets(self, path: Path, target: Target) -> Offsets | None: ...


@dataclass(eq=False, repr=False)
class TreeSpans:
    """Key and value offsets recorded for every node while a body was read from code."""

    spans: dict[Path, tuple[Offsets | None, Offsets]] = field(default_factory=dict)
    #: Members located outside the body's literal (a dumped dataclass's fields, where its class writes them): shown, never
    #: edited, since an edit there would change the user's class, not this body.
    shown_only: set[Path] = field(default_factory=set)
    #: Where and why the reader gave up the values of an object the body holds (its keys are still checked), and how to
    #: make them checkable: the first such place met while reading it ("`body` is handed to `normalize()` (line 4),
    #: which changes it (line 1)").
    values_unknown: tuple[Offsets, str, str] | None = None
    #: Where the body first has a member whose key flowlint cannot know (JavaScript's `[name]` of a parameter or a call,
    #: Python's `{key: …}` of one), and that key as written: said with -v, never taken as checked.
    key_unknown: tuple[Offsets, str] | None = None
    #: Keys an object literal of the body writes twice (`{"inputData": {...}, "inputData": {}}`): the language keeps
    #: the last, so the earlier value is never sent. Each: the member's path, where the earlier key is written, and the
    #: language ("JavaScript", "Python"); said once as FL002 by the request that reads this body (`said_twice`).
    repeated: dict[tuple[Path, Offsets], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        #: The paths recorded directly below each path: what `drop` forgets without a scan of every span.
        self._below: dict[Path, set[Path]] = {}
        for path in self.spans:
            if path:
                self._below.setdefault(path[:-1], set()).add(path)

    def add(self, path: Path, key: Offsets | None, value: Offsets) -> None:
        if path not in self.spans and path:
            self._below.setdefault(path[:-1], set()).add(path)
        self.spans[path] = (key, value)

    def drop(self, path: Path) -> None:
        """Forget where the member at `path` and everything below it were written (a later statement gave it another
        value): in time proportional to what is forgotten, so a body changed in N statements costs O(N), not O(N²)."""
        if path:
            self._below.get(path[:-1], set()).discard(path)
        stack = [path]
        while stack:
            at = stack.pop()
            self.spans.pop(at, None)
            stack.extend(self._below.pop(at, ()))

    def repeat(self, path: Path, earlier: Offsets | None, language: str) -> None:
        """The member at `path` is written again, after `earlier` (its key), in the same object literal."""
        if earlier is not None:
            self.repeated[(path, earlier)] = language  # (a literal read twice into one body is said once)

    def offsets(self, path: Path, target: Target) -> Offsets | None:
        found = self.spans.get(path)
        while found is None and path:  # a member the code does not write out (behind a spread): its object
            path = path[:-1]
            found = self.spans.get(path)
        if found is None:
            return None
        key, value = found
        return key if target is Target.KEY and key is not None else value


class EmbeddedJson:
    """A JSON text inside the file, maybe escaped (a string literal): offsets mapped back to the file."""

    def __init__(self, text: str, outer: Sequence[int] | int) -> None:
        self.locator = JsonLocator(text)
        self.text = text
        self.outer = outer  # the file offset of each character of `text` (and one past its end), or the start offset

    def to_file(self, offset: int) -> int:
        if isinstance(self.outer, int):
            return self.outer + offset
        return self.outer[max(0, min(offset, len(self.outer) - 1))]

    def offsets(self, path: Path, target: Target) -> Offsets | None:
        found = self.locator.offsets(path, target)
        if found is None:
            return None
        return self.to_file(found[0]), self.to_file(found[1])


#: The kind of a launch sent in Python through a client not known to be a library's (LaunchRequest.client_unknown): no
#: library's behaviour is taken for it.
UNKNOWN_CLIENT = "python-client"


@dataclass(eq=False, repr=False, slots=True)
class LaunchRequest:
    """One launch as a source writes it: what is unknown is an `Unknown`, what is absent is None."""

    kind: str  # how it is sent: fetch, axios, got, requests, httpx, aiohttp, sdk, http-file, curl, postman, har…
    site: Offsets  # the call or request as a whole, for findings with no better place
    url: Text | None = None  # None: the client picks the URL (the SDKs)
    method: str | Unknown = "POST"
    method_span: Offsets | None = None
    headers: list[Header] | None = field(default_factory=list)  # None: not statically known (a variable, a spread)
    body: Any = NO_BODY
    body_span: Offsets | None = None
    body_locator: BodyLocator | None = None
    #: How the client puts the body on the wire: json (serialized, Content-Type set by the client), text
    #: (a string sent as is), form (form-encoded), object-string (an object turned into "[object Object]"), query (in
    #: the URL's query string, as a GET's `params=` puts it: no body, but no bodiless probe either).
    sends: str = "json"
    #: The reader saw every place this client takes a body from (no spread, no option it does not read), and none
    #: is written: the request sends no body. NO_BODY alone only says no body was read.
    bodiless: bool = False
    #: The body is not known because the options that carry it are not (a wrapper's `(url, options)`, a helper's
    #: options): what a note names is those options, not a body.
    unknown_options: bool = False
    #: The option a command gives its body with, as written (curl's `--data-binary`): what a message names.
    body_option: str = ""
    secrets: list[Offsets] = field(default_factory=list)  # literal tokens: never shown in excerpts
    #: Set on the one launch of a file that judges the Authorization headers the file sets outside every launch's call
    #: (a client's defaults, a session: the first launch whose call writes none): every launch's site, none of which
    #: such a header is looked for in (each launch's own is judged with it). None on every other launch.
    launch_sites: tuple[Offsets, ...] | None = None
    #: Literal client secrets written in the same file (string values of `clientSecret`, `client_secret`…).
    credentials: list[tuple[Offsets, str]] = field(default_factory=list)
    #: A body the request reads from another file (`< ./body.json`): the path as written, and the
    #: variables filled into it (`<@`; none for `<`); the loader reads it and checks it in that file.
    body_file: tuple[str, dict[str, str]] | None = None
    #: The body is a Python SDK model (FlowExecutionLaunchRequest) filled attribute by attribute: how the code names it
    #: (`body`; "" when made inline), so help says `body.flow_id = …`, not a JSON member. None: written as members.
    model: str | None = None
    #: Where the host is written when not in the URL at the call (an instance's `baseURL`/`prefixUrl`), and whether
    #: this launch is the one to say what is wrong with it (an instance used by many calls is judged once).
    host_span: Offsets | None = None
    judge_host: bool = True
    #: The Architect YAML declaring the launched flow's inputs, when the source links them (Terraform's
    #: `genesyscloud_flow.<name>.id`): the launch is checked against that workflow's inputs.
    flow_file: str | None = None
    #: The literal `substitutions` (key, value) the linking resource fills that YAML's `{{placeholders}}` with.
    flow_fills: tuple[tuple[str, str], ...] = ()
    #: Whether it names such a resource, which the module's other .tf files may declare: its check reads them.
    reads_module: bool = False
    #: Where, why and how to say it: members a reader left out of a body it read the rest of (an HTTPie nested item,
    #: `inputData[customerName]=x`, or a member read from a file, `inputData:=@inputs.json`), said with `-v` (FL011).
    members_unread: tuple[Offsets, str, str] | None = None
    #: Sent inside a test whose stand-in for the platform answers it with a 4xx (`responses.add(…, status=400)`,
    #: `nock(…).reply(400)`): the test's deliberate mistake, read but not judged as a launch. (A refusal the test
    #: asserts is `asserted`: judged by the rules predicting another.)
    refused_by_double: bool = False
    #: The refusal its test asserts of it (sources/refusals.py: `assert r.status_code == 404`, `with
    #: pytest.raises(TypeError):`, Hurl's `HTTP 400`): a negative test's point, so the rules predicting that refusal, and
    #: those predicting none, do not judge it (core.codes.judged_under). Empty: none asserted.
    asserted: Refusal = NO_REFUSAL
    #: Shown in documentation as a wrong example (sources/examples.py): the page's words that say so and where they
    #: are. It is also `refused_by_double`: read, not judged, never fixed.
    shown_wrong: tuple[Offsets, str] | None = None
    #: An example a file records rather than a request it sends (a Postman collection's saved example): documentation,
    #: whose placeholders are the reader's to fill in, as a page's are.
    example: bool = False
    #: Sent to a stand-in for the platform, whatever it answers: inside a test that sets one up (`responses.add(…)`,
    #: `requests_mock.post(…)`, `nock(…).reply(200)`, `httpx.MockTransport`), or made on an SDK module the file mocks
    #: (`jest.mock('purecloud-platform-client-v2')`). It never reaches Genesys Cloud, so its `flowId` and `flowVersion`
    #: values are test data and are not judged (FL104, FL105 there); its envelope and inputs still are.
    to_stand_in: bool = False
    #: Taken as sent to a stand-in only because its test takes a fixture a conftest.py above the checked tree may
    #: define (flowlint reads nothing outside the tree): that fixture's name and where the test names it (-v: FL011).
    unseen_fixture: tuple[str, Offsets] | None = None
    #: Sent through a client flowlint does not know to be a library's (a parameter, another package's object or
    #: `requests`, a class of the project's own, which may encode with `default=str`): the call as written
    #: (`client.post`). Its kind is UNKNOWN_CLIENT, so nothing one library does (json.dumps raising on a date, a data=
    #: dict sent form-encoded) is judged of it; -v says so (FL011) where it would have been.
    client_unknown: str | None = None
    #: Where its flow ID is a variable whose value is not known there (a shell's `"$FLOW"` set in a branch, or from
    #: outside), and why: its inputs were not checked against a contract, said with `-v` (FL011).
    flow_unknown: tuple[Offsets, str] | None = None
    #: Found while reading it (an embedded body's FL001, a HAR reply's FL306), with where they point.
    findings: list[tuple[Finding, Offsets | None]] = field(default_factory=list)
    #: An embedded body's text (a template's, as written) as decoded from the file, and that text as its syntax
    #: fix makes it: --fix applies the fix's file edit only when the file read again holds exactly that.
    body_text: str | None = None
    fixed_text: str | None = None
    #: A body written as YAML (a saved request's `body:` mapping): its unquoted scalars YAML typed, path below the
    #: body -> the text as written, so a finding shows and a fix keeps what the author wrote (`on`, not true).
    plain_scalars: dict[Path, str] = field(default_factory=dict)
    #: The calls it is sent through, innermost first, when `site` is the call of a function that makes it (code.py's
    #: _moved): a name read there is the launch's own (its body, its response), not other code's.
    sent_through: tuple[Offsets, ...] = ()
    #: Where a Content-Type this launch lacks is said, when not at its body: a followed function whose request writes
    #: the same headers whatever it is given (code.py's _moved) lacks it where it sends its body, once for every call.
    headers_at: Offsets | None = None

    @property
    def values_unknown(self) -> tuple[Offsets, str, str] | None:
        """Where and why the reader of the code gave up values of the body it read (see TreeSpans.values_unknown)."""
        locator = self.body_locator
        return locator.values_unknown if isinstance(locator, TreeSpans) else None

    @property
    def key_unknown(self) -> tuple[Offsets, str] | None:
        """Where the body has a member whose key the reader of the code cannot know (see TreeSpans.key_unknown)."""
        locator = self.body_locator
        return locator.key_unknown if isinstance(locator, TreeSpans) else None

    def header(self, name: str) -> Header | None:
        """The last header of that name (case-insensitive), as clients send the last one set."""
        found = None
        for header in self.headers or ():
            if header.name.lower() == name.lower():
                found = header
        return found


def said_twice(request: LaunchRequest) -> None:
    """The keys its body's literals write twice (TreeSpans.repeated) added to the request's findings as FL002, once: the
    code readers call it as they hand their launches out (CodeReader.with_credentials, launch_at)."""
    locator = request.body_locator
    if not (isinstance(locator, TreeSpans) and locator.repeated):
        return
    from ..core.jsontext import code

    for (path, earlier), language in locator.repeated.items():
        name = str(path[-1])
        request.findings.append((Finding(
            DUPLICATE_KEY, path, f"the key {code(name)} is written twice in this object; {language} keeps only the "
            f"last, so this {code(name)} is never sent",
            f"keep one {code(name)}: move what this one holds into the later one, or remove it", Target.KEY), earlier))
    locator.repeated.clear()  # said once (a launch moved to a wrapper's call shares its body's locator)


def body_set_by_script(request: LaunchRequest, message: str, help_text: str, where: Offsets | None) -> None:
    """A request whose pre-request script sets its body (a Postman or Bruno request): the body saved with it is not what
    is sent, so the body is unknown (never a finding, its syntax error neither), and an FL011 note (`message`, `help_text`)
    says where the script sets it."""
    request.body = Unknown("the body a pre-request script sets")
    request.bodiless = False
    request.body_locator = None
    request.findings = [(finding, at) for finding, at in request.findings if finding.code != PARSE_ERROR]
    request.findings.append((Finding(UNREAD_LAUNCH, (), message, help_text), where))


def is_yaml(text: str) -> bool:
    """Whether a saved request is written as YAML (its other form) rather than JSON."""
    return text.lstrip("\ufeff \t\r\n")[:1] not in ("{", "[")
