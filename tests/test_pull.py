"""`flowlint pull` and `check --fetch` against a fake Genesys Cloud on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.clock import FakeClock

from conftest import codes, flowlint
from fake_genesys import CLIENT_SECRET, TOKEN, FakeGenesys, error_body

INPUTS = {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"},
          "Flow.dates": {"type": "array", "items": {"type": "string"}}}


def pull(store: Path, *args: str) -> tuple[int, str, str]:
    result = flowlint("pull", "--contracts", str(store), *args)  # time is the `clock` fixture's: no short timeout needed
    return result.exit_code, result.stdout, result.stderr


def test_pull_writes_a_stable_snapshot(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("Order follow-up", INPUTS, required=["Flow.customerName"], version="3.0")
    code, out, err = pull(tmp_path, flow_id)
    assert code == 0, err
    path = tmp_path / f"{flow_id}.json"
    snapshot = json.loads(path.read_text())
    assert snapshot["flowId"] == flow_id and snapshot["flowName"] == "Order follow-up" and snapshot["flowType"] == "WORKFLOW"
    assert snapshot["versionId"] == "3.0" and snapshot["region"] == credentials.url and snapshot["fetchedAt"].endswith("Z")
    assert snapshot["inputSchema"]["properties"] == INPUTS
    assert list(snapshot) == sorted(snapshot)
    assert f"wrote {path}" in out and "3 inputs" in out
    before = path.read_bytes()
    code, out, _ = pull(tmp_path, flow_id)
    assert code == 0 and "unchanged" in out and path.read_bytes() == before  # re-pull: no diff


def test_pull_rewrites_when_the_flow_changed(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("Order follow-up", INPUTS)
    pull(tmp_path, flow_id)
    credentials.flows[flow_id]["schema"]["properties"]["Flow.new"] = {"type": "boolean"}
    code, out, _ = pull(tmp_path, flow_id)
    assert code == 0 and "wrote" in out
    assert "Flow.new" in json.loads((tmp_path / f"{flow_id}.json").read_text())["inputSchema"]["properties"]


def test_pull_by_exact_name_walks_every_page(credentials: FakeGenesys, tmp_path: Path) -> None:
    for n in range(5):
        credentials.add_flow(f"Order follow-up {n}", {})
    wanted = credentials.add_flow("Order follow-up", INPUTS)
    code, _, err = pull(tmp_path, "--name", "Order follow-up")
    assert code == 0, err
    assert (tmp_path / f"{wanted}.json").exists() and len(list(tmp_path.iterdir())) == 1
    pages = [q for m, p, q in credentials.requests if p == "/api/v2/flows"]
    assert len(pages) == 3 and all("type=workflow" in q for q in pages)


def test_pull_by_name_not_found_or_ambiguous(credentials: FakeGenesys, tmp_path: Path) -> None:
    credentials.add_flow("Order follow-up v2", {})
    code, _, err = pull(tmp_path, "--name", "Order follow-up")
    assert code == 3 and "no workflow is named exactly 'Order follow-up'" in err and "Order follow-up v2" in err
    credentials.add_flow("Twin", {})
    credentials.add_flow("Twin", {})
    code, _, err = pull(tmp_path, "--name", "Twin")
    assert code == 3 and "2 workflows are named 'Twin'" in err


def test_progress_is_shown_for_many_flows(credentials: FakeGenesys, tmp_path: Path) -> None:
    ids = [credentials.add_flow(f"Flow {n}", INPUTS) for n in range(3)]
    code, out, _ = pull(tmp_path, *ids)
    assert code == 0 and "[1/3]" in out and "[3/3]" in out


def test_access_token_from_the_environment(credentials: FakeGenesys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GENESYSCLOUD_OAUTHCLIENT_ID")
    monkeypatch.delenv("GENESYSCLOUD_OAUTHCLIENT_SECRET")
    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", TOKEN)
    flow_id = credentials.add_flow("F", INPUTS)
    assert pull(tmp_path, flow_id)[0] == 0
    assert credentials.token_grants == 0


@pytest.mark.parametrize(("region", "domain"), [("ap-southeast-2", "mypurecloud.com.au"), ("mypurecloud.com.au", "mypurecloud.com.au"),
                                                ("EU-WEST-1", "mypurecloud.ie"), ("https://api.usw2.pure.cloud/", "usw2.pure.cloud")])
def test_regions_by_name_or_domain(region: str, domain: str) -> None:
    from validator.genesys.regions import resolve

    endpoints = resolve(region)
    assert endpoints.api_url == f"https://api.{domain}" and endpoints.login_url == f"https://login.{domain}"


def test_missing_credentials_and_bad_region_are_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GENESYSCLOUD_OAUTHCLIENT_ID", "GENESYSCLOUD_OAUTHCLIENT_SECRET", "GENESYSCLOUD_ACCESS_TOKEN", "FLOWLINT_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GENESYSCLOUD_REGION", "us-east-1")
    flow_id = "00000000-0000-4000-8000-000000000000"
    code, _, err = pull(tmp_path, flow_id)
    assert code == 2 and "GENESYSCLOUD_OAUTHCLIENT_ID" in err
    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", "t")
    code, _, err = pull(tmp_path, flow_id, "--region", "mars-1")
    assert code == 2 and "unknown region" in err
    code, _, err = pull(tmp_path, "../../outside")
    assert code == 2 and "not a flow ID" in err and not (tmp_path.parent / "outside.json").exists()


def test_wrong_secret_is_one_sentence(credentials: FakeGenesys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENESYSCLOUD_OAUTHCLIENT_SECRET", "wrong-secret-value")
    code, _, err = pull(tmp_path, credentials.add_flow("F", {}))
    assert code == 3 and "refused to sign in" in err and "wrong-secret-value" not in err


def test_expired_token_is_renewed_once(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [(401, {}, error_body(401, "bad.credentials", "Invalid login credentials."))]
    code, _, err = pull(tmp_path, flow_id)
    assert code == 0, err
    assert credentials.token_grants == 2


def test_invalid_token_is_one_sentence(credentials: FakeGenesys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", "stale-token-value")
    code, _, err = pull(tmp_path, credentials.add_flow("F", {}))
    assert code == 3 and "(401)" in err and "contextId" in err and "stale-token-value" not in err


def test_forbidden_names_the_permission(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", {})
    credentials.forbidden.add(flow_id)
    code, _, err = pull(tmp_path, flow_id)
    assert code == 3 and "architect:flow:view" in err and "(403)" in err and "contextId" in err


def test_search_forbidden_names_the_view_permission(credentials: FakeGenesys, tmp_path: Path) -> None:
    """GET /api/v2/flows needs architect:flow:view; architect:flow:search is for /api/v2/flows/divisionviews."""
    credentials.faults["/api/v2/flows"] = [(403, {}, error_body(403, "missing.permissions", "Missing permission"))]
    code, _, err = pull(tmp_path, "--name", "x")
    assert code == 3 and "architect:flow:view" in err and "architect:flow:search" not in err


def test_not_found_says_check_id_and_region(credentials: FakeGenesys, tmp_path: Path) -> None:
    code, _, err = pull(tmp_path, "00000000-0000-4000-8000-000000000000")
    assert code == 3 and "(404)" in err and "check the flow ID and the region" in err


def test_unpublished_flow(credentials: FakeGenesys, tmp_path: Path) -> None:
    code, _, err = pull(tmp_path, credentials.add_flow("Draft", {}, published=False))
    assert code == 3 and "no published version" in err


def test_non_workflow_is_pulled_with_a_warning(credentials: FakeGenesys, tmp_path: Path) -> None:
    code, _, err = pull(tmp_path, credentials.add_flow("IVR", {}, flow_type="INBOUNDCALL"))
    assert code == 0 and "only workflows can be launched" in err


def test_rate_limit_honours_retry_after(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    body = error_body(429, "too.many.requests.retry.after", "Rate limit exceeded the maximum. Retry the request in [7] seconds")
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [(429, {"Retry-After": "7"}, body), (429, {"Retry-After": "9999"}, body)]
    code, _, err = pull(tmp_path, flow_id)
    assert code == 0, err
    assert credentials.waits == [7.0, 60.0]  # honoured, and capped


def test_server_errors_are_retried_but_not_501(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [(500, {}, error_body(500, "internal.server.error", "oops")),
                                                       (503, {}, error_body(503, "service.unavailable", "busy"))]
    assert pull(tmp_path, flow_id)[0] == 0
    assert credentials.waits == [0.5, 1.0]  # backoff grows
    other = credentials.add_flow("G", INPUTS)
    credentials.faults[f"/api/v2/flows/{other}"] = [(501, {}, error_body(501, "not.implemented", "no"))]
    code, _, err = pull(tmp_path, other)
    assert code == 3 and "answered 501" in err


RATE_LIMITED = (429, {"Retry-After": "1"}, error_body(429, "too.many.requests.retry.after", "Rate limit exceeded"))


@pytest.mark.parametrize(("faults", "exit_code", "words", "waits"), [
    ([RATE_LIMITED] * 5, 3, "rate-limiting", [1.0] * 4),
    (["timeout"], 0, "wrote", [0.5]),
    (["timeout"] * 5, 3, "within the timeout", [0.5, 1.0, 2.0, 4.0]),
    (["garbage"], 3, "not JSON", []),  # a reply, not a failure to answer: never retried
], ids=["persistent-429", "timeout-then-success", "timeout-every-time", "malformed-json"])
def test_platform_faults(credentials: FakeGenesys, tmp_path: Path, faults: list[str], exit_code: int, words: str,
                         waits: list[float]) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    credentials.faults[f"/api/v2/flows/{flow_id}"] = list(faults)
    code, out, err = pull(tmp_path, flow_id)
    assert code == exit_code and words in out + err, out + err
    assert credentials.waits == waits  # the retries, and only they, waited; on the fake clock
    assert sum(1 for _, path, _ in credentials.requests if path == f"/api/v2/flows/{flow_id}") == len(waits) + 1


def test_unreachable_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", "t")
    code, _, err = pull(tmp_path, "00000000-0000-4000-8000-000000000000", "--base-url", "http://127.0.0.1:9")
    assert code == 3 and "cannot reach" in err
    assert clock.slept == [0.5, 1.0, 2.0, 4.0]  # four waits between five tries, backing off


def test_unwritable_store_and_bad_base_url(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    (tmp_path / "file").write_text("")
    code, _, err = pull(tmp_path / "file" / "store", flow_id)  # the store's parent is a file
    assert code == 3 and "cannot write" in err
    code, _, err = pull(tmp_path, flow_id, "--base-url", "api.example.com")
    assert code == 2 and "not an http(s) URL" in err


def test_offline_round_trip_matches_fetch(credentials: FakeGenesys, tmp_path: Path) -> None:
    """pull -> commit -> check offline gives the same findings as check --fetch."""
    flow_id = credentials.add_flow("Order follow-up", INPUTS, required=["Flow.customerName"])
    payloads = tmp_path / "payloads"
    payloads.mkdir()
    (payloads / "a.json").write_text(json.dumps({"flowId": flow_id, "inputData": {"customerName": "x", "Flow.orderCount": "4"}}))
    (payloads / "b.yaml").write_text(f"flowId: {flow_id}\ninputData:\n  Flow.dates: 2026-03-29\n")
    store = tmp_path / "store"
    assert pull(store, flow_id)[0] == 0
    offline = flowlint("check", "--format", "json", "--contracts", str(store), str(payloads))
    live = flowlint("check", "--format", "json", "--contracts", str(tmp_path / "empty"), "--fetch", str(payloads))
    assert offline.exit_code == live.exit_code == 1
    assert json.loads(offline.stdout) == json.loads(live.stdout)
    assert codes(json.loads(offline.stdout)["diagnostics"]) == ["FL203", "FL204", "FL201", "FL204"]


def test_fetch_is_cached_and_uses_one_client(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    payloads = tmp_path / "p"
    payloads.mkdir()
    for n in range(3):
        (payloads / f"{n}.json").write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.orderCount": n}}))
    for _ in range(2):
        assert flowlint("check", "--fetch", "--contracts", str(tmp_path / "none"), str(payloads)).exit_code == 0
    assert credentials.token_grants == 1
    assert sum(1 for _, p, _ in credentials.requests if p == f"/api/v2/flows/{flow_id}") == 1


def test_fetch_failure_is_on_every_body_launching_the_flow_with_exit_3(credentials: FakeGenesys, tmp_path: Path) -> None:
    bodies = [tmp_path / "a.json", tmp_path / "b.json"]
    for body in bodies:
        body.write_text(json.dumps({"flowId": "00000000-0000-4000-8000-000000000000"}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), *map(str, bodies))
    assert result.exit_code == 3
    found = json.loads(result.stdout)["diagnostics"]
    assert codes(found) == ["FL901", "FL901"] and "(404)" in found[0]["message"]
    assert "00000000-0000-4000-8000-000000000000" in found[0]["message"] and found[0]["pointer"] == "/flowId"
    assert sum(1 for _, p, _ in credentials.requests if p.startswith("/api/v2/flows/0")) == 1  # fetched once


def test_fetch_falls_back_to_a_stale_snapshot_when_the_platform_fails(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    store = tmp_path / "store"
    assert pull(store, flow_id)[0] == 0
    snapshot = store / f"{flow_id}.json"
    snapshot.write_text(snapshot.read_text().replace('"fetchedAt": "2', '"fetchedAt": "1'))  # a very old pull
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [(503, {}, error_body(503, "x", "down"))] * 5
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.orderCount": "1"}}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(store), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 1 and sorted(codes(found)) == ["FL204", "FL209"]  # the warning is in the report
    stale = next(d for d in found if d["code"] == "FL209")
    assert "using the snapshot fetched at 1" in stale["message"] and "could not be refreshed" in stale["message"]


def test_secrets_never_reach_output_logs_or_files(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    credentials.faults[f"/api/v2/flows/{flow_id}"] = [(500, {}, error_body(500, "x", "y")), "garbage"]
    outputs = []
    for args in (("pull", "-v", "--contracts", str(tmp_path / "store"), flow_id),
                 ("pull", "-v", "--contracts", str(tmp_path / "store"), flow_id, "--name", "F"),
                 ("check", "--fetch", "--contracts", str(tmp_path / "other"), str(tmp_path / "store"))):
        result = flowlint(*args)
        outputs += [result.stdout, result.stderr]
    written = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert written and any(b"inputSchema" in w for w in written)
    for secret in (CLIENT_SECRET, TOKEN):
        assert all(secret not in text for text in outputs)
        assert all(secret.encode() not in data for data in written)
    assert any("-> 200" in text for text in outputs)  # the verbose log was there to search


def test_pull_never_writes_through_a_store_linked_out_of_the_project(credentials: FakeGenesys, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / ".flowlint").mkdir(parents=True)
    outside.mkdir()
    (project / "pyproject.toml").write_text("[tool.flowlint]\n")
    (project / ".flowlint" / "flows").symlink_to(outside)
    monkeypatch.chdir(project)
    result = flowlint("pull", flow_id)
    assert result.exit_code == 2 and "outside the project" in result.stderr
    assert list(outside.iterdir()) == []
    result = flowlint("pull", "--contracts", str(outside), flow_id)  # named as it is: written
    assert result.exit_code == 0 and (outside / f"{flow_id}.json").is_file(), result.stderr
    inside = project / "store"
    inside.mkdir()
    (project / "linked").symlink_to(inside)  # a link that stays in the project is followed
    assert flowlint("pull", "--contracts", "linked", flow_id).exit_code == 0
    assert (inside / f"{flow_id}.json").is_file()


def test_a_reply_for_another_flow_is_not_saved_as_this_one(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("Order follow-up", INPUTS)
    asked = "3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f"
    credentials.flows[asked] = credentials.flows[flow_id]  # (a proxy or a stand-in that answers every flow with one)
    code, _, err = pull(tmp_path, asked)
    assert code != 0 and f"answered for flow '{flow_id}' when asked for flow {asked}" in err
    assert not (tmp_path / f"{asked}.json").exists()
    assert pull(tmp_path, flow_id)[0] == 0 and (tmp_path / f"{flow_id}.json").exists()  # (the flow itself is pulled)
