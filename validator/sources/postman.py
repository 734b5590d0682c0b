"""Launch requests in Postman collections (v2.0 and v2.1): folders, collection variables, raw JSON bodies.

A `{{variable}}` the collection defines is put in; one it does not (an environment's) is unknown.
A raw body is located character by character inside its JSON string in the collection file.
A secret written in an auth block that signs in to Genesys Cloud (a client secret, the password grant's password, a
refresh token), or in a sign-in request's form body, is said (FL305) where it is written, or where the collection
variable it names holds it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ..core.diagnostics import Path, Target
from ..core.printable import clipped
from ..core.unknown import Unknown
from .embedded import VARIABLE, embedded_body, json_string_at
from .examples import marks_wrong
from .http_file import substitute
from .json_source import JsonLocator
from .model import Header, LaunchRequest, Offsets, Text, body_set_by_script, literal_secret, written_password
from .refusals import postman_test_refusal
from .sign_in import FORM_SECRETS, to_genesys_token
from .urls import api_host_for, url_host

_MAX_ITEMS = 100_000
#: Saved examples read per request, at most; and the most characters of an example's name read as its label.
_MAX_EXAMPLES = 100
_MAX_NAME = 200
#: An example's response statuses about the token or the rate, not the body: its name ("Invalid token") marks no wrong body.
_ABOUT_THE_TOKEN = (401, 403, 429)


def extract(text: str) -> list[LaunchRequest]:
    try:
        collection = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if not isinstance(collection, dict) or not isinstance(collection.get("item"), list):
        return []
    reader = _Reader(text, collection)
    return reader.launches()


#: Why a mention in a Postman script is not read (FL011).
SCRIPT_WHY = ("it is in a Postman script (a pre-request or test script's `pm.sendRequest`), which flowlint does not read "
              "as a request (it reads the collection's requests)")


#: A script statement that sets the request's body before it is sent: Postman's `pm.request.body.raw = …`,
#: `pm.request.body = …`, `pm.request.body.update(…)`, `pm.request.update({body: …})` (and the body's other modes set).
BODY_SET = re.compile(r"\bpm\.request\.(?:body\s*(?:\.\s*(?:raw|mode|urlencoded|formdata|file|graphql|options)\s*)?=(?!=)"
                      r"|body\s*\.\s*update\s*\(|update\s*\()")


def _script_pieces(node: dict[str, Any], path: Path, listen: str | None = None) -> list[tuple[Path, str]]:
    """The lines of a collection's, a folder's or a request's scripts (`event[].script.exec`: a list of lines, or one
    text), each with its path in the file; `listen`: only the scripts of that event ("prerequest")."""
    found: list[tuple[Path, str]] = []
    for e, event in enumerate(_list(node.get("event"))):
        if not isinstance(event, dict) or (listen is not None and event.get("listen") != listen) or event.get("disabled"):
            continue
        script = event.get("script")
        lines = script.get("exec") if isinstance(script, dict) else None
        lines_path: Path = (*path, "event", e, "script", "exec")
        found += [(lines_path, lines)] if isinstance(lines, str) else \
            [((*lines_path, j), line) for j, line in enumerate(_list(lines)) if isinstance(line, str)]
    return found


def script_mentions(text: str) -> list[Offsets]:
    """Where each of a collection's scripts (the `exec` lines of the collection's, a folder's or a request's `event`
    entries: pre-request and test scripts) first names the launch endpoint, as offsets in the file: a script that
    sends the launch (`pm.sendRequest`) is not read, so each is said rather than passed in silence."""
    from .kinds import LAUNCH_MENTION_TEXT

    try:
        collection = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if not isinstance(collection, dict):
        return []
    locator: JsonLocator | None = None
    found: list[Offsets] = []
    stack: list[tuple[Path, Any]] = [((), collection)]
    seen = 0
    while stack and seen < _MAX_ITEMS:
        path, node = stack.pop()
        seen += 1
        if not isinstance(node, dict):
            continue
        pieces_by_script: dict[Path, list[tuple[Path, str]]] = {}
        for piece_path, line in _script_pieces(node, path):
            pieces_by_script.setdefault(piece_path[:len(path) + 4], []).append((piece_path, line))
        for pieces in pieces_by_script.values():
            for piece_path, line in pieces:
                match = LAUNCH_MENTION_TEXT.search(line)
                if match is None:
                    continue
                locator = locator or JsonLocator(text)
                where = locator.offsets(piece_path, Target.VALUE)
                read = json_string_at(text, where[0]) if where is not None else None
                if read is not None and match.end() < len(read[1]):
                    found.append((read[1][match.start()], read[1][match.end() - 1] + 1))
                break  # one note a script
        stack.extend(((*path, "item", i), child) for i, child in reversed(list(enumerate(_list(node.get("item"))))))
    return sorted(found)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class _Reader:
    def __init__(self, text: str, collection: dict[str, Any]) -> None:
        self.text = text
        self.locator = JsonLocator(text)
        self.written = {str(v.get("key") or v.get("id")): str(v.get("value", "")) for v in _list(collection.get("variable"))
                        if isinstance(v, dict) and (v.get("key") or v.get("id")) and isinstance(v.get("value"), (str, int, float))
                        and str(v.get("value")) != ""}  # an empty value is a placeholder a script fills: unknown
        # A variable typed "secret" is left unknown where it is used: nothing a finding quotes may hold its value.
        secret = {str(v.get("key") or v.get("id")) for v in _list(collection.get("variable"))
                  if isinstance(v, dict) and v.get("type") == "secret"}
        self.variables = {name: value for name, value in self.written.items() if name not in secret}
        self.variable_index = {str(v.get("key") or v.get("id")): index for index, v in enumerate(_list(collection.get("variable")))
                               if isinstance(v, dict) and (v.get("key") or v.get("id"))}
        self.collection_auth = collection.get("auth")
        self.collection = collection
        self.items: list[Any] = collection["item"]
        # Every auth block met (by identity): where it is written, and whether a Genesys Cloud request uses it.
        self.auth_blocks: dict[int, tuple[dict[str, Any], Path, bool]] = {}
        self.form_secrets: list[tuple[Offsets, str]] = []  # what the sign-in requests' form bodies send

    def where(self, path: Path) -> Offsets | None:
        return self.locator.offsets(path, Target.VALUE)

    def launches(self) -> list[LaunchRequest]:
        found: list[LaunchRequest] = []
        collection_auth: _Auth = (self.collection_auth, ("auth",))
        self.met(collection_auth, genesys=False)
        collection_script = self.body_script((), self.collection)
        stack: list[tuple[Path, Any, _Auth, _Script | None]] = [
            (("item", i), item, collection_auth, collection_script) for i, item in reversed(list(enumerate(self.items)))]
        seen = 0
        while stack and seen < _MAX_ITEMS:
            path, item, auth, script = stack.pop()
            seen += 1
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("auth"), dict):
                auth = (item["auth"], (*path, "auth"))
                self.met(auth, genesys=False)
            script = self.body_script(path, item) or script  # (the last script to run sets what is sent)
            if isinstance(item.get("item"), list):
                stack.extend(((*path, "item", i), child, auth, script)
                             for i, child in reversed(list(enumerate(item["item"]))))
            if "request" in item:
                request = self.request((*path, "request"), item["request"], auth)
                if request is not None:
                    if script is not None:
                        _set_by_script(request, script)
                    # its own test script asserts a 4xx (`pm.response.to.have.status(400)`): a negative test
                    request.asserted = postman_test_refusal(
                        "\n".join(line for _, line in _script_pieces(item, path, "test")))
                    found.append(request)
                found += self.saved_examples(path, item, auth)
        if found:  # said once, with the first request (extract gives a file's secrets to its first launch)
            found[0].credentials = [*found[0].credentials, *self.auth_secrets(), *self.form_secrets]
        return found

    def saved_examples(self, path: Path, item: dict[str, Any], auth: _Auth) -> list[LaunchRequest]:
        """The requests a request's saved examples record (`response[].originalRequest`), read as its own request is:
        documentation (what Postman's documentation and mock servers show), not what Send sends. One whose response is
        a 400 or 422, or whose name marks it wrong ("Bad request", "Invalid inputs": sources/examples.py's words), is
        the collection's wrong example: read, never judged nor fixed. One that writes no header leaves them unjudged."""
        found: list[LaunchRequest] = []
        for index, saved in enumerate(_list(item.get("response"))[:_MAX_EXAMPLES]):
            if not isinstance(saved, dict) or not isinstance(saved.get("originalRequest"), (dict, str)):
                continue
            at: Path = (*path, "response", index)
            request = self.request((*at, "originalRequest"), saved["originalRequest"], auth)
            if request is None:
                continue
            request.example = True
            if not request.headers:
                request.headers = None
            code, name = saved.get("code"), saved.get("name")
            if isinstance(code, int) and code in (400, 422):
                status = saved.get("status")
                said = f"its response: {code} {clipped(status, 40)}" if isinstance(status, str) else f"its response: {code}"
                request.shown_wrong = (self.where((*at, "code")) or request.site, said)
            elif isinstance(name, str) and code not in _ABOUT_THE_TOKEN and marks_wrong(name[:_MAX_NAME]):
                request.shown_wrong = (self.where((*at, "name")) or request.site, name[:_MAX_NAME])
            request.refused_by_double = request.shown_wrong is not None
            found.append(request)
        return found

    def body_script(self, path: Path, node: dict[str, Any]) -> _Script | None:
        """Where a collection's, a folder's or a request's pre-request script sets the request's body (its first such
        statement, as written in the file), and the statement; None when none does."""
        for piece_path, line in _script_pieces(node, path, "prerequest"):
            match = BODY_SET.search(line)
            if match is None:
                continue
            where = self.where(piece_path)
            read = json_string_at(self.text, where[0]) if where is not None else None
            at = (read[1][match.start()], read[1][match.end() - 1] + 1) if read is not None and match.end() <= len(read[1]) \
                else where
            return at, match.group()
        return None

    def met(self, auth: _Auth, *, genesys: bool) -> None:
        """Note an auth block (a dict), and whether a request to Genesys Cloud signs in with it."""
        block, path = auth
        if isinstance(block, dict):
            _, _, used = self.auth_blocks.get(id(block), (block, path, False))
            self.auth_blocks[id(block)] = (block, path, used or genesys)

    def auth_secrets(self) -> list[tuple[Offsets, str]]:
        """The secrets written in the auth blocks that sign in to Genesys Cloud (a client secret, a password, a refresh
        token): used by a request to it, or an OAuth 2.0 block whose token URL is a Genesys Cloud host (another
        product's sign-in is not judged here)."""
        found: list[tuple[Offsets, str]] = []
        for block, path, used in self.auth_blocks.values():
            kind = block.get("type")
            entries = _auth_entries(block, path)
            if not used and not (kind == "oauth2" and any(
                    key == "accessTokenUrl" and isinstance(value, str) and self.to_genesys(value)
                    for key, value, _ in entries)):
                continue
            for key, value, value_path in entries:
                said = _AUTH_SECRETS.get((kind, key)) if isinstance(kind, str) and isinstance(key, str) else None
                if said is not None and isinstance(value, str):
                    where = self.secret_at(value, value_path, written_password if key == "password" else literal_secret)
                    if where is not None:
                        found.append((where, said))
        return found

    def secret_at(self, value: str, path: Path, judged: Callable[[str | None], bool]) -> Offsets | None:
        """Where a literal secret is written: the auth value itself, or the collection variable it names alone
        (`{{clientSecret}}`) when the file defines it; None for a placeholder or a variable defined elsewhere. A
        value is `judged` a real one (a password whatever its shape, but a placeholder; a secret by its shape)."""
        named = VARIABLE.fullmatch(value.strip())
        if named is not None:
            index = self.variable_index.get(named.group(1).strip())
            value = self.written.get(named.group(1).strip(), "")
            path = ("variable", index, "value") if index is not None else path
            if index is None or not value:
                return None
        if not judged(value):
            return None
        offsets = self.where(path)
        written = offsets is not None and offsets[1] - offsets[0] >= 2 and self.text[offsets[0]] == '"'
        return (offsets[0] + 1, offsets[1] - 1) if offsets is not None and written else None

    def filled(self, url: str) -> str:
        """A URL with the collection's variables put in (one it does not define: a character no URL holds)."""
        return "".join(part if isinstance(part, str) else "\x00" for part in substitute(url, 0, self.variables).parts)

    def to_genesys(self, url: str) -> bool:
        """Whether a URL (collection variables put in) is a Genesys Cloud host's, or the launch path."""
        text = self.filled(url)
        host = url_host(text)
        return "flows/executions" in text or (host is not None and api_host_for(host) != (False, None))

    def string(self, path: Path, value: str) -> Text:
        """A collection string, {{variables}} put in, spanning its JSON string in the file."""
        offsets = self.where(path)
        start = offsets[0] + 1 if offsets else 0
        text = substitute(value, start, self.variables)
        return Text(text.parts, offsets)

    def request(self, path: Path, spec: Any, inherited: _Auth) -> LaunchRequest | None:
        if isinstance(spec, str):
            spec_path, spec = path, {"url": spec}
        spec_path = path
        if not isinstance(spec, dict):
            return None
        url_value = spec.get("url")
        url_path: Path = (*spec_path, "url")
        if isinstance(url_value, dict):
            parts = url_value
            url_value, url_path = parts.get("raw"), (*url_path, "raw")
            if not isinstance(url_value, str):  # no raw form: rebuilt from its parts
                url_value, url_path = _joined(parts), (*url_path[:-1], "host")
        if not isinstance(url_value, str):
            return None
        site = self.where(spec_path) or (0, 0)
        method = _text(spec.get("method")) or "GET"
        request = LaunchRequest("postman", site, self.string(url_path, url_value), method.upper(),
                                self.where((*spec_path, "method")), sends="text")
        auth = (spec["auth"], (*spec_path, "auth")) if isinstance(spec.get("auth"), dict) else inherited
        self.met(auth, genesys=self.to_genesys(url_value))
        request.headers = self.headers(spec_path, spec.get("header"), auth[0])
        body = spec.get("body")
        if isinstance(body, dict) and not body.get("disabled"):
            self.body(request, (*spec_path, "body"), body)
            if method.upper() == "POST" and to_genesys_token(self.filled(url_value)):
                self.form_secrets += self.sign_in_secrets((*spec_path, "body"), body)
        elif body is None or body is False or isinstance(body, dict):  # none written, or turned off: Postman sends none
            request.bodiless = True
        else:  # (a body Postman does not write: not judged, said with -v)
            request.body = Unknown("body")
            request.body_span = self.where((*spec_path, "body"))
        return request

    def sign_in_secrets(self, path: Path, body: dict[str, Any]) -> list[tuple[Offsets, str]]:
        """The literal secrets a sign-in's form body (x-www-form-urlencoded or form-data) sends: its client_secret,
        password or refresh_token, where written (or in the collection variable it names)."""
        mode = body.get("mode")
        if mode not in ("urlencoded", "formdata"):
            return []
        found: list[tuple[Offsets, str]] = []
        for index, entry in enumerate(_list(body[mode])):
            name, value = (entry.get("key"), entry.get("value")) if isinstance(entry, dict) else (None, None)
            if not isinstance(name, str) or name not in FORM_SECRETS or not isinstance(value, str) or entry.get("disabled"):
                continue
            judged, said = FORM_SECRETS[name]
            where = self.secret_at(value, (*path, str(mode), index, "value"), judged)
            if where is not None:
                found.append((where, f"the sign-in request's {said}"))
        return found

    def headers(self, path: Path, entries: Any, auth: Any) -> list[Header]:
        headers: list[Header] = []
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, dict) and not entry.get("disabled") and isinstance(entry.get("key"), str):
                value = entry.get("value")
                value_text = self.string((*path, "header", index, "value"), value) if isinstance(value, str) else Unknown()
                headers.append(Header(entry["key"], value_text, self.where((*path, "header", index, "value"))))
        token = _bearer(auth)
        if token is not None:
            headers.append(Header("Authorization", Text(("Bearer ", *substitute(token, 0, self.variables).parts)), self.auth_span(auth)))
        return headers

    def auth_span(self, auth: Any) -> Offsets | None:
        needle = json.dumps(_bearer(auth))
        at = self.text.find(needle)
        return (at, at + len(needle)) if at >= 0 else None

    def body(self, request: LaunchRequest, path: Path, body: dict[str, Any]) -> None:
        mode = body.get("mode")
        if mode in ("urlencoded", "formdata"):
            request.sends = "form"
            request.body_span = self.where((*path, mode)) or self.where(path)
            return
        raw = body.get("raw")
        if mode in ("raw", None) and (raw is None or (isinstance(raw, str) and not raw.strip())):
            request.bodiless = True  # Body -> none, or raw written empty: Postman sends no body
            return
        if mode != "raw" or not isinstance(raw, str):  # a file, a GraphQL query: a body not read here
            request.body = Unknown(f"Body → {mode}" if isinstance(mode, str) else "body")
            request.body_span = self.where(path)
            return
        options = body.get("options")
        language = options.get("raw", {}).get("language") if isinstance(options, dict) and isinstance(options.get("raw"), dict) else None
        if language == "json" and request.header("content-type") is None and request.headers is not None:
            request.headers.append(Header("Content-Type", Text.known("application/json")))  # Postman adds it for JSON
        offsets = self.where((*path, "raw"))
        located = json_string_at(self.text, offsets[0]) if offsets else None
        request.body_span = offsets
        # Postman (10.13 on, and newman) strips the comments of a raw body written as JSON, or of one with no language
        # sent under a JSON Content-Type, before sending it (postman-runtime 7.32)
        given = request.header("content-type")
        sent_as = given.value.value if given is not None and isinstance(given.value, Text) else None
        stripped = language == "json" or (language is None and sent_as is not None and "json" in sent_as.lower())
        if located is None or located[0] != raw:
            embedded_body(request, raw, offsets[0] if offsets else 0, self.variables, comments=stripped)
        else:
            embedded_body(request, raw, located[1], self.variables, comments=stripped)


#: A pre-request script that sets the body: where it does (None: not located) and the words that do (`pm.request.body.raw
#: =`: never the rest of the line, which may hold a secret).
_Script = tuple[Offsets | None, str]


def _set_by_script(request: LaunchRequest, script: _Script) -> None:
    """A request whose pre-request script sets its body: the body saved with the request is not what is sent, so the
    body is unknown (never a finding), and a note says which script sets it."""
    where, statement = script
    body_set_by_script(
        request, f"the launch's body is set by a pre-request script (`{clipped(statement, 80)} …`): the body saved with "
        "the request is not what is sent, and flowlint does not run scripts; nothing in the body was checked",
        "check the body the script builds as a payload file, or save it as the request's body", where)


#: An auth block as met: the block (any JSON value: only a dict is one) and where it is written.
_Auth = tuple[Any, Path]
#: The members of an auth block that hold a secret (a client secret, a password, a refresh token), by its type, and what
#: a finding calls each.
_AUTH_SECRETS = {("oauth2", "clientSecret"): "the Postman OAuth 2.0 auth's clientSecret",
                 ("oauth2", "password"): "the Postman OAuth 2.0 auth's password, a user's password for the password grant",
                 ("oauth2", "refreshToken"):
                     "the Postman OAuth 2.0 auth's refreshToken, which gets new access tokens as a client secret does",
                 ("basic", "password"): "the Postman basic auth's password"}


def _auth_entries(block: dict[str, Any], path: Path) -> list[tuple[Any, Any, Path]]:
    """An auth block's settings of its type as (key, value, where the value is): v2.1 writes a list of
    {key, value, type}, v2.0 an object."""
    kind = block.get("type")
    if not isinstance(kind, str):
        return []
    settings = block.get(kind)
    if isinstance(settings, list):
        return [(entry.get("key"), entry.get("value"), (*path, kind, index, "value"))
                for index, entry in enumerate(settings) if isinstance(entry, dict)]
    if isinstance(settings, dict):
        return [(key, value, (*path, kind, key)) for key, value in settings.items()]
    return []


def _bearer(auth: Any) -> str | None:
    """The bearer token of a Postman auth block (v2.1: a list of key/value; v2.0: an object): a bearer auth's token,
    or the token an OAuth 2.0 auth got and saved (`accessToken`), which Postman sends in the Authorization header
    unless told to add it to the query."""
    kind = auth.get("type") if isinstance(auth, dict) else None
    if kind not in ("bearer", "oauth2"):
        return None
    settings = {str(key): value for key, value, _ in _auth_entries(auth, ())}
    if kind == "oauth2" and settings.get("addTokenTo", "header") != "header":
        return None
    token = settings.get("token" if kind == "bearer" else "accessToken")
    return token if isinstance(token, str) and (kind == "bearer" or token) else None


def _joined(url: dict[str, Any]) -> str | None:
    """A URL written as Postman parts ({protocol, host: [...], path: [...]}), as text."""
    host, path = url.get("host"), url.get("path")
    host_text = ".".join(str(h) for h in host) if isinstance(host, list) else host if isinstance(host, str) else None
    if host_text is None:
        return None
    path_text = "/".join(str(p) for p in path) if isinstance(path, list) else path if isinstance(path, str) else ""
    protocol = f"{url['protocol']}://" if isinstance(url.get("protocol"), str) else ""
    return f"{protocol}{host_text}/{path_text.lstrip('/')}"


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
