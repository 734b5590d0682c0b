"""A same-file wrapper's parameter the call passes nothing for takes its default (`method = 'GET'`, `{ method = 'GET',
body } = {}`, Python's `method="GET", json=None`): a status read through it is silent, a launch through it is judged
with the method and body it sends."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

JS_WRAPPERS = [
    "async function api(token, path, { method = 'GET', body } = {}) {\n"
    "  const res = await fetch(BASE + path, { method, headers: { Authorization: 'Bearer ' + token, 'Content-Type': "
    "'application/json' }, body: body && JSON.stringify(body) });\n  return res.json();\n}\n",
    "async function api(token, path, method = 'GET', body = undefined) {\n"
    "  const res = await fetch(BASE + path, { method, headers: { Authorization: 'Bearer ' + token, 'Content-Type': "
    "'application/json' }, body: body && JSON.stringify(body) });\n  return res.json();\n}\n",
]
PY_WRAPPER = ("import requests\nBASE = 'https://api.mypurecloud.com'\n\n\n"
              "def api(token, path, method='GET', json=None):\n"
              "    return requests.request(method, BASE + path, json=json, headers={'Authorization': f'Bearer {token}'}).json()\n\n\n")


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    (tmp_path / name).write_text(text)
    return [(d["code"], d["line"]) for d in diagnostics("--no-cache", "-v", str(tmp_path / name))]


@pytest.mark.parametrize("wrapper", JS_WRAPPERS)
def test_a_js_status_read_through_a_get_default_is_silent(tmp_path: Path, wrapper: str) -> None:
    destructured = "{" in wrapper.split(")")[0]
    text = ("const BASE = 'https://api.mypurecloud.com';\n" + wrapper
            + "exports.status = (t, id) => api(t, '/api/v2/flows/executions/' + id);\n"
            + "exports.launch = (t) => api(t, '/api/v2/flows/executions', "
            + ("{ method: 'POST', body: { flowId: 'my-flow' } });\n" if destructured else "'POST', { flowId: 'my-flow' });\n"))
    said = found(tmp_path, "api.js", text)
    assert ("FL104", 7) in said, said  # reached: the launch through the same wrapper is read, with its body
    assert [code for code, line in said if line == 6] == [], said


def test_a_python_status_read_through_a_get_default_is_silent(tmp_path: Path) -> None:
    text = (PY_WRAPPER + "def status(token, execution_id):\n    return api(token, f'/api/v2/flows/executions/{execution_id}')\n\n\n"
            "def launch(token):\n    return api(token, '/api/v2/flows/executions', 'POST', json={'flowId': 'my-flow'})\n\n\n"
            "def launch_empty(token):\n    return api(token, '/api/v2/flows/executions', 'POST')\n")
    said = found(tmp_path, "api.py", text)
    assert ("FL104", 14) in said, said  # reached: the launch through the same wrapper is read
    assert ("FL103", 18) in said, said  # json=None sends no body: no flowId (not FL003's null body)
    assert not any(code in ("FL003", "FL301", "FL106") for code, _ in said), said
    assert [code for code, line in said if line == 10] == [], said


def test_a_default_the_call_overrides_is_not_taken(tmp_path: Path) -> None:
    text = (PY_WRAPPER + "def wrong(token, flow_id):\n"
            "    return api(token, f'/api/v2/flows/executions/{flow_id}', method='POST', json={'flowId': flow_id})\n")
    assert ("FL106", 10) in found(tmp_path, "wrong.py", text)


TS_WRAPPERS = [  # the TypeScript forms: the default after a type annotation is the parameter's value, not a pattern's
    ("async function api(path: string, { method = 'GET', body }: RequestInit = {}) {\n", "{ method: 'POST', body: B }"),
    ("async function api(path: string, { method = 'GET', body }: { method?: string; body?: string } = {}): Promise<any> {\n",
     "{ method: 'POST', body: B }"),
    ("const api = async (path: string, { method = 'GET', body }: RequestInit = {}) => {\n", "{ method: 'POST', body: B }"),
    ("async function api(path: string, method: string = 'GET', body?: string) {\n", "'POST', B"),
    ("async function api(path: string, method = 'GET' as string, body?: string) {\n", "'POST', B"),
]


@pytest.mark.parametrize(("head", "given"), TS_WRAPPERS)
def test_a_ts_status_read_through_a_typed_get_default_is_silent(tmp_path: Path, head: str, given: str) -> None:
    text = ("const BASE = 'https://api.mypurecloud.com';\nconst B = JSON.stringify({ flowId: 'my-flow' });\n" + head
            + "  const res = await fetch(BASE + path, { method, headers: { 'Content-Type': 'application/json' }, body });\n"
            + "  return res.json();\n}" + (";" if head.startswith("const") else "") + "\n"
            + "export const status = (id: string) => api('/api/v2/flows/executions/' + id);\n"
            + f"export const launch = () => api('/api/v2/flows/executions', {given});\n")
    said = found(tmp_path, "api.ts", text)
    assert ("FL104", 2) in said, said  # reached: the launch through the same wrapper is read, with its body
    assert [code for code, line in said if line == 7] == [], said  # the status read: no "may launch" note
