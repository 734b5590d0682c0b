"""Launches as real code writes them (issue 21, round 2): each shape is read, left honestly unknown, or said; never a
guess and never a silent miss."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JSON_POST = "method: 'POST', headers: { 'Content-Type': 'application/json' }"


def found(diagnostics: list[dict[str, Any]]) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in diagnostics if not d["code"].startswith("FL2")]


# -- a name handed to a call opens that binding only ---------------------------------------------------------------

SHADOWED_JS = f"""\
function other() {{
  const body = {{ a: 1 }};
  fill(body);
}}
export async function launch(token) {{
  const body = {{ type: 'flow' }};
  return fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(body) }});
}}
"""

SHADOWED_PY = f"""\
import requests


def other():
    body = {{"a": 1}}
    fill(body)


def launch(token):
    body = {{"type": "flow"}}
    return requests.post("{API}", json=body)
"""


def test_a_name_passed_to_a_call_in_another_function_leaves_this_body_closed(tmp_path: Path) -> None:
    # `body` in other() is another binding: the launch's body is all written, so its missing flowId is certain.
    assert found(check_file(tmp_path, "a.js", SHADOWED_JS)) == [("FL103", 6, ""), ("FL101", 6, "/type")]
    assert found(check_file(tmp_path, "a.py", SHADOWED_PY)) == [("FL103", 10, ""), ("FL101", 10, "/type")]


def test_the_same_binding_passed_to_a_call_stays_open(tmp_path: Path) -> None:
    # Passed in the launch's own function, or from a closure that sees the same binding: fill() may add flowId.
    same_js = SHADOWED_JS.replace("const body = { type: 'flow' };", "const body = { type: 'flow' };\n  fill(body);")
    closure_js = SHADOWED_JS.replace("const body = { type: 'flow' };",
                                     "const body = { type: 'flow' };\n  [1].forEach(() => fill(body));")
    for text in (same_js, closure_js):
        assert found(check_file(tmp_path, "b.js", text)) == [("FL101", 6, "/type")]
    same_py = SHADOWED_PY.replace('    body = {"type": "flow"}\n', '    body = {"type": "flow"}\n    fill(body)\n')
    assert found(check_file(tmp_path, "b.py", same_py)) == [("FL101", 10, "/type")]


# -- this.body in a class ---------------------------------------------------------------------------------------------

THIS_BODY_TS = f"""\
import axios from 'axios';

