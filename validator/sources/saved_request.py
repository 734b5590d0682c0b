"""A request saved as JSON (`method`, `url`, `headers`, `body`): a hand-written request description, an API explorer's
export, a test's fixture (`{"request": {...}, "response": {...}}`).

Read as a request, not as a body: its method, URL and headers are the request's, and its body is
checked at its own place in the file (an object where it is written, or JSON text inside a string).
A `{{variable}}` is unknown. The file is one only when the request object writes no launch member
of its own (a body with stray `url`/`method` members is a body).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..core.codes import DUPLICATE_KEY, UNREAD_LAUNCH, YAML_IMPLICIT_TYPE
from ..core.diagnostics import Finding, Path, Target
from ..core.lines import LineIndex
from ..core.unknown import Unknown
from . import json_source
from .candidates import record_launches
from .document import DEFAULT_LIMITS, keep_text_help
from .embedded import embedded_body, fill_variables, json_string_at, scalar_offsets, string_start
from .http_file import substitute
from .json_source import JsonLocator
from .kinds import (
    BODY_KEYS,
    HEADER_KEYS,
    LAUNCH_KEYS,
    URL_KEYS,
    _top_members,
    client_export,
    saved_request_list,
    saved_request_object,
)
from .model import BodyLocator, EmbeddedJson, Header, LaunchRequest, Offsets, Text, is_yaml

if TYPE_CHECKING:  # PyYAML is imported only when a YAML file is read
    from .yaml_source import ParsedYaml


def extract(text: str, yaml_version: str = DEFAULT_LIMITS.yaml_version) -> list[LaunchRequest]:
    """The requests a saved request file writes (one, or a list of them; none when it is not one); a YAML one read as
    YAML `yaml_version` reads it (the yaml-version setting, as a YAML payload is)."""
    if is_yaml(text):
        return _from_yaml(text, yaml_version)
    parsed = json_source.parse(text)
    if isinstance(parsed, json_source.ParsedJson):
        value, unique = parsed.value, not parsed.has_duplicates
    else:  # NaN in a body, a long integer: parsed as Python does, the body then judged by the payload parser
        try:
            value, unique = json.loads(text), False
        except ValueError:
            return _broken(text, parsed)
        except RecursionError:
            return []
    found = saved_request_object(value)
    specs = [found] if found is not None else saved_request_list(value) or client_export(value)
    locator = JsonLocator(text, unique_keys=unique)
    if not specs:
        return [_sent_by_record(text, locator, unique, path, body) for path, body in record_launches(value)]
    return [_request(text, locator, unique, path, spec) for path, spec in specs]


def _broken(text: str, error: Finding) -> list[LaunchRequest]:
    """A saved request whose JSON is broken (kind detection read its method and URL from its top-level members): its
    syntax error where it is, with the fix a payload file's gets (made in the file's own text); nothing else judged."""
    data = text.encode("utf-8", "surrogatepass")
    members = _top_members(data.removeprefix(b"\xef\xbb\xbf"))
    try:
        method = json.loads(members.get(b"method", b'""'))
    except ValueError:
        method = ""
    request = LaunchRequest("saved-request", (0, 0), method=method.upper() if isinstance(method, str) and method else Unknown("method"))
    span = error.span
    if span is None:
        request.findings.append((error, None))
        return [request]
    lines = LineIndex(text)
    start = lines.offset(span.line, span.column)
    request.findings.append((error, (start, max(start + 1, lines.offset(span.end_line, span.end_column)))))
    return [request]


def _from_yaml(text: str, version: str) -> list[LaunchRequest]:
    """A request saved as YAML, read as the JSON one is: its body (a mapping, or JSON text) checked where it is written."""
    from . import yaml_source  # PyYAML is imported only when a YAML file is read

    parsed = yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=DEFAULT_LIMITS.max_depth, version=version)
    if isinstance(parsed, Finding):  # the YAML itself is broken: its error where it is, nothing else judged
        return _broken_yaml(text, parsed)
    found = saved_request_object(parsed.value)
    specs = [found] if found is not None else saved_request_list(parsed.value) or client_export(parsed.value)
    locator = yaml_source.YamlLocator(parsed, LineIndex(text))
    unique = not any(f.code == DUPLICATE_KEY for f in parsed.findings)
    requests = []
    typing = YamlTyping(parsed)
    made: list[tuple[Path, LaunchRequest, dict[str, Any] | None]] = \
        [(path, _request(text, locator, unique, path, spec), spec) for path, spec in specs] \
        or [(path, _sent_by_record(text, locator, unique, path, body), None) for path, body in record_launches(parsed.value)]
    for path, request, spec in made:
        if request.body_locator is None and isinstance(request.body, (dict, list)):
            below = path if spec is None else (*path, next(key for key in BODY_KEYS if key in spec))  # (a test case's: path)
            request.body_locator = YamlBody(locator, below, version, parsed)
            node = locator.node(below, Target.VALUE)
            if node is not None:  # all of it is the body: shown in excerpts
                request.body_span = (node.start_mark.index, max(node.end_mark.index, node.start_mark.index + 1))
            for finding in parsed.findings:  # what reading the YAML found in the body (a repeated key)
                if finding.path[:len(below)] == below:
                    request.findings.append((replace(finding, path=finding.path[len(below):], span=None),
                                             locator.offsets(finding.path, finding.target)))
            _yaml_typing(request, typing, locator, below)
        requests.append(request)
    return requests


class YamlTyping:
    """What YAML's typing did in one parse (its unquoted scalars typed, its notes), grouped by the body each is in:
    the parse's entries are gone through once per depth of body, not once per body (a file of N bodies is read in
    linear time, not N times over)."""

    def __init__(self, parsed: ParsedYaml) -> None:
        self.parsed = parsed
        self._groups: dict[int, dict[Path, tuple[list[tuple[Path, str]], list[tuple[Path, tuple[str, str]]]]]] = {}

    def below(self, below: Path) -> tuple[list[tuple[Path, str]], list[tuple[Path, tuple[str, str]]]]:
        """The typed scalars and the notes below `below`, each in the parse's order."""
        depth = len(below)
        groups = self._groups.get(depth)
        if groups is None:
            groups = self._groups[depth] = {}
            for path, source in self.parsed.plain_scalars.items():
                if len(path) >= depth:
                    groups.setdefault(path[:depth], ([], []))[0].append((path, source))
            for path, noted in self.parsed.notes.items():
                if len(path) >= depth:
                    groups.setdefault(path[:depth], ([], []))[1].append((path, noted))
        return groups.get(below, ([], []))


