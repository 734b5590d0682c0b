"""Launch forms services write: a fetch given a Request object, an axios instance kept on `this`, members deleted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
JSON_HEADERS = "headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }"


def check_file(tmp_path: Path, name: str, text: str, *extra: str) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", *extra, str(path))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if not d["code"].startswith("FL2")]


def found_at(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found]


# -- fetch(new Request(…)) -----------------------------------------------------------------------------------------
REQUEST_INLINE = f"""export async function launch(token: string, flowId: string): Promise<Response> {{
  return fetch(new Request('{API}', {{
    method: 'POST',
    {JSON_HEADERS},
    body: JSON.stringify({{ FLOWID }}),
  }}));
}}
"""
REQUEST_BOUND = f"""async function launch(token, flowId) {{
  const request = new Request("{API}", {{
    method: "POST",
    {JSON_HEADERS},
    body: JSON.stringify({{ FLOWID, inputData: {{}} }}),
  }});
  const response = await fetch(request);
  return response.json();
}}
module.exports = {{ launch }};
"""


@pytest.mark.parametrize(("name", "text"), [("launch.ts", REQUEST_INLINE), ("launch.js", REQUEST_BOUND)], ids=["inline", "bound"])
def test_a_request_object_given_to_fetch_is_a_launch(tmp_path: Path, name: str, text: str) -> None:
    bad = check_file(tmp_path, name, text.replace("FLOWID", "flowid: flowId"))
    assert ("FL102", 5) in found_at(bad), bad
    assert check_file(tmp_path, name, text.replace("FLOWID", "flowId")) == []


def test_fetch_init_members_go_over_the_request_s(tmp_path: Path) -> None:
    text = (f"const req = new Request('{API}', {{ body: JSON.stringify({{ flowId: '{UUID}' }}), {JSON_HEADERS} }});\n"
            "export const go = (token) => fetch(req, { method: METHOD });\n")
    assert found_at(check_file(tmp_path, "a.js", text.replace("METHOD", "'GET'"))) == [("FL301", 2)]
    assert check_file(tmp_path, "b.js", text.replace("METHOD", "'POST'")) == []
    without = text.replace(", { method: METHOD }", "")
    assert found_at(check_file(tmp_path, "c.js", without)) == [("FL301", 1)]  # GET by default, where the Request is written


# -- an instance kept on `this` / `self` ---------------------------------------------------------------------------
CLASS_JS = """const axios = require('axios');

class FlowLauncher {
  constructor(token) {
    this.http = axios.create({ baseURL: 'https://api.mypurecloud.com/api/v2', headers: { Authorization: `Bearer ${token}` } });
  }

  async launch(flowId, orderId) {
    const body = { FLOWID, inputData: { 'Flow.orderId': orderId } };
    const { data } = await this.http.post('/flows/executions', body);
    return data.id;
  }
}
module.exports = FlowLauncher;
"""
CLASS_TS = """import axios, { AxiosInstance } from 'axios';

export class FlowLauncher {
  private http: AxiosInstance;
  constructor(private readonly token: string) {
    this.http = axios.create({ baseURL: 'https://api.mypurecloud.com/api/v2' });
  }
  async launch(flowId: string): Promise<string> {
    const { data } = await this.http.post<{ id: string }>('flows/executions', { FLOWID });
    return data.id;
  }
}
"""
CLASS_PY = """import httpx


class FlowLauncher:
    def __init__(self, token: str) -> None:
        self.client = httpx.AsyncClient(base_url="https://api.mypurecloud.com/api/v2", headers={"Authorization": token})

    async def launch(self, flow_id: str) -> str:
        response = await self.client.post("/flows/executions", json={FLOWID})
        return response.json()["id"]
"""


@pytest.mark.parametrize(("name", "text", "line", "good", "bad"), [
    ("launcher.js", CLASS_JS, 9, "flowId", "flowid: flowId"),
    ("launcher.ts", CLASS_TS, 9, "flowId", "flowid: flowId"),
    ("launcher.py", CLASS_PY, 9, '"flowId": flow_id', '"flowid": flow_id')], ids=["js", "ts", "python"])
def test_an_instance_made_in_the_constructor_is_followed_in_the_methods(
        tmp_path: Path, name: str, text: str, line: int, good: str, bad: str) -> None:
    assert ("FL102", line) in found_at(check_file(tmp_path, name, text.replace("FLOWID", bad)))
    assert check_file(tmp_path, name, text.replace("FLOWID", good)) == []
    wrong_host = text.replace("api.mypurecloud.com/api/v2", "apps.mypurecloud.com/api/v2").replace("FLOWID", good)
    assert [d["code"] for d in check_file(tmp_path, name, wrong_host)] == ["FL302"]  # the host of the instance, once


# -- members removed after the literal -----------------------------------------------------------------------------
DELETE_JS = f"""export async function launch(token, flowId, version) {{
  const body = {{ flowId: '{UUID}', flowVersion: '1.0', type: 'flow', priority: 1, inputData: {{ 'Flow.a': 1, 'Flow.b': 2 }} }};
  if (!version) delete body.flowVersion;
  REMOVE
  return fetch('{API}', {{ method: 'POST', {JSON_HEADERS}, body: JSON.stringify(body) }});
}}
"""
DELETE_PY = f"""import requests


def launch(token: str, version: str | None) -> str:
    body = {{"flowId": "{UUID}", "flowVersion": "1.0", "type": "flow", "priority": 1, "inputData": {{"Flow.a": 1, "Flow.b": 2}}}}
    if not version:
        del body["flowVersion"]
    REMOVE
    return requests.post("{API}", json=body, headers={{"Authorization": f"Bearer {{token}}"}}).json()["id"]
"""


@pytest.mark.parametrize(("name", "text", "removals"), [
    ("launch.js", DELETE_JS, ["delete body.type;", "delete body['type'];"]),
    ("launch.py", DELETE_PY, ['del body["type"]', 'body.pop("type")', 'body.pop("type", None)',
                              'del body["type"], body["inputData"]["Flow.b"]'])], ids=["js", "python"])
def test_a_member_removed_after_the_literal_may_be_absent(tmp_path: Path, name: str, text: str, removals: list[str]) -> None:
    line = 2 if name.endswith(".js") else 5
    kept = check_file(tmp_path, name, text.replace("REMOVE", ""))
    assert sorted(found_at(kept)) == [("FL101", line), ("FL102", line)], kept
    for removal in removals:  # the body stays known: what is not removed is still judged
        assert found_at(check_file(tmp_path, name, text.replace("REMOVE", removal))) == [("FL102", line)], removal


def test_removing_the_flow_id_is_no_missing_member_and_its_value_is_not_judged(tmp_path: Path) -> None:
    text = DELETE_JS.replace(UUID, "not-a-uuid").replace("type: 'flow', priority: 1, ", "")
    assert [d["code"] for d in check_file(tmp_path, "a.js", text.replace("REMOVE", ""))] == ["FL104"]  # reach
    assert check_file(tmp_path, "a.js", text.replace("REMOVE", "delete body.flowId;")) == []
