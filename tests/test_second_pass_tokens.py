"""A file whose launch URL is imported (read again by the second pass) that signs in and sends a written token: the
token is said once, as when the URL is written in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMiLCJleHAiOjE5MDAwMDAwMDB9.c2lnbmF0dXJlc2lnbmF0dXJl"

LAUNCH = f"""import requests

from app.settings import LAUNCH_URL, LOGIN_URL


def token(basic):
    return requests.post(LOGIN_URL, data={{"grant_type": "client_credentials"}},
                         headers={{"Authorization": "Basic " + basic}}).json()["access_token"]


def launch(customer):
    requests.post(LAUNCH_URL, json={{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {{"name": customer}}}},
                  headers={{"Authorization": "Bearer {TOKEN}"}})
"""

SETTINGS = """LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LOGIN_URL = "https://login.mypurecloud.com/oauth/token"
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_written_token_is_said_once(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "settings.py").write_text(SETTINGS)
    (tmp_path / "app" / "launch.py").write_text(LAUNCH)
    found = diagnostics("--no-cache", "-j", jobs, ".")
    assert [d["code"] for d in found if d["code"] == "FL101"] == ["FL101"]  # reached: the second pass read the launch
    assert [d["line"] for d in found if d["code"] == "FL305"] == [13]
    assert TOKEN not in str(found)