export class Launcher {{
  private body: Record<string, unknown>;
  constructor(private readonly token: string) {{
    this.body = {{ type: 'flow' }};
  }}
  send() {{
    return axios.post('{API}', this.body);
  }}
}}
"""


def test_a_body_kept_in_a_private_field_is_read(tmp_path: Path) -> None:
    assert found(check_file(tmp_path, "a.ts", THIS_BODY_TS)) == [("FL103", 6, ""), ("FL101", 6, "/type")]
    hash_field = THIS_BODY_TS.replace("private body: Record<string, unknown>;", "#body;").replace("this.body", "this.#body")
    assert found(check_file(tmp_path, "b.ts", hash_field)) == [("FL103", 6, ""), ("FL101", 6, "/type")]
    # fetch with JSON.stringify(this.body) reads it the same way
    fetched = THIS_BODY_TS.replace(f"axios.post('{API}', this.body)",
                                   f"fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(this.body) }})")
    assert found(check_file(tmp_path, "c.ts", fetched)) == [("FL103", 6, ""), ("FL101", 6, "/type")]


def test_a_body_field_others_may_change_is_open(tmp_path: Path) -> None:
    # A public field: code outside the class may give it members (no FL103), but `type` is certainly sent.
    public = THIS_BODY_TS.replace("private body: Record<string, unknown>;", "body: Record<string, unknown>;")
    given = THIS_BODY_TS.replace("this.body = { type: 'flow' };", "this.body = { type: 'flow' };\n    fill(this.body);")
    later = THIS_BODY_TS.replace("  send() {", "  use(id: string) {\n    this.body.flowId = id;\n  }\n  send() {")
    for text in (public, given, later):
        assert found(check_file(tmp_path, "a.ts", text)) == [("FL101", 6, "/type")], text
    # Given in the method that sends it, before the send: certain.
    steps = THIS_BODY_TS.replace("    return axios.post", "    this.body.inputs = {};\n    return axios.post")
    assert found(check_file(tmp_path, "b.ts", steps)) == [("FL103", 6, ""), ("FL101", 6, "/type"), ("FL101", 9, "/inputs")]


def test_a_body_field_changed_where_flowlint_cannot_follow_is_unknown(tmp_path: Path) -> None:
    shapes = {
        "an alias": "    const b = this.body;\n    b.flowId = 'x';\n",
        "a computed key": "    this.body[k] = 1;\n",
        "a method of it": "    this.body.set('flowId', 'x');\n",
    }
    for name, change in shapes.items():
        text = THIS_BODY_TS.replace("  send() {\n", "  send(k: string) {\n" + change)
        assert found(check_file(tmp_path, "a.ts", text)) == [], name
        assert [d["code"] for d in check_file(tmp_path, "a.ts", text, "-v")] == ["FL011"], name  # said, when asked
    subclass = THIS_BODY_TS + "class Other extends Launcher {\n  go() { this.body.flowId = 'x'; }\n}\n"
    assert found(check_file(tmp_path, "b.ts", subclass)) == []
    static = THIS_BODY_TS.replace("  send() {", "  static send() {")  # `this` is the class there: no such field
    assert found(check_file(tmp_path, "c.ts", static)) == []


# -- a switch case runs in order ----------------------------------------------------------------------------------------

SWITCH_JS = f"""\
export async function launch(kind, id) {{
  const body = {{ inputData: {{}} }};
  switch (kind) {{
    case 'a':
      body.flowId = id;
    case 'b':
      body.type = 'flow';
      return fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(body) }});
    default:
      const other = {{}};
      other.flowId = id;
      other.inputs = {{}};
      return fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(other) }});
  }}
}}
"""


def test_statements_of_a_switch_case_are_read_in_order(tmp_path: Path) -> None:
    # Each case's own statements are certain before its send; case 'a' falls through into 'b', but 'b' may be entered
    # at its label: flowId is possible there, not certain (no FL103), and `type` is certain.
    assert found(check_file(tmp_path, "a.js", SWITCH_JS)) == [("FL101", 7, "/type"), ("FL101", 12, "/inputs")]


# -- a member set by its name is renamed by --fix -------------------------------------------------------------------

def test_a_member_given_by_property_name_is_renamed(tmp_path: Path) -> None:
    text = f"""\
export async function launch(id) {{
  const body = {{ inputData: {{}} }};
  body.flowID = id;
  body.inputData.customerName = 'Ann';
  return fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(body) }});
}}
"""
    path = tmp_path / "a.js"
    path.write_text(text)
    before = check_file(tmp_path, "a.js", text)
    assert [(d["code"], d["line"]) for d in before] == [("FL102", 3), ("FL203", 4)]
    assert all(d["fix"] is not None for d in before)
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert "fixed 2 findings" in result.output, result.output
    edited = path.read_text()
    assert "  body.flowId = id;\n  body.inputData['Flow.customerName'] = 'Ann';\n" in edited
    assert found(check_file(tmp_path, "a.js", edited)) == []


# -- a URL built with urljoin ------------------------------------------------------------------------------------------

URLJOIN_PY = f"""\
from urllib.parse import urljoin

import requests

BASE = "https://api.mypurecloud.com/api/v2/"


def launch(token):
    url = urljoin(BASE, "flows/executions")
    return requests.post(url, json={{"flowId": "{FLOW}", "inputs": {{}}}})
"""


def test_a_url_built_with_urljoin_is_no_unread_mention_beside_its_launch(tmp_path: Path) -> None:
    # The launch is read through the name (its FL101); the mention inside urljoin(…) is its URL, not a launch not read.
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "a.py", URLJOIN_PY, contract_findings=False)] == \
        [("FL101", 10)]
    # Sent by a client flowlint does not read, it is still said.
    unread = URLJOIN_PY.replace("requests.post(url,", "courier.send(url,")
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "b.py", unread)] == [("FL011", 9)]


# -- self.body in a Python class --------------------------------------------------------------------------------------

SELF_BODY_PY = f"""\
import requests


class Launcher:
    def __init__(self, token):
        self.token = token
        self.__body = {{"type": "flow"}}

    def send(self):
        return requests.post("{API}", json=self.__body)
