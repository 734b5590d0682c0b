"""One request, one set of findings: a launch written in code or a .http file, sent through the httpx guard, or
received by `flowlint serve` is judged by the same request rules (rules/request.py) over one LaunchRequest shape."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

import validator
from validator.rules.registry import EMITTERS

from conftest import flowlint

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
STAND_IN = "http://127.0.0.1:8787"  # serve's own address, on loopback: a test stand-in, never FL302
LAUNCH = "/api/v2/flows/executions"
REQUEST_CODES = {code for code, modules in EMITTERS.items() if modules[0] == "rules.request"}
BODY = json.dumps({"flowId": UUID})
TOKEN = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJlX19fX19fX19fX19fX18"

# (method, base, path, content type, body, the request rules' codes)
CASES = [
    ("GET", STAND_IN, LAUNCH, "application/json", BODY, ["FL301"]),
    ("POST", STAND_IN, f"{LAUNCH}/{UUID}", "application/json", json.dumps({"inputData": {}}), ["FL106"]),
    ("POST", STAND_IN, LAUNCH, "text/plain", BODY, ["FL303"]),
    ("POST", STAND_IN, LAUNCH, "application/json", "[object Object]", ["FL304"]),
    ("POST", STAND_IN, LAUNCH, "application/json", BODY, []),
    ("POST", "https://myorg.mypurecloud.com", LAUNCH, "application/json", BODY, ["FL302"]),
    ("POST", "http://localhost:8080", LAUNCH, "application/json", BODY, []),
]
IDS = ["method", "id-in-path", "content-type", "object-object", "clean", "wrong-host", "localhost"]


def request_codes(diagnostics: list[dict[str, object]] | list[validator.Diagnostic]) -> list[str]:
    codes = [d["code"] if isinstance(d, dict) else d.code for d in diagnostics]
    return sorted(str(code) for code in codes if code in REQUEST_CODES)


def from_file(name: str, text: str) -> list[str]:
    result = flowlint("check", "--format", "json", "--stdin-filename", name, "-", input=text)
    assert result.exit_code in (0, 1), result.output
    return request_codes(json.loads(result.stdout)["diagnostics"])


def in_javascript(method: str, url: str, content_type: str, body: str | None) -> list[str]:
    sent = "" if body is None else (", body: {flowId: id}" if body == "[object Object]" else f", body: JSON.stringify({body})")
    shown = "" if method == "GET" else f"method: '{method}', "
    code = (f"const id = '{UUID}';\nawait fetch('{url}', {{{shown}headers: {{'Content-Type': '{content_type}', "
            f"Authorization: 'Bearer ' + token}}{sent}}});\n")
    return from_file("launch.js", code)


def in_http_file(method: str, url: str, content_type: str, body: str | None) -> list[str]:
    text = f"{method} {url}\nContent-Type: {content_type}\nAuthorization: Bearer {{{{token}}}}\n"
    return from_file("launch.http", text + ("" if body is None else f"\n{body}\n"))


def through_the_guard(method: str, url: str, content_type: str, body: str | None) -> list[str]:
    sent: list[httpx.Request] = []

    def platform(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    client = validator.guard(httpx.Client(transport=httpx.MockTransport(platform)))
    try:
        client.request(method, url, content=body, headers={"Content-Type": content_type, "Authorization": TOKEN})
    except validator.InvalidLaunchRequest as refused:
        assert sent == []
        return request_codes(refused.diagnostics)
    assert len(sent) == 1  # reached the transport: passed
    return []


def by_serve(method: str, path: str, content_type: str, body: str | None, base: str = STAND_IN) -> list[str]:
    from validator.serve import app

    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app()), base_url=base) as client:
            return await client.request(method, path, content=body, headers={"Content-Type": content_type, "Authorization": TOKEN})

    answer = asyncio.run(send())
    assert answer.status_code != 401, answer.text  # reached the checks
    return request_codes(answer.json().get("diagnostics", []))


@pytest.mark.parametrize(("method", "base", "path", "content_type", "body", "codes"), CASES, ids=IDS)
def test_one_request_gets_the_same_request_findings_from_every_source(method: str, base: str, path: str,
                                                                       content_type: str, body: str | None,
                                                                       codes: list[str]) -> None:
    url = base + path
    found = {"javascript": in_javascript(method, url, content_type, body), "guard": through_the_guard(method, url, content_type, body)}
    if body != "[object Object]":  # a request file writes its body's text: JSON that does not parse is FL001 there
        found["http-file"] = in_http_file(method, url, content_type, body)
    if base == STAND_IN:  # serve is reached only at its own address
        found["serve"] = by_serve(method, path, content_type, body)
    assert found == dict.fromkeys(found, codes)


def test_serve_reached_by_a_genesys_name_is_still_its_own_address() -> None:
    """A test that points a platform name at serve (a hosts file, a proxy) reaches serve: its host is serve's own."""
    host = "https://myorg.mypurecloud.com"
    assert in_javascript("POST", host + LAUNCH, "application/json", BODY) == ["FL302"]  # elsewhere, the host is wrong
    assert by_serve("POST", LAUNCH, "application/json", BODY, base=host) == []
    assert by_serve("POST", LAUNCH, "text/plain", BODY, base=host) == ["FL303"]  # reached: the request was judged


DEEP = b'{"flowId": "' + UUID.encode() + b'", "inputData": {"Flow.x": ' + b"[" * 200 + b"]" * 200 + b"}}"
LOADED = [b'{"flowId": "x",}', b'{"flowId": "\xff"}', b'{"flowId": "a", "flowId": "b"}', DEEP, b"[]"]


def loaded_by_check(body: bytes) -> list[str]:
    result = flowlint("check", "--format", "json", "--stdin-filename", "body.json", "-", input=body)
    return sorted({d["code"] for d in json.loads(result.stdout)["diagnostics"]})


def loaded_by_serve(body: bytes) -> list[str]:
    from validator.serve import app

    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app(".flowlint/flows")), base_url=STAND_IN) as client:
            return await client.post(LAUNCH, content=body, headers={"Content-Type": "application/json", "Authorization": TOKEN})

    answer = asyncio.run(send())
    assert answer.status_code in (400, 500), answer.text  # reached the body's check
    return sorted({d["code"] for d in answer.json()["diagnostics"]})


@pytest.mark.parametrize("body", LOADED, ids=["comma", "not-utf8", "duplicate", "too-deep", "array"])
def test_serve_loads_a_body_with_the_loader_check_uses(body: bytes) -> None:
    assert loaded_by_serve(body) == loaded_by_check(body) != []


def test_a_loader_failure_is_fl900_in_check_and_serve_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug in the loader")

    monkeypatch.setattr("validator.checker.loader.load_bytes", broken)  # the one loader's payload step
    assert loaded_by_check(BODY.encode()) == loaded_by_serve(BODY.encode()) == ["FL900"]
