"""Launches as services write them (issue 17): shorthand options, members added later, JSON templates with holes,
same-file functions, browser and older clients. Each form has a bad case (found, on its line) and a good one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.extract import extract

from conftest import check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"




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


# -- browser and older clients --------------------------------------------------------------------------------
GOOD_BODY = f"{{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': name }} }}"
BAD_BODY = f"{{ type: 'flow', flowId: '{FLOW}', inputData: {{ 'Flow.customerName': name }} }}"
CLIENTS = {
    "xhr.js": f"""\
export function launchFromBrowser(name, token) {{
  return new Promise((resolve, reject) => {{
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '{API}');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Authorization', `Bearer ${{token}}`);
    xhr.onload = () => resolve(JSON.parse(xhr.responseText));
    xhr.onerror = reject;
    xhr.send(JSON.stringify(BODY));
  }});
}}
""",
    "jquery.js": f"""\
$(function () {{
  $('#launch').on('click', function () {{
    const name = $('#customer').val();
    $.ajax({{
      url: '{API}',
      type: 'POST',
      contentType: 'application/json',
      data: JSON.stringify(BODY),
      success: (run) => console.log(run.id),
    }});
  }});
}});
""",
    "request.cjs": f"""\
'use strict';
const rp = require('request-promise-native');

module.exports = async function launch(name, token) {{
  return rp.post({{
    uri: '{API}',
    headers: {{ Authorization: `Bearer ${{token}}` }},
    body: BODY,
    json: true,
  }});
}};
""",
    "superagent.ts": f"""\
import superagent from 'superagent';

export async function launch(name: string, token: string): Promise<string> {{
  const res = await superagent
    .post('{API}')
    .set('Authorization', `Bearer ${{token}}`)
    .send(BODY);
  return res.body.id as string;
}}
""",
    "undici.mjs": f"""\
import {{ request }} from 'undici';

export async function launch(name) {{
  const {{ body }} = await request('{API}', {{
    method: 'POST',
    headers: {{ 'content-type': 'application/json' }},
    body: JSON.stringify(BODY),
  }});
  return body.json();
}}
""",
    "ky.ts": """\
import ky from 'ky';

const genesys = ky.create({ prefixUrl: 'https://api.mypurecloud.com/api/v2', timeout: 10_000 });

export const launch = (name: string) => genesys.post('flows/executions', { json: BODY }).json<{ id: string }>();
""",
    "got.mjs": """\
import got from 'got';

const client = got.extend({ prefixUrl: 'https://api.mypurecloud.com/api/v2/', responseType: 'json' });

export async function launch(name) {
  const { body } = await client.post('flows/executions', { json: BODY });
  return body;
}
""",
}


def test_browser_and_older_clients_are_launch_sites(tmp_path: Path) -> None:
    for name, template in CLIENTS.items():
        kind = "typescript" if name.endswith(".ts") else "javascript"
        good, bad = template.replace("BODY", GOOD_BODY), template.replace("BODY", BAD_BODY)
        assert launches(kind, good) == 1, name
        assert check_file(tmp_path, name, good) == [], name
        line = next(n for n, text in enumerate(bad.splitlines(), 1) if "type: 'flow'" in text)
        assert found(check_file(tmp_path, name, bad)) == [("FL101", line, "/type")], name


def test_client_specific_ways_of_sending_a_string_or_a_form(tmp_path: Path) -> None:
    xhr = CLIENTS["xhr.js"].replace("BODY", GOOD_BODY).replace("    xhr.setRequestHeader('Content-Type', 'application/json');\n", "")
    assert found(check_file(tmp_path, "xhr.js", xhr)) == [("FL303", 8, None)]  # one line fewer
    jquery = CLIENTS["jquery.js"].replace("BODY", GOOD_BODY).replace("      contentType: 'application/json',\n", "")
    assert [d["code"] for d in check_file(tmp_path, "jquery.js", jquery)] == ["FL303"]
    jquery_object = jquery.replace(f"JSON.stringify({GOOD_BODY})", GOOD_BODY)
    assert [d["code"] for d in check_file(tmp_path, "jquery.js", jquery_object)] == ["FL304"]
    request_form = CLIENTS["request.cjs"].replace("body: BODY,\n    json: true,", f"form: {GOOD_BODY},")
    assert [d["code"] for d in check_file(tmp_path, "request.cjs", request_form)] == ["FL304"]
    for form in ("new URLSearchParams({ flowId: id })", "qs.stringify({ flowId: id })", "form"):
        text = (f"import qs from 'qs';\nexport async function go(id) {{\n  const form = new FormData();\n"
                f"  return fetch('{API}', {{ method: 'POST', body: {form} }});\n}}\n")
        assert found(check_file(tmp_path, "form.mjs", text)) == [("FL304", 4, None)], form


def test_a_wrong_host_on_an_instance_is_said_once_where_it_is_written(tmp_path: Path) -> None:
    text = ("import axios from 'axios';\n\nexport class Flows {\n"
            "  private readonly http = axios.create({ baseURL: 'https://apps.mypurecloud.ie' });\n"
            "  launch(body: object) { return this.http.post('/api/v2/flows/executions', body); }\n}\n"
            "const api = axios.create({ baseURL: 'https://apps.mypurecloud.de/api/v2' });\n"
            f"api.post('/api/v2/flows/executions', {GOOD_BODY.replace('name', 'n')});\n"
            f"api.post('/api/v2/flows/executions', {GOOD_BODY.replace('name', 'm')});\n")
    assert found(check_file(tmp_path, "a.ts", text)) == [("FL302", 4, None), ("FL302", 7, None)]  # this.http too


# -- never a silent miss -------------------------------------------------------------------------------------
UNREAD_TS = f"""\
import {{ HttpClient }} from '@acme/http';

