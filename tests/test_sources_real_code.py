"""Launches as services write them (issue 17): shorthand options, members added later, JSON templates with holes,
same-file functions, browser and older clients. Each form has a bad case (found, on its line) and a good one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from validator.sources.extract import extract

from conftest import flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def check_file(tmp_path: Path, name: str, text: str, *extra: str) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--format", "json", *extra, str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def found(found: list[dict[str, Any]]) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in found]


def launches(kind: str, text: str) -> int:
    return len(extract(kind, text, None))


# -- shorthand options ----------------------------------------------------------------------------------------
SHORTHAND = f"""\
import fetch from 'node-fetch';

export class FlowLauncher {{
  constructor(private readonly token: string) {{}}

  async launch(flowId: string, customerName: string): Promise<Response> {{
    const method = 'POST';
    const headers = {{ Authorization: `Bearer ${{this.token}}`, 'Content-Type': 'application/json' }};
    const body = JSON.stringify({{ flowId, inputData: {{ 'Flow.customerName': customerName }} }});
    return fetch('{API}', {{ method, headers, body }});
  }}
}}
"""


def test_shorthand_options_are_the_names_they_stand_for(tmp_path: Path) -> None:
    assert launches("typescript", SHORTHAND) == 1
    assert check_file(tmp_path, "launcher.ts", SHORTHAND) == []
    bad = SHORTHAND.replace("{ flowId, inputData", "{ type: 'flow', flowId, inputData")
    assert found(check_file(tmp_path, "bad.ts", bad)) == [("FL101", 9, "/type")]


def test_a_shorthand_string_body_without_a_json_content_type_is_fl303(tmp_path: Path) -> None:
    bad = SHORTHAND.replace(", 'Content-Type': 'application/json'", "")
    assert found(check_file(tmp_path, "launcher.ts", bad)) == [("FL303", 9, None)]


# -- members added later --------------------------------------------------------------------------------------
ADDED_JS = f"""\
const axios = require('axios');

module.exports.launch = async function launch(flowId, version, extra) {{
  const body = {{ flowId, inputData: {{ 'Flow.customerName': extra.name }} }};
  if (version) body.flowVersion = version;
  body.inputData['Flow.orderCount'] = extra.count;
  Object.assign(body, {{ name: `order ${{extra.id}}` }});
  const {{ data }} = await axios.post('{API}', body);
  return data;
}};
"""


def test_members_added_later_keep_the_written_part_known(tmp_path: Path) -> None:
    assert check_file(tmp_path, "launch.cjs", ADDED_JS) == []
    bad = ADDED_JS.replace("{ flowId, inputData", "{ flowId, inputs: {}, inputData")
    assert found(check_file(tmp_path, "bad.cjs", bad)) == [("FL101", 4, "/inputs")]


def test_a_member_added_later_is_neither_missing_nor_judged(tmp_path: Path) -> None:
    text = ADDED_JS.replace("{ flowId, inputData", "{ flowVersion: 3.0, inputData").replace(
        "if (version) body.flowVersion = version;", "body.flowId = flowId;\n  body.flowVersion = version;")
    assert check_file(tmp_path, "launch.cjs", text) == []  # flowId given later; 3.0 replaced before it is sent


ADDED_PY = f"""\
import requests


class Launcher:
    def __init__(self, session: requests.Session) -> None:
        self.session = session

    def launch(self, flow_id: str, version: str | None, customer: str) -> dict:
        body = {{"flowId": flow_id, "inputData": {{"Flow.customerName": customer}}}}
        if version:
            body["flowVersion"] = version
        body["inputData"]["Flow.orderCount"] = 3
        body.update({{"name": f"follow-up {{customer}}"}})
        return requests.post("{API}", json=body, timeout=10).json()
