"""Launch requests in Python: requests, httpx, aiohttp and the SDK, checked where they are written."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import check_file, codes, flowlint
from test_sources_javascript import at

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_the_seed_mistakes_via_requests() -> None:
    found = json.loads(flowlint("check", "--format", "json", "fixtures/invalid/seed-requests.py").stdout)["diagnostics"]
    assert at(found, "FL106") == [(6, 5, None)] and at(found, "FL302") == [(6, 5, None)]
    assert at(found, "FL101") == [(8, 11, "/type"), (8, 27, "/configuration")]


def test_httpx_client_base_url_and_the_sdk_model() -> None:
    found = json.loads(flowlint("check", "--format", "json", "fixtures/invalid/seed-httpx.py").stdout)["diagnostics"]
    assert at(found, "FL302") == [(8, 35, None)]
    assert at(found, "FL202") == [(15, 24, "/inputData/contactId")]


def test_unknowns_in_python(tmp_path: Path) -> None:
    text = (
        "import requests\n"
        "def launch(flow_id, inputs, **extra):\n"
        f"    requests.post('{API}', json={{'flowId': flow_id, 'inputData': inputs, **extra}})\n"
        f"    requests.post('{API}', json=dict(flowId=flow_id, flowVersion=f'{{major}}.0'))\n"
        f"    requests.post('{API}', json={{'flowId': flow_id, 'flow_version': 3}})\n")
    assert [(d["code"], d["line"], d["pointer"]) for d in check_file(tmp_path, "a.py", text)] == [("FL102", 5, "/flow_version")]


def test_a_name_assigned_twice_is_unknown(tmp_path: Path) -> None:
    text = (f"import requests\nbody = {{'flowId': 1}}\nbody = make()\nrequests.post('{API}', json=body)\n"
            f"other = {{'flowId': 1}}\nother['flowId'] = x\nrequests.post('{API}', json=other)\n")
    assert check_file(tmp_path, "a.py", text) == []


def test_form_data_and_strings_without_content_type(tmp_path: Path) -> None:
    text = (f"import requests, json, httpx\nrequests.post('{API}', data={{'flowId': fid}})\n"
            f"httpx.post('{API}', content=json.dumps({{'flowId': fid}}))\n"
            f"requests.post('{API}', data='{{\"flowId\": 1}}', headers={{'Content-Type': 'application/json'}})\n")
    found = check_file(tmp_path, "a.py", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL304", 2), ("FL303", 3), ("FL104", 4)]


def test_sessions_and_aiohttp_are_launch_sites_too(tmp_path: Path) -> None:
    text = ("import aiohttp, requests\n"
            "async def go(flow_id):\n"
            "    async with aiohttp.ClientSession('https://login.mypurecloud.de') as session:\n"
            "        await session.post('/api/v2/flows/executions', json={'flowId': flow_id, 'data': {}})\n"
            "    s = requests.Session()\n"
            f"    s.request('GET', '{API}', json={{'flowId': flow_id}})\n")
    found = check_file(tmp_path, "a.py", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL302", 4), ("FL101", 4), ("FL301", 6)]


def test_python_files_without_launches_and_broken_files(tmp_path: Path) -> None:
    assert check_file(tmp_path, "a.py", "x = 'flows/executions'\nrequests.get(x + '/' + run_id)\n") == []
    assert codes(check_file(tmp_path, "b.py", f"requests.post('{API}', json={{'type': 1}})\ndef (:\n")) == ["FL103", "FL101"]


def test_an_object_changed_after_it_was_written_is_unknown(tmp_path: Path) -> None:
    py = (f"import requests\nbody = {{'flowId': 'x'}}\nbody.update(extra)\nrequests.post('{API}', json=body)\n"
          f"headers = {{}}\nheaders.setdefault('Content-Type', 'application/json')\n"
          f"requests.post('{API}', data='{{}}', headers=headers)\n")
    assert codes(check_file(tmp_path, "a.py", py)) == ["FL103"]  # the string body is known; its headers are not
    js = (f"const body = {{type: 'flow'}};\nObject.assign(body, defaults);\nconst headers = new Headers({{Authorization: t}});\n"
          f"headers.append('Content-Type', 'application/json');\n"
          f"fetch('{API}', {{method: 'POST', headers, body: JSON.stringify(body)}});\n")
    assert check_file(tmp_path, "b.js", js) == []


def test_an_object_handed_to_an_unknown_function_may_gain_members(tmp_path: Path) -> None:
    py = (f"import requests, json, logging\nbody = {{'type': 'flow'}}\nfill(body)\nlogging.info('sending %s', json.dumps(body))\n"
          f"requests.post('{API}', json=body)\n"
          "model = FlowExecutionLaunchRequest()\nset_inputs(model)\napi.post_flows_executions(model)\n")
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "a.py", py)] == [("FL101", 2)]  # no FL103: fill() may add it
    js = (f"const body = {{type: 'flow'}};\nfill(body);\nconsole.log(JSON.stringify(body));\n"
          f"fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, body: JSON.stringify(body)}});\n")
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "b.js", js)] == [("FL101", 1)]
    assert codes(check_file(tmp_path, "c.js", js.replace("fill(body);\n", ""))) == ["FL103", "FL101"]


def test_test_doubles_are_not_launches(tmp_path: Path) -> None:
    py = (f"URL = '{API}'\ndef test_launch(requests_mock):\n    requests_mock.post(URL, json={{'id': 'e-1'}})\n"
          "    with requests_mock.Mocker() as m:\n        m.post(URL, json={'id': 'e-1'})\n"
          "    responses.post(URL, json={'id': 'e-1'})\n")
    assert check_file(tmp_path, "test_a.py", py) == []
    js = (f"const URL = '{API}';\nfetchMock.post(URL, {{status: 202, body: {{id: 'e-1'}}}});\n"
          "nock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(202, {id: 'e-1'});\n")
    assert check_file(tmp_path, "a.test.js", js) == []


def test_responses_reply_registrations_are_quiet_beside_a_real_launch(tmp_path: Path) -> None:
    py = (f"import requests, responses\nURL = '{API}'\n@responses.activate\ndef test_launch():\n"
          f"    responses.add(responses.POST, '{API}', json={{'id': 'e-1'}})\n"
          "    responses.post(URL, json={'id': 'e-1'})\n"
          f"    responses.add(responses.Response(method='POST', url='{API}', json={{}}))\n"
          f"    with responses.RequestsMock() as rsps:\n        rsps.add(responses.POST, '{API}', json={{}})\n"
          "def launch():\n    return requests.post(URL, json={'flowId': 'f'})\n")
    found = check_file(tmp_path, "test_a.py", py)
    assert codes(found) == ["FL104"]  # the real launch is read; the replies registered around it are not noted
    assert check_file(tmp_path, "b.py", "import responses\n"
                      f"URL = '{API}'\nresponses.add(responses.POST, URL, json={{}})\n") == []
    assert codes(check_file(tmp_path, "c.py", f"send('{API}')\nrequests.post('{API}', json={{}})\n")) == ["FL011", "FL103"]
