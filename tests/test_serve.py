"""`flowlint serve`: the real server started as a subprocess on a free loopback port, and the app in-process.

The stand-in answers like the platform and explains every refusal; the guard proxy forwards valid
launches (and every other request) to the loopback fake platform and never sends an invalid one.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from validator.core.clock import FakeClock
from validator.serve import INSTALL_COMMAND, app
from validator.serve.access_log import AccessLog
from validator.serve.platform import Execution, Executions

from conftest import ROOT, UUID, UUID2, flowlint, genesys_sdk, run_on
from fake_genesys import TOKEN, FakeGenesys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Content-Type": "application/json"}
HEADERS = {**AUTH, **JSON}
LAUNCH = "/api/v2/flows/executions"
SEED = (ROOT / "fixtures" / "invalid" / "seed-type-configuration.json").read_bytes()
VALID = {"flowId": UUID, "inputData": {"Flow.customerName": "John"}, "name": "nightly"}
UNKNOWN_FLOW = "00000000-0000-4000-8000-000000000000"


@dataclass
class Server:
    """A `flowlint serve` subprocess; its log (stderr) goes to a file so the pipe never fills up."""

    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_once_it_has(self, text: str) -> str:
        """The log, once `text` is in it: a line is written just after its response is sent."""
        deadline = time.monotonic() + 10
        while text not in (log := self.log()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return log

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=10)


def start(tmp: Path, *args: str, cwd: Path = ROOT) -> Server:
    log_path = tmp / f"serve-{uuid.uuid4().hex[:8]}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "validator", "serve", "--port", "0", *args],
                                   cwd=cwd, stdout=subprocess.PIPE, stderr=log)
    assert process.stdout is not None
    line = b""
    deadline = time.monotonic() + 20
    while b"\n" not in line and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                break
            line += chunk
    found = re.search(rb"listening on (http://\S+)", line)
    if not found:
        process.kill()
        raise AssertionError(f"the server did not start: {line!r} {log_path.read_text()}")
    return Server(process, found.group(1).decode(), log_path)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The stand-in as a test suite runs it: the repo's contract store, bearer tokens required."""
    running = start(tmp_path_factory.mktemp("serve"), "--max-body-size", "4096")
    yield running
    assert running.stop() == 0


@pytest.fixture(scope="module")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("serve"), "--no-auth", "--log-format", "json")
    yield running
    assert running.stop() == 0


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory, loopback_server: HTTPServer) -> Iterator[Server]:
    """The guard proxy in front of the loopback fake platform."""
    running = start(tmp_path_factory.mktemp("serve"), "--forward", loopback_server.url_for("").rstrip("/"),
                    "--max-body-size", "2000000")
    yield running
    assert running.stop() == 0


def post(server: Server, body: Any, headers: dict[str, str] | None = HEADERS, path: str = LAUNCH) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(server.url + path, content=content, headers=headers)


