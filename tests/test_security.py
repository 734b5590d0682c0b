"""Contracts, platform replies and repository files are untrusted input: each attack of issue 12, by name.

Every test reproduces an attack (a hostile contract, a fake server on loopback, a file in a temp
directory) and fails without the defence it names.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import validator
from validator.contracts.schema import fast_check, launch_is_valid, launch_schema, launch_validator
from validator.contracts.store import Contract, contract_from_document
from validator.core.clock import FakeClock
from validator.report import FORMATS

from conftest import UUID, UUID2, check_text, codes, diagnostics, flowlint
from fake_genesys import FakeGenesys

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _body(inputs: dict[str, Any]) -> dict[str, Any]:
    return {"flowId": UUID2, "inputData": inputs}


def _store_with(tmp_path: Path, input_schema: dict[str, Any]) -> Path:
    store = tmp_path / "store"
    store.mkdir(exist_ok=True)
    snapshot = {"flowId": UUID2, "flowName": "F", "flowType": "WORKFLOW", "versionId": "1.0",
                "fetchedAt": "2026-01-01T00:00:00Z", "inputSchema": input_schema}
    (store / f"{UUID2}.json").write_text(json.dumps(snapshot))
    return store


# --- 1. A contract reaches outside itself ---------------------------------------------------------

@pytest.mark.parametrize("keyword", ["$ref", "$dynamicRef", "$recursiveRef"])
def test_ref_to_a_local_file_is_fl901_and_the_file_is_never_read(tmp_path: Path, keyword: str) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"enum": ["TOPSECRET-VALUE"]}))
    store = _store_with(tmp_path, {"type": "object", "properties": {"Flow.a": {keyword: secret.as_uri()}}})
    payload = tmp_path / "p.json"
    payload.write_text(json.dumps(_body({"Flow.a": "x"})))
    result = flowlint("check", "--no-color", "--contracts", str(store), str(payload))
    assert result.exit_code == 3
    assert "FL901" in result.stdout and secret.as_uri() in result.stdout
    assert "TOPSECRET" not in result.stdout + result.stderr


def test_ref_to_a_url_makes_no_request(platform: FakeGenesys, tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"$ref": platform.url + "/schema.json"}}}
    found = validator.check(_body({"Flow.a": 1}), contract=schema)
    assert codes([d.to_dict() for d in found.diagnostics]) == ["FL901"]
    assert platform.url + "/schema.json" in found.diagnostics[0].message
    store = _store_with(tmp_path, schema)
    assert flowlint("check", "--contracts", str(store), "-", input=json.dumps(_body({"Flow.a": 1}))).exit_code == 3
    assert platform.requests == []


def test_ref_hidden_behind_an_id_base_makes_no_request(platform: FakeGenesys) -> None:
    """`"$ref": "#"` is local text, but under a nested `$id` naming a server it is that server's document."""
    schema = {"type": "object", "properties": {"Flow.a": {"properties": {"n": {"$id": platform.url + "/x.json",
                                                                               "$ref": "#/definitions/y"}}}}}
    found = validator.check(_body({"Flow.a": {"n": 1}}), contract=schema)
    assert all(d.code in ("FL901", "FL205", "FL204") for d in found.diagnostics)
    assert platform.requests == []


def test_local_refs_still_work() -> None:
    schema = {"id": "http://127.0.0.1:9/never.json", "type": "object", "definitions": {"s": {"type": "string"}},
              "properties": {"Flow.a": {"$ref": "#/definitions/s"}}}
    assert validator.check(_body({"Flow.a": "x"}), contract=schema).ok
    assert [d.code for d in validator.check(_body({"Flow.a": 1}), contract=schema).diagnostics] == ["FL204"]


def test_ref_in_flow_schema_is_a_contract_error_exit_3(tmp_path: Path) -> None:
    contract = tmp_path / "inputs.json"
    contract.write_text(json.dumps({"properties": {"Flow.a": {"$ref": "/etc/passwd"}}}))
    result = flowlint("check", "--flow-schema", str(contract), "fixtures/valid")
    assert result.exit_code == 3 and "'/etc/passwd'" in result.stdout and "root:" not in result.stdout  # FL901 in the report


def test_ref_inside_enum_data_is_data_not_a_reference() -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"enum": [{"$ref": "http://x/"}]}}}
    assert validator.check(_body({"Flow.a": {"$ref": "http://x/"}}), contract=schema).ok


# --- 5. Catastrophic regexes; ECMA-262 semantics (also issue 11) ---------------------------------

def test_catastrophic_pattern_in_a_contract_does_not_hang() -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": "^(a+)+$"}}}
    found = validator.check(_body({"Flow.a": "a" * 34 + "!"}), contract=schema)  # hours with a backtracking engine
    assert [d.code for d in found.diagnostics] == ["FL205"]
    assert validator.check(_body({"Flow.a": "a" * 5000}), contract=schema).ok


def test_catastrophic_pattern_property_does_not_hang() -> None:
    schema = {"type": "object", "patternProperties": {"^(a|aa)+$": {"type": "integer"}}, "additionalProperties": False}
    found = validator.check(_body({"a" * 40 + "!": 1}), contract=schema)
    assert [d.code for d in found.diagnostics] == ["FL202"]


def test_dollar_does_not_match_before_a_final_newline_in_the_bundled_schema() -> None:
    body = {"flowId": UUID + "\n"}
    assert not launch_is_valid()(body)
    assert not launch_validator().is_valid(body)
    assert "FL104" in codes(check_text(json.dumps(body)))


