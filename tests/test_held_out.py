"""Defects held-out files found (files written the way other teams write launches): one test each, user-side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")


def found(*args: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", *args)


SDK_MODEL = """import PureCloudPlatformClientV2

api = PureCloudPlatformClientV2.ArchitectApi()
launch = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
launch.name = "follow-up"
launch.input_data = {"Flow.customerName": "Ann"}
api.post_flows_executions(launch)
"""


def test_a_python_sdk_model_without_flow_id_is_told_to_set_its_attribute(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(SDK_MODEL)
    said = [d for d in found("launch.py") if d["code"] == "FL103"]
    assert len(said) == 1  # reached
    assert 'launch.flow_id = "<flow ID>"' in said[0]["help"] and '"flowId"' not in said[0]["help"]
    # a dict body keeps the JSON member's wording
    (tmp_path / "launch.py").write_text(SDK_MODEL.replace("launch = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\n"
                                                          "launch.name = \"follow-up\"\nlaunch.input_data = ",
                                                          "launch = "))
    said = [d for d in found("launch.py") if d["code"] == "FL103"]
    assert len(said) == 1 and '"flowId"' in said[0]["help"]


EXPLORER = """# Launch a workflow

```http
POST /api/v2/flows/executions HTTP/1.1
Host: api.mypurecloud.com
Content-Type: application/json

{
  "flowId": "",
  "inputData": {"Flow.customerName": ""}
}
```
"""


def test_an_empty_value_in_a_markdown_example_is_a_blank_to_fill_not_an_invalid_flow_id(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(EXPLORER)
    assert [d["code"] for d in found("README.md")] == []
    # reached: the same example with a wrong member is judged; and an empty flowId in a payload file is still FL104
    (tmp_path / "README.md").write_text(EXPLORER.replace('"inputData"', '"inputs"'))
    assert [d["code"] for d in found("README.md")] == ["FL101"]
    (tmp_path / "body.json").write_text('{"flowId": ""}')
    assert "FL104" in [d["code"] for d in found("body.json")]


ASSIGN = """const axios = require('axios');
const base = { flowVersion: '3.0', inputData: { 'Flow.customerName': 'Ann' } };

async function launch(flowId) {
  return axios.post('https://api.mypurecloud.com/api/v2/flows/executions', Object.assign({}, base, { flowId }));
}

async function launchWrapped(extra) {
  const body = Object.assign({}, { type: 'flow', flowId: 'not-an-id' }, extra, { name: 'x' });
  return axios.post('https://api.mypurecloud.com/api/v2/flows/executions', body);
}
"""


def test_an_object_assign_body_is_read_as_its_sources_merged(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(ASSIGN)
    said = [(d["code"], d["line"]) for d in found("launch.js") if d["code"] != "FL200"]
    # The first launch is whole (its flowId a parameter); the second's `type` is there whatever `extra` holds, but its
    # flowId may be replaced by `extra`: no FL104 on a value that may not be sent.
    assert said == [("FL101", 9)]
    (tmp_path / "launch.js").write_text(ASSIGN.replace("base, { flowId }", "{ flowId }, base, { flowId: 7 }"))
    assert ("FL104", 5) in [(d["code"], d["line"]) for d in found("launch.js")]  # the last source wins


DEFAULTS = """import axios from 'axios';

export async function launch(flowId) {
  return axios.post('/api/v2/flows/executions', { flowId });
}

