"""A launch whose body is an instance of a class written in the same file (`new LaunchRequest(flowId, inputs)`, sent as it
is by axios or as `JSON.stringify(instance)` by fetch): its body is read from what the constructor assigns
(`this.flowId = flowId; this.inputData = inputs`), the parameters bound to the call's arguments, where that is exact: a
class that extends another, has getters, setters or a toJSON, a method that writes its fields, a constructor that does
more than assign, leaves the body unknown (the FL011 note says so), never an error on a guess. Python's plain class
(`__init__` setting attributes, sent as `vars(obj)` or `obj.__dict__`) likewise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources import javascript

from conftest import check_file, counted_calls

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # the example contract's flow (Flow.customerName, Flow.dates)
API = "https://api.mypurecloud.com/api/v2/flows/executions"

JS_CLASS = """\
import axios from 'axios';

class LaunchRequest {{
  flowId: string;
  inputData: Record<string, unknown>;
{members}
}}

export async function launch() {{
  const request = new LaunchRequest({arguments});
{after}  return {send};
}}
"""
AXIOS = f"axios.post('{API}', request)"
FETCH = (f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
         "body: JSON.stringify(request) })")
CONSTRUCTOR = """\
  constructor(flowId: string, inputs: Record<string, unknown>) {
    this.flowId = flowId;
    this.inputData = inputs;
  }"""
WRONG_INPUTS = f"'{FLOW}', {{ customerName: 'John' }}"  # the input lacks its `Flow.` prefix: FL203
GOOD_INPUTS = f"'{FLOW}', {{ 'Flow.customerName': 'John' }}"


def _codes(tmp_path: Path, name: str, text: str) -> list[str]:
    found: list[dict[str, Any]] = check_file(tmp_path, name, text, "-v")
    return sorted(d["code"] for d in found)


@pytest.mark.parametrize("send", [AXIOS, FETCH], ids=["axios", "fetch-stringify"])
def test_a_js_body_made_by_a_constructor_is_checked(tmp_path: Path, send: str) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=send)
    assert _codes(tmp_path, "launch.ts", text) == ["FL203"]
    good = JS_CLASS.format(members=CONSTRUCTOR, arguments=GOOD_INPUTS, after="", send=send)
    assert _codes(tmp_path, "launch.ts", good) == []


def test_parameter_properties_and_field_initializers_are_members(tmp_path: Path) -> None:
    members = ("  name = 'Follow-up';\n  constructor(public flowId: string, private readonly inputData: object) {}\n"
               "  describe(): string { return `flow ${this.flowId}`; }")
    text = JS_CLASS.format(members=members, arguments=WRONG_INPUTS, after="", send=AXIOS)
    assert _codes(tmp_path, "launch.ts", text) == ["FL203"]
    wrong_member = JS_CLASS.format(members="  constructor(public flowId: string, public inputs: object) {}",
                                   arguments=WRONG_INPUTS, after="", send=AXIOS)
    assert "FL101" in _codes(tmp_path, "launch.ts", wrong_member)  # `inputs` is no member of the launch request


def test_a_javascript_class_in_a_js_file(tmp_path: Path) -> None:
    text = f"""\
