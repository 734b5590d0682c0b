"""What a launch URL says: whether it is the launch endpoint, what follows it, and its host."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..core.ids import is_uuid
from ..core.printable import clipped, printable
from ..core.token_shapes import known_token_spans
from ..core.unknown import Assigned, Outside, Unknown, UnseenBase
from ..genesys.paths import near_miss
from ..genesys.regions import DEVELOPMENT_DOMAINS, OTHER_API_DOMAINS, REGIONS
from .candidates import launch_shaped, no_launch_vocabulary, only_launch_members
from .model import NO_BODY, LaunchRequest, Text

LAUNCH_PATH = "/api/v2/flows/executions"
_MARK = "\x00"  # stands for an unknown part while the text is read
# The launch path, or `flows/executions` right after an unknown part (`${API}/flows/executions`, `base + 'flows/executions'`).
# A URL that starts with `flows/executions` is relative to an API base (`requests.get('flows/executions/' + run_id)`).
# Or the flow ID put before /executions (`/api/v2/flows/${flowId}/executions`, as public answers write it): no
# Genesys Cloud endpoint, a launch sent to the wrong URL. Without /api/v2/ it is other products' route, not a launch.
_LAUNCH = re.compile(r"(?:(?P<v2>/api/v2/)|\x00/{0,2}|^/?)flows/executions(?=$|[/?#])"
                     r"|/api/v2/flows/(?P<id>(?!executions(?:$|[/?#]))[^/?#]+)/executions(?=$|[/?#])", re.I)
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")
_DOMAINS = sorted({*REGIONS.values(), *OTHER_API_DOMAINS}, key=len, reverse=True)


@dataclass(frozen=True)
class LaunchUrl:
    """A URL that reaches the launch endpoint: `rest` is what follows the path (`/` + a flow ID, or "")."""

    rest: str
    rest_shown: str
    host: str | None  # None: not statically known (a variable, a relative URL)
    #: The flow ID written before /executions (`/api/v2/flows/{id}/executions`), as the code shows it; "" for the launch path.
    in_path: str = ""
    #: The path is written without /api/v2/, after a base flowlint does not see (`api.post("/flows/executions")`,
    #: `${API}/flows/executions`): many apps have a flows/executions of their own.
    unseen_base: bool = False
    #: The URL's path as written when it reaches a near miss of the launch path (`/api/v2/flows/execution`:
    #: genesys/paths.py), which no endpoint answers, with the flow ID after it if one is (`near_miss_id`); "" for the
    #: launch path itself.
    near_miss: str = ""
    #: The flow ID written after the near miss (`{flowId}` of `/api/v2/flows/execution/{flowId}`: FL106's mistake
    #: written with a typo), as the code shows it; "" where none follows.
    near_miss_id: str = ""


def _rendered(url: Text) -> str:
    return "".join(p if isinstance(p, str) else _MARK for p in url.parts)


def launch_url(url: Text) -> LaunchUrl | None:
    """The launch endpoint this URL reaches, or None when it is not a launch URL."""
    rendered = _rendered(url)
    # Only the path reaches an endpoint: the same words in a query or fragment (`/login?next=/api/v2/flows/executions`)
    # are a value sent to another endpoint.
    query = _QUERY_OR_FRAGMENT.search(rendered)
    path_end = query.start() if query is not None else len(rendered)
    match = _LAUNCH.search(rendered, 0, path_end)
    if match is None:
        return _near_miss_url(rendered, path_end, url)
    rest = rendered[match.end():path_end]
    if rest == "/":
        rest = ""
    if match.group("id") is not None:
        return LaunchUrl(rest, _shown(url, match.end(), match.end() + len(rest)), url_host(rendered),
                         in_path=_shown(url, match.start("id"), match.end("id")))
    shown = re.split(r"[?#]", url.shown(), maxsplit=1)[0]
    # The same occurrence the match is (its first: `…/executions/x/api/v2/flows/executions` puts `/x/api/v2/…` after it)
    where = -1
    for _ in range(rendered.lower().count("/flows/executions", 0, match.end())):
        where = shown.lower().find("/flows/executions", where + 1)
    rest_shown = shown[where + len("/flows/executions"):] if where >= 0 else rest
    return LaunchUrl(rest, rest_shown, url_host(rendered), unseen_base=match.group("v2") is None)


def _near_miss_url(rendered: str, path_end: int, url: Text) -> LaunchUrl | None:
    """The URL as a near miss of the launch path (genesys/paths.py) when its path is written whole: after a host
    written (`https://api.mypurecloud.com/api/v2/flows/execution`) or one written with a value not known (`https://api.
    ${region}/…`: the host not known), from the start (`/api/v2/flow/executions`), or after a base not known from
    `/api/` on (`${BASE}/api/v1/flows/executions`); else None."""
    separator = rendered.find("://", 0, path_end)
    if separator >= 0:
        start = rendered.find("/", separator + 3, path_end)
        host = url_host(rendered)
        # (a host holding a value not known, `https://api.${region}`, is a host not known: the launch is said, FL011)
        if start < 0 or (host is None and _MARK not in rendered[separator + 3:start]):
            return None
    elif rendered.startswith("/"):
        start, host = 0, None
    elif rendered.startswith(_MARK + "/api/"):
        start, host = 1, None
    else:
        return None
    path = rendered[start:path_end]
    if _MARK not in path and near_miss(path):
        return LaunchUrl("", "", host, near_miss=path)
    # A near miss with one more segment after it, a flow ID (`…/api/v2/flows/execution/{flow_id}`): FL106's mistake
    # written with a typo, the whole path as the code shows it (`near_miss` then holds more than the near miss).
    head, _, last = path.removesuffix("/").rpartition("/")
    if last and _MARK not in head and head.lower().startswith("/api/") and near_miss(head):
        id_start = start + len(head) + 1
        return LaunchUrl("", "", host, near_miss=_shown(url, start, path_end),
                         near_miss_id=_shown(url, id_start, id_start + len(last)))
    return None


#: A URL as code of any language writes it: its scheme, its host (group 1), a port, and its path (group 2) up to what
#: ends it (a quote, a space, a query).
_WRITTEN_URL = re.compile(r"https?://([A-Za-z0-9.-]{1,253})(?::[0-9]{1,5})?(/[A-Za-z0-9/._~-]{0,200})")
#: How many URLs of a file a search for a near miss looks at: bounded work on a hostile file.
_URLS_SEARCHED = 1000


def platform_near_misses(text: str) -> Iterator[re.Match[str]]:
    """Each URL written in a text that goes to a Genesys Cloud host at a near miss of the launch path
    (`https://api.mypurecloud.com/api/v2/flows/execution`): no endpoint answers it, whatever is sent there. Among the
    text's first _URLS_SEARCHED URLs (bounded work on a hostile file)."""
    for count, found in enumerate(_WRITTEN_URL.finditer(text)):
        if count >= _URLS_SEARCHED:
            return
        if near_miss(found.group(2)) and api_host_for(found.group(1).lower().rstrip(".")) != (False, None):
            yield found