def test_dollar_does_not_match_before_a_final_newline_in_contracts() -> None:
    schema = {"type": "object", "properties": {"Flow.id": {"type": "string", "pattern": "^[0-9a-f]+$"}}}
    contract = contract_from_document(schema, "x")
    assert contract.is_valid({"Flow.id": "abc"}) and not contract.is_valid({"Flow.id": "abc\n"})
    assert not contract.validator.is_valid({"Flow.id": "abc\n"})
    assert [d.code for d in validator.check(_body({"Flow.id": "abc\n"}), contract=schema).diagnostics] == ["FL205"]


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (r"^\d+$", "١٢٣", False),  # ECMA \d is ASCII; Python's is every Unicode digit
    (r"^\w+$", "é", False),
    (r"^\s$", "\u00a0", True),  # ECMA \s includes no-break space and BOM
    (r"^\s$", "\ufeff", True),
    (r"^.$", "\u2028", False),  # ECMA . stops at every line terminator
    (r"^.$", "😀", True),
    (r"^\u0041$", "A", True),
    (r"^[^]$", "\n", True),
    (r"^a{2}$", "aa", True),
    (r"^a{,2}$", "a{,2}", True),  # Annex B: not a quantifier
    (r"^[[:alpha:]]$", "[:alpha:]]"[:1] + "]", True),  # ECMA: a class of [ : a l p h, then ]
    (r"(?=a)a", "a", True),  # lookahead: RE2 cannot, so the pattern is unknown and passes
])
def test_ecma_semantics(pattern: str, text: str, matches: bool) -> None:
    from validator.contracts.ecma_regex import compile_pattern

    assert compile_pattern(pattern).search(text) is matches
    assert compile_pattern(pattern).search(text) is matches  # the second time from the pattern's memo of short texts


def test_a_pattern_memo_keeps_each_texts_own_answer() -> None:
    from validator.contracts.ecma_regex import compile_pattern

    pattern = compile_pattern("^Flow\\.")
    names = [f"Flow.input{n}" if n % 2 else f"input{n}" for n in range(3000)]  # more than the memo keeps
    assert [pattern.search(name) for name in names] == [n % 2 == 1 for n in range(3000)]
    assert [pattern.search(name) for name in names] == [n % 2 == 1 for n in range(3000)]
    assert pattern.search("Flow." + "x" * 500) and not pattern.search("flow." + "x" * 500)  # too long to keep: matched


_NEAR_PATTERN_TEXT = st.text(st.sampled_from([*"0123456789abcdefABCDEFgG-Flow.flow \n\r\u2028\u0661\ud800\xe9\U0001f600"]),
                              max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_NEAR_PATTERN_TEXT, st.tuples(_NEAR_PATTERN_TEXT, st.uuids().map(str), _NEAR_PATTERN_TEXT).map(
    lambda parts: "".join(parts)), st.uuids().map(lambda uuid: str(uuid).upper())))
def test_the_bundled_schemas_patterns_match_as_the_engines_do(text: str) -> None:
    """The bundled schema's patterns are matched without RE2 or regress (a launch file's check loads neither): each
    answers as the engines would, on texts close to matching, with line ends, non-ASCII digits and lone surrogates."""
    from validator.contracts import ecma_regex

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ecma_regex, "_BUNDLED", {})
        engines = {source: ecma_regex.EcmaPattern(source) for source in _BUNDLED_SOURCES}  # regress accepts each
    assert all(engine.known for engine in engines.values())  # and RE2 expresses each
    for source, engine in engines.items():
        assert ecma_regex.compile_pattern(source).search(text) is engine.search(text), source


_BUNDLED_SOURCES = ("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "^Flow\\.")


def test_the_bundled_table_holds_the_bundled_schemas_patterns() -> None:
    from validator.contracts import ecma_regex

    def patterns(node: Any) -> set[str]:
        if isinstance(node, dict):
            own = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
            return own.union(*(patterns(value) for value in node.values()))
        return set().union(*(patterns(value) for value in node)) if isinstance(node, list) else set()

    assert set(ecma_regex._BUNDLED) == set(_BUNDLED_SOURCES) == patterns(launch_schema())


@pytest.mark.parametrize(("pattern", "good", "bad"), [("^(?<year>[0-9]{4})$", "2024", "24"), ("^[^]{2}$", "a\n", "abc")])
def test_valid_ecma_patterns_that_python_refuses_are_applied(pattern: str, good: str, bad: str) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": pattern}}}
    assert validator.check(_body({"Flow.a": good}), contract=schema).ok
    assert [d.code for d in validator.check(_body({"Flow.a": bad}), contract=schema).diagnostics] == ["FL205"]


@pytest.mark.parametrize("pattern", ["(?i)abc", "a(?P<n>b)", "\\", "(", "a**"])
def test_pattern_that_is_not_ecma_is_fl901(pattern: str) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "string", "pattern": pattern}}}
    found = validator.check(_body({"Flow.a": "x"}), contract=schema)
    assert [d.code for d in found.diagnostics] == ["FL901"]


patterns = st.sampled_from([r"^[0-9]+$", r"^Flow\.", r"^\s*$", r"^.$", r"^\w+$", r"^\d{2}$", "^é+$", r"[😀-😂]", r"\S$",
                            r"^(a+)+$", r"^[^\n]*$"])
texts = st.text(alphabet=st.sampled_from(list("a09é😀 \n\r\t\u2028\u00a0\ufeff\ud800.Flow")), max_size=8)