def _yaml_typing(request: LaunchRequest, typing: YamlTyping, locator: BodyLocator, below: Path) -> None:
    """What YAML's typing did in the body, as a YAML payload file's is told: its notes (FL006) and the unquoted
    scalars as written, so a fix keeps the author's text (`on` -> "on", not the YAML 1.1 reading's "true")."""
    depth = len(below)
    scalars, notes = typing.below(below)
    for path, source in scalars:
        request.plain_scalars[path[depth:]] = source
    for path, (note, source) in notes:
        request.findings.append((Finding(YAML_IMPLICIT_TYPE, path[depth:], note, keep_text_help(note, source)),
                                 locator.offsets(path, Target.VALUE)))


def _broken_yaml(text: str, error: Finding) -> list[LaunchRequest]:
    request = LaunchRequest("saved-request", (0, 0), method=Unknown("method"))
    span = error.span
    lines = LineIndex(text)
    start = lines.offset(span.line, span.column) if span is not None else 0
    request.findings.append((error, (start, start + 1) if span is not None else None))
    return [request]


class YamlBody:
    """Offsets of a body's members in a YAML file: the file's locator, below the body's path (`path`, where a fix's
    operations are applied to the file: edits.yaml_editor.apply_below); `parsed`: the file's YAML as it was read (the
    file's mask reads its nodes: run/masking.py)."""

    def __init__(self, locator: BodyLocator, path: Path, version: str = DEFAULT_LIMITS.yaml_version,
                 parsed: ParsedYaml | None = None) -> None:
        self.locator = locator
        self.parsed = parsed
        self.path = path
        self.version = version  # the YAML version the file was read as: its fixes are written for that reading

    def offsets(self, path: Path, target: Target) -> Offsets | None:
        return self.locator.offsets((*self.path, *path), target)


