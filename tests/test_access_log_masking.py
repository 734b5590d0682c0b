"""The serve access log never writes a credential a client put in the request's path."""

from __future__ import annotations

import json

import pytest

from validator.serve.access_log import AccessLog, masked_path

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl"


@pytest.mark.parametrize("log_format", ["text", "json"])
@pytest.mark.parametrize("raw_path", [f"/api/v2/flows/executions/{JWT}", "/api/v2/flows/executions?access_token=abcdef123456"])
def test_a_token_in_the_path_is_starred_in_the_log(log_format: str, raw_path: str) -> None:
    scope = {"type": "http", "method": "POST", "raw_path": raw_path.encode(), "path": "/"}
    line = AccessLog(None, log_format).line(scope, 401, 1.0)  # type: ignore[arg-type]
    logged = json.loads(line)["path"] if log_format == "json" else line.split(" ")[1]
    assert logged.startswith("/api/v2/flows/executions") and "*" * 8 in logged
    assert JWT not in line and "abcdef123456" not in line


def test_a_path_with_no_credential_is_logged_as_sent() -> None:
    assert masked_path("/api/v2/flows/executions?flowId=1234&x=%20") == "/api/v2/flows/executions?flowId=1234&x=%20"
    assert masked_path("/health") == "/health"
