"""A request to `/api/v2/flows/executions/{id}` whose method flowlint cannot know launches only when it sends a body
flowlint read (a GET cannot carry one): without one it may be a run's status read, so it gets the FL011 note "may
launch a flow or read a run's status", never FL106 (an unknown never fails a check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

UNSURE = "so it may launch a flow or read a run's status"
FL106 = "FL106"


def said(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text)
    return [(d["code"], d["message"]) for d in diagnostics("--no-cache", "-v", str(tmp_path / name))]


UNKNOWN_METHOD = [
    ("param.js", "const BASE = 'https://api.mypurecloud.com/api/v2';\n"
                 "exports.a = (id, m) => fetch(`${BASE}/flows/executions/${id}`, { method: m });\n"),
    ("shorthand.js", "module.exports = (method, id, t) => fetch(`https://api.mypurecloud.com/api/v2/flows/executions/${id}`, "
                     "{ method, headers: { Authorization: 'Bearer ' + t } });\n"),
    ("method_unknown.py", "import requests\nBASE = 'https://api.mypurecloud.com'\n\n\n"
                          "def call(method, execution_id, token):\n"
                          "    return requests.request(method, f'{BASE}/api/v2/flows/executions/{execution_id}',\n"
                          "                            headers={'Authorization': f'Bearer {token}'}).json()\n"),
    ("proxy.py", "import httpx\nfrom fastapi import FastAPI, Request\napp = FastAPI()\nBASE = 'https://api.mypurecloud.com'\n\n\n"
                 "@app.api_route('/runs/{execution_id}', methods=['GET', 'HEAD'])\n"
                 "async def run_status(execution_id: str, request: Request):\n"
                 "    async with httpx.AsyncClient() as client:\n"
                 "        r = await client.request(request.method, f'{BASE}/api/v2/flows/executions/{execution_id}')\n"
                 "    return r.json()\n"),
    # A wrapper whose body is not known (`body && JSON.stringify(body)`, nothing passed for it) sends none that is seen.
    ("wrapper.js", "const BASE = 'https://api.mypurecloud.com';\n"
                   "async function api(token, path, m, body) {\n"
                   "  return fetch(BASE + path, { method: m, headers: { Authorization: token }, body: body && JSON.stringify(body) });\n"
                   "}\nexports.status = (t, id, m) => api(t, '/api/v2/flows/executions/' + id, m);\n"),
]


@pytest.mark.parametrize(("name", "text"), UNKNOWN_METHOD)
def test_a_method_not_known_without_a_body_seen_may_read_a_status(tmp_path: Path, name: str, text: str) -> None:
    found = said(tmp_path, name, text)
    assert any(code == "FL011" and UNSURE in message for code, message in found), found  # reached: the request was read
    assert not any(code == FL106 for code, _ in found), found


def test_a_method_not_known_sending_a_launch_body_is_a_launch(tmp_path: Path) -> None:
    found = said(tmp_path, "launch.js", "exports.go = (id, m) => fetch(`https://api.mypurecloud.com/api/v2/flows/executions/${id}`, "
                 "{ method: m, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: id }) });\n")
    assert any(code == FL106 for code, _ in found), found


@pytest.mark.parametrize(("name", "text"), [
    ("seed.js", "exports.go = (id, t) => fetch(`https://api.mypurecloud.com/api/v2/flows/executions/${id}`, "
                "{ method: 'POST', headers: { Authorization: t } });\n"),
    ("post.js", "const axios = require('axios');\nconst url = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
                "exports.go = (id, body) => axios.post(url + '/' + id, body);\n"),
])
def test_a_post_with_the_id_in_the_path_stays_fl106(tmp_path: Path, name: str, text: str) -> None:
    assert any(code == FL106 for code, _ in said(tmp_path, name, text))


def test_the_note_says_no_body_is_sent_when_the_request_sends_none(tmp_path: Path) -> None:
    [message] = [m for code, m in said(tmp_path, *UNKNOWN_METHOD[0]) if code == "FL011"]
    assert "its method is not known here and it sends no body" in message
