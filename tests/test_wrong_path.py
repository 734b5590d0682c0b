"""A launch sent to a near miss of /api/v2/flows/executions on a Genesys Cloud host (`/api/v2/flows/execution`,
`/api/v2/flow/executions`, `/api/v1/…`, `/v2/…`) gets FL308 from every reader of URLs, with a fix where the URL is one
literal; the platform's own paths (every one the official SDK names) never do, nor a read of another API, and a near
miss whose host is not known gets an FL011 note. A file holding only a near miss passes the byte prefilter."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from validator.genesys.paths import near_miss
from validator.sources.kinds import may_launch, nothing_to_say

from conftest import check_file, flowlint, genesys_sdk

FLOW = "8b3ef4b4-6a0b-4c1d-9f0e-3c2f1a7e9d10"
BODY = '{"flowId": "%s", "inputData": {"Flow.x": "1"}}' % FLOW
HEADERS = '-H "Content-Type: application/json" -H "Authorization: Bearer $TOKEN"'

NEAR_MISSES = ["/api/v2/flows/execution", "/api/v2/flow/executions", "/api/v2/flows/exections", "/api/v1/flows/executions",
               "/v2/flows/executions", "/api/v2/flow/execution", "/api/v2/flows/executons", "/api/v2/Flow/Executions",
               "/api/v2/flows/exectuions", "/api/v3/flows/executions", "/api/flows/executions", "/api/v2/flows/execution/",
               "/flows/execution", "/api/v2/flos/executions", "/api/v2/flws/exections",
               # the action's first letters written wrong: its `x` stands where the prefilter's byte scan finds it
               "/api/v2/flows/exucutions", "/api/v2/flows/ecxecutions", "/api/v2/flows/excutions", "/api/v2/flows/xecutions"]
NOT_NEAR_MISSES = [
    "/api/v2/flows/executions", "/api/v2/flows/executions/", "/api/v2/Flows/Executions",  # the launch path, as routed
    "/api/v2/flows/executions/abc", "/api/v2/flows/instances", "/api/v2/flows/datatables", "/api/v2/flows/outcomes",
    "/api/v2/flows/launch", "/api/v2/workflows/executions", "/api/v2/flows/exports/jobs", "/api/v1/executions",
    "/api/v9/flow/execution/x", "/api/v2/users/executions", "/other/v2/flows/executions", "/api//v2/flows/executions",
    "api/v2/flows/execution", "/api/v2/flows/e", "/a/b/c/flows/execution",
    # the action's `x` lost or past its first four letters, or all in capitals: the prefilter's byte scan finds an `x`
    # only there (a limit, said in the rule's docs)
    "/api/v2/flows/eecutions", "/api/v2/flows/esecutions", "/api/v2/flows/eeeexcutions", "/API/V2/FLOWS/EXECUTION",
]


@pytest.mark.parametrize("path", NEAR_MISSES)
def test_a_near_miss_is_one(path: str) -> None:
    assert near_miss(path)


@pytest.mark.parametrize("path", NOT_NEAR_MISSES)
def test_other_paths_are_not_near_misses(path: str) -> None:
    assert not near_miss(path)


def test_no_path_of_the_platform_is_a_near_miss() -> None:
    """Ground truth: every path the official Python SDK calls, its parameters filled as a caller fills them (a UUID,
    a number, a word) or left as written, is no near miss."""
    sdk = genesys_sdk()
    apis = Path(sdk.__file__).parent / "apis"
    paths = {found for module in apis.glob("*.py")
             for found in re.findall(r"resource_path = '([^']+)'", module.read_text(encoding="utf-8"))}
    assert len(paths) > 1000 and "/api/v2/flows/executions/{flowExecutionId}" in paths  # reached: the SDK's paths
    filled = [re.sub(r"\{[^}]+\}", value, path) for path in paths for value in (FLOW, "42", "abc", "{id}")]
    assert [path for path in [*paths, *filled] if near_miss(path)] == []


#: (file name, text, whether --fix edits the URL) of a launch to a near miss on a Genesys Cloud
#: API host, one per reader of URLs.
READERS = [
    ("launch.sh", f"#!/bin/sh\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/execution {HEADERS} -d '{BODY}'\n", True),
    ("httpie.sh", f"http POST https://api.mypurecloud.com/api/v2/flow/executions 'Authorization:Bearer $T' flowId={FLOW}\n", True),
    ("wget.sh", "wget --header='Content-Type: application/json' "
                f"--post-data='{BODY}' https://api.mypurecloud.ie/api/v1/flows/executions\n", True),
    ("launch.http", f"POST https://api.mypurecloud.com/api/v2/flows/exections\nContent-Type: application/json\n\n{BODY}\n", True),
    ("host.http", f"@host = https://api.mypurecloud.com\n\nPOST {{{{host}}}}/api/v2/flows/execution\n"
                  f"Content-Type: application/json\n\n{BODY}\n", False),
    ("launch.js", "await fetch('https://api.mypurecloud.com/api/v2/flows/execution', { method: 'POST', headers: "
                  f"{{ 'Content-Type': 'application/json' }}, body: JSON.stringify({BODY}) }});\n", True),
    ("axios.ts", f"import axios from 'axios';\nawait axios.post('https://api.usw2.pure.cloud/api/v2/flow/executions', {BODY});\n", True),
    ("got.mjs", f"import got from 'got';\nawait got.post('https://api.mypurecloud.de/v2/flows/executions', {{ json: {BODY} }});\n",
     True),
    ("based.ts", "const BASE = 'https://api.mypurecloud.com';\nexport const go = () => fetch(`${BASE}/api/v2/flows/executons`, "
                 f"{{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify({BODY}) }});\n",
     False),
    ("launch.py", f"import requests\nrequests.post('https://api.mypurecloud.com/api/v2/flows/execution', json={BODY})\n", True),
    ("client.py", f"import httpx\nhttpx.post('https://api.mypurecloud.com/api/v1/flows/executions', json={BODY})\n", True),
    ("session.py", "import aiohttp\nasync def go(session: aiohttp.ClientSession) -> None:\n"
                   f"    await session.post('https://api.mypurecloud.com/api/v2/flow/execution', json={BODY})\n", True),
    ("launch.custom.json", json.dumps({
        "name": "Launch - Exported", "integrationType": "purecloud-data-actions", "actionType": "custom",
        "config": {"request": {"requestUrlTemplate": "/api/v2/flows/execution", "requestType": "POST",
                               "headers": {"Content-Type": "application/json"},
                               "requestTemplate": '{"flowId": "${input.flowId}", "inputData": {}}'}},
        "contract": {"input": {"inputSchema": {}}}}, indent=1), True),
    ("action.tf", 'resource "genesyscloud_integration_action" "launch" {\n  config_request {\n'
                  '    request_url_template = "/api/v2/flow/executions"\n    request_type = "POST"\n'
                  '    request_template = "{\\"flowId\\": \\"$${input.flowId}\\", \\"inputData\\": {}}"\n'
                  '    headers = { Content-Type = "application/json" }\n  }\n}\n', True),
    ("Jenkinsfile", "pipeline { agent any\n  stages { stage('launch') { steps {\n"
                    f"    sh '''curl -X POST https://api.mypurecloud.com/api/v2/flows/execution {HEADERS} -d '{BODY}' '''\n"
                    "  } } } }\n", True),
    (".github/workflows/launch.yml", "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                                     f"          curl -X POST https://api.mypurecloud.com/v2/flows/executions {HEADERS} -d '{BODY}'\n",
     True),
    ("README.md", f"# Launch\n\n```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/execution {HEADERS} -d '{BODY}'\n```\n",
     True),
    ("flows.postman_collection.json", json.dumps({
        "info": {"name": "flows", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Launch", "request": {
            "method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/execution",
            "header": [{"key": "Content-Type", "value": "application/json"}],
            "body": {"mode": "raw", "raw": BODY, "options": {"raw": {"language": "json"}}}}}]}, indent=1), False),
    ("recorded.har", json.dumps({"log": {"version": "1.2", "creator": {"name": "browser", "version": "1"}, "entries": [{
        "request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/execution",
                    "headers": [{"name": "Content-Type", "value": "application/json"}],
                    "postData": {"mimeType": "application/json", "text": BODY}},
        "response": {"status": 404, "statusText": "Not Found", "headers": [], "content": {"size": 0, "mimeType": "x"}}}]}},
        indent=1), False),
    ("launch.openapi.yaml", "openapi: 3.0.0\ninfo: {title: launch, version: '1'}\nservers:\n  - url: https://api.mypurecloud.com\n"
                            "paths:\n  /api/v2/flow/executions:\n    post:\n      requestBody:\n        content:\n"
                            f"          application/json:\n            example: {BODY}\n"
                            "      responses: {'200': {description: ok}}\n", False),
    ("openapi.json", json.dumps({"openapi": "3.0.0", "info": {"title": "launch", "version": "1"},
                                 "servers": [{"url": "https://api.mypurecloud.com"}],
                                 "paths": {"/api/v1/flows/executions": {"post": {
                                     "requestBody": {"content": {"application/json": {"example": json.loads(BODY)}}},
                                     "responses": {"200": {"description": "ok"}}}}}}, indent=1), False),
    (".gitlab-ci.yml", f"launch:\n  script:\n    - curl -X POST https://api.mypurecloud.com/api/v2/flows/exections {HEADERS} "
                       f"-d '{BODY}'\n", True),
    ("Makefile", f"launch:\n\tcurl -X POST https://api.mypurecloud.com/api/v2/flow/executions {HEADERS} -d '{BODY}'\n", True),
    ("launch.hurl", f"POST https://api.mypurecloud.com/api/v2/flow/executions\nContent-Type: application/json\n{BODY}\n", True),
    ("launch.bru", "meta {\n  name: launch\n  type: http\n}\n\npost {\n  url: https://api.mypurecloud.com/api/v2/flows/execution\n"
                   f"  body: json\n}}\n\nbody:json {{\n  {BODY}\n}}\n", True),
    ("load.js", "import http from 'k6/http';\nexport default function () {\n"
                "  http.post('https://api.mypurecloud.com/api/v2/flows/execution', "
                f"JSON.stringify({BODY}), {{ headers: {{ 'Content-Type': 'application/json' }} }});\n}}\n", True),
    ("load.yml", "config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n      - post:\n"
                 f"          url: /api/v2/flows/execution\n          json: {BODY}\n", False),
]


def _checked(tmp_path: Path, name: str, text: str, *extra: str) -> list[dict[str, object]]:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    return check_file(tmp_path, name, text, *extra, contract_findings=False)


@pytest.mark.parametrize(("name", "text", "fixed"), READERS, ids=[reader[0] for reader in READERS])
def test_each_reader_says_a_launch_to_a_near_miss(tmp_path: Path, name: str, text: str, fixed: bool) -> None:
    found = _checked(tmp_path, name, text)
    [said] = [d for d in found if d["code"] == "FL308"]
    assert said["severity"] == "error" and said["line"] == text[:text.index(_near_miss_in(text))].count("\n") + 1, found
    assert "no Genesys Cloud endpoint answers" in str(said["message"]) and "/api/v2/flows/executions" in str(said["help"])
    assert [d for d in found if d["code"] == "FL011"] == []


@pytest.mark.parametrize(("name", "text", "fixed"), READERS, ids=[reader[0] for reader in READERS])
def test_the_fix_writes_the_launch_path_where_the_url_is_one_literal(tmp_path: Path, name: str, text: str, fixed: bool) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = flowlint("check", "--fix", "--no-cache", str(tmp_path / name))
    after = (tmp_path / name).read_text(encoding="utf-8")
    again = _checked(tmp_path, name, after)
    if fixed:
        assert after != text and "/api/v2/flows/executions" in after, result.output
        assert [d for d in again if d["code"] == "FL308"] == []
        # only the path changed: the rest of the file is as written
        assert len(after) - len(text) == len("/api/v2/flows/executions") - len(_near_miss_in(text))
    else:  # pieced together, or a kind whose URL is never edited: help only, and the error stays an error
        assert after == text
        assert [d["code"] for d in again if d["code"] == "FL308"] == ["FL308"]


def _near_miss_in(text: str) -> str:
    return next(path for path in sorted(NEAR_MISSES, key=len, reverse=True) if path in text)


def test_a_body_error_beside_it_is_said_too(tmp_path: Path) -> None:
    text = f"curl -X POST https://api.mypurecloud.com/api/v2/flows/execution {HEADERS} -d '{{\"flowID\": \"{FLOW}\"}}'\n"
    assert sorted(str(d["code"]) for d in _checked(tmp_path, "two.sh", text)) == ["FL102", "FL308"]


def test_the_launch_path_in_another_case_is_read_as_the_launch(tmp_path: Path) -> None:
    """The platform routes the path case-folded (api/routes.py): the launch is checked, its body's mistakes said; it
    was passed over by the prefilter, which looked for the path in one case."""
    text = f"curl -X POST https://api.mypurecloud.com/api/v2/Flows/Executions {HEADERS} -d '{{\"flowID\": \"{FLOW}\"}}'\n"
    assert [d["code"] for d in _checked(tmp_path, "case.sh", text)] == ["FL102"]


#: Requests to the platform that are no launch to a near miss: the platform's own endpoints, and a read (a GET with no
#: launch body) of a path like one, each beside a launch with a mistake that shows the file was read.
QUIET = [
    "requests.get('https://api.mypurecloud.com/api/v2/flows/execution')",
    "requests.get('https://api.mypurecloud.com/api/v2/flows/executions/' + run_id)",
    "requests.post('https://api.mypurecloud.com/api/v2/flows/instances/query', json={'query': 1})",
    "requests.post('https://api.mypurecloud.com/api/v2/flows/datatables', json={'name': 'x'})",
    "requests.post('https://api.mypurecloud.com/api/v2/flows/jobs', json={})",
    "requests.get('https://api.mypurecloud.com/api/v2/flows/outcomes')",
    "requests.post('https://kestra.example.com/api/v1/flows/executions', json=" + BODY + ")",
    "requests.post('http://localhost:8080/api/v1/flows/execution', json={'namespace': 'x'})",
]


@pytest.mark.parametrize("call", QUIET)
def test_no_finding_for_the_platforms_endpoints_or_a_read(tmp_path: Path, call: str) -> None:
    text = (f"import requests\n{call}\n"
            f"requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={{'flowId': '{FLOW}', 'type': 1}})\n")
    found = _checked(tmp_path, "calls.py", text, "-v")
    assert [d["code"] for d in found] == ["FL101"]  # reached: the file was read; its launch's mistake alone is said


@pytest.mark.parametrize("url", ["/api/v2/flows/execution", "http://localhost:8080/api/v2/flow/executions"])
def test_a_near_miss_not_known_to_go_to_the_platform_is_noted(tmp_path: Path, url: str) -> None:
    text = (f"await fetch('{url}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
            f"body: JSON.stringify({BODY}) }});\n")
    (tmp_path / "app.js").write_text(text)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path / "app.js"))
    [note] = json.loads(result.stdout)["diagnostics"]
    assert note["code"] == "FL011" and note["severity"] == "info" and result.exit_code == 0
    assert "a near miss of /api/v2/flows/executions" in note["message"], note


@pytest.mark.parametrize("kind", ["shell", "javascript", "python", "http", "markdown", "data-action", "terraform"])
@pytest.mark.parametrize("path", ["/api/v2/flows/execution", "/api/v2/flows/exections", "/api/v2/Flows/Executions"])
def test_the_prefilter_lets_a_near_miss_in(kind: str, path: str) -> None:
    data = f"x = 'https://api.mypurecloud.com{path}'\n".encode()
    assert may_launch(kind, "f", data) and not nothing_to_say(kind, "f", data)


@pytest.mark.parametrize("data", [b"const flows = [];\nexport const lows = '/lows/';\n", b"/api/v2/flows/instances",
                                  b"execSync('ls /usr/local/bin/executables');\nexec('/usr/bin/flows/executable')",
                                  b"see /api/v2/flows/execution_log.txt", b"/api/v2/workflow/executor"])
def test_the_prefilter_keeps_other_files_quiet(data: bytes) -> None:
    assert nothing_to_say("javascript", "f.js", data)


def test_code_flowlint_does_not_read_naming_a_near_miss_gets_a_note(tmp_path: Path) -> None:
    go = ('package main\n\nimport ("net/http"; "strings")\n\nfunc launch() {\n\treq, _ := http.NewRequest("POST", '
          f'"https://api.mypurecloud.com/api/v2/flows/execution", strings.NewReader(`{BODY}`))\n\thttp.DefaultClient.Do(req)\n}}\n')
    java = 'class Reads { String u = "https://api.mypurecloud.com/api/v2/flows/instances/query"; String e = "executor"; }\n'
    (tmp_path / "launch.go").write_text(go)
    (tmp_path / "Reads.java").write_text(java)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path))
    [note] = json.loads(result.stdout)["diagnostics"]
    assert note["code"] == "FL011" and note["file"].endswith("launch.go") and note["line"] == 6, note
    assert "`/api/v2/flows/execution` on a Genesys Cloud host, a near miss" in note["message"] and result.exit_code == 0
