"""A launch body handed to a helper of the same file that writes its top-level members (`body["inputData"] =
body.pop("inputs")`, `b.inputData = b.inputs; delete b.inputs`): the keys the helper may add, replace, rename or remove
are not known to be sent as written, so no finding rests on them (no FL101 on `inputs`), while the keys it provably
leaves are still checked (FL102 on `typo`). A helper that writes a key not written literally (`body.pop(name)`) may
rename any: none is judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"

PY = f'''import requests

HELPERS


def go(name, key):
    body = {{"flowId": "{FLOW}", "inputs": {{"Flow.customerName": name}}, "typo": 1}}
    CALL
    requests.post("{API}", json=SENT)
'''
JS = f'''HELPERS
async function go(name, key) {{
  const body = {{ flowId: '{FLOW}', inputs: {{ 'Flow.customerName': name }}, typo: 1 }};
  CALL;
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(SENT) }});
}}
'''

PY_RENAMES = {
    "pop": ('def fix(body):\n    body["inputData"] = body.pop("inputs")', "fix(body)", "body"),
    "del": ('def fix(body):\n    body["inputData"] = body["inputs"]\n    del body["inputs"]', "fix(body)", "body"),
    "conditional": ('def fix(body):\n    if "inputs" in body:\n        body["inputData"] = body.pop("inputs")',
                    "fix(body)", "body"),
    "then handed to code not followed": ('def fix(body):\n    body["inputData"] = body.pop("inputs")\n    audit(body)',
                                         "fix(body)", "body"),
    "handed on": ('def rename(b):\n    b["inputData"] = b.pop("inputs")\n\n\ndef fix(body):\n    rename(body)\n'
                  '    return body', "pass", "fix(body)"),
}
JS_RENAMES = {
    "delete": ("function fix(b) { b.inputData = b.inputs; delete b.inputs; return b }", "fix(body)", "body"),
    "subscripts": ("function fix(b) { b['inputData'] = b['inputs']; delete b['inputs']; }", "fix(body)", "body"),
    "then handed to code not followed": ("function fix(b) { b.inputData = b.inputs; delete b.inputs; audit(b); }",
                                         "fix(body)", "body"),
    "returned": ("function rename(b) { b.inputData = b.inputs; delete b.inputs; }\n"
                 "function fix(b) { rename(b); return b }", "void 0", "fix(body)"),
}
PY_ANY_KEY = ('def fix(body, old):\n    body["inputData"] = body.pop(old)', "fix(body, key)", "body")
JS_ANY_KEY = ("function fix(b, old) { b.inputData = b[old]; delete b[old]; }", "fix(body, key)", "body")


def found(tmp_path: Path, name: str, template: str, case: tuple[str, str, str]) -> set[tuple[str, str]]:
    helpers, call, sent = case
    text = template.replace("HELPERS", helpers).replace("CALL", call).replace("SENT", sent)
    return {(str(d["code"]), str(d["pointer"])) for d in check_file(tmp_path, name, text, "-v")}


def test_the_launch_is_read_at_all(tmp_path: Path) -> None:
    for name, template in (("a.py", PY), ("a.js", JS)):
        pairs = found(tmp_path, name, template, ("", "void 0" if name == "a.js" else "pass", "body"))
        assert ("FL101", "/inputs") in pairs and ("FL102", "/typo") in pairs, pairs


@pytest.mark.parametrize(("name", "template", "case"), [
    *(("a.py", PY, case) for case in PY_RENAMES.values()), *(("a.js", JS, case) for case in JS_RENAMES.values())],
    ids=[*PY_RENAMES, *(f"js {k}" for k in JS_RENAMES)])
def test_keys_a_helper_may_rename_are_not_judged_those_it_leaves_are(tmp_path: Path, name: str, template: str,
                                                                     case: tuple[str, str, str]) -> None:
    pairs = found(tmp_path, name, template, case)
    assert ("FL102", "/typo") in pairs, pairs  # left as written: still checked
    assert not any(pointer.startswith(("/inputs", "/inputData")) for _, pointer in pairs), pairs


def test_a_helper_writing_a_key_not_written_literally_may_rename_any(tmp_path: Path) -> None:
    for name, template, case in (("a.py", PY, PY_ANY_KEY), ("a.js", JS, JS_ANY_KEY)):
        pairs = found(tmp_path, name, template, case)
        assert ("FL011", "") in pairs, pairs  # the launch was read, and its values given up
        assert not any(code.startswith(("FL1", "FL2")) for code, _ in pairs), pairs


def test_a_member_the_helper_leaves_keeps_its_keys_below_checked(tmp_path: Path) -> None:
    for name, template, helper in (
        ("a.py", PY, 'def fix(body):\n    body["name"] = "follow-up"\n    body.pop("typo")'),
        ("a.js", JS, "function fix(b) { b.name = 'follow-up'; delete b['typo']; return b; }"),
    ):
        pairs = found(tmp_path, name, template.replace("'Flow.customerName'", "customerName")
                      .replace('"Flow.customerName"', '"customerName"'), (helper, "fix(body)", "body"))
        assert ("FL101", "/inputs") in pairs, pairs  # left as written: sent, and wrong
        assert not any(pointer.startswith("/typo") for _, pointer in pairs), pairs  # removed by the helper


def test_a_helper_whose_returned_body_is_kept_is_not_read_for_its_keys(tmp_path: Path) -> None:
    # `kept = fix(body)`: the code given the result may change the body in ways not read, so today's rule holds (the
    # body's own names kept, nothing below them judged): the renamed `inputs` is said, nothing below it
    helper = 'def fix(body):\n    body["inputData"] = body.pop("inputs")\n    return body'
    pairs = found(tmp_path, "a.py", PY, (helper, "kept = fix(body)", "body"))
    assert ("FL011", "") in pairs and ("FL102", "/typo") in pairs, pairs
    assert not any(pointer.startswith("/inputs/") for _, pointer in pairs), pairs


def test_a_body_a_callback_returns_is_not_taken_for_the_helpers_result(tmp_path: Path) -> None:
    # the arrow's `b` goes into what `.map()` returns, written there: not the helper's own result, dropped by its caller
    text = f'''function fix(b) {{ const all = [0].map(() => b); all[0].inputData = {{}}; }}
async function go(name) {{
  const body = {{ flowId: '{FLOW}', inputData: {{ customerName: name }} }};
  fix(body);
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''
    pairs = {(str(d["code"]), str(d["pointer"])) for d in check_file(tmp_path, "a.js", text, "-v")}
    assert ("FL011", "") in pairs, pairs  # read, and given up
    assert not any(pointer.startswith("/inputData/") for _, pointer in pairs), pairs
    kept = text.replace("const all = [0].map(() => b); all[0].inputData = {};", "b.inputData.customerName = name;")
    pairs = {(str(d["code"]), str(d["pointer"])) for d in check_file(tmp_path, "a.js", kept.replace("(b)", "(b, name)")
                                                                     .replace("fix(body)", "fix(body, name)"), "-v")}
    assert ("FL203", "/inputData/customerName") in pairs, pairs  # a value written below the keys: they are checked
