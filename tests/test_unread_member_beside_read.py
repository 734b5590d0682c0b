"""No miss is silent, per launch: the endpoint bound to an object's member (a dataclass or settings field, a class
attribute, an object literal's property, `this.url = …`), where a call sends through that member on an object flowlint
cannot follow (`CONFIG.launch_url`, `settings.genesys_launch_url`, `cfg.urls["launch"]`), is a launch not read: said
at that call's own line (FL011, a note), though another launch of the file was read. A member read where it is sent,
only logged, or only used to GET says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.ie/api/v2/flows/executions"
READ_PY = f'requests.post("{API}", json={{"flowId": "{UUID}", "inputs": {{"Flow.x": 1}}}})\n'
READ_JS = f"axios.post('{API}', {{ flowId: '{UUID}', inputs: {{ 'Flow.x': 1 }} }});\n"

MEMBERS = {  # (text, the line of the call sending through the member, the member as written there)
    "dataclass.py": ("from dataclasses import dataclass\n\nimport requests\n\n\n@dataclass(frozen=True)\nclass Config:\n"
                     f'    launch_url: str = "{API}"\n    flow_id: str = "{UUID}"\n\n\nCONFIG = Config()\n\n\n'
                     f"def callback(p):\n    {READ_PY}\n\ndef follow_up(p):\n"
                     '    return requests.post(CONFIG.launch_url, json={"flowId": CONFIG.flow_id, "inputs": {"Flow.a": p}})\n',
                     20, "CONFIG.launch_url"),
    "settings.py": ("import httpx\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n"
                    f'    genesys_launch_url: str = "{API}"\n    timeout: int = 10\n\n\nsettings = Settings()\n\n\n'
                    "async def launch(client: httpx.AsyncClient, phone: str) -> None:\n"
                    f"    {READ_PY.replace('requests.post', 'await client.post')}"
                    "    await client.post(\n        settings.genesys_launch_url,\n"
                    f'        json={{"flowId": "{UUID}", "inputData": {{"phone": phone}}}},\n    )\n',
                    16, "settings.genesys_launch_url"),
    "attribute.py": ("import requests\n\n\nclass Urls:\n"
                     f'    LAUNCH = "{API}"\n\n\ndef go(urls, body):\n    {READ_PY}'
                     "    r = requests.post((urls.LAUNCH), json=body, timeout=5)\n    return r.json()\n",
                     10, "urls.LAUNCH"),
    "subscript.py": (f'import requests\n\nROUTES = {{"launch": "{API}", "status": "{API}/{{id}}"}}\n\n\n'
                     f"def go(cfg, body):\n    {READ_PY}    requests.post(cfg.routes[\"launch\"], json=body)\n",
                     8, 'cfg.routes["launch"]'),
    "property.js": ("const axios = require('axios');\n"
                    f"const settings = {{ genesys: {{ launchUrl: '{API}', region: 'mypurecloud.ie' }} }};\n"
                    f"exports.a = (p) => {READ_JS}"
                    f"exports.b = (p, s) => axios.post(s.launchUrl, {{ flowId: '{UUID}', inputs: {{ 'Flow.b': p }} }});\n",
                    4, "s.launchUrl"),
    "field.ts": ("import axios from 'axios';\n\nexport class GenesysClient {\n"
                 f"  static readonly LAUNCH_URL = '{API}';\n}}\n\n"
                 "export async function launch(client: typeof GenesysClient, phone: string) {\n"
                 f"  {READ_JS}"
                 f"  return axios.post(client.LAUNCH_URL!, {{ flowId: '{UUID}', inputs: {{ 'Flow.phone': phone }} }});\n}}\n",
                 9, "client.LAUNCH_URL"),
    "this.js": ("import fetch from 'node-fetch';\n\nexport class Launcher {\n  constructor(token) {\n"
                f"    this.token = token;\n    this.launchUrl = '{API}';\n  }}\n}}\n\n"
                f"export const first = () => {READ_JS}"
                "export async function second(launcher, body) {\n"
                "  return fetch(launcher['launchUrl'], { method: 'POST', body: JSON.stringify(body) });\n}\n",
                12, "launcher['launchUrl']"),
    "options.js": ("const request = require('./http');\n"
                   f"const config = {{ genesys: {{ launchUrl: '{API}' }} }};\n"
                   f"module.exports.a = (p) => {READ_JS}"
                   "module.exports.b = (ctx, body) => request({ method: 'POST', url: ctx.config.genesys.launchUrl, data: body });\n",
                   4, "ctx.config.genesys.launchUrl"),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_a_launch_through_a_member_holding_the_endpoint_is_said_at_its_call(tmp_path: Path, name: str) -> None:
    text, line, written = MEMBERS[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch beside it was read and judged
    notes = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in notes] == [line], found
    assert notes[0]["severity"] == "info"
    assert f"`{written}`" in notes[0]["message"] and "may hold it" in notes[0]["message"], notes[0]["message"]


QUIET = {  # the member read where it is sent, only logged, or only read with a GET: no launch missed
    "read.py": ("import requests\n\n\nclass Launcher:\n"
                f'    url = "{API}"\n\n    def launch(self, p):\n'
                f'        return requests.post(self.url, json={{"flowId": "{UUID}", "inputs": {{"Flow.x": p}}}})\n'),
    "logged.py": ("import logging\n\nimport requests\n\n\nclass Config:\n"
                  f'    launch_url = "{API}"\n\n\ndef go(cfg, p):\n'
                  '    logging.info("launching at %s", cfg.launch_url)\n'
                  "    requests.get(cfg.launch_url, params={'pageSize': 25})\n"
                  f"    {READ_PY}"),
    "logged.js": (f"const cfg = {{ launchUrl: '{API}' }};\n"
                  "export async function go(s, p) {\n  console.log('launching at', s.launchUrl, p);\n"
                  "  await axios.get(s.launchUrl, { params: { pageSize: 25 } });\n"
                  f"  {READ_JS}}}\n"),
    # a test's stand-ins answering the launch (pytest-httpx, Cypress), given the endpoint whole, by name or by member
    "test_stand_ins.py": ("import requests\n\nfrom app.settings import settings\n\n" f'URL = "{API}"\n\n\n'
                          "def test_launch(httpx_mock):\n"
                          f'    httpx_mock.add_response(url="{API}", method="POST", json={{"id": "r"}})\n'
                          '    httpx_mock.add_response(url=URL, method="POST", json={"id": "r"})\n'
                          '    httpx_mock.add_callback(reply, url=settings.launch_url, method="POST")\n'
                          f"    {READ_PY}"),
    "stand_ins.cy.ts": (f"const cfg = {{ launchUrl: '{API}' }};\nconst URL = '{API}';\n"
                        "it('launches', () => {\n"
                        f"  cy.intercept('POST', '{API}', {{ statusCode: 200, body: {{ id: 'r' }} }}).as('launch');\n"
                        "  cy.intercept('POST', URL, { statusCode: 200, body: { id: 'r' } });\n"
                        "  cy.intercept('POST', cfg.launchUrl, { fixture: 'launch.json' });\n"
                        f"  {READ_JS}}});\n"),
}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_a_member_holding_the_endpoint_sent_nowhere_unread_says_nothing(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, QUIET[name])
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch was read and judged
    assert not [d for d in found if d["code"] == "FL011"], found


BUILT = {  # the endpoint built on a base not known, bound to a name, given to a client no reader follows
    "tornado.py": ("import json\n\nimport requests\nfrom tornado.httpclient import AsyncHTTPClient\n\n\n"
                   f"def callback(p):\n    {READ_PY}\n\nasync def follow_up(base, p):\n"
                   '    url = f"{base}/api/v2/flows/executions"\n'
                   f'    return await AsyncHTTPClient().fetch(url, method="POST", body=json.dumps({{"flowId": "{UUID}"}}))\n',
                   13, "url", "AsyncHTTPClient().fetch(…)"),
    "options.js": ("const axios = require('axios');\n"
                   f"exports.a = (p) => {READ_JS}"
                   "exports.b = async (http, base, p) => {\n  const url = `${base}/api/v2/flows/executions`;\n"
                   f"  return http.request({{ method: 'POST', url, data: {{ flowId: '{UUID}', inputData: {{ 'Flow.b': p }} }} }});\n}};\n",
                   5, "url", "http.request(…)"),
    "joined.ts": ("import axios from 'axios';\n\nexport async function go(gateway: Gateway, region: string, p: string) {\n"
                  f"  {READ_JS}"
                  "  const launchUrl = 'https://api.' + region + '/api/v2/flows/executions';\n"
                  f"  await gateway.send(launchUrl, {{ flowId: '{UUID}', inputData: {{ 'Flow.p': p }} }});\n}}\n",
                  6, "launchUrl", "gateway.send(…)"),
}


@pytest.mark.parametrize("name", sorted(BUILT))
def test_a_built_launch_url_given_to_a_call_not_read_is_said_there(tmp_path: Path, name: str) -> None:
    text, line, written, callee = BUILT[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch beside it was read and judged
    notes = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in notes] == [line], found
    assert f"`{written}` holds it and is passed here to `{callee}`" in notes[0]["message"], notes[0]["message"]


DEFAULTED = {  # the endpoint given as a parameter's default, the parameter given to the call that sends
    "default.py": ("import requests\n\n" f'LAUNCH_URL = "{API}"\n\n\n'
                   f"def callback(p):\n    return {READ_PY}\n\n"
                   "def launch(body: dict, url: str = LAUNCH_URL, timeout: float = 10.0):\n"
                   "    return requests.post(url, json=body, timeout=timeout)\n", 11, "url"),
    "default.js": (f"const LAUNCH_URL = '{API}';\n"
                   f"export const callback = (p) => {READ_JS}"
                   "export async function launch(body, { endpoint = LAUNCH_URL, token } = {}) {\n"
                   "  return axios.post(endpoint, body, { headers: { Authorization: `Bearer ${token}` } });\n}\n",
                   4, "endpoint"),
    "default.ts": (f"const LAUNCH_URL = '{API}';\n"
                   f"export const callback = (p: string) => {READ_JS}"
                   "export const launch = async (body: object, url = LAUNCH_URL) =>\n"
                   "  fetch(url, { method: 'POST', body: JSON.stringify(body) });\n",
                   4, "url"),
}


@pytest.mark.parametrize("name", sorted(DEFAULTED))
def test_a_launch_url_given_as_a_parameters_default_is_said_where_it_is_sent(tmp_path: Path, name: str) -> None:
    text, line, parameter = DEFAULTED[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch beside it was read and judged
    notes = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in notes] == [line], found
    assert f"`{parameter}` defaults to `LAUNCH_URL`, which holds it" in notes[0]["message"], notes[0]["message"]


KEPT = {  # a constructor's parameter defaulting to the endpoint, kept as a member and sent through it (review R18)
    "init.py": ("import requests\n\n" f'LAUNCH_URL = "{API}"\n\n\nclass Client:\n'
                '    def __init__(self, url: str = LAUNCH_URL, token: str = "") -> None:\n'
                "        self.url = url\n        self.token = token\n\n    def launch(self, phone: str) -> None:\n"
                f'        requests.post(self.url, json={{"flowId": "{UUID}", "inputData": {{"Flow.phone": phone}}}})\n\n\n'
                f"def other():\n    {READ_PY}", 12, "self.url"),
    "ctor.ts": (f"import axios from 'axios';\nconst LAUNCH_URL = '{API}';\n"
                "export class Client {\n  private url: string;\n  constructor(url = LAUNCH_URL) {\n    this.url = url;\n  }\n"
                "  launch(body: object) {\n    return axios.post(this.url, body);\n  }\n}\n"
                f"export const other = () => {READ_JS}", 9, "this.url"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_constructors_default_kept_as_a_member_is_said_where_it_is_sent(tmp_path: Path, name: str) -> None:
    text, line, written = KEPT[name]
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch beside it was read
    notes = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in notes] == [line], found
    assert "defaults to `LAUNCH_URL`, which holds it, and is kept as the member" in notes[0]["message"]
    assert f"`{written}` is given here" in notes[0]["message"], notes[0]["message"]


NOT_LAUNCHES = {  # the endpoint registered, cached or kept, and a common member name on another object (attack A6, A9)
    "routes.py": ("import requests\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n"
                  "def serve(base, router, handler):\n    path = f\"{base}/api/v2/flows/executions\"\n"
                  '    router.add_route("POST", path, handler)\n'
                  '    app.add_url_rule(path, view_func=handler, methods=["POST"])\n\n\n'
                  f"def launch():\n    {READ_PY}"),
    "kept.py": ("import requests\n\n" f'LAUNCH_URL = "{API}"\n\n\n'
                "def remember(cache, body, url=LAUNCH_URL):\n    cache.set(url, body)\n    return dict(url=url, json=body)\n\n\n"
                f"def launch():\n    {READ_PY}"),
    "webhook.js": ("const axios = require('axios');\n"
                   f"const genesys = {{ url: '{API}' }};\n"
                   f"exports.a = () => axios.post(genesys.url, {{ flowId: '{UUID}', inputs: {{}} }});\n"
                   "exports.hook = (hook, event) => axios.post(hook.url, { event });\n"
                   "exports.proxy = (req) => fetch(req.body.url, { method: 'POST', body: JSON.stringify(req.body.payload) });\n"),
}


@pytest.mark.parametrize("name", sorted(NOT_LAUNCHES))
def test_what_registers_keeps_or_posts_elsewhere_gets_no_note(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, NOT_LAUNCHES[name])
    assert any(d["code"] == "FL101" for d in found), found  # reached: the launch beside was read
    assert not [d for d in found if d["code"] == "FL011"], found