@SETTINGS
@given(patterns, st.lists(texts, max_size=3), st.dictionaries(texts, st.integers(), max_size=3))
def test_fast_and_explaining_validators_agree_on_patterns_with_newlines_and_unicode(
        pattern: str, values: list[str], extra: dict[str, int]) -> None:
    schema = {"type": "object", "properties": {"Flow.a": {"type": "array", "items": {"type": "string", "pattern": pattern}}},
              "patternProperties": {pattern: {"type": "integer"}}}
    contract = Contract(schema, "x")
    inputs: dict[str, Any] = {"Flow.a": values, **extra}
    assert contract.is_valid(inputs) == contract.validator.is_valid(inputs)


@SETTINGS
@given(st.sampled_from([UUID, UUID + "\n", "\n" + UUID, UUID.upper(), "８f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"]),
       st.sampled_from(["Flow.a", "Flow.\n", "flow.a", "Flow.é"]))
def test_fast_and_explaining_validators_agree_on_the_envelope_with_newlines(flow_id: str, key: str) -> None:
    body: dict[str, Any] = {"flowId": flow_id, "inputData": {key: 1}}
    schema = launch_schema()
    fast = fast_check(schema)
    assert fast is not None and fast(body) == launch_validator().is_valid(body)
    assert jsonschema.Draft202012Validator(schema).is_valid(body) in (True, False)


def test_json_output_is_parseable_for_pattern_findings() -> None:
    found = diagnostics("--stdin-filename", "b.json", "-", input=json.dumps({"flowId": UUID + "\n"}))
    assert found and all(d["file"] == "b.json" for d in found)


# --- 2. A reply writes outside the store -----------------------------------------------------------

@pytest.mark.parametrize("hostile_id", ["../../../pwned", "/tmp/flowlint-pwned", None, "", "..", "a" * 300, {"x": 1},
                                        UUID + "/../../x", UUID + "\n"])
def test_search_reply_id_never_names_a_file(credentials: FakeGenesys, tmp_path: Path, hostile_id: Any) -> None:
    from werkzeug import Response

    entity = {"name": "Evil", "type": "WORKFLOW"} | ({} if hostile_id is None else {"id": hostile_id})
    page = {"entities": [entity], "pageNumber": 1, "pageSize": 25, "total": 1, "pageCount": 1}
    credentials.faults["/api/v2/flows"] = [Response(json.dumps(page), content_type="application/json")]
    store = tmp_path / "a" / "b" / "store"
    result = flowlint("pull", "--contracts", str(store), "--name", "Evil")
    assert result.exit_code == 3 and "is not a flow ID" in result.stderr
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    assert not Path("/tmp/flowlint-pwned.json").exists()
    assert not any(path.startswith("/api/v2/flows/") for _, path, _ in credentials.requests)


# --- 3. Secrets in output ---------------------------------------------------------------------------

def _all_output(result: Any) -> str:
    return str(result.stdout) + str(result.stderr)


def test_sign_in_reply_echoing_the_basic_credentials_is_redacted(credentials: FakeGenesys, tmp_path: Path) -> None:
    import base64

    from werkzeug import Response

    from fake_genesys import CLIENT_ID, CLIENT_SECRET

    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    echo = {"error": "invalid_client", "error_description": f"bad request Authorization: Basic {basic} secret={CLIENT_SECRET}"}
    credentials.faults["/oauth/token"] = [Response(json.dumps(echo), status=401, content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path), UUID)
    assert result.exit_code == 3 and "refused to sign in" in result.stderr
    assert basic not in _all_output(result) and CLIENT_SECRET not in _all_output(result)


def test_error_body_echoing_the_bearer_token_never_reaches_stdout_or_sarif(credentials: FakeGenesys, tmp_path: Path) -> None:
    from werkzeug import Response

    from fake_genesys import TOKEN

    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}}, flow_id=UUID2)
    body = {"message": f"denied for Authorization: Bearer {TOKEN} ({TOKEN})", "code": "missing.permissions", "status": 403,
            "contextId": "c" * 100_000 + TOKEN}
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(json.dumps(body), status=403, content_type="application/json")]
    payload = tmp_path / "p.json"
    payload.write_text(json.dumps(_body({"Flow.a": "x"})))
    for output in ("text", "sarif", "json"):
        credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(json.dumps(body), status=403,
                                                                   content_type="application/json")]
        result = flowlint("check", "--fetch", "--format", output, "--contracts", str(tmp_path / "none"), str(payload))
        assert result.exit_code == 3 and "FL901" in result.stdout
        assert TOKEN not in _all_output(result)
        assert "c" * 300 not in result.stdout  # contextId is capped, not copied unbounded


@pytest.mark.parametrize("command", ["pull", "check"])
def test_userinfo_in_base_url_is_refused_and_never_echoed(credentials: FakeGenesys, tmp_path: Path, command: str) -> None:
    url = credentials.url.replace("http://", "http://admin:hunter2pass@")
    args = ["pull", "--contracts", str(tmp_path), UUID] if command == "pull" else ["check", "--fetch", "fixtures/valid"]
    result = flowlint(*args, "--base-url", url)
    assert result.exit_code == 2 and "user name or password" in result.stderr
    assert "hunter2pass" not in _all_output(result)
    assert credentials.requests == [] and list(tmp_path.iterdir()) == []