def assert_error_body(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body: dict[str, Any] = answer.json()
    assert body["status"] == status and body["code"] == code
    assert uuid.UUID(body["contextId"]) and isinstance(body["message"], str) and body["message"]
    assert body["errors"] == [] and isinstance(body["details"], list)
    return body


# ---- the stand-in, over real sockets


def test_the_seed_request_gets_400_with_every_finding(server: Server) -> None:
    answer = post(server, SEED)
    body = assert_error_body(answer, 400, "bad.request")
    assert [d["code"] for d in body["diagnostics"]] == ["FL101", "FL101"]
    assert body["message"].startswith("Invalid request body: FL101 `type` is not part of the launch request")
    assert body["details"] == [{"errorCode": "FL101", "fieldName": "/type"}, {"errorCode": "FL101", "fieldName": "/configuration"}]
    first = body["diagnostics"][1]
    assert first["pointer"] == "/configuration" and first["line"] == 3 and "file" not in first
    assert "`configuration.flowId`" in first["help"]  # the fix, in the client's own log
    assert "`configuration.parameters.contactId` (the flow declares no input by that name" in first["help"]
    # Only the flowId's move is mechanical: a fix that says it does only that, with its edits on the body as sent.
    assert "(the fix does only this)" in first["fix"]["message"] and first["fix"]["edits"]


def test_a_valid_launch_gets_the_launch_response_and_can_be_polled(server: Server) -> None:
    answer = post(server, VALID)
    assert answer.status_code == 200, answer.text
    launched = answer.json()
    assert set(launched) == {"id", "name", "flowVersion", "selfUri"}
    assert uuid.UUID(launched["id"]).version == 4 and launched["name"] == "nightly"
    assert launched["selfUri"] == f"{LAUNCH}/{launched['id']}"
    assert launched["flowVersion"] == {"id": "3.0", "name": "3.0", "selfUri": f"/api/v2/flows/{UUID}/versions/3.0"}
    assert "flowlint-warning" not in answer.headers
    again = post(server, VALID)
    assert again.json()["id"] != launched["id"]  # a new run each time
    status = httpx.get(server.url + launched["selfUri"], headers=AUTH)
    assert status.status_code == 200
    assert status.json()["id"] == launched["id"] and status.json()["status"] == "COMPLETED"
    unknown = httpx.get(f"{server.url}{LAUNCH}/{uuid.uuid4()}", headers=AUTH)
    assert_error_body(unknown, 404, "not.found")


def test_inputs_are_checked_against_the_contract_store(server: Server) -> None:
    answer = post(server, {"flowId": UUID, "inputData": {"Flow.customerName": "John", "Flow.orderCount": "42"}})
    body = assert_error_body(answer, 400, "bad.request")
    assert [(d["code"], d["pointer"]) for d in body["diagnostics"]] == [("FL204", "/inputData/Flow.orderCount")]


def test_an_unknown_flow_is_accepted_with_a_warning_that_inputs_were_not_checked(server: Server) -> None:
    answer = post(server, {"flowId": UNKNOWN_FLOW, "inputData": {"Flow.anything": 1}})
    assert answer.status_code == 200
    assert answer.headers["flowlint-warning"].startswith(f"FL200 no input contract for flow {UNKNOWN_FLOW}")
    assert [d["code"] for d in answer.json()["diagnostics"]] == ["FL200"]
    assert answer.json()["name"] == UNKNOWN_FLOW


def _check_codes(project: Path, name: str) -> list[str]:
    """The codes `flowlint check --format json NAME` reports, run from the project's directory (in-process)."""
    here = os.getcwd()
    os.chdir(project)
    try:
        result = flowlint("check", "--format", "json", name)
    finally:
        os.chdir(here)
    assert result.exit_code in (0, 1), result.output
    return sorted(d["code"] for d in json.loads(result.stdout)["diagnostics"])


def test_a_flow_the_config_maps_to_its_yaml_is_checked_against_it_as_check_does(tmp_path: Path) -> None:
    """[flows] in the project's config: serve (started in a subdirectory) reads the same contract `flowlint check` does."""
    project = tmp_path / "project"
    (project / "flows").mkdir(parents=True)
    (project / "scripts").mkdir()
    (project / ".flowlint.toml").write_text(f'[flows]\n"{UUID2}" = "flows/survey.yaml"\n', encoding="utf-8")
    yaml_file = project / "flows" / "survey.yaml"
    yaml_file.write_text("workflow:\n  name: Survey\n  variables:\n    - integerVariable:\n        name: Flow.attempt\n"
                         "        isInput: true\n", encoding="utf-8")
    body = {"flowId": UUID2, "inputData": {"Flow.attempt": "2", "Flow.topic": "x"}}
    (project / "scripts" / "launch.json").write_text(json.dumps(body), encoding="utf-8")
    check_codes = _check_codes(project, "scripts/launch.json")
    running = start(tmp_path, "--no-auth", cwd=project / "scripts")
    try:
        answer = post(running, body, headers=JSON)
        assert answer.status_code == 400, answer.text
        served = sorted(d["code"] for d in answer.json()["diagnostics"])
        assert served == check_codes == ["FL202", "FL204"]
        assert "the YAML of 1 flow ([flows] in" in running.log()
        # An edit to the YAML while serving is seen, as an edited snapshot is.
        yaml_file.write_text(yaml_file.read_text(encoding="utf-8").replace("integerVariable", "stringVariable")
                             + "    - stringVariable:\n        name: Flow.topic\n        isInput: true\n", encoding="utf-8")
        answer = post(running, body, headers=JSON)
        assert answer.status_code == 200, answer.text
        assert "diagnostics" not in answer.json() and answer.json()["name"] == "Survey"  # the flow's name, from its YAML
    finally:
        assert running.stop() == 0


def test_the_projects_max_depth_and_max_file_size_limit_serve_as_they_limit_check(tmp_path: Path) -> None:
    """serve's loader refuses what check's refuses: the config's limits, not only --max-body-size."""
    project = tmp_path / "project"
    project.mkdir()
    (project / ".flowlint.toml").write_text("max-depth = 6\nmax-file-size = 400\n", encoding="utf-8")
    deep = {"flowId": UUID, "inputData": {"Flow.x": json.dumps(1)}, "name": "deep", "a": {"b": {"c": {"d": {"e": {"f": {}}}}}}}
    big = {"flowId": UUID, "name": "x" * 500}
    running = start(tmp_path, "--no-auth", cwd=project)
    try:
        for name, body in (("deep.json", deep), ("big.json", big)):
            (project / name).write_text(json.dumps(body), encoding="utf-8")
            check_codes = _check_codes(project, name)
            assert "FL005" in check_codes, (name, check_codes)  # reached: check refuses it by the project's limit
            answer = post(running, body, headers=JSON)
            assert answer.status_code == 400, (name, answer.text)
            assert sorted(d["code"] for d in answer.json()["diagnostics"]) == check_codes, name
    finally:
        assert running.stop() == 0


@pytest.mark.parametrize("content", [b"{'flowId': 1}", b"", b"flowId: x", b'{"flowId": "x",}'])
def test_a_body_that_is_not_json_is_fl001(server: Server, content: bytes) -> None:
    body = assert_error_body(post(server, content), 400, "bad.request")
    assert "FL001" in [d["code"] for d in body["diagnostics"]]  # past a stray comma, the rest is checked too


def test_an_object_fetch_never_serialized_is_fl304(server: Server) -> None:
    body = assert_error_body(post(server, b"[object Object]"), 400, "bad.request")
    assert [d["code"] for d in body["diagnostics"]] == ["FL304"] and "JSON.stringify" in body["diagnostics"][0]["help"]


def test_a_body_over_the_limit_is_413_announced_or_streamed(server: Server) -> None:
    big = json.dumps({"flowId": UUID, "name": "x" * 5000}).encode()
    assert_error_body(post(server, big), 413, "request.entity.too.large")
    streamed = httpx.post(server.url + LAUNCH, content=iter([big[:3000], big[3000:]]), headers=HEADERS)
    assert "content-length" not in streamed.request.headers
    assert_error_body(streamed, 413, "request.entity.too.large")


@pytest.mark.parametrize("content_type", [None, "text/plain;charset=UTF-8", "application/x-www-form-urlencoded"])
def test_a_wrong_content_type_is_415(server: Server, content_type: str | None) -> None:
    headers = dict(AUTH) if content_type is None else {**AUTH, "Content-Type": content_type}
    body = assert_error_body(post(server, VALID, headers), 415, "unsupported.media.type")
    assert "Content-Type: application/json" in body["message"]
    assert [d["code"] for d in body["diagnostics"]] == ["FL303"] and body["diagnostics"][0]["pointer"] == ""


URL_SECRET = "Zq8vK2mN5pR7tX1wY4bC6dF9gH3jL0sA2eI5oU8yT1r"


def test_a_credential_in_the_url_is_a_warning_said_with_the_body_s_findings_not_a_415(server: Server) -> None:
    path = f"{LAUNCH}?access_token={URL_SECRET}"
    body = assert_error_body(post(server, {"flowId": UUID, "type": "x"}, path=path), 400, "bad.request")
    said = {d["code"]: d for d in body["diagnostics"]}
    assert set(said) == {"FL305", "FL101", "FL201"}, body  # the URL's warning, and why the body is refused
    assert said["FL305"]["severity"] == "warning" and "written in the file" not in said["FL305"]["message"]
    assert "servers and proxies log" in said["FL305"]["message"] and URL_SECRET not in json.dumps(body)
    accepted = post(server, VALID, path=path)  # a warning never refuses a valid launch: said with it
    assert accepted.status_code == 200, accepted.text
    assert [d["code"] for d in accepted.json()["diagnostics"]] == ["FL305"]
    assert accepted.headers["flowlint-warning"].startswith("FL305")
    refused = post(server, VALID, {**AUTH, "Content-Type": "text/plain"}, path=path)  # a media type not JSON: still 415
    assert [d["code"] for d in assert_error_body(refused, 415, "unsupported.media.type")["diagnostics"]] == ["FL303", "FL305"]


def test_json_with_a_charset_is_json(server: Server) -> None:
    assert post(server, VALID, {**AUTH, "Content-Type": "application/json; charset=utf-8"}).status_code == 200


@pytest.mark.parametrize("path", [f"{LAUNCH}/{UUID}", f"/api/v2/flows/{UUID}/executions", f"/api/v2/flows/{UUID}/executions/"])
def test_a_flow_id_in_the_path_is_404_with_the_fl106_explanation(server: Server, path: str) -> None:
    body = assert_error_body(post(server, {"inputData": {}}, path=path), 404, "not.found")
    assert [d["code"] for d in body["diagnostics"]] == ["FL106"]
    assert UUID in body["diagnostics"][0]["help"] and "FL106" in body["message"]


def test_other_routes_are_404_and_other_methods_405(server: Server) -> None:
    body = assert_error_body(httpx.get(server.url + "/api/v2/flows/execution", headers=AUTH), 404, "not.found")
    assert "POST /api/v2/flows/executions" in body["message"]
    assert_error_body(httpx.delete(server.url + "/api/v2/users/me", headers=AUTH), 404, "not.found")
    wrong = httpx.put(server.url + LAUNCH, content=b"{}", headers=HEADERS)
    assert [d["code"] for d in assert_error_body(wrong, 405, "method.not.allowed")["diagnostics"]] == ["FL301"]
    assert wrong.headers["allow"] == "POST"
    forgot = assert_error_body(httpx.get(server.url + LAUNCH, headers=AUTH), 405, "method.not.allowed")
    assert "fetch sends GET" in forgot["diagnostics"][0]["message"]


@pytest.mark.parametrize("authorization", [None, "Basic Zm9vOmJhcg==", "Bearer", "Bearer undefined", "Bearer a b", "bearer:tok"])
def test_a_missing_or_malformed_bearer_token_is_401(server: Server, authorization: str | None) -> None:
    headers = dict(JSON) if authorization is None else {**JSON, "Authorization": authorization}
    body = assert_error_body(post(server, VALID, headers), 401, "bad.credentials")
    assert "bearer" in body["message"].lower()
    assert_error_body(httpx.get(f"{server.url}{LAUNCH}/{uuid.uuid4()}", headers=headers), 401, "bad.credentials")


def test_no_auth_accepts_requests_without_a_token(open_server: Server) -> None:
    assert post(open_server, VALID, JSON).status_code == 200


def test_healthz_needs_no_token(server: Server) -> None:
    answer = httpx.get(server.url + "/healthz")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}