"""


def test_a_body_kept_in_a_private_attribute_is_read(tmp_path: Path) -> None:
    assert found(check_file(tmp_path, "a.py", SELF_BODY_PY)) == [("FL103", 7, ""), ("FL101", 7, "/type")]
    steps = SELF_BODY_PY.replace("    def send(self):\n", '    def send(self):\n        self.__body["inputs"] = {}\n')
    assert found(check_file(tmp_path, "b.py", steps)) == [("FL103", 7, ""), ("FL101", 7, "/type"), ("FL101", 10, "/inputs")]


def test_a_body_attribute_others_may_change_is_open_or_unknown(tmp_path: Path) -> None:
    public = SELF_BODY_PY.replace("__body", "body")  # code outside the class may give it items: no FL103
    given = SELF_BODY_PY.replace("    def send(self):\n", "    def send(self):\n        fill(self.__body)\n")
    later = SELF_BODY_PY.replace("    def send(self):\n", '    def use(self, i):\n        self.__body["flowId"] = i\n\n'
                                 "    def send(self):\n")
    for text in (public, given, later):
        assert found(check_file(tmp_path, "a.py", text)) == [("FL101", 7, "/type")], text
    for change in ("        b = self.__body\n        b['flowId'] = 1\n", "        self.__body[k] = 1\n"):
        text = SELF_BODY_PY.replace("    def send(self):\n", "    def send(self, k):\n" + change)
        assert found(check_file(tmp_path, "b.py", text)) == [], change
        assert [d["code"] for d in check_file(tmp_path, "b.py", text, "-v")] == ["FL011"], change


# -- code near the endpoint that sends no launch, and a method written as the call's name -------------------------------

ROUTE_PY = f"""\
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/v2/flows/executions", methods=["POST"])
def fake_platform():
    return {{"id": "run-1", "type": "workflow"}}


def launch():
    return requests.post("{API}", json={{"flowId": "{FLOW}", "inputs": {{}}}})
"""


def test_a_flask_route_of_the_endpoint_is_no_launch_not_read(tmp_path: Path) -> None:
    # The launch beside it is read (its FL101); the route gets no FL011, alone or beside it.
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "a.py", ROUTE_PY, contract_findings=False)] == [("FL101", 13)]
    alone = ROUTE_PY[:ROUTE_PY.index("\n\ndef launch")] + "\n"
    assert check_file(tmp_path, "b.py", alone, "-v") == []
    plain = alone.replace("@app.route(", "register(")  # the same mention given to a call flowlint does not know: said
    assert [d["code"] for d in check_file(tmp_path, "c.py", plain)] == ["FL011"]


def test_a_get_written_as_the_call_is_said_where_it_is_written(tmp_path: Path) -> None:
    text = f'import requests\nrequests.get("{API}", json={{"flowId": "x"}})\n'
    found = [d for d in check_file(tmp_path, "a.py", text) if d["code"] == "FL301"]
    assert [(d["line"], d["column"], d["message"].split(";")[0]) for d in found] == \
        [(2, 10, "the launch is sent with method GET")]
    # One that sends no body is no launch (a probe): said with -v, at the same place
    for name, text, column in (
            ("b.py", f'import requests\nrequests.get("{API}")\n', 10),
            ("b.js", f"const axios = require('axios');\naxios.get('{API}');\n", 7)):
        found = check_file(tmp_path, name, text, "-v")
        assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL011", 2, column)], name
        assert "sent with method GET and no body" in found[0]["message"], name


# -- a TypedDict called with keywords ---------------------------------------------------------------------------------

TYPED_DICT_PY = f"""\
from typing import TypedDict

import requests


class LaunchBody(TypedDict, total=False):
    flowId: str
    inputs: dict


def launch(contact_id):
    body = LaunchBody(flowId="{FLOW}", inputs={{"contactId": contact_id}})
    return requests.post("{API}", json=body)
