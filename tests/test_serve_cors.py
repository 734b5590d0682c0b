"""`flowlint serve` and a browser: CORS over real loopback sockets.

A browser app sends a preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`, never credentials) before
a launch with an `Authorization` header. The platform answers preflights without auth, for the origins allowed on the
OAuth client; the stand-in, which takes any client, answers them for any origin unless `--cors-origin` lists the
allowed ones, and puts the CORS headers on its real answers too, so the app can read why a launch was refused.
With `--forward` the platform answers preflights itself (they are forwarded); the guard's own refusals carry the headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from test_serve import Server, start

from validator.serve.cors import cors_origin, origin_of

from conftest import UUID, flowlint
from fake_genesys import TOKEN, FakeGenesys

LAUNCH = "/api/v2/flows/executions"
APP = "http://localhost:3000"
PREFLIGHT = {"Origin": APP, "Access-Control-Request-Method": "POST",
             "Access-Control-Request-Headers": "authorization, content-type"}
LAUNCH_HEADERS = {"Origin": APP, "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
UNKNOWN_FLOW = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("cors"))
    yield running
    assert running.stop() == 0


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("cors"), "--cors-origin", "https://app.example",
                    "--cors-origin", "http://localhost:3000/")
    yield running
    assert running.stop() == 0


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory, loopback_server: HTTPServer) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("cors"), "--forward", loopback_server.url_for("").rstrip("/"))
    yield running
    assert running.stop() == 0


def preflight(server: Server, headers: dict[str, str] = PREFLIGHT, path: str = LAUNCH) -> httpx.Response:
    return httpx.options(server.url + path, headers=headers)


def launch(server: Server, body: Any, headers: dict[str, str] = LAUNCH_HEADERS) -> httpx.Response:
    return httpx.post(server.url + LAUNCH, content=json.dumps(body).encode(), headers=headers)


def test_a_browser_preflight_is_answered_without_credentials(stand_in: Server) -> None:
    answer = preflight(stand_in)
    assert answer.status_code == 204, answer.text
    assert answer.content == b""
    assert answer.headers["access-control-allow-origin"] == APP
    assert "POST" in [m.strip() for m in answer.headers["access-control-allow-methods"].split(",")]
    allowed = {h.strip().lower() for h in answer.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type"} <= allowed  # `*` would not cover Authorization (Fetch standard)
    assert "origin" in answer.headers["vary"].lower()
    assert int(answer.headers["access-control-max-age"]) > 0
    assert "access-control-allow-credentials" not in answer.headers  # a bearer header, never cookies


def test_the_preflight_of_a_poll_or_a_wrong_method_is_answered_too_so_the_app_reads_the_explanation(stand_in: Server) -> None:
    for method in ("GET", "PUT"):
        answer = preflight(stand_in, {**PREFLIGHT, "Access-Control-Request-Method": method}, f"{LAUNCH}/{UUID}")
        assert answer.status_code == 204 and answer.headers["access-control-allow-origin"] == APP
        assert method in answer.headers["access-control-allow-methods"]
    wrong = httpx.get(stand_in.url + LAUNCH, headers={"Origin": APP, "Authorization": f"Bearer {TOKEN}"})
    assert wrong.status_code == 405 and wrong.headers["access-control-allow-origin"] == APP
    assert "FL301" in wrong.json()["message"]


def test_real_answers_carry_the_headers_so_a_browser_can_read_them(stand_in: Server) -> None:
    refused = launch(stand_in, {"flowId": UUID, "inputData": {"Flow.nope": 1}})
    assert refused.status_code == 400 and refused.headers["access-control-allow-origin"] == APP
    unauthorized = launch(stand_in, {"flowId": UUID}, {"Origin": APP, "Content-Type": "application/json"})
    assert unauthorized.status_code == 401 and unauthorized.headers["access-control-allow-origin"] == APP
    warned = launch(stand_in, {"flowId": UNKNOWN_FLOW})
    assert warned.status_code == 200 and warned.headers["flowlint-warning"].startswith("FL200")
    assert warned.headers["access-control-allow-origin"] == APP
    exposed = {h.strip().lower() for h in warned.headers["access-control-expose-headers"].split(",")}
    assert "flowlint-warning" in exposed  # else a browser app cannot read the warning header
    assert "origin" in warned.headers["vary"].lower()


def test_a_client_that_is_no_browser_gets_no_cors_headers(stand_in: Server) -> None:
    plain = launch(stand_in, {"flowId": UNKNOWN_FLOW}, {k: v for k, v in LAUNCH_HEADERS.items() if k != "Origin"})
    assert plain.status_code == 200
    assert not [h for h in plain.headers if h.startswith("access-control-")]
    # an OPTIONS that is no preflight (no Access-Control-Request-Method) is a request like any other: auth first
    probe = httpx.options(stand_in.url + LAUNCH, headers={"Origin": APP})
    assert probe.status_code == 401


def test_requested_headers_are_echoed_only_as_header_names(stand_in: Server) -> None:
    answer = preflight(stand_in, {**PREFLIGHT, "Access-Control-Request-Headers": "authorization, x-a<script>, x-request-id"})
    assert answer.status_code == 204
    allowed = [h.strip() for h in answer.headers["access-control-allow-headers"].split(",")]
    assert "x-request-id" in allowed and "authorization" in allowed
    assert not [h for h in allowed if "<" in h]


def test_with_cors_origin_only_the_listed_origins_are_allowed(listed: Server) -> None:
    allowed = preflight(listed, {**PREFLIGHT, "Origin": "https://app.example"})
    assert allowed.status_code == 204 and allowed.headers["access-control-allow-origin"] == "https://app.example"
    slash = preflight(listed)  # listed as http://localhost:3000/ : the origin is the same without the slash
    assert slash.status_code == 204 and slash.headers["access-control-allow-origin"] == APP
    other = preflight(listed, {**PREFLIGHT, "Origin": "https://evil.example"})
    assert other.status_code == 403
    assert "access-control-allow-origin" not in other.headers
    body = other.json()
    assert body["code"] == "cors.origin.not.allowed" and "--cors-origin" in body["message"]
    assert "https://evil.example" in body["message"]
    answered = launch(listed, {"flowId": UNKNOWN_FLOW}, {**LAUNCH_HEADERS, "Origin": "https://evil.example"})
    assert answered.status_code == 200  # answered (the browser, not the server, withholds it from the page)
    assert "access-control-allow-origin" not in answered.headers


@pytest.mark.parametrize("value", ["app.example", "https://app.example/path", "ftp://app.example", "https://",
                                   "https://a b.example"])
def test_a_cors_origin_that_is_no_origin_is_a_usage_error(value: str, tmp_path: Path) -> None:
    result = flowlint("serve", "--port", "0", "--cors-origin", value)
    assert result.exit_code == 2, result.output
    assert "--cors-origin" in result.output


def test_the_guard_forwards_preflights_and_the_platform_decides(guard: Server, platform: FakeGenesys) -> None:
    platform.faults[LAUNCH] = [(200, {"Access-Control-Allow-Origin": APP, "Access-Control-Allow-Methods": "POST"}, {})]
    answer = preflight(guard)
    assert answer.status_code == 200, answer.text
    assert answer.headers["access-control-allow-origin"] == APP and answer.headers["access-control-allow-methods"] == "POST"
    sent = platform.received[-1]
    assert sent["method"] == "OPTIONS" and sent["path"] == LAUNCH and sent["headers"]["Origin"] == APP
    assert sent["headers"]["Access-Control-Request-Method"] == "POST"


def test_the_guard_s_own_refusal_carries_the_headers_and_a_relayed_reply_only_the_platform_s(
        guard: Server, platform: FakeGenesys) -> None:
    refused = launch(guard, {"flowId": UUID, "inputData": {"Flow.nope": 1}})
    assert refused.status_code == 400 and refused.headers["access-control-allow-origin"] == APP
    assert platform.received == []
    flow_id = platform.add_flow("Refunds", {})
    relayed = httpx.get(f"{guard.url}/api/v2/flows/{flow_id}", headers={"Origin": APP, "Authorization": f"Bearer {TOKEN}"})
    assert relayed.status_code == 200 and platform.received[-1]["headers"]["Origin"] == APP
    assert "access-control-allow-origin" not in relayed.headers  # the fake platform allowed no origin: not overridden


@pytest.mark.parametrize("origin", ["null", "HTTPS://Other.Example:443", "http://[::1]:8080", "javascript:alert(1)",
                                    "https://evil.example/\x1b[31mred"])
def test_the_refusal_s_advice_is_a_cors_origin_serve_accepts(listed: Server, origin: str) -> None:
    refused = preflight(listed, {**PREFLIGHT, "Origin": origin})
    assert refused.status_code == 403
    message = refused.json()["message"]
    assert "\x1b" not in message
    advised = re.findall(r"`--cors-origin ([^`]+)`", message)
    for value in advised:  # each one advised is a value the command takes (it checks --cors-origin with cors_origin)
        assert cors_origin(value.strip("'")) in {origin_of(origin), "*"}
    if origin_of(origin) is not None:
        assert advised == [origin_of(origin)]
    elif origin == "null":
        assert advised == ["'*'"]
    else:
        assert advised == [] and "no --cors-origin admits it" in message


def test_with_any_origin_allowed_a_malformed_one_is_not_told_none_is(stand_in: Server) -> None:
    refused = preflight(stand_in, {**PREFLIGHT, "Origin": "javascript:alert(1)"})
    assert refused.status_code == 403
    message = refused.json()["message"]
    assert "(allowed: any origin a browser sends)" in message and "no --cors-origin admits it" in message