const LAUNCH_URL = '{API}';

export class FlowService {{
  constructor(private readonly http: HttpClient) {{}}

  async launch(body: object): Promise<void> {{
    await this.http.send(LAUNCH_URL, {{ verb: 'POST', payload: body }});
  }}
}}
"""


def test_a_file_naming_the_endpoint_where_no_launch_was_read_gets_one_note(tmp_path: Path) -> None:
    diagnostics = check_file(tmp_path, "flows.ts", UNREAD_TS)
    assert [(d["code"], d["severity"], d["line"]) for d in diagnostics] == [("FL011", "info", 3)]
    assert "passed to `this.http.send(…)`" in diagnostics[0]["message"]
    assert flowlint("check", str(tmp_path / "flows.ts")).exit_code == 0
    read = UNREAD_TS.replace("this.http.send(LAUNCH_URL, { verb: 'POST', payload: body })",
                             "fetch(LAUNCH_URL, { method: 'POST', body: JSON.stringify({ flowId: 'f' }) })")
    assert [d["code"] for d in check_file(tmp_path, "read.ts", read)] == ["FL303", "FL104"]  # read: no note


def test_what_is_known_not_to_be_a_launch_gets_no_note(tmp_path: Path) -> None:
    route = "import express from 'express';\nconst app = express();\napp.post('/api/v2/flows/executions', (req, res) => res.json({}));\n"
    mock = "import nock from 'nock';\nnock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(202, {});\n"
    status = f"export const status = (id: string) => fetch(`{API}/${{id}}`);\n"
    prose = "# Flows\n\nWe launch flows with POST /api/v2/flows/executions (see the runbook).\n"
    for name, text in (("route.js", route), ("mock.test.js", mock), ("status.ts", status), ("guide.md", prose)):
        assert check_file(tmp_path, name, text) == [], name
    fenced = "# Flows\n\n```java\nclient.post(\"/api/v2/flows/executions\", body);\n```\n"
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "fenced.md", fenced)] == [("FL011", 4)]


# -- Python: strings where objects go, the SDK model -------------------------------------------------------------
def test_json_dumps_given_to_json_is_a_string_body(tmp_path: Path) -> None:
    text = (f"import json\nimport requests\n\n\ndef launch(flow_id: str) -> None:\n    body = {{'flowId': flow_id}}\n"
            f"    requests.post('{API}', json=json.dumps(body), timeout=5)\n")
    assert found(check_file(tmp_path, "a.py", text)) == [("FL003", 7, "")]
    assert check_file(tmp_path, "b.py", text.replace("json=json.dumps(body)", "json=body")) == []


def test_a_serialized_value_is_a_string_where_an_object_or_a_number_goes(tmp_path: Path) -> None:
    text = (f"export async function go(order: {{ count: number; inputs: object }}) {{\n"
            f"  await axios.post('{API}', {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': 'Ana',\n"
            "    'Flow.orderCount': JSON.stringify(order.count) } });\n"
            f"  await axios.post('{API}', {{ flowId: '{FLOW}', inputData: JSON.stringify(order.inputs) }});\n}}\n")
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "a.ts", text)] == [("FL204", 3), ("FL105", 4)]
    good = text.replace("JSON.stringify(order.count)", "order.count").replace("JSON.stringify(order.inputs)", "order.inputs")
    assert check_file(tmp_path, "b.ts", good) == []


SDK_PY = f"""\
import PureCloudPlatformClientV2
from PureCloudPlatformClientV2 import ArchitectApi, FlowExecutionLaunchRequest