"""


def test_a_typed_dict_made_with_keywords_is_its_dict(tmp_path: Path) -> None:
    assert found(check_file(tmp_path, "a.py", TYPED_DICT_PY)) == [("FL101", 12, "/inputs")]
    based = TYPED_DICT_PY.replace("class LaunchBody(TypedDict, total=False):",
                                  "class Base(TypedDict):\n    name: str\n\n\nclass LaunchBody(Base, total=False):")
    assert found(check_file(tmp_path, "b.py", based)) == [("FL101", 16, "/inputs")]
    # A class of the same shape that is no TypedDict makes an object flowlint does not know: unknown, said when asked.
    plain = TYPED_DICT_PY.replace("from typing import TypedDict", "from mylib import TypedDict")
    assert found(check_file(tmp_path, "c.py", plain)) == []
    assert [d["code"] for d in check_file(tmp_path, "c.py", plain, "-v")] == ["FL011"]


# -- a spread of an object flowlint knows ------------------------------------------------------------------------------

SPREAD_JS = f"""\
const axios = require('axios');
const defaults = {{ type: 'flow', flowVersion: '1.0' }};
async function launch(contactId) {{
  return axios.post('{API}', {{ ...defaults, flowID: '{FLOW}', inputData: {{ 'Flow.contactId': contactId }} }});
}}
"""

SPREAD_PY = f"""\
import requests

DEFAULTS = {{"type": "flow", "flowVersion": "1.0"}}


def launch(contact_id):
    return requests.post("{API}", json={{**DEFAULTS, "flowID": "{FLOW}", "inputData": {{"Flow.contactId": contact_id}}}})
"""


def test_a_spread_of_a_known_object_gives_its_members(tmp_path: Path) -> None:
    for name, text, line in (("a.js", SPREAD_JS, 4), ("a.py", SPREAD_PY, 7)):
        findings = check_file(tmp_path, name, text, contract_findings=False)
        # `type` is said where the shared object writes it, shown and never edited there; the literal's own key is fixed.
        assert [(d["code"], d["line"], d["fix"] is not None) for d in findings] == \
            [("FL101", 2 if name == "a.js" else 3, False), ("FL102", line, True)], name
        result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(tmp_path / name))
        edited = (tmp_path / name).read_text()
        assert "fixed 1 finding" in result.output and "flowId" in edited and "type" in edited, result.output
        # Nothing in the literal names the flow: certain now (FL103), where a spread of what flowlint cannot see is open.
        no_id = text.replace(f"flowID: '{FLOW}', ", "").replace(f'"flowID": "{FLOW}", ', "")
        assert "FL103" in [d["code"] for d in check_file(tmp_path, "b" + name[1:], no_id)], name
        unseen = no_id.replace("...defaults", "...contactId").replace("**DEFAULTS", "**contact_id")
        assert "FL103" not in [d["code"] for d in check_file(tmp_path, "c" + name[1:], unseen)], name


def test_a_python_dict_union_of_known_dicts_is_read(tmp_path: Path) -> None:
    text = SPREAD_PY.replace('json={**DEFAULTS, "flowID"', 'json=DEFAULTS | {"flowID"').replace(
        ', "inputData": {"Flow.contactId": contact_id}}}', ', "inputData": {"Flow.contactId": contact_id}})')
    assert "DEFAULTS | {" in text
    findings = check_file(tmp_path, "a.py", text, contract_findings=False)
    assert [(d["code"], d["line"], d["fix"] is not None) for d in findings] == [("FL101", 3, False), ("FL102", 7, True)]
    unseen = text.replace("DEFAULTS | {", "contact_id | {")  # a side flowlint cannot see: the whole body is unknown
    assert check_file(tmp_path, "b.py", unseen, contract_findings=False) == []
    assert [d["code"] for d in check_file(tmp_path, "b.py", unseen, "-v")] == ["FL011"]


def test_a_python_del_in_straight_line_code_certainly_removes(tmp_path: Path) -> None:
    text = f"""\
import requests


def launch(flag):
    body = {{"type": "flow", "inputData": {{}}}}
    del body["type"]
    return requests.post("{API}", json=body)
"""
    # As body.pop("type") before it: the body is then all known, and it names no flow.
    assert found(check_file(tmp_path, "a.py", text)) == [("FL103", 5, "")]
    assert found(check_file(tmp_path, "b.py", text.replace('del body["type"]', 'body.pop("type")'))) == [("FL103", 5, "")]
    maybe = text.replace('    del body["type"]\n', '    if flag:\n        del body["type"]\n')  # may or may not run
    assert found(check_file(tmp_path, "c.py", maybe)) == []
