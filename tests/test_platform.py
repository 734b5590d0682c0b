"""True to the platform: values it reads leniently, pinned versions, sign-in hosts, contracts that fail loudly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import validator
import validator.run.live
from validator.genesys.regions import resolve

from conftest import UUID, check_text, codes, flowlint
from fake_genesys import FakeGenesys

INPUTS = {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}}
CONTRACT = {"type": "object", "required": ["Flow.customerName"],
            "properties": {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}}}


def test_null_name_and_input_data_are_warnings_with_a_fix() -> None:
    found = [d for d in check_text(json.dumps({"flowId": UUID, "name": None, "inputData": None}), "body.json", "--contracts", "none")
             if d["code"] != "FL200"]
    assert [(d["code"], d["severity"], d["pointer"]) for d in found] == [("FL107", "warning", "/name"),
                                                                          ("FL107", "warning", "/inputData")]
    assert [d["help"] for d in found] == ["remove `name` (null is read as absent)", "remove `inputData` (null is read as absent)"]


def test_null_input_data_still_misses_the_required_inputs() -> None:
    report = validator.check({"flowId": UUID, "inputData": None}, contract=CONTRACT)
    assert sorted(d.code for d in report.diagnostics) == ["FL107", "FL201"] and not report.ok


def test_wrong_types_for_name_and_input_data_are_still_errors() -> None:
    found = [d for d in check_text(json.dumps({"flowId": UUID, "name": 3, "inputData": "x"}), "body.json", "--contracts", "none")
             if d["code"] != "FL200"]
    assert codes(found) == ["FL105", "FL105"] and "or null" not in json.dumps(found)


# --- sign-in ---------------------------------------------------------------------------------------------------

def pull(store: Path, *args: str) -> tuple[int, str, str]:
    result = flowlint("pull", "--contracts", str(store), *args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("base", "login"), [("https://api.mypurecloud.ie", "https://login.mypurecloud.ie"),
                                             ("https://api.usw2.pure.cloud/", "https://login.usw2.pure.cloud"),
                                             ("http://127.0.0.1:8080", "http://127.0.0.1:8080")])
def test_base_url_signs_in_at_the_login_host_like_the_sdk(base: str, login: str) -> None:
    endpoints = resolve(None, base)
    assert endpoints.api_url == base.rstrip("/") and endpoints.login_url == login
    assert resolve(None, base, "https://sso.example.com/").login_url == "https://sso.example.com"


@pytest.mark.parametrize("name", ["eu_west_1", "EU_WEST_1", "eu-west-1", "mypurecloud.ie"])
def test_region_names_in_the_sdk_style(name: str) -> None:
    assert resolve(name).api_url == "https://api.mypurecloud.ie" and resolve(name).login_url == "https://login.mypurecloud.ie"


def test_sign_in_goes_to_the_login_url_and_verbose_logs_method_and_host(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    port = credentials.url.rsplit(":", 1)[1]
    login = f"http://localhost:{port}"  # the same server under another host name
    code, _, err = pull(tmp_path, flow_id, "-v", "--login-url", login)
    assert code == 0, err
    assert ("POST", f"localhost:{port}", "/oauth/token") in credentials.hosts
    assert all(host == f"127.0.0.1:{port}" for method, host, path in credentials.hosts if path != "/oauth/token")
    assert f"POST http://localhost:{port}/oauth/token -> 200" in err
    assert f"GET http://127.0.0.1:{port}/api/v2/flows/{flow_id} -> 200" in err


def test_login_url_from_the_environment(credentials: FakeGenesys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    port = credentials.url.rsplit(":", 1)[1]
    monkeypatch.setenv("FLOWLINT_LOGIN_URL", f"http://localhost:{port}")
    assert pull(tmp_path, credentials.add_flow("F", INPUTS))[0] == 0
    assert [host for method, host, path in credentials.hosts if path == "/oauth/token"] == [f"localhost:{port}"]
    code, _, err = pull(tmp_path, credentials.add_flow("G", INPUTS), "--login-url", "login.example.com")
    assert code == 2 and "login URL" in err


def test_refused_sign_in_shows_the_oauth_error_but_never_the_secret(credentials: FakeGenesys, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENESYSCLOUD_OAUTHCLIENT_SECRET", "wrong-secret-value")
    credentials.sign_in_refusal = "Client authentication failed for secret wrong-secret-value\x1b[31m"
    code, _, err = pull(tmp_path, credentials.add_flow("F", {}))
    assert code == 3 and "invalid_client" in err and "Client authentication failed" in err
    assert "wrong-secret-value" not in err and "\x1b" not in err


# --- versions --------------------------------------------------------------------------------------------------

def store_with(tmp_path: Path, flow_id: str, version: str | None, properties: dict[str, Any], version_id: str) -> Path:
    store = tmp_path / "store"
    store.mkdir(exist_ok=True)
    name = f"{flow_id}.json" if version is None else f"{flow_id}@{version}.json"
    (store / name).write_text(json.dumps({"flowId": flow_id, "flowName": "Order follow-up", "versionId": version_id,
                                          "inputSchema": {"type": "object", "properties": properties}}))
    return store


def test_a_pinned_version_is_checked_against_that_version(tmp_path: Path) -> None:
    store = store_with(tmp_path, UUID, None, INPUTS, "3.0")
    store_with(tmp_path, UUID, "2.0", {**INPUTS, "Flow.legacy": {"type": "string"}}, "2.0")
    body = {"flowId": UUID, "flowVersion": "2.0", "inputData": {"Flow.legacy": "x"}}
    assert validator.check(body, contracts=store).diagnostics == []
    published = {"flowId": UUID, "inputData": {"Flow.legacy": "x"}}
    assert [d.code for d in validator.check(published, contracts=store).diagnostics] == ["FL202"]
    exact = {"flowId": UUID, "flowVersion": "3.0", "inputData": {"Flow.orderCount": "2"}}  # the published snapshot is 3.0
    assert [d.code for d in validator.check(exact, contracts=store).diagnostics] == ["FL204"]


def test_a_pinned_version_without_its_contract_is_one_warning_naming_the_version_used(tmp_path: Path) -> None:
    store = store_with(tmp_path, UUID, None, INPUTS, "3.0")
    body = {"flowId": UUID, "flowVersion": "2.0", "inputData": {"Flow.legacy": "x", "Flow.orderCount": "2"}}
    report = validator.check(body, contracts=store)
    assert report.ok and [(d.code, d.severity.value, d.pointer) for d in report.diagnostics] == [
        ("FL207", "warning", "/flowVersion")]
    message = report.diagnostics[0].message
    assert "flowVersion 2.0" in message and "checked against version 3.0" in message and "Flow.legacy" in message
    assert f"flowlint pull {UUID} --version 2.0" in report.diagnostics[0].help
    clean = validator.check({**body, "inputData": {"Flow.customerName": "x"}}, contracts=store).diagnostics
    assert [d.code for d in clean] == ["FL207"] and "which accepts them" in clean[0].message


def test_pull_version_snapshots_that_version_beside_the_published_one(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS, version="3.0", versions={"2.0": {"Flow.legacy": {"type": "string"}}})
    assert pull(tmp_path, flow_id)[0] == 0
    code, out, err = pull(tmp_path, flow_id, "--version", "2.0")
    assert code == 0, err
    pinned = json.loads((tmp_path / f"{flow_id}@2.0.json").read_text())
    assert pinned["versionId"] == "2.0" and list(pinned["inputSchema"]["properties"]) == ["Flow.legacy"]
    assert json.loads((tmp_path / f"{flow_id}.json").read_text())["versionId"] == "3.0"  # kept apart
    assert "version 2.0" in out
    body = {"flowId": flow_id, "flowVersion": "2.0", "inputData": {"Flow.legacy": "x"}}
    assert validator.check(body, contracts=tmp_path).diagnostics == []
    code, _, err = pull(tmp_path, flow_id, "--version", "9.0")
    assert code == 3 and "(404)" in err
    code, _, err = pull(tmp_path, flow_id, "--version", "../x")
    assert code == 2 and "not a flow version" in err


def test_fetch_fetches_the_pinned_version(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS, version="3.0", versions={"2.0": {"Flow.legacy": {"type": "string"}}})
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id, "flowVersion": "2.0", "inputData": {"Flow.legacy": 1}}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 1 and codes(found) == ["FL204"], found
    assert ("GET", credentials.url.split("//")[1], f"/api/v2/flows/{flow_id}/versions/2.0") in credentials.hosts
    body.write_text(json.dumps({"flowId": flow_id, "flowVersion": "9.0", "inputData": {"Flow.legacy": 1}}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 0 and codes(found) == ["FL207"]
    assert "version 9.0 was not found" in found[0]["message"] and "checked against version 3.0" in found[0]["message"]


# --- contracts that fail loudly ------------------------------------------------------------------------------

def test_a_type_typo_in_a_contract_is_fl901_naming_the_key(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"Flow.x": {"type": "strin"}}}))
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.x": 1}}))
    result = flowlint("check", "--format", "json", "--flow-schema", str(schema), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 3 and codes(found) == ["FL901"]
    assert "`properties.Flow.x.type`" in found[0]["message"] and 'did you mean "string"' in found[0]["message"]
    assert str(schema) in found[0]["help"] and "FLOW_ID" not in found[0]["help"] and "flowlint pull" not in found[0]["help"]
    with pytest.raises(validator.BrokenContract, match=r"properties\.Flow\.x\.type"):
        validator.load_contract(schema)


@pytest.mark.parametrize("output", ["sarif", "github", "json", "text"])
def test_a_broken_contract_is_in_the_report_in_every_format(tmp_path: Path, output: str) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text("[1, 2")
    result = flowlint("check", "--format", output, "--flow-schema", str(schema), "fixtures/valid")
    assert result.exit_code == 3 and "not valid JSON" in result.stdout
    if output == "sarif":
        results = json.loads(result.stdout)["runs"][0]["results"]
        assert [r["ruleId"] for r in results] == ["FL901"]


def test_declared_inputs_without_the_prefix_get_a_warning(tmp_path: Path) -> None:
    store = store_with(tmp_path, UUID, None, {"customerName": {"type": "string"}}, "1.0")
    found = validator.check({"flowId": UUID}, contracts=store).diagnostics
    assert [(d.code, d.severity.value) for d in found] == [("FL209", "warning")] and "`customerName`" in found[0].message


def test_a_saved_flow_without_an_input_schema_says_to_save_a_version(tmp_path: Path) -> None:
    saved = {"id": UUID, "name": "Order follow-up", "type": "WORKFLOW", "publishedVersion": {"id": "3.0"},
             "selfUri": f"/api/v2/flows/{UUID}"}
    with pytest.raises(validator.BrokenContract, match=r"saved flow .* save a flow version .*flowlint pull"):
        validator.load_contract(saved)


def test_a_version_reply_without_input_schema_means_inputs_unknown(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS, schemaless=True)
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.anything": 1}}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 0 and codes(found) == ["FL200"]  # not FL202: nothing says it declares no inputs
    assert "unknown" in found[0]["message"] and "holds no inputSchema" in found[0]["message"]
    code, _, err = pull(tmp_path / "store", flow_id)
    assert code == 3 and "holds no inputSchema" in err and not (tmp_path / "store" / f"{flow_id}.json").exists()


def test_every_unreachable_flow_gets_its_own_finding_on_every_body(credentials: FakeGenesys, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENESYSCLOUD_OAUTHCLIENT_SECRET", "wrong-secret-value")  # no flow can be fetched
    first, second = credentials.add_flow("A", INPUTS), credentials.add_flow("B", INPUTS)
    payloads = tmp_path / "p"
    payloads.mkdir()
    for n, flow_id in enumerate((first, second, first)):
        (payloads / f"{n}.json").write_text(json.dumps({"flowId": flow_id.upper() if n == 2 else flow_id}))
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), str(payloads))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 3 and codes(found) == ["FL901"] * 3
    assert [first in found[0]["message"], second in found[1]["message"], first in found[2]["message"]] == [True, True, True]
    assert all("refused to sign in" in d["message"] and "wrong-secret-value" not in d["message"] for d in found)
    assert f"flowlint pull {first}" in found[0]["help"] and "FLOW_ID" not in found[0]["help"]
    assert sum(1 for _, path, _ in credentials.requests if path == "/oauth/token") == 1  # refused once, not asked again


def test_a_broken_snapshot_names_the_flow_and_the_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / f"{UUID}.json").write_text("{not json")
    found = validator.check({"flowId": UUID}, contracts=store).diagnostics
    assert [d.code for d in found] == ["FL901"] and UUID in found[0].message
    assert f"flowlint pull {UUID}" in found[0].help and str(store / f"{UUID}.json") in found[0].help


def test_distinct_flows_are_fetched_concurrently_with_progress(credentials: FakeGenesys, tmp_path: Path) -> None:
    ids = [credentials.add_flow(f"F{n}", INPUTS) for n in range(4)]
    credentials.together = 2  # answers wait until two fetches are in flight
    for flow_id in ids:
        credentials.delays[f"/api/v2/flows/{flow_id}"] = 0.6  # on the fake clock: 2.4 s in all, past PROGRESS_AFTER
    payloads = tmp_path / "p"
    payloads.mkdir()
    for n, flow_id in enumerate(ids):
        (payloads / f"{n}.json").write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.orderCount": n}}))
    result = flowlint("check", "--fetch", "--contracts", str(tmp_path / "none"), str(payloads))
    assert result.exit_code == 0, result.output
    assert 1 < credentials.max_in_flight <= 4 and credentials.token_grants == 1
    assert "fetching flow contracts from Genesys Cloud: " in result.stderr and "/4" in result.stderr


def test_fetch_honours_the_timeout(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    credentials.faults[f"/api/v2/flows/{flow_id}"] = ["timeout"] * 5
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id}))
    result = flowlint("check", "--fetch", "--timeout", "0.2", "--format", "json", "--contracts", str(tmp_path / "none"), str(body))
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 3 and codes(found) == ["FL901"] and "within the timeout" in found[0]["message"]


def test_no_contract_is_said_once_per_flow_whatever_the_case(tmp_path: Path) -> None:
    payloads = tmp_path / "p"
    payloads.mkdir()
    other = "0a0a0a0a-0000-4000-8000-00000000000a"
    for n, flow_id in enumerate((other, other.upper(), other)):
        (payloads / f"{n}.json").write_text(json.dumps({"flowId": flow_id, "inputData": {"customerName": "x"}}))
    found = json.loads(flowlint("check", "--format", "json", "--contracts", str(tmp_path / "none"), str(payloads)).stdout)
    no_contract = [d for d in found["diagnostics"] if d["code"] == "FL200"]
    assert len(no_contract) == 1 and "input names, types and required inputs were not" in no_contract[0]["message"]
    assert "`Flow.` prefix of each input were checked" in no_contract[0]["message"]
    assert codes(found["diagnostics"]).count("FL203") == 3  # what was checked, was checked


def test_the_store_is_found_from_the_project_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    store_with(project, UUID, None, INPUTS, "1.0").rename(project / ".flowlint")
    (project / ".flowlint").rename(project / "flows")
    (project / ".flowlint").mkdir()
    (project / "flows").rename(project / ".flowlint" / "flows")
    deep = project / "payloads" / "team"
    deep.mkdir(parents=True)
    (deep / "b.json").write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.orderCount": "2"}}))
    results = []
    for where in (project, deep):
        monkeypatch.chdir(where)
        result = flowlint("check", "--format", "json", str(deep / "b.json"))
        results.append((result.exit_code, codes(json.loads(result.stdout)["diagnostics"])))
    assert results == [(1, ["FL204"]), (1, ["FL204"])]
    (project / ".flowlint").rename(project / "contracts")  # a config file names the store, relative to itself
    (project / ".flowlint.toml").write_text('contracts = "contracts/flows"\n')
    monkeypatch.chdir(deep)
    result = flowlint("check", "--format", "json", str(deep / "b.json"))
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL204"]


def test_pull_writes_into_the_project_store_from_a_subdirectory(credentials: FakeGenesys, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    flow_id = credentials.add_flow("F", INPUTS)
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "deep").mkdir()
    monkeypatch.chdir(project / "deep")
    result = flowlint("pull", flow_id)
    assert result.exit_code == 0, result.output
    assert (project / ".flowlint" / "flows" / f"{flow_id}.json").is_file()


# --- values the platform is unlikely to refuse ---------------------------------------------------------------

def test_a_whole_decimal_for_an_integer_is_a_warning_with_a_fix() -> None:
    report = validator.check({"flowId": UUID, "inputData": {"Flow.customerName": "x", "Flow.orderCount": 2.0}},
                             contract=CONTRACT)
    assert report.ok and [(d.code, d.severity.value) for d in report.diagnostics] == [("FL208", "warning")]
    assert report.diagnostics[0].help == "write it without the decimal point: 2.0 → 2"
    found = check_text('{"flowId": "%s", "inputData": {"Flow.customerName": "x", "Flow.orderCount": 2.50}}' % UUID)
    assert codes(found) == ["FL204"]  # not whole: still an error


def test_launches_in_request_files_are_fetched_before_the_run(credentials: FakeGenesys, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [credentials.add_flow(f"F{n}", INPUTS) for n in range(2)]
    credentials.together = 2  # answers wait until both fetches are in flight
    requests = "\n\n###\n".join(
        f'POST https://api.mypurecloud.ie/api/v2/flows/executions\nContent-Type: application/json\n\n'
        f'{{"flowId": "{flow_id}", "inputData": {{"Flow.orderCount": "2"}}}}' for flow_id in ids)
    (tmp_path / "launch.http").write_text(requests + "\n")
    fetched: list[list[tuple[str, str | None]]] = []
    original = validator.run.live.LiveContracts.prefetch

    def recording(self: validator.run.live.LiveContracts, keys: Any, progress: Any = None) -> None:
        fetched.append(list(keys))
        original(self, fetched[-1], progress)

    monkeypatch.setattr(validator.run.live.LiveContracts, "prefetch", recording)
    result = flowlint("check", "--fetch", "--format", "json", "--contracts", str(tmp_path / "none"), str(tmp_path / "launch.http"))
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL204", "FL204"], result.output
    assert fetched == [[(ids[0], None), (ids[1], None)]] and credentials.max_in_flight == 2


def test_a_hostile_pinned_version_is_shown_short_and_never_offered_as_a_pull(tmp_path: Path) -> None:
    store = store_with(tmp_path, UUID, None, INPUTS, "3.0")
    version = "../../etc/passwd\n" + "x" * 5000
    found = validator.check({"flowId": UUID, "flowVersion": version}, contracts=store).diagnostics
    assert [d.code for d in found] == ["FL207"] and len(found[0].message) < 400
    assert "--version" not in found[0].help and "\n" not in found[0].message
    assert not (tmp_path / "etc").exists()


def test_a_snapshot_whose_schema_cannot_be_applied_names_the_flow_and_file(tmp_path: Path) -> None:
    store = store_with(tmp_path, UUID, None, {"Flow.a": {"$ref": "https://example.com/x.json"}}, "1.0")
    found = validator.check({"flowId": UUID, "inputData": {"Flow.a": 1}}, contracts=store).diagnostics
    assert [d.code for d in found] == ["FL901"] and UUID in found[0].message and str(store) in found[0].message
    assert found[0].help == f"pull it again with `flowlint pull {UUID}`"


def test_an_unreachable_login_host_is_named_as_such(credentials: FakeGenesys, tmp_path: Path) -> None:
    code, _, err = pull(tmp_path, credentials.add_flow("F", INPUTS), "-v", "--login-url", "http://127.0.0.1:9")
    assert code == 3 and "cannot reach http://127.0.0.1:9" in err and "POST http://127.0.0.1:9/oauth/token failed" in err


def test_a_saved_flow_version_without_input_schema_says_inputs_unknown() -> None:
    with pytest.raises(validator.BrokenContract, match=r"flow version \(2\.0\) holds no inputSchema, so its inputs are unknown"):
        validator.load_contract({"id": "2.0", "name": "2.0", "type": "PUBLISH", "outputSchema": {"type": "object"}})