def test_redaction_of_server_text() -> None:
    from validator.genesys.redact import server_text

    shown = server_text('x Bearer abc.def-ghi {"access_token": "tok123456", "password":"p4ssw0rd"} '
                        "eyJhbGciOi.eyJzdWIiOiIx.sig \x1b[31mred\n::error::x")
    for secret in ("abc.def-ghi", "tok123456", "p4ssw0rd", "eyJhbGciOi", "\x1b", "\n"):
        assert secret not in shown
    assert len(server_text("x" * 10_000)) == 200


# --- 4. Unbounded network ---------------------------------------------------------------------------

class RawServer:
    """A loopback server that answers every connection with `reply(conn)`: for replies no HTTP framework sends."""

    def __init__(self, reply: Any) -> None:
        import socket
        import threading

        self.reply = reply
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        import threading

        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn: Any) -> None:
        with conn:
            try:
                conn.recv(65536)
                self.reply(conn)
            except OSError:
                pass  # the client hung up: what a bounded client does

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FakeClock) -> Any:
    servers: list[RawServer] = []

    def start(reply: Any) -> RawServer:
        server = RawServer(reply)
        servers.append(server)
        monkeypatch.setenv("FLOWLINT_BASE_URL", server.url)
        return server

    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", "tok-raw-0123456789")
    monkeypatch.setenv("GENESYSCLOUD_REGION", "eu-west-1")
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", str(tmp_path / "cache"))
    yield start
    for server in servers:
        server.close()


def _drip(data: bytes, clock: FakeClock, every: float = 0.5, upto: float = 6.0) -> Any:
    """A reply sent a byte at a time, `every` seconds apart on the test's clock: each byte comes well within a
    socket read's timeout, so only a deadline for the whole exchange ends it. After `upto` seconds the server
    stops (the time is past any deadline the test sets) and holds the connection until the client hangs up:
    an event, not a timer, and no real time passes."""
    def reply(conn: Any) -> None:
        for i in range(min(len(data), int(upto / every))):
            conn.sendall(data[i:i + 1])
            clock.advance(every)
        while conn.recv(65536):  # until the client hangs up
            pass
    return reply


@pytest.mark.parametrize("where", ["headers", "body"])
def test_slow_drip_server_cannot_outlive_the_timeout(raw_platform: Any, tmp_path: Path, where: str, clock: FakeClock) -> None:
    body = json.dumps({"id": UUID, "name": "F", "type": "WORKFLOW"}).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    raw_platform(_drip(head + body * 50, clock) if where == "headers"
                 else lambda c: (c.sendall(head), _drip(body * 50, clock)(c)))
    result = flowlint("pull", "--timeout", "3", "--contracts", str(tmp_path / "s"), UUID)
    assert result.exit_code == 3 and "within the timeout (3 s for one whole reply" in result.stderr, result.stderr
    assert "after 5 tries" in result.stderr
    assert clock.slept == [0.5, 1.0, 2.0, 4.0]  # five tries; each ended by its deadline, not by the server


def test_huge_reply_stops_at_the_size_cap(raw_platform: Any, tmp_path: Path) -> None:
    def reply(conn: Any) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" * 65536
        for _ in range(16384):  # 1 GiB, unless the client hangs up
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    raw_platform(reply)
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), UUID)
    assert result.exit_code == 3 and "larger than" in result.stderr and "Traceback" not in result.stderr


def test_gzip_bomb_stops_at_the_size_cap(credentials: FakeGenesys, tmp_path: Path) -> None:
    import gzip

    from werkzeug import Response

    bomb = gzip.compress(b" " * (64 << 20), compresslevel=9)  # 64 KiB that inflate to 64 MiB
    flow_id = credentials.add_flow("F", {})
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(bomb, headers={"Content-Encoding": "gzip"},
                                                               content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id)
    assert result.exit_code == 3 and "once decompressed" in result.stderr


def test_broken_gzip_is_one_sentence(credentials: FakeGenesys, tmp_path: Path) -> None:
    from werkzeug import Response

    flow_id = credentials.add_flow("F", {})
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(b"\x1f\x8b\x08\x00garbage-not-deflate",
                                                               headers={"Content-Encoding": "gzip"},
                                                               content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id)
    assert result.exit_code == 3 and "compression is broken" in result.stderr and "Traceback" not in result.stderr


def test_gzip_reply_within_the_cap_is_read(credentials: FakeGenesys, tmp_path: Path) -> None:
    import gzip

    from werkzeug import Response

    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}})
    summary = {"id": flow_id, "name": "F", "type": "WORKFLOW", "publishedVersion": {"id": "1.0"}}
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(gzip.compress(json.dumps(summary).encode()),
                                                               headers={"Content-Encoding": "gzip"},
                                                               content_type="application/json")]
    assert flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id).exit_code == 0


def test_server_that_always_answers_429_exhausts_a_total_retry_budget(credentials: FakeGenesys, tmp_path: Path) -> None:
    from fake_genesys import error_body

    ids = [credentials.add_flow(f"F{i}", {}) for i in range(4)]
    for flow_id in ids:
        credentials.faults[f"/api/v2/flows/{flow_id}"] = [(429, {"Retry-After": "60"}, error_body(429, "too.many", "slow"))] * 5
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), *ids)
    assert result.exit_code == 3 and "limit for waiting" in result.stderr
    assert sum(credentials.waits) <= 90  # the whole run, not 240 s per request times requests


