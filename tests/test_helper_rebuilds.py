"""A launch body handed to a helper of the same file that rebuilds one member from its own parts (`b["inputData"] =
{f"Flow.{k}": v for k, v in b["inputData"].items()}`, `b.inputData = Object.fromEntries(Object.entries(b.inputData)
.map(...))`): that member's key and content are not judged (the helper rewrote them), while the keys it leaves are still
checked (FL102 on `typo`). Before, any part of the body stored back into it was "a change not understood", and nothing
in the body was checked (not even `flowId`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"

PY = f'''import requests

HELPERS


def go(name):
    body = {{"flowId": "{UUID}", "inputData": {{"customerName": name}}, "typo": 1}}
    fix(body)
    requests.post("{API}", json=body)
'''
JS = f'''HELPERS
async function go(name) {{
  const body = {{ flowId: '{UUID}', inputData: {{ customerName: name }}, typo: 1 }};
  fix(body);
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''

PY_REBUILDS = {
    "comprehension": 'def fix(b):\n    b["inputData"] = {f"Flow.{k}": v for k, v in b["inputData"].items()}',
    "dict of a generator": 'def fix(b):\n    b["inputData"] = dict(("Flow." + k, v) for k, v in b["inputData"].items())',
    "returned too": 'def fix(b):\n    b["inputData"] = {"Flow." + k: v for k, v in b.get("inputData", {}).items()}\n'
                    '    return b',
}
JS_REBUILDS = {
    "fromEntries": "function fix(b) {\n  b.inputData = Object.fromEntries(Object.entries(b.inputData)"
                   ".map(([k, v]) => ['Flow.' + k, v]));\n}",
    "fromEntries, a function callback": "function fix(b) {\n  b['inputData'] = Object.fromEntries(Object.entries("
                                        "b.inputData).map(function ([k, v]) { return [`Flow.${k}`, v]; }));\n}",
}


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    return [(str(d["code"]), str(d.get("pointer")), str(d["message"])) for d in check_file(tmp_path, name, text, "-v")]


def test_the_body_is_judged_without_the_helper(tmp_path: Path) -> None:
    for name, template, nothing in (("a.py", PY, "def fix(b):\n    pass"), ("a.js", JS, "function fix(b) {}")):
        codes = {(code, pointer) for code, pointer, _ in found(tmp_path, name, template.replace("HELPERS", nothing))}
        assert ("FL102", "/typo") in codes and ("FL203", "/inputData/customerName") in codes, codes


@pytest.mark.parametrize(("name", "template", "helper"), [
    *(("a.py", PY, helper) for helper in PY_REBUILDS.values()), *(("a.js", JS, helper) for helper in JS_REBUILDS.values())],
    ids=[*PY_REBUILDS, *(f"js {k}" for k in JS_REBUILDS)])
def test_a_member_rebuilt_from_its_parts_leaves_the_other_keys_checked(tmp_path: Path, name: str, template: str,
                                                                       helper: str) -> None:
    said = found(tmp_path, name, template.replace("HELPERS", helper))
    codes = {(code, pointer) for code, pointer, _ in said}
    assert ("FL102", "/typo") in codes, said  # a key the helper leaves: still checked
    assert not any(pointer.startswith("/inputData") for _, pointer, _ in said), said  # rewritten by it: not judged
    assert not any("any of its keys may be rewritten" in message for *_, message in said), said


def test_a_part_stored_in_another_object_still_gives_up_every_key(tmp_path: Path) -> None:
    # the part goes to an object other code reaches: what that code does to the body is not read
    helper = 'SINK = {}\n\n\ndef fix(b):\n    SINK["x"] = {k: v for k, v in b["inputData"].items()}'
    said = found(tmp_path, "a.py", PY.replace("HELPERS", helper))
    assert not any(code == "FL102" for code, *_ in said), said
    assert any("any of its keys may be rewritten" in message for *_, message in said), said
