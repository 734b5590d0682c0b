"""Launch requests in Postman collections (v2.0 and v2.1): folders, collection variables, raw JSON bodies.

A `{{variable}}` the collection defines is put in; one it does not (an environment's) is unknown.
A raw body is located character by character inside its JSON string in the collection file.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.diagnostics import Path, Target
from ..core.unknown import Unknown
from .embedded import embedded_body, json_string_at
from .http_file import substitute
from .json_source import JsonLocator
from .model import Header, LaunchRequest, Offsets, Text

_MAX_ITEMS = 100_000


def extract(text: str) -> list[LaunchRequest]:
    try:
        collection = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if not isinstance(collection, dict) or not isinstance(collection.get("item"), list):
        return []
    reader = _Reader(text, collection)
    return reader.launches()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class _Reader:
    def __init__(self, text: str, collection: dict[str, Any]) -> None:
        self.text = text
        self.locator = JsonLocator(text)
        self.variables = {str(v.get("key") or v.get("id")): str(v.get("value", "")) for v in _list(collection.get("variable"))
                          if isinstance(v, dict) and (v.get("key") or v.get("id")) and isinstance(v.get("value"), (str, int, float))
                          and str(v.get("value")) != ""}  # an empty value is a placeholder a script fills: unknown
        self.collection_auth = collection.get("auth")
        self.items: list[Any] = collection["item"]

    def where(self, path: Path) -> Offsets | None:
        return self.locator.offsets(path, Target.VALUE)

    def launches(self) -> list[LaunchRequest]:
        found: list[LaunchRequest] = []
        stack: list[tuple[Path, Any, Any]] = [(("item", i), item, self.collection_auth)
                                              for i, item in reversed(list(enumerate(self.items)))]
        seen = 0
        while stack and seen < _MAX_ITEMS:
            path, item, auth = stack.pop()
            seen += 1
            if not isinstance(item, dict):
                continue
            auth = item.get("auth", auth) if isinstance(item.get("auth"), dict) else auth
            if isinstance(item.get("item"), list):
                stack.extend(((*path, "item", i), child, auth) for i, child in reversed(list(enumerate(item["item"]))))
            if "request" in item:
                request = self.request((*path, "request"), item["request"], auth)
                if request is not None:
                    found.append(request)
        return found

    def string(self, path: Path, value: str) -> Text:
        """A collection string, {{variables}} put in, spanning its JSON string in the file."""
        offsets = self.where(path)
        start = offsets[0] + 1 if offsets else 0
        text = substitute(value, start, self.variables)
        return Text(text.parts, offsets)

    def request(self, path: Path, spec: Any, auth: Any) -> LaunchRequest | None:
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
        request.headers = self.headers(spec_path, spec.get("header"), spec["auth"] if isinstance(spec.get("auth"), dict) else auth)
        body = spec.get("body")
        if isinstance(body, dict) and not body.get("disabled"):
            self.body(request, (*spec_path, "body"), body)
        return request

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
        if mode != "raw" or not isinstance(raw, str) or not raw.strip():
            return
        options = body.get("options")
        language = options.get("raw", {}).get("language") if isinstance(options, dict) and isinstance(options.get("raw"), dict) else None
        if language == "json" and request.header("content-type") is None and request.headers is not None:
            request.headers.append(Header("Content-Type", Text.known("application/json")))  # Postman adds it for JSON
        offsets = self.where((*path, "raw"))
        located = json_string_at(self.text, offsets[0]) if offsets else None
        request.body_span = offsets
        if located is None or located[0] != raw:
            embedded_body(request, raw, offsets[0] if offsets else 0, self.variables)
        else:
            embedded_body(request, raw, located[1], self.variables)


def _bearer(auth: Any) -> str | None:
    """The bearer token of a Postman auth block (v2.1: a list of key/value; v2.0: an object)."""
    if not isinstance(auth, dict) or auth.get("type") != "bearer":
        return None
    bearer = auth.get("bearer")
    if isinstance(bearer, list):
        for entry in bearer:
            if isinstance(entry, dict) and entry.get("key") == "token" and isinstance(entry.get("value"), str):
                return str(entry["value"])
    if isinstance(bearer, dict) and isinstance(bearer.get("token"), str):
        return str(bearer["token"])
    return None


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