def test_one_log_line_per_request_without_tokens_or_values(server: Server) -> None:
    marker = f"/api/v2/marker-{uuid.uuid4().hex}"
    secret_value = "Value-Never-Logged-7c1d"
    httpx.get(server.url + marker, headers={"Authorization": "Bearer Token-Never-Logged-9f2e"})
    answer = post(server, {"flowId": UUID, "inputData": {"Flow.customerName": secret_value, "Flow.orderCount": "1"}},
                  {**HEADERS, "Authorization": "Bearer Token-Never-Logged-9f2e"})
    # Once this request's own line is in (its contextId): an earlier test's 400 FL204 is in the shared server's log.
    context = answer.json()["contextId"]
    log = server.log_once_it_has(f"contextId={context}")
    assert "Token-Never-Logged" not in log and secret_value not in log
    lines = [line for line in log.splitlines() if marker in line]
    assert len(lines) == 1 and " 404 " in lines[0] and "contextId=" in lines[0]
    launch = [line for line in log.splitlines() if f"POST {LAUNCH} 400 FL204 " in line and context in line]
    assert launch and re.search(r" \d+\.\dms ", launch[-1])


def test_the_json_log_has_method_path_status_codes_duration(open_server: Server) -> None:
    post(open_server, SEED, JSON)
    log = open_server.log_once_it_has('"status": 400')
    records = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    seed = [r for r in records if r["status"] == 400][-1]
    assert seed["method"] == "POST" and seed["path"] == LAUNCH and seed["codes"] == ["FL101", "FL101"]
    assert seed["duration_ms"] > 0 and uuid.UUID(seed["contextId"])


