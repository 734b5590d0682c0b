"""The official Python SDK (PureCloudPlatformClientV2) as ground truth: its models, its wire form, its guard."""

from __future__ import annotations

import functools
import inspect
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import validator
from validator.genesys.sdk import TO_DICT_ADVICE

from conftest import UUID, codes, genesys_sdk
from fake_genesys import CLIENT_ID, CLIENT_SECRET, FakeGenesys


@functools.cache
def _imported_sdk() -> Any:
    return genesys_sdk()


class _Sdk:
    """The SDK, imported by the first test that uses it, not at collection: every xdist worker collects every module,
    and the SDK's ~6,600 model modules take seconds to import (a test without the SDK installed is skipped)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # pytest's probes of a module's names at collection (`_mock_name`, `__wrapped__`)
            raise AttributeError(name)
        return getattr(_imported_sdk(), name)


sdk: Any = _Sdk()


def test_collecting_this_module_imports_no_sdk(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest asks every module-level name of a test module for `_mock_name`, then unwraps it (`__wrapped__`), as it
    collects the module's fixtures: the SDK (its import took ~3 s of each worker's collection, and left its config-file
    watcher thread running there) is imported by the first test that uses one of its names, not by those probes."""
    asked: list[str] = []

    def imported() -> Any:
        asked.append("sdk")
        return type("Sdk", (), {"ApiClient": object})

    monkeypatch.setitem(globals(), "_imported_sdk", imported)
    probe: Any = _Sdk()
    assert getattr(probe, "_mock_name", None) is None and inspect.unwrap(probe) is probe
    assert asked == []
    assert probe.ApiClient is object and asked == ["sdk"]  # reached: a name of the SDK's is still the SDK's

INPUTS = {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}}


def launch_request(**members: Any) -> Any:
    body = sdk.FlowExecutionLaunchRequest()
    for name, value in members.items():
        setattr(body, name, value)
    return body


def schema_document(properties: dict[str, Any], **members: Any) -> Any:
    document = sdk.JsonSchemaDocument()
    document.schema = "http://json-schema.org/draft-04/schema#"
    document.type = "object"
    document.properties = properties
    for name, value in members.items():
        setattr(document, name, value)
    return document


def wire(model: Any) -> Any:
    """What the SDK sends for a model."""
    return sdk.ApiClient().sanitize_for_serialization(model)


def test_a_model_is_checked_as_the_sdk_sends_it() -> None:
    good = launch_request(flow_id=UUID, input_data={"Flow.customerName": "Ana"})
    assert validator.check(good).ok
    assert validator.check(good).diagnostics == validator.check(wire(good)).diagnostics == []
    bad = launch_request(flow_id=UUID, flow_version=3.0, input_data={"customerName": "Ana"})
    report = validator.check(bad)
    assert codes([d.to_dict() for d in report.diagnostics]) == codes([d.to_dict() for d in validator.check(wire(bad)).diagnostics])
    assert {d.pointer for d in report.diagnostics} == {"/flowVersion", "/inputData/customerName"}  # camelCase, as sent


def test_unset_attributes_are_left_out_and_api_null_is_sent_as_null() -> None:
    assert validator.check(launch_request(flow_id=UUID)).diagnostics == []  # name, inputData None: not sent
    nulled = launch_request(flow_id=UUID, name=sdk.ApiNullValue())
    assert wire(nulled) == {"flowId": UUID, "name": None}
    found = validator.check(nulled).diagnostics
    assert [(d.code, d.severity.value, d.pointer) for d in found] == [("FL107", "warning", "/name")]


def test_a_contract_checks_a_model_body() -> None:
    contract = validator.load_contract(schema_document(INPUTS, required=["Flow.customerName"]))
    report = validator.check(launch_request(flow_id=UUID, input_data={"Flow.orderCount": "2"}), contract=contract)
    assert sorted(d.code for d in report.diagnostics) == ["FL201", "FL204"]