def _request(text: str, locator: BodyLocator, unique: bool, path: Path, spec: dict[str, Any]) -> LaunchRequest:
    """The request one saved request object writes, at `path` in the file (JSON, or YAML: then its body is located by
    the YAML's nodes, and a string body is JSON text in a YAML scalar)."""

    def where(*parts: str | int) -> Offsets | None:
        return locator.offsets((*path, *parts), Target.VALUE)

    url_key = next(key for key in (*URL_KEYS, "endpoint") if isinstance(spec.get(key), str))  # (Hoppscotch's endpoint)
    url_at = where(url_key)
    url = substitute(spec[url_key], string_start(text, url_at), {})
    method = spec.get("method")
    base = next((key for key in ("baseURL", "baseUrl") if isinstance(spec.get(key), str)), None)
    parts = url.parts
    if base is not None and isinstance(parts[0], str) and not _ABSOLUTE.match(parts[0]):
        # axios joins a relative URL to its baseURL with one slash (combineURLs): `api/v2/…` as much as `/api/v2/…`
        base_at = where(base)
        first = parts[0].lstrip("/")
        parts = (*substitute(spec[base].rstrip("/"), string_start(text, base_at), {}).parts, "/" + first, *parts[1:])
    request = LaunchRequest("saved-request", where() or (0, 0), Text(parts, url_at),
                            method.upper() if isinstance(method, str) else Unknown("method"), where("method"))
    if base is not None and parts is not url.parts:
        request.host_span = where(base)
    header_key = next((key for key in HEADER_KEYS if key in spec), None)
    request.headers = _headers(text, spec[header_key], lambda *parts: where(header_key, *parts)) \
        if header_key is not None else None  # none written: not judged
    body_key = next((key for key in BODY_KEYS if key in spec), None)
    if body_key is None:
        return request
    body: Any = spec[body_key]
    body_path: tuple[str, ...] = (body_key,)
    wrapped = _unwrap(body, body_key)
    if wrapped is not None:  # a client's description of the body (Postman, Thunder Client, Hoppscotch, Bruno, HAR…)
        if wrapped.empty:  # no body sent
            request.bodiless = True
            return request
        if wrapped.form or wrapped.unread is not None:
            request.body_span = where(body_key)
            if wrapped.form:
                request.sends = "form"
            else:
                request.body = Unknown(wrapped.unread or "")
                if wrapped.said:  # a format no reader knows: its body is never judged, and said so
                    request.findings.append((Finding(
                        UNREAD_LAUNCH, (), f"the launch's body is not known here: {wrapped.unread}; nothing in it was checked",
                        "check the body as a payload file, or save the request as Postman, Thunder Client, Hoppscotch, "
                        "Insomnia or Bruno writes it"), request.body_span))
            return request
        text_key = wrapped.key
        body, body_path = body.get(text_key), (body_key, text_key)
        mime = spec[body_key].get(wrapped.media_type) if wrapped.media_type else None
        if isinstance(mime, str) and request.headers is not None and request.header("content-type") is None:
            request.headers.append(Header("Content-Type", Text.known(mime), where(body_key, wrapped.media_type)))
        if not isinstance(body, (str, dict, list)):
            return request
    at = where(*body_path)
    if at is None:
        return request
    if body is None or (isinstance(body, str) and not body.strip()):  # written as null or "": the launch sends no body
        request.bodiless = True
        return request
    request.body_span = at
    sets_json = wrapped is not None and wrapped.sets_json  # the client sends it as application/json (Thunder's json type)
    if isinstance(body, str):  # JSON text, sent as written: its Content-Type is the file's (or its client's) to say
        request.sends = "json" if sets_json else "text"
        located = json_string_at(text, at[0])
        if located is not None and located[0] == body:
            embedded_body(request, body, located[1], {})
        elif isinstance(locator, JsonLocator):
            embedded_body(request, body, at[0], {})
        else:  # a YAML scalar (a `|` block): its characters found in the file; else all of it at its start (shown only)
            embedded_body(request, body, scalar_offsets(text, at, body) or [at[0]] * (len(body) + 1), {})
    elif not isinstance(locator, JsonLocator):  # a YAML mapping: the value as read, located by its nodes
        request.body = fill_variables(body, {})  # a `{{variable}}` is unknown, as in a JSON one's body
    else:  # an object (or a number…) where it is written: a client sends it as JSON
        end = json.JSONDecoder().raw_decode(text, at[0])[1]
        written = text[at[0]:end]
        if unique and "{{" not in written and written.count("{") + written.count("[") <= DEFAULT_LIMITS.max_depth:
            _parsed_body(request, written, at[0], body)  # what the file's parse gave: not parsed again
        else:  # holes to fill, repeated keys or a deep body: parsed again, as any embedded body is
            embedded_body(request, written, at[0], {})
        request.body_span = (at[0], end)  # all of it is the body: shown in excerpts (the rest of the file is masked)
        if request.header("content-type") is not None and not sets_json:
            request.sends = "text"  # a Content-Type written out is what a replay sends, whatever the client's default
    if "endpoint" in spec and "<<" in text:  # Hoppscotch's own variables (`<<flowId>>`) are unknown, as `{{flowId}}` are
        request.body = _angled_unknown(request.body)
    return request


