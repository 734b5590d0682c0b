"""A JavaScript/TypeScript body written as a literal `undefined` (or `void 0`, or `JSON.stringify(undefined)`) is no
body: every client sends none for it. A literal `null` is none too where the client sends nothing for it (fetch,
XMLHttpRequest's send, jQuery's data, ky's body, and axios's and superagent's data unless a JSON Content-Type makes them
send the text `null`). So a status read written with one (`xhr.send(null)`, `axios.request({method: 'GET', url,
data: undefined})`, a wrapper given `undefined`) is no launch, and a POST with one sends no body (FL103), never
"the body is object, not an object" (FL003 on JavaScript's `undefined`, which no JSON type names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.extract import extract
from validator.sources.model import NO_BODY
from validator.sources.urls import to_endpoint

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
STATUS = f"`{API}/${{id}}`"

STATUS_READS = [
    "const xhr = new XMLHttpRequest(); xhr.open('GET', 'https://api.' + region + '/api/v2/flows/executions/' + id); xhr.send(null);",
    f"const xhr = new XMLHttpRequest(); xhr.open('GET', {STATUS}); xhr.send(undefined);",
    f"return axios.request({{ method: 'GET', url: {STATUS}, data: undefined }});",
    f"return axios({{ method: 'get', url: {STATUS}, data: null }});",
    f"return fetch({STATUS}, {{ method: 'GET', body: undefined }});",
    f"return fetch({STATUS}, {{ method: 'GET', body: null }});",
    f"return fetch({STATUS}, {{ method: 'GET', body: void 0 }});",
    f"return $.ajax({{ url: {STATUS}, type: 'GET', data: null }});",
    f"return got.get({STATUS}, {{ json: undefined }}).json();",
    f"return ky.get({STATUS}, {{ body: null }}).json();",
]


@pytest.mark.parametrize("call", STATUS_READS)
def test_a_status_read_with_a_nothing_body_is_no_launch(tmp_path: Path, call: str) -> None:
    text = ("const axios = require('axios');\nconst got = require('got');\nconst ky = require('ky');\n"
            f"function status(id, region) {{\n  {call}\n}}\nmodule.exports = {{ status }};\n")
    [read] = extract("javascript", text, "status.js")
    assert read.body is NO_BODY and to_endpoint(read) == "status"
    assert check_file(tmp_path, "status.js", text) == []


WRAPPED = """const axios = require('axios');
function call(method, url, data) {
  return axios.request({ method, url, data });
}
function status(id) {
  return call('GET', `https://api.mypurecloud.com/api/v2/flows/executions/${id}`, undefined);
}
module.exports = { status };
"""

CLASS = """import axios, { AxiosRequestConfig, Method } from 'axios';
export class GenesysApi {
  private http = axios.create({ baseURL: `https://api.${process.env.GC_REGION}` });
  constructor(private token: string) {}
  private async request<T>(method: Method, path: string, data?: unknown): Promise<T> {
    const cfg: AxiosRequestConfig = { method, url: path, data, headers: { Authorization: `Bearer ${this.token}` } };
    const res = await this.http.request<T>(cfg);
    return res.data;
  }
  status(id: string) {
    return this.request<{ status: string }>('GET', `/api/v2/flows/executions/${id}`, undefined);
  }
}
"""


@pytest.mark.parametrize(("name", "text"), [("status.js", WRAPPED), ("api.ts", CLASS)])
def test_a_wrapper_given_undefined_reads_a_status(tmp_path: Path, name: str, text: str) -> None:
    reads = extract("typescript" if name.endswith(".ts") else "javascript", text, name)
    assert [to_endpoint(read) for read in reads if read.body is NO_BODY] == ["status"]
    assert check_file(tmp_path, name, text) == []


HEADERS = "{ Authorization: 'Bearer x', 'Content-Type': 'application/json' }"


@pytest.mark.parametrize("call", [
    f"fetch('{API}', {{ method: 'POST', headers: {HEADERS}, body: undefined }})",
    f"fetch('{API}', {{ method: 'POST', headers: {HEADERS}, body: null }})",
    f"fetch('{API}', {{ method: 'POST', headers: {HEADERS}, body: JSON.stringify(undefined) }})",
    f"got.post('{API}', {{ headers: {HEADERS}, json: undefined }})",
    f"axios.post('{API}', undefined, {{ headers: {{ Authorization: 'Bearer x' }} }})",
])
def test_a_launch_with_a_nothing_body_sends_no_body(tmp_path: Path, call: str) -> None:
    text = f"const axios = require('axios');\nconst got = require('got');\nexports.a = () => {call};\n"
    found = check_file(tmp_path, "u.js", text)
    assert [(d["code"], d["message"].split(",")[0]) for d in found] == [("FL103", "the launch sends no body")]


@pytest.mark.parametrize("call", [
    f"fetch('{API}', {{ method: 'POST', headers: {HEADERS}, body: JSON.stringify(null) }})",
    f"axios.post('{API}', null, {{ headers: {HEADERS} }})",
    f"got.post('{API}', {{ headers: {HEADERS}, json: null }})",
])
def test_a_null_a_client_sends_as_text_is_still_judged(tmp_path: Path, call: str) -> None:
    text = f"const axios = require('axios');\nconst got = require('got');\nexports.a = () => {call};\n"
    found = check_file(tmp_path, "u.js", text)
    assert [(d["code"], d["message"]) for d in found] == [("FL003", "the body is null, not an object")]


def test_a_null_under_a_content_type_not_known_is_not_judged(tmp_path: Path) -> None:
    text = (f"const axios = require('axios');\nconst H = require('./h');\n"
            f"exports.a = (id) => axios.post('{API}', null, {{ headers: H }});\n")
    [read] = extract("javascript", text, "u.js")
    assert read.body is not NO_BODY and read.body is not None  # reached, and read as not known
    assert [d["code"] for d in check_file(tmp_path, "u.js", text)] == []


DEFAULTED = f"""const H = {HEADERS};
function post(url, body = JSON.stringify({{ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90' }})) {{
  return fetch(url, {{ method: 'POST', headers: H, body }});
}}
function send(url, {{ body = JSON.stringify({{ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90' }}) }} = {{}}) {{
  return fetch(url, {{ method: 'POST', headers: H, body }});
}}
exports.a = () => post('{API}', undefined);
exports.b = () => send('{API}', {{ body: undefined }});
exports.c = () => send('{API}', undefined);
exports.d = () => post('{API}', null);
"""


def test_undefined_given_for_a_parameter_takes_its_default(tmp_path: Path) -> None:
    # JavaScript gives a parameter (or a destructured member) its default for undefined, not for null.
    reads = extract("javascript", DEFAULTED, "u.js")
    assert [read.body for read in reads] == [{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}] * 3 + [NO_BODY]
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "u.js", DEFAULTED, contract_findings=False)] == [("FL103", 11)]


def test_an_instance_that_sends_a_body_of_its_own_is_not_said_to_send_none(tmp_path: Path) -> None:
    # got merges the instance's json under a call that gives none (undefined is skipped): the launch has a body.
    text = ("const got = require('got');\n"
            "const client = got.extend({ headers: { Authorization: 'Bearer x' }, json: { flowId: 'x' } });\n"
            "const plain = got.extend({ headers: { Authorization: 'Bearer x' } });\n"
            f"exports.a = () => client.post('{API}', {{ json: undefined }});\n"
            f"exports.b = () => client.post('{API}', {{}});\n"
            f"exports.c = () => plain.post('{API}', {{ json: undefined }});\n")
    assert [read.bodiless for read in extract("javascript", text, "g.js")] == [False, False, True]  # reached, all three
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "g.js", text, contract_findings=False)] == [("FL103", 6)]
