"""A launch URL built in steps, no string of which holds `flows/executions` (`FLOWS = f"{API}/flows"` then
`f"{FLOWS}/executions"`, `urljoin(FLOWS, "executions")`, `new URL('executions', base)`, `API + 'flows'` then
`FLOWS + '/executions'`): the prefilter lets the file in, the reader follows the bindings to the URL the runtime builds,
and the launch is checked. Where the call sending it is not read, the FL011 note is said at the URL built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources.kinds import may_launch
from validator.sources.model import Text
from validator.sources.python import _posix_joined

from conftest import diagnostics

PY_BODY = '{"flowId": "case-flow", "inputs": {"caseId": case_id}}'
JS_BODY = "JSON.stringify({ flowId: 'case-flow', inputs: { caseId: '1' } })"
JS_SEND = "{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: " + JS_BODY + " }"

pytestmark = pytest.mark.usefixtures("in_tmp")

LAUNCHES = [
    pytest.param("launch.py", 'import requests\nAPI = "https://api.mypurecloud.com/api/v2"\nFLOWS = f"{API}/flows"\n'
                 f'def launch(case_id):\n    return requests.post(f"{{FLOWS}}/executions", json={PY_BODY})\n', id="py-fstrings"),
    pytest.param("launch.py", 'import requests\nfrom urllib.parse import urljoin\nAPI = "https://api.mypurecloud.com/api/v2/"\n'
                 'FLOWS = urljoin(API, "flows/")\n'
                 f'def launch(case_id):\n    return requests.post(urljoin(FLOWS, "executions"), json={PY_BODY})\n', id="py-urljoin"),
    pytest.param("launch.py", 'import requests, posixpath\nBASE = "https://api.mypurecloud.com/api/v2"\ndef launch(case_id):\n'
                 f'    return requests.post(posixpath.join(BASE, "flows", "executions"), json={PY_BODY})\n', id="py-posixpath"),
    pytest.param("launch.py", 'import requests\nfrom posixpath import join\nBASE = "https://api.mypurecloud.com/api/v2/"\n'
                 f'def launch(case_id):\n    return requests.post(join(BASE, "flows/", "executions"), json={PY_BODY})\n',
                 id="py-posixpath-imported"),
    pytest.param("launch.ts", "const API = 'https://api.mypurecloud.com/api/v2';\nconst FLOWS = `${API}/flows`;\n"
                 f"export const launch = () => fetch(`${{FLOWS}}/executions`, {JS_SEND});\n", id="ts-templates"),
    pytest.param("launch.js", "const API = 'https://api.mypurecloud.com/api/v2/';\nconst base = new URL('flows/', API);\n"
                 f"export const launch = () => fetch(new URL('executions', base), {JS_SEND});\n", id="js-new-url"),
    pytest.param("launch.js", "const path = require('path');\nconst API = 'https://api.mypurecloud.com';\n"
                 f"export const launch = () => fetch(API + path.posix.join('/api/v2', 'flows', 'executions'), {JS_SEND});\n",
                 id="js-path-join"),
    pytest.param("launch.ts", "const API = 'https://api.mypurecloud.com' + '/api/v2/';\nconst FLOWS = API + 'flows';\n"
                 f"export const launch = () => fetch(FLOWS + '/executions', {JS_SEND});\n", id="ts-plus"),
]


def check(tmp_path: Path, name: str, text: str) -> list[dict[str, Any]]:
    (tmp_path / name).write_text(text)
    return diagnostics("--no-cache", "-v", name)


@pytest.mark.parametrize(("name", "text"), LAUNCHES)
def test_a_launch_url_built_in_steps_is_read(tmp_path: Path, name: str, text: str) -> None:
    codes = {d["code"] for d in check(tmp_path, name, text)}
    assert {"FL101", "FL104"} <= codes  # the body's `inputs` and flow name: the launch was read and checked
    assert "FL011" not in codes


@pytest.mark.parametrize(("name", "text"), [
    pytest.param("send.py", 'API = "https://api.mypurecloud.com/api/v2"\nFLOWS = f"{API}/flows"\n'
                 'def launch(client):\n    return client.send(f"{FLOWS}/executions", {"flowId": "x"})\n', id="py"),
    pytest.param("send.js", "const API = 'https://api.mypurecloud.com/api/v2';\nconst FLOWS = `${API}/flows`;\n"
                 "export const launch = () => myClient.send(`${FLOWS}/executions`, { flowId: 'x' });\n", id="js"),
])
def test_a_built_launch_url_sent_by_a_call_not_read_is_noted(tmp_path: Path, name: str, text: str) -> None:
    said = check(tmp_path, name, text)
    assert [d["code"] for d in said] == ["FL011"]
    assert "mentions the launch endpoint" in said[0]["message"] and ".send(…)" in said[0]["message"]
    assert said[0]["line"] == (4 if name.endswith(".py") else 3)


@pytest.mark.parametrize(("name", "text"), [
    # another product's /flows and /executions (no Genesys Cloud in the file): not let in, nothing said
    pytest.param("kestra.py", 'API = "http://kestra:8080/api/v1"\nFLOWS = f"{API}/flows"\n'
                 'def run(client):\n    return client.send(f"{FLOWS}/executions", {})\n', id="other-product"),
    # Genesys Cloud's pieces, but what they build is no launch URL (/api/v2/flows, /api/v2/executions)
    pytest.param("other.py", 'API = "https://api.mypurecloud.com/api/v2"\nFLOWS = f"{API}/flows"\nRUNS = f"{API}/executions"\n'
                 'def other(client):\n    return client.send(FLOWS, RUNS)\n', id="no-launch-built"),
])
def test_pieces_that_build_no_launch_say_nothing(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    if name == "other.py":
        assert may_launch("python", name, text.encode())  # reached: the file was read, and what it builds is no launch
    assert check(tmp_path, name, text) == []


@pytest.mark.parametrize("pieces", [("https://h/api/v2", "flows", "executions"), ("https://h/api/v2/", "flows/", "executions"),
                                    ("https://h/api/v2", "/flows", "executions"), ("", "a", ""), ("a/", "", "b")])
def test_posixpath_join_is_joined_as_the_standard_library_joins(pieces: tuple[str, ...]) -> None:
    import posixpath

    joined = _posix_joined([Text.known(piece) for piece in pieces], (0, 1))
    assert joined is not None and joined.value == posixpath.join(*pieces)


def test_a_built_launch_url_put_before_more_path_is_noted_as_a_literal_is(tmp_path: Path) -> None:
    """As `"…/api/v2/flows/executions" + "/" + run_id` is: the launch endpoint is named there, and nothing is read."""
    said = check(tmp_path, "status.py", 'API = "https://api.mypurecloud.com/api/v2"\nFLOWS = f"{API}/flows"\n'
                 'def status(client, run_id):\n    return client.send(f"{FLOWS}/executions" + "/" + run_id)\n')
    assert [(d["code"], d["line"]) for d in said] == [("FL011", 4)]