def test_a_hostile_path_is_logged_as_sent_never_decoded(server: Server) -> None:
    with socket.create_connection(_address(server)) as raw:
        raw.sendall(b"GET /api/v2/%1b[2J%E2%80%AE%0a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = _read_all(raw)
    assert reply.startswith(b"HTTP/1.1 401 ")
    server.log_once_it_has("GET /api/v2/%1b")
    log = server.log_path.read_bytes()
    assert b"\x1b" not in log and b"\xe2\x80\xae" not in log
    assert b"GET /api/v2/%1b[2J%E2%80%AE%0a 401 - " in log


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_every_byte_from_the_request_is_escaped_in_the_log(log_format: str) -> None:
    scope = {"type": "http", "method": "GET\x1b", "raw_path": b"/a\x1b[2J\xe2\x80\xae\n\x7f", "path": "/"}
    line = AccessLog(None, log_format).line(scope, 404, 1.0)  # type: ignore[arg-type]
    assert line.isascii() and line.isprintable()
    if log_format == "json":
        assert json.loads(line)["path"] == "/a\x1b[2J\xe2\x80\xae\n\x7f"
    else:
        assert line.startswith("GET\\x1b /a\\x1b[2J\\xe2\\x80\\xae\\n\\x7f 404 - 1.0ms")


def test_concurrent_requests_are_each_answered(server: Server) -> None:
    async def launch_many() -> list[httpx.Response]:
        # httpx's 5 s connect timeout is a real timer: 60 connections at once on a loaded 2-core machine can wait
        # longer than that for the server's first accept, which is no fault of the server.
        async with httpx.AsyncClient(base_url=server.url, headers=HEADERS, timeout=120) as client:
            bodies = [VALID if i % 3 else SEED for i in range(60)]
            return await asyncio.gather(*(client.post(LAUNCH, content=b if isinstance(b, bytes) else json.dumps(b))
                                          for b in bodies))

    answers = asyncio.run(launch_many())
    assert [a.status_code for a in answers] == [200 if i % 3 else 400 for i in range(60)]
    assert len({a.json().get("id") for a in answers if a.status_code == 200}) == 40


def _address(server: Server) -> tuple[str, int]:
    url = httpx.URL(server.url)
    return url.host, int(url.port or 80)


def _read_all(raw: socket.socket) -> bytes:
    raw.settimeout(10)
    data = b""
    while chunk := raw.recv(65536):
        data += chunk
    return data


def _in_flight(raw: socket.socket, head: bytes) -> None:
    """Send a request head asking for `100 Continue`, and return once it comes: the app is then reading the body,
    so the request is in flight (an event to wait for, where a sleep would only guess)."""
    raw.settimeout(10)
    raw.sendall(head.replace(b"\r\n\r\n", b"\r\nExpect: 100-continue\r\n\r\n", 1))
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = raw.recv(1)  # byte by byte: nothing past the interim response is consumed
        assert chunk, data
        data += chunk
    assert data.startswith(b"HTTP/1.1 100 "), data


def _refusing(server: Server) -> bool:
    """Whether the server has stopped taking connections (it is shutting down), polled for up to 10 s."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(_address(server), timeout=1).close()
        except OSError:
            return True
        time.sleep(0.02)  # a poll of a condition: nothing here waits for time to pass
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_lets_the_in_flight_request_finish_then_exits_0(tmp_path: Path, sig: int) -> None:
    running = start(tmp_path)
    body = json.dumps(VALID).encode()
    with socket.create_connection(_address(running)) as raw:
        _in_flight(raw, f"POST {LAUNCH} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
                        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode())
        raw.sendall(body[:10])  # body half sent
        running.process.send_signal(sig)
        assert _refusing(running)  # reached: the signal was taken, new connections are no longer accepted
        assert running.process.poll() is None  # still serving the request
        raw.sendall(body[10:])
        reply = _read_all(raw)
    assert reply.startswith(b"HTTP/1.1 200 ")
    assert json.loads(reply.split(b"\r\n\r\n", 1)[1])["name"] == "nightly"
    assert running.process.wait(timeout=10) == 0
    assert "flowlint serve: stopped" in running.log()
    with pytest.raises(httpx.ConnectError):
        httpx.get(running.url + "/healthz")


def test_past_max_connections_new_requests_get_503_and_the_others_finish(tmp_path: Path) -> None:
    running = start(tmp_path, "--max-connections", "2", "--no-auth")
    body = json.dumps(VALID).encode()
    head = (f"POST {LAUNCH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    try:
        held = [socket.create_connection(_address(running)) for _ in range(2)]
        for raw in held:
            _in_flight(raw, head)  # two requests in flight
            raw.sendall(body[:5])
        assert httpx.post(running.url + LAUNCH, content=body, headers=JSON).status_code == 503
        for raw in held:
            raw.sendall(body[5:])
            assert _read_all_until_body(raw).startswith(b"HTTP/1.1 200 ")
            raw.close()
        assert httpx.post(running.url + LAUNCH, content=body, headers=JSON).status_code == 200
    finally:
        assert running.stop() == 0


def _read_all_until_body(raw: socket.socket) -> bytes:
    """One keep-alive response: headers, then Content-Length bytes."""
    raw.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        data += raw.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
    while len(rest) < length:
        rest += raw.recv(65536)
    return data


def test_a_port_in_use_is_a_clear_error(server: Server) -> None:
    host, port = _address(server)
    done = subprocess.run([sys.executable, "-m", "validator", "serve", "--host", host, "--port", str(port)],
                          cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert done.returncode == 3 and "cannot listen on" in done.stderr and "Traceback" not in done.stderr


def test_the_listening_socket_is_tcp_so_replies_are_not_delayed_by_nagle() -> None:
    from validator.serve.server import listen

    with listen("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP  # asyncio sets TCP_NODELAY only on such sockets


@pytest.fixture
def refused_before_listening(monkeypatch: pytest.MonkeyPatch) -> None:
    """`flowlint serve` run in-process must stop before it listens: a value it should refuse but takes fails the test
    here instead of serving forever."""
    def listen(host: str, port: int) -> socket.socket:
        raise AssertionError(f"not refused: serve went on to listen on {host}:{port}")

    monkeypatch.setattr("validator.serve.server.listen", listen)


def _serve_refused(capfd: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The exit code of `flowlint serve ARGS` run in-process, and all it wrote: click's streams and the process's
    own file descriptors (what a handler holding the real stderr would write)."""
    result = flowlint("serve", *args)
    captured = capfd.readouterr()
    return result.exit_code, result.stdout + result.stderr + captured.out + captured.err


def test_an_unknown_forward_region_is_a_usage_error(refused_before_listening: None, capfd: pytest.CaptureFixture[str]) -> None:
    code, said = _serve_refused(capfd, "--forward", "eu-nowhere-9")
    assert code == 2 and "unknown region" in said


def test_a_forward_url_with_a_query_is_refused_without_echoing_it(refused_before_listening: None,
                                                                  capfd: pytest.CaptureFixture[str]) -> None:
    """It would be printed at start-up (`forwarded to …`) and in every access log line, its token with it."""
    code, said = _serve_refused(capfd, "--port", "0", "--forward", "https://proxy.example.com/?access_token=fwdS3cr3t")
    assert code == 2 and "holds a query" in said, said
    assert "fwdS3cr3t" not in said


def test_the_app_function_is_not_shadowed_by_a_submodule() -> None:
    import validator.serve
    import validator.serve.application

    assert callable(validator.serve.app)


def test_without_the_extra_the_error_names_the_install_command() -> None:
    name = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
    assert f"pip install '{name}[serve]'" == INSTALL_COMMAND
    code = ("import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None\n"
            "from validator.cli import main; main(['serve', '--port', '0'])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert done.returncode == 3 and f"{INSTALL_COMMAND}" in done.stderr and "Traceback" not in done.stderr


# ---- the guard proxy, in front of the loopback fake platform


def test_a_valid_launch_is_forwarded_and_the_reply_returned_unchanged(guard: Server, platform: FakeGenesys) -> None:
    flow_id = platform.add_flow("Refunds", {"Flow.orderId": {"type": "string"}})
    content = json.dumps({"flowId": flow_id, "inputData": {"Flow.orderId": "A-1"}}).encode()
    answer = post(guard, content)
    assert answer.status_code == 200, answer.text
    run_id = answer.json()["id"]
    assert answer.headers["inin-correlation-id"] == run_id  # the platform's own header came through
    assert answer.json() == platform.executions[run_id]
    sent = [r for r in platform.received if r["path"] == LAUNCH]
    assert len(sent) == 1 and sent[0]["body"] == content and sent[0]["headers"]["Authorization"] == f"Bearer {TOKEN}"
    polled = httpx.get(guard.url + answer.json()["selfUri"], headers=AUTH)
    assert polled.status_code == 200 and polled.json()["status"] == "RUNNING"  # GET goes to the platform too


def test_an_invalid_launch_is_answered_locally_and_never_sent(guard: Server, platform: FakeGenesys) -> None:
    body = assert_error_body(post(guard, SEED), 400, "bad.request")
    assert body["diagnostics"]
    assert_error_body(post(guard, VALID, AUTH), 415, "unsupported.media.type")
    assert_error_body(post(guard, VALID, JSON), 401, "bad.credentials")
    assert_error_body(post(guard, {}, path=f"{LAUNCH}/{UUID}"), 404, "not.found")
    moved = assert_error_body(post(guard, {}, path=f"/api/v2/flows/{UUID}/executions"), 404, "not.found")
    assert [d["code"] for d in moved["diagnostics"]] == ["FL106"]
    assert platform.received == []


def test_other_paths_are_proxied_untouched(guard: Server, platform: FakeGenesys) -> None:
    flow_id = platform.add_flow("Refunds", {})
    ok = httpx.get(f"{guard.url}/api/v2/flows/{flow_id}", headers=AUTH)
    assert ok.status_code == 200 and ok.json()["name"] == "Refunds"
    refused = httpx.get(f"{guard.url}/api/v2/flows/{flow_id}", headers={"Authorization": "Bearer wrong"})
    assert refused.status_code == 401 and refused.json()["code"] == "bad.credentials"  # the platform's, not ours
    assert platform.received[-1]["headers"]["Authorization"] == "Bearer wrong"


def test_method_headers_and_a_streamed_body_go_through_minus_hop_by_hop(guard: Server, platform: FakeGenesys) -> None:
    chunks = [b"x" * 70_000, b"y" * 70_000, b"z"]
    answer = httpx.put(f"{guard.url}/api/v2/things/1?a=1&b=%20", content=iter(chunks),
                       headers={**AUTH, "X-Custom": "kept", "Connection": "keep-alive, X-Hop", "X-Hop": "dropped",
                                "Keep-Alive": "timeout=5", "Content-Type": "application/octet-stream"})
    assert answer.status_code == 404 and answer.json()["code"] == "not.found"
    got = platform.received[-1]
    assert got["method"] == "PUT" and got["path"] == "/api/v2/things/1" and got["query"] == "a=1&b=%20"
    assert got["body"] == b"".join(chunks)
    assert got["headers"]["X-Custom"] == "kept" and got["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert "X-Hop" not in got["headers"] and "Keep-Alive" not in got["headers"]
    assert "python-httpx" in got["headers"]["User-Agent"]  # the client's own, not one the proxy added


def test_a_large_reply_streams_back_with_status_and_headers(guard: Server, platform: FakeGenesys) -> None:
    payload = {"entities": ["e" * 100] * 20_000}
    hop = {"Connection": "X-Hop-Reply", "X-Hop-Reply": "1", "Keep-Alive": "timeout=99"}
    platform.faults["/api/v2/big"] = [(207, {"X-Page": "1", **hop}, payload)]
    with httpx.stream("GET", f"{guard.url}/api/v2/big", headers=AUTH) as answer:
        assert answer.status_code == 207 and answer.headers["x-page"] == "1"
        assert "x-hop-reply" not in answer.headers and "keep-alive" not in answer.headers
        data = b"".join(answer.iter_raw())
    assert json.loads(data) == payload


# ---- the app in-process (cheaper where no socket is needed)


def in_process(application: Any, test: Callable[[httpx.AsyncClient], Awaitable[None]], clock: FakeClock | None = None,
               jump: bool | threading.Event = False) -> None:
    """Run `test` with a client talking to the app in-process, as a harness that mounts it would (its timers on
    `clock`, when given, which only the test moves, or from when `jump` is set the loop as it waits: run_on's jump)."""
    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(application), base_url="http://serve") as client:
            try:
                await test(client)
            finally:
                if application.state.service.upstream is not None:
                    await application.state.service.upstream.aclose()

    if clock is None:
        asyncio.run(run())
    else:
        run_on(clock, run(), jump=jump)


def test_the_app_mounts_in_a_harness_and_remembers_a_bounded_number_of_runs(tmp_path: Path) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        ids = [(await client.post(LAUNCH, json={"flowId": UNKNOWN_FLOW})).json()["id"] for _ in range(3)]
        assert (await client.get(f"{LAUNCH}/{ids[0]}")).status_code == 404
        assert [(await client.get(f"{LAUNCH}/{i}")).status_code for i in ids[1:]] == [200, 200]

    in_process(app(tmp_path, auth=False, max_executions=2), test)


def test_mounted_under_a_prefix_it_answers_and_forwards_relative_to_the_mount(platform: FakeGenesys) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    flow_id = platform.add_flow("Refunds", {})
    guarded = app(forward=platform.url)
    harness = Starlette(routes=[Mount("/stand-in", app(auth=False)), Mount("/guard", guarded)])

    async def test(client: httpx.AsyncClient) -> None:
        assert (await client.post(f"/stand-in{LAUNCH}", json={"flowId": UNKNOWN_FLOW})).status_code == 200
        assert (await client.put(f"/stand-in{LAUNCH}", json={})).status_code == 405
        proxied = await client.get(f"/guard/api/v2/flows/{flow_id}", headers=AUTH)
        assert proxied.status_code == 200 and platform.received[-1]["path"] == f"/api/v2/flows/{flow_id}"
        await guarded.state.service.upstream.aclose()

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(harness), base_url="http://harness") as client:
            await test(client)

    asyncio.run(run())


def test_a_snapshot_written_while_serving_is_used(tmp_path: Path) -> None:
    body = {"flowId": UNKNOWN_FLOW, "inputData": {"Flow.count": "3"}}

    async def test(client: httpx.AsyncClient) -> None:
        assert (await client.post(LAUNCH, json=body)).status_code == 200
        schema = {"type": "object", "properties": {"Flow.count": {"type": "integer"}}}
        (tmp_path / f"{UNKNOWN_FLOW}.json").write_text(json.dumps({"inputSchema": schema}))
        answer = await client.post(LAUNCH, json=body)
        assert answer.status_code == 400 and answer.json()["diagnostics"][0]["code"] == "FL204"
        (tmp_path / f"{UNKNOWN_FLOW}.json").write_text("[not json")
        broken = await client.post(LAUNCH, json=body)
        assert broken.status_code == 500 and broken.json()["diagnostics"][0]["code"] == "FL901"

    application = app(tmp_path, auth=False)
    application.state.service.contracts.recheck = 0  # look at the file on every request (1 s by default)
    in_process(application, test)


def test_the_contract_cache_is_bounded_and_rechecks_files(tmp_path: Path) -> None:
    from validator.serve.contracts import ReloadingStore

    store = ReloadingStore(tmp_path, max_cached=3, recheck=3600)
    for _ in range(10):
        assert store.get(str(uuid.uuid4())) is None
    assert len(store._cache) == 3
    (tmp_path / f"{UNKNOWN_FLOW}.json").write_text(json.dumps({"type": "object", "properties": {}}))
    assert store.get(UNKNOWN_FLOW) is not None
    (tmp_path / f"{UNKNOWN_FLOW}.json").unlink()
    assert store.get(UNKNOWN_FLOW) is not None  # within the recheck period the file is not looked at
    store.recheck = 0
    assert store.get(UNKNOWN_FLOW) is None
    assert store.get("../../etc/passwd") is None


def test_bodies_accepted_only_because_the_config_turned_rules_off_still_get_an_answer(tmp_path: Path) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        for content in (b"[1]", b"{}", b'{"flowId": 7}'):
            answer = await client.post(LAUNCH, content=content, headers=JSON)
            assert answer.status_code == 200 and uuid.UUID(answer.json()["id"])

    in_process(app(tmp_path, auth=False, severities={"FL003": None, "FL103": None, "FL104": None, "FL105": None}), test)


def test_a_large_valid_body_is_checked_off_the_event_loop(tmp_path: Path) -> None:
    body = {"flowId": UNKNOWN_FLOW, "inputData": {f"Flow.v{i}": "x" * 50 for i in range(2000)}}

    async def test(client: httpx.AsyncClient) -> None:
        assert (await client.post(LAUNCH, json=body)).status_code == 200

    in_process(app(tmp_path, auth=False), test)


def test_the_guard_answers_504_and_502_when_the_platform_does_not(platform: FakeGenesys) -> None:
    # The upstream's timers run on the clock, which moves only once the platform holds the request it never answers
    # (no other thread moves it: the time the app waited is read when nothing else can change it).
    clock = FakeClock()
    platform.faults["/api/v2/slow"] = ["stall"]

    async def slow(client: httpx.AsyncClient) -> None:
        answer = await client.get("/api/v2/slow")
        assert answer.status_code == 504 and answer.json()["code"] == "gateway.timeout"

    in_process(app(auth=False, forward=platform.url, timeout=10), slow, clock, jump=platform.stalled)
    assert [r["path"] for r in platform.received] == ["/api/v2/slow"]  # reached: the platform had the request
    assert 10 <= clock.elapsed < 11  # the app gave up once its 10 s had passed on the clock (no real wait), no later
    # A port bound and not listening refuses connections; kept bound, no other socket can take it meanwhile.
    with socket.socket() as refusing:
        refusing.bind(("127.0.0.1", 0))
        port = refusing.getsockname()[1]

        async def down(client: httpx.AsyncClient) -> None:
            answer = await client.get("/api/v2/anything")
            assert answer.status_code == 502 and answer.json()["code"] == "bad.gateway"

        refused = FakeClock()  # a timer would fire at once (a hang fails, as a 504), never after a real wait
        in_process(app(auth=False, forward=f"http://127.0.0.1:{port}", timeout=2), down, refused, jump=True)
        assert refused.elapsed == 0


def test_forward_takes_a_region_name_or_domain() -> None:
    for region in ("eu-west-1", "mypurecloud.ie"):
        assert app(forward=region).state.service.upstream.base_url == "https://api.mypurecloud.ie"
    with pytest.raises(ValueError, match="unknown region"):
        app(forward="nowhere-1")


def test_a_run_is_dated_by_the_clock_the_app_is_given(tmp_path: Path) -> None:
    clock = FakeClock(wall=1_767_225_600.0)  # 2026-01-01T00:00:00Z
    lines: list[str] = []

    async def test(client: httpx.AsyncClient) -> None:
        clock.advance(1.5)
        launched = (await client.post(LAUNCH, json={"flowId": UNKNOWN_FLOW})).json()
        status = (await client.get(launched["selfUri"])).json()
        assert status["status"] == "COMPLETED"  # reached: the run was launched and read back
        assert status["dateLaunched"] == status["dateCompleted"] == "2026-01-01T00:00:01.500Z"

    in_process(app(tmp_path, auth=False, log_format="json", access_log=lines.append, clock=clock), test)
    assert [json.loads(line)["time"] for line in lines] == ["2026-01-01T00:00:01.500+00:00"] * 2  # the log's clock too
    assert Execution.launch(UUID, None, None, None, clock).launched == "2026-01-01T00:00:01.500Z"


def test_executions_forget_the_oldest_past_the_limit() -> None:
    runs = Executions(limit=3)
    launched = [Execution.launch(UUID, None, None, "Order follow-up") for _ in range(5)]
    for run in launched:
        runs.remember(run)
    assert len(runs) == 3 and runs.get(launched[1].id) is None and runs.get(launched[4].id) is launched[4]
    assert launched[0].name == "Order follow-up" and launched[0].version == "1.0"


def test_executions_with_huge_names_are_bounded_by_bytes_too() -> None:
    runs = Executions(limit=10_000, max_bytes=1_000_000)
    for _ in range(50):
        runs.remember(Execution.launch(UUID, "n" * 100_000, None, None))
    assert len(runs) == 9  # 9 x ~100 KB fit in 1 MB
    alone = Executions(max_bytes=10)
    alone.remember(Execution.launch(UUID, "n" * 100, None, None))
    assert len(alone) == 1  # the newest run is always kept


def test_the_readme_shows_the_exact_answer_to_the_node_seed_request(server: Server) -> None:
    section = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")  # the page on flowlint serve
    shown = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))  # type: ignore[union-attr]
    # What the page's fetch sends: JSON.stringify writes no spaces.
    sent = {"type": "flow", "configuration": {"flowId": UUID, "parameters": {"contactId": "c-81f2"}}}
    assert "JSON.stringify({ type: \"flow\", configuration: { flowId: \"" + UUID in section
    answer = post(server, json.dumps(sent, separators=(",", ":")).encode())
    assert answer.status_code == 400
    assert {**answer.json(), "contextId": "…"} == shown