axios.defaults.baseURL = 'https://myorg.mypurecloud.com';
axios.defaults.headers.common.Authorization = `Bearer ${process.env.TOKEN}`;
"""


def test_axios_defaults_base_url_set_once_at_the_top_level_is_the_host_of_the_library_s_calls(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(DEFAULTS)
    said = [(d["code"], d["line"]) for d in found("launch.js")]
    assert said == [("FL302", 7)]
    # set twice (or inside a function that may run later): which one a call sees is not known, and nothing is said
    (tmp_path / "launch.js").write_text(DEFAULTS + "function eu() { axios.defaults.baseURL = 'https://api.mypurecloud.ie'; }\n")
    assert found("launch.js") == []


@pytest.mark.parametrize(("name", "text"), [
    # gin's handler written inside its route's parentheses forwards the launch: its own route's path is no launch
    ("gin.go", '\tr.POST("/launch", func(c *gin.Context) { http.Post(genesys+"/api/v2/flows/executions", ct, b) })\n'),
    ("proxy.go", '\tr.POST("/api/v2/flows/executions", func(c *gin.Context) { forward(c, "https://api.mypurecloud.com'
                 '/api/v2/flows/executions") })\n'),
])
def test_a_launch_forwarded_inside_a_route_s_parentheses_is_said(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    assert [(d["code"], d["column"]) for d in found(name)] == [("FL011", text.rindex("flows/executions") + 1)]


def test_an_annotation_s_later_argument_is_still_its_route(tmp_path: Path) -> None:
    (tmp_path / "Flows.java").write_text('@RequestMapping(method = RequestMethod.POST, value = "/api/v2/flows/executions")\n'
                                         'String launch() { return ""; }\n')
    assert [d["code"] for d in found("Flows.java")] == ["FL012"]


WRAPPER = """const API = 'https://api.mypurecloud.com/api/v2';

