"""The guards (review2 2, 7): a str body is sent by the SDK as one JSON string, which the platform refuses, so the SDK
guard refuses it (FL003), as the httpx guard refuses `json=` of a str; a `contracts=` no guard could read raises when
the guard is made, never at each launch (a missing store checked nothing; an int failed every launch as FL900)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import validator

from conftest import UUID, genesys_sdk
from fake_genesys import CLIENT_ID, CLIENT_SECRET, FakeGenesys

INPUTS = {"Flow.customerName": {"type": "string"}}


@pytest.fixture
def architect(platform: FakeGenesys) -> Any:
    sdk = genesys_sdk()
    api_client = sdk.ApiClient(host=platform.url)
    api_client.get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)
    return sdk.ArchitectApi(api_client)


def test_the_sdk_sends_a_str_body_as_a_json_string_and_the_guard_refuses_it(platform: FakeGenesys, architect: Any) -> None:
    flow_id = platform.add_flow("F", INPUTS)
    text = json.dumps({"flowId": flow_id, "inputData": {"Flow.customerName": "Ana"}})
    with pytest.raises(genesys_sdk().rest.ApiException):  # the platform refuses it
        architect.post_flows_executions(text)
    assert platform.launches == [text]  # ground truth: unguarded, the platform received one JSON string
    validator.guard(architect)
    for body in (text, f"flowId: {flow_id}\n"):  # JSON text, YAML text: each a string on the wire
        with pytest.raises(validator.InvalidLaunchRequest) as refused:
            architect.post_flows_executions(body)
        assert [d.code for d in refused.value.diagnostics] == ["FL003"], refused.value.diagnostics
    assert platform.launches == [text]  # nothing more sent
    assert architect.post_flows_executions(json.loads(text)).id and len(platform.launches) == 2  # reached: a dict passes


def test_the_httpx_guard_refuses_json_of_a_str_with_the_same_code() -> None:
    client = validator.guard(httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={}))))
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.post("https://api.mypurecloud.com/api/v2/flows/executions", json=json.dumps({"flowId": UUID}))
    assert [d.code for d in refused.value.diagnostics] == ["FL003"]


@pytest.mark.parametrize("sdk_client", [False, True])
def test_a_contracts_no_guard_can_read_raises_when_guarding(tmp_path: Path, sdk_client: bool) -> None:
    def client() -> Any:
        if sdk_client:
            return genesys_sdk().ApiClient(host="http://127.0.0.1:9")
        return httpx.Client()

    with pytest.raises(ValueError, match="is no directory"):
        validator.guard(client(), contracts=str(tmp_path / "nope"))
    (tmp_path / "file.json").write_text("{}")
    with pytest.raises(ValueError, match="is no directory"):
        validator.guard(client(), contracts=tmp_path / "file.json")
    for wrong in (123, object()):
        with pytest.raises(TypeError, match="contracts="):
            validator.guard(client(), contracts=wrong)
    with pytest.raises(TypeError):
        validator.guard(client(), contracts={UUID: 7})
    guarded = validator.guard(client(), contracts=tmp_path)  # reached: a directory is a store, taken
    assert guarded is not None