def test_deeply_nested_reply_is_one_sentence(credentials: FakeGenesys, tmp_path: Path) -> None:
    from werkzeug import Response

    flow_id = credentials.add_flow("F", {})
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response("[" * 100_000 + "]" * 100_000, content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id)
    assert result.exit_code == 3 and "nests too deep" in result.stderr and "Traceback" not in result.stderr


def test_redirect_is_never_followed_or_stored(credentials: FakeGenesys, tmp_path: Path) -> None:
    from werkzeug import Response

    flow_id = credentials.add_flow("F", {})
    summary = {"id": flow_id, "name": "F", "type": "WORKFLOW", "publishedVersion": {"id": "1.0"}, "inputSchema": {}}
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(json.dumps(summary), status=302,
                                                               headers={"Location": "http://127.0.0.1:9/elsewhere"},
                                                               content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id)
    assert result.exit_code == 3 and "follows no redirects" in result.stderr
    assert not (tmp_path / "s").exists() or list((tmp_path / "s").iterdir()) == []


# --- 6. Output and memory blow-ups under the size limit ---------------------------------------------

def test_a_key_repeated_5_000_times_gives_20_findings_and_a_count(tmp_path: Path) -> None:
    payload = tmp_path / "dup.json"
    payload.write_text('{"flowId": "%s", "inputData": {}%s}' % (UUID, ', "a": 1' * 5_000))
    found = diagnostics(str(payload))
    assert codes(found).count("FL002") == 20
    more = [d for d in found if d["code"] == "FL008" and "FL002" in d["message"]]
    assert len(more) == 1 and "4,979 more FL002" in more[0]["message"]
    sarif = json.loads(flowlint("check", "--format", "sarif", str(payload)).stdout)["runs"][0]
    assert sarif["tool"]["driver"]["rules"]  # reached: a whole SARIF log, whose rule documentation is a constant size
    assert len(json.dumps(sarif["results"], indent=2)) < 60_000  # the results were 3.4 MB before the cap, for 30 KB of input


def test_yaml_repeated_keys_are_capped_too() -> None:
    found = check_text(f"flowId: {UUID}\n" + "a: 1\n" * 100, "b.yaml")
    assert codes(found).count("FL002") == 20 and "79 more FL002" in " ".join(d["message"] for d in found)


def test_every_kind_of_finding_is_capped() -> None:
    body = {"flowId": UUID, **{f"extra{i}": i for i in range(100)}}
    found = check_text(json.dumps(body))
    assert codes(found).count("FL102") == 20
    assert any(d["code"] == "FL008" and "80 more FL102" in d["message"] for d in found)


# --- 7. Terminal and CI-log injection ---------------------------------------------------------------

HOSTILE_TEXTS = {
    "osc8-link": "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07",
    "colour": "\x1b[31mred\x1b[0m",
    "bel": "ring\x07",
    "carriage-return": "hidden\rshown",
    "bidi-override": "abc\u202edcba",
    "bidi-isolate": "x\u2066y\u2069",
    "ci-command": "x\n::error file=src/app.py,line=1::forged",
    "line-separator": "a\u2028b",
    "c1-csi": "a\x9b31mb",
}
_RAW = ("\x1b", "\x07", "\r", "\u202e", "\u2066", "\u2028", "\x9b")


def _assert_clean(output: str) -> None:
    assert not any(ch in output for ch in _RAW), repr(output[:500])
    assert not any(line.startswith("::") for line in output.splitlines()), output


@pytest.mark.parametrize("name", list(HOSTILE_TEXTS))
@pytest.mark.parametrize("output", ["text", "github"])
def test_keys_and_values_from_input_cannot_drive_the_terminal_or_ci_log(name: str, output: str) -> None:
    hostile = HOSTILE_TEXTS[name]
    body = json.dumps({"flowId": UUID, hostile: hostile, "inputData": {hostile: 1}, "name": 5})
    result = flowlint("check", "--format", output, "--no-color", "--stdin-filename", "b.json", "-", input=body)
    assert result.exit_code == 1
    if output == "github":
        assert not any(line.startswith("::error file=src/app.py") for line in result.stdout.splitlines())
        assert not any(ch in result.stdout for ch in _RAW)
    else:
        _assert_clean(result.stdout)


@pytest.mark.parametrize("name", ["ci-command", "osc8-link", "carriage-return", "bidi-override"])
def test_file_names_from_the_repository_cannot_forge_lines(tmp_path: Path, name: str) -> None:
    hostile = HOSTILE_TEXTS[name].replace("/", "_")
    payload = tmp_path / f"{hostile}.json"
    payload.write_text('{"flowID": "x"}')
    result = flowlint("check", "--no-color", str(payload))
    assert result.exit_code == 1
    _assert_clean(result.stdout)


def test_flow_names_from_a_snapshot_are_escaped(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    snapshot = {"flowId": UUID2, "flowName": "Evil\x1b]0;pwned\x07\n::error::forged", "flowType": "INBOUNDCALL",
                "inputSchema": {"type": "object", "properties": {}}}
    (store / f"{UUID2}.json").write_text(json.dumps(snapshot))
    result = flowlint("check", "--no-color", "--contracts", str(store), "-", input=json.dumps({"flowId": UUID2}))
    assert "FL206" in result.stdout
    _assert_clean(result.stdout)


def test_library_messages_are_escaped_too() -> None:
    report = validator.check({"flowId": UUID, HOSTILE_TEXTS["ci-command"]: 1})
    _assert_clean(str(report))


def test_non_utf8_file_names_are_strict_json(tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"bad\xff\xfe.json")
    (tmp_path / name).write_text('{"flowID": "x"}')
    for output in ("json", "sarif"):
        result = flowlint("check", "--format", output, str(tmp_path))
        assert result.exit_code == 1
        parsed = json.loads(result.stdout)

        def strings(value: Any) -> Any:
            if isinstance(value, str):
                value.encode("utf-8")  # a lone surrogate would raise here, as strict parsers do
            elif isinstance(value, dict):
                [strings(v) for v in [*value.keys(), *value.values()]]
            elif isinstance(value, list):
                [strings(v) for v in value]

        strings(parsed)


# --- 8. Reading outside the project -----------------------------------------------------------------

@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "payloads").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secrets.json").write_text('{"password": "OUTSIDE-SECRET-VALUE", "flowID": "x"}')
    monkeypatch.chdir(root)
    return root


