"""The httpx guard says a form-encoded launch body is a form (FL304, pass it as json=), as `flowlint check` does."""

from __future__ import annotations

import httpx
import pytest

import validator

FLOW_ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def _client(reached: list[httpx.Request]) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(request)
        return httpx.Response(200, json={})

    client: httpx.Client = validator.guard(httpx.Client(base_url="https://api.mypurecloud.com",
                                                        transport=httpx.MockTransport(answer)))
    return client


def _refused(**sent: object) -> validator.InvalidLaunchRequest:
    reached: list[httpx.Request] = []
    client = _client(reached)
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.post("/api/v2/flows/executions", **sent)  # type: ignore[arg-type]
    assert not reached
    return refused.value


def test_a_dict_given_as_data_is_reported_as_a_form_with_the_json_help() -> None:
    diagnostics = _refused(data={"flowId": FLOW_ID}).diagnostics
    assert [(d.code, d.message, d.help) for d in diagnostics] == [
        ("FL304", "a dict passed as data= is sent form-encoded, not as JSON", "pass it as json= instead")]


def test_following_the_help_sends_the_launch() -> None:
    reached: list[httpx.Request] = []
    _client(reached).post("/api/v2/flows/executions", json={"flowId": FLOW_ID})
    assert len(reached) == 1


def test_a_json_string_still_sent_as_text_keeps_the_content_type_finding() -> None:
    """Only a form is a form: a JSON string under text/plain is told to send the JSON Content-Type."""
    codes = [d.code for d in _refused(content=f'{{"flowId": "{FLOW_ID}"}}', headers={"Content-Type": "text/plain"}).diagnostics]
    assert codes == ["FL303"]
