"""Launch forms services write: a fetch given a Request object, an axios instance kept on `this`, members deleted."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from validator.sources.extract import extract

from conftest import ROOT, UUID
from conftest import check_file as _check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
CORPUS = ROOT / "tests" / "data" / "service-launches"
JSON_HEADERS = "headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }"


#: A file's diagnostics without the FL2xx findings of its inputs (its launches are read here, not judged).
check_file = functools.partial(_check_file, contract_findings=False)


def corpus_with(name: str, old: str, new: str) -> str:
    """A launch of the service corpus with one change (its BAD marker), read from the file rather than kept as a copy."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, (name, old)
    return text.replace(old, new)


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


# -- clients without dependencies, Nuxt, statics, wrappers that forward ---------------------------------------------
URLLIB = f"""import json
import os
import urllib.request


def handler(event, context):
    body = {{"flowId": os.environ["FLOW_ID"], "inputData": {{"Flow.caseId": event["caseId"]}}BAD}}
    req = urllib.request.Request(
        "{API}",
        data=json.dumps(body).encode("utf-8"),
        headers={{"Authorization": "Bearer " + os.environ["TOKEN"], "Content-Type": "application/json"}},
        method="POST",
    )
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())
"""
NODE_HTTPS = corpus_with("24_lambda_https.js", "event.caseId } });", "event.caseId }BAD });")
NUXT = f"""export default defineEventHandler(async (event) => {{
  const {{ flowId, inputs }} = await readBody(event);
  const config = useRuntimeConfig();
  return await $fetch('{API}', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{config.genesysToken}}` }},
    body: {{ flowId, inputData: inputs BAD }},
  }});
}});
"""
STATIC = f"""export class Flows {{
  static readonly url = '{API}';

  static async launch(token: string, flowId: string): Promise<string> {{
    const r = await fetch(Flows.url, {{
      method: 'POST',
      headers: {{ 'content-type': 'application/json', authorization: `Bearer ${{token}}` }},
      body: JSON.stringify({{ flowId BAD }}),
    }});
    return (await r.json()).id;
  }}
}}
"""
OPTIONS_WRAPPER = corpus_with("27_options_default_wrapper.js", "inputData: {} }", "inputData: {}BAD }")
GENERIC_REQUEST = """export class GenesysApi {
  constructor(private readonly host: string, private readonly token: string) {}

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`https://${this.host}/api/v2${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as T;
  }

  launchFlow(flowId: string) {
    return this.request<{ id: string }>('POST', '/flows/executions', { flowId BAD });
  }
}
"""
KWARGS_WRAPPER = """import requests


class Genesys:
    def __init__(self, token: str) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def _request(self, method: str, path: str, **kwargs):
        resp = self.session.request(method, "https://api.mypurecloud.com" + path, timeout=10, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def launch_flow(self, flow_id: str, inputs: dict) -> str:
        return self._request("POST", "/api/v2/flows/executions", json={"flowId": flow_id, "inputData": inputs BAD})["id"]
"""


@pytest.mark.parametrize(("name", "text", "bad", "line"), [
    ("lambda.py", URLLIB, ', "priority": 1', 7),
    ("lambda.js", NODE_HTTPS, ", priority: 1", 4),
    ("launch.ts", NUXT, ", priority: 1", 7),
    ("flows.ts", STATIC, ", priority: 1", 8),
    ("call.js", OPTIONS_WRAPPER, ", priority: 1", 12),
    ("api.ts", GENERIC_REQUEST, ", priority: 1", 14),
    ("genesys.py", KWARGS_WRAPPER.replace("inputs BAD", "inputs, BAD"), '"priority": 1', 15),
], ids=["urllib", "node-https", "ofetch", "static-url", "destructured-options", "optional-body", "forwarded-kwargs"])
def test_launches_as_services_write_them_are_read(tmp_path: Path, name: str, text: str, bad: str, line: int) -> None:
    found = check_file(tmp_path, name, text.replace("BAD", bad))
    assert found_at(found) == [("FL102", line)], found
    good = text.replace(", BAD", "").replace(" BAD", "").replace("BAD", "")
    assert check_file(tmp_path, name, good, "--verbose") == []  # read whole: not even a note that the body is unknown


def test_a_urllib_request_without_a_json_content_type_is_a_form(tmp_path: Path) -> None:
    text = URLLIB.replace("BAD", "").replace(', "Content-Type": "application/json"', "")
    assert found_at(check_file(tmp_path, "lambda.py", text)) == [("FL303", 10)]


def test_node_https_with_several_writes_has_a_body_not_known(tmp_path: Path) -> None:
    text = NODE_HTTPS.replace("BAD", "").replace("    req.end();", "    req.end(payload);")
    found = check_file(tmp_path, "lambda.js", text, "--verbose")
    assert [(d["code"], d["severity"]) for d in found] == [("FL011", "info")]  # a launch, its body not known