def test_to_dict_is_said_once_with_the_advice() -> None:
    body = launch_request(flow_id=UUID, input_data={"Flow.customerName": "Ana"}).to_dict()
    assert set(body) == {"flow_id", "flow_version", "input_data", "name"} and body["name"] is None
    found = validator.check(body).diagnostics
    assert [d.code for d in found] == ["FL108"] and found[0].help == TO_DICT_ADVICE
    assert "ApiClient().sanitize_for_serialization(body)" in found[0].help and "post_flows_executions" in found[0].help
    as_text = validator.check(json.dumps(body)).diagnostics  # a to_dict() dumped to a payload file
    assert [d.code for d in as_text] == ["FL108"]


@pytest.mark.parametrize("form", ["model", "to_dict"])
def test_load_contract_takes_a_json_schema_document(form: str) -> None:
    document = schema_document(INPUTS, required=["Flow.customerName"], additional_properties=False)
    contract = validator.load_contract(document if form == "model" else document.to_dict())
    assert contract.declared == ("Flow.customerName", "Flow.orderCount")
    assert contract.effective["additionalProperties"] is False and contract.required == ("Flow.customerName",)
    body = {"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.extra": 1}}
    assert [d.code for d in validator.check(body, contract=contract).diagnostics] == ["FL202"]


def test_additional_properties_true_in_to_dict_is_kept() -> None:
    document = schema_document(INPUTS, additional_properties=True).to_dict()
    assert "additional_properties" in document and document["id"] is None  # what to_dict() really gives
    contract = validator.load_contract(document)
    assert validator.check({"flowId": UUID, "inputData": {"Flow.extra": 1}}, contract=contract).ok


@pytest.mark.parametrize("form", ["model", "to_dict"])
def test_load_contract_takes_a_flow_version(form: str) -> None:
    version = sdk.FlowVersion()
    version.id, version.name, version.type = "2.0", "2.0", "PUBLISH"
    version.input_schema = schema_document(INPUTS)
    contract = validator.load_contract(version if form == "model" else version.to_dict())
    assert contract.declared == ("Flow.customerName", "Flow.orderCount") and contract.version == "2.0"
    report = validator.check({"flowId": UUID, "inputData": {"Flow.orderCount": "x"}}, contract=contract)
    assert [d.code for d in report.diagnostics] == ["FL204"]


def test_load_contract_takes_a_flow_with_its_published_version() -> None:
    flow = sdk.Flow()
    flow.id, flow.name, flow.type = UUID, "Order follow-up", "WORKFLOW"
    flow.published_version = sdk.FlowVersion()
    flow.published_version.id = "3.0"
    flow.published_version.input_schema = schema_document(INPUTS)
    saved = sdk.Flow()
    saved.id, saved.name, saved.type = UUID, "Order follow-up", "WORKFLOW"
    with pytest.raises(validator.BrokenContract, match="get_flow_version"):
        validator.load_contract(saved)  # what get_flow() returns holds no inputSchema
    for source in (flow, flow.to_dict()):
        contract = validator.load_contract(source)
        assert contract.flow_id == UUID and contract.version == "3.0" and contract.flow_type == "WORKFLOW"
        assert contract.declared == ("Flow.customerName", "Flow.orderCount")


def test_load_contract_refuses_what_is_not_a_contract() -> None:
    with pytest.raises(validator.BrokenContract):
        validator.load_contract(42)  # type: ignore[arg-type]


@pytest.fixture
def architect(platform: FakeGenesys) -> Any:
    """The SDK's ArchitectApi, signed in at the fake platform over its own HTTP layer (urllib3)."""
    api_client = sdk.ApiClient(host=platform.url)
    api_client.get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)
    return sdk.ArchitectApi(api_client)


