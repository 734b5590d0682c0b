"""OpenAPI documents (YAML or JSON) that describe the launch: the JSON request examples of the launch path's POST are launch
bodies written by hand, and are checked where the document writes them.

Under `paths`, a path that with the document's server is the launch endpoint (`/api/v2/flows/executions` after
`servers[0].url`, or Swagger 2's `schemes`/`host`/`basePath`), its `post` operation's `requestBody.content` of a JSON
media type (`application/json`, a `+json` type): the media type's `example`, each of its `examples`' `value` (an
`externalValue` is a file not read), and its inline schema's `example`. Each is a request of that URL, POSTed as JSON:
judged as a launch where its URL is Genesys Cloud's, or where the document shows Genesys Cloud (urls.unproven), as a
relative server may be another API's. A `$ref` to `components/examples` is followed once, within the document.
A document's schemas, responses and other operations describe, and send nothing.

An example the document marks as wrong is its point, as a wrong block is a page's (sources/examples.py decides the words
for both): its name (`wrong`, `bad`, `invalidBody`), its `summary` or its `description` ("Fails with 400", "Inputs
without the prefix are refused"), or a 400 or 422 response of the operation giving an example of the same name (the
pairing mock servers answer by). It is read, said with `-v`, never judged nor fixed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ..core.diagnostics import Finding, Path, Target
from ..core.lines import LineIndex
from ..core.unknown import Unknown
from . import json_source
from .document import DEFAULT_LIMITS
from .embedded import embedded_body
from .examples import marks_wrong
from .model import BodyLocator, LaunchRequest, Offsets, Text
from .saved_request import YamlBody, YamlTyping, _yaml_typing
from .urls import launch_url

#: Examples read per document, at most: past this, the rest are not read.
_MAX_EXAMPLES = 1_000


def extract(text: str, yaml_version: str = DEFAULT_LIMITS.yaml_version, max_depth: int = DEFAULT_LIMITS.max_depth,
            max_yaml_size: int = DEFAULT_LIMITS.max_yaml_size) -> list[LaunchRequest]:
    """The launch path's JSON request examples of an OpenAPI (or Swagger 2) document, YAML or JSON, in file order. A
    YAML document past `max_yaml_size` (the platform's whole API description) is not parsed: it describes, as a
    document of no launch path does, and its examples are not read (docs/limits.md)."""
    if text.lstrip().startswith("{"):
        return _from_json(text)
    if len(text) > max_yaml_size:
        return []
    from . import yaml_source  # PyYAML is imported only when a YAML file is read

    parsed = yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=max_depth, version=yaml_version)
    if isinstance(parsed, Finding) or not isinstance(parsed.value, dict):
        return []  # (broken YAML naming the endpoint: the file's FL011 note says where)
    document: dict[str, Any] = parsed.value
    locator = yaml_source.YamlLocator(parsed, LineIndex(text))
    typing = YamlTyping(parsed)

    def read(request: LaunchRequest, below: Path, value: Any) -> None:
        request.body, request.body_span, request.sends = value, request.site, "json"
        request.body_locator = YamlBody(locator, below, yaml_version, parsed)
        _yaml_typing(request, typing, locator, below)

    return _requests(document, locator, read)


def _from_json(text: str) -> list[LaunchRequest]:
    """A JSON document's examples: each read as JSON text embedded where the document writes it."""
    parsed = json_source.parse(text)
    if isinstance(parsed, Finding) or not isinstance(parsed.value, dict):
        return []
    locator = json_source.JsonLocator(text, unique_keys=not parsed.has_duplicates)

    def read(request: LaunchRequest, below: Path, value: Any) -> None:
        start = request.site[0]
        end = json.JSONDecoder().raw_decode(text, start)[1]
        request.sends = "json"
        embedded_body(request, text[start:end], start, {})
        request.body_span = (start, end)

    return _requests(parsed.value, locator, read)


def _requests(document: dict[str, Any], locator: BodyLocator,
              read: Callable[[LaunchRequest, Path, Any], None]) -> list[LaunchRequest]:
    """The requests of a parsed document's launch paths' examples, each body read by `read` (YAML's or JSON's)."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return []
    base = _server(document)
    found: list[LaunchRequest] = []
    seen: set[Path] = set()  # (a component example several entries or paths refer to: read once)
    for written, item in paths.items():
        if not isinstance(written, str) or not isinstance(item, dict) or not isinstance(item.get("post"), dict):
            continue
        span = locator.offsets(("paths", written), Target.KEY)
        url = Text((*base, written), span) if not written.startswith(("http://", "https://")) else Text.known(written, span)
        if launch_url(url) is None:
            continue
        operation = ("paths", written, "post")
        method_span = locator.offsets(operation, Target.KEY)
        refused = _refused_names(item["post"])
        for below, value, labels in _examples(document, item["post"], operation):
            if len(found) >= _MAX_EXAMPLES:
                break
            if below in seen:
                continue
            seen.add(below)
            site = locator.offsets(below, Target.VALUE)
            if site is None:
                continue
            request = LaunchRequest("openapi", site, url, "POST", method_span)
            request.headers = None  # (a description: what a client sends with it is not written here)
            read(request, below, value)
            request.shown_wrong = _shown_wrong(labels, refused, locator)
            request.refused_by_double = request.shown_wrong is not None
            found.append(request)
    return sorted(found, key=lambda request: request.site)


def _server(document: dict[str, Any]) -> tuple[str | Unknown, ...]:
    """The base the document's paths are under, as a URL's parts: its first server's URL (OpenAPI 3; a `{variable}` is
    its `default`, unknown without one), or Swagger 2's scheme, host and basePath; none for none."""
    servers = document.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict) and isinstance(servers[0].get("url"), str):
        server = servers[0]
        variables = server.get("variables") if isinstance(server.get("variables"), dict) else {}
        parts: list[str | Unknown] = []
        for index, piece in enumerate(_VARIABLE.split(str(server["url"]).rstrip("/"))):
            if index % 2 == 0:
                parts.append(piece)
                continue
            given = variables.get(piece) if isinstance(variables, dict) else None
            default = given.get("default") if isinstance(given, dict) else None
            parts.append(default if isinstance(default, str) else Unknown("{" + piece + "}"))
        return tuple(parts)
    host = document.get("host")
    if isinstance(host, str) and host:
        schemes = document.get("schemes")
        scheme = schemes[0] if isinstance(schemes, list) and schemes and isinstance(schemes[0], str) else "https"
        base_path = document.get("basePath")
        return (f"{scheme}://{host}{base_path if isinstance(base_path, str) else ''}".rstrip("/"),)
    return ()


