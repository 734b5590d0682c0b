"""A .http sign-in to Genesys Cloud (`POST https://login.<region>/oauth/token`) with `Authorization: Basic <literal>`
writes its client secret in the file (base64 of client_id:client_secret): FL305 at the literal, masked, never printed.
A placeholder (`Basic {{creds}}`, `Basic $TOKEN`, `Basic <base64>`) or a credential that encodes no secret is none."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

_SECRET = "SuperSecretValue123456789"
_BASIC = base64.b64encode(f"myClientId:{_SECRET}".encode()).decode()
_LAUNCH = ('POST https://api.mypurecloud.com/api/v2/flows/executions\nAuthorization: Bearer {{token}}\n'
           'Content-Type: application/json\n\n{"flowId": "a1b2c3d4-1111-4222-8333-444455556666"}\n')


def _file(tmp_path: Path, credential: str) -> Path:
    path = tmp_path / "creds.http"
    path.write_text(f"POST https://login.mypurecloud.com/oauth/token\nAuthorization: Basic {credential}\n"
                    f"Content-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials\n\n###\n{_LAUNCH}")
    return path


def test_a_literal_basic_credential_of_a_sign_in_is_said_at_it_and_never_printed(tmp_path: Path) -> None:
    path = _file(tmp_path, _BASIC)
    found = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL305"]
    assert [(d["line"], d["column"]) for d in found] == [(2, len("Authorization: Basic ") + 1)]
    assert "client secret" in str(found[0]["message"]) and "*" not in str(found[0]["message"])
    shown = flowlint("check", "--no-cache", str(path))
    assert "FL305" in shown.stdout
    assert _BASIC not in shown.stdout + shown.stderr and _SECRET not in shown.stdout + shown.stderr


@pytest.mark.parametrize("credential", ["{{creds}}", "$TOKEN", "${TOKEN}", "<base64>",
                                        base64.b64encode(b"myClientId:").decode(),  # (no secret in it)
                                        base64.b64encode(b"myClientId:<client_secret>").decode(),
                                        base64.b64encode(b"no colon at all").decode()])
def test_a_placeholder_basic_credential_is_none(tmp_path: Path, credential: str) -> None:
    codes = [d["code"] for d in diagnostics("--no-cache", str(_file(tmp_path, credential)))]
    assert "FL200" in codes  # (the file was read: its launch was checked)
    assert "FL305" not in codes



@pytest.mark.parametrize("header", [f'-H "Authorization: Basic {_BASIC}"', f"-H'Authorization: Basic {_BASIC}'",
                                    f"--header 'authorization:Basic {_BASIC}'"])
def test_curls_literal_basic_credential_of_a_sign_in_is_said_as_curl_u_is(tmp_path: Path, header: str) -> None:
    path = tmp_path / "token.sh"
    path.write_text(f"curl -X POST https://login.mypurecloud.com/oauth/token {header} -d grant_type=client_credentials\n"
                    "curl -X POST https://login.mypurecloud.com/oauth/token -H 'Authorization: Basic $CREDS' -d x=1\n")
    found = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL305"]
    line = path.read_text().splitlines()[0]
    assert [(d["line"], d["column"]) for d in found] == [(1, line.index(_BASIC) + 1)]
    shown = flowlint("check", "--no-cache", str(path))
    assert _BASIC not in shown.stdout + shown.stderr and _SECRET not in shown.stdout + shown.stderr