async def launch(api_client, customer: str):
    body = FlowExecutionLaunchRequest()
    body.flow_id = "{FLOW}"
    body.input_data = {{"Flow.customerName": customer}}
    return ArchitectApi(api_client).post_flows_executions(body)
"""


def test_an_attribute_the_sdk_model_does_not_declare_is_never_sent(tmp_path: Path) -> None:
    assert check_file(tmp_path, "good.py", SDK_PY) == []
    bad = SDK_PY.replace("body.flow_id =", "body.flowId =")
    assert found(check_file(tmp_path, "bad.py", bad)) == [("FL013", 7, ""), ("FL103", 9, "")]


def test_a_model_dumped_by_hand_is_fl108(tmp_path: Path) -> None:
    for call, mode in (("to_dict()", "json"), ("to_json()", "data")):
        text = SDK_PY.replace("ArchitectApi(api_client).post_flows_executions(body)",
                              f"requests.post('{API}', {mode}=body.{call}, headers={{'Content-Type': 'application/json'}})")
        assert [d["code"] for d in check_file(tmp_path, "a.py", "import requests\n" + text)] == ["FL108"], call


# -- credentials beside a sign-in, launch or not ----------------------------------------------------------------
SECRET = "Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LmNbVc"
AUTH_TS = """\
import axios from 'axios';

const CLIENT_ID = process.env.GENESYS_CLIENT_ID!;
const CLIENT_SECRET = process.env.GENESYS_CLIENT_SECRET!;

export async function accessToken(): Promise<string> {
  const { data } = await axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=client_credentials', {
    auth: { username: CLIENT_ID, password: CLIENT_SECRET },
  });
  return data.access_token as string;
}
"""


def test_a_secret_beside_a_sign_in_is_reported_masked_without_a_launch(tmp_path: Path) -> None:
    assert check_file(tmp_path, "auth.ts", AUTH_TS) == []
    bad = AUTH_TS.replace("process.env.GENESYS_CLIENT_SECRET!", f"'{SECRET}'")
    assert found(check_file(tmp_path, "bad.ts", bad)) == [("FL305", 4, None)]
    result = flowlint("check", "--no-color", str(tmp_path / "bad.ts"))
    assert SECRET not in result.output and "*" * len(SECRET) in result.output
    sdk = f"import PureCloudPlatformClientV2\n\nclient = PureCloudPlatformClientV2.api_client.ApiClient()\n" \
          f"client.get_client_credentials_token(CLIENT_ID, '{SECRET}')\n"
    assert found(check_file(tmp_path, "auth.py", sdk)) == [("FL305", 4, None)]
    no_sign_in = bad.replace("https://login.mypurecloud.com/oauth/token', 'grant_type=client_credentials'",
                             "https://vault.internal/v1/secret'")
    assert check_file(tmp_path, "other.ts", no_sign_in) == []


# -- code inside documents and pages ----------------------------------------------------------------------------
DOC_MD = f"""\
# Launching the follow-up flow

The endpoint is `POST /api/v2/flows/executions` (prose is never a request).

```ts
await axios.post('{API}', {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': name }} }});
```

```python
requests.post("{API}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": name}}}}, timeout=10)
```

```http
POST {API}
Content-Type: application/json

{{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "Ana"}}}}
```

```
POST /api/v2/flows/executions HTTP/1.1
Content-Type: application/json

{{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "Ana"}}}}
```