const axios = require('axios');
class WorkflowLaunch {{
  constructor({{ flowId, inputData }}) {{
    this.flowId = flowId;
    this.inputData = inputData;
  }}
}}
async function go() {{
  return axios.post('{API}', new WorkflowLaunch({{ flowId: '{FLOW}', inputData: {{ customerName: 'x' }} }}));
}}
module.exports = {{ go }};
"""
    assert _codes(tmp_path, "launch.js", text) == ["FL203"]


@pytest.mark.parametrize(("members", "after"), [
    (CONSTRUCTOR + "\n  setInput(key: string, value: unknown) { this.inputData[key] = value; }", ""),
    (CONSTRUCTOR + "\n  rename() { this.inputData = { 'Flow.customerName': 'x' }; }", ""),
    (CONSTRUCTOR + "\n  toJSON() { return { flowId: this.flowId, inputData: { 'Flow.customerName': 'x' } }; }", ""),
    (CONSTRUCTOR + "\n  get name(): string { return 'x'; }", ""),
    (CONSTRUCTOR + "\n  inputs() { return this.inputData; }", ""),
    (CONSTRUCTOR.replace("this.inputData = inputs;", "this.inputData = inputs;\n    this.normalise();")
     + "\n  normalise() { }", ""),
    (CONSTRUCTOR.replace("this.inputData = inputs;", "if (inputs) { this.inputData = inputs; }"), ""),
    (CONSTRUCTOR.replace("this.inputData = inputs;", "Object.assign(this, { inputData: inputs });"), ""),
    (CONSTRUCTOR.replace("this.inputData = inputs;", "this.inputData = prefixed(inputs);"), ""),
    (CONSTRUCTOR, "  request.inputData = { 'Flow.customerName': 'x' };\n"),
    (CONSTRUCTOR, "  Object.assign(request, { inputData: { 'Flow.customerName': 'x' } });\n"),
    (CONSTRUCTOR, "  fix(request);\n"),
], ids=["method-writes-a-member", "method-writes-a-field", "toJSON", "getter", "method-hands-a-member-out",
        "constructor-calls", "constructor-branches",
        "constructor-assigns-this", "value-from-a-call", "changed-after", "assigned-after", "handed-away"])
def test_a_constructor_body_that_may_change_is_never_an_error(tmp_path: Path, members: str, after: str) -> None:
    text = JS_CLASS.format(members=members, arguments=WRONG_INPUTS, after=after, send=AXIOS)
    codes = _codes(tmp_path, "launch.ts", text)
    # (read, and unknown where it may change: the note says so; read exactly where the change is read: nothing to say)
    # (`Object.assign(request, {…})` of written keys gives its members as the assignment does: review R10)
    assert codes == ([] if after.startswith(("  request.inputData =", "  Object.assign(request"))
                     or "prefixed" in members else ["FL011"]), codes


def test_an_auto_accessor_is_not_read(tmp_path: Path) -> None:
    # (`accessor type = …` is a getter and setter on the prototype: JSON.stringify does not write it)
    text = JS_CLASS.format(members="  accessor type = 'flow';\n" + CONSTRUCTOR, arguments=GOOD_INPUTS, after="", send=AXIOS)
    assert _codes(tmp_path, "launch.ts", text) == ["FL011"]


def test_a_subclass_is_not_read(tmp_path: Path) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS).replace(
        "class LaunchRequest {", "class Base { constructor() {} }\nclass LaunchRequest extends Base {").replace(
        "constructor(flowId: string, inputs: Record<string, unknown>) {",
        "constructor(flowId: string, inputs: Record<string, unknown>) {\n    super();")
    codes = _codes(tmp_path, "launch.ts", text)
    assert "FL011" in codes and "FL203" not in codes, codes


def test_a_class_that_implements_an_interface_is_read(tmp_path: Path) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS).replace(
        "class LaunchRequest {", "interface Launch { flowId: string }\nclass LaunchRequest implements Launch {")
    assert _codes(tmp_path, "launch.ts", text) == ["FL203"]


def test_an_imported_class_or_a_shadowed_name_is_not_read(tmp_path: Path) -> None:
    imported = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS).replace(
        "class LaunchRequest {", "import { LaunchRequest as Other } from './models';\nclass Unused {")
    imported = imported.replace("new LaunchRequest(", "new Other(")
    assert _codes(tmp_path, "launch.ts", imported) == ["FL011"]
    shadowed = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS).replace(
        "export async function launch() {", "export async function launch(LaunchRequest: any) {")
    assert _codes(tmp_path, "launch.ts", shadowed) == ["FL011"]


@pytest.mark.parametrize("elsewhere", [
    "LaunchRequest.prototype.toJSON = function () { return {}; };",
    "Object.defineProperty(LaunchRequest.prototype, 'inputData', { get() { return {}; } });",
    "applyMixins(LaunchRequest, [Serializable]);",
])
def test_a_class_whose_prototype_may_change_is_not_read(tmp_path: Path, elsewhere: str) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS) + elsewhere + "\n"
    assert _codes(tmp_path, "launch.ts", text) == ["FL011"]
    exported = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="", send=AXIOS) \
        + "export { LaunchRequest };\nexport const isLaunch = (x: unknown): x is LaunchRequest => x instanceof LaunchRequest;\n"
    assert _codes(tmp_path, "launch.ts", exported) == ["FL203"]  # (reached: exported, tested and typed only)


def test_an_unknown_class_instance_body_is_noted(tmp_path: Path) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR + "\n  get name(): string { return 'x'; }", arguments=WRONG_INPUTS,
                           after="", send=AXIOS)
    assert _codes(tmp_path, "launch.ts", text) == ["FL011"]


@pytest.mark.usefixtures("every_finding_listed")
def test_many_classes_are_found_in_one_look_at_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def many(count: int) -> str:
        classes = "".join(f"class Launch{n} {{\n{CONSTRUCTOR}\n}}\n" for n in range(count))
        launches = "".join(f"export const go{n} = () => {AXIOS.replace('request', f'new Launch{n}({WRONG_INPUTS})')};\n"
                           for n in range(count))
        return "import axios from 'axios';\n" + classes + launches

    looks = counted_calls(monkeypatch, javascript.JavaScriptReader, "_index_classes")
    assert _codes(tmp_path, "many.ts", many(40)) == ["FL203"] * 40  # (each launch's body read)
    assert len(looks) <= 1  # (a class a launch makes is found through the bindings the file's one walk makes)


def test_an_instance_that_is_no_launch_says_nothing(tmp_path: Path) -> None:
    text = JS_CLASS.format(members=CONSTRUCTOR, arguments=WRONG_INPUTS, after="",
                           send="axios.post('https://example.com/api/orders', request)")
    assert _codes(tmp_path, "orders.ts", text) == []


PY_CLASS = f"""\
import requests