async function call(path, init = {}) {
  const res = await fetch(API + path, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  return res.json();
}

export function status(id) {
  return call(`/flows/executions/${id}`);
}
"""


def test_a_status_read_through_a_fetch_wrapper_is_no_launch_with_its_id_in_the_url(tmp_path: Path) -> None:
    (tmp_path / "api.js").write_text(WRAPPER)
    assert found("api.js") == []
    # reached: the same wrapper given a body is a launch, and its ID in the URL is said
    (tmp_path / "api.js").write_text(WRAPPER.replace("{ ...init, headers", "{ ...init, body: JSON.stringify({}), headers"))
    # (fetch's own GET, as the wrapper spreads no method: FL301)
    assert sorted(d["code"] for d in found("api.js")) == ["FL103", "FL106", "FL301"]


CONFIG_MAP = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: launcher
data:
  flowId: "{UUID}"
  launchUrl: https://api.mypurecloud.com/api/v2/flows/executions
"""


@pytest.mark.parametrize("name", ["deploy/configmap.yaml", "deploy/configmap.json"])
def test_a_kubernetes_manifest_naming_a_flow_id_is_no_body_in_a_data_envelope(tmp_path: Path, name: str) -> None:
    import yaml

    (tmp_path / "deploy").mkdir()
    text = CONFIG_MAP if name.endswith(".yaml") else json.dumps(yaml.safe_load(CONFIG_MAP))
    (tmp_path / name).write_text(text)
    (tmp_path / "body.json").write_text(json.dumps({"data": {"flowId": UUID}}))  # reached: a data envelope is still one
    assert [(d["file"], d["code"]) for d in found(".")] == [("body.json", "FL101")]
    said = found(name)
    assert [d["code"] for d in said] == ["FL012"] and "Kubernetes manifest" in said[0]["message"]


SECTIONS = {
    "config/genesys.json": json.dumps({"Genesys": {"LaunchUrl": "https://api.mypurecloud.com/api/v2/flows/executions",
                                                   "FlowId": UUID}, "Logging": {"LogLevel": {"Default": "Information"}}}),
    "config/settings.yaml": f"genesys:\n  launch_url: https://api.mypurecloud.com/api/v2/flows/executions\n"
                            f"  flow_id: {UUID}\nlogging:\n  level: info\n",
}


def test_a_config_section_holding_the_launch_url_and_a_flow_id_is_a_config_file(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    for name, text in SECTIONS.items():
        (tmp_path / name).write_text(text)
    # reached: a request saved as YAML beside them is still said (FL011: no reader of its own)
    (tmp_path / "config/launch.yaml").write_text(f"method: POST\nurl: https://api.mypurecloud.com/api/v2/flows/executions\n"
                                                 f"body:\n  flowId: {UUID}\n")
    assert {d["file"] for d in found(".")} == {"config/launch.yaml"}


def test_a_wrapper_s_init_written_at_the_call_is_read(tmp_path: Path) -> None:
    """The init a call passes to a wrapper that spreads it (`{ ...init, headers }`) is what the wrapper sends."""
    (tmp_path / "api.js").write_text(WRAPPER + """export function launch() {
  return call('/flows/executions', { method: 'POST', body: JSON.stringify({ flowId: 'nope', inputData: {} }) });
}
export function launch2(flowId) {
  return call(`/flows/executions/${flowId}`, { method: 'POST', body: JSON.stringify({ flowId, inputData: {} }) });
}
""")
    said = [(d["code"], d["line"]) for d in found("api.js")]
    assert ("FL104", 12) in said and ("FL106", 15) in said
    assert not [line for _, line in said if line == 9]  # the status read stays silent


def test_a_launch_path_with_an_id_and_options_not_seen_is_said_not_read(tmp_path: Path) -> None:
    """Neither method nor options seen: a launch or a status read, not known which; FL011, never silence or FL106."""
    (tmp_path / "w.js").write_text("const API = 'https://api.mypurecloud.com/api/v2';\n"
                                   "async function launch(flowId, options) {\n"
                                   "  return fetch(`${API}/flows/executions/${flowId}`, options);\n"
                                   "}\n"
                                   "async function launch2(flowId, options) {\n"
                                   "  return fetch(`${API}/flows/${flowId}/executions`, { ...options });\n"
                                   "}\n")
    assert sorted((d["code"], d["line"]) for d in found("w.js")) == [("FL011", 3), ("FL011", 6)]


def test_only_a_blank_flow_id_or_version_in_a_markdown_example_is_left_to_fill(tmp_path: Path) -> None:
    """An empty input is what the example sends: judged against the flow's contract, as in any file."""
    flow = "11111111-2222-4333-8444-555555555555"
    (tmp_path / ".flowlint" / "flows").mkdir(parents=True)
    (tmp_path / ".flowlint" / "flows" / f"{flow}.json").write_text(json.dumps({
        "fetchedAt": "2026-11-28T10:00:00Z", "flowId": flow, "flowName": "x", "flowType": "WORKFLOW",
        "region": "mypurecloud.com", "versionId": "1.0", "inputSchema": {
            "$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "additionalProperties": False,
            "properties": {"Flow.i": {"type": "integer"}, "Flow.e": {"type": "string", "enum": ["a", "b"]}}}}))
    (tmp_path / "ex.md").write_text(
        "# x\n\n```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"
        f" -d '{{\"flowId\": \"{flow}\", \"flowVersion\": \"\", \"inputData\": {{\"Flow.i\": \"\", \"Flow.e\": \"\"}}}}'\n```\n")
    assert sorted(d["code"] for d in found("ex.md")) == ["FL204", "FL205"]


REFUSED_PY = """import requests
import responses

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


@responses.activate
def test_a_bad_body_is_refused():
    responses.add(responses.POST, URL, json={"message": "Invalid request body"}, status=400)
    assert requests.post(URL, json={"type": "flow"}).status_code == 400


@responses.activate
def test_a_launch():
    responses.add(responses.POST, URL, json={"id": "run-1"}, status=200)
    assert requests.post(URL, json={"inputs": {}}).ok
"""
REFUSED_JS = """const nock = require('nock');
const axios = require('axios');
describe('launch', () => {
  it('refuses', async () => {
    nock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(400, {});
    await expect(async () => axios.post('https://api.mypurecloud.com/api/v2/flows/executions', { type: 'flow' })).rejects.toThrow();
  });
  it('launches', async () => {
    nock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(200, { id: 'x' });
    await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', { inputs: {} });
  });
});
"""


@pytest.mark.parametrize(("name", "text", "line"), [("test_launch.py", REFUSED_PY, 16), ("launch.test.js", REFUSED_JS, 10)])
def test_a_launch_a_test_has_its_stand_in_refuse_is_the_test_s_point_not_a_finding(tmp_path: Path, name: str, text: str,
                                                                                    line: int) -> None:
    (tmp_path / name).write_text(text)
    # reached: the test that expects a launch to pass is judged; the one whose stand-in answers 400 is not
    assert {(d["code"], d["line"]) for d in found(name)} == {("FL103", line), ("FL101", line)}


@pytest.mark.parametrize(("stub", "judged"), [
    ("nock(API).post('/api/v2/flows/executions').reply(404, {});", True),
    ("nock(API).post('/api/v2/flows/executions').reply(401);", True),
    ("nock(API).post('/api/v2/flows/executions').replyOnce(429, {}, { 'Retry-After': '1' });", True),
    ("server.use(http.post(API + '/api/v2/flows/executions', () => HttpResponse.json({}, { status: 403 })));", True),
    ("nock(API).post('/api/v2/flows/executions').reply(422, {});", False),
    ("server.use(http.post(API + '/api/v2/flows/executions', () => HttpResponse.json({}, { status: 400 })));", False),
])
def test_only_a_stand_in_refusing_the_body_makes_a_launch_the_test_s_point(tmp_path: Path, stub: str, judged: bool) -> None:
    """A stand-in answering 400 or 422 refuses the body: the test's point is its mistakes, not judged. One answering
    another 4xx (not found, no token, no permission, rate limited) expects a valid body: its mistakes are said."""
    text = ("const nock = require('nock');\nconst axios = require('axios');\nconst API = 'https://api.mypurecloud.com';\n"
            "it('answers', async () => {\n"
            f"  {stub}\n"
            "  await expect(axios.post(API + '/api/v2/flows/executions', { type: 'flow' })).rejects.toThrow();\n});\n")
    (tmp_path / "launch.test.js").write_text(text)
    found_here = {(d["code"], d["line"]) for d in found("launch.test.js")}
    assert found_here == ({("FL101", 6), ("FL103", 6)} if judged else set()), found_here


def test_many_launches_in_tests_with_stand_ins_are_marked_in_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pattern scans the file once, however many launches (it was once per launch and function: quadratic)."""
    from validator.sources import extract

    scans: list[str] = []

    class Counted:
        def __init__(self, name: str, pattern: Any) -> None:
            self.name, self.pattern = name, pattern

        def search(self, *args: Any) -> Any:
            scans.append(self.name)
            return self.pattern.search(*args)

        def finditer(self, *args: Any) -> Any:
            scans.append(self.name)
            return self.pattern.finditer(*args)

    monkeypatch.setattr(extract, "_TEST_DOUBLE", Counted("double", extract._TEST_DOUBLE))
    monkeypatch.setattr(extract, "_REFUSAL", Counted("refusal", extract._REFUSAL))
    url = "https://api.mypurecloud.com/api/v2/flows/executions"
    tests = "".join(f"it('t{n}', async () => {{\n  nock('h').post('/x').reply({400 if n % 2 else 200});\n"
                    f"  await expect(async () => axios.post('{url}', {{ type: 'flow' }})).rejects.toThrow();\n}});\n"
                    for n in range(40))
    requests = extract.extract("javascript", "const nock = require('nock');\n" + tests, "launch.test.js")
    # reached: every launch read, each marked by its own test's stand-in (the odd ones answer 400)
    assert [request.refused_by_double for request in requests] == [n % 2 == 1 for n in range(40)]
    assert sorted(scans) == ["double", "double", "refusal"]  # (the file's gate, then the one pass)