```{{"language":"javascript"}}
new platformClient.ArchitectApi().postFlowsExecutions({{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': n }} }});
```
"""


def test_markdown_fences_are_read_at_their_lines(tmp_path: Path) -> None:
    assert launches("markdown", DOC_MD) == 5
    assert check_file(tmp_path, "guide.md", DOC_MD) == []
    bad = DOC_MD.replace(f"flowId: '{FLOW}'", f"type: 'flow', flowId: '{FLOW}'").replace(
        f'{{"flowId": "{FLOW}"', f'{{"type": "flow", "flowId": "{FLOW}"')
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "bad.md", bad)] == [
        ("FL101", line) for line in (6, 10, 17, 24, 28)]


PAGES = {
    "launch.html": f"""\
<!doctype html>
<script type="application/json">{{"flows/executions": "data, not code"}}</script>
<script>
  async function launch(name) {{
    await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},
      body: JSON.stringify(BODY) }});
  }}
</script>
""",
    "Launch.vue": f"""\
<template><button @click="launch">Launch</button></template>
<script setup lang="ts">
import axios from 'axios';
const props = defineProps<{{ name: string }}>();
const launch = async (): Promise<void> => {{
  const name = props.name;
  await axios.post('{API}', BODY);
}};
</script>
""",
    "Launch.svelte": f"""\
<script>
  export let name;
  const launch = () => fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify(BODY) }});
