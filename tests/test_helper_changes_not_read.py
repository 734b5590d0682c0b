"""A launch body handed to a helper of the same file that changes it in a way the walk does not read (`b.clear()`,
`b.popitem()`, a method it does not know): any of its keys may be renamed or removed, so none is judged (no FL101 on
`inputs`), and `check -v` says where in an FL011 note. JavaScript's own mutators (`Object.assign(b, {…})`,
`Object.defineProperty(b, 'k', …)`, `Reflect.deleteProperty(b, 'k')`) are read: their literal keys are the keys written,
the keys the helper leaves stay checked (FL102 on `typo`). A body handed to code flowlint does not follow at all keeps
its own members' names checked (a documented decision), also when the helper hands it on to such code before its own
writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"

PY = f'''import requests

RENAMES = {{"inputs": "inputData"}}

HELPER


def go(name):
    body = {{"flowId": "{FLOW}", "inputs": {{"Flow.customerName": name}}, "typo": 1}}
    to_api(body)
    requests.post("{API}", json=body)
'''
JS = f'''HELPER
async function go(name) {{
  const body = {{ flowId: '{FLOW}', inputs: {{ 'Flow.customerName': name }}, typo: 1 }};
  toApi(body);
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''

#: Helpers whose change is not read: no key of the body is judged.
NOT_READ = {
    "py clear": ("a.py", 'def to_api(b):\n    saved = dict(b)\n    b.clear()\n    b.update(flowId=saved["flowId"], '
                 'inputData=saved["inputs"])\n    return b'),
    "py popitem": ("a.py", "def to_api(b):\n    while b:\n        k, v = b.popitem()\n        b[RENAMES.get(k, k)] = v"),
    "js method not known": ("a.js", "function toApi(b) { b.renameKey('inputs', 'inputData'); }"),
    "js setPrototypeOf": ("a.js", "function toApi(b) { Object.setPrototypeOf(b, null); b.inputData = b.inputs; }"),
}
#: Helpers every change of which is read: the keys written are not judged, those left are.
READ = {
    "js Reflect.deleteProperty": ("a.js", "function toApi(b) { b.inputData = b.inputs; Reflect.deleteProperty(b, 'inputs');"
                                  " }"),
    "js defineProperty": ("a.js", "function toApi(b) { Object.defineProperty(b, 'inputData', { value: b.inputs, "
                          "enumerable: true }); Reflect.deleteProperty(b, 'inputs'); return b; }"),
    "js Object.assign": ("a.js", "function toApi(b) { const i = b.inputs; Object.assign(b, { name: 'callback' }, "
                         "{ inputData: i }); Reflect.deleteProperty(b, 'inputs'); }"),
    "js delete after a hand-off not followed": ("a.js", "function toApi(b) { audit(b); b.name = 'x'; delete b.inputs; "
                                                "b.inputData = {}; }"),
    "py update then del": ("a.py", 'def to_api(b):\n    b.update(inputData=b["inputs"])\n    del b["inputs"]\n    return b'),
    "py del after a hand-off not followed": ("a.py", 'def to_api(b):\n    audit(b)\n    b["name"] = "x"\n'
                                             '    b["inputData"] = b["inputs"]\n    del b["inputs"]'),
}


def found(tmp_path: Path, name: str, helper: str) -> list[dict[str, object]]:
    return check_file(tmp_path, name, (PY if name == "a.py" else JS).replace("HELPER", helper), "-v")


def test_the_launch_is_read_at_all(tmp_path: Path) -> None:
    for name, helper in (("a.py", "def to_api(b):\n    print(b)"), ("a.js", "function toApi(b) { console.log(b); }")):
        pairs = {(str(d["code"]), str(d["pointer"])) for d in found(tmp_path, name, helper)}
        assert ("FL101", "/inputs") in pairs and ("FL102", "/typo") in pairs, pairs


@pytest.mark.parametrize(("name", "helper"), NOT_READ.values(), ids=list(NOT_READ))
def test_a_change_of_a_followed_helper_not_read_leaves_no_key_judged(tmp_path: Path, name: str, helper: str) -> None:
    diagnostics = found(tmp_path, name, helper)
    notes = [str(d["message"]) for d in diagnostics if d["code"] == "FL011"]
    assert len(notes) == 1 and "is handed to `to" in notes[0] and "(line " in notes[0], diagnostics  # said where
    assert notes[0].endswith("nothing in it was checked (any of its keys may be rewritten)"), notes
    assert not any(str(d["code"]).startswith(("FL1", "FL2")) for d in diagnostics), diagnostics


@pytest.mark.parametrize(("name", "helper"), READ.values(), ids=list(READ))
def test_keys_a_followed_helper_is_read_to_write_are_not_judged_those_it_leaves_are(tmp_path: Path, name: str,
                                                                                    helper: str) -> None:
    pairs = {(str(d["code"]), str(d["pointer"])) for d in found(tmp_path, name, helper)}
    assert ("FL102", "/typo") in pairs, pairs  # left as written: still checked
    assert not any(pointer.startswith(("/inputs", "/inputData", "/name")) for _, pointer in pairs), pairs


def test_a_body_handed_to_code_not_followed_keeps_its_names_checked(tmp_path: Path) -> None:
    for name, helper in (("a.py", "from audit import to_api"), ("a.js", "import { toApi } from './audit';")):
        diagnostics = found(tmp_path, name, helper)
        pairs = {(str(d["code"]), str(d["pointer"])) for d in diagnostics}
        assert ("FL101", "/inputs") in pairs and ("FL102", "/typo") in pairs, pairs
        notes = [str(d["message"]) for d in diagnostics if d["code"] == "FL011"]
        assert len(notes) == 1 and notes[0].endswith("the values it holds were not checked (its keys were)"), notes