"""


def test_python_items_added_later_keep_the_written_part_known(tmp_path: Path) -> None:
    assert launches("python", ADDED_PY) == 1
    assert check_file(tmp_path, "launcher.py", ADDED_PY) == []
    bad = ADDED_PY.replace('{"flowId": flow_id, "inputData"', '{"flowId": flow_id, "type": "flow", "inputData"')
    assert found(check_file(tmp_path, "bad.py", bad)) == [("FL101", 9, "/type")]


def test_a_member_replaced_later_is_unknown_not_judged(tmp_path: Path) -> None:
    text = f"import requests\nbody = {{'flowId': 1}}\nbody['flowId'] = FLOW\nrequests.post('{API}', json=body)\n"
    assert check_file(tmp_path, "a.py", text) == []
    assert found(check_file(tmp_path, "b.py", text.replace("body['flowId'] = FLOW\n", ""))) == [("FL104", 2, "/flowId")]


# -- JSON templates with holes ---------------------------------------------------------------------------------
TEMPLATE = f"""\
export const launch = async (flowId: string, customer: string): Promise<void> => {{
  await fetch('{API}', {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: `{{"flowId": "${{flowId}}", "inputData": {{"Flow.customerName": ${{JSON.stringify(customer)}}}}}}`,
  }});
}};
"""


def test_a_json_template_with_holes_is_json_with_unknown_values(tmp_path: Path) -> None:
    assert check_file(tmp_path, "launch.ts", TEMPLATE) == []
    bad = TEMPLATE.replace('{"flowId"', '{"type": "flow", "flowId"')
    assert found(check_file(tmp_path, "bad.ts", bad)) == [("FL101", 5, "/type")]


def test_a_template_that_parses_only_with_what_a_hole_supplies_is_unknown(tmp_path: Path) -> None:
    text = TEMPLATE.replace('"Flow.customerName": ${JSON.stringify(customer)}}}', '"Flow.customerName": "x"${more}}}')
    assert '"x"${more}' in text and launches("typescript", text) == 1
    assert check_file(tmp_path, "launch.ts", text) == []


def test_an_unknown_base_joined_to_flows_executions_is_a_launch_url(tmp_path: Path) -> None:
    text = ("const base = `${process.env.GENESYS_API}/api/v2/`;\n"
            "export default async function go(id) {\n"
            "  return fetch(base + 'flows/executions', {method: 'POST', body: JSON.stringify({flowId: id})});\n}\n")
    assert found(check_file(tmp_path, "a.mjs", text)) == [("FL303", 3, None)]
    api = "const api = process.env.API;\nfetch(api + 'flows/executions', {method: 'POST', body: JSON.stringify({flowId: 1})});\n"
    assert [d["code"] for d in check_file(tmp_path, "b.js", api)] == ["FL303", "FL104"]


# -- same-file functions ---------------------------------------------------------------------------------------
FUNCTIONS_TS = f"""\
import platformClient from 'purecloud-platform-client-v2';

interface Order {{ id: string; customer: string }}

const BASE = 'https://api.mypurecloud.com';

function buildLaunchRequest(order: Order) {{
  return {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': order.customer }} }};
}}

const toBody = (order: Order) => ({{
  flowId: '{FLOW}', name: `order ${{order.id}}`, inputData: {{ 'Flow.customerName': order.customer }} }});

async function postJson<T>(path: string, body: unknown): Promise<T> {{
  const response = await fetch(BASE + path, {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify(body),
  }});
  return (await response.json()) as T;
}}

export async function followUp(order: Order): Promise<void> {{
  await new platformClient.ArchitectApi().postFlowsExecutions(buildLaunchRequest(order));
  await postJson('/api/v2/flows/executions', toBody(order));
  await postJson('/api/v2/users/me', {{ anything: true }});
}}
"""


def test_same_file_functions_give_their_values_and_their_launches(tmp_path: Path) -> None:
    assert launches("typescript", FUNCTIONS_TS) == 2  # the SDK call and the postJson call; not postJson's own fetch
    assert check_file(tmp_path, "orders.ts", FUNCTIONS_TS) == []
    bad = FUNCTIONS_TS.replace("return { flowId", "return { type: 'flow', flowId").replace(
        "name: `order", "inputs: {}, name: `order").replace("'/api/v2/flows/executions'", "`/api/v2/flows/executions/${order.id}`")
    assert sorted(found(check_file(tmp_path, "bad.ts", bad)), key=str) == [
        ("FL101", 12, "/inputs"), ("FL101", 8, "/type"), ("FL106", 25, None)]


WRAPPER_PY = f"""\
import httpx

API = "https://api.mypurecloud.com"


def build_request(order) -> dict:
    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": order.customer}}}}
    return body


class GenesysClient:
    def __init__(self, token: str) -> None:
        self.client = httpx.AsyncClient(headers={{"Authorization": f"Bearer {{token}}"}})

    async def _post(self, path: str, payload: dict) -> dict:
        reply = await self.client.post(f"{{API}}{{path}}", json=payload)
        reply.raise_for_status()
        return reply.json()

    async def launch(self, order) -> dict:
        return await self._post("/api/v2/flows/executions", build_request(order))

    async def queues(self) -> dict:
        return await self._post("/api/v2/routing/queues/query", {{"pageSize": 25}})
"""


def test_python_wrappers_and_builders_are_followed(tmp_path: Path) -> None:
    assert launches("python", WRAPPER_PY) == 1
    assert check_file(tmp_path, "genesys.py", WRAPPER_PY) == []
    bad = WRAPPER_PY.replace('{"flowId"', '{"type": "flow", "flowId"')
    assert found(check_file(tmp_path, "bad.py", bad)) == [("FL101", 7, "/type")]


def test_a_parameter_given_several_values_is_unknown_outside_each_call(tmp_path: Path) -> None:
    text = (f"function launch(body) {{\n  return fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}},"
            " body: JSON.stringify(body)});\n}\n"
            "launch({flowId: 'a-flow-name'});\nlaunch({flowId: process.env.FLOW});\n")
    assert launches("javascript", text) == 2
    assert found(check_file(tmp_path, "a.js", text)) == [("FL104", 4, "/flowId")]
    alone = text.split("launch({")[0]
    assert launches("javascript", alone) == 1  # no caller in the file: its own launch, with an unknown body
    assert check_file(tmp_path, "b.js", alone) == []