def test_keywords_spread_into_a_launch_leave_its_body_unknown_not_absent(tmp_path: Path) -> None:
    text = f"import requests\n\n\ndef launch(**options):\n    return requests.post('{API}', timeout=5, **options)\n"
    found = check_file(tmp_path, "launch.py", text, "--verbose")
    assert [(d["code"], d["severity"], d["line"]) for d in found] == [("FL011", "info", 5)]  # **options may carry json=


# -- URLs built the ways services build them -----------------------------------------------------------------------
ENDPOINTS_JS = """const axios = require('axios');

const ENDPOINTS = { launch: '/api/v2/flows/executions', status: (id) => `/api/v2/flows/executions/${id}` };
const api = axios.create({ baseURL: 'https://api.mypurecloud.com' });

async function launch(flowId) {
  const { data } = await api.post(ENDPOINTS.launch, { flowId BAD });
  return data;
}
module.exports = { launch };
"""
PATHS_PY = """import httpx

PATHS = {"launch": "/api/v2/flows/executions", "status": "/api/v2/flows/executions/{id}"}


async def launch(client: httpx.AsyncClient, flow_id: str) -> str:
    r = await client.post("https://api.mypurecloud.com" + PATHS["launch"], json={"flowId": flow_id BAD})
    return r.json()["id"]
"""
# OWNER: `self` or the class name
CLASS_CONSTANT_PY = corpus_with("38_class_constants.py", 'self.LAUNCH, json={"flowId": flow_id}',
                                'OWNER.LAUNCH, json={"flowId": flow_id BAD}')
ENUM_TS = """import axios from 'axios';

enum GenesysPath {
  Launch = 'https://api.mypurecloud.com/api/v2/flows/executions',
}

export async function launch(token: string, flowId: string): Promise<string> {
  const { data } = await axios.post<{ id: string }>(GenesysPath.Launch, { flowId BAD }, { headers: { Authorization: token } });
  return data.id;
}
"""
URL_OBJECT_JS = """const BASE = 'https://api.mypurecloud.com/other/';
const LAUNCH_URL = new URL('/api/v2/flows/executions', BASE);

export async function launch(token, flowId) {
  const res = await fetch(USE, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId BAD }),
  });
  return res.json();
}
"""
URLJOIN_PY = """from urllib.parse import urljoin

import requests

BASE = "https://api.mypurecloud.com/"


def launch(token: str, flow_id: str) -> dict:
    return requests.post(urljoin(BASE, "api/v2/flows/executions"), json={"flowId": flow_id BAD},
                         headers={"Authorization": f"Bearer {token}"}).json()
"""
URL_METHOD_PY = corpus_with("42_url_method.py", '"inputData": inputs}', '"inputData": inputs BAD}')


@pytest.mark.parametrize(("name", "text", "bad", "line"), [
    ("endpoints.js", ENDPOINTS_JS, ", priority: 1", 7),
    ("endpoints2.js", ENDPOINTS_JS.replace("ENDPOINTS.launch", "ENDPOINTS['launch']"), ", priority: 1", 7),
    ("paths.py", PATHS_PY, ', "priority": 1', 7),
    ("self_constant.py", CLASS_CONSTANT_PY.replace("OWNER", "self"), ', "priority": 1', 12),
    ("class_constant.py", CLASS_CONSTANT_PY.replace("OWNER", "Genesys"), ', "priority": 1', 12),
    ("enum.ts", ENUM_TS, ", priority: 1", 8),
    ("url.mjs", URL_OBJECT_JS.replace("USE", "LAUNCH_URL"), ", priority: 1", 8),
    ("url_href.mjs", URL_OBJECT_JS.replace("USE", "LAUNCH_URL.href"), ", priority: 1", 8),
    ("url_string.mjs", URL_OBJECT_JS.replace("USE", "LAUNCH_URL.toString()"), ", priority: 1", 8),
    ("urljoin.py", URLJOIN_PY, ', "priority": 1', 9),
    ("url_method.py", URL_METHOD_PY, ', "priority": 1', 14),
], ids=["object-member", "object-subscript", "dict-subscript", "self-constant", "class-constant", "ts-enum", "new-url",
        "url-href", "url-tostring", "urljoin", "url-method"])
def test_launch_urls_built_from_constants_and_helpers_are_read(tmp_path: Path, name: str, text: str, bad: str, line: int) -> None:
    found = check_file(tmp_path, name, text.replace(" BAD", bad))
    assert found_at(found) == [("FL102", line)], found
    assert check_file(tmp_path, name, text.replace(" BAD", ""), "--verbose") == []