def test_symlink_to_a_file_outside_the_tree_is_never_read(project: Path) -> None:
    """Walked, it is passed by with an FL010 note (a monorepo's link to a shared config must not fail CI); named, it is
    an FL007 error. Neither shows anything of the target."""
    (project / "payloads" / "evil.json").symlink_to(project.parent / "outside" / "secrets.json")
    for output in FORMATS:
        for args, code, exit_code in ((("payloads",), "FL010", 0), (("payloads/evil.json",), "FL007", 1)):
            result = flowlint("check", "--no-color", "--format", output, *args)
            assert result.exit_code == exit_code and code in result.stdout, (output, args, result.stdout)
            # (the target's key, quoted as the file has it: SARIF's rule help may say "password" in its own words)
            assert "OUTSIDE-SECRET" not in result.stdout + result.stderr and '"password"' not in result.stdout


def test_symlink_to_etc_passwd_shows_none_of_it(project: Path) -> None:
    (project / "payloads" / "passwd.json").symlink_to("/etc/passwd")
    result = flowlint("check", "--no-color", "payloads/passwd.json")
    assert result.exit_code == 1 and "FL007" in result.stdout and "root:" not in result.stdout


def test_symlinked_directory_out_of_the_tree_is_not_followed(project: Path) -> None:
    (project / "payloads" / "linked").symlink_to(project.parent / "outside", target_is_directory=True)
    result = flowlint("check", "--no-color", "payloads")
    assert "OUTSIDE-SECRET" not in result.stdout + result.stderr


def test_symlink_inside_the_tree_is_followed(project: Path) -> None:
    (project / "payloads" / "real.json").write_text(json.dumps({"flowId": UUID}))
    (project / "payloads" / "alias.json").symlink_to(project / "payloads" / "real.json")
    result = flowlint("check", "--no-color", "payloads/alias.json")
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("target", ["/proc/kmsg", "/proc/self/status", "/dev/zero", "/sys/kernel/mm/transparent_hugepage/enabled"])
def test_kernel_and_device_files_are_never_read(project: Path, target: str) -> None:
    if not os.path.exists(target):
        pytest.skip(f"{target} is not on this machine")
    (project / "payloads" / "k.json").symlink_to(target)
    for named in ("payloads/k.json", target):  # through a link, or named outright
        result = flowlint("check", "--no-color", named)
        assert result.exit_code == 1 and "FL007" in result.stdout


def test_fifo_named_outright_does_not_hang(project: Path) -> None:
    fifo = project / "payloads" / "pipe.json"
    os.mkfifo(fifo)
    result = flowlint("check", "--no-color", str(fifo))
    assert result.exit_code == 1 and "FL007" in result.stdout


# --- Snapshots: freshness, permissions, leftovers ---------------------------------------------------

def test_snapshot_dated_in_the_future_is_stale(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}}, flow_id=UUID2)
    store = _store_with(tmp_path, {"type": "object", "properties": {}})
    snapshot = json.loads((store / f"{UUID2}.json").read_text())
    (store / f"{UUID2}.json").write_text(json.dumps(snapshot | {"fetchedAt": "2999-01-01T00:00:00Z"}))
    result = flowlint("check", "--fetch", "--max-age", "0", "--contracts", str(store), "-",
                      input=json.dumps(_body({"Flow.a": "x"})))
    assert result.exit_code == 0, result.stdout  # the fetched contract declares Flow.a; the future one declared nothing
    assert any(path == f"/api/v2/flows/{flow_id}" for _, path, _ in credentials.requests)


@pytest.mark.parametrize(("umask", "existing", "expected"), [(0o022, None, 0o644), (0o002, None, 0o664),
                                                               (0o077, 0o644, 0o644), (0o022, 0o664, 0o664)])
def test_snapshots_follow_the_umask_and_never_narrow_a_file(credentials: FakeGenesys, tmp_path: Path, umask: int,
                                                            existing: int | None, expected: int) -> None:
    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}})
    store = tmp_path / "store"
    store.mkdir()
    target = store / f"{flow_id}.json"
    if existing is not None:
        target.write_text("{}")  # a different snapshot: the pull rewrites it
        target.chmod(existing)
    old = os.umask(umask)
    try:
        assert flowlint("pull", "--contracts", str(store), flow_id).exit_code == 0
    finally:
        os.umask(old)
    assert "inputSchema" in target.read_text()
    assert target.stat().st_mode & 0o777 == expected


