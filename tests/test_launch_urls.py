"""Which URLs are launches: the flow ID put before /executions (FL106's other form), in every reader that takes URLs."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources.model import Text
from validator.sources.urls import launch_url

from conftest import check_file, flowlint

HOST = "https://api.mypurecloud.com"
HEADERS = "headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }"


#: A file's diagnostics without the FL2xx findings of its inputs (its launches are read here, not judged).
check = functools.partial(check_file, contract_findings=False)


def test_the_flow_id_before_executions_is_read_with_how_the_code_writes_it() -> None:
    found = launch_url(Text((f"{HOST}/api/v2/flows/", Unknown("${flowId}"), "/executions")))
    assert found is not None and (found.in_path, found.rest, found.host) == ("${flowId}", "", "api.mypurecloud.com")
    found = launch_url(Text(("/api/v2/flows/", Unknown("flow_id"), "/executions/", Unknown("run"), "?x=1")))
    assert found is not None and (found.in_path, found.rest_shown, found.host) == ("{flow_id}", "/{run}", None)
    plain = launch_url(Text.known(f"{HOST}/api/v2/flows/executions/abc"))
    assert plain is not None and (plain.in_path, plain.rest) == ("", "/abc")
    # Without /api/v2/ it is other products' route; other flows resources with more segments are no launch.
    assert launch_url(Text(("/flows/", Unknown("id"), "/executions"))) is None
    assert launch_url(Text.known(f"{HOST}/api/v2/flows/datatables/abc/rows")) is None
    assert launch_url(Text.known(f"{HOST}/api/v2/flows/a/b/executions")) is None


FLOW_ID_IN_PATH = {
    "axios.js": (f"const axios = require('axios');\nexport const go = (flowId, token) =>\n"
                 f"  axios.post(`{HOST}/api/v2/flows/${{flowId}}/executions`, {{ flowId, inputData: {{}} }}, {{ {HEADERS} }});\n",
                 3, "${flowId}"),
    "concat.js": (f"export const go = (flowId, token) => fetch('{HOST}/api/v2/flows/' + flowId + '/executions', {{\n"
                  f"  method: 'POST', {HEADERS}, body: JSON.stringify({{ flowId }}) }});\n", 1, "{flowId}"),
    "requests.py": (f'import requests\n\ndef go(flow_id, token):\n    return requests.post(f"{HOST}/api/v2/flows/{{flow_id}}/executions",\n'
                    '        json={"flowId": flow_id}, headers={"Authorization": f"Bearer {token}"})\n', 4, "{flow_id}"),
    "a.http": (f"POST {HOST}/api/v2/flows/{{{{flowId}}}}/executions\nContent-Type: application/json\n"
               'Authorization: Bearer {{token}}\n\n{"flowId": "{{flowId}}"}\n', 1, "{{flowId}}"),
    "a.sh": (f"curl -X POST \"{HOST}/api/v2/flows/$FLOW_ID/executions\" -H 'Content-Type: application/json' \\\n"
             "  -H \"Authorization: Bearer $TOKEN\" -d '{\"flowId\": \"'\"$FLOW_ID\"'\"}'\n", 1, "$FLOW_ID"),
    "a.har": (json.dumps({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [{"request": {
        "method": "POST", "url": f"{HOST}/api/v2/flows/8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90/executions",
        "headers": [{"name": "Content-Type", "value": "application/json"}],
        "postData": {"mimeType": "application/json", "text": '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}'}},
        "response": {"status": 404}}]}}), 1, "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"),
    "a.postman_collection.json": (json.dumps({"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"
                                                                              "collection.json"},
                                              "item": [{"name": "launch", "request": {
                                                  "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                  "body": {"mode": "raw", "raw": '{"flowId": "{{flowId}}"}'},
                                                  "url": {"raw": f"{HOST}/api/v2/flows/{{{{flowId}}}}/executions"}}}]}),
                                  1, "{{flowId}}"),
    "custom.json": (json.dumps({"name": "Launch", "integrationType": "purecloud-data-actions", "actionType": "custom",
                                "config": {"request": {"requestUrlTemplate": "/api/v2/flows/${input.flowId}/executions",
                                                       "requestType": "POST", "headers": {"Content-Type": "application/json"},
                                                       "requestTemplate": '{"flowId": "${input.flowId}"}'}},
                                "contract": {"input": {"inputSchema": {}}}}), 1, "${input.flowId}"),
    "a.tf": ('resource "genesyscloud_integration_action" "launch" {\n  config_request {\n'
             '    request_url_template = "/api/v2/flows/$${input.flowId}/executions"\n    request_type = "POST"\n'
             '    request_template = "{\\"flowId\\": \\"$${input.flowId}\\"}"\n'
             '    headers = { Content-Type = "application/json" }\n  }\n}\n', 3, "${input.flowId}"),
    "a.md": (f"# Launch\n\n```http\nPOST {HOST}/api/v2/flows/{{flowId}}/executions\nContent-Type: application/json\n\n"
             '{"flowId": "<flow ID>"}\n```\n', 4, "{flowId}"),
}


@pytest.mark.parametrize("name", sorted(FLOW_ID_IN_PATH))
def test_the_flow_id_before_executions_is_fl106_in_every_reader(tmp_path: Path, name: str) -> None:
    text, line, written = FLOW_ID_IN_PATH[name]
    found = [d for d in check(tmp_path, name, text, "--verbose") if d["code"] != "FL306"]  # (the HAR's recorded 404)
    assert [(d["code"], d["line"]) for d in found] == [("FL106", line)]
    assert f"puts `{written}` in the path" in found[0]["message"]
    assert found[0]["help"] == (f"POST to /api/v2/flows/executions (drop `{written}/` from the path) "
                                'and send the flow ID in the body as "flowId"')


def test_the_flow_id_before_executions_without_a_flow_id_in_the_body_says_both(tmp_path: Path) -> None:
    text = f"import requests\nrequests.post(f\"{HOST}/api/v2/flows/{{flow_id}}/executions\", json={{\"inputData\": {{}}}})\n"
    assert [d["code"] for d in check(tmp_path, "a.py", text)] == ["FL106", "FL103"]


def test_a_stand_in_host_is_judged_and_another_products_host_is_not(tmp_path: Path) -> None:
    launch = "import requests\nrequests.post(f\"{}/api/v2/flows/{{flow_id}}/executions\", json={{\"flowId\": flow_id}})\n"
    assert [d["code"] for d in check(tmp_path, "a.py", launch.format("http://localhost:8080"))] == ["FL106"]
    assert check(tmp_path, "b.py", launch.format("https://automation.acme.io"), "--verbose") == []


NOT_A_LAUNCH = {
    # Other products' route: no /api/v2/ before it (a Go server in public code has GET /flows/:flowID/executions).
    "other.js": ("export const list = (flowId) => fetch(`/flows/${flowId}/executions`).then((r) => r.json());\n"
                 "export const run = (flowId) => fetch(`/flows/${flowId}/executions`, {\n"
                 "  method: 'POST', body: JSON.stringify({ inputs: {} }) });\n"),
    # A GET with no body reads; no Genesys endpoint answers it, and it launches nothing.
    "read.py": f'import requests\nrequests.get(f"{HOST}/api/v2/flows/{{flow_id}}/executions")\n',
}


@pytest.mark.parametrize("name", sorted(NOT_A_LAUNCH))
def test_what_is_no_launch_gets_no_finding(tmp_path: Path, name: str) -> None:
    text = NOT_A_LAUNCH[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", "--verbose", str(path))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["diagnostics"] == [] and report["summary"]["files"] == 1


UNREAD = {
    # No launch read in the file: the mention is said where it is.
    "alone.py": ('from lib import send\n\ndef go(flow_id):\n'
                 f'    send("{HOST}/api/v2/flows/" + flow_id + "/executions", {{"flowId": flow_id}})\n', 4),
    # Beside a launch read: this one is said at its place, words in the string or not (a shell command is no prose).
    "beside.py": ('import os\nimport requests\n\ndef a(flow_id):\n'
                  f'    requests.post("{HOST}/api/v2/flows/executions", json={{"flowId": flow_id}})\n\ndef b(flow_id):\n'
                  f'    os.system(f"curl -X POST {HOST}/api/v2/flows/{{flow_id}}/executions -d @body.json")\n', 8),
}


@pytest.mark.parametrize("name", sorted(UNREAD))
def test_the_flow_id_before_executions_where_no_launch_is_read_is_said(tmp_path: Path, name: str) -> None:
    text, line = UNREAD[name]
    assert [(d["code"], d["line"]) for d in check(tmp_path, name, text, "--verbose")] == [("FL011", line)]


# -- A launch path through a base flowlint does not see: a launch only with evidence --------------------------------
OTHER_PRODUCTS = {
    # Public code: an app's own flows/executions resource, through a client passed in (its base URL not seen).
    "persist.ts": ('export async function persist(api: any, workflow: any) {\n'
                   '  await api.post("/flows/executions", { workflowId: workflow.id, status: "SUCCESS", logs: [] });\n'
                   '  await api.post("flows/executions", { workflowId: workflow.id, status: "SUCCESS", logs: [] });\n}\n', [2, 3]),
    "runs.js": ("export const run = (flowId) => fetch(`${process.env.API_URL}/flows/executions`, {\n"
                "  method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
                "  body: JSON.stringify({ flow_id: flowId, inputs: {} }) });\n",
                [1]),
    "client.py": ('import httpx\n\nclient = httpx.Client(base_url=settings.API)\n\ndef run(flow_id):\n'
                  '    return client.post("/flows/executions", json={"flow_id": flow_id, "params": {"a": 1}})\n', [6]),
    # Another orchestrator's launch: a flowId beside members of its own (a reviewer's find: FL101 and FL102 errors).
    "orchestrator.py": ('import os\n\nimport httpx\n\nclient = httpx.Client(base_url=os.environ["ORCHESTRATOR_URL"])\n\n'
                        'def run(flow_id, params):\n'
                        '    return client.post("/flows/executions", json={"flowId": flow_id, "parameters": params, "priority": 3})\n',
                        [8]),
    # The flow ID's path on no known host: the same.
    "pf.js": ("export const pf = (flowId) => fetch(`/api/v2/flows/${flowId}/executions`, {\n"
              "  method: 'POST', headers: { 'Content-Type': 'application/json' },\n"
              "  body: JSON.stringify({ type: 'workflow', configuration: {} }) });\n",
              [1]),
}


@pytest.mark.parametrize("name", sorted(OTHER_PRODUCTS))
def test_another_products_flows_executions_is_no_launch_and_verbose_says_why(tmp_path: Path, name: str) -> None:
    text, lines = OTHER_PRODUCTS[name]
    assert check(tmp_path, name, text) == []
    found = check(tmp_path, name, text, "--verbose")
    assert [(d["code"], d["line"]) for d in found] == [("FL011", line) for line in lines]
    assert all("nothing says it is Genesys Cloud's" in d["message"] for d in found)


GENESYS_LAUNCHES = {
    # The body names a launch member.
    "member.ts": ('export const go = (api: any, id: string) => api.post("/flows/executions", { flowId: id, inputs: {} });\n',
                  [("FL101", 1)]),
    # ... a flowId among the launch's own members and its known wrong ones (here `type`, `configuration`).
    "shaped.py": ('import httpx\n\nclient = httpx.Client(base_url=settings.API)\n\ndef run(flow_id):\n'
                  '    return client.post("/flows/executions", json={"flowId": flow_id, "type": "workflow", "configuration": {}})\n',
                  [("FL101", 6), ("FL101", 6)]),
    # ... or a flow input, however deep the answer put it.
    "input.js": ('export const go = (api, id) => api.post("flows/executions", { flow: id, inputs: { "Flow.orderId": id } });\n',
                 [("FL102", 1), ("FL101", 1)]),
    # The file shows Genesys Cloud: its SDK imported, a sign-in host, the name.
    "sdk.js": ("import platformClient from 'purecloud-platform-client-v2';\n"
               'export const go = (api, id) => api.post("/flows/executions", { workflowId: id });\n', [("FL102", 2)]),
    "login.py": ('import httpx\n\nTOKEN_URL = "https://login.mypurecloud.ie/oauth/token"\nclient = httpx.Client(base_url=settings.API)\n\n'
                 'def run(flow_id):\n    return client.post("/flows/executions", json={"flow_id": flow_id})\n',
                 [("FL102", 7)]),
    # The flow ID's path with a launch's body, on no known host.
    "path.js": ("export const pf = (flowId) => fetch(`/api/v2/flows/${flowId}/executions`, {\n"
                "  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ inputData: {} }) });\n",
                [("FL106", 1), ("FL103", 2)]),
}


@pytest.mark.parametrize("name", sorted(GENESYS_LAUNCHES))
def test_a_genesys_launch_through_a_base_not_seen_is_still_checked(tmp_path: Path, name: str) -> None:
    text, expected = GENESYS_LAUNCHES[name]
    assert [(d["code"], d["line"]) for d in check(tmp_path, name, text, "--verbose")] == expected


def test_a_file_of_many_relative_calls_is_searched_for_genesys_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The evidence is the file's: asked by each request, found once (it was once per request: quadratic, 880 s)."""
    from validator.sources import urls
    from validator.sources.document import DEFAULT_LIMITS
    from validator.sources.extract import load_launches

    searched: list[int] = []
    pattern = urls._GENESYS_FILE

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(len(text))
            return pattern.search(text)

        def finditer(self, text: str) -> Iterator[re.Match[str]]:  # (its code, outside comments: comments.evidence)
            searched.append(len(text))
            return pattern.finditer(text)

    monkeypatch.setattr(urls, "_GENESYS_FILE", Counted())
    # (a body of the launch's vocabulary, no launch member: the file's evidence decides; `{ a1: 1 }` says nothing of a
    # launch, and is decided without it)
    text = "".join(f"api.post('/flows/executions', {{ workflowId: {n} }});\n" for n in range(50))
    documents = load_launches("javascript", text.encode(), "a.js", dataclasses.replace(DEFAULT_LIMITS, verbose=True))
    assert [f.code for d in documents for f in d.findings] == ["FL011"] * 50  # each asked, none judged a launch
    assert searched == [len(text)]


