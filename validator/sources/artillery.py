"""Artillery load tests (artillery.io: a YAML script of `config` and `scenarios`): a step of a scenario's `flow`
(`- post: {url: /api/v2/flows/executions, json: {…}}`) is a request its virtual users send, as often as the test's
phases say: a launch when its URL is the endpoint.

As Artillery's HTTP engine sends it (packages/core/lib/engine_http.js): the method is the step's first key (get, post,
put, patch, delete, head, options); the URL is `url` (or `uri`), after `config.target` when it is not absolute (an
`environments` entry may give another target: then the base is unknown); the headers are `config.http.defaults.headers`
or `config.defaults.headers`, then the step's; `json:` is sent as JSON (got sets application/json unless a
Content-Type is given), else `body:` as written. Steps inside `loop:` and `parallel:` are read, and the `before` and
`after` sections' flows. A `{{ variable }}` is unknown; a `beforeRequest` hook (the scenario's or the step's) may
change the request in JavaScript, so its body is unknown. Other engines' scenarios (`engine: ws`, playwright…) send
no HTTP request. The body is checked where the YAML writes it (a mapping, or JSON text in a `|` block). A step's
Basic auth password and cookies are secrets whatever their names: no output shows them.
"""

from __future__ import annotations

from typing import Any

from ..core.diagnostics import Finding, Path, Target
from ..core.lines import LineIndex
from ..core.unknown import Unknown
from .document import DEFAULT_LIMITS
from .embedded import embedded_body, fill_variables, scalar_offsets, string_start
from .http_file import substitute
from .model import BodyLocator, Header, LaunchRequest, Offsets, Text
from .saved_request import YamlBody, YamlTyping, _yaml_typing

#: The HTTP methods a flow step names by its first key.
_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
#: Flow steps read, however they nest (`loop` in `loop`): past this, the rest are not read.
_MAX_STEPS = 10_000


def is_artillery(value: Any) -> bool:
    """Whether a YAML document is an Artillery test script: `scenarios` a list, `config` a mapping."""
    return isinstance(value, dict) and isinstance(value.get("scenarios"), list) and isinstance(value.get("config"), dict)


def extract(text: str, yaml_version: str = DEFAULT_LIMITS.yaml_version, max_depth: int = DEFAULT_LIMITS.max_depth
            ) -> list[LaunchRequest]:
    """The HTTP requests an Artillery script's flows send, in file order (launches or not: see urls.to_endpoint)."""
    from . import yaml_source  # PyYAML is imported only when a YAML file is read

    parsed = yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=max_depth, version=yaml_version)
    if isinstance(parsed, Finding) or not is_artillery(parsed.value):
        return []  # (broken YAML naming the endpoint: the file's FL011 note says where)
    script = parsed.value
    reader = _Reader(text, parsed, yaml_source.YamlLocator(parsed, LineIndex(text)), script["config"], yaml_version)
    for index, scenario in enumerate(script["scenarios"]):
        if isinstance(scenario, dict) and scenario.get("engine") in (None, "", "http"):
            reader.flow(scenario.get("flow"), ("scenarios", index, "flow"), scenario.get("beforeRequest"), 0)
    for section in ("before", "after"):
        part = script.get(section)
        if isinstance(part, dict):
            reader.flow(part.get("flow"), (section, "flow"), None, 0)
    return sorted(reader.found, key=lambda request: request.site)


