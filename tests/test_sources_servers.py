"""Code that serves or tests the launch endpoint is not a launch: routes of a fake platform or a proxy, test clients."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

LAUNCH_JS = ("await api.post('https://api.mypurecloud.com/api/v2/flows/executions', {flowId: FLOW_ID, bogus: 1});\n")
LAUNCH_PY = "requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={'flowId': FLOW_ID, 'bogus': 1})\n"


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in check_file(tmp_path, name, text)]


def test_javascript_routes_and_test_clients_send_nothing(tmp_path: Path) -> None:
    text = ("const express = require('express');\nconst app = express();\nconst api = express.Router();\n"
            "app.post('/api/v2/flows/executions/:flowId', (req, res) => res.json({}));\n"
            "api.get('/api/v2/flows/executions', function (req, res) { res.json([]); });\n"
            "fastify.post('/api/v2/flows/executions/:id', { schema: {} }, async () => ({}));\n"
            "router.post('/api/v2/flows/executions/:id', controller.launch);\n"
            "const web = new Koa();\nweb.post('/api/v2/flows/executions/x', handle);\n"
            "await request(app).post('/api/v2/flows/executions/abc').send({ flowId: 'x' });\n"
            "function handle(ctx) {}\n"
            "const client = axios.create({ baseURL: 'https://api.mypurecloud.com' });\n"
            "await client.post('/api/v2/flows/executions', {flowId: FLOW_ID, bogus: 1});\n")
    assert found(tmp_path, "server.ts", text) == [("FL102", 13)]


def test_python_routes_and_test_clients_send_nothing(tmp_path: Path) -> None:
    text = ("import requests\nfrom fastapi import FastAPI, APIRouter\nfrom fastapi.testclient import TestClient\n"
            "service = FastAPI()\nroutes = APIRouter()\n"
            "@service.post('/api/v2/flows/executions/{flow_id}')\nasync def fake(flow_id: str): ...\n"
            "@routes.get('/api/v2/flows/executions')\nasync def listing(): ...\n"
            "client = TestClient(service)\n"
            "client.post('/api/v2/flows/executions', json={'flowId': 'not-a-uuid'})\n"
            + LAUNCH_PY)
    assert found(tmp_path, "fake_platform.py", text) == [("FL102", 12)]


def test_a_test_modules_relative_requests_go_to_the_app_under_test(tmp_path: Path) -> None:
    text = ("import requests\n"
            "def test_rejects_a_bad_flow_id(client):\n"
            "    client.post('/api/v2/flows/executions/abc', json={'flowId': 'zzz'})\n"
            "    self.client.post('/api/v2/flows/executions', data={'flowId': 'zzz'})\n"
            + LAUNCH_PY)
    (tmp_path / "tests").mkdir()
    assert found(tmp_path, "tests/test_proxy.py", text) == [("FL102", 5)]
    # The same calls outside a test module are launches (a client built elsewhere, its base URL unknown); how that
    # client sends a data= dict is not known, so it is no FL304 (review F2: not requests' by a guess).
    assert [code for code, _ in found(tmp_path, "proxy.py", text)] == ["FL106", "FL104", "FL104", "FL102"]


def test_a_wrappers_request_options_are_not_the_body(tmp_path: Path) -> None:
    url = "'https://api.mypurecloud.com/api/v2/flows/executions'"
    text = ("import { http } from './http';\n"
            f"await http.post({url}, {{ headers: {{ Authorization: auth }}, body: JSON.stringify({{ flowId }}) }});\n"
            f"await apiClient.post({url}, {{ json: {{ flowId }} }});\n"
            f"await axios.post({url}, {{ data: {{ flowId: FLOW_ID }} }});\n"  # axios itself: that is the body, and a mistake
            f"await apiClient.post({url}, {{ flowId: FLOW_ID, bogus: 1 }});\n")
    assert found(tmp_path, "w.ts", text) == [("FL101", 4), ("FL102", 5)]


def test_an_httpx_client_of_an_app_in_the_process_sends_nothing(tmp_path: Path) -> None:
    """httpx's ASGITransport and WSGITransport (written in the call or bound to a name) and its older `app=` hand each
    request to an app in the process, as Starlette's TestClient does: a test harness, no launch. A client with a real
    transport (`HTTPTransport(retries=2)`) sends, and its launch is judged."""
    body = "json={'flowId': '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', 'inputs': {}})\n"
    text = ("import httpx\nfrom validator.serve import app\nharness = app(auth=False)\n"
            "async def main():\n"
            "    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=harness), base_url='http://harness') as c:\n"
            f"        await c.post('/api/v2/flows/executions', {body}"
            "transport = httpx.WSGITransport(app=harness)\n"
            "sync = httpx.Client(transport=transport, base_url='https://api.mypurecloud.com')\n"
            f"sync.post('/api/v2/flows/executions', {body}"
            "old = httpx.Client(app=harness, base_url='https://api.mypurecloud.com')\n"
            f"old.post('/api/v2/flows/executions', {body}"
            "real = httpx.Client(transport=httpx.HTTPTransport(retries=2), base_url='https://api.mypurecloud.com')\n"
            f"real.post('/api/v2/flows/executions', {body}")
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "harness.py", text, contract_findings=False)] \
        == [("FL101", 13)]  # only the real client's launch
    page = f"# In a harness\n\n```python\n{text}```\n"
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "harness.md", page, contract_findings=False)] \
        == [("FL101", 16)]


def test_a_pages_block_its_reader_finds_no_launch_in_gets_no_note(tmp_path: Path) -> None:
    """A page's Python block holding a test client's request or a route (its reader says why it is no launch) is said
    nothing of, as its own file is not; a block whose call flowlint cannot read is still noted (FL011), with -v too."""
    client = ("```python\nfrom fastapi.testclient import TestClient\nclient = TestClient(app)\n"
              "client.post('/api/v2/flows/executions', json={'flowId': 'x'})\n```\n")
    route = "```python\n@app.post('/api/v2/flows/executions')\nasync def launch(body: dict): ...\n```\n"
    unknown = "```python\ngenesys.send('https://api.mypurecloud.com/api/v2/flows/executions', {'flowId': FLOW_ID})\n```\n"
    assert check_file(tmp_path, "tests.md", f"# Tests\n\n{client}\n{route}", "-v") == []
    found = check_file(tmp_path, "mixed.md", f"# Tests\n\n{client}\n{unknown}", "-v")
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 10)], found  # reached: the unread call is said
