"""A launch body handed to a function before it is sent: a function of the same file that only reads it keeps its values
checked (FL204 on a string given for an Integer input); one that may change it makes them unknown, and `check -v` says
where and why (FL011), never in silence."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
WRONG = ("FL204", "/inputData/Flow.orderCount")  # "3" for the Integer input orderCount

PY = f'''import logging
import requests

logger = logging.getLogger(__name__)
DEFS


def go():
    body = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3"}}}}
    CALL
    requests.post("{API}", json=body)
'''
JS = f'''DEFS
async function go() {{
  const body = {{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': '3' }} }};
  CALL;
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''


def found(tmp_path: Path, name: str, template: str, defs: str, call: str) -> tuple[set[tuple[object, object]], list[str]]:
    """The (code, pointer) pairs of a check -v of the file, and its notes on values given up."""
    text = template.replace("DEFS", defs).replace("CALL", call)
    diagnostics = check_file(tmp_path, name, text, "-v")
    notes = [str(d["message"]) for d in diagnostics if d["code"] == "FL011"]
    return {(d["code"], d["pointer"]) for d in diagnostics}, notes


def assert_kept(tmp_path: Path, name: str, template: str, defs: str, call: str) -> None:
    pairs, notes = found(tmp_path, name, template, defs, call)
    assert WRONG in pairs, (defs, call, pairs)
    assert notes == [], notes


def assert_given_up(tmp_path: Path, name: str, template: str, defs: str, call: str, *said: str) -> str:
    pairs, notes = found(tmp_path, name, template, defs, call)
    assert WRONG not in pairs, (defs, call)
    assert len(notes) == 1, (defs, call, notes)  # the note says the launch was read, and why its values were not
    for words in said:
        assert words in notes[0], (words, notes[0])
    return notes[0]


def test_the_launch_is_read_at_all(tmp_path: Path) -> None:
    # The baseline every test below departs from: nothing handed anywhere, the wrong value is found.
    assert_kept(tmp_path, "a.py", PY, "", "pass")
    assert_kept(tmp_path, "a.js", JS, "", "void 0")


# -- Python --------------------------------------------------------------------------------------------------------

def test_a_python_validator_of_the_same_file_keeps_the_values_checked(tmp_path: Path) -> None:
    validators = (
        'def validate(b):\n    if not isinstance(b, dict) or "flowId" not in b:\n        raise ValueError(f"bad body {b}")\n'
        '    logger.info("launching %s", b)\n    print(len(b["inputData"]), b.get("name"))\n',
        'def validate(b):\n    for key, value in b["inputData"].items():\n        if not key.startswith("Flow."):\n'
        '            raise KeyError(key)\n    inputs = b["inputData"]\n    return "Flow.orderCount" in inputs\n',
        'import re\nimport uuid\n\ndef validate(b):\n    uuid.UUID(b["flowId"])\n    flow_id = b["flowId"]\n'
        '    assert re.fullmatch(r"[0-9a-f-]{36}", flow_id), flow_id\n    return b.get("flowId")\n',
    )
    for defs in validators:
        assert_kept(tmp_path, "a.py", PY, defs, "validate(body)")


def test_known_python_library_readers_keep_the_values_checked(tmp_path: Path) -> None:
    for defs, call in (
            ("import json", "print(json.dumps(body))"),
            ("import copy", "saved = copy.deepcopy(body)"),
            ("from jsonschema import validate\nSCHEMA = {}", "validate(body, SCHEMA)"),
            ("import jsonschema\nCHECK = jsonschema.Draft7Validator({})", "CHECK.validate(body)"),
            ("", 'logger.debug("body %r", body)')):
        assert_kept(tmp_path, "a.py", PY, defs, call)


def test_a_python_helper_that_changes_the_body_gives_its_values_up_and_says_why(tmp_path: Path) -> None:
    note = assert_given_up(tmp_path, "a.py", PY, 'def normalize(b):\n    b["inputData"]["Flow.orderCount"] = 3\n',
                           "normalize(body)", "`body` is handed to `normalize()` (line 12)", "which changes it (line 6)")
    assert note.endswith("the values it holds were not checked (its keys were)")
    for defs in ('def normalize(b):\n    inputs = b["inputData"]\n    inputs["Flow.orderCount"] = 3\n',
                 'def normalize(b):\n    b["inputData"].update({"Flow.orderCount": 3})\n',
                 'def normalize(b):\n    for item in b.values():\n        item.clear()\n',
                 'CACHE = []\n\ndef normalize(b):\n    CACHE.append(b)\n',
                 'def normalize(b):\n    return b["inputData"]\n',
                 'import functools\n\n@functools.lru_cache\ndef normalize(b):\n    print(b)\n',
                 'def normalize(b):\n    eval("b.clear()")\n'):
        assert_given_up(tmp_path, "a.py", PY, defs, "normalize(body)", "`normalize()`")


def test_an_imported_python_helper_is_said_not_followed(tmp_path: Path) -> None:
    assert_given_up(tmp_path, "a.py", PY, "from helpers import normalize", "normalize(body)",
                    "`body` is handed to `normalize()` (line 10), which flowlint does not follow")
    # a module-qualified function is never taken for a reader by its name
    assert_given_up(tmp_path, "a.py", PY, "import helpers", "helpers.validate(body)", "`helpers.validate()`")


def test_a_python_recursion_is_not_followed(tmp_path: Path) -> None:
    defs = 'def walk(b, depth=0):\n    print(b)\n    if depth < 3:\n        walk(b, depth + 1)\n'
    assert_given_up(tmp_path, "a.py", PY, defs, "walk(body)", "calls itself")


def test_a_python_helper_handing_the_body_on(tmp_path: Path) -> None:
    reads = 'def check(b):\n    _log(b)\n\n\ndef _log(x):\n    print(x["inputData"])\n'
    assert_kept(tmp_path, "a.py", PY, reads, "check(body)")
    changes = 'def check(b):\n    _fill(b)\n\n\ndef _fill(x):\n    x["inputData"].setdefault("Flow.orderCount", 3)\n'
    assert_given_up(tmp_path, "a.py", PY, changes, "check(body)",
                    "which hands it on to `_fill()` (line 6), which calls `.setdefault()` on it (line 10)")
    unknown = 'import helpers\n\ndef check(b):\n    helpers.fill(b)\n'
    assert_given_up(tmp_path, "a.py", PY, unknown, "check(body)", "hands it on to `helpers.fill()`")


def test_a_python_method_and_keywords_map_to_their_parameter(tmp_path: Path) -> None:
    launcher = f'''import requests


class Launcher:
    def _check(self, payload, strict=False):
        STEP

    @staticmethod
    def _audit(note, payload=None):
        print(note, payload)

    def go(self):
        body = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3"}}}}
        CALL
        requests.post("{API}", json=body)
'''
    for call in ("self._check(body)", "self._check(strict=True, payload=body)", 'self._audit("x", payload=body)',
                 'self._audit("x", body)'):
        assert_kept(tmp_path, "a.py", launcher.replace("STEP", "print(payload)"), "", call)
    for step in ('payload["inputData"] = {}', "payload.clear()"):
        assert_given_up(tmp_path, "a.py", launcher.replace("STEP", step), "", "self._check(body)", "`self._check()`")
    # the keyword names the parameter written: `strict=body` is not `payload`
    assert_given_up(tmp_path, "a.py", launcher.replace("STEP", "strict.clear()"), "", "self._check(None, strict=body)",
                    "calls `.clear()` on it")
    kwargs = "def validate(**options):\n    print(options)\n"
    assert_given_up(tmp_path, "a.py", PY, kwargs, "validate(payload=body)", "`**kwargs`")


def test_a_python_helper_defined_after_its_use_and_a_name_defined_twice(tmp_path: Path) -> None:
    text = PY.replace("DEFS", "").replace("CALL", "check(body)") + "\n\ndef check(b):\n    print(b)\n"
    diagnostics = check_file(tmp_path, "a.py", text, "-v")
    assert WRONG in {(d["code"], d["pointer"]) for d in diagnostics}
    twice = "def check(b):\n    print(b)\n\n\nclass Other:\n    def check(self, b):\n        b.clear()\n"
    assert_given_up(tmp_path, "a.py", PY, twice, "check(body)", "defines more than once")


def test_the_reviewers_findings_f2_f8_f19(tmp_path: Path) -> None:
    # F2: a method wrapper given a body changed before (a member added): the body is read through the wrapper.
    wrapper = f'''import requests


class Client:
    def _post(self, path, payload):
        return requests.post("https://api.mypurecloud.com" + path, json=payload).json()

    def launch(self, phone):
        payload = {{"type": "workflow", "flowId": "{UUID}"}}
        payload["name"] = "callback"
        return self._post("/api/v2/flows/executions", payload)
'''
    pairs = {(d["code"], d["pointer"]) for d in check_file(tmp_path, "w.py", wrapper, "-v")}
    assert ("FL101", "/type") in pairs
    # F8: the SDK model's input_data changed in place by a subscript: its values unknown, and said.
    sdk = f'''import PureCloudPlatformClientV2

api = PureCloudPlatformClientV2.ArchitectApi()


def launch(phone):
    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
    body.flow_id = "{UUID}"
    body.input_data = {{"Flow.orderCount": "3"}}
    body.input_data["Flow.customerName"] = phone
    return api.post_flows_executions(body)
'''
    # An input given as written is read as the dict body's is (this session's review A 8): the other input's wrong
    # type stays said. A change not understood (handed to a helper) makes the values unknown, and says so.
    diagnostics = check_file(tmp_path, "s.py", sdk, "-v")
    assert WRONG in {(d["code"], d["pointer"]) for d in diagnostics} and "FL011" not in {d["code"] for d in diagnostics}
    diagnostics = check_file(tmp_path, "s.py", sdk.replace('body.input_data["Flow.customerName"] = phone',
                                                           "fill(body.input_data, phone)"), "-v")
    assert WRONG not in {(d["code"], d["pointer"]) for d in diagnostics}
    [note] = [d for d in diagnostics if d["code"] == "FL011"]
    assert "`body.input_data` is changed in place" in str(note["message"]) and note["line"] == 10
    # F19: the original false positive stays fixed (no FL204 on the value the helper converts), now said under -v.
    normalize = ('def normalize(b):\n    b["inputData"] = {k: int(v) if v.isdigit() else v '
                 'for k, v in b["inputData"].items()}\n')
    assert_given_up(tmp_path, "b.py", PY, normalize, "normalize(body)", "which changes it (line 6)")
    without = check_file(tmp_path, "b.py", PY.replace("DEFS", normalize).replace("CALL", "normalize(body)"))
    assert [d for d in without if d["code"] in ("FL011", "FL204")] == []  # the note only under -v


# -- JavaScript ----------------------------------------------------------------------------------------------------

def test_a_javascript_validator_of_the_same_file_keeps_the_values_checked(tmp_path: Path) -> None:
    for defs, call in (
            ("function validate(b) {\n  if (!b.flowId || typeof b.inputData !== 'object') throw new Error('bad body');\n"
             "  console.log(JSON.stringify(b), Object.keys(b.inputData).length);\n}", "validate(body)"),
            ("const check = (b) => Object.keys(b.inputData).forEach((k) => console.info(k, b.inputData[k]));",
             "check(body)"),
            ("const check = function (b) {\n  for (const [k, v] of Object.entries(b.inputData)) console.log(k, v);\n"
             "  return Array.isArray(b.inputData);\n};", "check(body)"),
            ("function check({ flowId, inputData }) {\n  console.log(flowId, Object.keys(inputData));\n}", "check(body)"),
            ("function check(b) {\n  log(b);\n}\nfunction log(x) {\n  console.log(structuredClone(x));\n}", "check(body)"),
            ("", "console.log(body)")):
        assert_kept(tmp_path, "a.js", JS, defs, call)


def test_a_javascript_helper_defined_after_its_use_keeps_the_values_checked(tmp_path: Path) -> None:
    text = JS.replace("DEFS", "").replace("CALL", "validate(body)") + "function validate(b) {\n  console.log(b);\n}\n"
    assert WRONG in {(d["code"], d["pointer"]) for d in check_file(tmp_path, "a.js", text, "-v")}


def test_a_javascript_helper_that_changes_the_body_gives_its_values_up_and_says_why(tmp_path: Path) -> None:
    assert_given_up(tmp_path, "a.js", JS,
                    "function normalize(b) {\n  for (const k of Object.keys(b.inputData)) {\n"
                    "    if (/^\\d+$/.test(b.inputData[k])) b.inputData[k] = Number(b.inputData[k]);\n  }\n}",
                    "normalize(body)", "`body` is handed to `normalize()` (line 8)", "which changes it (line 3)")
    for defs in ("function fill({ inputData }) {\n  inputData['Flow.orderCount'] = 3;\n}",
                 "const fill = (b) => { Object.assign(b.inputData, { 'Flow.orderCount': 3 }); };",
                 "const fill = (b) => { const inputs = b.inputData; delete inputs['Flow.orderCount']; };",
                 "const fill = (b) => { b.inputData.list.push(3); };",
                 "const fill = (b) => b.inputData;",
                 "const seen = [];\nfunction fill(b) {\n  seen.push(b);\n}",
                 "function fill(b) {\n  fill(b);\n}",
                 "function fill(b) {\n  arguments[0].inputData = {};\n}",
                 "function fill(...all) {\n  all[0].inputData = {};\n}"):
        assert_given_up(tmp_path, "a.js", JS, defs, "fill(body)", "`fill()`")


def test_a_javascript_chain_method_and_shadowed_name(tmp_path: Path) -> None:
    changes = "function check(b) {\n  fill(b.inputData);\n}\nfunction fill(inputs) {\n  inputs['Flow.orderCount'] = 3;\n}"
    assert_given_up(tmp_path, "a.js", JS, changes, "check(body)",
                    "which hands it on to `fill()` (line 2), which changes it (line 5)")
    imported = "import { fill } from './fill.js';\nfunction check(b) {\n  fill(b);\n}"
    assert_given_up(tmp_path, "a.js", JS, imported, "check(body)", "hands it on to `fill()`", "does not follow")
    cls = f'''class Launcher {{
  validate(b) {{
    STEP;
  }}

  async go() {{
    const body = {{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': '3' }} }};
    this.validate(body);
    await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
  }}
}}
'''
    assert_kept(tmp_path, "a.js", cls.replace("STEP", "console.log(b.flowId)"), "", "")
    assert_given_up(tmp_path, "a.js", cls.replace("STEP", "b.inputData = {}"), "", "", "`this.validate()`")
    twice = "function check(b) {\n  console.log(b);\n}\nconst other = { check(b) { b.inputData = {}; } };"
    assert_given_up(tmp_path, "a.js", JS, twice, "check(body)", "defines more than once")


def test_an_instance_of_a_class_of_the_file_maps_its_method(tmp_path: Path) -> None:
    python = f'''import requests


class Checker:
    def check(self, payload, strict=False):
        STEP

    @staticmethod
    def audit(payload):
        print(payload)


def go():
    checker = Checker()
    body = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3"}}}}
    CALL
    requests.post("{API}", json=body)
'''
    for call in ("checker.check(body, strict=True)", "checker.audit(body)", "checker.check(payload=body)"):
        assert_kept(tmp_path, "a.py", python.replace("STEP", 'print(payload["inputData"])'), "", call)
    assert_given_up(tmp_path, "a.py", python.replace("STEP", "payload.clear()"), "", "checker.check(body)",
                    "`body` is handed to `checker.check()` (line 16), which calls `.clear()` on it (line 6)")
    replaced = python.replace("STEP", "print(payload)").replace("\n\ndef go", "\n\nChecker.check = len\n\n\ndef go")
    assert_given_up(tmp_path, "a.py", replaced, "", "checker.check(body)", "a method that code of this file replaces")
    typescript = f'''interface Body {{ flowId: string; inputData: Record<string, unknown> }}
class Checker {{
  check(b: Body, strict = false): void {{
    STEP;
  }}
}}
export async function go(): Promise<void> {{
  const checker = new Checker();
  const body: Body = {{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': '3' }} }};
  checker.check(body);
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''
    assert_kept(tmp_path, "a.ts", typescript.replace("STEP", "console.log(b.flowId, strict)"), "", "")
    assert_given_up(tmp_path, "a.ts", typescript.replace("STEP", "b.inputData = {}"), "", "",
                    "`body` is handed to `checker.check()` (line 10), which changes it (line 4)")


def test_an_sdk_model_handed_to_code_that_may_set_it_is_not_judged_as_written(tmp_path: Path) -> None:
    sdk = f'''import PureCloudPlatformClientV2
DEFS

api = PureCloudPlatformClientV2.ArchitectApi()


def launch():
    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
    body.flow_id = "{UUID}"
    body.input_data = {{"Flow.orderCount": "3"}}
    CALL
    return api.post_flows_executions(body)
'''
    assert_kept(tmp_path, "s.py", sdk, "", "print(body.flow_id)")
    assert_kept(tmp_path, "s.py", sdk, "\n\ndef show(b):\n    print(b.input_data)\n", "show(body)")
    # fill() may set input_data["Flow.orderCount"] = 3: neither FL204 on "3" nor a missing input (FL201) is judged
    pairs, notes = found(tmp_path, "s.py", sdk, "from helpers import fill", "fill(body)")
    assert not any(code in ("FL201", "FL204") for code, _ in pairs), pairs
    assert notes and "`body` is handed to `fill()` (line 11)" in notes[0], notes


def test_what_a_reader_returns_of_the_body_is_followed(tmp_path: Path) -> None:
    # A reader that returns parts of what it is given (a shallow copy, Object.values): the code given them is read.
    assert_kept(tmp_path, "a.py", PY, "import copy", 'for key, value in copy.copy(body)["inputData"].items():\n'
                '        print(key, value)')
    assert_given_up(tmp_path, "a.py", PY, "import copy", 'saved = copy.copy(body)\n    saved["inputData"]["Flow.x"] = 3',
                    "`body` is handed to `copy.copy()` (line 10), which returns parts of it, and the code given them "
                    "changes it (line 11)")
    assert_kept(tmp_path, "a.js", JS, "", "for (const [k, v] of Object.entries(body.inputData)) console.log(k, v)")
    assert_given_up(tmp_path, "a.js", JS, "", "Object.values(body.inputData).forEach((v) => { v.done = true; })",
                    "which returns parts of it, and the code given them changes it (line 4)")


def test_a_callback_given_the_items_is_followed(tmp_path: Path) -> None:
    reads = "function check(b) {\n  Object.keys(b.inputData).forEach((k) => console.log(b.inputData[k]));\n}"
    assert_kept(tmp_path, "a.js", JS, reads, "check(body)")
    for changes in ("function check(b) {\n  b.inputData.list.forEach((item) => { item.done = true; });\n}",
                    "function check(b) {\n  b.inputData.list.map(function (item, i) { item.i = i; return item; });\n}",
                    "function check(b) {\n  b.inputData.list.forEach(mark);\n}"):
        assert_given_up(tmp_path, "a.js", JS, changes, "check(body)", "`check()`")


def test_a_wrapper_that_sends_the_body_is_read_with_its_changes(tmp_path: Path) -> None:
    # Read through the wrapper's frame, its own change (a member added) is read where it is made: no values given up.
    wrapper = ('def _send(path, payload):\n    payload["name"] = 7\n'
               '    return requests.post("https://api.mypurecloud.com" + path, json=payload)\n')
    text = PY.replace("DEFS", wrapper).replace("CALL", '_send("/api/v2/flows/executions", body)').replace(
        f'    requests.post("{API}", json=body)\n', "")
    diagnostics = check_file(tmp_path, "a.py", text, "-v")
    codes = {(d["code"], d["pointer"]) for d in diagnostics}
    assert {("FL105", "/name"), WRONG} <= codes, codes  # the 7 the wrapper adds, and the "3" it leaves as it is
    assert not [d for d in diagnostics if d["code"] == "FL011"], diagnostics


def test_a_function_of_the_file_named_as_a_known_reader_is_followed(tmp_path: Path) -> None:
    assert_kept(tmp_path, "a.py", PY, "def info(b):\n    print(b)\n", "info(body)")
    assert_given_up(tmp_path, "a.py", PY, 'def info(b):\n    b["inputData"].clear()\n', "info(body)",
                    "`body` is handed to `info()`", "calls `.clear()` on it")
    assert_given_up(tmp_path, "a.js", JS, "function log(b) {\n  b.inputData = {};\n}", "log(body)", "`log()`")


def test_a_long_chain_of_functions_is_given_up_not_crashed_on(tmp_path: Path) -> None:
    chain = "".join(f"def f{i}(b):\n    f{i + 1}(b)\n\n\n" for i in range(300)) + "def f300(b):\n    print(b)\n"
    note = assert_given_up(tmp_path, "a.py", PY, chain, "f0(body)", "`body` is handed to `f0()`",
                           "which hands it on to `f1()` (line 6), which …, which hands it on through more than 16 functions")
    assert len(note) < 400  # its two ends, not every hop
    short = "".join(f"def f{i}(b):\n    f{i + 1}(b)\n\n\n" for i in range(8)) + "def f8(b):\n    print(b)\n"
    assert_kept(tmp_path, "a.py", PY, short, "f0(body)")


def test_jsonschema_validate_with_a_validator_class_of_its_own_is_not_taken_for_a_reader(tmp_path: Path) -> None:
    defs = "from jsonschema import validate\nfrom .schemas import FillingValidator\nSCHEMA = {}"
    assert_kept(tmp_path, "a.py", PY, defs, "validate(body, SCHEMA)")
    for call in ("validate(body, SCHEMA, cls=FillingValidator)", "validate(body, SCHEMA, FillingValidator)"):
        assert_given_up(tmp_path, "a.py", PY, defs, call, "`validate()`")


def test_a_body_stored_where_other_code_may_change_it_is_said(tmp_path: Path) -> None:
    python = f'''import requests


class Sender:
    def go(self):
        body = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3"}}}}
        self.pending = body
        self.flush()
        requests.post("{API}", json=body)
'''
    assert_given_up(tmp_path, "a.py", python, "", "", "`body` is stored where other code may change it (line 7)")
    javascript = (f"const body = {{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': '3' }} }};\n"
                  "const registry = { current: body };\n"
                  f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
                  "body: JSON.stringify(body) }});\n")
    assert_given_up(tmp_path, "a.js", javascript, "", "", "`body` is stored where other code may change it (line 2)")


def test_a_closure_rebinding_the_parameter_is_not_read_only(tmp_path: Path) -> None:
    defs = ('def check(b):\n    def swap():\n        nonlocal b\n        b["inputData"]["Flow.orderCount"] = 3\n'
            '    swap()\n    print(b)\n')
    assert_given_up(tmp_path, "a.py", PY, defs, "check(body)", "`nonlocal`")
    inner = 'def check(b):\n    def fill():\n        b["inputData"]["Flow.orderCount"] = 3\n    fill()\n'
    assert_given_up(tmp_path, "a.py", PY, inner, "check(body)", "which changes it (line 7)")


def test_a_method_an_instance_replaces_by_an_attribute_is_not_trusted_as_a_reader(tmp_path: Path) -> None:
    """`self.check = …` / `this.check = …` may put any function where the class's reading method was."""
    py_class = ("class Checker:\n    def __init__(self, hook):\n        HOOK\n\n    def check(self, b):\n"
                "        return 'flowId' in b\n\n\nchecker = Checker(None)\n")
    for hook, judged in (("self.hook = hook", True), ("self.check = hook", False)):
        pairs, notes = found(tmp_path, "a.py", PY, py_class.replace("HOOK", hook), "checker.check(body)")
        assert (WRONG in pairs) is judged and (not judged) == bool(notes), (hook, pairs, notes)
    js_class = ("class Checker {\n  constructor(hook) { HOOK; }\n  check(b) { return 'flowId' in b; }\n}\n"
                "const checker = new Checker(null);\n")
    for hook, judged in (("this.hook = hook", True), ("this.check = hook", False)):
        pairs, notes = found(tmp_path, "a.js", JS, js_class.replace("HOOK", hook), "checker.check(body)")
        assert (WRONG in pairs) is judged and (not judged) == bool(notes), (hook, pairs, notes)