#: A Hoppscotch variable, as its older exports write them.
_ANGLED = re.compile(r"<<[\w.-]+>>")


def _angled_unknown(value: Any) -> Any:
    """A body with each string that holds a `<<variable>>` unknown."""
    if isinstance(value, dict):
        return {key: _angled_unknown(member) for key, member in value.items()}
    if isinstance(value, list):
        return [_angled_unknown(item) for item in value]
    return Unknown(value) if isinstance(value, str) and _ANGLED.search(value) else value


def _parsed_body(request: LaunchRequest, written: str, start: int, value: Any) -> None:
    """An object body as a payload file's is read: its value as parsed, located in its text (no hole, no repeated key,
    no nesting past the depth limit: `embedded_body` would find the same)."""
    mapped = EmbeddedJson(written, start)
    mapped.locator = JsonLocator(written, unique_keys=True)
    request.body_text = written
    request.body = value
    request.body_locator = mapped


def _sent_by_record(text: str, locator: BodyLocator, unique: bool, path: Path, body: Any) -> LaunchRequest:
    """The launch a workflow's test case (or a run's record) sends, its body at `path` (candidates.record_launches:
    `{"request": {"flowId", "inputData"}, "expectedOutput": {…}}`): the body judged where it is written; the URL, the
    method and the headers are the test's runner's, never seen, so never judged; what the record expects back is not
    read."""
    at = locator.offsets(path, Target.VALUE) or (0, 0)
    request = LaunchRequest("saved-request", at, None, "POST", headers=None)
    request.body_span = at
    if not isinstance(locator, JsonLocator):  # a YAML mapping: the value as read, located by its nodes (_from_yaml)
        request.body = fill_variables(body, {})
        return request
    end = json.JSONDecoder().raw_decode(text, at[0])[1]
    written = text[at[0]:end]
    if unique and "{{" not in written and written.count("{") + written.count("[") <= DEFAULT_LIMITS.max_depth:
        _parsed_body(request, written, at[0], body)
    else:  # holes to fill, repeated keys or a deep body: parsed again, as any embedded body is
        embedded_body(request, written, at[0], {})
    request.body_span = (at[0], end)
    return request


#: An absolute URL as axios tells one (isAbsoluteURL): a scheme, or `//`.
_ABSOLUTE = re.compile(r"^([a-z][a-z\d+\-.]*:)?//", re.I)


@dataclass(frozen=True)
class _Wrapped:
    """What a client's body wrapper says of the body: the member holding its text (or object), or that it is a form,
    no body, or a body not read (`unread`: why; `said`: with an FL011 note, a format no reader knows)."""

    key: str = ""
    media_type: str = ""  # the member naming its media type: the Content-Type sent when the headers write none
    sets_json: bool = False  # the client sends it as application/json whatever the headers say
    form: bool = False
    empty: bool = False
    unread: str | None = None
    said: bool = False


_FORMS = frozenset({"urlencoded", "formdata", "formUrlEncoded", "multipartForm", "formencode", "form-data", "form"})
#: The members an unknown client's wrapper names the body's format by, and holds its text in.
_FORMAT_KEYS = ("type", "mode", "contentType", "mimeType", "content_type", "mediaType", "format", "language", "bodyType",
                "kind", "lang")
_TEXT_KEYS = ("raw", "text", "body", "content", "json", "data", "value", "payload", "source")