class Launch:
    '''A launch request.'''

    kind = "launch"

    def __init__(self, flow_id, inputs):
        self.flowId = flow_id
        self.inputData = inputs
{{methods}}

def launch():
    request = Launch({{arguments}})
{{after}}    return requests.post("{API}", json={{send}})
"""


@pytest.mark.parametrize("send", ["vars(request)", "request.__dict__"])
def test_a_python_instance_sent_as_its_attributes_is_checked(tmp_path: Path, send: str) -> None:
    text = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"customerName": "x"}}', after="", send=send)
    assert _codes(tmp_path, "launch.py", text) == ["FL203"]
    keywords = PY_CLASS.format(methods="    def describe(self):\n        return f\"flow {self.flowId}\"\n",
                               arguments=f'inputs={{"Flow.customerName": "x"}}, flow_id="{FLOW}"', after="", send=send)
    assert _codes(tmp_path, "launch.py", keywords) == []


def test_a_python_private_attribute_is_sent_under_its_mangled_name(tmp_path: Path) -> None:
    text = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"Flow.customerName": "x"}}', after="",
                           send="vars(request)").replace("self.inputData = inputs", "self.__inputs = inputs")
    found = check_file(tmp_path, "launch.py", text)
    assert any("_Launch__inputs" in d["message"] and d["code"].startswith("FL1") for d in found), found


@pytest.mark.parametrize(("methods", "after"), [
    ("    def add(self, key, value):\n        self.inputData[key] = value\n", ""),
    ("    def rename(self):\n        self.inputData = {}\n", ""),
    ("    @property\n    def name(self):\n        return 'x'\n", ""),
    ("    def __setattr__(self, key, value):\n        object.__setattr__(self, key, value)\n", ""),
    ("    def register(self):\n        registry.append(self)\n", ""),
    ("    def inputs(self):\n        return self.inputData\n", ""),
    ("", "    request.inputData = {'Flow.customerName': 'x'}\n"),
    ("", "    setattr(request, 'inputData', {'Flow.customerName': 'x'})\n"),
    ("", "    prepare(request)\n"),
], ids=["method-changes-a-member", "method-sets", "property", "setattr-hook", "hands-self-away", "hands-a-member-out",
         "set-after", "setattr-after",
        "handed-away"])
def test_a_python_instance_that_may_change_is_never_an_error(tmp_path: Path, methods: str, after: str) -> None:
    text = PY_CLASS.format(methods=methods, arguments=f'"{FLOW}", {{"customerName": "x"}}', after=after, send="vars(request)")
    assert _codes(tmp_path, "launch.py", text) == ["FL011"]


def test_a_python_subclass_or_slots_is_not_read(tmp_path: Path) -> None:
    base = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"customerName": "x"}}', after="", send="vars(request)")
    assert _codes(tmp_path, "launch.py", base.replace("class Launch:", "class Launch(Base):")) == ["FL011"]
    assert _codes(tmp_path, "launch.py", base.replace('kind = "launch"', '__slots__ = ("flowId", "inputData")')) == ["FL011"]


@pytest.mark.parametrize("members", [
    CONSTRUCTOR.replace("this.inputData = inputs;",
                        f"this.inputData = inputs;\n    this.toJSON = () => ({{ flowId: '{FLOW}', inputData: {{}} }});"),
    f"  toJSON = () => ({{ flowId: '{FLOW}', inputData: {{}} }});\n" + CONSTRUCTOR,
    "  toJSON = function () { return {}; };\n" + CONSTRUCTOR,
], ids=["set-in-the-constructor", "arrow-field", "function-field"])
def test_a_tojson_member_however_written_leaves_the_instance_unknown(tmp_path: Path, members: str) -> None:
    # (JSON.stringify sends what an own toJSON returns, not the members: the FL203 below would be a false error)
    text = JS_CLASS.format(members=members, arguments=WRONG_INPUTS, after="", send=AXIOS)
    assert _codes(tmp_path, "launch.ts", text) == ["FL011"]
    plain = JS_CLASS.format(members=members.replace("toJSON", "describe"), arguments=WRONG_INPUTS, after="", send=AXIOS)
    assert _codes(tmp_path, "launch.ts", plain) == ["FL203"]  # (reached: read when the member has another name)


def test_a_class_that_constructs_itself_is_unknown(tmp_path: Path) -> None:
    # (new C() making a C, or A making B making A, never ends: nothing is sent, so no finding at the depth cut)
    text = f"""const axios = require('axios');