@pytest.mark.parametrize("change", [
    ("const ENDPOINTS = {", "const ENDPOINTS = { ...shared,"),  # a spread may give `launch` another value
    ("module.exports = { launch };", "ENDPOINTS.launch = process.env.LAUNCH_PATH;\nmodule.exports = { launch };"),
])
def test_a_constant_that_may_change_is_not_a_launch_url(tmp_path: Path, change: tuple[str, str]) -> None:
    found = check_file(tmp_path, "endpoints.js", ENDPOINTS_JS.replace(" BAD", ", priority: 1").replace(*change))
    assert [d["code"] for d in found] == ["FL011"], found  # not read, and said so


def test_a_verb_destructured_from_axios_is_axios(tmp_path: Path) -> None:
    text = f"const {{ post }} = require('axios');\n\nmodule.exports = (flowId) => post('{API}', {{ flowId BAD }});\n"
    assert found_at(check_file(tmp_path, "a.js", text.replace(" BAD", ", priority: 1"))) == [("FL102", 3)]
    assert check_file(tmp_path, "a.js", text.replace(" BAD", ""), "--verbose") == []


def test_keywords_spread_from_a_dict_literal_are_the_launch_s_keywords(tmp_path: Path) -> None:
    text = (f"import requests\n\n\ndef launch(token, flow_id):\n"
            f"    options = {{\"json\": {{\"flowId\": flow_id BAD}}, \"headers\": {{\"Authorization\": token}}, \"timeout\": 10}}\n"
            f"    return requests.post(\"{API}\", **options).json()\n")
    assert found_at(check_file(tmp_path, "a.py", text.replace(" BAD", ', "priority": 1'))) == [("FL102", 5)]
    assert check_file(tmp_path, "a.py", text.replace(" BAD", ""), "--verbose") == []
    changed = text.replace(" BAD", ', "priority": 1').replace("    return", "    options[key] = value\n    return")
    assert [d["code"] for d in check_file(tmp_path, "a.py", changed, "--verbose")] == ["FL011"]  # changed: not known


