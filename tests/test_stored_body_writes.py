"""A body stored where other code may reach it (placed in an array, an object, a Map, spread into a new array, given
to a callback) keeps its own keys checked, but a key any write of the file may take out through what holds it is not
known to be sent (`for (const v of Object.values({ a: body })) delete v.inputData['Flow.bogus']`: no FL202 for it), a
key a write may give a new value has nothing known below it, and a write to a key not known (`delete v[k]`) leaves
no key of it known. Each case keeps a wrong key nobody removes (`wrong`: FL102), so the launch was read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"

JS_WAYS = {
    "object_values": "for (const v of Object.values({ a: body })) delete v.inputData['Flow.bogus'];",
    "object_entries": "for (const [, v] of Object.entries({ a: body })) delete v.inputData['Flow.bogus'];",
    "values_foreach": "Object.values({ a: body }).forEach(v => { delete v.inputData['Flow.bogus']; });",
    "named_holder": "const m = { a: body };\n  for (const v of Object.values(m)) delete v.inputData['Flow.bogus'];",
    "map_set_get": "const m = new Map(); m.set('a', body);\n  delete m.get('a').inputData['Flow.bogus'];",
    "map_of_pairs": "const m = new Map([['a', body]]);\n  for (const v of m.values()) delete v.inputData['Flow.bogus'];",
    "spread": "const all = [...[body]];\n  for (const v of all) delete v.inputData['Flow.bogus'];",
    "indexed": "const all = [body];\n  delete all[0].inputData['Flow.bogus'];",
    "destructured": "const [first] = [body];\n  delete first.inputData['Flow.bogus'];",
    "member": "const o = { body };\n  delete o.body.inputData['Flow.bogus'];",
    "array_from": "for (const v of Array.from([body])) delete v.inputData['Flow.bogus'];",
    "set_foreach": "new Set([body]).forEach(v => { delete v.inputData['Flow.bogus']; });",
    "named_callback": "Object.values({ a: body }).forEach(strip);",
    "reduce": "[body].reduce((n, v) => { delete v.inputData['Flow.bogus']; return n; }, 0);",
    "on_this": "this.last = body;\n  delete this.last.inputData['Flow.bogus'];",
    "set_undefined": "for (const v of Object.values({ a: body })) v.inputData['Flow.bogus'] = undefined;",
    "replaced": "for (const v of Object.values({ a: body })) v.inputData = { 'Flow.customerName': 'Ana' };",
    "assigned_undefined": "Object.values({ a: body }).forEach(v => Object.assign(v.inputData, { 'Flow.bogus': undefined }));",
}


STRIP = "function strip(v) { delete v.inputData['Flow.bogus']; }\n"


def _js(way: str) -> str:
    return f"""const axios = require('axios');
{STRIP}async function go() {{
  const body = {{ flowId: '{UUID}', wrong: 1, inputData: {{ 'Flow.bogus': 1, 'Flow.customerName': 'Ana' }} }};
  {way}
  await axios.post('{API}', body);
}}
module.exports = {{ go }};
"""


@pytest.mark.parametrize("way", sorted(JS_WAYS))
def test_a_key_taken_out_through_what_holds_a_javascript_body_is_not_judged(tmp_path: Path, way: str) -> None:
    found = check_file(tmp_path, "a.js", _js(JS_WAYS[way]), "-v")
    said = {(d["code"], d["pointer"]) for d in found}
    assert ("FL102", "/wrong") in said, found  # read: its own key nobody removes is still judged
    assert not any(code == "FL202" for code, _ in said), found


@pytest.mark.parametrize("way", ["for (const v of Object.values({ a: body })) delete v[k];",
                                 "for (const v of Object.values({ a: body })) v.toJSON = () => ({});",
                                 "for (const v of Object.values({ a: body })) Reflect.deleteProperty(v, 'wrong');"])
def test_a_javascript_write_to_a_key_not_known_leaves_no_stored_key_known(tmp_path: Path, way: str) -> None:
    found = check_file(tmp_path, "a.js", _js(way).replace("async function go()", "async function go(k)"), "-v")
    assert [d["code"] for d in found] == ["FL011"], found
    assert "nothing in it was checked" in found[0]["message"], found  # the body was read, and given up whole
    plain = check_file(tmp_path, "b.js", _js("const holder = { a: body };").replace(STRIP, ""), "-v")  # only stored

    assert {"FL102", "FL202"} <= {d["code"] for d in plain}, plain


PY_WAYS = {
    "values_del": "for v in {'a': body}.values():\n        del v['inputData']['Flow.bogus']",
    "values_pop": "for v in {'a': body}.values():\n        v['inputData'].pop('Flow.bogus')",
    "replaced": "for v in {'a': body}.values():\n        v['inputData'] = {'Flow.customerName': 'Ana'}",
    "updated": "for v in {'a': body}.values():\n        v.update(inputData={})",
    "dict_get": "holder = {'a': body}\n    del holder['a']['inputData']['Flow.bogus']",
    "list_index": "held = [body]\n    held[0]['inputData'].pop('Flow.bogus', None)",
}


def _py(way: str) -> str:
    return f"""import requests