class A {{ flowId = '{FLOW}'; inputData = new B(); }}
class B {{ x = new A(); }}
class C {{ flowId = '{FLOW}'; inputData = new C(); }}
class D {{ flowId = '{FLOW}'; inputData = new E(); }}
class E {{ customerName = 'John'; }}
async function go() {{
  await axios.post('{API}', new A());
  await axios.post('{API}', new C());
  await axios.post('{API}', new D());
}}
module.exports = {{ go }};
"""
    # (D is read: its inputData lacks the prefix; A and C are unknown, one note each)
    assert _codes(tmp_path, "launch.js", text) == ["FL011", "FL011", "FL203"]


@pytest.mark.parametrize("after", [
    "    other = request\n    other.inputData = {'Flow.customerName': 'x'}\n",
    "    inputs = request.inputData\n    inputs['Flow.customerName'] = inputs.pop('customerName')\n",
    "    normalise(request.inputData)\n",
    "    request.__init__('" + FLOW + "', {'Flow.customerName': 'x'})\n",
    "    request.__dict__.update(inputData={'Flow.customerName': 'x'})\n",
    "    object.__setattr__(request, 'inputData', {'Flow.customerName': 'x'})\n",
    "    pending = [request]\n",
], ids=["instance-aliased", "member-aliased", "member-handed-away", "init-again", "dict-updated", "object-setattr",
        "in-a-list"])
def test_a_python_instance_reached_another_way_is_never_an_error(tmp_path: Path, after: str) -> None:
    # (changed through another name or a call vars() does not see being made: the FL203 of the first inputs is a guess)
    text = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"customerName": "x"}}', after=after, send="vars(request)")
    assert _codes(tmp_path, "launch.py", text) == ["FL011"]
    read = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"customerName": "x"}}',
                           after="    print(f'launching {request.flowId}')\n", send="vars(request)")
    assert _codes(tmp_path, "launch.py", read) == ["FL203"]  # (reached: an attribute read into text changes nothing)


@pytest.mark.parametrize("attribute", [
    "inputData = property(lambda self: None, lambda self, value: None)",
    "inputData = None",
    "kind = make_kind()",
], ids=["property", "same-name-as-set", "call-result"])
def test_a_python_class_attribute_that_may_be_a_descriptor_is_not_read(tmp_path: Path, attribute: str) -> None:
    # (a data descriptor takes `self.inputData = …`: vars() may not hold it at all)
    text = PY_CLASS.format(methods="", arguments=f'"{FLOW}", {{"customerName": "x"}}', after="", send="vars(request)")
    assert 'kind = "launch"' in text and _codes(tmp_path, "launch.py", text) == ["FL203"]
    assert _codes(tmp_path, "launch.py", text.replace('kind = "launch"', attribute)) == ["FL011"]
