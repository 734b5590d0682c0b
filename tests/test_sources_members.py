"""A body built in steps (issue 21): members given in straight-line code before the send are read with their values;
a change flowlint cannot place (a condition, a loop, a call given the object, one after the send) leaves the object
open, and nothing is said that rests on it — but a member certainly sent is judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def found(diagnostics: list[dict[str, Any]]) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in diagnostics if not d["code"].startswith("FL2")]


STEPS_PY = f"""\
import requests


def launch(token):
    body = {{}}
    body["flowId"] = "{FLOW}"
    body["inputs"] = {{"Flow.x": 1}}
    return requests.post("{API}", json=body, headers={{"Authorization": f"Bearer {{token}}"}})
"""

STEPS_JS = f"""\
export async function launch(token) {{
  const body = {{}};
  body.flowId = '{FLOW}';
  body.type = 'workflow';
  return fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
"""


def test_python_members_given_in_steps_are_read(tmp_path: Path) -> None:
    assert found(check_file(tmp_path, "a.py", STEPS_PY)) == [("FL101", 7, "/inputs")]
    good = STEPS_PY.replace('body["inputs"] = {"Flow.x": 1}', 'body.update(inputData={"Flow.x": 1})')
    assert found(check_file(tmp_path, "b.py", good)) == []
    # Certain, and closed: a body given only its inputs has no flowId.
    no_id = STEPS_PY.replace(f'    body["flowId"] = "{FLOW}"\n', "").replace('body["inputs"]', 'body["inputData"]')
    assert found(check_file(tmp_path, "c.py", no_id)) == [("FL103", 5, "")]


def test_javascript_members_given_in_steps_are_read(tmp_path: Path) -> None:
    assert found(check_file(tmp_path, "a.js", STEPS_JS)) == [("FL101", 4, "/type")]
    for step in ("body['type'] = 'workflow';", "Object.assign(body, { type: 'workflow' });"):
        assert found(check_file(tmp_path, "b.js", STEPS_JS.replace("body.type = 'workflow';", step))) == [("FL101", 4, "/type")]
    gone = STEPS_JS.replace("body.type = 'workflow';", "body.type = 'workflow';\n  delete body.type;")
    assert found(check_file(tmp_path, "c.js", gone)) == []
    undefined = STEPS_JS.replace("body.type = 'workflow';", "body.type = undefined;")  # JSON.stringify leaves it out
    assert found(check_file(tmp_path, "d.js", undefined)) == []


UNCERTAIN_PY = {
    "a condition": '    if token:\n        body["inputs"] = 1\n',
    "a loop": '    for part in token:\n        body["inputs"] = part\n',
    "a call given it": '    fill(body)\n',
    "another function": '    def later():\n        body["inputs"] = 1\n    later()\n',
}


def test_python_changes_that_cannot_be_placed_leave_the_body_open(tmp_path: Path) -> None:
    base = f'import requests\n\n\ndef launch(token):\n    body = {{"type": "workflow"}}\n{{change}}    requests.post("{API}", json=body)\n'
    for name, change in UNCERTAIN_PY.items():
        text = base.replace("{change}", change)
        # No FL103 on a set that may hold flowId, no FL101 on a member that may not be sent; `type`, certainly sent, is
        # still refused. One given in a branch of an `if` is judged whenever it is given (review F3): only its presence
        # is not known.
        given = [("FL101", 7, "/inputs")] if name == "a condition" else []
        assert found(check_file(tmp_path, "a.py", text)) == [("FL101", 5, "/type"), *given], name
    after = base.replace("json=body)\n", 'json=body)\n    body["inputs"] = 1\n')
    assert found(check_file(tmp_path, "b.py", after.replace("{change}", ""))) == [("FL101", 5, "/type")]  # may be serialized later
    before = base.replace("{change}", '    body["inputs"] = 1\n')
    assert found(check_file(tmp_path, "c.py", before)) == [("FL103", 5, ""), ("FL101", 5, "/type"), ("FL101", 6, "/inputs")]


def test_a_conditional_removal_makes_a_member_unknown(tmp_path: Path) -> None:
    text = STEPS_JS.replace("body.type = 'workflow';", "body.type = 'workflow';\n  if (token) delete body.type;")
    assert found(check_file(tmp_path, "a.js", text)) == []
    text = STEPS_JS.replace("body.flowId", "if (token) body.flowId")
    assert found(check_file(tmp_path, "b.js", text)) == [("FL101", 4, "/type")]


def test_a_use_in_a_function_declared_later_is_not_after_the_steps(tmp_path: Path) -> None:
    # `send` is hoisted: it may run before `body.flowId` is given, so flowId may be missing, not certainly there…
    text = (f"const body = {{}};\nsend();\nbody.flowId = '{FLOW}';\nbody.type = 'workflow';\n"
            f"function send() {{ return fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
            "body: JSON.stringify(body) } ); }\n")
    assert found(check_file(tmp_path, "a.js", text)) == []
    # …and a use in the same block after them sees them.
    inline = text.replace("send();\n", "").replace("function send() { return fetch", "fetch").replace(" ); }\n", ");\n")
    assert found(check_file(tmp_path, "b.js", inline)) == [("FL101", 3, "/type")]


def test_an_open_body_with_nothing_known_is_said_in_verbose(tmp_path: Path) -> None:
    text = STEPS_PY.replace(f'    body["flowId"] = "{FLOW}"\n    body["inputs"] = {{"Flow.x": 1}}\n',
                            f'    for _ in token:\n        body["flowId"] = "{FLOW}"\n')
    assert found(check_file(tmp_path, "a.py", text)) == []
    assert found(check_file(tmp_path, "a.py", text, "-v")) == [("FL011", 8, "")]


def test_a_key_written_as_a_literal_or_a_property_is_renamed(tmp_path: Path) -> None:
    path = tmp_path / "a.js"
    path.write_text(STEPS_JS.replace("body.flowId", "body['flowID']").replace("body.type = 'workflow';",
                                                                           "body.inputdata = {};"))
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert "fixed 2 findings" in result.output  # the property written as a name is renamed as a name (issue 21, round 2)
    text = path.read_text()
    assert "body['flowId'] = " in text and "body.inputData = {};" in text


SDK_MADE = """\
import PureCloudPlatformClientV2
from PureCloudPlatformClientV2 import FlowExecutionLaunchRequest

api = PureCloudPlatformClientV2.ArchitectApi()


def launch(flow_id):
    req = FlowExecutionLaunchRequest(name="x")
    return api.post_flows_executions(req)
"""


def test_a_model_made_with_keywords_is_one_finding_naming_the_codes_name(tmp_path: Path) -> None:
    said = check_file(tmp_path, "a.py", SDK_MADE)
    assert [d["code"] for d in said] == ["FL013"]  # not FL103 as well: nothing is launched
    assert said[0]["help"].endswith("req.flow_id = …")
    inline = SDK_MADE.replace('    req = FlowExecutionLaunchRequest(name="x")\n', "").replace(
        "post_flows_executions(req)", 'post_flows_executions(FlowExecutionLaunchRequest(name="x"))')
    said = check_file(tmp_path, "b.py", inline)
    assert [d["code"] for d in said] == ["FL013"]
    assert "body = FlowExecutionLaunchRequest(); body.flow_id = …" in said[0]["help"]