def test_the_guard_refuses_a_bad_body_before_it_is_sent(platform: FakeGenesys, architect: Any) -> None:
    flow_id = platform.add_flow("Order follow-up", INPUTS, required=["Flow.customerName"])
    assert validator.guard(architect, contract=schema_document(INPUTS, required=["Flow.customerName"])) is architect
    bad = launch_request(flow_id=flow_id, input_data={"customerName": "Ana"})
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        architect.post_flows_executions(bad)
    assert [d.code for d in refused.value.diagnostics] == ["FL203"]
    assert platform.launches == []  # nothing reached the platform
    good = launch_request(flow_id=flow_id, input_data={"Flow.customerName": "Ana"}, name="follow-up")
    response = architect.post_flows_executions(good)
    assert response.flow_version.id == "1.0" and platform.launches == [wire(good)]


def test_the_guard_covers_every_api_sharing_the_client_and_a_dict_body(platform: FakeGenesys, architect: Any) -> None:
    flow_id = platform.add_flow("F", INPUTS)
    validator.guard(architect.api_client)  # the ApiClient itself
    other = sdk.ArchitectApi(architect.api_client)
    with pytest.raises(validator.InvalidLaunchRequest):
        other.post_flows_executions({"flowId": flow_id, "inputs": {}})
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        other.post_flows_executions(launch_request(flow_id=flow_id, input_data={"Flow.customerName": "x"}).to_dict())
    assert [d.code for d in refused.value.diagnostics] == ["FL108"]
    assert platform.launches == []
    validator.guard(architect)  # guarding twice checks once
    assert architect.post_flows_executions(launch_request(flow_id=flow_id)).id
    assert len(platform.launches) == 1
    assert architect.get_flow(flow_id).name == "F"  # other calls pass untouched


def test_the_guard_uses_the_contract_store_and_the_configured_host(platform: FakeGenesys, tmp_path: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    flow_id = platform.add_flow("F", INPUTS)
    store = tmp_path / "store"
    store.mkdir()
    (store / f"{flow_id}.json").write_text(json.dumps({"flowId": flow_id, "inputSchema": {"properties": INPUTS}}))
    monkeypatch.setattr(sdk.Configuration(), "host", platform.url)  # the SDK's global configuration
    api_client = sdk.ApiClient()
    api_client.get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)
    architect = validator.guard(sdk.ArchitectApi(api_client), contracts=store)
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        architect.post_flows_executions(launch_request(flow_id=flow_id, input_data={"Flow.orderCount": "2"}))
    assert [d.code for d in refused.value.diagnostics] == ["FL204"] and platform.launches == []
    assert ("POST", platform.url.split("//")[1], "/oauth/token") in platform.hosts


def test_guard_refuses_what_is_neither_client() -> None:
    for wrong in (object(), sdk.ArchitectApi):  # the class, not an instance: a common slip
        with pytest.raises(TypeError, match="ApiClient"):
            validator.guard(wrong)


def test_every_sdk_region_resolves_to_the_sdk_hosts() -> None:
    """PureCloudRegionHosts names (eu_west_1) give the SDK's API host, and the sign-in host the SDK derives from it."""
    from validator.genesys.regions import resolve

    api_client = sdk.ApiClient()
    for region in sdk.PureCloudRegionHosts:
        endpoints = resolve(region.name)
        assert endpoints.api_url == region.get_api_host()
        assert endpoints.login_url == api_client.get_conf_url("login", region.get_api_host())
        assert resolve(None, region.get_api_host()).login_url == endpoints.login_url  # --base-url signs in like the SDK


SCALARS = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                    max_leaves=8)


@settings(max_examples=40, deadline=None)
@given(flow_id=st.sampled_from([UUID, "not-a-uuid", None]), version=st.none() | st.text(max_size=4),
       name=st.none() | st.text(max_size=6), inputs=st.none() | st.dictionaries(st.text(max_size=8), JSON, max_size=3))
def test_a_model_is_checked_exactly_as_the_sdk_serializes_it(flow_id: Any, version: Any, name: Any, inputs: Any) -> None:
    model = launch_request(flow_id=flow_id, flow_version=version, name=name, input_data=inputs)
    as_model = [(d.code, d.pointer, d.message) for d in validator.check(model).diagnostics]
    as_sent = [(d.code, d.pointer, d.message) for d in validator.check(wire(model)).diagnostics]
    assert as_model == as_sent