#: A server URL's `{variable}` (its name captured: a split gives text, name, text, …).
_VARIABLE = re.compile(r"\{([^{}]{1,100})\}")


#: An example's words that may mark it wrong: (its path in the document, the words) of its name, `summary`, `description`.
Labels = list[tuple[Path, str]]


def _examples(document: dict[str, Any], operation: dict[str, Any], at: Path) -> list[tuple[Path, Any, Labels]]:
    """The JSON request examples of an operation, each with its path in the document and its labels: `requestBody.content.
    <JSON type>` `example`, `examples.<name>.value` (a `$ref` to `#/components/examples/<name>` followed, once: its
    labels are the entry's and the component's) and its inline `schema.example`; Swagger 2's body parameter's inline
    `schema.example`."""
    found: list[tuple[Path, Any, Labels]] = []
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, dict) else None
    for media, given in content.items() if isinstance(content, dict) else ():
        if not isinstance(media, str) or not _json_media(media) or not isinstance(given, dict):
            continue
        here = (*at, "requestBody", "content", media)
        if "example" in given:
            found.append(((*here, "example"), given["example"], []))
        examples = given.get("examples")
        for name, example in examples.items() if isinstance(examples, dict) else ():
            where: Path = (*here, "examples", name)
            labels = _labels(where, example) if isinstance(name, str) else []
            if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                where, example = _referenced(document, example["$ref"])
                labels += _labels(where, example)
            if isinstance(example, dict) and "value" in example:
                found.append(((*where, "value"), example["value"], labels))
        schema = given.get("schema")
        if isinstance(schema, dict) and "example" in schema:
            found.append(((*here, "schema", "example"), schema["example"], []))
    parameters = operation.get("parameters")
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else ()):
        schema = parameter.get("schema") if isinstance(parameter, dict) and parameter.get("in") == "body" else None
        if isinstance(schema, dict) and "example" in schema:
            found.append(((*at, "parameters", index, "schema", "example"), schema["example"], []))
    return found


