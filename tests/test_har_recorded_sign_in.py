"""A HAR that records a Genesys Cloud sign-in beside a launch writes the client secret it sent: in the token request's
`Authorization: Basic …` header (the ID and secret, base64) or in its form body (`client_secret=…`). Each is FL305 where
it is written, as the launch's own bearer token is; the secret is in no output. Another product's sign-in, a
placeholder and a HAR with no launch are not reported."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

SECRET = "Mn4Bv6Cx8Za1Sd3Fg5Hj7Kl9Qw2Er0Ty"
CLIENT_ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"
BASIC = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
LAUNCH = {"request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions", "httpVersion": "HTTP/2",
                      "headers": [{"name": "Content-Type", "value": "application/json"}],
                      "postData": {"mimeType": "application/json", "text": json.dumps({"flowId": UUID})}}}


def _sign_in(url: str = "https://login.mypurecloud.com/oauth/token", basic: str | None = BASIC,
             form_secret: str | None = None) -> dict[str, Any]:
    headers = [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}]
    if basic is not None:
        headers.append({"name": "Authorization", "value": f"Basic {basic}"})
    form = "grant_type=client_credentials" + (f"&client_id={CLIENT_ID}&client_secret={form_secret}" if form_secret else "")
    params = [{"name": name, "value": value} for name, _, value in (p.partition("=") for p in form.split("&"))]
    return {"request": {"method": "POST", "url": url, "httpVersion": "HTTP/2", "headers": headers,
                        "postData": {"mimeType": "application/x-www-form-urlencoded", "text": form, "params": params}}}


def _har(*entries: dict[str, Any]) -> str:
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "entries": list(entries)}}, indent=2)


def _fl305(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    (tmp_path / "session.har").write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "session.har"))
    assert result.exit_code in (0, 1), result.output
    assert SECRET not in result.stdout and BASIC not in result.stdout
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL305"]


def _line_of(text: str, written: str) -> int:
    return text[:text.index(written)].count("\n") + 1


def test_a_recorded_basic_sign_in_is_reported_where_it_is_written(tmp_path: Path) -> None:
    text = _har(_sign_in(), LAUNCH)
    found = _fl305(tmp_path, text)
    assert [d["line"] for d in found] == [_line_of(text, BASIC)], found
    assert "client secret" in found[0]["message"], found


def test_a_recorded_form_secret_is_reported_once_where_it_is_written(tmp_path: Path) -> None:
    text = _har(_sign_in(basic=None, form_secret=SECRET), LAUNCH)
    found = _fl305(tmp_path, text)
    assert [d["line"] for d in found] == [_line_of(text, f"client_secret={SECRET}")], found


@pytest.mark.parametrize("entries", [
    [_sign_in(url="https://auth.example-crm.com/oauth/token"), LAUNCH],  # another product's sign-in
    [_sign_in(basic=base64.b64encode(b"my-client-id:your-client-secret").decode()), LAUNCH],  # a placeholder
    [_sign_in(basic="not base64!"), LAUNCH],  # nothing decodes: nothing said, nothing broken
    [_sign_in()],  # no launch: the HAR is not flowlint's to judge
])
def test_what_is_no_genesys_client_secret_is_not_reported(tmp_path: Path, entries: list[dict[str, Any]]) -> None:
    assert _fl305(tmp_path, _har(*entries)) == []


FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit")}


@pytest.mark.parametrize("output", FORMATS)
def test_the_recorded_secret_is_in_no_output(tmp_path: Path, output: str) -> None:
    (tmp_path / "session.har").write_text(_har(_sign_in(form_secret=SECRET), LAUNCH), encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path / "session.har"))
    printed = result.stdout + result.stderr
    assert "a client secret is written in the file" in printed, printed[-3000:]  # reached
    assert SECRET not in printed and BASIC not in printed and BASIC[:16] not in printed, printed[-3000:]