def test_a_client_that_stalls_mid_body_gets_408(tmp_path: Path) -> None:
    clock = FakeClock()
    application = app(tmp_path, auth=False)  # the default --timeout, 30 s: on the fake clock
    sent: list[dict[str, Any]] = []
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": LAUNCH, "raw_path": LAUNCH.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 2)}
    messages = [{"type": "http.request", "body": b'{"flowId": ', "more_body": True}]
    stalled = asyncio.Event()

    async def receive() -> dict[str, Any]:
        if messages:
            return messages.pop(0)
        stalled.set()
        await asyncio.Event().wait()  # the client stops sending, for ever
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    run_on(clock, asyncio.wait_for(application(scope, receive, send), 60))  # 60 fake seconds: never hangs
    assert stalled.is_set()  # reached: the app asked for more of the body
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["code"] == "request.timeout" and "30 s" in json.loads(sent[1]["body"])["message"]
    assert 30 <= clock.elapsed < 31  # the app waited its timeout, on the fake clock, and no longer


def test_the_project_config_gives_the_store_and_the_severities(tmp_path: Path) -> None:
    store = tmp_path / "contracts"
    store.mkdir()
    schema = {"type": "object", "properties": {"Flow.count": {"type": "integer"}}}
    (store / f"{UNKNOWN_FLOW}.json").write_text(json.dumps({"inputSchema": schema}))
    (tmp_path / ".flowlint.toml").write_text('contracts = "contracts"\n[severity]\nFL102 = "off"\n')
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "validator", "serve", "--port", "0", "--no-auth"],
                                   cwd=tmp_path, stdout=subprocess.PIPE, stderr=log)
    assert process.stdout is not None
    url = re.search(rb"listening on (http://\S+)", process.stdout.readline())
    try:
        assert url, log_path.read_text()
        running = Server(process, url.group(1).decode(), log_path)
        assert post(running, {"flowId": UNKNOWN_FLOW, "inputData": {"Flow.count": 2}, "extra": 1}, JSON).status_code == 200
        wrong = post(running, {"flowId": UNKNOWN_FLOW, "inputData": {"Flow.count": "2"}}, JSON)
        assert [d["code"] for d in wrong.json()["diagnostics"]] == ["FL204"]
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    assert "contracts from " in log_path.read_text() and "(1 flow)" in log_path.read_text()


