"""Python clients that take the body as `body=` (urllib3, http.client) or third (http.client's conn.request): the body
is read and judged, not passed over in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = "2d4b6a8c-1e3f-4a5b-8c7d-9e0f1a2b3c4d"
BODY = f'json.dumps({{"flowId": "{FLOW}", "inputs": {{"ticketId": ticket_id}}}})'

URLLIB3 = f"""import json
from urllib3 import PoolManager

pool = PoolManager(num_pools=2)


def launch(ticket_id):
    return pool.request("POST", "https://api.mypurecloud.com/api/v2/flows/executions",
                        body={BODY}, headers={{"Content-Type": "application/json"}})
"""

HTTP_CLIENT = f"""import http.client
import json


def launch(ticket_id):
    conn = http.client.HTTPSConnection("api.mypurecloud.com")
    conn.request("POST", "/api/v2/flows/executions", {BODY}, {{"Content-Type": "application/json"}})
    return conn.getresponse().status
"""


def codes(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "launch.py").write_text(text)
    return [d["code"] for d in diagnostics("--no-cache", "launch.py") if d["severity"] == "error"]


@pytest.mark.parametrize("text", [URLLIB3, HTTP_CLIENT.replace(f"{BODY}, {{", f"body={BODY}, headers={{")],
                         ids=["urllib3", "http.client keywords"])
def test_a_body_keyword_is_read(tmp_path: Path, text: str) -> None:
    assert codes(tmp_path, text) == ["FL101"]  # `inputs` in the envelope


def test_http_client_s_third_argument_is_the_body(tmp_path: Path) -> None:
    assert codes(tmp_path, HTTP_CLIENT) == ["FL101"]


def test_a_session_s_third_argument_is_not_a_body(tmp_path: Path) -> None:
    # requests' Session.request(method, url, params, data, ...): the third is the query, never judged as the body
    text = HTTP_CLIENT.replace("http.client.HTTPSConnection(\"api.mypurecloud.com\")", "requests.Session()") \
        .replace("import http.client", "import requests").replace('"/api/v2', '"https://api.mypurecloud.com/api/v2')
    assert "requests.Session()" in text
    assert codes(tmp_path, text) == []


def test_a_correct_body_keyword_is_clean(tmp_path: Path) -> None:
    correct = URLLIB3.replace('"inputs": {"ticketId"', '"inputData": {"Flow.ticketId"')
    assert '"inputData"' in correct
    assert codes(tmp_path, correct) == []