class _Reader:
    def __init__(self, text: str, parsed: Any, locator: BodyLocator, config: dict[str, Any], version: str) -> None:
        self.text = text
        self.parsed = parsed
        self.locator = locator
        self.version = version
        self.typing = YamlTyping(parsed)
        self.found: list[LaunchRequest] = []
        self.steps = 0
        self.base = self._base(config)
        http = config.get("http")
        defaults = http.get("defaults") if isinstance(http, dict) else None
        headers = defaults.get("headers") if isinstance(defaults, dict) else None
        where: Path = ("config", "http", "defaults", "headers")
        if not isinstance(headers, dict):
            defaults = config.get("defaults")
            headers = defaults.get("headers") if isinstance(defaults, dict) else None
            where = ("config", "defaults", "headers")
        self.default_headers = headers if isinstance(headers, dict) else {}
        self.default_where = where

    def _base(self, config: dict[str, Any]) -> Text | None:
        """`config.target`, the base of a relative URL; None when it is not one known text (absent, not a string, or an
        environment may give another)."""
        target = config.get("target")
        environments = config.get("environments")
        if not isinstance(target, str) or (isinstance(environments, dict) and any(
                isinstance(env, dict) and env.get("target") not in (None, target) for env in environments.values())):
            return None
        at = self.locator.offsets(("config", "target"), Target.VALUE)
        return substitute(target, string_start(self.text, at), {})

    def flow(self, steps: Any, path: Path, hooks: Any, depth: int) -> None:
        if not isinstance(steps, list) or depth > DEFAULT_LIMITS.max_depth:
            return
        for index, step in enumerate(steps):
            if self.steps >= _MAX_STEPS:
                return
            self.steps += 1
            if not isinstance(step, dict) or not step:
                continue
            for nested in ("loop", "parallel"):
                if isinstance(step.get(nested), list):
                    self.flow(step[nested], (*path, index, nested), hooks, depth + 1)
            method = next(iter(step))
            if isinstance(method, str) and method in _METHODS and isinstance(step[method], dict):
                request = self.request((*path, index, method), method.upper(), step[method], hooks)
                if request is not None:
                    self.found.append(request)

    def where(self, path: Path) -> Offsets | None:
        return self.locator.offsets(path, Target.VALUE)

    def request(self, path: Path, method: str, params: dict[str, Any], hooks: Any) -> LaunchRequest | None:
        url_key = next((key for key in ("url", "uri") if isinstance(params.get(key), str)), None)
        if url_key is None:
            return None  # Artillery refuses a step without a URL
        url_at = self.where((*path, url_key))
        url = substitute(params[url_key], string_start(self.text, url_at), {})
        first = next((part for part in url.parts if part != ""), "")
        # maybePrependBase, after templating: the target, then a URL that is not absolute. A URL starting with a
        # variable (`{{ base }}/api/…`) may be absolute or not: its host is unknown, the target not put before it.
        if isinstance(first, str) and not first.startswith("http"):
            base = self.base.parts if self.base is not None else (Unknown("config.target"),)
            url = Text((*base, *url.parts), url_at)
        site = self.where(path) or url_at or (0, 0)
        request = LaunchRequest("artillery", site, url, method, self.locator.offsets(path, Target.KEY))
        if self.base is not None and url.parts[:len(self.base.parts)] == self.base.parts:
            request.host_span = self.base.span
        request.headers = self.headers(path, params)
        request.secrets += self.credentials(path, params)
        hooked = hooks or params.get("beforeRequest")
        if hooked:  # JavaScript may change the request before it is sent
            request.body = Unknown(f"beforeRequest: {hooked}")
            request.body_span = self.where((*path, "json")) or self.where((*path, "body"))
            return request
        if "json" in params:
            self.json_body(request, path, params["json"])
        elif "body" in params:
            self.text_body(request, path, params["body"])
        elif "form" in params or "formData" in params:
            request.sends = "form"
            request.body_span = self.where((*path, "form" if "form" in params else "formData"))
        else:
            request.bodiless = True
        return request

    def headers(self, path: Path, params: dict[str, Any]) -> list[Header]:
        """The headers sent: the defaults, then the step's, names case-insensitive (the last of a name wins)."""
        headers: dict[str, Header] = {}
        step = params.get("headers")
        for given, where in ((self.default_headers, self.default_where),
                             (step if isinstance(step, dict) else {}, (*path, "headers"))):
            for name, value in given.items():
                at = self.where((*where, name))
                shown = substitute(value, string_start(self.text, at), {}) if isinstance(value, str) else Text.known(str(value))
                headers[str(name).lower()] = Header(str(name), Text(shown.parts, at), at)
        return list(headers.values())

    def credentials(self, path: Path, params: dict[str, Any]) -> list[Offsets]:
        """Where the step writes what signs it in, never shown: its Basic auth's password (`auth: {user, pass}`) and its
        cookies' values (`cookie: {JSESSIONID: …}`), whatever their names say."""
        found: list[Offsets] = []
        for member, keys in (("auth", ("pass",)), ("cookie", None)):
            given = params.get(member)
            if not isinstance(given, dict):
                continue
            for key in keys or [key for key in given if isinstance(key, str)]:
                at = self.where((*path, member, key)) if key in given and given[key] is not None else None
                if at is not None and at[1] > at[0]:
                    quoted = self.text[at[0]:at[0] + 1] in ('"', "'") and at[1] - at[0] >= 2
                    found.append((at[0] + 1, at[1] - 1) if quoted else at)
        return found

    def json_body(self, request: LaunchRequest, path: Path, body: Any) -> None:
        below = (*path, "json")
        request.body_span = self.where(below)
        request.sends = "json"  # got serializes it, and sets application/json unless a Content-Type is given
        if isinstance(body, (dict, list)):
            request.body = fill_variables(body, {})  # a `{{ variable }}` is unknown
            request.body_locator = YamlBody(self.locator, below, self.version, self.parsed)
            _yaml_typing(request, self.typing, self.locator, below)
        elif body is None:
            request.bodiless = True
        else:  # a template's value (`json: "{{ payload }}"`), or a scalar sent as JSON: not judged as a body
            request.body = Unknown(str(body)[:80])

    def text_body(self, request: LaunchRequest, path: Path, body: Any) -> None:
        at = self.where((*path, "body"))
        if not isinstance(body, str) or at is None:
            request.body = Unknown("body")
            return
        if not body.strip():
            request.bodiless = True
            return
        request.body_span = at
        request.sends = "text"  # sent as written, under the Content-Type the headers give
        located = scalar_offsets(self.text, at, body) if self.text[at[0]:at[0] + 1] in "|>" else None
        if located is None and self.text[at[0]:at[0] + 1] not in "\"'|>":
            located = list(range(at[0], at[0] + len(body) + 1)) if self.text[at[0]:at[0] + len(body)] == body else None
        embedded_body(request, body, located or [at[0]] * (len(body) + 1), {})