BESIDE = {
    "m.js": ("import { send } from './send.js';\n"
             "export const a = () => fetch('https://api.mypurecloud.com/api/v2/flows/executions', {\n"
             "  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: 'x' }) });\n"
             "export const b = () => send('/flows/executions', { type: 'flow' });\n", 4),
    "m.py": ("import requests\nfrom lib import send\n\ndef a():\n"
             "    requests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", json={\"flowId\": \"x\"})\n\n"
             "def b():\n    send(\"/api/v2/flows/executions\", {\"type\": \"flow\"})\n", 8),
}


@pytest.mark.parametrize("name", sorted(BESIDE))
def test_a_launch_not_read_beside_one_read_is_said_at_its_place(tmp_path: Path, name: str) -> None:
    """No miss is silent: a launch read in the file does not hide one passed to a call flowlint cannot read."""
    text, line = BESIDE[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL104" for d in found)  # reached: the launch beside it is read and judged
    unread = [d for d in found if d["code"] == "FL011"]
    assert [(d["line"], "`send(…)`" in d["message"]) for d in unread] == [(line, True)], found


CHAINED = {  # the URL bound to a name, given alone to a call whose chain sends the body: an unimported client's, a parameter's
    "c.js": ("const U = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
             "export async function launch(http) {\n"
             "  await fetch(U, { method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
             "    body: JSON.stringify({ flowId: 'x', type: 'flow' }) });\n"
             "  await superagent.post(U).send({ type: 'flow', flowId: 'x9' });\n"
             "  await http.post(U).set('Accept', 'json').send({ type: 'flow', flowId: 'x9' });\n}\n",
             {6: "`http.post(…)`"}),  # (superagent, unimported, is read by its name: test_superagent_and_needle…)
    "c.py": ("import requests\n\nU = 'https://api.mypurecloud.com/api/v2/flows/executions'\n\n\ndef launch(http):\n"
             "    requests.post(U, json={'flowId': 'x', 'type': 'flow'})\n"
             "    superagent.post(U).send({'type': 'flow', 'flowId': 'x9'})\n"
             "    http.post(U).send({'type': 'flow', 'flowId': 'x9'})\n",
             {8: "`superagent.post(…)`", 9: "`http.post(…)`"}),
}


@pytest.mark.parametrize("name", sorted(CHAINED))
def test_a_bound_url_given_to_a_chain_not_read_is_said_where_it_is_used(tmp_path: Path, name: str) -> None:
    """No miss is silent: `superagent.post(U).send(body)` with no import, `http.post(U).send(body)` on a parameter,
    read as a POST to the launch URL whose body was never seen, get the FL011 note at `U` saying so, as the URL written
    whole in the call does (INLINE_CHAINED); the launch read beside gets none."""
    text, lines = CHAINED[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" and d["line"] in (4, 7) for d in found), found  # reached: the read launch is judged
    unread = {d["line"]: d["message"] for d in found if d["code"] == "FL011"}
    assert sorted(unread) == sorted(lines), found
    for line, callee in lines.items():  # read as a POST to the launch URL whose body the chain sends, where not looked
        assert f"it is passed to {callee}, a POST whose body is given where flowlint does not look" in unread[line], \
            unread[line]

INLINE_CHAINED = {  # the URL written whole in a call whose chain sends the body, on a client no reader follows
    "i.js": ("export async function launch(http, id) {\n"
             f"  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},\n"
             "    body: JSON.stringify({ flowId: 'x', type: 'flow' }) });\n"
             f"  await http.post('{API}').set('Accept', 'json').send({{ type: 'flow', flowId: 'x9' }});\n"
             f"  await axios.get('{API}/' + id);\n}}\n", {4: "`http.post(…)`"}),
    "i.py": ("import requests\n\n\ndef launch(http, run):\n"
             f"    requests.post('{API}', json={{'flowId': 'x', 'type': 'flow'}})\n\n"
             f"    http.post('{API}').send({{'type': 'flow', 'flowId': 'x9'}})\n"
             f"    requests.get('{API}/' + run)\n", {7: "`http.post(…)`"}),
}


INLINE_CHAINED["later.js"] = ("export async function go(client, body) {\n"
                              f"  const req = client.post('{API}');\n  req.set('Accept', 'json');\n  return req.send(body);\n}}\n"
                              f"export const ok = () => fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ type: 1 }}) }});\n",
                              {2: "`client.post(…)`"})
INLINE_CHAINED["later.py"] = (f"import requests\n\n\ndef go(client, body):\n    req = client.post('{API}')\n"
                              "    req.send(body)\n\n\n"
                              f"def ok():\n    requests.post('{API}', json={{'type': 1}})\n", {5: "`client.post(…)`"})


@pytest.mark.parametrize("name", sorted(INLINE_CHAINED))
def test_the_url_written_in_a_chain_not_read_is_said_there(tmp_path: Path, name: str) -> None:
    """No miss is silent: `http.post('…/flows/executions').send(body)` (or `req = client.post(…)`, then
    `req.send(body)`) is read as a POST whose body was never seen; the URL written in it gets the FL011 note, as a bound
    URL does where it is used; a status read beside gets none."""
    text, lines = INLINE_CHAINED[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" and d["line"] in (3, 5, 6, 10) for d in found), found  # reached: the read launch is judged
    unread = {d["line"]: d["message"] for d in found if d["code"] == "FL011"}
    assert sorted(unread) == sorted(lines), found
    for line, callee in lines.items():
        assert f"it is passed to {callee}, a POST whose body is given where flowlint does not look" in unread[line], unread


def test_a_command_whose_options_are_not_seen_gets_its_own_note_only(tmp_path: Path) -> None:
    """The note of a code call whose body is not seen is code's: a curl given options flowlint cannot see says its own
    (it got both, the code one garbled, at 547f599; with reachsh's arrays, train 1c)."""
    found = check_file(tmp_path, "b.sh", f'curl -X POST "{API}" $DATA_OPTS\n')
    assert [d["code"] for d in found] == ["FL011"] and "curl command" in found[0]["message"], found


NAMED_CLIENTS = {  # clients read by their package's own name, unimported (a global) or required under any name
    "sa.js": f"export const go = () => superagent.post('{API}').set('Accept', 'json').send({{ type: 'flow', flowId: 'x9' }});\n",
    "n1.js": f"const n = require('needle');\nn.post('{API}', {{ type: 'flow', flowId: 'x9' }}, {{ json: true }}, (e, r) => {{}});\n",
    "n2.js": f"needle('post', '{API}', {{ type: 'flow', flowId: 'x9' }}, {{ json: true }});\n",
    "n3.js": f"import needle from 'needle';\nawait needle.request('POST', '{API}', {{ type: 'flow', flowId: 'x9' }}, {{ json: true }});\n",
    # an agent of superagent's, and ky and got imported under another name
    "agent.js": f"const agent = require('superagent').agent();\nagent.post('{API}').send({{ type: 'flow', flowId: 'x9' }});\n",
    "ky.js": f"import client from 'ky';\nclient.post('{API}', {{ json: {{ type: 'flow', flowId: 'x9' }} }});\n",
    "got.js": f"const g = require('got');\ng.post('{API}', {{ json: {{ type: 'flow', flowId: 'x9' }} }});\n",
}


@pytest.mark.parametrize("name", sorted(NAMED_CLIENTS))
def test_superagent_and_needle_are_read_by_their_own_names(tmp_path: Path, name: str) -> None:
    """`superagent.post(…).send(body)` with no import (a global) or on an agent, needle's `needle.post(url, data,
    {json: true})`, `needle('post', …)`, `needle.request(…)` (its callback no route's handler), and ky's or got's
    `post(url, {json})` imported under another name are launches: their bodies are judged."""
    text = NAMED_CLIENTS[name]
    found = check_file(tmp_path, name, text)
    assert sorted(d["code"] for d in found) == ["FL101", "FL104"], found
    assert all(d["line"] == text.count("\n") for d in found), found


def test_a_body_bound_to_a_name_and_given_to_needle_keeps_its_values(tmp_path: Path) -> None:
    """needle only reads the data it is given: a body bound to a name and passed to it is judged, values too."""
    text = (f"const needle = require('needle');\nconst body = {{ type: 'flow', flowId: 'x9' }};\n"
            f"needle('post', '{API}', body, {{ json: true }});\n")
    assert sorted((d["code"], d["line"]) for d in check_file(tmp_path, "n.js", text, "-v")) == [("FL101", 2), ("FL104", 2)]


def test_needle_without_json_true_or_superagent_bound_otherwise_is_not_judged(tmp_path: Path) -> None:
    """needle sends an object form-encoded unless `json: true` (or the Content-Type application/json) is in the call's
    options (its defaults take no `json`): without, FL304, the object judged as the body meant. A file that calls
    `needle.defaults` (whose headers may give a JSON Content-Type) leaves the body not known: nothing fails. A
    `superagent` the file binds to its own object is not superagent."""
    needle = f"const needle = require('needle');\nneedle.post('{API}', {{ type: 'flow', flowId: 'x9' }});\n"
    assert [read.kind for read in extract("javascript", needle, "n.js")] == ["needle"]  # reached
    assert sorted(d["code"] for d in check_file(tmp_path, "n.js", needle)) == ["FL101", "FL104", "FL304"]
    defaults = needle.replace("needle.post", "needle.defaults({ headers: h });\nneedle.post")
    assert [read.kind for read in extract("javascript", defaults, "n.js")] == ["needle"]  # reached: read, body unknown
    assert not [d for d in check_file(tmp_path, "n.js", defaults) if d["severity"] != "info"]
    own = ("const superagent = { post: (u) => ({ send: (b) => b }) };\n"
           f"superagent.post('{API}').send({{ type: 'flow', flowId: 'x9' }});\n")
    assert not [read for read in extract("javascript", own, "o.js") if read.kind == "superagent"]


LOGGED = {
    "log.js": ("const api = new (require('purecloud-platform-client-v2').ArchitectApi)();\n"
               "export async function go() {\n  try {\n    await api.postFlowsExecutions({ flowId: 'x' });\n"
               "    console.log(`postFlowsExecutions success! ${Date.now()}`);\n"
               "    send('POST /api/v2/flows/executions', { type: 'flow' });\n"
               "  } catch (e) { logger.error('There was a failure calling postFlowsExecutions', e); }\n}\n", 6),
    "log.py": ("import logging\nimport PureCloudPlatformClientV2 as gc\nlog = logging.getLogger(__name__)\n\n"
               "def go():\n    try:\n        gc.ArchitectApi().post_flows_executions({\"flowId\": \"x\"})\n"
               "        send(f\"{BASE}/api/v2/flows/executions\", {\"type\": \"flow\"})\n"
               "    except Exception as e:\n"
               "        print(\"Exception when calling ArchitectApi->post_flows_executions: %s\\n\" % e)\n"
               "        log.exception(f\"post_flows_executions failed: {e}\")\n", 8),
}


@pytest.mark.parametrize("name", sorted(LOGGED))
def test_a_message_naming_the_launch_is_no_launch_not_read(tmp_path: Path, name: str) -> None:
    """A log line or an error message that names the SDK's method is words, not a URL: only the route passed to
    `send(…)` is a launch not read (the SDK's own documentation examples log this way)."""
    text, line = LOGGED[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL104" for d in found)  # reached: the launch beside them is read and judged
    assert [(d["line"], "`send(…)`" in d["message"]) for d in found if d["code"] == "FL011"] == [(line, True)], found


COMMANDS = {  # the endpoint's path in a sentence: a shell command or a raw request, each a launch flowlint does not read
    "cmd.py": ("import os\nimport json\nimport requests\n\ndef go(host, body):\n"
               "    os.system(f\"curl -X POST https://{host}/api/v2/flows/executions -d '{json.dumps(body)}'\")\n"
               "    sock.sendall(b\"POST /api/v2/flows/executions HTTP/1.1\\r\\nHost: api.mypurecloud.com\\r\\n\\r\\n{}\")\n"
               "    requests.post(f\"https://{host}/api/v2/flows/executions\", json={\"flowId\": \"x\"})\n", [6, 7]),
    "cmd.js": ("const { execSync } = require('child_process');\nexport function go(token) {\n"
               "  execSync(`curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Authorization: Bearer ${token}\"`);\n"
               "  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', "
               "headers: {'Content-Type': 'application/json'}, body: JSON.stringify({flowId: 'x'})});\n}\n", [3]),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_command_naming_the_endpoint_beside_a_launch_read_is_a_launch_not_read(tmp_path: Path, name: str) -> None:
    """Words around the endpoint's path do not make a message of it: `curl …` in os.system, a raw HTTP request."""
    text, lines = COMMANDS[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL104" for d in found)  # reached: the launch beside them is read and judged
    assert [d["line"] for d in found if d["code"] == "FL011"] == lines, found


def test_a_message_is_told_from_a_name_once_per_string(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many times one template names the SDK method, its text is searched for words once (it was rebuilt and
    searched per mention, one copy per hole: cubic, a minute on a 42 KB line)."""
    from validator.sources import code
    from validator.sources.javascript import JavaScriptReader

    searched: list[int] = []

    class Counted:
        def search(self, text: bytes) -> object:
            searched.append(len(text))
            return words.search(text)

    words = code._WORDS
    monkeypatch.setattr(code, "_WORDS", Counted())
    costs = []
    for count in (100, 200):
        searched.clear()
        text = ("const api = new (require('purecloud-platform-client-v2').ArchitectApi)();\n"
                "export async function go() { await api.postFlowsExecutions({ flowId: 'x' }); }\n"
                "console.log(`" + "${a} postFlowsExecutions " * count + "`);\n")
        reader = JavaScriptReader(*code.parsed("javascript", text), 10, "javascript")
        assert reader.launches() and reader.unread_beside([]) == [] and searched  # reached: the log line was judged words
        costs.append(sum(searched))
    assert costs[1] <= 2.2 * costs[0], costs


def test_a_urllib_body_encoded_into_a_name_first_is_read(tmp_path: Path) -> None:
    text = URLLIB.replace('        data=json.dumps(body).encode("utf-8"),\n', "        data=data,\n").replace(
        "    req = urllib", '    data = json.dumps(body).encode("utf-8")\n    req = urllib')
    assert "data=data," in text  # reached: the encoded text is bound to a name first
    assert found_at(check_file(tmp_path, "lambda.py", text.replace("BAD", ', "priority": 1'))) == [("FL102", 7)]
    assert check_file(tmp_path, "lambda.py", text.replace("BAD", ""), "--verbose") == []  # its body seen, no note


def test_a_body_given_second_in_python_is_read(tmp_path: Path) -> None:
    """requests' post(url, data): a dict given second is a form; another client's post(path, body) sends that body
    (how, not known): it was read as a launch with no body, and nothing in it was checked."""
    api = "https://api.mypurecloud.com/api/v2/flows/executions"
    text = ("import requests\nfrom genesys_client import GenesysClient\n\nclient = GenesysClient()\n"
            f'client.post("/api/v2/flows/executions", {{"flowId": "x"}})\n'
            f'requests.post("{api}", {{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}})\n'
            f'requests.get("{api}/e-1", {{"expand": "x"}})\n')
    assert found_at(check_file(tmp_path, "a.py", text)) == [("FL104", 5), ("FL304", 6)]


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", f"export const go = () => fetch('{API}', {{ method: 'POST', headers: {{ Authorization: 'Bearer ' + t }} }});\n"),
    ("a.py", f"import requests\n\nrequests.post('{API}', headers={{'Authorization': 'Bearer ' + t}})\n"),
    ("a.http", f"POST {API}\nAuthorization: Bearer {{{{token}}}}\n"),
    ("a.sh", f"curl -X POST '{API}' -H \"Authorization: Bearer $TOKEN\"\n"),
])
def test_a_launch_sent_with_no_body_is_fl103(tmp_path: Path, name: str, text: str) -> None:
    """A POST with nothing written as its body sends no flowId: it was read as a launch and passed in silence."""
    assert [(d["code"], "sends no body" in d["message"]) for d in check_file(tmp_path, name, text)] == [("FL103", True)]
    assert [d["code"] for d in check_file(tmp_path, "b.sh", f"curl -X POST '{API}' -F flowId=x\n")] == ["FL304"]  # a form


def test_a_body_given_by_position_is_read_where_its_place_is_known(tmp_path: Path) -> None:
    """requests' post(url, data, json): the third is JSON and a literal None is no body; an unknown client given more
    than one argument after the path: which is the body is not known (it was the second, and judged)."""
    text = (f"import requests\n\nrequests.post('{API}', None, {{'flowId': '{UUID}'}})\n"
            f"requests.post('{API}', None, {{'flowId': '{UUID}', 'type': 'x'}})\n"
            f"requests.post('{API}', {{'flowId': '{UUID}'}})\n"
            "def go(client, body):\n    return client.post('/api/v2/flows/executions', {'retries': 3}, body)\n")
    found = check_file(tmp_path, "a.py", text)
    assert found_at(found) == [("FL101", 4), ("FL304", 5)]
    assert "data= (or second, after the URL)" in found[1]["message"]


@pytest.mark.parametrize(("name", "text"), [
    ("a.py", "import http.client, json\n\ndef go(conn, headers, body):\n"
             "    conn.request('POST', '/api/v2/flows/executions', json.dumps(body), headers)\n"),
    ("b.py", "import json, urllib.request\n\ndef go(req, body):\n"
             "    return urllib.request.urlopen(req, data=json.dumps(body).encode())\n"),
    ("c.py", f"import requests\n\nrequests.post('{API}', files={{'f': open('x', 'rb')}})\n"),
    ("d.js", f"const https = require('https');\nconst r = https.request('{API}', {{ method: 'POST' }});\n"
             "r.write(JSON.stringify({ flowId }));\nr.end();\n"),
    ("e.js", f"const go = (payload, headers) => fetch('{API}', {{ method: 'POST', headers, "
             "...(payload && { body: JSON.stringify(payload) }) });\n"),
    ("f.js", "async function go(t) {\n  const opts = { method: 'POST', headers: { Authorization: t } };\n"
             "  opts.body = JSON.stringify({ flowId: 'x' });\n  return fetch('" + API + "', opts);\n}\n"),
    ("g.sh", f"curl -X POST '{API}' -H 'Content-Type: application/json' -T body.json\n"),
    ("h.sh", f"curl -sSd '{{\"flowId\": \"x\"}}' -X POST '{API}' -H 'Content-Type: application/json'\n"),
    ("i.sh", f'curl -X POST {API} "$@"\n'),
    ("j.js", "function setBody(init, payload) { init.body = JSON.stringify(payload); }\n"
             "export function go(headers, payload) {\n  const init = { method: 'POST', headers };\n"
             f"  setBody(init, payload);\n  return fetch('{API}', init);\n}}\n"),
])
def test_a_body_written_where_the_reader_does_not_look_is_no_fl103(tmp_path: Path, name: str, text: str) -> None:
    """FL103 "sends no body" only where the reader saw every place the client takes a body from (these each send one)."""
    from validator.sources.extract import extract
    from validator.sources.kinds import source_kind

    requests = extract(source_kind(name, text.encode()) or "", text, name)
    if name not in ("a.py", "b.py"):  # reached: read as a request that sends a body not seen (http.client, urlopen(req): none)
        assert requests and not any(request.bodiless for request in requests)
    assert [d["code"] for d in check_file(tmp_path, name, text) if d["code"] == "FL103"] == []
    bare = f"curl -X POST '{API}' -H 'Authorization: Bearer $T'\n"  # reached: the same reader says it of a bare POST
    assert "FL103" in [d["code"] for d in check_file(tmp_path, "z.sh", bare)]


def test_a_python_dicts_int_and_keyword_keys_are_sent_as_json_dumps_writes_them(tmp_path: Path) -> None:
    """{1: …} is sent as "1", {True: …} as "true": they were unknown members, and the body passed in silence."""
    text = (f"import requests\n\nrequests.post('{API}', json={{'flowId': '{UUID}', 0x1F: 'a', True: 'b'}})\n"
            f"requests.post('{API}', json={{'flowId': '{UUID}', None: 2}})\n")
    found = check_file(tmp_path, "a.py", text)
    assert [(d["code"], d["message"].split("`")[1]) for d in found] == [("FL102", "31"), ("FL102", "true"), ("FL102", "null")]


@pytest.mark.usefixtures("every_finding_listed")
def test_mentions_in_one_concatenation_are_judged_as_each_alone(tmp_path: Path) -> None:
    """The climb from each mention of a concatenation is found once (every mention climbed it again: 2,000 terms took
    28 s); the second mention takes the first one's answer, words above it included."""
    launch = (f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
              f"body: JSON.stringify({{ flowId: '{UUID}' }}) }});\n")
    words = launch + "log(`calling ${'postFlowsExecutions' + '/' + 'postFlowsExecutions'} failed badly`);\n"
    assert check_file(tmp_path, "a.js", words, "--verbose") == []  # a message: no note
    bare = words.replace("calling ", "").replace(" failed badly", "")
    assert [(d["code"], d["column"]) for d in check_file(tmp_path, "b.js", bare, "--verbose")] == [("FL011", 9), ("FL011", 39)]
    long = launch + "send(" + " + ".join(["'/api/v2/flows/executions'"] * 300) + ");\n"
    assert len([d for d in check_file(tmp_path, "c.js", long, "--verbose") if d["code"] == "FL011"]) == 300


DOC_SKETCH = ('# Launch\n\n```\nPOST /api/v2/flows/executions\n{\n  "flowId": "${flow_id}",\n  "inputs": {"Flow.x": "<value>"}\n}\n'
              '```\n\n```bash\ncurl -X POST ' + API + ' -H "Content-Type: application/json" '
              """-d '{"flowId": "<your flow id>", "data": {}}'\n```\n""")


def test_a_request_in_documentation_is_an_illustration(tmp_path: Path) -> None:
    """Its placeholders are the reader's to fill in and its headers are left out (a Genesys blueprint's README got an
    FL104 and an FL303 error for each example); what it writes is still judged (the public answers' `inputs`, `data`)."""
    assert found_at(check_file(tmp_path, "README.md", DOC_SKETCH)) == [("FL101", 7), ("FL101", 12)]
    sent = DOC_SKETCH.split("```")[1].strip()  # the same request in a request file is sent as written
    assert [d["code"] for d in check_file(tmp_path, "launch.http", sent)] == ["FL303", "FL104", "FL101"]


# -- options handed alone: got(options), got.post(options), $.post(settings), requests.request(**{…}) --------------
OPTIONS_ALONE = {
    "o.js": ("const got = require('got');\n"
             f"const U = '{API}';\n"
             "const F = '770ea816-7ce7-4e44-ac49-b935fba7f268';\n"
             "export const b1 = () => got({ url: U, method: 'POST', json: { flowId: F, type: 'flow' } });\n"
             "export const b2 = () => got.post({ url: U, json: { flowId: F, type: 'flow' } });\n"
             "export const b3 = () => $.post({ url: U, contentType: 'application/json',\n"
             "  data: JSON.stringify({ flowId: F, type: 'flow' }) });\n"
             f"export const b4 = () => got({{ url: '{API}', json: {{ flowId: F }} }});\n", [4, 5, 7]),
    "o.py": ("import requests\n\n"
             f"U = '{API}'\n\n\n"
             "def launch():\n"
             "    return requests.request(**{'method': 'POST', 'url': U, 'json': {'flowId': 'x', 'type': 'flow'}})\n",
             [7]),
}


@pytest.mark.parametrize("name", sorted(OPTIONS_ALONE))
def test_a_client_given_its_options_alone_is_read(tmp_path: Path, name: str) -> None:
    """got's `got(options)` and `got.post(options)` (the URL in `url`), jQuery's `$.post(settings)` (1.12/2.2 on) and
    Python's `**{…}` written at the call send what their options say: read and judged, not passed over in silence."""
    text, lines = OPTIONS_ALONE[name]
    found = check_file(tmp_path, name, text)
    assert [d["line"] for d in found if d["code"] == "FL101"] == lines, found
    assert not [d for d in found if d["code"] == "FL011"], found
    if name == "o.js":  # got({url, json}) with no method is a GET: said as one, not taken for a POST
        assert [d["line"] for d in found if d["code"] == "FL301"] == [8], found


HANDED_IN_OPTIONS = {  # beside a launch read: the endpoint a member of the options given to a client no reader knows
    "h.js": (f"const U = '{API}';\n"
             "const F = '770ea816-7ce7-4e44-ac49-b935fba7f268';\n"
             "export const a = () => fetch(U, { method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
             "  body: JSON.stringify({ flowId: 'x' }) });\n"
             "export const b = () => someClient.send({ url: U, body: { flowId: F, type: 'flow' } });\n"
             f"export const c = () => someClient.send({{ url: '{API}', body: payload }});\n"
             "export const d = () => audit({ url: U, note: 'sent' });\n", [5, 6]),
    "h.py": ("import requests\n\n"
             f"U = '{API}'\n\n\n"
             "def a():\n    requests.post(U, json={'flowId': 'x'})\n\n\n"
             "def b(payload):\n    some_client.send({'url': U, 'json': payload})\n"
             f"    some_client.send({{'url': '{API}', 'json': {{'flowId': 'x', 'type': 'flow'}}}})\n"
             "    audit({'url': U, 'note': 'sent'})\n", [11, 12]),
}


@pytest.mark.parametrize("name", sorted(HANDED_IN_OPTIONS))
def test_the_endpoint_in_options_given_to_an_unread_client_is_said(tmp_path: Path, name: str) -> None:
    """No miss is silent: `send({url: U, body})` beside a launch read gets the FL011 note at the mention (by name or
    written whole); options holding nothing to send but text (`audit({url: U, note: 'sent'})`) get none."""
    text, lines = HANDED_IN_OPTIONS[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL104" for d in found), found  # reached: the launch beside it is read and judged
    unread = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in unread] == lines, found
    assert all("send(…)`" in d["message"] for d in unread), unread