def test_temporary_files_of_a_killed_pull_are_removed_next_time(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", {})
    store = tmp_path / "store"
    store.mkdir()
    dead = store / ".flowlint-999999999-abc123.tmp"  # no such process
    old_style = store / ".flowlint-x1y2z3.tmp"
    mine_elsewhere = store / "notes.tmp"
    for leftover in (dead, old_style, mine_elsewhere):
        leftover.write_text("partial")
    assert flowlint("pull", "--contracts", str(store), flow_id).exit_code == 0
    assert not dead.exists() and not old_style.exists() and mine_elsewhere.exists()


# --- Must fail cleanly ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [({"flowId": "11111111-2222-4333-8444-555555555555"}, 0), ({"flowID": UUID}, 1)])
def test_closed_stdout_keeps_the_exit_code_of_the_run(tmp_path: Path, body: dict[str, Any], expected: int) -> None:
    import subprocess
    import sys

    for n in range(50):
        (tmp_path / f"{n}.json").write_text(json.dumps(body))
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written, as with `| head -0`
    try:
        done = subprocess.run([sys.executable, "-m", "validator", "check", "--no-color", str(tmp_path)], stdout=write_end,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert done.returncode == expected and b"Traceback" not in done.stderr, done.stderr


# --- The httpx guard checks what the server would route and decode ----------------------------------

def _guarded_client() -> Any:
    import httpx

    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"id": "run"})

    client = validator.guard(httpx.Client(base_url="https://api.mypurecloud.com", transport=httpx.MockTransport(answer)))
    client.sent = sent
    return client


BAD_LAUNCH = {"flowID": UUID, "inputData": {"Flow.a": 1}}


@pytest.mark.parametrize("path", ["/API/V2/FLOWS/EXECUTIONS", "/api/v2/flows/executions;jsessionid=1", "//api/v2//flows/executions/",
                                  "/api/v2/flows/%65xecutions", "/api/v2/flows;x=1/executions"])
def test_guard_sees_every_spelling_of_the_launch_path(path: str) -> None:
    client = _guarded_client()
    with pytest.raises(validator.InvalidLaunchRequest):
        client.post("https://api.mypurecloud.com" + path, json=BAD_LAUNCH)
    assert client.sent == []


def test_guard_sees_a_flow_id_in_any_spelling_of_the_path() -> None:
    client = _guarded_client()
    with pytest.raises(validator.InvalidLaunchRequest, match="flow ID in the URL"):
        client.post(f"/API/v2//flows/Executions/{UUID}", json={"flowId": UUID})
    assert client.sent == []


def test_guard_parses_a_json_declared_body_as_json_not_yaml() -> None:
    client = _guarded_client()
    yaml_body = f"flowId: {UUID}\n".encode()
    with pytest.raises(validator.InvalidLaunchRequest):
        client.post("/api/v2/flows/executions", content=yaml_body, headers={"Content-Type": "application/json"})
    assert client.sent == []


@pytest.mark.parametrize("encode", ["gzip", "utf-16", "utf-16-charset"])
def test_guard_decodes_what_the_server_decodes(encode: str) -> None:
    import gzip

    client = _guarded_client()
    good, bad = json.dumps({"flowId": UUID2}), json.dumps(BAD_LAUNCH)
    for body, ok in ((good, True), (bad, False)):
        headers = {"Content-Type": "application/json"}
        if encode == "gzip":
            data = gzip.compress(body.encode())
            headers["Content-Encoding"] = "gzip"
        elif encode == "utf-16":
            data = body.encode("utf-16")  # with its byte order mark
        else:
            data = body.encode("utf-16-le")
            headers["Content-Type"] = "application/json; charset=UTF-16LE"
        if ok:
            client.post("/api/v2/flows/executions", content=data, headers=headers)
        else:
            with pytest.raises(validator.InvalidLaunchRequest, match="flowID"):
                client.post("/api/v2/flows/executions", content=data, headers=headers)
    assert len(client.sent) == 1


# --- Library caches are bounded by size ---------------------------------------------------------------

def test_library_caches_are_bounded_by_size_not_count() -> None:
    from validator.contracts.ecma_regex import compile_pattern
    from validator.core import suggest

    for n in range(12):
        huge = f"{n}" + "k" * (1 << 18)  # 256 KiB keys, each kept whole before
        validator.check({"flowId": UUID, huge: 1, "inputData": {huge: 1}, "flowid" + huge[:5000]: 1})
        validator.check({"flowId": huge})
        compile_pattern(f"^a{{{n}}}" + "b" * 9000)
    assert suggest.normalize.cache_size() <= 1 << 20  # type: ignore[attr-defined]
    assert suggest._closest.cache_size() <= 4 << 20  # type: ignore[attr-defined]
    assert compile_pattern.cache_size() <= 1 << 20  # type: ignore[attr-defined]
    store = validator.api.check._store(".flowlint/flows")
    assert all(len(flow_id) == 36 for flow_id, _version in store._cache)


# --- Limit messages say what happened -------------------------------------------------------------

def test_size_limit_message_differs_when_rounding_would_hide_it(tmp_path: Path) -> None:
    payload = tmp_path / "big.json"
    payload.write_bytes(b" " * (1048576 + 1))
    found = diagnostics("--max-file-size", "1048576", str(payload))
    message = found[0]["message"]
    assert "1,048,577 bytes" in message and "1,048,576 bytes" in message


def test_block_yaml_too_deep_never_says_minus_one_levels() -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(3000)) + "  " * 3000 + "v\n"
    found = validator.check(text.encode(), kind="yaml").diagnostics
    assert found and all("-1" not in d.message for d in found)