@pytest.mark.parametrize("url", [
    "https://apps.mypurecloud.com/login?next=/api/v2/flows/executions",
    "https://example.com/track?page=/api/v2/flows/executions&x=1",
    "/docs#/api/v2/flows/executions",
    "https://api.mypurecloud.com/api/v2/users?redirect=/api/v2/flows/abc/executions",
])
def test_the_launch_path_in_a_query_or_fragment_is_no_launch(url: str) -> None:
    assert launch_url(Text((url,))) is None
    # the control: the same path where a path is
    assert launch_url(Text(("https://api.mypurecloud.com/api/v2/flows/executions?x=1",))) is not None


def test_a_sign_in_url_naming_the_endpoint_in_its_query_gets_no_finding(tmp_path: Path) -> None:
    text = ("const axios = require('axios');\nexport const login = () =>\n"
            "  axios.post('https://apps.mypurecloud.com/login?next=/api/v2/flows/executions', {flowID: 'x', type: 'w'});\n"
            "export const go = (id) =>\n"
            f"  axios.post('{HOST}/api/v2/flows/executions', {{flowID: id}});\n")
    codes = [(d["code"], d["line"]) for d in check(tmp_path, "a.js", text)]
    assert ("FL102", 5) in codes  # the launch beside it is read
    assert [c for c in codes if c[1] == 3] == []


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", "const axios = require('axios');\nconst APPS = 'https://apps.mypurecloud.com';\n"
             "export const go = (f) => axios.post(new URL('//api.mypurecloud.com/api/v2/flows/executions', APPS).href,"
             " { flowId: f, bad: 1 });\n"),
    ("b.py", "from urllib.parse import urljoin\nimport requests\nAPPS = 'https://apps.mypurecloud.com'\n"
             "def go(f):\n    return requests.post(urljoin(APPS, '//api.mypurecloud.com/api/v2/flows/executions'),"
             " json={'flowId': f, 'bad': 1})\n"),
])
def test_a_network_path_reference_goes_to_its_own_host(tmp_path: Path, name: str, text: str) -> None:
    codes = [d["code"] for d in check(tmp_path, name, text)]
    assert "FL102" in codes  # the launch is read (`bad`)
    assert "FL302" not in codes  # sent to api.mypurecloud.com, not to the base's apps. host


def test_what_follows_the_launch_path_is_said_from_its_first_occurrence() -> None:
    # Before: "the URL puts `` after /api/v2/flows/executions" (the text after the path's last occurrence, none).
    found = launch_url(Text(("https://api.mypurecloud.com/api/v2/flows/executions/x/api/v2/flows/executions",)))
    assert found is not None and found.rest == found.rest_shown == "/x/api/v2/flows/executions"
    held = launch_url(Text(("https://api.mypurecloud.com/api/v2/flows/executions/", Unknown("$ID"), "/flows/executions")))
    assert held is not None and held.rest_shown.startswith("/") and held.rest_shown.endswith("/flows/executions"), held
