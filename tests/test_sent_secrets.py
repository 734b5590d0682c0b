"""A credential a request sends at run time (its Authorization header's token: no file writes it) is quoted by no
finding about the request when the body reuses it as a value: not in the httpx guard's or the SDK guard's exception
(an application logs it), not in serve's answer (a client may log it). Each finding is still made."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import validator
from validator.sources.live import sent_secrets

from conftest import genesys_sdk

TOKEN = "Hk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab0Cd2Ef"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
REUSED = {"flowID": TOKEN}  # FL103 (help: `{"flowId": "<token>"}`) and FL102 (help: `(it is "<token>")`)


def told(refused: validator.InvalidLaunchRequest) -> str:
    return str(refused) + repr(refused) + repr(refused.diagnostics)


def test_the_httpx_guard_never_quotes_the_token_it_sends() -> None:
    import httpx

    client = validator.guard(httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(202, json={}))))
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        client.post(URL, headers={"Authorization": f"Bearer {TOKEN}"}, json=REUSED)
    assert {"FL102", "FL103"} <= {d.code for d in refused.value.diagnostics}  # reached: the findings that quote it
    assert f'(it is "{"*" * len(TOKEN)}")' in told(refused.value)
    assert TOKEN not in told(refused.value)


def test_the_sdk_guard_never_quotes_its_access_token() -> None:
    sdk = genesys_sdk()
    sent: list[Any] = []
    api_client = sdk.ApiClient(host="https://api.mypurecloud.com")
    api_client.access_token = TOKEN  # as get_client_credentials_token leaves it

    def call_api(*args: Any, **kwargs: Any) -> str:
        sent.append(args)
        return "sent"

    api_client.call_api = call_api  # never on the network
    validator.guard(api_client)
    with pytest.raises(validator.InvalidLaunchRequest) as refused:
        api_client.call_api("/api/v2/flows/executions", "POST", {}, [], {"Content-Type": "application/json"}, body=REUSED,
                            post_params=[], files={}, response_type=None, auth_settings=["PureCloud OAuth"], callback=None)
    assert not sent and "FL102" in {d.code for d in refused.value.diagnostics}  # reached: refused, for the body
    assert TOKEN not in told(refused.value)


def test_serve_never_answers_with_the_callers_token() -> None:
    pytest.importorskip("starlette")
    import httpx

    from validator.serve import app

    async def launch() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app()), base_url="http://127.0.0.1") as client:
            return await client.post("/api/v2/flows/executions", content=json.dumps(REUSED),
                                     headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})

    answer = asyncio.run(launch())
    assert answer.status_code == 400 and "FL102" in answer.text, answer.text  # reached: the body's findings
    assert TOKEN not in answer.text and TOKEN not in str(answer.headers), answer.text


def test_the_credentials_a_request_sends() -> None:
    found = sent_secrets([("Authorization", f"Bearer {TOKEN}"), ("Cookie", "sid=Ab12Cd34Ef; theme=dark"),
                          ("X-Api-Key", "k3y-Value-99"), ("Content-Type", "application/json"), ("Accept", "text/plain")])
    assert TOKEN in found and f"Bearer {TOKEN}" in found and "Ab12Cd34Ef" in found and "k3y-Value-99" in found, found
    assert "application/json" not in found and "text/plain" not in found, found  # not a credential's header
    assert found == sorted(found, key=lambda secret: (-len(secret), secret))  # longest first: masked before its parts
