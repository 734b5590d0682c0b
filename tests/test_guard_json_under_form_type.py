"""The httpx guard says what was sent: JSON text under a form Content-Type (`content=json.dumps(…)` with
`application/x-www-form-urlencoded`) is a JSON body with the wrong Content-Type (FL303, the body still checked), not a
dict passed as data=; a body that is a form (data={…}) is still FL304."""

from __future__ import annotations

import json

import httpx
import pytest

import validator

FLOW_ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _refused(**sent: object) -> validator.InvalidLaunchRequest:
    reached: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(request)
        return httpx.Response(200, json={})

    client = validator.guard(httpx.Client(base_url="https://api.mypurecloud.com", transport=httpx.MockTransport(answer)))
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.post("/api/v2/flows/executions", **sent)
    assert not reached
    return refused.value


@pytest.mark.parametrize("content", [json.dumps({"flowId": FLOW_ID}), f'  \n[{{"flowId": "{FLOW_ID}"}}]'.encode()])
def test_json_text_under_a_form_content_type_is_told_to_send_the_json_type(content: str | bytes) -> None:
    diagnostics = _refused(content=content, headers=FORM).diagnostics
    said = [(d.code, d.message, d.help) for d in diagnostics]
    code, message, help_text = said[0]
    assert code == "FL303" and "application/x-www-form-urlencoded" in message and "application/json" in help_text, said
    assert all("data=" not in message and "form-encoded" not in message for _, message, _ in said), said


def test_the_json_body_under_a_form_type_is_still_checked() -> None:
    codes = [d.code for d in _refused(content=json.dumps({"flowId": FLOW_ID, "type": "flow"}), headers=FORM).diagnostics]
    assert codes == ["FL303", "FL101"], codes


def test_a_form_is_still_a_form() -> None:
    for sent in ({"data": {"flowId": FLOW_ID}}, {"content": f"flowId={FLOW_ID}", "headers": FORM}):
        assert [d.code for d in _refused(**sent).diagnostics] == ["FL304"], sent