def _shown(url: Text, start: int, end: int) -> str:
    """The rendered text's [start, end) as the code shows it (an unknown part by its source: `${flowId}`)."""
    pieces, at = [], 0
    for part in url.parts:
        size = len(part) if isinstance(part, str) else 1
        if at < end and at + size > start:
            pieces.append(part[max(0, start - at):end - at] if isinstance(part, str) else Text((part,)).shown())
        at += size
    return "".join(pieces)


def url_host(url: str) -> str | None:
    """The host a URL is written with (lower case, no trailing dot), from its first `scheme://` wherever the text starts
    (`BASE=https://…`): never its userinfo (`user:pass@`) or port; None when it has none, or when an unknown part is
    in its authority (`https://${user}@host` may be sent anywhere)."""
    separator = url.find("://")  # the first scheme: no search per start
    start = separator
    while start > 0 and url[start - 1] in _SCHEME_CHARACTERS:
        start -= 1
    while start < separator and not url[start].isalpha():
        start += 1
    if separator <= 0 or start == separator:
        return None
    authority = _AUTHORITY.match(url, separator + 3)
    assert authority is not None  # it matches the empty string
    if _MARK in authority.group():
        return None
    host = authority.group().rpartition("@")[2]
    host = host.partition(":")[0] if not host.startswith("[") else host
    return host.lower().rstrip(".") or None


#: A URL's authority after its `scheme://`: the host is what follows its last "@".
_AUTHORITY = re.compile(r"[^/?#\s]*")
_SCHEME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")


def shown_host(host: str) -> str:
    """A host as a message names it: each label that may be a secret (a token known by its shape, a run of 32 or more
    hex digits, a long run of letters and digits mixed as only a random string mixes them) shown as `*`, as a mask
    shows a secret; an ordinary name (`api`, `svc-prod-eu-west-1`, `d1a2b3c4.cloudfront.net`) as written."""
    return ".".join("*" * len(label) if _secret_label(label) else label for label in host.split("."))


def _secret_label(label: str) -> bool:
    if len(label) < _SECRET_LABEL_LENGTH:
        return False
    if _HEX_LABEL.fullmatch(label) or known_token_spans(label):
        return True
    return _ALPHANUMERIC_LABEL.fullmatch(label) is not None and sum(c.isdigit() for c in label) >= 6 \
        and sum(c.isalpha() for c in label) >= 6


_SECRET_LABEL_LENGTH = 20
_HEX_LABEL = re.compile(r"[0-9a-fA-F]{32,}")
_ALPHANUMERIC_LABEL = re.compile(r"[A-Za-z0-9]{24,}")


def api_host_for(host: str) -> tuple[bool, str | None]:
    """(is the host wrong, the API host meant): `myorg.mypurecloud.com` -> (True, `api.mypurecloud.com`); (False, the
    host) for an API host; (False, None) for a host that is not Genesys's.

    Only hosts under Genesys Cloud's own domains are judged; a proxy or a test server is not a mistake. Nor is a host
    of Genesys's that no public region's list names (its development and test environments, a region newer than the
    list): a finding there would rest on a guess, so it is Genesys's, never wrong.
    """
    for domain in _DOMAINS:
        if host == domain or host.endswith("." + domain):
            return (host != f"api.{domain}", f"api.{domain}")
    if _under(host, DEVELOPMENT_DOMAINS):
        return False, host if host.startswith("api.") else f"api.{host.partition('.')[2]}"
    if _NEW_REGION_API_HOST.fullmatch(host):
        return False, host
    if host.endswith(_STAND_IN_SUFFIXES):
        return False, None  # `mypurecloud-mock.local`, `purecloud.internal`: a machine of the project's own
    if "purecloud" in _registered_name(host) or host.endswith("pure.cloud") or _under(host, _GENESYS_DOMAINS):
        return True, None
    return False, None