GENESYS = "https://api.mypurecloud.com"
JSON_TYPE = {"Content-Type": "application/json", "Accept": "application/json"}
GOOD = {"flowId": UUID, "inputData": {}}
# (host, method, path, path parameters, headers, body): the same request through the SDK's call_api and through httpx.
SAME_REQUESTS = [
    ("https://apps.mypurecloud.com", "POST", "/api/v2/flows/executions", {}, JSON_TYPE, GOOD),  # FL302
    (GENESYS, "POST", "/api/v2/flows/executions/{flowId}", {"flowId": UUID}, JSON_TYPE, GOOD),  # FL106
    (GENESYS, "GET", "/api/v2/flows/executions", {}, JSON_TYPE, None),  # the method
    (GENESYS, "POST", "/api/v2/flows/executions", {}, {"Content-Type": "text/plain"}, GOOD),  # the Content-Type
    (GENESYS, "POST", "/api/v2/flows/executions", {}, JSON_TYPE, {"flowId": "abc"}),  # the body
    ("http://127.0.0.1:9", "POST", "/api/v2/flows/executions", {}, JSON_TYPE, GOOD),  # a loopback stand-in: sent
    (GENESYS, "GET", "/api/v2/flows/executions/{flowExecutionId}", {"flowExecutionId": UUID}, JSON_TYPE, None),  # a run's status
]


def _recording(sent: list[Any]) -> Any:
    """A call_api that records its call and answers "sent" (the SDK's HTTP layer is never reached)."""
    def call_api(*args: Any, **kwargs: Any) -> str:
        sent.append(args)
        return "sent"

    return call_api


def _sdk_codes(host: str, method: str, path: str, params: dict[str, str], headers: dict[str, str], body: Any) -> list[str]:
    sent: list[Any] = []
    api_client = sdk.ApiClient(host=host)
    api_client.call_api = _recording(sent)  # never on the network
    validator.guard(api_client)
    try:
        assert api_client.call_api(path, method, params, [], dict(headers), body=body, post_params=[], files={},
                                   response_type=None, auth_settings=["PureCloud OAuth"], callback=None) == "sent"
    except validator.InvalidLaunchRequest as refused:
        assert not sent
        return sorted(d.code for d in refused.diagnostics)
    return []


def _httpx_codes(host: str, method: str, path: str, params: dict[str, str], headers: dict[str, str], body: Any) -> list[str]:
    import httpx

    for name, value in params.items():
        path = path.replace("{" + name + "}", value)
    client = validator.guard(httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={}))))
    try:
        client.request(method, host + path, headers=headers, content=None if body is None else json.dumps(body).encode())
    except validator.InvalidLaunchRequest as refused:
        return sorted(d.code for d in refused.diagnostics)
    return []


@pytest.mark.parametrize("request_", SAME_REQUESTS, ids=["host", "flow-id-in-path", "method", "content-type", "body",
                                                          "loopback", "run-status"])
def test_the_sdk_guard_and_the_httpx_guard_refuse_the_same_requests_with_the_same_codes(
        request_: tuple[str, str, str, dict[str, str], dict[str, str], Any]) -> None:
    found = _sdk_codes(*request_)
    assert found == _httpx_codes(*request_)
    assert bool(found) == (request_[0] != "http://127.0.0.1:9" and "flowExecutionId" not in request_[2])  # reached


def test_the_sdk_guard_judges_the_host_the_sdk_sends_a_launch_to() -> None:
    """Through the SDK's own post_flows_executions (its headers, its path): a host that is no API host is FL302."""
    sent: list[Any] = []
    api_client = sdk.ApiClient(host="https://apps.mypurecloud.com")
    api_client.call_api = _recording(sent)
    architect = validator.guard(sdk.ArchitectApi(api_client))
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        architect.post_flows_executions(launch_request(flow_id=UUID))
    assert [d.code for d in refused.value.diagnostics] == ["FL302"] and not sent
    api_client.host = GENESYS
    assert architect.post_flows_executions(launch_request(flow_id=UUID)) == "sent" and len(sent) == 1
