"""FL303 (no JSON Content-Type) of a launch sent through a followed same-file helper that writes its headers itself
(`postJson(path, payload)` around fetch, `post_json(path, payload)` around requests): said where the helper sends its
body, once for all its calls (the fix belongs in the helper), not at each call. Headers the call passes in keep it at
the call."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
JS = f'''async function postJson(path, payload, token) {{
  return fetch(`https://api.mypurecloud.com${{path}}`, {{
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify(payload),
  }});
}}
export async function go(token) {{
  await postJson('/api/v2/flows/executions', {{ flowId: '{FLOW}' }}, token);
  await postJson('/api/v2/flows/executions', {{ flowId: '{FLOW}', name: 'again' }}, token);
}}
'''
PY = f'''import json
import requests


def post_json(path, payload, token):
    return requests.post("https://api.mypurecloud.com" + path, data=json.dumps(payload), headers={{"Authorization": token}})


def go(token):
    post_json("/api/v2/flows/executions", {{"flowId": "{FLOW}"}}, token)
'''


def places(tmp_path: Path, name: str, text: str) -> list[int]:
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL200" for d in found), found  # the launches were read
    return [d["line"] for d in found if d["code"] == "FL303"]


def test_js_said_once_in_the_helper(tmp_path: Path) -> None:
    assert places(tmp_path, "a.js", JS.replace("HEADERS", "{ Authorization: `Bearer ${token}` }")) == [5]


def test_js_headers_passed_in_keep_it_at_each_call(tmp_path: Path) -> None:
    text = JS.replace("HEADERS", "token").replace(", token);", ", { Authorization: 'Bearer x' });")
    assert places(tmp_path, "a.js", text) == [9, 10]


def test_js_a_helper_with_its_content_type_is_clean(tmp_path: Path) -> None:
    assert places(tmp_path, "a.js", JS.replace("HEADERS", "{ 'Content-Type': 'application/json' }")) == []


def test_py_said_in_the_helper(tmp_path: Path) -> None:
    assert places(tmp_path, "a.py", PY) == [6]