def _registered_name(host: str) -> str:
    """The label a host's owner registered (`mypurecloud` of `api.mypurecloud.com.au`, `acme` of
    `mypurecloud-proxy.acme.com`): the last one before its top-level domain and a short second level (`com.au`,
    `co.uk`). A name under someone else's domain that says purecloud is their proxy, not a Genesys host written wrong."""
    labels = host.split(".")
    index = len(labels) - 2
    if index > 0 and len(labels[index]) <= 3:
        index -= 1
    return labels[max(index, 0)]


#: The API host of a region the list does not name yet, as the newer regions are written: `api.<region code>.pure.cloud`
#: (`api.apse1.pure.cloud`), or under a sovereign cloud's `…-pure.cloud` (`api.edee1.eusc-pure.cloud`).
_NEW_REGION_API_HOST = re.compile(r"api\.[a-z]+[0-9]+\.(?:[a-z]+-)?pure\.cloud")


#: Genesys's own domains that no region's API is under (`api.us.genesyscloud.com` is a guess no region answers).
_GENESYS_DOMAINS = ("genesyscloud.com", "genesys.com", "genesys.cloud")
#: Names that stand for a machine of the project's own: a test server, a stand-in, an internal gateway.
_STAND_IN_SUFFIXES = (".localhost", ".local", ".internal", ".test", ".example", ".invalid", ".lan", ".home.arpa", ".svc",
                      ".cluster.local", ".corp", ".intranet")
_STAND_IN_WORDS = ("genesys", "purecloud", "pure.cloud", "localhost", "flowlint", "mock", "stub", "fake", "sandbox")
#: Of those, the words that name the platform (or `flowlint serve`), and those that name a double of something.
_PLATFORM_WORDS = _STAND_IN_WORDS[:5]
_DOUBLE_WORDS = _STAND_IN_WORDS[5:]
#: Words a double's host is written with that name no service of its own: a mock server's (`wiremock`, `mockserver`,
#: `mock-api`), the API's, a test or internal domain's; and the flows API's own (`flows-mock`).
_PLAIN_HOST_WORDS = frozenset({
    "", "s", "ed", "api", "apis", "server", "srv", "service", "services", "svc", "wire", "http", "https", "host",
    "backend", "upstream", "remote", "platform", "cloud", "test", "tests", "testing", "local", "internal", "dev", "qa",
    "ci", "example", "invalid", "lan", "home", "arpa", "corp", "intranet", "cluster", "default", "docker", "container",
    "com", "net", "org", "io", "app", "web", "rest", "flow", "flows", "execution", "executions", "architect"})
_HOST_WORD = re.compile(r"[a-z]+")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]*\]", re.I)


