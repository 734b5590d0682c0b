"""Request rules (FL106, FL301-FL305): the URL, method and headers of a launch, wherever it comes from.

One `LaunchRequest` shape, one set of rules: a launch written in code or a request file, and one
seen on the wire by the httpx guard or `flowlint serve` (`sources/live.py`, kind "live"), get the
same findings; only their wording names the client when it is known.

A launch request's body is checked by the envelope and input rules like any payload; these rules
judge only what surrounds it, and only what is statically known: an unknown host, method or
header set gets no finding.
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
from collections.abc import Callable, Collection
from typing import Any
from urllib.parse import urlsplit

from ..core.codes import (
    BODY_NOT_JSON,
    CONTENT_TYPE,
    FLOW_ID_IN_PATH,
    HARD_CODED_TOKEN,
    MISSING_FLOW_ID,
    RULES,
    WRONG_HOST,
    WRONG_METHOD,
    WRONG_PATH,
)
from ..core.credentials import header_token_defaults, placeholder_password, url_password_spans, url_query_secret_spans, without_credentials
from ..core.derived import Derived, derived_at, derived_token, derived_token_end
from ..core.diagnostics import Diagnostic, Edit, Finding, Fix, InsertMember, Operation, SetUrl, Severity, Span
from ..core.ids import is_uuid
from ..core.jsontext import show
from ..core.lines import LineIndex
from ..core.printable import clipped
from ..core.unknown import Assigned, Computed, OpenObject, Unknown, contains_unknown
from ..sources.data_action import templated_flow_id
from ..sources.live import LIVE
from ..sources.model import NO_BODY, LaunchRequest, Offsets, Text, literal_secret, written_password
from ..sources.urls import LAUNCH_PATH, LaunchUrl, api_host_for, launch_url, shown_host
from .fixes import SAFE, UNSAFE

#: How each client sends a string body when no Content-Type is given, and how to add one.
_CONTENT_TYPE_FIX = {
    "fetch": ("fetch sends a string body as text/plain", "add the header 'Content-Type': 'application/json'"),
    "undici": ("undici's request sends a string body with no Content-Type", "add the header 'content-type': 'application/json'"),
    "got": ("got sends a string `body` without a JSON Content-Type", "pass the object as `json:` instead, or add the header"),
    "curl": ("curl -d sends the body as application/x-www-form-urlencoded",
             "use --json instead of -d, or add -H 'Content-Type: application/json'"),
    "wget": ("wget sends a --post-data or --body-data body as application/x-www-form-urlencoded",
             "add --header='Content-Type: application/json'"),
    "requests": ("a string passed as data= (or second, after the URL) is sent with no Content-Type", "pass the object as json= instead"),
    "httpx": ("a string passed as content=/data= is sent with no Content-Type", "pass the object as json= instead"),
    "aiohttp": ("aiohttp sends a string data= as text/plain", "pass the object as json= instead"),
    "http-file": ("the request has no Content-Type header", "add the line `Content-Type: application/json` after the request line"),
    "postman": ("the raw body is sent as Text, not JSON", "set the raw body's type to JSON in Postman (or add the header)"),
    "saved-request": ("the body is JSON text, and the request's headers have no Content-Type",
                      'add "Content-Type": "application/json" to its headers (or write the body as an object)'),
    "xhr": ("XMLHttpRequest sends a string body as text/plain", "call xhr.setRequestHeader('Content-Type', 'application/json')"),
    "request": ("a string `body` is sent with no Content-Type", "send the object with json: true (or as json: body)"),
    "superagent": ("superagent sends a string body form-encoded", "send the object itself (.send(body)) or .type('json')"),
}
#: What a credential found by how it is given (not by a name) is.
_CREDENTIAL_SAID = {"curl -u": "curl -u/--user sends a password (a client secret) written in the file",
                    "HTTPie -a": "HTTPie's -a/--auth sends a password (a client secret) written in the file",
                    "wget --password": "wget's --password (or --http-password) sends a password (a client secret) "
                                       "written in the file",
                    "a bearer token": "a literal bearer token is written in the file, beside a Genesys Cloud sign-in",
                    "a Basic credential": "the sign-in's Authorization header encodes a client secret written in the "
                                          "file (Basic: base64 of client_id:client_secret)",
                    "a Basic credential beside a sign-in": "a literal Authorization credential encodes a client secret "
                                                           "written in the file (Basic: base64 of client_id:client_secret), "
                                                           "beside a Genesys Cloud sign-in",
                    "a Basic password beside a sign-in": "a client secret is written in the file as the password "
                                                         "Basic auth sends (client_id:client_secret), beside a "
                                                         "Genesys Cloud sign-in"}
#: A secret found by the member or name that holds it, by the words its reader calls it with (sources/sign_in.py's
#: FORM_SECRETS, sources/postman.py's auth members): what it is, and what to do with the one written. Any other is a
#: client secret (a code file's or script's `clientSecret`, `client_secret`: sources/model.py's is_secret_name).
_SECRET_KINDS = ((re.compile(r"\bpassword grant\b"), "a password", "change the password written here"),
                 (re.compile(r"\brefresh_?token\b", re.IGNORECASE), "a refresh token", "revoke the one written here"))
_CLIENT_SECRET = ("a client secret", "rotate the one written here")


def _secret_kind(kind: str) -> tuple[str, str]:
    """What a secret its reader calls `kind` is (a password, a refresh token, a client secret), and what to do with it."""
    for words, said, then in _SECRET_KINDS:
        if words.search(kind):
            return said, then
    return _CLIENT_SECRET
#: How each kind sends a form instead of JSON, and what to write instead.
_FORM_FIX = {
    "curl": ("curl sends -F / --data-urlencode / several -d as a form, not as JSON",
             "send one JSON body with --json '{…}' (or -d '{…}' and -H 'Content-Type: application/json')"),
    "postman": ("the body is sent as a form (form-data / x-www-form-urlencoded), not as JSON", "choose Body → raw → JSON"),
    "har": ("the recorded body is a form, not JSON", "send the body as JSON with Content-Type: application/json"),
    "jquery": ("jQuery sends this `data` form-encoded, not as JSON (it serializes an object as a form whatever "
               "contentType says)", "send data: JSON.stringify(body) with contentType: 'application/json'"),
    "artillery": ("Artillery sends `form:` as x-www-form-urlencoded and `formData:` as multipart/form-data, not as JSON",
                  "send the body under `json:` instead"),
    "request": ("`form` sends the body form-encoded, not as JSON", "send it as json: body (or body with json: true)"),
    "needle": ("needle sends an object form-encoded (x-www-form-urlencoded), not as JSON, unless its options say "
               "`json: true`", "pass { json: true } in its options"),
    "wretch": ("wretch's formUrl / formData send the body as a form, not as JSON", "send it with .json(body), or as .post(body)"),
    "k6": ("k6 sends an object body form-encoded (x-www-form-urlencoded), not as JSON",
           "send JSON.stringify(body) with params { headers: { 'Content-Type': 'application/json' } }"),
    "superagent": ("the body is sent as a form, not as JSON", "send the object itself: .send(body), without .type('form')"),
    "requests": ("a dict passed as data= (or second, after the URL) is sent form-encoded, not as JSON", "pass it as json= instead"),
    "cypress": ("`form: true` makes Cypress send the body form-encoded (x-www-form-urlencoded), not as JSON",
                "leave out `form: true`: Cypress sends an object body as JSON"),
    "step-functions": ("`Transform.RequestBodyEncoding: URL_ENCODED` makes Step Functions send the body form-encoded "
                       "(x-www-form-urlencoded), not as JSON",
                       "remove `RequestBodyEncoding: URL_ENCODED` from the task's `Transform`: the body is then sent as JSON"),
    "playwright": ("Playwright sends `form` form-encoded and `multipart` as multipart/form-data, not as JSON",
                   "pass the body as `data`: Playwright sends an object as JSON"),
    "httpie": ("-f/--form or a file field (`name@file`) makes HTTPie send the items as a form, not as JSON",
               "drop --form and the file fields: HTTPie sends `key=value` and `key:=json` items as a JSON object"),
}
#: A form built in JavaScript (URLSearchParams, FormData, qs.stringify) sent by any client.
_JS_FORM = ("a URLSearchParams, FormData or qs.stringify body is sent as a form, not as JSON",
            "send JSON.stringify(body) with Content-Type: application/json (or the client's json option)")
_JS_KINDS = frozenset({"fetch", "undici", "axios", "got", "ky", "xhr", "sdk"})


#: Hosts that stand in for the platform in tests: a request sent to one is never told it has the wrong host (FL302).
LOOPBACK: tuple[str, ...] = ("localhost", "127.0.0.0/8", "::1")


def host_allowed(host: str, allowed: Collection[str]) -> bool:
    """Whether `host` is one of `allowed`: a name (its subdomains too) or an IP network (`127.0.0.0/8`, `::1`)."""
    bare = (host[1:host.index("]")] if host.startswith("[") and "]" in host else host).lower()
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(bare)
    except ValueError:
        address = None
    for entry in allowed:
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError:  # a name
            if bare == entry or bare.endswith("." + entry):
                return True
            continue
        if address is not None and address in network:
            return True
    return False


def check_request(request: LaunchRequest, lines: LineIndex, *, allowed_hosts: Collection[str] = ()) -> list[Finding]:
    """Findings about how the launch is sent; each carries its place in the file and no JSON pointer.

    `allowed_hosts`: hosts (names, with their subdomains, or IP networks) a request may be sent to without FL302,
    as the stand-ins of the platform a guard or `flowlint serve` sees in tests (LOOPBACK, serve's own address).
    Without it, as for launches in files, only hosts under Genesys Cloud's own domains are judged at all.
    """
    findings: list[Finding] = []

    def add(code: str, offsets: Offsets | None, message: str, help_text: str, fix: Fix | None = None) -> None:
        where = offsets or request.site
        findings.append(Finding(code, (), message, help_text, span=_span(lines, where), fix=fix))

    live = request.kind == LIVE
    method = request.method
    if isinstance(method, str) and method != "POST":
        if live:  # no code to point at: what a client that sends it usually forgot
            hint = " (fetch sends GET unless given `method: \"POST\"`)" if method in ("GET", "HEAD") else ""
            what = f"{show(method, 20)}{hint}"
        else:
            what = "no method, so it is a GET" if request.method_span is None and method == "GET" else f"method {method}"
        add(WRONG_METHOD, request.method_span or (request.url.span if request.url else None),
            f"the launch is sent with {what}; flows are launched with POST", _method_help(request, lines))
    found = launch_url(request.url) if request.url is not None else None
    if request.url is not None:
        if found is not None and (found.rest or found.in_path) and live:
            path, flow_id = urlsplit(request.url.value or "").path, found.in_path or found.rest.strip("/").split("/")[0]
            add(FLOW_ID_IN_PATH, None, f"the request puts the flow ID in the URL ({show(path, 120)}); the platform has no such endpoint",
                f'POST to {LAUNCH_PATH} with the ID in the body: {{"flowId": {show(flow_id, 60)}, ...}}')
        elif found is not None and found.in_path:
            add(FLOW_ID_IN_PATH, request.url.span,
                f"the URL puts `{found.in_path}` in the path, /api/v2/flows/{found.in_path}/executions{found.rest_shown}: "
                "the platform has no such endpoint",
                f"POST to {LAUNCH_PATH} (drop `{found.in_path}/` from the path) and send the flow ID in the body as \"flowId\"",
                _url_fix(request, lines.text, f"/flows/{found.in_path}/executions", found.in_path, found.host))
        elif found is not None and found.rest:
            add(FLOW_ID_IN_PATH, request.url.span,
                f"the URL puts `{found.rest_shown}` after {LAUNCH_PATH}: the platform has no such endpoint",
                f"POST to {LAUNCH_PATH} and send the flow ID in the body as \"flowId\"",
                _url_fix(request, lines.text, f"/flows/executions{found.rest_shown}", found.rest_shown.strip("/"), found.host))
        # A near miss written once, in a URL constant's literal several launches use, is said once, there (as a wrong
        # host written once: FL302), not at each call.
        if found is not None and found.near_miss:
            literal = request.host_span
            once = literal is not None and found.near_miss in lines.text[literal[0]:literal[1]]
            if not once or request.judge_host:
                add(WRONG_PATH, literal if once else request.url.span,
                    f"the launch is sent to {show(found.near_miss, 120)}, which no Genesys Cloud endpoint answers (a near "
                    f"miss of {LAUNCH_PATH}): the platform answers 404",
                    f"change its path to {LAUNCH_PATH} (every launch using this URL is sent there)" if once
                    else _path_help(request, lines.text, found), None if once else _path_fix(request, lines.text, found))
        if found is not None and found.host is not None and request.judge_host \
                and not host_allowed(found.host, allowed_hosts):
            wrong, api_host = api_host_for(found.host)
            if wrong:
                # A base URL (axios baseURL, ky prefixUrl) serves every other call too: it gets the host alone.
                add(WRONG_HOST, request.host_span or request.url.span, f"{shown_host(found.host)} is not a Genesys Cloud API host",
                    (f"change its host to {api_host} ({_served(request.host_span, lines)})" if request.host_span is not None else
                     f"send it to https://{api_host}{LAUNCH_PATH}") if api_host else
                    "the API host is api.<your region's domain>, e.g. api.mypurecloud.com or api.mypurecloud.ie")
    # The reader saw where this client takes a body from, and nothing is written there: the request has none.
    if not live and request.bodiless and request.body is NO_BODY and request.body_span is None and request.sends != "form" \
            and method == "POST" and found is not None and not found.rest and not found.in_path:
        add(MISSING_FLOW_ID, None, "the launch sends no body, so no `flowId`: the platform answers 400",
            'send the launch request as JSON: {"flowId": "<flow ID>", "inputData": {...}}')
    findings.extend(_content_type(request, lines))
    if request.sends == "object-string" and request.kind == "got":
        add(BODY_NOT_JSON, request.body_span, "got takes a string or a buffer as `body`, not an object", "pass the object as json: instead")
    elif request.sends == "object-string" and request.kind == "undici":
        add(BODY_NOT_JSON, request.body_span, "undici's request takes a string, a Buffer, a stream or an iterable as `body`, not a "
            "plain object: it throws InvalidArgumentError and sends nothing", "serialize it: body: JSON.stringify(...)")
    elif request.sends == "object-string" and live:
        add(BODY_NOT_JSON, request.body_span, 'the body is the text "[object Object]": an object was sent without being serialized',
            "serialize it: `body: JSON.stringify(payload)`")
    elif request.sends == "object-string":
        client = {"xhr": "XMLHttpRequest", "jquery": "jQuery with processData: false",
                  "wretch": "wretch under a Content-Type that is not JSON"}.get(request.kind, "fetch")
        add(BODY_NOT_JSON, request.body_span, f"{client} sends an object body as the text \"[object Object]\", not as JSON",
            "serialize it: body: JSON.stringify(...)")
    elif request.sends == "form":
        said, fix = _FORM_FIX.get(request.kind, _JS_FORM if request.kind in _JS_KINDS else (
            "a dict passed as data= is sent form-encoded, not as JSON", "pass it as json= instead"))
        add(BODY_NOT_JSON, request.body_span, said, fix)
    for where, kind in request.credentials:
        request.secrets.append(where)
        secret, then = _secret_kind(kind)
        said = _CREDENTIAL_SAID.get(kind, f"{secret} is written in the file ({kind})")
        findings.append(Finding(HARD_CODED_TOKEN, (), said,
                                f"read it at run time (an environment variable, a secret store) and {then}",
                                span=_span(lines, where), subject=str(where[0])))
    # Unknown parts (a template's holes) are a character no credential holds: known text on both sides of one never
    # joins into a password or a token.
    url = "".join(part if isinstance(part, str) else _HOLE for part in request.url.parts) \
        if isinstance(request.url, Text) else ""
    if url and (any(written_password(url[start:end]) and _HOLE not in url[start:end]
                    for start, end in url_password_spans(url))
                or any(literal_secret(url[start:end]) for start, end in url_query_secret_spans(url))):
        add(HARD_CODED_TOKEN, request.url.span, *(_URL_CREDENTIAL_RECEIVED if live else _URL_CREDENTIAL_WRITTEN))  # type: ignore[union-attr]
    written: list[tuple[Offsets | None, Text | Unknown]] = \
        [(header.span, header.value) for header in request.headers or () if header.name.lower() == "authorization"]
    if request.headers is None and not live:
        written = _authorization_written(lines.text, request.site)
    if not written and not live and request.launch_sites is not None:
        # none in the launch's call: set where a client's defaults, a session or a Headers object take it
        # (`axios.defaults.headers.common['Authorization'] = …`, `session.headers.update({"Authorization": …})`),
        # outside every launch's call (each launch's own is said with it)
        written = [(at, value) for at, value in _authorization_set(lines.text)
                   if not any(start <= at[0] < end for start, end in request.launch_sites)]
    for header_at, value in written:
        if _literal_token(value):
            request.secrets.append(at := _token_span(lines.text, header_at, value) if header_at is not None else request.site)
            if at == header_at or header_at is None:  # (not written in the header as sent: a name's, joined pieces)
                request.secrets.extend(_token_pieces(lines.text, _token(value)))
            add(HARD_CODED_TOKEN, header_at, "the Authorization header holds a literal token written in the file",
                _REVOKE)
        elif header_at is not None and (derived := _derived_token(lines.text, header_at, value,
                                                                   made_up=lambda: _to_a_stand_in(request, found))) is not None:
            request.secrets.append(derived.span)
            if any(derived.span[0] <= start and end <= derived.span[1] for (start, end), _ in request.credentials):
                continue  # (said already: a sign-in's Basic pair, PAIR_BESIDE_SAID)
            findings.append(Finding(HARD_CODED_TOKEN, (), _DERIVED_SAID[derived.how], _DERIVED_HELP[derived.how],
                                    span=_span(lines, derived.span), subject=str(derived.span[0])))
        elif header_at is not None and request.kind in _EXPANDED_KINDS:
            findings.extend(_token_defaults(request, lines, header_at))
    return findings


#: FL305 of a URL's credential (message, help): written in a file, and in a request received (serve), where no file
#: writes it but the URL is what servers and proxies log.
_URL_CREDENTIAL_WRITTEN = ("the URL holds a literal credential written in the file (a password or a token)",
                           "send it in a header read at run time (an environment variable, a secret store) and rotate the "
                           "one written here")
_URL_CREDENTIAL_RECEIVED = ("the URL holds a literal credential (a password or a token), which servers and proxies log "
                            "with the URL", "send it in the Authorization header instead, and rotate this one")


def _to_a_stand_in(request: LaunchRequest, found: LaunchUrl | None) -> bool:
    """Whether the request goes to a stand-in for the platform (a test's double, a loopback host: `flowlint serve`),
    where a credential plainly made up for the test (`test-secret`, `dummy`) is test data."""
    if request.to_stand_in or request.refused_by_double:
        return True
    return found is not None and found.host is not None and host_allowed(found.host, LOOPBACK)


def _derived_token(text: str, header_at: Offsets, value: Text | Unknown, *,
                   made_up: Callable[[], bool] = lambda: False) -> Derived | None:
    """The literal an Authorization header's token is made of when its value is a scheme and one transform of that
    literal (core.derived: `"Bearer " + atob('…')`, `Bearer $(echo …)`, `sha256(b"…").hexdigest()`), and the literal
    is a secret: judged as the token it sends when it is sent as written or decoded (literal_secret, a placeholder's
    decoding too: `atob('eW91ci10b2tlbg==')` sends `your-token`), as a password when it is encoded or hashed (any but
    a placeholder: the token sent is a function of it alone, whatever its length). `made_up`: whether it is sent to a
    stand-in (asked only of a literal made up for a test), where a credential plainly made up for the test
    (`fake-token`, `test-client:test-secret`, `dummy`) is none, as a plain `Bearer fake-token` is none."""
    def is_password(value: str) -> bool:
        return written_password(value) and not (placeholder_password(value, in_tests=True) and made_up())

    parts = value.parts if isinstance(value, Text) else ()
    if len(parts) != 2 or not isinstance(parts[0], str) or isinstance(parts[1], str) \
            or parts[0].strip().lower() not in _DERIVED_SCHEMES:
        return None
    if isinstance(parts[1], Assigned):  # a literal a script assigns to the name sent (`T='…'`, then `Bearer $T`)
        derived = Derived(parts[1].span, parts[1].written, "fallback" if parts[1].fallback else "assigned", parts[1].span[1]) \
            if parts[1].written_at(text) and parts[1].span[1] - parts[1].span[0] == len(parts[1].written) else None
    elif isinstance(parts[1], Computed):  # a name bound once to the call (`tok = b64decode("…").decode()`): read there
        derived = derived_at(text, *parts[1].span) if parts[1].written_at(text) else None
        derived = derived if derived is not None and derived.end == parts[1].span[1] else None
    else:
        derived = derived_token(text, *header_at)
    if derived is None:
        return None
    if derived.how == "paired":  # `btoa(CLIENT_ID + ':' + '…')`: the literal is the pair's password
        return derived if is_password(derived.literal) else None
    if parts[0].strip().lower() == "basic":  # `'Basic ' + btoa('id:…')`: the pair's password, judged as curl -u's
        user, colon, password = derived.literal.partition(":")
        start = derived.span[0] + len(user) + 1
        return Derived((start, derived.span[1]), password, "paired", derived.end) \
            if derived.how == "encoded" and colon and is_password(password) else None
    if derived.how in ("encoded", "hashed"):
        return derived if is_password(derived.literal) else None
    if derived.sent is not None:  # (what a percent-decoding, a reversal or character codes send: the token judged)
        return derived if literal_secret(derived.sent) and not placeholder_password(derived.sent) else None
    sent = _decoded(derived.literal) if derived.how == "decoded" else derived.literal
    return derived if literal_secret(derived.literal) and (sent is None or not placeholder_password(sent)) else None


def _decoded(literal: str) -> str | None:
    """The text a base64 or hex literal decodes to (its first 4 KiB), or None when it is neither, or no text."""
    import base64
    import binascii

    for decode in (base64.b64decode, base64.urlsafe_b64decode, binascii.unhexlify):
        try:
            return decode(literal[:4096].encode("ascii")).decode("utf-8")
        except (ValueError, UnicodeError):
            continue
    return None


#: The schemes (lower case) whose token FL305 judges when it is written through a transform (a Basic credential's by
#: the password of the pair it encodes: `btoa('id:…')`).
_DERIVED_SCHEMES = frozenset({"bearer", "token", "oauth", "basic"})
#: What FL305 says of a token written through a transform, by how (core.derived), and its help.
_DERIVED_SAID = {
    "decoded": "the Authorization header's token is written in the file, encoded: the code only decodes it",
    "encoded": "the Authorization header's token is written in the file: the code only encodes it",
    "paired": "the Authorization header encodes a Basic pair whose password is written in the file",
    "hashed": "the Authorization header's token is a hash of a literal written in the file: whoever reads the file "
              "computes the same token",
    "written": "the Authorization header's token is written in the file: the command only writes it out",
    "assigned": "the Authorization header's token is written in the file, assigned to the variable the header sends",
    "fallback": "the Authorization header's token is written in the file, as the value the code falls back to when "
                "what it reads is not set",
}
_REVOKE = "read the token at run time (an environment variable, a secret store) and revoke the one written here"
_DERIVED_HELP = {
    "decoded": f"{_REVOKE}: base64 or hex hides nothing",
    "encoded": _REVOKE,
    "paired": "read the client secret at run time (an environment variable, a secret store) and rotate the one written "
              "here",
    "hashed": f"{_REVOKE}; a hash of a literal is a secret written in the file, not one kept out of it",
    "written": _REVOKE,
    "assigned": _REVOKE,
    "fallback": f"{_REVOKE}, with no literal fallback",
}


#: The kinds whose header text writes a shell's expansions (`${NAME:-…}`): curl (scripts, recipes, documentation) and
#: request files, where `${…}` is no expansion but its literal is written all the same. (In code, `${a-b}` is a sum.)
_EXPANDED_KINDS = frozenset({"curl", "wget", "httpie", "http-file"})


def _token_defaults(request: LaunchRequest, lines: LineIndex, header_at: Offsets) -> list[Finding]:
    """FL305 for each token an Authorization header writes as an expansion's literal (`Bearer ${TOKEN:-…}`): written
    in the file as a plain token is (and masked as one), though what is sent depends on the variable."""
    found = []
    for where, name, operator in header_token_defaults(lines.text, *header_at):
        if literal_secret(lines.text[where[0]:where[1]]):
            request.secrets.append(where)
            # What is sent depends on where it is written (a shell expands it, a request file sends it as written,
            # make reads `${…}` as its own variable): that a token is written in the file is true of each.
            role = "alternative" if "+" in operator else "default"
            found.append(Finding(
                HARD_CODED_TOKEN, (), f"the Authorization header's token is written in the file, as the {role} in "
                f"`${{{name}{operator}…}}`",
                _REVOKE,
                span=_span(lines, where), subject=str(where[0])))
    return found


#: An Authorization header written as a member in a call's own text (`headers: {Authorization: "Bearer …"}`): its
#: quoted value is group 3.
_AUTHORIZATION_MEMBER = re.compile(r"""(?i)(?<![\w-])(["']?)authorization\1[ \t]*:[ \t]*(["'`])((?:(?!\2)[^\\\n])*)\2""")


def _authorization_written(text: str, site: Offsets) -> list[tuple[Offsets | None, Text | Unknown]]:
    """The Authorization headers a launch's call writes literally where the reader knows not its whole header set (an
    axios call's config, whose instance defaults are not seen): what FL305 judges as it judges a header it read. A
    template's hole (`${token}`) is written as such and is no literal token."""
    start, end = site
    if end - start > _CALL_SCANNED or "uthorization" not in text[start:end].lower():
        return []
    return [((member.start(), member.end()), Text.known(member.group(3)))
            for member in _AUTHORIZATION_MEMBER.finditer(text, start, end)]


#: Where a file sets an Authorization header by its name, as a client's defaults, a session, a Headers object or a
#: script take it (`['Authorization'] =`, `.Authorization =`, `.set('Authorization', `, `{"Authorization": `,
#: `{key: 'Authorization', value: `): its value follows.
_AUTHORIZATION_KEY = re.compile(r"""(?i)(?<![\w-])authorization["'`]?[ \t]*\]?[ \t]*(?::|=(?!=)|,)[ \t]*(?:value[ \t]*:[ \t]*)?""")
#: A literal bearer token as such a value: quoted after its scheme, or joined to it (`'Bearer ' + '…'`, `` `Bearer ${'…'}` ``,
#: f"Bearer {'…'}"): the scheme group 1, the token group 2.
_SET_LITERAL = re.compile(r"""[fF]?["'`]((?i:bearer|token|oauth))[ \t]+(?:["'`][ \t]*\+[ \t]*["'`]|\$?\{[ \t]*["'`])?"""
                          r"""([A-Za-z0-9._~+/-]{8,}=*)["'`]""")
#: A Basic credential's value: one set outside a launch's call is a sign-in's (the launch sends a bearer token), which
#: the sign-in's own rules judge (sources.sign_in: a Genesys Cloud login host's, a real client secret's).
_BASIC = re.compile(r"""[fF]?["'`](?i:basic)[ \t]""")
#: What a line says before a header's name when a test double matches or expects it, rather than a client sets it.
_DOUBLE_WORDS = re.compile(r"(?i)match|expect|mock|stub|nock|assert|called")
#: At most this many settings are judged in a file (bounded work on a hostile one).
_SETTINGS = 64


@functools.lru_cache(maxsize=2)
def _authorization_set(text: str) -> tuple[tuple[Offsets, Text | Unknown], ...]:
    """The Authorization headers a file sets by name outside a launch's call, each as the request rules judge a header:
    where it is written (from its name, as a reader places a header: another launch's own is said once) and its value,
    a literal token (`Text` of the scheme and token) or a scheme and a transform of one literal (core.derived). Values
    that are neither (a variable, a call) are left out. Asked by each launch of a file that writes none in its call:
    kept for the last two texts (one scan of a file, however many launches it holds)."""
    found: list[tuple[Offsets, Text | Unknown]] = []
    if "uthorization" not in text and "UTHORIZATION" not in text:
        return ()
    for key in itertools.islice(_AUTHORIZATION_KEY.finditer(text), _SETTINGS):
        at, named = key.end(), key.start() - (text[key.start() - 1:key.start()] in ("'", '"', "`"))
        if _DOUBLE_WORDS.search(text, max(text.rfind("\n", 0, key.start()) + 1, key.start() - 200), key.start()):
            continue  # (what a test double matches or expects: `nock(…).matchHeader('Authorization', …)` signs in nowhere)
        line_end = text.find("\n", at)
        line_end = min(len(text) if line_end < 0 else line_end, at + _CALL_SCANNED)
        if (literal := _SET_LITERAL.match(text, at, line_end)) is not None:
            found.append(((named, literal.end()), Text.known(f"{literal.group(1)} {literal.group(2)}")))
        elif (name := _SET_NAME.match(text, at, line_end)) is not None \
                and (bound := _bound_literal(text, name.group(1))) is not None:
            found.append(bound)  # (`const auth = "Bearer …"`, then `headers.set("Authorization", auth)`: said there)
        elif _BASIC.match(text, at, line_end) is None and (end := derived_token_end(text, at, line_end)) is not None:
            scheme = text[at:end].lstrip("fF\"'`").split(None, 1)[0]
            found.append(((at, end), Text((f"{scheme} ", Unknown(text[at:end])), (at, end))))
    return tuple(found)


#: A header's value set by a name (`headers.set("Authorization", auth)`, `{"Authorization": AUTH}`, `h["Authorization"] =
#: auth` ending its line): the name, group 1.
_SET_NAME = re.compile(r"([A-Za-z_$][\w$]*)[ \t]*(?:[),;}\]]|\r?\Z)")


def _bound_literal(text: str, name: str) -> tuple[Offsets, Text] | None:
    """Where a name a header is set by is bound to a literal token after its scheme, when the file binds it once
    (`const auth = "Bearer …"`, `AUTH = 'Bearer …'`): that literal's place and its value as the header sends it. A
    name bound twice, or to anything else, is none (no finding rests on which binding is sent)."""
    bindings = [match for match, _ in zip(re.finditer(rf"(?<![\w$.]){re.escape(name)}[ \t]*(?::[^=\n]*)?=(?![=>])[ \t]*",
                                                      text), range(2), strict=False)]
    if len(bindings) != 1:
        return None
    line_end = text.find("\n", bindings[0].end())
    literal = _SET_LITERAL.match(text, bindings[0].end(), len(text) if line_end < 0 else line_end)
    if literal is None:
        return None
    return (literal.start(), literal.end()), Text.known(f"{literal.group(1)} {literal.group(2)}")


#: The longest call whose text is looked into for a written Authorization header (a hostile file's call: bounded work).
_CALL_SCANNED = 1 << 16


#: The request files whose launch URL FL106's fix edits: the URL is the launch's own, written once (in code a URL
#: constant may serve other calls; a Postman item also keeps its path as a list, a HAR is a recording).
_URL_FIXED_KINDS = frozenset({"http-file", "curl", "saved-request", "terraform", "data-action"})


def _url_fix(request: LaunchRequest, text: str, written_path: str, flow_id: str, host: str | None) -> Fix | None:
    """FL106's fix, as data: the URL edited back to the launch endpoint and `"flowId": "<the ID>"` added to the body,
    where the file writes the URL as a literal (verbatim: no variable, no escape) and the body is an object that lacks
    a flowId (or writes the same one); safe only when nothing is unsure (sent with POST to a Genesys Cloud API host,
    the ID a UUID, the body seen whole with no flowId buried in it), else unsafe; None where it cannot be said.

    Any other host (loopback, a proxy, the project's own service) may serve `/flows/{id}/executions` itself: editing
    its URL is the user's call (--unsafe-fixes)."""
    url = request.url.value if request.url is not None else None
    span = request.url.span if request.url is not None else None
    body = request.body
    # A data action's URL may write the ID as a template's reference: moved into the body as that same reference.
    templated = templated_flow_id(request) if url is None else None
    value: Any = flow_id
    if templated is not None and templated[1].source == flow_id:
        url, value = templated[0], templated[1]
    if request.kind not in _URL_FIXED_KINDS or url is None or span is None or text[span[0]:span[1]].count(url) != 1 \
            or not isinstance(body, dict) or "/" in flow_id or not flow_id or url.count(written_path) != 1:
        return None
    new_url = url.replace(written_path, "/flows/executions")
    operations: list[Operation] = [SetUrl(url, new_url)]
    if "flowId" not in body:
        if any(isinstance(key, str) and key.replace("_", "").replace("-", "").lower() == "flowid" for key in body):
            return None  # a misspelt flowId (FL102 renames it): which ID the launch meant is not for this fix to say
        operations.append(InsertMember((), "flowId", value))
    elif body["flowId"] != flow_id:
        return None  # two IDs: which one the launch meant is not known
    # A data action's relative URL is sent to the org's own API (the Genesys Cloud Data Actions integration).
    api = (host is not None and api_host_for(host) == (False, host)) or \
        (request.kind == "data-action" and host is None and url.startswith("/api/"))
    sure = api and (is_uuid(flow_id) if value is flow_id else templated is not None and templated[2]) \
        and not isinstance(body, OpenObject) and request.method == "POST" \
        and not any(contains_unknown(item) for key, item in body.items() if key != "inputData") \
        and not any(map(_names_flow_id, body.values()))  # (a template's hole among the inputs leaves the envelope seen)
    added = f' and add "flowId": {show(flow_id, 60)} to the body' if len(operations) > 1 else " (the body already names it)"
    return Fix(SAFE if sure else UNSAFE, f"send it to {LAUNCH_PATH}{added}", tuple(operations))


#: The kinds whose URL FL308's fix never edits: a recording, a Postman item (its path also kept as a list), a request
#: seen on the wire.
_URL_NEVER_FIXED = frozenset({"har", "postman", LIVE})


def _path_help(request: LaunchRequest, text: str, found: LaunchUrl) -> str:
    """FL308's help: send it to the launch path; where the call writes only the end of the near miss and a base before
    it holds the rest (`client.post('/flows/execution')` on axios's `baseURL: '…/api/v2'`), what to write there
    instead (`/flows/executions`): the launch path written in that call would double the base's part of it."""
    if found.near_miss_id:
        return (f"POST to {LAUNCH_PATH} (drop `/{found.near_miss_id}` from the path) and "
                "send the flow ID in the body as \"flowId\"")
    span = request.url.span if request.url is not None else None
    written = text[span[0]:span[1]] if span is not None else ""
    if found.near_miss in written:
        return f"send it to {LAUNCH_PATH}"
    near, launch = found.near_miss.split("/"), LAUNCH_PATH.split("/")
    for count in range(min(len(near), len(launch)) - 1, 0, -1):  # the longest end of the near miss the call writes
        tail = "/".join(near[-count:])
        if f"/{tail}" in written and near[:-count] == launch[:-count]:  # (the base's part is the launch path's own)
            return (f"write `/{'/'.join(launch[-count:])}` in place of `/{tail}` (the base before it holds "
                    f"`{'/'.join(near[:-count])}`), so that it is sent to {LAUNCH_PATH}")
    return f"send it to {LAUNCH_PATH}"


def _path_fix(request: LaunchRequest, text: str, found: LaunchUrl) -> Fix | None:
    """FL308's fix, as data: the near miss's path written as the launch path, where a request file (as FL106's fix:
    _URL_FIXED_KINDS) writes the URL once as a literal holding that path once; None where the URL is pieced together
    or a variable (the help says what to write). Safe when the launch goes to the platform with POST (a Genesys Cloud
    API host, a data action's relative URL), else unsafe."""
    url = request.url.value if request.url is not None else None
    span = request.url.span if request.url is not None else None
    if url is None or span is None or text[span[0]:span[1]].count(url) != 1 or found.near_miss_id:
        return None  # (… or a flow ID after the near miss: where it goes instead is the help's to say)
    # In code, only a literal written in the launch's own call: a URL constant may serve other calls. A recording (HAR)
    # is what was sent, and a Postman item keeps its path as a list too: neither is edited.
    if request.kind in _URL_NEVER_FIXED or (request.kind not in _URL_FIXED_KINDS
                                            and not (request.site[0] <= span[0] and span[1] <= request.site[1])):
        return None
    path_end = min(at for at in (url.find("?"), url.find("#"), len(url)) if at >= 0)
    start = url.rfind(found.near_miss, 0, path_end)
    if start < 0 or start + len(found.near_miss) != path_end or url.count(found.near_miss) != 1:
        return None
    new_url = url[:start] + LAUNCH_PATH + url[path_end:]  # (as documented: no final `/`)
    api = found.host is None or api_host_for(found.host) == (False, found.host)
    return Fix(SAFE if api and request.method == "POST" else UNSAFE, f"send it to {LAUNCH_PATH}", (SetUrl(url, new_url),))


def _names_flow_id(value: Any, depth: int = 0) -> bool:
    """Whether a value holds a member named like a flowId (`configuration.flowId`, `inputData.flow_id`), a few levels
    down: a body that buries one may mean another flow than the URL's."""
    if depth > 8:
        return True
    if isinstance(value, dict):
        return any(isinstance(key, str) and key.replace("_", "").replace("-", "").lower() == "flowid" for key in value) \
            or any(_names_flow_id(item, depth + 1) for item in value.values())
    return isinstance(value, list) and any(_names_flow_id(item, depth + 1) for item in value)


#: Clients that serialize the body as JSON themselves and set application/json only when no Content-Type is given:
#: how each is told to, and what one written beside it does.
_GIVEN_TYPE = "sends the body as JSON, under the Content-Type given"
_SERIALIZED_BY = {
    "requests": f"json= {_GIVEN_TYPE}", "httpx": f"json= {_GIVEN_TYPE}", "aiohttp": f"json= {_GIVEN_TYPE}",
    "axios": "axios sends an object body as JSON under the Content-Type given (as a form, for a form type)",
    "got": f"`json:` {_GIVEN_TYPE}", "ky": f"`json:` {_GIVEN_TYPE}", "ofetch": f"ofetch {_GIVEN_TYPE}",
    "curl": f"--json {_GIVEN_TYPE}", "artillery": f"Artillery's `json:` {_GIVEN_TYPE}",
    "httpie": f"HTTPie {_GIVEN_TYPE} (its `key=value` items)",
    "playwright": f"Playwright's object `data` {_GIVEN_TYPE}",
}


def _content_type(request: LaunchRequest, lines: LineIndex) -> list[Finding]:
    if request.body is NO_BODY or request.headers is None:
        return []
    if request.sends == "json" and request.kind in _SERIALIZED_BY:
        return _typed_json(request, lines)
    if request.sends != "text":
        return []
    header = request.header("content-type")
    if request.kind == LIVE:  # the platform's own test: a JSON media type, or 415
        content_type = header.value.value if header is not None and isinstance(header.value, Text) else None
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media == "application/json" or (media.startswith("application/") and media.endswith("+json")):
            return []
        said = f"is {show(content_type, 80)}" if content_type else "is missing"
        hint = " (fetch sends a string body as text/plain unless told otherwise)" if media == "text/plain" else ""
        return [Finding(CONTENT_TYPE, (), f"the request's Content-Type {said}{hint}; the platform reads the body only as JSON",
                        "send the header `Content-Type: application/json`", span=_span(lines, request.site))]
    if header is None:
        if request.kind == "axios":
            return []  # the type axios gives a string body is its version's and the instance's defaults: not known here
        said, fix = _CONTENT_TYPE_FIX.get(request.kind, ("the body is sent without a Content-Type", "add Content-Type: application/json"))
        if request.kind == "curl" and request.body_option not in ("", "-d"):  # the option as written: `--data-binary`
            said, fix = said.replace("-d", request.body_option, 1), fix.replace("-d", request.body_option, 1)
        return [Finding(CONTENT_TYPE, (), f"{said}: the platform reads only application/json", fix,
                        span=_span(lines, request.headers_at or request.body_span or request.site))]
    value = header.value.value if isinstance(header.value, Text) else None
    if value is not None and "json" not in value.lower():
        # A body the reader parsed (JSON text, or an object stringified) is JSON: a JSON type is what it needed.
        made_json = _json_type_fix(request, lines, header.value) \
            if isinstance(request.body, (dict, list)) and isinstance(header.value, Text) else None
        return [Finding(CONTENT_TYPE, (), f"the Content-Type is {value!r}: the platform reads only application/json",
                        "send Content-Type: application/json", span=_span(lines, header.span or request.site), fix=made_json)]
    return []


def _typed_json(request: LaunchRequest, lines: LineIndex) -> list[Finding]:
    """FL303 where the client serializes the body as JSON but a Content-Type written beside it says otherwise: the
    header given wins over the one the client would set, so JSON arrives under another type (the platform refuses
    it). Only a header known literally is judged; a JSON type (`application/json; charset=utf-8`, `…+json`) is right."""
    header = request.header("content-type")
    value = header.value.value if header is not None and isinstance(header.value, Text) else None
    if header is None or not value or not value.strip() or "json" in value.lower():
        return []
    assert isinstance(header.value, Text)
    return [Finding(CONTENT_TYPE, (), f"the Content-Type is {show(value, 80)}, but {_SERIALIZED_BY[request.kind]}: "
                    "the platform reads only application/json",
                    "drop the Content-Type header (the client sets application/json itself) or make it application/json",
                    span=_span(lines, header.span or request.site), fix=_json_type_fix(request, lines, header.value))]


def _json_type_fix(request: LaunchRequest, lines: LineIndex, value: Text) -> Fix | None:
    """The header's value made application/json, as a text edit: only where the call itself writes it as one plain
    quoted literal (a headers object shared by other requests, a constant, an escape: no fix, the help says it)."""
    span, written = value.span, value.value
    if span is None or written is None or not (request.site[0] <= span[0] and span[1] <= request.site[1]):
        return None
    text = lines.text
    start, end = span
    quote = text[start:start + 1]
    if end - start != len(written) + 2 or quote not in ("'", '"', "`") or text[end - 1:end] != quote \
            or text[start + 1:end - 1] != written:
        return None
    return Fix(SAFE, "make the Content-Type application/json", (),
               (Edit(start + 1, end - 1, "application/json", lines.span(start + 1, end - 1)),))


def request_diagnostics(request: LaunchRequest, *, allowed_hosts: Collection[str] = ()) -> list[Diagnostic]:
    """The request rules' findings for a request seen on the wire (no file: no place, an empty pointer)."""
    found = check_request(request, LineIndex(""), allowed_hosts=allowed_hosts)
    return [Diagnostic(f.code, RULES[f.code].name, RULES[f.code].severity or Severity.ERROR,
                       without_credentials(f.message), without_credentials(f.help), "", None, None)
            for f in found]


#: What an unknown part of a URL is rendered as when its known text is searched for credentials.
_HOLE = "\ue000"


def _method_help(request: LaunchRequest, lines: LineIndex) -> str:
    if request.kind == LIVE:
        return "send it with POST"
    written = lines.text[request.method_span[0]:request.method_span[1]] if request.method_span is not None else ""
    if request.kind in _OPTIONS_KINDS and len(written) > 2 and written[0] in "'\"`" and written[-1] == written[0]:
        # The method written as a literal where the call says it (`method: "PUT"`, `type: 'GET'`, `open("GET", …)`).
        return f"change {written} to {written[0]}POST{written[0]}"
    if request.kind in ("fetch", "undici"):
        return "add method: 'POST' to the options"
    if request.kind == "jquery" and request.method_span is None:  # ($.ajax's default is GET)
        return "add type: 'POST' (or method: 'POST') to the options"
    if request.kind == "curl":
        if written == "--get" or (written[:1] == "-" and written[1:2] != "-" and "G" in written):  # (`-G`, `-sG`)
            return f"drop {written}: it sends the data in the query with a GET; with -d alone, curl sends a POST"
        if written.startswith("-"):  # -I / --head (alone or among other flags, `-sI`)
            return "drop -I (--head): it makes curl send HEAD; with -d and no -X, curl sends a POST"
        return f"write -X POST (or drop -X {clipped(written, 20)}: with -d, curl sends a POST)"
    table = METHOD_HELP.get(request.kind)
    if table is not None:
        written_help, usual_help = table
        setting = _post_as_written(request, lines)
        return written_help.format(setting) if setting is not None and "{}" in written_help else usual_help
    if request.kind in ("http-file", "postman", "har"):
        return f"write POST {LAUNCH_PATH}"
    return "send it with POST (e.g. .post(...))"


#: The help for a wrong method where a source kind writes its method in one place, the same for every request of it:
#: (the help where the file sets the method, `{}` being that setting made POST as the file writes it, `http_method =
#: "POST"`, `HttpMethod: POST` or `"HttpMethod": "POST"`, as one kind is read from HCL, YAML and JSON alike; the help
#: where the file sets none, or sets it where its syntax cannot be told).
METHOD_HELP: dict[str, tuple[str, str]] = {
    "jenkins-http": ("write {} in the httpRequest step", "write httpMode: 'POST' in the httpRequest step"),
    "wget": ("write --method=POST (or drop --method: with --post-data, wget sends a POST)",) * 2,
    "httpie": ("write POST before the URL (`http POST https://…`)",) * 2,
    "data-action": ("set the action's requestType to POST",) * 2,
    "terraform": ("set {} in config_request", 'set request_type = "POST" in config_request'),
    "terraform-http": ('set {} in the data "http" block', 'set method = "POST" in the data "http" block'),
    "eventbridge": ("set {} on the API destination", "set the API destination's HTTP method to POST"),
    "step-functions": ("write {} in the task's Parameters", "set the task's Method to POST"),
    "saved-request": ("write {}", "set the request's method to POST"),
}
#: The end of a line where a key is set (`http_method = `, `HttpMethod: `, `"Method": `), its key's quotes matched.
_SETTING = re.compile(r"""("[A-Za-z_][\w.-]*"|'[A-Za-z_][\w.-]*'|[A-Za-z_][\w.-]*)[ \t]*([:=])[ \t]*\Z""", re.ASCII)


def _post_as_written(request: LaunchRequest, lines: LineIndex) -> str | None:
    """The file's setting of the method, made POST as the file writes it (`http_method = "PUT"` → `http_method =
    "POST"`); None when the method is not set in the file, or not as `key: value` or `key = value` on one line."""
    if request.method_span is None:
        return None
    start, end = request.method_span
    text = lines.text
    written = text[start:end]
    if not written or "\n" in written or len(written) > 40:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    key = _SETTING.search(text, max(line_start, start - 200), start)
    if key is None or key.end() != start:
        return None
    quote = written[0] if written[0] in "'\"" and len(written) > 1 and written[-1] == written[0] else ""
    if not quote and not written.isalpha():
        return None
    separator = ": " if key.group(2) == ":" else " = "
    return f"{key.group(1)}{separator}{quote}POST{quote}"


#: Code that writes its method as a string beside the URL (an options object, a call's argument), not in a call's name.
_OPTIONS_KINDS = frozenset({"fetch", "undici", "jquery", "xhr", "axios", "node-http", "request", "requests", "httpx", "aiohttp",
                            "urllib", "got", "ky", "ofetch", "superagent"})


def _literal_token(value: Text | Unknown) -> bool:
    text = value.value if isinstance(value, Text) else None
    if text is None:
        return False
    scheme, _, token = text.strip().replace("\t", " ").partition(" ")  # `Bearer<TAB>…` too
    token = token.strip()
    return scheme.lower() in _TOKEN_SCHEMES and literal_secret(token)


def _token(value: Text | Unknown) -> str:
    """The token a header's value sends after its scheme (_literal_token's)."""
    written = value.value if isinstance(value, Text) else None
    return (written or "").strip().replace("\t", " ").partition(" ")[2].strip()


#: A quoted string on one line (a backquoted one holding no `${…}`, whose own strings are read inside it): its
#: contents group 2.
_QUOTED = re.compile(r"""(["'])((?:(?!\1)[^\\\n])*)\1|(`)([^`$\\\n]*)`""")
#: The shortest piece of a token looked for where a file writes it.
_SHORTEST_PIECE = 6


@functools.lru_cache(maxsize=16)
def _token_pieces(text: str, token: str) -> tuple[Offsets, ...]:
    """Where a file writes a literal token a header sends but does not write as sent (an object's member the header
    reads, `{auth: '…'}`; pieces joined, `'Zq8v…' + '…'`): every quoted string holding a piece of it, at least
    _SHORTEST_PIECE characters long. One pass over the file per token (kept for the last few)."""
    if len(token) < _SHORTEST_PIECE:
        return ()
    pieces = ((quoted.span(group), quoted.group(group)) for quoted in _QUOTED.finditer(text)
              for group in ((2,) if quoted.group(1) else (4,)))
    return tuple(span for span, piece in pieces if len(piece) >= _SHORTEST_PIECE and piece in token)


def _token_span(text: str, header_at: Offsets, value: Text | Unknown) -> Offsets:
    """Where the header written at `header_at` writes its literal token (_literal_token's): what is masked, its name,
    scheme and quotes shown; the header whole when its text does not write the token as read (an escape in it)."""
    written = value.value if isinstance(value, Text) else None
    token = (written or "").strip().replace("\t", " ").partition(" ")[2].strip()
    at = text.rfind(token, header_at[0], header_at[1]) if token else -1
    return (at, at + len(token)) if at >= 0 else header_at


#: The Authorization schemes whose credentials are one token (`Token …` as Django REST framework and others write it).
_TOKEN_SCHEMES = frozenset({"bearer", "basic", "token", "oauth"})


def _served(host_span: Offsets, lines: LineIndex) -> str:
    """What a host written once serves: every call of an instance (its base URL), or every launch using a URL constant."""
    return "every launch using this URL is sent there" if LAUNCH_PATH in lines.text[host_span[0]:host_span[1]] \
        else "the base URL serves every call"


def _span(lines: LineIndex, offsets: Offsets) -> Span:
    return lines.span(*offsets)
