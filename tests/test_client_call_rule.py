"""One rule for the endpoint written at an HTTP client's call beside launches read (CodeReader._read_at_wrapper_calls):
the call's launch is read where it is reached only inside a same-file wrapper whose calls were read. A mention written
at a client's call outside one was passed over (unread_beside skipped every known client's call), while the same URL
bound to a name and given to that call was said (_sends_of): both are said now, and both stay unsaid in a wrapper."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"

OUTSIDE = f'''import requests
from tornado.httpclient import AsyncHTTPClient

URL = "{URL}"
requests.post(URL, json={{"flowId": "{FLOW}"}})


async def direct(body):
    await AsyncHTTPClient().fetch("{URL}", method="POST", body=body)


async def bound(body):
    await AsyncHTTPClient().fetch(URL, method="POST", body=body)
'''


def test_a_client_call_outside_a_wrapper_is_said_whether_the_url_is_written_there_or_bound(tmp_path: Path) -> None:
    found = check_file(tmp_path, "tornado.py", OUTSIDE, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 9), ("FL011", 13)], found
    assert all("`AsyncHTTPClient().fetch(…)`, which flowlint does not read as a launch" in d["message"] for d in found)


INSIDE = f'''const URL = '{URL}';
const HEADERS = {{ 'Content-Type': 'application/json' }};
async function written(body) {{
  return fetch('{URL}', {{ method: 'POST', headers: HEADERS, body: JSON.stringify(body) }});
}}
async function bound(body) {{
  return fetch(URL, {{ method: 'POST', headers: HEADERS, body: JSON.stringify(body) }});
}}
await written({{ flowId: 'f' }});
await bound({{ flowId: 'g' }});
'''


def test_a_client_call_in_a_wrapper_read_at_its_calls_is_not_said_either_way(tmp_path: Path) -> None:
    found = check_file(tmp_path, "wrapped.js", INSIDE, "-v", contract_findings=False)
    # reached: both wrappers' launches are read at their calls (the flow IDs are no UUIDs), and nothing else is said
    assert [(d["code"], d["line"]) for d in found] == [("FL104", 9), ("FL104", 10)], found


READS = f'''import requests
from tornado.httpclient import AsyncHTTPClient

BASE = "https://api.mypurecloud.com"
URL = BASE + "/api/v2/flows/executions"
requests.post(URL, json={{"flowId": "{FLOW}"}})


async def status(token, run_id):
    return await AsyncHTTPClient().fetch(f"{{BASE}}/api/v2/flows/executions/{{run_id}}", headers={{"Authorization": token}})


async def listed():
    return await AsyncHTTPClient().fetch(BASE + "/api/v2/flows/executions", method="GET")


async def bound_status(run_id):
    return await AsyncHTTPClient().fetch(URL + "/" + run_id, request_timeout=5)


async def probed():
    return await AsyncHTTPClient().fetch(URL, method="HEAD")


async def launched(body):
    return await AsyncHTTPClient().fetch(BASE + "/api/v2/flows/executions", method="POST", body=body)


async def status_given_a_body(run_id, body):
    return await AsyncHTTPClient().fetch(f"{{BASE}}/api/v2/flows/executions/{{run_id}}", body=body)
'''


def test_a_client_call_that_only_reads_is_not_said(tmp_path: Path) -> None:
    # (review F14) a status read, `…/executions/{{id}}` given nothing to send, or a method written GET or HEAD: no launch
    found = check_file(tmp_path, "status.py", READS, contract_findings=False)
    # reached: the calls that may launch are said (a POST; a status path given a body), the reads are not
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 26), ("FL011", 30)], found


JS_READS = f'''import {{ request }} from 'urllib';
const BASE = 'https://api.mypurecloud.com';
await fetch(`${{BASE}}/api/v2/flows/executions`, {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},
  body: JSON.stringify({{ flowId: '{FLOW}' }}) }});
export const status = (id) => request(`${{BASE}}/api/v2/flows/executions/${{id}}`, {{ method: 'GET', timeout: 5000 }});
export const launch = (body) => request(`${{BASE}}/api/v2/flows/executions`, {{ method: 'POST', data: body }});
'''


def test_a_javascript_client_call_that_only_reads_is_not_said(tmp_path: Path) -> None:
    found = check_file(tmp_path, "status.js", JS_READS, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 6)], found  # (urllib's request: not read)
