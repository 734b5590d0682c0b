"""A fake Genesys Cloud on loopback: OAuth, flows, versions, paged name search, and the platform's failures.

It runs a real HTTP server (pytest-httpserver) so the client is tested over real sockets,
with the error bodies and headers the platform sends.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from validator.core.clock import FakeClock

CLIENT_ID = "flowlint-test-client"
CLIENT_SECRET = "s3cr3t-Client-Secret-0123456789"  # the secret-hygiene tests search every output for this
TOKEN = "tok-9f8e7d6c5b4a-Access-Token"


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"message": message, "code": code, "status": status, "contextId": str(uuid.uuid4()), "details": [], "errors": []}


@dataclass
class FakeGenesys:
    server: HTTPServer
    flows: dict[str, dict[str, Any]] = field(default_factory=dict)
    forbidden: set[str] = field(default_factory=set)
    #: Canned failures per path, served before the real answer: "timeout", "stall", "garbage", (status, headers, body) or
    #: a Response. A "stall" sets `stalled` once it has the whole request, and answers only at `release` (the test's end).
    faults: dict[str, list[Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, query)
    hosts: list[tuple[str, str, str]] = field(default_factory=list)  # (method, Host header, path) of every request
    launches: list[Any] = field(default_factory=list)  # the bodies of POST /api/v2/flows/executions, as received
    page_size_cap: int = 2  # small pages, so name search must walk them
    token_grants: int = 0
    #: Seconds each answer to a path takes, on the test's clock (a slow platform that takes no real time).
    delays: dict[str, float] = field(default_factory=dict)
    #: Answers to flows are held until this many requests are in flight at once (proves concurrency without timing).
    together: int = 0
    #: The test's clock: a "timeout" fault moves it `slow` seconds on before answering, past any exchange's deadline.
    clock: FakeClock | None = None
    slow: float = 11.0
    #: Without a clock, a "timeout" fault holds its answer until this is set (the fixture sets it at the end).
    release: threading.Event = field(default_factory=threading.Event)
    #: Set by a "stall" once the platform holds a request it will not answer while the test runs: from then on no
    #: I/O is coming, and the test's event loop may let time pass (conftest.run_on's `jump`).
    stalled: threading.Event = field(default_factory=threading.Event)
    in_flight: int = 0
    max_in_flight: int = 0  # the most requests the platform was answering at once
    lock: threading.Condition = field(default_factory=threading.Condition)
    waits: list[float] = field(default_factory=list)  # seconds the client chose to wait between retries
    sign_in_refusal: str = "Client authentication failed"  # the OAuth error_description of a refused sign-in
    #: Every request as it arrived: method, path, headers and body bytes (the guard proxy's tests read them).
    received: list[dict[str, Any]] = field(default_factory=list)
    executions: dict[str, dict[str, Any]] = field(default_factory=dict)  # launched runs, by execution ID

    @property
    def url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def add_flow(self, name: str, properties: dict[str, Any], *, flow_type: str = "WORKFLOW", version: str = "1.0",
                 required: list[str] | None = None, flow_id: str | None = None, published: bool = True,
                 versions: dict[str, dict[str, Any]] | None = None, schemaless: bool = False) -> str:
        """A flow whose published `version` declares `properties`; `versions` adds older or newer versions
        (version id → properties); `schemaless` makes every version reply leave inputSchema out."""
        flow_id = flow_id or str(uuid.uuid4())
        self.flows[flow_id] = {"id": flow_id, "name": name, "type": flow_type, "version": version,
                               "schema": self.schema(name, properties, required), "published": published,
                               "versions": {v: self.schema(name, p) for v, p in (versions or {}).items()},
                               "schemaless": schemaless}
        return flow_id

    @staticmethod
    def schema(name: str, properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
        schema: dict[str, Any] = {"$schema": "http://json-schema.org/draft-04/schema#", "title": f"{name} inputs",
                                  "type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def handle(self, request: Request) -> Response:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.lock.notify_all()
            if self.together and request.path.startswith("/api/v2/flows/"):
                # a condition, not a timer: the bound only ends a test whose client never sends them together
                self.lock.wait_for(lambda: self.max_in_flight >= self.together, 10)
        try:
            if self.delays.get(request.path):
                assert self.clock is not None, "delays are on the test's clock"
                self.clock.advance(self.delays[request.path])
            return self.answer(request)
        finally:
            with self.lock:
                self.in_flight -= 1

    def answer(self, request: Request) -> Response:
        path = request.path
        self.requests.append((request.method, path, request.query_string.decode()))
        self.hosts.append((request.method, request.host, path))
        self.received.append({"method": request.method, "path": path, "query": request.query_string.decode(),
                              "headers": dict(request.headers), "body": request.get_data()})
        for key in (path, "*"):
            if self.faults.get(key):
                fault = self.faults[key].pop(0)
                if fault == "stall":  # no answer while the test runs: its loop's deadlines pass on its clock
                    self.stalled.set()
                    self.release.wait(60)  # a guard against a hang: the fixture releases it at the test's end
                    return self.json(200, {"late": True})
                if fault == "timeout":
                    if self.clock is not None:
                        self.clock.advance(self.slow)
                    else:
                        self.release.wait(10)
                    return self.json(200, {"late": True})
                if fault == "garbage":
                    return Response("<html>502 Bad Gateway</html>", status=200, content_type="application/json")
                if isinstance(fault, Response):  # a hostile reply, byte for byte
                    return fault
                status, headers, body = fault
                return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")
        if path == "/oauth/token" and request.method == "POST":
            return self.token(request)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.json(401, error_body(401, "bad.credentials", "Invalid login credentials."))
        if path == "/api/v2/flows":
            return self.search(request)
        if path.startswith("/api/v2/flows/executions"):
            return self.execution(request)
        match = re.fullmatch(r"/api/v2/flows/([^/]+)(?:/versions/([^/]+))?", path)
        if match:
            return self.flow(match.group(1), match.group(2))
        return self.json(404, error_body(404, "not.found", "The requested resource was not found."))

    def token(self, request: Request) -> Response:
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if request.headers.get("Authorization") != expected or request.form.get("grant_type") != "client_credentials":
            return self.json(401, {"error": "invalid_client", "error_description": self.sign_in_refusal})
        self.token_grants += 1
        return self.json(200, {"access_token": TOKEN, "token_type": "bearer", "expires_in": 86399})

    def flow(self, flow_id: str, version: str | None) -> Response:
        if flow_id in self.forbidden:
            return self.json(403, error_body(403, "missing.permissions",
                                             "You are missing the following permission(s): architect:flow:view"))
        flow = self.flows.get(flow_id)
        schemas = {flow["version"]: flow["schema"], **flow["versions"]} if flow else {}
        if flow is None or (version and version not in schemas):
            return self.json(404, error_body(404, "not.found", f"Unable to find a flow with ID {flow_id}"))
        if version:
            reply = {"id": version, "name": version, "type": "PUBLISH", "inputSchema": schemas[version],
                     "outputSchema": {"type": "object", "properties": {}}}
            if flow["schemaless"]:
                del reply["inputSchema"]
            return self.json(200, reply)
        return self.json(200, self.summary(flow))

    def execution(self, request: Request) -> Response:
        """Launch a run (POST /api/v2/flows/executions), or read one (GET …/{id})."""
        if request.method == "POST" and request.path == "/api/v2/flows/executions":
            body = json.loads(request.get_data() or b"null")
            self.launches.append(body)
            flow = self.flows.get(str(body.get("flowId"))) if isinstance(body, dict) else None
            if flow is None:
                return self.json(400, error_body(400, "bad.request", "Invalid request body"))
            run_id = str(uuid.uuid4())
            version = {"id": flow["version"], "name": flow["version"], "selfUri": f"/api/v2/flows/{flow['id']}/versions/{flow['version']}"}
            run = {"id": run_id, "name": body.get("name") or flow["name"], "flowVersion": version,
                   "selfUri": f"/api/v2/flows/executions/{run_id}"}
            self.executions[run_id] = run
            return Response(json.dumps(run), status=200, content_type="application/json", headers={"ININ-Correlation-Id": run_id})
        run_id = request.path.rsplit("/", 1)[-1]
        if request.method == "GET" and run_id in self.executions:
            return self.json(200, {**self.executions[run_id], "status": "RUNNING"})
        return self.json(404, error_body(404, "not.found", "The requested resource was not found."))

    def summary(self, flow: dict[str, Any]) -> dict[str, Any]:
        body = {"id": flow["id"], "name": flow["name"], "type": flow["type"], "selfUri": f"/api/v2/flows/{flow['id']}"}
        if flow["published"]:
            body["publishedVersion"] = {"id": flow["version"], "name": flow["version"], "type": "PUBLISH"}
        return body

    def search(self, request: Request) -> Response:
        name = request.args.get("name", "")
        kind = request.args.get("type", "")
        size = min(int(request.args.get("pageSize", 25)), self.page_size_cap)
        number = int(request.args.get("pageNumber", 1))
        # Like the platform: the name filter is a loose match, not an exact one.
        found = [f for f in self.flows.values() if name.lower() in f["name"].lower() and f["type"].lower() == kind.lower()]
        page = found[(number - 1) * size: number * size]
        count = max(1, -(-len(found) // size))
        return self.json(200, {"entities": [self.summary(f) for f in page], "pageNumber": number, "pageSize": size,
                               "total": len(found), "pageCount": count})

    @staticmethod
    def json(status: int, body: Any) -> Response:
        return Response(json.dumps(body), status=status, content_type="application/json")


@pytest.fixture(scope="session")
def loopback_server() -> Iterator[HTTPServer]:
    """One threaded server for the whole session (stopping one takes half a second)."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def platform(loopback_server: HTTPServer) -> Iterator[FakeGenesys]:
    """A fresh fake platform for each test on the shared server."""
    fake = FakeGenesys(loopback_server)
    loopback_server.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
    yield fake
    fake.release.set()
    loopback_server.clear()


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch, platform: FakeGenesys, tmp_path: Any, clock: FakeClock) -> FakeGenesys:
    """Environment as a user who automates Genesys Cloud has it, pointed at the fake platform; time is the fake
    `clock`: retries wait on it (`waits`), and a slow platform moves it on."""
    monkeypatch.setenv("GENESYSCLOUD_OAUTHCLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("GENESYSCLOUD_OAUTHCLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.delenv("GENESYSCLOUD_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("GENESYSCLOUD_REGION", "eu-west-1")
    monkeypatch.setenv("FLOWLINT_BASE_URL", platform.url)
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", str(tmp_path / "cache"))
    platform.clock = clock
    platform.waits = clock.slept
    return platform