def go(k):
    body = {{"flowId": "{UUID}", "wrong": 1, "inputData": {{"Flow.bogus": 1, "Flow.customerName": "Ana"}}}}
    {way}
    requests.post("{API}", json=body)
"""


@pytest.mark.parametrize("way", sorted(PY_WAYS))
def test_a_key_taken_out_through_what_holds_a_python_body_is_not_judged(tmp_path: Path, way: str) -> None:
    found = check_file(tmp_path, "a.py", _py(PY_WAYS[way]), "-v")
    said = {(d["code"], d["pointer"]) for d in found}
    assert ("FL102", "/wrong") in said, found
    assert not any(code == "FL202" for code, _ in said), found


def test_a_python_write_to_a_key_not_known_leaves_no_stored_key_known(tmp_path: Path) -> None:
    for way in ("for v in {'a': body}.values():\n        del v[k]", "for v in [body]:\n        v.clear()"):
        found = check_file(tmp_path, "a.py", _py(way), "-v")
        assert [d["code"] for d in found] == ["FL011"], found
    # a list's own pop() (no key) takes out no key of a dict it holds: the stored body's keys are judged
    found = check_file(tmp_path, "b.py", _py("stack = [body]\n    stack.pop()"), "-v")
    assert {"FL102", "FL202"} <= {d["code"] for d in found}, found


# A write counts only where it may run while the body is held: in the function that builds or sends it, or one it may
# call (by name, or a callback it hands on). A write in a function it never calls runs before the body is made or after
# it is sent: it hides no error (/tmp/jsscope/alias/d.py: `del v["wrong"]` in go2 hid go4's FL102).
PY_REACH = f'''import requests
URL = "{API}"


def body_of():
    return {{"flowId": "{UUID}", "wrong": 1}}


class Launcher:
    def clean(self):
        del self.last["wrong"]

    def unrelated(self, d):
        del d["wrong"]

    def called(self):
        body = {{"flowId": "{UUID}", "wrong": 1}}
        self.last = body
        self.clean()
        requests.post(URL, json=body)

    def not_called(self):
        body = {{"flowId": "{UUID}", "wrong": 1}}
        self.last = body
        requests.post(URL, json=body)

    def any_called(self, name):
        body = {{"flowId": "{UUID}", "wrong": 1}}
        self.last = body
        getattr(self, name)()
        requests.post(URL, json=body)


def loop():
    body = {{"flowId": "{UUID}", "wrong": 1}}
    for k, v in [(1, body)]:
        print(k, v)
    requests.post(URL, json=body)


def other_loop():
    body = {{"flowId": "{UUID}", "wrong": 1}}
    for k, v in [(1, body)]:
        del v["wrong"]
    requests.post(URL, json=body)
'''

JS_REACH = f'''const axios = require('axios');
const URL = '{API}';
const strip = (v) => {{ delete v.wrong; }};
function unrelated(v) {{ delete v.wrong; }}
async function handedOn() {{
  const body = {{ flowId: '{UUID}', wrong: 1 }};
  [body].forEach(strip);
  await axios.post(URL, body);
}}
async function notCalled() {{
  const body = {{ flowId: '{UUID}', wrong: 1 }};
  const all = [body];
  await axios.post(URL, body);
}}
class Launcher {{
  clean() {{ delete this.last.wrong; }}
  async called() {{
    const body = {{ flowId: '{UUID}', wrong: 1 }};
    this.last = body;
    this.clean();
    await axios.post(URL, body);
  }}
  async notCalled() {{
    const body = {{ flowId: '{UUID}', wrong: 1 }};
    this.last = body;
    await axios.post(URL, body);
  }}
  async anyCalled(k) {{
    const body = {{ flowId: '{UUID}', wrong: 1 }};
    this.last = body;
    this.handlers[k]();
    await axios.post(URL, body);
  }}
}}
'''


def _wrong_lines(found: list[dict[str, Any]]) -> list[int]:
    return sorted(d["line"] for d in found if d["code"] == "FL102" and d["pointer"] == "/wrong")


def test_a_python_write_in_a_function_that_cannot_run_while_the_body_is_held_hides_no_error(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.py", PY_REACH, "-v")
    lines = PY_REACH.splitlines()
    assert sum(d["code"] == "FL011" and "stored where other code" in d["message"] for d in found) == 4, found  # read
    # not_called and loop: a write in clean/unrelated/other_loop, which they never call, leaves `wrong` sent
    assert _wrong_lines(found) == [lines.index("    def not_called(self):") + 2, lines.index("def loop():") + 2], found


def test_a_javascript_write_in_a_function_that_cannot_run_while_the_body_is_held_hides_no_error(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.js", JS_REACH, "-v")
    lines = JS_REACH.splitlines()
    assert sum(d["code"] == "FL011" and "stored where other code" in d["message"] for d in found) == 5, found  # read
    made = [n + 1 for n, line in enumerate(lines) if "const body" in line]
    # notCalled (twice): the writes in unrelated, strip and clean run where they are called, never while it holds its body
    assert _wrong_lines(found) == [made[1], made[3]], found
