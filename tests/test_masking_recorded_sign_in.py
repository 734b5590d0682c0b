"""What a recording's sign-in leaves in its URLs is never shown: OAuth's authorization `code=`, and `access_token=`,
`refresh_token=`, `client_secret=` in a URL's query or fragment (a recorded URL, a Postman `raw`, HTTP/2's `:path`
pseudo-header, a HAR `queryString` entry); a Postman variable typed "secret" is never shown, nor put into what a
finding quotes (it is left unknown), wherever the collection uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.run.runner import _file_mask
from validator.sources.document import DEFAULT_LIMITS

from conftest import UUID, flowlint

CODE, PATH_CODE, QUERY_CODE = "CODEq8vK2mW7xR4z", "PATHq8vK2mW7xR4z", "QSq8vK2mW7xR4zz"
FRAGMENT, REFRESH, CLIENT = "FRAGq8vK2mW7xR4z", "rt1q8v", "cs1q8v"
HAR_SECRETS = [CODE, PATH_CODE, QUERY_CODE, FRAGMENT, REFRESH, CLIENT]
BODY = json.dumps({"flowId": UUID, "type": "x"})


def _har() -> str:
    """A minified HAR (one line, as browsers' exports may be): each secret written right beside a finding's place."""
    launch = {"request": {
        "method": "POST", "httpVersion": "HTTP/2",
        "url": f"https://apps.mypurecloud.com/api/v2/flows/executions?code={CODE}&state=s1",
        "headers": [{"name": "Content-Type", "value": "text/plain"},
                    {"name": ":path", "value": f"/api/v2/flows/executions?code={PATH_CODE}&state=s1"}],
        "queryString": [{"name": "code", "value": QUERY_CODE}, {"name": "state", "value": "s1"}],
        "postData": {"mimeType": "text/plain", "text": BODY}}}
    callback = {"request": {"method": "GET", "httpVersion": "HTTP/2", "headers": [], "queryString": [],
                            "url": f"https://apps.mypurecloud.com/cb?state=s1#access_token={FRAGMENT}"
                                   f"&refresh_token={REFRESH}&client_secret={CLIENT}"}}
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "entries": [launch, callback]}})


SECRET_VARIABLE = "ORGq8vK2mW7xR4zz"


def _collection() -> str:
    return json.dumps({
        "info": {"name": "Genesys", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "launch", "request": {
            "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
            "url": {"raw": "https://api.{{region}}/api/v2/flows/executions/{{org}}?o={{org}}"},
            "body": {"mode": "raw", "raw": json.dumps({"flowId": UUID, "type": "x", "inputData": {"Flow.note": "{{org}}"}})}}}],
        "variable": [{"key": "org", "value": SECRET_VARIABLE, "type": "secret"},
                     {"key": "region", "value": "mypurecloud.com", "type": "string"}]}, indent=2)


def _masked(kind: str, text: str) -> str:
    return _file_mask(kind, text, "f", DEFAULT_LIMITS).text(text)


def test_a_recordings_sign_in_values_are_masked_and_its_urls_shown() -> None:
    text = _har()
    masked = _masked("har", text)
    for secret in HAR_SECRETS:
        assert secret in text and secret not in masked, secret
    assert "https://apps.mypurecloud.com/api/v2/flows/executions?code=" in masked  # the URL is shown, its code is not
    assert "/api/v2/flows/executions?code=" in masked and "&state=**" in masked  # (the `:path`'s too; OAuth's state
    # binds a sign-in's answer to its browser: masked as its code is)


def test_a_secret_typed_variable_is_masked_where_it_is_defined() -> None:
    text = _collection()
    masked = _masked("postman", text)
    assert SECRET_VARIABLE in text and SECRET_VARIABLE not in masked
    assert '"value": "mypurecloud.com"' in masked  # a variable of no secret type put only into a URL: shown as before


FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit"),
           "diff": ("--diff", "--unsafe-fixes", "--no-color")}


@pytest.mark.parametrize("output", FORMATS)
def test_no_output_shows_a_recorded_sign_in_value(tmp_path: Path, output: str) -> None:
    (tmp_path / "session.har").write_text(_har(), encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path / "session.har"))
    printed = result.stdout + result.stderr
    reached = "would fix 1 finding" if output == "diff" else "FL302"
    assert reached in printed and "apps.mypurecloud.com" in printed, printed[-3000:]  # the launch's findings (or fix) were shown
    if output in ("text", "diff"):
        assert "executions?code=" in printed and ":path" in printed, printed[-3000:]  # the lines holding them were shown, masked
    for secret in HAR_SECRETS:
        assert secret not in printed, (secret, printed[-3000:])


@pytest.mark.parametrize("output", FORMATS)
def test_no_output_shows_a_secret_typed_variable(tmp_path: Path, output: str) -> None:
    (tmp_path / "genesys.postman_collection.json").write_text(_collection(), encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path))
    printed = result.stdout + result.stderr
    reached = "would fix 1 finding" if output == "diff" else "FL106"
    assert reached in printed, printed[-3000:]  # the finding about the URL the variable is put into was reported
    assert SECRET_VARIABLE not in printed and SECRET_VARIABLE[3:12] not in printed, printed[-3000:]