def test_the_request_s_own_findings_take_the_project_s_severities_as_check_gives_them(tmp_path: Path) -> None:
    """The request rules (FL301, FL303, FL305…) are said at the severity the project's `[severity]` table gives them, as
    the body's rules are: advice the platform does not enforce (FL305) refuses when made an error; what the platform
    itself refuses keeps its answer (a media type not JSON: 415, a path or method it has no route for: 404, 405, a body
    not JSON: 400), said at the project's severity or not at all."""
    (tmp_path / ".flowlint.toml").write_text('[severity]\nFL303 = "warning"\nFL305 = "error"\nFL301 = "off"\n'
                                             'FL304 = "warning"\nFL106 = "off"\n')
    running = start(tmp_path, "--no-auth", cwd=tmp_path)
    try:
        plain = post(running, VALID, {"Content-Type": "text/plain"})  # FL303 a warning: the platform's 415, said so
        body = assert_error_body(plain, 415, "unsupported.media.type")
        assert [(d["code"], d["severity"]) for d in body["diagnostics"]] == [("FL303", "warning")]
        unserialized = assert_error_body(post(running, b"[object Object]", JSON), 400, "bad.request")  # FL304 a warning
        assert ("FL304", "warning") in [(d["code"], d["severity"]) for d in unserialized["diagnostics"]]
        in_path = assert_error_body(post(running, VALID, JSON, path=f"/api/v2/flows/executions/{UUID}"), 404, "not.found")
        assert "FL106" not in json.dumps(in_path)  # FL106 off: the platform's 404, not said
        secret = post(running, VALID, JSON, path=f"{LAUNCH}?access_token={URL_SECRET}")  # FL305 an error: refused
        body = assert_error_body(secret, 400, "bad.request")
        assert [(d["code"], d["severity"]) for d in body["diagnostics"]] == [("FL305", "error")]
        assert URL_SECRET not in secret.text
        wrong = assert_error_body(httpx.get(running.url + LAUNCH), 405, "method.not.allowed")  # the platform's 405
        assert "diagnostics" not in wrong and "FL301" not in json.dumps(wrong)  # FL301 off: not said
    finally:
        assert running.stop() == 0
    assert "FL303" in running.log() and "FL305" in running.log()  # the log's codes are the answers'