</script>
<button on:click={{launch}}>Launch</button>
""",
}


def test_script_blocks_are_read_at_their_lines(tmp_path: Path) -> None:
    for name, page in PAGES.items():
        good, bad = page.replace("BODY", GOOD_BODY), page.replace("BODY", BAD_BODY)
        assert launches("html", good) == 1, name
        assert check_file(tmp_path, name, good) == [], name
        line = next(n for n, text in enumerate(bad.splitlines(), 1) if "type: 'flow'" in text)
        assert found(check_file(tmp_path, name, bad)) == [("FL101", line, "/type")], name


def test_notebook_code_cells_are_python_at_their_characters(tmp_path: Path) -> None:
    cell = ["import requests\n", f"requests.post('{API}', json={{'flowId': '{FLOW}', 'inputData': {{'Flow.customerName': n}}}})"]
    notebook = {"cells": [{"cell_type": "markdown", "source": ["POST /api/v2/flows/executions"], "metadata": {}},
                          {"cell_type": "code", "source": cell, "metadata": {}, "outputs": [], "execution_count": 1}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    good = json.dumps(notebook, indent=1)
    assert launches("notebook", good) == 1
    assert check_file(tmp_path, "launch.ipynb", good) == []
    cell[1] = cell[1].replace("{'flowId'", "{'type': 'flow', 'flowId'")
    bad = json.dumps(notebook, indent=1)
    diagnostics = check_file(tmp_path, "bad.ipynb", bad)
    line = next(n for n, text in enumerate(bad.splitlines(), 1) if "'type'" in text)
    column = bad.splitlines()[line - 1].index("'type'") + 1
    assert [(d["code"], d["line"], d["column"]) for d in diagnostics] == [("FL101", line, column)]


# -- request files: dynamic and empty variables ----------------------------------------------------------------
def test_dynamic_http_variables_are_unknown(tmp_path: Path) -> None:
    text = ("@token = {{$dotenv GENESYS_TOKEN}}\n@flow = {{$processEnv FLOW_ID}}\n\n"
            f"POST {API}\nContent-Type: application/json\nAuthorization: Bearer {{{{token}}}}\n\n"
            '{"flowId": "{{flow}}", "name": "run {{$randomInt 1 100}}", "inputData": {"Flow.id": "{{$guid}}"}}\n')
    assert launches("http", text) == 1
    assert check_file(tmp_path, "a.http", text) == []
    assert found(check_file(tmp_path, "b.http", text.replace('"flowId"', '"type": 1, "flowId"'))) == [("FL101", 8, "/type")]


def test_a_form_content_type_on_an_http_launch_is_fl303_at_the_header(tmp_path: Path) -> None:
    text = f"POST {API}\nContent-Type: application/x-www-form-urlencoded\n\n{{\"flowId\": \"{FLOW}\"}}\n"
    diagnostics = check_file(tmp_path, "a.http", text)
    assert [(d["code"], d["line"], d["column"]) for d in diagnostics if d["code"] == "FL303"] == [("FL303", 2, 1)]


def test_an_empty_postman_variable_is_unknown_so_a_status_read_is_no_launch(tmp_path: Path) -> None:
    collection: dict[str, Any] = {
        "info": {"name": "Flows", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "variable": [{"key": "baseUrl", "value": "https://api.mypurecloud.com"}, {"key": "executionId", "value": ""}],
        "item": [{"name": "Status", "request": {"method": "GET", "url": {
            "raw": "{{baseUrl}}/api/v2/flows/executions/{{executionId}}"}}}],
    }
    path = tmp_path / "flows.postman_collection.json"
    path.write_text(json.dumps(collection, indent=2), encoding="utf-8")
    assert [d["code"] for d in json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"]] == []
    collection["variable"][1]["value"] = "e-1"  # the same request with a known ID is still a status read
    path.write_text(json.dumps(collection, indent=2), encoding="utf-8")
    assert json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"] == []


def test_verbose_notes_a_launch_whose_body_is_wholly_unknown(tmp_path: Path) -> None:
    text = (f"export async function launch(body: unknown) {{\n  return fetch('{API}', {{ method: 'POST',\n"
            "    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });\n}\n")
    assert launches("typescript", text) == 1
    assert check_file(tmp_path, "a.ts", text) == []
    noted = check_file(tmp_path, "a.ts", text, "--verbose")
    assert [(d["code"], d["severity"], d["line"]) for d in noted] == [("FL011", "info", 3)]
    assert "`body`" in noted[0]["message"]


def test_each_attribute_the_sdk_model_does_not_declare_is_its_own_finding(tmp_path: Path) -> None:
    bad = SDK_PY.replace("body.flow_id =", "body.flowId =").replace("body.input_data =", "body.inputData =")
    assert found(check_file(tmp_path, "bad.py", bad)) == [("FL013", 7, ""), ("FL013", 8, ""), ("FL103", 9, "")]


WRAPPER_JS = """\
async function gc(path, { method = 'GET', body, token } = {}) {
  const res = await fetch(`https://api.mypurecloud.ie${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
}
export const launch = (token, flowId) => gc('/api/v2/flows/executions', { method: 'POST', token, body: { flowId, inputs: {} } });
export const status = (token, id) => gc(`/api/v2/flows/executions/${id}`, { token });
"""


def test_a_status_read_through_a_wrapper_is_no_launch(tmp_path: Path) -> None:
    # The wrapper's GET default reads a run's status: neither FL301/FL106 nor an FL011 note for it.
    assert found(check_file(tmp_path, "a.mjs", WRAPPER_JS)) == [("FL101", 9, "/inputs")]
    alone = WRAPPER_JS.replace("export const launch", "// export const launch")
    assert check_file(tmp_path, "b.mjs", alone) == []
    # A known launch body sent with GET to a flow's own URL is still a launch, and wrong twice.
    wrong = WRAPPER_JS.replace("{ token });", "{ token, body: { flowId: id } });")
    # (FL301 where GET is written: the parameter's default, line 1; the others at the call)
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "c.mjs", wrong)] == [("FL301", 1), ("FL101", 9), ("FL106", 10)]


def test_a_none_attribute_of_the_sdk_model_is_not_sent(tmp_path: Path) -> None:
    # sanitize_for_serialization leaves a model's None attributes out; a dict's None values go as null (FL107).
    unset = SDK_PY.replace("    return", "    body.name = None\n    return")
    assert "body.name = None" in unset and check_file(tmp_path, "a.py", unset) == []
    assert found(check_file(tmp_path, "b.py", unset.replace("body.name", "body.flow_id"))) == [("FL103", 10, "")]
    sent = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": customer}}, "name": None}}'
    as_dict = SDK_PY.replace("post_flows_executions(body)", f"post_flows_executions({sent})")
    assert [d["code"] for d in check_file(tmp_path, "c.py", as_dict)] == ["FL107"]


def test_attributes_set_in_another_function_are_another_model(tmp_path: Path) -> None:
    """Attributes are the ones set on this binding of the name: `body.flow_id = None` in another function took the
    flowId of a correct launch (FL103 there)."""
    other = SDK_PY + SDK_PY.split("\n\n\n")[1].replace("async def launch", "async def clear").replace(
        "    return", "    body.flow_id = None\n    return")
    assert other.count("post_flows_executions(body)") == 2 and "body.flow_id = None" in other
    assert found(check_file(tmp_path, "a.py", other)) == [("FL103", 15, "")]


def test_the_sdk_model_made_with_keywords_is_fl013(tmp_path: Path) -> None:
    # The generated model's __init__ takes no arguments: the call raises TypeError before anything is sent.
    made = SDK_PY.replace("FlowExecutionLaunchRequest()", f'FlowExecutionLaunchRequest(flow_id="{FLOW}")')
    assert 'Request(flow_id="' in made
    found_there = check_file(tmp_path, "a.py", made)
    assert [(d["code"], d["line"], "takes no arguments" in d["message"]) for d in found_there] == [("FL013", 6, True)]


def test_sdk_model_attributes_set_in_one_tuple_assignment_are_read(tmp_path: Path) -> None:
    text = SDK_PY.replace('    body.flow_id = "', '    body.name, body.flow_id = "x", "')
    assert 'body.name, body.flow_id = "x", "' in text
    assert check_file(tmp_path, "a.py", text) == []  # it said FL103: no flowId
    assert [d["code"] for d in check_file(tmp_path, "b.py", text.replace("body.flow_id", "body.flowId"))] == ["FL013", "FL103"]


def test_a_typescript_angle_bracket_assertion_is_its_value(tmp_path: Path) -> None:
    text = ("import platformClient from 'purecloud-platform-client-v2';\n"
            "export const go = (flowId: string) => new platformClient.ArchitectApi().postFlowsExecutions(\n"
            "  <platformClient.Models.FlowExecutionLaunchRequest>{ flowId, inputData: { n: 2 } });\n")
    assert found(check_file(tmp_path, "a.ts", text)) == [("FL203", 3, "/inputData/n")]  # it was a body not known


@pytest.mark.parametrize("cast", ["as", "satisfies"])
def test_a_body_cast_to_the_sdk_models_namespace_is_its_value(tmp_path: Path, cast: str) -> None:
    # tree-sitter-typescript reads `x as A.B.C` as `(x as A.B).C`: the body was not known, nothing in it checked.
    text = ("import platformClient from 'purecloud-platform-client-v2';\n"
            "export const go = (flowId: string) => new platformClient.ArchitectApi().postFlowsExecutions(\n"
            f"  {{ flowId, inputData: {{ n: 2 }} }} {cast} platformClient.Models.FlowExecutionLaunchRequest);\n")
    assert found(check_file(tmp_path, "a.ts", text)) == [("FL203", 3, "/inputData/n")]


JEST_ASSERTION = """\
import axios from 'axios';
import { launchOnboarding } from './launch';

jest.mock('axios');

test('launches the workflow', async () => {
  await launchOnboarding('c-1');
  expect(axios.post).toHaveBeenCalledWith(
    'https://api.mypurecloud.com/api/v2/flows/executions',
    { flowId: 'f-1', inputData: { 'Flow.customerId': 'c-1' } },
  );
});
"""
MOCK_ASSERTION = """\
from unittest import mock


def test_launch(launch):
    with mock.patch("service.requests.post") as post:
        launch("c-1")
    post.assert_called_once_with("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": "f-1"})
"""


@pytest.mark.parametrize(("name", "text", "assertion"), [("launch.test.ts", JEST_ASSERTION, "expect(axios.post).toHaveBeenCalledWith"),
                                                         ("test_launch.py", MOCK_ASSERTION, "post.assert_called_once_with")])
def test_a_tests_assertion_about_a_doubles_call_is_no_launch_to_note(tmp_path: Path, name: str, text: str, assertion: str) -> None:
    """It names the endpoint and the body the code under test sends; it sends nothing (it got an FL011 note)."""
    assert check_file(tmp_path, name, text, "--verbose") == []
    other = text.replace(assertion, "track")  # reached: the same mention passed to a call not known gets the note
    assert [d["code"] for d in check_file(tmp_path, name, other, "--verbose")] == ["FL011"]