def _under(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def other_vendor(host: str | None) -> bool:
    """A statically known public host of another product: its `/api/v2/flows/executions` is that product's API.

    Not a Genesys domain, and no stand-in for one: localhost, an IP address, a one-label name, a
    test or internal name, a name that says genesys, purecloud, mock or stub are all the project's
    own servers (a proxy, a fake platform, `flowlint serve`), and their launches are checked.
    """
    if host is None or "." not in host or _IP.fullmatch(host) or api_host_for(host) != (False, None):
        return False
    return not (host.endswith(_STAND_IN_SUFFIXES) or any(word in host for word in _STAND_IN_WORDS))


def to_endpoint(request: LaunchRequest) -> Literal["launch", "status", "probe", "unsure", "near-miss"] | None:
    """What a request found in a file does at the endpoint: launch a flow, or read a run's status (a non-POST request
    to `/api/v2/flows/executions/{id}` without a known body), or either ("unsure": no method nor body seen at a URL
    with an ID), or only probe it ("probe": a HEAD, OPTIONS or GET to the launch path itself that sends no body, as a
    health check or a CORS preflight does: only a body read makes a launch); None when it is no request to it."""
    if request.url is None:
        return "launch"  # an SDK launch method
    found = launch_url(request.url)
    if found is None or other_vendor(found.host):
        return None
    if found.near_miss:
        return near_miss_endpoint(request, found)
    if (found.rest or found.in_path) and _reads_status(request):
        # A read of /api/v2/flows/{id}/executions, which no endpoint answers, launches nothing.
        return None if found.in_path else "status"
    if (found.rest or found.in_path) and isinstance(request.method, Unknown) and not _sends_body(request):
        # `fetch(url, options)`, `fetch(url, { method: m })`, `requests.request(method, url)`: a method not known and no
        # body read that a GET could not carry, so a launch or a status read; said, never judged.
        return "unsure"
    if not (found.rest or found.in_path) and _probes(request):
        return "probe"
    return "launch"


#: The kinds whose relative URL is sent to the org's own API: a data action's `requestUrlTemplate` (its export, or
#: Terraform's `genesyscloud_integration_action`), which the Genesys Cloud Data Actions integration calls.
_PLATFORM_RELATIVE = frozenset({"data-action", "terraform"})


def near_miss_endpoint(request: LaunchRequest, found: LaunchUrl) -> Literal["launch", "near-miss"] | None:
    """What a request to a near miss of the launch path (LaunchUrl.near_miss) is: a launch sent to the wrong path
    ("launch", judged: FL308) when it goes to the platform (a Genesys Cloud host, or a data action's relative URL) and
    shows a launch (sent with POST, or a body naming a launch member); "near-miss" (an FL011 note, not judged) when it
    shows a launch whose host is not known to be the platform's (a base not seen, the project's own host) at a path
    under /api/v2/; else None:
    a read of another resource (`GET /api/v2/flows/execution…` with no launch body) launches nothing."""
    shows_launch = names_launch(request.body)
    if not (shows_launch or request.method == "POST"):
        return None
    first = request.url.parts[0] if request.url is not None and request.url.parts else None
    platform = (found.host is not None and api_host_for(found.host) != (False, None)) or (
        found.host is None and request.kind in _PLATFORM_RELATIVE and isinstance(first, str) and first.startswith("/"))
    if platform:
        return "launch"
    # (another product's /api/v1/flows/executions, Kestra's, takes a flowId too: only Genesys Cloud's version is noted)
    return "near-miss" if shows_launch and found.near_miss.lower().startswith("/api/v2/") else None


def _probes(request: LaunchRequest) -> bool:
    """Whether a request of a method other than POST, as written, sends no body: nothing read where its client takes one
    (`requests.head(URL)`, `curl -I URL`, `requests.options(URL, headers=…)`), and no options not seen that may hold one."""
    return isinstance(request.method, str) and request.method != "POST" and request.body is NO_BODY \
        and request.body_file is None and not request.unknown_options and request.sends not in ("form", "query")


def _sends_body(request: LaunchRequest) -> bool:
    """Whether a request sends a body flowlint read (an object, a text): one a GET cannot carry, so a request of a method
    not known that sends it launches. A body not known at all (a wrapper's `body && JSON.stringify(body)`, a `json=`
    parameter nothing passes) may be none."""
    return request.body is not NO_BODY and not isinstance(request.body, Unknown)


#: A file that shows Genesys Cloud: its SDK (purecloud-platform-client-v2, PureCloudPlatformClientV2, genesyscloud), a
#: region's host (api.mypurecloud.com, login.usw2.pure.cloud) or the name said in a comment or a variable; or that names
#: `flowlint serve`, the platform's stand-in.
_GENESYS_FILE = re.compile(r"genesys|purecloud|pure\.cloud|inindca\.com|inintca\.com|flowlint[ _-]?serve", re.I)
#: `flowlint serve`'s default port (cli/app.py), after a URL's host: a test pointed at the stand-in.
_SERVE_PORT = re.compile(r"://[^/?#\s@]*:8787(?![0-9])")
_NO_EVIDENCE = ("nothing says it is Genesys Cloud's: the body names no launch member (inputData, a `Flow.` input, or a "
                "flowId or flowVersion among the launch's own members) and the file's code (its comments aside) no "
                "Genesys host, SDK or name (nor `flowlint serve`)")


def _no_evidence(body: object) -> str:
    """Why nothing says a request is Genesys Cloud's, as its note words it: what keeps a flowId written in its body from
    being the evidence, when it writes one."""
    if not isinstance(body, dict):
        return _NO_EVIDENCE
    flow_ids = _flow_ids(body)
    if len(flow_ids) != 1:
        return _NO_EVIDENCE
    foreign = _foreign_members({key: {} if isinstance(value, Unknown) else value for key, value in body.items()})
    if foreign:
        why = f"its flowId sits beside members no launch has ({foreign})"
    elif isinstance(flow_ids[0], Unknown):
        why = "its flowId is not seen (nothing else in it is a launch's alone)"
    else:
        why = "its flowId is not written as Genesys Cloud writes a flow ID (a UUID)"
    return ("nothing says it is Genesys Cloud's: the body names no inputData and no `Flow.` input, " + why
            + ", and the file's code (its comments aside) names no Genesys host, SDK or name (nor `flowlint serve`)")


class FileEvidence:
    """Whether a file's text shows Genesys Cloud: searched once, when first asked (a file of many requests asks each).
    Its code and data are searched, not its comments (nor a docstring): prose says what a file is not as often as what
    it is (`// our own workflow engine (no Genesys here)`), so a word there is no evidence."""

    def __init__(self, text: str, searched: Callable[[re.Pattern[str]], bool] | None = None) -> None:
        self.text = text
        #: How the file is searched (comments.evidence: outside its comments); None: its whole text.
        self.searched = searched
        #: The services the compose files around the file run as stand-ins (compose_stand_ins), when asked; and
        #: whether they were (a result that depends on them is not kept in the cache).
        self.composed: Callable[[], dict[str, bool]] | None = None
        self.composed_asked = False
        self._found: bool | None = None
        self._elsewhere: dict[str, bool] = {}
        self._signs_in: bool | None = None

    def shows_genesys(self) -> bool:
        if self._found is None:
            self._found = self.searched(_GENESYS_FILE) if self.searched is not None \
                else _GENESYS_FILE.search(self.text) is not None
        return self._found

    def signs_in(self) -> bool:
        """Whether the file's code signs in with a Genesys Cloud SDK (`loginClientCredentialsGrant`,
        `get_client_credentials_token`…): it holds a token for the platform, so a launch it posts is the platform's."""
        if self._signs_in is None:
            self._signs_in = self.searched(_SDK_SIGN_IN) if self.searched is not None \
                else _SDK_SIGN_IN.search(self.text) is not None
        return self._signs_in

    def composed_double(self, host: str) -> bool:
        """Whether a compose file around the file runs `host` as a stand-in for the platform: `flowlint serve`, or a
        mock server whose name names no service of the project's own (`platform`, `api`; not `scheduler`)."""
        if self.composed is None or "." in host or _IP.fullmatch(host):
            return False
        self.composed_asked = True
        serve = self.composed().get(host.lower())
        return serve is not None and (serve or _platform_double(host, mock=True))

    def bound_elsewhere(self, name: str) -> bool:
        """Whether the file takes `name` from outside its own code, where nothing says Genesys Cloud: an import of a
        module of its own (`from app.settings import settings`, `import { config } from './config'`, a `require`), or
        a binding to the environment (`const BASE = process.env.ENGINE_URL ?? 'http://engine:8080'`). A base so
        written is the call's own, not one built in the file (`self.base`, a parameter) that may be Genesys Cloud's."""
        if name not in self._elsewhere:
            self._elsewhere[name] = _bound_elsewhere(self.text, name)
        return self._elsewhere[name]


def unproven(request: LaunchRequest, evidence: FileEvidence) -> str | None:
    """Why a request to a launch path is not judged as a launch, or None when it is.

    A launch path through a base flowlint does not see (`api.post("/flows/executions", …)`), any launch path on a host
    not known (a relative `fetch('/api/v2/flows/executions')`, a base from the environment) and on a host of the
    project's own (localhost, a loopback address, `*.local`, `host.docker.internal`: other_vendor leaves them to be
    judged) are a launch only with evidence: the body names a launch member (flowId, inputData, flowVersion, a `Flow.`
    input), the file's code (not its comments) shows Genesys Cloud or `flowlint serve`, or the URL is serve's own
    address. Many apps have a flows/executions resource of their own, and a finding in one would rest on a guess.
    """
    found = launch_url(request.url) if request.url is not None else None
    own_host = found is not None and found.host is not None and api_host_for(found.host) == (False, None)
    if found is None or found.near_miss or not (found.unseen_base or found.host is None or own_host):
        return None
    where = f"`{_shown_url(request.url)}`" if request.url is not None else "the URL"
    default = default_host(request) if found.host is None else None
    if default is not None and api_host_for(default) != (False, None):
        return None  # (`os.environ.get("GC_API", "https://api.mypurecloud.com")`: the platform, unless set otherwise)
    if default is not None and (foreign := foreign_default(request, evidence.text)) is not None:
        return (f"{where} goes to {foreign} unless its base is set otherwise when it runs, and that is another "
                "product's host, not Genesys Cloud's")
    posted = request.method == "POST" or isinstance(request.method, Unknown)
    if isinstance(request.body, dict) and posted and not (found.in_path or found.rest) \
            and no_launch_vocabulary(request.body) and evidence.shows_genesys():
        # (before `flowlint serve`'s own address: a body of nothing a launch has, sent to a stand-in, tests its answer;
        # one whose URL or method is itself the mistake, the flow ID in the path, a PUT, is judged by the evidence.
        # Where the file shows no Genesys Cloud, the note below says so)
        return (f"{where} {_goes_to(request, found, default)}, and the body holds nothing of a launch's "
                f"({_body_shown(request.body)}): another API's route of the same path, or a test of a stand-in's answer "
                "to a body that is no launch, though the file shows Genesys Cloud (or `flowlint serve`) elsewhere")
    # (a relative URL's host is the page's or the app's own, a backend that may mirror the path: the UUID shows the
    # flow is Genesys Cloud's, not that this hop is, so there a wrapper of a value not seen is no evidence)
    if names_launch(request.body, unseen_wrappers=not _relative(request)) \
            or (own_host and request.url is not None and _serve_address(request.url)):
        return None
    if evidence.shows_genesys():
        if not _another_base(request, found, evidence):
            return None
        if found.host is not None:
            return (f"{where} goes to {shown_host(found.host)}, a host of the project's own that does not say Genesys "
                    f"Cloud, and the body holds members no launch has ({_foreign_members(request.body)}): another API's "
                    "flows/executions, though the file shows Genesys Cloud elsewhere")
        return (f"{where} is relative to a base URL of its own that does not say Genesys Cloud, and the body holds "
                f"members no launch has ({_foreign_members(request.body)}): another API's flows/executions, though the "
                "file shows Genesys Cloud elsewhere")
    if own_host and found.host is not None:
        return (f"{where} goes to {shown_host(found.host)}, a host of the project's own (a local service, a test "
                f"stand-in, an internal name), and {_no_evidence(request.body)}")
    if found.in_path:
        return (f"{where} would put the flow ID in a launch's path (FL106), but its host is not known and "
                f"{_no_evidence(request.body)}")
    if not found.unseen_base:  # `fetch('/api/v2/flows/executions', …)`, `f"{ENGINE_URL}/api/v2/flows/executions"`
        return (f"{where} goes to a host flowlint does not see (a relative URL, a base from the environment), which may "
                f"be an API of the project's own with a path like Genesys Cloud's, and {_no_evidence(request.body)}")
    return f"{where} is relative to a base URL flowlint does not see, and {_no_evidence(request.body)}"


def _relative(request: LaunchRequest) -> bool:
    """Whether a request's URL is a path on the server the code runs on or is served from (`/api/v2/flows/executions`)."""
    first = next(iter(request.url.parts), None) if request.url is not None else None
    return isinstance(first, str) and first.startswith("/")


def _goes_to(request: LaunchRequest, found: LaunchUrl, default: str | None) -> str:
    """Where a request to a launch path not known to be Genesys Cloud's goes, as a note says it."""
    if found.host is not None:
        return f"goes to {shown_host(found.host)}, a host of the project's own (a local service, a test stand-in)"
    if default is not None:
        return f"goes to a base set when it runs ({shown_host(default)} unless set otherwise)"
    first = next(iter(url.parts), None) if (url := request.url) is not None else None
    if isinstance(first, Outside):
        return "goes to a base given from outside the file when it runs (an environment or CI variable)"
    if found.unseen_base:
        return "is relative to a base URL flowlint does not see"
    if isinstance(first, str) and first.startswith("/"):
        return "is a path on the server the code runs on or is served from (a relative URL)"
    return "goes to a host flowlint does not see (a base set when it runs)"


def _body_shown(body: dict[object, object]) -> str:
    """A body's members as a note names them (`{}` for none)."""
    names = [f"`{printable(clipped(key, 30))}`" for key in body if isinstance(key, str)]
    return "members " + ", ".join(names[:3]) + (", …" if len(names) > 3 else "") if names else "an empty object"


def default_host(request: LaunchRequest) -> str | None:
    """The host a request's URL goes to when the base it starts with, read when it runs, is not set: the literal
    the file writes for it to fall back to (`os.environ.get("SCHED_URL", "https://sched.example.com")`, `process.env.X ??
    '…'`, `${SCHEDULER_URL:-…}`, a name bound to one), as the reader gives it (Assigned, `fallback`); None when the
    file writes none."""
    first = request.url.parts[0] if request.url is not None and request.url.parts else None
    if not isinstance(first, Assigned) or not first.fallback:
        return None
    return url_host(first.written)


def foreign_default(request: LaunchRequest, text: str) -> str | None:
    """The host, as a note names it, of another product's (other_vendor: a public host, not Genesys Cloud's, no
    stand-in) that a request's base falls back to (default_host), when neither the base as the call writes it nor
    where its default is written says Genesys (`GENESYS_GATEWAY`: a gateway of the project's own in front of the
    platform); else None. The only host the file gives for the request is that product's, so its body is that
    product's: never judged as a launch, and said (FL011)."""
    host = default_host(request)
    first = request.url.parts[0] if request.url is not None and request.url.parts else None
    if host is None or not isinstance(first, Assigned) or not other_vendor(host) or _says_genesys(first, text):
        return None
    return shown_host(host)


def _says_genesys(base: Unknown, text: str) -> bool:
    """Whether a base read when the code runs is named for Genesys Cloud: as the call writes it (`GENESYS_API`), or,
    for one with a default written, on that default's line before it (`os.environ.get("GENESYS_GATEWAY", "…")`)."""
    if _GENESYS_FILE.search(base.source) or (isinstance(base, Outside) and _GENESYS_FILE.search(base.read)):
        return True
    if not isinstance(base, Assigned) or not base.written_at(text):
        return False
    start = base.span[0]
    line_start = text.rfind("\n", max(0, start - _LINE_WINDOW), start) + 1
    return _GENESYS_FILE.search(text, max(line_start, start - _LINE_WINDOW), start) is not None


def _serve_address(url: Text) -> bool:
    """Whether a URL is written with `flowlint serve`'s own port (http://127.0.0.1:8787/…): the stand-in's address."""
    first = url.parts[0] if url.parts else None
    return isinstance(first, str) and _SERVE_PORT.match(first, max(0, first.find("://"))) is not None


#: How a reader writes a value it has not seen at all (past a limit, elided), as UnseenBase is a base it has not seen (a
#: client passed in, no base written): no base of the call's own.
_NO_BASE_WRITTEN = frozenset({"", "…"})


def _another_base(request: LaunchRequest, found: LaunchUrl, evidence: FileEvidence) -> bool:
    """Whether the call itself says its launch path is another API's: a base of its own written at the call or its
    client that names no Genesys Cloud, and a body holding a member no launch has (`priority`). Such a base is a host
    of the project's own written out (`axios.create({baseURL: 'http://orchestrator.internal:8080'})`,
    `httpx.Client(base_url="http://workflow-engine:8080")`, a loopback address other than `flowlint serve`'s port);
    or one not seen (`axios.create({baseURL: process.env.ORCHESTRATOR_URL})`) before a path without /api/v2
    (`/flows/executions`), or before the whole `/api/v2/flows/executions` (which other products borrow) when that base
    is read from the environment or imported from a module of the project's under a name of its own
    (`httpx.Client(base_url=os.environ["ENGINE_URL"])`, `f"{settings.ENGINE_URL}/api/v2/flows/executions"`,
    `${config.orchestrator.baseUrl}`): a base built in the file, `self.base` of `f"https://api.{region}"`, may be Genesys
    Cloud's. Evidence in the call outweighs the file's (its SDK, used for another request): the host a reader takes
    the call to send to is that base's. A gateway of the project's own in front of Genesys Cloud stays judged when the
    file shows Genesys Cloud: its name says so (`genesys-proxy:8080`), or the body holds only the launch's vocabulary."""
    if request.url is None or not isinstance(request.body, dict) or only_launch_members(request.body) \
            or _launch_evidence(request.body, evidence):
        return False
    first = request.url.parts[0] if request.url.parts else None
    if isinstance(first, (Assigned, Outside)) and (not isinstance(first, Assigned) or first.fallback):
        # A base set when the code runs (the environment, a CI service's variable, a setting with a default the file
        # writes), named as the call writes it: another API's unless that name or its default says Genesys Cloud.
        default = default_host(request)
        if _says_genesys(first, evidence.text) or (isinstance(first, Assigned) and _SERVE_PORT.search(first.written)):
            return False
        # (a default standing in for the platform, `http://wiremock:8080`, `genesys-stub`, is the file's evidence's)
        return default is None or _loopback(default) or not (_platform_double(default) or evidence.composed_double(default))
    if found.host is not None:  # (only a host of the project's own gets here: a Genesys host's call is a launch)
        # A loopback host, or one named as a stand-in (`wiremock:8080`, `fake-api.test`), is where tests stand in for
        # the platform (and `flowlint serve` runs): the file's evidence stands there. A name the call writes its URL or
        # base with that says Genesys (`GENESYS_PROXY`) does too.
        written = [evidence.text[span[0]:span[1]] for span in (request.url.span, request.host_span) if span is not None]
        return not _loopback(found.host) and not _platform_double(found.host) and not evidence.composed_double(
            found.host) and not any(_GENESYS_FILE.search(said) for said in (found.host, *written))
    if not isinstance(first, Unknown) or isinstance(first, UnseenBase) or first.source in _NO_BASE_WRITTEN \
            or _GENESYS_FILE.search(first.source):
        return False
    if found.unseen_base or _FROM_ENVIRONMENT.search(first.source) is not None:
        return True
    root = _ROOT_NAME.match(first.source)
    return root is not None and root.group(1) not in _BUILT_HERE and evidence.bound_elsewhere(root.group(1))


def _platform_double(host: str, *, mock: bool = False) -> bool:
    """Whether a host of the project's own is named as a stand-in for the platform: it says Genesys (or is localhost,
    `flowlint serve`), or it is named as a double (mock, stub, fake, sandbox; `mock`: known to run a mock server) and
    nothing else in its name names a service (`wiremock:8080`, `mock-api.test`, `mockserver`). A double named after a
    service of the project's own (`orchestrator-mock`, `workflow-engine-stub`, `fake-orders.test`) stands in for that
    service, not the platform."""
    lowered = host.lower()
    if any(word in lowered for word in _PLATFORM_WORDS):
        return True
    if not mock and not any(word in lowered for word in _DOUBLE_WORDS):
        return False
    for token in _HOST_WORD.findall(lowered):
        for word in _DOUBLE_WORDS:
            token = token.replace(word, "")
        if token not in _PLAIN_HOST_WORDS:
            return False  # (a word of its own: the service it doubles)
    return True


#: The Genesys Cloud SDKs' sign-in calls (the JavaScript SDK's ApiClient, the Python SDK's api_client.ApiClient).
_SDK_SIGN_IN = re.compile(r"\b(?:login(?:ClientCredentials|CodeAuthorization|PKCE|Implicit|Saml2Bearer)Grant"
                          r"|get_(?:client_credentials|code_authorization|pkce|saml2bearer)_token)\b")
#: The members a launch's inputs are held in, as written right or in a known wrong shape (FL101): `inputData`,
#: `inputs`, `data`.
_INPUT_CONTAINERS = frozenset({"inputdata", "inputs", "data"})


def _launch_evidence(body: dict[object, object], evidence: FileEvidence) -> bool:
    """Whether a body with members no launch has is a launch all the same, whatever base it goes to: its flowId is a
    UUID (as a Genesys Cloud flow's ID is) and it holds its inputs where a launch does (`inputs: {…}`, `inputData`,
    `data`) or the file signs in with a Genesys Cloud SDK. Another API's `{flowId: 'handoff-v2', parameters: {…},
    priority}` beside the SDK imported for another API (ConversationsApi) has neither, and stays not judged."""
    flow_id = next((value for key, value in body.items() if isinstance(key, str) and key.lower() == "flowid"), None)
    if not is_uuid(flow_id):
        return False
    return any(isinstance(key, str) and key.lower() in _INPUT_CONTAINERS and isinstance(value, dict) and value
               for key, value in body.items()) or evidence.signs_in()


def _loopback(host: str) -> bool:
    """Whether a host is this machine (`localhost`, `127.0.0.1`, `[::1]`, `0.0.0.0`, or Docker's name for it)."""
    bare = host.strip("[]")
    if bare in ("localhost", "host.docker.internal", "0.0.0.0", "::1", "::") or bare.endswith(".localhost"):
        return True
    return _IP.fullmatch(bare) is not None and bare.startswith("127.")


#: The name a base is written with first: `settings` of `settings.ENGINE_URL`, `config` of `${config.orchestrator.url}`.
_ROOT_NAME = re.compile(r"(?:\$\{|\{)?\s*([A-Za-z_$][\w$]*)")
#: A base held by the object itself, its class or its module: built in the file (or its parent class), never imported.
_BUILT_HERE = frozenset({"self", "this", "cls", "super"})
#: How many uses of a name are looked at for its import or binding: a base's name is bound near its first uses.
_USES_SEARCHED = 200
_LINE_WINDOW = 400  # the characters before and after a use looked at, on its line


def _bound_elsewhere(text: str, name: str) -> bool:
    """FileEvidence.bound_elsewhere, searched in each of the name's first uses' lines (bounded: linear in the file)."""
    use = re.compile(rf"(?<![\w$.]){re.escape(name)}(?![\w$])")
    for count, match in enumerate(use.finditer(text)):
        if count >= _USES_SEARCHED:
            return False
        low, high = max(0, match.start() - _LINE_WINDOW), min(len(text), match.end() + _LINE_WINDOW)
        line_start = text.rfind("\n", low, match.start())
        line_end = text.find("\n", match.end(), high)
        before = text[low if line_start < 0 else line_start + 1:match.start()].lstrip()
        after = text[match.end():high if line_end < 0 else line_end]
        statement = before + name + after
        if _GENESYS_FILE.search(statement):
            continue  # (an import or a binding that says Genesys Cloud: its base may be the platform's)
        imported = before.startswith("import ") or (before.startswith("from ") and " import " in statement)
        required = ("require(" in after or "require (" in after) and "=" in after
        if imported or required or _in_import_list(text, match.start(), match.end()):
            return True
        binding = _BINDING.match(after)
        if binding is not None and _FROM_ENVIRONMENT.search(binding.group(1)) is not None \
                and before.rstrip() in ("", "const", "let", "var", "export const", "export let", "export var"):
            return True
    return False


#: A name's binding after it: an optional type (`: string`), `=` (not `==`, `=>`), and what it is bound to on its line.
_BINDING = re.compile(r"\s*(?::[^=\n]{0,100})?=(?![=>])([^\n]*)")
#: What ends a multi-line import list after a name in it: `} from './config'` (JavaScript) or `)` (Python's `from x
#: import (\n  a,\n  b,\n)`).
_IMPORT_LIST_END = re.compile(r"[\w$\s,]{0,300}?(?:\}\s*from\s*['\"]|\))")
_IMPORT_LIST_START = re.compile(r"(?:\bimport\s*(?:type\s*)?\{|\bimport\s*\()\s*$")


def _in_import_list(text: str, start: int, end: int) -> bool:
    """Whether a name stands in an import list written over several lines (`import {\n  config,\n} from './config'`)."""
    at = start
    while at > max(0, start - _LINE_WINDOW) and (text[at - 1].isalnum() or text[at - 1] in "_$, \t\r\n"):
        at -= 1
    if at == 0 or text[at - 1] not in "{(":
        return False
    if not _IMPORT_LIST_START.search(text, max(0, at - 20), at):
        return False
    tail = _IMPORT_LIST_END.match(text, end)
    return tail is not None and not _GENESYS_FILE.search(text[end:min(len(text), end + _LINE_WINDOW)].split("\n\n")[0])


#: A value read from the environment: `os.environ["X"]`, `os.getenv("X")`, `process.env.X`, `ENV["X"]`.
_FROM_ENVIRONMENT = re.compile(r"\benviron\b|\bgetenv\b|\bprocess\s*\.\s*env\b|\bENV\s*\[|\bDeno\s*\.\s*env\b")


def _foreign_members(body: dict[object, object]) -> str:
    names = [f"`{key}`" for key in body if isinstance(key, str) and not only_launch_members({key: body[key]})]
    return ", ".join(names[:3]) + (", …" if len(names) > 3 else "")


def _shown_url(url: Text) -> str:
    shown = "".join(part if isinstance(part, str) else "…" if part.source in ("", "…") else Text((part,)).shown()
                    for part in url.parts)
    return shown if len(shown) <= 80 else shown[:79] + "…"


def names_launch(body: object, unseen_wrappers: bool = True) -> bool:
    """Whether a body writes a launch member or a `Flow.` input in its first three levels: inputData or a `Flow.`
    input, or a flowId or flowVersion in an object of the launch's vocabulary and its known wrong shapes only
    (candidates.only_launch_members). Another product's flows/executions takes a flowId and a version too, beside
    members of its own (`parameters`, `priority`, `namespace`): those among them are no sign of Genesys Cloud.
    `unseen_wrappers`: whether a UUID flowId beside a wrapper of a value not seen counts (not for a relative URL)."""
    level = [body]
    for _ in range(3):
        for item in level:
            if not isinstance(item, dict):
                continue
            keys = [key for key in item if isinstance(key, str)]
            if any(key.lower() == "inputdata" or key.startswith("Flow.") for key in keys):
                return True
            if any(key.lower() in ("flowid", "flowversion") for key in keys) and launch_shaped(item) \
                    and only_launch_members(item):
                return True  # (a flowId or a flowVersion beside `parameters` and `priority` is another orchestrator's)
            if "flowVersion" in item and is_uuid(item.get("flowId")):
                return True  # (but not beside a flow ID as Genesys Cloud writes one: a UUID)
            if unseen_wrappers and _flow_id_beside_inputs_not_seen(item):
                return True
        level = [value for item in level if isinstance(item, dict) for value in item.values()][:200]
    return False


def _flow_ids(body: dict[object, object]) -> list[object]:
    """The values a body writes under a flowId (`flowId`, `flow_id` in any case)."""
    return [value for key, value in body.items() if isinstance(key, str) and key.lower() in ("flowid", "flow_id")]


def _flow_id_beside_inputs_not_seen(item: dict[object, object]) -> bool:
    """Whether an object writes a flow ID as Genesys Cloud writes one (a UUID) beside only the launch's members, its
    known wrong shapes among them held in a value not seen (`{flowId: "5e1f…", inputs: body}`, `data: payload`): the
    same object with its inputs written out (`inputs: {"Flow.x": 1}`) names the launch; an unseen value hides only what
    the wrapper holds, not that the inputs were wrapped. Another product's flowId is a name (`nightly-report`)."""
    flow_ids = _flow_ids(item)
    if len(flow_ids) != 1 or not is_uuid(flow_ids[0]):
        return False
    return all(only_launch_members({key: {} if isinstance(value, Unknown) else value})
               for key, value in item.items())


def _reads_status(request: LaunchRequest) -> bool:
    # A GET's body that cannot be seen (a wrapper's `body && JSON.stringify(body)`, a data action's default
    # `${input.rawRequest}`) is no sign of a launch: it reads a status, as a non-POST request without a body does.
    return isinstance(request.method, str) and request.method != "POST" and (
        request.body is NO_BODY or (request.method in ("GET", "HEAD") and isinstance(request.body, Unknown)))