def test_many_plain_yaml_keys_are_not_called_an_alias_bomb() -> None:
    from validator.sources.yaml_source import parse

    text = "".join(f"k{i}: {i}\n" for i in range(3000))
    plain = parse(text, max_nodes=1000, max_depth=50)
    assert "alias" not in plain.message and "more than 1,000 values" in plain.message  # type: ignore[union-attr]
    bomb = parse("a: &a [1, 2, 3, 4, 5, 6, 7, 8]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
                 max_nodes=100, max_depth=50)
    assert "aliases" in bomb.message  # type: ignore[union-attr]


def test_yaml_contract_alias_bomb_is_refused(tmp_path: Path) -> None:
    contract = tmp_path / "inputs.yaml"
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    contract.write_text("\n".join(lines) + "\nproperties: {}\n")  # 1.2 KB that expands to 10^9 values
    result = flowlint("check", "--flow-schema", str(contract), "fixtures/valid")
    assert result.exit_code == 3 and "FL901" in result.stdout and "aliases" in result.stdout  # in the report, every format


def test_deep_contract_is_a_contract_problem_not_fl005_on_the_body(tmp_path: Path) -> None:
    contract = tmp_path / "deep.json"
    contract.write_text('{"properties": {"p": ' * 350 + "{}" + "}}" * 350)  # 700 levels
    result = flowlint("check", "--flow-schema", str(contract), "fixtures/valid")
    assert result.exit_code == 3 and "FL901" in result.stdout and "--flow-schema" in result.stdout
    assert "FL005" not in result.stdout


def test_snapshot_symlinked_out_of_the_project_is_not_read(project: Path) -> None:
    outside = project.parent / "outside" / "leak.json"
    outside.write_text(json.dumps({"properties": {"Flow.a": {"enum": ["OUTSIDE-SECRET-VALUE"]}}}))
    store = project / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{UUID2}.json").symlink_to(outside)
    result = flowlint("check", "--no-color", "-", input=json.dumps(_body({"Flow.a": "x"})))
    assert "FL901" in result.stdout and "OUTSIDE-SECRET" not in result.stdout


def test_the_run_has_a_total_budget_for_talking_to_the_platform(credentials: FakeGenesys) -> None:
    from validator.genesys.client import Credentials, GenesysClient, GenesysError
    from validator.genesys.regions import resolve

    client = GenesysClient(resolve(None, credentials.url), Credentials(access_token="tok-0123456789"), run_budget=0.0)
    with pytest.raises(GenesysError, match="spent"):
        client.get("/api/v2/flows/x")
    assert credentials.requests == []


def test_a_reply_echoing_the_token_never_reaches_the_committed_snapshot(credentials: FakeGenesys, tmp_path: Path) -> None:
    from werkzeug import Response

    from fake_genesys import TOKEN

    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}})
    summary = {"id": flow_id, "name": f"F (called with {TOKEN})", "type": "WORKFLOW", "publishedVersion": {"id": "1.0"}}
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [Response(json.dumps(summary), content_type="application/json")]
    result = flowlint("pull", "--contracts", str(tmp_path / "s"), flow_id)
    assert result.exit_code == 0
    written = (tmp_path / "s" / f"{flow_id}.json").read_text()
    assert TOKEN not in written and TOKEN not in _all_output(result) and "inputSchema" in written
    json.loads(written)


def test_redaction_keeps_ordinary_words() -> None:
    from validator.genesys.redact import server_text

    assert server_text("Basic authentication failed: the token expired") == "Basic authentication failed: the token expired"


def test_big_yaml_is_refused_before_the_parser_builds_its_nodes(tmp_path: Path) -> None:
    payload = tmp_path / "big.yaml"
    payload.write_text(f"flowId: {UUID}\n" + "a: 1\n" * 300_000)  # 1.5 MB: 470 MB of nodes and 40 s before
    found = diagnostics(str(payload))
    assert codes(found) == ["FL010"] and "flowlint reads YAML up to 1,048,576" in found[0]["message"]
    as_json = tmp_path / "big.json"
    as_json.write_text(json.dumps({"flowId": UUID, "pad": "x" * 1_500_000}))
    assert "FL005" not in codes(diagnostics(str(as_json)))  # JSON of that size is read as before


@pytest.mark.parametrize("input_schema", [
    # a subschema naming a draft: jsonschema's evolve took the class it registered for that draft
    {"type": "object", "properties": {"Flow.a": {"$schema": "http://json-schema.org/draft-07/schema#", "pattern": "^a$",
                                                 "multipleOf": 1}}},
    # a $ref to the root, which names its draft: the same
    {"type": ["object", "string"], "pattern": "^a$", "properties": {"Flow.a": {"$ref": "#"}}},
])
def test_a_subschema_naming_its_draft_is_still_checked_the_ecma_way(input_schema: dict[str, Any]) -> None:
    """That class's `pattern` is Python's re: `$` matched before a final newline (so "a\\n" passed `^a$`), it backtracks
    (`^(a+)+$` against 25 a's and a "!" took 3 s, each more a doubling) and its steps were not counted."""
    from validator.contracts.store import Contract
    from validator.rules.inputs import check_inputs

    contract = Contract(source="test", flow_id=UUID, input_schema=input_schema)
    found = check_inputs({"flowId": UUID, "inputData": {"Flow.a": "a\n"}}, contract)
    assert [(f.code, f.path) for f in found] == [("FL205", ("inputData", "Flow.a"))] and "^a$" in found[0].message
    assert check_inputs({"flowId": UUID, "inputData": {"Flow.a": "a"}}, contract) == []  # reached: the pattern matches
