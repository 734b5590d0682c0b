"""A guard never quotes what a launch sends in `Authorization: Basic …`: the encoded header, and its decoded parts (the
client ID and secret, and the pair) wherever the request also writes them (a body that repeats the secret)."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

import validator

CLIENT_ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"
SECRET = "Mn4Bv6Cx8Za1Sd3Fg5Hj7Kl9Qw2Er0Ty"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()


def _everything_said(error: validator.InvalidLaunchRequest) -> str:
    return "\n".join([str(error), *(repr(d) for d in error.diagnostics)])


def _httpx_refusal(body: dict[str, Any]) -> validator.InvalidLaunchRequest:
    reached: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(request)
        return httpx.Response(200, json={})

    client = validator.guard(httpx.Client(base_url="https://api.mypurecloud.com", transport=httpx.MockTransport(answer)))
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.post("/api/v2/flows/executions", json=body, auth=(CLIENT_ID, SECRET))
    assert not reached
    return refused.value


@pytest.mark.parametrize("sent", [SECRET, f"{CLIENT_ID}:{SECRET}"])
def test_the_httpx_guard_quotes_no_decoded_basic_credential(sent: str) -> None:
    said = _everything_said(_httpx_refusal({"flowId": sent}))
    assert "flowId" in said and "FL10" in said, said  # reached: the flow ID was judged, and a finding quotes it
    assert SECRET not in said and SECRET[:12] not in said and BASIC.split()[1][:16] not in said, said


def test_the_sdk_guard_quotes_no_decoded_basic_credential() -> None:
    class ApiClient:
        def __init__(self) -> None:
            self.host = "https://api.mypurecloud.com"
            self.default_headers = {"Authorization": BASIC}

        def call_api(self, resource_path: str, method: str, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("sent")

    client = validator.guard(ApiClient())
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.call_api("/api/v2/flows/executions", "POST", {}, [], {"Content-Type": "application/json"},
                        body={"flowId": SECRET})
    said = _everything_said(refused.value)
    assert "flowId" in said and "FL10" in said, said  # reached
    assert SECRET not in said and SECRET[:12] not in said, said


def test_a_basic_header_that_is_no_base64_is_still_masked_and_never_crashes() -> None:
    from validator.api.sent import sent_secrets

    found = sent_secrets([("Authorization", "Basic !!not-base64!!"), ("Authorization", "Basic " + "QQ" * 3)])
    assert "!!not-base64!!" in found  # as written: the header's token
    assert sent_secrets([("Content-Type", "application/json")]) == []