def _labels(where: Path, example: Any) -> Labels:
    """An example's name (the last key of `where`, its words apart: `invalidBody` is "invalid Body"), `summary` and
    `description`, each with its path (a name's is its key's)."""
    found: Labels = []
    if where and isinstance(where[-1], str):
        found.append((where, _NAME_WORDS.sub(" ", where[-1]).strip()))
    for key in ("summary", "description"):
        words = example.get(key) if isinstance(example, dict) else None
        if isinstance(words, str):
            found.append(((*where, key), words[:_MAX_LABEL]))
    return found


#: Where a name's words part: `_`, `-`, `.`, and a lower-case letter or digit followed by a capital (camelCase).
_NAME_WORDS = re.compile(r"[_\-.\s]+|(?<=[a-z0-9])(?=[A-Z])")
#: The most characters of a summary or description read for a label (its first sentence is what marks it).
_MAX_LABEL = 500
#: The statuses of a response that refuses the request as malformed (a 401, 403 or 429 is about the token or the rate).
_REFUSALS = ("400", "422", "4XX")


def _refused_names(operation: dict[str, Any]) -> dict[str, str]:
    """The names of the examples the operation's 400 or 422 responses give, each with its status: a request example of
    the same name is the one that response answers (the pairing mock servers and example validators use)."""
    responses = operation.get("responses")
    found: dict[str, str] = {}
    for status in _REFUSALS:
        response = responses.get(status, responses.get(int(status)) if status.isdigit() else None) \
            if isinstance(responses, dict) else None
        content = response.get("content") if isinstance(response, dict) else None
        for given in content.values() if isinstance(content, dict) else ():
            examples = given.get("examples") if isinstance(given, dict) else None
            for name in examples if isinstance(examples, dict) else ():
                if isinstance(name, str):
                    found.setdefault(name, status)
    return found


def _shown_wrong(labels: Labels, refused: dict[str, str], locator: BodyLocator) -> tuple[Offsets, str] | None:
    """The words marking an example wrong and where they are written (its first label that marks it, else the name a
    refusing response shares); None when none does."""
    for path, words in labels:
        if marks_wrong(words):
            return _at(locator, path, words)
    named = next((path for path, _ in labels if path and path[-1] in refused and path[-2] == "examples"), None)
    if named is not None:
        return _at(locator, named, f"the {refused[str(named[-1])]} response's example {named[-1]!r}")
    return None


def _at(locator: BodyLocator, path: Path, words: str) -> tuple[Offsets, str]:
    where = locator.offsets(path, Target.KEY if path[-1] not in ("summary", "description") else Target.VALUE)
    return (where if where is not None else (0, 1)), words


def _referenced(document: dict[str, Any], ref: str) -> tuple[Path, Any]:
    """What a local `$ref` (`#/components/examples/followup`) names in the document, with its path; None if none."""
    if not ref.startswith("#/"):
        return (), None
    path: Path = tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
    value: Any = document
    for part in path:
        if not isinstance(value, dict) or part not in value:
            return (), None
        value = value[part]
    return path, value


def _json_media(media: str) -> bool:
    """Whether a media type is JSON's: application/json (with parameters), or a `+json` type."""
    essence = media.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")