def test_forwarding_over_plain_http_to_another_host_is_warned_about() -> None:
    from validator.serve.command import _private

    assert _private("https://api.mypurecloud.ie") and _private("http://127.0.0.1:8080") and _private("http://localhost")
    assert not _private("http://api.example.com")


def test_a_harness_gets_the_lines_through_logging_or_its_own_callable(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines: list[str] = []

    async def launch(client: httpx.AsyncClient) -> None:
        await client.post(LAUNCH, content=SEED, headers=JSON)

    in_process(app(tmp_path, auth=False, access_log=lines.append, log_format="json"), launch)
    assert [json.loads(line)["codes"] for line in lines] == [["FL101", "FL101"]]
    with caplog.at_level("INFO", logger="flowlint.serve"):
        in_process(app(tmp_path, auth=False), launch)
    assert [r.getMessage().split()[:4] for r in caplog.records] == [["POST", LAUNCH, "400", "FL101,FL101"]]


# ---- the SDKs sign in against the stand-in unchanged


def test_the_python_sdk_signs_in_and_launches_against_serve(server: Server) -> None:
    sdk = genesys_sdk()
    # As a user points the SDK at serve: its host (the SDK signs in at the same address when it is not an api. host).
    client = sdk.api_client.ApiClient(host=server.url).get_client_credentials_token("any-client-id", "any-secret")
    assert client.access_token.startswith("flowlint-serve-")
    api = sdk.ArchitectApi(client)
    body = sdk.FlowExecutionLaunchRequest()
    body.flow_id = UUID2
    launched = api.post_flows_executions(body)
    assert launched.id
    refused = sdk.FlowExecutionLaunchRequest()
    refused.flow_id = UUID2
    refused.input_data = {"Flow.noSuchInput": 1}
    with pytest.raises(sdk.rest.ApiException) as err:
        api.post_flows_executions(refused)
    assert err.value.status == 400 and "FL202" in str(err.value.body)


def test_oauth_token_takes_client_credentials_only(server: Server) -> None:
    basic = {"Authorization": "Basic " + base64.b64encode(b"id:secret").decode(), "Content-Type": "application/x-www-form-urlencoded"}
    ok = httpx.post(server.url + "/oauth/token", content=b"grant_type=client_credentials", headers=basic)
    assert ok.status_code == 200 and ok.json()["token_type"] == "bearer" and ok.json()["expires_in"] > 0
    launched = post(server, {"flowId": UUID2}, headers={**HEADERS, "Authorization": f"Bearer {ok.json()['access_token']}"})
    assert launched.status_code == 200  # a token serve made is one serve takes
    wrong_grant = httpx.post(server.url + "/oauth/token", content=b"grant_type=password", headers=basic)
    assert wrong_grant.status_code == 400 and wrong_grant.json()["error"] == "unsupported_grant_type"
    no_client = httpx.post(server.url + "/oauth/token", content=b"grant_type=client_credentials")
    assert no_client.status_code == 401 and no_client.json()["error"] == "invalid_client"


@pytest.mark.parametrize("path", ["/api/v2/flows/./executions", "/api/v2/x/../flows/executions", "//api/v2/flows/executions",
                                  "/API/V2/FLOWS/EXECUTIONS", "/api/v2/flows/executions;v=1", "/api/v2/flows/executions/",
                                  "/api/v2/flows/%65xecutions", "/api/v2/flows/%2e/executions"])
def test_a_launch_path_the_platform_normalises_is_never_forwarded(guard: Server, platform: FakeGenesys, path: str) -> None:
    """An invalid launch cannot reach the platform through a path it routes as the launch endpoint (issue 21)."""
    platform.received.clear()
    raw = httpx.URL(guard.url).copy_with(raw_path=path.encode())  # as written: no client-side normalisation
    answer = httpx.post(raw, content=SEED, headers=HEADERS)
    assert_error_body(answer, 400, "bad.request")
    assert platform.received == []
    other = httpx.get(f"{guard.url}/api/v2/flows/executions-history", headers=AUTH)  # reached: other paths still go on
    assert other.status_code == 404 and platform.received


def raw_request(server: Server, head: bytes, body: bytes) -> bytes:
    """One request written byte for byte on a socket (no client to fix its framing); the status line answered."""
    url = httpx.URL(server.url)
    with socket.create_connection((url.host, url.port or 80), timeout=10) as connection:
        connection.sendall(head + body)
        data = b""
        while b"\r\n" not in data:
            chunk = connection.recv(4096)
            if not chunk:
                break
            data += chunk
    return data.split(b"\r\n", 1)[0]


def test_content_length_with_a_chunked_body_is_never_a_500(guard: Server, platform: FakeGenesys) -> None:
    body = json.dumps({"flowId": "x"}).encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    for path in (LAUNCH, "/api/v2/things/1"):
        platform.received.clear()
        head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(chunked)}\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
        status = raw_request(guard, head, chunked)
        assert status.startswith(b"HTTP/1.1 ") and not status.startswith(b"HTTP/1.1 5"), (path, status)
        for sent in platform.received:  # forwarded: the body as the chunks framed it, never the raw chunks
            assert sent["body"] == body, sent


