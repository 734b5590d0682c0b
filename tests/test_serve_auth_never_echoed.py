"""The stand-in's 401 never repeats an Authorization header that names no scheme: what it holds may be the token."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from validator.serve import app

from conftest import UUID

LAUNCH = "/api/v2/flows/executions"
TOKEN = "AbCdEf1234567890tokS3cretGHIJ_-xyzXYZ0987654321"


def _refusal(authorization: str, tmp_path: Path) -> tuple[int, str, list[str]]:
    async def run() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app(tmp_path)), base_url="http://serve") as client:
            return await client.post(LAUNCH, json={"flowId": UUID}, headers={"Authorization": authorization})

    answer = asyncio.run(run())
    body = answer.json()
    return answer.status_code, answer.text, [str(body.get("message", ""))]


@pytest.mark.parametrize("authorization", [TOKEN, f"{TOKEN} extra", f"bearer:{TOKEN}"])
def test_a_header_without_a_scheme_is_refused_without_repeating_it(tmp_path: Path, authorization: str) -> None:
    status, text, (message,) = _refusal(authorization, tmp_path)
    assert status == 401 and "does not start with a scheme" in message, message  # reached: refused for its shape
    assert "S3cret" not in text and TOKEN[:8] not in text


def test_a_known_scheme_is_named_to_help(tmp_path: Path) -> None:
    status, _, (message,) = _refusal("Basic Zm9vOmJhcg==", tmp_path)
    assert status == 401 and 'uses the scheme "Basic"' in message and "Zm9v" not in message
