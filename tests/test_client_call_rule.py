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