def test_the_remembered_runs_budget_counts_bytes_not_characters() -> None:
    runs = Executions(limit=10_000, max_bytes=1_000_000)
    for _ in range(50):
        runs.remember(Execution.launch(UUID, "\U0001f600" * 25_000, None, None))  # 25,000 characters, 100 KB each
    assert len(runs) == 9  # as for 100,000 ASCII characters: 9 x ~100 KB fit in 1 MB


def test_half_sent_request_heads_never_hold_the_connection_slots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Slowloris: 40 connections that never finish a request head hold all 8 connection slots (503) until the head
    deadline (--timeout) closes them, on a clock only the test moves; then /healthz answers again (issue 21)."""
    from validator.serve import server as serving

    given: list[serving.ServerLimits] = []  # what `flowlint serve` gives the server: --timeout is the head deadline

    def ran(application: Any, sock: socket.socket, limits: serving.ServerLimits, announce: Any) -> int:
        given.append(limits)
        sock.close()
        return 0

    monkeypatch.setattr(serving, "run", ran)
    monkeypatch.setattr(serving, "configure_logging", lambda log_format: None)
    assert flowlint("serve", "--no-auth", "--port", "0", "--max-connections", "8", "--timeout", "30").exit_code == 0
    assert [(limits.max_connections, limits.head_timeout) for limits in given] == [(8, 30)]

    clock = FakeClock()
    sock = serving.listen("127.0.0.1", 0)
    url = serving.url_of(sock)
    server = serving.server_for(app(tmp_path, auth=False, access_log=lambda line: None), sock, given[0], lambda url: None)
    shutting_down = threading.Event()  # then the loop lets time pass as it waits: its shutdown's waits are on the clock
    thread = threading.Thread(target=run_on, args=(clock, server.serve(sockets=[sock])), kwargs={"jump": shutting_down},
                              daemon=True)
    thread.start()
    stalled = []

    def until(condition: Callable[[], bool]) -> bool:  # a bounded wait for the server thread, never a timed assertion
        deadline = time.monotonic() + 10
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.005)
        return condition()

    try:
        assert until(lambda: server.started)
        for _ in range(40):
            connection = socket.create_connection(("127.0.0.1", sock.getsockname()[1]), timeout=10)
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never the blank line that ends the head
            stalled.append(connection)
        assert until(lambda: len(server.server_state.connections) == 40)
        assert httpx.get(url + "/healthz", timeout=10).status_code == 503  # reached: the slots are all held
        clock.advance(29)
        assert httpx.get(url + "/healthz", timeout=10).status_code == 503  # and still are, short of the deadline
        clock.advance(2)
        for connection in stalled:  # each is closed by the server at the deadline
            assert connection.recv(1024) == b""
        assert httpx.get(url + "/healthz", timeout=10).status_code == 200
    finally:
        for connection in stalled:
            connection.close()
        server.should_exit = True
        shutting_down.set()
        thread.join(60)  # a guard against a hang, never reached by a shutdown however slow
        assert not thread.is_alive()


@pytest.mark.parametrize("value", ["HTTPS://proxy.example.com/?access_token=capS3cretX7",
                                   "https://proxy.example.com/api;jsessionid=matS3cretY8",
                                   "Http://proxy.example.com/api#tok=frgS3cretZ9",
                                   "ftp://proxy.example.com/?access_token=ftpS3cretW6", "eu-west-1?key=regS3cretV5",
                                   "https:///x=emptyS3cretU4"])
def test_a_forward_value_holding_a_credential_is_refused_without_echoing_it(value: str, refused_before_listening: None,
                                                                           capfd: pytest.CaptureFixture[str]) -> None:
    """Any scheme's case, a path parameter as much as a query; and no error quotes a value holding `?#@=;`."""
    code, said = _serve_refused(capfd, "--port", "0", "--forward", value)
    assert code == 2 and "--forward" in said, said  # refused: a usage error naming it
    assert "S3cret" not in said, said


def test_a_forward_url_scheme_is_case_blind() -> None:
    assert app(forward="HTTPS://api.example.com/").state.service.upstream.base_url == "https://api.example.com"