def _unwrap(body: Any, key: str) -> _Wrapped | None:
    """A client's description of the body, not the body (None: the body itself). Postman's {mode: raw, raw}, Bruno's
    {mode: json, json}, Insomnia's and HAR's {mimeType, text}, Thunder Client's {type, raw, form}, Hoppscotch's
    {contentType, body}; any other object naming a format beside a string is a wrapper no reader knows."""
    if not isinstance(body, dict) or not LAUNCH_KEYS.isdisjoint(body):
        return None
    mode = body.get("mode")
    if isinstance(mode, str):  # Postman's (raw, urlencoded, formdata, file, graphql) and Bruno's (json, text, xml…)
        if mode == "raw" or (mode == "json" and "json" in body):
            return _Wrapped(mode, sets_json=mode == "json")
        return _Wrapped(form=True) if mode in _FORMS else _Wrapped(empty=True) if mode == "none" \
            else _Wrapped(unread=f"the body's {mode}")
    if key == "postData" or "mimeType" in body:  # HAR's postData, Insomnia's body
        mime = body.get("mimeType")
        if isinstance(body.get("text"), str) or key == "postData":
            return _Wrapped("text", media_type="mimeType")
        if isinstance(mime, str) and ("form" in mime or isinstance(body.get("params"), list)):
            return _Wrapped(form=True)
        if not body or (mime is None and set(body) <= {"mimeType"}):
            return _Wrapped(empty=True)
        return _Wrapped(unread="the body is a file or a form" if "fileName" in body or "params" in body
                        else "the body's format was not recognised", said="fileName" not in body and "params" not in body)
    kind = body.get("type")
    if isinstance(kind, str) and ("raw" in body or "form" in body) and set(body) <= _THUNDER_BODY:  # Thunder Client's
        if kind in ("json", "text"):  # (its text type sends the raw text under the headers written)
            return _Wrapped("raw", sets_json=kind == "json")
        return _Wrapped(form=True) if kind in _FORMS else _Wrapped(empty=True) if kind == "none" \
            else _Wrapped(unread=f"Thunder Client sends its {kind} body as written, not as JSON")
    if "contentType" in body and "body" in body and set(body) <= {"contentType", "body"}:  # Hoppscotch's
        content_type = body["contentType"]
        if content_type is None:
            return _Wrapped(empty=True)
        if isinstance(content_type, str) and "json" in content_type.lower():
            return _Wrapped("body", media_type="contentType")
        if isinstance(content_type, str) and "form" in content_type.lower():
            return _Wrapped(form=True)
        return _Wrapped(unread=f"the body is sent as {content_type}" if isinstance(content_type, str) else "its contentType")
    if any(isinstance(body.get(name), (str, type(None))) and name in body for name in _FORMAT_KEYS) \
            and any(isinstance(body.get(name), str) for name in _TEXT_KEYS):
        written = ", ".join(f"`{name}`" for name in body if isinstance(name, str))[:200]
        return _Wrapped(unread=f"the body's format (a wrapper of {written}) was not recognised", said=True)
    return None


#: The members of Thunder Client's body (its `graphql` and `files` beside a form's).
_THUNDER_BODY = frozenset({"type", "raw", "form", "files", "graphql", "binary"})


#: The headers a rule points at (FL303 at Content-Type, FL305 at Authorization): only they are located, a look-up each.
_LOCATED = frozenset({"content-type", "authorization"})


def _headers(text: str, entries: Any, where: Any) -> list[Header] | None:
    """The headers as an object ({name: value}) or a list ([{name|key, value}]); None when written otherwise."""
    headers: list[Header] = []
    if isinstance(entries, dict):
        for name, value in entries.items():
            at = where(name) if name.lower() in _LOCATED else None
            headers.append(Header(name, _value(text, value, at), at))
        return headers
    if not isinstance(entries, list):
        return None
    for index, entry in enumerate(entries):
        name = entry.get("name", entry.get("key")) if isinstance(entry, dict) else None
        if isinstance(name, str) and not _disabled(entry):
            at = where(index, "value") if name.lower() in _LOCATED else None
            headers.append(Header(name, _value(text, entry.get("value"), at), at))
    return headers


def _disabled(entry: dict[str, Any]) -> bool:
    """A header the client does not send: Postman's and Insomnia's `disabled`, Thunder Client's `isDisabled`, Bruno's
    `enabled: false`, Hoppscotch's `active: false`."""
    return bool(entry.get("disabled") or entry.get("isDisabled")) or entry.get("enabled") is False or entry.get("active") is False


def _value(text: str, value: Any, at: Offsets | None) -> Text | Unknown:
    return substitute(value, string_start(text, at), {}) if isinstance(value, str) else Unknown()
