"""A same-file function named like a client (`request`, `fetch`, `axios`, `post`…) is the file's wrapper, read through
as one, never judged by that client's rules; the library's name keeps its meaning when it is the library's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: The rules that judge how a client sends (method, Content-Type, form encoding): the library's rules.
CLIENT_RULES = {"FL301", "FL303", "FL304"}

WRAPPERS = {
    "request.ts": """\
const BASE = 'https://api.mypurecloud.com';
async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${BASE}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
  return (await res.json()) as T;
}
export const launch = (flowId: string) =>
  request<{ id: string }>('/api/v2/flows/executions', { method: 'POST', body: JSON.stringify({ flowId, type: 'workflow' }) });
""",
    "fetch.js": """\
const BASE = 'https://api.mypurecloud.com';
function fetch(path, body) {
  return globalThis.fetch(BASE + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
export const launch = (flowId) => fetch('/api/v2/flows/executions', { flowId, type: 'workflow' });
""",
    "axios.js": f"""\
const axios = async (url, data) =>
  window.fetch(url, {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(data) }});
export const launch = (flowId) => axios('{API}', {{ flowId, type: 'workflow' }});
""",
    "got.mjs": f"""\
export function got(url, body) {{
  return fetch(url, {{ method: 'POST', headers: {{ 'content-type': 'application/json' }}, body: JSON.stringify(body) }});
}}
await got('{API}', {{ flowId: 'f', type: 'workflow' }});
""",
    "post.py": f"""\
import requests


def post(url, data=None):
    return requests.post(url, json=data)


def launch(flow_id):
    return post("{API}", data={{"flowId": flow_id, "type": "workflow"}})
""",
    "rebound.py": f"""\
from app import http_client as requests


def launch(flow_id):
    return requests.post("{API}", {{"flowId": flow_id, "type": "workflow"}})
""",
}


def codes(found: list[dict[str, Any]]) -> set[str]:
    return {d["code"] for d in found}


@pytest.mark.parametrize("name", WRAPPERS)
def test_a_call_of_the_files_own_function_is_read_through_it(tmp_path: Path, name: str) -> None:
    found = codes(check_file(tmp_path, name, WRAPPERS[name], contract_findings=False))
    assert "FL101" in found  # reached: the launch's body was read (its `type` member)
    assert not found & CLIENT_RULES


LIBRARIES = {
    "node-fetch.js": (f"import fetch from 'node-fetch';\nexport const go = () => fetch('{API}', {{ body: '{{}}' }});\n", "FL301"),
    "global.js": (f"export const go = () => fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: 'x' }}) }});\n",
                  "FL303"),
    "undici.mjs": (f"import {{ request }} from 'undici';\n"
                   f"await request('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: 'x' }}) }});\n", "FL303"),
    # a parameter named fetch holds the fetch its caller passes (SvelteKit's load)
    "load.js": (f"export async function load({{ fetch }}) {{\n"
                f"  return fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: 'x' }}) }});\n}}\n", "FL303"),
    # the function named fetch is another scope's: this fetch is the global one
    "scoped.js": (f"function helpers() {{\n  function fetch(path, body) {{ return body; }}\n  return fetch;\n}}\n"
                  f"export const go = () => fetch('{API}', {{ body: '{{}}' }});\n", "FL301"),
    "requests.py": (f"import requests\n\nrequests.post(\"{API}\", {{\"flowId\": \"x\"}})\n", "FL304"),
    "from_requests.py": (f"from requests import post\n\npost(\"{API}\", data={{\"flowId\": \"x\"}})\n", "FL304"),
}


@pytest.mark.parametrize("name", LIBRARIES)
def test_the_librarys_own_name_is_still_the_library(tmp_path: Path, name: str) -> None:
    text, code = LIBRARIES[name]
    assert code in codes(check_file(tmp_path, name, text, contract_findings=False))


ELSEWHERE = {
    "imported.js": f"import {{ request }} from './http';\n"
                   f"export const go = () => request('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: 'x' }}) }});\n",
    "aliased.js": f"import {{ apiFetch as fetch }} from '@acme/http';\nexport const go = () => fetch('{API}', {{ flowId: 'x' }});\n",
    "bare-request.js": f"export const go = () => request('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: 'x' }}) }});\n",
    "own_module.py": f"from .http import post\n\n\ndef go(flow_id):\n    return post(\"{API}\", data={{\"flowId\": flow_id}})\n",
    "app_module.py": f"from app.http import post\n\n\ndef go(flow_id):\n    return post(\"{API}\", data={{\"flowId\": flow_id}})\n",
}


@pytest.mark.parametrize("name", ELSEWHERE)
def test_a_wrapper_written_elsewhere_is_said_not_judged(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, ELSEWHERE[name], "-v", contract_findings=False)
    assert [d["code"] for d in found] == ["FL011"], found  # not read, and said so
